"""Throughput, latency, CPU and memory of the real bot on the real journey, against a bare echo bot.

The people talk to a local fake Telegram Bot API (tests/fakebotapi.py, on 127.0.0.1 only); each bot runs
in its own process (so CPU and memory are read per process from /proc). The real bot is
`.venv/bin/companion telegram`; the echo bot (bench/echo_bot.py) is python-telegram-bot's usual
Application, which sends the words back. Each polls its own FakeBotApi, so one never takes the other's
updates.

The journey (bench/journey.py says how the people are stored beforehand): of every 100 people, 80 young
people each put 10 different worries into their house of worries, one after the other, and then the next
young person starts; 15 parents check in (`/checkin`, a number, then their reasons); 5 workers now and
then open a case card (`/cases N`) and press "📖 What they shared". The echo bot gets the same number of
people, each typing a new worry every time.

Load shapes:

1. closed loop, the journey: every person sends, waits for the answer, sends the next; saturating.
2. open loop, the journey: 30 updates/s (Telegram's ceiling) over the same people; for p95.
3. each step kind on its own (the real bot only, closed loop): a house's 1st item, a house's 10th item
   (young people with 9 worries stored), a check-in, a worker, and "hello there" at the home menu (the
   old workload): the CPU each costs.
4. memory: a new bot process on the database as the run left it, and again with 10,000 more stored
   conversations; the same journey load on each.

Shapes 1 and 2 alternate between the two bots for a number of rounds, so that a burst of load from other
processes on the machine hits both. For each it prints answers per second, p50 and p95 latency (from the
fake server queuing the update to it recording the counted reply), CPU ms per update (utime+stime of the
bot's processes, the steps' own included, and of its main thread alone), peak RSS (VmHWM, of the bot's
processes together), the ratio of throughputs and of CPU per
update, updates per getUpdates call, and what else was busy (this driver, PostgreSQL, others, load).

Run it (about 4 minutes; --quick for a smoke check of about a minute):

    .venv/bin/python bench/throughput.py
    .venv/bin/python bench/throughput.py --quick
    .venv/bin/python bench/throughput.py --database-url postgresql+psycopg://127.0.0.1:5432/bench_x
    .venv/bin/python bench/throughput.py --companion-command ".venv/bin/python my_candidate.py"  # A/B a change

This prints figures; it asserts nothing about them. It is not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import itertools
import math
import os
import random
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fakebotapi import FakeBotApi, SentRecord  # noqa: E402

from bench.journey import KEYS as BENCH_KEYS  # noqa: E402
from bench.journey import SESSION, Cast, Words, populate_journey, reason  # noqa: E402

TOKEN = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
FIRST_ID = 7_000_000  # Telegram ids of the simulated people: FIRST_ID, FIRST_ID + 1, ...
FILLER_ID = 50_000_000  # Telegram ids of the conversations stored for the memory shape
ECHO_ID = 90_000_000  # the echo bot's people
MENU_WORDS = "hello there"  # typed in the menu: not a button's label, so the bot asks for a tap
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
REPLY_TIMEOUT = 15.0  # seconds a person waits for a reply before counting it lost
DRAIN_TIMEOUT = 20.0  # seconds to wait for stragglers after a phase
START_TIMEOUT = 60.0  # seconds for a bot to start and answer its first message


# -- processes -------------------------------------------------------------------------------------

_children: list[Child] = []


class Child:
    """One bot process: started in its own session, stopped with SIGTERM (SIGKILL after 15 s)."""

    def __init__(self, name: str, command: list[str], workdir: Path, env: dict[str, str]) -> None:
        self.name = name
        self.command = command
        self.workdir = workdir
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.log = workdir / f"{name}.log"

    def start(self) -> Child:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self.command,
                cwd=self.workdir,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _children.append(self)
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 15) -> None:
        process, self.process = self.process, None
        if self in _children:
            _children.remove(self)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)

    async def finish(self, timeout: float = 15) -> None:
        """SIGTERM, and wait without blocking the loop: the fake server must answer the bot's last calls."""
        process = self.process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            deadline = time.perf_counter() + timeout
            while process.poll() is None and time.perf_counter() < deadline:
                await asyncio.sleep(0.05)
        self.stop()

    def cpu_seconds(self) -> float:
        """CPU of the bot: its process and the processes it started (the steps' own process)."""
        return sum(cpu_seconds(pid) for pid in [self.pid, *descendants(self.pid)])

    def main_thread_seconds(self) -> float:
        """CPU of the main thread alone (the event loop); the rest is other threads and processes (the
        steps)."""
        return cpu_seconds(f"{self.pid}/task/{self.pid}")

    def memory_kb(self, key: str) -> int:
        """VmHWM (peak resident set) or VmRSS, in kB, of the bot's processes together."""
        total = 0
        for pid in [self.pid, *descendants(self.pid)]:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(key + ":"):
                    total += int(line.split()[1])
        return total

    def tail(self, lines: int = 20) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def stop_all() -> None:
    """Stop every child still running (at exit, on Ctrl-C, on error)."""
    for child in list(_children):
        child.stop()


