"""Throughput, latency, CPU and memory of the web chat against a bare app on the same server stack.

Simulated children (HTTP clients, each with its own cookies, each waiting for its page before sending the
next) put 10 worries each into their house of worries through the real web chat: `companion serve` (web
only, no Telegram token) in its own process, on SQLite in a temporary folder or `--database-url`. Before
the load every child has opened a worker's invitation through its web link, pressed "Join", chosen a PIN
and gone into the house of worries, through the same pages (not measured). A step is what a child does
for one worry: POST /chat with the words and the form's CSRF token and question number, then the 303 to
GET /chat, whose page must show the worry (else the step counts as wrong). That is two requests.

The bare app (bench/web_bare.py, run by this script in a process of its own) is Starlette under uvicorn, like
the web chat: POST /chat reads the form and answers 303, GET /chat answers a page of the same size as the
web chat's (measured from a child's page before the load), with the same no-store header.

First a warm-up, not measured: a closed loop of 20 children (`--warmup`) against each app, so that the
first round does not pay for what a process does once (templates compiled, statements built, the danger
patterns of each language made). Then the shapes, alternating between the two apps for a number of rounds
(3, so that the median is a round's own):

1. closed loop: N children (50), each waiting for its page, 10 worries each (N x 10 steps);
2. open loop: 50 requests per second (25 steps), round robin over fresh children, for 10 s; for p95.

For each it prints requests per second, p50 and p95 of a request and of a step (both requests), CPU ms per
request of the server process (from /proc), its peak RSS, and what else was busy; then the ratio.

    .venv/bin/python bench/web.py
    .venv/bin/python bench/web.py --quick

Figures, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import math
import os
import re
import signal
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from bench.journey import KEYS, SESSION, Words  # noqa: E402
from bench.throughput import (  # noqa: E402
    Child,
    cpu_seconds,
    load_average,
    machine_busy_seconds,
    percentile,
    run_in_workdir,
)

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SHOWN = re.compile(r'name="shown" value="(\d+)"')
BUTTON = re.compile(r'<button type="submit" name="b" value="([^"]+)">([^<]+)</button>')
WORKER = 8_000_000
PIN = "2468"
START_TIMEOUT = 60.0
KEEP_ALIVE = 3.0  # seconds: less than the server's keep-alive timeout
TIMEOUT = 15.0


# -- children ----------------------------------------------------------------------------------------


@dataclass
class Page:
    text: str = ""

    @property
    def csrf(self) -> str:
        found = CSRF.search(self.text)
        return found[1] if found else ""

    @property
    def shown(self) -> str:
        found = SHOWN.search(self.text)
        return found[1] if found else "0"

    def button(self, label: str) -> str:
        for data, shown in BUTTON.findall(self.text):
            if label in html.unescape(shown):
                return html.unescape(data)
        raise KeyError(f"no button {label!r} on the page")


@dataclass
class Record:
    """What one app did in one phase."""

    app: str
    shape: str
    round: int
    steps: int = 0
    wrong: int = 0
    seconds: float = 0.0
    requests: list[float] = field(default_factory=list)  # latency of each request
    step_times: list[float] = field(default_factory=list)  # POST and its GET together
    cpu: float = 0.0
    peak_rss_kb: int = 0
    driver: float = 0.0
    others: float = 0.0
    load: str = ""

    @property
    def rate(self) -> float:
        return len(self.requests) / self.seconds if self.seconds else 0.0


class Kid:
    """One child: a browser's cookies, the last page, and their own lock (one page at a time)."""

    def __init__(self, base: str, code: str) -> None:
        # A connection idle for uvicorn's keep-alive timeout (5 s) is closed by the server; a client that took
        # it up again at that moment got a ReadError (seen once on a loaded machine). A browser opens another.
        limits = httpx.Limits(keepalive_expiry=KEEP_ALIVE)
        self.client = httpx.AsyncClient(base_url=base, timeout=TIMEOUT, follow_redirects=False, limits=limits)
        self.code = code
        self.page = Page()
        self.lock = asyncio.Lock()

    async def get(self, path: str) -> httpx.Response:
        response = await self.client.get(path)
        while response.status_code in (302, 303):
            response = await self.client.get(response.headers["location"])
        self.page = Page(response.text)
        return response

    async def post(self, path: str, fields: dict[str, str]) -> None:
        form = {"csrf": self.page.csrf, "shown": self.page.shown, **fields}
        response = await self.client.post(path, data=form)
        if response.status_code in (302, 303):
            await self.get(response.headers["location"])
        else:
            self.page = Page(response.text)

    async def join(self) -> None:
        """The web link, Join, a PIN, then the house of worries: as a child would, before the load."""
        await self.get(f"/join/{self.code}")
        await self.post(f"/join/{self.code}", {})  # the join page's own form: Join joins (a GET makes nobody)
        await self.get("/pin/new")
        await self.post("/pin/new", {"pin": PIN, "again": PIN})
        await self.post("/chat", {"words": "/houses"})
        await self.post("/chat", {"b": self.page.button("House of worries")})
        if "House of worries" not in self.page.text:
            raise RuntimeError("a child could not get into the house of worries")

    async def worry(self, words: str, record: Record, real: bool) -> None:
        """One step: POST the words, then GET the page the 303 names; timed, and checked on the real app."""
        async with self.lock:
            form = {"csrf": self.page.csrf, "shown": self.page.shown, "words": words}
            started = time.perf_counter()
            response = await self.client.post("/chat", data=form)
            posted = time.perf_counter()
            page = await self.client.get(response.headers.get("location", "/chat"))
            done = time.perf_counter()
            self.page = Page(page.text) if real else self.page
            record.requests += [posted - started, done - posted]
            record.step_times.append(done - started)
            record.steps += 1
            if response.status_code != 303 or page.status_code != 200 or (real and html.escape(words) not in page.text):
                record.wrong += 1


