"""The one place where dialogues meet storage: an update in, its step kept all or nothing, rendered replies out.

`Companion.handle` is synchronous on purpose: the terminal calls it directly; the Telegram adapter runs
`Companion.handle_many` on its single writer thread for the updates that wait together. Everything an
update changes (answers, the person's language, the conversation, the update id and the replies to send)
is kept all or nothing and committed before any reply is sent.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot.casebook import TxCasebook
from bot.i18n import render
from dialogues import topics
from dialogues.alerts import ON_IT, ON_IT_COMMAND, escalation_text
from dialogues.engine import (
    NOT_NOW_ID,
    Choice,
    Conversation,
    Engine,
    EraseCase,
    FileEffect,
    Forget,
    HousesPicture,
    Input,
    InputKind,
    KeepFile,
    Media,
    MyData,
    Notify,
    OpenMedia,
    Outcome,
    RaiseAlert,
    Record,
    Reply,
    Role,
    SetGoal,
    SetLocale,
    SetRole,
    StoryPicture,
    Who,
)
from dialogues.home import command_menu
from dialogues.languages import supported
from dialogues.messages import Nn_, T, Text
from dialogues.wordlists import means_stop
from storage import alerts, cases, erasure, media, people, plans, practice, retention, seal, stories
from storage.models import utcnow
from storage.repository import PersonRow, Standing, Store, Tx, case_t, clean, is_web

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from bot.exports import Document

log = logging.getLogger(__name__)

MAX_TEXT = 4096  # Telegram's limit for one message
SEPARATOR = "|"
COMMAND_SEQ = "c"  # callback data "c|cases 12": a button that runs a command, wherever the person is
STILL_MAKING = T("I'm still making your last file. It will come soon. Then you can ask for another one.")
ESCALATE_AFTER = timedelta(minutes=10)  # ALERT_ESCALATE_MINUTES
# a worker's answers that are practice, marked for the service's report: the kind of mark, by topic
PRACTICE_MARKS = {topics.AIM_CHECK: practice.AIM_CHECK, topics.PROMPT_DISMISSED: practice.PROMPT_DISMISSED}


@dataclass(frozen=True)
class Upload:
    """A picture or voice note as the adapter fetched and checked it (`bot.media`): its bytes (a picture
    re-encoded without metadata) and what they are, or why it was refused (``refused``, see
    `dialogues.engine.Media`). Never logged: ``content`` and ``caption`` are a person's own."""

    kind: str  # picture or voice
    mime: str = ""
    seconds: int = 0
    caption: str = field(default="", repr=False)
    content: bytes = field(default=b"", repr=False)
    refused: str = ""


@dataclass(frozen=True)
class Incoming:
    """What arrived, in the adapter's terms: who, where, and the `Input`."""

    chat_id: int
    user_id: int
    input: Input
    language_code: str | None = None
    update_id: int | None = None
    # the question number a pressed button belongs to; for words or a file, the question on the page they
    # were sent from, when the channel knows it (the web's forms); None on Telegram, which does not
    seq: int | None = None
    # the person's first name as Telegram gives it (unchecked): only for the worker's message when they
    # join a case, through the casebook; never stored otherwise, never logged
    display_name: str | None = field(default=None, repr=False)
    upload: Upload | None = None  # a picture or voice note fetched with a MEDIA input


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # "<seq>|<choice id>": at most 64 bytes


@dataclass(frozen=True)
class Message:
    """A reply ready to send; ``outbox_id`` is its row in the outbox, if it has one."""

    text: str
    buttons: tuple[Button, ...] = ()
    outbox_id: int | None = None
    urgent: bool = False  # an alert's: sent until Telegram has it (a timeout counts as not delivered)

    def to_payload(self) -> dict[str, Any]:
        return {"text": self.text, "buttons": [[b.label, b.data] for b in self.buttons]}

    @classmethod
    def from_payload(cls, payload: dict[str, Any], outbox_id: int | None = None, urgent: bool = False) -> Message:
        buttons = tuple(Button(label, data) for label, data in payload["buttons"])
        return cls(payload["text"], buttons, outbox_id, urgent)


Commands = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Delivery:
    """The replies to the person who acted, and messages the step sends to others (``elsewhere``)."""

    chat_id: int
    messages: tuple[Message, ...] = field(default_factory=tuple)
    locale: str = "en"
    elsewhere: tuple[tuple[int, Message], ...] = ()
    documents: tuple[Document, ...] = ()  # files for the person who acted (not kept: they can ask again)
    # command lists (name, description) to set, by chat: the person's own on /start, a new role or a new
    # language, and others' whose role the step changed; Telegram shows a chat's list when they type "/"
    commands: tuple[tuple[int, Commands], ...] = ()
    # the question now waiting takes typed words (an answer), so a typed number is not a button's number
    takes_text: bool = False
    # files the step asked for, to draw after its commit, off the writer thread (`Companion.draw`)
    files: tuple[FileRequest, ...] = ()
    # a case the step's worker confirmed to erase, and who: erased once the step has committed
    erase: tuple[int, int] | None = None
    # the step forgot the person who acted (/forget): the WAL file is cut once the step has committed
    forgot: bool = False


