"""End to end: `companion serve` taking Telegram's updates by webhook (the fake Bot API posts them, with the
secret, as Telegram does), several processes on one PostgreSQL database behaving as one bot, SIGTERM, and
/metrics; the real processes, on both databases where it applies (tests/e2e.py)."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections import Counter
from datetime import timedelta

import pytest
from botprocess import BotProcess, run_companion
from e2e import TIMEOUT, Harness, answer_t, eventually, inbox_t, outbox_t, person_t, processed_t
from fakebotapi import SentRecord
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update
from test_e2e_telegram import daytime_zone

from bot.i18n import render
from dialogues.messages import T
from storage import plans
from storage.db import connect
from storage.models import utcnow
from storage.plans import plan_t, reminder_t
from storage.repository import Store

SECRET = "a-test-secret-of-thirty-two-chars"
GOOD_HOUSE = render(T("🌈 House of good things"), "en")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServeProcess(BotProcess):
    command = "serve"

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.base = self.env["PUBLIC_URL"]


def start_serve(harness: Harness, name: str = "serve", public_url: str | None = None, **extra: str) -> ServeProcess:
    """``companion serve`` with the webhook on, listening on a port of its own; ready when Telegram (the fake)
    has its webhook and its command menu."""
    port = free_port()
    env = harness.env() | {
        "TELEGRAM_WEBHOOK": "on",
        "WEBHOOK_SECRET": SECRET,
        "PUBLIC_URL": public_url or f"http://127.0.0.1:{port}",
        "WEB_LISTEN": f"127.0.0.1:{port}",
        **extra,
    }
    since = harness.api.mark()
    process = ServeProcess(harness.folder / name, env).start()
    process.base = f"http://127.0.0.1:{port}"
    harness.bots.append(process)
    try:
        harness.api.wait_for(lambda r: r.method == "setWebhook", TIMEOUT, since=since)
    except TimeoutError:
        raise AssertionError(f"the webhook was not set: {process.stderr}") from None
    return process


def post(url: str, body: bytes, secret: str | None) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    if secret is not None:
        request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def young_people(harness: Harness, ids: range) -> None:
    """A worker's case with these young people in it, straight in the database."""
    engine = connect(harness.database_url)
    store = Store(engine)
    case_id = store.ensure_case("Family W", store.add_worker(ids.start - 1, "Sam Jones"))
    for telegram_id in ids:
        store.ensure_member(case_id, telegram_id, "young_person")
    engine.dispose()


def open_good_house(harness: Harness, telegram_id: int) -> None:
    person = harness.user(telegram_id)
    person.sends("/houses")
    person.presses(GOOD_HOUSE)


def houses_kept(harness: Harness) -> dict[int, list[str]]:
    """Each person's things in their houses, in the order they were stored."""
    by_person = {row.id: row.telegram_id for row in harness.db.rows(person_t)}
    kept: dict[int, list[str]] = {}
    for answer in harness.db.answers():
        if answer.topic.startswith("house."):
            kept.setdefault(by_person[answer.person_id], []).append(answer.value)
    return kept


# -- the webhook ----------------------------------------------------------------------------------------------


