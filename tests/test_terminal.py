"""The terminal chat shows the safeguard working: what the bot sends to others shows as it happens, marked
with who it is for, and a button of such a message can be pressed as that person.

Each test types lines into the real `Terminal` (the same `Companion.handle` as Telegram, on SQLite and on
PostgreSQL) and reads what it prints, one chunk per line typed.
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from io import StringIO
from itertools import pairwise

import pytest
from sqlalchemy import select
from test_cli import companion

from bot.core import Companion, Delivery
from bot.exports import Document
from bot.i18n import render
from bot.terminal import DEMO_PEOPLE, DEMO_WORKER, DEMO_WORKER_NAME, Terminal, prepare_demo
from dialogues import build_engine
from dialogues.cases import CASE_CLOSED
from dialogues.engine import Role
from dialogues.messages import T, Text
from dialogues.safety import SAFETY_HELP
from storage import plans
from storage.repository import Store, answer_t

YOUNG_PERSON, PARENT = DEMO_PEOPLE[Role.YOUNG_PERSON], DEMO_PEOPLE[Role.PARENT]
SAM = Text.as_written(DEMO_WORKER_NAME)
URGENT_PRESSED = T(
    '⚠️ Urgent: a young person in "{label}" pressed "I don\'t feel safe right now". Please contact '
    "them, or follow your safeguarding steps, now.",
    label=Text.as_written("Demo case"),
)
SHARED = T('Someone in "{label}" shared something new.', label=Text.as_written("Demo case"))
REMINDER = T("Hello! It's time for your check-in. How are things going with your safety plan?")


def to_worker(message: Text | str) -> str:
    words = message if isinstance(message, str) else render(message, "en")
    return render(T("→ to {name}, the social worker: {message}", name=SAM, message=Text.as_written(words)), "en")


def to_young_person(message: Text) -> str:
    words = Text.as_written(render(message, "en"))
    return render(T("→ to {name}, the young person: {message}", name=Text.as_written("Alex"), message=words), "en")


def to_parent(message: Text | str) -> str:
    words = Text.as_written(message if isinstance(message, str) else render(message, "en"))
    return render(T("→ to {name}, the parent or carer: {message}", name=Text.as_written("Jo"), message=words), "en")


def hint() -> str:
    return render(
        T("Type {tag} and a button's words to press it as {name}.", tag=Text.as_written("@sam"), name=SAM), "en"
    )


class Output(StringIO):
    """What the terminal printed, which a test can wait on while the chat waits for a line."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = threading.Condition()

    def write(self, text: str) -> int:
        with self.changed:
            written = super().write(text)
            self.changed.notify_all()
        return written

    def wait_for(self, text: str, timeout: float = 10) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: text in self.getvalue(), timeout)


class Screen:
    """The terminal on the demo case, fed typed lines; `shown[i]` is what it printed after line i (0: before
    the first). ``idle`` runs when the lines have run out, while the chat waits for another."""

    def __init__(
        self, store: Store, *, notice_delay: timedelta = timedelta(minutes=3), tick: float | None = None
    ) -> None:
        prepare_demo(store)
        self.store = store
        self.companion = Companion(store, build_engine(), "en", notice_delay=notice_delay)
        self.out = Output()
        self.typed: list[str] = []
        self.marks: list[int] = []
        self.when: datetime | None = None
        self.idle: Callable[[], None] | None = None
        self.terminal = Terminal(self.companion, "en", read=self._read, out=self.out, now=lambda: self.when, tick=tick)

    def _read(self, prompt: str) -> str:
        self.marks.append(len(self.out.getvalue()))
        if not self.typed:
            if self.idle is not None:
                self.idle()
                self.marks.append(len(self.out.getvalue()))
            raise EOFError
        return self.typed.pop(0)

    def play(self, role: Role, *lines: str) -> list[str]:
        """Plays ``role`` from the start of a chat, typing ``lines``; what was shown after each."""
        self.typed, self.marks = list(lines), []
        start = len(self.out.getvalue())
        self.terminal.chat(DEMO_PEOPLE[role])
        text = self.out.getvalue()
        cuts = [start, *self.marks]
        return [text[a:b] for a, b in pairwise(cuts)]

    def then(self, *lines: str) -> list[str]:
        """More lines in the same chat."""
        shown = []
        for line in lines:
            start = len(self.out.getvalue())
            assert self.terminal.player is not None
            self.terminal.take(self.terminal.player, line)
            shown.append(self.out.getvalue()[start:])
        return shown


