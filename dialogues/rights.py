"""A person's own rights (ICO Children's code, standard 15): ``/mydata`` sends them a copy of everything they
shared themselves and says when others read it and who (by role and day); ``/forget`` forgets someone in
no open case after they confirm, and tells someone in an open case, in plain words, that what they shared
is part of their social care record, and tells their worker that they asked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from dialogues import topics
from dialogues.engine import Choice, Dialogue, Forget, MyData, Notify, Reply, Role, Turn
from dialogues.messages import Day, T, Text
from dialogues.shared_view import person_name, with_media

# -- /mydata -------------------------------------------------------------------------------------------

MY_DATA_SENT = T(
    "Here is a copy of everything you have told me. The PDF is for you to read. "
    "The other file has the same things, for a computer."
)
NOBODY_READ = T("Nobody else has read what you shared yet.")
WHO_READ = T("When other people read what you shared:")

# what a reading was, by who did it and what they did
READ_LINES: dict[tuple[str, str], Text] = {
    ("worker", "read"): T("Your social worker read what you shared on {day}."),
    ("worker", "export"): T("Your social worker saved a copy of what you shared for your records on {day}."),
    ("worker", "chart"): T("Your social worker looked at your numbers on a chart on {day}."),
    ("administrator", "read"): T("Someone at your council read what you shared on {day}."),
    ("administrator", "export"): T("Someone at your council saved a copy of what you shared on {day}."),
    ("administrator", "chart"): T("Someone at your council read what you shared on {day}."),
}


class Reading(Protocol):
    by: str  # "worker" or "administrator"
    action: str  # "read", "export" or "chart"
    at: datetime


class OwnAnswer(Protocol):
    topic: str
    value: str
    data: dict[str, Any]
    created_at: datetime


def reading_lines(readings: Sequence[Reading]) -> list[Text]:
    """One line for each kind of reading on each day, oldest first: "Your social worker read what you
    shared on Tuesday 3 December." (several readings of one kind on one day make one line)."""
    seen: dict[tuple[str, str, Any], Text] = {}
    for r in readings:
        key = (r.by, r.action, r.at.date())
        if key not in seen and (r.by, r.action) in READ_LINES:
            seen[key] = Text(READ_LINES[(r.by, r.action)].msgid, {"day": Day(r.at)})
    return list(seen.values())


class MyDataDialogue(Dialogue):
    """``/mydata``: a copy of everything the person shared themselves, and when others read it."""

    name = "mydata"
    states = ("done",)
    command = "mydata"

    def transitions(self) -> list[dict[str, Any]]:
        return []

    def ask_done(self, turn: Turn) -> list[Reply]:
        return []

    def on_open(self, turn: Turn) -> None:
        turn.effect(MyData())
        turn.say(MY_DATA_SENT)
        lines = reading_lines(turn.book.readings())
        turn.say(Text.list_of([WHO_READ, *lines]) if lines else NOBODY_READ)
        turn.finish()


@dataclass(frozen=True)
class Section:
    """A part of the person's copy: a heading in plain words, and each thing they said, with when."""

    heading: Text
    lines: tuple[tuple[datetime, Text], ...]


# the parts of a person's copy, in order: the topics each holds (a scale's reasons go with its number)
PARTS: tuple[tuple[Text, tuple[str, ...]], ...] = (
    (T("Your house of good things"), (topics.HOUSE_GOOD,)),
    (T("Your house of worries"), (topics.HOUSE_WORRIES,)),
    (T("Your house of dreams"), (topics.HOUSE_DREAMS,)),
    (T("Your wishes"), (topics.WIZARD_WISH,)),
    (T("How safe you felt, from 0 to 10"), (topics.SAFETY_SCALE,)),
    (T("Your safety people"), (topics.SAFETY_PERSON, topics.SAFETY_PERSON_HOW)),
    (T("Your check-ins, from 0 to 10"), (topics.CHECKIN,)),
    (T("Your own scores, from 0 to 10"), (topics.WORKER_SCORE,)),
    (T("Times your social worker was told straight away"), (topics.ALERT_UNSAFE,)),
    (T("Other things you told me"), (topics.SAID_OUTSIDE,)),
)
REASONS = {
    "why": T("Why it was not lower: {words}"),
    "higher": T("What one number higher would look like: {words}"),
    "ten": T("What 10 would look like: {words}"),
    "one": T("What would make it a 1: {words}"),
}
OTHERS = T("Other things you shared")
# why the worker was told at once, as it was (a parent's "I need help now" is not "I did not feel safe")
ALERT_LINES = {
    "button": T("You pressed the button to get help now."),
    "command": T("You asked for help now."),
    "words": T("Something you wrote sounded unsafe, so I told your social worker."),
    "scale0": T("You said 0 out of 10 for how safe you feel, so I told your social worker."),
}


