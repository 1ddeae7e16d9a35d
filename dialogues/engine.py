"""The dialogue engine: one `transitions` machine per dialogue, many conversations through it.

A step is a pure function of plain data: who is talking (`Who`), where their conversation stands
(`Conversation`) and what they just did (`Input`) go in; an `Outcome` (the new conversation,
`Reply` values to render, `Record` values to keep, `Effect` values to apply) comes out. Nothing here
touches Telegram, the database or gettext; the adapters in bot/ do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, ClassVar

from transitions import EventData, Machine, MachineError

from dialogues.messages import Text

MAX_WAITING = 5  # dialogues waiting to resume; older ones are let go


class Role(StrEnum):
    """The part a person plays in a case."""

    YOUNG_PERSON = "young_person"
    PARENT = "parent"
    WORKER = "worker"
    NETWORK = "network"  # the family's safety network: wider family, friends, a neighbour


class InputKind(StrEnum):
    """What a person did."""

    TEXT = "text"
    CHOICE = "choice"
    COMMAND = "command"
    MEDIA = "media"
    EDITED = "edited"


@dataclass(frozen=True)
class Media:
    """A picture or voice note a person sent, as a dialogue sees it: an opaque reference to bytes the adapter
    checked and stored (``media_id``), or why it could not take them (``refused``: ``too_big``, ``too_long``,
    ``format``, ``failed``). ``kind`` is ``picture`` or ``voice``; ``seconds`` a voice note's length;
    ``caption`` the words sent with it."""

    kind: str
    media_id: int | None = None
    seconds: int = 0
    caption: str = ""
    refused: str = ""


@dataclass(frozen=True)
class Input:
    """One thing a person did: words, a button, a command, a sticker or photo, an edit.

    ``value`` holds the words, the choice id or the command name (without the slash), or what was sent
    (``photo``, ``sticker``...); ``argument`` the words after a command; ``stale`` marks a button from an
    older message, or words or a file sent from the page of an earlier question (a web page left open, or a
    second tab), which are never taken as an answer to the question now; ``forwarded`` marks words
    forwarded from someone else's message, not the person's own;
    ``attached`` a picture or voice note the adapter fetched for a state that takes one (see `Media`).
    """

    kind: InputKind
    value: str = ""
    argument: str = ""
    stale: bool = False
    forwarded: bool = False
    attached: Media | None = None

    @classmethod
    def text(cls, words: str, *, forwarded: bool = False, stale: bool = False) -> Input:
        return cls(InputKind.TEXT, words, forwarded=forwarded, stale=stale)

    @classmethod
    def choice(cls, choice_id: str, *, stale: bool = False) -> Input:
        return cls(InputKind.CHOICE, choice_id, stale=stale)

    @classmethod
    def command(cls, name: str, argument: str = "") -> Input:
        return cls(InputKind.COMMAND, name.lower(), argument)

    @classmethod
    def media(cls, what: str = "media", attached: Media | None = None, *, caption: str = "") -> Input:
        """A sticker, photo, voice note...; ``caption`` the words sent with it (as ``argument``)."""
        return cls(InputKind.MEDIA, what, caption, attached=attached)

    @classmethod
    def edited(cls, words: str = "") -> Input:
        """A message edited after it was sent; ``words`` is its new text."""
        return cls(InputKind.EDITED, words)


@dataclass(frozen=True)
class Choice:
    """A button. ``id`` is short and opaque (``event`` or ``event:argument``)."""

    id: str
    label: Text

    @property
    def event(self) -> str:
        return self.id.partition(":")[0]

    @property
    def argument(self) -> str:
        return self.id.partition(":")[2]


@dataclass(frozen=True)
class Reply:
    """One message to send, with its buttons."""

    text: Text
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Record:
    """An answer to keep: what it is about (``topic``) and the person's words or number."""

    topic: str
    value: str
    data: Mapping[str, Any] = field(default_factory=dict)
    case_id: int | None = None  # a worker's answer names its case; others' go to the case they are in


