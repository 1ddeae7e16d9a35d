"""Several processes on one PostgreSQL database: the advisory locks of `storage.coordination`, held on each
process's own connection. A process whose lock connection is lost (the server restarted, a network cut, an
administrator ending it) has lost its locks with it: it must know so, and hold them again only by taking them."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, create_engine, text

from storage.coordination import Coordinator


@pytest.fixture
def engine(postgres_url: str) -> Iterator[Engine]:
    engine = create_engine(postgres_url)
    yield engine
    engine.dispose()


def cut(engine: Engine, coordinator: Coordinator) -> None:
    """End the coordinator's connection from the server's side, as a restart or a network cut does."""
    pid = coordinator.c.scalar(text("SELECT pg_backend_pid()"))
    with engine.connect() as c:
        assert c.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


def soon(check: Callable[[], bool]) -> bool:
    """True once ``check`` is (within 5 s): the server lets go of a closed connection's locks as its backend
    ends, a moment after the client has gone."""
    deadline = time.monotonic() + 5
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_one_process_leads_the_jobs_and_another_takes_over_when_it_ends(engine: Engine) -> None:
    a, b = Coordinator(engine), Coordinator(engine)
    assert a.join() and not b.join()
    assert a.lead() and not b.lead()
    a.close()
    assert soon(b.lead)
    b.close()


def test_a_process_that_loses_its_lock_connection_no_longer_thinks_it_leads(engine: Engine) -> None:
    a, b = Coordinator(engine), Coordinator(engine)
    a.join()
    b.join()
    assert a.lead()
    cut(engine, a)
    assert soon(b.lead), "the jobs' lock went with the connection: another process takes it"
    assert not a.lead(), "the jobs run in one process only"
    b.close()
    assert soon(a.lead), "connected again, it takes the lock when it is free"
    a.close()


def test_after_its_connection_is_lost_a_process_takes_chats_again_and_is_counted_in(engine: Engine) -> None:
    a, b = Coordinator(engine), Coordinator(engine)
    a.join()
    assert a.take_chat(42)
    cut(engine, a)
    assert soon(lambda: b.take_chat(42)), "the chat's lock went with the connection"
    b.release_chat(42)
    with pytest.raises(Exception):  # noqa: B017  # the cut is noticed where the lock was in use
        a.release_chat(42)
    assert a.take_chat(42), "connected again"
    assert not b.join(), "a is counted as running again"
    a.close()
    b.close()


def test_a_process_whose_database_is_down_for_a_while_connects_again_when_it_is_back(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = Coordinator(engine)
    a.join()
    assert a.lead()
    cut(engine, a)
    connect = a._connect

    def down() -> object:
        raise OSError("the database is down")

    monkeypatch.setattr(a, "_connect", down)
    for _ in range(2):
        with pytest.raises(Exception):  # noqa: B017  # said to the caller, which logs it and tries later
            a.lead()
    monkeypatch.setattr(a, "_connect", connect)
    assert a.lead(), "back: it takes the jobs' lock again"
    assert not Coordinator(engine).join(), "and is counted in"
    a.close()


def test_the_database_counts_the_processes_running_on_it(engine: Engine) -> None:
    a, b = Coordinator(engine), Coordinator(engine)
    a.join()
    assert a.processes() == 1
    b.join()
    assert a.processes() == b.processes() == 2
    b.close()
    assert soon(lambda: a.processes() == 1), "one that ends is no longer counted"
    a.close()
