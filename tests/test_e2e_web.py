"""End-to-end: the web chat in a real browser (Debian's Chromium, driven by Playwright) against the real
``companion serve`` process, with the Telegram side on the fake Bot API in the same process.

A worker makes an invitation on Telegram; a child opens its web link, joins, chooses a PIN, puts a worry
in the house of worries and presses 🆘; the worker's urgent message arrives on Telegram. "Leave quickly"
leaves no chat text in the page or the back history. axe-core finds no serious or critical violation on
the join, PIN and chat pages, and the browser asks no host but the service.

The tests look for Chromium at run time and are skipped, with the reason, where it is missing.
"""

from __future__ import annotations

import io
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
from PIL import Image

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


def worker_invites_a_young_person(harness: Harness, label: str) -> tuple[Any, Any]:
    """Sam, a worker on Telegram, makes a case and a young person's invitation: Sam and that answer."""
    harness.companion("worker", "add", "--telegram-id", str(WORKER), "--name", "Sam Jones")
    sam = harness.user(WORKER)
    sam.sends("/start")
    sam.presses("English")
    sam.sends("/newcase", buttons=False)
    sam.sends(label)
    return sam, sam.presses(en("🧒 Invite a young person"))


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_child_joins_on_the_web_and_their_sos_reaches_the_worker_on_telegram(
    harness: Harness, browser: Any, javascript: bool
) -> None:
    from playwright.sync_api import expect

    _, base = start_web(harness)
    _, invited = worker_invites_a_young_person(harness, "Family W")
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
    page.get_by_role("button", name=en("Send"), exact=True).click()  # in a house, a picture's button is there too
    expect(page.locator("#log")).to_contain_text("• I worry about the dog")

    # A drawing through the file picker (issue 15), with JavaScript or without.
    drawing = io.BytesIO()
    Image.new("RGB", (40, 30), "purple").save(drawing, "PNG")
    page.get_by_label(en("Choose a photo or drawing")).set_input_files(
        {"name": "drawing.png", "mimeType": "image/png", "buffer": drawing.getvalue()}
    )
    page.get_by_role("button", name=en("📷 Send a photo or drawing")).click()
    expect(page.locator("#log")).to_contain_text("• 🖼️ a picture")

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


