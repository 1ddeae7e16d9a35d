"""Cases and invitations as transcripts: a worker opens a case and invites; a young person and a parent
join; every refusal is refused the same kind way; members leave, are removed; cases close."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from dialogues import NOTICES
from dialogues.cases import BAD_CODE, CASE_CLOSED, NOT_YOURS
from dialogues.messages import T
from storage import cases
from storage.models import utcnow
from storage.repository import Standing
from tests.transcript import Chat, say

LINK = re.compile(r"https://t\.me/companion_bot\?start=([A-Za-z0-9_-]+)")


@pytest.fixture
def chat(store):
    store.add_worker(900, "Sam Jones")
    store.add_worker(901, "Priya Shah")
    return Chat(store)


def worker(chat, user_id=900):
    sam = chat.person(user_id)
    sam.says("/start")
    sam.presses("English")
    return sam


def open_case(sam, label="Family B"):
    sam.says("/newcase")
    return sam.says(label)


def invitation(sam, button):
    said = sam.presses(button)
    found = LINK.search(said.text)
    assert found, said.text
    return found.group(1)


def joined(chat, sam, user_id, button, language_code="en"):
    """Someone who opened the invitation the worker made with ``button``, and joined."""
    code = invitation(sam, button)
    person = chat.person(user_id, language_code)
    person.says(f"/start {code}")
    person.presses(say(T("✅ Yes, join"), "cy" if language_code == "cy" else "en"))
    return person


def case_id_of(store, label="Family B"):
    with store.engine.connect() as c:
        return c.scalar(select(cases.case_t.c.id).where(cases.case_t.c.label == label))


def test_a_worker_opens_a_case_with_a_label_that_names_nobody(chat):
    sam = worker(chat)
    said = sam.says("/newcase")
    assert "real names" in said.text
    assert say(T("Please send a label of up to {limit} characters.", limit=60)) in sam.says("x" * 61)
    said = sam.says("Family B")
    assert say(T("Case: {label}", label="Family B")) in said
    assert say(T("No young person or parent has joined yet. Invite them below.")) in said
    assert "🧒 Invite a young person" in said.buttons
    said = sam.says("/cases")
    number = case_id_of(chat.store)
    assert said.buttons == [f"📁 Case {number}: Family B", "➕ New case"]
    assert "type /cases and its number" in said.text
    assert say(T("Case: {label}", label="Family B")) in sam.says(f"/cases {number}"), "the number it shows opens it"


def test_an_invitation_is_a_one_time_link_whose_code_is_stored_only_as_a_hash(chat, store):
    sam = worker(chat)
    open_case(sam)
    code = invitation(sam, "🧒 Invite a young person")
    assert 43 <= len(code) <= 64 and re.fullmatch(r"[A-Za-z0-9_-]+", code)
    assert f"/start {code}" in sam.last.text, "the code alone, for the terminal"
    with store.engine.connect() as c:
        dump = "\n".join(str(row) for table in ("invitation", "audit_entry", "conversation")
                         for row in c.execute(text(f"select * from {table}")))  # fmt: skip
    assert code not in dump
    assert cases.code_hash(code) in dump


def test_a_young_person_and_a_parent_join_and_are_told_who_reads_what(chat):
    sam = worker(chat)
    open_case(sam)
    child_code = invitation(sam, "🧒 Invite a young person")
    parent_code = invitation(sam, "🧑 Invite a parent or carer")

    jo = chat.person(910)
    said = jo.says(f"/start {child_code}")
    assert "Sam Jones" in said.text and "a young person" in said.text
    assert say(T("{worker} will read what you share here, before they see you. They don't read it all the "
                 "time, so this chat is not for emergencies.", worker="Sam Jones")) in said  # fmt: skip
    assert "999" in said.text and "0800 1111" in said.text
    assert said.buttons[:2] == ["✅ Yes, join", "Not now"]
    said = jo.presses("✅ Yes, join")
    assert say(T("Welcome! You have joined.")) in said
    assert say(T("You are here to tell {worker} how things are for you.", worker="Sam Jones")) in jo.says("/help")

    dad = chat.person(911, language_code="cy")
    said = dad.says(f"/start {parent_code}")
    assert say(T("Would you like to join?"), "cy") in said, "in their own language"
    dad.presses(say(T("✅ Yes, join"), "cy"))
    assert say(T("You are here as a parent or carer in a case with {worker}.", worker="Sam Jones"), "cy") in (
        dad.says("/help")
    )

    said = sam.says("/cases")
    said = sam.presses(f"📁 Case {case_id_of(chat.store)}: Family B")
    for member in ("Young person 1", "Parent or carer 1", "Sam Jones (social worker)"):
        assert member in said.text


def test_not_now_leaves_the_invitation_working(chat):
    sam = worker(chat)
    open_case(sam)
    code = invitation(sam, "🧑 Invite a parent or carer")
    mum = chat.person(912)
    mum.says(f"/start {code}")
    mum.presses("Not now")
    mum.says(f"/start {code}")
    assert say(T("Welcome! You have joined.")) in mum.presses("✅ Yes, join")


def bad_code_cases(chat, store):
    """Codes that must not work: each is (how it was made, the code)."""
    sam = worker(chat)
    open_case(sam)
    used = invitation(sam, "🧑 Invite a parent or carer")
    chat.person(920).says(f"/start {used}")
    chat.person(920).presses("✅ Yes, join")
    revoked = invitation(sam, "🧑 Invite a parent or carer")
    sam.presses("🚫 Cancel an invitation")
    sam.presses(sam.last.buttons[0])
    expired = invitation(sam, "🧑 Invite a parent or carer")
    with store.engine.begin() as c:
        c.execute(update(cases.invitation_t).where(cases.invitation_t.c.code_hash == cases.code_hash(expired))
                  .values(expires_at=utcnow() - timedelta(seconds=1)))  # fmt: skip
    return {"used": used, "revoked": revoked, "expired": expired, "garbled": used[:-3] + "xyz",
            "oversized": "a" * 65, "odd characters": "<script>", "worker-only": None}  # fmt: skip


def test_used_expired_revoked_garbled_or_oversized_codes_all_get_one_generic_kind_answer(chat, store):
    codes = bad_code_cases(chat, store)
    for n, (how, code) in enumerate(codes.items()):
        if code is None:
            continue
        stranger = chat.person(930 + n)
        said = stranger.says(f"/start {code}")
        assert said.text.startswith(say(BAD_CODE)), how
        assert stranger.answers() == []


def test_a_co_worker_invitation_opens_only_for_a_registered_worker(chat):
    sam = worker(chat)
    open_case(sam)
    code = invitation(sam, "🤝 Invite a co-worker")
    assert chat.person(940).says(f"/start {code}").text.startswith(say(BAD_CODE))
    priya = worker(chat, 901)
    said = priya.says(f"/start {code}")
    assert "Sam Jones" in said.text and "Family B" in said.text
    priya.presses("✅ Yes, join")
    assert priya.says("/cases").buttons[0] == f"📁 Case {case_id_of(chat.store)}: Family B"


def test_too_many_bad_codes_slow_a_person_down_even_for_a_good_code(chat):
    sam = worker(chat)
    open_case(sam)
    good = invitation(sam, "🧑 Invite a parent or carer")
    guesser = chat.person(950)
    for n in range(cases.BAD_CODE_LIMIT):
        guesser.says(f"/start guess{n}")
    assert guesser.says(f"/start {good}").text.startswith(say(BAD_CODE))
    assert say(T("Would you like to join?")) in chat.person(951).says(f"/start {good}"), "still good for others"


def test_another_worker_s_case_is_refused_typed_or_forged(chat):
    sam = worker(chat)
    open_case(sam)
    theirs = case_id_of(chat.store)
    priya = worker(chat, 901)
    assert say(NOT_YOURS) in priya.says(f"/cases {theirs}")
    priya.says("/cases")
    from dialogues.engine import Input

    forged = priya._send(Input.choice(f"case:{theirs}"), seq=priya.says("/cases") and None)
    assert say(NOTICES.stale_button) in forged
    with chat.store.transaction() as tx:
        priya_id = tx.person(901).id
        with pytest.raises(cases.AccessDenied):
            cases.read_answers(tx.c, priya_id, theirs, purpose="read")
        with pytest.raises(cases.AccessDenied):
            cases.invite(tx.c, priya_id, theirs, "parent", timedelta(days=7))


def test_a_family_member_cannot_use_worker_commands(chat):
    sam = worker(chat)
    open_case(sam)
    mum = joined(chat, sam, 960, "🧑 Invite a parent or carer")
    assert say(NOTICES.not_for_you) in mum.says("/cases")
    assert say(NOTICES.not_for_you) in mum.says(f"/cases {case_id_of(chat.store)}")


def test_reading_answers_is_checked_against_membership_and_audited(chat, store):
    sam = worker(chat)
    open_case(sam)
    child, parent = invitation(sam, "🧒 Invite a young person"), invitation(sam, "🧑 Invite a parent or carer")
    for user_id, code in ((970, child), (971, parent)):
        chat.person(user_id).says(f"/start {code}")
        chat.person(user_id).presses("✅ Yes, join")
    case_id = case_id_of(store)
    with store.transaction() as tx:
        for user_id, role, words in ((970, "young_person", "my nan"), (971, "parent", "we are trying")):
            person = tx.person(user_id)
            tx.add_answers(person.id, Standing(role, case_id), [("note", words, {})], None)
    with store.transaction() as tx:
        child_id, parent_id, sam_id = tx.person(970).id, tx.person(971).id, tx.person(900).id
        everything = cases.read_answers(tx.c, sam_id, case_id, purpose="check")
        assert [a.value for a in everything] == ["my nan", "we are trying"]
        assert [a.value for a in cases.read_answers(tx.c, parent_id, case_id, purpose="read")] == ["we are trying"]
        assert [a.value for a in cases.read_answers(tx.c, child_id, case_id, purpose="read")] == ["my nan"]

    said = sam.says(f"/cases {case_id}")
    assert "2 new answers since you last looked." in said.text
    said = sam.presses("📖 What they shared")
    assert "my nan" in said.text and "Young person 1" in said.text and "Parent or carer 1" in said.text
    assert "0 new answers since you last looked." in sam.presses("⬅️ Back to the case").text

    with store.engine.begin() as c:
        c.execute(cases.answer_t.delete())
    with store.transaction() as tx:
        trail = cases.audit_trail(tx.c, case_id)
    readers = {(line.worker_name, line.action) for line in trail if line.action in ("read", "check")}
    assert readers == {("Sam Jones", "read"), ("Sam Jones", "check")}, "the audit outlives the answers"
    assert not [line for line in trail if line.worker_name is None], "reading one's own words is not audited"


def test_a_member_leaves_and_their_worker_is_told_without_any_answer_in_it(chat):
    sam = worker(chat)
    open_case(sam)
    mum = joined(chat, sam, 980, "🧑 Invite a parent or carer")
    said = mum.says("/leave")
    assert "What you already shared stays" in said.text
    said = mum.presses("Yes, leave")
    assert say(T("You are not part of a case with a social worker here yet.")) in said
    assert any("left the case" in note for note in sam.told())
    assert say(NOTICES.not_for_you) in mum.says("/leave")


def test_a_removed_member_is_told_kindly(chat):
    sam = worker(chat)
    open_case(sam)
    jo = joined(chat, sam, 981, "🧒 Invite a young person")
    sam.says(f"/cases {case_id_of(chat.store)}")
    sam.presses("👋 Take someone out of the case")
    said = sam.presses("👋 Young person 1")
    assert say(T("Done. They are no longer in this case.")) in said
    assert jo.told() and "taken you out" in jo.told()[0]
    assert say(T("You can join when your social worker sends you an invitation link.")) in jo.says("/help")


def test_a_closed_case_takes_nothing_new_and_its_members_are_told(chat):
    sam = worker(chat)
    open_case(sam)
    code = invitation(sam, "🧒 Invite a young person")
    pending = invitation(sam, "🧑 Invite a parent or carer")
    jo = chat.person(982, language_code="cy")
    jo.says(f"/start {code}")
    jo.presses(say(T("✅ Yes, join"), "cy"))
    sam.says(f"/cases {case_id_of(chat.store)}")
    assert "Family B" in sam.presses("🔒 Close the case").text
    said = sam.presses("🔒 Yes, close it")
    assert say(T("The case is closed.")) in said
    assert jo.told() == [say(CASE_CLOSED, "cy")], "told in their own language"
    said = jo.says("/help")
    assert say(T("You can join when your social worker sends you an invitation link."), "cy") in said
    assert chat.person(983).says(f"/start {pending}").text.startswith(say(BAD_CODE)), "its invitations stop working"
    said = sam.says("/cases")
    number = case_id_of(chat.store)
    assert said.buttons == [f"🔒 Case {number}: Family B", "➕ New case"]
    lines = said.text.splitlines()
    assert lines[lines.index("Closed:") + 1] == f"• Case {number}: Family B", "listed under Closed"
    said = sam.presses(f"🔒 Case {number}: Family B")
    assert say(T("This case is closed: nobody can share anything new in it.")) in said


def test_workers_are_told_once_that_something_was_shared_never_what(chat, store):
    from bot.core import parse_command_data

    sam = worker(chat)
    open_case(sam)
    priya = worker(chat, 901)
    priya.says(f"/start {invitation(sam, '🤝 Invite a co-worker')}")
    priya.presses("✅ Yes, join")
    case_id = case_id_of(store)
    start = utcnow()
    with store.transaction() as tx:
        for minute in range(3):
            cases.note_new_answers(tx.c, case_id, start + timedelta(minutes=minute))
    assert chat.companion.due_notices(start + timedelta(minutes=2)) == [], "not yet: more may come"
    due = chat.companion.due_notices(start + cases.NOTICE_DELAY)
    assert sorted(to for to, _ in due) == [900, 901], "one message for each worker"
    to, message = due[0]
    assert message.text == say(T('Someone in "{label}" shared something new.', label="Family B"))
    assert chat.companion.due_notices(start + timedelta(hours=1)) == [], "sent once"
    command = parse_command_data(message.buttons[0].data)
    said = chat.person(to)._send(command)
    assert say(T("Case: {label}", label="Family B")) in said, "the button opens the case card"


def family_with_answers(chat, store):
    """Sam's case with a young person and a parent who have shared, two days apart."""
    from dialogues import topics

    sam = worker(chat)
    open_case(sam)
    child, parent = invitation(sam, "🧒 Invite a young person"), invitation(sam, "🧑 Invite a parent or carer")
    for user_id, code in ((990, child), (991, parent)):
        chat.person(user_id).says(f"/start {code}")
        chat.person(user_id).presses("✅ Yes, join")
    case_id = case_id_of(store)
    shared = [
        (990, "young_person", topics.HOUSE_WORRIES, "Dad shouts at night", {}),
        (990, "young_person", topics.HOUSE_GOOD, "Nan's Sunday dinners", {}),
        (990, "young_person", topics.HOUSE_DREAMS, "Everyone calm at home", {}),
        (990, "young_person", topics.SAFETY_SCALE, "4", {"why_not_lower": "Nan is near", "one_higher": "no shouting"}),
        (991, "parent", topics.CHECKIN, "6", {"why_not_lower": "we go to the group", "one_higher": "a calm week"}),
        (900, "worker", topics.WORKER_SCORE, "3", {"why_not_lower": "dad engages", "one_higher": "a plan"}),
    ]
    with store.transaction() as tx:
        for user_id, role, topic, value, data in shared:
            tx.add_answers(tx.person(user_id).id, Standing(role, case_id), [(topic, value, data)], None)
    return sam, case_id


