"""Child-facing English reads at about age 9: the Flesch-Kincaid grade of every message a young person
sees, computed offline (textstat 0.7.3 counts syllables with pyphen and needs no network)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import textstat

from dialogues import NOTICES
from dialogues.home import CHILD_KEPT, CHILD_TELEGRAM, CHILD_WATCHED
from dialogues.safety import SAFETY_HELP

ROOT = Path(__file__).resolve().parent.parent
CHILD_FACING = [  # web.py: the web chat's own words; voice.py: a worker's message and its reply; story.py:
    ROOT / "dialogues" / "young_people.py",  # words and pictures (the worker's side too, short and plain)
    ROOT / "dialogues" / "voice.py",
    ROOT / "dialogues" / "story.py",
    ROOT / "bot" / "web.py",
]
MAX_AVERAGE, MAX_ONE = 4.0, 6.0


def messages_in(path: Path) -> list[str]:
    """Every message marked with T(...) in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "T" and node.args:
            value = node.args[0]
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.append(value.value)
    return found


def plain(message: str) -> str:
    """The words a child reads: placeholders become a short name, emoji and symbols go."""
    words = re.sub(r"\{[a-z_]+\}", "Sam", message)
    return re.sub(r"[^\w\s.,?!'\"-]", "", words).strip()


def child_messages() -> list[str]:
    messages = [m for path in CHILD_FACING for m in messages_in(path)]
    messages += [text.msgid for text in (*SAFETY_HELP, *vars(NOTICES).values())]
    messages += [text.msgid for text in (CHILD_KEPT, CHILD_WATCHED, CHILD_TELEGRAM)]  # a young person's /privacy
    # Messages for the worker, made in this module, are not read by the child; the product's name is a name.
    return sorted({m for m in messages if not m.startswith("⚠️ Urgent") and m != "Safety Companion"})


def grade(message: str) -> float:
    return float(textstat.flesch_kincaid_grade(plain(message)))


def test_there_are_child_facing_messages_to_check():
    assert len(child_messages()) > 60


def test_child_facing_english_reads_at_about_age_9():
    grades = {m: grade(m) for m in child_messages()}
    average = sum(grades.values()) / len(grades)
    too_hard = {m: g for m, g in grades.items() if g > MAX_ONE}
    assert average <= MAX_AVERAGE and not too_hard, f"average grade {average:.1f}; too hard: {too_hard}"


def test_the_measure_can_tell_hard_words_from_easy_ones():
    assert grade("The multidisciplinary safeguarding partnership will reconvene subsequently.") > MAX_ONE
    assert grade("You can stop any time.") < MAX_AVERAGE


def test_the_answers_to_distress_are_among_the_texts_checked():
    """What a child now sees when they stop a tool, score 0, or type where a button was expected."""
    checked = child_messages()
    for message in (
        "That's OK. You don't have to. We can stop here, and you can come back to it any time.",
        "Thank you for telling me how you feel. You picked 0.",
        'Thank you. I have kept what you wrote: "{words}"',
        "Would you like to put it in one of your houses?",
        "That's OK. It is kept just as you wrote it.",
        "Thank you for telling me. I have kept what you wrote.",
        "Done. I put it in the {house}.",
    ):
        assert message in checked, message
