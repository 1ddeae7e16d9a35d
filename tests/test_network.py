"""The family's safety network (issue 16), as transcripts on both databases: the worker invites someone by
the name and relationship they write, writes what each member will do in the safety plan; the member reads
the goal, what 0 and 10 mean and their own part only, scales as parents do (10 first, why not lower, one
point higher), is reminded at the case's rhythm, always has "I need help now"; and the worker reads their
number beside the parent's."""

from __future__ import annotations

import re
from datetime import UTC, timedelta

import pytest
from sqlalchemy import select, text

from bot.core import parse_command_data
from dialogues import topics
from dialogues.safety import NEED_HELP, PARENT_HELP
from storage import cases, network, plans
from storage.db import connect, upgrade
from storage.repository import Store
from tests.test_joining import presses_as
from tests.transcript import Chat, Person, say

LINK = re.compile(r"https://t\.me/companion_bot\?start=([A-Za-z0-9_-]+)")
HELP = say(NEED_HELP.label)
GOAL = "Mum will keep Ella safe from Dad's drinking, seen by Nan, for six months."
NAN_PART = "Nan will have Ella to stay every Friday and ring Mum each evening."
JO_PART = "Jo will drive Ella to school on Mondays."


@pytest.fixture
def chat(store):
    store.add_worker(900, "Sam Jones")
    return Chat(store)


def at_menu(chat: Chat, user_id: int) -> Person:
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    return person


def case_card(sam: Person):
    return sam.says(f"/cases {case_id(sam.chat)}")


def case_id(chat: Chat) -> int:
    with chat.store.engine.connect() as c:
        return int(c.scalar(select(cases.case_t.c.id)))


def invite_network(sam: Person, name: str, relationship: str) -> str:
    case_card(sam)
    said = sam.presses("🫂 Invite someone from the family's safety network")
    assert 'for example "Jo" or "Nan"' in said.text
    said = sam.says(name)
    assert f"Who is {name} to the family?" in said.text
    said = sam.says(relationship)
    assert "Here is a one-time invitation for someone in the family's safety network." in said.text
    found = LINK.search(said.text)
    assert found, said.text
    return found.group(1)


def invite(sam: Person, button: str) -> str:
    case_card(sam)
    found = LINK.search(sam.presses(button).text)
    assert found
    return found.group(1)


def joins(chat: Chat, code: str, user_id: int) -> Person:
    person = chat.person(user_id)
    said = person.says(f"/start {code}")
    assert "Would you like to join?" in said.text, said.text
    person.presses("✅ Yes, join")
    return person


def set_goal(sam: Person) -> None:
    case_card(sam)
    sam.presses("📏 Safety goal, scale and my score")
    sam.presses("✏️ Write the goal and what 0 and 10 mean")
    sam.says(GOAL)
    sam.says("Ella is safe at home and the case can close.")
    sam.presses("Use the usual words")


def write_part(sam: Person, name: str, part: str) -> str:
    case_card(sam)
    said = sam.presses("📏 Safety goal, scale and my score")
    said = sam.presses("🫂 What the safety network will do")
    said = sam.presses(f"✏️ {name}")
    assert f"What will {name} do in the safety plan?" in said.text
    return sam.says(part).text


@pytest.fixture
def family(chat):
    """Sam's case with a parent (960), Nan (970) and Mum's friend Jo (971) in its safety network."""
    sam = at_menu(chat, 900)
    sam.says("/newcase")
    sam.says("Family B")
    set_goal(sam)
    mum = joins(chat, invite(sam, "🧑 Invite a parent or carer"), 960)
    nan = joins(chat, invite_network(sam, "Nan", "grandmother"), 970)
    jo = joins(chat, invite_network(sam, "Jo", "Mum's friend"), 971)
    return sam, mum, nan, jo


def test_the_worker_invites_by_name_and_relationship_and_is_told_who_joined(chat):
    sam = at_menu(chat, 900)
    sam.says("/newcase")
    sam.says("Family B")
    code = invite_network(sam, "Jo", "Mum's friend")
    jo = chat.person(971)
    said = jo.says(f"/start {code}")
    assert "has invited you to Safety Companion as someone in the family's safety network" in said.text
    assert "call 999" in said.text, "what to do in an emergency, before anything else"
    said = presses_as(jo, "✅ Yes, join", "Alys")  # with the first name Telegram gives
    assert "Welcome! You have joined." in said.text
    told = sam.told()[-1]
    assert told.startswith('Safety network member 1: Jo, Mum\'s friend has joined "Family B" through an invitation.')
    assert 'Their name on Telegram is "Alys"' in told, "to compare with whom they invited"
    card = case_card(sam)
    assert "Safety network member 1: Jo, Mum's friend, joined" in card.text
    assert "👋 Safety network member 1: Jo, Mum's friend" in sam.presses("👋 Take someone out of the case").buttons


