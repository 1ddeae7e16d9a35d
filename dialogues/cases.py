"""Cases and invitations: a worker opens a case, invites people, looks after its members; a young
person or parent joins through their invitation, or leaves.

Case data comes through ``turn.book`` (`dialogues.casebook.Casebook`), which checks on every call that
the person may do what they ask. Buttons carry only case, invitation and membership ids; a forged or
stale id is refused by storage, and the dialogue says so kindly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dialogues import topics
from dialogues.alerts import ON_IT_COMMAND, alert_lines, on_it_choices, take_alert
from dialogues.casebook import CaseCard, Joined, Member, NewInvitation
from dialogues.engine import (
    Choice,
    Dialogue,
    EraseCase,
    Export,
    Notify,
    OpenMedia,
    Reply,
    Role,
    SetLocale,
    SetRole,
    Turn,
)
from dialogues.home import EMERGENCY, language_choices, worker_bullets
from dialogues.meeting import card_choices as meeting_choices
from dialogues.meeting import card_transitions as meeting_transitions
from dialogues.messages import Nn_, T, Text
from dialogues.prompts import DISMISSED, prompts
from dialogues.said import card_choices as word_choices
from dialogues.said import card_transitions as word_transitions
from dialogues.shared_view import media_label, network_name, person_name, shared_view
from dialogues.story import card_choices as story_choices
from dialogues.story import card_transitions as story_transitions

MAX_LABEL = 60
MAX_DISPLAY_NAME = 64  # Telegram's own limit for a first name
JOIN_CHOICE = "join"  # the "Yes, join" button: the one press whose step reads the first name Telegram gives
WORKER_ONLY = frozenset({Role.WORKER})
FAMILY = frozenset({Role.YOUNG_PERSON, Role.PARENT, Role.NETWORK})
MAX_NAME = 60  # a safety network member's name, or their relationship to the family

INVITE_ROLES = ("young_person", "parent", "worker")
AS_ROLE: dict[str, Text] = {
    "young_person": T("a young person"),
    "parent": T("a parent or carer"),
    "network": T("someone in the family's safety network"),
    "worker": T("a social worker working on the case with them"),
}
NOT_YOURS = T("That is not one of your cases, or it has closed.")
BACK_TO_CARD = Choice("card", T("⬅️ Back to the case"))
ALL_CASES = Choice("list", T("📁 All my cases"))


def _everyone(event: Any) -> None:
    """The list of everyone who can be taken out, not only the one a "who joined" message named."""
    event.model.slots.pop("only", None)


def member_name(member: Member) -> Text:
    if member.role == Role.NETWORK and member.name:
        return network_name(member.number, member.name, member.relationship)
    return person_name(member.role, member.number, member.worker_name)


def _card_id(turn: Turn) -> int:
    return int(turn.slots.get("case_id", 0))


def _card(turn: Turn) -> CaseCard | None:
    card: CaseCard | None = turn.book.card(_card_id(turn))
    return card


class NewCase(Dialogue):
    """``/newcase``: a worker opens a case under a short label that names nobody."""

    name = "newcase"
    states = ("label",)
    command = "newcase"
    roles = WORKER_ONLY

    def transitions(self) -> list[dict[str, Any]]:
        return [{"trigger": "text", "source": "label", "dest": None, "after": lambda e: self.open_case(e.model)}]

    def ask_label(self, turn: Turn) -> list[Reply]:
        return [
            Reply(
                T(
                    "What short label shall I give the new case? Please don't use real names: "
                    'a label like "Family B" or "Case 14" is enough. Only you and the people you invite see it.'
                )
            )
        ]

    def open_case(self, turn: Turn) -> None:
        label = turn.input.value.strip()
        case_id = turn.book.open_case(label) if len(label) <= MAX_LABEL else None
        if case_id is None:
            turn.say(T("Please send a label of up to {limit} characters.", limit=MAX_LABEL))
            return
        turn.say(T('The case "{label}" is open.', label=Text.as_written(label)))
        turn.open("cases", state="card", slots={"case_id": case_id}, replace=True)


CARD_ASIDES = ("revoke", "remove", "reset", "close", "shared", "erase")  # screens a card's action opens


class Cases(Dialogue):
    """``/cases``: a worker's cases; a case card with its members, invitations and actions."""

    name = "cases"
    states = ("list", "card", "revoke", "remove", "reset", "close", "shared", "erase", "netname", "netrel")
    command = "cases"
    takes_argument = True
    roles = WORKER_ONLY

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "case", "source": "list", "dest": "card", "before": self.pick},
            {"trigger": "new", "source": "list", "dest": None, "after": lambda e: e.model.open("newcase")},
            {"trigger": "list", "source": ["card", "shared"], "dest": "list"},
            {"trigger": "card", "source": [*CARD_ASIDES, "netname", "netrel"], "dest": "card"},
            {"trigger": "invite", "source": "card", "dest": None, "after": self.invite},
            {"trigger": "network", "source": "card", "dest": "netname"},
            {"trigger": "text", "source": "netname", "dest": None, "after": self.named},
            {"trigger": "text", "source": "netrel", "dest": None, "after": self.invite_network},
            {"trigger": "revoking", "source": "card", "dest": "revoke"},
            {"trigger": "revoke", "source": "revoke", "dest": "card", "after": self.revoke},
            {"trigger": "removing", "source": "card", "dest": "remove", "before": _everyone},
            {"trigger": "remove", "source": "remove", "dest": "card", "after": self.remove},
            {"trigger": "resetting", "source": "card", "dest": "reset"},
            {"trigger": "reset", "source": "reset", "dest": "card", "after": self.reset},
            {"trigger": "closing", "source": "card", "dest": "close"},
            {"trigger": "close", "source": "close", "dest": "list", "after": self.close},
            {"trigger": "shared", "source": "card", "dest": "shared"},
            {"trigger": "look", "source": "shared", "dest": None, "after": self.look},
            {"trigger": "erasing", "source": "card", "dest": "erase"},
            {"trigger": "text", "source": "erase", "dest": None, "after": self.erase},
            # from what was shared, a file goes back to the card: its words are not sent (nor read) again
            {"trigger": "export", "source": ["card", "erase"], "dest": None, "after": self.export},
            {"trigger": "export", "source": "shared", "dest": "card", "after": self.export},
            {"trigger": "chart", "source": "card", "dest": None, "after": self.chart},
            {"trigger": "chart", "source": "shared", "dest": "card", "after": self.chart},
            {"trigger": "dismiss", "source": "card", "dest": None, "after": self.dismiss},
            # an alert's "I'm on it" on the card: taken (checked by storage), and the card again, showing who
            {"trigger": ON_IT_COMMAND, "source": "card", "dest": None, "after": self.on_it},
            {
                "trigger": "guide",
                "source": "card",
                "dest": None,
                "after": lambda e: e.model.open("guide", slots={"case_id": _card_id(e.model)}),
            },
            {
                "trigger": "scale",
                "source": "card",
                "dest": None,
                "after": lambda e: e.model.open("scalesetup", slots={"case_id": _card_id(e.model)}),
            },
            *word_transitions(),
            *story_transitions(),
            *meeting_transitions(),
        ]

    def on_open(self, turn: Turn) -> None:
        """``/cases 12`` (or a notification's button) opens that case's card straight away; ``/cases 12 out
        34`` (the button on "someone joined") asks to take member 34 out of it."""
        words = turn.input.argument.split()
        if words and words[0].isdigit():
            turn.state = "card"
            turn.slots["case_id"] = int(words[0])
        if len(words) == 3 and words[0].isdigit() and words[1] == "out" and words[2].isdigit():
            turn.state = "remove"
            turn.slots["only"] = int(words[2])

    # -- the list ---------------------------------------------------------------------------------

    def ask_list(self, turn: Turn) -> list[Reply]:
        """The worker's cases, each named with its number, the one ``/cases N`` opens: open ones first, with
        how much is new, then the closed ones under "Closed"."""
        new = Choice("new", T("➕ New case"))
        cases = turn.book.cases()
        if not any(not case.closed for case in cases):
            lines = [T("You have no open cases yet. Open one, then invite the family.")]
        else:
            lines = [T("Your open cases:")]
        buttons = []
        for case in cases:
            label = Text.as_written(case.label)
            if case.closed:
                text = T("🔒 Case {number}: {label}", number=case.id, label=label)
            elif case.unanswered:  # before anything new: a worker scanning the list sees it first
                forms = Nn_(
                    "⚠️ Case {number}: {label} · {count} urgent alert nobody is on yet",
                    "⚠️ Case {number}: {label} · {count} urgent alerts nobody is on yet",
                )
                text = Text.plural_of(forms, case.unanswered, number=case.id, label=label)
            elif case.new:
                forms = Nn_("📁 Case {number}: {label} · {count} new", "📁 Case {number}: {label} · {count} new")
                text = Text.plural_of(forms, case.new, number=case.id, label=label)
            else:
                text = T("📁 Case {number}: {label}", number=case.id, label=label)
            buttons.append(Choice(f"case:{case.id}", text))
        closed = [T("• Case {number}: {label}", number=c.id, label=Text.as_written(c.label)) for c in cases if c.closed]
        if closed:
            lines += [T("Closed:"), *closed]
        if cases:
            lines.append(T("To open one, press its button or type /cases and its number."))
        return [Reply(Text.list_of(lines), (*buttons, new))]

    def pick(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots["case_id"] = int(turn.argument)

    # -- the card ---------------------------------------------------------------------------------

    def ask_card(self, turn: Turn) -> list[Reply]:
        card = _card(turn)
        if card is None:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        lines: list[Reply] = [Reply(T("Case: {label}", label=Text.as_written(card.label)))]
        if card.closed:
            lines.append(Reply(T("This case is closed: nobody can share anything new in it.")))
        if card.held:
            lines.append(Reply(T("Legal hold: this case will not be erased while the hold is on.")))
        family = [m for m in card.members if m.role != Role.WORKER]
        members = [T("• {member}, joined {date}", member=member_name(m), date=m.joined_at) for m in card.members]
        lines.append(Reply(Text.list_of([T("Members:"), *members])))
        if not family:
            lines.append(Reply(T("No young person or parent has joined yet. Invite them below.")))
        if card.invitations:
            lines.append(
                Reply(Text.plural_of(Nn_("{count} invitation not used yet.", "{count} invitations not used yet."),
                                     len(card.invitations)))
            )  # fmt: skip
        if card.last_activity is None:
            lines.append(Reply(T("Nothing shared yet.")))
        else:
            lines.append(Reply(T("Last shared: {date}", date=card.last_activity)))
            lines.append(
                Reply(Text.plural_of(Nn_("{count} new answer since you last looked.",
                                         "{count} new answers since you last looked."), card.new))
            )  # fmt: skip
        if card.alerts:
            lines.append(
                Reply(Text.plural_of(Nn_("⚠️ {count} urgent alert since you last looked.",
                                         "⚠️ {count} urgent alerts since you last looked."), card.alerts))
            )  # fmt: skip
        alerts = turn.book.alerts(card.id) or ()
        lines.extend(alert_lines(alerts))
        shared = turn.book.shared(card.id, purpose="prompts") or []
        checks = [a for a in shared if a.topic == topics.AIM_CHECK and a.value.isdigit()][-3:]
        if checks:
            lines.append(Reply(Text.list_of([T("Practice-guide checks:"), *(
                T("• Aim {number}, {date}: {seen} of {all} signs of success seen", number=int(a.value),
                  date=a.created_at, seen=len(a.data.get("seen", [])),
                  all=len(a.data.get("seen", [])) + len(a.data.get("missing", [])))
                for a in checks)])))  # fmt: skip
        found = [] if card.closed else prompts(shared, card.members)
        if found:  # counted once each, with no words, for the service's practice report
            turn.book.prompts_raised(card.id, [f"{p.rule.id}:{p.key}" for p in found])
        lines.extend(Reply(p.text) for p in found)
        dismiss = tuple(Choice(f"dismiss:{p.rule.id}", T("✖️ Dismiss: {why}", why=Text(p.rule.why))) for p in found)
        actions = self.card_choices(card, bool(turn.book.public_url))
        lines.append(Reply(T("What would you like to do?"), (*on_it_choices(alerts), *actions, *dismiss)))
        return lines

    def on_it(self, event: Any) -> None:
        turn: Turn = event.model
        if turn.argument.isdigit():
            take_alert(turn, int(turn.argument))

    def dismiss(self, event: Any) -> None:
        turn: Turn = event.model
        card = _card(turn)
        shared = turn.book.shared(_card_id(turn), purpose="prompts") or []
        for found in prompts(shared, card.members if card else ()):
            if found.rule.id == turn.argument:
                turn.keep(DISMISSED, found.rule.id, case_id=_card_id(turn), key=found.key)
                turn.say(T("Dismissed. It will show again if something new makes it true."))

    def card_choices(self, card: CaseCard, web: bool = False) -> tuple[Choice, ...]:
        """The card's actions; ``web``: the web chat runs, so a parent can be invited to it."""
        choices = [
            Choice("shared", T("📖 What they shared")),
            Choice("scale", T("📏 Safety goal, scale and my score")),
            Choice("guide", T("🧭 Check an aim of the practice guide")),
            Choice("chart", T("📈 Progress chart")),
            Choice("export", T("📄 Export for the assessment")),
        ]
        if not card.closed:
            choices += [
                Choice("invite:young_person", T("🧒 Invite a young person")),
                Choice("invite:parent", T("🧑 Invite a parent or carer")),
                *((Choice("invite:parent:web", T("🌐 Invite a parent or carer to the web chat")),) if web else ()),
                Choice("network", T("🫂 Invite someone from the family's safety network")),
                Choice("invite:worker", T("🤝 Invite a co-worker")),
            ]
            choices += (*word_choices(card), *meeting_choices(card), *story_choices(card))
            if card.invitations:
                choices.append(Choice("revoking", T("🚫 Cancel an invitation")))
            if any(not m.is_asker for m in card.members):
                choices.append(Choice("removing", T("👋 Take someone out of the case")))
            if any(m.on_web and m.role != Role.WORKER for m in card.members):
                choices.append(Choice("resetting", T("🔑 Reset someone's web chat secret")))
            choices.append(Choice("closing", T("🔒 Close the case")))
        if not card.held:
            choices.append(Choice("erasing", T("🗑️ Erase this case")))
        choices.append(ALL_CASES)
        return tuple(choices)

    def invite(self, event: Any) -> None:
        turn: Turn = event.model
        role, _, web = turn.argument.partition(":")  # "parent:web": a parent who asked for the web chat
        invitation = turn.book.invite(_card_id(turn), role) if role in INVITE_ROLES else None
        if invitation is None:
            turn.say(NOT_YOURS)
            return
        self.send_invitation(turn, invitation, bool(web))

    # -- inviting someone from the family's safety network: their name and relationship first ---------

    def ask_netname(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T('Who are you inviting from the family\'s safety network? Write their name as the family says it, '
                    'for example "Jo" or "Nan".'), (BACK_TO_CARD,)),
        ]  # fmt: skip

    def ask_netrel(self, turn: Turn) -> list[Reply]:
        return [
            Reply(T('Who is {name} to the family? For example "Mum\'s friend", "grandmother" or "neighbour".',
                    name=Text.as_written(turn.slots.get("name", ""))), (BACK_TO_CARD,)),
        ]  # fmt: skip

    def named(self, event: Any) -> None:
        turn: Turn = event.model
        name = " ".join(turn.input.value.split())
        if len(name) > MAX_NAME:
            turn.say(T("Please keep it to {limit} characters or fewer.", limit=MAX_NAME))
            return
        turn.slots["name"] = name
        turn.state = "netrel"

    def invite_network(self, event: Any) -> None:
        turn: Turn = event.model
        relationship = " ".join(turn.input.value.split())
        if len(relationship) > MAX_NAME:
            turn.say(T("Please keep it to {limit} characters or fewer.", limit=MAX_NAME))
            return
        name = turn.slots.pop("name", "")
        invitation = turn.book.invite(_card_id(turn), Role.NETWORK.value, name, relationship)
        turn.state = "card"
        if invitation is None:
            turn.say(NOT_YOURS)
            return
        self.send_invitation(turn, invitation)
        turn.say(T('When they have joined, write what they will do in the safety plan: "{button}" on the case card.',
                   button=T("📏 Safety goal, scale and my score")))  # fmt: skip

    def send_invitation(self, turn: Turn, invitation: NewInvitation, web: bool = False) -> None:
        """The worker's one-time invitation: its Telegram link, its web link where the web chat runs (always for
        a young person or someone in the safety network; for a parent, when ``web``), and the code alone."""
        role = invitation.role
        turn.say(
            T(
                "Here is a one-time invitation for {someone}. Send it to them yourself, for example by text "
                "message. It works once, until {date}.",
                someone=AS_ROLE[role],
                date=invitation.expires_at,
            )
        )
        if turn.book.bot_username:
            link = f"https://t.me/{turn.book.bot_username}?start={invitation.code}"
            turn.say(Text.as_written(link))
        if turn.book.public_url and (role in WEB_ROLES or (web and role in FAMILY)):
            web_link = f"{turn.book.public_url}/join/{invitation.code}"
            turn.say(T("Or open it on the web, with no app: {link}", link=Text.as_written(web_link)))
        turn.say(T("The code on its own (for the terminal chat): /start {code}", code=Text.as_written(invitation.code)))

    # -- invitations, members, closing ------------------------------------------------------------

    def ask_revoke(self, turn: Turn) -> list[Reply]:
        card = _card(turn)
        if card is None:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        buttons = [
            Choice(f"revoke:{i.id}", T("🚫 {someone}, until {date}", someone=AS_ROLE[i.role], date=i.expires_at))
            for i in card.invitations
        ]
        return [Reply(T("Which invitation shall I cancel? Its link will stop working."), (*buttons, BACK_TO_CARD))]

    def revoke(self, event: Any) -> None:
        turn: Turn = event.model
        if turn.book.revoke(_card_id(turn), int(turn.argument)):
            turn.say(T("Cancelled. That invitation no longer works."))
        else:
            turn.say(T("That invitation was already used or cancelled."))

    def ask_remove(self, turn: Turn) -> list[Reply]:
        card = _card(turn)
        if card is None:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        if "only" in turn.slots:  # from the message that told them who joined
            found = [m for m in card.members if m.membership_id == turn.slots["only"] and not m.is_asker]
            if not found:
                return [Reply(T("They are no longer in this case."), (BACK_TO_CARD,))]
            return [
                Reply(
                    T(
                        "Take {member} out of the case? They will be told, and what they shared stays with the case.",
                        member=member_name(found[0]),
                    ),
                    (Choice(f"remove:{found[0].membership_id}", T("👋 Yes, take them out")), BACK_TO_CARD),
                )
            ]
        buttons = [
            Choice(f"remove:{m.membership_id}", T("👋 {member}", member=member_name(m)))
            for m in card.members
            if not m.is_asker
        ]
        return [
            Reply(
                T("Who shall I take out of the case? They will be told, and what they shared stays with the case."),
                (*buttons, BACK_TO_CARD),
            )
        ]

    def remove(self, event: Any) -> None:
        turn: Turn = event.model
        turn.slots.pop("only", None)
        card = _card(turn)
        membership_id = int(turn.argument)
        telegram_id = turn.book.remove_member(_card_id(turn), membership_id)
        if telegram_id is None or card is None:
            turn.say(NOT_YOURS)
            return
        turn.say(T("Done. They are no longer in this case."))
        gone = next(m for m in card.members if m.membership_id == membership_id)
        if gone.role != Role.WORKER:
            turn.effect(Notify(telegram_id, T(
                "Your social worker has taken you out of this case in Safety Companion. What you shared before "
                "stays with your case. If you have questions, please ask your social worker."
            ), role_changed=True))  # fmt: skip
            return
        turn.effect(Notify(telegram_id, T('You have been taken out of the case "{label}", so you can\'t open it '
                                          "any more.", label=Text.as_written(card.label))))  # fmt: skip
        staying = [m.worker_name for m in card.members if m.role == Role.WORKER and m.membership_id != membership_id]
        told = Text.list_of([T("{worker} is not working on your case any more, so they can't read what you share "
                               "now.", worker=Text.as_written(gone.worker_name or "")),
                             *_reading([name for name in staying if name])])  # fmt: skip
        for family in turn.book.family_of(card.id) or ():
            turn.effect(Notify(family, told))

    def ask_reset(self, turn: Turn) -> list[Reply]:
        card = _card(turn)
        if card is None:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        buttons = [
            Choice(f"reset:{m.membership_id}", T("🔑 {member}", member=member_name(m)))
            for m in card.members
            if m.on_web and m.role != Role.WORKER
        ]
        return [
            Reply(
                T("Whose web chat secret shall I reset? Use this when they forgot it or the chat is locked. "
                  "It unlocks the chat, and they choose a new secret next time they open it. Nothing they "
                  "shared is lost."),
                (*buttons, BACK_TO_CARD),
            )
        ]  # fmt: skip

    def reset(self, event: Any) -> None:
        turn: Turn = event.model
        address = turn.book.reset_secret(_card_id(turn), int(turn.argument))
        if address is None:
            turn.say(NOT_YOURS)
            return
        turn.say(
            T(
                "Done. Their chat is unlocked, and they will choose a new secret next time they open it. "
                "They will need the web link of their invitation, or the browser they used before."
            )
        )
        turn.effect(Notify(address, T("Your social worker unlocked your chat, so you could choose a new secret. "
                                      "Everything you shared is still here.")))  # fmt: skip

    def ask_close(self, turn: Turn) -> list[Reply]:
        card = _card(turn)
        if card is None:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        return [
            Reply(
                T(
                    'Close "{label}"? Nobody will be able to share anything new in it, and the family will be '
                    "told. What was shared stays, and you can still read and export it.",
                    label=Text.as_written(card.label),
                ),
                (Choice("close", T("🔒 Yes, close it")), Choice("card", T("No, keep it open"))),
            )
        ]

    def close(self, event: Any) -> None:
        turn: Turn = event.model
        family = turn.book.close_case(_card_id(turn))
        if family is None:
            turn.say(NOT_YOURS)
            return
        turn.say(T("The case is closed."))
        for telegram_id in family:
            turn.effect(Notify(telegram_id, CASE_CLOSED, role_changed=True))

    def ask_erase(self, turn: Turn) -> list[Reply]:
        card = _card(turn)
        if card is None or card.held:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        label = Text.as_written(card.label)
        return [
            Reply(
                T(
                    'Erase "{label}"? Everything shared in it will be deleted for good: nobody will be able to read '
                    "it again, not even from a backup. Everyone in the case will be told that it has ended.",
                    label=label,
                )
            ),
            Reply(T("If your council needs a record of it, export it first.")),
            Reply(
                T("To erase it, type its label exactly: {label}", label=label),
                (Choice("export", T("📄 Export for the assessment")), Choice("card", T("No, keep it"))),
            ),
        ]

    def erase(self, event: Any) -> None:
        turn: Turn = event.model
        card = _card(turn)
        if card is None or card.held:
            turn.say(NOT_YOURS)
            return
        if " ".join(turn.input.value.split()).casefold() != " ".join(card.label.split()).casefold():
            turn.say(T("That is not this case's label, so nothing was erased."))
            return
        turn.effect(EraseCase(card.id))
        turn.say(
            T(
                'Erasing "{label}" now. Everyone in it will be told that it has ended.',
                label=Text.as_written(card.label),
            )
        )
        turn.finish()

    # -- what was shared ------------------------------------------------------------------------

    def ask_shared(self, turn: Turn) -> list[Reply]:
        answers = turn.book.shared(_card_id(turn))
        if answers is None:
            return [Reply(NOT_YOURS, (ALL_CASES,))]
        back = (
            Choice("chart", T("📈 Progress chart")),
            Choice("export", T("📄 Export for the assessment")),
            BACK_TO_CARD,
            ALL_CASES,
        )
        if not answers:
            return [Reply(T("Nobody in this case has shared anything yet."), back)]
        intro = Reply(T("What they shared, in their own words, with who said it and when:"))
        house_topics = {topic for topic, _ in topics.COLUMNS}
        files = [
            Choice(f"look:{a.data['media']}", T("📂 Open {what} ({date})", what=label, date=a.created_at))
            for a in answers
            if a.topic in house_topics and a.data.get("media") and (label := media_label(a.data)) is not None
        ]
        sections = [Reply(section) for section in shared_view(answers)]
        return [intro, *sections, Reply(T("What next?"), (*files, *back))]

    def look(self, event: Any) -> None:
        """A picture or voice note of the case, sent to the worker alone (protected content)."""
        turn: Turn = event.model
        turn.effect(OpenMedia(_card_id(turn), int(turn.argument)))
        turn.say(T("Here it is, for you only: it can't be forwarded or saved."))

    def export(self, event: Any) -> None:
        turn: Turn = event.model
        turn.effect(Export(_card_id(turn)))
        turn.say(T("Here is the export: a PDF for the assessment and a CSV of every answer."))

    def chart(self, event: Any) -> None:
        turn: Turn = event.model
        turn.effect(Export(_card_id(turn), chart_only=True))
        turn.say(T("Here is the progress chart: each person's scores on the case's scale over time."))


