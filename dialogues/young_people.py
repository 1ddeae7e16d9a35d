"""A young person's tools: the three houses, the wizard or fairy, my safety scale, my safety people, and a
way out when they don't feel safe.

Everything a young person gives is kept the moment they give it (one answer row each), so stopping,
/stop or a restart never loses anything. Their words are shown back exactly as they wrote them. Every
prompt carries the "I don't feel safe right now" button, and words that sound like danger or harm open
the same help at once (a help, never the safeguard: the button is always there), before anything else is
said; the words are still kept where they were typed, marked as having raised the alert. The worker is told
straight away, without the child's words. Words typed where a button was expected are kept as "said
outside a question", and the child is asked whether to put them in a house. "I don't want to talk about
this now" ends any tool kindly, and nobody is told.

Child-facing English here aims at a reading age of about 9: tests/test_readability.py checks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from dialogues import answers, topics
from dialogues.engine import NOT_NOW_ID, Choice, Dialogue, HousesPicture, Reply, Role, Turn, Who
from dialogues.messages import T, Text
from dialogues.safety import (
    MAX_WORDS,
    PLACE_DIALOGUE,
    SAFETY_HELP,
    UNSAFE,
    HelpNow,
    alerted,
    keep_outside,
    keep_words,
    on_stray_words,
    raise_alert,
    unsafe_outside,
    words_of,
)
from dialogues.scaling import whole_number
from dialogues.shared_view import with_media

YOUNG = frozenset({Role.YOUNG_PERSON})

NOT_NOW = Choice(NOT_NOW_ID, T("🙊 I don't want to talk about this now"))
MENU = Choice("menu", T("🏠 Back to the menu"))
# "Take it out" tells the truth: what a young person shared is part of their record, and a worker may need to
# know what was said even when it was taken back, so the earlier words stay and the worker sees them.
STILL_SEEN = T("If you change something or take it out, your social worker can still see what it said before.")
TOOK_IT_OUT = T(
    "Done. I took it out of your house. Your social worker can still see what it said, and that you took it out."
)
STILL_SEEN_PERSON = T("If you change someone or take them off, your social worker can still see who was on your list.")
SKIP = Choice("skip", T("⏭️ Skip this one"))

# -- the way out: SAFETY_HELP, alert, raise_alert and keep_words are in dialogues/safety.py


class Tool(Dialogue):
    """What every young person's tool shares: the unsafe button everywhere, every typed word kept and
    watched for danger (where words are asked for, through `keep_words`, and where a button was expected,
    as said outside a question), a kind word for pictures, going back to the menu, and "I don't want to
    talk about this now" to stop."""

    roles = YOUNG

    def on_stray_text(self, turn: Turn) -> None:
        on_stray_words(turn)

    def media_notice(self, who: Who) -> Text | None:
        return T("I can only keep words here. If you made a drawing, you can show it to {worker} at your next "
                 "visit.", worker=Text.as_written(who.worker_name or ""))  # fmt: skip

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "unsafe", "source": "*", "dest": None, "after": lambda e: raise_alert(e.model, "button")},
            {"trigger": "menu", "source": "*", "dest": None, "after": lambda e: e.model.finish()},
            {"trigger": NOT_NOW_ID, "source": "*", "dest": None, "after": lambda e: not_now(e.model)},
            *self.steps(),
        ]

    def steps(self) -> list[dict[str, Any]]:
        raise NotImplementedError


def not_now(turn: Turn) -> None:
    """ "I don't want to talk about this now": the tool ends kindly, back to the menu, and nobody is told.
    What they already gave is kept; the tool offers to carry on next time."""
    turn.say(T("That's OK. You don't have to. We can stop here, and you can come back to it any time."))
    turn.finish()


def ask(text: Text, *choices: Choice) -> list[Reply]:
    """A question with its buttons, and the unsafe button last."""
    return [Reply(text, (*choices, UNSAFE))]


