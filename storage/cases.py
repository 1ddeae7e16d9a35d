"""Cases, members and invitations, and the one door to what people shared.

Every function takes the open transaction's connection and the person asking (``asker``: a person id),
and checks that person's place in the case itself: a worker acts only on cases they belong to as a
worker; a young person or parent reads only what they wrote. `read_answers` is the only function in
the project that reads answers for anyone, and it writes an audit entry each time it does.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, exists, func, insert, select, update

from storage.models import Alert, AuditEntry, BadCode, Invitation, Notice, utcnow
from storage.repository import answer_t, case_t, clean, is_web, membership_t, person_t, worker_t
from storage.seal import case_owner, seal, unseal

invitation_t = Invitation.__table__
bad_code_t = BadCode.__table__
audit_t = AuditEntry.__table__
notice_t = Notice.__table__
alert_t = Alert.__table__

WORKER = "worker"
NETWORK = "network"  # the family's safety network: like a parent for scaling and help, with a name and a part
FAMILY_ROLES = ("young_person", "parent", NETWORK)
MAX_NAME = 60  # a network member's name or relationship, as the worker writes it
CODE_BYTES = 32  # 256 bits of randomness; 43 characters of A-Z a-z 0-9 _ -
MAX_CODE = 64  # Telegram's limit for a deep-link start parameter
BAD_CODE_WINDOW = timedelta(minutes=10)
BAD_CODE_LIMIT = 5
MAX_LABEL = 60
NOTICE_DELAY = timedelta(minutes=3)  # answers within this time make one notification


class AccessDenied(Exception):
    """The person asking has no right to this: nothing was read or changed."""


@dataclass(frozen=True)
class CaseSummary:
    id: int
    label: str
    new: int  # answers since this worker last looked
    last_activity: datetime | None
    closed: bool = False
    unanswered: int = 0  # urgent alerts nobody has said they are on


@dataclass(frozen=True)
class Member:
    membership_id: int
    role: str
    number: int  # 1, 2, ... within the role, by joining order: "Parent or carer 2"
    worker_name: str | None
    joined_at: datetime
    is_asker: bool
    on_web: bool = False  # they use the web chat, so they have a web secret their worker can reset
    name: str = ""  # a safety network member's name and relationship, as their worker wrote them
    relationship: str = ""


@dataclass(frozen=True)
class OpenInvitation:
    id: int
    role: str
    expires_at: datetime


@dataclass(frozen=True)
class CaseCard:
    id: int
    label: str
    closed: bool
    members: tuple[Member, ...]
    invitations: tuple[OpenInvitation, ...]
    last_activity: datetime | None
    new: int
    alerts: int  # "I don't feel safe" alerts not yet seen
    held: bool = False  # a legal hold: retention does not erase it


@dataclass(frozen=True)
class NewInvitation:
    id: int
    code: str  # shown once, to the worker; only its hash is stored
    role: str
    expires_at: datetime


@dataclass(frozen=True)
class InvitationInfo:
    ref: str  # the code's hash: what a conversation may keep while the person decides
    role: str
    case_label: str
    worker_name: str  # who made the invitation
    workers: tuple[str, ...] = ()  # the names of the case's workers now, who would read what they share
    # why this person cannot take it, though the code works: "member" (they are in this case already) or
    # "worker" (a registered worker, and the invitation is for a young person or parent); the code stays unused
    refused: str | None = None


@dataclass(frozen=True)
class LeftCase:
    """The family case someone left by joining another."""

    case_id: int
    case_label: str
    role: str
    workers: tuple[int, ...]  # the Telegram ids of its workers, to tell them


@dataclass(frozen=True)
class Joined:
    """What joining through an invitation changed, for the messages it makes."""

    case_id: int
    case_label: str
    role: str
    membership_id: int
    number: int  # as on the case card: "Parent or carer 2"
    worker_name: str | None  # the name of the joiner, when they are a registered worker
    workers: tuple[int, ...]  # the Telegram ids of the case's other workers: told who joined
    worker_names: tuple[str, ...]  # the case's workers now, in joining order
    family: tuple[int, ...]  # the Telegram ids of its young people and parents (other than the joiner)
    left: LeftCase | None = None
    name: str = ""  # a safety network member's name and relationship, as the worker wrote them
    relationship: str = ""
    # the joiner's first name as their channel gives it (never checked, never stored: the port adds it)
    display_name: str | None = None


@dataclass(frozen=True)
class SharedAnswer:
    id: int
    role: str
    number: int  # which young person or parent, as on the case card
    topic: str
    value: str
    data: dict[str, Any]
    created_at: datetime
    mine: bool


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    person_id: int
    telegram_id: int | None
    worker_name: str | None
    action: str
    detail: str
    os_user: str | None = None  # who ran it, for an entry made at the command line


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def well_formed(code: str) -> bool:
    """A code as we make them: at most 64 characters of A-Z a-z 0-9 _ -."""
    return 0 < len(code) <= MAX_CODE and all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in code)


# -- membership ------------------------------------------------------------------------------------


def _membership(c: Connection, person_id: int, case_id: int) -> Any:
    """The person's current membership row in an open or closed case, or None."""
    return c.execute(_MEMBERSHIP, {"case_id": case_id, "person_id": person_id}).first()


