"""Group commit: updates that wait together share one commit, and each is still all or nothing.

`Companion.handle_many` on both databases, and the Telegram adapter's gathering of waiting updates.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence

import pytest
from sqlalchemy import func, select

from bot.core import Companion, Delivery, Incoming
from bot.settings import Settings
from bot.telegram_app import TelegramBot
from bot.updates import parse_text
from dialogues import build_engine
from storage.repository import Store, conversation_t, person_t, processed_t


def hello(user_id: int, update_id: int, text: str = "/start") -> Incoming:
    return Incoming(chat_id=user_id, user_id=user_id, input=parse_text(text), language_code="en", update_id=update_id)


def count(store: Store, table) -> int:  # type: ignore[no-untyped-def]
    with store.engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(table)) or 0)


def test_updates_handled_together_are_all_kept_and_each_gets_its_own_replies(store: Store) -> None:
    companion = Companion(store, build_engine())
    results = companion.handle_many([hello(201, 1), hello(202, 2), hello(203, 3)])
    assert [r.chat_id for r in results if isinstance(r, Delivery)] == [201, 202, 203]
    assert all("Which language" in r.messages[0].text for r in results if isinstance(r, Delivery))
    assert count(store, conversation_t) == 3
    assert count(store, processed_t) == 3
    assert len(store.outbox_pending()) == 3, "each reply is in the outbox, committed with its step"


def test_a_step_that_fails_loses_only_itself(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    companion = Companion(store, build_engine())
    resolve = companion._resolve

    def fails_for_202(who, conversation, incoming):  # type: ignore[no-untyped-def]
        if incoming.user_id == 202:
            raise RuntimeError("a bug in one step")
        return resolve(who, conversation, incoming)

    monkeypatch.setattr(companion, "_resolve", fails_for_202)
    results = companion.handle_many([hello(201, 1), hello(202, 2), hello(203, 3)])
    assert isinstance(results[0], Delivery) and isinstance(results[2], Delivery)
    assert isinstance(results[1], RuntimeError)
    assert count(store, conversation_t) == 2, "the others' steps are kept"
    with store.engine.connect() as c:
        done = set(c.scalars(select(processed_t.c.update_id)))
    assert done == {1, 3}, "the failed update is not marked done: it can run again"
    assert len(store.outbox_pending()) == 2, "the others' replies, once each"
    with store.engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(person_t).where(person_t.c.telegram_id == 202)) == 0

    monkeypatch.setattr(companion, "_resolve", resolve)
    (again,) = companion.handle_many([hello(202, 2)])
    assert isinstance(again, Delivery) and "Which language" in again.messages[0].text


def test_replies_delivered_since_leave_the_outbox_with_the_group_even_when_it_fails(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    companion = Companion(store, build_engine())
    first = companion.handle_many([hello(201, 1), hello(202, 2)])
    sent = [m.outbox_id for d in first if isinstance(d, Delivery) for m in d.messages if m.outbox_id]
    assert len(sent) == 2

    monkeypatch.setattr(companion, "_resolve", lambda *_: (_ for _ in ()).throw(RuntimeError("bug")))
    (failed,) = companion.handle_many([hello(201, 3, "hello")], sent=sent)
    assert isinstance(failed, RuntimeError)
    assert store.outbox_pending() == [], "delivered replies are not sent again after a restart"


class Recorder:
    """`Companion.handle_many` that records each group's size, holds the first group in the writer thread
    until `release`, and raises once when told to."""

    def __init__(self, companion: Companion) -> None:
        self.handle_many = companion.handle_many
        self.groups: list[int] = []
        self.gate = threading.Event()
        self.fail_next = False
        companion.handle_many = self  # type: ignore[method-assign]

    def __call__(self, incomings: Sequence[Incoming], *, sent: Sequence[int] = ()) -> list[Delivery | Exception]:
        self.groups.append(len(incomings))
        if len(self.groups) == 1:
            self.gate.wait(10)
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the database went away")
        return self.handle_many(incomings, sent=sent)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def telegram(store: Store) -> Iterator[TelegramBot]:
    settings = Settings(telegram_bot_token="123456:ABCdefGHIjklMNOpqrSTUvwx", telegram_api_url="http://127.0.0.1:9/bot")
    bot = TelegramBot(settings, Companion(store, build_engine()))
    yield bot
    bot.writer.shutdown(wait=True)


async def writer_busy(recorder: Recorder, telegram: TelegramBot) -> asyncio.Task[Delivery]:
    """The first update, held in the writer thread."""
    first = asyncio.get_running_loop().create_task(telegram.step(hello(300, 1)))
    while not recorder.groups:
        await asyncio.sleep(0.001)
    return first


@pytest.mark.asyncio
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_updates_arriving_while_the_writer_is_busy_go_together(telegram: TelegramBot) -> None:
    recorder = Recorder(telegram.companion)
    first = await writer_busy(recorder, telegram)
    waiting = [asyncio.get_running_loop().create_task(telegram.step(hello(301 + i, 10 + i))) for i in range(5)]
    await asyncio.sleep(0.05)
    assert recorder.groups == [1], "they wait while the writer works"
    recorder.release()
    together = await asyncio.gather(*waiting)
    assert (await first).chat_id == 300
    assert [d.chat_id for d in together] == [301, 302, 303, 304, 305], "each caller gets its own replies"
    assert recorder.groups == [1, 5]


@pytest.mark.asyncio
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_group_holds_at_most_64_updates(telegram: TelegramBot) -> None:
    recorder = Recorder(telegram.companion)
    first = await writer_busy(recorder, telegram)
    waiting = [asyncio.get_running_loop().create_task(telegram.step(hello(400 + i, 100 + i))) for i in range(65)]
    await asyncio.sleep(0.05)
    recorder.release()
    await asyncio.gather(first, *waiting)
    assert recorder.groups == [1, 64, 1]


@pytest.mark.asyncio
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_when_the_writer_fails_every_caller_is_told_and_the_next_update_goes_through(
    telegram: TelegramBot,
) -> None:
    recorder = Recorder(telegram.companion)
    recorder.release()
    recorder.fail_next = True
    telegram.sent = [7, 8]  # replies delivered earlier, whose outbox rows this group would have deleted
    results = await asyncio.gather(*(telegram.step(hello(500 + i, 200 + i)) for i in range(3)), return_exceptions=True)
    assert all(isinstance(r, RuntimeError) for r in results), results
    assert telegram.sent == [7, 8], "kept, to delete with the next group"
    assert telegram.stepper is None
    after = await telegram.step(hello(600, 300))
    assert after.chat_id == 600 and telegram.sent == []
