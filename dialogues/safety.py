"""The safety path every role's dialogues share: the help shown when someone may not be safe, and the
urgent alert to their case's workers.

A dialogue raises an alert with `alert` (or `raise_alert`, which also opens the help: the young person's
"unsafe" dialogue, or a parent's or carer's "needhelp"). The alert is an effect, `RaiseAlert`: the adapter
stores it, tells the workers at once (never with the person's words) and follows it up.

Every word a young person or a parent types is kept where it was typed, through `keep_words`: words that
sound like danger (`dialogues.danger.sounds_unsafe`, a help, never the safeguard: the button is always
there) are kept marked ``alert=True``, the alert names that answer, and the help is the first thing the
person sees. Words typed where a button was expected are kept as "said outside a question"
(`on_stray_words`), so nothing a person types is lost; forwarded words are kept marked ``forwarded=True``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from dialogues import topics
from dialogues.danger import sounds_unsafe
from dialogues.engine import Choice, Dialogue, HelpButton, InputKind, RaiseAlert, Record, Reply, Role, Turn
from dialogues.messages import T, Text

MAX_WORDS = 4096  # Telegram's limit for one message: a message is kept whole
# whose typed words are watched and kept: the safety network's too, as parents' are
WATCHED = frozenset({Role.YOUNG_PERSON, Role.PARENT, Role.NETWORK})
HELP_DIALOGUE = {Role.YOUNG_PERSON: "unsafe", Role.PARENT: "needhelp", Role.NETWORK: "needhelp"}
PLACE_DIALOGUE = "place"  # asks a young person whether words said outside a question go in a house

# The help's last line, said when it opens; when it is shown again (words typed at it), the worker has been
# told already, so it is left out rather than said as if it were happening again.
TELLING = T("I am telling your social worker now, so they can help.")
SAFETY_HELP = (
    T("If you are in danger now, call 999."),
    T("You can call Childline free on 0800 1111, any time, day or night."),
    T("You can text SHOUT to 85258. It is free, any time."),
    T("This chat is not watched all the time, so please use those numbers if you need help now."),
    T("It is not your fault."),
    TELLING,
)

# A parent's or carer's help: their own button on every screen, /needhelp, or words that sound like danger.
PARENT_HELP = (
    T("If you or a child are in danger now, call 999."),
    T("National Domestic Abuse Helpline: 0808 2000 247. It is free and open 24 hours a day."),
    T("Live Fear Free (Wales): 0808 80 10 800. It is free and open 24 hours a day."),
    T("Samaritans: 116 123. It is free, any time, day or night."),
    T("This chat is not watched all the time, so please use those numbers if you need help now."),
    TELLING,
)
NEED_HELP = Choice("unsafe", T("🆘 I need help now"))  # on every parent's and network member's screen
UNSAFE = Choice("unsafe", T("🆘 I don't feel safe right now"))  # on every young person's screen

# Each role's help, on every screen that role sees (the engine adds it where a dialogue has not), working
# from any message however old.
HELP_BUTTONS = {
    Role.YOUNG_PERSON: HelpButton(UNSAFE, HELP_DIALOGUE[Role.YOUNG_PERSON], T("If you don't feel safe:")),
    Role.PARENT: HelpButton(NEED_HELP, HELP_DIALOGUE[Role.PARENT], T("If you need help now:")),
    Role.NETWORK: HelpButton(NEED_HELP, HELP_DIALOGUE[Role.NETWORK], T("If you need help now:")),
}

# How a mark on an answer is shown to the worker (the chat view, the PDF).
ALERT_MARK = T("Raised an alert")
FORWARDED_MARK = T("Forwarded: not their own words")
EDITED_MARK = T("Changed later: the new words of an edited message")


def marks(data: Any) -> list[Text]:
    """The marks an answer's data carries: it raised an alert, it was forwarded."""
    found = []
    if data.get("alert"):
        found.append(ALERT_MARK)
    if data.get("forwarded"):
        found.append(FORWARDED_MARK)
    if data.get("edited"):
        found.append(EDITED_MARK)
    return found


def marked(words: Text, data: Any) -> Text:
    """Words as the worker sees them, with their marks beside them."""
    for mark in marks(data):
        words = T("{words} [{mark}]", words=words, mark=mark)
    return words


