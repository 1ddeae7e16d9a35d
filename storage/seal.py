"""Sealing at rest: what people typed is stored only as AES-256-GCM ciphertext.

Envelope keys. Every sealed value is sealed with a *data key*: one per case (``case:N``), one per person
(``person:N``: their conversation, and what they share outside any case) and one for messages in transit
(``transit``: the inbox and the outbox, whose rows go once processed or sent). Data keys live in the
``data_key`` table, each wrapped (AES-GCM) by a *master key*, which is never stored in the database: it comes
from ``DATA_KEYS`` (base64, comma-separated, newest first) or the file named by ``DATA_KEY_FILE``. Rotating
the master key re-wraps the data keys; the sealed values themselves do not change. Destroying a case's data
key makes every copy of its sealed values unreadable (crypto-shredding).

A sealed value is text: ``S1`` and the base64 of the data key's id (8 bytes), a random nonce (12 bytes) and
the ciphertext with its tag. Its associated data is ``table.column.row``, so a value copied into another row
or column does not open. Rows whose id is given by the database on insert (answers, outbox messages) are
inserted first and their sealed values written by id straight after, in the same transaction.

Unwrapped data keys are kept in memory for the process's life; a key a transaction made is remembered only
once that transaction commits (a key rolled back is never used again for sealing).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import secrets
import struct
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine, event, inspect

log = logging.getLogger(__name__)

PREFIX = "S1"
TRANSIT = "transit"
DEFAULT_KEY_FILE = Path("data/companion.key")
_KEY_ID = struct.Struct(">q")
_PENDING = "seal.pending"  # in a DBAPI connection's info: data keys made by its open transaction


class SealError(Exception):
    """The master keys are missing or wrong, or a sealed value does not open: one line for a person."""


class Unreadable(SealError):
    """A sealed value that does not open here: its data key is gone (erased), or it was moved or altered."""


def case_owner(case_id: int) -> str:
    return f"case:{case_id}"


def person_owner(person_id: int) -> str:
    return f"person:{person_id}"


def owner_of(case_id: int | None, person_id: int) -> str:
    """Whose data key seals what a person shared: their case's, else their own."""
    return case_owner(case_id) if case_id is not None else person_owner(person_id)


# -- master keys ----------------------------------------------------------------------------------------


def master_id(key: bytes) -> str:
    """A short public name of a master key, kept beside what it wraps (it reveals nothing of the key)."""
    return hashlib.sha256(b"safety-companion master key\x00" + key).hexdigest()[:12]


def parse_keys(text: str, where: str) -> list[bytes]:
    """Master keys from base64 text, comma-separated, newest first; each is 32 bytes."""
    keys = []
    for part in (p.strip() for p in text.replace("\n", ",").split(",")):
        if not part:
            continue
        try:
            key = base64.b64decode(part, validate=True)
        except (binascii.Error, ValueError):
            raise SealError(f"{where} holds something that is not base64") from None
        if len(key) != 32:
            raise SealError(f"{where} holds a key of {len(key)} bytes; each must be 32 bytes (base64 of 32 bytes)")
        keys.append(key)
    if not keys:
        raise SealError(f"{where} holds no key")
    return keys


def new_master_key() -> str:
    return base64.b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")