CASE_CLOSED = T(
    "Your social worker has closed your case in Safety Companion, so I can't take anything new here. "
    "Thank you for everything you shared. If you need help, talk to your social worker."
)
BAD_CODE = T(
    "Sorry, that invitation doesn't work. Please check you used the whole link, or ask your social worker "
    "for a new one. If you have tried several times, please wait 10 minutes."
)


ALREADY_IN = T(
    "You are already in this case, so this invitation is not for you. Nothing has changed. "
    "The link still works for the person it is for."
)
ALREADY_WORKING = T(
    "You already work on this case, so you don't need this invitation. Nothing has changed, "
    "and it still works for the person it is for."
)


# who is always offered the web chat's link (parents when asked)
WEB_ROLES = (Role.YOUNG_PERSON.value, Role.NETWORK.value)


def for_family(role: str) -> Text:
    """What a worker is told who opens an invitation for a young person or parent."""
    return T(
        "This invitation is for {someone}. You are a social worker here, so you can't join with it. "
        "Nothing has changed, and it still works for the person it is for.",
        someone=AS_ROLE[role],
    )


NOW_READING = T("Now these social workers read what you share:")


def _reading(names: Sequence[str]) -> list[Text]:
    return [NOW_READING, *worker_bullets(names)]


def welcome(role: str, worker_name: str, workers: Sequence[str]) -> list[Text]:
    """What an invitation for a young person or parent says first: who invited them, what it is for, who
    reads what and when, what to do in an emergency. The web chat shows it too before anyone joins."""
    worker = Text.as_written(worker_name)
    if len(workers) > 1:
        reads = Text.list_of(
            [
                T("These social workers will read what you share here, before they see you:"),
                *worker_bullets(workers),
                T("They don't read it all the time, so this chat is not for emergencies."),
            ]
        )
    else:
        reads = T(
            "{worker} will read what you share here, before they see you. They don't read it all the "
            "time, so this chat is not for emergencies.",
            worker=worker,
        )
    return [
        T("Hello! {worker}, your social worker, has invited you to Safety Companion as {someone}.",
          worker=worker, someone=AS_ROLE[role]),
        T("Here you can tell {worker} how things are, in your own words, between visits.", worker=worker),
        reads,
        EMERGENCY,
    ]  # fmt: skip


