"""The foundation's conversations, as transcripts: welcome, language, menus by role, the commands that
work everywhere, and kind answers to input that does not fit. No network; a real database."""

from __future__ import annotations

import re

import pytest

from dialogues import NOTICES
from dialogues.engine import Role
from dialogues.home import ABOUT, ADULT_WATCHED, CHILD_KEPT, CHILD_TELEGRAM, CHILD_WATCHED, DRAFTED, EMERGENCY, WHO_FOR
from dialogues.languages import LANGUAGES
from dialogues.messages import T
from tests.transcript import Chat, say

WHICH_LANGUAGE = T("Which language would you like me to use?")
NO_CASE = T("You are not part of a case with a social worker here yet.")
WHAT_NEXT = T("What would you like to do?")


@pytest.fixture
def chat(store):
    return Chat(store)


@pytest.fixture
def family(store):
    """A worker, Sam, with a case that has a young person (201) and a parent (202)."""
    worker_id = store.add_worker(200, "Sam Jones")
    case_id = store.ensure_case("Case A", worker_id)
    store.ensure_member(case_id, 201, "young_person")
    store.ensure_member(case_id, 202, "parent")
    return case_id


def test_a_newcomer_is_greeted_told_what_the_bot_is_for_and_picks_a_language(chat):
    alex = chat.person(101)
    said = alex.says("/start")
    assert say(T("Hello! I'm Safety Companion.")) in said
    assert say(ABOUT) in said and say(WHO_FOR) in said
    assert say(WHICH_LANGUAGE) in said
    assert said.buttons == list(LANGUAGES.values())

    said = alex.presses("Cymraeg")
    assert say(T("OK. I will speak {language} with you from now on.", language="Cymraeg"), "cy") in said
    assert say(NO_CASE, "cy") in said, "with no case yet, they are told how to get an invitation"
    assert alex.answers() == [], "choosing a language is not an answer"


def test_any_first_message_starts_with_the_welcome(chat):
    said = chat.person(102).says("hello?")
    assert say(WHICH_LANGUAGE) in said


def test_telegram_s_language_is_used_first_and_the_person_s_own_choice_wins(chat):
    rhys = chat.person(103, language_code="cy")
    assert say(WHICH_LANGUAGE, "cy") in rhys.says("/start")
    rhys.presses("English")
    said = rhys.says("/help")
    assert say(T("You can join when your social worker sends you an invitation link.")) in said


def test_a_language_we_do_not_have_falls_back_to_the_default(chat):
    said = chat.person(104, language_code="de").says("/start")
    assert say(WHICH_LANGUAGE, "en") in said


def test_a_registered_worker_gets_the_worker_menu(chat, family):
    sam = chat.person(200)
    sam.says("/start")
    said = sam.presses("English")
    assert say(WHAT_NEXT) in said and say(NO_CASE) not in said
    assert say(T("You are signed in as a social worker.")) in sam.says("/help")


def test_the_worker_s_menu_opens_what_if_and_the_cards(chat, family):
    sam = chat.person(200)
    sam.says("/start")
    menu = sam.presses("English")
    assert menu.buttons[:5] == [
        "📁 My cases", "➕ New case", "🧭 Practice guide", "❓ What if the signs of success aren't there?",
        "📚 Reference cards and drafting helpers",
    ]  # fmt: skip
    assert "Describe what is getting in the way" in sam.presses("❓ What if the signs of success aren't there?").text
    sam.says("/stop")
    assert "Which card would you like?" in sam.presses("📚 Reference cards and drafting helpers").text


@pytest.mark.parametrize("user_id", [200, 201, 202, 203])
def test_help_lists_every_command_the_person_can_type_and_each_one_works(chat, family, user_id):
    from dialogues import build_engine
    from dialogues.alerts import ON_IT_COMMAND
    from dialogues.home import help_commands
    from dialogues.practice import COMMAND as PRACTICE
    from dialogues.story import STORY_COMMAND
    from dialogues.voice import MEETING_COMMAND, WORD_COMMAND

    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    role = {200: Role.WORKER, 201: Role.YOUNG_PERSON, 202: Role.PARENT}.get(user_id)
    listed = re.findall(r"^/(\w+): ", person.says("/help").text, re.M)
    assert listed == [name for name, _ in help_commands(role)]
    engine = build_engine()
    known = {*engine.commands, *engine.info_commands, "start", "stop", "export"}  # /export: a case card's button
    assert set(listed) <= known
    theirs = {name for name, dialogue in engine.commands.items() if role in engine.dialogues[dialogue].roles}
    theirs -= {ON_IT_COMMAND}  # the button on an urgent alert, carrying the alert's id: never typed
    theirs -= {WORD_COMMAND, MEETING_COMMAND}  # the buttons on a worker's message, carrying its id: never typed
    theirs -= {STORY_COMMAND}  # the button on a words-and-pictures story's message, carrying its id
    theirs -= {PRACTICE}  # a manager's only: to anyone else, an unknown command
    assert theirs <= set(listed), "every command of theirs is listed"


