"""Rendering replies for Telegram: its limits on text and callback data, and typed choices."""

from __future__ import annotations

import pytest

from bot.core import MAX_TEXT, choice_data, match_choice, match_label, parse_choice_data, render_replies
from dialogues.engine import Choice, Reply
from dialogues.messages import T, Text


def test_a_long_reply_is_split_under_telegram_s_limit_with_the_buttons_on_the_last_part():
    words = Text.as_written(("word " * 300 + "\n") * 10)
    messages = render_replies([Reply(words, (Choice("ok", T("OK")),))], seq=3, locale="en")
    assert len(messages) > 1
    assert all(len(m.text) <= MAX_TEXT for m in messages)
    assert [bool(m.buttons) for m in messages] == [False] * (len(messages) - 1) + [True]
    assert "".join(m.text.replace("\n", "").replace(" ", "") for m in messages) == ("word" * 3000)


def test_callback_data_is_the_question_number_and_the_choice_and_never_over_64_bytes():
    assert parse_choice_data(choice_data(12, "lang:cy")) == (12, "lang:cy")
    assert parse_choice_data("not ours") == (None, "not ours")
    with pytest.raises(ValueError):
        choice_data(1, "x" * 64)


def test_a_typed_number_or_label_picks_one_choice_only():
    choices = (Choice("help", T("❓ Help")), Choice("privacy", T("🔒 Who sees what")))
    assert match_choice("2", choices, "en") == choices[1]
    assert match_choice("help", choices, "en") == choices[0]
    assert match_choice("who sees what", choices, "en") == choices[1]
    assert match_choice("3", choices, "en") is None
    assert match_choice("0", choices, "en") is None
    assert match_choice("something else", choices, "en") is None


def test_where_words_are_the_answer_a_button_s_words_pick_it_never_a_number():
    choices = [Choice("back", T("⬅️ Back")), Choice("skip", T("⏭️ Skip this question"))]
    assert match_label("back", choices, "en") == choices[0]
    assert match_label("  Skip this question! ", choices, "en") == choices[1]
    assert match_label("1", choices, "en") is None, "a number is an answer (a score, a reason)"
    assert match_label("go back home", choices, "en") is None