def _worker_text(role: Role | None, how: str, label: Text) -> Text:
    """What the workers are told: who raised it and how, never the person's words."""
    if role is Role.NETWORK:
        if how == "words":
            return T(
                '⚠️ Urgent: someone in the safety network of "{label}" wrote something that sounds like they or a '
                "child may not be safe. Please read it and contact them, or follow your safeguarding steps, now.",
                label=label,
            )
        return T(
            '⚠️ Urgent: someone in the safety network of "{label}" pressed "I need help now". Please contact '
            "them, or follow your safeguarding steps, now.",
            label=label,
        )
    if role is Role.PARENT:
        if how == "words":
            return T(
                '⚠️ Urgent: a parent or carer in "{label}" wrote something that sounds like they or a child may '
                "not be safe. Please read it and contact them, or follow your safeguarding steps, now.",
                label=label,
            )
        return T(
            '⚠️ Urgent: a parent or carer in "{label}" pressed "I need help now". Please contact them, or follow '
            "your safeguarding steps, now.",
            label=label,
        )
    if how == "words":
        return T(
            '⚠️ Urgent: a young person in "{label}" wrote something that sounds like they may not be safe. '
            "Please read it and contact them, or follow your safeguarding steps, now.",
            label=label,
        )
    if how == "scale0":
        return T(
            '⚠️ Urgent: a young person in "{label}" said they feel 0 out of 10 safe at home. Please contact '
            "them, or follow your safeguarding steps, now.",
            label=label,
        )
    return T(
        '⚠️ Urgent: a young person in "{label}" pressed "I don\'t feel safe right now". Please contact '
        "them, or follow your safeguarding steps, now.",
        label=label,
    )


def alert(turn: Turn, how: str, answer: Record | None = None) -> None:
    """Keep the alert and tell the case's workers at once, never with the person's words. ``how``: "button",
    "command", "words" or "scale0" (a young person's 0 on how safe they feel); ``answer`` is the answer this
    step keeps that raised it, when words or a number did."""
    turn.keep(topics.ALERT_UNSAFE, "", how=how)
    label = Text.as_written(turn.who.case_label or "")
    turn.effect(RaiseAlert(how, _worker_text(turn.who.role, how, label), answer))


def raise_alert(turn: Turn, how: str, answer: Record | None = None) -> None:
    """The alert, then the help for this person's role on top of what they were doing (they go back to it
    after)."""
    alert(turn, how, answer)
    turn.open(HELP_DIALOGUE.get(turn.who.role or Role.YOUNG_PERSON, "unsafe"))


def alerted(turn: Turn) -> bool:
    """Whether this step has raised an alert: then nothing cheerful is said, the help comes first."""
    return any(isinstance(e, RaiseAlert) for e in turn.effects)


def words_of(turn: Turn) -> str:
    """What the person typed, whole (up to Telegram's limit for one message)."""
    return turn.input.value.strip()[:MAX_WORDS]


def keep_words(
    turn: Turn, topic: str, words: str, *, case_id: int | None = None, open_help: bool = True, **data: Any
) -> Record:
    """Keep what a person typed where they typed it. Forwarded words are marked ``forwarded``. A young
    person's or parent's words that sound like danger are marked ``alert``, and the alert (naming this
    answer) is raised, with the help opened on top unless ``open_help`` is False (they are on it already).
    Callers say nothing cheerful when `alerted` (turn)."""
    if turn.input.forwarded:
        data["forwarded"] = True
    unsafe = turn.who.role in WATCHED and sounds_unsafe(words, turn.who.locale)
    if unsafe:
        data["alert"] = True
    record = turn.keep(topic, words, case_id=case_id, **data)
    if unsafe and not alerted(turn):
        (raise_alert if open_help else alert)(turn, "words", record)
    return record


def keep_outside(turn: Turn, *, open_help: bool = True) -> Record | None:
    """A young person's or parent's words kept as "said outside a question" (None for anyone else, or no
    words): marked and alerting when they sound like danger."""
    words = words_of(turn)
    if turn.who.role not in WATCHED or not words:
        return None
    return keep_words(turn, topics.SAID_OUTSIDE, words, open_help=open_help)


# Said when words that are not the answer asked for were kept all the same (as said outside a question).
KEPT_ANYWAY = {
    Role.YOUNG_PERSON: T("Thank you for telling me. I have kept what you wrote."),
    Role.PARENT: T("Thank you. I have kept what you wrote, and your social worker will read it."),
    Role.NETWORK: T("Thank you. I have kept what you wrote, and your social worker will read it."),
}