def test_every_kind_of_page_passes_axe_shift_three_times_leaves_and_workers_sign_in(
    harness: Harness, browser: Any
) -> None:
    """axe-core on every kind of page: error, join, PIN, pictures, chat, locked, and a worker's sign-in and
    case card; Shift pressed three times leaves quickly; nothing is asked of any other host."""
    from playwright.sync_api import expect

    _, base = start_web(harness)
    _, invited = worker_invites_a_young_person(harness, "Family X")
    link = re.search(re.escape(base) + r"/join/\S+", "\n".join(invited.texts))[0]  # type: ignore[index]

    hosts: set[str] = set()
    checked: dict[str, list[str]] = {}

    wide: dict[str, int] = {}

    def check(page: Any, kind: str) -> None:
        checked[kind] = serious(page)
        wide[kind] = page.evaluate("document.documentElement.scrollWidth")  # nothing to scroll sideways

    context = browser.new_context(viewport={"width": 320, "height": 640})
    context.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{base}/join/not-a-real-code")
    check(page, "error")
    page.goto(link)
    check(page, "join")
    page.get_by_role("button", name=en("✅ Yes, join")).click()
    page.wait_for_url(f"{base}/pin/new")
    check(page, "PIN")
    page.get_by_role("link", name=en("Use three pictures instead of a PIN")).click()
    check(page, "pictures")
    for place, picture in (("Picture 1", "Moon"), ("Picture 2", "Boat"), ("Picture 3", "Red apple")):
        page.get_by_role("group", name=place).get_by_role("radio", name=en(picture)).check()
    page.get_by_role("button", name=en("Save my pictures")).click()
    page.wait_for_url(f"{base}/chat")
    expect(page.locator("main")).to_contain_text("Welcome! You have joined.")
    check(page, "chat")

    # Shift pressed three times: the safety exit, and nothing of the chat on going back.
    page.locator("body").click(position={"x": 5, "y": 200})
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{base}/healthz")
    page.go_back()
    expect(page.locator("main")).to_contain_text("This chat is closed")
    assert "Welcome! You have joined" not in page.content()

    # Another device: the link asks for the pictures; five wrong tries lock the chat.
    other = browser.new_context(viewport={"width": 320, "height": 640})
    other.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    second = other.new_page()
    second.set_default_timeout(10_000)
    second.goto(link)
    expect(second.locator("section.help")).to_contain_text("0800 1111")
    check(second, "own link")
    second.get_by_role("button", name=en("Open my chat")).click()
    second.wait_for_url(f"{base}/pin")
    for _ in range(5):
        for place in ("Picture 1", "Picture 2", "Picture 3"):
            second.get_by_role("group", name=place).get_by_role("radio", name=en("Sun")).check()
        second.get_by_role("button", name=en("Open my chat")).click()
    expect(second.locator("main")).to_contain_text("locked for 15 minutes")
    expect(second.locator("section.help")).to_contain_text(
        en("You can still get help right now by phone. Your social worker can open your chat again for you.")
    )
    assert second.locator('section.help a[href="tel:999"]').count() == 1, "the numbers tappable"
    check(second, "locked")
    other.close()

    # A worker signs in on the web with a one-time link and a PIN, and opens their case.
    token = harness.companion("worker", "web-link", "--telegram-id", str(WORKER)).splitlines()[0].rsplit("/", 1)[1]
    worker = browser.new_context(viewport={"width": 320, "height": 640})
    worker.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    desk = worker.new_page()
    desk.set_default_timeout(10_000)
    desk.goto(f"{base}/signin/{token}")
    check(desk, "worker sign-in")
    desk.get_by_role("button", name=en("Sign in")).click()
    desk.wait_for_url(f"{base}/pin/new")
    desk.get_by_label(en("PIN"), exact=True).fill("975310")
    desk.get_by_label(en("Type the same PIN again")).fill("975310")
    desk.get_by_role("button", name=en("Save my PIN")).click()
    desk.wait_for_url(f"{base}/chat")
    desk.get_by_label(en("Type your answer")).fill("/cases")
    desk.get_by_role("button", name=en("Send")).click()
    desk.get_by_role("button", name=re.compile("Family X")).click()
    expect(desk.locator("#log")).to_contain_text("Case: Family X")
    check(desk, "worker case card")
    worker.close()
    context.close()

    assert checked == {kind: [] for kind in checked}, f"axe: serious or critical violations: {checked}"
    assert len(checked) == 9
    assert all(width <= 320 for width in wide.values()), f"every kind of page fits 320 px: {wide}"
    assert hosts == {urlparse(base).netloc}, f"the browser asked only the service: {hosts}"


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_an_old_tab_s_button_says_so_and_its_words_are_kept_apart_not_filed_as_a_worry(
    harness: Harness, browser: Any, javascript: bool
) -> None:
    """Two tabs of one chat: tab A still asks "Which house?" while tab B has gone into the House of worries. In
    A, a house's button says it is from an earlier message and shows where they are now; words typed in A
    are kept apart, said so, and offered a house; never a worry."""
    from playwright.sync_api import expect

    _, base = start_web(harness)
    _, invited = worker_invites_a_young_person(harness, "Family T")
    link = re.search(re.escape(base) + r"/join/\S+", "\n".join(invited.texts))[0]  # type: ignore[index]
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=javascript)
    a = context.new_page()
    a.set_default_timeout(10_000)
    a.goto(link)
    a.get_by_role("button", name=en("✅ Yes, join")).click()
    a.wait_for_url(f"{base}/pin/new")
    a.get_by_label(en("PIN"), exact=True).fill("2468")
    a.get_by_label(en("Type the same PIN again")).fill("2468")
    a.get_by_role("button", name=en("Save my PIN")).click()
    a.get_by_role("button", name=en("🏠 My three houses")).click()
    expect(a.locator("#log")).to_contain_text("Which house would you like to start with?")
    b = context.new_page()
    b.set_default_timeout(10_000)
    b.goto(f"{base}/chat")
    b.get_by_role("button", name=en("😟 House of worries")).click()
    expect(b.locator("#log")).to_contain_text("What worries you?")

    a.get_by_role("button", name=en("✨ House of dreams")).click()
    expect(a.locator("#log")).to_contain_text(en("That button is from an earlier message. Here is where we are now."))
    expect(a.locator("#log .bubble").last).to_contain_text("What worries you?")
    b.get_by_role("button", name=en("⏭️ Skip this one")).last.click()  # B moves on again: A's page is old once more
    expect(b.locator("#log")).to_contain_text(en("🌈 House of good things"))

    a.get_by_label(en("Type your answer")).fill("I wish I had my own room")
    a.get_by_role("button", name=en("Send"), exact=True).click()
    expect(a.locator("#log")).to_contain_text(en("That page was old, so your words did not go in as an answer here."))
    expect(a.locator("#log")).to_contain_text("Would you like to put it in one of your houses?")
    a.get_by_role("button", name=en("✨ House of dreams")).last.click()
    expect(a.locator("#log")).to_contain_text("Done. I put it in the ✨ House of dreams.")
    a.get_by_label(en("Type your answer")).fill("a happy thing")
    a.get_by_role("button", name=en("Send"), exact=True).click()  # a page at the question now: its answer
    expect(a.locator("#log")).to_contain_text("• a happy thing")
    assert "I wish I had my own room" not in a.locator("#log").inner_text().split("You are in the")[-1]
    context.close()


