"""The three houses picture: the young person's house of worries, house of good things and house of dreams,
drawn as a PNG they can keep.

A pure renderer like the chart in `bot.reports`: plain values in, bytes out, no database and no Telegram.
The house names and the few other words on the picture are gettext messages rendered in the reader's
language; the young person's own words are printed exactly as written, in any script. It uses the same
fonts as the chart (Noto Sans, Noto Naskh Arabic for Arabic and Urdu, Noto Sans Gurmukhi for Punjabi,
DejaVu Sans for symbols and the emoji it has), matplotlib's libraqm layout for shaping (right to left, joined
letters, vowel signs drawn before their consonant), and the chart's lock, because matplotlib's rcParams are
global.

Layout (``PICTURE_SIZE_PX`` is 1280 x 960, the largest width Telegram shows, so it is never scaled down
before the phone does it): three houses side by side, each a wall rectangle with a triangular roof, a
chimney and a door. The house's name sits in the roof, in bold, as large as fits (up to 28 pt, on up to
three lines). The young person's words are a bulleted list on the walls, 20 pt (about 28 px), at most
``MAX_LINES`` (15) lines of ``WRAP_COLUMNS`` (25) columns; see `fit` for how long items and long lists
are shortened.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Circle, FancyBboxPatch, Polygon, Rectangle

from bot.i18n import render
from bot.reports import (
    ARABIC,
    CHART_FAMILIES,
    GURMUKHI,
    LATIN_REGULAR,
    SYMBOLS,
    _chart_fonts,
    _chart_lock,
    is_right_to_left,
)
from dialogues.languages import LANGUAGES
from dialogues.messages import Nn_, T, Text

# ----------------------------------------------------------------------------------------------
# What the picture shows
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Houses:
    """What the young person put in each house, their words as written, in the order they gave them."""

    worries: tuple[str, ...]
    good_things: tuple[str, ...]
    dreams: tuple[str, ...]


@dataclass(frozen=True)
class HouseLook:
    """How one house is drawn: its name and its soft colours (walls, and the roof, chimney and door)."""

    name: Text
    walls: str
    roof: str


# Left to right: worries, good things, dreams. This is the order of the Three Houses tool itself and of the
# worker's case PDF (worried about, working well, needs to happen), so the young person's picture and the
# assessment read the same way; and read left to right it goes from worries, through what is good, to
# hopes, so the picture ends on the young person's dreams.
WORRIES = HouseLook(T("House of worries"), walls="#D6E4F5", roof="#8EB1DB")
GOOD_THINGS = HouseLook(T("House of good things"), walls="#FFF1BF", roof="#F2C45A")
DREAMS = HouseLook(T("House of dreams"), walls="#EADDF7", roof="#B99BE0")
HOUSE_LOOKS = (WORRIES, GOOD_THINGS, DREAMS)

NOTHING_HERE = T("Nothing here yet")
MORE = Nn_("and {count} more", "and {count} more")

BULLET = "• "
INDENT = "  "  # continuation lines of an item line up under its first word
ELLIPSIS = "…"
MISSING = "□"  # drawn for a character none of the fonts has (it is what a missing glyph looks like anyway)

# ----------------------------------------------------------------------------------------------
# Geometry, in pixels from the bottom left corner
# ----------------------------------------------------------------------------------------------

PICTURE_SIZE_PX = (1280, 960)  # width, height
DPI = 100
WIDTH, HEIGHT = PICTURE_SIZE_PX
SIDE_MARGIN = 28  # left and right of the picture, and between houses
HOUSE_WIDTH = (WIDTH - 4 * SIDE_MARGIN) / 3
GROUND_TOP = 40  # the grass strip along the bottom
WALLS_TOP = 700
ROOF_TOP = 925
ROOF_OVERHANG = 16
WALL_PADDING = 20  # between the walls' edges and the words
DOOR_SIZE = (66, 92)
FIRST_BASELINE = WALLS_TOP - 48
LINE_PX = 36  # distance between baselines of the list

ITEM_POINTS = 20  # the young person's words: about 28 px, readable on a phone
SMALLEST_ITEM_POINTS = 12  # a line that is still too wide after wrapping (say all capitals) shrinks to fit
TITLE_POINTS = 28  # the house name, at most; smaller when a translation is long
SMALLEST_TITLE_POINTS = 14
TITLE_LINES = 3
WRAP_COLUMNS = 25  # columns a list line may use, the bullet included (a wide character such as an emoji is 2)
MAX_LINES = int((FIRST_BASELINE - (GROUND_TOP + DOOR_SIZE[1] + 14)) // LINE_PX) + 1  # 14: the door stays clear

BACKGROUND = "#FFFCF4"
GRASS = "#CFE8C2"
INK = "#2B2A3A"
GREY_INK = "#5E5D70"
DOOR_KNOB = "#FFFCF4"


def walls_box(index: int) -> tuple[float, float, float, float]:
    """The walls of house ``index`` (0, 1, 2 from the left): left, bottom, right, top in pixels from the bottom left."""
    left = SIDE_MARGIN + index * (HOUSE_WIDTH + SIDE_MARGIN)
    return left, GROUND_TOP, left + HOUSE_WIDTH, WALLS_TOP


# ----------------------------------------------------------------------------------------------
# Words into lines (pure)
# ----------------------------------------------------------------------------------------------


def _char_columns(ch: str) -> int:
    """How many columns ``ch`` takes: 2 for wide characters (emoji, CJK), 0 for combining marks and joiners."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def columns(words: str) -> int:
    """How many columns ``words`` take (see `_char_columns`)."""
    return sum(_char_columns(ch) for ch in words)


