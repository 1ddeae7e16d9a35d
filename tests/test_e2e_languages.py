"""End to end against the fake Bot API (issue 15, "Done means"): a person whose Telegram speaks one of the
six newer languages gets /start, /about and /language in it, in its own script; and in Arabic, a young
person's words go into the house of worries, their houses picture is drawn shaped, and the worker's export
PDF gives the words back (pypdf) in the order they were written."""

from __future__ import annotations

import io
import re

import pytest
from botprocess import BotProcess
from e2e import TIMEOUT, WELCOME, Harness, say
from pypdf import PdfReader

from bot.houses_picture import Houses, houses_picture
from bot.i18n import render
from dialogues.engine import Who
from dialogues.home import DRAFTED, about_texts
from dialogues.languages import LANGUAGES
from dialogues.messages import T

NEWER = ("pl", "ro", "pa", "ur", "ar", "uk")
SCRIPTS = {  # a letter of each language's own script that its welcome must contain
    "pl": r"[ąćęłńóśźż]",
    "ro": r"[ăâîșț]",
    "pa": r"[\u0A00-\u0A7F]",
    "ur": r"[\u0600-\u06FF]",
    "ar": r"[\u0600-\u06FF]",
    "uk": r"[\u0400-\u04FF]",
}


@pytest.mark.parametrize("code", NEWER)
def test_telegram_s_language_gives_start_about_and_language_in_that_language_and_script(
    harness: Harness, bot: BotProcess, code: str
) -> None:
    person = harness.user(5400 + NEWER.index(code), language_code=code)

    hello = person.sends("/start")
    assert hello.text == say(code, *WELCOME)
    assert hello.text != say("en", *WELCOME)
    assert re.search(SCRIPTS[code], hello.text), "the welcome is in the language's own script"
    assert hello.buttons == list(LANGUAGES.values()), "each language in its own name and script"

    about = person.sends("/about")
    assert say(code, *about_texts(Who(None, code))) in "\n\n".join(about.texts)
    assert render(DRAFTED, code) in "\n\n".join(about.texts), "it says its words await a native speaker's review"

    chosen = person.sends("/language")
    assert chosen.buttons == list(LANGUAGES.values())
    assert chosen.texts[-1].startswith(render(T("Which language would you like me to use?"), code))
    assert harness.db.person(person.id).telegram_locale == code


def test_an_arabic_young_person_s_worry_is_drawn_shaped_and_the_arabic_export_reads_in_order(
    harness: Harness, bot: BotProcess
) -> None:
    worry = "أخاف من الصراخ في البيت ليلا"
    harness.companion("worker", "add", "--telegram-id", "5500", "--name", "Sam Jones")
    sam = harness.user(5500, language_code="ar")
    assert sam.sends("/start").text == say("ar", *WELCOME)
    sam.presses("العربية")
    sam.sends("/newcase", buttons=False)
    sam.sends("Family A")
    invited = sam.presses(render(T("🧒 Invite a young person"), "ar"))
    code = re.search(r"\?start=(\S+)", invited.texts[0]).group(1)  # type: ignore[union-attr]

    amal = harness.user(5510, language_code="ar")
    amal.sends(f"/start {code}")
    amal.presses(render(T("✅ Yes, join"), "ar"))
    amal.sends("/houses")
    amal.presses(render(T("😟 House of worries"), "ar"))
    said = amal.sends(worry)
    assert worry in said.texts[-1]
    picture = render(T("🖼️ Send me a picture of my houses"), "ar")
    onwards = [render(T("✅ That's all for this house"), "ar"), render(T("⏭️ Skip this one"), "ar")]
    for _ in range(4):  # on through the other two houses
        labels = [b["text"] for b in amal.last_prompt.inline_buttons]
        if picture in labels:
            break
        amal.presses(next(label for label in onwards if label in labels))

    since = harness.api.mark()
    amal.presses(picture)
    photo = harness.api.wait_for(lambda r: r.method == "sendPhoto" and r.chat_id == 5510, TIMEOUT, since=since)
    drawn = next(iter(photo.files.values())).data
    houses = Houses(worries=(worry,), good_things=(), dreams=())
    assert drawn == houses_picture(houses, locale="ar"), "the picture is the Arabic one, with the Arabic roofs"
    apart = Houses(worries=("\u200c".join(worry),), good_things=(), dreams=())
    assert drawn != houses_picture(apart, locale="ar"), "the words are drawn shaped, not letter by letter"

    case_id = int(harness.db.answers()[0].case_id)
    sam.sends(f"/cases {case_id}")
    since = harness.api.mark()
    sam.presses(render(T("📄 Export for the assessment"), "ar"))
    pdf = harness.api.wait_for(lambda r: r.method == "sendDocument" and r.chat_id == 5500, TIMEOUT, since=since)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(next(iter(pdf.files.values())).data)).pages)
    assert worry in re.sub(r"[ \t]+", " ", text), "the Arabic words come back whole and in logical order"
    assert render(T("What are we worried about?"), "ar") in text, "the map's headings are Arabic, in order too"
