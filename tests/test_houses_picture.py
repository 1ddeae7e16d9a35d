"""The three houses picture: a PNG of the promised size, three colours, the young person's words in any
script, long lists shortened with "and N more", the house names in the reader's language, same bytes for
the same houses, and nothing left behind."""

from __future__ import annotations

import gc
import io
import warnings

import pytest
from babel.support import NullTranslations
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from PIL import Image

from bot import houses_picture as hp
from bot import i18n
from bot.houses_picture import (
    BULLET,
    ELLIPSIS,
    HOUSE_LOOKS,
    INDENT,
    MAX_LINES,
    MISSING,
    PICTURE_SIZE_PX,
    WRAP_COLUMNS,
    Houses,
    columns,
    drawable,
    house_names,
    houses_picture,
    lines_for,
    walls_box,
)
from bot.i18n import render
from dialogues.messages import T, Text

WELSH = "Mae'n ŵyl, ŷd"
POLISH = "Żółć łąka"
ARABIC = "مرحبا بكم"
URDU = "ہے یہ اچھا"
PUNJABI = "ਪ੍ਰੀਤ ਕਿਤਾਬ"  # a joined ra (੍ਰ) and a vowel sign drawn before its letter (ਿ)
EMOJI = "My dog 🐶 makes me 😀"
# The same number of characters in the same script: if a font were missing, both would be drawn as the
# same row of empty boxes and the pictures would be the same.
LOOK_ALIKES = {
    WELSH: "Mae'n wyl, yd",
    POLISH: "Zolc laka",
    ARABIC: "شكرا لكم",
    URDU: "یہ ہے اچھا",
    PUNJABI: "ਤੀਰਪ੍ ਬਾਤਕਿ",
    EMOJI: "My dog 🐶 makes me 😃",
}
SOME = Houses(
    worries=("Dad shouting", "Being on my own at night"),
    good_things=("Nan", "My dog Biscuit", "Football on Tuesdays"),
    dreams=("Being a vet",),
)
EMPTY = Houses((), (), ())


def image(png: bytes) -> Image.Image:
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG"
    return picture.convert("RGB")


def pixel(picture: Image.Image, x: float, y: float) -> tuple[int, int, int]:
    """The colour at (x, y) in the picture's own units: pixels from the bottom left."""
    return picture.getpixel((round(x), PICTURE_SIZE_PX[1] - 1 - round(y)))


def rgb(colour: str) -> tuple[int, int, int]:
    red, green, blue = (round(c * 255) for c in to_rgb(colour))
    return red, green, blue


def ink_columns(picture: Image.Image, index: int) -> tuple[int, int]:
    """The leftmost and rightmost columns of dark ink on the walls of house ``index``, above the door."""
    left, _, right, top = walls_box(index)
    box = (round(left) + 6, PICTURE_SIZE_PX[1] - round(top) + 6, round(right) - 6, PICTURE_SIZE_PX[1] - 200)
    dark = picture.crop(box).convert("L").point(lambda v: 255 if v < 110 else 0)
    found = dark.getbbox()
    assert found is not None, "no words drawn"
    return box[0] + found[0], box[0] + found[2]


def only(words: str, house: str = "worries") -> Houses:
    return Houses(**{"worries": (), "good_things": (), "dreams": (), house: (words,)})


@pytest.fixture(scope="module")
def some_png() -> bytes:
    return houses_picture(SOME, locale="en")


# ---------------------------------------------------------------------------------------------- the picture


def test_the_picture_is_a_png_of_the_promised_size(some_png):
    assert PICTURE_SIZE_PX == (1280, 960)
    assert image(some_png).size == PICTURE_SIZE_PX


def test_the_three_houses_are_each_their_own_soft_colour(some_png):
    picture = image(some_png)
    seen = []
    for index, look in enumerate(HOUSE_LOOKS):
        left, bottom, _, _ = walls_box(index)
        colour = pixel(picture, left + 30, bottom + 30)  # low on the walls: no words, no door
        assert colour == rgb(look.walls)
        seen.append(colour)
    assert len(set(seen)) == 3
    assert rgb(hp.BACKGROUND) not in seen


def test_the_houses_are_worries_good_things_dreams_left_to_right():
    assert [look.name for look in HOUSE_LOOKS] == [
        T("House of worries"),
        T("House of good things"),
        T("House of dreams"),
    ]
    assert house_names("en") == ("House of worries", "House of good things", "House of dreams")


