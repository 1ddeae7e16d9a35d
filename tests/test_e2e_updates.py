"""End to end: updates whose step fails, getUpdates refused by Telegram, and shutdown; the real bot process
against the fake Bot API, on both databases (tests/e2e.py)."""

from __future__ import annotations

from e2e import Harness, answer_t, eventually, inbox_t, joined_young_person, say
from poison import poison_answers

from bot.i18n import render
from bot.telegram_app import SORRY
from dialogues.messages import T

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
    poison_answers(db.engine, "quokka")

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
    kept = [row.value for row in db.rows(answer_t) if row.topic.startswith("house.")]
    assert kept == ["my dog Rex"]
    assert "quokka" not in bot.stderr + bot.stdout