# Statements run on every step that reads answers or checks a member: built once (bench/README.md).
_MEMBERSHIP = (
    select(membership_t.c.id, membership_t.c.role, membership_t.c.last_read_at, case_t.c.closed_at)
    .join(case_t, case_t.c.id == membership_t.c.case_id)
    .where(
        membership_t.c.case_id == bindparam("case_id"),
        membership_t.c.person_id == bindparam("person_id"),
        membership_t.c.left_at.is_(None),
    )
)


def require_worker(c: Connection, asker: int, case_id: int, *, open_only: bool = True) -> Any:
    """The asker's worker membership of the case, or `AccessDenied`."""
    row = _membership(c, asker, case_id)
    if row is None or row.role != WORKER or (open_only and row.closed_at is not None):
        raise AccessDenied
    return row


def worker_name(c: Connection, person_id: int) -> str | None:
    return c.scalar(select(worker_t.c.name).where(worker_t.c.person_id == person_id))


# -- cases -----------------------------------------------------------------------------------------


def open_case(c: Connection, asker: int, label: str) -> int:
    """A new case with the asker (a registered worker) as its worker."""
    label = clean(label).strip()
    if worker_name(c, asker) is None:
        raise AccessDenied
    if not label or len(label) > MAX_LABEL:
        raise ValueError("label")
    now = utcnow()
    worker_id = c.scalar(select(worker_t.c.id).where(worker_t.c.person_id == asker))
    key = c.execute(insert(case_t).values(label=label, created_by=worker_id, created_at=now)).inserted_primary_key
    assert key is not None
    case_id = int(key[0])
    c.execute(insert(membership_t).values(case_id=case_id, person_id=asker, role=WORKER, joined_at=now))
    return case_id


def _activity(c: Connection, case_ids: Sequence[int]) -> dict[int, datetime]:
    rows = c.execute(
        select(answer_t.c.case_id, func.max(answer_t.c.created_at))
        .where(answer_t.c.case_id.in_(case_ids))
        .group_by(answer_t.c.case_id)
    ).all()
    return {int(r[0]): r[1] for r in rows}


def _new_since(c: Connection, case_id: int, since: datetime | None) -> int:
    query = select(func.count()).select_from(answer_t).where(answer_t.c.case_id == case_id)
    if since is not None:
        query = query.where(answer_t.c.created_at > since)
    return int(c.scalar(query) or 0)


def cases_of(c: Connection, asker: int) -> list[CaseSummary]:
    """The cases the asker works on: the open ones, then the closed ones (kept until they are erased), each
    newest first."""
    rows = c.execute(
        select(case_t.c.id, case_t.c.label, case_t.c.closed_at, membership_t.c.last_read_at)
        .join(membership_t, membership_t.c.case_id == case_t.c.id)
        .where(membership_t.c.person_id == asker, membership_t.c.role == WORKER, membership_t.c.left_at.is_(None))
        .order_by(case_t.c.closed_at.is_not(None), case_t.c.id.desc())
    ).all()
    activity = _activity(c, [r.id for r in rows])
    unanswered = _unanswered(c, [r.id for r in rows])
    return [
        CaseSummary(
            r.id, r.label, _new_since(c, r.id, r.last_read_at), activity.get(r.id), r.closed_at is not None,
            unanswered.get(r.id, 0),
        )
        for r in rows
    ]  # fmt: skip


def _unanswered(c: Connection, case_ids: Sequence[int]) -> dict[int, int]:
    """Each case's urgent alerts that nobody has said they are on."""
    rows = c.execute(
        select(alert_t.c.case_id, func.count())
        .where(alert_t.c.case_id.in_(case_ids), alert_t.c.acknowledged_at.is_(None))
        .group_by(alert_t.c.case_id)
    ).all()
    return {int(r[0]): int(r[1]) for r in rows}


