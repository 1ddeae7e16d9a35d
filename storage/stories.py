"""Words and pictures: a case's story for its young person, drafted by a worker page by page (what
happened, who was worried and why, what everyone is doing now to keep them safe), approved, then read by
the young person in the bot at their own pace. A parent of the case may draft it too, while a worker of the
case allows it (``membership.story_drafter``); only a worker approves it.

Each save of a draft is a new version, so what the young person read can always be found again; approval
marks one version (the newest approved is the one given to the young person and put in the export). The
pages are the worker's words about the family: sealed with the case's key, bound to the row. A page is
``{"words": ..., "picture": <media id> or None}``: its picture is a picture stored in the case
(`storage.media`, sealed, deleted with the case), which every version naming it keeps; only pictures of the
same case are taken. A young person opens a picture only of the story as approved for them (`picture`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from storage.cases import WORKER, AccessDenied, _audit, _membership, family_case, require_worker
from storage.media import media_t
from storage.models import Story, utcnow
from storage.repository import clean, membership_t, person_t
from storage.seal import case_owner, seal, sealer, unseal

story_t = Story.__table__
MAX_PAGE = 1000  # characters: a page read easily on a phone
MAX_PAGES = 30
YOUNG_PERSON = "young_person"  # the story is for the case's young people
PARENT = "parent"  # may draft it, while a worker allows


@dataclass(frozen=True)
class StoryVersion:
    """One saved version of a case's story."""

    story_id: int
    case_id: int
    version: int
    pages: tuple[str, ...]  # each page's words
    written_at: datetime
    approved_at: datetime | None
    pictures: tuple[int | None, ...] = ()  # each page's picture (a media id), or None

    def picture(self, index: int) -> int | None:
        """The picture of page ``index`` (from 0), if it has one."""
        return self.pictures[index] if index < len(self.pictures) else None


def _version(c: Connection, row: Any) -> StoryVersion:
    pages = json.loads(unseal(c, "story", "pages", row.id, row.pages))
    return StoryVersion(
        int(row.id), int(row.case_id), int(row.version), tuple(str(p["words"]) for p in pages), row.written_at,
        row.approved_at, tuple(None if p.get("picture") is None else int(p["picture"]) for p in pages),
    )  # fmt: skip


_COLUMNS = (story_t.c.id, story_t.c.case_id, story_t.c.version, story_t.c.pages, story_t.c.written_at,
            story_t.c.approved_at)  # fmt: skip


def require_drafter(c: Connection, asker: int, case_id: int) -> str:
    """The asker's role if they may draft the open case's story: a worker of it, or a parent of it whom a
    worker allowed; `AccessDenied` for anyone else."""
    row = _membership(c, asker, case_id)
    if row is None or row.closed_at is not None or row.role not in (WORKER, PARENT):
        raise AccessDenied
    if row.role == PARENT and not c.scalar(select(membership_t.c.story_drafter).where(membership_t.c.id == row.id)):
        raise AccessDenied
    return str(row.role)


def allow_drafter(c: Connection, asker: int, case_id: int, membership_id: int, allowed: bool) -> int | None:
    """A worker of the open case allows (or no longer allows) one of its parents to draft the story: the
    parent's Telegram id, to tell them; None if that membership is not a current parent of the case."""
    require_worker(c, asker, case_id)
    done = c.execute(
        update(membership_t)
        .where(membership_t.c.id == membership_id, membership_t.c.case_id == case_id,
               membership_t.c.role == PARENT, membership_t.c.left_at.is_(None))
        .values(story_drafter=allowed)
    )  # fmt: skip
    if done.rowcount != 1:
        return None
    what = "story drafter allowed" if allowed else "story drafter withdrawn"
    _audit(c, asker, case_id, what, f"member {membership_id}")
    return int(
        c.scalar(
            select(person_t.c.telegram_id)
            .join(membership_t, membership_t.c.person_id == person_t.c.id)
            .where(membership_t.c.id == membership_id)
        )
    )


