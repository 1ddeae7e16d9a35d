"""End to end against the fake Bot API (issue 11): a parent's disclosure in /checkin shows their help and
alerts the worker; a young person's 0 on how safe they feel shows the help and alerts the worker; in both,
the answer is kept marked and the worker's message never carries the person's words."""

from __future__ import annotations

import json

from botprocess import BotProcess
from e2e import TIMEOUT, Harness, joined_parent, joined_young_person

from bot.i18n import render
from dialogues.messages import T
from dialogues.safety import PARENT_HELP, SAFETY_HELP


def test_a_parent_s_disclosure_in_a_check_in_shows_their_help_and_alerts_the_worker(
    harness: Harness, bot: BotProcess
) -> None:
    sam, mum = joined_parent(harness, 7100, 7110)
    checkin = mum.sends("/checkin")
    assert checkin.buttons[-1] == render(T("🆘 I need help now"), "en")
    mum.presses("3")
    since = harness.api.mark()
    said = mum.sends("He hit me last night and I am scared")
    shown = "\n".join(said.texts)
    assert said.texts[0].startswith(render(PARENT_HELP[0], "en")), "the help comes first"
    for number in ("999", "0808 2000 247", "0808 80 10 800", "116 123"):
        assert number in shown
    assert "That matters" not in shown
    urgent = harness.api.wait_for(lambda r: r.chat_id == sam.id and "Urgent" in (r.text or ""), TIMEOUT, since=since)
    assert "parent or carer" in (urgent.text or "") and "hit" not in (urgent.text or "")
    (reason,) = [row for row in harness.db.answers() if row.topic == "checkin.why"]
    assert reason.value == "He hit me last night and I am scared" and json.loads(reason.data)["alert"] is True
    back = mum.presses(render(T("⬅️ Go back"), "en"))
    assert "one point higher" in back.texts[-1]


def test_a_young_person_s_0_shows_the_help_and_alerts_the_worker(harness: Harness, bot: BotProcess) -> None:
    sam, kai = joined_young_person(harness, 7200, 7210)
    kai.sends("/scale")
    since = harness.api.mark()
    said = kai.presses("0 😢")
    assert said.texts[0].startswith(render(SAFETY_HELP[0], "en")), "the help comes first"
    assert "0800 1111" in "\n".join(said.texts)
    urgent = harness.api.wait_for(lambda r: r.chat_id == sam.id and "Urgent" in (r.text or ""), TIMEOUT, since=since)
    assert "0 out of 10" in (urgent.text or "")
    (number,) = [row for row in harness.db.answers() if row.topic == "safety_scale"]
    assert number.value == "0" and json.loads(number.data)["alert"] is True
    back = kai.presses(render(T("⬅️ Go back"), "en"))
    assert render(T("What would need to happen to make it a 1?"), "en") in back.texts[-1]
    kai.sends("if the shouting stopped")
    (one,) = [row for row in harness.db.answers() if row.topic == "safety_scale.one"]
    assert one.value == "if the shouting stopped"
