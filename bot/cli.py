"""``companion``: the command line for people who run the bot.

companion run                      Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat
companion chat [--as ROLE] [--lang cy]
companion telegram                 long polling
companion worker add --telegram-id N --name NAME
companion db upgrade
companion audit CASE               who read or exported what of a case, and when
companion export CASE --format pdf|csv --out FILE
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from bot import logs
from bot.core import Companion
from bot.settings import Settings, SettingsError, load
from dialogues import build_engine
from dialogues.engine import Role
from dialogues.languages import LANGUAGES
from storage.db import connect, upgrade
from storage.repository import Store

ROLE_ARGS = {"young-person": Role.YOUNG_PERSON, "parent": Role.PARENT, "worker": Role.WORKER}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="companion", description="Safety Companion: a Signs of Safety assistant.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="Telegram if TELEGRAM_BOT_TOKEN is set, else the terminal chat")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal, on a local demo case")
    chat.add_argument("--as", dest="role", choices=list(ROLE_ARGS), help="the role to play (asked if not given)")
    chat.add_argument("--lang", choices=list(LANGUAGES), help="the language to use")
    sub.add_parser("telegram", help="run the Telegram bot (long polling)")
    worker = sub.add_parser("worker", help="manage workers").add_subparsers(dest="action", required=True)
    add = worker.add_parser("add", help="register a social worker")
    add.add_argument("--telegram-id", type=int, required=True, help="their numeric Telegram user id")
    add.add_argument("--name", required=True, help="their name, as families will see it")
    db = sub.add_parser("db", help="database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="bring the database schema up to date")
    audit = sub.add_parser("audit", help="who read or exported what of a case, and when")
    audit.add_argument("case", type=int, help="the case's number")
    export = sub.add_parser("export", help="a case's export for the assessment, as a PDF or CSV file")
    export.add_argument("case", type=int, help="the case's number")
    export.add_argument("--format", choices=("pdf", "csv"), default="pdf", help="pdf (default) or csv")
    export.add_argument("--out", required=True, help="the file to write")
    export.add_argument("--lang", choices=list(LANGUAGES), help="the language of the PDF's own words")
    return p


def make_companion(settings: Settings, store: Store) -> Companion:
    return Companion(
        store,
        build_engine(),
        settings.default_locale,
        invitation_days=settings.invitation_days,
        notice_delay=timedelta(minutes=settings.notice_delay_minutes),
    )


def open_store(settings: Settings) -> Store:
    engine = connect(settings.database_url)
    upgrade(engine)
    return Store(engine)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load()
    except SettingsError as error:
        print(f"companion: {error}", file=sys.stderr)
        return 2
    logs.setup(settings.log_level)
    command = args.command
    if command == "run":
        command = "telegram" if settings.token else "chat"
        args.role, args.lang = None, None
    try:
        if command == "db":
            open_store(settings)
            print("The database is up to date.")
            return 0
        if command == "worker":
            name = args.name.strip()
            if not name or len(name) > 200:
                print("companion: --name must be 1 to 200 characters", file=sys.stderr)
                return 2
            worker_id = open_store(settings).add_worker(args.telegram_id, name)
            print(f"Worker {worker_id} registered: {name} (Telegram id {args.telegram_id}).")
            return 0
        if command == "audit":
            return print_audit(open_store(settings), args.case)
        if command == "export":
            locale = args.lang or settings.default_locale
            return write_export(open_store(settings), args.case, args.format, args.out, locale)
        if command == "telegram":
            return run_telegram(settings)
        return run_chat(settings, ROLE_ARGS.get(args.role or ""), args.lang)
    except KeyboardInterrupt:
        return 130


def write_export(store: Store, case_id: int, kind: str, out: str, locale: str) -> int:
    """Write a case's PDF or CSV (the same as /export in the bot), audited as the command line's."""
    from bot.exports import export
    from storage.cases import AccessDenied

    try:
        with store.transaction() as tx:
            documents = export(tx.c, None, case_id, locale)
    except AccessDenied:
        print(f"companion: there is no case {case_id}", file=sys.stderr)
        return 2
    document = next(d for d in documents if d.filename.endswith(f".{kind}"))
    Path(out).write_bytes(document.content)
    print(f"Wrote {out} ({len(document.content)} bytes).")
    return 0


def print_audit(store: Store, case_id: int) -> int:
    """The case's audit trail, one line an entry, oldest first."""
    from storage.cases import ADMINISTRATOR, audit_trail

    with store.transaction() as tx:
        trail = audit_trail(tx.c, case_id)
    if not trail:
        print(f"No audit entries for case {case_id}.")
        return 0
    for line in trail:
        if line.person_id == ADMINISTRATOR:
            who = "administrator (command line)"
        else:
            who = f"{line.worker_name or f'person {line.person_id}'} (Telegram id {line.telegram_id})"
        print(f"{line.at:%Y-%m-%d %H:%M:%S} UTC  {who}  {line.action}  {line.detail}")
    return 0


def run_telegram(settings: Settings) -> int:
    from telegram.error import InvalidToken

    from bot.telegram_app import TelegramBot

    if not settings.token:
        print("companion: setting TELEGRAM_BOT_TOKEN is needed for the Telegram bot", file=sys.stderr)
        return 2
    companion = make_companion(settings, open_store(settings))
    try:
        asyncio.run(TelegramBot(settings, companion).run())
    except InvalidToken:
        print("companion: Telegram refused TELEGRAM_BOT_TOKEN; check it with @BotFather", file=sys.stderr)
        return 2
    return 0


def run_chat(settings: Settings, role: Role | None, lang: str | None) -> int:
    from bot.terminal import DEMO_PEOPLE, Terminal, prepare_demo

    store = open_store(settings)
    prepare_demo(store)
    companion = make_companion(settings, store)
    terminal = Terminal(companion, lang or settings.default_locale)
    role = role or terminal.pick_role()
    user_id = DEMO_PEOPLE[role]
    if lang:
        with store.transaction() as tx:
            tx.set_locale(tx.person(user_id).id, lang)
    terminal.chat(user_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