def draft_case(c: Connection, asker: int) -> int | None:
    """The open case whose story this parent may draft now, if a worker of it allows them."""
    case_id = family_case(c, asker)
    if case_id is None:
        return None
    try:
        require_drafter(c, asker, case_id)
    except AccessDenied:
        return None
    return case_id


def workers(c: Connection, asker: int, case_id: int) -> list[int]:
    """The Telegram ids of the open case's workers, for one who may draft its story (to tell them a parent
    saved a version)."""
    require_drafter(c, asker, case_id)
    return _addresses(c, case_id, WORKER)


def drafters(c: Connection, asker: int, case_id: int) -> list[int]:
    """The memberships of the case's parents who may draft its story (for a worker of the case)."""
    require_worker(c, asker, case_id)
    rows = c.execute(
        select(membership_t.c.id).where(
            membership_t.c.case_id == case_id, membership_t.c.role == PARENT, membership_t.c.left_at.is_(None),
            membership_t.c.story_drafter.is_(True),
        )
    ).all()  # fmt: skip
    return [int(r.id) for r in rows]


def _case_pictures(c: Connection, case_id: int, wanted: set[int]) -> set[int]:
    """Of ``wanted``, the pictures stored in this case (a page never names another case's file)."""
    if not wanted:
        return set()
    found = c.execute(
        select(media_t.c.id).where(media_t.c.id.in_(wanted), media_t.c.case_id == case_id, media_t.c.kind == "picture")
    ).all()
    return {int(r.id) for r in found}


def save(
    c: Connection, asker: int, case_id: int, pages: list[str], pictures: list[int | None] | None = None
) -> StoryVersion:
    """A new version of the case's story, written by the asker (a worker of the open case, or a parent it
    allows); ``pictures`` each page's picture, if any. A page is kept when it has words or a picture. Audited
    by its version, never its words."""
    require_drafter(c, asker, case_id)
    shown = list(pictures or [])
    named = _case_pictures(c, case_id, {p for p in shown if p is not None})
    both = [(clean(w).strip()[:MAX_PAGE], shown[i] if i < len(shown) and shown[i] in named else None)
            for i, w in enumerate(pages)]  # fmt: skip
    kept = [(w, p) for w, p in both if w or p is not None][:MAX_PAGES]
    version = int(c.scalar(select(func.coalesce(func.max(story_t.c.version), 0)).where(story_t.c.case_id == case_id)))
    now = utcnow()
    story_id = int(
        c.execute(
            insert(story_t)
            .values(case_id=case_id, version=version + 1, pages="", written_by=asker, written_at=now)
            .returning(story_t.c.id)
        ).scalar_one()
    )
    text = json.dumps([{"words": w, "picture": p} for w, p in kept], ensure_ascii=False)
    c.execute(
        update(story_t).where(story_t.c.id == story_id).values(pages=seal(c, case_owner(case_id), "story", "pages",
                                                                           story_id, text))
    )  # fmt: skip
    _audit(c, asker, case_id, "story saved", f"version {version + 1}")
    return StoryVersion(story_id, case_id, version + 1, tuple(w for w, _ in kept), now, None, tuple(p for _, p in kept))


def drop_unsaved(c: Connection, asker: int, case_id: int, media_ids: list[int]) -> int:
    """Pictures of a draft that no saved version names (a page taken out, a draft left unsaved): deleted,
    so nothing is kept that nobody can see. Only by one who may draft the case's story; a file of another
    case, or one that is not a picture, is never touched. How many went."""
    require_drafter(c, asker, case_id)
    rows = c.execute(select(story_t.c.id, story_t.c.pages).where(story_t.c.case_id == case_id)).all()
    named = {p.get("picture") for r in rows for p in json.loads(unseal(c, "story", "pages", r.id, r.pages))}
    unnamed = [m for m in media_ids if m not in named]
    if not unnamed:
        return 0
    done = c.execute(
        delete(media_t).where(media_t.c.id.in_(unnamed), media_t.c.case_id == case_id, media_t.c.kind == "picture")
    )
    return int(done.rowcount or 0)