def _pieces(word: str, width: int) -> list[str]:
    """``word`` cut into pieces of at most ``width`` columns (only a word longer than a line is cut), never
    between a letter and the marks or joiners that belong to it."""
    if columns(word) <= width:
        return [word]
    pieces, piece = [], ""
    for ch in word:
        joined = piece.endswith("\u200d") or _char_columns(ch) == 0
        if piece and not joined and columns(piece) + _char_columns(ch) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece] if piece else pieces


def _wrap(words: str, width: int) -> list[str]:
    """``words`` wrapped at spaces into lines of at most ``width`` columns; the writer's own line breaks are kept."""
    lines: list[str] = []
    for paragraph in words.splitlines():
        line = ""
        for word in paragraph.split():
            for piece in _pieces(word, width):
                if line and columns(line) + 1 + columns(piece) <= width:
                    line = f"{line} {piece}"
                else:
                    if line:
                        lines.append(line)
                    line = piece
        if line:
            lines.append(line)
    return lines


def _item_lines(item: str, width: int) -> list[str]:
    """One item as list lines: a bullet before the first, the rest indented to line up with it."""
    body = _wrap(item, max(width - columns(BULLET), 1))
    return [(BULLET if i == 0 else INDENT) + line for i, line in enumerate(body)]


def _cut(lines: list[str], keep: int, width: int) -> list[str]:
    """The first ``keep`` lines of an item, the last ending in an ellipsis to show that the item goes on."""
    kept = lines[:keep]
    last = kept[-1]
    while columns(last) + 1 + columns(ELLIPSIS) > width and len(last) > len(BULLET):
        last = last[:-1]
    kept[-1] = f"{last.rstrip()} {ELLIPSIS}"
    return kept


def fit(items: Sequence[str], max_lines: int, width: int) -> tuple[list[str], int]:
    """The list lines for ``items`` in at most ``max_lines`` lines of ``width`` columns, and how many items
    were left out. When not everything fits, one line is kept free for the "and N more" line.

    Items are kept whole, in order, while they fit; the first one that does not fit and all after it are left
    out (counted). Only an item that does not fit even as the first one is cut, with an ellipsis. Blank items
    are skipped."""
    blocks = [_item_lines(item, width) for item in items if item.strip()]
    lines: list[str] = []
    for i, block in enumerate(blocks):
        later = len(blocks) - i - 1
        room = max_lines - len(lines) - (1 if later else 0)
        if len(block) <= room:
            lines.extend(block)
            continue
        if lines:
            return lines, len(blocks) - i
        room = max_lines - 1 if later else max_lines
        if room < 1:
            return lines, len(blocks)
        return _cut(block, room, width), later
    return lines, 0


def more_line(count: int, locale: str) -> str:
    """The line that ends a shortened list: "and 7 more", in the reader's language."""
    return render(Text.plural_of(MORE, count), _locale(locale))


def lines_for(items: Sequence[str], max_lines: int, width: int, *, locale: str = "en") -> list[str]:
    """The lines a house shows for ``items`` (see `fit`), with the "and N more" line last when some are left out."""
    lines, hidden = fit(items, max_lines, width)
    return [*lines, more_line(hidden, locale)] if hidden else lines


# ----------------------------------------------------------------------------------------------
# Fonts and characters
# ----------------------------------------------------------------------------------------------


def _locale(locale: str) -> str:
    return locale if locale in LANGUAGES else "en"


