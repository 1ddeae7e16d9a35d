"""``companion``: the command line for people who run the bot.

companion run                      Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat
companion chat [--as ROLE] [--lang cy]
companion telegram                 long polling
companion serve                    the web chat (and Telegram, when TELEGRAM_BOT_TOKEN is set)
companion worker add --telegram-id N --name NAME [--duty] [--manager]
companion worker duty --telegram-id N on|off
companion db upgrade
companion audit CASE               who read or exported what of a case, and when
companion alerts                   the alerts nobody has said they are on yet
companion export CASE --format pdf|csv --out FILE
companion practice-report [--since DATE] [--format pdf|csv] --out FILE   the service's practice, no names
companion case erase CASE          the case's data key destroyed, then its rows (the audit keeps who and when)
companion keys check               whether the master keys open every data key
companion keys rotate              re-wrap every data key with the newest master key
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Coroutine, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from bot import logs
from bot.core import Companion
from bot.i18n import render
from bot.settings import Settings, SettingsError, load
from bot.steps import StepsApart
from dialogues import build_engine
from dialogues.engine import Role
from dialogues.languages import LANGUAGES
from dialogues.messages import Nn_, T, Text
from storage.coordination import InUse, hold_sqlite
from storage.db import connect, upgrade
from storage.repository import Store
from storage.seal import KeyStore, SealError, check, load_keyring, rotate, start

ROLE_ARGS = {"young-person": Role.YOUNG_PERSON, "parent": Role.PARENT, "worker": Role.WORKER}
WROTE = Nn_("Wrote {file} ({count} byte).", "Wrote {file} ({count} bytes).")
REWRAPPED = Nn_(
    "Re-wrapped {count} data key with the newest master key.",
    "Re-wrapped {count} data keys with the newest master key.",
)
OPEN = Nn_(
    "{count} data key: it opens ({newest} wrapped by the newest master key).",
    "{count} data keys: every one opens ({newest} wrapped by the newest master key).",
)
HAND_OVER = Nn_(
    "Nothing was changed: Telegram id {telegram_id} is the only worker of {count} open case. Invite a co-worker"
    " to it from its case card first:",
    "Nothing was changed: Telegram id {telegram_id} is the only worker of {count} open cases. Invite a co-worker"
    " to each from its case card first:",
)
REMOVED = Nn_(
    "Telegram id {telegram_id} is no longer a worker here: they left {count} case, and their sign-in has ended.",
    "Telegram id {telegram_id} is no longer a worker here: they left {count} cases, and their sign-in has ended.",
)
RETAINED_ERASED = Nn_("{count} closed case erased.", "{count} closed cases erased.")
RETAINED_REMINDED = Nn_(
    "{count} worker reminded of an erasure to come.", "{count} workers reminded of erasures to come."
)
RETAINED_FORGOTTEN = Nn_(
    "{count} person who never joined a case forgotten.", "{count} people who never joined a case forgotten."
)
RETAINED_AUDIT = Nn_("{count} old audit entry removed.", "{count} old audit entries removed.")
SHUT = Nn_("{failed} of {count} data key does not open.", "{failed} of {count} data keys do not open.")


def say(text: Text, locale: str, *, error: bool = False) -> None:
    """One line for the person at the command line, in DEFAULT_LOCALE; errors on stderr, after "companion:"."""
    if error:
        print(f"companion: {render(text, locale)}", file=sys.stderr)
    else:
        print(render(text, locale))


def day(text: str) -> datetime:
    """A ``--since`` date, YYYY-MM-DD: its first moment, in UTC."""
    try:
        return datetime.combine(date.fromisoformat(text), time(0), UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="companion", description="Safety Companion: a Signs of Safety assistant.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="Telegram if TELEGRAM_BOT_TOKEN is set, else the terminal chat")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal, on a local demo case")
    chat.add_argument("--as", dest="role", choices=list(ROLE_ARGS), help="the role to play (asked if not given)")
    chat.add_argument("--lang", choices=list(LANGUAGES), help="the language to use")
    sub.add_parser("telegram", help="run the Telegram bot (long polling)")
    sub.add_parser("serve", help="run the web chat, and the Telegram bot too when TELEGRAM_BOT_TOKEN is set")
    worker = sub.add_parser("worker", help="manage workers").add_subparsers(dest="action", required=True)
    add = worker.add_parser("add", help="register a social worker")
    add.add_argument("--telegram-id", type=int, required=True, help="their numeric Telegram user id")
    add.add_argument("--name", required=True, help="their name, as families will see it")
    add.add_argument("--duty", action="store_true", help="a duty contact: escalated alerts from every case reach them")
    add.add_argument(
        "--manager", action="store_true", help="a manager: sees the service's practice report in the bot (/practice)"
    )
    duty = worker.add_parser("duty", help="make a registered worker a duty contact, or not")
    duty.add_argument("--telegram-id", type=int, required=True, help="their numeric Telegram user id")
    duty.add_argument("state", choices=("on", "off"), help="on or off")
    remove = worker.add_parser("remove", help="take a worker off the service: their cases and their sign-in end")
    remove.add_argument("--telegram-id", type=int, required=True, help="their numeric Telegram user id")
    link = worker.add_parser("web-link", help="a one-time link for a worker to sign in on the web chat")
    link.add_argument("--telegram-id", type=int, required=True, help="their numeric Telegram user id")
    db = sub.add_parser("db", help="database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="bring the database schema up to date")
    audit = sub.add_parser("audit", help="who read or exported what of a case, and when")
    audit.add_argument("case", type=int, help="the case's number")
    sub.add_parser("alerts", help="the alerts nobody has said they are on yet")
    export = sub.add_parser("export", help="a case's export for the assessment, as a PDF or CSV file")
    export.add_argument("case", type=int, help="the case's number")
    export.add_argument("--format", choices=("pdf", "csv"), default="pdf", help="pdf (default) or csv")
    export.add_argument("--out", required=True, help="the file to write")
    export.add_argument("--lang", choices=list(LANGUAGES), help="the language of the PDF's own words")
    report = sub.add_parser("practice-report", help="the service's practice: counts only, no names, no cases")
    report.add_argument("--since", type=day, help="the period's first day, YYYY-MM-DD (default: from the start)")
    report.add_argument("--format", choices=("pdf", "csv"), default="pdf", help="pdf (default) or csv")
    report.add_argument("--out", required=True, help="the file to write")
    report.add_argument("--lang", choices=list(LANGUAGES), help="the language of the report's words")
    case = sub.add_parser("case", help="a case").add_subparsers(dest="action", required=True)
    erase = case.add_parser("erase", help="destroy the case's data key, then its rows; the audit keeps who and when")
    erase.add_argument("case", type=int, help="the case's number")
    hold = case.add_parser("hold", help="a legal hold: the case is not erased by retention while it is on")
    hold.add_argument("case", type=int, help="the case's number")
    hold.add_argument("state", choices=("on", "off"), help="on or off")
    kept = sub.add_parser("retention", help="what is kept, and for how long").add_subparsers(
        dest="action", required=True
    )
    kept.add_parser("run", help="erase closed cases whose time is up, remind, forget, prune (for cron)")
    keys = sub.add_parser("keys", help="the master keys that seal what people typed").add_subparsers(
        dest="action", required=True
    )
    keys.add_parser("check", help="whether the master keys open every data key")
    keys.add_parser("rotate", help="re-wrap every data key with the newest master key (the first of DATA_KEYS)")
    return p


def make_companion(settings: Settings, store: Store) -> Companion:
    return Companion(
        store,
        build_engine(),
        settings.default_locale,
        invitation_days=settings.invitation_days,
        public_url=settings.public_url,
        notice_delay=timedelta(minutes=settings.notice_delay_minutes),
        escalate_after=timedelta(minutes=settings.alert_escalate_minutes),
        retention_days=settings.retention_days,
        audit_days=settings.audit_days,
    )


def open_store(settings: Settings) -> Store:
    """The database, its master keys checked first (`SealError` when one is missing or wrong: nothing has
    been changed then), then its schema brought up to date."""
    engine = connect(settings.database_url, key_url=settings.key_store_url)
    try:
        start(engine, settings.master_keys, Path(settings.data_key_file), settings.key_store_url)
    except BaseException:
        engine.dispose()
        raise
    upgrade(engine)
    return Store(engine)


def keys(settings: Settings, action: str, locale: str) -> int:
    """``companion keys check|rotate``: the data keys of the database, against the master keys given."""
    engine = connect(settings.database_url, key_url=settings.key_store_url)
    key_store = KeyStore(settings.key_store_url)
    try:
        keyring = load_keyring(settings.master_keys, Path(settings.data_key_file), create=False)
        if action == "rotate":
            done = rotate(engine, keyring, key_store)
            say(Text.plural_of(REWRAPPED, done), locale)
        result = check(engine, keyring, key_store)
    finally:
        engine.dispose()
        key_store.dispose()
    if result.failures:
        for failure in result.failures:
            print(f"companion: {failure}", file=sys.stderr)
        say(Text.plural_of(SHUT, result.keys, failed=len(result.failures)), locale, error=True)
        return 1
    say(Text.plural_of(OPEN, result.keys, newest=result.on_newest), locale)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load()
    except SettingsError as error:
        print(f"companion: {error}", file=sys.stderr)
        return 2
    logs.setup(settings.log_level)
    locale = settings.default_locale
    command = args.command
    if command == "run":
        command = "telegram" if settings.token else "chat"
        args.role, args.lang = None, None
    try:
        if command == "keys":
            return keys(settings, args.action, locale)
        if command == "case" and args.action == "hold":
            return hold(open_store(settings), args.case, args.state == "on", locale)
        if command == "case":
            return erase(settings, open_store(settings), args.case, locale)
        if command == "retention":
            return run_retention(settings, open_store(settings), locale)
        if command == "db":
            open_store(settings)
            say(T("The database is up to date."), locale)
            return 0
        if command == "worker" and args.action == "remove":
            return remove_worker(open_store(settings), args.telegram_id, locale)
        if command == "worker" and args.action == "web-link":
            return web_link(settings, open_store(settings), args.telegram_id, locale)
        if command == "worker" and args.action == "duty":
            return set_duty(open_store(settings), args.telegram_id, args.state == "on", locale)
        if command == "worker":
            name = args.name.strip()
            if not name or len(name) > 200:
                say(T("--name must be 1 to 200 characters"), locale, error=True)
                return 2
            store = open_store(settings)
            worker_id = store.add_worker(args.telegram_id, name)
            if args.duty:
                set_duty(store, args.telegram_id, True, locale)
            if args.manager:
                set_manager(store, args.telegram_id, locale)
            registered = T(
                "Worker {number} registered: {name} (Telegram id {telegram_id}).",
                number=worker_id,
                name=Text.as_written(name),
                telegram_id=args.telegram_id,
            )
            say(registered, locale)
            return 0
        if command == "audit":
            return print_audit(open_store(settings), args.case, locale)
        if command == "alerts":
            return print_alerts(open_store(settings), locale)
        if command == "export":
            return write_export(open_store(settings), args.case, args.format, args.out, args.lang or locale, locale)
        if command == "practice-report":
            return write_practice(open_store(settings), args.since, args.format, args.out, args.lang or locale, locale)
        if command == "telegram":
            return run_telegram(settings)
        if command == "serve":
            return run_serve(settings)
        return run_chat(settings, ROLE_ARGS.get(args.role or ""), args.lang)
    except SealError as error:
        print(f"companion: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `companion alerts | head -3`: the reader has had enough, which is no error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor is the flush at exit
        return 141  # as a shell reports a command ended by SIGPIPE


def erase(settings: Settings, store: Store, case_id: int, locale: str) -> int:
    """``companion case erase CASE``: crypto-shredding, then the rows (storage/erasure.py); its people are
    told through the outbox, which the running bot sends."""
    if not make_companion(settings, store).erase_case(case_id):
        say(T("there is no case {number}", number=case_id), locale, error=True)
        return 2
    say(T("Case {number} erased: its key is destroyed and its rows deleted.", number=case_id), locale)
    return 0


def write_export(store: Store, case_id: int, kind: str, out: str, language: str, locale: str) -> int:
    """Write a case's PDF or CSV (the same as /export in the bot) in ``language``, audited as the command
    line's; say what happened in ``locale``."""
    from bot.exports import export
    from storage.cases import AccessDenied

    if os.path.lexists(out):
        say(T("{file} is there already: choose another name", file=Text.as_written(out)), locale, error=True)
        return 2
    try:
        with store.transaction() as tx:
            documents = export(tx.c, None, case_id, language)
    except AccessDenied:
        say(T("there is no case {number}", number=case_id), locale, error=True)
        return 2
    document = next(d for d in documents if d.filename.endswith(f".{kind}"))
    return write_file(out, document.content, locale)