class Unsafe(HelpNow):
    """``/unsafe`` or the button: help now, the worker told; then back to what they were doing."""

    name = "unsafe"
    command = "unsafe"
    roles = YOUNG
    lines = SAFETY_HELP
    kept = T("Thank you for telling me. I have kept what you wrote.")


class Place(Tool):
    """Words typed where a button was expected were kept as "said outside a question": would the child like
    to put them in one of their houses too?"""

    name = "place"
    states = ("ask",)

    def steps(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "put", "source": "ask", "dest": None, "after": self.put},
            {"trigger": "no", "source": "ask", "dest": None, "after": self.no},
        ]

    def ask_ask(self, turn: Turn) -> list[Reply]:
        words = Text.as_written(_short(str(turn.slots.get("words", "")), 200))
        return [
            Reply(T('Thank you. I have kept what you wrote: "{words}"', words=words)),
            *ask(
                T("Would you like to put it in one of your houses?"),
                *(Choice(f"put:{key}", HOUSES[key][1]) for key in ORDER),
                Choice("no", T("No, thanks")),
            ),
        ]

    def put(self, event: Any) -> None:
        turn: Turn = event.model
        topic, name, _ = HOUSES[turn.argument]
        item = answers.next_item_id(turn.book.mine([topic]), topic)
        marks = {"forwarded": True} if turn.slots.get("forwarded") else {}
        turn.keep(topic, str(turn.slots.get("words", "")), item=item, change="add", outside=True, **marks)
        turn.say(T("Done. I put it in the {house}.", house=name))
        turn.finish()

    def no(self, event: Any) -> None:
        event.model.say(T("That's OK. It is kept just as you wrote it."))
        event.model.finish()

    def on_stray_text(self, turn: Turn) -> None:
        """More words while asked: kept too, and the question asked again about them (the words before
        stay kept as said outside a question), so the child is shown the words they just wrote."""
        if keep_outside(turn) is not None and not alerted(turn):
            slots = {"words": words_of(turn), "forwarded": turn.input.forwarded}
            turn.open(PLACE_DIALOGUE, slots=slots, replace=True)


# -- the three houses ---------------------------------------------------------------------------------

# key: (topic, its name, what goes in it)
HOUSES: dict[str, tuple[str, Text, Text]] = {
    "good": (topics.HOUSE_GOOD, T("🌈 House of good things"), T("What is good in your life? What makes you happy?")),
    "worries": (topics.HOUSE_WORRIES, T("😟 House of worries"), T("What worries you? What makes you sad or scared?")),
    "dreams": (topics.HOUSE_DREAMS, T("✨ House of dreams"), T("What do you wish for? What would make life good?")),
}  # fmt: skip
ORDER = ("good", "worries", "dreams")  # the house of good things first: the gentle way in


def house_list(shared: Sequence[Any], key: str) -> Text:
    found = answers.items(shared, HOUSES[key][0])
    if not found:
        return T("Nothing in it yet.")
    return Text.list_of([T("• {words}", words=shown(i)) for i in found])


def shown(item: answers.Item, limit: int | None = None) -> Text:
    """An item of a house as its young person sees it: their words, or their picture's or voice note's label
    with the words sent with it (cut to ``limit`` for a button)."""
    words = item.words if limit is None else _short(item.words, limit)
    return with_media(Text.as_written(words), words, item.by.data)


# Why a picture or voice note was not kept, said kindly (see `dialogues.engine.Media`).
MEDIA_REFUSED = {
    "too_big": T("That file is too big for me. A picture can be up to 10 MB. You can type your words instead."),
    "too_long": T("That voice note is too long for me. Please send one that is 5 minutes or less."),
    "format": T("Sorry, I can't open that. Please send a photo, a drawing or a voice note, or type your words."),
    "failed": T("Sorry, I couldn't get that. Please try sending it again."),
}


