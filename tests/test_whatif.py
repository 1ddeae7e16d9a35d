"""``/whatif``: a worker's problem, in their own words, matched to the aims of the programme theory.

The phrase lists below were written before any matching rule or word list existed, as a social worker
might type a problem to the bot. Each comes with the set of aims a competent practice supervisor would
accept as a right answer, decided from the aims' own content in ``dialogues.content.programme_theory``
(the title, the aim, its signs of success and its challenge points), not from the matcher's output.

Each language has a tuning set (the word lists were adjusted while looking at its results) and a
held-out set, marked ``HELD_OUT``, about a quarter of the phrases, written at the same time as the
first tuning batch but not run while the word lists were written and tuned. The tuning set has two
batches: the second was written, with its answers, after the word lists passed the first, to check
they were not fitted to it (they got 12 of its 14 English and all 8 Welsh phrases right first time).
The held-out set was then run once: English 13 of 14, Welsh 6 of 7 (the misses are printed below,
and were left alone). It is not a blind test: the same person wrote the phrases and the word lists.

Both sets are reported; the pass marks (the first answer is a right aim for at least 75% of phrases,
a right aim is among the answers for at least 90%) apply to each language as a whole, tuning and
held-out together. ``pytest -s`` prints the figures.
"""

from __future__ import annotations

import ast
import inspect
import unicodedata

import pytest

from dialogues import whatif
from dialogues.content import programme_theory as pt
from dialogues.content import whatif_words as data

MIN_FIRST = 0.75
MIN_TOP3 = 0.9

# fmt: off
EN_TUNING: list[tuple[str, set[int]]] = [
    ("the parents won't talk to me", {5, 4}),
    ("mum is really defensive", {5, 4}),
    ("the child won't open up", {2}),
    ("grandparents feel used", {10, 7}),
    ("I'm anxious about this reunification", {12}),
    ("dad keeps missing appointments", {5, 4, 1}),
    ("other agencies keep changing their story", {8}),
    ("the safety plan isn't working", {9, 11, 12}),
    ("the family don't understand why we're involved", {4, 6}),
    ("mum doesn't trust me at all", {4}),
    ("dad thinks I'm there to take the kids away", {4}),
    ("the parents say I'm judging them", {4}),
    ("parents deny there is any problem", {6}),
    ("dad says his drinking doesn't affect the children", {6}),
    ("mum minimises the domestic abuse", {6}),
    ("the school won't say clearly what they're worried about", {8}),
    ("the health visitor and the GP disagree about the risk", {8, 1}),
    ("the teenager refuses to meet me", {2}),
    ("the little boy is too scared to say anything", {2}),
    ("the child doesn't know who she could go to for help", {2}),
    ("I keep writing the safety plan myself because the parents won't", {3}),
    ("the parents can't name anyone for their support network", {3, 10}),
    ("the parents feel hopeless about the future", {3}),
    ("the aunt doesn't know what she is supposed to do in the plan", {7}),
    ("nan doesn't understand why the children need protecting", {7}),
    ("the grandmother had to give up her job to help", {10}),
    ("the grandparents are torn between their son and their grandchildren", {10}),
    ("I haven't got enough time to visit the family", {11, 12}),
    ("the family say they can never get hold of me", {11}),
    ("I feel unsupported by my manager", {1}),
    ("I don't have the whole picture of what's going on", {1}),
    ("we've never heard from the father", {1}),
    ("I'm really worried about this case and can't stop thinking about it", {12}),
    ("mum is using drugs again and I'm panicking", {12}),
    ("there are new risks since mum's new partner moved in", {12, 1}),
    ("mum finds her sister's help intrusive", {9}),
    ("the extended family are covering for dad's drinking", {9, 7}),
    ("mum doesn't feel confident looking after the baby on her own", {9}),
    ("police won't share information with us", {8}),
    ("the parents are hostile and aggressive every visit", {5, 4}),
    ("mum agrees with everything but nothing changes", {6, 5, 4}),
    ("the parents feel they have no say in the plan", {3, 5}),
    # a second tuning batch, written after the first word lists passed the first, to check they generalise
    ("the parents keep lying to me", {5, 4}),
    ("mum says social services are out to get her", {4}),
    ("dad won't let me see the children", {5, 4}),
    ("the teenager says there's nothing to talk about", {2}),
    ("the network meeting keeps getting cancelled", {11, 7}),
    ("mum's boyfriend refuses to be part of the plan", {1, 5, 3}),
    ("the GP won't tell me what their concerns are", {8}),
    ("I want to close the case but I'm nervous about it", {12}),
    ("dad is back on the heroin", {12}),
    ("mum feels the family are always checking up on her", {9}),
    ("the grandparents are letting mum have unsupervised contact", {9, 7}),
    ("the parents think the plan is ours, not theirs", {3}),
    ("parents refuse to engage", {5}),
    ("the uncle doesn't know what he should do if dad turns up drunk", {7}),
]

