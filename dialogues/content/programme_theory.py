"""Signs of Safety programme theory: 12 aims, their signs of success, what to do if missing.

Source: What Works Centre for Children's Social Care and CASCADE (Cardiff University), practice guide to
the Signs of Safety programme theory. The words here are our own plain-English restatement of every aim,
sign of success and challenge point in that guide, including its cross-references between aims.

Every string is a gettext msgid marked with ``N_``; the adapter translates it when it renders.
Msgids stay whole on one line for translators, so some lines are long.
Each ``ChallengePoint.signs`` lists the sign ids the point answers, so a dialogue can offer, for
each missing sign, the matching prompts. ``see_aims`` and ``see_part`` carry the guide's
cross-references ("see aim 5", "see table 1").
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.messages import N_


@dataclass(frozen=True)
class Sign:
    """One sign of success for an aim."""

    id: str
    text: str


@dataclass(frozen=True)
class ChallengePoint:
    """One point of "what to do if the signs of success are not there"."""

    text: str
    signs: tuple[str, ...]
    see_aims: tuple[int, ...] = ()
    see_part: int | None = None


@dataclass(frozen=True)
class Aim:
    """One of the 12 aims of the programme theory."""

    number: int
    part: int
    title: str
    aim: str
    signs: tuple[Sign, ...]
    challenges: tuple[ChallengePoint, ...]


@dataclass(frozen=True)
class Part:
    """One of the two parts (tables) of the programme theory."""

    number: int
    title: str
    summary: str


INTRO: str = N_(
    "This guide helps you think about whether your work with a child and their family fits the Signs of Safety way of working. It sets out 12 main aims, the signs that show you are achieving each one so you can track progress, and what you can do when those signs are missing. Use it to reflect on and develop your practice, and in supervision, not as a tick list; it can also help supervisors think through cases with practitioners, and inform quality assurance and the evaluation of services."
)

SOURCE_CREDIT: str = N_(
    "Based on the practice guide to the Signs of Safety programme theory by the What Works Centre for Children's Social Care and CASCADE at Cardiff University. The guide is there to help you reflect on your practice; it is not a tick list."
)

PARTS: tuple[Part, ...] = (
    Part(
        number=1,
        title=N_("Sharing understanding and responsibility for risk"),
        summary=N_(
            "Aims 1 to 8 are about everyone involved coming to a shared understanding of the risks to the child, and sharing responsibility for keeping those risks as low as possible."
        ),
    ),
    Part(
        number=2,
        title=N_("Making the child safer"),
        summary=N_(
            "Aims 9 to 12 are about building a plan that really makes the child safer, once that shared understanding of the risk is in place."
        ),
    ),
)

AIMS: tuple[Aim, ...] = (
    # Part 1 (table 1): a shared understanding of and responsibility for minimising risk.
    Aim(
        number=1,
        part=1,
        title=N_("Understand the risk as a whole"),
        aim=N_(
            "As the worker for the family, you see the whole picture of the risk, which lets you make well-informed decisions."
        ),
        signs=(
            Sign(
                id="1a",
                text=N_(
                    "You know how things look to the child or young person, to the parents, to the wider family and to the professionals involved."
                ),
            ),
            Sign(
                id="1b",
                text=N_("There is a safety plan, and you know what each person is responsible for in it."),
            ),
            Sign(
                id="1c",
                text=N_(
                    "You feel backed up when you go looking for the views of people in the network around the child and family."
                ),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If the view of someone who matters is missing, or they are not playing their part in the safety plan and network, go back to the family and work out together how to bring that person in."
                ),
                signs=("1a", "1b"),
            ),
            ChallengePoint(
                text=N_(
                    "The research found that learning from colleagues and supervisors helps workers feel supported. If more support would help you, raise it with your supervisor or manager."
                ),
                signs=("1c",),
            ),
        ),
    ),
    Aim(
        number=2,
        part=1,
        title=N_("Child finds ways to stay safe"),
        aim=N_(
            "With your help, the child or young person works out ways of keeping safe and picks the people who can help them do that."
        ),
        signs=(
            Sign(
                id="2a",
                text=N_("The child or young person talks to you openly about what they have been through."),
            ),
            Sign(
                id="2b",
                text=N_("The child or young person works out with you the things they can do to keep themselves safe."),
            ),
            Sign(
                id="2c",
                text=N_(
                    "With your help, the child or young person picks people from their network who can help keep them safe."
                ),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If the child or young person is old enough to take part but is not doing so, check that you weigh strengths alongside risks when you talk about worries, and that you do not put the blame on the parents."
                ),
                signs=("2a", "2b", "2c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the child or young person is old enough to take part but is not doing so, check that you treat them as the expert on their own life and build on what they understand and what they are good at."
                ),
                signs=("2a", "2b", "2c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the child or young person is old enough to take part but is not doing so, check that your words are clear and simple and that you use tools made for children, such as words and pictures, the fairy/wizard tool or the three houses."
                ),
                signs=("2a", "2b", "2c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the child or young person is old enough to take part but is not doing so, check that you give them enough of your time to build a relationship."
                ),
                signs=("2a", "2b", "2c"),
            ),
        ),
    ),
    Aim(
        number=3,
        part=1,
        title=N_("Parents build the safety plan"),
        aim=N_("The parents draw up the safety plan themselves and name the people in their own support network."),
        signs=(
            Sign(id="3a", text=N_("The parents feel that you understand them.")),
            Sign(id="3b", text=N_("The parents feel that you see them as experts.")),
            Sign(
                id="3c",
                text=N_("The parents feel they are being given genuine choices."),
            ),
            Sign(id="3d", text=N_("The parents feel hopeful about what lies ahead.")),
            Sign(id="3e", text=N_("The parents trust you and work together with you.")),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If these signs are missing, check whether the parents feel able to work together with you. If they do not, turn to aim 5."
                ),
                signs=("3a", "3b", "3c", "3d", "3e"),
                see_aims=(5,),
            ),
            ChallengePoint(
                text=N_(
                    "If these signs are missing, check whether the parents trust you. If they do not, turn to aim 4."
                ),
                signs=("3a", "3b", "3c", "3d", "3e"),
                see_aims=(4,),
            ),
            ChallengePoint(
                text=N_(
                    "If these signs are missing, check whether the parents have reached a turning point about their behaviour or their circumstances. If they have not, turn to aim 6."
                ),
                signs=("3a", "3b", "3c", "3d", "3e"),
                see_aims=(6,),
            ),
        ),
    ),
    Aim(
        number=4,
        part=1,
        title=N_("Earn the parents' trust"),
        aim=N_("The parents have come to trust you."),
        signs=(
            Sign(
                id="4a",
                text=N_("The parents see you as someone who is there to help them."),
            ),
            Sign(id="4b", text=N_("The parents do not feel that you are judging them.")),
            Sign(
                id="4c",
                text=N_("The parents feel that you respect them and listen to them."),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If the parents do not trust you, make sure you are giving them time to build a relationship with you, and that the way you work with them makes it possible for them to trust you."
                ),
                signs=("4a", "4b", "4c"),
            ),
            ChallengePoint(
                text=N_("If the parents do not trust you, make sure you show that you truly care about the family."),
                signs=("4a", "4b", "4c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents do not trust you, make sure you keep the focus on the child's safety by weighing strengths against risks."
                ),
                signs=("4a", "4b", "4c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents do not trust you, make sure you focus on behaviour that can be seen, look for exceptions (times when the problem does not happen) and build on the parents' strengths."
                ),
                signs=("4a", "4b", "4c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents do not trust you, make sure you are open about your role, why you are involved and what your bottom lines are, and that the parents know what will happen if nothing changes."
                ),
                signs=("4a", "4b", "4c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents do not trust you, make sure the words you use are clear, simple and free of blame."
                ),
                signs=("4a", "4b", "4c"),
            ),
        ),
    ),
    Aim(
        number=5,
        part=1,
        title=N_("Parents work together with you"),
        aim=N_("The parents work together with you."),
        signs=(
            Sign(
                id="5a",
                text=N_(
                    "The parents do not seem anxious and on the defensive all the time when they are working with you."
                ),
            ),
            Sign(id="5b", text=N_("The parents speak openly with you.")),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If the parents are not working together with you, check that you are giving them time to build a relationship with you, and that the way you work with them makes working together possible."
                ),
                signs=("5a", "5b"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents are not working together with you, make sure you see them as the experts on their own lives."
                ),
                signs=("5a", "5b"),
            ),
            ChallengePoint(
                text=N_("If the parents are not working together with you, make sure you give them genuine choices."),
                signs=("5a", "5b"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents are not working together with you, make sure you do the assessment and the planning jointly with them."
                ),
                signs=("5a", "5b"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents are not working together with you, make sure you and the parents build a shared picture of good enough parenting."
                ),
                signs=("5a", "5b"),
            ),
        ),
    ),
    Aim(
        number=6,
        part=1,
        title=N_("Parents reach a turning point"),
        aim=N_("The parents come to a 'turning point', where they accept that their child is at risk."),
        signs=(
            Sign(
                id="6a",
                text=N_(
                    "The parents understand what the child has been through and how their own behaviour or circumstances affect the child."
                ),
            ),
            Sign(
                id="6b",
                text=N_("The parents understand what the external agencies are worried about."),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If the parents have not reached a turning point, check that you know the child or young person's experiences and point of view well enough to pass them on to the parents in the child's own words."
                ),
                signs=("6a",),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents have not reached a turning point, check that you know what the external agencies are worried about and can help those agencies get their worries across to the parents."
                ),
                signs=("6b",),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents have not reached a turning point, check that you help them look at the gaps between their behaviour or circumstances and the future they want."
                ),
                signs=("6a", "6b"),
            ),
            ChallengePoint(
                text=N_(
                    "If the parents have not reached a turning point, check that the way you work with them makes it possible for them to trust you and to work together with you."
                ),
                signs=("6a", "6b"),
                see_aims=(4, 5),
            ),
        ),
    ),
    Aim(
        number=7,
        part=1,
        title=N_("Wider family have clear roles"),
        aim=N_("Members of the wider family know clearly what they are responsible for in the safety plan."),
        signs=(
            Sign(
                id="7a",
                text=N_(
                    "The wider family understand what the child needs to be safe, and they know their roles and responsibilities in the safety plan."
                ),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "So far there is little evidence about the best way to involve the wider family. Try using the ways of working with parents set out in the earlier aims with the wider family too."
                ),
                signs=("7a",),
                see_aims=(4, 5, 6),
            ),
            ChallengePoint(
                text=N_(
                    "Think about whether scaling and mapping could help the wider family understand more and take a fuller part."
                ),
                signs=("7a",),
            ),
        ),
    ),
    Aim(
        number=8,
        part=1,
        title=N_("A clear role for external agencies"),
        aim=N_("External agencies play a clear part in making the child safer."),
        signs=(
            Sign(
                id="8a",
                text=N_(
                    "External agencies tell you and the parents plainly what they are worried about and what help they can give."
                ),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If external agencies find it hard to say clearly what worries them and to offer help, check whether you use strengths-based, solution-focused language when you deal with them."
                ),
                signs=("8a",),
            ),
            ChallengePoint(
                text=N_(
                    "If external agencies find it hard to say clearly what worries them and to offer help, check whether you work in partnership with them and talk openly about how to weigh risks and strengths safely."
                ),
                signs=("8a",),
            ),
            ChallengePoint(
                text=N_(
                    "If external agencies find it hard to say clearly what worries them and to offer help, ask yourself whether scaling could help them state their worries about the child's safety clearly and take ownership of them."
                ),
                signs=("8a",),
            ),
        ),
    ),
    # Part 2 (table 2): improving child safety.
    Aim(
        number=9,
        part=2,
        title=N_("Parents feel confident to care"),
        aim=N_("The parents feel confident about looking after their child, and able to do it."),
        signs=(
            Sign(id="9a", text=N_("There is a safety plan and a safety network.")),
            Sign(
                id="9b",
                text=N_(
                    "The safety plan and safety network show that everyone shares an understanding of the risk and the responsibility for keeping it as low as possible."
                ),
            ),
            Sign(
                id="9c",
                text=N_(
                    "While you monitor the safety plan and safety network, you keep good working relationships with the children, the parents and the wider family."
                ),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_("If there is no settled safety plan and safety network yet, go back to Part 1."),
                signs=("9a", "9b"),
                see_part=1,
            ),
            ChallengePoint(
                text=N_(
                    "If the safety plan and safety network are not making the child safer, check whether the parents find help from family members intrusive, as if it takes away their independence."
                ),
                signs=("9b", "9c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the safety plan and safety network are not making the child safer, check whether the parents feel that you have time to monitor how well the safety plan is working, and that they can ask you for support."
                ),
                signs=("9b", "9c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the safety plan and safety network are not making the child safer, check whether external agencies are giving the parents the help they need."
                ),
                signs=("9b", "9c"),
            ),
            ChallengePoint(
                text=N_(
                    "If the safety plan and safety network are not making the child safer, check whether members of the wider family are going along with unsafe behaviour by the parents."
                ),
                signs=("9b", "9c"),
            ),
            ChallengePoint(
                text=N_(
                    "With these checks in mind, review the safety plan and network so that they help the parents grow in confidence and keep the child safer over the long term."
                ),
                signs=("9b", "9c"),
            ),
        ),
    ),
    Aim(
        number=10,
        part=2,
        title=N_("Family ties are stronger"),
        aim=N_("The parents feel that the bonds within their family have grown stronger."),
        signs=(
            Sign(
                id="10a",
                text=N_("The parents make use of their safety plan and safety network."),
            ),
            Sign(
                id="10b",
                text=N_("The parents say it has become easier to turn to people in the safety network for support."),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "If members of the wider family cannot give the support they agreed to, see whether work can be done to remove what is in the way. Make sure that being part of the safety network is not harming family members' jobs or careers."
                ),
                signs=("10a", "10b"),
            ),
            ChallengePoint(
                text=N_(
                    "If members of the wider family cannot give the support they agreed to, make sure responsibilities are shared between the wider family, the parents and professionals, so that relatives do not feel their help is being relied on in place of help from external agencies, just to save money."
                ),
                signs=("10a", "10b"),
            ),
            ChallengePoint(
                text=N_(
                    "If members of the wider family cannot give the support they agreed to, make sure you talk through questions of loyalty with them: for example, relatives taking sides in a divorce, or grandparents torn over whether they owe more to their own child or to their grandchild."
                ),
                signs=("10a", "10b"),
            ),
        ),
    ),
    Aim(
        number=11,
        part=2,
        title=N_("Monitor the plan, stay connected"),
        aim=N_(
            "As the social worker, you keep track of the safety plan and network and keep good working relationships with the family."
        ),
        signs=(
            Sign(id="11a", text=N_("You give the family enough of your time.")),
            Sign(
                id="11b",
                text=N_("The family feel they can ask you for support when they need it."),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "The research found no evidence on the best way to do this. Think about how network meetings, peer support and supervision could help you check and keep track of the plan."
                ),
                signs=("11a", "11b"),
            ),
        ),
    ),
    Aim(
        number=12,
        part=2,
        title=N_("Informed, less reactive decisions"),
        aim=N_(
            "Your decisions about the child's safety are better informed, less reactive, and not so risk averse. The programme theory counts this as an intermediate outcome (Figure 9 of the full report)."
        ),
        signs=(
            Sign(
                id="12a",
                text=N_("You see the family often enough to monitor the safety plan and keep it relevant to them."),
            ),
            Sign(
                id="12b",
                text=N_(
                    "Your worries about the child's safety rest on observable behaviours: how the safety plan and safety network are being used, and any new risks."
                ),
            ),
        ),
        challenges=(
            ChallengePoint(
                text=N_(
                    "Reunification, substance misuse by parents and sexual abuse can all push anxiety up. If you feel very worried, think about how anxious you are about the child or young person's safety, and talk it through with your supervisor."
                ),
                signs=("12a", "12b"),
            ),
            ChallengePoint(
                text=N_(
                    "Check whether the safety plan and safety network are dealing with new and changing risks, and bring them up to date with the family."
                ),
                signs=("12a", "12b"),
            ),
            ChallengePoint(
                text=N_("Check whether the family need input from specialist external agencies."),
                signs=("12a",),
            ),
            ChallengePoint(
                text=N_("Check whether your worries rest on observable behaviours."),
                signs=("12b",),
            ),
        ),
    ),
)

_BY_NUMBER: dict[int, Aim] = {a.number: a for a in AIMS}


def aim(number: int) -> Aim:
    """The aim with this number (1 to 12); raises KeyError for any other number."""
    return _BY_NUMBER[number]