def test_updates_come_by_webhook_with_the_secret_and_are_answered_after_they_are_stored(harness: Harness) -> None:
    api = harness.api
    serve = start_serve(harness)
    (hook,) = [r for r in api.sent if r.method == "setWebhook"]
    url = hook.params["url"]
    assert url.startswith(f"{serve.env['PUBLIC_URL']}/telegram/") and len(url.rsplit("/", 1)[1]) >= 32
    assert SECRET not in url, "the path is not the secret"
    assert hook.params["secret_token"] == SECRET and hook.params["max_connections"] == 40
    assert set(hook.params["allowed_updates"]) == {"message", "edited_message", "callback_query", "my_chat_member"}

    young_people(harness, range(7001, 7002))
    kai = harness.user(7001)
    answer = kai.sends("/houses")
    assert GOOD_HOUSE in answer.buttons
    kai.presses(GOOD_HOUSE)
    said = kai.sends("my cat Tibbles")
    assert "my cat Tibbles" in "\n".join(said.texts)
    assert houses_kept(harness) == {7001: ["my cat Tibbles"]}
    assert api.api.method_calls.get("getUpdates", 0) == 0, "no polling while the webhook is set"
    assert all(code == 200 for _, code in api.api.webhook_posts)
    assert harness.db.rows(inbox_t) == []

    # /metrics: counts by kind, no people
    with urllib.request.urlopen(f"{serve.base}/metrics", timeout=5) as response:
        shown = response.read().decode()
    assert 'companion_updates_processed_total{kind="command"} 1.0' in shown
    assert 'companion_updates_processed_total{kind="text"} 1.0' in shown
    assert "companion_step_seconds_count 3.0" in shown
    assert "companion_outbox_depth" in shown and "companion_oldest_undelivered_alert_seconds 0.0" in shown
    assert "Tibbles" not in shown and "Sam" not in shown
    # a person's id could only come out as a label or a name: a float's digits may hold "7001" by chance
    samples = [sample for family in text_string_to_metric_families(shown) for sample in family.samples]
    assert samples and not any("7001" in sample.name for sample in samples)
    assert not any("7001" in value for sample in samples for value in sample.labels.values())


def test_a_wrong_or_missing_secret_is_refused_and_nothing_is_stored(harness: Harness) -> None:
    api = harness.api
    serve = start_serve(harness)
    url = api.api.webhook["url"]
    update = {
        "update_id": 500,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": 7101, "type": "private", "first_name": "Eve"},
            "from": {"id": 7101, "is_bot": False, "first_name": "Eve"},
            "text": "hello",
        },
    }
    body = json.dumps(update).encode()
    assert post(url, body, None) == 403
    assert post(url, body, SECRET[:-1] + "X") == 403
    assert post(url, body, SECRET + "X") == 403
    assert post(url.rsplit("/", 1)[0] + "/" + "0" * 32, body, SECRET) == 403, "a wrong path, even with the secret"
    assert post(f"{serve.base}/telegram/", body, SECRET) == 404
    time.sleep(0.3)
    db = harness.db
    assert db.count(inbox_t) == 0 and db.count(processed_t) == 0 and db.count(person_t) == 0
    assert api.messages_to(7101) == []
    with urllib.request.urlopen(f"{serve.base}/metrics", timeout=5) as response:  # errors by type
        assert 'companion_errors_total{type="webhook_refused"} 4.0' in response.read().decode()

    assert post(url, body, SECRET) == 200, "the same update, with the secret, is taken"
    eventually(lambda: api.messages_to(7101), "the update answered")
    assert db.processed_ids() == [500]


def test_a_kill_9_in_the_middle_of_a_burst_then_a_restart_answers_every_update_exactly_once(harness: Harness) -> None:
    api = harness.api
    start_serve(harness)
    people = range(7201, 7211)
    young_people(harness, people)
    for telegram_id in people:
        open_good_house(harness, telegram_id)
    before = {telegram_id: len(api.messages_to(telegram_id)) for telegram_id in people}

    sent = {telegram_id: [f"thing {n}" for n in range(1, 16)] for telegram_id in people}
    for n in range(15):
        for telegram_id in people:
            api.user_sends_text(telegram_id, sent[telegram_id][n])
    eventually(lambda: harness.db.count(answer_t) >= 30, "part of the burst stored")
    serve = harness.bots[0]
    assert serve.kill() == -9
    stored_then = sum(len(v) for v in houses_kept(harness).values())
    assert stored_then < 150, "killed in the middle"
    serve.start()

    eventually(lambda: harness.db.count(answer_t) == 150, "every update stored", 120)
    assert houses_kept(harness) == sent, "each person's things stored once each, in the order sent"
    for telegram_id in people:  # one answer per thing, after the restart too: none lost, none doubled
        eventually(lambda t=telegram_id: len(api.messages_to(t)) - before[t] >= 15, "every update answered", 60)
    time.sleep(1.5)  # anything sent twice would show by now
    doubled = 0
    for telegram_id in people:
        replies = [r.text or "" for r in api.messages_to(telegram_id)[before[telegram_id] :]]
        answers = list(dict.fromkeys(replies))  # a reply sent again after the restart is the same message
        doubled += len(replies) - len(answers)
        assert len(answers) == 15, answers
        for n, answer in enumerate(answers, 1):
            assert f"• thing {n}\n\n" in answer and f"• thing {n + 1}\n" not in answer, "one answer each, in order"
    # Telegram's sendMessage has no idempotency key: a reply delivered before the kill whose outbox row had
    # not yet gone (delivered rows go with the next commit) is sent once more after the restart: at most
    # about one per chat, the last it was sent. None is lost, and no answer is stored twice.
    assert doubled <= len(people)
    eventually(lambda: harness.db.rows(inbox_t) == [], "the inbox empty")


