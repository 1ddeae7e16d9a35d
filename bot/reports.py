"""Reports for a case: the assessment PDF, the scaling chart (PNG) and every answer as CSV.

Pure renderers: they take plain values (no database, no Telegram) and return bytes. Every label a
person reads is a gettext message (`T`) rendered in the reader's language; the words people wrote
are printed exactly as written, in any language or script.

Fonts: Noto Sans (Latin, Greek, Cyrillic), Noto Naskh Arabic (Arabic and Urdu) and Noto Sans Gurmukhi
(Punjabi) are bundled in ``bot/fonts`` under the SIL Open Font License (``bot/fonts/OFL.txt``);
matplotlib's DejaVu Sans is a last fallback for symbols. The PDF shapes Arabic script right to left, and
Gurmukhi's vowel signs and joined letters, with HarfBuzz (``uharfbuzz``); the chart and the houses picture
rely on matplotlib's own libraqm text layout (matplotlib 3.11 and later).
"""

from __future__ import annotations

import csv
import io
import json
import math
import textwrap
import threading
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path

import matplotlib
from babel import Locale
from babel.dates import format_datetime
from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, XPos, YPos
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter

from bot.i18n import DATE_LOCALES, TIME_ZONE, render
from dialogues import practice
from dialogues.home import CREDIT
from dialogues.languages import LANGUAGES
from dialogues.messages import T, Text
from dialogues.shared_view import plain_words

FONTS = Path(__file__).resolve().parent / "fonts"
LATIN_REGULAR = FONTS / "NotoSans-Regular.ttf"
LATIN_BOLD = FONTS / "NotoSans-Bold.ttf"
ARABIC = FONTS / "NotoNaskhArabic-Regular.ttf"
ARABIC_BOLD = FONTS / "NotoNaskhArabic-Bold.ttf"
GURMUKHI = FONTS / "NotoSansGurmukhi-Regular.ttf"
GURMUKHI_BOLD = FONTS / "NotoSansGurmukhi-Bold.ttf"
SYMBOLS = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"

CHART_INCHES = (10.0, 6.0)
CHART_DPI = 100
CHART_SIZE_PX = (int(CHART_INCHES[0] * CHART_DPI), int(CHART_INCHES[1] * CHART_DPI))  # width, height
CHART_FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Gurmukhi", "DejaVu Sans"]
CHART_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
CHART_STYLE = {"font.family": CHART_FAMILIES, "text.parse_math": False, "font.size": 12}
CHART_TICKS = 8  # at most this many dates under the chart
SAME_DAY_STEP = 0.015  # how far apart same-day scores stand: this share of the days the chart spans

CSV_COLUMNS = ("case", "who", "role", "topic", "value", "details", "when")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

NOTHING_YET = T("Nothing shared yet.")

# matplotlib's rcParams are global: charts are drawn one at a time.
_chart_lock = threading.Lock()


# ----------------------------------------------------------------------------------------------
# What a report is made of
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One thing someone shared."""

    who: str  # already-rendered name, e.g. "Young person 1", "Parent or carer 2", "Sam Jones"
    when: datetime  # UTC, timezone-aware
    words: str  # as written, any language or script
    marks: tuple[str, ...] = ()  # already rendered, shown beside the words: "Raised an alert", "Forwarded..."
    earlier: tuple[tuple[datetime, str], ...] = ()  # a changed item's earlier versions, oldest first, rendered
    picture: bytes | None = None  # a young person's picture in a house, shown under its words


@dataclass(frozen=True)
class Score:
    """One scaling answer."""

    who: str
    when: datetime
    number: int  # 0-10
    why_not_lower: str  # "What makes it X and not 0?" (may be "")
    one_higher: str  # "What would one point higher look like?" (may be ""; for a 0, what would make it a 1)
    ten_looks_like: str = ""  # "What would 10 look like?", asked of parents now and then (may be "")
    marks: tuple[str, ...] = ()  # already rendered, shown beside the number: "Raised an alert"


@dataclass(frozen=True)
class Series:
    """One person's scores over time, for the chart."""

    who: str
    points: tuple[tuple[datetime, int], ...]


@dataclass(frozen=True)
class AimCheck:
    """A practice-guide check saved for the case."""

    when: datetime
    aim: str  # the aim's title, already rendered
    seen: tuple[str, ...]  # signs of success the worker saw
    missing: tuple[str, ...]  # signs not there


@dataclass(frozen=True)
class CaseReport:
    """Everything the case PDF shows."""

    case_label: str
    made_at: datetime
    made_by: str  # the worker's name
    worries: tuple[Entry, ...]  # column 1: what are we worried about (house of worries)
    working_well: tuple[Entry, ...]  # column 2: what's working well (house of good things)
    needs_to_happen: tuple[Entry, ...]  # column 3: what needs to happen (house of dreams)
    wishes: tuple[Entry, ...]  # the wizard's / fairy's three wishes
    safety_scales: tuple[Score, ...]  # the young person's "how safe do I feel" scale
    safety_people: tuple[Entry, ...]  # words = "Nan: she lets me stay when things are loud"
    scaling: tuple[Score, ...]  # parents' and the worker's scores on the case's scale
    scale_goal: str  # the safety goal (worker's words), may be ""
    zero_means: str  # what 0 means on the case's scale
    ten_means: str  # what 10 means
    aim_checks: tuple[AimCheck, ...]
    alerts: tuple[Entry, ...]  # "I don't feel safe" alerts (words may be "")
    said_outside: tuple[Entry, ...] = ()  # words typed where a button was expected
    words_to: tuple[Entry, ...] = ()  # "You said, we did": each worker's message, then its 👍 and replies
    story: tuple[Entry, ...] = ()  # words and pictures: the approved story's pages, then the young people's questions


@dataclass(frozen=True)
class CsvRow:
    """One answer, one line of the CSV export."""

    case: str
    who: str
    role: str
    topic: str
    value: str | int
    when: datetime  # UTC
    details: Mapping[str, object] = field(default_factory=dict)  # written as JSON


# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------


def _locale(locale: str) -> str:
    """A locale we have a catalog and date names for ("en" otherwise)."""
    return locale if locale in LANGUAGES else "en"


