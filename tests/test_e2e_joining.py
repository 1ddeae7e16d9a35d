"""End to end, on both databases: joining is checked, and the worker is told at once who joined.

The real bot process against the fake Bot API: a parent opens a worker's link with their Telegram first
name; the worker gets a message naming them as Telegram says (unchecked) with a button that takes them
out at once; a code the parent cannot take (a young person's, in the case they are already in) is refused
kindly and stays unused.
"""

from __future__ import annotations

import re

from botprocess import BotProcess
from e2e import TIMEOUT, Harness, User, eventually, is_notice, outbox_t
from sqlalchemy import Table, select

from bot.i18n import render
from dialogues.cases import ALREADY_IN
from dialogues.messages import T, Text
from storage.models import Invitation, Membership

invitation_t: Table = Invitation.__table__
membership_t: Table = Membership.__table__


def en(text: Text) -> str:
    return render(text, "en")


def invite(sam: User, button: str) -> str:
    invited = sam.presses(en(T(button)))
    found = re.search(r"\?start=(\S+)", invited.texts[0])
    assert found, invited.texts[0]
    return found.group(1)


def test_the_worker_is_told_who_joined_and_takes_them_out_from_that_message(harness: Harness, bot: BotProcess) -> None:
    harness.companion("worker", "add", "--telegram-id", "7101", "--name", "Sam Jones")
    sam = harness.user(7101)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family J")
    code = invite(sam, "🧑 Invite a parent or carer")

    alys = harness.user(7201, first_name="Alys")
    alys.sends(f"/start {code}")
    since = harness.api.mark()
    joined = alys.presses(en(T("✅ Yes, join")))
    assert joined.texts[0].startswith(en(T("Welcome! You have joined.")))

    told = harness.api.wait_for(lambda r: r.chat_id == sam.id and is_notice(r), TIMEOUT, since=since)
    member = T("Parent or carer {number}", number=1)
    assert told.text == "\n".join([
        en(T('{member} has joined "{label}" through an invitation.', member=member, label=Text.as_written("Family J"))),
        en(T('Their name on Telegram is "{name}". That is what Telegram says: we have not checked it.',
             name=Text.as_written("Alys"))),
        en(T("Whoever opens the link first gets in. If this is not the person you invited, take them out now.")),
    ])  # fmt: skip
    assert [b["text"] for b in told.inline_buttons] == [en(T("👋 Take them out of the case"))]

    asked = sam.presses(en(T("👋 Take them out of the case")), on=told)
    assert asked.texts[-1] == en(
        T(
            "Take {member} out of the case? They will be told, and what they shared stays with the case.",
            member=member,
        )
    )
    since = harness.api.mark()
    done = sam.presses(en(T("👋 Yes, take them out")))
    assert done.texts[0].startswith(en(T("Done. They are no longer in this case.")))
    out = harness.api.wait_for(lambda r: r.chat_id == alys.id, TIMEOUT, since=since)
    assert "taken you out" in (out.text or "")
    with harness.db.engine.connect() as c:
        left = c.execute(select(membership_t.c.left_at).where(membership_t.c.role == "parent")).scalar_one()
    assert left is not None

    # Invited again, she is in the case; a young person's link, opened by her, is refused and stays unused.
    alys.sends(f"/start {invite(sam, '🧑 Invite a parent or carer')}")
    alys.presses(en(T("✅ Yes, join")))
    child_code = invite(sam, "🧒 Invite a young person")
    refused = alys.sends(f"/start {child_code}")
    assert refused.texts[0].startswith(en(ALREADY_IN))
    with harness.db.engine.connect() as c:
        unused = c.execute(select(invitation_t.c.used_at).where(invitation_t.c.role == "young_person")).scalar_one()
    assert unused is None, "a refusal never uses up a code"
    eventually(lambda: harness.db.count(outbox_t) == 0, "every message sent")