class ThreeHouses(Tool):
    """``/houses``: the house of good things, of worries and of dreams, one thing at a time."""

    name = "houses"
    states = ("intro", "house", "pick", "item", "rewrite", "end")
    command = "houses"

    def steps(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "go", "source": ["intro", "end"], "dest": "house", "before": self.enter},
            {"trigger": "see", "source": "intro", "dest": "end"},
            {"trigger": "text", "source": "house", "dest": None, "after": self.put},
            {"trigger": "media", "source": "house", "dest": None, "after": self.put_media},
            {"trigger": "done", "source": "house", "dest": "house", "after": self.next_house},
            {"trigger": "skip", "source": "house", "dest": "house", "after": self.next_house},
            {"trigger": "change", "source": "house", "dest": "pick"},
            {"trigger": "item", "source": "pick", "dest": "item", "before": self.pick},
            {"trigger": "back", "source": ["pick", "item", "rewrite"], "dest": "house"},
            {"trigger": "rewrite", "source": "item", "dest": "rewrite"},
            {"trigger": "text", "source": "rewrite", "dest": "house", "after": self.rewrite},
            {"trigger": "remove", "source": "item", "dest": "house", "after": self.remove},
            {"trigger": "picture", "source": "end", "dest": None, "after": self.picture},
        ]

    # -- the way in

    def ask_intro(self, turn: Turn) -> list[Reply]:
        shared = turn.book.mine([h[0] for h in HOUSES.values()])
        worker = Text.as_written(turn.who.worker_name or "")
        replies = [
            Reply(T("Let's fill your three houses: a house of good things, a house of worries and a house of "
                    "dreams.")),
            Reply(T("There are no wrong answers. You can stop any time: just type /stop.")),
            Reply(T("{worker} will read what you put here before they see you next.", worker=worker)),
        ]  # fmt: skip
        choices = [Choice(f"go:{key}", HOUSES[key][1]) for key in ORDER]
        if shared:
            replies.insert(0, Reply(T("Welcome back! You can add more to your houses.")))
            last = shared[-1].topic
            key = next(k for k, h in HOUSES.items() if h[0] == last)
            choices.insert(0, Choice(f"go:{key}", T("➡️ Carry on in the {house}", house=HOUSES[key][1])))
            choices.append(Choice("see", T("👀 See my houses")))
        replies.append(Reply(T("Which house would you like to start with?"), (*choices, UNSAFE)))
        return replies

    def enter(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots["house"] = turn.argument
        turn.slots["visited"] = [turn.argument]

    # -- in a house

    def ask_house(self, turn: Turn) -> list[Reply]:
        key = turn.slots["house"]
        _, name, what = HOUSES[key]
        shared = turn.book.mine([HOUSES[key][0]])
        choices = [Choice("done", T("✅ That's all for this house")), SKIP, NOT_NOW]
        if answers.items(shared, HOUSES[key][0]):
            choices.insert(1, Choice("change", T("✏️ Change or take something out")))
        return [
            Reply(T("You are in the {house}.", house=name)),
            Reply(Text.list_of([T("In it now:"), house_list(shared, key)])),
            *ask(T("{question} Send one thing at a time.", question=what), *choices),
        ]

    def put(self, event: Any) -> None:
        turn: Turn = event.model
        topic = HOUSES[turn.slots["house"]][0]
        item = answers.next_item_id(turn.book.mine([topic]), topic)
        keep_words(turn, topic, words_of(turn), item=item, change="add")
        if not alerted(turn):  # the help comes first, never a cheerful word
            turn.say(T("Got it. Anything else? Send another one, or tap a button."))

    def put_media(self, event: Any) -> None:
        """A picture or voice note, kept as an item of the house like words: its caption is the item's words
        (watched for danger like any), its data names the stored file. One the adapter refused is not kept,
        and the young person is told why, kindly."""
        turn: Turn = event.model
        media = turn.input.attached
        if media is None or media.media_id is None:
            turn.say(MEDIA_REFUSED.get(media.refused if media else "", MEDIA_REFUSED["format"]))
            return
        topic = HOUSES[turn.slots["house"]][0]
        item = answers.next_item_id(turn.book.mine([topic]), topic)
        caption = media.caption.strip()[:MAX_WORDS]
        extra = {"seconds": media.seconds} if media.kind == "voice" else {}
        keep_words(turn, topic, caption, item=item, change="add", media=media.media_id, media_kind=media.kind, **extra)
        if not alerted(turn):
            turn.say(T("Got it. Anything else? Send another one, or tap a button."))

    def next_house(self, event: Any) -> None:
        turn: Turn = event.model
        left = [key for key in ORDER if key not in turn.slots.get("visited", [])]
        if not left:
            turn.state = "end"
            return
        turn.slots["house"] = left[0]
        turn.slots["visited"] = [*turn.slots.get("visited", []), left[0]]

    # -- changing what is there

    def ask_pick(self, turn: Turn) -> list[Reply]:
        key = turn.slots["house"]
        found = answers.items(turn.book.mine([HOUSES[key][0]]), HOUSES[key][0])
        buttons = [Choice(f"item:{i.id}", shown(i, 40)) for i in found]
        return ask(T("Which one?"), *buttons, Choice("back", T("⬅️ Go back")))

    def pick(self, event: Any) -> None:
        event.model.slots["item"] = event.model.argument

    def _item(self, turn: Turn) -> answers.Item | None:
        topic = HOUSES[turn.slots["house"]][0]
        return next((i for i in answers.items(turn.book.mine([topic]), topic) if i.id == turn.slots.get("item")), None)

    def ask_item(self, turn: Turn) -> list[Reply]:
        item = self._item(turn)
        words = shown(item) if item else Text.as_written("")
        return [Reply(STILL_SEEN), *ask(
            T('What would you like to do with "{words}"?', words=words),
            Choice("rewrite", T("✏️ Change it")),
            Choice("remove", T("🗑️ Take it out")),
            Choice("back", T("⬅️ Go back")),
        )]  # fmt: skip

    def ask_rewrite(self, turn: Turn) -> list[Reply]:
        return ask(T("Send the new words."), Choice("back", T("⬅️ Go back")))

    def rewrite(self, event: Any) -> None:
        turn: Turn = event.model
        keep_words(turn, HOUSES[turn.slots["house"]][0], words_of(turn), item=turn.slots.get("item"), change="edit")
        if not alerted(turn):
            turn.say(T("Done. I changed it."))

    def remove(self, event: Any) -> None:
        turn: Turn = event.model
        turn.keep(HOUSES[turn.slots["house"]][0], "", item=turn.slots.get("item"), change="remove")
        turn.say(TOOK_IT_OUT)

    # -- the end

    def ask_end(self, turn: Turn) -> list[Reply]:
        shared = turn.book.mine([h[0] for h in HOUSES.values()])
        worker = Text.as_written(turn.who.worker_name or "")
        houses = [Text.list_of([HOUSES[key][1], house_list(shared, key)]) for key in ORDER]
        return [
            Reply(T("Here's what you put in your houses:")),
            *(Reply(house) for house in houses),
            Reply(T("Thank you for telling me. Everything you said matters.")),
            *ask(
                T("{worker} will read this before your next visit.", worker=worker),
                Choice("picture", T("🖼️ Send me a picture of my houses")),
                Choice("go:good", T("➕ Add more")),
                MENU,
            ),
        ]

    def picture(self, event: Any) -> None:
        event.model.effect(HousesPicture())
        event.model.say(T("Here is a picture of your houses, to keep."))


def _short(words: str, limit: int = 40) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


# -- the wizard or fairy ------------------------------------------------------------------------------


class Wizard(Tool):
    """``/wizard``: if a wizard or a fairy could change three things, what would they be?"""

    name = "wizard"
    states = ("choose", "wish", "end")
    command = "wizard"

    def steps(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "helper", "source": "choose", "dest": "wish", "before": self.choose},
            {"trigger": "text", "source": "wish", "dest": None, "after": self.wish},
            {"trigger": "skip", "source": "wish", "dest": None, "after": self.next_wish},
            {"trigger": "again", "source": "end", "dest": "choose"},
        ]

    def ask_choose(self, turn: Turn) -> list[Reply]:
        return ask(
            T("Who would you like to help you: a wizard or a fairy?"),
            Choice("helper:wizard", T("🧙 A wizard")),
            Choice("helper:fairy", T("🧚 A fairy")),
            MENU,
        )

    def choose(self, event: Any) -> None:
        event.model.slots.update(helper=event.model.argument, number=1)

    def ask_wish(self, turn: Turn) -> list[Reply]:
        number = int(turn.slots.get("number", 1))
        if turn.slots.get("helper") == "fairy":
            first = T("A fairy waves her wand. She can change three things for you.")
        else:
            first = T("A wizard waves his wand. He can change three things for you.")
        worker = Text.as_written(turn.who.worker_name or "")
        reads = T("{worker} will read what you put here before they see you next.", worker=worker)
        replies = [Reply(first), Reply(reads)] if number == 1 else []  # who will see it, before they wish
        return [*replies, *ask(T("What is wish number {number}?", number=number), SKIP, NOT_NOW, MENU)]

    def wish(self, event: Any) -> None:
        turn: Turn = event.model
        number, helper = turn.slots.get("number", 1), turn.slots.get("helper")
        keep_words(turn, topics.WIZARD_WISH, words_of(turn), number=number, helper=helper)
        if not alerted(turn):  # the help comes first, never a cheerful word
            turn.say(T("What a wish! I have kept it."))
        self.next_wish(event)

    def next_wish(self, event: Any) -> None:
        turn: Turn = event.model
        number = int(turn.slots.get("number", 1)) + 1
        turn.slots["number"] = number
        if number > 3:
            turn.state = "end"

    def ask_end(self, turn: Turn) -> list[Reply]:
        worker = Text.as_written(turn.who.worker_name or "")
        return ask(
            T("Thank you for your wishes. {worker} will read them before your next visit.", worker=worker),
            Choice("again", T("🪄 Make more wishes")),
            MENU,
        )


