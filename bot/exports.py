"""A case's export for the assessment: the PDF (three columns, scaling table and chart, checks, credit),
the CSV of every answer, and the progress chart on its own. Answers are read through storage's one door
(`storage.cases.read_answers`), which checks the reader and writes the audit entry."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from bot.i18n import render
from bot.reports import AimCheck, CaseReport, CsvRow, Entry, Score, Series, answers_csv, case_pdf, progress_chart
from dialogues import topics
from dialogues.messages import T
from dialogues.shared_view import who_said
from storage import cases
from storage.cases import SharedAnswer


@dataclass(frozen=True)
class Document:
    """A file to send: a PDF or CSV as a document, a PNG as a photo."""

    filename: str
    content: bytes
    photo: bool = False


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _entries(answers: Sequence[SharedAnswer], topic: str, locale: str) -> tuple[Entry, ...]:
    return tuple(Entry(render(who_said(a), locale), _aware(a.created_at), a.value) for a in answers if a.topic == topic)


def _scores(answers: Sequence[SharedAnswer], wanted: Sequence[str], locale: str) -> tuple[Score, ...]:
    found = []
    for a in answers:
        if a.topic in wanted and a.value.isdigit():
            why, higher = str(a.data.get("why_not_lower", "")), str(a.data.get("one_higher", ""))
            found.append(Score(render(who_said(a), locale), _aware(a.created_at), int(a.value), why, higher))
    return tuple(found)


def series(answers: Sequence[SharedAnswer], locale: str) -> list[Series]:
    """Each person's scores on the case's scale over time, one series each."""
    by_person: dict[str, list[tuple[datetime, int]]] = {}
    for score in _scores(answers, topics.SCALES, locale):
        by_person.setdefault(score.who, []).append((score.when, score.number))
    return [Series(who, tuple(points)) for who, points in by_person.items()]


def report(label: str, made_by: str, answers: Sequence[SharedAnswer], locale: str) -> CaseReport:
    people = tuple(
        Entry(render(who_said(a), locale), _aware(a.created_at), f"{a.value}: {a.data.get('how', '')}".rstrip(": "))
        for a in answers
        if a.topic == topics.SAFETY_PERSON
    )
    checks = tuple(
        AimCheck(_aware(a.created_at), a.value, tuple(a.data.get("seen", ())), tuple(a.data.get("missing", ())))
        for a in answers
        if a.topic == topics.AIM_CHECK
    )
    return CaseReport(
        case_label=label,
        made_at=datetime.now(UTC),
        made_by=made_by,
        worries=_entries(answers, topics.HOUSE_WORRIES, locale),
        working_well=_entries(answers, topics.HOUSE_GOOD, locale),
        needs_to_happen=_entries(answers, topics.HOUSE_DREAMS, locale),
        wishes=_entries(answers, topics.WIZARD_WISH, locale),
        safety_scales=_scores(answers, (topics.SAFETY_SCALE,), locale),
        safety_people=people,
        scaling=_scores(answers, topics.SCALES, locale),
        scale_goal="",
        zero_means=render(topics.STANDARD_ZERO, locale),
        ten_means=render(topics.STANDARD_TEN, locale),
        aim_checks=checks,
        alerts=_entries(answers, topics.ALERT_UNSAFE, locale),
    )


def chart(label: str, answers: Sequence[SharedAnswer], locale: str) -> bytes:
    return progress_chart(
        series(answers, locale),
        zero_means=render(topics.STANDARD_ZERO, locale),
        ten_means=render(topics.STANDARD_TEN, locale),
        title=render(T("Progress on the scale: {case}", case=label), locale),
        locale=locale,
    )


def csv_rows(label: str, answers: Sequence[SharedAnswer], locale: str) -> list[CsvRow]:
    return [
        CsvRow(label, render(who_said(a), locale), a.role, a.topic, a.value, _aware(a.created_at), a.data)
        for a in answers
    ]


def file_stem(label: str) -> str:
    """A file name from a case label: letters, digits and dashes only."""
    return re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")[:40] or "case"


def export(c: Connection, asker: int | None, case_id: int, locale: str) -> list[Document]:
    """The PDF and the CSV of a case, read (and audited) as ``asker``; None is an administrator at the
    command line. Raises `storage.cases.AccessDenied` for anyone else."""
    answers = cases.read_answers(c, asker, case_id, purpose="export")
    label = str(c.scalar(select(cases.case_t.c.label).where(cases.case_t.c.id == case_id)))
    made_by = (cases.worker_name(c, asker) if asker is not None else None) or render(T("an administrator"), locale)
    png = chart(label, answers, locale)
    stem = file_stem(label)
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    return [
        Document(f"{stem}-{day}.pdf", case_pdf(report(label, made_by, answers, locale), locale=locale, chart_png=png)),
        Document(f"{stem}-{day}.csv", answers_csv(csv_rows(label, answers, locale))),
    ]



def chart_picture(c: Connection, asker: int, case_id: int, locale: str) -> Document:
    """The progress chart alone, as a picture to send in the chat (read and audited as ``asker``)."""
    answers = cases.read_answers(c, asker, case_id, purpose="chart", topics=topics.SCALES)
    label = str(c.scalar(select(cases.case_t.c.label).where(cases.case_t.c.id == case_id)))
    return Document(f"{file_stem(label)}-chart.png", chart(label, answers, locale), photo=True)
