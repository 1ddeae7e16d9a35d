"""Tests of the fake Bot API, driven by the real python-telegram-bot ``Bot``."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import urllib.request
from collections.abc import AsyncIterator

import aiohttp
import pytest
import pytest_asyncio
from fakebotapi import FakeBotApi, FakeBotApiThread, SentRecord
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.error import BadRequest, EndPointNotFound, Forbidden, RetryAfter

TOKEN = "123456:TEST-token_for_the_fake"
USER = 4242


@pytest_asyncio.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    """A real, initialised PTB bot pointed at the fake server."""
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.file_url) as client:
        yield client


def keyboard(*data: str) -> InlineKeyboardMarkup:
    """One row of callback buttons whose text equals their data."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


@pytest.mark.asyncio
async def test_get_me(api: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (1000, True, "SafetyCompanionBot")
    assert me.first_name
    assert api.last_token == TOKEN
    assert bot.username == "SafetyCompanionBot"


@pytest.mark.asyncio
async def test_get_updates_offset_semantics(api: FakeBotApi, bot: Bot) -> None:
    first = await api.user_sends_text(USER, "/start abc123", language_code="cy")
    second = await api.user_sends_text(USER, "hello")
    third = await api.user_sends_text(USER + 1, "other user")
    assert first < second < third

    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [first, second, third]
    start = updates[0].message
    assert start is not None and start.text == "/start abc123"
    assert start.from_user is not None and start.from_user.language_code == "cy"
    assert start.parse_entities() == {start.entities[0]: "/start"}
    assert updates[0].effective_chat is not None and updates[0].effective_chat.id == USER

    # Without an offset nothing is confirmed; limit caps the batch.
    assert [u.update_id for u in await bot.get_updates(limit=1)] == [first]
    # offset N confirms and forgets everything below N.
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second, third]
    assert api.pending_updates() == [second, third]
    assert await bot.get_updates(offset=third + 1) == ()
    assert api.pending_updates() == []
    assert api.get_update(first) is not None


