"""Joining that is checked, and a family told who their workers are, as transcripts on both databases.

Tried as a new user would: a parent who opened a young person's invitation was welcomed while nothing
changed and the code was used up; a parent who took a second case's invitation was silently taken out of
the first; /privacy named the worker who opened the case even after they were taken out, and never the
co-workers. Here, what joining would change is said before anything does, a refusal never uses a code,
workers are told who joined (and can take them out at once), and the family hears who reads what.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select, text

from bot.core import Incoming, parse_choice_data, parse_command_data
from dialogues.cases import ALREADY_IN, ALREADY_WORKING, BAD_CODE, for_family
from dialogues.engine import Input
from dialogues.messages import T
from storage import cases
from tests.transcript import Chat, Person, Said, say

LINK = re.compile(r"https://t\.me/companion_bot\?start=([A-Za-z0-9_-]+)")
YES = "✅ Yes, join"
YES_AND_LEAVE = "✅ Yes, leave that case and join"
TAKE_OUT = "👋 Take them out of the case"
NOW_READING = T("Now these social workers read what you share:")


@pytest.fixture
def chat(store):
    store.add_worker(900, "Sam Jones")
    store.add_worker(901, "Priya Shah")
    return Chat(store)


def worker(chat: Chat, user_id: int = 900, label: str | None = "Family B") -> Person:
    """A registered worker who has said hello and (with a ``label``) opened a case."""
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    if label:
        person.says("/newcase")
        person.says(label)
    return person


def invitation(sam: Person, button: str) -> str:
    said = sam.presses(button)
    found = LINK.search(said.text)
    assert found, said.text
    return found.group(1)


def card(sam: Person, label: str = "Family B") -> Said:
    return sam.says(f"/cases {case_id_of(sam.chat, label)}")


def case_id_of(chat: Chat, label: str = "Family B") -> int:
    with chat.store.engine.connect() as c:
        return int(c.scalar(select(cases.case_t.c.id).where(cases.case_t.c.label == label)))


def presses_as(person: Person, label: str, display_name: str | None) -> Said:
    """Press a button as Telegram sends it: with the person's first name (``None``: a channel with none)."""
    assert person.last is not None
    seq, choice_id = parse_choice_data(person.last.data_for(label))
    incoming = Incoming(
        chat_id=person.user_id,
        user_id=person.user_id,
        input=Input.choice(choice_id),
        language_code=person.language_code,
        seq=seq,
        display_name=display_name,
    )
    said = Said(person.chat.companion.handle(incoming, outbox=False))
    for to, message in said.delivery.elsewhere:
        person.chat.inboxes.setdefault(to, []).append(message.text)
    person.last = said
    person.history.append(said)
    return said


def joins(chat: Chat, code: str, user_id: int, language_code: str = "en", display_name: str | None = "Alys") -> Person:
    person = chat.person(user_id, language_code)
    said = person.says(f"/start {code}")
    assert say(T("Would you like to join?"), language_code) in said, said.text
    presses_as(person, say(T("✅ Yes, join"), language_code), display_name)
    return person


def unused(chat: Chat, code: str) -> bool:
    with chat.store.engine.connect() as c:
        row = c.execute(
            select(cases.invitation_t.c.used_at).where(cases.invitation_t.c.code_hash == cases.code_hash(code))
        ).one()
    return row.used_at is None


def notes_to(chat: Chat, user_id: int, since: int = 0) -> list[str]:
    return chat.inboxes.get(user_id, [])[since:]


def reading_list(names: list[str], locale: str = "en") -> str:
    return "\n".join([say(NOW_READING, locale), *(f"• {name}" for name in names)])


# -- 1. /privacy and /help name the case's current workers, all of them ------------------------------


