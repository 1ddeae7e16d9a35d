"""Crypto-shredding that survives backups (issue 13): data keys live in a key store apart from the database,
so a copy of the database taken before ``companion case erase`` cannot be read for that case afterwards,
with any key; other cases still read. On SQLite and on PostgreSQL (whose key store is another PostgreSQL
database here, as several processes on several hosts would share)."""

from __future__ import annotations

import base64
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from botprocess import DATA_KEYS
from conftest import POSTGRES_URL
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from bot.settings import SettingsError, load
from storage import plans, seal
from storage.cases import read_answers
from storage.db import alembic_config, connect, upgrade
from storage.erasure import erase_case
from storage.repository import Store, answer_t
from storage.seal import Keyring, Unreadable, unseal

ROOT = Path(__file__).resolve().parent.parent


def two_families(store: Store) -> tuple[int, int]:
    """Case 1 (a young person's house and the worker's goal) and case 2 (a parent's check-in)."""
    worker = store.add_worker(10, "Sam")
    first = store.ensure_case("Family S", worker)
    second = store.ensure_case("Family T", worker)
    store.ensure_member(first, 11, "young_person")
    store.ensure_member(second, 12, "parent")
    with store.transaction() as tx:
        jo, mum = tx.person(11).id, tx.person(12).id
        tx.add_answers(jo, tx.standing(jo), [("house.good", "the first family's words", {"n": 1})], None)
        tx.add_answers(mum, tx.standing(mum), [("checkin", "the other family's words", {})], None)
        plans.set_plan(tx.c, tx.person(10).id, first, goal="the first family's goal")
    return first, second


@pytest.fixture
def copy_of(database_url: str, tmp_path: Path) -> Iterator[Callable[[Engine], str]]:
    """Takes a copy of the whole database as a backup would (SQLite's backup API; a PostgreSQL database
    made from it as a template) and gives the copy's URL; copies are dropped afterwards."""
    made: list[str] = []

    def take(engine: Engine) -> str:
        if engine.dialect.name == "sqlite":
            target = tmp_path / f"backup{len(made)}.db"
            source = sqlite3.connect(str(engine.url.database))
            with sqlite3.connect(target) as out:
                source.backup(out)
            source.close()
            made.append(str(target))
            return f"sqlite:///{target}"
        if shutil.which("pg_dump") is None or shutil.which("psql") is None:
            pytest.skip("pg_dump and psql are not installed here, so no backup of PostgreSQL can be taken")
        name = f"companion_backup_{uuid.uuid4().hex[:12]}"
        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        made.append(name)
        url = engine.url
        where = [
            "-h",
            url.host or "127.0.0.1",
            "-p",
            str(url.port or 5432),
            *(["-U", url.username] if url.username else []),
        ]
        dump = subprocess.run(
            ["pg_dump", *where, "-d", str(url.database)], capture_output=True, timeout=120, check=True
        )
        subprocess.run(
            ["psql", "-q", *where, "-d", name], input=dump.stdout, capture_output=True, timeout=120, check=True
        )
        return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)

    yield take
    if database_url.startswith("postgres"):
        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            for name in made:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def sealed_values(engine: Engine, case_id: int) -> list[tuple[str, str, int, str]]:
    """Every sealed value of a case in this database: (table, column, row, sealed)."""
    with engine.connect() as c:
        answers = c.execute(
            select(answer_t.c.id, answer_t.c.value, answer_t.c.data).where(answer_t.c.case_id == case_id)
        )
        found = [("answer", column, row.id, getattr(row, column)) for row in answers for column in ("value", "data")]
        goal = c.scalar(text(f"SELECT goal FROM safety_plan WHERE case_id = {case_id}"))
    return [*found, ("safety_plan", "goal", case_id, goal)]


