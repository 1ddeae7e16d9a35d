"""End to end, on both databases: the real bot process against the fake Bot API. A worker drafts a words
and pictures story page by page, saves and approves it; the young person gets the message with its button,
presses it after they have moved on, and reads the story page by page; a question they ask is kept as
their answer. A page with a photo: the young person gets it as a protected photo, and the PDF draws it."""

from __future__ import annotations

import io
import json

from e2e import TIMEOUT, Harness, eventually, joined_young_person
from PIL import Image
from pypdf import PdfReader

from bot.i18n import render
from dialogues.messages import T

OPEN = render(T("📖 Words and pictures: a story for the young person"), "en")
READ = render(T("📖 Read my story"), "en")
NEXT = render(T("➡️ Next"), "en")
UNSAFE = render(T("🆘 I don't feel safe right now"), "en")
PAGES = ("Mum and Dad had a big fight at home.", "Now Nan stays on Fridays to help.")


def test_a_words_and_pictures_story_is_approved_and_read_page_by_page(harness: Harness) -> None:
    harness.start_bot()
    sam, child = joined_young_person(harness, 7221, 7321)
    sam.sends("/cases")
    sam.presses("📁 Case 1: Family C")
    sam.presses(OPEN)
    for page in PAGES:
        sam.sends(page)
    sam.presses(render(T("💾 Save this version"), "en"))
    since = harness.api.mark()
    approved = sam.presses(render(T("✅ Approve it and send it"), "en"))
    assert "Version 1 is approved and sent" in approved.texts[0]
    message = harness.api.wait_for(lambda r: r.chat_id == 7321 and r.inline_buttons and READ in
                                   [b["text"] for b in r.inline_buttons], TIMEOUT, since=since)  # fmt: skip
    assert [b["text"] for b in message.inline_buttons] == [READ, UNSAFE]

    child.presses(render(T("🏠 My three houses"), "en"))  # they move on before they read it
    first = child.presses(READ, on=message)
    assert "Page 1 of 2" in "\n".join(first.texts) and PAGES[0] in "\n".join(first.texts)
    assert UNSAFE in first.buttons, "the help button on every page"
    second = child.presses(NEXT)
    assert "Page 2 of 2" in "\n".join(second.texts) and PAGES[1] in "\n".join(second.texts)
    child.presses(render(T("❓ I have a question"), "en"))
    child.sends("Can Nan stay on Saturdays too?")
    (question,) = eventually(lambda: [a for a in harness.db.answers() if a.topic == "story.question"], "kept")
    assert question.value == "Can Nan stay on Saturdays too?" and json.loads(question.data)["page"] == 2
    done = child.presses(render(T("✅ The end"), "en"))
    assert "end of your story" in done.texts[0]


def test_a_page_with_a_photo_reaches_the_young_person_as_a_protected_photo_and_the_pdf_draws_it(
    harness: Harness,
) -> None:
    harness.start_bot()
    sam, child = joined_young_person(harness, 7231, 7331)
    sam.sends("/cases")
    sam.presses("📁 Case 1: Family C")
    sam.presses(OPEN)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "orange").save(out, "JPEG")
    page = sam.sends_photo("This is Nan's house. You stay here on Fridays.", data=out.getvalue())
    assert "🖼️ a picture" in page.text and "Write page 2." in page.text
    sam.presses(render(T("💾 Save this version"), "en"))
    since = harness.api.mark()
    sam.presses(render(T("✅ Approve it and send it"), "en"))
    message = harness.api.wait_for(lambda r: r.chat_id == 7331 and r.inline_buttons and READ in
                                   [b["text"] for b in r.inline_buttons], TIMEOUT, since=since)  # fmt: skip

    since = harness.api.mark()
    first = child.presses(READ, on=message)
    assert "Page 1 of 1" in first.text and "This is Nan's house." in first.text
    assert render(T("🖼️ This page has a picture."), "en") in first.text
    photo = harness.api.wait_for(lambda r: r.chat_id == 7331 and r.method == "sendPhoto", TIMEOUT, since=since)
    assert photo.params.get("protect_content") in (True, "true", "True"), "for them alone, like other private files"
    (sent,) = photo.files.values()
    assert Image.open(io.BytesIO(sent.data)).size == (64, 48)

    since = harness.api.mark()
    sam.presses(render(T("📄 Export for the assessment"), "en"))
    pdf = harness.api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == 7231, TIMEOUT, since=since)
    (upload,) = pdf.files.values()
    reader = PdfReader(io.BytesIO(upload.data))
    assert "This is Nan's house." in "".join(p.extract_text() for p in reader.pages)
    assert sum(len(p.images) for p in reader.pages) >= 1, "the page's picture beside its words"