EN_HELD_OUT: list[tuple[str, set[int]]] = [
    ("the young person won't engage with me", {2}),
    ("parents keep blaming the school", {6, 5}),
    ("the family feel like I'm not listening to them", {4}),
    ("uncle is letting dad visit when he shouldn't", {9, 7}),
    ("the child's relatives are exhausted and want to pull out of the network", {10}),
    ("I'm scared to send the kids home", {12}),
    ("CAMHS haven't told the parents what help they can offer", {8}),
    ("mum won't accept that the baby was at risk", {6}),
    ("the parents don't turn to anyone for help", {10, 3, 9}),
    ("I only see the family once a month, not enough to know if the plan works", {11, 12}),
    ("the girl says everything at home is fine", {2}),
    ("dad shouts at me and slams the door", {5, 4}),
    ("the child's view is missing from the assessment", {1, 2}),
    ("sexual abuse allegations make me want to remove straight away", {12}),
]

CY_TUNING: list[tuple[str, set[int]]] = [
    ("dydy'r rhieni ddim yn siarad â fi", {5, 4}),                          # the parents don't talk to me
    ("mae mam yn amddiffynnol iawn", {5, 4}),                               # mum is very defensive
    ("dydy'r plentyn ddim yn agor lan i fi", {2}),                          # the child won't open up to me
    ("mae nain a thaid yn teimlo eu bod nhw'n cael eu defnyddio", {10, 7}),  # grandparents feel used
    ("dw i'n bryderus am ailuno'r teulu", {12}),                            # I'm anxious about reunifying the family
    ("mae dad yn colli apwyntiadau o hyd", {5, 4, 1}),                      # dad keeps missing appointments
    ("mae'r asiantaethau eraill yn newid eu stori o hyd", {8}),             # other agencies keep changing their story
    ("dydy'r cynllun diogelwch ddim yn gweithio", {9, 11, 12}),             # the safety plan isn't working
    ("dydy'r teulu ddim yn deall pam rydyn ni'n rhan o'u bywydau", {4, 6}),  # they don't see why we're involved
    ("dydy mam ddim yn ymddiried ynof i o gwbl", {4}),                      # mum doesn't trust me at all
    ("mae'r rhieni'n gwadu bod unrhyw broblem", {6}),                       # the parents deny there is any problem
    ("dydy'r ysgol ddim yn dweud yn glir beth sy'n eu poeni", {8}),         # school won't say clearly what worries them
    ("mae'r rhieni'n teimlo'n anobeithiol am y dyfodol", {3}),              # parents feel hopeless about the future
    ("dydy'r fodryb ddim yn gwybod beth yw ei rôl yn y cynllun", {7}),      # the aunt doesn't know her role in the plan
    ("does gen i ddim digon o amser i ymweld â'r teulu", {11, 12}),         # I haven't enough time to visit the family
    ("dw i'n teimlo heb gefnogaeth gan fy rheolwr", {1}),                   # I feel unsupported by my manager
    ("mae mam yn camddefnyddio cyffuriau eto a dw i'n poeni'n fawr", {12}),  # mum misuses drugs again; I'm worried
    ("mae'r rhieni'n dweud fy mod i'n eu barnu nhw", {4}),                  # the parents say I'm judging them
    ("mae'r plentyn yn rhy ofnus i ddweud dim byd", {2}),                   # the child is too scared to say anything
    ("mae'r teulu'n dweud nad ydyn nhw byth yn gallu cael gafael arna i", {11}),  # family can never get hold of me
    # a second tuning batch, written after the first word lists passed the first
    ("mae'r rhieni'n dweud celwydd wrtha i", {5, 4}),                       # the parents lie to me
    ("mae mam yn meddwl bod ni eisiau mynd â'r plant", {4}),                # mum thinks we want to take the children
    ("mae'r ferch yn dawel iawn pan dw i'n ymweld", {2}),                   # the girl is very quiet when I visit
    ("dydy'r meddyg teulu ddim yn dweud beth yw ei bryderon", {8}),         # the GP doesn't say what his worries are
    ("mae dad yn ôl ar y cyffuriau", {12}),                                 # dad is back on drugs
    ("mae mam yn teimlo bod y teulu'n busnesu o hyd", {9}),                 # mum feels the family always interfere
    ("mae'r rhieni'n gwrthod cydweithio", {5}),                             # the parents refuse to cooperate
    # the uncle doesn't know what to do if dad comes home drunk
    ("dydy'r ewythr ddim yn gwybod beth i'w wneud os daw dad adref yn feddw", {7}),
]

