"""Alerts: raised when someone in a case may not be safe, delivered to each worker, acknowledged by the
first who presses "I'm on it", escalated when nobody has in time.

An alert row is written in the step that raised it, with one delivery row per worker of the case that
names the worker's outbox message. The sender marks a delivery delivered when Telegram accepts it, or
refused when Telegram says it never will (the worker blocked the bot, or left Telegram): a refusal makes
the alert due for escalation at once. Escalation, like reminders, lives in the database: an alert not
acknowledged by ``escalate_at`` goes to every worker of the case who has not had it and to the duty
workers (`take_due_escalations`), however long the bot was down.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from storage.cases import WORKER, _membership, require_worker
from storage.models import Alert, AlertDelivery, utcnow
from storage.repository import case_t, membership_t, person_t, worker_t

alert_t = Alert.__table__
delivery_t = AlertDelivery.__table__

RECENT = timedelta(days=7)  # a case card shows alerts still open, and those raised within this time


@dataclass(frozen=True)
class Recipient:
    person_id: int
    telegram_id: int
    in_case: bool  # a worker of the case (else a duty worker from outside it: no case card for them)


@dataclass(frozen=True)
class DueEscalation:
    alert_id: int
    case_id: int
    case_label: str
    role: str  # the part in the case of the person who raised it
    how: str
    raised_at: datetime
    workers: tuple[str, ...]  # the names of the case's workers, for duty workers from outside it
    recipients: tuple[Recipient, ...]


@dataclass(frozen=True)
class Acknowledgement:
    """What pressing "I'm on it" did: ``first`` when this press took the alert; else who has it."""

    alert_id: int
    first: bool
    by_me: bool
    by_name: str
    at: datetime
    case_label: str
    raised_at: datetime
    raised_by: int | None  # the Telegram id of the person who raised it (to tell them), if still in the case
    role: str  # their part in the case
    others: tuple[int, ...]  # the Telegram ids of the other people it reached (to tell them who is on it)


@dataclass(frozen=True)
class DeliveryView:
    name: str
    escalated: bool
    delivered_at: datetime | None
    refused_at: datetime | None


@dataclass(frozen=True)
class AlertView:
    id: int
    case_id: int
    case_label: str
    how: str
    role: str
    raised_at: datetime
    deliveries: tuple[DeliveryView, ...]
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    escalated_at: datetime | None


# -- raising and delivering --------------------------------------------------------------------------


def add(
    c: Connection,
    case_id: int,
    person_id: int,
    role: str,
    how: str,
    *,
    answer_id: int | None,
    escalate_at: datetime,
    now: datetime | None = None,
) -> int:
    """A new alert in the case, raised by ``person_id`` (``role`` there) ``how``; due for escalation at
    ``escalate_at`` unless someone acknowledges it first."""
    values = dict(
        case_id=case_id,
        person_id=person_id,
        role=role,
        how=how[:40],
        answer_id=answer_id,
        raised_at=now or utcnow(),
        escalate_at=escalate_at,
    )
    key = c.execute(insert(alert_t).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def case_workers(c: Connection, case_id: int) -> list[Recipient]:
    """The workers of the case now: who an alert goes to first."""
    rows = c.execute(
        select(person_t.c.id, person_t.c.telegram_id)
        .join(membership_t, membership_t.c.person_id == person_t.c.id)
        .where(membership_t.c.case_id == case_id, membership_t.c.left_at.is_(None), membership_t.c.role == WORKER)
        .order_by(membership_t.c.joined_at, membership_t.c.id)
    ).all()
    return [Recipient(r.id, r.telegram_id, True) for r in rows]


def add_delivery(
    c: Connection, alert_id: int, person_id: int, outbox_id: int | None, *, escalated: bool = False
) -> None:
    """The alert's message to this person, waiting in the outbox as ``outbox_id``."""
    c.execute(
        insert(delivery_t).values(
            alert_id=alert_id, person_id=person_id, outbox_id=outbox_id, escalated=escalated, created_at=utcnow()
        )
    )


def escalate_now(c: Connection, alert_id: int, now: datetime | None = None) -> None:
    """Make the alert due for escalation at once (if nobody is on it and it has not been escalated)."""
    c.execute(
        update(alert_t)
        .where(alert_t.c.id == alert_id, alert_t.c.acknowledged_at.is_(None), alert_t.c.escalated_at.is_(None))
        .values(escalate_at=now or utcnow())
    )


