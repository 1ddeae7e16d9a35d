"""Erasing a case by crypto-shredding: its data key is destroyed first, in a transaction of its own, so that
copies of its sealed values kept apart from that key (rows copied out, pages left in the WAL or in free
space) can no longer be read; then its rows go. The audit keeps who erased it and when, never content.

Not yet: a copy of the *whole* database taken before the erasure still holds the case's data key, wrapped by
the master key, and opens while that master key lives. Until data keys are kept apart from the database's
backups, rotate the master key after an erasure (``companion keys rotate``) and destroy the old one."""

from __future__ import annotations

from sqlalchemy import Engine, delete, select, text

from storage.alerts import alert_t, delivery_t
from storage.cases import ADMINISTRATOR, _audit
from storage.models import BadCode, Invitation, Notice
from storage.plans import plan_t, reminder_t
from storage.repository import answer_t, case_t, membership_t
from storage.seal import case_owner, destroy

invitation_t = Invitation.__table__
notice_t = Notice.__table__
_ = BadCode  # bad codes name a person, not a case: they are pruned as before


def erase_case(engine: Engine, case_id: int, by: int = ADMINISTRATOR) -> bool:
    """Erase case ``case_id``: False when there is no such case. ``by`` is the person the audit names (the
    administrator at the command line by default)."""
    with engine.begin() as c:
        if c.scalar(select(case_t.c.id).where(case_t.c.id == case_id)) is None:
            return False
        destroy(c, case_owner(case_id))
        _audit(c, by, case_id, "erase")
    with engine.begin() as c:
        alerts = select(alert_t.c.id).where(alert_t.c.case_id == case_id).scalar_subquery()
        memberships = select(membership_t.c.id).where(membership_t.c.case_id == case_id).scalar_subquery()
        c.execute(delete(delivery_t).where(delivery_t.c.alert_id.in_(alerts)))
        c.execute(delete(alert_t).where(alert_t.c.case_id == case_id))
        c.execute(delete(reminder_t).where(reminder_t.c.membership_id.in_(memberships)))
        for table in (answer_t, plan_t, notice_t, invitation_t, membership_t):
            c.execute(delete(table).where(table.c.case_id == case_id))
        c.execute(delete(case_t).where(case_t.c.id == case_id))
    if engine.dialect.name == "sqlite":  # what the WAL file held of the rows goes too
        with engine.connect() as c:
            c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return True
