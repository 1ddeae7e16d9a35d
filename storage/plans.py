"""A case's safety plan scale (the goal and what 0 and 10 mean, in the worker's words), the check-in
rhythm, and the reminders it gives each parent or carer and each member of the safety network.

Reminders live in the database: a restart loses none, and one that fell due while the bot was down is
sent once when it comes back, then the next is set from now. None is sent between 21:00 and 08:00 in the
case's time zone: it waits for 08:00.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, insert, select, update

from storage.cases import NETWORK, AccessDenied, _membership, family_case, require_worker
from storage.models import Reminder, SafetyPlan, utcnow
from storage.repository import case_t, clean, membership_t, person_t
from storage.seal import case_owner, seal, unseal

plan_t = SafetyPlan.__table__
reminder_t = Reminder.__table__

RHYTHMS = {"weekly": timedelta(days=7), "fortnightly": timedelta(days=14)}
QUIET_FROM, QUIET_UNTIL = time(21, 0), time(8, 0)
VISIT_REMINDER = time(10, 0)  # on the day before a visit
MAX_WORDS = 2000
WORDS = ("goal", "ten_means", "zero_means")  # sealed: the worker's words about the family
CHECKING_IN = ("parent", NETWORK)  # who is reminded to check in: parents and carers, and the safety network


@dataclass(frozen=True)
class Plan:
    case_id: int
    goal: str = ""
    ten_means: str = ""
    zero_means: str = ""
    rhythm: str = "off"  # weekly, fortnightly, visit or off
    visit_on: date | None = None
    time_zone: str = "Europe/London"


@dataclass(frozen=True)
class DueReminder:
    telegram_id: int
    case_id: int


def plan_of(c: Connection, case_id: int) -> Plan:
    """A case's plan, for the case's own exports (callers have checked the reader)."""
    return _plan(c, case_id)


def _plan(c: Connection, case_id: int) -> Plan:
    row = c.execute(select(plan_t).where(plan_t.c.case_id == case_id)).first()
    if row is None:
        return Plan(case_id)
    goal, ten, zero = (unseal(c, "safety_plan", name, case_id, getattr(row, name)) for name in WORDS)
    return Plan(case_id, goal, ten, zero, row.rhythm, row.visit_on, row.time_zone)


def plan_for(c: Connection, asker: int, case_id: int | None = None) -> Plan:
    """The plan of the asker's case (a worker names it; a parent's own case is found): any member may read it."""
    if case_id is None:
        case_id = family_case(c, asker)
        if case_id is None:
            raise AccessDenied
    elif _membership(c, asker, case_id) is None:
        raise AccessDenied
    return _plan(c, case_id)


def set_plan(c: Connection, asker: int, case_id: int, now: datetime | None = None, **changes: Any) -> Plan:
    """A worker changes their case's plan (goal, ten_means, zero_means, rhythm, visit_on); reminders follow."""
    require_worker(c, asker, case_id)
    unknown = set(changes) - {"goal", "ten_means", "zero_means", "rhythm", "visit_on"}
    if unknown or changes.get("rhythm", "off") not in (*RHYTHMS, "visit", "off"):
        raise ValueError(f"cannot set {sorted(unknown) or changes.get('rhythm')}")
    words = {k: clean(v)[:MAX_WORDS] for k, v in changes.items() if isinstance(v, str) and k != "rhythm"}
    plan = replace(_plan(c, case_id), **{**changes, **words})
    values = {k: v for k, v in vars(plan).items() if k != "case_id"} | {"updated_at": utcnow()}
    for name in WORDS:  # the worker's words about the family, sealed with the case's key
        values[name] = seal(c, case_owner(case_id), "safety_plan", name, case_id, values[name])
    if c.execute(select(plan_t.c.case_id).where(plan_t.c.case_id == case_id)).first() is None:
        c.execute(insert(plan_t).values(case_id=case_id, **values))
    else:
        c.execute(update(plan_t).where(plan_t.c.case_id == case_id).values(**values))
    if {"rhythm", "visit_on"} & set(changes):
        schedule(c, case_id, now or utcnow())
    return plan


# -- when ------------------------------------------------------------------------------------------------


def out_of_quiet_hours(when: datetime, zone: str) -> datetime:
    """``when``, or 08:00 local time if it falls between 21:00 and 08:00 in ``zone``."""
    tz = ZoneInfo(zone)
    local = when.astimezone(tz)
    if local.time() >= QUIET_FROM:
        local = datetime.combine(local.date() + timedelta(days=1), QUIET_UNTIL, tz)
    elif local.time() < QUIET_UNTIL:
        local = datetime.combine(local.date(), QUIET_UNTIL, tz)
    return local.astimezone(when.tzinfo)


