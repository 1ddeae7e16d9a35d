"""Alerts as transcripts, on both databases: raised and stored (naming the answer that raised it),
acknowledged with "I'm on it" (first press wins, the young person and the others are told), escalated
to the case's other workers and the duty workers, and shown on the case card."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot import telegram_app
from bot.core import Message, parse_command_data
from bot.settings import Settings
from bot.telegram_app import TelegramBot, Tried, backoff
from dialogues.alerts import NOT_YOUR_ALERT, ON_IT, seen_by
from dialogues.messages import T, Text
from storage import alerts
from storage.models import utcnow
from storage.repository import OUTBOX_GRACE, Pending, answer_t, worker_t
from storage.seal import unseal
from tests.test_cli import companion
from tests.transcript import Chat, Person, Said, say

UNSAFE = "🆘 I don't feel safe right now"
WORRIES = "😟 House of worries"
I_M_ON_IT = say(ON_IT)


@pytest.fixture
def chat(store):
    sam = store.add_worker(900, "Sam Jones")
    store.add_worker(901, "Priya Shah")
    store.add_worker(902, "Dana Duty")
    store.add_worker(903, "Ola Other")  # a worker with no part in the case, not on duty
    with store.transaction() as tx:
        assert alerts.set_duty(tx.c, 902, True)
    case_id = store.ensure_case("Family B", sam)
    store.ensure_member(case_id, 901, "worker")
    store.ensure_member(case_id, 950, "young_person")
    return Chat(store)


@pytest.fixture
def jo(chat):
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    return jo


def urgent_to(said: Said, telegram_id: int) -> Message:
    (message,) = [m for to, m in said.delivery.elsewhere if to == telegram_id]
    return message


def press(person: Person, message: Message, label: str) -> Said:
    """Press a command button on a message the bot sent this person because of someone else."""
    (data,) = [b.data for b in message.buttons if b.label == label]
    command = parse_command_data(data)
    assert command is not None, "a command button: it works wherever their conversation stands"
    return person._send(command)


def stored(store) -> list[alerts.AlertView]:
    with store.transaction() as tx:
        return alerts.open_alerts(tx.c)


def test_an_alert_is_stored_and_each_worker_of_the_case_gets_i_m_on_it(chat, jo, store):
    said = jo.presses(UNSAFE)
    for worker in (900, 901):
        message = urgent_to(said, worker)
        assert "Urgent" in message.text and message.urgent
        assert [b.label for b in message.buttons] == [I_M_ON_IT, "📁 Open the case card"]
    assert {to for to, _ in said.delivery.elsewhere} == {900, 901}, "duty workers wait for escalation"
    (alert,) = stored(store)
    assert (alert.how, alert.role, alert.case_label) == ("button", "young_person", "Family B")
    assert [d.name for d in alert.deliveries] == ["Sam Jones", "Priya Shah"]
    assert alert.acknowledged_at is None and alert.escalated_at is None


def test_an_alert_raised_by_words_names_the_answer_that_raised_it(chat, jo, store):
    # the words are kept in the house where they were typed, marked, and the alert names that answer
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("he hit me last night")
    (alert,) = stored(store)
    with store.engine.connect() as c:
        answer_id = c.scalar(select(alerts.alert_t.c.answer_id).where(alerts.alert_t.c.id == alert.id))
        sealed, topic = c.execute(select(answer_t.c.value, answer_t.c.topic).where(answer_t.c.id == answer_id)).one()
        words = unseal(c, "answer", "value", answer_id, sealed)
    assert alert.how == "words" and words == "he hit me last night" and topic == "house.worries"


def test_the_first_i_m_on_it_wins_the_child_and_the_others_are_told(chat, jo, store):
    said = jo.presses(UNSAFE)
    sam, priya = chat.person(900), chat.person(901)
    sam.says("/start")
    sam.presses("English")
    sam.says("/guide")
    before = len(jo.told())
    pressed = press(sam, urgent_to(said, 900), I_M_ON_IT)
    thanks = T('Thank you. You are on the alert from "{label}". I have told the others.', label="Family B")
    assert say(thanks) in pressed
    assert "practice guide" in pressed.text.lower(), "Sam stays where they were"
    assert jo.told()[before:] == [say(T("{worker} has seen your message and will help.", worker="Sam Jones"))]
    assert any("Sam Jones is on the alert" in t for t in priya.told())
    assert stored(store) == [], "acknowledged: no longer open"

    again = press(priya, urgent_to(said, 901), I_M_ON_IT)
    assert "Sam Jones is already on this alert" in again.text
    assert "You already said you are on this alert" in press(sam, urgent_to(said, 900), I_M_ON_IT).text
    assert len(jo.told()) == before + 1, "the child is told once"


def test_a_worker_alone_on_the_case_is_not_told_that_others_were_told(store):
    sam = store.add_worker(900, "Sam Jones")
    store.ensure_member(store.ensure_case("Family S", sam), 950, "young_person")
    chat = Chat(store)
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    said = jo.presses(UNSAFE)
    pressed = press(chat.person(900), urgent_to(said, 900), I_M_ON_IT)
    assert say(T('Thank you. You are on the alert from "{label}".', label="Family S")) in pressed
    assert "told the others" not in pressed.text


def test_the_child_is_told_in_their_own_language(chat, store):
    cy = chat.person(950, language_code="cy")
    cy.says("/start")
    cy.presses("Cymraeg")
    said = cy.presses(say(T("🆘 I don't feel safe right now"), "cy"))
    press(chat.person(900), urgent_to(said, 900), I_M_ON_IT)
    assert cy.told()[-1] == say(T("{worker} has seen your message and will help.", worker="Sam Jones"), "cy")


def test_only_someone_the_alert_is_for_can_take_it(chat, jo, store):
    jo.presses(UNSAFE)
    (alert,) = stored(store)
    assert say(NOT_YOUR_ALERT) in chat.person(903).says(f"/onit {alert.id}")
    assert say(NOT_YOUR_ALERT) in chat.person(900).says("/onit 9999")
    assert stored(store) != []
    assert "not something you can do" in jo.says(f"/onit {alert.id}").text, "workers only"


def test_not_acknowledged_in_time_it_goes_to_the_duty_workers_without_the_child_s_words(chat, jo, store):
    chat.companion.escalate_after = timedelta(minutes=10)
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("he hit me last night")
    assert chat.companion.due_escalations() == [], "not yet due"
    due = chat.companion.due_escalations(utcnow() + timedelta(minutes=11))
    assert [to for to, _ in due] == [902], "the case's workers had it; the duty worker gets it now"
    (_, message), = due  # fmt: skip
    assert "Family B" in message.text and "Sam Jones, Priya Shah" in message.text and "hit" not in message.text
    assert [b.label for b in message.buttons] == [I_M_ON_IT], "no case card for a worker outside the case"
    assert chat.companion.due_escalations(utcnow() + timedelta(minutes=20)) == [], "escalated once"
    dana = chat.person(902)
    assert "You are on the alert" in press(dana, message, I_M_ON_IT).text
    assert jo.told()[-1] == say(T("{worker} has seen your message and will help.", worker="Dana Duty"))
    (view,) = [a for a in alerts_of_case(store, 900)]
    assert view.acknowledged_by == "Dana Duty" and view.escalated_at is not None


def test_an_acknowledged_alert_is_never_escalated(chat, jo, store):
    said = jo.presses(UNSAFE)
    press(chat.person(900), urgent_to(said, 900), I_M_ON_IT)
    assert chat.companion.due_escalations(utcnow() + timedelta(hours=1)) == []


def test_a_refused_delivery_escalates_at_once_to_a_worker_who_joined_since_and_the_duty_workers(chat, jo, store):
    said = jo.presses(UNSAFE)
    store.ensure_member(1, 903, "worker")
    with store.transaction() as tx:
        tx.c.execute(update(alerts.delivery_t).values(outbox_id=77).where(alerts.delivery_t.c.person_id == 1))
    assert chat.companion.outbox_refused(77) is not None
    due = chat.companion.due_escalations()
    assert sorted(to for to, _ in due) == [902, 903]
    (_, to_ola), = [d for d in due if d[0] == 903]  # fmt: skip
    assert [b.label for b in to_ola.buttons] == [I_M_ON_IT, "📁 Open the case card"]
    assert urgent_to(said, 900)


def alerts_of_case(store, telegram_id: int) -> list[alerts.AlertView]:
    with store.transaction() as tx:
        return alerts.of_case(tx.c, tx.person(telegram_id).id, 1)


def test_the_case_card_shows_open_alerts_with_raised_delivered_and_acknowledged_times(chat, jo, store):
    said = jo.presses(UNSAFE)
    sam = chat.person(900)
    card = sam.says("/cases 1").text
    assert "⚠️ Alert 1" in card and 'pressed "I don\'t feel safe right now"' in card
    assert "• not delivered to Sam Jones yet" in card and "nobody has said they are on it yet" in card
    with store.transaction() as tx:
        tx.c.execute(update(alerts.delivery_t).values(outbox_id=5).where(alerts.delivery_t.c.person_id == 1))
    chat.companion.outbox_delivered(5)
    press(sam, urgent_to(said, 900), I_M_ON_IT)
    card = sam.says("/cases 1").text
    assert "• delivered to Sam Jones," in card and "• ✋ Sam Jones is on it, since" in card


def test_every_way_an_alert_is_raised_has_its_own_line_on_the_card():
    """Each ``how`` a dialogue raises an alert with is named on the card as it happened, for every role:
    never the catch-all "asked for help" (a child's 0 on how safe they feel read as that)."""
    import re
    from datetime import UTC, datetime
    from pathlib import Path

    from bot.i18n import render
    from dialogues.alerts import HOW_ELSE, SOMEONE, how_raised

    source = "\n".join(p.read_text() for p in (Path(__file__).parents[1] / "dialogues").glob("*.py"))
    calls = re.findall(r"alert\)?\(([^()]*)\)", source)  # alert(...), raise_alert(...), (... else alert)(...)
    hows = {how for args in calls for how in re.findall(r'"(\w+)"', args)}
    assert hows >= {"button", "command", "words", "scale0"}, hows
    when = datetime(2026, 12, 4, 9, tzinfo=UTC)
    for role in SOMEONE:
        for how in hows:
            alert = alerts.AlertView(7, 1, "Family B", how, role, when, (), None, None, None)
            assert how_raised(alert).msgid != HOW_ELSE, (role, how)

    def line(how: str, role: str) -> str:
        return render(how_raised(alerts.AlertView(7, 1, "Family B", how, role, when, (), None, None, None)), "en")

    assert line("scale0", "young_person") == (
        "⚠️ Alert 7, 4 Dec 2026, 09:00: a young person said they feel 0 out of 10 safe at home."
    )
    assert line("button", "young_person").endswith('pressed "I don\'t feel safe right now".')
    assert line("button", "parent").endswith('a parent or carer pressed "I need help now".')
    assert line("command", "network").endswith("someone in the safety network used /needhelp.")
    assert line("command", "young_person").endswith("a young person used /unsafe.")


def test_a_young_person_s_0_shows_on_the_card_as_a_0_and_is_counted_as_an_urgent_alert(chat, jo):
    jo.says("/scale")
    jo.presses("0 😢")
    sam = chat.person(900)
    card = sam.says("/cases 1").text
    assert "⚠️ 1 urgent alert since you last looked." in card
    assert "a young person said they feel 0 out of 10 safe at home." in card
    assert "asked for help" not in card and "I don't feel safe" not in card
    shared = sam.presses("📖 What they shared").text
    heading = say(T("⚠️ Urgent alerts (a help button, a 0 on how safe they feel, or words that sound unsafe):"))
    assert heading in shared and "I don't feel safe\" alerts" not in shared


def test_a_parent_s_i_need_help_now_shows_on_the_card_as_theirs(chat, store):
    store.ensure_member(1, 951, "parent")
    mum = chat.person(951)
    mum.says("/start")
    mum.presses("English")
    mum.presses("🆘 I need help now")
    card = chat.person(900).says("/cases 1").text
    assert 'a parent or carer pressed "I need help now".' in card and "I don't feel safe" not in card


def test_the_case_card_has_i_m_on_it_for_each_alert_nobody_has_taken(chat, jo, store):
    jo.presses(UNSAFE)
    jo.presses("⬅️ Go back")
    jo.says("/scale")
    jo.presses("0 😢")
    sam, priya = chat.person(900), chat.person(901)
    card = sam.says("/cases 1")
    assert "⚠️ Alert 1," in card.text and "⚠️ Alert 2," in card.text
    assert card.buttons[:3] == ["✋ I'm on it: alert 1", "✋ I'm on it: alert 2", "📖 What they shared"], "first"
    before = len(jo.told())
    pressed = sam.presses("✋ I'm on it: alert 2")
    thanks = T('Thank you. You are on the alert from "{label}". I have told the others.', label="Family B")
    assert say(thanks) in pressed
    assert jo.told()[before:] == [say(T("{worker} has seen your message and will help.", worker="Sam Jones"))]
    assert any("Sam Jones is on the alert" in t for t in priya.told())
    assert say(T("Case: {label}", label="Family B")) in pressed, "back on the card, showing who is on it"
    assert "• ✋ Sam Jones is on it, since" in pressed.text
    assert pressed.buttons[:2] == ["✋ I'm on it: alert 1", "📖 What they shared"], "alert 1 is still nobody's"
    assert [a.id for a in stored(store)] == [1]
    assert "✋ I'm on it: alert 2" not in priya.says("/cases 1").buttons
    stale = sam.presses("✋ I'm on it: alert 2", on=card)
    assert "• ✋ Sam Jones is on it, since" in stale.text and len(jo.told()) == before + 1, "old: no news"


def test_the_list_of_cases_marks_a_case_with_alerts_nobody_is_on_until_one_takes_them(chat, jo):
    jo.presses(UNSAFE)
    jo.presses("⬅️ Go back")
    jo.says("/scale")
    jo.presses("0 😢")
    sam = chat.person(900)
    listed = sam.says("/cases")
    assert listed.buttons[0] == "⚠️ Case 1: Family B · 2 urgent alerts nobody is on yet"
    sam.presses(listed.buttons[0])
    sam.presses("✋ I'm on it: alert 1")
    assert sam.says("/cases").buttons[0] == "⚠️ Case 1: Family B · 1 urgent alert nobody is on yet"
    sam.presses("⚠️ Case 1: Family B · 1 urgent alert nobody is on yet")
    sam.presses("✋ I'm on it: alert 2")
    assert sam.says("/cases").buttons[0].startswith("📁 Case 1: Family B"), "none left to take"


def test_the_card_s_i_m_on_it_is_refused_to_a_worker_no_longer_in_the_case(chat, jo, store):
    from storage.repository import membership_t

    jo.presses(UNSAFE)
    sam = chat.person(900)
    sam.says("/cases 1")
    with store.transaction() as tx:
        sam_id = tx.person(900).id
        tx.c.execute(update(membership_t).values(left_at=utcnow()).where(membership_t.c.person_id == sam_id))
    sam.presses("✋ I'm on it: alert 1")
    assert [a.id for a in stored(store)] == [1], "nobody took it"
    assert all("has seen your message" not in t for t in jo.told())


# -- the outbox that keeps trying -------------------------------------------------------------------------


def test_an_outbox_row_is_left_to_the_immediate_send_then_taken_by_one_sender_at_a_time(store):
    with store.transaction() as tx:
        (row,) = tx.outbox(950, [{"text": "hi", "buttons": []}], urgent=True)
    assert store.outbox_due() == [], "the send straight after the step has it first"
    later = utcnow() + OUTBOX_GRACE + timedelta(seconds=1)
    (due,) = store.outbox_due(later)
    assert (due.id, due.urgent, due.attempts) == (row, True, 1)
    assert store.outbox_due(later) == [], "taken: nothing else sends it while it is being sent"
    store.outbox_retry(row, later)
    (again,) = store.outbox_due(later)
    assert again.attempts == 2


def fake_bot(monkeypatch, error: Exception | None) -> TelegramBot:
    """A TelegramBot whose Bot API answers every send with ``error`` (or accepts it)."""

    class Bot:
        async def do_api_request(self, endpoint, api_kwargs, *args, **kwargs):
            if error is not None:
                raise error
            return True

    settings = Settings(telegram_bot_token="123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    monkeypatch.setattr(TelegramBot, "bot", property(lambda self: Bot()))
    return TelegramBot(settings, type("Companion", (), {"store": None})())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("error", "urgent", "tried"),
    [
        (None, True, Tried.DELIVERED),
        (TimedOut(), True, Tried.AGAIN),  # an alert: a second copy is better than none
        (TimedOut(), False, Tried.DONE),  # a reply: it may have arrived
        (Forbidden("Forbidden: bot was blocked by the user"), True, Tried.REFUSED),
        (Forbidden("Forbidden: bot was blocked by the user"), False, Tried.DONE),
        (NetworkError("Bad Gateway"), False, Tried.AGAIN),
        # what python-telegram-bot raises for an answer it cannot read (a proxy's HTML page): tried again,
        # never out of the sender loop, which would then send nothing more
        (TelegramError("Invalid server response"), True, Tried.AGAIN),
        (TelegramError("Invalid server response"), False, Tried.AGAIN),
    ],
)
def test_what_one_try_comes_to(monkeypatch, error, urgent, tried):
    bot = fake_bot(monkeypatch, error)
    assert asyncio.run(bot.try_send(1, Message("hi", urgent=urgent))) == (tried, 0.0)


def test_retry_after_is_honoured(monkeypatch):
    bot = fake_bot(monkeypatch, RetryAfter(7))
    assert asyncio.run(bot.try_send(1, Message("hi", urgent=True))) == (Tried.AGAIN, 7.0)
    assert backoff(1, True) == 1 and backoff(4, False) == 8 and backoff(40, True) == 30 and backoff(40, False) == 300


class FlakyStore:
    """The sender loop's part of the store, scripted. Each look finds the next of ``rounds``, and then every
    row of ``undeleted`` (delivered rows whose lease ran out); putting a row back for later fails, and so
    does deleting delivered rows while ``done_fails`` lasts."""

    def __init__(self, rounds: list[list[Pending]], undeleted: list[Pending] = (), done_fails: int = 0) -> None:
        self.rounds, self.undeleted, self.done_fails = rounds, list(undeleted), done_fails
        self.done: list[int] = []

    def outbox_due(self) -> list[Pending]:
        return (self.rounds.pop(0) if self.rounds else []) + self.undeleted

    def outbox_retry(self, outbox_id: int, when: object) -> None:
        raise RuntimeError("the database went away")

    def outbox_done(self, ids: list[int]) -> None:
        if self.done_fails:
            self.done_fails -= 1
            raise RuntimeError("the database went away")
        self.done += ids
        self.undeleted = [pending for pending in self.undeleted if pending.id not in ids]


def sender(monkeypatch, store: FlakyStore, fail_for: set[int]) -> tuple[TelegramBot, list[int]]:
    """A bot on ``store`` whose sends to the chats in ``fail_for`` fail (to be tried again); the chats it
    sent to, in order."""
    sent: list[int] = []

    class Bot:
        async def do_api_request(self, endpoint, api_kwargs, *args, **kwargs):
            if api_kwargs["chat_id"] in fail_for:
                raise NetworkError("Bad Gateway")
            sent.append(api_kwargs["chat_id"])
            return True

    monkeypatch.setattr(TelegramBot, "bot", property(lambda self: Bot()))
    monkeypatch.setattr(telegram_app, "RETRY_CHECK", 0.01)
    monkeypatch.setattr(telegram_app, "FLUSH_EVERY", 0.01)
    settings = Settings(telegram_bot_token="123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    return TelegramBot(settings, type("Companion", (), {"store": store})()), sent  # type: ignore[arg-type]


async def run_for(bot: TelegramBot, seconds: float, *loops: Callable[[], Awaitable[None]]) -> None:
    tasks = [asyncio.create_task(loop()) for loop in loops]
    await asyncio.sleep(seconds)
    bot.stopping.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 2)


def row(outbox_id: int, chat_id: int, payload: dict | None = None) -> Pending:
    return Pending(outbox_id, chat_id, payload or {"text": "hi", "buttons": []}, attempts=1)


@pytest.mark.asyncio
async def test_the_sender_loop_outlives_a_chat_whose_round_fails(monkeypatch, caplog):
    # Chat 2's send fails and the database refuses to put its second row back: an error in one chat's
    # round. Chat 3's row cannot be read (a bug). Chat 1 is sent all the same, and so is what comes due
    # in the rounds after.
    store = FlakyStore([[row(1, 1), row(2, 2), row(3, 2), row(4, 3, {"text": "hi"})], [row(5, 4)], [row(6, 5)]])
    bot, sent = sender(monkeypatch, store, fail_for={2})
    await run_for(bot, 0.3, bot._resend)
    assert sent == [1, 4, 5]
    assert caplog.text.count("resending failed: ") == 2


@pytest.mark.asyncio
async def test_delivered_rows_not_deleted_are_kept_and_not_sent_again_meanwhile(monkeypatch, caplog):
    store = FlakyStore([], undeleted=[row(7, 1)], done_fails=3)
    bot, sent = sender(monkeypatch, store, fail_for=set())
    await run_for(bot, 0.3, bot._resend, bot._flush_sent)
    assert sent == [1], "sent once: while its deletion failed, the sender loop left it alone"
    assert store.done == [7] and not store.undeleted
    assert caplog.text.count("delivered outbox rows not deleted") == 3


# -- the command line -------------------------------------------------------------------------------------


def test_duty_workers_are_registered_changed_and_the_open_alerts_listed(tmp_path, database_url, store):
    env = {"DATABASE_URL": database_url}
    added = companion("worker", "add", "--telegram-id", "902", "--name", "Dana Duty", "--duty", cwd=tmp_path, env=env)
    assert added.returncode == 0, added.stderr
    assert "Telegram id 902 is a duty worker" in added.stdout
    with store.engine.connect() as c:
        assert c.scalar(select(worker_t.c.duty)) is True
    off = companion("worker", "duty", "--telegram-id", "902", "off", cwd=tmp_path, env=env)
    assert off.returncode == 0 and "no longer a duty worker" in off.stdout
    with store.engine.connect() as c:
        assert c.scalar(select(worker_t.c.duty)) is False
    unknown = companion("worker", "duty", "--telegram-id", "4444", "on", cwd=tmp_path, env=env)
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "companion: no worker is registered with Telegram id 4444"

    assert companion("alerts", cwd=tmp_path, env=env).stdout.strip() == "No open alerts."
    chat = Chat(store)
    store.ensure_member(store.ensure_case("Family B", store.add_worker(900, "Sam Jones")), 950, "young_person")
    jo = chat.person(950)
    jo.says("/start")
    jo.presses("English")
    jo.presses(UNSAFE)
    chat.companion.outbox_delivered(0)  # no such row: nothing changes
    (line,) = companion("alerts", cwd=tmp_path, env=env).stdout.strip().splitlines()
    number, label, raised, how, delivered, escalated = line.split("  ")
    assert (number, label, how) == ("1", "Family B", "button")
    assert raised.endswith(" UTC") and delivered == "Sam Jones (not yet delivered)" and escalated == "not escalated"


def test_alert_escalate_minutes_must_be_a_sensible_number(tmp_path):
    result = companion("db", "upgrade", cwd=tmp_path, env={"ALERT_ESCALATE_MINUTES": "-1"})
    assert result.returncode == 2 and "ALERT_ESCALATE_MINUTES" in result.stderr


def test_what_the_young_person_is_told_reads_at_about_age_9():
    from tests.test_readability import MAX_ONE, grade

    told = seen_by("young_person", Text.as_written("Sam"))
    assert told.msgid == "{worker} has seen your message and will help." and grade(told.msgid) <= MAX_ONE
    assert seen_by("parent", Text.as_written("Sam")).msgid != told.msgid, "a parent is spoken to as an adult"
