"""End-to-end: the web chat in a real browser (Debian's Chromium, driven by Playwright) against the real
``companion serve`` process, with the Telegram side on the fake Bot API in the same process.

A worker makes an invitation on Telegram; a child opens its web link, joins, chooses a PIN, puts a worry
in the house of worries and presses 🆘; the worker's urgent message arrives on Telegram. "Leave quickly"
leaves no chat text in the page or the back history. axe-core finds no serious or critical violation on
the join, PIN and chat pages, and the browser asks no host but the service.

The tests look for Chromium at run time and are skipped, with the reason, where it is missing.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from botprocess import BotProcess
from e2e import TIMEOUT, Harness, eventually

from bot.i18n import render
from dialogues.messages import T

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium at /usr/bin/chromium (apt-get install chromium)")
WORKER = 8801
ALERT = "I don't feel safe right now"


def en(text: str) -> str:
    return render(T(text), "en")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class WebProcess(BotProcess):
    command = "serve"


def start_web(harness: Harness) -> tuple[WebProcess, str]:
    """``companion serve`` with a token: the web chat and the Telegram bot in one process; ready when both are."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = harness.env()
    env |= {"PUBLIC_URL": base, "WEB_LISTEN": f"127.0.0.1:{port}", "WEB_EXIT_URL": f"{base}/healthz"}
    since = harness.api.mark()
    process = WebProcess(harness.folder / "web", env).start()
    harness.bots.append(process)
    harness.api.wait_for(
        lambda r: r.method == "setMyCommands" and not r.params.get("language_code"), TIMEOUT, since=since
    )
    eventually(lambda: f"Open {base}/" in process.stdout, "the address printed")
    with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
        assert json.load(response) == {"database": True, "migrations": True}
    return process, base


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def serious(page: Any, javascript: bool = True) -> list[str]:
    """axe-core's serious and critical violations on the page, by rule id. axe is a script: with scripts
    off it cannot run (the pages are the same HTML either way), so the run with scripts on checks them."""
    from axe_playwright_python.sync_playwright import Axe

    if not javascript:
        return []

    results = Axe().run(page)
    violations = results.response["violations"]
    return [v["id"] for v in violations if v.get("impact") in ("serious", "critical")]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_child_joins_on_the_web_and_their_sos_reaches_the_worker_on_telegram(
    harness: Harness, browser: Any, javascript: bool
) -> None:
    from playwright.sync_api import expect

    _, base = start_web(harness)
    harness.companion("worker", "add", "--telegram-id", str(WORKER), "--name", "Sam Jones")
    sam = harness.user(WORKER)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family W")
    invited = sam.presses(en("🧒 Invite a young person"))
    found = re.search(re.escape(base) + r"/join/(\S+)", "\n".join(invited.texts))
    assert found, f"the invitation offers the web link: {invited.texts}"
    link = found[0]

    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=javascript)
    hosts: set[str] = set()
    context.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page = context.new_page()
    page.set_default_timeout(10_000)

    # The welcome, as the bot says it; then join.
    page.goto(link)
    body = page.inner_text("main")
    assert "Sam Jones, your social worker, has invited you" in body and "999" in body and "Childline" in body
    assert serious(page, javascript) == [], "join page"
    page.get_by_role("button", name=en("✅ Yes, join")).click()

    # A PIN, chosen twice.
    page.wait_for_url(f"{base}/pin/new")
    assert serious(page, javascript) == [], "PIN page"
    page.get_by_label(en("PIN"), exact=True).fill("2468")
    page.get_by_label(en("Type the same PIN again")).fill("2468")
    page.get_by_role("button", name=en("Save my PIN")).click()
    page.wait_for_url(f"{base}/chat")
    expect(page.locator("main")).to_contain_text("Welcome! You have joined.")
    assert serious(page, javascript) == [], "chat page"
    exit_button = page.get_by_role("link", name=re.compile("safety exit"))
    assert exit_button.is_visible()

    # A worry in the house of worries.
    page.get_by_role("button", name=en("🏠 My three houses")).click()
    page.get_by_role("button", name=en("😟 House of worries")).click()
    page.get_by_label(en("Type your answer")).fill("I worry about the dog")
    page.get_by_role("button", name=en("Send")).click()
    expect(page.locator("#log")).to_contain_text("• I worry about the dog")

    # 🆘: the worker's urgent message arrives on Telegram.
    since = harness.api.mark()
    started = time.monotonic()
    page.locator("form.sos button").click()
    expect(page.locator("#log")).to_contain_text("call 999")
    urgent = harness.api.wait_for(lambda r: r.chat_id == WORKER and "I'm on it" in json.dumps(r.params), 5, since=since)
    assert time.monotonic() - started < 5
    assert urgent.text

    # Leave quickly: a neutral page, and nothing of the chat when going back.
    page.get_by_role("link", name=re.compile("safety exit")).click()
    page.wait_for_url(f"{base}/healthz")
    assert "dog" not in page.content()
    page.go_back()
    expect(page.locator("main")).to_contain_text("This chat is closed")
    assert "dog" not in page.content() and "worries" not in page.content().lower()

    assert hosts == {urlparse(base).netloc}, f"the browser asked only the service: {hosts}"
    context.close()