class Join(Dialogue):
    """``/start <code>``: who invited them, what the bot is for, who reads what; then they choose.

    Someone already in a case is told first what joining would change. Nothing changes, and the code stays
    unused, until they say yes; whoever says yes first gets in, so the case's workers are told who joined."""

    name = "join"
    states = ("offer",)

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "join", "source": "offer", "dest": None, "after": self.join},
            {"trigger": "later", "source": "offer", "dest": None, "after": self.later},
            {"trigger": "lang", "source": "offer", "dest": None, "after": self.language},
        ]

    def on_open(self, turn: Turn) -> None:
        info = turn.book.invitation(turn.input.argument.strip())
        if info is None:
            turn.say(BAD_CODE)
            turn.finish()
            return
        if info.refused is not None:  # a code they cannot take: said kindly, and the code stays unused
            if info.refused == "worker":
                turn.say(for_family(info.role))
            else:
                turn.say(ALREADY_WORKING if turn.who.role == Role.WORKER else ALREADY_IN)
            turn.finish()
            return
        turn.slots.update(
            ref=info.ref, role=info.role, worker=info.worker_name, label=info.case_label, workers=list(info.workers)
        )

    def ask_offer(self, turn: Turn) -> list[Reply]:
        worker = Text.as_written(turn.slots["worker"])
        role = turn.slots["role"]
        if role == Role.WORKER:
            return [
                Reply(T("{worker} has invited you to work with them on the case \"{label}\".", worker=worker,
                        label=Text.as_written(turn.slots["label"]))),
                Reply(T("Would you like to join?"), self.choices()),
            ]  # fmt: skip
        workers = turn.slots.get("workers") or [turn.slots["worker"]]
        return [
            *(Reply(line) for line in welcome(role, turn.slots["worker"], workers)),
            *self.changes(turn),
            Reply(T("Would you like to join?"), self.choices(turn)),
        ]  # fmt: skip

    @staticmethod
    def changes(turn: Turn) -> list[Reply]:
        """For someone in a case already: what joining would change, before anything does."""
        now = turn.who.role
        if now not in FAMILY:
            return []
        was = Text.as_written(turn.who.worker_name) if turn.who.worker_name else T("your social worker")
        return [
            Reply(T("You are in a case with {worker} now, as {someone}. If you join this one, you will leave "
                    "that case: you can't share anything new there, and {worker} will be told. What you "
                    "shared there stays with that case.", worker=was, someone=AS_ROLE[now.value])),
            Reply(T("In the new case, you will be {someone}.", someone=AS_ROLE[turn.slots["role"]])),
        ]  # fmt: skip

    def choices(self, turn: Turn | None = None) -> tuple[Choice, ...]:
        if turn is not None and turn.who.role in FAMILY and turn.slots.get("role") != Role.WORKER:
            yes = Choice(JOIN_CHOICE, T("✅ Yes, leave that case and join"))
        else:
            yes = Choice(JOIN_CHOICE, T("✅ Yes, join"))
        return (yes, Choice("later", T("Not now")), *language_choices())

    def language(self, event: Any) -> None:
        turn: Turn = event.model
        turn.effect(SetLocale(turn.argument))

    def join(self, event: Any) -> None:
        turn: Turn = event.model
        joined = turn.book.accept(turn.slots["ref"])
        if joined is None:  # used by someone else, cancelled, run out, or no longer theirs: nothing changed
            turn.say(BAD_CODE)
            turn.finish()
            return
        role = Role(joined.role)
        first = joined.worker_names[0] if joined.worker_names else turn.slots["worker"]
        turn.effect(SetRole(role, first, joined.case_label))
        if joined.role == Role.NETWORK and joined.name:  # the worker sees whom they invited, to compare
            member = network_name(joined.number, joined.name, joined.relationship)
        else:
            member = person_name(joined.role, joined.number, joined.worker_name)
        for telegram_id in joined.workers:
            turn.effect(Notify(telegram_id, self.who_joined(joined, member), T("👋 Take them out of the case"),
                               f"cases {joined.case_id} out {joined.membership_id}"))  # fmt: skip
        if role == Role.WORKER:
            told = Text.list_of([T("Another social worker, {worker}, is now working on your case. They can read "
                                   "what you share here too.", worker=Text.as_written(joined.worker_name or "")),
                                 *_reading(joined.worker_names)])  # fmt: skip
            for telegram_id in joined.family:
                turn.effect(Notify(telegram_id, told))
        if joined.left is not None:
            someone = AS_ROLE[joined.left.role]
            for telegram_id in joined.left.workers:
                turn.effect(Notify(telegram_id, T("Someone left the case \"{label}\": {someone}.", someone=someone,
                                                  label=Text.as_written(joined.left.case_label))))  # fmt: skip
        turn.say(T("Welcome! You have joined."))
        if joined.left is not None:
            turn.say(T("You have left your other case. What you shared there stays with it."))
        turn.finish()

    @staticmethod
    def who_joined(joined: Joined, member: Text) -> Text:
        """The workers' message: who joined, as far as we know, and that they can take them out."""
        label = Text.as_written(joined.case_label)
        lines = [T('{member} has joined "{label}" through an invitation.', member=member, label=label)]
        if joined.role != Role.WORKER:  # a worker's name is the one they were registered with
            if joined.display_name == "":  # no name given (or an inbox row from before joins kept it)
                lines.append(T("Their name on Telegram cannot be shown this time."))
            elif joined.display_name is not None:
                name = Text.as_written(" ".join(joined.display_name.split())[:MAX_DISPLAY_NAME])
                lines.append(T("Their name on Telegram is \"{name}\". That is what Telegram says: we have not "
                               "checked it.", name=name))  # fmt: skip
            else:
                lines.append(T("They joined on the web, so there is no Telegram name to show."))
            lines.append(T("Whoever opens the link first gets in. If this is not the person you invited, take "
                           "them out now."))  # fmt: skip
        return Text.list_of(lines)

    def later(self, event: Any) -> None:
        turn: Turn = event.model
        turn.say(T("OK. The invitation still works until it runs out, if you change your mind."))
        turn.finish()


