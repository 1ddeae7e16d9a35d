"""A step that fails is tried again (a passing fault goes unnoticed); one that keeps failing is given up
after four tries, counted in the inbox so that a restart does not start the count again: its id kept as
processed, its raw text gone, one kind answer in the outbox. `TelegramBot._step_or_give_up` on both
databases, with the writer's step made to fail."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from sqlalchemy import select

from bot import telegram_app
from bot.core import Companion, Delivery, Incoming, Message
from bot.i18n import render
from bot.settings import Settings
from bot.telegram_app import SORRY, TelegramBot
from bot.updates import parse_text
from dialogues import build_engine
from dialogues.messages import T
from storage.repository import Store, inbox_t

CHAT = 700
GREETING = T("Hello! I'm Safety Companion.")


def update(update_id: int, text: str = "/start") -> Incoming:
    return Incoming(chat_id=CHAT, user_id=CHAT, input=parse_text(text), language_code="cy", update_id=update_id)


class Failing:
    """`Companion.handle_many` whose steps fail the first ``times`` times they are run."""

    def __init__(self, companion: Companion, times: int) -> None:
        self.handle_many = companion.handle_many
        self.times = times
        self.runs = 0
        companion.handle_many = self  # type: ignore[method-assign]

    def __call__(self, incomings: Sequence[Incoming], *, sent: Sequence[int] = ()) -> list[Delivery | Exception]:
        self.runs += 1
        if self.runs <= self.times:
            return [RuntimeError("a step that fails")] * len(incomings)
        return self.handle_many(incomings, sent=sent)


@pytest.fixture
def telegram(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TelegramBot]:
    monkeypatch.setattr(telegram_app, "RETRY_PAUSE", 0.0)
    settings = Settings(telegram_bot_token="123456:ABCdefGHIjklMNOpqrSTUvwx", telegram_api_url="http://127.0.0.1:9/bot")
    bot = TelegramBot(settings, Companion(store, build_engine()))
    yield bot
    bot.writer.shutdown(wait=True)


def attempts(store: Store, update_id: int) -> int | None:
    with store.engine.connect() as c:
        return c.scalar(select(inbox_t.c.attempts).where(inbox_t.c.update_id == update_id))


@pytest.mark.asyncio
async def test_a_passing_fault_is_tried_again_and_goes_unnoticed(telegram: TelegramBot) -> None:
    store = telegram.store
    store.inbox_add([(1, CHAT, {"update_id": 1})])
    failing = Failing(telegram.companion, times=2)
    delivery = await telegram._step_or_give_up(update(1))
    assert failing.runs == 3
    assert delivery is not None and delivery.messages[0].text.startswith(render(GREETING, "cy")), "/start answered"
    assert render(SORRY, "cy") not in [m.text for m in delivery.messages]
    assert store.inbox_pending() == [] and attempts(store, 1) is None


@pytest.mark.asyncio
async def test_a_step_that_keeps_failing_is_given_up_after_four_tries(telegram: TelegramBot) -> None:
    store = telegram.store
    store.inbox_add([(2, CHAT, {"update_id": 2})])
    failing = Failing(telegram.companion, times=100)
    delivery = await telegram._step_or_give_up(update(2, "hello"))
    assert failing.runs == 4
    assert delivery is not None and [m.text for m in delivery.messages] == [render(SORRY, "cy")]
    assert store.inbox_pending() == [], "its raw text is gone"
    assert store.last_update_id() == 2, "its id is kept as processed"
    assert [Message.from_payload(p.payload).text for p in store.outbox_pending()] == [render(SORRY, "cy")]
    assert store.inbox_add([(2, CHAT, {"update_id": 2})]) == [], "sent again by Telegram, it is not taken"


@pytest.mark.asyncio
async def test_failures_are_counted_across_a_restart(telegram: TelegramBot) -> None:
    store = telegram.store
    store.inbox_add([(3, CHAT, {"update_id": 3})])
    assert store.inbox_failed(3) == 1 and store.inbox_failed(3) == 2 and attempts(store, 3) == 2  # a first run
    failing = Failing(telegram.companion, times=100)
    delivery = await telegram._step_or_give_up(update(3, "hello"))
    assert failing.runs == 2, "two tries left after the restart"
    assert delivery is not None and [m.text for m in delivery.messages] == [render(SORRY, "cy")]
    assert store.inbox_failed(3) == 0, "gone from the inbox"


@pytest.mark.asyncio
async def test_a_step_that_needs_a_data_key_this_key_store_lacks_is_never_given_up(telegram: TelegramBot) -> None:
    """Two processes with key stores of their own: one sealed the conversation with a key the other lacks.
    That is the service's fault, not the message's, so the words stay in the inbox (a give-up drops them)."""
    from storage.seal import KeyNotHere

    store = telegram.store
    store.inbox_add([(4, CHAT, {"update_id": 4})])

    def lacks_a_key(incomings: Sequence[Incoming], *, sent: Sequence[int] = ()) -> list[Delivery | Exception]:
        return [KeyNotHere("data key 7 is gone")] * len(incomings)

    telegram.companion.handle_many = lacks_a_key  # type: ignore[method-assign]
    assert await telegram._step_or_give_up(update(4, "my words")) is None
    assert [p.id for p in store.inbox_pending()] == [4], "still there for a start with the right key store"
    assert store.outbox_pending() == [], "no 'sorry': nothing was given up"
