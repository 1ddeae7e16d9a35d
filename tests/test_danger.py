"""The danger-phrase recogniser: how often it flags what a child might write, and its small parts.

The phrase lists below were written before any rule existed, as a young person (8-17) might type:
lower case, no punctuation, misspellings, text-speak, emoji. ``True`` means "this sounds like danger
or harm and should raise the alarm"; ``False`` means "safe, even if it shares words with danger".

Each language has a tuning set (the rules were adjusted while looking at its results) and a held-out
set, marked ``HELD_OUT``, about a quarter of the phrases, written at the same time as the tuning
phrases but not run while the rules were tuned. Each was written in two batches: the second after the
first round of rules, to check they were not fitted too closely to the first. The held-out set was
then run once. Its errors are mostly known limits, and were left alone, except one general bug it
showed: a common four-letter Welsh word ("ffwrdd", away) was read as a typo of a key word. That was
fixed by allowing typos only in typed words of five letters or more, so the held-out figures are no
longer quite blind.

A third batch, for online grooming, sextortion and criminal exploitation (county lines), was written in
both languages, tuning and held-out at once, before any rule for them; a few look-alikes found while
tuning were added to the tuning lists. Its held-out phrases were run once, at the end, and left as
they scored.

A fourth batch (issue 11: typos and run-together words, Welsh mutations, indirect ways of wanting to
die, asking outright for help, being shut in, neglect of clothes and care, and parents' and carers'
own words) was written in both languages, tuning and held-out at once, before any rule for it. Its
held-out phrases, run once, scored: English recall 17/21 (0.81), false alarms 1/13; Welsh recall 7/8,
false alarms 0/6. The general gaps they showed ("being alive", "the whole weekend", a threat to take
the children) were closed, so those figures are no longer blind. A fifth batch of more phrasings of
the same kinds was then written, a quarter held out, before its rules; its held-out phrases, run once,
scored: English recall 24/26 (0.92), false alarms 1/8; Welsh recall 8/9, false alarms 0/3. Its misses
("help i'm scared", "hoffwn i gysgu am byth") again showed general gaps, closed afterwards.

``EN_ORDINARY`` / ``CY_ORDINARY`` are ordinary messages (a child's day, a parent's check-in, idioms)
for false alarms on text that is not about danger at all.

Both sets are reported; the pass mark (recall at least 0.9, false alarms at most 0.1) applies to each
language as a whole, tuning and held-out together. ``pytest -s`` prints the figures.
"""

from __future__ import annotations

import ast
import inspect
import unicodedata

import pytest

from dialogues import danger
from dialogues.content import danger_phrases as data
from tests import danger_devset as devset

MIN_RECALL = 0.9
MAX_FALSE_ALARMS = 0.1

