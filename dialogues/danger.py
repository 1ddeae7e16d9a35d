"""Does what a young person typed sound like danger or harm?

``sounds_unsafe(text, locale)`` says yes or no; ``matched(text, locale)`` says which patterns matched,
by id (for tests, and to tell a worker *why* an alert was raised without repeating the child's words).
Neither logs, stores or returns the text. Recognition is a help, never the safeguard: the
"I don't feel safe right now" button is always offered as well.

The patterns are plain data in ``dialogues.content.danger_phrases``, whose docstring explains the
matching rules and how to add a phrase (Polish, Romanian, Punjabi, Urdu, Arabic and Ukrainian are in
``danger_phrases_more``). Every language's patterns are tried, the locale's first: children in Wales move
between Welsh and English, families between English and their own language, and a missed alarm costs more
than a false one. Each script's letters typed more than one way are folded first (``dialogues.scripts``).

Standard library only, so that dialogues/ stays free of telegram, the database and babel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from dialogues.content.danger_phrases import LANGUAGES, Language, Pattern
from dialogues.scripts import fold_scripts
from dialogues.wordlists import english_contraction, expand, folded

NEGATION_REACH = 5  # at most this many filler words are skipped when looking back for a negator
MIN_FUZZY = 5  # key words and typed words at least this long (doubled letters counted once) allow one typo
MIN_FUZZY_2 = 8  # key words this long allow two (a typed word of 7 letters or more may have them)
MIN_STEM = 3
MIN_MUTATED = 3  # Welsh words of this many letters or more are also matched in their mutated forms
MIN_PART = 2  # the shortest part a run-together word is split into ("hurtme" -> "hurt me")
MIN_JOINED = 4  # and the shortest run-together word that is split
MIN_AFTER_PREFIX = 3  # an Arabic word is also read without a prefix ("و", "ب", "ال") when this much is left
_CACHE_SIZE = 20_000  # words looked up per language before the cache of lookups starts again

_T = TypeVar("_T")

_RUNS = re.compile(r"([^\W\d_])\1{2,}")  # a letter typed three times or more
_DOUBLES = re.compile(r"(.)\1+")
_WORD = re.compile(r"(?:[^\W_]|[\u0a00-\u0a7f])+")  # letters and digits; Gurmukhi's vowel signs are marks
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


# Welsh as it is typed in the north and the south: a plural or verb ending "-iau"/"-au" is said and typed
# "-ia"/"-a" in the north ("cyffuria", "hogia", "oria") and "-ie"/"-e" in the south ("lunie", "pethe")
_CY_ENDINGS = (("iau", ("ia", "ie")), ("au", ("a", "e")))
MIN_DIALECT = 6  # the shortest word whose ending is changed so (shorter ones would become other words)


def dialect_forms(word: str) -> set[str]:
    """A Welsh word as the north and the south type its ending: "cyffuriau" is also "cyffuria" and
    "cyffurie", "pethau" also "petha" and "pethe"; a word of another ending, or a short one, as itself."""
    if len(word) >= MIN_DIALECT:
        for ending, spoken in _CY_ENDINGS:
            if word.endswith(ending):
                return {word} | {word[: -len(ending)] + s for s in spoken}
    return {word}


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


def fold(text: str) -> str:
    """``text`` as the patterns see it before it is cut into words: lower case, no accents, and the
    letters of every script that are typed more than one way folded to one (``dialogues.scripts``)."""
    return fold_scripts(folded(text))


def _cut(text: str, welsh: bool) -> list[str]:
    """Folded ``text`` (letters typed three times once) cut into words, its apostrophes read the Welsh or
    the English way."""
    if welsh:
        text = _CONTRACTION.sub(_cy_contraction, text)
        text = _LEADING_APOSTROPHE.sub(lambda m: _CY_LEADING.get(m.group(1), m.group(1)), text)
    else:
        text = _CONTRACTION.sub(_en_contraction, text)
    return _WORD.findall(text)


class _Message:
    """One message, folded once and cut into words once for each way of reading apostrophes, for every
    language's patterns to read (folding is the dearest step, and it is the same for all)."""

    def __init__(self, text: str) -> None:
        self.text = _RUNS.sub(r"\1", fold(text))
        self.cut: dict[bool, list[str]] = {}

    def words(self, c: _Compiled) -> list[str]:
        welsh = c.language.welsh
        if (words := self.cut.get(welsh)) is None:
            words = self.cut[welsh] = _cut(self.text, welsh)
        if not c.text_speak:
            return words
        if c.pair_firsts.isdisjoint(words) and c.text_speak.keys().isdisjoint(words):
            return words
        return expand(words, c.text_speak)


