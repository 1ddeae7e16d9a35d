"""The dialogues everyone meets: the welcome, the language choice and the menu for each role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dialogues.engine import Choice, Dialogue, Reply, Role, SetLocale, Turn, Who
from dialogues.languages import LANGUAGES
from dialogues.messages import T, Text
from dialogues.safety import NEED_HELP, check_words, raise_alert
from dialogues.story import parent_choices
from dialogues.young_people import YOUNG_PERSON_MENU

ABOUT = T(
    "Safety Companion helps children, young people and parents keep in touch with their "
    "social worker between visits. You can share how things are, in your own words, when it suits you."
)
WHO_FOR = T("It is for families working with a children's social care team, and for their social workers.")
# The credit for the practice content the bot restates: in /about and at the end of every case PDF.
CREDIT = T(
    "Built on the Signs of Safety approach. Practice content restated from: What Works Centre for Children's "
    "Social Care and CASCADE (Cardiff University), practice guide to the Signs of Safety programme theory, "
    "and implementing Signs of Safety; Leicestershire Children and Family Services, Signs of Safety, "
    "Stability and Success; Sandwell practice note, strengths-based practice: Signs of Safety; a local Signs "
    "of Safety charter."
)


def language_choices() -> tuple[Choice, ...]:
    return tuple(Choice(f"lang:{code}", Text.as_written(name)) for code, name in LANGUAGES.items())


def choose_language(turn: Turn) -> None:
    code = turn.argument
    turn.effect(SetLocale(code))
    turn.say(T("OK. I will speak {language} with you from now on.", language=Text.as_written(LANGUAGES[code])))
    turn.finish()


class Welcome(Dialogue):
    """``/start``: hello, what the bot is for and for whom, then a language."""

    name = "welcome"
    states = ("language",)

    def transitions(self) -> list[dict[str, Any]]:
        return [{"trigger": "lang", "source": "language", "dest": None, "after": lambda e: choose_language(e.model)}]

    def ask_language(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T("Hello! I'm Safety Companion.")),
            Reply(ABOUT),
            Reply(WHO_FOR),
            Reply(T("Which language would you like me to use?"), language_choices()),
        ]


class Language(Dialogue):
    """``/language``: choose the language; the conversation then goes on where it was."""

    name = "language"
    states = ("choose",)
    command = "language"

    def transitions(self) -> list[dict[str, Any]]:
        return [{"trigger": "lang", "source": "choose", "dest": None, "after": lambda e: choose_language(e.model)}]

    def ask_choose(self, turn: Turn) -> list[Reply]:
        return [Reply(T("Which language would you like me to use?"), language_choices())]


HELP = Choice("help", T("❓ Help"))
PRIVACY = Choice("privacy", T("🔒 Who sees what"))
LANGUAGE = Choice("language", T("🌐 Language"))

# The command list Telegram shows when a person types "/": each role's own commands (the same words as
# its menu buttons), then everyone's.
EVERYONE_COMMANDS: tuple[tuple[str, Text], ...] = (
    ("start", T("Start, or start again")),
    ("help", T("What I can do")),
    ("language", T("Change the language")),
    ("privacy", T("Who sees what you share")),
    ("about", T("What this bot is, and whose work it is built on")),
    ("mydata", T("A copy of what you shared, and who read it")),
    ("forget", T("Ask me to forget you")),
    ("stop", T("Stop what you are doing")),
)
ROLE_COMMANDS: dict[Role, tuple[tuple[str, Text], ...]] = {
    Role.YOUNG_PERSON: (
        ("houses", T("🏠 My three houses")),
        ("wizard", T("🧙 The wizard or fairy")),
        ("scale", T("🌡️ How safe I feel")),
        ("people", T("🤝 My safety people")),
        ("unsafe", T("🆘 I don't feel safe right now")),
    ),
    Role.PARENT: (
        ("checkin", T("📏 Check in on our safety plan")),
        ("plan", T("📋 Our safety goal")),
        ("progress", T("📈 Our progress")),
        ("needhelp", T("🆘 I need help now")),
    ),
    Role.NETWORK: (
        ("checkin", T("📏 Check in on our safety plan")),
        ("plan", T("📋 The safety goal and my part")),
        ("progress", T("📈 My scores")),
        ("needhelp", T("🆘 I need help now")),
    ),
    Role.WORKER: (
        ("cases", T("📁 My cases")),
        ("newcase", T("➕ New case")),
        ("guide", T("🧭 Practice guide")),
        ("whatif", T("❓ What if the signs of success aren't there?")),
        ("cards", T("📚 Reference cards and drafting helpers")),
    ),
}


# Commands that /help lists beside the menu's: ones a person rarely needs, or types only at one place.
HELP_ONLY_COMMANDS: dict[Role, tuple[tuple[str, Text], ...]] = {
    Role.YOUNG_PERSON: (("leave", T("Leave your case (your social worker is told; what you shared stays)")),),
    Role.PARENT: (("leave", T("Leave your case (your social worker is told; what you shared stays)")),),
    Role.NETWORK: (("leave", T("Leave your case (your social worker is told; what you shared stays)")),),
    Role.WORKER: (("export", T("On a case card: export it for the assessment")),),
}


def command_menu(role: Role | None) -> list[tuple[str, Text]]:
    """The commands to list for a person with this role (None: not in a case), in menu order."""
    own = ROLE_COMMANDS[role] if role else ()
    return [*own, *EVERYONE_COMMANDS]


# A manager's own command: in nobody's "/" list, and to anyone else an unknown command (dialogues/practice.py).
MANAGER_COMMANDS: tuple[tuple[str, Text], ...] = (("practice", T("The service's practice")),)


def help_commands(role: Role | None, *, manager: bool = False) -> list[tuple[str, Text]]:
    """Every command a person with this role can type, as /help lists them: the menu's, then the rest (and
    for a manager, theirs)."""
    own = [*command_menu(role), *(HELP_ONLY_COMMANDS.get(role, ()) if role else ())]
    return [*own, *MANAGER_COMMANDS] if manager and role is Role.WORKER else own


class Menu(Dialogue):
    """Home: what each person can do, by their role."""

    name = "menu"
    states = ("home",)

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {
                "trigger": "help",
                "source": "home",
                "dest": None,
                "after": lambda e: _say_all(e.model, help_texts(e.model.who)),
            },
            {
                "trigger": "privacy",
                "source": "home",
                "dest": None,
                "after": lambda e: _say_all(e.model, privacy_texts(e.model.who)),
            },
            {"trigger": "language", "source": "home", "dest": None, "after": lambda e: e.model.open("language")},
            {"trigger": "unsafe", "source": "home", "dest": None, "after": lambda e: raise_alert(e.model, "button")},
            {"trigger": "open", "source": "home", "dest": None, "after": lambda e: e.model.open(e.model.argument)},
        ]

    def ask_home(self, turn: Turn) -> list[Reply]:
        who = turn.who
        common = (HELP, PRIVACY, LANGUAGE)
        if who.role is None and who.closed_case:
            return [
                Reply(
                    T(
                        "Your case here has been closed, so I can't take anything new. Thank you for everything "
                        "you shared. If you need help, talk to your social worker."
                    )
                ),
                Reply(T("If your social worker invites you again, open their new link."), common),
            ]
        if who.role is None:
            return [
                Reply(T("You are not part of a case with a social worker here yet.")),
                Reply(
                    T(
                        "To join, ask your social worker for an invitation link. "
                        "When you open it, I will know who your worker is, and you can start."
                    ),
                    common,
                ),
            ]
        if who.role is Role.WORKER:
            cases = (
                Choice("open:cases", T("📁 My cases")),
                Choice("open:newcase", T("➕ New case")),
                Choice("open:guide", T("🧭 Practice guide")),
                Choice("open:whatif", T("❓ What if the signs of success aren't there?")),
                Choice("open:cards", T("📚 Reference cards and drafting helpers")),
            )
            return [Reply(T("What would you like to do?"), (*cases, *common))]
        if who.role is Role.YOUNG_PERSON:
            return [Reply(T("What would you like to do?"), (*YOUNG_PERSON_MENU, *common))]
        if who.role is Role.PARENT:
            parent = (
                Choice("open:checkin", T("📏 Check in on our safety plan")),
                Choice("open:plan", T("📋 Our safety goal")),
                Choice("open:progress", T("📈 Our progress")),
                *parent_choices(who),
                NEED_HELP,
            )
            return [Reply(T("What would you like to do?"), (*parent, *common))]
        if who.role is Role.NETWORK:
            network = tuple(Choice(f"open:{name}", text) for name, text in ROLE_COMMANDS[Role.NETWORK][:-1])
            return [Reply(T("What would you like to do?"), (*network, NEED_HELP, *common))]
        return [Reply(T("What would you like to do?"), common)]

    def on_stray_text(self, turn: Turn) -> None:
        if turn.who.role is Role.YOUNG_PERSON:
            check_words(turn, turn.input.value)


def _say_all(turn: Turn, texts: list[Text]) -> None:
    for text in texts:
        turn.say(text)


EMERGENCY = T(
    "If you or someone else is in danger now, call 999. "
    "Children and young people can call Childline free on 0800 1111, any time."
)


def help_texts(who: Who) -> list[Text]:
    """What /help says, for this person's role: who they are here, every command they can type, and how
    buttons and /stop work."""
    general = T(
        "Tap a button to choose, or type its number. "
        "/stop leaves what you are doing; nothing you already told me is lost. "
        "/language changes the language. /privacy says who sees what."
    )
    listed = help_commands(who.role, manager=_manager(who))
    commands = Text.list_of([
        T("You can type these:"), *(T("/{command}: {what}", command=name, what=what) for name, what in listed),
    ])  # fmt: skip
    return [_who_here(who), commands, general]


def _manager(who: Who) -> bool:
    return who.role is Role.WORKER and who.book is not None and who.book.is_manager()


def _who_here(who: Who) -> Text:
    """The first thing /help says: the part this person plays here, and with whom."""
    if who.role is Role.WORKER:
        return T("You are signed in as a social worker.")
    workers = _workers(who)
    if who.role is Role.PARENT:
        if len(workers) > 1:
            return Text.list_of([T("You are here as a parent or carer in a case with these social workers:"),
                                 *worker_bullets(workers)])  # fmt: skip
        return T("You are here as a parent or carer in a case with {worker}.", worker=_worker(workers))
    if who.role is Role.NETWORK:
        if len(workers) > 1:
            return Text.list_of([T("You are here as part of the family's safety network, in a case with these "
                                   "social workers:"), *worker_bullets(workers)])  # fmt: skip
        return T("You are here as part of the family's safety network, in a case with {worker}.",
                 worker=_worker(workers))  # fmt: skip
    if who.role is Role.YOUNG_PERSON:
        if len(workers) > 1:
            return Text.list_of([T("You are here to tell these social workers how things are for you:"),
                                 *worker_bullets(workers)])  # fmt: skip
        return T("You are here to tell {worker} how things are for you.", worker=_worker(workers))
    return T("You can join when your social worker sends you an invitation link.")


# /privacy for a young person, in words a 9-year-old reads (the adults' say "encrypted", "social care
# record" and "as your council decides"), and that what sounds unsafe is passed on at once.
CHILD_KEPT = T(
    "What you tell me is kept safe and locked. It is kept with your social worker's notes about you. "
    "It is deleted some time after they stop working with your family."
)
CHILD_WATCHED = T("If you write something that sounds like you are not safe, I tell your social worker straight away.")
CHILD_TELEGRAM = T("Telegram carries these messages, so Telegram can see them too.")
# and for a parent, carer or someone in the safety network, whose words are watched the same way
ADULT_WATCHED = T(
    "If you write something that sounds like you or a child may not be safe, I tell your social worker straight away."
)


def privacy_texts(who: Who) -> list[Text]:
    """What /privacy says: who sees what, how long it is kept, Telegram, emergencies."""
    if who.role is Role.WORKER:
        sees = T(
            "You can read what the young people and parents in your own cases share. "
            "Each time you read or export it, this is written in an audit log."
        )
    elif who.role is None:
        sees = T("You have not joined a case, so nobody reads this chat yet.")
    elif len(workers := _workers(who)) > 1:  # co-workers read everything too: name them all
        sees = Text.list_of([
            T("These social workers read what you share here:"),
            *worker_bullets(workers),
            T("They read it before they see you, not all the time. "
              "Parents and young people do not see each other's answers."),
        ])  # fmt: skip
    else:
        sees = T(
            "Your social worker, {worker}, reads what you share here. "
            "They read it before they see you, not all the time. "
            "Parents and young people do not see each other's answers.",
            worker=_worker(workers),
        )
    child = who.role is Role.YOUNG_PERSON
    kept = CHILD_KEPT if child else T(
        "What you share is kept locked (encrypted) with your case. It is part of your social care "
        "record. Some time after your case is closed, as your council decides, it is deleted."
    )  # fmt: skip
    telegram = CHILD_TELEGRAM if child else T(
        "Telegram carries these messages. Chats with bots are not secret from Telegram: "
        "it stores them and they are not end-to-end encrypted."
    )  # fmt: skip
    return [
        sees,
        *([CHILD_WATCHED] if child else [ADULT_WATCHED] if who.role in (Role.PARENT, Role.NETWORK) else []),
        kept,
        T(
            "/mydata sends you a copy of everything you shared, and says who read it and when. "
            "/forget asks me to forget you."
        ),
        who.carrier or telegram,
        T("Nobody watches this chat all the time."),
        EMERGENCY,
    ]


def _workers(who: Who) -> list[str]:
    """The names of the workers of a young person's, parent's or network member's case now: everyone who
    reads what they share."""
    if who.role not in (Role.YOUNG_PERSON, Role.PARENT, Role.NETWORK) or who.book is None:
        return [who.worker_name] if who.worker_name else []
    return list(who.book.my_workers())


def _worker(workers: Sequence[str]) -> Text:
    return Text.as_written(workers[0]) if workers else T("your social worker")


def worker_bullets(names: Sequence[str]) -> list[Text]:
    """One line for each worker's name, for a list of who reads what a family shares."""
    return [T("• {name}", name=Text.as_written(name)) for name in names]


SOURCE_LANGUAGE = "en"
# In every language but English, whose words were written first: docs/translations.md gives each one's status.
DRAFTED = T(
    "The words in this language were drafted by the Safety Companion team. They have not yet been checked by "
    "a native speaker who knows children's social care."
)


def about_texts(who: Who) -> list[Text]:
    """What /about says: what the bot is, whose practice it is built on, and that it is open source."""
    return [
        ABOUT,
        WHO_FOR,
        CREDIT,
        T("Safety Companion is open-source software. It is not made or endorsed by the organisations named above."),
        *([] if who.locale == SOURCE_LANGUAGE else [DRAFTED]),
    ]
