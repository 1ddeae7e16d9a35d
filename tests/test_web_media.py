"""The web chat's pictures and voice notes (issue 15), with Starlette's test client: in a house the page
offers the file picker (it works without JavaScript), a photo sent through it goes into the house with its
EXIF gone, a voice note recorded by the page goes in too, and anything else gets the kind answer; outside a
house the page offers nothing, and a file sent all the same is not kept. A story page's picture shows in the
young person's page, never cached."""

from __future__ import annotations

import io
import re
from html import unescape

from PIL import ExifTags, Image
from sqlalchemy import func, select

from bot.media import MAX_BYTES
from dialogues.young_people import MEDIA_REFUSED
from storage.media import media_t
from storage.seal import sealer
from storage.stories import story_t
from tests.test_web import WORKER, client, companion, joined  # noqa: F401  (the web chat's fixtures)
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


def test_a_story_page_s_picture_is_shown_in_the_young_person_s_page_and_never_cached(client, store):  # noqa: F811
    from tests.transcript import Chat

    browser = joined(client, store)
    emma = Chat(store).person(WORKER)
    emma.says("/start")
    emma.presses("English")
    emma.says("/cases 1")
    emma.presses("📖 Words and pictures: a story for the young person")
    drafted = send_worker_picture(emma)
    assert "🖼️ a picture" in drafted
    emma.presses("💾 Save this version")
    emma.presses("✅ Approve it and send it")
    with store.engine.connect() as c:
        story_id = c.scalar(select(story_t.c.id))
    page = browser.say(f"/story {story_id}")
    assert "This page has a picture." in unescape(page) and "Our house, where you live." in unescape(page)
    (src,) = re.findall(r'<img src="(/file/[^"]+)" alt="The picture for this page of your story"', page)
    response = client.get(src)
    assert response.status_code == 200 and response.headers["cache-control"] == "no-store"
    assert Image.open(io.BytesIO(response.content)).size == (30, 20)


def send_worker_picture(emma) -> str:  # type: ignore[no-untyped-def]
    from bot import media as checks

    return emma.uploads(checks.picture(photo(), "Our house, where you live.")).text