# fmt: off
EN_TUNING: list[tuple[str, bool]] = [
    # violence
    ("he hit me", True),
    ("my dad hits me when he is drunk", True),
    ("mum slaps me across the face", True),
    ("he punched me in the stomach", True),
    ("my stepdad beats me up", True),
    ("he hurts me", True),
    ("dad hiiit me again last night", True),
    ("he hitt me wiv a belt", True),
    ("mums boyfriend kicks me", True),
    ("i get hit at home", True),
    ("he pushed me down the stairs", True),
    ("my brother beats me and mum doesnt do anything", True),
    ("dad smacked me really hard and it left a mark", True),
    ("he grabbed me by the neck", True),
    ("he strangled me", True),
    ("i have bruises from where dad grabbed me", True),
    ("dad hits mum and i hear it", True),
    ("she burnt me with a lighter", True),
    ("he threw a plate at me", True),
    ("they hurt me 😢", True),
    ("HE HURTS ME", True),
    ("my step dad batters me", True),
    # sexual harm
    ("mum's boyfriend touches me", True),
    ("he touches me where i dont like it", True),
    ("my uncle touched my private parts", True),
    ("he comes into my bed at night", True),
    ("he made me take my clothes off", True),
    ("someone online keeps asking me for nudes", True),
    ("he makes me touch him", True),
    ("he said its our secret", True),
    ("he tuches me at night", True),
    ("i was raped", True),
    ("he shows me rude videos", True),
    # self-harm and suicide
    ("i want to die", True),
    ("i wanna dye", True),
    ("i want to kill myself", True),
    ("i cut myself", True),
    ("i've been cutting my arms", True),
    ("i dont want to live anymore", True),
    ("i wish i was dead", True),
    ("kms", True),
    ("i feel suicidal", True),
    ("i took loads of pills last night", True),
    ("everyone would be better off without me", True),
    ("i want to end it all", True),
    ("i hurt myself on purpose", True),
    ("i just wanna die tbh", True),
    ("i dont want to be here anymore", True),
    ("i burn myself with a lighter", True),
    ("i want to unalive myself", True),
    # neglect
    ("nobody feeds me", True),
    ("there's no food at home", True),
    ("i havent eaten since yesterday", True),
    ("mum doesnt feed us", True),
    ("they leave me on my own all night", True),
    ("mum is always drunk", True),
    ("i'm hungry all the time because there's no food", True),
    ("no one looks after me", True),
    ("dad takes drugs and passes out", True),
    ("we have no heating and no food", True),
    # fear of home or of a person
    ("i'm scared to go home", True),
    ("im scared of my dad", True),
    ("i dont feel safe at home", True),
    ("i'm frightened of mum's boyfriend", True),
    ("scared 2 go home", True),
    ("i hide in my room when he's angry", True),
    ("i dont want to go home", True),
    ("i'm terrified when he comes home drunk", True),
    # threats
    ("he said he would kill me", True),
    ("he'll kill me if i tell", True),
    ("he said he'll hurt my mum if i tell anyone", True),
    ("he told me not to tell or else", True),
    ("someone keeps threatening me online", True),
    ("he pulled a knife on me", True),
    # running away
    ("i'm going to run away", True),
    ("i wanna run away from home", True),
    ("i ran away last night and slept in the park", True),
    ("im leaving tonight and never coming back", True),

    # safe, though some share words with danger
    ("my teacher hit the ball", False),
    ("i'm scared of spiders", False),
    ("i could die laughing", False),
    ("dad cut the grass", False),
    ("i want to die my hair", False),
    ("the film was killing me", False),
    ("i don't want to die", False),
    ("nobody hits me", False),
    ("my dad never hits me", False),
    ("i want to dye my hair pink", False),
    ("this homework is killing me lol", False),
    ("i'm dying to see the new spiderman film", False),
    ("i'm scared of the dark", False),
    ("i'm scared of my maths test", False),
    ("i hurt my knee playing football", False),
    ("i cut my finger making a sandwich", False),
    ("mum cut my hair", False),
    ("my dad beat me at fifa", False),
    ("he kicked the ball really hard", False),
    ("i love my mum and dad", False),
    ("my mum feeds the cat", False),
    ("i'm not scared of anything", False),
    ("my hamster died", False),
    ("my grandad died last year and i miss him", False),
    ("i want to go home", False),
    ("i'm hungry", False),
    ("i'm starving what's for tea", False),
    ("we went to the beach", False),
    ("i got a new bike for my birthday", False),
    ("i'm worried about my exams", False),
    ("nobody plays with me at break", False),
    ("my brother took my phone", False),
    ("i'm scared of the dentist", False),
    ("i killed it in my spelling test", False),
    ("i want to be a vet when i grow up", False),
    ("hit me up on snap", False),
    ("i feel safe with my nan", False),
    ("i'm safe now", False),
    ("my cat scratched me", False),
    ("i hurt myself falling off my bike", False),
    ("mum gets cross when i don't tidy my room", False),
    ("we ran away from the geese at the park", False),
    ("i fell over and hurt my arm", False),
    ("dad touched the hot pan and burnt his hand", False),
    ("my friend told me a secret", False),
    ("my teacher showed me a video", False),  # "showed" is not a typo of "shoved"
    ("he showed me how to draw a horse", False),
    ("he shoved me into the wall", True),
    ("he showed me his private parts", True),
    ("i want to run in the race on sports day", False),
    ("my sister is annoying", False),
    ("i don't like school dinners", False),
    ("my best friend moved away", False),
    ("i'm excited for christmas 🎄", False),
    ("i hate broccoli", False),
    ("the dog next door barks all night", False),
    ("i beat my brother at chess", False),
    ("we watched a scary film", False),
    ("i wish i had a dog", False),
    ("i want to live in a big house", False),
    ("i'm nervous about starting high school", False),
    ("my tummy hurts", False),
    ("my mum makes me do my homework", False),
    ("i dont want to go to bed", False),
    ("he never hurt me", False),
    ("i'm not scared of my dad anymore", False),
    ("lol that video 💀 im dead", False),

    # a second batch, written after the first round of rules, to check they were not fitted too closely
    ("my dad hurts me when mum is at work", True),
    ("he keeps hitting me", True),
    ("step dad slapped me for no reason", True),
    ("mum's new boyfriend is really violent", True),
    ("my brother keeps punching me and nobody stops him", True),
    ("he kicked me in the head", True),
    ("dad chucked a glass at me", True),
    ("my uncle makes me sit on his lap and it feels wrong", True),
    ("a guy on snapchat wants me to send pics", True),
    ("he keeps sending me rude pictures", True),
    ("my coach touched me and said not to tell", True),
    ("i just want everything to end", True),
    ("i feel like killing myself", True),
    ("i've been hurting myself again", True),
    ("sometimes i think about suicide", True),
    ("i dont see the point in living", True),
    ("i cant take it anymore", True),
    ("theres never any food and im always hungry", True),
    ("mum goes out and leaves me on my own every night", True),
    ("dads always drunk and shouting", True),
    ("nobody takes me to school or makes my tea", True),
    ("i'm scared of what dad will do when he gets home", True),
    ("i don't feel safe in my house", True),
    ("i get really scared when they fight", True),
    ("he said he'd hurt me if i told", True),
    ("there's a man who keeps following me home", True),
    ("older boys make me carry stuff for them", True),
    ("i'm thinking of running away", True),
    ("i slept on the street last night", True),
    ("i'm too scared to go home tonight", True),
    ("my brother and me had a pillow fight", False),
    ("i want to dye my hair purple", False),
    ("that joke killed me", False),
    ("i'm scared of clowns", False),
    ("my leg hurts from football", False),
    ("i cut my hand on a tin by accident", False),
    ("we play hide and seek at nan's", False),
    ("dad made me a sandwich", False),
    ("i'm not hungry", False),
    ("my friends and i ran off to get ice cream", False),
    ("i have lots of food at home", False),
    ("the dog hurt its paw", False),
    ("nobody at school likes pe", False),
    ("i'm afraid of the dark still", False),
    ("i kicked my brother's ball over the fence", False),
    ("my mum looks after me when i'm ill", False),
    ("i'm worried my dog is ill", False),
    ("we had a fight about the tv remote", False),
    ("he beat me in the race", False),
    ("i burnt the toast", False),
    ("my sister pushed me on the swing", False),
    ("we watched a film about a man who died", False),
    ("i don't like my new school", False),
    ("mum took my phone off me because i was rude", False),
    # a third batch: online grooming, sextortion and criminal exploitation (county lines), written
    # before the rules for them, each unsafe phrase with a safe look-alike
    ("someone from roblox wants to meet me", True),
    ("a guy on snapchat wants to meet up", True),
    ("someone on fortnite asked for my address", True),
    ("a man on instagram said he loves me and wants to meet", True),
    ("someone i dont know keeps adding me and sending messages", True),
    ("a person on discord asked how old i am and where i live", True),
    ("my online boyfriend is 25", True),
    ("he sent me money on roblox and wants pictures", True),
    ("someone online said they would share my pictures if i dont send more", True),
    ("he says he will post my photos", True),
    ("a man gave me a phone and said dont tell anyone", True),
    ("older boys give me free stuff and ask me to carry things", True),
    ("i have to sell stuff for them", True),
    ("someone online says he is 14 but he looks older", True),
    ("someone on whatsapp keeps asking me to go on cam", True),
    ("a stranger messaged me on roblox asking for my snapchat", True),
    ("this guy on insta keeps dming me and wants to meet", True),
    ("some man added me on sc and asked for my number", True),
    ("a man on xbox keeps asking me to facetime him", True),
    ("someone i met on minecraft wants me to come to his house", True),
    ("he said he would send my nudes to everyone", True),
    ("he says if i dont pay him he will send the pics to my friends", True),
    ("he has my pics and wants money or he will post them", True),
    ("he said hes gonna leak my pics", True),
    ("he wants me to go on vc and take my top off", True),
    ("a man on roblox gave me robux and wants me to send pictures", True),
    ("my online bf is 19 and wants to meet up", True),
    ("my boyfriend is 22 and im 13", True),
    ("i owe them money so i have to keep delivering", True),
    ("older lads gave me a phone and i have to answer it whenever it rings", True),
    ("they send me to other towns on the train with a bag", True),
    ("a man on facebook asked what school i go to", True),
    ("someone on ps4 keeps asking me to add them on snap", True),
    ("a stranger on tiktok dmed me asking if im home alone", True),
    ("this man online keeps saying im mature for my age", True),
    ("he told me to delete our chats so my mum doesnt see", True),
    ("i met a man on discord and he wants me to send him a video", True),
    ("i played roblox with my friends", False),
    ("my friend and i meet up at the park", False),
    ("i want to meet my favourite youtuber", False),
    ("i sent my nan pictures of my drawing", False),
    ("my mum posts photos of our dog", False),
    ("i deliver newspapers on saturday", False),
    ("my cousin is 25", False),
    ("i met a new friend at school", False),
    ("my friend sent me a meme on snapchat", False),
    ("i carry my brothers bag", False),
    ("my uncle gave me a phone for my birthday", False),
    ("my friends on roblox want to play later", False),
    ("my mate asked for my snapchat at school", False),
    ("me and my friends are meeting up in town", False),
    ("i post my drawings on instagram", False),
    ("my dad sells stuff on ebay", False),
    ("i help my mum carry the shopping", False),
    ("i have to sell my old toys at the car boot sale", False),
    ("we went on facetime with nan", False),
    ("the lady at the doctors asked for my address", False),
    ("my grandad sent me money for my birthday", False),
    ("i bought robux with my pocket money", False),
    ("i share pictures of my cat on whatsapp", False),
    ("someone on roblox stole my pet in adopt me", False),
    ("my friend says she is 14 but she looks older", False),
    ("my online friend from fortnite is really funny", False),
    ("i deleted my old chats to get more storage", False),
    ("my teacher wants us to turn our cams on for the online lesson", False),
    ("the older kids at football give me tips", False),
    ("i keep adding people on fortnite to play squads", False),
    ("my sister is always on tiktok", False),
    ("my brother has to deliver pizzas for his job", False),
    ("my boyfriend is 14 and really kind", False),
    # found by trying look-alikes against the first rules for this batch
    ("i got sent to another town with drugs", True),
    ("he sent me vbucks and now wants pics", True),
    ("my teacher said she will show the pictures from the trip", False),
    ("my brother said he will post the pictures of the party", False),
    ("he will send the video to the group chat for our project", False),
    ("a guy in my class wants me to go to the cinema", False),
    ("this guy i like added me on snap", False),
    ("i went on the train to see my nan", False),
    # a fourth batch (issue 11), written before any rule for it: typos and run-together words, indirect
    # ways of wanting to die, asking outright for help, being shut in, neglect of clothes and care, and
    # parents' and carers' own words (domestic abuse, self-harm and suicide, a child being hurt), each
    # with everyday look-alikes and idioms, a child's and an adult's
    ("he hurtme again", True),
    ("my dad hitts me", True),
    ("im scaredto go home", True),
    ("he punchd me in the face", True),
    ("she slaped me", True),
    ("i dont wanna be alive anymor", True),
    ("my step dad thretens me", True),
    ("he tuchd me", True),
    ("i don't want to be here any more", True),
    ("everyone would be happier if i wasnt here", True),
    ("i want to go to sleep and never wake up", True),
    ("nobody would even notice if i was gone", True),
    ("i cant do this anymore", True),
    ("i wish i could just disappear", True),
    ("i hate my life so much", True),
    ("i want it all to stop", True),
    ("i've written a goodbye letter", True),
    ("i want to be with my grandad in heaven", True),
    ("please help me", True),
    ("can someone help me", True),
    ("i need help", True),
    ("help me please", True),
    ("i need help now", True),
    ("someone please help", True),
    ("HELP", True),
    ("they lock me in my room", True),
    ("i'm locked in my room", True),
    ("they shut me in the cupboard", True),
    ("mum locks me in the bathroom when she goes out", True),
    ("i get locked in the shed", True),
    ("they won't let me out of my room", True),
    ("i have no clean clothes", True),
    ("i dont have a coat and its freezing", True),
    ("nobody washes my uniform", True),
    ("i got left alone all weekend", True),
    ("my clothes are too small and dirty", True),
    ("i have to wear the same clothes every day", True),
    ("nobody brushes my hair or helps me wash", True),
    ("my shoes have holes and nobody buys me new ones", True),
    ("i have to look after my baby brother all night on my own", True),
    ("he hit me last night and i am scared", True),
    ("my partner threatens me", True),
    ("i'm frightened of my partner", True),
    ("he won't let me leave the house", True),
    ("my husband controls all the money", True),
    ("he checks my phone and won't let me see my friends", True),
    ("he strangled me during an argument", True),
    ("my ex keeps turning up and threatening me", True),
    ("he pushed me against the wall in front of the kids", True),
    ("he hurts the kids", True),
    ("i lost my temper and hit her", True),
    ("i smacked my son too hard and left a mark", True),
    ("i shook the baby because he wouldn't stop crying", True),
    ("my partner hits the children", True),
    ("i'm scared i will hurt the baby", True),
    ("i can't cope anymore and i've thought about ending it", True),
    ("the kids would be better off without me", True),
    ("i've been having suicidal thoughts", True),
    ("i took an overdose last week", True),
    ("i feel like ending it all", True),
    ("i can't see a way out", True),
    ("i've started self harming again", True),
    ("i'm dying to see it", False),
    ("this homework is killing me", False),
    ("i got locked out of roblox", False),
    ("i'm locked out of my account", False),
    ("can you help me with my homework", False),
    ("i need help with my maths", False),
    ("help me find my shoes", False),
    ("mum helped me tidy my room", False),
    ("i locked my bike up outside", False),
    ("i shut the door because it was cold", False),
    ("i hid in the cupboard in hide and seek", False),
    ("i need a new coat for winter", False),
    ("my school uniform is too big", False),
    ("i forgot my pe kit", False),
    ("i'm home alone for an hour after school", False),
    ("i'm so tired i could sleep forever", False),
    ("i'm bored to death", False),
    ("my phone died", False),
    ("i killed the boss in minecraft", False),
    ("dad lost his temper with the car", False),
    ("i lost my temper with my brother and shouted", False),
    ("we had a water fight and i got soaked", False),
    ("mum washes my uniform every sunday", False),
    ("my partner and i are doing well", False),
    ("we had an argument about money but we sorted it", False),
    ("i hit the snooze button three times", False),
    ("the baby kept me up all night", False),
    ("i'm struggling to get the kids to school on time", False),
    ("he controls the tv remote", False),
    ("i'm scared the baby will catch a cold", False),
    ("i shook the rug outside", False),
    ("the kids are driving me mad", False),
    ("i need help with the school forms", False),
    ("can someone help me with the washing machine", False),
    ("my son hit his head at nursery", False),
    ("i'm dead tired", False),
    ("that cake was to die for", False),
    ("i nearly died laughing at the kids", False),
    ("my daughter is scared of the dark", False),
    ("my ex is picking the kids up on saturday", False),
    ("i locked the door when i went to bed", False),
    ("they shut the shop early", False),
    ("i get told off when i dont do my homework", False),
    # everyday look-alikes of the fourth batch's rules, written while tuning them
    ("thanks for your help", False),
    ("mum helps me with my reading", False),
    ("i can't help laughing", False),
    ("i couldn't help it", False),
    ("the teacher said she would help us", False),
    ("can you help me get to level 10", False),
    ("my brother never helps me", False),
    ("it doesn't help that it's raining", False),
    ("i need to help my dad wash the car", False),
    ("he locked his phone", False),
    ("i was locked out of the house for ten minutes", False),
    ("the door was locked so we waited", False),
    ("i got trapped in the lift at the shopping centre", False),
    ("i shut my laptop", False),
    ("we locked up the shop", False),
    ("she shut me out of the game", False),
    ("i'm so done with this homework", False),
    ("i hate my hair", False),
    ("i hate my life when it's monday", False),
    ("i hate my little brother sometimes", False),
    ("i feel like dying my hair pink", False),
    ("i'm thinking about dying my hair", False),
    ("my clothes are muddy from football", False),
    ("my shoes are too small so mum is getting new ones", False),
    ("i don't have a coat on", False),
    ("we have no milk", False),
    ("we had no school today", False),
    ("i have no pe kit", False),
    ("nobody cares if i'm late", False),
    ("i wish i could disappear for the weekend to a spa", False),
    ("i'm going to sleep, see you tomorrow", False),
    ("i want to sleep all day", False),
    ("i couldn't sleep last night", False),
    ("my partner controls the heating", False),
    ("i need help filling in this form", False),
    ("my husband is working late", False),
    ("we had an argument", False),
    ("my ex has the kids this weekend", False),
    ("he won't let me win at fifa", False),
    ("she won't let me use the ipad", False),
    ("my daughter won't let me brush her hair", False),
    ("my son shook his head", False),
    ("i shook hands with the head teacher", False),
    ("the baby shakes his rattle", False),
    ("he punched the air", False),
    ("i'm dying for a cup of tea", False),
    ("we slept on the floor at the sleepover", False),
    ("my little sister hit me with a pillow", False),
    ("my dad took me to the dentist", False),
    ("nobody else was there so i played alone for an hour", False),
    ("i was home alone for a bit", False),
    ("i'm hopeless at maths", False),
    ("there's no way out of this maze", False),
    ("i want to go to heaven when i die when i'm old", False),
    ("goodbye, see you next week", False),
    ("i'm giving my old toys away to charity", False),
    ("i've been thinking about moving house", False),
    ("i'm about to do my homework", False),
    ("i feel like a pizza", False),
    ("i feel hopeless about my football team", False),
    # a fifth batch (issue 11), written after the fourth held-out batch was run, before any rule for it:
    # more phrasings of the same kinds, a quarter of them held out
    ("my dad hurts me evry day", True),
    ("he kiked me", True),
    ("he punched me in the stomache", True),
    ("im scard of my dad", True),
    ("hes hurtin me", True),
    ("he hitsme", True),
    ("i want todie", True),
    ("i am scaredof him", True),
    ("they keepme locked in", True),
    ("i feel sucicidal", True),
    ("i just want to disappear forever", True),
    ("it would be easier if i wasnt around", True),
    ("i wish i could go to sleep forever", True),
    ("nobody would care if i wasnt here", True),
    ("i feel like everyone hates me and i shouldnt be alive", True),
    ("i dont want to exist anymore", True),
    ("i want to stop existing", True),
    ("i'm tired of being alive", True),
    ("i have been looking up ways to die", True),
    ("i don't think i'll be here much longer", True),
    ("i just want it to be over", True),
    ("everyone would be better if i was dead", True),
    ("life isnt worth living", True),
    ("i want to end everything", True),
    ("sometimes i want to die", True),
    ("please someone help", True),
    ("i need help please", True),
    ("can you help me please", True),
    ("i need someone to talk to", True),
    ("please can you get help", True),
    ("please call my social worker", True),
    ("please send help", True),
    ("somebody help me", True),
    ("my stepdad locks me in the bathroom", True),
    ("they lock me in the shed at night", True),
    ("i get shut in my room all day", True),
    ("they locked me in my room without food", True),
    ("mum locks me outside in the garden", True),
    ("i'm kept in my room", True),
    ("they lock the fridge so i can't eat", True),
    ("i don't have any clean clothes for school", True),
    ("my uniform is dirty and nobody washes it", True),
    ("my shoes are falling apart", True),
    ("kids at school say i smell because my clothes are never washed", True),
    ("i haven't had a bath in weeks", True),
    ("i have to make my own tea every night", True),
    ("there's no hot water so i can't wash", True),
    ("mum left us on our own all weekend", True),
    ("my little brother has no nappies", True),
    ("nobody washes my clothes", True),
    ("i'm cold all the time because there's no heating", True),
    ("my partner hits me", True),
    ("my husband hurts me", True),
    ("he slapped me in front of the children", True),
    ("my ex threatens to take the kids", True),
    ("i'm afraid of my husband", True),
    ("he says if i leave he'll kill me", True),
    ("he takes my bank card", True),
    ("he tracks my phone", True),
    ("he isolates me from my family", True),
    ("he raped me", True),
    ("he put his hands round my neck", True),
    ("my boyfriend punched me in the face", True),
    ("i don't feel safe at home with him", True),
    ("he smashed up the house and the kids were crying", True),
    ("he gets drunk and hits me", True),
    ("i don't want to be alive anymore", True),
    ("i feel like i can't go on", True),
    ("i've been cutting myself again", True),
    ("i took too many tablets", True),
    ("i hit my daughter", True),
    ("i slapped my son across the face", True),
    ("my partner hurts the baby", True),
    ("he kicks the kids", True),
    ("i shook him too hard", True),
    ("i feel like i'm going to hurt the baby", True),
    ("i left the kids on their own all night", True),
    ("i drink all day and can't look after the kids", True),
    ("there's no food in the house for the kids", True),
    ("i nearly died of embarrassment", False),
    ("my mum will kill me if i'm late", False),
    ("that lesson was torture", False),
    ("i want to kill my sister she's so annoying", False),
    ("the boss in fortnite killed me", False),
    ("i got hit in the face with a ball in pe", False),
    ("she's killing it on the dance floor", False),
    ("i'm going to murder this burger", False),
    ("i locked my door so my brother can't come in", False),
    ("i'm stuck at home because it's raining", False),
    ("i need help with my spanish homework", False),
    ("can you help me choose a present", False),
    ("my clothes are in the wash", False),
    ("my coat is too small so mum is buying a new one", False),
    ("i wear the same hoodie every day because i love it", False),
    ("my dad works nights so my nan looks after me", False),
    ("my partner works away a lot", False),
    ("my ex and i share custody", False),
    ("the baby hit me in the face with his toy", False),
    ("my son kicked me in his sleep", False),
    ("i'm so tired i could die", False),
    ("the kids are killing me today", False),
    ("he took the kids to the park", False),
    ("he won't let me pay for dinner", False),
    ("i smacked the table", False),
    ("i've got a lot on my plate", False),
    ("i'm scared of spiders and so are the kids", False),
    # a sixth batch, written while tuning the fifth: the plainest ways of saying each kind of harm
    ("my dad hits me with his belt", True),
    ("mum's boyfriend beat me up last night", True),
    ("my brother keeps hitting me and mum does nothing", True),
    ("i get smacked a lot", True),
    ("he whacked me round the head", True),
    ("she threw a cup at my head", True),
    ("dad grabbed me by my hair", True),
    ("he dragged me up the stairs", True),
    ("i have bruises on my arms from him", True),
    ("my step mum pinches me", True),
    ("he twisted my arm till it hurt", True),
    ("i got a black eye from my dad", True),
    ("he burned me with a cigarette", True),
    ("they beat me when i'm naughty", True),
    ("my uncle touches me in bed", True),
    ("he makes me watch films with naked people", True),
    ("my cousin made me do things i didnt want", True),
    ("he kissed me and touched my bum", True),
    ("someone sent me a picture of his private parts", True),
    ("he asks me to send photos of my body", True),
    ("i want to kill myself tonight", True),
    ("i'm going to take all the pills", True),
    ("i've been self harming", True),
    ("i feel like i want to die", True),
    ("i'm thinking of hurting myself", True),
    ("i cut my wrists", True),
    ("i hurt myself when i'm sad", True),
    ("i'm going to jump off a bridge", True),
    ("nobody loves me and i want to die", True),
    ("i wish i wasnt born", True),
    ("i feel so alone i want to end it", True),
    ("there's nothing to eat in the house", True),
    ("mum forgets to feed us", True),
    ("i'm always hungry at home", True),
    ("mum and dad are always drunk", True),
    ("dad smokes drugs in front of us", True),
    ("i'm left alone at night", True),
    ("nobody looks after me when mum goes out", True),
    ("we don't have any heating and it's freezing", True),
    ("i have to sleep on the floor", True),
    ("i'm scared to go home tonight", True),
    ("i'm frightened of my stepdad", True),
    ("i don't feel safe", True),
    ("i'm afraid of what he'll do", True),
    ("my dad scares me", True),
    ("he said he would kill me if i told anyone", True),
    ("my brother threatened to stab me", True),
    ("he has a knife", True),
    ("he said he'd hurt my dog", True),
    ("he told me to keep it a secret", True),
    ("i'm going to run away tonight", True),
    ("i ran away from home", True),
    ("i slept outside last night", True),
    ("i'm being abused", True),
    ("i'm being hurt at home", True),
    ("i'm being bullied and beaten up", True),
    ("i'm being locked in my room", True),
    ("they lock me in", True),
    ("i'm not allowed to eat with the family", True),
    ("my mum never washes my clothes", True),
    ("i wear dirty clothes to school", True),
    ("i don't have any clean pants", True),
    ("i was left home alone all weekend", True),
    ("nobody was home for three days", True),
    ("my partner hit me", True),
    ("my husband threatens me", True),
    ("i'm scared of my partner", True),
    ("he controls everything i do", True),
    ("i'm afraid he'll hurt the kids", True),
    ("i hit my child", True),
    ("i slapped my daughter", True),
    ("i can't cope with the kids and i might hurt them", True),
    ("i've thought about ending it all", True),
    ("i want to end my life", True),
]