@dataclass(frozen=True)
class SetLocale:
    """Effect: the person chose a language."""

    locale: str


@dataclass(frozen=True)
class SetRole:
    """Effect: the person joined or left a case, so their menu and their words change from now on."""

    role: Role | None
    worker_name: str | None = None
    case_label: str | None = None


@dataclass(frozen=True)
class Notify:
    """Effect: a message for someone else (by Telegram user id), in their own language. ``button`` runs
    ``command`` (such as ``"cases 12"``) for them, wherever their own conversation stands. ``role_changed``:
    this step changed what they can do (taken out of a case, the case closed), so their command list too.
    ``also``: more buttons after it, each a label and the command it runs (a worker's message has 👍 and Reply)."""

    telegram_id: int
    text: Text
    button: Text | None = None
    command: str | None = None
    role_changed: bool = False
    also: tuple[tuple[Text, str], ...] = ()


@dataclass(frozen=True)
class Export:
    """Effect: send the worker the case's export (a PDF for the assessment and a CSV of every answer),
    or with ``chart_only`` the progress chart as a picture, or with ``meeting`` the young people's "Before my
    meeting" pages as a PDF for the meeting pack. No ``case_id``: a parent's own case (and so only their own
    scores)."""

    case_id: int | None
    chart_only: bool = False
    meeting: bool = False


@dataclass(frozen=True)
class HousesPicture:
    """Effect: send the young person a picture of their three houses, to keep."""


@dataclass(frozen=True)
class SetGoal:
    """Effect: a worker makes this draft (rendered in their language) their case's safety goal."""

    case_id: int
    text: Text


@dataclass(frozen=True)
class RaiseAlert:
    """Effect: an urgent alert to the workers of the person's case. ``how`` it was raised ("button",
    "command", "words", ...); ``text``, what the workers are told (never the person's own words);
    ``answer``, the answer this step keeps that raised it, if words did (the same `Record`)."""

    how: str
    text: Text
    answer: Record | None = None


@dataclass(frozen=True)
class EraseCase:
    """Effect: erase the worker's case once this step has committed (its key destroyed, then its rows;
    everyone in it told that it has ended)."""

    case_id: int


@dataclass(frozen=True)
class OpenMedia:
    """Effect: send the worker a picture or voice note from their case, for them alone (protected content)."""

    case_id: int
    media_id: int


@dataclass(frozen=True)
class KeepFile:
    """Effect: keep the picture this step was given though no answer names it (a story page's, named by the
    draft the dialogue holds); without this or an answer naming it, the adapter deletes it again."""

    media_id: int


@dataclass(frozen=True)
class StoryPicture:
    """Effect: send the person the picture of a page of a story they may read (protected content; checked
    and audited in the step, `storage.stories.picture`)."""

    story_id: int
    media_id: int


@dataclass(frozen=True)
class MyData:
    """Effect: send the person a copy of everything they shared themselves (a PDF to read and a JSON file)."""


@dataclass(frozen=True)
class Forget:
    """Effect: forget this person, who is in no open case, once the step has kept its conversation."""


Effect = (
    (SetLocale | SetRole | Notify | Export | HousesPicture | SetGoal | RaiseAlert | EraseCase | MyData | Forget)
    | OpenMedia
    | KeepFile
    | StoryPicture
)
# effects that ask for a file, drawn after the step commits
FileEffect = Export | HousesPicture | MyData | OpenMedia | StoryPicture


@dataclass(frozen=True)
class Who:
    """What a dialogue may know about the person it talks to."""

    role: Role | None
    locale: str
    worker_name: str | None = None
    case_label: str | None = None
    closed_case: str | None = None  # the label of the case they were in, if it was closed
    # The port to case data (`dialogues.casebook.Casebook`) for this person, bound to the step's
    # transaction by the adapter; dialogues that need no case data never touch it.
    book: Any = field(default=None, compare=False, repr=False)
    # What carries this person's messages, as /privacy says it, when the adapter's channel is not the one
    # the dialogues describe by default (Telegram): the adapter's words, so no dialogue knows the channel.
    carrier: Text | None = None


