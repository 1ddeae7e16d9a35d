"""Danger recognition in Polish, Romanian, Punjabi (Gurmukhi), Urdu, Arabic and Ukrainian (issue 15).

What a person sees is whether an alert is raised, so these tests ask ``danger.sounds_unsafe`` about
messages typed the way young people and parents type them: each script's spellings folded to one,
negated danger left alone, everyday idioms left alone, every language read whatever the person's own
setting. The development set is ``tests/danger_devset_langs.py``; ``pytest -s`` prints its figures.
"""

from __future__ import annotations

import pytest

from dialogues import danger
from dialogues.content import danger_phrases as data
from dialogues.scripts import fold_scripts
from tests import danger_devset as devset
from tests import danger_devset_langs as langs

NEW = ("pl", "ro", "pa", "ur", "ar", "uk")


# --- one spelling for letters typed more than one way --------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("أَنَا خَائِفَة", "انا خايفه"),  # harakat, hamza on alef and yeh, teh marbuta
        ("يــضــربــني", "يضربني"),  # tatweel
        ("إلى", "الي"),  # alef with hamza below, alef maksura
        ("٣ أيام", "3 ايام"),  # Arabic-Indic digits
        ("كتاب", "کتاب"),  # Arabic kaf, Urdu keheh
        ("مجھے", "مجهي"),  # Urdu do-chashmi heh and bari ye
        ("ہے", "هي"),  # Urdu heh goal
        ("میں", "مين"),  # noon ghunna
        ("۲۰", "20"),  # Urdu digits
        ("він б'є мене", "вин бе мене"),  # і as и, є as е, the apostrophe dropped
        ("він бʼє мене", "вин бе мене"),  # the Ukrainian apostrophe letter
        ("він б’є мене", "вин бе мене"),  # a phone's curly apostrophe
        ("вiн бъє", "вин бе"),  # a Latin i, a Russian hard sign for the apostrophe
        ("ґанок", "ганок"),
        ("бьет меня", "бьет меня"),  # Russian spelling kept (the soft sign means something)
        ("Tata mnie bił", "tata mnie bil"),  # Polish ł
        ("bătut, lovește, ţipă", "batut, loveste, tipa"),  # Romanian with comma and with cedilla
        ("ਸ਼ਰਮ", "ਸਰਮ"),  # nukta dropped
        ("ਮੈਂ", "ਮੈ"),  # bindi dropped
        ("ਮੁੰਡਾ", "ਮੁਡਾ"),  # tippi dropped
        ("ਕੁੱਟਿਆ", "ਕੁਟਿਆ"),  # addak dropped
    ],
)
def test_letters_typed_more_than_one_way_are_folded_to_one(one, other):
    assert danger.fold(one) == danger.fold(other)


def test_gurmukhi_vowel_signs_are_kept_and_keep_words_whole():
    assert danger.fold("ਮਾਰ") != danger.fold("ਮਰ")  # to hit, to die
    assert danger.normalise("ਮੈਨੂੰ ਮਾਰਦਾ", "pa") == "ਮੈਨੂ ਮਾਰਦਾ"  # two words, not split at the vowel signs


def test_folding_leaves_english_and_welsh_alone():
    for text in ("he hit me", "mae o'n fy nharo i", "dw i'n hapus"):
        assert fold_scripts(text) == text


# --- each language: danger, negated danger, near misses -------------------------------------------

