"""Translations: Babel catalogs from locales/, and the rendering of `Text` values."""

from __future__ import annotations

import io
import logging
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from dialogues.languages import LANGUAGES
from dialogues.messages import Day, Text

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
TIME_ZONE = ZoneInfo("Europe/London")
# The Babel locale for dates: British English, not American.
DATE_LOCALES = {"en": "en_GB"}

log = logging.getLogger(__name__)


@cache
def translations(locale: str) -> NullTranslations:
    """The catalog for ``locale``: the compiled .mo when it is fresh, else the .po compiled in memory."""
    folder = LOCALES / locale / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return Translations(f, DOMAIN)
    if po.exists():
        with po.open("rb") as f:
            catalog = read_po(f, locale=locale, domain=DOMAIN)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return Translations(buffer, DOMAIN)
    log.warning("no catalog for locale %s; showing English", locale)
    return NullTranslations()


def render(text: Text, locale: str) -> str:
    """``text`` in ``locale``, its named parameters filled in (themselves rendered first)."""
    if text.verbatim:
        return text.msgid
    if text.lines:
        return text.joiner.join(render(line, locale) for line in text.lines)
    t = translations(locale if locale in LANGUAGES else "en")
    params = {k: _param(v, locale) for k, v in text.params.items()}
    if text.plural is not None and text.count is not None:
        template = t.ngettext(text.msgid, text.plural, text.count)
        params.setdefault("count", text.count)
    else:
        template = t.gettext(text.msgid)
    return template.format_map(params) if params else template


def _param(value: object, locale: str) -> object:
    if isinstance(value, Text):
        return render(value, locale)
    if isinstance(value, Day):
        day = value.when
        if isinstance(day, datetime):
            day = (day if day.tzinfo else day.replace(tzinfo=UTC)).astimezone(TIME_ZONE)
        return format_date(day, "EEEE d MMMM", locale=DATE_LOCALES.get(locale, locale))
    if isinstance(value, datetime):
        when = value if value.tzinfo else value.replace(tzinfo=UTC)  # the databases keep UTC
        return format_datetime(when.astimezone(TIME_ZONE), "d MMM y, HH:mm", locale=DATE_LOCALES.get(locale, locale))
    if isinstance(value, date):
        return format_date(value, "d MMM y", locale=DATE_LOCALES.get(locale, locale))
    return value