def _members(c: Connection, case_id: int, asker: int) -> tuple[Member, ...]:
    m = membership_t.c
    rows = c.execute(
        select(
            m.id,
            m.role,
            m.person_id,
            m.joined_at,
            worker_t.c.name,
            person_t.c.telegram_id,
            m.name.label("network_name"),
            m.relationship,
        )
        .join(person_t, person_t.c.id == m.person_id)
        .outerjoin(worker_t, worker_t.c.person_id == m.person_id)
        .where(m.case_id == case_id, m.left_at.is_(None))
        .order_by(m.joined_at, m.id)
    ).all()
    numbered = numbers(c, case_id)
    return tuple(
        Member(
            r.id,
            r.role,
            numbered[r.person_id][1],
            r.name,
            r.joined_at,
            r.person_id == asker,
            is_web(r.telegram_id),
            open_words(c, "membership", "name", r.id, r.network_name),
            open_words(c, "membership", "relationship", r.id, r.relationship),
        )
        for r in rows
    )


def open_words(c: Connection, table: str, column: str, row: int, value: str) -> str:
    """A sealed column's words, or "" where nothing was written (every row from before the column was)."""
    return unseal(c, table, column, row, value) if value else ""


def seal_words(c: Connection, case_id: int, table: str, row: int, **words: str) -> None:
    """The worker's words about a network member, sealed with the case's key, bound to ``table``'s ``row``."""
    values = {column: seal(c, case_owner(case_id), table, column, row, text) for column, text in words.items()}
    t = invitation_t if table == "invitation" else membership_t
    c.execute(update(t).where(t.c.id == row).values(**values))


def numbers(c: Connection, case_id: int) -> dict[int, tuple[str, int]]:
    """Each person's role and number in the case, counting everyone who ever joined, in order."""
    rows = c.execute(_NUMBERS, {"case_id": case_id}).all()
    found: dict[int, tuple[str, int]] = {}
    counts: dict[str, int] = {}
    for r in rows:
        if r.person_id not in found:
            counts[r.role] = counts.get(r.role, 0) + 1
            found[r.person_id] = (r.role, counts[r.role])
    return found


_NUMBERS = (
    select(membership_t.c.person_id, membership_t.c.role)
    .where(membership_t.c.case_id == bindparam("case_id"))
    .order_by(membership_t.c.joined_at, membership_t.c.id)
)


def card(c: Connection, asker: int, case_id: int) -> CaseCard:
    """A worker's view of one of their cases: members, open invitations, activity. Marks nothing as read."""
    mine = require_worker(c, asker, case_id, open_only=False)
    case = c.execute(select(case_t.c.label, case_t.c.closed_at, case_t.c.held).where(case_t.c.id == case_id)).one()
    now = utcnow()
    invitations = c.execute(
        select(invitation_t.c.id, invitation_t.c.role, invitation_t.c.expires_at)
        .where(
            invitation_t.c.case_id == case_id,
            invitation_t.c.used_at.is_(None),
            invitation_t.c.revoked_at.is_(None),
            invitation_t.c.expires_at > now,
        )
        .order_by(invitation_t.c.id)
    ).all()
    alert_query = (
        select(func.count())
        .select_from(answer_t)
        .where(answer_t.c.case_id == case_id, answer_t.c.topic == "alert.unsafe")
    )
    if mine.last_read_at is not None:
        alert_query = alert_query.where(answer_t.c.created_at > mine.last_read_at)
    return CaseCard(
        id=case_id,
        label=case.label,
        closed=case.closed_at is not None,
        held=bool(case.held),
        members=_members(c, case_id, asker),
        invitations=tuple(OpenInvitation(r.id, r.role, r.expires_at) for r in invitations),
        last_activity=_activity(c, [case_id]).get(case_id),
        new=_new_since(c, case_id, mine.last_read_at),
        alerts=int(c.scalar(alert_query) or 0),
    )


