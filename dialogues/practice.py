"""The service's practice, for managers: ``/practice`` here, ``companion practice-report`` at the command
line (seed 001, meaningful measures; seed 002, sustaining: the service checks its own practice).

The figures are counts and times over the whole service, with no names and no case labels. Any count from
1 to 4 is shown as "fewer than 5", and a share or a median worked out from such a count is not shown at all,
so that no family can be recognised, nor worked back from what is shown (a share is hidden too when what it
leaves out is fewer than 5). `lines` and `month_lines` are what every channel shows; the dialogue below is
only for workers registered as managers: to anyone else ``/practice`` is an unknown command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from dialogues.engine import Dialogue, Reply, Role, Turn, Who
from dialogues.messages import T, Text

COMMAND = "practice"
SMALL = 5  # a count below this (and above 0) is never shown
CHAT_MONTHS = 6  # the chat shows the last months only; the command line's report has them all
FEWER = T("fewer than 5")
NOT_SHOWN = T("not shown: fewer than 5")
NONE_YET = T("none yet")
MONTH_MEANS = T(
    "Each month's shares are of the cases open at any time in that month: with the young person's words in "
    "the 4 weeks before the month ended (or the case closed), with a safety goal and what 0 and 10 mean written "
    "by the month's end (as the plan stands now), and with a number from each kind of person in the month. A "
    "month's medians are of the gaps between check-ins that ended in it, and of the alerts raised in it."
)
ROLE_NAMES = {
    "young_person": T("young people"),
    "parent": T("parents or carers"),
    "network": T("the safety network"),
    "worker": T("workers"),
}


class Month(Protocol):
    month: str  # 2026-11
    checkins: int
    alerts: int
    aim_checks: int
    dismissed: int
    raised: int
    cases: int
    heard: int
    goal: int
    numbers: tuple[tuple[str, int], ...]
    checkin_days: float | None
    checkin_gaps: int
    acknowledged: int
    ack_minutes: float | None
    escalated: int


class Figures(Protocol):
    """What `storage.practice.figures` gives: see there."""

    since: datetime | None
    until: datetime
    cases: int
    heard: int
    goal: int
    numbers: tuple[tuple[str, int], ...]
    checkin_days: float | None
    checkin_gaps: int
    alerts: int
    acknowledged: int
    ack_minutes: float | None
    escalated: int
    aim_checks: tuple[tuple[str, int], ...]
    dismissed: int
    raised: int
    months: Sequence[Month]


@dataclass(frozen=True)
class Line:
    """One figure: a key for scripts (the CSV's), what it is, and its value as shown."""

    key: str
    label: Text
    value: Text


def small(count: int) -> bool:
    """A count that could point at a family: 1 to 4."""
    return 0 < count < SMALL


def count(n: int) -> Text:
    return FEWER if small(n) else Text.as_written(str(n))


def share(part: int, whole: int) -> Text:
    """``part`` of ``whole`` as a percentage with both counts; not shown when either, or what is left out,
    is a small count."""
    if whole == 0:
        return NONE_YET
    if small(part) or small(whole) or small(whole - part):
        return NOT_SHOWN
    return T("{part} of {total} ({percent})", part=part, total=whole, percent=f"{round(100 * part / whole)}%")


def _median(value: float | None, of: int, unit: str) -> Text:
    if value is None or of == 0:
        return NONE_YET
    if small(of):
        return NOT_SHOWN
    if unit == "days":
        return T("{number} days", number=f"{value:.1f}")
    return T("{number} minutes", number=f"{value:.0f}")


def role_name(role: str) -> Text:
    """A role's name in the report; a role this version does not know by its stored name."""
    return ROLE_NAMES.get(role, Text.as_written(role))


def lines(f: Figures) -> list[Line]:
    """Every figure of the period, in the order the report gives them."""
    heard = T("Cases with the young person's words in their last 4 weeks")
    goal = T("Cases with a safety goal, and what 0 and 10 mean, written")
    found = [
        Line("cases_open", T("Cases open in the period"), count(f.cases)),
        Line("young_person_heard", heard, share(f.heard, f.cases)),
        Line("goal_defined", goal, share(f.goal, f.cases)),
    ]
    for role, cases in f.numbers:
        label = T("Cases with a number from {who}", who=role_name(role))
        found.append(Line(f"number_{role}", label, share(cases, f.cases)))
    checkins = _median(f.checkin_days, f.checkin_gaps, "days")
    gaps = T("Median days between check-ins by the same parent, carer or safety network member")
    found += [
        Line("checkin_days", gaps, checkins),
        Line("alerts_raised", T("Alerts raised"), count(f.alerts)),
        Line("alert_minutes", T("Median time until someone said they were on an alert"),
             _median(f.ack_minutes, f.acknowledged, "minutes")),
        Line("alerts_escalated", T("Alerts escalated"), share(f.escalated, f.alerts)),
    ]  # fmt: skip
    for aim, checks in f.aim_checks:
        if aim:
            found.append(
                Line(f"aim_check_{aim}", T("Practice-guide checks of aim {number}", number=aim), count(checks))
            )
        else:
            found.append(Line("aim_check_unknown", T("Practice-guide checks (aim not recorded)"), count(checks)))
    found.append(Line("prompts_raised", T("Prompts raised"), count(f.raised)))
    found.append(Line("prompts_dismissed", T("Prompts dismissed"), count(f.dismissed)))
    return found


MONTHLY = (  # what is counted each month: the attribute of `Month`, the CSV's key, its name
    ("checkins", "checkins", T("Check-ins")),
    ("alerts", "alerts_raised", T("Alerts raised")),
    ("aim_checks", "aim_checks", T("Practice-guide checks")),
    ("raised", "prompts_raised", T("Prompts raised")),
    ("dismissed", "prompts_dismissed", T("Prompts dismissed")),
)


def month_lines(f: Figures) -> list[tuple[str, list[Line]]]:
    """Each month's shares (of the cases open at any time in the month), medians and counts, small counts
    shown as "fewer than 5" and shares or medians worked out from them not shown."""
    found = []
    for m in f.months:
        shares = [
            Line("cases_open", T("Cases open in the month"), count(m.cases)),
            Line("young_person_heard", T("Cases with the young person's words in the 4 weeks before the month's end"),
                 share(m.heard, m.cases)),
            Line("goal_defined", T("Cases with a safety goal, and what 0 and 10 mean, written by the month's end"),
                 share(m.goal, m.cases)),
        ]  # fmt: skip
        for role, cases in m.numbers:
            label = T("Cases with a number from {who} in the month", who=role_name(role))
            shares.append(Line(f"number_{role}", label, share(cases, m.cases)))
        gaps = T("Median days between check-ins by the same parent, carer or safety network member")
        shares += [
            Line("checkin_days", gaps, _median(m.checkin_days, m.checkin_gaps, "days")),
            Line("alert_minutes", T("Median time until someone said they were on an alert"),
                 _median(m.ack_minutes, m.acknowledged, "minutes")),
            Line("alerts_escalated", T("Alerts escalated"), share(m.escalated, m.alerts)),
        ]  # fmt: skip
        counts = [Line(key, name, count(getattr(m, attr))) for attr, key, name in MONTHLY]
        found.append((m.month, counts + shares))
    return found


def percent(part: int, whole: int) -> float | None:
    """A share as a number for a chart; None (not drawn) when `share` would not show it."""
    if whole == 0 or small(part) or small(whole) or small(whole - part):
        return None
    return 100 * part / whole


def period(f: Figures) -> Text:
    if f.since is None:
        return T("From the start until {until}", until=f.until)
    return T("From {since} until {until}", since=f.since, until=f.until)


def report(f: Figures) -> list[Text]:
    """The report as chat messages: the period's figures, then the last months'."""
    said = [
        Text.list_of([
            T("📊 The service's practice. No names and no cases: any count from 1 to 4 shows as “fewer than 5”."),
            period(f),
            *(T("• {what}: {value}", what=line.label, value=line.value) for line in lines(f)),
        ])
    ]  # fmt: skip
    if f.months:
        said.append(MONTH_MEANS)
    for month, found in month_lines(f)[-CHAT_MONTHS:]:
        items = [T("• {what}: {value}", what=line.label, value=line.value) for line in found]
        said.append(Text.list_of([Text.as_written(month), *items]))
    return said


class Practice(Dialogue):
    """``/practice``: the service's practice, for managers only. Leaves the manager where they were.

    To anyone else, a worker who is not a manager included, it is an unknown command."""

    name = "practice"
    states = ("done",)
    command = COMMAND
    roles = frozenset({Role.WORKER})

    def transitions(self) -> list[dict[str, Any]]:
        return []

    def offered(self, who: Who) -> bool:
        return who.role == Role.WORKER and who.book is not None and who.book.is_manager()

    def ask_done(self, turn: Turn) -> list[Reply]:
        return []

    def on_open(self, turn: Turn) -> None:
        figures = turn.book.practice()
        turn.finish()
        for text in report(figures) if figures is not None else []:
            turn.say(text)
