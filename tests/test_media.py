"""Pictures and voice notes in a young person's houses, as transcripts (issue 15): what the adapter hands
over (`bot.media`) is kept as an item of the house with its caption, sealed in its own table; a refused one
gets a kind answer and keeps nothing; a caption that sounds like danger raises the alert like typed words;
the worker sees it in the three columns and opens it, for them alone; erasing the case deletes it. And the
checks themselves: formats, sizes, lengths, metadata."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import ExifTags, Image
from sqlalchemy import func, select

from bot import media as checks
from bot.core import Upload
from dialogues.safety import SAFETY_HELP
from dialogues.young_people import MEDIA_REFUSED
from storage import erasure
from storage.media import media_t
from storage.seal import Unreadable, sealer
from tests.transcript import Chat, say

WORRIES = "😟 House of worries"


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 950, "young_person")
    return Chat(store)


@pytest.fixture
def jo(chat):
    """A young person in Sam's case, in their house of worries."""
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    return jo


def png() -> bytes:
    """A PNG with EXIF naming a place."""
    out = io.BytesIO()
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (51.0, 28.0, 59.0)}
    Image.new("RGB", (20, 10), "blue").save(out, "PNG", exif=exif)
    return out.getvalue()


def media_rows(store) -> int:
    with store.engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(media_t)) or 0)


def test_a_picture_is_kept_in_the_house_with_its_caption_and_sealed(jo, chat):
    said = jo.uploads(checks.picture(png(), "me and my sister"))
    assert "Got it. Anything else?" in said and "• 🖼️ a picture: me and my sister" in said
    (answer,) = [a for a in jo.answers() if a["topic"] == "house.worries"]
    assert answer["value"] == "me and my sister"
    assert answer["data"]["media_kind"] == "picture" and answer["data"]["change"] == "add"
    with chat.store.engine.connect() as c:
        (row,) = c.execute(select(media_t)).all()
        assert row.id == answer["data"]["media"] and row.content.startswith("S1")
        content = sealer(c).open_bytes(c, "media", "content", row.id, row.content)
        with pytest.raises(Unreadable):  # bound to its row
            sealer(c).open_bytes(c, "media", "content", row.id + 1, row.content)
    assert Image.open(io.BytesIO(content)).format == "PNG"
    assert not Image.open(io.BytesIO(content)).getexif().get_ifd(ExifTags.IFD.GPSInfo)


def test_a_voice_note_is_kept_with_its_length(jo):
    said = jo.uploads(checks.voice(b"\x1a\x45\xdf\xa3" + bytes(20), 65))
    assert "• 🎙️ a voice note (1:05)" in said
    (answer,) = [a for a in jo.answers() if a["topic"] == "house.worries"]
    assert answer["value"] == "" and answer["data"]["seconds"] == 65


@pytest.mark.parametrize(
    ("upload", "why"),
    [
        (Upload("picture", refused="too_big"), "too_big"),
        (checks.picture(b"%PDF-1.7\n" + bytes(100)), "format"),
        (checks.voice(b"RIFF....WAVEfmt " + bytes(30), 10), "format"),
        (checks.voice(b"OggS" + bytes(30), 301), "too_long"),
        (Upload("voice", refused="failed"), "failed"),
    ],
)
def test_a_file_that_does_not_fit_gets_a_kind_answer_and_nothing_is_kept(jo, chat, upload, why):
    said = jo.uploads(upload)
    assert say(MEDIA_REFUSED[why]) in said
    assert "🆘 I don't feel safe right now" in said.buttons
    assert [a for a in jo.answers() if a["topic"] == "house.worries"] == []
    assert media_rows(chat.store) == 0


def test_outside_a_house_a_picture_keeps_the_usual_kind_word_and_is_not_stored(chat):
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    jo.says("/wizard")
    said = jo.uploads(checks.picture(png()))
    assert "I can only keep words here." in said
    assert media_rows(chat.store) == 0 and jo.answers() == []


def test_a_caption_that_sounds_like_danger_raises_the_alert(jo, chat):
    said = jo.uploads(checks.picture(png(), "he hits me"))
    assert said.texts[0].startswith(say(SAFETY_HELP[0]))
    (answer,) = [a for a in jo.answers() if a["topic"] == "house.worries"]
    assert answer["data"]["alert"] is True and answer["data"]["media_kind"] == "picture"
    assert any("Urgent" in text and "hits" not in text for text in chat.person(900).told())


