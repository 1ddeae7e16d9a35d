"""Words and pictures: the worker's explanation for a young person of what is happening, page by page (what
happened, who was worried and why, what everyone is doing now to keep them safe), read by the young person
in the bot at their own pace.

The worker drafts it from the case card, one page a message; a photo is a page too (its caption the page's
words, or the next words sent), stored sealed in the case like a house's picture and kept by every version
that has it. Each save is a new version, kept sealed in the case, and the newest is where the next draft
starts. When it is right, the worker approves a version: the
case's young people get a message with a button that opens it (a command, so it works from that message
however old), then read it a page at a time with "Next" and "I have a question". A question is kept as the
young person's answer, watched for danger like any words, and the worker is told through the usual notice
of new answers. A page with a picture shows it with its words (sent after them, protected; the terminal
says there is one).

From the case card ("✍️ Who may help write the story") the worker allows a parent of the case to draft it
too, and withdraws that: an allowed parent finds it in their menu, writes and saves versions the same way
(the case's workers are told), and never approves it, sends it, or reads the young person's questions.

The young person's words here are for a child of about 9: tests/test_readability.py checks them.
"""

from __future__ import annotations

from typing import Any

from dialogues import topics
from dialogues.casebook import CaseCard, StoryVersion
from dialogues.engine import NOT_NOW_ID, Choice, Dialogue, KeepFile, Notify, Reply, Role, StoryPicture, Turn, Who
from dialogues.messages import T, Text
from dialogues.safety import HELP_BUTTONS, HELP_DIALOGUE, alerted, keep_words, words_of
from dialogues.shared_view import person_name

STORY_COMMAND = "story"
MAX_PAGE = 1000  # characters: a page read easily on a phone (storage.stories keeps no more)
MAX_PAGES = 30
OPEN = Choice("story", T("📖 Words and pictures: a story for the young person"))
DRAFTERS = Choice("drafters", T("✍️ Who may help write the story"))
BACK_TO_CARD = Choice("card", T("⬅️ Back to the case"))
BACK_TO_MENU = Choice("card", T("⬅️ Back to the menu"))
NOT_YOURS = T("That is not one of your cases, or it has closed.")
NOT_ALLOWED = T("You can't write the story now. Your social worker can tell you more.")
WORKER_INTRO = T(
    "Words and pictures: write the young person's story, one page at a time, in words they know. Say what "
    "happened, who was worried and why, and what everyone does now to keep them safe. Each message you send is "
    "one page. A photo makes a page with a picture: write its words as the photo's caption, or send them next."
)
PARENT_INTRO = T(
    "Help write the story for the young person, one page at a time, in words they know. Say what happened, who "
    "was worried and why, and what everyone does now to keep them safe. Each message you send is one page. A "
    "photo makes a page with a picture: write its words as the photo's caption, or send them next. Your social "
    "worker reads it and sends it to them when it is right."
)
PARENT_MENU = Choice("open:story", T("📖 Help write the story for the young person"))


def card_choices(card: CaseCard) -> tuple[Choice, ...]:
    """The case card's buttons, while the case is open (who may help write it, once a parent has joined)."""
    if card.closed:
        return ()
    return (OPEN, DRAFTERS) if any(m.role == Role.PARENT for m in card.members) else (OPEN,)


def parent_choices(who: Who) -> tuple[Choice, ...]:
    """A parent's menu button, while a worker of their case allows them to help write the story."""
    return (PARENT_MENU,) if who.book is not None and who.book.story_draft_case() is not None else ()


def card_transitions() -> list[dict[str, Any]]:
    """The case card's transition to the worker's side, for the case on the card."""
    return [
        {
            "trigger": OPEN.id,
            "source": "card",
            "dest": None,
            "after": lambda e: e.model.open("story", slots={"case_id": int(e.model.slots.get("case_id", 0))}),
        },
        {
            "trigger": DRAFTERS.id,
            "source": "card",
            "dest": None,
            "after": lambda e: e.model.open(
                "story", state="drafters", slots={"case_id": int(e.model.slots.get("case_id", 0))}
            ),
        },
    ]


def _parent(turn: Turn) -> bool:
    return turn.who.role is Role.PARENT


