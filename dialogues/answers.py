"""Answers are kept as they are given, one row each, never changed: this folds them back together.

- Lists a person keeps (the things in a house, their safety people) are rows with ``data["item"]`` (the
  item's id) and ``data["change"]``: ``add``, ``edit`` or ``remove``. `items` gives each item's words
  now, with every earlier version and its date (the worker sees them all).
- A scaling answer is saved step by step, so that stopping halfway loses nothing: the number first
  (``data["scale"]`` an id), then each reason as its own row (topic ``<scale topic>.why``, ``.higher``,
  ``.ten``) with the same id. `scores` puts each number back with its reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from dialogues.casebook import SharedAnswer

WHY, HIGHER, TEN = "why", "higher", "ten"


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


def items(answers: Sequence[SharedAnswer], topic: str) -> list[Item]:
    """The items of a list topic as they stand now, in the order they were added."""
    found: dict[str, list[SharedAnswer]] = {}
    for answer in answers:
        if answer.topic == topic:
            found.setdefault(str(answer.data.get("item", answer.id)), []).append(answer)
    result = []
    for item_id, rows in found.items():
        if rows[-1].data.get("change") == "remove":
            continue
        versions = tuple((r.value, r.created_at) for r in rows if r.data.get("change") != "remove")
        result.append(Item(item_id, versions[-1][0], rows[0].created_at, versions, rows[0]))
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


def scores(answers: Sequence[SharedAnswer], topic: str) -> list[Scored]:
    """Each number given on the scale ``topic``, with its reasons, oldest first."""
    reasons: dict[tuple[str, str], str] = {}
    for answer in answers:
        base, _, part = answer.topic.rpartition(".")
        if base == topic and part in (WHY, HIGHER, TEN):
            reasons[(str(answer.data.get("scale")), part)] = answer.value
    result = []
    for answer in answers:
        if answer.topic == topic and answer.value.isdigit():
            scale = str(answer.data.get("scale"))
            result.append(
                Scored(
                    answer,
                    int(answer.value),
                    reasons.get((scale, WHY), str(answer.data.get("why_not_lower", ""))),
                    reasons.get((scale, HIGHER), str(answer.data.get("one_higher", ""))),
                    reasons.get((scale, TEN), ""),
                )
            )
    return result