def write_file(out: str, content: bytes, locale: str) -> int:
    """Write ``content`` to ``out``, readable by its owner only, and never over a file that is there already."""
    try:
        descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        say(T("{file} is there already: choose another name", file=Text.as_written(out)), locale, error=True)
        return 2
    with os.fdopen(descriptor, "wb") as written:
        written.write(content)
    say(Text.plural_of(WROTE, len(content), file=Text.as_written(out)), locale)
    return 0


def write_practice(store: Store, since: datetime | None, kind: str, out: str, language: str, locale: str) -> int:
    """``companion practice-report``: the service's practice as a PDF or CSV in ``language`` (counts and
    times only: nothing sealed is opened), audited as the command line's."""
    from bot.reports import practice_chart, practice_csv, practice_pdf
    from storage import practice

    if os.path.lexists(out):
        say(T("{file} is there already: choose another name", file=Text.as_written(out)), locale, error=True)
        return 2
    with store.transaction() as tx:
        figures = practice.figures(tx.c, since)
        practice.audit_report(tx.c, None, since, kind)
    if kind == "csv":
        content = practice_csv(figures, locale=language)
    else:
        content = practice_pdf(figures, locale=language, chart_png=practice_chart(figures, locale=language))
    return write_file(out, content, locale)


def set_manager(store: Store, telegram_id: int, locale: str) -> None:
    """A registered worker becomes a manager: ``/practice`` shows them the service's practice report."""
    from storage.practice import set_manager as make_manager

    with store.transaction() as tx:
        make_manager(tx.c, telegram_id, True)
    say(
        T(
            "Telegram id {telegram_id} is a manager: /practice shows them the service's practice.",
            telegram_id=telegram_id,
        ),
        locale,
    )


