"""The tables. SQLModel classes give the schema, Alembic's migrations and readable queries off the
hot path; storage/repository.py is the one place that reads and writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import BigInteger, Column, Index, Integer, Text, false
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Person(SQLModel, table=True):
    """Anyone who talks to the bot, known by their address: a Telegram user id (positive), or for someone
    on the web chat an address below `storage.repository.WEB_ADDRESSES` made from their `WebAccount`'s id.
    The column keeps its name so that every existing row, query and index stays as it was."""

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_column=Column(BigInteger, unique=True, nullable=False))
    locale: str | None = Field(default=None, max_length=16, description="the language they chose")
    telegram_locale: str | None = Field(default=None, max_length=16)
    created_at: datetime = Field(default_factory=utcnow)


class Worker(SQLModel, table=True):
    """A social worker, registered by an administrator."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", unique=True)
    name: str = Field(max_length=200)
    added_at: datetime = Field(default_factory=utcnow)
    duty: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": false()},
        description="a duty contact: escalated alerts from every case reach them",
    )
    removed_at: datetime | None = Field(
        default=None, description="taken off the service (companion worker remove): no longer a worker anywhere"
    )
    manager: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": false()},
        description="a manager: sees the service's practice report (/practice), with no names and no cases",
    )


class Case(SQLModel, table=True):
    """A family's case, under a pseudonymous label."""

    id: int | None = Field(default=None, primary_key=True)
    label: str = Field(max_length=100)
    created_by: int = Field(foreign_key="worker.id")
    created_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = None
    held: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": false()},
        description="a legal hold: never erased by retention while held (companion case hold)",
    )
    retention_told: int | None = Field(
        default=None, description="the last reminder of its erasure its workers got: days before (14, then 1)"
    )


class Membership(SQLModel, table=True):
    """A person's part in a case: young person, parent, safety network or worker."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=20)
    joined_at: datetime = Field(default_factory=utcnow)
    left_at: datetime | None = None
    last_read_at: datetime | None = Field(default=None, description="a worker's last look at what was shared")
    # a safety network member: their name and relationship, and their part of the safety plan, in the
    # worker's words (sealed with the case's key)
    name: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    relationship: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    part: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    story_drafter: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": false()},
        description="a parent the worker allows to draft the case's words-and-pictures story",
    )


class Conversation(SQLModel, table=True):
    """Where a person's conversation stands (JSON of dialogues.engine.Conversation)."""

    person_id: int = Field(foreign_key="person.id", primary_key=True)
    state: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class Answer(SQLModel, table=True):
    """Something a person shared: their words or number, about a topic, in a case."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    role: str | None = Field(default=None, max_length=20)
    topic: str = Field(max_length=100)
    value: str = Field(sa_column=Column(Text, nullable=False))
    data: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))
    update_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    created_at: datetime = Field(default_factory=utcnow)


class Media(SQLModel, table=True):
    """A picture or voice note a young person put in a house, or a picture on a page of the case's story: its
    bytes sealed with the case's data key (bound to media.content.<id>), pictures re-encoded without their
    metadata. The house's answer row names it in its data, or a story version its page; erasing the case
    deletes it with the answers."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=10, description="picture or voice")
    mime: str = Field(max_length=40, description="image/jpeg, image/png, image/webp, audio/ogg, audio/mp4, audio/webm")
    seconds: int = Field(default=0, description="a voice note's length")
    content: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class InboxUpdate(SQLModel, table=True):
    """A Telegram update stored before it is confirmed to Telegram, until it is processed."""

    __tablename__ = "inbox_update"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    received_at: datetime = Field(default_factory=utcnow)
    # steps tried and failed: after `bot.telegram_app.STEP_TRIES` the update is given up (answered kindly,
    # its id kept as processed, its payload gone), so it is never replayed after the person's later messages
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class ProcessedUpdate(SQLModel, table=True):
    """An update whose step has committed: seen again, it changes nothing."""

    __tablename__ = "processed_update"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    processed_at: datetime = Field(default_factory=utcnow)


class OutboxMessage(SQLModel, table=True):
    """A reply committed with its step and not yet sent."""

    __tablename__ = "outbox_message"
    # a web person's page reads their own rows
    __table_args__ = (Index("ix_outbox_message_channel_chat_id", "channel", "chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    attempts: int = Field(
        default=0, sa_column_kwargs={"server_default": "0"}, description="tries that did not deliver it"
    )
    next_attempt_at: datetime | None = Field(default=None, index=True, description="when the sender tries again")
    urgent: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": false()},
        description="an alert: a timeout counts as not delivered",
    )
    channel: str = Field(
        default="telegram",
        max_length=10,
        sa_column_kwargs={"server_default": "telegram"},
        description="what carries it: telegram (the sender sends it) or web (shown on the person's next page)",
    )