@dataclass(frozen=True)
class Frame:
    """Where a dialogue stands: its name, state and slots."""

    dialogue: str
    state: str
    slots: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Conversation:
    """A person's conversation: the dialogue in front and those waiting to be resumed."""

    current: Frame
    waiting: tuple[Frame, ...] = ()
    seq: int = 0  # counts prompts with buttons, so that a button from an older one is known
    # The buttons the person was last shown (choice id, label as shown in their language), kept by the channel
    # after a step so that words typed next can be matched to a label without drawing the screen again; None
    # when not known (then the screen is drawn to find them). Button presses are always checked against a
    # fresh drawing.
    shown: tuple[tuple[str, str], ...] | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        def frame(f: Frame) -> dict[str, Any]:
            return {"dialogue": f.dialogue, "state": f.state, "slots": dict(f.slots)}

        data = {"current": frame(self.current), "waiting": [frame(f) for f in self.waiting], "seq": self.seq}
        if self.shown is not None:
            data["shown"] = [list(pair) for pair in self.shown]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Conversation:
        def frame(d: Mapping[str, Any]) -> Frame:
            return Frame(d["dialogue"], d["state"], d.get("slots", {}))

        shown = data.get("shown")
        return cls(
            frame(data["current"]),
            tuple(frame(f) for f in data.get("waiting", ())),
            int(data.get("seq", 0)),
            None if shown is None else tuple((str(i), str(label)) for i, label in shown),
        )


@dataclass(frozen=True)
class Outcome:
    """What one step produced."""

    conversation: Conversation
    replies: tuple[Reply, ...]
    records: tuple[Record, ...] = ()
    effects: tuple[Effect, ...] = ()

    @property
    def choices(self) -> tuple[Choice, ...]:
        """The buttons of the last reply that has any: the ones a person can press now."""
        for reply in reversed(self.replies):
            if reply.choices:
                return reply.choices
        return ()


@dataclass(frozen=True)
class Opening:
    """A dialogue a turn opens: where it starts, and whether the current one waits for it."""

    dialogue: str
    state: str | None = None
    slots: Mapping[str, Any] | None = None
    replace: bool = False


class Turn:
    """The model a machine steps: one conversation for one step, then thrown away."""

    def __init__(self, who: Who, frame: Frame, inp: Input) -> None:
        self.who = who
        self.state = frame.state
        self.slots: dict[str, Any] = dict(frame.slots)
        self.input = inp
        self.replies: list[Reply] = []
        self.records: list[Record] = []
        self.effects: list[Effect] = []
        self.opened: Opening | None = None
        self.finished = False

    @property
    def book(self) -> Any:
        """The port to case data for this person (see `Who.book`)."""
        return self.who.book

    @property
    def argument(self) -> str:
        """The argument of the pressed choice (``lang`` in ``lang:cy`` gives ``cy``), or the words typed."""
        if self.input.kind is InputKind.CHOICE:
            return self.input.value.partition(":")[2]
        return self.input.value

    def say(self, text: Text, *choices: Choice) -> None:
        self.replies.append(Reply(text, tuple(choices)))

    def keep(self, topic: str, value: str, *, case_id: int | None = None, **data: Any) -> Record:
        """An answer to keep. The casebook is told too, so that what this step shows includes it."""
        record = Record(topic, value, data, case_id)
        self.records.append(record)
        if self.who.book is not None:
            self.who.book.kept(record)
        return record

    def effect(self, effect: Effect) -> None:
        self.effects.append(effect)

    def open(
        self, dialogue: str, *, state: str | None = None, slots: Mapping[str, Any] | None = None, replace: bool = False
    ) -> None:
        """Go to another dialogue (at ``state`` with ``slots``, else its start). This one waits and resumes
        when that one finishes, unless ``replace``: then this one is done."""
        self.opened = Opening(dialogue, state, slots, replace)

    def finish(self) -> None:
        """This dialogue is done: go back to the one waiting, or home."""
        self.finished = True