@dataclass(frozen=True)
class FileRequest:
    """A file a step asked for (an export, a chart, a young person's houses), drawn after the step has
    committed and away from the writer thread, by `Companion.draw`. Its reader was checked, and the
    reading audited, in the step; ``wanted`` names the case it was checked for."""

    person_id: int
    wanted: FileEffect
    locale: str


def _callback_data(prefix: str, rest: str) -> str:
    """``prefix|rest``, within Telegram's 64 bytes of callback data."""
    data = f"{prefix}{SEPARATOR}{rest}"
    if len(data.encode()) > 64:
        raise ValueError(f"callback data over 64 bytes: {rest!r}")
    return data


def choice_data(seq: int, choice_id: str) -> str:
    """Callback data for a choice of question number ``seq``."""
    return _callback_data(str(seq), choice_id)


def parse_choice_data(data: str) -> tuple[int | None, str]:
    """``(seq, choice id)`` from callback data; a seq of None when the data is not ours."""
    seq, sep, choice_id = data.partition(SEPARATOR)
    if not sep or not seq.isdigit():
        return None, data
    return int(seq), choice_id


def command_data(command: str) -> str:
    """Callback data for a button that runs ``command`` (``"cases 12"``) from any point of a conversation."""
    return _callback_data(COMMAND_SEQ, command)


def parse_command_data(data: str) -> Input | None:
    """The command a button from `command_data` runs, or None for any other data."""
    seq, sep, command = data.partition(SEPARATOR)
    if seq != COMMAND_SEQ or not sep or not command:
        return None
    name, _, argument = command.partition(" ")
    return Input.command(name, argument)


ERASURE_SOON = Nn_(
    'The closed case "{label}" will be erased in {count} day, on {date}: everything shared in it will be deleted. '
    "If your council needs a record, export it from the case card now. To keep it longer, ask your administrator "
    "for a legal hold.",
    'The closed case "{label}" will be erased in {count} days, on {date}: everything shared in it will be deleted. '
    "If your council needs a record, export it from the case card now. To keep it longer, ask your administrator "
    "for a legal hold.",
)


@dataclass(frozen=True)
class Retained:
    """What a round of retention did."""

    erased: int
    reminded: int
    forgotten: int
    audit_pruned: int


CASE_ERASED_FAMILY = T(
    "Your case in Safety Companion has ended, and everything shared in it has now been deleted. "
    "Thank you for everything you shared. If you need help, talk to your social worker."
)