def test_a_young_person_who_presses_sos_sees_the_urgent_message_their_worker_is_sent(store):
    screen = Screen(store)
    shown = screen.play(Role.YOUNG_PERSON, "English", "🆘 I don't feel safe right now")
    after_sos = shown[2]
    help_at = after_sos.index(render(SAFETY_HELP[0], "en"))
    alert_at = after_sos.index(to_worker(URGENT_PRESSED))
    assert help_at < alert_at, "the reply to the young person first, then what the worker is sent"
    assert "  [@sam 📁 Open the case card]\n" in after_sos[alert_at:]
    assert hint() in after_sos
    assert "→ to" not in "".join(shown[:2]), "nothing is sent to anyone for choosing a language"
    assert store.outbox_pending() == [], "the terminal sends nothing through the outbox"


def test_the_demo_worker_acts_on_the_alert_and_the_young_person_sees_what_comes_back(store):
    screen = Screen(store)
    screen.play(Role.YOUNG_PERSON, "English", "/unsafe")
    card, confirm, closed = screen.then("@sam 📁 Open the case card", "@sam close the case", "@sam yes, close it")
    assert card.lstrip().startswith(to_worker(T("Case: {label}", label=Text.as_written("Demo case"))))
    assert "⚠️ 1 urgent alert since you last looked." in card, "the worker's own case card"
    assert "  [@sam 🔒 Close the case]\n" in card, "the card's own buttons can be pressed as the worker"
    assert "→ to Sam (demo worker), the social worker: Close" in confirm
    assert render(T("The case is closed."), "en") in closed
    assert to_young_person(CASE_CLOSED) in closed, "what the worker's step sends the young person shows, marked"
    assert to_parent(CASE_CLOSED) in closed
    assert closed.index(render(T("The case is closed."), "en")) < closed.index(to_young_person(CASE_CLOSED))


def test_a_notice_that_falls_due_while_the_chat_runs_shows_after_the_reply(store):
    screen = Screen(store, notice_delay=timedelta(0))
    shown = screen.play(Role.YOUNG_PERSON, "English", "🏠 My three houses", "🌈 House of good things", "my dog")
    kept = shown[4]
    reply_at = kept.index(render(T("Got it. Anything else? Send another one, or tap a button."), "en"))
    assert reply_at < kept.index(to_worker(SHARED))
    assert "  [@sam 📁 Open the case card]" in kept
    assert to_worker(SHARED) not in "".join(shown[:4]) + "".join(shown[5:]), "once"
    assert store.outbox_pending() == [], "shown is sent: nothing waits in the outbox for a restart"


def test_a_notice_that_falls_due_while_the_chat_waits_for_a_line_shows_then_with_the_prompt_again(store):
    screen = Screen(store, tick=0.01)  # looks every hundredth of a second while waiting
    notice = to_worker(SHARED) + "\n  [@sam 📁 Open the case card]\n" + hint() + "\n> "

    def three_minutes_later() -> None:
        screen.when = datetime.now(UTC) + timedelta(minutes=4)
        assert screen.out.wait_for(notice), "shown while nothing was typed, then the prompt again"

    screen.idle = three_minutes_later
    shown = screen.play(Role.YOUNG_PERSON, "English", "/houses", "🌈 House of good things", "my dog")
    assert to_worker(SHARED) not in "".join(shown[:5]), "not due yet when the answer was given"
    assert shown[5] == "\n" + notice
    assert store.outbox_pending() == []


def test_a_parent_s_reminder_falls_due_and_is_pressed_as_the_parent(store):
    screen = Screen(store)
    with store.transaction() as tx:
        worker = tx.person(DEMO_WORKER).id
        case_id = tx.standing(tx.person(PARENT).id).case_id
        assert case_id is not None
        plans.set_plan(tx.c, worker, case_id, rhythm="weekly", now=datetime(2026, 3, 2, 12, tzinfo=UTC))
    screen.when = datetime(2026, 3, 9, 13, tzinfo=UTC)  # a week on, after noon in London
    shown = screen.play(Role.WORKER, "/help")
    assert to_parent(REMINDER) in shown[0] and "  [@jo 📏 Check in now]\n" in shown[0]
    assert to_parent(REMINDER) not in shown[1], "sent once"
    (check_in,) = screen.then("@jo Check in now")
    assert check_in.lstrip().startswith(to_parent("")), "the parent's check-in, shown as theirs"
    assert render(T("What would you like to do?"), "en") not in check_in, "the worker's own chat did not move"
    assert store.outbox_pending() == []


