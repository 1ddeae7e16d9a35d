"""Two `companion serve` processes against one, on one PostgreSQL database, on the real journey.

The people and the journey are bench/throughput.py's (young people filling a house, parents checking in,
workers reading), on a PostgreSQL database of its own (made and dropped on the server of --postgres-url).
The processes take Telegram's webhook (`TELEGRAM_WEBHOOK=on`) from the fake Bot API of the end-to-end tests,
which posts each update to the next process in turn, as a reverse proxy in front of several would. Each
round runs the same closed loop (every person sends, waits for the answer, sends again) against one process,
then against two, and so on in turn, so that a burst of load from other processes hits both.

It prints answers per second, p50 and p95, the processes' CPU per update (all of them together) and
PostgreSQL's, and the ratio of two processes' throughput to one's, with what else was busy. This machine
runs the load, the fake server and the database too: on 2 cores the processes, the driver and PostgreSQL
share them, so the ratio says how well the work spreads, not what more cores would give.

    .venv/bin/python bench/scale.py                 # 3 rounds of 10 s phases (about 3 minutes)
    .venv/bin/python bench/scale.py --rounds 1 --seconds 5

Figures, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fakebotapi import FakeBotApi  # noqa: E402

from bench.journey import populate_journey  # noqa: E402
from bench.soak import SECRET, drop_postgres, free_port, make_postgres, postgres_unavailable  # noqa: E402
from bench.throughput import (  # noqa: E402
    FIRST_ID,
    Bot,
    Child,
    Journey,
    Phase,
    Seat,
    Tracker,
    bot_env,
    closed_loop,
    cpu_seconds,
    database_server_seconds,
    load_average,
    machine_busy_seconds,
    percentile,
    run_in_workdir,
    wait_ready,
)


def serve_child(name: str, workdir: Path, api: FakeBotApi, database_url: str, public: str, port: int) -> Child:
    env = bot_env(api, database_url) | {
        "TELEGRAM_WEBHOOK": "on",
        "WEBHOOK_SECRET": SECRET,
        "PUBLIC_URL": public,
        "WEB_LISTEN": f"127.0.0.1:{port}",
    }
    script = ROOT / ".venv" / "bin" / "companion"
    argv = [str(script), "serve"] if script.exists() else [sys.executable, "-m", "bot.cli", "serve"]
    return Child(name, argv, workdir, env)


async def phase(
    label: str, round_no: int, children: list[Child], tracker: Tracker, seats: list[Seat], seconds: float
) -> Phase:
    """The closed loop for ``seconds`` against the processes running now, read before and after."""
    before = {c.name: c.cpu_seconds() for c in children}
    database, busy, driver = database_server_seconds(), machine_busy_seconds(), cpu_seconds("self")
    start = tracker.reset()
    wall_start = time.perf_counter()
    await closed_loop(tracker, seats, seconds, float("inf"))
    lost = await tracker.drain()
    wall = max(time.perf_counter() - wall_start, 1e-9)
    result = Phase("companion", label, round_no, answered=tracker.answered, lost=lost)
    result.seconds = tracker.last_answer - start
    result.latencies = list(tracker.latencies)
    result.cpu = sum(c.cpu_seconds() - before[c.name] for c in children)
    result.database_cpu = database_server_seconds() - database
    result.driver_cpu = (cpu_seconds("self") - driver) / wall
    result.others_cores = max(0.0, (machine_busy_seconds() - busy) / wall - result.driver_cpu - result.cpu / wall)
    result.load = load_average()
    return result


def line(p: Phase) -> str:
    per = 1000 / max(p.answered, 1)
    return (
        f"{p.shape:<12} r{p.round}  {p.answered:6d} answered in {p.seconds:5.1f} s = {p.rate:6.1f}/s"
        f"  p50 {percentile(p.latencies, 50):6.1f} ms  p95 {percentile(p.latencies, 95):6.1f} ms"
        f"  CPU {p.cpu * per:5.2f} ms/update (processes), PostgreSQL {p.database_cpu * per:5.2f}"
        f"  lost {p.lost}  | driver {p.driver_cpu:4.0%} of a core, others {p.others_cores:.2f} cores (the database"
        f" and processes not ours), load {p.load}"
    )


async def run(args: argparse.Namespace, workdir: Path) -> None:
    os.environ["KEY_DATABASE_URL"] = f"sqlite:///{workdir / 'scale-keys.db'}"  # the bench and its bots share it
    why = postgres_unavailable(args.postgres_url)
    if why:
        print(f"skipped: {why} at {args.postgres_url}")
        return
    database_url, name = make_postgres(args.postgres_url)
    print(f"load average at start: {load_average()}; {os.cpu_count()} CPUs; a database of its own on PostgreSQL")
    try:
        started = time.perf_counter()
        cast = populate_journey(database_url, FIRST_ID, workers=max(1, args.people // 20), young=args.young,
                                young_nine=0, menu=args.people)  # fmt: skip
        print(f"  stored the journey's people ({time.perf_counter() - started:.1f} s)", flush=True)
        journey = Journey(cast, args.people)
        async with FakeBotApi() as api:
            api.webhook_retry = 0.3
            tracker = Tracker(api)
            ports = [free_port(), free_port()]
            bases = [f"http://127.0.0.1:{p}" for p in ports]
            children = [
                serve_child(f"serve{i + 1}", workdir, api, database_url, bases[0], port) for i, port in enumerate(ports)
            ]
            results: dict[int, list[Phase]] = {1: [], 2: []}
            seats = journey.mix()
            try:
                for round_no in range(1, args.rounds + 1):
                    for n in (1, 2) if round_no % 2 else (2, 1):
                        running = children[:n]
                        api.webhook_targets = bases[:n]
                        for child in running:
                            child.start()
                        await wait_ready(Bot("companion", running[0], api, tracker), seats[0])
                        tracker.reset()
                        await closed_loop(tracker, seats, args.warmup, float("inf"))
                        await tracker.drain()
                        label = f"{n} process" + ("es" if n > 1 else "")
                        result = await phase(label, round_no, running, tracker, seats, args.seconds)
                        print(line(result), flush=True)
                        results[n].append(result)
                        for child in running:
                            await child.finish()
            finally:
                for child in children:
                    await child.finish()
        one = statistics.median(p.rate for p in results[1])
        two = statistics.median(p.rate for p in results[2])
        rounds = ", ".join(f"{b.rate / a.rate:.2f}" for a, b in zip(results[1], results[2], strict=True))
        print(f"\nthroughput, two processes / one (median of rounds): {two / one:.2f} (rounds: {rounds})")
        print(f"answers per second: one process {one:.0f}, two {two:.0f}; load average now: {load_average()}")
    finally:
        drop_postgres(args.postgres_url, name)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_pg = os.environ.get("DATABASE_URL_TEST", "postgresql+psycopg://127.0.0.1:5432/test")
    p.add_argument("--postgres-url", default=default_pg, help="a PostgreSQL server to make a database on")
    p.add_argument("--people", type=int, default=100, help="simulated people at a time (default 100)")
    p.add_argument("--young", type=int, default=1500, help="young people stored with empty houses (default 1500)")
    p.add_argument("--seconds", type=float, default=10.0, help="length of each phase (default 10)")
    p.add_argument("--warmup", type=float, default=3.0, help="seconds of closed loop after each start (default 3)")
    p.add_argument("--rounds", type=int, default=3, help="alternations between one and two processes (default 3)")
    p.add_argument("--keep", action="store_true", help="keep the temp folder (bot logs)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return run_in_workdir(run, parse_args(argv), "companion-scale-")


if __name__ == "__main__":
    sys.exit(main())