def test_a_copy_of_the_database_taken_before_erase_cannot_be_read_for_that_case_afterwards_with_any_key(
    store, copy_of, database_url
):
    first, second = two_families(store)
    backup_url = copy_of(store.engine)
    assert erase_case(store.engine, first)

    backup = connect(backup_url)  # the backup, opened with today's master key and today's key store
    try:
        with backup.connect() as c:
            assert not inspect(c).has_table("data_key"), "no data key is kept in the database, so in no backup"
        kept = sealed_values(backup, first)
        assert len(kept) == 3 and all(value.startswith(seal.PREFIX) for *_, value in kept)
        with Store(backup).transaction() as tx:
            for table, column, row, value in kept:
                with pytest.raises(Unreadable, match="gone"):
                    unseal(tx.c, table, column, row, value)
            with pytest.raises(Unreadable):
                read_answers(tx.c, None, first, purpose="read", audit=False)
            assert [a.value for a in read_answers(tx.c, None, second, purpose="read", audit=False)] == [
                "the other family's words"
            ], "other cases still read"
        found = seal.sealer_of(backup)
        assert found is not None
        every_key = [
            AESGCM(found.keyring.unwrap(key_id, owner, wrapped)) for key_id, owner, wrapped in found.keys.rows()
        ]
        assert every_key, "the key store still holds the other keys"
        for table, column, row, value in kept:  # with any key: every data key there is, whatever its id
            raw = base64.b64decode(value[len(seal.PREFIX) :])
            for key in every_key:
                with pytest.raises(InvalidTag):
                    key.decrypt(raw[8:20], raw[20:], f"{table}.{column}.{row}".encode())
    finally:
        backup.dispose()


def test_data_keys_kept_in_the_database_before_move_to_the_key_store_and_the_table_goes(database_url):
    engine = connect(database_url)
    try:
        upgrade(engine)
        store = Store(engine)
        first, _ = two_families(store)
        found = seal.sealer_of(engine)
        assert found is not None
        rows = found.keys.rows()
        command.downgrade(alembic_config(engine), "0007")  # as 0007 kept them: in the database itself...
        with engine.connect() as c:
            assert sorted(tuple(r) for r in c.exec_driver_sql("SELECT id, owner, wrapped FROM data_key")) == sorted(
                rows
            )
        for _, owner, _ in rows:  # ...and nowhere else
            found.keys.remove(owner)
        fresh = connect(database_url)  # another process, that never saw the keys
        try:
            assert seal.check(fresh, Keyring.from_text(DATA_KEYS)).opened == len(rows), "check sees the old table"
            upgrade(fresh)
            assert sorted(seal.sealer_of(fresh).keys.rows()) == sorted(rows)  # type: ignore[union-attr]
            with fresh.connect() as c:
                assert not inspect(c).has_table("data_key")
            with Store(fresh).transaction() as tx:
                assert [a.value for a in read_answers(tx.c, None, first, purpose="read", audit=False)] == [
                    "the first family's words"
                ]
        finally:
            fresh.dispose()
    finally:
        engine.dispose()


