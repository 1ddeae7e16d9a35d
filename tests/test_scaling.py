"""Parents scale progress on the safety plan, as transcripts: the worker's set-up and score, the parent's
check-in (with 0, with 10, stopped in the middle and restarted), progress, reminders and bad input."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogues import NOTICES, topics
from dialogues.scaling import parse_date, whole_number
from storage import plans
from tests.transcript import Chat, say

CASE = 1


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    assert case_id == CASE
    store.ensure_member(case_id, 960, "parent")
    store.ensure_member(case_id, 961, "parent")
    store.ensure_member(case_id, 962, "young_person")
    return Chat(store)


def at_menu(chat, user_id):
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    return person


def set_up_scale(chat):
    sam = at_menu(chat, 900)
    sam.says(f"/cases {CASE}")
    said = sam.presses("📏 Safety goal, scale and my score")
    assert "not written yet" in said.text
    said = sam.presses("✏️ Write the goal and what 0 and 10 mean")
    assert "who will do what" in said.text
    said = sam.says("Mum will keep Ella safe from Dad's drinking, seen by Nan, for six months.")
    assert "What does 10 mean" in said.text and "what does 0 mean" not in said.text.lower(), "10 is asked first"
    said = sam.says("Ella is safe at home and the case can close.")
    assert "And what does 0 mean?" in said.text
    said = sam.presses("Use the usual words")
    assert "10 means: Ella is safe at home and the case can close." in said.text
    assert "0 means: " + say(topics.STANDARD_ZERO) in said.text
    return sam


def test_the_worker_sets_the_goal_10_first_then_0_and_the_usual_words(chat):
    set_up_scale(chat)


def test_the_parent_checks_in_10_first_and_every_part_is_kept(chat):
    set_up_scale(chat)
    mum = at_menu(chat, 960)
    said = mum.says("/checkin")
    text = said.text
    assert text.index("The safety goal: Mum will keep Ella") < text.index("10 means: Ella is safe")
    assert text.index("10 means:") < text.index("0 means:") < text.index("On a scale from 0 to 10")
    assert said.buttons[:11] == [str(n) for n in range(10, -1, -1)]
    said = mum.presses("6")
    assert "What makes it a 6 and not a 0?" in said.text
    assert [a["value"] for a in mum.answers()] == ["6"], "the number is kept at once"
    said = mum.says("We go to the group every week")
    assert "What would need to happen for it to be one point higher?" in said.text
    said = mum.says("A calm weekend")
    assert "What would a 10 look like for your family?" in said.text, "the first time"
    said = mum.says("No more drinking at home")
    assert 'You said this is working: "We go to the group every week".' in said.text
    assert "• " in said.text and ": 6" in said.text
    said = mum.presses("📈 See my progress chart")
    (chart,) = said.delivery.documents
    from PIL import Image

    assert Image.open(io.BytesIO(chart.content)).format == "PNG"
    said = mum.says("/checkin")
    mum.presses("7")
    mum.says("Dad went to his appointments")
    said = mum.says("A calm weekend")
    assert "What would a 10 look like" not in said.text, "at most once a month"


def test_the_parent_s_10_is_in_the_worker_s_view_and_the_pdf(chat):
    from pypdf import PdfReader

    set_up_scale(chat)
    mum = at_menu(chat, 960)
    mum.says("/checkin")
    mum.presses("6")
    mum.says("We go to the group every week")
    mum.says("A calm weekend")
    mum.says("No more drinking at home")
    sam = at_menu(chat, 900)
    sam.says(f"/cases {CASE}")
    said = sam.presses("📖 What they shared")
    assert "What 10 would look like: No more drinking at home" in said.text
    said = sam.presses("📄 Export for the assessment")
    pdf = PdfReader(io.BytesIO(said.delivery.documents[0].content))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "What would 10 look like?" in text and "No more drinking at home" in text


def test_at_0_the_parent_is_asked_what_would_make_it_a_1_and_at_10_what_keeps_it(chat):
    dad = at_menu(chat, 961)
    dad.says("/checkin")
    assert "What would need to happen for it to be a 1?" in dad.presses("0").text
    dad.says("/checkin")
    dad.presses("10")
    assert "What will help keep it at 10?" in dad.presses("⏭️ Skip this question").text


def test_bad_numbers_get_a_kind_word_and_the_question_again(chat):
    mum = at_menu(chat, 960)
    mum.says("/checkin")
    for bad in ("7.5", "seven", "11", "-1", "🙂", "x" * 5000):
        said = mum.says(bad)
        assert "Please send a whole number from 0 to 10" in said.text and len(said.buttons) == 13, bad
    said = mum.sends("sticker")
    assert say(NOTICES.media) in said and len(said.buttons) == 13
    kept = [(a["topic"], a["value"]) for a in mum.answers()]  # never lost: kept as said outside a question
    assert kept == [(topics.SAID_OUTSIDE, bad) for bad in ("7.5", "seven", "11", "-1", "🙂", "x" * 4096)]
    assert "What makes it a 4 and not a 0?" in mum.says("4").text


def test_a_stop_and_a_restart_in_the_middle_lose_nothing(chat):
    mum = at_menu(chat, 960)
    mum.says("/checkin")
    mum.presses("5")
    again = chat.restart().person(960)
    again.says("Nan comes every day")
    again.says("/stop")
    kept = {(a["topic"], a["value"]) for a in again.answers()}
    assert kept == {(topics.CHECKIN, "5"), (f"{topics.CHECKIN}.why", "Nan comes every day")}


def test_a_button_from_last_week_s_check_in_is_recognised(chat):
    mum = at_menu(chat, 960)
    old = mum.says("/checkin")
    mum.presses("5")
    mum.says("/stop")
    mum.says("/checkin")
    said = mum.presses("8", on=old)
    assert say(NOTICES.stale_button) in said and [a["value"] for a in mum.answers()] == ["5"]


def test_parents_never_see_each_other_s_answers_and_the_worker_sees_both_with_their_own(chat):
    set_up_scale(chat)
    for user_id, n, why in ((960, "6", "the group helps"), (961, "3", "work is hard")):
        parent = at_menu(chat, user_id)
        parent.says("/checkin")
        parent.presses(n)
        parent.says(why)
    sam = chat.person(900)
    sam.says(f"/cases {CASE}")
    sam.presses("📏 Safety goal, scale and my score")
    sam.presses("🔢 Record my own score")
    sam.presses("4")
    sam.says("Mum engages well")
    sam.presses("⏭️ Skip this question")
    said = sam.presses("⬅️ Back to the case")
    said = sam.presses("⬅️ Back to the case")
    said = sam.presses("📖 What they shared")
    assert "Date | Parent or carer 1 | Parent or carer 2 | Social worker\n" in said.text
    assert " | 6 | 3 | 4\n" in said.text, "everyone's numbers side by side, in one row for the day"
    assert "Mum engages well" in said.text
    dad = chat.person(961)
    assert "the group helps" not in dad.says("/checkin").text
    dad_values = {a["value"] for a in dad.answers()}
    assert "the group helps" not in dad_values


def test_plan_shows_the_goal_and_reminders_can_be_paused(chat, store):
    set_up_scale(chat)
    mum = at_menu(chat, 960)
    said = mum.says("/plan")
    assert "Your safety goal: Mum will keep Ella" in said.text and "10 means" in said.text
    said = mum.presses("🔕 Pause my reminders")
    assert "Reminders paused." in said.text and "🔔 Start my reminders again" in said.buttons
    with store.transaction() as tx:
        assert plans.paused(tx.c, tx.person(960).id)


def test_reminders_fall_due_at_the_rhythm_once_and_never_at_night(chat, store):
    sam = set_up_scale(chat)
    sam.presses("⏰ Set the check-in reminders")
    sam.presses("Every week")
    with store.transaction() as tx:
        row = tx.c.execute(plans.reminder_t.select()).first()
        due = row.next_at if row.next_at.tzinfo else row.next_at.replace(tzinfo=UTC)
    assert chat.companion.due_reminders(due - timedelta(minutes=1)) == []
    long_after = due + timedelta(days=20)  # the bot was down for weeks: one reminder, not three
    noon = long_after.replace(hour=12)
    sent = chat.companion.due_reminders(noon)
    assert sorted(to for to, _ in sent) == [960, 961]
    assert sent[0][1].buttons[0].data == "c|checkin"
    assert chat.companion.due_reminders(noon + timedelta(days=1)) == []
    night = noon + timedelta(days=7, hours=10)  # 22:00 UTC, 22:00 in London in winter
    assert chat.companion.due_reminders(night) == [], "not between 21:00 and 08:00"
    morning = (night + timedelta(days=1)).replace(hour=8, minute=1)
    assert len(chat.companion.due_reminders(morning)) == 2


def test_a_visit_date_sets_a_reminder_the_day_before(chat, store):
    sam = set_up_scale(chat)
    sam.presses("⏰ Set the check-in reminders")
    sam.presses("The day before a visit")
    assert "Please send a date still to come" in sam.says("31/02/2030").text
    visit = date.today() + timedelta(days=10)
    said = sam.says(visit.strftime("%d/%m/%Y"))
    assert "Saved. Parents, carers and the safety network will be reminded the day before" in said.text
    with store.transaction() as tx:
        row = tx.c.execute(plans.reminder_t.select()).first()
    assert row.next_at.date() == visit - timedelta(days=1)


def test_quiet_hours_follow_the_case_s_time_zone():
    summer_night = datetime(2027, 7, 1, 20, 30, tzinfo=UTC)  # 21:30 in London
    assert plans.out_of_quiet_hours(summer_night, "Europe/London") == datetime(2027, 7, 2, 7, 0, tzinfo=UTC)
    winter_evening = datetime(2027, 1, 5, 20, 30, tzinfo=UTC)  # 20:30 in London
    assert plans.out_of_quiet_hours(winter_evening, "Europe/London") == winter_evening


@given(st.text(max_size=20))
def test_only_a_whole_number_from_0_to_10_is_taken(words):
    n = whole_number(words)
    if n is not None:
        assert 0 <= n <= 10 and str(n) == words.strip().lstrip("0").rjust(1, "0")


@given(st.integers(min_value=0, max_value=10), st.sampled_from(["", " ", "  "]))
def test_every_whole_number_from_0_to_10_is_taken(n, space):
    assert whole_number(f"{space}{n}{space}") == n


@given(st.one_of(st.integers(max_value=-1), st.integers(min_value=11), st.floats(allow_nan=True)))
def test_numbers_outside_0_to_10_or_with_fractions_are_not(x):
    assert whole_number(str(x)) is None


def test_dates_are_read_day_first():
    assert parse_date("14/03/2027") == date(2027, 3, 14)
    assert parse_date("14-3-27") == date(2027, 3, 14)
    assert parse_date("2027/03/14") is None
    assert parse_date("next tuesday") is None