# -- my safety scale -----------------------------------------------------------------------------------

FACES = ("😢", "😢", "😟", "😟", "😕", "😐", "🙂", "🙂", "😊", "😊", "😀")


class SafetyScale(Tool):
    """``/scale``: how safe do I feel at home, from 0 to 10 (10 shown first), and why.

    A 0 opens the help first and tells the worker at once (the number is kept marked as having raised the
    alert); then it carries on kindly with "what would make it a 1?" (kept as that, ``.one``)."""

    name = "scale"
    states = ("number", "why", "higher", "end")
    command = "scale"

    def steps(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "n", "source": "number", "dest": "why", "before": self.number},
            {"trigger": "text", "source": "number", "dest": None, "after": self.typed_number},
            {"trigger": "text", "source": "why", "dest": "higher", "before": self.why, "after": self.after_why},
            {"trigger": "skip", "source": "why", "dest": "higher", "after": self.after_why},
            {"trigger": "text", "source": "higher", "dest": "end", "before": self.higher},
            {"trigger": "skip", "source": "higher", "dest": "end"},
            {"trigger": "again", "source": "end", "dest": "number"},
        ]

    def ask_number(self, turn: Turn) -> list[Reply]:
        buttons = [Choice(f"n:{n}", Text.as_written(f"{n} {FACES[n]}")) for n in range(10, -1, -1)]
        worker = Text.as_written(turn.who.worker_name or "")
        return [
            Reply(T("10 means you feel completely safe at home.")),
            Reply(T("0 means you don't feel safe at home at all.")),
            Reply(T("{worker} will read what you put here before they see you next.", worker=worker)),
            *ask(T("How safe do you feel at home right now? Tap a number."), *buttons, NOT_NOW),
        ]

    def number(self, event: Any) -> None:
        self._keep(event.model, int(event.model.argument))

    def typed_number(self, event: Any) -> None:
        turn: Turn = event.model
        n = None if turn.input.forwarded else whole_number(turn.input.value)  # a forwarded number is not theirs
        if n is None:
            if not unsafe_outside(turn):  # words of harm are kept and open the help: no telling off
                turn.say(T("Please pick a whole number from 0 to 10. You can tap a button."))
            return
        self._keep(turn, n)
        turn.state = "why"

    def _keep(self, turn: Turn, n: int) -> None:
        scale = answers.next_item_id(turn.book.mine([topics.SAFETY_SCALE]), topics.SAFETY_SCALE)
        turn.slots.update(n=n, scale=scale)
        if n == 0:  # the help first, and the worker told at once; then on kindly
            record = turn.keep(topics.SAFETY_SCALE, "0", scale=scale, item=scale, alert=True)
            raise_alert(turn, "scale0", record)
            return
        turn.keep(topics.SAFETY_SCALE, str(n), scale=scale, item=scale)
        turn.say(T("Thank you. You picked {n}.", n=n))

    def ask_why(self, turn: Turn) -> list[Reply]:
        n = int(turn.slots.get("n", 0))
        if n == 0:
            return [
                Reply(T("Thank you for telling me how you feel. You picked 0.")),
                *ask(T("What would need to happen to make it a 1?"), SKIP, NOT_NOW),
            ]
        return ask(T("What makes it a {n} and not a 0?", n=n), SKIP, NOT_NOW)

    def why(self, event: Any) -> None:
        turn: Turn = event.model
        self._reason(turn, answers.ONE if int(turn.slots.get("n", 0)) == 0 else answers.WHY)

    def after_why(self, event: Any) -> None:
        """At 0, "what would make it a 1?" was already one number higher: on to the end."""
        turn: Turn = event.model
        if int(turn.slots.get("n", 0)) == 0:
            turn.state = "end"

    def ask_higher(self, turn: Turn) -> list[Reply]:
        if int(turn.slots.get("n", 0)) == 10:
            return ask(T("What helps you feel so safe?"), SKIP, NOT_NOW)
        return ask(T("What would make it one number higher?"), SKIP, NOT_NOW)

    def higher(self, event: Any) -> None:
        self._reason(event.model, answers.HIGHER)

    def _reason(self, turn: Turn, part: str) -> None:
        keep_words(turn, f"{topics.SAFETY_SCALE}.{part}", words_of(turn), scale=turn.slots.get("scale"))

    def ask_end(self, turn: Turn) -> list[Reply]:
        worker = Text.as_written(turn.who.worker_name or "")
        return ask(
            T("Thank you. {worker} will read this before your next visit.", worker=worker),
            Choice("again", T("🔁 Do it again")),
            MENU,
        )


