"""Words and pictures with pictures, as transcripts: a worker's photo while drafting is a page with a
picture (its caption the page's words, else the next words sent), stored sealed in the case; a refused
file or a voice note is not added and nothing is kept; versions keep their pictures; the young person
reading the approved story gets the page's picture (protected) with its words; the PDF draws it beside the
page; erasing the case deletes the story's pictures."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from bot import media as checks
from bot.core import Upload
from bot.exports import export
from dialogues.story import ONLY_PICTURES, PICTURE_REFUSED
from storage.erasure import erase_case
from storage.media import media_t
from storage.repository import person_t
from storage.stories import story_t
from tests.test_story import OPEN, READ, chat, message_to, press, started  # noqa: F401 (the fixture)
from tests.transcript import Person, say


def png(colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


def media_rows(store) -> int:
    with store.engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(media_t)) or 0)


def person_id(c, telegram_id: int) -> int:
    return int(c.scalar(select(person_t.c.id).where(person_t.c.telegram_id == telegram_id)))


def drafting(chat) -> Person:  # noqa: F811
    emma = started(chat, 900)
    emma.says("/cases 1")
    emma.presses(OPEN)
    return emma


def test_a_photo_with_a_caption_is_a_page_and_a_photo_alone_takes_the_next_words(chat, store):  # noqa: F811
    emma = drafting(chat)
    said = emma.uploads(checks.picture(png(), "This is our house."))
    assert "Page 1:\n🖼️ a picture\nThis is our house." in said.text and "Write page 2." in said.text
    said = emma.uploads(checks.picture(png("blue")))
    assert "The picture is page 2. Send the words for it now, or send the next page." in said.text
    said = emma.says("This is Nan, who stays on Fridays.")
    assert "Page 2:\n🖼️ a picture\nThis is Nan, who stays on Fridays." in said.text and "Write page 3." in said.text
    emma.says("Everyone is helping.")
    saved = emma.presses("💾 Save this version")
    assert "Saved as version 1" in saved.text
    assert media_rows(store) == 2
    with store.engine.connect() as c:
        (row,) = c.execute(select(story_t)).all()
        assert b"Nan" not in row.pages.encode() and row.pages.startswith("S1"), "sealed"
    # a new version starts from this one, with its pictures, and keeps them
    emma.presses("✏️ Change it")
    emma.presses("↩️ Take out the last page")
    again = emma.presses("💾 Save this version")
    assert "Saved as version 2" in again.text
    from storage import stories

    with store.engine.connect() as c:
        first, second = [stories._version(c, r) for r in c.execute(select(story_t).order_by(story_t.c.version))]
    assert first.pictures[:2] == second.pictures and first.pictures[2] is None and None not in second.pictures


def test_a_refused_file_or_a_voice_note_is_not_added_and_nothing_is_kept(chat, store):  # noqa: F811
    emma = drafting(chat)
    said = emma.uploads(checks.picture(b"%PDF-1.7\n" + bytes(100), "a letter"))
    assert say(PICTURE_REFUSED["format"]) in said.text and "Page 1:" not in said.text
    said = emma.uploads(Upload("picture", refused="too_big"))
    assert say(PICTURE_REFUSED["too_big"]) in said.text
    said = emma.uploads(checks.voice(b"OggS" + bytes(30), 12))
    assert say(ONLY_PICTURES) in said.text and "Page 1:" not in said.text
    assert media_rows(store) == 0, "nothing kept that no page names"


def test_the_young_person_gets_the_picture_with_its_page_and_the_pdf_draws_it(chat, store):  # noqa: F811
    jo = started(chat, 950, "English")
    emma = drafting(chat)
    emma.says("Mum and Dad had a big fight at home.")
    emma.uploads(checks.picture(png(), "This is Nan. She stays on Fridays."))
    emma.presses("💾 Save this version")
    sent = emma.presses("✅ Approve it and send it")
    first = press(jo, message_to(sent, 950), READ)
    assert "Page 1 of 2" in first.text and "picture" not in first.text and not first.delivery.documents
    second = jo.presses("➡️ Next")
    assert "Page 2 of 2" in second.text and "🖼️ This page has a picture." in second.text
    assert "This is Nan. She stays on Fridays." in second.text
    (picture,) = second.delivery.documents
    assert picture.photo and picture.protect and Image.open(io.BytesIO(picture.content)).format == "PNG"
    with store.engine.connect() as c:
        pdf, _ = export(c, None, 1, "en")
    reader = PdfReader(io.BytesIO(pdf.content))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "This is Nan. She stays on Fridays." in text
    assert sum(len(page.images) for page in reader.pages) >= 1, "the page's picture is drawn"


def test_nobody_else_opens_a_story_picture(chat, store):  # noqa: F811
    import pytest

    from storage import stories
    from storage.cases import AccessDenied

    started(chat, 950, "English")
    emma = drafting(chat)
    emma.uploads(checks.picture(png(), "Our house."))
    emma.presses("💾 Save this version")
    with store.engine.begin() as c:
        (row,) = c.execute(select(story_t.c.id)).all()
        (media_id,) = c.execute(select(media_t.c.id)).scalars().all()
        jo, dad = person_id(c, 950), person_id(c, 960)
        with pytest.raises(AccessDenied):  # not approved yet: the young person cannot open it
            stories.picture(c, jo, row.id, media_id)
        with pytest.raises(AccessDenied):  # a parent not allowed to draft
            stories.picture(c, dad, row.id, media_id)
        assert stories.picture(c, person_id(c, 900), row.id, media_id)[:4] == b"\x89PNG"


def test_erasing_the_case_deletes_its_story_pictures(chat, store):  # noqa: F811
    emma = drafting(chat)
    emma.uploads(checks.picture(png(), "Our house."))
    emma.presses("💾 Save this version")
    assert media_rows(store) == 1
    assert erase_case(store.engine, 1)
    assert media_rows(store) == 0
    with store.engine.connect() as c:
        assert c.execute(select(story_t.c.id)).all() == []


def test_a_picture_taken_out_or_left_unsaved_is_deleted_and_a_saved_one_stays(chat, store):  # noqa: F811
    emma = drafting(chat)
    emma.uploads(checks.picture(png(), "Kept: saved in version 1."))
    emma.presses("💾 Save this version")
    emma.presses("✏️ Change it")
    emma.uploads(checks.picture(png("blue"), "Taken out again."))
    assert media_rows(store) == 2
    emma.presses("↩️ Take out the last page")
    assert media_rows(store) == 1, "the page taken out had the only copy"
    emma.presses("↩️ Take out the last page")
    assert media_rows(store) == 1, "a saved version still has this one"
    emma.uploads(checks.picture(png("green"), "Never saved."))
    assert media_rows(store) == 2
    back = emma.presses("⬅️ Back to the case")
    assert "Case: Family B" in back.text
    assert media_rows(store) == 1, "a draft left unsaved takes its pictures with it"


def test_a_picture_page_with_no_words_still_has_its_buttons(chat, store):  # noqa: F811
    jo = started(chat, 950, "English")
    emma = drafting(chat)
    emma.uploads(checks.picture(png()))
    emma.presses("💾 Save this version")
    sent = emma.presses("✅ Approve it and send it")
    read = press(jo, message_to(sent, 950), READ)
    assert "Page 1 of 1" in read.text and "🖼️ This page has a picture." in read.text
    assert "✅ The end" in read.buttons and "❓ I have a question" in read.buttons
    assert len(read.delivery.documents) == 1