def test_privacy_and_help_name_every_current_worker_and_never_one_taken_out(chat):
    sam = worker(chat)
    child = joins(chat, invitation(sam, "🧒 Invite a young person"), 910)
    mum = joins(chat, invitation(sam, "🧑 Invite a parent or carer"), 911)
    priya = worker(chat, 901, label=None)
    priya.says(f"/start {invitation(sam, '🤝 Invite a co-worker')}")
    priya.presses(YES)

    said = child.says("/privacy")
    assert say(T("These social workers read what you share here:")) in said
    assert "• Sam Jones\n• Priya Shah" in said.text, "co-workers read everything: they are named too"
    said = child.says("/help")
    assert say(T("You are here to tell these social workers how things are for you:")) in said
    assert "• Sam Jones\n• Priya Shah" in said.text
    said = mum.says("/help")
    assert say(T("You are here as a parent or carer in a case with these social workers:")) in said
    assert "• Sam Jones\n• Priya Shah" in said.text

    card(priya)
    priya.presses("👋 Take someone out of the case")
    priya.presses("👋 Sam Jones (social worker)")
    for person in (child, mum):
        said = person.says("/privacy")
        assert say(T("Your social worker, {worker}, reads what you share here. They read it before they see you, "
                     "not all the time. Parents and young people do not see each other's answers.",
                     worker="Priya Shah")) in said  # fmt: skip
        assert "Sam Jones" not in said.text, "the worker who opened the case was taken out: not named"
    assert say(T("You are here to tell {worker} how things are for you.", worker="Priya Shah")) in child.says("/help")
    assert "Sam Jones" not in child.says("/help").text
    assert "Priya Shah" in mum.says("/leave").text and "Sam Jones" not in mum.last.text, "everywhere, not only /help"


def test_the_family_is_told_kindly_when_a_co_worker_joins_or_leaves_with_who_reads_now(chat):
    sam = worker(chat)
    child = joins(chat, invitation(sam, "🧒 Invite a young person"), 912)
    dad = joins(chat, invitation(sam, "🧑 Invite a parent or carer"), 913, language_code="cy")
    priya = worker(chat, 901, label=None)
    priya.says(f"/start {invitation(sam, '🤝 Invite a co-worker')}")
    priya.presses(YES)

    joined = T("Another social worker, {worker}, is now working on your case. They can read what you share here "
               "too.", worker="Priya Shah")  # fmt: skip
    assert notes_to(chat, 912) == [say(joined) + "\n" + reading_list(["Sam Jones", "Priya Shah"])]
    assert notes_to(chat, 913) == [say(joined, "cy") + "\n" + reading_list(["Sam Jones", "Priya Shah"], "cy")], (
        "in their own language"
    )
    priya_joined = T('{member} has joined "{label}" through an invitation.', member="Priya Shah (social worker)",
                     label="Family B")  # fmt: skip
    assert notes_to(chat, 900)[-1] == say(priya_joined), "the worker who invited is told: a registered name only"

    card(sam)
    sam.presses("👋 Take someone out of the case")
    sam.presses("👋 Priya Shah (social worker)")
    gone = T("{worker} is not working on your case any more, so they can't read what you share now.",
             worker="Priya Shah")  # fmt: skip
    assert notes_to(chat, 912)[-1] == say(gone) + "\n" + reading_list(["Sam Jones"])
    assert notes_to(chat, 913)[-1] == say(gone, "cy") + "\n" + reading_list(["Sam Jones"], "cy")
    assert notes_to(chat, 901)[-1] == say(
        T('You have been taken out of the case "{label}", so you can\'t open it any more.', label="Family B")
    ), "the co-worker is told as a worker, not as family"
    assert "Priya Shah" not in child.says("/privacy").text
    assert dad.answers() == [] and child.answers() == [], "being told is not an answer"


# -- 2. joining is checked --------------------------------------------------------------------------


def test_someone_already_in_the_case_is_told_so_nothing_changes_and_the_code_still_works(chat):
    sam = worker(chat)
    mum = joins(chat, invitation(sam, "🧑 Invite a parent or carer"), 920)
    child_code = invitation(sam, "🧒 Invite a young person")

    said = mum.says(f"/start {child_code}")
    assert said.text.startswith(say(ALREADY_IN)), "not welcomed while nothing changes"
    assert say(T("Welcome! You have joined.")) not in said and YES not in said.buttons
    assert unused(chat, child_code), "the refusal did not use the code up"
    assert say(T("You are here as a parent or carer in a case with {worker}.", worker="Sam Jones")) in mum.says(
        "/help"
    ), "still a parent in the case"
    joins(chat, child_code, 921)
    assert "Young person 1" in card(sam).text, "the young person it was for still gets in"


def test_a_worker_already_on_the_case_is_told_so_and_the_code_still_works(chat):
    sam = worker(chat)
    code = invitation(sam, "🤝 Invite a co-worker")
    assert say(ALREADY_WORKING) in sam.says(f"/start {code}")
    assert unused(chat, code)
    priya = worker(chat, 901, label=None)
    priya.says(f"/start {code}")
    priya.presses(YES)
    assert re.fullmatch(r"📁 Case \d+: Family B", priya.says("/cases").buttons[0])


