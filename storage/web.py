"""Web accounts and sessions of the web chat: who a browser is, and their secret (a PIN, or three pictures
in order).

Only slow hashes of secrets (scrypt) and plain hashes of session tokens are kept. A web person is a person
row like anyone else (see `storage.repository.web_address`), made here with their account.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from storage.cases import (
    FAMILY_ROLES,
    WORKER,
    AccessDenied,
    _audit,
    code_hash,
    require_worker,
    worker_name,
    worker_names,
)
from storage.models import Case, Invitation, Membership, Person, WebAccount, WebLink, WebSession, Worker, utcnow
from storage.repository import web_address

account_t = WebAccount.__table__
session_t = WebSession.__table__
person_t = Person.__table__
invitation_t = Invitation.__table__
case_t = Case.__table__
membership_t = Membership.__table__
link_t = WebLink.__table__
worker_t = Worker.__table__

LINK_VALID = timedelta(minutes=15)  # a worker's one-time sign-in link
IDLE = timedelta(minutes=15)  # a session idle this long asks for the PIN again
SEEN_EVERY = timedelta(seconds=30)  # a session's last sight is written at most this often (idle is told to that)
LOCK = timedelta(minutes=15)  # how long five wrong PINs lock the chat
WRONG_TRIES = 5
# scrypt at n=2**14, r=8, p=1 takes 16 MiB and some tens of milliseconds: slow for a guesser
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


PIN, PICTURES = "pin", "pictures"  # the kinds of secret; a pictures secret's hash is marked as such


def secret_kind(stored: str | None) -> str | None:
    if stored is None:
        return None
    return PICTURES if stored.startswith(PICTURES + "$") else PIN


def hash_secret(kind: str, secret: str) -> str:
    return hash_pin(secret) if kind == PIN else f"{PICTURES}${hash_pin(secret)}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` (or a pictures secret, as its ids) is the one ``stored`` is the hash of."""
    _, n, r, p, salt, digest = stored.removeprefix(PICTURES + "$").split("$")
    given = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(given.hex(), digest)


def good_pin(pin: str) -> bool:
    return 4 <= len(pin) <= 6 and pin.isascii() and pin.isdigit()


WORKER_PIN = 6  # a worker's PIN opens every case they work on: its numbers, and no easy pattern


def good_worker_pin(pin: str) -> bool:
    """A PIN for a worker's browser: six numbers, not all the same ("111111") and not one after another up
    or down ("123456", "654321"), the first ones anyone would try with five tries before the lock."""
    if len(pin) != WORKER_PIN or not (pin.isascii() and pin.isdigit()):
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps not in ({0}, {1}, {9})


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Account:
    id: int
    person_id: int
    address: int
    has_pin: bool  # a secret of either kind is set
    locked_until: datetime | None
    secret_kind: str | None = None  # `PIN` or `PICTURES` once one is set
    # who steps: the person's own address. A web person's is ``address``; a worker who signs in on the web
    # keeps their Telegram id (one person whatever the channel), and their web page is ``address``.
    user_id: int = 0
    is_worker: bool = False


@dataclass(frozen=True)
class Session:
    token_hash: str
    account: Account
    csrf: str
    signed_in: bool
    idle: bool  # last seen longer ago than `IDLE`


@dataclass(frozen=True)
class Preview:
    """What an invitation's web link shows before anyone joins: for whom, and who invited them."""

    role: str
    worker_name: str
    workers: tuple[str, ...]


def invitation_preview(c: Connection, code: str) -> Preview | None:
    """An unused, open invitation for a young person or parent, read without making anyone: a link
    preview or a first look creates no person. None for any code that does not open (one kind answer)."""
    row = c.execute(
        select(invitation_t.c.role, invitation_t.c.case_id, invitation_t.c.created_by)
        .join(case_t, case_t.c.id == invitation_t.c.case_id)
        .where(
            invitation_t.c.code_hash == code_hash(code),
            invitation_t.c.used_at.is_(None),
            invitation_t.c.revoked_at.is_(None),
            invitation_t.c.expires_at > utcnow(),
            case_t.c.closed_at.is_(None),
        )
    ).first()
    if row is None or row.role not in FAMILY_ROLES:
        return None
    return Preview(row.role, worker_name(c, row.created_by) or "", tuple(worker_names(c, row.case_id)))


