"""Benchmark: what the danger check costs per message, in every language.

Prints figures; checks nothing and is not a test. Every message a person types goes through
``dialogues.danger.sounds_unsafe``, which tries every language's patterns (the person's own first), so
the cost per message grows with the number of languages. Two figures per message:

- **warm**: the same message again and again (the words' look-ups cached, as for everyday words);
- **cold**: every language's cache of look-ups emptied before each round of messages, so each word is
  looked up afresh (typo search included), as for words the recogniser has not met yet.

Times are this process's CPU time, so that other work on a shared machine disturbs them less.

    .venv/bin/python bench/danger_words.py
"""

from __future__ import annotations

import time
import timeit

from dialogues import danger

CPU = time.process_time  # this process's CPU time: other processes on a busy machine count less

MESSAGES: list[tuple[str, str]] = [
    ("had a good day at school today, we played football and i scored", "en"),
    ("my dad hits me when he is drunk", "en"),
    ("ok", "en"),
    ("dw i'n hapus heddiw, aethon ni i'r parc", "cy"),
    ("byłem dziś w szkole i graliśmy w piłkę", "pl"),
    ("azi am fost la școală și am jucat fotbal", "ro"),
    ("ਅੱਜ ਮੈਂ ਸਕੂਲ ਗਿਆ ਅਤੇ ਫੁੱਟਬਾਲ ਖੇਡਿਆ", "pa"),
    ("آج میں اسکول گیا اور ہم نے فٹ بال کھیلا", "ur"),
    ("ذهبت اليوم إلى المدرسة ولعبنا كرة القدم", "ar"),
    ("сьогодні я був у школі і ми грали у футбол", "uk"),
    ("aaj mai school gaya aur humne football khela", "ur"),
]


def clear_caches() -> None:
    for compiled in danger._COMPILED.values():
        compiled.looked_up.clear()
        compiled.split_up.clear()


def main() -> None:
    print(f"languages tried on every message: {len(danger._COMPILED)} ({', '.join(danger._COMPILED)})")
    for text, locale in MESSAGES:
        danger.sounds_unsafe(text, locale)
    runs = 2000
    total = 0.0
    for text, locale in MESSAGES:
        seconds = timeit.timeit(lambda t=text, loc=locale: danger.sounds_unsafe(t, loc), timer=CPU, number=runs)
        total += seconds / runs
        print(f"warm {locale}  {seconds / runs * 1e6:7.1f} us  {text[:44]}")
    print(f"warm mean {total / len(MESSAGES) * 1e6:.1f} us per message")

    def cold() -> None:
        clear_caches()
        for text, locale in MESSAGES:
            danger.sounds_unsafe(text, locale)

    rounds = 100
    seconds = timeit.timeit(cold, timer=CPU, number=rounds)
    print(f"cold mean {seconds / rounds / len(MESSAGES) * 1e6:.1f} us per message (caches emptied)")


if __name__ == "__main__":
    main()