def _say(text: Text, locale: str) -> str:
    """``text`` rendered for the reader."""
    return render(text, _locale(locale))


def is_right_to_left(words: str) -> bool:
    """Whether ``words`` start (first strong character) in a right-to-left script such as Arabic or Urdu."""
    for ch in words:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _utc(when: datetime) -> datetime:
    """``when`` as an aware UTC datetime (a naive one is taken to be UTC already)."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


# ----------------------------------------------------------------------------------------------
# The chart
# ----------------------------------------------------------------------------------------------


@cache
def _chart_fonts() -> None:
    """Make the bundled fonts known to matplotlib (once per process)."""
    for path in (LATIN_REGULAR, LATIN_BOLD, ARABIC, ARABIC_BOLD, GURMUKHI, GURMUKHI_BOLD):
        font_manager.fontManager.addfont(str(path))


def _wrap(words: str, width: int, max_lines: int = 4) -> str:
    """``words`` wrapped for a chart label; very long text ends in an ellipsis (the PDF prints it in full)."""
    return "\n".join(textwrap.wrap(words, width, max_lines=max_lines, placeholder=" …")) if words else ""


def _new_figure() -> Figure:
    """A figure drawn by the Agg backend, outside pyplot (nothing global keeps it alive)."""
    figure = Figure(figsize=CHART_INCHES, dpi=CHART_DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    figure.clear()
    return buffer.getvalue()


def _day_formatter(locale: str) -> FuncFormatter:
    """Dates in the reader's language (a tick is a day's noon, so its date is the same in UK time)."""
    babel_locale = DATE_LOCALES.get(locale, locale)

    def label(x: float, _pos: int | None = None) -> str:
        return format_datetime(num2date(x).astimezone(TIME_ZONE), "d MMM y", locale=babel_locale)

    return FuncFormatter(label)


def _noon(day: date) -> float:
    """Where a day stands on the chart's x axis: its noon (UTC, so the same date in UK time all year)."""
    return float(date2num(datetime.combine(day, time(12), tzinfo=UTC)))


def chart_places(series: Sequence[Series]) -> list[list[tuple[float, int]]]:
    """Each series' points as (x, number), oldest first: x is the day the score was given (UK time), and
    scores given on the same day, by anyone, stand apart around it in the order they were given, so that
    none hides another."""
    days = sorted({_utc(when).astimezone(TIME_ZONE).date() for one in series for when, _ in one.points})
    if not days:
        return [[] for _ in series]
    step = max((days[-1] - days[0]).days, 1) * SAME_DAY_STEP
    found: dict[date, list[tuple[datetime, int, int]]] = {}
    for i, one in enumerate(series):
        for when, number in sorted((_utc(when), number) for when, number in one.points):
            found.setdefault(when.astimezone(TIME_ZONE).date(), []).append((when, i, number))
    places: list[list[tuple[float, int]]] = [[] for _ in series]
    for day, points in found.items():
        for k, (_, i, number) in enumerate(sorted(points)):
            places[i].append((_noon(day) + (k - (len(points) - 1) / 2) * step, number))
    return [sorted(one) for one in places]


