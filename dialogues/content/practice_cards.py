"""Practice cards for the workers' guide: the three columns, how to scale, reflective questions,
danger statements, safety goals, and what good practice feels like.

Sources (credited in ``CREDITS``):

- Leicestershire Children and Family Services, "Signs of Safety, Stability and Success", a policy and
  framework for practice: the three columns and the judgement scale, the three houses, words and
  pictures, principles, disciplines and processes.
- Sandwell Children's Trust practice note, "Strengths-based practice: Signs of Safety": the columns in
  practice, how to scale, danger statements, safety goals and safety planning, the worked examples
  (Appendix 1) and the reflective questions for supervision (Appendix 2).
- A local Signs of Safety charter (December 2016): the three columns over a 0 to 10 judgement line, and
  what families and workers say good practice feels like.

The words are our own plain-English restatement of those sources; no sentence is copied from them.
Every user-facing string is a gettext msgid marked with ``N_`` (or ``Nn_`` for a plural pair); the adapter
translates it when it renders. Msgids stay whole on one line for translators, so some lines are long.
Templates use named placeholders only. ``key``, ``sources`` and ``placeholders`` are ids, not text.

The two statement templates (danger statement, safety goal) follow the shape of the Sandwell worked
examples. The danger statement opens with "{who} is/are worried", so it is an ``Nn_`` pair: render it with
``Text.plural_of(DANGER_STATEMENT.template, count=<how many people or agencies are worried>, who=..., ...)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.messages import N_, Nn_

# Which source a card draws on (ids, not text).
LEICESTERSHIRE = "leicestershire"
SANDWELL = "sandwell"
CHARTER = "charter"

Plural = tuple[str, str]  # an ``Nn_`` pair: singular and plural msgids


# -- shapes ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One thing that goes in a column (for example "Harm"), and what it means."""

    name: str
    meaning: str


@dataclass(frozen=True)
class Column:
    """One of the three columns: its question, what goes in it, and tips for filling it in."""

    key: str
    number: int
    question: str
    summary: str
    entries: tuple[Entry, ...]
    tips: tuple[str, ...]


@dataclass(frozen=True)
class JudgementScale:
    """The 0 to 10 line under the three columns, with the usual meaning of each end (10 given first)."""

    title: str
    question: str
    ten: str
    zero: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class ThreeColumnsCard:
    """The three columns and the judgement scale beneath them."""

    title: str
    intro: str
    heading: str
    columns: tuple[Column, Column, Column]
    scale: JudgementScale
    points: tuple[str, ...]
    sources: tuple[str, ...]

    def column(self, key: str) -> Column:
        """The column with this key; raises KeyError for any other key."""
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class ScaleStep:
    """One step of asking a scaling question. ``question`` is what to ask, when the step has words to say."""

    key: str
    title: str
    text: str
    question: str | None = None


@dataclass(frozen=True)
class HowToScaleCard:
    """How to ask a scaling question, step by step, with what scaling is for and worked example questions.

    ``question_template`` gives 10 first: placeholders ``{ten}`` and ``{zero}``.
    """

    title: str
    intro: str
    purposes: tuple[str, ...]
    question_template: str
    steps: tuple[ScaleStep, ...]
    points: tuple[str, ...]
    examples: tuple[str, ...]
    sources: tuple[str, ...]

    def step(self, key: str) -> ScaleStep:
        """The step with this key; raises KeyError for any other key."""
        for s in self.steps:
            if s.key == key:
                return s
        raise KeyError(key)


@dataclass(frozen=True)
class QuestionGroup:
    """A group of reflective questions, as the source groups them."""

    title: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class ReflectiveQuestions:
    """Reflective questions for supervision and other reflective spaces."""

    title: str
    intro: str
    note: str
    groups: tuple[QuestionGroup, ...]
    sources: tuple[str, ...]

    @property
    def questions(self) -> tuple[str, ...]:
        """Every question, in the source's order."""
        return tuple(q for g in self.groups for q in g.questions)


@dataclass(frozen=True)
class StatementPart:
    """One part of a danger statement or safety goal: what it is, what to ask, and its placeholders."""

    key: str
    title: str
    text: str
    ask: str
    placeholders: tuple[str, ...]


