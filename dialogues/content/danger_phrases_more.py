"""Danger phrases in Polish, Romanian, Punjabi (Gurmukhi), Urdu, Arabic and Ukrainian, for ``dialogues.danger``.

The rules of ``danger_phrases`` apply (its docstring: slots, gaps, ``stem*``, ``=word``, typos, negation,
``unless``). Write each word as people spell it, with its marks: the text and the pattern words are folded
the same way (``dialogues.scripts``): Polish and Romanian letters lose their marks ("ł" is "l", "ș" and
"ş" are "s"); Arabic and Urdu lose harakat and tatweel and fold their alef, yeh, heh and kaf forms (so
"ے", "ی", "ي" and "ى" are one letter); Ukrainian і, ї, и, ы are one letter, as are є, е, э, and the
apostrophe inside a word is dropped ("б'є" is "бє"); Gurmukhi loses nukta, tippi, bindi and addak but
keeps its vowel signs.

How the languages differ, for whoever adds a phrase:

* Polish and Ukrainian inflect: use stems (``uderz*``) where the stem says only the danger word, and list
  forms where a stem would also catch an everyday word ("bil*" would be "bilet", a ticket). Word order is
  free, so most patterns come in both orders ("tata mnie bije", "tata bije mnie"). A negator between a
  pattern's words cancels it too (``negation_inside``): "tata mnie nie bije".
* Urdu and Punjabi put the verb last, after the negator ("mujhe nahi maarta"), or just before it
  ("maarta nahi"): ``negation_inside`` and ``negation_after``. Roman Urdu and Roman Punjabi (Latin
  letters, as many British young people type them) sit beside the script forms.
* Arabic writes "and", "with", "the" onto the word ("وبيضربني"): ``prefixes`` lets a word be read
  without them. A pronoun is written onto the verb ("يضربني", he hits me): the danger forms with "me"
  and "us" are listed, so "ضربت الكرة" (I hit the ball) is not read as "ضربتني" (she hit me).
  Arabizi (Latin letters and 2, 3, 5, 7 for hamza, ain, kha, ha) is covered for the commonest phrases.

Where a language has no phrase for a kind of harm, the "I don't feel safe right now" button is the
safeguard (README, "Safeguarding").
"""

from __future__ import annotations

from dialogues.content.danger_phrases import Language, P, Pattern

# The data below is laid out by hand, for reading; the formatter leaves it alone.
# fmt: off

# ======================================================================================================
# Polish (polski)
# ======================================================================================================

PL_HIT = (
    "bije|bija|bijesz|bil|bila|bili|bily|bic|pobil*|pobij*|zbil|zbila|zbili|zbije|zbija|uderz*|kopie|kopia|kopal"
    "|kopala|kopnal|kopnela|kopnie|skopal*|leje|leja|lal|lala|sprał|sprala|spral|tlucze|tluka|tlukl*|szarpie"
    "|szarpal*|dusi|dusil*|udusi*|podusz|krzywdzi|krzywdza|skrzywdzil*|wali|walil|walila|klapsy|klapsa|poparzyl*"
    "|przypala|przypalil*|popycha|popchnal|popchnela|rzuca|rzucil|rzucila|gryzie|szczypie|maltretuje"
    "|katuje|znecaja|zneca|pobicie|lanie|lania"
)
PL_ME = "mnie|mi|nas|nam|mame|mamę|siostre|brata|dziecko|dzieci|syna|corke|córeczkę|synka|ja|go|małego|małą"
PL_PARTNER = "maz|mąż|meza|partner|partnerka|chlopak|konkubent|byly|były|zona|żona|on"
PL_GAMES = (
    "pilk*|gol|gola|mecz*|rekord*|serce|zegar|deszcz|dzwon|gra|grze|minecraft|fortnite|fifa|3|2|1|0|wode|wody"
    "|herbat*|sok|kawe|szklank*|komar*|pies|psa|kot|sumienie|oczy|szampon|dym|kaszel|haha|xd|lol|hahaha"
)
PL_PATTERNS: tuple[Pattern, ...] = (
    P("pl.violence.hit_me", "violence", PL_ME, "~" + PL_HIT, gap=1, unless=PL_GAMES),
    P("pl.violence.hits_me", "violence", "~" + PL_HIT, PL_ME, gap=1, unless=PL_GAMES),
    P("pl.violence.get_beaten", "violence",
      "jestem|bylem|bylam|dostaje|dostałem|dostałam|dostajemy", "bity|bita|bici|lanie|w skore|wpierdol|wpier*", gap=1),
    P("pl.sexual.touches", "sexual", PL_ME,
      "~dotyka*|dotykal*|dotknal*|dotknęła|maca|macal*|obmacuj*|obmacywal*|molest*|pristaje|przystawia", gap=2),
    P("pl.sexual.touches_me", "sexual",
      "~dotyka*|dotykal*|dotknal*|maca|macal*|obmacuj*|obmacywal*|molest*", PL_ME + "|moje|mojego", gap=2),
    P("pl.sexual.rape", "sexual", "~zgwalc*|gwalci*|gwałt*|molestowal*|molestuje|molestowan*|pedofil*"),
    P("pl.sexual.undress", "sexual",
      "kaze|kazal|kazala|kaza|zmusza|zmusil|zmusila|chce|chcial", "~rozbierac|rozebrac|rozbieral|rozbierz", gap=3),
    P("pl.sexual.to_my_bed", "sexual",
      "przychodzi|przychodzil|wchodzi|wchodzil|kladzie sie", "do mojego lozka|do mnie do lozka|do lozka", gap=3),
    P("pl.sexual.naked_pictures", "sexual",
      "~nagie|nagich|nago|rozebran*|bez ubrania|nudes*|nudesy|intymne", "zdjec*|fot*|fotk*|filmik*|kamerk*", gap=3),
    P("pl.sexual.pictures_naked", "sexual",
      "zdjec*|fot*|fotk*|filmik*|kamerk*", "~nagie|nagich|nago|rozebran*|bez ubrania|nudes*|intymne", gap=3),
    P("pl.violence.locked_in", "violence",
      PL_ME, "~zamyka*|zamkn*|zamkl*|zamykal*|zamknal*", gap=2, unless="drzwi|okno|klucz*|sklep|szkol*"),
    P("pl.violence.locks_me_in", "violence",
      "~zamyka*|zamkn*|zamkl*|zamykal*|zamknal*", PL_ME, gap=2, unless="drzwi|okno|klucz*|sklep|szkol*"),
    P("pl.neglect.no_food", "neglect",
      "nie ma|nie mamy|brak|nic", "do jedzenia|co jesc|jedzenia|jedzenie|nic do jedzenia", gap=2, negatable=False),
    P("pl.neglect.nobody_feeds", "neglect",
      "nikt|nie", "daje mi jesc|daja mi jesc|daje jesc|daja jesc|karmi|karmia|daje jedzenia|daja jedzenia", gap=2,
      negatable=False, unless="slodycz*|cukierk*|chips*|czekolad*|lody|ciast*|psa|kota|rybk*|chomik*"),
    P("pl.neglect.not_eaten", "neglect",
      "nic nie jadlem|nic nie jadlam|nie jadlem|nie jadlam|nie jedlismy|nic nie jedlismy", negatable=False),
    P("pl.neglect.hungry_long", "neglect",
      "~glodny|glodna|glodni|glodne", "od wczoraj|od rana|od dwoch dni|caly czas|ciagle|zawsze|od dawna", gap=3),
    P("pl.neglect.left_alone", "neglect",
      "~zostawia*|zostawil*|zostawi", "sam|sama|samego|samych|sami|samemu|samej", gap=3,
      unless="spokoj|spokoju|w spokoju"),
    P("pl.neglect.drunk", "neglect",
      "mama|tata|ojciec|matka|ojczym|rodzice|oni|on|ona|maz|partner", "~pijan*|nacpan*|napruty|napruta|chleje|cpa",
      gap=3),
    P("pl.neglect.nobody_home", "neglect",
      "~nikogo nie ma|nie ma nikogo|nikogo niema|nikogo nie bylo|nie bylo nikogo", "w domu|od|juz|caly|cala|calymi",
      gap=3, negatable=False, unless="wolna chata|impreza|haha|fajnie|super|w szkole|w klasie"),
    P("pl.neglect.no_clean_clothes", "neglect",
      "~nikt nie pierze|nikt nie sprzata|nikt sie mna nie zajmuje|nikt o mnie nie dba|nikt sie nami nie zajmuje"
      "|nie mam czystych|brudne ubrania|nie mam w co sie ubrac|nikogo nie obchodze", negatable=False),
    P("pl.fear.scared_home", "fear",
      "~boje|boi|boimy|boję|przerazon*|strach|przeraza",
      "wracac|wrocic|isc do domu|do domu|domu|taty|ojca|ojczyma|mamy|matki|jego|go|niego|jej|meza|partnera"
      "|o zycie|o swoje zycie|o dzieci", gap=2,
      unless="zdam|nie zdam|sprawdzian*|test*|egzamin*|kartkowk*|film*|pajak*|psa|ciemnosc*|burz*"),
    P("pl.fear.not_safe", "fear",
      "nie czuje sie|nie jestem|nie czujemy sie|nie jestesmy|nie jest mi|nie jest nam|nie jest tu", "bezpieczn*",
      gap=2, negatable=False),
    P("pl.self_harm.want_to_die", "self_harm",
      "chce|chcialbym|chcialabym|wole|mam ochote|marze",
      "~umrzec|zginac|sie zabic|zabic sie|skonczyc ze soba|zniknac na zawsze|nie zyc|nie istniec", gap=2,
      unless="ze wstydu|ze smiechu|z nudow|z nudy|z zazdrosci|haha|hahaha|xd"),
    P("pl.self_harm.not_live", "self_harm", "nie chce|nie chce juz", "zyc|dalej zyc|zyc dalej", gap=1,
      negatable=False),
    P("pl.self_harm.suicide", "self_harm",
      "~samobojstw*|samobojcz*|zabije sie|sie zabije|sie zabic|zabic sie|powiesic sie|powiesze sie|skocze z mostu"
      "|skonczyc ze soba|skoncze ze soba"),
    P("pl.self_harm.better_without_me", "self_harm",
      "lepiej|najlepiej|lepsz*", "beze mnie|gdyby mnie nie bylo|jakby mnie nie bylo", gap=4, negatable=False),
    P("pl.self_harm.not_wake_up", "self_harm",
      "~zasnac|zasnąć|usnac|zasne|usne", "nie obudzic|sie nie obudzic|nigdy nie obudzic|juz nie obudzic|nie obudze"
      "|sie nie obudze", gap=3, negatable=False),
    P("pl.self_harm.no_point", "self_harm",
      "~nie ma sensu zyc|po co zyc|nie chce mi sie zyc|nie ma po co zyc|zycie nie ma sensu|mam dosc zycia"
      "|mam dosc zyc|nie widze sensu zycia", negatable=False),
    P("pl.self_harm.under_a_car", "self_harm",
      "~wjechac pod|rzucic sie pod|skoczyc pod|wskoczyc pod|skoczyc z|rzucic sie z|wejsc pod",
      "samochod|pociag|auto|tramwaj|dachu|mostu|okna|autobus|ciezarowke", gap=1),
    P("pl.self_harm.cutting", "self_harm",
      "~tne|tniesz|ciac|pocielam|pocielem|pocial|pociela|nacinam|nacielam", "sie|siebie|reke|rece|nadgarstki|nogi|uda",
      gap=1),
    P("pl.self_harm.harm_self", "self_harm",
      "~okalecz*|samookalecz*|samouszk*|zyletk*|krzywdze sie|krzywdze siebie"),
    P("pl.self_harm.hurting_myself", "self_harm", "sobie|siebie", "~krzywd*", gap=1),
    P("pl.help.help", "help",
      "pomocy|pomoz mi|pomoz|pomozcie|pomozcie mi|ratunku|prosze pomoz|prosze pomoz mi|pomocy prosze|ratujcie",
      whole=True),
    P("pl.help.need_help", "help", "potrzebuje|potrzebujemy|prosze o", "pomocy", gap=2,
      unless="matm*|lekcj*|zadani*|zadaniem|prace domowa|projekt*|szkol*"),
    P("pl.help.please_help", "help", "prosze|blagam|niech ktos", "~pomoz|pomozcie|ratuj|ratujcie|pomoze", gap=2,
      unless="matm*|lekcj*|zadani*|prace domowa|projekt*"),
    P("pl.help.someone_help", "help", "~pomoze|pomozecie|pomozcie|pomoz", "mi ktos|ktos|prosze|blagam", gap=1,
      unless="matm*|lekcj*|zadani*|prace domowa|projekt*|wypracowani*"),
    P("pl.help.rescue", "help", "~ratunku"),
    P("pl.domestic_abuse.partner_hits", "domestic_abuse", PL_PARTNER, "~" + PL_HIT, gap=3, unless=PL_GAMES),
    P("pl.domestic_abuse.controls", "domestic_abuse",
      "nie pozwala|nie pozwalaja|zabrania|zabronil", "wychodzic|wyjsc|z domu|dzwonic|widywac|spotykac", gap=3,
      negatable=False, unless="grac|gry|komputer*|telefonu w nocy"),
    P("pl.domestic_abuse.controls_money", "domestic_abuse", PL_PARTNER,
      "~kontroluj*|kontrolowal*|sprawdza|zabiera|zabral|czyta|sledzi", "telefon|pieniadz*|konto|karte|wiadomosc*|mnie",
      gap=3),
    P("pl.threats.threatens", "threats", "mnie|mi|nam|nas", "~grozi|grozil*|grozą|straszy|zastrasz*|szantaz*", gap=1),
    P("pl.threats.threatens_me", "threats",
      "~grozi|grozil*|groza|zagrozil*|straszy|zastrasz*|szantaz*", "ze mnie|mi|mnie|zabiciem|ze zabije|ze zabierze",
      gap=2),
    P("pl.threats.made_to_sell", "threats",
      "kaz*|zmusz*|kazal*|musze|musimy", "~sprzeda*|przewo*|rozwo*|dostarcz*|nosic|trzymac|chowac|wozic",
      "narkotyk*|dragi|towar|paczk*|ziolo|trawk*|prochy", gap=3),
    P("pl.sexual.secret", "sexual",
      "facet|pan|mezczyzna|chlopak z|ktos z|ktos na|snap*|insta*|tiktok*|internet*|gry|discord*|roblox*|starszy",
      "~nikomu nie mow*|nie mow nikomu|nasz sekret|nasza tajemnica|nie mow rodzicom|nie mow mamie|nikomu nie powiem",
      gap=12, negatable=False),
    P("pl.threats.given_to_sell", "threats",
      "towar|prochy|narkotyk*|trawk*|ziolo|dragi|paczki", "~do sprzedania|sprzedac|sprzedawac|rozwiezc|przechowac|opchnac",
      gap=3),
    P("pl.threats.debt", "threats",
      "~winny|winna|dluzny|dluzna|dlug|dlugu", "znajda|dopadna|zalatwia|pobija|zabija|dorwa", gap=6),
    P("pl.sexual.shows_me", "sexual",
      "~pokazuje|pokazal|pokazywal|wysyla|wysylal|wyslal", "filmy dla doroslych|porno*|nagie|filmiki dla doroslych"
      "|swoje zdjecia|penis*|siusiak*|swojego", gap=3),
    P("pl.sexual.kisses_by_force", "sexual", "~caluje|calowal|pocalowal", "na sile|wbrew mnie|w usta|wbrew mojej woli",
      gap=3),
    P("pl.neglect.no_heating", "neglect",
      "nie ma|nie mamy|bez|odcieli|brak|nie bylo", "pradu|ogrzewania|ciepla|cieplej wody|gazu|swiatla", gap=1,
      negatable=False),
    P("pl.fear.not_going_back", "fear",
      "nie chce wracac|nie chce isc|nie chce wrocic|nie chce jechac", "do taty|do domu|do mamy|do ojca|do niego|do nich"
      "|tam|do ojczyma", gap=1, negatable=False, unless="szkol*|lekcj*|nudno|impreza|imprezy"),
    P("pl.threats.stalked", "threats",
      "~sledzi|obserwuje|chodzi za mna|wie gdzie mieszkam|wiem gdzie mieszkasz|zna moj adres|zna moja szkole"),
    P("pl.violence.bruises", "violence", "~siniak*|sinca|since|slady", "od|bo|po tym|przez", gap=2,
      unless=PL_GAMES + "|upadl*|rower*|hulajnog*|trening*|wf|boisk*"),
    P("pl.violence.by_the_hair", "violence", "~ciagn*|szarp*|targa*", "za wlosy|za ucho|za reke|za kaptur", gap=2),
    P("pl.violence.does_me_harm", "violence", "robi|zrobil|zrobila|robia|robil", "mi krzywde|nam krzywde|krzywde",
      gap=1),
    P("pl.sexual.makes_me_touch", "sexual", "kaze|kazal|zmusza|zmusil|kazala", "~dotykac|dotknac|go dotykac|ssac",
      gap=3),
    P("pl.sexual.does_things", "sexual", "robi mi|robil mi|robi ze mna|robil ze mna",
      "rzeczy|dziwne rzeczy|nieprzyjemne rzeczy|cos zlego|brzydkie rzeczy", gap=2),
    P("pl.sexual.under_clothes", "sexual", "reke|rece|reka|lape", "~pod majtki|pod bluzke|w majtki|pod koszulke"
      "|pod spodnie|pod koldre", gap=2),
    P("pl.sexual.online_meet", "sexual",
      "z internetu|z neta|z gry|z insta|ze snapa|z tiktoka|z discorda|w internecie|w grze|online|starszy|dorosly",
      "~chce sie spotkac|chce sie ze mna spotkac|umowic sie|przyjedzie po mnie|spotkajmy sie|chce mnie poznac", gap=10),
    P("pl.threats.post_pictures", "threats", "~wrzuci|wstawi|opublikuje|rozesle|pokaze|wysle",
      "zdjecia|zdjecie|fotki|filmik|nagrania", gap=3, unless="wakacj*|urodzin*|klas*|szkol*"),
    P("pl.violence.not_let_out", "violence", "nie wypuszcza|nie wypuszczaja|nie wypuszczal*",
      "z pokoju|z domu|z piwnicy|z lazienki", gap=2, negatable=False, unless="szlaban|kara|deszcz|chory|chora"),
    P("pl.neglect.hungry_to_bed", "neglect", "spac|do szkoly|do lozka", "~glodny|glodna|glodni|glodne", gap=1),
    P("pl.neglect.empty_fridge", "neglect", "lodowce|lodowka|lodowke|szafkach", "nic nie ma|pusto|pusta|pustka", gap=2,
      negatable=False),
    P("pl.neglect.not_back", "neglect", "~nie wraca|nie wrocila|nie wrocil|nie wrocili|nie ma jej|nie ma go",
      "od|cala noc|na noc|dwa dni|od wczoraj|od rana|od piatku|od soboty|od tygodnia|kilka dni", gap=2,
      negatable=False),
    P("pl.neglect.nobody_cares", "neglect",
      "~nikt sie mna nie opiekuje|nikt sie nami nie opiekuje|nikt o nas nie dba|nikt mnie nie pilnuje", negatable=False),
    P("pl.fear.frightens", "fear", "tata|ojciec|ojczym|mama|matka|on|ona|maz|partner|oni|wujek",
      "~mnie przeraza|przeraza mnie|sie go boje|sie jej boje|sie ich boje|mnie straszy", gap=2),
    P("pl.self_harm.think_of_death", "self_harm", "mysle o|mysle|marze o|ciagle mysle o", "~smierci|smierc|samobojstwie",
      gap=1),
    P("pl.self_harm.not_be_here", "self_harm",
      "~nie chce tu byc|nie chce juz byc|nie chce istniec|chce zniknac|skonczyc ze wszystkim|skonczyc z tym wszystkim",
      negatable=False, unless="szkol*|lekcj*|nudno|nudy|tej imprezie"),
    P("pl.self_harm.overdose", "self_harm",
      "~przedawkow*|nalykalam sie|nalykalem sie|lyknelam wszystkie|lyknalem wszystkie|wzielam wszystkie tabletki"
      "|wzialem wszystkie tabletki|cala paczke tabletek"),
    P("pl.self_harm.burn_self", "self_harm",
      "~przypalam sie|przypalilam sie|przypalilem sie|gryze sie|uderzam sie|bije sie po|drapie sie do krwi"),
    P("pl.help.call_police", "help", "zadzwoncie|zadzwon|wezwijcie|wezwij", "policje|na policje|pogotowie|112|999",
      gap=2),
    P("pl.domestic_abuse.money", "domestic_abuse", PL_PARTNER,
      "~nie daje mi pieniedzy|zabiera mi pieniadze|zabiera mi wyplate|nie daje mi kasy|zabiera mi kase", gap=4),
    P("pl.self_harm.a_burden", "self_harm",
      "~jestem ciezarem|jestem dla wszystkich ciezarem|jestem tylko ciezarem|wszyscy by sie cieszyli"
      "|ulzyloby im", negatable=False),
    P("pl.running_away.ran_away", "running_away",
      "~ucieklem|ucieklam|uciekam|uciekne|uciec|uciekli|uciekl|uciekla", "z domu|od domu|od rodzicow|z osrodka", gap=2, unless="pies|psa|kot|kota|chomik*|krolik*|papug*|wrocil|wrocila|wrocil do domu"),
    P("pl.running_away.sleep_out", "running_away",
      "spie|spalem|spalam|nocuje|nocowalem|nocowalam",
      "na ulicy|na dworze|u obcego|w parku|na klatce|na dworcu", gap=2),
)

