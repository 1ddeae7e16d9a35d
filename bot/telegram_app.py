"""The Telegram adapter: python-telegram-bot's Application, built in one place, and our own polling.

Why our own polling: PTB's Updater asks Telegram for the next batch (which confirms the last one)
before the handlers have run, so a crash would lose what a child just wrote. Here every update is
committed to the inbox first, and only then is the next offset asked for.

The path of one update:
poll -> inbox (commit) -> Application.update_queue -> ChatOrderedProcessor (one at a time per chat,
concurrently across chats) -> `TelegramBot.on_update` -> `TelegramBot.step`: with the other updates
waiting, `Companion.handle_many` on the writer thread (each update's answers, state, update id and outbox
all or nothing, one commit for the group) -> send the replies -> their outbox rows go.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
import warnings
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor, ContextTypes, ExtBot, TypeHandler
from telegram.warnings import PTBUserWarning

from bot import logs, media, metrics
from bot.core import Button, Commands, Companion, Delivery, FileRequest, Incoming, Message, commands_for
from bot.i18n import render
from bot.settings import Settings
from bot.telegram_http import AiohttpRequest
from bot.updates import ALLOWED_UPDATES, is_private, kept_fields, to_incoming
from dialogues.engine import InputKind
from dialogues.languages import LANGUAGES, supported
from dialogues.messages import T
from storage.coordination import Coordinator
from storage.models import utcnow
from storage.repository import Pending, Store, is_web
from storage.seal import KeyNotHere

if TYPE_CHECKING:
    from bot.exports import Document
    from bot.steps import StepsApart

log = logging.getLogger(__name__)

R = TypeVar("R")

GROUP_COMMIT = 64  # at most this many updates share one commit
SENDS_IN_FLIGHT = 4  # more Bot API calls at once cost more than they gain (see the README)
# A message is sent as python-telegram-bot's `send_message` sends it (the same request, its errors), through
# `do_api_request`, which leaves Telegram's answer as it came: `send_message` would make a `Message` of it
# that nothing reads, a tenth of the event loop's time an update (bench/README.md). python-telegram-bot
# warns that `send_message` exists; it is meant.
SEND = "send_message"
warnings.filterwarnings("ignore", message=f"Please use 'Bot.{SEND}'", category=PTBUserWarning)
POLL_TIMEOUT = 25  # seconds Telegram holds a getUpdates call open
TIDY_EVERY = 3600  # seconds between clearing out old processed update ids, and retention's rounds
NOTICE_CHECK = 15  # seconds between looks for notices that have fallen due
STEP_TRIES = 4  # a failing step is tried again at most three times, then its update is given up
RETRY_PAUSE = 0.2  # seconds before a failed step is tried again, doubled each time
POLL_BACKOFF = 1.0  # seconds before getUpdates is asked again after a failure, doubled each time...
POLL_BACKOFF_MAX = 60.0  # ...up to this
FILES_AT_STOP = 4  # seconds a stopping bot waits for files being made (it exits within 10 s of SIGTERM)
STEPS_AT_STOP = 5  # seconds a stopping bot waits for the steps in flight and their replies
SWEEP_EVERY = 1.0  # seconds between looks for chats whose updates wait in the inbox (several processes)
ALERT_CHECK = 2  # seconds between looks for alerts due for escalation (a refused alert wakes it at once)
RETRY_CHECK = 1  # seconds between looks for outbox rows due to be tried again
FLUSH_EVERY = 1  # seconds between deletions of delivered outbox rows when no step comes along to do it
MAX_ATTEMPTS = 20  # an ordinary reply is given up after this many tries; an alert's message never is
BACKOFF_CAP = {False: 300.0, True: 30.0}  # the longest wait between tries: ordinary, urgent


class Tried(Enum):
    """What one try to send a message came to."""

    DELIVERED = "delivered"  # Telegram has it
    DONE = "done"  # not delivered, but not to be tried again (an ordinary reply that timed out, or refused)
    REFUSED = "refused"  # an alert's message Telegram will never deliver: blocked, gone, or a bad chat
    AGAIN = "again"  # not delivered: try again later


def backoff(attempts: int, urgent: bool) -> float:
    """Seconds to wait before the next try, after ``attempts`` tries."""
    return min(2.0 ** max(attempts - 1, 0), BACKOFF_CAP[urgent])


class Pace:
    """Telegram's limit on messages a second, kept by every message this process sends: a token bucket
    that holds a tenth of a second's worth (at least one message), so no second sees more than about the
    limit. With several processes on PostgreSQL each keeps its share of the limit
    (`share`, from how many run now, counted by the database), so together they keep within it."""

    def __init__(self, per_second: float) -> None:
        self.limit = per_second  # all processes together; 0 = no limit
        self.rate = per_second  # this process's share
        self.tokens = self.burst
        self.at = time.monotonic()
        self.turn = asyncio.Lock()

    def share(self, processes: int) -> None:
        """``processes`` run now (this one included): this one keeps to its part of the limit."""
        self.rate = self.limit / max(processes, 1)
        self.tokens = min(self.tokens, self.burst)

    @property
    def burst(self) -> float:
        return max(self.rate * 0.1, 1.0)

    def take_now(self) -> None:
        """Send one more message at once, ahead of any waiting (an alert): its token is owed, so the
        messages after it wait the longer and the limit holds on average."""
        if self.limit <= 0:
            return
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate) - 1
        self.at = now

    async def take(self) -> None:
        """Wait until this process may send one more message."""
        if self.limit <= 0:
            return
        async with self.turn:  # first come, first served
            while True:
                now = time.monotonic()
                self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
                self.at = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


GROUP_GOODBYE = T("I only talk in private chats, to keep what people share safe. Goodbye!")
SORRY = T("Sorry, something went wrong on my side. Please try again in a moment.")


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Updates from different chats run at the same time; from one chat, one after another, in order."""

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int | None, asyncio.Lock] = {}
        self._users: dict[int | None, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """Buttons in rows: short ones (numbers) side by side, longer ones two or one to a row."""
    if not buttons:
        return None
    longest = max(len(b.label) for b in buttons)
    width = 6 if longest <= 4 else 2 if longest <= 16 else 1
    rows = [buttons[i : i + width] for i in range(0, len(buttons), width)]
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows])