def test_a_worker_is_never_joined_as_family_by_mistake_and_the_code_stays_unused(chat):
    sam = worker(chat)
    code = invitation(sam, "🧑 Invite a parent or carer")
    priya = worker(chat, 901, label=None)
    said = priya.says(f"/start {code}")
    assert said.text.startswith(say(for_family("parent")))
    assert YES not in said.buttons
    assert unused(chat, code)
    for _ in range(cases.BAD_CODE_LIMIT + 1):
        priya.says(f"/start {code}")
    assert say(for_family("parent")) in priya.last, "a good code they cannot take is not counted as a bad one"
    with chat.store.transaction() as tx:
        ref = cases.code_hash(code)
        assert cases.accept(tx.c, tx.person(901).id, ref) is None, "refused in storage too, not only in the dialogue"
    assert unused(chat, code)
    joins(chat, code, 922)
    assert "Parent or carer 1" in card(sam).text


def test_joining_a_second_case_says_which_case_they_would_leave_and_as_what_and_no_changes_nothing(chat):
    sam = worker(chat)
    mum = joins(chat, invitation(sam, "🧑 Invite a parent or carer"), 923)
    priya = worker(chat, 901, label="Family P")
    second = invitation(priya, "🧒 Invite a young person")

    said = mum.says(f"/start {second}")
    leaving = T("You are in a case with {worker} now, as {someone}. If you join this one, you will leave that case: "
                "you can't share anything new there, and {worker} will be told. What you shared there stays with "
                "that case.", worker="Sam Jones", someone=T("a parent or carer"))  # fmt: skip
    assert say(leaving) in said, "told before anything changes"
    assert say(T("In the new case, you will be {someone}.", someone=T("a young person"))) in said
    assert said.buttons[:2] == [YES_AND_LEAVE, "Not now"]
    said = mum.presses("Not now")
    assert unused(chat, second), "saying no keeps the code"
    assert say(T("You are here as a parent or carer in a case with {worker}.", worker="Sam Jones")) in mum.says(
        "/help"
    ), "still in the first case"
    assert notes_to(chat, 900) == [n for n in notes_to(chat, 900) if "left the case" not in n]

    mum.says(f"/start {second}")
    said = presses_as(mum, YES_AND_LEAVE, "Alys")
    assert say(T("Welcome! You have joined.")) in said
    assert say(T("You have left your other case. What you shared there stays with it.")) in said
    assert notes_to(chat, 900)[-1] == say(
        T('Someone left the case "{label}": {someone}.', label="Family B", someone=T("a parent or carer"))
    ), "the worker of the case they left is told, not left guessing"
    assert say(T("You are here to tell {worker} how things are for you.", worker="Priya Shah")) in mum.says("/help")
    assert "Parent or carer 1" not in card(sam).text
    assert not unused(chat, second)


def test_whoever_says_yes_first_gets_in_and_a_later_yes_changes_nothing(chat):
    sam = worker(chat)
    code = invitation(sam, "🧒 Invite a young person")
    first, second = chat.person(924), chat.person(925)
    first.says(f"/start {code}")
    second.says(f"/start {code}")
    presses_as(first, YES, "Jo")
    said = presses_as(second, YES, "Mallory")
    assert said.text.startswith(say(BAD_CODE))
    assert say(T("You can join when your social worker sends you an invitation link.")) in second.says("/help")
    assert len(notes_to(chat, 900)) == 1 and '"Jo"' in notes_to(chat, 900)[0]


