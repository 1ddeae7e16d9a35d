"""The web chat's adapter with Starlette's test client, on SQLite and PostgreSQL: joining through an
invitation's web link, the PIN, forms with CSRF tokens and question numbers, the safety headers, and
messages to the worker on Telegram through the same outbox."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import timedelta
from html import unescape

import pytest
from sqlalchemy import select, update
from starlette.testclient import TestClient

from bot.cli import make_companion
from bot.core import Companion, Delivery, Incoming, parse_choice_data
from bot.settings import Settings
from bot.web import COOKIE, create_app
from dialogues.engine import Input
from storage import cases
from storage import web as accounts
from storage.models import Invitation, Membership, OutboxMessage, Person, WebAccount, WebLink, WebSession, utcnow
from storage.repository import Store, answer_t, case_t, is_web

WORKER = 501
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SHOWN = re.compile(r'name="shown" value="(\d+)"')
QUESTION = re.compile(r'name="q" value="(\d+)"')
CONTENT = "application/x-www-form-urlencoded"
BUTTON = re.compile(r'<button type="submit" name="b" value="([^"]+)"[^>]*>([^<]+)</button>')


class Browser:
    """One browser on the web chat: its cookie jar, and the page it shows now."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.page = ""

    def get(self, path: str) -> str:
        response = self.client.get(path)
        self.page = response.text
        return self.page

    @property
    def csrf(self) -> str:
        return CSRF.search(self.page)[1]  # type: ignore[index]

    @property
    def shown(self) -> str:
        found = SHOWN.search(self.page)
        return found[1] if found else "0"

    @property
    def question(self) -> dict[str, str]:
        """The page's question number ("q"), which its forms send as a browser does, when it has one."""
        found = QUESTION.search(self.page)
        return {"q": found[1]} if found else {}

    def buttons(self) -> dict[str, str]:
        return {unescape(label): unescape(data) for data, label in BUTTON.findall(self.page)}

    def press(self, label: str) -> str:
        data = self.buttons()[label]
        return self.post("/chat", {"b": data})

    def join(self, code: str) -> str:
        """Open an invitation's web link and press its "Join"."""
        self.get(f"/join/{code}")
        return self.post(f"/join/{code}", {})

    def say(self, words: str) -> str:
        return self.post("/chat", {"words": words})

    def post(self, path: str, fields: dict[str, str], *, csrf: str | None = None) -> str:
        form = {"csrf": self.csrf if csrf is None else csrf, "shown": self.shown, **self.question, **fields}
        response = self.client.post(path, data=form)
        self.page = response.text
        return self.page


@pytest.fixture
def companion(store: Store) -> Companion:
    return make_companion(Settings(public_url="http://localhost"), store)


@pytest.fixture
def client(companion: Companion) -> Iterator[TestClient]:
    app = create_app(Settings(public_url="http://localhost", web_exit_url="http://localhost/healthz"), companion)
    with TestClient(app, base_url="http://localhost", follow_redirects=True) as c:
        yield c


def invitation(store: Store, role: str = "young_person") -> str:
    worker_id = store.add_worker(WORKER, "Sam Worker")
    case_id = store.ensure_case("Family B", worker_id)
    with store.transaction() as tx:
        asker = tx.person(WORKER).id
        return cases.invite(tx.c, asker, case_id, role, timedelta(days=7)).code


def joined(client: TestClient, store: Store, pin: str = "2468") -> Browser:
    """A young person who opened their web link, joined and chose a PIN: on their chat page."""
    browser = Browser(client)
    browser.join(invitation(store))
    assert "/pin/new" in str(browser.client.get("/chat").url)
    browser.get("/pin/new")
    browser.post("/pin/new", {"pin": pin, "again": pin})
    return browser


def invitation_code(page: str) -> str:
    return re.search(r'action="/join/([^"]+)"', page)[1]  # type: ignore[index]


def test_the_web_link_shows_the_same_welcome_as_the_bot_then_join_then_a_pin(client, store):
    browser = Browser(client)
    page = browser.get(f"/join/{invitation(store)}")
    assert "Sam Worker, your social worker, has invited you" in page
    assert "999" in page and "Childline" in page and "not for emergencies" in page
    code = invitation_code(page)
    page = browser.post(f"/join/{code}", {})
    assert "Choose a secret PIN" in page, "joined: a PIN is chosen before anything else"
    page = browser.post("/pin/new", {"pin": "12", "again": "12"})
    assert "A PIN is 4, 5 or 6 numbers" in page
    page = browser.post("/pin/new", {"pin": "123456", "again": "123456"})
    assert "Welcome! You have joined." in page
    with store.engine.connect() as c:
        stored = c.scalar(select(WebAccount.__table__.c.pin_hash))
    assert stored.startswith("scrypt$") and "123456" not in stored


def test_a_worker_s_invitation_offers_the_web_link_beside_the_telegram_one(companion, store):
    from bot.core import Incoming
    from dialogues.engine import Input

    worker_id = store.add_worker(WORKER, "Sam Worker")
    case_id = store.ensure_case("Family B", worker_id)
    companion.bot_username = "companion_bot"
    delivery = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    data = next(b.data for m in delivery.messages for b in m.buttons if b.data.endswith("invite:young_person"))
    seq, choice = data.split("|", 1)
    delivery = companion.handle(Incoming(WORKER, WORKER, Input.choice(choice), seq=int(seq)), outbox=False)
    texts = "\n".join(m.text for m in delivery.messages)
    assert "https://t.me/companion_bot?start=" in texts
    code = re.search(r"http://localhost/join/(\S+)", texts)[1]  # type: ignore[index]
    assert texts.count(code) >= 2, "the same code in both links"


def test_every_response_is_no_store_under_a_strict_policy(client, store):
    browser = joined(client, store)
    for path in ("/chat", "/pin", "/healthz", "/static/web.css", "/leave", "/nowhere"):
        response = client.get(path, follow_redirects=False)
        assert response.headers["cache-control"] == "no-store", path
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "form-action 'self'" in policy
        assert "unsafe-inline" not in policy
    assert browser.page


def test_the_session_cookie_is_httponly_strict_and_changes_at_sign_in(client, store):
    browser = Browser(client)
    code = invitation(store)
    browser.get(f"/join/{code}")
    response = client.post(f"/join/{code}", data={"csrf": browser.csrf}, follow_redirects=False)
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie, "on localhost only"
    before = client.cookies[COOKIE]
    browser.get("/pin/new")
    browser.post("/pin/new", {"pin": "2468", "again": "2468"})
    after = client.cookies[COOKIE]
    assert after != before, "a new session at sign-in"
    with store.engine.connect() as c:
        assert c.execute(select(WebSession.__table__)).all().__len__() == 1, "the old session ended"


