"""What a case's young people and parents shared, laid out for their worker: the three columns, the
wishes, the safety scale and safety people, and every person's numbers side by side in one table.
Everything is shown in the words people wrote, with who said it and when, and beside them their marks:
words that raised an alert, words forwarded from someone else's message. Words typed where a button was
expected are shown too, as said outside a question."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import Any

from dialogues import answers, topics
from dialogues.casebook import SharedAnswer
from dialogues.engine import Role
from dialogues.messages import T, Text
from dialogues.safety import marked

# Unicode's bidirectional controls: embeddings, overrides and isolates, and the invisible direction marks.
# In someone's words they could turn the worker's view around them ("(Parent or carer 1, ...)" reversed or
# pulled into their line), so what workers read is shown without them.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C], None)
CONTINUED = "\n   ↳ "  # a line break inside someone's words, as the worker sees it: still their item


def plain_words(words: str) -> str:
    """A person's words as workers read them: without bidirectional controls (nobody's words can reorder
    the page around them), their line breaks kept."""
    return words.translate(BIDI_CONTROLS)


def their_words(words: str) -> Text:
    """A person's words in the worker's chat view: plain (`plain_words`), each line after their first
    marked as going on, so that no line of theirs can look like another entry."""
    return Text.as_written(plain_words(words).replace("\r\n", "\n").replace("\r", "\n").replace("\n", CONTINUED))


def length(seconds: int) -> str:
    """A voice note's length as people read it on a player: ``0:42``, ``4:05``."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def media_label(data: Mapping[str, Any]) -> Text | None:
    """What stands for a picture or voice note in a list ("🖼️ a picture", "🎙️ a voice note (0:42)"), or None
    for words."""
    if data.get("media_kind") == "picture":
        return T("🖼️ a picture")
    if data.get("media_kind") == "voice":
        return T("🎙️ a voice note ({length})", length=Text.as_written(length(int(data.get("seconds") or 0))))
    return None


def with_media(words: Text, raw: str, data: Mapping[str, Any]) -> Text:
    """``words`` (the caption, if any) after the picture's or voice note's label, when ``data`` names one."""
    label = media_label(data)
    if label is None:
        return words
    return T("{what}: {words}", what=label, words=words) if raw.strip() else label


def person_name(role: str, number: int, worker_name: str | None = None) -> Text:
    """How a person in a case is named to its worker: by role and number (no real names are needed), and
    a worker by their name when it is known."""
    if role == Role.YOUNG_PERSON:
        return T("Young person {number}", number=number)
    if role == Role.PARENT:
        return T("Parent or carer {number}", number=number)
    if role == Role.NETWORK:
        return T("Safety network member {number}", number=number)
    if worker_name:
        return T("{name} (social worker)", name=Text.as_written(worker_name))
    return T("Social worker")


def network_name(number: int, name: str, relationship: str) -> Text:
    """A safety network member as their worker knows them: their number, and the name and relationship the
    worker wrote ("Safety network member 1: Jo, Mum's friend")."""
    return T(
        "{member}: {name}, {relationship}",
        member=person_name(Role.NETWORK, number),
        name=Text.as_written(name),
        relationship=Text.as_written(relationship),
    )


def who_said(answer: SharedAnswer) -> Text:
    return person_name(answer.role, answer.number)


def _said(answer: SharedAnswer) -> Text:
    return T("• {words} ({who}, {date})", words=marked(their_words(answer.value), answer.data),
             who=who_said(answer), date=answer.created_at)  # fmt: skip


def _item(item: answers.Item) -> Text:
    """An item as it stands, with who put it there and when; earlier versions after it; and, when its
    person took it out, when (the worker still sees it: the young person is told so)."""
    data = item.rows[-1].data if item.rows else {}
    words = marked(with_media(their_words(item.words), item.words, item.by.data), data)
    line = T("• {words} ({who}, {date})", words=words, who=who_said(item.by), date=item.when)
    earlier = [
        T("  (before {date}: {words})", date=row.created_at, words=marked(their_words(row.value), row.data))
        for row in item.rows[:-1]
    ]
    if item.taken_out is not None:
        earlier.append(T("  (taken out by them on {date})", date=item.taken_out))
    return Text.list_of([line, *earlier]) if earlier else line