def print_audit(store: Store, case_id: int, locale: str) -> int:
    """The case's audit trail, one line an entry, oldest first: the time in UTC, who, the action and its
    detail, two spaces apart (the time, action and detail are not translated, for scripts that read them)."""
    from storage.cases import ADMINISTRATOR, audit_trail

    with store.transaction() as tx:
        trail = audit_trail(tx.c, case_id)
    if not trail:
        say(T("No audit entries for case {number}.", number=case_id), locale)
        return 0
    for line in trail:
        if line.person_id == ADMINISTRATOR:
            user = Text.as_written(line.os_user or "?")
            who = render(T("administrator (command line, as {user})", user=user), locale)
        else:
            unnamed = T("person {number}", number=line.person_id)
            name = Text.as_written(line.worker_name) if line.worker_name else unnamed
            who = render(T("{name} (Telegram id {telegram_id})", name=name, telegram_id=line.telegram_id), locale)
        print(f"{line.at:%Y-%m-%d %H:%M:%S} UTC  {who}  {line.action}  {line.detail}")
    return 0


def hold(store: Store, case_id: int, on: bool, locale: str) -> int:
    """``companion case hold CASE on|off``: a legal hold stops the case's erasure by retention."""
    from storage.retention import set_hold

    with store.transaction() as tx:
        done = set_hold(tx.c, case_id, on)
    if not done:
        say(T("there is no case {number}", number=case_id), locale, error=True)
        return 2
    if on:
        say(T("Case {number} is on a legal hold: retention will not erase it.", number=case_id), locale)
    else:
        say(T("Case {number} is no longer on a legal hold.", number=case_id), locale)
    return 0