# -- my safety people ----------------------------------------------------------------------------------


class SafetyPeople(Tool):
    """``/people``: who can help me stay safe, and how (programme theory aim 2)."""

    name = "people"
    states = ("list", "name", "how", "pick", "person")
    command = "people"
    ADD: ClassVar[Choice] = Choice("add", T("➕ Add someone"))

    def steps(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "add", "source": "list", "dest": "name"},
            {"trigger": "text", "source": "name", "dest": "how", "before": self.name_given, "after": self.after_name},
            {"trigger": "back", "source": ["name", "pick", "person"], "dest": "list"},
            {"trigger": "text", "source": "how", "dest": "list", "before": self.how},
            {"trigger": "skip", "source": "how", "dest": "list"},
            {"trigger": "change", "source": "list", "dest": "pick"},
            {"trigger": "who", "source": "pick", "dest": "person", "before": self.pick},
            {"trigger": "remove", "source": "person", "dest": "list", "after": self.remove},
            {"trigger": "rename", "source": "person", "dest": "name", "before": self.rename},
        ]

    def _people(self, turn: Turn) -> list[answers.Item]:
        return answers.items(turn.book.mine([topics.SAFETY_PERSON, topics.SAFETY_PERSON_HOW]), topics.SAFETY_PERSON)

    def ask_list(self, turn: Turn) -> list[Reply]:
        # a name that raised an alert ("my uncle who hurts me") is kept, and its worker sees it marked so,
        # but it is never shown back to the child as one of their safety people
        people = [p for p in self._people(turn) if not p.by.data.get("alert")]
        if not people:
            return [
                Reply(T('Who can help you stay safe? You can name anyone, like "Nan" or "Mr Jones at school".')),
                *ask(T("Tap the button to add someone."), self.ADD, NOT_NOW, MENU),
            ]
        shared = turn.book.mine([topics.SAFETY_PERSON_HOW])
        how = {str(a.data.get("item")): a.value for a in shared}
        lines = [
            T("• {name}: {how}", name=Text.as_written(p.words), how=Text.as_written(how[p.id]))
            if how.get(p.id)
            else T("• {name}", name=Text.as_written(p.words))
            for p in people
        ]
        return [
            Reply(Text.list_of([T("Your safety people:"), *lines])),
            *ask(
                T("Is there anyone else?"), self.ADD, Choice("change", T("✏️ Change or take someone off")), NOT_NOW, MENU
            ),
        ]

    def ask_name(self, turn: Turn) -> list[Reply]:
        return ask(T("Send their name, or what you call them."), Choice("back", T("⬅️ Go back")), NOT_NOW)

    def name_given(self, event: Any) -> None:
        turn: Turn = event.model
        words = words_of(turn)
        renaming = turn.slots.pop("renaming", None)
        item = renaming or answers.next_item_id(turn.book.mine([topics.SAFETY_PERSON]), topics.SAFETY_PERSON)
        keep_words(turn, topics.SAFETY_PERSON, words, item=item, change="edit" if renaming else "add")
        turn.slots.update(item=item, name=words)

    def after_name(self, event: Any) -> None:
        """Words of harm instead of a name: after the help, back to the list (not "how does ... help you?")."""
        if alerted(event.model):
            event.model.state = "list"

    def ask_how(self, turn: Turn) -> list[Reply]:
        name = Text.as_written(turn.slots.get("name", ""))
        return ask(T("How does {name} help you?", name=name), SKIP, NOT_NOW)

    def how(self, event: Any) -> None:
        turn: Turn = event.model
        keep_words(turn, topics.SAFETY_PERSON_HOW, words_of(turn), item=turn.slots.get("item"))
        if not alerted(turn):
            turn.say(T("Thank you. It is good to know who helps you."))

    def ask_pick(self, turn: Turn) -> list[Reply]:
        buttons = [Choice(f"who:{p.id}", Text.as_written(_short(p.words))) for p in self._people(turn)]
        return ask(T("Who?"), *buttons, Choice("back", T("⬅️ Go back")))

    def pick(self, event: Any) -> None:
        event.model.slots["item"] = event.model.argument

    def ask_person(self, turn: Turn) -> list[Reply]:
        person = next((p for p in self._people(turn) if p.id == turn.slots.get("item")), None)
        return [Reply(STILL_SEEN_PERSON), *ask(
            T('What would you like to do with "{name}"?', name=Text.as_written(person.words if person else "")),
            Choice("rename", T("✏️ Change their name")),
            Choice("remove", T("🗑️ Take them off the list")),
            Choice("back", T("⬅️ Go back")),
        )]  # fmt: skip

    def rename(self, event: Any) -> None:
        event.model.slots["renaming"] = event.model.slots.get("item")

    def remove(self, event: Any) -> None:
        turn: Turn = event.model
        turn.keep(topics.SAFETY_PERSON, "", item=turn.slots.get("item"), change="remove")
        turn.say(T("Done. They are off your list. Your social worker can still see that they were on it."))


YOUNG_PERSON_MENU = (
    Choice("open:houses", T("🏠 My three houses")),
    Choice("open:wizard", T("🧙 The wizard or fairy")),
    Choice("open:scale", T("🌡️ How safe I feel")),
    Choice("open:people", T("🤝 My safety people")),
    UNSAFE,
)