Callback = Callable[[EventData], Any]


class Dialogue:
    """A conversation as a state machine over a `Turn`.

    Subclasses set ``name``, ``states`` and ``transitions`` (``transitions`` dicts whose triggers are
    choice events, or ``"text"`` for typed words), and write ``ask_<state>(turn)`` for what each
    state says. Callbacks receive transitions' ``EventData``; ``event.model`` is the `Turn`.
    """

    name: ClassVar[str]
    states: ClassVar[tuple[str, ...]]
    command: ClassVar[str | None] = None
    # Whether its command reads the words after it (an id from a button, a case number, a search): those are
    # the command's, not words to keep (`Engine.command_words`).
    takes_argument: ClassVar[bool] = False
    roles: ClassVar[frozenset[Role | None]] = frozenset({None, *Role})

    def transitions(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    @property
    def initial(self) -> str:
        return self.states[0]

    def prompt(self, turn: Turn) -> list[Reply]:
        """What the current state says: its question and buttons. Must not change the turn."""
        asked: list[Reply] = getattr(self, f"ask_{turn.state}")(turn)
        return asked

    def start_slots(self, who: Who) -> dict[str, Any]:
        """Slots a fresh conversation of this dialogue begins with."""
        return {}

    def offered(self, who: Who) -> bool:
        """Whether this dialogue's command exists at all for this person: where not, typing it is an unknown
        command (not "not something you can do"), so nobody learns of a command that is not for them."""
        return True

    def on_stray_text(self, turn: Turn) -> None:
        """Words typed where a button was expected: a dialogue may act on them (open help, keep an alert)
        before the person is kindly asked to use the buttons."""

    def media_notice(self, who: Who) -> Text | None:
        """This dialogue's own kind word for a sticker, photo or voice note, or None for the usual one."""
        return None

    def media_case(self, slots: Mapping[str, Any]) -> int | None:
        """The case a picture sent here is kept in, when this dialogue names one (a worker's story names the
        case on its card); None for the person's own case. The adapter checks they may keep files there."""
        return None

    def on_open(self, turn: Turn) -> None:
        """Called when a command opens this dialogue (``turn.input`` is that command, with its argument):
        it may set slots or the state, say something, or ``finish`` at once to stay where the person was."""


@dataclass(frozen=True)
class Notices:
    """The engine's own kind words for input that does not fit, and the global commands' texts."""

    not_a_button: Text
    stale_button: Text
    stale_words: Text  # said first when words typed on an earlier question's page were kept apart
    stale_words_unkept: Text  # the same words, where nothing keeps them: shown back ({words}), not used
    stale_file: Text  # a picture or voice note sent from an earlier question's page: not kept
    empty: Text
    media: Text
    edited: Text
    unknown_command: Text
    stopped: Text
    nothing_to_stop: Text
    not_for_you: Text


# The id (and event) of a question's "not now" button ("🙊 I don't want to talk about this now", "⬅️ Not
# now"): a dialogue that lets a person leave a question unanswered offers it; the adapter presses it for
# words that only say stop (`dialogues.wordlists.means_stop`).
NOT_NOW_ID = "notnow"


@dataclass(frozen=True)
class HelpButton:
    """A role's way to help, on every screen that role sees: the button, the dialogue it opens wherever the
    screen's own dialogue does not act on it, and the words shown before it on a screen with no buttons.
    The button works from any message, however old: a press is never "from an earlier message"."""

    choice: Choice
    dialogue: str
    lead: Text


class Engine:
    """Steps conversations through dialogues; builds every machine once."""

    def __init__(
        self,
        dialogues: Iterable[Dialogue],
        *,
        home: Callable[[Who], str],
        welcome: str,
        notices: Notices,
        info_commands: Mapping[str, Callable[[Who], Sequence[Text]]],
        join: str | None = None,
        stray: Callable[[Turn], None] | None = None,
        edited: Callable[[Turn], None] | None = None,
        command_words: Callable[[Turn], None] | None = None,
        help_buttons: Mapping[Role, HelpButton] | None = None,
    ) -> None:
        self.dialogues = {d.name: d for d in dialogues}
        self.help_buttons = dict(help_buttons or {})
        # Words typed where a button was expected, in a dialogue that does not act on them itself.
        self.stray = stray
        # An edited message's new words: kept by it (it says so), or the notice says the change was not kept.
        self.edited = edited
        # Words typed after a command that takes none ("/help my dad hit me"): kept by it, or dropped.
        self.command_words = command_words
        self.home = home
        self.welcome = welcome
        self.join = join  # the dialogue that `/start <invitation code>` opens
        self.notices = notices
        self.info_commands = dict(info_commands)
        self.machines = {
            d.name: Machine(
                model=None,
                states=list(d.states),
                transitions=d.transitions(),
                initial=d.initial,
                auto_transitions=False,
                send_event=True,
            )
            for d in self.dialogues.values()
        }
        self.commands = {d.command: d.name for d in self.dialogues.values() if d.command}

    # -- entry points ---------------------------------------------------------------------------

    def begin(self, who: Who, dialogue: str | None = None) -> Conversation:
        """A fresh conversation at ``dialogue`` (home by default)."""
        return Conversation(self._fresh(who, dialogue or self.home(who)))

    def prompt(self, who: Who, conversation: Conversation) -> Outcome:
        """The current question again, with nothing changed (an update seen before: its step was audited)."""
        if who.book is not None:
            who = replace(who, book=who.book.unseen())
        return self._done(who, conversation, conversation.current, [], Turn(who, conversation.current, Input.text("")))

    def step(self, who: Who, conversation: Conversation | None, inp: Input) -> Outcome:
        """One step: what ``who`` did (``inp``) to their conversation."""
        if conversation is None:
            if inp.kind is InputKind.COMMAND:
                return self._command(who, self.begin(who), inp)
            return self.start(who, self.begin(who, self.welcome))
        if conversation.current.dialogue not in self.dialogues:  # a dialogue retired since
            conversation = self.begin(who)
        if inp.kind is not InputKind.COMMAND and not self.allowed(who, conversation.current.dialogue):
            # their part changed under them (their case closed or erased, they were taken out): home says
            # so kindly, and takes nothing in a dialogue that is no longer theirs
            return self.start(who, self.begin(who))
        if inp.kind is InputKind.COMMAND:
            return self._command(who, conversation, inp)
        helping = self._help_pressed(who, conversation, inp)
        if helping is not None:
            return helping
        if inp.stale and inp.kind is InputKind.TEXT:
            return self._stale_words(who, conversation, inp)
        if inp.stale and inp.kind is InputKind.MEDIA:
            return self._again(who, conversation, self.notices.stale_file)
        notice = self._misfit(who, conversation, inp)
        if notice is self.notices.not_a_button:
            turn = Turn(who, conversation.current, inp)
            self.dialogues[conversation.current.dialogue].on_stray_text(turn)
            if not (turn.opened or turn.records or turn.replies) and self.stray is not None:
                self.stray(turn)
            if turn.opened or turn.records:  # the words meant something: no telling off
                return self._continue(who, conversation, conversation.current, turn)
        if notice is self.notices.edited and self.edited is not None:
            turn = Turn(who, conversation.current, inp)
            self.edited(turn)
            if turn.opened or turn.records:  # the new words were kept (and watched): no "not saved"
                return self._continue(who, conversation, conversation.current, turn)
        if notice is not None and inp.kind is InputKind.MEDIA and inp.argument.strip() and self.command_words:
            turn = Turn(who, conversation.current, inp)
            self.command_words(turn)  # a caption where the file is not kept: its words are, and watched
            if turn.opened:
                return self._continue(who, conversation, conversation.current, turn)
            again = self._again(who, conversation, notice)
            return replace(again, replies=(*turn.replies, *again.replies), records=(*turn.records, *again.records))
        if notice is not None:
            return self._again(who, conversation, notice)
        return self._trigger(who, conversation, inp)

    def start(self, who: Who, conversation: Conversation) -> Outcome:
        """Show what the conversation's current state asks (used when a dialogue opens)."""
        return self.prompt(who, conversation)

    def choices(self, who: Who, conversation: Conversation) -> tuple[Choice, ...]:
        """The buttons a person can press now."""
        return self._current_choices(who, conversation)

    def takes_text(self, conversation: Conversation) -> bool:
        """Whether the current state takes typed words (else it waits for a button)."""
        machine = self.machines[conversation.current.dialogue]
        text = machine.events.get("text")
        return text is not None and bool(text.transitions.get(conversation.current.state))

    def takes_media(self, conversation: Conversation) -> bool:
        """Whether the current state takes a picture or voice note (a ``media`` transition from it)."""
        machine = self.machines[conversation.current.dialogue]
        media = machine.events.get("media")
        return media is not None and bool(media.transitions.get(conversation.current.state))

    def media_case(self, conversation: Conversation) -> int | None:
        """The case the current dialogue names for a picture sent now (see `Dialogue.media_case`)."""
        frame = conversation.current
        return self.dialogues[frame.dialogue].media_case(frame.slots)

    def allowed(self, who: Who, dialogue: str) -> bool:
        return who.role in self.dialogues[dialogue].roles

    # -- inside a step ------------------------------------------------------------------------

    def _fresh(self, who: Who, name: str) -> Frame:
        d = self.dialogues[name]
        return Frame(name, d.initial, d.start_slots(who))

    def _current_choices(self, who: Who, conversation: Conversation) -> tuple[Choice, ...]:
        """The buttons of the current screen, drawn again only to find them: nobody sees this drawing, so
        what it reads is not a reading of anyone's words (the casebook's `unseen` view writes no audit)."""
        unseen = who if who.book is None else replace(who, book=who.book.unseen())
        return Outcome(conversation, tuple(self._asked(unseen, conversation.current))).choices

    def _asked(self, who: Who, frame: Frame) -> list[Reply]:
        """What ``frame``'s state asks, with the person's help button on it (see `HelpButton`)."""
        replies = list(self.dialogues[frame.dialogue].prompt(Turn(who, frame, Input.text(""))))
        helper = self.help_buttons.get(who.role) if who.role is not None else None
        if helper is None or frame.dialogue == helper.dialogue:
            return replies
        for i in range(len(replies) - 1, -1, -1):
            if replies[i].choices:
                if all(c.id != helper.choice.id for c in replies[i].choices):
                    replies[i] = Reply(replies[i].text, (*replies[i].choices, helper.choice))
                return replies
        return [*replies, Reply(helper.lead, (helper.choice,))]

    def _help_pressed(self, who: Who, conversation: Conversation, inp: Input) -> Outcome | None:
        """The help button, pressed on any message however old: the screen's own dialogue acts on it when it
        can (a young person's tools raise the alert there), else the role's help dialogue opens on top."""
        helper = self.help_buttons.get(who.role) if who.role is not None else None
        if helper is None or inp.kind is not InputKind.CHOICE or inp.value != helper.choice.id:
            return None
        if conversation.current.dialogue == helper.dialogue:
            return None  # the help's own screen: its buttons as usual
        event = self.machines[conversation.current.dialogue].events.get(helper.choice.event)
        if event is not None and event.transitions.get(conversation.current.state):
            return self._trigger(who, conversation, Input.choice(inp.value))
        return self._open(who, conversation, helper.dialogue, inp)

    def _misfit(self, who: Who, conversation: Conversation, inp: Input) -> Text | None:
        """The kind word for input the current state cannot take, or None when it fits."""
        n = self.notices
        if inp.kind is InputKind.MEDIA and inp.attached is not None and self.takes_media(conversation):
            return None
        if inp.kind is InputKind.MEDIA:
            return self.dialogues[conversation.current.dialogue].media_notice(who) or n.media
        if inp.kind is InputKind.EDITED:
            return n.edited
        if inp.kind is InputKind.CHOICE:
            ids = {c.id for c in self._current_choices(who, conversation)}
            return n.stale_button if inp.stale or inp.value not in ids else None
        if not inp.value.strip():
            return n.empty
        return None if self.takes_text(conversation) else n.not_a_button

    def _stale_words(self, who: Who, conversation: Conversation, inp: Input) -> Outcome:
        """Words typed on the page of an earlier question: never an answer to the question now, which they
        were not written for (a wish typed at "Which house?" is no worry). They are kept as said outside a
        question (`stray`: watched for danger like any words; a young person is asked which house they go
        in) after a word that the page was old, and the question now waits behind; the help comes first
        when they sound like danger. Where nothing keeps them (a worker's), they are shown back, not used."""
        turn = Turn(who, conversation.current, inp)
        if self.stray is not None:
            self.stray(turn)
        if not (turn.opened or turn.records):
            notice = replace(self.notices.stale_words_unkept, params={"words": Text.as_written(inp.value)})
            return self._again(who, conversation, notice)
        kept = self._continue(who, conversation, conversation.current, turn)
        if any(isinstance(e, RaiseAlert) for e in kept.effects):
            return kept
        return replace(kept, replies=(Reply(self.notices.stale_words), *kept.replies))

    def _trigger(self, who: Who, conversation: Conversation, inp: Input) -> Outcome:
        frame = conversation.current
        turn = Turn(who, frame, inp)
        event = {InputKind.CHOICE: inp.value.partition(":")[0], InputKind.MEDIA: "media"}.get(inp.kind, "text")
        machine = self.machines[frame.dialogue]
        try:
            machine.events[event].trigger(turn)
        except (MachineError, KeyError):
            return self._again(who, conversation, self.notices.stale_button)
        moved = Frame(frame.dialogue, turn.state, turn.slots)
        return self._continue(who, conversation, moved, turn)

    def _continue(self, who: Who, conversation: Conversation, moved: Frame, turn: Turn) -> Outcome:
        """Where the conversation goes after a step: on, into an opened dialogue, or back."""
        waiting = conversation.waiting
        who = _with_effects(who, turn.effects)
        if turn.opened is not None:
            opening = turn.opened
            if not opening.replace:
                waiting = (moved, *waiting)
            fresh = self._fresh(who, opening.dialogue)
            moved = Frame(fresh.dialogue, opening.state or fresh.state, dict(opening.slots or fresh.slots))
        elif turn.finished:
            if waiting:
                moved, waiting = waiting[0], waiting[1:]
            else:
                moved = self._fresh(who, self.home(who))
        return self._done(who, replace(conversation, waiting=waiting), moved, turn.replies, turn)

    def _done(self, who: Who, conversation: Conversation, frame: Frame, said: list[Reply], turn: Turn) -> Outcome:
        asked = self._asked(who, frame)
        replies = (*said, *asked)
        # A new question gets a new number, so its buttons can be told from older ones; the same
        # question asked again keeps its number, and its older buttons still work.
        moved = frame != conversation.current
        new = Conversation(frame, conversation.waiting[:MAX_WAITING], conversation.seq + (1 if moved else 0))
        return Outcome(new, replies, tuple(turn.records), tuple(turn.effects))

    def _again(self, who: Who, conversation: Conversation, notice: Text) -> Outcome:
        turn = Turn(who, conversation.current, Input.text(""))
        return self._done(who, conversation, conversation.current, [Reply(notice)], turn)

    def _command(self, who: Who, conversation: Conversation, inp: Input) -> Outcome:
        """A command. Words typed after it (``/help my dad hit me``; ``/start``'s are an invitation code) go to
        `command_words` first: kept, and when they sound like danger the help opens instead of the command."""
        target = self.dialogues.get(self.commands.get(inp.value, ""))
        takes_argument = inp.value == "start" or (target is not None and target.takes_argument)
        if inp.argument.strip() and not takes_argument and self.command_words is not None:
            turn = Turn(who, conversation.current, inp)
            self.command_words(turn)
            if turn.opened:
                return self._continue(who, conversation, conversation.current, turn)
            if turn.records:
                done = self._run_command(who, conversation, inp)
                return replace(
                    done,
                    replies=(*turn.replies, *done.replies),
                    records=(*turn.records, *done.records),
                    effects=(*turn.effects, *done.effects),
                )
        return self._run_command(who, conversation, inp)

    def _run_command(self, who: Who, conversation: Conversation, inp: Input) -> Outcome:
        name = inp.value
        turn = Turn(who, conversation.current, inp)
        if name == "start" and inp.argument and self.join:
            home = Conversation(self._fresh(who, self.home(who)), (), conversation.seq)
            return self._open(who, home, self.join, inp)
        if name == "start":
            return self.start(who, Conversation(self._fresh(who, self.welcome), (), conversation.seq))
        if name in self.info_commands:
            said = [Reply(text) for text in self.info_commands[name](who)]
            return self._done(who, conversation, conversation.current, said, turn)
        if name == "stop":
            home = self.home(who)
            if conversation.current.dialogue == home and not conversation.waiting:
                notice = self.notices.nothing_to_stop
            else:
                notice = self.notices.stopped
            cleared = Conversation(self._fresh(who, home), (), conversation.seq)
            return self._done(who, cleared, cleared.current, [Reply(notice)], turn)
        if name in self.commands and self.dialogues[self.commands[name]].offered(who):
            target = self.commands[name]
            if not self.allowed(who, target):
                return self._again(who, conversation, self.notices.not_for_you)
            return self._open(who, conversation, target, inp)
        shown = self._button_named(who, conversation, inp)
        if shown is not None:  # "/export" on a case card: its button, typed
            return self._trigger(who, conversation, Input.choice(shown.id))
        return self._again(who, conversation, self.notices.unknown_command)

    def _button_named(self, who: Who, conversation: Conversation, inp: Input) -> Choice | None:
        """The button on screen now that a typed command names: ``/export`` the button ``export``, ``/case 12``
        the button ``case:12``. A command that names a button's event works only where that very button is
        shown, as if it were pressed; anywhere else it is an unknown command (a typed ``/open`` or ``/aim``
        must not reach a dialogue with an argument it never offered)."""
        wanted = f"{inp.value}:{inp.argument}" if inp.argument else inp.value
        return next((c for c in self._current_choices(who, conversation) if c.id == wanted), None)

    def _open(self, who: Who, conversation: Conversation, target: str, inp: Input) -> Outcome:
        """A command opens ``target`` on top of the conversation (afresh if it is already in front)."""
        turn = Turn(who, self._fresh(who, target), inp)
        self.dialogues[target].on_open(turn)
        if turn.finished:  # the dialogue had nothing to do: the person stays where they were
            return self._done(who, conversation, conversation.current, turn.replies, turn)
        waiting = conversation.waiting
        if conversation.current.dialogue != target:
            waiting = (conversation.current, *waiting)
        opened = Frame(target, turn.state, turn.slots)
        who = _with_effects(who, turn.effects)
        return self._done(who, replace(conversation, waiting=waiting), opened, turn.replies, turn)


def _with_effects(who: Who, effects: Iterable[Effect]) -> Who:
    for effect in effects:
        if isinstance(effect, SetLocale):
            who = replace(who, locale=effect.locale)
        elif isinstance(effect, SetRole):
            who = replace(
                who, role=effect.role, worker_name=effect.worker_name, case_label=effect.case_label, closed_case=None
            )
    return who
