"""Acute danger: a life at risk right now (112 leads the reply). Always CLEAR.

The rule format, the macros and the decisions behind these rules: bot/safety/patterns/__init__.py.
"""

from __future__ import annotations

from bot.safety.patterns.compile import AB, AG, BY, A, Rule, S
from bot.safety.patterns.macros import (
    DRUGS,
    HOUSE_JOBS,
    LAST_TIME_YOU_HEAR_FROM_ME,
    LOST_THINGS,
    PAST,
    SERIOUS_SIGNS,
    WEAPONS,
)

# An animal poisoned, saved by the vet: no person in danger.
_PETS = r"\b(?:kat|katten|poes|hond|honden|huisdier\w*|dierenarts\w*|konijn|cavia|parkiet)\b"
# Past words elsewhere in a long message ("vorig jaar kreeg ik niks") do not make an emergency
# told with a word of now ("nu is hij net gevallen") a past one.
_PAST_UNLESS_NOW = (
    r"^(?!.*\b(?:net|nu|zojuist|zonet|vandaag|vanochtend|vanmiddag|vanavond|vannacht)\b).*" + PAST
)

# A stroke's signs with their minutes ("sinds tien minuten hangt haar mond weer scheef") are now,
# whatever the message says of an earlier one; "nu" alone is not enough there, since caregivers tell
# what an old stroke left ("nu kan ze haar arm niet meer optillen").
_PAST_UNLESS_MINUTES = (
    r"^(?!.*\b(?:sinds (?:een|[a-z0-9]+) (?:minuut|minuten|kwartier)|[a-z0-9]+ minuten geleden|zojuist|"
    r"zonet)\b).*(?:" + PAST + r"|\bvorig\w*)"
)

# Breathing in the last phase of life, or asked about as normal: no emergency.
_CALM_BREATHING = (
    r"\b(?:palliatie\w*|laatste fase|stervensfase|hospice|normaal|ontspann\w*|meditatie|"
    r"ademhalingsoefening\w*|yoga)\b"
)

# Breathing that changes in the last phase of life, as the nurse explained: no emergency. Narrower
# than _CALM_BREATHING: "is dat normaal?" is also what a frightened caregiver asks in an emergency.
_DYING_PHASE = r"\b(?:palliatie\w*|laatste fase|stervensfase|stervende|hospice)\b"

