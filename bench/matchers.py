"""What checking a message's words costs: danger recognition and the "what if" guide's matcher.

Every young person's and parent's message goes through `dialogues.danger.sounds_unsafe`; a worker's "what
if" question through `dialogues.whatif.match`. This prints their cost per call over the phrasings of the
tests' sets (danger and ordinary, every language), and for the longest text each keeps. Figures only: it
checks nothing. The aims: under 5 ms per message for danger recognition (a step's whole budget is a few
milliseconds), under 20 ms per "what if" question and 200 ms for its longest.

    .venv/bin/python bench/matchers.py
"""

from __future__ import annotations

import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_danger import SETS as DANGER_SETS  # noqa: E402
from test_whatif import ALL as WHATIF_PHRASES  # noqa: E402

from dialogues import danger, whatif  # noqa: E402


def per_call_ms(calls: list[tuple[str, str]], check, runs: int = 5) -> float:
    seconds = timeit.timeit(lambda: [check(text, locale) for text, locale in calls], number=runs)
    return seconds / (runs * len(calls)) * 1000


def main() -> None:
    phrases = [(text, loc) for loc, sets in DANGER_SETS.items() for ps in sets.values() for text, _ in ps]
    print(f"sounds_unsafe: {per_call_ms(phrases, danger.sounds_unsafe) * 1000:.0f} µs per message "
          f"over {len(phrases)} phrasings (aim: under 5,000)")  # fmt: skip
    longest = ("he hit me and I am scared to go home tonight because " * 80)[:4096]
    print(f"sounds_unsafe: {per_call_ms([(longest, 'en')], danger.sounds_unsafe):.1f} ms for 4,096 characters")
    questions = [(text, loc) for text, _, loc in WHATIF_PHRASES]
    print(f"whatif.match: {per_call_ms(questions, whatif.match, runs=3):.1f} ms per question "
          f"over {len(questions)} (aim: under 20)")  # fmt: skip
    long_question = ("the parents won't talk to me and the safety plan isn't working " * 8)[:500]
    print(f"whatif.match: {per_call_ms([(long_question, 'en')], whatif.match, runs=3):.1f} ms for 500 characters "
          "(aim: under 200)")  # fmt: skip


if __name__ == "__main__":
    main()
