"""End to end: the real bot process (``companion telegram``) against the fake Bot API, on both databases.

Each test is a short conversation: people write, press buttons, send stickers or join groups through
`FakeBotApiThread`; the bot runs as a child process (`BotProcess`) exactly as in production, polling the
fake server; the test reads what the bot sent and, with SQLAlchemy, what it stored.

Expected words are the dialogues' own messages rendered with `bot.i18n.render`, so a test written in
English checks Welsh too: ``say("cy", ...)`` is whatever the Welsh catalog says today.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
from pathlib import Path

from botprocess import BotProcess
from e2e import (
    MAX_CALLBACK_DATA,
    MAX_TEXT,
    MY_CASES,
    NEW_CASE,
    NO_CASE,
    NO_CASE_MENU,
    TIMEOUT,
    WELCOME,
    WHAT_NEXT,
    WHICH_LANGUAGE,
    Harness,
    Turn,
    answer_t,
    conversation_t,
    eventually,
    inbox_t,
    joined_young_person,
    menu_labels,
    outbox_t,
    redeliver,
    say,
    speaking,
    worker_t,
)
from sqlalchemy import Table

from bot.i18n import render
from bot.telegram_app import GROUP_GOODBYE
from dialogues import NOTICES
from dialogues.cases import AS_ROLE, BAD_CODE
from dialogues.engine import Role, Who
from dialogues.home import PRIVACY, command_menu, help_texts, privacy_texts
from dialogues.languages import LANGUAGES
from dialogues.messages import T, Text
from storage.models import Person

# -- 1, 2: first contact and languages --------------------------------------------------------------


def test_a_new_person_is_welcomed_and_can_switch_to_welsh(harness: Harness, bot: BotProcess) -> None:
    ana = harness.user(5001)

    hello = ana.sends("/start")
    assert hello.text == say("en", *WELCOME)
    assert "Safety Companion" in hello.text and "social worker" in hello.text
    assert hello.buttons == list(LANGUAGES.values())
    assert all(re.fullmatch(rf"\d+\|lang:({'|'.join(LANGUAGES)})", data) for data in hello.prompt.callback_data)

    switched = ana.presses("Cymraeg")
    assert switched.text == say("cy", speaking("cy"), *NO_CASE_MENU)
    assert switched.buttons == menu_labels("cy")
    assert harness.db.person(5001).locale == "cy"
    assert harness.db.conversation(5001)["current"]["dialogue"] == "menu"

    helped = ana.sends("/help")
    assert helped.text == say("cy", *help_texts(Who(None, "cy")), *NO_CASE_MENU)
    assert harness.db.count(answer_t) == 0


def test_telegram_language_is_used_until_the_person_chooses(harness: Harness, bot: BotProcess) -> None:
    bryn = harness.user(5002, language_code="cy")
    hello = bryn.sends("/start")
    assert hello.text == say("cy", *WELCOME)
    assert (harness.db.person(5002).locale, harness.db.person(5002).telegram_locale) == (None, "cy")

    chose = bryn.presses("English")
    assert chose.text == say("en", speaking("en"), *NO_CASE_MENU)
    assert chose.buttons == menu_labels("en")
    assert "invitation" in chose.text

    # Telegram still says Welsh; the person's own choice wins.
    helped = bryn.sends("/help")
    assert helped.text == say("en", *help_texts(Who(None, "en")), *NO_CASE_MENU)
    assert (harness.db.person(5002).locale, harness.db.person(5002).telegram_locale) == ("en", "cy")

    # A language we do not speak gets the default (English here).
    claude = harness.user(5003, language_code="fr")
    assert claude.sends("/start").text == say("en", *WELCOME)


# -- 3: workers ----------------------------------------------------------------------------------


def test_a_registered_worker_gets_the_worker_menu(harness: Harness, bot: BotProcess) -> None:
    printed = harness.companion("worker", "add", "--telegram-id", "6001", "--name", "Sam Jones")
    assert "Sam Jones" in printed and "6001" in printed
    [worker] = harness.db.rows(worker_t)
    assert worker.name == "Sam Jones"
    assert worker.person_id == harness.db.person(6001).id

    sam = harness.user(6001)
    assert sam.sends("/start").text == say("en", *WELCOME)
    menu = sam.presses("English")
    assert menu.text == say("en", speaking("en"), WHAT_NEXT)
    assert render(NO_CASE, "en") not in menu.text
    tools = [T("🧭 Practice guide"), T("❓ What if the signs of success aren't there?"),
             T("📚 Reference cards and drafting helpers")]  # fmt: skip
    assert menu.buttons == [
        render(MY_CASES, "en"), render(NEW_CASE, "en"), *(render(tool, "en") for tool in tools), *menu_labels("en")
    ]  # fmt: skip

    worker_who = Who(Role.WORKER, "en")
    assert sam.sends("/help").text == say("en", *help_texts(worker_who), WHAT_NEXT)
    assert render(T("You are signed in as a social worker."), "en") in sam.received[-1].text
    assert sam.presses(render(PRIVACY.label, "en")).text == say("en", *privacy_texts(worker_who), WHAT_NEXT)


def test_a_worker_invites_a_young_person_who_joins_and_leaves_and_the_worker_is_told(
    harness: Harness, bot: BotProcess
) -> None:
    harness.companion("worker", "add", "--telegram-id", "6002", "--name", "Sam Jones")
    sam = harness.user(6002)
    sam.sends("/start")
    sam.presses("English")
    sam.presses(render(NEW_CASE, "en"), buttons=False)
    card = sam.sends("Family B")
    assert 'The case "Family B" is open.' in card.texts[0] and "Case: Family B" in card.texts[0]

    invited = sam.presses(render(T("🧒 Invite a young person"), "en"))
    link = re.search(r"https://t\.me/SafetyCompanionBot\?start=(\S+)", invited.texts[0])
    assert link, f"the invitation carries a t.me link with the bot's own username: {invited.texts[0]}"
    code = link.group(1)
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", code), "Telegram's rule for a /start parameter"

    yara = harness.user(5011)
    offer = yara.sends(f"/start {code}")
    assert "Sam Jones" in offer.texts[0] and render(AS_ROLE["young_person"], "en") in offer.texts[0]
    joined = yara.presses(render(T("✅ Yes, join"), "en"))
    assert joined.texts[0].startswith(render(T("Welcome! You have joined."), "en"))
    assert render(WHAT_NEXT, "en") in joined.texts[0]
    her_commands = ("chat:5011", "")

    def listed() -> list[str]:
        return [c["command"] for c in harness.api.commands.get(her_commands, [])]

    eventually(lambda: listed()[:5] == ["houses", "wizard", "scale", "people", "unsafe"], "her own command list")

    yara.sends("/leave")
    left = yara.presses(render(T("Yes, leave"), "en"))
    assert left.texts[0].endswith(say("en", *NO_CASE_MENU))
    eventually(lambda: listed() == [name for name, _ in command_menu(None)], "back to everyone's commands")

    # The worker is told at once, not after the bot's next restart.
    told = T(
        'Someone left the case "{label}": {someone}.',
        label=Text.as_written("Family B"),
        someone=AS_ROLE["young_person"],
    )
    note = harness.api.wait_for(lambda r: r.chat_id == sam.id and r.text == render(told, "en"), TIMEOUT)
    assert note.index > left.messages[-1].index
    eventually(lambda: harness.db.count(outbox_t) == 0, "every message sent, the notification too")


# -- 4: commands, and input that does not fit -----------------------------------------------------------


def test_commands_work(harness: Harness, bot: BotProcess) -> None:
    cai = harness.user(5004)
    cai.sends("/start")
    cai.presses("English")
    nobody = Who(None, "en")

    assert cai.sends("/help").text == say("en", *help_texts(nobody), *NO_CASE_MENU)
    assert cai.sends("/help@SafetyCompanionBot").text == say("en", *help_texts(nobody), *NO_CASE_MENU)
    privacy = cai.sends("/privacy").text
    assert privacy == say("en", *privacy_texts(nobody), *NO_CASE_MENU)
    assert "999" in privacy and "Telegram" in privacy

    language = cai.sends("/language")
    assert language.text == say("en", WHICH_LANGUAGE)
    assert language.buttons == list(LANGUAGES.values())
    assert harness.db.conversation(5004)["current"]["dialogue"] == "language"

    stopped = cai.sends("/stop")
    assert stopped.text == say("en", NOTICES.stopped, *NO_CASE_MENU)
    assert harness.db.conversation(5004)["current"]["dialogue"] == "menu"
    assert cai.sends("/stop").text == say("en", NOTICES.nothing_to_stop, *NO_CASE_MENU)

    unknown = cai.sends("/frobnicate now")
    assert unknown.text == say("en", NOTICES.unknown_command, *NO_CASE_MENU)
    assert len(render(NOTICES.unknown_command, "en")) < 200

    # Every command in Telegram's menu is one the bot knows.
    for name, _ in command_menu(None):
        assert render(NOTICES.unknown_command, "en") not in cai.sends(f"/{name}").texts[0], name
    assert harness.db.count(answer_t) == 0


def test_input_that_does_not_fit_gets_a_kind_word_and_the_prompt_again(harness: Harness, bot: BotProcess) -> None:
    dai = harness.user(5005)
    welcome = dai.sends("/start").prompt
    dai.presses("English")
    where = harness.db.conversation(5005)
    assert where is not None and where["current"] == {"dialogue": "menu", "state": "home", "slots": {}}

    def again(turn: Turn, notice: Text) -> None:
        assert turn.text == say("en", notice, *NO_CASE_MENU)
        assert turn.buttons == menu_labels("en")
        assert len(render(notice, "en")) < 200, "a kind word, and a short one"
        assert harness.db.conversation(5005) == where, "the conversation did not move"
        assert harness.db.count(answer_t) == 0, "nothing was kept as an answer"

    typed = dai.sends("I would rather type")
    again(typed, NOTICES.not_a_button)
    again(dai.sends_sticker(), NOTICES.media)
    again(dai.sends_photo(caption="my room"), NOTICES.media)
    again(dai.sends_voice(), NOTICES.media)
    again(dai.edits(typed.update_id, "I changed my mind"), NOTICES.edited)
    again(dai.presses("Cymraeg", on=welcome), NOTICES.stale_button)
    assert harness.db.person(5005).locale == "en", "the old button changed nothing"
    assert harness.api.api.method_calls.get("getFile", 0) == 0, "the bot fetched none of the media"


# -- 5, 6: groups and the command menu ---------------------------------------------------------------


def test_in_a_group_the_bot_says_one_line_and_leaves_storing_nothing(harness: Harness, bot: BotProcess) -> None:
    api = harness.api
    api.user_sends_in_group(7001, 555, "hello bot, this is our family group")
    api.bot_added_to_group(7002, 556, title="Another family")
    for group in (-555, -556):
        api.wait_for(lambda r, g=group: r.method == "leaveChat" and r.chat_id == g, TIMEOUT)
        [line] = api.messages_to(group)
        assert line.text == render(GROUP_GOODBYE, "en")
        assert not line.inline_buttons and len(line.text) < 200
        leave = next(r for r in api.records_for(group) if r.method == "leaveChat")
        assert line.index < leave.index
    assert sorted(api.left_chats) == [-556, -555]

    # Someone in a private chat after that: everything before has been dealt with.
    harness.user(5006).sends("/start")
    db = harness.db
    assert db.telegram_ids() == {5006}, "neither the group nor its people are stored"
    assert [row.person_id for row in db.rows(conversation_t)] == [db.person(5006).id]
    assert db.rows(inbox_t) == [] and db.count(answer_t) == 0
    assert {row.chat_id for row in db.rows(outbox_t)} <= {5006}


def test_the_command_menu_is_set_in_each_language(harness: Harness) -> None:
    harness.start_bot(default_locale="cy")
    commands = harness.api.commands
    assert set(commands) == {("default", code) for code in LANGUAGES} | {("default", "")}
    for code, locale in [(code, code) for code in LANGUAGES] + [("", "cy")]:  # the default is in DEFAULT_LOCALE
        expected = [{"command": name, "description": render(text, locale)} for name, text in command_menu(None)]
        assert commands[("default", code)] == expected
    names = [c["command"] for c in commands[("default", "")]]
    assert names == ["start", "help", "language", "privacy", "about", "mydata", "forget", "stop"]


# -- 7: a crash, and updates seen before -----------------------------------------------------------


def steps_process(bot: BotProcess) -> int | None:
    """The bot's steps' own process (`bot.steps`), or None while it has none."""
    assert bot.process is not None
    for task in Path(f"/proc/{bot.process.pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            with contextlib.suppress(OSError):
                if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                    return int(child)
    return None


def test_the_steps_process_killed_mid_conversation_is_started_again_and_the_person_answered(harness: Harness) -> None:
    # what was on the database then fails as a step does, whichever loop it was, and is tried again
    harness.expected_log += [r"the steps' process ended: starting another", r": BrokenProcessPool at "]
    bot = harness.start_bot()
    eli = harness.user(5007)
    eli.sends("/start")
    eli.presses("English")
    first = steps_process(bot)
    assert first is not None
    os.kill(first, signal.SIGKILL)
    language = eli.sends("/language")
    assert language.buttons == list(LANGUAGES.values())
    eli.presses("Cymraeg", on=language.prompt)
    assert harness.db.person(5007).locale == "cy"
    again = steps_process(bot)
    assert again is not None and again != first
    assert "the steps' process ended: starting another" in bot.stderr
    assert bot.stop() == 0
    assert not Path(f"/proc/{again}").exists(), "ended with the bot"


def test_after_a_crash_the_conversation_goes_on_and_nothing_is_lost_or_repeated(harness: Harness) -> None:
    api, db = harness.api, harness.db
    bot = harness.start_bot()
    eli = harness.user(5007)
    eli.sends("/start")
    eli.presses("English")
    language = eli.sends("/language")
    assert language.buttons == list(LANGUAGES.values())
    before_crash = db.conversation(5007)
    assert before_crash is not None and before_crash["current"]["dialogue"] == "language"
    eventually(lambda: db.count(outbox_t) == 0, "every reply marked as sent")

    assert bot.kill() == -9

    # While the bot is down, someone new writes.
    fay = harness.user(5008)
    since = api.mark()
    down = api.user_sends_text(fay.id, "/start")
    bot.start()
    assert fay.answer_to(down, since).text == say("en", *WELCOME)

    # The button from before the crash: the conversation goes on where it stood.
    switched = eli.presses("Cymraeg", on=language.prompt)
    assert switched.text == say("cy", speaking("cy"), *NO_CASE_MENU)
    assert db.person(5007).locale == "cy"
    after = db.conversation(5007)
    assert after is not None and after["current"]["dialogue"] == "menu" and after["waiting"] == []

    # Telegram sends old updates again (the /language before the crash, the press after it): nothing happens.
    eventually(lambda: api.pending_updates() == [], "every update confirmed to Telegram")
    processed = db.processed_ids()
    assert language.update_id in processed and switched.update_id in processed and down in processed
    sent_before = len(eli.received)
    for old in (language.update_id, switched.update_id):
        redeliver(api, old)
        eventually(lambda: api.pending_updates() == [], "the old update taken and confirmed")
    helped = eli.sends("/help")  # answered in order, so anything the old updates caused came before it
    assert [m.text for m in eli.received[sent_before:]] == [say("cy", *help_texts(Who(None, "cy")), *NO_CASE_MENU)]
    assert helped.text == eli.received[-1].text
    assert db.conversation(5007) == after, "no second state change"
    assert db.processed_ids() == sorted([*processed, helped.update_id])
    eventually(lambda: db.rows(inbox_t) == [], "the inbox empty")

    # Fay's update, sent while the bot was down, was answered once.
    assert [m.text for m in fay.received] == [say("en", *WELCOME)]

    # A restart later: nothing is sent again.
    sent_total = len(api.sent)
    bot.stop()
    bot.start()
    eli.sends("/help")
    assert [r.method for r in api.sent[sent_total:] if r.chat_id is not None] == ["sendMessage"]


def test_a_reply_committed_before_a_crash_is_sent_after_restart(harness: Harness) -> None:
    api, db = harness.api, harness.db
    bot = harness.start_bot()
    gwen = harness.user(5009)
    gwen.sends("/start")
    gwen.presses("English")
    eventually(lambda: db.count(outbox_t) == 0, "every reply marked as sent")

    # Telegram fails the next sends; the bot crashes while it waits to try again.
    api.inject_error("sendMessage", "Bad Gateway", error_code=502, count=2)
    harness.expected_api_errors.append("Bad Gateway")
    since = api.mark()
    asked = api.user_sends_text(gwen.id, "/privacy")
    eventually(lambda: len(api.errors) >= 1, "the first send refused")
    eventually(lambda: asked in db.processed_ids(), "the step committed")
    assert db.count(outbox_t) == 1, "the reply waits in the outbox"
    bot.kill()
    assert not [m for m in api.sent[since:] if m.chat_id == gwen.id]

    bot.start()
    answer = gwen.answer_to(asked, since)
    assert answer.text == say("en", *privacy_texts(Who(None, "en")), *NO_CASE_MENU)
    eventually(lambda: db.count(outbox_t) == 0, "the outbox emptied")
    gwen.sends("/stop")
    assert next(m.text for m in api.sent[since:] if m.chat_id == gwen.id) == answer.text
    assert len([m for m in gwen.received if m.text == answer.text]) == 1, "sent once"


# -- 9: limits (logs: tests/test_e2e_logs.py) -------------------------------------------------------------------------


def test_every_message_and_button_is_within_telegram_limits(harness: Harness, bot: BotProcess) -> None:
    """A tour of everything a person can reach, in each language; Telegram would refuse anything too long."""
    api = harness.api
    turns: list[Turn] = []
    for number, code in enumerate(LANGUAGES):
        person = harness.user(5100 + number, language_code=code)
        turns += [person.sends("/start"), person.presses(LANGUAGES[code])]
        turns += [person.presses(label) for label in menu_labels(code)]
        turns.append(person.presses(LANGUAGES[code]))
        for command in ("/help", "/privacy", "/language", "/stop", "/stop", "/nonsense", "/start"):
            turns.append(person.sends(command))
    sends = [r for r in api.sent if r.method == "sendMessage"]
    assert len(turns) == len(LANGUAGES) * 13
    assert len(sends) == sum(len(turn.messages) for turn in turns), "every answer was accepted and counted"
    for record in sends:
        assert record.text and len(record.text) <= MAX_TEXT, record.describe()
        for data in record.callback_data:
            assert 1 <= len(data.encode()) <= MAX_CALLBACK_DATA, data
    assert api.errors == []


# -- cases: invitations, joining, reading and exporting what was shared ----------------------------------


def test_a_worker_invites_a_family_reads_and_exports_what_they_shared(harness: Harness, bot: BotProcess) -> None:
    import io

    from PIL import Image
    from pypdf import PdfReader

    from dialogues import topics
    from storage.repository import Standing, Store

    harness.companion("worker", "add", "--telegram-id", "6100", "--name", "Sam Jones")
    harness.companion("worker", "add", "--telegram-id", "6101", "--name", "Priya Shah")
    sam = harness.user(6100)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family B")
    codes = {}
    for role, button in (("young_person", "🧒 Invite a young person"), ("parent", "🧑 Invite a parent or carer")):
        invited = sam.presses(render(T(button), "en"))
        codes[role] = re.search(r"\?start=(\S+)", invited.texts[0]).group(1)  # type: ignore[union-attr]
    for user_id, role in ((6110, "young_person"), (6111, "parent")):
        person = harness.user(user_id)
        person.sends(f"/start {codes[role]}")
        person.presses(render(T("✅ Yes, join"), "en"))
    replayed = harness.user(6112).sends(f"/start {codes['parent']}", buttons=False)
    assert replayed.texts[0].startswith(render(BAD_CODE, "en")), "an invitation works once"

    case_id = int(harness.db.rows(Table("case", Person.metadata))[0].id)
    store = Store(harness.db.engine)
    with store.transaction() as tx:
        for user_id, role, topic, value in ((6110, "young_person", topics.HOUSE_GOOD, "Nan's dinners ŵ"),
                                            (6111, "parent", topics.CHECKIN, "6")):  # fmt: skip
            tx.add_answers(tx.person(user_id).id, Standing(role, case_id), [(topic, value, {})], None)

    card = sam.sends(f"/cases {case_id}")
    assert "Young person 1" in card.texts[-1] and "Parent or carer 1" in card.texts[-1]
    shared = sam.presses(render(T("📖 What they shared"), "en"))
    assert "Nan's dinners ŵ" in "\n".join(shared.texts)

    since = harness.api.mark()
    sam.presses(render(T("📄 Export for the assessment"), "en"))
    pdf_record = harness.api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == 6100, TIMEOUT, since=since)
    (upload,) = pdf_record.files.values()
    pdf = "".join(page.extract_text() for page in PdfReader(io.BytesIO(upload.data)).pages)
    assert "Family B" in pdf and "Nan's dinners ŵ" in pdf
    csv_record = harness.api.wait_for(
        lambda r: r.method == "sendDocument" and r.chat_id == 6100 and r.index > pdf_record.index, TIMEOUT
    )
    assert "Nan's dinners ŵ" in next(iter(csv_record.files.values())).data.decode("utf-8-sig")

    since = harness.api.mark()
    sam.sends(f"/cases {case_id}")
    sam.presses(render(T("📈 Progress chart"), "en"))
    photo = harness.api.wait_for(lambda r: r.method == "sendPhoto" and r.chat_id == 6100, TIMEOUT, since=since)
    assert Image.open(io.BytesIO(next(iter(photo.files.values())).data)).size == (1000, 600)

    # Another worker's forged button and typed case number are both refused.
    priya = harness.user(6101)
    priya.sends("/start")
    priya.presses("English")
    mine = priya.sends("/cases")
    seq = mine.prompt.callback_data[0].split("|")[0]
    forged = priya.presses_data(f"{seq}|case:{case_id}", mine.prompt)
    assert render(NOTICES.stale_button, "en") in forged.texts[0]
    typed = priya.sends(f"/cases {case_id}")
    assert render(T("That is not one of your cases, or it has closed."), "en") in typed.texts[0]


# -- young people's tools -------------------------------------------------------------------------------


def test_a_young_person_fills_the_three_houses_and_gets_a_picture(harness: Harness, bot: BotProcess) -> None:
    import io

    from PIL import Image

    _, kai = joined_young_person(harness, 6200, 6210)
    kai.sends("/houses")
    kai.presses(render(T("🌈 House of good things"), "en"))
    said = kai.sends("my cat Pip 🐱")
    assert "my cat Pip 🐱" in said.texts[-1]
    kai.presses(render(T("✅ That's all for this house"), "en"))
    kai.sends("loud nights")
    sticker = kai.sends_sticker()  # in a house: not a picture it keeps, and it says what it does keep
    assert "Please send a photo, a drawing or a voice note" in sticker.texts[0]
    kai.presses(render(T("✅ That's all for this house"), "en"))
    said = kai.presses(render(T("⏭️ Skip this one"), "en"))
    assert "my cat Pip 🐱" in "\n".join(said.texts) and "loud nights" in "\n".join(said.texts)
    since = harness.api.mark()
    kai.presses(render(T("🖼️ Send me a picture of my houses"), "en"))
    photo = harness.api.wait_for(lambda r: r.method == "sendPhoto" and r.chat_id == 6210, TIMEOUT, since=since)
    assert Image.open(io.BytesIO(next(iter(photo.files.values())).data)).size == (1280, 960)
    kept = {row.value for row in harness.db.answers() if row.topic.startswith("house.")}
    assert kept == {"my cat Pip 🐱", "loud nights"}


def test_the_unsafe_button_tells_the_worker_at_once_without_the_child_s_words(
    harness: Harness, bot: BotProcess
) -> None:
    sam, kai = joined_young_person(harness, 6300, 6310)
    kai.sends("/houses")
    kai.presses(render(T("😟 House of worries"), "en"))
    since = harness.api.mark()
    said = kai.sends("he hit me again", buttons=True)
    assert "999" in "\n".join(said.texts) and "0800 1111" in "\n".join(said.texts)
    urgent = harness.api.wait_for(lambda r: r.chat_id == sam.id and "Urgent" in (r.text or ""), TIMEOUT, since=since)
    assert "hit" not in (urgent.text or "")
    case_id = harness.db.rows(Table("case", Person.metadata))[0].id
    assert urgent.callback_data == [
        f"c|onit {harness.db.rows(Table('alert', Person.metadata))[0].id}",
        f"c|cases {case_id}",
    ]
    since = harness.api.mark()
    kai.presses(render(T("⬅️ Go back"), "en"))
    kai.presses(render(T("🆘 I don't feel safe right now"), "en"))
    harness.api.wait_for(lambda r: r.chat_id == sam.id and "pressed" in (r.text or ""), TIMEOUT, since=since)
    alerts = [row for row in harness.db.answers() if row.topic == "alert.unsafe"]
    assert len(alerts) == 2 and all(row.value == "" for row in alerts)


def test_the_worker_is_told_once_that_something_was_shared_and_reads_it(harness: Harness) -> None:
    harness.start_bot(notice_delay_minutes="0")
    sam, kai = joined_young_person(harness, 6400, 6410)
    kai.sends("/houses")
    kai.presses(render(T("🌈 House of good things"), "en"))
    since = harness.api.mark()
    kai.sends("swimming on Saturdays")
    kai.sends("my friend Ali")
    note = harness.api.wait_for(lambda r: r.chat_id == sam.id and "shared something new" in (r.text or ""), TIMEOUT,
                                since=since)  # fmt: skip
    assert "swimming" not in (note.text or "") and "Ali" not in (note.text or "")
    card = sam.presses_data(note.callback_data[0], note)
    assert "Case: Family C" in card.texts[-1]
    shared = sam.presses(render(T("📖 What they shared"), "en"))
    assert "swimming on Saturdays" in "\n".join(shared.texts) and "my friend Ali" in "\n".join(shared.texts)
    notes = [r for r in harness.api.messages_to(sam.id) if "shared something new" in (r.text or "")]
    assert len(notes) <= 2, "answers close together make one notice (two at most across the check's tick)"


# -- parents' check-ins -----------------------------------------------------------------------------------


def daytime_zone() -> str:
    """A time zone where it is now between 10:00 and 19:00, well outside the reminders' quiet hours."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    for offset in range(-12, 13):
        zone = f"Etc/GMT{offset:+d}"  # the sign is POSIX's: Etc/GMT-3 is three hours ahead of UTC
        if 10 <= datetime.now(UTC).astimezone(ZoneInfo(zone)).hour < 19:
            return zone
    raise AssertionError("every hour of the day falls in some zone between UTC-12 and UTC+12")


