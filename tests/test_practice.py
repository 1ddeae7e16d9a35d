"""The service's practice report (issue 16): counts and times over the whole service, never a name or a
case label, small counts shown as "fewer than 5"; worked out without opening anything sealed."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pypdf
import pytest
from sqlalchemy import update

from bot.i18n import render
from bot.reports import practice_chart, practice_csv, practice_pdf
from dialogues import NOTICES, topics
from dialogues import practice as shown
from dialogues.content import programme_theory as pt
from dialogues.messages import Text
from storage import alerts, cases, plans, practice
from storage.models import utcnow
from storage.repository import Standing, Store, Tx, answer_t, case_t
from storage.seal import Sealer
from tests.transcript import Chat, Person, say

FEWER = render(shown.FEWER, "en")
NOT_SHOWN = render(shown.NOT_SHOWN, "en")
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def figures(**changes) -> practice.Practice:
    values = {
        "since": None,
        "until": NOW,
        "cases": 12,
        "heard": 7,
        "goal": 10,
        "numbers": (("young_person", 6), ("parent", 3), ("network", 0), ("worker", 12)),
        "checkin_days": 7.25,
        "checkin_gaps": 9,
        "alerts": 6,
        "acknowledged": 4,
        "ack_minutes": 3.0,
        "escalated": 2,
        "aim_checks": (("3", 5), ("12", 1), ("", 8)),
        "dismissed": 0,
        "raised": 7,
        "months": (practice.Month("2026-11", 20, 2, 5, 0, 7),),
    }
    return practice.Practice(**(values | changes))


def shown_values(f: practice.Practice) -> dict[str, str]:
    return {line.key: render(line.value, "en") for line in shown.lines(f)}


def test_counts_of_1_to_4_show_as_fewer_than_5_and_nothing_worked_out_from_them_shows():
    values = shown_values(figures())
    assert values["cases_open"] == "12"
    assert values["young_person_heard"] == "7 of 12 (58%)"
    assert values["goal_defined"] == NOT_SHOWN, "2 cases without a goal would be worked back from 10 of 12"
    assert values["number_parent"] == NOT_SHOWN and values["number_young_person"] == "6 of 12 (50%)"
    assert values["number_network"] == "0 of 12 (0%)", "a role nobody has yet is there, as none"
    assert values["number_worker"] == "12 of 12 (100%)"
    assert values["checkin_days"] == "7.2 days"
    assert values["alerts_raised"] == "6"
    assert values["alert_minutes"] == NOT_SHOWN, "a median of 4 alerts' times"
    assert values["alerts_escalated"] == NOT_SHOWN
    assert values["aim_check_3"] == "5" and values["aim_check_12"] == FEWER and values["aim_check_unknown"] == "8"
    assert values["prompts_dismissed"] == "0" and values["prompts_raised"] == "7"
    months = {line.key: render(line.value, "en") for _, found in shown.month_lines(figures()) for line in found}
    assert {key: months[key] for key in ("checkins", "alerts_raised", "aim_checks")} == {
        "checkins": "20",
        "alerts_raised": FEWER,
        "aim_checks": "5",
    }
    assert months["prompts_raised"] == "7" and months["prompts_dismissed"] == "0"
    assert months["cases_open"] == "0" and months["young_person_heard"] == render(shown.NONE_YET, "en")


def test_a_small_service_shows_nothing_but_fewer_than_5():
    values = shown_values(figures(cases=3, heard=3, goal=1, numbers=(("parent", 2),), alerts=0, acknowledged=0))
    assert values["cases_open"] == FEWER
    assert {values[k] for k in ("young_person_heard", "goal_defined", "number_parent")} == {NOT_SHOWN}
    assert values["alerts_raised"] == "0" and values["alert_minutes"] == render(shown.NONE_YET, "en")


def test_the_pdf_and_csv_show_the_figures_and_hide_small_counts():
    f = figures()
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(
        practice_pdf(f, locale="en", chart_png=practice_chart(f, locale="en"))
    )).pages)  # fmt: skip
    assert "The service's practice" in text and "7 of 12 (58%)" in text and FEWER in text
    rows = list(csv.DictReader(io.StringIO(practice_csv(f, locale="en").decode("utf-8-sig"))))
    by_key = {(r["measure"], r["month"]): r["value"] for r in rows}
    assert by_key[("aim_check_12", "")] == FEWER and by_key[("alerts_raised", "2026-11")] == FEWER
    assert by_key[("checkins", "2026-11")] == "20"
    assert all(r["value"] not in ("1", "2", "3", "4") for r in rows), rows


def family(store: Store, n: int, worker: int, *, young_words: bool, goal: bool) -> int:
    """Case ``n`` with a young person and a parent, who checks in twice a week apart."""
    case_id = store.ensure_case(f"Family Secretname {n}", worker)
    store.ensure_member(case_id, 1000 + n, "young_person")
    store.ensure_member(case_id, 2000 + n, "parent")
    with store.transaction() as tx:
        parent = tx.person(2000 + n).id
        tx.add_answers(parent, Standing("parent", case_id), [("checkin", "6", {"scale": "a"})], None)
        tx.add_answers(parent, Standing("parent", case_id), [("checkin", "7", {"scale": "b"})], None)
        first = tx.c.execute(
            answer_t.select().where(answer_t.c.case_id == case_id).order_by(answer_t.c.id).limit(1)
        ).first()
        tx.c.execute(update(answer_t).where(answer_t.c.id == first.id).values(created_at=utcnow() - timedelta(days=7)))
        if young_words:
            young = tx.person(1000 + n).id
            tx.add_answers(young, Standing("young_person", case_id), [("house.worries", "Dad shouts", {})], None)
        plans.set_plan(
            tx.c, tx.person(9000).id, case_id, goal="Safe at home" if goal else "", ten_means="Safe", zero_means="Not"
        )
    return case_id


def six_alerts(tx: Tx, case_id: int) -> None:
    """Six alerts raised an hour ago by the first family's young person, five taken on by the worker in 2 minutes."""
    raised = utcnow() - timedelta(hours=1)
    young = tx.person(1000).id
    for i in range(6):
        alert = alerts.add(
            tx.c, case_id, young, "young_person", "button", answer_id=None, escalate_at=raised, now=raised
        )
        if i < 5:
            alerts.acknowledge(tx.c, tx.person(9000).id, alert, now=raised + timedelta(minutes=2))


