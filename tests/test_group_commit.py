"""Group commit: updates that wait together share one commit, and each is still all or nothing.

`Companion.handle_many` on both databases, and the Telegram adapter's gathering of waiting updates.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from sqlalchemy import func, select

from bot.core import Companion, Delivery, Incoming
from bot.settings import Settings
from bot.telegram_app import TelegramBot
from bot.updates import parse_text
from dialogues import build_engine
from storage.repository import Store, conversation_t, processed_t


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
    with store.transaction() as tx:
        assert tx.seen(1) and tx.seen(3)
        assert not tx.seen(2), "the failed update is not marked done: it can run again"

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


@pytest.mark.asyncio
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_updates_arriving_while_the_writer_is_busy_go_together(store: Store) -> None:
    companion = Companion(store, build_engine())
    groups: list[int] = []
    handle_many = companion.handle_many

    def recording(incomings: Sequence[Incoming], *, sent: Sequence[int] = ()) -> list[Delivery | Exception]:
        groups.append(len(incomings))
        return handle_many(incomings, sent=sent)

    companion.handle_many = recording  # type: ignore[method-assign]
    settings = Settings(telegram_bot_token="123456:ABCdefGHIjklMNOpqrSTUvwx", telegram_api_url="http://127.0.0.1:9/bot")
    telegram = TelegramBot(settings, companion)
    try:
        first = await telegram.step(hello(300, 1))
        together = await asyncio.gather(*(telegram.step(hello(301 + i, 10 + i)) for i in range(5)))
    finally:
        telegram.writer.shutdown(wait=True)
    assert first.chat_id == 300
    assert [d.chat_id for d in together] == [301, 302, 303, 304, 305], "each caller gets its own replies"
    assert groups == [1, 5]
