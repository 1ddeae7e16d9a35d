"""End to end, on both databases: the real bot process against the fake Bot API. A worker's "You said, we
did" message reaches a young person framed in their language, and their 👍, pressed on that message after
they have moved on, is kept as their answer; a reply is kept too. A young person answers "Before my
meeting", and the worker gets the meeting pack's PDF, drawn after the step."""

from __future__ import annotations

import io
import json

from e2e import TIMEOUT, Harness, eventually, joined_young_person
from pypdf import PdfReader

from bot.i18n import render
from dialogues.messages import T

WRITE = render(T("💬 You said, we did: write to someone"), "en")
WORDS = "You told me bedtime is scary. Nan will stay on Fridays now."
FRAME = render(T("A message from {worker}, your social worker:", worker="Sam Jones"), "en")
REPLY = render(T("💬 Reply to {worker}", worker="Sam Jones"), "en")
UNSAFE = render(T("🆘 I don't feel safe right now"), "en")


def test_a_worker_s_message_reaches_a_young_person_and_their_thumb_and_reply_are_kept(harness: Harness) -> None:
    harness.start_bot()
    sam, child = joined_young_person(harness, 7201, 7301)
    sam.sends("/cases")
    sam.presses("📁 Case 1: Family C")
    sam.presses(WRITE)
    sam.presses("Young person 1")
    sam.sends(WORDS)
    since = harness.api.mark()
    sent = sam.presses(render(T("✅ Send it"), "en"))
    assert "Sent to Young person 1" in sent.texts[0]
    message = harness.api.wait_for(lambda r: r.chat_id == 7301 and WORDS in (r.text or ""), TIMEOUT, since=since)
    assert (message.text or "").startswith(FRAME)
    assert [b["text"] for b in message.inline_buttons] == ["👍", REPLY, UNSAFE]

    child.presses(render(T("🏠 My three houses"), "en"))  # they move on before they press 👍
    thumbed = child.presses("👍", on=message)
    assert "Sam Jones will see your 👍" in thumbed.texts[0]
    assert UNSAFE in thumbed.buttons, "back where they were, the help button there"
    (word,) = [a for a in harness.db.answers() if a.topic == "word.to"]
    assert word.value == WORDS, "the worker's words, kept sealed as written"
    (thumb,) = eventually(lambda: [a for a in harness.db.answers() if a.topic == "word.thumb"], "the 👍 kept")
    assert thumb.value == "👍" and json.loads(thumb.data) == {"message": word.id} and thumb.case_id == word.case_id

    child.presses(REPLY, on=message)
    child.sends("Thank you. Nan makes hot chocolate.")
    (reply,) = eventually(lambda: [a for a in harness.db.answers() if a.topic == "word.reply"], "the reply kept")
    assert reply.value == "Thank you. Nan makes hot chocolate." and json.loads(reply.data) == {"message": word.id}


def test_a_young_person_answers_before_my_meeting_and_the_worker_gets_the_pdf(harness: Harness) -> None:
    harness.start_bot()
    sam, child = joined_young_person(harness, 7211, 7311)
    sam.sends("/cases")
    sam.presses("📁 Case 1: Family C")
    sam.presses(render(T("🗣️ Before my meeting"), "en"))
    since = harness.api.mark()
    sam.presses(render(T("📨 Send it to {member}", member="Young person 1"), "en"))
    asked = harness.api.wait_for(lambda r: r.chat_id == 7311 and "before your meeting" in (r.text or ""), TIMEOUT,
                                 since=since)  # fmt: skip
    child.presses(render(T("🗣️ Before my meeting"), "en"), on=asked)
    child.presses(render(T("✅ Start"), "en"))
    child.sends("Football on Saturdays")
    child.presses(render(T("🛑 Stop here"), "en"))

    sam.sends("/cases")
    sam.presses("📁 Case 1: Family C · 1 new")
    page = sam.presses(render(T("🗣️ Before my meeting"), "en"))
    assert "Football on Saturdays" in "\n".join(page.texts)
    since = harness.api.mark()
    sam.presses(render(T("📄 PDF for the meeting pack"), "en"))
    sent = harness.api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == 7211, TIMEOUT, since=since)
    (upload,) = sent.files.values()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(upload.data)).pages)
    assert "Before my meeting: Family C" in text and "Football on Saturdays" in text and "Not answered." in text
