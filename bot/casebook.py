"""The `Casebook` port (dialogues/casebook.py) over storage, for one person within one transaction.

Storage checks membership and role on every call and raises `AccessDenied`; here a refusal becomes the
None or False the dialogues expect, and is logged by ids only.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, TypeVar

from dialogues import topics
from dialogues.engine import Record
from storage import alerts, cases, network, plans, practice, stories, web, words
from storage.cases import AccessDenied
from storage.models import utcnow
from storage.repository import Standing, Tx

log = logging.getLogger(__name__)
R = TypeVar("R")


@dataclass(frozen=True)
class SentWord:
    """A worker's message kept in the case (`dialogues.casebook.SentWord`)."""

    answer_id: int
    telegram_id: int
    role: str
    worker_name: str


class TxCasebook:
    """Case data for ``person_id``, read and written in the transaction ``tx``."""

    def __init__(
        self,
        tx: Tx,
        person_id: int,
        *,
        invitation_days: int,
        bot_username: str | None,
        display_name: str | None = None,
        public_url: str | None = None,
        standing: Standing | None = None,
    ) -> None:
        self.tx = tx
        self.c = tx.c
        self.person_id = person_id
        self.invitation_days = invitation_days
        self.bot_username = bot_username
        self.public_url = public_url
        self._display_name = display_name  # the person's first name from Telegram: only for a join's message
        self.pending: list[Record] = []  # kept by this step, stored when it commits
        # What this step has read of the person's own case, read once: a step asks for it several times
        # (the question's buttons, the action, the next question). Anything that changes cases forgets it.
        self._family: tuple[int | None] | None = None
        if standing is not None and (standing.role is None or standing.role in cases.FAMILY_ROLES):
            # the person's standing, read with them, is their family case: the latest open case they are in,
            # as one of the family or network (a worker's may be another; no role is no open case)
            self._family = (standing.case_id,)
        self._numbers: dict[int, dict[int, tuple[str, int]]] = {}
        self._own: dict[int, list[cases.SharedAnswer] | None] = {}
        # what this step has audited already, by (case, purpose): one entry per action, however often the
        # step draws a screen; False in the `unseen` view, whose drawings nobody sees
        self.audited: set[tuple[int, str]] = set()
        self.audits = True

    def _forget(self) -> None:
        self._family, self._numbers, self._own = None, {}, {}

    def _family_case(self) -> int | None:
        if self._family is None:
            self._family = (cases.family_case(self.c, self.person_id),)
        return self._family[0]

    def _numbers_of(self, case_id: int) -> dict[int, tuple[str, int]]:
        if case_id not in self._numbers:
            self._numbers[case_id] = cases.numbers(self.c, case_id)
        return self._numbers[case_id]

    def _checked(self, what: str, case_id: int | None, action: Callable[[], R]) -> R | None:
        try:
            return action()
        except AccessDenied:
            log.info("refused: person %s, %s, case %s", self.person_id, what, case_id)
            return None

    def cases(self) -> Sequence[cases.CaseSummary]:
        return cases.cases_of(self.c, self.person_id)

    def open_case(self, label: str) -> int | None:
        self._forget()
        try:
            return self._checked("open case", None, lambda: cases.open_case(self.c, self.person_id, label))
        except ValueError:
            return None

    def card(self, case_id: int) -> cases.CaseCard | None:
        return self._checked("card", case_id, lambda: cases.card(self.c, self.person_id, case_id))

    def invite(self, case_id: int, role: str, name: str = "", relationship: str = "") -> cases.NewInvitation | None:
        self._forget()
        valid_for = timedelta(days=self.invitation_days)
        try:
            return self._checked(
                "invite",
                case_id,
                lambda: cases.invite(
                    self.c, self.person_id, case_id, role, valid_for, name=name, relationship=relationship
                ),
            )
        except ValueError:  # a network member's name or relationship missing
            return None

    def revoke(self, case_id: int, invitation_id: int) -> bool:
        self._forget()
        done = self._checked(
            "revoke", case_id, lambda: cases.revoke(self.c, self.person_id, case_id, invitation_id) or True
        )
        return bool(done)

    def remove_member(self, case_id: int, membership_id: int) -> int | None:
        self._forget()
        return self._checked(
            "remove", case_id, lambda: cases.remove_member(self.c, self.person_id, case_id, membership_id)
        )

    def reset_secret(self, case_id: int, membership_id: int) -> int | None:
        return self._checked(
            "reset secret", case_id, lambda: web.reset_secret(self.c, self.person_id, case_id, membership_id)
        )

    def close_case(self, case_id: int) -> Sequence[int] | None:
        self._forget()
        return self._checked("close", case_id, lambda: cases.close_case(self.c, self.person_id, case_id))

    def invitation(self, code: str) -> cases.InvitationInfo | None:
        return cases.look_up(self.c, self.person_id, code)

    def accept(self, ref: str) -> cases.Joined | None:
        self._forget()
        joined = cases.accept(self.c, self.person_id, ref)
        if joined is None:
            log.info("refused: person %s, join", self.person_id)
            return None
        if joined.role in plans.CHECKING_IN:
            plans.schedule(self.c, joined.case_id, utcnow(), reset=False)  # their own check-in reminders
        return replace(joined, display_name=self._display_name)

    def my_workers(self) -> Sequence[str]:
        case_id = self._family_case()
        return [] if case_id is None else cases.worker_names(self.c, case_id)

    def family_of(self, case_id: int) -> Sequence[int] | None:
        return self._checked("family", case_id, lambda: cases.family_of(self.c, self.person_id, case_id))

    def leave(self) -> Sequence[int] | None:
        self._forget()
        case_id = cases.family_case(self.c, self.person_id)
        if case_id is None:
            return None
        return self._checked("leave", case_id, lambda: cases.leave(self.c, self.person_id, case_id))

    def unseen(self) -> TxCasebook:
        view = copy.copy(self)  # the same step: its pending answers and audited readings are shared
        view.audits = False
        return view

    def shared(self, case_id: int, purpose: str = "read") -> Sequence[cases.SharedAnswer] | None:
        audit = self.audits and (case_id, purpose) not in self.audited
        found = self._checked(
            purpose,
            case_id,
            lambda: cases.read_answers(self.c, self.person_id, case_id, purpose=purpose, audit=audit),
        )
        if audit and found is not None:
            self.audited.add((case_id, purpose))
        if found is None:
            return None
        return [*found, *self._pending(case_id, [r for r in self.pending if r.case_id == case_id])]

    def _pending(self, case_id: int, records: Sequence[Record]) -> list[cases.SharedAnswer]:
        """What this step has kept so far, as it will read once stored."""
        role, number = self._numbers_of(case_id).get(self.person_id, ("", 0))
        now = utcnow()
        return [
            cases.SharedAnswer(-n, role, number, r.topic, r.value, dict(r.data), now, True)
            for n, r in enumerate(records, 1)
        ]

    def kept(self, record: Record) -> None:
        self.pending.append(record)

    def mine(self, topics: Sequence[str] | None = None) -> Sequence[cases.SharedAnswer]:
        """The person's own answers in their case (of ``topics``), with what this step kept: read from the
        database once a step, whatever the topics (a step asks several times)."""
        case_id = self._family_case()
        if case_id is None:
            return []
        if case_id not in self._own:
            self._own[case_id] = self._checked(
                "own",
                case_id,
                lambda: cases.read_answers(
                    self.c, self.person_id, case_id, purpose="own", who=self._numbers_of(case_id)
                ),
            )
        found = [a for a in self._own[case_id] or () if topics is None or a.topic in topics]
        own = [r for r in self.pending if r.case_id is None and (topics is None or r.topic in topics)]
        return [*found, *self._pending(case_id, own)]

    def readings(self) -> Sequence[cases.Reading]:
        return cases.readings_of(self.c, self.person_id, topics.SCALES)

    def asked_to_forget(self) -> tuple[int, int, str, Sequence[int]] | None:
        return cases.asked_to_forget(self.c, self.person_id)

    def shared_in_a_case(self) -> bool:
        return bool(cases.own_cases(self.c, self.person_id))

    def my_case(self) -> tuple[int, Sequence[int]] | None:
        case_id = self._family_case()
        return None if case_id is None else (case_id, cases.case_workers(self.c, case_id))

    def plan(self, case_id: int | None = None) -> plans.Plan | None:
        return self._checked("plan", case_id, lambda: plans.plan_for(self.c, self.person_id, case_id))

    def set_plan(self, case_id: int, **changes: Any) -> plans.Plan | None:
        self._forget()
        return self._checked("set plan", case_id, lambda: plans.set_plan(self.c, self.person_id, case_id, **changes))

    def network(self, case_id: int) -> Sequence[network.NetworkMember] | None:
        return self._checked("network", case_id, lambda: network.members(self.c, self.person_id, case_id))

    def set_part(self, case_id: int, membership_id: int, words: str) -> network.NetworkMember | None:
        self._forget()
        return self._checked(
            "network part", case_id, lambda: network.set_part(self.c, self.person_id, case_id, membership_id, words)
        )

    def my_part(self) -> network.NetworkMember | None:
        return network.own(self.c, self.person_id)

    def pause_reminders(self, paused: bool) -> bool:
        return plans.pause(self.c, self.person_id, paused)

    def reminders_paused(self) -> bool:
        return plans.paused(self.c, self.person_id)

    def acknowledge(self, alert_id: int) -> alerts.Acknowledgement | None:
        self._forget()
        taken = alerts.acknowledge(self.c, self.person_id, alert_id)
        if taken is None:
            log.info("refused: person %s, acknowledge alert %s", self.person_id, alert_id)
        return taken

    def alerts(self, case_id: int) -> Sequence[alerts.AlertView] | None:
        return self._checked("alerts", case_id, lambda: alerts.of_case(self.c, self.person_id, case_id))

    def prompts_raised(self, case_id: int, prompts: Sequence[str]) -> None:
        def keep() -> None:
            cases.require_worker(self.c, self.person_id, case_id)
            for prompt in prompts:
                practice.mark_once(self.c, case_id, practice.PROMPT_RAISED, prompt)

        self._checked("prompts raised", case_id, keep)

    def is_manager(self) -> bool:
        return practice.is_manager(self.c, self.person_id)

    def practice(self) -> practice.Practice | None:
        if not self.is_manager():
            log.info("refused: person %s, practice", self.person_id)
            return None
        if self.audits:
            practice.audit_report(self.c, self.person_id, None, "chat")
        return practice.figures(self.c)

    def send_word(self, case_id: int, membership_id: int, said: str, topic: str) -> SentWord | None:
        def send() -> SentWord:
            to = words.recipient(self.c, self.person_id, case_id, membership_id)
            name = cases.worker_name(self.c, self.person_id) or ""
            data = {"to": to.person_id, "to_role": to.role, "to_number": to.number, "from": name}
            standing = Standing(cases.WORKER, case_id)
            (answer_id,) = self.tx.add_answers(self.person_id, standing, [(topic, said, data)], None)
            words.sent(self.c, self.person_id, case_id, answer_id)
            return SentWord(answer_id, to.telegram_id, to.role, name)

        return self._checked("message", case_id, send)

    def word_for_me(self, answer_id: int, topic: str) -> words.WordForMe | None:
        return words.word_for(self.c, self.person_id, answer_id, topic)

    def save_story(
        self, case_id: int, pages: Sequence[str], pictures: Sequence[int | None] = ()
    ) -> stories.StoryVersion | None:
        return self._checked(
            "story", case_id, lambda: stories.save(self.c, self.person_id, case_id, list(pages), list(pictures))
        )

    def story(self, case_id: int) -> stories.StoryVersion | None:
        return self._checked("story", case_id, lambda: stories.latest(self.c, self.person_id, case_id))

    def approve_story(self, case_id: int, story_id: int) -> tuple[stories.StoryVersion, Sequence[int]] | None:
        def approve() -> tuple[stories.StoryVersion, Sequence[int]] | None:
            found = stories.approve(self.c, self.person_id, case_id, story_id)
            return None if found is None else (found, stories.readers(self.c, case_id))

        return self._checked("story approve", case_id, approve)

    def drop_story_pictures(self, case_id: int, media_ids: Sequence[int]) -> None:
        self._checked(
            "story pictures", case_id, lambda: stories.drop_unsaved(self.c, self.person_id, case_id, list(media_ids))
        )

    def story_drafters(self, case_id: int) -> Sequence[int] | None:
        return self._checked("story drafters", case_id, lambda: stories.drafters(self.c, self.person_id, case_id))

    def allow_story_drafter(self, case_id: int, membership_id: int, allowed: bool) -> int | None:
        return self._checked(
            "story drafter",
            case_id,
            lambda: stories.allow_drafter(self.c, self.person_id, case_id, membership_id, allowed),
        )

    def story_draft_case(self) -> int | None:
        return stories.draft_case(self.c, self.person_id)

    def story_workers(self, case_id: int) -> Sequence[int]:
        return self._checked("story workers", case_id, lambda: stories.workers(self.c, self.person_id, case_id)) or []

    def story_for_me(self, story_id: int) -> stories.StoryVersion | None:
        return stories.for_me(self.c, self.person_id, story_id)
