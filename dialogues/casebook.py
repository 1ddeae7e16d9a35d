"""The port through which dialogues read and change case data, without knowing about storage.

The adapter (bot/) hands each step a `Casebook` bound to the person talking and to the step's one
transaction; storage checks that person's membership and role on every call. A refusal comes back as
None or False (the dialogue then says kindly that this is not something they can do), never as data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Protocol


class CaseSummary(Protocol):
    id: int
    label: str
    new: int
    last_activity: datetime | None
    closed: bool
    unanswered: int  # urgent alerts nobody has said they are on


class Member(Protocol):
    membership_id: int
    role: str
    number: int
    worker_name: str | None
    joined_at: datetime
    is_asker: bool
    on_web: bool
    name: str  # a safety network member's name and relationship, as the worker wrote them ("" for others)
    relationship: str


class OpenInvitation(Protocol):
    id: int
    role: str
    expires_at: datetime


class CaseCard(Protocol):
    id: int
    label: str
    closed: bool
    members: Sequence[Member]
    invitations: Sequence[OpenInvitation]
    last_activity: datetime | None
    new: int
    alerts: int
    held: bool  # a legal hold: retention does not erase it


class NewInvitation(Protocol):
    id: int
    code: str
    role: str
    expires_at: datetime


class InvitationInfo(Protocol):
    ref: str
    role: str
    case_label: str
    worker_name: str  # who made the invitation
    workers: Sequence[str]  # the names of the case's workers now
    refused: str | None  # "member" (in this case already), "worker" (a worker, and it is for family), or None


class LeftCase(Protocol):
    case_id: int
    case_label: str
    role: str
    workers: Sequence[int]


class Joined(Protocol):
    """What joining changed. ``display_name`` is the joiner's first name as Telegram gives it (never
    checked, and kept nowhere but the message that tells the worker); None when they joined on a channel
    that gives none (the web)."""

    case_id: int
    case_label: str
    role: str
    membership_id: int
    number: int
    worker_name: str | None
    workers: Sequence[int]
    worker_names: Sequence[str]
    family: Sequence[int]
    left: LeftCase | None
    display_name: str | None
    name: str  # a safety network member's name and relationship, as the worker wrote them ("" for others)
    relationship: str


class SharedAnswer(Protocol):
    id: int
    role: str
    number: int
    topic: str
    value: str
    data: dict[str, Any]
    created_at: datetime
    mine: bool


class Plan(Protocol):
    case_id: int
    goal: str
    ten_means: str
    zero_means: str
    rhythm: str
    visit_on: date | None


class NetworkMember(Protocol):
    """Someone in the family's safety network, and their part of the safety plan in the worker's words."""

    membership_id: int
    number: int
    name: str
    relationship: str
    part: str


class AlertDelivery(Protocol):
    name: str
    escalated: bool
    delivered_at: datetime | None
    refused_at: datetime | None


class AlertView(Protocol):
    id: int
    how: str
    role: str
    raised_at: datetime
    deliveries: Sequence[AlertDelivery]
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    escalated_at: datetime | None


class Acknowledgement(Protocol):
    first: bool  # this press took the alert
    by_me: bool
    by_name: str  # who is on it
    at: datetime  # since when
    case_label: str
    raised_at: datetime
    raised_by: int | None  # the Telegram id of the person who raised it, if still in the case
    role: str  # their part in the case: young_person or parent
    others: Sequence[int]  # the Telegram ids of the others it reached


class SentWord(Protocol):
    """A worker's message kept in the case: its answer's id (its 👍 and Reply buttons name it) and who it
    is for."""

    answer_id: int
    telegram_id: int
    role: str  # theirs: young_person or parent
    worker_name: str


class WordForMe(Protocol):
    """A worker's message, found again by the young person or parent it was written to."""

    answer_id: int
    worker_name: str
    words: str
    sent_at: datetime