@dataclass(frozen=True)
class DangerStatementCard:
    """What a danger statement is, its parts, a fill-in template and guidance.

    ``template`` and ``short_template`` are ``Nn_`` pairs (count = how many people or agencies are worried).
    ``template``: ``{who}``, ``{what}``, ``{past_example}``, ``{child}``, ``{impact}``.
    ``short_template`` (no past example): ``{who}``, ``{what}``, ``{child}``, ``{impact}``.
    """

    title: str
    what: str
    why: str
    parts: tuple[StatementPart, ...]
    template: Plural
    short_template: Plural
    examples: tuple[str, ...]
    guidance: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SafetyGoalCard:
    """What a safety goal is, its parts, a fill-in template and guidance.

    ``template``: ``{who}``, ``{network}``, ``{what}``, ``{seen_by}``, ``{how_long}``.
    """

    title: str
    what: str
    why: str
    parts: tuple[StatementPart, ...]
    template: str
    examples: tuple[str, ...]
    guidance: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class FeelsGroup:
    """What one group (the child's safety, families, workers) gets when the approach works."""

    title: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class GoodPracticeCard:
    """What families and workers say good practice feels like."""

    title: str
    intro: str
    groups: tuple[FeelsGroup, ...]
    sources: tuple[str, ...]


# -- credits ---------------------------------------------------------------------------------------------

CREDITS: str = N_(
    "These practice cards are based on three sources: Leicestershire Children and Family Services, 'Signs of Safety, Stability and Success' (a policy and framework for practice with children and families); the Sandwell Children's Trust practice note 'Strengths-based practice: Signs of Safety'; and a local Signs of Safety charter (December 2016). The wording is our own plain-English version. Signs of Safety was developed by Andrew Turnell and Steve Edwards."
)


# -- 1. the three columns --------------------------------------------------------------------------------

