"""Pictures and voice notes a young person put in a house: stored sealed with their case's data key, read
only by a worker of that case (checked and audited like answers), deleted with the case. A story page's
picture is stored here too, named by the story's versions and opened through `storage.stories.picture`.

A file is stored in the step that keeps the answer naming it (`add`), before the dialogue has decided: the
step deletes it again (`drop`) when no answer names it, so nothing is kept that nobody can see."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from storage import seal
from storage.cases import WORKER, AccessDenied, _audit, _reader
from storage.models import Media, utcnow

media_t = Media.__table__


@dataclass(frozen=True)
class Stored:
    """A picture or voice note, opened."""

    id: int
    kind: str
    mime: str
    seconds: int
    content: bytes


def add(c: Connection, case_id: int, person_id: int, kind: str, mime: str, seconds: int, content: bytes) -> int:
    """Store a file in the case, sealed for its row (inserted first, sealed by id straight after)."""
    media_id = int(
        c.execute(
            insert(media_t).values(
                case_id=case_id, person_id=person_id, kind=kind, mime=mime, seconds=seconds, content="",
                created_at=utcnow(),
            )
        ).inserted_primary_key[0]
    )  # fmt: skip
    sealed = seal.sealer(c).seal_bytes(c, seal.case_owner(case_id), "media", "content", media_id, content)
    c.execute(update(media_t).where(media_t.c.id == media_id).values(content=sealed))
    return media_id


def drop(c: Connection, media_id: int) -> None:
    """A file no answer came to name (the step did not keep it)."""
    c.execute(delete(media_t).where(media_t.c.id == media_id))


def check(c: Connection, asker: int, case_id: int, media_id: int) -> None:
    """Only a worker of the case opens its files, and each opening is audited (in the step that asks; the
    file is read after it commits). `AccessDenied` for anyone else, or a file of another case."""
    role, _ = _reader(c, asker, case_id)
    found = c.scalar(select(media_t.c.id).where(media_t.c.id == media_id, media_t.c.case_id == case_id))
    if role != WORKER or found is None:
        raise AccessDenied
    _audit(c, asker, case_id, "media", str(media_id))


def read(c: Connection, asker: int, case_id: int, media_id: int) -> Stored:
    """A file of the case, opened for a worker of it (checked again: they may have left since the step)."""
    role, _ = _reader(c, asker, case_id)
    row = c.execute(select(media_t).where(media_t.c.id == media_id, media_t.c.case_id == case_id)).first()
    if role != WORKER or row is None:
        raise AccessDenied
    content = seal.sealer(c).open_bytes(c, "media", "content", media_id, row.content)
    return Stored(media_id, row.kind, row.mime, row.seconds, content)


def pictures(c: Connection, asker: int | None, case_id: int) -> dict[int, bytes]:
    """The case's pictures by id, for its export: all of them for a worker of the case or an administrator
    at the command line (``asker=None``), whose reading the export audits; a family member's own only (their
    copy of what they shared)."""
    role, _ = _reader(c, asker, case_id)
    wanted = (media_t.c.case_id == case_id) & (media_t.c.kind == "picture")
    if role not in (WORKER, "administrator"):
        wanted &= media_t.c.person_id == asker
    rows = c.execute(select(media_t).where(wanted)).all()
    opened = seal.sealer(c)
    return {r.id: opened.open_bytes(c, "media", "content", r.id, r.content) for r in rows}
