"""The steps' own process: the Telegram bot's database work, away from its event loop.

The bot's event loop (receiving updates, sending replies) and its steps (the dialogues, the danger check,
sealing, the statements and their commit) each keep a core busy under load. On threads of one process
Python runs one of them at a time, so their costs add up; here the steps run in a process of their own,
on the other core (bench/README.md, "The steps' own process").

`StepsApart.run` takes a method of the bot's `Companion` or of its `Store` and runs the same method of
the child's own, which it opened on the same settings: its arguments and its answer go between the two
processes by pickle (updates, replies, outbox rows: plain data). The child still does one thing at a
time, in order, as the writer thread did. It ignores SIGINT and SIGTERM (the bot stops it, after its last
steps) and ends with the bot, even when the bot is killed. When it dies (killed, out of memory), the call
it was on fails like any failed step, and the next call starts another: a step is one transaction, so
nothing half-done is left behind.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from bot import logs

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.core import Companion
    from bot.settings import Settings

log = logging.getLogger(__name__)

R = TypeVar("R")
Owner = Literal["companion", "store"]

PARENT_CHECK = 1.0  # seconds between the child's looks at whether the bot is still there
PR_SET_PDEATHSIG = 1  # Linux's prctl option: a signal for this process when its parent ends


class StepsApart:
    """The bot's steps, in a child process of their own (one, doing one thing at a time). It starts at once,
    so that it opens the database while the bot readies itself."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pool = self._pool()
        self.started = self.pool.submit(_ready)

    def _pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing of this one's threads
        return ProcessPoolExecutor(1, mp_context=context, initializer=_start, initargs=(self.settings, os.getpid()))

    async def start(self) -> None:
        """Wait until the child's database is open (an error here: the bot cannot run)."""
        await asyncio.wrap_future(self.started)

    async def run(self, companion: Companion, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """``fn``, a method of ``companion`` or its store, run by the child's own. The people whose file is
        being drawn now and the bot's username go with it: the child's steps read them."""
        owner = _owner_of(fn, companion)
        pool = self.pool
        try:
            future = pool.submit(
                _call, owner, fn.__name__, args, kwargs, frozenset(companion.drawing), companion.bot_username
            )
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            if pool is self.pool:  # the first to find it ended starts another; this call fails as a step would
                log.error("the steps' process ended: starting another")
                self.pool = self._pool()
                pool.shutdown(wait=False)
            raise

    def shutdown(self) -> None:
        """Wait for the call in hand, then end the child (again: nothing more)."""
        self.pool.shutdown(wait=True)


def _owner_of(fn: Callable[..., Any], companion: Companion) -> Owner:
    owner = getattr(fn, "__self__", None)
    if owner is companion:
        return "companion"
    if owner is companion.store:
        return "store"
    raise TypeError(f"{getattr(fn, '__qualname__', fn)!r} is not a method of the companion or its store")


# -- in the child ---------------------------------------------------------------------------------------

_companion: Companion | None = None


def _start(settings: Settings, parent: int) -> None:
    """The child's start: signals left to the bot, an end with it, logging as the bot's, the database opened
    as the bot opened it."""
    global _companion
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal reaches the whole group
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # so does systemd's stop: the bot ends the child itself
    _end_with(parent)
    logs.setup(settings.log_level)
    from bot.cli import make_companion, open_store

    _companion = make_companion(settings, open_store(settings))
    _companion.files_later = True


def _end_with(parent: int) -> None:
    """End this process when ``parent`` ends, even by SIGKILL: at once on Linux, else within a second."""
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(0)

    threading.Thread(target=watch, name="parent", daemon=True).start()


def _ready() -> bool:
    return _companion is not None


def _call(owner: Owner, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], drawing: frozenset[int],
          bot_username: str | None) -> Any:  # fmt: skip
    companion = _companion
    assert companion is not None, "the child opened its companion at its start"
    companion.drawing = set(drawing)
    companion.bot_username = bot_username
    target = companion if owner == "companion" else companion.store
    return getattr(target, name)(*args, **kwargs)