def _language(locale: str) -> Language:
    code = (locale or "").replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(code, LANGUAGES["en"])


def normalise(text: str, locale: str) -> str:
    """The words the patterns of ``locale``'s language see, joined by spaces (for tests and for people
    writing patterns; the recogniser itself never keeps or shows it)."""
    return " ".join(_Message(text).words(_COMPILED[_language(locale).code]))


# --- compiling the pattern data ---------------------------------------------------------------------


def distance(a: str, b: str, limit: int = 2) -> int:
    """How many letters changed, added, removed, or pairs of neighbours swapped turn ``a`` into ``b``
    (the restricted Damerau-Levenshtein distance); any distance over ``limit`` is reported as ``limit + 1``."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(lb + 1))
    for i in range(1, la + 1):
        new = [i] + [0] * lb
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(row[j] + 1, new[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            new[j] = best
        if min(new) > limit:
            return limit + 1
        before, row = row, new
    return min(row[lb], limit + 1)


def _deletions(word: str, times: int = 1) -> set[str]:
    """``word`` with one letter taken out, every way (and with two, when ``times`` is 2)."""
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    if times < 2:
        return once
    return once | {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}


def typos_allowed(word: str) -> int:
    """How many typos a key word of this length (doubled letters counted once) tolerates: none under
    ``MIN_FUZZY`` letters, where they turn "hit" into "sit", one up to 7, two from ``MIN_FUZZY_2``."""
    return 2 if len(word) >= MIN_FUZZY_2 else 1 if len(word) >= MIN_FUZZY else 0


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

    def spans(self, hits: list[frozenset[int]], where: dict[int, list[int]]) -> list[tuple[int, int]]:
        """(start, end) of every place one of the alternatives stands in the text, given the terms of
        each word (``hits``) and the places of each term (``where``)."""
        found = set()
        n = len(hits)
        for t in self.first.intersection(where):
            for i in where[t]:
                for alt in self.by_first[t]:
                    k = len(alt)
                    if i + k <= n and all(alt[j] in hits[i + j] for j in range(1, k)):
                        found.add((i, i + k))
        return sorted(found)


@dataclass(frozen=True)
class _Compiled:
    """One language's patterns, ready to match, and what it has looked up so far."""

    language: Language
    exact: dict[str, frozenset[int]]
    squeezed: dict[str, frozenset[int]]
    stems: dict[str, tuple[tuple[str, int], ...]]
    fuzzy: dict[str, tuple[tuple[str, int, int], ...]]  # a key word with letters taken out -> (key word, term, typos)
    fuzzy_firsts: frozenset[str]  # the first letters of the words that allow typos (a typo never changes it)
    not_typos: frozenset[str]
    negators: frozenset[str]
    fillers: frozenset[str]
    keys: frozenset[str]  # the key words: one part of a run-together word must be one
    glue: frozenset[str]  # small words typed onto another without a space: "me", "to", "fi"
    not_split: frozenset[str]  # real words that would split into a key word and a small one
    patterns: tuple[tuple[Pattern, tuple[_Slot, ...], _Slot | None], ...]  # each with its slots and "unless"
    by_term: dict[int, frozenset[int]]  # a term -> the patterns (by index) to try when it is in the text
    text_speak: dict[str, str]  # the language's short forms, folded as the text is
    pair_firsts: frozenset[str]  # the first words of its two-word short forms
    prefixes: tuple[str, ...]  # written onto a word ("و" and, "ال" the), longest first
    looked_up: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)
    split_up: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)


