"""Does what a young person typed sound like danger or harm?

``sounds_unsafe(text, locale)`` says yes or no; ``matched(text, locale)`` says which patterns matched,
by id (for tests, and to tell a worker *why* an alert was raised without repeating the child's words).
Neither logs, stores or returns the text. Recognition is a help, never the safeguard: the
"I don't feel safe right now" button is always offered as well.

The patterns are plain data in ``dialogues.content.danger_phrases``, whose docstring explains the
matching rules and how to add a phrase. Every language's patterns are tried, the locale's first:
children in Wales move between Welsh and English, and a missed alarm costs more than a false one.

Standard library only, so that dialogues/ stays free of telegram, the database and babel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dialogues.content.danger_phrases import LANGUAGES, Language, Pattern
from dialogues.wordlists import english_contraction, expand, folded, strip_accents

UNLESS_REACH = 4  # an "unless" word cancels a match when it is this close to it, in words
NEGATION_REACH = 5  # at most this many filler words are skipped when looking back for a negator
MIN_FUZZY = 5  # key words and typed words at least this long (doubled letters counted once) allow one typo
MIN_STEM = 3

_RUNS = re.compile(r"([^\W\d_])\1{2,}")  # a letter typed three times or more
_DOUBLES = re.compile(r"(.)\1+")
_WORD = re.compile(r"[^\W_]+")
_CONTRACTION = re.compile(r"([^\W_]+)'([^\W_]+)")
_LEADING_APOSTROPHE = re.compile(r"(?<![^\W_])'([^\W_]+)")

# English: what follows an apostrophe
_EN_IS = {
    "he", "she", "it", "that", "there", "what", "who", "where", "here", "how", "everyone", "everybody",
    "nobody", "someone", "somebody", "everything", "nothing", "something", "life",
}  # fmt: skip
# Welsh: "mae'n" is "mae yn", "i'r" is "i yr", "'nharo" is "nharo"
_CY_SUFFIX = {"n": "yn", "r": "yr", "m": "fy", "i": "ei", "w": "ei", "th": "dy", "u": "eu", "ch": "eich"}
_CY_LEADING = {"ma": "yma", "na": "yna", "y": "fy", "n": "yn", "r": "yr", "m": "fy"}

_SOFT = {"p": "b", "t": "d", "c": "g", "b": "f", "d": "dd", "g": "", "m": "f", "ll": "l", "rh": "r"}
_NASAL = {"p": "mh", "t": "nh", "c": "ngh", "b": "m", "d": "n", "g": "ng"}
_ASPIRATE = {"p": "ph", "t": "th", "c": "ch"}
_DIGRAPHS = {"ch", "ph", "th", "ff", "dd", "ng"}  # these never mutate


def mutations(word: str) -> set[str]:
    """A Welsh word and its soft, nasal and aspirate mutations (and h- before a vowel, as in "ei hanafu")."""
    forms = {word}
    if not word or word[:2] in _DIGRAPHS:
        return forms
    if word[:2] in ("ll", "rh"):
        forms.add(_SOFT[word[:2]] + word[2:])
        return forms
    first = word[0]
    if first in "aeiouwy":
        forms.add("h" + word)
        return forms
    for table in (_SOFT, _NASAL, _ASPIRATE):
        if first in table:
            forms.add(table[first] + word[1:])
    return forms


def squeeze(word: str) -> str:
    """The word with every doubled letter written once: "kill" and "kil", "hitt" and "hit" are alike."""
    return _DOUBLES.sub(r"\1", word)


def _en_contraction(m: re.Match[str]) -> str:
    return english_contraction(m.group(1), m.group(2), is_after=_EN_IS)


def _cy_contraction(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    if left == "sa" and right == "i":
        return "sa i"
    if right in _CY_SUFFIX:
        return f"{left} {_CY_SUFFIX[right]}"
    return left + right


def _tokens(text: str, language: Language) -> list[str]:
    text = folded(text)
    text = _RUNS.sub(r"\1", text)
    if language.welsh:
        text = _CONTRACTION.sub(_cy_contraction, text)
        text = _LEADING_APOSTROPHE.sub(lambda m: _CY_LEADING.get(m.group(1), m.group(1)), text)
    else:
        text = _CONTRACTION.sub(_en_contraction, text)
    words = _WORD.findall(text)
    return expand(words, language.text_speak)


def _language(locale: str) -> Language:
    code = (locale or "").replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(code, LANGUAGES["en"])


def normalise(text: str, locale: str) -> str:
    """The words the patterns of ``locale``'s language see, joined by spaces (for tests and for people
    writing patterns; the recogniser itself never keeps or shows it)."""
    return " ".join(_tokens(text, _language(locale)))


# --- compiling the pattern data ---------------------------------------------------------------------


def _within_one(a: str, b: str) -> bool:
    """One letter changed, added, removed, or two neighbours swapped."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        if len(diffs) != 2 or diffs[1] != diffs[0] + 1:
            return False
        i, j = diffs
        return a[i] == b[j] and a[j] == b[i]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _words(alternatives: str) -> list[str]:
    return [a.strip() for a in alternatives.split("|") if a.strip()]


