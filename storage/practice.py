"""The service's own practice, for managers (``companion practice-report`` and ``/practice``): counts and
times only, over the whole service, with no names and no case labels.

Nothing sealed is opened and no data key is used: the figures come from who shared something and when
(answers' roles, topics and times), alerts' times, practice marks, and whether a plan's sealed goal and
ends hold any text at all (`storage.seal.holds_text`, from the sealed value's length). So the report needs no
case membership; each run is audited all the same (who, when, the period; never a figure).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from statistics import median
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from storage.alerts import alert_t
from storage.cases import ADMINISTRATOR, _audit
from storage.models import PracticeMark, utcnow
from storage.plans import plan_t
from storage.repository import answer_t, case_t, person_t, worker_t
from storage.seal import holds_text

mark_t = PracticeMark.__table__

SERVICE = 0  # the audit's case number for a report about the whole service
AUDIT_ACTION = "practice report"
RECENT_WORDS = timedelta(weeks=4)  # a case "hears the young person" if they shared something this recently
YOUNG_PERSON = "young_person"
# the numbers people give on a scale: the young person's safety scale, a parent's check-in, the worker's
# score (someone in the network gives theirs on one of these too: counted by the role stored with it)
NUMBER_TOPICS = ("safety_scale", "checkin", "checkin.worker")
CHECKIN = "checkin"
AIM_CHECK = "aim_check"
PROMPT_DISMISSED = "prompt_dismissed"
PROMPT_RAISED = "prompt_raised"  # its ``what``: the rule's name and what made it true ("flat_scores:1:3")
ROLES = ("young_person", "parent", "network", "worker")  # always shown, even before anyone of the role joins


@dataclass(frozen=True)
class Month:
    """What happened in one calendar month (UTC) of the period."""

    month: str  # 2026-11
    checkins: int
    alerts: int
    aim_checks: int
    dismissed: int
    raised: int
    # the month's shares are of the cases open at any time in the month (and in the period)
    cases: int = 0
    heard: int = 0  # of them, with the young person's words in the 4 weeks before the month's (or case's) end
    goal: int = 0  # of them, whose safety goal and its 0 and 10, as they stand now, were written by the month's end
    numbers: tuple[tuple[str, int], ...] = ()  # per role: cases where someone of it gave a number in the month
    checkin_days: float | None = None  # the median days of the gaps that ended with a check-in in the month
    checkin_gaps: int = 0
    acknowledged: int = 0  # of the month's alerts, acknowledged
    ack_minutes: float | None = None  # their median minutes from raised to acknowledged
    escalated: int = 0  # of the month's alerts, escalated


@dataclass(frozen=True)
class Practice:
    """The service's figures over a period, before small counts are hidden (see `dialogues.practice`)."""

    since: datetime | None
    until: datetime
    cases: int  # open at any time in the period
    heard: int  # of them, with the young person's words in the 4 weeks before the period's (or case's) end
    goal: int  # of them, with a safety goal and what its 0 and 10 mean written
    numbers: tuple[tuple[str, int], ...]  # per role stored: cases where someone of it gave a number in the period
    checkin_days: float | None  # the median days between one check-in and the same person's next
    checkin_gaps: int  # how many such gaps the median is of
    alerts: int  # raised in the period
    acknowledged: int  # of them, acknowledged
    ack_minutes: float | None  # the median minutes from raised to acknowledged
    escalated: int  # of them, escalated
    aim_checks: tuple[tuple[str, int], ...]  # per aim's number ("" before marks kept it), practice-guide checks
    dismissed: int  # prompts dismissed
    raised: int  # prompts that showed on a case card (each once, however often it was drawn)
    months: tuple[Month, ...]


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _month(when: datetime) -> str:
    return f"{_aware(when):%Y-%m}"


def _in_period(column: Any, since: datetime | None, until: datetime) -> Any:
    return column <= until if since is None else and_(column >= since, column <= until)