def test_the_cookie_is_secure_off_localhost(companion, store):
    app = create_app(Settings(), companion)
    code = invitation(store)
    with TestClient(app, base_url="https://chat.example") as c:
        page = c.get(f"/join/{code}", follow_redirects=False)
        assert "Secure" in page.headers["set-cookie"]
        response = c.post(f"/join/{code}", data={"csrf": CSRF.search(page.text)[1]}, follow_redirects=False)  # type: ignore[index]
    assert "Secure" in response.headers["set-cookie"]


def test_a_form_without_this_session_s_csrf_token_changes_nothing(client, store):
    browser = joined(client, store)
    page = browser.post("/chat", {"words": "/houses"}, csrf="forged")
    assert "That page was too old, so nothing was sent" in page
    assert "🏠 My three houses" in browser.buttons(), "the same question again: the words did nothing"
    response = client.post("/chat", data={"words": "/houses"}, follow_redirects=False)
    assert response.status_code == 303 and "n=old" in response.headers["location"]


def test_a_stale_form_gets_the_kind_earlier_question_answer(client, store):
    browser = joined(client, store)
    browser.say("/houses")
    old_page = browser.page
    stale = next(data for data in browser.buttons().values() if data[0].isdigit())
    browser.say("a worry about school")
    browser.post("/chat", {"b": stale})
    assert "That button is from an earlier message. Here is where we are now." in browser.page
    assert browser.page != old_page


def test_words_with_html_are_shown_as_text(client, store):
    browser = joined(client, store)
    browser.say("/houses")
    browser.press(next(label for label in browser.buttons() if "worries" in label.lower()))
    page = browser.say('<script>alert("x")</script><b>bold</b>')
    assert "<script>alert" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;" in page or "&lt;b&gt;" in page, page


def test_words_longer_than_a_message_are_kept_whole_in_parts_never_cut(client, store):
    """A child pastes a long story into the box: the page sets no limit, and the server keeps every word, as
    consecutive items of 4,000 characters at most (what the worker reads comes back in messages)."""
    browser = joined(client, store)
    browser.say("/houses")
    browser.press(next(label for label in browser.buttons() if "worries" in label.lower()))
    assert "maxlength" not in browser.page.split('id="words"')[1].split(">")[0], "the browser cuts nothing"
    story = " ".join(f"word{n}" for n in range(1600))  # about 12,000 characters
    browser.say(story)
    with store.engine.connect() as c:
        kept = c.execute(select(answer_t.c.id).where(answer_t.c.topic == "house.worries")).all()
    assert len(kept) == 4
    from tests.transcript import Chat

    person = Chat(store).person(next(iter(store_web_user_ids(store))))
    values = [a["value"] for a in person.answers() if a["topic"] == "house.worries"]
    assert all(len(v) <= 4000 for v in values) and " ".join(values) == story, "every word, in order"


def store_web_user_ids(store: Store) -> list[int]:
    with store.engine.connect() as c:
        return [int(i) for i in c.execute(select(Person.__table__.c.telegram_id)).scalars() if is_web(int(i))]


def test_the_pin_is_asked_after_15_minutes_idle_and_five_wrong_tries_lock_it(client, store):
    browser = joined(client, store, pin="13579")
    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - timedelta(minutes=16)))
    assert str(client.get("/chat").url).endswith("/pin")
    browser.get("/pin")
    for _ in range(4):
        assert "That PIN is not right" in browser.post("/pin", {"pin": "0000"})
    assert "locked for 15 minutes" in browser.post("/pin", {"pin": "0000"})
    assert "locked for 15 minutes" in browser.post("/pin", {"pin": "13579"}), "even the right PIN, while locked"
    with store.transaction() as tx:
        tx.c.execute(update(WebAccount.__table__).values(locked_until=utcnow() - timedelta(seconds=1)))
    before = client.cookies[COOKIE]
    page = browser.post("/pin", {"pin": "13579"})
    assert "Welcome! You have joined." in page or 'name="words"' in page
    assert client.cookies[COOKIE] != before


def test_a_page_writes_the_session_s_last_sight_only_every_half_minute_and_idle_is_still_told(client, store):
    """Most pages of a chat write nothing (a write a page costs every child a commit); idle stays exact to
    within `SEEN_EVERY`."""
    joined(client, store, pin="13579")

    def last_seen():
        with store.engine.connect() as c:
            return c.execute(select(WebSession.__table__.c.last_seen)).scalar_one()

    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - timedelta(seconds=5)))
    before = last_seen()
    client.get("/chat")
    assert last_seen() == before, "seen 5 s ago: nothing written"
    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - accounts.SEEN_EVERY))
    before = last_seen()
    assert 'name="words"' in client.get("/chat").text
    assert last_seen() > before, "seen half a minute ago: written again"
    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - accounts.IDLE - timedelta(seconds=1)))
    assert str(client.get("/chat").url).endswith("/pin"), "idle: the PIN again"


def test_on_a_new_device_the_link_opens_the_chat_after_the_pin(companion, client, store):
    code = invitation(store)
    browser = Browser(client)
    browser.join(code)
    browser.post("/pin/new", {"pin": "2468", "again": "2468"})
    app = create_app(Settings(), companion)
    with TestClient(app, base_url="http://localhost") as other:
        assert "/pin" in str(other.get("/chat").url) or "closed" in other.get("/chat").text
        second = Browser(other)
        assert "This is the link to your chat" in second.get(f"/join/{code}")
        assert 'name="pin"' in second.post(f"/join/{code}", {})
        assert 'name="words"' in second.post("/pin", {"pin": "2468"})


def test_sos_on_the_web_reaches_the_worker_on_telegram_through_the_outbox(client, store):
    browser = joined(client, store)
    page = browser.post("/chat", {"b": "c|unsafe"})
    assert "999" in page
    with store.engine.connect() as c:
        rows = c.execute(select(OutboxMessage.__table__)).all()
    to_worker = [r for r in rows if r.chat_id == WORKER and r.urgent]
    assert to_worker and all(r.channel == "telegram" for r in to_worker)
    assert [p.chat_id for p in store.outbox_due(utcnow() + timedelta(minutes=5))].count(WORKER) >= 1
    assert all(not is_web(p.chat_id) for p in store.outbox_pending()), "the Telegram sender never sees web rows"