def test_sigterm_stops_taking_work_finishes_what_is_in_flight_and_exits_0_within_10_s(harness: Harness) -> None:
    api = harness.api
    serve = start_serve(harness)
    people = range(7301, 7306)
    young_people(harness, people)
    for telegram_id in people:
        open_good_house(harness, telegram_id)
    before = {telegram_id: len(api.messages_to(telegram_id)) for telegram_id in people}
    for n in range(1, 11):
        for telegram_id in people:
            api.user_sends_text(telegram_id, f"thing {n}")
    eventually(lambda: sum(len(v) for v in houses_kept(harness).values()) >= 5, "the burst under way")
    started = time.monotonic()
    code = serve.stop(timeout=10)
    assert code == 0, serve.stderr
    assert time.monotonic() - started < 10
    stored = houses_kept(harness)
    # everything committed was sent before it ended: nothing of it waits in the outbox
    assert [(r.chat_id, r.attempts) for r in harness.db.rows(outbox_t)] == [], serve.stderr
    for telegram_id, things in stored.items():
        assert things == [f"thing {n}" for n in range(1, len(things) + 1)]
        assert len(api.messages_to(telegram_id)) - before[telegram_id] == len(things)

    serve.start()  # what was not taken is taken now, once
    eventually(lambda: sum(len(v) for v in houses_kept(harness).values()) == 50, "the rest stored after a start", 30)
    assert houses_kept(harness) == {t: [f"thing {n}" for n in range(1, 11)] for t in people}


def test_the_web_chat_alone_warns_that_alerts_for_workers_wait(harness: Harness) -> None:
    """`companion serve` with no token runs the web chat, and says on stderr that nothing it raises can
    reach a worker on Telegram until a Telegram bot runs on the same database."""
    port = free_port()
    env = {k: v for k, v in harness.env().items() if k != "TELEGRAM_BOT_TOKEN"}
    env |= {"PUBLIC_URL": f"http://127.0.0.1:{port}", "WEB_LISTEN": f"127.0.0.1:{port}"}
    serve = ServeProcess(harness.folder / "alone", env).start()
    harness.bots.append(serve)
    eventually(lambda: "Open http://127.0.0.1" in serve.stdout, "the address printed")
    assert "alerts and messages for workers on Telegram wait in the outbox" in serve.stderr
    assert serve.stop() == 0


def test_switching_back_to_polling_deletes_the_webhook(harness: Harness) -> None:
    api = harness.api
    serve = start_serve(harness)
    serve.stop()
    assert api.api.webhook is not None
    bot = harness.start_bot()
    eventually(lambda: api.api.webhook is None, "the webhook deleted")
    eventually(lambda: api.api.method_calls.get("getUpdates", 0) > 0, "polling")
    kai = harness.user(7401)
    assert kai.sends("/start").messages
    bot.stop()


def test_the_webhook_needs_its_secret_and_polling_refuses_it(harness: Harness) -> None:
    env = harness.env() | {"TELEGRAM_WEBHOOK": "on", "PUBLIC_URL": "https://bot.example"}
    done = run_companion(harness.folder / "a", env, "serve", timeout=30)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "companion: TELEGRAM_WEBHOOK=on needs WEBHOOK_SECRET (16 to 256 characters of A-Z a-z 0-9 _ -)"
    ]
    done = run_companion(harness.folder / "b", env | {"WEBHOOK_SECRET": SECRET}, "telegram", timeout=30)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr


