"""Several bot processes on one database, kept as one bot by the database itself.

PostgreSQL: every process holds advisory locks on a connection of its own, for as long as it lives (a
process that dies loses its connection, and with it its locks, at once; a process whose connection is lost
while it lives, by a server restart or a network cut, has lost its locks too: it notices at its next use of
the connection, connects again and holds only what it takes again):
- a chat's lock while it processes that chat's updates, read from the inbox in update order: whichever
  process received an update, the chat's updates are processed one at a time, in order, each once;
- the jobs' lock (reminders, notices, escalations, tidying): the process that holds it runs the periodic
  jobs, so they run once; another takes it over when that process dies;
- a shared lock per process, so a process starting can tell whether it is alone (then it sends at once
  the replies left in the outbox by a crash; otherwise their leases say when another may take them).

SQLite allows one bot process per file: `hold_sqlite` takes a lock file beside the database for as long
as the process lives, and a second process refuses to start.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, TypeVar

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from storage import seal

CHATS = 7_411_203  # the first key of a chat's advisory lock (the second: the chat id folded into 32 bits)
JOBS = (7_411_204, 1)  # the periodic jobs' lock
PROCESSES = (7_411_205, 1)  # every running process holds it shared
SWEEP_LIMIT = 500  # chats with waiting updates looked at in one sweep

R = TypeVar("R")


class InUse(Exception):
    """Another process runs the bot on this SQLite file."""


def hold_sqlite(engine: Engine) -> IO[str] | None:
    """For SQLite, a lock on ``<database>.running`` held until the process ends (the returned file must be
    kept open); `InUse` when another process holds it. None for PostgreSQL or an in-memory database."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    handle = os.fdopen(os.open(f"{database}.running", os.O_WRONLY | os.O_CREAT, 0o600), "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise InUse(database) from None
    return handle


def _chat_key(chat_id: int) -> tuple[int, int]:
    """A chat's lock: two 32-bit keys. Chats whose ids differ by a multiple of 2**32 share one, which only
    makes one wait for the other."""
    return CHATS, (chat_id & 0xFFFFFFFF) - 2**31


@dataclass(frozen=True)
class Waiting:
    """An update waiting in the inbox."""

    update_id: int
    payload: dict[str, Any]


class Coordinator:
    """This process's advisory locks, on one PostgreSQL connection of its own (autocommit). Its methods
    block: call them on one thread at a time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.c: Connection = self._connect()
        self.leading = False
        self.joined = False
        self.connections = 1  # how many connections this process has had: one more each time one is lost

    def _connect(self) -> Connection:
        return self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    def _lost(self) -> None:
        """The connection is gone, and every lock it held with it: connect again (counted in again if this
        process was), holding nothing else. Whoever was using a lost lock has had an error already."""
        self.leading = False
        with contextlib.suppress(Exception):
            self.c.invalidate()
            self.c.close()
        self.c = self._connect()
        self.connections += 1
        if self.joined:
            self._join_shared()

    def _run(self, fn: Callable[[], R]) -> R:
        """``fn`` on the connection; when the connection was lost, connect again and raise the error (and
        when connecting again failed, the database being down, try again first next time)."""
        if self.c.closed or self.c.invalidated:
            self._lost()
        try:
            return fn()
        except DBAPIError as error:
            if error.connection_invalidated or self.c.invalidated or self.c.closed:
                with contextlib.suppress(Exception):  # the database is down: the next call tries again
                    self._lost()
            raise

    def _lock(self, key: tuple[int, int]) -> bool:
        query = text("SELECT pg_try_advisory_lock(:a, :b)")
        return bool(self._run(lambda: self.c.scalar(query, {"a": key[0], "b": key[1]})))

    def _unlock(self, key: tuple[int, int]) -> None:
        self._run(lambda: self.c.execute(text("SELECT pg_advisory_unlock(:a, :b)"), {"a": key[0], "b": key[1]}))

    def _holds(self, key: tuple[int, int]) -> bool:
        """Whether this connection holds the lock now (it does not if the connection was lost and made anew)."""
        query = text(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
            " AND classid = :a AND objid = :b AND objsubid = 2 AND granted)"
        )
        return bool(self._run(lambda: self.c.scalar(query, {"a": key[0], "b": key[1]})))

    def _join_shared(self) -> None:
        self.c.execute(text("SELECT pg_advisory_lock_shared(:a, :b)"), {"a": PROCESSES[0], "b": PROCESSES[1]})

    def join(self) -> bool:
        """Count this process in; True when no other process runs on this database."""
        alone = self._lock(PROCESSES)
        if alone:
            self._unlock(PROCESSES)
        self._run(self._join_shared)
        self.joined = True
        return alone

    def processes(self) -> int:
        """How many processes run on this database now (each holds the processes' lock shared)."""
        query = text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = :a AND objid = :b"
            " AND objsubid = 2 AND granted"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return int(self._run(lambda: self.c.scalar(query, {"a": PROCESSES[0], "b": PROCESSES[1]})) or 0)

    def take_chat(self, chat_id: int) -> bool:
        """The chat's lock, if no other process holds it (this process keeps its own count: see `TelegramBot`)."""
        return self._lock(_chat_key(chat_id))

    def release_chat(self, chat_id: int) -> None:
        self._unlock(_chat_key(chat_id))

    def lead(self) -> bool:
        """True while this process runs the periodic jobs: it holds their lock, or takes it now. Whether it
        still holds it is asked each time: a lost connection took the lock with it, and another process may
        have it now."""
        if self.leading:
            before = self.connections
            try:
                self.leading = self._holds(JOBS)
            except DBAPIError:
                if self.connections == before:  # not connected again: the database is down
                    raise
                self.leading = False
        if not self.leading:
            self.leading = self._lock(JOBS)
        return self.leading

    def waiting(self, chat_id: int) -> list[Waiting]:
        """The chat's updates in the inbox, in update order, opened."""
        query = text("SELECT update_id, payload FROM inbox_update WHERE chat_id = :chat ORDER BY update_id")
        rows = self._run(lambda: self.c.execute(query, {"chat": chat_id}).all())
        return [
            Waiting(r.update_id, json.loads(seal.unseal(self.c, "inbox_update", "payload", r.update_id, r.payload)))
            for r in rows
        ]

    def chats_waiting(self) -> list[int]:
        """Chats with updates in the inbox, the longest waiting first."""
        query = text("SELECT chat_id FROM inbox_update GROUP BY chat_id ORDER BY min(update_id) LIMIT :n")
        rows = self._run(lambda: self.c.execute(query, {"n": SWEEP_LIMIT}).all())
        return [int(r.chat_id) for r in rows]

    def close(self) -> None:
        """Let go of every lock: the connection is closed, not kept in the pool with the locks on it."""
        self.c.invalidate()
        self.c.close()
