"""What an answer is about: the topic names stored with each answer, and how workers see them grouped.

The young person's three houses map onto the three columns of Signs of Safety assessment (Leicestershire
practice framework): the house of worries under "what are we worried about?", the house of good things
under "what's working well?", the house of dreams under "what needs to happen?".

A scaling answer (``SAFETY_SCALE``, ``CHECKIN``, ``WORKER_SCORE``) keeps the number as its value and the
reasons in its data: ``why_not_lower`` and ``one_higher`` (and, now and then, ``ten_looks_like``).

Any answer's data may carry ``alert: true`` (its words raised an alert) and ``forwarded: true`` (forwarded
from someone else's message, not the person's own words).
"""

from __future__ import annotations

from dialogues.messages import T, Text

HOUSE_WORRIES = "house.worries"
HOUSE_GOOD = "house.good_things"
HOUSE_DREAMS = "house.dreams"
WIZARD_WISH = "wizard.wish"
SAFETY_SCALE = "safety_scale"
SAFETY_PERSON = "safety_people.person"
SAFETY_PERSON_HOW = "safety_people.how"  # how a safety person helps (``data["item"]`` names the person)
ALERT_UNSAFE = "alert.unsafe"
# Words typed where a button was expected: kept, shown to the worker with their date, never lost.
SAID_OUTSIDE = "said_outside"
CHECKIN = "checkin"
WORKER_SCORE = "checkin.worker"
AIM_CHECK = "guide.aim_check"
PROMPT_DISMISSED = "guide.prompt_dismissed"
# "You said, we did": a worker's message to one young person or parent (their words as written; ``data``:
# ``to`` the person's id, ``to_role`` and ``to_number`` as on the case card, ``from`` the worker's name),
# and that person's 👍 and replies to it (``data["message"]`` names the message's answer).
WORD_TO = "word.to"
WORD_THUMB = "word.thumb"
WORD_REPLY = "word.reply"
# "Before my meeting": a worker asks a young person (kept like a message, its words empty), and each of the
# young person's answers names that request (``data["meeting"]``), one topic a question.
MEETING_ASKED = "meeting.asked"
MEETING_WELL = "meeting.going_well"
MEETING_WORRIES = "meeting.worries"
MEETING_WANT = "meeting.want"
MEETING_SPEAK = "meeting.speak_for_me"
MEETING_ELSE = "meeting.anything_else"
# Words and pictures: a young person's question while reading their story (``data``: ``story``, the version's
# id, and ``page``, the page they were on).
STORY_QUESTION = "story.question"
MEETING = (MEETING_WELL, MEETING_WORRIES, MEETING_WANT, MEETING_SPEAK, MEETING_ELSE)

COLUMNS: tuple[tuple[str, Text], ...] = (
    (HOUSE_WORRIES, T("What are we worried about? (house of worries)")),
    (HOUSE_GOOD, T("What's working well? (house of good things)")),
    (HOUSE_DREAMS, T("What needs to happen? (house of dreams)")),
)
SCALES = (CHECKIN, WORKER_SCORE)

# The standard ends of the case's scale, from the Sandwell practice note, for when a worker has not
# written their own.
STANDARD_TEN = T("Everyone agrees the children are now safe enough that the case can be closed.")
STANDARD_ZERO = T("Things are so bad that the children cannot live at home.")