EN_HELD_OUT: list[tuple[str, bool]] = [
    ("my dad punches me", True),
    ("he hits me and my little brother", True),
    ("mum throws things at me when shes angry", True),
    ("i got beaten up by my stepdad", True),
    ("he chokes me", True),
    ("my mums bf hurts her and me", True),
    ("he touched me down there", True),
    ("he gets in bed with me and i dont like it", True),
    ("a man online wants pics of me with no clothes", True),
    ("i want to die 😭😭", True),
    ("i want 2 kil myself", True),
    ("i keep cutting my legs", True),
    ("i wish i was never born", True),
    ("there's no point living", True),
    ("i self harm", True),
    ("we never have food in the house", True),
    ("mum leaves me alone for days", True),
    ("i havent had anything to eat for 2 days", True),
    ("i'm scared of him", True),
    ("i never feel safe at home", True),
    ("i'm afraid of my step dad", True),
    ("he says he will stab me", True),
    ("he said if i tell he will kill mum", True),
    ("i'm gonna runaway", True),
    ("i'm not going back home ever", True),
    ("i dont wana live", True),

    ("i hit the jackpot on the claw machine", False),
    ("dad is dying to go on holiday", False),
    ("my feet are killing me after the walk", False),
    ("i'm scared of heights", False),
    ("i want to die my hair blue for the summer", False),
    ("i cut myself a slice of cake", False),
    ("my little brother hit his head on the table", False),
    ("nobody in my house hits me", False),
    ("i don't want to die i just feel sad", False),
    ("the zombie killed everyone in the game", False),
    ("i'm afraid i forgot my pe kit", False),
    ("my mum is going to kill me when she sees my room", False),
    ("i got hit by the ball in pe", False),
    ("we had pizza for dinner 🍕", False),
    ("i dont feel well", False),
    ("my dad takes me to football", False),
    ("i'm scared of wasps", False),
    ("my nan looks after me after school", False),
    ("i'm so hungry i could eat a horse", False),
    ("the teacher was angry with the class", False),
    ("i want to go to my friend's house", False),
    ("my brother runs away when he sees a spider", False),

    # a second held-out batch, written with the second tuning batch, never run while tuning
    ("my stepmum locks me in the shed", True),
    ("he hits my mum and throws stuff", True),
    ("he touches my legs under the table and i hate it", True),
    ("someone i met on roblox wants to meet me and says dont tell my parents", True),
    ("i dont want to be alive", True),
    ("i scratch my arms till they bleed", True),
    ("i'm gonna take all my mums tablets", True),
    ("i haven't had dinner in 3 days", True),
    ("mum never buys food", True),
    ("im scared of my moms boyfriend", True),
    ("i get beat up at home", True),
    ("i scratched my arm on a bush", False),
    ("my dad is scared of spiders lol", False),
    ("i'm dying of boredom in maths", False),
    ("i punched the air when we scored", False),
    ("my teacher said the homework is due friday", False),
    ("we watched a zombie film and i was so scared", False),
    ("my cat bit me when i tried to pick him up", False),
    ("i'm going to kill it at the talent show", False),
    ("mum gets me pizza on fridays", False),
    ("my hamster is scared of me", False),
    ("i always run away from the ball in dodgeball", False),
    # a third held-out batch (online grooming, sextortion, exploitation), written with the third tuning
    # batch and before its rules, run once at the end
    ("a man from fortnite wants to meet me at the shops", True),
    ("this guy on snap keeps asking for pics of me", True),
    ("some random on insta asked where i go to school", True),
    ("he said hed send my pictures to my mum unless i pay him", True),
    ("someone is threatening to post my nudes", True),
    ("my boyfriend is 20 and i am 13", True),
    ("a man on tiktok said im really pretty and wants to facetime", True),
    ("they gave me a phone and i have to deliver stuff", True),
    ("older lads said i owe them money and have to work for them", True),
    ("a stranger on xbox keeps messaging me and asking for my number", True),
    ("someone on minecraft sent me robux and wants to meet", True),
    ("he wants me to go on vc with him alone", True),
    ("i have to drop bags off for them after school", True),
    ("a man i play fortnite with wants my address", True),
    ("my brother plays fortnite all night", False),
    ("i met my friend at the shops", False),
    ("my friend on snap sent me a funny video", False),
    ("i posted a picture of my new shoes on insta", False),
    ("my dad gave me his old phone", False),
    ("i carry the shopping for nan", False),
    ("my teacher is 25", False),
    ("i sell cakes at the school fair", False),
    ("we facetime my auntie in australia", False),
    ("my friends asked for my snapchat at the party", False),
    ("i have to deliver a letter to the office for my teacher", False),
    # a fourth held-out batch (issue 11), written with the fourth tuning batch, before its rules, and run
    # once at the end
    ("he keeps hurtin me", True),
    ("my mums boyfriend kickd me", True),
    ("i dont see the point in being alive", True),
    ("i feel like nobody would care if i died", True),
    ("i keep thinking about ending my life", True),
    ("someone help me please", True),
    ("i need someone to help me", True),
    ("they keep me locked in my bedroom", True),
    ("i'm not allowed out of my room", True),
    ("my clothes are always dirty and smelly", True),
    ("i don't have any shoes that fit", True),
    ("nobody makes sure i have a bath", True),
    ("i was on my own the whole weekend", True),
    ("my partner beats me", True),
    ("he says he'll take the kids and i'll never see them again", True),
    ("he won't let me go out without him", True),
    ("i'm afraid to go home to him", True),
    ("i hit my son with a belt", True),
    ("i'm worried i'll snap and hurt the children", True),
    ("some days i wish i wasn't alive", True),
    ("i've got a stash of pills just in case", True),
    ("i'm dying to go on holiday", False),
    ("my legs are killing me after football", False),
    ("i got locked out of my ipad", False),
    ("can you help me with this level", False),
    ("i need help with my spelling", False),
    ("we locked the chickens in at night", False),
    ("i need a new coat because mine is too small", False),
    ("i'm home alone for ten minutes while mum gets milk", False),
    ("my partner helps with the kids", False),
    ("i smacked my head on the cupboard", False),
    ("i could murder a pizza", False),
    ("my daughter hit her brother so we had a talk", False),
    ("the kids were a nightmare at bedtime", False),
    # a fifth held-out batch (issue 11), written with the fifth tuning batch, run once at the end
    ("she chokd me", True),
    ("my mum slapsme", True),
    ("nobodyfeeds me", True),
    ("i don't want to wake up tomorrow", True),
    ("whats the point in me being here", True),
    ("i want to jump off the bridge", True),
    ("i want to go to sleep and not wake up", True),
    ("i'm going to end it tonight", True),
    ("help me im scared", True),
    ("call the police", True),
    ("help i'm scared", True),
    ("i'm not allowed to leave my room", True),
    ("they keep me in my room all weekend", True),
    ("i have no winter coat", True),
    ("nobody takes me to the doctor when i'm ill", True),
    ("i was left home alone for two days", True),
    ("i sleep in my clothes because i have no pyjamas", True),
    ("he threatened to kill me", True),
    ("he won't let me have any money", True),
    ("he forces me to have sex", True),
    ("i'm scared to go home because of him", True),
    ("i've been thinking about killing myself", True),
    ("i think the kids would be better without me", True),
    ("i've been hitting the kids", True),
    ("i'm scared i might hurt my kids", True),
    ("i can't feed my children", True),
    ("i'm freezing lol", False),
    ("i hurt my ankle at football", False),
    ("my mum locks the door at night", False),
    ("we did a fire drill and had to get out", False),
    ("i'm home alone while mum pops to the shop", False),
    ("i lost my temper and shouted at the kids", False),
    ("i'm dying to get out of the house", False),
    ("i control the money in our house", False),
]

