"""Keeping the catalogs in step with the code: extract, update, fill English, and check.

``python -m locales.catalogs update`` re-extracts ``messages.pot`` from bot/ and dialogues/, merges it
into every ``<lang>/LC_MESSAGES/messages.po`` and fills the English catalog (English is the source
language, so its translation of a message is the message itself). New messages in other catalogs are
left empty for a translator; the tests fail until they are translated.

``python -m locales.catalogs compile`` writes the ``.mo`` files the bot loads.
"""

from __future__ import annotations

import string
import sys
import tempfile
from collections.abc import Iterator
from contextlib import chdir
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEMPLATE = HERE / "messages.pot"
DOMAIN = "messages"
SOURCE_LOCALE = "en"
# T("...") and N_("...") mark a message; Nn_("one", "many") a plural one.
KEYWORDS = ("-k", "T", "-k", "N_", "-k", "Nn_:1,2")


def _pybabel(*args: str) -> None:
    with chdir(ROOT):  # so that the catalogs name source files by their path in the repo
        CommandLineInterface().run(["pybabel", *args])


def extract(to: Path = TEMPLATE) -> None:
    """Write the template of every message the code marks."""
    _pybabel(
        "extract", "-F", str(HERE / "babel.cfg"), *KEYWORDS, "--sort-by-file", "--no-wrap",
        "--project", "Safety Companion", "--copyright-holder", "Safety Companion contributors",
        "-o", str(to), ".",
    )  # fmt: skip


def locales() -> list[str]:
    """Every language with a catalog in this folder."""
    return sorted(p.parent.parent.name for p in HERE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def po_path(locale: str) -> Path:
    return HERE / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale, domain=DOMAIN)


def update() -> None:
    """Extract, merge into every catalog, and fill English from the messages themselves."""
    extract()
    _pybabel(
        "update", "-i", str(TEMPLATE), "-d", str(HERE), "-D", DOMAIN,
        "--no-wrap", "--ignore-obsolete", "--no-fuzzy-matching",
    )  # fmt: skip
    english = po_path(SOURCE_LOCALE)
    catalog = read(english, SOURCE_LOCALE)
    for message in catalog:
        if message.id:
            message.string = message.id
            message.flags.discard("fuzzy")
    with english.open("wb") as f:
        write_po(f, catalog, width=0, ignore_obsolete=True)


def compile_all() -> None:
    """Write each catalog's ``.mo`` file."""
    _pybabel("compile", "-d", str(HERE), "-D", DOMAIN)


def fields(template: str) -> set[str]:
    """The named placeholders in a ``str.format`` template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def ids(message: Message) -> tuple[str, ...]:
    return tuple(message.id) if isinstance(message.id, (list, tuple)) else (message.id,)


def strings(message: Message) -> tuple[str, ...]:
    return tuple(message.string) if isinstance(message.string, (list, tuple)) else (message.string,)


def problems(locale: str, template: Catalog) -> Iterator[str]:
    """What is wrong with one catalog against the template: missing, untranslated, fuzzy, placeholders."""
    catalog = read(po_path(locale), locale)
    for wanted in template:
        if not wanted.id:
            continue
        key = wanted.id if isinstance(wanted.id, str) else wanted.id[0]
        found = catalog.get(key)
        name = key[:60]
        if found is None:
            yield f"{locale}: missing {name!r}"
            continue
        if found.fuzzy:
            yield f"{locale}: fuzzy {name!r}"
        if not all(strings(found)):
            yield f"{locale}: untranslated {name!r}"
            continue
        expected = set().union(*(fields(i) for i in ids(wanted)))
        for translated in strings(found):
            got = fields(translated)
            plural = len(ids(wanted)) > 1
            # A plural form may leave out {count} ("un" in Welsh), never a named placeholder.
            required = expected - {"count"} if plural else expected
            if not required <= got or not got <= expected:
                yield f"{locale}: placeholders {sorted(got)} instead of {sorted(expected)} in {name!r}"


def stale_template() -> list[str]:
    """Messages in the code that the committed template lacks, or the other way round."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.pot"
        extract(fresh)
        now = {ids(m) for m in read(fresh) if m.id}
    committed = {ids(m) for m in read(TEMPLATE) if m.id}
    return [f"not in messages.pot: {m[0][:60]!r}" for m in now - committed] + [
        f"no longer in the code: {m[0][:60]!r}" for m in committed - now
    ]


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["compile"]:
        compile_all()
        return 0
    print("usage: python -m locales.catalogs update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