@pytest.fixture
def service(store: Store) -> Store:
    """Seven families: six heard from, five with a whole plan; six alerts, five acknowledged in 2 minutes."""
    worker = store.add_worker(9000, "Sam Worker")
    ids = [family(store, n, worker, young_words=n < 6, goal=n < 5) for n in range(7)]
    with store.transaction() as tx:
        six_alerts(tx, ids[0])
        for case_id in ids[:5]:
            practice.mark(tx.c, case_id, practice.AIM_CHECK, "3")
        practice.mark(tx.c, ids[0], practice.PROMPT_DISMISSED, "quiet_child")
        for _drawn in range(2):
            practice.mark_once(tx.c, ids[1], practice.PROMPT_RAISED, "flat_scores:1:3")
    return store


def test_the_figures_are_counted_without_opening_anything_sealed(service, monkeypatch):
    def no_keys(*_args, **_kwargs):
        raise AssertionError("the practice report used a data key")

    monkeypatch.setattr(Sealer, "open", no_keys)
    monkeypatch.setattr(Sealer, "_key_for", no_keys)
    monkeypatch.setattr(Sealer, "_key_by_id", no_keys)
    with service.transaction() as tx:
        f = practice.figures(tx.c)
    assert (f.cases, f.heard, f.goal) == (7, 6, 5)
    assert dict(f.numbers) == {"young_person": 0, "parent": 7, "network": 0, "worker": 0}
    assert f.checkin_gaps == 7 and f.checkin_days == pytest.approx(7, abs=0.01)
    assert (f.alerts, f.acknowledged, f.escalated) == (6, 5, 0) and f.ack_minutes == pytest.approx(2)
    assert f.aim_checks == (("3", 5),) and f.dismissed == 1 and f.raised == 1
    by_month = [(m.checkins, m.alerts, m.aim_checks, m.dismissed, m.raised) for m in f.months]
    assert [sum(counts) for counts in zip(*by_month, strict=True)] == [14, 6, 5, 1, 1]


