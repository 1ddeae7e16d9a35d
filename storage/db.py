"""Engines and migrations: SQLite (WAL, synchronous=FULL) by default, PostgreSQL by URL."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from storage import seal

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_URL = "sqlite:///data/companion.db"


JOURNAL_SIZE_LIMIT = 8 * 1024 * 1024  # bytes of WAL file kept after a checkpoint; the rest is cut off


def connect(url: str, keyring: seal.Keyring | None = None, key_url: str | None = None) -> Engine:
    """An engine for ``url``; for SQLite the folder is made (0700) and the files (0600) set up for
    durability, and deleted content overwritten. Values are sealed with ``keyring``, else with the master
    keys ``DATA_KEYS`` or an existing ``DATA_KEY_FILE`` give (`storage.seal.start` checks them first), and
    the data keys of the key store at ``key_url``, else ``KEY_DATABASE_URL`` or its default.

    Statement parameters are never written to logs (``hide_parameters``): they hold what people typed.
    """
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _private_file(Path(parsed.database))
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    keyring = keyring or seal.keyring_from_environment()
    if keyring is not None:
        seal.install(engine, keyring, seal.KeyStore(key_url or seal.key_store_url_from_environment()))
    return engine


def _private_file(database: Path) -> None:
    """The database's folder readable by its owner only (unless it is the working folder), and the file
    made 0600 before SQLite opens it: SQLite gives its WAL and SHM files the database file's mode."""
    folder = database.parent
    folder.mkdir(parents=True, exist_ok=True)
    if folder.resolve() != Path.cwd().resolve():
        folder.chmod(0o700)
    os.close(os.open(database, os.O_RDWR | os.O_CREAT, 0o600))
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm"), Path(f"{database}.migrating")):
        if path.exists():
            path.chmod(0o600)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten with zeros, not left in free pages
    cursor.execute(f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT}")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (idempotent). Two processes starting on a new database at once
    (the bot and ``companion worker add``, say) take turns: PostgreSQL through an advisory lock, SQLite
    through a lock file beside the database."""
    with _migration_lock(engine):
        command.upgrade(alembic_config(engine), revision)


MIGRATION_LOCK = 7_411_202  # any fixed number: the key of PostgreSQL's advisory lock for migrations


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as c:
            c.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            try:
                yield
            finally:
                c.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                c.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with os.fdopen(os.open(f"{database}.migrating", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