THREE_COLUMNS = ThreeColumnsCard(
    title=N_("The three columns"),
    intro=N_(
        "Signs of Safety maps a family's situation in plain words under three questions, the three columns, with a 0 to 10 scale underneath for making a judgement. The columns and the scale are the four areas to ask about, and together they are called the map."
    ),
    heading=N_("Thinking about what this family is facing right now:"),
    columns=(
        Column(
            key="worried",
            number=1,
            question=N_("What are we worried about?"),
            summary=N_("Past harm, future danger and complicating factors."),
            entries=(
                Entry(
                    name=N_("Harm"),
                    meaning=N_("What has already happened to the child: the past harm."),
                ),
                Entry(
                    name=N_("Danger"),
                    meaning=N_(
                        "What could happen to the child in future if nothing about the family's situation changes. Write each one as a danger statement."
                    ),
                ),
                Entry(
                    name=N_("Complicating factors"),
                    meaning=N_(
                        "Things in and around the family, the child or the professionals that make life harder for the family and make safety harder to build: for example addiction, poverty, mental illness, family disputes, isolation, cultural differences, or professionals who disagree with each other."
                    ),
                ),
            ),
            tips=(
                N_(
                    "Start by building the relationship. Treat the family as the experts on their own experience, take a 'not knowing' stance and be ready to learn: get to know how the family works, its history and traditions, and the parents' own childhoods and how these may shape their parenting."
                ),
                N_(
                    "Explore the harm, the danger and the complicating factors with the family. Understand how they see things, and help them understand the concerns, the risks to their children and why you are involved, so that everyone shares one picture of the worries."
                ),
                N_(
                    "Each child's path through the service is their own, even in a group of brothers and sisters. At the start, look at each child's risks, strengths and needs, and at how good any earlier help was."
                ),
                N_(
                    "When you think about danger, form an idea of what will probably happen to the child if nothing changes, and ask whether earlier help dealt with the root cause as well as the problems on the surface."
                ),
                N_(
                    "A trauma-informed approach helps you see what ongoing support a child may need because of what they have been through."
                ),
                N_(
                    "A trusting, open relationship helps children and families tell you about hard things, such as trauma, that may lie at the root of the worry."
                ),
                N_(
                    "Family group conferences help families take part, and give them time to make their own plans for safety to bring to professionals."
                ),
                N_(
                    "Cultural genograms and the Social GGRRAAACCEEESSS (Burnham 2013) help you notice differences in power, adjust how you work with each family and grow your cultural competence."
                ),
            ),
        ),
        Column(
            key="working_well",
            number=2,
            question=N_("What's working well?"),
            summary=N_("Existing strengths and existing safety."),
            entries=(
                Entry(
                    name=N_("Strengths"),
                    meaning=N_(
                        "The good things in the situation: what the child, young person, family and network do well. A strength can become safety once it has kept the child safe over time."
                    ),
                ),
                Entry(
                    name=N_("Existing safety"),
                    meaning=N_(
                        "Safety already shown over time: times when the child was protected from the danger, and what the family already does that keeps the child safe."
                    ),
                ),
            ),
            tips=(
                N_("Map what is working well once the worries have been mapped."),
                N_(
                    "Ask the child or young person what is going well for them (Sandwell uses the 4 x I's for this). It builds on their resilience, lets them shape the safety plan, and shows them their views make a difference to their lives."
                ),
                N_(
                    "Cultural genograms, life story work and impact chronologies help children and families see what has worked well for them in the past and what works now."
                ),
                N_(
                    "Record strengths and safety so that everyone, the child and family included, shares the same picture of what is going well, in words the family use: free of jargon, easy to follow and accurate."
                ),
            ),
        ),
        Column(
            key="needs_to_happen",
            number=3,
            question=N_("What needs to happen?"),
            summary=N_("Future safety and positive change: safety goals and next steps."),
            entries=(
                Entry(
                    name=N_("Safety goals"),
                    meaning=N_(
                        "Short, clear statements, agreed by the family and the agency, of what the parents or carers will do that would convince everyone the child is safe. Each one answers a danger statement."
                    ),
                ),
                Entry(
                    name=N_("Next steps"),
                    meaning=N_(
                        "The next actions towards future safety. Make them meaningful, timely and SMART, build on what has worked for the family before and now, and check the family has the right support to keep changes going within the child's timescale."
                    ),
                ),
            ),
            tips=(
                N_(
                    "Write safety goals with the family, then build a safety plan with detailed actions to reach them, drawing on the family's network."
                ),
                N_(
                    "A safety plan is a set of everyday arrangements, talked through and agreed with the family, that show how they will live day to day and that the children will be safe. It gives the parents or carers a real chance to show, in a planned and checked way, that they can care for their child well enough for everyone involved."
                ),
                N_(
                    "A safety plan is part of the work all the way through. Sometimes one is made straight away because of worries about significant harm; keep reviewing and updating it as the case moves on and the family's situation changes."
                ),
                N_(
                    "Make the plan with the children and young people as well as the parents or carers, when that is safe and right. A plan the family helped to make means more to them, and with support they will own it after professionals step back."
                ),
                N_(
                    "At first professionals check how well the family use the plan; over time the family's own safety network takes this over. A safety plan is a journey rather than a product."
                ),
                N_(
                    "Words and pictures help parents give the child an account of what happened and why, and, where there is one, of the safety plan that aims to stop the harm happening again."
                ),
                N_(
                    "Direct work with the child shows how they see the adults' behaviour and what it does to them, and what they would like to happen so they feel safe. This can lead on to the safety house, which can feed into the safety plan now or later."
                ),
                N_(
                    "When you plan next steps, keep a fair balance between what you have to do with the family (process) and the help you offer them (intervention)."
                ),
            ),
        ),
    ),
    scale=JudgementScale(
        title=N_("The judgement scale"),
        question=N_("How worried are we, from 0 to 10?"),
        ten=N_("Everyone is confident the children are safe enough for the case to close."),
        zero=N_("Life is so unsafe for the children that they cannot live at home."),
        points=(
            N_(
                "The 0 to 10 line sits under the three columns. It is where we make a judgement about how safe the child is."
            ),
            N_(
                "Ask for a number from each point of view: the agency, the family, their network and other professionals. Scaling brings the case to a judgement, helps everyone understand each other and moves things forward."
            ),
            N_("If people give different numbers, mark each person's number on the line."),
            N_(
                "The ends can be named in other ways: 0 can mean most worried, or that Children's Social Care must act at once because there are no signs of safety; 10 can mean least worried, or that no more action is needed because safety is high."
            ),
        ),
    ),
    points=(
        N_(
            "Make the map together with the family and the people who support them. Other professionals who share the worry about the child add to it too."
        ),
        N_(
            "Put as much effort into finding what is working well, the network's strengths and any safety already there, as into the worries."
        ),
        N_(
            "Seven kinds of analysis sit inside the columns: harm, danger and complicating factors; strengths and existing safety; safety goals and next steps. Each is written briefly and in plain words."
        ),
        N_(
            "Boil the worries down into short, clear statements of past harm and of future danger, meaning what will happen if nothing changes."
        ),
        N_(
            "Keep past harm, future danger and complicating factors clearly apart. Complicating factors include things such as mental health problems or drug and alcohol misuse."
        ),
        N_(
            "Keep general family strengths apart from things people actually do that show they can protect the children."
        ),
        N_(
            "Write in plain words that everyone in the family network can follow. Describe specific behaviour that can be seen, with no vague words and no hidden judgement."
        ),
        N_(
            "In every conversation, assessment and plan, ask what is working well, what worries you and what has to change. Be specific and concrete, and avoid jargon."
        ),
        N_("The map is always a work in progress, never an end in itself."),
        N_(
            "The columns were made for child protection, but they work across services too, from early help to young people at risk and looked-after children. Teams there adapt the words, often talking about signs of success and stability."
        ),
        N_(
            "The three houses are a child's version of the three columns: a house for good things, a house for worries and a house for dreams. They capture what the child lives through, in the child's own words."
        ),
    ),
    sources=(LEICESTERSHIRE, SANDWELL, CHARTER),
)


