"""Stopping: nothing is handed to python-telegram-bot's update queue once the bot is stopping.

`Application.stop` stops taking from the queue at a marker, then waits for the queue to be done: an update
put after the marker was never taken, and `companion serve` waited for ever after SIGTERM (about one run in
three of tests/test_e2e_webhook.py's SIGTERM test on SQLite, found with a dump of the hung process's tasks).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from telegram import Update

from bot.core import Companion
from bot.settings import Settings
from bot.telegram_app import TelegramBot
from dialogues import build_engine
from storage.repository import Store


def message(update_id: int, user_id: int = 501) -> Update:
    update = Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 1_700_000_000,
                "chat": {"id": user_id, "type": "private"},
                "from": {"id": user_id, "is_bot": False, "first_name": "Kai"},
                "text": "hello",
            },
        },
        None,
    )
    assert update is not None
    return update


@pytest.fixture
def telegram(store: Store) -> Iterator[TelegramBot]:
    settings = Settings(telegram_bot_token="123456:ABCdefGHIjklMNOpqrSTUvwx", telegram_api_url="http://127.0.0.1:9/bot")
    bot = TelegramBot(settings, Companion(store, build_engine()))
    yield bot
    bot.writer.shutdown(wait=True)


@pytest.mark.asyncio
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_update_received_while_stopping_waits_in_the_inbox_not_in_the_queue(
    telegram: TelegramBot, store: Store
) -> None:
    await telegram.receive([message(1)])
    assert telegram.application.update_queue.qsize() == 1, "a running bot hands it on"

    telegram.stopping.set()
    await telegram.receive([message(2)])
    assert telegram.application.update_queue.qsize() == 1, "a stopping bot hands nothing on"
    assert [p.id for p in store.inbox_pending()] == [1, 2], "both kept for the next start"


@pytest.mark.asyncio
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_the_stored_updates_are_not_queued_by_a_start_that_is_stopping_already(
    telegram: TelegramBot, store: Store
) -> None:
    await telegram.receive([message(3)])
    while not telegram.application.update_queue.empty():
        telegram.application.update_queue.get_nowait()
    telegram.stopping.set()
    await telegram.resume()
    assert telegram.application.update_queue.empty()
    assert [p.id for p in store.inbox_pending()] == [3]
