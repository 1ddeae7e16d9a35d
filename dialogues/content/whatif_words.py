"""The words behind ``/whatif`` ("ask in your own words"), as plain data, for ``dialogues.whatif``.

A social worker types a problem ("mum is really defensive", "grandparents feel used") and the bot
answers with the one to three aims of the Signs of Safety programme theory that fit best, and why.
Everything the matcher knows is here, per language, in two parts:

* ``concepts``: a **concept** is a short name and the words that mean it. The name is what the bot
  shows as the reason ("because you said: defensive, parents"), so keep it short and plain.
* ``aims``: for each of the 12 aims, the concepts that point to it, each with a **weight**.

A problem scores, for each aim, the sum of the weights of the concepts found in it (a concept counts
once, however many of its words were typed). The aims scoring at least ``dialogues.whatif.MIN_SCORE``
(2) are the answer, best first; ties go to the lower aim number. So a concept of weight 2 or more can
answer on its own ("I'm anxious" -> aim 12), while "who" concepts (parents, child, grandparents,
agencies...) weigh less and mostly decide between aims that share a "what": "won't talk" points at
aim 2 (the child talks openly) and aim 5 (the parents speak openly); "child" or "parents" settles it.

Weights used here: 3 to 3.5 for a concept that is the heart of one aim (its title, its signs of
success, its challenge points); 2 to 2.5 for a strong pointer; 1 to 1.5 for "who" concepts and for
aims a concept also touches; 0.5 for a faint link. Every aim's concepts come from the aim's own
content in ``dialogues.content.programme_theory``.

How words are matched
=====================
The typed problem and every word below are read the same way: lower case; accents dropped ("tŷ" is
"ty", on both sides); English short forms written out ("won't" -> "will not", "doesn't" -> "does not",
"I'm" -> "i am", "mum's" -> "mum"; and ``short_forms`` below: "dont" -> "do not", "never" -> "not");
Welsh words split at apostrophes and hyphens ("rhieni'n" -> "rhieni n", "mam-gu" -> "mam gu").
Each word is then cut to a **stem** by a light stemmer, so one entry covers its forms:

* English: "-ing", "-ed", "-s", "-es", "-ies"/"-ied" (-> "y"), "-ly", "-ness", "-ment", "-ful", "-ive",
  "-ity" and a final "e" come off, as long as three letters are left: "defensive", "defensively" and
  "defensiveness" are all "defens"; "worried", "worries" and "worrying" are all "worry".
* Welsh: plural and adjective endings ("-au", "-iau", "-on", "-ion", "-oedd", "-ydd", "-us", "-ol",
  "-aeth", "-iaeth") come off, as long as four letters are left: "pryderus" and "pryderon" are
  "pryder", but "digon" (enough) stays "digon", not "dig" (angry). The endings "-u", "-i" and "-o"
  stay ("barnu", to judge, is not "barn", a view), so list verb-nouns as well as nouns.
  **Mutations** are undone on the typed word: "gynllun", "nghynllun" and "chynllun" all find
  "cynllun"; "fodryb" finds "modryb"; "ofalu" finds "gofalu"; "hannibyniaeth" finds "annibyniaeth".
  So write Welsh words here in their dictionary (radical) form: "cynllun", not "gynllun".

An entry in ``concepts`` is a list of alternatives separated by ``|``:

* ``word``: that word, by its stem ("defensive" also finds "defensively").
* ``two words``: the words in that order, with at most ``gap`` other words between them (2 in English,
  3 in Welsh, whose small words "yn", "'n", "'r" come between more often): "not talk" finds "won't
  talk", "doesn't really talk" and "never talks"; "plan not work" finds "the plan isn't working".
* ``stem*``: any word beginning with those letters, exactly as written, no stemming ("grandparent*").

Each typed word counts for one entry only, the longest that fits: in "dad keeps missing
appointments", "miss appointment" (missed appointments) takes "missing", so "missing" (a person
whose view is missing, aim 1) does not count as well; in "blaming the school", "blame the school"
(blaming others) takes "school", so the school (an agency, aim 8) does not count.

How to extend it
================
1. Write the problem as a worker would type it into ``tests/test_whatif.py``, with the aims a practice
   supervisor would accept as right (decide from the aims' content, before trying it).
2. Add the missing words to the concept that means them, or add a concept and give it weights in
   ``aims``. The same entry must not mean two concepts (the matcher refuses to load if it does).
3. Run ``pytest -s tests/test_whatif.py``: it prints, per language, how often the first answer is
   right and how often a right aim is among the answers, and lists the misses.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    """Everything the matcher needs for one language."""

    code: str
    concepts: dict[str, str]  # name -> "word | two words | stem*"
    aims: dict[int, dict[str, float]]  # aim number -> {concept name: weight}
    gap: int = 2  # at most this many other words between the words of an entry
    short_forms: dict[str, str] = field(default_factory=dict)  # a typed word or two -> what they stand for
    welsh: bool = False


def terms(words: str) -> tuple[str, ...]:
    """The alternatives of a concept's words, one per ``|``."""
    return tuple(t.strip() for t in words.split("|") if t.strip())


# The data below is laid out by hand, for reading; the formatter leaves it alone.
# fmt: off

# ======================================================================================================
# English
# ======================================================================================================

EN_SHORT_FORMS: dict[str, str] = {
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "wont": "will not", "cant": "can not",
    "cannot": "can not", "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not", "couldnt": "could not",
    "wouldnt": "would not", "shouldnt": "should not", "aint": "is not", "never": "not",
    "im": "i am", "ive": "i have", "id": "i would", "theyre": "they are", "theyve": "they have",
    "no one": "nobody", "noone": "nobody", "no body": "nobody", "any one": "anyone",
    "mom": "mum", "mommy": "mum", "mummy": "mum", "daddy": "dad", "kiddies": "kids", "mins": "minutes",
}