def test_a_reminder_falls_due_the_parent_checks_in_and_the_worker_sees_both_numbers(harness: Harness) -> None:
    import io
    from datetime import UTC, datetime, timedelta

    from PIL import Image
    from sqlalchemy import update

    from storage.plans import plan_t, reminder_t

    harness.start_bot(notice_delay_minutes="0")  # scheduled messages are looked for every second
    harness.companion("worker", "add", "--telegram-id", "6500", "--name", "Sam Jones")
    sam = harness.user(6500)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family D")
    invited = sam.presses(render(T("🧑 Invite a parent or carer"), "en"))
    code = re.search(r"\?start=(\S+)", invited.texts[0]).group(1)  # type: ignore[union-attr]
    mum = harness.user(6510)
    mum.sends(f"/start {code}")
    mum.presses(render(T("✅ Yes, join"), "en"))

    sam.presses(render(T("📏 Safety goal, scale and my score"), "en"))
    sam.presses(render(T("⏰ Set the check-in reminders"), "en"))
    sam.presses(render(T("Every week"), "en"))
    sam.presses(render(T("🔢 Record my own score"), "en"))
    sam.presses("4")
    sam.sends("Mum talks openly")
    sam.presses(render(T("⏭️ Skip this question"), "en"))

    # A week goes by: the reminder's time is moved into the past (the clock is not slept through). No
    # reminder goes out between 21:00 and 08:00 where the family lives, so the case is put in a time zone
    # where it is daytime now, whenever the test runs.
    since = harness.api.mark()
    with harness.db.engine.begin() as c:
        c.execute(update(plan_t).values(time_zone=daytime_zone()))
        c.execute(update(reminder_t).values(next_at=datetime.now(UTC) - timedelta(minutes=1)))
    reminder = harness.api.wait_for(lambda r: r.chat_id == mum.id and r.callback_data == ["c|checkin"], TIMEOUT,
                                    since=since)  # fmt: skip
    checkin = mum.presses_data("c|checkin", reminder)
    assert render(T("On a scale from 0 to 10, where are things now?"), "en") in checkin.texts[-1]
    mum.presses("7")
    mum.sends("We go to the group")
    mum.sends("A calm weekend")
    done = mum.sends("Ella smiling at home")
    assert 'You said this is working: "We go to the group".' in done.texts[-1]
    since = harness.api.mark()
    mum.presses(render(T("📈 See my progress chart"), "en"))
    photo = harness.api.wait_for(lambda r: r.method == "sendPhoto" and r.chat_id == mum.id, TIMEOUT, since=since)
    assert Image.open(io.BytesIO(next(iter(photo.files.values())).data)).format == "PNG"

    case_id = int(harness.db.rows(Table("case", Person.metadata))[0].id)
    card = sam.sends(f"/cases {case_id}")
    shared = "\n".join(sam.presses(render(T("📖 What they shared"), "en"), card.prompt).texts)
    assert "Date | Parent or carer 1 | Social worker\n" in shared and " | 7 | 4" in shared, "side by side"
    assert "What 10 would look like: Ella smiling at home" in shared