CY_HELD_OUT: list[tuple[str, set[int]]] = [
    ("mae'r person ifanc yn gwrthod cwrdd â fi", {2}),                      # the young person refuses to meet me
    ("mae'r heddlu'n gwrthod rhannu gwybodaeth gyda ni", {8}),              # police refuse to share information with us
    ("mae'r rhieni'n elyniaethus bob tro dw i'n ymweld", {5, 4}),           # the parents are hostile every time I visit
    ("mae'r teulu ehangach yn cuddio yfed dad", {9, 7}),                    # the wider family hide dad's drinking
    ("dydy dad ddim yn derbyn bod y plentyn mewn perygl", {6}),             # dad doesn't accept the child is in danger
    ("mae mam-gu wedi gorfod rhoi'r gorau i'w swydd i helpu", {10}),        # grandma had to give up her job to help
    ("mae'r meddyg teulu a'r ymwelydd iechyd yn anghytuno am y risg", {8, 1}),  # GP and health visitor disagree
]

NONSENSE: list[tuple[str, str]] = [
    ("asdf qwerty", "en"),
    ("the weather is nice", "en"),
    ("", "en"),
    ("   ", "en"),
    ("🙂🙂🙂", "en"),
    ("1234 !!!", "en"),
    ("what shall I have for lunch", "en"),
    ("the parents", "en"),  # who, but not what the problem is
    ("mae'r tywydd yn braf", "cy"),  # the weather is fine
    ("asdf qwerty", "cy"),
    ("beth sydd i ginio", "cy"),  # what's for dinner
]
# fmt: on

SETS = {
    "en": {"tuning": EN_TUNING, "held-out": EN_HELD_OUT},
    "cy": {"tuning": CY_TUNING, "held-out": CY_HELD_OUT},
}
ALL = [(text, right, locale) for locale, sets in SETS.items() for ps in sets.values() for text, right in ps]


def figures(phrases: list[tuple[str, set[int]]], locale: str) -> tuple[float, float, list[str]]:
    """The share whose first answer is a right aim, the share with a right aim in the answers, and the misses."""
    first = top3 = 0
    misses = []
    for text, right in phrases:
        aims = [m.aim for m in whatif.match(text, locale)]
        first += bool(aims) and aims[0] in right
        top3 += bool(right & set(aims))
        if not aims or aims[0] not in right:
            misses.append(f"{text!r} -> {aims} (right: {sorted(right)})")
    return first / len(phrases), top3 / len(phrases), misses


def report(locale: str) -> tuple[float, float, str]:
    lines = []
    every = [p for ps in SETS[locale].values() for p in ps]
    for name, phrases in [*SETS[locale].items(), ("all", every)]:
        first, top3, misses = figures(phrases, locale)
        lines.append(f"{locale} {name:8} n={len(phrases):3}  first={first:.3f}  top3={top3:.3f}")
        if name != "all":
            lines.extend(f"    first answer not right: {m}" for m in misses)
    return first, top3, "\n".join(lines)


