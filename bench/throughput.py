"""Throughput, latency, CPU and memory of the real bot against a bare python-telegram-bot echo bot.

What it measures, with simulated people talking to a local fake Telegram Bot API (tests/fakebotapi.py,
on 127.0.0.1 only) and each bot in its own process (so CPU and memory are read per process from /proc):

1. closed loop: N people (100) each send a message, wait for the reply, send the next; saturating.
2. open loop: a fixed rate (30 updates/s, Telegram's ceiling) spread over the same people; for p95.
3. memory: the real bot's peak RSS with 100 and with 10,000 stored conversations, same load. The
   people rotate through the stored identities, so the larger database also means more people touched.

Shapes 1 and 2 alternate between the two bots for a number of rounds, so that a burst of load from
other processes on the machine hits both. For each bot and shape it prints updates answered per second,
p50 and p95 latency (from the moment the fake server queued the update to the moment the reply was
recorded), CPU ms per update (utime+stime of the bot process, and of its main thread alone), peak RSS
(VmHWM), the ratio of the real bot's throughput to the echo bot's, the ratio of their CPU per update
(what the throughput ratio is when each bot is CPU-bound on a core of its own, so less noisy), updates
per getUpdates call, and what else was busy (this driver, PostgreSQL's server, other processes, load).

The real bot is `.venv/bin/companion telegram`; the people are put in its home menu beforehand (through
the project's Store API) and type words there, which it answers in one step with one message: a kind
"please tap a button" notice and the menu again, with buttons. That message is the counted reply. The
echo bot (bench/echo_bot.py) answers with the same words. Each bot polls its own FakeBotApi instance
(same code, same loop), so one never takes the other's updates.

Run it (about 3 minutes; --quick for a smoke check of about 30 seconds):

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
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fakebotapi import SEND_METHODS, FakeBotApi, SentRecord  # noqa: E402

TOKEN = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
FIRST_ID = 7_000_000  # Telegram ids of the simulated people: FIRST_ID, FIRST_ID + 1, ...
WORDS = "hello there"  # typed in the menu: not a button's label, so the bot asks for a tap
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
REPLY_TIMEOUT = 15.0  # seconds a person waits for a reply before counting it lost
DRAIN_TIMEOUT = 20.0  # seconds to wait for stragglers after a phase
START_TIMEOUT = 60.0  # seconds for a bot to start and answer its first message

Identity = Callable[[int, int], int]  # (person index, their n-th message) -> Telegram id


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
        return cpu_seconds(self.pid)

    def main_thread_seconds(self) -> float:
        """CPU of the main thread alone (the event loop); the rest is other threads (the writer)."""
        return cpu_seconds(f"{self.pid}/task/{self.pid}")

    def memory_kb(self, key: str) -> int:
        """VmHWM (peak resident set) or VmRSS, in kB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
        return 0

    def tail(self, lines: int = 20) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def stop_all() -> None:
    """Stop every child still running (at exit, on Ctrl-C, on error)."""
    for child in list(_children):
        child.stop()


atexit.register(stop_all)


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


BENCH_KEYS = "YmVuY2htYXJrIG1hc3RlciBrZXksIG5vdCByZWFsISE="  # base64 of 32 bytes: the bench's master key


