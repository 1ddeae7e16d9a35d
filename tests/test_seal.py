"""Sealed at rest (issue 13), on SQLite and PostgreSQL: what people typed is stored only sealed, each value
bound to its row; a wrong master key refuses; rotation re-wraps the data keys; the migration seals what was
stored before; SQLite's files are private; PostgreSQL elsewhere needs TLS."""

from __future__ import annotations

import base64
import getpass
import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from botprocess import DATA_KEYS
from sqlalchemy import Engine, func, insert, select, text, update

from bot.settings import SettingsError, load
from storage import plans, seal
from storage.cases import read_answers
from storage.db import connect, upgrade
from storage.models import utcnow
from storage.repository import OUTBOX_GRACE, Store, Tx, answer_t, conversation_t, inbox_t, outbox_t
from storage.seal import Keyring, SealError, Unreadable, unseal

ROOT = Path(__file__).resolve().parent.parent
OTHER = base64.b64encode(b"another master key, 32 bytes!!!!").decode()


def key_rows(engine: Engine) -> list[tuple[int, str, str]]:
    """The data keys of this database's key store."""
    found = seal.sealer_of(engine)
    assert found is not None
    return found.keys.rows()


def a_case(store: Store) -> tuple[int, int]:
    """A case with a worker (Telegram id 10) and a young person (11); returns (case id, young person id)."""
    case_id = store.ensure_case("Family S", store.add_worker(10, "Sam"))
    store.ensure_member(case_id, 11, "young_person")
    with store.transaction() as tx:
        return case_id, tx.person(11).id


def shared(store: Store, words: list[str]) -> tuple[int, list[int]]:
    case_id, person_id = a_case(store)
    with store.transaction() as tx:
        standing = tx.standing(person_id)
        ids = tx.add_answers(person_id, standing, [("house.good", w, {"n": i}) for i, w in enumerate(words)], 7)
    return case_id, ids


def test_every_sealed_value_comes_back_as_it_was_written_and_is_stored_sealed(store):
    case_id, _ = shared(store, ["my dog Biscuit ✨", "Nan's garden"])
    with store.transaction() as tx:
        person = tx.person(11)
        tx.save_conversation(person.id, {"slots": {"draft": "half a sentence"}})
        tx.outbox(11, [{"text": "Got it: my dog Biscuit"}])
        plans.set_plan(tx.c, tx.person(10).id, case_id, goal="Mum keeps Ella safe", ten_means="safe", zero_means="x")
    store.inbox_add([(501, 11, {"message": {"text": "hello from Jo"}})])
    with store.transaction() as tx:
        assert tx.conversation(person.id) == {"slots": {"draft": "half a sentence"}}
        assert tx.arrival(11).conversation == {"slots": {"draft": "half a sentence"}}
        answers = read_answers(tx.c, None, case_id, purpose="read", audit=False)
        plan = plans.plan_of(tx.c, case_id)
    assert [(a.value, a.data) for a in answers] == [("my dog Biscuit ✨", {"n": 0}), ("Nan's garden", {"n": 1})]
    assert (plan.goal, plan.ten_means, plan.zero_means) == ("Mum keeps Ella safe", "safe", "x")
    assert [p.payload for p in store.inbox_pending()] == [{"message": {"text": "hello from Jo"}}]
    assert [p.payload for p in store.outbox_pending()] == [{"text": "Got it: my dog Biscuit"}]
    assert [p.payload for p in store.outbox_due(utcnow() + OUTBOX_GRACE * 2)] == [{"text": "Got it: my dog Biscuit"}]
    with store.engine.connect() as c:
        stored = [
            *c.execute(select(answer_t.c.value, answer_t.c.data)).all(),
            *c.execute(select(conversation_t.c.state)).all(),
            *c.execute(select(inbox_t.c.payload)).all(),
            *c.execute(select(outbox_t.c.payload)).all(),
            *c.execute(text("SELECT goal, ten_means, zero_means FROM safety_plan")).all(),
        ]
    values = [v for row in stored for v in row]
    assert len(values) == 10 and all(v.startswith(seal.PREFIX) for v in values)
    assert not any(word in v for v in values for word in ("Biscuit", "garden", "a sentence", "from Jo", "keeps Ella"))


