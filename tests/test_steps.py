"""The steps' own process (`bot.steps`): the bot's database work done by a child with its own companion on
the same database, which ignores the terminal's Ctrl-C, is started again when it dies, and ends with the
bot even when the bot is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from bot.cli import make_companion, open_store
from bot.core import Companion
from bot.settings import Settings
from bot.steps import StepsApart

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(tmp_path: Path, key_database_url: str) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'companion.db'}",
        data_key_file=str(tmp_path / "master.key"),
        key_database_url=key_database_url,
    )


@pytest.fixture
def companion(settings: Settings) -> Iterator[Companion]:
    """The bot's own companion, on the database the child opens too."""
    companion = make_companion(settings, open_store(settings))
    yield companion
    companion.store.engine.dispose()


def child_of(steps: StepsApart) -> int:
    (pid,) = steps.pool._processes  # type: ignore[attr-defined]
    return pid


def gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def steps(settings: Settings) -> Iterator[StepsApart]:
    """The steps' process, started on ``settings`` (its child is on the way), ended after the test."""
    steps = StepsApart(settings)
    yield steps
    steps.shutdown()


@pytest.mark.asyncio
async def test_the_steps_run_in_a_child_on_the_same_database_and_it_ignores_ctrl_c(steps, companion):
    await steps.start()
    child = child_of(steps)
    assert child != os.getpid()
    os.kill(child, signal.SIGINT)  # a Ctrl-C in the terminal reaches the whole process group
    os.kill(child, signal.SIGTERM)  # so does systemd's stop: the bot ends its child after its last steps
    assert not gone(child, 0.5)
    worker = await steps.run(companion, companion.store.add_worker, 900, "Sam Jones")
    assert child_of(steps) == child, "the same child, still there"
    assert companion.store.add_worker(900, "Sam Jones") == worker, "the child's commit, found here"
    assert await steps.run(companion, companion.store.add_worker, 901, "Priya Shah") != worker
    steps.shutdown()
    assert gone(child, 5)


@pytest.mark.asyncio
async def test_only_the_companion_s_and_the_store_s_methods_go_to_the_child(steps, companion):
    with pytest.raises(TypeError, match="not a method of the companion or its store"):
        await steps.run(companion, print, "hello")


@pytest.mark.asyncio
async def test_a_child_that_dies_fails_the_call_in_hand_and_the_next_call_starts_another(steps, companion):
    await steps.start()
    first = child_of(steps)
    os.kill(first, signal.SIGKILL)
    assert gone(first, 5)
    with pytest.raises(BrokenProcessPool):
        await steps.run(companion, companion.store.add_worker, 900, "Sam Jones")
    assert await steps.run(companion, companion.store.add_worker, 900, "Sam Jones")
    assert child_of(steps) != first


def test_the_child_ends_with_the_bot_even_when_the_bot_is_killed(settings, companion):
    script = textwrap.dedent(f"""
        import asyncio, sys
        from bot.settings import Settings
        from bot.steps import StepsApart
        settings = Settings(database_url={settings.database_url!r}, data_key_file={settings.data_key_file!r},
                            key_database_url={settings.key_database_url!r})
        steps = StepsApart(settings)
        asyncio.run(steps.start())
        print(*steps.pool._processes, flush=True)
        sys.stdin.read()
    """)
    bot = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert bot.stdout is not None
        child = int(bot.stdout.readline())
        bot.kill()
        bot.wait(5)
        assert gone(child, 3), "an orphan would hold the database and the inbox's work"
    finally:
        bot.kill()
