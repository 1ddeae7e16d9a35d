"""The report renderers: the scaling chart (PNG), the case PDF and the CSV export.

What pypdf gives back for Arabic script (pypdf 7, fpdf2 2.8 with HarfBuzz shaping): each word comes
back in logical order with its base letters (U+0600 block, not the presentation forms; the PDF's
ToUnicode map sends every contextual glyph back to its letter). A right-to-left paragraph is drawn word by
word in logical order, so its words come back in the order they were written ("مرحبا بكم"), not mirrored.
Shaping itself is checked in the font's ToUnicode map: a shaped letter that appears in two positions
(initial and medial beh) uses two glyphs that both map to U+0628; unshaped text uses one.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import matplotlib

matplotlib.use("Agg")

import pypdf
import pytest
from matplotlib import pyplot
from PIL import Image

from bot import reports
from bot.i18n import render
from bot.reports import (
    CHART_SIZE_PX,
    CREDIT,
    CSV_COLUMNS,
    AimCheck,
    CaseReport,
    CsvRow,
    Entry,
    Score,
    Series,
    answers_csv,
    case_pdf,
    progress_chart,
)
from dialogues.messages import T

WELSH = "Mae'n ŵyl"
POLISH = "Żółć łąka"
ARABIC = "مرحبا بكم"
URDU = "ہے یہ اچھا"
PUNJABI = "ਪ੍ਰੀਤ ਕਿਤਾਬ"  # a joined ra (੍ਰ) and a vowel sign drawn before its letter (ਿ)
JOINED_RA = "\u0a4d\u0a30"  # virama and ra, drawn by HarfBuzz as one glyph below the letter before
BEH = 0x0628  # Arabic letter beh: initial in بكم, medial in مرحبا
TAB_BLUE = (31, 119, 180)  # matplotlib's first line colour


def at(days: int, hour: int = 9) -> datetime:
    return datetime(2025, 3, 1, hour, 30, tzinfo=UTC) + timedelta(days=days)


def report(**changes) -> CaseReport:
    """A case with something in every section, in five languages."""
    values = {
        "case_label": "Smith family (C-104)",
        "made_at": at(20),
        "made_by": "Sam Jones",
        "worries": (Entry("Young person 1", at(0), WELSH), Entry("Parent or carer 2", at(1), ARABIC)),
        "working_well": (Entry("Young person 1", at(0), POLISH),),
        "needs_to_happen": (Entry("Young person 1", at(2), URDU),),
        "wishes": (Entry("Young person 1", at(3), "A dog that keeps watch"), Entry("Young person 1", at(3), PUNJABI)),
        "safety_scales": (Score("Young person 1", at(1), 4, "Nan is there", "Dad stops shouting"),),
        "safety_people": (Entry("Young person 1", at(0), "Nan: she lets me stay when things are loud"),),
        "scaling": (
            Score("Parent or carer 1", at(0), 3, "We love them", "We finish the course"),
            Score("Social worker", at(5), 7, "The plan is kept", "School sees it too"),
        ),
        "scale_goal": "The children are safe at home",
        "zero_means": "Too worried for them to stay",
        "ten_means": "Confident they are safe",
        "aim_checks": (AimCheck(at(6), "Shared understanding", ("Parents can say the worries",), ("A written plan",)),),
        "alerts": (Entry("Young person 1", at(4), ""),),
    }
    values.update(changes)
    return CaseReport(**values)


def empty_report() -> CaseReport:
    return report(
        worries=(),
        working_well=(),
        needs_to_happen=(),
        wishes=(),
        safety_scales=(),
        safety_people=(),
        scaling=(),
        aim_checks=(),
        alerts=(),
    )


def series() -> list[Series]:
    return [
        Series("Parent or carer 1", ((at(0), 3), (at(7), 5), (at(14), 6))),
        Series("سارہ خان", ((at(2), 2),)),
        Series("مرحبا بكم", ((at(3), 4), (at(9), 5))),
        Series("Dafydd Ŵyn Łukasz", ((at(5), 8),)),
    ]


def chart(points=None, **kwargs) -> bytes:
    kwargs = {"zero_means": "Too worried", "ten_means": "Confident", "title": "How safe?", "locale": "en"} | kwargs
    return progress_chart(series() if points is None else points, **kwargs)


def image(png: bytes) -> Image.Image:
    picture = Image.open(io.BytesIO(png))
    picture.load()
    return picture.convert("RGB")


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def fonts(data: bytes) -> dict[str, pypdf.generic.DictionaryObject]:
    found = {}
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"]).split("+")[-1]] = font
    return found


def glyph_texts(font: pypdf.generic.DictionaryObject) -> set[str]:
    """What each glyph of the font stands for, from its ToUnicode map (one glyph may stand for several letters)."""
    cmap = font["/ToUnicode"].get_object().get_data().decode()
    pairs = re.findall(r"<([0-9A-F]{4})> <([0-9A-F]{4,})>", cmap)
    return {"".join(chr(int(uni[i : i + 4], 16)) for i in range(0, len(uni), 4)) for _, uni in pairs}


def codes_for(font: pypdf.generic.DictionaryObject, codepoint: int) -> set[str]:
    """The glyph codes that the font's ToUnicode map sends to ``codepoint``."""
    cmap = font["/ToUnicode"].get_object().get_data().decode()
    return {code for code, uni in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]{4,})>", cmap) if int(uni, 16) == codepoint}