def test_a_value_copied_into_another_row_or_column_does_not_open(store):
    case_id, (first, second) = shared(store, ["first words", "second words"])
    with store.engine.begin() as c:
        value = c.scalar(select(answer_t.c.value).where(answer_t.c.id == first))
        c.execute(update(answer_t).where(answer_t.c.id == second).values(value=value))
    with store.engine.connect() as c:
        assert unseal(c, "answer", "value", first, value) == "first words", "the original still opens"
        with pytest.raises(Unreadable):
            unseal(c, "answer", "data", first, value)  # another column of the same row
        with pytest.raises(Unreadable):
            unseal(c, "conversation", "state", first, value)  # another table
        with pytest.raises(Unreadable):
            read_answers(c, None, case_id, purpose="read", audit=False)  # the copy, through the one door
    with store.engine.begin() as c:
        c.execute(update(answer_t).where(answer_t.c.id == second).values(value=value[:-4] + "AAA="))
    with store.engine.connect() as c, pytest.raises(Unreadable):
        unseal(c, "answer", "value", second, value[:-4] + "AAA=")  # altered: the tag does not match


def test_a_wrong_master_key_opens_nothing_and_start_up_refuses_touching_nothing(store, database_url, tmp_path):
    shared(store, ["my words"])
    with store.engine.connect() as c:
        before = c.execute(select(answer_t.c.id, answer_t.c.value)).all() + key_rows(store.engine)
    wrong = connect(database_url, Keyring.from_text(OTHER))
    try:
        with wrong.connect() as c:
            answer_id, value = c.execute(select(answer_t.c.id, answer_t.c.value)).one()
            with pytest.raises(SealError):
                unseal(c, "answer", "value", answer_id, value)
        with pytest.raises(SealError, match="does not open"):
            seal.start(wrong, OTHER, tmp_path / "unused.key")
        assert not seal.check(wrong, Keyring.from_text(OTHER)).opened
    finally:
        wrong.dispose()
    with store.engine.connect() as c:
        after = c.execute(select(answer_t.c.id, answer_t.c.value)).all() + key_rows(store.engine)
    assert after == before, "nothing was changed"
    assert not (tmp_path / "unused.key").exists()


def test_after_rotation_old_data_reads_with_the_new_master_key_alone(store, database_url):
    case_id, _ = shared(store, ["before rotation"])
    with store.transaction() as tx:
        tx.save_conversation(tx.person(11).id, {"said": "kept across rotation"})
    old = base64.b64decode(DATA_KEYS)
    both = Keyring([base64.b64decode(OTHER), old])
    keys = seal.check(store.engine, both)
    assert keys.keys >= 2 and keys.opened == keys.keys and keys.on_newest == 0
    assert seal.rotate(store.engine, both) == keys.keys
    assert seal.rotate(store.engine, both) == 0, "done already"
    new_only = Keyring.from_text(OTHER)
    assert seal.check(store.engine, new_only).failures == []
    assert len(seal.check(store.engine, Keyring([old])).failures) == keys.keys, "the old master key is not needed"
    engine = connect(database_url, new_only)
    try:
        seal.start(engine, OTHER, Path("unused"))
        with Store(engine).transaction() as tx:
            assert [a.value for a in read_answers(tx.c, None, case_id, purpose="read", audit=False)] == [
                "before rotation"
            ]
            assert tx.conversation(tx.person(11).id) == {"said": "kept across rotation"}
    finally:
        engine.dispose()


def test_a_data_key_made_in_a_transaction_that_fails_is_never_used(store, database_url):
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.save_conversation(tx.person(300).id, {"lost": True})
        raise RuntimeError("the step failed")
    with store.transaction() as tx:
        person_id = tx.person(301).id  # on SQLite, the same id again
        tx.save_conversation(person_id, {"kept": True})
    fresh = connect(database_url)  # another process: only what was committed
    try:
        with Store(fresh).transaction() as tx:
            assert tx.conversation(person_id) == {"kept": True}
    finally:
        fresh.dispose()