DANGER: dict[str, list[str]] = {
    "pl": ["Tata mnie bije.", "ojczym mnie pobił", "TATA MNIE BIJE", "chce umrzec", "nikt mi nie daje jesc",
           "boje sie wracac do domu", "tne sie", "pomocy", "zamknal mnie w piwnicy", "dotykal mnie w nocy"],
    "ro": ["Tata mă bate", "tata ma bate", "m-a lovit", "vreau să mor", "nu avem ce mânca acasă",
           "mi-e frică să merg acasă", "ajutor", "m-au încuiat în cameră", "mă atinge noaptea", "ma tai pe maini"],
    "uk": ["тато мене б'є", "тато мене бʼє", "тато меня бьет", "хочу померти", "нема що їсти",
           "боюсь йти додому", "допоможіть", "мене замикають в кімнаті", "я ріжу себе", "він мене чіпає"],
    "ar": ["ابوي يضربني", "وبيضربني كل يوم", "أنا خائفة من أبي", "بدي موت", "ما في اكل في البيت",
           "ساعدوني", "حبسني في الحمام", "يلمسني في الليل", "أجرح نفسي", "abouy bi drabni"],
    "ur": ["ابو مجھے مارتے ہیں", "abbu mujhe marte hain", "میں مرنا چاہتا ہوں", "مجھے گھر جانے سے ڈر لگتا ہے",
           "mujhe ghar jane se dar lagta hai", "مدد کریں", "گھر میں کھانے کو کچھ نہیں ہے", "main khudkushi kar lunga",
           "میں خود کو کاٹتی ہوں", "مجھے کمرے میں بند کر دیتے ہیں"],
    "pa": ["ਪਾਪਾ ਮੈਨੂੰ ਮਾਰਦੇ ਹਨ", "ਉਹ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ", "ਉਹ ਮੈਨੂੰ ਕੁਟਦਾ ਹੈ", "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",
           "ਮੈਨੂੰ ਘਰ ਜਾਣ ਤੋਂ ਡਰ ਲੱਗਦਾ ਹੈ", "ਮਦਦ ਕਰੋ", "menu papa kutde ne", "main marna chahundi haan",
           "ਘਰ ਵਿੱਚ ਖਾਣ ਨੂੰ ਕੁਝ ਨਹੀਂ ਹੈ", "ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟਦੀ ਹਾਂ"],
}  # fmt: skip

NEGATED: dict[str, list[str]] = {
    "pl": ["tata nigdy mnie nie bije", "tata mnie nie bije", "nie chce umrzec"],
    "ro": ["tata nu mă bate", "nu vreau să mor"],
    "uk": ["тато мене не бʼє", "тато ніколи мене не бʼє", "я не хочу померти"],
    "ar": ["بابا ما يضربني", "بابا ما بيضربني ابدا"],
    "ur": ["ابو مجھے کبھی نہیں مارتے", "abbu mujhe nahi marte", "abbu mujhe marte nahi"],
    "pa": ["ਪਾਪਾ ਮੈਨੂੰ ਕਦੇ ਨਹੀਂ ਮਾਰਦੇ", "ਪਾਪਾ ਮੈਨੂੰ ਮਾਰਦੇ ਨਹੀਂ"],
}

NEAR_MISSES: dict[str, list[str]] = {
    "pl": ["uderzyłem piłkę", "bałem się na tym filmie", "umieram z głodu kiedy obiad", "ten test mnie zabije haha",
           "nie mogę się doczekać wakacji", "pomóż mi z zadaniem z matmy"],
    "ro": ["am lovit mingea", "mi-a fost frică la film", "mor de foame", "abia aștept vacanța", "mor de râs",
           "ajută-mă la tema la mate"],
    "uk": ["я вдарив мʼяч", "мені було страшно на фільмі", "помираю з голоду", "ця контрольна мене вбʼє хаха",
           "дуже чекаю канікул", "допоможи з домашкою"],
    "ar": ["ضربت الكرة", "خفت من الفيلم", "ميت من الجوع", "الامتحان صعب", "بموت من الضحك", "ساعدني بالواجب"],
    "ur": ["میں نے گیند کو مارا", "مجھے فلم سے ڈر لگا", "بھوک سے مر رہا ہوں", "bhai cricket mein chakka maarta hai",
           "میرے ہوم ورک میں مدد کرو"],
    "pa": ["ਮੈਂ ਗੇਂਦ ਨੂੰ ਮਾਰਿਆ", "ਮੈਨੂੰ ਫਿਲਮ ਤੋਂ ਡਰ ਲੱਗਿਆ", "ਭੁੱਖ ਨਾਲ ਮਰ ਰਿਹਾ ਹਾਂ", "ਮੇਰੀ ਹੋਮਵਰਕ ਵਿੱਚ ਮਦਦ ਕਰੋ"],
}  # fmt: skip


@pytest.mark.parametrize(("locale", "text"), [(loc, t) for loc, ts in DANGER.items() for t in ts])
def test_danger_is_recognised(locale, text):
    assert danger.sounds_unsafe(text, locale), danger.normalise(text, locale)