def test_the_worker_reads_the_three_columns_and_the_scores_side_by_side(chat, store):
    sam, case_id = family_with_answers(chat, store)
    sam.says(f"/cases {case_id}")
    said = sam.presses("📖 What they shared")
    worried = said.text.index("What are we worried about?")
    assert worried < said.text.index("Dad shouts at night") < said.text.index("What's working well?")
    assert said.text.index("What's working well?") < said.text.index("Nan's Sunday dinners")
    assert said.text.index("What needs to happen?") < said.text.index("Everyone calm at home")
    table = said.text[said.text.index("Everyone's numbers, newest first:") :].splitlines()
    assert table[1] == "Date | Young person 1 | Parent or carer 1 | Social worker"
    assert re.fullmatch(r"\d{1,2} \w{3} \d{4} \| 4 \| 6 \| 3", table[2]), "one table, a column each"
    assert "how safe they feel" in table[3], "the child's safety scale is not the case's scale, and it says so"
    assert "Why not lower: we go to the group. One point higher would be: a calm week" in said.text


@dataclass
class Said:
    """An answer as the shared view reads it."""

    role: str
    number: int
    topic: str
    value: str
    created_at: datetime
    id: int = 0
    data: dict = field(default_factory=dict)
    mine: bool = False


def test_the_numbers_table_has_a_column_for_every_role_present_and_the_newest_day_first():
    from bot.i18n import render
    from dialogues import topics
    from dialogues.shared_view import shared_view

    day = datetime(2025, 3, 3, 10, tzinfo=UTC)
    shared = [
        Said("worker", 1, topics.WORKER_SCORE, "3", day),
        Said("network", 1, topics.CHECKIN, "5", day),
        Said("parent", 2, topics.CHECKIN, "6", day - timedelta(days=2)),
        Said("parent", 2, topics.CHECKIN, "7", day - timedelta(days=2, hours=-1)),
        Said("young_person", 1, topics.SAFETY_SCALE, "4", day - timedelta(days=1)),
    ]
    text = "\n".join(render(section, "en") for section in shared_view(shared))
    table = text[text.index("Everyone's numbers, newest first:") :].splitlines()[1:5]
    header = table[0].split(" | ")
    assert header[:3] == ["Date", "Young person 1", "Parent or carer 2"] and len(header) == 5, "network has a column"
    assert table[1] == "3 Mar 2025 | - | - | 5 | 3", "newest first; network's number between the parents and the worker"
    assert table[2] == "2 Mar 2025 | 4 | - | - | -"
    assert table[3] == "1 Mar 2025 | - | 7, 6 | - | -", "a person's numbers on one day share their cell, newest first"