atexit.register(stop_all)


def descendants(pid: int) -> list[int]:
    """The processes ``pid`` started, and theirs, that are running now."""
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found += [int(child), *descendants(int(child))]
    except OSError:  # gone meanwhile
        pass
    return found


def cpu_seconds(pid: int | str) -> float:
    """utime + stime of a process (all its threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def machine_busy_seconds() -> float:
    """CPU seconds every core spent busy since boot (all processes)."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / CLOCK_TICKS


def database_server_seconds() -> float:
    """CPU seconds of every PostgreSQL server process on the machine (0 when there are none)."""
    total = 0.0
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "comm").read_text().startswith("postgres"):
                total += cpu_seconds(proc.name)
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return total


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def bot_env(api: FakeBotApi, database_url: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.base_url,
        "TELEGRAM_FILE_URL": api.file_url,
        "DATABASE_URL": database_url,
        "DATA_KEYS": BENCH_KEYS,
        "KEY_DATABASE_URL": os.environ["KEY_DATABASE_URL"],
        "LOG_LEVEL": "WARNING",
        # Telegram's 30 messages a second is not what is measured (the fake Bot API has no limit, nor does
        # the echo bot keep one): the bot's own pacing is off here
        "TELEGRAM_MESSAGES_PER_SECOND": "0",
        "DEFAULT_LOCALE": "en",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def companion_child(workdir: Path, api: FakeBotApi, database_url: str, command: str | None) -> Child:
    """``companion telegram``, or another command (a candidate change) given with --companion-command."""
    script = ROOT / ".venv" / "bin" / "companion"
    if command:
        argv = shlex.split(command)
    elif script.exists():
        argv = [str(script), "telegram"]
    else:
        argv = [sys.executable, "-m", "bot.cli", "telegram"]
    return Child("companion", argv, workdir, bot_env(api, database_url))


def echo_child(workdir: Path, api: FakeBotApi) -> Child:
    command = [sys.executable, str(ROOT / "bench" / "echo_bot.py")]
    return Child("echo", command, workdir, bot_env(api, "sqlite://"))


# -- the database, filled before the bot starts ----------------------------------------------------


def populate_filler(database_url: str, first: int, count: int) -> None:
    """``count`` more people, each with a conversation at their home menu: stored, never touched by the load."""
    from dialogues import build_engine
    from dialogues.engine import Who
    from storage.db import connect
    from storage.repository import Store
    from storage.seal import Keyring

    engine = connect(database_url, Keyring.from_text(BENCH_KEYS))
    try:
        state = build_engine().begin(Who(None, "en")).to_json()
        with Store(engine).transaction() as tx:
            for telegram_id in range(first, first + count):
                person = tx.person(telegram_id, "en")
                tx.set_locale(person.id, "en")
                tx.save_conversation(person.id, state)
    finally:
        engine.dispose()


def stored_conversations(database_url: str) -> int:
    from sqlalchemy import func, select

    from storage.db import connect
    from storage.repository import conversation_t
    from storage.seal import Keyring

    engine = connect(database_url, Keyring.from_text(BENCH_KEYS))
    try:
        with engine.connect() as c:
            return int(c.scalar(select(func.count()).select_from(conversation_t)) or 0)
    finally:
        engine.dispose()


# -- the simulated people --------------------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    """The reply that counts for one update: its step kind, and how it is recognised."""

    kind: str
    check: Callable[[SentRecord], bool]


def with_buttons(record: SentRecord) -> bool:
    return bool(record.reply_markup and record.reply_markup.get("inline_keyboard"))


def shows(*words: str) -> Callable[[SentRecord], bool]:
    """A message with buttons whose text has one of ``words``: the last message of a step."""
    return lambda r: with_buttons(r) and any(w in (r.text or "") for w in words)


def has_button(label: str) -> Callable[[SentRecord], bool]:
    return lambda r: any(label in b.get("text", "") for b in r.inline_buttons)


class Tracker:
    """Sends people's updates through the fake server and matches each counted reply to its update.

    Replies in one chat come in the order of its updates (both bots keep per-chat order), so a reply
    answers the oldest update waiting in its chat, and counts when it is what that update's step ends
    with (`Expect`); any other message to the chat (an earlier part of the step, a notice) is counted as
    "other" and passed over.
    """

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self.pending: dict[int, deque[tuple[float, Expect, asyncio.Future[SentRecord]]]] = {}
        self.latencies: list[float] = []
        self.by_kind: dict[str, list[float]] = {}
        self.sent = 0
        self.answered = 0
        self.other = 0
        self.timed_out: Counter[str] = Counter()  # replies given up on, by step kind
        self.last_answer = 0.0
        api.on_sent.append(self.on_sent)

    def reset(self) -> float:
        now = time.perf_counter()
        self.latencies, self.by_kind, self.sent, self.answered, self.other = [], {}, 0, 0, 0
        self.timed_out: Counter[str] = Counter()
        self.last_answer = now
        return now

    def waiting(self) -> int:
        return sum(len(q) for q in self.pending.values())

    def _expect(self, chat_id: int, expect: Expect) -> asyncio.Future[SentRecord]:
        future: asyncio.Future[SentRecord] = asyncio.get_running_loop().create_future()
        self.pending.setdefault(chat_id, deque()).append((time.perf_counter(), expect, future))
        self.sent += 1
        return future

    async def text(self, user_id: int, words: str, expect: Expect) -> asyncio.Future[SentRecord]:
        future = self._expect(user_id, expect)
        await self.api.user_sends_text(user_id, words, language_code="en", first_name="Person")
        return future

    async def press(self, user_id: int, on: SentRecord, label: str, expect: Expect) -> asyncio.Future[SentRecord]:
        assert on.message_id is not None
        future = self._expect(user_id, expect)
        await self.api.user_presses(user_id, on.callback_data_for(label), message_id=on.message_id)
        return future

    def on_sent(self, record: SentRecord) -> None:
        if record.method != "sendMessage" or not isinstance(record.chat_id, int):
            return
        queue = self.pending.get(record.chat_id)
        if not queue or not queue[0][1].check(record):
            self.other += 1
            return
        pushed, expect, future = queue.popleft()
        if not queue:
            del self.pending[record.chat_id]
        latency = record.perf - pushed
        self.latencies.append(latency)
        self.by_kind.setdefault(expect.kind, []).append(latency)
        self.answered += 1
        self.last_answer = record.perf
        if not future.done():
            future.set_result(record)

    def give_up(self, future: asyncio.Future[SentRecord]) -> None:
        """A reply that did not come in time: counted lost now, and out of the way of its chat's next ones."""
        for chat_id, queue in list(self.pending.items()):
            for entry in list(queue):
                if entry[2] is future:
                    queue.remove(entry)
                    self.timed_out[entry[1].kind] += 1
            if not queue:
                del self.pending[chat_id]

    async def drain(self, timeout: float = DRAIN_TIMEOUT) -> int:
        """Wait (bounded) for replies still due; forget the rest and return how many were lost."""
        deadline = time.perf_counter() + timeout
        while self.pending and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
        kinds = Counter(expect.kind for queue in self.pending.values() for _, expect, _ in queue) + self.timed_out
        lost = sum(kinds.values())
        if lost:
            print("  lost, by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())), flush=True)
        self.pending.clear()
        return lost


class Exhausted(Exception):
    """A seat has no stored person left to move on to."""


class Seat:
    """One simulated person's place in the load: they send, wait for the counted reply, send again. A
    seat works through its kind of people, one session each."""

    kind = ""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # the open loop may ask again before the last reply is in

    async def step(self, tracker: Tracker) -> bool:
        """One update and its reply; False when it was lost (no reply in REPLY_TIMEOUT)."""
        async with self.lock:
            future = await self.send(tracker)
            try:
                self.answered(await asyncio.wait_for(asyncio.shield(future), REPLY_TIMEOUT))
            except TimeoutError:
                tracker.give_up(future)
                self.lost()
                return False
            return True

    async def send(self, tracker: Tracker) -> asyncio.Future[SentRecord]:
        raise NotImplementedError

    def answered(self, record: SentRecord) -> None:
        """The counted reply came."""

    def lost(self) -> None:
        """No reply: start the next session afresh."""


class YoungSeat(Seat):
    """Young people from ``pool``, each putting ``session`` worries into their house of worries. The
    counted reply is the message with the buttons that shows the house with the new worry in it."""

    def __init__(self, pool: Iterator[int], words: Words, session: int = SESSION, first_item: int = 1) -> None:
        super().__init__()
        self.pool, self.words, self.session, self.first_item = pool, words, session, first_item
        self.person: int | None = None
        self.done = 0
        self.kind = f"house, item {first_item}" if session == 1 else "house"

    async def send(self, tracker: Tracker) -> asyncio.Future[SentRecord]:
        if self.person is None or self.done >= self.session:
            self.person = next(self.pool, None)
            self.done = 0
            if self.person is None:
                raise Exhausted
        words = next(self.words)
        self.done += 1
        check = shows(words)
        expect = Expect(self.kind, lambda r: check(r) and "In it now" in (r.text or ""))
        return await tracker.text(self.person, words, expect)

    def lost(self) -> None:
        self.person = None


class ParentSeat(Seat):
    """Parents from ``pool`` (round and round), each checking in: `/checkin`, a number, then reasons
    until the check-in ends. Counted: the message with the buttons that asks the next question (or, at
    the end, says the answers are saved)."""

    kind = "check-in"
    END = "Your answers are saved"

    def __init__(self, pool: Iterator[int], rng: random.Random) -> None:
        super().__init__()
        self.pool, self.rng = pool, rng
        self.person = 0
        self.stage = 0  # 0 opens, 1 the number, 2+ reasons
        self.finished = True

    async def send(self, tracker: Tracker) -> asyncio.Future[SentRecord]:
        if self.finished:
            self.person, self.stage, self.finished = next(self.pool), 0, False
        stage, self.stage = self.stage, self.stage + 1
        if stage == 0:
            return await tracker.text(self.person, "/checkin", Expect("check-in: open", shows("0 means")))
        if stage == 1:
            number = str(self.rng.randint(2, 9))
            return await tracker.text(self.person, number, Expect("check-in: number", shows("and not a 0?")))
        words = reason(self.rng.randrange(100))
        expect = Expect("check-in: reason", shows("one point higher?", "look like for your family?", self.END))
        return await tracker.text(self.person, words, expect)

    def answered(self, record: SentRecord) -> None:
        self.finished = self.END in (record.text or "")

    def lost(self) -> None:
        self.finished = True


class WorkerSeat(Seat):
    """A worker opening one of their cases that young people have written in (`/cases N`), then pressing
    "📖 What they shared" on its card. Counted: the card (the message with that button), then the view
    (the message with "⬅️ Back to the case", the last of what they shared)."""

    kind = "worker"
    SHARED = "📖 What they shared"

    def __init__(self, worker: int, cases: Sequence[int], rng: random.Random) -> None:
        super().__init__()
        self.worker, self.cases, self.rng = worker, list(cases), rng
        self.card: SentRecord | None = None

    async def send(self, tracker: Tracker) -> asyncio.Future[SentRecord]:
        if self.card is None:
            case_id = self.rng.choice(self.cases[: max(1, len(self.cases) // 4)])  # the busier ones
            return await tracker.text(self.worker, f"/cases {case_id}", Expect("worker: card", has_button(self.SHARED)))
        card, self.card = self.card, None
        return await tracker.press(
            self.worker, card, self.SHARED, Expect("worker: shared", has_button("Back to the case"))
        )

    def answered(self, record: SentRecord) -> None:
        self.card = record if has_button(self.SHARED)(record) else None

    def lost(self) -> None:
        self.card = None


class MenuSeat(Seat):
    """The old workload: "hello there" at the home menu, answered with "please tap a button" and the menu."""

    kind = "home menu"

    def __init__(self, person: int) -> None:
        super().__init__()
        self.person = person

    async def send(self, tracker: Tracker) -> asyncio.Future[SentRecord]:
        return await tracker.text(self.person, MENU_WORDS, Expect(self.kind, shows("tap")))


class EchoSeat(Seat):
    """The echo bot's person: a new worry each time, the same words back."""

    kind = "echo"

    def __init__(self, person: int, words: Words) -> None:
        super().__init__()
        self.person, self.words = person, words

    async def send(self, tracker: Tracker) -> asyncio.Future[SentRecord]:
        words = next(self.words)
        return await tracker.text(self.person, words, Expect(self.kind, lambda r: r.text == words))


@dataclass
class Journey:
    """Who is stored, and the pools the seats draw their people from (shared by every phase)."""

    cast: Cast
    people: int
    words: Words = field(default_factory=Words)
    rng: random.Random = field(default_factory=lambda: random.Random(12))

    def __post_init__(self) -> None:
        self.young = iter(self.cast.young)
        self.young_nine = iter(self.cast.young_nine)
        self.parents = itertools.cycle(self.cast.parents)

    def mix(self) -> list[Seat]:
        """80 young people, 15 parents and 5 workers in every 100 (at least one worker)."""
        workers = max(1, self.people * 5 // 100)
        parents = self.people * 15 // 100
        seats: list[Seat] = [YoungSeat(self.young, self.words) for _ in range(self.people - workers - parents)]
        seats += [ParentSeat(self.parents, self.rng) for _ in range(parents)]
        seats += [
            WorkerSeat(w, self.cast.cases[w], self.rng)
            for w in itertools.islice(itertools.cycle(self.cast.workers), workers)
        ]
        self.rng.shuffle(seats)
        return seats

    def kinds(self) -> dict[str, list[Seat]]:
        """Each step kind alone, for its cost."""
        n = self.people
        return {
            "house, item 1": [YoungSeat(self.young, self.words, 1, 1) for _ in range(n)],
            "house, item 10": [YoungSeat(self.young_nine, self.words, 1, 10) for _ in range(n)],
            "check-in": [ParentSeat(self.parents, self.rng) for _ in range(n)],
            "worker": [WorkerSeat(w, self.cast.cases[w], self.rng) for w in self.cast.workers],
            "home menu": [MenuSeat(p) for p in self.cast.menu],
        }


async def closed_loop(tracker: Tracker, seats: Sequence[Seat], seconds: float, updates: float) -> None:
    """Each seat: send, wait for the reply, send again; until the time or the update budget is spent."""
    deadline = time.perf_counter() + seconds
    tickets = itertools.count()

    async def run(seat: Seat) -> None:
        while time.perf_counter() < deadline and next(tickets) < updates:
            try:
                if not await seat.step(tracker):
                    return  # counted lost (give_up)
            except Exhausted:
                print(f"  note: no stored {seat.kind} people left for a seat (raise --young)", flush=True)
                return

    await asyncio.gather(*(run(seat) for seat in seats))


async def open_loop(tracker: Tracker, seats: Sequence[Seat], rate: float, seconds: float) -> None:
    """Updates at a fixed rate, round robin over the seats, whether or not replies have come (a seat's own
    steps still go one after the other)."""
    start = time.perf_counter()
    tasks = []
    for k in range(max(1, int(rate * seconds))):
        delay = start + k / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(seats[k % len(seats)].step(tracker)))
    await asyncio.gather(*tasks, return_exceptions=True)


@dataclass
class Phase:
    """What one bot did under one load shape in one round."""

    bot: str
    shape: str
    round: int
    answered: int = 0
    lost: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)  # latencies by step kind
    other: int = 0  # messages that were not a step's counted reply (earlier parts of a step, notices)
    cpu: float = 0.0
    cpu_main: float = 0.0
    polls: int = 0  # getUpdates calls: updates per call tell how much the bot batches
    peak_rss_kb: int = 0
    rss_kb: int = 0
    driver_cpu: float = 0.0
    others_cores: float = 0.0
    database_cpu: float = 0.0
    load: str = ""

    @property
    def rate(self) -> float:
        return self.answered / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu / self.answered if self.answered else math.nan


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) in ms, nearest rank."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


@dataclass
class Bot:
    """A bot under test: its process, its fake server, its tracker."""

    name: str
    child: Child
    api: FakeBotApi
    tracker: Tracker
    server_database: bool = False  # PostgreSQL: its server's CPU is read too


async def measure(
    bot: Bot, others: list[Child], shape: str, round_no: int, load: Callable[[], Awaitable[None]]
) -> Phase:
    """Run one load against one bot and read its process (and the machine) before and after."""
    database_seconds = database_server_seconds if bot.server_database else lambda: 0.0
    driver, busy, database = cpu_seconds("self"), machine_busy_seconds(), database_seconds()
    children = {c.name: c.cpu_seconds() for c in [bot.child, *others] if c.alive()}
    main_thread = bot.child.main_thread_seconds()
    polls = bot.api.method_calls.get("getUpdates", 0)
    start = bot.tracker.reset()
    await load()
    lost = await bot.tracker.drain()
    end = bot.tracker.last_answer
    wall = max(time.perf_counter() - start, 1e-9)
    children_used = sum(c.cpu_seconds() - children[c.name] for c in [bot.child, *others] if c.name in children)
    phase = Phase(
        bot.name,
        shape,
        round_no,
        answered=bot.tracker.answered,
        lost=lost,
        seconds=end - start,
        latencies=bot.tracker.latencies,
        by_kind=bot.tracker.by_kind,
        other=bot.tracker.other,
        cpu=bot.child.cpu_seconds() - children[bot.child.name],
        cpu_main=bot.child.main_thread_seconds() - main_thread,
        polls=bot.api.method_calls.get("getUpdates", 0) - polls,
        peak_rss_kb=bot.child.memory_kb("VmHWM"),
        rss_kb=bot.child.memory_kb("VmRSS"),
        driver_cpu=(cpu_seconds("self") - driver) / wall,
        database_cpu=database_seconds() - database,
        load=load_average(),
    )
    used = children_used + phase.database_cpu
    phase.others_cores = max(0.0, (machine_busy_seconds() - busy - used) / wall - phase.driver_cpu)
    return phase


def describe(phase: Phase) -> str:
    return (
        f"{phase.shape:<15} r{phase.round} {phase.bot:<9} {phase.answered:6d} answered in {phase.seconds:5.1f} s"
        f" = {phase.rate:6.1f}/s  p50 {percentile(phase.latencies, 50):6.1f} ms"
        f"  p95 {percentile(phase.latencies, 95):6.1f} ms  CPU {phase.cpu_ms:5.2f} ms/update"
        f" (main thread {1000 * phase.cpu_main / max(phase.answered, 1):4.2f})"
        f"  peak RSS {phase.peak_rss_kb / 1024:5.1f} MB  lost {phase.lost}"
        f"  {phase.answered / max(phase.polls, 1):4.1f} updates/getUpdates"
        f"  | driver {phase.driver_cpu:4.0%} of a core,{database_cpu(phase)} others {phase.others_cores:.2f} cores,"
        f" load {phase.load}"
    )


def database_cpu(phase: Phase) -> str:
    """PostgreSQL's own CPU per update (its server processes: other users of the server count too)."""
    if not phase.database_cpu or not phase.answered:
        return ""
    return f" PostgreSQL {1000 * phase.database_cpu / phase.answered:.2f} ms/update,"


async def wait_ready(bot: Bot, seat: Seat) -> None:
    """Until the bot answers one update (it may still be starting); what it sent for it is printed once."""
    mark = bot.api.mark()
    bot.tracker.reset()
    deadline = time.perf_counter() + START_TIMEOUT
    task = asyncio.create_task(seat.step(bot.tracker))
    while not task.done():
        if not bot.child.alive() or time.perf_counter() > deadline:
            task.cancel()
            raise RuntimeError(f"{bot.name} did not answer (log {bot.child.log}):\n{bot.child.tail()}")
        await asyncio.sleep(0.05)
    if not task.result():
        raise RuntimeError(f"{bot.name}: no counted reply to its first update (log {bot.child.log})")
    await asyncio.sleep(0.5)  # anything else this one update makes the bot send
    records = [r for r in bot.api.sent[mark:] if r.method == "sendMessage"]
    print(f"  {bot.name} answers one {seat.kind} update with: " + "; ".join(r.describe() for r in records))


async def start_bot(bot: Bot, seats: Sequence[Seat], warmup: float) -> None:
    bot.child.start()
    await wait_ready(bot, seats[0])
    bot.tracker.reset()
    await closed_loop(bot.tracker, seats, warmup, math.inf)
    await bot.tracker.drain()
    if bot.tracker.answered == 0:
        raise RuntimeError(f"{bot.name} answered nothing in the warm-up:\n{bot.child.tail()}")


def report_phase(phases: list[Phase], phase: Phase) -> None:
    print(describe(phase), flush=True)
    phases.append(phase)


async def compare(
    args: argparse.Namespace, companion: Bot, echo: Bot, seats: dict[str, list[Seat]], phases: list[Phase]
) -> None:
    """Shapes 1 and 2, alternating between the bots, round after round."""
    updates = args.updates or math.inf
    seconds = args.max_seconds if args.updates else args.seconds
    for round_no in range(1, args.rounds + 1):
        order = [companion, echo] if round_no % 2 else [echo, companion]
        for bot in order:
            other = [b.child for b in (companion, echo) if b is not bot]
            load = partial(closed_loop, bot.tracker, seats[bot.name], seconds, updates)
            report_phase(phases, await measure(bot, other, "closed", round_no, load))
        for bot in order:
            other = [b.child for b in (companion, echo) if b is not bot]
            load = partial(open_loop, bot.tracker, seats[bot.name], args.rate, args.open_seconds)
            report_phase(phases, await measure(bot, other, "open", round_no, load))


async def kinds(args: argparse.Namespace, companion: Bot, echo: Bot, journey: Journey, phases: list[Phase]) -> None:
    """Shape 3: each step kind alone, closed loop, the real bot (the echo bot idle meanwhile)."""
    for kind, seats in journey.kinds().items():
        load = partial(closed_loop, companion.tracker, seats, args.max_seconds, args.kind_updates)
        report_phase(phases, await measure(companion, [echo.child], kind, 1, load))


async def memory(args: argparse.Namespace, companion: Bot, journey: Journey) -> list[tuple[int, Phase]]:
    """Shape 4: a fresh bot process on the database as it is, then with more stored conversations; the
    same journey load on each."""
    results: list[tuple[int, Phase]] = []
    for n, more in enumerate([0, args.stored]):
        if more:
            started = time.perf_counter()
            await asyncio.to_thread(populate_filler, args.database_url, FILLER_ID, more)
            print(f"  stored {more} more conversations ({time.perf_counter() - started:.1f} s)", flush=True)
        stored = await asyncio.to_thread(stored_conversations, args.database_url)
        seats = journey.mix()
        await start_bot(companion, seats, args.warmup)
        try:
            load = partial(closed_loop, companion.tracker, seats, args.max_seconds, args.memory_updates)
            phase = await measure(companion, [], f"memory {n + 1}", 1, load)
        finally:
            await companion.child.finish()
        print(describe(phase) + f"  [{stored} conversations stored]", flush=True)
        results.append((stored, phase))
    return results


# -- the report ------------------------------------------------------------------------------------


def pooled(phases: list[Phase]) -> Phase:
    """Phases of one bot and shape taken together: rates by the median, latencies and CPU pooled."""
    first = phases[0]
    total = Phase(first.bot, first.shape, 0)
    total.answered = sum(p.answered for p in phases)
    total.seconds = total.answered / statistics.median(p.rate for p in phases) if total.answered else 0.0
    total.latencies = [x for p in phases for x in p.latencies]
    for p in phases:
        for kind, values in p.by_kind.items():
            total.by_kind.setdefault(kind, []).extend(values)
    total.cpu = sum(p.cpu for p in phases)
    total.cpu_main = sum(p.cpu_main for p in phases)
    total.database_cpu = sum(p.database_cpu for p in phases)
    total.peak_rss_kb = max(p.peak_rss_kb for p in phases)
    total.lost = sum(p.lost for p in phases)
    return total


def row(*cells: object) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def figures(p: Phase) -> list[str]:
    return [
        f"{p.rate:.0f}",
        f"{percentile(p.latencies, 50):.1f}",
        f"{percentile(p.latencies, 95):.1f}",
        f"{p.cpu_ms:.2f}",
        f"{p.peak_rss_kb / 1024:.0f}",
    ]


def report(args: argparse.Namespace, phases: list[Phase], mem: list[tuple[int, Phase]], out: TextIO) -> None:
    """The compact tables, for the README, and the targets."""
    label = {"closed": f"closed loop, journey, {args.people} people", "open": f"open loop, journey, {args.rate:g}/s"}
    print("\n" + row("load", "bot", "updates/s", "p50 ms", "p95 ms", "CPU ms/update", "peak RSS MB"), file=out)
    print(row(*["---"] * 7), file=out)
    summary: dict[tuple[str, str], Phase] = {}
    for shape in ("closed", "open"):
        for name in ("companion", "echo"):
            mine = [p for p in phases if p.shape == shape and p.bot == name]
            if mine:
                summary[shape, name] = pooled(mine)
                print(row(label[shape], name, *figures(summary[shape, name])), file=out)
    kind_phases = [p for p in phases if p.shape not in ("closed", "open")]
    for p in kind_phases:
        print(row(f"closed loop, {p.shape} only", "companion", *figures(p)), file=out)
    for stored, p in mem:
        print(row(f"closed loop, journey, {stored} stored", "companion", *figures(p)), file=out)
    print("", file=out)
    ratios = []
    for round_no in sorted({p.round for p in phases if p.shape == "closed"}):
        rates = {p.bot: p.rate for p in phases if p.shape == "closed" and p.round == round_no}
        if rates.get("echo") and "companion" in rates:
            ratios.append(rates["companion"] / rates["echo"])
    if ratios:
        spread = ", ".join(f"{r:.2f}" for r in ratios)
        print(f"throughput companion/echo (closed loop): {statistics.median(ratios):.2f} (rounds: {spread})", file=out)
    if ("closed", "companion") in summary and ("closed", "echo") in summary:
        bot, echo = summary["closed", "companion"], summary["closed", "echo"]
        extra = 1000 * bot.database_cpu / bot.answered if bot.answered and bot.database_cpu else 0.0
        with_database = f"; {echo.cpu_ms / (bot.cpu_ms + extra):.2f} with PostgreSQL's CPU" if extra else ""
        print(
            f"CPU per update, echo/companion (closed loop; the companion's is of both its processes, which run side"
            f" by side): {echo.cpu_ms / bot.cpu_ms:.2f}{with_database}",
            file=out,
        )
    if ("open", "companion") in summary:
        p = summary["open", "companion"]
        print(f"companion p95 at {args.rate:g} updates/s: {percentile(p.latencies, 95):.1f} ms", file=out)
        for kind, values in sorted(p.by_kind.items()):
            print(
                f"  {kind}: {len(values)} steps,"
                f" p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms",
                file=out,
            )
    if kind_phases:
        print(
            "CPU per step, each kind alone: " + "; ".join(f"{p.shape} {p.cpu_ms:.2f} ms" for p in kind_phases), file=out
        )
        cost = {p.shape: p.cpu_ms for p in kind_phases}
        if cost.get("house, item 1") and cost.get("house, item 10"):
            print(f"house step, 10th item / 1st item: {cost['house, item 10'] / cost['house, item 1']:.2f}", file=out)
    if len(mem) >= 2:
        (small, a), (large, b) = mem[0], mem[-1]
        growth = (b.peak_rss_kb - a.peak_rss_kb) / 1024
        print(f"companion peak RSS {small} -> {large} stored conversations: {growth:+.1f} MB", file=out)
    lost = sum(p.lost for p in phases) + sum(p.lost for _, p in mem)
    print(f"replies lost (not within {REPLY_TIMEOUT:g} s): {lost}; load average now: {load_average()}", file=out)


# -- entry point -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--people", type=int, default=100, help="simulated people at a time (default 100)")
    p.add_argument("--young", type=int, default=2500, help="young people stored with empty houses (default 2500)")
    p.add_argument("--young-nine", type=int, default=500, help="young people stored with 9 worries (default 500)")
    p.add_argument("--seconds", type=float, default=8.0, help="length of each closed-loop phase (default 8)")
    p.add_argument("--updates", type=int, default=0, help="updates per closed-loop phase instead of --seconds")
    p.add_argument("--max-seconds", type=float, default=60.0, help="time limit of a phase run by updates")
    p.add_argument("--open-seconds", type=float, default=10.0, help="length of each open-loop phase (default 10)")
    p.add_argument("--rate", type=float, default=30.0, help="open-loop updates per second (default 30)")
    p.add_argument("--rounds", type=int, default=3, help="alternations between the two bots (default 3)")
    p.add_argument("--warmup", type=float, default=3.0, help="seconds of closed loop after each start (default 3)")
    p.add_argument("--kind-updates", type=int, default=400, help="updates per step kind alone (default 400)")
    p.add_argument("--stored", type=int, default=10_000, help="conversations added for the memory shape")
    p.add_argument("--memory-updates", type=int, default=3000, help="updates per memory phase (default 3000)")
    p.add_argument("--database-url", help="an empty database for the real bot (default: SQLite in a temp folder)")
    p.add_argument("--companion-command", help="run this instead of `companion telegram` (to measure a candidate)")
    p.add_argument("--skip-compare", action="store_true", help="no shapes 1 and 2 (the bots side by side)")
    p.add_argument("--skip-kinds", action="store_true", help="no step kinds alone")
    p.add_argument("--skip-memory", action="store_true", help="no memory shape")
    p.add_argument("--keep", action="store_true", help="keep the temp folder (database, bot logs)")
    p.add_argument("--quick", action="store_true", help="smoke check: 1 round of short phases, 1,000 more stored")
    args = p.parse_args(argv)
    if args.quick:
        args.seconds, args.open_seconds, args.rounds, args.warmup = 2.0, 3.0, 1, 1.0
        args.stored, args.memory_updates, args.kind_updates = 1000, 300, 150
        args.young, args.young_nine = 800, 200
    return args


async def run(args: argparse.Namespace, workdir: Path) -> None:
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)  # tidy up as on Ctrl-C
    args.database_url = args.database_url or f"sqlite:///{workdir / 'bench.db'}"
    os.environ["KEY_DATABASE_URL"] = f"sqlite:///{workdir / 'bench-keys.db'}"  # the bench and its bot share it
    print(f"load average at start: {load_average()}; {os.cpu_count()} CPUs; database {args.database_url}")
    started = time.perf_counter()
    cast = populate_journey(
        args.database_url,
        FIRST_ID,
        workers=max(1, args.people * 5 // 100),
        young=args.young,
        young_nine=args.young_nine,
        menu=args.people,
    )
    print(
        f"  stored {len(cast.workers)} workers, {len(cast.young) + len(cast.young_nine) + len(cast.menu)} young people"
        f" ({len(cast.young_nine)} with 9 worries), {len(cast.parents)} parents"
        f" ({time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    journey = Journey(cast, args.people)
    echo_words = Words(seed=99)
    phases: list[Phase] = []
    async with FakeBotApi() as companion_api, FakeBotApi() as echo_api:
        companion = Bot(
            "companion",
            companion_child(workdir, companion_api, args.database_url, args.companion_command),
            companion_api,
            Tracker(companion_api),
            server_database=args.database_url.startswith("postgresql"),
        )
        echo = Bot("echo", echo_child(workdir, echo_api), echo_api, Tracker(echo_api))
        seats: dict[str, list[Seat]] = {
            "companion": journey.mix(),
            "echo": [EchoSeat(ECHO_ID + i, echo_words) for i in range(args.people)],
        }
        try:
            if not args.skip_compare:
                for bot in (companion, echo):
                    await start_bot(bot, seats[bot.name], args.warmup)
                await compare(args, companion, echo, seats, phases)
            if not args.skip_kinds:
                if args.skip_compare:
                    await start_bot(companion, seats["companion"], args.warmup)
                await kinds(args, companion, echo, journey, phases)
        finally:
            await companion.child.finish()
            await echo.child.finish()
        mem = [] if args.skip_memory else await memory(args, companion, journey)
    report(args, phases, mem, sys.stdout)


def main(argv: list[str] | None = None) -> int:
    return run_in_workdir(run, parse_args(argv), "companion-bench-")


def run_in_workdir(run: Callable[[Any, Path], Awaitable[None]], args: Any, prefix: str) -> int:
    """Run a benchmark in a fresh folder: its processes stopped at the end however it ends, the folder
    removed unless it failed or ``args.keep`` asks to keep it; 130 when interrupted."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    started = time.perf_counter()
    ok = False
    try:
        asyncio.run(run(args, workdir))
        ok = True
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        stop_all()
        print(f"run took {time.perf_counter() - started:.0f} s", file=sys.stderr)
        if args.keep or not ok:
            print(f"logs and database kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
