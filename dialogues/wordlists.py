"""Small helpers shared by the recognisers that read people's own words (danger.py, whatif.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def expand(words: Sequence[str], table: Mapping[str, str]) -> list[str]:
    """Words with short forms written out: a pair ("wanna go") or a single word ("u") found in ``table``
    becomes its long form ("want to go", "you"); a pair wins over its first word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (pair := f"{words[i]} {words[i + 1]}") in table:
            out.extend(table[pair].split())
            i += 2
            continue
        out.extend(table.get(words[i], words[i]).split())
        i += 1
    return out