def unsafe_outside(turn: Turn) -> bool:
    """Words that do not answer the question (not a number where one is asked for, or forwarded): a young
    person's or parent's are kept as said outside a question, never lost, and open the help when they sound
    like danger. True when the help opened (then no telling off); else, when they were kept, the person is
    told so (the caller then asks its question again)."""
    if turn.who.role not in WATCHED:
        return False
    if keep_outside(turn) is not None and not alerted(turn):
        turn.say(KEPT_ANYWAY[turn.who.role])
    return alerted(turn)


def on_stray_words(turn: Turn) -> None:
    """Words typed where a button was expected: kept as said outside a question, never lost. Danger words
    open the help first; otherwise a young person is asked whether to put them in a house, and a parent is
    told they are kept."""
    if keep_outside(turn) is None or alerted(turn):
        return
    if turn.who.role is Role.YOUNG_PERSON:
        turn.open(PLACE_DIALOGUE, slots={"words": words_of(turn), "forwarded": turn.input.forwarded})
    else:
        turn.say(T("Thank you. I have kept what you wrote, and your social worker will read it."))


# Said when a young person's or parent's edited message was kept.
EDIT_KEPT = T("Thank you. I kept your change too. Your social worker will see both.")


def on_edited_words(turn: Turn) -> None:
    """A young person's or parent's edited message: its new words are kept too, as said outside a question
    and marked ``edited`` (what they first sent stays as it was kept: nothing is rewritten under the worker),
    and watched like any words, so a worry added by an edit is seen. Anyone else's edit is not kept (the
    engine's notice says so)."""
    words = words_of(turn)
    if turn.who.role not in WATCHED or not words:
        return
    keep_words(turn, topics.SAID_OUTSIDE, words, edited=True)
    if not alerted(turn):
        turn.say(EDIT_KEPT)


def on_command_words(turn: Turn) -> None:
    """Words a young person or parent typed after a command ("/help my dad hit me"), or sent as a photo's
    caption where the photo is not kept: kept as said outside a question and watched like any words. When
    they sound like danger the help opens (the engine then runs no command); else the person is told they
    are kept, and the command runs (or the kind word about the photo follows)."""
    words = turn.input.argument.strip()[:MAX_WORDS]
    if turn.who.role not in WATCHED or not words:
        return
    keep_words(turn, topics.SAID_OUTSIDE, words)
    if not alerted(turn):
        turn.say(KEPT_ANYWAY[turn.who.role])


def check_words(turn: Turn, words: str) -> None:
    """Words typed where a button was expected (``words`` is what was typed): see `on_stray_words`."""
    on_stray_words(turn)


class ParentScreens(Dialogue):
    """A parent's or carer's (or a safety network member's) dialogue: the "I need help now" button (which
    the engine puts on every screen they see, `HELP_BUTTONS`) raises the alert here, and every word they
    type where a button was expected is kept and watched."""

    def help_transition(self) -> dict[str, Any]:
        return {"trigger": "unsafe", "source": "*", "dest": None, "after": lambda e: raise_alert(e.model, "button")}

    def on_stray_text(self, turn: Turn) -> None:
        on_stray_words(turn)


class HelpNow(Dialogue):
    """Help now, the worker told; then back to what they were doing. Words typed at the help are kept (and
    tell the worker again if they sound like danger), and the help stays."""

    states = ("help",)
    lines: ClassVar[tuple[Text, ...]]
    kept: ClassVar[Text]  # said when words typed at the help are kept

    def transitions(self) -> list[dict[str, Any]]:
        return [{"trigger": "back", "source": "help", "dest": None, "after": lambda e: e.model.finish()}]

    def on_open(self, turn: Turn) -> None:
        alert(turn, "button" if turn.input.kind is InputKind.CHOICE else "command")

    def ask_help(self, turn: Turn) -> list[Reply]:
        back = Choice("back", T("⬅️ Go back"))
        lines = [line for line in self.lines if not (turn.slots.get("told") and line is TELLING)]
        return [*(Reply(line) for line in lines), Reply(T("When you are ready:"), (back,))]

    def on_stray_text(self, turn: Turn) -> None:
        if keep_outside(turn, open_help=False) is not None:
            turn.say(self.kept)
        turn.open(self.name, slots={"told": True}, replace=True)  # the help again, the worker told already


class NeedHelp(HelpNow):
    """``/needhelp`` or the "I need help now" button: help now, the worker told; then back.

    It is a parent's or carer's help, and the safety network's."""

    name = "needhelp"
    command = "needhelp"
    roles = frozenset({Role.PARENT, Role.NETWORK})
    lines = PARENT_HELP
    kept = T("Thank you. I have kept what you wrote, and your social worker will read it.")