class Companion:
    """Steps a person's conversation for each update and stores the outcome."""

    def __init__(
        self,
        store: Store,
        engine: Engine,
        default_locale: str = "en",
        *,
        invitation_days: int = 7,
        bot_username: str | None = None,
        public_url: str | None = None,
        notice_delay: timedelta = cases.NOTICE_DELAY,
        escalate_after: timedelta = ESCALATE_AFTER,
        retention_days: int = 90,
        audit_days: int = 730,
    ) -> None:
        self.store = store
        self.engine = engine
        self.default_locale = default_locale
        self.invitation_days = invitation_days
        self.notice_delay = notice_delay  # answers within this time make one notice to the worker
        self.escalate_after = escalate_after  # an alert nobody is on by then goes to everyone and the duty workers
        self.retention_days = retention_days  # a closed case is erased this many days after it closed (0: never)
        self.audit_days = audit_days  # audit entries are kept this many days
        self.bot_username = bot_username  # for invitation links; the Telegram adapter sets it from getMe
        self.public_url = public_url  # the web chat's address (PUBLIC_URL), for invitations' web links
        # Files drawn after the step's commit, elsewhere (`FileRequest`, `draw`): the Telegram adapter sets
        # it; the terminal and the transcripts get them in the step's `Delivery.documents`.
        self.files_later = False
        self.drawing: set[int] = set()  # people whose file is being made now: one at a time each

    def handle(self, incoming: Incoming, *, outbox: bool = True, sent: Sequence[int] = ()) -> Delivery:
        """One update, one transaction. ``sent`` are outbox rows delivered since: they go in it too."""
        with self.store.transaction() as tx:
            tx.outbox_sent(sent)
            delivery = self._step(tx, incoming, outbox)
        self._erase_after([delivery])
        return delivery

    def handle_many(self, incomings: Sequence[Incoming], *, sent: Sequence[int] = ()) -> list[Delivery | Exception]:
        """Updates that waited together share one commit (group commit): each update's step is still all or
        nothing, and none of their replies goes out before that commit. When one step fails, nothing of the
        group is kept and each update runs again in a transaction of its own, so only that one fails."""
        try:
            with self.store.transaction() as tx:
                tx.outbox_sent(sent)
                done = [self._step(tx, incoming, True) for incoming in incomings]
        except Exception as error:
            failed = error
        else:
            self._erase_after(done)
            return list(done)
        self.store.outbox_done(sent)  # their deletion went back with the group
        if len(incomings) == 1:
            return [failed]
        results: list[Delivery | Exception] = []
        for incoming in incomings:
            try:
                results.append(self.handle(incoming))
            except Exception as error:
                results.append(error)
        return results

    def _erase_after(self, deliveries: Sequence[Delivery]) -> None:
        """Erasures the committed steps asked for (a case's erasure runs transactions of its own), and the
        WAL checkpoint after a person forgotten in a step."""
        if any(delivery.forgot for delivery in deliveries):
            try:
                erasure.checkpoint(self.store.engine)
            except Exception as error:  # the step has committed; the next erasure or checkpoint cuts it
                log.error("checkpoint after forgetting failed: %s", type(error).__name__)
        for delivery in deliveries:
            if delivery.erase is None:
                continue
            case_id, by = delivery.erase
            try:
                self.erase_case(case_id, by)
            except Exception as error:  # the step has committed: the worker can ask again
                log.error("erasing case %s failed: %s", case_id, type(error).__name__)

    def give_up(self, incoming: Incoming, text: Text) -> Delivery:
        """An update whose step kept failing: its id is kept as processed and its raw text goes, so it is
        never run again (nor replayed after the person's later messages); the person gets ``text``, kind
        words in their language, through the outbox like any reply."""
        with self.store.transaction() as tx:
            if incoming.update_id is not None:
                tx.claim(incoming.update_id)
                tx.drop_inbox(incoming.update_id)
            locale = self.locale_of(tx.person(incoming.user_id, incoming.language_code))
            messages = self._to_outbox(tx, incoming.chat_id, [Message(render(text, locale))])
            return Delivery(incoming.chat_id, tuple(messages), locale)

    def _step(self, tx: Tx, incoming: Incoming, outbox: bool) -> Delivery:
        """One update's step in the transaction ``tx``: read, step the dialogue, keep, queue the replies."""
        arrival = tx.arrival(incoming.user_id, incoming.language_code)
        person, standing, stored = arrival.person, arrival.standing, arrival.conversation
        who = self._who(person, standing, tx, incoming.display_name, web=is_web(incoming.chat_id))
        conversation = Conversation.from_json(stored) if stored else None
        if incoming.update_id is not None and not tx.claim(incoming.update_id):  # a step committed it before
            tx.drop_inbox(incoming.update_id)
            outcome = self.engine.prompt(who, conversation or self.engine.begin(who))
            return self._deliver(tx, incoming.chat_id, outcome, who.locale, outbox)
        inp = self._resolve(who, conversation, incoming)
        stored = None
        if inp.kind is InputKind.MEDIA and conversation is not None and not inp.stale:
            files_case = self._files_case(tx, person.id, standing, conversation)
            if files_case is not None:
                # a sticker or video where a picture is taken: not one we keep, said so kindly
                upload = incoming.upload or Upload("other", refused="format")
                inp, stored = self._attach(tx, person.id, files_case, conversation, inp, upload)
        outcome = self.engine.step(who, conversation, inp)
        if stored is not None and not _keeps(outcome, stored):
            media.drop(tx.c, stored)  # the dialogue did not keep it
        if person.id in self.drawing and conversation is not None and _asks_for_a_file(outcome):
            outcome = self._still_drawing(who, conversation, outcome)
        locale, role = who.locale, who.role
        for effect in outcome.effects:
            if isinstance(effect, SetLocale):
                tx.set_locale(person.id, effect.locale)
                locale = effect.locale
            elif isinstance(effect, SetRole):
                role = effect.role
            elif isinstance(effect, SetGoal):
                who.book.set_plan(effect.case_id, goal=render(effect.text, locale))
        kept = self._keep(tx, person.id, standing, outcome.records, incoming.update_id)
        if outcome.records and standing.case_id is not None and standing.role != Role.WORKER:
            cases.note_new_answers(tx.c, standing.case_id, delay=self.notice_delay)
        tx.save_conversation(person.id, shown(outcome, locale).to_json())
        if incoming.update_id is not None:
            tx.drop_inbox(incoming.update_id)  # claimed above: its id is stored, its raw text goes
        forgot = any(isinstance(e, Forget) for e in outcome.effects) and cases.family_case(tx.c, person.id) is None
        if forgot:
            people.erase_person(tx.c, person.id)  # after its conversation was kept: that goes too
        if any(isinstance(e, MyData) for e in outcome.effects):
            cases.note_own_copy(tx.c, person.id)  # the request audited in the step; the files drawn after
        notes = [e for e in outcome.effects if isinstance(e, Notify)]
        delivery = self._deliver(tx, incoming.chat_id, outcome, locale, outbox, notes)
        if forgot:
            delivery = replace(delivery, forgot=True)
        raised = [e for e in outcome.effects if isinstance(e, RaiseAlert)]
        if raised:
            urgent = [m for e in raised for m in self._alert(tx, person.id, e, kept, outbox)]
            delivery = replace(delivery, elsewhere=(*delivery.elsewhere, *urgent))
        wanted = [e for e in outcome.effects if isinstance(e, FileEffect)]
        if wanted and self.files_later:
            requests = [self._file_request(tx, person.id, e, locale) for e in wanted]
            delivery = replace(delivery, files=tuple(r for r in requests if r is not None))
        elif wanted:
            files = [d for e in wanted for d in self._files(tx.c, person.id, e, locale)]
            delivery = replace(delivery, documents=tuple(files))
        erasing = [e.case_id for e in outcome.effects if isinstance(e, EraseCase)]
        if erasing and who.book.card(erasing[0]) is not None:  # their own case, checked again
            delivery = replace(delivery, erase=(erasing[0], person.id))
        menus = [(note.telegram_id, self._commands_of(tx, note.telegram_id)) for note in notes if note.role_changed]
        started = incoming.input.kind is InputKind.COMMAND and incoming.input.value == "start"
        if started or any(isinstance(e, SetLocale | SetRole) for e in outcome.effects):
            menus.insert(0, (incoming.chat_id, commands_for(role, locale)))
        return replace(delivery, commands=tuple(menus)) if menus else delivery

    def _alert(
        self, tx: Tx, person_id: int, raised: RaiseAlert, kept: dict[int, int], outbox: bool
    ) -> list[tuple[int, Message]]:
        """An urgent alert: stored (naming the answer that raised it), and a message to each worker of the
        person's case with "I'm on it" and a button to the case card; each message's delivery is followed."""
        case_id = cases.family_case(tx.c, person_id)
        if case_id is None:
            return []
        role = cases.numbers(tx.c, case_id).get(person_id, ("", 0))[0]
        answer_id = kept.get(id(raised.answer)) if raised.answer is not None else None
        now = utcnow()
        alert_id = alerts.add(
            tx.c, case_id, person_id, role, raised.how, answer_id=answer_id, escalate_at=now + self.escalate_after
        )
        workers = alerts.case_workers(tx.c, case_id)
        if not workers:  # nobody to tell in the case: the duty workers, at once
            alerts.escalate_now(tx.c, alert_id, now)
        sent = []
        for worker in workers:
            message = self._urgent(tx, worker.telegram_id, raised.text, alert_id, case_id)
            if outbox:
                message = self._to_outbox(tx, worker.telegram_id, [message], urgent=True)[0]
            alerts.add_delivery(tx.c, alert_id, worker.person_id, message.outbox_id)
            sent.append((worker.telegram_id, message))
        return sent

    def _urgent(self, tx: Tx, telegram_id: int, text: Text, alert_id: int, case_id: int | None) -> Message:
        """An alert's message to a worker, in their language: "I'm on it", and the case card if they work on it."""
        locale = self.locale_of(tx.person(telegram_id))
        buttons = [Button(render(ON_IT, locale), command_data(f"{ON_IT_COMMAND} {alert_id}"))]
        if case_id is not None:
            buttons.append(Button(render(T("📁 Open the case card"), locale), command_data(f"cases {case_id}")))
        return Message(render(text, locale), tuple(buttons), urgent=True)

    def due_escalations(self, now: datetime | None = None) -> list[tuple[int, Message]]:
        """Alerts nobody is on by their time (or whose message was refused): to the case's workers who have
        not had them and to the duty workers. Put in the outbox with what made them due; the caller sends."""
        with self.store.transaction() as tx:
            sent = []
            for due in alerts.take_due_escalations(tx.c, now):
                log.info("alert %s escalated to %s people", due.alert_id, len(due.recipients))
                for person in due.recipients:
                    text = escalation_text(due.role, due.case_label, due.raised_at, due.workers, person.in_case)
                    message = self._urgent(
                        tx, person.telegram_id, text, due.alert_id, due.case_id if person.in_case else None
                    )
                    message = self._to_outbox(tx, person.telegram_id, [message], urgent=True)[0]
                    alerts.add_delivery(tx.c, due.alert_id, person.person_id, message.outbox_id, escalated=True)
                    sent.append((person.telegram_id, message))
            return sent

    def outbox_delivered(self, outbox_id: int) -> None:
        """Telegram has an alert's message: its delivery is marked delivered, and its outbox row goes."""
        with self.store.transaction() as tx:
            alerts.delivered(tx.c, outbox_id)
            tx.outbox_sent([outbox_id])

    def outbox_refused(self, outbox_id: int) -> int | None:
        """Telegram will never deliver an alert's message (blocked, or gone): its delivery is marked refused,
        its alert escalates at once, and its outbox row goes. Returns the alert's id, or None."""
        with self.store.transaction() as tx:
            alert_id = alerts.refused(tx.c, outbox_id)
            tx.outbox_sent([outbox_id])
            return alert_id

    def _commands_of(self, tx: Tx, telegram_id: int) -> Commands:
        """Someone else's command list, as their standing is now (a private chat's id is the user's id)."""
        person = tx.person(telegram_id)
        role = tx.standing(person.id).role
        return commands_for(Role(role) if role else None, self.locale_of(person))

    @staticmethod
    def _keep(
        tx: Tx, person_id: int, standing: Standing, records: Sequence[Record], update_id: int | None
    ) -> dict[int, int]:
        """Store the step's answers: in the person's case, or (a worker's) in the case they name, checked.
        Returns the stored ids of the person's own answers, by the `id()` of their records."""
        mine = [r for r in records if r.case_id is None]
        own = [(r.topic, r.value, dict(r.data)) for r in mine]
        kept = dict(zip(map(id, mine), tx.add_answers(person_id, standing, own, update_id), strict=True))
        for record in records:
            if record.case_id is None:
                continue
            try:
                cases.require_worker(tx.c, person_id, record.case_id)
            except cases.AccessDenied:
                log.info("refused: person %s, answer, case %s", person_id, record.case_id)
                continue
            in_case = Standing("worker", record.case_id)
            tx.add_answers(person_id, in_case, [(record.topic, record.value, dict(record.data))], update_id)
            if record.topic in PRACTICE_MARKS:  # its aim or rule, plain, for the service's practice report
                practice.mark(tx.c, record.case_id, PRACTICE_MARKS[record.topic], record.value)
        return kept

    def due_notices(self, now: datetime | None = None) -> list[tuple[int, Message]]:
        """Tell workers, once per case, that something new was shared: never what."""
        with self.store.transaction() as tx:
            notes = [
                Notify(
                    due.telegram_id,
                    T('Someone in "{label}" shared something new.', label=Text.as_written(due.case_label)),
                    T("📁 Open the case card"),
                    f"cases {due.case_id}",
                )
                for due in cases.take_due_notices(tx.c, now)
            ]
            return self._outgoing(tx, notes)

    def due_reminders(self, now: datetime | None = None) -> list[tuple[int, Message]]:
        """Remind parents and carers to check in, at their case's rhythm (see `storage.plans`)."""
        with self.store.transaction() as tx:
            notes = [
                Notify(
                    due.telegram_id,
                    T("Hello! It's time for your check-in. How are things going with your safety plan?"),
                    T("📏 Check in now"),
                    "checkin",
                )
                for due in plans.take_due_reminders(tx.c, now)
            ]
            return self._outgoing(tx, notes)

    def retention(self, now: datetime | None = None) -> tuple[list[tuple[int, Message]], Retained]:
        """Retention's round (`storage.retention`): reminders of erasures to come (in the outbox, returned to
        send), closed cases whose time is up erased, people who never joined a case and fell silent
        forgotten, old audit entries and small rows pruned."""
        now = now or utcnow()
        with self.store.transaction() as tx:
            soon = retention.take_reminders(tx.c, now, self.retention_days)
            notes = [
                Notify(
                    due.telegram_id,
                    Text.plural_of(
                        ERASURE_SOON,
                        due.days,
                        label=Text.as_written(due.label),
                        date=Text.as_written(f"{due.on:%Y-%m-%d}"),
                    ),
                    T("📁 Open the case card"),
                    f"cases {due.case_id}",
                )
                for due in soon
            ]
            reminders = self._outgoing(tx, notes)
            due_cases = retention.due_erasures(tx.c, now, self.retention_days)
            strangers = retention.silent_strangers(tx.c, now)
            pruned = retention.prune(tx.c, now, self.audit_days)
        erased = sum(self.erase_case(case_id, why="retention") for case_id in due_cases)
        forgotten = sum(erasure.erase_person(self.store.engine, person_id) for person_id in strangers)
        return reminders, Retained(erased, len(reminders), forgotten, pruned)

    def erase_case(self, case_id: int, by: int = cases.ADMINISTRATOR, why: str = "") -> bool:
        """Erase a case (`storage.erasure.erase_case`): everyone in it is told in their own language, through
        the outbox, in the transaction that closes it; False when there is no such case."""

        def tell(c: Connection, members: list[erasure.Member]) -> None:
            tx = Tx(c)
            for member in members:
                text = CASE_ERASED_FAMILY
                if member.role == cases.WORKER:
                    text = T(
                        'The case "{label}" has been erased: everything shared in it is deleted, and nobody can read '
                        "it any more.",
                        label=Text.as_written(member.label),
                    )
                message = self._note(tx, Notify(member.telegram_id, text))
                tx.outbox(member.telegram_id, [message.to_payload()], by_sender=True)

        return erasure.erase_case(self.store.engine, case_id, by, tell, why)

    def forget_erased_keys(self) -> None:
        """Drop from memory the data keys of cases erased meanwhile (by another process too)."""
        with self.store.engine.connect() as c:
            owners = {seal.case_owner(int(i)) for (i,) in c.execute(select(case_t.c.id))}
        found = seal.sealer_of(self.store.engine)
        if found is not None:
            found.forget_all_but(owners)

    def _outgoing(self, tx: Tx, notes: Sequence[Notify]) -> list[tuple[int, Message]]:
        """Scheduled messages, rendered for each person and put in the outbox in the same transaction as
        what made them due; the caller sends them and marks them done."""
        return [(n.telegram_id, self._to_outbox(tx, n.telegram_id, [self._note(tx, n)])[0]) for n in notes]

    def _still_drawing(self, who: Who, conversation: Conversation, outcome: Outcome) -> Outcome:
        """A file asked for while this person's last one is still being made: no second one, and they are
        told kindly. The step is not taken (they can ask again once the file has come), unless it kept
        something or did something else: then it stands, without its file."""
        busy = Reply(STILL_MAKING)
        others = tuple(e for e in outcome.effects if not isinstance(e, FileEffect))
        if outcome.records or others:
            return replace(outcome, replies=(busy, *outcome.replies), effects=others)
        again = self.engine.prompt(who, conversation)
        return replace(again, replies=(busy, *again.replies))

    @staticmethod
    def _file_request(tx: Tx, person_id: int, wanted: FileEffect, locale: str) -> FileRequest | None:
        """The step's part of a file drawn after it commits: the reader checked and the reading audited now,
        in the step, for the case named now; None when they may not have it."""
        from bot.exports import check_chart, check_export  # matplotlib and fpdf2 load only when needed

        if isinstance(wanted, HousesPicture | MyData):  # a person's own words: read only at drawing
            return FileRequest(person_id, wanted, locale)
        try:
            if isinstance(wanted, OpenMedia):
                media.check(tx.c, person_id, wanted.case_id, wanted.media_id)
                return FileRequest(person_id, wanted, locale)
            if isinstance(wanted, StoryPicture):
                stories.picture(tx.c, person_id, wanted.story_id, wanted.media_id)  # checked and audited
                return FileRequest(person_id, wanted, locale)
            if wanted.chart_only:
                case_id = check_chart(tx.c, person_id, wanted.case_id)
            elif wanted.case_id is None:
                return None
            else:
                case_id = check_export(tx.c, person_id, wanted.case_id)
        except cases.AccessDenied:
            log.info("refused: person %s, export, case %s", person_id, wanted.case_id)
            return None
        return FileRequest(person_id, replace(wanted, case_id=case_id), locale)

    def draw(self, request: FileRequest) -> list[Document]:
        """The files a step asked for, drawn after it committed, on a thread other than the writer's, so
        that nobody's replies wait for them. The answers are read again through storage's one door, which
        checks the reader again (they may have left since); the step wrote the audit entry."""
        with self.store.engine.connect() as c:
            return self._files(c, request.person_id, request.wanted, request.locale, audit=False)

    @staticmethod
    def _files(c: Connection, person_id: int, wanted: FileEffect, locale: str, *, audit: bool = True) -> list[Document]:
        """The files a step asked for: an export, a chart, a picture of a young person's houses, a person's
        copy of what they shared (audited in the step that asked)."""
        from bot.exports import (  # matplotlib and fpdf2 load only when needed
            chart_picture,
            export,
            houses,
            meeting_pack,
            my_data,
            opened,
            story_picture,
        )

        if isinstance(wanted, MyData):
            return my_data(c, person_id, locale)
        if isinstance(wanted, HousesPicture):
            return [houses(c, person_id, locale, audit=audit)]
        try:
            if isinstance(wanted, OpenMedia):
                return [opened(c, person_id, wanted.case_id, wanted.media_id, audit=audit)]
            if isinstance(wanted, StoryPicture):
                return [story_picture(c, person_id, wanted.story_id, wanted.media_id, audit=audit)]
            if wanted.chart_only:
                return [chart_picture(c, person_id, wanted.case_id, locale, audit=audit)]
            if wanted.meeting and wanted.case_id is not None:
                return [meeting_pack(c, person_id, wanted.case_id, locale, audit=audit)]
            return [] if wanted.case_id is None else export(c, person_id, wanted.case_id, locale, audit=audit)
        except cases.AccessDenied:
            log.info("refused: person %s, export, case %s", person_id, wanted.case_id)
            return []

    def locale_of(self, person: PersonRow) -> str:
        return person.locale or supported(person.telegram_locale) or self.default_locale

    def _who(
        self, person: PersonRow, standing: Standing, tx: Tx, display_name: str | None = None, *, web: bool = False
    ) -> Who:
        """What the dialogues may know of the person; ``web``: they talk through the web chat, whose messages
        no one else carries (what /privacy says of it, `Who.carrier`)."""
        role = Role(standing.role) if standing.role else None
        book = TxCasebook(
            tx,
            person.id,
            invitation_days=self.invitation_days,
            bot_username=self.bot_username,
            public_url=self.public_url,
            display_name=display_name,
            standing=standing,
        )
        return Who(
            role,
            self.locale_of(person),
            standing.worker_name if role is not Role.WORKER else None,
            standing.case_label,
            standing.closed_case,
            book,
            carrier=WEB_CARRIES if web else None,
        )

    def takes_media(self, telegram_id: int) -> bool:
        """Whether this person stands where a picture or voice note is kept (in a house): the adapter fetches
        a file only then, so nothing of it is downloaded anywhere else. Reads only."""
        with self.store.transaction() as tx:
            found = tx.known_conversation(telegram_id)
        return found is not None and self.engine.takes_media(Conversation.from_json(found))

    def _files_case(self, tx: Tx, person_id: int, standing: Standing, conversation: Conversation) -> int | None:
        """The case a file sent now is kept in: the person's own, or the one the dialogue names (a worker's
        story), while they are a worker of it, open; None where they keep no file."""
        named = self.engine.media_case(conversation)
        if named is None or named == standing.case_id:
            return standing.case_id
        try:
            cases.require_worker(tx.c, person_id, named)
        except cases.AccessDenied:
            return None
        return named

    def _attach(
        self, tx: Tx, person_id: int, case_id: int, conversation: Conversation, inp: Input, upload: Upload
    ) -> tuple[Input, int | None]:
        """A picture or voice note where the conversation takes one: stored sealed in the person's case, and
        the dialogue given a reference to it (or why it was refused). Anywhere else it is left out, and the
        dialogue's kind word for media follows."""
        if not self.engine.takes_media(conversation):
            return inp, None
        if upload.refused:
            return Input.media(inp.value, Media(upload.kind, refused=upload.refused)), None
        stored = media.add(tx.c, case_id, person_id, upload.kind, upload.mime, upload.seconds, upload.content)
        return Input.media(inp.value, Media(upload.kind, stored, upload.seconds, clean(upload.caption))), stored

    def _resolve(self, who: Who, conversation: Conversation | None, incoming: Incoming) -> Input:
        """Buttons checked against the question they belong to; typed numbers or labels as choices."""
        inp = incoming.input
        if conversation is None:
            return inp
        if inp.kind is InputKind.CHOICE:
            stale = incoming.seq is None or incoming.seq != conversation.seq
            return Input.choice(inp.value, stale=stale)
        if inp.kind in (InputKind.TEXT, InputKind.MEDIA) and incoming.seq not in (None, conversation.seq):
            # words or a file from the page of an earlier question (the web's forms say which): not an answer
            # to the question now, nor a button of it
            return replace(inp, value=clean(inp.value) if inp.kind is InputKind.TEXT else inp.value, stale=True)
        if inp.kind is InputKind.TEXT and inp.forwarded:  # someone else's words: kept as such, never a button
            return replace(inp, value=clean(inp.value))
        if inp.kind is InputKind.TEXT:
            text = clean(inp.value)
            if conversation.shown is not None:  # the labels they were shown, as shown: no drawing again
                choices = tuple(Choice(i, Text(label, verbatim=True)) for i, label in conversation.shown)
            else:
                choices = self.engine.choices(who, conversation)
            if self.engine.takes_text(conversation):  # typed words are an answer, unless they name a button
                picked = match_label(text, choices, who.locale)
            else:
                picked = match_choice(text, choices, who.locale)
            if picked:
                return Input.choice(picked.id)
            if means_stop(text):  # "leave me alone" is not a wish: the "not now" button where there is one
                not_now = next((c for c in choices if c.id == NOT_NOW_ID), None)
                return Input.choice(not_now.id) if not_now else Input.command("stop")
            return Input.text(text)
        return inp

    def _deliver(
        self, tx: Tx, chat_id: int, outcome: Outcome, locale: str, outbox: bool, notes: Sequence[Notify] = ()
    ) -> Delivery:
        messages = render_replies(outcome.replies, outcome.conversation.seq, locale)
        elsewhere = [(n.telegram_id, self._note(tx, n)) for n in notes]
        if outbox:
            messages = self._to_outbox(tx, chat_id, messages)
            elsewhere = [(to, self._to_outbox(tx, to, [m])[0]) for to, m in elsewhere]
        takes_text = self.engine.takes_text(outcome.conversation)
        return Delivery(chat_id, tuple(messages), locale, tuple(elsewhere), takes_text=takes_text)

    def _note(self, tx: Tx, note: Notify) -> Message:
        """A message to someone else, in their own language (a private chat's id is the user's id)."""
        locale = self.locale_of(tx.person(note.telegram_id))
        buttons: tuple[Button, ...] = ()
        if note.button is not None and note.command is not None:
            buttons = (Button(render(note.button, locale), command_data(note.command)),)
        buttons += tuple(Button(render(label, locale), command_data(command)) for label, command in note.also)
        return Message(render(note.text, locale), buttons)

    @staticmethod
    def _to_outbox(tx: Tx, chat_id: int, messages: Sequence[Message], *, urgent: bool = False) -> list[Message]:
        ids = tx.outbox(chat_id, [m.to_payload() for m in messages], urgent=urgent)
        return [Message(m.text, m.buttons, i, urgent) for m, i in zip(messages, ids, strict=True)]