def new_account(c: Connection, locale: str | None = None) -> Account:
    """A web account and its person row, whose address is made from the account's id. ``locale`` is the
    language the browser asked for, kept as the channel's hint (as Telegram's own is)."""
    now = utcnow()
    key = c.execute(insert(account_t).values(created_at=now)).inserted_primary_key
    assert key is not None
    account_id = int(key[0])
    address = web_address(account_id)
    values = {"telegram_id": address, "telegram_locale": locale, "created_at": now}
    pkey = c.execute(insert(person_t).values(**values)).inserted_primary_key
    assert pkey is not None
    person_id = int(pkey[0])
    c.execute(update(account_t).where(account_t.c.id == account_id).values(person_id=person_id))
    return Account(account_id, person_id, address, False, None, None, address)


# An account with its person and whether they are a worker: one statement, built once; a page's session
# reads the same joined to it (`_SESSION`).
_ACCOUNT_COLUMNS = (
    *(account_t.c.id, account_t.c.person_id, account_t.c.pin_hash, account_t.c.locked_until),
    *(person_t.c.telegram_id, worker_t.c.id.label("worker_id")),
)
_WITH_PERSON = account_t.outerjoin(person_t, person_t.c.id == account_t.c.person_id).outerjoin(
    worker_t, worker_t.c.person_id == account_t.c.person_id
)
_ACCOUNT = select(*_ACCOUNT_COLUMNS).select_from(_WITH_PERSON).where(account_t.c.id == bindparam("account_id"))


def _account_of(row: Any) -> Account | None:
    """The account of a row of `_ACCOUNT_COLUMNS`; None for one whose person is gone."""
    if row is None or row.person_id is None:
        return None
    address = web_address(row.id)
    user_id = int(row.telegram_id) if row.telegram_id is not None else address
    has_pin, worker = row.pin_hash is not None, row.worker_id is not None
    return Account(
        row.id, row.person_id, address, has_pin, row.locked_until, secret_kind(row.pin_hash), user_id, worker
    )


def _account(c: Connection, account_id: int) -> Account | None:
    return _account_of(c.execute(_ACCOUNT, {"account_id": account_id}).first())


def account_of_invitation(c: Connection, code: str) -> Account | None:
    """The web account that joined with this invitation's code, if one did: its link signs them in again."""
    person_id = c.scalar(select(invitation_t.c.used_by).where(invitation_t.c.code_hash == code_hash(code.strip())))
    if person_id is None:
        return None
    account_id = c.scalar(select(account_t.c.id).where(account_t.c.person_id == person_id))
    return None if account_id is None else _account(c, account_id)