# -- 2. how to scale -------------------------------------------------------------------------------------

HOW_TO_SCALE = HowToScaleCard(
    title=N_("How to scale"),
    intro=N_(
        "A scaling question asks people to place a situation on a line from 0 to 10. We use it to judge how a situation affects a child, and how safe the child is."
    ),
    purposes=(
        N_("It helps everyone see where each person stands on a particular question."),
        N_(
            "It shows the family, and other professionals, how professionals are thinking, and shows professionals where each family member is."
        ),
        N_(
            "It is a starting point for talking about what is working now, and what needs to change to move up the scale towards the goal for the child."
        ),
        N_(
            "It is a measure everyone can follow, so the family, their support people and professionals can keep checking the situation and how much progress there is."
        ),
        N_(
            "It opens up talk about what may be happening for the child and family, and builds a shared understanding of the situation being scaled."
        ),
        N_(
            "It lets us judge how safe the children are as different people see it, which brings the case to a judgement, builds understanding between everyone involved and drives change."
        ),
    ),
    question_template=N_(
        "On a scale from 0 to 10, where 10 means {ten} and 0 means {zero}, where would you put things today?"
    ),
    steps=(
        ScaleStep(
            key="base_on_worry",
            title=N_("Choose what to scale"),
            text=N_(
                "Usually you scale the worry in the danger statement. Word the question to match that statement, and ask about what life is like for the child now."
            ),
        ),
        ScaleStep(
            key="define_ends",
            title=N_("Define 0 and 10"),
            text=N_(
                "Say in plain words, for this family, what 10 (the best case) and 0 (the worst case) mean. Check that everyone understands both ends before anyone gives a number."
            ),
        ),
        ScaleStep(
            key="ten_first",
            title=N_("Give 10 first"),
            text=N_("Always describe 10 first, because 10 is what we are working towards. Then describe 0."),
        ),
        ScaleStep(
            key="ask_each",
            title=N_("Ask each person"),
            text=N_(
                "In a meeting, every professional and every family member gives their own number and their reason."
            ),
            question=N_("Where would you put things now, and why?"),
        ),
        ScaleStep(
            key="not_zero",
            title=N_("Why that number and not 0?"),
            text=N_("This brings out the good things that are already happening."),
            question=N_("What makes it a {number} and not 0?"),
        ),
        ScaleStep(
            key="one_higher",
            title=N_("One point higher"),
            text=N_("This brings out ideas for what should happen next."),
            question=N_("What would have to change for you to give it {next}, one point higher?"),
        ),
        ScaleStep(
            key="ten_looks_like",
            title=N_("What would 10 look like?"),
            text=N_("What would we need to see to know for certain that the problems have been sorted out?"),
            question=N_("What would 10 look like to you?"),
        ),
        ScaleStep(
            key="record",
            title=N_("Record each number and reason"),
            text=N_(
                "Write down each person's number and their reason. Show the scaling questions and the reasons for each rating in case notes, plans and supervision records."
            ),
        ),
    ),
    points=(
        N_(
            "No number is right or wrong, but each person needs to say why they chose theirs and what they would need to see for it to go up by one."
        ),
        N_("People do not have to agree. What matters is that everyone understands why their numbers differ."),
        N_(
            "There are many ways to word a scaling question; choose one that fits the case. You can scale safety, or other things, such as how well you and a person work together."
        ),
        N_(
            "Scaling is for everyone involved: family members, their support people and professionals, and it keeps showing the progress being made."
        ),
    ),
    examples=(
        N_(
            "From 0 to 10, where 10 means there is enough safety for the case to close and 0 means things are so bad for these children that they must go into care straight away, where are things right now?"
        ),
        N_(
            "From 0 to 10, how is your relationship with this person? At 10, you can talk openly together about their problems and the good things in their life, and you are working out together what to do about the problems. At 0, you have no working relationship at all and they will not even speak to you."
        ),
        N_(
            "From 0 to 10, where 10 means that even when the parents get stressed or angry or drink too much, everyone, the children too, knows what the parents and their support people will do so that nobody is shouted at, hit or frightened, and the children have adults they can call who will come when they are worried; and 0 means there is no plan to keep the children safe when things go wrong, so they cannot live with their parents for now: where are things today?"
        ),
    ),
    sources=(SANDWELL, LEICESTERSHIRE, CHARTER),
)