# -- one SQLite file, one process ------------------------------------------------------------------------------


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_second_process_on_the_same_sqlite_file_refuses_to_start_in_one_line(harness: Harness) -> None:
    first = harness.start_bot()
    done = run_companion(harness.folder / "second", harness.env(), "telegram", timeout=30)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "companion: Another companion process is running on this SQLite file, and SQLite takes only one."
        " Stop it first, or use PostgreSQL (DATABASE_URL) to run several."
    ]
    assert first.running
    first.stop()
    second = harness.start_bot()  # once the first has ended, another may start
    assert second.running


# -- several processes on PostgreSQL ---------------------------------------------------------------------------


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_processes_on_postgresql_process_every_update_once_in_order_and_send_a_due_reminder_once(
    harness: Harness,
) -> None:
    api = harness.api
    one = start_serve(harness, "one")
    two = start_serve(harness, "two", public_url=one.env["PUBLIC_URL"])  # behind one address
    api.api.webhook_targets = [one.base, two.base]  # the reverse proxy: each post to the next process
    people = range(7501, 7551)
    young_people(harness, people)
    for telegram_id in people:
        open_good_house(harness, telegram_id)
    before = {telegram_id: len(api.messages_to(telegram_id)) for telegram_id in people}

    burst = api.mark()
    for n in range(1, 21):  # 50 people each sending 20 numbered messages, all at once
        for telegram_id in people:
            api.user_sends_text(telegram_id, f"thing {n}")
    # (a machine shared with other work is slow here: the wait is long, the check is what was stored)
    eventually(lambda: harness.db.count(answer_t) == 1000, "every update stored", 300)
    assert houses_kept(harness) == {t: [f"thing {n}" for n in range(1, 21)] for t in people}
    for telegram_id in people:
        eventually(lambda t=telegram_id: len(api.messages_to(t)) - before[t] >= 20, "every update answered", 30)
    posts = Counter(code for _, code in api.api.webhook_posts)
    assert posts[200] >= 1000 + 100
    assert {one.stderr.count("webhook set"), two.stderr.count("webhook set")} == {1}
    both = [p for p in (one, two) if "thing" not in p.stderr]  # nothing anyone typed in either log
    assert len(both) == 2
    time.sleep(1)
    assert all(len(api.messages_to(t)) - before[t] == 20 for t in people), "none answered twice"
    # Telegram's 30 messages a second, shared: the two together kept to it (each its half). Counted over 5 s
    # windows, as the fake Bot API records a message when it takes it, and on a busy machine it takes a
    # stalled second's messages together
    sent_at = sorted(r.timestamp for r in api.sent[burst:] if r.method.startswith("send"))
    assert len(sent_at) == 1000
    busiest = max(sum(1 for t in sent_at[i : i + 200] if t < start + 5.0) for i, start in enumerate(sent_at))
    per_second = Counter(int(t - sent_at[0]) for t in sent_at)
    assert busiest <= 5 * 30 + 10, f"{busiest} messages in 5 s; a second at a time: {sorted(per_second.items())}"

    # a reminder due now is sent once, by one of the two
    engine = connect(harness.database_url)
    store = Store(engine)
    case_id = store.ensure_case("Family R", store.add_worker(7600, "Ali Khan"))
    store.ensure_member(case_id, 7601, "parent")
    since = api.mark()
    with store.transaction() as tx:  # the worker sets weekly check-ins; a week goes by (the clock is not slept)
        plans.set_plan(tx.c, tx.person(7600).id, case_id, rhythm="weekly")
        tx.c.execute(update(plan_t).values(time_zone=daytime_zone()))
        tx.c.execute(update(reminder_t).values(next_at=utcnow() - timedelta(minutes=1)))
    engine.dispose()

    def reminders() -> list[SentRecord]:
        return [r for r in api.sent[since:] if r.chat_id == 7601 and r.callback_data == ["c|checkin"]]

    eventually(reminders, "the reminder sent", 30)
    time.sleep(3)  # both processes look for due reminders every few seconds
    assert len(reminders()) == 1
