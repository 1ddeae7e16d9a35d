"""The dialogues' answers to distress, as transcripts (issue 11): the help comes first and the words are
kept where they were typed, marked; a young person's 0 on how safe they feel; parents' and carers' own
help; nothing typed is lost; "I don't want to talk about this now" stops; forwarded words are marked."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader

from bot.core import Incoming
from bot.exports import export
from dialogues import NOTICES, topics
from dialogues.engine import Input, RaiseAlert, Role
from dialogues.messages import T
from dialogues.safety import KEPT_ANYWAY, PARENT_HELP, SAFETY_HELP
from tests.transcript import Chat, say

UNSAFE = "🆘 I don't feel safe right now"
NEED_HELP = "🆘 I need help now"
NOT_NOW = "🙊 I don't want to talk about this now"
GOOD, WORRIES, DREAMS = "🌈 House of good things", "😟 House of worries", "✨ House of dreams"
SAM, JO, MUM = 900, 950, 960


@pytest.fixture
def chat(store):
    worker_id = store.add_worker(SAM, "Sam Jones")
    case_id = store.ensure_case("Family B", worker_id)
    store.ensure_member(case_id, JO, "young_person")
    store.ensure_member(case_id, MUM, "parent")
    return Chat(store)


@pytest.fixture
def raised(chat, monkeypatch):
    """Every `RaiseAlert` the steps raise, in order (the adapter then tells the workers as usual)."""
    seen: list[RaiseAlert] = []
    original = chat.companion._alert

    def spy(tx, person_id, alert, *rest):
        seen.append(alert)
        return original(tx, person_id, alert, *rest)

    monkeypatch.setattr(chat.companion, "_alert", spy)
    return seen


def at_menu(chat, user_id):
    person = chat.person(user_id)
    person.says("/start")
    person.presses("English")
    return person


@pytest.fixture
def jo(chat):
    return at_menu(chat, JO)


@pytest.fixture
def mum(chat):
    return at_menu(chat, MUM)


def rows(person, topic):
    return [a for a in person.answers() if a["topic"] == topic]


def worker_view(chat):
    sam = chat.person(SAM)
    sam.says("/cases 1")
    return sam.presses("📖 What they shared").text


def exported(chat, store):
    """The case's PDF text and CSV rows, as the worker exports them."""
    with store.transaction() as tx:
        pdf, table = export(tx.c, tx.person(SAM).id, 1, "en")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    lines = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    return " ".join(text.split()), lines


def first_is_the_help(said, help_lines=SAFETY_HELP, locale="en"):
    assert said.texts[0].startswith(say(help_lines[0], locale)), f"the help comes first: {said.texts[0]!r}"
    for line in help_lines:
        assert say(line, locale) in said


def names(alert, topic, value):
    assert alert.answer is not None, "the alert names the answer that raised it"
    assert (alert.answer.topic, alert.answer.value, alert.answer.data.get("alert")) == (topic, value, True)


# -- 1. help first, and filed as what it is -------------------------------------------------------------


def test_a_wish_that_sounds_like_harm_gets_the_help_first_never_a_cheerful_word(jo, chat, raised):
    jo.says("/wizard")
    jo.presses("🧙 A wizard")
    said = jo.says("I want to die")
    first_is_the_help(said)
    assert "What a wish" not in said.text
    (wish,) = rows(jo, topics.WIZARD_WISH)
    assert wish["value"] == "I want to die" and wish["data"]["alert"] is True and wish["data"]["number"] == 1
    (alert,) = raised
    assert alert.how == "words"
    names(alert, topics.WIZARD_WISH, "I want to die")
    (urgent,) = chat.person(SAM).told()
    assert "die" not in urgent, "the worker's message never carries the child's words"
    said = jo.presses("⬅️ Go back")
    assert "What is wish number 2?" in said.text, "then on with the wishes"


