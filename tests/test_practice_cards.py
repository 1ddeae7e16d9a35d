"""The practice cards: every string a clean one-line msgid, named placeholders only, templates that
format, all the steps of scaling, every reflective question, and no sentence copied from the sources."""

from __future__ import annotations

import ast
import dataclasses
import re
import string
from pathlib import Path

import pytest

from dialogues.content import practice_cards as pc

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "dialogues" / "content" / "practice_cards.py"
# The source documents live outside the repository (../shared/seeds from the repo root).
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_FILES = ("001_0e2485f709a90647.txt", "003_23de253944cf30cd.txt", "004_6eced48d3aaeecc6.txt")
SANDWELL_NOTE = "003_23de253944cf30cd.txt"

# Fields that hold ids or numbers, not text for people to read.
ID_FIELDS = {"key", "sources", "placeholders", "number"}
CARDS = (
    pc.THREE_COLUMNS,
    pc.HOW_TO_SCALE,
    pc.REFLECTIVE_QUESTIONS,
    pc.DANGER_STATEMENT,
    pc.SAFETY_GOAL,
    pc.GOOD_PRACTICE,
)
# The Sandwell practice note, Appendix 2 ("Reflective Questions to strengthen Strengths Based Practice"),
# lists 12 questions as 12 bullets in one group. The tenth bullet asks two things (how the safety plan was
# built with the family, and who was involved); we keep it as one question, as the note does.
SOURCE_REFLECTIVE_QUESTIONS = 12
MIN_COPIED_WORDS = 8


def texts(value: object) -> list[str]:
    """Every user-facing string inside a card (recursing through dataclasses and tuples), ids left out."""
    if value is None:  # an optional text that is not there
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in texts(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) if f.name not in ID_FIELDS for s in texts(getattr(value, f.name))]
    raise TypeError(f"unexpected value {value!r}")


def all_strings() -> list[str]:
    return [pc.CREDITS, *(s for card in CARDS for s in texts(card))]


def fields_of(msgid: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(msgid) if name is not None]


def templates() -> list[str]:
    """Every msgid that has placeholders."""
    return [s for s in all_strings() if fields_of(s)]


# -- msgids -------------------------------------------------------------------------------------------


def test_every_string_is_a_clean_msgid():
    strings = all_strings()
    assert len(strings) > 150
    for s in strings:
        assert type(s) is str, repr(s)
        assert s and s == s.strip(), repr(s)
        assert "\n" not in s and "\t" not in s and "  " not in s, repr(s)
        fields_of(s)  # braces are balanced: raises ValueError otherwise


def test_every_string_literal_is_marked_and_on_one_line():
    """In the module, each text literal is the single argument of N_ (or one of the two of Nn_), one line."""
    tree = ast.parse(MODULE.read_text(encoding="utf-8"))
    marked: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"N_", "Nn_"}:
            assert len(node.args) == (1 if node.func.id == "N_" else 2), ast.dump(node)
            for arg in node.args:
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), ast.dump(node)
                assert arg.lineno == arg.end_lineno, f"msgid split over lines at {arg.lineno}"
                marked.add(id(arg))
    allowed: set[int] = set()
    for node in ast.walk(tree):
        # docstrings, and the values of id fields and id constants, are not messages
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(node) is not None:
            allowed.add(id(node.body[0].value))
        if isinstance(node, ast.keyword) and node.arg in ID_FIELDS:
            allowed.update(id(n) for n in ast.walk(node.value))
        id_constant = isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        if id_constant and all(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets):
            allowed.add(id(node.value))
        if isinstance(node, ast.Subscript):  # type aliases such as tuple[str, str]
            allowed.update(id(n) for n in ast.walk(node))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert id(node) in marked or id(node) in allowed, f"unmarked string at line {node.lineno}: {node.value!r}"


def test_cards_are_frozen():
    for card in CARDS:
        with pytest.raises(dataclasses.FrozenInstanceError):
            card.title = "x"  # type: ignore[misc]


