"""Logging that never carries what a person typed.

Our own log lines name ids and kinds, never words. Libraries are less careful: python-telegram-bot logs
every Bot API call's parameters at DEBUG, and SQLAlchemy logs statement parameters. So below WARNING
nothing from those libraries is let through, whatever the level asked for, and SQLAlchemy's engine is
built with ``hide_parameters``.
"""

from __future__ import annotations

import logging
import traceback

QUIET = ("telegram", "httpx", "httpcore", "sqlalchemy", "aiohttp", "alembic", "asyncio", "hpack", "transitions")


class LibraryFilter(logging.Filter):
    """Lets library records through only at WARNING and above."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return not any(record.name == name or record.name.startswith(name + ".") for name in QUIET)


def setup(level: str = "INFO") -> None:
    """Log to stderr at ``level``, library chatter held back."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(LibraryFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)


def describe(error: BaseException) -> str:
    """An error for the log: its type and where it happened, never its message (it may hold words)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames[-4:]))
    return f"{type(error).__name__} at {where}" if where else type(error).__name__