# -- set-up and processes ----------------------------------------------------------------------------


def invitations(database_url: str, count: int) -> list[str]:
    """A case per child, each with an invitation for a young person, made by one worker."""
    from storage import cases
    from storage.db import connect, upgrade
    from storage.repository import Store
    from storage.seal import Keyring

    engine = connect(database_url, Keyring.from_text(KEYS))
    try:
        upgrade(engine)
        store = Store(engine)
        store.add_worker(WORKER, "Sam Worker")
        codes = []
        with store.transaction() as tx:
            worker = tx.person(WORKER).id
            for n in range(count):
                case_id = cases.open_case(tx.c, worker, f"Family {n + 1}")
                codes.append(cases.invite(tx.c, worker, case_id, "young_person", timedelta(days=7)).code)
        return codes
    finally:
        engine.dispose()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env(database_url: str, port: int) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "DATA_KEYS": KEYS,
        "PUBLIC_URL": f"http://127.0.0.1:{port}",
        "WEB_LISTEN": f"127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
        "DEFAULT_LOCALE": "en",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


async def wait_up(child: Child, url: str) -> None:
    deadline = time.perf_counter() + START_TIMEOUT
    async with httpx.AsyncClient(timeout=2) as client:
        while time.perf_counter() < deadline:
            if not child.alive():
                break
            try:
                await client.get(url)
                return
            except httpx.HTTPError:
                await asyncio.sleep(0.1)
    raise RuntimeError(f"{child.name} did not start:\n{child.tail()}")


# -- loads -------------------------------------------------------------------------------------------


async def closed(kids: list[Kid], words: Words, record: Record, real: bool) -> None:
    async def one(kid: Kid) -> None:
        for _ in range(SESSION):
            await kid.worry(next(words), record, real)

    await asyncio.gather(*(one(kid) for kid in kids))