def figures(c: Connection, since: datetime | None = None, until: datetime | None = None) -> Practice:
    """The practice figures from ``since`` (None: from the start) to ``until`` (now)."""
    until = until or utcnow()
    open_in_period = [case_t.c.created_at <= until]
    if since is not None:
        open_in_period.append(or_(case_t.c.closed_at.is_(None), case_t.c.closed_at >= since))
    rows = c.execute(select(case_t.c.id, case_t.c.created_at, case_t.c.closed_at).where(*open_in_period)).all()
    ends = {int(i): min(_aware(closed or until), _aware(until)) for i, _, closed in rows}  # each case's time ends
    open_cases = select(case_t.c.id).where(*open_in_period)
    answers = c.execute(
        select(answer_t.c.case_id, answer_t.c.person_id, answer_t.c.role, answer_t.c.topic, answer_t.c.created_at)
        .where(answer_t.c.case_id.in_(open_cases), answer_t.c.created_at <= until)
        .order_by(answer_t.c.created_at, answer_t.c.id)
    ).all()
    heard = {
        a.case_id for a in answers if a.role == YOUNG_PERSON and _aware(a.created_at) >= ends[a.case_id] - RECENT_WORDS
    }
    in_period = [a for a in answers if since is None or _aware(a.created_at) >= _aware(since)]
    numbers: dict[str, set[int]] = {role: set() for role in ROLES}
    for a in in_period:
        if a.topic in NUMBER_TOPICS and a.role:
            numbers.setdefault(str(a.role), set()).add(a.case_id)
    timed_gaps = _checkin_gaps_at(answers, since)
    days, gaps = [gap for _, gap in timed_gaps], len(timed_gaps)
    alerts = c.execute(
        select(alert_t.c.raised_at, alert_t.c.acknowledged_at, alert_t.c.escalated_at).where(
            _in_period(alert_t.c.raised_at, since, until)
        )
    ).all()
    waits = [
        (_aware(a.acknowledged_at) - _aware(a.raised_at)).total_seconds() / 60 for a in alerts if a.acknowledged_at
    ]
    marks = c.execute(
        select(mark_t.c.kind, mark_t.c.what, mark_t.c.at).where(_in_period(mark_t.c.at, since, until))
    ).all()
    goals = _goals(c, open_cases)
    checks: dict[str, int] = defaultdict(int)
    for m in marks:
        if m.kind == AIM_CHECK:
            checks[m.what or ""] += 1
    return Practice(
        since=since,
        until=until,
        cases=len(ends),
        heard=len(heard),
        goal=len(goals),
        numbers=tuple((role, len(found)) for role, found in numbers.items()),
        checkin_days=median(days) if days else None,
        checkin_gaps=gaps,
        alerts=len(alerts),
        acknowledged=len(waits),
        ack_minutes=median(waits) if waits else None,
        escalated=sum(1 for a in alerts if a.escalated_at is not None),
        aim_checks=tuple(sorted(checks.items(), key=lambda kv: (not kv[0], int(kv[0]) if kv[0].isdigit() else 0))),
        dismissed=sum(1 for m in marks if m.kind == PROMPT_DISMISSED),
        raised=sum(1 for m in marks if m.kind == PROMPT_RAISED),
        months=_months(_Seen(since, _aware(until), rows, answers, in_period, timed_gaps, goals), alerts, marks),
    )


def _goals(c: Connection, case_ids: Any) -> dict[int, datetime]:
    """The cases with a safety goal with what its 0 and 10 mean, written, and when their plan was last
    changed (sealed: only whether each holds any text is known, never the text)."""
    rows = c.execute(
        select(plan_t.c.case_id, plan_t.c.updated_at, plan_t.c.goal, plan_t.c.zero_means, plan_t.c.ten_means).where(
            plan_t.c.case_id.in_(case_ids)
        )
    ).all()
    return {
        int(row.case_id): _aware(row.updated_at)
        for row in rows
        if all(holds_text(value) for value in (row.goal, row.zero_means, row.ten_means))
    }


def _checkin_gaps_at(answers: Iterable[Any], since: datetime | None) -> list[tuple[datetime, float]]:
    """The days between each check-in in the period and the same person's check-in before it, in the case,
    each with when the gap ended (its later check-in)."""
    last: dict[tuple[int, int], datetime] = {}
    found = []
    for a in answers:
        if a.topic != CHECKIN:
            continue
        when = _aware(a.created_at)
        before = last.get((a.case_id, a.person_id))
        if before is not None and (since is None or when >= _aware(since)):
            found.append((when, (when - before).total_seconds() / 86400))
        last[(a.case_id, a.person_id)] = when
    return found


@dataclass(frozen=True)
class _Seen:
    """What `figures` read, for working out each month's shares and medians."""

    since: datetime | None
    until: datetime
    cases: list[Any]  # id, created_at, closed_at of the cases open in the period
    answers: list[Any]  # every answer of those cases until the period's end
    in_period: list[Any]  # those in the period
    gaps: list[tuple[datetime, float]]  # check-in gaps that ended in the period
    goals: dict[int, datetime]  # cases with a whole plan, and when it was last changed


