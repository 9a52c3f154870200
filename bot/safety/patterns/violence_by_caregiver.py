"""Violence by the caregiver against the naaste (Veilig Thuis, also for the caregiver).

The rule format, the macros and the decisions behind these rules: bot/safety/patterns/__init__.py.
"""

from __future__ import annotations

from bot.safety.patterns.compile import BY, Rule, V
from bot.safety.patterns.macros import ANGER_AT_A_STRANGER, DRUGS, GAMES, PASSIVE, SLAAN_IDIOMS

# The caregiver as victim ("ik word door hem geslagen", "hij sloeg me") is not violence by them.
_CAREGIVER_IS_VICTIM = (
    r"\b(?:word|werd|ben)\b(?: [a-z]+){0,4} door\b|"
    r"\b(?:slaat|sloeg|schopt|schopte|mishandelt|bijt|beet|knijpt|kneep|heeft|had|krijg|kreeg) "
    r"(?:me|mij)\b"
)
# Harmless care contexts: an accident while washing, lifting, dressing.
_CARE_ACCIDENT = (
    r"\b(?:per ongeluk|onbedoeld|niet expres|niet met opzet|bij het|tijdens het|met tillen|"
    r"met wassen|rolstoel|steunkousen|verband|wond|als ik\b(?: [a-z]+){0,4} (?:was|til|help|"
    r"verschoon|aankleed|aantrek|aandoe|uittrek|draai|verzorg|optil|omdraai|afdroog|douche|kam|"
    r"scheer|insmeer|verbind))\b"
)
# A joke said as one: "ik kan mijn zus wel wurgen, haha nee hoor".
_JOKE = r"\b(?:haha\w*|hihi|grapje|geintje|lol|nee hoor|bij wijze van spreken|figuurlijk)\b"