EN_CONCEPTS: dict[str, str] = {
    # --- who ------------------------------------------------------------------------------------------
    "child": "child | children | kid | kids | son | daughter | boy | girl | baby | babies | toddler | infant | young person | young people | teenager | teen | youngster | adolescent | little one | sibling | pupil",
    "parents": "parent | mum | mother | mam | dad | father | stepdad | stepmum | step dad | step mum | stepfather | stepmother | partner | carer | couple",
    "family": "family | household",
    "grandparents": "grandparent* | grandma | grandmother | grandad | granddad | grandfather | grandpa | nan | nana | nanna | nanny | gran | granny | grandchild* | grandson | granddaughter",
    "relatives": "wider family | extended family | relatives | family member | aunt | auntie | aunty | uncle | cousin | in laws | kinship carer | her sister | his sister | mum sister | dad sister | her brother | his brother | mum brother | dad brother | family friend",
    "agencies": "agency | external agencies | other agencies | partner agencies | professional | services | other workers | housing | probation | youth offending",
    "school": "school | teacher | head teacher | headteacher | nursery | college | education | senco | designated safeguarding lead",
    "police": "police | police officer | officer",
    "health": "health visitor | gp | doctor | hospital | nurse | school nurse | midwife | paediatrician | camhs | mental health team | health service | health team | health professionals",
    "safety plan": "safety plan | plan | planning",
    "network": "network | safety network | support network",

    # --- aim 1: the whole picture of the risk; the worker feeling backed up ----------------------------
    "whole picture": "whole picture | full picture | big picture | bigger picture | overall picture | what going on | full story | whole story | missing information | not enough information | gaps in information | all the information | overview",
    "views": "view | point of view | perspective | side of the story | his side | her side | opinion | what think | how things look",
    "child's voice": "child voice | voice of the child | wishes and feelings | voice",
    "missing": "missing | absent | not heard from | not heard anything | heard nothing | not met | not involved | left out | out of the picture | disappeared | no contact | not reach | can not find | whereabouts",
    "not playing their part": "not play part | not do their part | not pull their weight | not do what they agreed | not do what they said | not keep to | let the plan down",
    "unsupported": "unsupported | not supported | no support from | no backup | not backed up | on my own | by myself | isolated | nobody to talk to | out of my depth | left to it | colleague | learn from",
    "manager": "manager | team manager | team leader | supervisor | practice supervisor | head of service",
    "supervision": "supervision | peer support | case discussion | talk it through | talk it over | reflective",

    # --- aim 2: the child talks openly, keeps safe, picks safe people ------------------------------------
    "won't talk": "not talk | not speak | refuse to talk | refuse to speak | refuse to say | not say anything | not say much | not tell | not open up | open up | talk openly | speak openly | silent | silence | quiet | withdrawn | clam up | shut down | shut off | say nothing | say anything | say a word | not saying | not telling | disclose | disclosure | mute | one word answers | keep it to | everything fine | all fine | communication | communicate",
    "avoids me": "refuse to meet | refuse to see me | not see me | not meet me | avoid me | avoiding me | hide from me | hiding from me | not come out | stays in room | stays in her room | stays in his room | runs off | run away from me",
    "taking part": "engage | engagement | disengag* | take part | taking part | participate | join in | get involved | involve",
    "keeping safe": "keep safe | keeping safe | stay safe | staying safe | keep herself safe | keep himself safe | keep themselves safe | feel safe | safe person | safe people | safe adult | trusted adult | who to go to | who to turn to | who she could go to | who he could go to | go to for help | who to call | who to tell | who can help",
    "tools for children": "words and pictures | three houses | fairy | wizard | wand | drawing | draw | play | toys | age appropriate | too young | non verbal | nonverbal | pre verbal | learning disability | autism | autistic",
    "too scared": "too scared | too frightened | too afraid | scared to | frightened to | afraid to | scared of getting | fear of getting | get in trouble | get mum in trouble | get dad in trouble | protect mum | protect dad | protecting mum | protecting dad",

    # --- aim 3: the parents draw up the plan; feel understood, experts, given choices, hopeful ------------
    "writing the plan for them": "write the plan | wrote the plan | writing the plan | do the plan myself | plan myself | myself | my plan | our plan | not their plan | their own plan | own the plan | ownership | draw up | drew up | come up with | came up with | for them not with them",
    "nobody to name": "name anyone | name anybody | name nobody | name someone | name people | nobody to help | nobody to ask | nobody to call | no support | no family | no friends | have nobody | has nobody | nobody in their network | think of anyone",
    "hopeless": "hope | hopeful | hopeless | despair | given up | give up | giving up | gave up | pointless | no point | defeated | nothing will change | what is the point | lost hope",
    "future": "future | ahead | what lies ahead | long term",
    "choices": "choice | no say | a say | option | done to | forced | imposed | told what to do | no control | powerless | have to agree | ultimatum | dictated",
    "experts": "expert | know best | know their children best | know their own | their own lives | patronis* | patroniz* | talk down | talked down | lecture | treated like children | treat them like",
    "understood": "understand them | understand her | understand him | understand us | misunderstood | feel understood | not understood | get where they are coming from | nobody understands",

    # --- aim 4: the parents trust you ------------------------------------------------------------------
    "trust": "trust | distrust | mistrust | untrusting | suspicious | suspicion | paranoid | wary | guarded | believe me | not believe | think i am lying | doubt me",
    "take the children": "take the children | take the kids | take the kid | take the baby | take their children | take her children | take his children | take my children | take them away | take the child | taken away | taken off them | taken into care | into care | put in care | lose the children | lose their children | lose her children | lose the kids | lose the baby",
    "judged": "judge | judgemental | judgmental | criticise | criticize | criticised | criticized | criticising | looked down on | look down on | label | labelled | bad parent | bad mother | bad father | bad mum | bad dad | against them | the enemy | the bad guy | out to get | stigma",
    "blame": "blame | fault",
    "blaming others": "blame the school | blame the police | blame social services | blame everyone | blame everybody | blame others | blame other people | blame each other | blame the child | blame the kids | blame the ex | blame her ex | blame his ex | someone else fault | not their fault | not his fault | not her fault",
    "not listened to": "listen | not hear | not heard | ignored | ignore | ignoring | respect | disrespect | disrespected | dismissed | dismissive | not taken seriously",
    "my role": "my role | our role | my job | why we are involved | why we involved | why i am involved | why i am here | why social services | why we are here | why social work | what i am there for | bottom line | what will happen if | what happen if nothing change | consequences | what we expect | expectations | purpose of my visits | purpose",
    "caring": "not care | i care | truly care | really care | just a job | just doing my job | tick box | genuinely care | show i care | care about them",
    "strengths": "strength | exception | what is going well | what goes well | good things | positives | what they do well",
    "clear words": "jargon | clear and simple | simple words | plain words | plain english | words i use | language i use | blaming language",
    "fear of social services": "scared of social services | scared of us | scared of me | frightened of us | frightened of me | afraid of me | afraid of us | fear of social services | terrified of social services | hate social services | hate social workers",

    # --- aim 5: the parents work together with you ------------------------------------------------------
    "defensive": "defensive | defence | on the defensive | hostile | hostility | angry | anger | aggressive | aggression | confrontational | combative | argumentative | argue | shout | swear | rude | threatening | threaten | resistant | resistance | resist | slam the door | slammed the door | slams the door | storm out | walks out | walked out | kick off | kicked off | prickly | closed off | shut the door | not let me in",
    "working together": "cooperat* | co operat* | uncooperat* | not let me | work together | working together | work with me | working with me | work with us | working with us | non compliant | noncompliant | compliance | comply | go along with us | on board | buy in",
    "missed appointments": "miss appointment | miss visit | miss meeting | cancel | cancelled | cancelling | no show | not turn up | not show up | not in when | not answer the door | not open the door | not home when | avoid visits | avoiding visits | late for | not attend | did not attend | dna",
    "anxious": "anxious | anxiety | nervous | on edge | stressed | stress | worked up | tense",
    "honesty": "honest | honesty | dishonest | lie | lies | lying | lied | liar | hide things | hiding things | hiding something | secretive | secrets | keep things from me | cover up | covering up | covered up | not open with me | not straight with me | not being open",
    "assessment": "assessment | assess | joint | jointly | together with them | plan together | plan with them | agree the plan",
    "disagree": "disagree | disagreement | dispute | do not agree | not agree | argue with the assessment",
    "good enough parenting": "good enough | good parenting | parenting standards | different idea | different standards",

    # --- aim 6: the parents reach a turning point ------------------------------------------------------
    "denial": "deny | denied | denial | in denial | minimis* | minimiz* | downplay* | play down | playing down | brush off | shrug off | nothing wrong | no problem | not a problem | no issue | not an issue | not see the problem | not see a problem | not see any problem | not accept | refuse to accept | not acknowledge | acknowledge | admit | not admit | excuses | make excuses | accident | it was nothing | say we are overreact | say i am overreact | think we are overreact | making a fuss | fuss | exaggerat* | not think they need | nothing to worry about",
    "effect on the child": "affect | effect | impact | been through | went through | gone through | going through | experienced | experiences | the child experience | what it is like for | harm to the child | how it feels for | see it from the child | child point of view | child words",
    "risk": "risk | risky | at risk | danger | dangerous | harm | unsafe | safeguarding",
    "understanding": "understand | not get it | not get why | realise | realize | see why | grasp | insight | aware | awareness | unaware | not know why | no idea why",
    "worries": "worry | worried | concern | concerned | concerning",
    "no real change": "nothing change | nothing has changed | no change | not change | not changed | refuse to change | agree to everything | agree with everything | agrees with everything | say the right things | going through the motions | disguised compliance | superficial | lip service | back to square one",
    "turning point": "turning point | wake up call | light bulb moment | rock bottom | accept responsibility | take responsibility | own their behaviour",
    "gaps": "gap | future they want | what they want for | the life they want | want for their children | hopes for",

    # --- aim 7: the wider family know their roles in the plan -------------------------------------------
    "roles": "role | responsible | responsibility | responsibilities | supposed to do | supposed to | meant to do | meant to | expected to do | expected of | their part | her part | his part | who does what | what to do if | what to do when | what to do | what he should do | what she should do | what they should do | job in the plan | task",
    "scaling and mapping": "scaling | scale | scaling question | mapping | map | family meeting | family group conference | fgc | family network meeting | genogram | ecomap",
    "protect": "protect | protecting | protection | need to be safe | needs to be safe | what the child needs | keep the children safe | keep them safe",

    # --- aim 8: external agencies say plainly what worries them and what help they give ------------------
    "vague": "vague | unclear | not clear | clear | clearly | plainly | plain | woolly | wishy washy | non committal | noncommittal | not commit | not say what | not spell out | not specific | specific | what they are worried about | what worries them | what their worries are | what they worry about",
    "changing story": "change their story | change her story | change his story | changing story | different story | different stories | inconsistent | contradict | contradictory | mixed messages | conflicting | flip flop | u turn | goes back on",
    "sharing information": "share information | shared information | share info | information sharing | share their concerns | share concerns | share reports | send reports | pass on | passed on | not share | keep us informed | updates | feedback",
    "help offered": "what help | offer help | offer support | offered help | what they can offer | can offer | not help | no help | not getting help | not get the help | the help they need | support they need | referral | refer | waiting list | threshold | closed the case | signpost*",
    "partnership": "partnership | in partnership | multi agency | multiagency | strategy meeting | strategy discussion | core group | child protection conference | conference | professionals meeting",

    # --- aim 9: the parents feel confident to care; the plan and network make the child safer ------------
    "plan not working": "plan not work | plan is failing | plan fail | plan broke down | plan break down | plan broken | broke the plan | break the plan | breaking the plan | breach | not stick to the plan | not keep to the plan | not follow the plan | not following the plan | network not work | not keeping them safe | not making the child safer | not safer | still not safe | plan falling apart | plan fell apart | not working",
    "no plan yet": "no safety plan | no plan | not a plan | without a plan | not got a plan | plan not agreed | not agreed a plan | no network | not got a network",
    "intrusive": "intrusive | intrude | intruding | intrusion | interfere | interfering | interference | meddle | meddling | nosy | nosey | watched | being watched | spied on | spying | checking up | check up on | independence | independent | takes over | taking over | took over | controlling | smother* | undermin* | babysat | babysit",
    "going along with": "collude | colluding | collusion | cover for | covers for | covering for | covered for | turn a blind eye | turns a blind eye | blind eye | go along with | goes along with | going along with | let dad | let him | let her | let mum | let the father | let the mother | let the boyfriend | side with | siding with | take his side | take her side | makes excuses for | excuses for | protect him | protect her | protecting him | protecting her | enable | enabling | unsafe behaviour",
    "confidence": "confident | confidence | not confident | lack confidence | self esteem | cope | coping | not cope | manage | managing | struggle | struggling | overwhelmed | capable | able to look after | look after | looking after | care for | caring for | on her own | on his own | by herself | by himself | parenting capacity",
    "asking for help": "ask for help | ask for support | asking for help | ask me for help | ask me for support | reach out | come to me | contact me for help | can not ask | not ask for",
    "turning to the network": "turn to | turning to | lean on | use the network | use their network | use their safety network | not use | call on | go to for support",

    # --- aim 10: family ties are stronger; the wider family can give the support they agreed -------------
    "feel used": "feel used | felt used | feeling used | being used | been used | used as | used by | taken for granted | taken advantage | take advantage | advantage | exploited | relied on | rely on | relying on | dumped on | burden | burdened | doing our job | doing your job | doing social services job | do the council job | save money | saving money | cheap | free childcare | unpaid | not paid | out of pocket | instead of services | put upon",
    "worn out": "exhaust* | tired | burnt out | burned out | burnout | worn out | pull out | pulling out | pulled out | drop out | dropped out | back out | backing out | backed out | step back | stepping back | stepped back | withdraw | withdrawing | withdrew | too much for them | can not keep it up | not keep it up | let down | letting down | let us down | not able to help | stop helping | stopped helping | pull away",
    "jobs": "job | career | employer | employment | work hours | time off work | give up work | gave up work | give up her job | give up his job | gave up her job | gave up his job | gave up their job | lose her job | lose his job | lost her job | lost his job | shifts",
    "loyalty": "loyalty | loyal | loyalties | torn | torn between | taking sides | take sides | took sides | divorce | divorced | separation | separated | split up | caught in the middle | in the middle | stuck in the middle | between their son | between their daughter | their own child | own son | own daughter | owe",
    "family ties": "bond | bonding | tie | family ties | closer | estranged | fallen out | fall out | falling out | fell out | rift | feud | not speak to each other | not talking to each other | argue with each other | family relationship | relationships in the family | stronger | strengthen",
    "family support": "family support | support from family | help from family | help from the family | family help | support from the network | support from relatives",

    # --- aim 11: you keep track of the plan and stay connected with the family ---------------------------
    "time": "enough time | no time | have time | more time | give time | giving time | spend time | spending time | time with | find the time | make time | short of time | time pressure | pressed for time | out of time | caseload | workload | too many cases | too many families | stretched | busy | too busy | capacity | rushed",
    "how often": "visit | home visit | see them | see the family | seen the family | see the child | often | often enough | not often | rarely | once a month | once a fortnight | every few weeks | weeks since | months since | not been out | frequency | regular | regularly",
    "reach me": "get hold of | get hold of me | reach me | contact me | call me | ring me | phone me | text me | call back | ring back | return calls | return their calls | answer my phone | answer the phone | available | unavailable | out of hours | duty | voicemail | not get through",
    "monitoring": "monitor | monitoring | keep track | keeping track | lost track | losing track | track | oversight | review | follow up | following up | keep an eye | keeping an eye | check in | checking in | check on | checking on | keep up with | on top of",
    "network meetings": "network meeting | network review | review meeting | meet the network | meeting with the network",
    "relationship": "relationship | rapport | connection | connected | lost touch | out of touch | drift | drifted | get to know | build a relationship | working relationship",

    # --- aim 12: informed, less reactive decisions ------------------------------------------------------
    "I'm anxious": "i anxious | i feel anxious | i worry | i feel worried | i scared | i feel scared | i frightened | i nervous | i stressed | i panic | i uneasy | i overwhelmed | i on edge | i terrified | my anxiety | my worry | my worries | panic | panicking | panicked | worried sick | worry sick | sick with worry | losing sleep | lose sleep | not sleep | keeps me up | keep me awake | lie awake | awake at night | not stop thinking | keep thinking about | dread | dreading | sleepless | unsettled",
    "reunification": "reunification | reunify | reunifying | reunite | reunited | reuniting | rehabilitation home | go home | going home | return home | returning home | returned home | back home | back to mum | back to dad | back to their parents | send home | sent home | home from care | come home | coming home | discharge | revoke | revocation | placement ending | leave care | leaving care",
    "substance misuse": "substance | substance misuse | misuse | misusing | drug | using drugs | using again | used drugs | drinking | drink | drunk | alcohol | alcoholic | alcoholism | cannabis | weed | heroin | cocaine | crack | methadone | spice | addiction | addict | addicted | relapse | hungover | overdose | intoxicated",
    "sexual abuse": "sexual abuse | sexually abused | sexual harm | sexual | abuse allegation | allegation | alleged | disclosed abuse | grooming | groomed | groom | cse | sexual exploitation | sex offender | registered sex offender | indecent images | inappropriate touching | touched",
    "abuse": "domestic abuse | domestic violence | dv | violence | violent | abuse | abusive | coercive control | coercive",
    "new risks": "new risk | changing risk | risks have changed | new partner | new boyfriend | new girlfriend | new man | moved in | moving in | moves in | pregnant | pregnancy | new baby | situation changed | circumstances changed | things changed | out of date | up to date | update the plan | updating the plan | escalating | escalated | escalate | getting worse | gone downhill | deteriorat* | worse",
    "reactive": "reactive | knee jerk | rash | hasty | rush into | rushing into | rushed into | rushed decision | risk averse | averse | play it safe | playing it safe | err on the side of caution | cover myself | cover my back | covering myself | overreact | over the top | remove | removal | removing | straight away | immediately | emergency | emergency protection order | epo | police protection | panic decision",
    "evidence": "evidence | observable | observed | observe | seen with my own eyes | what i have seen | facts | fact | proof | prove | assumption | assume | hunch | gut feeling | gut instinct | instinct | based on",
    "specialist": "specialist | specialist service | specialist assessment | expert assessment | psychologist | psychological | psychiatrist | psychiatric | drug and alcohol service | drug service | alcohol service | substance misuse service | idva | domestic abuse service | therapeutic | therapy | therapist",
}