def test_a_day_s_numbers_read_newest_first_so_a_child_s_latest_0_comes_first():
    """A young person says 7, then 0 the same day: under "newest first" the 0 must be the first number the
    worker reads in that day's cell, never looking like an earlier score behind a 7."""
    from bot.i18n import render
    from dialogues import topics
    from dialogues.shared_view import shared_view

    morning = datetime(2026, 12, 4, 9, tzinfo=UTC)
    shared = [
        Said("young_person", 1, topics.SAFETY_SCALE, "7", morning, id=1),
        Said("young_person", 1, topics.SAFETY_SCALE, "0", morning + timedelta(hours=6), id=2),
        Said("young_person", 1, topics.SAFETY_SCALE, "5", morning - timedelta(days=1), id=3),
    ]
    text = "\n".join(render(section, "en") for section in shared_view(shared))
    table = text[text.index("Everyone's numbers, newest first:") :].splitlines()[1:4]
    assert table == ["Date | Young person 1", "4 Dec 2026 | 0, 7", "3 Dec 2026 | 5"]


def test_export_sends_a_pdf_and_a_csv_and_is_audited(chat, store):
    import csv
    import io

    from pypdf import PdfReader

    sam, case_id = family_with_answers(chat, store)
    sam.says(f"/cases {case_id}")
    said = sam.presses("📄 Export for the assessment")
    names = [d.filename for d in said.delivery.documents]
    assert [n.rsplit(".", 1)[1] for n in names] == ["pdf", "csv"] and names[0].startswith("Family-B-")
    pdf = "".join(page.extract_text() for page in PdfReader(io.BytesIO(said.delivery.documents[0].content)).pages)
    for words in ("Family B", "Dad shouts at night", "Nan's Sunday dinners", "we go to the group", "Signs of Safety"):
        assert words in pdf.replace("\n", " "), words
    rows = list(csv.DictReader(io.StringIO(said.delivery.documents[1].content.decode("utf-8-sig"))))
    assert len(rows) == 6 and {r["value"] for r in rows} >= {"Dad shouts at night", "6"}
    with store.transaction() as tx:
        assert "export" in [line.action for line in cases.audit_trail(tx.c, case_id)]


