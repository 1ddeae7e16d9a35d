"""Conversations as transcripts: a person says or presses something, the bot answers, we look.

`Chat` drives the same path as Telegram and the terminal (`Companion.handle`: dialogues, storage, one
transaction, rendering in the person's language) without any network, so a test reads like the
conversation it checks:

    alex = chat.person(101)
    said = alex.says("/start")
    assert "Which language would you like me to use?" in said.text
    alex.presses("Cymraeg")
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from sqlalchemy import select

from bot.core import Companion, Delivery, Incoming, Message, Upload, parse_choice_data, parse_command_data
from bot.i18n import render
from bot.updates import parse_text
from dialogues import build_engine
from dialogues.engine import Input
from dialogues.messages import Text
from storage.repository import Store, answer_t, person_t
from storage.seal import unseal

_update_ids = count(1000)


@dataclass
class Said:
    """What the bot answered to one thing a person did."""

    delivery: Delivery

    @property
    def texts(self) -> list[str]:
        return [m.text for m in self.delivery.messages]

    @property
    def text(self) -> str:
        return "\n\n".join(self.texts)

    @property
    def buttons(self) -> list[str]:
        """The labels of the buttons a person can press now (those of the last message that has any)."""
        for message in reversed(self.delivery.messages):
            if message.buttons:
                return [b.label for b in message.buttons]
        return []

    def data_for(self, label: str) -> str:
        for message in reversed(self.delivery.messages):
            for button in message.buttons:
                if button.label == label:
                    return button.data
        raise AssertionError(f"no button {label!r} in {self.buttons}")

    def __contains__(self, words: str) -> bool:
        return words in self.text


@dataclass
class Person:
    """Someone talking to the bot in a private chat."""

    chat: Chat
    user_id: int
    language_code: str | None = None
    last: Said | None = None
    history: list[Said] = field(default_factory=list)

    def _send(
        self, inp: Input, *, seq: int | None = None, update_id: int | None = None, upload: Upload | None = None
    ) -> Said:
        incoming = Incoming(
            chat_id=self.user_id,
            user_id=self.user_id,
            input=inp,
            language_code=self.language_code,
            update_id=next(_update_ids) if update_id is None else update_id,
            seq=seq,
            upload=upload,
        )
        said = Said(self.chat.companion.handle(incoming, outbox=False))
        for to, message in said.delivery.elsewhere:
            self.chat.inboxes.setdefault(to, []).append(message.text)
        self.last = said
        self.history.append(said)
        return said

    def says(self, text: str, *, update_id: int | None = None) -> Said:
        """Types ``text`` (a ``/command`` is a command, as on Telegram)."""
        return self._send(parse_text(text), update_id=update_id)

    def presses(self, label: str, on: Said | None = None) -> Said:
        """Presses the button labelled ``label`` on the bot's last answer (or on an older one)."""
        source = on or self.last
        assert source is not None, "nothing to press yet"
        seq, choice_id = parse_choice_data(source.data_for(label))
        return self._send(Input.choice(choice_id), seq=seq)

    def sends(self, what: str) -> Said:
        """Sends a sticker, photo or voice note."""
        return self._send(Input.media(what))

    def uploads(self, upload: Upload) -> Said:
        """Sends a picture or voice note as an adapter hands it over, fetched and checked (`bot.media`)."""
        return self._send(Input.media("photo" if upload.kind == "picture" else "voice"), upload=upload)

    def edits_a_message(self, new_words: str = "") -> Said:
        return self._send(Input.edited(new_words))

    def told(self) -> list[str]:
        """Messages the bot sent this person because of what others did (notifications)."""
        return self.chat.inboxes.get(self.user_id, [])

    def answers(self) -> list[dict[str, Any]]:
        """What is stored as this person's answers, oldest first."""
        with self.chat.store.engine.connect() as c:
            rows = c.execute(
                select(answer_t)
                .join(person_t, person_t.c.id == answer_t.c.person_id)
                .where(person_t.c.telegram_id == self.user_id)
                .order_by(answer_t.c.id)
            ).all()
            return [
                {
                    "topic": r.topic,
                    "value": unseal(c, "answer", "value", r.id, r.value),
                    "data": json.loads(unseal(c, "answer", "data", r.id, r.data)),
                    "case_id": r.case_id,
                }
                for r in rows
            ]


@dataclass
class Chat:
    """The bot as people meet it, on a real database."""

    store: Store
    default_locale: str = "en"
    bot_username: str | None = "companion_bot"
    inboxes: dict[int, list[str]] = field(default_factory=dict)
    people: dict[int, Person] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.companion = Companion(self.store, build_engine(), self.default_locale, bot_username=self.bot_username)

    def person(self, user_id: int, language_code: str | None = "en") -> Person:
        """The person with this Telegram id (the same one each time it is asked for)."""
        if user_id not in self.people:
            self.people[user_id] = Person(self, user_id, language_code)
        return self.people[user_id]

    def restart(self) -> Chat:
        """The bot process again, on the same database: nothing is carried over in memory."""
        return Chat(self.store, self.default_locale, self.bot_username, self.inboxes)


def say(text: Text, locale: str = "en") -> str:
    """A message as the bot renders it in ``locale``."""
    return render(text, locale)


def sent_to(said: Said, telegram_id: int) -> Message:
    """The one message this step sent someone else (a worker's message to a family member, say)."""
    (message,) = [m for to, m in said.delivery.elsewhere if to == telegram_id]
    return message


def press_on(person: Person, message: Message, label: str) -> Said:
    """Press a command button on a message the bot sent this person because of someone else: it works
    wherever their conversation stands."""
    (data,) = [b.data for b in message.buttons if b.label == label]
    command = parse_command_data(data)
    assert command is not None, "a command button: it works wherever their conversation stands"
    return person._send(command)