@dataclass(frozen=True)
class _Slot:
    """A slot's alternatives (each a tuple of term ids), indexed by their first term."""

    first: frozenset[int]
    by_first: dict[int, tuple[tuple[int, ...], ...]]

    @classmethod
    def of(cls, alternatives: tuple[tuple[int, ...], ...]) -> _Slot:
        by_first: dict[int, list[tuple[int, ...]]] = {}
        for alt in alternatives:
            by_first.setdefault(alt[0], []).append(alt)
        return cls(frozenset(by_first), {t: tuple(alts) for t, alts in by_first.items()})

    def spans(self, hits: list[frozenset[int]]) -> list[tuple[int, int]]:
        """(start, end) of every place one of the alternatives stands in the text."""
        found = set()
        n = len(hits)
        for i, here in enumerate(hits):
            for t in here & self.first:
                for alt in self.by_first[t]:
                    k = len(alt)
                    if i + k <= n and all(alt[j] in hits[i + j] for j in range(1, k)):
                        found.add((i, i + k))
        return sorted(found)


@dataclass(frozen=True)
class _Compiled:
    """One language's patterns, ready to match."""

    language: Language
    exact: dict[str, frozenset[int]]
    squeezed: dict[str, frozenset[int]]
    stems: dict[str, tuple[tuple[str, int], ...]]
    fuzzy: dict[str, tuple[tuple[str, int], ...]]
    not_typos: frozenset[str]
    negators: frozenset[str]
    fillers: frozenset[str]
    patterns: tuple[tuple[Pattern, tuple[_Slot, ...], _Slot | None], ...]  # each with its slots and "unless"


def _compile(language: Language) -> _Compiled:
    terms: dict[tuple[str, bool], int] = {}
    exact: dict[str, set[int]] = {}
    squeezed: dict[str, set[int]] = {}
    stems: dict[str, list[tuple[str, int]]] = {}
    fuzzy: dict[str, list[tuple[str, int]]] = {}

    def term(spec: str, key: bool) -> int:
        if (spec, key) in terms:
            return terms[spec, key]
        tid = terms[spec, key] = len(terms)
        word, exact_only, stem = spec, False, False
        if word.startswith("="):
            word, exact_only = word[1:], True
        mutate = word.startswith("^")
        word = word.lstrip("^")
        if word.endswith("*"):
            word, stem = word[:-1], True
        word = strip_accents(word.casefold())
        for form in mutations(word) if mutate else {word}:
            short = squeeze(form)
            if stem:
                if len(short) < MIN_STEM:
                    raise ValueError(f"stem too short: {spec!r}")
                stems.setdefault(short[:MIN_STEM], []).append((short, tid))
                continue
            exact.setdefault(form, set()).add(tid)
            if key and not exact_only:  # a key word also matches with doubled letters typed once or more
                squeezed.setdefault(short, set()).add(tid)
            if key and not exact_only and len(short) >= MIN_FUZZY:
                for k in (short, *_deletions(short)):
                    fuzzy.setdefault(k, []).append((short, tid))
        return tid

    def alternatives(spec: str) -> tuple[tuple[int, ...], ...]:
        key = spec.startswith("~")  # a slot of key words: they tolerate a typo
        alts = [alt.split() for alt in _words(spec.lstrip("~"))]
        return tuple(tuple(term(w, key and len(alt) == 1) for w in alt) for alt in alts)

    patterns = tuple(
        (p, tuple(_Slot.of(alternatives(s)) for s in p.slots), _Slot.of(alternatives(p.unless)) if p.unless else None)
        for p in language.patterns
    )

    def single_words(spec: str) -> frozenset[str]:
        return frozenset(w for alt in _words(spec) for w in alt.split())

    return _Compiled(
        language=language,
        exact={k: frozenset(v) for k, v in exact.items()},
        squeezed={k: frozenset(v) for k, v in squeezed.items()},
        stems={k: tuple(v) for k, v in stems.items()},
        fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        not_typos=frozenset(squeeze(w) for w in single_words(language.not_typos)),
        negators=single_words(language.negators),
        fillers=single_words(language.fillers),
        patterns=patterns,
    )


