"""Logging that never carries what a person typed.

Our own log lines name ids and kinds, never words. Libraries are less careful: python-telegram-bot logs
every Bot API call's parameters at DEBUG, SQLAlchemy logs statement parameters, fontTools writes a line
for each glyph table of every PDF. So the log is an allow list: below WARNING only the project's own
loggers (`OWN`) are let through, whatever the level asked for; every library is held to warnings and
above, those we know of and those we do not. SQLAlchemy's engine is also built with ``hide_parameters``.
"""

from __future__ import annotations

import logging
import traceback

OWN = ("bot", "dialogues", "storage", "locales")  # the project's packages: their loggers are ours


def ours(name: str) -> bool:
    """Whether the logger called ``name`` is one of the project's own."""
    return any(name == own or name.startswith(own + ".") for own in OWN)


class AllowList(logging.Filter):
    """Lets a record through at WARNING and above, or from one of the project's own loggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or ours(record.name)


def setup(level: str = "INFO") -> None:
    """Log to stderr: our own loggers at ``level``, everything else at WARNING and above."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(AllowList())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)  # libraries' records below it are not even made
    for name in OWN:
        logging.getLogger(name).setLevel(level)


def describe(error: BaseException) -> str:
    """An error for the log: its type and where it happened, never its message (it may hold words)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames[-4:]))
    return f"{type(error).__name__} at {where}" if where else type(error).__name__
