"""The one module that reads and writes the tables.

The per-update path (`Store.transaction` and `Tx`) uses SQLAlchemy Core on a sync connection: it runs
in the bot's single writer thread, one transaction per update, and costs far less than an ORM session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

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
class Pending:
    """A stored message waiting: an inbox update or an outbox reply."""

    id: int
    chat_id: int
    payload: dict[str, Any]


class Tx:
    """One transaction: everything a single update reads and writes."""

    def __init__(self, connection: Connection) -> None:
        self.c = connection

    def seen(self, update_id: int) -> bool:
        found = self.c.execute(select(processed_t.c.update_id).where(processed_t.c.update_id == update_id))
        return found.first() is not None

    def person(self, telegram_id: int, telegram_locale: str | None = None) -> PersonRow:
        """The person with this Telegram id, made on first contact."""
        row = self.c.execute(
            select(person_t.c.id, person_t.c.locale, person_t.c.telegram_locale).where(
                person_t.c.telegram_id == telegram_id
            )
        ).first()
        if row is None:
            new_id = self.c.execute(
                insert(person_t).values(telegram_id=telegram_id, telegram_locale=telegram_locale, created_at=utcnow())
            ).inserted_primary_key
            assert new_id is not None
            return PersonRow(new_id[0], telegram_id, None, telegram_locale)
        if telegram_locale and telegram_locale != row.telegram_locale:
            self.c.execute(update(person_t).where(person_t.c.id == row.id).values(telegram_locale=telegram_locale))
        return PersonRow(row.id, telegram_id, row.locale, telegram_locale or row.telegram_locale)

    def standing(self, person_id: int) -> Standing:
        """Worker if registered; else their part in their latest open case; else no role."""
        worker = self.c.execute(select(worker_t.c.name).where(worker_t.c.person_id == person_id)).first()
        if worker is not None:
            return Standing("worker", worker_name=worker.name)
        row = self.c.execute(
            select(membership_t.c.role, case_t.c.id, case_t.c.label, worker_t.c.name)
            .join(case_t, case_t.c.id == membership_t.c.case_id)
            .join(worker_t, worker_t.c.id == case_t.c.created_by)
            .where(
                membership_t.c.person_id == person_id,
                membership_t.c.left_at.is_(None),
                case_t.c.closed_at.is_(None),
            )
            .order_by(membership_t.c.joined_at.desc())
            .limit(1)
        ).first()
        if row is None:
            closed = self.c.execute(
                select(case_t.c.label)
                .join(membership_t, membership_t.c.case_id == case_t.c.id)
                .where(membership_t.c.person_id == person_id, membership_t.c.left_at.is_(None))
                .order_by(case_t.c.closed_at.desc())
                .limit(1)
            ).first()
            return Standing(None, closed_case=closed.label if closed else None)
        return Standing(row.role, row.id, row.label, row.name)

    def conversation(self, person_id: int) -> dict[str, Any] | None:
        row = self.c.execute(select(conversation_t.c.state).where(conversation_t.c.person_id == person_id)).first()
        return None if row is None else json.loads(row.state)

    def save_conversation(self, person_id: int, state: dict[str, Any]) -> None:
        values = {"person_id": person_id, "state": json.dumps(state, ensure_ascii=False), "updated_at": utcnow()}
        self.c.execute(_upsert(self.c, conversation_t, values, ["person_id"], ["state", "updated_at"]))

    def set_locale(self, person_id: int, locale: str) -> None:
        self.c.execute(update(person_t).where(person_t.c.id == person_id).values(locale=locale))

    def add_answers(
        self,
        person_id: int,
        standing: Standing,
        answers: Iterable[tuple[str, str, dict[str, Any]]],
        update_id: int | None,
    ) -> None:
        rows = [
            {
                "person_id": person_id,
                "case_id": standing.case_id,
                "role": standing.role,
                "topic": topic,
                "value": clean(value),
                "data": json.dumps(data, ensure_ascii=False),
                "update_id": update_id,
                "created_at": utcnow(),
            }
            for topic, value, data in answers
        ]
        if rows:
            self.c.execute(insert(answer_t), rows)

    def processed(self, update_id: int) -> None:
        """The update's step is in this transaction: forget its raw text, remember its id."""
        self.c.execute(insert(processed_t).values(update_id=update_id, processed_at=utcnow()))
        self.drop_inbox(update_id)

    def drop_inbox(self, update_id: int) -> None:
        """The raw update is done with: its text goes."""
        self.c.execute(delete(inbox_t).where(inbox_t.c.update_id == update_id))

    def outbox_sent(self, ids: Iterable[int]) -> None:
        """Replies delivered: their rows go."""
        ids = list(ids)
        if ids:
            self.c.execute(delete(outbox_t).where(outbox_t.c.id.in_(ids)))

    def outbox(self, chat_id: int, payloads: Sequence[dict[str, Any]]) -> list[int]:
        ids = []
        for payload in payloads:
            key = self.c.execute(
                insert(outbox_t).values(
                    chat_id=chat_id, payload=json.dumps(payload, ensure_ascii=False), created_at=utcnow()
                )
            ).inserted_primary_key
            assert key is not None
            ids.append(int(key[0]))
        return ids