CY_TUNING: list[tuple[str, bool]] = [
    ("mae e'n fy nharo i", True),                       # he hits me
    ("dw i eisiau marw", True),                         # I want to die
    ("mae ofn arna i fynd adref", True),                # I'm afraid to go home
    ("mae'n brifo fi", True),                           # he/it hurts me
    ("mae dad yn taro fi", True),                       # dad hits me
    ("nath e daro fi ddoe", True),                      # he hit me yesterday
    ("mae fy llystad yn fy mwrw i", True),              # my stepdad hits me
    ("mae cariad mam yn cyffwrdd fi", True),            # mum's boyfriend touches me
    ("dwi isio marw", True),                            # I want to die (north)
    ("dw i moyn lladd fy hun", True),                   # I want to kill myself (south)
    ("dw i ddim eisiau byw rhagor", True),              # I don't want to live any more
    ("wnes i dorri fy hun neithiwr", True),             # I cut myself last night
    ("does neb yn rhoi bwyd i fi", True),               # nobody gives me food
    ("does dim bwyd yn y tŷ", True),                    # there's no food in the house
    ("mae gen i ofn dad", True),                        # I'm scared of dad
    ("dw i ddim yn teimlo'n saff adre", True),          # I don't feel safe at home
    ("mae e'n dweud bydd e'n fy lladd i os dw i'n dweud", True),  # he says he'll kill me if I tell
    ("dw i'n mynd i redeg i ffwrdd", True),             # I'm going to run away
    ("mae mam yn fy nghicio i", True),                  # mum kicks me
    ("mae e'n curo mam", True),                         # he beats mum
    ("mae e'n cyffwrdd fy rhannau preifat", True),      # he touches my private parts
    ("dwi'n hunan-niweidio", True),                     # I self-harm
    ("mae mam wastad wedi meddwi", True),               # mum is always drunk
    ("maen nhw'n fy ngadael i ar ben fy hun drwy'r nos", True),  # they leave me alone all night
    ("dw i ddim eisiau mynd adra", True),               # I don't want to go home
    ("mae o'n bygwth fi", True),                        # he threatens me
    ("ma fe'n neud dolur i fi", True),                  # he hurts me (south)
    ("mae e'n dod i fy stafell yn y nos", True),        # he comes into my room at night
    ("sa i'n moyn byw", True),                          # I don't want to live (south)
    ("gwell gen i fod wedi marw", True),                # I'd rather be dead
    ("dw i heb fwyta ers dau ddiwrnod", True),          # I haven't eaten for two days
    ("mae ofn llystad arna i", True),                   # I'm afraid of my stepdad
    ("mae e'n dweud mai ein cyfrinach ni yw hi", True), # he says it's our secret
    ("dwi isio dianc o'r tŷ", True),                    # I want to escape the house
    ("mae'n hitio fi", True),                           # he hits me (borrowed verb)
    ("mae e'n fy mrifo i", True),                       # he hurts me

    ("mae'r athro yn taro'r bêl", False),               # the teacher hits the ball
    ("mae ofn pryfed cop arna i", False),               # I'm scared of spiders
    ("bron i fi farw chwerthin", False),                # I nearly died laughing
    ("mae dad yn torri'r gwair", False),                # dad cuts the grass
    ("dw i ddim eisiau marw", False),                   # I don't want to die
    ("does neb yn fy nharo i", False),                  # nobody hits me
    ("mae fy nghoes yn brifo", False),                  # my leg hurts
    ("mae'r ci wedi marw", False),                      # the dog has died
    ("mae mam-gu wedi marw", False),                    # gran has died
    ("dw i eisiau bwyd", False),                        # I'm hungry
    ("dw i'n caru mam a dad", False),                   # I love mum and dad
    ("dw i eisiau mynd adref", False),                  # I want to go home
    ("mae ofn y tywyllwch arna i", False),              # I'm scared of the dark
    ("wnes i dorri fy mraich yn chwarae rygbi", False), # I broke my arm playing rugby
    ("dyw dad byth yn fy mrifo i", False),              # dad never hurts me
    ("dw i'n teimlo'n saff gyda nain", False),          # I feel safe with nan
    ("ces i feic newydd", False),                       # I got a new bike
    ("dw i'n poeni am fy arholiadau", False),           # I'm worried about my exams
    ("mae fy chwaer yn fy ngwylltio", False),           # my sister winds me up
    ("mae'n bwrw glaw", False),                         # it's raining
    ("dw i'n hoffi chwarae pêl-droed", False),          # I like playing football
    ("wnes i frifo fy mhen-glin", False),               # I hurt my knee
    ("roedd y ffilm yn ddychrynllyd", False),           # the film was scary
    ("dw i eisiau bod yn filfeddyg", False),            # I want to be a vet
    ("mae mam yn coginio swper i ni", False),           # mum cooks supper for us
    ("dw i'n lladd amser cyn y gêm", False),            # I'm killing time before the game
    ("dw i ddim yn hoffi bwyd ysgol", False),           # I don't like school food
    ("mae fy ffrind wedi symud i ffwrdd", False),       # my friend has moved away
    ("roedd y gwaith cartref yn fy lladd i", False),    # the homework was killing me
    ("dw i'n edrych ymlaen at y Nadolig 🎄", False),    # I'm looking forward to Christmas

    # a second batch, written after the first round of rules
    ("mae dad yn gweiddi ac yn fy nharo i", True),      # dad shouts and hits me
    ("mae llystad yn fy nghuro i", True),               # stepdad beats me
    ("mae e'n cyffwrdd â fi a dw i ddim yn licio fo", True),  # he touches me and I don't like it
    ("dw i'n meddwl am ladd fy hun", True),             # I'm thinking about killing myself
    ("dw i'n brifo fy hun", True),                      # I hurt myself
    ("does dim pwynt byw", True),                       # there's no point living
    ("does neb adre i edrych ar fy ôl", True),          # nobody's home to look after me
    ("mae mam yn feddw bob nos", True),                 # mum is drunk every night
    ("mae ofn dad arna i pan mae e wedi meddwi", True), # I'm afraid of dad when he's drunk
    ("dw i ddim yn saff yn y tŷ", True),                # I'm not safe in the house
    ("mae e wedi dweud bydd e'n brifo mam os dw i'n dweud", True),  # he said he'd hurt mum if I tell
    ("dw i am redeg i ffwrdd heno", True),              # I'm going to run away tonight
    ("mae ofn cŵn arna i", False),                      # I'm scared of dogs
    ("mae fy nhad yn fy nghario i'r car", False),       # my dad carries me to the car
    ("wnes i farw chwerthin", False),                   # I died laughing
    ("dw i'n caru fy nheulu", False),                   # I love my family
    ("mae'r ffilm yn lladd fi", False),                 # the film is killing me
    ("dw i'n poeni am nain achos mae hi'n sâl", False), # I'm worried about nan because she's ill
    ("mae mam yn rhoi bwyd i'r gath", False),           # mum feeds the cat
    ("dw i ddim yn hoffi pysgod", False),               # I don't like fish
    ("dw i eisiau gêm newydd", False),                  # I want a new game
    # a third batch: online grooming, sextortion and criminal exploitation, written before their rules
    ("mae rhywun ar roblox eisiau cwrdd â fi", True),   # someone on roblox wants to meet me
    ("mae dyn ar snapchat yn gofyn am lunia", True),    # a man on snapchat is asking for pictures
    ("medda fo bydd o'n rhannu fy lluniau", True),      # he said he'll share my pictures
    # older boys give me free things and ask me to carry things
    ("mae bechgyn hŷn yn rhoi pethau am ddim i fi ac yn gofyn i fi gario pethau", True),
    ("mae boi ar insta isio cwrdd fyny", True),         # a guy on insta wants to meet up
    ("ma rhywun dieithr yn hala negeseuon ata i ar tiktok", True),  # a stranger is sending me messages on tiktok
    ("mae rhywun ar fortnite wedi gofyn lle dw i'n byw", True),  # someone on fortnite asked where I live
    # he says he'll post my pictures if I don't pay
    ("mae e'n dweud bydd e'n postio fy lluniau os dw i ddim yn talu", True),
    ("mae'n rhaid i fi werthu stwff iddyn nhw", True),  # I have to sell stuff for them
    ("nath dyn roi ffôn i fi a deud bod o'n gyfrinach", True),  # a man gave me a phone and said it's a secret
    ("mae fy nghariad ar-lein yn 24", True),            # my online boyfriend is 24
    # someone on discord asks how old I am and where I live
    ("mae rhywun ar discord yn gofyn faint ydw i oed a lle dw i'n byw", True),
    ("mae dyn ar whatsapp yn gofyn i fi fynd ar cam", True),  # a man on whatsapp asks me to go on cam
    ("mae o'n gyrru pres i fi ar roblox ac isio lluniau", True),  # he sends me money on roblox and wants pictures
    ("maen nhw'n gwneud i fi gario cyffuriau", True),   # they make me carry drugs
    # someone online says he's 14 but looks older
    ("mae rhywun ar-lein yn dweud ei fod e'n 14 ond mae e'n edrych yn hŷn", True),
    ("dw i'n chwarae roblox gyda fy ffrindiau", False), # I play roblox with my friends
    ("dw i'n cwrdd â fy ffrind yn y parc", False),      # I meet my friend in the park
    ("nes i anfon lluniau o fy nghi i nain", False),    # I sent pictures of my dog to nan
    ("mae mam yn postio lluniau o'r ci", False),        # mum posts pictures of the dog
    ("dw i'n cario bag fy mrawd", False),               # I carry my brother's bag
    ("rhoddodd fy ewythr ffôn i fi ar fy mhen-blwydd", False),  # my uncle gave me a phone for my birthday
    ("mae fy nghefnder yn 25", False),                  # my cousin is 25
    ("dw i eisiau cwrdd â fy hoff youtuber", False),    # I want to meet my favourite youtuber
    ("dw i'n dosbarthu papurau newydd ar ddydd sadwrn", False),  # I deliver newspapers on Saturday
    ("mae fy ffrind wedi anfon meme ar snapchat", False),  # my friend sent a meme on snapchat
    ("dw i'n gwerthu cacennau i'r ysgol", False),       # I sell cakes for the school
    ("mae nain yn gofyn am lunia o'r gwyliau", False),  # nan asks for pictures from the holiday
    # my friend says she's 14 but looks older
    ("mae fy ffrind yn dweud ei bod hi'n 14 ond mae hi'n edrych yn hŷn", False),
    ("mae'r bois yn cael ffôn newydd", False),          # the lads are getting a new phone
    # a fourth batch (issue 11), written before any rule for it: mutations, indirect ways of wanting to
    # die, asking for help, being shut in, neglect of clothes and care, and parents' and carers' words
    ("mae e wedi ei daro", True),                       # he has been hit
    ("mae dad yn ei chicio hi", True),                  # dad kicks her
    ("mae hi'n cael ei tharo gan ei thad", True),       # she is hit by her father
    ("mae e'n fy mrifo i bob dydd", True),              # he hurts me every day
    ("dw i ddim eisiau bod yma ddim mwy", True),        # I don't want to be here any more
    ("byddai pawb yn hapusach hebdda i", True),         # everyone would be happier without me
    ("dw i eisiau mynd i gysgu a pheidio deffro", True),  # I want to go to sleep and not wake up
    ("fyddai neb yn sylwi taswn i wedi mynd", True),    # nobody would notice if I'd gone
    ("dw i'n casáu fy mywyd", True),                    # I hate my life
    ("helpwch fi plis", True),                          # help me please
    ("dw i angen help", True),                          # I need help
    ("all rhywun fy helpu i", True),                    # can someone help me
    ("maen nhw'n fy nghloi i yn fy stafell", True),     # they lock me in my room
    ("mae mam yn cau fi yn y cwpwrdd", True),           # mum shuts me in the cupboard
    ("dw i ddim yn cael gadael fy stafell", True),      # I'm not allowed to leave my room
    ("does gen i ddim dillad glân", True),              # I have no clean clothes
    ("does gen i ddim côt ac mae'n oer", True),         # I have no coat and it's cold
    ("does neb yn golchi fy ngwisg ysgol", True),       # nobody washes my school uniform
    ("ces i fy ngadael ar ben fy hun drwy'r penwythnos", True),  # I was left alone all weekend
    ("mae fy nillad yn rhy fach ac yn fudr", True),     # my clothes are too small and dirty
    ("mae fy mhartner yn fy mygwth i", True),           # my partner threatens me
    ("mae arna i ofn fy ngŵr", True),                   # I'm afraid of my husband
    ("dyw e ddim yn gadael i fi adael y tŷ", True),     # he doesn't let me leave the house
    ("mae e'n rheoli'r arian i gyd", True),             # he controls all the money
    ("mae e'n brifo'r plant", True),                    # he hurts the children
    ("collais i fy nhymer a'i tharo hi", True),         # I lost my temper and hit her
    ("nes i ysgwyd y babi", True),                      # I shook the baby
    ("mae e'n taro'r plant", True),                     # he hits the children
    ("alla i ddim ymdopi rhagor", True),                # I can't cope any more
    ("byddai'r plant yn well hebdda i", True),          # the children would be better off without me
    ("dw i wedi bod yn meddwl am ddod â'r cyfan i ben", True),  # I've been thinking of ending it all
    ("dw i bron â marw eisiau mynd", False),            # I'm dying to go
    ("mae'r gwaith cartref yn fy lladd i", False),      # the homework is killing me
    ("ces i fy nharo gan y bêl yn ymarfer corff", False),  # I got hit by the ball in PE
    ("dw i wedi cloi fy hun allan o roblox", False),    # I've locked myself out of roblox
    ("wnei di fy helpu gyda fy ngwaith cartref", False),  # will you help me with my homework
    ("dw i angen help gyda mathemateg", False),         # I need help with maths
    ("mae mam yn golchi fy ngwisg ysgol bob dydd sul", False),  # mum washes my uniform every Sunday
    ("dw i angen côt newydd ar gyfer y gaeaf", False),  # I need a new coat for the winter
    ("caeais i'r drws achos roedd hi'n oer", False),    # I shut the door because it was cold
    ("mae fy mhartner yn helpu gyda'r plant", False),   # my partner helps with the children
    ("mae'r babi yn fy nghadw i'n effro", False),       # the baby keeps me awake
    ("dw i wedi blino'n lân", False),                   # I'm worn out
    ("cuddiais i yn y cwpwrdd wrth chwarae cuddio", False),  # I hid in the cupboard playing hide and seek
    # everyday look-alikes of the fourth batch's rules, written while tuning them
    ("diolch am dy help", False),
    ("mae mam yn fy helpu i ddarllen", False),
    ("dw i angen help gyda fy ngwaith cartref", False),
    ("mae'r drws wedi cloi", False),
    ("dw i'n casáu brocoli", False),
    ("mae fy nillad yn fwdlyd ar ôl pêl-droed", False),
    ("dw i eisiau cysgu drwy'r dydd", False),
    ("dw i'n meddwl am liwio fy ngwallt", False),
    ("mae'r babi yn ysgwyd ei ratl", False),
    # a fifth batch (issue 11), written after the fourth held-out batch was run, before any rule for it:
    # more phrasings of the same kinds, a quarter of them held out
    ("mae e'n fy nghicio i", True),                 # he kicks me
    ("nath e fy nharo i", True),                    # he hit me
    ("mae hi'n fy mrifo i", True),                  # she hurts me
    ("cafodd hi ei chicio gan ei thad", True),      # she was kicked by her father
    ("mae ei thad yn ei tharo hi", True),           # her father hits her
    ("mae fy nhad yn fy mygwth i", True),           # my father threatens me
    ("dw i ofn mynd adra", True),                   # I'm afraid to go home
    # I don't feel safe at home
    ("dw i ddim yn teimlo'n ddiogel gartref", True),
    ("dw i ddim eisiau byw ddim mwy", True),        # I don't want to live any more
    ("byddai'n haws taswn i ddim yma", True),       # it would be easier if I weren't here
    ("does neb yn poeni amdana i", True),           # nobody cares about me
    ("does dim pwynt i fi fyw", True),              # there's no point in me living
    ("helpwch fi", True),                           # help me
    ("plis help", True),                            # please help
    ("dw i angen help nawr", True),                 # I need help now
    ("maen nhw'n fy nghloi yn y sied", True),       # they lock me in the shed
    ("dw i'n cael fy nghloi yn fy stafell", True),  # I get locked in my room
    ("does dim dillad glân gyda fi", True),         # I have no clean clothes
    ("does neb yn golchi fy nillad", True),         # nobody washes my clothes
    ("dw i heb gael bath ers wythnosau", True),     # I haven't had a bath for weeks
    # I was left on my own for two days
    ("ces i fy ngadael ar fy mhen fy hun am ddau ddiwrnod", True),
    ("mae fy mhartner yn fy mrifo i", True),        # my partner hurts me
    ("mae e wedi bygwth fy lladd i", True),         # he has threatened to kill me
    ("mae arna i ofn fy mhartner", True),           # I'm afraid of my partner
    ("mae e'n cymryd fy arian i gyd", True),        # he takes all my money
    ("dw i wedi taro fy mab", True),                # I have hit my son
    ("nes i slapio fy merch", True),                # I slapped my daughter
    ("dw i wedi bod yn meddwl am ladd fy hun eto", True),  # I have been thinking about killing myself again
    ("dw i ddim yn gallu ymdopi", True),            # I can't cope
    # the children would be better off without me
    ("byddai'r plant yn well eu byd hebdda i", True),
    ("bu bron i fi farw o embaras", False),         # I nearly died of embarrassment
    # mum will kill me if I'm late
    ("bydd mam yn fy lladd i os dw i'n hwyr", False),
    ("dw i'n helpu mam gyda'r siopa", False),       # I help mum with the shopping
    # I'm stuck in the house because it's raining
    ("dw i'n sownd yn y tŷ achos mae'n bwrw glaw", False),
    ("mae fy nillad yn y golch", False),            # my clothes are in the wash
    # I need new shoes, mine are too small
    ("dw i angen esgidiau newydd achos mae fy rhai i'n rhy fach", False),
    ("dw i'n rheoli'r arian yn ein tŷ ni", False),  # I manage the money in our house
    ("tarodd y bêl fi yn fy wyneb", False),         # the ball hit me in the face
    # I lost my temper and shouted at the children
    ("collais i fy nhymer a gweiddi ar y plant", False),
    # a sixth batch, written while tuning the fifth: the plainest ways of saying each kind of harm
    ("mae fy nhad yn fy nharo i", True),
    ("mae ei thad yn ei churo hi", True),
    ("mae eu tad yn eu taro nhw", True),
    ("wnaeth e fy mrifo i neithiwr", True),
    ("mi wnaeth o fy nghicio", True),
    ("dyma fo'n fy nyrnu", True),
    ("cafodd e ei daro gan ei lystad", True),
    ("mae e wedi fy mygwth i gyda chyllell", True),
    ("mae e'n bygwth fy lladd", True),
    ("mae mam yn fy ngadael ar ben fy hun bob nos", True),
    ("mae o'n fy nghyffwrdd i", True),
    ("dw i wedi bod yn fy mrifo fy hun", True),
    ("mae arna i ofn fy llystad", True),
    ("mae gen i ofn ei gariad hi", True),
    ("dw i ofn fy nhad", True),
    ("does neb yn fy mwydo i", True),
    ("dw i ddim wedi cael bwyd ers ddoe", True),
    ("mae fy mam yn feddw drwy'r amser", True),
    ("nath o fy nhagu i", True),
    ("mae e'n fy ngwthio i lawr y grisiau", True),
    ("mae fy nghariad yn fy nharo", True),
    ("mae o'n fy nghloi i yn y cwpwrdd", True),
    ("mae'n gas gen i fy mywyd", True),
    ("dw i jyst isio diflannu am byth", True),
    ("dw i'n teimlo fel lladd fy hun", True),
    ("sa i moyn bod yma", True),
    ("mae o'n deud os dw i'n deud wrth rywun bydd o'n fy lladd i", True),
    ("mae rhywun ar snapchat yn gofyn am luniau noeth", True),
    ("dw i wedi rhedeg i ffwrdd o adre", True),
    ("dw i ddim yn saff adre", True),
    ("mae dad yn tynnu fy ngwallt", True),
    ("mae o wedi troi fy mraich", True),
    ("ma fe'n bwrw fi", True),
    ("ma dad di taro fi", True),
    ("mae o'n cael ei gam-drin", True),
    ("dw i'n cael fy ngham-drin", True),
    ("mae'r dyn drws nesa yn codi ofn arna i", True),
    ("dw i'n ofni mynd adra", True),
    ("dwi wedi cymryd llwyth o dabledi", True),
    ("dw i isio rhoi diwedd ar y cyfan", True),
    ("does neb yn malio amdana i", True),
    ("ma nhw'n gadael fi ar ben fy hun drwy'r penwythnos", True),
    ("mae e'n gwneud i fi wneud pethau rhywiol", True),
    ("ma rhywun yn bygwth fi ar-lein", True),
    ("helpwch fi plis dw i ofn", True),
    ("mae fy mhartner yn fy ngham-drin", True),
    ("dyw fy ngŵr ddim yn gadael i fi gael arian", True),
    ("nes i golli fy nhymer a tharo'r plentyn", True),
    ("dw i'n poeni y bydda i'n brifo'r babi", True),
    ("dw i'n teimlo'n anobeithiol", True),
    ("does gen i ddim dyfodol", True),
    ("dw i'n anobeithiol am ganu", False),
    ("dyw mam ddim yn gadael i fi fynd allan heno", False),
]

