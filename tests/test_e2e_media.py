"""End to end against the fake Bot API (issue 15): a young person puts a photo (with its caption) and a voice
note in the house of worries; the worker sees them in the three columns and opens both from the case card,
sent with protected content; the stored photo has lost its EXIF (the place it was taken above all); a 20 MB
file and a PDF sent as a photo get a kind answer and nothing is kept; outside a house, a photo gets the usual
kind word."""

from __future__ import annotations

import io
import json

from botprocess import BotProcess
from e2e import Harness, joined_young_person
from PIL import ExifTags, Image
from sqlalchemy import select

from bot.i18n import render
from dialogues.messages import T
from dialogues.young_people import MEDIA_REFUSED
from storage.media import media_t
from storage.seal import sealer

GPS = {1: "N", 2: (51.0, 28.0, 59.0), 3: "W", 4: (3.0, 10.0, 47.0)}


def drawing_with_a_place() -> bytes:
    """A JPEG as a phone makes it: with EXIF naming the camera and where the picture was taken."""
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = GPS
    exif[ExifTags.Base.Make] = "PhoneMakerX"
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "orange").save(out, "JPEG", exif=exif)
    return out.getvalue()


def in_the_house_of_worries(harness: Harness, worker_id: int, user_id: int):  # type: ignore[no-untyped-def]
    sam, kai = joined_young_person(harness, worker_id, user_id)
    kai.sends("/houses")
    kai.presses(render(T("😟 House of worries"), "en"))
    return sam, kai


def stored_media(harness: Harness) -> list[tuple[str, str, int, bytes]]:
    with harness.db.engine.connect() as c:
        rows = c.execute(select(media_t).order_by(media_t.c.id)).all()
        opened = sealer(c)
        return [(r.kind, r.mime, r.seconds, opened.open_bytes(c, "media", "content", r.id, r.content)) for r in rows]


def test_a_photo_and_a_voice_note_go_into_the_house_and_the_worker_opens_both(
    harness: Harness, bot: BotProcess
) -> None:
    sam, kai = in_the_house_of_worries(harness, 7600, 7610)
    kept = kai.sends_photo("my dad shouting", data=drawing_with_a_place())
    assert render(T("Got it. Anything else? Send another one, or tap a button."), "en") in kept.text
    kept = kai.sends_voice(duration=42, data=b"OggS\x00\x02" + bytes(40))
    assert render(T("Got it. Anything else? Send another one, or tap a button."), "en") in kept.text
    assert "• 🖼️ a picture: my dad shouting\n• 🎙️ a voice note (0:42)" in kept.text, "the child sees both in the house"
    (picture, voice) = stored_media(harness)
    assert picture[:2] == ("picture", "image/jpeg") and voice[:3] == ("voice", "audio/ogg", 42)
    assert b"PhoneMakerX" not in picture[3]
    assert not Image.open(io.BytesIO(picture[3])).getexif().get_ifd(ExifTags.IFD.GPSInfo), "no place kept"
    rows = [r for r in harness.db.answers() if r.topic == "house.worries"]
    assert [r.value for r in rows] == ["my dad shouting", ""], "the caption is kept as words with it"
    assert [json.loads(r.data)["media_kind"] for r in rows] == ["picture", "voice"]

    sam.sends("/cases")
    sam.presses("📁 Case 1: Family C · 2 new")
    shared = sam.presses(render(T("📖 What they shared"), "en"))
    shown = "\n".join(shared.texts)
    assert "🖼️ a picture: my dad shouting" in shown and "🎙️ a voice note (0:42)" in shown
    opens = [b for b in shared.buttons if b.startswith("📂")]
    assert len(opens) == 2
    since = harness.api.mark()
    sam.presses(opens[0])
    photo = harness.api.wait_for(lambda r: r.chat_id == sam.id and r.method == "sendPhoto", 20, since=since)
    assert photo.params.get("protect_content") in (True, "true", "True")
    assert photo.files["photo"].data == picture[3]
    sam.presses(opens[1])
    note = harness.api.wait_for(lambda r: r.chat_id == sam.id and r.method == "sendVoice", 20, since=since)
    assert note.params.get("protect_content") in (True, "true", "True")
    assert note.files["voice"].data == voice[3]
    assert not [r for r in harness.api.messages_to(kai.id) if r.method in ("sendPhoto", "sendVoice")]


def test_a_20_mb_file_and_a_pdf_sent_as_a_photo_get_a_kind_answer_and_nothing_is_kept(
    harness: Harness, bot: BotProcess
) -> None:
    _, kai = in_the_house_of_worries(harness, 7700, 7710)
    big = kai.sends_photo(data=b"\xff\xd8\xff" + bytes(20 * 1024 * 1024))
    assert render(MEDIA_REFUSED["too_big"], "en") in big.text
    pdf = kai.sends_photo("my letter", data=b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")
    assert render(MEDIA_REFUSED["format"], "en") in pdf.text
    long = kai.sends_voice(duration=301)
    assert render(MEDIA_REFUSED["too_long"], "en") in long.text
    assert stored_media(harness) == []
    assert not [r for r in harness.db.answers() if r.topic == "house.worries"]


def test_outside_a_house_a_photo_keeps_the_usual_kind_word(harness: Harness, bot: BotProcess) -> None:
    _, kai = joined_young_person(harness, 7800, 7810)
    kai.sends("/wizard")
    said = kai.sends_photo(data=drawing_with_a_place())
    assert "I can only keep words here" in "\n".join(said.texts)
    assert stored_media(harness) == []