def test_the_name_relationship_and_part_are_sealed_at_rest(chat, family):
    sam, _, _, _ = family
    write_part(sam, "Nan", NAN_PART)
    with chat.store.engine.connect() as c:
        rows = c.execute(text("SELECT name, relationship, part FROM membership WHERE role = 'network'")).all()
        invited = c.execute(text("SELECT name, relationship FROM invitation WHERE role = 'network'")).all()
    stored = " ".join(str(v) for row in (*rows, *invited) for v in row)
    for words in ("Nan", "grandmother", "Mum's friend", "Friday"):
        assert words not in stored
    with chat.store.transaction() as tx:
        nan, jo = network.members(tx.c, tx.person(900).id, case_id(chat))
    assert (nan.name, nan.relationship, nan.part) == ("Nan", "grandmother", NAN_PART)
    assert (jo.name, jo.relationship, jo.part) == ("Jo", "Mum's friend", "")


def test_a_network_invitation_needs_a_name_and_a_relationship(chat, family):
    with chat.store.transaction() as tx, pytest.raises(ValueError):
        cases.invite(tx.c, tx.person(900).id, case_id(chat), "network", timedelta(days=1), name="Nan")


def test_a_member_reads_the_goal_0_and_10_and_their_own_part_only(chat, family):
    sam, _, nan, jo = family
    said = nan.says("/plan")
    assert "Your part: your social worker has not written it yet." in said.text
    said = write_part(sam, "Nan", NAN_PART)
    assert "Saved." in said and f"Safety network member 1: Nan, grandmother: {NAN_PART}" in said
    write_part(sam, "Jo", JO_PART)
    said = nan.says("/plan")
    text = said.text
    assert text.index(f"The safety goal: {GOAL}") < text.index("10 means: Ella is safe") < text.index("0 means:")
    assert f"Your part: {NAN_PART}" in text
    assert JO_PART not in text, "never another member's part"
    assert HELP in said.buttons
    assert JO_PART in jo.says("/plan").text and NAN_PART not in jo.says("/plan").text


def test_a_member_scales_like_a_parent_and_the_worker_sees_their_number_beside_the_parent_s(chat, family):
    sam, mum, nan, _ = family
    mum.says("/checkin")
    mum.presses("6")
    mum.says("the group helps")
    said = nan.says("/checkin")
    assert said.text.index("10 means:") < said.text.index("0 means:") < said.text.index("On a scale from 0 to 10")
    assert said.buttons[:11] == [str(n) for n in range(10, -1, -1)] and HELP in said.buttons
    assert "the group helps" not in said.text
    said = nan.presses("7")
    assert "What makes it a 7 and not a 0?" in said.text and HELP in said.buttons
    said = nan.says("Ella is eating well")
    assert "What would need to happen for it to be one point higher?" in said.text
    said = nan.says("Dad stops drinking at weekends")
    assert "What would a 10 look like for your family?" in said.text, "the first time"
    said = nan.presses("⏭️ Skip this question")
    said = nan.presses("📈 See my progress chart")
    (chart,) = said.delivery.documents
    assert chart.content.startswith(b"\x89PNG"), "their own scores, as a chart"
    assert [(a["topic"], a["value"]) for a in nan.answers()][:3] == [
        (topics.CHECKIN, "7"),
        (f"{topics.CHECKIN}.why", "Ella is eating well"),
        (f"{topics.CHECKIN}.higher", "Dad stops drinking at weekends"),
    ]
    case_card(sam)
    said = sam.presses("📖 What they shared")
    table = said.text.split("Everyone's numbers, newest first:\n")[1].split("\n\n")[0].splitlines()
    assert table[0] == "Date | Parent or carer 1 | Safety network member 1", "a column each, side by side"
    assert table[1].endswith("| 6 | 7"), "one day's numbers in one row"
    assert "Ella is eating well" in said.text
    assert "the group helps" not in nan.says("/checkin").text and all(
        a["value"] != "the group helps" for a in nan.answers()
    ), "a member reads nothing anyone else wrote"


def test_members_are_reminded_at_the_case_s_rhythm(chat, family, store):
    sam, _, _, _ = family
    case_card(sam)
    sam.presses("📏 Safety goal, scale and my score")
    sam.presses("⏰ Set the check-in reminders")
    sam.presses("Every week")
    with store.transaction() as tx:
        row = tx.c.execute(plans.reminder_t.select()).first()
        due = row.next_at if row.next_at.tzinfo else row.next_at.replace(tzinfo=UTC)
    sent = chat.companion.due_reminders(due.replace(hour=12) + timedelta(days=1))
    assert sorted(to for to, _ in sent) == [960, 970, 971]
    nan = chat.person(970)
    nan.says("/plan")
    nan.presses("🔕 Pause my reminders")
    with store.transaction() as tx:
        assert plans.paused(tx.c, tx.person(970).id)