def chart_ticks(series: Sequence[Series]) -> list[float]:
    """The days to label on the x axis: each day with a score, once, and at most ``CHART_TICKS`` of them
    (every second, third... day with a score when there are more)."""
    days = sorted({_utc(when).astimezone(TIME_ZONE).date() for one in series for when, _ in one.points})
    every = -(-len(days) // CHART_TICKS)
    return [_noon(day) for day in days[::every]]


def _empty_chart(figure: Figure, title: str, locale: str) -> None:
    figure.suptitle(_wrap(title, 70, 2), fontsize=16)
    figure.text(0.5, 0.5, _say(T("No scores yet."), locale), ha="center", va="center", fontsize=24, color="0.35")


def _plot_series(
    figure: Figure, series: Sequence[Series], *, zero_means: str, ten_means: str, title: str, locale: str
) -> None:
    axes = figure.add_subplot()
    lines, names, xs = [], [], []
    drawn = [one for one in series if one.points]
    for i, (one, places) in enumerate(zip(drawn, chart_places(drawn), strict=True)):
        (line,) = axes.plot(
            [x for x, _ in places],
            [number for _, number in places],
            marker=CHART_MARKERS[i % len(CHART_MARKERS)],
            linewidth=2,
            markersize=7,
        )
        lines.append(line)
        names.append(_wrap(one.who, 30, 2))
        xs.extend(x for x, _ in places)
    axes.set_ylim(-0.5, 10.5)
    axes.set_yticks(range(11))
    axes.grid(True, axis="y", color="0.9")
    meanings = axes.secondary_yaxis("right")
    meanings.set_yticks([0, 10], labels=[_wrap(zero_means, 26), _wrap(ten_means, 26)])
    pad = max((max(xs) - min(xs)) * 0.05, 1.0)  # at least a day each side
    axes.set_xlim(min(xs) - pad, max(xs) + pad)
    axes.xaxis.set_major_locator(FixedLocator(chart_ticks(drawn)))
    axes.xaxis.set_major_formatter(_day_formatter(locale))
    axes.set_title(_wrap(title, 70, 2), fontsize=15)
    # Explicit labels: a name that starts with "_" is still shown.
    axes.legend(lines, names, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=min(len(lines), 4), frameon=False)


def progress_chart(series: Sequence[Series], *, zero_means: str, ten_means: str, title: str, locale: str) -> bytes:
    """PNG (``CHART_SIZE_PX``) of each person's scores over time: one line each, y axis 0 to 10 with the
    meanings of 0 and 10 on the right, dates on the x axis, a legend below. With no scores at all the
    image says so. Names and meanings may be in any script (Arabic and Urdu are shaped right to left)."""
    _chart_fonts()
    locale = _locale(locale)
    with _chart_lock, matplotlib.rc_context(CHART_STYLE):
        figure = _new_figure()
        if any(one.points for one in series):
            _plot_series(figure, series, zero_means=zero_means, ten_means=ten_means, title=title, locale=locale)
        else:
            _empty_chart(figure, title, locale)
        return _png(figure)


# ----------------------------------------------------------------------------------------------
# The case PDF
# ----------------------------------------------------------------------------------------------

BODY_SIZE = 10.5
LINE = 5.5
WORDS_INDENT = 5.0  # mm: a person's words sit in from their name and date, every line of them
SCORE_COLUMNS = (16, 17, 7, 30, 30)  # relative widths: who, when, score, why not lower, one point higher
TEN_COLUMNS = (15, 16, 7, 24, 24, 24)  # the same, and what 10 would look like
COLUMN_GAP = 5.0  # mm between the three columns
TABLE_PADDING = 1.2  # mm inside each cell of a table
NB_ALIAS = "{nb}"  # where fpdf2 writes the number of pages


class _CasePdf(FPDF):
    """A4 pages with the confidentiality line and the page number in every footer."""

    def __init__(self, locale: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.locale = locale
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)
        self.add_font("NotoSans", "", str(LATIN_REGULAR))
        self.add_font("NotoSans", "B", str(LATIN_BOLD))
        self.add_font("NotoNaskhArabic", "", str(ARABIC))
        self.add_font("NotoNaskhArabic", "B", str(ARABIC_BOLD))
        self.add_font("NotoSansGurmukhi", "", str(GURMUKHI))
        self.add_font("NotoSansGurmukhi", "B", str(GURMUKHI_BOLD))
        self.add_font("DejaVuSans", "", str(SYMBOLS))
        self.set_fallback_fonts(["NotoNaskhArabic", "NotoSansGurmukhi", "DejaVuSans"], exact_match=False)
        self.set_text_shaping(True)
        self.alias_nb_pages(NB_ALIAS)
        self.set_title(_say(T("Case report"), locale))
        self.set_creator("Safety Companion")

    def footer(self) -> None:
        """Confidential on the left, the page number on the right."""
        self.set_y(-14)
        self.set_font("NotoSans", "", 8)
        self.set_text_color(90)
        confidential = _say(T("Confidential: social care record"), self.locale)
        page = _say(T("Page {page} of {pages}", page=self.page_no(), pages=NB_ALIAS), self.locale)
        if is_right_to_left(confidential):  # mirrored, and drawn in logical order as a right-to-left line is
            y = self.get_y()
            _right_to_left_line(self, confidential, self.w - self.r_margin, y, 5, "")
            self.set_font("NotoSans", "", 8)
            _right_to_left_line(self, page, self.l_margin + self.get_string_width(page), y, 5, "")
        else:
            self.cell(0, 5, confidential, align=Align.L)
            self.set_x(self.l_margin)
            self.cell(0, 5, page, align=Align.R)
        self.set_text_color(0)


def _write(
    pdf: FPDF, words: str, *, bold: bool = False, size: float = BODY_SIZE, grey: bool = False, indent: float = 0
) -> None:
    """A paragraph across the page, aligned to the right when it starts in a right-to-left script; with
    ``indent``, every line of it starts that far in (a person's words under their name: all their lines,
    line breaks and all, stay visibly inside their own entry)."""
    pdf.set_font("NotoSans", "B" if bold else "", size)
    pdf.set_text_color(80 if grey else 0)
    height = size * 0.5 + 0.3
    if is_right_to_left(words):
        _write_right_to_left(pdf, words, height, bold=bold, indent=indent)
    else:
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, height, words, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0)


def _direction(word: str) -> str | None:
    """ "L" or "R" from a word's first strong character; None for a word with none (numbers, marks)."""
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None


def _runs(tokens: list[str]) -> list[tuple[str, list[int]]]:
    """The tokens (words and the spaces between them, in logical order) grouped into runs of one direction
    for a right-to-left paragraph: a space or a number between two left-to-right words stays in their run,
    everything else runs right to left."""
    known = [_direction(t) for t in tokens]
    kinds = []
    for i, kind in enumerate(known):
        if kind is None:
            before = next((k for k in reversed(known[:i]) if k), "R")
            after = next((k for k in known[i + 1 :] if k), "R")
            kind = "L" if before == after == "L" else "R"
        kinds.append(kind)
    runs: list[tuple[str, list[int]]] = []
    for i, kind in enumerate(kinds):
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(i)
        else:
            runs.append((kind, [i]))
    return runs


def _write_right_to_left(pdf: FPDF, words: str, height: float, *, bold: bool, indent: float = 0) -> None:
    """A right-to-left paragraph across the page, broken into lines as fpdf2 would, each line laid out by
    `_right_to_left_line` from the right margin."""
    style = "B" if bold else ""
    lines = pdf.multi_cell(pdf.epw - indent, height, words, dry_run=True, output=MethodReturnValue.LINES)
    for line in lines:
        if pdf.will_page_break(height):
            pdf.add_page()
        y = pdf.get_y()
        _right_to_left_line(pdf, line, pdf.w - pdf.r_margin - indent, y, height, style)
        pdf.set_xy(pdf.l_margin, y + height)


def _piece_kind(ch: str) -> str:
    """Right-to-left letters; other letters; digits; anything else (punctuation, symbols). A mark or a joiner
    has no kind of its own: it stays with the letter before it."""
    category = unicodedata.category(ch)
    if category[0] == "L":
        return "rtl" if unicodedata.bidirectional(ch) in ("R", "AL") else "ltr"
    return "mark" if category[0] == "M" or category == "Cf" else "digit" if category == "Nd" else "other"


def _pieces(word: str) -> list[str]:
    """A word split where letters meet digits, punctuation or letters of the other direction ("الحالة:" into
    "الحالة" and ":", "وCASCADE" into "و" and "CASCADE"), so that in a right-to-left line each piece takes
    its own place and is drawn in logical order; a piece is never split inside, so its letters stay joined
    and a number reads left to right."""
    if word == NB_ALIAS:  # the page count, put in by fpdf2 at the end: kept whole
        return [word]
    pieces: list[str] = []
    kinds: list[str] = []
    for ch in word:
        kind = _piece_kind(ch)
        if pieces and kind in (kinds[-1], "mark"):
            pieces[-1] += ch
        else:
            pieces.append(ch)
            kinds.append(kind)
    return pieces or [word]