class Keyring:
    """The master keys, newest first: the newest wraps, any opens."""

    def __init__(self, masters: list[bytes]) -> None:
        if not masters:
            raise SealError("no master key")
        self.newest_id = master_id(masters[0])
        self._newest = AESGCM(masters[0])
        self._by_id = {master_id(k): AESGCM(k) for k in masters}

    @classmethod
    def from_text(cls, text: str, where: str = "DATA_KEYS") -> Keyring:
        return cls(parse_keys(text, where))

    @staticmethod
    def _ad(key_id: int, owner: str) -> bytes:
        return f"data_key.{key_id}.{owner}".encode()

    def wrap(self, key_id: int, owner: str, data_key: bytes) -> str:
        nonce = os.urandom(12)
        sealed = self._newest.encrypt(nonce, data_key, self._ad(key_id, owner))
        return f"{self.newest_id}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def unwrap(self, key_id: int, owner: str, wrapped: str) -> bytes:
        name, _, blob = wrapped.partition(":")
        master = self._by_id.get(name)
        if master is None:
            raise SealError(f"no master key given opens data key {key_id} (it was wrapped by master key {name})")
        raw = base64.b64decode(blob)
        try:
            return master.decrypt(raw[:12], raw[12:], self._ad(key_id, owner))
        except InvalidTag:
            raise SealError(f"data key {key_id} does not open with master key {name}: altered or moved") from None

    def is_newest(self, wrapped: str) -> bool:
        return wrapped.partition(":")[0] == self.newest_id


def load_keyring(data_keys: str | None, key_file: Path, *, create: bool) -> Keyring:
    """The master keys: ``data_keys`` when given, else the key file. With ``create``, a missing key file is
    made (mode 0600, its folder 0700) holding a new key, and one log line says to keep it elsewhere."""
    if data_keys:
        return Keyring.from_text(data_keys, "DATA_KEYS")
    if key_file.exists():
        return Keyring.from_text(key_file.read_text(encoding="ascii"), f"DATA_KEY_FILE {key_file}")
    if not create:
        raise SealError(
            f"the master key file {key_file} is missing, and the database holds data sealed with a master key:"
            " give DATA_KEYS or DATA_KEY_FILE"
        )
    made_folder = not key_file.parent.exists()
    key_file.parent.mkdir(parents=True, exist_ok=True)
    if made_folder:
        key_file.parent.chmod(0o700)
    key = new_master_key()
    descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(key + "\n")
    log.info("made a new master key in %s; in production keep it elsewhere (DATA_KEYS or DATA_KEY_FILE)", key_file)
    return Keyring([base64.b64decode(key)])


def keyring_from_environment() -> Keyring | None:
    """The master keys from ``DATA_KEYS`` or an existing ``DATA_KEY_FILE`` (default ./data/companion.key),
    or None: nothing is made here (the command line's start-up makes the key file)."""
    data_keys = os.environ.get("DATA_KEYS")
    key_file = Path(os.environ.get("DATA_KEY_FILE") or DEFAULT_KEY_FILE)
    if not data_keys and not key_file.exists():
        return None
    return load_keyring(data_keys, key_file, create=False)


# -- data keys, and sealing with them --------------------------------------------------------------------


@dataclass(frozen=True)
class DataKey:
    id: int
    aead: AESGCM