def test_leave_quickly_ends_the_session(client, store):
    browser = joined(client, store)
    browser.say("/houses")
    response = client.get("/leave", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "http://localhost/healthz"
    page = client.get("/chat").text
    assert "This chat is closed" in page and "house" not in page.lower()
    with store.engine.connect() as c:
        assert c.execute(select(WebSession.__table__)).all() == []


def test_a_huge_form_is_refused_kindly(client, store):
    browser = joined(client, store)
    response = client.post("/chat", data={"csrf": browser.csrf, "words": "x" * (5 * 1024 * 1024)})
    assert response.status_code == 413 and "too much" in response.text
    assert response.headers["cache-control"] == "no-store"


def test_a_browser_that_goes_before_its_form_arrives_ends_quietly_and_nothing_is_stepped(companion, store):
    """A phone out of signal halfway through sending: no error, no traceback in the log, nothing stored."""
    app = create_app(Settings(public_url="http://localhost"), companion)
    sent: list[dict] = []
    scope = {
        "type": "http", "http_version": "1.1", "method": "POST", "path": "/chat", "raw_path": b"/chat",
        "query_string": b"", "root_path": "", "scheme": "http", "server": ("127.0.0.1", 8080),
        "client": ("127.0.0.1", 50000),
        "headers": [(b"host", b"localhost"), (b"content-length", b"100"),
                    (b"content-type", b"application/x-www-form-urlencoded")],
    }  # fmt: skip

    async def gone() -> dict:
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    before = count(store, answer_t)
    asyncio.run(app(scope, gone, send))
    assert sent == [] and count(store, answer_t) == before


def test_healthz_says_the_database_answers_and_its_schema_is_current(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"database": True, "migrations": True}


def test_pins_are_scrypt_hashes(store):
    stored = accounts.hash_pin("1234")
    assert accounts.pin_matches("1234", stored) and not accounts.pin_matches("1235", stored)
    assert not accounts.good_pin("123") and not accounts.good_pin("1234567") and not accounts.good_pin("12a4")


def count(store: Store, table: object) -> int:
    with store.engine.connect() as c:
        return len(c.execute(select(table)).all())  # type: ignore[call-overload]


def test_looking_at_the_link_makes_nobody_until_join_is_pressed(client, store):
    code = invitation(store)
    people = count(store, Person.__table__)
    for _ in range(3):  # a link preview, then the child opening it twice
        page = Browser(client).get(f"/join/{code}")
        assert "Sam Worker, your social worker, has invited you" in page and "✅ Yes, join" in page
    assert count(store, WebAccount.__table__) == 0 and count(store, Person.__table__) == people
    with store.engine.connect() as c:
        assert c.scalar(select(Invitation.__table__.c.used_at)) is None, "the invitation is still unused"


def test_join_without_this_browser_s_form_token_makes_nobody(client, store):
    code = invitation(store)
    browser = Browser(client)
    browser.get(f"/join/{code}")
    page = browser.post(f"/join/{code}", {}, csrf="forged")
    assert "That page was too old, so nothing was sent" in page and "✅ Yes, join" in page
    other = TestClient(client.app, base_url="http://localhost")
    response = other.post(f"/join/{code}", data={"csrf": browser.csrf}, follow_redirects=False)
    assert response.status_code == 303 and "n=old" in response.headers["location"], "no cookie: refused"
    assert count(store, WebAccount.__table__) == 0


def test_a_child_who_left_before_choosing_a_pin_can_come_back(companion, client, store):
    code = invitation(store)
    browser = Browser(client)
    browser.join(code)
    assert "Choose a secret PIN" in browser.page
    # The same browser, later: back to choosing a PIN, not a dead link.
    assert "Choose a secret PIN" in browser.get("/chat")
    assert "Choose a secret PIN" in browser.get(f"/join/{code}")
    # Or another browser (the session gone): the invitation still opens it until a PIN is set.
    with TestClient(create_app(Settings(), companion), base_url="http://localhost") as other:
        again = Browser(other)
        assert "✅" not in again.get(f"/join/{code}") and "This is the link to your chat" in again.page
        assert "Choose a secret PIN" in again.post(f"/join/{code}", {})
        again.post("/pin/new", {"pin": "1357", "again": "1357"})
        assert "Welcome! You have joined." in again.page
    assert count(store, WebAccount.__table__) == 1, "one person, whatever the browser"
    # Once the PIN is set, the link asks for it: nobody else can take the chat over.
    with TestClient(create_app(Settings(), companion), base_url="http://localhost") as third:
        stranger = Browser(third)
        stranger.get(f"/join/{code}")
        assert "Type your secret PIN" in stranger.post(f"/join/{code}", {})
        assert "Choose a secret PIN" not in stranger.get("/pin/new")


def test_join_pressed_twice_or_in_two_tabs_makes_one_person(client, store):
    code = invitation(store)
    first, second = Browser(client), Browser(client)
    first.get(f"/join/{code}")
    second.get(f"/join/{code}")
    token = first.csrf
    client.cookies.delete(COOKIE)
    client.post(f"/join/{code}", data={"csrf": token})
    page = client.post(f"/join/{code}", data={"csrf": second.csrf}).text
    assert "Choose a secret PIN" in page
    assert count(store, WebAccount.__table__) == 1
    with store.engine.connect() as c:
        assert len(c.execute(select(Membership.__table__)).all()) == 2, "the worker and one young person"


def test_an_expired_or_cancelled_invitation_gets_one_kind_page(client, store):
    code = invitation(store)
    with store.transaction() as tx:
        tx.c.execute(update(Invitation.__table__).values(expires_at=utcnow() - timedelta(minutes=1)))
    browser = Browser(client)
    response = client.get(f"/join/{code}")
    assert response.status_code == 404 and "invitation doesn" in response.text
    assert client.post(f"/join/{code}", data={"csrf": "x"}).status_code in (200, 404)
    for bad in ("nope", "x" * 65, "a%3Cb"):
        assert "invitation doesn" in client.get(f"/join/{bad}").text
    assert count(store, WebAccount.__table__) == 0
    assert browser


def test_a_forged_cookie_is_a_closed_chat(client, store):
    joined(client, store)
    client.cookies.set(COOKIE, "forged-" + "a" * 40)
    page = client.get("/chat").text
    assert "This chat is closed" in page and 'name="words"' not in page
    response = client.post("/chat", data={"csrf": "x", "words": "hello"})
    assert response.status_code == 403 and "This chat is closed" in response.text


def test_a_chunked_body_is_capped_too(client, store):
    browser = joined(client, store)
    browser.say("/houses")

    def chunks(size: int) -> Iterator[bytes]:
        yield f"csrf={browser.csrf}&shown={browser.shown}&words=".encode()
        for _ in range(size // 1024):
            yield b"x" * 1024

    response = client.post("/chat", content=chunks(5 * 1024 * 1024), headers={"content-type": CONTENT})
    assert response.status_code == 413 and "too much" in response.text
    assert response.headers["cache-control"] == "no-store"
    small = client.post("/chat", content=chunks(2048), headers={"content-type": CONTENT})
    assert small.status_code == 200, "a small chunked form still goes through"


def test_a_new_visitor_gets_the_language_their_browser_asks_for(client, store):
    code = invitation(store)
    page = client.get(f"/join/{code}", headers={"accept-language": "fr-FR, cy;q=0.8, en;q=0.5"}).text
    assert 'lang="cy"' in page and "Sam Worker" in page and "English" in page
    assert 'lang="en"' in client.get(f"/join/{code}", headers={"accept-language": "de, fr"}).text
    assert 'lang="en"' in client.get(f"/join/{code}?lang=en", headers={"accept-language": "cy"}).text
    browser = Browser(client)
    browser.page = client.get(f"/join/{code}", headers={"accept-language": "cy"}).text
    page = browser.post(f"/join/{code}", {"lang": "cy"})  # as the form's hidden field says
    assert '<html lang="cy"' in page, "the person keeps the language they joined in"


def test_words_from_two_tabs_are_both_kept(client, store):
    first = joined(client, store)
    first.say("/houses")
    first.press(next(label for label in first.buttons() if "worries" in label.lower()))
    second = Browser(client)
    second.get("/chat")
    first.say("the first tab's worry")
    second.say("the second tab's worry")
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    with store.transaction() as tx:
        worker = tx.person(WORKER).id
        words = [a.value for a in cases.read_answers(tx.c, worker, case_id, purpose="read")]
    assert "the first tab's worry" in words and "the second tab's worry" in words


def worker_presses(companion: Companion, delivery: Delivery, label: str) -> Delivery:
    """The worker (on Telegram) presses the button with this label."""
    data = next(b.data for m in delivery.messages for b in m.buttons if b.label == label)
    seq, choice = parse_choice_data(data)
    return companion.handle(Incoming(WORKER, WORKER, Input.choice(choice), seq=seq))  # others told: outbox


def test_the_worker_resets_a_locked_secret_from_the_case_card_and_the_child_chooses_a_new_one(companion, client, store):
    browser = joined(client, store, pin="13579")
    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - timedelta(minutes=16)))
    browser.get("/pin")
    for _ in range(5):
        browser.post("/pin", {"pin": "0000"})
    assert "locked for 15 minutes" in browser.page

    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    card = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    asked = worker_presses(companion, card, "🔑 Reset someone's web chat secret")
    assert "Whose web chat secret shall I reset?" in "\n".join(m.text for m in asked.messages)
    done = worker_presses(companion, asked, "🔑 Young person 1")
    assert "Their chat is unlocked" in "\n".join(m.text for m in done.messages)
    with store.engine.connect() as c:
        assert c.scalar(select(WebAccount.__table__.c.pin_hash)) is None
        actions = [a.action for a in cases.audit_trail(c, case_id)]
    assert "reset web secret" in actions

    # The same browser: no lock, a new PIN to choose, then a kind word and everything still there.
    page = browser.get("/chat")
    assert "Choose a secret PIN" in page and "locked" not in page
    page = browser.post("/pin/new", {"pin": "2468", "again": "2468"})
    assert "Your social worker unlocked your chat" in page
    assert "That PIN is not right" not in page