def test_every_card_names_its_sources():
    known = {pc.LEICESTERSHIRE, pc.SANDWELL, pc.CHARTER}
    for card in CARDS:
        assert card.sources and set(card.sources) <= known, card.title


def test_credits_name_all_three_sources():
    assert "Leicestershire Children and Family Services" in pc.CREDITS
    assert "Signs of Safety, Stability and Success" in pc.CREDITS
    assert "Sandwell" in pc.CREDITS and "Strengths-based practice: Signs of Safety" in pc.CREDITS
    assert "charter" in pc.CREDITS


# -- placeholders and templates ------------------------------------------------------------------------


def test_placeholders_are_named():
    for s in all_strings():
        for name in fields_of(s):
            assert re.fullmatch(r"[a-z_]+", name), (s, name)


def test_every_template_formats_with_its_placeholders_filled():
    assert templates()
    for s in templates():
        filled = s.format(**{name: "X" for name in fields_of(s)})
        assert "{" not in filled and "}" not in filled, s


def test_plural_pairs_share_their_placeholders():
    for pair in (pc.DANGER_STATEMENT.template, pc.DANGER_STATEMENT.short_template):
        assert isinstance(pair, tuple) and len(pair) == 2
        assert set(fields_of(pair[0])) == set(fields_of(pair[1]))
        assert " is worried" in pair[0] and " are worried" in pair[1]


def test_danger_statement_template_matches_its_parts():
    card = pc.DANGER_STATEMENT
    assert set(fields_of(card.template[0])) == {"who", "what", "past_example", "child", "impact"}
    assert set(fields_of(card.short_template[0])) == {"who", "what", "child", "impact"}
    assert set(fields_of(card.template[0])) == {p for part in card.parts for p in part.placeholders}
    keys = [part.key for part in card.parts]
    assert keys == ["who", "what", "impact", "plain_words"]
    filled = card.template[1].format(
        who="The social worker and the school nurse",
        what="the children will keep arriving at school hungry",
        past_example="they came in without breakfast all week",
        child="the children",
        impact="fall behind and feel left out",
    )
    assert filled.startswith("The social worker and the school nurse are worried that the children will keep")
    assert len(card.guidance) >= 2 and len(card.examples) == 3


def test_safety_goal_template_matches_its_parts():
    card = pc.SAFETY_GOAL
    assert set(fields_of(card.template)) == {"who", "network", "what", "seen_by", "how_long"}
    assert set(fields_of(card.template)) == {p for part in card.parts for p in part.placeholders}
    assert [part.key for part in card.parts] == ["who", "what", "seen_by", "how_long"]
    assert "not how" in card.what
    assert len(card.guidance) >= 2 and len(card.examples) == 3


def test_scale_question_template_gives_ten_first():
    t = pc.HOW_TO_SCALE.question_template
    assert fields_of(t) == ["ten", "zero"]


# -- the three columns ---------------------------------------------------------------------------------


def test_three_columns_in_order_with_what_goes_in_each():
    card = pc.THREE_COLUMNS
    assert [c.number for c in card.columns] == [1, 2, 3]
    assert [c.question for c in card.columns] == [
        "What are we worried about?",
        "What's working well?",
        "What needs to happen?",
    ]
    worried, well, needs = (card.column(k) for k in ("worried", "working_well", "needs_to_happen"))
    assert [e.name for e in worried.entries] == ["Harm", "Danger", "Complicating factors"]
    assert [e.name for e in well.entries] == ["Strengths", "Existing safety"]
    assert [e.name for e in needs.entries] == ["Safety goals", "Next steps"]
    assert "Future safety" in needs.summary
    with pytest.raises(KeyError):
        card.column("dreams")


def test_judgement_scale_sits_beneath_the_columns():
    scale = pc.THREE_COLUMNS.scale
    assert "0 to 10" in scale.question
    assert "close" in scale.ten and "home" in scale.zero
    assert any("each person's number" in p for p in scale.points)