# What /privacy says of the channel for someone on the web chat (the dialogues say Telegram's otherwise).
WEB_CARRIES = T(
    "This web chat does not go through Telegram: what you send comes straight to this service. "
    "Your browser is asked not to keep a copy of these pages."
)


def shown(outcome: Outcome, locale: str) -> Conversation:
    """The step's conversation, with the buttons it ends with as the person sees them (`Conversation.shown`)."""
    return replace(outcome.conversation, shown=tuple((c.id, render(c.label, locale)) for c in outcome.choices))


def _keeps(outcome: Outcome, media_id: int) -> bool:
    """Whether the step keeps this file: an answer names it, or the dialogue keeps it (a story's draft)."""
    return any(r.data.get("media") == media_id for r in outcome.records) or any(
        isinstance(e, KeepFile) and e.media_id == media_id for e in outcome.effects
    )


def _asks_for_a_file(outcome: Outcome) -> bool:
    return any(isinstance(e, FileEffect) for e in outcome.effects)


def commands_for(role: Role | None, locale: str) -> Commands:
    """The command list of a person with this role, in ``locale``."""
    return tuple((name, render(text, locale)) for name, text in command_menu(role))


# Vowel signs and other combining marks after a letter are part of its word (Gurmukhi "ਛੱਡੋ", Arabic with its
# vowels), though Python's \w does not count them: without them a Punjabi word falls apart into its
# consonants. An emoji's variation selector is not a word ("⬅️ Back" is the word "back").
_MARKS = "".join(
    re.escape(chr(i))
    for i in range(0x300, 0x10000)
    if unicodedata.category(chr(i)) in ("Mn", "Mc", "Me") and not 0xFE00 <= i <= 0xFE0F and i != 0x20E3
)
_WORD = rf"\w[\w{_MARKS}]*"


