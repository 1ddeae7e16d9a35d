"""Words and pictures as transcripts, on both databases: a worker drafts a young person's story page by page
from the case card; each save is a new version, sealed; approving one sends the young person a message
whose button opens it, however old; they read it a page at a time with "Next" and "I have a question" (kept
as their answer, watched for danger), with their help button on every page; the approved story is in the
PDF and the CSV."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bot.core import Message, parse_command_data
from bot.exports import export
from dialogues.messages import T
from dialogues.story import NOT_FOUND
from storage import cases
from storage.erasure import erase_case
from storage.stories import story_t
from tests.transcript import Chat, Person, Said, say

OPEN = "📖 Words and pictures: a story for the young person"
READ = "📖 Read my story"
UNSAFE = "🆘 I don't feel safe right now"
PAGES = (
    "Mum and Dad had a big fight at home. A neighbour heard and was worried.",
    "Emma from the council came to make sure you are safe.",
    "Now Nan stays on Fridays, and Dad talks to someone about his anger.",
)


@pytest.fixture
def chat(store):
    emma = store.add_worker(900, "Emma Jones")
    case_id = store.ensure_case("Family B", emma)
    store.ensure_member(case_id, 950, "young_person")
    store.ensure_member(case_id, 960, "parent")
    return Chat(store)


def started(chat: Chat, user_id: int, language: str = "English") -> Person:
    person = chat.person(user_id)
    person.says("/start")
    person.presses(language)
    return person


def draft(emma: Person, pages: tuple[str, ...] = PAGES) -> Said:
    emma.says("/cases 1")
    said = emma.presses(OPEN)
    for page in pages:
        said = emma.says(page)
    return said


def message_to(said: Said, telegram_id: int) -> Message:
    (message,) = [m for to, m in said.delivery.elsewhere if to == telegram_id]
    return message


def press(person: Person, message: Message, label: str) -> Said:
    """Press a command button on a message the bot sent this person because of someone else."""
    (data,) = [b.data for b in message.buttons if b.label == label]
    command = parse_command_data(data)
    assert command is not None, "a command button: it works wherever their conversation stands"
    return person._send(command)


def approved(chat: Chat, language: str = "Cymraeg") -> tuple[Person, Message]:
    jo = started(chat, 950, language)
    emma = started(chat, 900)
    draft(emma)
    emma.presses("💾 Save this version")
    sent = emma.presses("✅ Approve it and send it")
    assert "Version 1 is approved and sent" in sent.text and "Case: Family B" in sent.text, "back to the card"
    return jo, message_to(sent, 950)


def test_each_page_is_a_message_and_each_save_a_new_sealed_version(chat, store):
    emma = started(chat, 900)
    drafted = draft(emma)
    assert all(page in drafted.text for page in PAGES) and "Write page 4." in drafted.text
    taken = emma.presses("↩️ Take out the last page")
    assert PAGES[2] not in taken.text and "Write page 3." in taken.text
    emma.says(PAGES[2])
    saved = emma.presses("💾 Save this version")
    assert "Saved as version 1" in saved.text
    changed = emma.presses("✏️ Change it")
    assert PAGES[0] in changed.text, "a change starts from the version saved"
    emma.says("Everyone loves you.")
    assert "Saved as version 2" in emma.presses("💾 Save this version").text
    with store.engine.connect() as c:
        rows = c.execute(select(story_t.c.version, story_t.c.pages).order_by(story_t.c.version)).all()
        trail = [line for line in cases.audit_trail(c, 1) if line.action.startswith("story")]
    assert [r.version for r in rows] == [1, 2]
    assert all("Nan" not in r.pages and "Everyone" not in r.pages for r in rows), "sealed at rest"
    assert [line.detail for line in trail] == ["version 1", "version 2"], "audited by version, never its words"


def test_the_approved_story_reaches_the_young_person_in_their_language_with_their_help_button(chat):
    jo, message = approved(chat)
    assert say(T("📖 Read my story"), "cy") == message.buttons[0].label
    assert message.buttons[-1].label == say(T("🆘 I don't feel safe right now"), "cy")
    assert [a for a in jo.answers()] == []


def test_the_young_person_reads_it_page_by_page_from_the_message_however_old(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    draft(emma)
    emma.presses("💾 Save this version")
    message = message_to(emma.presses("✅ Approve it and send it"), 950)
    jo.presses("🏠 My three houses")
    first = press(jo, message, READ)
    assert "Page 1 of 3" in first.text and PAGES[0] in first.text
    assert first.buttons[:2] == ["➡️ Next", "❓ I have a question"] and UNSAFE in first.buttons
    second = jo.presses("➡️ Next")
    assert "Page 2 of 3" in second.text and PAGES[1] in second.text and UNSAFE in second.buttons
    last = jo.presses("➡️ Next")
    assert PAGES[2] in last.text and "✅ The end" in last.buttons and "➡️ Next" not in last.buttons
    done = jo.presses("✅ The end")
    assert "end of your story" in done.text and "House of worries" in " ".join(done.buttons), "back where they were"


def test_a_question_is_kept_as_their_answer_for_the_worker_and_the_page_comes_back(chat):
    jo, message = approved(chat, "English")
    press(jo, message, READ)
    jo.presses("➡️ Next")
    asked = jo.presses("❓ I have a question")
    assert UNSAFE in asked.buttons
    back = jo.says("Will Dad still live with us?")
    assert "kept your question" in back.text and "Page 2 of 3" in back.text
    (question,) = [a for a in jo.answers() if a["topic"] == "story.question"]
    assert question["value"] == "Will Dad still live with us?" and question["case_id"] == 1
    assert question["data"]["page"] == 2
    with chat.store.engine.connect() as c:
        told = c.execute(select(cases.notice_t.c.person_id).where(cases.notice_t.c.case_id == 1)).all()
    assert told, "the worker is told through the usual notice of new answers"
    emma = chat.person(900)
    emma.says("/cases 1")
    view = emma.presses("📖 What they shared").text
    assert "Questions while reading the words and pictures story" in view and "Will Dad still live" in view


def test_a_question_that_sounds_unsafe_raises_the_alert_and_is_kept(chat):
    jo, message = approved(chat, "English")
    press(jo, message, READ)
    jo.presses("❓ I have a question")
    helped = jo.says("he hit me again last night")
    assert any("Urgent" in m.text for to, m in helped.delivery.elsewhere if to == 900)
    (question,) = [a for a in jo.answers() if a["topic"] == "story.question"]
    assert question["data"]["alert"] is True


def test_only_the_case_s_young_person_can_open_it(chat):
    _, message = approved(chat)
    dan = started(chat, 960)
    (data,) = [b.data for b in message.buttons if b.label == say(T("📖 Read my story"), "cy")]
    command = parse_command_data(data)
    assert command is not None
    refused = dan._send(command)
    assert PAGES[0] not in refused.text
    stranger = started(chat, 970)
    assert PAGES[0] not in stranger.says(f"/story {command.argument}").text
    jo = chat.person(950)
    assert say(NOT_FOUND, "cy") in jo.says("/story 999").text


def test_the_approved_story_and_its_questions_are_in_the_pdf_and_the_csv(chat, store):
    jo, message = approved(chat, "English")
    press(jo, message, READ)
    jo.presses("❓ I have a question")
    jo.says("Can I see Dad at the weekend?")
    with store.engine.connect() as c:
        pdf, table = export(c, None, 1, "en")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Words and pictures" in text and "A neighbour heard and was worried." in text
    assert "on page 1" in text and "Can I see Dad at the weekend?" in text
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    story = [r for r in rows if r["topic"] == "story.page"]
    assert [r["value"] for r in story] == list(PAGES)
    assert [r["value"] for r in rows if r["topic"] == "story.question"] == ["Can I see Dad at the weekend?"]


def test_erasing_the_case_takes_its_story_too(chat, store):
    approved(chat)
    assert erase_case(store.engine, 1)
    with store.engine.connect() as c:
        assert c.execute(select(story_t.c.id)).all() == []
