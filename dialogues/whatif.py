"""``/whatif``: a worker's problem, in their own words, matched to the aims of the programme theory.

``match(problem, locale)`` returns the one to three aims that fit best, best first, each with the
concepts that matched (``because``), so the bot can say why: "mum is really defensive" gives aim 5
because of ("defensive", "parents"). Nonsense, or a problem that names no concept strongly enough,
gives [].

It is local and explainable: the problem is split into words, lower-cased, short forms written out,
each word cut to its stem (Welsh words also with their mutation undone), and looked up in the word
lists of ``dialogues.content.whatif_words``. Every concept found adds its weight to the aims it
points to; aims below ``MIN_SCORE`` are dropped; ties go to the lower aim number. That module's
docstring explains the rules and how to add words. Nothing is learnt, stored or logged.

The locale's language is tried first; when nothing in it matches, the other languages are tried,
since workers in Wales move between Welsh and English. Standard library only, so that dialogues/
stays free of telegram, the database and babel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dialogues.content.whatif_words import LANGUAGES, Language, terms
from dialogues.wordlists import english_contraction, expand, folded, strip_accents

MIN_SCORE = 2.0  # an aim needs at least this much to be offered: one strong concept, or two weaker ones
MIN_STEM = 3  # an English suffix comes off only when at least this many letters are left
MIN_STEM_CY = 4  # and a Welsh one when at least this many are: "digon" (enough) must not become "dig" (angry)
_AIM_NUMBERS = range(1, 13)


@dataclass(frozen=True)
class Match:
    """One aim that fits the problem: its number, its score, and the concepts that matched, strongest first."""

    aim: int
    score: float
    because: tuple[str, ...]


# --- reading the text -------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # letters, with apostrophes inside ("won't", "rhieni'n")


def _en_word(word: str) -> str:
    """An English word with its apostrophe written out: "won't" -> "will not", "mum's" -> "mum"."""
    if "'" not in word:
        return word
    left, _, right = word.partition("'")
    return english_contraction(left, right)


def _language(locale: str) -> Language:
    code = (locale or "").replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(code, LANGUAGES["en"])


def _words(text: str, language: Language) -> list[str]:
    """The words of ``text`` as the word lists see them (before stemming)."""
    text = folded(text)
    raw = _WORD.findall(text)
    if language.welsh:
        words = [w for chunk in raw for w in chunk.split("'") if w]
    else:
        words = [w for chunk in raw for w in _en_word(chunk).split()]
    return expand(words, language.short_forms)


def normalise(text: str, locale: str) -> str:
    """The words ``locale``'s word lists see in ``text``, before stemming, joined by spaces (for tests and
    for people extending the word lists)."""
    return " ".join(_words(text, _language(locale)))


# --- stems and mutations ----------------------------------------------------------------------------

# English, in four steps, each taking off the first suffix of its list that fits (three letters must be
# left): a plural ending, then a verb ending, then word-forming endings (again and again), then a final e.
# "engagements" -> "engagement" -> "engage" -> "engag"; "defensively" -> "defensive" -> "defens".
_EN_PLURAL = (("ies", "y"), ("es", ""), ("s", ""))
_EN_VERB = (("ingly", ""), ("edly", ""), ("ing", ""), ("eed", "ee"), ("ied", "y"), ("ed", ""))
_EN_FORMING = (("ness", ""), ("ment", ""), ("ful", ""), ("ly", ""), ("ive", ""), ("ity", ""))
_SIBILANT = ("s", "x", "z", "ch", "sh")  # "-es" comes off only after these: "pushes", "misses"
_NOT_S = ("ss", "us", "is")  # "-s" stays on "miss", "anxious", "crisis"
_KEEP_DOUBLE = set("aeioulsfz")  # "calling" -> "call", "agreeing" -> "agree", but "planned" -> "plan"
_CY_SUFFIXES = ("iaeth", "aeth", "oedd", "iau", "ion", "ydd", "au", "on", "us", "ol")


def _cut(word: str, suffixes: tuple[tuple[str, str], ...]) -> str:
    for suffix, replacement in suffixes:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
            continue
        stem = word[: -len(suffix)]
        if suffix == "es" and not stem.endswith(_SIBILANT):
            continue
        if suffix == "s" and word.endswith(_NOT_S):
            continue
        doubled = len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in _KEEP_DOUBLE
        if suffix in ("ing", "ed") and doubled:
            stem = stem[:-1]
        return stem + replacement
    return word


def _en_stem(word: str) -> str:
    word = _cut(_cut(word, _EN_PLURAL), _EN_VERB)
    while (shorter := _cut(word, _EN_FORMING)) != word:
        word = shorter
    if word.endswith("e") and not word.endswith("ee") and len(word) > MIN_STEM:
        word = word[:-1]
    return word


def _cy_once(word: str) -> str:
    for suffix in _CY_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_CY:
            return word[: -len(suffix)]
    return word


def stem(word: str, locale: str) -> str:
    """The stem of one lower-case word: "defensively" -> "defens"; Welsh "pryderus" -> "pryder"."""
    if not _language(locale).welsh:
        return _en_stem(word)
    while (shorter := _cy_once(word)) != word:
        word = shorter
    return word


# Welsh: how a mutated first letter may be undone, longest first; only the first that fits is used.
_UNMUTATE = (
    ("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ng", ("g",)), ("ph", ("p",)), ("th", ("t",)),
    ("ch", ("c",)), ("dd", ("d",)), ("ff", ()), ("ll", ()), ("rh", ()), ("f", ("b", "m")), ("b", ("p",)),
    ("d", ("t",)), ("g", ("c",)), ("l", ("ll",)), ("r", ("rh",)), ("m", ("b",)), ("n", ("d",)),
)  # fmt: skip
_VOWELS = "aeiouwy"


def radicals(word: str) -> tuple[str, ...]:
    """A typed Welsh word and every word it may be a mutation of: soft ("gynllun" -> "cynllun", "ofalu" ->
    "gofalu"), nasal ("nghynllun", "mhlentyn"), aspirate ("chynllun", "thaid") and h- before a vowel
    ("hannibyniaeth"). Only forms that are really in the word lists will ever match, so a wrong guess
    costs nothing."""
    forms = [word]
    if not word:
        return ()
    for prefix, sources in _UNMUTATE:
        if word.startswith(prefix):
            forms.extend(source + word[len(prefix) :] for source in sources)
            break
    if word[0] in _VOWELS or (word[0] in "lr" and not word.startswith(("ll", "rh"))):
        forms.append("g" + word)  # soft mutation drops a g: "gwaith" -> "waith", "glan" -> "lan"
    if len(word) > 1 and word[0] == "h" and word[1] in _VOWELS:
        forms.append(word[1:])
    return tuple(dict.fromkeys(forms))


# --- compiling the word lists -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Term:
    """One alternative of a concept: its words, each a stem to meet, or the first letters of a word."""

    concept: str
    words: tuple[tuple[str, bool], ...]  # (stem or prefix, is a prefix)
    order: int  # where its concept stands in the data, to break ties between entries of one length


@dataclass(frozen=True)
class _Compiled:
    language: Language
    terms: tuple[_Term, ...]


def _term_words(text: str, language: Language) -> tuple[tuple[str, bool], ...]:
    out: list[tuple[str, bool]] = []
    for piece in text.split():
        if piece.endswith("*"):
            prefix = strip_accents(piece[:-1].casefold())
            if len(prefix) < MIN_STEM:
                raise ValueError(f"{language.code}: prefix too short: {piece!r}")
            out.append((prefix, True))
        else:
            out.extend((stem(w, language.code), False) for w in _words(piece, language))
    return tuple(out)


def _compile(language: Language) -> _Compiled:
    order = {name: i for i, name in enumerate(language.concepts)}
    seen: dict[tuple[tuple[str, bool], ...], tuple[str, str]] = {}
    compiled, problems = [], []
    for name, words in language.concepts.items():
        for text in terms(words):
            key = _term_words(text, language)
            if not key:
                problems.append(f"{name!r} has an empty entry {text!r}")
            elif key in seen and seen[key][0] != name:
                problems.append(f"{text!r} in {name!r} reads as {seen[key][1]!r} in {seen[key][0]!r}")
            seen.setdefault(key, (name, text))
            compiled.append(_Term(name, key, order[name]))
    for aim, weights in language.aims.items():
        if aim not in _AIM_NUMBERS:
            problems.append(f"there is no aim {aim}")
        for name in weights:
            if name not in language.concepts:
                problems.append(f"aim {aim} names an unknown concept {name!r}")
    if problems:
        raise ValueError(f"{language.code} word lists: " + "; ".join(problems))
    return _Compiled(language, tuple(compiled))


_COMPILED: dict[str, _Compiled] = {code: _compile(language) for code, language in LANGUAGES.items()}


# --- matching ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    word: str  # as typed, normalised
    stems: frozenset[str]
    forms: tuple[str, ...]  # the word and, in Welsh, every word it may be a mutation of

    def fits(self, part: tuple[str, bool]) -> bool:
        text, prefix = part
        return any(f.startswith(text) for f in self.forms) if prefix else text in self.stems


def _tokens(text: str, language: Language) -> list[_Token]:
    out = []
    for word in _words(text, language):
        forms = radicals(word) if language.welsh else (word,)
        out.append(_Token(word, frozenset(stem(f, language.code) for f in forms), forms))
    return out


def _places(term: _Term, tokens: list[_Token], gap: int) -> Iterator[tuple[int, ...]]:
    """Every way the term's words stand in the text, in order, each within ``gap`` words of the last."""

    def extend(k: int, last: int, at: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if k == len(term.words):
            yield at
            return
        for j in range(last + 1, min(len(tokens), last + 2 + gap)):
            if tokens[j].fits(term.words[k]):
                yield from extend(k + 1, j, (*at, j))

    for i, token in enumerate(tokens):
        if token.fits(term.words[0]):
            yield from extend(1, i, (i,))


def _found(text: str, compiled: _Compiled) -> dict[str, list[tuple[int, ...]]]:
    """The concepts in the text, each with the places of the entries that matched. Each typed word counts
    for one entry only: the longest, then the earliest."""
    tokens = _tokens(text, compiled.language)
    if not tokens:
        return {}
    candidates = [(term, at) for term in compiled.terms for at in _places(term, tokens, compiled.language.gap)]
    candidates.sort(key=lambda c: (-len(c[1]), c[1][0], c[0].order))
    taken: set[int] = set()
    found: dict[str, list[tuple[int, ...]]] = {}
    for term, at in candidates:
        if taken.isdisjoint(at):
            taken.update(at)
            found.setdefault(term.concept, []).append(at)
    return found


def _score(found: dict[str, list[tuple[int, ...]]], language: Language) -> dict[int, tuple[float, tuple[str, ...]]]:
    first = {name: min(at[0] for at in places) for name, places in found.items()}
    out = {}
    for aim, weights in language.aims.items():
        hits = [(weights[name], name) for name in found if name in weights]
        if hits:
            hits.sort(key=lambda h: (-h[0], first[h[1]]))
            out[aim] = (round(sum(w for w, _ in hits), 3), tuple(name for _, name in hits))
    return out


def _order(locale: str) -> list[_Compiled]:
    first = _language(locale).code
    return [_COMPILED[first]] + [c for code, c in _COMPILED.items() if code != first]


def _read(problem: str, locale: str) -> tuple[_Compiled, dict[str, list[tuple[int, ...]]], list[Match]]:
    """The language that understood the problem, what it found, and the aims, best first."""
    tried = []
    for compiled in _order(locale):
        found = _found(problem or "", compiled)
        scored = _score(found, compiled.language)
        matches = [Match(aim, score, because) for aim, (score, because) in scored.items() if score >= MIN_SCORE]
        matches.sort(key=lambda m: (-m.score, m.aim))
        if matches:
            return compiled, found, matches
        tried.append((compiled, found))
    compiled, found = tried[0]
    return compiled, found, []


def match(problem: str, locale: str, limit: int = 3) -> list[Match]:
    """The aims that fit a worker's problem, best first (at most ``limit``); [] when none fits."""
    return _read(problem, locale)[2][: max(limit, 0)]


def explain(problem: str, locale: str) -> dict[str, tuple[str, ...]]:
    """Each concept ``match`` found in the problem, with the typed words (normalised) that matched it."""
    compiled, found, _ = _read(problem, locale)
    words = _words(problem or "", compiled.language)
    return {name: tuple(" ".join(words[i] for i in at) for at in places) for name, places in found.items()}


def scores(problem: str, locale: str) -> dict[int, float]:
    """Every aim's score for the problem in ``locale``'s own language, before the minimum is applied."""
    compiled = _order(locale)[0]
    scored = _score(_found(problem or "", compiled), compiled.language)
    return {aim: score for aim, (score, _) in scored.items()}