def _font_for(piece: str) -> str:
    """The font a piece of a right-to-left line is drawn in: the Arabic font for a space or anything in the
    Arabic script, else the Latin one (whose fallbacks draw the rest). Chosen here, not left to fpdf2's
    fallback: a cell drawn wholly in a fallback font first on a page leaves fpdf2 believing the Latin font is
    set, and the next cell's text is then written in the Arabic one."""
    arabic = any(0x0600 <= ord(ch) <= 0x06FF or 0x0750 <= ord(ch) <= 0x077F or 0xFB50 <= ord(ch) <= 0xFEFF
                 for ch in piece)  # fmt: skip
    return "NotoNaskhArabic" if piece == " " or arabic else "NotoSans"


def _right_to_left_line(pdf: FPDF, line: str, right: float, y: float, height: float, style: str) -> None:
    """One line of a right-to-left paragraph, laid out word by word leftwards from ``right`` (left-to-right
    words inside it keep their order), and drawn in logical order: so the PDF reads the words back in the
    order they were written (copying, search, screen readers, pypdf), not mirrored. Each word is still
    shaped by HarfBuzz; the spaces are drawn in the Arabic font."""
    tokens = [t for part in line.split(" ") for t in (*_pieces(part), " ")][:-1]
    widths = []
    for token in tokens:
        pdf.set_font(_font_for(token), style)
        widths.append(pdf.get_string_width(token))
    places = [0.0] * len(tokens)
    for kind, members in _runs(tokens):
        width = sum(widths[i] for i in members)
        x = right if kind == "R" else right - width
        for i in members:
            if kind == "R":
                x -= widths[i]
                places[i] = x
            else:
                places[i] = x
                x += widths[i]
        right -= width
    for token, x, width in zip(tokens, places, widths, strict=True):
        if token:
            pdf.set_font(_font_for(token), style)
            pdf.set_xy(x, y)
            pdf.cell(width, height, token)
    pdf.set_font("NotoSans", style)


def _keep_room(pdf: FPDF, height: float) -> None:
    """Start a new page unless ``height`` mm are left: a label is not left alone at the foot of a page."""
    if pdf.will_page_break(height):
        pdf.add_page()


def _heading(pdf: _CasePdf, text: Text) -> None:
    """A section heading, moved to the next page when it would end this one."""
    _keep_room(pdf, 30)
    pdf.ln(4)
    _write(pdf, _say(text, pdf.locale), bold=True, size=15)
    pdf.ln(1)


def _nothing(pdf: _CasePdf) -> None:
    _write(pdf, _say(NOTHING_YET, pdf.locale), grey=True)


PICTURE_WIDTH = 60  # millimetres: a drawing big enough to see, small enough to keep the columns readable


def _who_when(who: str, when: datetime, locale: str) -> str:
    return _say(T("{who}, {when}", who=who, when=_utc(when)), locale)


def _earlier(when: datetime, words: str, locale: str) -> str:
    """An earlier version of a changed item, with its date, in the words the worker's chat view uses."""
    return _say(T("  (before {date}: {words})", date=_utc(when), words=Text.as_written(words)), locale).strip()


def _entries(pdf: _CasePdf, heading: Text, entries: Sequence[Entry], *, empty_words: Text | None = None) -> None:
    """A section of things people shared: who and when in bold, then their words as written (and, for a
    changed item, each earlier version with its date)."""
    _heading(pdf, heading)
    if not entries:
        _nothing(pdf)
    for entry in entries:
        _keep_room(pdf, 15)
        _write(pdf, _who_when(entry.who, entry.when, pdf.locale), bold=True, size=9.5)
        if entry.words:
            _write(pdf, entry.words, indent=WORDS_INDENT)
        elif empty_words is not None:
            _write(pdf, _say(empty_words, pdf.locale), grey=True)
        for when, words in entry.earlier:
            _write(pdf, _earlier(when, words, pdf.locale), size=9.5, grey=True, indent=WORDS_INDENT)
        for mark in entry.marks:
            _write(pdf, mark, bold=True, size=9.5)
        if entry.picture is not None:
            _keep_room(pdf, PICTURE_WIDTH)
            pdf.image(io.BytesIO(entry.picture), x=pdf.l_margin + WORDS_INDENT, w=PICTURE_WIDTH)
        pdf.ln(2)


@dataclass(frozen=True)
class _Line:
    """One line of a column, already broken to the column's width."""

    words: str
    height: float
    size: float = BODY_SIZE
    bold: bool = False
    grey: bool = False
    indent: float = 0
    right_to_left: bool = False
    picture: bytes | None = None  # a picture drawn ``height`` mm tall instead of words


def _lines(
    pdf: FPDF, words: str, width: float, *, bold: bool = False, size: float = BODY_SIZE, grey: bool = False,
    indent: float = 0,
) -> list[_Line]:  # fmt: skip
    """``words`` broken into lines ``width`` mm wide (less ``indent``), as `_write` would break them."""
    pdf.set_font("NotoSans", "B" if bold else "", size)
    height = size * 0.5 + 0.3
    broken = pdf.multi_cell(width - indent, height, words, dry_run=True, output=MethodReturnValue.LINES)
    rtl = is_right_to_left(words)
    return [_Line(line, height, size, bold, grey, indent, rtl) for line in broken]


def _column_lines(pdf: _CasePdf, entries: Sequence[Entry], width: float) -> list[_Line]:
    """A column's entries as lines: who and when in bold, their words, earlier versions, marks."""
    if not entries:
        return _lines(pdf, _say(NOTHING_YET, pdf.locale), width, grey=True)
    lines: list[_Line] = []
    for entry in entries:
        lines += _lines(pdf, _who_when(entry.who, entry.when, pdf.locale), width, bold=True, size=9)
        lines += _lines(pdf, entry.words, width, indent=WORDS_INDENT / 2) if entry.words else []
        if entry.picture is not None:
            lines.append(_picture_line(entry.picture, width - WORDS_INDENT / 2))
        for when, words in entry.earlier:
            lines += _lines(pdf, _earlier(when, words, pdf.locale), width, size=9, grey=True, indent=WORDS_INDENT / 2)
        for mark in entry.marks:
            lines += _lines(pdf, mark, width, bold=True, size=9)
        lines.append(_Line("", 2.5))
    return lines