# ======================================================================================================
# Romanian (română)
# ======================================================================================================

RO_HIT = (
    "bate|bat|bati|batut|batea|bateau|bata|loveste|lovit|loveau|lovea|lovesc|loveasca|palmuit*|palmuieste|palme"
    "|pocnit|pocneste|snopit|snopeste|sugrumat|sugruma|strans de gat|strange de gat|zgaltaie|zgaltait|impinge"
    "|impins|arde|ars|trage de par|tras de par|ranit|raneste|batjocoreste|chinuieste|chinuit|scuturat|scutura"
    "|zgaltait|imbranceste|imbrancit|imbrancea"
)
RO_ME = "ma|m|ne|o|il|l|pe mine|pe noi|pe mama|pe sora|pe frate|pe fratele|pe copil"
RO_OTHERS = (
    "pe mama|pe mine|pe noi|pe sora|pe frate|pe fratele|copilul|copiii|copiilor|pe copil|fiul|fiica|pe fiul"
    "|pe fiica|baiatul|fata|bebelusul|pe cel mic|pe cea mica|mama|sora|fratele|fetita|pe fetita|baietelul"
    "|pe baietel|copi|copii|pe baiat|pe fata"
)
RO_GAMES = "minge|mingea|gol|meci|vant|vantul|inima|ceas|clopot|record|joc|echipa|fotbal|echipei|3|2|1|0|haha"
RO_PARTNER = "sotul|sotul meu|partenerul|partenerul meu|iubitul|fostul|fostul meu|sotia|el"
RO_PATTERNS: tuple[Pattern, ...] = (
    P("ro.violence.hit_me", "violence", RO_ME, "~" + RO_HIT, gap=1, unless=RO_GAMES),
    P("ro.violence.hits_someone", "violence", "~" + RO_HIT, RO_OTHERS, gap=2, unless=RO_GAMES),
    P("ro.violence.beating", "violence",
      "~luat la bataie|ia la bataie|da bataie|am luat bataie|primesc bataie|mananc bataie|bataie rau", unless=RO_GAMES),
    P("ro.sexual.in_my_bed", "sexual",
      "vine|se baga|intra|venea|se urca", "in patul meu|in pat la mine|la mine in pat|in pat cu mine", gap=3),
    P("ro.sexual.touches", "sexual", "ma|m|o|ne|pe mine", "~atinge|atins|atingea|pipaie|pipait|pipaia", gap=1,
      unless="cu mana pe umar|umar|din greseala"),
    P("ro.sexual.rape", "sexual", "~viol|violat|violata|violati|violeaza|violul|violator|violatorul|abuzat sexual|abuzeaza sexual|abuz sexual|agresat sexual|pedofil*"),
    P("ro.sexual.undress", "sexual",
      "m a pus|ma pune|mi a cerut|imi cere|vrea|ma obliga|m a obligat|ma forteaza|m a fortat",
      "~sa ma dezbrac|sa ma dezbrac|dezbrac*|sa imi dau hainele jos|sa ma dezbrac", gap=2),
    P("ro.sexual.naked_pictures", "sexual",
      "poze|pozele|poza|fotografii|fotografie|video|filmulet*|nudes",
      "~dezbracat*|goala|goale|gol|nud*|fara haine|intim*|nuduri", gap=3, unless="mingea|meci|fotbal"),
    P("ro.violence.locked_in", "violence",
      RO_ME, "~incui*|inchide|inchis|inchidea|inchid|incuie|incuiat|incuiau", gap=2,
      unless="usa|usile|fereastra|geamul|magazin*|scoala|sa invat|sa ma uit|sa dorm|sa ma joc|sa citesc|liniste"),
    P("ro.neglect.no_food", "neglect",
      "nu avem|nu am|nu e|nu este|nu mi au dat|nu ne da|nu ne dau|nu imi da|nimeni nu|nu mi da|nu primim|n avem",
      "ce manca|ce sa mancam|ce sa mananc|mancare|de mancare|nimic de mancare|sa mananc|sa mancam", gap=3,
      negatable=False),
    P("ro.neglect.not_eaten", "neglect",
      "n am mancat|nu am mancat|nu am mai mancat|n am mai mancat|nu am mancat nimic|n am mancat nimic",
      "de ieri|de doua zile|de azi dimineata|de zile|toata ziua|nimic|de aseara", gap=2, negatable=False),
    P("ro.neglect.left_alone", "neglect",
      "ne lasa|ma lasa|m a lasat|ne a lasat|ne lasau|ma lasau|ne lasa acasa|ma lasa acasa|m au lasat|ne au lasat",
      "singur|singura|singuri|singure", gap=2, unless="in pace|linistit|linistita"),
    P("ro.neglect.drunk", "neglect",
      "mama|tata|tatal|mama mea|tatal meu|el|ea|ei|sotul|parintii|tatăl", "beat|beata|beti|drogat|drogata|se drogheaza",
      gap=3),
    P("ro.neglect.nobody_home", "neglect",
      "~nu e nimeni|nu este nimeni|nu mai e nimeni|nu a fost nimeni|n a fost nimeni", "acasa|de|in casa", gap=2,
      negatable=False, unless="haha|super|la scoala|in clasa"),
    P("ro.neglect.no_care", "neglect",
      "~nimeni nu se ocupa de mine|nimeni nu are grija de mine|nimeni nu are grija de noi|n am haine curate"
      "|nu am haine curate|haine murdare|nimeni nu ne spala hainele|nu i pasa nimanui de mine", negatable=False),
    P("ro.fear.scared_home", "fear",
      "mi e frica|mi este frica|ma tem|imi e frica|imi este frica|mi e teama|ne e frica|mi e frika",
      "acasa|sa merg acasa|sa ma duc acasa|de tata|de mama|de el|de ea|de sotul|de sotul meu|de partener|de ei"
      "|sa ma intorc|de tatal|de tatal meu|de iubitul|pentru viata mea|pentru copii", gap=3),
    P("ro.fear.not_safe", "fear", "nu ma simt|nu sunt|nu ne simtim|nu suntem", "in siguranta|safe|protejat*", gap=2,
      negatable=False),
    P("ro.self_harm.want_to_die", "self_harm",
      "vreau|vrea|as vrea|imi doresc|as prefera|mi as dori",
      "~sa mor|sa ma omor|sa ma sinucid|sa dispar|sa nu mai traiesc|sa nu mai fiu|sa termin cu tot", gap=2),
    P("ro.self_harm.not_live", "self_harm", "nu mai vreau|nu vreau", "sa traiesc|sa mai traiesc|sa mai fiu aici", gap=1,
      negatable=False),
    P("ro.self_harm.suicide", "self_harm",
      "~sinucid*|sinucider*|ma omor|sa ma omor|ma sinucid|ma arunc de pe|ma spanzur"),
    P("ro.self_harm.better_without_me", "self_harm",
      "mai bine", "fara mine|daca nu as fi|daca n as fi|mort|moarta|daca as muri", gap=2, negatable=False),
    P("ro.self_harm.not_wake_up", "self_harm",
      "~sa adorm|adorm|sa dorm", "sa nu ma mai trezesc|nu ma mai trezesc|si sa nu ma trezesc|sa nu mai ma trezesc",
      gap=2, negatable=False),
    P("ro.self_harm.no_point", "self_harm",
      "~nu mai are rost|n are rost|nu are sens sa traiesc|nu mai are sens|m am saturat de viata|sunt satul de viata"
      "|sunt satula de viata|viata nu are sens", negatable=False, unless="scoala|tema|jocul|meciul|sa mai invat"),
    P("ro.domestic_abuse.controls_money", "domestic_abuse", RO_PARTNER,
      "~controleaza|imi controleaza|verifica|imi verifica|ia|imi ia|mi a luat", "telefonul|banii|cardul|mesajele",
      gap=3),
    P("ro.self_harm.under_a_car", "self_harm",
      "~sa ma arunc|ma arunc|sa sar|ma bag", "in fata|de pe|sub|de la etaj|de pe pod|de pe bloc", gap=1),
    P("ro.self_harm.cutting", "self_harm",
      "~ma tai|m am taiat|ma zgarii|ma ard|m am ars|mi am facut rau|imi fac rau|ma ranesc|m am ranit"
      "|ma lovesc singur|ma lovesc singura|mi fac rau|ma autoranesc|autoranire|automutil*",
      unless="hartie|cutit de bucatarie|din greseala|gatit|deget|bucatarie|cuptor|fierul"),
    P("ro.help.help", "help",
      "ajutor|ajutati ma|ajuta ma|va rog ajutati ma|te rog ajuta ma|salvati ma|ajutor va rog|ajutor te rog|salveaza ma",
      whole=True),
    P("ro.help.help_please", "help", "~ajutati ma|ajuta ma|salvati ma|ajutor|ma ajuta|ma poate ajuta",
      "va rog|te rog|va implor|cineva", gap=1,
      unless="teme|tema|matematica|mate|lectii|proiect*"),
    P("ro.help.need_help", "help", "am nevoie|avem nevoie|vreau", "de ajutor", gap=1,
      unless="teme|tema|matematica|mate|lectii|proiect*|scoala"),
    P("ro.help.please_help", "help", "te rog|va rog|va implor|te implor", "~ajuta|ajutati|ajuta ma|ajutati ma|salvati",
      gap=2, unless="teme|tema|matematica|mate|lectii|proiect*"),
    P("ro.domestic_abuse.partner_hits", "domestic_abuse", RO_PARTNER, "ma|m|ne|o", "~" + RO_HIT, gap=2,
      unless=RO_GAMES),
    P("ro.domestic_abuse.controls", "domestic_abuse",
      "nu ma lasa|nu ne lasa|nu m a lasat|ma opreste", "sa ies din casa|sa plec din casa|sa ies din casă|sa plec de acasa"
      "|sa vad pe nimeni|sa vorbesc cu familia|sa am bani|sa ma vad cu familia|sa ma vad cu parintii|sa ma vad cu mama"
      "|sa ma vad cu ai mei|sa vad familia|sa vorbesc cu mama", gap=2, negatable=False),
    P("ro.domestic_abuse.insults", "domestic_abuse", RO_PARTNER,
      "~ma injura|ma jigneste|ma umileste|ma insulta|ma face proasta|ma scuipa", gap=2),
    P("ro.threats.threatens", "threats", "~ameninta*|santaj*"),
    P("ro.threats.made_to_sell", "threats",
      "ma pun|m au pus|ma obliga|m au obligat|ma forteaza|m a pus|ma pune", "~sa vand|sa duc|sa car|sa livrez|sa ascund",
      "droguri|iarba|pachete|pachet|marfa|pastile", gap=3),
    P("ro.sexual.secret", "sexual",
      "tip|barbat|un baiat|cineva|snap*|insta*|tiktok|net|online|joc|discord|roblox|mai mare",
      "~sa nu spun la nimeni|sa nu spui la nimeni|secretul nostru|sa nu le spun parintilor|sa nu spun nimanui"
      "|sa nu zic la nimeni|sa nu spun mamei", gap=12, negatable=False),
    P("ro.threats.given_to_sell", "threats",
      "marfa|droguri|iarba|pastile|pachete|pachetele", "~sa o vand|sa vand|de vandut|sa le vand|sa le duc|sa o duc",
      gap=3),
    P("ro.threats.debt", "threats",
      "~datorez|le datorez|datoria|datorie|datorii", "ma gasesc|ma prind|ma bat|ma omoara|ma cauta|vin dupa mine",
      gap=6),
    P("ro.violence.bruises", "violence",
      "lasat|lasa|plin de|plina de|i a lasat|mi a lasat|are|am", "~vanatai|vanataie|urme de bataie", gap=2,
      unless=RO_GAMES + "|cazut|am cazut|bicicleta|antrenament|role|trambulina"),
    P("ro.sexual.shows_me", "sexual",
      "imi arata|mi a aratat|imi trimite|mi a trimis|ne arata", "~filme pentru adulti|porno*|poze cu el|filme porno"
      "|filme deocheate|filmulete pentru adulti|poze cu el gol|penis*", gap=2),
    P("ro.sexual.kisses_by_force", "sexual",
      "~ma pupa|m a pupat|ma saruta|m a sarutat|ma pupa", "cu forta|fara sa vreau|pe gura|cu de a sila", gap=2),
    P("ro.neglect.no_heating", "neglect",
      "nu avem|n avem|nu e|nu este|fara|ne au taiat|nu mai avem", "curent|caldura|apa calda|lumina|gaz|incalzire",
      gap=1, negatable=False),
    P("ro.fear.not_going_back", "fear",
      "nu vreau sa ma intorc|nu vreau sa merg|nu vreau sa ma duc", "la tata|acasa|la mama|la el|la ei|inapoi", gap=1,
      negatable=False, unless="scoala|la scoala|ore|plictis*|petrecere"),
    P("ro.threats.stalked", "threats",
      "~ma urmareste|ma urmareau|ma pandeste|stie unde stau|stie unde locuiesc|stiu unde stai|stie la ce scoala"),
    P("ro.violence.gives_me_blows", "violence", "mi a dat|imi da|ne da|i a dat|ne a dat|imi dadea",
      "~palme|pumni|picioare|o palma|un pumn|bataie|suturi", gap=1, unless=RO_GAMES),
    P("ro.violence.does_me_harm", "violence", "imi face|mi a facut|ne face|ne a facut|mi face", "rau", gap=1,
      unless="stomac|burta|mancarea|capul|dintii|racit*|raceala|pastila|medicament*|caldura|drumul|masina"),
    P("ro.sexual.makes_me_touch", "sexual", "ma pune|m a pus|ma obliga|ma forteaza|m a obligat",
      "~sa l ating|sa il ating|sa ating|sa ma ating|sa l pup", gap=2),
    P("ro.sexual.under_clothes", "sexual", "mana|mainile|mina", "~in chiloti|sub bluza|in pantaloni|sub tricou"
      "|sub fusta|sub plapuma", gap=2),
    P("ro.sexual.does_things", "sexual", "face|facea|a facut|imi face", "~lucruri urate|lucruri cu mine"
      "|chestii cu mine|lucruri ciudate|chestii urate", gap=2),
    P("ro.sexual.online_meet", "sexual",
      "de pe net|de pe internet|din joc|de pe insta|de pe tiktok|de pe snap|online|mai mare|adult|pe discord",
      "~vrea sa ne vedem|vrea sa ne intalnim|sa ne intalnim|vine sa ma ia|sa ma vad cu el|sa ne vedem", gap=10),
    P("ro.threats.post_pictures", "threats",
      "~o sa posteze|o sa publice|o sa trimita|va posta|va publica|ca posteaza|ca publica|ca trimite|ca pune",
      "pozele|poza|filmul|filmuletul|pozele mele", gap=2),
    P("ro.violence.kept_in", "violence", "~ma tine inchis|ma tine inchisa|ma tin inchis|ma tin inchisa|ne tin inchisi"
      "|nu ma lasa sa ies din camera"),
    P("ro.neglect.empty_fridge", "neglect", "frigiderul|frigider|dulapul", "e gol|gol|goale|nimic", gap=2,
      negatable=False),
    P("ro.neglect.hungry", "neglect", "~flamand|flamanda|flamanzi|infometat*|mi e foame|ne e foame|mi este foame",
      "la culcare|la scoala|de ieri|mereu|tot timpul|toata ziua|de doua zile|zilnic", gap=2),
    P("ro.neglect.not_back", "neglect", "~nu s a intors|nu a venit|n a venit|nu mai vine|nu s au intors",
      "de ieri|de doua zile|de aseara|de vineri|de o saptamana|toata noaptea|de zile", gap=2, negatable=False),
    P("ro.fear.frightens", "fear", "tata|tatal|mama|el|ea|ei|sotul|partenerul|unchiul|iubitul",
      "~ma sperie|ma terorizeaza|ne sperie|ne terorizeaza", gap=2, unless="film*|joc*|haha|glum*"),
    P("ro.fear.not_safe_home", "fear", "nu e sigur|nu este sigur|nu e sigura|nu e safe", "acasa|pentru mine|cu el|aici",
      gap=2, negatable=False),
    P("ro.self_harm.think_of_death", "self_harm", "ma gandesc|gandesc|ma tot gandesc",
      "~la moarte|la sinucidere|sa mor|sa ma omor", gap=2),
    P("ro.self_harm.overdose", "self_harm", "am luat|am inghitit|o sa iau|vreau sa iau",
      "~toate pastilele|multe pastile|o cutie de pastile|toata cutia|supradoz*", gap=2,
      unless="durere|cap|raceala|doctor|febra|vitamin*|antibiotic*"),
    P("ro.self_harm.burn_self", "self_harm", "~ma zgarii pana la sange|imi fac taieturi|ma ard cu|ma lovesc cu capul"),
    P("ro.help.call_police", "help", "sunati|sunati la|chemati|sunati pe", "politia|la politie|ambulanta|112|999",
      gap=2),
    P("ro.domestic_abuse.watches_me", "domestic_abuse", RO_PARTNER,
      "~ma controleaza|ma urmareste|ma verifica|ma izoleaza|nu imi da bani|nu mi da bani|imi ia banii|imi ia salariul",
      gap=4),
    P("ro.self_harm.a_burden", "self_harm",
      "~sunt o povara|sunt doar o povara|le sunt o povara|ar fi mai fericiti fara mine|ar fi mai fericita fara mine"),
    P("ro.running_away.ran_away", "running_away",
      "~am fugit|fug|o sa fug|vreau sa fug|a fugit|sa fug", "de acasa|din casa|de la parinti|de la centru", gap=2, unless="cainele|catelul|pisica|pisicuta|hamsterul|s a intors|a revenit"),
    P("ro.running_away.sleep_out", "running_away",
      "dorm|am dormit|dormim", "pe strada|in parc|afara|la un strain|in gara", gap=2),
)