CY_HELD_OUT: list[tuple[str, bool]] = [
    ("mae dad yn fy nyrnu i", True),                    # dad punches me
    ("nath o slapio fi", True),                         # he slapped me
    ("dw i eisiau bod yn farw", True),                  # I want to be dead
    ("dw i wedi bod yn torri fy hun", True),            # I've been cutting myself
    ("sdim bwyd adre byth", True),                      # there's never any food at home
    ("mae gen i ofn mynd adra", True),                  # I'm afraid to go home
    ("mae e'n gwneud i fi dynnu fy nillad", True),      # he makes me take my clothes off
    ("bydd e'n lladd fi", True),                        # he'll kill me
    ("dw i'n mynd i redeg bant", True),                 # I'm going to run away (south)
    ("does neb yn gofalu amdana i", True),              # nobody looks after me
    ("isio lladd fy hun", True),                        # want to kill myself
    ("mae cariad mam yn gas ac yn cicio fi", True),     # mum's boyfriend is nasty and kicks me

    ("mae ofn nadroedd arna i", False),                 # I'm scared of snakes
    ("mae mam yn torri fy ngwallt", False),             # mum cuts my hair
    ("mae fy mol yn brifo", False),                     # my tummy hurts
    ("dw i ddim isio marw, dw i jyst yn drist", False), # I don't want to die, I'm just sad
    ("mae dad yn cicio'r bêl i fi", False),             # dad kicks the ball to me
    ("dw i'n llwgu, be sy i de?", False),               # I'm starving, what's for tea?
    ("aethon ni i'r traeth", False),                    # we went to the beach
    ("mae nain yn edrych ar fy ôl ar ôl ysgol", False), # nan looks after me after school
    ("dw i'n nerfus am yr ysgol newydd", False),        # I'm nervous about the new school
    ("mae'r gath yn cysgu ar fy ngwely", False),        # the cat sleeps on my bed
    ("dw i'n rhedeg yn y ras", False),                  # I'm running in the race

    # a second held-out batch, never run while tuning
    ("mae fy nhad yn fy slapio i", True),               # my dad slaps me
    ("dw i jyst eisiau marw", True),                    # I just want to die
    ("does neb yn gwneud bwyd i fi", True),             # nobody makes food for me
    ("mae gen i ofn llystad", True),                    # I'm afraid of my stepdad
    ("mae e'n bygwth fy lladd i", True),                # he threatens to kill me
    ("o'n i'n lladd fy hun yn chwerthin", False),       # I was killing myself laughing
    ("mae'r babi yn cicio'r blanced", False),           # the baby kicks the blanket
    ("mae mam yn torri bara i fi", False),              # mum cuts bread for me
    ("dw i ddim ofn y ci", False),                      # I'm not afraid of the dog
    ("mae fy mrawd wedi mynd i ffwrdd i'r brifysgol", False),  # my brother has gone away to university
    # a third held-out batch (online grooming, sextortion, exploitation), run once at the end
    ("mae dyn ar tiktok isio cyfarfod fi", True),       # a man on tiktok wants to meet me
    ("mae rhywun ar snap yn deud bydd o'n postio fy llunia", True),  # someone on snap says he'll post my pictures
    ("mae rhywun dieithr ar xbox yn gofyn am fy nghyfeiriad", True),  # a stranger on xbox asks for my address
    ("mae'r bois hŷn yn gwneud i fi werthu drygs", True),  # the older boys make me sell drugs
    ("mae dyn ar instagram yn gofyn am luniau ohona i", True),  # a man on instagram asks for pictures of me
    # older boys gave me a phone and now I have to take things to other towns
    ("mae hogia hŷn wedi rhoi ffôn i fi a rŵan dw i'n gorfod mynd â pethau i drefi eraill", True),
    ("dw i'n chwarae fortnite efo fy mrawd", False),    # I play fortnite with my brother
    ("nes i gwrdd â ffrind newydd yn yr ysgol", False), # I met a new friend at school
    ("mae fy ffrind yn rhannu lluniau o'i gath", False),  # my friend shares pictures of her cat
    ("mae dad yn gwerthu ei gar", False),               # dad is selling his car
    ("mae mam yn gofyn i fi gario'r siopa", False),     # mum asks me to carry the shopping
    ("mae fy mrawd yn postio fideos ar tiktok", False), # my brother posts videos on tiktok
    # a fourth held-out batch (issue 11), written with the fourth tuning batch, run once at the end
    ("cafodd fy mrawd ei guro gan dad", True),          # my brother was beaten by dad
    ("hoffwn i gysgu am byth", True),                   # I'd like to sleep for ever
    ("plis helpa fi", True),                            # please help me
    ("maen nhw'n fy nghau i yn y sied", True),          # they shut me in the shed
    ("dw i'n gwisgo'r un dillad bob dydd achos does dim byd glân", True),  # same clothes, nothing clean
    ("mae e'n bygwth mynd â'r plant oddi arna i", True),  # he threatens to take the children from me
    ("dw i wedi colli fy nhymer a tharo fy mab", True), # I lost my temper and hit my son
    ("dw i'n teimlo fel rhoi diwedd ar bethau", True),  # I feel like ending things
    ("dw i'n marw o eisiau bwyd", False),               # I'm dying of hunger
    ("helpa fi i ddod o hyd i fy esgidiau", False),     # help me find my shoes
    ("mae'r drws wedi cloi a dw i wedi colli'r allwedd", False),  # the door's locked and I've lost the key
    ("mae fy mab yn taro'r bêl yn bell", False),        # my son hits the ball far
    ("dw i angen help i lenwi'r ffurflen", False),      # I need help to fill in the form
    ("mae'r plant yn fy ngyrru i'n wallgof", False),    # the children drive me mad
    # a fifth held-out batch (issue 11), written with the fifth tuning batch, run once at the end
    ("mae llystad yn ei daro fe", True),            # stepdad hits him
    ("mae ofn fy nhad arna i", True),               # I'm afraid of my father
    ("hoffwn i farw", True),                        # I'd like to die
    ("dw i eisiau diflannu", True),                 # I want to disappear
    ("all rhywun fy helpu plis", True),             # can someone help me please
    ("mae fy ngwisg ysgol yn frwnt", True),         # my school uniform is dirty
    ("mae fy ngŵr yn fy nharo i", True),            # my husband hits me
    # he doesn't let me see my family
    ("dyw e ddim yn gadael i fi weld fy nheulu", True),
    ("mae e'n taro'r babi", True),                  # he hits the baby
    ("mae'r drws ar glo", False),                   # the door is locked
    # my partner works away
    ("mae fy mhartner yn gweithio i ffwrdd", False),
    ("mae'r plant yn fy lladd i heddiw", False),    # the children are killing me today
]