def test_words_that_name_no_button_of_someone_are_said_so_and_nothing_happens(store):
    screen = Screen(store)
    screen.play(Role.YOUNG_PERSON, "English", "/unsafe")
    (shown,) = screen.then("@sam make me a sandwich")
    assert render(T("{name} has no button like that. Their buttons:", name=SAM), "en") in shown
    assert "  [@sam 📁 Open the case card]" in shown and "→ to" not in shown


def test_a_line_that_starts_with_a_name_nobody_has_is_the_player_s_own_answer(store):
    screen = Screen(store)
    screen.play(Role.YOUNG_PERSON, "English", "/unsafe")  # Sam has a button: "@sam" would press it
    shown = screen.then("/houses", "🌈 House of good things", "@mum is kind")
    assert render(T("Got it. Anything else? Send another one, or tap a button."), "en") in shown[2]
    with store.transaction() as tx:
        kept = select(answer_t.c.id, answer_t.c.value).where(answer_t.c.person_id == tx.person(YOUNG_PERSON).id)
        assert "@mum is kind" in [tx.unseal("answer", "value", r.id, r.value) for r in tx.c.execute(kept)]


@pytest.mark.parametrize("role", [Role.PARENT, Role.WORKER])
def test_messages_to_the_person_playing_show_as_their_own_and_nothing_else_changes(store, role):
    screen = Screen(store)
    shown = screen.play(role, "/help")
    assert "→ to" not in "".join(shown)


def test_make_run_shows_the_young_person_what_their_worker_is_sent_and_lets_the_worker_act(tmp_path):
    typed = "1\n/unsafe\n@sam open the case card\n/quit\n"
    result = companion("chat", "--as", "young-person", "--lang", "en", cwd=tmp_path, stdin=typed)
    assert result.returncode == 0, result.stderr
    shown = result.stdout
    assert to_worker(URGENT_PRESSED) in shown
    assert to_worker(T("Case: {label}", label=Text.as_written("Demo case"))) in shown
    assert shown.index(render(SAFETY_HELP[0], "en")) < shown.index(to_worker(URGENT_PRESSED))


def test_a_bracketed_button_s_own_word_presses_it_and_other_words_are_kept(store):
    screen = Screen(store)
    shown = screen.play(Role.YOUNG_PERSON, "English", "/houses", "🌈 House of good things", "safe", "skip")
    assert "  [⏭️ Skip this one]\n" in shown[3], "where words are the answer, buttons show in brackets"
    assert render(T("Got it. Anything else? Send another one, or tap a button."), "en") in shown[4]
    assert shown[5].lstrip().startswith("You are in the 😟 House of worries."), "'skip' went on to the next house"
    with store.transaction() as tx:
        kept = select(answer_t.c.id, answer_t.c.value).where(answer_t.c.person_id == tx.person(YOUNG_PERSON).id)
        words = [tx.unseal("answer", "value", r.id, r.value) for r in tx.c.execute(kept)]
        assert [w for w in words if w] == ["safe"], "'skip' was not kept as a good thing"


def test_the_mark_is_in_the_player_s_language_and_the_message_in_the_recipient_s(store):
    screen = Screen(store)
    shown = screen.play(Role.YOUNG_PERSON, "Cymraeg", "/unsafe")
    english = Text.as_written(render(URGENT_PRESSED, "en"))
    mark = render(T("→ to {name}, the social worker: {message}", name=SAM, message=english), "cy")
    assert mark.startswith("→ at Sam (demo worker), y gweithiwr cymdeithasol: ⚠️ Urgent")
    assert mark in shown[2], "Sam reads English; the Welsh player is told in Welsh who it is for"
    assert render(SAFETY_HELP[0], "cy") in shown[2]


def test_a_file_the_terminal_saves_is_its_owner_s_only_and_never_over_another(store, tmp_path, monkeypatch):
    monkeypatch.setattr("bot.terminal.EXPORTS", tmp_path / "exports")
    there = tmp_path / "exports"
    there.mkdir(mode=0o755)
    (there / "my-data.pdf").write_bytes(b"someone's file")
    screen = Screen(store)
    screen.terminal.locale = "en"
    for _ in range(2):
        screen.terminal.show(Delivery(1, documents=(Document("my-data.pdf", b"their copy"),)))
    assert (there / "my-data.pdf").read_bytes() == b"someone's file", "never written over"
    copies = sorted(p.name for p in there.iterdir())
    assert copies == ["my-data-2.pdf", "my-data-3.pdf", "my-data.pdf"]
    for name in ("my-data-2.pdf", "my-data-3.pdf"):
        assert stat.S_IMODE((there / name).stat().st_mode) == 0o600 and (there / name).read_bytes() == b"their copy"
    assert "File saved: " in screen.out.getvalue()
