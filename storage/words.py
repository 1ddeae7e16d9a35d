""" "You said, we did": a worker's message to one young person or parent of their case.

The message is kept as the worker's answer in the case (sealed with the case's key, like every answer, so
it is in the case's record and its exports); its data names who it is for. Its recipient finds it again
when they press 👍 or Reply on it, however old it is: only they can, and only while they are in that case.
Storage imports nothing of the dialogues, so the callers name the topic the message is kept under.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, select

from storage.cases import FAMILY_ROLES, AccessDenied, _audit, family_case, numbers, require_worker
from storage.repository import answer_t, membership_t, person_t
from storage.seal import unseal


@dataclass(frozen=True)
class Recipient:
    """Who a worker's message is for: a young person or parent of the case, as its card names them."""

    person_id: int
    telegram_id: int
    role: str
    number: int


@dataclass(frozen=True)
class WordForMe:
    """A worker's message, as its recipient may see it again."""

    answer_id: int
    worker_name: str
    words: str
    sent_at: datetime


def recipient(c: Connection, asker: int, case_id: int, membership_id: int) -> Recipient:
    """The young person or parent (by their membership) that the asker, a worker of the open case, writes
    to; `AccessDenied` for anyone else (a worker, someone who left, another case's member)."""
    require_worker(c, asker, case_id)
    row = c.execute(
        select(membership_t.c.person_id, membership_t.c.role, person_t.c.telegram_id)
        .join(person_t, person_t.c.id == membership_t.c.person_id)
        .where(
            membership_t.c.id == membership_id,
            membership_t.c.case_id == case_id,
            membership_t.c.left_at.is_(None),
            membership_t.c.role.in_(FAMILY_ROLES),
        )
    ).first()
    if row is None:
        raise AccessDenied
    role, number = numbers(c, case_id)[row.person_id]
    return Recipient(int(row.person_id), int(row.telegram_id), role, number)


def sent(c: Connection, asker: int, case_id: int, answer_id: int) -> None:
    """The audit's entry for a message a worker sent (which one, never its words)."""
    _audit(c, asker, case_id, "message", f"answer {answer_id}")


_MESSAGE = select(answer_t.c.id, answer_t.c.case_id, answer_t.c.value, answer_t.c.data, answer_t.c.created_at).where(
    answer_t.c.id == bindparam("answer_id"), answer_t.c.topic == bindparam("topic")
)


def word_for(c: Connection, asker: int, answer_id: int, topic: str) -> WordForMe | None:
    """The worker's message ``answer_id`` (kept under ``topic``) when it was written to the asker and they
    are still in its open case; None otherwise, whatever the reason."""
    row = c.execute(_MESSAGE, {"answer_id": answer_id, "topic": topic}).first()
    if row is None or family_case(c, asker) != row.case_id:
        return None
    data = json.loads(unseal(c, "answer", "data", row.id, row.data))
    if data.get("to") != asker:
        return None
    words = unseal(c, "answer", "value", row.id, row.value)
    return WordForMe(int(row.id), str(data.get("from") or ""), words, row.created_at)