def house_names(locale: str) -> tuple[str, str, str]:
    """The three house names, left to right, in ``locale``."""
    worries, good_things, dreams = (render(look.name, _locale(locale)) for look in HOUSE_LOOKS)
    return worries, good_things, dreams


@cache
def _drawable_code_points() -> frozenset[int]:
    """Every character one of the picture's fonts has a glyph for."""
    points: set[int] = set()
    for path in (LATIN_REGULAR, ARABIC, GURMUKHI, SYMBOLS):
        points.update(font_manager.get_font(str(path)).get_charmap())
    return frozenset(points)


def drawable(words: str) -> str:
    """``words`` as the fonts can draw them: a character no font has becomes a white square (what a missing
    glyph looks like anyway, without matplotlib's warning), and invisible joiners, selectors and modifiers
    that no font has are left out. Everything the fonts have is kept as written."""
    have = _drawable_code_points()
    out = []
    for ch in words:
        if ord(ch) in have or ch in "\n ":
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf", "Sk", "Cc"):
            continue
        elif ch.isspace():
            out.append(" ")
        else:
            out.append(MISSING)
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------


def _font(points: float, *, bold: bool = False) -> FontProperties:
    return FontProperties(family=CHART_FAMILIES, size=points, weight="bold" if bold else "normal")


def _roof_corners(index: int) -> tuple[float, float, float]:
    """The roof's left and right eaves and its middle (x, in pixels)."""
    left, _, right, _ = walls_box(index)
    return left - ROOF_OVERHANG, right + ROOF_OVERHANG, (left + right) / 2


def _title_layout(renderer: RendererBase, title: str) -> tuple[list[str], float]:
    """The house name's lines (top first) and font size, as large as fits inside the roof triangle.

    Text width grows in proportion to its size, so each way of breaking the name into up to three lines is
    measured once at 100 pt and the largest size at which every line fits the roof at its height is worked
    out; the break that allows the largest size (up to ``TITLE_POINTS``) wins, the one with fewer lines on a tie."""
    roof_width = HOUSE_WIDTH + 2 * ROOF_OVERHANG
    roof_height = ROOF_TOP - WALLS_TOP
    bottom_gap, side_gap, line_step = 18.0, 14.0, 1.2  # line_step: baseline to baseline, in font sizes
    room = roof_width * (1 - bottom_gap / roof_height) - 2 * side_gap
    words = title.split() or [title]
    best: tuple[float, list[str]] = (0.0, [title])
    for count in range(1, min(TITLE_LINES, len(words)) + 1):
        for breaks in itertools.combinations(range(1, len(words)), count - 1):
            edges = (0, *breaks, len(words))
            lines = [" ".join(words[a:b]) for a, b in itertools.pairwise(edges)]
            size_px = 100 * DPI / 72
            scale = min(
                room / (_width(renderer, line) + roof_width * (j + 1) * line_step * size_px / roof_height)
                for j, line in enumerate(reversed(lines))  # j = 0 is the bottom line, where the roof is widest
            )
            points = min(TITLE_POINTS, scale * 100 * 0.97)  # 3% to spare for hinting
            if points > best[0] + 0.01:
                best = (points, lines)
    points, lines = best
    return lines, max(SMALLEST_TITLE_POINTS, points)


def _width(renderer: RendererBase, line: str, points: float = 100, *, bold: bool = True) -> float:
    """How wide ``line`` is drawn, in pixels (bold, as the house names are, unless told)."""
    width, _, _ = renderer.get_text_width_height_descent(line, _font(points, bold=bold), ismath=False)
    return float(width)


def _draw_house(axes: Axes, index: int, look: HouseLook) -> Polygon:
    """Walls, roof, chimney and door; returns the walls (the list is clipped to them)."""
    left, bottom, right, top = walls_box(index)
    eave_left, eave_right, middle = _roof_corners(index)
    chimney_left = middle + HOUSE_WIDTH * 0.22
    slope = (ROOF_TOP - top) / (eave_right - middle)
    chimney_top = ROOF_TOP - slope * (chimney_left - middle) + 34
    axes.add_patch(Rectangle((chimney_left, top), 38, chimney_top - top, facecolor=look.roof, edgecolor=INK, lw=2))
    walls = Polygon([(left, bottom), (right, bottom), (right, top), (left, top)], facecolor=look.walls)
    walls.set(edgecolor=INK, linewidth=2.5, joinstyle="round")
    axes.add_patch(walls)
    roof = Polygon([(eave_left, top), (eave_right, top), (middle, ROOF_TOP)], facecolor=look.roof, edgecolor=INK)
    roof.set(linewidth=2.5, joinstyle="round")
    axes.add_patch(roof)
    door_width, door_height = DOOR_SIZE
    door = FancyBboxPatch(
        (middle - door_width / 2, bottom), door_width, door_height, boxstyle="round,pad=0,rounding_size=14"
    )
    door.set(facecolor=look.roof, edgecolor=INK, linewidth=2)
    axes.add_patch(door)
    axes.add_patch(Circle((middle + door_width / 2 - 14, bottom + door_height / 2), 4.5, facecolor=DOOR_KNOB))
    return walls


