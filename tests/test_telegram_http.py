"""python-telegram-bot's requests made with aiohttp (`bot.telegram_http`): the same calls, answers and errors as
its own httpx requests, against the fake Bot API over real HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import certifi
import pytest
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fakebotapi import FakeBotApi
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.telegram_http import AiohttpRequest, _tls

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
TOKEN = "123456:TEST-token_for_the_fake"
CHAT = 4242


def _bot(base_url: str, **request: float) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=AiohttpRequest(connections=2, **request))


@contextlib.asynccontextmanager
async def _serving(handler: Handler, tls: ssl.SSLContext | None = None) -> AsyncIterator[str]:
    """A local server that answers every path with ``handler``: its address while it runs."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=tls).start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


@contextlib.asynccontextmanager
async def _opened(**settings: Any) -> AsyncIterator[AiohttpRequest]:
    """A request initialized for the block, shut down after it."""
    request = AiohttpRequest(**settings)
    await request.initialize()
    try:
        yield request
    finally:
        await request.shutdown()


@pytest.mark.asyncio
async def test_a_message_with_buttons_is_sent_and_read_back(api: FakeBotApi) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("😟 House of worries", callback_data="c:3:put:worries")]])
    async with _bot(api.base_url) as bot:
        sent = await bot.send_message(CHAT, "Got it. «quotes» & ünïcode\nnew line", reply_markup=markup)
    (record,) = api.messages_to(CHAT)
    assert record.text == "Got it. «quotes» & ünïcode\nnew line"
    assert record.reply_markup == {
        "inline_keyboard": [[{"text": "😟 House of worries", "callback_data": "c:3:put:worries"}]]
    }
    assert sent.message_id == record.message_id and sent.text == record.text
    assert sent.reply_markup == markup


@pytest.mark.asyncio
async def test_a_file_is_uploaded_whole_with_its_name_and_the_other_fields(api: FakeBotApi) -> None:
    content = bytes(range(256)) * 40
    async with _bot(api.base_url) as bot:
        await bot.send_document(CHAT, InputFile(content, filename="case.pdf"), caption="The case", protect_content=True)
    (record,) = api.messages_to(CHAT)
    (uploaded,) = record.files.values()
    assert (uploaded.filename, uploaded.data) == ("case.pdf", content)
    assert record.caption == "The case"
    assert record.params.get("protect_content") in (True, "true")


@pytest.mark.asyncio
async def test_the_bot_api_s_refusals_are_python_telegram_bot_s_own_errors(api: FakeBotApi) -> None:
    api.inject_error("sendMessage", "Forbidden: bot was blocked by the user", error_code=403)
    api.inject_error("sendMessage", "Bad Request: chat not found")
    api.inject_error("sendMessage", "Too Many Requests: retry after 3", error_code=429, retry_after=3)
    api.inject_error("sendMessage", "Bad Gateway", error_code=502)
    async with _bot(api.base_url) as bot:
        with pytest.raises(Forbidden):
            await bot.send_message(CHAT, "a")
        with pytest.raises(BadRequest):
            await bot.send_message(CHAT, "b")
        with pytest.raises(RetryAfter):
            await bot.send_message(CHAT, "c")
        with pytest.raises(NetworkError):
            await bot.send_message(CHAT, "d")
        await bot.send_message(CHAT, "e")
    assert [r.text for r in api.messages_to(CHAT)] == ["e"]


@pytest.mark.asyncio
async def test_no_answer_in_time_is_timed_out_and_the_next_call_works() -> None:
    hold = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        await asyncio.wait_for(hold.wait(), 5)
        return web.json_response({"ok": True, "result": True})

    async with _serving(slow) as base, _opened(read_timeout=0.3) as request:
        url = f"{base}/bot{TOKEN}/deleteWebhook"
        started = asyncio.get_running_loop().time()
        with pytest.raises(TimedOut):
            await request.post(url)
        assert asyncio.get_running_loop().time() - started < 3
        hold.set()
        assert await request.post(url) is True


@pytest.mark.asyncio
async def test_nobody_listening_is_a_network_error() -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    async with _opened() as request:
        with pytest.raises(NetworkError) as failed:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    assert not isinstance(failed.value, TimedOut)