def test_a_worker_on_the_web_downloads_the_export_and_the_page_turns_right_to_left_in_arabic(
    harness: Harness, browser: Any
) -> None:
    """A worker signed in on the web downloads their case's export (PDF and CSV: attachments, never kept by
    the browser's cache); then, with scripts on, choosing Arabic turns the whole page right to left."""
    from playwright.sync_api import expect

    _, base = start_web(harness)
    worker_invites_a_young_person(harness, "Family Z")
    token = harness.companion("worker", "web-link", "--telegram-id", str(WORKER)).splitlines()[0].rsplit("/", 1)[1]
    context = browser.new_context(viewport={"width": 320, "height": 640}, accept_downloads=True)
    desk = context.new_page()
    desk.set_default_timeout(10_000)
    desk.goto(f"{base}/signin/{token}")
    desk.get_by_role("button", name=en("Sign in")).click()
    desk.wait_for_url(f"{base}/pin/new")
    desk.get_by_label(en("PIN"), exact=True).fill("975310")
    desk.get_by_label(en("Type the same PIN again")).fill("975310")
    desk.get_by_role("button", name=en("Save my PIN")).click()
    desk.wait_for_url(f"{base}/chat")
    desk.get_by_label(en("Type your answer")).fill("/cases")
    desk.get_by_role("button", name=en("Send")).click()
    desk.get_by_role("button", name=re.compile("Family Z")).click()
    desk.get_by_role("button", name=en("📄 Export for the assessment")).click()

    got: dict[str, bytes] = {}
    for suffix in ("pdf", "csv"):
        link = desk.get_by_role("link", name=re.compile(rf"Family-Z-.*\.{suffix}$"))
        with desk.expect_download() as downloading:
            link.click()
        download = downloading.value
        assert download.suggested_filename.startswith("Family-Z-") and download.suggested_filename.endswith(suffix)
        got[suffix] = Path(download.path()).read_bytes()
    assert got["pdf"].startswith(b"%PDF") and b"value" in got["csv"].splitlines()[0]
    assert desk.url == f"{base}/chat", "the chat stays open"

    desk.get_by_label(en("Type your answer")).fill("/language")
    desk.get_by_role("button", name=en("Send")).click()
    desk.get_by_role("button", name="العربية").click()
    expect(desk.locator("html")).to_have_attribute("lang", "ar")
    expect(desk.locator("html")).to_have_attribute("dir", "rtl")
    expect(desk.locator("form.words button")).to_have_text(render(T("Send"), "ar"))
    context.close()
