"""Storage on SQLite and PostgreSQL: the inbox, the outbox, processed ids, people and their standing."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.repository import answer_t, person_t
from storage.seal import unseal


def test_the_inbox_keeps_each_update_once_until_it_is_processed(store):
    assert store.last_update_id() is None
    assert store.inbox_add([(5, 77, {"update_id": 5}), (6, 77, {"update_id": 6})]) == [5, 6]
    assert store.inbox_add([(6, 77, {"update_id": 6}), (7, 78, {"update_id": 7})]) == [7]
    assert [p.id for p in store.inbox_pending()] == [5, 6, 7]
    with store.transaction() as tx:
        tx.claim(5)
        tx.drop_inbox(5)
    assert [p.id for p in store.inbox_pending()] == [6, 7], "processed: its raw text is gone"
    assert store.last_update_id() == 7
    store.forget_update(9)
    assert store.last_update_id() == 9, "the next offset counts updates forgotten without an answer"


def test_a_processed_update_is_known(store):
    with store.transaction() as tx:
        tx.claim(41)
        tx.drop_inbox(41)
    with store.transaction() as tx:
        assert not tx.claim(41), "a step committed it before: the next does nothing"
        assert tx.claim(42)
        assert not tx.claim(42)


def test_the_outbox_keeps_replies_until_they_are_sent(store):
    with store.transaction() as tx:
        ids = tx.outbox(77, [{"text": "one", "buttons": []}, {"text": "two", "buttons": [["OK", "1|ok"]]}])
    assert [p.payload["text"] for p in store.outbox_pending()] == ["one", "two"]
    store.outbox_done(ids[:1])
    assert [p.id for p in store.outbox_pending()] == ids[1:]


def test_a_transaction_that_fails_keeps_nothing(store):
    try:
        with store.transaction() as tx:
            person = tx.person(500)
            tx.save_conversation(person.id, {"current": {"dialogue": "menu", "state": "home"}})
            raise RuntimeError("the process died here")
    except RuntimeError:
        pass
    with store.engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(person_t)) == 0


def test_words_with_nul_characters_are_stored_the_same_on_both_databases(store):
    from storage.repository import Standing

    with store.transaction() as tx:
        person = tx.person(501)
        tx.add_answers(person.id, Standing(None), [("note", "a\x00b ✨ ŵ ł ے", {})], None)
    with store.engine.connect() as c:
        row = c.execute(select(answer_t.c.id, answer_t.c.value)).one()
        assert unseal(c, "answer", "value", row.id, row.value) == "ab ✨ ŵ ł ے"


def test_a_person_s_standing_comes_from_their_open_case(store):
    worker_id = store.add_worker(600, "Sam")
    assert store.add_worker(600, "Sam Jones") == worker_id, "registering again renames, never duplicates"
    case_id = store.ensure_case("Case A", worker_id)
    assert store.ensure_case("Case A", worker_id) == case_id
    store.ensure_member(case_id, 601, "parent")
    store.ensure_member(case_id, 601, "parent")
    with store.transaction() as tx:
        worker = tx.standing(tx.person(600).id)
        parent = tx.standing(tx.person(601).id)
        stranger = tx.standing(tx.person(602).id)
    assert (worker.role, worker.worker_name) == ("worker", "Sam Jones")
    assert (parent.role, parent.case_id, parent.case_label) == ("parent", case_id, "Case A")
    assert parent.worker_name == "Sam Jones"
    assert stranger.role is None


def test_the_language_a_person_chose_is_kept(store):
    with store.transaction() as tx:
        person = tx.person(700, "en-GB")
        tx.set_locale(person.id, "cy")
    with store.transaction() as tx:
        again = tx.person(700, "en-GB")
    assert (again.locale, again.telegram_locale) == ("cy", "en-GB")


def test_migrations_run_again_without_harm(database_url):
    from storage.db import connect, upgrade

    engine = connect(database_url)
    upgrade(engine)
    upgrade(engine)
    engine.dispose()


def test_sqlite_is_durable_wal_with_full_sync(tmp_path):
    from sqlalchemy import text

    from storage.db import connect

    engine = connect(f"sqlite:///{tmp_path / 'd' / 'x.db'}")
    with engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def test_the_migrations_build_exactly_the_tables_the_models_describe(database_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from storage.db import connect, upgrade

    engine = connect(database_url)
    upgrade(engine)
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), SQLModel.metadata)
    engine.dispose()
    assert diff == [], "write a migration for the model change"


def test_an_update_seen_again_leaves_no_raw_text_behind(store):
    with store.transaction() as tx:
        tx.claim(3)
        tx.drop_inbox(3)
    assert store.inbox_add([(3, 77, {"text": "again"}), (4, 77, {"text": "new"})]) == [4], "3 was processed"
    store.forget_update(4)
    assert store.inbox_pending() == []


def test_many_rows_done_in_one_transaction_all_go_and_only_they_do(store):
    from storage.repository import IDS_AT_ONCE

    many = IDS_AT_ONCE * 2 + 7
    store.inbox_add([(i, 77, {"update_id": i}) for i in range(1, many + 2)])
    with store.transaction() as tx:
        outbox = tx.outbox(77, [{"text": str(i), "buttons": []} for i in range(many + 1)])
    with store.transaction() as tx:
        for update_id in range(1, many + 1):
            tx.claim(update_id)
            tx.drop_inbox(update_id)
        tx.outbox_sent(outbox[:-1])
    assert [p.id for p in store.inbox_pending()] == [many + 1]
    assert [p.id for p in store.outbox_pending()] == outbox[-1:]


def test_two_processes_migrating_a_new_database_at_once_take_turns(database_url):
    import subprocess
    import sys

    code = "import sys; from storage.db import connect, upgrade; upgrade(connect(sys.argv[1]))"
    runs = [subprocess.Popen([sys.executable, "-c", code, database_url], stderr=subprocess.PIPE) for _ in range(3)]
    results = [(p.wait(timeout=60), p.stderr.read().decode() if p.stderr else "") for p in runs]
    assert [rc for rc, _ in results] == [0, 0, 0], results


def test_processed_update_ids_older_than_a_week_go_but_the_newest_stays(store):
    from datetime import timedelta

    from storage.models import utcnow
    from storage.repository import KEEP_PROCESSED, processed_t

    for update_id in (1, 2, 3, 4):
        store.forget_update(update_id)
    long_ago = utcnow() - KEEP_PROCESSED - timedelta(hours=1)
    with store.engine.begin() as c:
        c.execute(processed_t.update().values(processed_at=long_ago))
    store.forget_update(5)  # processed now
    assert store.forget_old_updates() == 4, "1 to 4 are old; 5 is recent"
    with store.engine.connect() as c:
        assert list(c.scalars(select(processed_t.c.update_id))) == [5]
    with store.engine.begin() as c:
        c.execute(processed_t.update().values(processed_at=long_ago))
    assert store.forget_old_updates() == 0, "the newest stays however old"
    assert store.last_update_id() == 5, "it gives the next offset after a restart"
    assert store.inbox_add([(5, 77, {"update_id": 5}), (6, 77, {"update_id": 6})]) == [6]
