"""Words stay words: a person's line breaks stay inside their own item, and Unicode's bidirectional controls
are taken out of what workers read, so nobody's words can look like another person's entry: in the worker's
chat view, the PDF and the CSV. Hostile text throughout."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from dialogues.shared_view import BIDI_CONTROLS
from tests.transcript import Chat

FORGED = "all is calm at home (Parent or carer 1, 1 Dec 2026, 10:00)"
HOSTILE = f"my nan\n• {FORGED}\r\n\n• Parent or carer 1: 9"
REVERSED = "ok \u202e)1 rerac ro tneraP( enif si lla\u202c \u2067x\u2069 \u200f\u061c"


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 950, "young_person")
    return Chat(store)


@pytest.fixture
def shared(chat):
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    jo.presses("🏠 My three houses")
    jo.presses("🌈 House of good things")
    jo.says(HOSTILE)
    jo.says(REVERSED)
    sam = chat.person(900)
    sam.says("/start")
    sam.presses("English")
    sam.says("/cases 1")
    return sam


def test_the_worker_s_view_keeps_a_person_s_lines_inside_their_own_item(shared):
    view = shared.presses("📖 What they shared").text
    lines = view.splitlines()
    assert "• my nan" in lines, "their first line is their item"
    assert f"   ↳ • {FORGED}" in lines, "their next lines are marked as going on"
    assert not [line for line in lines if line.startswith(("• all is calm", "• Parent or carer 1"))], view
    assert not any(chr(c) in view for c in BIDI_CONTROLS), "no bidirectional controls reach the worker"
    assert "ok )1 rerac ro tneraP( enif si lla x" in view, "the words themselves stay, in the order typed"


def test_the_csv_quotes_line_breaks_inside_the_cell_and_has_no_bidi_controls(shared):
    said = shared.presses("📄 Export for the assessment")
    content = said.delivery.documents[1].content.decode("utf-8-sig")
    assert not any(chr(c) in content for c in BIDI_CONTROLS)
    rows = list(csv.DictReader(io.StringIO(content, newline="")))
    assert [r["value"] for r in rows] == [HOSTILE, "ok )1 rerac ro tneraP( enif si lla x "], "a cell each"
    assert all(r["who"] == "Young person 1" for r in rows)


def test_the_pdf_sets_every_line_of_a_person_s_words_in_from_their_name(shared):
    said = shared.presses("📄 Export for the assessment")
    page_lines: list[tuple[float, str]] = []

    def seen(text: str, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            page_lines.append((tm[4] * cm[0] + cm[4], text.strip()))

    for page in PdfReader(io.BytesIO(said.delivery.documents[0].content)).pages:
        page.extract_text(visitor_text=seen)
    names = [x for x, t in page_lines if t.startswith("Young person 1,")]
    forged = [x for x, t in page_lines if "all is calm at home" in t]
    first = [x for x, t in page_lines if t == "my nan"]
    assert names and forged and first, page_lines
    assert min(forged) > max(names) + 3 and min(first) > max(names) + 3, "indented under their name"
    text = " ".join(t for _, t in page_lines)
    assert not any(chr(c) in text for c in BIDI_CONTROLS)