class Sealer:
    """Seals and opens values for one database, with the data keys it keeps (see the module's notes)."""

    def __init__(self, keyring: Keyring, dialect: str) -> None:
        self.keyring = keyring
        mark = "?" if dialect == "sqlite" else "%s"
        self._select_owner = f"SELECT id, wrapped FROM data_key WHERE owner = {mark}"
        self._select_id = f"SELECT owner, wrapped FROM data_key WHERE id = {mark}"
        self._insert = (
            f"INSERT INTO data_key (id, owner, wrapped) VALUES ({mark}, {mark}, {mark}) ON CONFLICT (owner) DO NOTHING"
        )
        self._by_owner: dict[str, DataKey] = {}  # committed keys only
        self._by_id: dict[int, AESGCM] = {}

    # the keys

    def _key_for(self, c: Connection, owner: str) -> DataKey:
        key = self._by_owner.get(owner)
        if key is not None:
            return key
        pending: dict[str, DataKey] = c.info.setdefault(_PENDING, {})
        key = pending.get(owner)
        if key is not None:
            return key
        cursor = c.connection.cursor()
        try:
            cursor.execute(self._select_owner, (owner,))
            row = cursor.fetchone()
            if row is None:
                key_id = secrets.randbits(62) + 1
                data_key = AESGCM.generate_key(bit_length=256)
                cursor.execute(self._insert, (key_id, owner, self.keyring.wrap(key_id, owner, data_key)))
                if cursor.rowcount == 1:
                    key = pending[owner] = DataKey(key_id, AESGCM(data_key))
                    self._by_id[key_id] = key.aead
                    return key
                cursor.execute(self._select_owner, (owner,))  # another process made it meanwhile
                row = cursor.fetchone()
        finally:
            cursor.close()
        key = DataKey(int(row[0]), AESGCM(self.keyring.unwrap(int(row[0]), owner, row[1])))
        self._by_owner[owner] = key
        self._by_id[key.id] = key.aead
        return key

    def _key_by_id(self, c: Connection, key_id: int) -> AESGCM:
        aead = self._by_id.get(key_id)
        if aead is not None:
            return aead
        cursor = c.connection.cursor()
        try:
            cursor.execute(self._select_id, (key_id,))
            row = cursor.fetchone()
        finally:
            cursor.close()
        if row is None:
            raise Unreadable(f"data key {key_id} is gone")
        aead = self._by_id[key_id] = AESGCM(self.keyring.unwrap(key_id, row[0], row[1]))
        return aead

    def committed(self, info: dict[str, Any]) -> None:
        self._by_owner.update(info.pop(_PENDING, None) or {})

    def rolled_back(self, info: dict[str, Any]) -> None:
        info.pop(_PENDING, None)

    def forget(self, owner: str, ids: list[int]) -> None:
        """Drop a data key from memory (it has been destroyed)."""
        key = self._by_owner.pop(owner, None)
        for key_id in [*ids, *([key.id] if key else [])]:
            self._by_id.pop(key_id, None)

    # the values

    def seal(self, c: Connection, owner: str, table: str, column: str, row: object, text: str) -> str:
        """``text`` sealed with ``owner``'s data key (made if missing), bound to ``table.column.row``."""
        key = self._key_for(c, owner)
        nonce = os.urandom(12)
        sealed = key.aead.encrypt(nonce, text.encode(), f"{table}.{column}.{row}".encode())
        return PREFIX + base64.b64encode(_KEY_ID.pack(key.id) + nonce + sealed).decode("ascii")

    def open(self, c: Connection, table: str, column: str, row: object, sealed: str) -> str:
        """What ``seal`` sealed for this same table, column and row; `Unreadable` otherwise."""
        if not sealed.startswith(PREFIX):
            raise Unreadable(f"{table}.{column} of row {row} is not sealed")
        raw = base64.b64decode(sealed[len(PREFIX) :])
        (key_id,) = _KEY_ID.unpack_from(raw)
        aead = self._key_by_id(c, key_id)
        try:
            return aead.decrypt(raw[8:20], raw[20:], f"{table}.{column}.{row}".encode()).decode()
        except InvalidTag:
            raise Unreadable(f"{table}.{column} of row {row} does not open: moved or altered") from None


_SEALERS: weakref.WeakKeyDictionary[Engine, Sealer] = weakref.WeakKeyDictionary()


def install(engine: Engine, keyring: Keyring) -> Sealer:
    """Seal and open this database's values with ``keyring`` from now on."""
    sealer = Sealer(keyring, engine.dialect.name)
    if engine not in _SEALERS:

        def committed(conn: Connection) -> None:
            _SEALERS[engine].committed(conn.info)

        def rolled_back(conn: Connection) -> None:
            _SEALERS[engine].rolled_back(conn.info)

        def reset(dbapi_connection: Any, connection_record: Any, reset_state: Any) -> None:
            _SEALERS[engine].rolled_back(connection_record.info)

        event.listen(engine, "commit", committed)
        event.listen(engine, "rollback", rolled_back)
        event.listen(engine, "reset", reset)
    _SEALERS[engine] = sealer
    return sealer


