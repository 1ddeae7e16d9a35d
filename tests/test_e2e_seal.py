"""Issue 13's marker test: words typed into a house, a wish, a check-in and a worker's goal (through
`Companion.handle`, as the bot's steps run them) are nowhere in the database's files (SQLite: the file, its
WAL and SHM, the whole data folder) or in a ``pg_dump`` of the PostgreSQL database, nor in the logs; yet
they are all stored, and read back through the one door."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage import plans
from storage.cases import read_answers
from tests.transcript import Chat

MARKER = "Zqxmarker7391"
SAM, JO, MUM = 900, 950, 960
GOOD = "🌈 House of good things"


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(SAM, "Sam Jones")
    case_id = store.ensure_case("Family M", worker_id)
    store.ensure_member(case_id, JO, "young_person")
    store.ensure_member(case_id, MUM, "parent")
    return Chat(store)


def at_menu(chat: Chat, user_id: int):
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    return person


def type_the_markers(chat: Chat) -> None:
    sam = at_menu(chat, SAM)
    sam.says("/cases 1")
    sam.presses("📏 Safety goal, scale and my score")
    sam.presses("✏️ Write the goal and what 0 and 10 mean")
    sam.says(f"Mum keeps Ella safe {MARKER}goal for six months.")
    sam.says(f"Ella is safe at home {MARKER}ten.")
    said = sam.presses("Use the usual words")
    assert f"{MARKER}ten" in said.text
    jo = at_menu(chat, JO)
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says(f"my dog {MARKER}house")
    jo.says("/wizard")
    jo.presses("🧙 A wizard")
    jo.says(f"a {MARKER}wish for a puppy")
    mum = at_menu(chat, MUM)
    mum.says("/checkin")
    mum.presses("6")
    mum.says(f"We go to the group {MARKER}checkin")
    mum.says(f"half a thought {MARKER}slot")  # the next question's answer, or a slot of the conversation


def test_the_marker_is_stored_yet_nowhere_in_the_database_files_or_logs(chat, store, database_url, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    type_the_markers(chat)
    store.inbox_add([(88, JO, {"update_id": 88, "message": {"text": f"waiting {MARKER}inbox"}})])
    with store.transaction() as tx:
        answers = read_answers(tx.c, None, 1, purpose="read", audit=False)
        goal = plans.plan_of(tx.c, 1).goal
    words = " ".join(a.value for a in answers)
    for place in ("house", "wish", "checkin"):
        assert f"{MARKER}{place}" in words, f"the {place} was stored"
    assert f"{MARKER}goal" in goal
    assert any(MARKER in str(p.payload) for p in store.inbox_pending())
    assert MARKER not in caplog.text

    if make_url(database_url).get_backend_name() == "sqlite":
        folder = Path(make_url(database_url).database or "").parent
        assert folder == tmp_path
        assert (folder / "companion.db-wal").exists() and (folder / "companion.db-shm").exists()
        assert nowhere_in(folder)
        with store.engine.connect() as c:
            c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        assert nowhere_in(folder)
        return
    dump = pg_dump(database_url)
    assert "COPY public.answer" in dump and "S1" in dump, "the dump holds the sealed rows"
    assert MARKER.encode() not in dump.encode()


def nowhere_in(folder: Path) -> bool:
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for encoding in ("utf-8", "utf-16-le"):
                assert MARKER.encode(encoding) not in content, f"found in {path.name}"
    return True


def pg_dump(database_url: str) -> str:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed here, so the PostgreSQL dump cannot be searched")
    url = make_url(database_url)
    command = ["pg_dump", "-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-d", url.database or ""]
    if url.username:
        command += ["-U", url.username]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        pytest.skip(f"pg_dump could not dump the database here: {result.stderr.strip()[:200]}")
    return result.stdout