def cli(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_key_store_is_by_default_a_private_file_beside_the_master_key_and_never_the_database(tmp_path):
    done = cli("db", "upgrade", cwd=tmp_path, env={})
    assert done.returncode == 0, done.stderr
    keys = tmp_path / "data" / "companion-keys.db"
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    engine = connect(
        f"sqlite:///{tmp_path / 'data' / 'companion.db'}",
        Keyring.from_text((tmp_path / "data" / "companion.key").read_text()),
        key_url=f"sqlite:///{keys}",
    )
    try:
        with Store(engine).transaction() as tx:
            tx.save_conversation(tx.person(11).id, {"said": "words"})
    finally:
        engine.dispose()
    with sqlite3.connect(keys) as c:
        assert [owner for (owner,) in c.execute("SELECT owner FROM data_key")] == ["person:1"]
    checked = cli("keys", "check", cwd=tmp_path, env={})
    assert checked.returncode == 0 and checked.stdout.startswith("1 data key"), checked.stdout + checked.stderr


def test_the_key_store_must_not_be_the_database_itself(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://127.0.0.1:5432/companion")
    monkeypatch.setenv("KEY_DATABASE_URL", "postgresql+psycopg://127.0.0.1:5432/companion")
    with pytest.raises(SettingsError, match="KEY_DATABASE_URL names the same database"):
        load()
    monkeypatch.setenv("KEY_DATABASE_URL", "postgresql+psycopg://127.0.0.1:5432/companion_keys")
    assert load().key_store_url.endswith("/companion_keys")
    monkeypatch.setenv("KEY_DATABASE_URL", "postgresql+psycopg://keys.council.example:5432/companion_keys")
    with pytest.raises(SettingsError, match="KEY_DATABASE_URL names PostgreSQL on another host without sslmode"):
        load()
    monkeypatch.setenv("KEY_DATABASE_URL", "postgresql+psycopg://keys.council.example/companion_keys?sslmode=require")
    assert load().key_database_url
    monkeypatch.delenv("KEY_DATABASE_URL")
    monkeypatch.setenv("DATA_KEY_FILE", "/srv/keys/companion.key")
    assert load().key_store_url == "sqlite:////srv/keys/companion-keys.db"


# -- workers leave ---------------------------------------------------------------------------------------


def companion(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"DATABASE_URL": database_url, "DATA_KEYS": DATA_KEYS, "KEY_DATABASE_URL": os.environ["KEY_DATABASE_URL"]}
    return cli(*args, cwd=tmp_path, env=env)


def test_a_worker_who_is_a_case_s_only_worker_is_not_removed_until_it_is_handed_over(store, database_url, tmp_path):
    from storage import web
    from storage.repository import membership_t, worker_t

    with store.transaction() as tx:  # Sam's web session, to see it end (their address is a web account's)
        account = web.new_account(tx.c)
        token = web.start_session(tx.c, account.id, signed_in=True)
    sam = store.add_worker(account.address, "Sam")
    ali = store.add_worker(20, "Ali")
    alone = store.ensure_case("Family S", sam)
    shared = store.ensure_case("Family T", sam)
    store.ensure_member(shared, 20, "worker")
    store.ensure_member(alone, 11, "young_person")
    with store.engine.connect() as c:
        before = c.execute(select(membership_t).order_by(membership_t.c.id)).all()

    refused = companion(database_url, tmp_path, "worker", "remove", "--telegram-id", str(account.address))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        f"companion: Nothing was changed: Telegram id {account.address} is the only worker of 1 open case."
        " Invite a co-worker to it from its case card first:",
        f"  {alone}  Family S",
    ]
    with store.engine.connect() as c:
        assert c.execute(select(membership_t).order_by(membership_t.c.id)).all() == before, "nothing changed"
        assert web.session(c, token) is not None

    store.ensure_member(alone, 20, "worker")  # handed over: Ali is in it too
    removed = companion(database_url, tmp_path, "worker", "remove", "--telegram-id", str(account.address))
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.strip() == (
        f"Telegram id {account.address} is no longer a worker here: they left 2 cases, and their sign-in has ended."
    )
    with store.transaction() as tx:
        assert tx.standing(account.person_id).role is None, "no longer a worker anywhere"
        assert web.session(tx.c, token) is None, "their sign-in ended"
        ongoing = tx.c.execute(
            select(membership_t.c.case_id, membership_t.c.person_id).where(membership_t.c.left_at.is_(None))
        ).all()
        assert account.person_id not in {p for _, p in ongoing}
        assert {(c, p) for c, p in ongoing} >= {(alone, tx.person(20).id), (shared, tx.person(20).id)}
        assert tx.c.scalar(select(worker_t.c.id).where(worker_t.c.removed_at.is_(None))) == ali
    again = companion(database_url, tmp_path, "worker", "remove", "--telegram-id", str(account.address))
    assert again.returncode == 2 and "no worker is registered" in again.stderr
    back = companion(database_url, tmp_path, "worker", "add", "--telegram-id", str(account.address), "--name", "Sam")
    assert back.returncode == 0, back.stderr
    with store.transaction() as tx:
        assert tx.standing(account.person_id).role == "worker", "registered again, a worker again"
