"""The safety path every role's dialogues share: the help shown when someone may not be safe, and the
urgent alert to their case's workers.

A dialogue raises an alert with `alert` (or `raise_alert`, which also opens the help). The alert is an
effect, `RaiseAlert`: the adapter stores it, tells the workers at once (never with the person's words) and
follows it up. Typed words that sound like danger raise it through `check_words` (a help, never the
safeguard: the button is always there).
"""

from __future__ import annotations

from dialogues import topics
from dialogues.danger import sounds_unsafe
from dialogues.engine import RaiseAlert, Record, Turn
from dialogues.messages import T, Text

SAFETY_HELP = (
    T("If you are in danger now, call 999."),
    T("You can call Childline free on 0800 1111, any time, day or night."),
    T("You can text SHOUT to 85258. It is free, any time."),
    T("This chat is not watched all the time, so please use those numbers if you need help now."),
    T("It is not your fault."),
    T("I am telling your social worker now, so they can help."),
)


def alert(turn: Turn, how: str, answer: Record | None = None) -> None:
    """Keep the alert and tell the case's workers at once, never with the person's words. ``answer`` is
    the answer this step keeps that raised it, when words did."""
    turn.keep(topics.ALERT_UNSAFE, "", how=how)
    label = Text.as_written(turn.who.case_label or "")
    if how == "words":
        text = T(
            '⚠️ Urgent: a young person in "{label}" wrote something that sounds like they may not be safe. '
            "Please read it and contact them, or follow your safeguarding steps, now.",
            label=label,
        )
    else:
        text = T(
            '⚠️ Urgent: a young person in "{label}" pressed "I don\'t feel safe right now". Please contact '
            "them, or follow your safeguarding steps, now.",
            label=label,
        )
    turn.effect(RaiseAlert(how, text, answer))


def raise_alert(turn: Turn, how: str, answer: Record | None = None) -> None:
    """The alert, then the help on top of what they were doing (they go back to it after)."""
    alert(turn, how, answer)
    turn.open("unsafe")


def check_words(turn: Turn, words: str) -> None:
    """Words that sound like danger or harm open the help at once (after they are kept)."""
    if sounds_unsafe(words, turn.who.locale):
        raise_alert(turn, "words")