def _month_bounds(month: str, since: datetime | None, until: datetime) -> tuple[datetime, datetime]:
    """The month's first and last moment within the period (UTC)."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1, tzinfo=UTC)
    following = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=UTC)
    if since is not None:
        start = max(start, _aware(since))
    return start, min(following - timedelta(microseconds=1), until)


def _every_month(first: str, last: str) -> list[str]:
    year, number = (int(part) for part in first.split("-"))
    found = []
    while f"{year:04d}-{number:02d}" <= last:
        found.append(f"{year:04d}-{number:02d}")
        year, number = year + number // 12, number % 12 + 1
    return found


def _months(seen: _Seen, alerts: Iterable[Any], marks: Iterable[Any]) -> tuple[Month, ...]:
    """Each month of the period from the first in which anything was open or happened: its counts, and
    the shares and medians of the whole period worked out for the month alone."""
    alerts, marks = list(alerts), list(marks)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in seen.in_period:
        if a.topic == CHECKIN:
            counts[_month(a.created_at)]["checkins"] += 1
    for alert in alerts:
        counts[_month(alert.raised_at)]["alerts"] += 1
    for m in marks:
        counts[_month(m.at)][m.kind] += 1
    firsts = [_month(max(_aware(case.created_at), _aware(seen.since or case.created_at))) for case in seen.cases]
    if not firsts and not counts:
        return ()
    months = _every_month(min([*firsts, *counts]), max([_month(seen.until), *counts]))
    found = []
    for month in months:
        n = counts[month]
        start, end = _month_bounds(month, seen.since, seen.until)
        ends = {
            int(case.id): min(_aware(case.closed_at or end), end)
            for case in seen.cases
            if _aware(case.created_at) <= end and (case.closed_at is None or _aware(case.closed_at) >= start)
        }
        heard = {
            a.case_id
            for a in seen.answers
            if a.role == YOUNG_PERSON
            and a.case_id in ends
            and ends[a.case_id] - RECENT_WORDS <= _aware(a.created_at) <= ends[a.case_id]
        }
        numbers: dict[str, set[int]] = {role: set() for role in ROLES}
        for a in seen.in_period:
            if a.topic in NUMBER_TOPICS and a.role and a.case_id in ends and start <= _aware(a.created_at) <= end:
                numbers.setdefault(str(a.role), set()).add(a.case_id)
        days = [gap for when, gap in seen.gaps if start <= when <= end]
        raised = [a for a in alerts if _month(a.raised_at) == month]
        waits = [
            (_aware(a.acknowledged_at) - _aware(a.raised_at)).total_seconds() / 60 for a in raised if a.acknowledged_at
        ]
        found.append(
            Month(
                month,
                n["checkins"],
                n["alerts"],
                n[AIM_CHECK],
                n[PROMPT_DISMISSED],
                n[PROMPT_RAISED],
                cases=len(ends),
                heard=len(heard),
                goal=sum(1 for case_id, written in seen.goals.items() if case_id in ends and written <= end),
                numbers=tuple((role, len(cases)) for role, cases in numbers.items()),
                checkin_days=median(days) if days else None,
                checkin_gaps=len(days),
                acknowledged=len(waits),
                ack_minutes=median(waits) if waits else None,
                escalated=sum(1 for a in raised if a.escalated_at is not None),
            )
        )
    return tuple(found)


def audit_report(c: Connection, by: int | None, since: datetime | None, how: str) -> None:
    """The run's audit entry: who (None: the command line), when, the period and how it was given; no figure."""
    period = f"since {since:%Y-%m-%d}" if since is not None else "since the start"
    _audit(c, ADMINISTRATOR if by is None else by, SERVICE, AUDIT_ACTION, f"{period}, {how}")


def mark(c: Connection, case_id: int, kind: str, what: str, at: datetime | None = None) -> None:
    """Keep that a worker checked an aim (``what``: its number) or dismissed a prompt (its rule's id)."""
    c.execute(insert(mark_t).values(case_id=case_id, kind=kind, what=what[:40], at=at or utcnow()))


def mark_once(c: Connection, case_id: int, kind: str, what: str) -> None:
    """`mark`, unless the case has that very mark already (a prompt shows on every drawing of its card)."""
    found = c.scalar(
        select(mark_t.c.id).where(mark_t.c.case_id == case_id, mark_t.c.kind == kind, mark_t.c.what == what[:40])
    )
    if found is None:
        mark(c, case_id, kind, what)


def is_manager(c: Connection, person_id: int) -> bool:
    """Whether ``person_id`` is a registered worker (not removed) who is a manager."""
    return bool(
        c.scalar(select(worker_t.c.manager).where(worker_t.c.person_id == person_id, worker_t.c.removed_at.is_(None)))
    )


def set_manager(c: Connection, telegram_id: int, on: bool) -> bool:
    """Make a registered worker a manager, or not; False when no worker is registered with that id."""
    person_id = c.scalar(
        select(person_t.c.id)
        .join(worker_t, worker_t.c.person_id == person_t.c.id)
        .where(person_t.c.telegram_id == telegram_id, worker_t.c.removed_at.is_(None))
    )
    if person_id is None:
        return False
    c.execute(update(worker_t).where(worker_t.c.person_id == person_id).values(manager=on))
    return True
