"""The end-to-end harness: the real `companion telegram` process against the fake Bot API, people who
send and press, and what was stored. Test modules use it through the `harness` and `bot` fixtures
(tests/conftest.py)."""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

from botprocess import BotProcess, bot_env, run_companion
from fakebotapi import FakeBotApiThread, SentRecord
from sqlalchemy import Engine, Table, func, select

from bot.i18n import render
from dialogues.home import ABOUT, HELP, LANGUAGE, PRIVACY, WHO_FOR
from dialogues.languages import LANGUAGES
from dialogues.messages import T, Text
from storage.models import Answer, Conversation, InboxUpdate, OutboxMessage, Person, ProcessedUpdate, Worker
from storage.seal import unseal

TIMEOUT = 20.0  # seconds to wait for one answer: generous, since it includes the bot's start-up
MAX_TEXT = 4096  # Telegram's limits
MAX_CALLBACK_DATA = 64

# What the bot says, as the dialogues say it (English msgids, rendered in the person's language).
GREETING = T("Hello! I'm Safety Companion.")
WHICH_LANGUAGE = T("Which language would you like me to use?")
NO_CASE = T("You are not part of a case with a social worker here yet.")
ASK_FOR_INVITATION = T(
    "To join, ask your social worker for an invitation link. "
    "When you open it, I will know who your worker is, and you can start."
)
WHAT_NEXT = T("What would you like to do?")
MY_CASES = T("📁 My cases")
NEW_CASE = T("➕ New case")
WELCOME = (GREETING, ABOUT, WHO_FOR, WHICH_LANGUAGE)
NO_CASE_MENU = (NO_CASE, ASK_FOR_INVITATION)


def speaking(code: str) -> Text:
    return T("OK. I will speak {language} with you from now on.", language=Text.as_written(LANGUAGES[code]))


def say(locale: str, *texts: Text) -> str:
    """One message as the bot sends it: paragraphs in ``locale``, a blank line between them."""
    return "\n\n".join(render(text, locale) for text in texts)


def menu_labels(locale: str) -> list[str]:
    return [render(choice.label, locale) for choice in (HELP, PRIVACY, LANGUAGE)]


# -- people, and what the bot sends them ----------------------------------------------------------


@dataclass
class Turn:
    """Everything the bot sent a person for one thing they did, in order; the last carries the buttons."""

    update_id: int
    messages: list[SentRecord]

    @property
    def texts(self) -> list[str]:
        return [m.text or "" for m in self.messages]

    @property
    def text(self) -> str:
        """The text of the only message (most answers are one message: kind word, then the prompt)."""
        assert len(self.messages) == 1, f"expected one message, got {self.texts}"
        return self.texts[0]

    @property
    def prompt(self) -> SentRecord:
        return self.messages[-1]

    @property
    def buttons(self) -> list[str]:
        return [b["text"] for b in self.prompt.inline_buttons]