def _base(topic: str) -> str:
    base, _, part = topic.rpartition(".")
    return base if part in REASONS and base else topic


def _line(answer: OwnAnswer, items: dict[str, str]) -> Text:
    """One thing the person said, in plain words (every version: what they changed and took out too)."""
    words = Text.as_written(answer.value)
    part = answer.topic.rpartition(".")[2]
    if answer.topic != _base(answer.topic):
        return Text(REASONS[part].msgid, {"words": words})
    change, item = answer.data.get("change"), str(answer.data.get("item", ""))
    if change == "remove":
        return T("You took this out: {words}", words=Text.as_written(items.get(item, "")))
    if item:
        items[item] = answer.value
    if change == "edit":
        return T("You changed it to: {words}", words=words)
    if answer.topic == topics.SAFETY_PERSON_HOW:
        return T("How they help: {words}", words=words)
    if answer.topic in (topics.SAFETY_SCALE, *topics.SCALES) and answer.value.isdigit():
        return T("{number} out of 10", number=int(answer.value))
    if answer.topic == topics.ALERT_UNSAFE and not answer.value:
        return ALERT_LINES.get(str(answer.data.get("how")), ALERT_LINES["button"])
    if answer.data.get("forwarded"):
        return T("You sent me someone else's message: {words}", words=words)
    return with_media(words, answer.value, answer.data)  # a picture or voice note: named, with its caption


def my_sections(answers: Sequence[OwnAnswer]) -> list[Section]:
    """The person's copy, part by part, oldest first within each: only the parts they said something in."""
    known = {topic: n for n, (_, held) in enumerate(PARTS) for topic in held}
    lines: dict[int, list[tuple[datetime, Text]]] = {}
    items: dict[str, str] = {}
    for answer in answers:
        if answer.topic == topics.PROMPT_DISMISSED:
            continue  # a worker's button press, not their words
        part = known.get(_base(answer.topic), len(PARTS))
        lines.setdefault(part, []).append((answer.created_at, _line(answer, items)))
    headings = [heading for heading, _ in PARTS] + [OTHERS]
    return [Section(headings[n], tuple(lines[n])) for n in sorted(lines)]


# -- /forget -------------------------------------------------------------------------------------------

FORGET_IN_CASE = T(
    "What you shared here is now part of your social care record, so I can't delete it. "
    "Your social worker can talk it through with you. I have told them you asked."
)
FORGET_WORKER = T(
    "You are registered here as a social worker. What you wrote is part of your cases' records. "
    "Your administrator can take you off Safety Companion."
)
FORGET_DONE = T("Done. I have forgotten you. If you send me a message again, I will not know who you are.")
FORGET_KEPT = T("OK. I have not deleted anything.")


class ForgetDialogue(Dialogue):
    """``/forget``: forget me. Someone in no open case is forgotten at once after they confirm; someone in
    an open case is told their words are part of their record, and their worker is told they asked."""

    name = "forget"
    states = ("confirm",)
    command = "forget"

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "forget", "source": "confirm", "dest": None, "after": self.forget},
            {"trigger": "keep", "source": "confirm", "dest": None, "after": self.keep},
        ]

    def on_open(self, turn: Turn) -> None:
        if turn.who.role is Role.WORKER:
            turn.say(FORGET_WORKER)
            turn.finish()
            return
        asked = turn.book.asked_to_forget()
        if asked is None:
            return  # in no open case: ask first
        _case_id, number, label, workers = asked
        turn.say(FORGET_IN_CASE)
        who = person_name(turn.who.role or "", number)
        for telegram_id in workers:
            turn.effect(
                Notify(
                    telegram_id,
                    T(
                        '{who} in "{label}" asked me to delete what they shared (/forget). It is part of their '
                        "record, so nothing was deleted. Please talk it through with them.",
                        who=who,
                        label=Text.as_written(label),
                    ),
                )
            )
        turn.finish()

    def ask_confirm(self, turn: Turn) -> list[Reply]:
        what = T(
            "Do you want me to forget you? I will delete everything I keep about you: your language, "
            "where we were in our chat, and anything you told me while you were not in a case. "
            "This can't be undone."
        )
        replies = [Reply(what)]
        if turn.book.shared_in_a_case():
            replies.append(
                Reply(
                    T(
                        "What you shared while you were in a case stays with that case's record "
                        "at your council. I can't delete that part."
                    )
                )
            )
        choices = (Choice("forget", T("🗑️ Yes, forget me")), Choice("keep", T("Not now")))
        return [*replies[:-1], Reply(replies[-1].text, choices)]

    def forget(self, event: Any) -> None:
        turn: Turn = event.model
        turn.effect(Forget())
        turn.say(FORGET_DONE)
        turn.finish()

    def keep(self, event: Any) -> None:
        turn: Turn = event.model
        turn.say(FORGET_KEPT)
        turn.finish()