def test_a_period_counts_only_what_happened_in_it(service):
    with service.transaction() as tx:
        tx.c.execute(update(case_t).where(case_t.c.id == 1).values(closed_at=utcnow() - timedelta(days=40)))
        f = practice.figures(tx.c, since=utcnow() - timedelta(days=3))
    assert f.cases == 6, "a case closed before the period is not counted"
    assert dict(f.numbers)["parent"] == 6 and f.checkin_gaps == 6, "check-ins a week ago fall before it"


def test_practice_marks_go_with_their_case_when_it_is_erased(service):
    from storage.erasure import erase_case

    assert erase_case(service.engine, 1)
    with service.transaction() as tx:
        assert practice.figures(tx.c).aim_checks == (("3", 4),)


MOVED_TO = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)  # the seeded service's "now", moved back
UNTIL = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _moved(when: datetime | None, by: timedelta) -> datetime | None:
    return None if when is None else (when.replace(tzinfo=UTC) if when.tzinfo is None else when) - by


@pytest.fixture
def months_service(store: Store) -> Store:
    """Twelve families opened on 1 September, everything else moved back to 20 October: six young people
    heard from, five whole plans, every parent checking in a week apart; six alerts, five taken on in 2
    minutes; then two alerts in November; one family closed on 5 October, so 11 are open in November."""
    worker = store.add_worker(9000, "Sam Worker")
    ids = [family(store, n, worker, young_words=n < 6, goal=n < 5) for n in range(12)]
    with store.transaction() as tx:
        six_alerts(tx, ids[0])
        by = utcnow() - MOVED_TO
        for table, columns in (
            (answer_t, ("created_at",)),
            (alerts.alert_t, ("raised_at", "acknowledged_at", "escalate_at")),
            (plans.plan_t, ("updated_at",)),
        ):
            for row in tx.c.execute(table.select()).mappings().all():
                key = next(iter(table.primary_key.columns))
                tx.c.execute(
                    update(table)
                    .where(key == row[key.name])
                    .values({column: _moved(row[column], by) for column in columns})
                )
        tx.c.execute(update(case_t).values(created_at=datetime(2026, 9, 1, tzinfo=UTC)))
        tx.c.execute(update(case_t).where(case_t.c.id == ids[-1]).values(closed_at=datetime(2026, 10, 5, tzinfo=UTC)))
        for minutes in (1, 30):
            late = datetime(2026, 11, 10, tzinfo=UTC)
            alert = alerts.add(
                tx.c, ids[1], tx.person(1000).id, "young_person", "button", answer_id=None, escalate_at=late, now=late
            )
            alerts.acknowledge(tx.c, tx.person(9000).id, alert, now=late + timedelta(minutes=minutes))
    return store


def test_each_month_has_its_shares_and_medians_with_small_counts_hidden_and_nothing_identifying(months_service):
    with months_service.transaction() as tx:
        f = practice.figures(tx.c, until=UNTIL)
    assert [m.month for m in f.months] == ["2026-09", "2026-10", "2026-11"]
    rows = list(csv.DictReader(io.StringIO(practice_csv(f, locale="en").decode("utf-8-sig"))))
    by_key = {(r["measure"], r["month"]): r["value"] for r in rows}
    september = {k: by_key[(k, "2026-09")] for k in ("cases_open", "young_person_heard", "goal_defined")}
    assert september == {"cases_open": "12", "young_person_heard": "0 of 12 (0%)", "goal_defined": "0 of 12 (0%)"}
    october = {key: value for (key, month), value in by_key.items() if month == "2026-10"}
    assert october["cases_open"] == "12"
    assert october["young_person_heard"] == "6 of 12 (50%)", "words on 20 October, within 4 weeks of its end"
    assert october["goal_defined"] == "5 of 12 (42%)"
    assert october["number_parent"] == "12 of 12 (100%)" and october["number_young_person"] == "0 of 12 (0%)"
    assert october["checkin_days"] == "7.0 days" and october["alert_minutes"] == "2 minutes"
    assert october["alerts_escalated"] == "0 of 6 (0%)" and october["alerts_raised"] == "6"
    november = {key: value for (key, month), value in by_key.items() if month == "2026-11"}
    assert november["cases_open"] == "11", "the family closed on 5 October is not open in November"
    assert november["young_person_heard"] == "0 of 11 (0%)", "20 October is more than 4 weeks before its end"
    assert november["goal_defined"] == "5 of 11 (45%)" and november["number_parent"] == "0 of 11 (0%)"
    assert november["checkin_days"] == render(shown.NONE_YET, "en")
    assert november["alerts_raised"] == FEWER, "two alerts"
    assert november["alert_minutes"] == NOT_SHOWN and november["alerts_escalated"] == NOT_SHOWN
    assert all(r["value"] not in ("1", "2", "3", "4") for r in rows), rows
    pdf = practice_pdf(f, locale="en", chart_png=practice_chart(f, locale="en"))
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "5 of 11 (45%)" in text and "of the cases open at any time in that month" in text
    for written in (text, "\n".join(",".join(r.values()) for r in rows)):
        for secret in ("Secretname", "Sam Worker", "Dad shouts", "Safe at home", "9000", "1000"):
            assert secret not in written, secret