@pytest.mark.asyncio
async def test_a_request_before_initialize_or_after_shutdown_is_refused_plainly(api: FakeBotApi) -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError):
        await request.do_request(f"{api.base_url}{TOKEN}/getMe", "POST")
    await request.initialize()
    assert (await request.do_request(f"{api.base_url}{TOKEN}/getMe", "POST"))[0] == 200
    await request.shutdown()
    with pytest.raises(RuntimeError):
        await request.do_request(f"{api.base_url}{TOKEN}/getMe", "POST")
    await request.initialize()  # python-telegram-bot may initialize it again after a shutdown
    assert (await request.do_request(f"{api.base_url}{TOKEN}/getMe", "POST"))[0] == 200
    await request.shutdown()


@pytest.mark.asyncio
async def test_a_long_poll_waits_past_the_default_read_timeout(api: FakeBotApi) -> None:
    """getUpdates waits ``timeout`` seconds on the server: the read timeout it is given is the poll's own."""
    async with Bot(TOKEN, base_url=api.base_url, get_updates_request=AiohttpRequest(read_timeout=0.2)) as bot:
        started = asyncio.get_running_loop().time()
        assert await bot.get_updates(timeout=1) == ()
        assert asyncio.get_running_loop().time() - started >= 0.9


@pytest.mark.asyncio
async def test_a_proxy_named_in_the_environment_is_used_as_httpx_used_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A council's server may reach Telegram only through its proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)."""
    seen: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        seen.append(str(request.url))
        return web.json_response({"ok": True, "result": True})

    async with _serving(proxy) as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with _opened() as request:
            assert await request.post(f"http://api.telegram.invalid/bot{TOKEN}/deleteWebhook") is True
    assert seen == [f"http://api.telegram.invalid/bot{TOKEN}/deleteWebhook"]


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself, and its key, as PEM files in ``folder``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


@pytest.mark.asyncio
async def test_telegram_s_certificate_is_checked_against_certifi_or_the_authorities_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over HTTPS a certificate nobody vouches for is refused (a network error, nothing sent); one signed by an
    authority in SSL_CERT_FILE (a council's own) is taken, as httpx took it."""
    cert_file, key_file = _self_signed(tmp_path)
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert_file, key_file)
    answered: list[str] = []

    async def api(request: web.Request) -> web.Response:
        answered.append(request.path)
        return web.json_response({"ok": True, "result": True})

    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with _serving(api, served) as base:
        url = f"{base}/bot{TOKEN}/deleteWebhook"
        async with _opened() as request:
            with pytest.raises(NetworkError) as refused:
                await request.post(url)
        assert "certificate" in str(refused.value).lower()
        assert answered == []
        monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
        async with _opened() as request:
            assert await request.post(url) is True
        assert answered == [f"/bot{TOKEN}/deleteWebhook"]


def test_without_ssl_variables_the_authorities_are_certifi_s(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    expected = ssl.create_default_context(cafile=certifi.where()).get_ca_certs()
    assert expected and _tls().get_ca_certs() == expected


@pytest.mark.asyncio
async def test_a_redirect_is_not_followed_but_is_an_error_as_with_httpx() -> None:
    followed: list[str] = []

    async def moved(request: web.Request) -> web.Response:
        if request.path.startswith("/elsewhere"):
            followed.append(request.path)
            return web.json_response({"ok": True, "result": True})
        raise web.HTTPFound("/elsewhere")

    async with _serving(moved) as base, _opened() as request:
        with pytest.raises(NetworkError):
            await request.post(f"{base}/bot{TOKEN}/deleteWebhook")
    assert followed == []


@pytest.mark.asyncio
async def test_a_page_instead_of_the_bot_api_s_answer_is_python_telegram_bot_s_telegram_error() -> None:
    """A proxy's HTML page with 200: neither a timeout nor a network error, so the bot's sending must take
    TelegramError itself (bot/telegram_app.py `try_send`)."""

    async def portal(request: web.Request) -> web.Response:
        return web.Response(text="<html><body>Please sign in to the network</body></html>", content_type="text/html")

    async with _serving(portal) as base, _opened() as request:
        with pytest.raises(TelegramError) as failed:
            await request.post(f"{base}/bot{TOKEN}/sendMessage")
    assert not isinstance(failed.value, NetworkError)