# The rules are alike in shape only: each Rule(...) is one signal with its own words.
RULES: tuple[Rule, ...] = (
    # --- violence by the caregiver ----------------------------------------------------------------
    Rule(
        BY,
        "caregiver_hits",
        r"\b<ikheb><adv>(?:<person>)?<adv> (?:geslagen|geschopt|geknepen|gekrabd|"
        r"gebeten|gestompt|getrapt|gewurgd|door elkaar geschud|mishandeld|opgesloten|"
        r"ingesloten|vastgebonden|vastgezet|gekneusd|een (?:klap|tik|mep|schop|stomp|oplawaai|"
        r"draai om de oren|pets|knal|duw|por|trap|dreun|klets)<adv> (?:gegeven|verkocht))\b|"
        r"\b<ikheb><adv><person><pp><adv> (?:opgesloten|ingesloten|vastgebonden|vastgezet|"
        r"geslagen|geschopt|geknepen|geduwd)\b",
        exclude=SLAAN_IDIOMS,
    ),
    Rule(
        BY,
        "caregiver_hits",
        r"\b<ikheb><adv>(?: (?!alarm\b|munt\b|erdoorheen\b|doorheen\b|me\b|mij\b|"
        r"mezelf\b|ons\b|slag\b|brug\b|toe\b|terug\b|stomheid\b|hol\b|vlucht\b|de\b|een\b|het\b|"
        r"er\b|niet\b|nooit\b|geen\b|ik\b)[a-z0-9]+){1,3} geslagen\b",
        exclude=SLAAN_IDIOMS,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\b<ikheb><adv><person><adv> (?:geduwd|pijn gedaan|ruw (?:aangepakt|"
        r"behandeld|vastgepakt)|hardhandig (?:aangepakt|behandeld|vastgepakt)|te hard "
        r"vastgepakt|hard vastgepakt|bij de (?:arm|keel|nek|haren) gegrepen|aan (?:zijn|haar|dr) "
        r"(?:arm|haren) getrokken)\b",
        exclude=_CARE_ACCIDENT,
    ),
    Rule(
        BY,
        "caregiver_hits",
        r"\bik<adv> (?:sla|sloeg|schop|schopte|knijp|kneep|stomp|stompte|trap|trapte|wurg|wurgde|"
        r"mishandel|mishandelde|rammel|rammelde|mep|mepte)<adv><person><after>|"
        r"\b(?:sla|sloeg|schop|schopte|knijp|kneep|mep|mepte) ik<adv><person><after>",
        # Winning: "ik sla hem elke keer met schaken".
        exclude=GAMES,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\bik<adv> (?:trek|trok|ruk|rukte)<adv> (?:hard )?aan (?:zijn|haar|dr) (?:arm|armen|haren|"
        r"haar|oor|oren)\b|\b(?:trek|trok|ruk|rukte) ik<adv> (?:hard )?aan (?:zijn|haar|dr) "
        r"(?:arm|armen|haren|haar|oor|oren)\b",
        exclude=_CARE_ACCIDENT,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        r"\bik<adv> (?:sluit|sloot)<person><adv>(?: in (?:zijn|haar|de) \w+)? op\b|"
        r"\bik<adv> (?:sluit|sloot)<person><adv> (?:in|op) (?:zijn|haar|dr|de) (?:kamer|slaapkamer|"
        r"badkamer|huis|bed|schuur|wc)\b|"
        r"\bik<adv> (?:bind|bond)<person><adv>(?: \w+){0,4} vast\b|"
        r"\bik<adv> (?:schud|schudde)<person><adv> door elkaar\b",
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\bik(?: (?:ga|zal|kan|wil|zou|ben bang dat ik))?<adv><person><adv> pijn<adv> "
        r"(?:doe|deed|gedaan|doen|te doen|ga doen|zal doen)\b|\bik<adv> (?:doe|deed)<person><adv> "
        r"pijn\b",
        exclude=_CARE_ACCIDENT,
    ),
    Rule(
        BY,
        "fear_of_harming_naaste",
        r"\bik(?: (?:ga|zal|kan|wil|zou))?<adv><person><adv> (?:iets|wat)<adv>(?: (?:kan|zal|ga|"
        r"zou|"
        r"wil|kon))?<adv> (?:aandoe|aan doe|"
        r"aandoen|aan doen|aan te doen|aan zal doen|aangedaan|aan ga doen)\b|"
        r"\bik<adv> doe<person><adv> (?:iets|wat) aan\b",
    ),
    Rule(
        BY,
        "fear_of_harming_naaste",
        r"\bik<adv> (?:kan|kon|zou|wil|wou|ga|sta op het punt(?: om)?|heb zin om|had zin om|"
        r"heb de neiging om|had de neiging om|voel de neiging om|kreeg de neiging om)<adv><person>"
        r"<adv> (?:te )?(?:kunnen )?(?:slaan|wurgen|vermoorden|schoppen|"
        r"door elkaar (?:te )?schudden|"
        r"doodmaken|dood maken|(?:een klap|pijn) (?:te )?(?:geven|doen)|iets (?:aan )?(?:te )?doen|"
        r"te lijf (?:te )?gaan)\b",
        exclude=_JOKE + "|" + ANGER_AT_A_STRANGER,
        scope="message",
    ),
    Rule(
        BY,
        "loss_of_control",
        r"\bik<adv> (?:kan|kon)<adv> (?:me|mij|mezelf)<adv> niet (?:meer )?(?:beheersen|inhouden|"
        r"in de hand houden|onder controle houden|in bedwang houden)\b|"
        r"\bik<adv> (?:heb|had)<adv> (?:mezelf|me)<adv> niet (?:meer )?(?:in de hand|onder "
        r"controle)\b|\bik<adv> (?:verlies|verloor)<adv> (?:mijn )?(?:zelfbeheersing|controle "
        r"over mezelf)\b|\b(?:mezelf|me)<adv> niet (?:meer )?(?:in de hand|onder controle) "
        r"(?:heb|had|hebben|houd|hou)\b|\bmijn hand<adv> (?:is |gleed |schoot )?(?:uitgeschoten|"
        r"uitgegleden)\b|"
        r"\bschoot mijn hand uit\b|\bbang (?:dat|voor wat) ik<adv> (?:ga doen|zal doen|iets doe "
        r"waar ik spijt van)\b",
        negatable=False,
        exclude=r"\b(?:lachen|tranen|huilen|plassen|nieuwsgierigheid|bord|glas|kopje|mes)\b",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        r"\bik<adv> (?:geef|gaf)<person><adv> (?:expres|bewust|met opzet|als straf|al dagen|"
        r"al een dag)<adv> geen (?:eten|drinken|medicijnen|medicatie|pillen|insuline)\b|"
        r"\bik<adv> (?:geef|gaf)<person><adv> geen (?:eten|drinken|medicijnen|medicatie)<gap> "
        r"(?:als straf|expres|met opzet|om (?:hem|haar) te straffen)\b|"
        r"\bik<adv> laat<person><adv> (?:in (?:zijn|haar|dr) (?:eigen |vieze |natte )?(?:vuil|poep|"
        r"ontlasting|plas|urine|luier)|nat|vies|vuil)<adv> (?:liggen|zitten)\b|"
        r"\bik\b(?: [a-z0-9]+){0,8} geen (?:eten|drinken|medicijnen|medicatie|pillen)\b"
        r"(?: [a-z0-9]+){0,5} (?:als straf|expres|met opzet|om (?:hem|haar) te straffen)\b|"
        r"\bik<adv> (?:geef|gaf|doe|stop|meng|deed)(?:<person>)?<adv> (?:stiekem|extra)<adv> "
        r"(?:slaappillen|pillen|medicijnen|oxazepam|temazepam|kalmeringsmiddelen)\b",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_silences",
        # Silencing the naaste by force: "als hij weer gaat roepen doe ik een handdoek voor zijn mond".
        r"\b(?:handdoek|doek|kussen|hand|tape|plakband|sok|washandje)\b(?: [a-z]+){0,2} "
        r"(?:voor|over|op|in) (?:zijn|haar|z n|d r|de) mond\b",
        also=("<ik>",),
        exclude=r"\b(?:hoest\w*|niest\w*|gaap\w*|afveg\w*|veeg\w*|kwijl\w*|eten|slab|tandarts)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_aggressive",
        r"\bik<adv> (?:word|werd|ben|was)<adv> (?:agressief|gewelddadig|handtastelijk)\b",
    ),
    Rule(
        BY,
        "caregiver_sedates",
        # Extra sleeping pills for the caregiver's rest: "ik geef hem een extra slaappil zodat ik
        # rust heb".
        # "een paar van mijn eigen slaaptabletten in de yoghurt, zodat ik ook eens kan slapen"
        r"\b(?:extra|stiekem|meer|dubbele|nog een|een paar|een halve|mijn eigen)\b(?: [a-z]+){0,3} "
        r"(?:slaappil\w*|slaapmiddel\w*|slaaptablet\w*|pil|pillen|tablet\w*|kalmeringsmiddel\w*|"
        r"kalmeringspil\w*|oxazepam|temazepam|lorazepam|diazepam|haldol|druppels|rustgevend\w*|"
        r"slaapmedicatie|medicatie)\b|"
        # "ik geef haar twee slaappillen in plaats van een, anders houd ik het niet vol".
        r"\b(?:twee|2|drie|3)(?: [a-z]+){0,1} (?:slaappil\w*|slaaptablet\w*|pillen|tabletten|"
        r"oxazepam|temazepam|lorazepam|diazepam) in plaats van (?:een|1|twee|2)\b",
        also=(
            "<ik>",
            r"\b(?:geef|gaf|geven|gegeven|doe|deed|stop|stopte|meng|mengde|gemengd|verstop)\b",
            # "dan slaap ik ook een keer door"
            r"\b(?:zodat|om|anders|stiekem|zonder dat|rust|slapen|doorslapen|slaapt|slaap|sliep|"
            r"stil|rustig)\b",
        ),
        exclude=(
            r"\b(?:(?:dokter|huisarts|arts|specialist) (?:zei|zegt|heeft gezegd|vindt)|van de "
            # "mag ik iets vragen, ..." opens a question; "mag ik hem extra geven?" asks leave.
            # "van de huisarts mag ze er 1 per avond" is the limit that the extra goes past.
            r"(?:dokter|huisarts|arts) mag(?! (?:ze|hij|zij) (?:er )?(?:maar |eigenlijk )?(?:1|een|twee|2)\b)|"
            r"voorgeschreven|mag dat|mag ik(?! iets vragen| wat vragen)|"
            r"mogen|advies|"
            r"geadviseerd|apotheek)\b"
        ),
        # The reason often follows in the next clause: "een extra temazepam, dan slaap ik door".
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Left alone for a weekend or a night, asked as a question: "wij gaan een weekend weg en
        # laten mijn schoonvader alleen thuis, hij komt niet zelf uit bed. Is dat goed genoeg?"
        r"\b(?:ik|wij|we)\b(?: [a-z0-9]+){0,6} (?:laat|liet|laten|lieten)<person>\b(?: [a-z0-9]+)"
        r"{0,4} alleen\b|"
        r"\b(?:laat|liet|laten|lieten) (?:ik|wij|we)<person>\b(?: [a-z0-9]+){0,4} alleen\b",
        also=(
            r"\b(?:weekend|nacht|nachten|dagen|twee dagen|hele dag|week|vakantie)\b",
            r"\b(?:kan|kon|komt|kwam)\b(?: [a-z]+){0,3} niet (?:meer )?(?:zelf )?(?:opstaan|uit bed|"
            r"eruit|er uit|naar de wc|naar het toilet|overeind)\b|\bbedlegerig\b|"
            r"\bkan er (?:zelf )?niet uit\b",
        ),
        exclude=(
            r"\b(?:alarmknop|personenalarm|thuiszorg komt|buurvrouw komt|buurman komt|"
            r"wijkverpleging komt|iemand komt|logeer\w*|respijt\w*|oppas\w*)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Leaving a naaste alone who cannot get up or call for help.
        r"\bik<adv> (?:laat|liet)<person>\b(?: [a-z0-9]+){0,6} (?:alleen|liggen|zitten|achter)\b|"
        r"\b(?:laat|liet) ik<person>\b(?: [a-z0-9]+){0,6} (?:alleen|liggen|zitten|achter)\b",
        also=(
            r"\b(?:kan|kon)\b(?: [a-z]+){0,3} niet (?:meer )?(?:zelf )?(?:opstaan|uit bed|eruit|"
            r"er uit|uit|lopen|naar de wc|naar het toilet|overeind|bij de telefoon|om hulp "
            r"roepen|bellen)\b|\bniet (?:meer )?zelf (?:opstaan|uit bed|lopen|naar de wc|eruit)\b|"
            r"\bbedlegerig\b|\bkan er (?:zelf )?niet uit\b|\bligt<adv>(?: [a-z0-9]+){0,4} alleen\b",
        ),
        exclude=(
            r"\b(?:alarmknop|personenalarm|alarm|thuiszorg komt|buurvrouw komt|buurman komt|"
            r"wijkverpleging|iemand komt|even|kwartier|half uur|mag ik|kan ik|is dat)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        # Locked in alone for hours: "hij zit dan soms 3 uur alleen opgesloten".
        r"\b(?:opgesloten|ingesloten|op slot)\b",
        also=(
            r"\balleen\b",
            r"\b(?:uur|uren|de hele dag|dagdeel|middag|ochtend|nacht|dagen)\b",
            "<ik>",
        ),
        exclude=r"\b(?:ik zit|zit ik|ik word|word ik|mezelf|me op|mij op)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_punishes",
        # Isolation as punishment: facing the wall, sitting in the dark or the hall.
        r"\b(?:(?:zijn|haar|het) gezicht )?naar de muur\b|\bin het donker\b|"
        r"\b(?:in|op) de (?:gang|kou|hoek|kast|schuur|wc)\b(?: [a-z]+){0,3} (?:laten|gelaten|laat|"
        r"liet)? ?(?:zitten|staan|liggen)\b|\bals straf\b|\btot (?:hij|ze|zij) (?:stil is|ophoudt|"
        r"sorry zegt|luistert)\b",
        also=(
            "<ik>",
            r"\b(?:draai|draaide|gedraaid|zet|zette|gezet|laat|liet|laten|gelaten|zitten|staan|"
            r"liggen|geef|gaf|krijgt|kreeg)\b",
            r"<naaste>|\b(?:hij|zij)\b",
        ),
        exclude=(
            r"\b(?:slapen|slaapt|slaap|nachtlampje|lamp|licht|tv|televisie|raam|uitzicht|"
            r"foto|schilderij|kalender)\b"
        ),
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # The caregiver has stopped the care itself; it may have been handed over, so ask first.
        r"\bik<adv> (?:was|verschoon|ververs|voer|verzorg|douche|kleed)<person>(?: [a-z]+){0,3} "
        r"niet meer\b|\b(?:was|verschoon|ververs|voer|verzorg) ik<person>? niet meer\b|"
        r"\b(?:haar|zijn|dr) (?:verband|luier\w*|wond\w*|steunkousen|medicijnen|medicatie|"
        r"incontinentiemateriaal) (?:ververs|verschoon|geef|doe|verzorg|was) ik<adv> niet meer\b|"
        r"\bik doe<adv> (?:niks|niets) meer voor<person>\b",
        exclude=(
            r"\b(?:thuiszorg|wijkverpleging|verpleging|verzorgende|verzorgster|verpleeghuis|"
            r"dagbesteding|doet dat|doen dat|doet het|doen het|overgenomen|hoeft|nodig|mag|"
            r"kan (?:hij|ze|zij) zelf|zelf)\b"
        ),
        negatable=False,
        strength=V,
    ),
    # --- violence by the caregiver: more wording ----------------------------------------------
    Rule(
        BY,
        "caregiver_hits",
        r"\b(?:een|paar|flinke|harde)\b(?: [a-z]+)? (?:draai om (?:de|zijn|haar|dr) oren|oorvijg|"
        r"muilpeer|klets|knal voor (?:zijn|haar|dr) kop|klap voor (?:zijn|haar|dr) kop)\b",
        also=("<ik>", r"\b(?:gaf|geef|gegeven|verkocht|verkoop|geven)\b"),
        exclude=_CAREGIVER_IS_VICTIM,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\b(?:gesleurd|gesleept|sleur|sleurde|sleep|sleepte|meegesleurd|meegetrokken|rukte|"
        r"gerukt)\b",
        also=("<ik>", "<naaste>"),
        exclude=_CAREGIVER_IS_VICTIM + r"|\b(?:koffer|tas|boodschappen|vuilniszak|kast|bank|"
        r"bed naar|matras|rolstoel|rollator|mezelf)\b",
    ),
    Rule(
        BY,
        "caregiver_hurts",
        # Gripping hard in anger: "ik word zo kwaad dat ik haar heel hard vastgrijp".
        r"\b(?:vastgrijp\w*|vastgegrepen|grijp|greep|vastpak\w*|vastgepakt|beetpak\w*|"
        # "trek" only with a person after it: "ik weet niet hoe lang ik dit nog trek" is overload.
        r"beetgepakt|knijp|kneep|geknepen|(?:trek|trok)(?= (?:hem|haar|dr|ze|aan)\b)|"
        r"(?<= arm )(?:trek|trok)|(?<= haren )(?:trek|trok)|getrokken|"
        r"duw|duwde|geduwd|schud|schudde|"
        r"geschud|por|porde|gepord)\b",
        also=(
            "<ik>",
            "<naaste>",
            r"\b(?:te hard|heel hard|zo hard|harder dan|keihard|ruw|hardhandig|kwaad|boos|woedend|"
            r"uit frustratie|uit woede|pijn|blauw|blauwe plek\w*)\b",
        ),
        exclude=(
            _CARE_ACCIDENT + "|" + _CAREGIVER_IS_VICTIM + r"|\b(?:anders valt|valt (?:hij|ze)|"
            r"als (?:hij|ze) loopt|om te voorkomen|opvangen|steun\w*|mezelf|hand|handje)\b"
        ),
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_sedates",
        # Sedatives hidden in food or drink.
        r"\b(?:slaappil\w*|slaapmiddel\w*|kalmeringspil\w*|kalmeringsmiddel\w*|oxazepam|"
        r"temazepam|lorazepam|diazepam|haldol|druppels|pillen|pil|medicijnen)\b",
        also=(
            "<ik>",
            r"\bin (?:zijn|haar|dr|de) (?:koffie|thee|eten|drinken|vla|yoghurt|pap|soep|sap|"
            r"limonade|glas|beker)\b|\bstiekem\b",
            r"\b(?:stop|stopte|doe|deed|meng|mengde|gemengd|gestopt|gedaan|verstop|verstopt|"
            r"geef|gaf|gegeven)\b",
        ),
        exclude=(
            r"\b(?:dokter|huisarts|arts|specialist|voorgeschreven|mag dat|mag ik|mogen|advies|"
            r"geadviseerd|apotheek|slikken lukt|slikt ze niet|slikt hij niet|kan niet slikken|"
            r"fijngemaakt|fijnmaken|weigert|anders neemt)\b"
        ),
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Left in a dirty pad on purpose or out of weariness: "ik heb hem laten zitten in zijn
        # poepluier".
        r"\b(?:laat|liet|laten|gelaten)\b",
        also=(
            "<ik>",
            r"\b(?:liggen|zitten|staan)\b",
            r"\b(?:poep\w*|vieze|natte|vuile|vuil|luier\w*|urine|plas|ontlasting|nat|vies|"
            r"incontinentie\w*)\b",
        ),
        exclude=r"\b(?:thuiszorg|wijkverpleging|verpleging|verzorgende|nachtzorg|verpleeghuis|"
        r"ze laten|zij laten|hun|tot de)\b",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        r"\b(?:vastgemaakt|vastmaken|vastgesnoerd|vastgetapet|gefixeerd|fixeer|vastgezet|"
        r"vastgebonden)\b",
        also=("<ik>", "<naaste>"),
        exclude=r"\b(?:gordel\w*|autostoel|in de auto|veter\w*|schoenen|jas|knoop|knopen|"
        r"mezelf)\b|" + _CAREGIVER_IS_VICTIM + "|" + PASSIVE,
    ),
    # --- abuse or neglect: more wording -------------------------------------------------------
    Rule(
        BY,
        "caregiver_hits",
        r"\b(?:sla|sloeg|slaan)<adv> tegen<person> aan\b",
    ),
    Rule(
        BY,
        "caregiver_hits",
        r"\bik<adv> (?:duw|duwde|por|porde|trap|trapte)<person><after>",
        exclude=r"\b(?:rolstoel|rollator|schommel|scootmobiel|bed in|naar binnen|goede richting|"
        r"voort|vooruit|de trap op|omhoog|in bed)\b",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Food withheld as a punishment: "ik geef haar soms niet te eten als ze mij uitscheldt".
        r"\bik<adv> (?:geef|gaf)<person><adv> (?:niet|geen|niks|niets)<adv> (?:te )?(?:eten|drinken)"
        r"\b(?: [a-z]+){0,3} (?:als|wanneer|tot|totdat|zolang)\b",
        exclude=r"\b(?:nuchter|slaapt|operatie|dokter|arts|slikken|verslikt|ziekenhuis|onderzoek)\b",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\b(?:bij|aan|om) (?:zijn|haar|dr) (?:keel|nek|strot|hals) (?:gepakt|gegrepen|vastgepakt|"
        r"beetgepakt|geknepen|gedrukt)\b|\b(?:pak|pakte|greep|grijp|knijp|kneep)\b(?: [a-z]+){0,3} "
        r"(?:zijn|haar|dr) (?:keel|strot|hals)\b",
        also=("<ik>",),
        exclude=_CAREGIVER_IS_VICTIM + r"|\b(?:sjaal|kraag|das|ketting|medaillon|verband)\b",
    ),
    Rule(
        BY,
        "caregiver_isolates",
        r"\b(?:telefoon|mobiel|mobieltje|gsm|sleutels?|rollator|bril|gehoorapparaat|rolstoel|"
        r"wandelstok|stok)\b(?: [a-z]+){0,4} (?:weggehaald|afgepakt|verstopt|weggenomen|afgesloten|"
        r"afgenomen|weg)\b",
        also=(
            "<ik>",
            r"\b(?:zodat|niemand|niet (?:meer )?(?:kan|kon) (?:bellen|lopen|weg|horen|zien)|"
            r"als straf|om (?:hem|haar) te straffen|uitgescholden|kwaad|boos|woedend)\b",
        ),
        exclude=r"\b(?:dementie (?:belt|bestelt)|oplichters|oplichting|babbeltruc|veiligheid|"
        r"kwijt)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\b(?:behandel|behandelde|behandeld)\b",
        also=("<ik>", "<naaste>", r"\b(?:slecht|ruw|gemeen|hard|onaardig|hardhandig)\b"),
        exclude=_CAREGIVER_IS_VICTIM + r"|\b(?:wordt|werd|behandeld door|arts|dokter|ziekenhuis)\b",
    ),
    Rule(
        BY,
        "caregiver_threatens",
        r"\bik<adv> (?:dreig|dreigde|bedreig|bedreigde)\b",
        also=("<naaste>",),
        exclude=r"\b(?:advocaat|rechter|gemeente|klacht|klachten|politie|thuiszorg)\b",
    ),
    Rule(
        BY,
        "caregiver_hurts",
        # Hurting through an object, in anger: "met de rolstoel tegen de deur laten knallen omdat
        # ik zo kwaad was".
        r"\b(?:omdat ik<adv> (?:zo |heel |erg )?(?:kwaad|boos|woedend|razend|gefrustreerd|"
        r"geirriteerd)|uit (?:woede|frustratie|boosheid)|expres|met opzet|bewust|om (?:hem|haar) "
        r"een lesje te leren|als straf|ik was (?:zo |heel )?(?:woedend|kwaad|boos|razend)|zo hard)\b",
        also=(
            "<ik>",
            "<naaste>",
            r"\b(?:knallen|knalde|geknald|botsen|rammen|geramd|smijten|gesmeten|gooien|gegooid|"
            r"duwen|geduwd|trekken|getrokken|sleuren|gesleurd|schudden|geschud|laten vallen|"
            r"stoten|gestoten|knijpen|geknepen|laten liggen|laten zitten|laat liggen|liet liggen|"
            r"niet geholpen|niet opgeholpen|laten staan|gezet|neergezet|gestoten|gegooid)\b",
        ),
        exclude=_CAREGIVER_IS_VICTIM,
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_hits",
        r"\bik<adv> (?:gooi|gooide|smijt|smeet)\b(?: [a-z]+){0,3} naar<person>\b",
        exclude=r"\b(?:bal|balletje|ballon|kussentje|knuffel|spel)\b",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Medicines or food withheld as a punishment.
        r"\bik<adv> (?:geef|gaf)<person><adv> (?:haar |zijn |dr )?(?:eten|drinken|medicijnen|"
        r"medicatie|pillen|insuline|water|toetje)<adv> (?:niet|expres niet)\b(?: [a-z]+){0,3} "
        r"(?:als|wanneer|tot|totdat|zolang|omdat)\b",
        exclude=r"\b(?:nuchter|slaapt|operatie|dokter|arts|slikken|verslikt|ziekenhuis|onderzoek|"
        r"misselijk|overgeeft|braakt)\b",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        # Smothering: "ik heb een kussen op zijn gezicht gedrukt".
        r"\b(?:kussen|dekbed|deken|hand|handen|doek)\b(?: [a-z]+){0,2} (?:op|over|tegen) (?:zijn|haar|"
        r"dr) (?:gezicht|mond|neus|hoofd)\b",
        also=("<ik>", r"\b(?:gedrukt|gehouden|drukte|druk|duwde|geduwd|hield|houd|gelegd|legde)\b"),
        exclude=r"\b(?:koelelement|washandje|ijs|zalf|crème|creme|lief|aai\w*|streel\w*|"
        r"knuffel\w*|zoen\w*)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\bik<adv> (?:schop|schopte|trap|trapte|sla|sloeg|bonk|bonkte|stomp|stompte)<adv> tegen "
        r"(?:haar|zijn|dr) (?:rolstoel|stoel|bed|rollator|deur|hoofd|been|benen)\b",
    ),
    Rule(
        BY,
        "caregiver_punishes",
        r"\b(?:koud water|koude douche|ijskoud water|in de kou|buiten in de kou)\b",
        also=("<ik>", "<naaste>", r"\b(?:laten|laat|liet|gelaten|zitten|staan|liggen|gezet|zet)\b"),
        exclude=r"\b(?:warm|afkoelen|hitte|zomer|verfrissen)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_sedates",
        r"\bmeer (?:van )?(?:zijn|haar|dr|de) (?:slaapmedicatie|slaappil\w*|slaapmiddel\w*|"
        r"medicatie|medicijnen|pillen|kalmeringsmiddel\w*|morfine|oxazepam|haldol)\b(?: [a-z]+){0,3} "
        r"dan (?:de dokter|de huisarts|de arts|voorgeschreven|mag|toegestaan|zou moeten)\b",
        also=("<ik>",),
    ),
    Rule(
        BY,
        "caregiver_neglects",
        r"\b(?:een week|weken|dagen|al \w+ dagen|een paar dagen|twee dagen|drie dagen) niet "
        r"(?:gewassen|verschoond|gedoucht|eten gegeven|te eten gegeven|te drinken gegeven)\b",
        also=("<ik>", "<naaste>"),
        exclude=r"\b(?:thuiszorg|verpleeghuis|ziekenhuis|wijkverpleging|hij wil niet|ze wil niet|"
        r"weigert|weigerde)\b",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        # Hurting until the naaste cries: "ik knijp soms in haar hand tot ze huilt".
        r"\btot (?:ze|hij|zij) (?:huilt|gilt|schreeuwt|pijn heeft|stil is|ophoudt|jankt)\b",
        also=(
            "<ik>",
            r"\b(?:knijp|kneep|geknepen|sla|sloeg|duw|duwde|trek|trok|schud|schudde|por|porde|"
            r"draai|draaide)\b",
        ),
        exclude=_CAREGIVER_IS_VICTIM,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Food withheld as a rule: "als hij niet eet krijgt hij de rest van de dag ook niks".
        r"\bals (?:hij|ze|zij) (?:niet|geen)\b(?: [a-z]+){0,3} (?:krijgt|mag) (?:hij|ze|zij)\b"
        r"(?: [a-z]+){0,6} (?:niks|niets|geen (?:eten|drinken|toetje|water))\b",
        exclude=r"\b(?:dokter|arts|nuchter|operatie)\b",
        negatable=False,
    ),
    # --- wordings from blind round 12 (development), written as the kinds they are --------------
    Rule(
        BY,
        "caregiver_restrains",
        # Locked in her room, or the walker out of reach so he cannot get up.
        r"\bik<adv> (?:draai|doe|zet|draaide|deed)<person><adv> (?:\w+ ){0,2}op (?:slot|de knip)\b|"
        r"\bik<adv> (?:zet|leg|hang|doe|zette|legde)\b(?: [a-z]+){0,3} (?:rollator|stok|"
        r"looprek|rolstoel|bel|alarmknop|telefoon|drinken|bril)\b(?: [a-z]+){0,2} "
        r"(?:buiten (?:zijn|haar|zn|dr) bereik|weg zodat|uit (?:zijn|haar) buurt)\b",
        exclude=r"\b(?:voordeur|buitendeur|de deur op slot|medicijn\w*|pillen|valgevaar|"
        r"advies|ergotherapeut|geadviseerd|mag dat|mag ik|is dat)\b",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        # The naaste's own room locked at night: "ik doe 's nachts zijn slaapkamerdeur op slot".
        r"\b(?:slaapkamerdeur|kamerdeur|zijn deur|haar deur|de deur van (?:zijn|haar) (?:kamer|"
        r"slaapkamer))\b(?: [a-z]+){0,2} op (?:slot|de knip)\b|\bsluit (?:hem|haar) (?:\w+ ){0,2}op "
        r"(?:zijn|haar) (?:kamer|slaapkamer)\b",
        exclude=r"\b(?:voordeur|buitendeur|ik slaap met|mijn (?:eigen )?deur)\b",
        negatable=False,
    ),
    # --- wordings from blind rounds 26 and 27 (development), written as the kinds they are -------
    Rule(
        BY,
        "caregiver_restrains",
        # Locked in from outside while the caregiver is away: "kan ik de kamerdeur van mijn broer
        # van buiten op slot doen als ik naar mijn werk ga?". Asked, so the assistant asks first.
        r"\bvan buiten(?:af)?<adv> op (?:slot|de knip)\b|"
        r"\b(?:slaapkamerdeur|kamerdeur)\b(?: [a-z]+){3,6} op (?:slot|de knip)\b",
        also=(r"\b(?:kamer\w*|broer|zus|vader|moeder|man|vrouw|hem|haar|zoon|dochter|oma|opa)\b",),
        exclude=r"\b(?:voordeur|buitendeur|schuur|garage|mijn (?:eigen )?(?:deur|kamer))\b",
        strength=V,
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        # The walker taken along so he cannot get up: "ik neem zijn rollator mee als ik de deur uit
        # ga ... dan zit hij op de bank tot ik terug ben".
        r"\b(?:neem|nam|pak|pakte|haal|haalde|zet|zette|verstop|verstopte)<adv> (?:zijn|haar|dr|z n) "
        r"(?:rollator|stok|looprek|rolstoel|wandelstok|scootmobiel)\b(?: [a-z]+){0,3} "
        r"(?:mee|weg|buiten)\b",
        also=(r"\b(?:de deur uit|weg ga|boodschappen|werk|tot ik terug|terugkom|anders|zodat)\b",),
        exclude=r"\b(?:reparatie|repareren|kapot|nakijken|schoonmaken|in de auto voor (?:hem|haar))\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_sedates",
        # More than the doctor said, for quiet: "zijn rustgevende druppels van mij nu drie keer zo
        # vaak als de dokter heeft gezegd. dan is het tenminste stil in huis".
        r"\b(?:twee|drie|vier|2|3|4) keer zo (?:vaak|veel)\b|\b(?:vaker|meer) dan (?:de )?(?:dokter|"
        r"huisarts|arts|specialist|voorgeschreven|mag|nodig)\b|\bdubbele dosis\b",
        also=(
            r"\b(?:druppels|slaappil\w*|slaapmiddel\w*|pil|pillen|tablet\w*|kalmeringsmiddel\w*|"
            r"oxazepam|temazepam|lorazepam|diazepam|haldol|rustgevend\w*|medicatie|medicijn\w*)\b",
            r"\b(?:van mij|ik geef|geef ik|ik gaf|gaf ik|ik doe|doe ik)\b",
            r"\b(?:stil|rustig|rust|slaapt|slapen|doorslapen|zodat|tenminste)\b",
        ),
        strength=V,
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Left alone all day without help: "hij zit de hele dag alleen in zijn stoel, hij kan er zelf
        # niet uit en niet naar de wc; er komt niemand tot ik thuis ben".
        r"\b(?:zit|ligt|is)\b(?: [a-z]+){0,4} (?:de hele dag|uren|urenlang|de hele nacht|tot ik) "
        r"(?:\w+ ){0,4}alleen\b|\balleen\b(?: [a-z]+){0,4} (?:de hele dag|uren|urenlang)\b",
        also=(
            r"\b(?:kan (?:er )?(?:zelf )?niet uit|niet naar de wc|niet (?:zelf )?opstaan|er komt niemand|"
            r"niemand komt|bedlegerig)\b",
        ),
        exclude=r"\b(?:alarmknop|personenalarm|thuiszorg komt|buurvrouw komt|wijkverpleging|"
        r"dagbesteding)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_frightens",
        # Shouting until the naaste is afraid: scaring is violence, not only overload.
        r"\bik<adv> (?:schreeuw|schreeuwde|tier|tierde|gil|gilde|brul|brulde)\b",
        also=(
            r"\b(?:bang|doodsbang|verstopt|verstop|schrikt|trilt|trillen|ineenkrimpt|"
            r"krimpt ineen|wegkruipt|kruipt weg|kruipt (?:hij|ze|zij) weg|kruipen weg|gaat huilen|"
            r"begint te huilen|in elkaar|in een hoek|tot (?:ze|hij|zij) huilt|in tranen)\b",
        ),
        exclude=r"\b(?:bang dat ik|bang om|doof|slechthorend|gehoorapparaat|niet hoort|"
        r"niet verstaat|luid praten)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_loses_control",
        # Derailed care: "ik heb geen grip meer op mezelf", "het loopt compleet uit de hand".
        r"\bgeen grip meer op (?:mezelf|mijzelf|me zelf)\b|\b(?:verlies|verloor|kwijt)\b(?: "
        r"[a-z]+){0,2} (?:de )?controle over (?:mezelf|mijzelf|me zelf)\b|"
        r"\bontspoor\w*\b|\bontspoorde zorg\b",
        # "wat bedoelen jullie met ontspoorde zorg? ik las het op de website": the word asked about.
        exclude=r"\b(?:wat (?:bedoel\w*|is|betekent|houdt)|betekenis|las|gelezen|website|folder|"
        r"cursus|artikel|scriptie|onderzoek|werkstuk|interview\w*|afstudeer\w*)\b|"
        # The naaste's relapse: "ik kan niet slapen van de zorgen of ze weer ontspoort".
        r"\b(?:ze|hij|zij|mijn [a-z]+)(?: weer| opnieuw| straks| niet)? ontspoort\b",
        strength=V,
        negatable=False,
    ),
    # --- wordings from blind round 8 (development) ------------------------------------------------
    Rule(
        BY,
        "caregiver_restrains",
        # "we binden mama vast", "ik zet de rolstoel op de rem als hij vervelend doet, soms uren".
        r"\b(?:we|wij)<adv> (?:binden|bonden)<person><adv>(?: \w+){0,4} vast\b|"
        r"\b(?:zet|zetten|zette)\b(?: [a-z]+){0,3} (?:rolstoel|stoel)\b(?: [a-z]+){0,2} op (?:de )?rem\b",
        also=(r"\b(?:vervelend|lastig|straf|uren|urenlang|uur|rust|anders|boos|niet weg)\b",),
        exclude=r"\b(?:veilig|tijdens het (?:wassen|eten)|bij het|even|helling|overstap\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        r"\b(?:heb|hebben|had)<person><adv>(?: [a-z0-9]+){0,5} alleen (?:gelaten|laten liggen)\b",
        also=(
            r"\b(?:bedlegerig|kan niet (?:zelf )?(?:opstaan|uit bed|lopen)|weekend|dagen|nacht|"
            r"alleen met wat|naast het bed)\b",
        ),
        exclude=r"\b(?:alarmknop|personenalarm|thuiszorg kwam|buurvrouw kwam|wijkverpleging|"
        r"kwartier|half uur|even)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_loses_control",
        r"\bdingen (?:waar|waarop) ik (?:niet )?(?:trots|blij) op ben\b|\bdingen die ik niet wil doen\b|"
        r"\bdingen (?:met|bij) (?:haar|hem) die ik (?:nooit|niet)\b|\bdurf het niet (?:eens )?op te "
        r"schrijven\b",
        also=(
            r"\b(?:bang|uit de hand|schrikt|niet trots|spijt|schaam|nooit voor mogelijk|op te "
            r"schrijven)\b",
        ),
        scope="message",
        strength=V,
        negatable=False,
    ),
    # --- co-occurrence rules: concepts that meet in one clause, in any word order -----------------
    Rule(
        BY,
        "caregiver_hits",
        r"(?<!\bde )(?<!\been )\b(?:sla|sloeg|slaan|geslagen|teruggeslagen|terugsloeg|"
        r"teruggeknepen|terugkneep|teruggeduwd|terugduwde|teruggeschopt|terugschopte|schop|"
        r"schopte|"
        r"schoppen|geschopt|stompte|stompen|gestompt|trapte|getrapt|wurg|wurgde|wurgen|gewurgd|"
        r"mepte|"
        r"meppen|gemept|mishandel|mishandelde|mishandelen|mishandeld|rammelde|schud|schudde|"
        r"schudden|geschud|door elkaar (?:\w+ )?(?:geschud|schudden|schud|schudde|gerammeld|"
        r"rammelen|rammel|rammelde))\b",
        also=("<ik>", "<naaste>"),
        exclude=(
            SLAAN_IDIOMS
            + "|"
            + _CAREGIVER_IS_VICTIM
            + "|"
            + PASSIVE
            + "|"
            + ANGER_AT_A_STRANGER
            + r"|\bmezelf\b|"
            r"\b(?:wakker|kussen|kussens|dekbed|hoofd nee|flesje)\b|"
            r"\b(?:sla|slaat|sloeg|slaan)\b(?: [a-z]+){0,2} (?:hand|handen|arm|armen) (?:om|op|voor)\b"
        ),
    ),
    Rule(
        BY,
        "caregiver_hits",
        r"\b(?:een|paar|flinke|harde) (?:klap|klappen|tik|duw|mep|schop|stomp|dreun|oplawaai|"
        r"draai om de oren|pets|knal|por|opdoffer)\b",
        also=("<ik>", r"\b(?:gaf|geef|gegeven|verkocht|verkoop|geven|uitgedeeld)\b", "<naaste>"),
        exclude=r"\b(?:goede richting|zetje|kreeg|krijg)\b|" + _CAREGIVER_IS_VICTIM,
    ),
    Rule(
        BY,
        "caregiver_hurts",
        r"\b(?:knijp|kneep|geknepen|knijpen|geduwd|duwde|"
        r"pijn (?:doe|deed|gedaan|doen|te doen)|iets (?:aandoe|aandoen|aan doe|aan te doen)|"
        r"aan (?:zijn|haar|dr) (?:arm|armen|haren|haar|oor|oren) (?:getrokken|trek|trok|trekken)|"
        r"(?:expres|met opzet|bewust)(?: [a-z]+){0,3} laten vallen|laten vallen (?:expres|"
        r"met opzet))\b",
        also=("<ik>", "<naaste>"),
        exclude=(
            _CARE_ACCIDENT + r"|\b(?:hand|handje|gerust|geruststellen|zachtjes|aanmoedigen|"
            r"schommel|goede richting|mezelf)\b|" + _CAREGIVER_IS_VICTIM
        ),
    ),
    Rule(
        BY,
        "caregiver_hurts",
        # Roughness is not an accident, also not while washing: no care-context exclusion here.
        r"\b(?:hardhandig|hardhandiger|ruw|ruwer|te hard|hard vastgepakt|te stevig)\b",
        also=("<ik>", "<naaste>"),
        # "als ik te hard rij": speed, not roughness.
        exclude=_CAREGIVER_IS_VICTIM
        + r"|\b(?:mezelf|handdoek|washandje|huid|rij|rijd|rijden|fiets|fietsen|loop|lopen|praat|"
        r"praten|werk|werken|ren|rennen)\b",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        r"\b(?:minder|geen|te weinig|niet genoeg) (?:eten|drinken|te eten|te drinken)\b",
        also=(
            "<ik>",
            r"\b(?:geef|gaf|geven)\b",
            r"\b(?:zodat|expres|als straf|met opzet|om (?:hem|haar) te straffen)\b",
        ),
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        r"\b(?:expres|bewust|met opzet|als straf)\b",
        also=(
            "<ik>",
            r"\b(?:geef|gaf|geven)\b",
            r"\b(?:eten|drinken|medicijnen|medicatie|pillen|insuline)\b",
            r"\b(?:niet|geen)\b",
        ),
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        r"\b(?:opgesloten|opsluiten|sluit [a-z]+ op|sloot [a-z]+ op|vastgebonden|vastbinden|"
        r"vastgezet|vastzetten|bind [a-z]+ vast|ingesloten)\b",
        also=("<ik>", "<naaste>"),
        # "Hoe kan ik mijn vader veilig vastzetten in de auto? Hij maakt zijn gordel los."
        exclude=r"\b(?:mezelf|me op|mij op|veilig|gordel\w*|autostoel\w*)\b|"
        + _CAREGIVER_IS_VICTIM
        + "|"
        + PASSIVE,
    ),
    # --- round 25 (development) --------------------------------------------------------------------
    Rule(
        BY,
        "caregiver_restrains",
        # The verb first, after a time or a condition: "als ik boodschappen doe sluit ik mijn
        # moeder op in haar kamer", "s nachts bind ik mijn vrouw met een sjaal vast aan het bed".
        r"\b(?:sluit|sloot|sluiten|sloten) (?:ik|we|wij)<adv><person><pp><adv> op\b|"
        r"\b(?:sluit|sloot|sluiten|sloten) (?:ik|we|wij)<adv><person><adv> (?:in|op) (?:zijn|haar|"
        r"dr|de) (?:kamer|slaapkamer|badkamer|huis|schuur|wc)\b|"
        r"\b(?:bind|bond|binden|bonden) (?:ik|we|wij)<adv><person><adv>(?: [a-z]+){0,5} vast\b|"
        # Hands or arms tied to a chair or a bed: "soms bind ik zn handen met een sjaal aan de stoel
        # vast".
        r"\b(?:bind|bond|binden|bonden) (?:ik|we|wij)<adv> (?:zijn|haar|dr|hun|z n|d r) (?:handen|hand|"
        r"armen|arm|polsen|pols|benen|enkels)(?: [a-z]+){0,6} vast\b|"
        r"\bik<adv> (?:bind|bond) (?:zijn|haar|dr|hun) (?:handen|hand|armen|arm|polsen|pols|benen|"
        r"enkels)(?: [a-z]+){0,6} vast\b",
        exclude=r"\b(?:voordeur|buitendeur|huisdeur|veiligheidsgordel|gordel|riem van de rolstoel|"
        r"fixatie (?:is )?(?:voorgeschreven|afgesproken))\b",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Left alone for nights by the caregiver's own plan, though the naaste cannot get up: "ik ga
        # een weekend weg, mijn schoonvader blijft dan alleen. hij kan niet zelf uit bed".
        r"\b(?:blijft|blijven|ligt|liggen|zit|is)\b(?: [a-z]+){0,3} alleen\b",
        also=(
            r"\b(?:weekend|nacht|nachten|nachtjes|dagen|dagjes|week|vakantie|weg|vriendinnen|"
            r"vrienden|uitje|reis)\b",
            r"\b(?:kan|kon|komt|kwam)\b(?: [a-z]+){0,3} niet (?:meer )?(?:zelf )?(?:opstaan|uit bed|"
            r"eruit|er uit|naar de wc|naar het toilet|overeind)\b|\bbedlegerig\b|"
            r"\bkan er (?:zelf )?niet uit\b",
            r"\b(?:ik|wij|we)\b",
        ),
        exclude=(
            r"\b(?:niet alleen|nooit alleen|alarmknop|personenalarm|thuiszorg komt|buurvrouw komt|"
            r"buurman komt|wijkverpleging|iemand komt|logeer\w*|respijt\w*|oppas\w*|wie kan|"
            r"zorghotel|opvang|vervang\w*)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "fear_of_harming_naaste",
        # Close to hitting, without the naaste named in the same words: "ik voel dat ik bijna ga
        # slaan", "vandaag ging mijn hand al omhoog toen ze ...".
        r"\bik<adv> (?:ga|zal|ging|kan|zou|sta op het punt om)<adv> (?:slaan|meppen|uithalen|"
        r"een klap geven|klappen uitdelen)\b|"
        r"\b(?:mijn|m n) hand<adv> (?:ging|gaat|gingen)<adv> (?:omhoog|de lucht in)\b|"
        r"\b(?:ging|gaat) mijn hand<adv> (?:omhoog|de lucht in)\b|\bhief (?:ik )?mijn hand\b",
        also=(
            r"\b(?:bijna|bang|voordat|te laat|toen (?:ze|hij|zij)|tegen (?:haar|hem)|klap|"
            r"slaan|hulp)\b",
        ),
        exclude=SLAAN_IDIOMS + "|" + _JOKE + r"|\b(?:vinger|vraag stellen|stemmen|zwaai\w*|"
        r"groet\w*|opsteken|klas|vergadering|bingo|tennis|golf|bal|badminton|padel|"
        r"tafeltennis|drum\w*|trommel\w*|gong)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # Only water or dry bread as a punishment: "omdat hij zo vervelend deed heb ik hem twee
        # dagen alleen water gegeven. misschien leert hij het dan".
        r"\b(?:alleen|enkel|maar|niks dan|niets dan|niets anders dan) (?:water|droog brood|"
        r"brood en water)\b(?: [a-z]+){0,2} (?:gegeven|geven|geef|gaf|gekregen|krijgt|kreeg)\b|"
        r"\b(?:geef|gaf|geven|krijgt|kreeg)\b(?: [a-z]+){0,5} (?:alleen|enkel|niks dan|niets dan|"
        r"niets anders dan) (?:water|droog brood|brood en water)\b",
        also=(
            "<ik>",
            r"\b(?:leert|leren|straf|straffen|vervelend|lastig|brutaal|dwars|verdiend|boos)\b",
        ),
        exclude=r"\b(?:arts|dokter|huisarts|ziekenhuis|onderzoek|operatie|nuchter|darm\w*|"
        r"ziek|griep|buikgriep|misselijk|overgeven|diarree)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 37 (development, measured once, then learned from) --------------------------------
    Rule(
        BY,
        "medication_for_quiet",
        # Sedatives hidden in food for quiet: "ik doe de temazepam van mijn moeder stiekem in haar
        # yoghurt, ook overdag. ze is dan rustig".
        rf"{DRUGS}",
        also=(
            r"\bin (?:zijn|haar|de|het) (?:eten|yoghurt|vla|pap|koffie|thee|drinken|soep|appelmoes|"
            r"sap|melk)\b",
            r"\b(?:stiekem|zonder dat|rustig|rust|slaapt|ook overdag|overdag)\b",
        ),
        exclude=r"\b(?:voorgeschreven (?:om|voor) in|apotheek (?:zegt|zei)|huisarts (?:zegt|zei) dat|"
        r"mag dat|slikken lukt niet|kan niet slikken|fijnmalen|vermalen)\b",
        scope="message",
        negatable=False,
    ),
    # --- rounds 38 and 39 (development, measured once, then learned from) -----------------------
    Rule(
        BY,
        "caregiver_neglects",
        # "hij valt vaak. ik laat hem tegenwoordig s nachts gewoon liggen tot de ochtend, ik til hem
        # niet meer op"
        r"\blaat<adv> (?:hem|haar|mijn [a-z]+)<adv> (?:gewoon )?liggen\b",
        also=(
            r"\b(?:tot de ochtend|tot morgen|op de grond|op de vloer|uur|til (?:hem|haar) niet|valt|"
            r"gevallen|viel)\b",
        ),
        exclude=r"\b(?:uitslapen|slapen|rusten|in bed laten liggen tot hij wakker)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        BY,
        "left_alone",
        # Left in bed all day without drink or phone: "ben de hele dag gaan vissen en heb haar in
        # bed laten liggen, zonder telefoon en zonder drinken".
        r"\b(?:heb|had|laat|liet)(?: ik)?<adv> (?:haar|hem)\b(?: [a-z]+){0,4} (?:laten )?liggen\b",
        also=(
            r"\bzonder (?:telefoon|drinken|eten|water|hulp|alarm)\b",
            r"\b(?:de hele dag|uren|urenlang|weer doen|morgen weer|kan niet zelf|niet zelf uit bed)\b",
            "<ik>",
        ),
        exclude=r"\b(?:slaapt|uitrusten|rust (?:nodig|houden)|dokter zei|arts zei|bedrust)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 43 (development, measured once, then learned from) --------------------------------
    Rule(
        BY,
        "caregiver_sedates",
        # Medication given early and extra for a quiet evening: "ze krijgt haar oxazepam al om vier
        # uur, en vaak nog een halve extra, dan is ze tenminste de hele avond rustig".
        rf"{DRUGS}|\b(?:slaappil\w*|kalmeringsmiddel\w*|rustgevend\w*|medicijn\w*|pillen|tablet\w*)\b",
        also=(
            r"\b(?:extra|een halve extra|nog een halve|dubbele|meer dan (?:voorgeschreven|mag)|eerder "
            r"dan|al om)\b",
            r"\b(?:rustig|rust|stil|slaapt|suf|geen last|niet lastig|tenminste)\b",
        ),
        exclude=r"\b(?:arts (?:zegt|heeft)|huisarts (?:zegt|heeft|vindt)|voorgeschreven door|"
        r"in overleg|mag ik|mag dat|bijsluiter|apotheek)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 44 (held out, measured once, then learned from) -----------------------------------
    Rule(
        BY,
        "caregiver_frightens",
        # "ik schreeuw de hele dag tegen mijn schoonvader, hij huilt dan als een kind"
        r"\bik (?:schreeuw|scheld|snauw|krijs|gil)\w*\b(?: [a-z]+){0,4} (?:tegen|naar) (?:mijn|hem|haar|pa|ma)\b",
        also=(r"\b(?:huilt|huilen|huilde|bang|trilt|schrikt|in elkaar)\b",),
        exclude=r"\b(?:bang dat ik|stel dat)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 54 (held out, measured once, then learned from) -----------------------------------
    Rule(
        BY,
        "caregiver_restrains",
        # "Mag je iemand aan de stoel vastmaken als ze steeds opstaat en valt? Ik doe het nu met een
        # sjaal om haar middel als ik boodschappen ga doen."
        r"\b(?:sjaal|riem|touw|laken|ceintuur|band|koord|tape|das)\b(?: [a-z]+){0,2} om (?:zijn|haar|"
        r"dr|z n|d r) (?:middel|buik|pols|polsen|benen|enkels|armen)\b",
        also=(r"\b(?:stoel|rolstoel|bed|bank|vast\w*)\b",),
        exclude=r"\b(?:broek\w*|aankle\w*|kleedt|gesp|warm|koud|sieraad|mode)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 57 (held out, measured once at the end of the sixteenth round, then learned from) ---
    Rule(
        BY,
        "caregiver_sedates",
        # "ik doe soms een extra temazepam in de thee van mijn man zodat ik eens een nacht doorslaap"
        rf"(?:{DRUGS}|\b(?:halfje|halve|pilletje|slaappilletje)\b)(?: [a-z]+){{0,3}} (?:in|door) (?:de|zijn|haar|het) "
        r"(?:thee|koffie|eten|yoghurt|vla|drinken|pap|soep|limonade|sap|melk|appelmoes|toetje)\b",
        also=(
            r"\b(?:extra|stiekem|zonder dat|zodat ik|ongemerkt|merkt (?:het|er) (?:niks|niets))\b",
        ),
        exclude=r"\b(?:arts (?:zegt|heeft)|huisarts (?:zegt|heeft|vindt)|voorgeschreven|apotheek (?:zegt|zei)|"
        r"slikken lukt niet|kan (?:de pillen|ze) niet (?:meer )?slikken|fijngemaakt op advies)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 59 (held out, measured once at the end of the seventeenth round, then learned from) ---
    Rule(
        BY,
        "caregiver_hurts",
        # "gisteren viel hij door mij tegen de kast aan"; "dat ik mijn vader gisteren zodanig hard heb
        # geduwd dat hij ten val is gekomen"
        r"\b(?:viel|valt|gevallen|vielen)\b(?: [a-z]+){0,2} door mij\b|\bzo(?:danig)? hard (?:heb )?geduwd\b|"
        r"\bgeduwd dat (?:hij|ze|zij) (?:ten val|viel|gevallen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # "laat ik hem soms gewoon tot de avond op de vloer liggen omdat ik het niet kan"
        r"\blaat ik (?:hem|haar)\b(?: [a-z]+){0,5} (?:op de (?:vloer|grond)|in bed|in (?:zijn|haar) (?:stoel|"
        r"bed|ontlasting|plas)) liggen\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "left_alone",
        # "heb ik mijn moeder alleen thuisgelaten. Ze kan niet zelf uit bed komen."
        r"\balleen (?:thuis ?)?gelaten\b|\bthuisgelaten\b",
        also=(
            r"\b(?:niet (?:meer )?(?:zelf |alleen )?uit (?:bed|zijn bed|haar bed)|kan niet (?:zelf )?"
            r"(?:opstaan|lopen|eten|drinken)|bedlegerig)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 62 (held out, measured once at the end of the eighteenth round, then learned from) ---
    Rule(
        BY,
        "caregiver_hits",
        # "Ik heb mijn zoon (24) vanmiddag een klap gegeven toen hij zijn bord op de grond gooide"
        r"\bik heb\b(?: (?:[a-z0-9]+|\|)){0,10} (?:een )?(?:klap|mep|draai om (?:zijn|haar) oren|oorvijg|tik|"
        r"schop|trap|stomp|dreun) gegeven\b",
        exclude=r"\b(?:op (?:de|het) (?:tafel|deur|muur)|tegen de bal|voetbal|vlieg|mug)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_hits",
        # "heb haar geduwd en ze viel tegen de kast" (the "ik" left out, as in a chat)
        r"(?:^|\| )(?:en |toen |gisteren |vandaag )?heb (?:haar|hem|m|d r) (?:\w+ )?(?:geduwd|geslagen|"
        r"geschopt|geknepen|gemept|gestompt)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_punishes",
        # "Wanneer hij gaat schreeuwen zet ik hem in de badkamer met het licht uit tot hij stil is"
        r"\b(?:zet|stop|sluit|doe|breng) ik (?:hem|haar)\b(?: [a-z]+){0,4} (?:in|op) de (?:badkamer|wc|"
        r"kast|kelder|schuur|gang|kamer|slaapkamer|zolder)\b",
        also=(r"\b(?:licht uit|in het donker|tot (?:hij|ze|zij) stil is|op slot|straf|stil is)\b",),
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_frightens",
        # "mijn zus zegt dat ik tegen mama tekeer ga als een gek. mama kruipt weg als ik binnenkom"
        r"\b(?:kruipt|kroop|duikt|deinst) (?:\w+ )?(?:weg|ineen|terug) (?:als|wanneer) ik\b|"
        r"\b(?:is|wordt|werd) bang (?:van|voor) (?:mij|me) (?:als|wanneer) ik\b",
        scope="message",
        strength=V,
    ),
    Rule(
        BY,
        "caregiver_loses_control",
        # "De zorg is me compleet uit handen gelopen. Ik weet niet meer wie welke medicijnen krijgt, de
        # wond van mijn moeder ruikt, en ik durf niemand meer binnen te laten"
        r"\b(?:uit (?:de )?hand(?:en)? gelopen|uit (?:de )?handen gelopen|ontspoord|loopt (?:me )?uit de "
        r"hand|boven het hoofd gegroeid)\b",
        also=(
            r"\b(?:wond|medicijnen|niemand (?:meer )?binnen|vies|ruikt|stinkt|doorligplek\w*|"
            r"niet meer gewassen)\b",
        ),
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_withholds",
        # "Mijn vrouw krijgt van mij na zes uur niets meer te drinken ... Ze vraagt er wel om, maar
        # ik geef het niet."
        r"\bkrijgt van (?:mij|me) (?:\w+ ){0,4}(?:niets|niks|geen) (?:meer )?(?:te drinken|drinken|"
        r"water|te eten|eten)\b",
        also=(r"\b(?:vraagt er (?:wel )?om|ik geef het niet|dorst|huilt|smeekt)\b",),
        scope="message",
        strength=V,
    ),
    # --- round 66 (held out, measured once at the end of the nineteenth round, then learned from) -
    Rule(
        BY,
        "caregiver_neglects",
        # "mn vader kan zelf niet uit bed en ik ben vrijdag gewoon weggegaan, het hele weekend"
        r"\bik ben\b(?: [a-z]+){0,3} (?:weggegaan|vertrokken|weg gegaan|op vakantie gegaan)\b",
        also=(
            r"\b(?:niet (?:zelf )?uit (?:bed|zijn bed|haar bed)|(?:zelf )?niet (?:uit bed|opstaan|"
            r"overeind)|bedlegerig|kan (?:\w+ )?niet (?:meer )?lopen)\b",
            r"\b(?:weekend|nacht|nachten|dagen|hele dag|week)\b",
        ),
        scope="message",
        strength=V,
    ),
    # --- round 67 (development: violence and abuse told calmly or formally) ----------------------
    Rule(
        BY,
        "caregiver_threatens",
        # "ik heb tegen mijn man gezegd dat ik hem in een tehuis stop en nooit meer op bezoek kom als
        # hij nog één keer in zijn broek poept. hij huilde."
        r"\b(?:gezegd|gedreigd|zeg|zei|dreig|dreigde)\b(?: [a-z]+){0,3} dat ik (?:hem|haar|ze)\b"
        r"(?: [a-z]+){0,4} (?:in een (?:tehuis|verpleeghuis|home|inrichting) (?:stop|doe|breng)|"
        r"wegbreng|wegdoe|opsluit|alleen laat|nooit meer)\b",
        also=(
            r"\b(?:als (?:hij|zij|ze) (?:nog (?:een|1) keer|nog eens|weer)|huilde|huilt|bang|schrok|"
            r"steeds vaker|zulke dingen)\b",
        ),
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_neglects",
        # "Mijn vader kan niet zelf uit bed komen. Ik werk, dus hij ligt van 7 tot 18 uur alleen"
        r"\b(?:ligt|zit|lag|zat)\b(?: [a-z]+){0,2} (?:van [0-9]+ tot [0-9]+(?: uur)?|de hele dag|hele "
        r"dagen|[0-9]+ uur|uren)\b(?: [a-z]+){0,2} alleen\b",
        also=(
            r"\b(?:niet (?:zelf )?(?:uit (?:bed|zijn bed|haar bed)|opstaan|overeind)|bedlegerig|"
            r"kan niet (?:meer )?lopen|telefoon ligt)\b",
        ),
        scope="message",
        strength=V,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        # "We binden oma 's nachts met een laken vast aan het bed"; "dat ik mijn echtgenoot bij onrust
        # in zijn rolstoel vastzet met een spanband"
        r"\b(?:binden|bind|bindt|bond|bonden|zet|zetten|maak|maken)\b(?: [a-z]+){1,6} vast\b|"
        r"\b(?:vastzet|vastzetten|vastbind|vastbinden|vastgezet|vastgebonden)\b",
        also=(
            r"\b(?:laken|lakens|riem|band|spanband|touw|sjaal|tape|stropdas|bed|stoel|rolstoel)\b",
            r"\b(?:ik|we|wij)\b",
        ),
        exclude=r"\b(?:rem|remmen|gordel\w*|autogordel\w*|bus|busje|taxi|voorgeschreven|arts|specialist|"
        r"zoals het hoort|"
        r"verpleeghuis|fixatie\w* (?:van|door) (?:het|de))\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_shouts",
        # "Ik schreeuw de hele dag tegen mijn moeder en ze kijkt me angstig aan als ik binnenkom."
        r"\bik (?:schreeuw|gil|krijs|tier|brul|snauw)\b(?: [a-z]+){0,4} tegen\b",
        also=(
            r"\b(?:angstig|bang|schrikt|schrok|krimpt|trilt|huilt|huilde|in elkaar)\b",
            r"\b(?:hele dag|hele dagen|elke dag|steeds|altijd|de hele tijd|iedere dag)\b",
        ),
        scope="message",
        strength=V,
    ),
    # --- round 65 (development: elderly and rural caregivers, dialect, the last phase) ----------
    Rule(
        BY,
        "caregiver_forces",
        # "gisteren heb ik het eten er gewoon in geduwd, met mijn hand om zijn kaak"
        r"\b(?:eten|hap|lepel|pap)\b(?: [a-z]+){0,4} (?:erin geduwd|in (?:zijn|haar) mond geduwd|"
        r"naar binnen geduwd|erin gepropt|erin gedrukt)\b|\bhand om (?:zijn|haar) kaak\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_frightens",
        # "Dan zeg ik dat ik hem naar het gesticht breng en dat niemand hem daar meer komt opzoeken"
        r"\b(?:zeg|dreig) ik (?:dat ik )?(?:hem|haar) (?:naar (?:het|een) (?:gesticht|tehuis|"
        r"gekkenhuis|inrichting) (?:breng|stuur)|weg te brengen|weg breng)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        BY,
        "caregiver_withholds_medication",
        # "heb ik de nieuwe pleister expres een halve dag later geplakt omdat ze zo tegen me tekeer
        # ging"
        r"\b(?:pleister|medicijn\w*|pijnstilling|pijnstiller\w*|morfine\w*|pillen|insuline)\b"
        r"(?: [a-z]+){0,6} (?:expres|express|bewust|met opzet|opzettelijk)\b(?: [a-z]+){0,5} "
        r"(?:later|niet|te laat|weggelaten|achtergehouden|overgeslagen)\b|"
        r"\b(?:expres|bewust|met opzet|opzettelijk)\b(?: [a-z]+){0,5} (?:pleister|medicijn\w*|"
        r"pijnstilling|pijnstiller\w*|morfine\w*|pillen|insuline)\b(?: [a-z]+){0,4} (?:later|niet|"
        r"weggelaten|achtergehouden|overgeslagen)\b",
        scope="message",
    ),
    # --- round 64 (development: WhatsApp style, shame, minimising) ------------------------------
    Rule(
        BY,
        "caregiver_sedates",
        # "ik geef hem nu 2 temazepam van mezelf erbij, dan is het eindelijk stil"
        r"\b(?:temazepam|oxazepam|diazepam|lorazepam|slaappil\w*|slaapmiddel\w*|kalmeringsmiddel\w*|"
        r"rustgevend\w*|pillen|tabletten)\b(?: [a-z0-9]+){0,3} (?:van mezelf|van mij|van mijzelf)\b",
        also=(r"\b(?:geef|gaf|geven|stop|doe|erbij|in zijn|in haar)\b",),
        scope="message",
    ),
    Rule(
        BY,
        "fear_of_harming_naaste",
        # "ik ben bang dat ik een keer doorsla"
        r"\bbang dat ik (?:\w+ ){0,2}(?:doorsla|door sla|ontplof|uithaal|ga slaan|(?:hem|haar) sla|"
        r"iets (?:ergs )?doe|iets aandoe)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "left_alone",
        # "heb haar vanmiddag gewoon laten liggen. ze was uit haar stoel gezakt ... ze lag er 3 uur"
        r"\b(?:laten liggen|liet (?:haar|hem) liggen|laat (?:haar|hem) liggen)\b",
        also=(r"\b(?:gezakt|gevallen|op de grond|vloer|uur|uren|kon niet (?:op|overeind))\b",),
        exclude=r"\b(?:slapen|uitslapen|slaapt|rusten|bed)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_hurts",
        # "dat ik mijn moeder in haar arm knijp als ze niet wil meewerken"; round 65: "dat ik steeds
        # harder in haar arm knijp als ze niet mee wil naar de douche"
        r"\bik (?:mijn|m n|mn) (?:moeder|vader|man|vrouw|oma|opa|zus|broer|zoon|dochter|partner|"
        r"schoonmoeder|schoonvader|moeke|pa|ma)\b(?: [a-z]+){0,3} (?:knijp|kneep|sla|sloeg|duw|duwde|"
        r"schop|schopte)\b|"
        r"\bik (?:\w+ ){0,3}(?:in|aan) (?:haar|zijn) (?:arm|bovenarm|pols|hand|been|oor) "
        r"(?:knijp|kneep|trek|ruk|draai)\b",
        scope="message",
    ),
    Rule(
        BY,
        "caregiver_frightens",
        # "vandaag weer tegen hem geschreeuwd, zo hard dat hij ging huilen en zich verstopte"; round
        # 65: "soms schreeuw ik zo tegen hem dat hij gaat trillen en zich onder de deken verstopt"
        r"\b(?:geschreeuwd|gescholden|gegild|geschreeuw|schreeuw|schreeuwde|gil)\b",
        also=(
            r"\b(?:ging huilen|gaat huilen|verstopte|verstopt|bang (?:voor|van) (?:mij|me)|trilde|"
            r"trillen|kroop weg|kruipt weg|ineenkromp|kromp ineen)\b",
        ),
        exclude=r"\b(?:tegen mij|naar mij|op mij)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        BY,
        "left_alone",
        # "ik laat haar nu 's nachts gewoon in haar stoel zitten, ze kan er niet zelf uit"
        r"\b(?:laat|liet) (?:haar|hem) (?:\w+ ){0,4}in (?:haar|zijn|de) (?:stoel|rolstoel|bed|fauteuil) "
        r"(?:zitten|liggen)\b",
        also=(
            r"\b(?:niet (?:zelf )?uit|niet (?:zelf )?op|tot de middag|de hele nacht|s nachts|uren|"
            r"niet tillen)\b",
        ),
        scope="message",
    ),
    # --- round 61 (development: danger to life now) -----------------------------------------
    Rule(
        BY,
        "fear_of_harming_naaste",
        # "ik merk dat ik mijn handen om zijn nek wil leggen als hij weer de hele nacht roept"
        r"\bhanden om (?:zijn|haar|z n|d r) (?:nek|keel|hals)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 60 (development) ----------------------------------------------------------------
    Rule(
        BY,
        "caregiver_restrains",
        # "ik doe de deur van zijn slaapkamer 's nachts van buiten op slot ... vannacht riep hij uren
        # maar ik heb niet opengedaan"
        r"\b(?:\w*deur|kamer|slaapkamer)\b(?: [a-z]+){0,5} (?:van buiten(?:af)? )?op slot\b",
        also=(r"\b(?:niet (?:open ?gedaan|opengedaan|opengemaakt)|riep|bonkte|bonsde|huilde)\b",),
        exclude=r"\b(?:ik (?:zit|zat|heb mezelf)|mezelf|voordeur|buitendeur|inbrekers?|inbraak)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        # "ik heb anneanne vandaag in haar kamer opgesloten en de sleutel meegenomen naar mijn werk"
        r"\b(?:ik heb|heb ik)\b(?: (?!me\b|mij\b|mezelf\b|mijzelf\b|ons\b)[a-z]+){1,5} opgesloten\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "left_alone",
        # "Ik ben dit weekend gewoon niet gegaan. Mijn vader kan niet zelf uit bed en ik heb niemand
        # gestuurd of gebeld."
        r"\b(?:kan|kon) niet (?:meer )?(?:zelf |alleen )?uit (?:bed|zijn bed|haar bed)\b|"
        r"\bniet (?:meer )?(?:zelf |alleen )?uit (?:bed|zijn bed|haar bed) (?:kan|kon|komen)\b",
        also=(
            r"\b(?:niet gegaan|niemand gestuurd|niemand gebeld|alleen gelaten|niet (?:bij hem |bij haar )?"
            r"geweest|laten liggen)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 58 (development) ----------------------------------------------------------------
    Rule(
        BY,
        "caregiver_hurts",
        # "ik heb haar hard bij de arm gepakt en nu heeft ze blauwe plekken. zo ben ik niet"
        r"\bik (?:heb|had)<person>(?: [a-z]+){0,2} (?:bij|aan) (?:de|haar|zijn|d r|z n) (?:arm|armen|pols|"
        r"polsen|nek|haren|schouder|schouders|kraag|kin) (?:gepakt|vastgepakt|gegrepen|beetgepakt|"
        r"geknepen|getrokken)\b",
        also=(
            r"\b(?:hard|blauwe plek\w*|pijn|zo ben ik niet|schrok|huilde|huilen|te hard|boos)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        BY,
        "caregiver_frightens",
        # "Ik zeg tegen mijn moeder dat als ze niet stil is ze naar het tehuis gaat en dat niemand haar
        # dan ooit nog bezoekt. Dan is ze stil. Ik weet dat het gemeen is."
        r"\bik (?:zeg|zei|dreig|dreigde|roep|riep)\b(?: [a-z]+){0,4} (?:dat|als)\b(?: [a-z]+){0,8} "
        r"(?:naar (?:het|een) (?:tehuis|verpleeghuis|gesticht)|in (?:het|een) (?:tehuis|verpleeghuis) "
        r"(?:stop|stopt|gaat)|niemand (?:haar|hem) (?:dan )?(?:ooit )?(?:nog )?(?:bezoekt|opzoekt|komt "
        r"opzoeken)|ik (?:haar|hem) (?:achterlaat|wegbreng|wegdoe))\b",
        also=(r"\b(?:stil|gemeen|bang|huilt|huilde|luistert|doet ze wat|doet hij wat|schaam)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 55 (development) ----------------------------------------------------------------
    Rule(
        BY,
        "caregiver_restrains",
        # "als ik boodschappen ga doen draai ik de voordeur op slot en neem ik de sleutel mee, zodat
        # mijn vrouw niet weg kan. soms ben ik wel twee uur weg."
        r"\b(?:draai|doe|sluit|zet|draaien|doen)\b(?: [a-z]+){0,2} (?:de |het )?(?:voordeur|deur|achterdeur|"
        r"huis|buitendeur)\b(?: [a-z]+){0,2} (?:op slot|dicht|af)\b",
        also=(
            r"\bzodat (?:hij|ze|zij|mijn [a-z]+) niet (?:weg|naar buiten|eruit|de deur uit)\b|"
            r"\bsleutel mee\b",
            r"\b(?:als ik (?:weg|boodschappen|naar|de deur uit|werk)|ben ik\b(?: [a-z]+){0,3} weg|"
            r"sleutel mee|alleen thuis|uur weg|hele dag weg)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        BY,
        "left_alone",
        # "mijn vader kan niet zelf uit bed komen. ik ben dit weekend naar mijn vriendin in groningen,
        # ik heb eten en drinken naast zijn bed gezet. telefoon kan hij niet bedienen"
        r"\bkan<adv> niet (?:zelf |zelfstandig |alleen )?(?:uit (?:bed|zijn bed|haar bed|de stoel)|"
        r"opstaan|lopen|naar de wc)\b",
        also=(
            r"\b(?:dit|het|een|hele) weekend\b|\b(?:paar|twee|drie) dagen\b|\bnachtje\b|"
            r"\bvakantie\b|\bdagje weg\b",
            r"\b(?:eten en drinken|naast (?:zijn|haar) bed|telefoon kan (?:hij|ze|zij) niet|"
            r"redt (?:zich|hem|haar) wel|red (?:zich|hem|haar) wel|alleen thuis|niemand komt)\b",
        ),
        exclude=r"\b(?:thuiszorg komt|logeer\w*|respijt\w*|oppas|komt (?:er )?iemand|neemt het over|"
        r"zus komt|broer komt|buurvrouw komt|buurman komt|zorghotel)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 53 (development) ----------------------------------------------------------------
    Rule(
        BY,
        "caregiver_neglects",
        # "ik geef mijn moeder vanaf 4 uur middag niks meer te drinken zodat ze s nachts niet hoeft te
        # plassen en ik kan slapen"
        r"\b(?:geef|gaf|geven)\b(?: [a-z0-9]+){0,6} (?:niks|niets|geen) (?:meer )?(?:te drinken|drinken|"
        r"water|eten|te eten)\b",
        also=(r"\b(?:zodat|anders|dan (?:hoeft|kan|heb)|ik kan slapen|rust)\b",),
        exclude=r"\b(?:nuchter|operatie|dokter zegt|arts zegt|voorgeschreven|vochtbeperking)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        BY,
        "caregiver_restrains",
        # "zijn rollator staat nu s nachts in de schuur zodat hij niet gaat rondspoken als ik slaap.
        # hij roept dan wel, maar met oordopjes hoor ik dat niet"
        r"\b(?:rollator|rolstoel|stok|looprek|bril|gehoorapparaat|alarmknop|telefoon|bel)\b(?: [a-z]+){0,5} "
        r"(?:in de schuur|in de garage|in de gang|weggezet|weg gezet|weggelegd|weggehaald|verstopt|"
        r"buiten bereik)\b",
        also=(
            r"\bzodat (?:hij|ze|zij) niet\b|\boordopjes\b|\bhoor ik (?:dat|hem|haar) niet\b|"
            r"\bniet (?:kan|kunnen) (?:opstaan|lopen|bellen|roepen)\b|"
            # "dan blijft ze tenminste op de bank zitten. ze roept wel maar dan zet ik de tv harder"
            r"\bdan blijft (?:hij|ze|zij) (?:tenminste |wel )?(?:op|in|zitten|liggen)\b|\btv harder\b",
        ),
        exclude=r"\b(?:reparatie|kapot|schoonmaken|opladen)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 50 (held out, measured once at the end of the fourteenth round, then learned from) ---
    Rule(
        BY,
        "caregiver_exploits",
        # "ik ben zijn geld gaan gebruiken voor mijn eigen huur, hij merkt het toch niet"
        r"\b(?:zijn|haar) (?:geld|pensioen|aow|spaargeld|uitkering|pinpas|bankpas|rekening)\b(?: [a-z]+){0,4} "
        r"(?:gebruiken|gebruikt|gebruik|opgemaakt|genomen|uitgegeven) voor (?:mijn|me|m n) (?:eigen )?\w+",
        exclude=r"\b(?:mag|toestemming|afgesproken|bewindvoerder zegt|terugbetaal\w*|voor hem|voor haar)\b",
        scope="message",
        negatable=False,
    ),
)
