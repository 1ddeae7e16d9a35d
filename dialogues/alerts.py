"""An alert after it is raised: the worker's "✋ I'm on it", the words of an escalated alert, and the
lines a case card shows about its alerts.

"I'm on it" is a command button (``/onit <alert id>``), so it works from wherever the worker's own
conversation stands; the case card has one too for each alert nobody has taken yet. The first press takes
the alert: the person who raised it is told, kindly and in their language, that their worker has seen it,
and everyone else it reached is told who is on it. A later press changes nothing and says who has it.
Storage is reached through the casebook port (``turn.book``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dialogues.casebook import AlertView
from dialogues.engine import Choice, Dialogue, Notify, Reply, Role, Turn
from dialogues.messages import N_, T, Text

ON_IT_COMMAND = "onit"
ON_IT = T("✋ I'm on it")
NOT_YOUR_ALERT = T("I could not find that alert among yours. It may be for a case you no longer work on.")

SOMEONE: dict[str, Text] = {
    "young_person": T("a young person"),
    "parent": T("a parent or carer"),
    "network": T("someone in the safety network"),
}
SOMEONE_ELSE = T("someone")

# How an alert was raised (the ``how`` that `dialogues.safety.alert` is given), as its line on the case card.
HOW: dict[str, str] = {
    "button": N_('⚠️ Alert {number}, {date}: {someone} pressed "I don\'t feel safe right now".'),
    "command": N_("⚠️ Alert {number}, {date}: {someone} used /unsafe."),
    "words": N_("⚠️ Alert {number}, {date}: {someone} wrote words that sound unsafe."),
    "scale0": N_("⚠️ Alert {number}, {date}: {someone} said they feel 0 out of 10 safe at home."),
}
# A parent's or carer's, or a safety network member's, help is "I need help now" (or /needhelp), not a
# young person's "I don't feel safe right now".
HOW_ADULT: dict[str, str] = {
    "button": N_('⚠️ Alert {number}, {date}: {someone} pressed "I need help now".'),
    "command": N_("⚠️ Alert {number}, {date}: {someone} used /needhelp."),
}
ADULTS = ("parent", "network")
HOW_ELSE = N_("⚠️ Alert {number}, {date}: {someone} asked for help.")


def how_raised(alert: AlertView) -> Text:
    """An alert's first line on the case card: its number, when, who (by role) and how they raised it."""
    forms = {**HOW, **HOW_ADULT} if alert.role in ADULTS else HOW
    someone = SOMEONE.get(alert.role, SOMEONE_ELSE)
    return Text(forms.get(alert.how, HOW_ELSE), {"number": alert.id, "date": alert.raised_at, "someone": someone})


def escalation_text(role: str, label: str, raised_at: datetime, workers: Sequence[str], in_case: bool) -> Text:
    """An alert nobody has said they are on, for a worker of the case or a duty worker from outside it
    (who is told the case's label and its workers' names; nobody is ever told the person's own words)."""
    someone = SOMEONE.get(role, SOMEONE_ELSE)
    if in_case:
        return T(
            '⚠️ Urgent, and nobody has said they are on it yet: {someone} in "{label}" may not be safe '
            "(raised {date}). Please contact them, or follow your safeguarding steps, now.",
            someone=someone,
            label=Text.as_written(label),
            date=raised_at,
        )
    return T(
        '⚠️ Urgent, for the duty worker: {someone} in the case "{label}" may not be safe, and none of its '
        "workers has said they are on it (raised {date}). Its workers: {workers}. Please follow your "
        "safeguarding steps now.",
        someone=someone,
        label=Text.as_written(label),
        date=raised_at,
        workers=Text.as_written(", ".join(workers)) if workers else T("none"),
    )


def seen_by(role: str, worker: Text) -> Text:
    """What the person who raised an alert is told when a worker takes it: a young person in words a child
    reads easily; a parent or carer, or someone in the safety network, as an adult."""
    if role in ("parent", "network"):
        return T("{worker} has seen your message and will be in touch to help.", worker=worker)
    return T("{worker} has seen your message and will help.", worker=worker)


