"""Reference cards for workers (the three columns, how to scale, reflective questions for supervision,
what good practice feels like) and two helpers that assemble a plain-language draft: a danger statement
and a safety goal. Content is in `dialogues.content.practice_cards`, restated from the Leicestershire
practice framework, the Sandwell practice note and a local Signs of Safety charter (credited)."""

from __future__ import annotations

import string
from typing import Any

from dialogues.content import practice_cards as pc
from dialogues.engine import Choice, Dialogue, Reply, Role, SetGoal, Turn
from dialogues.messages import T, Text

WORKERS = frozenset({Role.WORKER})
BACK = Choice("list", T("⬅️ All cards"))
MENU = Choice("menu", T("🏠 Menu"))


def _bullets(items: tuple[str, ...]) -> list[Text]:
    return [T("• {point}", point=Text(item)) for item in items]


def three_columns() -> list[Text]:
    card = pc.THREE_COLUMNS
    sections = [Text.list_of([Text(card.title), Text(card.intro), Text(card.heading)])]
    for column in card.columns:
        entries = [T("• {name}: {meaning}", name=Text(e.name), meaning=Text(e.meaning)) for e in column.entries]
        sections.append(Text.list_of([Text(column.question), Text(column.summary), *entries, *_bullets(column.tips)]))
    scale = card.scale
    sections.append(Text.list_of([Text(scale.title), Text(scale.question), Text(scale.ten), Text(scale.zero),
                                  *_bullets(scale.points)]))  # fmt: skip
    sections.append(Text.list_of(_bullets(card.points)))
    return sections


EXAMPLE = {"number": 6, "next": 7}  # a step's question shown as it would be asked at 6


def how_to_scale() -> list[Text]:
    card = pc.HOW_TO_SCALE
    steps = []
    for n, step in enumerate(card.steps, 1):
        steps.append(T("{n}. {title}: {text}", n=n, title=Text(step.title), text=Text(step.text)))
        if step.question:
            names = {name for _, name, _, _ in string.Formatter().parse(step.question) if name}
            example = Text(step.question, {name: EXAMPLE.get(name, "…") for name in names})
            steps.append(T('   "{question}"', question=example))
    return [
        Text.list_of([Text(card.title), Text(card.intro), *_bullets(card.purposes)]),
        Text.list_of(steps),
        Text.list_of([*_bullets(card.points), *_bullets(card.examples)]),
    ]


def reflective_questions() -> list[Text]:
    card = pc.REFLECTIVE_QUESTIONS
    sections = [Text.list_of([Text(card.title), Text(card.intro), Text(card.note)])]
    for group in card.groups:
        sections.append(Text.list_of([Text(group.title), *_bullets(group.questions)]))
    return sections


def good_practice() -> list[Text]:
    card = pc.GOOD_PRACTICE
    return [Text.list_of([Text(card.title), Text(card.intro)]),
            *(Text.list_of([Text(g.title), *_bullets(g.points)]) for g in card.groups)]  # fmt: skip


CARDS = {
    "columns": (T("🏛️ The three columns"), three_columns),
    "scale": (T("📏 How to scale"), how_to_scale),
    "questions": (T("🪞 Questions for supervision"), reflective_questions),
    "practice": (T("🤝 What good practice feels like"), good_practice),
}


class Cards(Dialogue):
    """``/cards``: the reference cards, and the two drafting helpers."""

    name = "cards"
    states = ("list", "card")
    command = "cards"
    roles = WORKERS

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "show", "source": ["list", "card"], "dest": "card", "before": self.pick},
            {"trigger": "list", "source": "card", "dest": "list"},
            {"trigger": "draft", "source": "list", "dest": None, "after": self.draft},
            {"trigger": "menu", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
        ]

    def ask_list(self, turn: Turn) -> list[Reply]:
        cards = tuple(Choice(f"show:{key}", label) for key, (label, _) in CARDS.items())
        helpers = (
            Choice("draft:danger", T("✍️ Draft a danger statement")),
            Choice("draft:goal", T("✍️ Draft a safety goal")),
        )
        return [Reply(Text(pc.CREDITS)), Reply(T("Which card would you like?"), (*cards, *helpers, MENU))]

    def pick(self, event: Any) -> None:
        event.model.slots["card"] = event.model.argument

    def ask_card(self, turn: Turn) -> list[Reply]:
        _, sections = CARDS.get(turn.slots.get("card", ""), CARDS["columns"])
        *body, last = sections()
        return [*(Reply(s) for s in body), Reply(last, (BACK, MENU))]

    def draft(self, event: Any) -> None:
        turn: Turn = event.model
        turn.open("draft", slots={"kind": turn.argument, "case_id": turn.slots.get("case_id"), "filled": {}})


# A part with two blanks asks its own question for the first; these ask for the second.
SECOND_ASKS: dict[str, Text] = {
    "past_example": T(
        "What happened one time before, and when? In plain words, for example: he threw a plate last Friday."
    ),
    "child": T("Which child? Use the name or words the family use."),
    "network": T("Who else is in their safety network, helping them?"),
}