@pytest.fixture(scope="module")
def png() -> bytes:
    return chart()


@pytest.fixture(scope="module")
def pdf(png) -> bytes:
    return case_pdf(report(), locale="en", chart_png=png)


@pytest.fixture(scope="module")
def text(pdf) -> str:
    return "\n".join(pdf_text(pdf))


# ---------------------------------------------------------------------------------------------- chart


def test_the_chart_is_a_png_of_the_promised_size_with_the_lines_drawn(png):
    assert png.startswith(b"\x89PNG")
    picture = image(png)
    assert picture.size == CHART_SIZE_PX
    assert TAB_BLUE in {colour for _, colour in picture.getcolors(maxcolors=1_000_000)}


def test_with_no_scores_the_chart_is_still_a_png_but_without_lines():
    for empty in ([], [Series("Parent or carer 1", ())]):
        picture = image(chart(empty))
        assert picture.size == CHART_SIZE_PX
        assert TAB_BLUE not in {colour for _, colour in picture.getcolors(maxcolors=1_000_000)}


def test_one_point_and_names_in_any_script_make_a_chart():
    for name in ("مرحبا بكم", "ہے یہ اچھا", "Żółć", "Mae'n ŵyl", "_leading underscore", "$x$ costs $5"):
        picture = image(chart([Series(name, ((at(0), 5),))], zero_means="", ten_means=URDU, locale="cy"))
        assert picture.size == CHART_SIZE_PX


def test_scores_close_together_and_long_meanings_make_a_chart():
    close = [Series("Parent or carer 1", ((at(0, 9), 2), (at(0, 11), 3), (at(0, 9), 4)))]
    assert image(chart(close, zero_means="word " * 200, ten_means="x" * 500)).size == CHART_SIZE_PX


def test_same_day_scores_stand_apart_in_the_order_they_were_given():
    same_day = [
        Series("Parent or carer 1", ((at(0, 9), 3), (at(0, 15), 4), (at(7), 6))),
        Series("Social worker", ((at(0, 11), 3),)),
    ]
    parent, worker = reports.chart_places(same_day)
    assert parent[0][0] < worker[0][0] < parent[1][0] < parent[2][0], "9:30, 11:30, 15:30, then a week on"
    assert len({x for one in (parent, worker) for x, _ in one}) == 4, "no point on top of another"
    assert parent[2][0] - parent[0][0] > 6, "the days themselves keep their distance"


def test_each_date_is_labelled_once():
    close = [Series("Parent or carer 1", tuple((at(0, hour), hour) for hour in range(9)))]
    days_apart = [Series("Parent or carer 1", ((at(0), 3), (at(2), 4)))]
    month = [Series("Parent or carer 1", tuple((at(day), 5) for day in range(30)))]
    reports._chart_fonts()
    for points in (series(), close, days_apart, month):
        with matplotlib.rc_context(reports.CHART_STYLE):
            figure = reports._new_figure()
            reports._plot_series(figure, points, zero_means="", ten_means="", title="", locale="en")
            figure.canvas.draw()
            labels = [label.get_text() for label in figure.axes[0].get_xticklabels() if label.get_text()]
            figure.clear()
        assert labels and len(labels) == len(set(labels)) <= reports.CHART_TICKS, labels
    assert len(reports.chart_ticks(close)) == 1


def test_charts_leave_no_figures_behind():
    for _ in range(3):
        chart()
    assert pyplot.get_fignums() == []


# ---------------------------------------------------------------------------------------------- PDF


