"""Retention (issue 13): what is kept, for how long, and what goes when.

- A closed case is erased ``days`` after it closed (`RETENTION_DAYS`; 0 turns it off), unless it is on a
  legal hold (`set_hold`). Its workers are reminded 14 days and 1 day before, once each: the reminder's
  stage is kept on the case (``retention_told``) in the transaction that puts the reminder in the outbox.
- Audit entries older than `AUDIT_DAYS` go; processed update ids (`Store.forget_old_updates`), sent
  notices and bad-code rows older than a day go.
- People who never joined a case (and are not workers) are forgotten after `FORGET_SILENT` without a word.

Every function takes ``now``, so tests move the clock by passing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, exists, func, or_, select, update

from storage.cases import ADMINISTRATOR, WORKER, _audit
from storage.models import AuditEntry, BadCode, Conversation, Notice
from storage.repository import case_t, membership_t, person_t, worker_t

audit_t = AuditEntry.__table__
bad_code_t = BadCode.__table__
notice_t = Notice.__table__
conversation_t = Conversation.__table__

REMIND_BEFORE = (14, 1)  # days before the erasure, each told once
FORGET_SILENT = timedelta(days=30)
KEEP_SMALL_ROWS = timedelta(days=1)  # sent notices, bad codes: needed only for minutes


@dataclass(frozen=True)
class ErasureSoon:
    """A worker of a closed case to be told that it will be erased in ``days`` days, on ``on``."""

    case_id: int
    label: str
    telegram_id: int
    days: int
    on: datetime


def set_hold(c: Connection, case_id: int, on: bool, by: int = ADMINISTRATOR) -> bool:
    """A legal hold on a case (it is never erased while held), or off, audited as ``by``'s (the command
    line's by default, naming the operating-system user); False when there is no such case."""
    done = c.execute(update(case_t).where(case_t.c.id == case_id).values(held=on))
    if done.rowcount:
        _audit(c, by, case_id, "hold", "on" if on else "off")
    return bool(done.rowcount)


def take_reminders(c: Connection, now: datetime, days: int) -> list[ErasureSoon]:
    """The reminders of erasures to come that are due now, each marked as told (once per stage and case)."""
    if days <= 0:
        return []
    earliest = max(REMIND_BEFORE)
    rows = c.execute(
        select(case_t.c.id, case_t.c.label, case_t.c.closed_at, case_t.c.retention_told).where(
            case_t.c.closed_at.is_not(None),
            case_t.c.held.is_(False),
            case_t.c.closed_at <= now - timedelta(days=days - earliest),
            or_(case_t.c.retention_told.is_(None), case_t.c.retention_told > min(REMIND_BEFORE)),
        )
    ).all()
    found = []
    for row in rows:
        erase_on = _aware(row.closed_at) + timedelta(days=days)
        if erase_on <= now:
            continue  # erased now rather than told
        stage = min(s for s in REMIND_BEFORE if erase_on - timedelta(days=s) <= now)
        if row.retention_told is not None and row.retention_told <= stage:
            continue
        c.execute(update(case_t).where(case_t.c.id == row.id).values(retention_told=stage))
        left = max(1, -(-(erase_on - now) // timedelta(days=1)))  # whole days, rounded up
        workers = c.execute(
            select(person_t.c.telegram_id)
            .join(membership_t, membership_t.c.person_id == person_t.c.id)
            .where(membership_t.c.case_id == row.id, membership_t.c.role == WORKER, membership_t.c.left_at.is_(None))
            .order_by(membership_t.c.id)
        ).all()
        found += [ErasureSoon(row.id, str(row.label), int(t), left, erase_on) for (t,) in workers]
    return found


def due_erasures(c: Connection, now: datetime, days: int) -> list[int]:
    """Closed cases, not held, whose time is up."""
    if days <= 0:
        return []
    return [
        int(i)
        for (i,) in c.execute(
            select(case_t.c.id)
            .where(
                case_t.c.closed_at.is_not(None),
                case_t.c.held.is_(False),
                case_t.c.closed_at <= now - timedelta(days=days),
            )
            .order_by(case_t.c.id)
        )
    ]


def silent_strangers(c: Connection, now: datetime) -> list[int]:
    """People who never joined a case, are not workers, and have said nothing for `FORGET_SILENT`."""
    cutoff = now - FORGET_SILENT
    last_word = (
        select(func.max(conversation_t.c.updated_at))
        .where(conversation_t.c.person_id == person_t.c.id)
        .scalar_subquery()
    )
    return [
        int(i)
        for (i,) in c.execute(
            select(person_t.c.id)
            .where(
                ~exists().where(membership_t.c.person_id == person_t.c.id),
                ~exists().where(worker_t.c.person_id == person_t.c.id),
                person_t.c.created_at < cutoff,
                or_(last_word.is_(None), last_word < cutoff),
            )
            .order_by(person_t.c.id)
        )
    ]


def prune(c: Connection, now: datetime, audit_days: int) -> int:
    """Old audit entries, sent notices and bad codes go; returns how many audit entries went."""
    c.execute(delete(notice_t).where(notice_t.c.sent_at.is_not(None), notice_t.c.sent_at < now - KEEP_SMALL_ROWS))
    c.execute(delete(bad_code_t).where(bad_code_t.c.at < now - KEEP_SMALL_ROWS))
    gone = c.execute(delete(audit_t).where(audit_t.c.at < now - timedelta(days=audit_days)))
    return int(gone.rowcount or 0)


def _aware(at: datetime) -> datetime:
    from datetime import UTC

    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