def _draw_title(axes: Axes, renderer: RendererBase, index: int, title: str) -> None:
    lines, points = _title_layout(renderer, title)
    _, _, middle = _roof_corners(index)
    step = points * DPI / 72 * 1.2
    for j, line in enumerate(reversed(lines)):
        baseline = WALLS_TOP + 18 + points * DPI / 72 * 0.3 + j * step
        axes.text(middle, baseline, line, ha="center", va="baseline", fontproperties=_font(points, bold=True))


def _draw_list(
    axes: Axes, renderer: RendererBase, index: int, walls: Polygon, items: Sequence[str], locale: str
) -> None:
    """The young person's words on the walls of house ``index``, or "Nothing here yet"."""
    left, _, right, _ = walls_box(index)
    inner = right - left - 2 * WALL_PADDING
    lines, hidden = fit([drawable(item) for item in items], MAX_LINES, WRAP_COLUMNS)
    shown = [(line, INK) for line in lines]
    if hidden:
        shown.append((more_line(hidden, locale), GREY_INK))
    if not shown:
        axes.text(
            (left + right) / 2,
            FIRST_BASELINE - 2 * LINE_PX,
            render(NOTHING_HERE, _locale(locale)),
            ha="center",
            va="baseline",
            color=GREY_INK,
            fontproperties=_font(ITEM_POINTS),
        )
        return
    for row, (line, colour) in enumerate(shown):
        points = float(ITEM_POINTS)
        width = _width(renderer, line, points, bold=False)
        if width > inner:  # wider than its columns promised (capitals, a wide script): shrink this line to fit
            points = max(SMALLEST_ITEM_POINTS, points * inner / width * 0.98)
        right_to_left = is_right_to_left(line)
        text = axes.text(
            right - WALL_PADDING if right_to_left else left + WALL_PADDING,
            FIRST_BASELINE - row * LINE_PX,
            line,
            ha="right" if right_to_left else "left",
            va="baseline",
            color=colour,
            fontproperties=_font(points),
        )
        text.set_clip_path(walls)


def _new_axes() -> tuple[Figure, Axes]:
    """A figure drawn by the Agg backend outside pyplot, with one axes whose units are the picture's pixels."""
    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor=BACKGROUND)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, WIDTH)
    axes.set_ylim(0, HEIGHT)
    axes.set_axis_off()
    return figure, axes


def houses_picture(houses: Houses, *, locale: str) -> bytes:
    """PNG (``PICTURE_SIZE_PX``) of the young person's three houses side by side: worries, good things,
    dreams, left to right (the order of the Three Houses tool and of the case PDF's columns; it ends on the
    dreams). Each house is a different soft colour with its name in the roof, in ``locale``, and the young
    person's words on its walls as a list, exactly as written, in any script (Arabic and Urdu right to left;
    a character no font has shows as a white square). Long items wrap; a long list is shortened to what
    fits, ending with "and N more"; an empty house says "Nothing here yet". The same houses always give the
    same bytes (no dates or software names in the file); nothing is kept between calls."""
    _chart_fonts()
    locale = _locale(locale)
    names = house_names(locale)
    contents = (houses.worries, houses.good_things, houses.dreams)
    style = {"font.family": CHART_FAMILIES, "text.parse_math": False, "font.size": ITEM_POINTS, "text.color": INK}
    with _chart_lock, matplotlib.rc_context(style):
        figure, axes = _new_axes()
        try:
            renderer = figure.canvas.get_renderer()
            axes.add_patch(Rectangle((0, 0), WIDTH, GROUND_TOP, facecolor=GRASS, edgecolor="none"))
            for index, (look, name, items) in enumerate(zip(HOUSE_LOOKS, names, contents, strict=True)):
                walls = _draw_house(axes, index, look)
                _draw_title(axes, renderer, index, name)
                _draw_list(axes, renderer, index, walls, items, locale)
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
            return buffer.getvalue()
        finally:
            figure.clear()