def test_not_feeling_safe_typed_in_the_house_of_good_things_is_kept_there_marked(jo, chat, raised, store):
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says("my dog Biscuit")
    said = jo.says("I don't feel safe")
    first_is_the_help(said)
    assert "Got it" not in said.text
    kept = rows(jo, topics.HOUSE_GOOD)
    assert [(a["value"], a["data"].get("alert")) for a in kept] == [
        ("my dog Biscuit", None),
        ("I don't feel safe", True),
    ]
    names(raised[-1], topics.HOUSE_GOOD, "I don't feel safe")
    said = jo.presses("⬅️ Go back")
    assert "You are in the 🌈 House of good things." in said.text
    view = worker_view(chat)
    working_well = view[view.index("What's working well?") : view.index("What needs to happen?")]
    assert "I don't feel safe [Raised an alert]" in working_well
    assert "my dog Biscuit [" not in view, "only the words that raised it are marked"
    text, lines = exported(chat, store)
    assert "I don't feel safe Raised an alert" in text
    (row,) = [r for r in lines if r["value"] == "I don't feel safe"]
    assert row["topic"] == topics.HOUSE_GOOD and json.loads(row["details"])["alert"] is True
    (plain,) = [r for r in lines if r["value"] == "my dog Biscuit"]
    assert "alert" not in json.loads(plain["details"])


def test_a_changed_thing_and_a_safety_person_that_sound_like_harm_are_marked_too(jo, chat, raised):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("school")
    jo.presses("✏️ Change or take something out")
    jo.presses("school")
    jo.presses("✏️ Change it")
    said = jo.says("he hurts me after school")
    first_is_the_help(said)
    assert "Done. I changed it." not in said.text
    names(raised[-1], topics.HOUSE_WORRIES, "he hurts me after school")
    jo.presses("⬅️ Go back")
    jo.says("/people")
    jo.presses("➕ Add someone")
    jo.says("Nan")
    said = jo.says("she hides me when dad hits me")
    first_is_the_help(said)
    assert "It is good to know who helps you" not in said.text
    names(raised[-1], topics.SAFETY_PERSON_HOW, "she hides me when dad hits me")
    view = worker_view(chat)
    assert "he hurts me after school [Raised an alert]" in view and "(before" in view
    assert "Nan: she hides me when dad hits me [Raised an alert]" in view


def test_harm_typed_for_a_safety_person_s_name_is_kept_and_never_asked_how_it_helps(jo, raised):
    jo.says("/people")
    jo.presses("➕ Add someone")
    first_is_the_help(jo.says("my uncle hurts me"))
    names(raised[-1], topics.SAFETY_PERSON, "my uncle hurts me")
    said = jo.presses("⬅️ Go back")
    assert "How does" not in said.text and "Tap the button to add someone." in said.text
    assert "my uncle hurts me" not in said.text, "never shown back to the child as a safety person"
    jo.presses("➕ Add someone")
    jo.says("Nan")
    said = jo.says("she lets me stay over")
    assert "• Nan: she lets me stay over" in said.text and "my uncle hurts me" not in said.text
    assert "Is there anyone else?" in said.text


def test_ordinary_words_are_kept_with_the_usual_kind_word_and_no_alert(jo, chat, raised):
    jo.says("/wizard")
    jo.presses("🧚 A fairy")
    said = jo.says("a puppy")
    assert "What a wish! I have kept it." in said.text and raised == []
    assert chat.person(SAM).told() == []


# -- 2. a young person's 0 ------------------------------------------------------------------------------