def _picture_line(picture: bytes, width: float) -> _Line:
    """A young person's picture as a line of its column: as wide as the column (at most `PICTURE_WIDTH`), as
    tall as its shape asks, at most a third of a page."""
    from PIL import Image

    with Image.open(io.BytesIO(picture)) as image:
        across, down = image.size
    shown = min(width, PICTURE_WIDTH)
    height = min(shown * down / max(across, 1), 90.0)
    return _Line("", height + 1.5, indent=WORDS_INDENT / 2, picture=picture)


def _draw_line(pdf: FPDF, line: _Line, x: float, y: float, width: float) -> None:
    """A line of a column at ``x``, ``y``: from the column's left edge, or its right edge when right to left."""
    if line.picture is not None:
        pdf.image(io.BytesIO(line.picture), x=x + line.indent, y=y, h=line.height - 1.5, keep_aspect_ratio=True,
                  w=min(width - line.indent, PICTURE_WIDTH))  # fmt: skip
        return
    pdf.set_font("NotoSans", "B" if line.bold else "", line.size)
    pdf.set_text_color(80 if line.grey else 0)
    if line.right_to_left:
        _right_to_left_line(pdf, line.words, x + width - line.indent, y, line.height, "B" if line.bold else "")
    elif line.words:
        pdf.set_xy(x + line.indent, y)
        pdf.cell(width - line.indent, line.height, line.words, align=Align.L)
    pdf.set_text_color(0)


def _columns(pdf: _CasePdf, columns: Sequence[tuple[Text, Sequence[Entry]]]) -> None:
    """The columns side by side, as on a Signs of Safety map, each under its heading: the first on the left,
    or on the right in a report whose language is written right to left. Each column runs down on its own;
    when one needs another page, all of them go on there under their headings again."""
    _keep_room(pdf, 40)
    pdf.ln(4)
    width = (pdf.epw - COLUMN_GAP * (len(columns) - 1)) / len(columns)
    xs = [pdf.l_margin + i * (width + COLUMN_GAP) for i in range(len(columns))]
    if is_right_to_left(_say(columns[0][0], pdf.locale)):
        xs.reverse()
    headings = [_lines(pdf, _say(heading, pdf.locale), width, bold=True, size=12) for heading, _ in columns]
    flows = [_column_lines(pdf, entries, width) for _, entries in columns]
    done = [0] * len(columns)
    while True:
        top = pdf.get_y()
        for x, heading in zip(xs, headings, strict=True):
            y = top
            for line in heading:
                _draw_line(pdf, line, x, y, width)
                y += line.height
        start = top + max(sum(line.height for line in heading) for heading in headings) + 2
        pdf.set_draw_color(160)
        pdf.line(pdf.l_margin, start - 1, pdf.l_margin + pdf.epw, start - 1)
        ends = []
        for i, (x, flow) in enumerate(zip(xs, flows, strict=True)):
            y = start
            while done[i] < len(flow) and y + flow[done[i]].height <= pdf.page_break_trigger:
                _draw_line(pdf, flow[done[i]], x, y, width)
                y += flow[done[i]].height
                done[i] += 1
            ends.append(y)
        if all(n == len(flow) for n, flow in zip(done, flows, strict=True)):
            pdf.set_xy(pdf.l_margin, max(ends))
            return
        pdf.add_page()


def _date(when: datetime, locale: str) -> str:
    """A date and time in the reader's language and UK time, as `bot.i18n.render` shows them (not a message)."""
    return render(Text("{when}", {"when": _utc(when)}), _locale(locale))


def _score_cells(score: Score, locale: str, *, ten: bool) -> tuple[str, ...]:
    number = "\n".join((str(score.number), *score.marks))
    cells = score.who, _date(score.when, locale), number, score.why_not_lower, score.one_higher
    return (*cells, score.ten_looks_like) if ten else cells


def _score_headings(locale: str, *, ten: bool) -> tuple[str, ...]:
    headings = (
        _say(T("Who"), locale),
        _say(T("When (oldest first)"), locale),
        _say(T("Score"), locale),
        _say(T("What makes it this number and not 0?"), locale),
        _say(T("What would one point higher look like?"), locale),
    )
    return (*headings, _say(T("What would 10 look like?"), locale)) if ten else headings


def _row_height(pdf: FPDF, cells: Sequence[str], widths: Sequence[float], padding: float) -> float:
    """How tall a table row of ``cells`` would be, measured without drawing."""
    heights = [
        sum(line.height for line in _lines(pdf, text, w - 2 * padding, size=9))
        for text, w in zip(cells, widths, strict=True)
    ]
    return max(heights) + 2 * padding


def _score_runs(
    pdf: FPDF, rows: Sequence[tuple[str, ...]], widths: Sequence[float], padding: float
) -> Iterator[tuple[bool, list[tuple[str, ...]]]]:
    """Rows grouped into runs that fit a table (True) and single rows too tall for one page (False)."""
    room = (pdf.page_break_trigger - pdf.t_margin) * 0.75
    run: list[tuple[str, ...]] = []
    for row in rows:
        if _row_height(pdf, row, widths, padding) <= room:
            run.append(row)
            continue
        if run:
            yield True, run
            run = []
        yield False, [row]
    if run:
        yield True, run


def _table_row(pdf: _CasePdf, cells: Sequence[str], xs: Sequence[float], widths: Sequence[float], *,
               bold: bool = False) -> None:  # fmt: skip
    """One row of a table, each cell boxed and its lines drawn as a column's are: words in a right-to-left
    script from the cell's right edge and in logical order (pypdf, copying and screen readers read them in
    the order they were written; fpdf2's own table writes them in visual order)."""
    columns = [
        _lines(pdf, text, w - 2 * TABLE_PADDING, bold=bold, size=9) for text, w in zip(cells, widths, strict=True)
    ]
    height = max(sum(line.height for line in column) for column in columns) + 2 * TABLE_PADDING
    top = pdf.get_y()
    pdf.set_draw_color(0)
    for x, width, column in zip(xs, widths, columns, strict=True):
        pdf.rect(x, top, width, height)
        y = top + TABLE_PADDING
        for line in column:
            _draw_line(pdf, line, x + TABLE_PADDING, y, width - 2 * TABLE_PADDING)
            y += line.height
    pdf.set_xy(pdf.l_margin, top + height)


