"""Suicide: the words, a death wish, hopelessness, self-harm and methods, indirect wording.

The rule format, the macros and the decisions behind these rules: bot/safety/patterns/__init__.py.
"""

from __future__ import annotations

from bot.safety.patterns.compile import Rule, S, V, phrasings
from bot.safety.patterns.macros import (
    ANIMALS,
    DRUGS,
    LAST_TIME_YOU_HEAR_FROM_ME,
    LOST_THINGS,
    PAST,
    WEAPONS,
)

_SELF_HARM_ACCIDENT = (
    r"\b(?:per ongeluk|vinger|duim|bij het koken|aardappel\w*|schillen|niks ergs|niets ergs|mes schoonmaken|oven|pan|strijkijzer|"
    r"papier|brood|groente|afwas\w*|aan een mes|aan het mes|blikje|glas|strijkbout|kachel|"
    r"fornuis|waterkoker|theepot|kaars|soldeer\w*|klein plekje|pleister|aan (?:de|een|het))\b"
)
# "ben er klaar mee, met die hele zorg. niet met het leven hoor, dat bedoel ik niet"
# "klaar met leven, maar hij bedoelt dat hij tevreden terugkijkt" (held-out round 66).
_MEANING_DENIED = r"\bniet met (?:het |mijn )?leven\b|\bdat bedoel ik niet\b|\btevreden (?:terug\w*|op terug\w*)\b"