# ======================================================================================================
# Ukrainian (українська), with the Russian words of mixed speech
# ======================================================================================================

UK_HIT = (
    "б'є|б'ють|бив|била|били|бити|побив*|побила|побили|вдарив|вдарила|вдарили|вдаряє|вдаряють|вдарити|б'ю"
    "|лупить|лупив|лупцює|лупцюють|лупцював*|штовхає|штовхнув|штовхнула|душив|душить|душила|придушив*|задушити"
    "|кусає|щипає|ляпас*|копає|копнув|копнула|знущається|знущаються|знущався|катує|шмагає|б'є мене"
    "|бьет|бьют|избивает|избил|ударил|ударила|побил|бил|избиває|налупив|відлупцював|виховує ременем"
)
UK_ME = "мене|мені|нас|нам|маму|сестру|брата|дитину|сина|доньку|дочку|її|його|меня|мамою|дітей|малого|малу"
UK_PERSON = "тато|батько|мама|мати|вітчим|мачуха|чоловік|він|вона|вони|батьки|брат|хлопець|папа"
UK_GAMES = "м'яч|м'яча|гол|гра|грі|футбол|серце|рекорд|годинник|дзвін|хвилі|3|2|1|0|хаха"
UK_PATTERNS: tuple[Pattern, ...] = (
    P("uk.violence.hit_me", "violence", UK_ME, "~" + UK_HIT, gap=1, unless=UK_GAMES),
    P("uk.violence.hits_me", "violence", "~" + UK_HIT, UK_ME, gap=1, unless=UK_GAMES),
    P("uk.sexual.touches", "sexual", "мене|мені|меня|її",
      "~чіпає|чіпав|чіпала|торкається|торкався|лапає|лапав|мацає|мацав|домагається|домагався|пристає|приставав"
      "|розбещує|трогает|лапает|пристает", gap=2, unless="плече|за плече|випадково"),
    P("uk.sexual.touches_me", "sexual",
      "~чіпає|чіпав|торкається|торкався|лапає|лапав|мацає|мацав|домагається|пристає|приставав|трогает",
      "мене|меня|мої|моїх|там", gap=2, unless="плече|випадково"),
    P("uk.sexual.rape", "sexual", "~згвалтував*|ґвалтує|гвалтує|зґвалтув*|зґвалтування|изнасил*|розбещення|педофіл*"),
    P("uk.sexual.undress", "sexual",
      "сказав|змушує|змусив|змушують|каже|просить|наказав|хоче|заставляє|заставил", "~роздягн*|роздяга*|раздев*",
      gap=3),
    P("uk.sexual.naked_pictures", "sexual",
      "~голі фото|голих фото|голі фотки|голих фоток|нюдс*|інтимні фото|інтимних фото|фото без одягу|без одягу"
      "|голою|голим|голые фото|интимные фото"),
    P("uk.sexual.in_my_bed", "sexual",
      "приходить|приходив|лягає|лягав|лізе|заходить", "в ліжко|до мене в ліжко|у ліжко|в моє ліжко|до мого ліжка"
      "|в постель|ко мне в кровать", gap=3),
    P("uk.violence.locked_in", "violence",
      "мене|нас|меня", "~замика*|замкнув|замкнула|замкнули|закрив|закрила|закрили|закриває|закривають|зачиня*"
      "|зачинив*|запирают|запер|заперли", gap=2, unless="двері|вікно|ключ*|магазин*|школ*"),
    P("uk.violence.locks_me_in", "violence",
      "~замика*|замкнув|замкнула|замкнули|закрив|закрила|закрили|закриває|закривають|зачиня*|зачинив*|запер|заперли",
      "мене|нас|меня", gap=2, unless="двері|вікно|ключ*|магазин*|школ*"),
    P("uk.neglect.no_food", "neglect",
      "нема|немає|нема що|нічого|не дають|не дає|ніхто не дає|нечего|нет", "їсти|їжі|поїсти|що їсти|еды|поесть|кушать",
      gap=2, negatable=False, unless="цукерк*|солодк*|чипс*|шоколад*|морозиво|торт*|пізно|на ніч"),
    P("uk.neglect.not_eaten", "neglect",
      "нічого не їв|нічого не їла|нічого не їли|не їв з|не їла з|не їли з|не їв два|не їла два|не їли два"
      "|не ел|ничего не ел|ничего не ела", negatable=False),
    P("uk.neglect.hungry_long", "neglect",
      "~голодн*", "з учора|з вчора|з ранку|весь час|постійно|завжди|цілий день|вже два|вже день|другий день", gap=3),
    P("uk.neglect.left_alone", "neglect",
      "~залишає|залишила|залишив|залишають|залишили|лишає|лишила|лишили|кидає|кинула|кинув|оставляет",
      "самих|саму|самого|одну|одного|самі|одних", gap=2, unless="спокої|в спокої"),
    P("uk.neglect.drunk", "neglect", UK_PERSON, "~п'яний|п'яна|п'яні|бухає|бухий|бухая|під кайфом|обдовбан*|пьяный"
      "|пьяная|пьет|наркоман*|нарик", gap=3),
    P("uk.neglect.nobody_home", "neglect",
      "~нікого нема|нікого немає|нікого не було|никого нет|нема нікого|немає нікого", negatable=False,
      unless="хаха|класно|в школі|в класі|на уроці|в чаті|онлайн|на вулиці|в парку|кращ*|ліпш*|як"),
    P("uk.neglect.no_care", "neglect",
      "~нема чистого одягу|немає чистого одягу|ніхто не пере|ніхто про мене не дбає|ніхто не дбає|нікому я не потрібен"
      "|нікому я не потрібна|брудний одяг", negatable=False),
    P("uk.fear.scared_home", "fear",
      "~боюсь|боюся|страшно|боїмося|лякає|боюс|боимся|страшно мені|боюсь я",
      "йти додому|іти додому|повертатися додому|повертатись додому|додому|вдома|тата|батька|вітчима|мами|матері"
      "|його|її|чоловіка|за своє життя|за життя|за дітей|домой|отца|отчима", gap=2),
    P("uk.fear.not_safe", "fear",
      "не почуваюсь|не почуваюся|не відчуваю себе|не відчуваю|не чувствую себя", "в безпеці|у безпеці|безпечно"
      "|в безопасности", gap=2, negatable=False),
    P("uk.fear.unsafe", "fear", "небезпечно|опасно", "вдома|з ним|з нею|дома|тут|з ними", gap=2),
    P("uk.fear.unsafe_with", "fear", "вдома|з ним|з нею|дома|з ними|мені", "небезпечно|опасно", gap=2),
    P("uk.self_harm.want_to_die", "self_harm",
      "хочу|хочеться|хотів би|хотіла б|мрію|хочется",
      "~померти|вмерти|помирати|вбити себе|покінчити|повіситися|зникнути назавжди|не жити|не прокидатися"
      "|не прокинутися|умереть|сдохнуть|здохнути", gap=2),
    P("uk.self_harm.not_live", "self_harm", "не хочу|не хочется", "жити|більше жити|далі жити|жити більше|жить", gap=1,
      negatable=False),
    P("uk.self_harm.suicide", "self_harm",
      "~самогубств*|суїцид*|покінчити з собою|вб'ю себе|вбити себе|накласти на себе руки|суицид*|самоубийств*"
      "|покончить с собой"),
    P("uk.self_harm.better_without_me", "self_harm", "краще|легше|лучше", "без мене|без меня", gap=3, negatable=False),
    P("uk.self_harm.not_wake_up", "self_harm",
      "~заснути|заснуть|заснути б|уснути", "не прокинутись|не прокинутися|не прокидатися|не проснуться|і не прокинутись"
      "|більше не прокинутися", gap=2, negatable=False),
    P("uk.self_harm.no_point", "self_harm",
      "~немає сенсу жити|нема сенсу жити|жити немає сенсу|жити нема сенсу|нема для чого жити|втомилась жити"
      "|втомився жити|набридло жити|нет смысла жить|устал жить|устала жить", negatable=False),
    P("uk.domestic_abuse.controls_money", "domestic_abuse", "чоловік|партнер|хлопець|муж",
      "~контролює|перевіряє|забирає|забрав|читає|стежить", "телефон|гроші|картку|повідомлення|мене", gap=3),
    P("uk.self_harm.under_a_car", "self_harm",
      "~кинутися під|кинутись під|стрибнути з|стрибнути під|кинутися з|броситься под|покінч* з собою|покинчу з собою"),
    P("uk.self_harm.cutting", "self_harm",
      "~ріжу|різала|порізала|порізав|порізати|ріжусь|різати|різав|режу|порезала",
      "себе|руки|руку|вени|ноги|собі|стегна", gap=2,
      unless="палець|ножем на кухні|готувала|готував|хліб|випадково|папером|овочі|ковбасу"),
    P("uk.self_harm.harm_self", "self_harm",
      "~шкоджу собі|шкодити собі|завдаю собі болю|самоушкодж*|селфхарм|роблю собі боляче|б'ю себе|бю себе"
      "|причиняю себе боль"),
    P("uk.help.help", "help",
      "допоможіть|допоможи|допоможи мені|допоможіть мені|рятуйте|врятуйте|допомога|на допомогу|поможіть|помогите"
      "|спасите|помоги|допоможіть будь ласка", whole=True),
    P("uk.help.help_please", "help", "~допоможіть|допоможи|рятуйте|помогите|поможіть|врятуйте",
      "будь ласка|мені|нам|пожалуйста|мне|нас", gap=1, unless="домашк*|урок*|математ*|завдання"),
    P("uk.help.need_help", "help", "потрібна|треба|потребую|нужна", "допомога|допомоги|помощь", gap=2,
      unless="домашк*|урок*|математ*|завдання|проект*|контрольн*"),
    P("uk.help.please_help", "help", "будь ласка|благаю|пожалуйста|рятуйте", "~допоможи*|рятуй*|помоги*|поможи*", gap=2,
      unless="домашк*|урок*|математ*|завдання"),
    P("uk.domestic_abuse.partner_hits", "domestic_abuse", "чоловік|партнер|колишній|хлопець|муж|співмешканець",
      "~" + UK_HIT, gap=3, unless=UK_GAMES),
    P("uk.domestic_abuse.controls", "domestic_abuse",
      "не випускає|не пускає|не дає|не выпускает", "з дому|з хати|з квартири|из дома|нікуди без нього"
      "|бачитися з родиною|бачитись з родиною|бачити рідних|спілкуватися з родиною|з рідними|бачитися з батьками"
      "|бачитися з мамою", gap=2, negatable=False),
    P("uk.threats.threatens", "threats", "~погрож*|залякує|залякув*|шантаж*|угрожает|угрожают|угрожал"),
    P("uk.threats.made_to_sell", "threats",
      "змушують|змушує|змусили|кажуть|заставляють|заставляют", "~продавати|возити|носити|передавати|ховати|розносити",
      "наркот*|закладк*|пакунк*|травк*|траву|таблетки|товар", gap=3),
    P("uk.threats.drug_drops", "threats", "~закладк*|закладчик*|кладмен*"),
    P("uk.sexual.secret", "sexual",
      "чувак|чоловік|дядько|хлопець|хтось|снеп*|інст*|тікток*|інтернет*|онлайн|гри|дискорд*|роблокс*|старший",
      "~нікому не казати|нікому не кажи|не кажи нікому|наш секрет|наша таємниця|не кажи батькам|не кажи мамі"
      "|никому не говори|нікому не розповідай", gap=12, negatable=False),
    P("uk.threats.given_to_sell", "threats",
      "товар|наркот*|закладк*|траву|таблетки|пакунки", "~продавати|продати|на продаж|розносити|сховати", gap=3),
    P("uk.threats.debt", "threats",
      "~винен|винна|борг|боргу", "знайдуть|дістануть|приб'ють|виб'ють|поб'ють|вб'ють|найдут", gap=6),
    P("uk.sexual.shows_me", "sexual",
      "показує|показував|надсилає|надіслав|кидає|скидає", "~відео для дорослих|порно*|фото свого|інтимні|свій"
      "|видео для взрослых", gap=2),
    P("uk.sexual.kisses_by_force", "sexual", "~цілує|цілував|цілувати|поцілував|целует", "силою|насильно|проти волі"
      "|в губи|против воли", gap=2),
    P("uk.neglect.no_heating", "neglect",
      "нема|немає|без|відключили|нет", "світла|опалення|газу|тепла|гарячої води|электричества|отопления", gap=1,
      negatable=False),
    P("uk.fear.not_going_back", "fear",
      "не хочу повертатися|не хочу повертатись|не хочу йти|не хочу вертатися|не хочу додому|не хочу возвращаться",
      "до тата|додому|до мами|до нього|до них|туди|домой|до вітчима", gap=1, negatable=False,
      unless="школ*|урок*|нудно|вечірк*"),
    P("uk.threats.stalked", "threats",
      "~переслідує|переслідують|стежить за мною|за мною стежить|слідкує за мною|ходить за мною|знає де я живу"
      "|знаю де ти живеш|знає мою адресу|следит за мной"),
    P("uk.violence.gives_slaps", "violence", "дає|дав|дала|дають|давав|давала",
      "~ляпаси|ляпаса|потиличники|підзатильники|стусани|копняки|запотиличники", gap=1, unless=UK_GAMES),
    P("uk.violence.bruises", "violence", "~синці|синяки|синяк|синець", "від|бо|після|через", gap=2,
      unless=UK_GAMES + "|впав|впала|велосипед*|тренуванн*|самокат*|фізкультур*"),
    P("uk.violence.by_the_hair", "violence", "~тягне|тягав|смикає|смикав|таскає|таскав|тягала|смикала",
      "за волосся|за вухо|за руку|за волосы", gap=2),
    P("uk.violence.hurts_me", "violence", "робить|зробив|зробила|роблять|робив", "мені боляче|боляче|больно|нам боляче",
      gap=1, unless="зуб*|живіт|голова|укол*|лікар*"),
    P("uk.sexual.makes_me_touch", "sexual", "змушує|змусив|каже|заставляє|змушував|просить",
      "~торкатися|торкатись|трогать|чіпати його", gap=3),
    P("uk.sexual.under_clothes", "sexual", "руку|рукою|руки|руками", "~під одяг|в труси|під футболку|під ковдру"
      "|в штани|під спідницю", gap=2),
    P("uk.sexual.does_things", "sexual", "робить зі мною|робив зі мною|робить мені|робив мені",
      "~погані речі|дивні речі|неприємні речі|щось погане|такі речі", gap=2),
    P("uk.sexual.online_meet", "sexual",
      "з інтернету|з гри|з інсти|з тіктоку|зі снепу|онлайн|дорослий|старший|в інтернеті|в грі|з дискорду",
      "~хоче зустрітися|хоче зустрітись|зустрінемося|приїде за мною|хоче побачитися|хоче зустрічі", gap=10),
    P("uk.threats.post_pictures", "threats", "~викладе|розішле|покаже|опублікує|виставить|скине|розкидає",
      "фото|фотки|відео|мої фото|мої фотки", gap=3, unless="свят*|класу|школ*|відпочин*"),
    P("uk.violence.not_let_out", "violence", "не випускає|не випускають|не випускали|не випускав",
      "з кімнати|з підвалу|з ванної|з дому|з квартири", gap=2, negatable=False, unless="покаран*|хвор*|дощ*"),
    P("uk.neglect.hungry_to_bed", "neglect", "спати|в школу|до школи", "~голодн*", gap=2),
    P("uk.neglect.empty_fridge", "neglect", "холодильник|холодильнику", "порожній|пусто|нічого нема|нічого немає|пустий",
      gap=2, negatable=False),
    P("uk.neglect.not_back", "neglect",
      "~не повернулась|не повернувся|не приходить|не прийшла|не прийшов|не повернулися|не повернулася",
      "з учора|з вчора|два дні|вже день|всю ніч|з пятниці|тиждень|кілька днів|з суботи|з неділі", gap=2,
      negatable=False),
    P("uk.fear.frightens", "fear", "тато|батько|вітчим|мама|він|вона|вони|чоловік|дядько|партнер",
      "~лякає мене|мене лякає|залякує|мене лякають", gap=2, unless="фільм*|гра|грі|хаха"),
    P("uk.self_harm.think_of_death", "self_harm", "думаю про|думаю|думки про|постійно думаю про",
      "~смерть|самогубство|суїцид|як померти", gap=1),
    P("uk.self_harm.disappear", "self_harm", "хочу|хочеться|хотілося б", "~зникнути|исчезнуть", gap=1,
      unless="з уроку|з уроків|зі школи|з цієї вечірки"),
    P("uk.self_harm.overdose", "self_harm", "випила|випив|наковталась|наковтався|прийняла|прийняв|вип'ю|наїстися",
      "~всі таблетки|багато таблеток|пачку таблеток|упаковку таблеток", gap=2),
    P("uk.self_harm.overdose_word", "self_harm", "~передозув*|передоз*"),
    P("uk.self_harm.burn_self", "self_harm",
      "~обпікаю себе|припікаю себе|б'юся головою|дряпаю себе до крові|кусаю себе|бю себе"),
    P("uk.help.call_police", "help", "викличте|подзвоніть|зателефонуйте|вызовите", "поліцію|в поліцію|швидку|112|999"
      "|полицию", gap=2),
    P("uk.domestic_abuse.money", "domestic_abuse", "чоловік|партнер|муж",
      "~не дає грошей|забирає гроші|забирає зарплату|ізолює мене|не дає мені грошей|мене принижує|принижує мене"
      "|ображає мене|мене ображає|обзиває мене|мене обзиває", gap=4),
    P("uk.self_harm.a_burden", "self_harm", "~я тягар|я для всіх тягар|я тільки заважаю|я всім заважаю"),
    P("uk.running_away.ran_away", "running_away",
      "~втік|втекла|втечу|тікаю|втекти|утік|утекла|втекли|сбежал|сбежала",
      "з дому|від батьків|з інтернату|з хати|из дома", gap=2, unless="собака|пес|кіт|кішка|котик|хом'як|повернулася|повернувся|повернулись"),
    P("uk.running_away.sleep_out", "running_away",
      "ночую|ночував|ночувала|спав|спала|сплю", "на вулиці|в парку|у чужих|у незнайомця|на вокзалі", gap=2),
)