def run_retention(settings: Settings, store: Store, locale: str) -> int:
    """``companion retention run``: one round of retention, as the bot runs it every hour (for cron); the
    reminders wait in the outbox for the running bot."""
    _, done = make_companion(settings, store).retention()
    say(Text.plural_of(RETAINED_ERASED, done.erased), locale)
    say(Text.plural_of(RETAINED_REMINDED, done.reminded), locale)
    say(Text.plural_of(RETAINED_FORGOTTEN, done.forgotten), locale)
    say(Text.plural_of(RETAINED_AUDIT, done.audit_pruned), locale)
    return 0


def remove_worker(store: Store, telegram_id: int, locale: str) -> int:
    """``companion worker remove``: a worker leaves; refused, changing nothing, while a case has no other
    worker (each is named, to hand over first)."""
    from storage.cases import ADMINISTRATOR
    from storage.workers import remove_worker as take_off

    with store.transaction() as tx:
        removal = take_off(tx.c, telegram_id, ADMINISTRATOR)
    if not removal.found:
        say(T("no worker is registered with Telegram id {telegram_id}", telegram_id=telegram_id), locale, error=True)
        return 2
    if removal.to_hand_over:
        say(
            Text.plural_of(HAND_OVER, len(removal.to_hand_over), telegram_id=telegram_id),
            locale,
            error=True,
        )
        for case_id, label in removal.to_hand_over:
            print(f"  {case_id}  {label}", file=sys.stderr)
        return 2
    say(
        Text.plural_of(REMOVED, removal.memberships_ended, telegram_id=telegram_id),
        locale,
    )
    return 0


