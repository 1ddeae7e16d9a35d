"""The one module that reads and writes the tables.

The per-update path (`Store.transaction` and `Tx`) runs in the bot's single writer thread, one
transaction for the updates that wait together (each update's step all or nothing), on a sync
SQLAlchemy connection. `Tx`'s own statements are plain SQL that
SQLite and PostgreSQL both read, run straight on the connection's DBAPI cursor: SQLAlchemy's execute
costs several times what the database does for these small statements, and they run on every update
(bench/README.md). Everything else (storage/cases.py, the administration below) is SQLAlchemy Core.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, bindparam, delete, func, insert, or_, select, update

from storage import seal
from storage.models import (
    Answer,
    Case,
    Conversation,
    InboxUpdate,
    Membership,
    OutboxMessage,
    Person,
    ProcessedUpdate,
    Worker,
    utcnow,
)

person_t = Person.__table__
worker_t = Worker.__table__
case_t = Case.__table__
membership_t = Membership.__table__
conversation_t = Conversation.__table__
answer_t = Answer.__table__
inbox_t = InboxUpdate.__table__
processed_t = ProcessedUpdate.__table__
outbox_t = OutboxMessage.__table__


# A person is one person whatever the channel: a web person gets a person row like anyone else, so their
# answers, case, alerts and messages take the same path; only their address differs. Telegram user ids are
# positive (the terminal's demo people are small negative numbers), so a web person's address is
# `WEB_ADDRESSES` minus their web account's id: the channel is read from the address itself, with no
# extra query on the Telegram path, and each outbox row is stamped with it, so the Telegram sender takes
# only Telegram rows and a web page reads only its person's own.
WEB_ADDRESSES = -(10**15)
TELEGRAM, WEB = "telegram", "web"
# A web page's messages, read on every page: built once.
_WEB_MINE = (outbox_t.c.channel == WEB) & (outbox_t.c.chat_id == bindparam("address"))
_WEB_PENDING = select(outbox_t).where(_WEB_MINE).order_by(outbox_t.c.id)
_WEB_SEEN = select(outbox_t.c.id).where(_WEB_MINE & (outbox_t.c.id <= bindparam("up_to")))


def web_address(account_id: int) -> int:
    return WEB_ADDRESSES - account_id


def is_web(address: int) -> bool:
    return address <= WEB_ADDRESSES


def channel_of(address: int) -> str:
    return WEB if is_web(address) else TELEGRAM


def clean(text: str) -> str:
    """Text as both databases can store it: PostgreSQL refuses NUL characters, so neither keeps them."""
    return text.replace("\x00", "")


@dataclass(frozen=True)
class PersonRow:
    id: int
    telegram_id: int
    locale: str | None
    telegram_locale: str | None


@dataclass(frozen=True)
class Standing:
    """A person's place: their role and case, and the name of their worker."""

    role: str | None
    case_id: int | None = None
    case_label: str | None = None
    worker_name: str | None = None
    closed_case: str | None = None  # with no role: the label of their case, if it was closed


@dataclass(frozen=True)
class Arrival:
    """What an update needs to know of the person who sent it, read in one statement."""

    person: PersonRow
    standing: Standing
    conversation: dict[str, Any] | None


@dataclass(frozen=True)
class Pending:
    """A stored message waiting: an inbox update or an outbox reply."""

    id: int
    chat_id: int
    payload: dict[str, Any]
    urgent: bool = False  # an outbox row: an alert's message
    attempts: int = 0  # an outbox row: tries so far


# -- the statements of the per-update path ---------------------------------------------------------


class Sql:
    """A statement that SQLite and PostgreSQL both read, with ``:name`` parameters, as each driver takes
    it: sqlite3 reads ``:name``, psycopg ``%(name)s``. ``:now`` is the time it runs."""

    def __init__(self, text: str) -> None:
        pyformat = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", text.replace("%", "%%"))
        self.text = {"sqlite": text, "postgresql": pyformat}
        self.stamped = ":now" in text