def test_only_the_case_s_workers_reset_and_only_web_secrets(companion, client, store):
    joined(client, store)
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    store.add_worker(WORKER + 1, "Other Worker")
    with store.transaction() as tx:
        stranger = tx.person(WORKER + 1).id
        sam = tx.person(WORKER).id
        young = next(m for m in cases.card(tx.c, sam, case_id).members if m.role == "young_person")
        with pytest.raises(cases.AccessDenied):
            accounts.reset_secret(tx.c, stranger, case_id, young.membership_id)
        worker_membership = next(m for m in cases.card(tx.c, sam, case_id).members if m.is_asker)
        with pytest.raises(cases.AccessDenied):
            accounts.reset_secret(tx.c, sam, case_id, worker_membership.membership_id)
    with store.engine.connect() as c:
        assert c.scalar(select(WebAccount.__table__.c.pin_hash)) is not None, "nothing changed"


def test_a_card_with_nobody_on_the_web_offers_no_reset(companion, store):
    case_id = store.ensure_case("Family T", store.add_worker(WORKER, "Sam Worker"))
    card = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    labels = [b.label for m in card.messages for b in m.buttons]
    assert "🔑 Reset someone's web chat secret" not in labels and "📖 What they shared" in labels


def joined_with_pictures(client: TestClient, store: Store, pictures: tuple[str, str, str]) -> Browser:
    browser = Browser(client)
    browser.join(invitation(store))
    page = browser.get("/pin/new?kind=pictures")
    assert "Choose three pictures, in order" in page
    browser.post("/pin/new", {"kind": "pictures", **{f"p{i + 1}": name for i, name in enumerate(pictures)}})
    return browser


def test_three_pictures_in_order_are_a_secret_like_the_pin(client, store):
    browser = Browser(client)
    browser.join(invitation(store))
    assert "Use three pictures instead of a PIN" in browser.page
    page = browser.get("/pin/new?kind=pictures")
    names = re.findall(r'<img src="/static/pictures/(\w+)\.svg" alt="([^"]+)"', page)
    assert len(names) == 27 and len({n for n, _ in names}) == 9, "nine pictures in each of three rows"
    assert ("sun", "Sun") in names and all(alt for _, alt in names), "every picture has a name"
    assert page.count("<legend>") == 3 and "Picture 1" in page and "Picture 3" in page
    page = browser.post("/pin/new", {"kind": "pictures", "p1": "sun", "p2": "tree"})
    assert "Please choose a picture in each of the three rows" in page
    page = browser.post("/pin/new", {"kind": "pictures", "p1": "sun", "p2": "tree", "p3": "nonsense"})
    assert "Please choose a picture in each of the three rows" in page
    page = browser.post("/pin/new", {"kind": "pictures", "p1": "fish", "p2": "sun", "p3": "fish"})
    assert "Welcome! You have joined." in page
    with store.engine.connect() as c:
        stored = c.scalar(select(WebAccount.__table__.c.pin_hash))
    assert stored.startswith("pictures$scrypt$") and "fish" not in stored and "sun" not in stored


