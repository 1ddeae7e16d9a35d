"""Held-out danger phrasings for the six new languages of issue 15: Polish (`pl`), Romanian (`ro`), Punjabi in
Gurmukhi (`pa`), Urdu (`ur`), Arabic (`ar`) and Ukrainian (`uk`).

Written on 2026-12-04, before any danger patterns for these languages existed, by a helper drafting them for the
project who had not read the recogniser, its phrase lists, its development set or its tests; committed before
anyone ran the recogniser on them. Never tune on them: when the recogniser misses one, do not add the phrasing
(or its words) to the recogniser's lists, fix the kind of thing it misses, and leave this set as it is.

A draft, not yet reviewed: each language is to be reviewed by a native speaker who knows children's social care.
A reviewer who has not seen the patterns may correct a phrasing nobody would type; nobody who has seen them may.

Each phrasing is written the way a young person of 9-15, or a parent or carer, would type it into a chat: lower
case, little punctuation, typos, letters without their diacritics (Polish, Romanian), English words mixed in where
families in the UK mix them (stepdad, school, council, please). By language:
- pl: mostly without Polish letters ("boje sie"), some with them; a few spelling slips ("umżeć", "mnei").
- ro: mostly without diacritics and with the hyphens dropped or kept at random ("mi e frica", "m-a batut").
- pa: Gurmukhi as typed in a hurry (addak and tippi sometimes dropped), spoken Punjabi ("aa", "ni", "karta").
- ur: Urdu script, with the Arabic-keyboard "ه" for "ھ" now and then.
- ar: spoken Arabic, mostly Levantine (Syrian, Palestinian, Lebanese), some Egyptian, Iraqi and Gulf; ة typed as
  ه, no hamzas; a few in Arabizi (Arabic in Latin letters with 3, 7, 5, 2 for ع ح خ ء).
- uk: Ukrainian, with some surzhyk and Russian forms ("бьє", "батя", "помогите"), apostrophes sometimes missing.
Transliterated phrasings (Latin-script Punjabi, Roman Urdu, Arabizi) sit among the others under their kind and are
marked "# Latin script" where they stand; `TRANSLITERATED` lists them.

Layout as in tests/test_danger_heldout.py: locale, then kind (the names of its `KINDS`), then phrasings. Danger
kinds here: hurt, sexual, shut_in, no_food, scared_home, suicide, suicide_indirect, self_harm, ask_help (a young
person's) and parent_abuse, parent_self_harm, parent_child_hurt (a parent's or carer's). Safe kinds: safe_child,
near_miss_child, safe_parent, near_miss_parent; the near misses share words with danger (hit a ball, scared of a
film, dying of laughter, locked my phone, hungry after school, killed them all in a game, help with a form).
Data only: the tests that use it come once there are patterns for these languages.
"""

from __future__ import annotations

