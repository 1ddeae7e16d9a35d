"""Scaling progress on the safety plan (Sandwell practice note): the worker sets the safety goal and what 0
and 10 mean, and what each member of the family's safety network will do; parents and carers, and the
safety network, check in between visits; the worker records their own score the same way.

Always 10 first, then 0, then the question. Then: what makes it this number and not 0 (for 0: what would
make it a 1), what one point higher would look like, and, the first time and then at most once a month,
what 10 would look like for the family. Each part is kept as it is given, whole.

A parent's, carer's or network member's every screen carries "🆘 I need help now", and every word
they type is watched: words that sound like danger are kept marked, open their help first and tell the
worker (dialogues/safety.py).
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from typing import Any

from dialogues import answers, topics
from dialogues.answers import aware
from dialogues.casebook import NetworkMember, Plan
from dialogues.engine import Choice, Dialogue, Export, Reply, Role, Turn
from dialogues.messages import T, Text
from dialogues.safety import ParentScreens, alerted, keep_words, unsafe_outside, words_of
from dialogues.shared_view import network_name

PARENTS = frozenset({Role.PARENT, Role.NETWORK})  # who checks in: parents and carers, and the safety network
WORKERS = frozenset({Role.WORKER})
MONTH = timedelta(days=30)
BACK = Choice("back", T("⬅️ Back"))
NETWORK_PARTS = Choice("parts", T("🫂 What the safety network will do"))
SKIP = Choice("skip", T("⏭️ Skip this question"))


def whole_number(words: str) -> int | None:
    """A typed whole number from 0 to 10, or None: "7.5", "seven", "11", "-1" and emoji are not."""
    words = words.strip()
    return int(words) if words.isascii() and words.isdigit() and int(words) <= 10 else None


def ten(plan: Plan | None) -> Text:
    return Text.as_written(plan.ten_means) if plan and plan.ten_means else topics.STANDARD_TEN


def zero(plan: Plan | None) -> Text:
    return Text.as_written(plan.zero_means) if plan and plan.zero_means else topics.STANDARD_ZERO


def number_buttons() -> tuple[Choice, ...]:
    """0 to 10, with 10 first."""
    return tuple(Choice(f"n:{n}", Text.as_written(str(n))) for n in range(10, -1, -1))


class Scaling(Dialogue):
    """The shared steps of a scaling question: number, why not lower, one point higher, what 10 looks like."""

    topic: str = topics.CHECKIN
    states = ("number", "why", "higher", "ten", "end")

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "n", "source": "number", "dest": "why", "before": self.number},
            {"trigger": "text", "source": "number", "dest": None, "after": self.typed_number},
            {"trigger": "text", "source": "why", "dest": "higher", "before": self.reason(answers.WHY)},
            {"trigger": "skip", "source": "why", "dest": "higher"},
            {"trigger": "text", "source": "higher", "dest": "ten", "before": self.reason(answers.HIGHER),
             "after": self.after_higher},
            {"trigger": "skip", "source": "higher", "dest": "ten", "after": self.after_higher},
            {"trigger": "text", "source": "ten", "dest": "end", "before": self.reason(answers.TEN)},
            {"trigger": "skip", "source": "ten", "dest": "end"},
            {"trigger": "back", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
            *self.more(),
        ]  # fmt: skip

    def more(self) -> list[dict[str, Any]]:
        return []

    def plan(self, turn: Turn) -> Plan | None:
        plan: Plan | None = turn.book.plan(turn.slots.get("case_id"))
        return plan

    def ask_number(self, turn: Turn) -> list[Reply]:
        plan = self.plan(turn)
        replies = []
        if plan and plan.goal:
            replies.append(Reply(T("The safety goal: {goal}", goal=Text.as_written(plan.goal))))
        return [
            *replies,
            Reply(T("10 means: {meaning}", meaning=ten(plan))),
            Reply(T("0 means: {meaning}", meaning=zero(plan))),
            Reply(self.question(), (*number_buttons(), BACK)),
        ]

    def question(self) -> Text:
        return T("On a scale from 0 to 10, where are things now?")

    def number(self, event: Any) -> None:
        self.keep_number(event.model, int(event.model.argument))

    def typed_number(self, event: Any) -> None:
        turn: Turn = event.model
        n = None if turn.input.forwarded else whole_number(turn.input.value)  # a forwarded number is not theirs
        if n is None:
            if not unsafe_outside(turn):  # words of harm are kept and open the help: no telling off
                turn.say(T("Please send a whole number from 0 to 10, or tap one of the numbers."))
            return
        self.keep_number(turn, n)
        turn.state = "why"

    def keep_number(self, turn: Turn, n: int) -> None:
        scale = secrets.token_hex(4)  # ties the reasons that follow to this number
        turn.slots.update(n=n, scale=scale)
        turn.keep(self.topic, str(n), case_id=turn.slots.get("case_id"), scale=scale, item=scale)

    def reason(self, part: str) -> Any:
        def keep(event: Any) -> None:
            turn: Turn = event.model
            words = words_of(turn)
            kind = answers.ONE if part == answers.WHY and int(turn.slots.get("n", 0)) == 0 else part
            topic = f"{self.topic}.{kind}"
            keep_words(turn, topic, words, case_id=turn.slots.get("case_id"), scale=turn.slots.get("scale"))
            if kind == answers.WHY and not alerted(turn):  # never praised back: "this is working"
                turn.slots["why"] = words

        return keep

    def ask_why(self, turn: Turn) -> list[Reply]:
        n = int(turn.slots.get("n", 0))
        if n == 0:
            return [Reply(T("What would need to happen for it to be a 1?"), (SKIP,))]
        return [Reply(T("What makes it a {n} and not a 0?", n=n), (SKIP,))]

    def ask_higher(self, turn: Turn) -> list[Reply]:
        if int(turn.slots.get("n", 0)) == 10:
            return [Reply(T("What will help keep it at 10?"), (SKIP,))]
        return [Reply(T("What would need to happen for it to be one point higher?"), (SKIP,))]

    def after_higher(self, event: Any) -> None:
        """Ask what 10 looks like the first time, then at most once a month."""
        turn: Turn = event.model
        if not self.time_for_ten(turn):
            turn.state = "end"

    def time_for_ten(self, turn: Turn) -> bool:
        return False

    def ask_ten(self, turn: Turn) -> list[Reply]:
        return [Reply(T("What would a 10 look like for your family?"), (SKIP,))]


class CheckIn(ParentScreens, Scaling):
    """``/checkin``: a parent or carer scales progress on the safety plan, then sees their progress."""

    name = "checkin"
    command = "checkin"
    roles = PARENTS
    topic = topics.CHECKIN

    def more(self) -> list[dict[str, Any]]:
        return [{"trigger": "progress", "source": "end", "dest": None, "after": show_progress}, self.help_transition()]

    def time_for_ten(self, turn: Turn) -> bool:
        asked = [a.created_at for a in turn.book.mine([f"{topics.CHECKIN}.{answers.TEN}"]) if a.id > 0]
        return not asked or aware(max(asked)) < datetime.now(UTC) - MONTH

    def ask_end(self, turn: Turn) -> list[Reply]:
        scored = answers.scores(turn.book.mine(), topics.CHECKIN)
        lines = [T("• {date}: {number}", date=s.answer.created_at, number=s.number) for s in scored[-5:]]
        replies = [Reply(T("Thank you. Your answers are saved, and your social worker will read them."))]
        why = turn.slots.get("why")
        if why:
            replies.append(Reply(T('You said this is working: "{why}". That matters.', why=Text.as_written(why))))
        return [
            *replies,
            Reply(Text.list_of([T("Your last scores:"), *lines])),
            Reply(T("What next?"), (Choice("progress", T("📈 See my progress chart")), Choice("back", T("🏠 Menu")))),
        ]


def show_progress(event: Any) -> None:
    turn: Turn = event.model
    turn.effect(Export(None, chart_only=True))
    turn.say(T("Here is your progress: your scores over time."))


class MyPlan(ParentScreens):
    """``/plan``: the safety goal, what 0 and 10 mean (and a network member's own part); reminders paused.

    Someone in the safety network reads the goal, what 0 and 10 mean and their own part: nothing anyone
    else wrote, not even another member's part."""

    name = "plan"
    states = ("show",)
    command = "plan"
    roles = PARENTS

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "pause", "source": "show", "dest": None, "after": lambda e: self.pause(e.model, True)},
            {"trigger": "resume", "source": "show", "dest": None, "after": lambda e: self.pause(e.model, False)},
            {"trigger": "checkin", "source": "show", "dest": None, "after": lambda e: e.model.open("checkin")},
            {"trigger": "back", "source": "show", "dest": None, "after": lambda e: e.model.finish()},
            self.help_transition(),
        ]

    def ask_show(self, turn: Turn) -> list[Reply]:
        plan: Plan | None = turn.book.plan()
        goal = Text.as_written(plan.goal) if plan and plan.goal else T("Your social worker has not written it yet.")
        if turn.book.reminders_paused():
            toggle = Choice("resume", T("🔔 Start my reminders again"))
        else:
            toggle = Choice("pause", T("🔕 Pause my reminders"))
        network = turn.who.role is Role.NETWORK  # the family's goal, and their own part of it
        heading = T("The safety goal: {goal}", goal=goal) if network else T("Your safety goal: {goal}", goal=goal)
        return [
            Reply(heading),
            Reply(T("10 means: {meaning}", meaning=ten(plan))),
            Reply(T("0 means: {meaning}", meaning=zero(plan))),
            *([Reply(your_part(turn.book.my_part()))] if network else []),
            Reply(T("What would you like to do?"), (Choice("checkin", T("📏 Check in now")), toggle, BACK)),
        ]

    def pause(self, turn: Turn, paused: bool) -> None:
        if turn.book.pause_reminders(paused):
            turn.say(T("Reminders paused.") if paused else T("Reminders are on again."))