def test_help_is_on_every_screen_and_words_of_harm_tell_the_worker(chat, family):
    sam, _, nan, _ = family
    assert HELP in at_menu(chat, 970).last.buttons
    said = nan.presses(HELP)
    for line in PARENT_HELP:
        assert say(line) in said.text
    assert 'someone in the safety network of "Family B" pressed "I need help now"' in sam.told()[-1]
    nan.presses("⬅️ Go back")
    nan.says("/checkin")
    said = nan.presses("3")
    said = nan.says("he hit me last night")
    assert say(PARENT_HELP[0]) in said.text, "the help first"
    assert "wrote something that sounds like they or a child may not be safe" in sam.told()[-1]
    assert "he hit me last night" not in sam.told()[-1]
    (kept,) = [a for a in nan.answers() if a["value"] == "he hit me last night"]
    assert kept["data"]["alert"] is True


def test_a_member_can_leave_and_the_worker_is_told_as_what(chat, family):
    sam, _, nan, _ = family
    nan.says("/leave")
    said = nan.presses("Yes, leave")
    assert "You have left." in said.text
    assert 'Someone left the case "Family B": someone in the family\'s safety network.' in sam.told()[-1]


def test_help_names_every_worker_of_the_case(chat, family):
    sam, _, nan, _ = family
    assert "in a case with Sam Jones." in nan.says("/help").text
    chat.store.add_worker(901, "Priya Shah")
    priya = at_menu(chat, 901)
    code = invite(sam, "🤝 Invite a co-worker")
    priya.says(f"/start {code}")
    priya.presses("✅ Yes, join")
    said = nan.says("/help")
    assert "in a case with these social workers:\n• Sam Jones\n• Priya Shah" in said.text


def test_the_migration_keeps_every_membership_and_invitation(database_url):
    engine = connect(database_url)
    try:
        upgrade(engine, "0011")
        with engine.begin() as c:
            for person_id, telegram_id in ((1, 11), (2, 12)):
                c.execute(
                    text(
                        "INSERT INTO person (id, telegram_id, created_at)"
                        f" VALUES ({person_id}, {telegram_id}, CURRENT_TIMESTAMP)"
                    )
                )
            c.execute(
                text(
                    "INSERT INTO worker (id, person_id, name, added_at, duty)"
                    " VALUES (1, 2, 'Sam', CURRENT_TIMESTAMP, false)"
                )
            )
            c.execute(
                text("""INSERT INTO "case" (id, label, created_by, created_at) VALUES (1, 'F', 1, CURRENT_TIMESTAMP)""")
            )
            for person_id, role in ((2, "worker"), (1, "parent")):
                c.execute(
                    text(
                        "INSERT INTO membership (case_id, person_id, role, joined_at)"
                        f" VALUES (1, {person_id}, '{role}', CURRENT_TIMESTAMP)"
                    )
                )
            c.execute(
                text(
                    "INSERT INTO invitation (case_id, role, code_hash, created_by, created_at, expires_at)"
                    " VALUES (1, 'young_person', 'h', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
        upgrade(engine)
        with Store(engine).transaction() as tx:
            card = cases.card(tx.c, 2, 1)
            assert [(m.role, m.name, m.relationship) for m in card.members] == [("worker", "", ""), ("parent", "", "")]
            assert tx.c.execute(select(cases.invitation_t.c.name, cases.invitation_t.c.role)).all() == [
                ("", "young_person")
            ]
            assert network.members(tx.c, 2, 1) == []
    finally:
        engine.dispose()


def test_a_worker_s_message_reaches_a_member_with_their_own_help_button_and_their_thumb_is_kept(chat, family):
    sam, _, nan, _ = family
    case_card(sam)
    sam.presses("💬 You said, we did: write to someone")
    sam.presses("Safety network member 1")
    sam.says("Thank you for having Ella on Fridays.")
    sent = sam.presses("✅ Send it")
    (message,) = [m for to, m in sent.delivery.elsewhere if to == 970]
    assert [b.label for b in message.buttons] == ["👍", "💬 Reply to Sam Jones", HELP]
    (data,) = [b.data for b in message.buttons if b.label == "👍"]
    nan._send(parse_command_data(data))
    (thumb,) = [a for a in nan.answers() if a["topic"] == "word.thumb"]
    assert thumb["value"] == "👍"


def test_a_member_s_number_and_reasons_are_in_the_export_beside_the_parent_s(chat, family, store):
    import csv
    import io

    from pypdf import PdfReader

    from bot.exports import export

    _, mum, nan, _ = family
    mum.says("/checkin")
    mum.presses("6")
    mum.says("the group helps")
    nan.says("/checkin")
    nan.presses("7")
    nan.says("Ella is eating well")
    nan.says("Dad stops drinking at weekends")
    with store.engine.connect() as c:
        pdf, table = export(c, None, case_id(chat), "en")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages).split())
    assert "Safety network member 1" in text and "7 Ella is eating well Dad stops drinking at weekends" in text
    assert "Parent or carer 1" in text and "6 the group helps" in text
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert {(r["role"], r["value"]) for r in rows if r["topic"] == topics.CHECKIN} >= {
        ("network", "7"),
        ("parent", "6"),
    }
