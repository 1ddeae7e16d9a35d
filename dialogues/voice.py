"""What a young person or parent sends back to their worker: the 👍 and reply to a worker's message ("You
said, we did"), and a young person's "Before my meeting".

The worker's message arrives framed in the person's own language ("A message from Emma, your social
worker:") with the worker's words as written, and three command buttons: 👍, "Reply to Emma", and the person's help
button. Command buttons work from the message however old it is, wherever their conversation stands
(``/word <message> thumb``, ``/word <message> reply``); the message is found again through the casebook,
which gives it only to the person it was written to while they are in its case. The 👍 and the reply are
their answers, kept in the case; the reply is watched for danger like any words (`keep_words`).

"Before my meeting" comes the same way: a message from the worker with a button that opens five questions
(what is going well, what worries me, what I want to happen, who I want to speak for me, anything else),
each skippable, with a way to stop at every one, after the young person is told who will read the answers.
Each answer is kept the moment it is typed, naming the worker's request, and watched for danger.

Words here are for a child as much as for a parent: tests/test_readability.py checks them.
"""

from __future__ import annotations

from typing import Any

from dialogues import topics
from dialogues.casebook import WordForMe
from dialogues.engine import NOT_NOW_ID, Choice, Dialogue, Notify, Reply, Role, Turn
from dialogues.messages import T, Text
from dialogues.safety import HELP_BUTTONS, HELP_DIALOGUE, alerted, keep_words, words_of

WORD_COMMAND = "word"
MEETING_COMMAND = "meeting"
THUMB, REPLY = "thumb", "reply"
FAMILY = frozenset({Role.YOUNG_PERSON, Role.PARENT, Role.NETWORK})  # who a worker writes to (storage.words)
THUMB_LABEL = T("👍")
NOT_FOUND = T("I can't find that message. It may be from a case you are not in now.")
NOT_NOW = Choice(NOT_NOW_ID, T("⬅️ Not now"))


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
    takes_argument = True
    roles = FAMILY

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "text", "source": "reply", "dest": None, "after": self.reply},
            {"trigger": NOT_NOW_ID, "source": "reply", "dest": None, "after": self.not_now},
        ]

    def on_open(self, turn: Turn) -> None:
        words = turn.input.argument.split()
        found: WordForMe | None = None
        if len(words) == 2 and words[0].isdigit() and words[1] in (THUMB, REPLY):
            found = turn.book.word_for_me(int(words[0]), topics.WORD_TO)
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


# "Before my meeting": each question, by the topic its answer is kept under, in the order asked.
QUESTIONS: tuple[tuple[str, Text], ...] = (
    (topics.MEETING_WELL, T("What is going well for you?")),
    (topics.MEETING_WORRIES, T("What worries you?")),
    (topics.MEETING_WANT, T("What do you want to happen?")),
    (topics.MEETING_SPEAK, T("Who do you want to speak for you at the meeting? It can be you.")),
    (topics.MEETING_ELSE, T("Is there anything else you want the meeting to know?")),
)
STATES = ("start", "well", "worries", "want", "speak", "more")  # "start", then one state a question
SKIP = Choice("skip", T("⏭️ Skip this one"))
STOP = Choice("stop", T("🛑 Stop here"))
START = Choice("start", T("✅ Start"))


def meeting_note(to: int, worker: str, answer_id: int) -> Notify:
    """A worker's "Before my meeting" request, as the young person gets it: the button opens the questions,
    and the help button is there too (both commands, so they work from this message however old)."""
    text = T(
        "{worker}, your social worker, wants to hear what you think before your meeting. Press the button "
        "when you are ready.",
        worker=Text.as_written(worker),
    )
    helper = HELP_BUTTONS[Role.YOUNG_PERSON]
    also = ((helper.choice.label, helper.dialogue),)
    return Notify(to, text, T("🗣️ Before my meeting"), f"{MEETING_COMMAND} {answer_id}", also=also)


class Meeting(Dialogue):
    """``/meeting <request>``, the button on a worker's request: who will read the answers, then the five
    questions, each one skippable, with a way to stop at every one; then back to where they were."""

    name = "meeting"
    states = STATES
    command = MEETING_COMMAND
    takes_argument = True
    roles = frozenset({Role.YOUNG_PERSON})

    def transitions(self) -> list[dict[str, Any]]:
        moves: list[dict[str, Any]] = [
            {"trigger": "start", "source": "start", "dest": STATES[1]},
            {"trigger": "stop", "source": "*", "dest": None, "after": self.stop},
        ]
        for state, following in zip(STATES[1:], (*STATES[2:], None), strict=True):
            ends = [] if following is not None else [self.thanks]
            moves += [
                {"trigger": "text", "source": state, "dest": following, "after": [self.answer, *ends]},
                {"trigger": "skip", "source": state, "dest": following, "after": ends},
            ]
        return moves

    def on_open(self, turn: Turn) -> None:
        argument = turn.input.argument.strip()
        found = turn.book.word_for_me(int(argument), topics.MEETING_ASKED) if argument.isdigit() else None
        if found is None:
            turn.say(NOT_FOUND)
            turn.finish()
            return
        turn.slots.update(meeting=found.answer_id, worker=found.worker_name)

    def _worker(self, turn: Turn) -> Text:
        return Text.as_written(str(turn.slots.get("worker", "")))

    def ask_start(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T("Before my meeting")),
            Reply(T("I will ask you 5 questions about your meeting. You can skip any of them, and you can stop at "
                    "any time.")),
            Reply(T("{worker} will read your answers and take them to the meeting, so the people there know what "
                    "you think.", worker=self._worker(turn))),
            Reply(T("Shall we start?"), (START, STOP)),
        ]  # fmt: skip

    def prompt(self, turn: Turn) -> list[Reply]:
        if turn.state == "start":
            return self.ask_start(turn)
        number = STATES.index(turn.state)
        question = QUESTIONS[number - 1][1]
        return [Reply(T("Question {number} of 5:", number=number)), Reply(question, (SKIP, STOP))]

    def answer(self, event: Any) -> None:
        turn: Turn = event.model
        topic = QUESTIONS[STATES.index(event.transition.source) - 1][0]
        keep_words(turn, topic, words_of(turn), open_help=False, meeting=int(turn.slots.get("meeting", 0)))
        if alerted(turn):  # the help first; after it the next question, or, after the last, where they were
            turn.open(HELP_DIALOGUE[Role.YOUNG_PERSON], replace=event.transition.dest is None)

    def thanks(self, event: Any) -> None:
        turn: Turn = event.model
        if not alerted(turn):
            turn.say(T("Thank you. {worker} will read your answers before the meeting.", worker=self._worker(turn)))
        turn.finish()

    def stop(self, event: Any) -> None:
        turn: Turn = event.model
        turn.say(T("That's OK. I kept what you wrote. You can press the button on the message again any time."))
        turn.finish()