def your_part(member: NetworkMember | None) -> Text:
    """A network member's own part of the safety plan, as their worker wrote it."""
    if member is None or not member.part:
        return T("Your part: your social worker has not written it yet.")
    return T("Your part: {part}", part=Text.as_written(member.part))


class Progress(Dialogue):
    """``/progress``: a parent's scores over time, as a chart."""

    name = "progress"
    states = ("show",)
    command = "progress"
    roles = PARENTS

    def transitions(self) -> list[dict[str, Any]]:
        return [{"trigger": "back", "source": "show", "dest": None, "after": lambda e: e.model.finish()}]

    def on_open(self, turn: Turn) -> None:
        turn.effect(Export(None, chart_only=True))
        turn.say(T("Here is your progress: your scores over time."))
        turn.finish()

    def ask_show(self, turn: Turn) -> list[Reply]:
        return []


# -- the worker's side ---------------------------------------------------------------------------------


class WorkerScore(Scaling):
    """The worker's own score on the case's scale, recorded the same way as everyone's."""

    name = "myscore"
    roles = WORKERS
    topic = topics.WORKER_SCORE

    def question(self) -> Text:
        return T("What is your own score now, from 0 to 10?")

    def ask_end(self, turn: Turn) -> list[Reply]:
        return [Reply(T("Your score and reasons are saved with the case."), (Choice("back", T("⬅️ Back to the case")),))]


