"""What a case's young people and parents shared, laid out for their worker: the three columns, the
wishes, the safety scale and safety people, and every person's scaling answers side by side by date.
Everything is shown in the words people wrote, with who said it and when."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from dialogues import topics
from dialogues.casebook import SharedAnswer
from dialogues.engine import Role
from dialogues.messages import T, Text


def who_said(answer: SharedAnswer) -> Text:
    if answer.role == Role.YOUNG_PERSON:
        return T("Young person {number}", number=answer.number)
    if answer.role == Role.PARENT:
        return T("Parent or carer {number}", number=answer.number)
    return T("Social worker")


def _said(answer: SharedAnswer) -> Text:
    return T("• {words} ({who}, {date})", words=Text.as_written(answer.value), who=who_said(answer),
             date=answer.created_at)  # fmt: skip


def _section(heading: Text, items: Sequence[Text]) -> Text:
    return Text.list_of([heading, *(items or [T("Nothing shared yet.")])])


def _score(answer: SharedAnswer) -> Text:
    why = str(answer.data.get("why_not_lower", ""))
    higher = str(answer.data.get("one_higher", ""))
    return T(
        "• {who}, {date}: {number} out of 10. Why not lower: {why}. One point higher would be: {higher}",
        who=who_said(answer),
        date=answer.created_at,
        number=Text.as_written(answer.value),
        why=Text.as_written(why or "-"),
        higher=Text.as_written(higher or "-"),
    )


def _side_by_side(scores: Sequence[SharedAnswer]) -> list[Text]:
    """One line per day: each person's number that day, so they can be compared."""
    lines = []
    for day, same_day in groupby(scores, key=lambda a: a.created_at.date()):
        numbers = [T("{who}: {number}", who=who_said(a), number=Text.as_written(a.value)) for a in same_day]
        lines.append(T("{date}: {numbers}", date=day, numbers=Text.list_of(numbers)))
    return lines


def shared_view(answers: Sequence[SharedAnswer]) -> list[Text]:
    """The sections a worker reads, oldest first within each."""
    by_topic: dict[str, list[SharedAnswer]] = {}
    for answer in answers:
        by_topic.setdefault(answer.topic, []).append(answer)
    sections = [_section(heading, [_said(a) for a in by_topic.get(topic, [])]) for topic, heading in topics.COLUMNS]
    wishes = [_said(a) for a in by_topic.get(topics.WIZARD_WISH, [])]
    sections.append(_section(T("The wizard's or fairy's three wishes:"), wishes))
    sections.append(_section(T("How safe the young person feels (0 to 10):"),
                             [_score(a) for a in by_topic.get(topics.SAFETY_SCALE, [])]))  # fmt: skip
    people = [
        T("• {name}: {how} ({who}, {date})", name=Text.as_written(a.value),
          how=Text.as_written(str(a.data.get("how", "")) or "-"), who=who_said(a), date=a.created_at)
        for a in by_topic.get(topics.SAFETY_PERSON, [])
    ]  # fmt: skip
    sections.append(_section(T("Who can help the young person stay safe:"), people))
    scores = sorted((a for t in topics.SCALES for a in by_topic.get(t, [])), key=lambda a: (a.created_at, a.id))
    if scores:
        sections.append(_section(T("Scaling, side by side by date:"), _side_by_side(scores)))
        sections.append(_section(T("Each person's number and reasons:"), [_score(a) for a in scores]))
    known = {*(t for t, _ in topics.COLUMNS), topics.WIZARD_WISH, topics.SAFETY_SCALE, topics.SAFETY_PERSON,
             *topics.SCALES, topics.ALERT_UNSAFE}  # fmt: skip
    others = [_said(a) for a in answers if a.topic not in known]
    if others:
        sections.append(_section(T("Other things they shared:"), others))
    alerts = by_topic.get(topics.ALERT_UNSAFE, [])
    if alerts:
        lines = [T("• {who}, {date}", who=who_said(a), date=a.created_at) for a in alerts]
        sections.append(_section(T("⚠️ \"I don't feel safe\" alerts:"), lines))
    return sections