def _page(found: Any) -> dict[str, Any]:
    """A page of the draft: its words and its picture (a stored file's id) or None."""
    if isinstance(found, dict):
        picture = found.get("picture")
        return {"words": str(found.get("words", "")), "picture": None if picture is None else int(picture)}
    return {"words": str(found), "picture": None}  # a draft kept before pages had pictures


def _pages(turn: Turn) -> list[dict[str, Any]]:
    """The draft: the pages written in this visit, or at first the newest saved version's (so a change is
    a new version of it)."""
    if "pages" in turn.slots:
        return [_page(p) for p in turn.slots["pages"]]
    latest: StoryVersion | None = turn.book.story(int(turn.slots.get("case_id", 0)))
    if latest is None:
        return []
    return [{"words": w, "picture": latest.picture(i)} for i, w in enumerate(latest.pages)]


def _shown(number: int, page: dict[str, Any]) -> Text:
    """A page of the draft as its writer sees it: its number, its picture's label, its words."""
    parts = [T("Page {number}:", number=number)]
    if page["picture"] is not None:
        parts.append(T("🖼️ a picture"))
    if page["words"]:
        parts.append(Text.as_written(page["words"]))
    return Text.list_of(parts)


# Why a picture was not put on a page, for the one writing the story (see `dialogues.engine.Media`).
PICTURE_REFUSED = {
    "too_big": T("That file is too big. A picture can be up to 10 MB. It was not added."),
    "format": T("I can't use that file. Please send a photo or a JPEG, PNG or WebP picture. It was not added."),
    "failed": T("I couldn't get that picture. Please send it again."),
}
ONLY_PICTURES = T("Only pictures can go on a page, not voice notes. It was not added.")