def test_a_0_on_how_safe_i_feel_opens_the_help_tells_the_worker_then_asks_what_would_make_it_a_1(
    jo, chat, raised, store
):
    jo.says("/scale")
    said = jo.presses("0 😢")
    first_is_the_help(said)
    (number,) = rows(jo, topics.SAFETY_SCALE)
    assert number["value"] == "0" and number["data"]["alert"] is True
    (alert,) = raised
    assert alert.how == "scale0"
    names(alert, topics.SAFETY_SCALE, "0")
    (urgent,) = chat.person(SAM).told()
    assert "Urgent" in urgent and "0 out of 10" in urgent and '"Family B"' in urgent
    said = jo.presses("⬅️ Go back")
    assert "Thank you for telling me how you feel." in said.text
    assert "What would need to happen to make it a 1?" in said.text
    said = jo.says("if dad stopped shouting")
    assert "one number higher" not in said.text, "a 1 is one number higher already"
    assert "Sam Jones will read this before your next visit." in said.text
    (one,) = rows(jo, f"{topics.SAFETY_SCALE}.one")
    assert one["value"] == "if dad stopped shouting" and one["data"]["scale"] == number["data"]["scale"]
    assert rows(jo, f"{topics.SAFETY_SCALE}.why") == []
    view = worker_view(chat)
    assert "0 out of 10. What would make it a 1: if dad stopped shouting [Raised an alert]" in view
    scale = view[view.index("How safe the young person feels") : view.index("Who can help")]
    assert "Why not lower" not in scale
    text, lines = exported(chat, store)
    assert "What would make it a 1: if dad stopped shouting" in text
    assert "0Raisedanalert" in "".join(text.split()), "the mark beside the number (a narrow column wraps it)"
    assert [r["topic"] for r in lines if r["value"] == "if dad stopped shouting"] == ["safety_scale.one"]


def test_a_typed_0_does_the_same(jo, chat, raised):
    jo.says("/scale")
    first_is_the_help(jo.says("0"))
    assert [a.how for a in raised] == ["scale0"]
    assert "What would need to happen to make it a 1?" in jo.presses("⬅️ Go back").text


def test_a_reason_on_the_scale_that_sounds_like_harm_opens_the_help_first(jo, chat, raised):
    jo.says("/scale")
    said = jo.presses("6 🙂")
    assert "Thank you. You picked 6." in said.text and raised == []
    said = jo.says("mum's boyfriend hits me sometimes")
    first_is_the_help(said)
    names(raised[-1], f"{topics.SAFETY_SCALE}.why", "mum's boyfriend hits me sometimes")
    assert "What would make it one number higher?" in jo.presses("⬅️ Go back").text


# -- 3. parents and carers get help too -----------------------------------------------------------------


def test_a_parent_s_disclosure_in_a_check_in_gets_the_help_never_praise(mum, chat, raised):
    mum.says("/checkin")
    mum.presses("4")
    said = mum.says("He hit me last night and I am scared")
    first_is_the_help(said, PARENT_HELP)
    for number in ("999", "0808 2000 247", "0808 80 10 800", "116 123"):
        assert number in said.text
    assert "not watched all the time" in said.text
    assert "That matters" not in said.text
    (reason,) = rows(mum, f"{topics.CHECKIN}.why")
    assert reason["value"] == "He hit me last night and I am scared" and reason["data"]["alert"] is True
    (alert,) = raised
    names(alert, f"{topics.CHECKIN}.why", "He hit me last night and I am scared")
    (urgent,) = chat.person(SAM).told()
    assert "a parent or carer" in urgent and "hit" not in urgent
    said = mum.presses("⬅️ Go back")
    assert "What would need to happen for it to be one point higher?" in said.text
    mum.says("a calm week")
    said = mum.says("no more shouting")
    assert "Your answers are saved" in said.text
    assert "You said this is working" not in said.text and "He hit me" not in said.text


def test_every_parent_screen_carries_the_help_button(mum, chat):
    assert NEED_HELP in mum.says("/stop").buttons, "the menu"
    screens = [mum.says("/checkin"), mum.presses("7"), mum.says("the group")]
    screens += [mum.presses("⏭️ Skip this question"), mum.presses("⏭️ Skip this question")]
    assert "Your answers are saved" in screens[-1].text
    for said in screens:
        assert said.buttons[-1] == NEED_HELP, said.text
    assert mum.says("/plan").buttons[-1] == NEED_HELP
    started = chat.companion.handle(Incoming(MUM, MUM, Input.command("start"), "en"), outbox=False)
    assert ("needhelp", NEED_HELP) in started.commands[0][1], "and a command of its own"