# ======================================================================================================
# Arabic (العربية), with Arabizi
# ======================================================================================================

AR_HIT_ME = (
    "يضربني|ضربني|ضربتني|ضربوني|تضربني|يضربوني|يضربونا|يضربنا|تضربنا|ضربونا|يطقني|طقني|يطقوني|تطقني|يبسطني"
    "|يعذبني|عذبني|يؤذيني|آذاني|اذاني|يعنفني|عنفني|يلطشني|لطشني|يرفسني|رفسني|يكفخني|كفخني|يصفعني|صفعني|صفعتني"
    "|يلطمني|لطمني|خنقني|يخنقني|تخنقني|خنقتني|دفشني|يدفشني|يزقني|زقني|ركلني|يركلني|حرقني|يحرقني|يكويني|كواني"
    "|عضني|يعضني|قرصني|يقرصني|يدفعني|دفعني|يهينني|يشدني من شعري|سحبني من شعري|يجرني|جرني|يضربوننا"
    "|drabni|darabni|bidrabni|byedrabni|yedrabni|yidrabni|bedrabni|ydrobni|yudrubni|darbni|yedrbni|darabatni"
    "|drabatni|drbni|bye2tlni|bitu2ni|yetoqni|ytogni|dorbni"
)
AR_HIT = "يضرب|ضرب|ضربت|يضربو|تضرب|طق|يطق|ضربو|ضربوا|يضربون|عم يضرب|يعنف|يعذب|يؤذي|خنق|يخنق|دفش|يدفش|زق|يزق|رفس|يرفس"
AR_VICTIM = (
    "ماما|امي|اختي|اخوي|اخي|اخويا|ابني|بنتي|ولدي|اولادي|الاولاد|الاطفال|اطفالي|البيبي|الطفل|عيالي|العيال|زوجتي"
    "|مرتي|الصغير|الصغيره|ابنتي|بنتي الصغيره|ابني الصغير|ولادي|امك|اخواني|اخواتي"
)
AR_GAMES = "الكره|كره|كورة|هدف|قلبي|الشمس|بالغلط|بالخطا|مزح|مزاح|لعب|نلعب|العب|بلايستيشن|فيفا|جدول|هههه|ههه"
AR_PERSON = (
    "ابوي|ابي|بابا|امي|ماما|زوج امي|زوجي|جوزي|هو|هي|اهلي|ابويا|امي|اخوي|زوجة ابوي|مرت ابوي|عمي|خالي|رجلي"
)
AR_PATTERNS: tuple[Pattern, ...] = (
    P("ar.violence.hits_me", "violence", "~" + AR_HIT_ME, unless=AR_GAMES),
    P("ar.violence.hits_someone", "violence", "~" + AR_HIT, AR_VICTIM, gap=1, unless=AR_GAMES),
    P("ar.violence.beaten", "violence", "~انضرب|انضربت|بنضرب|يتضرب|اتضربت|ضرب مبرح|تعنيف", unless=AR_GAMES),
    P("ar.sexual.touches", "sexual",
      "~يلمسني|لمسني|تلمسني|يلمسوني|يتلمسني|يتحسسني|يحسس علي|يتحرش|تحرش*|يتحرشو|اغتصب*|اغتصاب|اعتدى علي"
      "|يعتدي علي|يبوسني غصب|بيلمسني|yilmesni|byilmesni|lamasni|yet7arash|ta7arosh|t7arosh",
      unless="الكره|كره|بالغلط"),
    P("ar.sexual.undress", "sexual",
      "طلب|يطلب|بدو|بده|يبيني|يبغاني|يخليني|يجبرني|اجبرني|قال|قلي|يقول|خلاني|عايزني|بيخليني",
      "~اخلع|اشلح|اقلع|انزع|اقلع|اخلع|اقلع", "ملابسي|هدومي|اواعيي|ثيابي|ملابس|هدوم|تيابي|اواعي", gap=3),
    P("ar.sexual.naked_pictures", "sexual",
      "صور|صوره|صوري|فيديو|فيديوهات|سور|nudes", "~بدون ملابس|عاريه|عاري|عريانه|عريان|بلا ملابس|بدون هدوم|خاصه|سكسي"
      "|بدون اواعي|ملط", gap=3),
    P("ar.sexual.in_my_bed", "sexual",
      "يجي|بيجي|يدخل|بيدخل|ينام|يتسلل|دخل", "سريري|على سريري|فراشي|تختي|بفرشتي|لسريري|لغرفتي بالليل", gap=2),
    P("ar.violence.locked_in", "violence",
      "~حبسني|يحبسني|حبسوني|يحبسوني|قفلني|يقفلني|قفلوني|يقفلوني|يقفلون علي|قفلو علي|قفلوا علي|يسكرون علي|يقفل علي"
      "|قفل علي|حبس|محبوس|محبوسه|محبوسين|مقفول علي|7abasni|2afalo 3alay|2afal 3alay|m7bous"),
    P("ar.neglect.no_food", "neglect",
      "ما في|مافي|مفيش|ما فيه|مافيه|ما عندنا|ماعندنا|لا يوجد|ما عنا|معندناش|مافيش|ما في شي|مافي شي|ma fi|mafi|mafish",
      "اكل|طعام|شي ناكل|شي اكله|ناكل|اكل بالبيت|akl|2akl|shi nakol|akel", gap=2, negatable=False),
    P("ar.neglect.nobody_feeds", "neglect",
      "محد|ما حد|ماحد|لا احد|ولا حدا|ما حدا|ماحدا|مش", "~يعطيني|يطعمني|يطبخ|يعطينا|يطعمنا|يطبخلي|يطبخلنا",
      gap=2, negatable=False),
    P("ar.neglect.not_eaten", "neglect",
      "ما اكلت|ما كلت|ماكلت|لم اكل|ما اكلنا|ماكلنا|ما اكلتش|مكلتش|ma akalt|ma kalt",
      "من امس|من يومين|من الصبح|من الصباح|من زمان|اليوم كله|شي|من مبارح|mn embare7|mn ams", gap=2, negatable=False),
    P("ar.neglect.hungry_long", "neglect",
      "~جوعان|جوعانه|جيعان|جعان|جعانه|جوعانين", "دايما|دائما|كل يوم|من امس|طول الوقت|من يومين|من مبارح", gap=3),
    P("ar.neglect.left_alone", "neglect",
      "~تتركنا|يتركنا|تتركني|يتركني|بيتركونا|تخلينا|يخلونا|خلتنا|تركتنا|تركونا|يتركونا|تتركنا|بتتركنا|بتتركني"
      "|تركوني|تركني|تركتني",
      "لحالنا|لحالي|وحدنا|وحدي|بروحنا|بروحي|لوحدنا|لوحدي", gap=1),
    P("ar.neglect.drunk", "neglect", AR_PERSON,
      "~سكران|سكرانه|سكرانين|مدمن|مدمنه|يتعاطى|متعاطي|مسطول|مسطوله|محشش|محششه|بيسكر|يسكر", gap=3),
    P("ar.neglect.nobody_home", "neglect",
      "~ما في حدا|مافي حدا|ما في احد|مافي احد|ما فيه احد|مافيه احد|محد|ما حدا|mafi 7ada|ma fi 7ada",
      "بالبيت|البيت|في البيت|بالدار|bl bet|bel bet", gap=2, negatable=False,
      unless="بالمدرسه|المدرسه|بالصف|ههه|هههه|يضربني|يعطيني|احسن|افضل|مثل|زي|احلى"),
    P("ar.neglect.no_care", "neglect",
      "محد|ما حد|ماحد|ما حدا|ولا حدا|محدا|ولا احد", "~يهتم|بيهتم|يسال عني|يدير بالو|يهتمون|يهتم فيني|يهتم فينا",
      gap=2, negatable=False),
    P("ar.fear.scared_home", "fear",
      "~خايف|خايفه|خائف|اخاف|بخاف|خوفان|مرعوب|مرعوبه|خايفين|خايفة|5ayef|5ayfe|5ayfa|khayef|khayfe|khayfa|5aifa"
      "|5ayif|b5af|bkhaf",
      "ارجع|اروح|للبيت|البيت|بيت|عالبيت|من ابوي|من ابي|من بابا|من امي|من ماما|من زوجي|منه|منها|من جوزي"
      "|من زوج امي|على حياتي|على ولادي|على اطفالي|arja3|arou7|rou7|3al bet|al bet|lal bet|el bet|mn baba|mn abouy"
      "|minno|menno", gap=2),
    P("ar.fear.not_safe", "fear",
      "ما|مش|مو|لا|ما بحس|مش حاسس|مش حاسه|مو حاس|مو حاسه|ما احس", "بامان|امان|امن|امنه|امنين|بالامان", gap=3,
      negatable=False),
    P("ar.self_harm.want_to_die", "self_harm",
      "بدي|ابي|ابغى|اريد|عايز|عايزه|نفسي|اتمنى|ودي|حابب|بغيت|بدي|بغيت|bade|bdi|baddi|bedi|badi|abi|ayez|3ayez"
      "|3ayza|biddi",
      "~اموت|موت|انتحر|اقتل نفسي|انهي حياتي|اختفي للابد|mout|mot|amout|amoot|moot|amot", gap=2,
      unless="من الضحك|ضحك|هههه|اشوف|اشوفك|اروح"),
    P("ar.self_harm.not_live", "self_harm",
      "ما بدي|مابدي|ما ابي|ما ابغى|لا اريد|مش عايز|مش عايزه|ماابي|ما بدي|ma bade|mabade",
      "عيش|اعيش|احيا|اكمل|ا3يش|3ish|3eesh", gap=2, negatable=False),
    P("ar.self_harm.suicide", "self_harm",
      "~انتحر*|نتحر*|ينتحر*|الانتحار|اقتل نفسي|اموت نفسي|اذبح نفسي|انهي حياتي|ntehar|intahar|ente7*|nte7*"
      "|inte7*|enteh*|inteh*|ارمي نفسي|ارمي حالي|برمي حالي|برمي نفسي"),
    P("ar.self_harm.better_without_me", "self_harm",
      "احسن|افضل|ارتاح|يرتاحو|بيرتاحو", "بدوني|من دوني|لو مت|لو متت|مني|بلاي", gap=3, negatable=False),
    P("ar.self_harm.not_wake_up", "self_harm",
      "~نام|انام|انام للابد", "وما اصحى|ما اصحى|ما اصحا|وما اقوم|ما اقوم|ما افيق|وما افيق|وما اصحا|للابد", gap=2,
      negatable=False),
    P("ar.self_harm.tired_of_life", "self_harm",
      "~تعبت|زهقت|مليت|طفشت|كرهت|قرفت|ta3bt|zh2t", "من الحياه|الحياه|من حياتي|حياتي|من العيشه|العيشه|el 7aya|l7aya",
      gap=1),
    P("ar.domestic_abuse.controls_money", "domestic_abuse", "زوجي|جوزي|رجلي",
      "~يتحكم|يراقب|ياخذ|اخذ|بياخذ|رح ياخذ|باخذ|يفتش", "جوالي|بجوالي|فلوسي|تلفوني|موبايلي|فيني|في", gap=3),
    P("ar.domestic_abuse.take_children", "domestic_abuse", "ياخذ|باخذ|رح ياخذ|بياخذ|ياخذهم|اخذ|حياخد|هياخد",
      "~الاولاد مني|ولادي مني|اولادي مني|الاولاد ويسافر|مني الاولاد|مني ولادي|الاطفال مني|العيال مني|الولاد مني",
      gap=2),
    P("ar.domestic_abuse.insults", "domestic_abuse", "~يسبني|يشتمني|يهينني|بيسبني|سبني|شتمني|يذلني|بيهينني|يعايرني"),
    P("ar.self_harm.cutting", "self_harm",
      "~اجرح|جرحت|جرح|اقطع|قطعت|اذي|اذيت|اؤذي|احرق|حرقت|اضرب",
      "نفسي|حالي|روحي|يدي|ايدي|ذراعي|معصمي|7ali|nafsi", gap=1),
    P("ar.self_harm.harm_self", "self_harm", "~ايذاء النفس|ايذا النفس|اذيه النفس|اذى النفس|جرح نفسي|اجرح حالي"),
    P("ar.help.help", "help",
      "ساعدوني|ساعدني|النجده|الحقوني|الحقني|انقذوني|انقذني|ساعدوني بليز|مساعده|ساعدوني ارجوكم|ارجوك ساعدني"
      "|sa3douni|sa3edni|sa3idni|sa3dni|el7a2ouni|il7a2ouni|sa3dooni", whole=True),
    P("ar.help.need_help", "help", "احتاج|محتاج|محتاجه|بحتاج|بدي|ابي|ابغى|نحتاج", "مساعده|مساعدتك|مساعدتكم|حدا يساعدني"
      "|احد يساعدني", gap=2, unless="الواجب|واجب|الرياضيات|درس|الدرس|المدرسه|واجبات|مشروع|الواجبات"),
    P("ar.help.save_me", "help",
      "~ساعدوني|انقذوني|الحقوني|انقذني|ساعدني الله يخليك|ساعدوني الله يخليكم|sa3douni",
      unless="الواجب|واجب|الرياضيات|درس|الدرس|واجبات|مشروع|بالواجب"),
    P("ar.domestic_abuse.partner_hits", "domestic_abuse", "زوجي|جوزي|رجلي|خطيبي|طليقي|زوجي السابق",
      "~" + AR_HIT_ME + "|" + AR_HIT, gap=3, unless=AR_GAMES),
    P("ar.domestic_abuse.controls", "domestic_abuse",
      "ما يخليني|مايخليني|ما بيخليني|يمنعني|منعني|ما يسمح لي|ما بيسمحلي|ما يخلينا|مش مخليني",
      "اطلع من البيت|اطلع من الدار|اشوف اهلي|اكلم اهلي|اتصل باهلي|اطلع لحالي|اروح عند اهلي", gap=2, negatable=False),
    P("ar.threats.threatens", "threats", "~يهدد*|هددني|هددنا|هددوني|هددها|هدده|تهدد*|تهديد*|بيهدد*|يتوعد*|توعد*"),
    P("ar.threats.made_to_sell", "threats",
      "يجبروني|يخلوني|اجبروني|خلوني|يطلبو مني|طلبوا مني|يبوني", "~ابيع|اوصل|احمل|اخبي|انقل|اوزع|اودي",
      "مخدرات|حشيش|حبوب|باكيت|اغراض|شنط|بودره|مخدر", gap=3),
    P("ar.sexual.secret", "sexual",
      "سناب|انستا|تيك توك|النت|اونلاين|واحد|رجال|رجل|شب|snap|insta|ديسكورد|روبلوكس|اللعبه",
      "~لا تقولي لاحد|لا تقول لاحد|لا تخبري احد|لا تقولي لحدا|ما تقولي لحدا|سر بيننا|سرنا|لا تقولي لاهلك"
      "|متقوليش لحد|لا تقول لحدا|ما تقول لحدا|لا تقول لاهلك", gap=12, negatable=False),
    P("ar.threats.given_to_sell", "threats",
      "اغراض|مخدرات|حشيش|حبوب|بودره|باكيتات|شنط", "~ابيعها|ابيعه|ابيع|ابيعهم|اوصلها|اوزعها|اخبيها|اوصلهم", gap=2),
    P("ar.threats.debt", "threats",
      "~مديون|مديونه|دين|فلوس", "يلاقوني|يلقوني|يدوروا علي|يذبحوني|يقتلوني|يضربوني|بيلاقوني|يلاقوني", gap=6),
    P("ar.sexual.shows_me", "sexual",
      "يوريني|وراني|يفرجني|فرجني|يبعتلي|بعتلي|يرسلي|ارسلي|يبعثلي|بيوريني|بيبعتلي",
      "~فيديوهات للكبار|افلام للكبار|سكس|اباحي*|افلام اباحيه|فيديوهات سكس|صوره عاري|صور عاريه|صور خاصه", gap=2),
    P("ar.sexual.porn", "sexual", "~اباحي*|بورن*"),
    P("ar.sexual.kisses_by_force", "sexual", "~يبوسني|باسني|بيبوسني|يقبلني|قبلني|يبوسني",
      "غصب|غصبا|بالقوه|بالغصب|غصب عني|وانا ما بدي", gap=2),
    P("ar.neglect.no_heating", "neglect",
      "ما في|مافي|ما عنا|ما عندنا|مقطوعه|مقطوع|قطعوا|بلا|بدون", "كهربا|كهرباء|تدفئه|غاز|مي سخنه|كهربه|ميه سخنه|دفايه",
      gap=2, negatable=False),
    P("ar.fear.not_going_back", "fear",
      "ما بدي ارجع|ما ابي ارجع|ما ابغى ارجع|مش عايز ارجع|مش عايزه ارجع|ما بدي روح|مابدي ارجع|ما ابي اروح",
      "عند ابوي|عند امي|عالبيت|للبيت|البيت|عندهم|عنده|لعندهم|لابوي|لبابا", gap=1, negatable=False,
      unless="المدرسه|الدوام|ملل|زهق|الحفله"),
    P("ar.threats.stalked", "threats",
      "~يلاحقني|لاحقني|بيلاحقني|يتبعني|يراقبني|بيراقبني|يلحقني|بيعرف وين ساكنه|بيعرف وين ساكن|يعرف وين ساكنه"
      "|يعرف وين ساكن|يعرف بيتي|بعرف وين ساكنه|بيعرف بيتي"),
    P("ar.violence.raises_hand", "violence",
      "~يمد ايده علي|يمد يده علي|مد ايده علي|مد يده علي|يمد ايدو علي|مد ايدو علي|يشد شعري|شد شعري|يسحب شعري"
      "|سحب شعري", unless=AR_GAMES),
    P("ar.violence.bruises", "violence", "~كدمات|كدمه|زرقه|زرقات|علامات ضرب", "من|بسبب|لانه", gap=2,
      unless=AR_GAMES + "|وقعت|طحت|الدراجه|السكيت|التمرين"),
    P("ar.sexual.makes_me_touch", "sexual", "يخليني|يجبرني|خلاني|اجبرني|بده ياني|بدو ياني|يطلب مني",
      "~المسه|امسكه|ابوسه|المس", gap=2),
    P("ar.sexual.under_clothes", "sexual", "ايده|يده|ايدو|اديه|ايدينه",
      "~تحت ملابسي|تحت تيابي|على جسمي|بين رجلي|على صدري|تحت هدومي|تحت البطانيه", gap=2),
    P("ar.sexual.does_things", "sexual", "يسوي فيني|يسوي معي|بيعمل معي|يعمل فيا|بيعمل فيني|سوى فيني|عمل فيني",
      "~اشياء|شي|حاجات|اشيا", gap=2),
    P("ar.sexual.online_meet", "sexual",
      "من النت|من الانترنت|من اللعبه|من انستا|من سناب|من تيك توك|اونلاين|كبير|اكبر مني|بالنت|باللعبه",
      "~يبي يقابلني|بده يقابلني|يبغى يشوفني|بده يشوفني|نتقابل|يجي ياخذني|عايز يقابلني|بدو يشوفني|بدو يقابلني",
      gap=10),
    P("ar.threats.post_pictures", "threats", "~ينشر|بينشر|رح ينشر|بيبعت|رح يبعت|ينزل|يفضحني",
      "صوري|الصور|الفيديو|صوري لاهلي|فيديوهاتي", gap=3),
    P("ar.threats.shame", "threats", "~يفضحني|بيفضحني|رح يفضحني|فضحني|بفضحك|رح افضحك"),
    P("ar.neglect.empty_fridge", "neglect", "الثلاجه|ثلاجه|البراد|براد|التلاجه", "فاضيه|فاضي|ما فيها|مافيها", gap=2,
      negatable=False),
    P("ar.neglect.hungry_to_bed", "neglect", "بنام|انام|نمت|نروح المدرسه|رحت المدرسه|ننام",
      "~جوعان|جوعانه|جعان|جيعان|جوعانين", gap=1),
    P("ar.neglect.not_back", "neglect", "~ما رجعت|ما رجع|ما اجت|ما اجا|ما رجعوا|ما جت|ما جا|لسه ما رجعت",
      "من امس|من يومين|من مبارح|كل الليل|من الجمعه|من اسبوع|من ثلاث ايام", gap=2, negatable=False),
    P("ar.fear.frightens", "fear", AR_PERSON, "~يخوفني|بيخوفني|يرعبني|بيرعبني|تخوفني|يخوفوني|تخوفنا|يخوفنا", gap=2,
      unless="فيلم|الفيلم|لعبه|اللعبه|هههه|ههه"),
    P("ar.self_harm.think_of_death", "self_harm", "افكر|بفكر|افكر في|بفكر ب|دايما افكر",
      "~الموت|بالموت|بالانتحار|اموت|اني اموت", gap=1),
    P("ar.self_harm.disappear", "self_harm", "بدي|ابي|ابغى|نفسي|اريد|عايز|عايزه", "~اختفي|اختفي للابد", gap=1,
      unless="من المدرسه|من الحصه|من الحفله"),
    P("ar.self_harm.overdose", "self_harm", "اخذت|بلعت|شربت|باخذ|ببلع|رح اخذ|رح ابلع",
      "~كل الحبوب|حبوب كثير|علبه حبوب|كل الدوا|الحبوب كلها|علبه دوا", gap=2),
    P("ar.self_harm.end_life", "self_harm", "~اخلص من حياتي|اخلص حياتي|ارتاح من الدنيا|اضرب راسي|بضرب راسي"
      "|اخبط راسي|ارتاح من هالحياه"),
    P("ar.help.call_police", "help", "اتصلوا|اتصل|كلموا|اطلبوا|اتصلي", "بالشرطه|الشرطه|الاسعاف|بالاسعاف|999|112",
      gap=2),
    P("ar.domestic_abuse.money", "domestic_abuse", "زوجي|جوزي|رجلي",
      "~ما يعطيني فلوس|ما بيعطيني مصاري|ياخذ راتبي|ياخذ فلوسي|يحبسني بالبيت|ما يخليني اشتغل|ما يعطيني مصروف",
      gap=4),
    P("ar.self_harm.a_burden", "self_harm", "~انا عبء|انا عبئ|عبء على|انا عاله|انا حمل عليهم"),
    P("ar.running_away.ran_away", "running_away",
      "~هربت|بهرب|رح اهرب|ابي اهرب|هرب|اهرب|بدي اهرب|شردت|بشرد|7arabt|bahrob",
      "من البيت|من الدار|من اهلي|من البيت للابد|min el bet|mn l bet|mn al bet", gap=1, unless="الكلب|القطه|البسه|القط|كلبي|قطتي|رجع|رجعت"),
    P("ar.running_away.sleep_out", "running_away",
      "نمت|بنام|انام|نايم|نايمه", "بالشارع|في الشارع|بالحديقه|بالمحطه|عند واحد ما بعرفه|برا البيت", gap=1),
)

