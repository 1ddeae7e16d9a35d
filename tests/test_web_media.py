"""The web chat's pictures and voice notes (issue 15), with Starlette's test client: in a house the page
offers the file picker (it works without JavaScript), a photo sent through it goes into the house with its
EXIF gone, a voice note recorded by the page goes in too, and anything else gets the kind answer; outside a
house the page offers nothing, and a file sent all the same is not kept."""

from __future__ import annotations

import io
from html import unescape

from PIL import ExifTags, Image
from sqlalchemy import func, select

from bot.media import MAX_BYTES
from dialogues.young_people import MEDIA_REFUSED
from storage.media import media_t
from storage.seal import sealer
from tests.test_web import client, companion, joined  # noqa: F401  (the web chat's fixtures)
from tests.transcript import say


def photo() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (51.0, 28.0, 59.0)}
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "green").save(out, "JPEG", exif=exif)
    return out.getvalue()


def send_file(browser, data: bytes, name: str, content_type: str, **fields: str) -> str:
    form = {"csrf": browser.csrf, "shown": browser.shown, **fields}
    response = browser.client.post("/chat/file", data=form, files={"file": (name, data, content_type)})
    browser.page = response.text
    return browser.page


def in_the_house_of_worries(client, store):  # noqa: F811
    browser = joined(client, store)
    browser.get("/chat")
    browser.press("🏠 My three houses")
    browser.press("😟 House of worries")
    return browser


def stored(store) -> list[tuple[str, bytes]]:
    with store.engine.connect() as c:
        rows = c.execute(select(media_t)).all()
        return [(r.kind, sealer(c).open_bytes(c, "media", "content", r.id, r.content)) for r in rows]


def test_a_photo_through_the_file_picker_goes_into_the_house_without_its_exif(client, store):  # noqa: F811
    browser = in_the_house_of_worries(client, store)
    assert 'action="/chat/file" enctype="multipart/form-data"' in browser.page
    assert 'type="file" name="file" accept="image/' in browser.page
    page = send_file(browser, photo(), "drawing.jpg", "image/jpeg")
    assert "🖼️ a picture" in page
    ((kind, content),) = stored(store)
    assert kind == "picture" and not Image.open(io.BytesIO(content)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    with store.engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(media_t)) == 1


def test_a_recorded_voice_note_goes_in_with_the_length_the_page_measured(client, store):  # noqa: F811
    browser = in_the_house_of_worries(client, store)
    page = send_file(browser, b"\x1a\x45\xdf\xa3" + bytes(64), "voice.webm", "audio/webm;codecs=opus", seconds="42")
    assert "🎙️ a voice note (0:42)" in page
    assert [k for k, _ in stored(store)] == ["voice"]


def test_a_pdf_and_a_long_voice_note_get_the_kind_answer(client, store):  # noqa: F811
    browser = in_the_house_of_worries(client, store)
    page = send_file(browser, b"%PDF-1.4\n" + bytes(100), "letter.pdf", "application/pdf")
    assert say(MEDIA_REFUSED["format"]) in unescape(page)
    page = send_file(browser, b"OggS" + bytes(64), "voice.ogg", "audio/ogg", seconds="301")
    assert say(MEDIA_REFUSED["too_long"]) in unescape(page)
    assert stored(store) == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(client, store):  # noqa: F811
    browser = in_the_house_of_worries(client, store)
    response = browser.client.post(
        "/chat/file", data={"csrf": browser.csrf}, files={"file": ("big.jpg", bytes(MAX_BYTES + 100_000), "image/jpeg")}
    )
    assert response.status_code == 413
    assert stored(store) == []


def test_outside_a_house_the_page_offers_no_file_and_keeps_none(client, store):  # noqa: F811
    browser = joined(client, store)
    browser.get("/chat")
    assert "/chat/file" not in browser.page
    send_file(browser, photo(), "drawing.jpg", "image/jpeg")
    assert stored(store) == []