_COMPILED: dict[str, _Compiled] = {code: _compile(language) for code, language in LANGUAGES.items()}


# --- matching ---------------------------------------------------------------------------------------


def _terms_of(c: _Compiled, token: str) -> frozenset[int]:
    """Every term a token stands for: exactly, by its stem, or with one typo."""
    key = squeeze(token)
    found = set(c.exact.get(token, ())) | c.squeezed.get(key, frozenset())
    for stem, tid in c.stems.get(key[:MIN_STEM], ()):
        if key.startswith(stem):
            found.add(tid)
    if len(key) >= MIN_FUZZY and key not in c.not_typos:  # shorter words are too easily something else
        for k in (key, *_deletions(key)):
            for form, tid in c.fuzzy.get(k, ()):
                if tid not in found and form[0] == key[0] and _within_one(key, form):
                    found.add(tid)
    return frozenset(found)


def _occurrences(slot_spans: list[list[tuple[int, int]]], gap: int) -> Iterator[tuple[int, int]]:
    """(start, end) of every way the slots follow one another within the gap."""

    def extend(k: int, start: int, end: int) -> Iterator[tuple[int, int]]:
        if k == len(slot_spans):
            yield start, end
            return
        for s, e in slot_spans[k]:
            if end <= s <= end + gap:
                yield from extend(k + 1, start, e)

    for s, e in slot_spans[0]:
        yield from extend(1, s, e)


def _negated(c: _Compiled, tokens: list[str], start: int) -> bool:
    j, skipped = start - 1, 0
    while j >= 0 and tokens[j] in c.fillers and skipped < NEGATION_REACH:
        j -= 1
        skipped += 1
    return j >= 0 and tokens[j] in c.negators


def _matches(c: _Compiled, text: str, first_only: bool) -> list[str]:
    tokens = _tokens(text, c.language)
    if not tokens:
        return []
    hits = [_terms_of(c, t) for t in tokens]
    present = frozenset().union(*hits)
    found = []
    for pattern, slots, unless in c.patterns:
        if any(present.isdisjoint(slot.first) for slot in slots):
            continue
        slot_spans = [slot.spans(hits) for slot in slots]
        if not all(slot_spans):
            continue
        unless_spans = unless.spans(hits) if unless else []
        for start, end in _occurrences(slot_spans, pattern.gap):
            if pattern.negatable and _negated(c, tokens, start):
                continue
            if any(s >= start - UNLESS_REACH and e <= end + UNLESS_REACH for s, e in unless_spans):
                continue
            found.append(pattern.id)
            break
        if found and first_only:
            break
    return found


def _order(locale: str) -> list[_Compiled]:
    first = _language(locale).code
    return [_COMPILED[first]] + [c for code, c in _COMPILED.items() if code != first]


def matched(text: str, locale: str) -> list[str]:
    """The ids of the patterns that ``text`` matches, the locale's language first; [] when none do."""
    return [pid for c in _order(locale) for pid in _matches(c, text, first_only=False)]


def sounds_unsafe(text: str, locale: str) -> bool:
    """Whether ``text`` sounds like danger or harm, in the locale's language or any other we know."""
    return any(_matches(c, text, first_only=True) for c in _order(locale))