class StoryVersion(Protocol):
    """One saved version of a case's words-and-pictures story: each page's words and picture (a stored file
    of the case, or None), and when it was approved, if it was."""

    story_id: int
    version: int
    pages: Sequence[str]
    written_at: datetime
    approved_at: datetime | None
    pictures: Sequence[int | None]

    def picture(self, index: int) -> int | None: ...


class Casebook(Protocol):
    """Case data for one person, within one step."""

    bot_username: str | None
    public_url: str | None  # the web chat's address, for invitations' web links; None: no web chat

    def cases(self) -> Sequence[CaseSummary]:
        """The open cases this worker works on."""
        ...

    def open_case(self, label: str) -> int | None:
        """A new case with this worker; None if they may not open one or the label does not fit."""
        ...

    def card(self, case_id: int) -> CaseCard | None:
        """The case card, or None when this person does not work on that case."""
        ...

    def invite(self, case_id: int, role: str, name: str = "", relationship: str = "") -> NewInvitation | None:
        """A one-time invitation; a safety network member's needs the ``name`` and ``relationship`` the worker
        writes."""
        ...

    def revoke(self, case_id: int, invitation_id: int) -> bool: ...

    def remove_member(self, case_id: int, membership_id: int) -> int | None:
        """Take someone out of the case; their Telegram id (to tell them), or None if refused."""
        ...

    def reset_secret(self, case_id: int, membership_id: int) -> int | None:
        """Forget and unlock a family member's web secret, so they choose a new one; their address (to tell
        them), or None if refused."""
        ...

    def close_case(self, case_id: int) -> Sequence[int] | None:
        """Close the case; the Telegram ids of the family members (to tell them), or None if refused."""
        ...

    def invitation(self, code: str) -> InvitationInfo | None:
        """What a code opens; None for any code that does not work, whatever the reason."""
        ...

    def accept(self, ref: str) -> Joined | None:
        """Join through an invitation found by `invitation`, or None (then nothing changed and the code
        still works)."""
        ...

    def my_workers(self) -> Sequence[str]:
        """The names of the workers of this young person's or parent's case now, in joining order."""
        ...

    def family_of(self, case_id: int) -> Sequence[int] | None:
        """The Telegram ids of the young people and parents of this worker's open case, or None if refused."""
        ...

    def leave(self) -> Sequence[int] | None:
        """Leave the person's case; the Telegram ids of its workers (to tell them), or None."""
        ...

    def shared(self, case_id: int, purpose: str = "read") -> Sequence[SharedAnswer] | None:
        """What was shared in the case that this person may read, or None if refused. Audited once per step
        for each case and purpose, however often the step draws it."""
        ...

    def unseen(self) -> Casebook:
        """The same book, for drawing a screen nobody will see (to find its buttons): its reads are checked
        as ever, and not audited."""
        ...

    def mine(self, topics: Sequence[str] | None = None) -> Sequence[SharedAnswer]:
        """What this young person or parent shared themselves in their case (on ``topics``), oldest first,
        including what the current step has kept so far."""
        ...

    def kept(self, record: Any) -> None:
        """The current step kept this answer (a `dialogues.engine.Record`); it is stored with the step."""
        ...

    def readings(self) -> Sequence[Any]:
        """When others read or copied what this person shared (`dialogues.rights.Reading`), oldest first."""
        ...

    def asked_to_forget(self) -> tuple[int, int, str, Sequence[int]] | None:
        """A young person or parent in an open case asked to be forgotten: nothing is deleted; the request
        is audited; their number in the case, its label and its workers' Telegram ids. None: in no open case."""
        ...

    def shared_in_a_case(self) -> bool:
        """Whether this person shared anything in a case (which stays with that case's record)."""
        ...

    def my_case(self) -> tuple[int, Sequence[int]] | None:
        """This young person's or parent's case id, and the Telegram ids of its workers."""
        ...

    def plan(self, case_id: int | None = None) -> Plan | None:
        """The safety plan scale of a worker's case (``case_id``) or of a parent's own case."""
        ...

    def set_plan(self, case_id: int, **changes: Any) -> Plan | None:
        """A worker sets goal, ten_means, zero_means, rhythm (weekly, fortnightly, visit, off), visit_on."""
        ...

    def network(self, case_id: int) -> Sequence[NetworkMember] | None:
        """The safety network members of this worker's open case, or None if refused."""
        ...

    def set_part(self, case_id: int, membership_id: int, words: str) -> NetworkMember | None:
        """A worker writes what one network member of their case will do in the safety plan."""
        ...

    def my_part(self) -> NetworkMember | None:
        """This safety network member's own place and part in their case; None for anyone else."""
        ...

    def pause_reminders(self, paused: bool) -> bool: ...

    def reminders_paused(self) -> bool: ...

    def acknowledge(self, alert_id: int) -> Acknowledgement | None:
        """This worker presses "I'm on it" on an alert that reached them (or their case's, or as a duty
        worker): the first press takes it. None when it is not an alert they may take."""
        ...

    def alerts(self, case_id: int) -> Sequence[AlertView] | None:
        """The case's alerts still open and those of the last week, or None if refused."""
        ...

    def prompts_raised(self, case_id: int, prompts: Sequence[str]) -> None:
        """These prompts (``rule:key``) show on the case's card: each is kept once, for the service's practice
        report (no words: the rule's name and what made it true, a number and a date)."""
        ...

    def is_manager(self) -> bool:
        """Whether this person is a worker registered as a manager (``companion worker add --manager``)."""
        ...

    def practice(self) -> Any:
        """The service's practice figures (`dialogues.practice.Figures`), for a manager, audited; None for
        anyone else. Counts and times only: nothing of any case is read."""

    def send_word(self, case_id: int, membership_id: int, words: str, topic: str) -> SentWord | None:
        """This worker's message (under ``topic``: a "You said, we did" message, or "Before my meeting") to a
        young person or parent of their open case (by membership), kept sealed in the case as they wrote it,
        and audited; None if refused."""
        ...

    def word_for_me(self, answer_id: int, topic: str) -> WordForMe | None:
        """A worker's message under ``topic`` written to this young person or parent, in the case they are
        in now; None for any other."""
        ...

    def save_story(
        self, case_id: int, pages: Sequence[str], pictures: Sequence[int | None] = ()
    ) -> StoryVersion | None:
        """A new version of the case's story (each page's words and picture), by this worker of the open
        case or a parent it allows, sealed; None if refused."""
        ...

    def story(self, case_id: int) -> StoryVersion | None:
        """The newest saved version of the case's story (a worker of the case, or a parent allowed to draft
        it), or None."""
        ...

    def approve_story(self, case_id: int, story_id: int) -> tuple[StoryVersion, Sequence[int]] | None:
        """This worker approves one version of their open case's story: it, and the Telegram ids of the
        case's young people who are to read it; None if refused."""
        ...

    def drop_story_pictures(self, case_id: int, media_ids: Sequence[int]) -> None:
        """Pictures of this person's draft that no saved version names: deleted (a page taken out, a draft
        left); nothing if they may not draft the case's story."""
        ...

    def story_drafters(self, case_id: int) -> Sequence[int] | None:
        """The memberships of the case's parents this worker's case allows to draft its story; None if
        refused."""
        ...

    def allow_story_drafter(self, case_id: int, membership_id: int, allowed: bool) -> int | None:
        """This worker of the open case allows (or no longer allows) one of its parents to draft the story:
        the parent's Telegram id, to tell them; None if refused."""
        ...

    def story_draft_case(self) -> int | None:
        """For a parent: the open case whose story they may draft now (a worker allows it), else None."""
        ...

    def story_workers(self, case_id: int) -> Sequence[int]:
        """The Telegram ids of the case's workers, for one who may draft its story; empty if refused."""
        ...

    def story_for_me(self, story_id: int) -> StoryVersion | None:
        """For a young person of the story's open case, the story as last approved; None for anyone else."""
        ...