class Story(Dialogue):
    """A worker drafts the case's story page by page, saves it (a new version each time) and approves it,
    which sends it to the case's young people; and allows a parent of the case to draft it too. An allowed
    parent drafts and saves the same way, from their menu; only a worker approves."""

    name = "story"
    states = ("write", "saved", "drafters")
    roles = frozenset({Role.WORKER, Role.PARENT})

    def start_slots(self, who: Who) -> dict[str, Any]:
        """A parent's story is their own case's, while a worker allows them (opened from their menu)."""
        if who.role is Role.PARENT and who.book is not None:
            return {"case_id": who.book.story_draft_case() or 0}
        return {}

    def media_case(self, slots: Any) -> int | None:
        return int(slots.get("case_id", 0)) or None

    @staticmethod
    def _may_write(turn: Turn) -> bool:
        """A worker of the open case, or a parent of it a worker allows (asked again at every step: it may
        have been withdrawn)."""
        case_id = int(turn.slots.get("case_id", 0))
        if _parent(turn):
            return bool(case_id) and turn.book.story_draft_case() == case_id
        card: CaseCard | None = turn.book.card(case_id)
        return card is not None and not card.closed

    @staticmethod
    def _refuse(turn: Turn) -> None:
        turn.say(NOT_ALLOWED if _parent(turn) else NOT_YOURS)
        turn.finish()

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "text", "source": "write", "dest": None, "after": self.add_page},
            {"trigger": "media", "source": "write", "dest": None, "after": self.add_picture},
            {"trigger": "undo", "source": "write", "dest": None, "after": self.undo},
            {"trigger": "save", "source": "write", "dest": "saved", "conditions": self.save},
            {"trigger": "change", "source": "saved", "dest": "write"},
            {"trigger": "approve", "source": "saved", "dest": None, "after": self.approve},
            {"trigger": "allow", "source": "drafters", "dest": None, "after": self.allow},
            {"trigger": "withdraw", "source": "drafters", "dest": None, "after": self.allow},
            {"trigger": "card", "source": "*", "dest": None, "after": self.leave},
        ]

    def ask_write(self, turn: Turn) -> list[Reply]:
        back = BACK_TO_MENU if _parent(turn) else BACK_TO_CARD
        if not self._may_write(turn):
            return [Reply(NOT_ALLOWED if _parent(turn) else NOT_YOURS, (back,))]
        pages = _pages(turn)
        replies = [Reply(PARENT_INTRO if _parent(turn) else WORKER_INTRO)]
        for number, page in enumerate(pages, start=1):
            replies.append(Reply(_shown(number, page)))
        buttons: list[Choice] = []
        if pages:
            buttons += [Choice("save", T("💾 Save this version")), Choice("undo", T("↩️ Take out the last page"))]
        replies.append(Reply(T("Write page {number}.", number=len(pages) + 1), (*buttons, back)))
        return replies

    def add_page(self, event: Any) -> None:
        """Words: a new page, or the words of the picture just sent alone (the last page, a picture with no
        words yet)."""
        turn: Turn = event.model
        if not self._may_write(turn):
            self._refuse(turn)
            return
        words = turn.input.value.strip()
        pages = _pages(turn)
        if not words or len(words) > MAX_PAGE:
            turn.say(T("Please keep a page to {limit} characters or fewer. That page was not added.", limit=MAX_PAGE))
            return
        if pages and pages[-1]["picture"] is not None and not pages[-1]["words"]:
            turn.slots["pages"] = [*pages[:-1], {**pages[-1], "words": words}]
            return
        if len(pages) >= MAX_PAGES:
            turn.say(T("A story can have {limit} pages at most. That page was not added.", limit=MAX_PAGES))
            return
        turn.slots["pages"] = [*pages, {"words": words, "picture": None}]

    def add_picture(self, event: Any) -> None:
        """A photo: a new page with that picture, its caption the page's words (else the next words sent).
        A file the adapter refused, or a voice note, is not added, and the writer is told why."""
        turn: Turn = event.model
        if not self._may_write(turn):
            self._refuse(turn)  # the file is not kept: no page names it
            return
        media = turn.input.attached
        if media is None or media.media_id is None:
            turn.say(PICTURE_REFUSED.get(media.refused if media else "", PICTURE_REFUSED["format"]))
            return
        if media.kind != "picture":
            turn.say(ONLY_PICTURES)
            return
        words, pages = media.caption.strip(), _pages(turn)
        if len(words) > MAX_PAGE:
            turn.say(T("Please keep a page to {limit} characters or fewer. That page was not added.", limit=MAX_PAGE))
            return
        if len(pages) >= MAX_PAGES:
            turn.say(T("A story can have {limit} pages at most. That page was not added.", limit=MAX_PAGES))
            return
        turn.slots["pages"] = [*pages, {"words": words, "picture": media.media_id}]
        turn.effect(KeepFile(media.media_id))
        if not words:
            turn.say(T("The picture is page {number}. Send the words for it now, or send the next page.",
                       number=len(pages) + 1))  # fmt: skip

    def undo(self, event: Any) -> None:
        turn: Turn = event.model
        pages = _pages(turn)
        turn.slots["pages"] = pages[:-1]
        self._drop(turn, pages[-1:])

    def leave(self, event: Any) -> None:
        """Back to the case (or the menu): a draft left unsaved goes, with its pictures."""
        turn: Turn = event.model
        if turn.state == "write" and "pages" in turn.slots:
            self._drop(turn, _pages(turn))
        turn.finish()

    @staticmethod
    def _drop(turn: Turn, pages: list[dict[str, Any]]) -> None:
        """The pictures of these pages, unless a saved version has them (the storage checks)."""
        pictures = [int(p["picture"]) for p in pages if p["picture"] is not None]
        if pictures:
            turn.book.drop_story_pictures(int(turn.slots.get("case_id", 0)), pictures)

    def save(self, event: Any) -> bool:
        turn: Turn = event.model
        pages = _pages(turn)
        saved: StoryVersion | None = turn.book.save_story(
            int(turn.slots.get("case_id", 0)), [p["words"] for p in pages], [p["picture"] for p in pages]
        )
        if saved is None:
            self._refuse(turn)
            return False
        turn.slots.update(story=saved.story_id, version=saved.version)
        if _parent(turn):  # the case's workers read it, and approve it if it is right
            case_id = int(turn.slots.get("case_id", 0))
            told = T(
                "A parent or carer in {case} saved version {version} of the story for the young person. Read it, "
                "and approve it if it is right, from the case card: 📖 Words and pictures.",
                case=Text.as_written(turn.who.case_label or ""),
                version=saved.version,
            )
            for telegram_id in turn.book.story_workers(case_id):
                turn.effect(Notify(telegram_id, told, T("📁 Open the case"), f"cases {case_id}"))
        return True

    def ask_saved(self, turn: Turn) -> list[Reply]:
        if _parent(turn):
            return [
                Reply(
                    T(
                        "Saved as version {version}. Your social worker is told. They read it, and send it to "
                        "the young person when it is right.",
                        version=int(turn.slots.get("version", 0)),
                    ),
                    (Choice("change", T("✏️ Change it")), BACK_TO_MENU),
                )
            ]
        return [
            Reply(
                T(
                    "Saved as version {version}. Approve it when it is right: the young person then gets a "
                    "message with a button to read it, a page at a time.",
                    version=int(turn.slots.get("version", 0)),
                ),
                (
                    Choice("approve", T("✅ Approve it and send it")),
                    Choice("change", T("✏️ Change it")),
                    BACK_TO_CARD,
                ),
            )
        ]

    def approve(self, event: Any) -> None:
        turn: Turn = event.model
        if _parent(turn):  # never a parent's: their screen has no such button
            self._refuse(turn)
            return
        case_id = int(turn.slots.get("case_id", 0))
        done = turn.book.approve_story(case_id, int(turn.slots.get("story", 0)))
        if done is None:
            turn.say(NOT_YOURS)
            turn.finish()
            return
        story, readers = done
        for telegram_id in readers:
            turn.effect(story_note(telegram_id, story.story_id))
        if readers:
            turn.say(T("Version {version} is approved and sent to the young person.", version=story.version))
        else:
            turn.say(
                T("Version {version} is approved. No young person has joined the case yet: approve it again "
                  "after they join, to send it.", version=story.version)
            )  # fmt: skip
        turn.finish()

    # -- who may help write it (the worker)

    def ask_drafters(self, turn: Turn) -> list[Reply]:
        case_id = int(turn.slots.get("case_id", 0))
        card: CaseCard | None = turn.book.card(case_id)
        allowed = turn.book.story_drafters(case_id)
        if card is None or card.closed or allowed is None or _parent(turn):
            return [Reply(NOT_YOURS, (BACK_TO_CARD,))]
        buttons: list[Choice] = []
        for m in (m for m in card.members if m.role == Role.PARENT):
            name = person_name(m.role, m.number)
            if m.membership_id in allowed:
                buttons.append(Choice(f"withdraw:{m.membership_id}", T("🚫 Stop {member} writing it", member=name)))
            else:
                buttons.append(Choice(f"allow:{m.membership_id}", T("✍️ Let {member} help write it", member=name)))
        return [
            Reply(
                T(
                    "A parent or carer you allow can write drafts of the story from their own menu, with "
                    "pictures, and save versions; you are told of each. Only you approve a version and send it "
                    "to the young person. They never see the young person's questions."
                ),
                (*buttons, BACK_TO_CARD),
            )
        ]

    def allow(self, event: Any) -> None:
        turn: Turn = event.model
        allowed = turn.input.value.partition(":")[0] == "allow"
        case_id, member = int(turn.slots.get("case_id", 0)), int(turn.argument or 0)
        card: CaseCard | None = turn.book.card(case_id)
        found = [m for m in card.members if m.membership_id == member] if card is not None else []
        to = turn.book.allow_story_drafter(case_id, member, allowed) if found and not _parent(turn) else None
        if to is None:
            self._refuse(turn)
            return
        name = person_name(found[0].role, found[0].number)
        if allowed:
            turn.say(T("{member} can now help write the story, from their menu.", member=name))
            turn.effect(
                Notify(
                    to,
                    T(
                        "Your social worker asks you to help write a story for your child. It says what is "
                        "happening, page by page. Find it in your menu: 📖 Help write the story for the young "
                        "person. Your social worker reads it before your child does."
                    ),
                )
            )
        else:
            turn.say(T("{member} can no longer write the story.", member=name))
            turn.effect(Notify(to, T("You can no longer write the story. What you wrote is kept.")))