def sealer(c: Connection) -> Sealer:
    """The sealer of this connection's database."""
    found = _SEALERS.get(c.engine)
    if found is None:
        raise SealError("no master key given for this database (DATA_KEYS or DATA_KEY_FILE)")
    return found


def seal(c: Connection, owner: str, table: str, column: str, row: object, text: str) -> str:
    return sealer(c).seal(c, owner, table, column, row, text)


def unseal(c: Connection, table: str, column: str, row: object, sealed: str) -> str:
    return sealer(c).open(c, table, column, row, sealed)


def destroy(c: Connection, owner: str) -> None:
    """Destroy ``owner``'s data key (crypto-shredding): what it sealed can never be opened again."""
    mark = "?" if c.dialect.name == "sqlite" else "%s"
    ids = [int(i) for (i,) in c.exec_driver_sql(f"SELECT id FROM data_key WHERE owner = {mark}", (owner,)).all()]
    c.exec_driver_sql(f"DELETE FROM data_key WHERE owner = {mark}", (owner,))
    found = _SEALERS.get(c.engine)
    if found is not None:
        found.forget(owner, ids)


# -- keeping the keys: check, rotate, start-up ---------------------------------------------------------


def has_data_keys(engine: Engine) -> bool:
    """Whether the database holds data keys already (read only; False for a new database)."""
    with engine.connect() as c:
        if not inspect(c).has_table("data_key"):
            return False
        return c.exec_driver_sql("SELECT 1 FROM data_key LIMIT 1").first() is not None


def _rows(c: Connection) -> Iterator[tuple[int, str, str]]:
    for key_id, owner, wrapped in c.exec_driver_sql("SELECT id, owner, wrapped FROM data_key ORDER BY id").all():
        yield int(key_id), str(owner), str(wrapped)


@dataclass(frozen=True)
class KeyCheck:
    keys: int
    opened: int
    on_newest: int  # wrapped by the newest master key
    failures: list[str]


def check(engine: Engine, keyring: Keyring) -> KeyCheck:
    """Try every data key with ``keyring``; changes nothing."""
    if not has_data_keys(engine):
        return KeyCheck(0, 0, 0, [])
    opened = newest = 0
    failures = []
    with engine.connect() as c:
        rows = list(_rows(c))
    for key_id, owner, wrapped in rows:
        try:
            keyring.unwrap(key_id, owner, wrapped)
        except (SealError, binascii.Error, ValueError) as error:
            failures.append(str(error))
            continue
        opened += 1
        newest += keyring.is_newest(wrapped)
    return KeyCheck(len(rows), opened, newest, failures)


def rotate(engine: Engine, keyring: Keyring) -> int:
    """Re-wrap every data key not yet wrapped by the newest master key, in one transaction; returns how
    many were re-wrapped. A key that does not open stops it with `SealError`, and nothing changes."""
    mark = "?" if engine.dialect.name == "sqlite" else "%s"
    done = 0
    with engine.begin() as c:
        for key_id, owner, wrapped in list(_rows(c)):
            if keyring.is_newest(wrapped):
                continue
            data_key = keyring.unwrap(key_id, owner, wrapped)
            c.exec_driver_sql(
                f"UPDATE data_key SET wrapped = {mark} WHERE id = {mark}",
                (keyring.wrap(key_id, owner, data_key), key_id),
            )
            done += 1
    return done


def start(engine: Engine, data_keys: str | None, key_file: Path) -> Keyring:
    """At start-up, before anything is written: the master keys, checked against every data key stored.
    A new database gets a new key file when none is given. Raises `SealError` (one line) when a key is
    missing or wrong; nothing has been touched then."""
    stored = has_data_keys(engine)
    keyring = load_keyring(data_keys, key_file, create=not stored)
    if stored:
        result = check(engine, keyring)
        if result.failures:
            raise SealError(
                f"the master key does not open {len(result.failures)} of {result.keys} data keys:"
                " wrong DATA_KEYS or DATA_KEY_FILE; nothing was changed"
            )
    install(engine, keyring)
    return keyring