class Leave(Dialogue):
    """``/leave``: a young person or parent leaves their case, after saying what that means."""

    name = "leave"
    states = ("confirm",)
    command = "leave"
    roles = FAMILY

    def transitions(self) -> list[dict[str, Any]]:
        return [
            {"trigger": "leave", "source": "confirm", "dest": None, "after": self.leave},
            {"trigger": "stay", "source": "confirm", "dest": None, "after": lambda e: e.model.finish()},
        ]

    def ask_confirm(self, turn: Turn) -> list[Reply]:
        worker = Text.as_written(turn.who.worker_name or "")
        return [
            Reply(
                T(
                    "If you leave, you can't share anything new with {worker} here. What you already shared "
                    "stays with your case, and {worker} will be told that you left. Do you want to leave?",
                    worker=worker,
                ),
                (Choice("leave", T("Yes, leave")), Choice("stay", T("No, stay"))),
            )
        ]

    def leave(self, event: Any) -> None:
        turn: Turn = event.model
        workers = turn.book.leave()
        if workers is None:
            turn.finish()
            return
        someone = AS_ROLE[turn.who.role.value if turn.who.role in FAMILY else "parent"]
        for telegram_id in workers:
            turn.effect(Notify(telegram_id, T("Someone left the case \"{label}\": {someone}.", someone=someone,
                                              label=Text.as_written(turn.who.case_label or ""))))  # fmt: skip
        turn.effect(SetRole(None))
        turn.say(T("You have left. Thank you for everything you shared. You can join again with a new invitation."))
        turn.finish()