def latest(c: Connection, asker: int, case_id: int) -> StoryVersion | None:
    """The newest version of the case's story (a worker of the case, or a parent allowed to draft it while it
    is open), or None before the first save."""
    try:
        require_worker(c, asker, case_id, open_only=False)
    except AccessDenied:
        require_drafter(c, asker, case_id)
    row = c.execute(
        select(*_COLUMNS).where(story_t.c.case_id == case_id).order_by(story_t.c.version.desc()).limit(1)
    ).first()
    return None if row is None else _version(c, row)


def approve(c: Connection, asker: int, case_id: int, story_id: int) -> StoryVersion | None:
    """A worker of the open case approves one version of its story; None if it is not that case's."""
    require_worker(c, asker, case_id)
    now = utcnow()
    done = c.execute(
        update(story_t).where(story_t.c.id == story_id, story_t.c.case_id == case_id).values(approved_at=now)
    )
    if done.rowcount != 1:
        return None
    _audit(c, asker, case_id, "story approved", f"story {story_id}")
    return approved(c, case_id)


def approved(c: Connection, case_id: int) -> StoryVersion | None:
    """The case's story as last approved, or None. Callers check who may read it (`for_me`, the exports,
    which read the case only after their own check)."""
    row = c.execute(
        select(*_COLUMNS)
        .where(story_t.c.case_id == case_id, story_t.c.approved_at.is_not(None))
        .order_by(story_t.c.approved_at.desc(), story_t.c.version.desc())
        .limit(1)
    ).first()
    return None if row is None else _version(c, row)


def for_me(c: Connection, asker: int, story_id: int) -> StoryVersion | None:
    """For a young person of the story's open case, the story as last approved (a newer approval since the
    button was sent is the one they read); None for anyone else."""
    case_id = family_case(c, asker)
    if case_id is None or c.scalar(select(story_t.c.case_id).where(story_t.c.id == story_id)) != case_id:
        return None
    return approved(c, case_id)


def picture(c: Connection, asker: int, story_id: int, media_id: int, *, audit: bool = True) -> bytes:
    """A picture of a page of the story, opened for a young person of its open case when it is in the story
    as approved for them, or for a worker of its case or a parent allowed to draft it when a version names
    it; `AccessDenied` for anyone else. Audited (a young person's opening too: it is the case's file), unless
    ``audit=False`` where the step that asked for it audited it."""
    case_id = c.scalar(select(story_t.c.case_id).where(story_t.c.id == story_id))
    if case_id is None:
        raise AccessDenied
    case_id = int(case_id)
    member = _membership(c, asker, case_id)
    if member is not None and member.role == YOUNG_PERSON and family_case(c, asker) == case_id:
        found = approved(c, case_id)
        named = set(found.pictures) if found is not None else set()
    else:
        try:
            require_worker(c, asker, case_id, open_only=False)
        except AccessDenied:
            require_drafter(c, asker, case_id)
        rows = c.execute(select(story_t.c.id, story_t.c.pages).where(story_t.c.case_id == case_id)).all()
        named = {p.get("picture") for r in rows for p in json.loads(unseal(c, "story", "pages", r.id, r.pages))}
    row = c.execute(select(media_t).where(media_t.c.id == media_id, media_t.c.case_id == case_id)).first()
    if media_id not in named or row is None:
        raise AccessDenied
    if audit:
        _audit(c, asker, case_id, "story picture", str(media_id))
    return sealer(c).open_bytes(c, "media", "content", media_id, row.content)


def readers(c: Connection, case_id: int) -> list[int]:
    """The addresses (Telegram ids) of the case's young people, who are given the approved story."""
    return _addresses(c, case_id, YOUNG_PERSON)


def _addresses(c: Connection, case_id: int, role: str) -> list[int]:
    """The addresses (Telegram ids) of the case's present members in ``role``, in the order they joined."""
    m = membership_t.c
    rows = c.execute(
        select(person_t.c.telegram_id)
        .join(membership_t, m.person_id == person_t.c.id)
        .where(m.case_id == case_id, m.role == role, m.left_at.is_(None))
        .order_by(m.id)
    ).all()
    return [int(r.telegram_id) for r in rows]
