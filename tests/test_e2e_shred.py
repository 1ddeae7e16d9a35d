"""A case erased at the command line while the bot runs (issue 13): the running bot seals nothing more with
the case's destroyed key (it is closed first, then its key destroyed, and the bot drops erased cases' keys
from memory); everyone in it is told in their language that it has ended; and someone who was in it is then
answered kindly. On SQLite and on PostgreSQL, with the key store every process shares."""

from __future__ import annotations

import base64
import struct

from botprocess import BotProcess
from e2e import TIMEOUT, Harness, eventually, joined_young_person
from sqlalchemy import select

from bot.core import CASE_ERASED_FAMILY
from bot.i18n import render
from dialogues.messages import T
from storage import seal
from storage.repository import answer_t, conversation_t, outbox_t

GOOD = render(T("🌈 House of good things"), "en")
ERASED_FOR_WORKER = T(
    'The case "{label}" has been erased: everything shared in it is deleted, and nobody can read it any more.',
    label="Family C",
)


def key_ids_in_use(harness: Harness) -> set[int]:
    """The data key of every sealed value stored in the database now."""
    with harness.db.engine.connect() as c:
        values = [
            *c.scalars(select(answer_t.c.value)),
            *c.scalars(select(answer_t.c.data)),
            *c.scalars(select(conversation_t.c.state)),
            *c.scalars(select(outbox_t.c.payload)),
        ]
    return {struct.unpack_from(">q", base64.b64decode(v[len(seal.PREFIX) :]))[0] for v in values if v}


def test_a_case_erased_while_the_bot_runs_gets_nothing_sealed_with_its_destroyed_key(
    harness: Harness, bot: BotProcess
) -> None:
    sam, kai = joined_young_person(harness, 7100, 7110)
    kai.sends("/houses")
    kai.presses(GOOD)
    kai.sends("my dog Biscuit")  # the bot now holds the case's data key in memory
    keys = seal.sealer_of(harness.db.engine)
    assert keys is not None
    (case_key,) = [key_id for key_id, owner, _ in keys.keys.rows() if owner == "case:1"]
    assert case_key in key_ids_in_use(harness)

    since = harness.api.mark()
    said = harness.companion("case", "erase", "1")
    assert said.strip() == "Case 1 erased: its key is destroyed and its rows deleted."
    told = harness.api.wait_for(lambda r: r.chat_id == kai.id and r.method == "sendMessage", TIMEOUT, since=since)
    assert told.text == render(CASE_ERASED_FAMILY, "en")
    to_sam = harness.api.wait_for(lambda r: r.chat_id == sam.id and r.method == "sendMessage", TIMEOUT, since=since)
    assert to_sam.text == render(ERASED_FOR_WORKER, "en")

    answer = kai.sends("my cat Pickles")  # still where she was, in the house of good things
    assert answer.texts[0].startswith(render(T("You are not part of a case with a social worker here yet."), "en"))
    assert all("Pickles" not in text for text in answer.texts), "the house she was in is no longer hers"
    assert "case:1" not in {owner for _, owner, _ in keys.keys.rows()}, "the key is destroyed"
    assert case_key not in key_ids_in_use(harness), "nothing stored is sealed with the destroyed key"
    kept = harness.db.answers()  # every value stored still opens
    assert all(row.case_id is None for row in kept)
    assert not {"my dog Biscuit", "my cat Pickles"} & {row.value for row in kept}, "the case's words went with it"
    eventually(lambda: harness.db.count(outbox_t) == 0, "the messages about the erasure were sent")
