"""Letters that people type more than one way, folded to one, for the recognisers of people's own words.

Applied after ``wordlists.folded`` (lower case, accents and other combining marks dropped, which already
takes off Arabic harakat, hamza above or below an alef, waw or yeh, the Cyrillic breve and diaeresis of
"й" and "ї", and the Gurmukhi nukta and virama), the same way to the text and to the pattern words:

* Arabic script (Arabic and Urdu): tatweel, zero-width joiners and direction marks dropped; alef forms
  and a lone hamza; yeh, alef maksura, Farsi yeh and Urdu bari ye (ي ى ی ے); heh, teh marbuta, Urdu
  heh goal and do-chashmi heh (ه ة ہ ۃ ھ); kaf and keheh (ك ک); noon ghunna written as noon (ں ن);
  Arabic-Indic and Urdu digits as 0-9.
* Cyrillic: the Ukrainian і, ї and the Russian и, ы, й typed for one another all as "и"; є, э, ё as
  "е"; ґ as "г"; the apostrophe inside a word ("б'є", "м'ясо", also typed "ъ") dropped; Latin letters
  that look Cyrillic ("вiн" with a Latin i) read as the Cyrillic ones when they touch a Cyrillic letter.
* Polish "ł" as "l" (the other Polish and Romanian letters lose their marks in ``folded``: ą ę ś ż ź ó
  ć ń, ș ş ț ţ ă â î).
* Gurmukhi: tippi, bindi and addak dropped (people type nasalisation and doubling either way, or not at
  all); vowel signs kept, they tell words apart; Gurmukhi digits as 0-9.

Standard library only.
"""

from __future__ import annotations

import re

_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_GURMUKHI_DIGITS = "੦੧੨੩੪੫੬੭੮੯"

_TABLE: dict[int, str] = {
    # Arabic script
    0x0640: "",  # tatweel
    0x200C: "",  # zero-width non-joiner (Urdu uses it inside words)
    0x200D: "",  # zero-width joiner
    0x200E: "",  # left-to-right mark
    0x200F: "",  # right-to-left mark
    0x061C: "",  # Arabic letter mark
    ord("ء"): "",  # a lone hamza
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ی"): "ي",
    ord("ے"): "ي",
    ord("ة"): "ه",
    ord("ہ"): "ه",
    ord("ۃ"): "ه",
    ord("ھ"): "ه",
    ord("ۀ"): "ه",
    ord("ک"): "ك",
    ord("ں"): "ن",
    # Cyrillic
    ord("і"): "и",
    ord("ы"): "и",
    ord("є"): "е",
    ord("э"): "е",
    ord("ґ"): "г",
    ord("ъ"): "",
    # Polish
    ord("ł"): "l",
    # Gurmukhi
    0x0A70: "",  # tippi
    0x0A02: "",  # bindi
    0x0A01: "",  # adak bindi
    0x0A71: "",  # addak
}
for _digits in (_ARABIC_DIGITS, _URDU_DIGITS, _GURMUKHI_DIGITS):
    _TABLE.update({ord(d): str(n) for n, d in enumerate(_digits)})

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LOOK_ALIKE = {"a": "а", "c": "с", "e": "е", "i": "и", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к"}
_MIXED = re.compile(r"(?<=[\u0400-\u04ff])[aceiopxyk]|[aceiopxyk](?=[\u0400-\u04ff])")
_INNER_APOSTROPHE = re.compile(r"(?<=[\u0400-\u04ff])'(?=[\u0400-\u04ff])")


def fold_scripts(text: str) -> str:
    """``text`` (already lower case and without accents) with the letters above folded to one form."""
    if text.isascii():
        return text
    if _CYRILLIC.search(text):
        text = _INNER_APOSTROPHE.sub("", text)
        text = _MIXED.sub(lambda m: _LOOK_ALIKE[m.group()], text)
    return text.translate(_TABLE)