def test_the_pdf_has_the_case_and_the_three_columns(text):
    flat = " ".join(text.split())
    assert "Smith family (C-104)" in flat
    assert "Sam Jones" in flat
    for heading in ("What are we worried about?", "What's working well?", "What needs to happen?"):
        assert heading in flat
    assert flat.index("What are we worried about?") < flat.index("What's working well?")
    assert flat.index("What's working well?") < flat.index("What needs to happen?")


def test_the_three_columns_stand_side_by_side_with_the_scale_under_them(pdf):
    spots = word_spots(pdf)
    worried, working, needed = spots["Mae'n"], spots["Żółć"], spots[URDU.split()[0]]
    assert worried.page == working.page == needed.page == 0
    assert worried.x < working.x < needed.x, "left to right: worries, working well, needs to happen"
    assert worried.y == working.y, "each column's first words on the same line, as on a map"
    scaling = spots["Scaling"]
    assert scaling.page == 0 and scaling.y < min(s.y for s in (worried, working, needed)), "the scale is under them"
    assert spots["Confident"].y > spots["Too"].y, "10 before 0"


def test_in_an_arabic_or_urdu_report_the_columns_run_from_the_right():
    marked = report(
        worries=(Entry("Young person 1", at(0), "Alpha"),),
        working_well=(Entry("Young person 1", at(0), "Bravo"),),
        needs_to_happen=(Entry("Young person 1", at(0), "Charlie"),),
    )
    for locale in ("ar", "ur"):
        spots = word_spots(case_pdf(marked, locale=locale, chart_png=None))
        worried, working, needed = spots["Alpha"], spots["Bravo"], spots["Charlie"]
        assert worried.x > working.x > needed.x, locale
        assert worried.y == working.y, locale


def test_arabic_in_a_column_stays_in_its_column_and_reads_right_to_left(pdf):
    spots = word_spots(pdf)
    first, second = ARABIC.split()
    assert spots["Mae'n"].x < spots[second].x < spots[first].x < spots["Żółć"].x
    assert spots[first].x > spots["Parent"].x + 20, "set from the column's right edge, not its left"


def test_every_version_of_a_changed_item_is_there_with_its_date():
    changed = Entry(
        "Young person 1", at(2), "Dad shouts less now", earlier=((at(0), "Dad shouts"), (at(1), "Dad shouts a lot"))
    )
    text = " ".join("\n".join(pdf_text(case_pdf(report(worries=(changed,)), locale="en", chart_png=None))).split())
    assert "Young person 1, 3 Mar 2025, 09:30 Dad shouts less now" in text
    assert "(before 1 Mar 2025, 09:30: Dad shouts)" in text
    assert "(before 2 Mar 2025, 09:30: Dad shouts a lot)" in text


def test_what_10_would_look_like_is_in_the_scaling_table():
    scores = (Score("Parent or carer 1", at(0), 3, "We love them", "We finish the course", "The kids home for good"),)
    flat = " ".join("\n".join(pdf_text(case_pdf(report(scaling=scores), locale="en", chart_png=None))).split())
    assert "What would 10 look like?" in flat
    assert "3 We love them We finish the course The kids home for good" in flat


def test_words_in_welsh_polish_arabic_and_urdu_come_back_out(text):
    assert WELSH in text
    assert POLISH in text
    for word in ARABIC.split() + URDU.split():  # word order is visual (right to left) in the extraction
        assert word in text


def test_the_arabic_is_shaped_right_to_left(pdf, text):
    assert ARABIC in text and URDU in text  # the words in the order they were written
    assert len(codes_for(fonts(pdf)["NotoNaskhArabic"], BEH)) >= 2  # initial and medial beh: two glyphs


def test_the_shaping_check_fails_on_unshaped_text(monkeypatch):
    monkeypatch.setattr(reports._CasePdf, "set_text_shaping", lambda self, *args, **kwargs: None)
    unshaped = case_pdf(report(), locale="en", chart_png=None)
    assert len(codes_for(fonts(unshaped)["NotoNaskhArabic"], BEH)) == 1


def test_punjabi_comes_back_out_and_is_shaped(pdf, text):
    # In logical order. A vowel sign drawn before its letter makes a cluster of two glyphs; fpdf2 maps the
    # cluster's text to the first and nothing to the second, which pypdf gives back as a control character.
    assert PUNJABI in re.sub(r"[\x00-\x08]", "", text)
    assert JOINED_RA in glyph_texts(fonts(pdf)["NotoSansGurmukhi"])  # one glyph for the joined ra