# ======================================================================================================
# Urdu (اردو), with Roman Urdu
# ======================================================================================================

UR_HIT = (
    "مارتا|مارتی|مارتے|مارا|ماری|مارے|مارنا|پیٹتا|پیٹتی|پیٹتے|پیٹا|پیٹی|پیٹے|پیٹنا|پٹائی|جلاتا|جلاتی|جلایا"
    "|گلا دبایا|گلا دباتا|گلا دباتی|دھکا دیا|دھکے دیتا|دھکیلا|تشدد کرتا|تشدد کرتی|تشدد کرتے|مارپیٹ|مار پیٹ"
    "|maarta|maarti|maarte|marta|marti|marte|mara|maara|maari|marty|martay|maartay|peet|peeta|peeti|peete|peettay|peetna|pitai|piti|peetai"
    "|jalata|galaa dabaya|gala dabaya|dhakka diya|tashaddud"
)
UR_ME = (
    "مجھے|ہمیں|مجھ کو|امی کو|ماما کو|بہن کو|بھائی کو|بچوں کو|بیٹے کو|بیٹی کو|بچے کو|اس کو|انہیں|ہم کو|میرے بیٹے کو"
    "|میری بیٹی کو|میرے بچوں کو|اسے|چھوٹے کو|چھوٹی کو|بڑے کو|chote ko|choti ko|mujhe|mujhay|muje|mjhe|mje|hume|humein|hamein|hamen|ammi ko|behen ko|bhai ko"
    "|bachon ko|bete ko|beti ko|usko|usay|mujh ko|bachay ko|bache ko|mama ko"
)
UR_GAMES = "گیند|بال|فٹ بال|کرکٹ|گول|مچھر|ball|football|cricket|goal|machar|مکھی|makhi|هاها|haha|lol"
UR_PATTERNS: tuple[Pattern, ...] = (
    P("ur.violence.hits_me", "violence", UR_ME, "~" + UR_HIT, gap=3, unless=UR_GAMES),
    P("ur.violence.slap", "violence",
      "تھپڑ|چانٹا|چانٹے|گھونسا|گھونسے|لاتیں|لات|مکا|مکے|تھپڑوں|thappar|thapar|chanta|chantay|ghoonsa|mukka|laat|latain",
      "~مارا|مارتا|مارتی|مارتے|مارے|ماری|لگایا|لگاتا|مارتا|maara|mara|marta|maarta|marti|maarti|marte|maarte|maare",
      gap=1, unless=UR_GAMES),
    P("ur.sexual.touches", "sexual",
      UR_ME + "|غلط جگہ|غلط طریقے|گندے طریقے|galat jagah|galat jaga|ghalat jagah",
      "~چھوتا|چھوتی|چھوتے|چھوا|چھوئے|چھونا|چھیڑتا|چھیڑتی|چھیڑا|ہاتھ لگاتا|ہاتھ لگایا|chuta|chhuta|chhoota|choota"
      "|chootay|chuwa|chua|chhera|chherta|haath lagata|hath lagata", gap=3),
    P("ur.sexual.rape", "sexual",
      "~جنسی زیادتی|جنسی تشدد|ریپ|زیادتی کی|زبردستی کی|jinsi|ziadti ki|zyadti ki|zabardasti ki|rape kiya"),
    P("ur.sexual.undress", "sexual",
      "~کپڑے اتارنے|کپڑے اتروا|کپڑے اتروائے|کپڑے اتارو|kapray utarne|kapde utarne|kapre utarne|kapray utarwaye",
      "کو کہا|کو کہتا|کا کہا|پر مجبور|کہتا|کہا|ko kaha|ko kehta|ka kaha|par majboor", gap=1),
    P("ur.sexual.naked_pictures", "sexual",
      "~ننگی|ننگے|نازیبا|گندی|nangi|nangay|nange|gandi|ganday|nudes",
      "تصویر|تصویریں|تصاویر|فوٹو|پکچر|پکچرز|ویڈیو|pics|tasveer*|tasweer*|photo*|video*|pic", gap=2),
    P("ur.violence.strangle", "violence", "~گلا|gala|galaa", "~دبا*|dabaya|dabata|dabati|ghonta|گھونٹ*", gap=1),
    P("ur.sexual.in_my_bed", "sexual",
      "میرے بستر|بستر میں|mere bistar|bistar mein|mere kamre", "~آتا|اتا|aata|ata|گھس*|ghus*|آ جاتا|aa jata", gap=2),
    P("ur.sexual.wrong_things", "sexual",
      "mere saath|mere sath|میرے ساتھ|mujh se|مجھ سے", "~ghalat kaam|galat kaam|غلط کام|گندی حرکت|gandi harkat"
      "|galat harkat|گندے کام|ganday kaam|gande kaam", gap=2),
    P("ur.violence.locked_in", "violence",
      "مجھے|ہمیں|mujhe|hume|humein|muje|hamein",
      "کمرے میں|باتھ روم میں|گھر میں|اندر|kamre mein|kamray mein|room mein|kamre me|andar|bathroom mein|store mein",
      "~بند|band|لاک|lock", gap=2),
    P("ur.neglect.no_food", "neglect",
      "~کھانے کو کچھ نہیں|کھانا نہیں دیتا|کھانا نہیں دیتی|کھانا نہیں دیتے|کھانا نہیں ملتا|کھانے کو نہیں|کچھ کھانے کو نہیں"
      "|khana nahi deta|khana nahi deti|khana nahi dete|khana nahi milta|khane ko kuch nahi|kuch khane ko nahi"
      "|khane ko nahi|khana nai deta|khana nai milta|روٹی نہیں دیتے|روٹی نہیں ملتی", negatable=False),
    P("ur.neglect.not_given_food", "neglect",
      "کھانا|khana|روٹی|roti", "~نہیں دیتا|نہیں دیتی|نہیں دیتے|نہیں دیتیں|nahi deta|nahi deti|nahi dete|nahi milta"
      "|نہیں ملتا", gap=1, negatable=False),
    P("ur.neglect.not_eaten", "neglect",
      "کل سے|صبح سے|دو دن سے|kal se|subah se|do din se", "کچھ نہیں کھایا|نہیں کھایا|kuch nahi khaya|nahi khaya", gap=2,
      negatable=False),
    P("ur.neglect.left_alone", "neglect",
      "~اکیلا|اکیلے|اکیلی|akela|akele|akeli|akelay", "چھوڑ|چھوڑ دیتی|چھوڑ دیتا|چھوڑ جاتی|chor|chhod|chod|chhor", gap=2),
    P("ur.neglect.drunk", "neglect",
      "~شراب|نشے|نشہ|sharab|nashe|nasha|drugs", "پیتا|پیتی|پیتے|میں|peeta|peeti|peetay|karta|karti|leta|mein|me",
      gap=2),
    P("ur.neglect.nobody_home", "neglect",
      "~گھر میں کوئی نہیں|گھر پر کوئی نہیں|ghar mein koi nahi|ghar pe koi nahi|ghar par koi nahi|ghar me koi nahi",
      negatable=False),
    P("ur.self_harm.not_wake_up", "self_harm",
      "~سو جاؤں|سو جاوں|so jaun|so jaon|so jaoon", "کبھی نہ اٹھوں|نہ اٹھوں|kabhi na uthun|na uthun|kabhi na uthoon",
      gap=2, negatable=False),
    P("ur.self_harm.no_reason", "self_harm",
      "~جینے کی کوئی وجہ|jeene ki koi wajah|jine ki koi wajah|زندگی سے تنگ|zindagi se tang|zindagi se thak"
      "|زندگی سے تھک", negatable=False),
    P("ur.self_harm.end_myself", "self_harm",
      "خود کو|اپنے آپ کو|khud ko|apne aap ko|apne ap ko|apni zindagi|اپنی زندگی", "~ختم|khatam|khtm", gap=1),
    P("ur.domestic_abuse.controls_money", "domestic_abuse", "شوہر|shohar|shauhar",
      "~کنٹرول|control|چھین*|cheen*|چیک|check", gap=6),
    P("ur.domestic_abuse.take_children", "domestic_abuse",
      "بچے|بچوں|bache|bachay|bachon|bachey", "~چھین*|cheen*|لے جاؤں|le jaunga|le jaun|لے جائے", gap=2),
    P("ur.fear.scared_home", "fear",
      "گھر جانے سے|گھر جاتے ہوئے|گھر واپس جانے سے|ابو سے|امی سے|ان سے|اس سے|شوہر سے|ghar jane se|ghar jaane se"
      "|abbu se|ammi se|shohar se|us se|unse|un se|ghar wapas jane se|papa se|ghar jate hue|ghar mein|ghar me"
      "|گھر میں",
      "~ڈر|ڈرتا|ڈرتی|ڈرتے|خوف|dar|darta|darti|khauf|darr", gap=2),
    P("ur.fear.not_safe", "fear", "~محفوظ|mehfooz|mahfooz|safe|سیف",
      "نہیں|nahi|nahin|nai|محسوس نہیں|mehsoos nahi|mehsoos nahin", gap=2, negatable=False),
    P("ur.self_harm.want_to_die", "self_harm",
      "~مرنا|مر جانا|مر جاؤں|marna|mar jana|mar jaun|mar jaon|mar jaoon",
      "چاہتا|چاہتی|چاہتے|chahta|chahti|chahtay|hai|ہے|chahiye|چاہیے", gap=1,
      unless="بھوک|ہنسی|bhook|bhook se|hansi"),
    P("ur.self_harm.suicide", "self_harm",
      "~خودکشی|خود کشی|khudkushi|khudkushee|khud kushi|اپنی جان لے|جان لینے|جان دے دوں|apni jaan le|apni jaan lena"
      "|jaan de dun"),
    P("ur.self_harm.not_live", "self_harm",
      "~جینا نہیں|زندہ نہیں رہنا|jeena nahi|jina nahi|zinda nahi rehna|jeena nai", negatable=False),
    P("ur.self_harm.cutting", "self_harm",
      "خود کو|اپنے آپ کو|khud ko|apne aap ko|apne ap ko",
      "~کاٹتا|کاٹتی|کاٹا|کاٹ|کاٹنا|نقصان|تکلیف|جلاتا|جلاتی|مارتا|مارتی|kaat*|katt*|nuqsan|takleef|jalati|jalata",
      gap=2),
    P("ur.help.help", "help",
      "مدد|مدد کریں|مدد کرو|میری مدد کرو|میری مدد کریں|بچاؤ|بچاو|madad|madad karo|meri madad karo|bachao|bachaao",
      whole=True),
    P("ur.help.need_help", "help",
      "~مدد چاہیے|مدد کی ضرورت|madad chahiye|madad ki zaroorat|meri madad karo|میری مدد کرو|میری مدد کریں|مدد کرو"
      "|مدد کریں|بچاؤ|madad karen|madad kijiye",
      unless="ہوم ورک|سبق|ریاضی|homework|maths|assignment|project|پروجیکٹ"),
    P("ur.domestic_abuse.partner_hits", "domestic_abuse",
      "شوہر|میرا شوہر|میرے شوہر|shohar|shauhar|mera shohar", "~" + UR_HIT, gap=4, unless=UR_GAMES),
    P("ur.domestic_abuse.controls", "domestic_abuse",
      "~باہر نہیں جانے دیتا|گھر سے نکلنے نہیں دیتا|bahar nahi jane deta|ghar se nikalne nahi deta|فون چھین"
      "|phone cheen|گھر والوں سے ملنے نہیں دیتا", negatable=False),
    P("ur.threats.threatens", "threats", "~دھمکی|دھمکیاں|dhamki|dhamkiyan|جان سے مار|jaan se maar|dhamkata"),
    P("ur.threats.made_to_sell", "threats",
      "ڈرگز|منشیات|چرس|drugs|charas|weed|پیکٹ|packets|packet|nasha",
      "~بیچنے|بیچتا|بیچوا|پہنچانے|چھپانے|bechne|bechwate|pohanchane|chupane|bechwata", gap=3),
    P("ur.sexual.secret", "sexual",
      "اسنیپ|انسٹا|آن لائن|آدمی|snap|insta|online|admi|aadmi|گیم|ٹک ٹاک|tiktok|game",
      "~کسی کو نہ بتانا|کسی کو مت بتانا|کسی کو نہیں بتانا|ہمارا راز|kisi ko na batana|kisi ko mat batana|hamara raaz"
      "|kisi ko mat batao|کسی کو مت بتاؤ", gap=12, negatable=False),
    P("ur.threats.sell_drugs", "threats",
      "بیچنے|bechne|پہنچانے|pohanchane", "نشہ|ڈرگز|منشیات|چرس|drugs|charas|nasha|پیکٹ|packet", gap=4),
    P("ur.sexual.shows_me", "sexual",
      "گندی ویڈیوز|گندی ویڈیو|گندی فلمیں|gandi videos|gandi video|gandi filmein|ننگی ویڈیو|ganday videos",
      "~دکھاتا|دکھاتی|دکھائی|بھیجتا|dikhata|dikhati|bhejta|dikhaye|دکھائیں", gap=2),
    P("ur.sexual.by_force", "sexual", "~زبردستی|zabardasti|zabardasti se",
      "چومتا|چوما|چومتی|chumta|choomta|چھوتا|چھوا|گلے لگاتا|chuta|gale lagata", gap=3),
    P("ur.violence.pushes", "violence", "دھکے|دھکا|dhakke|dhakka|dhakay",
      "~دیتا|دیتی|دیا|مارتا|دیتے|deta|diya|marta|deti|dete", gap=1, unless=UR_GAMES),
    P("ur.domestic_abuse.insults", "domestic_abuse", "گالیاں|galiyan|gaaliyan|گالی|gaali|galian",
      "~دیتا|دیتی|deta|deti|بکتا|bakta|نکالتا|دیتے|dete", gap=1),
    P("ur.domestic_abuse.not_see_family", "domestic_abuse",
      "گھر والوں سے|والدین سے|امی سے|میکے|ghar walon se|maike|waldain se|ammi se",
      "~نہیں ملنے دیتا|ملنے نہیں دیتا|nahi milne deta|milne nahi deta|nahi milne deti", gap=1, negatable=False),
    P("ur.self_harm.better_without_me", "self_harm", "میرے بغیر|mere baghair|mere bina|mere bagair|میرے بنا",
      "~بہتر|اچھے|خوش|behtar|achay|khush|achhe", gap=2, negatable=False),
    P("ur.neglect.no_heating", "neglect", "بجلی|ہیٹنگ|گیس|bijli|heating|gas|گرم پانی|garam pani",
      "~نہیں|nahi|کٹ|kat|نہیں ہے|nahi hai", gap=2, negatable=False),
    P("ur.fear.not_going_back", "fear",
      "~واپس نہیں جانا|گھر نہیں جانا|wapas nahi jana|ghar nahi jana|ghar nahi jaana|wapas nahi jaana", negatable=False,
      unless="اسکول|school|bore|بور"),
    P("ur.threats.stalked", "threats", "~پیچھا|peecha|picha|pecha|peechha", "~کرتا|karta|karti|کرتی|کرتے|karte", gap=1),
    P("ur.threats.knows_where", "threats",
      "~پتا ہے تم کہاں رہتی|pata hai tum kahan rehti|pata hai kahan rehti|pata hai tum kahan rehte"
      "|جانتا ہے کہاں رہتی|jaanta hai kahan"),
    P("ur.help.talk_now", "help", "~فوری|ابھی|جلدی|foran|fori|abhi|urgent", "بات کرنی|baat karni|بات کرنا|baat karna",
      gap=3),
    P("ur.violence.raises_hand", "violence",
      "~ہاتھ اٹھاتا|ہاتھ اٹھایا|ہاتھ اٹھاتے|ہاتھ اٹھاتی|haath uthata|hath uthata|haath uthaya|hath uthaya"
      "|جسم پر نیل|نیل پڑ گئے|neel par gaye|چوٹ کے نشان"),
    P("ur.violence.pulls_hair", "violence", "بال|baal|baalon", "~کھینچتا|کھینچتی|کھینچے|khenchta|kheenchta|khenchti",
      gap=1),
    P("ur.sexual.makes_me_touch", "sexual", "چھونے|chhune|choone|چھونے پر",
      "~پر مجبور|کو کہتا|کا کہتا|par majboor|ko kehta|majboor", gap=2),
    P("ur.sexual.under_clothes", "sexual", "کپڑوں کے اندر|کپڑوں میں|kapron ke andar|shalwar mein|قمیض کے نیچے"
      "|kapdon ke andar", "~ہاتھ|haath|hath", gap=2),
    P("ur.sexual.hand_under_clothes", "sexual", "~ہاتھ|haath|hath",
      "کپڑوں کے اندر|کپڑوں میں|kapron ke andar|shalwar mein|قمیض کے نیچے|kapdon ke andar", gap=2),
    P("ur.sexual.dirty_acts", "sexual", "~گندی حرکتیں|gandi harkatein|غلط حرکتیں|galat harkatein|گندی حرکت"),
    P("ur.sexual.online_meet", "sexual",
      "آن لائن|انٹرنیٹ|گیم|انسٹا|اسنیپ|ٹک ٹاک|online|internet|game|insta|snap|bara aadmi|بڑا آدمی",
      "~ملنا چاہتا|ملنے کو کہتا|milna chahta|milne ko kehta|mujhse milna|مجھ سے ملنا", gap=10),
    P("ur.threats.post_pictures", "threats", "تصویریں|تصاویر|ویڈیو|tasveerein|tasveeren|photos|video|pics|تصویر",
      "~سب کو بھیج|وائرل|پھیلا|ڈال دے|bhej dega|viral|daal dega|sab ko bhej", gap=4),
    P("ur.violence.not_let_out", "violence",
      "~نکلنے نہیں دیتا|نکلنے نہیں دیتے|nikalne nahi dete|nikalne nahi deta|bahar nahi nikalne", negatable=False),
    P("ur.neglect.empty_fridge", "neglect", "فریج|fridge", "خالی|khali", gap=2, negatable=False),
    P("ur.neglect.hungry", "neglect", "~بھوکا|بھوکی|بھوکے|bhooka|bhooki|bhookay|bhukha|bhukhi",
      "سوتا|سوتی|سوتے|سونا|سو جاتا|سو جاتی|school|اسکول|so jata|soti|sota|rehta|rehti|رہتا|رہتی", gap=2),
    P("ur.neglect.not_back", "neglect",
      "~واپس نہیں آئی|واپس نہیں آیا|گھر نہیں آئی|گھر نہیں آیا|گھر نہیں آئیں|wapas nahi aayi|wapas nahi aaya"
      "|ghar nahi aayi|ghar nahi aaya|ghar nahi aayin", negatable=False),
    P("ur.fear.frightens", "fear", "ابو|امی|شوہر|وہ|سوتیلا|abbu|ammi|shohar|woh|chacha|چاچا|باپ|baap",
      "~ڈراتا|ڈراتی|ڈراتے|darata|darati|darate|dhamkata", gap=3, unless="فلم|film|گیم|game"),
    P("ur.self_harm.think_of_death", "self_harm", "~موت|maut|marne",
      "کے بارے میں سوچ|کا سوچ|ke bare mein soch|ka soch|سوچتا|سوچتی|sochta|sochti|کے خیال|ke khayal", gap=3),
    P("ur.self_harm.disappear", "self_harm",
      "~غائب ہو جاؤں|غائب ہونا چاہتی|غائب ہونا چاہتا|gayab ho jaun|ghayab ho jana|gayab hona chahti"),
    P("ur.self_harm.overdose", "self_harm", "ساری|بہت ساری|زیادہ|saari|bohat saari|zyada|bahut|sari",
      "~گولیاں|golian|goliyan|دوائیاں|dawaiyan|نیند کی گولیاں", "کھا|kha|نگل|nigal", gap=1),
    P("ur.self_harm.head_on_wall", "self_harm", "سر|sar", "دیوار|deewar|diwar", "~مارتا|مارتی|marta|marti|پٹختا",
      gap=2),
    P("ur.self_harm.end_everything", "self_harm", "~سب ختم|sab khatam|سب کچھ ختم|zindagi khatam|زندگی ختم",
      "کر دوں|کر لوں|kar dun|kar lun|کرنا|karna|کر دیتی|kar doon", gap=1),
    P("ur.help.call_police", "help", "پولیس|police|ایمبولینس|ambulance",
      "~بلاؤ|بلائیں|کو فون|bulao|ko call|ko phone|بلا لو|bula lo", gap=2),
    P("ur.domestic_abuse.money", "domestic_abuse", "شوہر|shohar|shauhar",
      "~پیسے نہیں دیتا|پیسے چھین|paise nahi deta|paise cheen|گھر میں بند|ghar mein band|قید|qaid|بے عزتی|ذلیل"
      "|be izzati|zaleel", gap=4),
    P("ur.self_harm.a_burden", "self_harm", "~میں بوجھ ہوں|سب پر بوجھ|main bojh hoon|main bojh hun|sab par bojh"),
    P("ur.running_away.ran_away", "running_away", "گھر سے|ghar se", "~بھاگ|bhaag|bhag", gap=1, unless="کتا|بلی|طوطا|kutta|billi|واپس آ گیا|wapas aa gaya"),
)