# -- how to scale --------------------------------------------------------------------------------------


def test_every_step_of_scaling_is_there_in_order():
    card = pc.HOW_TO_SCALE
    keys = [s.key for s in card.steps]
    assert keys == [
        "base_on_worry",
        "define_ends",
        "ten_first",
        "ask_each",
        "not_zero",
        "one_higher",
        "ten_looks_like",
        "record",
    ]
    define = card.step("define_ends")
    assert "0" in define.title and "10" in define.title and "plain words" in define.text
    assert "before anyone gives a number" in define.text
    assert "10 first" in card.step("ten_first").text
    assert "every family member" in card.step("ask_each").text and "why" in card.step("ask_each").question
    assert "not 0" in card.step("not_zero").question
    assert "one point higher" in card.step("one_higher").question
    assert "10 look like" in card.step("ten_looks_like").question
    record = card.step("record").text
    assert "each person's number" in record and "reason" in record
    assert "danger statement" in card.step("base_on_worry").text
    with pytest.raises(KeyError):
        card.step("eleven")


def test_a_step_with_a_question_does_not_say_it_again_in_its_text():
    for step in pc.HOW_TO_SCALE.steps:
        if step.question:
            assert not step.text.startswith("Ask"), f"{step.key}: the question under it asks it"


def test_other_scaling_points_are_kept():
    everything = " ".join(texts(pc.HOW_TO_SCALE))
    for idea in ("In a meeting", "do not have to agree", "why their numbers differ", "right or wrong", "relationship"):
        assert idea in everything, idea
    assert len(pc.HOW_TO_SCALE.examples) == 3


# -- reflective questions ------------------------------------------------------------------------------


def test_reflective_questions_count_matches_the_source():
    questions = pc.REFLECTIVE_QUESTIONS.questions
    assert len(questions) == SOURCE_REFLECTIVE_QUESTIONS
    assert len(pc.REFLECTIVE_QUESTIONS.groups) == 1  # the note gives them as one list
    assert all(q.endswith("?") for q in questions)
    assert len(set(questions)) == len(questions)
    assert "106" in pc.REFLECTIVE_QUESTIONS.note


def seed_text(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"source documents not found at {SEEDS} (they live outside the repository)")
    return path.read_text(encoding="utf-8")


def test_reflective_questions_count_read_from_the_source():
    text = seed_text(SANDWELL_NOTE)
    appendix = text.split("Practice Reflective Questions relevant to Strengths-Based Practice include:")[1]
    bullets = [line for line in appendix.splitlines() if line.strip().startswith("•")]
    assert len(bullets) == SOURCE_REFLECTIVE_QUESTIONS


# -- good practice -------------------------------------------------------------------------------------


def test_good_practice_has_the_three_groups_of_the_charter():
    sizes = [len(g.points) for g in pc.GOOD_PRACTICE.groups]
    assert sizes == [7, 6, 6]


# -- our own words -------------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    text = text.lower().replace("’", "").replace("‘", "").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def runs(text: str, n: int) -> set[tuple[str, ...]]:
    """Every run of n consecutive words; a placeholder breaks a run."""
    out: set[tuple[str, ...]] = set()
    for segment in re.split(r"\{[a-z_]*\}", text):
        w = words(segment)
        out.update(tuple(w[i : i + n]) for i in range(len(w) - n + 1))
    return out


def test_no_run_of_eight_words_copied_from_the_sources():
    source = set().union(*(runs(seed_text(name), MIN_COPIED_WORDS) for name in SEED_FILES))
    copied = {s: sorted(runs(s, MIN_COPIED_WORDS) & source) for s in all_strings()}
    copied = {s: r for s, r in copied.items() if r}
    assert not copied, copied


def test_the_copy_check_can_find_a_copy():
    source = runs(seed_text(SANDWELL_NOTE), MIN_COPIED_WORDS)
    assert runs("It is not important that everyone agrees, but it is important.", MIN_COPIED_WORDS) & source
