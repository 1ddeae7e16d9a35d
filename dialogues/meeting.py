"""The worker's side of "A meeting's voice": before a child protection conference or a review, the worker
sends a young person "Before my meeting" from the case card, and reads their answers as one page (here, and
as a short PDF for the meeting pack).

The request is kept like a worker's message (`dialogues.said`), with no words: the young person's answers
name it, so each meeting has its own page. The page shows, for each young person asked, their latest
request and, under each question, their latest answer to it, as written. The case card reaches this
through `card_choices` and `card_transitions`, so the card itself changes little.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dialogues import topics
from dialogues.casebook import CaseCard, SharedAnswer
from dialogues.engine import Choice, Dialogue, Export, Reply, Role, Turn
from dialogues.messages import T, Text
from dialogues.safety import marked
from dialogues.shared_view import person_name, their_words
from dialogues.voice import QUESTIONS, meeting_note

OPEN = Choice("meeting", T("🗣️ Before my meeting"))
BACK_TO_CARD = Choice("card", T("⬅️ Back to the case"))
NOT_YOURS = T("That is not one of your cases, or it has closed.")


@dataclass(frozen=True)
class Voice:
    """A young person's page for one meeting: who, when they were asked, and each question's latest answer
    (None: skipped, or not answered yet), in the order asked."""

    role: str
    number: int
    asked_at: datetime
    answers: tuple[tuple[Text, SharedAnswer | None], ...]


def voices(shared: Sequence[SharedAnswer]) -> list[Voice]:
    """Each young person's latest "Before my meeting", with their answers to it."""
    latest: dict[tuple[str, int], SharedAnswer] = {}
    for asked in (a for a in shared if a.topic == topics.MEETING_ASKED):
        latest[str(asked.data.get("to_role", "")), int(asked.data.get("to_number", 0))] = asked
    found = []
    for (role, number), asked in latest.items():
        theirs = [a for a in shared if a.topic in topics.MEETING and a.data.get("meeting") == asked.id]
        answers = tuple(
            (question, next((a for a in reversed(theirs) if a.topic == topic), None)) for topic, question in QUESTIONS
        )
        found.append(Voice(role, number, asked.created_at, answers))
    return found


def page(voice: Voice) -> Text:
    """One young person's page, as the worker reads it in the chat."""
    lines = [T("{member}, asked on {date}:", member=person_name(voice.role, voice.number), date=voice.asked_at)]
    for question, answer in voice.answers:
        words = T("(not answered)") if answer is None else marked(their_words(answer.value), answer.data)
        lines.append(T("• {question} {words}", question=question, words=words))
    return Text.list_of(lines)


def card_choices(card: CaseCard) -> tuple[Choice, ...]:
    """The case card's button, while the case is open and a young person is in it."""
    if card.closed or not any(m.role == Role.YOUNG_PERSON for m in card.members):
        return ()
    return (OPEN,)


def card_transitions() -> list[dict[str, Any]]:
    """The case card's transition to this dialogue, for the case on the card."""
    return [
        {
            "trigger": OPEN.id,
            "source": "card",
            "dest": None,
            "after": lambda e: e.model.open("meetingvoice", slots={"case_id": int(e.model.slots.get("case_id", 0))}),
        }
    ]


class MeetingVoice(Dialogue):
    """A case's "Before my meeting" pages: ask a young person, read their answers, make the PDF."""

    name = "meetingvoice"
    states = ("page",)
    roles = frozenset({Role.WORKER})

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "ask", "source": "page", "dest": None, "after": self.ask},
            {"trigger": "pdf", "source": "page", "dest": None, "after": self.pdf},
            {"trigger": "card", "source": "page", "dest": None, "after": lambda e: e.model.finish()},
        ]

    def _case_id(self, turn: Turn) -> int:
        return int(turn.slots.get("case_id", 0))

    def ask_page(self, turn: Turn) -> list[Reply]:
        card: CaseCard | None = turn.book.card(self._case_id(turn))
        shared = turn.book.shared(self._case_id(turn)) if card is not None and not card.closed else None
        if card is None or shared is None:
            return [Reply(NOT_YOURS, (BACK_TO_CARD,))]
        found = voices(shared)
        intro = T(
            'Before a child protection conference or a review, send a young person "Before my meeting": what is '
            "going well, what worries them, what they want to happen, who they want to speak for them, and anything "
            "else. Their answers come back here as one page."
        )
        lines = [Reply(intro), *(Reply(page(v)) for v in found)]
        if not found:
            lines.append(Reply(T("Nobody has been asked yet.")))
        young = [m for m in card.members if m.role == Role.YOUNG_PERSON]
        ask = [
            Choice(f"ask:{m.membership_id}", T("📨 Send it to {member}", member=person_name(m.role, m.number)))
            for m in young
        ]
        pdf = (Choice("pdf", T("📄 PDF for the meeting pack")),) if found else ()
        return [*lines, Reply(T("What would you like to do?"), (*ask, *pdf, BACK_TO_CARD))]

    def ask(self, event: Any) -> None:
        turn: Turn = event.model
        membership = int(turn.argument) if turn.argument.isdigit() else 0
        card: CaseCard | None = turn.book.card(self._case_id(turn))
        young = card is not None and any(
            m.membership_id == membership and m.role == Role.YOUNG_PERSON for m in card.members
        )
        sent = turn.book.send_word(self._case_id(turn), membership, "", topics.MEETING_ASKED) if young else None
        if sent is None:
            turn.say(T("I could not send it: they may have left the case, or it has closed. Nothing was sent."))
            return
        turn.effect(meeting_note(sent.telegram_id, sent.worker_name, sent.answer_id))
        turn.say(T("Sent. Their answers will show here as they give them."))

    def pdf(self, event: Any) -> None:
        turn: Turn = event.model
        turn.effect(Export(self._case_id(turn), meeting=True))
        turn.say(T("Here are their answers as a PDF for the meeting pack."))