@dataclass
class User:
    """Someone in a private chat with the bot (chat id = user id, as in Telegram)."""

    api: FakeBotApiThread
    id: int
    language_code: str | None = "en"
    first_name: str = "Test"

    def sends(self, text: str, *, buttons: bool = True) -> Turn:
        """Send words; the answer ends with a message with buttons (else, with ``buttons=False``, is one message)."""
        return self._act(
            lambda: self.api.user_sends_text(
                self.id, text, language_code=self.language_code, first_name=self.first_name
            ),
            buttons,
        )

    def presses(self, label: str, on: SentRecord | None = None, *, buttons: bool = True) -> Turn:
        """Press the button called ``label`` on ``on`` (by default, the latest message that has buttons)."""
        message = on or self.last_prompt
        data = [b["callback_data"] for b in message.inline_buttons if b["text"] == label]
        assert data, f"no button {label!r} on {message.describe()}: {[b['text'] for b in message.inline_buttons]}"
        return self.presses_data(data[0], message, buttons=buttons)

    def presses_data(self, data: str, message: SentRecord, *, buttons: bool = True) -> Turn:
        assert message.message_id is not None
        return self._act(lambda: self.api.user_presses(self.id, data, message_id=message.message_id), buttons)

    def sends_sticker(self) -> Turn:
        return self._act(lambda: self.api.user_sends_sticker(self.id))

    def sends_photo(self, caption: str | None = None, **file: Any) -> Turn:
        return self._act(lambda: self.api.user_sends_photo(self.id, caption=caption, **file))

    def sends_voice(self, **file: Any) -> Turn:
        return self._act(lambda: self.api.user_sends_voice(self.id, **file))

    def edits(self, update_id: int, new_text: str) -> Turn:
        """Edit the message this person sent in update ``update_id``."""
        update = self.api.get_update(update_id)
        assert update is not None and "message" in update
        return self._act(lambda: self.api.user_edits_message(self.id, update["message"]["message_id"], new_text))

    @property
    def received(self) -> list[SentRecord]:
        """Every message the bot sent to this chat so far."""
        return self.api.messages_to(self.id)

    @property
    def last_prompt(self) -> SentRecord:
        with_buttons = [m for m in self.received if m.inline_buttons and not is_notice(m)]
        assert with_buttons, f"chat {self.id} has no message with buttons"
        return with_buttons[-1]

    def answer_to(self, update_id: int, since: int = 0, buttons: bool = True) -> Turn:
        """Wait for the answer to an update already sent: messages up to the next one with buttons.
        Notices and reminders (their buttons run a command, "c|...") may come in between: they are not it."""

        def answers(r: SentRecord) -> bool:
            return r.chat_id == self.id and r.method == "sendMessage" and not is_notice(r)

        last = self.api.wait_for(lambda r: answers(r) and (bool(r.inline_buttons) or not buttons), TIMEOUT, since=since)
        return Turn(update_id, [r for r in self.api.sent[since : last.index + 1] if answers(r)])

    def _act(self, push: Callable[[], int], buttons: bool = True) -> Turn:
        since = self.api.mark()
        return self.answer_to(push(), since, buttons)


def is_notice(record: SentRecord) -> bool:
    """A message the bot sent on its own (a notice, a reminder): its buttons run commands."""
    return bool(record.callback_data) and all(d.startswith("c|") for d in record.callback_data)


def redeliver(api: FakeBotApiThread, update_id: int) -> None:
    """Telegram sends an update again, as it does when the bot's confirmation never reached it.

    The fake has no public way to serve an update a second time, so this puts a copy of it back in the
    fake's queue, on the fake's own loop.
    """
    update = copy.deepcopy(api.get_update(update_id))
    assert update is not None

    def put_back() -> None:
        api.api._updates.append(update)
        api.api._wake_pollers()

    api._call(put_back)


R = TypeVar("R")