def test_the_chart_draws_no_share_or_median_worked_out_from_a_small_count():
    month = practice.Month(
        "2026-11", 20, 6, 5, 0, 7, cases=12, heard=6, goal=10, numbers=(("parent", 3),),
        checkin_days=7.0, checkin_gaps=3, acknowledged=6, ack_minutes=2.0, escalated=0,
    )  # fmt: skip
    assert shown.percent(month.heard, month.cases) == 50
    assert shown.percent(month.goal, month.cases) is None, "2 left out"
    assert shown.percent(3, 12) is None and shown.percent(0, 0) is None
    f = figures(months=(month,))
    assert practice_chart(f, locale="en").startswith(b"\x89PNG")
    lines = {line.key: render(line.value, "en") for _, found in shown.month_lines(f) for line in found}
    assert lines["checkin_days"] == NOT_SHOWN and lines["alert_minutes"] == "2 minutes"
    assert lines["goal_defined"] == NOT_SHOWN and lines["number_parent"] == NOT_SHOWN


def test_only_a_registered_worker_is_made_a_manager(store):
    store.add_worker(7001, "Pat Manager")
    with store.transaction() as tx:
        person = tx.person(7001).id
        assert not practice.is_manager(tx.c, person)
        assert practice.set_manager(tx.c, 7001, True) and practice.is_manager(tx.c, person)
        assert not practice.set_manager(tx.c, 7002, True), "not a worker"
        assert not practice.is_manager(tx.c, tx.person(7002).id)


# -- /practice, as transcripts ----------------------------------------------------------------------------


@pytest.fixture
def chat(store: Store) -> Chat:
    """Sam works on three families; Pat is a manager; Jo is a worker who is not."""
    sam = store.add_worker(900, "Sam Jones")
    for n in range(3):
        case_id = store.ensure_case(f"Family Secretname {n}", sam)
        store.ensure_member(case_id, 960 + n, "parent")
    store.ensure_member(1, 970, "young_person")
    store.add_worker(800, "Pat Manager")
    store.add_worker(801, "Jo Worker")
    with store.transaction() as tx:
        practice.set_manager(tx.c, 800, True)
    return Chat(store)


def started(chat: Chat, telegram_id: int) -> Person:
    someone = chat.person(telegram_id)
    someone.says("/start")
    someone.presses("English")
    return someone


def test_a_manager_sees_the_service_s_practice_with_no_names_and_small_counts_hidden(chat, store):
    pat = started(chat, 800)
    said = pat.says("/practice")
    assert "The service's practice." in said.text
    assert "• Cases open in the period: fewer than 5" in said.text, said.text
    assert f"• Cases with a number from workers: {NOT_SHOWN}" in said.text, "0 of 3: a share of a small count"
    assert f"• Cases with the young person's words in their last 4 weeks: {NOT_SHOWN}" in said.text
    assert "• Alerts raised: 0" in said.text
    for name in ("Secretname", "Sam Jones", "Pat Manager", "Jo Worker"):
        assert name not in said.text
    with store.transaction() as tx:
        trail = cases.audit_trail(tx.c, practice.SERVICE)
        assert [(line.person_id, line.action, line.detail) for line in trail] == [
            (tx.person(800).id, "practice report", "since the start, chat")
        ]