def start_session(c: Connection, account_id: int, *, signed_in: bool) -> str:
    """A new session for the account; returns its token (for the cookie), which is never stored."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    c.execute(
        insert(session_t).values(
            token_hash=_token_hash(token),
            account_id=account_id,
            csrf=secrets.token_urlsafe(32),
            signed_in=signed_in,
            created_at=now,
            last_seen=now,
        )
    )
    return token


# Every page asks for its session: one statement, built once (the session and its account, as `_ACCOUNT`).
_SESSION = (
    select(*(session_t.c.token_hash, session_t.c.csrf, session_t.c.signed_in, session_t.c.last_seen), *_ACCOUNT_COLUMNS)
    .select_from(session_t.join(_WITH_PERSON, account_t.c.id == session_t.c.account_id))
    .where(session_t.c.token_hash == bindparam("token_hash"))
)


def session(c: Connection, token: str | None, now: datetime | None = None) -> Session | None:
    """The session this cookie names, seen now; None for no cookie, or a forged or ended one."""
    if not token:
        return None
    now = now or utcnow()
    row = c.execute(_SESSION, {"token_hash": _token_hash(token)}).first()
    account = _account_of(row)
    if row is None or account is None:
        return None
    last_seen = row.last_seen if row.last_seen.tzinfo else row.last_seen.replace(tzinfo=now.tzinfo)
    idle = now - last_seen > IDLE
    signed_in = bool(row.signed_in) and not idle
    if signed_in != bool(row.signed_in) or now - last_seen >= SEEN_EVERY:  # most pages of a chat write nothing
        c.execute(
            update(session_t).where(session_t.c.token_hash == row.token_hash).values(last_seen=now, signed_in=signed_in)
        )
    return Session(row.token_hash, account, row.csrf, signed_in, idle)


def end_session(c: Connection, token: str | None) -> None:
    if token:
        c.execute(delete(session_t).where(session_t.c.token_hash == _token_hash(token)))


def rotate(c: Connection, old: Session) -> str:
    """Signed in: the old session ends and a new one, with a new token and CSRF token, begins."""
    c.execute(delete(session_t).where(session_t.c.token_hash == old.token_hash))
    return start_session(c, old.account.id, signed_in=True)


def set_pin(c: Connection, account_id: int, pin: str, kind: str = PIN) -> None:
    """Keep the slow hash of a new secret: a PIN, or (``kind`` `PICTURES`) three pictures' ids in order."""
    stored = hash_secret(kind, pin)
    c.execute(update(account_t).where(account_t.c.id == account_id).values(pin_hash=stored, wrong_tries=0))


def check_pin(c: Connection, account_id: int, pin: str, now: datetime | None = None) -> bool | None:
    """True for the right PIN; False for a wrong one; None while locked (five wrong tries lock for
    `LOCK`). A right PIN clears the wrong tries."""
    now = now or utcnow()
    row = c.execute(select(account_t).where(account_t.c.id == account_id)).first()
    if row is None or row.pin_hash is None:
        return False
    locked = row.locked_until
    if locked is not None and (locked if locked.tzinfo else locked.replace(tzinfo=now.tzinfo)) > now:
        return None
    if pin_matches(pin, row.pin_hash):
        c.execute(update(account_t).where(account_t.c.id == account_id).values(wrong_tries=0, locked_until=None))
        return True
    tries = row.wrong_tries + 1
    values: dict[str, object] = {"wrong_tries": tries}
    if tries >= WRONG_TRIES:
        values = {"wrong_tries": 0, "locked_until": now + LOCK}
    c.execute(update(account_t).where(account_t.c.id == account_id).values(**values))
    return None if tries >= WRONG_TRIES else False


def reset_secret(c: Connection, asker: int, case_id: int, membership_id: int) -> int:
    """A worker of the case resets a young person's or parent's web secret: it is forgotten and unlocked,
    so they choose a new one on their next visit (from a browser they used, or their invitation's link).
    Their sessions stay as proof of the device but are signed out. Audited. Returns their address (to
    tell them); `AccessDenied` for anyone not on the web in this case, or an asker not its worker."""
    require_worker(c, asker, case_id)
    row = c.execute(
        select(account_t.c.id)
        .join(membership_t, membership_t.c.person_id == account_t.c.person_id)
        .where(
            membership_t.c.id == membership_id,
            membership_t.c.case_id == case_id,
            membership_t.c.left_at.is_(None),
            membership_t.c.role.in_(FAMILY_ROLES),
        )
    ).first()
    if row is None:
        raise AccessDenied
    c.execute(update(account_t).where(account_t.c.id == row.id).values(pin_hash=None, wrong_tries=0, locked_until=None))
    c.execute(update(session_t).where(session_t.c.account_id == row.id).values(signed_in=False))
    _audit(c, asker, case_id, "reset web secret", f"membership {membership_id}")
    return web_address(int(row.id))


WORKER_PIN_RESET = "reset own web PIN"  # the audit's action when a worker's fresh link chose a new PIN