def _taken_out(line: Text, item: answers.Item) -> Text:
    if item.taken_out is None:
        return line
    return Text.list_of([line, T("  (taken out by them on {date})", date=item.taken_out)])


def _section(heading: Text, lines: Sequence[Text]) -> Text:
    return Text.list_of([heading, *(lines or [T("Nothing shared yet.")])])


def _reason(score: answers.Scored, part: str, words: str) -> Text:
    row = score.parts.get(part)
    return marked(their_words(words or "-"), row.data if row is not None else {})


def _score(score: answers.Scored) -> Text:
    line = marked(_score_line(score), {"alert": score.answer.data.get("alert")})
    if not score.ten:
        return line
    return Text.list_of([line, T("What 10 would look like: {words}", words=_reason(score, answers.TEN, score.ten))])


def _score_line(score: answers.Scored) -> Text:
    if score.number == 0 and not score.why:  # a 0 is asked what would make it a 1, not why it is not lower
        return T(
            "• {who}, {date}: 0 out of 10. What would make it a 1: {one}",
            who=who_said(score.answer),
            date=score.answer.created_at,
            one=_reason(score, answers.ONE, score.one),
        )
    return T(
        "• {who}, {date}: {number} out of 10. Why not lower: {why}. One point higher would be: {higher}",
        who=who_said(score.answer),
        date=score.answer.created_at,
        number=score.number,
        why=_reason(score, answers.WHY, score.why),
        higher=_reason(score, answers.HIGHER, score.higher),
    )


ROLE_ORDER = {Role.YOUNG_PERSON: 0, Role.PARENT: 1, Role.WORKER: 3}  # any other role: between parents and workers


def _numbers_table(scored: Sequence[answers.Scored]) -> list[Text]:
    """Every person's numbers side by side: a column each (young people, parents, anyone else, workers), a
    row a day, newest first; a person's several numbers on one day share their cell, newest first too, so that
    the first number a worker reads is always the latest (a 7 then a 0 the same day reads "0, 7")."""
    people = sorted({(s.answer.role, s.answer.number): s.answer for s in scored}.items(),
                    key=lambda found: (ROLE_ORDER.get(found[0][0], 2), found[0][1]))  # fmt: skip
    rows = [Text.row_of([T("Date"), *(who_said(answer) for _, answer in people)])]
    by_day = sorted(scored, key=lambda s: s.answer.created_at.date(), reverse=True)
    for day, same_day in groupby(by_day, key=lambda s: s.answer.created_at.date()):
        that_day = sorted(same_day, key=lambda s: s.answer.created_at, reverse=True)
        cells = [
            ", ".join(str(s.number) for s in that_day if (s.answer.role, s.answer.number) == person) or "-"
            for person, _ in people
        ]
        rows.append(Text.row_of([Text("{date}", {"date": day}), *(Text.as_written(cell) for cell in cells)]))
    if any(role == Role.YOUNG_PERSON for (role, _), _ in people):
        rows.append(T("A young person's number is how safe they feel; everyone else's is on the case's scale."))
    return rows


KNOWN = {
    *(t for t, _ in topics.COLUMNS), topics.WIZARD_WISH, topics.SAFETY_PERSON, topics.SAFETY_PERSON_HOW,
    topics.ALERT_UNSAFE, topics.AIM_CHECK, topics.PROMPT_DISMISSED, topics.SAID_OUTSIDE,
    topics.WORD_TO, topics.WORD_THUMB, topics.WORD_REPLY, topics.STORY_QUESTION,
    *(f"{t}{part}" for t in (topics.SAFETY_SCALE, *topics.SCALES) for part in ("", ".why", ".higher", ".ten", ".one")),
}  # fmt: skip