def test_the_parent_s_button_and_command_show_the_help_and_tell_the_worker(mum, chat, raised):
    mum.says("/checkin")
    said = mum.presses(NEED_HELP)
    first_is_the_help(said, PARENT_HELP)
    assert [a.how for a in raised] == ["button"] and raised[0].answer is None
    (urgent,) = chat.person(SAM).told()
    assert 'a parent or carer in "Family B" pressed "I need help now"' in urgent
    said = mum.presses("⬅️ Go back")
    assert "On a scale from 0 to 10" in said.text, "back to where they were"
    said = mum.says("/needhelp")
    first_is_the_help(said, PARENT_HELP)
    assert [a.how for a in raised] == ["button", "command"]
    mum.presses("⬅️ Go back")
    first_is_the_help(mum.presses(NEED_HELP, on=mum.says("/stop")), PARENT_HELP)
    assert len(chat.person(SAM).told()) == 3
    assert [a["topic"] for a in mum.answers()].count(topics.ALERT_UNSAFE) == 3


def test_a_welsh_speaking_parent_gets_their_help_in_welsh(chat, raised):
    dad = chat.person(961, "cy")
    chat.store.ensure_member(1, 961, "parent")
    dad.says("/start")
    dad.presses("Cymraeg")
    said = dad.presses(say(T("🆘 I need help now"), "cy"))
    first_is_the_help(said, PARENT_HELP, "cy")
    assert said.texts[0].startswith("Os ydych chi neu blentyn mewn perygl nawr, ffoniwch 999.")
    assert "0808 80 10 800" in said.text and [a.how for a in raised] == ["button"]


def test_a_parent_s_words_anywhere_are_watched_and_kept(mum, chat, raised):
    said = mum.says("my partner threatens me and the kids")
    first_is_the_help(said, PARENT_HELP)
    assert say(NOTICES.not_a_button) not in said
    names(raised[-1], topics.SAID_OUTSIDE, "my partner threatens me and the kids")
    mum.presses("⬅️ Go back")
    mum.says("/checkin")
    said = mum.says("he hits me when he drinks")
    first_is_the_help(said, PARENT_HELP)
    assert "Please send a whole number" not in said.text
    names(raised[-1], topics.SAID_OUTSIDE, "he hits me when he drinks")
    mum.presses("⬅️ Go back")
    said = mum.says("/plan")
    said = mum.says("thanks for this")
    assert "I have kept what you wrote" in said.text and len(raised) == 2
    assert [a["value"] for a in rows(mum, topics.SAID_OUTSIDE)] == [
        "my partner threatens me and the kids",
        "he hits me when he drinks",
        "thanks for this",
    ]
    view = worker_view(chat)
    assert "thanks for this (Parent or carer 1," in view


# -- 4. nothing a person types is lost ------------------------------------------------------------------


def test_a_long_message_is_kept_whole(jo, mum):
    long = ("we went to the park and it was sunny " * 120)[:4095] + "!"
    assert len(long) == 4096
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says(long)
    assert rows(jo, topics.HOUSE_GOOD)[0]["value"] == long
    mum.says("/checkin")
    mum.presses("5")
    mum.says(long[:2999] + "!")
    assert rows(mum, f"{topics.CHECKIN}.why")[0]["value"] == long[:2999] + "!"


def test_more_words_typed_while_asked_where_to_put_the_last_are_quoted_and_go_where_chosen(jo):
    jo.says("/people")
    jo.says("Nan")
    said = jo.says("she lets me stay over")
    assert 'I have kept what you wrote: "she lets me stay over"' in said.text and '"Nan"' not in said.text
    said = jo.presses(GOOD)
    assert [a["value"] for a in rows(jo, topics.HOUSE_GOOD)] == ["she lets me stay over"]
    assert [a["value"] for a in rows(jo, topics.SAID_OUTSIDE)] == ["Nan", "she lets me stay over"]
    assert "Your safety people" in said.text or "Add someone" in " ".join(said.buttons), "back where they were"


