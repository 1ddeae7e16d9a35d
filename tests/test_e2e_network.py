"""End to end, on both databases: someone from the family's safety network joins, reads their part and
scales, and the worker sees their number beside the parent's (issue 16).

The real bot process against the fake Bot API: the worker invites Nan by the name and relationship they
write, then a parent; Nan joins with her Telegram first name, the worker writes her part of the safety
plan, Nan reads the goal and her own part (with "I need help now" on the screen) and checks in; the
parent checks in; the worker's "What they shared" shows both numbers on one day's line.
"""

from __future__ import annotations

import re

from botprocess import BotProcess
from e2e import TIMEOUT, Harness, User, eventually, is_notice, outbox_t

from bot.i18n import render
from dialogues.messages import T, Text
from dialogues.safety import NEED_HELP

GOAL = "Mum will keep Ella safe from Dad's drinking, seen by Nan, for six months."
PART = "Nan will have Ella to stay every Friday and ring Mum each evening."


def en(text: Text) -> str:
    return render(text, "en")


def code_in(turn_texts: list[str]) -> str:
    found = re.search(r"\?start=(\S+)", "\n".join(turn_texts))
    assert found, turn_texts
    return found.group(1)


def joins(user: User, code: str) -> None:
    user.sends(f"/start {code}")
    joined = user.presses(en(T("✅ Yes, join")))
    assert joined.texts[0].startswith(en(T("Welcome! You have joined.")))


def checks_in(user: User, number: str, why: str) -> None:
    asked = user.sends("/checkin")
    assert en(T("On a scale from 0 to 10, where are things now?")) in asked.texts[-1]
    assert en(NEED_HELP.label) in asked.buttons
    user.presses(number)
    user.sends(why)
    user.presses(en(T("⏭️ Skip this question")))
    user.presses(en(T("⏭️ Skip this question")))


def test_a_network_member_joins_reads_their_part_scales_and_the_worker_sees_it_beside_the_parent_s(
    harness: Harness, bot: BotProcess
) -> None:
    harness.companion("worker", "add", "--telegram-id", "7401", "--name", "Sam Jones")
    sam = harness.user(7401)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family N")
    sam.presses(en(T("📏 Safety goal, scale and my score")))
    sam.presses(en(T("✏️ Write the goal and what 0 and 10 mean")))
    sam.sends(GOAL)
    sam.sends("Ella is safe at home and the case can close.")
    sam.presses(en(T("Use the usual words")))
    sam.presses(en(T("⬅️ Back to the case")))

    sam.presses(en(T("🫂 Invite someone from the family's safety network")))
    sam.sends("Nan")
    invited = sam.sends("grandmother")
    assert en(T("someone in the family's safety network")) in invited.texts[0]
    nan = harness.user(7411, first_name="Margaret")
    since = harness.api.mark()
    joins(nan, code_in(invited.texts))
    told = harness.api.wait_for(lambda r: r.chat_id == sam.id and is_notice(r), TIMEOUT, since=since)
    member = Text.as_written("Safety network member 1: Nan, grandmother")
    assert (told.text or "").startswith(
        en(T('{member} has joined "{label}" through an invitation.', member=member, label=Text.as_written("Family N")))
    )

    mum = harness.user(7412, first_name="Alys")
    joins(mum, code_in(sam.presses(en(T("🧑 Invite a parent or carer")), sam.last_prompt).texts))

    card = sam.sends("/cases 1")
    assert "Safety network member 1: Nan, grandmother" in "\n".join(card.texts)
    sam.presses(en(T("📏 Safety goal, scale and my score")))
    sam.presses(en(T("🫂 What the safety network will do")))
    sam.presses("✏️ Nan")
    saved = sam.sends(PART)
    assert saved.texts[0].startswith(en(T("Saved.")))
    assert f"Safety network member 1: Nan, grandmother: {PART}" in saved.texts[0]

    plan = nan.sends("/plan")
    shown = "\n".join(plan.texts)
    assert f"The safety goal: {GOAL}" in shown and f"Your part: {PART}" in shown
    assert "10 means: Ella is safe at home and the case can close." in shown
    assert en(NEED_HELP.label) in plan.buttons

    checks_in(nan, "7", "Ella is eating well")
    checks_in(mum, "5", "We go to the group")

    card = sam.sends("/cases 1")
    shared = "\n".join(sam.presses(en(T("📖 What they shared")), card.prompt).texts)
    table = shared.split(en(T("Everyone's numbers, newest first:")))[1].strip().split("\n\n")[0].splitlines()
    assert table[0] == "Date | Parent or carer 1 | Safety network member 1", table
    assert table[1].endswith("| 5 | 7"), "the member's number beside the parent's, on one day"
    assert "Ella is eating well" in shared and "We go to the group" in shared
    eventually(lambda: harness.db.count(outbox_t) == 0, "every message sent")