@pytest.mark.asyncio
async def test_long_poll_returns_as_soon_as_an_update_arrives(api: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_until_polling()
    assert api.polling == 1
    loop = asyncio.get_running_loop()
    pushed_at = loop.time()
    update_id = await api.user_sends_text(USER, "are you there?")
    updates = await asyncio.wait_for(poll, timeout=5)
    assert loop.time() - pushed_at < 1
    assert [u.update_id for u in updates] == [update_id]
    assert api.polling == 0


@pytest.mark.asyncio
async def test_long_poll_times_out_empty(bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=dtm.timedelta(seconds=0.2)) == ()
    assert loop.time() - started >= 0.15


@pytest.mark.asyncio
async def test_send_message_is_recorded(api: FakeBotApi, bot: Bot) -> None:
    seen: list[SentRecord] = []
    api.on_sent.append(seen.append)
    await api.user_sends_text(USER, "hi")
    message = await bot.send_message(USER, "Welcome!", reply_markup=keyboard("yes", "no"))
    assert message.message_id == 2  # the user's message was 1: ids are per chat
    assert message.chat.id == USER and message.text == "Welcome!"
    assert message.from_user is not None and message.from_user.id == 1000
    assert message.reply_markup == keyboard("yes", "no")

    other = await bot.send_message(USER + 1, "Someone else")
    assert other.message_id == 1

    [record] = api.messages_to(USER)
    assert record.method == "sendMessage" and record.text == "Welcome!"
    assert record.message_id == 2 and record.callback_data == ["yes", "no"]
    assert record.callback_data_for("no") == "no"
    assert record.latency is not None and record.latency >= 0
    assert seen == [record, api.messages_to(USER + 1)[0]]


@pytest.mark.asyncio
async def test_text_limits(api: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(USER, "x" * 4096)
    # The limit applies after entity parsing: tags do not count.
    await bot.send_message(USER, "<b>" + "y" * 4096 + "</b>", parse_mode="HTML")
    assert api.messages_to(USER)[-1].text == "y" * 4096
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(USER, "   ")
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(USER, "Version 1.0!", parse_mode="MarkdownV2")
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(USER, "<b>unclosed", parse_mode="HTML")
    assert len(api.messages_to(USER)) == 2
    assert [e[2] for e in api.errors][:2] == [
        "Bad Request: message is too long",
        "Bad Request: message text is empty",
    ]


@pytest.mark.asyncio
async def test_callback_data_is_limited_to_64_bytes(api: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(USER, "ok", reply_markup=keyboard("é" * 32))  # 64 bytes
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(USER, "too long", reply_markup=keyboard("é" * 32 + "a"))
    assert [r.text for r in api.messages_to(USER)] == ["ok"]


@pytest.mark.asyncio
async def test_edit_message_text_and_button_press(api: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(USER, "How are you?", reply_markup=keyboard("good", "bad"))
    edited = await bot.edit_message_text(
        "How are you today?",
        chat_id=USER,
        message_id=sent.message_id,
        reply_markup=keyboard("good", "bad"),
    )
    assert not isinstance(edited, bool)
    assert edited.text == "How are you today?" and edited.edit_date is not None
    assert api.get_message(USER, sent.message_id)["text"] == "How are you today?"
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text(
            "How are you today?",
            chat_id=USER,
            message_id=sent.message_id,
            reply_markup=keyboard("good", "bad"),
        )
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("nope", chat_id=USER, message_id=999)

    update_id = await api.user_presses(USER, "good", message_id=sent.message_id)
    [update] = await bot.get_updates()
    query = update.callback_query
    assert update.update_id == update_id and query is not None
    assert query.data == "good" and query.chat_instance
    assert query.message is not None and query.message.message_id == sent.message_id
    assert await query.answer("Thanks") is True
    assert api.callback_answers[-1]["text"] == "Thanks"

    removed = await bot.edit_message_reply_markup(chat_id=USER, message_id=sent.message_id)
    assert not isinstance(removed, bool) and removed.reply_markup is None
    assert await bot.delete_message(USER, sent.message_id) is True
    assert api.get_message(USER, sent.message_id) is None
    assert [r.method for r in api.records_for(USER)] == [
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "deleteMessage",
    ]


@pytest.mark.asyncio
async def test_send_document_and_photo_keep_bytes(api: FakeBotApi, bot: Bot) -> None:
    message = await bot.send_document(USER, document=b"%PDF-1.4 fake", filename="plan.pdf", caption="Your safety plan")
    assert message.document is not None and message.document.file_name == "plan.pdf"
    assert message.caption == "Your safety plan"
    [record] = api.messages_to(USER)
    upload = record.files["document"]
    assert (upload.filename, upload.data) == ("plan.pdf", b"%PDF-1.4 fake")
    assert record.caption == "Your safety plan" and record.text is None

    file = await bot.get_file(message.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4 fake"

    photo = await bot.send_photo(USER, photo=b"\x89PNG fake", caption="chart")
    assert photo.photo and api.messages_to(USER)[-1].files["photo"].data == b"\x89PNG fake"
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_document(USER, document=b"x", filename="a.txt", caption="c" * 1025)


@pytest.mark.asyncio
async def test_set_my_commands_per_language(api: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Dechrau")], language_code="cy")
    await bot.set_my_commands([BotCommand("stop", "Stop")], scope=BotCommandScopeAllPrivateChats())
    assert api.commands[("default", "cy")] == [{"command": "start", "description": "Dechrau"}]
    assert [c["command"] for c in api.commands[("default", "")]] == ["start", "help"]
    assert [c["command"] for c in api.commands[("all_private_chats", "")]] == ["stop"]
    welsh = await bot.get_my_commands(language_code="cy")
    assert [(c.command, c.description) for c in welsh] == [("start", "Dechrau")]
    assert await bot.get_my_commands(language_code="pl") == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start-Now", "bad")])


@pytest.mark.asyncio
async def test_unknown_method_is_404(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendSomethingImaginary")
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{api.base_url}{TOKEN}/noSuchMethod") as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        # Method names are case-insensitive.
        async with session.get(f"{api.base_url}{TOKEN}/GETME") as response:
            body = await response.json()
            assert body["ok"] is True and body["result"]["id"] == 1000


@pytest.mark.asyncio
async def test_json_query_and_form_parameters(api: FakeBotApi) -> None:
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with aiohttp.ClientSession() as session:
        url = f"{api.base_url}{TOKEN}/sendMessage"
        payload = {"chat_id": 7, "text": "json", "reply_markup": json.dumps(markup)}
        async with session.post(url, json=payload) as response:
            assert (await response.json())["result"]["reply_markup"] == markup
        async with session.get(url, params={"chat_id": "7", "text": "123"}) as response:
            assert (await response.json())["result"]["text"] == "123"
        form = {"chat_id": "7", "text": "form", "reply_markup": json.dumps(markup)}
        async with session.post(url, data=form) as response:
            assert (await response.json())["ok"] is True
        async with session.post(url, json={"text": "no chat"}) as response:
            assert response.status == 400
            assert (await response.json())["description"] == "Bad Request: chat_id is empty"
    assert [r.text for r in api.messages_to(7)] == ["json", "123", "form"]
    assert api.messages_to(7)[0].reply_markup == markup


@pytest.mark.asyncio
async def test_simulated_user_updates_parse_in_ptb(api: FakeBotApi, bot: Bot) -> None:
    text_id = await api.user_sends_text(USER, "first")
    await api.user_sends_sticker(USER)
    await api.user_sends_photo(USER, caption="look")
    await api.user_sends_voice(USER, duration=4)
    await api.user_edits_message(USER, 1, "first, edited")
    await api.user_sends_in_group(USER, 555, "/help@SafetyCompanionBot")
    await api.bot_added_to_group(USER, 555)
    await api.push_update({"message": api.get_update(text_id)["message"]})

    updates = await bot.get_updates()
    assert len(updates) == 8
    assert updates[1].message is not None and updates[1].message.sticker is not None
    photo_message = updates[2].message
    assert photo_message is not None and photo_message.caption == "look"
    photo = await bot.get_file(photo_message.photo[-1].file_id)
    assert bytes(await photo.download_as_bytearray()).startswith(b"\xff\xd8")
    assert updates[3].message is not None and updates[3].message.voice is not None
    assert updates[4].edited_message is not None
    assert updates[4].edited_message.text == "first, edited"
    group = updates[5].message
    assert group is not None and group.chat.id == -555 and group.chat.type == "group"
    assert group.entities[0].length == len("/help@SafetyCompanionBot")
    member = updates[6].my_chat_member
    assert member is not None and member.new_chat_member.status == "member"
    assert member.chat.id == -555
    assert updates[7].message is not None and updates[7].message.text == "first"

    assert await bot.leave_chat(-555) is True
    assert api.left_chats == [-555]
    with pytest.raises(Forbidden):
        await bot.send_message(-555, "still here?")


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_wait_helpers_and_injected_errors(api: FakeBotApi, bot: Bot) -> None:
    since = api.mark()
    waiting = asyncio.create_task(api.wait_for(lambda r: r.text == "second", since=since))
    counting = asyncio.create_task(api.wait_for_count(USER, 2))
    await bot.send_message(USER, "first")
    assert not waiting.done()
    await bot.send_message(USER, "second")
    record = await asyncio.wait_for(waiting, 5)
    assert record.text == "second" and record.index == since + 1
    assert [r.text for r in await asyncio.wait_for(counting, 5)] == ["first", "second"]
    assert (await api.wait_for_message(USER, since=since)).text == "first"
    with pytest.raises(TimeoutError):
        await api.wait_for(lambda r: r.text == "never", timeout=0.05)

    api.inject_error("sendMessage", "Too Many Requests: retry after 3", error_code=429, retry_after=3)
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "rate limited")
    api.set_blocked(USER)
    with pytest.raises(Forbidden, match=r"(?i)blocked"):
        await bot.send_message(USER, "blocked")
    await api.user_sends_text(USER, "I'm back")  # writing to the bot unblocks it
    await bot.send_message(USER, "welcome back")


def test_thread_server_for_sync_code() -> None:
    with FakeBotApiThread(bot_username="ThreadBot") as server:
        assert server.user_sends_text(USER, "/start") == 1
        assert server.pending_updates() == [1]
        request = urllib.request.Request(
            f"{server.base_url}{TOKEN}/sendMessage",
            data=json.dumps({"chat_id": USER, "text": "pong"}).encode(),
            headers={"Content-Type": "application/json"},
        )

        def send() -> None:
            with urllib.request.urlopen(request, timeout=5) as response:
                assert json.load(response)["ok"] is True

        sender = threading.Thread(target=send)
        sender.start()
        record = server.wait_for(lambda r: r.text == "pong", timeout=5)
        sender.join()
        assert record.chat_id == USER
        assert [r.text for r in server.wait_for_count(USER, 1)] == ["pong"]
        assert server.messages_to(USER)[0].message_id == 2

        async def ask_me() -> str | None:
            async with Bot(TOKEN, base_url=server.base_url) as client:
                return client.username

        assert asyncio.run(ask_me()) == "ThreadBot"
