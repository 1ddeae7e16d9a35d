"""The Signs of Safety programme theory content: structure, cross-references and wording."""

from __future__ import annotations

import ast
import inspect
import string

import pytest

from dialogues.content import programme_theory as pt

# Short quotes copied from the source guide (What Works Centre for Children's Social Care /
# CASCADE, Signs of Safety programme theory practice guide). Our wording must never repeat them.
SOURCE_SENTENCES = [
    "designed to be used to support reflection on and the development of practice",
    "have a holistic understanding of risk so you are able to make informed decisions",
    "A safety plan is in place and you know everyone's responsibilities within it",
    "You feel supported to seek the perspectives of people in the child and family's network",
    "learning from your colleagues and supervisors can help you feel supported",
    "You treat children and young people as experts in their own lives",
    "Parents develop the safety plan and identify people in their support network",
    "Parents have experienced a turning point in relation to their behaviour or circumstances",
    "Are honest about your role, the reason for your involvement and bottom lines",
    "Co-construct with parents what good enough parenting looks like",
    "Parents do not appear continually anxious and defensive when working with you",
    "There is currently little information to suggest how best to engage wider family",
    "Think about using scaling and mapping to improve the understanding and engagement of wider family",
    "External agencies are clear with you and with the parents about their worries",
    "Parents report finding it easier to draw on support within the safety network",
    "Consider how to use network meetings, peer support and supervision to review and monitor the plan",
    "Reunification, parental substance misuse and sexual abuse can heighten anxiety",
]

TEXT_FIELDS = {
    "Sign": ("text",),
    "ChallengePoint": ("text",),
    "Aim": ("title", "aim"),
    "Part": ("title", "summary"),
}


def all_strings() -> list[str]:
    """Every translatable string of the programme theory."""
    out = [pt.INTRO, pt.SOURCE_CREDIT]
    for part in pt.PARTS:
        out += [part.title, part.summary]
    for a in pt.AIMS:
        out += [a.title, a.aim]
        out += [s.text for s in a.signs]
        out += [c.text for c in a.challenges]
    return out


def test_twelve_aims_in_order():
    assert [a.number for a in pt.AIMS] == list(range(1, 13))


def test_parts():
    assert [p.number for p in pt.PARTS] == [1, 2]
    for a in pt.AIMS:
        assert a.part == (1 if a.number <= 8 else 2), a.number


def test_aim_lookup():
    for n in range(1, 13):
        assert pt.aim(n).number == n
    with pytest.raises(KeyError):
        pt.aim(13)


def test_each_aim_has_signs_and_challenges():
    for a in pt.AIMS:
        assert a.signs, a.number
        assert a.challenges, a.number


def test_sign_ids_unique():
    ids = [s.id for a in pt.AIMS for s in a.signs]
    assert len(ids) == len(set(ids))


def test_every_sign_covered_and_only_own_signs_referenced():
    for a in pt.AIMS:
        own = {s.id for s in a.signs}
        covered = {sid for c in a.challenges for sid in c.signs}
        assert own <= covered, (a.number, own - covered)
        assert covered <= own, (a.number, covered - own)
        for c in a.challenges:
            assert c.signs, (a.number, c.text)


def test_cross_references_exist():
    numbers = {a.number for a in pt.AIMS}
    parts = {p.number for p in pt.PARTS}
    for a in pt.AIMS:
        for c in a.challenges:
            for n in c.see_aims:
                assert n in numbers and n != a.number, (a.number, n)
            assert c.see_part is None or c.see_part in parts


def test_aim_3_points_to_4_5_6():
    refs = {n for c in pt.aim(3).challenges for n in c.see_aims}
    assert {4, 5, 6} <= refs


def test_aim_9_points_to_part_1():
    assert any(c.see_part == 1 for c in pt.aim(9).challenges)


def test_titles_short():
    for a in pt.AIMS:
        assert len(a.title) <= 40, a.title


def test_strings_are_clean():
    for s in all_strings():
        assert s and s == s.strip(), repr(s)
        assert "\n" not in s and "  " not in s, repr(s)


def test_braces_balanced_and_named():
    for s in all_strings():
        if "{" in s or "}" in s:
            assert s.count("{") == s.count("}"), s
            fields = [f for _, f, _, _ in string.Formatter().parse(s) if f is not None]
            assert all(f.isidentifier() for f in fields), s


def test_no_source_sentence_copied():
    for s in all_strings():
        low = s.lower()
        for quote in SOURCE_SENTENCES:
            assert quote.lower() not in low, (quote, s)


def test_source_sentences_are_long_enough():
    for quote in SOURCE_SENTENCES:
        assert len(quote.split()) >= 8, quote


def test_text_fields_are_marked_literals():
    """Every text field is written as N_("literal"), so extraction sees it (no f-strings, no joins)."""
    tree = ast.parse(inspect.getsource(pt))
    seen = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            pytest.fail("f-string in programme theory content")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in TEXT_FIELDS:
            for kw in node.keywords:
                if kw.arg in TEXT_FIELDS[node.func.id]:
                    v = kw.value
                    assert isinstance(v, ast.Call) and isinstance(v.func, ast.Name), kw.arg
                    assert v.func.id == "N_", kw.arg
                    assert len(v.args) == 1 and isinstance(v.args[0], ast.Constant), kw.arg
                    assert isinstance(v.args[0].value, str), kw.arg
                    seen += 1
    assert seen == len(all_strings()) - 2  # all but INTRO and SOURCE_CREDIT
