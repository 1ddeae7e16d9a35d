"""In-process cost of each step kind of the journey, and a profile of one: `Companion.handle` on a real
database filled as bench/throughput.py fills it, with no Telegram and no threads.

    .venv/bin/python bench/profile_step.py                      # CPU ms per step, by kind
    .venv/bin/python bench/profile_step.py --profile house      # and cProfile of that kind's steps
    .venv/bin/python bench/profile_step.py --database-url postgresql+psycopg://127.0.0.1:5432/bench_x

Figures, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.journey import KEYS, SESSION, Words, populate_journey, reason  # noqa: E402
from bot.core import Companion, Delivery, Incoming, parse_choice_data  # noqa: E402
from bot.updates import parse_text  # noqa: E402
from dialogues import build_engine  # noqa: E402
from dialogues.engine import Input  # noqa: E402
from storage.db import connect  # noqa: E402
from storage.repository import Store  # noqa: E402
from storage.seal import Keyring  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--database-url", help="an empty database (default: SQLite in a temp folder)")
    p.add_argument("--young", type=int, default=600, help="young people stored with empty houses")
    p.add_argument("--profile", choices=["house", "house10", "checkin", "worker", "menu"], help="profile this kind")
    p.add_argument("--top", type=int, default=30, help="profile lines to print")
    p.add_argument("--sort", default="cumulative", help="profile order: cumulative or tottime")
    args = p.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="companion-profile-"))
    url = args.database_url or f"sqlite:///{workdir / 'profile.db'}"
    try:
        cast = populate_journey(url, 7_000_000, workers=5, young=args.young, young_nine=200, menu=100)
        engine = connect(url, Keyring.from_text(KEYS))
        companion = Companion(Store(engine), build_engine(), "en")
        updates = iter(range(1, 10**9))
        words = Words()

        def step(telegram_id: int, inp: Input, seq: int | None = None) -> Delivery:
            incoming = Incoming(telegram_id, telegram_id, inp, "en", update_id=next(updates), seq=seq)
            return companion.handle(incoming)

        young = iter(cast.young)
        by_item: dict[int, list[float]] = {}

        def house() -> int:
            person = next(young)
            for item in range(1, SESSION + 1):
                started = time.process_time()
                step(person, Input.text(next(words)))
                by_item.setdefault(item, []).append(time.process_time() - started)
            return SESSION

        nine = iter(cast.young_nine)

        def house10() -> int:
            step(next(nine), Input.text(next(words)))
            return 1

        parents = iter(cast.parents)

        def checkin() -> int:
            person = next(parents)
            for words_ in ["/checkin", "7", reason(1), reason(2), reason(3)]:
                step(person, parse_text(words_))
            return 5

        def worker() -> int:
            w = cast.workers[0]
            card = step(w, parse_text(f"/cases {cast.cases[w][0]}"))
            data = next(b.data for m in card.messages for b in m.buttons if "What they shared" in b.label)
            seq, choice = parse_choice_data(data)
            step(w, Input.choice(choice), seq)
            return 2

        menu = iter(cast.menu)

        def home() -> int:
            step(next(menu), Input.text("hello there"))
            return 1

        kinds: dict[str, tuple[Callable[[], int], int]] = {
            "house": (house, 30),
            "house10": (house10, 150),
            "checkin": (checkin, 40),
            "worker": (worker, 60),
            "menu": (home, 90),
        }
        for name, (run, times) in kinds.items():
            run()  # warm
            profiler = cProfile.Profile() if name == args.profile else None
            started, steps = time.process_time(), 0
            if profiler:
                profiler.enable()
            for _ in range(times):
                steps += run()
            if profiler:
                profiler.disable()
            print(f"{name:8} {1000 * (time.process_time() - started) / steps:6.2f} ms CPU per step ({steps} steps)")
            if profiler:
                pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
        costs = ", ".join(f"{k}: {1000 * sum(v) / len(v):.2f}" for k, v in sorted(by_item.items()))
        print(f"house step by the item it puts in (ms CPU): {costs}")
        engine.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