def test_words_typed_at_a_button_are_kept_and_can_go_in_a_house(jo, chat, raised, store):
    said = jo.says("mum was crying again today")
    assert say(NOTICES.not_a_button) not in said
    assert 'I have kept what you wrote: "mum was crying again today"' in said.text
    assert "Would you like to put it in one of your houses?" in said.text
    assert said.buttons == [GOOD, WORRIES, DREAMS, "No, thanks", UNSAFE]
    (outside,) = rows(jo, topics.SAID_OUTSIDE)
    assert outside["value"] == "mum was crying again today" and raised == []
    said = jo.presses(WORRIES)
    assert "Done. I put it in the 😟 House of worries." in said.text
    assert "What would you like to do?" in said.text, "back to the menu"
    assert [a["value"] for a in rows(jo, topics.HOUSE_WORRIES)] == ["mum was crying again today"]
    jo.says("/wizard")
    said = jo.says("can I have a dog")
    said = jo.presses("No, thanks")
    assert "That's OK. It is kept just as you wrote it." in said.text
    assert "Who would you like to help you" in said.text, "back where they were"
    view = worker_view(chat)
    outside_section = view[view.index("Said outside a question") :]
    assert "mum was crying again today (Young person 1," in outside_section
    assert "can I have a dog (Young person 1," in outside_section
    text, lines = exported(chat, store)
    assert "Said outside a question" in text and "can I have a dog" in text
    assert sorted(r["value"] for r in lines if r["topic"] == topics.SAID_OUTSIDE) == [
        "can I have a dog",
        "mum was crying again today",
    ]
    assert all(r["when"] for r in lines)


def test_danger_words_at_a_button_open_the_help_and_the_alert_names_them(jo, chat, raised):
    jo.says("/wizard")
    said = jo.says("im scared to go home")
    first_is_the_help(said)
    assert "Would you like to put it" not in said.text
    names(raised[-1], topics.SAID_OUTSIDE, "im scared to go home")
    said = jo.says("he is shouting now")
    assert "I have kept what you wrote." in said.text and say(SAFETY_HELP[0]) in said, "the help stays"
    assert [a["value"] for a in rows(jo, topics.SAID_OUTSIDE)] == ["im scared to go home", "he is shouting now"]
    said = jo.says("he hit me")
    assert len(raised) == 2 and raised[-1].answer is not None and raised[-1].answer.value == "he hit me"
    assert "Who would you like to help you" in jo.presses("⬅️ Go back").text


def test_a_workers_words_at_a_button_are_not_kept_as_a_family_s(chat):
    sam = at_menu(chat, SAM)
    said = sam.says("hello")
    assert say(NOTICES.not_a_button) in said and sam.answers() == []


# -- 5. "I don't want to talk about this now" means stop ------------------------------------------------


@pytest.mark.parametrize(
    ("command", "first"),
    [("/houses", GOOD), ("/wizard", "🧙 A wizard"), ("/scale", None), ("/people", None)],
)
def test_not_now_ends_every_tool_kindly_and_tells_nobody(jo, chat, store, command, first):
    said = jo.says(command)
    if first:
        said = jo.presses(first)
    before = jo.answers()
    said = jo.presses(NOT_NOW)
    assert "That's OK. You don't have to." in said.text
    assert "What would you like to do?" in said.text and "🏠 My three houses" in said.buttons, "back to the menu"
    assert jo.answers() == before, "nothing kept, so the worker is told nothing"
    assert chat.person(SAM).told() == [] and chat.companion.due_notices() == []


def test_not_now_in_the_house_of_good_things_stops_and_the_houses_offer_to_carry_on(jo, chat):
    jo.presses("🏠 My three houses")
    jo.presses(GOOD)
    jo.says("football")
    said = jo.presses(NOT_NOW)
    assert "House of worries" not in said.text and "Let's go on" not in said.text
    said = jo.says("/houses")
    assert said.buttons[0] == "➡️ Carry on in the 🌈 House of good things"


# -- 6. forwarded messages ------------------------------------------------------------------------------


def forwards(person, words):
    return person._send(Input.text(words, forwarded=True))


