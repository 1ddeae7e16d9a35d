"""End to end, on both databases: the real bot process against the fake Bot API, when an alert meets
ordinary faults. A worker who blocked the bot: the alert reaches a co-worker and a duty worker at once.
"I'm on it": the young person is told. A worker whose sends fail with 5xx for a while: the alert arrives
once they stop, without a restart."""

from __future__ import annotations

import re
import time

from e2e import Harness, User, eventually, joined_young_person, outbox_t
from fakebotapi import SentRecord
from sqlalchemy import Table, select

from bot.i18n import render
from dialogues.alerts import ON_IT
from dialogues.messages import T
from storage.models import AlertDelivery

delivery_t: Table = AlertDelivery.__table__

UNSAFE = render(T("🆘 I don't feel safe right now"), "en")
I_M_ON_IT = render(ON_IT, "en")
BLOCKED = "Forbidden: bot was blocked by the user"
BAD_GATEWAY = "Bad Gateway"
WITHIN = 5.0  # seconds: ALERT_ESCALATE_MINUTES=0, plus this


def urgent(record: SentRecord, chat_id: int) -> bool:
    return record.chat_id == chat_id and record.method == "sendMessage" and "Urgent" in (record.text or "")


def co_worker(harness: Harness, sam: User, user_id: int, name: str) -> User:
    """A second registered worker, who joined Sam's case through Sam's invitation."""
    harness.companion("worker", "add", "--telegram-id", str(user_id), "--name", name)
    listed = sam.sends("/cases")
    sam.presses(next(label for label in listed.buttons if label.endswith(": Family C")))
    invited = sam.presses(render(T("🤝 Invite a co-worker"), "en"))
    code = re.search(r"\?start=(\S+)", invited.texts[0]).group(1)  # type: ignore[union-attr]
    priya = harness.user(user_id)
    priya.sends("/start")
    priya.presses("English")
    priya.sends(f"/start {code}")
    priya.presses(render(T("✅ Yes, join"), "en"))
    return priya


def test_the_worker_blocked_the_bot_and_a_co_worker_and_a_duty_worker_get_the_alert_at_once(harness: Harness) -> None:
    harness.expected_api_errors.append(BLOCKED)
    harness.start_bot(alert_escalate_minutes="0")
    sam, child = joined_young_person(harness, 7001, 7101)
    co_worker(harness, sam, 7002, "Priya Shah")
    harness.companion("worker", "add", "--telegram-id", "7003", "--name", "Dana Duty", "--duty")
    harness.api.set_blocked(7001)

    since = harness.api.mark()
    pressed = time.monotonic()
    child.presses(UNSAFE)
    to_priya = harness.api.wait_for(lambda r: urgent(r, 7002), WITHIN, since=since)
    to_dana = harness.api.wait_for(lambda r: urgent(r, 7003), WITHIN, since=since)
    assert time.monotonic() - pressed < WITHIN
    assert "Family C" in (to_dana.text or "") and "Sam Jones" in (to_dana.text or "")
    assert [b["text"] for b in to_dana.inline_buttons] == [I_M_ON_IT], "no case card for a worker outside it"
    assert I_M_ON_IT in [b["text"] for b in to_priya.inline_buttons]
    assert not [r for r in harness.api.messages_to(7001) if urgent(r, 7001)], "blocked: nothing reached Sam"
    refused = eventually(lambda: [r for r in harness.db.rows(delivery_t) if r.refused_at is not None], "refused")
    assert len(refused) == 1
    listed = harness.companion("alerts")
    assert "Family C" in listed and "refused" in listed and "Dana Duty" in listed


def test_a_refusal_escalates_at_once_even_when_the_wait_is_long(harness: Harness) -> None:
    harness.expected_api_errors.append(BLOCKED)
    harness.start_bot(alert_escalate_minutes="60")
    _sam, child = joined_young_person(harness, 7011, 7111)
    harness.companion("worker", "add", "--telegram-id", "7013", "--name", "Dana Duty", "--duty")
    harness.api.set_blocked(7011)
    since = harness.api.mark()
    child.presses(UNSAFE)
    harness.api.wait_for(lambda r: urgent(r, 7013), WITHIN, since=since)