# Ordinary text: a child's everyday life and a parent's check-in, with the idioms that share words with
# danger ("my back is killing me"), written after the fourth batch's rules to measure false alarms on
# text that is not about danger at all; never tuned against except where a false alarm showed a general
# flaw (a mutation's letters counted as typos).
EN_ORDINARY: list[str] = [
    "we went swimming after school and it was fun",
    "my teacher gave me a sticker for reading",
    "i played minecraft with my cousin all afternoon",
    "mum made spaghetti for tea",
    "i'm going to my dad's at the weekend",
    "my dog chewed my slipper",
    "i scored a goal in football today",
    "i fell out with my best friend but we made up",
    "i'm scared of the new teacher",
    "i'm bored",
    "i can't wait for my birthday",
    "my little sister keeps copying me",
    "we had a spelling test and i got 9 out of 10",
    "nan took me to the park",
    "dad lets me stay up late on fridays",
    "i want a phone for christmas",
    "i had a nightmare about a monster",
    "my brother is annoying he keeps taking my stuff",
    "i'm worried about my sats",
    "i got told off for talking in class",
    "we're moving house in the summer",
    "i miss my old school",
    "i had a sleepover at amy's",
    "i like living with my foster carers",
    "i'm happy today",
    "my hamster escaped and we found him behind the sofa",
    "i hate maths",
    "i love drawing",
    "we watched the football on tv",
    "mum is poorly so dad is doing the school run",
    "i'm excited about the school trip",
    "my friend said i'm not her friend anymore",
    "i feel left out at break",
    "i wish i could have a puppy",
    "i want to be a footballer when i grow up",
    "i'm tired because i stayed up reading",
    "my gran is coming to stay",
    "we went to the beach and got sunburnt",
    "i broke my arm on the trampoline last year",
    "i'm nervous about my dentist appointment",
    "i don't like it when people shout",
    "my stepdad is teaching me to ride my bike",
    "mum said i can have a friend over",
    "i got a new game for my switch",
    "we built a den in the garden",
    "my cat sleeps on my bed every night",
    "i can't find my pe kit",
    "i need new trainers",
    "i'm going to kill it at the talent show",
    "i was dying of laughter",
    "that film was sick",
    "i'm so hungry i could eat a horse",
    "my legs are dead after cross country",
    "i got smashed at fifa by my brother",
    "he totally destroyed me at chess",
    "i'm going to run for school council",
    "i want to run away with the circus lol",
    "we're going camping and sleeping in a tent",
    "i slept at my dad's house",
    "i stayed at my nan's all weekend",
    "i was home on my own for half an hour",
    "mum works late on tuesdays so i go to after school club",
    "my dad drinks coffee all day",
    "my mum had a glass of wine at the party",
    "the police came to talk to us at school",
    "we learned about stranger danger",
    "we did a lesson on online safety",
    "i have a secret den",
    "my friend told me a secret about her crush",
    "my brother hits the ball really far",
    "i hit my head on the door",
    "i cut my knee when i fell",
    "i burnt my hand on the oven",
    "i'm scared of thunder",
    "the dog next door scares me",
    "the ghost train was scary",
    "i feel safe at home",
    "home is the best place",
    "i love my family",
    "we've kept to the safety plan this week",
    "the kids have been going to school every day",
    "i stayed calm when the kids were arguing",
    "i called my sister when i felt stressed",
    "i haven't had a drink for a month",
    "i took the children to the dentist",
    "i've been going to my meetings",
    "my mum helps me with the kids",
    "i feel more in control now",
    "we had no arguments this week",
    "i didn't lose my temper",
    "the social worker helped me sort the housing",
    "i need help with bedtimes",
    "i'm struggling with money this month",
    "i've been sober for three months",
    "he hasn't been round since the court order",
    "the kids saw their dad on saturday and it went well",
    "i got the kids new school shoes",
    "i'm tired but coping",
    "work has been really busy",
    "the baby is teething and screaming all night",
    "my partner does the cooking",
    "we go to the food bank on fridays",
    "i'm worried about my son's behaviour at school",
    "my daughter has been having tantrums",
    "i lost my job last month",
    "i'm looking for a new flat",
    "we did a family day out at the zoo",
    "i hate monday mornings",
    "the washing machine broke",
    "the car broke down on the motorway",
    "i'm dying for a holiday",
    "my back is killing me",
    "the kids are driving me up the wall",
    "i could kill for a cup of tea",
    "i'm scared of the spiders in the shed",
    "i hid the presents in the wardrobe",
    "the kids locked themselves in the bathroom by accident",
    "i keep the medicine locked in a cupboard",
    "i kept the kids home because they were ill",
    "he took my phone to fix the screen",
    "my husband checks the boiler every winter",
    "i control my anger better now",
    "i've stopped smacking and use time out instead",
    "we're all safe and well",
    "nobody has been hurt",
    "there have been no incidents",
    "i feel hopeful",
    "i'm proud of the kids",
    # a second lot, written after the sixth batch's rules
    "omg that was so funny i cant breathe 😂",
    "lol my brother fell off his chair",
    "i'm so done with school today",
    "can't wait for the weekend",
    "who wants to play fortnite later",
    "my mum is making me go to my cousins party",
    "i have to tidy my room before i can go out",
    "i got grounded for a week",
    "my phone is cracked",
    "i'm going to the cinema with my mates",
    "my dad is teaching me to cook",
    "i'm learning to play guitar",
    "we have a test tomorrow and i'm stressing",
    "the bus was late again",
    "i got a detention for forgetting my homework",
    "my best friend is moving to scotland",
    "i'm getting braces next week",
    "my nan is in hospital but she's getting better",
    "my parents are getting divorced and it's sad",
    "i miss my dad when he's at work",
    "i got into the football team",
    "i hate when my sister reads my diary",
    "my mum said no to a sleepover",
    "i'm so tired i could sleep for a week",
    "we're going to spain in the summer",
    "my dog had puppies",
    "i want to learn to skateboard",
    "my friends were mean to me today",
    "i feel sad sometimes",
    "i cried at the end of the film",
    "i'm worried about my mum because she's poorly",
    "i lost my bus pass",
    "my brother broke my xbox controller",
    "i punched my pillow because i was angry",
    "i was so angry i slammed my door",
    "i screamed into my pillow",
    "i'm scared of failing my exams",
    "i'm afraid of the dark and i sleep with the light on",
    "my teacher shouted at the class",
    "i got hurt at football but i'm fine",
    "i fell off my bike and cut my knee",
    "i'm going to kill my brother if he takes my charger again lol",
    "my mum will murder me if i fail maths",
    "i'm literally dying of boredom",
    "this heat is killing me",
    "my feet are killing me in these shoes",
    "i could die of embarrassment",
    "i'd rather die than wear that jumper lol",
    "if i have to do one more worksheet i'll scream",
    "i'm starving when's dinner",
    "we ran out of milk so dad went to the shop",
    "we had beans on toast because mum was tired",
    "i made my own sandwich for lunch",
    "i walked home from school with my friends",
    "i stayed late at school for drama club",
    "i'm home alone for an hour till mum gets back",
    "i had to babysit my little brother for an hour",
    "nobody came to my party and i was sad",
    "nobody likes my drawings",
    "i need help with my science project",
    "help me pick a name for my hamster",
    "can someone help me with question 4",
    "please help me find my lost cat poster",
    "my social worker is coming on tuesday",
    "i like talking to my social worker",
    "i told my social worker about my new school",
    "the police came to our school to talk about road safety",
    "i want to be a police officer",
    "we learned about the first aid",
    "my uncle is a firefighter",
    "my dad has a tattoo of a knife on his arm",
    "we carved pumpkins at halloween with a knife",
    "i helped mum cut the vegetables",
    "my brother plays call of duty and shoots people in the game",
    "i killed a zombie in minecraft",
    "my character died in roblox",
    "i got stabbed in fortnite lol",
    "i'm going to sleep over at my friend's house",
    "i slept in a tent in the garden",
    "we stayed in a caravan",
    "i'm scared of my new teacher but she seems nice",
    "my step dad is really nice to me",
    "i live with my grandparents",
    "my foster mum makes the best pancakes",
    "i wish my mum lived closer",
    "i want to go home to my mum",
    "i'm locked out of my ipad because i forgot the password",
    "my friend locked me out of the group chat",
    "he blocked me on snapchat",
    "she unfriended me",
    "i'm done with her she's so annoying",
    "i want to disappear under my duvet on mondays",
    "i feel like crying sometimes but i'm ok",
    "i'm fine",
    "i'm okay thanks",
    "all good here",
]