# -- 3. reflective questions -----------------------------------------------------------------------------

REFLECTIVE_QUESTIONS = ReflectiveQuestions(
    title=N_("Reflective questions for strengths-based practice"),
    intro=N_(
        "Use these questions in supervision, group supervision and other safe spaces for reflection, as an appreciative enquiry. They help you keep thinking about how you give help and support, and look at your own way of working with different families."
    ),
    note=N_(
        "They come from Sandwell's Practice Framework and Model, which has 106 reflective questions covering every part of practice; these are the ones about strengths-based practice."
    ),
    groups=(
        QuestionGroup(
            title=N_("Strengths-based practice"),
            questions=(
                N_("Do we know what each person in the family is good at, and what their strengths are?"),
                N_("How have we carried out our work with the family?"),
                N_(
                    "In what ways have we used Signs of Safety with the children or young people, their brothers and sisters, and other family members?"
                ),
                N_("Which people in the family and the wider network are strong or helpful?"),
                N_("Are we clear how we give support and build strength in relation to the concerns and risks?"),
                N_("What difference do the strengths make to the concerns?"),
                N_("Are we recording evidence of every positive thing about the family, however small?"),
                N_("How are we using the family's strengths to bring about change on the concerns?"),
                N_("Are we clear about where our work with the family is heading (its trajectory)?"),
                N_(
                    "How have we built the safety plan for the child, young person or young adult together with the family, and who has taken part?"
                ),
                N_("Are we clear how the safety plan is being put to the test, and what change it should bring?"),
                N_("How will all this be written up clearly on the child's file?"),
            ),
        ),
    ),
    sources=(SANDWELL,),
)


# -- 4. danger statement ---------------------------------------------------------------------------------