def test_the_export_s_score_tables_say_they_run_oldest_first(chat, store):
    """The PDF lists scores in the order they were given (with the time of each): its tables say so, so a
    worker used to the chat's newest-first table does not read the last row as the oldest."""
    import io

    from pypdf import PdfReader

    from dialogues import topics

    sam, case_id = family_with_answers(chat, store)
    with store.transaction() as tx:
        tx.add_answers(tx.person(990).id, Standing("young_person", case_id), [(topics.SAFETY_SCALE, "0", {})], None)
    sam.says(f"/cases {case_id}")
    said = sam.presses("📄 Export for the assessment")
    pdf = "".join(page.extract_text() for page in PdfReader(io.BytesIO(said.delivery.documents[0].content)).pages)
    flat = "".join(pdf.split())
    assert flat.count("When(oldestfirst)") == 2, "the case's scale and the young person's"
    safety = flat[flat.index("Howsafetheyoungpersonfeels") : flat.index("Safetypeople")]
    assert safety.index("Nanisnear") < safety.rindex("Youngperson1"), "the 4 given first, then the 0"


def test_a_family_member_can_never_export(chat, store):
    from bot.exports import export

    _, case_id = family_with_answers(chat, store)
    with store.transaction() as tx, pytest.raises(cases.AccessDenied):
        export(tx.c, tx.person(901).id, case_id, "en")
    with store.transaction() as tx:
        documents = export(tx.c, tx.person(991).id, case_id, "en")
    assert b"Dad shouts" not in documents[1].content and b"a calm week" in documents[1].content