def story_note(to: int, story_id: int) -> Notify:
    """The message that gives a young person their story: its button opens it (a command, so it works from
    this message however old), and their help button is there too."""
    text = T("Your social worker wrote a story for you. It says what is happening and how everyone is helping "
             "to keep you safe. You can read it slowly, one page at a time.")  # fmt: skip
    helper = HELP_BUTTONS[Role.YOUNG_PERSON]
    also = ((helper.choice.label, helper.dialogue),)
    return Notify(to, text, T("📖 Read my story"), f"{STORY_COMMAND} {story_id}", also=also)


NEXT = Choice("next", T("➡️ Next"))
QUESTION = Choice("question", T("❓ I have a question"))
THE_END = Choice("end", T("✅ The end"))
NOT_NOW = Choice(NOT_NOW_ID, T("⬅️ Not now"))
NOT_FOUND = T("I can't find that story. It may be from a case you are not in now.")


class ReadStory(Dialogue):
    """``/story <story>``, the button on the message: the approved story, a page at a time, with "Next" and
    "I have a question"; then back to where they were."""

    name = "readstory"
    states = ("page", "question")
    command = STORY_COMMAND
    takes_argument = True
    roles = frozenset({Role.YOUNG_PERSON})

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "next", "source": "page", "dest": "page", "after": self.next},
            {"trigger": "end", "source": "page", "dest": None, "after": self.end},
            {"trigger": "question", "source": "page", "dest": "question"},
            {"trigger": "text", "source": "question", "dest": "page", "after": self.ask},
            {"trigger": NOT_NOW_ID, "source": "question", "dest": "page"},
        ]

    def on_open(self, turn: Turn) -> None:
        argument = turn.input.argument.strip()
        found: StoryVersion | None = turn.book.story_for_me(int(argument)) if argument.isdigit() else None
        if found is None or not found.pages:
            turn.say(NOT_FOUND)
            turn.finish()
            return
        turn.slots.update(story=found.story_id, page=0)
        _show_picture(turn, found, 0)

    def _story(self, turn: Turn) -> StoryVersion | None:
        found: StoryVersion | None = turn.book.story_for_me(int(turn.slots.get("story", 0)))
        return found

    def ask_page(self, turn: Turn) -> list[Reply]:
        story = self._story(turn)
        if story is None or not story.pages:
            return [Reply(NOT_FOUND, (THE_END,))]
        number = min(int(turn.slots.get("page", 0)), len(story.pages) - 1) + 1
        last = number == len(story.pages)
        buttons = (THE_END if last else NEXT, QUESTION)
        words = story.pages[number - 1]
        shown = [Reply(T("Page {number} of {total}", number=number, total=len(story.pages)))]
        if story.picture(number - 1) is not None:
            shown.append(Reply(T("🖼️ This page has a picture."), () if words else buttons))
        if words or story.picture(number - 1) is None:
            shown.append(Reply(Text.as_written(words), buttons))
        return shown

    def ask_question(self, turn: Turn) -> list[Reply]:
        return [Reply(T("What is your question? Your social worker will read it."), (NOT_NOW,))]

    def next(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots["page"] = int(turn.slots.get("page", 0)) + 1
        story = self._story(turn)
        if story is not None:
            _show_picture(turn, story, min(turn.slots["page"], len(story.pages) - 1))

    def end(self, event: Any) -> None:
        turn: Turn = event.model
        turn.say(T("That is the end of your story. You can read it again any time with the button on the message."))
        turn.finish()

    def ask(self, event: Any) -> None:
        turn: Turn = event.model
        page = int(turn.slots.get("page", 0)) + 1
        keep_words(turn, topics.STORY_QUESTION, words_of(turn), open_help=False, story=int(turn.slots.get("story", 0)),
                   page=page)  # fmt: skip
        if alerted(turn):  # the question is kept: the help comes first, and the story waits under it
            turn.open(HELP_DIALOGUE[Role.YOUNG_PERSON])
            return
        turn.say(T("Thank you. I have kept your question. Your social worker will read it."))


def _show_picture(turn: Turn, story: StoryVersion, index: int) -> None:
    """The page's picture, if it has one, sent to the reader after the page's words (a file)."""
    picture = story.picture(index)
    if picture is not None:
        turn.effect(StoryPicture(story.story_id, picture))