def _compile(language: Language) -> _Compiled:
    terms: dict[tuple[str, bool, bool], int] = {}
    exact: dict[str, set[int]] = {}
    squeezed: dict[str, set[int]] = {}
    stems: dict[str, list[tuple[str, int]]] = {}
    fuzzy: dict[str, list[tuple[str, int, int]]] = {}
    keys: set[str] = set()
    never_mutated = {fold(w) for w in _words(language.not_mutations)}

    def forms_of(word: str, explicit: bool, exact_only: bool, dialect: bool = True) -> set[str]:
        """The word, and in Welsh its mutations: generated for every word of ``MIN_MUTATED`` letters or
        more (``^`` asks for them on a shorter word, ``=`` turns them off), never shorter than that
        unless asked for, and never one listed in the language's ``not_mutations``; with ``dialect``, of
        the word's northern and southern endings too."""
        words = dialect_forms(word) if dialect and language.welsh and not exact_only else {word}
        if exact_only or not (explicit or (language.welsh and len(word) >= MIN_MUTATED)):
            return words
        return words | {
            f for w in words for f in mutations(w) if (explicit or len(f) >= MIN_MUTATED) and f not in never_mutated
        }

    def term(spec: str, key: bool, lenient: bool) -> int:
        """The id of one word of an alternative: a ``key`` word (of a ``~`` slot, alone in its alternative)
        may be split off a run-together word; a ``lenient`` one (any word of a slot) matches with doubled
        letters typed once, and with a typo or two when it is long enough."""
        if (spec, key, lenient) in terms:
            return terms[spec, key, lenient]
        tid = terms[spec, key, lenient] = len(terms)
        word, exact_only, stem = spec, False, False
        if word.startswith("="):
            word, exact_only = word[1:], True
        explicit = word.startswith("^")
        word = word.lstrip("^")
        if word.endswith("*"):
            word, stem = word[:-1], True
        word = fold(word)
        standard = forms_of(word, explicit, exact_only, dialect=False)  # a dialect ending allows no typo
        for form in forms_of(word, explicit, exact_only):
            short = squeeze(form)
            if stem:
                if len(short) < MIN_STEM:
                    raise ValueError(f"stem too short: {spec!r}")
                stems.setdefault(short[:MIN_STEM], []).append((short, tid))
                continue
            if key and len(form) >= MIN_STEM:
                keys.add(form)
            exact.setdefault(form, set()).add(tid)
            if lenient and not exact_only:  # doubled letters typed once or more
                squeezed.setdefault(short, set()).add(tid)
                # and with a typo or two, when it is long enough (a mutation's added letters do not count)
                if (
                    language.typos
                    and form in standard
                    and (times := min(typos_allowed(short), typos_allowed(squeeze(word))))
                ):
                    for k in (short, *_deletions(short, times)):
                        fuzzy.setdefault(k, []).append((short, tid, times))
        return tid

    def alternatives(spec: str, lenient: bool) -> tuple[tuple[int, ...], ...]:
        key = spec.startswith("~")  # a slot of key words
        alts = [alt.split() for alt in _words(spec.lstrip("~"))]
        return tuple(tuple(term(w, key and len(alt) == 1, lenient) for w in alt) for alt in alts)

    patterns = tuple(
        (
            p,
            tuple(_Slot.of(alternatives(s, lenient=True)) for s in p.slots),
            _Slot.of(alternatives(p.unless, lenient=False)) if p.unless else None,
        )
        for p in language.patterns
    )
    # Each pattern is tried only when a word of its rarest slot is in the text: each alternative of a slot
    # stands for its longest word ("with no clothes" for "clothes"), and the rarest slot is the one whose
    # shortest such word is longest ("hit|hits" before "me|us").
    length = {tid: len(spec.strip("=^*~")) for (spec, _, _), tid in terms.items()}
    by_term: dict[int, set[int]] = {}
    for n, (_, slots, _) in enumerate(patterns):
        longest = [
            {max(alt, key=length.__getitem__) for alts in slot.by_first.values() for alt in alts} for slot in slots
        ]
        rarest = max(longest, key=lambda words: min(length[t] for t in words))
        for tid in rarest:
            by_term.setdefault(tid, set()).add(n)

    def single_words(spec: str) -> frozenset[str]:
        return frozenset(w for alt in _words(fold(spec)) for w in alt.split())

    negators, fillers = single_words(language.negators), single_words(language.fillers)
    glue = single_words(language.glue) | negators
    return _Compiled(
        language=language,
        exact={k: frozenset(v) for k, v in exact.items()},
        squeezed={k: frozenset(v) for k, v in squeezed.items()},
        stems={k: tuple(v) for k, v in stems.items()},
        fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        fuzzy_firsts=frozenset(form[0] for entries in fuzzy.values() for form, _, _ in entries),
        not_typos=frozenset(squeeze(w) for w in single_words(language.not_typos)),
        negators=negators,
        fillers=fillers,
        keys=frozenset(keys - glue),
        glue=glue,
        not_split=single_words(language.not_split),
        patterns=patterns,
        by_term={tid: frozenset(ns) for tid, ns in by_term.items()},
        text_speak=(speak := {fold(k): fold(v) for k, v in language.text_speak.items()}),
        pair_firsts=frozenset(k.split()[0] for k in speak if " " in k),
        prefixes=tuple(sorted(single_words(language.prefixes), key=len, reverse=True)),
    )


_COMPILED: dict[str, _Compiled] = {code: _compile(language) for code, language in LANGUAGES.items()}


# --- matching ---------------------------------------------------------------------------------------


def _remember(cache: dict[str, _T], word: str, value: _T) -> _T:
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[word] = value
    return value


def _plain_terms(c: _Compiled, token: str, key: str) -> set[int]:
    """The terms a token stands for exactly, with doubled letters, or by its stem (``key`` is the token
    squeezed)."""
    found = set(c.exact.get(token, ())) | c.squeezed.get(key, frozenset())
    for stem, tid in c.stems.get(key[:MIN_STEM], ()):
        if key.startswith(stem):
            found.add(tid)
    return found


