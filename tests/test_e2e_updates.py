"""End to end: updates whose step fails, getUpdates refused by Telegram, and shutdown; the real bot process
against the fake Bot API, on both databases (tests/e2e.py)."""

from __future__ import annotations

import re
import signal
import time

from e2e import TIMEOUT, Harness, eventually, inbox_t, joined_young_person, say
from fakebotapi import CONFLICT
from poison import poison_answers
from sqlalchemy import Table

from bot.core import STILL_MAKING
from bot.i18n import render
from bot.telegram_app import SORRY
from dialogues.messages import T
from storage.models import AuditEntry

case_t = Table("case", AuditEntry.metadata)
audit_t = AuditEntry.__table__
GOOD_HOUSE = T("🌈 House of good things")
STEP_FAILED = r" WARNING bot\.telegram_app: update \d+: step failed \(try \d\): \w+ at "
GIVEN_UP = r" ERROR bot\.telegram_app: update \d+ given up after 4 failed steps: \w+ at "


def test_a_poison_update_is_answered_once_and_gone_after_a_restart(harness: Harness) -> None:
    api, db = harness.api, harness.db
    harness.expected_log += [STEP_FAILED, GIVEN_UP]
    bot = harness.start_bot()
    _, kai = joined_young_person(harness, 6500, 6510)
    kai.sends("/houses")
    kai.presses(render(GOOD_HOUSE, "en"))
    poison_answers(db.engine, api.api._next_update_id)  # the next update: "my quokka"

    since = api.mark()
    poisoned = api.user_sends_text(kai.id, "my quokka")
    later = api.user_sends_text(kai.id, "my dog Rex")  # sent at once: it waits for the poisoned one
    answer = kai.answer_to(later, since)
    assert answer.texts[0] == say("en", SORRY), "the poisoned update is answered kindly, first"
    assert "my dog Rex" in answer.texts[-1] and "quokka" not in "\n".join(answer.texts)
    assert poisoned in db.processed_ids() and later in db.processed_ids()
    eventually(lambda: db.rows(inbox_t) == [], "the inbox empty")
    log = bot.stderr
    assert len([line for line in log.splitlines() if "step failed" in line]) == 4, log
    assert "given up after 4 failed steps: IntegrityError at " in log or "RaiseException at " in log, log

    bot.stop()
    since = api.mark()
    bot.start()
    helped = kai.sends("/help")
    assert [r.text for r in api.sent[since:] if r.chat_id == kai.id] == helped.texts, "nothing replayed"
    assert len([m for m in kai.received if m.text == say("en", SORRY)]) == 1, "answered once, never replayed"
    kept = [row.value for row in db.answers() if row.topic.startswith("house.")]
    assert kept == ["my dog Rex"]
    assert "quokka" not in bot.stderr + bot.stdout


def test_after_a_crash_a_chat_s_stored_update_goes_before_its_new_ones_and_keeps_its_count(harness: Harness) -> None:
    api, db = harness.api, harness.db
    harness.expected_log += [STEP_FAILED, GIVEN_UP]
    bot = harness.start_bot()
    _, kai = joined_young_person(harness, 6800, 6810)
    kai.sends("/houses")
    kai.presses(render(GOOD_HOUSE, "en"))
    poison_answers(db.engine, api.api._next_update_id)  # the next update: "my quokka"

    since = api.mark()
    poisoned = api.user_sends_text(kai.id, "my quokka")
    eventually(lambda: [row for row in db.rows(inbox_t) if row.attempts >= 1], "a first failure counted")
    bot.kill()  # while it is being tried again
    (stored,) = db.rows(inbox_t)
    assert stored.update_id == poisoned and 1 <= stored.attempts < 4
    later = api.user_sends_text(kai.id, "my dog Rex")  # while the bot is down

    bot.start()
    answer = kai.answer_to(later, since)
    assert answer.texts[0] == say("en", SORRY), "the stored update first, then the new one"
    assert "my dog Rex" in answer.texts[-1]
    tries = (bot.workdir / "stderr.2.log").read_text().count("step failed")
    assert stored.attempts + tries in (4, 5), "the count goes on (one more if the crash came before it was kept)"
    eventually(lambda: db.rows(inbox_t) == [], "the inbox empty")


# -- getUpdates refused, and shutdown ----------------------------------------------------------------------

FLOOD = r" WARNING bot\.telegram_app: getUpdates: Telegram asks us to wait \d+ s \(429\)$"


def test_a_429_on_get_updates_is_waited_out_for_as_long_as_telegram_asks(harness: Harness) -> None:
    api = harness.api
    harness.expected_api_errors.append("Too Many Requests: retry after 3")
    harness.expected_log.append(FLOOD)
    bot = harness.start_bot()
    ida = harness.user(6600)
    ida.sends("/start")
    api.flood_get_updates(1, retry_after=3)
    ida.presses("English")  # the long poll under way takes it; the next getUpdates is refused
    eventually(lambda: [e for e in api.errors if e[1] == 429], "getUpdates refused with 429")
    refused_at = time.monotonic()
    since = api.mark()
    asked = api.user_sends_text(ida.id, "/help")
    ida.answer_to(asked, since, buttons=False)
    waited = time.monotonic() - refused_at
    assert 2.5 <= waited <= 3 + TIMEOUT, f"answered {waited:.1f} s after the 429"
    assert bot.running
    assert re.search(FLOOD.replace(r"\d+", "3"), bot.stderr, re.MULTILINE), bot.stderr