# What the drafts' English sentences already say before a part ("like the time when", "could", "for"), and
# English words that start a phrase with a capital only when they start a sentence. Words in other
# languages are left as written, bar the line breaks and the full stop that ended them.
SAID_BEFORE: dict[str, tuple[str, ...]] = {
    "past_example": ("like the time when ", "the time when ", "when "),
    "impact": ("it could ", "this could ", "they could ", "he could ", "she could ", "could "),
    "how_long": ("for ",),
}
SMALL_WORDS = frozenset({
    "a", "an", "the", "he", "she", "it", "they", "his", "her", "their", "this", "that", "there", "we", "our", "my",
    "last", "in", "on", "at", "after", "before", "one", "some",
})  # fmt: skip
STARTS_A_SENTENCE = frozenset({"who", "seen_by"})


def in_sentence(name: str, words: str) -> str:
    """What someone typed for the part ``name``, to sit inside the draft's sentence as a person would write
    it: on one line; without the full stop that ended it, nor the words the sentence already says before
    it ("for" before "six months"); and with the capital of a small English word ("The", "Last") only
    where it starts a sentence. Names keep their capitals."""
    words = " ".join(words.split()).rstrip(" .!;:,")
    lead = next((lead for lead in SAID_BEFORE.get(name, ()) if words.lower().startswith(lead)), "")
    if words[len(lead) :].strip():
        words = words[len(lead) :]
    first = words.split(" ", 1)[0]
    if first.lower() not in SMALL_WORDS:
        return words
    if name in STARTS_A_SENTENCE:
        return words[:1].upper() + words[1:]
    return words[:1].lower() + words[1:] if first[1:] == first[1:].lower() else words


class Draft(Dialogue):
    """A danger statement or a safety goal, part by part, assembled into a plain-language draft to copy."""

    name = "draft"
    states = ("part", "done")
    roles = WORKERS

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "text", "source": "part", "dest": None, "after": self.fill},
            {"trigger": "use", "source": "done", "dest": None, "after": self.use},
            {"trigger": "again", "source": "done", "dest": "part", "before": self.again},
            {"trigger": "back", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
        ]

    def card(self, turn: Turn) -> pc.DangerStatementCard | pc.SafetyGoalCard:
        return pc.DANGER_STATEMENT if turn.slots.get("kind") == "danger" else pc.SAFETY_GOAL

    def wanted(self, turn: Turn) -> list[tuple[pc.StatementPart, str]]:
        """Each placeholder still to fill, with the part that asks for it."""
        filled = turn.slots.get("filled", {})
        return [(part, name) for part in self.card(turn).parts for name in part.placeholders if name not in filled]

    def ask_part(self, turn: Turn) -> list[Reply]:
        card = self.card(turn)
        part, name = self.wanted(turn)[0]
        intro = []
        if not turn.slots.get("filled"):
            intro = [Reply(Text(card.what)), Reply(Text.list_of(_bullets(card.guidance)))]
        ask = SECOND_ASKS.get(name, Text(part.ask))
        return [*intro, Reply(T("{title}: {ask}", title=Text(part.title), ask=ask), (Choice("back", T("⬅️ Back")),))]

    def fill(self, event: Any) -> None:
        turn: Turn = event.model
        _, name = self.wanted(turn)[0]
        turn.slots["filled"] = {**turn.slots.get("filled", {}), name: turn.input.value.strip()[:500]}
        if not self.wanted(turn):
            turn.state = "done"

    def text(self, turn: Turn) -> Text:
        card = self.card(turn)
        words = {k: Text.as_written(in_sentence(k, v)) for k, v in turn.slots.get("filled", {}).items()}
        if isinstance(card, pc.DangerStatementCard):
            who = turn.slots.get("filled", {}).get("who", "")
            many = 2 if any(sep in who for sep in (",", " and ", " a ")) else 1
            template = card.template if "past_example" in words else card.short_template
            return Text.plural_of(template, many, **words)
        return Text(card.template, words)

    def ask_done(self, turn: Turn) -> list[Reply]:
        choices = [Choice("again", T("✏️ Start again"))]
        if turn.slots.get("kind") == "goal" and turn.slots.get("case_id"):
            choices.insert(0, Choice("use", T("📏 Use it as the case's safety goal")))
        return [
            Reply(T("Here is your draft to copy and change as you need:")),
            Reply(self.text(turn)),
            Reply(T("What next?"), (*choices, Choice("back", T("⬅️ Back")))),
        ]

    def use(self, event: Any) -> None:
        turn: Turn = event.model
        turn.effect(SetGoal(int(turn.slots["case_id"]), self.text(turn)))
        turn.say(T("Done: it is now the case's safety goal, which parents see when they check in."))
        turn.finish()

    def again(self, event: Any) -> None:
        event.model.slots["filled"] = {}
