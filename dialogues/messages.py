"""Message markers and reply values: how dialogues name text without importing gettext.

A dialogue never renders text. It returns `Text` values that carry an English msgid and named
parameters; the adapter (bot/) translates and formats them in the person's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Union


def N_(msgid: str) -> str:
    """Mark a message for extraction; the adapter translates it when it renders."""
    return msgid


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural message for extraction (``ngettext`` style)."""
    return singular, plural


Param = Union[str, int, float, date, "Day", "Text"]  # a date or datetime is shown in the person's language


@dataclass(frozen=True)
class Day:
    """A day said the way people say it, in the person's language: "Tuesday 3 December"."""

    when: date


@dataclass(frozen=True)
class Text:
    """A translatable message: an English msgid and named parameters.

    ``plural`` and ``count`` make it an ngettext message; ``count`` is also offered to the
    format string as ``{count}``. A parameter may itself be a `Text`, translated first.
    ``verbatim`` marks words a person wrote: shown exactly as written, never translated.
    """

    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None
    count: int | None = None
    verbatim: bool = False
    lines: tuple[Text, ...] = ()  # a list shown one item a line (see `Text.list_of`)
    joiner: str = "\n"  # what goes between ``lines``: a new line, or a table's column rule (`Text.row_of`)

    @classmethod
    def plural_of(cls, forms: tuple[str, str], count: int, **params: Param) -> Text:
        """A plural message from ``Nn_`` forms."""
        return cls(forms[0], params, plural=forms[1], count=count)

    @classmethod
    def list_of(cls, items: Sequence[Text]) -> Text:
        """Items shown one to a line (a list, not a sentence: each item is translated on its own)."""
        return cls("", lines=tuple(items))

    @classmethod
    def row_of(cls, cells: Sequence[Text]) -> Text:
        """A table's row: its cells on one line, between column rules (each cell translated on its own)."""
        return cls("", lines=tuple(cells), joiner=" | ")

    @classmethod
    def as_written(cls, words: str) -> Text:
        """Words a person wrote, shown as written."""
        return cls(words, verbatim=True)


def T(msgid: str, **params: Param) -> Text:
    """Shorthand for ``Text(N_(msgid), params)``: extraction sees the call through ``-k T``."""
    return Text(msgid, params)
