"""Small helpers shared by the recognisers that read people's own words (danger.py, whatif.py)."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping, Sequence

APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼ′"})  # every apostrophe a phone may type, as "'"
_EN_NOT = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}  # "won't" -> "will not"
_EN_AFTER = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}  # "I'm" -> "i am"


def strip_accents(text: str) -> str:
    """``text`` without accents: the Welsh "tŷ", "â", "ŵ" are "ty", "a", "w"."""
    if text.isascii():  # nothing to take off (and the common case)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(text: str) -> str:
    """``text`` in lower case, without accents, every apostrophe written "'"."""
    return strip_accents(text.casefold().translate(APOSTROPHES))


def english_contraction(left: str, right: str, *, is_after: Collection[str] = ()) -> str:
    """An English word around its apostrophe written out: "won't" -> "will not", "i'm" -> "i am",
    "mum's" -> "mum"; "he's" -> "he is" when "he" is in ``is_after``."""
    if right == "t" and left.endswith("n"):
        base = left[:-1]
        return f"{_EN_NOT.get(base, base)} not"
    if right in _EN_AFTER:
        return f"{left} {_EN_AFTER[right]}"
    if right == "s":
        return f"{left} is" if left in is_after else left
    return left + right


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


# Words that mean "stop" when they are all a message says: a young person who types "leave me alone" at
# the wizard wants to stop, not to wish it. Like a button's label typed, they press the question's "not
# now" button, or stop (/stop) where there is none; being a fixed list, they hold no words of the
# person's own to keep. Every language's are tried (families switch languages).
STOP_PHRASES: dict[str, str] = {
    "en": "stop|stop it|stop now|stop please|please stop|can we stop|i want to stop|quit|exit|cancel|end|go away"
    "|leave me alone|leave it|not now|no thanks|no thank you|enough|im done|i am done|i dont want to"
    "|i do not want to|i dont want to talk|i dont want to talk about it|i do not want to talk about it"
    "|i dont wanna talk about it|bye|goodbye",
    "cy": "stopio|stopia|stopiwch|gad fi fod|gad lonydd i fi|gadewch lonydd i fi|dim diolch|dim rwan|ddim rwan"
    "|dim nawr|ddim nawr|dwi ddim isio|dw i ddim eisiau|dwi ddim eisiau siarad|dwi ddim isio siarad"
    "|dwi ddim isio siarad am y peth|dw i ddim eisiau siarad am y peth|digon|hwyl|hwyl fawr|ta ta",
}
_STOPPING = frozenset(phrase for phrases in STOP_PHRASES.values() for phrase in phrases.split("|"))


def means_stop(text: str) -> bool:
    """Whether ``text`` is only a way of saying "stop" ("Stop!", "leave me alone", "I don't want to talk
    about it", "gad fi fod"), in any language listed; apostrophes and punctuation do not count."""
    plain = "".join(c if c.isalnum() or c.isspace() else "" for c in folded(text).replace("'", ""))
    return " ".join(plain.split()) in _STOPPING
