"""The catalogs keep up with the code: a stale template, a missing translation or a dropped
placeholder fails here, in every language we speak."""

from __future__ import annotations

import re

import pytest
from babel.messages.plurals import get_plural

from bot.i18n import render
from dialogues.languages import LANGUAGES
from dialogues.messages import Text
from dialogues.safety import SAFETY_HELP
from locales import catalogs


def test_the_template_has_every_message_in_the_code_and_no_other():
    assert catalogs.stale_template() == [], "run `make catalogs`"


def test_we_have_a_catalog_for_every_language_we_offer():
    assert catalogs.locales() == sorted(LANGUAGES)


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
def test_every_message_is_translated_with_its_placeholders(locale):
    template = catalogs.read(catalogs.TEMPLATE)
    assert list(catalogs.problems(locale, template)) == []


def test_a_dropped_placeholder_is_caught(tmp_path, monkeypatch):
    """The check above can fail: a Welsh catalog that loses {worker} is reported."""
    template = catalogs.read(catalogs.TEMPLATE)
    with_worker = next(m for m in template if m.id and "{worker}" in catalogs.ids(m)[0])
    broken = catalogs.read(catalogs.po_path("cy"), "cy")
    broken[with_worker.id].string = "Dim lle i'r gweithiwr"
    folder = tmp_path / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    from babel.messages.pofile import write_po

    with (folder / "messages.po").open("wb") as f:
        write_po(f, broken)
    monkeypatch.setattr(catalogs, "HERE", tmp_path)
    found = list(catalogs.problems("cy", template))
    assert any("placeholders" in p for p in found)


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
def test_every_message_renders_with_its_placeholders_filled(locale):
    """Formatting each translation with its own placeholders never raises."""
    for message in catalogs.read(catalogs.TEMPLATE):
        if not message.id:
            continue
        msgids = catalogs.ids(message)
        params = {name: "X" for name in set().union(*(catalogs.fields(i) for i in msgids))}
        params.pop("count", None)
        if len(msgids) > 1:
            for n in (0, 1, 2, 3, 6, 11):
                assert render(Text(msgids[0], params, plural=msgids[1], count=n), locale)
        else:
            assert render(Text(msgids[0], params), locale)


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
def test_every_catalog_has_the_plural_forms_cldr_gives_its_language(locale):
    """Welsh and Arabic six, Polish, Ukrainian and Romanian three, Punjabi and Urdu two: the catalog's rule is
    CLDR's (as Babel gives it), and each plural message has that many forms."""
    rule = get_plural(locale)
    catalog = catalogs.read(catalogs.po_path(locale), locale)
    assert (catalog.num_plurals, catalog.plural_expr) == (rule.num_plurals, rule.plural_expr)
    for message in catalog:
        if message.id and len(catalogs.ids(message)) > 1:
            assert len(catalogs.strings(message)) == rule.num_plurals, message.id


def numbers(words: str) -> set[str]:
    """The telephone and text numbers in a message (999, 0800 1111, 85258, 116 123): three digits or more."""
    return {n for n in re.findall(r"\d(?:[\d ]*\d)?", words) if len(n.replace(" ", "")) >= 3}


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
def test_the_helplines_stay_the_uk_s_in_every_language(locale):
    """Every number a message gives (999, Childline, SHOUT, the helplines) is in each of its translations,
    written as in English."""
    assert numbers(render(SAFETY_HELP[1], "en")) == {"0800 1111"}
    catalog = catalogs.read(catalogs.po_path(locale), locale)
    for message in catalog:
        if message.id:
            wanted = numbers(catalogs.ids(message)[0])
            for translated in catalogs.strings(message):
                assert wanted <= numbers(translated), f"{locale}: {sorted(wanted)} in {translated!r}"