def test_a_worker_presses_i_m_on_it_and_the_child_is_told(harness: Harness) -> None:
    harness.start_bot()
    sam, child = joined_young_person(harness, 7021, 7121)
    since = harness.api.mark()
    child.presses(UNSAFE)
    alert = harness.api.wait_for(lambda r: urgent(r, 7021), WITHIN, since=since)
    answered = sam.presses(I_M_ON_IT, on=alert)
    assert 'You are on the alert from "Family C"' in answered.texts[0]
    told = render(T("{worker} has seen your message and will help.", worker="Sam Jones"), "en")
    harness.api.wait_for(lambda r: r.chat_id == 7121 and r.text == told, WITHIN, since=since)
    again = sam.presses(I_M_ON_IT, on=alert)
    assert "You already said you are on this alert" in again.texts[0]
    assert [r.text for r in child.received].count(told) == 1
    assert harness.companion("alerts").strip() == render(T("No open alerts."), "en")


def test_a_worker_s_sends_fail_with_5xx_for_a_while_and_the_alert_arrives_without_a_restart(harness: Harness) -> None:
    harness.expected_api_errors.append(BAD_GATEWAY)
    bot = harness.start_bot()
    _sam, child = joined_young_person(harness, 7031, 7131)
    harness.api.set_failing(7031)
    since = harness.api.mark()
    child.presses(UNSAFE)
    eventually(lambda: [e for e in harness.api.errors if e[0] == "sendMessage" and e[2] == BAD_GATEWAY][2:], "failing")
    assert not [r for r in harness.api.messages_to(7031)[-1:] if urgent(r, 7031)]
    assert [r.delivered_at for r in harness.db.rows(delivery_t)] == [None]
    harness.api.set_failing(7031, False)
    harness.api.wait_for(lambda r: urgent(r, 7031), 20, since=since)
    eventually(lambda: [r for r in harness.db.rows(delivery_t) if r.delivered_at is not None], "marked delivered")
    assert bot.runs == 1 and bot.running, "no restart"
    assert len([r for r in harness.api.sent[since:] if urgent(r, 7031)]) == 1, "sent once it could, not twice"


def test_the_outbox_rows_keep_their_tries(harness: Harness) -> None:
    """While a worker's chat fails, the alert's outbox row counts its tries and names its next one."""
    harness.expected_api_errors.append(BAD_GATEWAY)
    harness.start_bot()
    _sam, child = joined_young_person(harness, 7041, 7141)
    harness.api.set_failing(7041)
    child.presses(UNSAFE)
    row = eventually(lambda: [r for r in harness.db.rows(outbox_t) if r.urgent and r.attempts >= 2], "tried again")[0]
    assert row.next_attempt_at is not None
    with harness.db.engine.connect() as c:
        assert c.scalar(select(delivery_t.c.outbox_id)) == row.id
    harness.api.set_failing(7041, False)
    eventually(lambda: harness.db.count(outbox_t) == 0, "the outbox emptied")


def test_a_kill_9_while_an_alert_waits_to_be_delivered_loses_nothing(harness: Harness) -> None:
    """The bot dies (SIGKILL) while the worker's chat fails: after the restart the alert arrives, once, and
    its escalation time, kept in the database, is still the one it was raised with (not yet due)."""
    harness.expected_api_errors.append(BAD_GATEWAY)
    bot = harness.start_bot(alert_escalate_minutes="60")
    _sam, child = joined_young_person(harness, 7051, 7151)
    harness.companion("worker", "add", "--telegram-id", "7053", "--name", "Dana Duty", "--duty")
    harness.api.set_failing(7051)
    since = harness.api.mark()
    child.presses(UNSAFE)
    eventually(lambda: [r for r in harness.db.rows(outbox_t) if r.urgent and r.attempts >= 1], "tried once")
    assert bot.kill() == -9
    harness.api.set_failing(7051, False)
    harness.start_bot(alert_escalate_minutes="60")
    harness.api.wait_for(lambda r: urgent(r, 7051), 20, since=since)
    eventually(lambda: [r for r in harness.db.rows(delivery_t) if r.delivered_at is not None], "marked delivered")
    assert len([r for r in harness.api.sent[since:] if urgent(r, 7051)]) == 1, "once"
    assert not [r for r in harness.api.sent[since:] if urgent(r, 7053)], "not due: the duty worker waits"
    assert "Family C" in harness.companion("alerts"), "still open until someone is on it"
