"""The `companion` command line as an administrator meets it: clear one-line errors, registering a
worker, upgrading the database, and the terminal chat on the demo case."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from bot.i18n import render
from dialogues.home import ABOUT
from dialogues.messages import T, Text

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = (
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_FILE_URL", "DATABASE_URL", "DEFAULT_LOCALE", "LOG_LEVEL",
    "INVITATION_DAYS",
)  # fmt: skip


def companion(*args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    """Run `companion ARGS` in ``cwd`` with only the given settings (no .env from the repo)."""
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(("setting", "value", "words"), [
    ("TELEGRAM_BOT_TOKEN", "not-a-token", "TELEGRAM_BOT_TOKEN does not look like a bot token"),
    ("DATABASE_URL", "mysql://x", "DATABASE_URL must be a sqlite:/// or postgresql+psycopg:// URL"),
    ("DATABASE_URL", "::nonsense::", "DATABASE_URL is not a database URL"),
    ("DEFAULT_LOCALE", "xx", "DEFAULT_LOCALE must be one of en, cy"),
    ("TELEGRAM_API_URL", "ftp://x", "TELEGRAM_API_URL must be an http:// or https:// URL"),
    ("LOG_LEVEL", "LOUD", "LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR"),
])  # fmt: skip
def test_a_bad_setting_stops_start_up_with_one_clear_line(tmp_path, setting, value, words):
    result = companion("db", "upgrade", cwd=tmp_path, env={setting: value})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"companion: setting {words}"), lines


def test_settings_are_read_from_a_dotenv_file_too(tmp_path):
    (tmp_path / ".env").write_text("DEFAULT_LOCALE=klingon\n")
    result = companion("db", "upgrade", cwd=tmp_path)
    assert "DEFAULT_LOCALE" in result.stderr and result.returncode == 2


def test_an_administrator_registers_a_worker_on_the_default_sqlite_file(tmp_path):
    result = companion("worker", "add", "--telegram-id", "4242", "--name", "Sam Jones", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Sam Jones" in result.stdout
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'companion.db'}")
    from storage.repository import person_t, worker_t

    with engine.connect() as c:
        row = c.execute(select(worker_t.c.name, person_t.c.telegram_id).join(person_t)).one()
    assert tuple(row) == ("Sam Jones", 4242)
    assert companion("worker", "add", "--telegram-id", "4242", "--name", " ", cwd=tmp_path).returncode == 2


def test_db_upgrade_says_the_database_is_up_to_date(tmp_path, database_url):
    result = companion("db", "upgrade", cwd=tmp_path, env={"DATABASE_URL": database_url})
    assert result.returncode == 0 and "up to date" in result.stdout


def test_the_command_line_speaks_the_default_language(tmp_path):
    welsh = {"DEFAULT_LOCALE": "cy"}
    result = companion("db", "upgrade", cwd=tmp_path, env=welsh)
    assert result.stdout.strip() == render(T("The database is up to date."), "cy") != "The database is up to date."
    result = companion("worker", "add", "--telegram-id", "4243", "--name", "Sam Jones", cwd=tmp_path, env=welsh)
    registered = T(
        "Worker {number} registered: {name} (Telegram id {telegram_id}).",
        number=1,
        name=Text.as_written("Sam Jones"),
        telegram_id=4243,
    )
    assert result.stdout.strip() == render(registered, "cy")
    result = companion("export", "7", "--out", str(tmp_path / "x.pdf"), "--lang", "en", cwd=tmp_path, env=welsh)
    assert result.returncode == 2
    no_case = render(T("there is no case {number}", number=7), "cy")
    assert result.stderr.strip() == f"companion: {no_case}", "--lang is the PDF's language, not the command line's"


def test_the_terminal_chat_lets_a_newcomer_try_a_role_in_welsh(tmp_path):
    result = companion("chat", "--as", "parent", "--lang", "cy", cwd=tmp_path, stdin="/start\n2\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert render(ABOUT, "cy") in result.stdout
    assert "  2. Cymraeg" in result.stdout
    assert render(T("What would you like to do?"), "cy") in result.stdout


def test_in_the_terminal_a_scale_is_answered_by_its_number_and_other_buttons_by_their_words(tmp_path):
    typed = "/stop\n/checkin\nback\n/checkin\n7\nskip this question\n/quit\n"
    result = companion("chat", "--as", "parent", "--lang", "en", cwd=tmp_path, stdin=typed)
    assert result.returncode == 0, result.stderr
    shown = result.stdout
    assert "  [10] [9] [8] [7] [6] [5] [4] [3] [2] [1] [0]\n  [⬅️ Back]\n" in shown, "not numbered: 7 means 7"
    after_back = shown.split("[⬅️ Back]\n  [🆘 I need help now]\n> ", 1)[1]
    assert after_back.lstrip().startswith(render(T("What would you like to do?"), "en")), "typing its words"
    asked = render(T("What would need to happen for it to be one point higher?"), "en")
    assert asked in shown, "the first question was skipped by typing the button's words"
    assert "  [⏭️ Skip this question]" in shown and "  1. ⏭️ Skip this question" not in shown


@pytest.mark.parametrize("typed", ["", "/frobnicate\n", "/quit\n"])
def test_leaving_at_the_role_question_ends_the_chat_without_an_error(tmp_path, typed):
    result = companion("run", cwd=tmp_path, stdin=typed)  # end of input is Ctrl-D
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert render(T("Which role would you like to try? Everyone here is on the same demo case."), "en") in result.stdout


def test_make_run_without_a_token_asks_which_role_to_try(tmp_path):
    result = companion("run", cwd=tmp_path, stdin="3\n1\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert render(T("Which role would you like to try? Everyone here is on the same demo case."), "en") in result.stdout
    assert "Sam (demo worker)" not in result.stdout.split("> ")[0]
    assert render(T("What would you like to do?"), "en") in result.stdout


def test_audit_prints_who_read_what_of_a_case(tmp_path, database_url):
    from storage import cases
    from storage.db import connect, upgrade
    from storage.repository import Store

    engine = connect(database_url)
    upgrade(engine)
    store = Store(engine)
    worker_id = store.add_worker(5151, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    with store.transaction() as tx:
        cases.read_answers(tx.c, tx.person(5151).id, case_id, purpose="export")
    engine.dispose()
    result = companion("audit", str(case_id), cwd=tmp_path, env={"DATABASE_URL": database_url})
    assert result.returncode == 0, result.stderr
    assert "Sam Jones (Telegram id 5151)  export" in result.stdout
    empty = companion("audit", str(case_id + 1), cwd=tmp_path, env={"DATABASE_URL": database_url})
    assert "No audit entries" in empty.stdout


def test_invitation_days_must_be_a_sensible_number(tmp_path):
    result = companion("db", "upgrade", cwd=tmp_path, env={"INVITATION_DAYS": "0"})
    assert result.returncode == 2 and "INVITATION_DAYS" in result.stderr


def test_export_writes_a_case_s_pdf_or_csv_from_the_command_line(tmp_path, database_url):
    from storage import cases
    from storage.db import connect, upgrade
    from storage.repository import Standing, Store

    engine = connect(database_url)
    upgrade(engine)
    store = Store(engine)
    case_id = store.ensure_case("Family Ł", store.add_worker(6161, "Sam Jones"))
    store.ensure_member(case_id, 6162, "parent")
    with store.transaction() as tx:
        tx.add_answers(tx.person(6162).id, Standing("parent", case_id), [("note", "=SUM(A1)", {})], None)
    engine.dispose()
    env = {"DATABASE_URL": database_url}
    result = companion("export", str(case_id), "--format", "csv", "--out", "x.csv", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert ",'=SUM(A1)," in (tmp_path / "x.csv").read_text(encoding="utf-8-sig"), "formula injection neutralised"
    result = companion("export", str(case_id), "--out", "x.pdf", "--lang", "cy", cwd=tmp_path, env=env)
    assert result.returncode == 0 and (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert companion("export", "999", "--out", "y.pdf", cwd=tmp_path, env=env).returncode == 2
    audit = companion("audit", str(case_id), cwd=tmp_path, env=env).stdout
    assert audit.count(f"administrator (command line, as {getpass.getuser()})  export") == 2, "who ran it"
    with store.transaction() as tx:
        trail = cases.audit_trail(tx.c, case_id)
    assert [line.os_user for line in trail] == [getpass.getuser()] * 2


def test_practice_report_names_no_case_and_no_person_and_hides_small_counts(tmp_path, database_url):
    from datetime import UTC, datetime

    import pypdf

    from storage import cases, practice
    from storage.db import connect, upgrade
    from storage.repository import Standing, Store

    engine = connect(database_url)
    upgrade(engine)
    store = Store(engine)
    worker = store.add_worker(6171, "Sam Jones")
    for n in range(3):
        case_id = store.ensure_case(f"Family Secretname {n}", worker)
        store.ensure_member(case_id, 6180 + n, "young_person")
        with store.transaction() as tx:
            tx.add_answers(tx.person(6180 + n).id, Standing("young_person", case_id), [("safety_scale", "4", {})], None)
    env = {"DATABASE_URL": database_url}
    result = companion("practice-report", "--since", "2020-01-01", "--out", "p.pdf", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "p.pdf"
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    result = companion("practice-report", "--format", "csv", "--out", "p.csv", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    table = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    for written in (text, table):
        assert "fewer than 5" in written, "3 cases are fewer than 5"
        assert "Secretname" not in written and "Sam Jones" not in written and "6171" not in written
    assert ",,Cases open in the period,fewer than 5" in table
    month = f"{datetime.now(UTC):%Y-%m}"
    assert f"cases_open,{month},Cases open in the month,fewer than 5" in table, "each month's shares, too"
    assert f"young_person_heard,{month}," in table and f"checkin_days,{month}," in table
    again = companion("practice-report", "--format", "csv", "--out", "p.csv", cwd=tmp_path, env=env)
    assert again.returncode == 2 and "is there already" in again.stderr
    assert companion("practice-report", "--since", "May", "--out", "q.pdf", cwd=tmp_path, env=env).returncode == 2
    with store.transaction() as tx:
        trail = cases.audit_trail(tx.c, practice.SERVICE)
    assert [(line.action, line.detail) for line in trail] == [
        ("practice report", "since 2020-01-01, pdf"),
        ("practice report", "since the start, csv"),
    ]
    assert {line.os_user for line in trail} == {getpass.getuser()}
    engine.dispose()


def test_worker_add_manager_makes_a_manager(tmp_path, database_url):
    from storage import practice
    from storage.db import connect, upgrade
    from storage.repository import Store

    env = {"DATABASE_URL": database_url}
    result = companion(
        "worker", "add", "--telegram-id", "6191", "--name", "Pat Lee", "--manager", cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Telegram id 6191 is a manager" in result.stdout
    assert companion("worker", "add", "--telegram-id", "6192", "--name", "Jo", cwd=tmp_path, env=env).returncode == 0
    engine = connect(database_url)
    upgrade(engine)
    with Store(engine).transaction() as tx:
        assert practice.is_manager(tx.c, tx.person(6191).id)
        assert not practice.is_manager(tx.c, tx.person(6192).id)
    engine.dispose()


def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    """`companion alerts | head -3`: the reader goes away, and the command ends without a traceback."""
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    env = {**clean, "PYTHONPATH": str(ROOT)}
    assert companion("db", "upgrade", cwd=tmp_path).returncode == 0
    reader, writer = os.pipe()
    os.close(reader)  # gone before the first line is written
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "db", "upgrade"],
            cwd=tmp_path, env=env, stdout=writer, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    finally:
        os.close(writer)
    assert result.stderr == "" and result.returncode == 141


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is a POSIX thing")
def test_a_line_longer_than_the_terminal_s_own_reaches_the_chat_whole(tmp_path):
    """At a real terminal, what was typed or pasted past a line's 4,095th character was dropped before
    Python saw it (the line discipline's limit): a young person's long worry lost its end, untold."""
    import pty
    import select
    import time

    long = " ".join(f"word{n}" for n in range(2000))  # 11,889 characters, ending "word1999"
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    pid, terminal = pty.fork()
    if pid == 0:  # the terminal chat, as a young person, at a pseudo-terminal
        os.chdir(tmp_path)
        command = [sys.executable, "-m", "bot.cli", "chat", "--as", "young-person"]
        os.execve(sys.executable, command, {**clean, "PYTHONPATH": str(ROOT)})
    shown = bytearray()

    def read_some(wait: float) -> None:
        if select.select([terminal], [], [], wait)[0]:
            shown.extend(os.read(terminal, 65536))

    def until(wanted: bytes) -> None:
        end = time.monotonic() + 60
        while wanted not in shown:
            assert time.monotonic() < end, bytes(shown[-300:])
            read_some(0.2)

    def types(line: str) -> None:
        del shown[:]
        data = (line + "\r").encode()
        while data:  # a terminal takes a few kilobytes at a time, and echoes them back
            if select.select([], [terminal], [], 0.2)[1]:
                data = data[os.write(terminal, data[:512]) :]
            read_some(0)

    try:
        until(b"> ")
        types("/houses")
        until(b"> ")
        types("1")
        until(b"Send one thing at a time")
        types(long)  # kept as a few items in turn, each shown in the house as it is kept
        end = time.monotonic() + 30
        while b"word1999" not in shown.partition(b"In it now:")[2]:  # not the echo: what the house holds
            assert time.monotonic() < end, "the end of the line was never kept"
            read_some(0.2)
        types("/quit")
    finally:
        os.close(terminal)
        os.waitpid(pid, 0)
