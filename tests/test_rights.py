"""A person's own rights as transcripts: `/mydata` sends them a copy of only what they shared (a PDF they
can read and a JSON file) and says when their words were read and by whom; `/forget` forgets someone in
no open case after they confirm ("Not now" keeps everything), and tells someone in an open case that their
words are part of their record while their worker is told they asked."""

from __future__ import annotations

import io
import json
import os

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from dialogues.messages import Day, T
from dialogues.rights import FORGET_DONE, FORGET_IN_CASE, FORGET_KEPT, FORGET_WORKER, MY_DATA_SENT, NOBODY_READ
from storage import cases, seal
from storage.models import utcnow
from storage.repository import Standing, conversation_t, person_t
from tests.transcript import Chat, say

GOOD, WORRIES = "🌈 House of good things", "😟 House of worries"


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 950, "young_person")
    store.ensure_member(case_id, 951, "parent")
    return Chat(store)


def started(chat, user_id, language="English"):
    person = chat.person(user_id)
    person.says("/start")
    person.presses(language)
    return person


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).replace("\n", " ")


def count(store, table, *where) -> int:
    with store.engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def test_mydata_sends_only_the_person_s_own_words_and_who_read_them(chat, store):
    jo, mum, sam = started(chat, 950), started(chat, 951), started(chat, 900)
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says("my bike Zebra-17")
    jo.presses("✅ That's all for this house")
    jo.says("loud nights Quokka-3")
    jo.presses("✏️ Change or take something out")
    jo.presses("loud nights Quokka-3")
    jo.presses("🗑️ Take it out")
    mum.says("/checkin")  # a parent's words are never in the child's copy
    mum.says("/stop")
    with store.transaction() as tx:
        tx.add_answers(tx.person(951).id, Standing("parent", 1), [("note", "Mum's words Ibex-9", {})], None)
    sam.says("/cases 1")
    sam.presses("📖 What they shared")

    said = jo.says("/mydata")
    assert say(MY_DATA_SENT) in said.text
    assert say(T("Your social worker read what you shared on {day}.", day=Day(utcnow()))) in said.text
    pdf, data = said.delivery.documents
    assert pdf.filename.endswith(".pdf") and data.filename.endswith(".json") and not pdf.photo
    words = pdf_text(pdf.content)
    for expected in ("Your house of good things", "my bike Zebra-17", "Your house of worries", "You took this out"):
        assert expected in words, expected
    assert "Ibex-9" not in words and "Family B" not in words, "only their own words"
    copy = json.loads(data.content)
    assert [a["words"] for a in copy["what_you_shared"]][:2] == ["my bike Zebra-17", "loud nights Quokka-3"]
    assert "Ibex-9" not in data.content.decode()
    assert [r["by"] for r in copy["read_by_others"]] == ["worker"]
    with store.transaction() as tx:
        trail = cases.audit_trail(tx.c, 1)
    assert [line.action for line in trail if line.action == cases.OWN_COPY] == [cases.OWN_COPY], "audited once"


def test_mydata_says_why_the_worker_was_told_at_once_as_it_happened(chat):
    jo, mum = started(chat, 950), started(chat, 951)
    jo.says("/scale")
    jo.presses("0 😢")
    mum.presses("🆘 I need help now")
    jo_copy = pdf_text(jo.says("/mydata").delivery.documents[0].content)
    mum_copy = pdf_text(mum.says("/mydata").delivery.documents[0].content)
    assert "Times your social worker was told straight away" in jo_copy
    assert "You said 0 out of 10 for how safe you feel, so I told your social worker." in jo_copy
    assert "You pressed the button to get help now." in mum_copy
    assert "did not feel safe" not in mum_copy, "a parent's 'I need help now' is not 'I did not feel safe'"


def test_mydata_in_welsh_for_someone_who_shared_nothing_and_whom_nobody_read(chat):
    alys = started(chat, 970, "Cymraeg")
    said = alys.says("/mydata")
    assert say(MY_DATA_SENT, "cy") in said.text and say(NOBODY_READ, "cy") in said.text
    pdf, data = said.delivery.documents
    assert say(T("You have not shared anything with me yet."), "cy") in pdf_text(pdf.content)
    assert json.loads(data.content)["what_you_shared"] == []


def test_mydata_is_on_everyone_s_command_list(chat):
    said = chat.person(980).says("/start")
    names = [name for _, commands in said.delivery.commands for name, _ in commands]
    assert "mydata" in names and "forget" in names


def test_forget_not_now_keeps_everything_and_yes_forgets_someone_in_no_case(chat, store):
    ana = started(chat, 980)
    said = ana.says("/forget")
    assert "Do you want me to forget you?" in said.text and said.buttons == ["🗑️ Yes, forget me", "Not now"]
    said = ana.presses("Not now")
    assert say(FORGET_KEPT) in said.text
    assert count(store, person_t, person_t.c.telegram_id == 980) == 1
    ana.says("/forget")
    said = ana.presses("🗑️ Yes, forget me")
    assert say(FORGET_DONE) in said.text
    assert count(store, person_t, person_t.c.telegram_id == 980) == 0, "the person row is gone"
    with store.engine.connect() as c:
        people = {f"person:{i}" for i in c.scalars(select(person_t.c.id))}
        talking = {f"person:{i}" for i in c.scalars(select(conversation_t.c.person_id))}
    found = seal.sealer_of(store.engine)
    assert found is not None
    owners = {owner for _, owner, _ in found.keys.rows() if owner.startswith("person:")}  # in the key store
    assert talking <= people and owners <= people, "their conversation and their data key went with them"
    said = ana.says("/start")
    assert "Which language would you like me to use?" in said.text, "someone new to the bot"


def test_forget_in_an_open_case_keeps_the_record_and_tells_the_worker(chat, store):
    jo = started(chat, 950)
    sam = started(chat, 900)
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says("my bike")
    said = jo.says("/forget")
    assert say(FORGET_IN_CASE) in said.text and "Yes, forget me" not in said.buttons
    assert any('Young person 1 in "Family B" asked me to delete what they shared' in note for note in sam.told())
    assert [a["value"] for a in jo.answers()] == ["my bike"], "nothing deleted"
    with store.transaction() as tx:
        assert "asked to forget" in [line.action for line in cases.audit_trail(tx.c, 1)]


def test_forget_after_leaving_keeps_the_case_s_words_and_forgets_the_person(chat, store):
    mum = started(chat, 951)
    with store.transaction() as tx:
        tx.add_answers(tx.person(951).id, Standing("parent", 1), [("note", "we are trying", {})], None)
    mum.says("/leave")
    mum.presses("Yes, leave")
    said = mum.says("/forget")
    assert "stays with that case's record" in said.text
    mum.presses("🗑️ Yes, forget me")
    assert count(store, person_t, person_t.c.telegram_id == 951) == 0, "their address is gone"
    sam = started(chat, 900)
    sam.says("/cases 1")
    assert "we are trying" in sam.presses("📖 What they shared").text, "the case's record stays"


def test_a_worker_is_told_who_can_take_them_off(chat):
    sam = started(chat, 900)
    assert say(FORGET_WORKER) in sam.says("/forget").text


def test_forget_cuts_the_wal_file_so_the_forgotten_words_are_not_left_in_it(chat, store):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("the WAL file is SQLite's")
    ana = started(chat, 981)
    ana.says("/forget")
    ana.presses("🗑️ Yes, forget me")
    wal = f"{store.engine.url.database}-wal"
    assert os.path.getsize(wal) == 0, "a WAL checkpoint (TRUNCATE) ran after the person was forgotten"