def test_the_migration_seals_what_was_stored_before(database_url):
    engine = connect(database_url)
    try:
        upgrade(engine, "0005")
        with engine.begin() as c:
            c.execute(text("INSERT INTO person (id, telegram_id, created_at) VALUES (1, 11, CURRENT_TIMESTAMP)"))
            c.execute(text("INSERT INTO person (id, telegram_id, created_at) VALUES (2, 12, CURRENT_TIMESTAMP)"))
            c.execute(
                text(
                    "INSERT INTO worker (id, person_id, name, added_at, duty)"
                    " VALUES (1, 2, 'Sam', CURRENT_TIMESTAMP, false)"
                )
            )
            c.execute(
                text("""INSERT INTO "case" (id, label, created_by, created_at) VALUES (1, 'F', 1, CURRENT_TIMESTAMP)""")
            )
            c.execute(
                insert(answer_t).values(person_id=1, case_id=1, topic="house.good", value="old words", data='{"a": 1}')
            )
            c.execute(insert(answer_t).values(person_id=1, topic="note", value="no case", data="{}"))
            c.execute(insert(conversation_t).values(person_id=1, state='{"old": "slot"}'))
            c.execute(insert(inbox_t).values(update_id=9, chat_id=11, payload='{"text": "old inbox"}'))
            c.execute(  # in SQL, as it stood at 0005: the outbox had no channel then
                text(
                    "INSERT INTO outbox_message (chat_id, payload, created_at, attempts, urgent)"
                    """ VALUES (11, '{"text": "old reply"}', CURRENT_TIMESTAMP, 0, false)"""
                )
            )
            c.execute(
                text(
                    "INSERT INTO safety_plan (case_id, goal, ten_means, zero_means, rhythm, time_zone, updated_at)"
                    " VALUES (1, 'old goal', 'ten', 'zero', 'off', 'Europe/London', CURRENT_TIMESTAMP)"
                )
            )
        upgrade(engine)
        store = Store(engine)
        with store.transaction() as tx:
            assert tx.conversation(1) == {"old": "slot"}
            answers = read_answers(tx.c, None, 1, purpose="read", audit=False)
            assert [(a.value, a.data) for a in answers] == [("old words", {"a": 1})]
            assert plans.plan_of(tx.c, 1).goal == "old goal"
            no_case = tx.c.execute(select(answer_t).where(answer_t.c.case_id.is_(None))).one()
            assert unseal(tx.c, "answer", "value", no_case.id, no_case.value) == "no case"
        owners = {owner for _, owner, _ in key_rows(engine)}
        assert owners == {"case:1", "person:1", "transit"}
        assert [p.payload for p in store.inbox_pending()] == [{"text": "old inbox"}]
        assert [p.payload for p in store.outbox_pending()] == [{"text": "old reply"}]
        with engine.connect() as c:
            assert c.scalar(select(func.count()).select_from(answer_t).where(answer_t.c.value.like("S1%"))) == 2
    finally:
        engine.dispose()


# -- SQLite's files, PostgreSQL's connection -------------------------------------------------------------


def test_sqlite_overwrites_deleted_content_and_keeps_its_files_private(tmp_path):
    database = tmp_path / "data" / "companion.db"
    engine = connect(f"sqlite:///{database}")
    try:
        upgrade(engine)
        store = Store(engine)
        with store.transaction() as tx:
            tx.save_conversation(tx.person(1).id, {"x": 1})
        with engine.connect() as c:
            assert c.execute(text("PRAGMA secure_delete")).scalar() == 1
            assert c.execute(text("PRAGMA journal_size_limit")).scalar() > 0
            mode = {p.name: stat.S_IMODE(p.stat().st_mode) for p in database.parent.iterdir()}
        assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
        assert {"companion.db", "companion.db-wal", "companion.db-shm"} <= set(mode)
        assert set(mode.values()) == {0o600}, mode
    finally:
        engine.dispose()


@pytest.mark.parametrize(("url", "tls", "refused"), [
    ("postgresql+psycopg://db.council.example/companion", "on", True),
    ("postgresql+psycopg://db.council.example/companion?sslmode=prefer", "on", True),
    ("postgresql+psycopg://db.council.example/companion?sslmode=require", "on", False),
    ("postgresql+psycopg://db.council.example/companion?sslmode=verify-full", "on", False),
    ("postgresql+psycopg://db.council.example/companion", "off", False),
    ("postgresql+psycopg://127.0.0.1:5432/companion", "on", False),
    ("postgresql+psycopg://localhost/companion", "on", False),
    ("postgresql+psycopg:///companion?host=/var/run/postgresql", "on", False),
])  # fmt: skip
def test_postgresql_on_another_host_needs_tls_unless_turned_off(monkeypatch, tmp_path, url, tls, refused):
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DATABASE_TLS", tls)
    if refused:
        with pytest.raises(SettingsError, match=r"sslmode=require .* or set DATABASE_TLS=off"):
            load()
    else:
        assert load().database_url == url