def _plain(label: str) -> str:
    return " ".join(re.findall(_WORD, label)).casefold()


def match_choice(text: str, choices: Sequence[Choice], locale: str) -> Choice | None:
    """The choice a typed number ("2") or label ("help", "Cymraeg") names, if exactly one fits."""
    words = text.strip()
    if words.isdigit() and 1 <= int(words) <= len(choices):
        return choices[int(words) - 1]
    return match_label(words, choices, locale)


def match_label(text: str, choices: Sequence[Choice], locale: str) -> Choice | None:
    """The choice whose label is exactly these words ("back" for "⬅️ Back"), if exactly one is; else, for one
    word alone, the choice whose own word it is ("skip" for "⏭️ Skip this one", "back" for "⬅️ Go back"),
    when no other label has that word. Never a number, which is an answer where words are taken (a 0-10
    scale)."""
    wanted = _plain(text)
    if not wanted or wanted.isdigit():
        return None
    labels = [(c, render(c.label, locale)) for c in choices]
    exact = [c for c, label in labels if _plain(label) == wanted]
    if exact or " " in wanted:
        return exact[0] if len(exact) == 1 else None
    owning = [c for c, label in labels if _own_word(label) == wanted]
    having = [c for c, label in labels if wanted in _plain(label).split()]
    return owning[0] if len(owning) == 1 and having == owning else None


