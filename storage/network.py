"""The family's safety network in a case (wider family, friends, a neighbour): who each member is and what
they will do in the safety plan, in the worker's words.

A worker writes each member's part; the member reads their own part only, never another member's. Like
the name and relationship, the part is sealed with the case's key, bound to the membership row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from storage.cases import (
    NETWORK,
    AccessDenied,
    _audit,
    _membership,
    family_case,
    numbers,
    open_words,
    require_worker,
    seal_words,
)
from storage.repository import clean, membership_t

MAX_PART = 2000


@dataclass(frozen=True)
class NetworkMember:
    membership_id: int
    number: int  # as on the case card: "Safety network member 2"
    name: str
    relationship: str
    part: str  # what they will do in the safety plan; "" until the worker writes it


def _member(c: Connection, case_id: int, m: Any) -> NetworkMember:
    return NetworkMember(
        m.id,
        numbers(c, case_id).get(m.person_id, ("", 0))[1],
        open_words(c, "membership", "name", m.id, m.name),
        open_words(c, "membership", "relationship", m.id, m.relationship),
        open_words(c, "membership", "part", m.id, m.part),
    )


_COLUMNS = (membership_t.c.id, membership_t.c.person_id, membership_t.c.name, membership_t.c.relationship,
            membership_t.c.part)  # fmt: skip


def members(c: Connection, asker: int, case_id: int) -> list[NetworkMember]:
    """The network members of the asker's open case, in joining order (a worker of the case only)."""
    require_worker(c, asker, case_id)
    rows = c.execute(
        select(*_COLUMNS)
        .where(membership_t.c.case_id == case_id, membership_t.c.role == NETWORK, membership_t.c.left_at.is_(None))
        .order_by(membership_t.c.joined_at, membership_t.c.id)
    ).all()
    return [_member(c, case_id, r) for r in rows]


def set_part(c: Connection, asker: int, case_id: int, membership_id: int, words: str) -> NetworkMember:
    """A worker writes what one network member of their case will do in the safety plan."""
    found = [m for m in members(c, asker, case_id) if m.membership_id == membership_id]
    if not found:
        raise AccessDenied
    part = clean(words).strip()[:MAX_PART]
    seal_words(c, case_id, "membership", membership_id, part=part)
    _audit(c, asker, case_id, "network part", f"membership {membership_id}")
    return NetworkMember(membership_id, found[0].number, found[0].name, found[0].relationship, part)


def own(c: Connection, person_id: int) -> NetworkMember | None:
    """The person's own place in their case's safety network, with their part; None if they are not in one."""
    case_id = family_case(c, person_id)
    membership = None if case_id is None else _membership(c, person_id, case_id)
    if case_id is None or membership is None or membership.role != NETWORK:
        return None
    row = c.execute(select(*_COLUMNS).where(membership_t.c.id == membership.id)).one()
    return _member(c, case_id, row)