# --- the labelled lists themselves ------------------------------------------------------------------


def test_the_lists_are_big_enough_and_a_quarter_is_held_out():
    for locale, least in (("en", 40), ("cy", 15)):
        tuning, held_out = SETS[locale]["tuning"], SETS[locale]["held-out"]
        total = len(tuning) + len(held_out)
        assert total >= least, locale
        assert 0.2 <= len(held_out) / total <= 0.3, locale
        texts = [text for text, _ in tuning + held_out]
        assert len(texts) == len(set(texts)), f"{locale}: a phrase is listed twice"
        for text, right in tuning + held_out:
            assert right and right <= set(range(1, 13)), text


# --- how well it matches ----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_first_answer_and_top_three(locale):
    first, top3, text = report(locale)
    print("\n" + text)
    assert first >= MIN_FIRST and top3 >= MIN_TOP3, text


@pytest.mark.parametrize(("text", "locale"), NONSENSE)
def test_nonsense_gives_nothing(text, locale):
    assert whatif.match(text, locale) == []


# --- what it returns --------------------------------------------------------------------------------


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha())


def _typed_roots(text: str, locale: str) -> set[str]:
    """The first four letters of every typed word (and, in Welsh, of every way of undoing its mutation)."""
    words = [_plain(w) for w in text.replace("'", " ").replace("’", " ").replace("-", " ").split()]
    forms = {f for w in words if w for f in (whatif.radicals(w) if locale == "cy" else (w,))}
    return {f[:4] for f in forms}


def _term_occurs(term: str, roots: set[str]) -> bool:
    """A rough, independent check that a data term was typed: each of its longer words starts like a typed word.
    (Short words, "not" and the negators are skipped: contractions and typing spell them many ways.)"""
    skip = {"not", "will", "can", "do", "does", "did", "ddim", "dim", "nad", "na"}
    words = [_plain(w.rstrip("*")) for w in term.replace("-", " ").replace("'", " ").split()]
    return all(w[:4] in roots for w in words if len(w) >= 4 and w not in skip)


def test_every_because_word_occurs_in_the_problem():
    for text, _, locale in ALL:
        found = whatif.explain(text, locale)
        roots = _typed_roots(text, locale)
        for m in whatif.match(text, locale):
            assert m.because, text
            for name in m.because:
                assert name in found, (text, name)
                language = data.LANGUAGES[locale]
                terms = data.terms(language.concepts[name])
                assert any(_term_occurs(t, roots) for t in terms), (text, name, terms)
                for typed in found[name]:
                    assert typed.split()[0] in whatif.normalise(text, locale).split(), (text, name, typed)


def test_every_aim_returned_exists_and_the_answers_are_ordered():
    numbers = {a.number for a in pt.AIMS}
    assert numbers == set(range(1, 13))
    for text, _, locale in ALL:
        found = whatif.match(text, locale)
        assert len(found) <= 3, text
        assert all(m.aim in numbers for m in found), text
        assert len({m.aim for m in found}) == len(found), text
        keys = [(-m.score, m.aim) for m in found]
        assert keys == sorted(keys), text
        assert all(m.score >= whatif.MIN_SCORE for m in found), text


def test_limit():
    text = "the parents won't talk to me and the safety plan isn't working and I'm anxious"
    assert len(whatif.match(text, "en", limit=1)) == 1
    assert whatif.match(text, "en", limit=0) == []
    assert [m.aim for m in whatif.match(text, "en", limit=5)][:3] == [m.aim for m in whatif.match(text, "en")]


def test_match_is_a_frozen_dataclass():
    m = whatif.match("mum is really defensive", "en")[0]
    assert m.aim == 5 and "defensive" in m.because and "parents" in m.because
    with pytest.raises(AttributeError):
        m.aim = 1  # type: ignore[misc]


def test_ties_are_broken_by_aim_number():
    scores = whatif.scores("parents", "en")  # the parents concept points at several aims with one weight
    tied = [aim for aim, score in scores.items() if score == max(scores.values())]
    assert len(tied) > 1
    assert sorted(scores, key=lambda a: (-scores[a], a))[: len(tied)] == sorted(tied)