def eventually(check: Callable[[], R], what: str, timeout: float = TIMEOUT) -> R:
    """Poll ``check`` (tiny sleeps) until it gives something true; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still not {what} after {timeout}s (last: {value!r})")
        time.sleep(0.02)


# -- the database, read as the bot left it --------------------------------------------------------

person_t: Table = Person.__table__
worker_t: Table = Worker.__table__
conversation_t: Table = Conversation.__table__
answer_t: Table = Answer.__table__
inbox_t: Table = InboxUpdate.__table__
outbox_t: Table = OutboxMessage.__table__
processed_t: Table = ProcessedUpdate.__table__


@dataclass
class Stored:
    engine: Engine

    def rows(self, table: Table) -> list[Any]:
        with self.engine.connect() as c:
            return list(c.execute(select(table)).all())

    def count(self, table: Table) -> int:
        with self.engine.connect() as c:
            return int(c.scalar(select(func.count()).select_from(table)) or 0)

    def person(self, telegram_id: int) -> Any:
        with self.engine.connect() as c:
            return c.execute(select(person_t).where(person_t.c.telegram_id == telegram_id)).first()

    def conversation(self, telegram_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(
                select(conversation_t.c.person_id, conversation_t.c.state)
                .join(person_t, person_t.c.id == conversation_t.c.person_id)
                .where(person_t.c.telegram_id == telegram_id)
            ).first()
            return None if row is None else json.loads(unseal(c, "conversation", "state", row.person_id, row.state))

    def answers(self) -> list[Any]:
        """The answers stored, oldest first, their words opened (``value`` and ``data`` as the bot wrote them)."""
        with self.engine.connect() as c:
            rows = c.execute(select(answer_t).order_by(answer_t.c.id)).all()
            return [
                SimpleNamespace(
                    **{
                        **row._asdict(),
                        "value": unseal(c, "answer", "value", row.id, row.value),
                        "data": unseal(c, "answer", "data", row.id, row.data),
                    }
                )
                for row in rows
            ]

    def telegram_ids(self) -> set[int]:
        return {row.telegram_id for row in self.rows(person_t)}

    def processed_ids(self) -> list[int]:
        return sorted(row.update_id for row in self.rows(processed_t))


# -- fixtures ---------------------------------------------------------------------------------------


@dataclass
class Harness:
    """The fake Telegram, the database, and the bot processes started for one test."""

    api: FakeBotApiThread
    database_url: str
    folder: Path
    db: Stored
    bots: list[BotProcess] = field(default_factory=list)
    expected_api_errors: list[str] = field(default_factory=list)
    expected_log: list[str] = field(default_factory=list)  # patterns of warning lines a test causes on purpose

    def env(self, **settings: str) -> dict[str, str]:
        return bot_env(self.database_url, self.api.base_url, self.api.file_url, **settings)

    def start_bot(self, **settings: str) -> BotProcess:
        """Start a bot and wait until it is ready (its schema migrated, its command menu set)."""
        since = self.api.mark()
        bot = BotProcess(self.folder / f"bot{len(self.bots) + 1}", self.env(**settings)).start()
        self.bots.append(bot)
        try:
            self.api.wait_for(
                lambda r: r.method == "setMyCommands" and not r.params.get("language_code"), TIMEOUT, since=since
            )
        except TimeoutError:
            raise AssertionError(f"the bot did not start: {bot.stderr}") from None
        return bot

    def companion(self, *args: str) -> str:
        """Run a ``companion`` command against the same database; its stdout."""
        done = run_companion(self.folder / "cli", self.env(), *args)
        assert done.returncode == 0, f"companion {' '.join(args)} failed: {done.stderr}"
        return done.stdout

    def user(self, user_id: int, language_code: str | None = "en", first_name: str = "Test") -> User:
        return User(self.api, user_id, language_code, first_name)

    def check_nothing_went_wrong(self) -> None:
        """Every Bot API call was accepted and the bot logged no warning or error, in every test."""
        errors = [e for e in self.api.errors if e[2] not in self.expected_api_errors]
        assert errors == [], f"the fake Bot API refused calls: {errors}"
        for bot in self.bots:
            log = "\n".join(
                line for line in bot.stderr.splitlines() if not any(re.search(p, line) for p in self.expected_log)
            )
            assert not re.search(r"Traceback| (WARNING|ERROR|CRITICAL) ", log), bot.stderr
            assert all(code in (0, -9) for code in bot.returncodes), (bot.returncodes, bot.stderr)


def joined(harness: Harness, worker_id: int, user_id: int, invite: Text, label: str) -> tuple[User, User]:
    """A registered worker with a case ``label``, and someone who joined it through the invitation the
    worker's ``invite`` button made."""
    harness.companion("worker", "add", "--telegram-id", str(worker_id), "--name", "Sam Jones")
    sam = harness.user(worker_id)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends(label)
    invited = sam.presses(render(invite, "en"))
    code = re.search(r"\?start=(\S+)", invited.texts[0]).group(1)  # type: ignore[union-attr]
    joiner = harness.user(user_id)
    joiner.sends(f"/start {code}")
    joiner.presses(render(T("✅ Yes, join"), "en"))
    return sam, joiner


def joined_young_person(harness: Harness, worker_id: int, user_id: int) -> tuple[User, User]:
    """A registered worker with a case, and a young person who joined it through their invitation."""
    return joined(harness, worker_id, user_id, T("🧒 Invite a young person"), "Family C")


def joined_parent(harness: Harness, worker_id: int, user_id: int) -> tuple[User, User]:
    """A registered worker with a case, and a parent who joined it through their invitation."""
    return joined(harness, worker_id, user_id, T("🧑 Invite a parent or carer"), "Family E")