HELDOUT_LANGS: dict[str, dict[str, tuple[str, ...]]] = {
    "pl": {
        "hurt": (
            "tata znowu mnie uderzyl wczoraj wieczorem",
            "mama bije mnie paskiem jak cos zrobie zle",
            "ojczym kopnął mnie w brzuch",
            "on mnie dusil az nie moglam oddychac",
            "mam siniaki na rękach bo mnie szarpie i kaze mowic ze sie przewrocilam",
            "jak sie napije to mnie leje",
            "brat mnie tłucze codziennie a mama nic nie robi",
            "moj stepdad mnei bije jak mamy nie ma",
        ),
        "sexual": (
            "wujek mnie dotyka jak nikogo nie ma w domu",
            "chlopak mamy przychodzi w nocy do mojego pokoju i mnie dotyka",
            "kaze mi sie rozbierac i robi mi zdjecia",
            "dotykal mnie tam na dole i powiedzial ze to nasz sekret",
            "zmusil mnie do seksu",
        ),
        "shut_in": (
            "zamykaja mnie w pokoju na klucz na cala noc",
            "mama zamknela mnie w piwnicy",
            "nie wypuszczaja mnie z domu nawet do szkoly",
            "zamyka mnie w łazience za kare",
        ),
        "no_food": (
            "nie dostalam jedzenia od 2 dni",
            "w domu nie ma nic do jedzenia a mama nie daje nam jesc",
            "ciagle jestem glodny bo za kare nie dają mi jeść",
            "jem tylko w szkole bo w domu nic nie ma",
        ),
        "scared_home": (
            "boje sie wracac do domu",
            "nie chce wracac do domu bo on tam bedzie",
            "boję się iść do domu tata będzie zły i znowu mnie zbije",
            "wole spac na dworze niz wrocic do domu",
        ),
        "suicide": (
            "chce umżeć",
            "chce sie zabic",
            "mysle zeby skonczyc ze soba",
            "nie chce juz zyc",
        ),
        "suicide_indirect": (
            "wszystkim byloby lepiej beze mnie",
            "chcialabym zasnac i sie nie obudzic",
        ),
        "self_harm": (
            "tne sie zyletka",
            "znowu sie pocięłam po rękach",
            "robie sobie krzywde jak jest zle",
            "przypalam sie zapalniczka",
        ),
        "ask_help": (
            "pomocy prosze niech ktos przyjdzie",
            "potrzebuje pomocy w domu nie jest bezpiecznie",
            "prosze pomoz mi on znowu krzyczy i rzuca rzeczami",
        ),
        "parent_abuse": (
            "maz mnie bije jak dzieci spia",
            "partner mnie popchnal i uderzyl w twarz przy dzieciach",
            "grozi ze mnie zabije jak odejde",
            "boje sie partnera kontroluje moj telefon i pieniadze",
            "byly maz przyszedl pod dom i mnie dusil",
            "dzwonilam na police ale on znowu mnie uderzyl",
        ),
        "parent_self_harm": (
            "nie daje juz rady mysle zeby sie zabic",
            "czasem mysle ze dzieciom bedzie lepiej beze mnie i chce to wszystko skonczyc",
        ),
        "parent_child_hurt": (
            "partner uderzyl mojego syna",
            "stracilam nerwy i uderzylam corke za mocno ma siniaka",
        ),
        "safe_child": (
            "dzisiaj bylo fajnie w szkole",
            "mamy nowego kota",
            "jutro mam urodziny",
            "lubie grac w minecraft z bratem",
            "w weekend jedziemy do babci",
        ),
        "near_miss_child": (
            "uderzylem pilke glowa i strzelilem gola",
            "boje sie tego horroru co wczoraj ogladalismy",
            "umieram ze smiechu",
            "zablokowalem telefon i nie pamietam kodu",
            "jestem glodny po szkole co jest na obiad",
            "umieram z glodu kiedy obiad",
            "zabilem wszystkich w fortnite haha",
            "zamknalem sie w pokoju zeby w spokoju odrobic lekcje",
            "skaleczylem sie w palec jak kroilem chleb i mama dala plaster",
            "boje sie sprawdzianu z matmy",
            "pomozesz mi z zadaniem z angielskiego",
            "nie chce jeszcze wracac do domu bo w parku jest super",
            "ta gra mnie zabija nie moge przejsc levelu",
            "pani zamknela klase na klucz na przerwie",
            "zjadlem wszystko i dalej jestem glodny lol",
            "dostalem kare tydzien bez telefonu",
            "spadlem z roweru i mam siniaka na kolanie",
            "bolal mnie brzuch ale juz lepiej",
            "mama mnie przytulila jak plakalem",
            "serce mi bije jak szalone przed wystepem",
            "zbilem niechcacy szklanke w kuchni",
        ),
        "safe_parent": (
            "czy mozemy przelozyc wizyte na czwartek",
            "syn ma dzisiaj dentyste",
            "dziekuje za wczoraj bardzo pomoglo",
            "dostalismy nowe mieszkanie od council",
            "dzieci poszly do szkoly wszystko ok",
        ),
        "near_miss_parent": (
            "syn uderzyl pilka w okno sasiada",
            "dzieci mnie dzisiaj wykoncza haha",
            "umieram ze zmeczenia po nocnej zmianie",
            "zatrzasnelam klucze w samochodzie",
            "potrzebuje pomocy z wypelnieniem formularza",
            "boje sie jutrzejszej rozmowy o prace",
            "corka nie chce jesc warzyw",
            "maz zamknal drzwi na noc jak zawsze",
            "pokłóciliśmy się kto zmywa naczynia",
            "córka spadła z huśtawki i ma guza byliśmy u lekarza",
        ),
    },
    "ro": {
        "hurt": (
            "tata m-a batut iar aseara",
            "mama ma bate cu cureaua",
            "ma loveste cand e beat",
            "tatal vitreg m-a lovit cu piciorul in burta",
            "m-a strans de gat pana nu mai puteam sa respir",
            "am vanatai pe maini si mi a zis sa zic ca am cazut",
            "fratele meu ma bate mereu si mama nu zice nimic",
            "stepdad-ul meu ma plesneste peste fata",
        ),
        "sexual": (
            "unchiul ma atinge cand nu e nimeni acasa",
            "prietenul mamei vine noaptea in camera mea si ma pipaie",
            "m-a pus sa il ating acolo jos",
            "m-a fortat sa fac sex cu el",
            "zice ca e secretul nostru ce imi face si sa nu spun la nimeni",
        ),
        "shut_in": (
            "ma incuie in camera toata noaptea",
            "m-au inchis in pivnita",
            "nu ma lasa sa ies din casa nici la scoala",
            "ma incuie in baie ca pedeapsa",
        ),
        "no_food": (
            "nu mi au dat de mancare de 2 zile",
            "acasa nu e nimic de mancare si mama nu ne da sa mancam",
            "mi e foame tot timpul ca nu ma lasa sa mananc",
            "mananc doar la scoala acasa nu e nimic",
        ),
        "scared_home": (
            "mi-e frica sa merg acasa",
            "nu vreau sa ma duc acasa ca e el acolo",
            "mi frica sa ma intorc acasa tata o sa ma bata iar",
            "as prefera sa dorm afara decat sa ma duc acasa",
        ),
        "suicide": (
            "vreu sa mor",
            "vreau sa ma omor",
            "ma gandesc sa ma sinucid",
            "nu mai vreau sa traiesc",
        ),
        "suicide_indirect": (
            "ar fi mai bine pt toti fara mine",
            "as vrea sa adorm si sa nu ma mai trezesc",
        ),
        "self_harm": (
            "ma tai cu lama",
            "iar m-am taiat pe mana",
            "imi fac rau singura cand ma simt asa",
            "ma ard cu bricheta",
        ),
        "ask_help": (
            "ajutor va rog sa vina cineva",
            "am nevoie de ajutor nu sunt in siguranta acasa",
            "te rog ajuta-ma tipa iar si arunca cu lucruri",
        ),
        "parent_abuse": (
            "sotul meu ma bate cand dorm copiii",
            "partenerul m-a impins si m-a lovit peste fata in fata copiilor",
            "ma ameninta ca ma omoara daca plec",
            "mi-e frica de el imi controleaza telefonul si banii",
            "fostul sot a venit la usa si m-a strans de gat",
            "a dat cu mine de pereti aseara si am sunat la police",
        ),
        "parent_self_harm": (
            "nu mai pot ma gandesc sa ma omor",
            "copiii ar fi mai bine fara mine vreau sa se termine tot",
        ),
        "parent_child_hurt": (
            "partenerul meu l-a lovit pe baiatul meu",
            "mi-am pierdut cumpatul si am lovit-o prea tare pe fetita are vanatai",
        ),
        "safe_child": (
            "azi a fost fain la scoala",
            "avem o pisica noua",
            "maine e ziua mea",
            "imi place sa joc minecraft cu fratele meu",
            "mergem la bunica in weekend",
        ),
        "near_miss_child": (
            "am lovit mingea cu capul si am dat gol",
            "mi-e frica de filmul de groaza de aseara",
            "mor de nerabdare sa o vad pe bunica",
            "mor de ras",
            "mi-am blocat telefonul si nu mai stiu codul",
            "mi e foame dupa scoala ce avem de mancare",
            "mor de foame cand mancam",
            "i-am omorat pe toti in fortnite haha",
            "m-am incuiat in camera ca sa imi fac temele in liniste",
            "m-am taiat la deget cand am taiat painea si mama mi-a pus plasture",
            "mi-e frica de testul la mate",
            "ma ajuti la tema la engleza",
            "nu vreau sa merg acasa inca e misto in parc",
            "jocul asta ma omoara nu pot trece nivelul",
            "doamna a incuiat clasa in pauza",
            "am mancat tot si tot mi e foame lol",
            "am primit pedeapsa o saptamana fara telefon",
            "am cazut de pe bicicleta si am o vanataie pe genunchi",
            "ma durea burta dar acum e mai bine",
            "am batut la usa dar nu a raspuns nimeni",
            "echipa noastra i-a batut 3-0",
        ),
        "safe_parent": (
            "putem muta intalnirea joi",
            "baiatul are dentist azi",
            "multumesc pt ieri m-a ajutat mult",
            "am primit casa noua de la council",
            "copiii sunt la scoala totul ok",
        ),
        "near_miss_parent": (
            "baiatul a lovit geamul vecinului cu mingea",
            "copiii ma omoara azi cu galagia haha",
            "mor de oboseala dupa tura de noapte",
            "am incuiat cheile in masina",
            "am nevoie de ajutor sa completez formularul",
            "mi-e frica de interviul de maine",
            "fetita nu vrea sa manance legume",
            "sotul a incuiat usa noaptea ca de obicei",
            "ne-am certat cine spala vasele",
            "fetita a cazut de pe leagan si are un cucui am fost la doctor",
            "ma bate gandul sa ne mutam in alt oras",
        ),
    },
    "pa": {
        "hurt": (
            "ਮੇਰੇ ਡੈਡੀ ਨੇ ਮੈਨੂੰ ਫੇਰ ਮਾਰਿਆ ਕੱਲ੍ਹ ਰਾਤ",
            "ਮੰਮੀ ਮੈਨੂੰ ਬੈਲਟ ਨਾਲ ਕੁਟਦੀ ਆ",
            "ਜਦੋਂ ਉਹ ਸ਼ਰਾਬ ਪੀਂਦਾ ਤਾਂ ਮੈਨੂੰ ਕੁੱਟਦਾ",
            "ਉਹਨੇ ਮੇਰਾ ਗਲਾ ਘੁੱਟਿਆ ਮੈਂ ਸਾਹ ਨਹੀਂ ਲੈ ਸਕਦੀ ਸੀ",
            "ਮੇਰੀ ਬਾਂਹ ਤੇ ਨੀਲ ਪੈ ਗਏ ਤੇ ਕਹਿੰਦਾ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ",
            "ਭਰਾ ਰੋਜ਼ ਮਾਰਦਾ ਤੇ ਮੰਮੀ ਕੁਝ ਨੀ ਕਹਿੰਦੀ",
            "ਮੇਰਾ stepdad ਮੇਰੇ ਚਪੇੜਾਂ ਮਾਰਦਾ",
            "dad ne menu fer maarya",  # Latin script
        ),
        "sexual": (
            "ਚਾਚਾ ਮੈਨੂੰ ਗਲਤ ਤਰੀਕੇ ਨਾਲ ਛੂੰਹਦਾ ਜਦੋਂ ਘਰ ਕੋਈ ਨਹੀਂ ਹੁੰਦਾ",
            "ਉਹ ਰਾਤ ਨੂੰ ਮੇਰੇ ਕਮਰੇ ਚ ਆ ਕੇ ਮੈਨੂੰ ਗੰਦੇ ਤਰੀਕੇ ਨਾਲ ਹੱਥ ਲਾਉਂਦਾ",
            "ਉਹਨੇ ਮੈਨੂੰ ਕੱਪੜੇ ਲਾਹੁਣ ਨੂੰ ਕਿਹਾ ਤੇ ਫੋਟੋਆਂ ਖਿੱਚੀਆਂ",
            "ਕਹਿੰਦਾ ਇਹ ਸਾਡਾ secret ਆ ਕਿਸੇ ਨੂੰ ਨੀ ਦੱਸਣਾ",
            "ਉਹਨੇ ਮੇਰੇ ਨਾਲ ਜ਼ਬਰਦਸਤੀ ਕੀਤੀ",
        ),
        "shut_in": (
            "ਮੈਨੂੰ ਸਾਰੀ ਰਾਤ ਕਮਰੇ ਚ ਬੰਦ ਕਰ ਦਿੰਦੇ ਆ",
            "ਮੈਨੂੰ ਕਮਰੇ ਨੂੰ ਤਾਲਾ ਲਾ ਕੇ ਅੰਦਰ ਬੰਦ ਕਰਤਾ",
            "ਮੈਨੂੰ ਘਰੋਂ ਬਾਹਰ ਨੀ ਜਾਣ ਦਿੰਦੇ ਸਕੂਲ ਵੀ ਨਹੀਂ",
            "ਸਜ਼ਾ ਦੇਣ ਲਈ ਬਾਥਰੂਮ ਚ ਬੰਦ ਕਰ ਦਿੰਦੀ ਆ",
        ),
        "no_food": (
            "ਦੋ ਦਿਨਾਂ ਤੋਂ ਮੈਨੂੰ ਖਾਣਾ ਨਹੀਂ ਦਿੱਤਾ",
            "ਘਰ ਚ ਖਾਣ ਨੂੰ ਕੁਝ ਵੀ ਨੀ ਹੈਗਾ",
            "ਸਜ਼ਾ ਵਜੋਂ ਰੋਟੀ ਨਹੀਂ ਦਿੰਦੇ ਹਰ ਵੇਲੇ ਭੁੱਖ ਲੱਗੀ ਰਹਿੰਦੀ",
            "ਮੈਂ ਬਸ ਸਕੂਲ ਚ ਖਾਂਦਾ ਘਰ ਕੁਝ ਨਹੀਂ ਮਿਲਦਾ",
        ),
        "scared_home": (
            "ਮੈਨੂੰ ਘਰ ਜਾਣ ਤੋਂ ਡਰ ਲੱਗਦਾ",
            "ਘਰ ਨੀ ਜਾਣਾ ਉਹ ਉੱਥੇ ਹੋਊਗਾ",
            "ਮੈਂ ਘਰ ਵਾਪਸ ਨਹੀਂ ਜਾਣਾ ਚਾਹੁੰਦੀ ਡੈਡੀ ਫੇਰ ਮਾਰੂਗਾ",
            "ghar jaan ton darr lagda",  # Latin script
        ),
        "suicide": (
            "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",
            "ਮੇਰਾ ਦਿਲ ਕਰਦਾ ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ ਲਵਾਂ",
            "ਮੈਂ ਖੁਦਕੁਸ਼ੀ ਕਰਨ ਬਾਰੇ ਸੋਚਦੀ ਆਂ",
            "main marna chaundi aa",  # Latin script
        ),
        "suicide_indirect": (
            "ਮੇਰੇ ਬਿਨਾਂ ਸਾਰੇ ਵਧੀਆ ਰਹਿਣਗੇ",
            "ਦਿਲ ਕਰਦਾ ਸੌਂ ਜਾਵਾਂ ਤੇ ਕਦੇ ਨਾ ਉੱਠਾਂ",
        ),
        "self_harm": (
            "ਮੈਂ ਬਲੇਡ ਨਾਲ ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟਦੀ ਆਂ",
            "ਮੈਂ ਫੇਰ ਆਪਣੀ ਬਾਂਹ ਤੇ ਕੱਟ ਲਾਏ",
            "ਜਦੋਂ ਬੁਰਾ ਲੱਗਦਾ ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਸੱਟ ਮਾਰਦਾ",
            "ਲਾਈਟਰ ਨਾਲ ਆਪਣੇ ਆਪ ਨੂੰ ਸਾੜਦੀ ਆਂ",
        ),
        "ask_help": (
            "ਮਦਦ ਕਰੋ ਪਲੀਜ਼ ਕੋਈ ਆ ਜਾਓ",
            "ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਘਰ ਚ ਸੇਫ ਨਹੀਂ ਆਂ",
            "plz help meri madad karo",  # Latin script
        ),
        "parent_abuse": (
            "ਮੇਰਾ ਘਰਵਾਲਾ ਮੈਨੂੰ ਕੁੱਟਦਾ ਜਦੋਂ ਬੱਚੇ ਸੌਂ ਜਾਂਦੇ",
            "ਪਤੀ ਨੇ ਬੱਚਿਆਂ ਸਾਹਮਣੇ ਮੇਰੇ ਮੂੰਹ ਤੇ ਥੱਪੜ ਮਾਰਿਆ",
            "ਧਮਕੀ ਦਿੰਦਾ ਜੇ ਮੈਂ ਛੱਡ ਕੇ ਗਈ ਤਾਂ ਜਾਨੋਂ ਮਾਰ ਦਊਗਾ",
            "ਸੱਸ ਤੇ ਘਰਵਾਲਾ ਮੈਨੂੰ ਘਰੋਂ ਨਿਕਲਣ ਨੀ ਦਿੰਦੇ ਤੇ ਮੇਰਾ ਫੋਨ ਤੇ ਪੈਸੇ ਰੱਖ ਲੈਂਦੇ",
            "ਮੈਨੂੰ ਆਪਣੇ ਪਤੀ ਤੋਂ ਡਰ ਲੱਗਦਾ ਉਹਨੇ ਮੇਰਾ ਗਲਾ ਘੁੱਟਿਆ",
            "mera husband menu maarda bacheyan de saamne",  # Latin script
        ),
        "parent_self_harm": (
            "ਮੈਥੋਂ ਹੋਰ ਨੀ ਹੁੰਦਾ ਦਿਲ ਕਰਦਾ ਮਰ ਜਾਵਾਂ",
            "ਕਈ ਵਾਰ ਸੋਚਦੀ ਆਂ ਆਪਣੀ ਜਾਨ ਲੈ ਲਵਾਂ",
        ),
        "parent_child_hurt": (
            "ਮੇਰੇ ਘਰਵਾਲੇ ਨੇ ਮੁੰਡੇ ਨੂੰ ਬਹੁਤ ਕੁੱਟਿਆ",
            "ਗੁੱਸੇ ਚ ਮੈਥੋਂ ਕੁੜੀ ਦੇ ਜ਼ੋਰ ਨਾਲ ਮਾਰਿਆ ਗਿਆ ਨੀਲ ਪੈ ਗਿਆ",
        ),
        "safe_child": (
            "ਅੱਜ ਸਕੂਲ ਚ ਬਹੁਤ ਮਜ਼ਾ ਆਇਆ",
            "ਸਾਡੇ ਕੋਲ ਨਵੀਂ ਬਿੱਲੀ ਆ",
            "ਕੱਲ੍ਹ ਮੇਰਾ ਜਨਮਦਿਨ ਆ",
            "ਮੈਨੂੰ ਭਰਾ ਨਾਲ minecraft ਖੇਡਣਾ ਪਸੰਦ ਆ",
            "ਐਤਵਾਰ ਨੂੰ ਗੁਰਦੁਆਰੇ ਜਾਣਾ",
        ),
        "near_miss_child": (
            "ਮੈਂ ਫੁੱਟਬਾਲ ਚ ਜ਼ੋਰ ਦੀ ਕਿੱਕ ਮਾਰੀ ਤੇ ਗੋਲ ਕਰਤਾ",
            "ਕੱਲ੍ਹ ਵਾਲੀ ਡਰਾਉਣੀ ਫਿਲਮ ਤੋਂ ਡਰ ਲੱਗਦਾ",
            "ਹੱਸ ਹੱਸ ਕੇ ਮਰ ਗਏ ਅਸੀਂ",
            "ਫੋਨ ਲਾਕ ਹੋ ਗਿਆ ਪਾਸਵਰਡ ਭੁੱਲ ਗਿਆ",
            "ਸਕੂਲ ਤੋਂ ਬਾਅਦ ਬਹੁਤ ਭੁੱਖ ਲੱਗੀ ਆ ਅੱਜ ਕੀ ਬਣਿਆ",
            "ਭੁੱਖ ਨਾਲ ਮਰਿਆ ਪਿਆਂ ਰੋਟੀ ਕਦੋਂ ਬਣੂ",
            "fortnite ਚ ਸਾਰਿਆਂ ਨੂੰ ਮਾਰਤਾ haha",
            "ਮੈਂ ਕਮਰਾ ਬੰਦ ਕਰਕੇ ਹੋਮਵਰਕ ਕਰ ਰਿਹਾ ਸੀ",
            "ਸਬਜ਼ੀ ਕੱਟਦਿਆਂ ਉਂਗਲ ਤੇ ਕੱਟ ਲੱਗ ਗਿਆ ਮੰਮੀ ਨੇ ਪਲਾਸਟਰ ਲਾਇਆ",
            "ਮੈਥ ਦੇ ਟੈਸਟ ਤੋਂ ਡਰ ਲੱਗਦਾ",
            "ਅੰਗਰੇਜ਼ੀ ਦੇ ਹੋਮਵਰਕ ਚ ਮਦਦ ਕਰ ਦਿਓ",
            "ਹਜੇ ਘਰ ਨੀ ਜਾਣਾ ਪਾਰਕ ਚ ਮਜ਼ਾ ਆ ਰਿਹਾ",
            "ਇਹ ਗੇਮ ਮੈਨੂੰ ਮਾਰ ਦੂਗੀ level ਪਾਰ ਨੀ ਹੁੰਦਾ",
            "ਟੀਚਰ ਨੇ ਬ੍ਰੇਕ ਵੇਲੇ ਕਲਾਸ ਨੂੰ ਤਾਲਾ ਲਾ ਦਿੱਤਾ",
            "ਸਾਰਾ ਖਾ ਲਿਆ ਫੇਰ ਵੀ ਭੁੱਖ ਲੱਗੀ ਆ lol",
            "ਸਜ਼ਾ ਮਿਲੀ ਇੱਕ ਹਫਤਾ ਫੋਨ ਨਹੀਂ",
            "ਸਾਈਕਲ ਤੋਂ ਡਿੱਗ ਪਿਆ ਤੇ ਗੋਡੇ ਤੇ ਨੀਲ ਪੈ ਗਿਆ",
            "ਢਿੱਡ ਦੁਖਦਾ ਸੀ ਪਰ ਹੁਣ ਠੀਕ ਆ",
            "ਮੰਮੀ ਨੇ ਜੱਫੀ ਪਾਈ ਜਦੋਂ ਮੈਂ ਰੋ ਰਿਹਾ ਸੀ",
            "bhukh lagi aa school ton baad",  # Latin script
            "cricket ch chakka maarya aj",  # Latin script
        ),
        "safe_parent": (
            "ਕੀ ਮੀਟਿੰਗ ਵੀਰਵਾਰ ਨੂੰ ਕਰ ਸਕਦੇ ਆਂ",
            "ਅੱਜ ਮੁੰਡੇ ਦੀ ਡੈਂਟਿਸਟ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਆ",
            "ਕੱਲ੍ਹ ਲਈ ਧੰਨਵਾਦ ਬਹੁਤ ਮਦਦ ਹੋਈ",
            "ਕਾਉਂਸਲ ਤੋਂ ਨਵਾਂ ਘਰ ਮਿਲ ਗਿਆ",
            "ਬੱਚੇ ਸਕੂਲ ਚਲੇ ਗਏ ਸਭ ਠੀਕ ਆ",
        ),
        "near_miss_parent": (
            "ਮੁੰਡੇ ਨੇ ਬਾਲ ਮਾਰ ਕੇ ਗੁਆਂਢੀਆਂ ਦਾ ਸ਼ੀਸ਼ਾ ਤੋੜਤਾ",
            "ਅੱਜ ਬੱਚਿਆਂ ਨੇ ਰੌਲਾ ਪਾ ਪਾ ਕੇ ਮਾਰ ਦਿੱਤਾ haha",
            "ਨਾਈਟ ਸ਼ਿਫਟ ਤੋਂ ਬਾਅਦ ਥੱਕ ਕੇ ਮਰ ਗਈ ਆਂ",
            "ਚਾਬੀਆਂ ਕਾਰ ਚ ਬੰਦ ਹੋ ਗਈਆਂ",
            "ਫਾਰਮ ਭਰਨ ਲਈ ਮਦਦ ਚਾਹੀਦੀ",
            "ਕੱਲ੍ਹ ਦੀ ਇੰਟਰਵਿਊ ਤੋਂ ਡਰ ਲੱਗਦਾ",
            "ਕੁੜੀ ਸਬਜ਼ੀ ਨਹੀਂ ਖਾਂਦੀ",
            "ਘਰਵਾਲੇ ਨੇ ਰਾਤ ਨੂੰ ਦਰਵਾਜ਼ੇ ਨੂੰ ਤਾਲਾ ਲਾਇਆ ਜਿਵੇਂ ਹਮੇਸ਼ਾ",
            "ਭਾਂਡੇ ਕੌਣ ਧੋਊ ਇਸ ਗੱਲ ਤੇ ਬਹਿਸ ਹੋ ਗਈ",
            "ਕੁੜੀ ਝੂਲੇ ਤੋਂ ਡਿੱਗ ਪਈ ਸੱਟ ਲੱਗੀ ਡਾਕਟਰ ਕੋਲ ਗਏ ਸੀ",
        ),
    },
    "ur": {
        "hurt": (
            "ابو نے مجھے پھر مارا کل رات",
            "امی مجھے بیلٹ سے مارتی ہیں",
            "جب غصے میں ہوتے ہیں تو مجھے بہت مارتے ہیں",
            "سوتیلے باپ نے پیٹ میں لات ماری",
            "اس نے میرا گلا دبایا میں سانس نہیں لے پا رہی تھی",
            "بازو پہ نیل ہیں اور کہتے ہیں سب کو بتانا کہ گر گئی تھی",
            "abbu mujhe roz marte hain",  # Latin script
            "bhai mujhe peet'ta hai aur ammi kuch nahi kehti",  # Latin script
        ),
        "sexual": (
            "چاچو مجهے غلط جگہ چھوتے ہیں جب گھر پہ کوئی نہیں ہوتا",
            "وہ رات کو میرے کمرے میں آ کر مجھے گندے طریقے سے ہاتھ لگاتا ہے",
            "اس نے مجھے کپڑے اتارنے کو کہا اور تصویریں لیں",
            "کہتا ہے یہ ہمارا راز ہے کسی کو مت بتانا",
            "اس نے میرے ساتھ زبردستی کی",
        ),
        "shut_in": (
            "مجھے ساری رات کمرے میں بند کر دیتے ہیں",
            "کمرے کو تالا لگا کے مجھے اندر بند کر دیا",
            "مجھے گھر سے باہر نہیں جانے دیتے اسکول بھی نہیں",
            "سزا کے طور پہ باتھ روم میں بند کر دیتی ہیں",
        ),
        "no_food": (
            "دو دن سے مجھے کھانا نہیں دیا",
            "گهر میں کھانے کو کچھ نہیں ہے",
            "سزا کے طور پر کھانا نہیں دیتے ہر وقت بھوک لگی رہتی ہے",
            "main sirf school mein khana khata hun ghar pe kuch nahi milta",  # Latin script
        ),
        "scared_home": (
            "مجھے گھر جانے سے ڈر لگتا ہے",
            "گھر نہیں جانا وہ وہاں ہوگا",
            "میں گھر واپس نہیں جانا چاہتی ابو پھر ماریں گے",
            "ghar jane se dar lagta hai",  # Latin script
        ),
        "suicide": (
            "میں مرنا چاہتا ہوں",
            "دل کرتا ہے خود کو مار دوں",
            "خودکشی کے بارے میں سوچتی ہوں",
            "mujhe mar jana hai",  # Latin script
        ),
        "suicide_indirect": (
            "میرے بغیر سب خوش رہیں گے",
            "دل کرتا ہے سو جاؤں اور کبھی نہ اٹھوں",
        ),
        "self_harm": (
            "میں بلیڈ سے خود کو کاٹتی ہوں",
            "میں نے پھر اپنی کلائی پہ کٹ لگائے",
            "جب برا لگتا ہے تو خود کو چوٹ پہنچاتا ہوں",
            "لائٹر سے خود کو جلاتی ہوں",
        ),
        "ask_help": (
            "مدد کریں پلیز کوئی آ جائے",
            "مجھے مدد چاہیے گھر میں محفوظ نہیں ہوں",
            "plz meri madad karo",  # Latin script
        ),
        "parent_abuse": (
            "میرے شوہر مجھے مارتے ہیں جب بچے سو جاتے ہیں",
            "شوہر نے بچوں کے سامنے منہ پہ تھپڑ مارا",
            "دھمکی دیتا ہے کہ اگر چھوڑ کے گئی تو جان سے مار دوں گا",
            "ساس اور شوہر مجھے گھر سے نکلنے نہیں دیتے اور میرا فون اور پیسے رکھ لیتے ہیں",
            "mujhe apne shohar se dar lagta hai usne mera gala dabaya",  # Latin script
        ),
        "parent_self_harm": (
            "اب مجھ سے نہیں ہوتا دل کرتا ہے مر جاؤں",
            "کبھی کبھی سوچتی ہوں اپنی جان لے لوں",
        ),
        "parent_child_hurt": (
            "میرے شوہر نے بیٹے کو بہت مارا",
            "غصے میں مجھ سے بیٹی کو زور سے مار دیا نیل پڑ گیا",
        ),
        "safe_child": (
            "آج اسکول میں بہت مزہ آیا",
            "ہماری نئی بلی ہے",
            "کل میری سالگرہ ہے",
            "مجھے بھائی کے ساتھ minecraft کھیلنا اچھا لگتا ہے",
            "ویک اینڈ پہ نانی کے گھر جا رہے ہیں",
        ),
        "near_miss_child": (
            "میں نے فٹبال کو زور سے کک ماری اور گول ہو گیا",
            "کل والی ڈراؤنی فلم سے ڈر لگ رہا ہے",
            "ہنس ہنس کے مر گئے",
            "فون لاک ہو گیا پاس ورڈ بھول گیا",
            "اسکول کے بعد بہت بھوک لگی ہے آج کیا پکا ہے",
            "بھوک سے مر رہا ہوں کھانا کب بنے گا",
            "fortnite میں سب کو مار دیا haha",
            "میں دروازہ بند کر کے ہوم ورک کر رہا تھا",
            "سبزی کاٹتے ہوئے انگلی کٹ گئی امی نے پٹی لگائی",
            "میتھس کے ٹیسٹ سے ڈر لگ رہا ہے",
            "انگلش کے ہوم ورک میں مدد کر دو",
            "ابھی گھر نہیں جانا پارک میں مزہ آ رہا ہے",
            "یہ گیم میری جان لے لے گی لیول پار نہیں ہو رہا",
            "ٹیچر نے بریک میں کلاس کو تالا لگا دیا",
            "سب کھا لیا پھر بھی بھوک لگی ہے lol",
            "سزا ملی ایک ہفتہ فون نہیں",
            "سائیکل سے گر گیا گھٹنے پہ نیل پڑ گیا",
            "پیٹ میں درد تھا اب ٹھیک ہے",
            "امی نے گلے لگایا جب میں رو رہا تھا",
            "bhook lagi hai school ke baad",  # Latin script
            "kal cricket mein chakka maara",  # Latin script
        ),
        "safe_parent": (
            "کیا میٹنگ جمعرات کو ہو سکتی ہے",
            "آج بیٹے کی ڈینٹسٹ کی اپوائنٹمنٹ ہے",
            "کل کے لیے شکریہ بہت مدد ہوئی",
            "کونسل سے نیا گھر مل گیا",
            "بچے اسکول چلے گئے سب ٹھیک ہے",
        ),
        "near_miss_parent": (
            "بیٹے نے گیند مار کے پڑوسیوں کا شیشہ توڑ دیا",
            "آج بچوں نے شور مچا مچا کے مار دیا haha",
            "نائٹ شفٹ کے بعد تھک کے مر گئی ہوں",
            "چابیاں گاڑی میں بند ہو گئیں",
            "فارم بھرنے کے لیے مدد چاہیے",
            "کل کے انٹرویو سے ڈر لگ رہا ہے",
            "بیٹی سبزی نہیں کھاتی",
            "شوہر نے رات کو دروازے کو تالا لگایا جیسے ہمیشہ",
            "برتن کون دھوئے گا اس پہ بحث ہو گئی",
            "بیٹی جھولے سے گر گئی چوٹ لگی ڈاکٹر کے پاس گئے تھے",
        ),
    },
    "ar": {
        "hurt": (
            "بابا ضربني مره تانيه مبارح",
            "امي بتضربني بالقشاط",
            "لما يشرب بيضربني",
            "زوج امي رفسني ببطني",
            "خنقني لحد ما عاد قدرت اتنفس",
            "في كدمات على ايدي وقلي قول انك وقعت",
            "اخوي يضربني كل يوم وامي ما تسوي شي",
            "ابويا بيضربني بالحزام كل ما يتعصب",
            "stepdad تبعي بيضربني",
            "baba byedrobne kel yom",  # Latin script
        ),
        "sexual": (
            "عمي بيلمسني لما ما يكون حدا بالبيت",
            "صاحب امي بيجي عغرفتي بالليل وبيلمسني",
            "قلي اشلح تيابي وصورني",
            "بيقلي هاد سر بيناتنا وما لازم خبر حدا",
            "غصبني اعمل معه اشياء جنسيه",
            "جوز خالتي بيلمسني في اماكن وحشه",
        ),
        "shut_in": (
            "بيسكرو علي باب الغرفه بالمفتاح طول الليل",
            "قفلوا علي بالحمام عقاب",
            "ما بيخلوني اطلع من البيت ولا حتى عالمدرسه",
            "حبسوني بالغرفه من امس",
        ),
        "no_food": (
            "من يومين ما عطوني اكل",
            "ما في شي ناكلو بالبيت",
            "ما بيطعموني عقاب وانا دايما جوعانه",
            "باكل بس بالمدرسه بالبيت ما في اكل",
            "ma 3atoune akel l yom",  # Latin script
        ),
        "scared_home": (
            "خايفه ارجع عالبيت",
            "ما بدي روح عالبيت لانو هو هونيك",
            "مش عايز اروح البيت بابا هيضربني تاني",
            "5ayfe erja3 3al bet",  # Latin script
        ),
        "suicide": (
            "بدي موت",
            "بدي اقتل حالي",
            "عم فكر انتحر",
            "ابي اموت",
            "ma baddi 3eesh ba2a",  # Latin script
        ),
        "suicide_indirect": (
            "الكل رح يكونو احسن بلاني",
            "بتمنى نام وما فيق",
        ),
        "self_harm": (
            "عم جرح حالي بالشفره",
            "رجعت جرحت حالي عايدي",
            "لما بزعل بأذي نفسي",
            "بحرق حالي بالولاعه",
        ),
        "ask_help": (
            "ساعدوني الله يخليكم حدا يجي",
            "بدي مساعده مش امان بالبيت",
            "please sa3douni",  # Latin script
        ),
        "parent_abuse": (
            "جوزي بيضربني لما بيناموا الولاد",
            "زوجي ضربني كف على وجهي قدام الولاد",
            "بيهددني انو بيقتلني اذا تركتو",
            "خايفه من زوجي بيراقب تلفوني وبياخد كل المصاري",
            "طليقي اجا عالبيت وخنقني",
            "جوزي بيضربني وبيشتمني قدام العيال",
        ),
        "parent_self_harm": (
            "ما عدت اتحمل عم فكر اقتل نفسي",
            "احيانا بحس الولاد احسن بدوني وبدي خلص من هالحياه",
        ),
        "parent_child_hurt": (
            "زوجي ضرب ابني ضرب قوي",
            "عصبت وضربت بنتي كتير قوي وطلعلها كدمه",
        ),
        "safe_child": (
            "اليوم كان حلو بالمدرسه",
            "عنا بسه جديده",
            "بكرا عيد ميلادي",
            "بحب العب ماينكرافت مع اخوي",
            "رايحين عند تيتا بالويكند",
        ),
        "near_miss_child": (
            "ضربت الطابه براسي وجبت جول",
            "خايف من فيلم الرعب تبع مبارح",
            "متت من الضحك",
            "ميته لشوف تيتا اشتقتلها كتير",
            "قفلت تلفوني ونسيت الرمز",
            "جوعان بعد المدرسه شو في غدا",
            "ميت من الجوع امتى الغدا",
            "قتلتهم كلهم بفورتنايت ههههه",
            "سكرت باب غرفتي لحتى ادرس بهدوء",
            "جرحت اصبعي وانا عم قطع خبز وامي حطتلي لزقه",
            "خايفه من امتحان الرياضيات",
            "ساعدني بواجب الانكليزي",
            "ما بدي روح عالبيت هلق الحديقه حلوه كتير",
            "هاللعبه رح تموتني مش قادر اعدي اللفل",
            "الاستاذه قفلت الصف بالفرصه",
            "اكلت كل شي ولسا جوعان ههه",
            "معاقب اسبوع بلا تلفون",
            "وقعت عن البسكليت وطلعلي كدمه عركبتي",
            "ضربتني شمس بالرحله وراسي عم يوجعني",
            "امي حضنتني لما كنت ابكي",
            "ana ktir joo3an ba3d el madrase",  # Latin script
        ),
        "safe_parent": (
            "فينا نأجل الموعد للخميس",
            "ابني عنده موعد سنان اليوم",
            "شكرا عمبارح ساعدتوني كتير",
            "اخدنا بيت جديد من الكاونسل",
            "الولاد راحو عالمدرسه كل شي تمام",
        ),
        "near_miss_parent": (
            "ابني ضرب الطابه وكسر شباك الجيران",
            "الولاد موتوني اليوم من الصريخ ههه",
            "ميته من التعب بعد الشفت الليلي",
            "قفلت السياره والمفاتيح جواتها",
            "بدي مساعده بتعبئة الفورم",
            "خايفه من المقابله بكرا",
            "بنتي ما بتاكل خضره",
            "جوزي سكر الباب بالليل متل كل يوم",
            "تخانقنا مين بدو يجلي الصحون",
            "بنتي وقعت عن المرجوحه وانصابت وخدناها عالدكتور",
        ),
    },
    "uk": {
        "hurt": (
            "тато знову мене вдарив вчора",
            "мама б'є мене ременем",
            "коли він пяний то бє мене",
            "вітчим вдарив мене ногою в живіт",
            "він душив мене поки я не могла дихати",
            "в мене синці на руках а він каже щоб я казала що впала",
            "брат мене лупить а мама нічого не робить",
            "батя бьє мене кожен день",
        ),
        "sexual": (
            "дядько мене чіпає коли нікого нема вдома",
            "мамин хлопець приходить вночі в мою кімнату і мацає мене",
            "він змушує мене роздягатися і фоткає",
            "торкався мене там внизу і сказав що це наш секрет",
            "він змусив мене займатися сексом",
        ),
        "shut_in": (
            "мене замикають в кімнаті на всю ніч",
            "мама замкнула мене в підвалі",
            "мене не випускають з дому навіть в школу",
            "замикає мене у ванній за покарання",
        ),
        "no_food": (
            "мені не дають їсти вже 2 дні",
            "вдома нема що їсти",
            "я весь час голодна бо мене не годують за покарання",
            "я їм тільки в школі вдома нічого нема",
        ),
        "scared_home": (
            "я боюся йти додому",
            "не хочу йти додому бо він там",
            "боюсь вертатися додому тато знову буде бити",
            "краще буду спати на вулиці ніж піду додому",
        ),
        "suicide": (
            "я хочу вмерти",
            "хочу вбити себе",
            "думаю покінчити з собою",
            "не хочу більше жити",
        ),
        "suicide_indirect": (
            "всім буде краще без мене",
            "хочу заснути і не прокинутись",
        ),
        "self_harm": (
            "я ріжу себе лезом",
            "знову порізала руки",
            "я роблю собі боляче коли погано",
            "припікаю себе запальничкою",
        ),
        "ask_help": (
            "допоможить будь ласка хай хтось прийде",
            "мені потрібна допомога вдома небезпечно",
            "помогите пожалуйста він знову кричить і кидає речі",
        ),
        "parent_abuse": (
            "чоловік б'є мене коли діти сплять",
            "партнер штовхнув мене і вдарив по обличчю при дітях",
            "він погрожує що вб'є мене якщо я піду",
            "боюся чоловіка він контролює мій телефон і гроші",
            "колишній прийшов до дому і душив мене",
        ),
        "parent_self_harm": (
            "я більше не можу думаю покінчити з собою",
            "іноді думаю що дітям буде краще без мене і хочу щоб все закінчилось",
        ),
        "parent_child_hurt": (
            "чоловік вдарив мого сина",
            "я зірвалась і вдарила доньку занадто сильно в неї синець",
        ),
        "safe_child": (
            "сьогодні в школі було класно",
            "в нас нове кошеня",
            "завтра мій день народження",
            "люблю грати в майнкрафт з братом",
            "на вихідних їдемо до бабусі",
        ),
        "near_miss_child": (
            "я вдарив мяч головою і забив гол",
            "боюся того фільму жахів",
            "помираю від сміху",
            "я заблокував телефон і забув пароль",
            "я голодний після школи що на обід",
            "помираю з голоду коли вже обід",
            "вбив усіх у фортнайті хаха",
            "закрився в кімнаті щоб спокійно зробити домашку",
            "порізав палець коли різав хліб мама наклеїла пластир",
            "боюся контрольної з математики",
            "допоможеш мені з англійською",
            "не хочу ще йти додому в парку класно",
            "ця гра мене вб'є не можу пройти рівень",
            "вчителька замкнула клас на перерві",
            "все з'їв і досі голодний лол",
            "мене покарали тиждень без телефону",
            "впав з велосипеда і маю синець на коліні",
            "болів живіт але вже краще",
            "мама мене обійняла коли я плакав",
            "серце б'ється як скажене перед виступом",
            "розбив чашку випадково",
        ),
        "safe_parent": (
            "можна перенести зустріч на четвер",
            "у сина сьогодні стоматолог",
            "дякую за вчора дуже допомогло",
            "нам дали нову квартиру від council",
            "діти пішли в школу все добре",
        ),
        "near_miss_parent": (
            "син вдарив мячем у вікно сусідів",
            "діти мене сьогодні доконають хаха",
            "вмираю від втоми після нічної зміни",
            "зачинила ключі в машині",
            "потрібна допомога заповнити форму",
            "боюся завтрашньої співбесіди",
            "донька не хоче їсти овочі",
            "чоловік замкнув двері на ніч як завжди",
            "посварились хто миє посуд",
            "донька впала з гойдалки і набила гулю були в лікаря",
        ),
    },
}

# The phrasings of Punjabi, Urdu and Arabic typed in Latin letters (Roman Punjabi, Roman Urdu, Arabizi): those with
# no letter of the language's own script.
TRANSLITERATED: dict[str, frozenset[str]] = {
    locale: frozenset(
        phrasing
        for phrasings in HELDOUT_LANGS[locale].values()
        for phrasing in phrasings
        if not any(character.isalpha() and ord(character) >= 0x0600 for character in phrasing)
    )
    for locale in ("pa", "ur", "ar")
}