def next_due(plan: Plan, after: datetime) -> datetime | None:
    """When the next reminder falls due after ``after``, or None (no rhythm, or the visit has passed)."""
    if plan.rhythm in RHYTHMS:
        return out_of_quiet_hours(after + RHYTHMS[plan.rhythm], plan.time_zone)
    if plan.rhythm == "visit" and plan.visit_on is not None:
        tz = ZoneInfo(plan.time_zone)
        when = datetime.combine(plan.visit_on - timedelta(days=1), VISIT_REMINDER, tz).astimezone(after.tzinfo)
        return when if when > after else None
    return None


def schedule(c: Connection, case_id: int, now: datetime, *, reset: bool = True) -> None:
    """Set the next reminder of every parent or carer, and safety network member, in the case from its
    rhythm (with ``reset=False``, only of those who have none yet: someone who just joined)."""
    due = next_due(_plan(c, case_id), now)
    parents = c.scalars(
        select(membership_t.c.id).where(
            membership_t.c.case_id == case_id, membership_t.c.role.in_(CHECKING_IN), membership_t.c.left_at.is_(None)
        )
    ).all()
    for membership_id in parents:
        if c.execute(select(reminder_t).where(reminder_t.c.membership_id == membership_id)).first() is None:
            c.execute(insert(reminder_t).values(membership_id=membership_id, next_at=due, paused=False))
        elif reset:
            c.execute(update(reminder_t).where(reminder_t.c.membership_id == membership_id).values(next_at=due))


def take_due_reminders(c: Connection, now: datetime | None = None) -> list[DueReminder]:
    """Reminders due by ``now`` (each parent once, however long the bot was down), their next one set.
    One that falls in quiet hours is moved to 08:00 instead. Paused ones and closed cases wait."""
    now = now or utcnow()
    rows = c.execute(
        select(reminder_t.c.membership_id, membership_t.c.case_id, person_t.c.telegram_id)
        .join(membership_t, membership_t.c.id == reminder_t.c.membership_id)
        .join(person_t, person_t.c.id == membership_t.c.person_id)
        .join(case_t, case_t.c.id == membership_t.c.case_id)
        .where(
            reminder_t.c.next_at <= now,
            reminder_t.c.paused.is_(False),
            membership_t.c.left_at.is_(None),
            case_t.c.closed_at.is_(None),
        )
    ).all()
    due = []
    for row in rows:
        plan = _plan(c, row.case_id)
        later = out_of_quiet_hours(now, plan.time_zone)
        if later > now:
            c.execute(update(reminder_t).where(reminder_t.c.membership_id == row.membership_id).values(next_at=later))
            continue
        c.execute(
            update(reminder_t)
            .where(reminder_t.c.membership_id == row.membership_id)
            .values(next_at=next_due(plan, now), last_sent_at=now)
        )
        due.append(DueReminder(row.telegram_id, row.case_id))
    return due


def _parent_membership(c: Connection, person_id: int) -> Any:
    """The person's membership of their open case as one who checks in (a parent or carer, or someone in
    the safety network), or None."""
    case_id = family_case(c, person_id)
    membership = None if case_id is None else _membership(c, person_id, case_id)
    return membership if membership is not None and membership.role in CHECKING_IN else None


def pause(c: Connection, person_id: int, paused: bool) -> bool:
    """A parent pauses or resumes their own reminders; False if they have none to pause."""
    membership = _parent_membership(c, person_id)
    if membership is None:
        return False
    found = c.execute(select(reminder_t).where(reminder_t.c.membership_id == membership.id)).first()
    if found is None:
        case_id = family_case(c, person_id)
        due = None if case_id is None else next_due(_plan(c, case_id), utcnow())
        c.execute(insert(reminder_t).values(membership_id=membership.id, next_at=due, paused=paused))
    else:
        c.execute(update(reminder_t).where(reminder_t.c.membership_id == membership.id).values(paused=paused))
    return True


def paused(c: Connection, person_id: int) -> bool:
    membership = _parent_membership(c, person_id)
    if membership is None:
        return False
    return bool(c.scalar(select(reminder_t.c.paused).where(reminder_t.c.membership_id == membership.id)))