def bot_env(api: FakeBotApi, database_url: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.base_url,
        "TELEGRAM_FILE_URL": api.file_url,
        "DATABASE_URL": database_url,
        "DATA_KEYS": BENCH_KEYS,
        "KEY_DATABASE_URL": os.environ["KEY_DATABASE_URL"],
        "LOG_LEVEL": "WARNING",
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


def populate(database_url: str, have: int, want: int) -> None:
    """People FIRST_ID + have .. FIRST_ID + want - 1, in English, each with a fresh conversation at home."""
    from dialogues import build_engine
    from dialogues.engine import Who
    from storage.db import connect, upgrade
    from storage.repository import Store
    from storage.seal import Keyring

    engine = connect(database_url, Keyring.from_text(BENCH_KEYS))
    try:
        upgrade(engine)
        state = build_engine().begin(Who(None, "en")).to_json()
        with Store(engine).transaction() as tx:
            for telegram_id in range(FIRST_ID + have, FIRST_ID + want):
                person = tx.person(telegram_id, "en")
                tx.set_locale(person.id, "en")
                tx.save_conversation(person.id, state)
    finally:
        engine.dispose()


# -- the simulated people --------------------------------------------------------------------------


class Tracker:
    """Sends people's messages through the fake server and matches each counted reply to its update.

    Replies in one chat come in the order of its updates (both bots keep per-chat order), so the
    oldest update waiting in that chat is the one a counted reply answers.
    """

    def __init__(self, api: FakeBotApi, counts: Callable[[SentRecord], bool]) -> None:
        self.api = api
        self.counts = counts
        self.pending: dict[int, deque[tuple[float, asyncio.Future[float]]]] = {}
        self.latencies: list[float] = []
        self.sent = 0
        self.answered = 0
        self.unmatched = 0
        self.last_answer = 0.0
        api.on_sent.append(self.on_sent)

    def reset(self) -> float:
        now = time.perf_counter()
        self.latencies, self.sent, self.answered, self.last_answer = [], 0, 0, now
        return now

    def waiting(self) -> int:
        return sum(len(q) for q in self.pending.values())

    async def send(self, user_id: int) -> asyncio.Future[float]:
        """The person types WORDS; the future gets the latency of the reply, in seconds."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.pending.setdefault(user_id, deque()).append((time.perf_counter(), future))
        await self.api.user_sends_text(user_id, WORDS, language_code="en", first_name="Person")
        self.sent += 1
        return future

    def on_sent(self, record: SentRecord) -> None:
        if record.method != "sendMessage" or not isinstance(record.chat_id, int) or not self.counts(record):
            return
        queue = self.pending.get(record.chat_id)
        if not queue:
            self.unmatched += 1
            return
        pushed, future = queue.popleft()
        if not queue:
            del self.pending[record.chat_id]
        latency = record.perf - pushed
        self.latencies.append(latency)
        self.answered += 1
        self.last_answer = record.perf
        if not future.done():
            future.set_result(latency)

    async def drain(self, timeout: float = DRAIN_TIMEOUT) -> int:
        """Wait (bounded) for replies still due; forget the rest and return how many were lost."""
        deadline = time.perf_counter() + timeout
        while self.pending and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
        lost = self.waiting()
        self.pending.clear()
        return lost


def is_companion_reply(record: SentRecord) -> bool:
    """The last message of the bot's step: the one with the buttons."""
    return bool(record.reply_markup and record.reply_markup.get("inline_keyboard"))


def is_echo_reply(record: SentRecord) -> bool:
    return record.text == WORDS


def same_people(first: int) -> Identity:
    return lambda i, _n: first + i


def rotating_people(first: int, people: int, stored: int) -> Identity:
    """Person i's n-th message comes from stored identity (i + n * people) mod stored."""
    return lambda i, n: first + (i + n * people) % stored


async def closed_loop(tracker: Tracker, people: int, identity: Identity, seconds: float, updates: float) -> None:
    """Each person: send, wait for the reply, send again; until the time or the update budget is spent."""
    deadline = time.perf_counter() + seconds
    tickets = itertools.count()

    async def person(i: int) -> None:
        for n in itertools.count():
            if time.perf_counter() >= deadline or next(tickets) >= updates:
                return
            future = await tracker.send(identity(i, n))
            try:
                await asyncio.wait_for(future, REPLY_TIMEOUT)
            except TimeoutError:
                return  # counted as lost by drain()

    await asyncio.gather(*(person(i) for i in range(people)))


async def open_loop(tracker: Tracker, people: int, identity: Identity, rate: float, seconds: float) -> None:
    """Updates at a fixed rate, round robin over the people, whether or not replies have come."""
    start = time.perf_counter()
    for k in range(max(1, int(rate * seconds))):
        delay = start + k / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await tracker.send(identity(k % people, k // people))


# -- phases ----------------------------------------------------------------------------------------


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
    """A bot under test: its process, its fake server, how its replies are counted."""

    name: str
    child: Child
    api: FakeBotApi
    tracker: Tracker
    first_id: int = FIRST_ID
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
        f"{phase.shape:<7} r{phase.round} {phase.bot:<9} {phase.answered:6d} answered in {phase.seconds:5.1f} s"
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


async def wait_ready(bot: Bot) -> None:
    """Until the bot answers one message (it may still be starting); its replies are printed once."""
    mark = bot.api.mark()
    bot.tracker.reset()
    future = await bot.tracker.send(bot.first_id)
    deadline = time.perf_counter() + START_TIMEOUT
    while not future.done():
        if not bot.child.alive() or time.perf_counter() > deadline:
            raise RuntimeError(f"{bot.name} did not answer (log {bot.child.log}):\n{bot.child.tail()}")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # anything else this one update makes the bot send
    records = [r for r in bot.api.sent[mark:] if r.chat_id == bot.first_id]
    counted = [r for r in records if r.method in SEND_METHODS and bot.tracker.counts(r)]
    print(f"  {bot.name} answers one update with: " + "; ".join(r.describe() for r in records))
    if len(counted) != 1:
        raise RuntimeError(f"{bot.name}: {len(counted)} counted replies to one update, not 1")


async def start_bot(bot: Bot, people: int, warmup: float, identity: Identity) -> None:
    bot.child.start()
    await wait_ready(bot)
    bot.tracker.reset()
    await closed_loop(bot.tracker, people, identity, warmup, math.inf)
    await bot.tracker.drain()
    if bot.tracker.answered == 0:
        raise RuntimeError(f"{bot.name} answered nothing in the warm-up:\n{bot.child.tail()}")


# -- the run ---------------------------------------------------------------------------------------


async def compare(args: argparse.Namespace, companion: Bot, echo: Bot) -> list[Phase]:
    """Shapes 1 and 2, alternating between the bots, round after round."""
    phases: list[Phase] = []
    updates = args.updates or math.inf
    seconds = args.max_seconds if args.updates else args.seconds
    for round_no in range(1, args.rounds + 1):
        order = [companion, echo] if round_no % 2 else [echo, companion]
        for bot in order:
            other = [b.child for b in (companion, echo) if b is not bot]
            load = partial(closed_loop, bot.tracker, args.people, same_people(bot.first_id), seconds, updates)
            phase = await measure(bot, other, "closed", round_no, load)
            print(describe(phase), flush=True)
            phases.append(phase)
        for bot in order:
            other = [b.child for b in (companion, echo) if b is not bot]
            load = partial(open_loop, bot.tracker, args.people, same_people(bot.first_id), args.rate, args.open_seconds)
            phase = await measure(bot, other, "open", round_no, load)
            print(describe(phase), flush=True)
            phases.append(phase)
    return phases


async def memory(args: argparse.Namespace, companion: Bot) -> list[tuple[int, Phase]]:
    """Shape 3: a fresh bot process per database size, the same closed-loop load on each."""
    results: list[tuple[int, Phase]] = []
    have = args.people
    for stored in args.stored:
        if stored > have:
            started = time.perf_counter()
            await asyncio.to_thread(populate, args.database_url, have, stored)
            print(f"  stored {stored} conversations ({time.perf_counter() - started:.1f} s)", flush=True)
            have = stored
        identity = rotating_people(FIRST_ID, args.people, stored)
        await start_bot(companion, args.people, args.warmup, identity)
        try:
            load = partial(closed_loop, companion.tracker, args.people, identity, args.max_seconds, args.memory_updates)
            phase = await measure(companion, [], f"memory {stored}", 1, load)
        finally:
            await companion.child.finish()
        print(describe(phase), flush=True)
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
    """The compact table, for the README, and the targets."""
    label = {"closed": f"closed loop, {args.people} people", "open": f"open loop, {args.rate:g} updates/s"}
    print("\n" + row("load", "bot", "updates/s", "p50 ms", "p95 ms", "CPU ms/update", "peak RSS MB"), file=out)
    print(row(*["---"] * 7), file=out)
    ratios: list[float] = []
    summary: dict[tuple[str, str], Phase] = {}
    for shape in ("closed", "open"):
        for name in ("companion", "echo"):
            mine = [p for p in phases if p.shape == shape and p.bot == name]
            if mine:
                summary[shape, name] = pooled(mine)
                print(row(label[shape], name, *figures(summary[shape, name])), file=out)
    for round_no in sorted({p.round for p in phases}):
        rates = {p.bot: p.rate for p in phases if p.shape == "closed" and p.round == round_no}
        if rates.get("echo"):
            ratios.append(rates["companion"] / rates["echo"])
    for stored, p in mem:
        touched = min(stored, args.memory_updates)
        print(row(f"closed loop, {stored} stored, {touched} touched", "companion", *figures(p)), file=out)
    print("", file=out)
    if ratios:
        spread = ", ".join(f"{r:.2f}" for r in ratios)
        print(f"throughput companion/echo (closed loop): {statistics.median(ratios):.2f} (rounds: {spread})", file=out)
    if ("closed", "companion") in summary and ("closed", "echo") in summary:
        bot, echo = summary["closed", "companion"], summary["closed", "echo"]
        extra = 1000 * bot.database_cpu / bot.answered if bot.answered and bot.database_cpu else 0.0
        with_database = f"; {echo.cpu_ms / (bot.cpu_ms + extra):.2f} with PostgreSQL's CPU" if extra else ""
        print(
            f"CPU per update, echo/companion (closed loop; the throughput ratio when each bot is CPU-bound on a core"
            f" of its own): {echo.cpu_ms / bot.cpu_ms:.2f}{with_database}",
            file=out,
        )
    if ("open", "companion") in summary:
        p95 = percentile(summary["open", "companion"].latencies, 95)
        print(f"companion p95 at {args.rate:g} updates/s: {p95:.1f} ms", file=out)
    if len(mem) >= 2:
        (small, a), (large, b) = mem[0], mem[-1]
        growth = (b.peak_rss_kb - a.peak_rss_kb) / 1024
        print(f"companion peak RSS {small} -> {large} stored conversations: {growth:+.1f} MB", file=out)
    lost = sum(p.lost for p in phases) + sum(p.lost for _, p in mem)
    print(f"replies lost (not within {REPLY_TIMEOUT:g} s): {lost}; load average now: {load_average()}", file=out)


# -- entry point -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--people", type=int, default=100, help="simulated people (default 100)")
    p.add_argument("--seconds", type=float, default=8.0, help="length of each closed-loop phase (default 8)")
    p.add_argument("--updates", type=int, default=0, help="updates per closed-loop phase instead of --seconds")
    p.add_argument("--max-seconds", type=float, default=60.0, help="time limit of a phase run by --updates")
    p.add_argument("--open-seconds", type=float, default=10.0, help="length of each open-loop phase (default 10)")
    p.add_argument("--rate", type=float, default=30.0, help="open-loop updates per second (default 30)")
    p.add_argument("--rounds", type=int, default=2, help="alternations between the two bots (default 2)")
    p.add_argument("--warmup", type=float, default=3.0, help="seconds of closed loop after each start (default 3)")
    p.add_argument("--stored", type=int, nargs="+", default=[100, 10_000], help="conversations stored, memory shape")
    p.add_argument("--memory-updates", type=int, default=3000, help="updates per memory phase (default 3000)")
    p.add_argument("--database-url", help="an empty database for the real bot (default: SQLite in a temp folder)")
    p.add_argument("--companion-command", help="run this instead of `companion telegram` (to measure a candidate)")
    p.add_argument("--skip-memory", action="store_true", help="shapes 1 and 2 only")
    p.add_argument("--keep", action="store_true", help="keep the temp folder (database, bot logs)")
    p.add_argument("--quick", action="store_true", help="smoke check: 1 round of short phases, stored 100 and 1,000")
    args = p.parse_args(argv)
    if args.quick:
        args.seconds, args.open_seconds, args.rounds, args.warmup = 2.0, 3.0, 1, 1.0
        args.stored, args.memory_updates = [args.people, 1000], 300
    args.stored = sorted(set(max(s, args.people) for s in args.stored))
    return args


async def run(args: argparse.Namespace, workdir: Path) -> None:
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)  # tidy up as on Ctrl-C
    args.database_url = args.database_url or f"sqlite:///{workdir / 'bench.db'}"
    os.environ["KEY_DATABASE_URL"] = f"sqlite:///{workdir / 'bench-keys.db'}"  # the bench and its bot share it
    print(f"load average at start: {load_average()}; {os.cpu_count()} CPUs; database {args.database_url}")
    populate(args.database_url, 0, args.people)
    async with FakeBotApi() as companion_api, FakeBotApi() as echo_api:
        companion = Bot(
            "companion",
            companion_child(workdir, companion_api, args.database_url, args.companion_command),
            companion_api,
            Tracker(companion_api, is_companion_reply),
            server_database=args.database_url.startswith("postgresql"),
        )
        echo = Bot("echo", echo_child(workdir, echo_api), echo_api, Tracker(echo_api, is_echo_reply))
        try:
            for bot in (companion, echo):
                await start_bot(bot, args.people, args.warmup, same_people(bot.first_id))
            phases = await compare(args, companion, echo)
        finally:
            await companion.child.finish()
            await echo.child.finish()
        mem = [] if args.skip_memory else await memory(args, companion)
    report(args, phases, mem, sys.stdout)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="companion-bench-"))
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
