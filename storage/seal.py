"""Sealing at rest: what people typed is stored only as AES-256-GCM ciphertext.

Envelope keys. Every sealed value is sealed with a *data key*: one per case (``case:N``), one per person
(``person:N``: their conversation, and what they share outside any case) and one for messages in transit
(``transit``: the inbox and the outbox, whose rows go once processed or sent). Data keys live in a *key
store* apart from the main database (`KeyStore`: ``KEY_DATABASE_URL``, by default an SQLite file beside the
master key's file), each wrapped (AES-GCM) by a *master key*, which is stored in neither: it comes from
``DATA_KEYS`` (base64, comma-separated, newest first) or the file named by ``DATA_KEY_FILE``. Rotating the
master key re-wraps the data keys; the sealed values themselves do not change.

Crypto-shredding. Destroying a case's data key in the key store makes every copy of its sealed values
unreadable, backups of the main database included, since no backup of the main database holds data keys.
Only a copy of the key store itself taken before the erasure still holds it: keep such copies short-lived.

A sealed value is text: ``S1`` and the base64 of the data key's id (8 bytes), a random nonce (12 bytes) and
the ciphertext with its tag. Its associated data is ``table.column.row``, so a value copied into another row
or column does not open. Rows whose id is given by the database on insert (answers, outbox messages) are
inserted first and their sealed values written by id straight after, in the same transaction.

A data key is committed to the key store as soon as it is made, before the main transaction that first uses
it: a key whose transaction rolls back stays valid and is simply used by the next one with the same owner.
Unwrapped data keys are kept in memory for the process's life.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

PREFIX = "S1"
TRANSIT = "transit"
DEFAULT_KEY_FILE = Path("data/companion.key")
KEY_STORE_NAME = "companion-keys.db"  # the default key store's file, beside the master key's file
_KEY_ID = struct.Struct(">q")


class SealError(Exception):
    """The master keys are missing or wrong, or a sealed value does not open: one line for a person."""


class Unreadable(SealError):
    """A sealed value that does not open here: its data key is gone (erased), or it was moved or altered."""


class KeyNotHere(Unreadable):
    """A sealed value whose data key this process's key store does not hold: erased, or (when the value is
    new) a key store that is not the one the other processes use (`KEY_DATABASE_URL`)."""


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


# -- the key store: data keys, apart from the main database -----------------------------------------------


def default_key_store_url(key_file: Path) -> str:
    """The key store when ``KEY_DATABASE_URL`` is unset: an SQLite file beside the master key's file."""
    return f"sqlite:///{key_file.parent / KEY_STORE_NAME}"


def key_store_url_from_environment() -> str:
    return os.environ.get("KEY_DATABASE_URL") or default_key_store_url(
        Path(os.environ.get("DATA_KEY_FILE") or DEFAULT_KEY_FILE)
    )


_KEY_TABLE = """CREATE TABLE IF NOT EXISTS data_key (
    id BIGINT PRIMARY KEY,
    owner VARCHAR(60) NOT NULL UNIQUE,
    wrapped TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)"""
_KEY_STORE_LOCK = 7_411_203  # PostgreSQL advisory lock: two processes making the table at once take turns


def _key_store_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a data key lost is its case lost
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA secure_delete=ON")  # a destroyed key is overwritten, not left in a free page
    cursor.close()