def words_to(shared: Sequence[SharedAnswer]) -> list[tuple[SharedAnswer, list[SharedAnswer]]]:
    """ "You said, we did": each worker's message, oldest first, with the 👍 and replies of the person it was
    written to."""
    answered = [a for a in shared if a.topic in (topics.WORD_THUMB, topics.WORD_REPLY)]
    return [
        (message, [a for a in answered if a.data.get("message") == message.id])
        for message in shared
        if message.topic == topics.WORD_TO
    ]


def word_from(message: SharedAnswer) -> Text:
    """Who wrote a worker's message, and who it was for."""
    worker = person_name(Role.WORKER, message.number, str(message.data.get("from") or ""))
    to = person_name(str(message.data.get("to_role", "")), int(message.data.get("to_number", 0)))
    return T("{worker} to {member}", worker=worker, member=to)


def _words_to(shared: Sequence[SharedAnswer]) -> list[Text]:
    lines: list[Text] = []
    for message, answered in words_to(shared):
        lines.append(T("• {words} ({who}, {date})", words=their_words(message.value), who=word_from(message),
                       date=message.created_at))  # fmt: skip
        lines += [
            T("  ↳ {words} ({who}, {date})", words=marked(their_words(a.value), a.data), who=who_said(a),
              date=a.created_at)
            for a in answered
        ]  # fmt: skip
    return lines


def shared_view(shared: Sequence[SharedAnswer]) -> list[Text]:
    """The sections a worker reads, oldest first within each."""
    sections = [
        _section(heading, [_item(i) for i in answers.items(shared, topic, taken_out=True)])
        for topic, heading in topics.COLUMNS
    ]
    wishes = [_said(a) for a in shared if a.topic == topics.WIZARD_WISH]
    sections.append(_section(T("The wizard's or fairy's three wishes:"), wishes))
    safety = [_score(s) for s in answers.scores(shared, topics.SAFETY_SCALE)]
    sections.append(_section(T("How safe the young person feels (0 to 10):"), safety))
    how = {str(a.data.get("item")): a for a in shared if a.topic == topics.SAFETY_PERSON_HOW}

    def helps(item_id: str) -> Text:
        row = how.get(item_id)
        return marked(their_words(row.value or "-"), row.data) if row else Text.as_written("-")

    people = [
        _taken_out(T("• {name}: {how} ({who}, {date})",
                     name=marked(their_words(i.words), i.rows[-1].data if i.rows else {}),
                     how=helps(i.id), who=who_said(i.by), date=i.when), i)
        for i in answers.items(shared, topics.SAFETY_PERSON, taken_out=True)
    ]  # fmt: skip
    sections.append(_section(T("Who can help the young person stay safe:"), people))
    scored = sorted((s for t in topics.SCALES for s in answers.scores(shared, t)), key=lambda s: s.answer.created_at)
    everyone = [*answers.scores(shared, topics.SAFETY_SCALE), *scored]
    if everyone:
        sections.append(_section(T("Everyone's numbers, newest first:"), _numbers_table(everyone)))
    if scored:
        sections.append(_section(T("Each person's number and reasons:"), [_score(s) for s in scored]))
    outside = [_said(a) for a in shared if a.topic == topics.SAID_OUTSIDE]
    if outside:
        sections.append(_section(T("Said outside a question (typed where a button was expected):"), outside))
    words = _words_to(shared)
    if words:
        sections.append(_section(T("You said, we did: messages to the family, with their 👍 and replies:"), words))
    asked = [_said(a) for a in shared if a.topic == topics.STORY_QUESTION]
    if asked:
        sections.append(_section(T("Questions while reading the words and pictures story:"), asked))
    others = [_said(a) for a in shared if a.topic not in KNOWN]
    if others:
        sections.append(_section(T("Other things they shared:"), others))
    alerts = [a for a in shared if a.topic == topics.ALERT_UNSAFE]
    if alerts:
        lines = [T("• {who}, {date}", who=who_said(a), date=a.created_at) for a in alerts]
        sections.append(_section(T("⚠️ Urgent alerts (a help button, a 0 on how safe they feel, or words that sound "
                                   "unsafe):"), lines))  # fmt: skip
    return sections