def _upsert(c: Connection, table: Any, values: dict[str, Any], keys: list[str], changing: list[str]) -> Any:
    dialect = c.dialect.name
    if dialect == "postgresql":
        stmt = postgresql.insert(table).values(**values)
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).values(**values)
    else:
        raise NotImplementedError(f"no upsert for {dialect}")
    return stmt.on_conflict_do_update(index_elements=keys, set_={k: stmt.excluded[k] for k in changing})


class Store:
    """The database, for the bot, the terminal and the command line."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self.engine.begin() as connection:
            yield Tx(connection)

    # -- inbox and outbox ---------------------------------------------------------------------

    def inbox_add(self, updates: Sequence[tuple[int, int, dict[str, Any]]]) -> list[int]:
        """Store raw updates (id, chat id, payload) and commit; returns the ids that were new."""
        if not updates:
            return []
        ids = [u[0] for u in updates]
        with self.engine.begin() as c:
            known = set(c.scalars(select(inbox_t.c.update_id).where(inbox_t.c.update_id.in_(ids))))
            fresh = [u for u in updates if u[0] not in known]
            if fresh:
                c.execute(
                    insert(inbox_t),
                    [
                        {"update_id": uid, "chat_id": chat, "payload": clean(json.dumps(p)), "received_at": utcnow()}
                        for uid, chat, p in fresh
                    ],
                )
        return [u[0] for u in fresh]

    def inbox_pending(self) -> list[Pending]:
        with self.engine.connect() as c:
            rows = c.execute(select(inbox_t).order_by(inbox_t.c.update_id)).all()
        return [Pending(r.update_id, r.chat_id, json.loads(r.payload)) for r in rows]

    def forget_update(self, update_id: int) -> None:
        """An update that asks nothing of us: processed, and its raw text gone."""
        with self.transaction() as tx:
            if tx.seen(update_id):
                tx.drop_inbox(update_id)
            else:
                tx.processed(update_id)

    def last_update_id(self) -> int | None:
        """The highest update id stored, processed or not: the next offset to ask Telegram for is one more."""
        with self.engine.connect() as c:
            a = c.scalar(select(func.max(inbox_t.c.update_id)))
            b = c.scalar(select(func.max(processed_t.c.update_id)))
        known = [x for x in (a, b) if x is not None]
        return max(known) if known else None

    def outbox_pending(self) -> list[Pending]:
        with self.engine.connect() as c:
            rows = c.execute(select(outbox_t).order_by(outbox_t.c.id)).all()
        return [Pending(r.id, r.chat_id, json.loads(r.payload)) for r in rows]

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
            if existing is not None:
                c.execute(update(worker_t).where(worker_t.c.id == existing.id).values(name=name))
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