# ======================================================================================================
# Punjabi in Gurmukhi (ਪੰਜਾਬੀ), with Roman Punjabi
# ======================================================================================================

PA_HIT = (
    "ਮਾਰਦਾ|ਮਾਰਦੀ|ਮਾਰਦੇ|ਮਾਰਿਆ|ਮਾਰੀ|ਮਾਰੇ|ਕੁੱਟਦਾ|ਕੁੱਟਦੀ|ਕੁੱਟਦੇ|ਕੁੱਟਿਆ|ਕੁੱਟੀ|ਕੁੱਟ|ਕੁਟਾਪਾ|ਕੁੱਟਦੇ|ਸਾੜਿਆ"
    "|ਗਲਾ ਘੁੱਟਿਆ|ਗਲਾ ਘੁੱਟਦਾ|ਧੱਕਾ ਮਾਰਿਆ|ਧੱਕੇ ਮਾਰਦਾ|ਕੁੱਟਮਾਰ"
    "|kutda|kutde|kutdi|kuttda|kuttde|kuttdi|kuteya|kuttya|kuttiya|kutteya|kuttan|maarda|marda|maarde|marde"
    "|maardi|mardi|maaria|mareya|maareya"
)
PA_ME = (
    "ਮੈਨੂੰ|ਮੈਂਨੂੰ|ਮੇਨੂੰ|ਸਾਨੂੰ|ਮੰਮੀ ਨੂੰ|ਭੈਣ ਨੂੰ|ਭਰਾ ਨੂੰ|ਬੱਚਿਆਂ ਨੂੰ|ਬੇਟੇ ਨੂੰ|ਬੇਟੀ ਨੂੰ|ਮੇਰੇ ਬੇਟੇ ਨੂੰ|ਮੇਰੀ ਬੇਟੀ ਨੂੰ"
    "|ਉਹਨੂੰ|ਮਾਂ ਨੂੰ|ਮੇਰੀ ਮੰਮੀ ਨੂੰ|ਬੱਚੇ ਨੂੰ|ਪੁੱਤ ਨੂੰ|ਧੀ ਨੂੰ|ਛੋਟੇ ਨੂੰ|ਛੋਟੀ ਨੂੰ|ਵੱਡੇ ਨੂੰ"
    "|menu|mainu|mennu|sanu|mummy nu|bhen nu|bhra nu|bache nu|bachean nu|mainnu"
)
PA_GAMES = "ਗੇਂਦ|ਬਾਲ|ਫੁੱਟਬਾਲ|ਕ੍ਰਿਕਟ|ਗੋਲ|ਮੱਛਰ|ball|football|cricket|goal|haha|lol"
PA_PATTERNS: tuple[Pattern, ...] = (
    P("pa.violence.hits_me", "violence", PA_ME, "~" + PA_HIT, gap=3, unless=PA_GAMES),
    P("pa.violence.slap", "violence",
      "ਥੱਪੜ|ਚਪੇੜ|ਚਪੇੜਾਂ|ਲੱਤ|ਲੱਤਾਂ|ਮੁੱਕਾ|ਮੁੱਕੇ|ਘਸੁੰਨ|thappar|chaper|chapair|latt|mukka",
      "~ਮਾਰਿਆ|ਮਾਰਦਾ|ਮਾਰਦੀ|ਮਾਰਦੇ|ਮਾਰੀ|ਮਾਰੇ|maareya|mareya|maarda|marda|maardi|mardi", gap=1, unless=PA_GAMES),
    P("pa.sexual.touches", "sexual",
      PA_ME + "|ਗਲਤ ਤਰੀਕੇ ਨਾਲ|ਗੰਦੇ ਤਰੀਕੇ ਨਾਲ|ਗਲਤ ਥਾਂ|galat tareeke|galat jagah",
      "~ਛੂੰਹਦਾ|ਛੂਹਦਾ|ਛੂਹਦੀ|ਛੂਹਿਆ|ਛੇੜਦਾ|ਛੇੜਛਾੜ|ਹੱਥ ਲਾਉਂਦਾ|ਹੱਥ ਲਾਇਆ|chhunda|chunda|chhuhda|hath launda|chherda",
      gap=4),
    P("pa.sexual.rape", "sexual", "~ਬਲਾਤਕਾਰ|ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ|ਰੇਪ|balatkar|jinsi"),
    P("pa.sexual.undress", "sexual", PA_ME, "ਕੱਪੜੇ|kapde|kapre", "~ਉਤਾਰਨ|ਲਾਹੁਣ|ਲਾਹ|ਉਤਾਰ|utaran|lauhn|lahun",
      gap=1),
    P("pa.sexual.naked_pictures", "sexual",
      "~ਨੰਗੀਆਂ|ਨੰਗੀ|ਨੰਗੇ|ਗੰਦੀਆਂ|nangi|nangiyan|nange|nudes",
      "ਫੋਟੋ|ਫੋਟੋਆਂ|ਤਸਵੀਰ|ਤਸਵੀਰਾਂ|ਵੀਡੀਓ|pics|photo*|video*|pic", gap=2),
    P("pa.violence.strangle", "violence", "~ਗਲਾ|gala|galaa", "~ਘੁੱਟ*|ਦਬਾ*|ghutt*|ghut*|dabaya", gap=1),
    P("pa.sexual.in_my_bed", "sexual",
      "ਮੇਰੇ ਬਿਸਤਰੇ|ਮੇਰੇ ਮੰਜੇ|ਬਿਸਤਰੇ ਵਿੱਚ|ਮੰਜੇ ਤੇ|mere bistre|mere manje", "~ਆਉਂਦਾ|ਆ ਜਾਂਦਾ|ਵੜਦਾ|aunda|varda",
      gap=2),
    P("pa.sexual.wrong_things", "sexual",
      "ਮੇਰੇ ਨਾਲ|mere naal|mere nal", "~ਗਲਤ ਕੰਮ|ਗੰਦੀ ਹਰਕਤ|ਗੰਦੇ ਕੰਮ|galat kam|gandi harkat|gande kam", gap=2),
    P("pa.violence.locked_in", "violence",
      "ਮੈਨੂੰ|ਸਾਨੂੰ|mainu|menu|sanu",
      "ਕਮਰੇ ਵਿੱਚ|ਕਮਰੇ ਚ|ਬਾਥਰੂਮ ਵਿੱਚ|ਅੰਦਰ|ਘਰ ਵਿੱਚ|kamre vich|kamre ch|andar|room ch", "~ਬੰਦ|ਲਾਕ|ਡੱਕ|band|lock",
      gap=2),
    P("pa.neglect.no_food", "neglect",
      "~ਖਾਣ ਨੂੰ ਕੁਝ ਨਹੀਂ|ਖਾਣ ਲਈ ਕੁਝ ਨਹੀਂ|ਖਾਣਾ ਨਹੀਂ ਦਿੰਦਾ|ਖਾਣਾ ਨਹੀਂ ਦਿੰਦੀ|ਖਾਣਾ ਨਹੀਂ ਦਿੰਦੇ|ਖਾਣਾ ਨਹੀਂ ਮਿਲਦਾ"
      "|ਰੋਟੀ ਨਹੀਂ ਦਿੰਦੇ|ਰੋਟੀ ਨਹੀਂ ਦਿੰਦਾ|ਰੋਟੀ ਨਹੀਂ ਦਿੰਦੀ|ਰੋਟੀ ਨਹੀਂ ਮਿਲਦੀ|khan nu kuch nahi|roti nahi dende"
      "|khana nahi dende|roti ni dende|khaan nu kuch ni", negatable=False),
    P("pa.neglect.not_given_food", "neglect",
      "ਖਾਣਾ|ਰੋਟੀ|khana|roti", "~ਨਹੀਂ ਦਿੰਦੀ|ਨਹੀਂ ਦਿੰਦਾ|ਨਹੀਂ ਦਿੰਦੇ|ਨਹੀਂ ਮਿਲਦਾ|ਨਹੀਂ ਮਿਲਦੀ|nahi dende|nahi dindi|ni dende"
      "|nahi dinda", gap=1, negatable=False),
    P("pa.neglect.not_eaten", "neglect",
      "ਕੱਲ੍ਹ ਤੋਂ|ਸਵੇਰ ਤੋਂ|ਦੋ ਦਿਨਾਂ ਤੋਂ|kal ton|saver ton", "ਕੁਝ ਨਹੀਂ ਖਾਧਾ|ਨਹੀਂ ਖਾਧਾ|kuch nahi khada|ni khada", gap=2,
      negatable=False),
    P("pa.neglect.left_alone", "neglect",
      "~ਇਕੱਲੇ|ਇਕੱਲਾ|ਇਕੱਲੀ|ikalla|ikalle|kalle|kalla|kalli", "ਛੱਡ|chad|chhad|shad", gap=1),
    P("pa.neglect.drunk", "neglect",
      "~ਸ਼ਰਾਬੀ|ਸ਼ਰਾਬ|ਨਸ਼ੇ|ਨਸ਼ਾ|ਨਸ਼ੇੜੀ|sharabi|sharab|nashe|nasha",
      "ਪੀਂਦੇ|ਪੀਂਦਾ|ਪੀਂਦੀ|ਰਹਿੰਦੇ|ਰਹਿੰਦਾ|ਰਹਿੰਦੀ|ਵਿੱਚ|ਚ|ਹੁੰਦੇ|ਹੁੰਦਾ|karde|peende|peenda|rehnde|ch|vich|hunde", gap=2),
    P("pa.neglect.nobody_home", "neglect",
      "~ਘਰ ਵਿੱਚ ਕੋਈ ਨਹੀਂ|ਘਰ ਕੋਈ ਨਹੀਂ|ਘਰੇ ਕੋਈ ਨਹੀਂ|ghar koi nahi|ghar vich koi nahi|ghare koi ni", negatable=False),
    P("pa.self_harm.not_wake_up", "self_harm",
      "~ਸੌਂ ਜਾਣਾ|ਸੌਂ ਜਾਵਾਂ|so jana|so javan", "ਕਦੇ ਨਾ ਉੱਠਾਂ|ਨਾ ਉੱਠਾਂ|kade na uthan|na uthan", gap=3, negatable=False),
    P("pa.self_harm.no_reason", "self_harm",
      "~ਜੀਣ ਦਾ ਕੋਈ ਮਤਲਬ|ਜ਼ਿੰਦਗੀ ਤੋਂ ਤੰਗ|ਜ਼ਿੰਦਗੀ ਤੋਂ ਥੱਕ|zindagi ton tang|jeen da koi matlab", negatable=False),
    P("pa.self_harm.end_myself", "self_harm",
      "ਆਪਣੇ ਆਪ ਨੂੰ|ਖੁਦ ਨੂੰ|apne aap nu|khud nu|ਆਪਣੀ ਜ਼ਿੰਦਗੀ", "~ਖਤਮ|ਖ਼ਤਮ|khatam|khtm", gap=1),
    P("pa.domestic_abuse.controls_money", "domestic_abuse", "ਪਤੀ|ਘਰਵਾਲਾ|pati|gharwala",
      "~ਕੰਟਰੋਲ|control|ਖੋਹ*|khoh*", gap=6),
    P("pa.fear.scared_home", "fear",
      "ਘਰ ਜਾਣ ਤੋਂ|ਘਰ ਵਾਪਸ ਜਾਣ ਤੋਂ|ਪਾਪਾ ਤੋਂ|ਡੈਡੀ ਤੋਂ|ਮੰਮੀ ਤੋਂ|ਉਸ ਤੋਂ|ਉਹਨਾਂ ਤੋਂ|ਪਤੀ ਤੋਂ|ਘਰ ਜਾਣ ਤੋ|ਉਹਦੇ ਤੋਂ"
      "|ghar jaan ton|ghar jan ton|papa ton|daddy ton|usto|ohton|ghar jaan to|ghar jan to|ghar vich|ਘਰ ਵਿੱਚ|ਘਰ ਚ",
      "~ਡਰ|ਡਰਦਾ|ਡਰਦੀ|ਡਰਦੇ|dar|darda|dardi|darr", gap=2),
    P("pa.fear.not_safe", "fear", "~ਸੁਰੱਖਿਅਤ|ਸੇਫ|safe|surakhit",
      "ਨਹੀਂ|ਨਹੀ|nahi|ni|ਮਹਿਸੂਸ ਨਹੀਂ|mehsoos nahi", gap=2, negatable=False),
    P("pa.self_harm.want_to_die", "self_harm",
      "~ਮਰਨਾ|ਮਰ ਜਾਣਾ|marna|mar jana|mar jaana", "ਚਾਹੁੰਦਾ|ਚਾਹੁੰਦੀ|ਚਾਹੁੰਦੇ|chahunda|chahundi|chaunda|chaundi|ਹੈ|hai"
      "|chahnda|chahndi", gap=1, unless="ਭੁੱਖ|ਹਾਸੇ|bhukh|hase"),
    P("pa.self_harm.suicide", "self_harm", "~ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|ਆਤਮ ਹੱਤਿਆ|khudkushi|aatmhatya|atamhatya"),
    P("pa.self_harm.kill_myself", "self_harm",
      "ਆਪਣੇ ਆਪ ਨੂੰ|ਖੁਦ ਨੂੰ|apne aap nu|khud nu|apne aap noo",
      "~ਮਾਰਨਾ|ਮਾਰ ਦੇਣਾ|ਮਾਰ ਲੈਣਾ|ਮੁਕਾ|marna|maar|ਕੱਟਦੀ|ਕੱਟਦਾ|ਕੱਟਿਆ|ਕੱਟ|ਨੁਕਸਾਨ|ਸਾੜਦੀ|ਸਾੜਦਾ|ਸੱਟ|ਮਾਰਦਾ"
      "|ਮਾਰਦੀ|katdi|katda|kat|nuksan|nuksaan", gap=1),
    P("pa.self_harm.not_live", "self_harm",
      "~ਨਹੀਂ ਜੀਣਾ|ਹੋਰ ਨਹੀਂ ਜੀਣਾ|ਜੀਣਾ ਨਹੀਂ|ਜਿਉਣਾ ਨਹੀਂ|ਜੀਣਾ ਨਹੀ|ਜੀਉਣਾ ਨਹੀਂ|jeena nahi|jina nahi|jeena ni|jeeona nahi", negatable=False),
    P("pa.help.help", "help", "ਮਦਦ|ਮਦਦ ਕਰੋ|ਬਚਾਓ|ਮੇਰੀ ਮਦਦ ਕਰੋ|madad|madad karo|bachao|help me", whole=True),
    P("pa.help.need_help", "help",
      "~ਮਦਦ ਚਾਹੀਦੀ|ਮਦਦ ਦੀ ਲੋੜ|ਮੇਰੀ ਮਦਦ ਕਰੋ|ਮਦਦ ਕਰੋ|ਬਚਾਓ|madad chahidi|madad karo|meri madad karo|bachao"
      "|madad di lod", unless="ਹੋਮਵਰਕ|homework|ਪੜ੍ਹਾਈ|ਗਣਿਤ|maths|project"),
    P("pa.domestic_abuse.partner_hits", "domestic_abuse",
      "ਪਤੀ|ਮੇਰਾ ਪਤੀ|ਮੇਰੇ ਪਤੀ|ਘਰਵਾਲਾ|pati|gharwala", "~" + PA_HIT, gap=4, unless=PA_GAMES),
    P("pa.domestic_abuse.controls", "domestic_abuse",
      "~ਬਾਹਰ ਨਹੀਂ ਜਾਣ ਦਿੰਦਾ|ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ|ਫੋਨ ਖੋਹ|ਬਾਹਰ ਨਹੀਂ ਜਾਣ ਦਿੰਦੇ|bahar nahi jaan dinda|phone khoh",
      negatable=False),
    P("pa.threats.threatens", "threats", "~ਧਮਕੀ|ਧਮਕੀਆਂ|ਧਮਕਾਉਂਦਾ|ਧਮਕਾਉਂਦੀ|dhamki|dhamkiyan"),
    P("pa.threats.made_to_sell", "threats",
      "ਨਸ਼ੇ|ਨਸ਼ਾ|ਡਰੱਗਜ਼|ਚਿੱਟਾ|ਪੈਕਟ|drugs|chitta|packet|nashe|nasha",
      "~ਵੇਚਣ|ਵਿਕਵਾ|ਪਹੁੰਚਾਉਣ|ਲੁਕਾਉਣ|vechan|pahuchaun|lukaun", gap=3),
    P("pa.sexual.secret", "sexual",
      "ਸਨੈਪ|ਇੰਸਟਾ|ਔਨਲਾਈਨ|ਬੰਦਾ|ਆਦਮੀ|snap|insta|online|banda|ਗੇਮ|game",
      "~ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ|ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸ|ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ|ਸਾਡਾ ਰਾਜ਼|kise nu na dassi|kise nu na dasna"
      "|kise nu na das", gap=12, negatable=False),
    P("pa.sexual.shows_me", "sexual",
      "ਗੰਦੀਆਂ ਵੀਡੀਓ|ਗੰਦੀ ਵੀਡੀਓ|ਗੰਦੀਆਂ ਫਿਲਮਾਂ|gandi video|gandiyan video|gandiyan videos",
      "~ਦਿਖਾਉਂਦਾ|ਦਿਖਾਈ|ਦਿਖਾਉਂਦੀ|dikhaunda|dikhaonda|bhejda|ਭੇਜਦਾ|ਵਿਖਾਉਂਦਾ", gap=2),
    P("pa.sexual.by_force", "sexual", "~ਜ਼ਬਰਦਸਤੀ|zabardasti",
      "ਚੁੰਮਦਾ|ਚੁੰਮਿਆ|ਚੁੰਮਦੀ|chumda|choomda|ਛੂਹਦਾ|ਜੱਫੀ", gap=3),
    P("pa.violence.pushes", "violence", "ਧੱਕੇ|ਧੱਕਾ|dhakke|dhakka",
      "~ਮਾਰਦਾ|ਮਾਰਿਆ|ਦਿੰਦਾ|ਦਿੱਤਾ|marda|maarda|dinda|ditta|ਮਾਰਦੀ|ਦਿੰਦੀ", gap=1, unless=PA_GAMES),
    P("pa.domestic_abuse.insults", "domestic_abuse", "ਗਾਲਾਂ|ਗਾਲ੍ਹਾਂ|gaalan|galan|gaaliyan",
      "~ਕੱਢਦਾ|ਕੱਢਦੀ|kadda|kaddda|kadhda|ਦਿੰਦਾ|dinda|kaddde|ਕੱਢਦੇ", gap=1),
    P("pa.domestic_abuse.not_see_family", "domestic_abuse",
      "ਪਰਿਵਾਰ ਨੂੰ|ਪੇਕਿਆਂ ਨੂੰ|ਮਾਪਿਆਂ ਨੂੰ|parivar nu|pekeyan nu|ਘਰਦਿਆਂ ਨੂੰ",
      "~ਮਿਲਣ ਨਹੀਂ ਦਿੰਦਾ|ਮਿਲਣ ਨਹੀਂ|milan nahi dinda|milan ni dinda", gap=1, negatable=False),
    P("pa.self_harm.better_without_me", "self_harm", "ਮੇਰੇ ਬਿਨਾਂ|mere bina|mere binaa",
      "~ਚੰਗੇ|ਬਿਹਤਰ|ਸੌਖੇ|ਖੁਸ਼|change|changa|behtar|khush", gap=2, negatable=False),
    P("pa.neglect.no_heating", "neglect", "ਬਿਜਲੀ|ਹੀਟਿੰਗ|ਗੈਸ|bijli|heating|gas|ਗਰਮ ਪਾਣੀ",
      "~ਨਹੀਂ|nahi|ni|ਕੱਟ", gap=3, negatable=False),
    P("pa.fear.not_going_back", "fear",
      "~ਵਾਪਸ ਨਹੀਂ ਜਾਣਾ|ਘਰ ਨਹੀਂ ਜਾਣਾ|wapas nahi jana|ghar nahi jana|wapas ni jana|ghar ni jana", negatable=False,
      unless="ਸਕੂਲ|school|bore"),
    P("pa.threats.stalked", "threats", "~ਪਿੱਛਾ|peecha|picha|pichha", "~ਕਰਦਾ|karda|ਕਰਦੇ|karde|ਕਰਦੀ", gap=1),
    P("pa.threats.knows_where", "threats", "~ਪਤਾ ਕਿੱਥੇ ਰਹਿੰਦੀ|pata kithe rehndi|pata kithe rehnda|ਪਤਾ ਕਿੱਥੇ ਰਹਿੰਦਾ"),
    P("pa.help.talk_now", "help", "~ਜਲਦੀ|ਹੁਣੇ|jaldi|hune|urgent", "ਗੱਲ ਕਰਨੀ|gal karni|gall karni|ਗੱਲ ਕਰਨਾ", gap=3),
    P("pa.violence.raises_hand", "violence", "~ਹੱਥ ਚੁੱਕਦਾ|ਹੱਥ ਚੁੱਕਿਆ|ਹੱਥ ਚੁੱਕਦੇ|hath chukda|hath chukkeya"),
    P("pa.violence.pulls_hair", "violence", "ਵਾਲ|vaal|waal", "~ਖਿੱਚਦਾ|ਖਿੱਚਦੀ|ਪੁੱਟਦਾ|ਪੁੱਟਦੀ|khichda|puttda", gap=1),
    P("pa.sexual.under_clothes", "sexual", "ਕੱਪੜਿਆਂ ਅੰਦਰ|ਕੱਪੜਿਆਂ ਵਿੱਚ|kapdeyan andar", "~ਹੱਥ|hath", gap=2),
    P("pa.sexual.hand_under_clothes", "sexual", "~ਹੱਥ|hath", "ਕੱਪੜਿਆਂ ਅੰਦਰ|ਕੱਪੜਿਆਂ ਵਿੱਚ|kapdeyan andar", gap=2),
    P("pa.sexual.dirty_acts", "sexual", "~ਗੰਦੀਆਂ ਹਰਕਤਾਂ|ਗਲਤ ਹਰਕਤਾਂ|gandiyan harkatan|ਗੰਦੀ ਹਰਕਤ"),
    P("pa.sexual.online_meet", "sexual",
      "ਔਨਲਾਈਨ|ਇੰਟਰਨੈੱਟ|ਗੇਮ|ਇੰਸਟਾ|ਸਨੈਪ|online|internet|game|insta|snap",
      "~ਮਿਲਣਾ ਚਾਹੁੰਦਾ|ਮਿਲਣ ਨੂੰ ਕਹਿੰਦਾ|milna chahunda|milan nu kehnda", gap=10),
    P("pa.threats.post_pictures", "threats", "ਫੋਟੋਆਂ|ਫੋਟੋ|ਵੀਡੀਓ|photos|video|pics",
      "~ਸਭ ਨੂੰ ਭੇਜ|ਵਾਇਰਲ|ਪਾ ਦੇਵੇਗਾ|sab nu bhej|viral|pa devega", gap=4),
    P("pa.neglect.empty_fridge", "neglect", "ਫਰਿੱਜ|fridge", "ਖਾਲੀ|khali", gap=2, negatable=False),
    P("pa.neglect.hungry", "neglect", "~ਭੁੱਖਾ|ਭੁੱਖੀ|ਭੁੱਖੇ|bhukha|bhukhi|bhukhe",
      "ਸੌਂਦਾ|ਸੌਂਦੀ|ਸੌਂਦੇ|ਸਕੂਲ|sonda|sondi|school|ਰਹਿੰਦਾ|ਰਹਿੰਦੀ|rehnda|rehndi", gap=2),
    P("pa.neglect.not_back", "neglect",
      "~ਵਾਪਸ ਨਹੀਂ ਆਈ|ਵਾਪਸ ਨਹੀਂ ਆਇਆ|ਘਰ ਨਹੀਂ ਆਈ|ਘਰ ਨਹੀਂ ਆਏ|ਘਰ ਨਹੀਂ ਆਇਆ|wapas nahi aayi|ghar nahi aaye"
      "|ghar nahi aayi", negatable=False),
    P("pa.fear.frightens", "fear", "ਪਾਪਾ|ਮੰਮੀ|ਪਤੀ|ਉਹ|ਚਾਚਾ|papa|mummy|pati|oh|chacha|ਡੈਡੀ|daddy",
      "~ਡਰਾਉਂਦਾ|ਡਰਾਉਂਦੀ|ਡਰਾਉਂਦੇ|daraunda|daraundi|daraunde", gap=3, unless="ਫਿਲਮ|film|ਗੇਮ|game"),
    P("pa.self_harm.think_of_death", "self_harm", "~ਮੌਤ|maut|ਮਰਨ",
      "ਬਾਰੇ ਸੋਚਦੀ|ਬਾਰੇ ਸੋਚਦਾ|bare sochdi|bare sochda|ਦਾ ਖਿਆਲ|da khyal", gap=1),
    P("pa.self_harm.overdose", "self_harm", "ਸਾਰੀਆਂ|ਬਹੁਤ ਸਾਰੀਆਂ|saariyan|bahut|ਬਹੁਤ", "~ਗੋਲੀਆਂ|goliyan|ਦਵਾਈਆਂ",
      "ਖਾ|kha|ਨਿਗਲ", gap=1),
    P("pa.self_harm.disappear", "self_harm", "~ਗਾਇਬ ਹੋ ਜਾਵਾਂ|gayab ho javan|ਗਾਇਬ ਹੋਣਾ ਚਾਹੁੰਦੀ|ਗਾਇਬ ਹੋਣਾ ਚਾਹੁੰਦਾ"),
    P("pa.self_harm.end_everything", "self_harm", "~ਸਭ ਖਤਮ|ਸਭ ਕੁਝ ਖਤਮ|sab khatam|ਜ਼ਿੰਦਗੀ ਖਤਮ|zindagi khatam",
      "ਕਰ ਦਿਆਂ|ਕਰ ਲਵਾਂ|kar deyan|kar lavan|ਕਰਨਾ|karna", gap=1),
    P("pa.help.call_police", "help", "ਪੁਲਿਸ|police|ਐਂਬੂਲੈਂਸ|ambulance", "~ਬੁਲਾਓ|ਨੂੰ ਫੋਨ|bulao|nu phone|ਬੁਲਾ ਲਓ",
      gap=2),
    P("pa.domestic_abuse.money", "domestic_abuse", "ਪਤੀ|ਘਰਵਾਲਾ|pati|gharwala",
      "~ਪੈਸੇ ਨਹੀਂ ਦਿੰਦਾ|ਪੈਸੇ ਖੋਹ|paise nahi dinda|ਬੇਇੱਜ਼ਤੀ|ਜ਼ਲੀਲ|beizzati", gap=4),
    P("pa.self_harm.a_burden", "self_harm", "~ਮੈਂ ਬੋਝ ਹਾਂ|ਸਭ ਤੇ ਬੋਝ|main bojh haan|sab te bojh"),
    P("pa.running_away.ran_away", "running_away",
      "ਘਰੋਂ|ਘਰ ਤੋਂ|gharon|ghar ton", "~ਭੱਜ|ਭੱਜਣਾ|ਭੱਜ ਗਿਆ|ਭੱਜ ਗਈ|bhaj|bhajj|bhajna", gap=1, unless="ਕੁੱਤਾ|ਬਿੱਲੀ|kutta|billi|ਵਾਪਸ ਆ ਗਿਆ|wapas aa gaya"),
)

