"""The worker's side of "You said, we did": from the case card, a short message to one young person or
parent, so that what they said is seen to change something ("You told me bedtime is scary. Nan will stay
on Fridays now.").

The worker picks who it is for, writes it, sees it as it will arrive, and sends it. Their words are kept
as written (never translated), sealed in the case with its other answers, and audited; only the frame
around them is said in the family member's language (`dialogues.voice.word_note`). The 👍 and any reply
come back as that person's answers, shown under the message in the case's record, the PDF and the CSV.
The case card reaches this through `card_choices` and `card_transitions`, so the card itself changes little.
"""

from __future__ import annotations

from typing import Any

from dialogues import topics
from dialogues.casebook import CaseCard
from dialogues.engine import Choice, Dialogue, Reply, Role, Turn
from dialogues.messages import T, Text
from dialogues.shared_view import person_name
from dialogues.voice import word_note

MAX_WORD = 1000  # characters: a short message, read easily on a phone
NOT_YOURS = T("That is not one of your cases, or it has closed.")
BACK_TO_CARD = Choice("card", T("⬅️ Back to the case"))
WRITE = Choice("word", T("💬 You said, we did: write to someone"))


def card_choices(card: CaseCard) -> tuple[Choice, ...]:
    """The case card's button, while the case is open and someone in the family has joined."""
    if card.closed or not any(m.role != Role.WORKER for m in card.members):
        return ()
    return (WRITE,)


def card_transitions() -> list[dict[str, Any]]:
    """The case card's transition to this dialogue, for the case on the card."""
    return [
        {
            "trigger": WRITE.id,
            "source": "card",
            "dest": None,
            "after": lambda e: e.model.open("saidwedid", slots={"case_id": int(e.model.slots.get("case_id", 0))}),
        }
    ]


class SaidWeDid(Dialogue):
    """A worker's message to one young person or parent of a case: who, the words, a last look, sent."""

    name = "saidwedid"
    states = ("to", "write", "check")
    roles = frozenset({Role.WORKER})

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "to", "source": "to", "dest": "write", "before": self.pick},
            {"trigger": "text", "source": "write", "dest": "check", "conditions": self.fits, "before": self.write},
            {"trigger": "text", "source": "write", "dest": None, "after": self.too_long},
            {"trigger": "again", "source": "check", "dest": "write"},
            {"trigger": "send", "source": "check", "dest": None, "after": self.send},
            {"trigger": "card", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
        ]

    def _card(self, turn: Turn) -> CaseCard | None:
        card: CaseCard | None = turn.book.card(int(turn.slots.get("case_id", 0)))
        return None if card is None or card.closed else card

    def ask_to(self, turn: Turn) -> list[Reply]:
        card = self._card(turn)
        if card is None:
            return [Reply(NOT_YOURS, (BACK_TO_CARD,))]
        family = [m for m in card.members if m.role != Role.WORKER]
        buttons = [Choice(f"to:{m.membership_id}", person_name(m.role, m.number)) for m in family]
        return [
            Reply(
                T(
                    "You said, we did: tell a young person or parent what changed because of what they told you. "
                    "Who is it for?"
                ),
                (*buttons, BACK_TO_CARD),
            )
        ]

    def pick(self, event: Any) -> None:
        turn: Turn = event.model
        card = self._card(turn)
        chosen = int(turn.argument) if turn.argument.isdigit() else 0
        member = next((m for m in card.members if m.membership_id == chosen), None) if card else None
        turn.slots["to"] = chosen
        turn.slots["name"] = [member.role, member.number] if member is not None else ["", 0]

    def _name(self, turn: Turn) -> Text:
        role, number = turn.slots.get("name") or ["", 0]
        return person_name(str(role), int(number))

    def ask_write(self, turn: Turn) -> list[Reply]:
        return [
            Reply(
                T(
                    'Write your message to {member}, as you would say it to them: short and plain, for example "You '
                    'told me bedtime is scary. Nan will stay on Fridays now." They get your words as you write them, '
                    "with a line in their own language that says it is from you. Nothing is sent before you check it.",
                    member=self._name(turn),
                ),
                (BACK_TO_CARD,),
            )
        ]

    def fits(self, event: Any) -> bool:
        turn: Turn = event.model
        return 0 < len(turn.input.value.strip()) <= MAX_WORD

    def write(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots["words"] = turn.input.value.strip()

    def too_long(self, event: Any) -> None:
        turn: Turn = event.model
        turn.say(T("Please keep it to {limit} characters or fewer, so it is easy to read. Nothing was sent.",
                   limit=MAX_WORD))  # fmt: skip

    def ask_check(self, turn: Turn) -> list[Reply]:
        return [
            Reply(
                T(
                    '{member} will get your words as you wrote them, after "A message from" your name in their '
                    "own language, with a 👍 and a Reply button:",
                    member=self._name(turn),
                )
            ),
            Reply(Text.as_written(str(turn.slots.get("words", "")))),
            Reply(
                T("Send it?"),
                (Choice("send", T("✅ Send it")), Choice("again", T("✏️ Write it again")), BACK_TO_CARD),
            ),
        ]

    def send(self, event: Any) -> None:
        turn: Turn = event.model
        case_id = int(turn.slots.get("case_id", 0))
        words = str(turn.slots.get("words", ""))
        sent = turn.book.send_word(case_id, int(turn.slots.get("to", 0)), words, topics.WORD_TO)
        if sent is None:
            turn.say(T("I could not send it: they may have left the case, or it has closed. Nothing was sent."))
            turn.finish()
            return
        turn.effect(word_note(sent.telegram_id, sent.role, sent.worker_name, words, sent.answer_id))
        turn.say(
            T("Sent to {member}. Their 👍 or reply will show in what they shared, and in the export.",
              member=self._name(turn))
        )  # fmt: skip
        turn.finish()
