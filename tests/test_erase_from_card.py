"""Erase from the case card (issue 13), as a transcript on SQLite and PostgreSQL: the worker presses "Erase
this case", is reminded to export first, and types the case's label to confirm; a wrong label erases
nothing; the right one erases the case once the step has committed, and everyone in it is told plainly in
their own language that it has ended. The audit keeps who and when, never content."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from bot.core import CASE_ERASED_FAMILY
from bot.i18n import render
from storage import seal
from storage.repository import Store, answer_t, case_t, outbox_t
from storage.retention import set_hold
from tests.transcript import Chat

SAM, JO, MUM = 910, 911, 912
ERASE = "🗑️ Erase this case"


def family(store: Store) -> int:
    case_id = store.ensure_case("Family S", store.add_worker(SAM, "Sam Jones"))
    store.ensure_member(case_id, JO, "young_person")
    store.ensure_member(case_id, MUM, "parent")
    with store.transaction() as tx:
        jo = tx.person(JO).id
        tx.add_answers(jo, tx.standing(jo), [("house.good", "my dog Biscuit", {})], None)
        tx.set_locale(tx.person(MUM).id, "cy")
        tx.set_locale(jo, "en")
    return case_id


def told(store: Store, chat_id: int) -> list[str]:
    with store.engine.connect() as c:
        rows = c.execute(select(outbox_t.c.id, outbox_t.c.payload).where(outbox_t.c.chat_id == chat_id)).all()
        return [json.loads(seal.unseal(c, "outbox_message", "payload", i, p))["text"] for i, p in rows]


def test_a_worker_erases_a_case_from_its_card_after_typing_its_label(store):
    case_id = family(store)
    chat = Chat(store)
    sam = chat.person(SAM)
    sam.says("/start")
    sam.presses("English")
    sam.says(f"/cases {case_id}")
    asked = sam.presses(ERASE)
    for line in (
        'Erase "Family S"? Everything shared in it will be deleted for good: nobody will be able to read it again,'
        " not even from a backup. Everyone in the case will be told that it has ended.",
        "If your council needs a record of it, export it first.",
        "To erase it, type its label exactly: Family S",
    ):
        assert line in asked, asked.texts
    assert "📄 Export for the assessment" in asked.buttons and "No, keep it" in asked.buttons

    wrong = sam.says("Family T")
    assert "That is not this case's label, so nothing was erased." in wrong
    with store.engine.connect() as c:
        assert c.scalar(select(case_t.c.id)) == case_id, "nothing happened"

    done = sam.says("  family   s ")
    assert 'Erasing "Family S" now. Everyone in it will be told that it has ended.' in done
    with store.engine.connect() as c:
        assert c.scalar(select(case_t.c.id)) is None and c.scalar(select(answer_t.c.id)) is None
        trail = c.execute(text(f"SELECT person_id, action, detail FROM audit_entry WHERE case_id = {case_id}")).all()
        sam_id = c.scalar(text(f"SELECT id FROM person WHERE telegram_id = {SAM}"))
    assert [tuple(r) for r in trail if r.action == "erase"] == [(sam_id, "erase", "")], "who and when, never content"
    assert f"case:{case_id}" not in {o for _, o, _ in seal.sealer_of(store.engine).keys.rows()}  # type: ignore[union-attr]
    assert told(store, JO) == [render(CASE_ERASED_FAMILY, "en")]
    assert told(store, MUM) == [render(CASE_ERASED_FAMILY, "cy")] and "Safety Companion" in told(store, MUM)[0]
    assert told(store, SAM) == [
        'The case "Family S" has been erased: everything shared in it is deleted, and nobody can read it any more.'
    ]


def test_a_held_case_offers_no_erasing(store):
    case_id = family(store)
    with store.transaction() as tx:
        set_hold(tx.c, case_id, True)
    chat = Chat(store)
    sam = chat.person(SAM)
    sam.says("/start")
    sam.presses("English")
    card = sam.says(f"/cases {case_id}")
    assert ERASE not in card.buttons
