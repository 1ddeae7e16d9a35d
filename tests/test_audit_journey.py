"""The audit is true and bounded: one entry per action a person took. Drawing a screen again only to find
its buttons (every step does, for the screen the person is leaving), pressing Back, an old button, or a
step that draws the same reading twice write nothing more."""

from __future__ import annotations

from collections import Counter

from storage import cases
from tests.test_cases import case_id_of, chat, family_with_answers  # noqa: F401  (fixture)


def actions(store, case_id: int) -> Counter[str]:
    with store.transaction() as tx:
        return Counter(line.action for line in cases.audit_trail(tx.c, case_id) if line.worker_name)


def test_a_worker_s_journey_writes_one_entry_per_action(chat, store):  # noqa: F811
    sam, case_id = family_with_answers(chat, store)
    before = actions(store, case_id)
    assert before == Counter({"invite": 2}), "two invitations, one entry each; the card shows nobody's words"

    sam.says(f"/cases {case_id}")
    assert actions(store, case_id) == before, "the case card shows nobody's words"
    said = sam.presses("📖 What they shared")
    assert "Dad shouts at night" in said.text
    assert actions(store, case_id) == before + Counter({"read": 1}), "reading: one entry"
    said = sam.presses("⬅️ Back to the case")
    assert "What would you like to do?" in said.text
    assert actions(store, case_id) == before + Counter({"read": 1}), "back: nothing read"
    sam.says("hello?")  # words where a button was expected: the card is drawn again
    sam.presses("📖 What they shared")
    said = sam.says("hello?")  # on the shared view: it is shown again, so read again
    assert "Dad shouts at night" in said.text
    assert actions(store, case_id) == before + Counter({"read": 3})
    said = sam.presses("📄 Export for the assessment")
    assert [d.filename.rsplit(".", 1)[1] for d in said.delivery.documents] == ["pdf", "csv"]
    assert actions(store, case_id) == before + Counter({"read": 3, "export": 1}), "the file, not the view again"
    assert "Dad shouts at night" not in said.text


def test_words_typed_on_the_shared_view_are_one_reading_not_three(chat, store):  # noqa: F811
    sam, case_id = family_with_answers(chat, store)
    sam.says(f"/cases {case_id}")
    sam.presses("📖 What they shared")
    sam.says("/stop")
    assert actions(store, case_id)["read"] == 1, "/stop draws the shared view to find no buttons: no reading"
    sam.says(f"/cases {case_id}")
    sam.presses("📖 What they shared")
    assert actions(store, case_id)["read"] == 2


def test_a_family_member_reading_their_own_words_is_never_audited(chat, store):  # noqa: F811
    _, case_id = family_with_answers(chat, store)
    child = chat.person(990)
    child.says("/houses")
    child.presses("🌈 House of good things")
    child.says("my bike")
    with store.transaction() as tx:
        assert [line for line in cases.audit_trail(tx.c, case_id) if line.worker_name is None] == []
