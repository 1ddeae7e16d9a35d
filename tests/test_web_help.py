"""The web chat's emergency help outside the chat itself, with Starlette's test client: every page someone in
a family may see before or around their chat (choosing a secret, giving it, the chat locked, their link
again, a page of one message) gives the same help the chat's own help button does, its numbers tappable;
a locked chat says help is still there now and their social worker can open it again. The web's help
button reaches the dialogues as the button it is."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import update

from bot.i18n import render
from dialogues.safety import PARENT_HELP, SAFETY_HELP
from storage import alerts
from storage import web as web_accounts
from storage.models import WebSession, utcnow
from tests.test_web import WORKER, Browser, client, companion, invitation, joined  # noqa: F401  (the web chat's fixtures)

LOCKED_HELP = "You can still get help right now by phone. Your social worker can open your chat again for you."
TAPPABLE = ('href="tel:999"', 'href="tel:08001111"', 'href="sms:85258"')


def help_of(page: str) -> str:
    """The page's help section, or "" when it has none."""
    found = re.search(r'<section class="help".*?</section>', page, re.S)
    return found[0] if found else ""


def says_the_young_person_s_help(page: str) -> bool:
    shown = re.sub(r"<[^>]+>", "", help_of(page)).replace("&#39;", "'")
    return all(render(line, "en") in shown for line in SAFETY_HELP[:4]) and all(t in help_of(page) for t in TAPPABLE)


def test_choosing_giving_and_a_locked_secret_each_show_the_emergency_help(client, store):  # noqa: F811
    code = invitation(store)
    browser = Browser(client)
    browser.join(code)
    page = browser.get("/pin/new")
    assert "Choose a secret PIN" in page and says_the_young_person_s_help(page), "the first PIN page"
    page = browser.get("/pin/new?kind=pictures")
    assert "Choose three pictures" in page and says_the_young_person_s_help(page), "or three pictures"
    browser.post("/pin/new", {"pin": "2468", "again": "2468"})
    with store.transaction() as tx:
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - timedelta(minutes=16)))
    page = browser.get("/pin")
    assert "Type your secret PIN" in page and says_the_young_person_s_help(page), "after idle"
    assert LOCKED_HELP not in page
    for _ in range(5):
        page = browser.post("/pin", {"pin": "0000"})
    assert "locked for 15 minutes" in page and says_the_young_person_s_help(page)
    assert LOCKED_HELP in help_of(page), "help is there now, and their worker can open it"
    page = browser.get("/pin")
    assert "locked for 15 minutes" in page and LOCKED_HELP in help_of(page), "looked at again"


def test_their_link_again_and_a_page_of_one_message_show_the_help(client, store):  # noqa: F811
    code = invitation(store)
    Browser(client).join(code)
    client.cookies.clear()
    page = Browser(client).get(f"/join/{code}")
    assert "This is the link to your chat" in page and says_the_young_person_s_help(page)
    page = Browser(client).get("/join/not-a-real-code-at-all")
    assert says_the_young_person_s_help(page), "a link that does not work: help all the same"
    page = Browser(client).get("/chat")
    assert "This chat is closed" in page and says_the_young_person_s_help(page)


def test_a_parent_s_pin_page_shows_a_parent_s_help(companion, client, store):  # noqa: F811
    browser = Browser(client)
    browser.join(invitation(store, "parent"))
    page = browser.get("/pin/new")
    shown = re.sub(r"<[^>]+>", "", help_of(page))
    assert all(render(line, "en") in shown for line in PARENT_HELP[:5])
    assert 'href="tel:08082000247"' in page and "Childline" not in shown


def test_the_chat_s_help_has_its_numbers_tappable_and_the_words_are_unchanged(client, store):  # noqa: F811
    browser = joined(client, store)
    page = browser.press("🆘 I don't feel safe right now")
    assert all(t in page for t in TAPPABLE)
    text = re.sub(r"<[^>]+>", "", page)
    assert render(SAFETY_HELP[1], "en") in text, "the translated sentence as it is"
    assert not help_of(page), "the chat has its own help button"


def test_numbers_a_child_types_are_never_links_unless_they_are_the_help_s(client, store):  # noqa: F811
    browser = joined(client, store)
    browser.say("/houses")
    browser.press("😟 House of worries")
    page = browser.say("I scored 19990 and 0800 11112 <a href='tel:1'>x</a>")
    typed = page.split("I scored")[1].split("</div>")[0]
    assert "<a" not in typed and "&lt;a href=" in typed, "shown as text, no number of theirs a link"


def test_the_web_s_help_button_raises_the_alert_as_a_button_press(client, store):  # noqa: F811
    browser = joined(client, store)
    browser.say("/houses")
    page = browser.press("🆘 I don't feel safe right now")
    assert render(SAFETY_HELP[0], "en") in re.sub(r"<[^>]+>", "", page)
    with store.transaction() as tx:
        raised = alerts.open_alerts(tx.c)
    assert [a.how for a in raised] == ["button"], "as on Telegram: a button, not /unsafe typed"
    assert 'class="sos"' not in page, "the help itself shows no second help button, which would do nothing"
    page = browser.press("⬅️ Go back")
    assert "Which house would you like to start with?" in page and 'class="sos"' in page


def test_a_worker_s_pages_give_no_child_s_help(client, store):  # noqa: F811
    store.add_worker(WORKER, "Sam Worker")
    with store.transaction() as tx:
        token = web_accounts.new_worker_link(tx.c, WORKER)
    browser = Browser(client)
    page = browser.get(f"/signin/{token}")
    page = browser.post(f"/signin/{token}", {})
    assert "Choose a secret PIN" in page and not help_of(page), "a worker's PIN page: no child's help"
    with store.transaction() as tx:  # idle before choosing a PIN: their one-time link again, they are told
        tx.c.execute(update(WebSession.__table__).values(last_seen=utcnow() - timedelta(minutes=16)))
    page = browser.get("/pin/new")
    assert "This chat is closed" in page and not help_of(page)