def web_link(settings: Settings, store: Store, telegram_id: int, locale: str) -> int:
    """Print a one-time link for a registered worker to sign in on the web chat: valid 15 minutes, once;
    then their PIN (chosen the first time)."""
    from storage import web

    with store.transaction() as tx:
        token = web.new_worker_link(tx.c, telegram_id)
    if token is None:
        say(T("no worker is registered with Telegram id {telegram_id}", telegram_id=telegram_id), locale, error=True)
        return 2
    host, port = settings.listen
    base = settings.public_url or f"http://{host}:{port}"
    print(f"{base}/signin/{token}")
    say(T("It works once, for 15 minutes. Send it to the worker yourself; then they choose a PIN."), locale)
    return 0


def set_duty(store: Store, telegram_id: int, on: bool, locale: str) -> int:
    """Make a registered worker a duty contact (escalated alerts from every case reach them), or not."""
    from storage.alerts import set_duty as set_worker_duty

    with store.transaction() as tx:
        done = set_worker_duty(tx.c, telegram_id, on)
    if not done:
        say(T("no worker is registered with Telegram id {telegram_id}", telegram_id=telegram_id), locale, error=True)
        return 2
    if on:
        say(
            T("Telegram id {telegram_id} is a duty worker: escalated alerts reach them.", telegram_id=telegram_id),
            locale,
        )
    else:
        say(T("Telegram id {telegram_id} is no longer a duty worker.", telegram_id=telegram_id), locale)
    return 0


def print_alerts(store: Store, locale: str) -> int:
    """The alerts nobody has said they are on, oldest first, one line each: its number, the case's label,
    when it was raised (UTC), how, who it was delivered to, and when it was escalated, two spaces apart
    (only the words about delivery and escalation are translated)."""
    from storage.alerts import open_alerts

    with store.transaction() as tx:
        found = open_alerts(tx.c)
    if not found:
        say(T("No open alerts."), locale)
        return 0
    for alert in found:
        deliveries = []
        for d in alert.deliveries:
            name = Text.as_written(d.name)
            if d.delivered_at is not None:
                status = T("{name} (delivered {time} UTC)", name=name, time=f"{d.delivered_at:%H:%M:%S}")
            elif d.refused_at is not None:
                status = T("{name} (refused: blocked or gone)", name=name)
            else:
                status = T("{name} (not yet delivered)", name=name)
            deliveries.append(render(status, locale))
        delivered = ", ".join(deliveries) or render(T("nobody"), locale)
        if alert.escalated_at is None:
            escalated = render(T("not escalated"), locale)
        else:
            escalated = render(T("escalated {time} UTC", time=f"{alert.escalated_at:%Y-%m-%d %H:%M:%S}"), locale)
        raised = f"{alert.raised_at:%Y-%m-%d %H:%M:%S} UTC"
        print(f"{alert.id}  {alert.case_label}  {raised}  {alert.how}  {delivered}  {escalated}")
    return 0


