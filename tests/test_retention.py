"""Retention with a moved clock (issue 13), on SQLite and PostgreSQL: a closed case is erased RETENTION_DAYS
after it closed, its workers reminded 14 days and 1 day before (once each, through the outbox); a legal hold
stops it; people who never joined a case are forgotten after 30 silent days; audit entries are kept AUDIT_DAYS.
Every step is given the time (``now``), so the clock moves without waiting."""

from __future__ import annotations

import getpass
import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select, text, update

from bot.core import Companion
from dialogues import build_engine
from storage import seal
from storage.models import utcnow
from storage.repository import Store, answer_t, case_t, conversation_t, outbox_t, person_t
from tests.test_shred import companion
from tests.transcript import Chat

SAM, ALI, JO, STRANGER, CHATTY = 10, 20, 11, 500, 501


def closed_cases(store: Store) -> tuple[int, int, object]:
    """Family S (Sam and Ali its workers, Jo's house) and Family T (Sam), both closed now."""
    sam = store.add_worker(SAM, "Sam")
    store.add_worker(ALI, "Ali")
    first = store.ensure_case("Family S", sam)
    second = store.ensure_case("Family T", sam)
    store.ensure_member(first, ALI, "worker")
    store.ensure_member(first, JO, "young_person")
    with store.transaction() as tx:
        jo = tx.person(JO).id
        tx.add_answers(jo, tx.standing(jo), [("house.good", "my dog Biscuit", {})], None)
        closed = utcnow()
        tx.c.execute(update(case_t).values(closed_at=closed))
    return first, second, closed


def outbox_texts(store: Store, chat_id: int) -> list[str]:
    with store.engine.connect() as c:
        rows = c.execute(select(outbox_t.c.id, outbox_t.c.payload).where(outbox_t.c.chat_id == chat_id)).all()
        return [json.loads(seal.unseal(c, "outbox_message", "payload", i, p))["text"] for i, p in rows]


def test_a_closed_case_is_erased_after_retention_days_with_reminders_14_and_1_days_before_once_each(store):
    first, second, closed = closed_cases(store)
    bot = Companion(store, build_engine(), retention_days=90)
    with store.transaction() as tx:
        from storage.retention import set_hold

        assert set_hold(tx.c, second, True)

    sent, done = bot.retention(closed + timedelta(days=75))
    assert sent == [] and done.erased == done.reminded == 0

    sent, done = bot.retention(closed + timedelta(days=76, minutes=1))
    on = f"{closed + timedelta(days=90):%Y-%m-%d}"
    fourteen = (
        f'The closed case "Family S" will be erased in 14 days, on {on}: everything shared in it will be deleted.'
        " If your council needs a record, export it from the case card now. To keep it longer, ask your"
        " administrator for a legal hold."
    )
    assert [(to, m.text) for to, m in sent] == [(SAM, fourteen), (ALI, fourteen)], "the held case is not"
    assert outbox_texts(store, SAM) == [fourteen], "through the outbox"
    assert bot.retention(closed + timedelta(days=80))[0] == [], "once"

    sent, _ = bot.retention(closed + timedelta(days=89, minutes=1))
    assert [to for to, _ in sent] == [SAM, ALI]
    assert "will be erased in 1 day, on" in sent[0][1].text
    assert bot.retention(closed + timedelta(days=89, hours=12))[0] == [], "once"

    key_store = seal.sealer_of(store.engine).keys  # type: ignore[union-attr]
    _, done = bot.retention(closed + timedelta(days=90, minutes=1))
    assert done.erased == 1
    with store.engine.connect() as c:
        assert [i for (i,) in c.execute(select(case_t.c.id))] == [second], "held: kept"
        assert c.scalar(select(func.count()).select_from(answer_t)) == 0
        trail = c.execute(text(f"SELECT person_id, action, detail FROM audit_entry WHERE case_id = {first}")).all()
    assert [tuple(r) for r in trail] == [(0, "erase", "retention")]
    assert f"case:{first}" not in {owner for _, owner, _ in key_store.rows()}
    assert outbox_texts(store, JO)[-1].startswith("Your case in Safety Companion has ended")

    with store.transaction() as tx:
        set_hold(tx.c, second, False)
    _, done = bot.retention(closed + timedelta(days=91))
    assert done.erased == 1, "the hold lifted, its time is long up"
    assert Companion(store, build_engine(), retention_days=0).retention(closed + timedelta(days=900))[1].erased == 0