class Invitation(SQLModel, table=True):
    """A one-time invitation into a case: only the hash of its code is kept."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    role: str = Field(max_length=20)
    code_hash: str = Field(max_length=64, unique=True)
    created_by: int = Field(foreign_key="person.id")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None
    used_by: int | None = Field(default=None, foreign_key="person.id")
    revoked_at: datetime | None = None
    # a safety network member's name and relationship as the worker wrote them ("Jo", "Mum's friend"), sealed
    name: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    relationship: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


class BadCode(SQLModel, table=True):
    """A code that did not open an invitation: counted to slow down guessing."""

    __tablename__ = "bad_code"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Who read or exported what of which case, and when. No foreign keys: it outlives what it names."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(index=True)
    case_id: int = Field(index=True)
    action: str = Field(max_length=40)
    detail: str = Field(default="", max_length=200)
    at: datetime = Field(default_factory=utcnow)
    os_user: str | None = Field(
        default=None, max_length=64, description="the operating-system user, for an entry made at the command line"
    )


class PracticeMark(SQLModel, table=True):
    """A worker's practice, for the service's practice report: a practice-guide check (``what``: the aim's
    number) or a prompt dismissed (``what``: the rule's id), with its time. Never any words."""

    __tablename__ = "practice_mark"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    kind: str = Field(max_length=20, description="aim_check, prompt_raised or prompt_dismissed")
    what: str | None = Field(default=None, max_length=40, description="None for one kept before marks were")
    at: datetime = Field(default_factory=utcnow, index=True)


class Notice(SQLModel, table=True):
    """A worker to be told that someone in their case shared something: one per case and worker at a
    time, sent when due, so that several answers in a few minutes make one message."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id")
    due_at: datetime = Field(index=True)
    sent_at: datetime | None = None


class SafetyPlan(SQLModel, table=True):
    """A case's safety goal and scale, in the worker's words, and how often parents are asked to check in."""

    __tablename__ = "safety_plan"

    case_id: int = Field(foreign_key="case.id", primary_key=True)
    goal: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    ten_means: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    zero_means: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    rhythm: str = Field(default="off", max_length=20, description="weekly, fortnightly, visit or off")
    visit_on: date | None = None
    time_zone: str = Field(default="Europe/London", max_length=60)
    updated_at: datetime = Field(default_factory=utcnow)


class Reminder(SQLModel, table=True):
    """When a parent or carer is next reminded to check in; paused by them if they wish."""

    membership_id: int = Field(foreign_key="membership.id", primary_key=True)
    next_at: datetime | None = Field(default=None, index=True)
    paused: bool = False
    last_sent_at: datetime | None = None


class Alert(SQLModel, table=True):
    """Someone in a case may not be safe: raised, delivered to each worker (`AlertDelivery`), acknowledged
    by the first who presses "I'm on it", escalated to every worker of the case and the duty workers when
    nobody has by ``escalate_at``."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id", description="who raised it")
    role: str = Field(max_length=20, description="their part in the case when they raised it")
    how: str = Field(max_length=40, description="button, command, words...")
    answer_id: int | None = Field(default=None, foreign_key="answer.id", description="the answer that raised it")
    raised_at: datetime = Field(default_factory=utcnow)
    escalate_at: datetime | None = Field(default=None, index=True)
    escalated_at: datetime | None = None
    acknowledged_by: int | None = Field(default=None, foreign_key="person.id")
    acknowledged_at: datetime | None = None


class AlertDelivery(SQLModel, table=True):
    """An alert's message to one worker: its outbox row until Telegram has it, then when it was delivered,
    or refused (they blocked the bot, or left Telegram)."""

    __tablename__ = "alert_delivery"

    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    person_id: int = Field(foreign_key="person.id")
    escalated: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}, description="sent when the alert was escalated"
    )
    outbox_id: int | None = Field(default=None, index=True, description="no foreign key: the row goes when sent")
    created_at: datetime = Field(default_factory=utcnow)
    delivered_at: datetime | None = None
    refused_at: datetime | None = None


class WebAccount(SQLModel, table=True):
    """A person on the web chat: their PIN's slow hash (scrypt) and its wrong tries. Their person row's
    address is `storage.repository.web_address` of this id."""

    __tablename__ = "web_account"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", unique=True)
    pin_hash: str | None = Field(default=None, max_length=200)
    wrong_tries: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class WebSession(SQLModel, table=True):
    """A browser's session on the web chat: only the hash of its cookie is kept. ``signed_in`` is False
    until the PIN is given in it (or chosen); idle for long, the PIN is asked again."""

    __tablename__ = "web_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    account_id: int = Field(foreign_key="web_account.id", index=True)
    csrf: str = Field(max_length=64)
    signed_in: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_at: datetime = Field(default_factory=utcnow)
    last_seen: datetime = Field(default_factory=utcnow)


class WebLink(SQLModel, table=True):
    """A worker's one-time link to sign in on the web chat (`companion worker web-link`): only its hash is
    kept; it works once, for a short time, and then their PIN is asked."""

    __tablename__ = "web_link"

    token_hash: str = Field(primary_key=True, max_length=64)
    person_id: int = Field(foreign_key="person.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class Story(SQLModel, table=True):
    """One version of a case's "words and pictures" story: the worker's explanation for a young person,
    page by page, of what happened, who was worried and why, and what everyone does now to keep them safe.
    Each save of a draft is a new version; approval marks one. ``pages`` is a JSON list of pages, each
    ``{"words": ..., "picture": <media id> or null}`` (a picture is a `Media` row of the case), sealed with the
    case's key."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    version: int = Field(description="1 for a case's first saved draft, then one more for each save")
    pages: str = Field(sa_column=Column(Text, nullable=False))
    written_by: int = Field(foreign_key="person.id")
    written_at: datetime = Field(default_factory=utcnow)
    approved_at: datetime | None = Field(default=None, description="when a worker approved this version")
