"""``/guide`` and ``/whatif``: the workers' practice guide, from the Signs of Safety programme theory
(What Works Centre for Children's Social Care and CASCADE).

Part 1 holds aims 1 to 8, Part 2 aims 9 to 12. Each aim shows what you are aiming for and its signs of
success; "What if the signs of success aren't there?" gives the guidance, point by point, and every "see
aim N" of the source is a button. From a case card the worker can check an aim: tick the signs they see,
get the prompts for each missing one, and the check is saved to the case (no score: it is a prompt for
reflection, not a tick list). A worker can also describe a problem in their own words.
"""

from __future__ import annotations

from typing import Any

from dialogues import topics
from dialogues.content import programme_theory as pt
from dialogues.engine import Choice, Dialogue, Reply, Role, Turn
from dialogues.messages import T, Text
from dialogues.whatif import explain, match

WORKERS = frozenset({Role.WORKER})
HOME = Choice("home", T("🧭 Guide home"))
MENU = Choice("menu", T("🏠 Menu"))


def aim_label(aim: pt.Aim) -> Text:
    return T("Aim {number}: {title}", number=aim.number, title=Text(aim.title))


def part_label(part: pt.Part) -> Text:
    return T("Part {number}: {title}", number=part.number, title=Text(part.title))


def point_text(point: pt.ChallengePoint) -> Text:
    """A point of guidance. Its cross-references are buttons under it (`Guide.cross_references`), so they
    are not named again after it."""
    return T("• {point}", point=Text(point.text))


def missing_prompts(aim: pt.Aim, missing: list[str]) -> list[Text]:
    """The signs not there, then each point of guidance that answers any of them, once (one point often
    answers several signs)."""
    signs = [T("Not there yet: {sign}", sign=Text(s.text)) for s in aim.signs if s.id in missing]
    points = [point_text(p) for p in aim.challenges if set(p.signs) & set(missing)]
    return [*signs, *points]


