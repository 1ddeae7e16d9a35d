"""A young person's or parent's side of "You said, we did": their worker's message, its 👍 and a reply.

The worker's message arrives framed in the person's own language ("A message from Emma, your social
worker:") with the worker's words as written, and three command buttons: 👍, "Reply to Emma", and the person's help
button. Command buttons work from the message however old it is, wherever their conversation stands
(``/word <message> thumb``, ``/word <message> reply``); the message is found again through the casebook,
which gives it only to the person it was written to while they are in its case. The 👍 and the reply are
their answers, kept in the case; the reply is watched for danger like any words (`keep_words`).

Words here are for a child as much as for a parent: tests/test_readability.py checks them.
"""

from __future__ import annotations

from typing import Any

from dialogues import topics
from dialogues.casebook import WordForMe
from dialogues.engine import Choice, Dialogue, Notify, Reply, Role, Turn
from dialogues.messages import T, Text
from dialogues.safety import HELP_BUTTONS, HELP_DIALOGUE, alerted, keep_words, words_of

WORD_COMMAND = "word"
THUMB, REPLY = "thumb", "reply"
FAMILY = frozenset({Role.YOUNG_PERSON, Role.PARENT})
THUMB_LABEL = T("👍")
NOT_FOUND = T("I can't find that message. It may be from a case you are not in now.")
NOT_NOW = Choice("notnow", T("⬅️ Not now"))


def word_note(to: int, role: str, worker: str, words: str, answer_id: int) -> Notify:
    """The worker's message as its young person or parent gets it: the frame in their language, the worker's
    words as written, then 👍, Reply and their help button (a command, so it works from this message)."""
    text = Text.list_of(
        [
            T("A message from {worker}, your social worker:", worker=Text.as_written(worker)),
            Text.as_written(words),
            T("Press 👍 to say you saw it. Press Reply to answer {worker}.", worker=Text.as_written(worker)),
        ]
    )
    reply = T("💬 Reply to {worker}", worker=Text.as_written(worker))
    also: list[tuple[Text, str]] = [(reply, f"{WORD_COMMAND} {answer_id} {REPLY}")]
    helper = HELP_BUTTONS.get(Role(role))
    if helper is not None:
        also.append((helper.choice.label, helper.dialogue))
    return Notify(to, text, THUMB_LABEL, f"{WORD_COMMAND} {answer_id} {THUMB}", also=tuple(also))


def _thumbed(turn: Turn, answer_id: int) -> bool:
    return any(a.data.get("message") == answer_id for a in turn.book.mine([topics.WORD_THUMB]))


class Word(Dialogue):
    """``/word <message> thumb`` or ``reply``: the buttons on a worker's message. 👍 is kept at once and
    leaves the person where they were; Reply asks for their words, then goes back to where they were."""

    name = "word"
    states = ("reply",)
    command = WORD_COMMAND
    roles = FAMILY

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "text", "source": "reply", "dest": None, "after": self.reply},
            {"trigger": "notnow", "source": "reply", "dest": None, "after": self.not_now},
        ]

    def on_open(self, turn: Turn) -> None:
        words = turn.input.argument.split()
        found: WordForMe | None = None
        if len(words) == 2 and words[0].isdigit() and words[1] in (THUMB, REPLY):
            found = turn.book.word_for_me(int(words[0]))
        if found is None:
            turn.say(NOT_FOUND)
            turn.finish()
            return
        worker = Text.as_written(found.worker_name)
        if words[1] == REPLY:
            turn.slots.update(message=found.answer_id, worker=found.worker_name, words=found.words)
            return
        turn.finish()
        if _thumbed(turn, found.answer_id):
            turn.say(T("You sent a 👍 for this message already. Thank you!"))
            return
        turn.keep(topics.WORD_THUMB, "👍", message=found.answer_id)
        turn.say(T("Thank you! {worker} will see your 👍.", worker=worker))

    def ask_reply(self, turn: Turn) -> list[Reply]:
        worker = Text.as_written(str(turn.slots.get("worker", "")))
        return [
            Reply(T("{worker} wrote:", worker=worker)),
            Reply(Text.as_written(str(turn.slots.get("words", "")))),
            Reply(
                T("What would you like to say back? Only your social workers will read it."),
                (NOT_NOW,),
            ),
        ]

    def reply(self, event: Any) -> None:
        turn: Turn = event.model
        worker = Text.as_written(str(turn.slots.get("worker", "")))
        message = int(turn.slots.get("message", 0))
        keep_words(turn, topics.WORD_REPLY, words_of(turn), open_help=False, message=message)
        if alerted(turn):  # the reply is kept: the help comes first, in its place, and nothing cheerful
            turn.open(HELP_DIALOGUE[turn.who.role or Role.YOUNG_PERSON], replace=True)
            return
        turn.say(T("Thank you. I have kept your reply. {worker} will read it.", worker=worker))
        turn.finish()

    def not_now(self, event: Any) -> None:
        turn: Turn = event.model
        turn.say(T("That's OK. You can press Reply on the message any time."))
        turn.finish()