async def open_loop(kids: list[Kid], words: Words, record: Record, real: bool, rate: float, seconds: float) -> None:
    """``rate`` requests a second: a step (two requests) every 2/rate s, round robin over the children."""
    start = time.perf_counter()
    tasks = []
    steps = max(1, int(rate / 2 * seconds))
    for k in range(steps):
        delay = start + 2 * k / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(kids[k % len(kids)].worry(next(words), record, real)))
    await asyncio.gather(*tasks)


async def measure(child: Child, others: list[Child], record: Record, load: asyncio.Future[None] | object) -> Record:
    driver, busy = cpu_seconds("self"), machine_busy_seconds()
    before = {c.name: c.cpu_seconds() for c in [child, *others]}
    started = time.perf_counter()
    await load  # type: ignore[misc]
    wall = time.perf_counter() - started
    used = {c.name: c.cpu_seconds() - before[c.name] for c in [child, *others]}
    record.seconds = wall
    record.cpu = used[child.name]
    record.peak_rss_kb = child.memory_kb("VmHWM")
    record.driver = (cpu_seconds("self") - driver) / wall
    record.others = max(0.0, (machine_busy_seconds() - busy - sum(used.values())) / wall - record.driver)
    record.load = load_average()
    return record


def describe(r: Record) -> str:
    return (
        f"{r.shape:<6} r{r.round} {r.app:<9} {len(r.requests):5d} requests in {r.seconds:5.1f} s = {r.rate:6.1f}/s"
        f"  request p50 {percentile(r.requests, 50):5.1f} p95 {percentile(r.requests, 95):5.1f} ms"
        f"  step p50 {percentile(r.step_times, 50):5.1f} p95 {percentile(r.step_times, 95):5.1f} ms"
        f"  CPU {1000 * r.cpu / max(len(r.requests), 1):5.2f} ms/request  peak RSS {r.peak_rss_kb / 1024:5.1f} MB"
        f"  wrong {r.wrong}  | driver {r.driver:4.0%} of a core, others {r.others:.2f} cores, load {r.load}"
    )


async def run(args: argparse.Namespace, workdir: Path) -> None:
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    database_url = args.database_url or f"sqlite:///{workdir / 'web.db'}"
    open_kids = max(1, math.ceil(args.rate / 2 * args.open_seconds / SESSION))
    needed = 1 + args.warmup + args.rounds * (args.children + open_kids)
    print(f"load average at start: {load_average()}; {os.cpu_count()} CPUs; database {database_url}")
    codes = invitations(database_url, needed)
    port, bare_port = free_port(), free_port()
    base, bare_base = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{bare_port}"
    script = ROOT / ".venv" / "bin" / "companion"
    companion = Child("companion", [str(script), "serve"], workdir, env(database_url, port)).start()
    await wait_up(companion, f"{base}/healthz")
    words = Words(seed=7)
    started = time.perf_counter()
    kids = [Kid(base, code) for code in codes]
    gate = asyncio.Semaphore(4)

    async def join(kid: Kid) -> None:
        async with gate:
            await kid.join()

    await asyncio.gather(*(join(kid) for kid in kids))
    print(f"  {len(kids)} children joined, chose a PIN and went into a house ({time.perf_counter() - started:.1f} s)")
    sample = kids.pop()
    await sample.worry(next(words), Record("companion", "sample", 0), True)
    size = len(sample.page.text.encode())
    print(f"  the web chat's page after one worry: {size} bytes; the bare app answers {size} bytes")
    command = [sys.executable, str(ROOT / "bench" / "web_bare.py"), str(bare_port), str(size)]
    bare_app = Child("bare", command, workdir, env("sqlite://", bare_port)).start()
    await wait_up(bare_app, f"{bare_base}/chat")
    bare_kids = [Kid(bare_base, "") for _ in range(args.children)]
    records: list[Record] = []
    try:
        warming = [kids.pop() for _ in range(args.warmup)]
        for real in (True, False):  # not measured: each process's first steps
            await closed(warming if real else bare_kids[: args.warmup], words, Record("warm-up", "warm-up", 0), real)
        for round_no in range(1, args.rounds + 1):
            mine = [kids.pop() for _ in range(args.children)]
            mine_open = [kids.pop() for _ in range(open_kids)]
            order = ["companion", "bare"] if round_no % 2 else ["bare", "companion"]
            for app in order:
                real = app == "companion"
                child, other = (companion, bare_app) if real else (bare_app, companion)
                record = Record(app, "closed", round_no)
                load = closed(mine if real else bare_kids, words, record, real)
                records.append(await measure(child, [other], record, load))
                print(describe(records[-1]), flush=True)
            for app in order:
                real = app == "companion"
                child, other = (companion, bare_app) if real else (bare_app, companion)
                record = Record(app, "open", round_no)
                load = open_loop(mine_open if real else bare_kids, words, record, real, args.rate, args.open_seconds)
                records.append(await measure(child, [other], record, load))
                print(describe(records[-1]), flush=True)
    finally:
        await asyncio.to_thread(companion.stop)
        await asyncio.to_thread(bare_app.stop)
    report(records, args)