def test_the_pictures_are_asked_after_idle_in_order_and_five_wrong_tries_lock(client, store):
    browser = joined_with_pictures(client, store, ("moon", "boat", "apple"))
    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - timedelta(minutes=16)))
    page = browser.get("/chat")
    assert "Choose your three secret pictures, in order" in page and 'name="pin"' not in page
    wrong = {"p1": "boat", "p2": "moon", "p3": "apple"}  # the right pictures, the wrong order
    for _ in range(4):
        assert "Those pictures are not right" in browser.post("/pin", wrong)
    assert "locked for 15 minutes" in browser.post("/pin", wrong)
    right = {"p1": "moon", "p2": "boat", "p3": "apple"}
    assert "locked for 15 minutes" in browser.post("/pin", right), "even the right ones, while locked"
    with store.transaction() as tx:
        tx.c.execute(update(WebAccount.__table__).values(locked_until=utcnow() - timedelta(seconds=1)))
    assert 'name="words"' in browser.post("/pin", right)


def test_the_pictures_are_served_by_the_project_with_no_store(client):
    response = client.get("/static/pictures/sun.svg")
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert response.headers["cache-control"] == "no-store" and "<svg" in response.text
    assert client.get("/static/pictures/nothing.svg").status_code == 404
    assert client.get("/static/pictures/..%2Fweb.js").status_code == 404


def test_a_parent_invited_to_the_web_chat_joins_there_and_has_their_own_help_button(companion, client, store):
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    companion.bot_username = "companion_bot"
    card = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    plain = worker_presses(companion, card, "🧑 Invite a parent or carer")
    assert "/join/" not in "\n".join(m.text for m in plain.messages), "parents get the web link when asked"
    card = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    invited = worker_presses(companion, card, "🌐 Invite a parent or carer to the web chat")
    texts = "\n".join(m.text for m in invited.messages)
    assert "https://t.me/companion_bot?start=" in texts
    code = re.search(r"http://localhost/join/(\S+)", texts)[1]  # type: ignore[index]

    browser = Browser(client)
    assert "as a parent or carer" in browser.get(f"/join/{code}")
    browser.post(f"/join/{code}", {})
    page = browser.post("/pin/new", {"pin": "8642", "again": "8642"})
    assert "Welcome! You have joined." in page
    assert "🆘 I need help now" in browser.buttons() and "🆘 I don't feel safe right now" not in browser.buttons()
    assert browser.page.count(">🆘 I need help now<") == 1, "the page's own help button, not repeated"
    page = browser.press("🆘 I need help now")
    assert "0808 2000 247" in page
    with store.engine.connect() as c:
        urgent = c.execute(select(OutboxMessage.__table__).where(OutboxMessage.__table__.c.urgent)).all()
    assert [r.chat_id for r in urgent] == [WORKER]


def test_someone_in_the_safety_network_is_given_the_web_link_joins_there_and_has_their_help_button(
    companion, client, store
):
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    card = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    worker_presses(companion, card, "🫂 Invite someone from the family's safety network")
    companion.handle(Incoming(WORKER, WORKER, Input.text("Nan")), outbox=False)
    invited = companion.handle(Incoming(WORKER, WORKER, Input.text("grandmother")), outbox=False)
    code = re.search(r"http://localhost/join/(\S+)", "\n".join(m.text for m in invited.messages))[1]  # type: ignore[index]

    browser = Browser(client)
    assert "as someone in the family&#39;s safety network" in browser.get(f"/join/{code}")
    browser.post(f"/join/{code}", {})
    page = browser.post("/pin/new", {"pin": "8642", "again": "8642"})
    assert "Welcome! You have joined." in page
    assert "🆘 I need help now" in browser.buttons() and "📋 The safety goal and my part" in browser.buttons()
    assert "0808 2000 247" in browser.press("🆘 I need help now")
    with store.engine.connect() as c:
        urgent = c.execute(select(OutboxMessage.__table__).where(OutboxMessage.__table__.c.urgent)).all()
    assert [r.chat_id for r in urgent] == [WORKER]


def test_the_houses_picture_opens_in_the_page_only_for_its_own_session(companion, client, store):
    browser = joined(client, store)
    browser.say("/houses")
    browser.press(next(label for label in browser.buttons() if "worries" in label.lower()))
    browser.say("a worry about the dog")
    browser.press("✅ That's all for this house")
    while "🖼️ Send me a picture of my houses" not in browser.buttons():
        browser.press(next(label for label in browser.buttons() if label.startswith("⏭️")))
    page = browser.press("🖼️ Send me a picture of my houses")
    assert "Here is a picture of your houses, to keep." in page
    found = re.search(r'<img src="(/file/[^"]+)" alt="([^"]+)"', page)
    assert found and "three houses" in found[2], "the picture is in the page, with a name"
    response = client.get(found[1])
    assert response.status_code == 200 and response.content.startswith(b"\x89PNG")
    assert response.headers["cache-control"] == "no-store" and response.headers["content-type"] == "image/png"
    with TestClient(client.app, base_url="http://localhost") as other:  # the same service, another browser
        assert other.get(found[1]).status_code == 403, "no session: nothing"
        stranger = joined(other, store, pin="9753")
        assert stranger.client.get(found[1]).status_code == 404, "another young person's session: nothing"
    assert client.get("/file/made-up").status_code == 404
    browser.say("/houses")  # the next step: the picture is gone from the page (they can ask again)
    assert client.get(found[1]).status_code == 404


# -- workers on the web -----------------------------------------------------------------------------------


