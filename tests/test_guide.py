"""The workers' practice guide as transcripts: browsing, the what-if of every aim with its cross-references,
a check saved to a case, own-words questions, and prompts on the case card from what families shared."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.i18n import render
from dialogues import NOTICES, topics
from dialogues.content import programme_theory as pt
from dialogues.messages import Text
from dialogues.prompts import RULES, prompts
from storage.repository import Standing
from tests.transcript import Chat, say


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 960, "parent")
    store.ensure_member(case_id, 962, "young_person")
    return Chat(store)


@pytest.fixture
def sam(chat):
    sam = chat.person(900)
    sam.says("/start")
    sam.presses("English")
    return sam


def en(msgid: str) -> str:
    return render(Text(msgid), "en")


def test_the_guide_opens_with_its_purpose_and_its_source_credited(sam):
    said = sam.says("/guide")
    assert en(pt.INTRO) in said.text and en(pt.SOURCE_CREDIT) in said.text
    assert said.buttons[:2] == [f"Part {p.number}: {en(p.title)}" for p in pt.PARTS]


def test_part_1_holds_aims_1_to_8_and_part_2_aims_9_to_12(sam):
    sam.says("/guide")
    said = sam.presses(sam.last.buttons[0])
    assert [b.split(":")[0] for b in said.buttons[:-1]] == [f"Aim {n}" for n in range(1, 9)]
    said = sam.presses("🧭 Guide home")
    said = sam.presses(said.buttons[1])
    assert [b.split(":")[0] for b in said.buttons[:-1]] == [f"Aim {n}" for n in range(9, 13)]


@pytest.mark.parametrize("number", range(1, 13))
def test_every_aim_shows_its_signs_and_its_what_if_point_by_point(sam, number):
    aim = pt.aim(number)
    said = sam.says("/guide")
    said = sam.presses(said.buttons[aim.part - 1])
    said = sam.presses(f"Aim {number}: {en(aim.title)}")
    assert en(aim.aim) in said.text
    for sign in aim.signs:
        assert en(sign.text) in said.text
    said = sam.presses("❓ What if the signs of success aren't there?")
    for point in aim.challenges:
        assert en(point.text) in said.text
    for n in sorted({n for p in aim.challenges for n in p.see_aims}):
        assert f"➡️ Aim {n}: {en(pt.aim(n).title)}" in said.buttons, "every 'see aim N' is a button"
    assert "see aim" not in said.text and "see part" not in said.text, "said once, as its button"
    for point in aim.challenges:
        assert said.text.count(en(point.text)) == 1
    assert f"⬅️ Back to aim {number}" in said.buttons and "🧭 Guide home" in said.buttons


def test_aim_3_sends_you_to_aims_4_5_and_6_and_aim_9_to_part_1(sam):
    sam.says("/guide")
    sam.presses(sam.last.buttons[0])
    sam.presses(f"Aim 3: {en(pt.aim(3).title)}")
    said = sam.presses("❓ What if the signs of success aren't there?")
    said = sam.presses(f"➡️ Aim 5: {en(pt.aim(5).title)}")
    assert en(pt.aim(5).aim) in said.text
    sam.says("/guide")
    sam.presses(sam.last.buttons[1])
    sam.presses(f"Aim 9: {en(pt.aim(9).title)}")
    said = sam.presses("❓ What if the signs of success aren't there?")
    said = sam.presses("➡️ Part 1")
    assert f"Aim 1: {en(pt.aim(1).title)}" in said.buttons


def test_a_check_from_a_case_card_is_saved_with_prompts_for_each_missing_sign(chat, sam, store):
    sam.says("/cases 1")
    sam.presses("🧭 Check an aim of the practice guide")
    sam.presses(sam.last.buttons[0])
    aim = pt.aim(2)
    sam.presses(f"Aim 2: {en(aim.title)}")
    said = sam.presses("☑️ Check this aim for the case")
    first = aim.signs[0]
    said = sam.presses(f"⬜ {first.id}")
    assert f"☑️ {first.id}" in said.buttons
    said = sam.presses("✅ Done")
    assert "Saved to the case" in said.text
    for sign in aim.signs[1:]:
        assert en(sign.text) in said.text
        for point in (p for p in aim.challenges if sign.id in p.signs):
            assert said.text.count(en(point.text)) == 1, "each point once, however many signs it answers"
    assert "score" not in said.text.lower(), "no score: a prompt for reflection"
    said = sam.says("/cases 1")
    assert "• Aim 2, " in said.text and f"1 of {len(aim.signs)} signs of success seen" in said.text


def test_a_check_is_not_offered_outside_a_case(sam):
    sam.says("/guide")
    sam.presses(sam.last.buttons[0])
    said = sam.presses(f"Aim 2: {en(pt.aim(2).title)}")
    assert "☑️ Check this aim for the case" not in said.buttons


def test_whatif_answers_a_problem_in_your_own_words_with_aim_buttons(sam):
    said = sam.says("/whatif")
    assert "in your own words" in said.text
    said = sam.says("the parents won't talk to me")
    assert "because you said" in said.text
    assert any(b.startswith("Aim ") for b in said.buttons)
    said = sam.says("/whatif asdf qwerty")
    assert "I could not match that to an aim" in said.text


def test_whatif_quotes_only_the_worker_s_own_words_never_a_concept_they_did_not_write(sam):
    sam.says("/whatif")
    said = sam.says("mum keeps missing the contact sessions and dad won't talk to me")
    lines = [line for line in said.text.splitlines() if "because you said" in line]
    assert lines and not any("parents" in line for line in lines), lines
    assert any("mum, dad" in line for line in lines), lines


def test_the_guide_is_for_workers_only(chat):
    mum = chat.person(960)
    assert say(NOTICES.not_for_you) in mum.says("/guide")


def test_prompts_come_from_what_families_shared_say_why_and_can_be_dismissed(chat, sam, store):
    with store.transaction() as tx:
        mum, child = tx.person(960).id, tx.person(962).id
        for n in ("6", "5", "5"):
            tx.add_answers(mum, Standing("parent", 1), [(topics.CHECKIN, n, {})], None)
        tx.add_answers(child, Standing("young_person", 1), [(topics.SAFETY_SCALE, "2", {})], None)
        tx.add_answers(tx.person(900).id, Standing("worker", 1), [(topics.WORKER_SCORE, "1", {})], None)
    said = sam.says("/cases 1")
    assert "A parent's last 3 scores are flat or falling." in said.text and "9, 3, 4, 5, 6" in said.text
    assert "A parent's score and yours are 3 or more apart." in said.text
    assert "Talk to your supervisor." in said.text
    dismiss = next(b for b in said.buttons if b.startswith("✖️ Dismiss: A parent's last 3"))
    said = sam.presses(dismiss)
    assert "Dismissed." in said.text and "A parent's last 3 scores are flat" not in said.text
    with store.transaction() as tx:
        tx.add_answers(tx.person(960).id, Standing("parent", 1), [(topics.CHECKIN, "4", {})], None)
    assert "A parent's last 3 scores are flat or falling." in sam.says("/cases 1").text, "new facts show it again"


def test_a_quiet_young_person_raises_a_prompt_after_3_weeks(chat, store):
    from storage import cases

    with store.transaction() as tx:
        card = cases.card(tx.c, tx.person(900).id, 1)
    later = datetime.now(UTC) + timedelta(days=22)
    assert [p.rule.id for p in prompts([], card.members, later)] == ["quiet_child"]
    assert prompts([], card.members, datetime.now(UTC)) == []
    assert {r.id for r in RULES} == {"quiet_child", "flat_scores", "far_apart", "not_safe"}


def test_reference_cards_show_the_three_columns_how_to_scale_and_questions(sam):
    from dialogues.content import practice_cards as pc

    said = sam.says("/cards")
    assert en(pc.CREDITS) in said.text
    said = sam.presses("📏 How to scale")
    for step in pc.HOW_TO_SCALE.steps:
        assert en(step.title) in said.text
    assert "{" not in said.text, "every question is shown filled in"
    sam.presses("⬅️ All cards")
    said = sam.presses("🪞 Questions for supervision")
    assert all(en(q) in said.text for q in pc.REFLECTIVE_QUESTIONS.questions)
    sam.presses("⬅️ All cards")
    said = sam.presses("🏛️ The three columns")
    assert all(en(c.question) in said.text for c in pc.THREE_COLUMNS.columns)


def test_the_safety_goal_helper_drafts_a_goal_and_can_make_it_the_case_s_goal(chat, sam, store):
    from dialogues.content import practice_cards as pc
    from storage import plans

    sam.says("/cases 1")
    sam.presses("🧭 Check an aim of the practice guide")
    sam.presses("📚 Reference cards and drafting helpers")
    said = sam.presses("✍️ Draft a safety goal")
    answers = iter(["Mum", "Nan and Aunt Jo", "Ella is always cared for by a sober adult", "the school", "six months"])
    while "Here is your draft" not in said.text:
        said = sam.says(next(answers))
    assert "Mum and Nan and Aunt Jo will work together" in said.text and "six months" in said.text
    said = sam.presses("📏 Use it as the case's safety goal")
    with store.transaction() as tx:
        goal = plans.plan_of(tx.c, 1).goal
    assert goal.startswith("Mum and Nan and Aunt Jo will work together") and goal in en(pc.SAFETY_GOAL.template).format(
        who="Mum",
        network="Nan and Aunt Jo",
        what="Ella is always cared for by a sober adult",
        seen_by="The school",  # typed "the school": it starts a sentence
        how_long="six months",
    )


def test_the_danger_statement_helper_drafts_a_statement(sam):
    said = sam.says("/cards")
    said = sam.presses("✍️ Draft a danger statement")
    answers = iter(["The school and the police", "Dad will hit Mum again when he has been drinking",
                    "Ella hid under the table", "Ella", "be hurt and frightened"])  # fmt: skip
    asked = []
    while "Here is your draft" not in said.text:
        asked.append(said.texts[-1])
        said = sam.says(next(answers))
    assert len(set(asked)) == len(asked) == 5, "each blank has its own question"
    assert "The school and the police" in said.text and "be hurt and frightened" in said.text


def draft(sam, button, answers):
    said = sam.says("/cards")
    said = sam.presses(button)
    for words in answers:
        said = sam.says(words)
    return said.text.split("Here is your draft to copy and change as you need:")[1].strip().split("\n\n")[0]


def test_the_drafts_read_as_a_person_would_write_them(sam):
    statement = draft(sam, "✍️ Draft a danger statement", [
        "the school", "Dad will hit Mum again.", "He threw a plate last Friday.", "Ella", "She could be hurt\n",
    ])  # fmt: skip
    assert statement == (
        "The school is worried that Dad will hit Mum again, like the time when he threw a plate last Friday. "
        "If this happens, Ella could be hurt."
    )
    goal = draft(sam, "✍️ Draft a safety goal", [
        "Mum and Dad", "Nan and Aunt Sue.", "Ella gets to school clean and fed every day.", "the social worker",
        "For six months.",
    ])  # fmt: skip
    assert goal == (
        "Mum and Dad and Nan and Aunt Sue will work together to show everyone that Ella gets to school clean and "
        "fed every day. The social worker must see this keep happening for six months, so that everyone is "
        "confident the safety plan will go on working."
    )


def test_words_that_are_only_what_the_sentence_says_already_are_kept():
    from dialogues.cards import in_sentence

    assert in_sentence("how_long", "for") == "for", "nothing would be left: kept as typed"
    assert in_sentence("impact", "Could be hurt") == "be hurt"
    assert in_sentence("what", "The Smiths will move away") == "the Smiths will move away"
    assert in_sentence("what", "THE DOG bites") == "THE DOG bites", "capitals typed on purpose stay"
    assert in_sentence("who", "Sam Jones, social worker") == "Sam Jones, social worker"
    assert in_sentence("what", "Tata będzie pił.") == "Tata będzie pił", "other languages: only the full stop"
