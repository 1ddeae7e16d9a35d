"""Files drawn after the step commits (as the Telegram adapter does): the step checks the reader, writes
the audit entry and names the case; `Companion.draw` reads again through storage's one door, without a
second audit entry; a second file asked for while one is being made is refused kindly, and the step
that asked is not taken. Transcripts on a real database."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from bot.core import STILL_MAKING
from storage.models import AuditEntry
from tests.transcript import Chat, say

audit_t = AuditEntry.__table__


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 960, "parent")
    chat = Chat(store)
    chat.companion.files_later = True
    return chat


def audits(store, action: str) -> int:
    with store.engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(audit_t).where(audit_t.c.action == action)) or 0)


def at_menu(chat, user_id):
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    return person


def test_a_parent_s_chart_is_asked_for_in_the_step_and_drawn_after_it(chat, store):
    mum = at_menu(chat, 960)
    said = mum.says("/progress")
    assert said.delivery.documents == ()
    (request,) = said.delivery.files
    assert request.wanted.case_id is not None, "the parent's own case, named in the step"
    (picture,) = chat.companion.draw(request)
    assert picture.photo and Image.open(io.BytesIO(picture.content)).format == "PNG"

    chat.companion.drawing.add(request.person_id)  # while it is being made...
    before = mum.says("/help")
    busy = mum.says("/progress")
    assert busy.texts[0].startswith(say(STILL_MAKING)) and busy.delivery.files == ()
    assert busy.buttons == before.buttons, "the step asking for a second file was not taken"
    chat.companion.drawing.discard(request.person_id)  # ...and once it has come
    assert mum.says("/progress").delivery.files


def test_a_worker_s_export_is_audited_once_in_the_step_and_refused_to_others(chat, store):
    sam = at_menu(chat, 900)
    sam.says("/cases 1")
    sam.presses("📖 What they shared")
    before = audits(store, "export")
    said = sam.says("/export")
    (request,) = said.delivery.files
    assert audits(store, "export") == before + 1, "audited in the step"
    pdf, csv = chat.companion.draw(request)
    assert pdf.filename.endswith(".pdf") and csv.filename.endswith(".csv")
    assert audits(store, "export") == before + 1, "not audited again when drawn"

    store.add_worker(901, "Priya Shah")
    priya = at_menu(chat, 901)
    forged = type(request)(_person_id(store, priya.user_id), request.wanted, "en")
    assert chat.companion.draw(forged) == [], "the drawing checks the reader again"


def _person_id(store, telegram_id: int) -> int:
    with store.transaction() as tx:
        return tx.person(telegram_id).id