def bot_commands(commands: Commands) -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in commands]


def build_application(settings: Settings, handler: TelegramBot) -> Application:  # type: ignore[type-arg]
    """The python-telegram-bot Application: no Updater (we poll), per-chat ordered processing."""
    assert settings.token is not None
    application = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_file_url)
        .request(AiohttpRequest(connections=SENDS_IN_FLIGHT + 2))
        .get_updates_request(AiohttpRequest(connections=1, read_timeout=POLL_TIMEOUT + 10))
        .updater(None)
        .concurrent_updates(ChatOrderedProcessor())
        .build()
    )
    application.add_handler(TypeHandler(Update, handler.on_update))
    application.add_error_handler(handler.on_error)
    return application


class TelegramBot:
    """Long polling into the inbox, ordered processing, replies out through the outbox."""

    def __init__(self, settings: Settings, companion: Companion, *, steps: StepsApart | None = None) -> None:
        self.settings = settings
        self.companion = companion
        self.store: Store = companion.store
        # The database work (`in_writer`): on this thread, or in the process of its own ``steps`` started
        # (`bot.steps`), so that it and the event loop each have a core; the web chat's, in `companion serve`,
        # stays on this thread.
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="writer")
        self.apart = steps
        # Files (PDFs, charts, pictures) are drawn after their step has committed, on a thread of their own
        # (`_draw`), so the writer thread and everyone's replies never wait for them.
        self.drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="files")
        self.drawings: set[asyncio.Task[None]] = set()
        companion.files_later = True
        self.sends = asyncio.Semaphore(SENDS_IN_FLIGHT)
        self.pace = Pace(settings.telegram_messages_per_second)  # every message, replies and scheduled alike
        self.sent: list[int] = []  # outbox rows delivered, to delete with the next transaction
        self.in_flight: set[int] = set()  # outbox rows being sent now: the retry loop leaves them alone
        self.wake = asyncio.Event()  # an alert may be due for escalation now: `_scheduled` looks at once
        self.waiting: list[tuple[Incoming, asyncio.Future[Delivery]]] = []  # updates for the next group commit
        self.stepper: asyncio.Task[None] | None = None
        self.stopping = asyncio.Event()
        self.ready = asyncio.Event()  # started, and what was left in the inbox queued first: the webhook takes more
        # On PostgreSQL several processes may run as one bot: a chat's updates are processed by whichever
        # process holds the chat's lock, read from the inbox in order (`_drain`); `coordinator` holds this
        # process's locks, on the `locks` thread. On SQLite (one process) it stays None.
        self.coordinator: Coordinator | None = None
        self.locks = ThreadPoolExecutor(max_workers=1, thread_name_prefix="locks")
        self.draining: set[int] = set()  # chats this process is processing now
        self.again: set[int] = set()  # chats given more updates while they were being processed
        self.drains: set[asyncio.Task[None]] = set()
        self.application = build_application(settings, self)
        # Scheduled messages (reminders, notices) can fall due many at once: they go through a second Bot
        # with python-telegram-bot's rate limiter, so they keep within Telegram's limits; replies do not
        # wait behind them.
        self.paced = ExtBot(
            settings.token or "",
            base_url=settings.telegram_api_url,
            base_file_url=settings.telegram_file_url,
            request=AiohttpRequest(connections=2),
            rate_limiter=AIORateLimiter(max_retries=3),
        )

    @property
    def bot(self) -> Any:
        return self.application.bot

    async def in_locks(self, fn: Callable[..., R], *args: Any) -> R:
        """Run ``fn`` on the thread that owns this process's advisory locks."""
        return await asyncio.get_running_loop().run_in_executor(self.locks, lambda: fn(*args))

    async def in_writer(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Run ``fn`` on the single writer thread, or in the steps' process: every database write of the bot
        goes through here, one at a time."""
        if self.apart is not None:
            return await self.apart.run(self.companion, fn, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self.writer, lambda: fn(*args, **kwargs))

    # -- handlers -----------------------------------------------------------------------------

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Input in, replies out: everything else is in `Companion.handle_many` (through `step`). Once the
        bot is stopping, an update not yet started is left in the inbox, for the next start (in order)."""
        if self.stopping.is_set():
            return
        incoming = to_incoming(update, self.bot.username)
        if incoming is None:
            await self.in_writer(self.store.forget_update, update.update_id)
            return
        if update.callback_query is not None:
            asyncio.get_running_loop().create_task(self._answer(update.callback_query))
        if (
            incoming.input.kind is InputKind.MEDIA
            and update.message is not None
            and await self.in_writer(self.companion.takes_media, incoming.user_id)
        ):  # fetched only where it would be kept (a house): elsewhere the kind answer, nothing downloaded
            incoming = replace(incoming, upload=await media.fetch(update.message))
        started = time.perf_counter()
        delivery = await self._step_or_give_up(incoming)
        if delivery is not None:
            metrics.STEP_SECONDS.observe(time.perf_counter() - started)
            metrics.UPDATES.labels(str(incoming.input.kind)).inc()
            await self.deliver(delivery)
            self._draw(delivery)

    def _draw(self, delivery: Delivery) -> None:
        """Start making the files the step asked for, after its commit and its replies. The person is marked
        as having a file on the way before their next update is stepped (this chat's updates wait for this
        handler), so they ask for at most one at a time; nobody's updates wait for the drawing."""
        for request in delivery.files:
            self.companion.drawing.add(request.person_id)
            task = asyncio.get_running_loop().create_task(self._make_files(delivery.chat_id, request))
            self.drawings.add(task)
            task.add_done_callback(self.drawings.discard)

    async def _make_files(self, chat_id: int, request: FileRequest) -> None:
        """Draw one request's files on the files thread and send them; a failure is logged by type and place
        and the person told kindly. Either way, they may ask for another file from now on."""
        try:
            documents = await asyncio.get_running_loop().run_in_executor(self.drawer, self.companion.draw, request)
            for document in documents:
                await self.send_file(chat_id, document)
        except Exception as error:
            log.error("files for chat %s not made: %s", chat_id, logs.describe(error))
            await self.send(chat_id, Message(render(SORRY, request.locale)))
        finally:
            self.companion.drawing.discard(request.person_id)

    async def _step_or_give_up(self, incoming: Incoming) -> Delivery | None:
        """`step`, tried again when it fails (a passing fault: a lock, a dropped connection); after
        `STEP_TRIES` failures, counted in the inbox across restarts, the update is given up: its id is kept
        as processed, its raw text goes and the person is told kindly, once. The chat's later updates wait
        meanwhile (`ChatOrderedProcessor`), so nothing of theirs is answered before it. None when the
        update stays in the inbox for the next start (the bot is stopping, or the database is down)."""
        tried = 0
        while True:
            tried += 1
            try:
                return await self.step(incoming)
            except Exception as error:
                failed = error
                metrics.ERRORS.labels(type(error).__name__).inc()
            log.warning("update %s: step failed (try %s): %s", incoming.update_id, tried, logs.describe(failed))
            if isinstance(failed, KeyNotHere):  # the service's fault, not the message's: never given up
                log.error(
                    "update %s stays in the inbox: a data key it needs is not in this key store; every process"
                    " must use the same KEY_DATABASE_URL",
                    incoming.update_id,
                )
                return None
            attempts = tried
            if incoming.update_id is not None:
                try:
                    attempts = max(await self.in_writer(self.store.inbox_failed, incoming.update_id), tried)
                except Exception as error:
                    log.error("update %s: its failure not counted: %s", incoming.update_id, logs.describe(error))
            if attempts >= STEP_TRIES:
                break
            await self._pause(RETRY_PAUSE * 2 ** (tried - 1))
            if self.stopping.is_set():
                return None
        log.error("update %s given up after %s failed steps: %s", incoming.update_id, attempts, logs.describe(failed))
        try:
            return await self.in_writer(self.companion.give_up, incoming, SORRY)
        except Exception as error:  # the database is down: the update stays, for the next start
            log.error("update %s could not be given up: %s", incoming.update_id, logs.describe(error))
            return None

    async def _pause(self, seconds: float) -> None:
        """Wait ``seconds``, or less when the bot is stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)

    async def step(self, incoming: Incoming) -> Delivery:
        """`Companion.handle_many` for this update and any others waiting: while the writer thread is busy
        with one group, the next gathers, and it goes in one hop with one commit (bench/README.md)."""
        future: asyncio.Future[Delivery] = asyncio.get_running_loop().create_future()
        self.waiting.append((incoming, future))
        if self.stepper is None:
            self.stepper = asyncio.get_running_loop().create_task(self._step_waiting())
        return await future

    async def _step_waiting(self) -> None:
        try:
            while self.waiting:
                group, self.waiting = self.waiting[:GROUP_COMMIT], self.waiting[GROUP_COMMIT:]
                sent, self.sent = self.sent, []
                incomings = [incoming for incoming, _ in group]
                try:
                    results = await self.in_writer(self.companion.handle_many, incomings, sent=sent)
                except Exception as error:
                    self.sent.extend(sent)
                    results = [error] * len(group)
                for (_, future), result in zip(group, results, strict=True):
                    if future.done():  # its handler was cancelled (the bot is stopping)
                        continue
                    if isinstance(result, Exception):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self.stepper = None

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the error without its message (it may hold words), and tell the person kindly."""
        error = context.error
        metrics.ERRORS.labels(type(error).__name__ if error else "unknown").inc()
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("update %s failed: %s", update_id, logs.describe(error) if error else "unknown error")
        if isinstance(update, Update) and update.effective_chat and is_private(update):
            user = update.effective_user
            locale = supported(user.language_code if user else None) or self.settings.default_locale
            await self.send(update.effective_chat.id, Message(render(SORRY, locale)))

    async def _answer(self, query: CallbackQuery) -> None:
        try:
            async with self.sends:
                await query.answer()
        except (BadRequest, NetworkError) as error:  # too old to answer, or the network: harmless
            log.info("callback answer failed: %s", type(error).__name__)

    # -- sending ------------------------------------------------------------------------------

    async def deliver(self, delivery: Delivery) -> None:
        """The replies, then the messages the step sends to other people (a worker told someone left, an
        alert...). Those get one try here, so that someone else's failing chat never holds this one up:
        the sender loop (`_resend`) tries again."""
        replies = [(delivery.chat_id, message) for message in delivery.messages]
        urgent = [(chat_id, message) for chat_id, message in delivery.elsewhere if message.urgent]
        if urgent:  # an alert goes out alongside the replies, never behind one that is being tried again
            self.wake.set()  # with ALERT_ESCALATE_MINUTES=0 it escalates now
            await asyncio.gather(self._send_each(replies), self._send_each(urgent, 1))
        else:
            await self._send_each(replies)
        await self._send_each([(chat_id, m) for chat_id, m in delivery.elsewhere if not m.urgent], 1)
        for document in delivery.documents:
            await self.send_file(delivery.chat_id, document)
        for chat_id, commands in delivery.commands:
            await self.set_chat_commands(chat_id, commands)

    async def _send_each(self, messages: list[tuple[int, Message]], tries: int = 5) -> None:
        for chat_id, message in messages:
            await self.send_outbox(chat_id, message, tries=tries)

    async def send_file(self, chat_id: int, document: Document) -> None:
        """A PDF or CSV as a document, a PNG as a photo, a voice note as one; protected content for the one it
        is sent to only (a child's picture or voice for their worker). Not retried: the person can ask again."""
        file = InputFile(document.content, filename=document.filename)
        protect = document.protect or None
        try:
            await self.pace.take()
            async with self.sends:
                if document.photo:
                    await self.bot.send_photo(chat_id, file, protect_content=protect)
                elif document.voice:
                    await self.bot.send_voice(chat_id, file, protect_content=protect)
                else:
                    await self.bot.send_document(chat_id, file, protect_content=protect)
        except TelegramError as error:  # refused, blocked, rate-limited or the network: best effort
            log.warning("file to chat %s not sent: %s", chat_id, type(error).__name__)

    async def send(self, chat_id: int, message: Message, *, paced: bool = False, tries: int = 5) -> bool:
        """Send one message, trying up to ``tries`` times; True when it is done with (delivered, or never
        deliverable). ``paced`` sends go through python-telegram-bot's rate limiter (scheduled messages,
        which may fall due together)."""
        return (await self._send(chat_id, message, paced=paced, tries=tries))[0] is not Tried.AGAIN

    async def _send(self, chat_id: int, message: Message, *, paced: bool, tries: int) -> tuple[Tried, float]:
        """Up to ``tries`` tries, a short wait between them; what the last came to, and how long Telegram
        asked us to wait (RetryAfter) if it did."""
        tried, wait = Tried.AGAIN, 0.0
        for attempt in range(tries):
            if attempt:
                await asyncio.sleep(wait or min(2**attempt, 30))
            tried, wait = await self.try_send(chat_id, message, paced=paced)
            if tried is not Tried.AGAIN:
                break
        return tried, wait

    async def try_send(self, chat_id: int, message: Message, *, paced: bool = False) -> tuple[Tried, float]:
        """One try. For an alert's message a timeout counts as not delivered (a second copy is better than
        none); an ordinary reply that timed out may have arrived, so it is not sent again."""
        bot = self.paced if paced else self.bot
        try:
            if message.urgent:  # an alert never waits behind replies for its turn
                self.pace.take_now()
            else:
                await self.pace.take()
            async with self.sends:
                markup = keyboard(message.buttons)
                await bot.do_api_request(SEND, {"chat_id": chat_id, "text": message.text, "reply_markup": markup})
            return Tried.DELIVERED, 0.0
        except RetryAfter as error:
            return Tried.AGAIN, _seconds(error.retry_after)
        except Forbidden:
            log.info("chat %s has blocked the bot, or is gone; %s dropped", chat_id, _kind(message))
            return (Tried.REFUSED if message.urgent else Tried.DONE), 0.0
        except TimedOut:
            if message.urgent:
                log.info("alert to chat %s timed out; it will be sent again", chat_id)
                return Tried.AGAIN, 0.0
            log.warning("send to chat %s timed out; it may have arrived, so it is not sent again", chat_id)
            return Tried.DONE, 0.0
        except BadRequest as error:
            log.error("Telegram refused a %s to chat %s: %s", _kind(message), chat_id, logs.describe(error))
            return (Tried.REFUSED if message.urgent else Tried.DONE), 0.0
        except NetworkError as error:
            log.info("send to chat %s failed (%s); it will be tried again", chat_id, type(error).__name__)
            return Tried.AGAIN, 0.0
        except TelegramError as error:  # an answer python-telegram-bot cannot read (a proxy's page), a token
            # refused meanwhile: tried again with backoff, and never fatal to the loop that sent it
            log.error("send to chat %s failed: %s; it will be tried again", chat_id, logs.describe(error))
            return Tried.AGAIN, 0.0

    async def send_outbox(self, chat_id: int, message: Message, *, tries: int = 5, paced: bool = False) -> None:
        """Send a message (from the outbox, if it has a row) and settle its row with what came of it. A web
        person's message is not Telegram's to send: it stays in the outbox for their next page."""
        if is_web(chat_id):
            return
        if message.outbox_id is None:
            await self._send(chat_id, message, paced=paced, tries=tries)
            return
        if message.outbox_id in self.in_flight:
            return
        self.in_flight.add(message.outbox_id)
        try:
            tried, wait = await self._send(chat_id, message, paced=paced, tries=tries)
            await self.settle(message, tried, wait, attempts=tries)
        finally:
            self.in_flight.discard(message.outbox_id)

    async def settle(self, message: Message, tried: Tried, wait: float, *, attempts: int) -> None:
        """An outbox row after a try: delivered (an alert's delivery is marked), done with, refused (an
        alert escalates at once), or due again after a wait (Telegram's RetryAfter, else a backoff)."""
        outbox_id = message.outbox_id
        assert outbox_id is not None
        try:
            if tried is Tried.DELIVERED and message.urgent:
                await self.in_writer(self.companion.outbox_delivered, outbox_id)
            elif tried in (Tried.DELIVERED, Tried.DONE):
                self.sent.append(outbox_id)
            elif tried is Tried.REFUSED:
                alert_id = await self.in_writer(self.companion.outbox_refused, outbox_id)
                log.info("alert %s refused by a chat: escalating it now", alert_id)
                self.wake.set()
            else:
                delay = max(wait, backoff(attempts, message.urgent))
                await self.in_writer(self.store.outbox_retry, outbox_id, utcnow() + timedelta(seconds=delay))
        except Exception as error:  # the row stays; the sender loop takes it again after its lease
            log.error("outbox row %s not settled: %s", outbox_id, logs.describe(error))

    async def _resend(self) -> None:
        """The sender loop: outbox rows whose next try has come (a send that failed, replies committed
        before a crash), with backoff, for as long as the bot runs. One chat's rows go in order, and stop
        at the first that fails; chats go side by side."""
        while not self.stopping.is_set():
            try:
                due = await self.in_writer(self.store.outbox_due)
            except Exception as error:  # the loop must outlive a passing database error
                log.error("outbox look-up failed: %s", logs.describe(error))
                due = []
            chats: dict[int, list[Pending]] = {}
            delivered = set(self.sent)  # their deletion is still to come
            for pending in due:
                if pending.id not in self.in_flight and pending.id not in delivered:
                    chats.setdefault(pending.chat_id, []).append(pending)
            # One chat's failure (a bug, a database error mid-way) is logged and ends neither the other chats'
            # round nor the loop: their rows come due again after their lease.
            outcomes = await asyncio.gather(
                *(self._resend_chat(rows) for rows in chats.values()), return_exceptions=True
            )
            for outcome in outcomes:
                if isinstance(outcome, Exception):
                    log.error("resending failed: %s", logs.describe(outcome))
            await asyncio.sleep(RETRY_CHECK)

    async def _resend_chat(self, rows: list[Pending]) -> None:
        for index, pending in enumerate(rows):
            message = Message.from_payload(pending.payload, pending.id, pending.urgent)
            if not pending.urgent and pending.attempts > MAX_ATTEMPTS:
                log.warning("reply to chat %s given up after %s tries", pending.chat_id, MAX_ATTEMPTS)
                self.sent.append(pending.id)
                continue
            self.in_flight.add(pending.id)
            try:
                tried, wait = await self.try_send(pending.chat_id, message)
                await self.settle(message, tried, wait, attempts=pending.attempts)
            finally:
                self.in_flight.discard(pending.id)
            if tried is Tried.AGAIN:  # the rest of this chat waits with it, in order
                later = utcnow() + timedelta(seconds=max(wait, backoff(pending.attempts, pending.urgent)))
                for rest in rows[index + 1 :]:
                    await self.in_writer(self.store.outbox_retry, rest.id, later)
                return

    async def _flush_sent(self) -> None:
        """Delete delivered outbox rows when no update comes along to take them."""
        while not self.stopping.is_set():
            await asyncio.sleep(FLUSH_EVERY)
            if self.sent:  # kept in `sent` until deleted: `_resend` leaves them alone meanwhile
                done = list(self.sent)
                try:
                    await self.in_writer(self.store.outbox_done, done)
                except Exception as error:  # tried again at the next look
                    log.error("delivered outbox rows not deleted: %s", logs.describe(error))
                else:
                    gone = set(done)
                    self.sent = [outbox_id for outbox_id in self.sent if outbox_id not in gone]

    async def _scheduled(self) -> None:
        """Send what has fallen due: alerts nobody is on in time (or whose message was refused) to every
        worker of the case and the duty workers, workers' notices (something new was shared in their case)
        and parents' check-in reminders. Notices and reminders go through the rate limiter, so many due at
        once stay within limits. Once an hour, old processed update ids go too."""
        tidied: float | None = None
        told: float | None = None
        while not self.stopping.is_set():
            if not await self._leading():  # another process runs the jobs: look again later
                await self._pause(ALERT_CHECK)
                continue
            if tidied is None or time.monotonic() - tidied > TIDY_EVERY:
                tidied = time.monotonic()
                try:
                    await self.in_writer(self.store.forget_old_updates)
                except Exception as error:
                    log.error("forgetting old update ids failed: %s", logs.describe(error))
                try:  # retention's round: erasures due, their reminders, forgetting, pruning
                    reminders, _ = await self.in_writer(self.companion.retention)
                    for chat_id, message in reminders:
                        await self.send_outbox(chat_id, message, paced=True)
                except Exception as error:
                    log.error("retention failed: %s", logs.describe(error))
            try:  # a case erased meanwhile (by the command line, say): its key leaves memory too
                await self.in_writer(self.companion.forget_erased_keys)
                if self.apart is not None:  # and this process's, which draws files (and runs the web chat)
                    await asyncio.get_running_loop().run_in_executor(self.drawer, self.companion.forget_erased_keys)
            except Exception as error:
                log.error("forgetting erased cases' keys failed: %s", logs.describe(error))
            jobs = [self.companion.due_escalations]
            if told is None or time.monotonic() - told >= (NOTICE_CHECK if self.companion.notice_delay else 1):
                told = time.monotonic()
                jobs += [self.companion.due_notices, self.companion.due_reminders]
            due = []
            for job in jobs:
                try:
                    due += await self.in_writer(job)
                except Exception as error:  # the loop must outlive a passing database error
                    log.error("scheduled messages failed: %s", logs.describe(error))
            for chat_id, message in due:  # an alert's once, unpaced (the sender loop tries again); others paced
                await self.send_outbox(chat_id, message, tries=1 if message.urgent else 5, paced=not message.urgent)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), ALERT_CHECK)
            self.wake.clear()

    async def _leading(self) -> bool:
        """Whether this process runs the periodic jobs: always on SQLite; on PostgreSQL, the one process that
        holds their lock (another takes it over when it dies). Scheduled messages then leave from one
        process, through one rate limiter, so they keep within Telegram's limit across processes."""
        if self.coordinator is None:
            return True
        try:
            return await self.in_locks(self.coordinator.lead)
        except Exception as error:
            log.error("the jobs' lock could not be asked for: %s", logs.describe(error))
            return False

    # -- several processes: each chat processed by one at a time, from the inbox -------------------

    def kick(self, chat_id: int) -> None:
        """The chat has updates in the inbox: process them here unless this process is at it already (then
        it looks again before it lets go)."""
        if chat_id in self.draining:
            self.again.add(chat_id)
            return
        self.draining.add(chat_id)
        task = asyncio.get_running_loop().create_task(self._drain(chat_id))
        self.drains.add(task)
        task.add_done_callback(self.drains.discard)

    async def _drain(self, chat_id: int) -> None:
        """With the chat's lock (unless another process holds it: then that one processes them), the
        chat's updates in the inbox, oldest first, one at a time, until none is left. After letting go, one
        more look: an update stored by another process while this one held the lock is not left waiting."""
        assert self.coordinator is not None
        coordinator = self.coordinator
        try:
            while not self.stopping.is_set():
                self.again.discard(chat_id)
                if not await self.in_locks(coordinator.take_chat, chat_id):
                    return
                seen: set[int] = set()
                try:
                    while not self.stopping.is_set():
                        waiting = await self.in_locks(coordinator.waiting, chat_id)
                        if not waiting or waiting[0].update_id in seen:  # none, or one that stays: leave it
                            break
                        for row in waiting:
                            update = Update.de_json(row.payload, self.bot)
                            if update is None or self.stopping.is_set():
                                break
                            seen.add(row.update_id)
                            await self.application.process_update(update)
                finally:
                    await self.in_locks(coordinator.release_chat, chat_id)
                if chat_id not in self.again and not await self.in_locks(coordinator.waiting, chat_id):
                    return
        except Exception as error:  # the updates stay in the inbox: the sweeper looks again
            metrics.ERRORS.labels(type(error).__name__).inc()
            log.error("chat %s: processing from the inbox failed: %s", chat_id, logs.describe(error))
        finally:
            self.draining.discard(chat_id)

    async def _sweep(self) -> None:
        """Every `SWEEP_EVERY` seconds, the chats whose updates wait in the inbox and that no process is at:
        updates another process stored and left (it was stopping, or died), and those left by a crash. And
        how many processes run now, for this one's share of Telegram's limit (`Pace`)."""
        assert self.coordinator is not None
        while not self.stopping.is_set():
            try:
                self.pace.share(await self.in_locks(self.coordinator.processes))
            except Exception as error:
                log.error("counting the processes failed: %s", logs.describe(error))
            try:
                for chat_id in await self.in_locks(self.coordinator.chats_waiting):
                    if chat_id not in self.draining:
                        self.kick(chat_id)
            except Exception as error:
                log.error("looking for waiting updates failed: %s", logs.describe(error))
            await self._pause(SWEEP_EVERY)

    # -- polling ------------------------------------------------------------------------------

    async def poll(self) -> None:
        """getUpdates -> inbox (committed) -> queue; only then is the next offset asked for.

        Nothing Telegram or the network says stops it: a 429 is waited out for as long as it asks, a 409
        (another process polls with this token, or a webhook is set) is logged and backed off, and 5xx
        answers, network errors and a database that cannot store the batch are tried again with a backoff
        that doubles up to `POLL_BACKOFF_MAX`. Only a token Telegram refuses ends it."""
        offset: int | None = None
        known = False  # the offset to start from is read from the database once
        backoff = POLL_BACKOFF
        while not self.stopping.is_set():
            try:
                if not known:
                    last = await self.in_writer(self.store.last_update_id)
                    offset, known = (None if last is None else last + 1), True
                updates = await self.bot.get_updates(
                    offset=offset, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES
                )
                if updates:
                    await self.receive(updates)
                    offset = updates[-1].update_id + 1
                backoff = POLL_BACKOFF
                continue
            except InvalidToken:
                raise
            except RetryAfter as error:
                wait = _seconds(error.retry_after)
                log.warning("getUpdates: Telegram asks us to wait %.0f s (429)", wait)
                await self._pause(wait)
                continue
            except Conflict:
                log.warning(
                    "getUpdates: conflict (409): another process polls with this token, or a webhook is set;"
                    " trying again in %.0f s",
                    backoff,
                )
            except NetworkError as error:  # 5xx answers, timeouts, the connection
                log.warning("getUpdates failed (%s); trying again in %.0f s", type(error).__name__, backoff)
            except Exception as error:  # anything else, the database included: never the end of polling
                log.error("polling failed: %s; trying again in %.0f s", logs.describe(error), backoff)
            await self._pause(backoff)
            backoff = min(backoff * 2, POLL_BACKOFF_MAX)

    async def receive(self, updates: Sequence[Update]) -> None:
        """A batch from getUpdates, or one update from the webhook: private chats' updates are committed to
        the inbox, then queued (those stored before, or processed, are not queued again); groups are left.
        When the inbox cannot take the batch, nothing of it is done (an exception): it is asked for, or
        sent, again."""
        ours = [u for u in updates if is_private(u) and u.my_chat_member is None]
        rows = [(u.update_id, u.effective_chat.id, kept_fields(u)) for u in ours if u.effective_chat]
        fresh = set(await self.in_writer(self.store.inbox_add, rows))
        for update in updates:
            if not is_private(update):
                asyncio.get_running_loop().create_task(self.leave_group(update))
        for update in ours:
            if update.update_id in fresh:
                if self.coordinator is None:
                    self._enqueue(update)
                elif update.effective_chat is not None:
                    self.kick(update.effective_chat.id)

    async def leave_group(self, update: Update) -> None:
        """In a group: one short line, leave, store nothing."""
        chat = update.effective_chat
        if chat is None:
            return
        member = update.my_chat_member
        if member is not None and member.new_chat_member.status in ("left", "kicked"):
            return
        user = update.effective_user
        locale = supported(user.language_code if user else None) or self.settings.default_locale
        try:
            await self.pace.take()
            async with self.sends:
                await self.bot.send_message(chat.id, render(GROUP_GOODBYE, locale))
                await self.bot.leave_chat(chat.id)
        except TelegramError as error:
            log.info("could not leave group %s: %s", chat.id, type(error).__name__)

    # -- start and stop -----------------------------------------------------------------------

    async def set_commands(self) -> None:
        """Everyone's command list, in each language we speak (a person's own list, for their role, is set
        for their chat by `set_chat_commands`)."""
        for code in LANGUAGES:
            await self.bot.set_my_commands(bot_commands(commands_for(None, code)), language_code=code)
        await self.bot.set_my_commands(bot_commands(commands_for(None, self.settings.default_locale)))

    async def set_chat_commands(self, chat_id: int, commands: Commands) -> None:
        """One person's command list: their role's commands and everyone's, in their language. Not kept in
        the outbox: the next /start sets it again."""
        try:
            async with self.sends:
                await self.bot.set_my_commands(bot_commands(commands), scope=BotCommandScopeChat(chat_id))
        except TelegramError as error:  # best effort, a 429 included: the next /start sets it again
            log.info("commands for chat %s not set: %s", chat_id, type(error).__name__)

    async def resume(self, alone: bool = True) -> None:
        """After a restart: send the replies committed but not sent, then process the stored updates. With
        other processes running (PostgreSQL), they may be sending those replies now: the sender loop takes
        each when its lease has passed; and the sweeper finds the stored updates."""
        if not alone:
            return
        for pending in await self.in_writer(self.store.outbox_pending):  # one try each; then the sender loop
            await self.send_outbox(
                pending.chat_id, Message.from_payload(pending.payload, pending.id, pending.urgent), tries=1
            )
        if self.coordinator is not None:  # the sweeper finds them
            return
        for pending in await self.in_writer(self.store.inbox_pending):
            update = Update.de_json(pending.payload, self.bot)
            if update is not None:
                self._enqueue(update)

    def _enqueue(self, update: Update) -> None:
        """Hand a stored update to python-telegram-bot's queue, unless the bot is stopping. Its
        `Application.stop` stops taking from the queue at a marker and then waits for the queue to be done,
        so an update put after the marker (a webhook request or a poll whose inbox commit was under way when
        SIGTERM came) was never taken and the process waited for ever. The update is in the inbox already:
        the next start takes it."""
        if self.stopping.is_set():
            return
        self.application.update_queue.put_nowait(update)  # the queue has no bound: never waits

    async def run(self) -> None:
        """Run until SIGINT or SIGTERM: polling (``TELEGRAM_WEBHOOK=off``, the webhook deleted first) or a
        webhook set with Telegram, whose updates `receive` takes (`bot.webhook`, in `companion serve`)."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stopping.set)
        engine = self.store.engine
        if engine.dialect.name == "postgresql":
            self.coordinator = await self.in_locks(Coordinator, engine)
        alone = True if self.coordinator is None else await self.in_locks(self.coordinator.join)
        if self.apart is not None:
            await self.apart.start()
        async with self.application, self.paced:
            self.companion.bot_username = self.bot.username  # for invitation links
            await self.set_commands()
            await self.application.start()
            await self.resume(alone)
            self.ready.set()
            if self.settings.webhook:
                await self.set_webhook()
                receiver = loop.create_task(self.stopping.wait())
            else:
                await self.bot.delete_webhook(drop_pending_updates=False)  # what it had waiting is kept
                log.info("polling as @%s", self.bot.username)
                receiver = loop.create_task(self.poll())
            loops = [receiver, loop.create_task(self._flush_sent()), loop.create_task(self._scheduled())]
            loops.append(loop.create_task(self._resend()))
            if self.coordinator is not None:
                loops.append(loop.create_task(self._sweep()))
            stopper = loop.create_task(self.stopping.wait())
            done, _ = await asyncio.wait({receiver, stopper}, return_when=asyncio.FIRST_COMPLETED)
            # Stopping: no new work (the webhook answers 503, polling ends) and the loops end (each awaited, so
            # none is left pending); the updates being stepped finish and their replies go (a step being tried
            # again gives up trying: its update stays in the inbox for the next start); then what was
            # delivered leaves the outbox.
            self.stopping.set()
            for task in (*loops, stopper):
                task.cancel()
            await asyncio.gather(*loops, stopper, return_exceptions=True)
            if self.drains:
                _, unfinished = await asyncio.wait(set(self.drains), timeout=STEPS_AT_STOP)
                if unfinished:  # their updates stay in the inbox, or their replies in the outbox, for later
                    log.warning("stopping: %s chats' steps not finished in %s s", len(unfinished), STEPS_AT_STOP)
            await self.application.stop()
            if self.drawings:  # files being made: sent if they are done soon, else let go (they can ask again)
                await asyncio.wait(set(self.drawings), timeout=FILES_AT_STOP)
                for drawing in set(self.drawings):
                    drawing.cancel()
                await asyncio.gather(*self.drawings, return_exceptions=True)
            if self.sent:
                await self.in_writer(self.store.outbox_done, self.sent)
            log.info("stopped")
            if receiver in done and receiver.exception() is not None:
                raise receiver.exception()  # type: ignore[misc]  # a token Telegram refuses
        self.writer.shutdown(wait=True)
        if self.apart is not None:
            self.apart.shutdown()
        self.drawer.shutdown(wait=True)
        if self.coordinator is not None:
            await self.in_locks(self.coordinator.close)
        self.locks.shutdown(wait=True)

    async def set_webhook(self) -> None:
        """Ask Telegram to post updates to this service, with the secret, the updates we want and how many
        at once (each process of several asks for the same)."""
        from bot.webhook import webhook_url

        await self.bot.set_webhook(
            webhook_url(self.settings),
            secret_token=self.settings.secret,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=self.settings.webhook_max_connections,
            drop_pending_updates=False,
        )
        log.info("webhook set for @%s", self.bot.username)


def _seconds(delay: float | timedelta) -> float:
    """A RetryAfter's wait in seconds (python-telegram-bot gives an int, or a timedelta when asked to)."""
    return delay.total_seconds() if isinstance(delay, timedelta) else float(delay)


def _kind(message: Message) -> str:
    """What a message is, for the log (never its words)."""
    return "alert" if message.urgent else "reply"