def test_the_workers_are_told_who_joined_as_telegram_gives_it_and_can_take_them_out_at_once(chat):
    sam = worker(chat)
    priya = worker(chat, 901, label=None)
    priya.says(f"/start {invitation(sam, '🤝 Invite a co-worker')}")
    priya.presses(YES)
    since_sam, since_priya = len(notes_to(chat, 900)), len(notes_to(chat, 901))
    code = invitation(sam, "🧑 Invite a parent or carer")
    stranger = joins(chat, code, 926, display_name="Alys 🌻")

    expected = "\n".join([
        say(T('{member} has joined "{label}" through an invitation.', member=T("Parent or carer {number}", number=1),
              label="Family B")),
        say(T('Their name on Telegram is "{name}". That is what Telegram says: we have not checked it.',
              name="Alys 🌻")),
        say(T("Whoever opens the link first gets in. If this is not the person you invited, take them out now.")),
    ])  # fmt: skip
    assert notes_to(chat, 900, since_sam) == [expected]
    assert notes_to(chat, 901, since_priya) == [expected], "every worker of the case, at once"

    sam.says("/guide")  # somewhere else entirely: the button works from anywhere
    button = _take_out_button(chat, sam, stranger)
    said = sam._send(parse_command_data(button))
    assert said.text == say(T("Take {member} out of the case? They will be told, and what they shared stays with the "
                              "case.", member=T("Parent or carer {number}", number=1)))  # fmt: skip
    assert said.buttons == ["👋 Yes, take them out", "⬅️ Back to the case"]
    said = sam.presses("👋 Yes, take them out")
    assert say(T("Done. They are no longer in this case.")) in said
    assert "Parent or carer 1" not in said.text, "back on the card, without them"
    assert "taken you out" in notes_to(chat, 926)[-1]
    assert say(T("You can join when your social worker sends you an invitation link.")) in stranger.says("/help")
    said = sam._send(parse_command_data(button))
    assert said.text.startswith(say(T("They are no longer in this case."))), "pressed twice: nothing more happens"
    said = sam.presses("⬅️ Back to the case")
    said = sam.presses("👋 Take someone out of the case")
    assert "👋 Priya Shah (social worker)" in said.buttons, "the usual list again, not only the one named"


def _take_out_button(chat: Chat, sam: Person, joined: Person) -> str:
    """The callback data of the "take them out" button on the message that told Sam who joined."""
    for said in joined.history:
        for to, message in said.delivery.elsewhere:
            if to == sam.user_id and message.buttons:
                assert message.buttons[0].label == TAKE_OUT
                return message.buttons[0].data
    raise AssertionError("Sam was not told, with a button")


def test_without_a_telegram_name_the_worker_is_told_they_joined_on_the_web(chat):
    sam = worker(chat)
    joins(chat, invitation(sam, "🧒 Invite a young person"), 927, display_name=None)
    note = notes_to(chat, 900)[-1]
    assert say(T("They joined on the web, so there is no Telegram name to show.")) in note
    assert "Telegram is" not in note


def test_the_telegram_name_is_kept_nowhere_but_the_worker_s_message(chat, store):
    sam = worker(chat)
    marker = "Zebedee4417"
    joins(chat, invitation(sam, "🧒 Invite a young person"), 928, display_name=marker)
    assert marker in notes_to(chat, 900)[-1]
    with store.engine.connect() as c:
        tables = ("person", "membership", "conversation", "answer", "audit_entry", "invitation", "notice")
        dump = "\n".join(str(row) for table in tables for row in c.execute(text(f"select * from {table}")))
    assert marker not in dump


def test_telegram_s_first_name_reaches_the_incoming_update_only_as_display_name():
    from telegram import Update

    from bot.updates import to_incoming

    user = {"id": 77, "is_bot": False, "first_name": "Alys", "language_code": "cy"}
    chat = {"id": 77, "type": "private", "first_name": "Alys"}
    update = Update.de_json(
        {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": chat, "from": user, "text": "/start abc"}},
        None,
    )
    incoming = to_incoming(update)
    assert incoming is not None and incoming.display_name == "Alys"
    assert "Alys" not in repr(incoming), "not in any log line that shows the update"


def test_a_join_whose_step_fails_uses_nothing_and_can_be_tried_again(chat, monkeypatch):
    from bot.core import Companion

    sam = worker(chat)
    code = invitation(sam, "🧑 Invite a parent or carer")
    mum = chat.person(929)
    mum.says(f"/start {code}")
    keep = Companion._keep

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(Companion, "_keep", staticmethod(broken))
    with pytest.raises(RuntimeError):
        presses_as(mum, YES, "Alys")
    assert unused(chat, code), "the step's changes went back with it: the code too"
    assert notes_to(chat, 900) == [], "nobody was told of a join that did not happen"
    monkeypatch.setattr(Companion, "_keep", staticmethod(keep))
    assert say(T("Welcome! You have joined.")) in presses_as(mum, YES, "Alys")
    assert not unused(chat, code)