class OnIt(Dialogue):
    """``/onit <alert id>``: the button on an urgent alert. Leaves the worker where they were."""

    name = "onit"
    states = ("done",)
    command = ON_IT_COMMAND
    takes_argument = True
    roles = frozenset({Role.WORKER})

    def transitions(self) -> list[dict[str, Any]]:
        return []

    def ask_done(self, turn: Turn) -> list[Reply]:
        return []

    def on_open(self, turn: Turn) -> None:
        argument = turn.input.argument.strip()
        turn.finish()
        if not argument.isdigit():
            turn.say(NOT_YOUR_ALERT)
            return
        take_alert(turn, int(argument))


def take_alert(turn: Turn, alert_id: int) -> None:
    """A worker says "I'm on it" to alert ``alert_id``: from the urgent message's button (``/onit``) or from
    the case card's. Storage checks that the alert is one they may take (a worker of its case, or a duty
    worker it reached). The first press takes it: the person who raised it is told, and everyone else it
    reached is told who is on it; a later press changes nothing and says who has it."""
    taken = turn.book.acknowledge(alert_id)
    if taken is None:
        turn.say(NOT_YOUR_ALERT)
        return
    name = Text.as_written(taken.by_name)
    label = Text.as_written(taken.case_label)
    if not taken.first:
        if taken.by_me:
            turn.say(T("You already said you are on this alert, at {date}. Thank you.", date=taken.at))
        else:
            turn.say(
                T("{worker} is already on this alert, since {date}. Thank you for checking.", worker=name,
                  date=taken.at)
            )  # fmt: skip
        return
    if taken.others:
        turn.say(T('Thank you. You are on the alert from "{label}". I have told the others.', label=label))
    else:
        turn.say(T('Thank you. You are on the alert from "{label}".', label=label))
    if taken.raised_by is not None:
        turn.effect(Notify(taken.raised_by, seen_by(taken.role, name)))
    for other in taken.others:
        told = T('✋ {worker} is on the alert from "{label}" (raised {date}).', worker=name, label=label,
                 date=taken.raised_at)  # fmt: skip
        turn.effect(Notify(other, told))


def on_it_choices(found: Sequence[AlertView]) -> tuple[Choice, ...]:
    """The case card's "I'm on it", one for each of its alerts nobody has taken yet, each naming its alert
    (a card may list several); the dialogue showing the card handles their ``onit`` event with
    `take_alert`. They go with the card's own buttons, the ones a person can press now."""
    return tuple(
        Choice(f"{ON_IT_COMMAND}:{alert.id}", T("✋ I'm on it: alert {number}", number=alert.id))
        for alert in found
        if alert.acknowledged_at is None
    )


def alert_lines(found: Sequence[AlertView]) -> list[Reply]:
    """A case card's alerts (open ones, and those of the last week): raised, delivered, acknowledged (one
    nobody has said they are on yet has its "I'm on it" among the card's buttons: `on_it_choices`)."""
    lines: list[Reply] = []
    for alert in found:
        items = [how_raised(alert)]
        for d in alert.deliveries:
            who = Text.as_written(d.name)
            if d.delivered_at is not None:
                items.append(T("• delivered to {worker}, {date}", worker=who, date=d.delivered_at))
            elif d.refused_at is not None:
                items.append(T("• not delivered to {worker}: they have blocked the bot, or left Telegram", worker=who))
            else:
                items.append(T("• not delivered to {worker} yet", worker=who))
        if alert.escalated_at is not None:
            items.append(T("• sent to every worker and the duty workers, {date}", date=alert.escalated_at))
        if alert.acknowledged_at is not None:
            items.append(
                T("• ✋ {worker} is on it, since {date}", worker=Text.as_written(alert.acknowledged_by or ""),
                  date=alert.acknowledged_at)
            )  # fmt: skip
        else:
            items.append(T("• nobody has said they are on it yet"))
        lines.append(Reply(Text.list_of(items)))
    return lines
