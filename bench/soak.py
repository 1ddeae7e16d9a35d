"""Soak: people in the real journey while the bot is killed with SIGKILL and started again, many times.

Figures, never a test: it prints what was lost and what was doubled, and checks nothing.

In each mode (polling or webhook, SQLite or PostgreSQL) the real ``companion`` process runs against the
fake Bot API of the end-to-end tests (tests/fakebotapi.py, on 127.0.0.1). On PostgreSQL two processes run
on the one database (behind one address for the webhook; both polling otherwise) and they are killed one
at a time, in turn; SQLite runs one process.

- Young people (already in a case) have their house of worries open and put a new worry in it in every
  round, without waiting for the answer, so updates are in flight when the kill comes.
- Parents check in the whole time, each in a thread of their own: ``/checkin``, a number (typed), then a
  reason in their own words, each waiting for the bot's answer (a kill makes them wait for the restart).
- Each round: every young person sends a worry, a random pause (0 to ``--pause`` s), SIGKILL of one
  process, a start again, and a wait until it is ready.

At the end it waits until everything sent is stored (or ``--drain`` s) and prints, per mode:

- answers lost and answers doubled: the worries and reasons sent that are not stored, or stored more
  than once, read from the database through the project's storage API (``storage.seal.unseal`` opens
  the sealed words); target 0 and 0;
- replies lost: a worry with no answer listing it last, or a parent's step whose answer did not come
  within 75 s (past the outbox's 60 s lease) (target 0);
- replies doubled: a worry's answer sent more than once (Telegram's sendMessage has no idempotency key:
  a reply delivered just before the kill, whose outbox row had not gone yet, may go again).

Run it:

    .venv/bin/python bench/soak.py --quick          # 5 kills in each mode
    .venv/bin/python bench/soak.py                  # 100 kills in each mode
    .venv/bin/python bench/soak.py --modes polling-sqlite webhook-postgresql --kills 20

PostgreSQL: a database of its own is made and dropped on the server of ``--postgres-url`` (default: the
tests' ``DATABASE_URL_TEST`` or ``postgresql+psycopg://127.0.0.1:5432/test``); the PostgreSQL modes are
skipped, saying why, where no server answers.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import e2e  # noqa: E402
from botprocess import DATA_KEYS, BotProcess, bot_env  # noqa: E402
from e2e import Stored, User, person_t  # noqa: E402
from fakebotapi import FakeBotApiThread  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.i18n import render  # noqa: E402
from dialogues.messages import T  # noqa: E402
from storage.db import connect  # noqa: E402
from storage.repository import Store  # noqa: E402

MODES = ("polling-sqlite", "webhook-sqlite", "polling-postgresql", "webhook-postgresql")
SECRET = "a-soak-secret-of-thirty-two-chars"
WORKER_ID = 8_000_000
FIRST_YOUNG = 8_000_100
FIRST_PARENT = 8_000_500
WORRIES = render(T("😟 House of worries"), "en")
WORRY = re.compile(r"• small worry (\d+)\b")
READY_TIMEOUT = 90.0  # a start on a busy machine, migrations included
STEP_TIMEOUT = 75.0  # a parent waits this long for an answer (a kill, a restart and a lease included)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServeProcess(BotProcess):
    command = "serve"


@dataclass
class Figures:
    mode: str
    kills: int
    processes: int
    sent: int = 0
    lost: int = 0
    doubled: int = 0
    replies_lost: int = 0
    replies_doubled: int = 0
    parent_steps: int = 0
    parent_steps_unanswered: int = 0
    restart_s: list[float] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # what was lost or doubled, to look into


class Parents:
    """Parents checking in, each in a thread, until told to stop."""

    def __init__(self, api: FakeBotApiThread, ids: range) -> None:
        self.api = api
        self.ids = ids
        self.sent: list[str] = []
        self.steps = 0
        self.unanswered = 0
        self.log: dict[int, list[str]] = {i: [] for i in ids}  # per parent: what they did, and whether answered
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in ids]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(STEP_TIMEOUT * 3 + 5)

    def step(self, telegram_id: int, action: Callable[[str], object], argument: str) -> bool:
        """One thing a parent does, and the wait for the bot's answer to it; False when none came."""
        with self.lock:
            self.steps += 1
        try:
            action(argument)
            self.log[telegram_id].append(f"{time.strftime('%H:%M:%S')} {argument!r}: answered")
            return True
        except (AssertionError, TimeoutError) as error:
            self.log[telegram_id].append(f"{time.strftime('%H:%M:%S')} {argument!r}: {str(error)[:300]}")
            with self.lock:
                self.unanswered += 1
            return False

    def run(self, telegram_id: int) -> None:
        parent = User(self.api, telegram_id)
        n = 0
        while not self.stopping.is_set():
            n += 1
            if not self.step(telegram_id, parent.sends, "/checkin"):
                continue
            # typed, not tapped: a reply sent again after a restart is the same message with buttons anew, and a
            # tap on it is on an earlier message; typed words go to where the conversation is, in order
            score = str(random.randint(2, 9))
            if not self.step(telegram_id, parent.sends, score):
                continue
            words = f"we went to the park together, visit {n} of parent {telegram_id}"
            with self.lock:
                self.sent.append(words)
            self.step(telegram_id, parent.sends, words)