class Guide(Dialogue):
    """The practice guide: parts, aims, what to do if the signs are not there, checks, own-words questions."""

    name = "guide"
    states = ("home", "part", "aim", "whatif", "check", "checked", "ask", "answer")
    command = "guide"
    takes_argument = True
    roles = WORKERS

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "home", "source": "*", "dest": "home"},
            {"trigger": "menu", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
            {"trigger": "part", "source": "*", "dest": "part", "before": self.set_part},
            {"trigger": "aim", "source": "*", "dest": "aim", "before": self.set_aim},
            {"trigger": "whatif", "source": "aim", "dest": "whatif"},
            {"trigger": "check", "source": "aim", "dest": "check", "before": self.start_check},
            {"trigger": "tick", "source": "check", "dest": "check", "before": self.tick},
            {"trigger": "done", "source": "check", "dest": "checked", "before": self.save_check},
            {"trigger": "ask", "source": "home", "dest": "ask"},
            {
                "trigger": "cards",
                "source": "home",
                "dest": None,
                "after": lambda e: e.model.open("cards", slots={"case_id": e.model.slots.get("case_id")}),
            },
            {"trigger": "text", "source": ["ask", "answer"], "dest": "answer", "before": self.ask_words},
        ]

    def on_open(self, turn: Turn) -> None:
        """``/whatif`` opens straight at the question; ``/whatif <words>`` answers them."""
        if turn.input.value == "whatif":
            turn.state = "ask"
            words = turn.input.argument.strip()
            if words:
                turn.slots["problem"] = words[:500]
                turn.state = "answer"

    # -- browsing

    def ask_home(self, turn: Turn) -> list[Reply]:
        replies = [Reply(Text(pt.INTRO)), Reply(Text(pt.SOURCE_CREDIT))]
        if turn.slots.get("case_id"):
            replies.append(Reply(T("Pick an aim to check for this case.")))
        parts = tuple(Choice(f"part:{p.number}", part_label(p)) for p in pt.PARTS)
        ask = Choice("ask", T("💬 Ask in your own words"))
        cards = Choice("cards", T("📚 Reference cards and drafting helpers"))
        return [*replies, Reply(T("Where would you like to start?"), (*parts, ask, cards, MENU))]

    def set_part(self, event: Any) -> None:
        event.model.slots["part"] = int(event.model.argument)

    def ask_part(self, turn: Turn) -> list[Reply]:
        part = next(p for p in pt.PARTS if p.number == turn.slots.get("part", 1))
        aims = tuple(Choice(f"aim:{a.number}", aim_label(a)) for a in pt.AIMS if a.part == part.number)
        return [Reply(part_label(part)), Reply(Text(part.summary), (*aims, HOME))]

    def set_aim(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots["aim"] = int(turn.argument)
        turn.slots["part"] = pt.aim(int(turn.argument)).part

    def ask_aim(self, turn: Turn) -> list[Reply]:
        aim = pt.aim(turn.slots["aim"])
        signs = Text.list_of([T("Signs of success:"), *(T("• {sign}", sign=Text(s.text)) for s in aim.signs)])
        choices = [Choice("whatif", T("❓ What if the signs of success aren't there?"))]
        if turn.slots.get("case_id"):
            choices.append(Choice("check", T("☑️ Check this aim for the case")))
        back = Choice(f"part:{aim.part}", T("⬅️ Part {number}", number=aim.part))
        return [
            Reply(aim_label(aim)),
            Reply(T("What you are aiming for: {aim}", aim=Text(aim.aim))),
            Reply(signs, (*choices, back, HOME)),
        ]

    def ask_whatif(self, turn: Turn) -> list[Reply]:
        aim = pt.aim(turn.slots["aim"])
        lines = [T("If the signs of success for aim {number} aren't there:", number=aim.number)]
        lines += [point_text(p) for p in aim.challenges]
        return [Reply(Text.list_of(lines), (*self.cross_references(aim), self.back_to(aim), HOME))]

    def cross_references(self, aim: pt.Aim) -> tuple[Choice, ...]:
        aims = sorted({n for p in aim.challenges for n in p.see_aims})
        parts = sorted({p.see_part for p in aim.challenges if p.see_part is not None})
        return (
            *(Choice(f"aim:{n}", T("➡️ {aim}", aim=aim_label(pt.aim(n)))) for n in aims),
            *(Choice(f"part:{n}", T("➡️ Part {number}", number=n)) for n in parts),
        )

    def back_to(self, aim: pt.Aim) -> Choice:
        return Choice(f"aim:{aim.number}", T("⬅️ Back to aim {number}", number=aim.number))

    # -- checking an aim for a case

    def start_check(self, event: Any) -> None:
        event.model.slots["seen"] = []

    def ask_check(self, turn: Turn) -> list[Reply]:
        aim = pt.aim(turn.slots["aim"])
        seen = turn.slots.get("seen", [])
        buttons = [
            Choice(f"tick:{s.id}", T("{box} {sign}", box="☑️" if s.id in seen else "⬜", sign=Text(s.id)))
            for s in aim.signs
        ]
        lines = [T("{id}: {sign}", id=s.id, sign=Text(s.text)) for s in aim.signs]
        return [
            Reply(T("Which signs of success do you see in this case? Tap each one you see, then Done.")),
            Reply(Text.list_of(lines), (*buttons, Choice("done", T("✅ Done")), self.back_to(aim))),
        ]

    def tick(self, event: Any) -> None:
        turn: Turn = event.model
        seen = list(turn.slots.get("seen", []))
        sign = turn.argument
        turn.slots["seen"] = [s for s in seen if s != sign] if sign in seen else [*seen, sign]

    def save_check(self, event: Any) -> None:
        turn: Turn = event.model
        aim = pt.aim(turn.slots["aim"])
        seen = [s.id for s in aim.signs if s.id in turn.slots.get("seen", [])]
        missing = [s.id for s in aim.signs if s.id not in seen]
        turn.slots["missing"] = missing
        turn.keep(topics.AIM_CHECK, str(aim.number), case_id=turn.slots.get("case_id"), seen=seen, missing=missing)

    def ask_checked(self, turn: Turn) -> list[Reply]:
        aim = pt.aim(turn.slots["aim"])
        missing = turn.slots.get("missing", [])
        saved = T("Saved to the case, with today's date, for supervision.")
        if not missing:
            body = Text.list_of([saved, T("You see every sign of success for this aim.")])
        else:
            body = Text.list_of([saved, *missing_prompts(aim, missing)])
        return [Reply(body, (*self.cross_references(aim), self.back_to(aim), HOME, MENU))]

    # -- in your own words

    def ask_ask(self, turn: Turn) -> list[Reply]:
        return [
            Reply(
                T("Describe what is getting in the way, in your own words. For example: \"the parents won't talk "
                  "to me\" or \"the child won't open up\"."),
                (HOME,),
            )
        ]  # fmt: skip

    def ask_words(self, event: Any) -> None:
        event.model.slots["problem"] = event.model.input.value.strip()[:500]

    def ask_answer(self, turn: Turn) -> list[Reply]:
        problem = turn.slots.get("problem", "")
        found = match(problem, turn.who.locale)
        if not found:
            return [Reply(T("I could not match that to an aim. Try other words, or browse the guide."), (HOME, MENU))]
        said = explain(problem, turn.who.locale)  # each concept's words as the worker typed them
        lines = [T("These aims may help:")]
        for m in found:
            # their own words, never the concept's name ("mum, dad", not "parents", which they did not say)
            typed = dict.fromkeys(words for concept in m.because for words in said.get(concept, ()))
            because = Text.as_written(", ".join(typed) or ", ".join(m.because))
            lines.append(T("• {aim}, because you said: {words}", aim=aim_label(pt.aim(m.aim)), words=because))
        buttons = tuple(Choice(f"aim:{m.aim}", aim_label(pt.aim(m.aim))) for m in found)
        return [Reply(Text.list_of(lines)), Reply(T("Or write another question."), (*buttons, HOME, MENU))]


class WhatIf(Guide):
    """``/whatif``: the guide, opened at "ask in your own words"."""

    name = "whatif"
    command = "whatif"

    @property
    def initial(self) -> str:
        """At the question, from the worker's menu too (the typed command goes there in `on_open`)."""
        return "ask"