def test_a_worker_signs_in_with_a_one_time_link_then_a_pin_and_uses_the_same_dialogues(companion, client, store):
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    with store.transaction() as tx:
        assert accounts.new_worker_link(tx.c, 7777) is None, "only for a registered worker"
        token = accounts.new_worker_link(tx.c, WORKER)
    browser = Browser(client)
    for _ in range(2):  # looking (a link preview) does not use it
        assert "signs you in to Safety Companion as a social worker" in browser.get(f"/signin/{token}")
    page = browser.post(f"/signin/{token}", {})
    assert "Choose a secret PIN of 6 numbers" in page, "a PIN first"
    assert "Use three pictures" not in page, "a worker's secret opens every case they work on: no pictures"
    browser.post("/pin/new", {"pin": "975310", "again": "975310"})
    page = browser.say(f"/cases {case_id}")
    assert "Case: Family B" in page and "🧒 Invite a young person" in browser.buttons()
    assert "🆘" not in page, "no young person's button on a worker's screen"
    page = browser.press("🧒 Invite a young person")
    assert "http://localhost/join/" in page
    with store.engine.connect() as c:
        rows = c.execute(select(OutboxMessage.__table__)).all()
    assert not [r for r in rows if r.chat_id == WORKER], "the worker's replies are on the web page, not Telegram"
    with store.engine.connect() as c:
        people = c.execute(select(Person.__table__.c.telegram_id)).scalars().all()
    assert sorted(people).count(WORKER) == 1 and len(people) == 1, "one person whatever the channel"

    # Used once: the same link again, anywhere, does nothing.
    with TestClient(client.app, base_url="http://localhost") as other:
        assert "doesn" in other.get(f"/signin/{token}").text
        assert other.post(f"/signin/{token}", data={"csrf": "x"}).status_code in (200, 404)
    # A new link on a new device asks for the PIN.
    with store.transaction() as tx:
        again = accounts.new_worker_link(tx.c, WORKER)
    with TestClient(client.app, base_url="http://localhost") as other:
        second = Browser(other)
        second.get(f"/signin/{again}")
        assert "Type your secret PIN" in second.post(f"/signin/{again}", {})
        assert "That PIN is not right" in second.post("/pin", {"pin": "0000"})
        assert 'name="words"' in second.post("/pin", {"pin": "975310"})


def test_a_worker_s_link_runs_out_after_15_minutes(client, store):
    store.add_worker(WORKER, "Sam Worker")
    with store.transaction() as tx:
        token = accounts.new_worker_link(tx.c, WORKER)
        tx.c.execute(update(WebLink.__table__).values(expires_at=utcnow() - timedelta(seconds=1)))
    response = client.get(f"/signin/{token}")
    assert response.status_code == 404 and "It works once, for 15 minutes" in response.text
    assert count(store, WebAccount.__table__) == 0