# A person, their place and their conversation. Their place: worker if registered; else their part in
# their latest open case, with the name of its first worker now (not of whoever opened it, who may have
# been taken out since); else no role, and the label of the case they were in if it was closed.
_ABOUT_A_PERSON = """
SELECT person.id, person.locale, person.telegram_locale,
       own_worker.name,
       membership.role, "case".id, "case".label, case_worker.name,
       (SELECT c.label FROM "case" AS c JOIN membership AS m ON m.case_id = c.id
         WHERE m.person_id = person.id AND m.left_at IS NULL
         ORDER BY c.closed_at DESC LIMIT 1),
       conversation.state
FROM person
LEFT JOIN worker AS own_worker ON own_worker.person_id = person.id AND own_worker.removed_at IS NULL
LEFT JOIN membership ON membership.id = (
    SELECT m.id FROM membership AS m
      JOIN "case" AS c ON c.id = m.case_id
      JOIN worker AS w ON w.id = c.created_by
     WHERE m.person_id = person.id AND m.left_at IS NULL AND c.closed_at IS NULL
     ORDER BY m.joined_at DESC LIMIT 1)
LEFT JOIN "case" ON "case".id = membership.case_id
LEFT JOIN worker AS case_worker ON case_worker.person_id = (
    SELECT m.person_id FROM membership AS m
     WHERE m.case_id = "case".id AND m.role = 'worker' AND m.left_at IS NULL
     ORDER BY m.joined_at, m.id LIMIT 1)
LEFT JOIN conversation ON conversation.person_id = person.id
"""
ARRIVAL = Sql(_ABOUT_A_PERSON + "WHERE person.telegram_id = :telegram_id")
ABOUT_PERSON = Sql(_ABOUT_A_PERSON + "WHERE person.id = :person_id")
PERSON = Sql("SELECT id, locale, telegram_locale FROM person WHERE telegram_id = :telegram_id")
ADD_PERSON = Sql(
    "INSERT INTO person (telegram_id, telegram_locale, created_at) VALUES (:telegram_id, :telegram_locale, :now)"
    " RETURNING id"
)
SET_TELEGRAM_LOCALE = Sql("UPDATE person SET telegram_locale = :telegram_locale WHERE id = :person_id")
SET_LOCALE = Sql("UPDATE person SET locale = :locale WHERE id = :person_id")
CONVERSATION = Sql("SELECT state FROM conversation WHERE person_id = :person_id")
SAVE_CONVERSATION = Sql(
    "INSERT INTO conversation (person_id, state, updated_at) VALUES (:person_id, :state, :now)"
    " ON CONFLICT (person_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"
)
# Sealed values are bound to their row's id: rows whose id the database gives are inserted first, their
# sealed values written straight after in the same transaction (storage/seal.py).
ADD_ANSWER = Sql(
    "INSERT INTO answer (person_id, case_id, role, topic, value, data, update_id, created_at)"
    " VALUES (:person_id, :case_id, :role, :topic, '', '', :update_id, :now) RETURNING id"
)
SEAL_ANSWER = Sql("UPDATE answer SET value = :value, data = :data WHERE id = :id")
CLAIM = Sql(  # changes no row when the id is stored already
    "INSERT INTO processed_update (update_id, processed_at) VALUES (:update_id, :now)"
    " ON CONFLICT (update_id) DO NOTHING"
)
ADD_OUTBOX = Sql(
    "INSERT INTO outbox_message (chat_id, payload, created_at, attempts, next_attempt_at, urgent, channel)"
    " VALUES (:chat_id, '', :now, 0, :next_attempt_at, :urgent, :channel) RETURNING id"
)
SEAL_OUTBOX = Sql("UPDATE outbox_message SET payload = :payload WHERE id = :id")
# A reply is sent straight after its step commits; the sender loop takes a row only once this has passed
# with the row still there (that send failed, or the bot stopped), so the two never send it at once.
OUTBOX_GRACE = timedelta(seconds=60)
PLACEHOLDER = {"sqlite": "?", "postgresql": "%s"}  # positional, for the deletes by a list of ids
KEEP_PROCESSED = timedelta(days=7)  # how long a processed update's id is kept (see `Store.forget_old_updates`)
IDS_AT_ONCE = 500  # well under SQLite's limit on parameters in one statement