def close_case(c: Connection, asker: int, case_id: int) -> list[int]:
    """Close the case: it takes no new answers. Returns the Telegram ids of the family members to tell."""
    require_worker(c, asker, case_id)
    now = utcnow()
    c.execute(update(case_t).where(case_t.c.id == case_id).values(closed_at=now))
    c.execute(
        update(invitation_t)
        .where(invitation_t.c.case_id == case_id, invitation_t.c.used_at.is_(None), invitation_t.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    _audit(c, asker, case_id, "close")
    return _family_telegram_ids(c, case_id)


def family_of(c: Connection, asker: int, case_id: int) -> list[int]:
    """The Telegram ids of the young people and parents of the asker's open case, to tell them something."""
    require_worker(c, asker, case_id)
    return _family_telegram_ids(c, case_id)


def _family_telegram_ids(c: Connection, case_id: int) -> list[int]:
    return list(
        c.scalars(
            select(person_t.c.telegram_id)
            .join(membership_t, membership_t.c.person_id == person_t.c.id)
            .where(
                membership_t.c.case_id == case_id,
                membership_t.c.left_at.is_(None),
                membership_t.c.role.in_(FAMILY_ROLES),
            )
        )
    )


def remove_member(c: Connection, asker: int, case_id: int, membership_id: int) -> int | None:
    """A worker takes someone out of their case (not themselves). Returns that person's Telegram id."""
    require_worker(c, asker, case_id)
    row = c.execute(
        select(membership_t.c.person_id, person_t.c.telegram_id)
        .join(person_t, person_t.c.id == membership_t.c.person_id)
        .where(
            membership_t.c.id == membership_id,
            membership_t.c.case_id == case_id,
            membership_t.c.left_at.is_(None),
        )
    ).first()
    if row is None or row.person_id == asker:
        raise AccessDenied
    c.execute(update(membership_t).where(membership_t.c.id == membership_id).values(left_at=utcnow()))
    _audit(c, asker, case_id, "remove member", f"membership {membership_id}")
    return int(row.telegram_id)


def leave(c: Connection, asker: int, case_id: int) -> list[int]:
    """The asker leaves the case. Returns the Telegram ids of its workers, to tell them."""
    row = _membership(c, asker, case_id)
    if row is None:
        raise AccessDenied
    c.execute(update(membership_t).where(membership_t.c.id == row.id).values(left_at=utcnow()))
    return case_workers(c, case_id)


# -- invitations -----------------------------------------------------------------------------------


def invite(
    c: Connection, asker: int, case_id: int, role: str, valid_for: timedelta, *, name: str = "", relationship: str = ""
) -> NewInvitation:
    """A one-time invitation into the asker's case; the code is returned once and stored only as a hash. A
    safety network member's invitation carries the name and relationship the worker wrote (both needed)."""
    if role not in (*FAMILY_ROLES, WORKER):
        raise ValueError("role")
    name, relationship = clean(name).strip()[:MAX_NAME], clean(relationship).strip()[:MAX_NAME]
    if role == NETWORK and not (name and relationship):
        raise ValueError("name")
    require_worker(c, asker, case_id)
    code = secrets.token_urlsafe(CODE_BYTES)
    now = utcnow()
    expires = now + valid_for
    key = c.execute(
        insert(invitation_t).values(
            case_id=case_id, role=role, code_hash=code_hash(code), created_by=asker, created_at=now, expires_at=expires
        )
    ).inserted_primary_key
    assert key is not None
    if role == NETWORK:
        seal_words(c, case_id, "invitation", int(key[0]), name=name, relationship=relationship)
    _audit(c, asker, case_id, "invite", role)
    return NewInvitation(int(key[0]), code, role, expires)


def revoke(c: Connection, asker: int, case_id: int, invitation_id: int) -> None:
    require_worker(c, asker, case_id)
    done = c.execute(
        update(invitation_t)
        .where(
            invitation_t.c.id == invitation_id,
            invitation_t.c.case_id == case_id,
            invitation_t.c.used_at.is_(None),
            invitation_t.c.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )
    if not done.rowcount:
        raise AccessDenied


def slowed_down(c: Connection, person_id: int) -> bool:
    """More than `BAD_CODE_LIMIT` bad codes in the last `BAD_CODE_WINDOW`: stop looking codes up for now."""
    since = utcnow() - BAD_CODE_WINDOW
    count = c.scalar(
        select(func.count()).select_from(bad_code_t).where(bad_code_t.c.person_id == person_id, bad_code_t.c.at > since)
    )
    return int(count or 0) >= BAD_CODE_LIMIT


def _valid(c: Connection, ref: str) -> Any:
    return c.execute(
        select(
            invitation_t.c.id,
            invitation_t.c.case_id,
            invitation_t.c.role,
            invitation_t.c.created_by,
            invitation_t.c.name,
            invitation_t.c.relationship,
            case_t.c.label,
        )
        .join(case_t, case_t.c.id == invitation_t.c.case_id)
        .where(
            invitation_t.c.code_hash == ref,
            invitation_t.c.used_at.is_(None),
            invitation_t.c.revoked_at.is_(None),
            invitation_t.c.expires_at > utcnow(),
            case_t.c.closed_at.is_(None),
        )
    ).first()


def _refusal(c: Connection, person_id: int, case_id: int, role: str) -> str | None:
    """Why this person cannot take an invitation into ``case_id`` as ``role``, or None when they can."""
    if _membership(c, person_id, case_id) is not None:
        return "member"
    if role in FAMILY_ROLES and worker_name(c, person_id) is not None:
        return "worker"  # a worker is never joined as family by mistake
    return None


def look_up(c: Connection, person_id: int, code: str) -> InvitationInfo | None:
    """The invitation a code opens, or None: used, expired, revoked, garbled, unknown or too many tries
    look the same from outside. A bad code is counted against the person. Looking changes nothing else."""
    if slowed_down(c, person_id):
        return None
    row = _valid(c, code_hash(code)) if well_formed(code) else None
    if row is None:
        c.execute(insert(bad_code_t).values(person_id=person_id, at=utcnow()))
        return None
    if row.role == WORKER and worker_name(c, person_id) is None:
        return None  # a co-worker invitation opens only for a registered worker
    return InvitationInfo(
        code_hash(code),
        row.role,
        row.label,
        worker_name(c, row.created_by) or "",
        tuple(worker_names(c, row.case_id)),
        _refusal(c, person_id, row.case_id, row.role),
    )


def accept(c: Connection, person_id: int, ref: str) -> Joined | None:
    """Join through the invitation ``ref`` (the code's hash), or None if it no longer opens or this person
    cannot take it; a refusal changes nothing and leaves the code unused. A person is in one family case at
    a time: joining as family leaves any other (the dialogue has told them so before they chose)."""
    row = _valid(c, ref)
    if row is None or (row.role == WORKER and worker_name(c, person_id) is None):
        return None
    if _refusal(c, person_id, row.case_id, row.role) is not None:
        return None
    now = utcnow()
    done = c.execute(
        update(invitation_t)
        .where(invitation_t.c.id == row.id, invitation_t.c.used_at.is_(None))
        .values(used_at=now, used_by=person_id)
    )
    if not done.rowcount:  # taken by someone else in the meantime: nothing changed
        return None
    left = _leave_family_cases(c, person_id, now) if row.role in FAMILY_ROLES else None
    key = c.execute(
        insert(membership_t).values(case_id=row.case_id, person_id=person_id, role=row.role, joined_at=now)
    ).inserted_primary_key
    assert key is not None
    words = {k: open_words(c, "invitation", k, row.id, getattr(row, k)) for k in ("name", "relationship")}
    if row.role == NETWORK:  # the worker's words about them go with them, sealed again for their membership
        seal_words(c, row.case_id, "membership", int(key[0]), **words)
    telegram_id = c.scalar(select(person_t.c.telegram_id).where(person_t.c.id == person_id))
    return Joined(
        case_id=int(row.case_id),
        case_label=str(row.label),
        role=str(row.role),
        membership_id=int(key[0]),
        number=numbers(c, row.case_id)[person_id][1],
        worker_name=worker_name(c, person_id) if row.role == WORKER else None,
        workers=tuple(t for t in case_workers(c, row.case_id) if t != telegram_id),
        worker_names=tuple(worker_names(c, row.case_id)),
        family=tuple(t for t in _family_telegram_ids(c, row.case_id) if t != telegram_id),
        left=left,
        **words,
    )


def _leave_family_cases(c: Connection, person_id: int, now: datetime) -> LeftCase | None:
    """The person leaves every family case they are in; the open one they left, to tell its workers."""
    was_in = family_case(c, person_id)
    left = None
    if was_in is not None:
        current = _membership(c, person_id, was_in)
        label = c.scalar(select(case_t.c.label).where(case_t.c.id == was_in))
        left = LeftCase(was_in, str(label), str(current.role), tuple(case_workers(c, was_in)))
    c.execute(
        update(membership_t)
        .where(
            membership_t.c.person_id == person_id,
            membership_t.c.left_at.is_(None),
            membership_t.c.role.in_(FAMILY_ROLES),
        )
        .values(left_at=now)
    )
    return left


# -- what people shared ----------------------------------------------------------------------------


ADMINISTRATOR = 0  # the audit's person id for an administrator at the command line
SIGNALS = "prompts"  # the case card's signals, worked out from the answers without showing them


def read_answers(
    c: Connection,
    asker: int | None,
    case_id: int,
    *,
    purpose: str,
    topics: Sequence[str] | None = None,
    audit: bool = True,
    who: dict[int, tuple[str, int]] | None = None,
) -> list[SharedAnswer]:
    """THE door to answers. A worker of the case reads everyone's; anyone else reads only their own;
    ``asker=None`` is an administrator at the command line (``companion export``), who reads everything.
    Every read of other people's answers is written to the audit table with its purpose; ``audit=False``
    only where `check_read` wrote it already (a file a step asked for, drawn after that step committed):
    the reader is checked here all the same. ``who`` is the case's `numbers`, when the caller has read them
    already in this transaction."""
    role, row = _reader(c, asker, case_id)
    everyone = role in (WORKER, "administrator")
    query = _ANSWERS[everyone, topics is not None]
    params: dict[str, Any] = {"case_id": case_id, "person_id": asker, "topics": list(topics or ())}
    rows = c.execute(query, params).all()
    if who is None:
        who = numbers(c, case_id)
    if audit:
        _audit_read(c, asker, case_id, role, purpose, topics)
    if audit and role == WORKER and row is not None and purpose == "read":
        c.execute(update(membership_t).where(membership_t.c.id == row.id).values(last_read_at=utcnow()))
    return [
        SharedAnswer(
            r.id,
            who.get(r.person_id, (r.role or "", 0))[0],
            who.get(r.person_id, (r.role or "", 0))[1],
            r.topic,
            unseal(c, "answer", "value", r.id, r.value),
            json.loads(unseal(c, "answer", "data", r.id, r.data)),
            r.created_at,
            r.person_id == asker,
        )
        for r in rows
    ]


def _answers_query(everyone: bool, by_topic: bool) -> Any:
    query = (
        select(answer_t)
        .where(answer_t.c.case_id == bindparam("case_id"))
        .order_by(answer_t.c.created_at, answer_t.c.id)
    )
    if not everyone:
        query = query.where(answer_t.c.person_id == bindparam("person_id"))
    if by_topic:
        query = query.where(answer_t.c.topic.in_(bindparam("topics", expanding=True)))
    return query


# read_answers' four statements (everyone's answers or the asker's own; all topics or some), built once
_ANSWERS = {
    (everyone, by_topic): _answers_query(everyone, by_topic) for everyone in (True, False) for by_topic in (True, False)
}


def check_read(
    c: Connection, asker: int | None, case_id: int, *, purpose: str, topics: Sequence[str] | None = None
) -> None:
    """`read_answers`' check of the reader, and its audit entry, without the reading: for a file a step
    asks for, drawn after the step has committed (which then reads with ``audit=False``). Raises
    `AccessDenied` as `read_answers` would."""
    role, _ = _reader(c, asker, case_id)
    _audit_read(c, asker, case_id, role, purpose, topics)


def _reader(c: Connection, asker: int | None, case_id: int) -> tuple[str, Any]:
    """The asker's role in the case ("administrator" for None, "former" for a member who left) and their
    membership row; `AccessDenied` for anyone else, or a case that does not exist."""
    row = None
    if asker is None:
        role = "administrator"
    else:
        row = _membership(c, asker, case_id)
        if row is not None:
            role = row.role
        elif c.scalar(_WAS_MEMBER, {"case_id": case_id, "person_id": asker}):
            role = "former"  # a former member still sees their own words
        else:
            raise AccessDenied
    if row is None and c.scalar(_CASE_EXISTS, {"case_id": case_id}) == 0:  # a membership row has its case
        raise AccessDenied
    return str(role), row


_WAS_MEMBER = (
    select(func.count())
    .select_from(membership_t)
    .where(membership_t.c.case_id == bindparam("case_id"), membership_t.c.person_id == bindparam("person_id"))
)
_CASE_EXISTS = select(func.count()).select_from(case_t).where(case_t.c.id == bindparam("case_id"))


def _audit_read(
    c: Connection, asker: int | None, case_id: int, role: str, purpose: str, topics: Sequence[str] | None
) -> None:
    # A reading of other people's words, shown or given to someone, is audited. The case card's signals
    # ("prompts": no answer in three weeks, scores flat) are worked out from the answers without showing
    # any of them, on every drawing of the card: no entry, or each press on the card would write one.
    if purpose == SIGNALS:
        return
    if role in (WORKER, "administrator"):
        _audit(c, ADMINISTRATOR if asker is None else asker, case_id, purpose, ",".join(topics) if topics else "all")


def os_user() -> str:
    """The operating-system user this process runs as: the command line's entries name them."""
    try:
        return getpass.getuser()[:64]
    except (OSError, KeyError):  # no login name, and none in the environment
        return "unknown"


def _audit(c: Connection, person_id: int, case_id: int, action: str, detail: str = "") -> None:
    """One audit entry. The administrator's (the command line's) names the operating-system user too."""
    by = os_user() if person_id == ADMINISTRATOR else None
    c.execute(
        insert(audit_t).values(
            person_id=person_id, case_id=case_id, action=action, detail=detail[:200], at=utcnow(), os_user=by
        )
    )


def audit_trail(c: Connection, case_id: int) -> list[AuditLine]:
    """Everything the audit table holds for a case, oldest first (for administrators, not in the bot)."""
    rows = c.execute(
        select(audit_t, person_t.c.telegram_id, worker_t.c.name)
        .outerjoin(person_t, person_t.c.id == audit_t.c.person_id)
        .outerjoin(worker_t, and_(worker_t.c.person_id == audit_t.c.person_id))
        .where(audit_t.c.case_id == case_id)
        .order_by(audit_t.c.at, audit_t.c.id)
    ).all()
    return [AuditLine(r.at, r.person_id, r.telegram_id, r.name, r.action, r.detail, r.os_user) for r in rows]


def family_case(c: Connection, person_id: int) -> int | None:
    """The open case a young person or parent is in, if any."""
    return c.scalar(_FAMILY_CASE, {"person_id": person_id})


_FAMILY_CASE = (
    select(membership_t.c.case_id)
    .join(case_t, case_t.c.id == membership_t.c.case_id)
    .where(
        membership_t.c.person_id == bindparam("person_id"),
        membership_t.c.left_at.is_(None),
        membership_t.c.role.in_(FAMILY_ROLES),
        case_t.c.closed_at.is_(None),
    )
    .order_by(membership_t.c.joined_at.desc())
    .limit(1)
)


# -- telling workers that something new was shared ----------------------------------------------------


@dataclass(frozen=True)
class DueNotice:
    case_id: int
    case_label: str
    person_id: int
    telegram_id: int


def note_new_answers(c: Connection, case_id: int, now: datetime | None = None, delay: timedelta = NOTICE_DELAY) -> None:
    """Something was shared in the case: each of its workers gets one notice, due a little later, unless
    one is already waiting (so several answers make one message)."""
    now = now or utcnow()
    for person_id in c.scalars(_WORKERS_NOT_WAITING, {"case_id": case_id}).all():
        c.execute(_ADD_NOTICE, {"case_id": case_id, "person_id": person_id, "due_at": now + delay})


# note_new_answers runs with every answer shared in a case: its statement is built once, and is one look
# (the case's workers with no notice waiting), so that the usual step, a notice already waiting, adds one read.
_WORKERS_NOT_WAITING = select(membership_t.c.person_id).where(
    membership_t.c.case_id == bindparam("case_id"),
    membership_t.c.role == WORKER,
    membership_t.c.left_at.is_(None),
    ~exists().where(
        notice_t.c.case_id == membership_t.c.case_id,
        notice_t.c.person_id == membership_t.c.person_id,
        notice_t.c.sent_at.is_(None),
    ),
)
_ADD_NOTICE = insert(notice_t)


def take_due_notices(c: Connection, now: datetime | None = None) -> list[DueNotice]:
    """The notices due by ``now``, marked sent (the caller puts their messages in the outbox in the same
    transaction). A worker who has left the case since is not told."""
    now = now or utcnow()
    rows = c.execute(
        select(notice_t.c.id, notice_t.c.case_id, notice_t.c.person_id, case_t.c.label, person_t.c.telegram_id)
        .join(case_t, case_t.c.id == notice_t.c.case_id)
        .join(person_t, person_t.c.id == notice_t.c.person_id)
        .where(notice_t.c.sent_at.is_(None), notice_t.c.due_at <= now)
        .order_by(notice_t.c.due_at)
    ).all()
    if rows:
        c.execute(update(notice_t).where(notice_t.c.id.in_([r.id for r in rows])).values(sent_at=now))
    return [
        DueNotice(r.case_id, r.label, r.person_id, r.telegram_id)
        for r in rows
        if _membership(c, r.person_id, r.case_id) is not None
    ]


def case_workers(c: Connection, case_id: int) -> list[int]:
    """The Telegram ids of the case's workers, to tell them something."""
    return list(
        c.scalars(
            select(person_t.c.telegram_id)
            .join(membership_t, membership_t.c.person_id == person_t.c.id)
            .where(membership_t.c.case_id == case_id, membership_t.c.left_at.is_(None), membership_t.c.role == WORKER)
        )
    )


def worker_names(c: Connection, case_id: int) -> list[str]:
    """The names of the case's workers now, in the order they joined: who reads what the family shares."""
    return list(
        c.scalars(
            select(worker_t.c.name)
            .join(membership_t, membership_t.c.person_id == worker_t.c.person_id)
            .where(membership_t.c.case_id == case_id, membership_t.c.left_at.is_(None), membership_t.c.role == WORKER)
            .order_by(membership_t.c.joined_at, membership_t.c.id)
        )
    )


# -- a person's own rights: a copy of what they shared, who read it, being forgotten ---------------------


@dataclass(frozen=True)
class OwnAnswer:
    id: int
    case_id: int | None  # None: kept when they were in no case
    topic: str
    value: str
    data: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class Reading:
    """A time someone else read or copied what this person shared: by whom (their part, never their name),
    what they did ("read", "export", "chart") and when."""

    by: str  # "worker" or "administrator"
    action: str
    at: datetime


OWN_COPY = "own copy"  # the audit's action when a person takes a copy of what they shared
READINGS = ("read", "export", "chart")


def own_answers(c: Connection, asker: int) -> list[OwnAnswer]:
    """Everything the asker shared themselves, in every case they were in and in none, oldest first:
    only their own rows (never what others wrote about them). Write `note_own_copy` in the step that asks."""
    rows = c.execute(
        select(answer_t).where(answer_t.c.person_id == asker).order_by(answer_t.c.created_at, answer_t.c.id)
    ).all()
    return [
        OwnAnswer(
            r.id,
            r.case_id,
            r.topic,
            unseal(c, "answer", "value", r.id, r.value),
            json.loads(unseal(c, "answer", "data", r.id, r.data)),
            r.created_at,
        )
        for r in rows
    ]


def note_own_copy(c: Connection, asker: int) -> None:
    """The audit entry for a person taking a copy of what they shared: in each case they shared in (so the
    case's trail shows it), or under case 0 when they shared in none."""
    case_ids = own_cases(c, asker)
    for case_id in case_ids or [0]:
        _audit(c, asker, case_id, OWN_COPY)


def own_cases(c: Connection, person_id: int) -> list[int]:
    return [
        int(i)
        for i in c.scalars(
            select(answer_t.c.case_id)
            .where(answer_t.c.person_id == person_id, answer_t.c.case_id.is_not(None))
            .group_by(answer_t.c.case_id)
        )
    ]


def readings_of(c: Connection, person_id: int, chart_topics: Sequence[str] = ()) -> list[Reading]:
    """When others read or copied what this person shared, oldest first: the audit's reads and exports of
    each case they shared in, from their first answer there on (before it, nothing of theirs was read);
    a chart only when they gave a number on its scale (``chart_topics``). Their own readings are not listed."""
    found: list[Reading] = []
    for case_id in own_cases(c, person_id):
        first = c.scalar(
            select(func.min(answer_t.c.created_at)).where(
                answer_t.c.person_id == person_id, answer_t.c.case_id == case_id
            )
        )
        actions = list(READINGS)
        scored = c.scalar(
            select(func.count())
            .select_from(answer_t)
            .where(
                answer_t.c.person_id == person_id,
                answer_t.c.case_id == case_id,
                answer_t.c.topic.in_(list(chart_topics) or [""]),
            )
        )
        if not scored:
            actions.remove("chart")
        rows = c.execute(
            select(audit_t.c.person_id, audit_t.c.action, audit_t.c.at).where(
                audit_t.c.case_id == case_id,
                audit_t.c.action.in_(actions),
                audit_t.c.person_id != person_id,
                audit_t.c.at >= first,
            )
        ).all()
        found += [Reading("administrator" if r.person_id == ADMINISTRATOR else WORKER, r.action, r.at) for r in rows]
    return sorted(found, key=lambda r: r.at)


def asked_to_forget(c: Connection, asker: int) -> tuple[int, int, str, list[int]] | None:
    """A young person or parent in an open case asked to be forgotten: nothing is deleted (what they shared
    is part of their social care record), the request is audited, and their number, the case and its
    workers' Telegram ids come back, to tell the workers. None when they are in no open case."""
    case_id = family_case(c, asker)
    if case_id is None:
        return None
    _audit(c, asker, case_id, "asked to forget")
    number = numbers(c, case_id).get(asker, ("", 0))[1]
    label = str(c.scalar(select(case_t.c.label).where(case_t.c.id == case_id)))
    return case_id, number, label, case_workers(c, case_id)
