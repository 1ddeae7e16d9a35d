"""A person's own rights end to end: the real `companion telegram` process against the fake Bot API.
`/mydata` brings a PDF and a JSON file that hold the person's own words (and not the others'); `/forget`
asks first, then forgets someone in no case, and in an open case tells them and their worker."""

from __future__ import annotations

import io
import json

from e2e import TIMEOUT, Harness, joined_young_person, person_t
from pypdf import PdfReader
from sqlalchemy import select

from bot.i18n import render
from dialogues.messages import T
from dialogues.rights import FORGET_DONE, FORGET_IN_CASE, MY_DATA_SENT

GOOD_HOUSE = T("🌈 House of good things")


def test_mydata_brings_the_person_s_own_words_as_a_pdf_and_a_json_file(harness: Harness) -> None:
    api = harness.api
    harness.start_bot()
    sam, kai = joined_young_person(harness, 7100, 7110)
    kai.sends("/houses")
    kai.presses(render(GOOD_HOUSE, "en"))
    kai.sends("my cat Marmalade-42")
    sam.sends("/cases 1")
    sam.presses(render(T("📖 What they shared"), "en"))

    since = api.mark()
    told = kai.sends("/mydata", buttons=False)
    assert told.texts[0].startswith(render(MY_DATA_SENT, "en"))
    assert "Your social worker read what you shared on" in told.texts[0]
    pdf = api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == kai.id, TIMEOUT, since=since)
    data = api.wait_for(
        lambda r: r.method == "sendDocument" and r.chat_id == kai.id and r.index > pdf.index, TIMEOUT, since=since
    )
    pdf_file, json_file = next(iter(pdf.files.values())), next(iter(data.files.values()))
    assert pdf_file.filename and pdf_file.filename.endswith(".pdf")
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_file.data)).pages)
    assert "Marmalade-42" in words and "Your house of good things" in words
    copy = json.loads(json_file.data)
    assert [a["words"] for a in copy["what_you_shared"]] == ["my cat Marmalade-42"]
    assert not [r for r in api.sent[since:] if r.chat_id == sam.id], "nothing went to the worker"


def test_forget_asks_then_forgets_someone_in_no_case_and_tells_a_worker_when_their_family_asks(
    harness: Harness,
) -> None:
    harness.start_bot()
    sam, kai = joined_young_person(harness, 7200, 7210)
    ana = harness.user(7220)
    ana.sends("/start")
    ana.presses("English")
    asked = ana.sends("/forget")
    assert asked.buttons == ["🗑️ Yes, forget me", "Not now"]
    done = ana.presses("🗑️ Yes, forget me")
    assert render(FORGET_DONE, "en") in done.texts[0]
    with harness.db.engine.connect() as c:
        assert c.scalar(select(person_t.c.id).where(person_t.c.telegram_id == 7220)) is None, "forgotten"

    since = harness.api.mark()
    said = kai.sends("/forget", buttons=True)
    assert render(FORGET_IN_CASE, "en") in said.texts[0]
    note = harness.api.wait_for(lambda r: r.chat_id == sam.id and r.method == "sendMessage", TIMEOUT, since=since)
    assert "asked me to delete what they shared" in (note.text or "")
    assert harness.db.person(7210) is not None, "the young person in a case is kept"
