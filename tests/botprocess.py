"""Start and stop the real bot (``companion telegram``) as a child process, for end-to-end tests.

The process runs in a folder of its own (so it reads no ``.env`` and writes nothing in the repository)
with an environment given in full: nothing leaks in from the shell that runs the tests. Its stdout and
stderr go to files, kept across restarts, so a test can read everything the bot ever printed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Self

TOKEN = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
# The master key of every database a test makes (base64 of 32 bytes): the tests read what the bot sealed.
DATA_KEYS = "dGVzdHMgbWFzdGVyIGtleSwgbmV2ZXIgYSByZWFsMSE="
VENV_BIN = Path(sys.executable).parent


def companion_command(*args: str) -> list[str]:
    """The ``companion`` console script next to this Python, else ``python -m bot.cli``."""
    script = VENV_BIN / "companion"
    if script.exists():
        return [sys.executable, str(script), *args]
    return [sys.executable, "-m", "bot.cli", *args]


def bot_env(
    database_url: str,
    api_url: str = "http://127.0.0.1:9/bot",
    file_url: str = "http://127.0.0.1:9/file/bot",
    *,
    log_level: str = "INFO",
    default_locale: str = "en",
    token: str = TOKEN,
    notice_delay_minutes: str = "3",
    alert_escalate_minutes: str = "10",
) -> dict[str, str]:
    """Every variable the bot reads, and the few a Python process needs; nothing else."""
    env = {
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_URL": api_url,
        "TELEGRAM_FILE_URL": file_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": log_level,
        "DEFAULT_LOCALE": default_locale,
        "NOTICE_DELAY_MINUTES": notice_delay_minutes,
        "ALERT_ESCALATE_MINUTES": alert_escalate_minutes,
        "DATA_KEYS": DATA_KEYS,
        "KEY_DATABASE_URL": os.environ.get("KEY_DATABASE_URL", "sqlite:///data/companion-keys.db"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONUNBUFFERED": "1",
        "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return env


def run_companion(
    workdir: Path, env: dict[str, str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run one ``companion`` command to its end (``worker add``, ``db upgrade``...)."""
    workdir.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        companion_command(*args), cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


class BotProcess:
    """``companion telegram`` in ``workdir``; start, stop (SIGTERM), kill (SIGKILL), start again."""

    command = "telegram"  # the ``companion`` command it runs (``serve``: the web chat with Telegram alongside)

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.workdir = workdir
        self.env = dict(env)
        self.process: subprocess.Popen[bytes] | None = None
        self.runs = 0
        self.returncodes: list[int] = []

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> Self:
        if self.running:
            raise RuntimeError("the bot is already running")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.runs += 1
        with (
            (self.workdir / f"stdout.{self.runs}.log").open("wb") as out,
            (self.workdir / f"stderr.{self.runs}.log").open("wb") as err,
        ):
            self.process = subprocess.Popen(
                companion_command(self.command),
                cwd=self.workdir,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
        return self

    def stop(self, timeout: float = 15) -> int:
        """SIGTERM, as a service manager would; returns the exit code."""
        return self._end(signal.SIGTERM, timeout)

    def kill(self, timeout: float = 15) -> int:
        """SIGKILL: the process gets no chance to tidy up, as in a power cut."""
        return self._end(signal.SIGKILL, timeout)

    def _end(self, sig: signal.Signals, timeout: float) -> int:
        process, self.process = self.process, None
        if process is None:
            raise RuntimeError("the bot is not running")
        if process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
        code = process.returncode
        self.returncodes.append(code)
        return code

    def _read(self, stream: str) -> str:
        parts = []
        for run in range(1, self.runs + 1):
            path = self.workdir / f"{stream}.{run}.log"
            if path.exists():
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "".join(parts)

    @property
    def stdout(self) -> str:
        """Everything every run of the process wrote to stdout."""
        return self._read("stdout")

    @property
    def stderr(self) -> str:
        """Everything every run of the process wrote to stderr (its log)."""
        return self._read("stderr")

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.running:
            self.stop()