# -- the workers' practice guide ---------------------------------------------------------------------------


def test_the_guide_goes_down_to_aim_3_s_what_if_and_across_to_aim_5(harness: Harness, bot: BotProcess) -> None:
    from dialogues.content import programme_theory as pt

    def en(msgid: str) -> str:
        return render(Text(msgid), "en")

    harness.companion("worker", "add", "--telegram-id", "6600", "--name", "Sam Jones")
    sam = harness.user(6600)
    sam.sends("/start")
    sam.presses("English")
    home = sam.sends("/guide")
    assert en(pt.SOURCE_CREDIT) in "\n".join(home.texts)
    sam.presses(f"Part 1: {en(pt.PARTS[0].title)}")
    sam.presses(f"Aim 3: {en(pt.aim(3).title)}")
    whatif = sam.presses(render(T("❓ What if the signs of success aren't there?"), "en"))
    for point in pt.aim(3).challenges:
        assert en(point.text) in "\n".join(whatif.texts)
    assert {f"➡️ Aim {n}: {en(pt.aim(n).title)}" for n in (4, 5, 6)} <= set(whatif.buttons)
    five = sam.presses(f"➡️ Aim 5: {en(pt.aim(5).title)}")
    assert en(pt.aim(5).aim) in "\n".join(five.texts)
    back = sam.presses(render(T("🧭 Guide home"), "en"))
    assert en(pt.INTRO) in "\n".join(back.texts)