def test_the_gurmukhi_shaping_check_fails_on_unshaped_text(monkeypatch):
    monkeypatch.setattr(reports._CasePdf, "set_text_shaping", lambda self, *args, **kwargs: None)
    unshaped = case_pdf(report(), locale="en", chart_png=None)
    assert JOINED_RA not in glyph_texts(fonts(unshaped)["NotoSansGurmukhi"])  # letter by letter


def test_the_pdf_embeds_its_fonts(pdf):
    found = fonts(pdf)
    assert {"NotoSans", "NotoSansBold", "NotoNaskhArabic", "NotoSansGurmukhi"} <= set(found)
    for font in found.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


def test_the_scaling_table_has_the_numbers_and_the_reasons(text):
    flat = " ".join(text.split())
    assert re.search(r"Parent or carer 1 1 Mar 2025, 09:30 3 We love them We finish the course", flat)
    assert re.search(r"Social worker 6 Mar 2025, 09:30 7 The plan is kept School sees it too", flat)
    assert re.search(r"Young person 1 2 Mar 2025, 09:30 4 Nan is there Dad stops shouting", flat)
    for words in ("The children are safe at home", "Too worried for them to stay", "Confident they are safe"):
        assert words in flat


def test_the_other_sections_are_there(text):
    for words in (
        "A dog that keeps watch",
        "Nan: she lets me stay when things are loud",
        "Shared understanding",
        "Parents can say the worries",
        "A written plan",
        "No words added.",
    ):
        assert words in text


def test_the_pdf_ends_with_the_credit_line(text):
    flat = " ".join(text.split())
    credit = " ".join(render(CREDIT, "en").split())
    assert credit.startswith("Built on the Signs of Safety approach.")
    assert credit in flat
    assert flat.index(credit) > flat.index("Shared understanding")


def test_every_page_says_it_is_confidential_and_numbers_itself(pdf):
    pages = pdf_text(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Confidential: social care record" in page
        assert f"Page {number} of {len(pages)}" in page


def test_empty_sections_say_nothing_shared_yet():
    pages = pdf_text(case_pdf(empty_report(), locale="en", chart_png=None))
    assert "\n".join(pages).count("Nothing shared yet.") == 9


def test_long_unbroken_words_wrap_and_print_in_full():
    long_word, huge = "ŷ" * 3000, "Long " * 700
    tall = report(
        worries=(Entry("Parent or carer 1", at(0), long_word),),
        scaling=(Score("Social worker", at(5), 2, huge, "x" * 2500),),
    )
    text = "\n".join(pdf_text(case_pdf(tall, locale="en", chart_png=None)))
    assert text.count("ŷ") == 3000
    assert text.count("Long") == 700


def test_the_welsh_pdf_shows_dates_in_welsh():
    text = "\n".join(pdf_text(case_pdf(report(), locale="cy", chart_png=None)))
    assert "Maw 2025" in text  # Mawrth, March
    assert WELSH in text


# ---------------------------------------------------------------------------------------------- CSV


def rows() -> list[CsvRow]:
    return [
        CsvRow("C-104", "Young person 1", "young person", "worries", URDU, at(0), {"house": "worries", "n": 1}),
        CsvRow("C-104", "Parent or carer 1", "parent", "scaling", 6, at(1), {"why": POLISH}),
        CsvRow("C-104", "=cmd|' /C calc'!A0", "parent", "worries", '=HYPERLINK("http://x")', at(2)),
        CsvRow("C-104", "Parent or carer 2", "parent", "worries", "+1", at(3)),
        CsvRow("C-104", "Parent or carer 2", "parent", "worries", "-2", at(3)),
        CsvRow("C-104", "Parent or carer 2", "parent", "worries", "@SUM(A1)", at(3)),
        CsvRow("C-104", "Parent or carer 2", "parent", "worries", "\tTab", at(3)),
        CsvRow("C-104", "Parent or carer 2", "parent", "worries", "\rReturn", at(3)),
    ]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_starts_with_a_bom_and_the_header():
    data = answers_csv(rows())
    assert data.startswith(b"\xef\xbb\xbf")
    table = read_csv(data)
    assert table[0] == list(CSV_COLUMNS) == ["case", "who", "role", "topic", "value", "details", "when"]
    assert len(table) == 1 + len(rows())


def test_the_csv_round_trips_any_script_details_and_times():
    table = read_csv(answers_csv(rows()))
    first, second = (dict(zip(table[0], row, strict=True)) for row in table[1:3])
    assert first["value"] == URDU
    assert json.loads(first["details"]) == {"house": "worries", "n": 1}
    assert json.loads(second["details"]) == {"why": POLISH}
    assert second["value"] == "6"
    assert first["when"] == "2025-03-01T09:30:00Z"
    assert datetime.fromisoformat(first["when"]) == at(0)


def test_formula_looking_cells_are_neutralised():
    table = read_csv(answers_csv(rows()))
    values = [row[4] for row in table[1:]]
    assert values[2:] == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "'\tTab", "'\rReturn"]
    assert table[3][1] == "'=cmd|' /C calc'!A0"
    assert values[0] == URDU  # ordinary words are untouched


