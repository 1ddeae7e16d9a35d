"""Answers are kept as they are given, one row each, never changed: this folds them back together.

- Lists a person keeps (the things in a house, their safety people) are rows with ``data["item"]`` (the
  item's id) and ``data["change"]``: ``add``, ``edit`` or ``remove``. `items` gives each item's words
  now, with every earlier version and its date (the worker sees them all).
- A scaling answer is saved step by step, so that stopping halfway loses nothing: the number first
  (``data["scale"]`` an id), then each reason as its own row (topic ``<scale topic>.why``, ``.higher``,
  ``.ten``; ``.one`` for a 0: what would make it a 1) with the same id. `scores` puts each number back
  with its reasons.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from dialogues.casebook import SharedAnswer

WHY, HIGHER, TEN, ONE = "why", "higher", "ten", "one"


def aware(when: datetime) -> datetime:
    """A stored time as UTC-aware (SQLite gives it back without its zone; the databases keep UTC)."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    id: str
    words: str
    when: datetime  # when it was first put there
    versions: tuple[tuple[str, datetime], ...]  # every version, oldest first, the last being ``words``
    by: SharedAnswer  # the row that added it (who, role)
    rows: tuple[SharedAnswer, ...] = ()  # the row of each version, as ``versions`` (their data has marks)
    taken_out: datetime | None = None  # when its person took it out (only with ``taken_out=True``)


def items(answers: Sequence[SharedAnswer], topic: str, *, taken_out: bool = False) -> list[Item]:
    """The items of a list topic as they stand now, in the order they were added; with ``taken_out``, the
    ones their person took out too (for the worker, who still sees them: answers are never deleted)."""
    found: dict[str, list[SharedAnswer]] = {}
    for answer in answers:
        if answer.topic == topic:
            found.setdefault(str(answer.data.get("item", answer.id)), []).append(answer)
    result = []
    for item_id, rows in found.items():
        removed = rows[-1].created_at if rows[-1].data.get("change") == "remove" else None
        kept = tuple(r for r in rows if r.data.get("change") != "remove")
        if (removed is not None and not taken_out) or not kept:
            continue
        versions = tuple((r.value, r.created_at) for r in kept)
        result.append(Item(item_id, versions[-1][0], rows[0].created_at, versions, rows[0], kept, removed))
    return result


def next_item_id(answers: Sequence[SharedAnswer], topic: str) -> str:
    """A new item id for this person's list (``i1``, ``i2``, ...), never one used before."""
    used = [str(a.data.get("item", "")) for a in answers if a.topic == topic]
    numbers = [int(u[1:]) for u in used if u.startswith("i") and u[1:].isdigit()]
    return f"i{max(numbers, default=0) + 1}"


@dataclass(frozen=True)
class Scored:
    answer: SharedAnswer  # the number's row: who said it and when
    number: int
    why: str = ""  # why it is that number and not lower (for 0: what would make it a 1)
    higher: str = ""  # what one point higher would look like
    ten: str = ""  # what a 10 would look like
    one: str = ""  # for a 0: what would make it a 1
    parts: Mapping[str, SharedAnswer] = field(default_factory=dict)  # each reason's row (its data has marks)


def scores(answers: Sequence[SharedAnswer], topic: str) -> list[Scored]:
    """Each number given on the scale ``topic``, with its reasons, oldest first."""
    rows: dict[tuple[str, str], SharedAnswer] = {}
    for answer in answers:
        base, _, part = answer.topic.rpartition(".")
        if base == topic and part in (WHY, HIGHER, TEN, ONE):
            rows[(str(answer.data.get("scale")), part)] = answer
    result = []
    for answer in answers:
        if answer.topic == topic and answer.value.isdigit():
            scale = str(answer.data.get("scale"))
            parts = {part: rows[(scale, part)] for part in (WHY, HIGHER, TEN, ONE) if (scale, part) in rows}
            said = {part: row.value for part, row in parts.items()}
            result.append(
                Scored(
                    answer,
                    int(answer.value),
                    said.get(WHY, str(answer.data.get("why_not_lower", ""))),
                    said.get(HIGHER, str(answer.data.get("one_higher", ""))),
                    said.get(TEN, ""),
                    said.get(ONE, ""),
                    parts,
                )
            )
    return result