# Roman Urdu and Punjabi words for hitting, a letter from "marna" (to die): never read as its typos
ROMAN_NOT_TYPOS = (
    "marta|marti|marte|maarta|maarti|maarte|maara|maari|martay|maartay|marda|mardi|marde|maarda|maardi|maarde"
)

# fmt: on

LANGUAGES: dict[str, Language] = {
    "pl": Language(
        code="pl",
        patterns=PL_PATTERNS,
        text_speak={"pomóż": "pomoz", "jestm": "jestem", "nwm": "nie wiem", "ni": "nie", "niee": "nie"},
        negators="nie|nigdy|nikt|nic|zaden|zadna|wcale",
        fillers="mnie|mi|sie|juz|tak|naprawde|to|jest|jak|chce|on|ona|oni|mnie juz",
        negation_inside=True,
        not_typos="zabije|zabijesz|zabil|zabila|zabili|zabic",
    ),
    "ro": Language(
        code="ro",
        patterns=RO_PATTERNS,
        text_speak={"nush": "nu stiu", "ajutatima": "ajutati ma", "ajutama": "ajuta ma"},
        negators="nu|niciodata|nimeni|nimic|n|nici",
        not_typos="saturat|saturata|saturati|saturate",
        fillers="ma|mi|m|ne|o|il|l|mai|chiar|va|a|au|sa|s",
    ),
    "uk": Language(
        code="uk",
        patterns=UK_PATTERNS,
        negators="не|ніколи|ніхто|ні|ничего|никогда|нет|нікого",
        fillers="мене|мені|меня|ж|вже|уже|так|справді|ще|теж|він|вона|вони|нас",
        negation_inside=True,
    ),
    "ar": Language(
        code="ar",
        patterns=AR_PATTERNS,
        negators="لا|ما|مو|مش|مب|لم|لن|ليس|ابدا|محد|ولا|مابدي|msh|mish|ma|la|mo",
        fillers="هو|هي|انا|عمره|والله|يعني|ابدا|wallah|wallahi",
        prefixes="و|ف|ب|ل|ال|وال|بال|فال|لل|وب|ول|ك|كا|ح|بي",
        text_speak={"وما": "و ما", "ومافي": "و ما في", "مافي": "ما في", "ومش": "و مش", "ومحد": "و محد", "ومو": "و مو"},
        typos=False,
        negation_inside=True,
    ),
    "ur": Language(
        code="ur",
        patterns=UR_PATTERNS,
        text_speak={"nhi": "nahi", "nahin": "nahi", "nai": "nahi", "ni": "nahi", "mujhay": "mujhe", "plz": "please"},
        negators="نہیں|نہ|مت|کبھی|کبھی نہیں|کوئی نہیں|nahi|na|mat|kabhi",
        not_typos=ROMAN_NOT_TYPOS,
        fillers="بھی|تو|ہی|ہے|ہیں|تھا|تھے|bhi|to|hi|hai|hain|tha|thay",
        negation_inside=True,
        negation_after=True,
    ),
    "pa": Language(
        code="pa",
        patterns=PA_PATTERNS,
        text_speak={"nhi": "nahi", "nahin": "nahi", "ni": "nahi", "nai": "nahi"},
        negators="ਨਹੀਂ|ਨਾ|ਕਦੇ|ਕਦੀ|ਨਹੀ|nahi|na|kade|kadi",
        not_typos=ROMAN_NOT_TYPOS + "|ਮਾਰਨ|ਮਾਰਦਾ|ਮਾਰਦੀ",
        fillers="ਵੀ|ਤਾਂ|ਹੀ|ਹੈ|ਹਨ|ਸੀ|vi|taan|hi|hai|han|si",
        negation_inside=True,
        negation_after=True,
    ),
}