def test_empty_houses_say_nothing_is_there_yet():
    png = houses_picture(EMPTY, locale="en")
    assert image(png).size == PICTURE_SIZE_PX
    assert png != houses_picture(Houses((), (), ("Being a vet",)), locale="en")
    assert lines_for([], MAX_LINES, WRAP_COLUMNS) == []
    assert lines_for(["", "   "], MAX_LINES, WRAP_COLUMNS) == []  # blank items are not words
    assert png == houses_picture(Houses(("",), (" ",), ()), locale="en")


def test_empty_houses_show_the_nothing_here_line(monkeypatch):
    """The "Nothing here yet" words are drawn: another message gives another picture."""
    before = houses_picture(EMPTY, locale="en")
    monkeypatch.setattr(hp, "NOTHING_HERE", T("Nothing here at all"))
    assert houses_picture(EMPTY, locale="en") != before


def test_the_same_houses_give_the_same_bytes(some_png):
    assert houses_picture(SOME, locale="en") == some_png
    assert b"tIME" not in some_png  # no timestamp chunk
    assert b"Software" not in some_png
    assert b"matplotlib" not in some_png.lower()


def test_pictures_leave_no_figures_behind():
    def figures() -> int:
        gc.collect()
        return sum(isinstance(o, Figure) for o in gc.get_objects())

    houses_picture(SOME, locale="en")
    before = figures()
    for _ in range(3):
        houses_picture(SOME, locale="en")
    assert figures() == before


# ---------------------------------------------------------------------------------------------- long lists


def test_fifty_things_in_one_house_end_with_and_n_more(monkeypatch):
    many = tuple(f"Thing {i}" for i in range(50))
    lines = lines_for(many, MAX_LINES, WRAP_COLUMNS, locale="en")
    assert len(lines) == MAX_LINES
    assert lines[:-1] == [f"{BULLET}Thing {i}" for i in range(MAX_LINES - 1)]
    assert lines[-1] == f"and {50 - (MAX_LINES - 1)} more"
    houses = Houses((), many, ())
    png = houses_picture(houses, locale="en")
    assert image(png).size == PICTURE_SIZE_PX
    # The count line is drawn: with other words for it the picture changes.
    monkeypatch.setattr(hp, "MORE", ("plus {count} others", "plus {count} others"))
    assert houses_picture(houses, locale="en") != png


def test_the_count_line_is_in_the_readers_language():
    many = [f"Thing {i}" for i in range(50)]
    hidden = 50 - (MAX_LINES - 1)
    welsh = render(Text.plural_of(hp.MORE, hidden), "cy")
    assert lines_for(many, MAX_LINES, WRAP_COLUMNS, locale="cy")[-1] == welsh
    assert lines_for(many, 4, WRAP_COLUMNS, locale="en")[-1] == "and 47 more"
    assert lines_for(many[:2], 1, WRAP_COLUMNS, locale="en") == ["and 2 more"]


def test_a_list_that_just_fits_needs_no_count_line():
    items = [f"Thing {i}" for i in range(5)]
    assert lines_for(items, 5, 20) == [f"{BULLET}Thing {i}" for i in range(5)]
    assert lines_for(items, 4, 20) == [f"{BULLET}Thing {i}" for i in range(3)] + ["and 2 more"]


def test_items_are_kept_whole_and_in_order():
    """An item that does not fit whole is left out with everything after it, even when a later one would fit."""
    items = ["one", "a long item that wraps onto two lines", "two"]
    assert lines_for(items, 3, 20) == [f"{BULLET}one", "and 2 more"]


def test_one_item_longer_than_the_house_is_cut_with_an_ellipsis():
    long = " ".join(["word"] * 200)
    lines = lines_for([long], 5, 20)
    assert len(lines) == 5
    assert lines[-1].endswith(ELLIPSIS)
    assert all(columns(line) <= 20 for line in lines)
    lines = lines_for([long, "next"], 5, 20)
    assert lines[-2].endswith(ELLIPSIS)
    assert lines[-1] == "and 1 more"
    assert lines_for([long, "next"], 1, 20) == ["and 2 more"]


def test_long_items_wrap_within_the_width_with_every_word_kept():
    item = "Going to the park with Nan and her dog on Saturday mornings when it is sunny"
    lines = lines_for([item], MAX_LINES, 20)
    assert len(lines) > 1
    assert all(columns(line) <= 20 for line in lines)
    assert lines[0].startswith(BULLET)
    assert all(line.startswith(INDENT) for line in lines[1:])
    assert " ".join(line[len(BULLET) :] for line in lines) == item


def test_a_word_longer_than_a_line_is_broken_and_the_writers_line_breaks_are_kept():
    lines = lines_for(["x" * 50], MAX_LINES, 20)
    assert "".join(line[len(BULLET) :] for line in lines) == "x" * 50
    assert all(columns(line) <= 20 for line in lines)
    assert lines_for(["first\nsecond"], MAX_LINES, 20) == [f"{BULLET}first", f"{INDENT}second"]