def test_forwarded_words_are_kept_marked_and_shown_as_not_their_own(jo, chat, store, raised):
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    forwards(jo, "you are going to regret this")
    (kept,) = rows(jo, topics.HOUSE_WORRIES)
    assert kept["data"]["forwarded"] is True
    jo.says("/stop")
    said = forwards(jo, "1")
    assert "Would you like to put it" in said.text, "a forwarded number is not a button"
    assert rows(jo, topics.SAID_OUTSIDE)[0]["data"]["forwarded"] is True
    jo.presses("No, thanks")
    view = worker_view(chat)
    assert "you are going to regret this [Forwarded: not their own words]" in view
    text, lines = exported(chat, store)
    assert "Forwarded: not their own words" in text
    assert json.loads(next(r for r in lines if r["value"] == "you are going to regret this")["details"])["forwarded"]


def test_a_forwarded_number_is_never_taken_as_their_score(jo, mum):
    jo.says("/scale")
    said = forwards(jo, "3")
    assert "Please pick a whole number" in said.text and rows(jo, topics.SAFETY_SCALE) == []
    assert [(a["value"], a["data"]) for a in rows(jo, topics.SAID_OUTSIDE)] == [("3", {"forwarded": True})]
    mum.says("/checkin")
    said = forwards(mum, "8")
    assert "Please send a whole number" in said.text and rows(mum, topics.CHECKIN) == []
    assert rows(mum, topics.SAID_OUTSIDE)[0]["data"] == {"forwarded": True}


def test_forwarded_words_that_sound_like_danger_still_raise_the_alert(jo, raised):
    jo.says("/wizard")
    jo.presses("🧙 A wizard")
    first_is_the_help(forwards(jo, "I will hurt you"))
    (wish,) = rows(jo, topics.WIZARD_WISH)
    assert wish["data"] == {**wish["data"], "forwarded": True, "alert": True}
    assert raised[-1].answer is not None and raised[-1].answer.data["forwarded"] is True


def update(**message):
    from telegram import Update

    user = {"id": JO, "is_bot": False, "first_name": "Jo", "language_code": "en"}
    base = {"message_id": 7, "date": 1780000000, "chat": {"id": JO, "type": "private"}, "from": user}
    return Update.de_json({"update_id": 42, "message": {**base, **message}}, None)


def test_telegram_s_forwarded_messages_become_forwarded_words_never_commands():
    from bot.updates import to_incoming

    origin = {"type": "hidden_user", "date": 1779990000, "sender_user_name": "Someone"}
    forwarded = to_incoming(update(text="/start", forward_origin=origin))
    assert forwarded is not None and forwarded.input == Input.text("/start", forwarded=True)
    own = to_incoming(update(text="my own words"))
    assert own is not None and own.input == Input.text("my own words") and not own.input.forwarded


# -- 7. edited messages -----------------------------------------------------------------------------------


def test_a_worry_added_by_editing_a_message_is_kept_marked_and_raises_the_alert(jo, chat, store, raised):
    """A child sends "I'm fine", then edits it to say what happened: the first words stay as they were kept,
    the new words are kept beside them, marked, and they open the help and tell the worker."""
    jo.presses("🏠 My three houses")
    jo.presses(WORRIES)
    jo.says("im fine")
    said = jo.edits_a_message("im fine but my dad hit me last night")
    first_is_the_help(said)
    assert say(NOTICES.edited) not in said, "never 'the change was not saved'"
    assert [a["value"] for a in rows(jo, topics.HOUSE_WORRIES)] == ["im fine"], "what was first sent stays"
    (edit,) = rows(jo, topics.SAID_OUTSIDE)
    assert edit["value"] == "im fine but my dad hit me last night"
    assert edit["data"] == {**edit["data"], "edited": True, "alert": True}
    names(raised[-1], topics.SAID_OUTSIDE, "im fine but my dad hit me last night")
    assert len(chat.person(SAM).told()) == 1
    view = worker_view(chat)
    assert "im fine but my dad hit me last night [Raised an alert] [Changed later" in view
    text, lines = exported(chat, store)
    assert "Changed later" in text.replace("\n", " ")
    assert json.loads(next(r for r in lines if r["value"].startswith("im fine but"))["details"])["edited"]


def test_a_parent_s_edit_is_kept_and_they_are_told_so(mum, raised):
    mum.says("/checkin")
    said = mum.edits_a_message("we had a calmer week than I said")
    assert say(T("Thank you. I kept your change too. Your social worker will see both.")) in said
    assert "0 means" in said.text, "the question is asked again"
    assert [(a["value"], a["data"]) for a in rows(mum, topics.SAID_OUTSIDE)] == [
        ("we had a calmer week than I said", {"edited": True})
    ]
    assert raised == []