def test_an_empty_export_is_just_the_header():
    assert read_csv(answers_csv([])) == [list(CSV_COLUMNS)]


@dataclass(frozen=True)
class Spot:
    page: int
    x: float
    y: float  # from the foot of the page: higher up is larger


def word_spots(data: bytes) -> dict[str, Spot]:
    """Where each drawn piece of text first starts (page, x and y in points), from pypdf's text visitor."""
    spots: dict[str, Spot] = {}
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(data)).pages):

        def visit(text, cm, tm, font, size, number=number):
            for word in text.split():
                spots.setdefault(word, Spot(number, tm[4] + cm[4], tm[5] + cm[5]))

        page.extract_text(visitor_text=visit)
    return spots


def word_places(data: bytes) -> dict[str, float]:
    """Where each drawn word starts on its line (x in points), from pypdf's text visitor."""
    places: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            places.setdefault(text.strip(), tm[4] + cm[4])

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return places


def test_a_long_arabic_paragraph_comes_back_whole_and_in_the_order_it_was_written():
    long = " ".join(["أنا خائف من الذهاب إلى البيت لأن أبي يصرخ"] * 8)  # several lines
    data = case_pdf(report(wishes=(Entry("Young person 1", at(3), long),)), locale="en", chart_png=None)
    assert long in re.sub(r"\s+", " ", "\n".join(pdf_text(data)))


def test_english_words_inside_arabic_keep_their_order_and_the_line_reads_right_to_left():
    mixed = "أحب Manchester United كثيرا"
    data = case_pdf(report(wishes=(Entry("Young person 1", at(3), mixed),)), locale="en", chart_png=None)
    assert mixed in "\n".join(pdf_text(data))
    x = word_places(data)
    assert x["أحب"] > x["United"] > x["Manchester"] > x["كثيرا"]  # first word on the right, "Manchester United"


def test_arabic_reasons_in_the_scaling_table_come_back_in_the_order_they_were_written():
    why, higher, ten = "نحن نحب أطفالنا كثيرا", "أن نذهب إلى المجموعة كل أسبوع", "البيت هادئ كل يوم"
    scores = (Score("Parent or carer 1", at(0), 3, why, higher, ten),)
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(case_pdf(report(scaling=scores), locale="en", chart_png=None))))
    for words in (why, higher, ten):
        assert words in text
    assert "Parent or carer 1 1 Mar 2025, 09:30 3" in text, "who, when and the number still read left to right"


def test_an_arabic_report_s_table_headings_and_footer_read_in_order():
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(case_pdf(report(), locale="ar", chart_png=None))))
    title = T("Case report: {case}", case="Smith family (C-104)")
    for message in (title, T("What makes it this number and not 0?"), T("Confidential: social care record")):
        assert render(message, "ar") in text
    assert render(T("Page {page} of {pages}", page=1, pages=2), "ar") in text


@pytest.mark.parametrize("words", [ARABIC, URDU, PUNJABI])
def test_the_chart_draws_words_that_need_shaping_shaped_not_letter_by_letter(words):
    """A title and a meaning of 10 in a script that joins its letters: the chart differs from the chart of
    the same letters kept apart (a zero-width non-joiner between each); for Latin letters, which do not
    join, the two are the same picture."""

    def drawn(text: str) -> bytes:
        return chart(title=text, ten_means=text, locale="ar")

    assert drawn(POLISH) == drawn("\u200c".join(POLISH)), "a non-joiner alone changes nothing"
    assert drawn(words) != drawn("\u200c".join(words))


def test_in_an_arabic_or_urdu_report_the_score_table_runs_from_the_right():
    for locale, from_the_right in (("en", False), ("ar", True), ("ur", True)):
        only_in_the_table = report(worries=(Entry("Young person 1", at(0), WELSH),))  # "Parent" only in the table
        spots = word_spots(case_pdf(only_in_the_table, locale=locale, chart_png=None))
        assert (spots["Parent"].x > spots["finish"].x) is from_the_right, locale  # who, then one point higher
