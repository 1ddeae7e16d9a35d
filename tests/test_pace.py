"""Telegram's limit on messages a second (30), kept by every message the bot sends, and shared by its
processes on PostgreSQL (`bot.telegram_app.Pace`; the processes are counted by `storage.coordination`)."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.telegram_app import Pace


async def sending(pace: Pace, count: int) -> float:
    """Seconds that ``count`` messages take to be let through."""
    started = time.monotonic()
    for _ in range(count):
        await pace.take()
    return time.monotonic() - started


@pytest.mark.asyncio
async def test_messages_go_at_the_limit_however_many_are_waiting() -> None:
    pace = Pace(30)
    assert 0.85 <= await sending(pace, 31) <= 1.8, "3 at once, then 28 at 30 a second (at 15, over 1.8 s)"


@pytest.mark.asyncio
async def test_messages_sent_side_by_side_keep_the_limit_together() -> None:
    pace = Pace(30)
    started = time.monotonic()
    await asyncio.gather(*(sending(pace, 8) for _ in range(4)))
    assert 0.85 <= time.monotonic() - started <= 1.8


@pytest.mark.asyncio
async def test_two_processes_each_keep_half_the_limit() -> None:
    pace = Pace(30)
    pace.share(2)
    assert 0.85 <= await sending(pace, 16) <= 1.8, "1 at once, then 15 at 15 a second"
    pace.share(1)
    assert await sending(pace, 12) <= 0.6, "alone again: its whole limit (0.3 s; at 15 a second, 0.75 s)"


@pytest.mark.asyncio
async def test_no_limit_when_it_is_0() -> None:
    assert await sending(Pace(0), 1000) < 0.5


@pytest.mark.asyncio
async def test_an_alert_goes_ahead_of_messages_waiting_and_the_limit_still_holds() -> None:
    pace = Pace(30)
    waiting = asyncio.create_task(sending(pace, 31))  # replies: about a second's worth
    await asyncio.sleep(0.2)
    started = time.monotonic()
    pace.take_now()  # an alert: sent now, not after the replies queued before it
    assert time.monotonic() - started < 0.05
    assert await waiting >= 0.9, "its token is owed: 29 replies wait their turn after the first 3, not 28"