def test_an_edit_by_someone_in_no_case_is_not_kept_and_they_are_told(chat):
    kai = chat.person(970)
    kai.says("/start")
    said = kai.edits_a_message("changed words")
    assert say(NOTICES.edited) in said and kai.answers() == []


@pytest.mark.parametrize("command", ["/help", "/stop", "/houses", "/frobnicate"])
def test_danger_typed_after_a_command_opens_the_help_and_is_kept(jo, chat, raised, command):
    """A child types "/help my dad hit me": the words after the command were dropped; now they are kept
    as said outside a question and the help comes first, whatever the command."""
    said = jo.says(f"{command} my dad hit me")
    first_is_the_help(said)
    assert [a["value"] for a in rows(jo, topics.SAID_OUTSIDE)] == ["my dad hit me"]
    names(raised[-1], topics.SAID_OUTSIDE, "my dad hit me")
    assert len(chat.person(SAM).told()) == 1


def test_other_words_after_a_command_are_kept_and_the_command_runs(mum):
    said = mum.says("/checkin we are doing better")
    assert say(KEPT_ANYWAY[Role.PARENT]) in said and "0 means" in said.text
    assert [a["value"] for a in rows(mum, topics.SAID_OUTSIDE)] == ["we are doing better"]


def test_a_command_that_reads_its_argument_keeps_nothing_as_said_outside(jo, mum):
    """Buttons that are commands with an id after them ("/word 3 thumb", "/meeting 4") are the command's own
    words, not the person's: nothing is kept as said outside a question."""
    jo.says("/meeting 4")
    mum.says("/word 3 thumb")
    assert rows(jo, topics.SAID_OUTSIDE) == [] and rows(mum, topics.SAID_OUTSIDE) == []


def test_a_photo_s_caption_where_photos_are_not_kept_is_kept_and_watched(jo, mum, chat, raised):
    """Outside a house a photo is not kept, but the words sent with it are: "he hit me" under a photo at the
    menu opens the help and tells the worker; other words are kept, and the kind word about photos follows."""
    said = jo._send(Input.media("photo", caption="my dad hit me"))
    first_is_the_help(said)
    names(raised[-1], topics.SAID_OUTSIDE, "my dad hit me")
    said = mum._send(Input.media("video", caption="our weekend"))
    assert say(KEPT_ANYWAY[Role.PARENT]) in said and say(NOTICES.media) in said
    assert [a["value"] for a in rows(mum, topics.SAID_OUTSIDE)] == ["our weekend"]


def test_a_caption_on_any_media_comes_through_telegram_and_the_inbox():
    from telegram import Update

    from bot.updates import kept_fields, to_incoming

    user = {"id": JO, "is_bot": False, "first_name": "Jo", "language_code": "en"}
    base = {"message_id": 8, "date": 1780000000, "chat": {"id": JO, "type": "private"}, "from": user}
    video = {"file_id": "v1", "file_unique_id": "u1", "width": 1, "height": 1, "duration": 3}
    update = Update.de_json({"update_id": 44, "message": {**base, "video": video, "caption": "look"}}, None)
    assert to_incoming(update).input.argument == "look"  # type: ignore[union-attr]
    again = to_incoming(Update.de_json(kept_fields(update), None))
    assert again is not None and again.input.argument == "look", "after a restart too"


def test_telegram_s_edited_messages_carry_their_new_words_and_the_inbox_keeps_them():
    from telegram import Update

    from bot.updates import kept_fields, to_incoming

    user = {"id": JO, "is_bot": False, "first_name": "Jo", "language_code": "en"}
    edited = {"message_id": 7, "date": 1780000000, "edit_date": 1780000100, "chat": {"id": JO, "type": "private"}}
    update = Update.de_json({"update_id": 43, "edited_message": {**edited, "from": user, "text": "new words"}}, None)
    incoming = to_incoming(update)
    assert incoming is not None and incoming.input == Input.edited("new words")
    again = to_incoming(Update.de_json(kept_fields(update), None))
    assert again is not None and again.input == Input.edited("new words"), "the step after a restart has them too"