class KeyStore:
    """The ``data_key`` table of the key store: each data key's id, owner and wrapped key. Every change
    commits at once, in a transaction of its own. On SQLite the file is made 0600 in a 0700 folder; a
    destroyed key is overwritten (``secure_delete``) and the WAL file is emptied straight after."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.url = url
        self.sqlite = parsed.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"hide_parameters": True}
        if self.sqlite:
            database = parsed.database
            if not database or database == ":memory:":
                raise SealError("KEY_DATABASE_URL must name a file or a database: the keys must outlive the process")
            folder = Path(database).parent
            made = not folder.exists()
            folder.mkdir(parents=True, exist_ok=True)
            if made:
                folder.chmod(0o700)
            os.close(os.open(database, os.O_RDWR | os.O_CREAT, 0o600))
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine = create_engine(url, **kwargs)
        if self.sqlite:
            event.listen(self.engine, "connect", _key_store_pragmas)
        mark = "?" if self.sqlite else "%s"
        self._by_owner = f"SELECT id, wrapped FROM data_key WHERE owner = {mark}"
        self._by_id = f"SELECT owner, wrapped FROM data_key WHERE id = {mark}"
        self._insert = (
            f"INSERT INTO data_key (id, owner, wrapped) VALUES ({mark}, {mark}, {mark}) ON CONFLICT (owner) DO NOTHING"
        )
        self._ids_of = f"SELECT id FROM data_key WHERE owner = {mark}"
        self._delete = f"DELETE FROM data_key WHERE owner = {mark}"
        self._rewrap = f"UPDATE data_key SET wrapped = {mark} WHERE id = {mark}"
        self._ready = False

    def _begin(self) -> Any:
        if not self._ready:
            with self.engine.begin() as c:
                if not self.sqlite:
                    c.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _KEY_STORE_LOCK})
                c.exec_driver_sql(_KEY_TABLE)
            self._ready = True
        return self.engine.begin()

    def find(self, owner: str) -> tuple[int, str] | None:
        with self._begin() as c:
            row = c.exec_driver_sql(self._by_owner, (owner,)).first()
        return None if row is None else (int(row[0]), str(row[1]))

    def find_id(self, key_id: int) -> tuple[str, str] | None:
        with self._begin() as c:
            row = c.exec_driver_sql(self._by_id, (key_id,)).first()
        return None if row is None else (str(row[0]), str(row[1]))

    def add(self, key_id: int, owner: str, wrapped: str) -> bool:
        """Keep a new data key; False when ``owner`` has one already (another process made it meanwhile)."""
        with self._begin() as c:
            return c.exec_driver_sql(self._insert, (key_id, owner, wrapped)).rowcount == 1

    def adopt(self, rows: list[tuple[int, str, str]]) -> None:
        """Take in data keys kept before elsewhere (the main database's own table, before the key store)."""
        with self._begin() as c:
            for row in rows:
                c.exec_driver_sql(self._insert, row)

    def remove(self, owner: str) -> list[int]:
        """Destroy ``owner``'s data key; returns the ids destroyed."""
        with self._begin() as c:
            ids = [int(i) for (i,) in c.exec_driver_sql(self._ids_of, (owner,)).all()]
            c.exec_driver_sql(self._delete, (owner,))
        if self.sqlite and ids:  # what the WAL file held of the key goes too
            with self.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return ids

    def rows(self) -> list[tuple[int, str, str]]:
        with self._begin() as c:
            found = c.exec_driver_sql("SELECT id, owner, wrapped FROM data_key ORDER BY id").all()
        return [(int(i), str(o), str(w)) for i, o, w in found]

    def any(self) -> bool:
        """Whether it holds a data key (read only: a key store not made yet holds none)."""
        if self.sqlite and not self._ready:
            with self.engine.connect() as c:
                if not inspect(c).has_table("data_key"):
                    return False
        try:
            with self.engine.connect() as c:
                return c.exec_driver_sql("SELECT 1 FROM data_key LIMIT 1").first() is not None
        except DBAPIError:  # PostgreSQL: no table yet
            return False

    def rewrap(self, rewrapped: list[tuple[int, str]]) -> None:
        """New wrappings (id, wrapped) of data keys, all in one transaction."""
        with self._begin() as c:
            for key_id, wrapped in rewrapped:
                c.exec_driver_sql(self._rewrap, (wrapped, key_id))

    def dispose(self) -> None:
        self.engine.dispose()


# -- data keys, and sealing with them --------------------------------------------------------------------


@dataclass(frozen=True)
class DataKey:
    id: int
    aead: AESGCM


class Sealer:
    """Seals and opens values for one database, with the data keys of its key store (see the module's notes)."""

    def __init__(self, keyring: Keyring, keys: KeyStore) -> None:
        self.keyring = keyring
        self.keys = keys
        self._by_owner: dict[str, DataKey] = {}
        self._by_id: dict[int, AESGCM] = {}

    # the keys

    def _key_for(self, owner: str) -> DataKey:
        key = self._by_owner.get(owner)
        if key is not None:
            return key
        row = self.keys.find(owner)
        if row is None:
            key_id = secrets.randbits(62) + 1
            data_key = AESGCM.generate_key(bit_length=256)
            if self.keys.add(key_id, owner, self.keyring.wrap(key_id, owner, data_key)):
                key = self._by_owner[owner] = DataKey(key_id, AESGCM(data_key))
                self._by_id[key_id] = key.aead
                return key
            row = self.keys.find(owner)  # another process made it meanwhile
            if row is None:
                raise SealError(f"the data key of {owner} was made and destroyed at once")
        key = DataKey(row[0], AESGCM(self.keyring.unwrap(row[0], owner, row[1])))
        self._by_owner[owner] = key
        self._by_id[key.id] = key.aead
        return key

    def _key_by_id(self, key_id: int) -> AESGCM:
        aead = self._by_id.get(key_id)
        if aead is not None:
            return aead
        row = self.keys.find_id(key_id)
        if row is None:
            raise KeyNotHere(f"data key {key_id} is gone")
        aead = self._by_id[key_id] = AESGCM(self.keyring.unwrap(key_id, row[0], row[1]))
        return aead

    def forget(self, owner: str, ids: list[int]) -> None:
        """Drop a data key from memory (it has been destroyed)."""
        key = self._by_owner.pop(owner, None)
        for key_id in [*ids, *([key.id] if key else [])]:
            self._by_id.pop(key_id, None)

    def forget_all_but(self, owners: set[str]) -> None:
        """Drop from memory every case's data key but those of ``owners`` (cases that still exist): a case
        erased by another process is never sealed for again with a key kept from before."""
        for owner in [o for o in self._by_owner if o.startswith("case:") and o not in owners]:
            self.forget(owner, [])

    # the values

    def seal(self, c: Connection, owner: str, table: str, column: str, row: object, text: str) -> str:
        """``text`` sealed with ``owner``'s data key (made if missing), bound to ``table.column.row``."""
        return self.seal_bytes(c, owner, table, column, row, text.encode())

    def seal_bytes(self, c: Connection, owner: str, table: str, column: str, row: object, data: bytes) -> str:
        """``data`` (a picture, a voice note) sealed as `seal` seals text: the same text form, the same binding."""
        key = self._key_for(owner)
        nonce = os.urandom(12)
        sealed = key.aead.encrypt(nonce, data, f"{table}.{column}.{row}".encode())
        return PREFIX + base64.b64encode(_KEY_ID.pack(key.id) + nonce + sealed).decode("ascii")

    def open(self, c: Connection, table: str, column: str, row: object, sealed: str) -> str:
        """What ``seal`` sealed for this same table, column and row; `Unreadable` otherwise."""
        return self.open_bytes(c, table, column, row, sealed).decode()

    def open_bytes(self, c: Connection, table: str, column: str, row: object, sealed: str) -> bytes:
        """What `seal_bytes` sealed for this same table, column and row; `Unreadable` otherwise."""
        if not sealed.startswith(PREFIX):
            raise Unreadable(f"{table}.{column} of row {row} is not sealed")
        raw = base64.b64decode(sealed[len(PREFIX) :])
        (key_id,) = _KEY_ID.unpack_from(raw)
        aead = self._key_by_id(key_id)
        try:
            return aead.decrypt(raw[8:20], raw[20:], f"{table}.{column}.{row}".encode())
        except InvalidTag:
            raise Unreadable(f"{table}.{column} of row {row} does not open: moved or altered") from None


_SEALERS: weakref.WeakKeyDictionary[Engine, Sealer] = weakref.WeakKeyDictionary()


def install(engine: Engine, keyring: Keyring, keys: KeyStore | None = None) -> Sealer:
    """Seal and open this database's values with ``keyring`` and the data keys of ``keys`` (by default the
    key store of the one installed before, else ``KEY_DATABASE_URL`` or its default) from now on."""
    if keys is None:
        before = _SEALERS.get(engine)
        keys = before.keys if before is not None else KeyStore(key_store_url_from_environment())
    sealer = _SEALERS[engine] = Sealer(keyring, keys)
    return sealer


def sealer(c: Connection) -> Sealer:
    """The sealer of this connection's database."""
    found = _SEALERS.get(c.engine)
    if found is None:
        raise SealError("no master key given for this database (DATA_KEYS or DATA_KEY_FILE)")
    return found


def sealer_of(engine: Engine) -> Sealer | None:
    return _SEALERS.get(engine)


def holds_text(sealed: str) -> bool:
    """Whether a sealed value holds any text at all, known without its key: AES-GCM adds no padding, so a
    sealed empty text is exactly as long as its envelope (key id, nonce and tag). Nothing else of the text is
    known this way; a value from before sealing is plain."""
    if not sealed.startswith(PREFIX):
        return bool(sealed)
    return len(base64.b64decode(sealed[len(PREFIX) :])) > _KEY_ID.size + 12 + 16


def seal(c: Connection, owner: str, table: str, column: str, row: object, text: str) -> str:
    return sealer(c).seal(c, owner, table, column, row, text)


def unseal(c: Connection, table: str, column: str, row: object, sealed: str) -> str:
    return sealer(c).open(c, table, column, row, sealed)


def destroy(engine: Engine, owner: str) -> None:
    """Destroy ``owner``'s data key in the key store (crypto-shredding): what it sealed can never be opened
    again, from this database or from any copy of it. Committed at once."""
    found = sealer_of(engine)
    if found is None:
        raise SealError("no master key given for this database (DATA_KEYS or DATA_KEY_FILE)")
    found.forget(owner, found.keys.remove(owner))


# -- keeping the keys: check, rotate, start-up ---------------------------------------------------------


def legacy_rows(engine: Engine) -> list[tuple[int, str, str]]:
    """Data keys still in the main database's own ``data_key`` table (before the key store; migration 0008
    moves them), read only."""
    with engine.connect() as c:
        if not inspect(c).has_table("data_key"):
            return []
        found = c.exec_driver_sql("SELECT id, owner, wrapped FROM data_key ORDER BY id").all()
    return [(int(i), str(o), str(w)) for i, o, w in found]


def has_data_keys(engine: Engine, keys: KeyStore) -> bool:
    """Whether data keys exist for this database already (read only; False for a new database)."""
    return keys.any() or bool(legacy_rows(engine))


@dataclass(frozen=True)
class KeyCheck:
    keys: int
    opened: int
    on_newest: int  # wrapped by the newest master key
    failures: list[str]


def check(engine: Engine, keyring: Keyring, keys: KeyStore | None = None) -> KeyCheck:
    """Try every data key with ``keyring``; changes nothing."""
    store = keys or _store_of(engine)
    rows = (store.rows() if store.any() else []) + legacy_rows(engine)
    opened = newest = 0
    failures = []
    for key_id, owner, wrapped in rows:
        try:
            keyring.unwrap(key_id, owner, wrapped)
        except (SealError, binascii.Error, ValueError) as error:
            failures.append(str(error))
            continue
        opened += 1
        newest += keyring.is_newest(wrapped)
    return KeyCheck(len(rows), opened, newest, failures)


def rotate(engine: Engine, keyring: Keyring, keys: KeyStore | None = None) -> int:
    """Re-wrap every data key not yet wrapped by the newest master key, in one transaction; returns how
    many were re-wrapped. A key that does not open stops it with `SealError`, and nothing changes."""
    store = keys or _store_of(engine)
    if legacy_rows(engine):
        raise SealError("data keys are still in the database itself: run `companion db upgrade` first")
    rewrapped = [
        (key_id, keyring.wrap(key_id, owner, keyring.unwrap(key_id, owner, wrapped)))
        for key_id, owner, wrapped in store.rows()
        if not keyring.is_newest(wrapped)
    ]
    store.rewrap(rewrapped)
    return len(rewrapped)


def _store_of(engine: Engine) -> KeyStore:
    found = sealer_of(engine)
    if found is None:
        raise SealError("no key store for this database")
    return found.keys


def start(engine: Engine, data_keys: str | None, key_file: Path, key_url: str | None = None) -> Keyring:
    """At start-up, before anything is written: the master keys, checked against every data key stored.
    A new database gets a new key file when none is given. Raises `SealError` (one line) when a key is
    missing or wrong; nothing has been touched then. The key store is ``key_url``, else the one the engine
    was connected with, else ``KEY_DATABASE_URL`` or its default beside the key file."""
    found = sealer_of(engine)
    if key_url:
        keys = KeyStore(key_url)
    elif found is not None:
        keys = found.keys
    else:
        keys = KeyStore(os.environ.get("KEY_DATABASE_URL") or default_key_store_url(key_file))
    stored = has_data_keys(engine, keys)
    keyring = load_keyring(data_keys, key_file, create=not stored)
    if stored:
        result = check(engine, keyring, keys)
        if result.failures:
            raise SealError(
                f"the master key does not open {len(result.failures)} of {result.keys} data keys:"
                " wrong DATA_KEYS or DATA_KEY_FILE; nothing was changed"
            )
    install(engine, keyring, keys)
    return keyring