EN_AIMS: dict[int, dict[str, float]] = {
    # 1. Understand the risk as a whole: every view (child, parents, wider family, professionals), who does
    #    what in the plan, the worker backed up when seeking the network's views.
    1: {"whole picture": 3.5, "unsupported": 3, "views": 2.5, "missing": 2.5, "not playing their part": 2.5, "manager": 2, "supervision": 1.5, "changing story": 1.5, "sharing information": 1.5, "child's voice": 1, "missed appointments": 1, "assessment": 1, "disagree": 1, "risk": 1, "roles": 1, "no plan yet": 1, "new risks": 1, "evidence": 1, "safety plan": 0.5, "network": 0.5, "understanding": 0.5, "abuse": 0.5},
    # 2. Child finds ways to stay safe: talks openly, works out how to keep safe, picks safe people; tools
    #    for children, time to build a relationship, strengths alongside risks.
    2: {"keeping safe": 3, "tools for children": 3, "child's voice": 2.5, "too scared": 2, "child": 1.5, "won't talk": 1.5, "avoids me": 1.5, "taking part": 1.5, "clear words": 1.5, "strengths": 1, "loyalty": 1, "relationship": 1, "views": 0.5, "experts": 0.5, "trust": 1, "blame": 0.5, "effect on the child": 0.5, "protect": 0.5, "time": 0.5, "sexual abuse": 0.5},
    # 3. Parents build the safety plan: they draw it up, name their network, feel understood, experts,
    #    given genuine choices, hopeful.
    3: {"writing the plan for them": 3.5, "hopeless": 3, "nobody to name": 2.5, "choices": 2.5, "understood": 2.5, "experts": 2, "no plan yet": 2, "future": 1.5, "parents": 1, "safety plan": 1, "trust": 1, "working together": 1, "assessment": 1, "gaps": 1, "family": 0.5, "network": 0.5, "not listened to": 0.5, "roles": 0.5, "confidence": 0.5, "turning to the network": 0.5},
    # 4. Earn the parents' trust: there to help, not judging, respect and listen; time, care, strengths,
    #    open about your role and bottom lines, clear words free of blame.
    4: {"trust": 2.5, "take the children": 3.5, "judged": 3.5, "not listened to": 3.5, "my role": 3, "fear of social services": 3, "caring": 2.5, "strengths": 2, "clear words": 2, "understood": 1.5, "blame": 1.5, "defensive": 1.5, "relationship": 1.5, "parents": 1, "missed appointments": 1, "honesty": 1, "no real change": 1, "family": 0.5, "time": 0.5},
    # 5. Parents work together with you: not anxious and defensive, speak openly; experts, choices,
    #    joint assessment and planning, a shared picture of good enough parenting.
    5: {"defensive": 3, "working together": 3, "missed appointments": 3, "honesty": 2.5, "good enough parenting": 2.5, "choices": 2, "experts": 2, "assessment": 2, "won't talk": 1.5, "avoids me": 1.5, "taking part": 1.5, "anxious": 1.5, "no real change": 1.5, "parents": 1, "writing the plan for them": 1, "fear of social services": 1, "disagree": 1, "changing story": 1, "relationship": 1, "family": 0.5, "blaming others": 0.5, "denial": 0.5, "family ties": 0.5, "time": 0.5},
    # 6. Parents reach a turning point: accept the child is at risk, understand what the child has been
    #    through, the effect of their behaviour, what agencies worry about; the gap to the future they want.
    6: {"blaming others": 3.5, "denial": 3.5, "turning point": 3.5, "effect on the child": 3, "no real change": 3, "my role": 2, "understanding": 2, "gaps": 2, "future": 1.5, "blame": 1.5, "good enough parenting": 1.5, "risk": 1.5, "parents": 1, "caring": 1, "honesty": 1, "disagree": 1, "worries": 1, "changing story": 1, "abuse": 1, "family": 0.5, "agencies": 0.5, "school": 0.5, "child's voice": 0.5, "hopeless": 0.5, "protect": 0.5, "substance misuse": 0.5},
    # 7. Wider family have clear roles: they understand what the child needs and their part in the plan;
    #    scaling and mapping.
    7: {"roles": 3, "scaling and mapping": 2, "grandparents": 1.5, "relatives": 1.5, "understanding": 1.5, "protect": 1.5, "going along with": 1.5, "not playing their part": 1, "vague": 1, "family support": 1, "network meetings": 1, "safety plan": 0.5, "network": 0.5, "taking part": 0.5, "feel used": 0.5, "worn out": 0.5},
    # 8. A clear role for external agencies: they say plainly what worries them and what help they give;
    #    strengths-based language, partnership, scaling.
    8: {"agencies": 2.5, "school": 2.5, "police": 2.5, "health": 2.5, "vague": 2.5, "sharing information": 2.5, "partnership": 2.5, "help offered": 2, "specialist": 2, "clear words": 1.5, "worries": 1.5, "scaling and mapping": 1.5, "strengths": 1, "disagree": 1, "changing story": 1},
    # 9. Parents feel confident to care: a plan and network that make the child safer; family help felt
    #    as intrusive, agencies' help, the wider family going along with unsafe behaviour.
    9: {"plan not working": 3.5, "intrusive": 3.5, "going along with": 3.5, "confidence": 3.5, "no plan yet": 2, "safety plan": 1.5, "help offered": 1.5, "asking for help": 1.5, "family support": 1.5, "network": 1, "protect": 1, "turning to the network": 1, "reunification": 1, "new risks": 1, "grandparents": 0.5, "relatives": 0.5, "agencies": 0.5, "keeping safe": 0.5, "nobody to name": 0.5, "future": 0.5, "monitoring": 0.5, "substance misuse": 0.5},
    # 10. Family ties are stronger: the parents turn to their network; relatives who cannot give the support
    #     they agreed (jobs, feeling relied on to save money, loyalty, grandparents torn).
    10: {"feel used": 3.5, "worn out": 3.5, "jobs": 3.5, "loyalty": 3.5, "turning to the network": 3, "family ties": 3, "family support": 2, "grandparents": 1.5, "relatives": 1.5, "nobody to name": 1.5, "network": 1, "not playing their part": 1, "intrusive": 1, "asking for help": 1, "going along with": 0.5, "network meetings": 0.5},
    # 11. Monitor the plan, stay connected: enough of your time, the family can ask you for support;
    #     network meetings, peer support, supervision.
    11: {"reach me": 3.5, "time": 3, "monitoring": 3, "network meetings": 3, "asking for help": 2.5, "supervision": 2, "how often": 2, "relationship": 1.5, "safety plan": 1, "manager": 1, "partnership": 1, "plan not working": 1, "family": 0.5, "network": 0.5, "missed appointments": 0.5},
    # 12. Informed, less reactive decisions: anxiety (reunification, substance misuse, sexual abuse), new and
    #     changing risks, specialist agencies, worries resting on observable behaviour, the supervisor.
    12: {"I'm anxious": 3.5, "reunification": 3.5, "sexual abuse": 3.5, "new risks": 3.5, "reactive": 3.5, "evidence": 3, "substance misuse": 2.5, "specialist": 2.5, "supervision": 1.5, "anxious": 1.5, "how often": 1.5, "abuse": 1.5, "manager": 1, "worries": 1, "plan not working": 1, "time": 1, "monitoring": 1, "health": 0.5, "safety plan": 0.5, "risk": 0.5, "help offered": 0.5},
}

