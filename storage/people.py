"""Forgetting a person who is in no open case (``/forget``): what was theirs alone goes at once.

Their data key is destroyed first (crypto-shredding: what it sealed, their conversation and what they
shared while in no case, can no longer be read from any copy), then their rows. What they shared in a
case that still exists is part of that case's social care record and stays with it until the case is
erased; then only a stripped person row is kept for it to point at, under an address no channel uses,
so that if they come back they are someone new.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, select, update

from storage.models import BadCode, WebAccount, WebSession
from storage.repository import answer_t, conversation_t, membership_t, outbox_t, person_t, worker_t
from storage.seal import destroy, person_owner

bad_code_t = BadCode.__table__
web_account_t = WebAccount.__table__
web_session_t = WebSession.__table__


def erase_person(c: Connection, person_id: int) -> bool:
    """Forget ``person_id`` in the transaction ``c``: False (nothing changed) for a registered worker, whom
    an administrator takes off the service, or for someone still in an open case (checked by the caller)."""
    if c.scalar(select(worker_t.c.id).where(worker_t.c.person_id == person_id)) is not None:
        return False
    address = c.scalar(select(person_t.c.telegram_id).where(person_t.c.id == person_id))
    if address is None:
        return False
    destroy(c.engine, person_owner(person_id))  # in the key store, committed at once: key first
    c.execute(delete(conversation_t).where(conversation_t.c.person_id == person_id))
    c.execute(delete(answer_t).where(answer_t.c.person_id == person_id, answer_t.c.case_id.is_(None)))
    c.execute(delete(bad_code_t).where(bad_code_t.c.person_id == person_id))
    c.execute(delete(outbox_t).where(outbox_t.c.chat_id == address))
    accounts = select(web_account_t.c.id).where(web_account_t.c.person_id == person_id).scalar_subquery()
    c.execute(delete(web_session_t).where(web_session_t.c.account_id.in_(accounts)))
    c.execute(delete(web_account_t).where(web_account_t.c.person_id == person_id))
    in_a_case = c.scalar(select(func.count()).select_from(membership_t).where(membership_t.c.person_id == person_id))
    if in_a_case:  # the case's record points at them: a stripped row, at an address nobody has
        c.execute(
            update(person_t)
            .where(person_t.c.id == person_id)
            .values(telegram_id=-person_id, locale=None, telegram_locale=None)
        )
    else:
        c.execute(delete(person_t).where(person_t.c.id == person_id))
    return True
