"""Words and pictures drafted by a parent, as transcripts: from the case card the worker allows a parent of
the case to help write the story (and withdraws it); the allowed parent finds it in their menu, writes pages
(a photo too) and saves versions, and the case's worker is told; only the worker approves and sends it. A
parent who is not allowed cannot draft or read drafts, and a parent never reads the young person's
questions."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from bot import media as checks
from dialogues.story import NOT_ALLOWED
from storage import stories
from storage.cases import AccessDenied
from storage.repository import person_t
from storage.stories import story_t
from tests.test_story import OPEN, READ, chat, message_to, press, started  # noqa: F401 (the fixture)
from tests.transcript import Person, say

WHO = "✍️ Who may help write the story"
LET = "✍️ Let Parent or carer 1 help write it"
STOP = "🚫 Stop Parent or carer 1 writing it"
HELP_WRITE = "📖 Help write the story for the young person"


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(out, "PNG")
    return out.getvalue()


def person_id(c, telegram_id: int) -> int:
    return int(c.scalar(select(person_t.c.id).where(person_t.c.telegram_id == telegram_id)))


def allowing(emma: Person) -> None:
    emma.says("/cases 1")
    emma.presses(WHO)
    said = emma.presses(LET)
    assert "Parent or carer 1 can now help write the story, from their menu." in said.text
    assert STOP in said.buttons, "the same screen, now with the way to withdraw it"


def test_a_parent_not_allowed_has_no_way_in_and_cannot_read_drafts(chat, store):  # noqa: F811
    dad = started(chat, 960)
    assert HELP_WRITE not in dad.last.buttons
    emma = started(chat, 900)
    emma.says("/cases 1")
    emma.presses(OPEN)
    emma.says("A draft only the worker sees.")
    emma.presses("💾 Save this version")
    dad.says("/stop")
    assert HELP_WRITE not in dad.last.buttons
    with store.engine.begin() as c:
        with pytest.raises(AccessDenied):
            stories.latest(c, person_id(c, 960), 1)
        with pytest.raises(AccessDenied):
            stories.save(c, person_id(c, 960), 1, ["mine"])
        assert stories.draft_case(c, person_id(c, 960)) is None


def test_an_allowed_parent_drafts_with_a_picture_the_worker_is_told_and_only_the_worker_approves(chat, store):  # noqa: F811
    jo = started(chat, 950, "English")
    dad = started(chat, 960)
    emma = started(chat, 900)
    allowing(emma)
    assert any("help write a story for your child" in m for m in dad.told()), "the parent is told"
    home = dad.says("/stop")
    assert HELP_WRITE in home.buttons
    said = dad.presses(HELP_WRITE)
    assert "Help write the story for the young person" in said.text and "Write page 1." in said.text
    assert "⬅️ Back to the menu" in said.buttons
    dad.says("Dad got very angry and shouted. Jo was scared.")
    said = dad.uploads(checks.picture(png(), "This is Nan's house, where Jo stays on Fridays."))
    assert "Page 2:\n🖼️ a picture\nThis is Nan's house" in said.text
    saved = dad.presses("💾 Save this version")
    assert "Saved as version 1. Your social worker is told." in saved.text
    assert "✅ Approve it and send it" not in saved.buttons, "a parent never approves or sends it"
    (told,) = [m for to, m in saved.delivery.elsewhere if to == 900]
    assert "A parent or carer in Family B saved version 1 of the story" in told.text
    assert not [to for to, _ in saved.delivery.elsewhere if to == 950], "nothing goes to the young person"
    # the worker reads it from the card, with its picture, and approves it
    emma.says("/cases 1")
    draft = emma.presses(OPEN)
    assert "Dad got very angry" in draft.text and "🖼️ a picture" in draft.text
    emma.presses("💾 Save this version")
    sent = emma.presses("✅ Approve it and send it")
    second = press(jo, message_to(sent, 950), READ)
    jo.presses("➡️ Next")
    jo.presses("❓ I have a question")
    jo.says("Will Dad still live with us?")
    # a parent never reads the young person's questions, on the drafting screen or anywhere in a story
    again = dad.says("/stop")
    back = dad.presses(HELP_WRITE, again)
    assert "Will Dad still live with us?" not in back.text and "Page 1:" in back.text
    assert "Page 1 of 2" in second.text
    with store.engine.begin() as c:
        (first, *_) = c.execute(select(story_t.c.id).order_by(story_t.c.id)).scalars().all()
        with pytest.raises(AccessDenied):  # the door itself: only a worker approves
            stories.approve(c, person_id(c, 960), 1, first)


def test_withdrawing_stops_a_parent_at_their_next_step(chat, store):  # noqa: F811
    dad = started(chat, 960)
    emma = started(chat, 900)
    allowing(emma)
    dad.says("/stop")
    dad.presses(HELP_WRITE)
    dad.says("A first page.")
    said = emma.presses(STOP)
    assert "Parent or carer 1 can no longer write the story." in said.text and LET in said.buttons
    assert any("You can no longer write the story." in m for m in dad.told())
    refused = dad.says("A second page.")
    assert say(NOT_ALLOWED) in refused.text
    assert HELP_WRITE not in refused.buttons, "back to a menu without it"
    refused = dad.uploads(checks.picture(png(), "a photo"))
    with store.engine.begin() as c:
        assert c.execute(select(story_t.c.id)).all() == [], "nothing saved"
        with pytest.raises(AccessDenied):
            stories.latest(c, person_id(c, 960), 1)