def test_people_who_never_joined_a_case_are_forgotten_after_30_silent_days_and_old_audit_entries_go(store):
    closed_cases(store)
    now = utcnow()
    with store.transaction() as tx:
        stranger = tx.person(STRANGER).id
        tx.save_conversation(stranger, {"said": "hello?"})
        chatty = tx.person(CHATTY).id
        tx.save_conversation(chatty, {"said": "hi"})
        tx.c.execute(
            update(conversation_t)
            .where(conversation_t.c.person_id == chatty)
            .values(updated_at=now + timedelta(days=20))
        )
        tx.c.execute(
            text("INSERT INTO audit_entry (person_id, case_id, action, detail, at) VALUES (0, 1, 'read', '', :at)"),
            {"at": now - timedelta(days=700)},
        )
    bot = Companion(store, build_engine(), retention_days=0, audit_days=730)
    _, done = bot.retention(now + timedelta(days=29))
    assert (done.forgotten, done.audit_pruned) == (0, 0), "29 days: the stranger kept, the entry 729 days old"
    _, done = bot.retention(now + timedelta(days=31))
    assert (done.forgotten, done.audit_pruned) == (1, 1), "31 days: the stranger forgotten, the entry 731 days old"
    if store.engine.dialect.name == "sqlite":
        wal = Path(f"{store.engine.url.database}-wal")
        assert wal.stat().st_size == 0, "a WAL checkpoint (TRUNCATE) ran after forgetting"
    with store.engine.connect() as c:
        kept = {t for (t,) in c.execute(select(person_t.c.telegram_id))}
    assert STRANGER not in kept and {SAM, ALI, JO, CHATTY} <= kept, "workers, people in a case, the lately heard kept"
    owners = {o for _, o, _ in seal.sealer_of(store.engine).keys.rows()}  # type: ignore[union-attr]
    assert f"person:{stranger}" not in owners and f"person:{chatty}" in owners


def test_companion_case_hold_and_retention_run_and_the_card_shows_the_hold(store, database_url, tmp_path):
    sam = store.add_worker(SAM, "Sam")
    open_case = store.ensure_case("Family O", sam)
    old = store.ensure_case("Family Q", sam)
    with store.transaction() as tx:
        tx.c.execute(update(case_t).where(case_t.c.id == old).values(closed_at=utcnow() - timedelta(days=91)))
    held = companion(database_url, tmp_path, "case", "hold", str(open_case), "on")
    assert (
        held.returncode == 0
        and held.stdout.strip() == f"Case {open_case} is on a legal hold: retention will not erase it."
    )
    assert companion(database_url, tmp_path, "case", "hold", "999", "on").returncode == 2
    ran = companion(database_url, tmp_path, "retention", "run")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "1 closed case erased.",
        "0 workers reminded of erasures to come.",
        "0 people who never joined a case forgotten.",
        "0 old audit entries removed.",
    ]
    chat = Chat(store)
    worker = chat.person(SAM)
    worker.says("/start")
    worker.presses("English")
    card = worker.says(f"/cases {open_case}")
    assert "Legal hold: this case will not be erased while the hold is on." in card
    off = companion(database_url, tmp_path, "case", "hold", str(open_case), "off")
    assert off.stdout.strip() == f"Case {open_case} is no longer on a legal hold."
    trail = companion(database_url, tmp_path, "audit", str(open_case)).stdout.splitlines()
    by = f"administrator (command line, as {getpass.getuser()})"
    assert [line.split("  ", 1)[1] for line in trail if "  hold  " in line] == [f"{by}  hold  on", f"{by}  hold  off"]
    assert "Legal hold: this case will not be erased while the hold is on." not in worker.says(f"/cases {open_case}")