def test_a_409_and_a_502_on_get_updates_are_backed_off_and_polling_goes_on(harness: Harness) -> None:
    api = harness.api
    harness.expected_api_errors += [CONFLICT, "Bad Gateway"]
    harness.expected_log += [r" WARNING bot\.telegram_app: getUpdates: conflict \(409\)", r"getUpdates failed \("]
    bot = harness.start_bot()
    jo = harness.user(6601)
    jo.sends("/start")
    api.conflict_get_updates(1)
    api.fail_get_updates(1, error_code=502)
    jo.presses("English")
    helped = jo.sends("/help", buttons=False)
    assert helped.texts and bot.running
    assert [e[1] for e in api.errors] == [409, 502]
    log = bot.stderr
    assert "getUpdates: conflict (409): another process polls with this token, or a webhook is set" in log
    assert "getUpdates failed (NetworkError); trying again in 2 s" in log, "backed off, doubled"


def test_shutdown_is_clean_even_while_waiting_out_a_429(harness: Harness) -> None:
    api = harness.api
    harness.expected_api_errors.append("Too Many Requests: retry after 60")
    harness.expected_log.append(FLOOD)
    bot = harness.start_bot()
    kit = harness.user(6602)
    kit.sends("/start")
    assert bot.stop() == 0, bot.stderr
    assert "Traceback" not in bot.stderr and not re.search(r" (WARNING|ERROR|CRITICAL) ", bot.stderr), bot.stderr

    since = api.mark()
    bot.start()
    api.wait_for(lambda r: r.method == "setMyCommands" and not r.params.get("language_code"), TIMEOUT, since=since)
    api.flood_get_updates(1, retry_after=60)
    api.user_sends_text(kit.id, "/help")
    eventually(lambda: [e for e in api.errors if e[1] == 429], "getUpdates refused with 429")
    started = time.monotonic()
    assert bot.stop() == 0, bot.stderr
    assert time.monotonic() - started < 10, "the wait ends when the bot stops"
    log = bot.stderr
    assert "Traceback" not in log and "Task was destroyed" not in log and "never awaited" not in log, log
    assert [line for line in log.splitlines() if re.search(r" (WARNING|ERROR|CRITICAL) ", line)] == [
        line for line in log.splitlines() if re.search(FLOOD, line)
    ]


# -- files drawn after the commit --------------------------------------------------------------------------

EXPORT = T("📄 Export for the assessment")
HERE_IS_THE_EXPORT = T("Here is the export: a PDF for the assessment and a CSV of every answer.")


def test_files_are_drawn_after_the_commit_one_at_a_time_and_nobody_waits_for_them(harness: Harness) -> None:
    api, db = harness.api, harness.db
    harness.start_bot()
    sam, kai = joined_young_person(harness, 6700, 6710)
    kai.sends("/houses")
    kai.presses(render(GOOD_HOUSE, "en"))
    kai.sends("my cat Pip")
    case_id = int(db.rows(case_t)[0].id)
    sam.sends(f"/cases {case_id}")
    card = sam.presses(render(T("📖 What they shared"), "en"))
    audited = len([row for row in db.rows(audit_t) if row.action == "export"])

    since = api.mark()
    pressed = api.user_presses(
        sam.id, card.prompt.callback_data_for(render(EXPORT, "en")), message_id=card.prompt.message_id
    )
    again = api.user_sends_text(sam.id, "/export")  # at once, while the first is being made
    helped = api.user_sends_text(kai.id, "/help")  # someone else, meanwhile
    first = sam.answer_to(pressed, since)
    second = sam.answer_to(again, first.prompt.index + 1)
    kai.answer_to(helped, since, buttons=False)
    pdf = api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == sam.id, TIMEOUT, since=since)
    csv = api.wait_for(lambda r: r.method == "sendDocument" and r.index > pdf.index, TIMEOUT, since=since)
    assert first.texts[0].startswith(render(HERE_IS_THE_EXPORT, "en"))
    assert second.texts[0].startswith(render(STILL_MAKING, "en") + "\n\n"), second.texts
    assert second.prompt.index < pdf.index, "told while the file was being made"
    kai_answer = next(r for r in api.sent[since:] if r.chat_id == kai.id)
    assert kai_answer.index < pdf.index, "someone else's reply did not wait for the file"
    assert next(iter(pdf.files.values())).filename.endswith(".pdf") and csv.files
    assert [r.method for r in api.sent[since:] if r.method == "sendDocument"] == ["sendDocument"] * 2, "one export"
    assert len([row for row in db.rows(audit_t) if row.action == "export"]) == audited + 1, "audited once, in the step"

    since = api.mark()
    sam.sends("/export")  # once the file has come, another can be asked for
    api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == sam.id, TIMEOUT, since=since)


def test_sigint_while_a_file_is_being_made_sends_it_and_ends_cleanly(harness: Harness) -> None:
    api, db = harness.api, harness.db
    bot = harness.start_bot()
    harness.companion("worker", "add", "--telegram-id", "6900", "--name", "Sam Jones")
    sam = harness.user(6900)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family E")
    sam.sends(f"/cases {int(db.rows(case_t)[0].id)}")
    card = sam.presses(render(T("📖 What they shared"), "en"))
    since = api.mark()
    sam.presses(render(EXPORT, "en"), card.prompt)  # answered at once; the files are being made
    assert bot._end(signal.SIGINT, 30) == 0, bot.stderr  # as Ctrl-C would, while they are
    assert [r.method for r in api.sent[since:] if r.chat_id == sam.id][-2:] == ["sendDocument"] * 2, "sent first"
    log = bot.stderr
    assert "Traceback" not in log and not re.search(r" (WARNING|ERROR|CRITICAL) ", log), log