# ======================================================================================================
# Welsh (Cymraeg). Words in their radical form; the matcher undoes mutations of what is typed.
# ======================================================================================================

CY_SHORT_FORMS: dict[str, str] = {
    # "I am" in its many spellings, so that "dw i'n poeni", "rwy'n poeni", "wi'n becso" all start "dw"
    "dwi": "dw i", "rwy": "dw", "rwyf": "dw", "rydw": "dw", "ydw": "dw", "wi": "dw", "dwin": "dw i yn",
}

CY_CONCEPTS: dict[str, str] = {
    # --- who ------------------------------------------------------------------------------------------
    "plentyn": "plentyn | plant | mab | merch | bachgen | bechgyn | babi | baban | person ifanc | pobl ifanc | arddegau | crwt | croten | hogyn | hogan | merched | meibion",
    "rhieni": "rhiant | rhieni | mam | tad | dad | llystad | llysfam | gofalwr | gofalwyr | gofalwraig | partner | cwpl",
    "teulu": "teulu | aelwyd",
    "neiniau a theidiau": "nain | taid | mam gu | tad cu | mamgu | tadcu | neiniau | teidiau | wyr | wyres | wyrion | nani",
    "teulu ehangach": "teulu ehangach | perthnasau* | aelodau teulu | aelod teulu | modryb | anti | ewythr | wncwl | yncl | cefnder | cyfnither | chwaer mam | brawd mam | chwaer dad | brawd dad | ei chwaer | ei brawd | ffrind teulu",
    "asiantaethau": "asiantaeth | asiantaethau allanol | gweithwyr proffesiynol | proffesiynol | gwasanaethau | gwasanaeth | tai | gwasanaeth prawf | troseddau ieuenctid",
    "ysgol": "ysgol | athro | athrawes | athrawon | pennaeth | meithrinfa | coleg | cylch meithrin | addysg",
    "heddlu": "heddlu | heddwas | heddweision | swyddog heddlu",
    "iechyd": "ymwelydd iechyd | meddyg | meddyg teulu | doctor | ysbyty | nyrs | nyrs ysgol | bydwraig | camhs | iechyd meddwl | gwasanaethau iechyd",
    "cynllun diogelwch": "cynllun | cynllun diogelwch | cynllunio",
    "rhwydwaith": "rhwydwaith | rhwydweithiau | rhwydwaith diogelwch | rhwydwaith cymorth | rhwydwaith cefnogi",

    # --- nod 1 ----------------------------------------------------------------------------------------
    "darlun cyfan": "darlun cyfan | darlun llawn | darlun | beth digwydd | stori llawn | gwybodaeth ar coll | dim digon o gwybodaeth*",
    "barn": "barn | safbwynt | ochr y stori | ei ochr | beth meddwl | sut mae pethau edrych | llais",
    "llais y plentyn": "llais y plentyn | llais plentyn | dymuniadau a teimladau | dymuniadau",
    "ar goll": "ar coll | absennol | heb clywed | byth wedi clywed | heb cwrdd | heb cyfarfod | byth wedi cwrdd | ddim yn rhan | allan o darlun | dim cysylltiad | diflannu",
    "ddim yn chwarae eu rhan": "ddim chwarae rhan | ddim gwneud eu rhan | ddim gwneud beth cytuno | ddim cadw at | siomi cynllun",
    "heb gefnogaeth": "heb cefnogaeth | dim cefnogaeth | ddim cael cefnogaeth | heb cymorth | dim cymorth gan | ar fy pen fy hun | ynysig | neb i siarad | cydweithwyr | cydweithiwr | dysgu gan",
    "rheolwr": "rheolwr | rheolwraig | rheolwr tim | arweinydd tim | goruchwyliwr | goruchwylwraig | pennaeth gwasanaeth",
    "goruchwyliaeth": "goruchwyliaeth | goruchwylio | cymheiriaid | trafod yr achos | myfyrio",

    # --- nod 2 ----------------------------------------------------------------------------------------
    "ddim yn siarad": "siarad | sgwrsio | agor lan | agor i fyny | agor | dweud dim | deud dim | dweud dim byd | tawel | distaw | tawedog | cau i lawr | datgelu | datgeliad | popeth yn iawn | cyfathrebu",
    "gwrthod cwrdd": "gwrthod cwrdd | gwrthod cyfarfod | gwrthod gweld | osgoi fi | fy osgoi | cuddio rhag | aros yn ei stafell | ddim eisiau gweld fi | ddim moyn gweld fi",
    "cymryd rhan": "cymryd rhan | ymgysylltu | ymwneud | cyfranogi | ymuno",
    "cadw'n ddiogel": "cadw diogel | cadw eu hunain diogel | teimlo diogel | oedolyn diogel | person diogel | pobl diogel | pwy troi | pwy mynd | pwy ffonio | mynd am help",
    "offer i blant": "geiriau a lluniau | tri ty | tylwyth teg | dewin | hudlath | lluniadu | llun | lluniau | chwarae | teganau | rhy ifanc | anabledd dysgu | awtistiaeth | awtistig",
    "rhy ofnus": "rhy ofnus | ofn dweud | gormod o ofn | ofn cael | trwbl | trwbwl | amddiffyn mam | amddiffyn dad",

    # --- nod 3 ----------------------------------------------------------------------------------------
    "ysgrifennu'r cynllun drostyn nhw": "ysgrifennu cynllun | llunio cynllun | fi sy ysgrifennu | fi sy llunio | fy cynllun | ein cynllun | perchnogaeth | eu cynllun eu hunain",
    "neb i'w enwi": "neb i helpu | neb i gofyn | does neb | dim neb | enwi neb | enwi unrhyw un | dim teulu | dim ffrindiau",
    "anobeithiol": "anobeithiol | anobaith | gobaith | gobeithiol | heb gobaith | dim gobaith | rhoi gorau iddi | rhoi fyny | dim pwynt | digalon | diobaith",
    "dyfodol": "dyfodol | tymor hir | o u blaen",
    "dewisiadau": "dewis | dewisiadau | dim dewis | dim llais | dim dweud | gorfodi | gorfod cytuno | dim rheolaeth | dim grym",
    "arbenigwyr": "arbenigwr | arbenigwyr | gwybod gorau | nawddoglyd | siarad i lawr | trin fel plant",
    "eu deall": "eu deall | ei deall | ein deall | fy deall | camddeall | neb yn eu deall",

    # --- nod 4 ----------------------------------------------------------------------------------------
    "ymddiried": "ymddiried | ymddiriedaeth | drwgdybus | drwgdybio | amheus | ddim fy credu | ffydd",
    "mynd â'r plant": "mynd plant | mynd babi | mynd plentyn | mynd nhw i ffwrdd | cymryd plant | cymryd babi | cymryd plentyn | colli plant | colli babi | colli plentyn | mewn gofal | i gofal",
    "barnu": "barnu | beirniadu | beirniadol | beirniadaeth | edrych i lawr | label | labelu | rhiant gwael | mam gwael | tad gwael | mam drwg | eu erbyn | ein erbyn | y gelyn | stigma",
    "bai": "bai | beio",
    "beio eraill": "beio ysgol | beio pawb | beio eraill | beio heddlu | beio gwasanaeth* | beio plentyn | beio plant | beio gilydd | bai rhywun arall | ddim ar bai",
    "ddim yn gwrando": "gwrando | anwybyddu | parch | parchu | amharchus | diystyru | o difrif",
    "fy rôl": "fy rol | ein rol | pam rhan | pam gwasanaeth* cymdeithas* | pam yno | pam yma | pam ymwneud | gofynion sylfaenol | llinell coch | llinellau coch | beth bydd digwydd | canlyniadau | disgwyliadau | disgwyl",
    "malio": "dim ots | malio | ticio bocsys | jyst swydd",
    "cryfderau": "cryfder | cryfderau | eithriad | eithriadau | mynd yn da | pethau da | pethau positif",
    "iaith glir": "jargon | iaith clir | geiriau syml | iaith syml | iaith cymhleth",
    "ofn gwasanaethau cymdeithasol": "ofn gwasanaeth* | ofn ohona | ofn ohonon | casau gwasanaeth* | casau gweithwyr cymdeithasol",

    # --- nod 5 ----------------------------------------------------------------------------------------
    "amddiffynnol": "amddiffynnol | gelyniaethus | gelyniaeth | ymosodol | crac | dig | cas | gwrthwynebus | gwrthwynebu | gweiddi | bloeddio | rhegi | anghwrtais | bygwth | bygythiol | cau drws | slamio drws | cerdded allan | colli tymer",
    "cydweithio": "cydweithio | cydweithredu | ddim gadael i fi | ddim gadael i mi | cydweithredol | anghydweithredol | gweithio gyda fi | gweithio gyda ni | gweithio efo fi | cydymffurfio",
    "colli apwyntiadau": "colli apwyntiad | apwyntiad | colli ymweliad | colli cyfarfod | canslo | ddim troi fyny | ddim troi lan | ddim cartref | ddim adref | ddim ateb drws | ddim agor drws | osgoi ymweliad | ddim mynychu | mynychu",
    "pryderus": "pryder | pryderus | pryderu | gorbryder | gorbryderus | nerfus | straen | panig | ar pigau | tensiwn",
    "gonestrwydd": "gonest | anonest | gonestrwydd | celwydd | celwyddau | dweud celwydd | celu | cyfrinach | cyfrinachau | cyfrinachol | ddim yn agored | agored gyda fi | cuddio | cuddio pethau",
    "asesiad": "asesiad | asesu | ar cyd | cynllunio ar cyd | cytuno cynllun",
    "anghytuno": "anghytuno | anghytundeb | ddim cytuno | herio | dadlau am | gwrthwynebu asesiad",
    "rhianta digon da": "digon da | rhianta digon da | rhianta | rhianta da | safonau rhianta | syniad gwahanol",

    # --- nod 6 ----------------------------------------------------------------------------------------
    "gwadu": "gwadu | gwadiad | bychanu | lleihau | diystyru pryderon | wfftio | dim problem | dim byd o le | dim o le | ddim derbyn | gwrthod derbyn | ddim cydnabod | cydnabod | cyfaddef | esgus | esgusodion | damwain | gwneud ffys | ffys | dweud bod ni gorymateb | ddim angen newid",
    "effaith ar y plentyn": "effaith | effeithio | effeithiau | bod trwyddo | bod trwy | profiad | profiadau | profiad y plentyn | geiriau plentyn | niwed i plentyn",
    "risg": "risg | risgiau | perygl | peryglus | mewn perygl | niwed | niweidiol | diogelu | anniogel",
    "deall": "deall | dealltwriaeth | sylweddoli | gweld pam | ymwybodol | ymwybyddiaeth | dirnad",
    "poeni": "poeni | gofid | gofidio | becso | consyrn",
    "dim newid": "dim byd newid | dim newid | ddim wedi newid | ddim newid | gwrthod newid | cytuno popeth | dweud y pethau iawn | cydymffurfio cudd | arwynebol | nol i dechrau",
    "trobwynt": "trobwynt | trobwyntiau | cymryd cyfrifoldeb | derbyn cyfrifoldeb | deffro | galwad deffro | cyrraedd y gwaelod",
    "bylchau": "bwlch | bylchau | dyfodol maen nhw eisiau | bywyd maen nhw eisiau | eisiau i plant",

    # --- nod 7 ----------------------------------------------------------------------------------------
    "rolau": "rol | rolau | cyfrifol | cyfrifoldeb | cyfrifoldebau | i bod i gwneud | i bod i | beth dylai | beth dylen | eu rhan | ei rhan | pwy sy gwneud beth | beth i gwneud os | beth i gwneud pan | tasg | tasgau",
    "graddio a mapio": "graddio | graddfa | mapio | map | cyfarfod teulu | cynhadledd grwp teulu | cynhadledd teulu | genogram | ecomap",
    "amddiffyn": "amddiffyn | angen i bod yn diogel | beth sydd ei angen ar y plentyn | cadw plant diogel | cadw nhw diogel",

    # --- nod 8 ----------------------------------------------------------------------------------------
    "aneglur": "aneglur | ddim yn clir | clir | plaen | yn plaen | amwys | annelwig | beth poeni | beth pryder* | ddim ymrwymo | ymrwymo",
    "newid eu stori": "newid eu stori | newid ei stori | newid stori | stori gwahanol | straeon gwahanol | anghyson | gwrth dweud | gwrthddweud | negeseuon cymysg | croes dweud",
    "rhannu gwybodaeth": "rhannu gwybodaeth* | gwybodaeth* | rhannu pryderon | rhannu adroddiad | anfon adroddiad | adroddiadau | ddim rhannu | rhannu",
    "cynnig help": "pa help | cynnig help | cynnig cymorth | cynnig cefnogaeth | help sydd ei angen | cymorth sydd ei angen | ddim helpu | dim help | atgyfeirio | atgyfeiriad | rhestr aros | trothwy | cau achos | cyfeirio",
    "partneriaeth": "partneriaeth* | partneriaid | aml asiantaeth* | amlasiantaeth* | cyfarfod strategaeth | trafodaeth strategaeth | grwp craidd | cynhadledd amddiffyn plant | cynhadledd | cyfarfod gweithwyr proffesiynol",

    # --- nod 9 ----------------------------------------------------------------------------------------
    "cynllun ddim yn gweithio": "cynllun ddim gweithio | cynllun methu | methiant | cynllun chwalu | chwalu | torri cynllun | ddim cadw at y cynllun | ddim dilyn cynllun | rhwydwaith ddim gweithio | ddim mwy diogel | ddim gweithio",
    "dim cynllun": "dim cynllun | dim cynllun diogelwch | heb cynllun | dim rhwydwaith | heb rhwydwaith | cynllun heb ei cytuno",
    "ymwthiol": "ymwthiol | ymwthio | ymyrryd | ymyrraeth | busneslyd | busnesu | gwylio | sbio | annibyniaeth | annibynnol | rheoli | rheolaethol | cymryd drosodd | tanseilio",
    "cyd-fynd": "cyd mynd | cyd fynd | cuddio dros | cuddio ar ran | celu ar ran | cau llygaid | llygad dall | mynd ymlaen gyda | gadael i dad | gadael iddo | gadael i mam | gadael iddi | ochri gyda | cymryd ochr dad | cymryd ochr mam | esgusodion dros | ymddygiad anniogel | galluogi",
    "hyder": "hyder | hyderus | diffyg hyder | ymdopi | methu ymdopi | gofalu am | gofalu | magu hyder | ar ei pen ei hun | rhiant sengl | cael trafferth | llethu | gallu rhianta",
    "gofyn am help": "gofyn help | gofyn cymorth | gofyn cefnogaeth | gofyn i mi am | gofyn i fi am | dod ata | cysylltu am help | methu gofyn | ddim gofyn",
    "troi at y rhwydwaith": "troi at | troi atyn | pwyso ar | defnyddio rhwydwaith | galw ar",

    # --- nod 10 ---------------------------------------------------------------------------------------
    "cael eu defnyddio": "cael eu defnyddio | cael ein defnyddio | cael ei defnyddio | cael fy defnyddio | manteisio | cymryd mantais | cymryd caniataol | dibynnu ar | baich | beichio | arbed arian | rhad | gofal plant am dim | am dim | di tal | heb tal | gwneud eich gwaith | gwneud gwaith y cyngor | yn lle gwasanaethau",
    "wedi blino": "wedi blino | blinedig | blino | llosgi allan | tynnu allan | tynnu nol | tynnu yn ol | camu nol | camu yn ol | rhoi gorau i helpu | gormod iddyn | methu cario mlaen | siomi | stopio helpu | ddim gallu helpu",
    "swyddi": "swydd | swyddi | gyrfa | gyrfaoedd | cyflogwr | cyflogaeth | gwaith | oriau gwaith | amser i ffwrdd | rhoi gorau swydd | rhoi gorau gwaith | colli swydd | shifftiau | sifftiau",
    "teyrngarwch": "teyrngarwch | teyrngar | cymryd ochr | ochri | ysgariad | ysgaru | gwahanu | rhwygo | yn y canol | rhwng eu mab | rhwng eu merch | eu plentyn eu hunain | dyletswydd | dyled",
    "cysylltiadau teulu": "cysylltiadau teulu | cwlwm | clymau | agosach | cryfach | cryfhau | cwympo mas | ffraeo | cweryla | dieithrio | siarad gilydd | perthynas teuluol | perthynas o fewn",
    "cymorth teulu": "cymorth teulu | help teulu | cefnogaeth teulu | cymorth gan y teulu",

    # --- nod 11 ---------------------------------------------------------------------------------------
    "amser": "digon amser | dim amser | mwy amser | rhoi amser | treulio amser | amser i | amser gyda | llwyth achosion | llwyth gwaith | gormod o achosion | prysur | rhy prysur | dan pwysau | capasiti",
    "ymweld": "ymweld | ymweliad | ymweliadau | gweld y teulu | gweld nhw | aml | yn aml | ddim yn aml | unwaith y mis | unwaith bob pythefnos | wythnosau ers | misoedd ers | rheolaidd",
    "cael gafael arna i": "cael gafael | gafael arna | cysylltu a fi | cysylltu gyda fi | cysylltu efo fi | ffonio fi | ffonio | galw nol | ateb y ffon | ateb ffon | ar cael | tu allan i oriau | tim dyletswydd | neges | negeseuon | tecst",
    "monitro": "monitro | cadw golwg | cadw llygad | cadw trac | colli trac | colli golwg | adolygu | adolygiad | dilyn i fyny | gwirio",
    "cyfarfodydd rhwydwaith": "cyfarfod rhwydwaith | cyfarfod adolygu | adolygiad rhwydwaith",
    "perthynas": "perthynas | perthynas gwaith | perthynas da | meithrin perthynas | dod i nabod | cadw mewn cysylltiad | colli cysylltiad | cysylltiad",

    # --- nod 12 ---------------------------------------------------------------------------------------
    "dw i'n bryderus": "dw pryder* | dw poeni | dw becso | dw gofidio | dw nerfus | dw ofnus | dw ofn | dw teimlo pryder* | dw dan straen | ofn arna | gen ofn | panicio | methu cysgu | ddim cysgu | colli cwsg | methu stopio meddwl | fy mhryder | fy pryder*",
    "ailuno": "ailuno | aduno | mynd adref | mynd adre | mynd cartref | mynd nol adref | dychwelyd adref | dychwelyd at | nol at mam | nol at dad | anfon adref | anfon nhw adref | dod adref | dod adre | gadael gofal | diddymu gorchymyn | dirymu",
    "camddefnyddio sylweddau": "camddefnyddio sylweddau | camddefnyddio | camddefnydd | sylweddau | sylwedd | cyffuriau | cyffur | alcohol | alcoholig | yfed | meddw | meddwi | canabis | heroin | cocen | cocaine | methadon | caethiwed | dibyniaeth | ailwaelu | llithro nol | defnyddio eto | defnyddio cyffuriau",
    "cam-drin rhywiol": "cam drin rhywiol | camdrin rhywiol | rhywiol | honiad | honiadau | meithrin perthynas amhriodol | camfanteisio rhywiol | troseddwr rhyw | delweddau anweddus | cyffwrdd amhriodol",
    "cam-drin": "cam drin | camdrin | trais | treisgar | cam drin domestig | trais domestig | rheolaeth cymhellol",
    "risgiau newydd": "risg newydd | risgiau newydd | risgiau newid | partner newydd | cariad newydd | dyn newydd | symud i mewn | beichiog | beichiogrwydd | babi newydd | sefyllfa wedi newid | amgylchiadau wedi newid | hen ffasiwn | diweddaru cynllun | diweddaru | gwaethygu | gwaeth | dirywio",
    "adweithiol": "adweithiol | byrbwyll | brysiog | rhuthro | ar brys | amharod risg | osgoi risg | chwarae saff | chwarae diogel | gorymateb | gor ymateb | tynnu plant | symud y plant | ar unwaith | yn syth | argyfwng | gorchymyn diogelu brys",
    "tystiolaeth": "tystiolaeth | ymddygiad gellir gweld | gweladwy | arsylwi | ffeithiau | ffaith | prawf | rhagdybiaeth | tybio | greddf | teimlad perfedd | seiliedig ar",
    "arbenigol": "arbenigol | gwasanaeth arbenigol | asesiad arbenigol | seicolegydd | seicolegol | seiciatrydd | seiciatrig | gwasanaeth cyffuriau | therapi | therapydd | therapiwtig",
}