def _table(
    pdf: _CasePdf, headings: Sequence[str] | None, rows: Sequence[Sequence[str]], relative: Sequence[float]
) -> None:
    """A table across the page, columns as wide as ``relative`` says, its headings (if any) again at the top
    of each new page; its first column on the left, or on the right in a report whose language is written
    right to left."""
    widths = [pdf.epw * w / sum(relative) for w in relative]
    xs = [pdf.l_margin + sum(widths[:i]) for i in range(len(widths))]
    if Locale.parse(pdf.locale).character_order == "right-to-left":
        xs = [2 * pdf.l_margin + pdf.epw - x - w for x, w in zip(xs, widths, strict=True)]
    if headings:
        _table_row(pdf, headings, xs, widths, bold=True)
    for cells in rows:
        if pdf.will_page_break(_row_height(pdf, cells, widths, TABLE_PADDING)):
            pdf.add_page()
            if headings:
                _table_row(pdf, headings, xs, widths, bold=True)
        _table_row(pdf, cells, xs, widths)
    pdf.ln(2)


def _score_table(pdf: _CasePdf, rows: Sequence[tuple[str, ...]], *, ten: bool) -> None:
    _table(pdf, _score_headings(pdf.locale, ten=ten), rows, TEN_COLUMNS if ten else SCORE_COLUMNS)


def _score_block(pdf: _CasePdf, cells: tuple[str, ...], *, ten: bool) -> None:
    """One score whose answers are too long for a table row: each column as its own paragraph."""
    for heading, text in zip(_score_headings(pdf.locale, ten=ten), cells, strict=True):
        _keep_room(pdf, 15)
        _write(pdf, heading, bold=True, size=9.5)
        _write(pdf, text)
    pdf.ln(2)


def _scores(pdf: _CasePdf, scores: Sequence[Score], *, ten: bool = False) -> None:
    """Scores as a table (who, when, number, why not lower, one point higher, and with ``ten`` what 10 would
    look like), oldest first, as the "When" column says."""
    if not scores:
        _nothing(pdf)
        return
    rows = [_score_cells(s, pdf.locale, ten=ten) for s in sorted(scores, key=lambda s: _utc(s.when))]
    relative = TEN_COLUMNS if ten else SCORE_COLUMNS
    widths = [pdf.epw * w / sum(relative) for w in relative]
    pdf.set_font("NotoSans", "", 9)
    for fits, run in _score_runs(pdf, rows, widths, 1.2):
        if fits:
            _score_table(pdf, run, ten=ten)
        else:
            _score_block(pdf, run[0], ten=ten)


def _labelled(pdf: _CasePdf, label: Text, words: str) -> None:
    """A bold label on its own line, then the words as written (nothing when there are none)."""
    if words:
        _keep_room(pdf, 15)
        _write(pdf, _say(label, pdf.locale), bold=True, size=9.5)
        _write(pdf, words)


def _scaling(pdf: _CasePdf, report: CaseReport, chart_png: bytes | None) -> None:
    _heading(pdf, T("Scaling"))
    _labelled(pdf, T("Safety goal"), report.scale_goal)
    _labelled(pdf, T("10 means"), report.ten_means)
    _labelled(pdf, T("0 means"), report.zero_means)
    pdf.ln(1)
    _scores(pdf, report.scaling, ten=True)
    if chart_png:
        pdf.image(io.BytesIO(chart_png), w=pdf.epw)


def _bullets(pdf: _CasePdf, label: Text, items: Sequence[str]) -> None:
    _keep_room(pdf, 15)
    _write(pdf, _say(label, pdf.locale), bold=True, size=9.5)
    if not items:
        _write(pdf, _say(T("None."), pdf.locale), grey=True)
    for item in items:
        _write(pdf, f"• {item}")


def _aim_checks(pdf: _CasePdf, checks: Sequence[AimCheck]) -> None:
    _heading(pdf, T("Practice-guide checks"))
    if not checks:
        _nothing(pdf)
    for check in sorted(checks, key=lambda c: _utc(c.when)):
        _write(pdf, _say(T("{aim}, checked {when}", aim=check.aim, when=_utc(check.when)), pdf.locale), bold=True)
        _bullets(pdf, T("Signs of success seen"), check.seen)
        _bullets(pdf, T("Signs not there yet"), check.missing)
        pdf.ln(2)


def _title(pdf: _CasePdf, report: CaseReport) -> None:
    _write(pdf, _say(T("Case report: {case}", case=report.case_label), pdf.locale), bold=True, size=18)
    made = T("Made on {when} by {worker}.", when=_utc(report.made_at), worker=report.made_by)
    _write(pdf, _say(made, pdf.locale), grey=True)


def case_pdf(report: CaseReport, *, locale: str, chart_png: bytes | None) -> bytes:
    """The assessment PDF for a case, in ``locale``, laid out as a Signs of Safety map: the three columns
    side by side with the scale under them (its 10 before its 0; table and chart), then the wishes, the
    young person's safety scale and safety people, the practice-guide checks, the alerts and the credit for
    the Signs of Safety sources. Fonts are embedded (subset); Arabic script is shaped."""
    pdf = _CasePdf(_locale(locale))
    pdf.add_page()
    _title(pdf, report)
    _columns(
        pdf,
        (
            (T("What are we worried about?"), report.worries),
            (T("What's working well?"), report.working_well),
            (T("What needs to happen?"), report.needs_to_happen),
        ),
    )
    _scaling(pdf, report, chart_png)
    _entries(pdf, T("Three wishes"), report.wishes)
    _heading(pdf, T("How safe the young person feels"))
    _scores(pdf, report.safety_scales)
    _entries(pdf, T("Safety people"), report.safety_people)
    _aim_checks(pdf, report.aim_checks)
    if report.said_outside:
        _entries(pdf, T("Said outside a question"), report.said_outside)
    if report.words_to:
        _entries(pdf, T("You said, we did"), report.words_to)
    if report.story:
        _entries(pdf, T("Words and pictures: the young person's story as approved, and their questions"), report.story)
    _entries(pdf, T("Alerts raised"), report.alerts, empty_words=T("No words added."))
    pdf.ln(6)
    _write(pdf, _say(CREDIT, pdf.locale), size=8, grey=True)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------------------------
