"""The terminal chat: the same dialogues and storage as on Telegram, typed at a prompt.

With no Telegram token, ``make run`` lands here. A newcomer picks a role (young person, parent or
worker) on a local demo case, so what one role shares the worker role can later read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bot.core import Companion, Delivery, Incoming
from bot.i18n import render
from bot.updates import parse_text
from dialogues.engine import Input, Role
from dialogues.messages import T, Text
from storage.repository import Store

# Demo people: Telegram user ids are positive, so negative ids never meet a real person.
DEMO_WORKER = -1001
DEMO_PEOPLE = {Role.WORKER: DEMO_WORKER, Role.YOUNG_PERSON: -1002, Role.PARENT: -1003}
DEMO_WORKER_NAME = "Sam (demo worker)"
DEMO_CASE = "Demo case"
EXPORTS = Path("exports")  # where the terminal chat saves files the bot would send on Telegram

ROLE_NAMES: dict[Role, Text] = {
    Role.YOUNG_PERSON: T("A young person"),
    Role.PARENT: T("A parent or carer"),
    Role.WORKER: T("A social worker"),
}


def prepare_demo(store: Store) -> None:
    """The demo worker, their demo case, and a young person and a parent in it."""
    worker_id = store.add_worker(DEMO_WORKER, DEMO_WORKER_NAME)
    case_id = store.ensure_case(DEMO_CASE, worker_id)
    store.ensure_member(case_id, DEMO_PEOPLE[Role.YOUNG_PERSON], Role.YOUNG_PERSON.value)
    store.ensure_member(case_id, DEMO_PEOPLE[Role.PARENT], Role.PARENT.value)


@dataclass
class Terminal:
    """Reads lines, prints replies; choices are numbered and picked by number or by words."""

    companion: Companion
    locale: str
    read: Callable[[str], str] = input
    out: TextIO = sys.stdout

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
        self.locale = delivery.locale
        for message in delivery.messages:
            print(file=self.out)
            print(message.text, file=self.out)
            if delivery.takes_text:
                # Typed words (or a number on a 0-10 scale) are the answer here, so buttons are not numbered:
                # a number picker's numbers go on one line, and any other button is picked by its words.
                numbers = [b for b in message.buttons if b.label[:1].isdigit()]
                if numbers:
                    print("  " + " ".join(f"[{b.label}]" for b in numbers), file=self.out)
                for button in message.buttons:
                    if button not in numbers:
                        print(f"  [{button.label}]", file=self.out)
                continue
            for number, button in enumerate(message.buttons, 1):
                print(f"  {number}. {button.label}", file=self.out)
        for document in delivery.documents:
            EXPORTS.mkdir(exist_ok=True)
            path = EXPORTS / document.filename
            path.write_bytes(document.content)
            self.say(T("File saved: {path}", path=Text.as_written(str(path))))

    def chat(self, user_id: int) -> None:
        """Talk until end of input (Ctrl-D) or /quit."""
        self.say(T("Type your answers and press Enter. Type /quit to leave."))
        first = Input.command("start") if self._is_new(user_id) else None
        self.show(self._step(user_id, first or Input.command("help")))
        while (line := self.line()) is not None:
            self.show(self._step(user_id, parse_text(line.rstrip("\n"))))

    def _is_new(self, user_id: int) -> bool:
        with self.companion.store.transaction() as tx:
            return tx.conversation(tx.person(user_id).id) is None

    def _step(self, user_id: int, inp: Input) -> Delivery:
        return self.companion.handle(Incoming(chat_id=user_id, user_id=user_id, input=inp), outbox=False)