DANGER_STATEMENT = DangerStatementCard(
    title=N_("Danger statement"),
    what=N_(
        "A danger statement says plainly what the worry or harm is now, and what will probably happen to the child in future if nothing changes."
    ),
    why=N_(
        "It keeps everyone focused on what the agency is worried about if little or nothing changes. Each safety goal then answers a danger statement."
    ),
    parts=(
        StatementPart(
            key="who",
            title=N_("Who is worried"),
            text=N_("Name each person or agency that is worried, with their role."),
            ask=N_("Who is worried? Give each person's name and role."),
            placeholders=("who",),
        ),
        StatementPart(
            key="what",
            title=N_("What they are worried will happen"),
            text=N_(
                "The harm they fear, told as behaviour someone could see, and where you can, a time it has already happened."
            ),
            ask=N_("What are they worried someone will do, or will keep doing? When has it happened before?"),
            placeholders=("what", "past_example"),
        ),
        StatementPart(
            key="impact",
            title=N_("Why it matters for the child"),
            text=N_("The impact on the child or young person if it happens."),
            ask=N_("If it happens, what could it do to the child?"),
            placeholders=("child", "impact"),
        ),
        StatementPart(
            key="plain_words",
            title=N_("In plain words"),
            text=N_("Simple spoken and written words the family understand, with no jargon."),
            ask=N_("Would the family understand every word of it?"),
            placeholders=(),
        ),
    ),
    template=Nn_(
        "{who} is worried that {what}, like the time when {past_example}. If this happens, {child} could {impact}.",
        "{who} are worried that {what}, like the time when {past_example}. If this happens, {child} could {impact}.",
    ),
    short_template=Nn_(
        "{who} is worried that {what}. If this happens, {child} could {impact}.",
        "{who} are worried that {what}. If this happens, {child} could {impact}.",
    ),
    examples=(
        N_(
            "The social worker is worried that the father will touch his daughter's private parts and leave her feeling uncomfortable, like the time when he had a bath with her and washed her private parts, which left her worried and uncomfortable."
        ),
        N_(
            "The social worker, the school nurse and the children's teachers are worried that the children will keep arriving at school dirty, in uniforms that do not fit, like the time when they came in dirty t-shirts too short to cover their tummies and dirty trousers that only reached their knees. If this happens, the children could stand out for the wrong reasons, other children may not want to be their friends, they could be bullied, and they could grow up feeling less worthy than others and unlovable."
        ),
        N_(
            "The agency and the baby's doctor are worried that the parents will not feed her often enough or well enough. If this happens, she could fall ill and not grow as she should, because she is not getting the food a healthy baby needs."
        ),
    ),
    guidance=(
        N_("Write one danger statement for each worry."),
        N_("Describe behaviour that can be seen, not labels: no vague general words and no judgement."),
        N_(
            "Use words the family know. The child's or parent's own words are powerful, and so are the words of whoever first noticed the harm, such as another professional."
        ),
        N_(
            "Keep it short and clear so that everyone involved understands it. Write it once the harm, danger and complicating factors have been explored with the family."
        ),
    ),
    sources=(SANDWELL, LEICESTERSHIRE, CHARTER),
)


# -- 5. safety goal --------------------------------------------------------------------------------------

