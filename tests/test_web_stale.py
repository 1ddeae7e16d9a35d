"""Stale web pages (an old page, a second tab), with Starlette's test client: every form of the chat says which
question its page was at. A button from an older page gets the kind "that button is from an earlier
message" and where they are now; words typed on an older page are never filed as an answer to a question
they were not written for: they are kept as said outside a question (watched for danger like any words),
the person is told so, and the question now follows; a file sent from an older page is not kept, and they
are told kindly."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.core import Incoming
from dialogues import topics
from dialogues.engine import Input
from storage import alerts, cases
from storage.media import media_t
from tests.test_web import WORKER, Browser, client, companion, joined  # noqa: F401  (the web chat's fixtures)
from tests.test_web_media import photo, send_file

STALE_BUTTON = "That button is from an earlier message. Here is where we are now."
STALE_WORDS = "That page was old, so your words did not go in as an answer here."


def two_tabs(client, store) -> tuple[Browser, Browser]:  # noqa: F811
    """Tab A still shows "Which house would you like to start with?"; tab B has gone into the House of worries."""
    a = joined(client, store)
    a.say("/houses")
    b = Browser(client)
    b.get("/chat")
    b.press("😟 House of worries")
    assert "What worries you?" in b.page and "Which house would you like to start with?" in a.page
    return a, b


def kept(store) -> list[tuple[str, str]]:
    """(topic, words) of everything the young person shared, as their worker reads it."""
    case_id = store.ensure_case("Family B", store.add_worker(WORKER, "Sam Worker"))
    with store.transaction() as tx:
        worker = tx.person(WORKER).id
        return [(a.topic, a.value) for a in cases.read_answers(tx.c, worker, case_id, purpose="read")]


def last_bubbles(page: str) -> str:
    return re.sub(r"<[^>]+>", "", " ".join(re.findall(r'<div class="bubble">(.*?)</div>', page, re.S)))


def test_every_form_of_the_chat_says_which_question_its_page_is_at(client, store):  # noqa: F811
    a, _ = two_tabs(client, store)
    questions = set(re.findall(r'name="q" value="(\d+)"', a.page))
    forms = a.page.count("<form ")
    assert len(questions) == 1 and a.page.count('name="q"') == forms, "every form, the same question"


def test_a_button_from_an_old_tab_says_so_and_shows_where_they_are_now(client, store):  # noqa: F811
    a, _ = two_tabs(client, store)
    page = a.press("✨ House of dreams")
    assert STALE_BUTTON in page and "What worries you?" in last_bubbles(page).split(STALE_BUTTON)[1]
    assert "✅ That's all for this house" in a.buttons(), "the buttons of where they are now"
    a.press("✅ That's all for this house")
    assert "You are in the 🌈 House of good things." in last_bubbles(a.page), "and they work"


def test_words_typed_on_an_old_tab_are_kept_apart_never_filed_under_the_question_now(client, store):  # noqa: F811
    a, b = two_tabs(client, store)
    page = a.say("I wish I had my own room")
    assert (topics.SAID_OUTSIDE, "I wish I had my own room") in kept(store), "kept at once, as they wrote it"
    assert all(topic != topics.HOUSE_WORRIES for topic, _ in kept(store)), "not a worry: it was never one"
    said = last_bubbles(page)
    assert STALE_WORDS in said and "I have kept what you wrote" in said, "told where their words went"
    assert "Would you like to put it in one of your houses?" in said
    page = a.press("✨ House of dreams")
    assert "Done. I put it in the ✨ House of dreams." in last_bubbles(page)
    assert "What worries you?" in last_bubbles(page), "then the question they are at now"
    assert (topics.HOUSE_DREAMS, "I wish I had my own room") in kept(store)
    b.get("/chat")
    b.say("school is hard")
    assert (topics.HOUSE_WORRIES, "school is hard") in kept(store), "a page at the question now answers it"


def test_danger_in_words_from_an_old_tab_raises_the_alert_and_the_help_comes_first(client, store):  # noqa: F811
    a, _ = two_tabs(client, store)
    page = a.say("my dad hit me last night")
    bubbles = [re.sub(r"<[^>]+>", "", b) for b in re.findall(r'<div class="bubble">(.*?)</div>', page, re.S)]
    assert bubbles[-1].startswith("If you are in danger now, call 999."), "the help first, nothing before it"
    assert STALE_WORDS not in page
    with store.transaction() as tx:
        assert [x.how for x in alerts.open_alerts(tx.c)] == ["words"]
    assert (topics.SAID_OUTSIDE, "my dad hit me last night") in kept(store)
    assert all(topic != topics.HOUSE_WORRIES for topic, _ in kept(store))


def test_a_picture_from_an_old_page_is_not_put_in_another_house(client, store):  # noqa: F811
    a = joined(client, store)
    a.say("/houses")
    a.press("🌈 House of good things")
    b = Browser(client)
    b.get("/chat")
    b.press("✅ That's all for this house")
    assert "What worries you?" in b.page
    page = send_file(a, photo(), "me.jpg", "image/jpeg", q=re.search(r'name="q" value="(\d+)"', a.page)[1])
    assert "That page was old, so I did not keep what you sent." in last_bubbles(page)
    with store.engine.connect() as c:
        assert c.execute(select(media_t)).all() == [], "no good thing filed among the worries"
    page = send_file(a, photo(), "me.jpg", "image/jpeg", q=re.search(r'name="q" value="(\d+)"', a.page)[1])
    with store.engine.connect() as c:
        assert len(c.execute(select(media_t)).all()) == 1, "from the page of the question now, it goes in"


def test_a_worker_s_words_from_an_old_page_are_shown_back_not_used(companion, store):  # noqa: F811
    store.add_worker(WORKER, "Sam Worker")
    companion.handle(Incoming(WORKER, WORKER, Input.command("cases")), outbox=False)
    said = companion.handle(Incoming(WORKER, WORKER, Input.text("Family C"), seq=10_000), outbox=False)
    text = "\n".join(m.text for m in said.messages)
    assert 'That page was old, so I did not use your words: "Family C". Here is where we are now.' in text