def test_wide_characters_take_two_columns_and_marks_none():
    assert columns("abc") == 3
    assert columns("😀😀") == 4
    assert columns("w\u0302") == 1  # w and a combining circumflex
    lines = lines_for(["😀" * 20], MAX_LINES, 12)
    assert all(columns(line) <= 12 for line in lines)
    assert lines[0] == BULLET + "😀" * 5


# ---------------------------------------------------------------------------------------------- any script


@pytest.mark.parametrize("words", [WELSH, POLISH, ARABIC, URDU, PUNJABI, EMOJI])
def test_words_in_any_script_are_drawn_with_real_glyphs(words):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Glyph missing from font" either
        png = houses_picture(only(words), locale="en")
    assert image(png).size == PICTURE_SIZE_PX
    assert png != houses_picture(only("a" * len(words)), locale="en")  # not the Latin layout
    assert png != houses_picture(only(LOOK_ALIKES[words]), locale="en")  # not a row of empty boxes


def test_words_are_kept_as_written_and_only_glyphs_no_font_has_become_boxes():
    for words in (WELSH, POLISH, ARABIC, URDU, PUNJABI, "😀 ❤ ★"):
        assert drawable(words) == words
    assert drawable("🐶") == MISSING
    assert drawable("❤\ufe0f") in ("❤\ufe0f", "❤")  # an invisible selector is dropped only when no font has it


@pytest.mark.parametrize("words", [ARABIC, URDU, PUNJABI])
def test_words_that_need_shaping_are_drawn_shaped_not_letter_by_letter(words):
    """Joined Arabic letters, a Gurmukhi vowel sign before its letter and a joined ra: the picture of the
    words differs from the picture of the same letters kept apart (a zero-width non-joiner between each)."""
    apart = "\u200c".join(words)
    assert drawable(apart) == apart  # the non-joiners are drawn (as nothing), not dropped
    assert houses_picture(only(words), locale="en") != houses_picture(only(apart), locale="en")


def test_arabic_and_urdu_line_up_on_the_right_latin_on_the_left():
    left, _, right, _ = walls_box(0)
    for words in (ARABIC, URDU):
        first, last = ink_columns(image(houses_picture(only(words), locale="en")), 0)
        assert last > right - 40
        assert first > left + 100
        assert last - first > 80  # the whole line, not a clipped end of it
    first, last = ink_columns(image(houses_picture(only(WELSH), locale="en")), 0)
    assert first < left + 40
    assert last < right - 100


# ---------------------------------------------------------------------------------------------- languages

WELSH_NAMES = {
    "House of worries": "Tŷ'r pryderon",
    "House of good things": "Tŷ'r pethau da",
    "House of dreams": "Tŷ'r breuddwydion",
    "Nothing here yet": "Dim byd yma eto",
}


class FakeWelsh(NullTranslations):
    """A Welsh catalog with the picture's words (the real one may not have them until it is updated)."""

    def gettext(self, message):
        return WELSH_NAMES.get(message, message)

    def ngettext(self, singular, plural, n):
        return "a {count} arall" if singular == "and {count} more" else super().ngettext(singular, plural, n)


def test_welsh_names_the_houses_from_the_welsh_catalog():
    names = tuple(render(look.name, "cy") for look in HOUSE_LOOKS)
    assert house_names("cy") == names
    # Until the catalog has these messages the names are the English ones, and so is the picture.
    same_names = names == house_names("en")
    assert (houses_picture(EMPTY, locale="cy") == houses_picture(EMPTY, locale="en")) == same_names


def test_a_welsh_picture_shows_the_welsh_names(monkeypatch):
    english_catalog = i18n.translations
    monkeypatch.setattr(i18n, "translations", lambda locale: FakeWelsh() if locale == "cy" else english_catalog(locale))
    assert house_names("cy") == tuple(render(look.name, "cy") for look in HOUSE_LOOKS)
    assert house_names("cy") == ("Tŷ'r pryderon", "Tŷ'r pethau da", "Tŷ'r breuddwydion")
    assert lines_for(["a", "b", "c"], 2, 20, locale="cy") == [f"{BULLET}a", "a 2 arall"]
    welsh = houses_picture(SOME, locale="cy")
    assert image(welsh).size == PICTURE_SIZE_PX
    assert welsh != houses_picture(SOME, locale="en")
    assert houses_picture(SOME, locale="xx") == houses_picture(SOME, locale="en")  # unknown: English