_LABEL_WORDS = re.compile(rf"{_WORD}(?:['’]{_WORD})*")


def _is_word(word: str) -> bool:
    """Letters only, with their vowel signs and accents."""
    return word[:1].isalpha() and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


def _own_word(label: str) -> str | None:
    """A button's own word: the first word of its label with three letters or more and no apostrophe, the
    action it names ("skip", "done", "back" of "⬅️ Go back", "neidio"). Only that word presses it, so the
    other words of a label that is a sentence ("safe" or "now" in "🆘 I don't feel safe right now",
    "house" in "✅ That's all for this house", a name such as "Don") stay a person's answer."""
    words = _LABEL_WORDS.findall(label.casefold())
    return next((w for w in words if len(w) >= 3 and _is_word(w)), None)


def render_replies(replies: Sequence[Reply], seq: int, locale: str) -> list[Message]:
    """Replies as few messages as can be: paragraphs join until one carries buttons."""
    messages: list[Message] = []
    paragraphs: list[str] = []
    for reply in replies:
        paragraphs.append(render(reply.text, locale))
        if reply.choices:
            buttons = tuple(Button(render(c.label, locale), choice_data(seq, c.id)) for c in reply.choices)
            messages.extend(_split("\n\n".join(paragraphs), buttons))
            paragraphs = []
    if paragraphs:
        messages.extend(_split("\n\n".join(paragraphs), ()))
    return messages


def _split(text: str, buttons: tuple[Button, ...]) -> list[Message]:
    """One message, or several under Telegram's length limit; the buttons go with the last."""
    parts: list[str] = []
    while len(text) > MAX_TEXT:
        cut = text.rfind("\n", 0, MAX_TEXT)
        if cut <= 0:
            cut = text.rfind(" ", 0, MAX_TEXT)
        if cut <= 0:
            cut = MAX_TEXT
        parts.append(text[:cut])
        text = text[cut:].lstrip()
    parts.append(text)
    return [Message(p, buttons if i == len(parts) - 1 else ()) for i, p in enumerate(parts)]
