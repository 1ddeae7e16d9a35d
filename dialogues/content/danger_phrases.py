"""Phrases that sound like danger or harm, as plain data, for ``dialogues.danger``.

Recognising these is a help, never the safeguard: the "I don't feel safe right now" button is always
there too. A false alarm costs a worker a look; a miss can cost much more, so when in doubt, add.

How matching works
==================
The child's text is normalised first: lower case; accents dropped (the Welsh "tŷ", "â", "ŵ" become
"ty", "a", "w", on both sides, so nothing is lost); emoji and punctuation dropped; a letter typed three
times or more counted once ("hiiit" is "hit"); apostrophes expanded ("don't" -> "do not", "he'll" ->
"he will", "mum's" -> "mum"; Welsh "mae'n" -> "mae yn", "i'r" -> "i yr"); and text-speak replaced
using ``EN_TEXT_SPEAK`` / ``CY_TEXT_SPEAK`` below ("im" -> "i am", "wanna" -> "want to", "no one" ->
"nobody", "mom"/"mam" -> "mum"; "dwi" -> "dw i", "isio"/"moyn" -> "eisiau", "adra" -> "adref").
Patterns are then matched word by word against that.

A pattern is a few **slots**. Each slot lists alternatives separated by ``|``; one alternative of each
slot must appear, slot after slot, in that order, with at most ``gap`` other words between one slot
and the next. So ``slots=("hit|hits|punched", "me|my mum")`` with ``gap=1`` matches "he hit me",
"dad punched my mum" and "he hits me" but not "my teacher hit the ball".

Inside an alternative:

* ``word`` -- that word, exactly as normalised.
* ``two words`` -- the words one after the other.
* ``stem*`` -- any word that starts with ``stem`` (at least 3 letters): ``grope*`` is grope, groped, groping.
* ``=word`` -- exactly that word: no typo, and in Welsh no mutation.

**Welsh mutations** are generated, never listed: every Welsh word of three letters or more also matches
its soft, nasal and aspirate mutations (and ``h`` before a vowel), so ``taro`` is taro, daro, nharo,
tharo; ``brifo`` is brifo, frifo, mrifo; ``lladd`` is lladd, ladd; ``tad`` is tad, dad, nhad, thad.
``^word`` asks for them on a shorter word. **Northern and southern endings** are generated too: a word
of six letters or more ending "-iau" also matches "-ia" and "-ie" ("cyffuriau", "cyffuria", "cyffurie"),
one ending "-au" also "-a" and "-e" ("pethau", "petha", "pethe"); those forms allow no typo. Mutated forms that are other words ("porn" would give
"born") are listed in ``CY_NOT_MUTATIONS`` and never made. Write each word in its radical form.

**Typos.** Every word of a slot is matched leniently: letters typed twice count once ("hitt" is
"hit", "kil" is "kill"); a typed word of 5 letters or more matches a word of 5 to 7 letters with one
letter wrong, missing, extra, or two letters swapped, and a word of 8 letters or more with two such
typos, as long as the first letter is right ("tuches", "punshed", "sucidal", "strnagled", "clothse").
Shorter words never allow a typo: it would turn "hit" into "sit". A Welsh word's typos are counted on
its radical, so a mutation's added letters ("ngh") do not buy one. ``=word`` turns the leniency off for
one word; words of ``unless`` are never lenient. A real word is never read as a typo: those a typo or
two from a pattern word ("cooked" for "choked", "teaching" for "touching", "horse" for "house", Welsh
"meddwl" for "meddwi") are listed in ``EN_NOT_TYPOS`` / ``CY_NOT_TYPOS``, and, generated with a
word-frequency list (every common English word within reach of a pattern word, less the danger words
that should still match), in ``EN_COMMON_NEAR_KEYS`` / ``CY_COMMON_NEAR_KEYS``: regenerate them when
pattern words change. A slot that starts with ``~`` holds the pattern's key words (the danger verbs
and nouns, not "me" or "home").

**Run-together words.** A typed word the patterns do not know is split when it is a key word (a single
word of a ``~`` slot) and a small word of ``EN_GLUE`` / ``CY_GLUE`` typed without a space ("hurtme", "scaredto", "killmyself",
"imscared"; at most three parts). Real words that would split so ("hither", "slither") are listed in
``EN_NOT_SPLIT``.

**Negation.** Unless a pattern says ``negatable=False``, it does not count when the nearest word before
it, skipping small words listed in ``EN_FILLERS`` / ``CY_FILLERS`` ("do", "really", "want", "to"; "yn", "wedi", "fy"), is a
negator ("not", "never", "nobody", "no"; "ddim", "byth", "neb"). So "he never hits me", "nobody hits
me", "I don't want to die" and "dyw e ddim yn fy nharo i" do not raise the alarm, but "no, he hit me"
does. Patterns whose meaning *is* the negation ("nobody feeds me", "I don't want to live", "does neb yn
rhoi bwyd i fi") put the negator in their first slot and say ``negatable=False``. The rule is kept
simple on purpose: "nobody in my house hits me" (the negator too far away) still raises the alarm.

**The whole message.** A pattern with ``whole=True`` counts only when it is all the message says
("help!", "HELP ME"), where the same words in a longer message would be ordinary ("it will help").

**Exceptions.** ``unless`` lists words (same syntax) that cancel a match when they appear within four
words of it: "die" near "hair" is hair dye; "beat me" near "fifa" is a game; "cut myself" near "paper"
or "accident" is an accident. A pattern may reach further with ``reach`` (in words): a joke's "if I'm
late" can come six or seven words after "mum will kill me".

How to add a phrase
===================
1. Write the phrase a child might type into ``tests/test_danger.py`` first, as ``True``, and a safe
   phrase that shares its words, as ``False``.
2. Add words to an existing pattern's slot if it has the right shape, or add a ``Pattern`` with a new
   ``id`` of the form ``<language>.<category>.<name>``. Keep slots short and the gap small (0-3).
3. Run ``pytest -s tests/test_danger.py``: it prints recall and false alarms for each language, and
   fails if recall drops below 0.9 or false alarms rise above 0.1.

The categories are below in ``CATEGORIES``. The ids are what ``danger.matched`` returns; they
are shown to workers as the reason for an alert, never the child's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES: dict[str, str] = {
    "violence": "Violence: being hit, hurt or attacked, or seeing someone at home hurt",
    "sexual": "Sexual harm: unwanted touching, nakedness, pictures, secrets, grooming",
    "self_harm": "Self-harm and suicide: wanting to die, hurting oneself",
    "neglect": "Neglect: no food, left alone, carers drunk or on drugs, no warmth or care",
    "fear": "Fear of home or of a person, not feeling safe",
    "threats": "Threats: being threatened, told to keep quiet, weapons, exploitation, bullying",
    "running_away": "Running away, sleeping out, staying with strangers",
    "help": "Asking outright for help",
    "domestic_abuse": "Domestic abuse between adults: a partner who controls, traps or watches",
}


@dataclass(frozen=True)
class Pattern:
    """One danger pattern: slots that must appear in order, each within ``gap`` words of the last."""

    id: str
    category: str
    slots: tuple[str, ...]
    gap: int = 2
    negatable: bool = True
    unless: str = ""
    whole: bool = False  # only when the pattern is the whole message ("help!", "HELP ME")
    reach: int = 4  # an "unless" word cancels a match when it is this close to it, in words


@dataclass(frozen=True)
class Language:
    """Everything the recogniser needs for one language."""

    code: str
    patterns: tuple[Pattern, ...]
    # one word, or two words one after the other, -> what it stands for (applied after lower-casing)
    text_speak: dict[str, str] = field(default_factory=dict)
    negators: str = ""
    fillers: str = ""
    # real words that are one letter away from a key word: never read them as typos
    not_typos: str = ""
    # small words often typed onto the next one without a space ("hurtme", "scaredto"): a word the
    # patterns do not know is split in two when one part is one of these and the other a word they know
    glue: str = ""
    # real words that would split that way ("hither" is not "hit her"): never split
    not_split: str = ""
    # mutated forms that are other words (often English ones): never generated
    not_mutations: str = ""
    welsh: bool = False
    # written onto the front of a word without a space (Arabic "و" and, "ب" with, "ال" the): a word is also
    # read without one of these
    prefixes: str = ""
    # a negator between a pattern's words also cancels it ("tata mnie nie bije", "ابوي ما يضربني")
    negation_inside: bool = False
    # and one just after them (Urdu and Punjabi: "maarta nahi")
    negation_after: bool = False
    # whether a long word may be typed with a letter or two wrong (not in Arabic, whose words are built on
    # three-letter roots: "الامتحان", the exam, is two letters from "الانتحار", suicide)
    typos: bool = True


def P(
    id: str,
    category: str,
    *slots: str,
    gap: int = 2,
    negatable: bool = True,
    unless: str = "",
    whole: bool = False,
    reach: int = 4,
) -> Pattern:
    """A pattern, written compactly."""
    return Pattern(
        id=id, category=category, slots=slots, gap=gap, negatable=negatable, unless=unless, whole=whole, reach=reach
    )


# The data below is laid out by hand, for reading; the formatter leaves it alone.
# fmt: off

# ======================================================================================================
# English
# ======================================================================================================

EN_TEXT_SPEAK: dict[str, str] = {
    "u": "you", "ur": "your", "r": "are", "n": "and", "ya": "you", "yu": "you",
    "im": "i am", "ima": "i am going to", "imma": "i am going to", "ive": "i have",
    "wanna": "want to", "wana": "want to", "wan2": "want to", "want2": "want to", "wnt": "want", "wont2": "want to",
    "gonna": "going to", "gona": "going to", "gunna": "going to", "gna": "going to", "gotta": "got to",
    "dont": "do not", "dnt": "do not", "doesnt": "does not", "dosnt": "does not", "dosent": "does not",
    "doesent": "does not", "didnt": "did not", "didint": "did not", "cant": "can not", "cannot": "can not",
    "carnt": "can not", "wont": "will not", "isnt": "is not", "wasnt": "was not", "arent": "are not",
    "werent": "were not", "havent": "have not", "hasnt": "has not", "hadnt": "had not", "aint": "is not",
    "shouldnt": "should not", "wouldnt": "would not", "couldnt": "could not", "mustnt": "must not",
    "hes": "he is", "shes": "she is", "theyre": "they are", "youre": "you are", "thats": "that is",
    "theres": "there is", "whats": "what is", "hell": "he will", "shell": "she will", "theyll": "they will",
    "hed": "he would", "theyd": "they would",
    "cos": "because", "coz": "because", "cuz": "because", "bc": "because", "bcos": "because", "becuz": "because",
    "pls": "please", "plz": "please", "ppl": "people", "rn": "right now", "idk": "i do not know",
    "idc": "i do not care",
    "2": "to", "4": "for", "b4": "before", "wiv": "with", "wid": "with", "w": "with",
    "no1": "nobody", "noone": "nobody", "no one": "nobody", "no body": "nobody", "nobdy": "nobody",
    "some1": "someone", "any1": "anyone", "every1": "everyone",
    "my self": "myself", "meself": "myself", "me self": "myself", "mself": "myself",
    "any more": "anymore",
    "kms": "kill myself", "kys": "kill yourself",
    "mom": "mum", "mam": "mum", "mummy": "mum", "mommy": "mum", "mother": "mum", "mums": "mum",
    "moms": "mum", "mams": "mum", "mumma": "mum", "dads": "dad", "daddy": "dad", "father": "dad",
    "step dad": "stepdad", "stepfather": "stepdad", "step father": "stepdad", "stepdads": "stepdad",
    "step mum": "stepmum", "stepmother": "stepmum", "bf": "boyfriend", "boyf": "boyfriend", "gf": "girlfriend",
    "bfs": "boyfriend", "boyfriends": "boyfriend", "bro": "brother", "sis": "sister",
    "pics": "pictures", "pix": "pictures", "piccies": "pictures", "photos": "pictures", "vids": "videos",
    "selfharm": "self harm",
    "sc": "snapchat", "snap chat": "snapchat", "whats app": "whatsapp",
    "tik tok": "tiktok", "face time": "facetime",
}

EN_NEGATORS = "not|never|nobody|no|nothing|none|neither|nor"
EN_FILLERS = (
    "do|does|did|ever|even|really|actually|always|is|am|are|was|were|be|been|being|will|would|just|honestly"
    "|have|has|had|so|that|very|want|wanted|wants|to|going|try|trying|mean|meant|gonna|want to"
)
EN_GLUE = (
    "me|my|myself|to|him|her|them|us|im|he|she|they|not|dont|do|want|wanna|of|at|in|on|up|out|off|and|is|am"
    "|was|be|go|going|gonna|never|home|too|so|it"
)
EN_NOT_TYPOS = (
    "tough|torch|amuse|amused|amuses|amusing|accuse|accused|accuses|accusing|based|bases|basing|bathed|bathes"
    "|bathing|better|butter|bitter|beater|bearing|betting|batting|bikes|biking|blame|blamed|blames|blaze|breach"
    "|bleak|buried|burying|buns|burps|caring|carrying|carried|crave|curve|cave|cooked|chose|choose|chore|chores"
    "|coke|chopped|choosing|chopping|checked|chick|chunk|draws|drawing|drawn|drink|drinks|drums|named|napped"
    "|nagged|nodes|nudges|nukes|overdone|overdoes|packed|pocket|pitch|pitched|pitches|prison|raced|raged|raked"
    "|rated|ripped|roped|rapid|reaped|races|rates|rakes|raps|ropes|raves|racing|raking|rating|raving|ripping"
    "|roping|racist|scored|stared|spared|scaled|starred|soared|scar|scars|shard|shared|sacred|scarf|shave"
    "|shaved|shaves|shoe|shone|shore|stove|stoves|shopped|shaped|slipped|snapped|swapped|slips|snaps|swaps"
    "|showed|shows|showing|drugs|wastad|wastod"
    "|slabs|sliding|slipping|spice|slime|stack|stacked|snack|snacks|snacked|sacked|slash|slashed|stomp|stomped"
    "|stump|stumped|staring|starting|stare|stave|strange|thread|throat|treat|threads|throats|treats|three"
    "|throb|thumb|thumbed|thumbs|trump|walked|walks|wicked|waited|washed|wanted|wiped|hated|hired|hiked"
    "|hinted|hating|hiring|hiking|hunted|hurled|hurried|hunting|hurling|hurrying|huts|hunts|handed|handing"
    "|feeling|feelings|felling|fading|graded|grass|grams|grazed|kidding|runway"
)

# Common English words (found with a word-frequency list) that are one typo from a pattern word of five
# to seven letters, or two from one of eight or more: real words, so never read as typos. Danger words
# among them ("abuser", "pinching") were left out, so that they still match.
EN_COMMON_NEAR_KEYS = (
    "aback|abort|abound|abrasive|abuse|abused|abuses|abutting|acres|actual|actuary|adhesive|adores|adult"
    "|adults|aggressively|aging|agrees|aground|aiding|aires|alain|alcohols|alene|alice|alike|aline|allotted"
    "|along|alter|alway|andres|anyones|arenas|arias|arrears|arrive|askew|askin|aster|atone|attach|attached"
    "|attaching|attack|attacks|attain|attaining|attracting|aunties|avowed|aways|ayres|backs|bader|bagged"
    "|bagger|bagging|bailing|baiting|baker|bakers|baking|balding|baller|ballerina|banner|banners|banshees"
    "|banter|baring|barley|barns|barrel|barrels|barring|barter|bartering|baseman|basements|bashed|bashes"
    "|basking|bates|bathe|bathrooms|batted|batten|batter|batteries|batters|battery|battling|bauer|baxter"
    "|bayer|beach|beaded|beading|beads|beaks|beamed|beaming|beams|beans|bears|beast|beasts|beaters|beaton"
    "|beats|beatty|beautifully|beautify|becks|becuase|bedded|bedding|bedrooms|beefed|beefing|beeping|befriend"
    "|begging|begin|begins|being|beings|belated|bellas|belles|bellied|belted|belting|belts|bench|benefit"
    "|benefited|benefitted|benning|berated|berating|bering|bested|bests|betas|betel|bettered|bettering"
    "|betters|beyer|bidding|biding|billing|binding|birding|bitters|blacks|bladder|bladed|blades|blake|blank"
    "|blanked|blankets|blatter|blinding|bling|block|bloke|blush|blushed|blushes|boaters|boating|boats|boeing"
    "|bogged|boiling|boing|bolted|bolts|booing|booths|booting|borden|bosom|bother|bothering|botox|bottoms"
    "|bough|boyfriends|bracing|bragging|brake|braking|brash|brats|braving|breaching|bread|breads|break"
    "|breakfasts|breakin|breaks|bream|breathing|breck|breeding|brewing|bride|bridged|bridger|bridges|bridget"
    "|bridle|bring|broken|broker|brooker|brookes|brooks|broome|brothel|brothers|brought|brunch|bruner|brunner"
    "|brunt|brushed|brushes|bubbling|bucky|budding|buffering|buffing|bugged|bugging|buildings|bulging|bulking"
    "|bullying|bundling|bunks|burch|burdens|buren|burger|burned|burner|burners|burnet|burnett|burney|burns"
    "|burnt|burris|burst|busch|bushes|bushing|busing|butch|buttered|butters|butting|buzzing|bytes|cabling"
    "|cabot|cackling|cadres|cafes|cages|cakes|caller|callers|callin|calming|cameras|canes|cannes|canning"
    "|cannon|canoe|canon|canto|caper|capers|capes|capper|capping|carbs|carded|cardi|carding|cards|cared"
    "|career|careers|carell|caress|carew|carey|caries|carle|carling|carne|carpe|carrera|carrey|carrie|carrier"
    "|carriers|carries|carrot|carte|carted|carter|carters|carts|carve|carved|carver|carving|carvings|cases"
    "|casing|cater|caters|cates|catfish|caved|caves|caving|cedar|cellar|cellars|ceres|cesar|chafing|chaining"
    "|chairing|challenging|chance|chances|chang|change|changed|changeling|changer|changers|changes|changi"
    "|channeling|channing|chanted|chanting|chants|chaos|chaps|charge|charged|charges|charging|charing"
    "|charming|chars|charting|charts|chasing|chatting|chatty|cheat|cheats|check|checks|cheech|cheeked|cheeks"
    "|cheese|cheesy|chests|chicks|childers|childless|childrens|childress|childs|chile|chili|chilled|chilli"
    "|chills|chilly|chiltern|chock|choke|choked|choker|chokes|chongqing|chooses|chuck|chucking|chuckled"
    "|chuckling|chucks|chucky|chugging|chunks|cited|cites|citing|clack|claim|clams|clean|cleans|clear|clears"
    "|cleary|cleese|climb|climber|climes|cling|clinging|clipboard|clone|closed|closer|closes|closet|clothe"
    "|clothed|cloths|clove|coats|cocking|codes|coding|coffees|cokes|coking|coles|collar|combing|combs|comer"
    "|comers|comet|comets|comey|comin|comings|commas|commies|comps|condensation|cones|conning|conservation"
    "|consoled|consoling|contorted|contrived|control|controlled|controller|controllers|controls|conversation"
    "|conversational|conversations|conversion|conversions|cooling|coombs|copes|coping|copping|cords|cores"
    "|coulda|couldn|count|country|counts|county|coves|cracks|crank|cranking|craps|craved|craving|credits"
    "|creeds|creeks|creeps|creepy|crepe|crepes|crept|crest|crews|crick|cringing|cripps|crips|crock|croke"
    "|crooked|crops|crosse|cryin|crying|crypt|cubed|cuckold|cuddle|cuddled|cuddles|cuffed|culled|culling"
    "|cumming|cunning|cupboard|cupboards|cupped|cupping|curds|cured|cures|curing|curled|curved|curving"
    "|cussing|cuter|cuties|cutter|cuttings|dagger|dancer|dangerously|dangers|daughters|dawning|dealer|dealers"
    "|dealings|deeming|deleted|deletes|deming|dentists|deplete|derive|derives|deserved|deserves|design"
    "|designed|designers|designs|deterrent|dialing|dialling|diaper|differ|differed|difference|differently"
    "|differing|digger|diller|dimer|dimmer|dimming|dinar|dined|diners|dining|dinners|dipper|disappeared"
    "|disappears|discard|diver|divergent|dives|djing|doctor|doctors|dogging|doing|doings|donner|donning"
    "|doping|dosing|doting|dowling|downing|dozing|drago|drags|draining|drank|draped|dregs|dribbling|dries"
    "|drifting|drilling|drinkin|dripping|drive|drivel|driven|driver|drivers|drives|driving|drone|droning"
    "|drooling|drooping|dropping|drove|droves|drunk|drying|dunking|dyeing|dying|easter|eater|eaton|eccentric"
    "|eccentricity|eclectic|editing|electra|electrical|electrically|electrician|electrics|electro|electron"
    "|electronic|ellery|emery|emitting|endings|enlisting|everly|evermore|evernote|evers|evert|everton"
    "|everyones|exacting|exciting|exerting|existent|exists|exited|exiting|exits|expos|exposes|facing|failing"
    "|faking|fallin|fallow|fanning|farce|fared|faring|faster|feedings|fellow|fellows|fending|fester|feuding"
    "|fiends|fighters|filed|files|filing|filled|finder|finders|finer|finger|fingers|firming|firms|flared"
    "|fling|flogging|flooding|flooring|flopping|flossing|flowed|flowing|flows|folding|follow|follower"
    "|followings|follows|fooling|footer|footnote|forbes|force|forced|forceps|forces|forde|forge|forged|forger"
    "|forges|forget|forgets|forging|forgo|forgot|forked|forking|formed|forming|forster|forte|fortunate"
    "|forwards|fosters|freighters|fridges|friend|frigates|frighten|frightened|frightens|fringe|fronts|frost"
    "|futures|garages|garbage|garde|gardens|gating|gettin|giles|gilles|girlfriends|girly|given|givens|giver"
    "|givers|gives|givin|goings|goodbyes|gooding|goofing|goring|grabber|graced|gracing|grading|grads"
    "|granddaughters|grandma|grandmas|grandpa|grands|grandsons|grated|grating|grays|grayson|grazing|greeting"
    "|grills|groan|groin|grooved|grooving|groping|grossed|grossing|growing|growl|grows|grubs|gutting|haden"
    "|hades|hagen|haircuts|halen|hales|halliday|halting|handel|hander|handfuls|handled|handy|hanes|hanged"
    "|hangs|hanks|happend|happens|harding|hardy|hares|harping|harrier|hater|haters|hatter|haven|haves|having"
    "|hawes|hayes|hazen|hazing|heading|headsets|healing|heaping|heaps|hearing|hearts|heating|heats|heave"
    "|heavens|heaving|helms|herbs|herds|herein|heres|heroic|heroine|heron|heros|herron|herts|hertz|hidden"
    "|hideo|hiding|hikes|hinds|hines|hinged|hinting|hires|hissed|hissing|hitter|hitting|hives|hobbes|holdin"
    "|holdings|holds|holed|holes|holler|holley|holliday|hollis|holmes|homeless|homes|hooligans|hooves|hopes"
    "|horse|horses|horus|hoses|house|housed|houses|howes|hugger|hungary|hurst|hurtling|hurts|husbands"
    "|inappropriate|indoor|indore|infects|inflated|inflating|inherent|innovating|insects|insider|insides"
    "|install|insulated|insulating|intent|interact|intercept|interest|interment|intern|internal|interned"
    "|internets|internment|interns|interpret|interred|interrupt|intersect|intersex|intranet|inverness|isolate"
    "|isolated|isolates|jacked|jackets|jumper|jumpin|keeled|keeling|keener|kennels|kenner|kennett|kenney"
    "|keppel|kernel|kessel|kickass|kicker|kickers|killed|killeen|killing|kinks|kipling|kissed|kisser|kisses"
    "|kissing|kitchens|kites|knack|knick|knicks|knocks|lacked|lacking|lacks|lactation|laing|lanes|langer"
    "|latter|laying|leading|leads|leafs|leake|leaking|leaky|leaning|leanne|leans|leaping|leaps|lease|leases"
    "|leasing|leave|leaved|leavers|leaves|leavin|lecter|legation|leger|leper|lepers|lesser|lessing|lester"
    "|letter|letters|lettres|levees|lever|levers|licked|licking|licks|liens|lifes|ligation|liked|likes|liking"
    "|limes|lined|linen|linens|liner|liners|linger|lining|links|linus|lioness|lisle|lists|liter|liters|lithe"
    "|litre|litter|litters|lives|livin|lloyds|loans|loaves|lobbied|lobed|lobes|locating|locations|locator"
    "|locke|locked|locker|locket|lockett|lockheed|locking|locos|locus|lodger|lofts|logged|logger|logging"
    "|loner|longed|looked|looker|lookin|looking|loomed|looming|looped|looping|looses|loosing|looted|looters"
    "|looting|lopes|lords|loring|loses|losing|losses|lotion|loved|lovell|lover|lovers|lovett|lovey|loving"
    "|lowes|lucked|machetes|mages|maker|makers|makin|makings|males|managing|manning|manure|mapping|mares"
    "|maris|marking|marko|markus|marky|marys|masking|masks|massaged|massages|massaging|masses|massing|mates"
    "|mating|matting|matured|matures|mayes|mazes|meaning|means|mears|meats|medals|medicare|medici|meetings"
    "|melting|member|menacing|merging|message|messaged|messages|messengers|messing|metals|mighty|mikes"
    "|moaning|monet|moneys|monkey|montes|month|monty|mooring|morey|mornin|mornings|moths|mourning|mouths"
    "|mulder|muting|nabbed|nannies|napier|naples|naver|navies|nearby|neatly|nettles|neuer|neves|newer|nicht"
    "|night|nights|noodles|noses|noted|nothin|nothings|noticed|notices|noting|notting|novice|noyes|numbed"
    "|numbers|nunes|nunez|offline|olden|older|order|orders|others|otters|outsider|overcome|overcoming"
    "|overcooked|overdo|overdoing|overdue|overjoyed|overlooked|overlooking|overs|oversee|oversight|overuse"
    "|overused|overweight|paced|paces|package|packaged|packages|packer|packets|packs|pacts|padded|paddock"
    "|paddocks|paedophile|paged|pages|pained|painless|paint|paints|pajamas|palace|palaces|pales|panes|pangs"
    "|panned|panning|pants|panty|paras|parcel|parcels|pardo|pared|parent|parents|paris|parity|parks|parnell"
    "|parris|parrots|parson|parte|parti|partly|partners|parts|party|passages|passed|passer|passers|passes"
    "|pasted|pastes|pasts|pastures|pasty|patching|patent|patents|patted|paused|pauses|paved|paves|payed|peace"
    "|pearson|pease|peeled|penned|pennies|penning|peoples|persona|persons|pests|pettis|phased|phases|phone"
    "|phoned|phones|phoney|phony|photo|photon|photons|picker|picket|pickett|pickled|picky|picture|pictured"
    "|pictures|pierson|piety|pilates|piled|piling|pinch|pinched|pinches|pineda|pines|piney|pinged|pinging"
    "|pinks|pints|piped|piping|pirates|pissed|pisses|pissing|pitching|pitted|pitting|place|placed|placer"
    "|places|placing|plains|plane|planes|plank|planking|planks|plano|plant|plantation|planting|plants|plate"
    "|plates|plating|platte|playing|plays|pleas|pleased|pleaser|pleases|pleasures|poaching|poets|pointe"
    "|pointed|pointer|pointers|points|pointy|poised|poker|policed|polices|policy|polite|polled|pooled|pooper"
    "|poorer|popper|porto|ports|posed|poser|poses|posits|posses|possess|postures|potter|powder|powell|powers"
    "|prado|praised|preceding|precepts|predates|preferred|preferring|prelates|premise|premises|prepared"
    "|prepares|preparing|preppy|presence|present|presented|presenter|presenters|presenting|presently|presents"
    "|preserved|preserves|preserving|preset|presets|presided|presidents|presides|presiding|pressed|presses"
    "|pressing|pressure|pressured|pressures|pressurised|pressurized|presume|presumed|presumes|presuming"
    "|preteen|pretence|pretend|pretended|pretender|pretenders|pretends|pretense|pretenses|prevent|preventing"
    "|prevents|pricked|pricks|priestess|primate|primates|pringles|print|private|privateer|privateers"
    "|privately|privates|processed|procured|procuring|professed|profiled|profited|promise|promises|promoted"
    "|prompted|prone|propel|proposed|propped|prosper|prosser|provided|puckett|pucks|puffed|puked|puller"
    "|pulley|pulsed|punch|punches|punchline|punchy|punctures|punishments|punting|punts|purcell|purified"
    "|pushed|pusher|pushers|pushes|pushing|pussies|puzzled|quicken|quicker|quickness|quietest|quilt|quint"
    "|quite|rages|raging|rammed|ramming|ramped|ramping|random|ranges|ranging|ransom|rapes|rapped|rapper"
    "|rappers|rapping|rapport|raring|ratner|raved|razed|reade|reads|ready|realm|reals|realty|realy|reams"
    "|reaping|reapply|rears|reasons|receded|record|recorder|recorders|records|reformed|regarded|reilly|relay"
    "|reloaded|renner|reply|reported|reports|repost|rescued|rescuer|rescues|resort|resorted|retarded|retort"
    "|retorted|rewarded|reworked|ribbed|rigged|rigging|rights|righty|riled|rimmed|ripen|ripper|roads|ronin"
    "|rouge|rounds|rubber|rubbing|rubin|rudder|ruger|ruining|ruler|ruling|runaways|runes|runners|runnin"
    "|running|rupees|rutter|sacking|sacks|safely|sagging|sakes|salting|saluting|sanding|sands|sanger|sashes"
    "|saving|sawing|sayed|sayin|saying|sayings|scabs|scalding|scales|scaling|scalloped|scalping|scaly|scammed"
    "|scamming|scams|scanned|scare|scared|scares|scaring|scarring|scarves|scary|scathing|schell|scheming"
    "|schools|schott|scooped|scoops|score|scores|scouring|scouted|scouting|scouts|scraping|scrapping|scratch"
    "|scratched|scratches|scratchy|scream|screamin|screeching|screening|screenshot|screwing|scroll|scurry"
    "|seabed|sealing|seams|seared|searing|seconds|secret|secrete|secrets|seeding|seedling|seeing|seeking"
    "|seeming|seeping|seine|selig|selina|sellin|selling|sensing|seong|serving|setting|settling|seung|sewing"
    "|sexual|sexually|shack|shacks|shade|shades|shading|shadowed|shadowing|shagging|shaheen|shaka|shake"
    "|shaken|shaker|shakers|shakes|shakin|shaking|shaky|shale|shales|shallow|shallower|shame|shamed|shames"
    "|shaming|shams|shane|shape|shapes|shaping|shards|share|shares|shari|sharing|shark|sharks|sharp|sharpe"
    "|sharps|shaven|shaving|shawn|sheds|sheeting|sheets|shelling|shells|shelly|shetty|shift|shifting|shing"
    "|shins|shire|shires|shirk|shiro|shirt|shirts|shits|shitting|shocking|shocks|shoes|shooter|shootin"
    "|shooting|shootings|shoots|shopify|shoppe|shopper|shopping|shops|shores|shoring|shorn|short|shorted"
    "|shorting|shorts|shots|shoulda|shout|shouting|shouts|shove|shoved|shovel|shovels|shoves|shoving|shower"
    "|showers|showings|shown|showy|shrugging|shunning|shunting|shuts|shutting|sighs|sights|simeone|sinks"
    "|sisters|sitter|skated|skids|skies|skiing|skills|skinny|skips|skirt|skirts|skits|slack|slacking|slacks"
    "|slammed|slamming|slams|slapping|slashes|slashing|slated|slats|slaving|slavs|slayed|slaying|slays"
    "|sledding|sleds|sleeping|sleeps|sleepy|slept|sliced|slicer|slices|slick|slide|slight|slimming|sling"
    "|slinky|slitting|sloped|sloping|slowed|slower|slowing|slows|sluice|slums|sluts|smack|smacking|smacks"
    "|smalling|smalls|smash|smashed|smashes|smashing|smelling|smells|smelly|smelt|smirking|smock|smoke|smoked"
    "|smoker|smokers|smokes|smokey|smokin|smoking|smoky|smoothing|snacking|snags|snake|snakes|snape|snapping"
    "|snappy|snapshot|snare|snares|snarling|snatched|snatches|snatching|sneak|sneaker|sneaky|snelling|snore"
    "|snorting|snowed|snowing|snows|soaking|soaks|soaps|soares|soaring|socal|socially|someones|sorting|sowed"
    "|sowing|spacing|spake|spalding|spammed|spangled|spare|spares|sparing|sparking|sparring|spayed|speaks"
    "|specially|specials|spelling|spells|spending|spends|spent|spins|splashing|splice|splicing|spoke|spokes"
    "|spore|sporting|spotting|spouting|spouts|spreading|spreads|springer|sprouting|spying|squeeze|squeezed"
    "|squeezes|stacking|stacks|staffed|staffing|staffs|staged|stagger|staggers|staging|stags|staining|stains"
    "|stair|stake|staked|stakes|staking|stale|stalin|stalk|stalker|stalking|stalks|stalled|stalling|stalls"
    "|stamp|stampede|stamping|stamps|standing|stank|stans|staph|stares|stark|starks|starling|starlings|starry"
    "|stars|started|starter|startin|startled|startling|starve|starved|starving|stash|stashed|stasi|stated"
    "|stating|stats|stayed|stayin|staying|stays|stead|steak|steaks|stealing|steals|steam|steaming|steels"
    "|steely|steeped|steering|stella|stepmom|stepped|stepping|steps|sterling|stetson|stick|sticking|sticks"
    "|sticky|sting|stinger|stingers|stings|stingy|stink|stinking|stinks|stinky|stint|stints|stirling|stirring"
    "|stirs|stocking|stocks|stoke|stoked|stokes|stoking|stomachs|stomps|stoned|stools|stopper|store|stored"
    "|storing|storming|stowed|straddle|straddles|straddling|stragglers|strainer|stranded|stranding|strang"
    "|strangely|strangeness|stranger|strangers|strangest|strangle|strangled|strapless|strapping|strat|strayed"
    "|straying|streaking|streaming|streams|streep|street|streets|strep|stress|stretched|stretches|stretching"
    "|striking|string|stringed|stringer|stringing|striving|stroking|stronger|strongly|struggle|struggled"
    "|struggles|struggling|strut|struts|strutting|stubbs|stubs|stumps|styling|sucking|sucks|suing|sulking"
    "|suppose|supposes|suriname|surnames|surrogate|surrogates|swabs|swallow|swallows|swamp|swamped|swamps"
    "|swapping|swarming|swatches|swayed|swaying|sweeping|sweeps|sweets|swelling|swells|swept|swerving|swing"
    "|swooped|sword|sworn|tables|tablet|tacking|tacks|tagging|takei|taken|taker|takers|takes|takin|takings"
    "|tales|talking|taming|tamper|tanking|tanning|taped|tapes|taping|tapped|tapping|tarred|tasking|tasting"
    "|taxes|taxing|teaching|teasing|tekken|telegrams|telegraph|tempe|tempers|tents|terrain|terrains|terrific"
    "|terrified|terrifies|terrify|tested|testified|testifies|testing|tests|texas|thank|thanking|thawing"
    "|theater|theaters|theirs|theme|there|theres|these|theses|theyre|thick|thicket|thier|thieving|thigh"
    "|thighs|thine|thing|thingy|thinkin|thinks|thinning|thins|thirsty|thirteen|thirtieth|thongs|thorough"
    "|those|though|thought|thoughtless|thoughts|thrashed|thrashing|threaded|threat|threaten|threatens|threes"
    "|threw|thrilled|thrilling|thriving|throated|throbbing|throes|thrones|throng|throttling|throw|thrown"
    "|throws|thump|thumper|thunk|ticked|ticker|tickets|ticking|tiered|tights|tiled|timed|tinkling|tinned"
    "|tipped|tired|tires|titties|toasting|toddlers|toiled|toilets|token|tomorrows|tongued|tongues"
    "|toothbrushes|torched|torches|tories|touch|touche|touched|touches|touching|touchy|touring|touting|towed"
    "|towels|tower|towing|towne|traced|tracer|tracers|traces|tracing|track|tracked|trackers|tracking|tracts"
    "|traded|traders|trading|tragic|trail|trailer|trailers|trailing|trails|train|trained|trainee|trainees"
    "|trainer|training|trainor|trains|trait|traitors|traits|tramps|trams|trans|trapper|trappers|trapping"
    "|trashed|travers|trawlers|trawling|trays|treated|treaties|triad|tribes|tricking|tricks|tried|trier|tries"
    "|triggers|trimmed|trims|trios|tripped|trips|trolled|trolling|troopers|troops|trotted|trotting|trough"
    "|troughs|trouser|trowel|trucker|trucking|trucks|trumped|trumps|trusses|trusting|tryin|tucked|tucking"
    "|turtles|twain|tweeter|tweety|twentieth|twink|twinkies|twinkling|twinning|twist|twister|twists|twisty"
    "|twitchy|typified|uncles|uncomfortably|undersea|underused|underway|underwent|undies|unger|uniforms"
    "|unload|unser|untie|upload|uploads|vaginal|vaginas|valence|vases|video|videos|vimeo|violent|violet"
    "|virulence|voiced|voices|wacky|wading|wafer|waged|wager|wagers|wagging|waging|waist|waisted|waists"
    "|waiter|waits|wakes|wales|walking|waller|walling|walter|wands|waned|waning|wanking|wardrobes|wards|wares"
    "|waring|warmed|warms|warne|warner|warped|warring|warts|washer|washers|washes|washing|waste|wasted|wastes"
    "|watchdog|watched|watcher|watchers|watches|watchin|watering|waters|watery|watters|waver|waves|waving"
    "|waxes|waxing|weaning|weapon|weapons|wearin|weaving|webcams|websites|weekends|weeknd|weirdo|wetter|whack"
    "|whacked|whale|wheres|whigs|while|whims|whine|whined|whipple|white|whittle|whole|wholly|whooped|whoops"
    "|whore|whose|wicks|widow|widows|wierd|winder|window|windows|winger|winner|winters|wirth|wished|wishes"
    "|witch|witches|woking|worked|workers|world|worthy|woulda|wouldn|wound|wracked|wreck|wrecker|wrest|wrist"
    "|wrists|writs|yankee|yankees|yesterdays|yousef|youssef|youtuber"
)

EN_NOT_SPLIT = (  # real words that would split into a key word and a small one
    "output|dragon|begun|diego|input|putin|indie|outbreak|behold|breakup|knockout|offend|amend|runoff|upbeat"
    "|uphold|shootout|breakout|offending|kickoff|outpost|imitate|upkeep|cutoff|harmon|burnout|hangout|pinto"
    "|dropout|hideout|amending|offshoot|outposts|outrun|sellout|cutout|atherton|hither|deadbeat|offbeat|wipeout"
    "|pinus|keepin|breakin|stranglehold|shootin|kilburn|holdin|slither|bangin|neverending|belton|knockoff"
    "|homerun|ambit|knockin|sellin|holdout|holdup|amputate|dropkick"
    "|eaton|outbreaks|shutout|lockout|deadlock|beaton|lockup|deadlocked|shakeup|benton"
)

PERSON = (
    "he|she|they|partner|husband|wife|ex|dad|mum|stepdad|stepmum|boyfriend|girlfriend|uncle|aunt|auntie|grandad|nan|grandma|grandpa"
    "|brother|sister|carer|carers|foster|parents|parent|family|man|men|boys|boy|someone|somebody|people"
)
EN_HIT = (
    "hit|hits|hitting|hitted|hited|hiting|hittin"
)
EN_HURT = (
    "stab|stabs|stabbed|stabbing|smack|smacks|smacked|smacking|slap|slaps|slapped|slapping|punch|punches|punched|punching|kick|kicks"
    "|kicked|kicking|kik|kiks|beat|beats|beating|beaten|beated|batter|batters|battered|battering"
    "|thump|thumps|thumped|thumping|whack|whacks|whacked|wack|wacks|wacked|bash|bashes|bashed|bashing|hurt"
    "|hurts|hurting|hurted|hert|herts|pinch|pinches|pinched|strangle|strangles|strangled|strangling|choke"
    "|chokes|choked|choking|shove|shoves|shoved|push|pushes|pushed|pushing|grab|grabs|grabbed|grabbing"
    "|throttle|throttles|throttled|burn|burns|burned|burnt|abuse|abuses|abused|abusing|attack|attacks"
    "|attacked|attacking|stamp|stamps|stamped|headbutt|headbutts|headbutted|whip|whips|whipped|belt|belts"
    "|belted|pin|pins|pinned|pinning|suffocate|suffocates|suffocated|drag|drags|dragged"
    "|dragging|slam|slams|slammed|throw|throws|threw|batter|beats up|beat up|smash|smashes|smashed"
)
EN_VICTIM = (
    "me|us|mum|my mum|my sister|my brother|my little brother|my little sister|my baby brother|my baby sister"
    "|the baby|my nan|him|her|them|my dog|my cat|the dog|the cat|our dog|our cat|my pets|my family|my stepmum"
    "|my stepdad|my dad|dad|the kids|the children|my kids|my children|my son|my daughter|my baby|our baby|our kids"
    "|our son|our daughter|my boy|my girl|the boys|the girls|the little ones|my little one|my partner|my wife"
    "|my child|the child|my kid|the kid|my toddler|the toddler|my little boy|my little girl|my stepson"
    "|my stepdaughter|my step son|my step daughter|my grandson|my granddaughter"
    "|my husband"
)
EN_GAMES = (
    "nerf|toy|toys|rattle|in his sleep|in her sleep|in their sleep|ball|balls|football|pe|rugby|netball|hockey|cricket|tennis|rounders|basketball|dodgeball|game|games|fifa"
    "|chess|race|match|cards|mario|fortnite|minecraft|roblox|monopoly|xbox|playstation|swing|swings"
    "|accident|accidentally|accidently|sun|snowball|pillow"
    "|play fight|play fighting|playfight|wrestling|boxing|karate|judo|taekwondo|trampoline|tag|tig|bike"
    "|scooter|pool|drink|snack|sweets"
)
# a game's score: "we beat them 3 nil"
EN_SCORES = "nil|nill|goals|goal|points|score|scored|won|win|final|semi final|league|cup|0|1|2|3|4|5|6|7|8|9|10"
EN_ACCIDENT = (
    "accident|accidentally|accidently|by mistake|playing|football|pe|rugby|netball|fell|fall|falling|fallen"
    "|tripped|trip|trampoline|bike|scooter|skateboard|skating|slide|paper|shaving|cooking|oven|pan|iron"
    "|kettle|hob|sun|sunburn|tea|toast|cake|slice|sandwich|bread|pizza|gym|dance|dancing|swimming|running"
    "|door|stairs|nail|nails"
)
EN_FEARED = (
    "partner|my partner|husband|my husband|wife|my wife|ex|my ex|home|because of him|because of her|go home|going home|be home|be at home|being at home|house|my house|back home|dad|mum|stepdad"
    "|stepmum|boyfriend|girlfriend|him|her|he|she|them|they|uncle|brother|nan|grandad|carer|carers|parents"
    "|family|my life|man|men|someone|somebody|what will happen|right now|all the time|every day|every night"
    "|to sleep|to go to sleep|for my life|for my mum|for mum|for my safety|to go back to my dad|to go back to my mum"
    "|to go back to dad|to go back to mum|to go back to his|to go back to hers|to go back there|to go back home"
    "|to go back to that house|go back to my dad|go back to my mum|go back to dad|go back to mum"
)
EN_TIME = (
    "all night|all day|for days|at night|overnight|all weekend|for hours|every night|every day|every weekend"
    "|for ages|for a week|for the weekend|till late|until late|all the time|for a long time|for two days"
    "|for to days|for 3 days|when she goes out|when they go out|when he goes out|to go out|and goes out"
    "|to go to the pub|on my own|without food|the whole weekend|the whole night|the whole day|the whole week"
    "|whole weekend|whole night|all week|for two nights|for three days|for 2 days|for two whole days"
    "|for the night|until the morning|till the morning|all the holidays"
)
# where a child meets people online: "someone on roblox", "a guy from snapchat", "a man online"
EN_ONLINE = (
    "online|the internet|internet|roblox|snapchat|snap|insta|instagram|ig|tiktok|discord|whatsapp|fortnite"
    "|minecraft|xbox|ps4|ps5|playstation|facebook|fb|messenger|kik|omegle|yubo|wizz|twitch|telegram|twitter"
    "|youtube|among us|call of duty|a game|an app|a website|a chat|chat room|chatroom|game chat|voice chat"
    "|party chat|vc"
)
# people a child knows, on those same apps: "my friend on snapchat wants to meet up" is not grooming
EN_ONLINE_FRIENDS = (
    "my friend on|my friends on|my friend from|my friends from|my mate on|my mates on|my mate from|my mates from"
    "|my best friend|my bestie|my cousin on|my cousin from|my cousins on|my sister on|my brother on|my nan on"
    "|my grandad on|my grandma on|my auntie on|my aunt on|my mum on|my dad on|with my friends|with my friend"
    "|with my mates|friends from school|friend from school|from my class|in my class|my teacher"
)
EN_ADULT_AGE = (
    "18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|50|an adult"
    "|a grown up|a grown man|grown up|twenty|thirty|in his twenties|in his thirties|in his 20s|in his 30s"
    "|way older|much older|a lot older|loads older|an old man|old enough to be my dad"
)
# someone who says they will do something, for sextortion: "he will post my pictures"
EN_WILL = (
    "he will|she will|they will|he would|she would|they would|he is going to|she is going to"
    "|they are going to|he wants to|she wants to|they want to|he could|she could|they could|he might"
    "|she might|they might|he can|they can|someone will|someone would|someone is going to|or he will"
    "|or she will|or they will|he threatened to|he threatens to|she threatened to|they threatened to"
)
EN_NOT_SEXTORTION = (
    "will not|would not|not going to|never|promise not|promised not|birthday|drawing|drawings|art|teacher|trip"
    "|party|project|class|holiday|wedding|concert|competition|match|christmas|easter|nan|grandad|grandma"
    "|granny|auntie|homework"
)

EN_PATTERNS: tuple[Pattern, ...] = (
    # --- violence ---------------------------------------------------------------------------------
    P("en.violence.hit_me", "violence", "~" + EN_HIT, EN_VICTIM, gap=1,
      unless=EN_GAMES + "|up on|up later|up when|up tomorrow|hmu|snap|snapchat|insta|dm|text"),
    P("en.violence.hurt_me", "violence", "~" + EN_HURT, EN_VICTIM, gap=1,
      unless=EN_GAMES + "|" + EN_SCORES + "|tickle|tickled|tickling|tickles|messing about|joking|lol"),
    P("en.violence.bit_me", "violence",
      "~bite|bites|bit|scratch|scratches|scratched|scratching|biting", EN_VICTIM, gap=1,
      unless="dog|cat|puppy|kitten|hamster|horse|pony|rabbit|guinea pig|wasp|bee|bees|mosquito|insect|snake"
             "|baby|parrot|bird|gerbil|mouse|spider|ant|ants|midge|midges|nettle|nettles|fish|crab"),
    P("en.violence.restrained", "violence",
      "pinned me down|pins me down|pin me down|held me down|holds me down|hold me down|tied me up|ties me up"
      "|tie me up|tied me to|holds me against|held me against|pinned me against|pins me against", gap=0,
      unless="play fight|play fighting|wrestling|tickle|tickled|tickling|game"),
    P("en.violence.got_hit", "violence",
      "get|gets|got|getting|was|been|be|am|keep getting|kept getting|being|keep being",
      "~" + EN_HIT + "|" + EN_HURT.replace("|bit|", "|"), gap=1, unless=EN_GAMES),
    P("en.violence.thrown_at", "violence",
      "~throw|throws|threw|thrown|throwing|chuck|chucks|chucked|lob|lobs|lobbed", "at me|at us|at mum|at my",
      gap=3, unless=EN_GAMES),
    P("en.violence.marks", "violence",
      "~bruise*|black eye|marks on my|mark on my|left a mark|left marks|burns on my", PERSON + "|hit|grabbed|from",
      gap=4, unless="fell|fall|football|pe|rugby|netball|trampoline|bike|tripped|bumped|accident"),
    P("en.violence.locked_in", "violence",
      "lock|locks|locked|locking", "me in|me up|us in|me out|us out|me outside|me in my room", gap=0,
      unless="chat|group chat|account|game|roblox|ipad|phone|app|snapchat|server|discord|minecraft|fortnite"
             "|xbox|playstation|tablet|laptop|computer|wifi"),
    P("en.violence.shut_in", "violence",
      "~lock|locks|locked|locking|shut|shuts|shutting|trap|traps|trapped",
      "in my room|in my bedroom|in the cupboard|in a cupboard|in the shed|in the cellar|in the basement"
      "|in the bathroom|in the loft|in the attic|in the garage|in the car|in the garden|in a room|in our room"
      "|in his room|in her room|in the house|inside|in the dark|under the stairs|in the toilet|in the box room"
      "|in the kennel|in a cage", gap=2,
      unless="seek|game|roblox|minecraft|accident|accidentally|by mistake|myself|key|keys|lift|traffic|snow|rain"
             "|mud|homework|door|doors|window|windows|curtains|lid|drawer|laptop|eyes|bike|dog|cat|chickens"
             "|hamster|rabbit|puppy|kitten|shop|shops|school|medicine|medicines|tablets|pills|knives|bleach"
             "|chemicals|safe|safely|valuables|money|passport"),
    P("en.violence.not_let_out", "violence",
      "will not let me|do not let me|does not let me|never let me|never lets me|not allowed|never allowed"
      "|not letting me",
      "out of my room|leave my room|come out of my room|out of the bedroom|out of my bedroom|leave my bedroom"
      "|go out of my room|out of the house|leave the house", gap=1, negatable=False,
      unless="grounded|until|till|unless|homework|tidy|tidied|finish|finished|dark|late|ill|sick|raining|rain"),
    P("en.violence.kept_in", "violence",
      "keep me|keeps me|kept me|am kept|get kept|was kept|were kept|keep us|keeps us|kept us",
      "in my room|in my bedroom|in the cupboard|in a cupboard|in the shed|in the cellar|in the basement"
      "|in the bathroom|in the loft|in the attic|in the garage|in a room|in our room|in the dark|under the stairs"
      "|locked in|locked up|inside all|indoors all", gap=1,
      unless="warm|safe|busy|company|awake|entertained|after school|detention|behind|at break|at lunch"
             "|break time|lunch time|ill|sick|covid|chickenpox|rain|raining|snow|heatwave"),
    P("en.violence.body_harm", "violence",
      PERSON,
      "~twisted|twists|twist|pulled|pulls|yanked|yanks|squeezed|squeezes|bent|punched|punches|kicked|kicks|hit"
      "|hits|slapped|slaps|burned|burnt|burns|scratched|bit|bites|stamped on|stamps on|dragged|drags|grabbed"
      "|grabs",
      "my arm|my arms|my hair|my ear|my ears|my neck|my face|my head|my leg|my legs|my wrist|my wrists|my fingers"
      "|my back|my stomach|my tummy|my throat|my nose|my ribs", gap=1,
      unless=EN_ACCIDENT + "|" + EN_GAMES + "|tooth|teeth|splinter|plaster|plait|plaits|brush|brushed|cream"
             "|sun cream|wasp|bee|nettle|dentist|doctor|nurse|massage"),
    P("en.violence.beaten_up", "violence",
      "~beaten up|battered|beaten black and blue|beat up", gap=0,
      unless=EN_GAMES + "|team|match|score|lost|won|at|we|car|old|van|sofa|book|shoes|trainers|fish|cod|sausage"),
    P("en.violence.neck", "violence",
      "~round my neck|around my neck|round my throat|around my throat|by the throat|by my throat|by the neck"
      "|by my neck|on my neck|on my throat|squeezed my neck|squeezes my neck|grabbed my neck|grabs my neck"
      "|grabbed my throat|grabs my throat", gap=0,
      unless="scarf|necklace|medal|chain|lanyard|tie|towel|hug|hugged|hugs|cuddle|cuddled|arms|arm|kiss"
             "|kissed|rash|bite|bitten|mosquito|spot|spots|sunburn|itchy|collar|pillow|pain|hurts|stiff|ache"),
    P("en.violence.smashed", "violence",
      "~smashed up|smashes up|smashing up|smash up|trashed|trashes|trashing|wrecked|wrecks|smashed|smashes|broke"
      "|breaks|breaking|punched|punches|kicked",
      "the house|the kitchen|the flat|my room|my things|my stuff|her things|mum things|the tv|the windows"
      "|everything|the place|the furniture|the doors|the door in|the door down|holes in the|a hole in the"
      "|the walls|the wall", gap=1,
      unless="ball|football|accident|accidentally|by mistake|game|lego|minecraft|fortnite|fifa|sandcastle|tower"
             "|toy|dog|cat|slipped|fell|dropped|record|wind|storm|builders|builder|new kitchen|renovat*|quiz"
             "|test|exam|it|our team|the team|competition"),
    P("en.violence.shook_baby", "violence",
      "~shook|shake|shaking|shaken|shakes",
      "the baby|my baby|our baby|baby|him hard|her hard|them hard|him so hard|her so hard|him really hard"
      "|her really hard|him too hard|her too hard|them too hard|the baby too hard", gap=1, unless="rattle|toy|hand|hands|bottle|milk|snow globe"),
    P("en.violence.abuse", "violence", "~abuse|abused|abusing|abusive|violent|violence", gap=0,
      unless="drug|drugs|alcohol|film|game|lesson|video games"),

    # --- sexual harm ------------------------------------------------------------------------------
    P("en.sexual.touches", "sexual",
      "~touch|touches|touched|touching|tuch|touchs|tuchd|tuched|tutched|tuching|touchd|grope*|fondle*",
      "me|my private|my privates|my private parts|my body|my bum|my bottom|my boobs|my chest|my willy|my penis"
      "|my vagina|my fanny|my front bottom|down there|in my pants|under my clothes|my legs|inappropriately|between my legs"
      "|in places|where", gap=1, negatable=False),
    P("en.sexual.made_to", "sexual",
      "make me|makes me|made me|making me|forces me|forced me|force me|wants me to|wanted me to|asked me to"
      "|asks me to|tells me to|told me to|keeps asking me|kept asking me",
      "touch him|touch his|touch her|kiss him|kiss her|take my clothes off|take off my clothes|undress"
      "|get undressed|get naked|be naked|take pictures|send pictures|send nudes|nudes|do sex|have sex|do things"
      "|take my top off|take off my top|take my shirt off|take my bra off|lift my top|lift up my top|show my body"
      "|show him my body|show my boobs|show my chest|show him my chest"
      "|do stuff|watch porn|watch rude|sleep in his bed|sleep with him|sit on his lap|keep secrets|keep it secret"
      "|keep it a secret", gap=3,
      unless="chores|homework|jobs|washing|dishes|tidy|cleaning|hoover|hoovering|shopping|bath|shower"),
    P("en.sexual.in_my_bed", "sexual",
      "comes|came|come|gets|got|get|climbs|climbed|sneaks|sneaked|creeps|crept|coming",
      "into my bed|in my bed|in bed with me|into bed with me|into my room at night|in my room at night"
      "|into my room when|in to my bed", gap=2,
      unless="dog|cat|puppy|kitten|sister|brother|baby|nightmare|nightmares|storm|thunder|teddy"),
    P("en.sexual.words", "sexual",
      "~naked|nude|nudes|nudez|noods|nuds|porn|porno|sexual|sexually|sex|rude pictures|rude videos"
      "|dirty pictures|dirty videos|with no clothes|without clothes|private parts|privates|rape|raped|rapes"
      "|raping|rapist|molest*|paedo|pedo|paedophile|pedophile|peado|grooming me|groomed me|groomed|feels me up"
      "|felt me up|feel me up",
      gap=0, unless="education|ed|lesson|lessons|class|science|biology|pshe|rse|mole|rat|statue|painting|dog|horse"
                    "|pony|song|music|lyrics|rapper"),
    P("en.sexual.pictures", "sexual",
      "pictures of me|videos of me|films me|filmed me|filming me|takes pictures|took pictures|taking pictures"
      "|records me|recorded me|watches me|watched me|watching me",
      "in the bath|in the shower|naked|getting changed|changing|in my pants|underwear|no clothes|in bed"
      "|undressed|of my body|in my room at night|when i am asleep|while i sleep", gap=3),
    P("en.sexual.asked_for_pictures", "sexual",
      "asking for pictures|asks for pictures|asked for pictures|asking me for pictures|asks me for pictures"
      "|asked me for pictures|wants pictures of me|wanted pictures of me|asking for nudes|asks for nudes"
      "|wants nudes|send pictures of myself|send him pictures|send her pictures|send pictures of me"
      "|keeps asking for pictures|keeps asking me for pictures", gap=0,
      unless="puppy|dog|cat|holiday|drawing|drawings|homework|cake|project|painting|school"),
    P("en.sexual.hands", "sexual",
      "hand|hands|fingers|finger",
      "in my pants|down my pants|in my knickers|down my knickers|up my skirt|under my clothes|on my private"
      "|on my privates|on my bum|on my boobs|on my chest|between my legs|on my willy|up my top|down my top"
      "|up my dress|in my trousers|down my trousers", gap=3),
    P("en.sexual.shows", "sexual",
      "show|shows|showed|showing|shown|sends|sent|send",
      "me his willy|me his penis|me his private|his private|himself|me himself|me porn|me rude|rude"
      "|pictures of himself|videos of himself|me pictures of naked", gap=1),
    P("en.sexual.kisses", "sexual",
      "kiss|kisses|kissed|kissing|cuddles|cuddled|hugs|hugged", "me",
      "do not like|did not like|hate it|hate when|uncomfortable|weird|do not want|did not want|on the lips"
      "|in my bed|secret|tongue", gap=4),
    P("en.sexual.secret", "sexual",
      "~our secret|our little secret|a secret between us|secret between us|keep it a secret|keep it secret"
      "|special secret|secret game|not to tell|never to tell|must not tell|not allowed to tell|can not tell anyone",
      gap=0),
    # grooming online: someone met on an app or game wants to meet, asks for pictures, flatters, pays
    P("en.sexual.online_meet", "sexual",
      EN_ONLINE,
      "wants to meet|want to meet|wanted to meet|wants to meet up|to meet up|meet up|meet me|meet him|meet her"
      "|meet them|meet in person|meet irl|meet in real life|meeting up|meeting him|come to his house|come to his"
      "|go to his house|go to his|come round|come over|come and see him|see me in person|pick me up|picks me up"
      "|picked me up|get in his car|send me an uber|sent me an uber|buy me a train ticket|sent me a train ticket"
      "|come and get me", gap=3, unless=EN_ONLINE_FRIENDS),
    P("en.sexual.online_grooming", "sexual",
      EN_ONLINE,
      "wants pictures|want pictures|wanted pictures|wants a picture|wants nudes|asking for pictures"
      "|asked for pictures|asks for pictures|asked me for pictures|asking me for pictures|pictures of me"
      "|videos of me|send him pictures|send pictures|send a picture|send him a picture|send him a video"
      "|send a video|wants me to send|wanted me to send|asked me to send|asks me to send|keeps asking me to send"
      "|said he loves me|says he loves me|said she loves me|says she loves me|he loves me|said i am pretty"
      "|says i am pretty|said i am beautiful|says i am beautiful|said i am sexy|says i am sexy|said i am hot"
      "|says i am hot|said i am mature|says i am mature|be his girlfriend|be my boyfriend|his girlfriend"
      "|go on cam|on cam|on camera|on webcam|facetime him|vc him|video call him|keep it secret|keep it a secret"
      "|do not tell my|do not tell anyone|not to tell|our secret|delete our|if i am home alone|if i am alone"
      "|if i am on my own|if my parents are|if my mum is|when my parents are out|what i am wearing"
      "|what i look like|sent me money|gave me money|sends me money|send me money|gives me money|gave me robux"
      "|sent me robux|sends me robux|gives me robux|give me robux|offered me robux|offers me robux|gave me vbucks"
      "|sent me vbucks|gift card|gift cards|pay me|paid me|pays me",
      gap=3, unless=EN_ONLINE_FRIENDS + "|chores|pocket money|mum pays|dad pays|mum paid|dad paid|mum gives"
                    "|dad gives|mum gave|dad gave|nan gave|nan gives|grandad gave|grandad gives"),
    P("en.sexual.gifts_for_pictures", "sexual",
      "money|robux|vbucks|v bucks|gift card|gift cards|skins|presents|gifts|credit|top up",
      "wants pictures|want pictures|wanted pictures|wants nudes|wants pictures of me|for pictures|for nudes"
      "|send pictures|send nudes|asking for pictures|asked for pictures|asks for pictures|wants me to send"
      "|asking me to send|asked me to send|asks me to send|go on cam|wants me to go on", gap=3,
      unless="birthday|christmas|pocket money|drawing|drawings|art|painting|school|holiday|nan|grandad|grandma"
             "|granny|auntie"),
    P("en.sexual.cam", "sexual",
      "keeps asking me to|keep asking me to|kept asking me to|wants me to|wanted me to|asked me to|asks me to"
      "|asking me to|makes me|made me|told me to|tells me to|says i have to|said i have to|begging me to"
      "|begs me to|begged me to|pressuring me to|pressures me to|pressured me to",
      "go on cam|go on camera|go on webcam|go on my camera|turn my camera on|turn on my camera|turn my cam on"
      "|go on vc|go on video|video call him|vc him|facetime him|go on facetime|video chat with him|show myself"
      "|show him myself", gap=1,
      unless="play with|to play|playing|squad|stream|streaming|my friend|my friends|my mate|my mates|my bestie"
             "|my best friend|my sister|my brother|my cousin|nan|grandad|grandma|granny|auntie|homework|lesson"
             "|class|school|teacher"),
    P("en.sexual.older_boyfriend", "sexual",
      "my boyfriend|my girlfriend|my online boyfriend|my online girlfriend|my new boyfriend|my new girlfriend"
      "|my secret boyfriend|my secret girlfriend|my boyfriend online",
      "is|who is|he is|she is|is like|is nearly|is about|is over|is almost|and he is|who is like",
      EN_ADULT_AGE, gap=0),
    P("en.sexual.online_boyfriend", "sexual",
      "~online boyfriend|online girlfriend|internet boyfriend|internet girlfriend|boyfriend i met online"
      "|girlfriend i met online|boyfriend i met on|boyfriend i have never met|boyfriend i never met"
      "|never met him in real life|never met him in person|never met him irl|not met him in real life"
      "|not met him in person",
      gap=0, negatable=False),
    P("en.sexual.online_age_lie", "sexual",
      EN_ONLINE,
      "says he is|said he is|said he was|says he was|says she is|said she is|said she was|says they are"
      "|said they are|say he is|claims to be|claimed to be|claims he is|told me he is|told me he was",
      "older|an adult|a man|grown up|a grown|lying|lied|lies|fake|not really|actually|really old", gap=4),
    P("en.sexual.grooming_words", "sexual",
      "~mature for my age|mature for your age|so mature for|lied about his age|lying about his age|lies about his age"
      "|lied about their age|lying about their age|lied about her age|lying about her age|fake age"
      "|pretending to be a kid|pretends to be a kid|pretending to be younger|pretending to be my age"
      "|pretends to be my age|catfish|catfished|catfishing|catfishes|=groomer",
      gap=0, unless="teacher|mum|dad|nan|grandad|grandma|granny|report|parents evening|school|lesson|pshe"
                    "|assembly|dog|cat|horse|pony|pet|film|documentary|fishing"),
    P("en.sexual.hide_contact", "sexual",
      "told me to|tells me to|wants me to|wanted me to|asks me to|asked me to|makes me|made me|said to|says to"
      "|said i have to|says i have to|said i must|says i must|said i should|says i should",
      "~delete|clear|wipe|hide",
      "our chats|our chat|our messages|his messages|her messages|their messages|the messages|the chats"
      "|our conversation|the conversation|our conversations|our texts|his texts|his number|our pictures"
      "|the pictures|our snaps|his snap|our snapchat|the app|everything he sends|what he sends|our dms|the dms"
      "|his dms", gap=1,
      unless="group chat|class chat|storage|space|memory|full|teacher|homework|old phone|game"),

    # --- self-harm and suicide --------------------------------------------------------------------
    P("en.self_harm.want_to_die", "self_harm",
      "want to|want|wish to|wish i could|wish i would|going to|ready to|need to|deserve to|should|like to"
      "|rather|better off|gonna",
      "~die|dye|=di|=dy|dead|be dead|end it|end it all|end my life|end myself|not exist|stop existing|disappear forever"
      "|sleep forever|never wake up|be gone|unalive|everything to end|it all to end|my life to end|it all to stop"
      "|everything to stop|it to be over|it all to be over|everything to be over|end everything|end things|end this"
      "|end all this|stop existing|exist anymore", gap=2,
      unless="hair|hairs|fabric|shirt|t shirt|tshirt|clothes|jeans|colour|color|pink|blue|purple|red|green|black"
             "|blonde|brown|laughing|laugh|laughter|embarrassment|embarassment|cringe|boredom|bored|test|exam"
             "|game|zombie|zombies|film|lesson|day|week|term|match|than wear|than eat|than do|than sit|than listen"
             "|than watch|than sing|than dance|than lose|after that run|after the run|after that race|after training"
             "|after the match|after that match|after this week|marathon"),
    P("en.self_harm.wish_dead", "self_harm",
      "wish|wished|wishing",
      "~dead|i was gone|i were gone|never born|never been born|not born|not been born|not alive|not here|not around|not exist|never existed"
      "|disappear|die",
      gap=3),
    P("en.self_harm.kill_myself", "self_harm",
      "~kill|kil|kills|killing|killed|hang|hanging|hanged|drown|drowning|shoot|stab|unalive|unaliving|end"
      "|ending|off|suffocate|poison|hurt|hurting|harm|harming|cut|cuts|cutting|cutted|slit|slice|slicing|scratch"
      "|scratching|burn|burning|burnt|burned|hit|hitting|punch|punching|starve|starving|bite|biting|pinch"
      "|strangle|choke|punish|bash|bang|carve|carving",
      "~myself|yourself", gap=1, unless=EN_ACCIDENT),
    P("en.self_harm.cut_body", "self_harm",
      "~cut|cuts|cutting|cutted|slit|slice|slicing|scratch|scratching|burn|burning|burnt|burned|carve|carving"
      "|carved",
      "my arm|my arms|my wrist|my wrists|my leg|my legs|my thigh|my thighs|my skin|my stomach|my tummy|my hips"
      "|my body|my face", gap=1, unless=EN_ACCIDENT),
    P("en.self_harm.words", "self_harm",
      "~suicide|suicidal|sewerslide|self harm|self harming|self harmed|unalive|overdose|overdosed|overdosing"
      "|been cutting|started cutting|cutting again|keep cutting|still cutting|end it all|end my life"
      "|take my life|take my own life|end my own life|noose",
      gap=0, unless="squad|prevention|awareness|documentary"),
    P("en.self_harm.not_live", "self_harm",
      "not|never|no longer",
      "want to|want|wish to|feel like|see the point in|see the point of|deserve to",
      "live|living|be alive|exist|existing|be here|wake up|go on|carry on|keep going|be born|be around"
      "|being alive|being here|waking up|being around", gap=1, negatable=False),
    P("en.self_harm.should_not_live", "self_harm",
      "should not|should never|not meant to|not supposed to|do not deserve to|does not deserve to",
      "be alive|be here|exist|live|have been born|be born|be living", gap=1, negatable=False),
    P("en.self_harm.searching", "self_harm",
      "~ways to die|way to die|ways to kill myself|how to kill myself|how to die|how to end my life"
      "|painless way|painless ways|quickest way to die|easiest way to die|how many pills|how many tablets"
      "|how many paracetamol|lethal dose", gap=0, negatable=False,
      unless="minecraft|roblox|fortnite|game|funny|dumb|cartoon|sims|film|in the game"),
    P("en.self_harm.cannot_go_on", "self_harm",
      "can not|not",
      "take it anymore|take this anymore|do this anymore|cope anymore|go on anymore|carry on|go on like this"
      "|cope with life|live like this|cope|see a way out|see any way out|see a way forward|see a future"
      "|see any future|see an end to this", gap=1, negatable=False,
      unless="homework|maths|level|game|exam|exams|test|work out how|find the way"),
    P("en.self_harm.cannot_go_on_alone", "self_harm",
      "can not|not able to|no longer", "go on|keep going|carry on|do it anymore|cope", gap=0, negatable=False,
      unless="phone|ipad|xbox|computer|laptop|tablet|playstation|switch|snap|snapchat|tiktok|insta|youtube"
             "|roblox|fortnite|minecraft|holiday|trip|ride|rides|bus|train|plane|swings|trampoline|sleepover"
             "|stage|school|the|a|it|with the|with my|reading|walking|running|swimming|playing|without"),
    P("en.self_harm.no_way_out", "self_harm",
      "~no way out|no way forward|no future|hopeless|a burden|burden to everyone|burden on everyone",
      gap=0, negatable=False,
      unless="escape room|maze|game|level|puzzle|film|book|minecraft|roblox|team|match|homework|at|team"),
    P("en.self_harm.never_wake", "self_harm",
      "sleep|asleep|go to sleep|fall asleep|sleeping|close my eyes",
      "~never wake up|not wake up|never wake|not wake|never to wake|not to wake|never waking up|not waking up",
      gap=3, negatable=False),
    P("en.self_harm.nobody_miss", "self_harm",
      "nobody|no one|would anyone|will anyone|who would|who will",
      "~miss me|notice if i|care if i|notice i was gone|notice i am gone|notice if|care if|even notice|even care",
      gap=3, negatable=False,
      unless="test|exam|homework|late|game|won|lost|failed|pass|passed|hair|haircut|outfit|shoes"),
    P("en.self_harm.thinking_of", "self_harm",
      "feel like|thought about|thinking about|think about|thinking of|thought of|thoughts of|thoughts about"
      "|planning|plan|plans|tempted|considering|close to|about to|keep thinking|cannot stop thinking",
      "~ending it|ending it all|ending things|ending my life|ending myself|killing myself|suicide|taking my life"
      "|taking my own life|not being here|not waking up|dying|being dead|overdosing|taking an overdose"
      "|hanging myself|jumping off|doing it tonight", gap=2,
      unless="film|book|story|game|episode|series|hair|laughing|embarrassment|cringe|hangover|heat|hot|boredom"),
    P("en.self_harm.goodbye", "self_harm",
      "~goodbye letter|goodbye note|suicide note|goodbye letters|goodbye notes|this is goodbye|goodbye forever"
      "|saying goodbye to everyone|say goodbye to everyone|will not be here tomorrow|will not be around much longer"
      "|be here much longer|be around much longer|be here for much longer|be around for much longer"
      "|not be here much longer|by the time you read this|giving my things away|giving away my things"
      "|giving my stuff away|giving away my stuff", gap=0, negatable=False,
      unless="moving|move|holiday|leavers|leaving school|card|year 6|teacher|last day|party|new school"),
    P("en.self_harm.heaven", "self_harm",
      "want to|wish i could|wish i was|wanna|going to|like to|want to go to|need to|ready to",
      "in heaven|up in heaven|to heaven|with god", gap=4,
      unless="when i am old|when i am older|when i die|when i am|one day|film|song|game|story|book|when i grow|someday"),
    P("en.self_harm.no_point", "self_harm",
      "no point|pointless|what is the point|no reason|nothing|not worth|tired of|sick of|done with|hate being"
      "|hate|hating|hates",
      "living|to live|alive|being here|live for|my life|life anymore", gap=2, negatable=False,
      unless="homework|school|trying to explain|monday|mondays|lol|lmao|haha|jk"),
    P("en.self_harm.better_off", "self_harm",
      "better off|happier|easier|better",
      "without me|if i was gone|if i was dead|if i died|if i were dead|if i were gone|if i was not here"
      "|if i was not around|if i did not exist|if i never existed|dead", gap=4),
    P("en.self_harm.pills", "self_harm",
      "took|take|taken|taking|swallowed|swallow|swallowing|ate|eat|drank|drink",
      "loads of|lots of|all the|a lot of|too many|a bunch of|a load of|a handful of|a whole|the whole|all of"
      "|a box of|a packet of|some of mum|mum|dad|bleach",
      "~pills|tablets|paracetamol|painkillers|meds|medicine|sleeping|bleach|packet", gap=2,
      unless="doctor|prescribed|headache|vitamins|hay fever|asthma"),
    P("en.self_harm.bleach", "self_harm", "drank|drink|drinking|swallowed|swallow", "~bleach", gap=2),
    P("en.self_harm.jump", "self_harm",
      "jump|jumping|jumped|throw myself|step|walk|run",
      "off a bridge|off the bridge|off a roof|off the roof|off a building|off a cliff|in front of a train"
      "|in front of a car|in front of a bus|in front of traffic|into traffic|out of the window|out the window"
      "|off the balcony", gap=2, unless="trampoline|pool|diving|swimming|game|film|minecraft|fortnite|shed"),

    # --- neglect ----------------------------------------------------------------------------------
    P("en.neglect.not_fed", "neglect",
      "nobody|never|not|no|rarely|hardly ever|hardly|forgets to|forgot to|forget to|too drunk to|too high to"
      "|too tired to|too busy to",
      "~feed|feeds|feeding|fed|give me food|give us food|gives me food|gives us food|make me food|make us food"
      "|makes me food|makes us food|make me dinner|make me tea|makes me tea|makes me dinner|cook for me"
      "|cooks for me|cook for us|cooks for us|give me dinner|gives me dinner|get food|get fed|get any food"
      "|get enough food|get enough to eat|get breakfast|get dinner|get tea|have food|have any food"
      "|have enough food|have enough to eat|buy food|buys food|buy us food|get to eat|had food",
      gap=2, negatable=False,
      unless="fed up|cat|dog|fish|ducks|hamster|rabbit|pets|class|lesson|allowed"),
    P("en.neglect.no_food", "neglect",
      "no|not any|nothing|not enough|never any|never enough|hardly any|run out of|ran out of|out of",
      "food|to eat|dinner|breakfast|tea|meals|meal|money for food", gap=1, negatable=False,
      unless="allowed|class|classroom|lesson|library|bags|tea bags|except|apart from|lol|haha", reach=6),
    P("en.neglect.not_eaten", "neglect",
      "not|never|nothing|barely|hardly",
      "~eaten|eat|ate|had anything to eat|had any food|had food|had a meal|had dinner|had breakfast|had tea"
      "|had a proper meal|had a hot meal|had a decent meal|had a real meal|had proper food|eaten properly",
      "days|since|all day|yesterday|this week|for ages|in days|two days|to days|nights|in nights|all week", gap=3,
      negatable=False),
    P("en.neglect.hungry", "neglect",
      "~hungry|starving|starved|starve",
      "all the time|every day|every night|at home|at night|no food|nothing to eat|because there is|for days",
      gap=3),
    P("en.neglect.always_hungry", "neglect", "always|every day|all the time", "~hungry|starving", gap=2,
      unless="after|swimming|training|football|pe|gym|lol|growing|practice|rugby|dance"),
    P("en.neglect.alone", "neglect",
      "alone|on my own|by myself|on our own|by ourselves|home alone|left alone|leaves me|leave me|left me"
      "|on their own|by themselves|left the kids|leave the kids|left them|leave them|left us|leaves us"
      "|nobody was home|nobody was at home|nobody came home|nobody home|nobody is home|nobody at home"
      "|no adults|no grown ups|no adult",
      EN_TIME, gap=3),
    P("en.neglect.no_carer", "neglect",
      "nobody|never|not|no adult|no grown up",
      "looks after|look after|looked after|looking after|takes care of|take care of|care for|cares for"
      "|puts me to bed|there for me|check on me|checks on me|wash my clothes|washes my clothes"
      "|takes me to the doctor|take me to the doctor|takes me to school|take me to school|makes my tea|make my tea"
      "|makes my dinner|make my dinner|makes my breakfast|washes my uniform|wash my uniform|washes my school"
      "|wash my school|washes my|brushes my hair|brush my hair|helps me wash|help me wash|baths me|bath me"
      "|gives me a bath|give me a bath|buys me clothes|buy me clothes|buys me new|buy me new|gets me new clothes"
      "|changes my bed|change my bed|changes my sheets|takes me to the dentist|take me to the dentist|cares about me"
      "|care about me|makes sure i|make sure i|checks i|check i", gap=2, negatable=False, unless="except|apart from|but my|but nan|but mum|but dad|anymore because"),
    P("en.neglect.no_clothes", "neglect",
      "do not have|do not have any|have not got|have not got any|not got|not got any|have no|got no|no|never have"
      "|never got",
      "coat|warm coat|winter coat|jacket|clean clothes|clean uniform|clean pants|clean socks|clean underwear"
      "|clothes that fit|shoes that fit|uniform that fits|proper shoes|school shoes|warm clothes|pyjamas"
      "|toothbrush|toothpaste|soap|towel|sheets on my bed|duvet|nappies|clothes|shoes|socks|underwear|pants", gap=1,
      negatable=False,
      unless="on|today|with me|at school|in my bag|for the trip|day|non|needed|need|mufti|pe kit|swimming|yet"),
    P("en.neglect.food_punishment", "neglect",
      "~not allowed to eat|not allowed food|not allowed any food|never allowed to eat|do not let me eat"
      "|will not let me eat|never let me eat|takes my food|take my food away|took my food away|takes my food away"
      "|sent to bed without|sends me to bed without|no dinner as a punishment|no food as a punishment", gap=0,
      negatable=False,
      unless="sweets|chocolate|snacks|in class|in the car|in my room|before dinner|before tea|in the living room"
             "|on the sofa|upstairs|crisps|lesson|library|on the bus|while|after brushing|dessert|pudding"),
    P("en.neglect.dirty_clothes_worn", "neglect",
      "~dirty clothes|smelly clothes|dirty uniform|smelly uniform|clothes that smell|clothes are dirty"
      "|clothes are smelly|clothes smell|uniform smells|clothes stink|uniform stinks", gap=0,
      unless="muddy|mud|football|rugby|wash|washing|basket|laundry|pe|paint|put|pick up|tidy|floor|room|pile"
             "|after|camping|forest school|beach|garden"),
    P("en.neglect.dirty_clothes", "neglect",
      "my clothes|my uniform|my school uniform|my shoes|my trainers|my socks|my pants|my sheets|my bed|my coat",
      "~dirty|smelly|smell|smells|stink|stinks|stinky|too small and|too tight and|too small but|too small for ages"
      "|too small for months|have holes|full of holes|holes in"
      "|ripped|falling apart|never washed|not washed|never clean|not clean|never get washed", gap=2,
      unless="mud|muddy|football|rugby|pe|paint|painting|forest school|puddle|puddles|camping|after|fell|garden"
             "|beach|sand|grass|grown|growing|new ones|need new|getting new|get new|buy new|bought|baking|cooking"
             "|dog|tonight|today|wash them|washing|washed them|in the wash|new|so mum|so dad|so we|so i"),
    P("en.neglect.same_clothes", "neglect",
      "same clothes|same dirty clothes|same socks|same pants|same underwear|same pyjamas|same dirty",
      "every day|all week|for days|for a week|all the time|for ages|because|again and again", gap=2,
      unless="uniform|costume|favourite|lucky|twins|matching"),
    P("en.neglect.alone_time_first", "neglect",
      EN_TIME.replace("|on my own", "").replace("|without food", ""),
      "on my own|by myself|alone|home alone|on our own|by ourselves|on their own|by themselves", gap=1),
    P("en.neglect.not_washed", "neglect",
      "not|never|no",
      "had a bath|had a shower|had a wash|been washed|washed|brushed my teeth|had clean clothes|had a haircut"
      "|seen a doctor|seen a dentist|been to the dentist|been to the doctor|been to the doctors|had my hair washed",
      "in weeks|for weeks|in ages|for ages|in days|for days|since|in months|for months|for a week|in a week"
      "|all week|this week|for a long time|in a long time|in forever|for over a week", gap=2, negatable=False),
    P("en.neglect.food_locked", "neglect",
      "~lock|locks|locked|locking|padlock|padlocks|padlocked|hide|hides|hid",
      "the fridge|the food|the kitchen|the cupboards|food away|the food cupboard|the snacks away|the food away",
      gap=1, unless="seek|hide and seek|game|dog|cat|puppy|sister|brother|surprise|party|birthday|christmas|easter|treats|sweets"
                    "|chocolate|biscuits|before dinner|before tea"),
    P("en.neglect.self_care", "neglect",
      "have to|had to|got to|have got to|always|every day i|every night i",
      "make my own tea|make my own dinner|cook my own dinner|cook my own tea|make my own food|feed myself"
      "|get my own food|find my own food|get myself ready for school|wash my own clothes|look after myself"
      "|look after my brother|look after my sister|look after my little|look after the baby|look after my baby"
      "|feed my brother|feed my sister|feed the baby|feed my little|put my brother to bed|put my sister to bed"
      "|get my brother ready|get my sister ready|look after mum|look after my mum|look after dad|look after my dad",
      "every night|every day|every morning|all the time|because|on my own|by myself|nobody|when mum|when dad"
      "|while mum|while dad|all night|all weekend|mum is|dad is|mum does not|dad does not", gap=3,
      unless="sometimes|treat|birthday|for fun|cooking club|pocket money|once|like to|love to|enjoy"),
    P("en.neglect.substance", "neglect",
      PERSON,
      "~drunk|on drugs|takes drugs|take drugs|does drugs|do drugs|doing drugs|taking drugs|is high|gets high"
      "|was high|high on|passed out|passes out|pass out|wasted|off his face|off her face|smoke weed|smokes weed"
      "|smoking weed|injects|needles|crack|heroin|cocaine|drinks all day|drinks every day|drinking all day"
      "|drinks too much|drink too much|drinks a lot|drinking again|alcoholic|addict|addicted",
      gap=4, unless="film|tv|show|lesson|police said"),
    P("en.neglect.conditions", "neglect",
      "no|never any|never have|never got|have not got|not got|do not have|have no|got no",
      "heating|electric|electricity|hot water|gas|bed|clean clothes|clothes that fit|shoes that fit|blanket"
      "|toothbrush|bath|shower|power", gap=1, negatable=False,
      unless="school|trip|camp|camping|tent|pool|cinema|hotel|holiday|caravan|power cut|tonight"),
    P("en.neglect.sleep_rough", "neglect",
      "sleep|sleeps|slept|sleeping",
      "on the floor|in the car|in the shed|in the garden|in the bath|outside", gap=1,
      unless="camping|tent|sleepover|holiday|caravan|festival|fun|friend|cousin|party"),
    P("en.neglect.kicked_out", "neglect",
      "kicked|kicks|kick|threw|throws|throw|chucked|chucks|chuck|put|puts|shut|shuts",
      "me out|us out|me outside|us outside|out of the house", gap=1,
      unless="game|football|team|class|club|lesson|group|chat"),

    # --- fear of home or of a person --------------------------------------------------------------
    P("en.fear.scared_of", "fear",
      "~scared|scarred|scard|skared|skard|afraid|frightened|frightend|terrified|terrifyed|petrified|fear|feared"
      "|fearful|freaked out",
      EN_FEARED, gap=2),
    P("en.fear.not_safe", "fear",
      "~not safe|unsafe|never safe|not feel safe|never feel safe|not feel very safe|not always feel safe"
      "|not really feel safe|not safe at home|not safe here|in danger|feel in danger",
      gap=0, negatable=False,
      unless="road|roads|cross|swim|swimming|ice|water|climb|animals|species|extinct|extinction|planet|polar"),
    P("en.fear.not_home", "fear",
      "not|never",
      "want to|want|wish to|going|go|like going|like being|like to go|like it at",
      "go home|go back home|go back there|be home|be at home|be in my house|live at home|live with"
      "|stay at home|stay home|go back to my house|back home|home ever|going home|home|go back to that house"
      "|go back to the house|go back to that place|go back to their house|go back to his house|go back to them"
      "|go back to him|go back to her|back to that house|back there", gap=1, negatable=False,
      unless="yet|party|fun|park|beach|holiday|sleepover|football"),
    P("en.fear.hide", "fear",
      "hide|hides|hid|hiding",
      "in my room|under my bed|under the bed|in the wardrobe|in the cupboard|in my wardrobe|in the bathroom"
      "|from him|from her|from dad|from mum|from them|from my dad|from my mum|from my stepdad|when he|when she"
      "|when they|when dad|when mum", gap=2, negatable=False,
      unless="seek|game|presents|present|surprise|easter|eggs|toy|toys|sweets|chocolate", reach=7),
    # seventh batch: fear said and nothing else ("im scared"), own bruises, who did it, bullying
    P("en.fear.scared_alone", "fear",
      "i am scared|i am so scared|i am really scared|i am very scared|i am frightened|i am so frightened"
      "|i am terrified|i am afraid|i am petrified|i feel scared|i feel frightened|i feel afraid|scared|so scared"
      "|frightened|terrified|i am scared now|i am scared right now", gap=0, whole=True),
    P("en.violence.own_injuries", "violence",
      "i have|i have got|i got|got|i have loads of|i have lots of|i have got loads of",
      "~bruise|bruises|bruised|bruising|black eye|black eyes|a black eye|welts|burns on me", gap=1,
      unless=EN_ACCIDENT + "|" + EN_GAMES + "|belt|climbing|tree|cat|dog|bumped|bump|banged|from"),
    P("en.violence.who_did_it", "violence",
      "~hurts|hurt|sore|bleeding|broken|bruise|bruises|bruised|swollen|black eye|marks",
      "|".join(f"{who} {did}" for who in ("dad", "mum", "he", "she", "stepdad", "stepmum", "my dad", "my mum",
                                          "my stepdad", "my stepmum", "her boyfriend", "mums boyfriend")
               for did in ("did it", "did this", "done it", "done this", "did that")),
      gap=8, unless=EN_ACCIDENT),
    P("en.threats.bullied", "threats",
      "~bullied|bullying me|bully me|bullies me|bullys me|bulling me|picked on|picking on me|pick on me"
      "|picks on me|gang up on me|ganging up on me|ganged up on me|spit at me|spat at me|spits at me"
      "|spitting at me|spit on me|spat on me|call me names|calls me names|calling me names|called me names",
      gap=0, unless="game|games|film|book|lesson|assembly|video|lol|haha|joking|banter"),
    P("en.fear.angry_then_scared", "fear",
      "angry|shouts|shouting|shouted|screams|screaming|yells|yelling|drunk|mad|rages|raging|temper|smashes"
      "|smashing|smashed|breaks things|punches walls|punched the wall|punches the wall",
      "scared|frightened|afraid|terrified|hide|hiding|cry|crying|shaking|shake", gap=4),
    P("en.fear.scary_person", "fear",
      PERSON,
      "scary|violent|abusive|aggressive|dangerous|scares me|frightens me|terrifies me|makes me scared"
      "|makes me feel scared|makes me feel unsafe", gap=3, unless="halloween|costume|film|game|mask"),

    # --- threats ----------------------------------------------------------------------------------
    P("en.threats.will_harm", "threats",
      "will|would|going to|threatened to|threatens to|threaten to|threatening to|tried to|try to|tries to"
      "|wants to|want to|promised to|swore to|gonna",
      "~kill|kil|murder|stab|shoot|strangle|hurt|hit|beat|batter|smash|slap|punch|burn|drown|choke|break"
      "|beat up|kick|knock|cut|attack|bash|finish",
      "me|us|mum|my mum|you|my family|my sister|my brother|my dog|her|him|them|my cat|everyone|my arm|my legs"
      "|my neck|my face|my head|my nose", gap=1,
      unless=EN_GAMES + "|room|homework|mess|report|grades|detention|phone bill|late|forgot|lose|lost|broke"
                      "|broken|tidy|sees my|see my|finds my|fail|failed|exam|exams|test|maths|charger|takes my"
                      "|spill|spilt|spilled|find out|finds out|found out|lol|haha|lmao|jk", reach=7),
    P("en.threats.or_else", "threats",
      "said|says|told me|tells me|warned|warns|threatened|threatens",
      "or else|or he will|or she will|or they will|or i will|if i tell|if you tell|not to tell|never to tell"
      "|to keep quiet|to keep it quiet|to keep my mouth shut|to shut up or", gap=5, negatable=False),
    P("en.threats.words", "threats",
      "~threaten|threatens|threatened|threatening|threat|threats|blackmail*|extort*|sextort*", gap=0,
      unless="drill|bomb threat"),
    P("en.threats.weapon", "threats",
      PERSON + "|gang|older boys",
      "~knife|knives|gun|guns|blade|machete|weapon|weapons|axe", gap=4,
      unless="bread|cake|butter|cut the|cutting|cooking|kitchen|fork|toy|nerf|water gun|water|game|fortnite"
             "|minecraft|roblox|film|movie|lego|pumpkin|carving|camping|whittle|vegetables|veg"),
    P("en.threats.followed", "threats",
      "follow|follows|followed|following|stalk|stalks|stalked|stalking",
      "me home|me from school|me after school|me to school|me at night|me on the way|me outside|my house", gap=1,
      unless="insta|instagram|tiktok|snap|snapchat|twitter|youtube|online|back|account"),
    P("en.threats.exploited", "threats",
      "make me|makes me|made me|forced me|force me|forces me|told me to|tell me to|tells me to|asked me to"
      "|pay me to|paid me to|give me money to|gave me money to|ask me to|asks me to|asking me to|want me to"
      "|wants me to|wanted me to|get me to|gets me to|got me to|pays me to|forcing me to|making me",
      "sell|carry drugs|deliver|drugs|packages|package|parcel|parcels|weed|run lines|county lines|carry stuff"
      "|carry things|carry packages|hold stuff|hide stuff|keep stuff"
      "|go to other towns|steal|shoplift|nick stuff", gap=3,
      unless="homework|chores|shopping|cakes|raffle|school|groceries|luggage|suitcase|suitcases|upstairs"
             "|up the stairs|downstairs|washing|dishes|plates|logs|boxes|bags in|from the car|the car|newspapers"
             "|paper round|leaflets|cookies|biscuits|sweets|lemonade|church|charity|scouts|brownies|guides|cubs"
             "|car boot|ebay|vinted|old toys|my old"),
    P("en.threats.online_stranger", "threats",
      "someone online|a man online|man online|a man|an older man|a stranger|a grown up|an adult|older boy"
      "|older boys|older man|older men|someone i met online|a guy online|stranger|strangers|a guy|this guy"
      "|some guy|random guy|a random|some random|randoms|random people|someone i do not know"
      "|somebody i do not know|people i do not know|a man i do not know|a person i do not know|this man"
      "|some man|an old man|old man|grown man",
      "wants me to|wanted me to|keeps asking|keeps messaging|messages me|sent me pictures|sends me pictures"
      "|meet him|meet up|to meet|come to his|pictures of me|photos of me|my address|where i live"
      "|keep it secret|keep it a secret|wants pictures|keeps adding me|keep adding me|sending messages"
      "|sending me messages|sends me messages|keeps sending me|messaging me|messaged me"
      "|dming me|dmed me|dms me|texting me|texted me|keeps texting|keeps calling me|keeps following me online",
      gap=3, unless="in my class|from my class|in my year|in my form|at my school|from my school|from school"
                    "|i like|i fancy|my crush|at football|from football|at training|at the club|at my club"
                    "|in my team|on my team|at scouts"),
    # personal details asked for online: address, school, age, number, other apps
    P("en.threats.online_personal", "threats",
      EN_ONLINE,
      "my address|where i live|what school|which school|where i go to school|how old i am|how old i was"
      "|asked my age|asks my age|asking my age|my number|my phone number|my real name|my full name|my surname"
      "|asked for my location|asking for my location|asks for my location|wants my location|asked where i am"
      "|asking where i am|asks where i am|for my snapchat|for my snap|for my insta|for my instagram"
      "|for my whatsapp|for my discord|for my tiktok|for my facebook|wants my snapchat|wants my snap"
      "|wants my insta|wanted my snapchat|asking me to add|asked me to add|asks me to add|keeps asking me to add"
      "|wants me to add"
      "|add him on|add them on|add her on", gap=3, unless=EN_ONLINE_FRIENDS),
    # sextortion: pictures shared, posted or sent on unless the child pays or sends more
    P("en.threats.sextortion", "threats",
      EN_WILL,
      "~share|shares|post|posts|leak|leaks|send|sends|show|shows|expose|upload|uploads|spread|sell|forward|put",
      "my pictures|my nudes|my videos|my video|pictures of me|videos of me|nudes of me|my private pictures"
      "|my picture|our chats|our messages|my body", gap=1, unless=EN_NOT_SEXTORTION),
    P("en.threats.sextortion_spread", "threats",
      EN_WILL,
      "~share|shares|post|posts|leak|leaks|send|sends|show|shows|expose|upload|uploads|spread|forward|put",
      "the pictures|the videos|the nudes|the picture|the video|them|it|the screenshots|screenshots|everything",
      "to everyone|to everybody|to all my|to my friends|to my mum|to my dad|to my parents|to my family"
      "|to my school|to the school|to people|online|everywhere|on snapchat|on insta|on instagram|on tiktok"
      "|on the internet|on facebook", gap=1, unless=EN_NOT_SEXTORTION),
    P("en.threats.sextortion_pay", "threats",
      "pictures|nudes|videos|video|picture",
      "wants money|want money|wanted money|asking for money|asked for money|asks for money|pay him|pay them"
      "|pay her|give him money|give them money|money or|or he will|or they will|or she will|send more"
      "|more pictures|more nudes|or else", gap=3,
      unless="drawing|drawings|art|painting|sell|sold|selling|school|photographer|photography|prints|frame"),
    # criminal exploitation, county lines: gifts, a phone, debts, errands for older people
    P("en.threats.exploitation_gifts", "threats",
      "older boys|older boy|older lads|older lad|older kids|older guys|older men|olders|the olders|a gang"
      "|the gang|gang members|big boys|some lads|these lads|some boys|these boys|some men|these men|dealers"
      "|a dealer",
      "give me|gave me|gives me|giving me|buy me|bought me|buys me|buying me|pay me|paid me|pays me|got me"
      "|get me|gets me|offered me|offer me|offers me",
      "free stuff|free things|stuff|things|money|cash|new trainers|trainers|clothes|designer|food|phones|a phone"
      "|weed|vapes|drugs|a lift|lifts|presents|gifts|nice things", gap=2,
      unless="football|school|birthday|christmas|tips|advice|lesson|sweets"),
    P("en.threats.exploitation_phone", "threats",
      "a man|man|a guy|guy|some man|some guy|older boys|older boy|older lads|older lad|older kids|olders"
      "|the olders|a stranger|stranger|strangers|a gang|gang|these lads|some lads|these boys|some boys|they"
      "|them|a lad|dealer|dealers",
      "gave me a phone|give me a phone|gives me a phone|given me a phone|handed me a phone|gave me a new phone"
      "|gave me a second phone|gave me another phone|gave me a burner|give me phones|gave me phones"
      "|gave me a sim|gave me a sim card|gave me another sim", gap=1,
      unless="birthday|christmas|present|for school|old phone|his old|her old|their old|shop|repaired|fixed"
             "|when i|if i|parents|mum|dad|nan|grandad|grandma|auntie|uncle|santa"),
    P("en.threats.exploitation_for_them", "threats",
      "have to|had to|has to|got to|make me|makes me|made me|forced to|forced me to|forces me to|tell me to"
      "|tells me to|told me to|asked me to|ask me to|asks me to|want me to|wants me to|get me to|gets me to"
      "|pay me to|pays me to|paid me to",
      "~sell|deliver|carry|drop|hold|hide|stash|move|run|keep",
      "for them|for the older|for older|for these|for a gang|for the gang|for some older|for the olders"
      "|for the lads|for some lads|for the boys|for some boys|for a man|for this man|for some man", gap=2,
      unless="shopping|nan|grandad|grandma|grandpa|granny|teacher|school|homework|chores|birthday|charity"
             "|raffle|cakes|cookies|car boot"),
    P("en.threats.exploitation_debt", "threats",
      "owe them|owe him|owe these|owe the older|owe the lads|owe a man|in debt to|owes them|owe the gang",
      "have to|got to|so i|make me|makes me|they said|he said|or they|or he|or else|keep|work it off"
      "|pay it back|pay it off|sell|deliver|carry|hurt|beat|they will|he will", gap=3,
      unless="birthday|card|thank you|apology|sorry|favour|favor|visit|sweets|chocolate|lunch|dinner"),
    P("en.threats.exploitation_travel", "threats",
      "send me|sends me|sent me|sending me|take me|takes me|took me|taking me|drive me|drives me|drove me"
      "|make me go|makes me go|made me go|have to go|had to go|got to go|make me get|makes me get|made me get"
      "|got sent|get sent|gets sent|was sent|been sent|getting sent",
      "to other towns|to other cities|to different towns|to different cities|to another town|to another city"
      "|out of town|to other areas|on trains|to a flat|to a trap house|to houses i do not know"
      "|to a house i do not know|to strangers houses", gap=1,
      unless="holiday|nan|grandad|grandma|grandpa|granny|auntie|uncle|cousins|school trip|trip|football"
             "|match|tournament|competition|camp|visit|hospital|uni|university|shopping|zoo|beach|seaside"
             "|swimming|gymnastics|dance"),
    P("en.threats.exploitation_words", "threats",
      "~county lines|county line|trap house|trap phone|burner phone|going country|go country|went country"
      "|gone country|cuckooing|cuckooed|running lines|run lines|running a line|run a line|drug runner"
      "|drugs runner|drug running|deal drugs|dealing drugs|sell drugs|selling drugs|sold drugs|carry drugs"
      "|carrying drugs|hold drugs|holding drugs|hide drugs|hiding drugs|stash drugs|drop off drugs",
      gap=0, unless="lesson|pshe|film|documentary|assembly|programme|tv|news|game"),

    # --- asking for help --------------------------------------------------------------------------
    P("en.help.alone", "help",
      "help|help help|help help help|sos|help me|help me please|please help|please help me|help please|someone help"
      "|somebody help", gap=0, whole=True),
    P("en.help.scared", "help",
      "help|please|help me|someone|somebody",
      "i am scared|i am so scared|i am really scared|i am frightened|i am terrified|i am in danger|i am not safe"
      "|i am so frightened|i am really frightened", gap=1,
      unless="spider|spiders|dark|film|movie|test|exam|dentist|jab|injection|wasp|wasps|clown|clowns|ghost"
             "|heights|dog|dogs|horror|scary"),
    P("en.help.ask", "help",
      "~help me|help please|please help|need help|needs help|need some help|need your help"
      "|need someone to help|someone help|somebody help|anyone help|anybody help|get me help|get me out|save me"
      "|rescue me|sos|help help|need someone to talk to|need to talk to someone|get help|send help|call the police"
      "|call police|phone the police|ring the police|call 999|ring 999|phone 999|call my social worker"
      "|phone my social worker|ring my social worker|need my social worker|get my social worker", gap=0,
      unless="with|homework|maths|math|spelling|reading|writing|english|science|level|game|find|finding|choose"
             "|choosing|decide|deciding|pick|picking|tidy|tidying|cook|cooking|bake|baking|build|building|fix"
             "|fixing|make|making|understand|learn|learning|revise|revision|practise|practice|project|form|forms"
             "|filling|fill|carry|move|moving|wrap|plan|write|spell|how to|remember|search|look for|looking for"
             "|work out|sort out|set up|shopping|bags|roblox|minecraft|fortnite|boss|song|lyrics|film|save me a"
             "|save me some|save me the|save me my"),

    # --- domestic abuse between adults ------------------------------------------------------------
    P("en.domestic_abuse.control", "domestic_abuse",
      "~controls|controlling|controlled|control",
      "all the money|the money|my money|my bank|my card|my phone|everything i do|everything|what i wear"
      "|what i eat|where i go|who i see|who i talk to|my life|me", gap=2,
      unless="remote|tv|game|controller|xbox|playstation|heating|thermostat|car|drone|robot|class|behaviour"
             "|temper|anger|breathing|diabetes|asthma|pain|bladder|self control|myself|himself|herself|i control"
             "|i am in control|i do the|i look after the"),
    P("en.domestic_abuse.not_let", "domestic_abuse",
      "he|she|partner|husband|wife|boyfriend|girlfriend|ex|him",
      "will not let me|does not let me|never lets me|would not let me|did not let me|not allowed|stops me"
      "|stopped me|will not allow me|does not allow me",
      "leave|see my friends|see my family|see friends|see family|go out without|have money|have my own money"
      "|have any money|spend money|spend any money|my own money|my wages|my bank card|my card|have a job|get a job"
      "|have a phone|use my phone|talk to anyone|talk to my|go anywhere|go to work|work|out of his sight"
      "|out of the house|leave the house|go out|see anyone|see my mum|call anyone|ring anyone|phone anyone"
      "|go to the doctor|sleep", gap=1, negatable=False,
      unless="homework|game|xbox|playstation|console|tv|remote|room|tidy|car|drive|driving|bed|bedtime"),
    P("en.domestic_abuse.isolates", "domestic_abuse",
      "~isolates me|isolated me|isolating me|cuts me off from|cut me off from|keeps me away from|kept me away from"
      "|stops me seeing|stopped me seeing|stops me from seeing|stopped me from seeing|stop me seeing"
      "|stop me from seeing|will not let me see|does not let me see|never lets me see", gap=0,
      unless="germs|covid|ill|sick|virus|flu|chickenpox|grounded|homework"),
    P("en.domestic_abuse.threat_children", "domestic_abuse",
      "threatens to|threatened to|threatening to|he will|he is going to|says he will|said he would|says he would"
      "|she will|she is going to|says she will|said she would|going to|or he will|or she will|if i leave he",
      "~take the kids|take the children|take my kids|take my children|take the baby|take my baby|take them away"
      "|take the kids away|take the children away|take them off me|never see them again|never see the kids"
      "|get the kids taken|have the kids taken|get them taken|report me", gap=3,
      unless="park|school|swimming|cinema|shops|nan|grandma|grandad|football|beach|zoo|party|dentist|doctor"
             "|club|for a walk|to the|to see|holiday|weekend|saturday|sunday|contact|his turn|her turn|bath|bed"),
    P("en.domestic_abuse.watches", "domestic_abuse",
      "he|she|partner|husband|wife|boyfriend|girlfriend|ex|they",
      "checks my phone|check my phone|goes through my phone|go through my phone|reads my messages|read my messages"
      "|tracks my phone|tracks my location|tracks me|tracks where i|put a tracker|takes my bank card|took my bank card"
      "|keeps my bank card|has my bank card|takes my wages|took my wages|takes my benefits|takes all my money"
      "|took all my money|smashed my phone|smashes my phone|took my keys|takes my keys|locks me out|locked me out",
      gap=2, unless="game|accident|accidentally|dropped|by mistake|roblox|account|ipad"),

    # --- running away -----------------------------------------------------------------------------
    P("en.running_away.run", "running_away",
      "~run away|running away|ran away|runaway|runs away|runnin away|runing away",
      gap=0,
      unless="goose|geese|dog|dogs|bees|bee|wasp|wasps|spider|spiders|monster|zombie|zombies|ghost|tag|tig"
             "|game|chased|chasing|sheep|cow|cows|horse|swan|ball|bull|tickle|playground|playing|story|book|film"
             "|circus|lol"),
    P("en.running_away.run_off", "running_away",
      "run off|running off|ran off|runs off", "from home|from my house|from mum|from dad|and never|forever|tonight"
      "|for good|from here|from this house", gap=2),
    P("en.running_away.never_back", "running_away",
      "never going back home|never going home|not going back home|not going home ever|never coming back"
      "|not coming back|never come back|never go home|never go back home|leave home|leaving home|left home",
      gap=0, negatable=False, unless="school|bus|oclock|o clock|morning|for school|university|uni"),
    P("en.running_away.nowhere", "running_away",
      "nowhere to sleep|nowhere to live|nowhere safe|no where to sleep|nowhere to stay|no where to stay"
      "|nowhere to go tonight|no home to go to", gap=0),
    P("en.running_away.sleep_out", "running_away",
      "sleep|sleeping|slept|sleeps|stay|staying|stayed|live|living",
      "on the street|on the streets|in the park|rough|with a stranger|at a stranger|with someone i met online"
      "|with a man i met|with people i do not know|in a stranger", gap=2,
      unless="camping|tent|till|until|picnic|festival"),

    # --- second round (issue 11): kinds of meaning that held-out text showed were thin ------------
    # a child hurt, in a parent's words: rough handling, and marks seen after a visit
    P("en.violence.rough_with", "violence",
      "~rough with|too rough with|heavy handed with|hard on|shakes|shook|shaken|throws|threw|squeezed|squeezes",
      EN_VICTIM, gap=1,
      unless=EN_GAMES + "|toys|toy|hard on himself|hard on herself|hard on myself|hands|hand|dice|bottle|salt|head"),
    P("en.violence.marks_seen", "violence",
      "~bruise|bruises|bruised|bruising|black eye|marks|a mark|burn marks|burns|cigarette burns|welts|scratches"
      "|finger marks|hand print|handprint|red marks",
      "on his|on her|on my|on the baby|on their|all over|up his|up her|up my|on him|on them|on me|across his"
      "|across her|across my|round his|round her|round my", gap=2,
      unless=EN_ACCIDENT + "|pen|felt tip|paint|marker|test|exam|full marks|good marks|high marks|top marks"
                           "|birthmark|mud|bumped|bump|banged|climbing|tree|trees|football|cat|kitten|dog|puppy"),
    P("en.violence.came_back_marked", "violence",
      "came back|comes back|come back|came home|comes home|come home|picked him up|picked her up|collected",
      "~bruise|bruises|bruised|black eye|marks|a mark|burns|injuries|injury|cuts|hand print|handprint", gap=6,
      unless=EN_ACCIDENT + "|pen|felt tip|paint|test|exam|full marks|good marks|marks on his test|marks in"
                           "|bumped|bump|banged|climbing|tree|park"),
    P("en.violence.left_marks", "violence",
      "~left|leaves|leaving|leave|gave|gives|give", "a mark|marks|a bruise|bruises|a black eye|welts|burns",
      gap=2, unless=EN_ACCIDENT + "|pen|felt tip|paint|test|exam|good|full|top|high|review|comments"),

    # wanting to die, in words that do not say die
    P("en.self_harm.done_with_life", "self_harm",
      "done with|tired of|sick of|fed up of|fed up with|finished with|had enough of|over|exhausted by",
      "life|living|being alive|existing|this life|my life|being here|it all|everything and everyone", gap=1,
      unless="school|homework|revision|exams|game|level|job|work|boyfriend|girlfriend|him|her|diet|social media"),
    P("en.self_harm.no_point_going_on", "self_harm",
      "no|not see|not see any|what is the|what is|is there any|there is no|lost the|cannot see the|can not see the"
      "|not any",
      "point|reason|purpose",
      "of going on|in going on|going on|carrying on|in carrying on|of carrying on|of living|in living|living"
      "|to live|to go on|to carry on|of me being here|in me being here|of being here|in being here|of being alive"
      "|in being alive|being alive|waking up|in waking up|to wake up|of life|in life|in anything anymore"
      "|anymore|any more", gap=2, negatable=False,
      unless="school|homework|revision|game|level|match|trying to explain|arguing|asking|telling|going on about"),
    P("en.self_harm.method_thought", "self_harm",
      "thought about|thinking about|think about|thinking of|thought of|want to|wanted to|going to|might|tempted to"
      "|urge to|felt like|feel like|planning to|plan to|keep thinking about|imagine|imagined",
      "~driving into|drive into|drive off|crash the car|crashing the car|step in front of|stepping in front of"
      "|jump in front of|jumping in front of|walk into the sea|walking into the sea|under a train|under a bus"
      "|off a bridge|off the bridge|off a roof|off the roof|off a building|off a cliff|hang myself|hanging myself"
      "|drown myself|drowning myself|take all my|take all the|swallow all|overdose|od|slit|slitting", gap=2,
      unless="game|film|movie|lesson|driving lesson|driving test|pool|swimming|sea life|river trip"),
    P("en.self_harm.stockpile", "self_harm",
      "~stockpile|stockpiled|stockpiling|hoarding|hoarded|saving up|saved up|been saving|collecting|collected"
      "|hiding|hidden|stashing|stashed|keeping",
      "pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills|my meds|my pills"
      "|my tablets|my medication|blades|razor blades|razors", gap=2,
      unless="doctor|pharmacy|chemist|locked|lock|safe|away from|out of reach|high shelf|box|dosette"),

    # online grooming and sextortion: an older person's gifts and claims, and asking for pictures of a child
    P("en.sexual.older_gifts", "sexual",
      "~older guy|older man|older boy|older lad|older bloke|grown man|adult man|old man|older men|older guys"
      "|older lads|older boys|older person|man|guy|bloke|adult",
      "says he is my boyfriend|says he is my girlfriend|wants to be my boyfriend|is my boyfriend|my boyfriend"
      "|sends me money|gives me money|buys me|sends me gifts|sends me presents|sent me money|gave me money"
      "|bought me|gift cards|robux|vbucks|v bucks|says he loves me|said he loves me|loves me|says i am mature"
      "|wants to meet|wants to meet me|keep it secret|not to tell", gap=8,
      unless=EN_ONLINE_FRIENDS + "|uncle|grandad|nan|dad|stepdad|brother|cousin|neighbour said hi|shop|shopkeeper"
                                 "|teacher|coach|ice cream|bus|church|mosque"),
    P("en.sexual.asked_for_images", "sexual",
      "~wants me to|want me to|wanted me to|asks me to|asked me to|asking me to|keeps asking me to|kept asking me to"
      "|told me to|tells me to|makes me|made me|trying to get me to|tried to get me to|begging me to|begged me to"
      "|pressuring me to|pressured me to|pressure me to|forcing me to|forced me to|keeps on at me to|on at me to",
      "send|share|take|post|film|record|make|do",
      "videos of me|pictures of me|pics of me|photos of me|selfies of me|video of me|picture of me|pic of me"
      "|photo of me|videos of myself|pictures of myself|pics of myself|photos of myself|nudes|nude|naked"
      "|in my underwear|in my bra|in my pants|with no clothes|without clothes|topless|sexy|private pictures"
      "|private pics|private photos|videos|pictures|pics|photos", gap=2,
      unless="nan|grandad|grandma|aunt|auntie|uncle|mum|dad|holiday|beach|school|party|birthday|homework|project"
             "|teacher|dog|cat|pet|cake|drawing|art|passport|form|id|friends|friend|my mate|class"),

    # criminal exploitation: made to carry, hold, sell or deliver; debts; going missing; gangs
    P("en.threats.made_to_carry", "threats",
      "have to|had to|got to|make me|made me|makes me|told to|told me to|send me to|sends me to|sent me to"
      "|send me|sends me|sent me|forced to|force me to|forced me to|forces me to|want me to|wants me to"
      "|asked me to|got told to|being used to|is being used to|are using me to|using me to|using him to"
      "|using her to|use me to|used me to|get me to|got me to|paid me to|pay me to|pays me to|get paid to"
      "|getting paid to|got paid to|paid to",
      "take|carry|deliver|drop off|drop|move|hold|stash|hide|keep|sell|run|bring|pick up|collect|transport|look after",
      "packages|parcels|bags|drugs|stuff|a package|a parcel|a bag|gear|weed|a knife|knives|a gun|guns|money"
      "|cash|phones|a phone|things|the stuff|the gear|their stuff|his stuff|bits|food|coke|crack|pills|sim cards"
      "|their knife|his knife|their gun|his gun|the knife|knife|blade|a blade|their bag|their phone|their drugs",
      gap=2, negatable=False,
      unless="for school|shopping|the shopping|for mum|for my mum|for nan|homework|paper round|job|delivery driver"
             "|post office|amazon|charity|cake sale|bake sale|lunch|pe kit|p e|teacher|club|bins|bin|dog|dogs|books"
             "|library|recycling|leaflets|newspapers|my bag|school bag|football|kit|cousin|neighbour"),
    P("en.threats.drug_errands", "threats",
      "take|carry|deliver|drop off|move|hold|stash|hide|sell|run|bring",
      "packages|parcels|bags|drugs|stuff|gear|weed|a knife|knives|a gun|guns|cash|phones",
      "to another town|to another city|to other towns|out of town|to a flat|for them|for him|for older|for some"
      "|for the older|for these|for a gang|for the gang|for lads|for older boys|for a man|for men", gap=2,
      negatable=False,
      unless="for school|shopping|mum|nan|homework|paper round|job|charity|cake sale|bake sale|teacher|club"
             "|neighbour|cousin|leaflets"),
    P("en.threats.debt", "threats",
      "~owe them|owe him|owe these|owe some|in debt to|debt to|owe the|owe money|owe a debt|pay back a debt"
      "|pay off a debt|work off|pay it back|pay them back|pay him back|a debt",
      "now|or|or else|and they|and he|so i have to|so i|money|said|say|will hurt|have to work|have to|by|trainers"
      "|hurt|kill|beat|stab|family|for|quid|pounds|grand|hundred|thousand|k", gap=4,
      unless="apology|sorry|thank you|thanks|favour|fiver|tenner|a drink|a coffee|lunch|my mate|my friend"
             "|nan|mum|dad|sister|brother|bank|student loan|mortgage|rent|council|homework|essay"),
    P("en.threats.gift_debt", "threats",
      "gave me|give me|gives me|bought me|buys me|buy me|got me|gets me|sent me|lent me|lend me",
      "~now i owe|i owe them|i owe him|i owe her|so i owe|and i owe|in their debt|in his debt|i have to pay it back"
      "|have to pay them back|have to pay him back|have to work it off|want it back|want paying back", gap=6,
      unless="fiver|tenner|birthday|christmas|favour|thanks|lift|drink|lunch|pint|coffee|sweets|nan|mum|dad|mate"
             "|friend|sister|brother|cousin"),
    P("en.threats.going_missing", "threats",
      "~going missing|goes missing|went missing|go missing|been missing|keeps disappearing|disappears|disappeared"
      "|missing for|gone missing",
      "comes back|coming back|came back|come back|new clothes|cash|money|trainers|phone|phones|for days|overnight"
      "|all night|at night|nights|hours|again|police|with older|with men", gap=6,
      unless="dog|cat|keys|socks|homework|shoes|remote|charger|sock|glasses|lunchbox|tv|film|book|game|puppy"
             "|kitten|hamster|rabbit|tortoise|from my purse|from my room|stuff from"),
    P("en.threats.gang", "threats",
      "~gang|gangs|gang members|gang member|drug dealers|dealers|a dealer|trap house|trap line|trapping",
      gap=0,
      unless="film|game|tv|show|book|lego|gang of friends|our gang|my gang|play|pretend|gang show|gangster film"
             "|gta|video|song|rap|drama|series|documentary|episode|club|crew|squad|gang of us|whole gang|lol"),
    P("en.threats.dealing", "threats",
      "~dealing|deals|deal|selling|sells|running|runs|carrying|moving",
      "drugs|weed|coke|crack|for a gang|for the gang|for gangs|for older|for them|for some older|for dealers",
      gap=1, unless="card|cards|game|fifa|pokemon|shop|sweets|cakes|tickets"),
    P("en.threats.taken_away", "threats",
      "took me|take me|taken|takes me|drove me|driven|sent me|send me|moved me|move me|took him|took her|takes him"
      "|takes her",
      "to a flat|to a house|to another city|to another town|to a city|to a hotel|out of town|to a trap house"
      "|to some flat|to someones flat|to a mans flat|to a man s flat|to a strange house",
      "made me|make me|kept me|keep me|stay|sell|to sell|to work|and left|have to|had to|locked|not allowed|and",
      gap=4,
      unless="holiday|trip|school|nan|grandma|grandad|family|visit|football|match|concert|cinema|shopping|my dad"
             "|my mum|birthday|party|caravan|cousin|auntie|uncle"),

    # being left alone: nobody came back, no adult here, gone away without the children
    P("en.neglect.not_come_back", "neglect",
      PERSON + "|parents|my parents|nobody",
      "~not come back|not came back|never came back|not come home|not came home|never came home|never come home"
      "|not been home|not been back|not returned|still not back|still out|not home yet|not back yet|not back"
      "|did not come back|did not come home|not come in|gone since|been gone|been out|not seen her since"
      "|not seen him since|not seen them since",
      "last night|since|yesterday|all night|for days|days|in days|for hours|overnight|all weekend|this morning"
      "|and it is late|and it is dark|and i am scared|and i am hungry|and i am on my own|for two days|for ages|and"
      "|friday|monday|tuesday|wednesday|thursday|saturday|sunday|last week|the weekend|this week",
      gap=4, negatable=False,
      unless="from work yet|shop|shops|holiday|from the shop|work|gym|football|school trip|trip|hospital|prison"
             "|army|navy|uni|university|the cat|the dog|our cat|our dog|with nan|at nans"),
    P("en.neglect.went_and_not_back", "neglect",
      PERSON + "|parents|my parents",
      "went out|went to|gone to|gone out|left|went off|went away|went on|goes out|goes to|go out",
      "~still not back|not back yet|still not home|not come back|not came back|never came back|not come home"
      "|never came home|not been back|not been home|still out|not seen since|not heard from", gap=6,
      negatable=False,
      unless="shop|shops|work|gym|school|hospital|for a bit|for an hour|five minutes|ten minutes|holiday|with nan"
             "|with dad|with mum|with my|yet|lol"),
    P("en.neglect.not_come_back_alone", "neglect",
      "home alone|on my own|by myself|alone|on our own|by ourselves",
      PERSON + "|parents|my parents|nobody",
      "~not come back|not came back|never came back|not come home|not came home|never came home|not been home"
      "|not back|still not back|still out|gone out|went out|is out|are out|not here|left", gap=4, negatable=False,
      unless="shop|shops|work|gym|for a bit|for an hour|for ten minutes|five minutes|next door|film|lol"),
    P("en.neglect.alone_with_children", "neglect",
      "home alone|on my own|by myself|alone|left alone",
      "~with my baby brother|with my baby sister|with my little brother|with my little sister|with the baby"
      "|with my brothers|with my sisters|with my siblings|with the little ones|with my baby|with the kids",
      gap=2),
    P("en.neglect.goes_out_leaves", "neglect",
      PERSON + "|parents|my parents",
      "goes out|go out|went out|going out|gone out|is out|are out|go away|goes away|went away|gone away"
      "|go on holiday|went on holiday|gone on holiday|go abroad|went abroad|takes her out|take her out|took her out"
      "|takes him out|took him out|takes them out",
      "~and leaves us|and leaves me|and left us|and left me|leaves us|leaves me|leaving us|leaving me|and leave us"
      "|and leave me|left us|left me|without us|without me|and left my|and leaves my|they leave me|they leave us"
      "|they left me|they left us", gap=4,
      unless="with nan|at nans|with grandma|with grandad|with my nan|with dad|with mum|with my dad|with my mum"
             "|with auntie|with my auntie|with a babysitter|babysitter|with my uncle|with our neighbour|friend"
             "|at camp|at school|in charge|note|money for pizza|sleepover"),
    P("en.neglect.no_adults", "neglect",
      "~no adults|no adult|no grown ups|no grown up|no grownups|no parents|nobody has been home|nobody been home"
      "|nobody is home|nobody home|nobody here|nobody is here|nobody in the house|nobody at home|no one home",
      "here|home|at home|in the house|since|for|to look after|looking after|to help|and|all|tonight|again|days",
      gap=1, negatable=False,
      unless="at school|party|club|film|game|sleepover|lol|so we can|so i can|so we|so i|free house|yes|yay"),
    P("en.neglect.left_passive", "neglect",
      "always|often|usually|keep getting|get|gets|getting|got|was|were|am|are|been|is|every night|every day"
      "|most nights|most days|all the time",
      "~left by myself|left on my own|left alone|left home alone|left by ourselves|left on our own|left at home"
      "|left behind|left in the house|left in the car|left with nobody", gap=1,
      unless="want|wants|wish|please|just|to be left|wanted|like|prefer|rather|leave me alone|be left|is not|am not"
             "|are not|was not|were not|never|label|page|line"),

    # no food, in more ways than "no food"
    P("en.neglect.only_food_at_school", "neglect",
      "only",
      "get food|eat|food i get|meal i get|meal i have|proper meal|meal|eat properly|get fed|get to eat|food"
      "|get a meal|get dinner|get a hot meal|hot meal|eat at|have food",
      "at school|school dinner|school dinners|school lunch|breakfast club|at nans|at my friends|food bank", gap=3,
      unless="because i like|cos i like|because i love|today|salad|healthy|vegetarian|vegan|diet"),
    P("en.neglect.bed_hungry", "neglect",
      "go|goes|going|went|gone|sent|send|sends|put|puts|get sent",
      "~to bed hungry|bed hungry|hungry to bed|to sleep hungry|to school hungry|school hungry|to bed starving"
      "|to school starving|without dinner|without tea|without food|without eating|with no dinner|with no tea"
      "|with no food|with nothing to eat|with an empty stomach|on an empty stomach", gap=2,
      unless="because i did not want|because i was not hungry|not hungry|ill|sick|poorly|tummy bug|fasting"
             "|ramadan|diet|once|naughty|punishment lol"),
    P("en.neglect.empty_fridge", "neglect",
      "~nothing in the fridge|nothing in the cupboards|nothing in the cupboard|nothing in the kitchen"
      "|fridge is empty|empty fridge|cupboards are empty|empty cupboards|cupboard is empty|no food in the fridge"
      "|no food in the house|no food at home|no food in the cupboards|nothing to eat in the house"
      "|nothing at home to eat|nothing in the house", gap=0,
      unless="except|but|apart from|cleaning|clean|shop|shopping|so we|so mum|so dad|going shopping|tesco|asda"
             "|new fridge|delivery|moving|defrosting|takeaway|chinese|pizza|to do|bored|fun|on tv|to watch"),
    P("en.neglect.hungry_nothing", "neglect",
      "~hungry|starving|starved|starve",
      "got nothing|have nothing|there is nothing|nothing in|nothing here|no food|nothing to eat|nothing at all"
      "|we got nothing|we have nothing|there is no food|nothing left|no money|nothing for", gap=4,
      unless="till|until|for tea|for dinner|what is for|lunch is|after|training|football|swimming"),
    P("en.neglect.cannot_feed", "neglect",
      "~can not|could not|struggling to|unable to|not able to|not enough money to|no money to|can not afford to"
      "|could not afford to|skip meals to|skipping meals to|going without to",
      "feed|feeding|afford food|buy food|get food|afford to feed|afford to eat|eat|make meals|give them food"
      "|put food on the table|afford dinner|afford the shopping|afford nappies|afford milk|afford formula", gap=1,
      negatable=False,
      unless="fussy|picky|won t eat|will not eat|cat|dog|fish|ducks|hamster|rabbit|pets|wait|anymore lol|too full"),

    # neglect of care
    P("en.neglect.drug_litter", "neglect",
      "~needles|syringes|syringe|crack pipe|pipes|foil|spoons|bongs|bong|baggies|wraps|empty bottles|cans|bottles",
      "on the floor|around|lying around|in the house|everywhere|in the bathroom|in my room|in the kitchen|left out"
      "|on the table|all over", gap=2,
      unless="sewing|knitting|doctor|hospital|vaccine|vaccination|diabetes|insulin|pine|christmas tree|recycling"
             "|party|after the party|bbq|barbecue|cooking|baking|kitchen foil|tin foil|compost|bin"),
    P("en.neglect.self_reliant", "neglect",
      "have to|had to|got to|always|every day|every morning|nobody|no one|by myself|on my own",
      "~get myself to school|get myself up|get myself ready|take myself to school|put myself to bed"
      "|feed myself|look after myself|get myself dressed|wash myself|get my brother ready|get my sister ready"
      "|take my brother to school|take my sister to school", gap=2,
      unless="sometimes|tomorrow|today|tonight|once|because mum is at work|at work|learning|learn|practise|practice"
             "|independent|i like|proud|big girl|big boy|can now|now i can|able to"),
    P("en.neglect.stays_in_bed", "neglect",
      PERSON,
      "~in bed all day|never gets up|never get up|not get up|not getting up|stays in bed|stay in bed|sleeps all day"
      "|sleep all day|asleep all day|in bed till|on the sofa all day|never gets out of bed|not get out of bed"
      "|passed out|asleep on the sofa", gap=3,
      unless="weekend|sunday|saturday|ill|poorly|sick|flu|covid|lie in|lazy|teenager|nights|night shift|work|shift"
             "|hospital|operation|surgery|broken|pregnant|baby|new baby|tired from|on holiday"),
    P("en.neglect.too_intoxicated", "neglect",
      "~drinking too much|drunk too much|drink too much|too drunk|too high|too out of it|too wasted|too hungover"
      "|using again|using drugs again|relapsed|back on the drink|back on drugs|back on the drugs|drinking again"
      "|been drinking|been using|was drinking|was using|drinking every day|drinking all day|using every day",
      "look after|care for|the kids|the children|the baby|my kids|my children|drive|pick up|school run|to cope"
      "|to parent|feed|wake up|get up|take them|take the kids|my son|my daughter", gap=4,
      unless="water|juice|tea|coffee|milk|smoothie|protein"),
    P("en.neglect.filthy_house", "neglect",
      "the house|our house|the flat|our flat|our home|my house|my home|the kitchen|my room|our room|the bathroom"
      "|the place|it",
      "~filthy|disgusting|minging|rank|stinks|infested|covered in|rubbish everywhere|mould|mouldy|rats|mice"
      "|cockroaches|dog mess|dog poo|poo everywhere|mess everywhere|full of rubbish|full of mould|damp and mould"
      "|bin bags|maggots|flies everywhere|smells of wee|smells of poo", gap=3,
      unless="after the party|after party|tidy|tidying|clean|cleaning|decorating|building work|builders|moving"
             "|painting|bedroom is a mess|lol|my fault|exterminator|pest control|landlord fixed|got rid"),
    P("en.neglect.mess_everywhere", "neglect",
      "~dog mess|dog poo|cat poo|cat mess|poo|rubbish|mould|needles|bin bags|sick|vomit|maggots",
      "everywhere|all over the floor|all over the house|on the floor|in every room|all over", gap=1,
      unless="park|beach|street|road|outside|field|pitch|school|on the pavement|on the path"),

    # scared to go home; asking to be fetched; locked in with no way out
    P("en.fear.dread_home", "fear",
      "~dreading|dread|dreads|too scared|too frightened|too afraid|terrified of|frightened of|scared of|afraid of",
      "going home|go home|go back|going back|to go back|to go home|getting home|get home|being home|home|back there"
      "|what is going to happen|what will happen|what happens|what he will do|what she will do|what they will do"
      "|what he is going to do|what she is going to do|what will he do|what will she do|when i get home"
      "|when he gets home|when she gets home|when he gets back|when dad gets home|when mum gets home", gap=2,
      unless="school|exam|exams|results|holiday|holidays|end of|term|trip|camp|work|dentist|doctor|test|match"
             "|half term|christmas"),
    P("en.help.come_get_me", "help",
      "need someone to|someone|somebody|please|pls|can you|can someone|can somebody|i need you to|i need you"
      "|need|help|you need to|can anyone|anyone",
      "~come get me|come and get me|come pick me up|get me out|take me away|come for me|rescue me|get me out of here"
      "|come and help me|come help me|take me out of here|get me away|come quick|come now|send someone", gap=3,
      unless="from school|from practice|from training|from football|from the party|at 5|at six|after|later"
             "|tomorrow|from the station|from town|lift|game|level|quest|from nans|from the cinema|from the park"),

    # shut in with no way out
    P("en.violence.no_way_out", "violence",
      "~locked|locks|lock|bolts|bolted|nailed|blocks|blocked|barricaded|takes the key|took the key|hides the key"
      "|hid the key|keeps the key|kept the key|chained|shut",
      "can not get out|can not leave|not get out|not escape|can not escape|not go out|not allowed out|not let me out"
      "|not let us out|will not let me out|no way out|trapped|stuck|can not open|can not get away|can not go out",
      gap=6,
      unless="game|escape room|level|account|phone|car|myself out|keys|by accident|accidentally|snow|snowed|storm"
             "|toilet at school|lift|elevator|minecraft|roblox|fortnite"),
    P("en.violence.stuck_in", "violence",
      "~stuck|trapped|locked|kept|shut|made to stay|have to stay|forced to stay|got to stay",
      "in my room|in the house|inside|in here|in the flat|in the cupboard|in the shed|in my bedroom|in the bathroom",
      "can not get out|can not leave|not allowed out|not let me out|can not go out|not allowed to leave|all day"
      "|all night|for days|for hours|all weekend|no food|no way out|and he|and she|and they|locked", gap=4,
      unless="rain|raining|snow|snowed|storm|covid|lockdown|ill|poorly|sick|grounded|homework|revision|game|gaming"
             "|level|lol|chickenpox|quarantine|isolating|by choice|because i want"),

    # domestic abuse: watched and controlled
    P("en.domestic_abuse.watched", "domestic_abuse",
      "he|she|partner|my partner|husband|my husband|wife|my wife|ex|my ex|boyfriend|my boyfriend|girlfriend"
      "|my girlfriend|they",
      "~checks my phone|check my phone|checking my phone|checked my phone|goes through my phone|went through my phone"
      "|reads my messages|read my messages|reading my messages|tracks me|tracks my|tracks where|=tracking me"
      "|=tracking my|=tracked me|tracker on|put a tracker|follows me|followed me|following me|watches where"
      "|watches everything|controls who|controls where|controls what|controls all|controls my|controls the money"
      "|controls everything|takes my money|took my money|takes my bank card|took my bank card|has my bank card"
      "|will not let me see|does not let me see|does not let me go|stops me seeing|stops me from seeing"
      "|stops me going|stopped me seeing|will not let me go out|will not let me leave|locks me in|locked me in"
      "|tracks where i go|knows where i am all the time|turns up|keeps turning up|kept turning up|turning up",
      gap=2, negatable=False,
      unless="mum|dad|my mum|my dad|parents|school|find my friends|for my safety|because i am|location sharing"
             "|we share|game|instagram|on instagram|on tiktok|on twitter|late|lol|with flowers|for dinner|on time"),
    # --- second round, second batch: more kinds of meaning ------------------------------------------
    P("en.neglect.money_on_drink", "neglect",
      "~spends|spent|spending|spend|blows|blew|wastes|wasted|uses|used|puts",
      "the food money|food money|money for food|our dinner money|the shopping money|the rent|the benefits"
      "|all the money|all our money|the money|our money|my money|the kids money|the electric money|her wages"
      "|his wages|the gas money",
      "on drink|on drugs|on booze|on alcohol|on weed|on beer|on vodka|on cider|on gambling|on bets|on the bookies"
      "|on scratch cards|on fags|on the pub|down the pub|on crack|on coke", gap=3),
    P("en.neglect.go_without_for_kids", "neglect",
      "~skip meals|skipping meals|skipped meals|go without food|going without food|go without meals|go without"
      "|going without|miss meals|missing meals|not eating|do not eat|starve myself",
      "so the kids|so my kids|so they|so the children|so my children|so the baby|for the kids|for my kids|to feed"
      "|so they can eat|so there is enough|so the little ones", gap=2, negatable=False,
      unless="diet|fasting|ramadan|lent|lose weight|healthy"),
    P("en.neglect.soiled", "neglect",
      "bed|sheets|mattress|nappy|nappies|clothes|pants|uniform|carpet|cot|the baby",
      "~soaked|soaking|covered in|stinks of|smells of|full of|wet with|caked in|crusty with",
      "wee|pee|poo|sick|piss|urine|vomit|poop", gap=2,
      unless="rain|puddle|sweat|paint|mud|dog|cat|puppy|kitten|accident last night|once"),
    P("en.neglect.nappy", "neglect",
      "~nappy|nappies", "not been changed|never changed|not changed|all day|for hours|overflowing|leaking|full|rash",
      gap=3, unless="cream|bought|buy|shop|need more|run out|ran out"),
    P("en.neglect.worn_out_clothes", "neglect",
      "have to wear|had to wear|only have|only got|always wear|always wearing|wear|wearing|only",
      "shoes|clothes|trainers|uniform|coat|socks|pants|jumper|shoes that",
      "~with holes|full of holes|falling apart|ripped|too small|worn out|that do not fit|that are too small"
      "|with no soles|broken|hand me downs|soaking", gap=4,
      unless="fashion|style|ripped jeans|jeans|on purpose|cool|trend|paint|costume|fancy dress|pe|football|muddy"),
    P("en.threats.forced_to_sell", "threats",
      "~forced to|being forced to|being made to|forcing me to|being used to|they force me to|force me to"
      "|pressured to|pressured into|forced into|made to|they make me|they made me|they are making me",
      "sell|deal|do runs|run drugs|carry drugs|sell drugs|go country|go cunch|shot|hold the line|run the line"
      "|run a line|move stuff|move drugs|deal drugs|sell weed|sell for them|work for them|do jobs for them", gap=0,
      negatable=False,
      unless="tickets|raffle|cakes|bike|car|house|sweets|clothes|vinted|ebay|my old|charity|cookies|biscuits|fair"),
    P("en.threats.arrested_away", "threats",
      "~arrested|picked up by police|found by police|stopped by police|stopped by the police|picked up by the police"
      "|found by the police|caught by police|caught by the police",
      "miles away|another town|another city|different town|different city|miles from home|out of area|in a flat"
      "|trap house|with drugs|with a knife|with cash|with lots of cash|with older men|with older boys|with a phone"
      "|with phones|in london|in birmingham|in manchester|in liverpool|on a train", gap=4),
    P("en.sexual.adult_age", "sexual",
      "~talking to|chatting to|chatting with|talking with|messaging|texting|speaking to|meeting|met|seeing"
      "|going out with|dating|snapchatting|facetiming|face timing|sleeping with|staying with|hanging out with"
      "|hanging around with|in a relationship with|with",
      "a|an|some|this|one",
      EN_ADULT_AGE, gap=1,
      unless="nan|grandma|grandad|mum|dad|auntie|uncle|teacher|doctor|nurse|coach|social worker|my mum|my dad"),
    P("en.sexual.adult_age_man", "sexual",
      "~talking to|chatting to|chatting with|talking with|messaging|texting|speaking to|meeting|met up with"
      "|going out with|dating|snapchatting|facetiming|sleeping with|staying with|hanging out with",
      EN_ADULT_AGE,
      "year old|years old|yr old|yo|man|guy|bloke|men|lad", gap=2,
      unless="nan|grandma|grandad|mum|dad|auntie|uncle|teacher|doctor|nurse|coach|social worker|my mum|my dad"),
    P("en.sexual.meet_secret", "sexual",
      "~meet|meet up|meet him|meet her|meet them|see him|come over|come round|pick me up|go to his",
      "not tell|not to tell|keep it secret|keep it a secret|our secret|do not tell|not say|a secret|delete"
      "|not let my|without telling|without my mum|without my dad|without my parents", gap=6, negatable=False,
      unless="surprise|party|birthday|present|christmas|mothers day|fathers day|gift"),
    P("en.self_harm.giving_up", "self_harm",
      "~giving up on|give up on|given up on|gave up on|giving up|given up",
      "everything|life|living|it all|myself|the world|all of it|on life|on everything|on myself|on living", gap=1,
      unless="homework|diet|chocolate|sugar|smoking|crisps|game|football|lent|piano|guitar"),
    P("en.self_harm.as_well_be_dead", "self_harm",
      "might as well|may as well|might aswell|may aswell|might just as well",
      "~be dead|die|kill myself|not be here|not exist|end it|be gone|disappear|not be alive|be six feet under",
      gap=1, unless="lol|haha|embarrassed|cringe|exam|test"),
    P("en.self_harm.disappear", "self_harm",
      "want to|wanna|just want to|wish i could|would like to|i could just|need to",
      "~disappear|vanish|not exist|stop existing|be gone|not be here anymore|never wake up|not wake up", gap=1,
      unless="for the weekend|for a day|for an hour|to a spa|holiday|beach|lol|from school|lesson|into my bed"
             "|under|duvet|covers|blanket|monday|mondays|into the floor|into the ground"
             "|under a rock|embarrass|embarrassed|cringe|for a bit|for a while|to my room|off grid|haha"),
    P("en.self_harm.better_without_me", "self_harm",
      "~deserve better than me|deserves better than me|deserve a better mum|deserve a better dad|deserve a better"
      "|better off without me|better without me|better off if i was gone|better off if i was not here"
      "|better off if i were gone|better off dead|better if i was dead|better if i was not here|a burden to"
      "|a burden on|such a burden|just a burden|nothing but a burden", gap=0,
      unless="team|teacher|coach|friend group lol|boyfriend|girlfriend|haha"),
    P("en.self_harm.planning", "self_harm",
      "~planning|plan|planned|thinking|thought|working out|decided|decide|figured out|researching|googling"
      "|looked up|looking up|searched|searching|written|wrote",
      "how to end it|how to end my life|how to kill myself|how to die|how i will do it|ways to die|ways to end it"
      "|how many pills|how to overdose|when to end it|the best way to die|how to hang|to end it|to end my life"
      "|to kill myself|how to do it without|a plan to die|my suicide|a suicide note|suicide note|my will", gap=2,
      unless="game|story|essay|book|film|character|project"),
    P("en.violence.throws_at", "violence",
      "~throws|threw|throwing|thrown|chucks|chucked|lobbed|hurls|hurled|launched",
      "things|stuff|plates|a plate|bottles|a bottle|glasses|a glass|cups|a cup|chairs|a chair|objects|shoes|a shoe"
      "|the remote|his phone|her phone|knives|a knife|a mug|mugs|furniture",
      "at me|at us|at the kids|at the children|at my|at her|at him|at them|at mum|at the baby|at my mum|at my head"
      "|at our", gap=2,
      unless="ball|snowball|water balloon|pillow|game|dodgeball|bin|recycling|party"),
    P("en.fear.home_panic", "fear",
      "~panic|panicky|anxious|anxiety|feel sick|dread|shaking|shake|start crying|cry|crying|nervous|worried"
      "|stressed|scared|sick",
      "when it is time to go home|time to go home|about going home|before going home|before i go home"
      "|when i have to go home|going back home|when he comes home|when dad comes home|when mum comes home"
      "|when he gets home|when she gets home|when my stepdad comes home|when i hear his car|when i hear the door"
      "|when i hear his key|when he walks in", gap=3,
      unless="holiday|trip|camp|party|end of|exam|results|report|parents evening|detention"),
    P("en.domestic_abuse.took_means", "domestic_abuse",
      "~took|takes|take|hides|hid|hidden|keeps|kept|locked away|smashed|broke",
      "my phone|my keys|my car keys|my passport|my bank card|my money|my purse|my wallet|my sim|my charger",
      "can not leave|can not go|can not get out|can not call|can not phone|can not ring|can not escape"
      "|can not see anyone|can not contact|can not tell|can not get help|no way to|trapped|stuck", gap=4,
      negatable=False,
      unless="teacher|school|class|lesson|detention|grounded|bedtime|homework|exam|confiscated|because i was on it"),
    # --- second round, third batch ------------------------------------------------------------------
    P("en.neglect.absent_nights", "neglect",
      PERSON + "|parents|my parents",
      "~not come home|does not come home|never comes home|never home|not home|stays out|stay out|stayed out|out"
      "|is out|goes out|at the pub|at her boyfriends|at his girlfriends|down the pub|at her mates|at his mates"
      "|away|sleeps at|stays at|not back",
      "most nights|every night|all night|some nights|for days|nights|every weekend|all weekend|till morning"
      "|till the morning|until the morning|overnight|half the week|most weekends", gap=3, negatable=False,
      unless="work|works|shift|shifts|nights at|hospital|nurse|carer|army|trucker|lorry|job|festival|holiday"),
    P("en.neglect.out_partying_alone", "neglect",
      "by myself|on my own|alone|home alone|by ourselves|on our own|leaves me|leaves us|left me|left us"
      "|leave me|leave us|look after|looking after|with nobody|no adults",
      "~to her boyfriends|to his girlfriends|at her boyfriends|at his girlfriends|to the pub|at the pub"
      "|down the pub|out drinking|out partying|clubbing|on a bender|to a party|at a party|raving|to the casino"
      "|to the bookies|to her mates|to his mates|out with her mates|out with his mates|out with friends", gap=8,
      unless="for an hour|for a bit|babysitter|nan|grandma|grandad|auntie|uncle|next door|neighbour|lol"),
    P("en.neglect.partying_then_alone", "neglect",
      "~to her boyfriends|to his girlfriends|at her boyfriends|at his girlfriends|to the pub|at the pub"
      "|down the pub|out drinking|out partying|clubbing|on a bender|to a party|at a party|raving|to the bookies",
      "by myself|on my own|alone|home alone|by ourselves|on our own|leaves me|leaves us|left me|left us"
      "|leave me|leave us|and leaves|and left|with nobody|no adults|in the flat|in the house|in the car", gap=8,
      unless="for an hour|for a bit|babysitter|nan|grandma|grandad|auntie|uncle|next door|neighbour|lol"),
    P("en.neglect.child_carer", "neglect",
      "~look after|looking after|feed|put to bed|babysit|mind|care for|take care of|get ready for school",
      "my brothers|my sisters|my brother|my sister|the kids|the baby|my siblings|the little ones"
      "|my little brother|my little sister|my baby brother|my baby sister|the babies|the others",
      "every night|all night|because mum|because dad|mum is out|dad is out|on my own|by myself|while mum is out"
      "|while dad is out|when mum is out|when dad is out|all weekend|every weekend|at the pub|nobody else"
      "|no one else|mum is drunk|dad is drunk|mum is asleep|mum is in bed|all the time|every day", gap=4,
      unless="at work|work|shift|sometimes|for an hour|for a bit|pocket money|help|helps|helping|once|today"),
    P("en.neglect.hunger_body", "neglect",
      "~hungry|starving|starved",
      "i feel sick|feel sick|feel dizzy|feel faint|fainted|it hurts|my tummy hurts|my stomach hurts|shaking"
      "|i could cry|can not sleep|can not concentrate|can not think|feel weak|head hurts|belly hurts", gap=3,
      unless="after football|after training|after swimming|after pe|could eat a horse|lol|haha|dinner is"),
    P("en.neglect.one_food", "neglect",
      "eat|eating|have|having|living on|live on|lived on|had|just|only",
      "cereal|toast|crisps|bread|noodles|sweets|biscuits|dry bread|plain pasta|super noodles|pot noodles",
      "for every meal|every meal|for a week|for days|all week|every day|because that is all|that is all there is"
      "|all there is|because there is nothing|nothing else|for breakfast lunch and dinner|for weeks", gap=4,
      unless="treat|as a treat|because i like|love|favourite|camping|holiday|diet|lol|haha"),
    P("en.neglect.medicine_withheld", "neglect",
      PERSON + "|nobody|no one",
      "~forgets to give me|forget to give me|forgot to give me|never gives me|does not give me|will not give me"
      "|stopped giving me|not given me|never remembers|forgets|forgot",
      "my medicine|my medication|my tablets|my inhaler|my insulin|my meds|my pills|my cream|medicine|medication"
      "|my injection|my epipen", gap=2, negatable=False,
      unless="once|sometimes|today|this morning|yesterday|so i|lol"),
    P("en.neglect.untreated", "neglect",
      "~nits|lice|head lice|rash|toothache|tooth ache|infection|ear ache|earache|sores|eczema|asthma|glasses",
      "nobody does anything|no one does anything|nobody takes me|no one takes me|nobody cares|not been treated"
      "|never been treated|for weeks|for months|no one notices|nobody notices|nobody helps|no one helps"
      "|never get treated|nobody does|no one does|nobody will|mum will not|dad will not|mum does not|dad does not",
      gap=6, negatable=False, unless="got better|better now|cream worked|doctor gave|went to the doctor|gp"),
    P("en.neglect.house_shame", "neglect",
      "house|home|flat|room|bedroom|our place|clothes|i",
      "~smells so bad|stinks so bad|smells|stinks|is so dirty|is disgusting|so dirty|so smelly|smelly|dirty",
      "can not bring friends|can not have friends|can not have anyone|embarrassed|ashamed|bullied|people say"
      "|kids say|everyone says|call me|calls me|laugh at me|laughs at me|no one will sit|nobody will sit", gap=6,
      unless="lol|haha|after football|after pe|socks|brothers socks|brother s socks"),
    P("en.neglect.no_uniform_school", "neglect",
      "no clean uniform|no uniform|no clean clothes|no shoes|no coat|no school shoes|no clean|nothing clean"
      "|dirty uniform|smelly uniform",
      "so i do not go to school|so i can not go to school|so i miss school|so i stay home|so i stay off"
      "|get told off|get detention|get bullied|get sent home|do not go to school|can not go to school", gap=4),
    P("en.help.stay_away_from_home", "help",
      "please can i stay|can i stay|let me stay|can i sleep|let me sleep|i want to stay|can i live|please let me stay",
      "at school|at yours|at your house|with you|here|at the office|in care|somewhere else|at my teachers"
      "|at the police station|at a foster",
      "tonight|overnight|instead|do not make me go|not go home|never go home|please|forever", gap=2,
      unless="friends|my friend|mum said|dad said|sleepover|nans|nan|party|my mate"),
    P("en.violence.lock_outside", "violence",
      "~lock|locks|bolt|bolts|latch|padlock|a lock|a bolt",
      "on my door from the outside|from the outside|on the outside|on the outside of my door|outside my door"
      "|on my bedroom door from|on the outside of my bedroom", gap=3),
    P("en.violence.kept_in_room", "violence",
      "~have to stay|must stay|made to stay|kept|not allowed out|have to stop|forced to stay|got to stay",
      "in my room|in my bedroom|upstairs|in the box room|in the attic|in the cellar|in the basement",
      "only come out|only allowed out|only let out|all day|all the time|except for school|apart from school"
      "|unless|until they say|till they say|for days|all weekend|every weekend|every day", gap=4,
      unless="grounded|homework|revision|revise|ill|covid|chickenpox|poorly|sick|flu|i like|i want"),
    P("en.threats.easy_money", "threats",
      "~earn money|make money|make some money|get paid|earn cash|quick money|easy money|make cash|earn some"
      "|make a lot of money|make loads of money",
      "if i|by|for|holding|carrying|keeping|delivering|looking after|hold|carry|keep|deliver|dropping|selling"
      "|drop|move|moving|running", gap=4,
      unless="job|paper round|chores|car wash|babysitting|lemonade|car boot|pocket money|washing cars|mowing"
             "|dog walking|tutoring|youtube|tiktok|vinted|ebay|shop|saturday job|part time"),
    P("en.threats.makes_us_run", "threats",
      "~makes us|made us|make us|making us|gets us to|got us to|send us|sends us|sent us|uses us to|used us to",
      "run|carry|deliver|sell|hold|hide|move|drop off|take",
      "stuff|drugs|bags|packages|parcels|weed|gear|cash|phones|for him|for them", gap=2,
      unless="shopping|school|football|laps|errands for mum|mum|nan|teacher|coach|pe|homework"),
    P("en.threats.lost_their_stuff", "threats",
      "~lost their stuff|lost the stuff|lost the drugs|lost the package|lost their drugs|lost the money"
      "|lost their money|got robbed|robbed of|lost his stuff|lost the bag|lost their bag|got taken off me",
      "owe|debt|in debt|now i owe|jumped|beat|hurt|pay|kill|stab|find me|after me|coming for me", gap=6),
    P("en.threats.driven_around", "threats",
      "guys|men|lads|boys|older boys|older lads|a man|some men|strangers|people i do not know|these|some|they"
      "|older guys",
      "~keep picking me up|keeps picking me up|picking me up|pick me up|picked me up|picks me up|drive me around"
      "|drives me around|driving me around|take me for drives|takes me for drives|wait for me outside"
      "|waiting for me outside|keep waiting for me|turn up at school",
      "in a car|in cars|in their car|in his car|in a van|in a blacked out|from school|outside school|after school",
      gap=3, unless="mum|dad|nan|grandad|auntie|uncle|taxi|bus|cousin|brother|sister|friends mum|lift|club|coach"),
    P("en.threats.if_i_talk", "threats",
      "if i talk|if i tell|if i say|if i speak|if i grass|if i snitch|if i say anything|if i go to the police"
      "|if i tell anyone|if i tell someone|if anyone finds out|if i report",
      "they will|he will|she will|they would|he would|they are going to|he is going to|she is going to|i will"
      "|they gonna|they can",
      "get|hurt|kill|come for|go after|find|do something to|burn|stab|take|shoot|beat|batter|get my|hurt my"
      "|kill my", gap=2, negatable=False,
      unless="detention|in class|lesson|teacher|grounded|phone|told off|in trouble|lol"),
    P("en.sexual.sending_to_stranger", "sexual",
      "~sending|sent|send|sends|sharing|shared",
      "photos|pictures|pics|videos|selfies|nudes|images",
      "to someone|to a man|to a boy|to a guy|to an adult|to a stranger|to people|to some man|to an older",
      "met on|met online|from online|on a game|on an app|she met|he met|does not know|never met|they met|online"
      "|on snapchat|on discord|on roblox|on instagram|on tiktok", gap=4),
    P("en.sexual.threat_to_share", "sexual",
      "~video call|video|pic|pics|photo|photos|picture|pictures|my body|naked|camera|facetime|showed|nudes",
      "he will|she will|they will|he is going to|she is going to|they are going to|he says he will"
      "|threatening to|threatened to|or he will|or they will|unless i",
      "tell everyone|show everyone|share|post|send it to|send them to|send to|put it online|put them online"
      "|show my|send it round|send them round|leak", gap=8, negatable=False,
      unless="nan|grandma|grandad|holiday|birthday|party|teacher|homework|project|drawing|art|school"),
    P("en.self_harm.taking_the_lot", "self_harm",
      "think about|thought about|thinking about|want to|going to|tempted|could|nearly|almost|tempted to|thought of",
      "~taking|take|swallowing|swallow|took|downing|down",
      "the lot|the whole lot|all of them|all my|the whole box|the whole packet|every pill|all the pills"
      "|all the tablets|everything in the cupboard|the whole bottle|all my meds|all my pills|all my tablets", gap=2,
      unless="shopping|bins|washing|sweets|biscuits|cake|crisps|chocolates|exams|test"),
    P("en.self_harm.cannot_keep_safe", "self_harm",
      "not think i can|can not|not sure i can|do not know if i can|do not know how to|not able to|struggling to"
      "|not sure if i can|no longer",
      "~keep myself safe|stay safe tonight|keep safe tonight|be safe tonight|keep myself alive|stay alive"
      "|keep going tonight|trust myself", gap=2, negatable=False,
      unless="online|on the road|crossing|swimming|on my bike|game|level"),
    P("en.violence.hands_round_neck", "violence",
      "hands|hand|fingers|arm|belt|rope|cord",
      "round his neck|round her neck|round my neck|around his neck|around her neck|around my neck|on his throat"
      "|on her throat|on my throat|round his throat|round her throat|round my throat|around my throat"
      "|around her throat|around his throat", gap=1,
      unless="scarf|necklace|chain|hug|hugged|medal|lanyard|tie"),
    P("en.violence.bit_child", "violence",
      "boyfriend|partner|husband|dad|stepdad|mum|ex|he|she|girlfriend|wife|stepmum|uncle|grandad|carer",
      "~bit|bites|bitten|biting|nipped|pinched|scratched",
      "the baby|my baby|my son|my daughter|the kids|my kids|him|her|the toddler|my toddler|my child|our baby"
      "|our son|our daughter|my little one|my boy|my girl", gap=1,
      unless="dog|cat|puppy|kitten|teething|joke|playing|lol|haha"),
    P("en.violence.urge_to_hurt_child", "violence",
      "feel like|urge to|want to|wanted to|could|tempted to|close to|nearly|almost|scared i will|afraid i will"
      "|worried i will|might",
      "~shaking her|shaking him|shake her|shake him|shake the baby|shaking the baby|hitting her|hitting him"
      "|hurting her|hurting him|hurting the baby|hit her|hit him|smacking her|smacking him|throwing her"
      "|throwing him|hurt the baby|hit the baby|smack the baby|shake them|hit them|hurt them", gap=1,
      unless="lol|haha|brother|sister|pillow|ball|game|mate|friend|cousin|teacher"),
    # --- second round, fourth batch -----------------------------------------------------------------
    P("en.neglect.away_in_charge", "neglect",
      "~going away|gone away|went away|goes away|away for|going out for|gone for",
      "i am in charge|in charge|on my own|by myself|alone|look after|looking after|left me|leaving me|left us"
      "|leaving us", gap=6,
      unless="nan|grandma|grandad|auntie|uncle|dad is|mum is|babysitter|camp|school trip|work trip|with dad"
             "|with mum|neighbour|next door|lol|of the class|of the team|of the game"),
    P("en.neglect.wake_to_empty", "neglect",
      "~wake up|woke up|come home|came home|get home|got home|get back from school|got back from school|woke",
      "nobody in the house|nobody here|nobody home|nobody is home|nobody is here|no one in the house|nobody there"
      "|the house is empty|house is empty|no one there|an empty house|nobody is there|no adults", gap=3,
      negatable=False, unless="surprise|party|hiding|lol|for a bit|for an hour|shop"),
    P("en.neglect.alone_since_day", "neglect",
      "home alone|by myself|on my own|alone|by ourselves|on our own",
      "~since sunday|since monday|since tuesday|since wednesday|since thursday|since friday|since saturday"
      "|since yesterday|since last night|since the weekend|for days|for two days|for 3 days|for three days"
      "|for 2 days|for a week|since christmas|for 2 nights|for two nights", gap=2),
    P("en.neglect.scared_to_ask_food", "neglect",
      "scared to|afraid to|frightened to|not allowed to|too scared to|dare not|not dare|get in trouble if i"
      "|get told off if i|get shouted at if i",
      "~ask for food|ask for dinner|ask for something to eat|ask for tea|open the fridge|take food|get food"
      "|ask for a drink|ask for more food|eat anything|touch the food", gap=1, negatable=False),
    P("en.neglect.crying_hungry", "neglect",
      "keeps crying|keep crying|always crying|crying all night|cries all night|cries all the time|will not stop crying"
      "|cry themselves to sleep|crying himself to sleep|crying herself to sleep|cry myself to sleep|crying",
      "~because he is hungry|because she is hungry|because they are hungry|because we are hungry|with hunger"
      "|because there is no food|because there is nothing to eat|so hungry|starving", gap=2),
    P("en.neglect.not_fed_at_home", "neglect",
      "~do not get any at home|do not get any food at home|do not get food at home|never get breakfast"
      "|never get fed at home|not get fed at home|never get tea at home|never get dinner at home"
      "|not get breakfast at home|not get anything at home|no breakfast at home|nothing to eat at home", gap=0,
      unless="today|this morning|lol|because i woke up late|late|diet"),
    P("en.fear.what_happens_at_home", "fear",
      "because of|scared of|worried about|afraid of|frightened of|dread|dreading|cos of|terrified of",
      "~what happens at home|what goes on at home|what happens when i get home|what happens in my house"
      "|what happens there|what he does to me|what she does to me|what they do to me|what goes on in my house"
      "|what happens at night|what he does at night|what happens when he is drunk", gap=1),
    P("en.help.into_care", "help",
      "can i|want to|i want|please|i wish i could|i would rather|rather|let me|can you|could i|i need to|put me",
      "~go into care|put in care|put into care|taken into care|live in care|live with a foster|go to a foster"
      "|foster family|foster carers|children s home|live somewhere else|live anywhere else|live with someone else"
      "|live with anyone else|live anywhere but|be anywhere but home|go anywhere but home|never go back", gap=2,
      unless="dog|cat|pet|film|game|uni|university|holiday|lol|when i am older|when i grow up"),
    P("en.violence.put_in_dark", "violence",
      "put in|put me in|puts me in|shut in|shuts me in|shut me in|sent to|made to sit in|made to stay in|locked in"
      "|sleep in|made to sleep in|have to sleep in",
      "~the cupboard|the cupboard under the stairs|the shed|the cellar|the basement|the garage|the boot|the dark"
      "|the attic|a cupboard|the coal shed|the kennel|the cage|a cage|a box|the dog cage", gap=1,
      unless="coats|shoes|hoover|toys|presents|hide and seek|game|christmas|decorations|my stuff|things|bags"
             "|box of|lol|camping|medicine|medicines|meds|pills|tablets|keep the|knives|bleach|chemicals|alcohol"
             "|safe"),
    P("en.violence.exit_removed", "violence",
      "~door handle|handle off|takes the handle|took the handle|removes the handle|took the key|takes the key"
      "|nails the window|nailed the window|screws the window|windows shut|bolts the door|bolted the door"
      "|wedges the door|chain on the door",
      "can not get out|so i can not|can not leave|can not open|can not escape|trapped|stuck|lock me|locks me"
      "|keep me in|keeps me in|keep us in|keeps us in", gap=6),
    P("en.threats.work_for_them", "threats",
      "older kids|older boys|older lads|older ones|gang|they|them|these lads|some lads|older guys|the boys|olders"
      "|elders|he|these guys|some guys",
      "~work for them|work for him|working for them|working for him|run for them|running for them|belong to them"
      "|owned by them|on their line|on the line|their runner|a runner|his runner|work for us|working for us",
      gap=4, unless="shop|cafe|farm|paper|job|dad|mum|nan|family business|restaurant|takeaway|garage|salon"),
    P("en.threats.trap_house", "threats",
      "~go to a house|go to a flat|stay at a house|stay in a flat|taken to a house|sent to a house|go to this house"
      "|go to some house|wait in a flat|wait at a house|stay at a flat|sent to a flat|taken to a flat",
      "wait for people|wait for someone|people come|men come|serve|sell to people|answer the door|let people in"
      "|people knock|wait for men|sell|hand over|collect|drop off|cook|bag up", gap=8,
      unless="nan|grandma|party|sleepover|cousin|auntie|uncle|holiday|airbnb|hotel|family"),
    P("en.threats.not_mine_made_to", "threats",
      "~was not mine|is not mine|not mine|was theirs|is theirs|belonged to them|belongs to them|it was his"
      "|it is his|for them|for someone else",
      "made me|told me to|forced me|make me|makes me|they made|they told me|he made|he told me|had to", gap=4,
      unless="dog|cat|jacket|coat|homework|phone|pencil|pen|book|crisps|toy|mum|dad|nan|teacher|present|gift"),
    P("en.threats.scared_of_creditors", "threats",
      "scared of|afraid of|frightened of|terrified of|hiding from|running from|threatened by|worried about",
      "some lads|lads|boys|men|people|guys|some older|these lads|a gang|older boys|some people|them|some men",
      "~he owes|she owes|i owe|owes|they say he owes|owe|owed|in debt to|owes money", gap=3),
    P("en.sexual.asks_if_alone", "sexual",
      "asked|asks|asking|wanted to know|wants to know|keeps asking|messaged|messages|said",
      "~what i was wearing|what i am wearing|what i wear|what are you wearing|what colour underwear"
      "|what underwear|if i am alone|if i was alone|if i am home alone|if i was home alone|if my parents are home"
      "|if my mum is home|where my parents are|if anyone is home|if my parents are out|if i am on my own"
      "|if i was on my own", gap=3,
      unless="nan|teacher|for the party|fancy dress|school|uniform|weather|cold|coat|costume|dad|mum|grandma"),
    P("en.sexual.scout", "sexual",
      "~model scout|modelling agent|modelling agency|model agency|talent scout|scout|modelling|model"
      "|photographer|casting",
      "photos|pictures|pics|videos|meet|meet up|send|selfies|body|underwear|bikini|private", gap=8,
      unless="my nan|school|art|class|lego|airfix|model kit|model train|model car|figure|football|rugby|club"
             "|career|when i grow up|book|homework|clay|project"),
    P("en.sexual.online_adult_age", "sexual",
      "met him|met her|met on|on an app|online|on snap|on snapchat|on insta|on tiktok|on discord|on roblox"
      "|on a game|from an app|on the app|on fortnite|on facebook|on whatsapp",
      "he is|she is|they are|he says he is|who is|he said he is|he is like|apparently he is",
      EN_ADULT_AGE, gap=4),
    P("en.self_harm.means_hidden", "self_harm",
      "hidden|hid|hiding|stashed|stash|got|keep|kept|bought|saved|have",
      "~a rope|rope|a noose|noose|ligature|blades|razor blades|a razor|razors|a blade|a belt",
      "in my room|under my bed|in my drawer|in my wardrobe|just in case|for when|somewhere|under my pillow"
      "|in my bag|for later|ready", gap=3,
      unless="climbing|skipping|tug of war|pe|shaving|dad s|art|craft|swing|tree|boat|camping|scouts"),
    P("en.threats.sent_to_towns", "threats",
      "sending me|send me|sent me|sends me|taking me|take me|takes me|drive me|drives me|drove me",
      "~to different towns|to other towns|to another town|to other cities|to different cities|out of town"
      "|to places i do not know|on trains to|to towns i do not know|up country|to the country|county", gap=2,
      unless="school|trip|holiday|nan|football|match|team|competition|tournament|swimming|gala|club|cousins"),
    # --- second round, fifth batch ------------------------------------------------------------------
    P("en.neglect.whereabouts_unknown", "neglect",
      "~do not know where my mum is|do not know where mum is|do not know where my dad is|do not know where dad is"
      "|do not know where my parents are|no idea where mum is|no idea where my mum is|no idea where my dad is"
      "|not know where she is|not know where he is|not know where they are",
      "did not come home|not come home|not come back|not back|since|all night|last night|gone|not answering"
      "|phone is off|not picking up|days|overnight|did not come back", gap=6, negatable=False),
    P("en.neglect.only_eat_when", "neglect",
      "~only eat when|only get food when|only eat if|only have food when|only get fed when|only eat at"
      "|only get a meal when|only get dinner when|only eat properly when",
      "nan|grandma|grandad|school|the food bank|someone|neighbour|auntie|uncle|friends|my friends|church", gap=3),
    P("en.neglect.fend_for_ourselves", "neglect",
      "in bed|crying|drunk|out|asleep|depressed|passed out|high|sad all the time|never gets up|does not get up"
      "|on drugs|not well|off her head|off his head|at the pub|never here",
      "~we look after ourselves|look after ourselves|fend for ourselves|fend for myself|take care of ourselves"
      "|i look after myself|we have to look after ourselves|sort ourselves out|feed ourselves|get ourselves ready"
      "|look after each other", gap=8),
    P("en.neglect.baby_not_fed", "neglect",
      "baby|the baby|my baby|the kids|my brother|my sister|the toddler|my little brother|my little sister",
      "~not had milk|no milk|not been fed|not had any milk|not had a bottle|no formula|not had food|not eaten"
      "|not had a feed|not been changed|not had anything",
      "today|all day|since|for hours|since yesterday|since this morning|since last night", gap=2,
      negatable=False),
    P("en.neglect.coat_in_bed", "neglect",
      "~sleep in my coat|sleep in my clothes|sleep in our coats|wear my coat in bed|wear coats indoors"
      "|wear coats inside|wear my coat inside|sleep in coats|sleep with my coat on|wear our coats in the house",
      "cold|freezing|no heating|heating|no blankets|no duvet|no bed|no electric|no gas", gap=4),
    P("en.fear.wish_not_home", "fear",
      "wish i did not have to|wish i never had to|wish i did not need to|wish i was not going to|wish i never have to"
      "|wish i would not have to|wish i could not|hate having to|dread having to",
      "~go home|go back home|go back|go back there|go home tonight|be home|live at home|live there|live with them"
      "|live with him|live with her|be at home|go back to that house", gap=0),
    P("en.threats.comes_home_late", "threats",
      "comes home|came home|gets home|got home|comes back|came back|turns up|rolls in|coming home",
      "~at 4am|at 3am|at 2am|at 5am|at 1am|at 4 in the morning|at 3 in the morning|at 2 in the morning"
      "|in the early hours|in the middle of the night|at silly o clock|at midnight|at all hours",
      "will not say|not say|refuses to say|will not tell|not tell me|lies about|who she was with|who he was with"
      "|where she was|where he was|smelling of|drunk|high|with money|new phone|new clothes|injuries|bruises"
      "|with older|in a car", gap=4),
    P("en.sexual.images_passed_on", "sexual",
      "pics|pictures|photos|nudes|videos|video|pic|photo|picture|a selfie|selfies|snaps",
      "~sent them|shared them|sent it|shared it|showed them|showed it|posted them|posted it|passed them round"
      "|spread them|put them|screenshotted|screenshot them|saved them|leaked",
      "to his mates|to his friends|to everyone|round school|around school|to the whole school|in a group chat"
      "|on a group chat|to people|online|to other people|to her friends|to their friends|on snap|on insta"
      "|to my school|round the year", gap=8,
      unless="holiday|birthday|cat|dog|cake|nan|grandma|party|school trip|art|funny|meme|match|goal"),
    # --- second round, sixth batch ------------------------------------------------------------------
    P("en.help.not_send_me_home", "help",
      "begged|beg|begging|asked|pleaded|pleading|please|pls|ask",
      "~not to send me home|do not send me home|not make me go home|to let me stay|not to make me go home"
      "|not send me back|not to send me back|not to let me go home|not let me go home|to keep me here"
      "|not to call my mum|not to call my dad|not to tell my dad|not to ring home", gap=3,
      unless="homework|essay|detention|phone|in class|lesson|test|exam|late|lol"),
    P("en.threats.given_to_sell", "threats",
      "giving me|gives me|gave me|give me|handed me|hands me|passes me|keeps giving me",
      "weed|drugs|stuff|bags|packages|gear|coke|pills|a package|a bag|a parcel|parcels|crack|pills",
      "~to sell|to hold|to carry|to deliver|to keep|to drop off|to look after|to stash|to hide|to move|to shift",
      gap=1),
    P("en.threats.debt_grows", "threats",
      "my debt|the debt|debt|what i owe|how much i owe|the money i owe",
      "~goes up|going up|gets bigger|getting bigger|doubles|doubled|keeps growing|interest|every day|each day", gap=2,
      unless="student|loan|mortgage|credit card|bank|council|energy|phone bill|rent|benefits|universal credit"),
    P("en.self_harm.no_future", "self_harm",
      "not see myself|can not see myself|not think i will be|not think i will|not going to be|not expect to be"
      "|can not imagine being|can not picture myself",
      "being alive|alive|here|around|still here|still alive|living",
      "~by christmas|by next|next year|by the end|much longer|for long|by my birthday|next week|by summer"
      "|in a year|this time next|by the weekend|by new year", gap=1, negatable=False,
      unless="school|uni|university|this job|in this town|in this house|at this school|this class|lol|club"),
    P("en.violence.held_under", "violence",
      "held|holds|holding|pushed|put|pushes|forced|shoved",
      EN_VICTIM,
      "~under the water|under water|underwater|head under|in the water|face down|face in the water|under the bath"
      "|head in the toilet|face in the pillow|pillow over", gap=1,
      unless="swimming|lesson|pool|snorkel|diving|goggles|baptism|hair wash|rinse|play|game"),
)

# ======================================================================================================
# Welsh (Cymraeg)
# ======================================================================================================

CY_TEXT_SPEAK: dict[str, str] = {
    "dwi": "dw i", "dwisio": "dw i eisiau", "dwishe": "dw i eisiau", "dwimoyn": "dw i eisiau", "wi": "dw i", "rwy": "dw i", "rydw": "dw i", "dwin": "dw i yn",
    "isio": "eisiau", "isie": "eisiau", "ishe": "eisiau", "ishio": "eisiau", "isho": "eisiau", "eisio": "eisiau",
    "eisie": "eisiau", "moyn": "eisiau", "isha": "eisiau", "ise": "eisiau",
    "ddm": "ddim", "dm": "ddim", "sdim": "does dim", "sa i": "dw i ddim", "sai": "dw i ddim",
    "ma": "mae", "di": "wedi", "mae na": "mae yna", "ma na": "mae yna", "sneb": "does neb",
    "ffili": "methu", "ffilu": "methu", "ffaelu": "methu", "byta": "bwyta", "fyta": "fwyta", "myta": "mwyta",
    "adre": "adref", "adra": "adref", "gartref": "adref", "gartre": "adref", "gartra": "adref",
    "adrf": "adref",
    "dadi": "dad", "tada": "dad", "mami": "mam", "mam gu": "mamgu", "tad cu": "tadcu",
    "selfharm": "self harm",
    "kms": "lladd fy hun",
    "ne": "neu",
    "arlein": "ar lein", "sc": "snapchat", "snap chat": "snapchat", "tik tok": "tiktok", "whats app": "whatsapp",
}

CY_NEGATORS = "ddim|dim|byth|erioed|neb|na|nid|nad|heb|nag|not|never|nobody"  # and English, for code-switching
CY_FILLERS = "yn|wedi|fy|i|e|fe|o|fo|hi|nhw|ni|jyst|just|really|wir|eisiau|mynd|am|ei|y|yr|o gwbl|wastad|bod"
# Common English words one or two typos from a Welsh key word (Welsh patterns read English text too).
CY_COMMON_NEAR_KEYS = (
    "aches|across|address|adrian|alcohols|alway|amber|angel|angell|anger|anion|anson|anton|arian|ariana"
    "|ariane|arianna|arians|arias|aryan|asian|athos|avian|backed|bagged|baked|balled|banned|bared|baroda"
    "|baron|barred|barron|barrow|barter|based|basin|bassoon|batch|bathroom|batted|benson|bertha|beryl|betcha"
    "|biden|blanc|bland|blank|blast|blind|bling|blink|blunt|botha|braced|braid|brand|brant|brawl|brawn|breast"
    "|brent|brunt|cairo|cameras|candy|canes|canned|cannes|cardio|cargo|carlo|carrera|carrie|carried|carrillo"
    "|carrion|casas|casio|chagrin|chand|chard|chariot|chartres|chico|chimera|chino|chord|churn|cinco|cones"
    "|corgi|cosby|craft|cured|cynic|cypress|dabbled|dagon|dammed|damned|danced|danes|danton|darden|dared"
    "|darien|darken|darlene|darley|darlin|darned|darren|darrow|dated|dawned|dazed|derision|diana|diane|dianne"
    "|diced|diggin|dijon|dillard|dillon|dimmed|dined|dingo|diode|diodes|dionne|dipped|discard|ditch|dived"
    "|dixon|doctors|dollar|donned|draco|drags|drain|drains|drank|draws|dregs|drugs|drums|dryden|dryness|dunes"
    "|dykes|dylan|email|erbil|fabio|facetime|faints|faith|falco|fallen|fallin|fared|fares|farewell|farid"
    "|faroe|farooq|farrell|farrow|farther|fazio|fedora|feint|fetch|fidel|fides|fires|fished|fisted|flatten"
    "|fling|flint|flynt|folio|footnote|forecast|fortunate|fraud|front|fused|fussed|gagged|galen|gales|gallen"
    "|galley|galway|gamer|gamers|gamora|gandy|garbo|gareth|garret|garrett|garth|gassed|gated|gazed|genes"
    "|golan|gordo|gordon|graft|groggy|guido|gulch|hadrian|hagan|hagen|hamer|hammer|hamper|hamster|hanged"
    "|hanlon|hannan|hannon|hansen|hanson|harlan|harman|harrigan|harriman|hauser|hebdo|helga|helps|henan"
    "|hinata|histogram|hogan|horan|hotline|human|husain|hussain|install|ladder|lager|laker|laser|later|latter"
    "|lauer|laver|lawes|lawler|lawyer|layer|lazer|legged|lower|lucia|lumia|lynch|maasai|machen|mails|malia"
    "|malik|malin|malmo|march|mares|mariner|mario|maroon|marred|marrow|masai|mason|masood|massed|masson|match"
    "|mccartney|medal|media|merci|merck|mercy|messed|messengers|metro|misled|missed|moores|mores|motion|mused"
    "|nabbed|named|neath|neeson|negro|neigh|neuro|nigel|nihon|nikon|nines|nipped|nippon|nixon|nodes|north"
    "|nukes|nunes|offline|oreos|ormond|orwell|paced|pacer|paces|packed|padded|paged|panned|pardo|pared|parson"
    "|partners|passed|patted|paved|payed|pearson|persona|persons|petra|phased|philly|philo|phipps|phoenix"
    "|pierson|placed|plane|planet|plank|plano|plans|plantation|plants|plenty|poets|radon|randi|razor|redeem"
    "|rigor|rodin|sacred|scaled|scammed|scanned|scare|scared|scares|scored|sealer|seared|seder|seeger|seeker"
    "|seeley|sellers|seton|setter|settler|sever|sewer|shared|shari|sharia|sharif|snapshot|soared|socio|spaced"
    "|spared|staffed|staffer|stared|starred|strabo|super|supper|sweeper|tabled|tagged|tarot|tarred|thabo"
    "|thais|thorin|thorn|thorp|thrillers|torrid|towel|tracers|traci|trackers|traders|trailer|trailers|trails"
    "|trained|trainee|trainees|trainer|trainers|trainor|traitors|traits|trams|trans|trappers|traps|travers"
    "|travis|trawlers|trays|triggers|trois|twitchy|tyrell|tyrrell|usain|vases|waldo|wasted|webcams|wirth"
    "|worth|youtuber|ypres"
)
CY_GLUE = "fi|fy|yn|ni|fe|fo|hi|nhw|mi|eisiau|isio|dwi|dw|mae|ma|wedi|di|ddim|yr|ei|ein|eu"
CY_NOT_MUTATIONS = (  # English words that mutated Welsh (or English) words of the patterns would make
    "born|bills|drainers|drip|nope|myth|more|fore|than|ban|mob|fob|font|mont|fen|men|char|fawn|noes|nan|fig"
    "|lawn|mara|mach|mel|neg|hoed"
)
CY_NOT_TYPOS = "wastad|wastod|ganiau|caniau|torrais|torraist|torrodd|meddwl|feddwl|drink|traws|ffrio|frio|stabl|train|trains|trail|trait"

CY_HIT = (
    "^taro|^tarodd|^trawodd|^curo|^curodd|^bwrw|^bwrodd|^cicio|^ciciodd|^pwnio|^pwniodd|^dyrnu|^dyrnodd"
    "|slapio|slapiodd|slapo|slapodd|^clatsio|^clatshio|^waldio|^colbio|hitio|hitiodd|hito|^brifo|^brifodd"
    "|^anafu|^anafodd|^tagu|^tagodd|^llosgi|^llosgodd|^gwthio|^gwthiodd|^cam drin|^camdrin|smacio|smaciodd"
    "|^peltio|kickio|pwnsio|punchio"
)
CY_VICTIM = (
    "plant|y plant|fy mhlant|plentyn|babi|y babi|fy mabi|mab|fy mab|merch|fy merch|ein plant|bachgen|hogyn|hogan"
    "|gwraig|fy ngwraig|gwr|fy ngwr|partner|fy mhartner|fi|i|ni|mi|mam|fy mam|fy chwaer|chwaer|fy mrawd|mrawd|brawd|fy mrawd bach|fy chwaer fach|hi|fe|fo|e"
    "|nhw|fy nheulu|fy nghi|fi a mam"
)
CY_PERSON = (
    "partner|mhartner|gwr|ngwr|gwraig|ngwraig|cyn bartner|cyn wr|mam|dad|tad|nhad|llystad|llysfam|e|fe|fo|o|hi|nhw|rhieni|cariad mam|cariad dad|cariad|ewythr|anti|yncl"
    "|wncwl|nain|taid|mamgu|tadcu|brawd|mrawd|dyn|rhywun"
)
CY_FEARED = (
    "gwr|fy ngwr|partner|fy mhartner|gwraig|fy ngwraig|cyn bartner|adref|cartref|mynd adref|fynd adref|mynd nol adref|fynd nol|bod adref|yn y ty|nhad|dad|tad|mam|llystad|llysfam"
    "|cariad mam|cariad dad|fe|fo|e|hi|nhw|ef|ewythr|yncl|wncwl|brawd|mrawd|be wneith e|beth wnaiff e"
    "|beth fydd yn digwydd|am fy mywyd|drwy yr amser|trwy yr amser|bob nos|rwan|nawr"
)
# a joke about being killed, or killed in a game: "bydd mam yn fy lladd i os dwi'n hwyr lol"
CY_JOKE = (
    "minecraft|fortnite|roblox|gem|gemau|lol|haha|xd|sarnu|ffeindio|ffeindith|colli|torri|anghofio|hwyr"
    "|gwaith cartref"
)
# a game's score: "naethon ni guro nhw 3 dim"
CY_SCORES = "gol|goliau|pwyntiau|sgor|sgorio|ennill|enillon|ffeinal|cynghrair|cwpan|0|1|2|3|4|5|6|7|8|9|10"
CY_ACCIDENT = (
    "chwarae|damwain|ddamwain|cwympo|gwympo|syrthio|beic|pel|bel|rygbi|trampolin|coginio|popty|ffwrn|haul"
    "|pel droed|gem|ar ddamwain"
)
# where a child meets people online (app names are the English ones)
CY_ONLINE = (
    "roblox|snapchat|snap|insta|instagram|tiktok|discord|whatsapp|fortnite|minecraft|xbox|ps4|ps5|playstation"
    "|facebook|fb|messenger|kik|omegle|yubo|twitch|youtube|online|ar lein|ar y we|ar y rhyngrwyd|ar gem"
    "|mewn gem|ar ap|ar app|ar yr ap"
)
CY_ONLINE_FRIENDS = (
    "fy ffrind ar|fy ffrindiau ar|ffrind o yr ysgol|ffrindiau o yr ysgol|fy nghefnder|fy nghyfnither"
    "|fy chwaer|fy mrawd|mam ar|nain ar|taid ar|mamgu ar|tadcu ar|gyda fy ffrindiau|efo fy ffrindiau"
    "|hefo fy ffrindiau|gyda fy ffrind|efo fy ffrind|athro|athrawes"
)
CY_ADULT_AGE = (
    "18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|50|ugain|dau ddeg"
    "|tri deg|oedolyn|llawer hyn|lot hyn|dipyn hyn|hen ddyn|dyn mewn oed|ei ugeiniau|ei dridegau"
)

CY_PATTERNS: tuple[Pattern, ...] = (
    # --- trais / violence -------------------------------------------------------------------------
    P("cy.violence.my_hitting", "violence", "fy|y|ei|eu|ein|dy|eich", "~" + CY_HIT, gap=0, unless=CY_ACCIDENT),
    P("cy.violence.hit_me", "violence", "~" + CY_HIT, CY_VICTIM, gap=1,
      unless=CY_ACCIDENT + "|glaw|eira|cenllysg|ci|gath|cath|drws|" + CY_SCORES
             + "|ei frawd|ei chwaer|eu brawd|eu chwaer|deud y drefn|dweud y drefn"),
    P("cy.violence.doing_harm", "violence",
      "^dolur|^niwed|loes|^poen", "i fi|i mi|i ni|i mam|i fy mam|i fy chwaer|i fy mrawd", gap=1),
    P("cy.violence.shut_in", "violence",
      "~cloi|cau|cloiodd|caeodd|caodd",
      "yn fy stafell|yn fy ystafell|yn y stafell|yn y cwpwrdd|yn y sied|yn y seler|yn y bathrwm"
      "|yn yr ystafell ymolchi|yn y llofft|yn fy llofft|yn y garej|yn y car|yn y ty|yn yr ardd|tu mewn|i mewn"
      "|yn y tywyllwch|o dan y grisiau", gap=3,
      unless="drws|ffenest|ffenestr|allwedd|goriad|fy hun|chwarae|cuddio|gem|roblox|damwain|siop|ysgol|ci|cath"
             "|ieir"),
    P("cy.violence.not_let_out", "violence",
      "ddim yn cael|byth yn cael|dim yn cael|ddim yn gadael i fi|ddim yn gadael i mi|byth yn gadael i fi"
      "|ddim yn fodlon i fi|ddim yn gadael fi|dim yn gadael i fi|byth yn gadael fi",
      "gadael fy stafell|gadael fy ystafell|dod allan o fy stafell|mynd allan o fy stafell|gadael y stafell"
      "|gadael y ty|mynd allan o yr ty|gadael|gweld fy ffrindiau|gweld fy nheulu|mynd allan hebddo"
      "|mynd allan heb", gap=1, negatable=False,
      unless="nes|tan|cyn|gwaith cartref|tacluso|bwyta|gorffen|glaw|sal|tywyll|hwyr|bwrdd"),
    P("cy.violence.shook_baby", "violence",
      "~ysgwyd|siglo|ysgydwais|ysgydwodd",
      "y babi|babi|fy mabi|ei babi|yr babi|fo yn galed|hi yn galed|e yn galed", gap=1,
      unless="ratl|tegan|llaw|dwylo|potel|llaeth"),
    P("cy.violence.abuse", "violence", "~trais|treisgar|dreisgar|^ymosod|^ymosododd", gap=0,
      unless="ffilm|gem|gwers|stori"),

    # --- niwed rhywiol / sexual harm --------------------------------------------------------------
    P("cy.sexual.touches", "sexual",
      "~^cyffwrdd|^cyffyrddodd|twtsio|twtsiad|twtsh|twtshio|touchio",
      "fi|a fi|a mi|fy rhannau preifat|rhannau preifat|fy nghorff|fy mhen ol|fy mronnau|lle preifat"
      "|lleoedd preifat|preifat|fi lawr fana", gap=1, negatable=False),
    P("cy.sexual.touches_me", "sexual", "~nghyffwrdd|nghyffyrddodd", gap=0, negatable=False),
    P("cy.sexual.made_to", "sexual",
      "gwneud i fi|neud i fi|wneud i fi|gwneud i mi|gorfodi fi|orfodi fi|gofyn i fi|ofyn i fi|eisiau i fi"
      "|mynnu fy mod",
      "^tynnu|nillad|dillad|ddillad|lluniau|llunia|noeth|^cyffwrdd|^cusanu|cysgu gyda|gorwedd|pethau|petha"
      "|cadw cyfrinach|^cyfrinach", gap=3, unless="gwaith cartref|glanhau|tacluso|dacluso|llestri|siopa"),
    P("cy.sexual.in_my_room", "sexual",
      "dod|ddod|dwad|ddwad|sleifio|^dringo",
      "fy stafell|fy ystafell|i fy stafell|i fy ystafell|fy ngwely|ngwely|i yr gwely gyda fi|gwely gyda fi"
      "|yn y gwely gyda fi|stafell fi|llofft fi|fy llofft", gap=2,
      unless="ci|gath|cath|chwaer|brawd|mrawd|babi|hunllef|storm|taranau|tedi|nos da"),
    P("cy.sexual.words", "sexual",
      "~noeth|noethlymun|lluniau noeth|llunia noeth|nudes|nuds|^treisio|^treisiodd|rhywiol|porn|secs|pidyn"
      "|rhannau preifat|cam drin rhywiol|camdrin rhywiol|paedo|pedo",
      gap=0, unless="addysg|gwers|dosbarth|bioleg|abch|babi|bath"),
    P("cy.sexual.secret", "sexual",
      "~ein cyfrinach|cyfrinach ni|gyfrinach ni|cyfrinach rhwng ni|gyfrinach rhwng ni|cyfrinach rhyngom"
      "|gyfrinach rhyngom|peidio dweud wrth neb|beidio dweud wrth neb|paid dweud wrth neb|paid deud wrth neb"
      "|beidio deud wrth neb|peidio deud wrth neb|beidio a dweud|peidio a dweud|cyfrinach arbennig",
      gap=0, negatable=False),
    # meithrin perthynas amhriodol ar lein / online grooming
    P("cy.sexual.online_meet", "sexual",
      CY_ONLINE,
      "~^cwrdd|^cyfarfod|cwrdd fyny|gwrdd fyny|cwrdd lan|gwrdd lan|^gweld fi|dod i fy ngweld|dod i fy nol"
      "|^dod draw|meetio|cwrdd mewn person|^cwrdd yn y dref|^dod i fy nhy|mynd i ei dy|fynd i ei dy", gap=3,
      unless=CY_ONLINE_FRIENDS),
    P("cy.sexual.online_grooming", "sexual",
      CY_ONLINE,
      "gofyn am lunia|gofyn am luniau|gofyn am lluniau|gofyn am llunia|ofyn am lunia|ofyn am luniau"
      "|eisiau lluniau|eisiau llunia|eisiau luniau|eisiau lunia|lluniau ohona i|llunia ohona i|luniau ohona i"
      "|lunia ohona i|lluniau o fi|llunia o fi|nudes|lluniau noeth|llunia noeth|fynd ar cam|mynd ar cam|ar cam"
      "|ar camera|ar facetime|facetimio|^galwad fideo|yn fy ngharu|caru fi|^rhoi pres|^gyrru pres|^anfon arian"
      "|^rhoi arian|^anfon pres|^hala arian|robux|vbucks|^cadw yn gyfrinach|paid deud|paid dweud|peidio deud"
      "|peidio dweud|beidio deud|beidio dweud", gap=3, unless=CY_ONLINE_FRIENDS),
    P("cy.sexual.cam", "sexual",
      "gofyn i fi|ofyn i fi|eisiau i fi|gwneud i fi|neud i fi|wneud i fi|gorfodi fi|orfodi fi|dweud wrtha i"
      "|deud wrtha i|ddweud wrtha i|ddeud wrtha i|pwyso arna i",
      "^mynd ar cam|^mynd ar camera|^mynd ar webcam|^troi fy camera|^troi camera|^mynd ar facetime|facetimio"
      "|^mynd ar fideo|^galwad fideo|^dangos fy nghorff|^dangos fy hun|^tynnu fy top|^tynnu fy nillad", gap=2,
      unless="chwarae|gwers|ysgol|nain|taid|mamgu|tadcu|fy ffrind|fy ffrindiau"),
    P("cy.sexual.older_boyfriend", "sexual",
      "nghariad|cariad|gariad|nghariad ar lein|nghariad online|nghariad ar y we|cariad ar lein|cariad online",
      "yn|sy yn|sydd yn|yn mynd i fod yn", CY_ADULT_AGE, gap=0),
    P("cy.sexual.online_boyfriend", "sexual",
      "~nghariad ar lein|nghariad online|cariad ar lein|cariad online|gariad ar lein|gariad online"
      "|cariad ar y we|nghariad ar y we|erioed wedi cwrdd ag e|erioed wedi cwrdd a fo|erioed wedi cwrdd a fe",
      gap=0, negatable=False),
    P("cy.sexual.online_age_lie", "sexual",
      CY_ONLINE,
      "dweud ei fod|deud ei fod|dweud bod|deud bod|dweud fod|deud fod|dweud ei bod|deud ei bod|medda fo"
      "|meddai fe|medde fe|honni ei fod|honni bod",
      "ond",
      "edrych yn hyn|edrych yn hen|edrych fel oedolyn|edrych fel dyn|swnio yn hyn|swnio yn hen"
      "|swnio fel oedolyn|swnio fel dyn|oedolyn|dweud celwydd|deud clwydda|celwydd|clwydda", gap=3),

    # --- hunan-niweidio a hunanladdiad / self-harm and suicide ------------------------------------
    P("cy.self_harm.want_to_die", "self_harm",
      "eisiau|dymuno|hoffi|hoffwn|baswn i yn hoffi|byddwn i yn hoffi|barod i|awydd|well gen i|gwell gen i"
      "|well gyda fi|gwell gyda fi|well da fi"
      "|gwell da fi|well gennyf",
      "~^marw|bod yn farw|diflannu am byth|diflannu|peidio bod|peidio bodoli|cysgu am byth", gap=3,
      unless="chwerthin|ddiflastod|diflastod|cywilydd|embaras|gwallt|lliwio|ar ol|ras|arholiad|arholiadau|gem"
             "|ymarfer|shifft|lol|haha|gwers|ysgol|dosbarth|gwaith"),
    P("cy.self_harm.going_to_die", "self_harm", "mynd i|am", "^marw|^lladd fy hun", gap=0,
      unless="chwerthin|ddiflastod|diflastod|cywilydd|embaras|gem|prawf|arholiad"),
    P("cy.self_harm.kill_myself", "self_harm",
      "~^lladd|^lladdodd|^brifo|^brifodd|^torri|^torrodd|^llosgi|^niweidio|^anafu|^crafu|^taro|^cosbi|^llwgu"
      "|^crogi",
      "fy hun|fy hunan|fi fy hun|fi hun|hunan|fy hun yn", gap=1, unless=CY_ACCIDENT),
    P("cy.self_harm.words", "self_harm",
      "~hunan niweidio|hunanniweidio|hunan anafu|hunananafu|hunanladdiad|hunan laddiad|hunanladdol|suicidal"
      "|self harm|rhoi diwedd ar fy mywyd|diwedd ar fy mywyd|rhoi diwedd ar y cyfan|rhoi diwedd ar bopeth"
      "|rhoi diwedd ar bethau|rhoi terfyn ar fy mywyd|diwedd ar y cyfan|diwedd ar bopeth|diwedd ar bethau|dod a yr cyfan i ben|dod a popeth i ben"
      "|cyfan i ben|cymryd fy mywyd|neidio oddi ar bont|neidio oddi ar y bont|neidio o flaen tren"
      "|neidio o flaen car|gorddos",
      gap=0, unless="atal|ymwybyddiaeth"),
    P("cy.self_harm.not_live", "self_harm",
      "ddim|dim|byth|heb",
      "eisiau|awydd|hoffi",
      "byw|fyw|bod yma|bod yn fyw|bodoli|deffro|bod o gwmpas", gap=1, negatable=False),
    P("cy.self_harm.no_point", "self_harm",
      "pwynt|bwynt|werth",
      "byw|fyw|bod yma|i fi fod yma|mewn byw|bod yn fyw|bodoli|mywyd|bywyd", gap=3, negatable=False),
    P("cy.self_harm.better_off", "self_harm",
      "well|hapusach|haws|gwell",
      "hebdda i|hebddo i|hebddof|heb fi|hebdda fi|hebddo fi|taswn i wedi marw|pe bawn i wedi marw"
      "|taswn i ddim yma|pe bawn i ddim yma|heb i fi fod yma", gap=3),
    P("cy.self_harm.wish_dead", "self_harm",
      "dymuno|dymunaf|hoffwn|taswn i|pe bawn i|byswn i|baswn i|swn i|wish",
      "wedi marw|^marw|heb fy ngeni|ddim wedi cael fy ngeni|ddim yma|ddim yn fyw|erioed wedi cael fy ngeni"
      "|byth wedi cael fy ngeni|heb erioed gael fy ngeni|byth wedi fy ngeni", gap=4,
      unless="chwerthin|ddiflastod|diflastod|cywilydd|pitsa|siocled|paned|sglodion|diod|coffi|byrgyr|cyri"
             "|hufen ia|tecawe|cacen"),
    P("cy.self_harm.never_wake", "self_harm",
      "cysgu|cysgu a",
      "~peidio deffro|byth deffro|byth yn deffro|ddim yn deffro|peidio a deffro|peidio byth deffro", gap=3,
      negatable=False),
    P("cy.self_harm.nobody_miss", "self_harm",
      "neb",
      "~gweld fy eisiau|gweld eisiau fi|hiraethu amdana|sylwi|malio|poeni",
      "taswn|pe bawn|pan fydda i|os byddwn|os bydda i|ar fy ol|wedi mynd|wedi marw|yn marw", gap=3,
      negatable=False),
    P("cy.self_harm.nobody_miss_me", "self_harm",
      "neb", "~gweld fy eisiau|gweld eisiau fi|hiraethu amdana", gap=2, negatable=False),
    P("cy.self_harm.hate_life", "self_harm",
      "~casau|cas gen i|cas gyda fi|cas da fi|blino ar|wedi cael llond bol ar|wedi blino ar",
      "fy mywyd|bywyd|byw|bod yn fyw|bodoli", gap=2, unless="gwaith cartref|ysgol|lol"),
    P("cy.self_harm.cannot_cope", "self_harm",
      "alla i ddim|fedra i ddim|dw i ddim yn gallu|dw i methu|methu|ddim yn gallu|dim yn gallu",
      "~ymdopi|cario ymlaen|mynd ymlaen|diodde hyn|dioddef hyn|gwneud hyn rhagor|gwneud hyn ddim mwy|byw fel hyn"
      "|cymryd rhagor|cymryd mwy|gweld ffordd allan|gweld dyfodol", gap=1, negatable=False,
      unless="lefel|gem|nesaf|gwaith cartref|mathemateg|arholiad|prawf"),
    P("cy.self_harm.thinking_of", "self_harm",
      "meddwl am|meddwl|teimlo fel|awydd|cynllunio|bwriadu|ystyried|ar fin",
      "~dod a yr cyfan i ben|dod a popeth i ben|rhoi diwedd ar|rhoi terfyn ar|lladd fy hun|cymryd fy mywyd"
      "|gorddos|marw|peidio bod yma|neidio oddi ar", gap=2,
      unless="gwallt|lliwio|ffilm|stori|gem|chwerthin|ddiflastod|diflastod|cywilydd"),
    P("cy.self_harm.no_way_out", "self_harm",
      "~anobeithiol|dim gobaith|heb obaith|dim dyfodol|ddim dyfodol|dim ffordd allan|baich ar bawb|baich i bawb",
      gap=0, negatable=False,
      unless="gem|lefel|tim|ffilm|llyfr|mathemateg|am ganu|yn canu|gyda|efo|am|pos|drysfa"),
    P("cy.self_harm.goodbye", "self_harm",
      "~llythyr ffarwel|nodyn ffarwel|nodyn hunanladdiad|dyma ffarwel|ffarwel am byth|hwyl fawr am byth"
      "|hwyl fawr i bawb am byth", gap=0, negatable=False, unless="symud|gwyliau|ysgol|athro|athrawes|parti"),
    P("cy.self_harm.pills", "self_harm",
      "^cymryd|llyncu|lyncu|cymerais|cymres|gymres|gymerais|cymerodd|yfed|yfais",
      "lot o|llawer o|llond|yr holl|pob un o|gormod o|bocs o|paced o|pacedi o|cannydd|llwyth o|llwythi o"
      "|llond llaw o|llawer iawn o",
      "~^tabledi|pils|pills|paracetamol|^moddion|cyffuriau|gyffuriau|cannydd", gap=1,
      unless="meddyg|doctor|pen tost|cur pen"),

    # --- esgeulustod / neglect --------------------------------------------------------------------
    P("cy.neglect.no_food", "neglect",
      "does dim|dim|heb|byth|does ddim|dim digon o|ddim digon o|ddim yn cael|byth yn cael|heb gael|prin"
      "|ddim wedi cael|dim wedi cael|heb gael dim",
      "^bwyd|^bwyta|swper|brecwast|cinio|te|pryd|prydau|bryd", gap=0, negatable=False,
      unless="dosbarth|gwers|llyfrgell"),
    P("cy.neglect.not_fed", "neglect",
      "neb|byth|ddim|dim",
      "rhoi bwyd|roi bwyd|rhoi fwyd|roi fwyd|^bwydo|gwneud bwyd|neud bwyd|wneud bwyd|coginio i fi"
      "|coginio i ni|gwneud swper|neud swper|gwneud te|neud te|prynu bwyd|brynu bwyd", gap=2, negatable=False),
    P("cy.neglect.hungry", "neglect",
      "llwglyd|newynog|eisiau bwyd|llwgu",
      "drwy yr amser|trwy yr amser|bob amser|bob dydd|o hyd|drwy yr dydd|trwy yr dydd|am ddyddiau|bob nos"
      "|wastad|achos does dim", gap=2),
    P("cy.neglect.alone", "neglect",
      "ar ben fy hun|ar fy mhen fy hun|ben fy hun|ar ben fi hun|ar ben fy hunan",
      "drwy yr nos|trwy yr nos|dros nos|am ddyddiau|bob nos|yn y nos|drwy yr penwythnos|trwy yr penwythnos"
      "|am oriau|trwy yr dydd|drwy yr dydd|tan yn hwyr|am dridiau|am ddeuddydd|am wythnos|pan mae hi yn mynd allan"
      "|pan maen nhw yn mynd allan|pan mae e yn mynd allan|pan mae o yn mynd allan|i fynd allan"
      "|am ddau ddiwrnod|am ddau ddydd|am ddwy noson|am dair noson|am ddiwrnod cyfan|drwy yr wythnos"
      "|trwy yr wythnos|dros y penwythnos|yr holl benwythnos|y penwythnos cyfan|y noson gyfan|noson gyfan", gap=3),
    P("cy.neglect.not_washed", "neglect",
      "heb gael|ddim wedi cael|byth yn cael|heb|dim|ddim wedi",
      "bath|cawod|golch|ymolchi|brwsio fy nannedd|torri fy ngwallt|gweld doctor|gweld meddyg|gweld deintydd"
      "|dillad glan",
      "ers|am wythnosau|am ddyddiau|am fisoedd|ers wythnosau|ers dyddiau|ers misoedd|ers oes|am oes|ers talwm",
      gap=2, negatable=False),
    P("cy.neglect.no_carer", "neglect",
      "neb|byth|ddim|dim",
      "gofalu amdana|gofalu amdanaf|gofalu amdanon|edrych ar fy ol|edrych ar ein ol|edrych ar ol fi"
      "|edrych ar ol ni|golchi fy nillad|mynd a fi at y doctor|mynd a fi at y meddyg|golchi fy|brwsio fy ngwallt"
      "|prynu dillad|prynu esgidiau|newid fy ngwely|mynd a fi at y deintydd|poeni amdana|malio amdana"
      "|rhoi bath i fi|helpu fi i ymolchi|helpu fi ymolchi", gap=2, negatable=False),
    P("cy.neglect.substance", "neglect",
      CY_PERSON,
      "~meddw|feddw|wedi meddwi|meddwi|yfed gormod|yfed trwy yr dydd|yfed drwy yr dydd|yfed bob dydd"
      "|cymryd cyffuriau|gymryd cyffuriau|cyffuriau|gyffuriau|drygs|drugs|drunk|smocio dope|alcoholig|gaeth",
      gap=3, unless="gwers|ysgol|heddlu|dysgu|dysgon|peryglon"),
    P("cy.neglect.locked_out", "neglect",
      "^cloi|^cloiodd|^taflu|^taflodd|cicio",
      "fi allan|fi mas|ni allan|ni mas|i allan|i mas|fi tu allan|fi yn fy stafell|fi yn y stafell"
      "|fi yn y cwpwrdd|ni tu allan|fi o yr ty", gap=1, unless="gem|tim|dosbarth|clwb"),
    P("cy.neglect.conditions", "neglect",
      "dim|does dim|heb|byth|ddim",
      "gwres|trydan|dwr poeth|gwely|dillad glan|esgidiau|sgidiau|golau|nwy", gap=0, negatable=False,
      unless="ysgol|gwersylla|pabell|trip|gwyliau|carafan|heno"),
    P("cy.neglect.sleep_rough", "neglect",
      "cysgu|gysgu", "ar y llawr|yn y car|tu allan|yn y sied|allan", gap=1,
      unless="gwersylla|pabell|parti|ffrind|gwyliau|carafan|sleepover"),

    P("cy.neglect.clothes", "neglect",
      "does gen i ddim|does gen i dim|does dim gen i|sgen i ddim|sgen i dim|heb|dim|ddim|does dim",
      "cot|cot gaeaf|siaced|dillad glan|dillad cynnes|dillad sy yn ffitio|gwisg ysgol lan|gwisg ysgol|esgidiau"
      "|sgidiau|sanau|dillad isaf|brws dannedd|past dannedd|sebon|tywel|dwfe|dillad", gap=1, negatable=False,
      unless="heddiw|ymlaen|amdana i|yn fy mag|newydd|trip|heno|diwrnod|angen|ymarfer corff|nofio|eto"),
    P("cy.neglect.dirty_clothes", "neglect",
      "fy nillad|fy ngwisg ysgol|fy ngwisg|fy sgidiau|fy esgidiau|fy sanau|fy ngwely|fy nghot|dillad fi",
      "~budr|brwnt|drewi|drewllyd|rhy fach a|rhy dynn a|rhy fach ac|rhy dynn ac|rhy fach ond|rhy fach ers|tyllau|twll|wedi rhwygo|byth yn cael eu golchi|heb eu golchi"
      "|ddim yn lan|byth yn lan", gap=3,
      unless="mwd|mwdlyd|pel droed|rygbi|ymarfer corff|paent|chwarae|traeth|tywod|newydd|tyfu|prynu|golchi nhw"),
    P("cy.neglect.same_clothes", "neglect",
      "yr un dillad|yr un sanau|yr un dillad isaf|yr un dillad budr",
      "bob dydd|trwy yr wythnos|drwy yr wythnos|am ddyddiau|o hyd|achos", gap=2,
      unless="gwisg ysgol|gwisg|ffansi|lwcus|efeilliaid"),

    # --- ofn / fear -------------------------------------------------------------------------------
    P("cy.fear.afraid_of", "fear",
      "~ofn|ofni|ofnus|scared|sgared|sgeard|^dychryn|arswyd", CY_FEARED, gap=3),
    P("cy.fear.frightens_me", "fear",
      CY_PERSON, "codi ofn|godi ofn|^dychryn fi|nychryn|codi arswyd", gap=3, unless="ffilm|stori|gem"),
    P("cy.fear.not_safe", "fear",
      "ddim|dim|byth|heb",
      "yn saff|saff|yn ddiogel|ddiogel|diogel|teimlo yn saff|teimlo yn ddiogel|teimlo saff|teimlo diogel", gap=2,
      negatable=False, unless="ffordd|groesi|croesi|nofio|dwr|rhew|bwyta"),
    P("cy.fear.danger", "fear", "anniogel|mewn perygl", gap=0, unless="anifeiliaid|rhywogaeth|ffordd"),
    P("cy.fear.not_home", "fear",
      "ddim|dim|byth",
      "eisiau|hoffi|mynd",
      "mynd adref|fynd adref|mynd nol adref|mynd yn ol adref|bod adref|byw adref|byw gyda|adref|fynd nol adref"
      "|mynd yn ol yna|mynd nol yna|nol adref", gap=1, negatable=False,
      unless="eto|parti|hwyl|traeth|gwyliau"),
    P("cy.fear.hide", "fear",
      "cuddio|guddio|nghuddio",
      "yn fy stafell|yn fy ystafell|o dan y gwely|o dan fy ngwely|yn y cwpwrdd|rhagddo|rhagddi|oddi wrtho"
      "|pan mae e|pan mae o|pan mae dad|pan mae mam|dan y gwely|dan fy ngwely", gap=2,
      unless="mig|gem|anrheg|anrhegion|wyau pasg|chwarae cuddio", reach=7),
    # seventh batch: fear said and nothing else ("dw i ofn"), own bruises, who did it, bullying, followed
    P("cy.fear.scared_alone", "fear",
      "dw i ofn|mae ofn arna i|ma ofn arna i|mae arna i ofn|ma arna i ofn|dw i mor ofnus|dw i yn ofnus|ofnus"
      "|ofn|dw i wedi dychryn|dw i yn ofn|dw i ofn go iawn|dw i ofn rwan|dw i ofn nawr", gap=0, whole=True),
    P("cy.violence.own_injuries", "violence",
      "mae gen i|ma gen i|mae gyda fi|ma gyda fi|ges i|gesi|mae|ma|dw i wedi cael",
      "~cleisiau|clais|llygad ddu|llygaid du|llosgiadau", gap=1,
      unless=CY_ACCIDENT + "|karate|jiwdo|bocsio|coeden|dringo|cath|ci|taro fy mhen"),
    P("cy.violence.who_did_it", "violence",
      "~^brifo|clais|cleisiau|gwaedu|wedi torri|chwyddo|chwyddedig|marciau",
      "dad nath|mam nath|fo nath|hi nath|e nath|nath dad|nath mam|dad wnaeth|mam wnaeth|fe wnaeth|o wnaeth"
      "|dad naeth|mam naeth|llystad nath|llysfam nath|fo wnaeth hyn|dad wnaeth hyn|mam wnaeth hyn", gap=8,
      unless=CY_ACCIDENT),
    P("cy.threats.bullied", "threats",
      "~bwlio|cael fy bwlio|pigo arna i|pigo arno fi|fy pigo|pigo ar fi|poeri arna i|poeri ar fi"
      "|galw enwau arna i|galw enwa arna i|galw enwau ar fi|galw enwa ar fi", gap=0,
      unless="gwers|ffilm|llyfr|gem|lol|haha|fideo|gwasanaeth"),
    P("cy.fear.followed", "fear",
      "rhywun|dyn|dynion|boi|hogia|nhw|o|fo|e|fe|hogyn|bechgyn",
      "~dilyn fi|fy dilyn|yn dilyn i", gap=2,
      unless="insta|instagram|tiktok|snap|snapchat|ar lein|cyfrif|ffrindiau|ci|gem|cyfarwyddiadau"),

    # --- bygythiadau / threats --------------------------------------------------------------------
    P("cy.threats.kill_me", "threats", "fy|y", "~^lladd|^lladdodd|^trywanu|^saethu", gap=0,
      unless="gwaith cartref|gwaith|traed|coesau|ffilm|gwers|arholiad|prawf|hwyr|ystafell|stafell|llanast"
             "|heddiw|plant|cefn|pen|bol|bola|dannedd|clust|clustiau|gwddf|gwddw|ysgwydd|ysgwyddau|pengliniau|"
             + CY_JOKE, reach=7),
    P("cy.threats.kill_obj", "threats",
      "~^lladd|^lladdodd|^trywanu|^trywanodd|^saethu|^saethodd|stabio|stabo|^boddi",
      CY_VICTIM + "|ti|chdi", gap=1,
      unless="gem|ffilm|amser|pryfed|pry|gwaith cartref|hwyr|ystafell|stafell|llanast|heddiw|cefn|pen|bol|bola"
             "|dannedd|clust|clustiau|gwddf|gwddw|ysgwydd|traed|coesau|" + CY_JOKE, reach=7),
    P("cy.threats.words", "threats",
      "~^bygwth|^bygythiodd|^bygythiad|^bygythiol|blacmel|^blacmelio", gap=0),
    P("cy.threats.if_i_tell", "threats",
      "dweud|deud|ddweud|ddeud|meddai|medde|^rhybuddio",
      "os dw i yn dweud|os wna i ddweud|os dw i yn deud|os wna i ddeud|neu fe fydd|neu bydd|neu fe"
      "|os dweda i", gap=6, negatable=False),
    # manylion personol ar lein / personal details asked for online
    P("cy.threats.online_personal", "threats",
      CY_ONLINE,
      "lle dw i yn byw|lle dw i byw|ble dw i yn byw|ble dw i byw|lle ti yn byw|ble ti yn byw|lle wyt ti yn byw"
      "|ble wyt ti yn byw|lle ti byw|ble ti byw|^cyfeiriad|faint ydw i oed|faint yw fy oed|faint ydy fy oed"
      "|faint oed dw i|faint oed ydw i|faint ydi fy oed|faint ti oed|faint wyt ti oed|gofyn fy oed|holi fy oed"
      "|pa ysgol|am fy rhif|eisiau fy rhif|fy rhif ffon|rhif ffon|am fy snap|am fy snapchat|am fy insta"
      "|eisiau fy snap|eisiau fy snapchat|eisiau fy insta|fy enw llawn|fy nghyfenw", gap=3,
      unless=CY_ONLINE_FRIENDS),
    P("cy.threats.online_stranger", "threats",
      "rhywun dieithr|dyn dieithr|dynes ddieithr|dieithryn|dieithriaid|pobl ddieithr|pobl dieithr"
      "|rhywun dw i ddim yn nabod|rhywun dw i ddim yn adnabod|dyn dw i ddim yn nabod|rhywun dw i ddim yn ei nabod"
      "|rhyw ddyn|rhyw foi|dyn mewn oed|hen ddyn",
      "hala negeseuon|^anfon negeseuon|^gyrru negeseuon|^negesu|^negeseuo|messagio|mesejio|^tecstio|adio fi"
      "|^ychwanegu fi|^cwrdd|^cyfarfod|gofyn am lunia|gofyn am luniau|gofyn am lluniau|gofyn am fy|ofyn am fy"
      "|gofyn i fi ddod|gofyn i fi fynd|gofyn i fi gwrdd|eisiau lluniau|lle dw i yn byw|^cyfeiriad", gap=3),
    # secstortio / sextortion
    P("cy.threats.sextortion", "threats",
      "bydd e|bydd o|bydd hi|bydd fe|byddan nhw|fydd e|fydd o|fydd hi|byddai fe|byddai e|bysa fo|bysai fo"
      "|basa fo|neith o|wneith o|neith e|wneith e|wnaiff e|wnaiff o|e yn mynd i|o yn mynd i|fe yn mynd i"
      "|hi yn mynd i|nhw yn mynd i|yn bygwth|^bygwth",
      "~^rhannu|^postio|^dangos|^anfon|^gyrru|^hala|^lledaenu|leakio|^uwchlwytho|^danfon|sendio|shario"
      "|^gwerthu",
      "fy lluniau|fy llunia|lluniau ohona i|llunia ohona i|luniau ohona i|lunia ohona i|lluniau o fi"
      "|llunia o fi|fy fideos|fy fideo|fideos ohona i|fideo ohona i|fy nudes|nudes|y lluniau|y llunia"
      "|lluniau noeth|llunia noeth", gap=1,
      unless="dosbarth|athro|athrawes|ysgol|celf|arddangosfa|wal|nain|taid|mamgu|tadcu|pen blwydd|penblwydd"),
    P("cy.threats.sextortion_pay", "threats",
      "^lluniau|^llunia|nudes|^fideos|^fideo",
      "eisiau arian|eisiau pres|gofyn am arian|gofyn am bres|ofyn am arian|ofyn am bres|os dw i ddim yn talu"
      "|os na wna i dalu|i fi dalu|talu fe|talu o|talu nhw|mwy o luniau|mwy o lunia|neu bydd|neu fe fydd", gap=4,
      unless="gwerthu|werthu|celf|arlunio|paentio|ysgol|ffair"),
    # camfanteisio troseddol, llinellau sirol / criminal exploitation, county lines
    P("cy.threats.exploitation", "threats",
      "gwneud i fi|neud i fi|wneud i fi|gorfodi fi|orfodi fi|gofyn i fi|ofyn i fi|eisiau i fi|rhaid i fi"
      "|gorfod|talu fi i|dalu fi i|deud wrtha i|dweud wrtha i|ddweud wrtha i|ddeud wrtha i",
      "^cario cyffuriau|^cario drygs|^cario stwff|^cario pethau|^cario petha|^cario bagiau|^cario pecynnau"
      "|^cario parseli|^gwerthu stwff|^gwerthu drygs|^gwerthu cyffuriau|^gwerthu pethau iddyn|^gwerthu iddyn nhw"
      "|^gwerthu weed|^gwerthu dope|^dosbarthu|^cuddio stwff|^cuddio pethau|^cuddio drygs|^cuddio cyffuriau"
      "|^mynd a pethau|^mynd a petha|^mynd a stwff|^mynd a bagiau|^mynd a drygs|^mynd a pecynnau|drefi eraill"
      "|trefi eraill|dref arall|tref arall|dre arall|ddinasoedd eraill|^dwyn|^siopladrata", gap=3,
      unless="siopa|ysgol|cacennau|raffl|ffair|gwaith cartref|llestri|papurau|papur newydd|weld|gweld|ymweld"
             "|gwyliau|trip|gem|pel droed|nain|taid|mamgu|tadcu"),
    P("cy.threats.exploitation_gifts", "threats",
      "bechgyn hyn|hogia hyn|hogiau hyn|bois hyn|dynion hyn|plant hyn|criw hyn|gang|y gang|bechgyn mawr"
      "|hogia mawr|bois mawr",
      "^rhoi|rhoddon|roddon|rhoddodd|roddodd|^prynu|^talu|^cynnig",
      "pethau am ddim|petha am ddim|stwff am ddim|arian|^pres|ffon|drygs|dillad|trainers|treinyrs|vapes"
      "|^bwyd|pethau|petha|stwff|anrhegion", gap=2,
      unless="ysgol|pel droed|gwers|help|cyngor|losin|fferins|da da"),
    P("cy.threats.exploitation_phone", "threats",
      "dyn|dyn dieithr|rhywun dieithr|dieithryn|rhyw ddyn|bechgyn hyn|hogia hyn|hogiau hyn|bois hyn|dynion hyn"
      "|gang|bechgyn|hogia|hogiau|bois|boi",
      "^rhoi ffon|^rhoi sim|^rhoi ffonau|ffon i fi|ffon newydd i fi|ffon arall i fi|sim i fi|ffon i mi"
      "|ffonau i fi|ffon iddo fi", gap=2,
      unless="trwsio|drwsio|siop|pen blwydd|penblwydd|nadolig|anrheg|dwyn|ddwyn|torri|dorri|sgrin|fy ffon"
             "|ei ffon|eu ffon|ar y ffon|ar ffon|ffonio|galw"),
    P("cy.threats.weapon", "threats",
      CY_PERSON + "|bechgyn|hogiau|bois|rhywun",
      "^cyllell|dryll|arf|arfau", gap=4,
      unless="bara|torri|fforc|ffurc|cacen|coginio|tegan|dwr|gem|ffilm|llysiau"),

    # --- gofyn am help / asking for help ---------------------------------------------------------
    P("cy.help.alone", "help",
      "help|help help|helpwch|helpa|help plis|plis help|helpwch fi|helpa fi|help fi", gap=0, whole=True),
    P("cy.help.ask", "help",
      "~helpwch fi|helpa fi|helpu fi|fy helpu|angen help|eisiau help|help plis|plis helpa|plis helpwch|help fi"
      "|achubwch fi|achub fi|rhywun i fy helpu|angen eich help|angen dy help|plis help|pls help|help pls"
      "|ffonio yr heddlu|ffoniwch yr heddlu|ffonio 999|ffoniwch 999|angen siarad efo rhywun"
      "|angen siarad gyda rhywun|ffonio fy ngweithiwr cymdeithasol", gap=0,
      unless="gyda|efo|hefo|gwaith cartref|mathemateg|mathe|sillafu|darllen|gem|lefel|ffurflen|llenwi"
             "|dod o hyd|chwilio|tacluso|coginio|siopa|dewis|deall|dysgu|adolygu|prosiect|cario|symud|i ddod"
             "|ffeindio|ffindio|i ffeindio|chwilio am"),

    # --- cam-drin domestig / domestic abuse between adults ---------------------------------------
    P("cy.domestic_abuse.control", "domestic_abuse",
      "~rheoli|rheolodd|rheolaethol",
      "yr arian|arian|fy arian|y pres|fy mhres|pres|fy ffon|popeth|pob dim|fi|beth dw i|lle dw i|pwy dw i"
      "|fy mywyd|fy ngherdyn", gap=2,
      unless="teledu|remote|gem|rheolydd|xbox|gwres|car|dosbarth|tymer|anadlu|fy hun|ei hun|dw i|fi sy"
             "|ni yn|ein ty ni"),
    P("cy.domestic_abuse.threat_children", "domestic_abuse",
      "bygwth|mynd i|bydd e yn|bydd o yn|bydd hi yn|medde fe|meddai fe|medda fo|os af i",
      "~mynd a yr plant|cymryd y plant|mynd a y plant|cymryd yr plant|mynd a fy mhlant|cymryd fy mhlant"
      "|mynd a y babi|cymryd y babi|mynd a yr babi|byth yn gweld y plant|byth yn gweld nhw eto", gap=3,
      unless="parc|ysgol|nofio|sinema|siopau|siop|nain|mamgu|taid|tadcu|pel droed|traeth|parti|am dro|gwyliau"
             "|penwythnos|dydd sadwrn|dydd sul|ei dro"),
    P("cy.violence.body_harm", "violence",
      CY_PERSON,
      "~tynnu|tynnodd|troi|trodd|gwasgu|gwasgodd|taro|tarodd|cicio|ciciodd|pinsio|llosgi|llosgodd|crafu|brathu"
      "|cnoi|dyrnu|slapio",
      "fy ngwallt|fy mraich|fy mreichiau|fy nghlust|fy ngwddf|fy ngwddw|fy wyneb|fy mhen|fy nghoes|fy nghoesau"
      "|fy ngarddwrn|fy mol|fy nghefn|fy nhrwyn|fy mysedd", gap=1,
      unless="brwsio|plethu|torri gwallt|golchi|deintydd|doctor|meddyg|nyrs|damwain|chwarae|pel|hufen|ci|cath"
             "|gwenyn|cacwn|danadl"),
    P("cy.violence.neck", "violence",
      "~am fy ngwddf|o gwmpas fy ngwddf|gafael yn fy ngwddf|gwasgu fy ngwddf|gafael yn fy ngwddw"
      "|am fy ngwddw|gwasgu fy ngwddw", gap=0,
      unless="sgarff|mwclis|medal|cwtsh|breichiau|braich|tei|tywel|poen|brifo|stiff"),
    P("cy.domestic_abuse.not_let", "domestic_abuse",
      "e|fe|o|fo|hi|mhartner|partner|ngwr|gwr|gwraig|cariad|cyn",
      "ddim yn gadael i fi|ddim yn gadael i mi|byth yn gadael i fi|ddim yn fodlon i fi|ddim yn caniatau i fi"
      "|ddim yn gadael fi",
      "cael arian|cael pres|gweld fy ffrindiau|gweld fy nheulu|gweld fy mam|gweithio|ffonio|siarad efo"
      "|siarad gyda|cael ffon|defnyddio fy ffon|mynd i weithio|mynd at y doctor|mynd at y meddyg|gadael y ty"
      "|gadael|cysgu", gap=2, negatable=False,
      unless="gwaith cartref|gem|xbox|teledu|ystafell|stafell|tacluso|gwely|car"),
    P("cy.domestic_abuse.watches", "domestic_abuse",
      "e|fe|o|fo|hi|mhartner|partner|ngwr|gwr|gwraig|cariad|cyn",
      "edrych trwy fy ffon|mynd trwy fy ffon|edrych ar fy ffon|darllen fy negeseuon|tracio fy ffon|tracio fi"
      "|cymryd fy arian|cymryd fy ngherdyn|cadw fy ngherdyn|malu fy ffon|cymryd fy ffon|cymryd fy allweddi"
      "|cloi fi allan", gap=2, unless="damwain|gem|ar ddamwain|roblox"),

    # --- rhedeg i ffwrdd / running away -----------------------------------------------------------
    P("cy.running_away.run", "running_away",
      "~rhedeg|redeg|rhedag|redag|^ffoi|^dianc|^dengid",
      "i ffwrdd|bant|oddi cartref|o adref|oddi adref|o yr ty|o yma|o ma|i rywle|am byth", gap=1,
      unless="ci|gwenyn|gwenynen|cacwn|pry|pryfed|corryn|gem|chwarae|gwyddau|gwydd|tarw|bwystfil|ysbryd|stori"),
    P("cy.running_away.want_to_escape", "running_away",
      "eisiau|mynd i|am", "^dianc|^ffoi|rhedeg i ffwrdd|redeg i ffwrdd|rhedeg bant|redeg bant", gap=1,
      unless="ystafell|gem|chwarae"),
    P("cy.running_away.leave_home", "running_away",
      "gadael|adael", "adref|y ty|yr ty", gap=1, unless="ysgol|bws|bore|gloch|brecwast"),
    P("cy.running_away.never_back", "running_away",
      "byth yn dod nol|byth yn dod yn ol|ddim yn dod nol|ddim yn dod yn ol|byth yn mynd nol adref"
      "|byth yn mynd yn ol adref", gap=0, negatable=False),
    P("cy.running_away.sleep_out", "running_away",
      "cysgu|aros|byw",
      "ar y stryd|ar y strydoedd|yn y parc|gyda dieithryn|gyda rhywun dieithr|gyda dyn dieithr|efo dieithryn"
      "|efo dyn dieithr", gap=1, unless="gwersylla|pabell|tan"),

    # --- ail rownd / second round (issue 11): kinds of meaning the held-out text showed were thin ----
    # a beating as a noun ("ges i stid", "cael cweir"), given or got
    P("cy.violence.got_a_beating", "violence",
      "^cael|ges|gesi|gest|gaeth|gath|gafodd|gafon|gawn|gaf|roi|rhoi|rhoith|rhoiodd|rhoddodd|^rhoi",
      "~^stid|^cweir|^cosfa|^crasfa|^curfa|chwip din|^slap|^slapen|^bonclust|^clipen|^clowten|^dwrn|^peltan"
      "|^chwip|^belt|^gwregys", gap=2,
      unless=CY_ACCIDENT + "|" + CY_SCORES + "|karate|jiwdo|judo|taekwondo|bocsio|ffrindiau|high five|pum|pump|cefn|ar y cefn|da iawn|llongyfarch"),
    P("cy.violence.marks", "violence",
      "~^marciau|^marc|^cleisiau|^clais|^briwiau|^briw|llygad ddu|^creithiau|^olion bysedd|^llosgiadau|^llosg",
      "ar fy|ar ei|ar eu|ar ein|dros fy|drosta|drosto|arno|arni|arnyn|ar y babi|ar y plant|ar ei wyneb"
      "|ar ei hwyneb|i fyny fy|i fyny ei|rownd fy|rownd ei", gap=2,
      unless=CY_ACCIDENT + "|da|llawn|prawf|arholiad|gwaith cartref|gwaith|pen ffelt|beiro|paent|inc|mwd|coeden"
                           "|dringo|taro fy mhen|cath|ci|gath"),
    P("cy.violence.left_marks", "violence",
      "^gadael|^gadawodd|^gadawodd", "marc|marciau|clais|cleisiau|llygad ddu|olion", gap=1,
      unless=CY_ACCIDENT + "|da|llawn|prawf|arholiad|paent|inc|adolygiad|sylwadau"),
    P("cy.violence.rough_with", "violence",
      "rhy arw|yn arw|garw|rhy galed|rhy wyllt|^ysgwyd|^ysgydwodd|^llusgo|^llusgodd|^pinsio|^pinsiodd|^mygu|^mygodd",
      "efo|gyda|hefo|gydag|ar|" + CY_VICTIM, gap=1,
      unless=CY_ACCIDENT + "|llaw|dwylo|potel|dis|halen|teganau|tegan|bwrdd|gwely|glaw|ci|cath|gath"),

    # wanting to end it, said without "die"
    P("cy.self_harm.end_it_all", "self_harm",
      "meddwl am|eisiau|teimlo fel|mynd i|am|awydd|ystyried|isio|trio|wedi trio|bron|ffansi",
      "~^diweddu|^gorffen|dod a|^rhoi diwedd ar|^rhoi terfyn ar|^cau pen y mwdwl ar",
      "yr cyfan|y cyfan|popeth|bob dim|bob peth|fy mywyd|y cwbl|yr cwbl|cwbl|fy hun|y cyfan i ben|yr cyfan i ben"
      "|y cwbl i ben", gap=1,
      unless="gwaith|gwaith cartref|prosiect|traethawd|cyn|bwyd|plat|llyfr|gem|lefel|pennod|cyfres|ras|cwrs"),
    P("cy.self_harm.no_point_going_on", "self_harm",
      "ddim|dim|be di|beth yw|be ydy|beth ydi|does dim|heb|sdim|does na ddim|be|beth|unrhyw|gweld",
      "^pwynt|^rheswm",
      "cario mlaen|cario ymlaen|mynd ymlaen|mynd mlaen|byw|bod yn fyw|bod yma|deffro|i fi fod yma|yn fy mywyd"
      "|mewn byw|mewn bywyd|o gwbl", gap=3, negatable=False,
      unless="ysgol|gwaith cartref|gem|lefel|dadlau|trio esbonio|esbonio|gofyn|adolygu"),
    P("cy.self_harm.cutting_again", "self_harm",
      "wedi bod yn|dechrau|dechra|nol yn|eto yn|wedi dechrau|wedi ail ddechrau|ail ddechrau",
      "~^torri|cutio|^hunan niweidio|^crafu|^llosgi",
      "eto|fy hun|fy mreichiau|fy nghoesau|ar fy|fy mraich|fy nghoes|fy ngarddwrn|fy arddwrn|fy nghroen",
      gap=1, unless="gwallt|coed|papur|llysiau|gwair|lawnt|bara|cacen|tost|swper|bwyd|gwinedd|ewinedd"),
    P("cy.self_harm.pills_all", "self_harm",
      "^cymryd|^llyncu|^yfed|^cymerais|^cymres|^cymerodd",
      "fy holl|yr holl|holl|y cyfan o|y cwbl o|yr cwbl o|pob un o|yr un o|bob un o",
      "~^tabledi|pils|pills|paracetamol|^moddion|^meddyginiaeth|^cyffuriau", gap=1,
      unless="meddyg|doctor|pen tost|cur pen|fel dylwn|fel mae|bob bore|bob nos"),
    P("cy.self_harm.stockpile", "self_harm",
      "^cadw|^casglu|^celcio|^hel|stocio|^cuddio|^cynilo",
      "~^tabledi|pils|pills|paracetamol|^moddion|^meddyginiaeth|^llafnau|^raseli",
      "i gyd|i fyny|yn y dirgel|yn gudd|rhag|ar gyfer|nhw i gyd|yn fy stafell|dan fy ngwely|mewn bocs|am", gap=2,
      unless="meddyg|doctor|fferyllfa|dan glo|cloi|saff|diogel|cwpwrdd uchel|allan o gyrraedd"),

    # sexual: watched, shown, asked for pictures
    P("cy.sexual.watched", "sexual",
      "^gwylio|sbio ar|^edrych ar|^ffilmio|tynnu lluniau o|tynnu llun o|^sbecian ar",
      "fi|ohona i|ni|hi|fo",
      "yn y gawod|yn y bath|yn newid|yn noeth|yn cysgu|yn y gwely|yn y stafell molchi|yn y toiled|heb ddillad"
      "|yn dadwisgo|yn fy nillad isaf|drwy yr twll|trwy yr twll|trwy yr drws", gap=2,
      unless="babi|nofio|pwll|gem|ffilm|cath|ci|gath"),
    P("cy.sexual.sent_images", "sexual",
      "^gyrru|^anfon|^danfon|^rhannu|^postio|sendio|^dangos|yrrodd|anfonodd|ddangosodd",
      "lluniau|llun|fideos|fideo|pics|nudes|lunie",
      "noeth|preifat|bethau preifat|pethau preifat|rhannau preifat|ei bidlan|ei gorff|heb ddillad|budr|rhywiol"
      "|anweddus|secsi|sexy|ohono fo yn noeth", gap=2,
      unless="nain|taid|mamgu|tadcu|ysgol|pen blwydd|gwyliau|traeth|parti|ci|cath|gath|gwaith cartref|celf"),
    P("cy.sexual.asked_for_images", "sexual",
      "~eisiau i fi|eisiau fi|gofyn i fi|gofyn imi|deud wrtha i am|dweud wrtha i am|gwneud i fi|neud i fi|gneud i fi"
      "|perswadio fi i|trio cael fi i|pwyso arna i i|mynnu bod fi|gorfodi fi i|swnian arna i i|isio i fi",
      "^gyrru|^anfon|^danfon|sendio|^tynnu|^rhannu|^ffilmio|^postio",
      "lluniau ohona i|llun ohona i|fideos ohona i|fideo ohona i|ohona i|lluniau noeth|llun noeth|fideos|fideo"
      "|lluniau|llun|pics|nudes|lunie|fy nillad isaf|heb ddillad|noeth", gap=2,
      unless="nain|taid|mamgu|tadcu|anti|ffrind|ysgol|athro|athrawes|gwaith cartref|ci|gath|cath|pen blwydd"
             "|gwyliau|traeth|parti|pasbort|ffurflen|celf|prosiect|dosbarth"),

    # criminal exploitation: made to carry, keep, sell or deliver; going missing; gangs; taken away
    P("cy.threats.made_to_carry", "threats",
      "gorfod|gorfodi fi i|gwneud i fi|neud i fi|gneud i fi|deud wrtha i am|dweud wrtha i am|gyrru fi i|anfon fi i"
      "|danfon fi i|eisiau i fi|isio i fi|cael fy nefnyddio i|cael ei defnyddio i|cael ei ddefnyddio i"
      "|defnyddio fi i|defnyddio fo i|defnyddio hi i|talu i fi|talu fi i|rhaid i fi|cael fy talu i|cael pres i"
      "|cael arian i",
      "~^cario|^gwerthu|^cadw|^cuddio|mynd a|^danfon|^gollwng|^delio|^symud|^dal|^nol|^casglu|^pasio",
      "cyffuriau|drygs|drugs|stwff|pecynnau|pecyn|parseli|parsel|bagiau|bag|cyllell|cyllyll|gwn|pres|arian"
      "|weed|gear|ffonau|ffon|pethau|petha|cocaine|crack|tabledi", gap=2, negatable=False,
      unless="siopa|i mam|i nain|i taid|gwaith cartref|papurau|rownd bapur|elusen|ysgol|athro|athrawes|clwb|bin"
             "|biniau|ci|llyfrau|llyfrgell|ailgylchu|fy mag|bag ysgol|pel droed|cit|cefnder|cymydog|cinio"),
    P("cy.threats.for_older", "threats",
      "^cario|^gwerthu|^cadw|^cuddio|mynd a|^danfon|^gollwng|^delio|^symud|^dal",
      "cyffuriau|drygs|drugs|stwff|pecynnau|pecyn|parseli|parsel|bagiau|weed|gear|cyllell|gwn|ffonau",
      "i hogiau|i fechgyn|i ddynion|iddyn nhw|iddo fo|iddo fe|iddo|ar gyfer|i gang|i rywun|i bobl|i hogia"
      "|i bois|i fois|i yr bois|i yr hogiau|i yr bechgyn|i yr dynion|i yr gang|i yr lads|i lads|i yr boi"
      "|i dre arall|i dref arall|i ddinas arall|i dre|dros", gap=2, negatable=False,
      unless="siopa|mam|nain|gwaith cartref|elusen|ysgol|athro|clwb|cymydog|cefnder"),
    P("cy.threats.burner_phone", "threats",
      "ffon|ffon arall|ail ffon|ffon newydd|ffon rhad",
      "gorfod ateb|rhaid ateb|rhaid i fi ateb|ateb hi bob tro|ateb o bob tro|ateb bob tro|gorfod ei hateb"
      "|gorfod ei ateb|gorfod gwneud be|gwneud be maen nhw", gap=8,
      unless="mam|dad|nain|taid|ffrind|ysgol|pen blwydd|nadolig|gwaith"),
    P("cy.threats.going_missing", "threats",
      "~mynd ar =goll|ar =goll|^diflannu|yn diflannu|wedi diflannu|^diflannodd",
      "pres|arian|dillad newydd|ffon newydd|trainers|trenyrs|dyddiau|oriau|drwy yr nos|trwy yr nos|dros nos"
      "|heddlu|efo dynion|gyda dynion|efo hogiau|eto|dod nol|yn hwyr", gap=6,
      unless="ci|cath|gath|goriadau|allweddi|sanau|hosan|gwaith cartref|llyfr|sbectol|ffilm|gem|bocs bwyd"),
    P("cy.threats.gang", "threats",
      "~gang|gangiau|delwyr|deliwr|delio cyffuriau|delio drygs|delio", gap=0,
      unless="ffilm|gem|teledu|llyfr|lego|gang o ffrindiau|ffrindiau|chwarae|cardiau|lol|cyfres|drama|rap|can"),
    P("cy.threats.taken_away", "threats",
      "mynd a fi|mynd a ni|mynd a fo|mynd a hi|cymryd fi|symud fi|gyrru fi|anfon fi|danfon fi",
      "fflat|ty dyn|ty rhywun|gwesty|tre arall|dref arall|dinas arall|lle arall|lle dieithr",
      "aros|gwerthu|gorfod|cadw fi|cloi|dim hawl|ddim yn cael|gwneud i fi|neud i fi|gneud i fi|gweithio", gap=5,
      unless="gwyliau|nain|taid|mamgu|tadcu|trip|ysgol|teulu|pen blwydd|parti|sinema|gem|siopa|carafan|cefnder"),

    # left alone: not come back, no adult here, left on one's own
    P("cy.neglect.not_come_back", "neglect",
      CY_PERSON + "|neb|rhieni|fy rhieni",
      "~heb ddod nol|heb ddod adref|heb ddod yn ol|ddim wedi dod nol|ddim wedi dod adref|ddim wedi dod yn ol"
      "|heb fod adref|ddim wedi bod adref|heb gyrraedd adref|ddim adref ers|heb ddod|wedi bod adref",
      gap=4, negatable=False,
      unless="eto|siop|gwaith|o yr gwaith|ysgol|dre|ysbyty|gwyliau|trip|campfa|o yr siop"),
    P("cy.neglect.did_not_come_home", "neglect",
      "^daeth|ddoth|ddath|^dod|^daethon|^daethant",
      CY_PERSON + "|neb|rhieni|fy rhieni",
      "ddim adref|ddim nol|ddim yn ol|byth adref|byth nol", gap=3, negatable=False, reach=6,
      unless="siop|gwaith|gwyliau|trip|ysbyty|shifft|tan|traffig|bws|tren|hwyr|munud|funud|awr"),
    P("cy.neglect.no_adults", "neglect",
      "~dim oedolion|ddim oedolion|dim oedolyn|ddim oedolyn|neb mewn oed|neb adref|neb wedi bod adref"
      "|neb yn y ty|neb wedi bod|neb yma|neb i edrych ar|neb i ofalu",
      "yma|adref|ers|yn y ty|am|drwy|heno|bob nos|i edrych|i ofalu|ar ol|dyddiau|o gwbl|eto", gap=1,
      negatable=False,
      unless="nain|taid|mamgu|tadcu|ffrind|felly dw i|parti|lol|ty rhydd|hwre|ysgol|clwb"),
    P("cy.neglect.left_alone", "neglect",
      "cael fy|cael ein|^gadael|^gadawodd|^gadawon",
      "~^gadael|fi|ni|y plant|yr plant",
      "ar ben fy hun|ar ben ein hunain|ben fy hun|ar fy mhen fy hun|ar ben fi hun|ar ben fy hunan|adref"
      "|yn y ty|yn y car|ar ol", gap=2,
      unless="llonydd|plis|jyst|eisiau|isio|gwell gen i|hoffi|licio|nain|taid|mamgu|tadcu|efo dad|efo mam"
             "|gyda dad|gyda mam|ffrind|ysgol|clwb|gwarchodwr"),
    P("cy.neglect.alone_since", "neglect",
      "ar ben fy hun|ar fy mhen fy hun|ben fy hun|ar ben fi hun|ar ben fy hunan|ar ben ein hunain|ein hunain",
      "ers|ers dyddiau|ers ddoe|ers neithiwr|ers dydd|efo fy mrawd bach|efo fy chwaer fach|efo y babi"
      "|gyda fy mrawd bach|gyda fy chwaer fach|gyda y babi|efo fy mrodyr|efo fy chwiorydd", gap=3,
      unless="ers i mi|bws|tren|cerdded|beic|nofio|ymarfer"),

    # no food
    P("cy.neglect.nothing_to_eat", "neglect",
      "~dim i fwyta|ddim i fwyta|dim byd i fwyta|ddim byd i fwyta|dim i fyta|ddim i fyta|dim byd i fyta"
      "|ddim byd i fyta|dim byd i gael|dim tamaid|ddim tamaid|dim briwsionyn|dim bwyd yn y ty|dim bwyd adref",
      gap=0, unless="ond|heblaw|siop|siopa|tecawe|pitsa|lol|diet|ympryd|ramadan"),
    P("cy.neglect.hungry_nothing", "neglect",
      "~llwglyd|newynog|llwgu|lwgu|eisiau bwyd",
      "does dim|does na ddim|dim byd|ddim byd|does gen|dim bwyd|ddim bwyd|mynd i gwely|i gwely|i fy ngwely"
      "|trwy yr nos|achos|eto|heno|sgen ni ddim|sgen i ddim|ers", gap=4,
      unless="tan|nes|ar ol ymarfer|ar ol pel droed|ar ol nofio|be sy|beth sy|i de|i swper|cinio yn|amser"),
    P("cy.neglect.bed_hungry", "neglect",
      "mynd i gwely|mynd i yr gwely|mynd i fy ngwely|mynd i ysgol|mynd i yr ysgol|mynd i gysgu",
      "llwglyd|eisiau bwyd|heb fwyd|heb swper|heb de|heb fwyta|yn llwglyd|newynog", gap=2,
      unless="ddim eisiau|sal|salwch|ympryd|ramadan|diet"),
    P("cy.neglect.only_food_at_school", "neglect",
      "ond|yr unig|unig|dim ond",
      "cael bwyd|bwyta|bwyd|pryd|cael pryd|cael cinio|pryd poeth|cael fy mwydo",
      "yn ysgol|yn yr ysgol|yn y ysgol|ysgol|clwb brecwast|yn nhy nain|banc bwyd|yn nhy fy ffrind", gap=3,
      unless="achos dw i yn hoffi|licio|heddiw|salad|iach|llysieuwr|diet"),
    P("cy.neglect.empty_fridge", "neglect",
      "dim byd|ddim byd|dim bwyd|ddim bwyd|dim|gwag|wag",
      "yn y ffrij|yn yr oergell|yn y cwpwrdd|yn y cypyrddau|yn y gegin|yn y ty", gap=1, negatable=False,
      unless="heblaw|ond|siopa|glanhau|ffrij newydd|symud|tecawe|teledu|i wneud|i neud|diflasu", reach=8),
    P("cy.neglect.fridge_empty", "neglect",
      "~ffrij|oergell|cypyrddau|cwpwrdd bwyd", "wag|gwag|yn wag", gap=2,
      unless="heblaw|ond|siopa|glanhau|ffrij newydd|symud|tecawe", reach=8),
    P("cy.neglect.cannot_feed", "neglect",
      "methu|ffaelu|ddim yn gallu|dim yn gallu|dim pres i|dim arian i|methu fforddio|ddim yn gallu fforddio"
      "|alla i ddim|fedra i ddim|fedrai ddim|dim digon o bres i|dim digon o arian i",
      "~^bwydo|prynu bwyd|fforddio bwyd|rhoi bwyd|cael bwyd|rhoi swper|prynu llaeth|prynu clytiau", gap=2,
      negatable=False, unless="ci|cath|gath|hwyaid|pysgod|bochdew|aros|llawn|ffyslyd"),

    # neglect of care
    P("cy.neglect.drug_litter", "neglect",
      "~nodwyddau|nodwydd|chwistrellau|chwistrell|syringes|needles|poteli gwag|caniau gwag|ffoil",
      "ar y llawr|yn y ty|o gwmpas|ym mhobman|ymhobman|yn y stafell molchi|yn y bathrwm|yn fy stafell|ar y bwrdd"
      "|yn y gegin|dros y lle", gap=2, negatable=False,
      unless="gwnio|pwytho|meddyg|doctor|ysbyty|brechiad|brechlyn|diabetes|insulin|inswlin|parti|ailgylchu|bin"),
    P("cy.neglect.filthy_house", "neglect",
      "y ty|ty ni|yr ty|y fflat|fflat ni|fy stafell|y gegin|y lle|y stafell molchi",
      "~^budr|ych a fi|^ffiaidd|^drewi|^drewllyd|llawn llwydni|llawn sbwriel|^llwydni|^llygod|baw ci|baw"
      "|^chwain|^cynrhon|llanast ofnadwy", gap=2,
      unless="parti|ar ol|tacluso|glanhau|adeiladwyr|symud|peintio|addurno|lol|fy mai i|sanau|o sanau|traed", reach=7),
    P("cy.neglect.mess_everywhere", "neglect",
      "~baw ci|baw|^sbwriel|^llwydni|^nodwyddau|bagiau bin|^chwd|^cynrhon|^pi pi|^chwydu|^chwdu|taflu i fyny",
      "ym mhobman|ymhobman|bobman|dros y lle|ar y llawr|ym mhob stafell|dros y ty", gap=1,
      unless="parc|traeth|stryd|ffordd|tu allan|cae|ysgol|palmant|llwybr"),
    P("cy.neglect.passed_out", "neglect",
      CY_PERSON,
      "~pasio allan|^basio allan|^anymwybodol|out of it|off ei phen|off ei ben|allan ohoni|^chwil|chwil ulw"
      "|feddw gaib|ar y botel|ar y pop|=stoned|=wasted|=high|yn =high|methu deffro|ddim yn deffro", gap=5,
      unless="ffilm|teledu|gwers|ysgol|ysbyty|llawdriniaeth|gwres|poeth|haul"),
    P("cy.neglect.stays_in_bed", "neglect",
      CY_PERSON,
      "~byth yn codi|ddim yn codi|aros yn y gwely|aros yn ei gwely|aros yn ei wely|yn ei gwely trwy yr dydd"
      "|yn y gwely trwy yr dydd|yn y gwely drwy yr dydd|cysgu trwy yr dydd|cysgu drwy yr dydd"
      "|ar y soffa trwy yr dydd|ar y soffa drwy yr dydd", gap=2,
      unless="sal|salwch|ffliw|covid|penwythnos|dydd sul|dydd sadwrn|shifft nos|gweithio nos|ysbyty|llawdriniaeth"
             "|beichiog|babi newydd|gwyliau"),
    P("cy.neglect.too_intoxicated", "neglect",
      "~yfed gormod|rhy feddw|yn rhy feddw|rhy high|ar y botel|nol ar y cyffuriau|nol ar y botel|yfed eto"
      "|defnyddio eto|cymryd cyffuriau eto|nol ar y drygs|yfed bob dydd|yfed trwy yr dydd|yfed drwy yr dydd",
      "edrych ar ol|gofalu am|y plant|yr plant|y babi|yr babi|fy mhlant|gyrru|nol y plant|ymdopi|codi|deffro"
      "|bwydo", gap=4,
      unless="dwr|sudd|te|coffi|llaeth|gormod o de|gormod o goffi"),
    P("cy.neglect.no_carer_h", "neglect",
      "neb|byth|ddim|dim",
      "edrych ar ein hol|edrych ar ei hol|edrych ar eu hol|edrych ar fy ol|gofalu amdanom|gofalu amdanon ni"
      "|edrych ar ol y plant|edrych ar ol fi|edrych ar ol ni", gap=4, negatable=False,
      unless="heblaw|ond nain|ond taid|ond mam|ond dad|achos fy mod i yn|mor dda"),

    # scared to go home; fetch me; locked in with no way out; stuck
    P("cy.fear.dont_make_me_go", "fear",
      "paid|peidiwch|plis paid|pls paid|plis peidiwch|peidio",
      "gwneud i fi|gneud i fi|neud i fi|gorfodi fi i|anfon fi|gyrru fi|danfon fi|gwneud i mi|gneud i mi"
      "|neud i mi|gadael iddyn nhw",
      "fynd adref|mynd adref|fynd nol|mynd nol|fynd yn ol|mynd yn ol|mynd gatre|fynd gatre|mynd yna|fynd yna",
      gap=1, negatable=False, unless="ysgol|gwely|gwers|ymarfer|eto"),
    P("cy.fear.cannot_go_home", "fear",
      "methu|ffili|ffaelu|ddim yn gallu|dim yn gallu|alla i ddim|fedra i ddim|fedrai ddim|feiddia i ddim"
      "|dw i ddim yn meiddio|ofn",
      "mynd adref|fynd adref|mynd nol adref|mynd nol|fynd nol|mynd gatre|fynd gatre|mynd yn ol|fynd yn ol"
      "|wynebu mynd adref|mynd adref heno|mynd adref eto", gap=1, negatable=False,
      unless="bws|tren|lifft|traffig|eira|storm|ffordd|car|ysgol|gwaith|parti|hwyl|achos dw i yn mwynhau|ffrind"),
    P("cy.fear.what_will_happen", "fear",
      "~^ofn|ofni|ofnus|^poeni|^dychryn|^arswyd|scared|gofidio",
      "be neith digwydd|beth neith digwydd|be wneith digwydd|be fydd yn digwydd|beth fydd yn digwydd"
      "|be sy yn mynd i digwydd|beth sy yn mynd i digwydd|be neith o|be neith e|be wneith o|be wneith e"
      "|be neith hi|be wnaiff o|be wnaiff e|pan dw i yn cyrraedd adref|pan dw i yn cyrraedd|cyrraedd adref"
      "|pan mae o yn cyrraedd adref|pan mae e yn cyrraedd adref|mynd nol|fynd nol|mynd gatre|fynd gatre|mynd adref"
      "|fynd adref|mynd yn ol|fynd yn ol", gap=4,
      unless="arholiad|arholiadau|canlyniadau|prawf|ysgol|gwyliau|trip|gwaith|deintydd|doctor|gem|ffilm"),
    P("cy.help.come_get_me", "help",
      "angen rhywun i|rhywun|plis|pls|fedrwch chi|allwch chi|all rhywun|fedr rhywun|dw i angen|angen|help",
      "~dod i nol fi|dod i fy nol|dod i fy nol i|nol fi|ddod i nol fi|ddod i fy nol|ddod i fy nol i"
      "|mynd a fi o yma|mynd a fi oddi yma|cael fi allan|cael fi o yma|achub fi|dod yma rwan|dod rwan|dod yma nawr"
      "|dod nawr|ddod yma rwan|ddod yma nawr|anfon rhywun|gyrru rhywun", gap=3,
      unless="ysgol|ymarfer|pel droed|parti|am 5|am chwech|wedyn|fory|gorsaf|dre|lifft|gem|lefel|sinema|parc"),
    P("cy.violence.locked_no_way_out", "violence",
      "~^cloi|^cloiodd|^cloion|^cau|^caeodd|cuddio yr goriad|cuddio yr allwedd|cymryd yr goriad|cadw yr goriad"
      "|cadw yr allwedd|cymryd yr allwedd",
      "methu mynd allan|methu mynd mas|methu gadael|ddim yn gallu mynd|methu dianc|fedra i ddim mynd"
      "|alla i ddim mynd|ddim yn cael mynd|dim hawl mynd|methu dod allan|methu dod mas|ffili mynd mas"
      "|ffili mynd allan|sownd|dim ffordd allan|ddim yn gadael i fi", gap=6,
      unless="gem|ystafell ddianc|lefel|cyfrif|ffon|car|fy hun allan|goriadau|ar ddamwain|eira|storm|minecraft"
             "|roblox|fortnite|lifft"),
    P("cy.violence.stuck_in", "violence",
      "~sownd|styc|stuck|^caeth|^cadw|^cloi|gorfod aros",
      "yn fy stafell|yn fy ystafell|yn y ty|yn y stafell|yn fy llofft|tu mewn|yn y fflat|yn y cwpwrdd|yn y sied",
      "methu mynd|methu gadael|ddim yn cael|dim hawl|methu dod|ffili mynd|ffili dod|drwy yr dydd|drwy yr nos"
      "|am ddyddiau|am oriau|dim bwyd|dim ffordd|dan glo", gap=4,
      unless="glaw|bwrw glaw|eira|storm|covid|sal|salwch|gwaith cartref|adolygu|gem|gemio|lol|brech yr ieir"
             "|hunan ynysu|achos dw i eisiau|lefel|traffig"),
    P("cy.threats.weapon_held", "threats",
      "gynno fo|gynno|ganddo fo|ganddo fe|ganddo|gyda fe|gydag e|efo fo|gynnyn nhw|ganddyn nhw|gyda nhw|gen e"
      "|gan dad|gan mam|gan fy llystad",
      "gwn|gwnn|dryll|cyllell|gyllell|cyllyll|machete|arf|arfau|gun|knife", gap=1,
      unless="gem|tegan|dwr|paent|nerf|cegin|bara|menyn|cig|fortnite|minecraft|roblox|swper|fforc"),
    P("cy.running_away.nowhere", "running_away",
      "~unman|nunlle|nunman|unlle|nunlla|^unlla|dim lle|ddim lle|lle i fynd",
      "i gysgu|i fynd|i aros|i fyw|i droi|heno|i fynd heno", gap=1, negatable=False,
      unless="i barcio|i eistedd|i roi|i chwarae|i gadw|i guddio|i brynu|i fwyta|ar y bws|ar y tren"),
    P("cy.neglect.kicked_out", "neglect",
      "^cael|ges|gesi|gaeth|gath|wedi cael|^cicio|^taflu",
      "~^cicio allan|^cicio mas|^taflu allan|^taflu mas|^cicio o yr ty|^taflu o yr ty|fy nghicio allan"
      "|fy nhaflu allan|nghicio allan|nhaflu allan|nghicio mas|nhaflu mas", gap=2,
      unless=CY_ACCIDENT + "|gem|tim|dosbarth|clwb|gwers|cae|cerdyn coch|cerdyn|sgwad|grwp"),

    # domestic abuse: watched and controlled
    P("cy.domestic_abuse.watched", "domestic_abuse",
      "o|fo|e|fe|fy mhartner|partner|ngwr|gwr|cariad|fy nghariad|fy nghyn|cyn bartner|hi|nhw",
      "~checio fy ffon|tjecio fy ffon|tsiecio fy ffon|edrych ar fy ffon|edrych trwy fy ffon|mynd trwy fy ffon"
      "|darllen fy negeseuon|tracio|tracio fi|dilyn fi|fy nilyn|cadw llygad arna i|gwylio lle|gwybod lle dw i"
      "|rheoli pwy|rheoli lle|rheoli be|rheoli beth|rheoli fy|cymryd fy arian|cymryd fy mhres|cymryd fy ngherdyn"
      "|stopio fi weld|stopio fi rhag gweld|ddim yn gadael i fi weld|ddim yn gadael i fi fynd|cloi fi i mewn"
      "|dal i ddod i yr ty|troi fyny|dod i yr ty", gap=2, negatable=False,
      unless="mam|dad|rhieni|diogel|saff|ysgol|rhannu lleoliad|gem|insta|tiktok|hwyr|lol|blodau|swper|ar amser"),
    # --- ail rownd, ail swp / second round, second batch -----------------------------------------
    P("cy.neglect.money_on_drink", "neglect",
      "~^gwario|^gwariodd|^gwastraffu|^gwastraffodd|^yfed|^defnyddio|^rhoi",
      "pres bwyd|arian bwyd|yr arian|y pres|ein pres|ein harian|pres|arian|pres y plant|arian y plant|budd-daliadau"
      "|pres rhent|pres trydan|ei chyflog|ei gyflog",
      "ar diod|ar drygs|ar cyffuriau|ar cwrw|ar fodca|ar alcohol|ar gamblo|ar betio|ar y bwci|ar sgratsh|ar smocs"
      "|ar sigaréts|yn y dafarn|yn y pub", gap=3),
    P("cy.neglect.go_without_for_kids", "neglect",
      "~methu prydau|mynd heb fwyd|mynd heb|peidio bwyta|dim yn bwyta|ddim yn bwyta|llwgu fy hun|sgipio prydau",
      "er mwyn i y plant|fel bod y plant|fel bod gan y plant|i y plant|i fy mhlant|er mwyn i fy mhlant|i y babi"
      "|er mwyn i nhw|fel bod nhw|i fwydo", gap=2, negatable=False,
      unless="diet|ympryd|ramadan|grawys|colli pwysau|iach"),
    P("cy.neglect.soiled", "neglect",
      "gwely|cynfasau|matres|clwt|cewyn|dillad|trowsus|gwisg ysgol|carped|cot|y babi",
      "~gwlyb o|yn wlyb o|drewi o|yn drewi o|llawn|socian|wedi socian|yn socian|yn ogleuo o|oglau",
      "^pi pi|^pipi|^piso|baw|chwd|wrin|cachu", gap=3,
      unless="glaw|pwdl|chwys|paent|mwd|ci|cath|gath|damwain neithiwr|unwaith"),
    P("cy.neglect.worn_out_clothes", "neglect",
      "gorfod gwisgo|dim ond|wastad yn gwisgo|gwisgo|gorfod|dim ond gen i",
      "sgidiau|esgidiau|dillad|trenyrs|cot|sanau|gwisg ysgol|trowsus",
      "~efo tyllau|gyda tyllau|llawn tyllau|yn dyllau|wedi rhwygo|rhy fach|sy ddim yn ffitio|wedi treulio"
      "|yn disgyn yn ddarnau|wedi torri|ail law", gap=4,
      unless="ffasiwn|steil|jins|jeans|pwrpas|cwl|gwisg ffansi|ymarfer corff|pel droed|mwdlyd"),
    P("cy.threats.forced_to_sell", "threats",
      "~cael fy ngorfodi i|cael ei orfodi i|cael ei gorfodi i|gorfodi fi i|gwneud i fi|neud i fi|gneud i fi"
      "|cael fy nefnyddio i|pwyso arna i i|gorfod",
      "gwerthu|delio|gwerthu cyffuriau|gwerthu drygs|delio drygs|cario drygs|cario cyffuriau|symud stwff"
      "|gweithio iddyn nhw|gwerthu iddyn nhw", gap=0, negatable=False,
      unless="tocynnau|raffl|cacennau|beic|car|ty|da da|dillad|vinted|ebay|hen|elusen|bisgedi|ffair"),
    P("cy.threats.arrested_away", "threats",
      "~^arestio|wedi cael ei arestio|cael ei arestio|heddlu wedi ei ffeindio|heddlu wedi dod o hyd",
      "mewn tref arall|mewn tre arall|dinas arall|milltiroedd i ffwrdd|efo cyffuriau|efo cyllell|efo pres"
      "|gyda cyffuriau|gyda cyllell|gyda pres|gyda arian|efo arian|mewn fflat|efo dynion|gyda dynion"
      "|yn lerpwl|yn llundain|yn birmingham|ar y tren", gap=4),
    P("cy.threats.debt_to_them", "threats",
      "~dwad|^dyled|mewn dyled|yn ddyledus|^talu yn ol|^talu nol",
      "iddyn nhw|iddo fo|iddo fe|i hogiau|i yr hogiau|i rywun|i ddynion|pres iddyn|arian iddyn|i yr bois|i bois"
      "|i gang|i yr gang", gap=3,
      unless="ffrind|chwaer|brawd|mam|dad|nain|taid|mamgu|tadcu|pumpunt|decpunt|punt|diod|cinio|ffafr|diolch"),
    P("cy.threats.secret_phone", "threats",
      "~ail ffon|ffon arall|ffon newydd|ffon rhad|ffon gyfrinachol|dwy ffon",
      "ddim yn deud|ddim yn dweud|cyfrinach|cuddio|ddim yn gwybod|pwy roddodd|gan bwy|o ble|o le|dim syniad"
      "|gwrthod deud|gwrthod dweud", gap=6,
      unless="pen blwydd|nadolig|hen ffon|ysgol|gwaith|gwobr|wedi torri"),
    P("cy.sexual.meet_secret", "sexual",
      "~^cwrdd|^cyfarfod|^gweld fo|^gweld e|dod i fy ngweld|dod draw|^nol fi|mynd i ei dy",
      "peidio deud|peidio dweud|paid deud|paid dweud|paid a deud|paid a dweud|peidio son|peidio gadael i"
      "|cadw fo yn gyfrinach|cadw e yn gyfrinach|yn gyfrinach|cyfrinach|dileu|heb ddeud|heb ddweud", gap=6,
      negatable=False, unless="syrpreis|parti|pen blwydd|anrheg|nadolig|sul y mamau|sul y tadau"),
    P("cy.sexual.adult_age", "sexual",
      "~siarad efo|siarad gyda|siarad hefo|sgwrsio efo|sgwrsio gyda|negeseuon efo|negeseuon gyda|cwrdd a"
      "|mynd allan efo|mynd allan gyda|canlyn|gweld|aros efo|aros gyda|cysgu efo|cysgu gyda|tecstio",
      "dyn|boi|oedolyn|hogyn|bachgen|rhywun|dynes",
      CY_ADULT_AGE, gap=1,
      unless="nain|taid|mamgu|tadcu|mam|dad|anti|yncl|athro|athrawes|doctor|meddyg|nyrs|hyfforddwr|gweithiwr"),
    P("cy.sexual.delete_messages", "sexual",
      "deud wrtha i am|dweud wrtha i am|gofyn i fi|eisiau i fi|gwneud i fi|neud i fi|gneud i fi|wedi deud am"
      "|deud wrthi am|deud wrtho am|dweud wrthi am|dweud wrtho am",
      "~^dileu|deleto|^delete|^cuddio",
      "ein negeseuon|y negeseuon|yr negeseuon|ein sgwrs|y sgwrs|y lluniau|yr lluniau|negeseuon|y chats|ein chats"
      "|y sgyrsiau|yr sgyrsiau|y fideos|yr ap", gap=1),
    P("cy.self_harm.giving_up", "self_harm",
      "~rhoi fyny ar|rhoi i fyny ar|rhoi yr gorau i|rhoi gorau i|rhoi fyny|rhoi i fyny",
      "bob dim|popeth|bywyd|byw|y cyfan|yr cyfan|fy hun|pob dim|fy mywyd", gap=1,
      unless="gwaith cartref|diet|siocled|siwgr|smocio|creision|gem|pel droed|grawys|piano|gitar"),
    P("cy.self_harm.as_well_be_dead", "self_harm",
      "man a man|waeth|waeth i fi|man a man i fi|well gen i|gwell gen i|fyddai yn well gen i",
      "~^marw|wedi marw|lladd fy hun|^diflannu|peidio bod yma|peidio bod yn fyw|bod yn y bedd", gap=3,
      unless="lol|haha|cywilydd|arholiad|prawf|chwerthin"),
    P("cy.self_harm.better_without_me", "self_harm",
      "~haeddu gwell na fi|haeddu mam well|haeddu tad gwell|haeddu gwell|well off hebdda i|gwell hebdda i"
      "|well hebdda i|gwell heb fi|well heb fi|well off heb fi|=baich ar|yn =faich|jyst yn =faich|dim byd ond =baich"
      "|well tasen i wedi mynd|well taswn i ddim yma|gwell taswn i wedi marw", gap=0,
      unless="tim|athro|ffrind lol|haha"),
    P("cy.self_harm.planning", "self_harm",
      "~^cynllunio|cynllun|^meddwl|^chwilio|^gwglo|googlo|^penderfynu|ymchwilio|wedi sgwennu|ysgrifennu",
      "sut i dod a fo i ben|sut i dod a fe i ben|sut i lladd fy hun|sut i marw|sut i gorffen|sut i diweddu"
      "|ffordd i marw|ffyrdd i marw|faint o tabledi|dod a fo i ben|dod a fe i ben|dod ag e i ben|lladd fy hun"
      "|diweddu fy mywyd|gorffen fy mywyd|llythyr hunanladdiad|nodyn hunanladdiad|ewyllys", gap=2,
      unless="gem|stori|traethawd|llyfr|ffilm|cymeriad|prosiect"),
    P("cy.self_harm.let_it_all_end", "self_harm",
      "eisiau i|angen i|dymuno i|gweddio i|awydd i|isio i",
      "bob dim|popeth|pob dim|y cyfan|yr cyfan|y cwbl|fy mywyd|hyn i gyd|bywyd|o|fo|fe|e",
      "~dod i ben|stopio i gyd|stopio am byth|gorffen am byth|diweddu", gap=1,
      unless="gwyliau|ysgol|tymor|gwers|ffilm|gem|cyfres|wythnos|glaw"),
    P("cy.self_harm.cannot_go_on", "self_harm",
      "methu|fedra i ddim|alla i ddim|fedrai ddim|ddim yn gallu|dim yn gallu",
      "~cario mlaen|cario ymlaen|mynd ymlaen|mynd mlaen|dal ati|ymdopi|byw",
      "fel hyn|dim mwy|ddim mwy|rhagor|mwyach|yn hirach|efo hyn|gyda hyn|ddim|heb", gap=1, negatable=False,
      unless="gwaith cartref|gwaith|gem|lefel|ras|rhedeg|traethawd|prosiect"),
    P("cy.violence.broke_bone", "violence",
      "~^torri|^torrodd|^niweidio|^anafu",
      "braich|coes|bys|trwyn|asen|asennau|garddwrn|arddwrn|gên|pen|dant|dannedd",
      "fy mab|fy merch|y babi|yr babi|y plant|fy mhlentyn|fy mhlant|ei mab|ei merch|mab|merch|hi|fo|fi", gap=1,
      unless=CY_ACCIDENT + "|ar ddamwain|sgio|trampolin"),
    P("cy.violence.throws_at", "violence",
      "~^taflu|^taflodd|^lluchio|^lluchiodd",
      "pethau|petha|stwff|platiau|plat|poteli|potel|gwydrau|gwydr|cadeiriau|cadair|cwpanau|cwpan|mygiau|mwg"
      "|esgid|sgidiau|cyllell|cyllyll|dodrefn",
      "at y plant|ata i|aton ni|at fy|at y babi|ati|ato|atyn|at mam|at yr plant|at yr babi|at ein|atom", gap=2,
      unless="pel|peli|pelen eira|balwn dwr|clustog|gem|bin|ailgylchu|parti"),
    P("cy.fear.not_go_back_there", "fear",
      "ddim|dim|byth|sa i|sai",
      "eisiau|hoffi|mynd",
      "mynd nol i yr ty|mynd yn ol i yr ty|nol i yr ty|i yr ty yna|i yr ty na|mynd nol yna|nol ato fo|nol ati hi"
      "|nol atyn nhw|nol ato fe|yn ol ato|yn ol ati|nol at dad|nol at mam|nol i fanna|nol i fan na|nol i fan yna",
      gap=2, negatable=False, unless="ysgol|parti|gwyliau|traeth|eto"),
    P("cy.fear.home_dread", "fear",
      "~^panig|^pryder|^pryderus|^poeni|^becso|^gofidio|^crynu|^crio|ofn|teimlo yn sal|^nerfus",
      "pan mae yn amser mynd adref|amser mynd adref|am mynd adref|cyn mynd adref|cyn mynd gatre|pan dw i yn gorfod mynd"
      "|pan mae o yn dod adref|pan mae e yn dod adref|pan mae dad yn dod adref|pan mae mam yn dod adref"
      "|pan dw i yn clywed ei gar|pan dw i yn clywed y drws|pan mae o yn cyrraedd|pan mae e yn cyrraedd"
      "|bydd e yn neud rhywbeth|bydd o yn neud rhywbeth|bydd e yn gwneud rhywbeth|bydd o yn gwneud rhywbeth"
      "|neith o rywbeth|neith e rywbeth|meddwl am mynd adref|meddwl am adref|meddwl am mynd nol", gap=5,
      unless="gwyliau|trip|gwersyll|parti|diwedd|arholiad|canlyniadau|adroddiad|noson rieni|gadw mewn"),
    P("cy.domestic_abuse.took_means", "domestic_abuse",
      "~^cymryd|^cymerodd|^cuddio|^cuddiodd|^cadw|^cadwodd|^malu|^torri",
      "fy ffon|fy ngoriadau|fy allweddi|fy mhasport|fy ngherdyn|fy mhres|fy mhwrs|fy waled|fy ngoriad"
      "|fy nghardyn banc",
      "methu gadael|fel bo fi methu|fel fy mod i yn methu|methu ffonio|methu mynd|methu dianc|methu cysylltu"
      "|methu gweld neb|methu cael help|sownd|dim ffordd", gap=6, negatable=False,
      unless="athro|athrawes|ysgol|dosbarth|gwers|gadw mewn|growndio|amser gwely|gwaith cartref|arholiad"),
    P("cy.neglect.gone_since", "neglect",
      CY_PERSON + "|rhieni|fy rhieni",
      "wedi mynd|wedi gadael|allan|mas|i ffwrdd|wedi diflannu|yn y dafarn|yn y pub|heb fod nol|heb fod adref"
      "|ddim wedi bod nol|heb ddod nol|ddim nol|heb fod yn ol",
      "~ers ddoe|ers dydd|ers neithiwr|ers dyddiau|ers wythnos|ers nos|ers bore|ers echdoe|ers y penwythnos"
      "|ers tridiau|ers deuddydd|ers oriau|ers 2 diwrnod|ers dau diwrnod|ers 3 diwrnod|ers tri diwrnod", gap=2,
      negatable=False,
      unless="gwaith|ysbyty|gwyliau|trip|carchar|fyddin|prifysgol|coleg"),
    P("cy.neglect.alone_parent_out", "neglect",
      "ar ben ein hunain|ar ben fy hun|ar fy mhen fy hun|ben fy hun|ar ben fi hun|ein hunain",
      CY_PERSON + "|rhieni",
      "allan|mas|wedi mynd|yn y dafarn|yn y pub|heb ddod|ddim adref|i ffwrdd|yn parti|yn partio", gap=3,
      unless="siop|gwaith|am awr|am funud|am bum munud|am ddeg munud|drws nesa"),
    P("cy.neglect.time_then_alone", "neglect",
      "am dyddiau|am 2 diwrnod|am dau diwrnod|am tri diwrnod|am 3 diwrnod|am 2 noson|am dwy noson|drwy yr nos"
      "|trwy yr nos|dros nos|drwy yr penwythnos|trwy yr penwythnos|am oriau|ers dyddiau|am wythnos|bob nos"
      "|y penwythnos cyfan|drwy yr dydd|trwy yr dydd",
      "ar ben fy hun|ar fy mhen fy hun|ben fy hun|ar ben ein hunain|ar ben fi hun|ar ben fy hunan", gap=3),
    P("cy.neglect.damp_mould", "neglect",
      "~^llwydni|^lleithder|^tamprwydd|^tamp",
      "dros|ym mhobman|ymhobman|ar y waliau|ar fy waliau|yn fy stafell|dros fy|dros y|ar y nenfwd|ar fy ngwely",
      gap=1, unless="glanhau|landlord wedi|cyngor wedi|wedi trwsio|wedi ei drwsio|bara|caws"),
    P("cy.neglect.food_locked", "neglect",
      "~^cloi|^cloiodd|^cuddio|^cuddiodd|clo ar|padlock",
      "yr ffrij|y ffrij|ffrij|yr oergell|yr bwyd|y bwyd|y cypyrddau|yr cypyrddau|yr gegin|y gegin|cwpwrdd bwyd",
      gap=1,
      unless="pasg|wyau|anrheg|syrpreis|ci|cath|losin|da da|siocled|cyn swper|cyn te|parti|bisgedi|creision"),
    P("cy.violence.not_let_out_of_house", "violence",
      "ddim yn gadael|byth yn gadael|ddim yn caniatau|dim yn gadael|gwrthod gadael",
      "fi|i fi|ni|i ni|i mi",
      "allan|mas|fynd allan|fynd mas|adael y ty|adael yr ty|gadael y ty|gadael yr ty|o yr ty|o fy stafell"
      "|allan o yr ty|mas o yr ty", gap=1, negatable=False,
      unless="heno|gwaith cartref|ar ol naw|ar ol 9|efo fy ffrindiau|i dre|parti|nos wener|nos sadwrn"
             "|noson ysgol|tan|nes|glaw|eira|storm|sal"),
    P("cy.threats.nobody_will_believe", "threats",
      "deud|dweud|dudodd|wedodd|meddai|deud bod|dweud bod|bygwth",
      "neb|fydd neb|na fydd neb|dim un",
      "~^coelio|^credu", gap=3, negatable=False),
    # --- ail rownd, trydydd swp / second round, third batch ---------------------------------------
    P("cy.neglect.absent_nights", "neglect",
      CY_PERSON + "|rhieni|fy rhieni",
      "~ddim yn dod adref|byth yn dod adref|ddim adref|allan|aros allan|yn y dafarn|yn y pub|i ffwrdd"
      "|yn aros yn|yn cysgu yn|ddim nol",
      "y rhan fwyaf o nosweithiau|y rhan fwya o nosweithiau|rhan fwyaf o nosweithiau|rhan fwya o nosweithiau"
      "|bob nos|drwy yr nos|trwy yr nos|tan y bore|dros nos|nosweithiau|bob penwythnos|y rhan fwya|hanner yr wythnos",
      gap=3, negatable=False,
      unless="gwaith|gweithio|shifft|ysbyty|nyrs|gofalwr|byddin|lori|gwyl|gwyliau"),
    P("cy.neglect.out_partying_alone", "neglect",
      "ar ben fy hun|ar fy mhen fy hun|ar ben ein hunain|ein hunain|gadael fi|gadael ni|adael fi|adael ni"
      "|edrych ar ol|neb|dim oedolion",
      "~at ei chariad|at ei gariad|i tafarn|yn y tafarn|i y pub|yn y pub|i yr tafarn|yn yr tafarn|i yr pub|i yr clwb|allan yn yfed|allan yn partio|i parti"
      "|mewn parti|yn partio|at ei ffrindiau|allan efo ei ffrindiau|allan gyda ei ffrindiau|i y clwb|yn y clwb",
      gap=8, unless="am awr|am chydig|gwarchodwr|nain|taid|mamgu|tadcu|anti|yncl|drws nesa|cymydog|lol"),
    P("cy.neglect.partying_then_alone", "neglect",
      "~at ei chariad|at ei gariad|i tafarn|yn y tafarn|i y pub|yn y pub|i yr tafarn|yn yr tafarn|i yr pub|i yr clwb|allan yn yfed|allan yn partio|i parti"
      "|mewn parti|yn partio|i y clwb|yn y clwb",
      "ar ben fy hun|ar fy mhen fy hun|ar ben ein hunain|ein hunain|gadael fi|gadael ni|adael fi|adael ni"
      "|yn y fflat|yn y ty|yn y car|neb|dim oedolion", gap=8,
      unless="am awr|am chydig|gwarchodwr|nain|taid|mamgu|tadcu|anti|yncl|drws nesa|cymydog|lol"),
    P("cy.neglect.child_carer", "neglect",
      "~edrych ar ol|gofalu am|^bwydo|rhoi yn y gwely|rhoi yn eu gwely|gwarchod|cael yn barod i",
      "fy mrodyr|fy mrawd|fy chwaer|fy chwiorydd|y babi|y plant|fy mrawd bach|fy chwaer fach|y rhai bach"
      "|yr babi|yr plant|y lleill",
      "bob nos|drwy yr nos|trwy yr nos|achos|pan mae mam|pan mae dad|mae mam allan|mae dad allan|ar ben fy hun"
      "|ar fy mhen fy hun|tra mae mam|tra mae dad|bob penwythnos|drwy yr amser|bob dydd|neb arall", gap=4,
      unless="gwaith|shifft|weithiau|am awr|am chydig|pres poced|helpu|unwaith|heddiw"),
    P("cy.neglect.hunger_body", "neglect",
      "~llwglyd|llwgu|eisiau bwyd|newynog",
      "teimlo yn sal|yn sal|sal|penysgafn|llewygu|brifo|crynu|methu cysgu|methu canolbwyntio|crio|gwan"
      "|bol yn brifo|fol yn brifo", gap=4,
      unless="ar ol pel droed|ar ol ymarfer|ar ol nofio|bwyta ceffyl|lol|haha|swper yn"),
    P("cy.neglect.one_food", "neglect",
      "^bwyta|byw ar|cael|dim ond|jyst",
      "grawnfwyd|tost|creision|bara|nwdls|da da|bisgedi|fferins|bara sych|pasta plaen",
      "i bob pryd|bob pryd|am wythnos|am dyddiau|drwy yr wythnos|bob dydd|achos dyna yr cwbl|dyna yr cwbl"
      "|dyna i gyd|does dim byd arall|dim byd arall|i brecwast cinio a swper|am wythnosau", gap=4,
      unless="trit|trît|fel trit|achos dw i yn hoffi|hoff|gwersylla|gwyliau|diet|lol|haha"),
    P("cy.neglect.medicine_withheld", "neglect",
      CY_PERSON + "|neb",
      "~anghofio rhoi|byth yn rhoi|ddim yn rhoi|peidio rhoi|wedi stopio rhoi|anghofio",
      "fy moddion|fy meddyginiaeth|fy nhabledi|fy mhwmp|fy inhaler|fy inswlin|moddion|meddyginiaeth"
      "|fy mhigiad|fy eli", gap=2, negatable=False,
      unless="unwaith|weithiau|heddiw|bore ma|ddoe|lol"),
    P("cy.neglect.house_shame", "neglect",
      "ty|fflat|stafell|llofft|dillad|dw i",
      "~drewi|yn drewi|budr|yn fudr|ffiaidd|ych a fi|drewllyd",
      "methu dod a ffrindiau|methu cael ffrindiau|methu dod a neb|cywilydd|bwlio|pobl yn deud|plant yn deud"
      "|pawb yn deud|galw fi|chwerthin ar fy mhen|neb isio eistedd", gap=6,
      unless="lol|haha|ar ol pel droed|ar ol ymarfer|sanau|traed"),
    P("cy.neglect.no_uniform_school", "neglect",
      "dim|ddim|heb|sgen i ddim|does gen i ddim",
      "gwisg ysgol|dillad glan|sgidiau|esgidiau|cot|sgidiau ysgol",
      "so dw i ddim yn mynd|felly dw i ddim yn mynd|methu mynd i yr ysgol|ddim yn mynd i yr ysgol|cael row"
      "|cael fy mwlio|cael fy anfon adref|aros adref", gap=4, negatable=False),
    P("cy.help.stay_away_from_home", "help",
      "ga i aros|plis ga i aros|gai aros|gadewch i fi aros|alla i aros|fedra i aros|ga i gysgu|ga i fyw"
      "|dw i eisiau aros",
      "yn ysgol|yn yr ysgol|efo chi|gyda chi|yma|yn nhy chi|mewn gofal|yn rhywle arall|yn y swyddfa"
      "|yn gorsaf yr heddlu|efo teulu maeth",
      "heno|dros nos|yn lle mynd adref|plis|am byth|pls", gap=2,
      unless="ffrind|mam wedi deud|dad wedi deud|nain|taid|mamgu|parti|sleepover"),
    P("cy.violence.lock_outside", "violence",
      "~clo|cloi|bollt|follt|padlock",
      "ar fy drws o yr tu allan|o yr tu allan|ar y tu allan|tu allan i fy drws|ar drws fy stafell o"
      "|tu fas|o tu fas|o tu allan", gap=3),
    P("cy.violence.kept_in_room", "violence",
      "~gorfod aros|rhaid aros|cael fy cadw|cadw fi|ddim yn cael gadael|gorfodi fi i aros",
      "yn fy stafell|yn fy llofft|i fyny grisiau|yn y seler|yn yr atig|yn fy ystafell",
      "dim ond dod allan|dim ond cael dod allan|trwy yr dydd|drwy yr dydd|drwy yr amser|heblaw am ysgol"
      "|ond i fynd i yr ysgol|am ddyddiau|drwy yr penwythnos|bob penwythnos|bob dydd|nes maen nhw yn deud",
      gap=4, unless="growndio|gwaith cartref|adolygu|sal|salwch|covid|brech yr ieir|ffliw|dw i yn hoffi"),
    P("cy.violence.locked_us_in", "violence",
      "~^cloi|^cloiodd|^cloion", "ni|fi|y plant|yr plant|nhw", "mewn|i mewn|yn y ty|tu mewn|yn yr ty", gap=1,
      unless="diogel|saff|i ein cadw|ci|cath|gath|ieir"),
    P("cy.neglect.left_in_car", "neglect",
      "cael|ges|gaeth|gath|wedi cael|gadael|gadawodd",
      "~^gadael|fy ngadael|ngadael|ein gadael",
      "yn y car|yn y fflat|yn y ty|ar ben fy hun|tu allan",
      "am oriau|am oesoedd|am oes|drwy yr nos|am dyddiau|tan yn hwyr|trwy yr nos|am hir|am amser hir", gap=2,
      unless="am funud|am bum munud|siop|talu"),
    P("cy.threats.easy_money", "threats",
      "~gwneud pres|gneud pres|neud pres|ennill pres|ennill arian|gwneud arian|pres hawdd|pres sydyn|gwneud lot o bres",
      "os|drwy|am|^cadw|^cario|^danfon|^dal|^gollwng|^gwerthu|^symud|^rhedeg|iddo fo|iddyn nhw", gap=4,
      unless="swydd|rownd bapur|tasgau|golchi ceir|gwarchod|lemonad|pres poced|torri gwair|mynd a cwn|tiwtora"
             "|youtube|tiktok|vinted|ebay|siop|swydd dydd sadwrn|rhan amser"),
    P("cy.threats.makes_us_run", "threats",
      "~gneud i ni|gwneud i ni|neud i ni|gyrru ni i|anfon ni i|defnyddio ni i|cael ni i",
      "^rhedeg|^cario|^danfon|^gwerthu|^dal|^cuddio|^symud|mynd a",
      "stwff|cyffuriau|drygs|bagiau|pecynnau|parseli|weed|gear|pres|ffonau|iddo fo|iddyn nhw", gap=2,
      unless="siopa|ysgol|pel droed|lapiau|mam|nain|athro|hyfforddwr|ymarfer corff|gwaith cartref"),
    P("cy.threats.lost_their_stuff", "threats",
      "~colli eu stwff|colli y stwff|colli yr stwff|colli y pecyn|colli y cyffuriau|colli y pres|colli eu pres"
      "|cael fy dwyn|cael fy robio|colli ei stwff|colli y bag|colli eu bag",
      "dyled|dwad|mewn dyled|curo|brifo|talu|lladd|trywanu|dod amdana i|ar fy ol", gap=6),
    P("cy.threats.driven_around", "threats",
      "bois|dynion|hogia|hogiau|rhyw|dieithriaid|pobl dw i ddim yn nabod|dyn|boi|nhw|hogiau hyn|bechgyn hyn",
      "~nol fi|pigo fi fyny|codi fi|gyrru fi o gwmpas|mynd a fi am dro|aros amdana i tu allan|disgwyl amdana i",
      "mewn car|yn eu car|yn ei gar|mewn fan|o yr ysgol|tu allan i yr ysgol|ar ol ysgol", gap=3,
      unless="mam|dad|nain|taid|anti|yncl|tacsi|bws|cefnder|brawd|chwaer|lifft|clwb|hyfforddwr"),
    P("cy.threats.if_i_talk", "threats",
      "os dw i yn siarad|os dw i yn deud|os dw i yn dweud|os wna i ddeud|os dw i yn son|os dw i yn mynd at yr heddlu"
      "|os dw i yn snitchio|os dw i yn deud wrth rywun|os dw i yn agor fy ngheg|os wyt ti yn deud",
      "bydd nhw|byddan nhw|bydd o|bydd e|bydd hi|neith o|neith e|wnan nhw|nawn nhw|fe wnan nhw",
      "cael|brifo|lladd|dod am|mynd ar ol|ffeindio|gwneud rhywbeth i|neud rhywbeth i|llosgi|trywanu|cymryd|curo",
      gap=2, negatable=False, unless="gadw mewn|yn y dosbarth|gwers|athro|growndio|ffon|row|lol"),
    P("cy.sexual.sending_to_stranger", "sexual",
      "~^gyrru|^anfon|^danfon|^rhannu",
      "lluniau|llun|fideos|fideo|pics|nudes|lunie|hunluniau",
      "i rhywun|i dyn|i bachgen|i boi|i oedolyn|i dieithryn|i pobl|i hogyn",
      "nath hi cwrdd|nath o cwrdd|ar gem|ar lein|ar ap|dw i ddim yn nabod|ddim yn nabod|erioed wedi cwrdd"
      "|ar snapchat|ar discord|ar roblox|ar insta|ar tiktok|nath hi gyfarfod|gwrdd ar", gap=4),
    P("cy.sexual.online_to_meet", "sexual",
      "ar lein|ar y we|ar gem|ar snapchat|ar snap|ar insta|ar tiktok|ar discord|ar roblox|ar fortnite|o ar lein",
      "~^gwesty|ei dy|ei fflat|ei gar|^cwrdd|mynd ato|dod ata i|^nol fi|ei westy|i ei dy", gap=8,
      unless="ffrind|ffrindiau|nain|taid|ysgol|dosbarth|cefnder|cyfnither|athro"),
    P("cy.sexual.threat_to_share", "sexual",
      "~galwad fideo|fideo|llun|lluniau|corff|noeth|camera|facetime|nudes|lunie",
      "bydd o|bydd e|bydd hi|neith o|neith e|mae o yn bygwth|maen nhw yn bygwth|bygwth|os dw i ddim|bydd nhw"
      "|byddan nhw",
      "deud wrth bawb|dweud wrth bawb|dangos i bawb|dangos o i bawb|rhannu|postio|gyrru i bawb|anfon i bawb"
      "|gyrru fo i|gyrru o i|rhoi ar lein|rhoi fo ar lein", gap=8, negatable=False,
      unless="nain|taid|gwyliau|pen blwydd|parti|athro|gwaith cartref|prosiect|celf|ysgol"),
    P("cy.self_harm.happier_without_me", "self_harm",
      "~hapusach|gwell|well off|well|hapus",
      "taswn i wedi mynd|tase fi wedi mynd|heb fi|hebdda i|taswn i ddim yma|taswn i wedi marw|tasen i wedi mynd"
      "|os byddwn i yn marw|taswn i yn diflannu|tase fi ddim yma|baswn i wedi mynd|petawn i wedi mynd", gap=3,
      unless="parti|gem|tim|lol|haha"),
    P("cy.self_harm.do_it_now", "self_harm",
      "am gwneud o|am neud o|mynd i gwneud o|mynd i neud o|am gwneud e|am neud e|am ei gwneud|mynd i ei gwneud"
      "|am gwneud hi|am neud hi",
      "~tro ma|tro mae|tro yma|heno|go iawn|y tro hwn|y tro yma", gap=1,
      unless="gwaith cartref|traethawd|prosiect|bwyd|cacen|tacluso|golchi|ysgol|ymarfer|prawf|arholiad"),
    P("cy.self_harm.taking_the_lot", "self_harm",
      "meddwl am|eisiau|am|mynd i|bron|awydd|wedi meddwl am",
      "~^cymryd|^llyncu|^yfed",
      "y cwbl|y cyfan|yr cwbl|yr cyfan|y lot|y bocs cyfan|y paced cyfan|bob un|pob tabled|y botel gyfan|nhw i gyd",
      gap=1, unless="siopa|biniau|golchi|da da|bisgedi|cacen|creision|siocled|arholiadau|prawf"),
    P("cy.self_harm.cannot_keep_safe", "self_harm",
      "ddim yn meddwl|methu|ddim yn siwr|ddim yn gwybod os|fedra i ddim|alla i ddim|ddim yn gallu",
      "~cadw fy hun yn saff|cadw fy hun yn diogel|cadw yn saff|aros yn saff|bod yn saff heno|cadw fy hun yn fyw"
      "|aros yn fyw|trystio fy hun|ymddiried yn fy hun", gap=3, negatable=False,
      unless="ar lein|ar y ffordd|croesi|nofio|ar fy meic|gem|lefel"),
    P("cy.violence.hands_round_neck", "violence",
      "dwylo|llaw|bysedd|braich|belt|rhaff",
      "rownd ei gwddw|rownd fy gwddw|am ei gwddw|am fy gwddw|rownd ei gwddf|am ei gwddf|am fy gwddf"
      "|rownd fy gwddf|ar ei gwddw|ar fy gwddw|o gwmpas ei gwddw|o gwmpas fy gwddw", gap=1,
      unless="sgarff|mwclis|cadwyn|cwtsh|medal"),
    P("cy.violence.bit_or_squeezed", "violence",
      "~^brathu|^brathodd|^cnoi|^gwasgu|^gwasgodd|^ysgwyd|^ysgydwodd|^slamio|^slamiodd",
      CY_VICTIM + "|yr babi|yr plant", gap=1, reach=8,
      unless="dannedd|torri dannedd|ci|cath|gath|mosgito|pryfed|chwain|ewinedd|afal|brechdan|llaw|dwylo|lemwn"
             "|oren|sbwng|potel|cwtsh|chwarae|lol"),
    P("cy.violence.pressed_against", "violence",
      "~^gwasgu|^gwasgodd|^gwthio|^gwthiodd|^dal|^daliodd|^slamio|^taflu|^pinio",
      CY_VICTIM + "|yr babi|yr plant",
      "yn erbyn y wal|yn erbyn y drws|yn erbyn yr wal|i y llawr|ar y llawr|lawr|yn erbyn|ar draws|dros y"
      "|ar draws y stafell|i lawr y grisiau", gap=1,
      unless="chwarae|reslo|lol|gem|cwtsh|^cosi|goglais|haha", reach=6),
    P("cy.threats.unexplained_money", "threats",
      "dod adref|dod nol|dod yn ol|cyrraedd adref",
      "efo pres|gyda pres|efo arian|gyda arian|efo dillad newydd|efo ffon newydd|efo trainers|efo trenyrs"
      "|gyda dillad newydd|gyda ffon newydd|efo lot o bres|efo llwyth o bres",
      "~ddim yn deud|ddim yn dweud|gwrthod deud|gwrthod dweud|o le|o ble|dim syniad|ddim yn gwybod", gap=4,
      unless="pen blwydd|nadolig|gwaith|swydd|nain|taid|siopa"),
    P("cy.violence.injured_with", "violence",
      "~" + CY_VICTIM + "|yr babi|yr plant",
      "efo|gyda|hefo|gydag",
      "gwefus wedi hollti|gwefus wedi chwyddo|gwefus yn gwaedu|llygad ddu|trwyn yn gwaedu|trwyn wedi torri|clais"
      "|cleisiau|marciau|briwiau|llosg|llosgiadau|pen yn gwaedu|gwaed", gap=2,
      unless=CY_ACCIDENT + "|pel|rygbi|cwympo|syrthio|beic|trampolin|dringo|coeden"),
    P("cy.neglect.nobody_here_scared", "neglect",
      "neb yma|neb adref|neb yn y ty|dim oedolion|dim oedolyn|neb wedi dod adref",
      "ofn|ofnus|dychryn|tywyll|llwglyd|eisiau bwyd|crio|unig", gap=6),
    # --- ail rownd, pedwerydd swp / second round, fourth batch -------------------------------------
    P("cy.neglect.away_in_charge", "neglect",
      "~mynd i ffwrdd|wedi mynd i ffwrdd|i ffwrdd am|mynd am|wedi mynd am",
      "fi sy yn gyfrifol|fi sydd yn gyfrifol|yn gyfrifol|ar ben fy hun|edrych ar ol|gadael fi|gadael ni"
      "|ar ben ein hunain|ar fy mhen fy hun", gap=8,
      unless="nain|taid|mamgu|tadcu|anti|yncl|gwarchodwr|gwersyll|trip ysgol|trip gwaith|efo dad|efo mam"
             "|gyda dad|gyda mam|cymydog|drws nesa|lol|dosbarth|tim"),
    P("cy.neglect.wake_to_empty", "neglect",
      "~^deffro|dod adref|cyrraedd adref|dod nol o yr ysgol|dod adref o yr ysgol|^deffrais|^deffres",
      "does neb yn y ty|neb yn y ty|neb adref|neb yma|ty yn wag|neb yna|neb o gwmpas|dim oedolion", gap=3,
      negatable=False, unless="syrpreis|parti|cuddio|lol|am chydig|am awr|siop"),
    P("cy.neglect.goes_out_leaves", "neglect",
      CY_PERSON + "|rhieni",
      "mynd allan|mynd mas|mynd a hi allan|mynd a fo allan|mynd a hi mas|mynd i ffwrdd|wedi mynd allan|allan"
      "|mynd i yr dafarn|mynd i parti",
      "~gadael fi|gadael ni|gadael y plant|gadael yr plant|ar ben fy hun|ar ben ein hunain|gadael fi a yr babi"
      "|gadael ni a yr babi", gap=5,
      unless="nain|taid|mamgu|tadcu|anti|yncl|gwarchodwr|cymydog|drws nesa|gwaith|siop|am awr|am chydig"),
    P("cy.neglect.scared_to_ask_food", "neglect",
      "ofn|ddim yn cael|ddim yn meiddio|ofnus|cael row os dw i yn|cael fy ngweiddi ar os",
      "~gofyn am bwyd|gofyn am swper|gofyn am rywbeth i fwyta|agor y ffrij|agor yr ffrij|cymryd bwyd|gofyn am de"
      "|gofyn am mwy o fwyd|cyffwrdd y bwyd", gap=1, negatable=False),
    P("cy.neglect.crying_hungry", "neglect",
      "crio o hyd|crio drwy yr amser|crio trwy yr nos|crio drwy yr nos|crio bob nos|crio ei hun i gysgu"
      "|crio fy hun i gysgu|methu stopio crio",
      "~eisiau bwyd|llwglyd|dim bwyd|llwgu|newynog", gap=5),
    P("cy.neglect.not_fed_at_home", "neglect",
      "~ddim yn cael dim adref|ddim yn cael bwyd adref|dim bwyd adref|dim byd adref|byth yn cael brecwast"
      "|byth yn cael bwyd adref|ddim yn cael brecwast adref|dim brecwast adref|ddim yn cael dim i fwyta adref"
      "|dim byd i fwyta adref", gap=0, unless="heddiw|bore ma|hwyr|lol|diet"),
    P("cy.neglect.not_eaten_since", "neglect",
      "ddim wedi|heb|dim wedi|byth wedi|ddim di",
      "~^bwyta|cael bwyd|cael dim i fwyta|cael pryd|cael swper|cael te|cael dim",
      "ers|am dyddiau|trwy yr dydd|drwy yr dydd|ers ddoe|ers dydd|am ddau ddiwrnod|ers nosweithiau|ers noson",
      gap=1, negatable=False, unless="brecwast yn hwyr|diet|ympryd|ramadan|sal"),
    P("cy.fear.what_happens_at_home", "fear",
      "achos|ofn|poeni am|oherwydd|dychryn|gofidio am|becso am",
      "~be sy yn digwydd adref|beth sy yn digwydd adref|be sy yn digwydd yn y ty|be mae o yn gwneud i fi"
      "|be mae e yn gwneud i fi|be maen nhw yn gwneud i fi|be sy yn digwydd yna|beth sy yn digwydd yn y ty"
      "|be sy yn digwydd yn y nos|be mae o yn neud i fi|be mae e yn neud i fi|be sy yn digwydd gartref", gap=1),
    P("cy.help.into_care", "help",
      "ga i|dw i eisiau|plis|fyswn i yn|byswn i yn|hoffwn|gawn i|gadewch i fi|well gen i|fedra i|alla i",
      "~mynd i gofal|mewn gofal|teulu maeth|byw yn rhywle arall|byw unrhyw le arall|byw efo rhywun arall"
      "|symud allan|cartref plant|byw yn unrhyw le arall|byw gyda rhywun arall|byw efo teulu arall"
      "|unrhyw le ond adref|byth mynd nol", gap=2,
      unless="ci|cath|gath|anifail|ffilm|gem|prifysgol|gwyliau|lol|pan dw i yn hyn|pan dw i yn tyfu"),
    P("cy.violence.put_in_dark", "violence",
      "cael fy rhoi yn|rhoi fi yn|cau fi yn|cloi fi yn|gyrru fi i|cysgu yn|gorfod cysgu yn|cael fy nghau yn",
      "~y cwpwrdd|yr cwpwrdd|cwpwrdd dan grisiau|y sied|y seler|y garej|y bwt|y tywyllwch|yr atig|cwpwrdd|cawell"
      "|y cawell|bocs|y cenel", gap=1,
      unless="cotiau|sgidiau|hwfer|teganau|anrhegion|cuddio|gem|nadolig|addurniadau|fy stwff|bagiau|lol"
             "|gwersylla|moddion|tabledi|cyllyll|cannydd|alcohol|saff|diogel"),
    P("cy.violence.exit_removed", "violence",
      "~handlen|handlen y drws|yr goriad|y goriad|yr allwedd|yr allweddi|hoelio y ffenest|cloi y ffenestri"
      "|bolltio y drws|bollt ar y drws|cadwyn ar y drws",
      "methu mynd allan|methu mynd mas|methu agor|methu gadael|methu dianc|sownd|cloi fi|cadw fi i mewn"
      "|cadw ni i mewn", gap=6),
    P("cy.threats.work_for_them", "threats",
      "plant hyn|hogiau hyn|hogia hyn|bois hyn|gang|nhw|y bois|rhyw hogia|rhyw hogiau|yr hogiau|dynion",
      "~gweithio iddyn nhw|gweithio iddo fo|gweithio iddo fe|rhedeg iddyn nhw|perthyn iddyn nhw|ar eu llinell"
      "|gweithio i ni|rhedeg iddo fo", gap=6,
      unless="siop|caffi|fferm|papur|swydd|dad|mam|nain|busnes teulu|bwyty|tecawe|garej|salon"),
    P("cy.threats.trap_house", "threats",
      "~mynd i ^ty|mynd i fflat|aros mewn fflat|aros mewn ^ty|aros yn y fflat|cael fy ngyrru i ^ty|mynd i rhyw dy"
      "|mynd i rhyw fflat|cael fy ngyrru i fflat",
      "aros i pobl|aros am pobl|pobl yn dod|dynion yn dod|ateb y drws|gadael pobl i mewn|gwerthu i pobl|gwerthu"
      "|casglu|gollwng", gap=8,
      unless="nain|taid|mamgu|tadcu|parti|sleepover|cefnder|anti|yncl|gwyliau|gwesty|teulu"),
    P("cy.threats.not_mine_made_to", "threats",
      "~dim fi bia|nid fi bia|ddim fi bia|ddim yn eiddo i fi|eu stwff nhw|ei stwff o|ei stwff e|ddim i fi",
      "neud i fi|gwneud i fi|gneud i fi|deud wrtha i am|gorfodi fi|dweud wrtha i am|gorfod", gap=4,
      unless="ci|cath|siaced|cot|gwaith cartref|ffon|pensil|beiro|llyfr|creision|tegan|mam|dad|nain|athro"),
    P("cy.threats.scared_of_creditors", "threats",
      "ofn|yn ofn|dychryn|cuddio rhag|poeni am|becso am",
      "rhyw hogia|hogiau|dynion|bois|pobl|gang|hogia|rhyw fois|rhai hogia|nhw",
      "~dwad|mewn dyled|dyled|yn ddyledus|ddyled", gap=4),
    P("cy.sexual.asks_if_alone", "sexual",
      "gofyn|ofyn|holi|isio gwybod|eisiau gwybod|dal i ofyn|gyrru neges",
      "~be o yn i yn gwisgo|be dw i yn gwisgo|beth dw i yn gwisgo|be o yn i yn ei gwisgo|os o yn i adref"
      "|os o yn i ar ben fy hun|os dw i ar ben fy hun|os dw i adref ar ben fy hun|os oedd mam adref"
      "|os ydy mam adref|lle mae mam a dad|os oes rhywun adref|be ti yn gwisgo|beth wyt ti yn gwisgo", gap=3,
      unless="nain|taid|athro|athrawes|parti|gwisg ffansi|ysgol|gwisg ysgol|tywydd|oer|cot|mam|dad"),
    P("cy.sexual.scout", "sexual",
      "~chwilio am modelau|asiant modelu|sgowt modelu|modelau|modelu|model|ffotograffydd|talent",
      "lluniau|llun|fideos|cwrdd|lunie|gyrru|corff|dillad isaf|preifat", gap=8,
      unless="nain|ysgol|celf|dosbarth|lego|model o|tren model|car model|pel droed|rygbi|clwb|gyrfa|llyfr"
             "|gwaith cartref|clai|prosiect"),
    P("cy.sexual.online_adult_age", "sexual",
      "ar ap|ar lein|ar snap|ar snapchat|ar insta|ar tiktok|ar discord|ar roblox|ar gem|ar yr ap|ar fortnite"
      "|ar facebook|ar whatsapp",
      "mae o yn|mae e yn|mae hi yn|mae o|mae e|mae hi|sy yn|deud bod o yn|dweud bod e yn",
      CY_ADULT_AGE, gap=4),
    P("cy.self_harm.means_hidden", "self_harm",
      "~^cuddio|wedi cuddio|^cadw|^prynu|wedi cadw|wedi prynu|gen i",
      "^rhaff|^llafn|^llafnau|^raser|^raseli|^cortyn|^belt",
      "yn fy stafell|dan fy ngwely|yn fy drôr|yn y wardrob|rhag ofn|yn fy mag|ar gyfer|yn barod", gap=3,
      unless="dringo|sgipio|tynnu rhaff|ymarfer corff|eillio|celf|crefft|siglen|coeden|cwch|gwersylla|sgowtiaid"),
    P("cy.threats.sent_to_towns", "threats",
      "gyrru fi|anfon fi|danfon fi|mynd a fi|cymryd fi",
      "~i trefi gwahanol|i tref arall|i tre arall|i dinas arall|i trefi eraill|i lle gwahanol|i llefydd gwahanol"
      "|i lefydd dw i ddim yn nabod|i dinasoedd|ar y tren i", gap=2,
      unless="ysgol|trip|gwyliau|nain|taid|pel droed|gem|tim|cystadleuaeth|nofio|clwb|cefndryd"),
    P("cy.self_harm.over", "self_harm",
      "eisiau i|isio i|angen i|dymuno i",
      "hyn|bob dim|popeth|y cyfan|bywyd|fy mywyd|o|fo|e|hyn i gyd",
      "~bod drosodd|bod ar ben|gorffen|stopio", gap=1,
      unless="gwers|gwyliau|ysgol|tymor|ffilm|gem|cyfres|wythnos|glaw|arholiad|prawf|diwrnod"),
    P("cy.self_harm.nobody_would_miss", "self_harm",
      "neb|fydd neb|fysa neb|bysa neb|fyddai neb|byddai neb|does neb",
      "~fy ngholli|yn fy ngholli|yn sylwi|yn malio|yn gweld fy eisiau|gweld fy isio|yn gweld fy isio|yn poeni amdana",
      gap=2, negatable=False, unless="gwers|ysgol|parti|gem|lol|haha|dosbarth"),
    P("cy.self_harm.not_here_long", "self_harm",
      "bydda i|fydda i|bydd i|fyddai i|wna i|byddaf i",
      "ddim yma|ddim o gwmpas|ddim yn fyw|ddim yn bod|ddim ar gael",
      "lot hirach|llawer hirach|yn hirach|yn hir|am lawer|fory|wythnos nesa|wythnos nesaf|yn llawer hirach", gap=1,
      negatable=False, unless="ysgol|gwaith|gwyliau|symud|trip|ffwrdd|nain|parti|tymor"),
    P("cy.violence.marks_where", "violence",
      "~^cleisiau|^clais|^marciau|^marc|^olion",
      "lle nath o|lle nath e|lle wnaeth o|lle gwnaeth|ar ol iddo|ar ol iddi|lle cydiodd|lle gafaelodd|lle nath hi"
      "|lle tarodd|lle gwasgodd|o lle nath", gap=1,
      unless="prawf|arholiad|gwaith cartref|paent|inc|beiro|pel|rygbi|cwympo|syrthio"),
    # --- ail rownd, pumed swp / second round, fifth batch ------------------------------------------
    P("cy.neglect.whereabouts_unknown", "neglect",
      "~ddim yn gwybod lle mae mam|ddim yn gwybod lle mae dad|dim syniad lle mae mam|dim syniad lle mae dad"
      "|ddim yn gwybod lle mae hi|ddim yn gwybod lle mae o|ddim yn gwybod lle mae e|ddim yn gwybod lle maen nhw"
      "|ddim yn gwybod lle mae fy mam|ddim yn gwybod lle mae fy nhad",
      "ddim adref|ddoth hi ddim|ddaeth hi ddim|ddoth o ddim|ddaeth o ddim|ddim wedi dod|heb ddod|ers"
      "|drwy yr nos|neithiwr|ddim yn ateb|ffon i ffwrdd|dyddiau|dros nos", gap=6, negatable=False),
    P("cy.neglect.only_eat_when", "neglect",
      "~ond yn bwyta pan|ond yn cael bwyd pan|dim ond yn bwyta pan|ond bwyta pan|ond yn cael bwyd yn"
      "|ond yn bwyta yn",
      "nain|mamgu|ysgol|banc bwyd|rhywun|cymydog|anti|ffrindiau|yncl|taid|tadcu|capel|eglwys", gap=3),
    P("cy.neglect.fend_for_ourselves", "neglect",
      "yn ei gwely|yn ei wely|crio|wedi meddwi|allan|cysgu|isel|pasio allan|high|byth yn codi|ar gyffuriau"
      "|ddim yn dda|yn y dafarn|byth yma",
      "~edrych ar ol ein hunain|edrych ar ol fy hun|gofalu amdanon ein hunain|gofalu am ein hunain"
      "|bwydo ein hunain|bwydo fy hun|edrych ar ol ein gilydd|gofalu am ein gilydd", gap=8),
    P("cy.neglect.baby_not_fed", "neglect",
      "babi|y babi|yr babi|fy mabi|y plant|yr plant|fy mrawd bach|fy chwaer fach",
      "~ddim wedi cael llefrith|heb gael llefrith|dim llefrith|heb gael llaeth|ddim wedi cael llaeth"
      "|heb gael potel|ddim wedi cael potel|ddim wedi cael bwyd|heb gael bwyd|ddim wedi cael ei newid|heb ei newid",
      "heddiw|trwy yr dydd|drwy yr dydd|ers|ers bore|ers ddoe|ers neithiwr|am oriau", gap=2, negatable=False),
    P("cy.neglect.coat_in_bed", "neglect",
      "~cysgu yn fy cot|cysgu yn fy dillad|gwisgo cot yn y gwely|gwisgo cotiau yn y ty|gwisgo fy cot yn y ty"
      "|cysgu yn ein cotiau|cysgu efo fy cot",
      "oer|rhewi|dim gwres|gwres|dim blanced|dim dwfe|dim gwely|dim trydan|dim nwy", gap=4),
    P("cy.fear.wish_not_home", "fear",
      "tasa dim rhaid i fi|tase dim rhaid i fi|taswn i ddim yn gorfod|bysa dim rhaid i fi|biti bod rhaid i fi"
      "|casau gorfod|gas gen i orfod",
      "~mynd adref|mynd nol|byw adref|byw efo nhw|byw yna|byw efo fo|byw efo hi|bod adref|mynd nol i yr ty",
      gap=0),
    P("cy.threats.comes_home_late", "threats",
      "dod adref|cyrraedd adref|dod nol|troi fyny",
      "~am 4 y bore|am 3 y bore|am 2 y bore|am 5 y bore|am 1 y bore|ganol nos|oriau man y bore|berfeddion nos"
      "|yn hwyr yn y nos|pob awr",
      "ddim yn deud|ddim yn dweud|gwrthod deud|gwrthod dweud|efo pwy|gyda pwy|lle oedd hi|lle oedd o"
      "|wedi meddwi|efo pres|ffon newydd|dillad newydd|cleisiau|mewn car", gap=4),
    P("cy.sexual.images_passed_on", "sexual",
      "lluniau|llun|fideo|fideos|pics|nudes|lunie|hunlun|hunluniau",
      "~gyrru nhw|eu gyrru|rhannu nhw|eu rhannu|dangos nhw|eu dangos|postio nhw|eu postio|gyrru fo|rhannu fo"
      "|dangos fo|postio fo|sgrinlun|screenshot|cadw nhw",
      "i ei ffrindiau|i ei mets|i bawb|o gwmpas yr ysgol|i yr ysgol|mewn group chat|ar lein|i pobl eraill"
      "|i ei ffrindia|ar snap|ar insta|i fy ysgol|i ei mates", gap=8,
      unless="gwyliau|pen blwydd|cath|ci|gath|cacen|nain|parti|trip ysgol|celf|doniol|meme|gem|gol"),
    P("cy.sexual.will_send_video", "sexual",
      "byddan nhw|bydd nhw|bydd o|bydd e|neith o|neith e|maen nhw yn bygwth|mae o yn bygwth|bygwth|mae e yn bygwth",
      "^gyrru|^anfon|^danfon|^postio|^rhannu|^dangos",
      "~fy fideo|fy lluniau|fy llun|fy fideos|fy nudes|y fideo|y lluniau|fy lunie|y llun|fy mhics",
      gap=2, negatable=False, unless="nain|taid|gwyliau|pen blwydd|parti|celf|prosiect"),
    # --- ail rownd, chweched swp / second round, sixth batch ---------------------------------------
    P("cy.help.not_send_me_home", "help",
      "~^erfyn|^ymbil|plis|^gofyn|pls|ofynnais|erfynais",
      "peidio gyrru fi adref|peidio anfon fi adref|peidio gyrru fi nol|peidio gwneud i fi mynd adref"
      "|gadael i fi aros|peidio gadael i fi mynd adref|peidio ffonio mam|peidio ffonio dad|peidio deud wrth dad"
      "|peidio danfon fi adref|peidio gyrru fi gatre", gap=4,
      unless="gwaith cartref|traethawd|gadw mewn|ffon|dosbarth|gwers|prawf|arholiad|hwyr|lol"),
    P("cy.threats.given_to_sell", "threats",
      "~^rhoi|^rhoddodd|rhoi yn|^pasio",
      "weed|cyffuriau|drygs|stwff|bagiau|pecynnau|pecyn|parsel|bag|crack|cocaine|tabledi|gear",
      "i gwerthu|i cadw|i cario|i danfon|i cuddio|i fi i gwerthu|i fi i cadw|i fi i cario|i symud|i gollwng",
      gap=2),
    P("cy.threats.debt_grows", "threats",
      "fy dyled|y dyled|dyled|beth dw i yn dwad|faint dw i yn dwad|yr arian dw i yn dwad",
      "~mynd fyny|mynd i fyny|codi|dyblu|tyfu|bob dydd|pob dydd", gap=3,
      unless="myfyriwr|benthyciad|morgais|cerdyn credyd|banc|cyngor|bil|rhent|budd daliadau|credyd cynhwysol"),
    P("cy.self_harm.no_future", "self_harm",
      "ddim yn gweld fy hun|methu gweld fy hun|ddim yn meddwl bydda i|ddim yn meddwl fydda i"
      "|methu dychmygu fy hun",
      "yn fyw|yma|o gwmpas|dal yma|dal yn fyw|byw",
      "~erbyn dolig|erbyn nadolig|flwyddyn nesa|flwyddyn nesaf|erbyn diwedd|yn hir|wythnos nesa|wythnos nesaf"
      "|erbyn fy pen blwydd|erbyn yr haf|lot hirach|llawer hirach|erbyn y penwythnos", gap=1, negatable=False,
      unless="ysgol|prifysgol|swydd|yn y dref|yn y ty yma|dosbarth|lol|clwb"),
    P("cy.violence.held_under", "violence",
      "^dal|^daliodd|^gwthio|^gwthiodd|^rhoi|^rhoddodd",
      CY_VICTIM + "|yr babi|yr plant",
      "~o dan y dwr|dan y dwr|dan dwr|ei ben o dan|ei phen o dan|wyneb i lawr|ei wyneb yn|ei hwyneb yn"
      "|clustog dros", gap=1,
      unless="nofio|gwers|pwll|snorcel|plymio|gogls|bedydd|golchi gwallt|chwarae|gem"),
    P("cy.self_harm.hitting_self", "self_harm",
      "~" + CY_HIT, "fy hun|fy hunan|fi fy hun", gap=0,
      unless="chwerthin|lol|haha|damwain|ar ddamwain|cwympo|syrthio|pel"),
    P("cy.violence.then_the_child", "violence",
      "~" + CY_HIT,
      "wedyn|yna|hefyd|ac wedyn|a wedyn|ac yna",
      "fy merch|fy mab|y plant|yr plant|y babi|yr babi|fi|mam|fy mhlant|fy mrawd|fy chwaer|fy mhlentyn|ni", gap=3,
      unless=CY_ACCIDENT + "|pel|gem|tim"),
)

# fmt: on

LANGUAGES: dict[str, Language] = {
    "en": Language(
        code="en",
        patterns=EN_PATTERNS,
        text_speak=EN_TEXT_SPEAK,
        negators=EN_NEGATORS,
        fillers=EN_FILLERS,
        not_typos=EN_NOT_TYPOS + "|" + EN_COMMON_NEAR_KEYS,
        not_split=EN_NOT_SPLIT,
        glue=EN_GLUE,
    ),
    "cy": Language(
        code="cy",
        patterns=CY_PATTERNS,
        text_speak=CY_TEXT_SPEAK,
        negators=CY_NEGATORS,
        fillers=CY_FILLERS,
        not_typos=CY_NOT_TYPOS + "|" + CY_COMMON_NEAR_KEYS,
        not_split="hitomi|macau",
        glue=CY_GLUE,
        not_mutations=CY_NOT_MUTATIONS,
        welsh=True,
    ),
}

# Polish, Romanian, Punjabi, Urdu, Arabic and Ukrainian are in a module of their own, which uses the
# classes above (so it is imported once they exist).
from dialogues.content.danger_phrases_more import LANGUAGES as _MORE  # noqa: E402

LANGUAGES.update(_MORE)