def delivered(c: Connection, outbox_id: int, now: datetime | None = None) -> bool:
    """Telegram accepted the alert message in outbox row ``outbox_id``; False if it was no alert's."""
    done = c.execute(
        update(delivery_t)
        .where(delivery_t.c.outbox_id == outbox_id, delivery_t.c.delivered_at.is_(None))
        .values(delivered_at=now or utcnow())
    )
    return bool(done.rowcount)


def refused(c: Connection, outbox_id: int, now: datetime | None = None) -> int | None:
    """Telegram will never deliver the alert message in ``outbox_id`` (blocked, or gone): the delivery is
    marked refused and its alert is due for escalation at once. Returns the alert's id, or None."""
    now = now or utcnow()
    row = c.execute(
        select(delivery_t.c.id, delivery_t.c.alert_id).where(
            delivery_t.c.outbox_id == outbox_id, delivery_t.c.delivered_at.is_(None)
        )
    ).first()
    if row is None:
        return None
    c.execute(update(delivery_t).where(delivery_t.c.id == row.id).values(refused_at=now))
    escalate_now(c, row.alert_id, now)
    return int(row.alert_id)


# -- acknowledging -------------------------------------------------------------------------------------


def _may_acknowledge(c: Connection, asker: int, alert: Any) -> bool:
    """Someone the alert reached, a worker of its case, or a duty worker."""
    reached = c.scalar(
        select(delivery_t.c.id).where(delivery_t.c.alert_id == alert.id, delivery_t.c.person_id == asker).limit(1)
    )
    if reached is not None:
        return True
    membership = _membership(c, asker, alert.case_id)
    if membership is not None and membership.role == WORKER:
        return True
    return bool(c.scalar(select(worker_t.c.duty).where(worker_t.c.person_id == asker)))


def acknowledge(c: Connection, asker: int, alert_id: int, now: datetime | None = None) -> Acknowledgement | None:
    """``asker`` presses "I'm on it": the first press takes the alert (who and when); a later one changes
    nothing and says who has it. None when the alert is not one the asker may acknowledge."""
    alert = c.execute(
        select(alert_t, case_t.c.label).join(case_t, case_t.c.id == alert_t.c.case_id).where(alert_t.c.id == alert_id)
    ).first()
    if alert is None or not _may_acknowledge(c, asker, alert):
        return None
    first = False
    if alert.acknowledged_at is None:
        now = now or utcnow()
        taken = c.execute(
            update(alert_t)
            .where(alert_t.c.id == alert_id, alert_t.c.acknowledged_at.is_(None))
            .values(acknowledged_by=asker, acknowledged_at=now)
        )
        first = bool(taken.rowcount)
    if not first:
        alert = c.execute(select(alert_t, case_t.c.label).join(case_t).where(alert_t.c.id == alert_id)).one()
        by, at = alert.acknowledged_by, alert.acknowledged_at
    else:
        by, at = asker, now
    name = c.scalar(select(worker_t.c.name).where(worker_t.c.person_id == by)) or ""
    raiser = _membership(c, alert.person_id, alert.case_id)
    raised_by = None
    if raiser is not None:
        raised_by = c.scalar(select(person_t.c.telegram_id).where(person_t.c.id == alert.person_id))
    others = c.scalars(
        select(person_t.c.telegram_id)
        .join(delivery_t, delivery_t.c.person_id == person_t.c.id)
        .where(delivery_t.c.alert_id == alert_id, delivery_t.c.person_id != asker, delivery_t.c.refused_at.is_(None))
        .order_by(delivery_t.c.id)
    ).all()
    return Acknowledgement(
        alert_id,
        first,
        by == asker,
        name,
        at,
        alert.label,
        alert.raised_at,
        raised_by,
        alert.role,
        tuple(dict.fromkeys(others)),
    )


# -- escalating ----------------------------------------------------------------------------------------