def _terms_of(c: _Compiled, token: str) -> frozenset[int]:
    """Every term a token stands for: exactly, by its stem, or with a typo or two."""
    if (known := c.looked_up.get(token)) is not None:
        return known
    key = squeeze(token)
    found = _plain_terms(c, token, key)
    for prefix in c.prefixes:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_AFTER_PREFIX:
            rest = token[len(prefix) :]
            found |= _plain_terms(c, rest, squeeze(rest))
    # a typed word shorter than MIN_FUZZY is too easily something else; one of 7 letters may be a word
    # of 8 with a letter left out, so it may have two typos
    times = 2 if len(key) >= MIN_FUZZY_2 - 1 else 1
    if len(key) >= MIN_FUZZY and key[0] in c.fuzzy_firsts and key not in c.not_typos:
        for k in (key, *_deletions(key, times)):
            for form, tid, allowed in c.fuzzy.get(k, ()):
                if tid in found or form[0] != key[0]:  # a typo never changes the first letter
                    continue
                if distance(key, form, allowed) <= allowed:
                    found.add(tid)
    return _remember(c.looked_up, token, frozenset(found))


def _split(c: _Compiled, token: str) -> tuple[str, ...]:
    """A word typed onto the next without a space, as the two (or three) words the patterns know, one
    of them a small word like "me" or "to": "hurtme" -> ("hurt", "me"), "scaredto" -> ("scared", "to");
    any other word as itself."""
    if (known := c.split_up.get(token)) is not None:
        return known

    def parts(word: str, depth: int) -> tuple[str, ...] | None:
        """``word`` as small words and at least one key word, at most ``depth`` + 1 of them."""
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            left, right = word[:i], word[i:]
            if left not in c.glue and left not in c.keys:
                continue
            if right in c.keys or (right in c.glue and left in c.keys):
                return left, right
            if depth > 1 and (rest := parts(right, depth - 1)) and (left in c.keys or any(p in c.keys for p in rest)):
                return left, *rest
        return None

    found = (token,)
    joined = MIN_JOINED <= len(token) <= 24 and token not in c.not_split and not _terms_of(c, token)
    if joined and (split := parts(token, 2)):
        found = tuple(w for part in split for w in c.text_speak.get(part, part).split())
    return _remember(c.split_up, token, found)


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


def _negated(c: _Compiled, tokens: list[str], start: int, end: int) -> bool:
    """Whether a negator stands before the words ``tokens[start:end]`` (small words skipped); in a
    language that says so, also between them ("tata mnie nie bije") or just after them ("maarta nahi")."""
    j, skipped = start - 1, 0
    while j >= 0 and tokens[j] in c.fillers and skipped < NEGATION_REACH:
        j -= 1
        skipped += 1
    if j >= 0 and tokens[j] in c.negators:
        return True
    if c.language.negation_inside and any(t in c.negators for t in tokens[start + 1 : end]):
        return True
    return c.language.negation_after and end < len(tokens) and tokens[end] in c.negators


def _matches(c: _Compiled, message: _Message, first_only: bool) -> list[str]:
    tokens = [w for t in message.words(c) for w in _split(c, t)]
    if not tokens:
        return []
    hits = [_terms_of(c, t) for t in tokens]
    where: dict[int, list[int]] = {}
    for i, here in enumerate(hits):
        for tid in here:
            where.setdefault(tid, []).append(i)
    present = where.keys()
    candidates = sorted({n for tid in present for n in c.by_term.get(tid, ())})
    found = []
    for n in candidates:
        pattern, slots, unless = c.patterns[n]
        if any(present.isdisjoint(slot.first) for slot in slots):
            continue
        slot_spans = [slot.spans(hits, where) for slot in slots]
        if not all(slot_spans):
            continue
        unless_spans = unless.spans(hits, where) if unless else []
        for start, end in _occurrences(slot_spans, pattern.gap):
            if pattern.whole and (start, end) != (0, len(tokens)):
                continue
            if pattern.negatable and _negated(c, tokens, start, end):
                continue
            reach = pattern.reach
            if any(s >= start - reach and e <= end + reach for s, e in unless_spans):
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
    message = _Message(text)
    return [pid for c in _order(locale) for pid in _matches(c, message, first_only=False)]


def sounds_unsafe(text: str, locale: str) -> bool:
    """Whether ``text`` sounds like danger or harm, in the locale's language or any other we know."""
    message = _Message(text)
    return any(_matches(c, message, first_only=True) for c in _order(locale))
