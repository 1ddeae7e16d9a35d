"""The real journey the benchmarks drive: who is stored beforehand, and what each person types.

People are set up the way the bot would have them after their worker invited them and they joined:
workers registered (`Store.add_worker`), a case each family, an invitation per young person and parent made
and taken through storage's own `invite` and `accept`. Their conversations are copied from a template
person who walked the real dialogues in-process (`Companion.handle`): a young person stands in their house
of worries, a parent and a worker at their menu. Some young people get 9 worries stored beforehand (through
`Tx.add_answers`, as the bot stores them), so that the cost of a house's 10th item can be read against its
1st.

A young person's session is 10 worries, each different (no two alike in a run, none that sounds like
danger: that step would answer with help and an alert instead); a parent's is a check-in (`/checkin`, a
number, why not lower, one point higher, and, the first time, what 10 looks like); a worker's is a case
card (`/cases N`) and "📖 What they shared", pressed on it. After a session a seat moves on to the next
person of its kind, so houses do not grow past 10 items and check-ins do not pile up on one parent.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from bot.core import Companion, Delivery, Incoming, parse_choice_data
from bot.updates import parse_text
from dialogues import build_engine, topics
from dialogues.engine import Input, Who
from storage import cases
from storage.db import connect, upgrade
from storage.repository import Standing, Store, Tx
from storage.seal import Keyring

KEYS = "YmVuY2htYXJrIG1hc3RlciBrZXksIG5vdCByZWFsISE="  # base64 of 32 bytes: the bench's master key
WORRIES = "worries"  # the house the young people fill
SESSION = 10  # worries per young person

_WHO = [
    "my brother", "my mum", "my dad", "my nan", "my teacher", "my best friend", "the big kids", "my sister",
    "my cousin", "my step dad", "the boy next door", "my friends at school", "my uncle", "my gran",
    "the dinner lady", "my football coach", "my auntie", "the new girl", "my carer", "my grandad",
]  # fmt: skip
_WHAT = [
    "forgets to pick me up", "is sad a lot", "shouts at the telly", "is moving away", "does not listen to me",
    "says my drawing is silly", "is poorly again", "has no money for the trip", "is always on the phone",
    "goes out at night", "is cross with me", "laughs at my shoes", "is not talking to me", "might lose the job",
    "keeps the lights off", "sleeps all day", "is late for school with me", "lost our dog", "smokes in the car",
    "cries in the kitchen",
]  # fmt: skip
_WHEN = [
    "on Mondays", "after school", "at the weekend", "at bedtime", "in the holidays", "when it rains",
    "at dinner", "in the morning", "on my birthday", "when we go shopping", "at the park", "on the bus",
    "at Christmas", "when I get home", "at swimming",
]  # fmt: skip
_REASONS = [
    "we sit down and talk at dinner", "the kids go to bed on time", "I ring my sister when I feel low",
    "we keep to the plan most days", "school says things are better", "I go to my group on Tuesdays",
    "we have more calm evenings", "the house is tidier", "I ask for help sooner", "the kids have a routine",
]  # fmt: skip


class Words:
    """Worries a young person might type, each different; none that the danger recogniser flags."""

    def __init__(self, seed: int = 14) -> None:
        from dialogues.danger import sounds_unsafe

        combos = list(itertools.product(_WHO, _WHAT, _WHEN))
        random.Random(seed).shuffle(combos)
        self._unsafe = sounds_unsafe
        self._combos: Iterator[tuple[str, str, str]] = iter(combos)
        self._round = itertools.count(2)

    def __next__(self) -> str:
        for who, what, when in self._combos:
            words = f"{who} {what} {when}"
            if not self._unsafe(words, "en"):
                return words
        # every combination used: the same ones again, told apart by a number, and checked like the rest
        # (unchecked, "my mum sleeps all day" got the help instead of the house, and was counted lost)
        while True:
            words = f"worry {next(self._round)}: {random.choice(_WHO)} {random.choice(_WHAT)}"
            if not self._unsafe(words, "en"):
                return words

    def __iter__(self) -> Iterator[str]:
        return self


def reason(n: int) -> str:
    return _REASONS[n % len(_REASONS)]


@dataclass
class Cast:
    """Telegram ids of the people stored, by kind, and which case is whose."""

    workers: list[int] = field(default_factory=list)
    cases: dict[int, list[int]] = field(default_factory=dict)  # worker's Telegram id -> their case ids
    young: list[int] = field(default_factory=list)  # empty houses
    young_nine: list[int] = field(default_factory=list)  # 9 worries stored already
    parents: list[int] = field(default_factory=list)
    menu: list[int] = field(default_factory=list)  # people in no case, at the home menu
    case_of: dict[int, int] = field(default_factory=dict)  # family member's Telegram id -> case id


def populate_journey(database_url: str, first_id: int, *, workers: int, young: int, young_nine: int, menu: int) -> Cast:
    """Store the people of the journey: a case per two young people, with a parent, the cases spread over
    the workers; every family member joined through an invitation. Conversations from the real dialogues."""
    engine = connect(database_url, Keyring.from_text(KEYS))
    cast = Cast()
    try:
        upgrade(engine)
        store = Store(engine)
        ids = itertools.count(first_id)
        for n in range(workers):
            cast.workers.append(next(ids))
            cast.cases[cast.workers[-1]] = []
            store.add_worker(cast.workers[-1], f"Worker {n + 1}")
        with store.transaction() as tx:
            worker_people = [_known(tx, telegram_id) for telegram_id in cast.workers]
        templates = _templates(store, next(ids), next(ids), cast.workers[0], worker_people[0])
        with store.transaction() as tx:
            case_id = 0
            for n in range(young + young_nine):
                if n % 2 == 0:  # a new case, for the next worker, with a parent
                    w = (n // 2) % workers
                    case_id = cases.open_case(tx.c, worker_people[w], f"Family {n // 2 + 1}")
                    cast.cases[cast.workers[w]].append(case_id)
                    parent = next(ids)
                    tx.save_conversation(_join(tx, worker_people[w], case_id, "parent", parent), templates["parent"])
                    cast.parents.append(parent)
                    cast.case_of[parent] = case_id
                telegram_id = next(ids)
                person_id = _join(tx, worker_people[(n // 2) % workers], case_id, "young_person", telegram_id)
                tx.save_conversation(person_id, templates["young"])
                cast.case_of[telegram_id] = case_id
                if n < young:
                    cast.young.append(telegram_id)
                    continue
                cast.young_nine.append(telegram_id)
                stored = [
                    (topics.HOUSE_WORRIES, f"a worry stored before, number {k}", {"item": f"i{k}", "change": "add"})
                    for k in range(1, SESSION)
                ]
                tx.add_answers(person_id, Standing("young_person", case_id), stored, None)
            home = build_engine().begin(Who(None, "en")).to_json()
            for _ in range(menu):  # people in no case yet, at the home menu (the old workload)
                cast.menu.append(next(ids))
                tx.save_conversation(_known(tx, cast.menu[-1]), home)
            for person_id in worker_people:
                tx.save_conversation(person_id, templates["worker"])
    finally:
        engine.dispose()
    return cast


def _known(tx: Tx, telegram_id: int) -> int:
    person = tx.person(telegram_id, "en")
    tx.set_locale(person.id, "en")
    return person.id


def _join(tx: Tx, worker: int, case_id: int, role: str, telegram_id: int) -> int:
    """A new person joins the case through an invitation, as `/start <code>` then "Join" would do it."""
    person_id = _known(tx, telegram_id)
    made = cases.invite(tx.c, worker, case_id, role, timedelta(days=7))
    info = cases.look_up(tx.c, person_id, made.code)
    assert info is not None and info.refused is None, "the invitation should open"
    assert cases.accept(tx.c, person_id, info.ref) is not None, "the join should work"
    return person_id


def _templates(store: Store, young_id: int, parent_id: int, worker_id: int, worker: int) -> dict[str, dict[str, Any]]:
    """The stored conversations of a young person in their house of worries, and of a parent and a worker
    at their menus, walked through the real dialogues by template people (in a case of their own)."""
    companion = Companion(store, build_engine(), "en")
    with store.transaction() as tx:
        case_id = cases.open_case(tx.c, worker, "Template family")
        _join(tx, worker, case_id, "young_person", young_id)
        _join(tx, worker, case_id, "parent", parent_id)

    def step(telegram_id: int, inp: Input, seq: int | None = None) -> Delivery:
        incoming = Incoming(chat_id=telegram_id, user_id=telegram_id, input=inp, language_code="en", seq=seq)
        return companion.handle(incoming, outbox=False)

    for telegram_id in (young_id, parent_id, worker_id):
        step(telegram_id, parse_text("/stop"))
    houses = step(young_id, parse_text("/houses"))
    data = next(b.data for m in houses.messages for b in m.buttons if "worries" in b.label.lower())
    seq, choice = parse_choice_data(data)
    step(young_id, Input.choice(choice), seq)
    found: dict[str, dict[str, Any]] = {}
    with store.transaction() as tx:
        for kind, telegram_id in (("young", young_id), ("parent", parent_id), ("worker", worker_id)):
            conversation = tx.arrival(telegram_id, "en").conversation
            assert conversation is not None
            found[kind] = dict(conversation)
    assert found["young"]["current"]["state"] == "house", "the template young person is in a house"
    return found
