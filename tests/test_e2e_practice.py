"""The service's practice end to end: the real `companion telegram` process against the fake Bot API. A
worker registered with ``companion worker add --manager`` sees it with ``/practice``, with no case label
and no name, small counts as "fewer than 5"; to the case's worker and the young person it is an unknown
command."""

from __future__ import annotations

from e2e import Harness, joined_young_person

from bot.i18n import render
from dialogues import NOTICES


def test_practice_is_for_a_manager_only_and_names_nobody(harness: Harness) -> None:
    harness.start_bot()
    sam, kai = joined_young_person(harness, 7300, 7310)
    kai.sends("I feel ok today")
    harness.companion("worker", "add", "--telegram-id", "7320", "--name", "Pat Manager", "--manager")
    pat = harness.user(7320)
    pat.sends("/start")
    pat.presses("English")
    said = pat.sends("/practice", buttons=False)
    assert "The service's practice." in said.text, said.text
    assert "• Cases open in the period: fewer than 5" in said.text
    assert "• Cases with the young person's words in their last 4 weeks: not shown: fewer than 5" in said.text
    for name in ("Family C", "Sam Jones", "Pat Manager", "I feel ok"):
        assert name not in said.text
    for someone in (sam, kai):
        refused = someone.sends("/practice", buttons=False)
        assert refused.texts[0].startswith(render(NOTICES.unknown_command, "en")), refused.texts
        assert "The service's practice" not in refused.text
    harness.check_nothing_went_wrong()