def test_the_worker_sees_it_in_the_columns_and_opens_it_for_them_alone(jo, chat, store):
    jo.uploads(checks.picture(png(), "my room"))
    jo.uploads(checks.voice(b"OggS" + bytes(30), 42))
    sam = chat.person(900)
    sam.says("/start")
    sam.presses("English")
    sam.says("/cases")
    card = sam.presses(sam.last.buttons[0])
    shared = sam.presses("📖 What they shared", card)
    assert "🖼️ a picture: my room (Young person 1" in shared and "🎙️ a voice note (0:42) (Young person 1" in shared
    opens = [b for b in shared.buttons if b.startswith("📂 Open")]
    assert len(opens) == 2
    said = sam.presses(opens[0])
    (picture,) = said.delivery.documents
    assert picture.photo and picture.protect and Image.open(io.BytesIO(picture.content)).format == "PNG"
    said = sam.presses(opens[1], shared)
    (note,) = said.delivery.documents
    assert note.voice and note.protect and note.content == b"OggS" + bytes(30)
    with store.engine.connect() as c:
        case_id = c.scalar(select(media_t.c.case_id).limit(1))
    erasure.erase_case(store.engine, case_id)
    assert media_rows(store) == 0, "erasing the case deletes its pictures and voice notes"


def test_the_checks_read_formats_lengths_and_limits():
    granule = struct.pack("<q", 48000 * 90)
    ogg = b"OggS\x00\x00" + bytes(8) + b"OggS\x00\x04" + granule + bytes(10)
    assert checks.voice(ogg, None).seconds == 90, "an OGG file's own length, when the channel gives none"
    assert checks.voice_format(b"\x00\x00\x00\x20ftypM4A ") == "audio/mp4"
    assert checks.voice(b"OggS" + bytes(checks.MAX_BYTES), 3).refused == "too_big"
    assert checks.picture(bytes(checks.MAX_BYTES + 1)).refused == "too_big"
    out = io.BytesIO()
    Image.new("RGB", (5, 5)).save(out, "GIF")
    assert checks.picture(out.getvalue()).refused == "format", "JPEG, PNG and WebP only"
    out = io.BytesIO()
    Image.new("RGB", (5, 5)).save(out, "WEBP")
    assert checks.picture(out.getvalue()).mime == "image/webp"


def test_the_pdf_shows_pictures_in_their_house_and_lists_voice_notes(jo, chat):
    from pypdf import PdfReader

    jo.uploads(checks.picture(png(), "my room"))
    jo.uploads(checks.voice(b"OggS" + bytes(30), 42))
    sam = chat.person(900)
    sam.says("/start")
    sam.presses("English")
    sam.says("/cases")
    card = sam.presses(sam.last.buttons[0])
    said = sam.presses("📄 Export for the assessment", card)
    pdf = next(d for d in said.delivery.documents if d.filename.endswith(".pdf"))
    reader = PdfReader(io.BytesIO(pdf.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "a picture: my room" in text and "a voice note (0:42)" in text
    sizes = [image.image.size for page in reader.pages for image in page.images]
    assert (20, 10) in sizes, "the young person's picture, in its house"


def test_the_houses_picture_marks_a_picture_and_a_voice_note(jo, chat):
    from bot.exports import _on_the_wall
    from dialogues import answers
    from storage import cases

    jo.uploads(checks.picture(png(), "my room"))
    jo.uploads(checks.voice(b"OggS" + bytes(30), 42))
    jo.says("my cat")
    with chat.store.engine.connect() as c:
        person_id = c.scalar(select(media_t.c.person_id).limit(1))
        case_id = cases.family_case(c, person_id)
        shared = cases.read_answers(c, person_id, case_id, purpose="own", audit=False)
    on_walls = [_on_the_wall(i) for i in answers.items(shared, "house.worries")]
    assert on_walls == ["▣ my room", "♪ 0:42", "my cat"]
    said = jo.presses("✅ That's all for this house")
    while "🖼️ Send me a picture of my houses" not in said.buttons:
        said = jo.presses("⏭️ Skip this one")
    said = jo.presses("🖼️ Send me a picture of my houses")
    (picture,) = said.delivery.documents
    assert picture.photo and Image.open(io.BytesIO(picture.content)).format == "PNG"


def test_the_young_person_s_own_copy_names_their_picture_and_voice_note(jo):
    from pypdf import PdfReader

    jo.uploads(checks.picture(png()))
    jo.uploads(checks.voice(b"OggS" + bytes(30), 42))
    said = jo.says("/mydata")
    assert said.delivery.documents, "the copy is sent"
    copy = next(d for d in said.delivery.documents if d.filename.endswith(".pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(copy.content)).pages)
    assert "a picture" in text and "a voice note (0:42)" in text