def test_a_manager_s_help_lists_practice_and_nobody_else_s_does(chat):
    assert "\n/practice: The service's practice" in started(chat, 800).says("/help").text
    for telegram_id in (801, 900, 960, 970):
        assert "/practice" not in started(chat, telegram_id).says("/help").text, telegram_id


def test_practice_is_an_unknown_command_to_everyone_but_a_manager(chat, store):
    for telegram_id in (801, 900, 960, 970):
        someone = started(chat, telegram_id)
        said = someone.says("/practice")
        assert said.texts[0].startswith(say(NOTICES.unknown_command)), telegram_id
        assert "The service's practice" not in said.text
    newcomer = chat.person(990)
    newcomer.says("/start")
    assert say(NOTICES.unknown_command) in newcomer.says("/practice").text
    with store.transaction() as tx:
        assert cases.audit_trail(tx.c, practice.SERVICE) == [], "nothing was read"


def test_a_check_of_an_aim_and_a_dismissed_prompt_are_counted_by_aim_for_the_report(chat, store):
    sam = started(chat, 900)
    sam.says("/cases 1")
    sam.presses("🧭 Check an aim of the practice guide")
    sam.presses(sam.last.buttons[0])
    aim = pt.aim(2)
    sam.presses(f"Aim 2: {render(Text(aim.title), 'en')}")
    sam.presses("☑️ Check this aim for the case")
    assert "Saved to the case" in sam.presses("✅ Done").text
    with store.transaction() as tx:
        for score in ("6", "5", "5"):
            tx.add_answers(tx.person(960).id, Standing("parent", 1), [(topics.CHECKIN, score, {})], None)
    sam.says("/cases 1")
    card = sam.says("/cases 1")
    sam.presses(next(b for b in card.buttons if b.startswith("✖️ Dismiss: A parent's last 3")))
    with store.transaction() as tx:
        f = practice.figures(tx.c)
    assert f.aim_checks == (("2", 1),) and f.dismissed == 1
    assert f.raised == 1, "one prompt, raised once however often the card is drawn"
    said = started(chat, 800).says("/practice")
    assert "• Practice-guide checks of aim 2: fewer than 5" in said.text
    assert "• Prompts dismissed: fewer than 5" in said.text and "• Prompts raised: fewer than 5" in said.text


def test_a_manager_taken_off_the_service_and_registered_again_is_not_a_manager(store):
    from storage.cases import ADMINISTRATOR
    from storage.workers import remove_worker

    store.add_worker(7001, "Pat Manager")
    with store.transaction() as tx:
        practice.set_manager(tx.c, 7001, True)
        assert remove_worker(tx.c, 7001, ADMINISTRATOR).done
    store.add_worker(7001, "Pat Manager")
    with store.transaction() as tx:
        assert not practice.is_manager(tx.c, tx.person(7001).id), "least access: made a manager again if need be"


def test_the_check_in_gaps_are_a_parent_s_or_a_network_member_s_and_say_so(store):
    """A safety network member checks in as parents do: their gaps are counted, and the line says whose."""
    worker = store.add_worker(9000, "Sam Worker")
    case_id = store.ensure_case("Family Secretname", worker)
    store.ensure_member(case_id, 3000, "network")
    with store.transaction() as tx:
        nan = tx.person(3000).id
        tx.add_answers(nan, Standing("network", case_id), [("checkin", "6", {"scale": "a"})], None)
        tx.add_answers(nan, Standing("network", case_id), [("checkin", "7", {"scale": "b"})], None)
        first = tx.c.execute(answer_t.select().order_by(answer_t.c.id).limit(1)).first()
        tx.c.execute(update(answer_t).where(answer_t.c.id == first.id).values(created_at=utcnow() - timedelta(days=3)))
        f = practice.figures(tx.c)
    assert f.checkin_gaps == 1 and f.checkin_days == pytest.approx(3, abs=0.01)
    (line,) = [line for line in shown.lines(f) if line.key == "checkin_days"]
    assert "safety network member" in render(line.label, "en") and "parent" in render(line.label, "en")
