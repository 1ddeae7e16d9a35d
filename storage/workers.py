"""Workers leaving the service: ``companion worker remove``. Their memberships end, their registration is
marked removed (so they are no longer a worker anywhere: the row stays, since the cases they opened name it),
they are no longer a duty contact nor a manager, and any web sessions of theirs end. A case whose only worker
they are must be handed over first: then nothing changes, and the cases are named."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, delete, func, select, update
from sqlalchemy.orm import aliased

from storage.cases import WORKER, _audit
from storage.models import WebAccount, WebSession, utcnow
from storage.repository import case_t, membership_t, person_t, worker_t

account_t = WebAccount.__table__
session_t = WebSession.__table__


@dataclass(frozen=True)
class Removal:
    found: bool  # a worker is registered (and not removed) under that Telegram id
    to_hand_over: list[tuple[int, str]] = field(default_factory=list)  # open cases they are the only worker of
    memberships_ended: int = 0

    @property
    def done(self) -> bool:
        return self.found and not self.to_hand_over


def sole_worker_cases(c: Connection, person_id: int) -> list[tuple[int, str]]:
    """The open cases ``person_id`` is a worker of, with no other worker: (id, label), by id."""
    other = aliased(membership_t)
    others = (
        select(func.count())
        .select_from(other)
        .where(
            other.c.case_id == membership_t.c.case_id,
            other.c.role == WORKER,
            other.c.left_at.is_(None),
            other.c.person_id != person_id,
        )
        .scalar_subquery()
    )
    rows = c.execute(
        select(case_t.c.id, case_t.c.label)
        .join(membership_t, membership_t.c.case_id == case_t.c.id)
        .where(
            membership_t.c.person_id == person_id,
            membership_t.c.role == WORKER,
            membership_t.c.left_at.is_(None),
            case_t.c.closed_at.is_(None),
            others == 0,
        )
        .order_by(case_t.c.id)
    ).all()
    return [(int(i), str(label)) for i, label in rows]


def remove_worker(c: Connection, telegram_id: int, by: int) -> Removal:
    """Take worker ``telegram_id`` off the service, in the caller's transaction (see the module's notes);
    each case they leave gets an audit entry naming ``by``."""
    person_id = c.scalar(
        select(person_t.c.id)
        .join(worker_t, worker_t.c.person_id == person_t.c.id)
        .where(person_t.c.telegram_id == telegram_id, worker_t.c.removed_at.is_(None))
    )
    if person_id is None:
        return Removal(False)
    sole = sole_worker_cases(c, person_id)
    if sole:
        return Removal(True, sole)
    now = utcnow()
    ongoing = and_(membership_t.c.person_id == person_id, membership_t.c.left_at.is_(None))
    left = [int(i) for (i,) in c.execute(select(membership_t.c.case_id).where(ongoing)).all()]
    c.execute(update(membership_t).where(ongoing).values(left_at=now))
    for case_id in left:
        _audit(c, by, case_id, "worker removed", str(telegram_id))
    c.execute(
        update(worker_t).where(worker_t.c.person_id == person_id).values(removed_at=now, duty=False, manager=False)
    )
    accounts = select(account_t.c.id).where(account_t.c.person_id == person_id).scalar_subquery()
    c.execute(delete(session_t).where(session_t.c.account_id.in_(accounts)))
    return Removal(True, [], len(left))