YOUNG_HELP = "🆘 I don't feel safe right now"


@pytest.mark.parametrize(("who", "button", "lines"), [(JO, YOUNG_HELP, SAFETY_HELP), (MUM, NEED_HELP, PARENT_HELP)])
def test_the_help_button_is_on_every_screen_of_every_dialogue_and_works_there(chat, raised, who, button, lines):
    """Not only the tools: choosing a language, leaving the case, a parent's progress, the menu under /help
    and /privacy: each screen has the help button, and pressing it there opens the help, tells the worker,
    and goes back after."""
    person = at_menu(chat, who)
    commands = ["/language", "/leave", "/help", "/privacy"] + (["/progress"] if who == MUM else [])
    for command in commands:
        said = person.says(command)
        assert button in said.buttons, (command, said.text)
        helped = person.presses(button)
        first_is_the_help(helped, lines)
        back = person.presses("⬅️ Go back")
        assert back.buttons == said.buttons, f"back where they were after {command}"
        person.says("/stop")
    assert len(raised) == len(commands) and {a.how for a in raised} == {"button"}
    assert len(chat.person(SAM).told()) == len(commands)


@pytest.mark.parametrize(("who", "button", "lines"), [(JO, YOUNG_HELP, SAFETY_HELP), (MUM, NEED_HELP, PARENT_HELP)])
def test_the_help_button_on_an_old_message_still_opens_the_help(chat, raised, who, button, lines):
    """A child scrolls up and presses 🆘 on a message from earlier: never "that button is from an earlier
    message"; the help opens and the worker is told."""
    person = at_menu(chat, who)
    old = person.says("/language")
    person.presses("English")
    person.says("/checkin" if who == MUM else "/houses")
    said = person.presses(button, on=old)
    first_is_the_help(said, lines)
    assert "earlier message" not in said.text
    assert len(raised) == 1 and len(chat.person(SAM).told()) == 1


@pytest.mark.parametrize(("who", "command", "kept"), [
    (MUM, "/checkin", "Thank you. I have kept what you wrote, and your social worker will read it."),
    (JO, "/scale", "Thank you for telling me. I have kept what you wrote."),
])  # fmt: skip
def test_words_typed_at_a_number_question_are_kept_and_the_number_asked_again(chat, who, command, kept):
    """Found by the soak: a parent typing their reason where the number was asked got "please send a whole
    number" and the words were gone. Now they are kept, said outside a question, and the person is told."""
    person = at_menu(chat, who)
    person.says(command)
    said = person.says("we had a calm week at home")
    assert kept in said.text
    assert "whole number" in said.text
    assert [a["value"] for a in rows(person, topics.SAID_OUTSIDE)] == ["we had a calm week at home"]


@pytest.mark.parametrize("typed", ["stop", "Leave me alone", "I don’t want to talk about it.", "gad fi fod"])
def test_words_that_only_say_stop_are_the_not_now_button_never_a_wish(jo, chat, typed):
    jo.says("/wizard")
    jo.presses("🧙 A wizard")
    said = jo.says(typed)
    assert "That's OK. You don't have to." in said.text and "What a wish" not in said.text
    assert "🏠 My three houses" in said.buttons, "back to the menu"
    assert rows(jo, topics.WIZARD_WISH) == [] and chat.person(SAM).told() == []


def test_words_that_only_say_stop_end_a_question_with_no_not_now_button_too(mum):
    mum.says("/checkin")
    said = mum.says("stop")
    assert say(NOTICES.stopped) in said


def test_a_wish_that_has_stop_words_in_it_is_a_wish(jo):
    jo.says("/wizard")
    jo.presses("🧚 A fairy")
    said = jo.says("I wish everyone would leave me alone")
    assert "What a wish! I have kept it." in said.text
    assert [a["value"] for a in rows(jo, topics.WIZARD_WISH)] == ["I wish everyone would leave me alone"]
