"""A button's own word presses it where typed words are the answer: "skip" for "⏭️ Skip this one", "back"
for "⬅️ Go back", in Telegram and the terminal alike (`bot.core.match_label`). Only that one word, typed
alone, and only when no other button has it: every other word is the person's answer, kept."""

from __future__ import annotations

import pytest

from bot.core import match_choice, match_label
from dialogues import topics
from dialogues.engine import Choice
from dialogues.messages import T
from dialogues.young_people import NOT_NOW, SKIP, UNSAFE
from tests.transcript import Chat

DONE = Choice("done", T("✅ That's all for this house"))
HOUSE = (DONE, SKIP, NOT_NOW, UNSAFE)  # the buttons of a house, where words are things to keep


@pytest.mark.parametrize(("typed", "pressed"), [
    ("skip", SKIP),
    ("  Skip! ", SKIP),
    ("SKIP", SKIP),
    ("⏭️ skip this one", SKIP),  # the whole label, as before
    ("feel", UNSAFE),  # the first real word of "🆘 I don't feel safe right now"
    ("want", NOT_NOW),
    ("all", DONE),  # "that's" has an apostrophe: "all" is the first real word of "✅ That's all for this house"
])  # fmt: skip
def test_a_button_s_own_word_typed_alone_presses_it(typed, pressed):
    assert match_label(typed, HOUSE, "en") == pressed


@pytest.mark.parametrize("typed", [
    "safe", "now", "house", "talk", "this", "one",  # other words of the labels: answers
    "Don", "that",  # not words of the labels as written ("don't", "that's")
    "skip it", "skip this", "skipping", "ski",  # not that word alone
    "1", "0",  # numbers are answers here (a score)
    "", "!!",
])  # fmt: skip
def test_any_other_word_is_the_person_s_answer(typed):
    assert match_label(typed, HOUSE, "en") is None


def test_back_presses_go_back_and_a_word_two_buttons_own_presses_neither():
    go_back = Choice("back", T("⬅️ Go back"))
    assert match_label("back", (Choice("rewrite", T("✏️ Change it")), go_back), "en") == go_back
    to_case, to_menu = Choice("card", T("⬅️ Back to the case")), Choice("menu", T("🏠 Back to the menu"))
    assert match_label("back", (to_case, to_menu), "en") is None
    assert match_label("menu", (to_case, to_menu), "en") is None, "menu is a word of it, not its own word"
    exact = Choice("back", T("⬅️ Back"))
    assert match_label("back", (to_case, exact), "en") == exact, "a label that is exactly the word comes first"
    change = Choice("change", T("✏️ Change it"))
    changing = Choice("rename", T("Stay the same, or change"))
    assert match_label("change", (change, changing), "en") is None, "another button has that word too"


def test_own_words_are_the_person_s_language():
    assert match_label("neidio", HOUSE, "cy") == SKIP
    assert match_label("skip", HOUSE, "cy") is None, "the words shown are Welsh"
    assert match_label("gorffen", (Choice("done", T("✅ Done")), SKIP), "cy").id == "done"


def test_on_a_button_screen_the_own_word_picks_as_well_as_the_number():
    assert match_choice("skip", HOUSE, "en") == SKIP
    assert match_choice("2", HOUSE, "en") == SKIP


@pytest.fixture
def jo(store):
    worker_id = store.add_worker(900, "Sam Jones")
    store.ensure_member(store.ensure_case("Family B", worker_id), 950, "young_person")
    jo = Chat(store).person(950)
    jo.says("/start")
    jo.presses("English")
    jo.presses("🏠 My three houses")
    jo.presses("🌈 House of good things")
    return jo


def test_in_a_house_skip_goes_on_and_the_other_words_are_kept(jo):
    for words in ("safe", "house", "Don"):
        said = jo.says(words)
        assert "Got it. Anything else?" in said.text, words
    said = jo.says("skip")
    assert "You are in the 😟 House of worries." in said.text
    good = [a["value"] for a in jo.answers() if a["topic"] == topics.HOUSE_GOOD]
    assert good == ["safe", "house", "Don"], "'skip' was not kept as a good thing"
    assert not [a for a in jo.answers() if a["topic"] == topics.ALERT_UNSAFE], "'safe' raised no alert"


def test_a_word_with_vowel_signs_is_one_word():
    """Gurmukhi vowel signs are not letters to Python's \\w: "ਛੱਡੋ" (skip) must stay one word, or a Punjabi
    speaker typing it would press nothing."""
    assert match_label("ਛੱਡੋ", HOUSE, "pa") == SKIP
    assert match_label("ਛ", HOUSE, "pa") is None


def test_words_typed_in_a_house_are_matched_to_the_buttons_shown_without_drawing_the_house_again(jo, monkeypatch):
    """The labels shown are kept with the conversation, so typed words are told from a button's without the
    house (and its answers) drawn a second time in the step; a button's own word still presses it."""

    def drawn(*_args):
        raise AssertionError("the screen was drawn again to find its buttons")

    monkeypatch.setattr(jo.chat.companion.engine, "choices", drawn)
    assert "Got it. Anything else?" in jo.says("my cat is funny").text
    assert "You are in the 😟 House of worries." in jo.says("skip").text


def test_a_conversation_kept_before_its_buttons_were_stored_still_matches_them(jo, store):
    """A conversation stored by an older version (no buttons with it) draws the screen to find them."""
    with store.transaction() as tx:
        stored = tx.arrival(950, "en").conversation
        assert stored is not None and next(label for _, label in stored["shown"]) == "✅ That's all for this house"
        stored.pop("shown")
        tx.save_conversation(tx.arrival(950, "en").person.id, stored)
    assert "You are in the 😟 House of worries." in jo.says("skip").text