def run_telegram(settings: Settings) -> int:
    locale = settings.default_locale
    if not settings.token:
        say(T("setting TELEGRAM_BOT_TOKEN is needed for the Telegram bot"), locale, error=True)
        return 2
    if settings.webhook:
        say(T("TELEGRAM_WEBHOOK=on: Telegram's updates come to companion serve; run that instead"), locale, error=True)
        return 2
    store = open_store(settings)
    held = the_only_process(store, locale)
    if held is False:
        return 2
    steps = StepsApart(settings)  # its process opens the database while this one readies the bot
    try:
        from telegram.error import InvalidToken

        from bot.telegram_app import TelegramBot

        companion = make_companion(settings, store)
        try:
            run_loop(TelegramBot(settings, companion, steps=steps).run())
        except InvalidToken:
            say(T("Telegram refused TELEGRAM_BOT_TOKEN; check it with @BotFather"), locale, error=True)
            return 2
    finally:
        steps.shutdown()
    return 0


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """Run the service's event loop: uvloop's where it is installed (not on Windows), which spends less of
    the process's CPU than asyncio's own on the same work (bench/README.md); asyncio's otherwise."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(main)
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main)


def the_only_process(store: Store, locale: str) -> IO[str] | bool | None:
    """On SQLite, this process's hold on the database file (kept until it ends), or False, said in one line,
    when another bot process has it; None on PostgreSQL, where several processes run as one bot."""
    try:
        return hold_sqlite(store.engine)
    except InUse:
        refused = T(
            "Another companion process is running on this SQLite file, and SQLite takes only one."
            " Stop it first, or use PostgreSQL (DATABASE_URL) to run several."
        )
        say(refused, locale, error=True)
        return False


# Said at the start of `companion serve` with no token: alerts for workers wait in the outbox until a
# Telegram bot process runs on the same database, which an administrator must know before relying on it.
NO_TELEGRAM_HERE = T(
    "warning: TELEGRAM_BOT_TOKEN is not set, so alerts and messages for workers on Telegram wait in the outbox"
    " until a Telegram bot runs on this database. Set it here to send them at once."
)


def run_serve(settings: Settings) -> int:
    locale = settings.default_locale
    store = open_store(settings)
    held = the_only_process(store, locale)
    if held is False:
        return 2
    # the Telegram bot's steps: their process opens the database while this one readies the rest
    steps = StepsApart(settings) if settings.token else None
    try:
        from telegram.error import InvalidToken

        from bot.web import serve

        companion = make_companion(settings, store)
        if not settings.token:  # the web chat alone: nothing here can reach a worker on Telegram
            say(NO_TELEGRAM_HERE, locale, error=True)

        def ready(url: str) -> None:
            say(T("The web chat is ready. Open {url}", url=Text.as_written(url)), locale)

        try:
            run_loop(serve(settings, companion, ready, steps))
        except InvalidToken:
            say(T("Telegram refused TELEGRAM_BOT_TOKEN; check it with @BotFather"), locale, error=True)
            return 2
    finally:
        if steps is not None:
            steps.shutdown()
    return 0


def line_editing() -> None:
    """Lines typed at a terminal read through readline, where Python has it. Without it, the terminal's own
    line is at most 4,095 characters (Linux's canonical mode) and what is typed or pasted past that is
    dropped before Python sees it; readline takes the keys one by one, so nothing is cut (and the arrow
    keys edit the line)."""
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (importing it is what makes input() use it)


def run_chat(settings: Settings, role: Role | None, lang: str | None) -> int:
    from bot.terminal import DEMO_PEOPLE, Terminal, prepare_demo

    line_editing()
    store = open_store(settings)
    prepare_demo(store)
    companion = make_companion(settings, store)
    terminal = Terminal(companion, lang or settings.default_locale)
    role = role or terminal.pick_role()
    if role is None:
        return 0
    user_id = DEMO_PEOPLE[role]
    if lang:
        with store.transaction() as tx:
            tx.set_locale(tx.person(user_id).id, lang)
    terminal.chat(user_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
