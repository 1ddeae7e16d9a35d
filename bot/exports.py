"""A case's export for the assessment: the PDF (three columns, scaling table and chart, checks, credit),
the CSV of every answer, and the progress chart on its own. Answers are read through storage's one door
(`storage.cases.read_answers`), which checks the reader and writes the audit entry."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from bot.i18n import render
from bot.reports import (
    AimCheck,
    CaseReport,
    CsvRow,
    Entry,
    MeetingPage,
    OwnPart,
    Score,
    Series,
    answers_csv,
    case_pdf,
    meeting_pdf,
    my_data_pdf,
    progress_chart,
)
from dialogues import answers, topics
from dialogues.answers import aware
from dialogues.content import programme_theory
from dialogues.meeting import voices
from dialogues.messages import T, Text
from dialogues.rights import my_sections, reading_lines
from dialogues.safety import marked, marks
from dialogues.shared_view import length, person_name, plain_words, who_said, with_media, word_from, words_to
from storage import cases, media, plans, stories
from storage.cases import SharedAnswer

STORY_PAGE = "story.page"  # the CSV's topic for a page of the approved story (not an answer)


@dataclass(frozen=True)
class Document:
    """A file to send: a PDF or CSV as a document, a PNG as a photo, a voice note as one. ``protect``: for the
    one it is sent to only (Telegram's protected content: no forwarding or saving)."""

    filename: str
    content: bytes
    photo: bool = False
    voice: bool = False
    protect: bool = False


def _marks(data: Any, locale: str) -> tuple[str, ...]:
    """An answer's marks (raised an alert, forwarded), rendered to print beside its words."""
    return tuple(render(mark, locale) for mark in marks(data))


def _entries(shared: Sequence[SharedAnswer], topic: str, locale: str) -> tuple[Entry, ...]:
    return tuple(
        Entry(render(who_said(a), locale), aware(a.created_at), plain_words(a.value), _marks(a.data, locale))
        for a in shared
        if a.topic == topic
    )


def _items(
    shared: Sequence[SharedAnswer], topic: str, locale: str, pictures: Mapping[int, bytes] | None = None
) -> tuple[Entry, ...]:
    """A list as it stands now, each item dated by its newest words with every earlier version and its date,
    and what its person took out, marked so; a house's picture shown with its words, a voice note listed as
    one (its length)."""
    return tuple(
        Entry(
            render(who_said(i.by), locale),
            aware(i.versions[-1][1]),
            render(with_media(Text.as_written(plain_words(i.words)), i.words, i.by.data), locale),
            (*_marks(i.rows[-1].data if i.rows else {}, locale), *_taken_out(i, locale)),
            _earlier(i, locale),
            (pictures or {}).get(int(i.by.data.get("media") or 0)),
        )
        for i in answers.items(shared, topic, taken_out=True)
    )


def _earlier(item: answers.Item, locale: str) -> tuple[tuple[datetime, str], ...]:
    """An item's earlier versions, oldest first, each with its date and its marks."""
    return tuple(
        (aware(row.created_at), render(marked(Text.as_written(plain_words(row.value)), row.data), locale))
        for row in item.rows[:-1]
    )


def _taken_out(item: answers.Item, locale: str) -> tuple[str, ...]:
    if item.taken_out is None:
        return ()
    return (render(T("Taken out by them on {date}", date=aware(item.taken_out)), locale),)


def _reason(score: answers.Scored, part: str, words: str, locale: str) -> str:
    """A reason as written, with its marks beside it."""
    row = score.parts.get(part)
    words = plain_words(words)
    return render(marked(Text.as_written(words), row.data if row is not None else {}), locale) if words else ""


def _score(s: answers.Scored, locale: str) -> Score:
    why = _reason(s, answers.WHY, s.why, locale)
    higher = _reason(s, answers.HIGHER, s.higher, locale)
    if s.number == 0 and not s.why and s.one:  # a 0 was asked what would make it a 1: one point higher
        higher = render(
            T("What would make it a 1: {words}", words=Text.as_written(_reason(s, answers.ONE, s.one, locale))), locale
        )
    ten = _reason(s, answers.TEN, s.ten, locale)
    marks_ = _marks({"alert": s.answer.data.get("alert")}, locale)
    who = render(who_said(s.answer), locale)
    return Score(who, aware(s.answer.created_at), s.number, why, higher, ten_looks_like=ten, marks=marks_)


def _scores(shared: Sequence[SharedAnswer], wanted: Sequence[str], locale: str) -> tuple[Score, ...]:
    found = [s for topic in wanted for s in answers.scores(shared, topic)]
    found.sort(key=lambda s: s.answer.created_at)
    return tuple(_score(s, locale) for s in found)


def series(shared: Sequence[SharedAnswer], locale: str) -> list[Series]:
    """Each person's scores on the case's scale over time, one series each."""
    by_person: dict[str, list[tuple[datetime, int]]] = {}
    for score in _scores(shared, topics.SCALES, locale):
        by_person.setdefault(score.who, []).append((score.when, score.number))
    return [Series(who, tuple(points)) for who, points in by_person.items()]


def report(
    label: str,
    made_by: str,
    shared: Sequence[SharedAnswer],
    locale: str,
    plan: plans.Plan | None = None,
    pictures: Mapping[int, bytes] | None = None,
    story: stories.StoryVersion | None = None,
) -> CaseReport:
    how = {str(a.data.get("item")): a for a in shared if a.topic == topics.SAFETY_PERSON_HOW}

    def person(i: answers.Item) -> Entry:
        row = how.get(i.id)
        words = f"{i.words}: {row.value}" if row is not None and row.value else i.words
        found = (*(i.rows[-1:]), *([row] if row is not None else []))
        flags = tuple(dict.fromkeys(m for r in found for m in _marks(r.data, locale)))
        flags += _taken_out(i, locale)
        return Entry(render(who_said(i.by), locale), aware(i.versions[-1][1]), plain_words(words), flags,
                     _earlier(i, locale))  # fmt: skip

    people = tuple(person(i) for i in answers.items(shared, topics.SAFETY_PERSON, taken_out=True))
    checks = tuple(aim_check(a, locale) for a in shared if a.topic == topics.AIM_CHECK and a.value.isdigit())
    return CaseReport(
        case_label=label,
        made_at=datetime.now(UTC),
        made_by=made_by,
        worries=_items(shared, topics.HOUSE_WORRIES, locale, pictures),
        working_well=_items(shared, topics.HOUSE_GOOD, locale, pictures),
        needs_to_happen=_items(shared, topics.HOUSE_DREAMS, locale, pictures),
        wishes=_entries(shared, topics.WIZARD_WISH, locale),
        safety_scales=_scores(shared, (topics.SAFETY_SCALE,), locale),
        safety_people=people,
        scaling=_scores(shared, topics.SCALES, locale),
        scale_goal=plan.goal if plan else "",
        zero_means=(plan.zero_means if plan and plan.zero_means else render(topics.STANDARD_ZERO, locale)),
        ten_means=(plan.ten_means if plan and plan.ten_means else render(topics.STANDARD_TEN, locale)),
        aim_checks=checks,
        alerts=_entries(shared, topics.ALERT_UNSAFE, locale),
        said_outside=_entries(shared, topics.SAID_OUTSIDE, locale),
        words_to=_words_to(shared, locale),
        story=_story(story, shared, locale, pictures),
    )


def _page_of(story: stories.StoryVersion, number: int) -> Text:
    return T("Words and pictures, version {version}, page {number}", version=story.version, number=number)


def _story(
    story: stories.StoryVersion | None,
    shared: Sequence[SharedAnswer],
    locale: str,
    pictures: Mapping[int, bytes] | None = None,
) -> tuple[Entry, ...]:
    """The approved story's pages as the worker wrote them, each with its picture, then each question a young
    person asked while reading it (marked, like any words)."""
    if story is None:
        return ()
    when = aware(story.approved_at or story.written_at)
    pages = [
        Entry(render(_page_of(story, n), locale), when, page, picture=(pictures or {}).get(story.picture(n - 1) or 0))
        for n, page in enumerate(story.pages, start=1)
    ]
    asked = [
        Entry(render(T("↳ {who}, on page {number}", who=who_said(a), number=int(a.data.get("page", 0))), locale),
              aware(a.created_at), plain_words(a.value), _marks(a.data, locale))
        for a in shared
        if a.topic == topics.STORY_QUESTION
    ]  # fmt: skip
    return (*pages, *asked)


def _words_to(shared: Sequence[SharedAnswer], locale: str) -> tuple[Entry, ...]:
    """Each worker's message as written, then the 👍 and replies of the person it was for, marked."""
    entries: list[Entry] = []
    for message, answered in words_to(shared):
        entries.append(Entry(render(word_from(message), locale), aware(message.created_at), plain_words(message.value)))
        entries += [
            Entry(render(T("↳ {who}", who=who_said(a)), locale), aware(a.created_at), plain_words(a.value),
                  _marks(a.data, locale))
            for a in answered
        ]  # fmt: skip
    return tuple(entries)


def aim_check(answer: SharedAnswer, locale: str) -> AimCheck:
    """A saved practice-guide check, in words: the aim's title and the signs seen and not seen."""
    aim = programme_theory.aim(int(answer.value))
    signs = {s.id: render(Text(s.text), locale) for s in aim.signs}
    title = render(T("Aim {number}: {title}", number=aim.number, title=Text(aim.title)), locale)
    seen = tuple(signs[i] for i in answer.data.get("seen", ()) if i in signs)
    missing = tuple(signs[i] for i in answer.data.get("missing", ()) if i in signs)
    return AimCheck(aware(answer.created_at), title, seen, missing)


def chart(label: str, shared: Sequence[SharedAnswer], locale: str, plan: plans.Plan | None = None) -> bytes:
    return progress_chart(
        series(shared, locale),
        zero_means=(plan.zero_means if plan and plan.zero_means else render(topics.STANDARD_ZERO, locale)),
        ten_means=(plan.ten_means if plan and plan.ten_means else render(topics.STANDARD_TEN, locale)),
        title=render(T("Progress on the scale: {case}", case=label), locale),
        locale=locale,
    )


def csv_rows(
    label: str, shared: Sequence[SharedAnswer], locale: str, story: stories.StoryVersion | None = None
) -> list[CsvRow]:
    """Every answer, then the approved story's pages (``story.page``, its version and page in the details)."""
    rows = [
        CsvRow(label, render(who_said(a), locale), a.role, a.topic, a.value, aware(a.created_at), a.data)
        for a in shared
    ]
    if story is not None:
        when = aware(story.approved_at or story.written_at)
        rows += [
            CsvRow(label, render(_page_of(story, n), locale), cases.WORKER, STORY_PAGE, page, when,
                   {"version": story.version, "page": n})
            for n, page in enumerate(story.pages, start=1)
        ]  # fmt: skip
    return rows


def file_stem(label: str) -> str:
    """A file name from a case label: letters, digits and dashes only."""
    return re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")[:40] or "case"


def export(c: Connection, asker: int | None, case_id: int, locale: str, *, audit: bool = True) -> list[Document]:
    """The PDF and the CSV of a case, read (and audited, unless the step that asked for it did) as
    ``asker``; None is an administrator at the command line. Raises `storage.cases.AccessDenied` for
    anyone else."""
    shared = cases.read_answers(c, asker, case_id, purpose="export", audit=audit)
    label = str(c.scalar(select(cases.case_t.c.label).where(cases.case_t.c.id == case_id)))
    made_by = (cases.worker_name(c, asker) if asker is not None else None) or render(T("an administrator"), locale)
    plan = plans.plan_of(c, case_id)
    story = stories.approved(c, case_id)  # read after read_answers checked the reader
    png = chart(label, shared, locale, plan)
    stem = file_stem(label)
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    drawn = report(label, made_by, shared, locale, plan, media.pictures(c, asker, case_id), story)
    return [
        Document(f"{stem}-{day}.pdf", case_pdf(drawn, locale=locale, chart_png=png)),
        Document(f"{stem}-{day}.csv", answers_csv(csv_rows(label, shared, locale, story))),
    ]


def meeting_pack(c: Connection, asker: int | None, case_id: int, locale: str, *, audit: bool = True) -> Document:
    """The young people's "Before my meeting" pages as a short PDF for the meeting pack, read (and audited,
    unless the step that asked for it did) as ``asker``. Raises `storage.cases.AccessDenied` for anyone else."""
    wanted = (topics.MEETING_ASKED, *topics.MEETING)
    shared = cases.read_answers(c, asker, case_id, purpose="export", topics=wanted, audit=audit)
    label = str(c.scalar(select(cases.case_t.c.label).where(cases.case_t.c.id == case_id)))
    pages = [
        MeetingPage(
            render(person_name(v.role, v.number), locale),
            aware(v.asked_at),
            tuple(
                (
                    render(question, locale),
                    None
                    if a is None
                    else Entry(
                        render(who_said(a), locale), aware(a.created_at), plain_words(a.value), _marks(a.data, locale)
                    ),
                )
                for question, a in v.answers
            ),
        )
        for v in voices(shared)
    ]
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    return Document(f"{file_stem(label)}-before-my-meeting-{day}.pdf", meeting_pdf(label, pages, locale=locale))


def check_export(c: Connection, asker: int, case_id: int) -> int:
    """`export`'s check of the reader, and its audit entry, in the step that asks for it (the export is
    drawn after that step commits, with ``audit=False``); the case's id. Raises `cases.AccessDenied`."""
    cases.check_read(c, asker, case_id, purpose="export")
    return case_id


def check_chart(c: Connection, asker: int, case_id: int | None) -> int:
    """`chart_picture`'s check and audit entry, likewise; the case's id (a parent's own case for None)."""
    case_id = cases.family_case(c, asker) if case_id is None else case_id
    if case_id is None:
        raise cases.AccessDenied
    cases.check_read(c, asker, case_id, purpose="chart", topics=topics.SCALES)
    return case_id


def chart_picture(c: Connection, asker: int, case_id: int | None, locale: str, *, audit: bool = True) -> Document:
    """The progress chart alone, as a picture to send in the chat (read, and audited, as ``asker``; with no
    ``case_id``, a parent's own case, where they read only their own scores)."""
    case_id = cases.family_case(c, asker) if case_id is None else case_id
    if case_id is None:
        raise cases.AccessDenied
    shared = cases.read_answers(c, asker, case_id, purpose="chart", topics=topics.SCALES, audit=audit)
    label = str(c.scalar(select(cases.case_t.c.label).where(cases.case_t.c.id == case_id)))
    plan = plans.plan_of(c, case_id)
    made = datetime.now(UTC).strftime("%Y-%m-%d-%H%M%S")  # each chart its own name: a saved one is not overwritten
    return Document(f"{file_stem(label)}-chart-{made}.png", chart(label, shared, locale, plan), photo=True)


def houses(c: Connection, asker: int, locale: str, *, audit: bool = True) -> Document:
    """A picture of a young person's own three houses, as they stand now (their own words only)."""
    from bot.houses_picture import Houses, houses_picture

    case_id = cases.family_case(c, asker)
    shared = [] if case_id is None else cases.read_answers(c, asker, case_id, purpose="own", audit=audit)

    def words(topic: str) -> tuple[str, ...]:
        return tuple(_on_the_wall(i) for i in answers.items(shared, topic))

    picture = Houses(words(topics.HOUSE_WORRIES), words(topics.HOUSE_GOOD), words(topics.HOUSE_DREAMS))
    return Document("my-three-houses.png", houses_picture(picture, locale=locale), photo=True)


# A picture's and a voice note's small marks on the houses picture: its fonts have no emoji, so a framed
# square stands for 🖼️ and a note for 🎙️.
WALL_MARKS = {"picture": "▣", "voice": "♪"}


def _on_the_wall(item: answers.Item) -> str:
    """An item as the houses picture writes it: the young person's words, after a picture's or voice note's mark."""
    mark = WALL_MARKS.get(str(item.by.data.get("media_kind")))
    if mark is None:
        return item.words
    if item.by.data.get("media_kind") == "voice":
        mark = f"{mark} {length(int(item.by.data.get('seconds') or 0))}"
    return f"{mark} {item.words}".strip()


def my_data(c: Connection, person_id: int, locale: str) -> list[Document]:
    """A person's copy of everything they shared themselves (``/mydata``): a PDF for them to read, in their
    language, and the same as JSON, with when others read it. Only their own rows, never what others wrote;
    the step that asked wrote the audit entry."""
    own = cases.own_answers(c, person_id)
    readings = cases.readings_of(c, person_id, topics.SCALES)
    parts = [
        OwnPart(render(part.heading, locale), tuple((aware(when), render(line, locale)) for when, line in part.lines))
        for part in my_sections(own)
    ]
    read = [render(line, locale) for line in reading_lines(readings)]
    made = datetime.now(UTC)
    copy = {
        "made_at": made.isoformat(timespec="seconds"),
        "what_you_shared": [
            {
                "when": aware(a.created_at).isoformat(timespec="seconds"),
                "about": a.topic,
                "words": a.value,
                "details": a.data,
            }
            for a in own
        ],
        "read_by_others": [
            {"by": r.by, "what": r.action, "when": aware(r.at).isoformat(timespec="seconds")} for r in readings
        ],
    }
    day = made.strftime("%Y-%m-%d")
    return [
        Document(f"my-data-{day}.pdf", my_data_pdf(parts, read, locale=locale)),
        Document(f"my-data-{day}.json", json.dumps(copy, ensure_ascii=False, indent=2, default=str).encode()),
    ]


EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "audio/ogg": "ogg", "audio/mp4": "m4a"}


def story_picture(c: Connection, asker: int, story_id: int, media_id: int, *, audit: bool = True) -> Document:
    """The picture of a page of a story, for a young person reading it as approved (or the case's worker, or
    a parent allowed to draft it), protected; ``audit=False`` where the step that asked audited it: the
    reader is checked here all the same."""
    content = stories.picture(c, asker, story_id, media_id, audit=audit)
    kind = "png" if content[:4] == b"\x89PNG" else "webp" if content[8:12] == b"WEBP" else "jpg"
    return Document(f"story-picture-{media_id}.{kind}", content, photo=True, protect=True)


def opened(c: Connection, asker: int, case_id: int, media_id: int, *, audit: bool = True) -> Document:
    """A picture or voice note of the case for its worker, protected; ``audit=False`` where the step that
    asked checked and audited it (`storage.media.check`): the reader is checked here all the same."""
    if audit:
        media.check(c, asker, case_id, media_id)
    stored = media.read(c, asker, case_id, media_id)
    name = f"{stored.kind}-{media_id}.{EXTENSIONS.get(stored.mime, 'webm')}"
    picture = stored.kind == "picture"
    return Document(name, stored.content, photo=picture, voice=not picture, protect=True)