# A meeting's voice: a young person's "Before my meeting" answers, for the meeting pack
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingPage:
    """One young person's answers for a meeting: each question (rendered) and their answer, or None."""

    who: str
    asked_at: datetime
    answers: tuple[tuple[str, Entry | None], ...]


def meeting_pdf(label: str, pages: Sequence[MeetingPage], *, locale: str) -> bytes:
    """A short PDF for the meeting pack: each young person's "Before my meeting", question by question, in
    their own words as written."""
    pdf = _CasePdf(_locale(locale))
    pdf.set_title(_say(T("Before my meeting: {case}", case=label), locale))
    pdf.add_page()
    _write(pdf, _say(T("Before my meeting: {case}", case=label), locale), bold=True, size=18)
    _write(pdf, _say(T("Made on {when}. The young person's own words, as they wrote them.",
                       when=_utc(datetime.now(UTC))), locale), grey=True)  # fmt: skip
    if not pages:
        _nothing(pdf)
    for page in pages:
        _heading(pdf, T("{who}, asked on {when}", who=page.who, when=_utc(page.asked_at)))
        for question, entry in page.answers:
            _keep_room(pdf, 15)
            _write(pdf, question, bold=True, size=10.5)
            if entry is None:
                _write(pdf, _say(T("Not answered."), locale), grey=True, indent=WORDS_INDENT)
            else:
                _write(pdf, entry.words, indent=WORDS_INDENT)
                for mark in entry.marks:
                    _write(pdf, mark, bold=True, size=9.5, indent=WORDS_INDENT)
            pdf.ln(2)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------------------------
# A person's own copy (/mydata)
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnPart:
    """A part of a person's copy: its heading, and each thing they said, with when (rendered already)."""

    heading: str
    lines: tuple[tuple[datetime, str], ...]


def my_data_pdf(parts: Sequence[OwnPart], readings: Sequence[str], *, locale: str) -> bytes:
    """A person's copy of everything they shared, for them to read (a child too): big plain headings, each
    thing they said with its day, then when others read it. Their words as written, in any script."""
    pdf = _CasePdf(_locale(locale))
    pdf.set_title(_say(T("What you shared with Safety Companion"), locale))
    pdf.add_page()
    _write(pdf, _say(T("What you shared with Safety Companion"), locale), bold=True, size=20)
    _write(pdf, _say(T("Made for you on {when}.", when=_utc(datetime.now(UTC))), locale), grey=True)
    pdf.ln(2)
    _write(pdf, _say(T("This is everything you told me, in your own words, with the day you said it."), locale))
    if not parts:
        pdf.ln(4)
        _write(pdf, _say(T("You have not shared anything with me yet."), locale), size=13)
    for part in parts:
        _keep_room(pdf, 30)
        pdf.ln(4)
        _write(pdf, part.heading, bold=True, size=16)
        for when, words in part.lines:
            _keep_room(pdf, 15)
            _write(pdf, _date(when, locale), bold=True, size=10, grey=True)
            _write(pdf, words, size=13)
            pdf.ln(1.5)
    _keep_room(pdf, 30)
    pdf.ln(4)
    _write(pdf, _say(T("When other people read what you shared"), locale), bold=True, size=16)
    for line in readings or [_say(T("Nobody else has read what you shared yet."), locale)]:
        _write(pdf, line, size=13)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------------------------
# The CSV export
# ----------------------------------------------------------------------------------------------


def safe_cell(value: str) -> str:
    """``value`` made inert for spreadsheets: one starting with = + - @, a tab or a CR gets a leading quote."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_cells(row: CsvRow) -> tuple[str, ...]:
    """A row's cells; a person's words without bidirectional controls, their line breaks kept inside the
    cell (the writer quotes a cell that holds one)."""
    details = json.dumps(dict(row.details), ensure_ascii=False, sort_keys=True, default=str)
    when = _utc(row.when).isoformat(timespec="seconds").replace("+00:00", "Z")
    return row.case, row.who, row.role, row.topic, plain_words(str(row.value)), plain_words(details), when


def answers_csv(rows: Sequence[CsvRow]) -> bytes:
    """Every answer as UTF-8 CSV with a byte-order mark (so Excel reads it right): columns ``CSV_COLUMNS``,
    ``details`` as JSON, ``when`` as ISO 8601 UTC. Cells that a spreadsheet would run as a formula are quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in _csv_cells(row)])
    return buffer.getvalue().encode("utf-8-sig")


# ----------------------------------------------------------------------------------------------
# The service's practice report (managers): counts only, small ones hidden
# ----------------------------------------------------------------------------------------------

PRACTICE_CSV_COLUMNS = ("measure", "month", "label", "value")
SMALL_TOP = 6  # the chart's y axis reaches at least this high, so that "<5" has room


PRACTICE_CHART_INCHES = (10.0, 15.0)  # three panels: counts, shares, medians


def practice_chart(figures: practice.Figures, *, locale: str) -> bytes:
    """PNG of each month's figures in three panels: the counts (one group of bars a month), the shares of
    the cases open in the month (in %), and the medians. A count under 5 is drawn as no bar, with "<5"
    written where it would stand; a share or median worked out from a count under 5 is not drawn (the line
    breaks there) and each panel says so, so the picture shows no more than the tables."""
    _chart_fonts()
    locale = _locale(locale)
    style = {"font.family": CHART_FAMILIES, "text.parse_math": False, "font.size": 12}
    months = [m.month for m in figures.months]
    title = _say(T("The service's practice by month"), locale)
    hidden = _say(T("Not drawn where a count under 5 would be needed: fewer than 5"), locale)
    with _chart_lock, matplotlib.rc_context(style):
        figure = _new_figure()
        if not months:
            _empty_chart(figure, title, locale)
            return _png(figure)
        figure.set_size_inches(*PRACTICE_CHART_INCHES)
        counts_axes, shares_axes, medians_axes = figure.subplots(3, 1)
        width = 0.8 / len(practice.MONTHLY)
        for s, (attr, _, name) in enumerate(practice.MONTHLY):
            counts = [int(getattr(m, attr)) for m in figures.months]
            xs = [i + (s - (len(practice.MONTHLY) - 1) / 2) * width for i in range(len(months))]
            counts_axes.bar(
                xs, [0 if practice.small(n) else n for n in counts], width, label=_wrap(_say(name, locale), 30, 2)
            )
            for x, n in zip(xs, counts, strict=True):
                if practice.small(n):
                    counts_axes.text(x, 0, "<5", ha="center", va="bottom", fontsize=8, rotation=90)
        counts_axes.set_xticks(range(len(months)), months)
        counts_axes.set_ylim(bottom=0, top=max(SMALL_TOP, counts_axes.get_ylim()[1]))
        counts_axes.set_title(_wrap(title, 70, 2), fontsize=15)
        counts_axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, frameon=False)
        _practice_shares(shares_axes, figures, months, locale, hidden)
        _practice_medians(medians_axes, figures, months, locale, hidden)
        return _png(figure)