def report(records: list[Record], args: argparse.Namespace) -> None:
    print("\n| load | app | requests/s | p50 ms | p95 ms | step p95 ms | CPU ms/request | peak RSS MB |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    label = {"closed": f"closed loop, {args.children} children", "open": f"open loop, {args.rate:g} requests/s"}
    for shape in ("closed", "open"):
        for app in ("companion", "bare"):
            mine = [r for r in records if r.shape == shape and r.app == app]
            if not mine:
                continue
            requests = [x for r in mine for x in r.requests]
            steps = [x for r in mine for x in r.step_times]
            rate = statistics.median(r.rate for r in mine)
            cpu = 1000 * sum(r.cpu for r in mine) / max(len(requests), 1)
            peak = max(r.peak_rss_kb for r in mine) / 1024
            print(
                f"| {label[shape]} | {app} | {rate:.0f} | {percentile(requests, 50):.1f}"
                f" | {percentile(requests, 95):.1f} | {percentile(steps, 95):.1f} | {cpu:.2f} | {peak:.0f} |"
            )
    print()
    ratios = []
    for round_no in sorted({r.round for r in records}):
        rates = {r.app: r.rate for r in records if r.shape == "closed" and r.round == round_no}
        if rates.get("bare"):
            ratios.append(rates["companion"] / rates["bare"])
    if ratios:
        spread = ", ".join(f"{x:.2f}" for x in ratios)
        print(f"throughput web chat/bare app (closed loop): {statistics.median(ratios):.2f} (rounds: {spread})")
    opened = [x for r in records if r.shape == "open" and r.app == "companion" for x in r.requests]
    if opened:
        print(f"web chat p95 at {args.rate:g} requests/s: {percentile(opened, 95):.1f} ms a request")
    wrong = sum(r.wrong for r in records if r.app == "companion")
    print(f"web chat steps whose page did not show the worry: {wrong}; load average now: {load_average()}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--children", type=int, default=50, help="children in the closed loop (default 50)")
    p.add_argument("--rounds", type=int, default=3, help="alternations between the two apps (default 3)")
    p.add_argument("--warmup", type=int, default=20, help="children in the warm-up, not measured (default 20)")
    p.add_argument("--rate", type=float, default=50.0, help="open-loop requests per second (default 50)")
    p.add_argument("--open-seconds", type=float, default=10.0, help="length of each open-loop phase (default 10)")
    p.add_argument("--database-url", help="an empty database (default: SQLite in a temp folder)")
    p.add_argument("--keep", action="store_true", help="keep the temp folder (database, logs)")
    p.add_argument("--quick", action="store_true", help="smoke check: 1 round, 10 children, 3 s open loop")
    args = p.parse_args(argv)
    if args.quick:
        args.children, args.rounds, args.open_seconds, args.warmup = 10, 1, 3.0, 5
    return run_in_workdir(run, args, "companion-web-bench-")


if __name__ == "__main__":
    sys.exit(main())