CY_ORDINARY: list[str] = [
    "aethon ni i nofio ar ôl ysgol",
    "ces i sticer gan yr athrawes am ddarllen",
    "dw i'n chwarae minecraft gyda fy nghefnder",
    "gwnaeth mam sbageti i de",
    "dw i'n mynd at dad dros y penwythnos",
    "mae'r ci wedi cnoi fy sliper",
    "sgoriais i gôl mewn pêl-droed heddiw",
    "dw i wedi cwympo mas gyda fy ffrind gorau",
    "mae ofn yr athro newydd arna i",
    "dw i wedi diflasu",
    "alla i ddim aros am fy mhen-blwydd",
    "mae fy chwaer fach yn fy nghopïo i",
    "ces i naw allan o ddeg yn y prawf sillafu",
    "aeth nain â fi i'r parc",
    "dw i eisiau ffôn i'r Nadolig",
    "ces i hunllef am anghenfil",
    "mae fy mrawd yn mynd â fy mhethau",
    "dw i'n poeni am yr arholiadau",
    "dw i'n hoffi byw gyda fy ngofalwyr maeth",
    "dw i'n hapus heddiw",
    "dw i'n casáu mathemateg",
    "dw i wrth fy modd yn tynnu lluniau",
    "mae mam yn sâl felly mae dad yn mynd â ni i'r ysgol",
    "dw i'n edrych ymlaen at y trip ysgol",
    "dw i eisiau ci bach",
    "dw i wedi blino achos arhosais i'n effro yn darllen",
    "torrais i fy mraich ar y trampolîn",
    "mae'r gath yn cysgu ar fy ngwely bob nos",
    "alla i ddim ffeindio fy nghit ymarfer corff",
    "dw i angen esgidiau ymarfer newydd",
    "ro'n i'n marw chwerthin",
    "dw i'n teimlo'n saff adref",
    "dw i'n caru fy nheulu",
    "rydyn ni wedi cadw at y cynllun diogelwch",
    "mae'r plant wedi bod yn yr ysgol bob dydd",
    "arhosais i'n dawel pan oedd y plant yn ffraeo",
    "dw i heb yfed ers mis",
    "mae mam yn fy helpu gyda'r plant",
    "dw i'n teimlo'n fwy mewn rheolaeth nawr",
    "doedd dim ffraeo yr wythnos yma",
    "mae'r babi yn torri dannedd ac yn sgrechian drwy'r nos",
    "dw i'n poeni am ymddygiad fy mab yn yr ysgol",
    "mae fy nghefn yn fy lladd i",
    "dw i'n cadw'r moddion dan glo yn y cwpwrdd",
    "does neb wedi cael niwed",
    "dw i'n falch o'r plant",
]
# fmt: on

SETS = {
    "en": {"tuning": EN_TUNING, "held-out": EN_HELD_OUT},
    "cy": {"tuning": CY_TUNING, "held-out": CY_HELD_OUT},
}


def scores(phrases: list[tuple[str, bool]], locale: str) -> tuple[float, float, list[str], list[str]]:
    """Recall, false-alarm rate, the missed positives and the flagged negatives."""
    positives = [text for text, unsafe in phrases if unsafe]
    negatives = [text for text, unsafe in phrases if not unsafe]
    missed = [text for text in positives if not danger.sounds_unsafe(text, locale)]
    alarms = [text for text in negatives if danger.sounds_unsafe(text, locale)]
    recall = 1 - len(missed) / len(positives)
    false_alarms = len(alarms) / len(negatives)
    return recall, false_alarms, missed, alarms


def report(locale: str) -> tuple[float, float, str]:
    lines = []
    for name, phrases in [*SETS[locale].items(), ("all", [p for ps in SETS[locale].values() for p in ps])]:
        recall, false_alarms, missed, alarms = scores(phrases, locale)
        lines.append(
            f"{locale} {name:8} n={len(phrases):3}  recall={recall:.3f}  false alarms={false_alarms:.3f}"
            f"  missed={missed}  false alarms on={alarms}"
        )
    return recall, false_alarms, "\n".join(lines)


# --- the labelled lists themselves ---------------------------------------------------------------


def test_the_lists_are_big_enough_and_a_quarter_is_held_out():
    for locale, least in (("en", 120), ("cy", 60)):
        tuning, held_out = SETS[locale]["tuning"], SETS[locale]["held-out"]
        total = len(tuning) + len(held_out)
        assert total >= least, locale
        assert 0.2 <= len(held_out) / total <= 0.3, locale
        for phrases in (tuning, held_out):
            assert any(unsafe for _, unsafe in phrases) and not all(unsafe for _, unsafe in phrases)
        texts = [text for text, _ in tuning + held_out]
        assert len(texts) == len(set(texts)), f"{locale}: a phrase is listed twice"


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_recall_and_false_alarms(locale):
    recall, false_alarms, text = report(locale)
    print("\n" + text)
    assert recall >= MIN_RECALL and false_alarms <= MAX_FALSE_ALARMS, text


@pytest.mark.parametrize(("locale", "texts"), [("en", EN_ORDINARY), ("cy", CY_ORDINARY)])
def test_few_false_alarms_on_ordinary_text(locale, texts):
    alarms = [text for text in texts if danger.sounds_unsafe(text, locale)]
    print(f"\n{locale} ordinary n={len(texts)}  false alarms={len(alarms) / len(texts):.3f}  on={alarms}")
    assert len(alarms) / len(texts) <= MAX_FALSE_ALARMS / 2, alarms


@pytest.mark.parametrize(
    ("text", "locale", "unsafe"),
    [
        ("HELP!!!", "en", True),
        ("help me please 😭", "en", True),
        ("helpwch", "cy", True),
        ("it will help", "en", False),  # the same word in a longer message is ordinary
        ("help me find my shoes", "en", False),
        ("thanks for your help", "en", False),
    ],
)
def test_a_message_that_is_only_a_cry_for_help(text, locale, unsafe):
    assert danger.sounds_unsafe(text, locale) is unsafe


# --- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("He HIIIT me!!!", "en", "he hit me"),
        ("I'm scared", "en", "i am scared"),
        ("I’m scared", "en", "i am scared"),  # a curly apostrophe
        ("im scared", "en", "i am scared"),
        ("i wanna die", "en", "i want to die"),
        ("im gonna run away", "en", "i am going to run away"),
        ("u dont care", "en", "you do not care"),
        ("i don't want to", "en", "i do not want to"),
        ("he won't stop", "en", "he will not stop"),
        ("he'll kill me", "en", "he will kill me"),
        ("mum's boyfriend", "en", "mum boyfriend"),
        ("scared 2 go home", "en", "scared to go home"),
        ("no one helps", "en", "nobody helps"),
        ("kms", "en", "kill myself"),
        ("i want to die 😭😭", "en", "i want to die"),
        ("mae e'n fy nharo i", "cy", "mae e yn fy nharo i"),
        ("mae’n brifo fi", "cy", "mae yn brifo fi"),
        ("does dim bwyd yn y tŷ", "cy", "does dim bwyd yn y ty"),
        ("dwi isio marw", "cy", "dw i eisiau marw"),
        ("sa i'n moyn byw", "cy", "dw i ddim yn eisiau byw"),
        ("ofn mynd adra", "cy", "ofn mynd adref"),
    ],
)
def test_normalise(text, locale, expected):
    assert danger.normalise(text, locale) == expected


def test_normalising_never_changes_what_a_welsh_reader_sees():
    """Accents are stripped only in the copy used for matching; the text itself is untouched."""
    text = "Mae ofn arna i fynd i'r tŷ"
    danger.sounds_unsafe(text, "cy")
    assert unicodedata.normalize("NFC", text) == "Mae ofn arna i fynd i'r tŷ"


# --- negation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "unsafe"),
    [
        ("he hits me", "en", True),
        ("he never hits me", "en", False),
        ("he doesn't hit me", "en", False),
        ("nobody hits me", "en", False),
        ("i want to die", "en", True),
        ("i don't want to die", "en", False),
        ("i don't want to live", "en", True),  # here the "not" is what makes it an alarm
        ("nobody feeds me", "en", True),
        ("mum feeds me", "en", False),
        ("i'm scared of my dad", "en", True),
        ("i'm not scared of my dad", "en", False),
        ("no he hit me", "en", True),  # "no" not next to the verb does not cancel it
        ("dw i eisiau marw", "cy", True),
        ("dw i ddim eisiau marw", "cy", False),
        ("dw i ddim eisiau byw", "cy", True),
        ("mae e'n fy nharo i", "cy", True),
        ("dyw e ddim yn fy nharo i", "cy", False),
        ("does neb yn rhoi bwyd i fi", "cy", True),
    ],
)
def test_negation(text, locale, unsafe):
    assert danger.sounds_unsafe(text, locale) is unsafe


# --- Welsh mutations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mae e'n taro fi",  # radical
        "nath e daro fi",  # soft
        "mae e'n fy nharo i",  # nasal
        "mae e'n ei tharo hi",  # aspirate (he hits her)
        "mae e'n brifo fi",
        "nath e frifo fi",
        "mae e'n fy mrifo i",
        "bydd e'n lladd fi",
        "mae e'n mynd i ladd fi",
        "dw i eisiau marw",
        "gwell gen i farw",
    ],
)
def test_welsh_mutated_forms_are_recognised(text):
    assert danger.sounds_unsafe(text, "cy"), text


def test_mutations_of_a_word():
    assert danger.mutations("taro") == {"taro", "daro", "nharo", "tharo"}
    assert danger.mutations("brifo") == {"brifo", "frifo", "mrifo"}
    assert danger.mutations("lladd") == {"lladd", "ladd"}
    assert danger.mutations("marw") == {"marw", "farw"}
    assert danger.mutations("curo") == {"curo", "guro", "nghuro", "churo"}
    assert danger.mutations("gadael") == {"gadael", "adael", "ngadael"}
    assert danger.mutations("anafu") == {"anafu", "hanafu"}
    assert danger.mutations("chwarae") == {"chwarae"}


# --- typo tolerance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he tuches me",  # a letter missing
        "he touchs me",
        "he punshed me",  # a letter changed
        "he stangled me",
        "i want to kil myself",  # doubled letters are one letter
        "he hiiiiit me",
        "i feel sucidal",
        "i feel suicidel",
        "he strnagled me",  # two letters swapped
    ],
)
def test_one_letter_typos_in_key_words_are_tolerated(text):
    assert danger.sounds_unsafe(text, "en"), text