@pytest.mark.parametrize(("locale", "text"), [(loc, t) for loc, ts in NEGATED.items() for t in ts])
def test_negated_danger_is_not_an_alarm(locale, text):
    assert not danger.sounds_unsafe(text, locale), danger.matched(text, locale)


@pytest.mark.parametrize(("locale", "text"), [(loc, t) for loc, ts in NEAR_MISSES.items() for t in ts])
def test_near_misses_are_not_alarms(locale, text):
    assert not danger.sounds_unsafe(text, locale), danger.matched(text, locale)


@pytest.mark.parametrize("locale", NEW)
def test_every_language_is_read_whatever_the_persons_setting(locale):
    """Families switch languages: each language's danger is recognised for a person set to any other."""
    for setting in ("en", "cy", *NEW):
        assert danger.sounds_unsafe(DANGER[locale][0], setting), (locale, setting)


def test_arabic_words_are_read_without_their_prefixes_but_never_as_typos():
    assert danger.sounds_unsafe("وبيضربني", "ar")  # and + (present) + he hits me
    assert not danger.sounds_unsafe("الامتحان صعب", "ar")  # the exam, two letters from "suicide"
    assert not data.LANGUAGES["ar"].typos


def test_every_new_language_has_a_pattern_for_every_kind_of_harm():
    for code in NEW:
        assert {p.category for p in data.LANGUAGES[code].patterns} == set(data.CATEGORIES), code


# --- the development set --------------------------------------------------------------------------


def scores(locale: str) -> dict[str, tuple[float, float]]:
    """Recall and false alarms on the new languages' development set: tuned part, held-back fifth, all."""
    out = {}
    for name, part in (("tuned", devset.tuned), ("held back", devset.held_back), ("all", lambda x: x)):
        positives = [text for danger_texts, _ in langs.BATCHES[locale] for text in part(danger_texts)]
        negatives = [text for _, ordinary in langs.BATCHES[locale] for text in part(ordinary)]
        hits = sum(danger.sounds_unsafe(text, locale) for text in positives)
        alarms = sum(danger.sounds_unsafe(text, locale) for text in negatives)
        out[name] = (hits / len(positives), alarms / len(negatives))
    return out


def test_the_development_set_is_there_once_and_a_fifth_is_held_back():
    for locale in NEW:
        danger_texts = [text for texts, _ in langs.BATCHES[locale] for text in texts]
        ordinary = [text for _, texts in langs.BATCHES[locale] for text in texts]
        assert len(danger_texts) >= 55 and len(ordinary) >= 30, locale
        assert len(danger_texts) == len(set(danger_texts)) and len(ordinary) == len(set(ordinary)), locale
        assert set(danger_texts).isdisjoint(ordinary), locale


# Floors a little under the figures measured after tuning. The held-back fifths are small (9 to 13
# messages) and were written by the same hand as the patterns: the honest figures are each batch's before
# tuning, in the dev set's docstring and the README.
FLOORS = {"tuned": 0.95, "held back": 0.6}
MAX_FALSE_ALARMS = 0.05


@pytest.mark.parametrize("locale", NEW)
def test_recall_and_false_alarms_on_the_development_set(locale):
    figures = scores(locale)
    text = "  ".join(f"{name}: recall={r:.3f} false alarms={f:.3f}" for name, (r, f) in figures.items())
    print(f"\n{locale} development set  {text}")
    for name, floor in FLOORS.items():
        assert figures[name][0] >= floor, text
    assert figures["all"][1] <= MAX_FALSE_ALARMS, text


def test_the_new_languages_raise_no_alarm_on_english_and_welsh_everyday_messages():
    """Every language's patterns read every message: the new ones must not fire on the English and
    Welsh ordinary messages of the older development set."""
    new = {f"{code}." for code in NEW}
    for locale in ("en", "cy"):
        for _, ordinary in devset.BATCHES[locale]:
            for text in ordinary:
                fired = [pid for pid in danger.matched(text, locale) if pid[:3] in new]
                assert not fired, (text, fired)


def test_the_new_modules_use_the_standard_library_only():
    import ast
    import inspect

    from dialogues import scripts
    from dialogues.content import danger_phrases_more

    for module in (scripts, danger_phrases_more):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] in {"__future__", "re", "dialogues"}, node.module
            elif isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] in {"re", "unicodedata"} for a in node.names)
