"""Prompts on a case card that come from what families shared, each saying why it shows and which aims
of the practice guide may help. The rules are data (`RULES`); a worker can dismiss a prompt, and it stays
dismissed until something new makes it true again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from dialogues import answers, topics
from dialogues.answers import aware
from dialogues.casebook import Member, SharedAnswer
from dialogues.engine import Role
from dialogues.messages import N_, T, Text

DISMISSED = topics.PROMPT_DISMISSED


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # quiet, flat_or_falling, apart, low_or_alert (see `check`)
    aims: tuple[int, ...]
    why: str  # a msgid saying why the prompt shows
    days: int = 0
    last: int = 0
    gap: int = 0
    at_most: int = 0


RULES: tuple[Rule, ...] = (
    Rule("quiet_child", "quiet", (2,), N_("The young person has not shared anything for 3 weeks."), days=21),
    Rule("flat_scores", "flat_or_falling", (9, 3, 4, 5, 6),
         N_("A parent's last 3 scores are flat or falling."), last=3),
    Rule("far_apart", "apart", (6, 1), N_("A parent's score and yours are 3 or more apart."), gap=3),
    Rule("not_safe", "low_or_alert", (12,),
         N_("The young person scored 3 or less for feeling safe, or said they don't feel safe. Talk to your "
            "supervisor."), at_most=3),
)  # fmt: skip


@dataclass(frozen=True)
class Prompt:
    rule: Rule
    key: str  # what made it true: dismissing it hides this one, not a later one

    @property
    def text(self) -> Text:
        aims = ", ".join(str(n) for n in self.rule.aims)
        return T("💡 {why} Aims that may help: {aims}.", why=Text(self.rule.why), aims=Text.as_written(aims))


def check(rule: Rule, shared: Sequence[SharedAnswer], members: Sequence[Member], now: datetime) -> str | None:
    """The key of the prompt ``rule`` raises for this case now, or None."""
    if rule.kind == "quiet":
        for m in members:
            if m.role != Role.YOUNG_PERSON:
                continue
            theirs = [aware(a.created_at) for a in shared if a.role == m.role and a.number == m.number]
            last = max(theirs, default=aware(m.joined_at))
            if now - last >= timedelta(days=rule.days):
                return f"{m.number}:{last.date()}"
    if rule.kind == "flat_or_falling":
        by_parent: dict[int, list[int]] = {}
        for s in answers.scores(shared, topics.CHECKIN):
            by_parent.setdefault(s.answer.number, []).append(s.number)
        for number, scores in by_parent.items():
            recent = scores[-rule.last :]
            if len(recent) == rule.last and all(b <= a for a, b in pairwise(recent)):
                return f"{number}:{len(scores)}"
    if rule.kind == "apart":
        parents = answers.scores(shared, topics.CHECKIN)
        mine = answers.scores(shared, topics.WORKER_SCORE)
        if parents and mine:
            latest: dict[int, answers.Scored] = {s.answer.number: s for s in parents}
            for number, s in latest.items():
                if abs(s.number - mine[-1].number) >= rule.gap:
                    return f"{number}:{s.answer.id}:{mine[-1].answer.id}"
    if rule.kind == "low_or_alert":
        low = [s for s in answers.scores(shared, topics.SAFETY_SCALE) if s.number <= rule.at_most]
        alerts = [a for a in shared if a.topic == topics.ALERT_UNSAFE]
        found = [*(s.answer for s in low), *alerts]
        if found:
            return str(max(a.id for a in found))
    return None


def prompts(shared: Sequence[SharedAnswer], members: Sequence[Member], now: datetime | None = None) -> list[Prompt]:
    """The prompts that show now: rules that hold, less those the worker dismissed."""
    now = now or datetime.now(UTC)
    dismissed = {(a.value, str(a.data.get("key"))) for a in shared if a.topic == DISMISSED}
    found = []
    for rule in RULES:
        key = check(rule, shared, members, now)
        if key is not None and (rule.id, key) not in dismissed:
            found.append(Prompt(rule, key))
    return found
