"""A young person's tools as transcripts: the three houses, the wizard, the safety scale, safety people and
the way out when they don't feel safe. Everything is kept as it is given; stopping loses nothing."""

from __future__ import annotations

import io

import pytest

from dialogues import NOTICES, topics
from dialogues.messages import T
from dialogues.safety import SAFETY_HELP, TELLING
from dialogues.young_people import STILL_SEEN, TOOK_IT_OUT
from tests.transcript import Chat, say

UNSAFE = "🆘 I don't feel safe right now"
GOOD, WORRIES, DREAMS = "🌈 House of good things", "😟 House of worries", "✨ House of dreams"


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 950, "young_person")
    store.ensure_member(case_id, 951, "parent")
    return Chat(store)


@pytest.fixture
def jo(chat):
    """A young person in Sam's case, at their menu."""
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    return jo


def kept(person, topic):
    return [(a["value"], a["data"].get("change")) for a in person.answers() if a["topic"] == topic]


def worker_view(chat):
    sam = chat.person(900)
    sam.says("/cases 1")
    return sam.presses("📖 What they shared").text


def test_the_menu_offers_every_tool_and_the_way_out(jo):
    said = jo.says("/stop")
    for tool in ("🏠 My three houses", "🧙 The wizard or fairy", "🌡️ How safe I feel", "🤝 My safety people", UNSAFE):
        assert tool in said.buttons


def test_three_houses_start_gently_and_say_who_will_read_them(jo):
    said = jo.presses("🏠 My three houses")
    assert "There are no wrong answers" in said.text and "/stop" in said.text
    assert "Sam Jones will read what you put here" in said.text
    assert said.buttons[0] == GOOD, "the house of good things is offered first"
    assert said.buttons[-1] == UNSAFE


@pytest.mark.parametrize(("command", "first"), [("/wizard", "🧙 A wizard"), ("/scale", None)])
def test_the_wizard_and_the_scale_say_who_will_read_it_before_asking(jo, command, first):
    said = jo.says(command)
    if first:
        said = jo.presses(first)
    reads = said.text.index("Sam Jones will read what you put here")
    asked = said.text.index("What is wish number 1?" if first else "How safe do you feel at home right now?")
    assert reads < asked