def test_the_command_line_prints_a_worker_s_web_link(tmp_path, database_url, store):
    from tests.test_alerts import companion as run

    env = {"DATABASE_URL": database_url, "PUBLIC_URL": "https://chat.example"}
    store.add_worker(WORKER, "Sam Worker")
    made = run("worker", "web-link", "--telegram-id", str(WORKER), cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    link = made.stdout.splitlines()[0]
    assert link.startswith("https://chat.example/signin/") and "15 minutes" in made.stdout
    with store.engine.connect() as c:
        stored = c.scalar(select(WebLink.__table__.c.token_hash))
    assert stored and stored not in link, "only its hash is kept"
    unknown = run("worker", "web-link", "--telegram-id", "4444", cwd=tmp_path, env=env)
    assert unknown.returncode == 2 and "no worker is registered" in unknown.stderr


def test_someone_in_a_case_is_told_what_joining_another_would_change_before_anything_does(client, store):
    browser = joined(client, store)
    other_case = store.ensure_case("Family C", store.add_worker(WORKER, "Sam Worker"))
    with store.transaction() as tx:
        code = cases.invite(tx.c, tx.person(WORKER).id, other_case, "young_person", timedelta(days=7)).code
    browser.get(f"/join/{code}")
    page = browser.post(f"/join/{code}", {})
    assert "If you join this one, you will leave that case" in page
    assert "✅ Yes, leave that case and join" in browser.buttons(), "nothing changed until they say yes"
    with store.engine.connect() as c:
        assert (
            c.scalar(select(Invitation.__table__.c.used_at).where(Invitation.__table__.c.case_id == other_case)) is None
        )


def fresh_link(store: Store) -> str:
    """A new one-time sign-in link for Sam, as `companion worker web-link` prints it."""
    with store.transaction() as tx:
        token = accounts.new_worker_link(tx.c, WORKER)
    assert token is not None
    return token


def worker_on_the_web(client: TestClient, store: Store, pin: str = "975310") -> Browser:
    """Sam, signed in on the web chat with a one-time link and a new PIN: on their chat page."""
    store.add_worker(WORKER, "Sam Worker")
    browser = Browser(client)
    token = fresh_link(store)
    browser.get(f"/signin/{token}")
    browser.post(f"/signin/{token}", {})
    assert 'name="words"' in browser.post("/pin/new", {"pin": pin, "again": pin})
    return browser


def test_a_worker_s_pin_is_six_numbers_with_no_easy_pattern_and_never_pictures(client, store):
    store.add_worker(WORKER, "Sam Worker")
    browser = Browser(client)
    token = fresh_link(store)
    browser.get(f"/signin/{token}")
    browser.post(f"/signin/{token}", {})
    for weak in ("1111", "2468", "111111", "123456", "654321", "890123", "12345a"):
        page = browser.post("/pin/new", {"pin": weak, "again": weak})
        assert "PIN is 6 numbers, not all the same and not in a row" in page, weak
    pictures = {"kind": "pictures", "p1": "moon", "p2": "sun", "p3": "tree"}
    assert "Use three pictures" not in browser.get("/pin/new?kind=pictures")
    assert "PIN is 6 numbers, not all" in browser.post("/pin/new", pictures), "pictures are no worker's secret"
    assert 'name="words"' in browser.post("/pin/new", {"pin": "975310", "again": "975310"})
    assert accounts.good_pin("1111") and not accounts.good_worker_pin("1111"), "a young person's stays 4 to 6"


def signs_in(client: TestClient, store: Store, *, forgot: bool = False) -> Browser:
    """Sam on another browser with a fresh link: "Sign in", or "Choose a new PIN" (``forgot``)."""
    browser = Browser(client)
    token = fresh_link(store)
    browser.get(f"/signin/{token}")
    browser.post(f"/signin/{token}", {"forgot": "1"} if forgot else {})
    return browser


def test_a_worker_who_forgot_their_pin_chooses_a_new_one_with_a_fresh_link_even_when_locked(client, store):
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    first_time = Browser(client).get(f"/signin/{fresh_link(store)}")
    assert "Forgot your web PIN" not in first_time and 'name="forgot"' not in first_time, (
        "no PIN yet: nothing to forget"
    )
    desk = worker_on_the_web(client, store, pin="975310")
    with TestClient(client.app, base_url="http://localhost") as other:
        guesser = signs_in(other, store)
        for _ in range(5):
            guesser.post("/pin", {"pin": "0000"})
        assert "locked for 15 minutes" in guesser.page

    with TestClient(client.app, base_url="http://localhost") as laptop:
        browser = Browser(laptop)
        token = fresh_link(store)
        page = browser.get(f"/signin/{token}")
        assert "Forgot your web PIN? This link lets you choose a new one." in page
        assert "Your old PIN will stop working." in page
        assert "Choose a secret PIN" in browser.post(f"/signin/{token}", {"forgot": "1"})
        assert "locked" not in browser.page, (
            "the administrator's fresh link is the worker's word, as a reset is a child's"
        )
        page = browser.post("/pin/new", {"pin": "112233", "again": "112233"})
        assert 'name="words"' in page
    with store.engine.connect() as c:
        trail = [(a.action, a.detail) for a in cases.audit_trail(c, case_id)]
    assert trail.count(("reset own web PIN", "one-time sign-in link")) == 1, trail
    assert "This chat is closed" in desk.get("/chat"), "every other session of theirs ended"

    with TestClient(client.app, base_url="http://localhost") as third:
        again = signs_in(third, store)
        assert "Forgot your web PIN" not in again.page and "Type your secret PIN" in again.page
        assert "That PIN is not right" in again.post("/pin", {"pin": "975310"}), "the old PIN stopped working"
        assert 'name="words"' in again.post("/pin", {"pin": "112233"})


def test_the_choice_of_a_new_pin_needs_a_working_link_and_this_browser_s_form(client, store):
    worker_on_the_web(client, store, pin="975310")
    token = fresh_link(store)
    with TestClient(client.app, base_url="http://localhost") as other:
        browser = Browser(other)
        browser.get(f"/signin/{token}")
        response = other.post(f"/signin/{token}", data={"csrf": "forged", "forgot": "1"}, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == f"/signin/{token}"
        with store.transaction() as tx:
            tx.c.execute(update(WebLink.__table__).values(expires_at=utcnow() - timedelta(seconds=1)))
        assert "It works once, for 15 minutes" in browser.post(f"/signin/{token}", {"forgot": "1"})
    with store.engine.connect() as c:
        assert c.scalar(select(WebAccount.__table__.c.pin_hash)) is not None, "the PIN is kept"


def test_five_wrong_pins_lock_a_worker_s_web_sign_in_for_15_minutes(client, store):
    worker_on_the_web(client, store, pin="975310")
    with TestClient(client.app, base_url="http://localhost") as other:
        second = signs_in(other, store)
        for _ in range(4):
            assert "That PIN is not right" in second.post("/pin", {"pin": "0000"})
        assert "locked for 15 minutes" in second.post("/pin", {"pin": "0000"})
        assert "locked for 15 minutes" in second.post("/pin", {"pin": "975310"}), "even the right PIN, while locked"
    with TestClient(client.app, base_url="http://localhost") as third:
        later = signs_in(third, store)
        assert "locked for 15 minutes" in later.page, "a new link's plain sign-in says so at once"
        assert "locked for 15 minutes" in later.post("/pin", {"pin": "975310"})
        with store.transaction() as tx:
            tx.c.execute(update(WebAccount.__table__).values(locked_until=utcnow() - timedelta(seconds=1)))
        assert 'name="words"' in later.post("/pin", {"pin": "975310"})


EXPORT = re.compile(r'<a class="download" href="(/file/[^"]+)" download>([^<]+)</a>')


def young_person_with_a_worry(client: TestClient, store: Store, words: str) -> Browser:
    browser = joined(client, store)
    browser.say("/houses")
    browser.press(next(label for label in browser.buttons() if "worries" in label.lower()))
    browser.say(words)
    browser.press("✅ That's all for this house")
    return browser


def test_a_worker_on_the_web_downloads_a_case_s_export_checked_and_audited_as_on_telegram(client, store):
    import csv
    import io

    from pypdf import PdfReader

    child = young_person_with_a_worry(client, store, "a worry about the dog")
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    with TestClient(client.app, base_url="http://localhost") as other:
        desk = worker_on_the_web(other, store)
        desk.say(f"/cases {case_id}")
        with store.engine.connect() as c:
            before = [a.action for a in cases.audit_trail(c, case_id)].count("export")
        page = desk.press("📄 Export for the assessment")
        assert "Here is the export: a PDF for the assessment and a CSV of every answer." in page
        links = EXPORT.findall(page)
        assert [unescape(label).rsplit(".", 1)[1] for _, label in links] == ["pdf", "csv"], links
        assert unescape(links[0][1]).startswith("⬇️ Download Family-B-")
        pdf, table = (other.get(url) for url, _ in links)
        for response, kind, suffix in ((pdf, "application/pdf", "pdf"), (table, "text/csv", "csv")):
            assert response.status_code == 200 and response.headers["content-type"].startswith(kind)
            disposition = response.headers["content-disposition"]
            assert disposition.startswith('attachment; filename="Family-B-') and disposition.endswith(f'.{suffix}"')
            assert response.headers["cache-control"] == "no-store" and response.headers["pragma"] == "no-cache"
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).replace("\n", " ")
        assert "Family B" in text and "a worry about the dog" in text
        rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
        assert "a worry about the dog" in {r["value"] for r in rows}
        with store.engine.connect() as c:
            trail = [a for a in cases.audit_trail(c, case_id) if a.action == "export"]
        assert len(trail) == before + 1 and trail[-1].telegram_id == WORKER, "one entry, the worker's, as on Telegram"

        assert client.get(links[0][0]).status_code == 404, "the young person's session: nothing"
        assert "Download" not in child.say("/export") and not EXPORT.findall(child.page), "never for a family"
        with TestClient(client.app, base_url="http://localhost") as stranger:
            assert stranger.get(links[0][0]).status_code == 403, "no session: nothing"

        desk.say(f"/cases {case_id}")
        page = desk.press("📄 Export for the assessment")
        url = EXPORT.findall(page)[0][0]
        with store.transaction() as tx:  # Sam leaves the case: their export no longer opens
            tx.c.execute(
                update(Membership.__table__)
                .where(Membership.__table__.c.case_id == case_id, Membership.__table__.c.role == "worker")
                .values(left_at=utcnow())
            )
        assert other.get(url).status_code == 404


def test_the_web_chat_in_arabic_reads_right_to_left(client, store):
    code = invitation(store)
    arabic = {"accept-language": "ar"}
    page = client.get(f"/join/{code}", headers=arabic).text
    assert '<html lang="ar" dir="rtl">' in page and "هل تريد الانضمام؟" in page
    assert 'lang="en" dir="ltr" hreflang="en">English<' in page, "each language's name in its own direction"
    assert 'lang="ur" dir="rtl" hreflang="ur">' in page
    assert 'lang="ar" dir="rtl" hreflang="ar">' in client.get(f"/join/{code}", headers={"accept-language": "en"}).text

    browser = Browser(client)
    browser.page = page
    page = browser.post(f"/join/{code}", {"lang": "ar"})
    assert '<html lang="ar" dir="rtl">' in page and 'name="pin"' in page
    page = browser.post("/pin/new", {"pin": "2468", "again": "2468"})
    assert '<html lang="ar" dir="rtl">' in page and 'name="words"' in page and "اخرج بسرعة" in page
    client.get("/leave")
    closed = client.get("/chat", headers=arabic).text
    assert '<html lang="ar" dir="rtl">' in closed and "999" in closed and "This chat is closed" not in closed
    bad = client.get("/join/nope", headers=arabic).text
    assert '<html lang="ar" dir="rtl">' in bad
    huge = client.post("/chat", data={"words": "x" * (5 * 1024 * 1024)}, headers=arabic)
    assert huge.status_code == 413 and '<html lang="ar" dir="rtl">' in huge.text


def test_a_worker_s_message_reaches_a_young_person_on_the_web_and_their_reply_is_kept(companion, client, store):
    browser = joined(client, store)
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    card = companion.handle(Incoming(WORKER, WORKER, Input.command("cases", str(case_id))), outbox=False)
    asked = worker_presses(companion, card, "💬 You said, we did: write to someone")
    worker_presses(companion, asked, "Young person 1")
    checked = companion.handle(Incoming(WORKER, WORKER, Input.text("Nan will stay on Fridays now.")), outbox=False)
    assert "Nan will stay on Fridays now." in "\n".join(m.text for m in checked.messages)
    worker_presses(companion, checked, "✅ Send it")

    page = browser.get("/chat")
    assert "A message from Sam Worker, your social worker:" in page and "Nan will stay on Fridays now." in page
    assert "👍" in browser.buttons() and "💬 Reply to Sam Worker" in browser.buttons()
    # The web chat shows a message until the next step (nothing is left behind on a shared device), so the
    # young person presses one of its buttons: here Reply.
    assert "Sam Worker wrote:" in browser.press("💬 Reply to Sam Worker")
    assert "I have kept your reply" in browser.say("Thank you")
    with store.engine.connect() as c:
        kept = c.execute(select(answer_t.c.topic).where(answer_t.c.topic.like("word.%"))).scalars().all()
    assert sorted(kept) == ["word.reply", "word.to"]


def test_steps_of_children_who_post_together_share_one_commit_and_each_is_kept(client, companion, store, monkeypatch):
    """Web steps that wait together for the writer thread go to it as one group with one commit
    (`Companion.handle_many`), in order, and each child's words are kept."""
    import asyncio

    from bot.web import WebChat
    from tests.transcript import Chat

    for _ in range(3):
        client.cookies.clear()
        joined(client, store).post("/chat", {"words": "/houses"})
    addresses = store_web_user_ids(store)
    groups: list[int] = []
    handle_many = companion.handle_many

    def counted(incomings, **kwargs):  # type: ignore[no-untyped-def]
        groups.append(len(incomings))
        return handle_many(incomings, **kwargs)

    monkeypatch.setattr(companion, "handle_many", counted)
    chat = WebChat(Settings(public_url="http://localhost"), companion)

    def words(address: int, text: str) -> Incoming:
        return Incoming(address, address, Input.text(text))

    async def together() -> list[list[Delivery]]:
        return list(await asyncio.gather(*(chat._steps([words(a, f"words of {a}")], []) for a in addresses)))

    deliveries = asyncio.run(together())
    assert groups == [3], "three steps, one group, one commit"
    assert [d.chat_id for (d,) in deliveries] == addresses, "each request gets its own step's replies"
    for address in addresses:
        person = Chat(store).person(address)
        assert f"words of {address}" in [a["value"] for a in person.answers()]


def test_the_web_chat_alone_runs_retention_and_drops_erased_cases_keys(companion, store):
    """`companion serve` with no Telegram bot in the process: its own rounds erase a closed case whose time
    is up, as the bot's would."""
    sam = store.add_worker(10, "Sam")
    case_id = store.ensure_case("Family R", sam)
    with store.transaction() as tx:
        tx.c.execute(update(case_t).values(closed_at=utcnow() - timedelta(days=100)))
    chat = create_app(Settings(public_url="http://localhost"), companion).state.chat

    async def one_round() -> None:
        stopping = asyncio.Event()
        tending = asyncio.create_task(chat.tend(stopping, look=0.05))
        await asyncio.sleep(0.5)
        stopping.set()
        await tending

    asyncio.run(one_round())
    with store.engine.connect() as c:
        assert c.scalar(select(case_t.c.id).where(case_t.c.id == case_id)) is None, "erased by retention"


def test_of_several_web_chats_on_one_postgresql_only_one_runs_retention(postgres_url, monkeypatch):
    """`companion serve` processes with no Telegram bot, side by side on PostgreSQL: retention's round runs
    in the one holding the periodic jobs' lock, as the bot's jobs do, never in each."""
    from storage.db import connect, upgrade

    engine = connect(postgres_url)
    upgrade(engine)
    rounds: list[str] = []
    chats = []
    for name in ("first", "second"):
        companion = make_companion(Settings(public_url="http://localhost"), Store(engine))
        monkeypatch.setattr(companion, "retention", lambda name=name: rounds.append(name))
        chats.append(create_app(Settings(public_url="http://localhost"), companion).state.chat)

    async def side_by_side() -> None:
        stopping = asyncio.Event()
        tending = [asyncio.create_task(chat.tend(stopping, every=0.1, look=0.05)) for chat in chats]
        await asyncio.sleep(0.8)
        stopping.set()
        await asyncio.gather(*tending)

    asyncio.run(side_by_side())
    engine.dispose()
    assert len(set(rounds)) == 1 and len(rounds) >= 3, rounds
