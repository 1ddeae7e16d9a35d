"""Words and pictures: a case's story for its young person, drafted by a worker page by page (what
happened, who was worried and why, what everyone is doing now to keep them safe), approved, then read by
the young person in the bot at their own pace.

Each save of a draft is a new version, so what the young person read can always be found again; approval
marks one version (the newest approved is the one given to the young person and put in the export). The
pages are the worker's words about the family: sealed with the case's key, bound to the row. A page is
``{"words": ..., "picture": None}``: its picture is a place kept for later, never filled here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from storage.cases import _audit, family_case, require_worker
from storage.models import Story, utcnow
from storage.repository import clean, membership_t, person_t
from storage.seal import case_owner, seal, unseal

story_t = Story.__table__
MAX_PAGE = 1000  # characters: a page read easily on a phone
MAX_PAGES = 30
YOUNG_PERSON = "young_person"  # the story is for the case's young people


@dataclass(frozen=True)
class StoryVersion:
    """One saved version of a case's story."""

    story_id: int
    case_id: int
    version: int
    pages: tuple[str, ...]  # each page's words
    written_at: datetime
    approved_at: datetime | None


def _version(c: Connection, row: Any) -> StoryVersion:
    pages = json.loads(unseal(c, "story", "pages", row.id, row.pages))
    return StoryVersion(
        int(row.id), int(row.case_id), int(row.version), tuple(str(p["words"]) for p in pages), row.written_at,
        row.approved_at,
    )  # fmt: skip


_COLUMNS = (story_t.c.id, story_t.c.case_id, story_t.c.version, story_t.c.pages, story_t.c.written_at,
            story_t.c.approved_at)  # fmt: skip


def save(c: Connection, asker: int, case_id: int, pages: list[str]) -> StoryVersion:
    """A new version of the case's story, written by the asker (a worker of the open case); audited by its
    version, never its words."""
    require_worker(c, asker, case_id)
    kept = [clean(p).strip()[:MAX_PAGE] for p in pages if clean(p).strip()][:MAX_PAGES]
    version = int(c.scalar(select(func.coalesce(func.max(story_t.c.version), 0)).where(story_t.c.case_id == case_id)))
    now = utcnow()
    story_id = int(
        c.execute(
            insert(story_t)
            .values(case_id=case_id, version=version + 1, pages="", written_by=asker, written_at=now)
            .returning(story_t.c.id)
        ).scalar_one()
    )
    text = json.dumps([{"words": p, "picture": None} for p in kept], ensure_ascii=False)
    c.execute(
        update(story_t).where(story_t.c.id == story_id).values(pages=seal(c, case_owner(case_id), "story", "pages",
                                                                           story_id, text))
    )  # fmt: skip
    _audit(c, asker, case_id, "story saved", f"version {version + 1}")
    return StoryVersion(story_id, case_id, version + 1, tuple(kept), now, None)


def latest(c: Connection, asker: int, case_id: int) -> StoryVersion | None:
    """The newest version of the case's story (a worker of the case only), or None before the first save."""
    require_worker(c, asker, case_id, open_only=False)
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


def readers(c: Connection, case_id: int) -> list[int]:
    """The addresses (Telegram ids) of the case's young people, who are given the approved story."""
    rows = c.execute(
        select(person_t.c.telegram_id)
        .join(membership_t, membership_t.c.person_id == person_t.c.id)
        .where(membership_t.c.case_id == case_id, membership_t.c.role == YOUNG_PERSON, membership_t.c.left_at.is_(None))
        .order_by(membership_t.c.id)
    ).all()
    return [int(r.telegram_id) for r in rows]