@pytest.mark.parametrize(("user_id", "intro"), [
    (201, T("You are here to tell {worker} how things are for you.", worker="Sam Jones")),
    (202, T("You are here as a parent or carer in a case with {worker}.", worker="Sam Jones")),
])  # fmt: skip
def test_family_members_are_told_who_their_worker_is(chat, family, user_id, intro):
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    assert say(intro) in person.says("/help")


def test_privacy_says_who_reads_what_how_long_it_is_kept_telegram_and_emergencies(chat, family):
    said = chat.person(202).says("/privacy")
    assert "Sam Jones" in said.text and say(ADULT_WATCHED) in said
    assert "Telegram" in said.text and "end-to-end" in said.text
    assert say(EMERGENCY) in said and "999" in said.text and "0800 1111" in said.text
    assert "kept" in said.text


def test_a_young_person_s_privacy_is_in_their_words_and_says_what_sounds_unsafe_is_passed_on(chat, family):
    said = chat.person(201).says("/privacy")
    assert "Sam Jones" in said.text and say(EMERGENCY) in said
    for text in (CHILD_WATCHED, CHILD_KEPT, CHILD_TELEGRAM):
        assert say(text) in said
    for hard in ("encrypted", "social care record", "council", "end-to-end"):
        assert hard not in said.text, hard


def test_language_can_be_changed_in_the_middle_and_the_conversation_goes_back(chat):
    alex = chat.person(105)
    alex.says("/start")
    alex.presses("English")
    said = alex.says("/language")
    assert said.buttons == list(LANGUAGES.values())
    said = alex.presses("Cymraeg")
    assert say(NO_CASE, "cy") in said, "back at the menu, now in Welsh"


def test_stop_leaves_what_you_are_doing_and_says_nothing_is_lost(chat):
    alex = chat.person(106)
    alex.says("/start")
    alex.presses("English")
    alex.says("/language")
    said = alex.says("/stop")
    assert say(NOTICES.stopped) in said and say(NO_CASE) in said
    assert say(NOTICES.nothing_to_stop) in alex.says("/stop")


def test_typing_a_button_s_number_or_its_words_picks_it(chat):
    alex = chat.person(107)
    alex.says("/start")
    assert say(NO_CASE, "cy") in alex.says("2")
    alex.says("/language")
    assert say(NO_CASE) in alex.says("english")


@pytest.mark.parametrize(("act", "notice"), [
    (lambda p: p.says("I don't want to press anything"), NOTICES.not_a_button),
    (lambda p: p.says("   "), NOTICES.empty),
    (lambda p: p.sends("sticker"), NOTICES.media),
    (lambda p: p.sends("photo"), NOTICES.media),
    (lambda p: p.sends("voice"), NOTICES.media),
    (lambda p: p.edits_a_message(), NOTICES.edited),
    (lambda p: p.says("/frobnicate"), NOTICES.unknown_command),
    (lambda p: p.says("x" * 20_000), NOTICES.not_a_button),
])  # fmt: skip
def test_input_that_does_not_fit_gets_a_kind_word_and_the_question_again(chat, act, notice):
    alex = chat.person(108)
    alex.says("/start")
    said = act(alex)
    assert say(notice) in said
    assert say(WHICH_LANGUAGE) in said and said.buttons == list(LANGUAGES.values())
    assert alex.answers() == []
    assert all(len(text) <= 4096 for text in said.texts)


def test_a_button_from_an_older_message_is_recognised(chat):
    alex = chat.person(109)
    first = alex.says("/start")
    alex.presses("English")
    alex.says("/language")
    said = alex.presses("Cymraeg", on=first)
    assert say(NOTICES.stale_button) in said
    assert said.buttons == list(LANGUAGES.values()), "the current question, asked again"
    assert say(NO_CASE, "cy") in alex.presses("Cymraeg"), "the current buttons still work"


def test_an_update_seen_before_changes_nothing(chat):
    alex = chat.person(110)
    alex.says("/start", update_id=1)
    said = alex.says("/start", update_id=1)
    assert say(WHICH_LANGUAGE) in said
    alex.presses("Cymraeg")
    again = alex.says("/language", update_id=1)
    assert say(WHICH_LANGUAGE) not in again.text and say(NO_CASE, "cy") in again, "replayed: only the prompt"


def test_a_restart_in_the_middle_of_a_conversation_loses_nothing(chat):
    alex = chat.person(111)
    alex.says("/start")
    alex.presses("English")
    before = alex.says("/language")
    after_restart = chat.restart().person(111)
    said = after_restart.presses("Cymraeg", on=before)
    assert say(NO_CASE, "cy") in said


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_about_says_whether_the_language_has_been_checked_by_a_native_speaker(chat, code):
    person = chat.person(130 + sorted(LANGUAGES).index(code), code)
    person.says("/start")
    said = person.presses(LANGUAGES[code])
    said = person.says("/about")
    assert (say(DRAFTED, code) in said.text) == (code != "en"), said.text


def test_about_credits_the_sources_of_the_practice(chat):
    said = chat.person(120).says("/about")
    for source in ("What Works Centre for Children's Social Care", "CASCADE", "Leicestershire", "Sandwell", "charter"):
        assert source in said.text