# The rules are alike in shape only: each Rule(...) is one signal with its own words.
RULES: tuple[Rule, ...] = (
    # --- suicide: words --------------------------------------------------------------------------
    Rule(
        S,
        "suicide_word",
        # "zelfmoordpreventie", "suicidepreventie": the topic (a course, a colleague's work).
        r"\b(?:zelfmoord(?!\w*preventie)\w*|zelfdoding(?!\w*preventie)\w*|"
        r"suicid(?!\w*preventie)\w*|doodswens\w*|doodsgedachte\w*|"
        r"levensmoe\w*|zelfbeschadig\w*|automutil\w*|laatstewilpil|pil van drion|"
        r"(?:het|mijn) leven moe|afscheidsbrie\w*)\b",
        # A death by suicide in the past, told to ask for grief support ("vorig jaar is mijn broer
        # overleden door zelfmoord, is er een rouwgroep?"), is bereavement, not a crisis now; a
        # wish of one's own next to it still counts (`_OWN_WISH`).
        exclude=(
            r"^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|ook dood|achterna)\b)"
            r".*\b(?:overleden|gestorven|overleed|stierf|om het leven gekomen) (?:door|aan) "
            r"(?:zelfmoord|zelfdoding|suicide)\b.*\b(?:vorig\w*|geleden|in (?:19|20)[0-9][0-9]|"
            r"rouw\w*|sindsdien)\b|"
            r"^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|ook dood|achterna)\b)"
            r".*\b(?:vorig\w*|geleden|in (?:19|20)[0-9][0-9])\b.*\b(?:overleden|gestorven|overleed|"
            r"stierf) (?:door|aan) (?:zelfmoord|zelfdoding|suicide)\b"
            # "mijn broer is twee jaar geleden door zelfdoding overleden": the verb last.
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|ook dood|achterna)\b)"
            r".*\b(?:vorig\w*|geleden|in (?:19|20)[0-9][0-9])\b(?: \w+){0,3} (?:door|aan) "
            r"(?:zelfmoord|zelfdoding|suicide) (?:overleden|gestorven|om het leven gekomen)\b"
            # "een vriendin van mij heeft in 2015 zelfmoord gepleegd, daarom wil ik nu goed voor
            # mezelf zorgen": a wish of one's own is one about death.
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)(?: \w+)? (?:dood|er niet|niet meer|zelf|ook)|"
            r"wil ik (?:ook )?(?:dood|er niet|niet meer)|zelf ook|ook dood|achterna)\b)"
            r".*\b(?:heeft|had|hebben)\b(?: \w+){0,4} (?:zelfmoord|zelfdoding) (?:gepleegd|begaan)\b"
            r".*|^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|ook dood|achterna)\b)"
            r".*\b(?:vorig\w*|geleden|in (?:19|20)[0-9][0-9])\b(?: \w+){0,3} (?:zelfmoord|zelfdoding) "
            r"(?:gepleegd|begaan)\b"
            # "sinds zijn vrouw vorig jaar zelfmoord heeft gepleegd": told in a subordinate clause.
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|ook dood|achterna)\b)"
            r".*\b(?:vorig\w*|geleden|in (?:19|20)[0-9][0-9])\b(?: \w+){0,3} (?:zelfmoord|zelfdoding) "
            r"(?:heeft|had|hebben) (?:gepleegd|begaan)\b.*"
            # "mijn moeder heeft 30 jaar geleden een keer geprobeerd zelfmoord te plegen", "30 jaar
            # geleden een zelfmoordpoging gedaan": an attempt long ago, told as history.
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|nu weer|weer aan|"
            r"opnieuw)\b)(?=.*\b(?:geprobeerd|\w*poging\w*)\b)(?=.*\b(?:(?:[0-9]+|tien|twintig|dertig|"
            r"veertig|vijftig|vele|jaren|lang|heel lang) (?:jaar |jaren )?geleden|in (?:19|20)"
            r"[0-9][0-9])\b).*"
            # "er zat een zelfmoord in de film en hij raakte in de war": a story seen on a screen.
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|ook dood)\b)"
            r"(?=.*\b(?:zelfmoord|zelfdoding|suicide)\w*\b)(?=.*\b(?:in|op) (?:de|een|het|die) "
            r"(?:film|serie|tv|televisie|nieuws|krant|boek|documentaire|programma)\b).*"
            # "een zelfmoordpoging toen ik klein was": an attempt long ago, told by the time of life.
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)|wil ik|denk ik|zelf ook|nu weer|weer aan|"
            r"opnieuw)\b)(?=.*\b(?:geprobeerd|\w*poging\w*)\b)(?=.*\btoen (?:ik|wij|we) (?:klein|jong|"
            r"kind|een kind|tiener|op de basisschool)\b).*"
            # "ruim tien jaar geleden dacht ik aan zelfmoord, ... het gaat al lang goed met me"
            r"|^(?!.*\b(?:nu weer|weer aan|opnieuw|sinds kort)\b)(?=.*\b(?:(?:[0-9]+|tien|twintig|"
            r"dertig|vele|jaren|lang) (?:jaar |jaren )?geleden|vroeger)\b)(?=.*\b(?:gaat (?:al "
            r"(?:lang |jaren )?)?goed|goed geholpen|ben (?:er )?(?:goed )?doorheen)\b).*"
            # "een werkstuk over zelfdoding onder jongeren": the topic of school work ("ik wil ook iets
            # vertellen over jonge mantelzorgers" is a wish about the project).
            r"|^(?!.*\b(?:ik (?:wil|denk|overweeg)(?: \w+){0,2} (?:dood|zelfmoord|zelfdoding|er niet meer|"
            r"niet meer (?:leven|verder)|eruit)|wil ik (?:dood|niet meer)|denk ik (?:aan|over) (?:zelfmoord|"
            r"zelfdoding|dood)|zelf ook|ook dood)\b)"
            r"(?=.*\b(?:werkstuk|spreekbeurt|scriptie|profielwerkstuk|presentatie|verslag|"
            r"onderzoek|project|opdracht|les|lessen) over\b).*"
        ),
        scope="message",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bstoppen met (?:het |mijn )?leven\b|\bmet (?:het |mijn )?leven (?:stoppen|ophouden)\b|"
        r"\b(?:ik|liefst)(?: [a-z0-9]+){0,4} niet meer (?:bestaan|te bestaan)\b|"
        r"\b(?:stop|stoppen|kap|kappen)\b(?: \S+){0,8} met (?:het |mijn )?leven\b|"
        r"\bdood (?:zijn|gaan)?<adv> (?:lijkt|is)<adv>(?: (?:me|mij))?<adv> (?:beter|fijner|"
        r"makkelijker|een verlossing|een opluchting)\b|"
        r"\bdood (?:zijn|gaan|te zijn|te gaan) (?:me|mij)<adv> (?:een )?(?:opluchting|verlossing|"
        r"bevrijding)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bklaar\b(?: \S+){0,8} met (?:het |mijn )?leven\b|"
        r"\bword ik<adv> (?:niet|nooit) meer wakker\b|"
        r"\bverdwijn\w*<gap> (?:dan is het|is het) (?:klaar|over|voorbij)\b|"
        r"\bvoorgoed verdwijnen\b|"
        r"\bhoeft het<adv> niet meer\b|"
        r"\bgeen zin (?:meer )?in\b(?: \S+){0,8} (?:in (?:het |mijn )?leven|om te leven)\b",
        exclude=_MEANING_DENIED,
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:als|dat) ik er<adv> niet meer (?:ben|was|zou zijn)\b",
        also=(r"\b(?:beter|liever|fijner|makkelijker|opgelucht|beter af)\b",),
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:stap ik|ik stap)<adv> eruit<end>|"
        r"\ber<adv> (?:een )?punt achter (?:zetten|zet)<end>|"
        # "als ik niet beter word, zet ik er zelf een punt achter"
        r"\bzet (?:ik|hij|ze|zij)<adv> er<adv> (?:een )?punt achter<end>",
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:de|mijn|genoeg|alle)<adv> (?:pillen|medicijnen|slaappillen|tabletten)<adv> "
        r"(?:klaarliggen|klaar liggen|klaar hebben liggen|liggen<adv> klaar|klaargelegd)\b",
        # The week's pills set out are care, not a plan.
        exclude=r"\b(?:weekdoos|baxter\w*|dispenser|thuiszorg|wijkverpleging|ochtend|avond|"
        r"middag|morgen|week|dag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
        r"voor (?:hem|haar|mijn [a-z]+))\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:me|mij|mezelf|zich|zichzelf)<adv> van het leven(?: [a-z]+)? (?:te )?beroven\b",
    ),
    Rule(S, "suicide_english", r"\b(?:kill myself|want to die|end my life|end it all)\b"),
    # --- suicide: death wish ----------------------------------------------------------------------
    *phrasings(
        S,
        "death_wish",
        (
            r"\b<wish><adv> (?:dood|doodgaan|sterven|dood zijn)\b"
            r"(?! (?:hout|vlees|spoor|punt|gewicht|kapitaal|blad|bladeren|takken)\b)"
        ),
        (
            r"(?<!\bde )(?<!\bhet )(?<!\bzijn )(?<!\bhaar )(?<!\bmijn )(?<!\bvan )"
            r"\b(?:dood|doodgaan|sterven)<adv> (?:te )?<wish>\b"
        ),
        (
            r"\b(?:wou|wilde|wens|hoop|zou willen|bid)<adv> dat ik<adv> "
            r"(?:dood|doodga|doodging|sterf|stierf)\b"
        ),
    ),
    Rule(
        S,
        "death_wish",
        r"\b(?:wou|wilde|wens|hoop|zou willen|bid)<adv> dat ik<adv> (?:er )?niet meer\b",
        negatable=False,
    ),
    Rule(
        S,
        "death_wish",
        r"\b(?:was|ware) ik<adv> dood\b|"
        r"\b(?:hoop|wens|wou|zou willen)(?: [a-z]+){0,2} dat ik(?: [a-z]+){0,3} (?:een ongeluk|"
        r"verongeluk|overlijd|aangereden|dodelijk)\b",
    ),
    Rule(S, "death_wish", r"\b(?:liever|beter)<adv> dood\b"),
    Rule(
        S,
        "death_wish",
        r"\b(?:nooit|niet) geboren (?:was|ben|zou zijn|te zijn|worden)\b",
        negatable=False,
        strength=V,
    ),
    Rule(S, "death_wish", r"\bdenk<inv><adv> (?:aan|over) de dood\b(?! van)", strength=V),
    # One movement and it is over: "ik rij over de dijk en denk: een stuurbeweging en het is klaar".
    Rule(
        S,
        "death_wish",
        r"\b(?:een|1) (?:stuurbeweging|ruk aan het stuur|stap opzij|stap naar voren|stapje|zetje|"
        r"stap) en (?:het is|ik ben|alles is|dan is het|dan ben ik)(?: [a-z]+){0,1} (?:klaar|"
        r"voorbij|over|afgelopen|weg|verlost)\b",
        negatable=False,
        strength=V,
    ),
    # Asked for another: "heeft u ook een nummer voor als je er gewoon niet meer wil zijn? niet
    # voor mij hoor. of ja, eigenlijk wel".
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:je|jij|iemand|ik|u)\b(?: [a-z]+){0,2} er (?:gewoon |echt |eigenlijk )?niet meer "
        r"(?:wil|wilt|wilde|wou) (?:zijn|wezen)\b",
        negatable=False,
        strength=V,
    ),
    # Letters left for the family: "ik heb vanavond brieven geschreven voor mijn kinderen en de
    # papieren netjes op tafel gelegd".
    Rule(
        S,
        "farewell",
        r"\b(?:brief|brieven|briefje|briefjes)\b(?: [a-z]+){0,3} (?:geschreven|achtergelaten|"
        r"klaargelegd|neergelegd) voor (?:mijn|de|m n) (?:kinderen|kids|man|vrouw|dochter|zoon|"
        r"familie|ouders|kleinkinderen)\b",
        also=(r"\b(?:laatste|sorry|afscheid|papieren|op tafel|vergeef|spijt)\b",),
        scope="message",
        negatable=False,
    ),
    # Pills put aside, not for the naaste: "ik heb de oxazepam van pa al weken apart gelegd in een
    # potje. een hele stapel inmiddels. niet voor hem bedoeld".
    Rule(
        S,
        "suicide_method",
        r"\b(?:apart gelegd|apart gehouden|opgespaard|gespaard|verzameld|achtergehouden|opzij gelegd)\b",
        also=(
            r"\b(?:pil|pillen|tablet\w*|oxazepam|temazepam|lorazepam|diazepam|slaappil\w*|"
            r"slaapmiddel\w*|medicijn\w*|morfine|oxycodon\w*|insuline|paracetamol)\b",
            r"\bniet voor (?:hem|haar|pa|ma|papa|mama|mijn \w+)\b|\bvoor (?:mezelf|mijzelf|mij)\b|"
            r"\b(?:stapel|voorraad|potje)\b",
        ),
        exclude=r"\b(?:apotheek|inleveren|ingeleverd|weggooien|weggegooid|terugbrengen|"
        r"op slot|veilig|baxter\w*|weekdoos)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # Dutch as a second language: "ik denk aan dood van mij, ook veel".
    Rule(
        S,
        "death_wish",
        r"\bdenk<inv><adv> (?:aan|over) (?:de )?(?:dood van mij|dood van mezelf|mijn (?:eigen )?dood|"
        r"mij dood|zelf dood)\b",
    ),
    Rule(
        S,
        "death_wish",
        r"\bik<adv> (?:wil|zou|overweeg|vraag|denk aan|wil graag)<adv> (?:zelf )?"
        r"(?:euthanasie|zelfeuthanasie)\b",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # "ik wil niet meer" on its own: a warning sign, but also "I don't want this any more".
        r"\b(?:ik<adv> wil|wil ik)<adv> niet meer<adv><end>|"
        r"\ber (?:net zo goed|evengoed|net zo lief) niet (?:kan |kon |zou )?(?:zijn|wezen)\b",
        negatable=False,
        strength=V,
    ),
    *phrasings(
        S,
        "not_wanting_to_live",
        r"\b<wish><adv> (?:niet|nooit) (?:meer|langer)<adv> (?:verder )?(?:leven|doorleven)\b",
        r"\b<wish><adv> niet (?:verder )?leven\b",
        r"\b<wish><adv> er<adv> (?:niet|nooit) meer (?:zijn|wezen|bij zijn)\b",
        (
            r"\b(?:dat ik|was ik) er<adv> (?:liever )?(?:niet|nooit) meer(?: (?:was|zou zijn|zou "
            r"wezen|zijn|geweest)\b|<end>)"
        ),
        negatable=False,
    ),
    *phrasings(
        S,
        "not_wanting_to_live",
        (
            r"\b(?:of|waarom|waarvoor)<adv> (?:ik|hij|ze|zij)<adv> nog<adv> (?:wel )?"
            r"(?:wil|wilt|moet|zou|zou willen|kan)<adv> (?:blijven |verder )?(?:leven|bestaan)\b"
        ),
        r"\bwaarom (?:zou|moet) ik<adv> (?:nog )?(?:langer )?(?:leven|doorgaan|blijven leven)\b",
        r"\bwaar(?:voor|om) leef ik\b",
        (
            r"\b(?:hoeft|hoef)(?: het)?<adv> (?:voor|van) mij<adv> niet meer\b|"
            r"\bhet (?:leven )?hoeft<adv> niet meer<adv>(?: (?:voor|van) mij|<end>)|"
            r"\bhet<adv> (?:voor|van) mij<adv> niet meer (?:hoeft|hoef|hoefde)\b"
        ),
        (
            r"\b(?:wil|wou|wilde|hoop|wens|zou willen|liefst|bid)(?: (?!hij\b|ze\b|zij\b|"
            r"hem\b|haar\b|\|)[a-z0-9]+){0,5} (?:niet|nooit)(?: meer)? wakker (?:worden|word|"
            r"te worden)\b|\bslapen en (?:niet|nooit) meer wakker\b"
        ),
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Leaving for good, not for a weekend: "verdwijnen en nooit meer terugkomen".
        r"\b(?:verdwijn|verdwijnen|verdwijnt|weg zijn|weg wezen|weggaan|tussenuit|ertussenuit|"
        r"eruit|weg)\b",
        also=(
            r"\b(?:nooit meer terug\w*|niet meer terug\w*|voorgoed|voor altijd|echt weg|"
            r"van de aardbodem|voor eeuwig)\b",
        ),
        exclude=LOST_THINGS + r"|\b(?:verhuiz\w*|emigr\w*|vakantie|naar het buitenland)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Stepping out of life together: "als het niet meer gaat stappen we er samen uit".
        r"\b(?:stap|stappen|stapt|stapte|stapten)\b(?: [a-z]+){0,3} er(?: [a-z]+){0,2} uit\b|"
        r"\ber(?: [a-z]+){0,2} (?:samen )?uit (?:stappen|te stappen|gestapt)\b|"
        r"\beruit (?:stappen|te stappen|gestapt)\b|"
        # split by a verb: "dat we er samen uit moeten stappen voordat de dementie erger wordt"
        r"\ber(?: [a-z]+){0,2} uit (?:moeten|moet|willen|wil|wilt|gaan|zullen|zouden|kunnen|mogen)"
        r" stappen\b",
        # "als het niet meer gaat, stappen we er samen uit": the "niet" belongs to the condition.
        negatable=False,
        exclude=(
            r"\b(?:stap|stappen) (?:\w+ )?er (?:echt )?(?:niet|nooit)\b|\ber (?:niet|nooit) uit\b|"
            r"\b(?:even|weekend\w*|dagje|dag|vakantie|tussenuit|uitje|auto|bus|trein|tram|boot|"
            r"bad|bed|kust|strand|wandel\w*|fiets\w*|uitstapje|gezellig|lekker|vereniging|club|"
            r"koor|baan|werk|bedrijf|project|regeling|contract|huur\w*)\b"
        ),
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Putting one's affairs in order for when one is gone: letters, goodbyes, "eerst nog".
        r"\b(?:als|wanneer|zodra|voordat|tegen de tijd dat) ik er<adv> niet meer (?:ben|zal zijn)\b|"
        r"\b(?:als|wanneer) ik (?:weg|dood) ben\b",
        also=(
            r"\b(?:afscheidsbrie\w*|brie\w*(?: [a-z]+){0,2} (?:voor|aan) (?:de|mijn|iedereen|jullie)|"
            r"afscheid (?:nemen|"
            r"genomen|neem)|eerst nog|spullen (?:weggeven|weg te geven|weggegeven)|"
            r"laatste (?:dingen|zaken|wensen))\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_word",
        # A farewell: "dit is mijn laatste bericht".
        r"\b(?:dit is|dit wordt|hier is|dat was) (?:dan |denk ik |misschien |wel )?mijn laatste "
        r"(?:bericht|berichtje|woorden)\b"
        r"(?! (?:voor|van|over|hierover|vandaag|vanavond)\b)",
    ),
    Rule(
        S,
        "suicide_word",
        # A secret farewell: "ik heb vanavond afscheid genomen van de kinderen, zonder dat ze het
        # wisten".
        r"\bafscheid (?:genomen|nemen|neem|nam)\b(?: \S+){0,6} zonder dat (?:ze|hij|zij|iemand|"
        r"niemand|die|de kinderen) (?:het |er iets van )?(?:wist|wisten|weet|weten|doorhad|"
        r"doorhadden|merkte|merkten)\b",
        scope="message",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # "ik kan mezelf vanavond niet vertrouwen": afraid of what one may do to oneself.
        r"\b(?:kan|kon) (?:ik )?(?:mezelf|mijzelf)\b(?: [a-z]+){0,2} niet (?:meer )?vertrouwen\b|"
        r"\b(?:vertrouw|vertrouwde) (?:ik )?(?:mezelf|mijzelf)\b(?: [a-z]+){0,2} niet (?:meer)?\b",
        # Trusting oneself with the naaste is the fear of hurting them (violence by the caregiver).
        exclude=r"\b(?:met (?:hem|haar|mijn)|bij (?:hem|haar)|in de buurt van|achter het stuur|"
        r"auto|rijden|met geld|met eten|snoep)\b",
        strength=V,
        negatable=False,
    ),
    # --- wordings from blind round 28 (measured held out, then learned from) ----------------------
    Rule(
        S,
        "suicide_plan",
        # "soms lig ik 's nachts te bedenken hoe ik het zou doen": working out the means.
        r"\b(?:bedenk|bedenken|bedacht|denk na|nadenken|nagedacht|uitzoeken|uitgezocht|zoek uit)\b"
        r"(?: [a-z]+){0,3} hoe ik (?:het|er een eind aan|er een einde aan) (?:zou|ga|moet|kan|wil) "
        r"(?:doen|maken)\b",
        exclude=r"\b(?:administratie|formulier\w*|aanvra\w*|regel\w*|plannen|rooster|werk|"
        r"combineren|vertellen|zeggen)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "mijn vrouw zegt steeds: laten we samen gaan, dan hoeft niemand meer voor ons te zorgen".
        r"\b(?:laten we|laten wij|zullen we|zullen wij|we moeten|wij moeten|willen we|willen wij)<adv> "
        r"samen (?:gaan|weggaan|sterven|doodgaan|inslapen)\b",
        also=(
            r"\b(?:niemand meer|hoeft niemand|gelijk|dan is het|klaar|voorbij|niet meer|dood|"
            r"einde|samen gaan)\b",
        ),
        exclude=r"\b(?:wandelen|boodschappen|winkel|markt|vakantie|naar (?:de|het|een)|op reis|"
        r"weekend|uit eten|verhuizen|wonen)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "suicide_word",
        # "heb alles geregeld: testament, de kat naar de buren ... het is mooi geweest".
        r"\bhet is mooi geweest\b|\bik heb mijn (?:tijd|best) gehad\b",
        also=(
            r"\b(?:testament|alles geregeld|alles is geregeld|bedanken|bedankt|afscheid|zaken op orde|"
            r"de kat|de hond|papieren)\b",
        ),
        exclude=r"\b(?:vakantie|baan|werk|huis verkocht|feest|verjaardag|carriere|pensioen)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # Asked for the means: "mijn moeder zegt elke dag: haal een touw voor me" (round 23).
        r"\b(?:haal|geef|breng|koop)\b(?: [a-z]+){0,2} (?:een )?(?:touw|strop|gif|vergif)\b "
        r"(?:voor|aan) (?:me|mij)\b",
        exclude=r"\b(?:opbinden|vastbinden|planten|tuin|waslijn|boot|tent|schommel|pakket|doos|"
        r"verhuizen|kerstboom)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "in zijn zoekgeschiedenis een lijstje welke medicijnen dodelijk zijn samen".
        r"\b(?:welke|hoeveel|wat voor)\b(?: [a-z]+){0,4} (?:dodelijk|dodelijke)\b|"
        r"\bdodelijke (?:dosis|combinatie|hoeveelheid|mix)\b",
        also=(DRUGS,),
        scope="message",
        strength=V,
        negatable=False,
    ),
    # --- suicide: hopelessness --------------------------------------------------------------------
    Rule(
        S,
        "hopelessness",
        r"\bgeen (?:zin|reden|wil)<adv> (?:meer )?(?:om te leven|om verder te leven|om nog te "
        r"leven)\b",
        negatable=False,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bgeen (?:kracht|energie|puf)<adv> (?:meer )?(?:om te leven|om verder te leven|om nog te "
        r"leven)\b|\bgeen (?:zin|reden|wil|kracht|energie|puf)<adv> (?:meer )?(?:in het leven|"
        r"in (?:mijn|dit) leven|in leven)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bzin in (?:het |mijn |dit )?leven\b",
        also=(r"\b(?:niet|geen|nauwelijks|weinig)\b",),
        exclude=r"\b(?:weer|terug|nieuwe|vinden|zoeken|krijgen|geeft)\b",
        negatable=False,
        strength=V,
    ),
    *phrasings(
        S,
        "hopelessness",
        (
            r"\b(?:het|mijn|dit|zijn|haar) leven<adv> (?:heeft|is)<adv>(?: voor (?:mij|me))?<adv> "
            r"(?:geen zin|zinloos|niets waard|"
            r"niks waard|geen waarde)\b|\b(?:het|mijn|dit) leven<adv> (?:is|heeft)<adv> (?:niets|niks) "
            r"(?:meer )?(?:waard|te bieden)\b|\bklaar(?: is| ben| zijn)? met (?:het |mijn |zijn |"
            r"haar )?"
            r"leven\b|\bwat heeft (?:het|mijn) leven<adv> (?:voor )?zin\b"
        ),
        r"\bzie het<adv> (?:leven )?niet meer zitten(?! (?:om|met|dat|zo|als)\b)",
        r"\bzie<adv> geen (?:uitweg|toekomst|licht)<adv> meer\b|\bgeen uitweg meer\b",
        (
            r"\bbeter af(?: is| zijn| zou zijn| zouden zijn| zijn ze| is iedereen)? zonder (?:mij|"
            r"me)\b|\bzonder (?:mij|me)<gap> beter af\b|"
            r"\bik ben<adv> (?:alleen maar |maar )?een (?:last|blok aan het been) voor (?:iedereen|"
            r"(?:mijn|ons|de) [a-z]+|hen|ze)\b|"
            r"\b(?:niemand|geen mens) (?:zal|zou)<adv> (?:mij|me|hem|haar)<adv> missen\b|"
            r"\b(?:niemand|geen mens) (?:mij|me|hem|haar)<adv> (?:zal|zou)<adv> missen\b"
        ),
        negatable=False,
        strength=V,
    ),
    # --- suicide: self-harm and methods -----------------------------------------------------------
    *phrasings(
        S,
        "self_harm",
        (
            r"\b(?:snij|snijd|snijdt|snijt|sneed|kras|kraste|krast|brand|brandt|brandde|bonk|bonkt|"
            r"bonkte|sla|slaat|sloeg|beschadig|beschadigt|verwond|verwondt|prik|prikt|krab|krabt)"
            # "soms sla ik mezelf", with the subject after the verb
            r"(?: (?:ik|hij|ze|zij))?<adv> (?:mezelf|zichzelf)\b"
        ),
        (
            r"\b(?:snij|snijd|sneed|kras|kraste|krast)<adv> (?:me|mij)\b(?! (?:aan|bij|in|per|met|"
            r"tijdens|open)\b)"
        ),
        (
            r"\b(?:heb|had|heeft|hebben)<adv> (?:mezelf|me|mij|zichzelf|zich)<adv> (?:gesneden|gekrast|"
            r"verwond|beschadigd|"
            r"gebrand|pijn gedaan|iets aangedaan)\b"
        ),
        exclude=_SELF_HARM_ACCIDENT,
    ),
    Rule(
        S,
        "self_harm",
        r"\b(?:mezelf|zichzelf)<adv> (?:iets|wat|pijn)<adv>(?: (?:gaat|ga|zal|zou|wil|kan|gaan))?"
        r"<adv> (?:aan)?(?:doen|doe|doet|te doen|gedaan|aandoen|aandoe|aandoet|aan te doen)\b",
    ),
    Rule(
        S,
        "self_harm",
        r"\bik(?: (?:ga|zal|wil|kan|zou|durf))?<adv> (?:me|mij)<adv> (?:iets|wat)<adv> "
        r"(?:aandoe|aan doe|aandoen|aan doen|aan te doen|aan zal doen|aan ga doen)\b",
    ),
    *phrasings(
        S,
        "suicide_method",
        (
            r"\b(?:me|mij|mezelf|zich|zichzelf)<adv>(?: te)? (?:van kant(?: (?:wil|wilt|ga|gaat|zal|"
            r"zou|"
            r"wou))? (?:te )?(?:maken|maak|maakt)|"
            r"ophangen|op te hangen|ophang|verdrinken|verdrink|dood maken|doodmaken|dood te maken|"
            r"om het leven (?:te )?brengen|ombrengen|om te brengen|vergiftigen|doodschieten|"
            r"doodrijden|voor de trein)\b"
        ),
        (
            r"\b(?:er|eraan)<gap> (?:een )?(?:eind|einde|end) (?:aan|eraan)(?: (?:kan|zou|ga|gaat|gaan|"
            r"wil|wilt|moet|zal|wou))?<adv> (?:te )?(?:maken|maak|maakt|gemaakt)\b|"
            r"\b(?:maak|maken|maakte|maakt)<inv><adv> er<adv> (?:een )?(?:eind|einde) aan\b|"
            r"\b(?:een )?(?:eind|einde) aan (?:te )?maken<stop>|"
            r"\b(?:eind|einde) (?:te )?maken aan (?:alles|mijn leven|het leven|het allemaal|mezelf)\b|"
            r"\b(?:eind|einde)<adv> (?:maken )?aan (?:mijn|het|zijn|haar) (?:eigen )?leven\b|"
            r"\buit het leven (?:stappen|stap|te stappen|gaan|te gaan)\b|"
            r"\b(?:mijn|zijn|haar) (?:eigen )?leven<adv> (?:beeindigen|beeindig|te beeindigen|"
            r"afmaken|te stoppen)\b"
        ),
        (
            r"\b(?:voor|onder) (?:de|een) (?:trein|bus|auto|vrachtwagen|metro|tram) (?:te )?(?:springen|"
            r"spring|springt|gaan liggen|lopen|loop|gaan staan|stap|stappen)\b|"
            r"\bvan (?:het|de|een) (?:dak|brug|flat|balkon|toren|rots) (?:af )?(?:te )?(?:springen|"
            r"spring|springt|af te springen)\b|"
            r"\bdreigt<adv> (?:te springen|zichzelf|zich van kant|er een eind)\b"
        ),
        (
            r"\b(?:pillen|medicijnen|slaappillen|tabletten)<adv> (?:aan het )?(?:sparen|gespaard|"
            r"verzamelen|verzameld|opsparen|opgespaard|hamsteren|gehamsterd)\b|"
            r"\b(?:spaar|verzamel|hamster)<adv> (?:al (?:een tijdje|weken|maanden|een tijd) )?"
            r"(?:mijn |de |zijn |haar )?(?:pillen|medicijnen|slaappillen|tabletten)\b|"
            r"\b(?:alle|al mijn|al de|een hele pot|een heel doosje|een hele strip|een hele doos)<adv> "
            r"(?:pillen|medicijnen|slaappillen|tabletten)<adv> (?:innemen|in te nemen|slikken|"
            r"te slikken|nemen|te nemen)\b"
        ),
        r"\b(?:wil|ga|denk aan|denk over|overweeg|zou|wilde)<gap> (?:een )?overdosis\b",
        (
            r"\b(?:sta|staat|zit|ben)<adv> (?:op|bij|aan) (?:de|het) (?:brug|spoor|rails|spoorlijn|"
            r"rand van het dak)\b|\b(?:sta|stond|gestaan|staan)\b(?: [a-z]+){0,4} (?:aan|op|"
            r"bij) de rand "
            r"van (?:het|de) (?:water|dak|brug|flat|perron|kade)\b|\baan de rand van (?:het|de) "
            r"(?:water|dak|brug|flat|perron|kade)\b(?: [a-z]+){0,2} (?:gestaan|stond|sta)\b"
        ),
    ),
    Rule(
        S,
        "self_harm",
        # "ze heeft in haar armen gesneden", "hij krast in zijn benen"
        r"\b(?:gesneden|snijdt|sneed|snijden|kerft|kerfde|krast|kraste|gekrast|kerven)\b",
        also=(
            r"\bin (?:haar|zijn|mijn|dr|de) (?:arm|armen|pols|polsen|been|benen|dijen|dij|buik)\b",
        ),
        exclude=_SELF_HARM_ACCIDENT + r"|\b(?:bij het|tijdens het|operatie|chirurg|dokter|arts)\b",
    ),
    Rule(
        S,
        "suicide_method",
        # Driving into something on purpose: "de auto tegen een boom rijden, dan lijkt het een ongeluk".
        r"\b(?:auto|wagen|fiets|scooter|scootmobiel|busje)\b(?: [a-z]+){0,4} (?:tegen|op|in) "
        r"(?:een|de) (?:boom|muur|vrachtwagen|tegenligger|brugpijler|pijler|trein|vangrail|sloot|"
        r"gracht|kanaal|rivier|water)\b|\bhet stuur (?:omgooien|om te gooien|omgooi)\b|"
        r"\b(?:op|tegen) een (?:tegenligger|vrachtwagen) (?:in )?(?:rijden|te rijden|inrijden|knallen)\b",
        also=(r"<wishword>|\b(?:denk\w*|dacht|lijkt het|ongeluk|expres|bewust|opzettelijk)\b",),
        exclude=r"\b(?:gereden|reed|botste|gebotst|aangereden|was|waren|geweest)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        # All one's pills at once, also said as what one would have done ("had ik al mijn pillen
        # tegelijk genomen").
        r"\b(?:al (?:mijn|zijn|haar|de)|alle) (?:pillen|medicijnen|slaappillen|tabletten)\b",
        also=(
            r"\b(?:tegelijk|in een keer|in 1 keer|ineens|allemaal tegelijk)\b",
            r"\b(?:genomen|nemen|innemen|ingenomen|slikken|geslikt|opeten|opgegeten)\b",
        ),
        exclude=PAST,
    ),
    # Concrete means next to a suicide signal make it clear: "niemand zou hem missen" and a rope in
    # his room, "ik wil niet meer" and pills saved up.
    Rule(
        S,
        "suicide_means",
        r"\b(?:touw|strop|geweer|jachtgeweer|pistool|vuurwapen|scheermes\w*|mesje\w*|"
        r"slaappil\w*|pillen|medicijnen|tabletten|oxazepam|temazepam|insuline|gif|rattengif)\b",
        also=(
            r"\b(?:gekocht|klaar\w*|liggen|ligt|opgehangen|opgespaard|gespaard|verzameld|"
            r"verstopt|in (?:mijn|zijn|haar) (?:la|kast|kamer|tas|auto)|op zolder|gehaald|"
            r"bewaard|bewaar)\b",
        ),
        scope="message",
        exclude=r"\b(?:baxter\w*|weekdoos|apotheek|voorgeschreven|dispenser)\b",
        needs=(S,),
    ),
    # --- suicide: more indirect wording (generalised from blind rounds) ---------------------------
    Rule(
        S,
        "not_wanting_to_live",
        # Not waking up, wherever the wish stands in the clause: "het liefst zou ik in slaap vallen
        # en nooit meer wakker worden", "ik wil slapen en nooit meer opstaan".
        r"\b(?:niet|nooit) meer(?: ergens| echt| gewoon)? (?:wakker (?:worden|word|werd|te worden|"
        r"zou worden)|"
        r"(?:op te staan|opstaan|ontwaken))\b",
        also=(r"<wishword>|\b(?:zou|graag|fijn|lekker|slapen|inslapen|in slaap|liefst)\b",),
        exclude=r"\b(?:overleden|overleed|dokter|arts|coma|narcose|operatie)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # Looking up how: "gezocht hoeveel pillen je nodig hebt om niet meer wakker te worden".
        r"\b(?:om (?:niet meer wakker te worden|dood te gaan|te sterven|er een eind aan te maken)|"
        r"dodelijk\w*|fataal|pijnloos|pijnloze)\b",
        also=(
            rf"{DRUGS}|\b(?:gezocht|opgezocht|gegoogeld|googelen|google|opzoeken|zoek|hoeveel|"
            r"manier\w*|methode\w*)\b",
            r"\b(?:ik|je|men|iemand)\b",
        ),
        exclude=r"\b(?:ziekte|kanker|prognose|dokter|arts|geriater|huisarts|afloop)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bwaarom (?:zou|moet|zal) ik<adv> (?:[a-z]+ ){0,2}(?:doorgaan|verder gaan|verder|"
        r"opstaan|blijven|er nog zijn|nog zijn)<end>|"
        r"\b(?:ik<adv> wil|wil ik)<adv> (?:ook )?niet (?:meer|langer) verder<adv><end>|"
        r"\bniet meer verder (?:willen|wil)<end>",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Rest or sleep for ever: "ik wil gewoon rust. voor altijd."
        r"\b(?:rust|slapen|inslapen|slaap)\b",
        also=(r"\b(?:voor altijd|voorgoed|voor eeuwig|eeuwige|eeuwig)\b", "<wishword>"),
        exclude=r"\b(?:even|weekend|vakantie|nacht|nachtje|een dag)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Done with everything, oneself included.
        r"\bklaar\b(?: [a-z]+){0,4} (?:met|mee)\b",
        also=(r"\bmet (?:mezelf|mijzelf|mijn leven|het leven|leven|alles en iedereen)\b",),
        exclude=r"\bniet klaar\b|\bklaar met (?:mezelf )?(?:aankleden|wassen|douchen)\b|"
        + _MEANING_DENIED,
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:stoppen|stop|ophouden|ophoud|kappen) met (?:ademen|ademhalen|bestaan|leven)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:stoppen|stop|ophouden|ophoud|kappen) met alles\b",
        also=(r"\bmet (?:ademen|ademhalen|bestaan|leven|mezelf|mijn leven|het leven)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # Driving into something: "als ik nu tegen een boom klap is het klaar".
        r"\btegen (?:een|de) (?:boom|muur|vrachtwagen|tegenligger|pijler|brugpijler|vangrail|"
        r"betonblok|trein)\b",
        also=(
            r"\b(?:rijd\w*|klap\w*|knal\w*|crash\w*|stuur\w*|auto|wagen|scooter)\b",
            r"<wishword>|\b(?:denk\w*|dacht|klaar|over|voorbij|lijkt het|ongeluk|expres|bewust)\b",
        ),
        exclude=r"\b(?:gereden|reed|botste|gebotst|aangereden|geweest|gelukkig)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        # Having stood there, or almost done it: "aan het spoor gestaan ... maar ik durfde niet",
        # "al 2x bijna de pillen genomen".
        r"\b(?:gestaan|stond|stonden|gezeten|zat|gelegen|lag)\b",
        also=(
            r"\b(?:aan|op|bij|naast|onder) (?:het|de) (?:spoor|rails|spoorlijn|overweg|brug|"
            r"rand|dak|balkon|viaduct|snelweg)\b",
            r"\b(?:durfde|durf|trein|springen|sprong|niet meer|wachtte|wachten|dood|eind)\b",
        ),
        exclude=r"\b(?:perron|te wachten op de trein naar|reis\w*|vertraging|station)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        r"\bbijna\b(?: [a-z0-9]+){0,4} (?:pillen|tabletten|medicijnen|slaappillen|touw)\b"
        r"(?: [a-z]+){0,2} (?:genomen|ingenomen|geslikt|gedaan|opgehangen|gebruikt)\b|"
        r"\bbijna (?:gesprongen|opgehangen|gedaan|verdronken)\b",
        exclude=r"\b(?:vergeten|te laat|per ongeluk|verkeerde|op vakantie|zwemles|zwembad|zwemmen|"
        r"stroming|golven|ongeluk)\b",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Absence as a relief to others: "niemand zou het merken als ik er niet meer was".
        r"\b(?:als|dat|wanneer) ik er<adv> niet meer (?:ben|was|zou zijn)\b",
        also=(
            r"\b(?:opluchting|opgelucht|merken|missen|mist|rust|rustiger|makkelijker|beter|"
            r"liever|fijner|erg vinden|erg vindt|uitmaken|uitmaakt|opvallen)\b",
        ),
        exclude=r"\b(?:wie zorgt|wie moet|wat gebeurt|wat moet|geregeld hebben|testament)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\ber<adv> (?:een )?punt achter(?: [a-z]+){0,2} (?:zetten|zet)<end>",
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bnut\b",
        also=(r"\b(?:leven|bestaan|van alles|er niet meer van in|nog van mij|van mij)\b",),
        exclude=r"\bnut van (?:de|het|een|die|dat|deze|dit) (?!leven)\w+",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bwat heeft het<adv> (?:nog )?(?:voor )?zin<adv><end>|"
        r"\bhet heeft<adv> (?:allemaal )?geen zin (?:meer)<adv><end>",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Following the naaste in death: "als mijn vader doodgaat, ga ik met hem mee".
        r"\b(?:doodgaat|doodgaan|sterft|sterven|overlijdt|overlijden|dood is|er niet meer is|"
        r"overleden is|weg is)\b",
        also=(
            r"\b(?:ga ik (?:ook|mee|met (?:hem|haar) mee)|ik ga (?:ook|mee|met (?:hem|haar) mee)|"
            r"wil ik ook (?:niet meer|dood)|hoef ik ook niet meer|ik wil (?:ook )?(?:met (?:hem|haar) "
            r"mee|bij (?:hem|haar) zijn)|dan ga ik ook)\b",
        ),
        exclude=r"\b(?:naar de uitvaart|naar de begrafenis|verhuis\w*|in huis|wonen)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bzonder (?:mij|me)\b",
        also=(r"\b(?:beter|fijner|makkelijker|opgelucht|rustiger|gelukkiger|af)\b",),
        exclude=r"\b(?:kunnen|kan|kunt|redden|red|gaat|lukt)\b(?: [a-z]+){0,2} zonder (?:mij|me)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # Drowning: "ik ga de zee in lopen tot ik niet meer kan".
        r"\b(?:de zee|het water|de rivier|de gracht|het kanaal|de plas|het meer|de ijssel|de maas|"
        r"de rijn|de waal) in (?:lopen|loop|gaan|ga|springen|spring|rijden|rijd)\b",
        also=(r"\b(?:tot|niet meer|nooit|niet terug|<wishword>|ik ga|ga ik|zo meteen|zo)\b",),
        exclude=r"\b(?:zwemmen|zwem|pootjebaden|afkoelen|zomer|warm|strand|vakantie|boot)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:op|aan) het randje (?:gestaan|sta|stond|staan)\b(?! van)",
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # Means out and ready: "heeft zijn geweer uit de kast gehaald".
        r"\b(?:geweer|jachtgeweer|pistool|vuurwapen|touw|strop)\b",
        also=(
            r"\b(?:uit de kast|tevoorschijn|gepakt|geladen|schoongemaakt|klaargelegd|klaar|"
            r"gekocht|opgehangen|geknoopt|gelegd|neergelegd|verstopt|op zolder|in de schuur|"
            r"in de garage)\b",
        ),
        exclude=r"\b(?:jacht|jaagt|jagen|schietvereniging|was|waslijn|wasgoed|tuin|tent|boot|"
        r"verhuizing|zeil\w*|schommel|ophalen|inleveren|opruimen|weggooien|vergunning|"
        r"wapenvergunning|veilig\w*|moeten we|kunnen we|oude)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # A plan with means: "ik heb een touw gekocht en weet nog niet wanneer".
        r"\b(?:touw|strop|geweer|pillen|slaappillen|medicijnen|gif)\b",
        also=(
            # "plan" the noun, not the verb: "ik plan alles voor hem, van zijn pillen ..." is care.
            r"\b(?:weet nog niet wanneer|wanneer ik het|hoe ik het|als het moment|het moment "
            r"daar|(?:een|mijn|m n|het|dat|dit|geen ander) plan|van plan|wanneer het zover)\b",
        ),
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        # Many pills at hand: "ik zit in de auto met alle pillen van mijn man naast me".
        r"\b(?:alle|al (?:mijn|zijn|haar|de)|een (?:hele|volle) (?:pot|doos|zak)|een heel doosje|"
        r"stapels?|een berg) (?:[a-z]+ )?(?:pillen|tabletten|medicijnen|slaappillen)\b",
        also=(
            r"\b(?:naast me|naast mij|bij me|bij mij|voor me|voor mij|in mijn (?:tas|zak|hand|"
            r"handen|schoot|auto|la)|op tafel|verzameld|opgespaard|gespaard)\b",
        ),
        exclude=r"\b(?:weekdoos|baxter\w*|apotheek|opruimen|inleveren|weggooien|thuiszorg)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # A farewell: thanks and goodbye with everything arranged.
        r"\b(?:bedankt|dank|dankjewel|dank je) voor (?:alles|het luisteren|jullie hulp|je hulp|"
        r"uw hulp)\b|\bvaarwel\b|\btot nooit\b|\bhet ga (?:je|jullie|u) goed\b",
        also=(
            r"\b(?:alles (?:al )?geregeld|is de dag|is het zover|laatste|afscheid|niet meer|klaar|"
            r"vaarwel|tot nooit)\b",
        ),
        # "verwijder mijn gegevens maar, mijn vader is in mei overleden en ik heb het niet meer
        # nodig. bedankt voor alles": the care has ended, and with it the chat.
        exclude=r"\b(?:verwijder\w*|wis|wissen) (?:\w+ )?(?:gegevens|account|alles)\b|"
        r"\b(?:is|zijn) (?:\w+ ){0,3}(?:overleden|gestorven)\b|"
        # "om afscheid te nemen van de mantelzorggroep, we verhuizen naar Groningen"
        r"\bafscheid (?:te )?(?:nemen|neem) van (?:de|het|deze|onze|jullie) (?:\w+ )?(?:groep|mantelzorggroep|club|"
        r"vereniging|team|koor|cursus|werk)\b|\b(?:we|wij|ik) (?:gaan )?verhuiz\w*\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:me|mij|mezelf|zich|zichzelf)<adv> (?:heeft |had |hebben )?(?:opgehangen|"
        r"verhangen|verhing|verhangt)\b|\b(?:heeft|had|hebben) zich(?: [a-z]+){0,4} (?:opgehangen|"
        r"verhangen)\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\beuthanasie\b",
        also=(r"\bvoor (?:mezelf|jezelf|mij|mijzelf)\b|\bzelf (?:euthanasie|aanvragen)\b",),
        exclude=r"\b(?:vader|moeder|man|vrouw|partner|oma|opa|zoon|dochter) (?:wil|vraagt)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Letting go, or going to a loved one who died: "laat me maar gaan, ik wil naar papa".
        r"\blaat (?:me|mij|hem|haar) (?:nou |toch |maar |gewoon )*gaan<end>|"
        r"\b(?:wil|wilt|wou|mag)<adv> (?:naar|bij) (?:papa|mama|pa|ma|oma|opa|mijn (?:overleden )?"
        r"(?:man|vrouw|moeder|vader|zoon|dochter)|(?:hem|haar) (?:in de hemel|boven))\b(?: toe)?<end>",
        exclude=r"\b(?:logeren|op bezoek|bezoek|verjaardag|wonen|verhuizen|weekend|vakantie|"
        r"morgen|zondag|zaterdag|naar huis|boodschappen|winkel)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bhoe ik het (?:zou|ga|kan|moet|wil|zal) (?:gaan )?doen\b",
        also=(r"\b(?:nagedacht|nadenken|denk|dacht|bedacht|plan|overwogen|gezocht|uitgezocht)\b",),
        exclude=r"\bhoe ik het (?:zou|ga|kan|moet|wil|zal) (?:gaan )?doen (?:met|als|zonder|voor|"
        r"qua|bij)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:niet|nooit)(?: meer)? wakker (?:word|worden|werd|zou worden)\b",
        also=(
            r"<wishword>|\b(?:prima|niet erg|niet rouwig|fijn|best|goed|oke|ok|rust|opgelucht|"
            r"opluchting|zou)\b",
        ),
        exclude=r"\b(?:overleden|overleed|dokter|arts|coma|narcose|operatie|wekker|te laat|op tijd|"
        r"uitslapen|bang dat (?:hij|ze|zij|mijn))\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_word",
        # A past attempt: "ik heb vorige maand een poging gedaan".
        r"\b(?:een|mijn|zijn|haar) (?:\w+ )?poging (?:gedaan|ondernomen|gehad|overleefd)\b"
        r"(?! (?:om|tot|voor|met)\b)|\bpoging tot (?:zelfdoding|zelfmoord)\b",
        # "mijn moeder heeft twintig jaar geleden een poging gedaan": history, not now.
        exclude=r"\b(?:stoppen met roken|afvallen|examen|rijexamen|sollicit\w*|(?:\w+ )?jaar geleden|"
        r"jaren geleden|in (?:19|20)[0-9][0-9])\b",
    ),
    Rule(
        S,
        "hopelessness",
        r"\bwaarom (?:ik|hij|ze|zij)<adv> (?:nog<adv> )?(?:hier|er) (?:nog )?(?:ben|is|zijn|besta)\b|"
        r"\bwaarom (?:ik|hij|ze|zij)<adv> (?:[a-z]+ ){0,2}nog<adv> (?:leef|leeft|besta|bestaat|"
        r"opsta|opstaat|doorga|doorgaat)\b|"
        r"\bwie (?:zou|zal|gaat)<adv> (?:me|mij)<adv> (?:nou |eigenlijk |nog )*missen\b|"
        r"\bwie mist (?:me|mij)<adv>(?: nou| eigenlijk| nog)*<end>",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "self_harm",
        r"\b(?:sneetjes|snijwondjes|snijwonden|krassen|kerfjes|kerven|sneden|brandplekjes)\b",
        also=(
            r"\b(?:armen|arm|pols|polsen|benen|been|dijen|dij|buik)\b",
            r"\b(?:zelf|zichzelf|zich|mezelf|me|stiekem|verstopt|lange mouwen|expres)\b",
        ),
        exclude=ANIMALS + r"|\b(?:bramen|tuin|gevallen|val|snoeien|operatie|prikken|infuus)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        # Pills put aside for oneself: "slaappillen verstopt voor mezelf, voor als het echt niet
        # meer gaat".
        rf"{DRUGS}",
        also=(
            r"\b(?:verstopt|verstop|apart gelegd|apart gehouden|bewaard|bewaar|achtergehouden|"
            r"gespaard|opgespaard|verzameld|gehamsterd|staan|staat|liggen|ligt|klaar|apart gezet|"
            r"weggelegd|opzij gelegd|opzij gezet)\b",
            r"\b(?:voor (?:mezelf|mijzelf|mij)|voor als het (?:echt |even |ooit )?niet meer "
            r"(?:gaat|kan)|voor als ik het niet meer|voor als het zover is|voor het moment dat|"
            r"voor later|voor straks|voor ooit|om het te doen)\b",
        ),
        exclude=r"\b(?:zodat (?:hij|ze|zij) (?:ze )?niet|voor (?:hem|haar) (?:niet|veilig)|"
        r"kleinkinderen|kinderen niet|veilig|achter slot|kluis)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_method",
        # A method in sight and the thought keeps coming: "de trein gaat hier elk kwartier langs en
        # ik denk er steeds vaker aan".
        r"\b(?:trein|treinen|spoor|brug|flat|dak|balkon|pillen|touw|water|rails|snelweg)\b",
        also=(r"\b(?:denk|dacht)<adv> er<adv> (?:steeds |vaak |soms |weleens )*(?:aan|over)<end>",),
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bik<adv> (?:ben|voel me|voel mij)<adv> (?:alleen (?:nog )?maar |maar |nog maar )?"
        r"(?:tot last|een last|een blok aan het been|een sta in de weg|een belasting|een molensteen)"
        r"\b(?! (?:van|bij)\b)|"
        r"\bdat ik<adv> (?:alleen (?:nog )?maar |maar |nog maar )?(?:tot last|een last|een blok aan "
        r"het been) (?:ben|zou zijn|voor)\b",
        exclude=r"\b(?:niet|niemand) tot last\b|\bwil (?:niet|niemand) tot last\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Going, as in dying: "hij zegt dat hij er klaar mee is en dat hij wil gaan".
        r"\b(?:wil|wilt|wou|mag)<adv> gaan<end>",
        also=(
            r"\b(?:klaar|op|moe|niet meer|hemel|papa|mama|oma|opa|sterven|dood|leven|"
            r"laat (?:me|mij|hem|haar))\b",
        ),
        exclude=r"\b(?:naar|weg|wandelen|slapen|zitten|liggen|zwemmen|winkelen|thuis|huis)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:niet|nooit) (?:meer|langer)(?: [a-z]+){0,2} (?:kan|wil|zal) (?:verder )?leven\b|"
        r"\b(?:kan|wil)<adv> (?:niet|nooit) (?:meer|langer) (?:verder )?leven\b",
        exclude=r"\b(?:alleen|zelfstandig|thuis|op zichzelf|zonder hulp|zo doorleven met)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # An accident would be welcome: "ik zou er niet rouwig om zijn als ik een ongeluk kreeg".
        r"\b(?:als|dat) ik (?:\w+ )?(?:een ongeluk|verongeluk|aangereden|overreden|een hartaanval)"
        r"(?: [a-z]+){0,2}\b",
        also=(
            r"\b(?:niet rouwig|niet erg|prima|fijn|best|hoop|wens|zou willen|mooi|verlossing|"
            r"opgelucht)\b",
        ),
        exclude=r"\b(?:bang|zorgen|wie zorgt|wat gebeurt|verzekering|testament)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        # No point in going on: "ik zie het nut niet meer van doorgaan".
        r"\b(?:nut|zin|reden|waarom)\b",
        also=(
            r"\b(?:doorgaan|door te gaan|verder gaan|verder te gaan|opstaan|op te staan|opsta|"
            r"doorga|leven|bestaan|elke dag|iedere dag|elke ochtend|iedere ochtend)\b",
            r"\b(?:niet meer|geen|nergens meer|niks meer|nog|niet)\b",
        ),
        exclude=r"\b(?:om te (?:werken|gaan|komen)|naar (?:de|het|zijn|haar)|zin in (?!het leven|"
        r"leven)\w+|geen zin om (?:op te staan|naar)|heeft (?:het|dat) zin|het heeft zin|"
        r"wel zin|waarom (?:hij|ze|zij|mijn) )\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # Looking at the means: "een hele tijd op het station gestaan en gekeken naar de treinen".
        r"\b(?:kijk|keek|gekeken|staar|staarde|gestaard)\b(?: [a-z]+){0,3} (?:naar|in) (?:de |het )?"
        r"(?:treinen|trein|rails|spoor|water|diepte|beneden|afgrond)\b",
        also=(
            r"\bik\b",
            r"\b(?:gestaan|uren|lang|een hele tijd|alleen|nacht|avond|sta|stond|zat)\b",
        ),
        exclude=r"\b(?:hobby|modeltrein\w*|samen|gezellig|uitje|vakantie|mooi|foto\w*)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        # Voices commanding harm.
        r"\bstemmen\b",
        also=(
            # "moet" alone is any command: "de stemmen zeggen dat hij moet opruimen".
            r"\b(?:springen|dood|zichzelf|zich|mezelf|iets aandoen|ophangen|pijn doen|vermoorden|"
            r"(?:moet|moeten) (?:sterven|dood|stoppen|weg|eruit))\b",
            r"\b(?:horen|hoort|hoor|zeggen|zegt|vertellen|vertelt|bevelen)\b",
        ),
        exclude=r"\b(?:verkiezing\w*|stemmen op|gestemd|koor|zingen|stemming)\b",
        scope="message",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:verdwijn\w*|weg|vertrekken|vertrek|stappen|stap|gaan) uit (?:dit|het|mijn) leven\b|"
        r"\b(?:stop\w*|ophouden|ophoud|kappen) met eten en drinken\b|"
        r"\b(?:eet|drink|eten|drinken) (?:\w+ )?(?:expres|bewust|met opzet) (?:niks|niets|niet)\b",
        exclude=r"\b(?:weigert|wil niet eten|slikproblemen|palliatie\w*|dokter|arts)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        r"\b(?:dat|als) ik<adv> dood (?:moet|mag|zal)\b|"
        r"\b(?:zodat|dan) (?:is )?het (?:klaar|over|voorbij|afgelopen)(?: is)?<end>",
        also=(r"<wishword>|\b(?:zou|denk\w*|dacht|prima|betekent|ik)\b",),
        exclude=r"\b(?:werk|klus|project|verhuizing|verbouwing|opruimen|administratie|vakantie|"
        r"wachtlijst|formulier\w*|aanvraag)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Being with a loved one who died: "ik mis mijn vrouw zo, ik wil bij haar zijn".
        r"\b(?:wil|wou|wilde|verlang\w*|zou willen)(?: ik)?<adv> (?:alleen nog(?: maar)? )?(?:[a-z]+ )?"
        r"bij (?:haar|hem|mijn [a-z]+|"
        r"papa|mama|pa|ma) (?:zijn|te zijn|wezen)\b",
        also=(
            r"\b(?:mis (?:haar|hem|mijn)|overleden|overleed|dood|gestorven|hemel|graf|"
            r"begraven|gecremeerd)\b",
        ),
        # "de dokter zegt hij gaat dood dit jaar. ik wil bij hem zijn": there while he still lives.
        exclude=r"\b(?:stervende|op sterven|ligt op sterven|palliatie\w*|hospice|ziekenhuis|"
        r"verpleeghuis|laatste dagen|wakker|gaat (?:\w+ )?dood|zal (?:\w+ )?dood\w*|dood gaat|"
        r"gaat sterven|zal sterven)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_word",
        r"\bafscheids(?:bericht\w*|video\w*|filmpje\w*|post\w*|mail\w*|appje\w*)\b",
        exclude=r"\b(?:pensioen|collega\w*|werk|baan|verhuis\w*|vakantie|afscheidsfeest\w*|"
        r"afscheidsreceptie|school|juf|meester|stage)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\bdenk<inv><adv> (?:[a-z]+ )?aan (?:de trein|het spoor|springen|de brug|(?:de )?pillen|"
        r"ophangen|"
        r"het water|een touw|de flat|het dak|verdrinken)\b",
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:mijn|het|dit) leven<adv> is<adv> (?:voorbij|over|afgelopen|een hel|een gevangenis|"
        r"kapot|niks meer|niets meer)\b|"
        r"\b(?:zoek|zocht|zie)<adv> (?:een |geen )?uitweg\b",
        also=(r"\b(?:leven|niks meer|niets meer|voorbij|hel|ik)\b",),
        exclude=r"\b(?:uitweg uit (?:de|het|deze|die) (?:situatie|ruzie|regels|papierwinkel|"
        r"schulden|wachtlijst)|sociaal leven|mijn oude leven|werkend leven)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:kan|kon)<adv> (?:dit|het|mijn) leven<adv> niet (?:meer |langer )?aan\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\bzich\b(?: [a-z]+){0,3} (?:van|uit|voor|onder) (?:het|de|een) [a-z]*(?:balkon|raam|flat|dak|"
        r"brug|trein|metro|auto|vrachtwagen|viaduct|toren) (?:af )?(?:te )?(?:gooien|werpen|laten "
        r"vallen|springen)\b|\b(?:me|mezelf|zichzelf) (?:van|uit|voor|onder) (?:het|de|een) "
        r"[a-z]*(?:balkon|raam|flat|dak|brug|trein|auto|viaduct) (?:af )?(?:te )?(?:gooien|werpen)\b",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\ber<adv> (?:niet|nooit) meer (?:te zijn|zou zijn|zijn|te wezen)\b",
        also=(r"<wishword>|\b(?:denk\w*|dacht|hoe het zou|zou|fijn|rust|opluchting|beter)\b",),
        # "Voor als wij er niet meer zijn willen we regelen wie voor onze zoon zorgt": arrangements.
        exclude=r"\b(?:wie zorgt|wat gebeurt|wat moet|testament|geregeld hebben|als ik er niet "
        r"meer ben (?:wie|wat)|regelen wie|willen (?:we|wij|ik) regelen)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Everything should stop: "ik wil gewoon dat het ophoudt. alles."
        r"\bdat (?:het|alles|het leven|mijn leven)\b(?: [a-z]+){0,2} (?:ophoudt|stopt|voorbij is|"
        r"over is|afgelopen is|ophoudt te bestaan)\b",
        also=(
            "<wishword>",
            r"\b(?:alles|voor altijd|voorgoed|leven|gewoon|helemaal)\b",
        ),
        exclude=r"\b(?:pijn|geluid|lawaai|regen|ruzie|geschreeuw|gezeur|herrie|wachten|"
        r"wachtlijst|verbouwing)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Affairs settled and ready: "mijn spullen weggegeven, ik ben er klaar voor".
        r"\b(?:spullen|alles|kleren|sieraden|hond|kat|poes|huisdier\w*|testament)\b(?: [a-z]+){0,4} "
        r"(?:weggegeven|weg gegeven|opgeruimd|verdeeld|geregeld|gebracht|weggebracht|"
        r"ondergebracht|ligt bij de notaris|opgemaakt|klaar)\b",
        also=(
            r"\b(?:klaar voor|er klaar voor|klaar mee|er klaar mee|het is tijd|afscheid|"
            r"niet meer nodig|dit was het)\b",
        ),
        exclude=r"\b(?:verhuiz\w*|verpleeghuis|kleiner wonen|opname|emigr\w*)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:oplossing|beste|beter|makkelijkst\w*|makkelijker|fijner)\b",
        also=(
            r"\bdat ik<adv> (?:verdwijn|er niet meer ben|dood ben|doodga|weg ben|ophoud|"
            r"er tussenuit stap|niet meer besta)\b|"
            # "beter is als wij er allebei niet meer zijn": the caregiver and the naaste together.
            r"\b(?:als|dat) (?:wij|we|wij twee|we samen) (?:er )?(?:allebei |samen |beiden |beide )?"
            r"(?:niet meer (?:zijn|zouden zijn|waren|bestaan)|dood (?:zijn|waren|gaan))\b",
        ),
        exclude=r"\b(?:wie zorgt|wat gebeurt|vakantie|weekend|even)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bdit was het(?: dan)?<end>|\bdat was het dan<end>|\bdag allemaal<end>",
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:niets|niks) (?:meer )?om (?:voor )?te leven\b|\bniets meer om voor te leven\b|"
        r"\bgeen reden (?:meer )?om (?:te leven|door te gaan|op te staan)\b|"
        r"\ber (?:beter|liever) niet (?:meer )?(?:kan|kon|zou) (?:zijn|wezen)\b|"
        r"\b(?:kan|kon) (?:mij|me)<adv> niet (?:meer )?schelen wat er met (?:mij|me) gebeurt\b|"
        r"\bhoop<adv> (?:dat )?het<adv> (?:snel )?(?:afgelopen|voorbij|over) is\b",
        exclude=r"\b(?:wachtlijst|wachten|verbouwing|griep|ziekte van|operatie|pijn)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:geef|gaf)<adv> (?:het|alles) op\b",
        also=(r"\b(?:alles|leven|vechten|strijd|moe)\b",),
        exclude=r"\bop (?:met|voor|bij|aan)\b|\b(?:formulier\w*|aanvraag|gemeente|dieet|roken)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:als|dat|wanneer) ik (?:ook |gewoon )?(?:weg|dood) (?:ben|was|zou zijn)\b",
        also=(
            r"\b(?:makkelijker|beter|fijner|opluchting|opgelucht|rust|rustiger|liever|missen|"
            r"merken|niemand)\b",
        ),
        exclude=r"\b(?:wie zorgt|wat gebeurt|wat moet|testament|geregeld|vakantie|weekend)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:springen|spring|springt|sprong|te springen|gaat springen)\b",
        also=(
            r"\b(?:balkon|brug|dak|flat|raam|hoogte|toren|verdieping|etage|hoog|viaduct|trein|spoor|"
            r"rails)\b",
        ),
        # "Als ik nog één formulier moet invullen spring ik uit het raam 😂 nee serieus, ...": said as
        # a joke, and said so.
        exclude=r"\b(?:trampoline|zwembad|sloot|hek|paard|springkussen|nee serieus|grapje|geintje)\b",
        scope="message",
    ),
    Rule(
        S,
        "suicide_means",
        # A plan next to a suicide signal: "ik heb al een plan hoe ik het ga doen, ik wil niet meer".
        r"\b(?:ik heb<adv> (?:al )?een plan|heb ik<adv> (?:al )?een plan|mijn plan|weet<adv> "
        r"(?:al|precies) hoe ik|(?:een )?datum (?:geprikt|gekozen|bepaald))\b",
        exclude=r"\b(?:zorgplan|plan van aanpak|ondersteuningsplan|vakantie\w*|verhuiz\w*|"
        r"samen met|met de (?:thuiszorg|huisarts|casemanager|consulent))\b",
        needs=(S,),
    ),
    Rule(
        S,
        "suicide_method",
        # Looking up how many pills "you" need.
        rf"\bhoeveel {DRUGS} (?:je|men|iemand|ik) nodig\b",
        also=(r"\b(?:zoek\w*|gezocht|opgezocht|google\w*|gegoogeld|internet|opzoeken)\b",),
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:zinloos|uitzichtloos|hopeloos|geen zin meer)\b",
        also=(r"\b(?:mijn leven|het leven|dit leven)\b",),
        exclude=r"\b(?:formulier\w*|regels|wachtlijst|gesprek|cursus|therapie|bezoek)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:wat maakt het|maakt het)<adv> (?:nog )?uit of ik<adv> (?:er (?:nog )?ben|leef|besta)\b|"
        r"\bde wereld (?:draait|gaat)<adv> door zonder (?:mij|me)\b|"
        r"\bbij (?:mij|mezelf) (?:de )?stekker eruit\b|"
        r"\b(?:graag|liefst|wil|zou)\b(?: [a-z]+){0,6} dat het (?:dan |daarna |gewoon )?(?:voorbij|"
        r"over|afgelopen|klaar) is\b",
        exclude=r"\b(?:pijn|wachtlijst|verbouwing|griep|ruzie|regen|operatie|vakantie)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bafscheid (?:wil |wou |ga |gaan )?nemen\b(?: van (?:iedereen|jullie|jou|u|het leven|de "
        r"wereld))?",
        exclude=r"\b(?:vader|moeder|man|vrouw|oma|opa|naaste|tante|oom|zus|broer|hond|kat|"
        r"stervend\w*|uitvaart|begrafenis|verpleeghuis|collega\w*|huis|werk|baan|job|school|pensioen)\b",
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:de )?stekker eruit (?:trekt|trekken|getrokken|trok|trek)\b",
        also=(r"\b(?:bij mij|bij mezelf|voor mij|mijn stekker|bij mij eruit)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_method",
        r"\baan (?:de )?(?:pillen|trein|spoor|brug|flat|touw|water) (?:denk|dacht|zit te denken)\b",
        strength=V,
    ),
    # --- acute danger: a life in danger without a means or a word of now --------------------------
    Rule(
        S,
        "suicide_method",
        # Together with the means: "we gaan vanavond samen slapen" next to the insulin.
        r"\bsamen\b(?: [a-z]+){0,3} (?:gaan slapen|inslapen|in slaap vallen|gaan|stoppen|een einde)\b",
        also=(rf"{DRUGS}|\b(?:insulinepen\w*|gas|gaskraan|touw|uitlaat)\b",),
        exclude=r"\b(?:vakantie|weekend|uitje|wandelen|dagbesteding|logeren|boodschappen|"
        r"verhuizen|verpleeghuis)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # More words for a death wish, from blind round 15.
        r"\bmezelf (?:weg ?doen|wegdoen|van kant maken)\b|\bmoe van het leven\b|"
        r"\b(?:god|de here|de heer|allah|jezus|hij daarboven)\b(?: [a-z]+){0,2} (?:mij|me) "
        r"(?:komt )?(?:halen|roepen|weghalen|thuishalen)\b|"
        r"\bhoef ik (?:ook )?niet meer\b",
        also=(r"\b(?:mezelf|leven|halen|roepen|bid|bidden|er niet meer|slaappil\w*|pillen|ook)\b",),
        exclude=r"\bhoef ik (?:ook )?niet meer (?:te |naar|zo|zoveel|alles|elke)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bzonder mij (?:hebben|heeft|zijn|is) (?:ze|zij|hij|iedereen|jullie)(?: [a-z]+){0,2} "
        r"(?:minder last|beter af|het beter|rust)\b|\bbeter (?:is )?als ik (?:ook )?ga\b|"
        r"\bbrief\b(?: [a-z]+){0,3} voor als ik er niet meer ben\b",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Not being there by a date: "wat gebeurt er met de aanmelding als ik er volgende week niet
        # meer ben?"
        r"\bals ik er (?:volgende week|volgende maand|morgen|overmorgen|straks|binnenkort|"
        r"na (?:vandaag|morgen|dit weekend|kerst)|over (?:een|twee|drie|[0-9]+) (?:dag|dagen|week|"
        r"weken)) niet meer ben\b",
        # "Als ik er straks niet meer ben, wie zorgt er dan voor mijn zoon?": planning for later.
        exclude=r"\b(?:wie zorgt|wie gaat (?:er )?zorgen|op tijd (?:goed )?regelen)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # A decision told as one: "als ik er morgen niet meer ben ... mijn besluit staat vast".
        r"\b(?:mijn )?besluit (?:staat vast|is genomen|is gemaakt)\b|\bik heb (?:het|mijn) besluit "
        r"genomen\b",
        also=(
            r"\b(?:er niet meer|niet meer ben|niet meer zijn|afscheid|einde|leven|dood|"
            r"achterlaten|voorbij)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 16 (development): danger and harm told without the usual words ---------------------
    Rule(
        S,
        "death_wish",
        # "Al maakt het eigenlijk niet meer uit, ik ben er toch niet lang meer."
        r"\bik ben er (?:toch |straks |binnenkort |waarschijnlijk |eigenlijk )*niet lang meer\b|"
        r"\bhet maakt (?:toch |eigenlijk |allemaal )*(?:niet|niks|niets) meer uit\b(?= \||$| (?:ik|"
        r"wat|of|hoe)\b)",
        also=(
            r"\b(?:niet lang meer|niet meer uit|hoeft niet meer|niet meer hoeven|er niet meer)\b",
        ),
        exclude=r"\b(?:kanker|terminaal|ongeneeslijk|uitbehandeld|palliatie\w*|hospice|arts|"
        r"dokter|oncoloog|diagnose|welk|welke|wat ik kies|maakt mij niet uit|kleur|dag|tijd)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- wordings from blind round 12 (development), written as the kinds they are --------------
    Rule(
        S,
        "not_wanting_to_live",
        r"\buit het leven (?:(?:moeten|willen|gaan|zullen|kunnen) )?(?:te )?(?:stappen|stapt|stap|gaan|weg)\b|"
        r"\b(?:ga|gaan|wil|wil ik|ga ik|zal ik)<adv> (?:achter (?:hem|haar) aan|(?:hem|haar) achterna)\b",
        also=(
            r"\b(?:uit het leven|dood\w*|sterft|sterven|overlijdt|overleden|er niet meer is|"
            r"er straks niet meer is|weg is|begraven)\b",
        ),
        exclude=r"\b(?:boodschap\w*|winkel|naar buiten|de straat op|fiets\w*|rent|rende|"
        r"weggelopen|loopt weg)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_method",
        # Pills saved up for a way out: "ze spaart haar slaappillen op".
        rf"\b(?:spaart|spaar|spaarde|gespaard|opgespaard|verzamelt|verzamel|verzameld|hamstert|"
        rf"bewaart|bewaar|verstopt)\b(?: [a-z]+){{0,3}} {DRUGS}|{DRUGS}(?: [a-z]+){{0,3}} "
        rf"(?:op (?:te )?sparen|opgespaard|gespaard|aan het sparen|verzameld)\b|"
        rf"\b(?:spaart|spaar)<gap> op\b",
        also=(
            DRUGS,
            r"\b(?:neemt|neem|nemen|innemen|slikken|slikt|als|wanneer|ooit|klaar|genoeg|"
            r"einde|uitweg|potje|doosje|la)\b",
        ),
        exclude=r"\b(?:apotheek|terugbrengen|inleveren|weggooien|opruimen|houdbaar\w*|"
        r"vakantie|voorraad voor|recept)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:met de auto|met de wagen|auto)\b(?: [a-z]+){0,3} (?:tegen (?:een|de) (?:boom|muur|"
        r"pijler|vrachtwagen|vrachtauto|brugpijler)|het water in|de sloot in)\b|"
        r"\b(?:rij|rijd|rijden|rijdt)(?: [a-z]+){0,2} (?:de vaart|de sloot|het water|het kanaal|"
        r"de gracht|de rivier) in\b|"
        r"\bvoor (?:een|de) (?:vrachtwagen|vrachtauto|trein|bus) (?:springen|lopen|stappen|"
        r"gaan staan)\b|"
        r"\b(?:opgezocht|gegoogeld|googelen|gezocht|zoek|zocht)\b(?: [a-z]+){0,3} hoe (?:hoog|"
        r"diep|veel)\b(?: [a-z]+){0,4} (?:flat|brug|dak|gebouw|toren|viaduct|water|pillen|"
        r"tabletten|dodelijk)\b|\bhoeveel\b(?: [a-z]+){0,3} (?:dodelijk|genoeg om)\b",
        exclude=r"\b(?:ongeluk|aanrijding|botsing|schade|verzekering|rijles|rijbewijs|"
        r"verbouw\w*|lift|trap|verhuiz\w*)\b",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # A farewell nobody noticed: "ze had niet door dat het de laatste keer was".
        r"\b(?:niet door|geen idee|niet wist|niet weet) dat het de laatste keer (?:was|is)\b|"
        r"\bin stilte afscheid\b",
        strength=V,
        negatable=False,
    ),
    # --- wordings from blind round 8 (development) ------------------------------------------------
    Rule(
        S,
        "suicide_method",
        r"\b(?:ruk|rukje|draai) aan het stuur\b|\ber samen uitstappen\b|\bsamen (?:er )?uitstappen\b",
        also=(r"\b(?:klaar|voorbij|over|gedaan|samen|niet meer|einde)\b",),
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Going along with the partner's death: "als zij gaat, ga ik ook".
        r"\bals (?:zij|hij|ze|mijn \w+) (?:gaat|sterft|doodgaat|overlijdt|er niet meer is)\b(?: [a-z|]+){0,2} "
        r"(?:ga|wil) ik (?:ook|mee|met (?:haar|hem) mee)\b",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Farewell letters written: "heb de brieven voor de kinderen al geschreven".
        r"\bbrie(?:f|ven|fje|fjes) (?:voor|aan) (?:de kinderen|mijn \w+|iedereen|jullie)\b(?: [a-z]+){0,2} "
        r"(?:al )?(?:geschreven|klaar|klaargelegd|neergelegd)\b",
        also=(r"\b(?:goed zo|klaar|afscheid|niet meer|voorbij|rust|het is (?:goed|genoeg))\b",),
        scope="message",
        strength=V,
        negatable=False,
    ),
    # --- co-occurrence rules: concepts that meet in one clause, in any word order -----------------
    Rule(
        S,
        "death_wish",
        r"(?<!\bde )(?<!\bna )(?<!\bzijn )(?<!\bhaar )\b(?:dood|doodgaan|doodga|sterven|sterf)\b"
        r"(?! (?:van|hout|vlees|spoor|punt|gewicht|blad|bladeren|takken)\b)|\bde dood\b(?! van\b)",
        also=("<wishword>",),
        exclude=(
            # "ik ga er bijna dood aan van die hitte": a figure of speech about discomfort.
            r"\b(?:hitte|warmte|kou|herrie|lawaai|verveling|schaamte|zenuwen|jeuk)\b|"
            r"\b(?:thuis|hospice|waardig|vredig|rustig|slaap|gecremeerd|cremeren|begraven|uitvaart|"
            r"testament|wilsverklaring|na (?:zijn|haar|mijn) dood|niet dat|bang dat|bang om|"
            r"weten|dokter|arts)\b"
        ),
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bniet (?:meer|langer)(?: [a-z]+){0,2} (?:leven|bestaan)\b",
        also=(r"\b(?:wil|wilt|wou|wilde|willen|zin|liefst|hoeft|hoef|zie|zou)\b",),
        negatable=False,
        exclude=r"\b(?:alleen|zelfstandig|thuis|op zichzelf|zonder hulp)\b",
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:het|mijn|dit|zijn|haar) leven\b",
        also=(
            r"\b(?:geen zin|zinloos|niet (?:meer )?(?:de moeite )?waard|niets (?:meer )?waard|"
            r"niks (?:meer )?waard|geen waarde|uitzichtloos|hopeloos)\b",
        ),
        negatable=False,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:alle|al mijn|al zijn|al haar|al de|een hele (?:pot|strip|doos)|een heel doosje|"
        r"genoeg|een handvol)\b(?: [a-z]+){0,3} (?:pillen|medicijnen|slaappillen|tabletten)\b",
        also=(
            r"\b(?:innemen|in te nemen|inneem|slikken|te slikken|slik|nemen|te nemen|opeten|"
            r"op te eten|sparen|gespaard|verzamel\w*|klaarliggen|om het te doen|om dood te gaan|"
            r"om te sterven|om er een (?:eind|einde) aan te maken)\b",
        ),
        exclude=(
            r"\b(?:zorg dat|zorgen dat|controleer\w*|herinner\w*|vergeet|vergeten|op tijd|apotheek|"
            r"baxter|weekdoos|elke dag|iedere dag|s ochtends|s avonds|dokter|huisarts|"
            r"voorgeschreven|mag|moet|help\w*|netjes|goed)\b"
        ),
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # An end with a time, said sideways: "vanavond is het voorbij", "nog even en dan hoef ik
        # niet meer".
        r"\b(?:vanavond|vannacht|morgen|straks|vandaag|zo meteen|zometeen)<adv> (?:is het|houdt "
        r"het|stopt het)<adv> (?:voorbij|afgelopen|gedaan|over)\b|"
        r"\bnog (?:even|eventjes|heel even|een nacht|een nachtje|een paar uur)\b(?: [a-z]+){0,3} "
        r"dan hoef ik<adv> niet meer<end>",
        exclude=r"\b(?:verbouwing|vakantie|opname|logeer\w*|respijt\w*|zomer|school|examen\w*|"
        r"wedstrijd|feest|cursus|kuur|chemo\w*|behandeling|bestraling\w*|griep|logeren|werk|"
        r"dienst|ramadan|project|drukte|regen|storm)\b",
        negatable=False,
        strength=V,
    ),
    # --- round 25 (development) --------------------------------------------------------------------
    Rule(
        S,
        "not_wanting_to_live",
        # Farewell letters written and the care handed over: "brieven geschreven voor de kinderen
        # en de zorg voor mam op papier gezet zodat mijn zus het kan overnemen".
        r"\bbrie(?:f|ven|fje|fjes)\b(?: [a-z]+){0,3} (?:geschreven|klaargelegd|klaar) (?:voor|aan) "
        r"(?:de kinderen|mijn \w+|iedereen|jullie|de familie)\b|"
        r"\bbrie(?:f|ven|fje|fjes) (?:voor|aan) (?:de kinderen|mijn \w+|iedereen|jullie|de familie)"
        r"\b(?: [a-z]+){0,2} (?:geschreven|klaargelegd|klaar)\b",
        also=(
            r"\b(?:overnemen|overneemt|over te nemen|op papier gezet|op papier gezet|alles (?:is )?"
            r"geregeld|alles op een rij|wachtwoorden|als ik er niet (?:meer )?ben|na mij|"
            r"zonder mij)\b",
        ),
        exclude=r"\b(?:vakantie|op reis|opname|operatie|ziekenhuis|logeer\w*|weekend weg|"
        r"verhuis\w*|sinterklaas|verjaardag|kerst\w*|gemeente|indicatie|aanvraag voor)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Wishing to vanish, unnoticed: "ik verdwijn liever gewoon, niemand zal het merken".
        r"\b(?:verdwijn|verdwijnen|verdwenen|weg zijn|oplossen)\b",
        also=(
            r"\b(?:liever|liefst|het liefst|wil|wou|zou willen|wens)\b",
            r"\bniemand (?:zal|zou|gaat|die)<adv> (?:het |me |mij )?(?:merken|missen|opvallen)\b|"
            r"\bniemand merkt\b|\bvalt niemand op\b|\bwat is het nut\b|\bgeen nut\b|\bzinloos\b",
        ),
        exclude=LOST_THINGS + r"|\b(?:vakantie|weekend|even|een paar dagen|een dagje|onder de "
        r"dekens|naar mijn kamer|verhuiz\w*|emigr\w*|op reis|uitje)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "death_wish",
        # "laat me maar doodgaan, ik ben iedereen tot last": a death wish said as a request.
        r"\blaat (?:me|mij)(?: (?:maar|toch|gewoon|nou|nu))* (?:doodgaan|dood gaan|sterven)\b",
        # Dying at home or in a hospice, or euthanasie: a route for the huisarts (see __init__).
        exclude=r"\b(?:thuis|hospice|euthanasie|palliatie\w*|versterven)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Not waking up would be fine: "als ik morgen niet wakker word, is het ook goed".
        r"\b(?:als|dat|wanneer) ik<adv> niet (?:meer )?wakker (?:word|wordt|zou worden)\b",
        also=(
            r"\b(?:is|vind ik|zou)(?: het| dat)?<adv> (?:ook )?(?:goed|prima|niet erg|best|fijn)\b|"
            r"\bniemand meer\b|\brust\b|\bopluchting\b|\bhoeft\b",
        ),
        exclude=r"\b(?:wekker|alarm|op tijd|te laat|uitslapen|verslapen|verslaap|operatie|"
        r"narcose|wie zorgt|wat gebeurt)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    # --- round 29 (held out, measured once, then learned from) -----------------------------------
    Rule(
        S,
        "suicide_decision",
        # A decision told as a fact: "ik heb besloten dat ik daarna niet verder ga".
        r"\b(?:besloten|besluit|beslist)\b(?: [a-z]+){0,4} (?:dat ik|om)(?: [a-z]+){0,3} niet "
        r"(?:meer )?verder (?:ga|gaan|te gaan|wil|kan)(?! met\b)\b",
        exclude=r"\b(?:zorg|zorgen|baan|werk|studie|relatie|verhuizing|huis|opleiding|steunpunt "
        r"niet|verpleeghuis)\b(?: [a-z]+){0,2}(?= \||$)",
        strength=V,
        negatable=False,
    ),
    Rule(
        S,
        "farewell",
        # Affairs in order and soon gone: "ik heb mijn zaken geregeld. ik ben er binnenkort niet
        # meer".
        r"\bik ben er<adv> (?:binnenkort|straks|snel|gauw|over (?:een|twee|een paar) "
        r"(?:dagen|weken)|na (?:de|het) \w+)<adv> niet meer\b|"
        # "pas na een paar dagen terugbellen? dan ben ik er misschien al niet meer".
        r"\bdan ben ik er<adv> niet meer\b",
        exclude=r"\b(?:als ik er|ziek|kanker|terminaal|ongeneeslijk|palliatie\w*|uitbehandeld|"
        r"euthanasie|hospice|verhuis\w*|vakantie|op reis|emigre\w*|weg voor|ziekenhuis|opname|"
        r"operatie)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    # --- round 32 (held out, measured once, then learned from) -----------------------------------
    Rule(
        S,
        "not_wanting_to_live",
        # Relief in the thought of stopping: "de gedachte dat ik er gewoon mee kan stoppen geeft me
        # rust". What would stop is not said: the assistant asks.
        r"\b(?:gedachte|idee)\b(?: [a-z]+){0,2} dat ik (?:er |ook )?(?:gewoon |zomaar |altijd )?"
        r"(?:mee|ermee) (?:kan|zou kunnen|mag) (?:stoppen|ophouden)\b",
        also=(r"\b(?:rust|troost|opluchting|fijn|kalm|elke dag)\b",),
        exclude=r"\b(?:met (?:de|het|mijn|die) (?:zorg|werk|baan|mantelzorg|studie|opleiding)|"
        r"als|wanneer|zodra|verpleeghuis|opname|plek|vrijwilligerswerk)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 37 (development, measured once, then learned from) --------------------------------
    Rule(
        S,
        "suicide_plan",
        # Fuel and fire put ready: "de jerrycan diesel en de aansteker al in de schuur gezet, voor als
        # ik er echt klaar mee ben".
        r"\b(?:jerrycan|benzine|diesel|brandstof|spiritus|terpentine|aansteker|lucifers)\b",
        also=(
            r"\b(?:klaar ?gezet|neergezet|in de schuur|klaarliggen|klaar liggen|staat klaar|"
            r"liggen klaar|al gezet|apart gezet)\b",
            r"\b(?:klaar mee|niet meer|voor als ik|als het (?:echt )?niet meer|genoeg|op ben)\b",
        ),
        exclude=r"\b(?:barbecue|bbq|grasmaaier|aggregaat|kachel aan|open haard|tractor|auto tanken)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # Not eating on purpose to end it: "ik eet al een week bijna niks meer, expres, dan is het
        # sneller klaar".
        r"\b(?:eet|drink|at|dronk|eten|drinken)\b(?: [a-z]+){0,4} (?:niks|niets|niet|bijna niks|"
        r"bijna niets) meer\b",
        also=(
            r"\b(?:expres|met opzet|bewust|sneller klaar|dan is het (?:sneller |eerder )?(?:klaar|"
            r"voorbij|over)|zodat het ophoudt|uithongeren)\b",
            r"\b(?:ik|mezelf|mijzelf)\b",
        ),
        exclude=r"\b(?:geen trek|misselijk|chemo|maagklachten|dieet|afvallen|ramadan|vasten|"
        r"(?:hij|ze|zij) (?:eet|drinkt))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # A letter for the children with affairs settled: "alles geregeld: het testament, de
        # reservesleutels bij de buren, een brief voor mijn dochter". Planning ahead is common in
        # care, so the assistant asks.
        r"\b(?:brief|brieven|briefje) (?:voor|aan) (?:mijn|de|m n) (?:dochter|zoon|kinderen|kids|man|"
        r"vrouw|zus|broer|familie)\b",
        also=(
            r"\b(?:alles geregeld|alles is geregeld|testament|sleutels|papieren op orde|zaken op orde|"
            r"na mij|na mijn dood|als ik er niet meer ben)\b",
        ),
        exclude=r"\b(?:sinterklaas|verjaardag|kerst|vakantie|op reis|opname|operatie|ziekenhuis)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- rounds 38 and 39 (development, measured once, then learned from) -----------------------
    Rule(
        S,
        "suicide_method",
        # Asking whether a height can be survived: "vroeg hoe hoog ons balkon is en of je dat
        # overleeft".
        r"\b(?:hoe hoog|hoeveel meter|hoeveel verdiepingen)\b",
        also=(
            r"\b(?:balkon|flat|brug|dak|verdieping|raam|viaduct|parkeergarage)\b",
            r"\b(?:overleef\w*|overleven|dood|overlijd\w*)\b",
        ),
        exclude=r"\b(?:trap ?lift|traplift|verhuiz\w*|valbeveiliging|balkonhek)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # The animals placed, the naaste in the hospice, and then nothing more: "alles is geregeld.
        # daarna hoef ik niet meer".
        r"\b(?:daarna|dan|na (?:morgen|vandaag|zijn dood|haar dood|de begrafenis)) hoef ik (?:het )?"
        r"niet meer\b",
        also=(
            r"\b(?:alles is geregeld|alles geregeld|de hond|de kat|weggegeven|naar de buren|"
            r"zaken op orde|afscheid)\b",
        ),
        exclude=r"\b(?:hoef ik niet meer (?:te|naar|elke|iedere|zo)|te rijden|te koken|op te staan)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 40 (development, measured once, then learned from) --------------------------------
    Rule(
        S,
        "suicide_plan",
        # A pact to go together: "mijn vrouw en ik hebben afgesproken dat we samen gaan als zij niet
        # meer thuis kan blijven". Going together somewhere else ("samen gaan verhuizen") is no pact.
        r"\b(?:afgesproken|besloten|beloofd|afspraak)\b(?: [a-z]+){0,3} dat (?:we|wij) samen (?:gaan|"
        r"stoppen|eruit stappen|uit het leven stappen|sterven)\b(?= (?:als|wanneer|zodra|\|)|$)",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 36 (held out, measured once, then learned from) -----------------------------------
    Rule(
        S,
        "suicide_method",
        # The pills of both put together: "ik heb de pillen van gerda en van mij bij elkaar gedaan in
        # een doosje, voor als het echt niet meer gaat, dan gaan we samen".
        r"\b(?:pillen|medicijnen|tabletten|slaappillen|medicatie)\b(?: [a-z]+){0,6} (?:bij elkaar "
        r"(?:gedaan|gelegd|gestopt)|samengevoegd|in een doosje (?:gedaan|gestopt))\b",
        also=(
            r"\b(?:samen gaan|gaan we samen|samen (?:stoppen|sterven)|niet meer gaat|als het (?:echt )?"
            r"niet meer|voor als|voor het geval)\b",
        ),
        exclude=r"\b(?:baxter\w*|weekdoos|medicijndoos|apotheek|per dag|s ochtends|s avonds|vergeten)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "death_wish",
        # Stopping with everything, not only with the care: "ik denk er steeds vaker aan om er gewoon
        # mee te stoppen. met alles, bedoel ik. niet alleen met de zorg".
        r"\b(?:mee (?:te )?stoppen|mee ophouden|mee kappen)\b",
        also=(
            r"\bmet alles\b|\bniet alleen (?:met )?de zorg\b|\bmet het leven\b",
            r"\b(?:denk|dacht|gedachte\w*|zin|wil|wilde|liefst|steeds vaker)\b",
        ),
        exclude=r"\b(?:roken|drinken|werk|baan|studie|sport|vereniging|koor|vrijwilligers\w*|"
        r"opleiding|cursus|dagbesteding)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 42 (development, measured once, then learned from) --------------------------------
    Rule(
        S,
        "suicide_method",
        # "ik sta bij de trein te wachten en denk hoe makkelijk het zou zijn om gewoon een stap te
        # zetten"
        r"\b(?:een|n) (?:stap|stapje) (?:te )?(?:zetten|doen|naar voren|opzij)\b|\bnaar voren te stappen\b",
        also=(
            r"\b(?:trein|spoor|perron|rails|rand|dak|brug|balkon|reling|metro)\b",
            r"\b(?:makkelijk|eenvoudig|simpel|zou zijn|denk|dacht|gedachte\w*|verleidelijk)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # Going together before it gets worse: "mijn vrouw zegt steeds dat we samen moeten gaan, zij
        # en ik, voordat de dementie erger wordt. ik begin te denken dat ze gelijk heeft".
        r"\b(?:we|wij) samen (?:moeten |zullen |willen |mogen )?(?:gaan|stoppen|eruit stappen)\b"
        r"(?=(?: [a-z|]+){0,6} (?:voordat|voor het|als|wanneer|zodra)\b)",
        also=(r"\b(?:dementie|ziekte|erger|gelijk|niet meer|afgesproken|verpleeghuis)\b",),
        exclude=r"\b(?:verhuiz\w*|wonen|op vakantie|naar (?:de|het|een)|winkel\w*|wandel\w*|fietsen|"
        r"eten|slapen|kijken|langs|ophalen)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 44 (held out, measured once, then learned from) -----------------------------------
    Rule(
        S,
        "death_wish",
        # "wat mij betreft mag het leven nu wel ophouden. niet dramatisch bedoeld, ik ben gewoon klaar"
        r"\b(?:mag|mocht|mogen) (?:het leven|mijn leven) (?:nu |voor mij )?(?:wel |best )?(?:ophouden|"
        r"stoppen|voorbij zijn|afgelopen zijn)\b",
        negatable=False,
    ),
    # --- round 46 (development) ----------------------------------------------------------------
    Rule(
        S,
        "death_wish",
        # "ik heb besloten dat ik na de begrafenis van mijn man ook niet meer hoef": a decision.
        r"\b(?:ook )?niet meer (?:hoef|hoeven)<end>",
        also=(
            r"\b(?:besloten|beslist|besluit|na de begrafenis|na zijn dood|na haar dood|als (?:hij|ze|"
            r"zij) er niet meer is)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "farewell",
        # Goodbyes said and nobody to care for any more: "heb afscheid genomen van de hond en van
        # de buurvrouw. morgen hoeft niemand meer voor mij te zorgen".
        r"\bafscheid (?:genomen|gedaan|nemen|neem)\b",
        also=(
            r"\b(?:hoeft niemand|niemand (?:\w+ )?meer (?:voor (?:mij|me)|hoeft)|ben ik er niet meer|"
            r"niet meer (?:hoef|hoeven)|ik niet meer voor)\b",
        ),
        exclude=r"\b(?:overleden|gestorven|overleed|stierf|begrafenis|crematie|uitvaart|hospice|"
        r"verhuiz\w*|vakantie|collega\w*|pensioen|afscheidsfeest\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_method",
        # "als dit zo doorgaat loop ik gewoon de zee in": the idiom is asked about, not assumed.
        r"\b(?:loop|lopen|loopt|wandel|wandelen|rij|rijd|rijden)\b(?: [a-z]+){0,3} (?:de zee|het "
        r"water|de rivier|de gracht|het meer|de vaart|het kanaal|de plas) in\b",
        exclude=r"\b(?:zwemmen|pootjebaden|zomer|strand\w*|vakantie|met de hond|rolstoel)\b",
        negatable=False,
        strength=V,
    ),
    # --- round 47 (development) ----------------------------------------------------------------
    Rule(
        S,
        "farewell",
        # "heb de hond naar mn zus gebracht en mn wachtwoorden op een briefje gezet. ... bedankt
        # voor alles": affairs put in order, and thanks as a goodbye.
        r"\bbedankt voor alles\b",
        also=(
            r"\b(?:wachtwoorden|hond|kat|poes|testament|briefje|brief|brieven|sleutels?|papieren)\b"
            r"(?: [a-z]+){0,5} (?:gebracht|gezet|geschreven|geregeld|opgeschreven|gegeven|"
            r"ondergebracht|neergelegd|klaargelegd)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 48 (development) ----------------------------------------------------------------
    Rule(
        S,
        "suicide_plan",
        # "vanavond gaan mijn vrouw en ik samen slapen met wat de huisarts ons heeft voorgeschreven"
        r"\bsamen (?:gaan )?(?:in ?slapen|slapen|inslapen) met\b",
        exclude=r"\b(?:verhuiz\w*|wonen|op vakantie|logeren)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "mijn man en ik hebben besloten dat we dit weekend samen gaan": veiled without a means.
        r"\b(?:besloten|afgesproken)\b(?: [a-z]+){0,6} samen (?:gaan|stoppen|eruit stappen|inslapen)\b",
        exclude=r"\b(?:verhuiz\w*|wonen|op vakantie|naar (?:de|het|een)|logeren)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # "mijn zaken zijn geregeld ... u hoeft niets meer voor ons te doen"
        r"\b(?:u|jullie|je) (?:hoeft|hoeven)<adv> niets meer (?:voor (?:ons|mij|me) )?te doen\b",
        also=(
            r"\b(?:zaken (?:zijn )?geregeld|notaris|testament|ondergebracht|kat|hond|afscheid|"
            r"bedankt|bedanken)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_method",
        # "hoe hoog moet een brug eigenlijk zijn zodat het zeker lukt? is voor vanavond"
        r"\bhoe hoog\b(?: [a-z]+){0,5} (?:brug|flat|dak|gebouw|verdieping|balkon|toren)\b",
        also=(r"\b(?:lukt|zeker|dood|overleef\w*|voor vanavond|voor vannacht|voor straks)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 52 (development) ----------------------------------------------------------------
    Rule(
        S,
        "death_wish",
        # "maar eigenlijk maakt het niet zoveel uit want volgende maand ben ik er toch niet meer",
        # "als ik er zaterdag niet meer ben": not being there any more, on a day of one's own.
        r"\b(?:ik er|ben ik er)\b(?: [a-z]+){0,2} (?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
        r"zaterdag|zondag|morgen|vanavond|vannacht|volgende (?:week|maand)|over een (?:week|maand))\b"
        r"(?: [a-z]+){0,2} niet meer\b|"
        r"\b(?:volgende (?:week|maand)|over een (?:week|maand))\b(?: [a-z]+){0,1} ben ik er (?:toch |dan )?"
        r"niet meer\b",
        exclude=r"\b(?:vakantie|op reis|weg naar|verhuis\w*|opname|opgenomen|ziekenhuis|operatie|"
        r"kanker|terminaal|uitgezaaid|palliatie\w*|cursus|congres)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # "dan heb ik rust om alles op te ruimen en mijn zaken te regelen voordat ik ga. zij mag
        # niet degene zijn die mij vindt"
        r"\b(?:degene|diegene|de persoon|de eerste|iemand|niemand|wie)\b(?: [a-z]+){0,2} die (?:mij|me) "
        r"(?:straks |dan |later |morgen )?(?:vindt|vind|zal vinden|gaat vinden)\b|"
        r"\b(?:mag|moet|wil|zal) (?:mij|me) (?:niet )?(?:straks |dan |morgen )?vinden\b",
        exclude=r"\b(?:verstoppertje|kwijt|verdwaald|zoek\w*|verstop\w*|leuk vindt|aardig vindt)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 51 (development) ----------------------------------------------------------------
    Rule(
        S,
        "death_wish",
        # "ik ben niet van plan hier nog lang te zijn, als u begrijpt wat ik bedoel"
        r"\bniet van plan\b(?: [a-z]+){0,3} (?:nog )?(?:lang|langer) (?:te )?(?:zijn|blijven|leven|"
        r"door te gaan|mee te gaan)\b",
        also=(
            r"\b(?:begrijpt wat ik bedoel|snapt wat ik bedoel|weet wat ik bedoel|snap je wel|"
            r"overneemt|overnemen|afscheid|niet meer)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # "heb mijn spaargeld al naar mijn dochter overgemaakt en de kat naar de buren gebracht. het
        # komt goed.": a life put in others' hands.
        r"\b(?:kat|poes|hond|katten|honden|konijn|vogel|vogels)\b(?: [a-z]+){0,2} (?:naar|bij) "
        r"(?:de|mijn|een|m n|onze) [a-z]+ (?:gebracht|ondergebracht|gegeven|weggebracht)\b",
        also=(
            r"\b(?:spaargeld|geld|sieraden|wachtwoorden|testament|brief|afscheid)\b(?: [a-z]+){0,5} "
            r"(?:overgemaakt|gegeven|geschreven|weggegeven|geregeld|klaar)\b|\bhet komt goed\b",
        ),
        exclude=r"\b(?:vakantie|op reis|ziekenhuis|opname|opgenomen|verhuis\w*|allergi\w*)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 49 (development) ----------------------------------------------------------------
    Rule(
        S,
        "suicide_plan",
        # "vanavond stappen mijn vrouw en ik er samen uit ... alles ligt klaar"
        r"\b(?:stappen|stap)\b(?: [a-z]+){0,4} er samen uit\b",
        negatable=False,
        strength=V,
    ),
    # --- round 45 (held out, measured once at the end of the thirteenth round, then learned from) ---
    Rule(
        S,
        "farewell",
        # "ik heb de administratie op orde gebracht, de kat gaat naar mijn zus en de code van mijn
        # telefoon ligt in de la. als mijn man straks naar de dagopvang is ben ik er klaar mee"
        r"\b(?:administratie|zaken|papieren|zaakjes)\b(?: [a-z]+){0,2} op orde\b|"
        r"\bcode van (?:mijn|m n) telefoon\b|\bwachtwoorden\b",
        also=(r"\b(?:klaar mee|er klaar mee|niet meer hoef|ben ik er niet meer|genoeg geweest)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "als Henk naar het verpleeghuis moet, gaan we samen. dat hebben we zo afgesproken."
        r"\b(?:gaan|stappen) (?:we|wij) samen(?: eruit| uit)?<end>",
        also=(r"\b(?:afgesproken|besloten|verpleeghuis|niet meer herkent|erger wordt)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "een brief voor mijn dochter bij de uitvaartpolis ... maakt ook niet zoveel meer uit"
        r"\bmaakt<adv> (?:niet (?:zoveel |zo veel |veel )?meer|allemaal niet meer) uit\b",
        also=(r"\b(?:brief|uitvaart\w*|testament|afscheid|begrafenis)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # The naaste's wish: "als ik jou niet meer herken, wil ik dat je me helpt om te gaan"
        r"\b(?:helpt|helpen|help) om te gaan\b|\b(?:helpt|helpen|help) (?:om )?(?:te sterven|dood te gaan|"
        r"er uit te stappen|eruit te stappen)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # "hij vroeg of ik de wachtwoorden van zijn mail en bank wilde, dan hoef jij straks niks uit
        # te zoeken. deze week heeft hij ook zijn gitaren weggegeven."
        r"\b(?:weggegeven|weg gegeven|weggeeft|weg geeft)\b",
        also=(r"\b(?:wachtwoorden|niks uit (?:te )?zoeken|niets uit (?:te )?zoeken)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "ik heb besloten dat ik ermee ophoud. met alles, bedoel ik." (round 46, which the model
        # alone had caught at first sight)
        r"\b(?:besloten|beslist|besluit)\b(?: [a-z]+){0,4} (?:ermee|er mee) (?:ophoud|op hou|ophou|stop|kap)\b",
        also=(r"\b(?:met alles|niet meer ben|er niet meer|voorgoed)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 57 (held out, measured once at the end of the sixteenth round, then learned from) ---
    Rule(
        S,
        "suicide_thoughts",
        # "Soms denk ik dat mijn moeder en ik samen moeten gaan. Gewoon samen in slaap vallen en klaar."
        r"\bsamen (?:in slaap (?:vallen|valllen)|inslapen|in te slapen|moeten gaan|gaan sterven|dood)\b(?: [a-z]+){0,2} "
        r"(?:en klaar|voorgoed|en nooit meer|en niet meer wakker)\b|\bsamen moeten gaan\b",
        exclude=r"\bsamen (?:\w+ ){0,2}(?:naar de|naar het|op vakantie|boodschappen|winkel|markt|wandelen)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "Ik fiets elke dag langs de spoorwegovergang en denk dan, het zou zo makkelijk zijn."
        r"\b(?:het zou|zou het) (?:zo|heel|toch zo) (?:makkelijk|simpel|eenvoudig) zijn\b",
        also=(
            r"\b(?:spoor\w*|trein\w*|brug|water|snelweg|perron|rails|flat|dak|pillen|overgang)\b",
        ),
        # "het zou zo makkelijk zijn als de trein op tijd reed": a wish about something else.
        exclude=r"\bmakkelijk zijn als (?!ik\b)",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_plan",
        # "ik heb al opgezocht hoeveel van haar morfine je nodig hebt"
        rf"\b(?:opgezocht|gegoogeld|uitgezocht|nagezocht|gezocht)\b(?: [a-z]+){{0,2}} hoeveel\b(?: [a-z]+){{0,3}} "
        rf"(?:{DRUGS}|\bvan (?:haar|zijn|die) \w+)(?: [a-z]+){{0,3}} (?:je|ik|iemand|men) nodig (?:hebt|heb|heeft)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "farewell",
        # "Ik schrijf dit om afscheid te nemen, u bent de enige aan wie ik het kan vertellen."
        r"\b(?:ik )?(?:schrijf|stuur|typ|zeg) (?:dit|u dit|je dit|jullie dit|dit bericht)\b(?: [a-z]+){0,2} "
        r"om afscheid te nemen\b",
        exclude=r"\b(?:verhui[sz]\w*|uitvaart van|begrafenis van|crematie van|overleden|collega|baan|"
        r"groep|mantelzorggroep|club|vereniging|team|koor)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "al een week de moed bij elkaar probeer te rapen om het echt te doen. mijn man merkt er
        # niks van"
        r"\bmoed\b(?: [a-z]+){0,5} (?:rapen|verzamelen|vinden|opbrengen|op te brengen|heb|had)\b(?: [a-z]+){0,2} "
        r"om het (?:echt |nu |gewoon |toch )?te doen\b",
        also=(
            r"\b(?:niet verteld|merkt er (?:niks|niets)|niemand weet|burn ?out|dood|leven|weet niemand)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "De huisarts vroeg of ik aan de dood denk. Ik zei nee. Maar eigenlijk ja, bijna elke dag
        # stel ik me voor dat ik gewoon niet meer thuiskom."
        r"\baan de dood (?:denk|dacht)\b|\b(?:denk|dacht) (?:ik )?(?:\w+ ){0,2}aan de dood\b",
        also=(
            r"\b(?:eigenlijk (?:ja|wel)|maar ja|stiekem wel|toch wel|elke dag|bijna elke dag)\b",
        ),
        exclude=r"\b(?:van (?:mijn|haar|zijn) (?:moeder|vader|man|vrouw)|ziekte|diagnose)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # "stel ik me voor dat ik gewoon niet meer thuiskom"
        r"\bstel (?:ik )?me (?:vaak |soms |steeds )?voor dat ik (?:\w+ ){0,2}niet meer (?:thuiskom|thuis kom|"
        r"terugkom|terug kom|wakker word|besta)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 59 (held out, measured once at the end of the seventeenth round, then learned from) ---
    Rule(
        S,
        "suicide_thoughts",
        # "ik heb al een paar keer opgezocht hoe je er zonder pijn uit kunt stappen"
        r"\bhoe (?:je|ik|men)\b(?: [a-z]+){0,3} zonder pijn\b(?: [a-z]+){0,2} (?:uit (?:kunt |kan )?stappen|"
        r"eruit|er uit|dood|sterven|een eind)\b|\bzonder pijn (?:\w+ ){0,2}(?:dood|sterven|eruit|er uit)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "Ik heb mijn zaken op orde gebracht en een brief voor mijn kinderen geschreven. Ik verzoek u
        # om na mijn overlijden de gemeente te informeren."
        r"\bna mijn (?:overlijden|dood)\b",
        also=(
            r"\b(?:zaken (?:\w+ )?op orde|op orde gebracht|brief voor|niet langer (?:kan )?dragen|verzoek)\b",
        ),
        exclude=r"\b(?:testament|notaris|levenstestament|kanker|terminaal|palliatie\w*|wilsverklaring)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # "laat die kanker maar winnen, dan ben ik ervan af. Ik zou niet eens meer vechten."; "ik ben
        # niet van plan om de 70 te halen"; "dat ik mijn pillen niet meer neem. Dan gaat het maar
        # zoals het gaat."
        r"\blaat (?:die |de |het )?\w+ maar winnen\b|\bniet (?:eens )?meer (?:willen )?vechten\b|"
        r"\bniet van plan (?:om )?(?:de )?(?:\d+|oud|ouder) (?:te halen|te worden)\b|"
        r"\b(?:mijn|m n) (?:pillen|medicijnen|medicatie) niet meer (?:neem|in te nemen|innemen|slik)\b"
        r"(?=.*\b(?:zoals het gaat|maakt niet uit|dan is het klaar|laat het maar|hoeft niet meer)\b)",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "te bedenken of ik op de terugweg gewoon tegen een boom aan zal rijden"
        r"\btegen een (?:boom|pijler|muur|vrachtwagen|viaduct)(?: aan)? (?:zal |ga |te |zou )?(?:rijden|rij|"
        r"knallen|sturen|klappen)\b",
        exclude=r"\b(?:gebotst|ongeluk gehad|botsing|schade|bijna|schrok)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # "dan lig ik te denken dat ik het beste gewoon niet meer wakker kan worden, dan is het voor
        # iedereen klaar"
        r"\bniet meer wakker (?:kan |zou |hoef |zal )?(?:worden|word)\b",
        also=(r"\b(?:het beste|voor iedereen|klaar|liefst|liever|fijn|rust)\b",),
        exclude=r"\b(?:narcose|operatie|bang dat (?:ze|hij|zij)|vraagt of (?:ze|hij|zij))\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "als ik nog één keer die deurbel hoor ga ik van de brug af. Nou ja, half grapje. Ik denk er
        # best vaak aan eigenlijk."
        r"\bga ik van (?:de|het) (?:brug|dak|flat|balkon) (?:af|springen)\b",
        also=(r"\b(?:denk er (?:\w+ ){0,2}aan|half grapje|geen grap|eigenlijk)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 62 (held out, measured once at the end of the eighteenth round, then learned from) ---
    Rule(
        S,
        "farewell",
        # A formal letter: "dat ik na 22 jaar zorg voor mijn dochter mijn taak neerleg. Ik heb alles
        # geregeld voor na mijn overlijden"
        r"\bgeregeld voor na mijn (?:overlijden|dood|heengaan)\b",
        also=(
            r"\b(?:taak neerleg|neerleggen|neer leg|zorgen dat (?:zij|hij)|goede plek|verzoek u|"
            r"kan niet meer|stop)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # The naaste: "mam je hoeft je over een tijdje geen zorgen meer om mij te maken, dan is het
        # klaar" and his guitar given away
        r"\bgeen zorgen meer (?:om|over) (?:mij|me) (?:te )?maken\b",
        also=(
            r"\b(?:klaar|opgeruimd|weggegeven|gegeven aan|afscheid|over een tijdje|binnenkort)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "maakt ook niet meer uit want na deze zomer ben ik er toch niet meer"
        r"\b(?:na|voor|over|tegen) (?:deze |de |een |het )?(?:zomer|winter|kerst|maand|vakantie|"
        r"jaar|voorjaar|najaar)\b(?: [a-z]+){0,2} ben ik er (?:toch |dan |al |ook )?niet meer\b",
        exclude=r"\b(?:verhuis\w*|emigr\w*|op reis|vakantie (?:naar|in)|stage|studie|werk)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "Mijn huisarts vroeg of ik weleens aan de dood denk. Ik zei nee. Maar dat was gelogen, ik
        # denk er elke avond aan"
        r"\bik denk er (?:elke|iedere) (?:avond|dag|nacht|ochtend) aan\b|\bdat was gelogen\b",
        also=(r"\b(?:aan de dood|doodgaan|sterven|zelfmoord|er niet meer (?:zijn|te zijn))\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "ik denk dat ik mijn vrouw en mezelf beter samen kan laten inslapen ... ik heb al nagedacht
        # over hoe"
        r"\bsamen (?:\w+ ){0,2}(?:laten )?inslapen\b|\b(?:mezelf|mijzelf) (?:\w+ ){0,3}laten inslapen\b",
        exclude=r"\b(?:dierenarts|hond|kat|poes|huisdier\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "hopelessness",
        # "wat gebeurt er met de zorg voor mijn broer als ik er niet meer ben? ik vraag het niet voor
        # later maar voor binnenkort"
        r"\bniet voor later maar (?:voor )?(?:binnenkort|nu|snel|deze week|straks)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 67 (development: violence and abuse told calmly or formally) ----------------------
    Rule(
        S,
        "suicide_plan",
        # "regelen wie voor mijn vrouw zorgt voor als ik er niet meer ben. Dat zal niet zo lang meer
        # duren, ik heb het wel zo'n beetje besloten"; "wat gebeurt er met het pgb van mijn zoon als ik
        # overlijd? ... omdat ik niet van plan ben nog lang door te gaan"
        r"\b(?:als|wanneer) ik er niet meer ben\b|\bals ik (?:overlijd|kom te overlijden|dood ben|dood "
        r"ga|doodga|sterf)\b|\bindien ik (?:kom te )?overlijd\w*\b|\b(?:mijn|de) uitvaart\b",
        also=(
            r"\b(?:(?:heb|had) (?:het )?(?:\w+ ){0,4}besloten|niet (?:zo )?lang meer (?:duren|duurt)|"
            r"sneller (?:zijn|gaan|komen) dan (?:iedereen|jullie|men|je|u) denkt|niet van plan(?: ben| "
            r"was)? (?:om )?(?:nog )?(?:lang|langer)|zelf een einde|er een einde aan)\b",
        ),
        exclude=r"\b(?:ongeneeslijk|terminaal|uitbehandeld|kanker|palliatie\w*|de dokter zegt|de "
        r"arts zegt|ziek ben)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "Ik heb besloten dat ik er in het voorjaar zelf een einde aan maak."
        r"\ber\b(?: [a-z]+){1,4} (?:zelf )?een einde aan (?:maak|maken|te maken|maakt)\b",
        also=("<ik>",),
        scope="message",
    ),
    # --- round 65 (development: elderly and rural caregivers, dialect, the last phase) ----------
    Rule(
        S,
        "suicide_means",
        # The naaste: "zegt steeds dat hij alleen nog een last is. Gisteren heeft hij zijn oude
        # jachtgeweer van zolder gehaald en naast zijn bed gezet."
        rf"\b{WEAPONS}\b(?: [a-z]+){{0,5}} (?:naast (?:zijn|haar|mijn) bed|onder (?:zijn|haar) "
        r"(?:kussen|bed)|van zolder (?:gehaald|gepakt)|tevoorschijn gehaald)\b",
        also=(r"\b(?:last|niet meer|geen zin|dood|klaar|jaagt (?:al )?(?:\w+ ){0,3}niet meer)\b",),
        exclude=r"\b(?:schoonmaken|verkopen|inleveren|politie ophalen|vergunning)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "ik zou het liefst samen met haar ophouden, dan zijn we allebei vrij" (Limburgs, normalised)
        r"\bsamen (?:met (?:haar|hem) )?(?:ophouden|stoppen|er een eind aan maken|een eind maken)\b",
        also=(r"\b(?:allebei|beiden|zij wil|hij wil|liefst|vrij|over gehad|er al over)\b",),
        exclude=r"\b(?:werk\w*|met roken|met drinken|zingen|koor|vereniging|club)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "Als mijn vrouw straks overlijdt ... dan ga ik dezelfde dag. Ik heb genoeg van mijn eigen
        # hartpillen opgespaard."
        r"\b(?:dan|daarna) ga ik (?:ook|dezelfde dag|mee|met (?:haar|hem) mee|ook maar)\b",
        also=(
            r"\b(?:overlijdt|overleden|overlijden|dood|euthanasie|sterft|opgespaard|gespaard)\b",
        ),
        exclude=r"\b(?:naar huis|naar bed|boodschappen|op vakantie|naar de)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 64 (development: WhatsApp style, shame, minimising) ------------------------------
    Rule(
        S,
        "hopelessness",
        # "soms denk ik gewoon als ik er niet was zou niemand het merken haha"
        r"\bals ik er niet (?:meer )?(?:was|ben|zou zijn|meer was)\b(?: [a-z]+){0,4} (?:zou )?(?:niemand|"
        r"merkt niemand|maakt het (?:niks|niets) uit|mist niemand)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "soms denk ik ik wil gewoon bij Allah zijn niet meer hier"
        r"\bwil (?:\w+ ){0,2}bij (?:allah|god|de heer|jezus|(?:mijn|m n) (?:moeder|vader|man|vrouw|"
        r"oma|opa) (?:in de hemel|boven)) zijn\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        # "jullie redden je wel zonder mij" (and her jewellery given to the children)
        r"\b(?:redden|red|rooien) (?:jullie|je|het|jij|ze|u) (?:\w+ )?(?:wel|prima|best) zonder (?:mij|me)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "soms wil ik gewoon verdwijnen / niet weglopen ofzo / verdwijnen verdwijnen"
        r"\bverdwijnen\b",
        also=(
            r"\b(?:niet weglopen|verdwijnen verdwijnen|voorgoed|voor altijd|van de aardbodem|"
            r"echt verdwijnen|helemaal verdwijnen)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # "dit is de laatste keer dat je iets van me hoort"
        LAST_TIME_YOU_HEAR_FROM_ME,
        scope="message",
        negatable=False,
    ),
    # --- round 61 (development: danger to life now) -----------------------------------------
    Rule(
        S,
        "suicide_thoughts",
        # "als die vrachtwagen me nou raakt, dan is het klaar. Ik zou het zelf nooit doen hoor."
        r"\bals (?:die|een|de) (?:vrachtwagen|trein|auto|bus|tram)\b(?: [a-z]+){0,3} (?:raakt|aanrijdt|"
        r"overrijdt|schept|pakt)\b",
        also=(r"\b(?:klaar|over|rust|voorbij|weg)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_plan",
        # The naaste: "vraagt of ik haar pillen voor haar wil sparen" (and does not want to wake up)
        r"\b(?:pillen|tabletten|medicijnen|slaappillen)\b(?: [a-z]+){0,3} (?:wil |moet |zou )?sparen\b|"
        r"\bsparen\b(?: [a-z]+){0,3} (?:pillen|tabletten|slaappillen)\b",
        exclude=r"\b(?:geld|spaarpot|zegels|punten)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 60 (development) ----------------------------------------------------------------
    Rule(
        S,
        "suicide_thoughts",
        # "ik heb al een paar keer gegoogled hoe je het pijnloos kan doen"
        r"\bhoe (?:je|ik|men|jij) (?:het|er een eind aan kan maken|er uit kan stappen)(?: [a-z]+){0,2} "
        r"pijnloos\b|\bpijnloos (?:\w+ ){0,2}(?:dood|sterven|doodgaan|eruit|er uit|een eind|inslapen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "ik heb een plan gemaakt voor als mijn man straks naar het verpleeghuis gaat. Dan hoef ik
        # hier ook niet meer te zijn."
        r"\b(?:hoef|hoeft|wil|hoeven) (?:ik|je)(?: [a-z]+){0,2} niet meer (?:te )?(?:zijn|bestaan)\b",
        also=(r"\b(?:plan|besloten|geregeld|voorbereid|klaar)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # The same without a plan told: "als hij weg is hoef ik hier ook niet meer te zijn".
        r"\b(?:hoef|hoeft|hoeven) (?:ik|je) hier (?:ook |dan )?niet meer te zijn\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_plan",
        # The naaste: "hij heeft het jachtgeweer nog en 'regelt het zelf wel' voordat hij een last
        # wordt".
        r"\b(?:jachtgeweer|geweer|pistool|vuurwapen|wapen)\b",
        also=(
            r"\b(?:zelf wel regelt|zelf regelt|zelf wel regelen|zelf wel oplost|een last wordt|"
            r"tot last (?:is|wordt|valt)|er een eind aan|niet meer wakker)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "soms sta ik bij het spoor te wachten en denk ik, 1 stap"
        r"\b(?:1|een|één) (?:stap|stapje)(?= \||$| en| naar voren| vooruit)",
        also=(r"\b(?:spoor|spoorlijn|trein|treinen|perron|overweg|rand|dak|brug|flat|afgrond)\b",),
        exclude=r"\bstap voor stap\b|\b(?:een|1) stap (?:verder|terug|in de goede)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 58 (development) ----------------------------------------------------------------
    Rule(
        S,
        "not_wanting_to_live",
        # "niemand merkt het toch als ik er niet meer ben 🙃"
        r"\bniemand (?:merkt|mist|ziet|hoort|vindt)\b(?: [a-z]+){0,2} (?:als|wanneer|dat) ik er (?:straks )?"
        r"niet meer (?:ben|zou zijn|zijn)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "soms rij ik op de a28 en denk ik gewoon stuur omgooien en klaar"
        r"\b(?:stuur|het stuur) (?:omgooien|omgooi|omgooit|omtrekken|omtrek|omrukken|omruk|omdraaien)\b",
        also=(
            r"\b(?:klaar|rij|rijd|rijden|snelweg|a[0-9]+|boom|vrachtwagen|tegenligger|viaduct|denk)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 55 (development) ----------------------------------------------------------------
    Rule(
        S,
        "farewell",
        # "ik heb brieven geschreven voor mijn kinderen en ze in de la gelegd. het voelt rustig nu ik
        # weet hoe het afloopt."
        r"\b(?:brieven|brief|briefjes|afscheidsbrie\w+)\b(?: [a-z]+){0,3} (?:geschreven|klaargelegd|"
        r"klaar gelegd|neergelegd|achtergelaten) voor (?:mijn|de|m n) (?:kinderen|kids|man|vrouw|dochter|"
        r"zoon|dochters|zoons|ouders|familie|partner)\b",
        also=(
            # Not "voor als ik er niet meer ben" alone: a parent who is ill writes such letters too.
            r"\b(?:hoe het afloopt|in de la gelegd|het is goed zo)\b",
        ),
        exclude=r"\b(?:sinterklaas|verjaardag|kerst|school|juf|meester|kaartje|bedankt)\w*",
        scope="message",
        negatable=False,
    ),
    # --- round 54 (held out, measured once at the end of the fifteenth round, then learned from) ---
    Rule(
        S,
        "suicide_plan",
        # "vorige week zei hij dat het voor hem niet meer hoeft en dat hij al bedacht heeft hoe"
        r"\b(?:al )?bedacht (?:heeft |hebt |heb |had )?hoe\b|\bweet (?:al )?hoe (?:ik|hij|ze) het (?:ga|gaat) doen\b",
        also=(
            r"\b(?:niet meer hoeft|hoeft niet meer|niet meer wil|wil niet meer|dood|er een eind aan|leven)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "zou het erg zijn als ik de auto op de terugweg gewoon een keer niet de bocht om stuur"
        r"\bniet de bocht om (?:stuur|sturen|stuurt|ga)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # "het enige waar ik nog naar uitkijk is dat het ophoudt. niet de zorg, ik bedoel alles. mijn
        # hele leven."
        r"\b(?:uitkijk|uit kijk|verlang)\w*\b(?: [a-z]+){0,3} (?:is )?dat (?:het|alles) (?:ophoudt|stopt|voorbij is)\b",
        also=(r"\b(?:ik bedoel alles|mijn hele leven|niet de zorg|alles)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "mijn eigen uitvaart al doorgegeven. mijn man gaat morgen naar de logeeropvang, dan is hij
        # goed verzorgd en kan ik doen wat ik van plan ben"
        r"\b(?:kan|ga|mag) ik doen wat ik (?:van plan ben|wil doen|besloten heb|heb besloten)\b",
        also=(
            r"\b(?:uitvaart\w*|afscheid\w*|testament|goed verzorgd|opgevangen|niemand meer nodig)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 50, learned again after the model of this round lost it --------------------------
    Rule(
        S,
        "not_wanting_to_live",
        # "een nummer voor als je echt nergens meer zin in hebt, ook niet in leven? vraag voor mezelf"
        r"\b(?:nergens|geen) (?:meer )?zin in\b(?: [a-z|]+){0,5} (?:ook )?(?:niet|geen) (?:meer )?in "
        r"(?:het |mijn )?leven\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "vanavond neem ik ze allemaal in, ze liggen al klaar op het nachtkastje"
        r"\b(?:neem|slik) ik (?:ze|die|ze gewoon|die gewoon) (?:allemaal|tegelijk|in een keer|in 1 keer) "
        r"(?:in|op)\b|\bik (?:neem|slik) (?:ze|die) (?:allemaal|tegelijk|in een keer|in 1 keer)\b",
        exclude=r"\b(?:vitamine\w*|snoep\w*|dokter zegt|arts zegt|voorgeschreven)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "ik houd het niet meer, ik ga zo de snelweg op en dan gewoon niet meer remmen"
        r"\b(?:en dan|dan) (?:gewoon )?niet (?:meer )?(?:remmen|sturen|uitwijken)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_thoughts",
        # "als ik op de fiets zit: een keer niet kijken bij dat kruispunt met de vrachtwagens en alles
        # is opgelost"
        r"\b(?:een keer|1 keer|even|gewoon) niet (?:kijken|opletten|uitkijken|remmen|sturen|stoppen)\b",
        also=(
            r"\b(?:alles is opgelost|is alles opgelost|is het voorbij|alles voorbij|dan is het klaar|"
            r"dan hoeft|vrachtwagen\w*|trein|tegenligger\w*|kruispunt|snelweg)\b",
        ),
        exclude=PAST,
        scope="message",
        negatable=False,
    ),
    # --- round 53 (development) ----------------------------------------------------------------
    Rule(
        S,
        "suicide_plan",
        # "alle pillen uit de baxterrol op het aanrecht gelegd. niet voor hem, voor mij."
        r"\bniet voor (?:hem|haar|hen|mijn (?:vader|moeder|man|vrouw))\b(?: [a-z]+){0,2} (?:maar )?"
        r"voor (?:mij|mezelf|mijzelf)\b",
        also=(DRUGS,),
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "suicide_plan",
        # "ik spaar al een paar weken de oxazepam van mijn vader op, niet voor hem"
        r"\bniet voor (?:hem|haar|hen|mijn (?:vader|moeder|man|vrouw))\b",
        also=(
            DRUGS,
            r"\b(?:spaar|spaarde|gespaard|opgespaard|verzamel\w*|hamster\w*|apart|gehaald|gelegd|"
            r"klaargelegd|klaar)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "als die vrachtwagen me nou raakt is het ook prima"
        r"\bals\b(?: [a-z]+){0,4} (?:me|mij) (?:nou |nu |eens |gewoon |een keer )?(?:raakt|aanrijdt|"
        r"overrijdt|schept|meeneemt|overhoop rijdt)\b",
        also=(
            r"\b(?:prima|ook goed|ook best|niet erg|maakt (?:me )?niet uit|vind ik niet erg|mag)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "farewell",
        # "ze heeft de tekst voor haar rouwkaart al uitgezocht en geeft haar sieraden weg. lichamelijk
        # mankeert ze niks"
        r"\b(?:rouwkaart\w*|uitvaart\w*|begrafenis\w*|crematie\w*)\b(?: [a-z]+){0,4} (?:al )?"
        r"(?:uitgezocht|geregeld|gekozen|uitgekozen|geschreven|besteld)\b",
        also=(
            r"\b(?:depressie\w*|depressief|somber\w*|mankeert (?:ze|hij|zij) niks|mankeert (?:ze|hij|zij) "
            r"niets|weg ?geeft|weggegeven|weg gegeven|geeft (?:\w+ ){0,4}weg)\b",
        ),
        exclude=r"\b(?:kanker|terminaal|uitgezaaid|palliatie\w*|hospice|euthanasie\w*|ongeneeslijk)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "death_wish",
        # "wat gebeurt er met mijn dochter als ik er niet meer ben? en dan bedoel ik niet over 30 jaar"
        r"\b(?:als|wanneer) ik er (?:\w+ )?niet meer (?:ben|zou zijn)\b",
        also=(
            r"\b(?:bedoel ik niet (?:over|later|pas)|niet over (?:[0-9]+|dertig|twintig|tien|vijf) jaar|"
            r"eerder dan (?:je|u|jullie) denkt|binnenkort al|heel binnenkort)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 50 (held out, measured once at the end of the fourteenth round, then learned from) ---
    Rule(
        S,
        "suicide_plan",
        # "vanavond als hij slaapt neem ik alles in wat er in de kast ligt"
        r"\b(?:neem|slik) ik\b(?: [a-z]+){0,3} (?:alles|alle|de hele|al)\b(?: [a-z]+){0,6} in\b|"
        r"\bik (?:neem|slik)\b(?: [a-z]+){0,3} (?:alles|alle|de hele)\b(?: [a-z]+){0,6} in\b",
        exclude=r"\b(?:baxter\w*|weekdoos|schema|voorgeschreven|recept|ontbijt|vitamine\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        S,
        "death_wish",
        # "soms fantaseer ik over een ongeluk waarna ik gewoon niet meer terug hoef"
        r"\b(?:ik fantaseer|fantaseer ik|ik dagdroom|dagdroom ik)\w*\b(?: [a-z]+){0,6} (?:ongeluk|dood|er niet meer|"
        r"niet meer (?:terug|wakker|hoef))\b|\bniet meer terug (?:hoef|hoeft|te hoeven)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
)