def _practice_shares(axes: Axes, figures: practice.Figures, months: list[str], locale: str, hidden: str) -> None:
    """Each month's shares of the cases open in it, as lines in %; a hidden share is a gap in its line."""
    series: list[tuple[Text, list[float | None]]] = [
        (T("Young person's words in the 4 weeks before the month's end"),
         [practice.percent(m.heard, m.cases) for m in figures.months]),
        (T("Safety goal, and what 0 and 10 mean, written"),
         [practice.percent(m.goal, m.cases) for m in figures.months]),
    ]  # fmt: skip
    for role in practice.ROLE_NAMES:
        name = T("A number from {who}", who=practice.role_name(role))
        series.append((name, [practice.percent(dict(m.numbers).get(role, 0), m.cases) for m in figures.months]))
    for name, values in series:
        axes.plot(
            range(len(months)),
            [math.nan if v is None else v for v in values],
            marker="o",
            label=_wrap(_say(name, locale), 40, 2),
        )
    axes.set_xticks(range(len(months)), months)
    axes.set_xlim(-0.5, len(months) - 0.5)
    axes.set_ylim(0, 105)
    axes.set_title(_wrap(_say(T("Share of the cases open in the month (%)"), locale), 70, 2), fontsize=13)
    axes.set_xlabel(_wrap(hidden, 90, 2), fontsize=8)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=2, frameon=False, fontsize=9)


def _practice_medians(axes: Axes, figures: practice.Figures, months: list[str], locale: str, hidden: str) -> None:
    """Each month's median days between check-ins (left axis) and minutes until an alert was taken on
    (right axis); a median of fewer than 5 is a gap in its line."""

    def shown(value: float | None, of: int) -> float:
        return math.nan if value is None or of == 0 or practice.small(of) else value

    xs = list(range(len(months)))
    days = [shown(m.checkin_days, m.checkin_gaps) for m in figures.months]
    minutes = [shown(m.ack_minutes, m.acknowledged) for m in figures.months]
    (left,) = axes.plot(
        xs, days, marker="o", color="tab:blue", label=_wrap(_say(T("Median days between check-ins"), locale), 40, 2)
    )
    axes.set_ylabel(_say(T("days"), locale))
    right_axes = axes.twinx()
    (right,) = right_axes.plot(
        xs,
        minutes,
        marker="s",
        color="tab:red",
        label=_wrap(_say(T("Median minutes until an alert was taken on"), locale), 40, 2),
    )
    right_axes.set_ylabel(_say(T("minutes"), locale))
    for a in (axes, right_axes):
        a.set_ylim(bottom=0, top=max(1.0, a.get_ylim()[1]))
    axes.set_xticks(xs, months)
    axes.set_xlim(-0.5, len(months) - 0.5)
    axes.set_title(_wrap(_say(T("Medians by month"), locale), 70, 2), fontsize=13)
    axes.set_xlabel(_wrap(hidden, 90, 2), fontsize=8)
    axes.legend(
        handles=[left, right], loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=2, frameon=False, fontsize=9
    )


def _practice_table(pdf: _CasePdf, rows: Sequence[practice.Line]) -> None:
    _table(pdf, None, [(_say(line.label, pdf.locale), _say(line.value, pdf.locale)) for line in rows], (3, 1))


def practice_pdf(figures: practice.Figures, *, locale: str, chart_png: bytes | None) -> bytes:
    """The service's practice report: the period's figures, then each month's, then the chart; no names
    and no case labels anywhere (it is given none), small counts as "fewer than 5"."""
    pdf = _CasePdf(_locale(locale))
    pdf.set_title(_say(T("The service's practice"), locale))
    pdf.add_page()
    _write(pdf, _say(T("The service's practice"), locale), bold=True, size=18)
    _write(pdf, _say(practice.period(figures), locale), grey=True)
    _write(
        pdf, _say(T("Any count from 1 to 4 is shown as “fewer than 5”, so that no family can be recognised."), locale)
    )
    _heading(pdf, T("Over the period"))
    _practice_table(pdf, practice.lines(figures))
    _heading(pdf, T("By month"))
    _write(pdf, _say(practice.MONTH_MEANS, locale))
    months = practice.month_lines(figures)
    if not months:
        _nothing(pdf)
    for month, rows in months:
        _keep_room(pdf, 30)
        _write(pdf, month, bold=True)
        _practice_table(pdf, rows)
    if chart_png:
        pdf.add_page()  # the chart's three panels take a page of their own
        pdf.image(io.BytesIO(chart_png), h=pdf.eph - 12, x=Align.C)
    pdf.ln(6)
    _write(pdf, _say(CREDIT, pdf.locale), size=8, grey=True)
    return bytes(pdf.output())


def practice_csv(figures: practice.Figures, *, locale: str) -> bytes:
    """The same figures as CSV (UTF-8 with a byte-order mark): one row a figure, ``month`` empty for the
    whole period; ``value`` as shown in the PDF ("fewer than 5" in the reader's language for small counts)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(PRACTICE_CSV_COLUMNS)
    rows = [("", line) for line in practice.lines(figures)]
    rows += [(month, line) for month, found in practice.month_lines(figures) for line in found]
    for month, line in rows:
        writer.writerow(
            [safe_cell(cell) for cell in (line.key, month, _say(line.label, locale), _say(line.value, locale))]
        )
    return buffer.getvalue().encode("utf-8-sig")