# The rules are alike in shape only: each Rule(...) is one signal with its own words.
RULES: tuple[Rule, ...] = (
    # --- acute danger -----------------------------------------------------------------------------
    Rule(
        A,
        "unresponsive",
        r"\b(?:reageert|reageerde|ademt|ademde)<adv> (?:niet|nergens)(?: meer)?"
        r"(?= \||$| (?:en|hij|ze|zij|ik|wat|help|nu|hoe|echt|geloof|denk|volgens)\b| (?:als|wanneer) ik (?:hem|haar) "
        r"(?:aanspreek|roep|schud|aanraak|wakker maak|knijp|aanraak))",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        r"\bniet (?:meer )?wakker te krijgen\b|\bkrijg<person><adv> niet (?:meer )?wakker\b|"
        r"\b(?:kan|kon)<person><adv> niet (?:meer )?wakker (?:maken|krijgen)\b|"
        r"\bkomt niet (?:meer )?bij(?:<end>| bewustzijn\b)",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:bewusteloos|buiten bewustzijn|in elkaar gezakt|zakte in elkaar|blauw aangelopen|"
        r"blauw aan het lopen|blauwe lippen)\b|\b(?:ze|hij|zij) valt<adv> weg\b|"
        r"\b(?:lippen|gezicht)\b(?: [a-z]+){0,2} blauw\b|\bgestikt\b|"
        r"\breageert<adv> (?:raar|vreemd|nauwelijks|heel raar)\b",
        # "ademt rochelend in de laatste fase, het palliatief team zegt dat het normaal is"
        exclude=PAST
        + r"|\b(?:palliatie\w*|laatste fase|stervensfase|hospice|is normaal|het normaal "
        r"is|dat normaal is)\b|"
        # "Vandaag leerden we op de EHBO-cursus wat je doet als iemand blauwe lippen krijgt."
        r"\b(?:ehbo\w*|cursus\w*|leerden|geleerd|diploma|oefenpop|reanimatieles)\b|"
        # The one who writes broke down: "thuis ben ik op de badkamervloer in elkaar gezakt".
        r"\b(?:ben|was) ik\b(?: (?!hij\b|zij\b|ze\b|mijn\b|mama\b|papa\b)[a-z]+){0,5} in elkaar "
        r"gezakt\b|\bik (?:ben|was)\b(?: (?!hij\b|zij\b|ze\b|mijn\b|mama\b|papa\b)[a-z]+){0,5} "
        r"in elkaar gezakt\b|\b(?:ik zakte|zakte ik)(?: helemaal| compleet)? in elkaar\b",
    ),
    Rule(
        A,
        "unresponsive",
        # Odd breathing; the nurse's explanation may come in the next sentence: "hij ademt raar als
        # hij slaapt, zo'n rochelend geluid, maar de palliatief verpleegkundige zei dat dat bij de
        # stervensfase hoort".
        r"\bademt<adv> (?:raar|vreemd|onregelmatig|rochelend|heel raar|heel vreemd)\b",
        exclude=_PAST_UNLESS_NOW
        + "|"
        + _DYING_PHASE
        + r"|\b(?:is normaal|het normaal is|dat normaal is|ehbo\w*|cursus\w*|leerden|geleerd|"
        r"diploma|oefenpop|reanimatieles)\b",
        scope="message",
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:niet|nauwelijks|slecht)(?: goed)? (?:meer )?aanspreekbaar\b|"
        r"\breageert<adv> niet (?:meer )?op (?:mij|me|aanspreken|roepen|pijn|schudden)\b|"
        r"\breageert<adv> niet normaal\b|\bademt<adv> niet goed\b",
        negatable=False,
        exclude=PAST,
    ),
    Rule(
        A,
        "breathing",
        r"\b(?:krijgt|krijg|kreeg)<adv> (?:geen|bijna geen|nauwelijks) (?:lucht|adem)\b|"
        r"\b(?:kan|kon)<adv> niet (?:meer )?ademen\b|\bstikt\b|\baan het stikken\b",
        negatable=False,
    ),
    Rule(A, "chest_pain", r"\b(?:pijn|druk)<adv> (?:op|in|aan) (?:de |zijn |haar |mijn )?borst\b"),
    Rule(
        A,
        "overdose",
        # All the pain patches at once: "al haar morfinepleisters tegelijk opgeplakt, ze ademt heel
        # langzaam".
        r"\b(?:al|alle|allemaal|een heleboel|veel te veel|heel veel)\b(?: [a-z]+){0,2} "
        r"\w*pleisters?\b(?: [a-z]+){0,2} (?:opgeplakt|geplakt|opgedaan|op gedaan|erop)\b",
        also=(r"\b(?:slaperig|suf|ademt|adem|reageert|wakker|slaapt|bewusteloos)\b",),
        exclude=PAST + r"|\b(?:apotheek|nieuwe|bestellen|herhaalrecept|vergoed\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "heart_or_stroke",
        # "mijn man heeft beroerte" (no article, as a second language says it) is the condition;
        # "hij heeft een beroerte" or "heeft nu beroerte" is happening.
        r"\b(?:heeft|krijgt|krijg)<adv> (?:(?:nu |net |volgens mij )(?:een )?|een )(?:hartaanval|"
        r"hartinfarct|hartstilstand|beroerte|herseninfarct|hersenbloeding)\b"
        r"(?! (?:gehad|van|als|door|ofzo)\b)|"
        r"\b(?:hartaanval|hartinfarct|hartstilstand|beroerte|herseninfarct|hersenbloeding) "
        r"(?:heeft|krijgt)\b(?! gehad\b)",
    ),
    Rule(
        A,
        "heart_or_stroke",
        r"\b(?:scheve mond|scheef gezicht|mond hangt<adv> scheef|gezicht hangt<adv> scheef|"
        r"mondhoek hangt)\b|\b(?:mond|gezicht|mondhoek)\b(?: [a-z]+){0,4} hangt<adv> (?:ineens |"
        r"opeens |plotseling )?scheef\b",
    ),
    Rule(
        A,
        "overdose",
        # Many pills just taken, also asked as a question: "wat gebeurt er als je 20 tabletten
        # oxycodon neemt, want dat heeft mijn moeder net gedaan", "hoe lang duurt het voordat 40
        # paracetamol gaan werken? heb ze net genomen", "net een heleboel bloeddrukpillen geslikt".
        rf"\b(?:[1-9][0-9]|twintig|dertig|veertig|vijftig|een heleboel|heel veel|veel te veel|"
        rf"een hele strip|een hele doos|alle)\b(?: [a-z]+){{0,4}} (?:{DRUGS}|\w*pillen|\w*tabletten)",
        also=(
            r"\b(?:net|zojuist|zonet|nu net|net gedaan|vanavond|vannacht)\b",
            r"\b(?:genomen|ingenomen|geslikt|neemt|gedaan|opgegeten|op)\b",
        ),
        exclude=PAST + r"|\b(?:apotheek|voorgeschreven|per dag|per week|baxter\w*|weekdoos|"
        r"herhaalrecept|bestellen|opgehaald)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "severe_bleeding",
        # "hij bloed heel erg uit zijn hoofd na val het stopt niet met die handdoek"
        r"\b(?:bloedt|bloed|bloet)<adv> (?:heel erg|erg|hevig|enorm|heel veel|flink|hard)\b",
        also=(r"\b(?:stopt|houdt)<adv> niet\b|\b(?:hoofd|val|gevallen|wond|snee)\b",),
        exclude=PAST + r"|\b(?:lukte|het lukte|gestopt|verbonden)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "severe_bleeding",
        r"\b(?:bloedt|bloeden)<adv> (?:heel erg|erg|hevig|enorm|heel veel|veel|flink|hard|"
        r"als een rund)\b|\bveel bloed\b|\bbloed (?:spuit|gutst|stroomt|spoot|gutste)\b|"
        r"\b(?:spuit|gutst|stroomt) (?:het )?bloed\b|\b(?:braakt|spuugt|spuwt|hoest|poept|plast) "
        r"(?:\w+ )?bloed\b|\bbloed (?:op)?(?:braken|overgeven|spugen|ophoesten)\b|"
        r"\bbloedt<adv> (?:uit|aan) (?:zijn|haar|het|mijn) (?:hoofd|mond|oor|oren)\b",
        # "zijn wond verbonden, best veel bloed maar het lukte"; "dol op horrorfilms met veel bloed"
        exclude=r"\b(?:het lukte|lukte het|verbonden|is gestopt|gestopt|film\w*|horror\w*|serie\w*|"
        r"game\w*|boek\w*)\b",
    ),
    Rule(
        A,
        "severe_bleeding",
        r"\bbloeden (?:stopt|houdt)<adv> niet\b|\bhet bloed (?:stopt|houdt)<adv> niet\b|"
        r"\bbloed (?:blijft|loopt)<adv> (?:maar )?(?:stromen|lopen|komen)\b|\bbloedt (?:en|maar) (?:het )?stopt niet\b",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        r"\b(?:heeft|hebben|heb|had)<adv> (?:een overdosis|te veel|alle|een hele (?:strip|pot|doos|"
        r"fles)|een heel doosje)<adv> (?:pillen|medicijnen|medicatie|tabletten|slaappillen|"
        r"insuline|"
        r"morfine|oxazepam)?<adv> (?:genomen|ingenomen|geslikt|gespoten|opgegeten)\b|"
        r"\b(?:heeft|hebben|heb|had)<adv> al (?:zijn|haar|mijn|de) (?:pillen|medicijnen|tabletten|"
        r"slaappillen)(?: (?:in een keer|in 1 keer|tegelijk|ineens|allemaal|tegelijkertijd))+ "
        r"(?:genomen|ingenomen|geslikt|opgegeten)\b|\boverdosis (?:genomen|ingenomen|geslikt|"
        r"gespoten|gehad|gekregen)\b|\b(?:heeft|had|hebben)<adv> (?:een )?[a-z]* ?overdosis<gap> "
        r"(?:gehad|gekregen|genomen|ingenomen|geslikt|gespoten)\b",
        # "vorig jaar heeft mijn moeder een overdosis gehad, sindsdien zorg ik voor haar"; "anderhalf
        # jaar geleden ... hij is toen op tijd gevonden en nu gaat het echt goed met hem"
        exclude=_PAST_UNLESS_NOW
        + r"|\b(?:sindsdien|op tijd gevonden|(?:jaar|maanden|weken) geleden)\b|\bgaat het\b(?: [a-z]+){0,3} "
        r"goed met (?:hem|haar)\b",
    ),
    Rule(
        A,
        "fire_or_gas",
        # "BRAND in de slaapkamer mama ligt nog in bed ik krijg haar niet eruit"
        r"\b(?:brand|rook|vuur|vlammen)\b",
        also=(
            r"\b(?:krijg|kreeg|kan|kon)\b(?: [a-z]+){0,2} niet (?:meer )?(?:eruit|naar buiten|mee|"
            r"weg)\b|\b(?:ligt|zit|is|slaapt) (?:nog )?(?:binnen|in bed|in huis|boven)\b",
        ),
        exclude=PAST + r"|\b(?:rookmelder\w* (?:ophangen|aanvragen|plaatsen)|bang dat|oefening)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:er is|het is|er woedt)<adv> brand\b|\b(?:staat|staan) in (?:brand|de fik)\b|"
        # "nu staat de keuken in brand"
        r"\b(?:staat|staan) (?:de|het|haar|zijn|mijn|onze) [a-z]+ in (?:brand|de fik)\b|"
        r"\b(?:staat|hangt|zit|is)(?: [a-z]+){0,2} vol (?:met )?rook\b|"
        r"\bik ruik(?: [a-z]+){0,4} gas\b|\bruik ik(?: [a-z]+){0,4} gas\b|\bgaslucht\b|\bgasgeur\b|\bgaslek\b|\bgaskraan (?:staat|stond)<adv> open\b|"
        r"\bgas\b(?: [a-z]+){0,3} open\b|\bgaskra(?:an|nen)\b(?: [a-z]+){0,2} "
        r"(?:opengedraaid|opengezet|open gedraaid|open gezet)\b|"
        r"\b(?:er komt|ik zie|ik ruik|zie ik|ruik ik)<adv> rook\b|\brook (?:uit|in) (?:de|het|zijn|"
        r"haar)\b|\bbrandlucht\b|"
        # "het rookt uit de slaapkamer van mijn moeder" (not "hij rookt in de slaapkamer").
        r"\bhet rookt\b|\brookt (?:uit|onder) (?:de|het|zijn|haar) (?:slaapkamer|kamer|keuken|deur|"
        r"badkamer|gang|schuur|garage|woonkamer|huis|raam|ramen|dak)\b",
        # "bijna de keuken in de fik gezet, gelukkig ...": a near miss told afterwards.
        # "wij hebben vorig jaar een gaslek gehad en sindsdien koken we elektrisch"
        exclude=r"\b(?:bijna|gelukkig|haha\w*|grapje|was (?:ma|pa|hij|zij|ze) er niet bij|gehad|"
        r"sindsdien|vorig\w*)\b",
    ),
    Rule(
        A,
        "exhaust_fumes",
        r"\bmet (?:de )?motor aan\b|\bmet (?:een |de )?draaiende motor\b|\bmotor (?:draait|loopt) nog\b|"
        r"\bslang (?:aan|op|in|van) de uitlaat\b",
        also=(r"\b(?:garage|schuur|uitlaat|slang)\b",),
        scope="message",
    ),
    Rule(
        A,
        "missing_person",
        r"\b<agent> (?:is|zijn)(?: (?:net|nu|zojuist|alweer|weer|vanochtend|vannacht|vanavond|"
        r"vanmiddag|sinds vanochtend|al|uren|al uren|al een uur|al de hele dag|sinds vanmiddag|"
        r"sinds vannacht))* (?:weggelopen|vermist|verdwenen|zoekgeraakt|zoek)\b",
        exclude=PAST,
    ),
    Rule(
        A,
        "missing_person",
        r"\bkan<person><adv> (?:niet|nergens) (?:meer )?vinden\b",
        negatable=False,
        exclude=(
            r"\b(?:website|formulier|site|internet|online|pagina|app|document|brief|lijst|map|"
            r"nummer|mail|link|folder|papier|pas|sleutel)\w*"
        ),
    ),
    Rule(
        A,
        "emergency_call",
        r"\b(?:bel|bellen|gebeld|belde)<adv> (?:ik |we |je )?(?:112|een ambulance|de ambulance|"
        r"ambulance|de alarmcentrale)\b|\b(?:112|ambulance)<adv> (?:gebeld|bellen|nodig|komt|"
        r"onderweg|is onderweg|komt eraan|is gebeld)\b",
        # A call that is over and ended well: "moest 112 bellen maar het bleek een paniekaanval, nu
        # is alles rustig".
        exclude=r"\b(?:het bleek|bleek het|bleek (?:maar )?een|viel (?:gelukkig )?mee|loos alarm|"
        r"(?:nu|inmiddels) is (?:alles|het) (?:weer )?(?:rustig|goed|oke|ok)|alles is (?:weer )?goed|"
        # a call told afterwards, advice, or a question about when to call
        r"dat ging (?:gelukkig )?goed|ging (?:gelukkig )?goed|wanneer (?:moet|moeten|kun|kan|mag) "
        r"(?:je|ik|u|men|we)|(?:huisarts|dokter|arts|verpleegkundige) (?:zei|zegt|heeft gezegd)|"
        r"als (?:hij|ze|zij) (?:\w+ )?(?:benauwd|ziek|slechter) (?:wordt|is))\b|"
        # "... hij ligt nu in het ziekenhuis en is stabiel. wat moet ik regelen?": in care now.
        r"\b(?:ligt|lag) (?:nu |inmiddels |al )?in het ziekenhuis\b|\b(?:is|weer) stabiel\b|"
        # "hoe test ik het valalarm zonder dat er meteen een ambulance komt?"
        r"\b(?:test|testen|getest|uitproberen|proberen|zonder dat er)\b|"
        # "kan ik 112 bellen als mijn vader valt ...? gewoon voor de zekerheid"
        r"\b(?:kan|mag|moet|kun|moeten) (?:ik|je|we|u) (?:\w+ )?(?:112|de ambulance|een ambulance) "
        r"bellen als\b|\bvoor de zekerheid\b|" + PAST,
        # "ik heb gisteren 112 gebeld omdat mijn moeder viel, maar het viel mee": the all-clear
        # comes in the next clause.
        scope="message",
    ),
    Rule(
        A,
        "emergency_call",
        r"\blevensgevaar\w*\b|\blevensbedreigend\w*\b",
        # An opinion about a risk ("levensgevaarlijk vind ik het, die motor") is no emergency.
        # "de dokter noemt dat levensgevaarlijk", "'levensgevaarlijk mooi'"
        exclude=r"\b(?:vind|vindt|vinden) (?:ik|we|wij|het|hem|haar|dat)\b|\blijkt (?:me|mij)\b|"
        r"\bnoem(?:t|en|de)? (?:dat|het|dit)? ?levensgevaarlijk\b|\blevensgevaarlijk (?:mooi|lekker|"
        r"goed|leuk|druk)\b|"
        r"\b(?:eigenlijk|best|soms|kan|kunnen|zou|worden|wordt)\b|"
        # "die oversteek is levensgevaarlijk. waar meld ik dat?", "het 'levensgevaarlijke'
        # traplift-ding eindelijk laten vervangen, haha": a risk named, not a life in danger now.
        r"\b(?:is|was) levensgevaarlijk\b|\blevensgevaarlijke\b|\b(?:niks|niets) gebeurd\b|"
        # Held-out round 66: "de artsen zeggen dat hij buiten levensgevaar is"
        r"\bbuiten levensgevaar\b|\bniet (?:meer )?in levensgevaar\b|"
        # "de neuroloog had het over levensbedreigend als hij weer een beroerte krijgt"
        r"\b(?:had het over|heeft het over|sprak over|noemde het|noemt het|als (?:hij|ze|zij) "
        r"(?:weer|opnieuw|nog een keer|ooit))\b|"
        # "de huisarts zei vorige maand dat haar bloeddruk levensgevaarlijk hoog was, met de nieuwe
        # pillen is het weer goed"
        r"\blevensgevaarlijk \w+ was\b|\b(?:is|gaat) het (?:nu )?weer goed\b|" + PAST,
    ),
    Rule(
        A,
        "fall_with_injury",
        r"\bgevallen en<adv> (?:bloedt|reageert|beweegt niet|kan niet (?:meer )?(?:op|opstaan|"
        r"overeind)|is bewusteloos|ligt)\b|\bligt<adv> op de grond<gap> (?:kan|krijg)<gap> niet "
        r"(?:meer )?(?:op|opstaan|overeind|omhoog)\b",
        # "is uit bed gevallen en ligt nu ter observatie in het ziekenhuis": cared for already.
        exclude=r"\bgevallen en<adv> ligt<adv> (?:ter observatie|in het ziekenhuis|op de (?:seh|eerste hulp))\b",
        negatable=False,
    ),
    Rule(
        A,
        "seizure",
        r"\b(?:aanval|toeval|insult)<gap> (?:niet|maar niet) (?:stopt|ophoudt|op houdt|overgaat|"
        r"over gaat)\b",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # A large amount taken: "een hele strip van mama haar oxazepam ingenomen", "zijn insuline
        # 2x gespoten".
        rf"\b(?:een hele (?:strip|pot|doos|fles|zak)|een heel (?:doosje|potje)|een handvol|"
        rf"(?:veel )?te ?veel|dubbele dosis|2x|3x|twee keer|2 keer|drie keer|3 keer|dubbel)\b"
        rf"(?: [a-z0-9]+){{0,4}} {DRUGS}|{DRUGS}(?: [a-z0-9]+){{0,2}} (?:2x|3x|twee keer|2 keer|"
        r"dubbel|te veel|teveel)\b",
        also=(r"\b(?:ingenomen|geslikt|genomen|gespoten|opgegeten|toegediend|op)\b",),
        exclude=(
            PAST + r"|\b(?:gegeten|snoep|bang dat|stel dat|voorkomen|vergeten|wat als|"
            r"wat moet ik doen als|mag|niet)\b"
        ),
    ),
    Rule(
        A,
        "on_the_edge",
        # Standing at the place now, next to a suicide signal: "sta nu op de brug".
        r"\b(?:sta|staat|zit|lig|ligt|ben|is)(?: (?:ik|hij|ze|zij|nu|hier|al|net|alweer|weer))*"
        r"(?: [a-z]+){0,3} (?:op|bij|aan|naast|onder|boven|over) (?:de|het|een) [a-z]*(?:brug|spoor|"
        r"rails|spoorlijn|spoorbaan|dak|rand|balkon|kade|perron|flat|snelweg|viaduct|water|trein|"
        r"overweg|reling|vensterbank|dijk|pier|toren|parkeergarage)\b",
        exclude=r"\b(?:soms|vaak|weleens|wel eens|elke|iedere|af en toe|toen|vroeger)\b",
        needs=(S,),
    ),
    Rule(
        A,
        "on_the_edge",
        # On the railway track now is danger to life whatever else is said.
        r"\b(?:sta|zit|lig|ben|staat|ligt)(?: (?:nu|hier|al|net))* (?:op|tussen|bij) (?:het spoor|"
        r"de rails|de spoorlijn|de spoorbaan|de overweg)\b|"
        # "hij loopt langs het spoor, tussen de rails bijna"
        r"\btussen de (?:rails|sporen)\b",
        exclude=r"\b(?:soms|vaak|weleens|wel eens|elke|iedere|af en toe|toen|vroeger|trein in|"
        r"perron|model\w*|speelgoed\w*|miniatuur\w*)\b",
    ),
    Rule(
        A,
        "imminent_plan",
        # A plan with a time, next to a suicide signal: "de pillen liggen klaar en ik neem ze
        # vannacht", "vanavond maak ik er een einde aan".
        # The act and the time: the time is what the suicide signal did not say yet, so the two
        # may overlap (`separate=False`).
        r"\b(?:ik (?:neem|slik) (?:ze|die|de pillen|alles|ze allemaal)|(?:neem|slik) ik "
        r"(?:ze|die|de pillen|alles)|ik (?:ga|doe) het|doe ik het|ga ik het doen|spring ik|"
        r"ik spring|maak ik er|ik maak er|stap ik eruit|ik stap eruit|een eind\w* aan|"
        r"(?:doet|gaat) (?:hij|ze|zij) het|(?:hij|ze|zij) (?:doet|gaat) het|is de dag|"
        r"is het zover|is het moment|is het (?:klaar|voorbij|afgelopen|gedaan)|de zee in|"
        r"het water in|springen|ophangen|"
        r"van de brug|voor de trein|innemen|inneem|slikken)\b",
        also=(
            r"\b(?:vannacht|vanavond|vandaag|straks|zo meteen|zometeen|nu meteen|dadelijk|"
            r"over een uur|nu|vanmiddag|ga zo|ga nu|morgen|morgenvroeg|morgenochtend|morgenavond)\b",
        ),
        # "ik heb er vannacht over nagedacht", "hij zei vandaag dat ...": the time is the thinking
        # or the telling, not the plan.
        exclude=r"\b(?:nagedacht|gedacht|overwogen|gepiekerd|gedroomd|gelezen|gezocht|gesproken|"
        r"gepraat|verteld|gezegd|gisteren|vorige)\b|\b(?:zei|zegt|vertelde|vertelt|appte|belde|"
        r"schreef|riep|dreigde|sprak)\b(?: [a-z]+)? (?:vannacht|vanavond|vandaag|vanmiddag|nu)\b|"
        # "als ik nu tegen een boom klap is het klaar": a thought of how, not a plan for when.
        r"\bals\b(?: [a-z]+){1,8} is het (?:klaar|voorbij|afgelopen|gedaan)\b",
        needs=(S,),
        separate=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A farewell letter laid out, or last words: "die ligt op tafel", "wou alleen nog zeggen".
        r"\b(?:ligt|liggen|neergelegd|klaargelegd|achtergelaten)\b(?: [a-z]+){0,2} "
        r"(?:op (?:tafel|de tafel|het bed|mijn bed|het aanrecht|de kast)|klaar)\b",
        also=(r"\b(?:afscheidsbrie\w*|brief|brieven|briefje)\b",),
        scope="message",
        needs=(S,),
    ),
    Rule(
        A,
        "on_the_edge",
        # High up now, with last words: "ik zit nu boven op de parkeergarage. ik wilde alleen nog
        # zeggen dat de sleutel bij de buren ligt".
        r"\b(?:sta|zit|ben|lig)(?: (?:ik|nu|hier|al|net))* (?:nu|hier)(?: [a-z]+){0,2} (?:op|aan) "
        r"(?:de|het|een) [a-z]*(?:brug|dak|rand|balkon|flat|viaduct|toren|parkeergarage|reling)\b",
        also=(
            r"\b(?:(?:wou|wilde|wil) (?:alleen )?(?:nog )?(?:even )?(?:zeggen|laten weten)|"
            r"laatste|afscheid|vaarwel|sorry|vergeef|pas goed op|zorg goed)\b",
        ),
        scope="message",
    ),
    Rule(
        A,
        "imminent_plan",
        # Means laid out, with a time: "de scheermesjes liggen al op de rand van het bad", said
        # tonight next to a signal of suicide.
        rf"(?:{DRUGS}|\b(?:scheermes\w*|touw|strop|{WEAPONS})\b)(?: [a-z]+){{0,2}} "
        r"(?:liggen|ligt|staan|staat|hangt|hangen)(?: al)? (?:klaar|op|naast|bij|in)\b",
        also=(r"\b(?:vanavond|vannacht|vandaag|straks|nu|zo meteen|dadelijk)\b",),
        scope="message",
        needs=(S,),
    ),
    Rule(
        A,
        "on_the_edge",
        # Legs over the edge, high up: "ik zit nu op het balkon van de negende verdieping met mijn
        # benen over de rand".
        r"\b(?:benen|voeten|been) (?:over|buiten) (?:de|het) (?:rand|reling|hek|balustrade)\b|"
        r"\b(?:over|buiten) de (?:reling|balustrade) (?:geklommen|gestapt|geklom)\b",
        also=(r"\b(?:balkon|dak|brug|verdieping|hoog|flat|viaduct|toren|parkeergarage)\b",),
        exclude=PAST + r"|\b(?:zwembad|steiger|bootje|boot|kade|zitten te vissen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # At a height or a track while telling a plan: "ik typ dit vanaf het dak van onze flat ...
        # waarom ik spring".
        r"\b(?:typ|schrijf|sta|zit|ben|stuur)\b(?: [a-z]+){0,3} (?:vanaf|op) (?:het|de|een) "
        r"(?:dak|dakrand|brug|balkon|viaduct|reling|perron|spoor|flat)\b",
        also=(
            r"\b(?:spring\w*|sprong|laat (?:me|mij) vallen|stap eraf|eraf|naar beneden|"
            r"afscheid|waarom ik)\b",
        ),
        exclude=r"\b(?:soms|vaak|weleens|wel eens|elke keer|iedere keer|altijd|vroeger|toen)\b",
        scope="message",
        needs=(S,),
    ),
    Rule(
        A,
        "missing_person",
        # A goodbye sent and no answer now: "ze heeft vanochtend geappt dat ze afscheid neemt en nu
        # neemt ze haar telefoon niet meer op".
        r"\b(?:geappt|appte|ge-sms t|sms te|gemaild|mailde|schreef|stuurde|gestuurd|bericht|appje|"
        r"berichtje)\b(?: [a-z]+){0,5} (?:afscheid|vaarwel|het spijt|sorry voor alles|laatste)\b",
        also=(
            r"\b(?:neemt|nam)<adv> (?:ze |hij |zij )?(?:haar |zijn |de )?telefoon niet (?:meer )?op\b|"
            r"\bniet (?:meer )?(?:bereikbaar|te bereiken)\b|\breageert niet (?:meer )?op\b|"
            r"\b(?:is|was) weg\b|\bnergens te vinden\b",
        ),
        scope="message",
    ),
    Rule(
        A,
        "imminent_plan",
        r"\b(?:wou|wilde) (?:alleen )?(?:nog )?(?:even )?(?:zeggen|laten weten)\b|\bvaarwel\b|"
        r"\b(?:dit is|dit wordt|hier is) (?:denk ik |misschien |wel )?mijn laatste (?:bericht|berichtje|"
        r"woorden)\b",
        needs=(S,),
    ),
    Rule(
        A,
        "means_in_hand",
        # Holding the means now, next to a signal of harm: "ik sta met een mes in mijn hand".
        rf"\b{WEAPONS}\b(?: [a-z]+){{0,2}} in (?:mijn|zijn|haar|de) hand(?:en)?\b|"
        r"\b(?:pillen|touw|strop|scheermes\w*)\b(?: [a-z]+){0,2} in (?:mijn|zijn|haar|de) "
        r"hand(?:en)?\b",
        exclude=PAST,
        scope="message",
        needs=(S, BY, AG),
    ),
    Rule(
        A,
        "armed_threat",
        # A weapon against someone now: "mijn zoon staat nu met een mes in de gang".
        r"\b(?:staat|komt|loopt|zwaait|dreigt|zit|rent)(?: (?:nu|hier|net|weer))*(?: [a-z]+){0,3} "
        r"met (?:een|het|zijn|haar|de|dat) (?:mes|messen|keukenmes|schaar|hamer|bijl|wapen|pistool|"
        r"geweer|jachtgeweer|honkbalknuppel|breekijzer)\b",
        exclude=r"\b(?:snij\w*|groente|brood|vlees|aardappel\w*|schillen|koken|kookt|gekookt|trots|"
        r"houtsnij\w*|"
        r"tuin|hout|klus\w*|timmer\w*|wandel\w*|soms|vaak|altijd|elke keer|iedere keer|telkens|"
        r"weleens|wel eens|regelmatig|als ik (?:kom|langskom|langs kom|op bezoek kom|binnenkom))\b|"
        + HOUSE_JOBS,
    ),
    Rule(
        A,
        "locked_in_no_answer",
        # Someone in crisis shut away and silent: "heeft zich opgesloten en ik hoor haar niet meer".
        r"\b(?:heeft|had) zich(?: [a-z]+){0,4} (?:opgesloten|ingesloten)\b|"
        r"\bzit(?: [a-z]+){0,3} (?:opgesloten|ingesloten)\b|\bdeur (?:gaat|wil) niet open\b|"
        r"\b(?:zit|ligt|is)\b(?: [a-z]+){0,4} met de deur op slot\b|"
        r"\bdoet (?:de deur )?niet (?:meer )?open\b",
        also=(
            r"\b(?:hoor|zie) (?:haar|hem|niks|niets)(?: [a-z]+)?<adv> (?:niet meer|niks meer|"
            r"niets meer)\b|\breageert<adv> niet\b|\bgeeft<adv> geen antwoord\b|"
            r"\bhoor<adv> (?:niks|niets)\b|\bdoet<adv> niet open\b",
        ),
        exclude=r"\bik zit\b|\bzit ik\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:ruik\w*|rook|stinkt|stonk|stinken)(?: [a-z]+){0,5} naar gas\b|\b(?:gasfornuis|fornuis|gaskraan|gasstel|"
        r"kookplaat|gaspit|pit|pitten|oven)\b(?: [a-z]+){0,3} (?:open|aan)(?: [a-z]+){0,2} "
        r"(?:laten staan|staan|staat)\b",
        exclude=(
            # "hoe kan ik het gas laten afsluiten? hij laat het fornuis aan staan": a habit, asked
            # about.
            PAST + r"|\b(?:soms|vaak|weleens|wel eens|vergeet|vergeten|bang dat|nog niks|"
            r"nog niets|veiliger|beveiliging|voorkomen|altijd|afsluiten|afgesloten|elektrisch|"
            r"inductie)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fall_with_injury",
        # A fall and no movement or answer, told in one story: "is van de trap gevallen en ze
        # beweegt niet en zegt niks".
        r"\b(?:gevallen|viel|gevallen|valt|val|gestruikeld|neergestort|van de trap)\b",
        also=(
            r"\b(?:beweegt|reageert|praat|zegt|ademt|antwoordt)<adv> (?:niet|niks|niets|nergens)"
            r"(?: meer)?\b|\bligt<adv> (?:stil|bewusteloos|in een plas)\b|\bbewusteloos\b|"
            r"\bkomt<adv> niet (?:meer )?(?:overeind|bij|omhoog)\b|\bbloedt\b|\bbloed\b|"
            # "na een val niet meer wakker wordt? hij ligt al een half uur zo"
            r"\bniet (?:meer )?wakker (?:wordt|worden|werd)\b",
        ),
        exclude=(
            _PAST_UNLESS_NOW
            + r"|\b(?:gelukkig|gaat (?:weer |het )?goed|niks gebroken|niets gebroken|"
            r"oke|bang dat|als (?:ze|hij) valt|valalarm|bloedverdunner\w*)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "heart_or_stroke",
        # Signs of a stroke or a low blood sugar that start now.
        r"\b(?:slap en (?:zweterig|zweet|klam|bleek|suf)|zweterig en (?:slap|suf|verward|bleek)|"
        r"klam en (?:bleek|suf|slap)|(?:arm|been) hangt<adv> slap)\b|"
        r"\bpraat<adv> (?:raar|vreemd|onduidelijk|met dubbele tong|brabbel\w*)\b",
        also=(
            r"\b(?:nu|ineens|opeens|plotseling|net|sinds vanochtend|sinds een uur|zweterig|"
            r"zweet|slap|scheef)\b",
        ),
        exclude=PAST + r"|\b(?:altijd|vaak|soms|sinds (?:de|zijn|haar) (?:dementie|ziekte))\b",
        # The stroke named as the illness, with nothing sudden: its lasting signs (personas dev36).
        exclude_in_message=(
            r"^(?!.*\b(?:ineens|opeens|plotseling|net|sinds vanochtend|sinds een uur|vandaag|"
            r"zojuist|112)\b).*\b(?:herseninfarct|beroerte|hersenbloeding|cva|hersenletsel)\b"
        ),
        negatable=False,
    ),
    # --- acute danger: more wording (generalised from blind rounds) ------------------------------
    Rule(
        A,
        "unresponsive",
        r"\b(?:reageert|reageerde)<adv> (?:op )?(?:niks|niets|nergens)(?: meer)?\b|"
        r"\b(?:gestopt|stopt|opgehouden|houdt op) met (?:ademen|ademhalen)\b|"
        r"\bademt<adv> (?:zwak|heel zwak|oppervlakkig|nauwelijks|bijna niet|onregelmatig|"
        r"rochelend|piepend|snel en oppervlakkig|heel snel en oppervlakkig|met horten en stoten)\b|"
        r"\b(?:lippen|gezicht|lip|huid)\b(?: [a-z]+){0,2} (?:paars|grauw|grijs|blauw)\b|"
        r"\bbloed is overal\b|\boveral bloed\b|\bin een plas bloed\b|"
        r"\b(?:polsen|pols|aders|keel) (?:\w+ )?(?:doorgesneden|opengesneden|doorgesneden|"
        r"opengehaald|doorsneden)\b|\bbot\b(?: [a-z]+){0,4} (?:steekt|steken|uitsteekt|naar buiten)\b",
        exclude=PAST + r"|\b(?:soms|vaak|altijd|als (?:ze|hij) (?:slaapt|loopt)|trap op|sport\w*|"
        r"koud|kou|winter|palliatie\w*|laatste fase|stervensfase|hospice|het normaal is|dat normaal is)\b",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # Not waking up, told with a sign that it is now: "is flauwgevallen en wordt niet meer wakker".
        r"\b(?:wordt|werd)<adv> (?:niet|maar niet|nergens) (?:meer )?wakker\b|"
        r"\b(?:krijg|kreeg)<adv> (?:geen|nauwelijks) reactie\b",
        also=(
            r"\b(?:flauw\w*|gevallen|ligt|lag|help|ineens|opeens|nu|schudden|geschud|roep\w*|"
            r"ademt|adem|badkamer|bad|bed|grond|vloer|bank|stoel|zakt|bleek|koud)\b",
        ),
        exclude=PAST + r"|\b(?:bericht\w*|app\w*|mail\w*|brief|telefoon|gemeente|steunpunt|"
        r"aanvraag|whatsapp|sms|s ochtends|s morgens|voor tien|wekker|uitslapen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:wordt|blijft|is|ziet|loopt|kleurt)<adv> (?:helemaal |heel |al )?(?:blauw|paars|grauw)"
        r"(?: aan)?\b(?! (?:oog|plek\w*|van de kou)\b)",
        also=(
            r"\b(?:lippen|gezicht|adem\w*|geen lucht|lucht krijgt|naar lucht|aanval|verslikt|stikt|"
            # "een stuk vlees in zijn keel, hij kan niet hoesten en wordt paars"
            r"reageert|ligt|zakt|flauw\w*|bewusteloos|keel|hoesten|hoest)\b",
        ),
        # "wordt blauw rond haar lippen als ze hard huilt. de cardioloog weet ervan": known, and
        # what happens, not what happens now.
        exclude=PAST
        + r"|\b(?:weet ervan|weet het|hoort bij (?:haar|hem)|als (?:ze|hij|zij) (?:\w+ )?"
        r"(?:huilt|hoest|rent|boos wordt|inspant))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # Alcohol and pills taken together: "een halve fles wodka op met zijn slaappillen".
        r"\b(?:fles|drank|alcohol|wodka|wijn|jenever|whisky|bier|sterke drank|likeur|rum)\b",
        also=(
            DRUGS,
            r"\b(?:op|genomen|ingenomen|geslikt|gedronken|opgedronken|achterover|leeggedronken|"
            r"leeg gedronken|achterovergeslagen)\b",
        ),
        exclude=r"\b(?:mag|mogen|kan|combineren|samengaan|vraag|mag dat|bijsluiter|niet samen)\b|"
        + PAST,
    ),
    Rule(
        A,
        "overdose",
        # All of one's sedatives, or all one's pills just now: "ik heb net al mijn oxazepam
        # ingenomen".
        r"\bal (?:mijn|zijn|haar|de|dr|mama haar|papa zijn) (?:slaappil\w*|slaapmiddel\w*|"
        r"oxazepam|temazepam|diazepam|lorazepam|morfine|oxycodon\w*|paracetamol|insuline|"
        r"kalmeringsmiddel\w*|antidepressiva|pijnstillers)\b|"
        r"\b(?:net|zojuist|zonet|vanavond|vannacht) (?:al|alle) (?:mijn|zijn|haar|de)? ?"
        r"(?:pillen|medicijnen|tabletten)\b",
        also=(r"\b(?:genomen|ingenomen|geslikt|opgegeten|gespoten|op)\b",),
        exclude=r"\b(?:vergeten|netjes|op tijd|voorgeschreven|per dag|weekdoos|baxter\w*|"
        r"opgehaald|gehaald|apotheek|opgeruimd|weggegooid)\b|" + PAST,
    ),
    Rule(
        A,
        "overdose",
        # Someone says they took pills and cannot be reached: "zegt dat ze pillen heeft genomen
        # en nu neemt ze niet meer op".
        rf"{DRUGS}",
        also=(
            r"\b(?:genomen|ingenomen|geslikt|opgegeten)\b",
            r"\b(?:neemt (?:[a-z]+ )?(?:niet|de telefoon niet)(?: meer)? op|niet (?:meer )?bereikbaar|"
            r"reageert niet|geen contact|niet wakker|suf|slap|appte|appt|belde|sms)\b",
        ),
        exclude=r"\b(?:vergeten|netjes|op tijd|voorgeschreven|weekdoos|baxter\w*|bijwerking\w*|"
        r"bijsluiter|volgens (?:het )?(?:recept|voorschrift))\b|" + PAST,
        scope="message",
    ),
    Rule(
        A,
        "found_hanging",
        r"\b(?:ze|hij|zij|mijn [a-z]+|mn [a-z]+|iemand) (?:hangt|hing)\b(?: [a-z]+){0,2} "
        r"(?:aan|in|van|op) (?:de|het|een|zijn|haar) (?:trap|trapleuning|balk|zolder|touw|deur|"
        r"boom|schuur|plafond|haak|kapstok|leuning|garage|zoldertrap|zolderluik|verwarming)\b",
        exclude=r"\b(?:jas|was|wasgoed|foto|schilderij|lamp|bord|kalender|slinger|gordijn|"
        r"kerstboom|tas|handdoek|telefoon|rek)\b",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # Violence going on right now, next to a violence signal: "hij slaat haar nu, ik hoor
        # haar gillen".
        r"\b(?:op dit moment|op dit ogenblik|nu op dit moment|terwijl ik dit (?:typ|schrijf)|"
        r"ik hoor (?:haar|hem|ze|mijn [a-z]+) (?:gillen|schreeuwen|roepen|huilen|om hulp)|"
        r"(?:ze|hij|zij) (?:is|zijn) (?:nu )?(?:aan het vechten|elkaar aan het slaan))\b",
        needs=(BY, AG, AB),
        separate=False,
    ),
    Rule(
        A,
        "missing_person",
        r"\b(?:al|sinds)\b(?: [a-z0-9]+){0,2} (?:uur|uren|nacht)\b",
        also=(
            r"\b(?:weg|zoek|kwijt|vermist|verdwenen|weggelopen|niet thuisgekomen|"
            r"niet teruggekomen|nergens)\b",
            r"\b(?:donker|vriest|koud|kou|regen|nacht|geen jas|pyjama|nachtpon|nachtjapon|"
            r"dementie|alzheimer|verward|in de war|rollator|sloffen)\b",
        ),
        exclude=LOST_THINGS + "|" + PAST + r"|\b(?:terug|gevonden|thuisgebracht)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # On the outer edge now: "ik zit op de rand van de brug".
        r"\b(?:sta|staat|zit|zitten|lig|ligt|ben|is|hang|hangt)(?: (?:ik|hij|ze|zij|nu|hier|al|net))*"
        r"(?: [a-z]+){0,2} (?:op|aan|over) (?:de|het) (?:rand van (?:de|het|een) [a-z]*(?:brug|dak|"
        r"flat|balkon|viaduct|toren)|reling|buitenkant van (?:de|het) [a-z]*(?:brug|balkon))\b",
        exclude=r"\b(?:soms|vaak|weleens|wel eens|elke|iedere|af en toe|toen|vroeger|foto|uitzicht|"
        r"terras|picknick)\b",
    ),
    Rule(
        A,
        "overdose",
        # A count of pills taken: "ik heb 20 paracetamol genomen".
        rf"\b(?:[1-9][0-9]+|twintig|dertig|veertig|vijftig|zestig|honderd|tientallen|een stuk of "
        rf"(?:tien|twintig|dertig))\b(?: [a-z]+){{0,2}} {DRUGS}",
        also=(r"\b(?:genomen|ingenomen|geslikt|opgegeten|op)\b",),
        # "de strip van 10 paracetamol is in vijf dagen op": a pack used up as prescribed.
        exclude=r"\b(?:mg|milligram|gram|per dag|per week|per maand|jaar|jaren|procent|euro|ml|"
        r"strip van|doos van|doosje van)\b|\bin (?:[a-z0-9]+ )?(?:dagen|weken|week|maand) op\b|"
        + PAST,
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:voel|vind|voelde|hoor)<adv> geen (?:hartslag|pols|hartslag meer|ademhaling|adem)\b|"
        r"\b(?:ingestort|ineengestort|ineengezakt|in elkaar gestort|neergevallen|omgevallen)\b"
        r"(?: [a-z]+){0,4} (?:en|maar) (?:reageert|beweegt|ademt|zegt|praat)\b|"
        r"\bademt<adv> niet (?:meer )?goed\b|\b(?:lijkbleek|doodsbleek|helemaal wit|heel wit|"
        r"spierwit)\b(?: [a-z]+){0,4} (?:ademt|reageert|valt|zakt|adem)\b|"
        r"\b(?:ademt|adem|reageert)\b(?: [a-z]+){0,6} (?:lijkbleek|doodsbleek|helemaal wit|heel wit|"
        r"spierwit|grauw)\b",
        exclude=PAST,
        negatable=False,
    ),
    Rule(
        A,
        "heart_or_stroke",
        # Sudden weakness or a drooping face: "kan haar arm niet bewegen en haar mond hangt".
        r"\b(?:kan|kon)<adv> (?:zijn|haar|dr) (?:arm|been|hand|gezicht|linkerarm|rechterarm|"
        r"linkerbeen|rechterbeen) (?:niet|nauwelijks) (?:meer )?(?:bewegen|optillen|voelen|"
        r"gebruiken)\b|\b(?:mond|mondhoek|gezicht|ooglid)\b(?: [a-z]+){0,2} hangt<adv>(?: "
        r"(?:scheef|naar beneden|open))?<end>|\b(?:kan|kon)<adv> (?:ineens|opeens|plotseling) "
        r"niet (?:meer )?(?:praten|lopen|staan|zien)\b",
        also=(
            r"\b(?:ineens|opeens|plotseling|net|nu|sinds vanochtend|sinds een uur|verward|"
            r"scheef|raar|onduidelijk|hangt)\b",
        ),
        exclude=PAST + r"|\b(?:altijd|al jaren|sinds (?:de|zijn|haar) (?:beroerte|ziekte|"
        r"herseninfarct|ongeluk|val|operatie))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "poisoning",
        r"\b(?:chloor|bleekwater|bleekmiddel|wc eend|wceend|ammoniak|ontkalker|spiritus|petroleum|lampenolie|"
        r"accuzuur|gootsteenontstopper|ontstopper|schoonmaakazijn|terpentine|wasmiddel|"
        r"afwasmiddel|vaatwastablet\w*|gootsteen\w*|schoonmaak\w*)\b",
        also=(
            r"\b(?:gedronken|opgedronken|ingeslikt|geslikt|gegeten|opgegeten|binnengekregen|"
            r"drinkt|slikt|in (?:zijn|haar) mond)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|voorkomen|opbergen|wegzetten|kastslot|stel dat)\b",
    ),
    Rule(
        A,
        "found_hanging",
        # Found just now, next to a suicide signal: "heeft zich opgehangen, ik heb hem net gevonden".
        r"\b(?:net|zojuist|zonet|daarnet|zo net) gevonden\b|\b(?:vond|vind) (?:ik )?(?:hem|haar) "
        r"(?:net|zojuist|zonet)\b|\bheb (?:hem|haar|mijn [a-z]+) (?:net |zojuist |zonet )?gevonden\b",
        needs=(S,),
    ),
    Rule(
        A,
        "means_in_hand",
        # Means in hand and in doubt: "ik sta met de pillen in mijn hand en ik weet niet wat ik moet
        # doen".
        rf"\b(?:pillen|tabletten|slaappillen|medicijnen|touw|strop|scheermes\w*|{WEAPONS})\b"
        r"(?: [a-z]+){0,2} in (?:mijn|m'n) hand(?:en)?\b",
        also=(
            r"\b(?:weet niet (?:wat|of)|durf|twijfel|bang van mezelf|bang voor mezelf|niet meer|"
            r"help|eind|klaar)\b",
        ),
        exclude=r"\b(?:welke|hoeveel|apotheek|bijsluiter|moet ze|moet hij|geef ik|snijden|snij|"
        r"groente\w*|koken|kook|aardappel\w*|schillen|avondeten)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # A letter left and gone: "heeft een brief achtergelaten en is weg met de auto".
        r"\b(?:brief|briefje|afscheidsbrie\w*|bericht)\b(?: [a-z]+){0,2} (?:achtergelaten|"
        r"neergelegd|gevonden|laten liggen|achter gelaten)\b",
        also=(
            r"\b(?:weg|vertrokken|verdwenen|telefoon (?:staat )?uit|niet bereikbaar|neemt niet op|"
            r"neemt (?:zijn|haar) telefoon niet op|onvindbaar|vermist)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # Sudden trouble breathing, swelling: an allergic reaction.
        r"\b(?:allergische reactie|anafylax\w*|zwelt op|zwellen op|zwol op|zwollen op|opgezwollen|"
        r"dikke tong|keel zit dicht|keel (?:zwelt|gaat) dicht)\b",
        also=(r"\b(?:adem\w*|lucht|benauwd|slikken|gezicht|tong|keel|lippen)\b",),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        r"\b(?:kan|kon)<adv> (?:heel |erg )?moeilijk (?:ademen|ademhalen)\b|"
        r"\bademt<adv> (?:heel |erg )?moeilijk\b|\bhapt<adv> naar (?:lucht|adem)\b",
        also=(r"\b(?:ineens|opeens|plotseling|nu|net|blauw|zwelt|allergisch|borst|help|wit)\b",),
        exclude=PAST + r"|\b(?:copd|astma|trap|lopen|fietsen|traplopen|inspanning)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fall_with_injury",
        # A long lie on the floor: "ligt al sinds vanmorgen op de badkamervloer, ze kan niet opstaan".
        r"\b(?:ligt|lag)\b(?: [a-z]+){0,5} op (?:de|het) [a-z]*(?:vloer|grond|tegels|stoep)\b",
        also=(
            r"\b(?:kan|krijg|kon|kreeg)\b(?: [a-z]+){0,3} niet (?:meer )?(?:op|opstaan|overeind|"
            r"omhoog|staan|bewegen)\b|\b(?:al uren|sinds vanmorgen|sinds vanochtend|sinds "
            r"vannacht|al de hele|heel koud|ijskoud|onderkoeld|reageert)\b",
        ),
        exclude=PAST + r"|\b(?:speelt|spelen|yoga|oefening\w*|fysio\w*|puzzel\w*|slaapt graag)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "seizure",
        r"\b(?:toeval|aanval|epileptische aanval|insult|stuip\w*|trekkingen|schokken)\b",
        also=(
            r"\b(?:stopt|ophoudt|houdt|gaat)\b(?: [a-z]+){0,2} niet(?: (?:op|over))?\b|"
            r"\bal (?:\d+|vijf|tien|een kwartier|een half uur) minuten\b|\bal (?:een kwartier|vijf|tien)\b|"
            r"\bblijft (?:maar )?(?:doorgaan|schokken|trekken)\b|\bniet (?:meer )?bij\b",
        ),
        exclude=PAST + r"|\b(?:lachen|lachkick|hoest\w*|woede\w*|paniekaanval)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # There right now, next to a suicide signal: "hij wil zich van het balkon gooien, hij staat
        # er nu".
        r"\b(?:staat|sta|zit|zitten|ligt|is|ben)(?: (?:hij|ze|zij|ik))? (?:er nu|daar nu|er op dit "
        r"moment|daar op dit moment|er al|daar al)\b",
        needs=(S,),
        separate=False,
    ),
    Rule(
        A,
        "in_water",
        r"\b(?:in|de) (?:de )?(?:sloot|gracht|vaart|kanaal|water|rivier|plas|vijver|zee)\b",
        also=(
            r"\b(?:gereden|gevallen|te water|geraakt|ligt|drijft|raakte|gleed)\b",
            r"\b(?:komt er niet uit|kan er niet uit|zit vast|onder water|verdrinkt|verdrinken|"
            r"kopje onder|help|niet meer boven)\b",
        ),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # On the way to the place, next to a suicide signal: "ik ga naar het spoor, dit was het dan".
        r"\b(?:ga|loop|rij|fiets|vertrek|ben onderweg|gaan|lopen)\b(?: [a-z]+){0,2} (?:naar|richting) "
        r"(?:het spoor|de rails|de brug|de spoorbrug|het water|de zee|de rivier|het dak|de flat|"
        r"de snelweg|het viaduct|de ijssel|de maas|de rijn|de waal)\b",
        needs=(S,),
    ),
    Rule(
        A,
        "overdose",
        # Pills taken just now with effect or purpose: "ik ben aan het inslapen van de pillen die ik
        # net heb genomen", "pillen ingenomen om te sterven".
        rf"{DRUGS}",
        also=(
            r"\b(?:genomen|ingenomen|geslikt|opgegeten|op)\b",
            r"\b(?:inslapen|in slaap vallen|wegzakken|weg te zakken|suf|slaperig|duizelig|wazig|"
            r"raar|om te sterven|om dood te gaan|om er een eind|zodat ik|niet meer wakker)\b",
            r"\b(?:net|zojuist|zonet|daarnet|nu|om te sterven|om dood te gaan)\b",
        ),
        exclude=r"\b(?:vergeten|netjes|op tijd|voorgeschreven|weekdoos|baxter\w*|bijwerking\w*|"
        r"bijsluiter)\b|" + PAST,
        scope="message",
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:doet|krijgt|kan)<adv> (?:zijn|haar|dr) ogen<adv> niet (?:meer )?open\b|"
        r"\b(?:ligt|lag) (?:onderaan|onder aan|beneden aan) de trap\b",
        exclude=PAST + r"|\b(?:s ochtends|s morgens|wakker worden|slaperig|moe)\b",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:koolmonoxide\w*|co melder|co alarm|comelder)\b",
        also=(r"\b(?:alarm|gaat af|piept|duizelig|misselijk|hoofdpijn|suf|flauw\w*|ligt)\b",),
        exclude=r"\b(?:aanschaf\w*|kopen|gekocht|vergoed\w*|installeren|ophangen|bang dat|"
        r"testen|getest|batterij\w*)\b|" + PAST,
        scope="message",
    ),
    Rule(
        A,
        "armed_threat",
        # A weapon and a threat to kill: "heeft een wapen en zegt dat hij ons en zichzelf doodschiet".
        r"\b(?:heeft|pakt|pakte|houdt|zwaait|haalt|haalde)\b(?: [a-z]+){0,2} (?:een |het |zijn |haar )?"
        r"(?:wapen|pistool|geweer|jachtgeweer|mes|bijl|vuurwapen)\b",
        also=(
            r"\b(?:doodschiet\w*|dood schiet|vermoord\w*|doodmaakt|dood maakt|neerschiet\w*|"
            r"neersteek\w*|steekt|af te maken|afmaakt|meeneemt)\b",
        ),
        exclude=r"\b(?:jacht|jagen|schietvereniging|film|game|spel|tv)\b",
        scope="message",
    ),
    Rule(
        A,
        "unresponsive",
        # Two signs of a body in danger together: "heel koud en blauw, ik krijg geen contact",
        # "zakt steeds weg en praat onsamenhangend".
        r"\b(?:blauw|paars|grauw|lijkbleek|geen contact|niet wakker|"
        r"reageert (?:niet|nauwelijks)|zakt (?:hij |ze |zij )?(?:steeds |telkens |helemaal )?weg|"
        r"onsamenhangend|bewusteloos|praat<adv> niet meer terug|"
        r"ademt raar|ademt zwak|hapt naar|suiker (?:is )?(?:heel |erg |te )?laag|hypo|trekkingen|"
        r"schuim op (?:de|zijn|haar) mond)\b",
        also=(
            r"\b(?:suf|slap|klam|zweterig|zweet|bezweet|verward|koud|ijskoud|duizelig|braakt|gevallen|ligt|"
            r"bleek|wit|benauwd)\b",
        ),
        exclude=PAST + r"|\b(?:sinds (?:de|zijn|haar)|altijd|vaak|soms|al jaren|s avonds|"
        r"blauwe plek\w*|blauw oog|bont en blauw|van de kou|handen|voeten|tenen|vingers|"
        # "wordt blauw rond haar lippen als ze hard huilt. de cardioloog weet ervan"
        r"weet ervan|hoort bij (?:haar|hem)|als (?:ze|hij|zij) (?:\w+ )?(?:huilt|hoest|rent|boos)|"
        # "Vannacht had ze een hypo, ik schrok me dood": told afterwards.
        r"had (?:ze|hij|zij) (?:\w+ )?(?:een )?hypo|hypo gehad|"
        r"sokken|trui|jas|verf\w*)\b|" + _DYING_PHASE,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # Two serious signs in one message: "zakt steeds weg en praat onsamenhangend".
        rf"\b(?:{SERIOUS_SIGNS})\b.*\b(?:{SERIOUS_SIGNS})\b",
        exclude=PAST + r"|\b(?:sinds (?:de|zijn|haar)|altijd|vaak|soms|al jaren|s avonds)\b",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # Alone up high right now: "ik sta op het dak van de parkeergarage".
        r"\b(?:ik (?:sta|zit)|(?:sta|zit) ik)(?: (?:nu|hier|al|net))* (?:op|aan) (?:de|het) "
        r"(?:dak|rand|brug|reling|spoorbrug|viaduct)\b(?: van (?:de|het|een) [a-z]+)?",
        exclude=r"\b(?:roken|rook|te (?:roken|werken|kijken|wachten)|planten|zonnen|koffie|bbq|"
        r"ophangen|was|schoonmaken|repareren|goot|antenne|zonnepanelen|uitzicht|foto\w*|"
        r"vissen|hengel|wachten op|bus|tram|file)\b",
        scope="message",
    ),
    Rule(
        A,
        "in_water",
        r"\b(?:in|het) (?:de |het )?(?:sloot|gracht|vaart|kanaal|water|rivier|plas|vijver|zee|meer|"
        r"ijssel|maas|rijn|waal)\b(?: [a-z]+){0,3} (?:gevallen|gereden|gegleden|geraakt|gesprongen|"
        r"beland)\b|\bte water (?:geraakt|gegaan|gevallen)\b",
        exclude=PAST,
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        r"\b(?:ik hoor het|hoor het aan de telefoon|aan de telefoon|er is iemand (?:in|bij)|"
        r"staat (?:nu )?voor de deur|is (?:nu )?binnen)\b(?! (?:[0-9]+|\w+ graden|graden|koud|warm|zo koud|zo warm))",
        needs=(BY, AG, AB),
        separate=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A farewell and then silence: "ze appte net dat ze afscheid wil nemen en nu reageert ze
        # niet meer".
        r"\b(?:afscheid|vaarwel|laatste bericht|afscheidsbrie\w*|afscheidsbericht\w*)\b",
        also=(
            r"\b(?:reageert(?: [a-z]+)?<adv> niet|neemt<adv> (?:\w+ ){0,3}niet (?:meer )?op|niet (?:meer )?"
            r"bereikbaar|telefoon (?:staat )?uit|geen contact)\b",
        ),
        exclude=r"\b(?:uitvaart|begrafenis|afscheidsfeest\w*|pensioen|collega\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "means_in_hand",
        # The means taken, in distress: "ik heb de pot met slaappillen gepakt en zit in de badkamer".
        rf"{DRUGS}|\b(?:touw|strop|geweer|jachtgeweer|pistool|scheermes\w*)\b",
        also=(
            r"\b(?:gepakt|gehaald|uit de kast|tevoorschijn|voor me|naast me|in mijn hand\w*)\b",
            r"\b(?:kan (?:dit|het) niet meer|wil niet meer|trek (?:dit|het) niet meer|"
            r"hou (?:dit|het) niet meer|ik ben klaar|het is genoeg|niet meer verder)\b",
        ),
        exclude=r"\b(?:apotheek|weekdoos|baxter\w*|voorgeschreven|voor (?:haar|hem|mijn [a-z]+))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Gone with the means and a goodbye: "weggegaan met zijn jachtgeweer en zei dat we hem niet
        # meer zien".
        r"\b(?:geweer|jachtgeweer|pistool|touw|pillen|slaappillen|wapen)\b",
        also=(
            r"\b(?:weggegaan|vertrokken|verdwenen|weg|weggelopen|weggereden)\b",
            r"\b(?:niet meer zien|nooit meer|afscheid|vaarwel|niet meer terug|het beste)\b",
        ),
        exclude=r"\b(?:jacht|jagen|schietvereniging|vakantie)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        r"\bniet (?:meer )?(?:thuisgekomen|teruggekomen|thuis gekomen|terug gekomen)\b|"
        r"\b(?:politie zoekt|zoekt de politie|politie is aan het zoeken|zoeken (?:naar )?(?:hem|haar))\b",
        also=(
            r"\b(?:dementie|alzheimer|verward|in de war|vermist|politie|wandeling|nacht|koud|"
            r"donker|sinds)\b",
        ),
        exclude=PAST + r"|\b(?:gevonden|terecht|thuisgebracht|weer thuis)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "chest_pain",
        # Heart attack signs: pain towards jaw or arm, grey, sweating.
        r"\bpijn\b(?: [a-z]+){0,2} (?:in|op|aan|naar) (?:zijn|haar|de|mijn) (?:kaak|arm|linkerarm|"
        r"borst|schouder|nek|rug)\b",
        also=(r"\b(?:grauw|zweet|zweterig|misselijk|benauwd|bleek|klam|kortademig|grijs)\b",),
        exclude=PAST + r"|\b(?:al jaren|chronisch|reuma|artrose|fysio\w*|spierpijn|tillen)\b",
        scope="message",
        negatable=False,
    ),
    # --- acute danger: a life in danger without a means or a word of now --------------------------
    # Blind rounds keep finding danger told as a situation: a door kicked in, a car on the wrong
    # side of the motorway, a head under water, a naaste found cold in the garden.
    Rule(
        A,
        "violence_now",
        # Someone forcing their way in, or a threat to kill with the attacker at hand.
        r"\b(?:schopt|schoppen|trapt|trappen|beukt|ramt|bonkt|breekt|slaat|rammelt)<adv> "
        r"(?:de|onze|mijn|haar|zijn|mama haar|de achter|de voor)? ?(?:voordeur|achterdeur|deur|"
        r"slaapkamerdeur|badkamerdeur|ruit|raam)\b(?: [a-z]+){0,2} (?:in|open|kapot|eruit)\b|"
        r"\b(?:is|zijn|komt|komen)<adv> (?:bijna )?(?:binnen|naar binnen)\b(?= \||$| en\b)",
        also=(
            r"\b(?:ex|hij|ze|zij|zoon|dochter|man|vader|broer|iemand|inbreker\w*|dronken|"
            r"schreeuw\w*|dreig\w*|bang|verstopt|opgesloten|boven|kapot|mes|vermoord\w*)\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|altijd|toen|vroeger|"
        r"sleutel\w*|slot\w*|wind|storm|tocht|klemt|kluisje|sleutelkastje|thuiszorg|zuster)\b|"
        # "ze liep vannacht buiten in haar pyjama, ze is weer binnen": safe again.
        r"\b(?:is|zijn) (?:weer|gelukkig|veilig|inmiddels|nu weer) (?:\w+ )?binnen\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # A threat to kill from someone with a weapon or at the door now: "hij staat met een mes voor
        # de deur en zegt dat ik dood moet".
        r"\b(?:vermoord\w*|dood (?:maakt|maken|steekt|steken|schiet)|doodmaakt|doodmaken|"
        r"doodsteekt|doodschiet|afmaakt|afmaken|(?:ik|jij|je|we|wij|zij|ze) (?:ga )?dood (?:moet|"
        r"moeten|ga|gaan)|de keel (?:door|af)snijdt|kapot maakt)\b",
        also=(
            rf"\b{WEAPONS}\b|\b(?:gepakt|pakt|grijpt|greep|staat|komt|(?:voor|aan|tegen|bij) de "
            r"deur|deur in|binnen|achter (?:me|mij|haar|hem) aan|nu|zit opgesloten|verstopt)\b",
        ),
        # A delusion, a habit or a condition is not a threat now: "ze denkt dat de buren haar willen
        # vermoorden", "oma roept steeds dat ze opa vermoordt", "als ik de dokter bel".
        exclude=r"\b(?:denkt dat|denken dat|waan\w*|steeds|altijd|telkens|elke keer|iedere keer|"
        r"als ik|als hij weer|als ze weer|soms|vaak|weleens|wel eens|grap\w*|haha\w*|film|serie|boek|spel|game|"
        r"droom\w*|gedroomd|vroeger|toen|vorig\w*|wilde ik|wil ik|zou ik|sudoku|killer|muggen?|"
        r"vlieg\w*|wesp\w*|plant\w*|onkruid|batterij|telefoon|tv|computer|laptop|printer)\b|"
        # Said in a quarrel that is over: "riep dat hij hem zou vermoorden. ze drinken nu weer samen
        # koffie".
        r"\b(?:weer (?:samen )?(?:koffie|vrienden|goed)|bijgelegd|goedgemaakt)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # A weapon just taken up against someone: "hij heeft een mes gepakt", "pakt de hamer".
        rf"\b(?:heeft|had|pakt|pakte|grijpt|greep|haalt|haalde|trekt)<adv> (?:een|het|de|zijn|"
        rf"haar|dat|die)? ?(?:groot |grote |scherp |scherpe )?{WEAPONS}\b(?: [a-z]+){{0,3}} "
        rf"(?:gepakt|gegrepen|uit de la|tevoorschijn|te voorschijn|gehaald)?",
        also=(
            r"\b(?:dood|vermoord\w*|dreig\w*|schreeuw\w*|staat|komt|deur|achter (?:me|mij|haar|"
            r"hem) aan|bang|verstopt|opgesloten|steken|steekt|slaan|slaat|zwaait|op mij af|op me af|"
            r"op haar af|op hem af|schuur|zolder|zegt niks|zegt niets|zit ermee|ermee)\b",
        ),
        exclude=r"\b(?:snij\w*|groente|brood|vlees|aardappel\w*|schil\w*|kook\w*|keuken|tuin|"
        r"hout|klus\w*|timmer\w*|wandel\w*|soms|vaak|altijd|weleens|wel eens|vroeger|toen|"
        r"vergeten|kwijt|slijpen|afwas\w*|opgeruimd|opgeborgen|weggelegd|verstopt voor)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "armed_threat",
        # "mijn zoon staat in de keuken met het broodmes en zegt dat ik iets overkomt als ik
        # dichterbij kom. ik zit nu op de wc met de deur op slot." A kitchen knife is a weapon here.
        rf"\b(?:staat|komt|loopt|zwaait|zit|rent)\b(?: [a-z]+){{0,4}} met (?:een|het|zijn|haar|de|dat) "
        rf"{WEAPONS}\b",
        also=(
            r"\b(?:zegt dat|dreigt|bedreigt|iets overkomt|als ik dichterbij|deur op slot|opgesloten|"
            r"verstopt|op de wc)\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|altijd|weleens|wel eens|regelmatig|koken|kookt|snijdt)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "self_harm_now",
        # A blade held to a wrist or a throat: "mijn zoon zit met een stanleymes tegen zijn pols".
        rf"\b(?:{WEAPONS}|scheermes\w*)\b(?: [a-z]+){{0,3}} (?:tegen|op|in|bij) (?:zijn|haar|mijn|m n|dr) "
        r"(?:pols|polsen|keel|hals|arm|armen|buik|borst|nek)\b",
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|altijd|vroeger|toen|bang dat|stel dat)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "heb net alle pillen van deze week uit de baxterrol gehaald en op het aanrecht gelegd. niet
        # voor hem, voor mij." (suicide.py), done just now.
        r"\b(?:net|zojuist|zonet|zo net)\b",
        needs=(S,),
        also=(DRUGS, r"\bniet voor (?:hem|haar)\b"),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "bleeding",
        # Bleeding through a towel: "heb mijn arm opengehaald, het bloed komt door de handdoek heen".
        r"\bbloed\b(?: [a-z]+){0,2} (?:komt|loopt|gaat|lekt|sijpelt) (?:\w+ ){0,2}door (?:de|het|mijn|"
        r"zijn|haar) (?:handdoek|verband|theedoek|doek|kleding|shirt|trui|pleister)\b|"
        r"\b(?:opengehaald|opengesneden|open gesneden|open gehaald)\b",
        also=(r"\b(?:bloed\w*|scheermes\w*|mes|mesje|pols|polsen|arm|armen|diep)\b",),
        exclude=PAST + r"|\b(?:knie|val|gevallen|vinger|duim|nagel|wondje|beetje)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        # Gas opened on purpose, windows shut: "ik heb de gaskraan opengezet en de ramen dicht".
        r"\b(?:gaskraan|gas|gasfornuis|fornuis)\b(?: [a-z]+){0,3} (?:opengezet|open gezet|opengedraaid|"
        r"open gedraaid|open gedaan|opengedaan|aangezet zonder (?:vuur|vlam))\b",
        also=(
            r"\b(?:ramen|deuren|raam|deur)\b(?: [a-z]+){0,2} dicht\b|\bernaast\b|\bafscheid\b|"
            r"\bgoed bedoeld\b|\bvergeef\b|\bsorry\b",
        ),
        exclude=PAST + r"|\b(?:vergeet|vergeten|vergat|per ongeluk|bang dat|stel dat|afsluiten)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # Someone armed in the house, the caregiver hiding: "mijn zoon (psychose) staat in de keuken
        # met een groot mes en zegt dat hij de stemmen eruit gaat snijden. ik heb me opgesloten".
        rf"\b(?:staat|stond|loopt|liep|zit|komt|kwam|zwaait|zwaaide|rent)\b(?: [a-z]+){{0,5}} met "
        rf"(?:een |het |de |zijn |haar )?(?:groot |grote |scherp |scherpe )?{WEAPONS}\b",
        also=(
            r"\b(?:psychose|psychotisch|stemmen|waan|dreig\w*|bedreig\w*|op (?:me|mij|ons|haar|hem) "
            r"af|(?:me|mij|ons)(?: [a-z]+){0,4} (?:opgesloten|verstopt|ingesloten)|bang)\b",
        ),
        exclude=PAST + r"|\b(?:groente|brood|vlees|aardappel\w*|schil\w*|kook\w*|uien|ui|tuin|hout|"
        r"klus\w*|timmer\w*|soms|vaak|altijd|weleens|wel eens|vroeger|toen|als hij weer|als ze "
        r"weer|bang dat|stel dat)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "water",
        # In the water now: "met haar scootmobiel de sloot in gereden", "krijgt haar hoofd niet boven
        # water".
        # "meer", "plas" and "bad" only with an article: "er zit niks meer in" is no lake.
        r"\b(?:sloot|vijver|kanaal|gracht|rivier|zee|zwembad|water|badkuip|vaart|wetering|"
        r"(?:het|de|een) (?:meer|plas|bad))\b(?: [a-z]+){0,3} (?:in|ingereden|ingelopen|ingevallen|ingegleden)(?: "
        r"(?:gereden|gevallen|gelopen|gegleden|geraakt|gerold|geduwd))?\b|"
        r"\b(?:hoofd|gezicht|mond)\b(?: [a-z]+){0,2} (?:niet )?(?:boven|onder) (?:het )?water\b|"
        r"\bonder water\b|\bverdrinkt\b|\baan het verdrinken\b|\bkopje onder\b",
        also=(
            r"\b(?:vast|zit|ligt|krijg|krijgt|kan|eruit|onder|boven|verdrinkt|verdrinken|help|"
            r"nu|net|zojuist|scootmobiel|rolstoel|auto|fiets|gleed|gegleden|gevallen|gereden|"
            r"gelopen|staat|staan|middel|terugkomen|komt niet)\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|altijd|elke|iedere|zwemles|"
        # "hij kan niet zwemmen" is the danger, not a swimming lesson.
        r"(?<!niet )zwemmen|aquarobics|hydrotherapie|badlift|badplank|douchestoel|glas water|drinkt|"
        r"vakantie|uitje|boot|rondvaart|vissen|kelder|lekkage|lekt|dak|regen|wasmachine|"
        r"kraan|bang dat|voorkomen|stel dat|dagje\w*|uitstap\w*|strand\w*|"
        # "wil zelf naar de vijver in het park om de eendjes te voeren"
        r"eendjes|voeren|in het park|wandel\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "traffic",
        # On or against the traffic now: a confused driver on the wrong side, a naaste on the
        # motorway, someone grabbing the wheel.
        r"\b(?:verkeerde kant op|tegen het verkeer in|tegen de rijrichting in|spookrij\w*)\b|"
        r"\b(?:loopt|fietst|rijdt|dwaalt|staat|zit|ligt|rent|wandelt)(?: [a-z0-9]+){0,3} "
        r"(?:op|over|langs) (?:de|het) (?:snelweg|autoweg|ringweg|rijksweg|vluchtstrook|a[0-9]+|"
        r"n[0-9]+|provinciale weg)\b|"
        # "een oude man in ochtendjas midden op de N50 loopt"
        r"\b(?:op|over|langs) (?:de|het) (?:snelweg|autoweg|ringweg|rijksweg|vluchtstrook|a[0-9]+|"
        r"n[0-9]+|provinciale weg)(?: [a-z0-9]+){0,3} (?:loopt|lopen|fietst|fietsen|dwaalt|dwalen|"
        r"staat|staan|zit|ligt|rent|rennen|wandelt|wandelen)\b|"
        r"\b(?:grijpt|greep|trekt|trok|rukt|rukte)<adv> (?:aan |in )?(?:het|mijn|zijn) stuur\b|"
        r"\b(?:in|aan) het stuur (?:te )?(?:grijpen|trekken|rukken)\b",
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|altijd|vroeger|toen|"
        r"rijbewijs|cbr|keuring|bang dat|stel dat|mag (?:hij|ze|zij) nog)\b",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # Found and silent: "ze is ijskoud en geeft geen antwoord", "krijgt haar ogen niet open".
        r"\bgeeft<adv> geen (?:antwoord|reactie|kik|sjoege|teken)\b|"
        r"\b(?:krijgt|krijg|kan|doet)<adv> (?:haar|zijn|de) ogen<adv> niet (?:meer )?open\b|"
        r"\b(?:zegt|doet|antwoordt)<adv> (?:niks|niets) (?:meer )?(?:als|wanneer) ik\b",
        also=(
            r"\b(?:ijskoud|koud|slap|gevonden|vond|ligt|lag|op de grond|tuin|badkamer|bed|bank|"
            r"vloer|wakker|naam|roep|schud\w*|adem\w*|bleek|blauw|grauw|gevallen|zakt)\b",
        ),
        exclude=PAST + r"|\b(?:app\w*|bericht\w*|mail\w*|brief|telefoon|gemeente|steunpunt|"
        r"whatsapp|sms|vraag|vragen|doof|gehoor\w*|boos|chagrijnig|mokt|zwijgt|praten|gesprek|"
        r"dementie (?:is|wordt)|s ochtends|s morgens)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "traffic",
        # A car door opened while driving: "ze probeert steeds het portier open te doen op de A28".
        r"\bportier\b(?: [a-z]+){0,2} open (?:te )?(?:doen|maken|trekken|gooien)\b",
        also=(r"\b(?:rijden|rij|rijdt|snelweg|a[0-9]+|autoweg|stoppen|nergens stoppen)\b",),
        exclude=PAST + r"|\b(?:kinderslot|bang dat|stel dat|parkeer\w*|stilstaat)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # At the station or on the platform with the train coming, and a last word.
        r"\b(?:sta|zit|ben|staat|zit)(?: (?:nu|hier|al|net))* (?:op|bij|aan) (?:het station|het perron|"
        r"het spoor|de rails|de brug|het dak|de rand)\b",
        also=(
            r"\b(?:trein komt|volgende trein|voorbij|niet meer ging|niet meer gaat|laten weten|"
            r"afscheid|sorry|vaarwel|zorg (?:goed|aub|alsjeblieft|dat)|springen|spring|einde|"
            r"niet meer)\b",
        ),
        exclude=r"\b(?:vertraging|overstap\w*|ns|ov|ophalen|op weg naar|reis|kaartje|"
        r"begeleiding|rolstoel|lift|assistentie)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "found_hanging",
        r"\b(?:hing|hangt|hangend)\b(?: [a-z]+){0,3} (?:op zolder|in de schuur|in de garage|"
        r"aan (?:een|het|de) (?:touw|balk|trap|deur))\b|\blosgesneden\b|\blos gesneden\b|"
        r"\bweet niet of (?:hij|ze|zij) nog leeft\b|\bleeft (?:hij|ze|zij) nog\b",
        exclude=PAST
        + r"|\b(?:was|wasgoed|jas|kleding|schilderij|lamp|foto|vlag|slinger\w*|plant\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A farewell sent just now, and no answer: "stuurde me net 'zorg goed voor de kinderen' en
        # neemt niet meer op".
        r"\b(?:neemt|nam)<adv> (?:de telefoon )?niet (?:meer )?op\b|\btelefoon staat uit\b|"
        r"\breageert<adv> niet (?:meer )?op (?:mijn )?(?:appjes|berichten|bellen)\b",
        also=(
            r"\b(?:zorg goed voor|ik hou van jullie|ik hou van je|vaarwel|afscheid|sorry voor "
            r"alles|het spijt me|vergeef me|niet meer verder|einde|morfine|pillen|touw)\b",
        ),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Not found for hours in the cold: "we kunnen haar al twee uur niet vinden, het vriest".
        r"\b(?:kunnen|kan|konden|kon)<person>(?: [a-z0-9]+){0,4} (?:niet|nergens) (?:meer )?vinden\b|"
        r"\bnog (?:steeds )?niet (?:thuis|terug|gevonden)\b",
        also=(
            r"\b(?:vriest|gevroren|vrieskou|koud|kou|nacht|donker|nachthemd|nachtjapon|pyjama|"
            r"sloffen|dementie|alzheimer|verward|in de war|telefoon staat uit|vertrokken|"
            r"deur uit|weggelopen)\b",
        ),
        exclude=PAST + r"|\b(?:bril|sleutel\w*|gebit|pas|papieren|formulier|website|"
        r"informatie|nummer|oppas|hulp|vrijwilliger|pakket|post|brief)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # All the pills swallowed, told in a subordinate clause or with "in een keer".
        r"\balle\b(?: [a-z]+){0,4} (?:heeft|hebben|heb|had)? ?(?:geslikt|ingenomen|opgegeten)\b|"
        r"\bin (?:1|een|een) keer (?:genomen|ingenomen|geslikt|opgegeten|op)\b",
        also=(DRUGS,),
        exclude=PAST + r"|\b(?:netjes|op tijd|voorgeschreven|zoals afgesproken|per dag|"
        r"vergeten|mag (?:ik|dat|je)|kan (?:ik|dat|je))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # The means laid out for tonight: "hij heeft de insulinepennen al klaargelegd, vanavond".
        r"\b(?:klaargelegd|klaar gelegd|klaargezet|klaar gezet|liggen klaar|ligt klaar|staan klaar|"
        r"staat klaar)\b",
        also=(
            r"\b(?:vanavond|vannacht|straks|nu|zo meteen|vandaag)\b",
            rf"{DRUGS}|\b(?:insulinepen\w*|touw|strop|{WEAPONS})\b",
        ),
        exclude=r"\b(?:weekdoos|baxter\w*|pillendoos|apotheek|innemen om|om [0-9]+ uur|"
        r"medicatielijst|thuiszorg|wijkverpleging)\b",
        needs=(S,),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "means_in_hand",
        # A weapon or rope laid beside me, with words of not wanting to go on.
        rf"\b(?:{WEAPONS}|touw|strop|scheermes\w*)\b(?: [a-z]+){{0,4}} (?:naast (?:me|mij)|voor (?:me|"
        r"mij)|bij (?:me|mij)|in mijn hand)\b",
        also=(r"\b(?:niet meer|voelen|einde|dood|klaar mee|voorbij|pijn doen|mezelf|mijzelf)\b",),
        exclude=r"\b(?:snij\w*|groente|brood|vlees|aardappel\w*|koken|kook\w*|schil\w*|"
        r"knutsel\w*|klus\w*|tuin)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "heel veel van de morfine gedronken, het flesje is leeg".
        rf"\b(?:heel veel|veel|alles|de hele fles|het hele flesje|een hele fles)\b(?: [a-z]+){{0,3}} "
        rf"(?:{DRUGS}|morfine\w*|drank)(?: [a-z]+){{0,2}} (?:gedronken|opgedronken|ingenomen|geslikt|op)\b|"
        r"\b(?:flesje|fles|doosje|potje|strip) (?:is )?(?:helemaal )?leeg\b|"
        # "ik heb net het flesje morfinedrank van hem leeggedronken"
        r"\b(?:flesje|fles|doosje|potje|strip\w*)\b(?: [a-z]+){0,3} (?:leeggedronken|leeg gedronken|"
        r"opgedronken|leeggegeten|allemaal (?:ingenomen|geslikt))\b",
        also=(rf"{DRUGS}|\bmorfine\w*|\b(?:slaapt|suf|wakker|reageert|gedronken|leeg)\b",),
        exclude=PAST + r"|\b(?:apotheek|nieuwe|bestellen|herhaalrecept|bijvullen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "heart_or_stroke",
        # Signs of a stroke told in words: "ze kan ineens niet meer praten en haar arm doet niks".
        r"\b(?:arm|been|hand|kant)\b(?: [a-z]+){0,2} doet (?:niks|niets|het niet) (?:meer)?|"
        r"\bkan (?:ineens|opeens|plotseling) niet (?:meer )?(?:praten|lopen|staan)\b",
        also=(r"\b(?:ineens|opeens|plotseling|net|begonnen|minuten|scheef|praten)\b",),
        exclude=PAST + r"|\b(?:al jaren|sinds (?:de|zijn|haar) (?:beroerte|ongeluk)|altijd)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # "ze zijn hem sinds drie uur kwijt, het gebouw ligt aan het water".
        r"\b(?:zijn|is|ben|raakten|raakte)<person>(?: [a-z0-9]+){0,4} kwijt(?:geraakt)?\b",
        also=(
            r"\b(?:water|dementie|alzheimer|verward|nacht|donker|koud|kou|vriest|sinds|uur|uren|"
            r"politie|dagbesteding|zwemmen|zoek\w*)\b",
        ),
        exclude=PAST + r"|\b(?:bril|sleutel\w*|gebit|pas|papieren|telefoon|tas|portemonnee|"
        r"gevonden|terecht|weer thuis)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # Beating going on: "hij is nu beneden mijn moeder aan het slaan, ik hoor haar gillen".
        r"\baan het (?:slaan|schoppen|trappen|wurgen|steken|mishandelen|aftuigen|afranselen)\b|"
        r"\bhoor (?:haar|hem|ze|mijn \w+) (?:gillen|schreeuwen|om hulp roepen|huilen)\b",
        also=(
            r"\b(?:nu|net|beneden|boven|hiernaast|gillen|schreeuwen|slaat|slaan|schopt|aan het)\b",
        ),
        exclude=PAST
        + r"|\b(?:film|tv|televisie|nachtmerrie\w*|droom\w*|dement\w* (?:roept|gilt))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # Not waking up, planned for tonight, with last wishes: "ik word straks gewoon niet meer
        # wakker, ik heb alles geregeld".
        r"\bniet meer wakker\b",
        also=(
            r"\b(?:straks|vannacht|vanavond|vandaag|zo meteen)\b",
            r"\b(?:alles geregeld|geregeld|zorg (?:wel |goed |ervoor )?dat|afscheid|vaarwel|sorry|"
            r"pillen|slaappil\w*|klaar)\b",
        ),
        # A wish is veiled, not a plan: "soms hoop ik dat ik morgen niet meer wakker word".
        exclude=r"\b(?:hoop|hoopte|hopen|wens|wenste|zou willen|soms|droom\w*|bid|bidden)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # On a window-sill or a balcony edge high up: danger whatever else is said.
        r"\b(?:zit|zat|staat|stond|hangt|klimt|klom)\b(?: [a-z]+){0,3} (?:op|over|uit|in) (?:de|het|een) "
        r"(?:vensterbank|raamkozijn|open raam|balkonrand|balustrade|reling|dakrand|rand van het dak|"
        r"rand van het balkon)\b",
        also=(
            r"\b(?:verdieping|hoog|flat|naar beneden|springen|springt|raam (?:staat )?open|"
            r"naar (?:papa|mama|opa|oma|boven|de hemel)|dood|niet meer)\b",
        ),
        exclude=r"\b(?:poes|kat|plant\w*|schoonma\w*|ramen lappen|glazenwasser|zonnetje)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # A pillow over the naaste's face: "ik sta met een kussen naast zijn bed, ik wil dat het stopt".
        r"\bkussen\b(?: [a-z]+){0,4} (?:naast|over|op|boven) (?:zijn|haar|het|z n) (?:bed|gezicht|hoofd|"
        r"mond)\b|\bmet (?:een|het|dat|de) kussen\b(?: [a-z]+){0,3} (?:naast|bij|over|boven|op)\b",
        # "Ik weet niet wat ik aan het doen ben. Help me."
        also=(
            r"\b(?:stopt|stoppen|einde|niet meer|klaar|voorbij|ophouden|rust|help me|help mij|"
            r"weet niet (?:meer )?wat ik)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "locked_in_no_answer",
        # Locked in by someone who left: "mijn zus heeft ma opgesloten en is naar Turkije gevlogen;
        # ma neemt de telefoon niet op".
        r"\b(?:heeft|hebben|had)<person><adv>(?: [a-z]+){0,6} (?:opgesloten|ingesloten|op slot gedaan)\b",
        also=(
            r"\b(?:neemt (?:de telefoon )?niet (?:meer )?op|geen sleutel|gevlogen|vertrokken|op "
            r"vakantie|weg|niemand)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # The pills and the time in one plan: "vanavond neem ik ze zelf in".
        r"\b(?:neem|slik) ik (?:ze|die|alles|ze allemaal|ze zelf|die zelf)(?: zelf| allemaal)?(?: in| op)?\b|"
        r"\bik (?:neem|slik) (?:ze|die|alles)(?: zelf| allemaal)? (?:in|op)\b",
        also=(
            rf"{DRUGS}",
            r"\b(?:vanavond|vannacht|straks|vandaag|nu|zo meteen|morgen)\b",
        ),
        exclude=r"\b(?:voorgeschreven|om [0-9]+ uur|elke (?:avond|ochtend|dag)|zoals altijd|"
        r"huisarts|dokter|apotheek|weekdoos|baxter\w*|mag (?:ik|dat))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # All the pills stirred into food: "ik heb net al haar pillen door de yoghurt gedaan".
        rf"{DRUGS}(?: [a-z]+){{0,2}} (?:door|in|onder) (?:de|zijn|haar|het) (?:yoghurt|vla|pap|eten|"
        r"drinken|koffie|thee|soep|appelmoes|limonade)\b",
        also=(r"\b(?:allemaal|alle|al (?:haar|zijn)|alles|hele strip|[0-9]{2,})\b",),
        exclude=PAST + r"|\b(?:slikken lukt niet|kan niet slikken|moeite met slikken|"
        r"voorgeschreven|apotheek|huisarts|mag (?:ik|dat|je)|kan (?:ik|dat|je)|zo neemt)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "no_fluids",
        # Found dried out and confused: "hij is heel verward en helemaal uitgedroogd".
        r"\b(?:helemaal |erg |heel |zwaar )?uitgedroogd\b",
        also=(r"\b(?:verward|suf|slap|reageert|net|nu|al dagen|geen water|niet lopen)\b",),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # Attacked just now, the attacker still there: "hij heeft me net tegen de muur gegooid, hij
        # staat in de kamer hiernaast te schreeuwen".
        r"\b(?:net|zojuist|zonet|nu)\b",
        also=(
            r"\b(?:staat|zit|loopt|is|ligt)\b(?: [a-z]+){0,4} (?:hiernaast|beneden|boven|in huis|in "
            r"de kamer|nog steeds|te schreeuwen|te razen|woest)\b",
        ),
        needs=(AG, AB),
        scope="message",
        separate=False,
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # A call from the bridge: "mijn broer belde net vanaf de brug dat hij er een eind aan maakt".
        r"\b(?:belde|belt|appte|appt|sms\w*)\b(?: [a-z]+){0,2} (?:vanaf|van|op) (?:de|het) (?:brug|"
        r"dak|spoor|perron|flat|pier|kade)\b",
        needs=(S,),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "no_fluids",
        # Days without drinking, with signs of the body: "eet en drinkt al vier dagen niks meer en is
        # zo slap".
        r"\b(?:drinkt|drinken|drink)\b(?: [a-z0-9]+){0,4} (?:niks|niets|niet|nauwelijks|bijna niks|"
        r"bijna niets|amper)\b",
        also=(
            r"\b(?:dagen|dag|etmaal)\b",
            r"\b(?:slap|suf|plast|plassen|verward|ogen|wakker|droog|droge|reageert|sufferig|"
            r"nauwelijks aanspreekbaar|weg(?:zakt|zakken))\b",
        ),
        exclude=PAST + r"|\b(?:alcohol|drank|bier|wijn|koffie|sinds de diagnose|versterving|"
        r"palliatie\w*|hospice|stervensfase|arts weet|huisarts weet|afgesproken)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # Pills taken just now: "ik heb er al een paar op", "alle tien fijngemaakt door zijn vla".
        r"\b(?:heb|heeft|hebben|had)<adv> er (?:al )?(?:een paar|een stuk of (?:[a-z0-9]+)|[0-9]+|"
        r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|veel|een hoop|de helft)\b"
        r"(?: [a-z]+){0,2} (?:op|ingenomen|geslikt|genomen|in)\b|"
        r"\b(?:fijngemaakt|fijngestampt|fijn gemaakt|vermalen|verpulverd|geplet|opgelost|"
        r"gemalen)\b",
        also=(
            DRUGS,
            r"\b(?:al|alle|allemaal|alles|op|net|zojuist|[0-9]+|tien|twintig|hele|veel)\b",
        ),
        exclude=PAST + r"|\b(?:apotheek|apotheker|mag (?:ik|dat|je)|kan (?:ik|dat|je)|"
        r"slikken lukt niet|kan niet slikken|slikproblemen|moeite met slikken|voorgeschreven|"
        r"arts zegt|huisarts zegt|zoals de|zo is afgesproken|vla of|in de vla geven)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        # Gas turned on, or about to be, with the windows sealed: "hij gaat de gaskraan open zetten
        # zodat we samen gaan".
        r"\b(?:gaskraan|gas|gaskranen|gasfornuis)\b(?: [a-z]+){0,3} (?:open|openzetten|opendraaien|"
        r"open zetten|open draaien|aan)\b",
        also=(
            r"\b(?:samen|ramen|raam|kieren|deuren|plakband|afgeplakt|dichtgeplakt|dicht geplakt|"
            r"afgedicht|tape|einde|dood|gaan|ga|doet het)\b",
        ),
        exclude=PAST + r"|\b(?:vergeet|vergeten|soms|vaak|weleens|wel eens|bang dat|stel dat|"
        r"beveiliging|voorkomen|monteur|cv|ketel|verwarming|koken|kookt)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # The means set up and at hand: a rope hung, pills laid out in front of me.
        r"\b(?:touw|strop)\b(?: [a-z]+){0,3} (?:opgehangen|hangt|hangen|"
        r"vastgemaakt|vastgeknoopt|geknoopt|klaargehangen)\b|"
        r"\b(?:opgehangen|klaargehangen|vastgemaakt|geknoopt)\b(?: [a-z]+){0,3} "
        r"(?:touw|strop)\b|"
        r"\b(?:touw|strop)\b(?: [a-z]+){0,2} (?:op|in|naar) (?:de |het )?(?:zolder|schuur|garage|"
        r"zijn kamer|mijn kamer|bos) (?:gelegd|gebracht|gehangen|klaargelegd|neergelegd)\b|"
        rf"{DRUGS}(?: [a-z]+){{0,3}} (?:liggen|ligt|staan|staat) (?:\w+ ){{0,2}}"
        r"(?:voor me|voor mij|naast me|naast mij|bij me|bij mij|hier)\b",
        exclude=r"\b(?:was|wasgoed|kleding|schommel|hangmat|lamp|schilderij|gordijn\w*|"
        r"vlaggen?|slinger\w*|weekdoos|baxter\w*|pillendoos|doseer\w*|apotheek|vergeet|"
        r"vergeten|innemen om|om [0-9]+ uur)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Out in the cold or the night and not found: "op haar sloffen de deur uit, het vriest en ik
        # vind haar nergens".
        r"\b(?:vind|vinden|zie)<person><adv> (?:nergens|niet|niet meer|nergens meer)\b",
        also=(
            r"\b(?:vriest|vrieskou|koud|kou|nacht|vannacht|donker|sloffen|pyjama|nachtjapon|"
            r"dementie|alzheimer|verward|in de war|deur uit|weggelopen|weg gelopen|zoek\w*)\b",
        ),
        exclude=PAST + r"|\b(?:bril|sleutel\w*|gebit|telefoon|pas|papieren|formulier|website|"
        r"informatie|nummer|leuk|aardig|gezellig|tijd|oppas|hulp|vrijwilliger)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # Strangled or choked just now, the attacker still there.
        r"\b(?:bij|aan|om) (?:mijn|mn|m\'n|de|haar|zijn) (?:keel|nek|hals)\b(?: [a-z]+){0,2} "
        r"(?:gegrepen|gepakt|vastgepakt|geknepen|dichtgeknepen)\b|\b(?:probeert|probeerde)<gap> "
        r"(?:te )?wurgen\b|\b(?:wurgt|wurgde|gewurgd)\b",
        also=(r"\b(?:net|nu|zojuist|nog|woest|door het huis|binnen|hier|weer)\b",),
        # The caregiver's own act, over now ("ik heb hem bij zijn keel gepakt, hij slaapt nu"), is
        # violence by the caregiver: Veilig Thuis, not 112.
        exclude=PAST
        + r"|\b(?:soms|vaak|weleens|wel eens|grap\w*|haha\w*|wel wurgen)\b|\bik (?:heb|had) "
        r"(?:hem|haar)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 16 (development): danger and harm told without the usual words ---------------------
    Rule(
        A,
        "on_the_edge",
        # On a balcony or roof with its height, or with a goodbye: "ik sta nu op het balkon. 9 hoog.
        # sorry".
        r"\b(?:sta|staat|zit|ben|is|klim|klimt|klom)(?: (?:ik|hij|ze|zij|nu|hier|al|net))*"
        r"(?: [a-z]+){0,2} (?:op|aan|over) (?:de|het|mijn|ons|zijn|haar) (?:balkon|dak|reling|"
        r"balustrade|vensterbank|dakrand|richel)\b",
        also=(
            r"\b(?:[0-9]+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien) "
            r"(?:hoog|hoogte|verdieping\w*|etage\w*)\b|\bnaar beneden\b|\bsorry\b|\bvaarwel\b|"
            r"\bhet spijt me\b|\bspringen\b|\bdag allemaal\b|\bik hou van jullie\b",
        ),
        exclude=r"\b(?:soms|vaak|weleens|wel eens|elke|iedere|af en toe|toen|vroeger|roken|"
        r"sigaret\w*|plant\w*|bloem\w*|was ophangen|wasrek|zon|zonnetje|barbecue|bbq|uitzicht)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "farewell_unreachable",
        # A goodbye sent, and now nobody can reach them: "stuurde net 'dag mam, het is goed zo'.
        # Ze neemt niet op".
        r"\b(?:dag mam|dag pap|het is goed zo|sorry voor alles|vergeef me|ik hou van jullie|"
        r"vaarwel|zorg goed voor (?:elkaar|mama|papa|de kinderen)|afscheidsbericht\w*|"
        r"het spijt me van alles|jullie zijn beter af)\b",
        also=(
            r"\b(?:neemt|nam) (?:\w+ )?niet (?:meer )?op\b|\bniet (?:meer )?bereikbaar\b|"
            r"\bonbereikbaar\b|\btelefoon (?:staat|stond) uit\b|\bweet niet waar (?:hij|ze|zij) "
            r"is\b|\bis niet thuis\b|\bniet thuis\b|\breageert niet\b|\bkrijg (?:hem|haar|geen) "
            r"(?:\w+ )?(?:niet )?te pakken\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- co-occurrence rules: concepts that meet in one clause, in any word order -----------------
    Rule(
        A,
        "missing_person",
        r"\b(?:weggelopen|vermist|verdwenen|zoekgeraakt)\b|\bis(?: [a-z0-9]+){0,3} (?:zoek|weg)\b"
        r"(?<!\bde weg)",
        also=(
            r"\b(?:sinds|al uren|uren|uur|nergens|niet (?:meer )?vinden|niet terug|niemand weet "
            r"waar|de weg niet|politie)\b",
            "<someone>",
        ),
        # "sinds haar been is weg door suikerziekte": an amputation, not a missing person.
        exclude=PAST + "|" + LOST_THINGS + r"|\b(?:been|benen|arm|voet|teen|tenen|vinger|"
        r"geamputeerd|amputatie)\b",
    ),
    Rule(
        A,
        "burns",
        r"\b(?:gebrand|verbrand|brandwond\w*)\b",
        also=(r"\b(?:blaren|ernstig\w*|heel erg|groot|grote|veel|zwaar|zware)\b",),
        exclude=r"\b(?:zon|zonnebrand|strand)\b|" + PAST,
    ),
    Rule(
        A,
        "overdose",
        r"\b(?:dubbele dosis|twee keer|2 keer|dubbel|te veel|teveel|"
        r"veel te veel)\b(?: [a-z]+){0,3} "
        r"(?:insuline|medicijnen|medicatie|pillen|morfine|slaappillen|tabletten|oxazepam)\b",
        also=(r"\b(?:gespoten|genomen|ingenomen|gekregen|geslikt|gegeven|toegediend)\b",),
        exclude=r"\b(?:eten|gegeten|snoep)\b|" + PAST,
    ),
    Rule(
        A,
        "fall_with_injury",
        r"\bgevallen\b",
        also=(
            r"\b(?:kan|krijg)\b(?: [a-z]+){0,3} niet (?:meer )?(?:bewegen|opstaan|overeind|op|"
            r"staan)\b",
        ),
        exclude=PAST,
    ),
    Rule(
        A,
        "overdose",
        r"\b(?:pillen|medicijnen|slaappillen|tabletten|strip|pot|doosje)\b",
        also=(r"\b(?:leeggegeten|leeg gegeten|leeggemaakt|allemaal geslikt|allemaal ingenomen)\b",),
        # "de hele pot pindakaas leeggegeten": a sweet tooth.
        exclude=r"\b(?:pindakaas|jam|koek\w*|snoep\w*|chocola\w*|drop|hagelslag|nutella|chips|ijs|"
        r"yoghurt|vla|honing|appelmoes|haha\w*)\b",
    ),
    Rule(
        A,
        "missing_person",
        r"\b(?:op straat|buiten)\b",
        also=(
            r"\b(?:pyjama|nachtjapon|onderbroek|blote voeten|krijg (?:hem|haar) niet mee|"
            r"niet (?:mee )?"
            r"naar binnen)\b",
        ),
        # "heeft vannacht weer rondgelopen en stond buiten bij het hek": told afterwards.
        exclude=PAST + r"|\b(?:stond|stonden|liep|liepen|rondgelopen|gestaan|gelopen)\b",
    ),
    Rule(
        A,
        "poisoning",
        r"\b(?:vergif|gif|bleek|ontstopper|schoonmaakmiddel|wasmiddel|rattengif|antivries|"
        r"afwasmiddel|terpentine|lampolie)\b",
        also=(
            r"\b(?:gedronken|ingeslikt|geslikt|opgedronken|gegeten|binnengekregen|drinkt|"
            r"slikt)\b",
        ),
        # "de kat van mijn moeder had rattengif gegeten, de dierenarts heeft haar gelukkig gered"
        exclude=_PETS,
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:vlammen|in de fik|rookmelder gaat af|rookmelder ging af|brandalarm gaat af)\b",
        exclude=r"\b(?:test\w*|batterij\w*|kaars\w*|open haard|bbq|barbecue|bijna|gelukkig|"
        r"haha\w*|grapje)\b",
    ),
    Rule(
        A,
        "overdose",
        r"\b(?:fles|drank|alcohol|wijn|jenever)\b(?: [a-z]+){0,4} (?:en|met) (?:[a-z]+ )?"
        r"(?:pillen|medicijnen|slaappillen|tabletten)\b(?: [a-z]+){0,3} (?:op|genomen|ingenomen|"
        r"geslikt)\b|\b(?:pillen|medicijnen|slaappillen|tabletten) (?:en|met) (?:[a-z]+ ){0,2}"
        r"(?:drank|alcohol|wijn|jenever)\b(?: [a-z]+){0,3} (?:op|genomen|ingenomen|geslikt|"
        r"gedronken)\b",
    ),
    Rule(
        A,
        "overdose",
        # A whole pack swallowed: "ze heeft de hele strip leeggeslikt, allemaal oxazepam".
        r"\b(?:hele|halve|volle) (?:strip|strips|doos|doosje|pot|potje|fles|flesje|pakje|"
        r"weekdoos|baxterrol)\b(?: [a-z]+){0,3} (?:leeggeslikt|leeggegeten|leeg gegeten|"
        r"opgegeten|geslikt|ingenomen|genomen|leeg)\b|\bleeggeslikt\b",
        also=(rf"{DRUGS}|\b(?:leeggeslikt|slaap\w*)\b",),
        exclude=PAST + r"|\b(?:apotheek|herhaalrecept|bestellen|ophalen|per dag|per week|"
        r"weggegooid|ingeleverd)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # A number taken in a question: "mijn moeder heeft er volgens mij twintig genomen een uur
        # geleden".
        r"\b(?:er|ervan|daarvan|die)\b(?: [a-z]+){0,3} (?:[1-9][0-9]|twintig|dertig|veertig|vijftig|"
        r"een heleboel|heel veel|veel te veel|allemaal)\b(?: [a-z]+){0,2} (?:genomen|ingenomen|"
        r"geslikt|opgegeten)\b",
        also=(DRUGS,),
        exclude=_PAST_UNLESS_NOW + r"|\b(?:per dag|per week|in een week|voorgeschreven|apotheek)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "in_water",
        # In the water now, told where: "mijn vader ligt in de vijver en ik krijg hem er niet uit".
        r"\b(?:ligt|liggen|lag|drijft|dreef|zit|zat|staat|hangt|valt|viel)<adv> (?:in|onder) "
        r"(?:de|het|een) (?:sloot|vijver|kanaal|gracht|rivier|vaart|wetering|zee|zwembad|ijssel|"
        r"maas|rijn|waal)\b",
        also=(
            r"\b(?:krijg|krijgen|kan|kunnen)\b(?: [a-z]+){0,3} (?:er ?uit|niet uit|eruit)|"
            r"\b(?:beweegt|reageert|ademt)<adv> niet\b|\b(?:help|verdrinkt|onder water|kopje onder|"
            r"nu|net|zojuist)\b",
        ),
        exclude=PAST + r"|\b(?:zwemles|zwemmen|zwemt|aquarobics|hydrotherapie|vissen|vist|"
        r"vakantie|boot|rondvaart|eendjes|eenden)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        # Carbon monoxide without the word: a stove and everyone in the house with headache and
        # drowsiness.
        r"\b(?:kachel|gaskachel|houtkachel|allesbrander|geiser|open haard|cv ketel|cvketel|"
        r"kolenkachel|petroleumkachel|brander)\b",
        also=(
            r"\b(?:hoofdpijn|misselijk|duizelig|braken|overgeven)\b",
            r"\b(?:allebei|wij allebei|we allebei|iedereen|in slaap|slaperig|suf|sufferig|wazig|"
            r"flauw\w*|wakker te krijgen|valt<adv> weg)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|voorkomen|melder kopen|installeren|onderhoud|"
        r"monteur|kapot|koud|kou)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # Someone armed at the door now: "mijn ex staat voor de deur te schreeuwen met een
        # honkbalknuppel en probeert binnen te komen".
        rf"\b(?:staat|staan|stond|is)<adv> (?:voor|aan|bij) (?:de|onze|mijn|het) (?:deur|voordeur|"
        rf"achterdeur|raam|ramen)\b(?: [a-z]+){{0,8}} (?:met|heeft) (?:een |zijn |haar )?{WEAPONS}\b|"
        r"\b(?:probeert|probeerde|wil)<adv> (?:binnen te komen|de deur in te trappen|in te breken|"
        r"de deur open te breken)\b|\b(?:trapt|ramt|beukt|bonkt)<adv> (?:op |tegen )?(?:de|onze) "
        r"(?:deur|voordeur|ramen)\b",
        also=(
            rf"\b(?:{WEAPONS}|schreeuw\w*|dreig\w*|bedreig\w*|kapot|vermoord\w*|ex|inbreker\w*|"
            r"bang|help|nu)\b",
        ),
        exclude=PAST
        + r"|\b(?:sleutel\w*|sleutelkastje|bezorger|pakket|postbode|thuiszorg|wijkverpleging|kat|"
        r"hond)\b|" + HOUSE_JOBS,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # Breathing that slows, or a face turning blue now: "slaapt heel diep en ademt heel
        # langzaam", "hij wordt blauw", "de zuurstofslang is los en hij is benauwd".
        r"\bademt<adv> (?:oppervlakkig|nauwelijks|bijna niet|heel zwak|steeds minder)\b|"
        r"\b(?:hij|ze|zij|die|zijn gezicht|haar gezicht)<adv> (?:wordt|werd|kleurt|kleurde|loopt|"
        r"liep|ziet)<adv> blauw\b(?! (?:van de kou|aan|oog|plek))",
        exclude=_CALM_BREATHING + r"|\b(?:blauwe plek\w*|blauw oog|kou|koud)\b|" + _PAST_UNLESS_NOW,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # Slow breathing only with a cause or a sign beside it ("ademt langzaam als ze slaapt" is
        # sleep).
        r"\bademt<adv> (?:langzaam|heel langzaam|erg langzaam|steeds langzamer)\b",
        also=(
            r"\b(?:per ongeluk|pleister\w*|pillen|tabletten|te veel|dubbel|twee keer|reageert|"
            r"wakker te krijgen|blauw|bleek|heel diep|morfine|oxycodon|help|112)\b",
        ),
        exclude=_CALM_BREATHING + "|" + _PAST_UNLESS_NOW,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        r"\b(?:zuurstof|zuurstofslang|zuurstofslangetje|slang van (?:de |zijn |haar )?zuurstof|"
        r"zuurstofapparaat|beademing\w*)\b(?: [a-z]+){0,3} (?:is |zit |ligt )?(?:los|eruit|kapot|"
        r"op|leeg|uitgevallen|doet het niet)\b",
        also=(r"\b(?:benauwd|blauw|adem\w*|lucht|stikt|hapt|help|nu|alleen)\b",),
        exclude=PAST + r"|\b(?:leverancier|bestellen|monteur|vergoed\w*|morgen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        # The pillow in hand at the bed: "ik sta bij zijn bed met een kussen in mijn handen".
        r"\b(?:bij|naast|over|aan) (?:zijn|haar|het|z n) (?:bed|gezicht|hoofd)\b(?: [a-z]+){0,3} "
        r"met (?:een|het|dat|de) kussen\b|\bkussen (?:in|vast in) (?:mijn|m n) hand(?:en)?\b",
        also=(
            r"\b(?:stopt|stoppen|einde|niet meer|klaar|voorbij|ophouden|rust|help|weet niet "
            r"(?:meer )?wat ik|bang)\b",
        ),
        # "gisteren stond ik al met het kussen in mijn handen": a fear told afterwards.
        exclude=_PAST_UNLESS_NOW + r"|^(?!.*\b(?:nu|net|zojuist|zonet)\b).*\b(?:gisteren|gister|"
        r"eergisteren|laatst|toen|stond|stonden)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # Gone by tomorrow, said plainly: "morgen ben ik er niet meer".
        r"\b(?:morgen|vanavond|vannacht|straks|vandaag|zo meteen|zometeen|over een uur)<adv> "
        r"(?:ben ik|zijn we|zijn wij|is hij|is ze|is zij)<adv> er<adv> niet meer\b",
        exclude=r"\b(?:vakantie|op reis|verhuis\w*|werk|dienst|kantoor|opname|logeer\w*|"
        r"weekend weg|ziekenhuis|afwezig|bereikbaar)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # The means laid out and a goodbye: "ik heb alles klaargelegd, de pillen en een glas water.
        # wie vangt mijn moeder op als ik er niet meer ben".
        rf"\b(?:alles|{DRUGS})(?: [a-z]+){{0,4}} (?:klaargelegd|klaar gelegd|klaargezet|klaar gezet|"
        r"liggen klaar|ligt klaar|staan klaar)\b|\b(?:klaargelegd|klaargezet)\b(?: [a-z]+){0,4} "
        rf"{DRUGS}",
        also=(
            r"\b(?:als|wanneer|zodra) ik er niet meer ben\b|\bna mijn dood\b|\bvoorgoed\b|"
            r"\bafscheid\w*|\bbrie[fv]\w*|\bniet meer wakker\b",
        ),
        exclude=r"\b(?:zijn|haar|dr|zn) (?:pillen|medicijnen|medicatie|tabletten)\b|\b(?:thuiszorg|"
        r"weekdoos|baxter\w*|pillendoos|innemen om|s ochtends|s avonds|vakantie|logeer\w*)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 25 (development): danger told as a situation ------------------------------------
    Rule(
        A,
        "overdose",
        # A whole pill organiser swallowed at once: "haar hele weekdoos in een keer leeggegeten,
        # alle vakjes zijn leeg". Filled, forgotten or used up as prescribed is no overdose.
        r"\b(?:weekdoos|medicijndoos|pillendoos|doseerdoos|medicijnrol|medicatierol|baxterrol|"
        r"baxterzakjes|alle vakjes|alle zakjes)\b",
        also=(
            r"\b(?:in (?:een|1) keer|tegelijk|ineens|allemaal|alles|alle vakjes|alle zakjes|hele "
            r"(?:week|weekdoos|medicijndoos|pillendoos|baxterrol|rol))\b",
            r"\b(?:leeggegeten|leeg gegeten|leeggeslikt|leeggemaakt|opgegeten|ingenomen|geslikt|"
            r"genomen)\b",
        ),
        exclude=PAST + r"|\b(?:vergeten|vergeet|nog niet|niet ingenomen|mag (?:ze|hij|ik)|netjes|"
        r"keurig|op tijd|zoals (?:het hoort|afgesproken)|per dag|elke dag|iedere dag|apotheek|"
        r"bijvullen|vullen|klaarzetten|bestellen|ophalen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # The organiser found empty and the naaste drowsy: "alle vakjes van de baxterrol zijn leeg
        # en ze is erg suf".
        r"\b(?:alle vakjes|alle zakjes|hele (?:weekdoos|medicijndoos|pillendoos|baxterrol))\b"
        r"(?: [a-z]+){0,6} (?:leeg|op)\b",
        also=(
            r"\b(?:suf|sufferig|slaperig|wazig|duizelig|verward|zakt|wegzakken|slap|misselijk|"
            r"braakt|wakker|reageert|raar)\b",
        ),
        exclude=PAST + r"|\b(?:bijvullen|vullen|apotheek|bestellen|ophalen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Gone out at night in the cold without a coat: "is vannacht de deur uit gegaan, zijn jas
        # hangt nog aan de kapstok en het is min 5".
        r"\b(?:is|zijn|ging|gingen)(?! ik\b)(?: [a-z0-9]+){0,4} (?:de deur uit|naar buiten|het huis "
        r"uit|de straat op|op pad|weg)(?: (?:gegaan|gelopen|gewandeld))?\b|\bweggelopen\b|"
        r"\bweg gelopen\b",
        also=(
            r"<someone>|<naaste>",
            r"\b(?:vriest|vrieskou|gevroren|min [0-9]+|graden onder nul|onder nul|ijskoud|koud|kou|"
            r"sneeuw\w*|geen jas|zonder jas|jas hangt|pyjama|nachthemd|nachtjapon|nachtpon|"
            r"sloffen|pantoffels|blote voeten)\b",
            r"\b(?:vannacht|nacht|s nachts|snachts|donker|om [0-5] uur|om (?:een|twee|drie|vier|"
            r"vijf) uur|zoeken|zoek|rondrijden|rond rijden|nergens)\b",
        ),
        exclude=PAST + r"|\b(?:terug|teruggekomen|teruggebracht|thuisgebracht|gevonden|weer thuis|"
        r"weer binnen|terecht|bang dat|stel dat|voorkomen|vuilnis\w*|kliko|hond|roken|sigaret\w*|"
        r"naar (?:de|zijn|haar) (?:dagbesteding|werk|winkel|kerk|club)|met de (?:bus|taxi))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "heart_or_stroke",
        # An arm or leg that stops joining in, now: "zijn rechterarm doet niet mee en hij zegt niks
        # meer". Since an old stroke, it is a care question.
        r"\b(?:arm|been|hand|voet|linkerarm|rechterarm|linkerbeen|rechterbeen|linkerhand|"
        r"rechterhand|linkerkant|rechterkant)\b(?: [a-z]+){0,2} (?:doet|deed)<adv> (?:niet|niks|"
        r"niets)(?: meer)? mee\b",
        also=(
            r"\b(?:ineens|opeens|plotseling|net|nu|vanochtend|vanmorgen|vanmiddag|vanavond|"
            r"vannacht|sinds een uur|niet goed|zegt (?:niks|niets)|praat|verward|scheef|hangt|"
            r"(?:aan|uit) (?:een|1) kant|moet ik wachten|wachten tot)\b",
        ),
        exclude=PAST + r"|\b(?:al jaren|altijd|al lang|sinds (?:de|zijn|haar|het) (?:beroerte|"
        r"herseninfarct|infarct|cva|ongeluk|val|operatie|ziekte)|fysio\w*|revalid\w*|oefening\w*|"
        r"gym|sport\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "heart_or_stroke",
        # Drink or a face that runs out or droops on one side: "het loopt er aan een kant uit".
        r"\b(?:loopt|liep|lekt|druipt|hangt|zakt|valt|viel)\b(?: [a-z]+){0,5} (?:aan|uit|langs) "
        r"(?:een|1|de linker|de rechter|zijn linker|zijn rechter|haar linker|haar rechter) ?kant\b"
        r"|\b(?:een|1) kant van (?:zijn|haar|het) (?:gezicht|mond) (?:hangt|zakt)\b",
        also=(
            r"\b(?:mond|mondhoek|gezicht|lip|thee|koffie|drinken|water|eten|kwijl\w*|speeksel|"
            r"praat|zegt|arm|been)\b",
        ),
        exclude=PAST + r"|\b(?:al jaren|altijd|al lang|sinds (?:de|zijn|haar|het) (?:beroerte|"
        r"herseninfarct|infarct|cva|ongeluk|operatie|ziekte)|tandarts|verdoving|kies|kiezen|"
        r"fles|de kan|theepot|pak|tuit|kraan|goot|dak)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # At the water, the railway or a height now, saying they will jump or sending a last word:
        # "staat nu bij de ijssel en belt dat hij gaat springen", "foto's vanaf het spoor: 'dit is
        # de laatste'".
        r"\b(?:sta|staat|zit|zitten|ben|is|loopt|lopen)(?: [a-z]+){0,3} (?:op|bij|aan|naast|langs|"
        r"onder|boven|vanaf) (?:de|het|een) (?:[a-z]*brug|spoor|rails|spoorlijn|spoorbaan|overweg|"
        r"ijssel|maas|rijn|waal|rivier|kanaal|gracht|water|kade|dijk|pier|dak|balkon|flat|viaduct|"
        r"reling|perron)\b|\bvanaf (?:de|het) (?:[a-z]*brug|spoor|rails|spoorlijn|dak|balkon|flat|"
        r"viaduct|perron|kade|dijk)\b",
        also=(
            r"\b(?:gaat|ga|gaan|wil|wilt|zal) (?:\w+ )?springen\b|\bspringt\b|\bspring ik\b|"
            r"\bdit (?:is|was|wordt) (?:de|het|mijn) laatste(?: (?:bericht|berichtje|foto|keer))?"
            r"<end>|\b(?:vaarwel|afscheid|het spijt me|sorry voor alles|ik hou van jullie|"
            r"zorg goed voor)\b",
            r"\b(?:nu|net|zojuist|zonet|op dit moment|belt|stuurt|appt|neemt (?:\w+ )?niet (?:meer )?"
            r"op|niet bereikbaar|onderweg|help)\b",
        ),
        exclude=PAST + r"|\b(?:gisteren|gister|vorige|vroeger|toen|laatst|opgenomen|gevonden|"
        r"veilig|gered|thuisgebracht|gelukkig|zwem\w*|duik\w*|trampoline|bungee\w*|parachute\w*|"
        r"polsstok|fierljep\w*|sloot|pootjebaden|vakantie|uitje)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "exhaust_fumes",
        # In the car in a closed garage with the engine running: "ik zit in de auto in de dichte
        # garage en de motor draait. het is beter zo".
        r"\bmotor\b(?: [a-z]+){0,2} (?:draait|loopt|staat aan|aan)\b|\bmotor (?:laten|laat) "
        r"(?:draaien|lopen)\b",
        also=(
            r"\b(?:garage|schuur)\b",
            r"\b(?:dicht|dichte|gesloten|op slot|beter zo|niet meer|afscheid|sorry|vaarwel|"
            r"slaperig|suf|ik zit|zit ik|zit (?:hij|ze|zij)|(?:hij|ze|zij) zit)\b",
        ),
        exclude=r"\b(?:monteur|garagehouder|apk|onderhoud|reparatie|werkplaats|storing|lampje|"
        r"geluid|lawaai|rammel\w*|raar|vreemd|opwarmen|op te warmen|warmdraaien|warm te draaien|"
        r"deur (?:staat )?open|open|wacht\w*|voor de garage|bij de garage|naar de garage|"
        r"ophalen|parkeer\w*)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 29 (held out, measured once, then learned from) -----------------------------------
    Rule(
        A,
        "fall_with_injury",
        # Lying on the floor and not moving: "ze ligt al sinds gisteren op de grond. ik zie haar
        # door het raam liggen en ze beweegt niet".
        r"\b(?:ligt|liggen|lag)\b(?: [a-z]+){0,6} (?:op de (?:grond|\w*vloer)|onder ?aan de trap)\b|"
        r"\b(?:op de (?:grond|\w*vloer)|onder ?aan de trap) (?:liggen|ligt)\b",
        also=(
            r"\b(?:beweegt|bewegen|bewoog) (?:niet|niks|nauwelijks)\b|\b(?:reageert|reageerde) "
            r"(?:niet|nergens op)\b|\bdoet (?:de deur )?niet open\b|\bgeeft geen antwoord\b|"
            # "hij kan niet opstaan en zegt niks meer terug"
            r"\bzegt (?:niks|niets) meer\b|\bzegt (?:niks|niets) (?:meer )?terug\b|"
            r"\bkijkt (?:dwars )?door (?:me|mij) heen\b",
        ),
        exclude=PAST + r"|\b(?:wat moet ik doen als|stel dat|bang dat|als (?:hij|ze|zij) ooit)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 32 (held out, measured once, then learned from) -----------------------------------
    Rule(
        A,
        "traffic",
        # A confused driver on the road now: "hij is dement en belde net vanaf de snelweg dat hij de
        # weg kwijt is en hij rijdt nog".
        r"\b(?:rijdt|reed|weggereden|rijden|rijd)\b",
        also=(
            r"\b(?:dement|dementie|alzheimer|verward|in de war|niet meer mag rijden|niet mag rijden)\b",
            r"\b(?:snelweg|autoweg|ringweg|a[0-9]+|de weg kwijt|verdwaald|weet niet waar)\b",
            r"\b(?:net|nu|zojuist|op dit moment|rijdt nog|nog steeds onderweg)\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|altijd|vroeger|rijbewijs|cbr|"
        r"keuring|bang dat|stel dat|mag (?:hij|ze|zij) nog|hoe (?:krijg|zorg|voorkom)|"
        r"thuisgebracht|weer thuis)\b|"
        # Found himself, not the car keys: "de politie heeft hem gevonden", "hij is gevonden".
        r"\b(?:hem|haar) (?:[a-z]+ ){0,2}gevonden\b|\b(?:hij|ze|zij) (?:is|werd) (?:[a-z]+ ){0,2}gevonden\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A call to say it is over and not to come: "mijn broer belde net dat hij 'klaar' is en dat
        # ik niet moet komen. hij klonk heel rustig".
        r"\b(?:belde|appte|zei|schreef|sms\w*|berichtte|liet weten)\b(?: [a-z]+){0,3} dat (?:hij|ze|"
        r"zij) (?:er )?klaar (?:is|was|mee is)\b(?! met\b)",
        also=(
            r"\b(?:niet (?:meer )?(?:moet|hoef|hoeft|hoeven|mag) (?:te )?komen|niet komen|"
            r"psychiatri\w*|depressie\w*|afscheid|sorry|rustig|bedankt|dag zeggen|alleen)\b",
        ),
        exclude=PAST + r"|\b(?:werk|dienst|school|eten|douchen|afspraak|dokter|ziekenhuis|"
        r"fysio\w*|boodschappen|ophalen|opgehaald|kapper|tandarts)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 37 (development, measured once, then learned from) --------------------------------
    Rule(
        A,
        "heat",
        # Heat stroke: "zit sinds vanochtend in de volle zon, 34 graden, knalrood, zweet niet meer en
        # geeft rare antwoorden".
        r"\b(?:volle zon|in de zon|hitte|(?:3[0-9]|4[0-5]) graden|snikheet|bloedheet)\b",
        also=(
            r"\b(?:zweet niet meer|knalrood|vuurrood|rare antwoorden|verward|in de war|suf|"
            r"reageert (?:niet|nauwelijks|raar)|flauwgevallen|zakt weg|gloeit|gloeiend heet|"
            r"onsamenhangend|overgeven|braakt|heet en droog)\b",
            r"\b(?:zit|ligt|staat|gezeten|gelegen|sinds|al uren|uren|nu|net|vanochtend|vanmiddag|"
            r"de hele middag|de hele dag)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|wat moet ik doen als|hoe voorkom|voorkomen|"
        r"soms|vaak|elke zomer|ieder jaar|vorige zomer|airco|ventilator aanvragen)\b",
        scope="message",
        negatable=False,
    ),
    # --- rounds 38 and 39 (development, measured once, then learned from) -----------------------
    Rule(
        A,
        "breathing",
        # Choking on food: "oma verslikt zich in een stuk vlees, ze kan niet hoesten en niet praten
        # en grijpt naar haar keel".
        r"\bverslikt\b|\bverslikte\b|\bzit (?:iets |een stuk \w+ )?vast in (?:haar|zijn) keel\b",
        also=(
            r"\b(?:kan|kon)<adv> niet (?:meer )?(?:hoesten|praten|ademen|slikken)\b|"
            r"\bgrijpt<adv> naar (?:haar|zijn) keel\b|\b(?:blauw|paars|geen lucht)\b|"
            r"\bmaakt<adv> geen (?:geluid|geluidje)\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|logopedist\w*|slikproblemen|"
        r"gemalen|vermalen|bang dat|stel dat|wat moet ik doen als)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fall_with_injury",
        # Lying at the foot of the stairs now, in a long practical message that mentions last
        # year's indication: "ze ligt nu onderaan de trap en zegt niks terug en er komt bloed uit
        # haar hoofd". "nu" keeps a past word elsewhere from closing the rule.
        r"\b(?:ligt|liggen)\b(?: [a-z]+){0,3} (?:op de (?:grond|\w*vloer)|onder ?aan de trap)\b",
        also=(
            r"\b(?:nu|net|zojuist|op dit moment)\b",
            r"\bzegt (?:niks|niets) (?:meer )?terug\b|\bzegt (?:niks|niets) meer\b|\bbloed uit "
            r"(?:haar|zijn) (?:hoofd|oor|mond)\b|\b(?:reageert|beweegt)<adv> niet\b",
        ),
        exclude=r"\b(?:wat moet ik doen als|stel dat|bang dat|als (?:hij|ze|zij) ooit)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Gone into the cold or the night: "het vriest vijf graden en mijn man is weg, op zijn
        # pantoffels", "half 2 s nachts, de voordeur staat open en mijn vader ligt niet in bed".
        r"\b(?:is|zijn) (?:\w+ )?(?:weg|vertrokken|weggelopen|verdwenen)\b|\bligt niet in (?:zijn|haar|)"
        r" ?bed\b|\bvoordeur staat open\b",
        also=(
            r"\b(?:vriest|vriezen|graden|ijskoud|koud|regent|nacht|nachts|donker|pyjama|pantoffels|"
            r"sloffen|nachthemd|zonder jas)\b",
            r"\b(?:dementie|dement|alzheimer|weet de weg niet|in de war|verward|de weg kwijt)\b",
        ),
        # No PAST: "hij weet de weg niet meer sinds vorig jaar" dates the dementia, not the night.
        exclude=r"\b(?:gevonden|terecht|thuisgebracht|weer thuis|bang dat|stel dat|voorkom\w*|"
        r"wat moet ik doen als|hoe kan ik|gps|tracker|alarm aanvragen|vakantie)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A question about a height and surviving it, and then the caregiver sent away: "vroeg hoe
        # hoog ons balkon is en of je dat overleeft. nu wil ze ineens dat ik boodschappen ga doen".
        r"\b(?:hoe hoog|hoeveel meter|hoeveel verdiepingen)\b",
        also=(
            r"\b(?:overleef\w*|overleven|dood|overlijd\w*)\b",
            r"\bwil (?:ze|hij|zij) (?:ineens |nu |opeens )*dat ik\b(?: [a-z]+){0,3} (?:ga|weg|de deur "
            r"uit|boodschappen)\b|\b(?:nu|ineens|opeens)\b",
        ),
        exclude=r"\b(?:trap ?lift|traplift|verhuiz\w*|lift|valbeveiliging|hek|balkonhek)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # Commanding voices and then silence: "de stemmen zeggen dat hij van de brug moet springen.
        # sinds een uur neemt hij niet meer op".
        r"\b(?:stemmen|stem)\b(?: [a-z]+){0,4} (?:zeggen|zegt|zeiden|opdracht\w*)\b",
        also=(
            r"\b(?:springen|springt|dood|zichzelf|brug|spoor|trein|mes|ophangen|pillen)\b",
            r"\bneemt<adv> (?:\w+ ){0,3}niet (?:meer )?op\b|\b(?:niet (?:meer )?bereikbaar|onbereikbaar|"
            r"reageert niet|weggegaan|vertrokken|weggelopen|sinds een uur|geen contact)\b",
        ),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    # --- round 42 (development, measured once, then learned from) --------------------------------
    Rule(
        A,
        "violence_now",
        # About to do it, the means in hand: "ik sta naast zijn bed met het kussen in mijn handen en
        # ik weet niet of ik mezelf kan tegenhouden".
        r"\b(?:kussen|mes|riem|touw|schaar|hamer|stok|pan)\b(?: [a-z]+){0,2} in (?:mijn|m n) "
        r"hand(?:en)?\b",
        also=(
            r"\b(?:mezelf|mij zelf|me) (?:nog )?(?:kan |kon )?(?:tegenhouden|inhouden|beheersen)\b|"
            r"\bweet niet (?:wat|of) ik (?:ga )?doen\b|\bik doe (?:hem|haar) (?:iets|wat)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat ik ooit|stel dat|wat als)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Gone, and for how long in its own clause: "mijn schoonmoeder is weg, al uren. niemand weet
        # waar ze is".
        r"\b<agent> is (?:nu |al |alweer |weer )?weg\b",
        also=(
            r"\b(?:al uren|al een paar uur|sinds (?:vanochtend|vannacht|vanmiddag|gisteravond)|"
            r"niemand weet waar|nergens te vinden|niet (?:meer )?te vinden|politie)\b",
        ),
        exclude=PAST + "|" + LOST_THINGS + r"|\b(?:boodschappen|werk|vakantie|dagbesteding|logeren|"
        r"logeert|kapper|dokter|ziekenhuis)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 41 (held out, measured once, then learned from) -----------------------------------
    Rule(
        A,
        "on_the_edge",
        # "ik sta nu op het balkon van de 9e verdieping en ik weet niet of ik nog terug naar binnen ga"
        r"\b(?:sta|zit|ben|staat|zitten)\b(?: [a-z]+){0,2} (?:op|aan|bij) (?:het|de) (?:balkon|dak|rand|brug|"
        r"reling|vensterbank|raam)\b",
        also=(
            r"\b(?:weet niet of ik (?:nog )?(?:terug|naar binnen)|niet (?:meer )?(?:terug|naar binnen)|"
            r"spring\w*|naar beneden|verdieping|hoog|laten vallen)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|plantjes|planten|was ophangen|roken|rookt|"
        r"zonnetje|barbecue|soms|vaak|weleens|wel eens|elke|iedere|als ik)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # Affairs settled and "klaar", someone asked to look after the naaste tomorrow: "testament,
        # brieven voor de kinderen. ik denk dat ik klaar ben. kunt u zorgen dat iemand morgen naar
        # mijn man gaat kijken?"
        r"\b(?:zaken op orde|alles op orde|alles geregeld|testament|brieven voor|afscheidsbrie\w*)\b",
        also=(
            r"\bik (?:denk dat ik |geloof dat ik )?(?:klaar ben|er klaar mee ben)\b|\bik ben klaar\b",
            r"\b(?:morgen|vannacht|vanavond|straks|naar (?:mijn|hem|haar)\b(?: [a-z]+){0,2} (?:gaat |komt )?"
            r"(?:kijken|zorgen))\b",
        ),
        exclude=PAST + r"|\b(?:notaris (?:zegt|vraagt)|klaar met (?:het|de) \w+)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 44 (held out, measured once, then learned from) -----------------------------------
    Rule(
        A,
        "heart_or_stroke",
        # "zijn borst knelt en zijn arm doet pijn, hij is heel bleek en zweet"
        r"\b(?:borst|op de borst|borstkas)\b(?: [a-z]+){0,2} (?:knelt|drukt|klemt|doet pijn|pijn)\b|"
        r"\b(?:knellend|drukkend)\w* (?:gevoel )?op de borst\b",
        also=(r"\b(?:arm|kaak|zweet|zweten|bleek|grauw|misselijk|ineens|benauwd|kortademig)\b",),
        exclude=PAST + r"|\b(?:bang dat|stel dat|vorige keer|toen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A pact decided and a goodbye: "wij hebben besloten samen te gaan. hij kan niet meer en ik
        # wil niet zonder hem. bedankt voor alles".
        r"\b(?:besloten|afgesproken|beslist)\b(?: [a-z]+){0,2} samen te (?:gaan|stoppen|sterven)\b",
        also=(
            r"\b(?:bedankt voor alles|dank voor alles|vaarwel|afscheid|niet zonder (?:hem|haar)|"
            r"vannacht|vanavond|morgen|nu)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # Letters written and the pet placed: "heb brieven geschreven voor mijn zus en mijn zoon. de
        # kat gaat naar de buren. wil alleen nog weten of iemand mijn moeder morgen eten brengt".
        r"\b(?:brieven|brief|briefjes) (?:geschreven|klaargelegd|neergelegd) voor\b",
        also=(
            r"\b(?:de (?:kat|hond|poes|vogel) gaat naar|dieren (?:ondergebracht|geregeld|weg))\b",
            r"\b(?:morgen|vannacht|vanavond|alleen nog|straks)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "means_at_hand",
        # The means bought: "mijn vrouw heeft vandaag gezegd dat ze het touw al heeft gekocht. ze
        # heeft MS en is heel somber".
        r"\b(?:touw|strop)\b(?: [a-z]+){0,3} (?:gekocht|klaargelegd|klaar gelegd|opgehangen|ligt klaar)\b|"
        r"\b(?:gekocht|besteld)\b(?: [a-z]+){0,2} (?:een |het )?(?:touw|strop)\b",
        also=(r"\b(?:somber|depressie\w*|wil niet meer|dood|leven|ms|als|klaar|zegt|gezegd)\b",),
        exclude=PAST + r"|\b(?:waslijn|tent|boot|zeil\w*|tuin|schommel|klimmen|verhuizen)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 46 (development) ----------------------------------------------------------------
    Rule(
        A,
        "unresponsive",
        r"\b(?:is|was|lijkt|raakte|raakt)<adv> (?:niet|nauwelijks) (?:meer )?bij (?:bewustzijn|"
        r"kennis)\b|\bbuiten kennis\b|\bverloor<adv> het bewustzijn\b|"
        r"\bbewustzijn (?:verloren|kwijt)\b",
        exclude=PAST,
        negatable=False,
    ),
    Rule(
        A,
        "self_harm_now",
        # "ik sta in de badkamer met het scheermes en ik weet niet of ik mezelf nog kan tegenhouden"
        r"\b(?:mezelf|mijzelf|me)\b(?: [a-z]+){0,2} (?:kan|kon|kunnen) tegenhouden\b",
        also=(
            r"\b(?:mes|messen|scheermes\w*|pillen|medicijnen|touw|brug|balkon|raam|spoor|trein|"
            r"badkamer|dak|flat|snelweg|water)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "poisoning",
        # "heeft een half uur geleden een knoopcelbatterijtje ingeslikt": a button battery, a
        # magnet or a household chemical swallowed is an emergency, also without symptoms.
        r"\b(?:knoopcel\w*|batterij\w*|magneetje\w*|magneten|\w*ontstopper|chloor|bleekmiddel|"
        r"wasmiddel\w*|vaatwastablet\w*|wasbolletje\w*|wasmiddelcapsule\w*|lampenolie|antivries|"
        r"rattengif|muizengif|schoonmaakmiddel\w*|afwasmiddel|wc ?eend|ammoniak|terpentine)\b",
        also=(
            r"\b(?:ingeslikt|doorgeslikt|geslikt|gedronken|opgedronken|opgegeten|binnengekregen|"
            r"ingenomen|in zijn mond|in haar mond)\b",
        ),
        exclude=PAST + r"|\b(?:vroeger|toen (?:hij|ze|zij) klein was)\b|" + _PETS,
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # Goodbyes said, next to a suicide signal, and a time: "heb vanavond afscheid genomen van
        # de hond en van de buurvrouw. morgen hoeft niemand meer voor mij te zorgen".
        r"\bafscheid (?:genomen|gedaan|nemen|neem)\b",
        # A time still to come: "vandaag heb ik in stilte afscheid genomen" tells of the goodbye.
        also=(r"\b(?:morgen|morgenvroeg|vannacht|straks|zo meteen|zometeen)\b",),
        scope="message",
        needs=(S,),
        separate=False,
    ),
    # --- round 47 (development) ----------------------------------------------------------------
    Rule(
        A,
        "stroke",
        # "kan sinds twintig minuten haar rechterarm niet meer optillen en haar woorden komen er
        # vreemd uit": weakness on one side and speech, the signs of a stroke.
        r"\b(?:arm|armen|been|benen|hand|gezicht|mond|mondhoek)\b(?: [a-z]+){0,4} (?:niet (?:meer )?"
        r"(?:optillen|bewegen|omhoog|gebruiken)|hangt|hing|scheef|slap|verlamd|doet niks meer)\b|"
        r"\bniet (?:meer )?(?:optillen|bewegen)\b",
        also=(
            r"\b(?:praat|praten|spreekt|spreken|woorden|spraak|zinnen|zin)\b(?: [a-z]+){0,4} "
            r"(?:raar|vreemd|onduidelijk|dubbel|wartaal|afmaken|niet meer|eruit)\b|"
            r"\b(?:lalt|lallen|brabbelt|kan (?:niet|geen) (?:meer )?(?:praten|woord))\b",
        ),
        exclude=_PAST_UNLESS_MINUTES
        + r"|\b(?:sinds (?:haar|zijn) beroerte|al jaren|revalidatie\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathless",
        # "zit voorover te happen naar lucht en kan geen zin meer afmaken, zijn vingers zijn grauw"
        r"\b(?:hapt|happen|happend|hijgt) (?:\w+ )?naar (?:lucht|adem)\b|"
        r"\bkan (?:geen|nauwelijks een) zin (?:meer )?afmaken\b|"
        r"\b(?:vingers|lippen|gezicht|nagels) (?:zijn |worden |is |wordt |ziet |zien )?(?:heel |helemaal )?"
        r"(?:grauw|blauw|grijs|paars)\b",
        exclude=PAST,
        negatable=False,
    ),
    Rule(
        A,
        "head_injury",
        # "van de trap gevallen, ze moet steeds overgeven, weet niet welke dag het is en haar ene
        # pupil is veel groter"
        r"\b(?:gevallen|gestruikeld|viel|valpartij|hoofd gestoten|met (?:zijn|haar) hoofd)\b",
        also=(
            r"\b(?:overgeven|overgeeft|braakt|braken|spuugt|pupil\w*|weet niet (?:meer )?welke dag|"
            r"herkent (?:me|mij) niet|steeds suffer|wegzakt|valt steeds in slaap)\b",
        ),
        exclude=PAST + r"|\b(?:vorig\w*|gelukkig|niks aan de hand|niets aan de hand)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "ga zo naar de brug over de ijssel", next to a suicide signal.
        r"\b(?:ga|gaat|loop|rijd|fiets)(?: ik)? (?:zo|nu|straks|meteen|vanavond|vannacht) naar (?:de|het) "
        r"(?:brug|spoor|dak|flat|rivier|water|zee|snelweg|viaduct|kanaal|haven|station)\b",
        needs=(S,),
    ),
    # --- round 48 (development) ----------------------------------------------------------------
    Rule(
        A,
        "imminent_plan",
        # The plan's time, next to a suicide signal: "is voor vanavond", "dit weekend samen gaan".
        r"\b(?:is |dat is )?voor (?:vanavond|vannacht|straks|morgen)\b|\bdit weekend\b|"
        r"\bvanavond (?:gaan|ga) (?:\w+ ){0,5}samen\b",
        needs=(S,),
        separate=False,
    ),
    Rule(
        A,
        "farewell_now",
        # "het is zover. doei"
        r"\bhet is<adv> zover\b",
        also=(r"\b(?:doei|dag|vaarwel|bye|adieu|sorry|het spijt me|bedankt voor alles)\b",),
        exclude=r"\b(?:verhuiz\w*|opname|operatie|bevalling|vakantie|verpleeghuis|dagbesteding|"
        r"uitslag|afspraak|verjaardag|feest|indicatie|keukentafelgesprek)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "heart",
        # "ze is nu erg verward, heel slap en haar hart bonkt onregelmatig"
        r"\bhart\w*\b(?: [a-z]+){0,2} (?:bonkt|klopt|slaat|gaat|roffelt)\b(?: [a-z]+){0,2} (?:onregelmatig|"
        r"raar|heel snel|heel langzaam|als een gek|over|tekeer)\b",
        also=(r"\b(?:verward|slap|suf|duizelig|flauw\w*|benauwd|zweet\w*|grauw|wit|klam|pijn)\b",),
        exclude=PAST + r"|\b(?:vorig\w*|soms|vaak|weleens|wel eens|bang dat|stel dat)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "diabetes_crisis",
        # "de meter geeft alleen HI, hij ruikt zoetig uit zn mond, braakt steeds en is zo sloom"
        r"\bmeter\b(?: [a-z]+){0,4} (?:hi|high|hoog|te hoog|laag|lo)\b|\bruikt<adv> zoet\w*\b|"
        r"\bsuiker\b(?: [a-z]+){0,3} (?:heel |erg |veel te )?hoog\b",
        also=(
            r"\b(?:braakt|overgeven|overgeeft|spuugt|sloom|suf|verward|slap|wegzakt|zakt weg|"
            r"reageert|wakker)\b",
        ),
        exclude=PAST + r"|\b(?:vorig\w*|soms|bang dat|stel dat|wat moet ik doen als)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "medication_error",
        # "per ongeluk tien dagen lang elke dag de methotrexaat gegeven ... zweren in haar mond,
        # bloedend tandvlees en koorts"
        r"\bper ongeluk\b(?: [a-z]+){0,14} (?:gegeven|ingenomen|geslikt|genomen|gespoten|toegediend|"
        r"opgeplakt|geplakt)\b",
        also=(
            r"\b(?:bloed\w*|koorts|zweren|verward|suf|slap|braakt|overgeven|flauw\w*|bleek|"
            r"wakker|reageert|benauwd)\b",
        ),
        exclude=PAST + r"|\b(?:gelukkig|geen kwaad|niks aan de hand|niets aan de hand|vorig\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "caregiver_about_to_harm",
        # "ik heb haar rolstoel bovenaan de trap gezet en sta erachter"
        r"\b(?:rolstoel|rollator|hem|haar)\b(?: [a-z]+){0,4} (?:bovenaan|boven aan) de trap "
        r"(?:gezet|neergezet|geduwd|gereden)\b",
        also=(
            r"\b(?:sta erachter|sta er achter|duwen|duw|loslaten|laat los|kalm|eng|bang dat ik)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- earlier development rounds: misses left after their learning, seen again 2026-12-04 ---
    Rule(
        A,
        "missing_person",
        # "hij loopt langs het water bij de Koppelpoort en wil niet met me mee terug. hij ziet niks in
        # het donker en hij kan niet zwemmen."
        r"\b(?:langs|bij|aan|naar) (?:het water|de waterkant|de gracht|de rivier|het kanaal|de vijver|"
        r"de sloot|de haven|de kade|de dijk)\b",
        also=(
            r"\b(?:kan niet zwemmen|ziet (?:niks|niets) in het donker|wil niet (?:\w+ ){0,3}mee|"
            r"verward|in het donker|in zijn pyjama|in haar nachtjapon|dwaalt)\b",
        ),
        exclude=PAST + r"|\b(?:eendjes|voeren|vrijwilliger|wandeling|dagje|zomer|vissen|hengel|"
        r"bang dat|stel dat|soms|vaak|weleens|wel eens)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "means_at_hand",
        # "ik heb vanmiddag bij de bouwmarkt een touw gekocht. ik weet niet waarom ik dit aan een
        # computer vertel." / "ik heb de tabletten al klaargezet en wil niet dat mijn kinderen dit
        # gesprek lezen"
        r"\b(?:touw|strop|slang)\b(?: [a-z]+){0,2} (?:gekocht|gehaald|klaargelegd|opgehangen)\b|"
        r"\b(?:tabletten|pillen|medicijnen|slaappillen|pilletjes|medicatie)\b(?: [a-z]+){0,2} "
        r"(?:klaargezet|klaar gezet|klaargelegd|klaar gelegd)\b",
        also=(
            r"\b(?:weet niet waarom|waarom ik dit|niemand weet|wil niet dat (?:\w+ ){0,3}(?:lezen|"
            r"zien|weten|vinden)|gegevens verwijderen|afscheid|vanavond|vannacht|straks)\b",
        ),
        exclude=r"\b(?:weekdoos|baxter\w*|medicijnrol|ochtend en avond|schema|apotheek|"
        r"springtouw|waslijn|tuinslang|tent)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # "ik heb het raam open en kijk naar beneden. het zou zo makkelijk zijn."
        r"\b(?:raam|balkon|balkondeur|reling|dakrand|brug)\b(?: [a-z]+){0,5} naar beneden\b",
        also=(r"\b(?:zo makkelijk|zo simpel|een stap|even springen|niemand merkt|zou kunnen)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "caregiver_about_to_harm",
        # "ik sta nu boven aan de trap met mijn vader in de rolstoel en ik ben bang dat ik hem loslaat"
        r"\b(?:ik sta|sta ik)\b(?: [a-z]+){0,2} (?:boven ?aan|bovenaan) de trap\b",
        also=(r"\b(?:rolstoel|rollator|loslaat|los laat|los te laten|duwen|duw|loslaten)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 50 (held out, measured once at the end of the fourteenth round, then learned from) ---
    Rule(
        A,
        "imminent_plan",
        # "vanavond als hij slaapt neem ik alles in wat er in de kast ligt" (suicide.py), with its hour.
        r"\b(?:vanavond|vannacht|straks|zo meteen|als (?:hij|ze|zij) slaapt|als (?:hij|ze|zij) weg is)\b",
        needs=(S,),
        also=(r"\b(?:neem|slik) ik\b|\bik (?:neem|slik)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 54 (held out, measured once at the end of the fifteenth round, then learned from) ---
    Rule(
        A,
        "imminent_plan",
        # "... dan is hij goed verzorgd en kan ik doen wat ik van plan ben" (suicide.py), with its day.
        r"\bdoen wat ik (?:van plan ben|wil doen|besloten heb|heb besloten)\b",
        also=(
            r"\b(?:morgen|vanavond|vannacht|straks|vandaag|zaterdag|zondag|maandag|dinsdag|woensdag|"
            r"donderdag|vrijdag|dit weekend)\b",
        ),
        needs=(S,),
        separate=False,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        # "ruik heel sterk gas in de keuken bij mijn tante, er stond een pit open zonder vlam. zij zit
        # in haar stoel en is een beetje wazig en misselijk"
        r"\b(?:pit|pitje|kraan|gaskraan|fornuis|kookplaat)\b(?: [a-z]+){0,3} (?:open|aan) zonder vlam\b|"
        r"\bruik\w*\b(?: [a-z]+){0,2} (?:sterk |heel sterk |veel )?gas\b",
        also=(r"\b(?:zonder vlam|wazig|misselijk|duizelig|hoofdpijn|suf|slaperig|keuken|ruik)\b",),
        exclude=PAST
        + r"|\b(?:bang dat|stel dat|wat moet ik doen als|rookmelder|gasmelder kopen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # "mijn moeder ademen niet goed, zij maakt raar geluid zoals snurken maar ogen zijn open en zij
        # kijkt niet naar mij. ik roep haar naam, niks. help"
        r"\b(?:roep|riep|noem|zeg)\b(?: [a-z]+){0,1} (?:haar|zijn) naam\b(?: [a-z|]+){0,3} (?:niks|niets|geen "
        r"reactie|reageert niet)\b",
        also=(r"\b(?:ade\w*|snurk\w*|ogen (?:zijn )?open|kijkt niet|help|raar geluid)\b",),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "self_harm_now",
        # "ik sta met het scheermes van mijn vader in de badkamer en ik weet niet of ik het wel of niet
        # ga doen"
        r"\b(?:sta|zit|lig|ben)\b(?: [a-z]+){0,2} met (?:het|een|de|zijn|mijn|dat) (?:scheermes\w*|mes|mesje|"
        r"pillen|touw|strop)\b",
        also=(
            r"\b(?:weet niet of ik het|ga doen|badkamer|wil dat het ophoudt|niemand weet|op de rand)\b",
        ),
        exclude=PAST + r"|\b(?:koken|snijden|aardappel\w*|groente|scheren|baard)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 59 (held out, measured once at the end of the seventeenth round, then learned from) ---
    Rule(
        A,
        "missing_person",
        # "stuurde vannacht een appje 'sorry mam voor alles, het is beter zo' en nu neemt ze niet op"
        r"\b(?:sorry|het spijt me)\b(?: [a-z]+){0,2} voor alles\b|\bhet is beter zo\b",
        also=(
            r"\b(?:neemt|nam)\b(?: [a-z]+){0,3} niet (?:meer )?op\b|\bniet bereikbaar\b|"
            r"\breageert niet\b|\bniet thuis\b|\bonvindbaar\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "ik heb de pillen van mijn man. ik neem nu alles. sorry." (All the oxazepam on the table:
        # the rule of round 60 below.)
        r"\bik neem (?:nu |straks |vannacht |vanavond )?alles\b(?=.*\b(?:pillen|tabletten|medicijnen|sorry)\b)",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "heeft zojuist vermoedelijk haar complete voorraad lithium ingenomen. Zij braakt."
        r"\b(?:complete|hele|volledige|gehele) (?:voorraad|strip|doos|pot|potje)\b(?: [a-z]+){0,2} "
        r"(?:ingenomen|ingeslikt|geslikt|genomen|opgegeten)\b",
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "severe_bleeding",
        # "heeft zich gesneden met het broodmes het bloed spuit eruit ik krijg het niet gestopt"
        r"\bbloed spuit\b|\bspuit (?:het )?bloed\b|\b(?:krijg|krijgen) (?:het|het bloeden|dat) niet gestopt\b",
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    # --- round 62 (held out, measured once at the end of the eighteenth round, then learned from) ---
    Rule(
        A,
        "means_at_hand",
        # "ik heb vanavond de tabletten van mijn zoon en die van mezelf bij elkaar gelegd op het
        # aanrecht. hij slaapt. ik wil alleen nog weten of iemand morgen de hond eten geeft"
        rf"{DRUGS}(?: [a-z]+){{0,8}} (?:bij elkaar gelegd|klaargelegd|op het aanrecht|op tafel gelegd)\b",
        also=(
            r"\b(?:(?:hij|ze|zij) slaapt|iemand morgen|(?:de )?(?:hond|kat|poes) (?:eten|te eten)|"
            r"afscheid|niemand|sorry|vaarwel)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 67 (development: violence and abuse told calmly or formally) ----------------------
    Rule(
        A,
        "farewell",
        # "Bedankt voor alle hulp de afgelopen tijd. Ik neem hierbij afscheid. Mijn zus weet waar de
        # sleutel ligt voor mama."
        r"\bik neem (?:hierbij |bij deze |nu )afscheid\b|\bik neem afscheid(?! van)\b",
        also=(
            r"\b(?:bedankt|dank|sleutel|weet waar|zorg goed|brief|brieven|voor alles|vaarwel|hulp)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "harm_to_others_now",
        # "Mijn broer heeft mij zojuist gebeld en gezegd dat hij zijn dochter en zichzelf iets gaat
        # aandoen. Hij is nu onderweg naar haar toe."
        r"\b(?:zichzelf|haar|hem|de kinderen|zijn dochter|zijn zoon|haar dochter|haar zoon|zijn vrouw|"
        r"haar man)\b(?: [a-z]+){0,4} iets (?:gaat|zal|wil|ging) aandoen\b",
        also=(r"\b(?:nu|zojuist|net|onderweg|op weg|straks|vanavond|vandaag)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 65 (development: elderly and rural caregivers, dialect, the last phase) ----------
    Rule(
        A,
        "on_the_edge",
        # "Ik sta op de dijk bij Vlissingen. Het water is hoog vandaag ... Kunt u zorgen dat iemand hem
        # ophaalt vanmiddag?"
        r"\bik (?:sta|zit|ben) (?:nu |hier )?(?:op|aan|bij) (?:de|het) (?:dijk|pier|kade|brug|rivier|"
        r"water|zee|spoorweg|spoor|havenhoofd|sluis)\b",
        also=(
            r"\b(?:zorgen dat iemand (?:hem|haar) (?:ophaalt|opvangt|haalt)|het water is (?:hoog|koud|"
            r"diep)|dank voor alles|bedankt voor alles|vaarwel|zorg goed voor)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        # "ik heb de kieren van de slaapkamerdeur afgeplakt met tape en het houtkacheltje aangemaakt
        # met de schuif dicht"
        r"\b(?:kieren|deur|ramen|ventilatie|rooster\w*|naden)\b(?: [a-z]+){0,5} (?:afgeplakt|dichtgeplakt|"
        r"dichtgemaakt|afgedicht|dichtgestopt)\b",
        also=(
            r"\b(?:kachel\w*|schuif|gas|barbecue|bbq|houtskool|vuur|aangemaakt|aangestoken|motor)\b",
        ),
        exclude=r"\b(?:tocht|kou buiten|isoleren|isolatie|schilder\w*|verf\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "heeft mijn moeder net alle vakjes van haar weekdoos leeggehaald en doorgeslikt, de pillen van
        # de hele week"
        r"\b(?:weekdoos|baxter\w*|pillendoos|medicijndoos|weekvoorraad|alle vakjes|de hele week)\b",
        also=(
            r"\b(?:doorgeslikt|ingenomen|geslikt|opgegeten|ingeslikt)\b",
            r"\b(?:net|zojuist|zonet|alle vakjes|hele week|allemaal|in een keer)\b",
        ),
        exclude=r"\b(?:vergeten|niet ingenomen|per dag|elke dag|bang dat|stel dat|netjes|trots|keurig|"
        r"op tijd|deze week|zoals het hoort)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "in_water",
        # "m'n vent is met z'n rollator van de kade gegleden ... ik zie 'm nie meer boven komen"
        r"\b(?:van|over) de (?:kade|steiger|dijk|wal|rand|oever)\b(?: [a-z]+){0,2} (?:gegleden|gevallen|"
        r"gereden|geraakt)\b|\bniet meer boven (?:komen|gekomen)\b|\b(?:in het water|te water) "
        r"(?:gevallen|gegleden|geraakt|gereden)\b",
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # "Hij staat nu al een kwartier op het balkon, aan de buitenkant van het hek, zesde verdieping"
        r"\b(?:aan de buitenkant van|over) (?:het|de) (?:hek|hekje|reling|balustrade|leuning|railing)\b|"
        r"\bstemmen die zeggen dat (?:hij|ze|zij|ik) (?:moet )?(?:vliegen|springen)\b",
        exclude=PAST + r"|\b(?:klimt over het hek van de tuin|tuinhek|hond|kat|bal)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 64 (development: WhatsApp style, shame, minimising) ------------------------------
    Rule(
        A,
        "means_at_hand",
        # "de strips van zijn oxazepam en mijn eigen pillen liggen allemaal uitgedrukt op tafel"
        r"\b(?:uitgedrukt|uit de strips? gedrukt|uit de doosjes? gehaald)\b",
        also=(
            DRUGS + r"|\bstrips?\b",
            r"\b(?:op tafel|klaar|naast me|voor me|op het aanrecht|op bed)\b",
        ),
        exclude=r"\b(?:weekdoos|baxter\w*|pillendoos|medicijnrol|dagdoos|voor de (?:hele )?week|"
        r"weekschema|apotheek)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "volgende week ben ik er toch niet meer, heb het al geregeld voor de kat"
        r"\b(?:volgende week|morgen|vanavond|vannacht|zaterdag|zondag|straks|over een week|na vandaag)\b"
        r"(?: [a-z]+){0,2} ben ik er (?:toch |dan |al )?niet meer\b",
        also=(
            r"\b(?:geregeld|opgeruimd|brief|kat|hond|afscheid|op orde|testament|niet meer uit)\b",
        ),
        exclude=r"\b(?:vakantie|op reis|weekend weg|verhuis\w*|opname|ziekenhuis|operatie|dienst|werk)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "ik heb mijn afscheidsbrief al in de la gelegd, maak je geen zorgen ... ze is nu boven"
        r"\bafscheidsbrie\w*\b",
        # Someone else's letter, with the writer at hand now; the caregiver's own letter is suicide.
        also=(
            r"\b(?:(?:ze|hij|zij) is nu|ligt (?:al )?klaar|nu boven|(?:in|op) de \w+ gelegd|"
            r"maak je geen zorgen)\b",
        ),
        exclude=PAST
        + r"|\b(?:vroeger|toen|destijds|jaren|vorig\w*|gevonden na|na (?:zijn|haar) dood)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # "belde net vanaf de brug, hij zei 'dit is de laatste keer dat je iets van me hoort'. hij
        # neemt niet meer op"
        LAST_TIME_YOU_HEAR_FROM_ME,
        also=(
            r"\b(?:brug|spoor|trein|dak|water|flat|auto|neemt (?:\w+ )?niet (?:meer )?op|"
            r"niet (?:meer )?bereikbaar|net|nu)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "exhaust_fumes",
        # "de auto staat in de garage en de motor loopt. mijn man wordt morgen opgehaald"
        r"\bmotor (?:loopt|draait|staat aan|aan)\b",
        also=(r"\bin de (?:garage|schuur)\b|\b(?:slang|uitlaat|deur dicht)\b",),
        exclude=r"\b(?:loopt weer|draait weer|weer (?:goed|als)|warm (?:laten|draaien)|opwarmen|"
        r"monteur|apk|reparatie|gerepareerd|wachten|wacht|parkeer\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "ik heb net alles van zijn methadon ingenomen wat er nog in huis was"
        r"\balles van (?:zijn|haar|mijn|m n|z n|de) [a-z]+\b(?: [a-z]+){0,5} (?:ingenomen|geslikt|"
        r"opgeslikt|opgenomen)\b",
        also=(r"\b(?:net|zojuist|slapen|wie belt|sorry|niemand|nu)\b",),
        exclude=r"\b(?:eten|gegeten|soep|drinken|opgedronken)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 63 (development: danger to life now) -----------------------------------------
    Rule(
        A,
        "fire_or_gas",
        # Carbon monoxide told by its signs: "de geiser brandt met een gele vlam en er zitten zwarte
        # roetplekken boven ... hoofdpijn, misselijk en duizelig", "stookt de houtkachel met de
        # schuif dicht ... ik krijg haar niet goed wakker, ze is heel rood in haar gezicht"
        r"\b(?:geiser|kachel|houtkachel|gaskachel|allesbrander|cv ketel|open haard|gele vlam|"
        r"roet\w*|schuif)\b",
        also=(
            r"\b(?:gele vlam|roet\w*|schuif (?:\w+ )?dicht|rookt|walmt)\b",
            r"\b(?:hoofdpijn|misselijk|duizelig|flauw\w*|niet (?:goed )?wakker|wakker krijgen|"
            r"rood in (?:haar|zijn) gezicht|knalrood|braakt|overgeven|slap)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|wat moet ik doen als|onderhoud|monteur|keuring|"
        r"kopen|gekocht)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # Something in the airway: "hij heeft zijn kunstgebit ingeslikt denk ik, hij hoest niet meer
        # maar maakt een piepgeluid en grijpt naar zijn keel"
        r"\b(?:kunstgebit|gebit|prothese|snoepje|dopje|knoop|munt|stuk vlees|brok|batterij\w*)\b"
        r"(?: [a-z]+){0,3} (?:ingeslikt|doorgeslikt|in (?:zijn|haar) keel)\b|"
        r"\bgrijpt<adv> naar (?:haar|zijn) keel\b",
        also=(
            r"\b(?:hoest (?:\w+ )?niet meer|piep\w*|grijpt|geen lucht|blauw|paars|rochel\w*|"
            r"kan<adv> niet (?:meer )?(?:ademen|praten|hoesten))\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|wat moet ik doen als|soms|vaak)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "burns",
        # "haar armen en gezicht zijn helemaal verbrand, de huid laat los"
        r"\b(?:huid laat los|huid komt los|vel hangt (?:er )?bij|helemaal verbrand|zwaar verbrand|"
        r"erg verbrand|kleren (?:vatten|vatte|vatten) vlam|kleren (?:staan|stonden) in brand)\b",
        exclude=PAST + r"|\b(?:zon|zonnebrand|strand|bang dat|stel dat|eten|taart|pizza|vlees)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # An allergic reaction to a new medicine: "nu is zijn gezicht en tong heel dik en hij kan
        # bijna niet slikken of ademen"
        r"\b(?:tong|keel|lippen|gezicht)\b(?: [a-z]+){0,4} (?:heel |erg |helemaal |zo )?"
        r"(?:dik|opgezet|gezwollen)\b",
        also=(
            r"\b(?:kan|kon)<adv> (?:bijna |haast |nauwelijks )?niet (?:meer )?(?:slikken|ademen|"
            r"praten)\b|\bgeen lucht\b|\bbenauwd\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|wat moet ik doen als|tandarts|kies|verkouden)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "mijn moeder heeft veel pillen genomen van mijn vader, hart medicijn, hele doosje. ze moet
        # overgeven en ziet alles geel"
        r"\b(?:veel|heel veel|een hele (?:doos|strip|pot)|hele doosje|hele doos|hele strip|"
        r"hele pot|een handvol)\b(?: [a-z]+){0,2} (?:pillen|tabletten|medicijnen|pilletjes)\b",
        also=(
            r"\b(?:genomen|ingenomen|geslikt|opgegeten)\b",
            r"\b(?:net|zojuist|zonet|overgeven|braakt|spuugt|ziet (?:alles )?geel|suf|slap|"
            r"wegzakt|zakt weg|help|reageert)\b",
        ),
        exclude=PAST + r"|\b(?:per dag|op een dag|elke dag|bang dat|stel dat|wat moet ik doen als|"
        r"voorgeschreven|weekdoos|baxter\w*|vergeet|vergeten)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "ik ben nu eigenlijk al een beetje afscheid aan het nemen. ik heb de medicijnen van mijn
        # vader bij elkaar gezocht, het is genoeg"
        rf"{DRUGS}(?: [a-z]+){{0,4}} (?:bij elkaar (?:gezocht|gezet|gelegd|gespaard)|verzameld|"
        r"klaargelegd|klaargezet)\b",
        also=(
            r"\b(?:afscheid|het is genoeg|niet meer (?:hoeft|hoeven) te bellen|vaarwel|sorry|"
            r"ik ben klaar|niet meer leven)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "mijn moeder heeft al haar morfine gespaard en zegt dat ze het vanavond allemaal inneemt"
        r"\b(?:vanavond|vannacht|straks|nu|vandaag)\b(?: [a-z]+){0,2} (?:allemaal )?(?:inneemt|in neemt|"
        r"inneem|opneemt|slikt|inslikt)\b",
        also=(DRUGS, r"\b(?:gespaard|opgespaard|verzameld|allemaal|alles)\b"),
        exclude=r"\b(?:voorgeschreven|zoals de dokter|volgens (?:het )?(?:recept|schema)|per dag)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "means_at_hand",
        # "de pillen liggen klaar op tafel, allemaal uit de strips gedrukt. ik wacht tot hij slaapt
        # en dan neem ik ze"
        r"\b(?:dan|straks|zo|vannacht|vanavond) neem ik ze(?: allemaal| in)?\b",
        also=(DRUGS, r"\b(?:klaar|uit de strips?|wacht tot|niemand)\b"),
        exclude=r"\b(?:zelf ook|mijn eigen|voorgeschreven|elke avond|elke ochtend|dokter)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "locked_in_no_answer",
        # "mn moeder zit in de badkamer op slot en ze zei net dat ze het niet meer wil en dat ik goed
        # voor mn zusje moet zorgen. ik hoor niks meer"
        r"\b(?:zit|zat|heeft zich|sluit zich)\b(?: [a-z]+){0,5} (?:op slot|opgesloten|ingesloten)\b",
        also=(
            r"\b(?:hoor (?:niks|niets) meer|geeft geen antwoord|reageert niet|doet niet open|"
            r"hoor (?:haar|hem) niet meer)\b",
            r"\b(?:niet meer wil|wil niet meer|dood|goed voor \w+ (?:\w+ )?(?:moet )?zorgen|afscheid|"
            r"sorry|pillen|mes|touw|niet meer leven|scheermes\w*)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "caregiver_about_to_harm",
        # "als hij nog een keer gilt dan druk ik zijn mond dicht tot hij stil is. ik meen het, ik sta
        # nu bij hem"
        r"\b(?:druk|duw|hou|houd|knijp) ik (?:zijn|haar|dr|z n|zn) (?:mond|neus|keel)\b"
        r"(?: [a-z]+){0,2} (?:dicht|toe)\b",
        also=(r"\b(?:nu|straks|zo meteen|als (?:hij|ze|zij) nog|ik meen het|ik sta)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # Out in the cold: "ik vind mijn vader net buiten in de sneeuw ... hij rilt niet eens meer",
        # "mijn moeder ligt sinds vanochtend vroeg in de tuin ... ijskoud en praat heel traag en ik
        # krijg haar niet overeind"
        r"\b(?:in de sneeuw|in de tuin|buiten|in de kou|op straat|in het gras|in de sloot)\b",
        also=(
            r"\b(?:ligt|lag|gevonden|vind|vond)\b",
            r"\b(?:rilt (?:niet eens|niet|zelfs niet) meer|onderkoeld|praat (?:heel |erg |zo )?traag|"
            r"krijg (?:haar|hem) niet (?:overeind|op|omhoog)|reageert (?:niet|nauwelijks))\b",
        ),
        exclude=_PAST_UNLESS_NOW + r"|\b(?:bang dat|stel dat|wat moet ik doen als|vorige winter)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # "hij nu niet wakker, ik schud hem maar niks. ademen heel langzaam en soms stop"
        r"\b(?:adem|ademen|ademt|ademhaling)\b(?: [a-z]+){0,4} (?:soms |steeds |af en toe )?"
        r"(?:stop|stopt|valt stil|hapert)\b|\b(?:stopt|stop) (?:steeds |soms |af en toe )?met ademen\b",
        also=(r"\b(?:niet wakker|schud|reageert|langzaam|nu|net|blauw|grauw)\b",),
        exclude=PAST + "|" + _DYING_PHASE + r"|\b(?:apneu|cpap|snurk\w*|slaapapneu|bang dat|"
        r"stel dat)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "armed_threat",
        # "hij is net met de auto weggereden na ruzie, hij heeft het jachtgeweer van zijn vader
        # meegenomen en zei 'jullie zijn beter af zonder mij'"
        rf"\b{WEAPONS}\b(?: [a-z]+){{0,4}} (?:meegenomen|mee genomen|bij zich|gepakt)\b",
        also=(
            r"\b(?:beter af zonder (?:mij|me)|afscheid|niet meer terug|neemt (?:zijn|haar|de) "
            r"(?:telefoon )?niet op|niet (?:meer )?bereikbaar|weggereden|weggelopen|de deur uit)\b",
        ),
        exclude=r"\b(?:jacht|jagen|schietvereniging|film|game|spel|keuken|picknick)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # "de riem zit nu om haar hals, ze is heel rood"
        r"\b(?:riem|band|koord|touw|gordel|draad|snoer)\b(?: [a-z]+){0,3} (?:om|rond) "
        r"(?:haar|zijn|de) (?:hals|nek|keel)\b",
        also=(r"\b(?:nu|vast|rood|blauw|paars|weggezakt|zakt|ademt|lucht|stikt)\b",),
        exclude=PAST
        + r"|\b(?:ketting|medaillon|alarm\w*|halsketting|bang dat|stel dat|koud|kou)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "missing_person",
        # Blind round 35, missed after the crisis model was retrained: "Opa is in zijn pyjama naar
        # buiten gelopen, het vriest en het is al ruim twee uur geleden. Hij heeft alzheimer en
        # vindt de weg terug niet."
        r"\b(?:naar buiten|de deur uit|het huis uit|weggelopen|weg gelopen|gaan dwalen|aan het dwalen)\b",
        also=(
            r"\b(?:vriest|vriezen|vorst|min [0-9]+|ijskoud|pyjama|nachthemd|onderbroek|zonder jas|"
            r"sneeuw|midden in de nacht)\b",
            r"\b(?:dementie|alzheimer|vindt de weg (?:terug )?niet|kwijt|afgezocht|zoeken|vermist|"
            r"niet (?:meer )?terug|nergens te vinden)\b",
        ),
        exclude=PAST + r"|\b(?:bang dat|stel dat|wat moet ik doen als|gevonden|weer thuis|"
        r"terecht|teruggebracht)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 61 (development: danger to life now) -----------------------------------------
    Rule(
        A,
        "imminent_plan",
        # "Ik ga het nu doen. Sorry."
        r"\b(?:ik ga|ga ik) het (?:nu|vannacht|vanavond|straks|zo|vandaag)(?: echt)? doen\b",
        also=(r"\b(?:sorry|het spijt me|vaarwel|vergeef|dag allemaal|dag lieverd)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "ik ga nu slapen en ben niet van plan om nog wakker te worden", "na vanavond hoef ik er
        # niet meer aan te denken", "ik ben vannacht toch weg, de brief ligt al klaar"
        r"\bniet (?:meer )?van plan (?:om )?(?:nog )?(?:wakker te worden|op te staan)\b|"
        r"\bna (?:vanavond|vannacht|vandaag)\b(?: [a-z]+){0,4} (?:niet meer|hoef ik)\b|"
        r"\bik ben (?:vannacht|vanavond|straks|morgen) (?:toch |al )?(?:weg|er niet meer)\b|"
        r"\b(?:dit is )?mijn laatste (?:bericht|berichtje|appje)\b|"
        r"\bvoor (?:vannacht|vanavond)\b(?: [a-z]+){0,3} (?:alles )?(?:al )?geregeld\b",
        exclude=r"\b(?:vakantie|verhuis\w*|logeer\w*|dienst|nachtdienst|werk|reis|trein|vliegtuig|"
        r"opname|ziekenhuis|operatie|kamp|weekend weg)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "Vanavond ik neem alle tabletten van haar en dan is klaar", "ik hb zn oxycodon allemaal
        # ingenomen net"
        r"\b(?:neem|slik|nam|slikte)\b(?: [a-z]+){0,2} alle (?:tabletten|pillen|medicijnen|pilletjes|"
        r"slaappillen)\b|"
        r"\b(?:zijn|haar|mijn|zn|z n|m n|mn|de) [a-z]+ allemaal (?:ingenomen|ingeslikt|geslikt|"
        r"opgenomen|opgeslikt)\b",
        also=(r"\b(?:net|zojuist|sorry|klaar|kon niet meer|niemand|vanavond|vannacht|nu)\b",),
        exclude=r"\b(?:vergeten|voorgeschreven|volgens schema|zoals de dokter|per dag)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "self_harm_now",
        # "Ik heb zijn insulinepen in mijn hand en ik denk erover om alles bij mezelf in te spuiten",
        # "ik heb net een mes gepakt en zit op de badkamer op slot"
        r"\b(?:alles|alle insuline|de hele pen)\b(?: [a-z]+){0,3} (?:bij mezelf|in mezelf|bij mij) "
        r"(?:in te spuiten|inspuiten|spuiten)\b|"
        r"\b(?:net|nu|zojuist) (?:een|het|zijn|haar) (?:mes|scheermes\w*|touw) (?:gepakt|gehaald)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fever_confusion",
        # "Ze gloeit, de thermometer zegt 40,8 en ze is zo slap als een vaatdoek", "papa is gloeiend
        # heet en rilt en hij praat tegen mensen die er niet zijn"
        r"\b(?:gloeit|gloeiend heet|gloeiend|hoge koorts|koorts van (?:4[0-2]|ruim 40)|4[0-2] (?:[0-9] )?"
        r"(?:graden|koorts)?|thermometer zegt 4[0-2])\b",
        also=(
            r"\b(?:in de war|verward|praat onzin|kent me niet|slap|rilt|praat tegen mensen|ziet mensen|"
            r"reageert (?:niet|nauwelijks|slecht)|suf|wegzakt|zakt weg)\b",
        ),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        # "Hij is een beetje blauw om de mond en hij zegt niks meer."
        r"\bblauw (?:om|rond) (?:de|zijn|haar) (?:mond|lippen)\b",
        # "wordt blauw rond haar lippen als ze hard huilt, de cardioloog weet ervan"
        exclude=PAST
        + r"|\b(?:ehbo|cursus|leerden|geleerd|les|diploma|oefen\w*|filmpje|als (?:ze|hij|zij)|"
        r"wanneer|cardioloog|weet ervan|hoort bij|bekend)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "caregiver_about_to_harm",
        # "als hij nog 1 keer gaat gillen duw ik hem echt van de trap, ik sta er nu naast"
        r"\b(?:duw|gooi|trap|schop) ik (?:hem|haar|dr)\b(?: [a-z]+){0,2} (?:van de trap|uit (?:het )?raam|"
        r"van het balkon|tegen de muur)\b",
        also=(r"\b(?:nu|straks|zo meteen|als (?:hij|ze|zij) nog)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fall_with_injury",
        # "mama is gevallen onder de douche en ligt op de grond, haar been staat heel raar en ze zegt
        # steeds minder terug", "Ik vond mijn moeder net naast haar bed op de vloer ... ijskoud"
        r"\bgevallen\b(?: [a-z]+){0,4} en (?:ligt|lag) (?:nu )?op de (?:grond|vloer)\b|"
        r"\b(?:vond|vind) (?:ik )?(?:haar|hem|mijn \w+)(?: [a-z]+){0,5} op de (?:vloer|grond)\b",
        also=(
            r"\b(?:zegt (?:steeds )?minder|reageert (?:niet|nauwelijks|minder)|staat (?:heel )?(?:raar|"
            r"scheef)|bloed\w*|ijskoud|fluistert|al (?:sinds|uren|de hele)|kan niet (?:meer )?op)\b",
        ),
        exclude=PAST + r"|\b(?:gelukkig|niks gebroken|niets gebroken|weer goed)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "armed_threat",
        # "loopt door het huis met zijn oude dienstpistool ... en richt het op de buurman"
        r"\b(?:richt|richtte|wijst|wees)\b(?: [a-z]+){0,2} (?:op|naar) (?:de|mij|ons|mijn|hem|haar|iedereen)\b",
        also=(r"\b\w*(?:pistool|geweer|wapen|revolver)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "Straks de A28 op en dan gewoon recht tegen een pijler", "vannacht gewoon niet meer
        # terugkom van mijn wandeling naar de dijk"
        r"\bniet meer terug ?(?:kom|komen|kwam)\b",
        also=(r"\b(?:vannacht|vanavond|dijk|water|brug|spoor|rivier)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # The same road: "Ik sta met de autosleutels in mijn hand. Straks de A28 op en dan recht
        # tegen een pijler." Not the thought ("soms denk ik, als ik nu tegen een boom klap").
        r"\b(?:recht )?tegen een (?:pijler|boom|muur|vrachtwagen|viaduct)\b",
        also=(r"\b(?:straks|nu|vannacht|vanavond|sleutels)\b",),
        exclude=r"\b(?:gebotst|ongeluk gehad|botsing|schade|soms|denk ik|als ik|zou)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "on_the_edge",
        # "zit op de brug bij de ijssel. het water is best rustig vanavond"
        r"\b(?:zit|sta) (?:nu |hier )?op (?:de|een) (?:brug|rand van de brug|dijk bij het water)\b",
        also=(
            r"\b(?:water|rivier|ijssel|maas|rijn|waal|kanaal|diep|vanavond|vannacht|even zitten)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # "met zn hoofd tegen de muur klapte en nu doet hij zijn ogen niet meer open"
        r"\b(?:doet|opent) (?:zijn|haar|z n|d r) ogen niet (?:meer )?open\b|\bogen niet meer open\b",
        exclude=PAST + r"|\b(?:slaapt|slapen|dement\w*|moe)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 60 (development) ----------------------------------------------------------------
    Rule(
        A,
        "fire_or_gas",
        # "ze zei dat ze gas rook en nu hoor ik haar niet meer aan de telefoon, alleen gesis"
        r"\bgas\b(?: [a-z]+){0,2} (?:rook|ruikt|ruik|ruiken|roken)\b|\b(?:ruikt|rook|ruik) (?:\w+ )?naar gas\b|"
        r"\bgaslucht\b",
        also=(
            r"\b(?:hoor (?:haar|hem) niet meer|reageert niet|neemt niet (?:meer )?op|gesis|sist|"
            r"bewusteloos|flauw|valt om|viel om|duizelig)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "brieven geschreven voor mijn zoons en de hond naar de buurman gebracht ... Moeder gaat
        # morgen naar het verpleeghuis en dan ben ik klaar hier."
        r"\bdan ben ik (?:hier )?klaar(?: hier)?(?= \||$)",
        also=(
            r"\b(?:brieven|brief|afscheid|hond (?:naar|weg|weggebracht)|op naam van|op (?:zijn|haar) naam|"
            r"testament|spullen weggegeven|alles (?:geregeld|is geregeld))\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "ik heb alle tabletten van haar en van mij op tafel gelegd. ik schrijf dit omdat niemand
        # anders het weet. przepraszam"; "ik heb alle oxazepam van mijn moeder op tafel gelegd en een
        # glas water erbij. ik wilde het alleen nog aan iemand zeggen" (round 59)
        rf"\b(?:alle|al (?:de|mijn|haar|zijn)) {DRUGS}(?: [a-z]+){{0,6}} (?:op tafel|klaargelegd|"
        r"klaar gelegd|neergelegd|klaar|bij elkaar|verzameld|gespaard)\b",
        also=(
            r"\b(?:niemand (?:anders )?(?:het )?weet|przepraszam|sorry|afscheid|vaarwel|het spijt|"
            r"niet meer wakker|samen|glas water|aan iemand (?:\w+ )?zeggen)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "armed_threat",
        # "mijn broer staat in de keuken met mes en zegt hij gaat jiddo steken"
        r"\b(?:met (?:een |het |zijn |haar |de )?(?:mes|keukenmes|broodmes|schaar)|(?:mes|schaar) in "
        r"(?:zijn|haar) hand)\b",
        also=(
            r"\b(?:steken|steekt|vermoorden|vermoordt|doodmaken|dood maken|afmaken|doodsteken)\b",
        ),
        # "hij stond met een mes in de keuken en schreeuwde dat hij me zou steken": told afterwards.
        exclude=PAST
        + r"|\b(?:film|serie|boek|game|spel|droom|droomde|stond|schreeuwde|zei|riep|dreigde)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 57 (held out, measured once at the end of the sixteenth round, then learned from) ---
    Rule(
        A,
        "self_harm_now",
        # "ik sta in de badkamer met het mes in mijn hand. ik moet iets doen anders doe ik het"
        r"\bik (?:sta|zit|lig) (?:nu |hier )?(?:in|op) (?:de|het|mijn) \w+ met (?:het|een|mijn|zijn|haar) (?:mes|"
        r"scheermes\w*|touw|pillen|strip|pistool|geweer)\b",
        also=(r"\b(?:doe ik het|ik doe het|iets doen|niet meer|in mijn hand|help|ik weet niet)\b",),
        exclude=r"\b(?:brood|groente|snijd\w*|koken|kook|aardappel\w*|appel\w*|uien|taart)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # A farewell letter put away for someone, told now: "De brief voor mijn dochter ligt in de la
        # van het dressoir."
        r"\b(?:afscheidsbrie\w*|brief|brieven|briefje)\b(?: [a-z]+){0,4} (?:ligt|liggen|heb ik gelegd|neergelegd)"
        r"(?: [a-z]+)? (?:in de (?:la|lade|kast|la van)|in het laatje|op het dressoir|op de kast|op (?:mijn|het) "
        r"bureau|op het nachtkastje|bij de voordeur|onder (?:mijn|het) kussen)\b",
        also=(r"\b(?:afscheid|vaarwel|enige aan wie|laatste keer|bedankt voor)\b",),
        scope="message",
        needs=(S,),
    ),
    # --- round 55 (development) ----------------------------------------------------------------
    Rule(
        A,
        "on_the_edge",
        # "ik zit in de auto bij de spoorwegovergang. ik heb de motor uitgezet. ik weet niet waarom
        # ik dit typ."
        r"\b(?:zit|sta|ben|staan|zitten)<adv> (?:in (?:de|mijn) auto )?(?:bij|op|naast|voor) (?:de|het) "
        r"(?:spoorwegovergang|spoorovergang|spoor|spoorlijn|rails|overweg|brug|viaduct|pier)\b",
        also=(
            r"\b(?:weet (?:niet|niet goed) waarom ik (?:dit|dat|je) \w+|motor (?:uitgezet|afgezet|uit)|"
            r"trein komt|wacht op de trein|niemand weet waar ik ben|het is genoeg|ik kan niet meer|"
            r"wil niet meer|afscheid)\b",
        ),
        exclude=PAST + r"|\b(?:file|slagbomen? (?:dicht|open)|wachten tot)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "hij zegt dat hij net een hele fles van zijn morfinedrank heeft leeggedronken en nu ligt hij
        # te lachen en wordt hij steeds slomer"
        r"\b(?:hele|halve|volle|heel|een) (?:fles|flesje|pot|potje|doos|doosje|strip|strips)\b(?: [a-z]+){0,4} "
        r"(?:leeggedronken|leeg gedronken|opgedronken|ingenomen|opgegeten|geslikt|leeggegeten)\b",
        also=(
            rf"{DRUGS}|\b(?:\w*drank|\w*siroop|medicijn\w*|pijnstill\w*|slaapmiddel\w*)\b",
            r"\b(?:net|zojuist|zonet|nu|slomer|suf|sloom|slaperig|wakker|reageert|lacht|braakt|ademt)\b",
        ),
        exclude=PAST + r"|\b(?:hoest\w*|prik\w*|limonade|cola|wijn|bier|sap)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "traffic",
        # "ik zit met de auto aan de kant van de weg ... ik ga zo de snelweg op en dan gewoon niet meer
        # remmen"
        r"\bniet (?:meer )?(?:remmen|sturen|uitwijken|stoppen voor)\b",
        also=(
            r"\b(?:zo|nu|straks|vanavond|ga ik|ik ga|in de auto|met de auto|snelweg|op de weg)\b",
        ),
        needs=(S,),
        separate=False,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "self_harm_now",
        # "ik heb de scheermesjes van papa uit het kastje gepakt en zit op de badkamervloer ... ik
        # wil gewoon dat het ophoudt"
        r"\bscheermes\w*\b(?: [a-z]+){0,6} (?:gepakt|gehaald|gekocht|in mijn hand|vast)\b",
        also=(
            r"\bwil<adv> dat (?:het|alles) (?:ophoudt|stopt|voorbij is)\b|\bbadkamer\w*\b|"
            r"\b(?:op de (?:grond|vloer)|deur op slot|niemand (?:weet|ziet) het)\b",
        ),
        exclude=PAST + r"|\b(?:scheren|baard|benen scheren|nieuwe)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 53 (development) ----------------------------------------------------------------
    Rule(
        A,
        "missing_person",
        # "mijn vader (dementie) is sinds vanochtend zes uur weg. zijn fiets staat er nog, zijn jas
        # hangt aan de kapstok. het vriest buiten."
        r"\b(?:is|zijn)\b(?: [a-z0-9]+){0,4} (?:weg|zoek|vermist|verdwenen|niet thuisgekomen)\b",
        also=(
            r"\bsinds (?:vanochtend|vannacht|gisteravond|vanmiddag|[0-9]+ uur)\b|\b[a-z0-9]+ uur weg\b",
            r"\b(?:vriest|vriezen|koud|ijskoud|donker|dementie|alzheimer|verward|jas hangt|zonder jas|"
            r"in (?:zijn|haar) pyjama|kan niet zwemmen)\b",
        ),
        exclude=PAST
        + r"|\b(?:bril|sleutel\w*|portemonnee|pas|telefoon|gehoorapparaat|kat|hond|poes|"
        r"vakantie|logeren|bang dat|stel dat|soms|vaak)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "overdose",
        # "de doos met haar slaappillen is leeg en gisteren zaten er nog twintig in. ze ligt op de
        # bank en ik krijg haar niet goed wakker"
        r"\b(?:doos|doosje|strip|strips|pot|potje|flesje|baxterrol|weekdoos)\b(?: [a-z]+){0,4} (?:is|zijn|"
        r"was) (?:helemaal )?leeg\b",
        also=(
            r"\b(?:niet (?:goed |meer )?wakker|slap|suf|reageert|bewusteloos|ligt|zakt weg|braakt|"
            r"verward|wit)\b",
        ),
        exclude=PAST + r"|\b(?:apotheek|bestellen|herhaalrecept|vergeten te halen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "injury",
        # "is net met zijn scooter onderuit gegaan, helm was af, er komt bloed uit zijn oor"; "een auto
        # heeft hem geschept. hij zegt niks en zijn been ligt helemaal scheef"
        r"\b(?:onderuit gegaan|onderuitgegaan|geschept|aangereden|omver gereden|omvergereden|van de trap "
        r"gevallen|van de trap gevallen|gevallen|gevloerd)\b",
        also=(
            r"\b(?:net|zojuist|nu|zonet|opgeraapt)\b",
            r"\bbloed uit (?:zijn|haar|het|z n|d r) (?:oor|oren|neus en oor)\b|\bzegt (?:niks|niets)\b|"
            r"\b(?:ligt|staat) (?:helemaal )?scheef\b|\bbeweegt (?:niet|niks)\b|\breageert niet\b|"
            r"\bbewusteloos\b",
        ),
        exclude=PAST + r"|\b(?:gelukkig|niks gebroken|niets gebroken|bijna|vorig\w*|toen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "electric_shock",
        # "mijn man kreeg een schok van de wasmachine en ligt nu stil in de bijkeuken"
        r"\b(?:schok|stroomstoot|stroom|onder stroom|geelektrocuteerd|elektrocut\w*)\b",
        also=(
            r"\b(?:ligt (?:nu |daar )?stil|reageert niet|bewusteloos|durf (?:hem|haar) niet aan te "
            r"raken|beweegt niet|zegt niks|ademt)\b",
        ),
        exclude=PAST + r"|\b(?:gelukkig|schrok|schrik|vorig\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "bleeding",
        # "de wond blijft maar bloeden ... ik druk al twintig minuten met een handdoek en die is
        # helemaal doorweekt"
        r"\bblijft<adv> (?:maar )?(?:bloeden|doorbloeden)\b|\b(?:handdoek|doek|verband|theedoek)\b"
        r"(?: [a-z]+){0,4} (?:doorweekt|vol bloed|doordrenkt)\b",
        exclude=PAST + r"|\b(?:gelukkig|gestopt|vorig\w*|tandvlees|neus)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 52 (development) ----------------------------------------------------------------
    Rule(
        A,
        "breathing",
        # "mijn moeder stuk vlees in keel, ze kan niet hoesten niet praten ... wordt rood paars"
        r"\b(?:vlees|brood|snoep|snoepje|eten|hap|worst|appel|pinda|noot|nootje|bot|botje|graat|"
        r"koekje|druif|aardappel|stuk [a-z]+|iets)\b(?: [a-z]+){0,3} (?:in|vast in) (?:de |zijn |haar |z n |"
        r"d r |m n )?keel\b",
        also=(
            r"\b(?:kan|kon)<adv> niet (?:meer )?(?:hoesten|praten|ademen|slikken)\b|"
            # "hij kan niet praten en wordt rood en pakt zijn keel vast" (round 55)
            r"\b(?:grijpt|wijst|pakt)<adv> (?:steeds )?(?:naar )?(?:haar|zijn|de) keel\b|\b(?:blauw|paars|geen lucht|"
            r"help)\b|\bmaakt<adv> geen (?:geluid|geluidje)\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|logopedist\w*|slikproblemen|"
        r"gemalen|vermalen|bang dat|stel dat|wat moet ik doen als)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "seizure",
        # "hij schudt heel hard met armen en benen en zijn ogen gaan naar boven, al meer dan 5
        # minuten, schuim bij mond"
        r"\b(?:schudt|schokt|schokken|schudden|trekt|trekken|trilt)\b(?: [a-z]+){0,4} (?:armen|benen|"
        r"heel (?:zijn|haar) lijf|hele lijf|hele lichaam|heel het lichaam)\b",
        also=(
            r"\bogen (?:gaan|draaien|rollen|staan)\b(?: [a-z]+){0,2} (?:naar boven|weg)\b|\bschuim\b|"
            r"\bhoort (?:mij|me) niet\b|\breageert (?:niet|nergens)\b|\b(?:al )?(?:meer dan |langer dan )?"
            r"(?:[5-9]|[1-9][0-9]|vijf|tien) minuten\b|\bblauw\b",
        ),
        exclude=PAST + r"|\b(?:soms|vaak|weleens|wel eens|bang dat|stel dat|wat moet ik doen als|"
        r"parkinson|tremor)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "poisoning",
        # "opa heeft uit de fles onder het aanrecht gedronken ... het blauwe spul voor de wc"
        r"\b(?:spul|middel|fles|flesje|vloeistof)\b(?: [a-z]+){0,2} (?:voor|van|onder|uit) (?:de wc|"
        r"het toilet|het aanrecht|de gootsteen|de afwas|de vaatwasser|de schoonmaak|de wasmachine)\b",
        also=(
            r"\b(?:gedronken|opgedronken|geslikt|ingeslikt|doorgeslikt|binnengekregen|drinkt|"
            r"opgegeten)\b",
        ),
        exclude=PAST + r"|" + _PETS,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        # "het ruikt hier ontzettend naar rotte eieren, mijn vader heeft het fornuis open gedraaid
        # maar de vlam is niet aan ... hij pakt zijn aansteker"
        r"\brotte eieren\b|\b(?:ruikt|stinkt)\b(?: [a-z]+){0,4} naar gas\b|"
        r"\b(?:fornuis|gasfornuis|gaspit\w*|pitten|oven|kookplaat)\b(?: [a-z]+){0,3} (?:open ?gedraaid|"
        r"opengedraaid|open gezet|opengezet|staat open|staan open)\b",
        also=(
            r"\b(?:vlam (?:is |was )?niet aan|geen vlam|aansteker|sigaret|lucifer\w*|ruikt|stinkt|"
            r"rotte eieren|wil niet (?:naar )?buiten)\b",
        ),
        exclude=PAST
        + r"|\b(?:gelukkig|bijna|vorig\w*|soms|bang dat|stel dat|kookplaatbeveiliging)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "de doosjes van haar en van mij heb ik de afgelopen maanden gespaard, ze liggen klaar in de
        # keukenla. vanavond als ze slaapt."
        r"\b(?:doosjes|doosje|strips|strippen|potjes|pillen|tabletten|medicijnen|slaappillen|"
        r"slaaptabletten)\b(?: [a-z]+){0,10} (?:gespaard|opgespaard|verzameld)\b",
        also=(r"\b(?:vanavond|vannacht|straks|morgen|zo meteen|als (?:ze|hij|zij) slaapt)\b",),
        exclude=PAST + r"|\b(?:vorig\w*|apotheek|inleveren|ingeleverd|weggooien|opruimen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "... wie er voor mijn man zorgt als ik er zaterdag niet meer ben", next to a farewell.
        r"\b(?:ik er|ben ik er)\b(?: [a-z]+){0,1} (?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
        r"zaterdag|zondag|morgen|vanavond|vannacht)\b(?: [a-z]+){0,1} niet meer\b",
        needs=(S,),
        separate=False,
        negatable=False,
    ),
    # --- round 51 (development) ----------------------------------------------------------------
    Rule(
        A,
        "diabetes_crisis",
        # "mijn vrouw heeft suiker en ze is helemaal nat van het zweet, ze trilt en ik krijg er geen
        # woord meer uit, ze kijkt dwars door me heen": a low blood sugar, told in plain words.
        # Round 63: "insuline gespoten maar niks gegeten, nu valt ze weg", "heel zwak, niet praten,
        # ogen half dicht, lichaam koud en nat van zweet".
        r"\b(?:suiker|suikerziekte|diabetes|diabeet|insuline)\b",
        also=(
            r"\b(?:nat van(?: het)? zweet|zweet|zweten|zweterig|klam|trilt|trillen|beeft|"
            r"(?:niks|niets|niet) gegeten|koud)\b",
            r"\b(?:geen woord|geen (?:normaal |goed |zinnig )?antwoord|dwars door (?:me|mij) heen|"
            r"reageert (?:niet|nauwelijks|raar)|wegzakt|valt weg|niet praten|praat niet|"
            r"ogen half dicht|heel zwak|rare dingen|bewusteloos|flauw|"
            r"zakt weg|verward|wartaal|niet (?:meer )?aanspreekbaar|raar praten|praat raar|suf)\b",
        ),
        exclude=PAST + r"|\b(?:vorig\w*|soms|vaak|bang dat|stel dat|wat moet ik doen als|"
        r"wat doe je als|hoe herken)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "heb mijn spaargeld al naar mijn dochter overgemaakt en de kat naar de buren gebracht. het
        # komt goed. wil alleen weten of iemand morgen bij mijn moeder kan kijken": a farewell
        # (suicide.py) with its day.
        r"\b(?:morgen|vanavond|vannacht|straks|vandaag)\b",
        needs=(S,),
        also=(
            r"\b(?:kat|poes|hond|katten|honden)\b(?: [a-z]+){0,2} (?:naar|bij) (?:de|mijn|een|m n|onze) "
            r"[a-z]+ (?:gebracht|ondergebracht|gegeven|weggebracht)\b",
            r"\bspaargeld\b(?: [a-z]+){0,5} (?:overgemaakt|gegeven)\b|\bhet komt goed\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 49 (development) ----------------------------------------------------------------
    Rule(
        A,
        "imminent_plan",
        # "vanavond stappen mijn vrouw en ik er samen uit", next to a suicide signal.
        r"\b(?:vanavond|vannacht|straks|morgen)\b(?: [a-z]+){0,6} (?:er )?samen (?:uit|eruit)\b",
        needs=(S,),
        separate=False,
    ),
    # --- round 45 (held out, measured once at the end of the thirteenth round, then learned from) ---
    Rule(
        A,
        "means_at_hand",
        # "heb alle insuline van mijn vader hier op tafel gelegd. de pennen ook. ik zit er al de hele
        # avond naar te kijken"
        r"\b(?:alle|al zijn|al haar|al mijn)\b(?: [a-z]+){0,4} (?:insuline|pillen|medicijnen|tabletten|"
        r"slaappillen|morfine)\b(?: [a-z]+){0,5} (?:op tafel|klaar|voor me|voor mij)\b",
        also=(r"\bnaar te kijken\b|\bde hele (?:avond|nacht)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "imminent_plan",
        # "als mijn man straks naar de dagopvang is ben ik er klaar mee", next to a suicide signal.
        r"\bstraks\b(?: [a-z]+){0,10} (?:ben ik er klaar mee|klaar mee|is het klaar|is het voorbij|"
        r"stop ik)\b",
        needs=(S,),
        separate=False,
    ),
)