def test_sealed_values_do_not_repeat_for_the_same_words(store):
    _, ids = shared(store, ["same", "same"])
    with store.engine.connect() as c:
        values = c.execute(select(answer_t.c.value).where(answer_t.c.id.in_(ids))).scalars().all()
    assert values[0] != values[1] and json.dumps(values).count("S1") == 2


# -- the command line: the key file, a missing or wrong key, check and rotate, exports ------------------

SETTINGS = ("DATABASE_URL", "DATA_KEYS", "DATA_KEY_FILE", "DATABASE_TLS", "LOG_LEVEL", "TELEGRAM_BOT_TOKEN")


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``companion ARGS`` in ``cwd`` with only the given settings."""
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def sealed_conversation(url: str, keys: str) -> None:
    engine = connect(url, Keyring.from_text(keys))
    try:
        upgrade(engine)
        with engine.begin() as c:  # not `Store.transaction`, whose connection stays open in this thread
            tx = Tx(c)
            tx.save_conversation(tx.person(11).id, {"said": "sealed words"})
    finally:
        engine.dispose()


def test_a_new_database_gets_a_private_key_file_and_a_missing_or_wrong_key_stops_start_up(tmp_path):
    first = cli("db", "upgrade", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "data" / "companion.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    (line,) = first.stderr.splitlines()
    assert "data/companion.key" in line and "keep it elsewhere" in line
    database = tmp_path / "data" / "companion.db"
    sealed_conversation(f"sqlite:///{database}", key_file.read_text())
    again = cli("db", "upgrade", cwd=tmp_path)
    assert again.returncode == 0 and again.stderr == "", "the key file is read, not made again"
    before = hashlib.sha256(database.read_bytes()).hexdigest()

    wrong = cli("db", "upgrade", cwd=tmp_path, env={"DATA_KEYS": OTHER})
    assert wrong.returncode == 2
    assert wrong.stderr.splitlines() == [
        "companion: the master key does not open 1 of 1 data keys: wrong DATA_KEYS or DATA_KEY_FILE;"
        " nothing was changed"
    ]
    key_file.rename(tmp_path / "kept elsewhere.key")
    missing = cli("worker", "add", "--telegram-id", "5", "--name", "Sam", cwd=tmp_path)
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
    assert missing.stderr.startswith("companion: the master key file data/companion.key is missing")
    assert not key_file.exists(), "no new key is made for a database sealed with another"
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before, "nothing was touched"
    elsewhere = cli("db", "upgrade", cwd=tmp_path, env={"DATA_KEY_FILE": str(tmp_path / "kept elsewhere.key")})
    assert elsewhere.returncode == 0, elsewhere.stderr


def test_keys_rotate_re_wraps_every_data_key_and_then_the_old_master_key_can_go(tmp_path, database_url):
    sealed_conversation(database_url, DATA_KEYS)
    shared(Store(connect(database_url)), ["words before rotation"])
    at = {"DATABASE_URL": database_url}
    check = cli("keys", "check", cwd=tmp_path, env={**at, "DATA_KEYS": DATA_KEYS})
    assert check.returncode == 0 and check.stdout.strip() == (
        "2 data keys: every one opens (2 wrapped by the newest master key)."
    ), check.stderr
    rotated = cli("keys", "rotate", cwd=tmp_path, env={**at, "DATA_KEYS": f"{OTHER},{DATA_KEYS}"})
    assert rotated.returncode == 0, rotated.stderr
    assert rotated.stdout.splitlines() == [
        "Re-wrapped 2 data keys with the newest master key.",
        "2 data keys: every one opens (2 wrapped by the newest master key).",
    ]
    old_only = cli("keys", "check", cwd=tmp_path, env={**at, "DATA_KEYS": DATA_KEYS})
    assert old_only.returncode == 1 and "2 of 2 data keys do not open." in old_only.stderr
    assert cli("keys", "check", cwd=tmp_path, env={**at, "DATA_KEYS": OTHER}).returncode == 0
    assert cli("db", "upgrade", cwd=tmp_path, env={**at, "DATA_KEYS": OTHER}).returncode == 0
    engine = connect(database_url, Keyring.from_text(OTHER))
    try:
        with Store(engine).transaction() as tx:
            assert tx.conversation(tx.person(11).id) == {"said": "sealed words"}
            assert [a.value for a in read_answers(tx.c, None, 1, purpose="read", audit=False)] == [
                "words before rotation"
            ]
    finally:
        engine.dispose()


def test_an_export_is_written_for_its_owner_only_and_never_over_a_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'data' / 'companion.db'}"
    engine = connect(url)
    upgrade(engine)
    shared(Store(engine), ["exported words"])
    engine.dispose()
    env = {"DATABASE_URL": url, "DATA_KEYS": DATA_KEYS}
    there = tmp_path / "there.csv"
    there.write_text("someone's file")
    refused = cli("export", "1", "--format", "csv", "--out", str(there), cwd=tmp_path, env=env)
    assert refused.returncode == 2 and "is there already" in refused.stderr
    assert there.read_text() == "someone's file"
    made = tmp_path / "new.csv"
    written = cli("export", "1", "--format", "csv", "--out", str(made), cwd=tmp_path, env=env)
    assert written.returncode == 0, written.stderr
    assert stat.S_IMODE(made.stat().st_mode) == 0o600 and "exported words" in made.read_text()


def test_an_erased_case_s_key_goes_first_then_its_rows_and_its_copied_words_no_longer_open(store, tmp_path):
    from storage.erasure import erase_case

    case_id, _ = shared(store, ["the first family's words"])
    other = store.ensure_case("Family T", store.add_worker(10, "Sam"))
    store.ensure_member(other, 12, "parent")
    with store.transaction() as tx:
        plans.set_plan(tx.c, tx.person(10).id, case_id, goal="first family's goal")
        parent = tx.person(12).id
        tx.add_answers(parent, tx.standing(parent), [("checkin", "the other family's words", {})], None)
    with store.engine.connect() as c:  # a copy of the case's sealed rows, taken before
        copied = c.execute(select(answer_t.c.id, answer_t.c.value).where(answer_t.c.case_id == case_id)).all()
        goal = c.scalar(text("SELECT goal FROM safety_plan"))
    assert erase_case(store.engine, case_id)
    assert not erase_case(store.engine, 999)
    with store.transaction() as tx:
        c = tx.c
        for answer_id, value in copied:
            with pytest.raises(Unreadable, match="gone"):
                unseal(c, "answer", "value", answer_id, value)
        with pytest.raises(Unreadable, match="gone"):
            unseal(c, "safety_plan", "goal", case_id, goal)
        assert c.scalar(select(func.count()).select_from(answer_t).where(answer_t.c.case_id == case_id)) == 0
        assert "case:1" not in {owner for _, owner, _ in key_rows(store.engine)}
        assert [a.value for a in read_answers(c, None, other, purpose="read", audit=False)] == [
            "the other family's words"
        ], "other cases still read"
        trail = c.execute(text("SELECT person_id, action, detail FROM audit_entry WHERE case_id = 1")).all()
    assert [tuple(r) for r in trail] == [(0, "erase", "")], "who and when, never content"
    fresh = connect(str(store.engine.url.render_as_string(hide_password=False)))  # another process
    try:
        with fresh.connect() as c, pytest.raises(Unreadable, match="gone"):
            unseal(c, "answer", "value", copied[0][0], copied[0][1])
    finally:
        fresh.dispose()


def test_companion_case_erase_says_so_and_refuses_a_case_that_is_not_there(tmp_path):
    url = f"sqlite:///{tmp_path / 'data' / 'companion.db'}"
    engine = connect(url)
    upgrade(engine)
    shared(Store(engine), ["words to erase"])
    engine.dispose()
    env = {"DATABASE_URL": url, "DATA_KEYS": DATA_KEYS}
    erased = cli("case", "erase", "1", cwd=tmp_path, env=env)
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.strip() == "Case 1 erased: its key is destroyed and its rows deleted."
    again = cli("case", "erase", "1", cwd=tmp_path, env=env)
    assert again.returncode == 2 and again.stderr.strip() == "companion: there is no case 1"
    audit = cli("audit", "1", cwd=tmp_path, env=env)
    assert audit.stdout.strip().endswith(f"administrator (command line, as {getpass.getuser()})  erase"), audit.stdout
