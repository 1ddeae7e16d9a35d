"""The terminal chat: the same dialogues and storage as on Telegram, typed at a prompt.

With no Telegram token, ``make run`` lands here. A newcomer picks a role (young person, parent or
worker) on a local demo case, so what one role shares the worker role can later read.

What the bot sends to other people shows too, as it happens, marked with who it is for: a young person
who presses 🆘 sees the urgent message their worker gets, and notices and reminders show when they fall
due. A button of such a message can be pressed as that person, by typing ``@name`` and its words (as
shown: ``@sam 📁 Open the case card``), so the demo worker can act on an alert and the young person sees
what comes back.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot import logs
from bot.core import (
    Button,
    Companion,
    Delivery,
    Incoming,
    Message,
    match_label,
    parse_choice_data,
    parse_command_data,
)
from bot.i18n import render
from bot.updates import in_parts, parse_text
from dialogues.engine import Choice, Input, Role
from dialogues.messages import T, Text
from storage.repository import Store

log = logging.getLogger(__name__)

# Demo people: Telegram user ids are positive, so negative ids never meet a real person.
DEMO_WORKER = -1001
DEMO_PEOPLE = {Role.WORKER: DEMO_WORKER, Role.YOUNG_PERSON: -1002, Role.PARENT: -1003}
DEMO_WORKER_NAME = "Sam (demo worker)"
# The bot keeps no names of young people or parents; the terminal names its demo ones to mark messages.
DEMO_NAMES = {DEMO_PEOPLE[Role.YOUNG_PERSON]: "Alex", DEMO_PEOPLE[Role.PARENT]: "Jo"}
DEMO_CASE = "Demo case"
WATCH_EVERY = 5.0  # seconds between looks for messages that fell due while the chat waits for a line
EXPORTS = Path("exports")  # where the terminal chat saves files the bot would send on Telegram

ROLE_NAMES: dict[Role, Text] = {
    Role.YOUNG_PERSON: T("A young person"),
    Role.PARENT: T("A parent or carer"),
    Role.WORKER: T("A social worker"),
}


# Scheduled messages: each takes the time it is now (None: the clock's) and returns what fell due, already in
# the outbox, as the Telegram bot sends them (`TelegramBot._scheduled`).
DueJob = Callable[[datetime | None], list[tuple[int, Message]]]


def due_jobs(companion: Companion) -> tuple[DueJob, ...]:
    """What can fall due while the chat runs: one line a job."""
    return (
        companion.due_notices,
        companion.due_reminders,
    )


def marked(role: Role | None, name: Text, message: str) -> Text:
    """A message the step sent to someone, marked with who it is for: their name and their role."""
    words = Text.as_written(message)
    if role is Role.YOUNG_PERSON:
        return T("→ to {name}, the young person: {message}", name=name, message=words)
    if role is Role.PARENT:
        return T("→ to {name}, the parent or carer: {message}", name=name, message=words)
    if role is Role.WORKER:
        return T("→ to {name}, the social worker: {message}", name=name, message=words)
    return T("→ to {name}: {message}", name=name, message=words)


def prepare_demo(store: Store) -> None:
    """The demo worker, their demo case, and a young person and a parent in it."""
    worker_id = store.add_worker(DEMO_WORKER, DEMO_WORKER_NAME)
    case_id = store.ensure_case(DEMO_CASE, worker_id)
    store.ensure_member(case_id, DEMO_PEOPLE[Role.YOUNG_PERSON], Role.YOUNG_PERSON.value)
    store.ensure_member(case_id, DEMO_PEOPLE[Role.PARENT], Role.PARENT.value)


PRESS = re.compile(r"@(\w+)\s+(.+)", re.DOTALL)  # "@sam I'm on it": a button of Sam's, pressed as Sam


def save(folder: Path, filename: str, content: bytes) -> Path:
    """Write a file the chat sent into ``folder`` (made for its owner only), readable by its owner only and
    never over a file that is there already: a second copy the same day gets a number ("name-2.pdf")."""
    folder.mkdir(mode=0o700, exist_ok=True)
    stem, suffix = os.path.splitext(filename)
    for n in range(1, 1000):
        path = folder / (filename if n == 1 else f"{stem}-{n}{suffix}")
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(descriptor, "wb") as written:
            written.write(content)
        return path
    raise FileExistsError(f"{folder}: too many copies of {filename}")


@dataclass
class Terminal:
    """Reads lines, prints replies; choices are numbered and picked by number or by words. Messages to others
    show marked with who they are for, and their buttons are pressed as that person with ``@name words``."""

    companion: Companion
    locale: str
    read: Callable[[str], str] = input
    out: TextIO = sys.stdout
    now: Callable[[], datetime | None] = lambda: None  # the time due jobs run at; None is the clock's
    jobs: Sequence[DueJob] | None = None  # None: `due_jobs`
    player: int | None = None  # the Telegram id of the person playing, once the chat has begun
    tick: float | None = WATCH_EVERY  # between looks for what fell due while waiting for a line; None: no looks
    _tags: dict[int, str] = field(default_factory=dict, init=False)  # "@sam", by Telegram id
    _pressable: dict[int, list[Button]] = field(default_factory=dict, init=False)  # others' buttons, by id
    _hinted: set[int] = field(default_factory=set, init=False)  # told how to press that person's buttons
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)  # one step or look at a time

    def __post_init__(self) -> None:
        if self.jobs is None:
            self.jobs = due_jobs(self.companion)

    def say(self, text: Text) -> None:
        print(render(text, self.locale), file=self.out)

    def line(self) -> str | None:
        """The next line typed, or None when the person leaves: /quit, Ctrl-D or Ctrl-C."""
        try:
            line = self.read("> ")
        except (EOFError, KeyboardInterrupt):
            print(file=self.out)
            return None
        return None if line.strip() == "/quit" else line

    def pick_role(self) -> Role | None:
        """The role to play, or None when the person leaves instead."""
        roles = list(ROLE_NAMES)
        self.say(T("Which role would you like to try? Everyone here is on the same demo case."))
        while True:
            for number, role in enumerate(roles, 1):
                print(f"  {number}. {render(ROLE_NAMES[role], self.locale)}", file=self.out)
            line = self.line()
            if line is None:
                return None
            answer = line.strip()
            if answer.isdigit() and 1 <= int(answer) <= len(roles):
                return roles[int(answer) - 1]
            for role in roles:
                if answer.casefold() and answer.casefold() in render(ROLE_NAMES[role], self.locale).casefold():
                    return role
            self.say(T("Please type a number from the list."))

    def show(self, delivery: Delivery) -> None:
        """A step's replies (as the person playing sees them, or marked when they are someone else's), its
        files, then its messages to others, marked with who they are for."""
        mine = self.player is None or delivery.chat_id == self.player
        if mine:
            self.locale = delivery.locale
        for message in delivery.messages:
            if mine:
                self._show_own(message, delivery.takes_text)
            else:
                self._show_to(delivery.chat_id, message)
        for document in delivery.documents:
            path = save(EXPORTS, document.filename, document.content)
            self.say(T("File saved: {path}", path=Text.as_written(str(path))))
        for chat_id, message in delivery.elsewhere:
            self._show_to(chat_id, message)

    def _show_own(self, message: Message, takes_text: bool) -> None:
        print(file=self.out)
        print(message.text, file=self.out)
        if takes_text:
            # Typed words (or a number on a 0-10 scale) are the answer here, so buttons are not numbered:
            # a number picker's numbers go on one line, and any other button is picked by its words.
            numbers = [b for b in message.buttons if b.label[:1].isdigit()]
            if numbers:
                print("  " + " ".join(f"[{b.label}]" for b in numbers), file=self.out)
            for button in message.buttons:
                if button not in numbers:
                    print(f"  [{button.label}]", file=self.out)
            return
        for number, button in enumerate(message.buttons, 1):
            print(f"  {number}. {button.label}", file=self.out)

    def _show_to(self, chat_id: int, message: Message) -> None:
        """A message to someone else, marked with who it is for; its buttons can be pressed as them."""
        name, role = self._who(chat_id)
        tag = self._tag(chat_id, name)
        print(file=self.out)
        self.say(marked(role, name, message.text))
        if not message.buttons:
            return
        self._remember(chat_id, message.buttons)
        for button in message.buttons:
            print(f"  [{tag} {button.label}]", file=self.out)
        if chat_id not in self._hinted:
            self._hinted.add(chat_id)
            self.say(T("Type {tag} and a button's words to press it as {name}.", tag=Text.as_written(tag), name=name))

    def show_due(self) -> int:
        """Scheduled messages that have fallen due, marked with who they are for (and so sent); how many."""
        shown = 0
        for job in self.jobs or ():
            due = job(self.now())
            for chat_id, message in due:
                self._show_to(chat_id, message)
            self.companion.store.outbox_done([m.outbox_id for _, m in due if m.outbox_id is not None])
            shown += len(due)
        return shown

    def _watch(self, stop: threading.Event) -> None:
        """While the chat waits for a line, show what falls due as it does, then the prompt again."""
        assert self.tick is not None
        while not stop.wait(self.tick):
            with self._lock:
                try:
                    if self.show_due():
                        print("> ", end="", file=self.out, flush=True)
                except Exception as error:  # a passing database error: look again next time
                    log.error("scheduled messages failed: %s", logs.describe(error))

    def press_for_someone(self, line: str) -> bool:
        """``@sam words``: press, as Sam, the button of a message shown to Sam that these words name, and show
        what it does. False when the line names nobody shown a button, so it is the player's own words."""
        found = PRESS.fullmatch(line.strip())
        if found is None:
            return False
        tag = "@" + found[1].casefold()
        chat_id = next((i for i, t in self._tags.items() if t == tag and self._pressable.get(i)), None)
        if chat_id is None:
            return False
        buttons = self._pressable[chat_id]
        choices = [Choice(str(i), Text.as_written(b.label)) for i, b in enumerate(buttons)]
        picked = match_label(found[2], choices, self.locale)
        if picked is None:
            name, _ = self._who(chat_id)
            self.say(T("{name} has no button like that. Their buttons:", name=name))
            for button in buttons:
                print(f"  [{tag} {button.label}]", file=self.out)
            return True
        self.show(self._press(chat_id, buttons[int(picked.id)]))
        return True

    def _press(self, chat_id: int, button: Button) -> Delivery:
        """A button pressed by the person it was sent to, as Telegram would bring it."""
        command = parse_command_data(button.data)
        if command is not None:
            return self._step(chat_id, command)
        seq, choice_id = parse_choice_data(button.data)
        incoming = Incoming(chat_id=chat_id, user_id=chat_id, input=Input.choice(choice_id), seq=seq)
        return self.companion.handle(incoming, outbox=False)

    def _remember(self, chat_id: int, buttons: Sequence[Button]) -> None:
        """Buttons someone else can press now: command buttons work from any message, however old; a
        question's buttons only until their next question."""
        kept = self._pressable.get(chat_id, [])
        if any(parse_command_data(b.data) is None for b in buttons):
            kept = [b for b in kept if parse_command_data(b.data) is not None]
        labels = {b.label for b in buttons}
        self._pressable[chat_id] = [b for b in kept if b.label not in labels] + list(buttons)

    def _who(self, chat_id: int) -> tuple[Text, Role | None]:
        """Someone's name and their role now, or the demo role they play (a private chat's id is the user's
        id)."""
        with self.companion.store.transaction() as tx:
            standing = tx.standing(tx.person(chat_id).id)
        demo = {telegram_id: role for role, telegram_id in DEMO_PEOPLE.items()}
        role = Role(standing.role) if standing.role else demo.get(chat_id)  # a closed case leaves no role
        if role is Role.WORKER and standing.worker_name:
            return Text.as_written(standing.worker_name), role
        if chat_id in DEMO_NAMES:
            return Text.as_written(DEMO_NAMES[chat_id]), role
        return T("Telegram user {telegram_id}", telegram_id=chat_id), role

    def _tag(self, chat_id: int, name: Text) -> str:
        """The ``@word`` that presses someone's buttons: the first word of their name (or their id), made
        unique, kept once given."""
        if chat_id not in self._tags:
            words = re.findall(r"\w+", name.msgid.casefold()) if name.verbatim else []
            base = "@" + (words[0] if words else str(abs(chat_id)))
            tag, taken, n = base, set(self._tags.values()), 1
            while tag in taken:
                n += 1
                tag = f"{base}{n}"
            self._tags[chat_id] = tag
        return self._tags[chat_id]

    def chat(self, user_id: int) -> None:
        """Talk until end of input (Ctrl-D) or /quit."""
        self.player = user_id
        with self._lock:
            self.say(T("Type your answers and press Enter. Type /quit to leave."))
            first = Input.command("start") if self._is_new(user_id) else None
            self.show(self._step(user_id, first or Input.command("help")))
            self.show_due()
        stop = threading.Event()
        watcher = threading.Thread(target=self._watch, args=(stop,), name="terminal-due", daemon=True)
        if self.tick is not None:
            watcher.start()
        try:
            while (line := self.line()) is not None:
                with self._lock:
                    self.take(user_id, line)
        finally:
            stop.set()
            if watcher.is_alive():
                watcher.join()

    def take(self, user_id: int, line: str) -> None:
        """A line typed by the person playing: their own words, or a button pressed for someone else; then
        what fell due meanwhile."""
        if not self.press_for_someone(line):
            first, *more = in_parts(line.rstrip("\n")) or [""]  # a very long line: its parts in turn, none cut
            self.show(self._step(user_id, parse_text(first)))
            for part in more:
                self.show(self._step(user_id, Input.text(part)))
        self.show_due()

    def _is_new(self, user_id: int) -> bool:
        with self.companion.store.transaction() as tx:
            return tx.conversation(tx.person(user_id).id) is None

    def _step(self, user_id: int, inp: Input) -> Delivery:
        return self.companion.handle(Incoming(chat_id=user_id, user_id=user_id, input=inp), outbox=False)
