"""The inbox keeps only what a step needs, sealed, until the step commits (issue 13): no first name, no
username, no forwarded sender, no file name, no place, no sticker's or other media's file id. A photo, voice
note or file keeps its file id and caption, which its step needs to put it in a house (issue 15). What it
keeps reads back as the same input."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Update

from bot.updates import kept_fields, to_incoming
from storage.repository import inbox_t
from storage.seal import unseal

NAME, SURNAME, USERNAME = "Zelphina", "Quarrington", "zelphina_q"
USER = {
    "id": 11,
    "is_bot": False,
    "first_name": NAME,
    "last_name": SURNAME,
    "username": USERNAME,
    "language_code": "cy",
}
CHAT = {"id": 11, "type": "private", "first_name": NAME, "last_name": SURNAME, "username": USERNAME}


def message(**fields: Any) -> dict[str, Any]:
    return {"message_id": 5, "date": 1733280000, "chat": CHAT, "from": USER, **fields}


UPDATES = {
    "words": {"update_id": 1, "message": message(text="my dog Biscuit")},
    "forwarded": {
        "update_id": 2,
        "message": message(
            text="you are late",
            forward_origin={"type": "user", "date": 1733270000, "sender_user": {**USER, "id": 99}},
            reply_to_message=message(text="a quoted message from before"),
        ),
    },
    "button": {
        "update_id": 3,
        "callback_query": {
            "id": "77",
            "from": USER,
            "chat_instance": "ci",
            "data": "4|good",
            "message": message(text="an earlier question"),
        },
    },
    "sticker": {
        "update_id": 4,
        "message": message(
            sticker={
                "file_id": "FILEID",
                "file_unique_id": "UNIQ",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
                "emoji": "👍",
            }
        ),
    },
    "photo": {
        "update_id": 5,
        "message": message(
            photo=[{"file_id": "FILEID", "file_unique_id": "UNIQ", "width": 90, "height": 90}],
            caption="this is our house at 4 Elm Road",
        ),
    },
    "document": {
        "update_id": 10,
        "message": message(
            document={"file_id": "FILEID", "file_unique_id": "UNIQ", "file_name": "Elm Road.pdf", "file_size": 9},
        ),
    },
    "place": {"update_id": 6, "message": message(location={"latitude": 51.48, "longitude": -3.18})},
    "edited": {"update_id": 7, "edited_message": message(text="changed words", edit_date=1733280100)},
}


# What a step needs of these to fetch the file into a house, and the words sent with it.
NEEDED = {"photo": {"FILEID", "UNIQ", "Elm Road"}, "document": {"FILEID", "UNIQ"}}


@pytest.mark.parametrize("kind", list(UPDATES))
def test_a_stored_inbox_row_holds_no_name_and_reads_back_as_the_same_input(store, kind):
    update = Update.de_json(UPDATES[kind], None)
    assert update is not None
    store.inbox_add([(update.update_id, 11, kept_fields(update))])
    with store.engine.connect() as c:
        (row,) = c.execute(select(inbox_t.c.update_id, inbox_t.c.payload)).all()
        stored = unseal(c, "inbox_update", "payload", row.update_id, row.payload)
    for gone in (NAME, SURNAME, USERNAME, "FILEID", "UNIQ", "Elm Road", "quoted", "51.48", "3.18", "99"):
        if gone in NEEDED.get(kind, ()):
            assert gone in stored, f"{gone!r} is not kept for a {kind}: its step could not fetch it"
        else:
            assert gone not in stored, f"{gone!r} is kept for a {kind}"
    (pending,) = store.inbox_pending()
    again = Update.de_json(pending.payload, None)
    assert again is not None
    before, after = to_incoming(update), to_incoming(again)
    assert before is not None and after is not None
    assert before.display_name == NAME and after.display_name == "", "the name is read as it arrives, never kept"
    assert (after.chat_id, after.user_id, after.language_code, after.update_id, after.seq, after.input) == (
        before.chat_id,
        before.user_id,
        before.language_code,
        before.update_id,
        before.seq,
        before.input,
    )
    assert json.loads(stored) == pending.payload


JOINING = {
    "invitation": {"update_id": 8, "message": message(text="/start abc123")},
    "yes, join": {
        "update_id": 9,
        "callback_query": {
            "id": "78",
            "from": USER,
            "chat_instance": "ci",
            "data": "2|join",
            "message": message(text="Join?"),
        },
    },
}


@pytest.mark.parametrize("kind", list(JOINING))
def test_only_an_update_that_can_join_a_case_keeps_the_first_name_and_nothing_else_of_them(store, kind):
    """The worker is told the name Telegram gives for whoever joined: that step, run from the inbox (where
    several processes and restarts take it from), needs the first name; no other step does."""
    update = Update.de_json(JOINING[kind], None)
    assert update is not None
    store.inbox_add([(update.update_id, 11, kept_fields(update))])
    with store.engine.connect() as c:
        (row,) = c.execute(select(inbox_t.c.update_id, inbox_t.c.payload)).all()
        stored = unseal(c, "inbox_update", "payload", row.update_id, row.payload)
    assert NAME in stored
    for gone in (SURNAME, USERNAME):
        assert gone not in stored
    (pending,) = store.inbox_pending()
    again = to_incoming(Update.de_json(pending.payload, None))
    assert again is not None and again.display_name == NAME
