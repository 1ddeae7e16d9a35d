""" "You said, we did" as transcripts, on both databases: a worker writes to one young person or parent from
the case card; it arrives framed in their language with the worker's words as written, 👍, Reply and their
help button, which work from the message however old; the 👍 and a reply are kept as their answers (a reply
watched for danger), and the message with its answers is in the worker's view, the PDF and the CSV."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from bot.core import parse_command_data
from bot.exports import export
from dialogues.messages import T
from dialogues.voice import NOT_FOUND
from storage import cases
from storage.repository import answer_t
from tests.transcript import Chat, Person, Said, press_on, say, sent_to

WRITE = "💬 You said, we did: write to someone"
WORDS = "You told me bedtime is scary. Nan will stay on Fridays now."
UNSAFE = "🆘 I don't feel safe right now"
REPLY = "💬 Reply to Emma Jones"


@pytest.fixture
def chat(store):
    sam = store.add_worker(900, "Emma Jones")
    case_id = store.ensure_case("Family B", sam)
    store.ensure_member(case_id, 950, "young_person")
    store.ensure_member(case_id, 960, "parent")
    return Chat(store)


def started(chat: Chat, user_id: int, language: str = "English") -> Person:
    person = chat.person(user_id)
    person.says("/start")
    person.presses(language)
    return person


def write(emma: Person, to: str, words: str = WORDS) -> Said:
    emma.says("/cases 1")
    emma.presses(WRITE)
    emma.presses(to)
    checked = emma.says(words)
    assert words in checked.texts[-1] and checked.buttons[:2] == ["✅ Send it", "✏️ Write it again"]
    return emma.presses("✅ Send it")


def test_a_worker_s_message_arrives_framed_in_the_young_person_s_language(chat):
    jo = started(chat, 950, "Cymraeg")
    emma = started(chat, 900)
    sent = write(emma, "Young person 1")
    assert "Sent to Young person 1" in sent.text and "Case: Family B" in sent.text, "back to the card"
    message = sent_to(sent, 950)
    assert say(T("A message from {worker}, your social worker:", worker="Emma Jones"), "cy") in message.text
    assert WORDS in message.text, "the worker's words as written, never translated"
    assert [b.label for b in message.buttons] == [
        "👍",
        say(T("💬 Reply to {worker}", worker="Emma Jones"), "cy"),
        say(T("🆘 I don't feel safe right now"), "cy"),
    ]
    assert [a["topic"] for a in jo.answers()] == []
    (kept,) = [a for a in emma.answers() if a["topic"] == "word.to"]
    assert kept["value"] == WORDS and kept["data"]["to_role"] == "young_person" and kept["case_id"] == 1
    with chat.store.engine.connect() as c:
        (audited,) = [line for line in cases.audit_trail(c, 1) if line.action == "message"]
    assert audited.worker_name == "Emma Jones" and "Nan" not in audited.detail, "which message, never its words"


def test_a_parent_gets_their_own_help_button(chat):
    started(chat, 960)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Parent or carer 1"), 960)
    assert [b.label for b in message.buttons][-1] == "🆘 I need help now"


def test_the_thumb_is_kept_once_from_the_message_however_old_and_the_child_stays_where_they_were(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Young person 1"), 950)
    jo.presses("🏠 My three houses")
    jo.presses("😟 House of worries")
    thumbed = press_on(jo, message, "👍")
    assert "Emma Jones will see your 👍" in thumbed.text
    assert "worries" in thumbed.text.lower() and UNSAFE in thumbed.buttons, "back where they were, help there"
    again = press_on(jo, message, "👍")
    assert "already" in again.text
    (thumb,) = [a for a in jo.answers() if a["topic"] == "word.thumb"]
    assert thumb["value"] == "👍" and thumb["case_id"] == 1
    (command,) = [parse_command_data(b.data) for b in message.buttons if b.label == "👍"]
    assert command is not None and thumb["data"] == {"message": int(command.argument.split()[0])}


def test_a_reply_is_kept_as_their_answer_and_they_go_back(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Young person 1"), 950)
    asked = press_on(jo, message, REPLY)
    assert "Emma Jones wrote:" in asked.text and WORDS in asked.text
    assert UNSAFE in asked.buttons and "⬅️ Not now" in asked.buttons
    done = jo.says("Thank you. Nan makes hot chocolate")
    assert "I have kept your reply" in done.text
    (reply,) = [a for a in jo.answers() if a["topic"] == "word.reply"]
    assert reply["value"] == "Thank you. Nan makes hot chocolate" and reply["case_id"] == 1


def test_a_reply_that_sounds_unsafe_raises_the_alert_and_is_kept(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Young person 1"), 950)
    press_on(jo, message, REPLY)
    helped = jo.says("he hit me again last night")
    assert "999" in helped.text and "I have kept your reply" not in helped.text
    assert any("Urgent" in m.text for to, m in helped.delivery.elsewhere if to == 900)
    (reply,) = [a for a in jo.answers() if a["topic"] == "word.reply"]
    assert reply["data"]["alert"] is True
    back = jo.presses("⬅️ Go back")
    assert "What would you like to say back" not in back.text, "the reply is done: back to the menu"


def test_only_the_person_it_was_written_to_can_press_its_buttons(chat):
    started(chat, 950)
    dan = started(chat, 960)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Young person 1"), 950)
    stolen = press_on(dan, message, "👍")
    assert say(NOT_FOUND) in stolen.text
    assert [a for a in dan.answers() if a["topic"] == "word.thumb"] == []
    assert say(NOT_FOUND) in dan.says("/word 999 reply").text


def test_a_message_too_long_is_refused_kindly_and_nothing_is_sent(chat):
    started(chat, 950)
    emma = started(chat, 900)
    emma.says("/cases 1")
    emma.presses(WRITE)
    emma.presses("Young person 1")
    said = emma.says("x" * 1001)
    assert "1000 characters or fewer" in said.text and not said.delivery.elsewhere
    assert [a for a in emma.answers() if a["topic"] == "word.to"] == []


def test_the_message_its_thumb_and_reply_are_in_the_view_the_pdf_and_the_csv(chat, store):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Young person 1"), 950)
    press_on(jo, message, "👍")
    press_on(jo, message, REPLY)
    jo.says("Nan makes hot chocolate")
    emma.says("/cases 1")
    view = emma.presses("📖 What they shared").text
    assert "You said, we did" in view and WORDS in view
    assert "👍 (Young person 1" in view and "Nan makes hot chocolate (Young person 1" in view
    with store.engine.connect() as c:
        pdf, table = export(c, None, 1, "en")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "You said, we did" in text and "Nan will stay on Fridays now." in text and "hot chocolate" in text
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert [r["topic"] for r in rows if r["topic"].startswith("word.")] == ["word.to", "word.thumb", "word.reply"]


def test_a_closed_case_takes_no_message_and_its_buttons_say_so(chat, store):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(write(emma, "Young person 1"), 950)
    with store.transaction() as tx:
        cases.close_case(tx.c, tx.person(900).id, 1)
    card = emma.says("/cases 1")
    assert WRITE not in card.buttons
    pressed = press_on(jo, message, "👍")
    assert "👍" not in pressed.text and "closed" in pressed.text
    with store.engine.connect() as c:
        assert c.execute(answer_t.select().where(answer_t.c.topic == "word.thumb")).all() == []
