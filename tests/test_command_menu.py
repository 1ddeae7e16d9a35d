"""The command list Telegram shows when a person types "/": their role's commands, then everyone's, in
their language; set again on /start, when they join or leave a case and when they change language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core import commands_for
from dialogues import NOTICES
from dialogues.engine import Role
from dialogues.home import EVERYONE_COMMANDS, ROLE_COMMANDS, command_menu, help_commands
from dialogues.messages import T
from tests.test_cases import case_id_of, invitation, joined, open_case, worker
from tests.test_network import invite_network
from tests.transcript import Chat, say

EVERYONE = [name for name, _ in EVERYONE_COMMANDS]


@pytest.fixture
def chat(store):
    store.add_worker(900, "Sam Jones")
    return Chat(store)


def lists(said) -> dict[int, tuple[tuple[str, str], ...]]:
    """The command lists this step sets, by chat."""
    return dict(said.delivery.commands)


def names(said, chat_id: int | None = None) -> list[str]:
    """The commands in the list a step sets for ``chat_id`` (by default, the person who acted)."""
    chat_id = chat_id or said.delivery.chat_id
    assert chat_id in lists(said), "the command list was not set"
    return [name for name, _ in lists(said)[chat_id]]


def test_a_newcomer_gets_everyone_s_commands_and_nothing_else(chat):
    ana = chat.person(101)
    assert names(ana.says("/start")) == EVERYONE
    assert ana.says("hello").delivery.commands == (), "not set again for every message"


def test_joining_adds_the_role_s_own_commands_and_leaving_takes_them_away(chat):
    sam = worker(chat)
    assert names(sam.last) == ["cases", "newcase", "guide", "whatif", "cards", *EVERYONE]
    open_case(sam)
    code = invitation(sam, "🧒 Invite a young person")
    jo = chat.person(910)
    jo.says(f"/start {code}")
    joined = jo.presses("✅ Yes, join")
    assert names(joined) == ["houses", "wizard", "scale", "people", "unsafe", *EVERYONE]
    assert dict(lists(joined)[910])["houses"] == "🏠 My three houses", "the menu button's words"

    jo.says("/leave")
    assert names(jo.presses("Yes, leave")) == EVERYONE


def test_someone_taken_out_of_a_case_or_whose_case_closes_gets_everyone_s_list_in_their_language(chat):
    sam = worker(chat)
    open_case(sam)
    jo = joined(chat, sam, 981, "🧒 Invite a young person")
    dad = joined(chat, sam, 982, "🧑 Invite a parent or carer", language_code="cy")
    sam.says(f"/cases {case_id_of(chat.store)}")
    sam.presses("👋 Take someone out of the case")
    removed = sam.presses("👋 Young person 1")
    assert set(lists(removed)) == {jo.user_id}, "the worker's own list does not change"
    assert names(removed, jo.user_id) == EVERYONE

    sam.says(f"/cases {case_id_of(chat.store)}")
    sam.presses("🔒 Close the case")
    closed = sam.presses("🔒 Yes, close it")
    assert lists(closed)[dad.user_id] == commands_for(None, "cy")
    assert "checkin" not in names(closed, dad.user_id)


def test_the_list_is_in_the_person_s_language(chat):
    sam = worker(chat)
    open_case(sam)
    code = invitation(sam, "🧑 Invite a parent or carer")
    dad = chat.person(911, language_code="cy")
    dad.says(f"/start {code}")
    joined = dad.presses(say(T("✅ Yes, join"), "cy"))
    assert lists(joined)[911][0] == ("checkin", say(T("📏 Check in on our safety plan"), "cy"))
    dad.says("/language")
    english = dad.presses("English")
    assert lists(english)[911][0] == ("checkin", "📏 Check in on our safety plan")


@pytest.mark.parametrize("role", [None, *Role])
def test_every_listed_command_is_one_the_role_can_use(chat, role):
    """No command in anyone's list answers "not for you" or "I don't know that command"."""
    person = {None: chat.person(120), Role.WORKER: worker(chat)}.get(role)
    if person is None:
        sam = worker(chat, 900)
        open_case(sam, f"Family {role.value}")
        if role is Role.NETWORK:  # really a network member, invited by name and relationship
            code = invite_network(sam, "Nan", "grandmother")
        else:
            code = invitation(
                sam, "🧒 Invite a young person" if role is Role.YOUNG_PERSON else "🧑 Invite a parent or carer"
            )
        person = chat.person(130)
        person.says(f"/start {code}")
        person.presses("✅ Yes, join")
        if role is Role.NETWORK:
            assert "part of the family's safety network" in person.says("/help").text
    refusals = (say(NOTICES.not_for_you), say(NOTICES.unknown_command))
    for name, _ in command_menu(role):
        said = person.says(f"/{name}")
        assert not any(refusal in said.text for refusal in refusals), (role, name, said.text)
        person.says("/stop")


def test_every_role_has_a_list_and_no_command_is_listed_twice():
    assert set(ROLE_COMMANDS) == set(Role)
    for role in [None, *Role]:
        listed = [name for name, _ in command_menu(role)]
        assert len(listed) == len(set(listed)) <= 100, role


def readme_commands() -> set[str]:
    """The commands in the README's "Bot commands" table."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Bot commands") : readme.index("## Safeguarding")]
    return set(re.findall(r"^\| `/(\w+)", table, re.M))


def test_the_readme_lists_every_command_the_bot_has_and_no_other():
    from dialogues import build_engine
    from dialogues.alerts import ON_IT_COMMAND
    from dialogues.story import STORY_COMMAND
    from dialogues.voice import MEETING_COMMAND, WORD_COMMAND

    engine = build_engine()
    # an alert's, a worker's message's and a words-and-pictures story's buttons
    buttons = {ON_IT_COMMAND, WORD_COMMAND, MEETING_COMMAND, STORY_COMMAND}
    typed = {*engine.commands, *engine.info_commands, "start", "stop"} - buttons
    in_help = {name for role in (None, *Role) for name, _ in help_commands(role)}
    assert readme_commands() == typed | in_help


@pytest.mark.parametrize("role", [None, *Role])
def test_help_lists_every_command_the_role_can_type(role):
    """/help names every command a role's dialogues answer, bar the buttons' commands that carry an id and a
    manager's /practice (tests/test_practice.py)."""
    from dialogues import build_engine
    from dialogues.alerts import ON_IT_COMMAND
    from dialogues.practice import COMMAND as PRACTICE
    from dialogues.story import STORY_COMMAND
    from dialogues.voice import MEETING_COMMAND, WORD_COMMAND

    engine = build_engine()
    theirs = {name for name, dialogue in engine.commands.items() if role in engine.dialogues[dialogue].roles}
    theirs -= {ON_IT_COMMAND, WORD_COMMAND, MEETING_COMMAND, STORY_COMMAND, PRACTICE}
    assert theirs <= {name for name, _ in help_commands(role)}, role