SAFETY_GOAL = SafetyGoalCard(
    title=N_("Safety goal"),
    what=N_(
        "A safety goal is a short, clear statement of what the parents or carers will do, not how they will do it, that would persuade everyone that the child is safe and that their needs are met, now and in future."
    ),
    why=N_(
        "Each safety goal answers a danger statement. In words the family use, it describes the behaviour expected of the parents or carers and what professionals need to see to know the parents can keep the child safe."
    ),
    parts=(
        StatementPart(
            key="who",
            title=N_("Who"),
            text=N_(
                "The people who take responsibility for working towards the goal: usually the worker, the parents or carers, and their safety network of family and friends."
            ),
            ask=N_("Who will work towards this goal, and who is in their safety network?"),
            placeholders=("who", "network"),
        ),
        StatementPart(
            key="what",
            title=N_("What they will do"),
            text=N_(
                "What the parents or carers will do differently: actions they are able to show, described as behaviour, not how they will manage it."
            ),
            ask=N_("What will people see the parents or carers doing when the child is safe?"),
            placeholders=("what",),
        ),
        StatementPart(
            key="seen_by",
            title=N_("Seen by whom"),
            text=N_("Who needs to see it happening to be sure the child is safe."),
            ask=N_("Who needs to see this happening?"),
            placeholders=("seen_by",),
        ),
        StatementPart(
            key="how_long",
            title=N_("For how long"),
            text=N_(
                "A realistic length of time, so the parents or carers know how long it will be before things are safe enough for the case to close."
            ),
            ask=N_("For how long do they need to see it?"),
            placeholders=("how_long",),
        ),
    ),
    template=N_(
        "{who} and {network} will work together to show everyone that {what}. {seen_by} must see this keep happening for {how_long}, so that everyone is confident the safety plan will go on working."
    ),
    examples=(
        N_(
            "The social worker and both parents, with their safety network of friends and family, will work together to show everyone that the girl is never alone during contact with her father, and that her father's partner sees to her personal care. The social worker must see this keep happening for 9 months before being satisfied that the safety plan works."
        ),
        N_(
            "The social worker and the parents, with a safety network of friends and family, will work together to show everyone that every child has washed and is in a clean, well-fitting uniform whenever they begin the school day. The social worker and the network must see this keep happening for nine months, so that everyone is confident the plan will go on working after the case closes."
        ),
        N_(
            "The mother and her network of people will work together to show everyone that she can manage her low mood and has things she can do to stay mentally well; that her daughter eats healthily, gains weight and reaches all her developmental milestones; and that her daughter is always cared for and disciplined in ways that make her feel safe and cared for, never by hitting. We would need to see this go on for six months, so everyone can be confident she will keep thriving."
        ),
    ),
    guidance=(
        N_("Say what will be done, not how: actions the parents or carers are able to show."),
        N_("Use words the family use and understand."),
        N_("Set a timescale that is realistic."),
        N_("Then build a safety plan with detailed actions to reach the goal, drawing on the family's network."),
    ),
    sources=(SANDWELL, LEICESTERSHIRE),
)


# -- 6. what good practice feels like --------------------------------------------------------------------

GOOD_PRACTICE = GoodPracticeCard(
    title=N_("What good practice feels like"),
    intro=N_(
        "Children do best when professionals work well with each other and with the family, at every level of need, in this country and abroad. Signs of Safety looks at both the family's strengths and the child's safety, uses what professionals and families know, and fully involves parents and children in clear, brief assessments and plans. A local charter sets out what this should bring."
    ),
    groups=(
        FeelsGroup(
            title=N_("A strong focus on making the child safe"),
            points=(
                N_("Everyone shares an understanding of what daily life is like for the child."),
                N_("Families and professionals use the same words and look at the same things."),
                N_("The focus is on the child's safety day to day."),
                N_("Professionals have skills and tools that centre on safety."),
                N_("Attention stays on what safer parenting looks like."),
                N_("Plans are concrete and clear, and everyone understands them."),
                N_("Assessment carries on all the time and shows change."),
            ),
        ),
        FeelsGroup(
            title=N_("Families feel empowered"),
            points=(
                N_("Families say their worker is honest and straight with them."),
                N_(
                    "Families say they understand what people are worried about and what they need to do in the coming months."
                ),
                N_("Families say their worker took the time to get to know them and their children."),
                N_("Families say meetings talked about the good things in the family as well as what is going wrong."),
                N_("Children say they know why they are in care, or why social workers are in their lives."),
                N_("Children say things are better at home and they feel less worried than before."),
            ),
        ),
        FeelsGroup(
            title=N_("Professionals feel supported"),
            points=(
                N_("Workers say the tools help in their direct work with children and families."),
                N_("Workers say the approach helps families understand the worries and what needs to change."),
                N_("Workers say everyone is open and honest with one another."),
                N_(
                    "Workers say they focus much more on the family's own responsibilities and support network (for example with a family tree)."
                ),
                N_("Workers say they often get chances to learn from each other."),
                N_(
                    "Workers say they are given the time and support to work closely alongside children and families and help them keep their children safe."
                ),
            ),
        ),
    ),
    sources=(CHARTER,),
)