CY_AIMS: dict[int, dict[str, float]] = {
    # 1. Deall y risg yn ei chyfanrwydd
    1: {"darlun cyfan": 3.5, "heb gefnogaeth": 3, "barn": 2.5, "ar goll": 2.5, "ddim yn chwarae eu rhan": 2.5, "rheolwr": 2, "goruchwyliaeth": 1.5, "newid eu stori": 1.5, "rhannu gwybodaeth": 1.5, "llais y plentyn": 1, "colli apwyntiadau": 1, "asesiad": 1, "anghytuno": 1, "risg": 1, "rolau": 1, "dim cynllun": 1, "risgiau newydd": 1, "tystiolaeth": 1, "cynllun diogelwch": 0.5, "rhwydwaith": 0.5, "deall": 0.5, "cam-drin": 0.5},
    # 2. Y plentyn yn dod o hyd i ffyrdd o gadw'n ddiogel
    2: {"cadw'n ddiogel": 3, "offer i blant": 3, "llais y plentyn": 2.5, "rhy ofnus": 2, "plentyn": 1.5, "ddim yn siarad": 1.5, "gwrthod cwrdd": 1.5, "cymryd rhan": 1.5, "iaith glir": 1.5, "cryfderau": 1, "teyrngarwch": 1, "perthynas": 1, "barn": 0.5, "arbenigwyr": 0.5, "ymddiried": 1, "bai": 0.5, "effaith ar y plentyn": 0.5, "amddiffyn": 0.5, "amser": 0.5, "cam-drin rhywiol": 0.5},
    # 3. Y rhieni yn llunio'r cynllun diogelwch
    3: {"ysgrifennu'r cynllun drostyn nhw": 3.5, "anobeithiol": 3, "neb i'w enwi": 2.5, "dewisiadau": 2.5, "eu deall": 2.5, "arbenigwyr": 2, "dim cynllun": 2, "dyfodol": 1.5, "rhieni": 1, "cynllun diogelwch": 1, "ymddiried": 1, "cydweithio": 1, "asesiad": 1, "bylchau": 1, "teulu": 0.5, "rhwydwaith": 0.5, "ddim yn gwrando": 0.5, "rolau": 0.5, "hyder": 0.5, "troi at y rhwydwaith": 0.5},
    # 4. Ennill ymddiriedaeth y rhieni
    4: {"ymddiried": 2.5, "mynd â'r plant": 3.5, "barnu": 3.5, "ddim yn gwrando": 3.5, "fy rôl": 3, "ofn gwasanaethau cymdeithasol": 3, "malio": 2.5, "cryfderau": 2, "iaith glir": 2, "eu deall": 1.5, "bai": 1.5, "amddiffynnol": 1.5, "perthynas": 1.5, "rhieni": 1, "colli apwyntiadau": 1, "gonestrwydd": 1, "dim newid": 1, "teulu": 0.5, "amser": 0.5},
    # 5. Y rhieni yn cydweithio â chi
    5: {"amddiffynnol": 3, "cydweithio": 3, "colli apwyntiadau": 3, "gonestrwydd": 2.5, "rhianta digon da": 2.5, "dewisiadau": 2, "arbenigwyr": 2, "asesiad": 2, "ddim yn siarad": 1.5, "gwrthod cwrdd": 1.5, "cymryd rhan": 1.5, "pryderus": 1.5, "dim newid": 1.5, "rhieni": 1, "ysgrifennu'r cynllun drostyn nhw": 1, "ofn gwasanaethau cymdeithasol": 1, "anghytuno": 1, "newid eu stori": 1, "perthynas": 1, "teulu": 0.5, "beio eraill": 0.5, "gwadu": 0.5, "cysylltiadau teulu": 0.5, "amser": 0.5},
    # 6. Y rhieni yn cyrraedd trobwynt
    6: {"beio eraill": 3.5, "gwadu": 3.5, "trobwynt": 3.5, "effaith ar y plentyn": 3, "dim newid": 3, "fy rôl": 2, "deall": 2, "bylchau": 2, "dyfodol": 1.5, "bai": 1.5, "rhianta digon da": 1.5, "risg": 1.5, "rhieni": 1, "malio": 1, "gonestrwydd": 1, "anghytuno": 1, "poeni": 1, "newid eu stori": 1, "cam-drin": 1, "teulu": 0.5, "asiantaethau": 0.5, "ysgol": 0.5, "llais y plentyn": 0.5, "anobeithiol": 0.5, "amddiffyn": 0.5, "camddefnyddio sylweddau": 0.5},
    # 7. Rolau clir i'r teulu ehangach
    7: {"rolau": 3, "graddio a mapio": 2, "neiniau a theidiau": 1.5, "teulu ehangach": 1.5, "deall": 1.5, "amddiffyn": 1.5, "cyd-fynd": 1.5, "ddim yn chwarae eu rhan": 1, "aneglur": 1, "cymorth teulu": 1, "cyfarfodydd rhwydwaith": 1, "cynllun diogelwch": 0.5, "rhwydwaith": 0.5, "cymryd rhan": 0.5, "cael eu defnyddio": 0.5, "wedi blino": 0.5},
    # 8. Rôl glir i asiantaethau allanol
    8: {"asiantaethau": 2.5, "ysgol": 2.5, "heddlu": 2.5, "iechyd": 2.5, "aneglur": 2.5, "rhannu gwybodaeth": 2.5, "partneriaeth": 2.5, "cynnig help": 2, "arbenigol": 2, "iaith glir": 1.5, "poeni": 1.5, "graddio a mapio": 1.5, "cryfderau": 1, "anghytuno": 1, "newid eu stori": 1},
    # 9. Y rhieni yn teimlo'n hyderus i ofalu
    9: {"cynllun ddim yn gweithio": 3.5, "ymwthiol": 3.5, "cyd-fynd": 3.5, "hyder": 3.5, "dim cynllun": 2, "cynllun diogelwch": 1.5, "cynnig help": 1.5, "gofyn am help": 1.5, "cymorth teulu": 1.5, "rhwydwaith": 1, "amddiffyn": 1, "troi at y rhwydwaith": 1, "ailuno": 1, "risgiau newydd": 1, "neiniau a theidiau": 0.5, "teulu ehangach": 0.5, "asiantaethau": 0.5, "cadw'n ddiogel": 0.5, "neb i'w enwi": 0.5, "dyfodol": 0.5, "monitro": 0.5, "camddefnyddio sylweddau": 0.5},
    # 10. Mae cysylltiadau'r teulu'n gryfach
    10: {"cael eu defnyddio": 3.5, "wedi blino": 3.5, "swyddi": 3.5, "teyrngarwch": 3.5, "troi at y rhwydwaith": 3, "cysylltiadau teulu": 3, "cymorth teulu": 2, "neiniau a theidiau": 1.5, "teulu ehangach": 1.5, "neb i'w enwi": 1.5, "rhwydwaith": 1, "ddim yn chwarae eu rhan": 1, "ymwthiol": 1, "gofyn am help": 1, "cyd-fynd": 0.5, "cyfarfodydd rhwydwaith": 0.5},
    # 11. Monitro'r cynllun, cadw mewn cysylltiad
    11: {"cael gafael arna i": 3.5, "amser": 3, "monitro": 3, "cyfarfodydd rhwydwaith": 3, "gofyn am help": 2.5, "goruchwyliaeth": 2, "ymweld": 2, "perthynas": 1.5, "cynllun diogelwch": 1, "rheolwr": 1, "partneriaeth": 1, "cynllun ddim yn gweithio": 1, "teulu": 0.5, "rhwydwaith": 0.5, "colli apwyntiadau": 0.5},
    # 12. Penderfyniadau gwybodus, llai adweithiol
    12: {"dw i'n bryderus": 3.5, "ailuno": 3.5, "cam-drin rhywiol": 3.5, "risgiau newydd": 3.5, "adweithiol": 3.5, "tystiolaeth": 3, "camddefnyddio sylweddau": 2.5, "arbenigol": 2.5, "goruchwyliaeth": 1.5, "pryderus": 1.5, "ymweld": 1.5, "cam-drin": 1.5, "rheolwr": 1, "poeni": 1, "cynllun ddim yn gweithio": 1, "amser": 1, "monitro": 1, "iechyd": 0.5, "cynllun diogelwch": 0.5, "risg": 0.5, "cynnig help": 0.5},
}

# fmt: on

LANGUAGES: dict[str, Language] = {
    "en": Language(code="en", concepts=EN_CONCEPTS, aims=EN_AIMS, gap=2, short_forms=EN_SHORT_FORMS),
    "cy": Language(code="cy", concepts=CY_CONCEPTS, aims=CY_AIMS, gap=3, short_forms=CY_SHORT_FORMS, welsh=True),
}