def test_the_progress_chart_is_a_picture_and_export_can_be_typed_on_the_card(chat, store):
    import io

    from PIL import Image

    sam, case_id = family_with_answers(chat, store)
    sam.says(f"/cases {case_id}")
    said = sam.presses("📈 Progress chart")
    (picture,) = said.delivery.documents
    assert picture.photo and Image.open(io.BytesIO(picture.content)).size == (1000, 600)
    assert re.fullmatch(r"Family-B-chart-\d{4}-\d\d-\d\d-\d{6}\.png", picture.filename), "each chart its own name"
    said = sam.says("/export")
    assert [d.filename.rsplit(".", 1)[1] for d in said.delivery.documents] == ["pdf", "csv"]
    sam.says("/cases")
    assert say(NOTICES.unknown_command) in sam.says("/export"), "only on a case card"


def test_a_removed_co_worker_and_the_family_of_a_closed_case_are_refused(chat, store):
    sam = worker(chat)
    open_case(sam)
    priya = worker(chat, 901)
    priya.says(f"/start {invitation(sam, '🤝 Invite a co-worker')}")
    priya.presses("✅ Yes, join")
    jo = joined(chat, sam, 985, "🧒 Invite a young person")
    case_id = case_id_of(store)
    sam.says(f"/cases {case_id}")
    sam.presses("👋 Take someone out of the case")
    sam.presses("👋 Priya Shah (social worker)")
    jo.says("/houses")
    jo.presses("🌈 House of good things")
    jo.says("my bike")
    assert say(NOT_YOURS) in priya.says(f"/cases {case_id}")
    with store.transaction() as tx:
        assert cases.read_answers(tx.c, tx.person(901).id, case_id, purpose="read") == [], "nobody else's words"
    sam.says(f"/cases {case_id}")
    sam.presses("🔒 Close the case")
    sam.presses("🔒 Yes, close it")
    assert say(NOTICES.not_for_you) in jo.says("/houses"), "a closed case takes no new answers"
    assert "has been closed" in jo.says("/stop").text