def take_due_escalations(c: Connection, now: datetime | None = None) -> list[DueEscalation]:
    """Alerts nobody has acknowledged by their ``escalate_at``, marked escalated; each with whom it goes
    to now: the case's workers who have not had it, and the duty workers (once each)."""
    now = now or utcnow()
    rows = c.execute(
        select(alert_t, case_t.c.label)
        .join(case_t, case_t.c.id == alert_t.c.case_id)
        .where(alert_t.c.escalate_at <= now, alert_t.c.escalated_at.is_(None), alert_t.c.acknowledged_at.is_(None))
        .order_by(alert_t.c.id)
    ).all()
    if not rows:
        return []
    duty = c.execute(
        select(person_t.c.id, person_t.c.telegram_id)
        .join(worker_t, worker_t.c.person_id == person_t.c.id)
        .where(worker_t.c.duty.is_(True))
        .order_by(worker_t.c.id)
    ).all()
    due = []
    for row in rows:
        c.execute(update(alert_t).where(alert_t.c.id == row.id).values(escalated_at=now))
        had = set(c.scalars(select(delivery_t.c.person_id).where(delivery_t.c.alert_id == row.id)).all())
        workers = case_workers(c, row.case_id)
        in_case = {w.person_id for w in workers}
        recipients = [w for w in workers if w.person_id not in had]
        recipients += [Recipient(d.id, d.telegram_id, False) for d in duty if d.id not in had | in_case]
        names = _worker_names(c, [w.person_id for w in workers])
        due.append(
            DueEscalation(row.id, row.case_id, row.label, row.role, row.how, row.raised_at, names, tuple(recipients))
        )
    return due


def _worker_names(c: Connection, person_ids: Sequence[int]) -> tuple[str, ...]:
    names = dict(
        c.execute(select(worker_t.c.person_id, worker_t.c.name).where(worker_t.c.person_id.in_(person_ids))).all()
    )
    return tuple(names[p] for p in person_ids if p in names)


def set_duty(c: Connection, telegram_id: int, on: bool) -> bool:
    """Make a registered worker a duty contact, or not; False when no worker has that Telegram id."""
    person_id = c.scalar(select(person_t.c.id).where(person_t.c.telegram_id == telegram_id))
    if person_id is None:
        return False
    done = c.execute(update(worker_t).where(worker_t.c.person_id == person_id).values(duty=on))
    return bool(done.rowcount)


# -- reading ---------------------------------------------------------------------------------------------


def _views(c: Connection, rows: Sequence[Any]) -> list[AlertView]:
    ids = [r.id for r in rows]
    deliveries: dict[int, list[DeliveryView]] = {i: [] for i in ids}
    if ids:
        found = c.execute(
            select(delivery_t, worker_t.c.name)
            .outerjoin(worker_t, worker_t.c.person_id == delivery_t.c.person_id)
            .where(delivery_t.c.alert_id.in_(ids))
            .order_by(delivery_t.c.id)
        ).all()
        for d in found:
            deliveries[d.alert_id].append(DeliveryView(d.name or "", d.escalated, d.delivered_at, d.refused_at))
    acknowledgers = {r.acknowledged_by for r in rows if r.acknowledged_by is not None}
    by_person = dict(
        c.execute(select(worker_t.c.person_id, worker_t.c.name).where(worker_t.c.person_id.in_(acknowledgers))).all()
    )
    return [
        AlertView(
            r.id,
            r.case_id,
            r.label,
            r.how,
            r.role,
            r.raised_at,
            tuple(deliveries[r.id]),
            by_person.get(r.acknowledged_by, "") if r.acknowledged_by is not None else None,
            r.acknowledged_at,
            r.escalated_at,
        )
        for r in rows
    ]


def of_case(c: Connection, asker: int, case_id: int, now: datetime | None = None) -> list[AlertView]:
    """A worker's view of their case's alerts: those still open, and those raised in the last week."""
    require_worker(c, asker, case_id, open_only=False)
    since = (now or utcnow()) - RECENT
    rows = c.execute(
        select(alert_t, case_t.c.label)
        .join(case_t, case_t.c.id == alert_t.c.case_id)
        .where(alert_t.c.case_id == case_id, (alert_t.c.acknowledged_at.is_(None)) | (alert_t.c.raised_at >= since))
        .order_by(alert_t.c.id)
    ).all()
    return _views(c, rows)


def open_alerts(c: Connection) -> list[AlertView]:
    """Every alert nobody has acknowledged yet, oldest first (for administrators, not in the bot)."""
    rows = c.execute(
        select(alert_t, case_t.c.label)
        .join(case_t, case_t.c.id == alert_t.c.case_id)
        .where(alert_t.c.acknowledged_at.is_(None))
        .order_by(alert_t.c.raised_at, alert_t.c.id)
    ).all()
    return _views(c, rows)
