""" "A meeting's voice" as transcripts, on both databases: a worker sends a young person "Before my meeting"
from the case card; the young person is told who will read their answers, then asked five questions, each
skippable, with a way to stop at every one and the help button on each; each answer is kept at once and
watched for danger; the worker reads them as one page on the case card, and as a short PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from bot.core import parse_command_data
from dialogues.voice import NOT_FOUND
from tests.transcript import Chat, Person, Said, press_on, say, sent_to

OPEN = "🗣️ Before my meeting"
UNSAFE = "🆘 I don't feel safe right now"
SKIP = "⏭️ Skip this one"
STOP = "🛑 Stop here"


@pytest.fixture
def chat(store):
    emma = store.add_worker(900, "Emma Jones")
    case_id = store.ensure_case("Family B", emma)
    store.ensure_member(case_id, 950, "young_person")
    store.ensure_member(case_id, 960, "parent")
    return Chat(store)


def started(chat: Chat, user_id: int) -> Person:
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    return person


def ask(emma: Person) -> Said:
    emma.says("/cases 1")
    page = emma.presses(OPEN)
    assert "Nobody has been asked yet." in page.text
    assert "📨 Send it to Parent or carer 1" not in page.buttons, "only young people are asked"
    return emma.presses("📨 Send it to Young person 1")


def meeting_answers(person: Person) -> list[tuple[str, str]]:
    return [(a["topic"], a["value"]) for a in person.answers() if a["topic"].startswith("meeting.")]


def test_a_young_person_answers_skips_and_the_worker_reads_one_page_and_a_pdf(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    sent = ask(emma)
    assert "Sent." in sent.text
    message = sent_to(sent, 950)
    assert "Emma Jones, your social worker, wants to hear what you think" in message.text
    assert [b.label for b in message.buttons] == [OPEN, UNSAFE]

    intro = press_on(jo, message, OPEN)
    assert "Emma Jones will read your answers and take them to the meeting" in intro.text
    assert "You can skip any of them, and you can stop at any time." in intro.text
    first = jo.presses("✅ Start")
    assert "What is going well for you?" in first.text and first.buttons == [SKIP, STOP, UNSAFE]
    assert "What worries you?" in jo.says("Football on Saturdays").text
    assert "What do you want to happen?" in jo.presses(SKIP).text
    jo.says("Stay with Nan at weekends")
    assert "It can be you." in jo.last.text
    jo.says("My teacher Mrs Khan")
    done = jo.says("I want to be there for part of it")
    assert "Emma Jones will read your answers before the meeting" in done.text and "What would you like" in done.text
    assert meeting_answers(emma) == [("meeting.asked", "")]
    assert meeting_answers(jo) == [
        ("meeting.going_well", "Football on Saturdays"),
        ("meeting.want", "Stay with Nan at weekends"),
        ("meeting.speak_for_me", "My teacher Mrs Khan"),
        ("meeting.anything_else", "I want to be there for part of it"),
    ]
    asked_id = int(parse_command_data(message.buttons[0].data).argument)  # type: ignore[union-attr]
    assert {a["data"]["meeting"] for a in jo.answers() if a["topic"].startswith("meeting.")} == {asked_id}

    emma.says("/cases 1")
    page = emma.presses(OPEN).text
    assert "Young person 1, asked on" in page
    assert "• What is going well for you? Football on Saturdays" in page
    assert "• What worries you? (not answered)" in page
    assert "• Who do you want to speak for you at the meeting? It can be you. My teacher Mrs Khan" in page
    pdf = emma.presses("📄 PDF for the meeting pack")
    (document,) = pdf.delivery.documents
    assert document.filename.startswith("Family-B-before-my-meeting-") and document.filename.endswith(".pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(document.content)).pages)
    assert "Before my meeting: Family B" in text and "Football on Saturdays" in text and "Not answered." in text


def test_the_young_person_can_stop_at_any_question_and_what_they_wrote_is_kept(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(ask(emma), 950)
    jo.presses("🏠 My three houses")
    press_on(jo, message, OPEN)
    jo.presses("✅ Start")
    jo.says("Football")
    stopped = jo.presses(STOP)
    assert "I kept what you wrote" in stopped.text and "house" in stopped.text.lower(), "back where they were"
    assert meeting_answers(jo) == [("meeting.going_well", "Football")]
    again = press_on(jo, message, OPEN)
    assert "5 questions" in again.text, "the button works again, however old"


def test_words_that_sound_unsafe_raise_the_alert_and_the_help_comes_first(chat):
    jo = started(chat, 950)
    emma = started(chat, 900)
    message = sent_to(ask(emma), 950)
    press_on(jo, message, OPEN)
    jo.presses("✅ Start")
    jo.presses(SKIP)
    helped = jo.says("my stepdad hits me")
    assert "999" in helped.text and any("Urgent" in m.text for to, m in helped.delivery.elsewhere if to == 900)
    (worry,) = [a for a in jo.answers() if a["topic"] == "meeting.worries"]
    assert worry["data"]["alert"] is True
    back = jo.presses("⬅️ Go back")
    assert "What do you want to happen?" in back.text, "then the next question"


def test_the_request_works_only_for_the_young_person_it_was_sent_to(chat):
    started(chat, 950)
    dan = started(chat, 960)
    emma = started(chat, 900)
    message = sent_to(ask(emma), 950)
    (data,) = [b.data for b in message.buttons if b.label == OPEN]
    assert "not something you can do" in dan._send(parse_command_data(data)).text  # type: ignore[arg-type]
    jo2 = chat.person(951)
    chat.store.ensure_member(1, 951, "young_person")
    started(chat, 951)
    assert say(NOT_FOUND) in jo2._send(parse_command_data(data)).text  # type: ignore[arg-type]
    assert meeting_answers(jo2) == []
