"""A typed command that names a button's event (``/open``, ``/case``, ``/aim``, ``/export``) works only
where that very button is on screen, as if it were pressed; anywhere else it is an unknown command, and
the step neither fails nor changes anything. Transcripts on a real database."""

from __future__ import annotations

import pytest

from dialogues import NOTICES
from tests.transcript import Chat, say


@pytest.fixture
def chat(store):
    store.add_worker(900, "Sam Jones")
    return Chat(store)


def test_button_events_typed_where_no_such_button_is_shown_are_unknown_commands(chat):
    sam = chat.person(900)
    sam.says("/start")
    menu = sam.presses("English")
    before = sam.answers()
    for typed in ("/open", "/open nowhere", "/case", "/case 1", "/aim", "/aim 3", "/export", "/chart", "/part 1"):
        said = sam.says(typed)
        assert said.texts[0].startswith(say(NOTICES.unknown_command)), typed
        assert said.buttons == menu.buttons, f"{typed}: still on the menu"
    assert sam.answers() == before


def test_a_typed_command_presses_the_button_it_names_when_it_is_on_screen(chat):
    sam = chat.person(900)
    sam.says("/start")
    sam.presses("English")
    assert sam.says("/open cases").buttons == ["➕ New case"], "the menu's 📁 My cases, typed"
    sam.says("/newcase")
    sam.says("Family B")
    listed = sam.says("/cases")
    (case_button,) = [label for label in listed.buttons if "Family B" in label]
    case_id = listed.data_for(case_button).rsplit(":", 1)[1]
    assert sam.says(f"/case {int(case_id) + 1}").texts[0].startswith(say(NOTICES.unknown_command))
    sam.says("/cases")
    card = sam.says(f"/case {case_id}")
    assert "Family B" in card.texts[0]

    guide = sam.says("/guide")
    part = next(label for label in guide.buttons if "1" in label)
    on_part = sam.presses(part)
    assert any("Aim 3" in label for label in on_part.buttons)
    assert sam.says("/aim").texts[0].startswith(say(NOTICES.unknown_command)), "which aim? none is named"
    aim = sam.says("/aim 3")
    assert any("Aim 3" in text for text in aim.texts), aim.texts
    assert sam.says("/aim 11").texts[0].startswith(say(NOTICES.unknown_command)), "aim 11 is not on this screen"