def make_postgres(admin_url: str) -> tuple[str, str]:
    name = f"companion_soak_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), name


def drop_postgres(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def postgres_unavailable(admin_url: str) -> str | None:
    try:
        engine = create_engine(admin_url, connect_args={"connect_timeout": 3})
        with engine.connect() as c:
            c.execute(text("select 1"))
        engine.dispose()
    except Exception as error:  # any failure to connect means: skip, saying why
        return f"no PostgreSQL server answers ({type(error).__name__})"
    return None


def wait_ready(api: FakeBotApiThread, since: int, webhook: bool, process: BotProcess) -> None:
    def ready(r: object) -> bool:
        method = getattr(r, "method", "")
        if webhook:
            return bool(method == "setWebhook")
        return bool(method == "setMyCommands" and not getattr(r, "params", {}).get("language_code"))

    try:
        api.wait_for(ready, READY_TIMEOUT, since=since)
    except TimeoutError:
        raise SystemExit(f"soak: the bot did not start:\n{process.stderr[-3000:]}") from None


def run_mode(mode: str, kills: int, args: argparse.Namespace, folder: Path) -> Figures:
    webhook = mode.startswith("webhook")
    postgres = mode.endswith("postgresql")
    processes = 2 if postgres else 1
    figures = Figures(mode, kills, processes)
    dropping: str | None = None
    (folder / mode).mkdir(parents=True)
    # One key store for this mode's processes and for this script (it stores the case): processes with
    # key stores of their own cannot open what the others sealed (README, KEY_DATABASE_URL).
    os.environ["KEY_DATABASE_URL"] = f"sqlite:///{folder / mode / 'keys.db'}"
    if postgres:
        database_url, dropping = make_postgres(args.postgres_url)
    else:
        database_url = f"sqlite:///{folder / mode / 'soak.db'}"
    started = time.monotonic()
    try:
        with FakeBotApiThread() as api:
            api.api.webhook_retry = 0.3
            bots: list[BotProcess] = []
            bases: list[str] = []
            for i in range(processes):
                env = bot_env(database_url, api.base_url, api.file_url, log_level="WARNING")
                if webhook:
                    port = free_port()
                    bases.append(f"http://127.0.0.1:{port}")
                    env |= {
                        "TELEGRAM_WEBHOOK": "on",
                        "WEBHOOK_SECRET": SECRET,
                        "PUBLIC_URL": bases[0],
                        "WEB_LISTEN": f"127.0.0.1:{port}",
                    }
                    bot: BotProcess = ServeProcess(folder / mode / f"bot{i + 1}", env)
                else:
                    bot = BotProcess(folder / mode / f"bot{i + 1}", env)
                since = api.mark()
                bots.append(bot.start())
                wait_ready(api, since, webhook, bot)
            if webhook and processes > 1:
                api.api.webhook_targets = bases  # the reverse proxy: each post to the next process

            young = range(FIRST_YOUNG, FIRST_YOUNG + args.young)
            parents_ids = range(FIRST_PARENT, FIRST_PARENT + args.parents)
            engine = connect(database_url)
            store = Store(engine)
            case_id = store.ensure_case("Family S", store.add_worker(WORKER_ID, "Sam Jones"))
            for telegram_id in young:
                store.ensure_member(case_id, telegram_id, "young_person")
            for telegram_id in parents_ids:
                store.ensure_member(case_id, telegram_id, "parent")
            for telegram_id in young:
                person = User(api, telegram_id)
                person.sends("/houses")
                person.presses(WORRIES)
            mark = api.mark()

            parents = Parents(api, parents_ids)
            parents.start()
            sent: dict[int, list[int]] = {t: [] for t in young}
            n = 0
            for kill in range(kills):
                n += 1
                for telegram_id in young:
                    api.user_sends_text(telegram_id, f"small worry {n}")
                    sent[telegram_id].append(n)
                time.sleep(random.uniform(0, args.pause))
                bot = bots[kill % processes]
                bot.kill()
                since = api.mark()
                restarted = time.monotonic()
                bot.start()
                wait_ready(api, since, webhook, bot)
                figures.restart_s.append(time.monotonic() - restarted)
                if args.verbose:
                    print(f"  {mode}: kill {kill + 1}/{kills}", flush=True)
            # a last round with nobody killed, so that the last kill's work is seen through
            n += 1
            for telegram_id in young:
                api.user_sends_text(telegram_id, f"small worry {n}")
                sent[telegram_id].append(n)
            parents.stop()

            db = Stored(engine)
            words_sent = [f"small worry {k}" for t in young for k in sent[t]]
            figures.sent = len(words_sent) + len(parents.sent)

            def stored() -> Counter[tuple[int, str]]:
                by_person = {row.id: row.telegram_id for row in db.rows(person_t)}
                return Counter((by_person[a.person_id], a.value) for a in db.answers())

            deadline = time.monotonic() + args.drain
            while True:
                kept = stored()
                missing = [1 for t in young for k in sent[t] if kept[(t, f"small worry {k}")] == 0]
                missing += [1 for w in parents.sent if sum(v for (_, value), v in kept.items() if value == w) == 0]
                if not missing or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            # a reply sent twice shows by now: on PostgreSQL with others running, the rows a killed process left
            # in the outbox wait for their lease (60 s) before another process sends them
            time.sleep(args.settle if postgres else 2)
            kept = stored()
            for telegram_id in young:
                for k in sent[telegram_id]:
                    times = kept[(telegram_id, f"small worry {k}")]
                    figures.lost += times == 0
                    figures.doubled += max(0, times - 1)
                    if times != 1:
                        figures.notes.append(f"stored {times} times: 'small worry {k}' of {telegram_id}")
            for words in parents.sent:
                times = sum(v for (_, value), v in kept.items() if value == words)
                figures.lost += times == 0
                figures.doubled += max(0, times - 1)
                if times != 1:
                    figures.notes.append(f"stored {times} times: {words!r}")
                    if args.verbose:
                        who = int(words.rsplit(" ", 1)[1])
                        figures.notes += [f"    {line}" for line in parents.log[who]]
                        figures.notes += [
                            f"    bot: {r.method} {(r.text or '')[:70]!r} {r.callback_data}"
                            for r in api.records_for(who)
                            if r.index >= mark
                        ]

            for telegram_id in young:
                answered: Counter[int] = Counter()
                for record in api.messages_to(telegram_id):
                    if record.index < mark or record.method != "sendMessage":
                        continue
                    found = [int(k) for k in WORRY.findall(record.text or "")]
                    if found:
                        answered[max(found)] += 1
                for k in sent[telegram_id]:
                    figures.replies_lost += answered[k] == 0
                    figures.replies_doubled += max(0, answered[k] - 1)
            figures.parent_steps = parents.steps
            if args.verbose:
                for who, lines in parents.log.items():
                    figures.notes += [f"parent {who}: {line}" for line in lines if not line.endswith(": answered")]
            figures.parent_steps_unanswered = parents.unanswered
            figures.replies_lost += parents.unanswered
            for bot in bots:
                bot.stop()
            engine.dispose()
    finally:
        for bot in locals().get("bots", []):
            if bot.running:
                bot.kill()
        if dropping:
            drop_postgres(args.postgres_url, dropping)
    figures.seconds = time.monotonic() - started
    return figures


def machine() -> str:
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return f"{os.cpu_count()} cores, load average {load}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=100, help="SIGKILLs in each mode (100)")
    parser.add_argument("--quick", action="store_true", help="5 kills in each mode")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--young", type=int, default=10, help="young people filling their house of worries (10)")
    parser.add_argument("--parents", type=int, default=3, help="parents checking in (3)")
    parser.add_argument("--pause", type=float, default=0.8, help="longest random pause before a kill, s (0.8)")
    parser.add_argument("--drain", type=float, default=180.0, help="seconds to wait for everything stored (180)")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("DATABASE_URL_TEST", "postgresql+psycopg://127.0.0.1:5432/test"),
        help="a PostgreSQL database to connect to for making and dropping the soak's own",
    )
    parser.add_argument(
        "--settle", type=float, default=65.0, help="PostgreSQL: seconds to wait past the outbox's lease (65)"
    )
    parser.add_argument("--verbose", action="store_true", help="a line per kill")
    parser.add_argument("--keep", action="store_true", help="keep the folder with the databases and the bots' logs")
    args = parser.parse_args()
    # the fake Bot API logs each request a killed bot left half sent: expected here, and not the bot's
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    os.environ["DATA_KEYS"] = DATA_KEYS
    # a parent waits past the outbox's 60 s lease: on PostgreSQL, a reply a killed process committed but did
    # not send is sent by the other process when the lease ends, late but not lost
    e2e.TIMEOUT = STEP_TIMEOUT  # the bots' master key: this driver opens what they sealed
    kills = 5 if args.quick else args.kills
    print(f"soak: {kills} kills in each mode; {args.young} young people, {args.parents} parents; {machine()}")
    results: list[Figures] = []
    tmp = tempfile.mkdtemp(prefix="soak-")
    if args.keep:
        print(f"soak: keeping {tmp}")
    try:
        for mode in args.modes:
            if mode.endswith("postgresql"):
                reason = postgres_unavailable(args.postgres_url)
                if reason:
                    print(f"{mode}: skipped: {reason}")
                    continue
            figures = run_mode(mode, kills, args, Path(tmp))
            results.append(figures)
            for note in figures.notes:
                print(f"  {mode}: {note}")
            restart = sorted(figures.restart_s)
            print(
                f"{mode} ({figures.processes} process{'es' if figures.processes > 1 else ''}, {figures.kills} kills,"
                f" {figures.seconds:.0f} s): answers sent {figures.sent}, lost {figures.lost}, doubled"
                f" {figures.doubled}; replies lost {figures.replies_lost}, doubled {figures.replies_doubled};"
                f" parents' steps {figures.parent_steps} ({figures.parent_steps_unanswered} unanswered);"
                f" restart to ready median {restart[len(restart) // 2]:.1f} s; {machine()}",
                flush=True,
            )
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print()
    print(
        "| mode | processes | kills | answers sent | answers lost | answers doubled | replies lost | replies doubled |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for f in results:
        print(
            f"| {f.mode} | {f.processes} | {f.kills} | {f.sent} | {f.lost} | {f.doubled} | {f.replies_lost} |"
            f" {f.replies_doubled} |"
        )


if __name__ == "__main__":
    main()
