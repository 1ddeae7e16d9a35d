"""Danger recognition in Polish, Romanian, Punjabi, Urdu, Arabic and Ukrainian, measured on phrasings written
before any of their patterns existed (tests/danger_heldout_langs.py; never tune on them).

The floors are set just under what the recogniser reached when it was first measured on this set (on
2026-12-04), so a change that loses recognition fails here; they are not the aim. The aim is the English one
(recall 0.95, false alarms at most 0.10), and until it is reached the 🆘 button is the safeguard. The README's
"Safeguarding" section gives the figures; `python tests/test_danger_heldout_langs.py` prints every miss.
"""

from __future__ import annotations

import pytest
from danger_heldout_langs import HELDOUT_LANGS
from test_danger_heldout import KINDS, SAFE

from dialogues.danger import sounds_unsafe

# First measured 2026-12-04: pl 0.83 / 0.02, ro 0.90 / 0.10, pa 0.62 / 0.05, ur 0.77 / 0.05, ar 0.70 / 0.07,
# uk 0.87 / 0.05 (recall / false alarms).
RECALL_FLOOR = {"pl": 0.80, "ro": 0.85, "pa": 0.58, "ur": 0.72, "ar": 0.66, "uk": 0.83}
FALSE_ALARM_CEILING = {"pl": 0.06, "ro": 0.12, "pa": 0.08, "ur": 0.08, "ar": 0.10, "uk": 0.08}


def measure(locale: str) -> tuple[float, float, list[str], list[str]]:
    """Recall and false alarms on the locale's phrasings, with the phrasings missed and the false alarms."""
    danger = [p for kind, ps in HELDOUT_LANGS[locale].items() if KINDS[kind] != SAFE for p in ps]
    safe = [p for kind, ps in HELDOUT_LANGS[locale].items() if KINDS[kind] == SAFE for p in ps]
    missed = [p for p in danger if not sounds_unsafe(p, locale)]
    alarmed = [p for p in safe if sounds_unsafe(p, locale)]
    return 1 - len(missed) / len(danger), len(alarmed) / len(safe), missed, alarmed


def test_every_new_language_has_a_held_out_set_of_danger_and_safe_phrasings():
    assert set(HELDOUT_LANGS) == set(RECALL_FLOOR)
    for locale, kinds in HELDOUT_LANGS.items():
        assert set(kinds) <= set(KINDS), locale
        danger = sum(len(ps) for kind, ps in kinds.items() if KINDS[kind] != SAFE)
        safe = sum(len(ps) for kind, ps in kinds.items() if KINDS[kind] == SAFE)
        assert danger >= 45 and safe >= 40, (locale, danger, safe)


@pytest.mark.parametrize("locale", sorted(HELDOUT_LANGS))
def test_recognition_on_unseen_phrasings_holds_its_floors(locale):
    recall, false_alarms, missed, alarmed = measure(locale)
    said = f"{locale}: recall {recall:.2f}, false alarms {false_alarms:.2f}; missed {missed}; alarmed {alarmed}"
    assert recall >= RECALL_FLOOR[locale], said
    assert false_alarms <= FALSE_ALARM_CEILING[locale], said


if __name__ == "__main__":
    for code in sorted(HELDOUT_LANGS):
        recall, false_alarms, missed, alarmed = measure(code)
        print(f"{code}: recall {recall:.2f}, false alarms {false_alarms:.2f}")
        print("".join(f"  missed: {p}\n" for p in missed) + "".join(f"  alarmed: {p}\n" for p in alarmed))
