"""Violence against the caregiver by the naaste or someone else (Veilig Thuis).

The rule format, the macros and the decisions behind these rules: bot/safety/patterns/__init__.py.
"""

from __future__ import annotations

from bot.safety.patterns.compile import AG, Rule, V, phrasings
from bot.safety.patterns.macros import ANIMALS, GAMES, HOUSE_JOBS, PAST, SLAAN_IDIOMS, WEAPONS

# The rules are alike in shape only: each Rule(...) is one signal with its own words.
RULES: tuple[Rule, ...] = (
    # --- violence against the caregiver -----------------------------------------------------------
    *phrasings(
        AG,
        "naaste_hits_caregiver",
        (
            r"\b(?:slaat|sloeg|schopt|schopte|bijt|beet|krabt|krabde|knijpt|kneep|duwt|duwde|stompt|"
            r"stompte|trapt|trapte|wurgt|wurgde|mishandelt|mishandelde|bedreigt|bedreigde|slaan|"
            r"schoppen|bijten|krabben|knijpen|duwen|bedreigen|mishandelen|mept|mepte)<adv> (?:me|mij)\b"
            r"(?! (?:om het hart|om de oren|over|lastig|erdoor|er doorheen|met stomheid)\b)|"
            r"\bvalt<adv> (?:me|mij)<adv> aan\b"
        ),
        (
            r"\bik<adv> (?:word|werd|ben)<adv>(?: thuis)?(?: door(?: [a-z]+){1,3})?<adv> (?:geslagen|"
            r"geschopt|"
            r"gebeten|gekrabd|geknepen|geduwd|bedreigd|mishandeld|gewurgd|aangevallen|getrapt|gestompt|"
            r"in elkaar geslagen)\b|"
            r"\b<agent><adv> (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept)(?: en (?:slaat|"
            r"schopt|bijt|krabt|knijpt|stompt|trapt|mept|scheldt))*<adv>(?: (?:als|wanneer|bij|"
            r"tijdens|zodra)\b|<end>)"
        ),
        (
            r"\b(?:heeft|hebben|had)<inv><adv> (?:me|mij)<adv>(?: (?:tegen|op|door|in|van) (?:de|een|het) "
            r"(?:muur|deur|kast|grond|vloer|trap|bank|bed|gang|keuken))? (?:geslagen|geschopt|gebeten|"
            r"gekrabd|geknepen|geduwd|gegooid|bedreigd|mishandeld|gewurgd|aangevallen|getrapt|gestompt|"
            r"pijn gedaan|een (?:klap|schop|duw|stomp|mep|tik) gegeven)\b"
        ),
        exclude=ANIMALS + "|" + GAMES,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        # "als ze boos is trekt ze me aan mijn haren door de gang".
        r"\b(?:trekt|trok|sleurt|sleurde|sleept|sleepte)<adv> (?:ze |hij |zij )?(?:me|mij)<adv> (?:aan|bij) "
        r"(?:mijn|m n|mn|de) (?:haren|haar|arm|armen|oor|oren|nek|kraag)\b",
        exclude=ANIMALS,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\bik<adv> (?:krijg|kreeg)<adv> (?:klappen|een klap|schoppen|een schop|een duw|een stomp|"
        r"een mep) van\b|\bgooit<adv>(?: met)?<gap> naar (?:me|mij|mijn hoofd)\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b<agent>(?: [a-z0-9]+){0,3} (?:me|mij)<adv> (?:te )?(?:slaan|schoppen|bijten|krabben|"
        r"knijpen|wurgen|stompen|trappen|vermoorden|pijn (?:te )?doen|iets aan (?:te )?doen|"
        r"iets aandoen|te lijf (?:te )?gaan|aan (?:te )?vallen|aanvallen)\b",
        # "ze willen me vermoorden met al die formulieren": paperwork, said as a figure of speech.
        exclude=ANIMALS
        + r"|\b(?:formulier\w*|papier\w*|regels|bureaucratie|instanties|aanvra\w*|belasting\w*|"
        r"gemeente|vragen|mails|telefoontjes)\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|greep|grijpt|pakt|pakte|pakken|grijpen)<inv><adv> (?:me|mij)<adv> (?:bij|"
        r"aan|"
        r"rond) (?:mijn|de) (?:keel|nek|haren|haar|strot)\b|\b(?:keel|strot) (?:dichtgeknepen|"
        r"dichtgedrukt)\b",
        exclude=ANIMALS,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        r"\b(?:dreigt|dreigde|gedreigd)<adv> (?:me|mij|ermee|dat hij|dat ze)?<gap> (?:te slaan|"
        r"iets aan te doen|te vermoorden|dood te maken|pijn te doen|te steken|vermoorden|"
        r"iets aandoen|dood|neer te steken)\b|\bdreigt<adv> (?:me|mij)\b",
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        r"\b(?:dreigt|dreigde|zwaait|zwaaide|bedreigt|bedreigde|bedreigd|staat|stond|komt|kwam)"
        rf"<gap> met (?:een |het |zijn |haar )?{WEAPONS}\b|"
        rf"\b{WEAPONS}<gap> (?:op me af|achter me aan|tegen me|naar me)\b",
        exclude=(
            r"\b(?:snij\w*|groente|brood|vlees|aardappel\w*|schillen|koken|kookt|houtsnij\w*|"
            r"wandel\w*|loopt met een stok|lopen met een stok)\b|" + HOUSE_JOBS
        ),
    ),
    Rule(
        AG,
        "fear_of_naaste",
        r"\bik<adv> ben<adv> (?:bang|doodsbang|angstig|heel bang) (?:voor|van)<person>(?= \||$|"
        r" (?:als|wanneer|omdat|want|en|"
        r"hij|ze|zij|soms|echt|geworden|tegenwoordig|nu|sinds|hoor|geworden)\b)",
    ),
    Rule(
        AG,
        "fear_of_naaste",
        r"\bik<adv> (?:durf|durfde)<adv> niet (?:meer )?(?:naar huis|thuis te komen|alleen met"
        r"<person>|bij<person>|in huis)\b|\bik<adv> voel (?:me|mij)<adv> niet (?:meer )?veilig "
        r"(?:thuis|bij<person>|in (?:mijn eigen |ons |het )?huis|met<person>)\b",
        negatable=False,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        # "dreigt dat hij me vermoordt", "gedreigd dat hij mij een lesje zal leren"
        r"\b(?:dreig\w*|gedreigd|bedreig\w*|roept|riep|schreeuwt|schreeuwde|zegt|zei)\b",
        also=(
            r"\b(?:me|mij|ons)\b",
            r"\b(?:vermoord\w*|dood(?:maakt|maken|te maken|steekt|schiet)|dood (?:maakt|maken|"
            r"te maken)|neer(?:steekt|steken|schiet|schieten)|steekt|steken|afmaakt|afmaken|"
            r"af te maken|iets aan(?:doet|doen|te doen)|pijn (?:doet|doen|te doen)|"
            r"een lesje (?:leren|zal leren|gaat leren|te leren)|te grazen|in elkaar (?:slaan|slaat|"
            r"te slaan|timmeren)|kapot (?:maakt|maken|slaan))\b",
        ),
        # "mijn moeder zei tegen de fysio 'als je me nog een keer laat lopen vermoord ik je'. wij
        # lagen dubbel": said to someone else, and laughed about.
        exclude=ANIMALS
        + r"|\b(?:testament|erfenis|grapje|haha\w*|lagen dubbel|lag dubbel|een schat|gelachen|"
        r"grappig)\b|\bik (?:dreig|roep|zeg|zei|riep)\b|\b(?:zei|zegt|riep|roept) tegen (?:de|haar|"
        r"zijn) (?:fysio\w*|thuiszorg|dokter|arts|huisarts|verpleegkundige|verzorgster|buurman|"
        r"buurvrouw|kapper|tandarts)\b",
    ),
    Rule(
        AG,
        "naaste_restrains_caregiver",
        r"\b(?:sluit|sloot)\b(?: [a-z]+)? (?:me|mij|ons) (?:[a-z]+ ){0,4}op\b|"
        r"\b(?:heeft|had)<inv><adv> (?:me|mij|ons) (?:[a-z]+ ){0,4}opgesloten\b|"
        r"\bik (?:word|werd)<adv> (?:[a-z]+ ){0,4}opgesloten\b",
        exclude=r"\bik (?:sluit|sloot|heb|had) (?:me|mij)\b|\bmezelf\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        # Throwing things at the caregiver, or in a rage: "gooit met borden als ze boos is".
        r"\b(?:gooit|gooide|smijt|smeet|gegooid|gesmeten)\b",
        also=(
            r"\b(?:tegen|naar) (?:me|mij|mijn (?:hoofd|gezicht|lijf))\b|\bgehecht\b|"
            r"\b(?:borden|bord|glazen|glas|kopjes|stoelen|stoel|messen|servies|bekers|vaas)\b",
        ),
        exclude=(
            r"\bik (?:gooi|gooide|smijt|smeet)\b|\b(?:bal|balletje|ballon|frisbee|spel|speelt|"
            r"weg|afval|prullenbak|vuilnis|container|glasbak|op de grond)\b"
        ),
        scope="message",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        # Strangling: "hij knijpt mijn keel dicht", "zijn hand op mijn keel".
        r"\b(?:knijpt|kneep|drukt|drukte|duwt|duwde|grijpt|greep|pakt|pakte)\b(?: [a-z]+){0,2} "
        r"(?:mijn|me|mij) (?:keel|strot|hals)\b|\b(?:hand|handen)\b(?: [a-z]+){0,2} (?:op|om|rond) "
        r"mijn (?:keel|hals|strot)\b",
        exclude=ANIMALS + r"|\bik (?:knijp|kneep|druk|duw|pak)\b",
    ),
    # --- round 16 (development): danger and harm told without the usual words ---------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        # Two blows in one breath, the doer named further back: "mijn dochter (23, autisme) bijt
        # en krabt als ze overprikkeld raakt. ik heb overal littekens".
        r"\b(?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept|spuugt|duwt|slaan|schoppen|bijten|"
        r"krabben|knijpen|trappen) en (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept|spuugt|"
        r"duwt|scheldt|slaan|schoppen|bijten|krabben|knijpen|trappen|schelden)\b",
        also=(
            r"\b(?:me|mij|mijn (?:armen|handen|gezicht)|littekens|blauwe plekken|wonden|"
            r"krassen|bang)\b",
        ),
        exclude=ANIMALS + r"|\b(?:kinderen op school|andere kinderen|klasgenoten|speelgoed)\b",
        scope="message",
    ),
    # --- violence against the caregiver: more wording ------------------------------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:brak|breekt|kneusde|verwondde|verwondt)\b(?: [a-z]+){0,2} mijn (?:pols|arm|vinger\w*|"
        r"neus|rib\w*|hand|been|kaak|tand\w*)\b|"
        r"\b(?:trekt|trok|rukt|rukte) (?:\w+ )?aan mijn (?:haren|haar|arm|armen|oor|oren|kleren)\b|"
        r"\b(?:spuugt|spuwt|spuugde|spoog) (?:\w+ )?(?:naar|op|in) (?:me|mij|mijn)\b|"
        r"\b(?:sloeg|slaat|gaf|geeft) (?:me|mij) (?:een )?(?:bloedneus|blauw oog|dikke lip|"
        r"bloedlip|hersenschudding)\b|"
        r"\b(?:mes|wapen|pistool|geweer|schaar)\b(?: [a-z]+){0,2} (?:op|naar) (?:me|mij|ons) "
        r"(?:gericht|gehouden|richt|houdt)\b",
        exclude=ANIMALS + r"|\bik (?:brak|trek|trok|ruk|rukte|spuug|sloeg|gaf)\b|"
        r"\b(?:toen ik (?:viel|haar optilde|hem optilde)|tillen|optillen|gevallen)\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b<agent><adv> (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept|spuugt|spuwt|duwt)"
        r"(?: en (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept|scheldt|spuugt|spuwt|duwt))+\b",
        exclude=ANIMALS,
    ),
    # --- abuse or neglect: more wording -------------------------------------------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|hebben)<inv><adv> (?:me|mij)<adv>(?: [a-z]+){0,3} (?:gekrabt|gekrabd|"
        r"opengekrabd|gebeten|geslagen|geschopt|geknepen|gestompt|getrapt|gewurgd)\b",
        exclude=ANIMALS + "|" + PAST,
    ),
    Rule(
        AG,
        "aggression_of_naaste",
        r"\b<agent><adv> (?:is|wordt|werd)(?: [a-z]+){0,4} (?:agressief|agressiever|gewelddadig|"
        r"handtastelijk)\b",
        # An act, a fear or the care itself told: "tegen mij", "ik ben bang". A bare "ik" is no act ("hij wordt steeds
        # agressiever. Ik weet niet meer hoe ik ermee om moet gaan", personas dev35).
        also=(
            r"\b(?:blauwe plek\w*|me|mij|bang|durf\w*|slaat|sloeg|geslagen|pijn|onveilig)\b|"
            r"\bik (?:[a-z]+ ){0,2}(?:hem|haar)\b",  # "agressief als ik hem help met douchen"
        ),
        exclude=PAST + r"|\b(?:niet|nooit) (?:agressief|gewelddadig)\b",
        scope="message",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|gooide|goot|gooit|giet)<inv><adv> (?:me|mij)\b(?: [a-z]+){0,4} "
        r"(?:overgoten|overgegoten|overgieten)\b|\b(?:hete|kokende|heet|kokend) (?:thee|koffie|"
        r"water|soep)\b(?: [a-z]+){0,2} (?:over|naar) (?:me|mij)\b|"
        r"\b(?:gaat|ging|gaan)<adv> (?:me|mij)<adv> te lijf\b|"
        r"\b(?:heeft|had|hebben|gaf|geeft)<inv><adv> (?:me|mij)<adv> (?:een|paar|flinke|harde) "
        r"(?:klap|klappen|schop|duw|stomp|mep|tik|trap|kopstoot|dreun)(?: [a-z]+){0,3} "
        r"(?:gegeven|verkocht)?\b",
        exclude=ANIMALS + "|" + PAST + r"|\b(?:zetje|duwtje in de rug|goede richting)\b",
    ),
    Rule(
        AG,
        "naaste_restrains_caregiver",
        r"\blaat<adv> (?:me|mij)<adv> niet (?:gaan|weg|los|vertrekken)\b|"
        r"\b(?:houdt|hield)<adv> (?:me|mij)<adv> (?:[a-z]+ )?(?:vast|tegen)\b(?: [a-z]+){0,4} "
        r"(?:als|wanneer|zodat) ik\b",
        exclude=ANIMALS + r"|\b(?:hand|handje|knuffel\w*|lief|angst\w* (?:om|dat))\b",
        negatable=False,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:schopt|schopte|trapt|trapte|slaat|sloeg|stompt|stompte|bijt|beet|knijpt|kneep|krabt|"
        r"krabde|mept|mepte)\b(?: [a-z]+)? (?:tegen|in|op) mijn (?:benen|been|armen|arm|gezicht|"
        r"hoofd|buik|rug|schenen|scheen|borst|oog|kaak)\b",
        exclude=ANIMALS + "|" + PAST + r"|\bik (?:schop|trap|sla|stomp|bijt|knijp|krab|stoot)\b|"
        r"\b(?:bang|angst\w*|lief|troost|steun)\b",
    ),
    Rule(
        AG,
        "sexual_harassment",
        r"\b(?:dwingt|dwong|gedwongen|verplicht|verplichtte)\b(?: [a-z]+){0,3} (?:tot seks|tot "
        r"seksuele|seks)\b|\bseks\b(?: [a-z]+){0,3} (?:tegen mijn (?:zin|wil)|terwijl ik (?:niet|nee))\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|hebben)<inv><adv> (?:me|mij)<adv>(?: [a-z]+){0,3} (?:gestoken|gesneden|"
        r"verwond|geprikt|gebrand|overgoten)\b",
        exclude=ANIMALS + "|" + PAST + r"|\b(?:naald|injectie|prik|bloedprik)\b",
    ),
    # --- wordings from blind round 12 (development), written as the kinds they are --------------
    Rule(
        AG,
        "threat_against_caregiver",
        # A threat to kill the caregiver, also when it is told: "hij heeft gezegd dat hij me vermoordt
        # als ik de crisisdienst bel".
        r"\b(?:gezegd|zegt|zei|roept|riep|schreeuwt|schreeuwde|dreigt|dreigde|appt|appte|sms\w*) "
        r"dat (?:hij|ze|zij) (?:me|mij)<adv> (?:gaat |zal |komt )?(?:vermoordt|vermoorden|doodmaakt|"
        r"dood maakt|doodmaken|afmaakt|afmaken|doodsteekt|iets aandoet|iets aan gaat doen)\b",
        exclude=r"\b(?:grap\w*|haha\w*|formulier\w*|belasting\w*|film|serie|spel|game|"
        r"waan\w*|denkt dat)\b|\U0001f602",
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        r"\b(?:steek|sla|maak|schiet) ik (?:je|jou|u) (?:neer|dood|af|kapot)\b|"
        r"\bmes onder (?:zijn|haar) (?:kussen|matras|bed)\b",
        negatable=False,
    ),
    # --- wordings from blind round 8 (development) ------------------------------------------------
    Rule(
        AG,
        "threat_against_caregiver",
        # Afraid at home of the naaste: "ik durf niks meer te zeggen, ik ben bang in mijn eigen huis".
        r"\bbang in (?:mijn|ons) eigen huis\b|\bdurf (?:\w+ ){0,2}niet meer (?:naar )?(?:huis|thuis|"
        r"binnen)\b|\bdurf (?:niks|niets) meer te zeggen\b",
        strength=V,
        negatable=False,
    ),
    # --- co-occurrence rules: concepts that meet in one clause, in any word order -----------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:slaat|sloeg|slaan|geslagen|schopt|schopte|geschopt|bijt|beet|gebeten|krabt|krabde|"
        r"gekrabd|knijpt|kneep|geknepen|duwt|duwde|geduwd|stompt|stompte|gestompt|trapt|trapte|"
        r"getrapt|wurgt|wurgde|gewurgd|mept|mepte|gemept|bedreigt|bedreigde|bedreigd|bedreigen|"
        r"mishandelt|mishandelde|mishandeld|aangevallen|aanvalt|blauw oog|blauwe ogen)\b",
        also=("<meobj>",),
        exclude=(
            SLAAN_IDIOMS + "|" + ANIMALS + "|" + PAST + r"|\bik (?:heb|had)<adv> (?:me|mij)\b|"
            r"\bik (?:[a-z]+ )?(?:bijt|beet|krab|krabde|sla|sloeg|knijp|kneep|duw|duwde) (?:me|"
            r"mij)\b"
        ),
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:gooit|gooide|smijt|smeet|gooien)\b",
        also=(r"\bnaar (?:me|mij|ons|mijn hoofd)\b",),
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        r"\b(?:mes|messen|wapen|pistool|schaar|hamer|bijl)\b",
        also=(r"\b(?:dreig\w*|gedreigd|bedreig\w*|zwaai\w*|steken|neersteken|steekt|stak)\b",),
        # "ze stond met een groot mes te zwaaien om te laten zien hoe trots ze was" (round 56)
        exclude=r"\b(?:trots|gekookt|zelf gekookt|blij|lachend)\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:iets aandoet|iets aan doet|pijn doet)\b",
        also=("<meobj>",),
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:blauw oog|blauwe plek\w*|gebroken neus|bloedlip|dikke lip|gekneusde \w+)\b",
        also=(r"\bvan (?:hem|haar|mijn [a-z]+)\b", r"\b(?:ik|me|mij)\b"),
        exclude=r"\b(?:tillen|vallen|gevallen|stoten|gestoten|val|sport)\b",
    ),
    Rule(
        AG,
        "sexual_harassment",
        r"\bzit<adv> aan (?:me|mij)\b|\baan (?:me|mij) (?:zitten|zit|zat)\b|\bbetast (?:me|mij)\b|"
        r"\b(?:ik word|ik werd)<adv> (?:betast|aangerand|lastiggevallen)\b",
        exclude=ANIMALS,
    ),
    # --- round 34 (development) ------------------------------------------------------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        # Thrown against something: "heeft mij gisteren tegen de kast aan gesmeten".
        r"\b(?:heeft|had|hebben)\b (?:me|mij)(?: [a-z]+){0,5} (?:gesmeten|gegooid|geduwd|gesleurd|"
        r"gesleept|geramd|gekwakt)\b|\b(?:smijt|smeet|gooit|gooide|kwakt|kwakte) (?:me|mij)\b"
        r"(?: [a-z]+){0,3} (?:tegen|door|op|van)\b",
        exclude=GAMES + r"|\b(?:eruit|buiten de deur|de deur uit|uit huis|haha\w*|grapje)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        # A bite that needed care: "beet zo hard in mijn hand dat ik naar de huisartsenpost moest".
        r"\b(?:beet|bijt|gebeten)\b(?: [a-z]+){0,5} in (?:mijn|m n) (?:hand|arm|vinger\w*|been|schouder|"
        r"wang|pols)\b",
        also=(
            r"\b(?:huisartsenpost|tetanus\w*|hechting\w*|gehecht|eerste hulp|spoedeisende|"
            r"ziekenhuis|bloed\w*|zo hard|keer|steeds|elke dag)\b",
        ),
        exclude=ANIMALS,
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        # A veiled threat with force behind it: "als ik nee zeg trapt hij de deur in en zegt hij dat
        # ik wel zal merken wat er gebeurt".
        r"\b(?:wel zal merken|zal (?:het )?wel merken|zult het merken|zal je merken|ga je merken|"
        r"ga je spijt van krijgen|krijg je spijt van|zal je spijt van krijgen)\b",
        also=(
            r"\b(?:deur in|trapt|schopt|slaat|eist|dreigt|schreeuwt|duwt|gooit|bang)\b",
            r"\b(?:ik|me|mij)\b",
        ),
        exclude=GAMES + r"|\b(?:haha\w*|grapje)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "fear_of_naaste",
        # Afraid to come home: "ik durf bijna niet meer naar huis, of ik weer een klap krijg".
        r"\b(?:weer )?een (?:klap|mep|schop|stomp|trap|dreun|tik|oplawaai|duw) (?:krijg|krijgen|kreeg|"
        r"kregen|zal krijgen)\b",
        also=(r"\b(?:ik|me|mij)\b", r"\b(?:hij|ze|zij|hem|haar|mijn [a-z]+|bui|durf|bang)\b"),
        exclude=GAMES + r"|\b(?:molen|de deur|deur|wind|kast|tak|bal|haha\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "fear_of_naaste",
        r"\bniet (?:meer )?veilig\b",
        also=(r"\b(?:voel|voelde) (?:me|mij)\b", r"\b(?:thuis|huis|hem|haar|hij|zij|ze)\b"),
        negatable=False,
    ),
    # --- round 49 (development) ----------------------------------------------------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        # "ze ziet mij soms als een inbreker. vorige week heeft ze me met een vork in mijn hand
        # gestoken"
        r"\b(?:heeft|had) (?:me|mij)\b(?: [a-z]+){0,5} (?:gestoken|gesneden)\b|"
        r"\bmet een (?:vork|mes|schaar|pen|breinaald)\b(?: [a-z]+){0,4} gestoken\b",
        exclude=r"\b(?:wesp|bij|mug|insect\w*|prikkel\w*|per ongeluk)\b",
        negatable=False,
    ),
    # --- round 59 (held out, measured once at the end of the seventeenth round, then learned from) ---
    Rule(
        AG,
        "threat_against_caregiver",
        # "heeft gisteren de deur ingetrapt en gezegd dat ik de volgende ben"
        r"\b(?:dat )?ik de volgende (?:ben|zal zijn|word)\b|\bjij bent de volgende\b",
        also=(r"\b(?:gezegd|zegt|zei|dreigt|dreigde|ingetrapt|geslagen|riep|schreeuwde)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 62 (held out, measured once at the end of the eighteenth round, then learned from) ---
    Rule(
        AG,
        "fear_of_naaste",
        # "denkt sinds kort dat ik een inbreker ben. Vannacht stond hij met zijn wandelstok boven mijn
        # bed te schreeuwen"
        r"\bdenkt (?:\w+ ){0,3}dat ik een (?:inbreker|dief|vreemde|indringer|vreemd\w*)\b",
        also=(
            r"\b(?:stok|wandelstok|mes|schreeuw\w*|dreigt|slaat|boven mijn bed|bedreigt|aanvalt)\b",
        ),
        scope="message",
        strength=V,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        # "stuurt berichten dat ze me gaat afmaken als ik de crisisdienst nog een keer bel"
        r"\b(?:gaat|gaan|zal|komt) (?:me|mij) (?:\w+ )?(?:afmaken|vermoorden|doodmaken|kapotmaken)\b|"
        r"\b(?:me|mij) (?:gaat|gaan|zal|komt) (?:\w+ )?(?:afmaken|vermoorden|doodmaken|kapotmaken)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        # "gisteren heeft hij mijn autoband lek gestoken en gezegd dat ik 'het nog wel zal merken'"
        r"\b(?:\w*band\w*|banden) lek gestoken\b|\bhet nog wel (?:zal|zult|gaat|ga) merken\b",
        scope="message",
    ),
    # --- round 67 (development: violence and abuse told calmly or formally) ----------------------
    Rule(
        AG,
        "threat_to_caregiver",
        # "zoon zegt dat hij me 's nachts komt halen als ik hem geen geld geef"; "mijn broer zei dat hij
        # me 'af zou maken' als ik de politie bel"
        r"\b(?:komt|kom|zou|gaat) (?:me|mij)\b(?: [a-z]+){0,2} (?:halen|pakken|grijpen)\b|"
        r"\b(?:me|mij) (?:af (?:zou|zal|gaat) maken|zou afmaken|gaat afmaken|afmaakt)\b",
        also=(
            r"\b(?:als ik|anders|geen geld|zegt|zei|dreigt|dreigde|gezegd|deur op slot|politie)\b",
        ),
        scope="message",
    ),
    Rule(
        AG,
        "threat_to_caregiver",
        # "Ze dreigt mijn medicijnen weg te gooien en zegt dat ze me gaat vergiftigen."
        r"\b(?:me|mij)\b(?: [a-z]+){0,2} (?:vergiftigen|vergiftig|vergiftigt|vergiftigd)\b|"
        r"\bgif in mijn (?:eten|drinken|thee|koffie)\b",
        also=(r"\b(?:zegt|zei|dreigt|dreigde|gaat|wil|zou|probeert|probeerde)\b",),
        scope="message",
    ),
    Rule(
        AG,
        "hurt_by_thrown_object",
        # "Vader gooit met spullen als hij boos is. Laatst een glazen asbak, die raakte mijn hoofd en
        # ik moest gehecht worden."
        r"\b(?:gooit|gooide|gooien|smijt|smeet|gegooid|gesmeten)\b(?: [a-z]+){0,3} (?:met|naar)\b",
        also=(
            r"\b(?:raakte|geraakt|raakt) (?:mijn|me|mij)\b|\b(?:gehecht|hechting\w*|gewond|eerste hulp|"
            r"seh|naar het ziekenhuis)\b",
        ),
        scope="message",
    ),
    Rule(
        AG,
        "afraid_of_naaste",
        # "ik slaap nu met mijn deur op slot"
        r"\b(?:slaap|sliep|slapen)\b(?: [a-z]+){0,2} met (?:mijn|de|een) (?:slaapkamer)?deur op (?:slot|"
        r"de knip)\b",
        also=(
            r"\b(?:zoon|dochter|man|vrouw|broer|zus|vader|moeder|hij|zij|ze|dreigt|psychotisch|bang)\b",
        ),
        scope="message",
        strength=V,
    ),
    # --- round 65 (development: elderly and rural caregivers, dialect, the last phase) ----------
    Rule(
        AG,
        "naaste_hits_caregiver",
        # Zeeuws: "hij het mij vorige week zo'n klap geven dat ik tegen de grond lag"
        r"\b(?:hij|ze|zij)\b(?: [a-z]+){0,2} (?:mij|me)\b(?: [a-z]+){0,3} (?:een |zon |zo n |zo een )?"
        r"(?:klap|dreun|mep|trap|schop|stomp|oplawaai|opdonder)\b(?: [a-z]+){0,2} (?:gegeven|geven|"
        r"verkocht|gegeve)\b",
        scope="message",
    ),
    # --- round 60 (development) ----------------------------------------------------------------
    Rule(
        AG,
        "threat_against_caregiver",
        # "zegt hij dat ik 'een ongelukje krijg' als ik me nog met haar geld bemoei"
        r"\b(?:een )?ongelukje (?:krijg|krijgt|kan krijgen|zou krijgen|overkomt|gaat krijgen|zal krijgen)\b",
        also=(r"\b(?:als ik|als je|zegt|zei|dreigt|dreigde)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        AG,
        "threat_against_caregiver",
        # "hij stuurt mij berichtjes dat ik 'moet oppassen op straat' ... hij weet waar ik woon"
        r"\b(?:hij|ze|zij) weet (?:precies )?waar (?:ik|wij|we) (?:woon|wonen)\b",
        also=(r"\b(?:bang|oppassen|bedreig\w*|dreigt|dreigde|berichtjes|berichten)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 55 (development) ----------------------------------------------------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        # "vorige week kreeg ik zijn vuist tegen mijn kaak toen ik hem in zijn jas wilde helpen"
        r"\b(?:kreeg|krijg|kregen|heb|had)\b(?: [a-z]+){0,2} (?:zijn|haar|een) (?:vuist|elleboog|knie|voet|"
        r"hand|kopstoot|knietje|schoen|wandelstok|stok)\b(?: [a-z]+){0,2} (?:tegen|in|op) (?:mijn|m n|me) "
        r"(?:kaak|gezicht|hoofd|oog|neus|mond|buik|borst|rug|lip|wang|ribben|slaap)\b",
        exclude=r"\b(?:bal|spel\w*|voetbal|sport|hockey|dansen|knuffel\w*)\b",
    ),
    # --- round 53 (development) ----------------------------------------------------------------
    Rule(
        AG,
        "threat_against_caregiver",
        # "hij zegt dat hij weet op welke school mijn kinderen zitten als ik hem zijn geld niet geef"
        r"\bweet (?:waar|op welke school|welke school|waar de school)\b(?: [a-z]+){0,3} (?:mijn|onze|je|jouw) "
        r"(?:kinderen|kids|dochter|zoon|kleinkinderen)\b",
        also=(r"\b(?:als ik|anders|geld|niet geef|niet betaal|dreigt|zegt)\b",),
        scope="message",
        negatable=False,
    ),
)