def test_each_thing_is_kept_the_moment_it_is_given_and_the_houses_follow_each_other(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    said = jo.says("Nan's Sunday dinners")
    assert kept(jo, topics.HOUSE_GOOD) == [("Nan's Sunday dinners", "add")], "kept at once"
    assert "Nan's Sunday dinners" in said.text, "they see what is in the house"
    jo.says("my dog Biscuit")
    said = jo.presses("✅ That's all for this house")
    assert "You are in the 😟 House of worries." in said.text
    said = jo.presses("⏭️ Skip this one")
    assert "You are in the ✨ House of dreams." in said.text
    jo.says("a holiday by the sea")
    said = jo.presses("⏭️ Skip this one")
    assert "Here's what you put in your houses:" in said.text
    for words in ("Nan's Sunday dinners", "my dog Biscuit", "a holiday by the sea"):
        assert words in said.text
    assert "Sam Jones will read this before your next visit." in said.text
    assert kept(jo, topics.HOUSE_WORRIES) == []
    view = worker_view(chat)
    assert view.index("What's working well?") < view.index("my dog Biscuit") < view.index("What needs to happen?")


def test_a_thing_can_be_changed_or_taken_out_and_the_worker_sees_every_version(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("shouting at nigth")
    jo.says("school")
    jo.presses("✏️ Change or take something out")
    jo.presses("shouting at nigth")
    jo.presses("✏️ Change it")
    said = jo.says("shouting at night")
    assert "Done. I changed it." in said.text and "shouting at night" in said.text
    jo.presses("✏️ Change or take something out")
    jo.presses("school")
    assert say(STILL_SEEN) in jo.last.text, "told before they choose"
    said = jo.presses("🗑️ Take it out")
    assert say(TOOK_IT_OUT) in said.text, "the truth: the worker can still see it"
    assert "school" not in said.text.split(say(TOOK_IT_OUT))[1], "out of their own house"
    assert kept(jo, topics.HOUSE_WORRIES) == [
        ("shouting at nigth", "add"), ("school", "add"), ("shouting at night", "edit"), ("", "remove"),
    ]  # fmt: skip
    view = worker_view(chat)
    assert "shouting at night" in view and "(before" in view and "shouting at nigth" in view
    school = next(line for line in view.splitlines() if "school" in line)
    after = view.splitlines()[view.splitlines().index(school) + 1]
    assert school.startswith("• school (Young person 1,") and after.startswith("  (taken out by them on "), view


def test_stopping_halfway_loses_nothing_and_next_time_they_can_carry_on(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("mum crying")
    said = jo.says("/stop")
    assert say(NOTICES.stopped) in said
    again = chat.restart().person(950)
    said = again.says("/houses")
    assert "Welcome back!" in said.text
    assert said.buttons[0] == "➡️ Carry on in the 😟 House of worries"
    said = again.presses(said.buttons[0])
    assert "mum crying" in said.text


def test_a_restart_in_the_middle_of_a_house_goes_on_where_it_stood(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(DREAMS)
    again = chat.restart().person(950)
    again.says("a bigger bedroom")
    assert kept(again, topics.HOUSE_DREAMS) == [("a bigger bedroom", "add")]


def test_a_picture_of_the_houses_to_keep(jo):
    from PIL import Image

    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says("football ⚽")
    jo.presses("⏭️ Skip this one")
    jo.presses("⏭️ Skip this one")
    said = jo.presses("⏭️ Skip this one")
    said = jo.presses("🖼️ Send me a picture of my houses")
    (picture,) = said.delivery.documents
    assert picture.photo and Image.open(io.BytesIO(picture.content)).format == "PNG"


def test_a_sticker_in_a_house_is_asked_for_a_photo_a_drawing_or_a_voice_note(jo):
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    said = jo.sends("sticker")
    assert "Please send a photo, a drawing or a voice note, or type your words." in said.text
    assert jo.answers() == []


def test_a_photo_outside_a_house_gets_a_kind_word_about_drawings(jo):
    jo.says("/wizard")
    said = jo.sends("photo")
    assert "If you made a drawing, you can show it to Sam Jones at your next visit." in said.text
    assert jo.answers() == []


def test_the_wizard_or_fairy_keeps_three_wishes(jo, chat):
    jo.says("/wizard")
    said = jo.presses("🧚 A fairy")
    assert "A fairy waves her wand." in said.text and "What is wish number 1?" in said.text
    jo.says("Dad stops drinking")
    said = jo.presses("⏭️ Skip this one")
    assert "What is wish number 3?" in said.text
    said = jo.says("a puppy")
    assert "Thank you for your wishes. Sam Jones will read them" in said.text
    wishes = [(a["value"], a["data"]["number"], a["data"]["helper"]) for a in jo.answers()]
    assert wishes == [("Dad stops drinking", 1, "fairy"), ("a puppy", 3, "fairy")]
    assert "Dad stops drinking" in worker_view(chat)


def test_the_safety_scale_shows_10_first_and_keeps_the_number_and_reasons(jo, chat):
    said = jo.says("/scale")
    assert said.text.index("10 means you feel completely safe at home.") < said.text.index("0 means")
    assert said.buttons[0].startswith("10 ") and said.buttons[10].startswith("0 ") and said.buttons[-1] == UNSAFE
    for bad in ("7.5", "eleven", "-1", "👍", "11"):
        said = jo.says(bad)
        assert "Please pick a whole number from 0 to 10." in said.text and len(said.buttons) == 13, bad
    kept_outside = [(a["topic"], a["value"]) for a in jo.answers()]  # never lost: kept as said outside a question
    assert kept_outside == [(topics.SAID_OUTSIDE, bad) for bad in ("7.5", "eleven", "-1", "👍", "11")]
    said = jo.says("7")
    assert "What makes it a 7 and not a 0?" in said.text
    assert kept(jo, topics.SAFETY_SCALE) == [("7", None)], "the number is kept before the reasons"
    said = jo.says("Nan lives next door")
    assert "What would make it one number higher?" in said.text
    jo.says("if the shouting stopped")
    view = worker_view(chat)
    assert "7 out of 10. Why not lower: Nan lives next door. One point higher would be: if the shouting stopped" in view


def test_safety_people_are_named_changed_and_taken_off(jo, chat):
    said = jo.says("/people")
    assert "Who can help you stay safe?" in said.text
    jo.presses("➕ Add someone")
    said = jo.says("Nan")
    assert "How does Nan help you?" in said.text
    said = jo.says("she lets me stay when it is loud")
    assert "• Nan: she lets me stay when it is loud" in said.text
    jo.presses("➕ Add someone")
    jo.says("Mr Jonse at school")
    jo.presses("⏭️ Skip this one")
    jo.presses("✏️ Change or take someone off")
    jo.presses("Mr Jonse at school")
    jo.presses("✏️ Change their name")
    said = jo.says("Mr Jones at school")
    jo.presses("⏭️ Skip this one")
    view = worker_view(chat)
    assert "Nan: she lets me stay when it is loud" in view and "Mr Jones at school" in view
    jo.says("/people")
    jo.presses("✏️ Change or take someone off")
    jo.presses("Nan")
    said = jo.presses("🗑️ Take them off the list")
    assert "• Nan" not in said.text


def test_the_unsafe_button_shows_help_tells_the_worker_at_once_and_goes_back(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("school is hard")
    said = jo.presses(UNSAFE)
    for line in SAFETY_HELP:
        assert say(line) in said
    assert "999" in said.text and "0800 1111" in said.text and "85258" in said.text
    assert "secret" not in said.text.lower(), "never promises to keep a secret"
    (urgent,) = chat.person(900).told()
    assert "Urgent" in urgent and "school is hard" not in urgent
    assert [a["topic"] for a in jo.answers()].count(topics.ALERT_UNSAFE) == 1
    said = jo.presses("⬅️ Go back")
    assert "You are in the 😟 House of worries." in said.text, "back to what they were doing"
    card = chat.person(900).says("/cases 1").text
    assert "⚠️ 1 urgent alert since you last looked." in card


def test_words_typed_at_the_help_are_kept_and_the_help_stays_without_telling_the_worker_again(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.presses(UNSAFE)
    for typed in ("he is shouting now", "", "he hits me"):
        said = jo.says(typed)
        assert say(SAFETY_HELP[0]) in said and "0800 1111" in said.text, "the numbers are still there"
        assert say(TELLING) not in said, "not said again as if it were happening again"
    told = chat.person(900).told()
    assert len(told) == 2, "the button's alert, and the words' (never one for an empty message)"
    kept = [a["value"] for a in jo.answers() if a["topic"] == topics.SAID_OUTSIDE]
    assert kept == ["he is shouting now", "he hits me"]
    said = jo.presses("⬅️ Go back")
    assert "You are in the 😟 House of worries." in said.text, "one press back to what they were doing"


def test_words_that_sound_like_harm_open_the_help_and_are_still_kept(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    said = jo.says("he hit me last night")
    assert say(SAFETY_HELP[0]) in said
    assert kept(jo, topics.HOUSE_WORRIES) == [("he hit me last night", "add")]
    (urgent,) = chat.person(900).told()
    assert "hit" not in urgent, "the worker's message never carries the child's words"


def test_harm_typed_where_a_button_was_expected_or_at_the_menu_is_not_missed(jo, chat):
    said = jo.says("I want to die")
    assert say(SAFETY_HELP[0]) in said and say(NOTICES.not_a_button) not in said
    jo.presses("⬅️ Go back")
    jo.says("/wizard")
    said = jo.says("im scared to go home")
    assert say(SAFETY_HELP[0]) in said
    assert len(chat.person(900).told()) == 2


def test_a_parent_cannot_open_the_young_person_s_tools(chat):
    mum = chat.person(951)
    mum.says("/start")
    mum.presses("English")
    assert say(NOTICES.not_for_you) in mum.says("/houses")
    assert say(T("You are here as a parent or carer in a case with {worker}.", worker="Sam Jones")) in mum.says("/help")


def test_words_of_harm_typed_at_the_scale_open_the_help_too(jo, chat):
    jo.says("/scale")
    said = jo.says("he hurts me")
    assert say(SAFETY_HELP[0]) in said and "Please pick a whole number" not in said.text
    assert len(chat.person(900).told()) == 1