class ScaleSetup(Dialogue):
    """The worker writes the safety goal, what 10 means (first) and what 0 means, and sets the rhythm."""

    name = "scalesetup"
    states = ("menu", "goal", "ten", "zero", "rhythm", "visit", "parts", "part")
    roles = WORKERS

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "goal", "source": "menu", "dest": "goal"},
            {"trigger": "text", "source": "goal", "dest": "ten", "before": self.setter("goal")},
            {"trigger": "keep", "source": "goal", "dest": "ten"},
            {"trigger": "text", "source": "ten", "dest": "zero", "before": self.setter("ten_means")},
            {"trigger": "standard", "source": "ten", "dest": "zero", "before": self.standard("ten_means")},
            {"trigger": "keep", "source": "ten", "dest": "zero"},
            {"trigger": "text", "source": "zero", "dest": "menu", "before": self.setter("zero_means")},
            {"trigger": "standard", "source": "zero", "dest": "menu", "before": self.standard("zero_means")},
            {"trigger": "keep", "source": "zero", "dest": "menu"},
            {"trigger": "rhythm", "source": "menu", "dest": "rhythm"},
            {"trigger": "every", "source": "rhythm", "dest": "menu", "before": self.every},
            {"trigger": "visit", "source": "rhythm", "dest": "visit"},
            {"trigger": "text", "source": "visit", "dest": None, "after": self.visit_date},
            {"trigger": "score", "source": "menu", "dest": None, "after": self.score},
            {"trigger": "parts", "source": "menu", "dest": "parts"},
            {"trigger": "part", "source": "parts", "dest": "part", "before": self.pick_part},
            {"trigger": "text", "source": "part", "dest": "parts", "before": self.write_part},
            {"trigger": "menu", "source": ["parts", "part"], "dest": "menu"},
            {"trigger": "back", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
        ]

    def _plan(self, turn: Turn) -> Plan | None:
        plan: Plan | None = turn.book.plan(turn.slots.get("case_id"))
        return plan

    def ask_menu(self, turn: Turn) -> list[Reply]:
        plan = self._plan(turn)
        if plan is None:
            return [Reply(T("That is not one of your cases, or it has closed."), (BACK,))]
        goal = Text.as_written(plan.goal) if plan.goal else T("not written yet")
        rhythm = {
            "weekly": T("every week"),
            "fortnightly": T("every two weeks"),
            "visit": T("the day before the visit on {date}", date=plan.visit_on or date.today()),
        }.get(plan.rhythm, T("no reminders"))
        return [
            Reply(T("The safety goal: {goal}", goal=goal)),
            Reply(T("10 means: {meaning}", meaning=ten(plan))),
            Reply(T("0 means: {meaning}", meaning=zero(plan))),
            Reply(T("Check-in reminders for parents, carers and the safety network: {rhythm}", rhythm=rhythm)),
            Reply(
                T("What would you like to do?"),
                (
                    Choice("goal", T("✏️ Write the goal and what 0 and 10 mean")),
                    Choice("rhythm", T("⏰ Set the check-in reminders")),
                    Choice("score", T("🔢 Record my own score")),
                    *((NETWORK_PARTS,) if turn.book.network(plan.case_id) else ()),
                    Choice("back", T("⬅️ Back to the case")),
                ),
            ),
        ]

    # -- the safety network's parts ---------------------------------------------------------------

    def ask_parts(self, turn: Turn) -> list[Reply]:
        members = turn.book.network(turn.slots.get("case_id")) or ()
        lines = [
            T("• {member}: {part}", member=network_name(m.number, m.name, m.relationship),
              part=Text.as_written(m.part) if m.part else T("not written yet"))
            for m in members
        ]  # fmt: skip
        buttons = tuple(Choice(f"part:{m.membership_id}", T("✏️ {name}", name=Text.as_written(m.name))) for m in members)
        return [
            Reply(Text.list_of([T("What each person in the safety network will do:"), *lines])),
            Reply(T("Whose part shall I write? They will see their own part, and nobody else's."),
                  (*buttons, Choice("menu", T("⬅️ Back")))),
        ]  # fmt: skip

    def pick_part(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots["member"] = int(turn.argument)

    def ask_part(self, turn: Turn) -> list[Reply]:
        members = turn.book.network(turn.slots.get("case_id")) or ()
        found = [m for m in members if m.membership_id == turn.slots.get("member")]
        if not found:
            return [Reply(T("They are no longer in this case."), (Choice("menu", T("⬅️ Back")),))]
        return [
            Reply(T("What will {name} do in the safety plan? Write it in plain words they will understand.",
                    name=Text.as_written(found[0].name)), (Choice("menu", T("⬅️ Back")),)),
        ]  # fmt: skip

    def write_part(self, event: Any) -> None:
        turn: Turn = event.model
        if turn.book.set_part(turn.slots.get("case_id"), int(turn.slots.get("member", 0)), turn.input.value):
            turn.say(T("Saved."))

    def ask_goal(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T("Write the safety goal in plain words the family will understand. Say who will do what "
                    "(not how), who will see it, and for how long.")),
            Reply(T("For example: \"Mum and Dad will make sure that Ella is always looked after by a sober adult. "
                    "Nan and the school will see this, for the next six months.\""),
                  (Choice("keep", T("Keep it as it is")), BACK)),
        ]  # fmt: skip

    def ask_ten(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T("What does 10 mean for this family? Write it, or use the usual words: \"{standard}\"",
                    standard=topics.STANDARD_TEN),
                  (Choice("standard", T("Use the usual words")), Choice("keep", T("Keep it as it is")), BACK)),
        ]  # fmt: skip

    def ask_zero(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T("And what does 0 mean? Write it, or use the usual words: \"{standard}\"",
                    standard=topics.STANDARD_ZERO),
                  (Choice("standard", T("Use the usual words")), Choice("keep", T("Keep it as it is")), BACK)),
        ]  # fmt: skip

    def setter(self, field: str) -> Any:
        def set_it(event: Any) -> None:
            turn: Turn = event.model
            turn.book.set_plan(turn.slots.get("case_id"), **{field: turn.input.value.strip()})

        return set_it

    def standard(self, field: str) -> Any:
        def set_it(event: Any) -> None:
            turn: Turn = event.model
            turn.book.set_plan(turn.slots.get("case_id"), **{field: ""})  # empty: the usual words are shown

        return set_it

    def ask_rhythm(self, turn: Turn) -> list[Reply]:
        return [
            Reply(
                T("How often should parents, carers and the safety network be reminded to check in? No reminder is "
                  "sent between 9pm and 8am."),
                (Choice("every:weekly", T("Every week")), Choice("every:fortnightly", T("Every two weeks")),
                 Choice("visit", T("The day before a visit")), Choice("every:off", T("No reminders")), BACK),
            )
        ]  # fmt: skip

    def every(self, event: Any) -> None:
        turn: Turn = event.model
        turn.book.set_plan(turn.slots.get("case_id"), rhythm=turn.argument)
        turn.say(T("Saved."))

    def ask_visit(self, turn: Turn) -> list[Reply]:
        return [Reply(T("What is the date of the visit? For example 14/03/2027."), (BACK,))]

    def visit_date(self, event: Any) -> None:
        turn: Turn = event.model
        visit = parse_date(turn.input.value)
        if visit is None or visit <= date.today():
            turn.say(T("Please send a date still to come, as day/month/year, for example 14/03/2027."))
            return
        turn.book.set_plan(turn.slots.get("case_id"), rhythm="visit", visit_on=visit)
        turn.say(T("Saved. Parents, carers and the safety network will be reminded the day before {date}.", date=visit))
        turn.state = "menu"

    def score(self, event: Any) -> None:
        turn: Turn = event.model
        turn.open("myscore", slots={"case_id": turn.slots.get("case_id")})


def parse_date(words: str) -> date | None:
    """A date written day/month/year (14/03/2027, 14-3-2027 or 14.3.27), or None."""
    parts = [p for p in words.strip().replace("-", "/").replace(".", "/").split("/") if p]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None