def test_locales_and_a_welsh_speaker_writing_in_english():
    assert whatif.match("mum is really defensive", "en-GB") == whatif.match("mum is really defensive", "en")
    assert whatif.match("mum is really defensive", "fr")[0].aim == 5  # an unknown locale reads English
    assert whatif.match("mum is really defensive", "cy")[0].aim == 5  # nothing in Welsh matched, so English is tried
    assert whatif.match("mae mam yn amddiffynnol iawn", "cy_GB")[0].aim == 5


# --- the small parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("defensive", "defens"),
        ("defensively", "defens"),
        ("defensiveness", "defens"),
        ("engaging", "engag"),
        ("engaged", "engag"),
        ("engagement", "engag"),
        ("worries", "worry"),
        ("worried", "worry"),
        ("worrying", "worry"),
        ("agencies", "agency"),
        ("planned", "plan"),
        ("planning", "plan"),
        ("parents", "parent"),
        ("pushes", "push"),
        ("missing", "miss"),
        ("hostility", "hostil"),
        ("hostile", "hostil"),
        ("feelings", "feel"),
        ("agreeing", "agree"),
        ("agreed", "agree"),
        ("closes", "clos"),
        ("close", "clos"),
        ("sing", "sing"),  # too short to lose "-ing"
    ],
)
def test_english_stemmer(word, stem):
    assert whatif.stem(word, "en") == stem


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("pryderus", "pryder"),
        ("pryderon", "pryder"),
        ("apwyntiadau", "apwyntiad"),
        ("teuluoedd", "teulu"),
        ("cyfarfodydd", "cyfarfod"),
        ("ymddiriedaeth", "ymddiried"),
        ("amddiffynnol", "amddiffynn"),  # not "amddiffyn" (to protect)
        ("plant", "plant"),
    ],
)
def test_welsh_stemmer(word, stem):
    assert whatif.stem(word, "cy") == stem


@pytest.mark.parametrize(
    ("typed", "radical"),
    [
        ("gynllun", "cynllun"),  # soft
        ("nghynllun", "cynllun"),  # nasal
        ("chynllun", "cynllun"),  # aspirate
        ("fodryb", "modryb"),
        ("broblem", "problem"),
        ("ddiogel", "diogel"),
        ("ofalu", "gofalu"),
        ("thaid", "taid"),
        ("mhlentyn", "plentyn"),
        ("hannibyniaeth", "annibyniaeth"),
        ("lun", "llun"),
    ],
)
def test_welsh_mutations_are_undone(typed, radical):
    assert radical in whatif.radicals(typed)
    assert typed in whatif.radicals(typed)


def test_normalise():
    assert whatif.normalise("Mum WON'T talk – she's hostile!", "en") == "mum will not talk she hostile"
    assert whatif.normalise("dad doesnt engage, cant cope", "en") == "dad does not engage can not cope"
    assert whatif.normalise("he never talks", "en") == "he not talks"
    assert whatif.normalise("Mae'r rhieni'n ymwthiol", "cy") == "mae r rhieni n ymwthiol"
    assert whatif.normalise("tŷ mam-gu", "cy") == "ty mam gu"


# --- the data ---------------------------------------------------------------------------------------


def test_the_data_is_consistent():
    for code, language in data.LANGUAGES.items():
        assert language.code == code
        assert set(language.aims) == set(range(1, 13)), code
        used = {name for weights in language.aims.values() for name in weights}
        assert used == set(language.concepts), (code, set(language.concepts) ^ used)
        for name, words in language.concepts.items():
            assert data.terms(words), (code, name)
            for term in data.terms(words):
                for word in term.split():
                    assert len(word.rstrip("*")) >= 3 or not word.endswith("*"), (code, name, term)
        for weights in language.aims.values():
            assert all(0 < w <= 5 for w in weights.values()), code


def test_the_matcher_uses_the_standard_library_only():
    for module in (whatif, data):
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in {"telegram", "sqlalchemy", "sqlmodel", "babel", "bot", "storage"}
