"""A person's rights on the web, with Starlette's test client: their own copy (/mydata), the PDF and the JSON
the reply promises, as download links which open only for the session that asked, until its next step; and
/privacy saying what carries the web chat's messages, not Telegram's words."""

from __future__ import annotations

import json
import re

from starlette.testclient import TestClient

from bot.core import Incoming
from dialogues.engine import Input
from tests.test_web import Browser, client, companion, joined  # noqa: F401  (the web chat's fixtures)

TELEGRAM_CHILD = 7001
LINK = re.compile(r'<a class="download" href="(/file/[^"]+)" download>⬇️ Download (my-data-[0-9-]+\.(pdf|json))</a>')


def test_mydata_on_the_web_gives_the_promised_copy_to_download_for_this_session_only(companion, client, store):  # noqa: F811
    browser = joined(client, store)
    browser.say("/houses")
    browser.press("😟 House of worries")
    browser.say("the dog next door barks at night")
    page = browser.say("/mydata")
    assert "Here is a copy of everything you have told me." in page
    links = {kind: (url, name) for url, name, kind in LINK.findall(page)}
    assert set(links) == {"pdf", "json"}, "the PDF to read and the file for a computer, as the reply says"
    pdf = client.get(links["pdf"][0])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.headers["cache-control"] == "no-store"
    assert pdf.headers["content-disposition"] == f'attachment; filename="{links["pdf"][1]}"'
    copy = client.get(links["json"][0])
    assert copy.headers["content-type"].startswith("application/json")
    said = [entry["words"] for entry in json.loads(copy.content)["what_you_shared"]]
    assert "the dog next door barks at night" in said

    with TestClient(client.app, base_url="http://localhost") as other:  # another browser on the same chat
        assert other.get(links["pdf"][0]).status_code == 403
        someone = joined(other, store)
        assert someone.client.get(links["pdf"][0]).status_code == 404, "only the session it was made for"

    browser.say("/help")
    assert client.get(links["json"][0]).status_code == 404, "until that session's next step: they can ask again"


def test_privacy_on_the_web_says_what_carries_its_messages_and_telegram_s_words_stay_on_telegram(
    companion,  # noqa: F811
    client,  # noqa: F811
    store,
):
    browser = joined(client, store)
    page = browser.say("/privacy")
    assert "This web chat does not go through Telegram" in page and "Telegram carries these messages" not in page
    assert "What you tell me is kept safe and locked." in page, "the rest as on Telegram"
    said = companion.handle(Incoming(TELEGRAM_CHILD, TELEGRAM_CHILD, Input.command("privacy")), outbox=False)
    text = "\n".join(m.text for m in said.messages)
    assert "Telegram carries these messages" in text and "This web chat" not in text