@cache
def _timestamp_for(dialect: Dialect) -> Callable[[datetime], Any]:
    """A timestamp as SQLAlchemy passes it to this database (for SQLite: text in UTC)."""
    process = processed_t.c.processed_at.type.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


class Tx:
    """One transaction: what one update (or a group of updates committed together) reads and writes."""

    def __init__(self, connection: Connection) -> None:
        self.c = connection
        self.dialect = connection.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"no statements for {self.dialect}")
        self._timestamp = _timestamp_for(connection.dialect)
        self._cursor: Any = None
        self._sealer: seal.Sealer | None = None
        self._done_updates: list[int] = []  # inbox rows to delete when the transaction ends
        self._sent: list[int] = []  # outbox rows to delete when the transaction ends

    def seal(self, owner: str, table: str, column: str, row: object, text: str) -> str:
        """``text`` sealed for this row (storage/seal.py)."""
        if self._sealer is None:
            self._sealer = seal.sealer(self.c)
        return self._sealer.seal(self.c, owner, table, column, row, text)

    def unseal(self, table: str, column: str, row: object, sealed: str) -> str:
        if self._sealer is None:
            self._sealer = seal.sealer(self.c)
        return self._sealer.open(self.c, table, column, row, sealed)

    def _state(self, person_id: int, sealed: str) -> dict[str, Any]:
        return json.loads(self.unseal("conversation", "state", person_id, sealed))

    def cursor(self) -> Any:
        """The DBAPI cursor of this transaction's connection (made once)."""
        if self._cursor is None:
            self._cursor = self.c.connection.cursor()
        return self._cursor

    def _run(self, statement: Sql, values: dict[str, Any]) -> Any:
        """Run ``statement`` with ``values`` (``now`` is added to them when it is used) in this transaction,
        straight on the DBAPI cursor, which then holds its rows."""
        if statement.stamped:
            values["now"] = self._timestamp(utcnow())
        cursor = self.cursor()
        cursor.execute(statement.text[self.dialect], values)
        return cursor

    def _delete(self, table: str, column: str, ids: Sequence[int]) -> None:
        """Delete the rows with these ids, a few hundred to a statement."""
        mark = PLACEHOLDER[self.dialect]
        for start in range(0, len(ids), IDS_AT_ONCE):
            chunk = ids[start : start + IDS_AT_ONCE]
            marks = ", ".join([mark] * len(chunk))
            self.cursor().execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", tuple(chunk))

    def finish(self) -> None:
        """Just before the commit: the deletes gathered from every step of the transaction, one statement
        each instead of one per row (`Store.transaction` calls this)."""
        if self._done_updates:
            self._delete("inbox_update", "update_id", self._done_updates)
            self._done_updates = []
        if self._sent:
            self._delete("outbox_message", "id", self._sent)
            self._sent = []

    def claim(self, update_id: int) -> bool:
        """Store the update's id as processed with this transaction; False when a step already did."""
        return self._run(CLAIM, {"update_id": update_id}).rowcount == 1

    def person(self, telegram_id: int, telegram_locale: str | None = None) -> PersonRow:
        """The person with this Telegram id, made on first contact."""
        row = self._run(PERSON, {"telegram_id": telegram_id}).fetchone()
        if row is None:
            return self._new_person(telegram_id, telegram_locale)
        return self._known_person(row[0], telegram_id, row[1], row[2], telegram_locale)

    def _new_person(self, telegram_id: int, telegram_locale: str | None) -> PersonRow:
        values = {"telegram_id": telegram_id, "telegram_locale": telegram_locale}
        (person_id,) = self._run(ADD_PERSON, values).fetchone()
        return PersonRow(person_id, telegram_id, None, telegram_locale)

    def _known_person(
        self, person_id: int, telegram_id: int, locale: str | None, stored: str | None, telegram_locale: str | None
    ) -> PersonRow:
        """A stored person; the language Telegram says they use is kept up to date."""
        if telegram_locale and telegram_locale != stored:
            self._run(SET_TELEGRAM_LOCALE, {"person_id": person_id, "telegram_locale": telegram_locale})
        return PersonRow(person_id, telegram_id, locale, telegram_locale or stored)

    def standing(self, person_id: int) -> Standing:
        """Worker if registered; else their part in their latest open case; else no role."""
        row = self._run(ABOUT_PERSON, {"person_id": person_id}).fetchone()
        return Standing(None) if row is None else _standing(row)

    def known_conversation(self, telegram_id: int) -> dict[str, Any] | None:
        """The conversation of the person with this Telegram id, or None (nobody is made)."""
        row = self._run(PERSON, {"telegram_id": telegram_id}).fetchone()
        return None if row is None else self.conversation(row[0])

    def conversation(self, person_id: int) -> dict[str, Any] | None:
        row = self._run(CONVERSATION, {"person_id": person_id}).fetchone()
        return None if row is None else self._state(person_id, row[0])

    def arrival(self, telegram_id: int, telegram_locale: str | None = None) -> Arrival:
        """`person`, `standing` and `conversation` at once: the person is made on first contact."""
        row = self._run(ARRIVAL, {"telegram_id": telegram_id}).fetchone()
        if row is None:
            return Arrival(self._new_person(telegram_id, telegram_locale), Standing(None), None)
        person_id, locale, stored_telegram_locale, *_, state = row
        person = self._known_person(person_id, telegram_id, locale, stored_telegram_locale, telegram_locale)
        return Arrival(person, _standing(row), None if state is None else self._state(person_id, state))

    def save_conversation(self, person_id: int, state: dict[str, Any]) -> None:
        text = json.dumps(state, ensure_ascii=False)
        sealed = self.seal(seal.person_owner(person_id), "conversation", "state", person_id, text)
        self._run(SAVE_CONVERSATION, {"person_id": person_id, "state": sealed})

    def set_locale(self, person_id: int, locale: str) -> None:
        self._run(SET_LOCALE, {"person_id": person_id, "locale": locale})

    def add_answers(
        self,
        person_id: int,
        standing: Standing,
        answers: Iterable[tuple[str, str, dict[str, Any]]],
        update_id: int | None,
    ) -> list[int]:
        """Store answers; returns their ids, in order."""
        ids = []
        owner = seal.owner_of(standing.case_id, person_id)
        for topic, value, data in answers:
            values = {
                "person_id": person_id,
                "case_id": standing.case_id,
                "role": standing.role,
                "topic": topic,
                "update_id": update_id,
            }
            answer_id = int(self._run(ADD_ANSWER, values).fetchone()[0])
            words = {
                "id": answer_id,
                "value": self.seal(owner, "answer", "value", answer_id, clean(value)),
                "data": self.seal(owner, "answer", "data", answer_id, json.dumps(data, ensure_ascii=False)),
            }
            self._run(SEAL_ANSWER, words)
            ids.append(answer_id)
        return ids

    def add_inbox(self, updates: Sequence[tuple[int, int, dict[str, Any]]]) -> list[int]:
        """Store raw updates (id, chat id, payload), a batch to a statement; returns the ids stored now, not
        those stored already or whose step has committed before."""
        mark = PLACEHOLDER[self.dialect]
        rows = [
            (update_id, chat_id, self.seal(seal.TRANSIT, "inbox_update", "payload", update_id, json.dumps(payload)))
            for update_id, chat_id, payload in updates
        ]
        stored: list[int] = []
        for start in range(0, len(rows), IDS_AT_ONCE // 3):
            chunk = rows[start : start + IDS_AT_ONCE // 3]
            values = ", ".join([f"({mark}, {mark}, {mark})"] * len(chunk))
            cursor = self.cursor()
            cursor.execute(
                "INSERT INTO inbox_update (update_id, chat_id, payload, received_at)"
                f" SELECT v.column1, v.column2, v.column3, {mark} FROM (VALUES {values}) AS v"
                # the WHERE also lets SQLite read ON CONFLICT after INSERT ... SELECT: it needs one there
                " WHERE NOT EXISTS (SELECT 1 FROM processed_update AS p WHERE p.update_id = v.column1)"
                " ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                (self._timestamp(utcnow()), *(value for row in chunk for value in row)),
            )
            stored += [row[0] for row in cursor.fetchall()]
        return sorted(stored)

    def drop_inbox(self, update_id: int) -> None:
        """The raw update is done with: its text goes, with this transaction."""
        self._done_updates.append(update_id)

    def outbox_sent(self, ids: Iterable[int]) -> None:
        """Replies delivered: their rows go, with this transaction."""
        self._sent.extend(ids)

    def outbox(
        self, chat_id: int, payloads: Sequence[dict[str, Any]], *, urgent: bool = False, by_sender: bool = False
    ) -> list[int]:
        """Messages to send to ``chat_id`` once this transaction commits; ``urgent`` for an alert's;
        ``by_sender`` for messages nobody sends straight after the commit (the command line's): the bot's
        sender loop takes them at once."""
        ids = []
        next_attempt_at = self._timestamp(utcnow() + (timedelta(0) if by_sender else OUTBOX_GRACE))
        for payload in payloads:
            values = {
                "chat_id": chat_id,
                "next_attempt_at": next_attempt_at,
                "urgent": urgent,
                "channel": channel_of(chat_id),
            }
            outbox_id = int(self._run(ADD_OUTBOX, values).fetchone()[0])
            text = json.dumps(payload, ensure_ascii=False)
            sealed = self.seal(seal.TRANSIT, "outbox_message", "payload", outbox_id, text)
            self._run(SEAL_OUTBOX, {"id": outbox_id, "payload": sealed})
            ids.append(outbox_id)
        return ids


def _payload(c: Connection, table: str, row: int, sealed: str) -> dict[str, Any]:
    """An inbox or outbox row's payload, opened."""
    opened: dict[str, Any] = json.loads(seal.unseal(c, table, "payload", row, sealed))
    return opened


def web_pending(c: Connection, address: int) -> list[Pending]:
    """A web person's messages not yet done with, oldest first, read on ``c``: what their next page shows."""
    rows = c.execute(_WEB_PENDING, {"address": address}).all()
    return [
        Pending(r.id, r.chat_id, _payload(c, "outbox_message", r.id, r.payload), r.urgent, r.attempts) for r in rows
    ]


def _standing(row: Sequence[Any]) -> Standing:
    """A person's standing from a row of `_ABOUT_A_PERSON`."""
    own_worker, role, case_id, case_label, case_worker, closed_case = row[3:9]
    if own_worker is not None:
        return Standing("worker", worker_name=own_worker)
    if role is None:
        return Standing(None, closed_case=closed_case)
    return Standing(role, case_id, case_label, case_worker)


class Store:
    """The database, for the bot, the terminal and the command line."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._kept = threading.local()  # each thread's connection, kept between its transactions

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One transaction, on the connection this thread keeps: taking one from the pool and giving it
        back for each update costs more than the update's own statements (bench/README.md). After a
        failure the connection goes back to the pool, which checks it, and the next one is fresh."""
        kept: Connection | None = getattr(self._kept, "connection", None)
        if kept is not None and kept.in_transaction():  # a transaction inside another: a connection of its own
            with self.engine.begin() as connection:
                tx = Tx(connection)
                yield tx
                tx.finish()
            return
        connection = self._kept.connection = kept or self.engine.connect()
        try:
            with connection.begin():
                tx = Tx(connection)
                yield tx
                tx.finish()
        except BaseException:
            self._kept.connection = None
            connection.close()
            raise

    # -- inbox and outbox ---------------------------------------------------------------------

    def inbox_add(self, updates: Sequence[tuple[int, int, dict[str, Any]]]) -> list[int]:
        """Store raw updates (id, chat id, payload) and commit; returns the ids that were new: not stored
        already, and not processed before (Telegram may send an update again after a restart)."""
        if not updates:
            return []
        with self.transaction() as tx:
            return tx.add_inbox(updates)

    def inbox_pending(self) -> list[Pending]:
        with self.engine.connect() as c:
            rows = c.execute(select(inbox_t).order_by(inbox_t.c.update_id)).all()
            return [Pending(r.update_id, r.chat_id, _payload(c, "inbox_update", r.update_id, r.payload)) for r in rows]

    def inbox_failed(self, update_id: int) -> int:
        """One more failed try of this update's step, kept (it survives a restart); returns how many there
        have been, or 0 when the update is no longer in the inbox."""
        with self.transaction() as tx:
            row = inbox_t.c.update_id == update_id
            tx.c.execute(update(inbox_t).where(row).values(attempts=inbox_t.c.attempts + 1))
            return int(tx.c.scalar(select(inbox_t.c.attempts).where(row)) or 0)

    def forget_update(self, update_id: int) -> None:
        """An update that asks nothing of us: processed, and its raw text gone."""
        with self.transaction() as tx:
            tx.claim(update_id)
            tx.drop_inbox(update_id)

    def forget_old_updates(self, now: datetime | None = None) -> int:
        """Processed update ids older than `KEEP_PROCESSED` go, so the table does not grow for ever: Telegram
        sends an update again only until it is confirmed, within a day. The newest stays, for the next
        offset. Returns how many went."""
        cutoff = (now or utcnow()) - KEEP_PROCESSED
        newest = select(func.max(processed_t.c.update_id)).scalar_subquery()
        with self.transaction() as tx:
            old = delete(processed_t).where(processed_t.c.processed_at < cutoff, processed_t.c.update_id < newest)
            return int(tx.c.execute(old).rowcount or 0)

    def last_update_id(self) -> int | None:
        """The highest update id stored, processed or not: the next offset to ask Telegram for is one more."""
        with self.engine.connect() as c:
            a = c.scalar(select(func.max(inbox_t.c.update_id)))
            b = c.scalar(select(func.max(processed_t.c.update_id)))
        known = [x for x in (a, b) if x is not None]
        return max(known) if known else None

    def outbox_pending(self) -> list[Pending]:
        with self.engine.connect() as c:
            rows = c.execute(select(outbox_t).where(outbox_t.c.channel == TELEGRAM).order_by(outbox_t.c.id)).all()
            return [
                Pending(r.id, r.chat_id, _payload(c, "outbox_message", r.id, r.payload), r.urgent, r.attempts)
                for r in rows
            ]

    def web_pending(self, address: int) -> list[Pending]:
        """A web person's messages not yet done with, oldest first: what their next page shows."""
        with self.engine.connect() as c:
            return web_pending(c, address)

    def web_seen(self, address: int, up_to: int) -> list[int]:
        """The ids of a web person's messages up to ``up_to`` (those their page showed), without opening them."""
        with self.engine.connect() as c:
            return list(c.execute(_WEB_SEEN, {"address": address, "up_to": up_to}).scalars())

    def outbox_due(
        self, now: datetime | None = None, *, lease: timedelta = OUTBOX_GRACE, limit: int = 50
    ) -> list[Pending]:
        """Outbox rows whose next attempt has come, oldest first, taken for ``lease``: their next attempt is
        moved on by that much and counted, so that nothing else takes them while they are being sent."""
        now = now or utcnow()
        with self.transaction() as tx:
            due = or_(outbox_t.c.next_attempt_at.is_(None), outbox_t.c.next_attempt_at <= now)
            due = due & (outbox_t.c.channel == TELEGRAM)
            # several processes look at once on PostgreSQL: a row another is taking is skipped, not sent twice
            taking = select(outbox_t).where(due).order_by(outbox_t.c.id).limit(limit).with_for_update(skip_locked=True)
            rows = tx.c.execute(taking).all()
            if rows:
                tx.c.execute(
                    update(outbox_t)
                    .where(outbox_t.c.id.in_([r.id for r in rows]))
                    .values(next_attempt_at=now + lease, attempts=outbox_t.c.attempts + 1)
                )
            return [
                Pending(r.id, r.chat_id, _payload(tx.c, "outbox_message", r.id, r.payload), r.urgent, r.attempts + 1)
                for r in rows
            ]

    def outbox_retry(self, outbox_id: int, at: datetime) -> None:
        """An attempt did not deliver the row: the sender tries again at ``at``."""
        with self.transaction() as tx:
            tx.c.execute(update(outbox_t).where(outbox_t.c.id == outbox_id).values(next_attempt_at=at))

    def outbox_done(self, ids: Iterable[int]) -> None:
        with self.transaction() as tx:
            tx.outbox_sent(ids)

    # -- administration -----------------------------------------------------------------------

    def add_worker(self, telegram_id: int, name: str) -> int:
        """Register a worker (or rename one already registered); returns the worker's id."""
        with self.transaction() as tx:
            person = tx.person(telegram_id)
            c = tx.c
            existing = c.execute(select(worker_t.c.id).where(worker_t.c.person_id == person.id)).first()
            if existing is not None:  # a removed worker registered again is a worker again
                c.execute(update(worker_t).where(worker_t.c.id == existing.id).values(name=name, removed_at=None))
                return int(existing.id)
            key = c.execute(
                insert(worker_t).values(person_id=person.id, name=name, added_at=utcnow())
            ).inserted_primary_key
            assert key is not None
            return int(key[0])

    def ensure_case(self, label: str, worker_id: int) -> int:
        """The open case with this label made by this worker, made if missing."""
        with self.transaction() as tx:
            c = tx.c
            row = c.execute(
                select(case_t.c.id).where(
                    case_t.c.label == label, case_t.c.created_by == worker_id, case_t.c.closed_at.is_(None)
                )
            ).first()
            if row is not None:
                return int(row.id)
            key = c.execute(
                insert(case_t).values(label=label, created_by=worker_id, created_at=utcnow())
            ).inserted_primary_key
            assert key is not None
            case_id = int(key[0])
            worker_person = c.scalar(select(worker_t.c.person_id).where(worker_t.c.id == worker_id))
            c.execute(
                insert(membership_t).values(case_id=case_id, person_id=worker_person, role="worker", joined_at=utcnow())
            )
            return case_id

    def ensure_member(self, case_id: int, telegram_id: int, role: str) -> None:
        """Make this Telegram user a member of the case in this role, unless they already are."""
        with self.transaction() as tx:
            person = tx.person(telegram_id)
            c = tx.c
            row = c.execute(
                select(membership_t.c.id).where(
                    membership_t.c.case_id == case_id,
                    membership_t.c.person_id == person.id,
                    membership_t.c.left_at.is_(None),
                )
            ).first()
            if row is None:
                c.execute(
                    insert(membership_t).values(case_id=case_id, person_id=person.id, role=role, joined_at=utcnow())
                )
