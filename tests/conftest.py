"""Shared fixtures: a fresh database per test, on SQLite and on PostgreSQL.

`api` is a fake Bot API server on the test's event loop.

`database_url` runs a test twice: once on an SQLite file in the test's own folder, once on a fresh
PostgreSQL database made for it on the server at ``DATABASE_URL_TEST`` (default 127.0.0.1:5432,
database ``test``, trust auth) and dropped afterwards. Where no server answers, the PostgreSQL run is
skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
import pytest_asyncio
from botprocess import DATA_KEYS, BotProcess
from e2e import Harness, Stored
from fakebotapi import FakeBotApi, FakeBotApiThread
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from storage.db import connect, upgrade
from storage.repository import Store

POSTGRES_URL = os.environ.get("DATABASE_URL_TEST", "postgresql+psycopg://127.0.0.1:5432/test")
os.environ["DATA_KEYS"] = DATA_KEYS  # every engine the tests connect seals with the bot's master key


@cache
def postgres_unavailable() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when the server answers."""
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as c:
            c.execute(text("select 1"))
        engine.dispose()
    except Exception as error:  # any failure to reach it is a reason to skip, said plainly
        return f"no PostgreSQL server answers at {make_url(POSTGRES_URL).render_as_string()}: {type(error).__name__}"
    return None


@contextmanager
def fresh_postgres(prefix: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards (skips, saying why, without a server)."""
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    with fresh_postgres("companion_test") as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh database: an SQLite file, or (second run) a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'companion.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(autouse=True)
def key_database_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The key store (data keys, apart from the database) every engine and bot process of a test uses:
    an SQLite file in the test's folder, or for a test on PostgreSQL another fresh PostgreSQL database, as
    several processes on several hosts would share. Given to them as ``KEY_DATABASE_URL``."""
    url = f"sqlite:///{tmp_path / 'keys' / 'companion-keys.db'}"
    if "database_url" in request.fixturenames and str(request.getfixturevalue("database_url")).startswith("postgres"):
        url = str(request.getfixturevalue("postgres_key_url"))
    monkeypatch.setenv("KEY_DATABASE_URL", url)
    return url


@pytest.fixture
def postgres_key_url() -> Iterator[str]:
    """A second fresh PostgreSQL database, for the key store."""
    with fresh_postgres("companion_keys") as url:
        yield url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """A `Store` on a fresh database, its schema migrated to the newest revision."""
    engine = connect(database_url)
    upgrade(engine)
    yield Store(engine)
    engine.dispose()


# -- the end-to-end harness (tests/e2e.py), for every test module that runs the real bot ----------------


@pytest.fixture
def harness(database_url: str, tmp_path: Path) -> Iterator[Harness]:
    """A fake Bot API server, the database, and the bot processes a test starts; after the test, every
    process is stopped and the harness checks that nothing went wrong (no refused calls, no warnings)."""
    engine = connect(database_url)
    with FakeBotApiThread() as api:
        h = Harness(api, database_url, tmp_path, Stored(engine))
        try:
            yield h
        finally:
            for running in h.bots:
                if running.running:
                    running.stop()
            engine.dispose()
        h.check_nothing_went_wrong()


@pytest.fixture
def bot(harness: Harness) -> BotProcess:
    """The bot, running with everyday settings."""
    return harness.start_bot()


@pytest_asyncio.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """A fake Bot API server running on this test's event loop (`tests/fakebotapi.py`)."""
    async with FakeBotApi() as server:
        yield server
