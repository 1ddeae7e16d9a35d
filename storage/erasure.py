"""Erasing a case by crypto-shredding. Three steps, each safe to run again if the one after fails:

1. the case is closed (nobody can share anything new in it; a running bot answers its people as for any
   closed case), the audit notes who erased it and when, never content, and ``tell`` puts the messages
   to its people in the outbox, all in one transaction;
2. its data key is destroyed in the key store (`storage.seal.KeyStore`, kept apart from this database):
   every copy of its sealed values, in this database's files or in any backup of it, can no longer be read;
3. its rows go, and on SQLite the WAL file is emptied.

`erase_case` is the one function that erases a case, for the command line, the case card and retention;
`erase_person` the one that erases someone who is in no case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, select, text, update

from storage import people
from storage.alerts import alert_t, delivery_t
from storage.cases import ADMINISTRATOR, _audit
from storage.media import media_t
from storage.models import (
    BadCode,
    Conversation,
    Invitation,
    Notice,
    Person,
    PracticeMark,
    WebAccount,
    WebSession,
    utcnow,
)
from storage.plans import plan_t, reminder_t
from storage.repository import answer_t, case_t, inbox_t, membership_t, worker_t
from storage.seal import case_owner, destroy
from storage.stories import story_t

invitation_t = Invitation.__table__
notice_t = Notice.__table__
person_t = Person.__table__
bad_code_t = BadCode.__table__
conversation_t = Conversation.__table__
account_t = WebAccount.__table__
session_t = WebSession.__table__
mark_t = PracticeMark.__table__


@dataclass(frozen=True)
class Member:
    """Someone in the case as it is erased (taken-out people are not told)."""

    telegram_id: int
    role: str
    label: str


Tell = Callable[[Connection, list[Member]], None]


def erase_case(engine: Engine, case_id: int, by: int = ADMINISTRATOR, tell: Tell | None = None, why: str = "") -> bool:
    """Erase case ``case_id``: False when there is no such case. ``by`` is the person the audit names (the
    administrator at the command line by default), ``why`` its detail (``retention``); ``tell`` writes the
    messages to the case's people."""
    with engine.begin() as c:
        label = c.scalar(select(case_t.c.label).where(case_t.c.id == case_id))
        if label is None:
            return False
        c.execute(update(case_t).where(case_t.c.id == case_id, case_t.c.closed_at.is_(None)).values(closed_at=utcnow()))
        _audit(c, by, case_id, "erase", why)
        if tell is not None:
            members = c.execute(
                select(person_t.c.telegram_id, membership_t.c.role)
                .join(person_t, person_t.c.id == membership_t.c.person_id)
                .where(membership_t.c.case_id == case_id, membership_t.c.left_at.is_(None))
                .order_by(membership_t.c.id)
            ).all()
            tell(c, [Member(int(t), str(r), str(label)) for t, r in members])
    destroy(engine, case_owner(case_id))
    with engine.begin() as c:
        alerts = select(alert_t.c.id).where(alert_t.c.case_id == case_id).scalar_subquery()
        memberships = select(membership_t.c.id).where(membership_t.c.case_id == case_id).scalar_subquery()
        c.execute(delete(delivery_t).where(delivery_t.c.alert_id.in_(alerts)))
        c.execute(delete(alert_t).where(alert_t.c.case_id == case_id))
        c.execute(delete(reminder_t).where(reminder_t.c.membership_id.in_(memberships)))
        for table in (answer_t, media_t, plan_t, notice_t, invitation_t, mark_t, story_t, membership_t):
            c.execute(delete(table).where(table.c.case_id == case_id))
        c.execute(delete(case_t).where(case_t.c.id == case_id))
    checkpoint(engine)
    return True


def erase_person(engine: Engine, person_id: int) -> bool:
    """Erase someone who is in no case and is not a worker: their data key first (their conversation and
    anything they shared outside a case), then their rows. False, changing nothing, when they are in a case
    (or ever were: what they shared is part of that case's record), are a worker, or are not there."""
    with engine.begin() as c:
        telegram_id = c.scalar(select(person_t.c.telegram_id).where(person_t.c.id == person_id))
        if telegram_id is None:
            return False
        if c.scalar(select(membership_t.c.id).where(membership_t.c.person_id == person_id).limit(1)) is not None:
            return False
        if c.scalar(select(worker_t.c.id).where(worker_t.c.person_id == person_id)) is not None:
            return False
    with engine.begin() as c:
        people.erase_person(c, person_id)  # their key first, then their rows: the one way a person is forgotten
        c.execute(delete(inbox_t).where(inbox_t.c.chat_id == telegram_id))
    checkpoint(engine)
    return True


def checkpoint(engine: Engine) -> None:
    """After an erasure: on SQLite, what the WAL file still held of the deleted rows goes too (TRUNCATE)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as c:
            c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
