"""A step reads the person's answers once, however often its dialogue asks (bench/README.md: a house step
used to read them three times, and cost more as the house filled)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from storage.repository import Store
from tests.transcript import Chat


@contextmanager
def answer_reads(store: Store) -> Iterator[list[str]]:
    """The statements that read the answer table, while the block runs."""
    seen: list[str] = []

    def look(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        text = " ".join(statement.split()).lower()
        if text.startswith("select") and "from answer" in text:
            seen.append(text)

    event.listen(store.engine, "before_cursor_execute", look)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", look)


def test_a_worry_put_in_a_house_reads_the_answers_once_and_shows_every_worry(store: Store) -> None:
    worker_id = store.add_worker(900, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, 950, "young_person")
    jo = Chat(store).person(950)
    jo.says("/start")
    jo.presses("English")
    jo.presses("🏠 My three houses")
    jo.presses("😟 House of worries")
    for n in range(1, 11):
        with answer_reads(store) as reads:
            said = jo.says(f"the bus is late, worry number {n}")
        assert len(reads) == 1, f"worry {n}: the answers were read {len(reads)} times"
        for k in range(1, n + 1):
            assert f"worry number {k}\n" in said.text + "\n", f"worry {k} is shown in the house after worry {n}"