@pytest.mark.parametrize(
    "text",
    [
        "i had lunch with my mates",  # lunch is not punch: typos must keep the first letter
        "it's tough for me",  # a real word close to a key word is not a typo
        "we shared a pizza",
        "his jumper is red",  # short words get no typo tolerance: "his" is not "hits"
    ],
)
def test_typo_tolerance_does_not_turn_ordinary_words_into_key_words(text):
    assert not danger.sounds_unsafe(text, "en"), text


@pytest.mark.parametrize(
    "text",
    [
        "he threatend me",  # two typos in a word of 8 letters or more
        "he threatind me",
        "he strangeld me",
        "i feel suicidle",
        "he hitts me",  # doubled letters
    ],
)
def test_two_typos_are_tolerated_in_long_key_words(text):
    assert danger.sounds_unsafe(text, "en"), text


@pytest.mark.parametrize(
    "text",
    [
        "he made me take my clothse off",  # a typo in a word of the pattern that is not its key word
        "i took loads of pillss last nightt",
        "there is no foood at home",
        "i want to kill myslef",
    ],
)
def test_typos_are_tolerated_in_every_word_of_a_pattern(text):
    assert danger.sounds_unsafe(text, "en"), text


@pytest.mark.parametrize(
    "text",
    [
        "my library book is overdue",  # a real word is not a typo of "overdose"
        "mum was teaching me to swim",  # nor "teaching" of "touching"
        "i struggled with my maths",
        "i was stretching my legs before the race",
        "he is standing next to me",
        "she treated me to ice cream",
        "the horse bit my sleeve",  # a typo never changes the first letter
        "he sat me down",  # nor is there one in a short word: "sat" is not "hit"
        "i stayed at my nan's all weekend",  # "stayed" is a word, not a typo of "stabbed"
        "mae fy chwaer fach yn fy nghopio i",  # a mutation's letters buy no typo: not "ngholbio"
    ],
)
def test_real_words_near_key_words_are_not_typos(text):
    assert not danger.sounds_unsafe(text, "en"), text


def test_how_many_typos_a_word_allows():
    assert [danger.typos_allowed("x" * n) for n in (3, 4, 5, 7, 8, 12)] == [0, 0, 1, 1, 2, 2]
    assert danger.distance("strangled", "strnagled") == 1
    assert danger.distance("threatened", "threatend") == 1
    assert danger.distance("touching", "teaching") == 2
    assert danger.distance("hit", "punch") == 3  # more than the limit is reported as limit + 1


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("he hurtme", "en"),
        ("dad hitme again", "en"),
        ("i want to killmyself", "en"),
        ("i wanttodie", "en"),
        ("imscared of him", "en"),
        ("scaredto go home", "en"),
        ("dwisio marw", "cy"),
        ("mae e'n brifofi", "cy"),
    ],
)
def test_run_together_words_are_split(text, locale):
    assert danger.sounds_unsafe(text, locale), text


@pytest.mark.parametrize(
    "text",
    [
        "we went to the hideout",  # real words that would split into a key word and a small one
        "that was a knockout",
        "i want to be a vet today",
        "the snake can slither",
        "i love indie music and want to see diego",
    ],
)
def test_real_words_are_not_split(text):
    assert not danger.sounds_unsafe(text, "en"), text


@pytest.mark.parametrize(
    "text",
    [
        "mae e wedi ei daro",  # soft, after "ei" (his): he has been hit
        "mae hi'n cael ei tharo gan ei thad",  # aspirate, after "ei" (her), by her father
        "mae e'n ei chicio hi",  # aspirate
        "mae o'n fy nghicio i",  # nasal
        "mae dad yn fy mrifo",  # nasal
        "nath e fy mwrw i",  # nasal of "bwrw"
        "mae gen i ofn fy nhad",  # nasal of "tad", in a word listed only as "tad"
        "mae arna i ofn ei thad hi",
    ],
)
def test_welsh_mutations_are_generated_from_the_phrase_data(text):
    assert danger.sounds_unsafe(text, "cy"), text


def test_mutated_forms_that_are_english_words_are_not_made():
    """Mutating "porn" would give "born", "pills" "bills": Welsh patterns read English text too."""
    assert not danger.sounds_unsafe("i was born in cardiff", "cy")
    assert not danger.sounds_unsafe("mum pays the bills", "en")
    assert not danger.sounds_unsafe("mae mam yn talu'r biliau", "cy")


# --- the pattern data and the API ---------------------------------------------------------------


def test_matched_returns_ids_of_patterns_that_exist():
    known = {p.id: p for lang in data.LANGUAGES.values() for p in lang.patterns}
    for locale, sets in SETS.items():
        for phrases in sets.values():
            for text, _ in phrases:
                for pattern_id in danger.matched(text, locale):
                    assert pattern_id in known
    assert danger.matched("he hit me", "en")
    assert danger.matched("i love my dad", "en") == []
    assert danger.matched("i want to die", "en") == ["en.self_harm.want_to_die"]


def test_matched_and_sounds_unsafe_agree():
    for locale, sets in SETS.items():
        for phrases in sets.values():
            for text, _ in phrases:
                assert bool(danger.matched(text, locale)) is danger.sounds_unsafe(text, locale)


def test_every_pattern_is_well_formed():
    ids = [p.id for lang in data.LANGUAGES.values() for p in lang.patterns]
    assert len(ids) == len(set(ids)), "pattern ids are unique"
    for code, lang in data.LANGUAGES.items():
        assert lang.patterns, code
        for p in lang.patterns:
            assert p.id.startswith(f"{code}.{p.category}."), p.id
            assert p.category in data.CATEGORIES, p.id
            assert p.slots and all(s.strip() for s in p.slots), p.id
            assert p.gap >= 0, p.id


def test_every_category_has_patterns_in_every_language():
    for code, lang in data.LANGUAGES.items():
        assert {p.category for p in lang.patterns} == set(data.CATEGORIES), code


def test_an_unknown_locale_still_checks_every_language():
    assert danger.sounds_unsafe("he hit me", "fr")
    assert danger.sounds_unsafe("dw i eisiau marw", "fr")
    assert danger.sounds_unsafe("i want to die", "cy"), "a Welsh speaker may well write in English"


def test_empty_and_odd_input():
    for text in ("", "   ", "😭😭😭", "!!!", "1234", "a" * 5000):
        assert danger.sounds_unsafe(text, "en") is False
        assert danger.matched(text, "cy") == []


def test_the_recogniser_uses_the_standard_library_only():
    for module in (danger, data):
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in {"telegram", "sqlalchemy", "sqlmodel", "babel", "bot", "storage"}


# --- the second development set (issue 11, second round) -------------------------------------------


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_the_second_development_set_is_big_enough_and_a_fifth_is_held_back(locale):
    batches = devset.BATCHES[locale]
    danger_texts = [text for texts, _ in batches for text in texts]
    ordinary = [text for _, texts in batches for text in texts]
    assert len(batches[0][0]) >= 200 and len(batches[0][1]) >= 150, locale
    for texts in (danger_texts, ordinary):
        assert len(texts) == len(set(texts)), f"{locale}: a message is listed twice"
    for batch in batches:
        for texts in batch:
            assert len(devset.held_back(texts)) == len(texts) // 5
            assert set(devset.held_back(texts)).isdisjoint(devset.tuned(texts))
    assert set(danger_texts).isdisjoint(ordinary)


def devset_scores(locale: str) -> dict[str, tuple[float, float]]:
    """Recall and false alarms on the second development set: the tuned part, the held-back fifth, all."""
    out = {}
    for name, part in (("tuned", devset.tuned), ("held back", devset.held_back), ("all", lambda x: x)):
        positives = [text for danger_texts, _ in devset.BATCHES[locale] for text in part(danger_texts)]
        negatives = [text for _, ordinary in devset.BATCHES[locale] for text in part(ordinary)]
        hits = sum(danger.sounds_unsafe(text, locale) for text in positives)
        alarms = sum(danger.sounds_unsafe(text, locale) for text in negatives)
        out[name] = (hits / len(positives), alarms / len(negatives))
    return out


# floors a little under the figures measured after tuning (the held-back fifths, whose misses were never
# looked at: en 0.738, cy 0.771)
DEVSET_FLOORS = {"en": {"tuned": 0.97, "held back": 0.72}, "cy": {"tuned": 0.97, "held back": 0.75}}


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_recall_and_false_alarms_on_the_second_development_set(locale):
    figures = devset_scores(locale)
    text = "  ".join(f"{name}: recall={r:.3f} false alarms={f:.3f}" for name, (r, f) in figures.items())
    print(f"\n{locale} second development set  {text}")
    for name, floor in DEVSET_FLOORS[locale].items():
        assert figures[name][0] >= floor, text
    assert figures["all"][1] <= 0.05, text


def test_welsh_endings_are_generated_as_the_north_and_the_south_type_them():
    assert danger.dialect_forms("cyffuriau") == {"cyffuriau", "cyffuria", "cyffurie"}
    assert danger.dialect_forms("pethau") == {"pethau", "petha", "pethe"}
    assert danger.dialect_forms("cau") == {"cau"}  # too short: "ca", "ce" would be other words
    assert danger.dialect_forms("lladd") == {"lladd"}


@pytest.mark.parametrize(
    ("text", "unsafe"),
    [
        ("dwi'n cadw cyffuria i hogia hŷn", True),  # northern "-ia"
        ("dw i'n cadw cyffurie i'r bois hŷn", True),  # southern "-ie"
        ("mae gen i gleisia ar fy nghoesa", True),
        ("dwi di cloi fy hun allan o fy nghyfrif eto", False),  # a dialect ending never buys a typo
    ],
)
def test_welsh_dialect_endings_are_recognised(text, unsafe):
    assert danger.sounds_unsafe(text, "cy") is unsafe


@pytest.mark.parametrize(
    ("text", "locale", "unsafe"),
    [
        ("mum will kill me if im late lol", "en", False),
        ("she'll murder me if i spill it", "en", False),
        ("my dad said he will kill me if i tell", "en", True),
        ("bydd mam yn fy lladd i os dwi'n hwyr lol", "cy", False),
        ("ges i fy lladd yn minecraft gan creeper", "cy", False),
        ("dudodd dad bydd o'n fy lladd i os dwi'n deud", "cy", True),
        ("we beat them 3 nil", "en", False),
        ("naethon ni guro nhw 3 dim", "cy", False),
        ("he whacked me round the head", "en", True),
    ],
)
def test_jokes_and_scores_are_not_threats(text, locale, unsafe):
    assert danger.sounds_unsafe(text, locale) is unsafe


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # kinds of meaning added in the second round, in phrasings not in either development set
        ("my mum went to the pub friday and still not back", "en"),
        ("theres no grown ups here since yesterday", "en"),
        ("they make me deliver parcels for them after school", "en"),
        ("an older guy on snap keeps sending me robux", "en"),
        ("my step dad leaves bruises on my little brother", "en"),
        ("i have been saving up my tablets", "en"),
        ("no food in the house again and im starving", "en"),
        ("sneb di bod adra ers nos sadwrn", "cy"),
        ("maen nhw'n gwneud i fi werthu drygs iddyn nhw", "cy"),
        ("ma dad di mynd a heb ddod nôl ers dydd llun", "cy"),
        ("dwi methu mynd gatre heno ma ofn arna i", "cy"),
        ("sdim byd i fyta yn y tŷ", "cy"),
    ],
)
def test_the_second_round_kinds_hold_on_other_phrasings(text, locale):
    assert danger.sounds_unsafe(text, locale), danger.normalise(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("if dad stopped shouting", "en"),  # "stopped" is one typo from "stoned" once its doubled p is squeezed
        ("mae mam wastad ar ei ffon", "cy"),  # "wastad" (always) is not "wasted"
        ("he keeps taking my stuff", "en"),  # "taking my" is not "tracking my"
        ("dw i'n falch o'r plant", "cy"),  # "falch" is not "faich" (a burden)
        ("torrais i fy mraich ar y trampolîn", "cy"),
        ("i'm never left alone, nan is always there", "en"),
        ("we slept on the floor at the sleepover", "en"),
    ],
)
def test_everyday_words_near_the_new_key_words_are_not_alarms(text, locale):
    assert not danger.sounds_unsafe(text, locale), danger.matched(text, locale)
