"""A step's casebook takes the person's family case from their standing, read with them when the update
arrived, instead of asking the database again: the two must agree in every situation."""

from __future__ import annotations

from sqlalchemy import update

from bot.casebook import TxCasebook
from storage import cases
from storage.models import utcnow
from storage.repository import case_t, membership_t, person_t


def test_the_standing_s_case_is_the_family_case_whatever_the_person_s_memberships(store):
    sam = store.add_worker(900, "Sam Jones")
    first = store.ensure_case("Family A", sam)
    second = store.ensure_case("Family B", sam)
    closed = store.ensure_case("Family C", sam)
    store.ensure_member(first, 950, "young_person")  # in one case
    store.ensure_member(first, 951, "parent")  # in two: the later one counts
    store.ensure_member(second, 951, "young_person")
    store.ensure_member(closed, 952, "young_person")  # in a case that closed
    store.ensure_member(first, 953, "parent")  # who left
    store.ensure_member(first, 955, "young_person")  # a family member, later one of a case's workers unregistered
    store.ensure_member(second, 955, "worker")
    store.ensure_member(second, 956, cases.NETWORK)  # the safety network
    with store.transaction() as tx:
        tx.person(954)  # in no case
        tx.c.execute(update(case_t).where(case_t.c.id == closed).values(closed_at=utcnow()))
        left = tx.c.execute(person_t.select().where(person_t.c.telegram_id == 953)).one().id
        tx.c.execute(update(membership_t).where(membership_t.c.person_id == left).values(left_at=utcnow()))
    expected = {900: None, 950: first, 951: second, 952: None, 953: None, 954: None, 955: first, 956: second}
    for telegram_id, case_id in expected.items():
        with store.transaction() as tx:
            arrival = tx.arrival(telegram_id)
            person_id = arrival.person.id
            assert cases.family_case(tx.c, person_id) == case_id, telegram_id
            book = TxCasebook(tx, person_id, invitation_days=7, bot_username=None, standing=arrival.standing)
            assert book._family_case() == case_id, telegram_id
