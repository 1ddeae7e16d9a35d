"""Logs carry nothing a person typed: the real bot at DEBUG on a full tour, with a marker in everything
typed (names, a case label, houses, the safety scale, danger words, a failing step, captions, edits,
forged buttons, groups), then the marker is looked for everywhere the process wrote. And the log is an
allow list: below WARNING, only the project's own loggers."""

from __future__ import annotations

import io
import logging
import re
import secrets
import string

import pytest
from e2e import TIMEOUT, Harness, eventually, inbox_t
from poison import poison_answers
from pypdf import PdfReader
from sqlalchemy import Table

from bot import logs
from bot.i18n import render
from bot.telegram_app import SORRY
from dialogues.messages import T
from storage.models import Person

STEP_FAILED = r" WARNING bot\.telegram_app: update \d+: step failed \(try \d\): \w+ at "
GIVEN_UP = r" ERROR bot\.telegram_app: update \d+ given up after 4 failed steps: \w+ at "
LINE = re.compile(r"^\d{4}-\d\d-\d\d [\d:,]+ (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([\w.]+): ")


def en(message: str) -> str:
    return render(T(message), "en")


def test_logs_carry_nothing_a_person_typed_on_a_full_tour_at_debug(harness: Harness) -> None:
    marker = "zq" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(14))
    api, db = harness.api, harness.db
    harness.expected_log += [STEP_FAILED, GIVEN_UP]
    bot = harness.start_bot(log_level="DEBUG")

    # Joining: the worker's name and case label, both people's Telegram names.
    harness.companion("worker", "add", "--telegram-id", "7100", "--name", f"Sam {marker}")
    sam = harness.user(7100, first_name=f"Sam{marker}")
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends(f"Family {marker}")
    invited = sam.presses(en("🧒 Invite a young person"))
    code = re.search(r"\?start=(\S+)", invited.texts[0]).group(1)  # type: ignore[union-attr]
    kai = harness.user(7110, first_name=f"Kai{marker}")
    kai.sends(f"/start {marker}", buttons=False)  # a bad invitation code
    kai.sends(f"/start {code}")
    kai.presses(en("✅ Yes, join"))

    # A house filled, words where a button is expected, the picture of the houses.
    kai.sends("/houses")
    kai.presses(en("🌈 House of good things"))
    kai.sends(f"my cat {marker}")
    kai.presses(en("✅ That's all for this house"))
    kai.sends(f"loud nights {marker}")
    kai.presses(en("✅ That's all for this house"))
    kai.presses(en("⏭️ Skip this one"))
    kai.sends(f"stray words {marker}")  # kept as said outside a question; asked whether to put it in a house
    kai.presses(en("No, thanks"))
    since = api.mark()
    kai.presses(en("🖼️ Send me a picture of my houses"))
    api.wait_for(lambda r: r.method == "sendPhoto" and r.chat_id == kai.id, TIMEOUT, since=since)

    # The safety scale, with its reasons.
    kai.sends("/scale")
    kai.sends("6")
    kai.sends(f"my nan {marker}")
    kai.sends(f"a lock {marker}")

    # An alert, from words and from the button.
    kai.sends("/houses")
    kai.presses(en("😟 House of worries"))
    since = api.mark()
    kai.sends(f"he hit me {marker}")
    api.wait_for(lambda r: r.chat_id == sam.id and "Urgent" in (r.text or ""), TIMEOUT, since=since)
    kai.presses(en("⬅️ Go back"))
    kai.presses(en("🆘 I don't feel safe right now"))

    # A failing step: an answer the database refuses, four times, then given up.
    kai.sends("/houses")
    kai.presses(en("🌈 House of good things"))
    poison_answers(db.engine, api.api._next_update_id)  # the next update: the quokka
    assert kai.sends(f"a {marker}quokka", buttons=False).texts == [render(SORRY, "en")]

    # An export (PDF and CSV) and the progress chart.
    case_id = int(db.rows(Table("case", Person.metadata))[0].id)
    sam.sends(f"/cases {case_id}")
    sam.presses(en("📖 What they shared"))
    since = api.mark()
    sam.presses(en("📄 Export for the assessment"))
    pdf = api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == sam.id, TIMEOUT, since=since)
    api.wait_for(lambda r: r.method == "sendDocument" and r.index > pdf.index, TIMEOUT, since=since)
    pages = PdfReader(io.BytesIO(next(iter(pdf.files.values())).data)).pages
    assert marker in "".join(page.extract_text() for page in pages), "the words went through the PDF"

    # Everything else a person can send.
    hana = harness.user(7120, first_name=f"Hana{marker}")
    hana.sends("/start")
    words = hana.sends(f"my secret is {marker}")
    hana.presses("English")
    hana.sends(f"/{marker}")
    hana.sends_photo(caption=f"a photo of {marker}")
    hana.edits(words.update_id, f"edited {marker}")
    hana.presses_data(f"0|{marker}", hana.last_prompt)
    hana.sends(f"{marker}\x00with a NUL")
    api.user_sends_in_group(7003, 557, f"in a group {marker}")
    api.wait_for(lambda r: r.method == "leaveChat", TIMEOUT)
    hana.sends("/help")
    eventually(lambda: db.rows(inbox_t) == [], "the inbox empty")
    assert bot.stop() == 0

    log = bot.stdout + bot.stderr
    assert "polling as @SafetyCompanionBot" in log and "given up after 4 failed steps" in log, "the log was written"
    assert marker not in log
    assert marker[:10] not in log
    quiet = [line for line in log.splitlines() if (m := LINE.match(line)) and m[1] in ("DEBUG", "INFO")]
    assert quiet, "our own lines are there"
    assert [line for line in quiet if not logs.ours(LINE.match(line)[2])] == [], "libraries are held to warnings"  # type: ignore[index]


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
def test_below_warning_only_the_project_s_own_loggers_are_let_through(level: str) -> None:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.setup(level)
        stream = io.StringIO()
        root.handlers[0].setStream(stream)  # type: ignore[attr-defined]
        for name in ("fontTools.subset", "telegram.ext.ExtBot", "httpx", "matplotlib.font_manager", "PIL", "root"):
            logging.getLogger(name).info("library chatter")
            logging.getLogger(name).debug("library chatter")
        logging.getLogger("fontTools.subset").setLevel(logging.DEBUG)  # a library that sets its own level
        logging.getLogger("fontTools.subset").info("library chatter")
        logging.getLogger("httpx").warning("a library's warning")
        for name in ("bot.telegram_app", "storage", "dialogues.engine", "locales.catalogs"):
            logging.getLogger(name).info("ours")
        logging.getLogger("botany").info("not ours")
        lines = stream.getvalue().splitlines()
        assert [line.split(" ", 3)[3] for line in lines] == [
            "httpx: a library's warning",
            "bot.telegram_app: ours",
            "storage: ours",
            "dialogues.engine: ours",
            "locales.catalogs: ours",
        ]
    finally:
        logging.getLogger("fontTools.subset").setLevel(logging.NOTSET)
        root.handlers[:], level_before = saved
        root.setLevel(level_before)