def forget_worker_pin(c: Connection, account: Account) -> None:
    """A worker who forgot their web PIN, signed in with a fresh one-time link (the administrator's word for
    who they are, as a worker's reset is for a child): the PIN is forgotten and any lock lifted, so they
    choose a new one now, and every session of theirs ends, so no other browser can choose it. Audited in
    each case they work in: those are what the PIN guards."""
    c.execute(
        update(account_t).where(account_t.c.id == account.id).values(pin_hash=None, wrong_tries=0, locked_until=None)
    )
    c.execute(delete(session_t).where(session_t.c.account_id == account.id))
    m = membership_t.c
    working = select(m.case_id).where(m.person_id == account.person_id, m.role == WORKER, m.left_at.is_(None))
    for (case_id,) in c.execute(working).all():
        _audit(c, account.person_id, int(case_id), WORKER_PIN_RESET, "one-time sign-in link")


_FAMILY_ROLE = (
    select(membership_t.c.role)
    .where(
        membership_t.c.person_id == bindparam("person_id"),
        membership_t.c.left_at.is_(None),
        membership_t.c.role.in_(FAMILY_ROLES),
    )
    .limit(1)
)


def family_role(c: Connection, person_id: int) -> str | None:
    """The role (young person or parent) this person has in their family case now, if any."""
    return c.scalar(_FAMILY_ROLE, {"person_id": person_id})


def new_worker_link(c: Connection, telegram_id: int) -> str | None:
    """A one-time link token for a registered worker to sign in on the web chat (valid `LINK_VALID`, used
    once); only its hash is kept. None when no worker has this Telegram id."""
    person_id = c.scalar(
        select(person_t.c.id)
        .join(worker_t, worker_t.c.person_id == person_t.c.id)
        .where(person_t.c.telegram_id == telegram_id)
    )
    if person_id is None:
        return None
    token = secrets.token_urlsafe(32)
    now = utcnow()
    c.execute(
        insert(link_t).values(token_hash=_token_hash(token), person_id=person_id, created_at=now,
                              expires_at=now + LINK_VALID)
    )  # fmt: skip
    return token


def _open_link(token: str, now: datetime) -> Any:
    return (link_t.c.token_hash == _token_hash(token)) & link_t.c.used_at.is_(None) & (link_t.c.expires_at > now)


def worker_link_opens(c: Connection, token: str) -> bool:
    """Whether a worker's sign-in link still works (looking does not use it)."""
    return c.scalar(select(link_t.c.person_id).where(_open_link(token, utcnow()))) is not None


def worker_link_has_pin(c: Connection, token: str) -> bool:
    """Whether the worker of a working sign-in link has a web PIN already (their page then offers to
    choose a new one, for a forgotten PIN)."""
    stored = c.scalar(
        select(account_t.c.pin_hash)
        .join(link_t, link_t.c.person_id == account_t.c.person_id)
        .where(_open_link(token, utcnow()))
    )
    return stored is not None


def locked(account: Account, now: datetime | None = None) -> bool:
    """Whether five wrong tries lock this account's secret now."""
    now = now or utcnow()
    until = account.locked_until
    return until is not None and (until if until.tzinfo else until.replace(tzinfo=now.tzinfo)) > now


def use_worker_link(c: Connection, token: str) -> Account | None:
    """Use a worker's sign-in link (once): their web account, made the first time; None when the link
    does not work (used, run out, or made up)."""
    now = utcnow()
    person_id = c.scalar(select(link_t.c.person_id).where(_open_link(token, now)))
    if person_id is None:
        return None
    done = c.execute(update(link_t).where(_open_link(token, now)).values(used_at=now))
    if not done.rowcount:
        return None
    account_id = c.scalar(select(account_t.c.id).where(account_t.c.person_id == person_id))
    if account_id is None:
        key = c.execute(insert(account_t).values(person_id=person_id, created_at=now)).inserted_primary_key
        assert key is not None
        account_id = int(key[0])
    return _account(c, account_id)
