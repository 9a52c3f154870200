"""Abuse or neglect of the naaste by someone else (Veilig Thuis).

The rule format, the macros and the decisions behind these rules: bot/safety/patterns/__init__.py.
"""

from __future__ import annotations

from bot.safety.patterns.compile import AB, Rule, V
from bot.safety.patterns.macros import ANIMALS, PASSIVE, PAST, SLAAN_IDIOMS

# The rules are alike in shape only: each Rule(...) is one signal with its own words.
RULES: tuple[Rule, ...] = (
    # --- abuse or neglect of the naaste by someone else -------------------------------------------
    Rule(
        AB,
        "abuse_word",
        r"\b(?:mishandel\w*|ouderenmishandeling|verwaarloos\w*|verwaarloz\w*|uitbuiting|"
        r"uitgebuit|misbruik\w*|huiselijk geweld|geweld (?:thuis|in huis|tegen)|beroofd|bestolen|"
        r"afgeperst|afpersing|"
        r"(?:gebruikt|gebruikte|gebruiken) geweld)\b",
        exclude=(
            r"\bverwaarloos\w* (?:mezelf|mijn eigen|mijn vrienden|mijn werk|mijn hobby|"
            r"mijn huishouden|de tuin|het huis)\b|\bmisbruik maken van (?:de|het) \w*regeling|"
            r"\b(?:dingen|spullen) kwijt\b|"
            # "dat haar man zich van het leven had beroofd": a suicide told, not a robbery.
            r"\bvan het leven (?:had |heeft )?beroofd\b|"
            # "mijn schoonmoeder heeft zich van het leven beroofd": a death, not a robbery.
            r"\bvan het leven beroofd\b"
        ),
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:krijgt|krijgen|kreeg|kregen)<adv> (?:geen|niet genoeg|te weinig|nauwelijks|bijna "
        r"geen|amper)<adv> (?:eten|drinken|te eten|te drinken|voedsel|"
        r"water)\b(?! (?:meer )?binnen\b)",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # "lag ze nog in de ontlasting van gisteren": the subject may follow the verb.
        r"\b(?:ligt|zit|lag|zat)<inv><adv> (?:de hele dag |dagen |uren |urenlang |al dagen )?"
        r"(?:in (?:zijn|haar|dr) (?:eigen )?(?:vuil|poep|ontlasting|urine|plas|uitwerpselen)|"
        r"(?:in|onder) de (?:poep|uitwerpselen|ontlasting|urine|plas|stront)|nat en vies)\b|\bniemand (?:wast|verschoont|voert|verzorgt)"
        r"<person>\b|\bniemand (?:geeft|gaf)<person><adv> (?:te )?(?:eten|drinken)\b|"
        r"\b(?:laat|laten|liet|lieten)<inv>(?: [a-z0-9]+){0,6} (?:in (?:zijn|haar|dr|"
        r"de) (?:eigen )?"
        r"(?:vieze |natte )?(?:vuil|poep|ontlasting|urine|plas|luier)|zonder (?:eten|drinken)|nat|"
        r"vies|vuil)<adv> (?:liggen|zitten|staan)\b|\b(?:wordt|"
        r"werd)<adv> niet (?:meer )?(?:gewassen|verschoond|gevoed)\b",
        negatable=False,
    ),
    Rule(AB, "neglect", r"\b(?:is|was|raakt)<adv> (?:ernstig )?(?:uitgedroogd|ondervoed)\b"),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:steelt|stal|stelen|jat|jatte|besteelt|bestal|bestolen|berooft|plundert|"
        r"plunderde|geplunderd)\b(?: [a-z0-9]+){0,6} (?:van|bij|uit)?<person>\b|"
        r"\bpik(?:t|te|ten)? (?:geld|spullen|sieraden|spaargeld)\b|"
        r"\b(?:wordt|werd|is)<adv> (?:bestolen|beroofd|uitgebuit|opgelicht door)\b",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:geld|pinpas|bankpas|rekening|spaargeld|pincode|pas|pgb|aow|uitkering|toeslag\w*|"
        r"zorgbudget|pensioen)\b(?: \w+){0,5} "
        r"(?:stiekem|zonder (?:dat|toestemming|overleg|te vragen|het te vragen)|voor zichzelf|"
        r"voor (?:zijn|haar) eigen)\b|\b(?:stiekem|voor zichzelf|zonder toestemming)(?: \w+){0,4} "
        r"(?:geld|pinpas|bankpas|rekening|spaargeld|pincode)\b",
        exclude=r"\bik<adv> (?:haal|neem|pak|gebruik|pin)\b",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:dwingt|dwong|gedwongen|onder druk|pusht|manipuleert|chanteert)(?: \w+){0,4} "
        r"(?:testament|erfenis|geld|handtekening|te tekenen|tekenen|huis te verkopen)\b|"
        r"\b(?:testament|erfenis)(?: \w+){0,4} (?:gedwongen|onder druk|dwingt|dwong)\b|"
        r"\bfinancieel (?:kort gehouden|uitgeknepen|afhankelijk gemaakt)\b|"
        r"\bgeld<adv> (?:afgepakt|afhandig gemaakt|ontfutseld|afgetroggeld|verduisterd)\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:slaat|sloeg|schopt|schopte|knijpt|kneep|duwt|duwde|stompt|stompte|trapt|trapte|"
        r"mishandelt|mishandelde|bedreigt|bedreigde|misbruikt|misbruikte|vernedert|vernederde|"
        r"kleineert|kleineerde|mept|mepte)<adv><person><after>|"
        r"\bsluit<adv><person><adv> op\b",
        exclude=r"\b(?:rolstoel|rollator|scootmobiel|schommel|goede richting)\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b<agent> (?:wordt|werd|is)<adv>(?: door(?: [a-z]+){1,3})?<adv> (?:geslagen|geschopt|"
        r"geknepen|geduwd|mishandeld|uitgescholden|bedreigd|opgesloten|vastgebonden|vernederd|"
        r"gekleineerd|misbruikt|aangerand|bestolen|"
        r"uitgebuit|ruw behandeld|hardhandig behandeld|verwaarloosd|aan (?:haar|zijn) lot "
        r"overgelaten)\b",
        exclude=ANIMALS,
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:is|zijn|was|gaat|gaan|doet|doen)<adv> (?:heel |erg )?(?:ruw|hardhandig|grof|"
        r"gemeen)<adv> (?:met|tegen)<person>\b",
    ),
    Rule(
        AB,
        "unexplained_injuries",
        r"\b(?:onverklaarbare|rare|vreemde|verdachte) (?:blauwe plekken|wonden|verwondingen)\b|"
        r"\bblauwe plekken(?: \w+){0,6} (?:niet weet|weet niet|geen idee|onverklaarbaar|niemand "
        r"weet|kan niet zeggen|weet niemand)\b|\bblauwe plekken (?:van|door)<person>\b",
        negatable=False,
    ),
    Rule(
        AB,
        "sexual_abuse",
        r"\b(?:seksueel misbruik\w*|aangerand|aanranding|verkracht\w*|ongewenst (?:aangeraakt|"
        r"betast)|betast|betasten)\b",
    ),
    Rule(
        AB,
        "financial_abuse",
        # Someone takes the naaste's money: "mijn broer pakt geld van mijn moeder".
        r"\b(?:pakt|pakte|neemt|nam|haalt|haalde|pikt|pikte|jat|jatte|steelt|stal|opneemt|"
        r"afpakt)\b(?: [a-z0-9]+){0,4} (?:geld|pensioen\w*|spaargeld|pinpas|bankpas|sieraden|"
        r"euros?|spaarcentjes|aow|uitkering|toeslag\w*|pgb)\b|\b(?:geld|pensioen\w*|spaargeld|pinpas|bankpas|sieraden)\b"
        r"(?: [a-z0-9]+){0,3} (?:pakt|neemt|pikt|jat|steelt|afpakt|inpikt|opneemt)\b",
        also=(
            r"\bvan (?:mijn|haar|zijn|dr|de|onze) [a-z]+\b|\bvan (?:haar|hem)\b|"
            r"\b(?:haar|zijn|dr) (?:geld|pensioen\w*|rekening|pinpas|bankpas|spaargeld)\b|"
            r"\bal (?:het|zijn|haar)\b",
        ),
        exclude=(
            r"\bik (?:pak|neem|haal|pin|beheer|regel|doe)\b|\b(?:voor (?:de |haar |zijn )?"
            r"(?:boodschappen|huur|rekeningen|verpleeghuis)|met toestemming|bewindvoerder|"
            r"dementie|denkt dat)\b"
        ),
    ),
    Rule(
        AB,
        "financial_abuse",
        # Borrowing under pressure: "leent geld van haar ... ze durft geen nee te zeggen".
        r"\b(?:leent|leende|lenen|geleend)\b",
        also=(
            r"\bgeld\b",
            r"\b(?:durft geen nee|durft niet (?:te weigeren|nee)|kan geen nee|elke week|voor meer|"
            r"nooit terug|niet terug|al ruim|steeds meer|onder druk)\b",
        ),
        exclude=r"\bik (?:leen|leende)\b",
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # The naaste's money to someone else's own account: "elke maand duizenden euro's naar zijn
        # eigen rekening".
        r"\b(?:euro|euros|geld|bedrag\w*|spaargeld|pensioen)\b(?: [a-z0-9]+){0,4} naar "
        r"(?:zijn|haar|hun|dr) (?:eigen )?(?:rekening|bankrekening)\b",
        exclude=r"\b(?:ik|wij|we) (?:maak|maakte|zet|zette|stort|stortte)\b",
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # Money gone from the naaste's account, with a suspicion.
        r"\b(?:euro|geld)\b(?: [a-z0-9]+){0,3} (?:van|af|uit) (?:haar|zijn|de|dr) rekening\b",
        also=(
            r"\b(?:gegaan|verdwenen|weg|afgehaald|opgenomen|afgeschreven|overgemaakt)\b",
            r"\b(?:denk dat|vermoed\w*|verdacht\w*|weet niet waar|niemand weet|(?:heeft|had) "
            r"(?:haar|zijn) pinpas|zonder dat|stiekem)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # Someone new in the testament, and the family kept away.
        r"\b(?:staat|staan|gezet|zetten|opgenomen)\b(?: [a-z]+){0,3} in (?:het|haar|zijn) "
        r"testament\b",
        also=(r"\b(?:ineens|opeens|plots|zomaar|buurvrouw|buurman|hulp|verzorg\w*|nieuwe)\b",),
        scope="message",
    ),
    Rule(
        AB,
        "isolation",
        # "van haar mag mama mij niet meer bellen"
        r"\bmag<adv> (?:[a-z]+ )?(?:mij|ons|me|de familie|niemand|haar kinderen|zijn kinderen)"
        r"<adv> (?:niet|nooit) (?:meer )?(?:bellen|zien|spreken|bezoeken|opzoeken|ontvangen)\b",
        exclude=r"\b(?:dokter|arts|corona|ziekenhuis|quarantaine)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Still in yesterday's wet pad, or left wet for long.
        r"\b(?:zat|zit|lag|ligt)\b(?: [a-z]+){0,3} in (?:hetzelfde|dezelfde) (?:[a-z]+ )?"
        r"(?:incontinentiemateriaal|luier\w*|broek|kleren|kleding|pyjama|bed)\b|"
        r"\b(?:natte|vieze|volle|doorweekte) (?:luier\w*|incontinentiemateriaal|broek|bed)\b"
        r"(?: [a-z]+){0,4} (?:al dagen|al uren|sinds gisteren|van gisteren|van vannacht|"
        r"de hele (?:dag|nacht)|urenlang)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Nobody came for days to wash or feed the naaste.
        r"\bniemand\b(?: [a-z]+){0,4} (?:geweest|gekomen|komt|kwam|langs)\b",
        also=(
            r"\b(?:al dagen|al een week|al twee dagen|al drie dagen|dagenlang|al \w+ dagen|"
            r"sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren))\b",
            r"\b(?:wassen|eten|drinken|verzorgen|verschonen|medicijnen|boodschappen)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # Rough handling of the naaste ("trekt hem hardhandig uit bed"); by the caregiver, the
        # caregiver rules also fire and lead.
        r"\b(?:hardhandig|ruw|ruwtjes|grof)\b(?! (?:weer|brood|huid|handen)\b)",
        also=(
            "<naaste>",
            r"\b(?:trekt|trok|sleurt|sleept|duwt|duwde|pakt|pakte|tilt|behandelt|"
            r"gooit|zet|zette|legt|draait|sjort|rukt|wast|kleedt)\b",
        ),
        exclude=r"\bmezelf\b|\bniet (?:hardhandig|ruw|grof)\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        # Restraint by others: "op de dagbesteding hebben ze mijn zoon vastgebonden".
        r"\b(?:vastgebonden|vastgezet|vastgemaakt|gefixeerd|opgesloten|ingesloten)\b",
        also=(
            r"\b(?:ze|hij|zij|men|personeel|begeleid\w*|verzorg\w*|verpleeg\w*|medewerker\w*|"
            r"dagbesteding|verpleeghuis|tehuis|instelling|zorginstelling|woongroep)\b",
            "<naaste>",
        ),
        exclude=r"\bik\b|\bmezelf\b|\bme op\b|\bmij op\b|\b(?:gordel\w*|auto|autostoel)\b|" + PAST,
    ),
    Rule(
        AB,
        "restraint_by_other",
        # Kept in the chair: "ze mag er niet uit, ook niet naar de wc".
        r"\bmag<adv> (?:er|haar stoel|zijn stoel|haar bed|zijn bed|haar kamer|zijn kamer|het huis)"
        r"<adv> (?:niet|nooit) (?:meer )?uit\b|\b(?:mag|mocht)<adv> (?:ook )?(?:niet|nooit) "
        r"(?:meer )?naar (?:de wc|het toilet)\b|\book niet naar de wc\b",
        exclude=(
            r"\b(?:dokter|arts|fysio\w*|operatie|ziekenhuis|specialist|revalid\w*|rust\w*|"
            r"corona|quarantaine)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "unexplained_injuries",
        r"\b(?:komt|kwam|kwamen)\b(?: [a-z]+){0,3} (?:thuis )?met (?:striemen|blauwe plekken|"
        r"wonden|schrammen|brandplekken|afdrukken)\b|\bstriemen\b",
        exclude=PAST + "|" + ANIMALS + r"|\b(?:gevallen|val|vallen|sport|stoten|gestoten)\b",
    ),
    # --- round 16 (development): danger and harm told without the usual words ---------------------
    Rule(
        AB,
        "financial_abuse",
        # Money drained by someone the naaste met online: "een 'vriendin' die hij via internet
        # kent laat hem steeds geld overmaken".
        r"\blaat (?:hem|haar|mijn \w+|pa|ma)(?: [a-z]+){0,2} (?:steeds |telkens |weer |al )*"
        r"(?:geld|bedragen|duizenden euro\w*) (?:over ?maken|overmaken|sturen|storten)\b|"
        r"\b(?:maakt|maakte|heeft) (?:\w+ ){0,3}(?:geld|[0-9.]+ euro) over(?:gemaakt)? (?:naar|aan) "
        r"(?:een|iemand|die|zijn|haar) (?:\w+ )?(?:die (?:hij|ze|zij) )?(?:via internet|online|"
        r"van internet|op facebook|via facebook|nooit gezien|nooit ontmoet)\b",
        exclude=r"\b(?:huur|rekening van|energie|verzekering|boodschappen|ik laat)\b",
    ),
    # --- abuse or neglect: more wording -------------------------------------------------------
    Rule(
        AB,
        "abuse_by_other",
        # Told in the perfect: "de verzorgster heeft mijn vader geslagen".
        r"\b<agent>(?: [a-z]+){0,3} (?:heeft|had|hebben)<adv> <naasteobj><adv>(?: [a-z]+){0,3} "
        r"(?:geslagen|geschopt|"
        r"geknepen|geduwd|mishandeld|uitgescholden|bedreigd|opgesloten|vastgebonden|vernederd|"
        r"misbruikt|aangerand|bestolen|pijn gedaan|getrokken|gesleurd|gestompt|geschud|"
        r"vastgezet|gekleineerd|beroofd)\b",
        exclude=ANIMALS + "|" + PAST + r"|\bik (?:heb|had)\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b<agent><adv> <naasteobj><adv>(?: [a-z]+){0,2} (?:heeft|had|hebben) (?:geslagen|geschopt|"
        r"geknepen|geduwd|mishandeld|uitgescholden|bedreigd|opgesloten|vastgebonden|vernederd|"
        r"misbruikt|aangerand|bestolen|pijn gedaan|getrokken|gesleurd|gestompt|geschud|vastgezet)\b",
        exclude=ANIMALS + "|" + PAST + r"|\bik (?:heb|had)\b",
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:krijgt|krijgen|kreeg|kregen)(?:<person>)?<adv> (?:zijn|haar|dr) (?:eten|drinken|maaltijd\w*|"
        r"medicijnen|medicatie|insuline)<adv> niet\b",
        exclude=r"\b(?:binnen|op|wil|weigert|lust)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:doorligwond\w*|decubitus|doorgelegen|open rug|open wonden|doorligplek\w*)\b",
        also=(r"\b(?:niemand|niks|niets|niet|geen|laat|laten)\b",),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:heeft|hebben|had)<adv> (?:geen|niets|niks|nauwelijks) (?:te )?(?:eten|drinken)\b",
        also=("<someone>", r"\b(?:al dagen|alleen|niemand|komt niet|kwam niet|laat|mager)\b"),
        exclude=r"\b(?:honger|trek|zin)\b|\bik heb\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Thin and nothing to eat: "heel mager geworden en de koelkast is altijd leeg".
        r"\b(?:mager|vel over been|ondervoed|afgevallen|uitgemergeld|uitgedroogd)\b",
        also=(
            r"\bkoelkast\w*(?: [a-z]+){0,2} leeg\b|\b(?:geen|niks|niets) (?:te )?eten\b|"
            r"\bkrijgt (?:geen|niks|niets)\b|\bverwaarloosd\b|\bniemand\b",
        ),
        exclude=r"\b(?:ziekte|kanker|dokter|arts|slik\w*|wil niet eten|weigert)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Wet or dirty time after time: "elke keer als ik kom in een vieze luier".
        r"\b(?:natte|vieze|volle|doorweekte|stinkende) (?:luier\w*|incontinentie\w*|broek|bed|"
        r"kleren|kleding)\b|\bpoepluier\w*\b|\bin (?:zijn|haar|dr) (?:eigen )?(?:poep|plas|urine)\b",
        also=(
            r"\b(?:al dagen|al uren|de hele (?:dag|nacht)|urenlang|sinds gisteren|als gisteren|"
            r"elke keer|altijd|steeds|iedere keer|niet verschoond|nooit verschoond)\b",
        ),
        exclude=r"\bik (?:verschoon|help|was)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:laat|liet|laten|lieten)<inv><adv><person>(?: [a-z]+){0,2} (?:uren|urenlang|"
        r"de hele (?:dag|nacht|ochtend|middag)|dagen|lang|te lang)\b(?: [a-z]+){0,4} (?:zitten|"
        r"liggen|staan|wachten)\b",
        exclude=r"\b(?:slapen|uitslapen|rusten|tv|televisie|genieten|buiten in de zon)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:geld|spaargeld|pensioen\w*|sieraden|spullen)\b(?: [a-z]+){0,3} (?:afhandig|"
        r"afgetroggeld|ontfutseld|afgeperst|afgepakt|meegenomen|weggenomen|gestolen|gepikt|"
        r"ingepikt)\b|\b(?:meegenomen|weggenomen|gestolen|gepikt|ingepikt) (?:\w+ ){0,2}"
        r"(?:geld|spaargeld|sieraden|ring|horloge|portemonnee|pinpas|bankpas)\b",
        exclude=r"\b(?:dementie|denkt dat|zegt dat ik|beschuldigt|kwijt|kwijtgeraakt|repareren|"
        r"bewaren|veilig|kluis)\b|\bik (?:heb|had)\b",
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:pinpas|bankpas|pincode|bankkaart|rekening)\b",
        also=(
            r"\b(?:niemand weet|weet niet wat|geen idee wat|zonder (?:dat|toestemming|overleg)|"
            r"stiekem|vermoed\w*|denk dat|verdacht\w*|ermee doet|er mee doet|ermee doen)\b",
            "<someone>",
        ),
        exclude=r"\bik (?:heb|beheer|doe|regel|gebruik|pin)\b|\b(?:bewindvoerder|kwijt)\b",
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:tekenen|ondertekenen|getekend|handtekening|teken)\b",
        also=(
            r"\b(?:niet (?:begrijpt|snapt|weet|begreep|snapte|lezen|kan lezen)|zonder (?:dat|het)|"
            r"onder druk|gedwongen|dwingt|dwong)\b",
            r"\b(?:huis|geld|testament|volmacht|rekening|erfenis|papieren|dingen|contract)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:ligt|zit|lag|zat)(?: [a-z]+){0,4} in (?:zijn|haar|dr) eigen (?:vuil|poep|ontlasting|"
        r"urine|plas|uitwerpselen|braaksel)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "de nachtzuster pakt haar hard vast"
        r"\b(?:hard|te hard|ruw|hardhandig)<adv> (?:vast|beet)(?:pakt|gepakt|grijpt|gegrepen)\b|"
        r"\b(?:pakt|grijpt|pakken|grijpen)<person><adv> (?:hard|te hard|ruw|hardhandig) "
        r"(?:vast|beet)\b",
        also=(
            r"\b(?:verzorg\w*|thuiszorg\w*|nachtzuster|zuster|verpleeg\w*|medewerker\w*|"
            r"begeleider\w*|broer|zus|zoon|dochter|man|vrouw|vriend\w*|buurman|buurvrouw|hij|zij)\b",
        ),
        exclude=r"\bik\b(?: [a-z]+){0,2} (?:pak|pakte|grijp|greep)\b",
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\bop (?:zijn|haar|eigen) (?:eigen )?naam\b",
        also=(
            r"\b(?:dement|dementie|in de war|niet meer begreep|niet begreep|wilsonbekwaam|"
            r"alzheimer|niet wist|niet weet|onder druk)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "sexual_abuse",
        r"\b(?:zit|zat|zitten|aanraakt|aangeraakt|betast|voelt)\b(?: [a-z]+){0,2} aan (?:haar|hem|"
        r"(?:mijn|zijn|haar) [a-z]+)\b(?! (?:tafel|bureau|de |het ))|"
        r"\baan (?:haar|hem|(?:mijn|zijn|haar) [a-z]+) (?:zit|zat|zitten|komt|kwam)\b",
        also=(
            r"\b(?:wast|wassen|verschoont|douchen|borsten|billen|kruis|onder|ongewenst|niet wil|"
            r"wil niet|stiekem|kamer|nacht|bang)\b",
            r"\b(?:thuiszorg|verzorg\w*|man van|vrouw van|broer|buurman|vriend|medewerker|"
            r"verpleeg\w*|zoon|hij)\b",
        ),
        exclude=r"\b(?:haar|zijn) (?:haar|haren) (?:kam|kamt|borstel)\b",
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:al|sinds)\b(?: [a-z0-9]+){0,2} dagen\b",
        also=(
            r"\b(?:zonder|geen|niks|niets|niemand|niet)\b(?: [a-z]+){0,2} (?:eten|maaltijd|drinken|"
            r"hulp|verzorging|geweest|gekomen|gewassen|verschoond|gegeten|gedronken|langskomt|"
            r"langs komt|komt)\b",
            r"\b(?:niemand|kan (?:het )?(?:zelf )?niet|zelf niet|alleen|vergeten|komt niet|"
            r"kwam niet)\b",
        ),
        exclude=r"\b(?:ik ben|ik heb|wil niet|weigert|ziek|griep|buikgriep|lust)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:pakt|pakte|neemt|nam|haalt|haalde|pikt|pikte|jat|jatte|steelt|stal)\b(?: [a-z0-9]+){0,3} "
        r"(?:geld|pinpas|bankpas|sieraden)\b(?: [a-z]+){0,2} (?:uit|van) (?:de |zijn |haar |dr )?"
        r"(?:portemonnee|beurs|tas|kluis|la|rekening|papa|mama|pa|ma|opa|oma)\b",
        exclude=r"\bik (?:pak|neem|haal|pin)\b|\b(?:voor de boodschappen|met toestemming|dementie|"
        r"denkt dat)\b",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:overgehaald|overhalen|overhaalt|aangepraat|gepusht|onder druk gezet|gedwongen|"
        r"gemanipuleerd|ingepraat)\b",
        also=(
            r"\b(?:lening|geld|testament|huis|handtekening|volmacht|schenking|overmaken|"
            r"overschrijven|erfenis|spaargeld|hypotheek|contract|abonnement|betalen|te betalen|"
            r"pinnen)\b",
        ),
        exclude=r"\bik (?:heb|had)\b|\b(?:thuiszorg|dagbesteding|verhuizing|douchen|eten)\b",
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\bpint<adv> (?:zelf )?(?:van|op|met) (?:zijn|haar|dr|de) (?:rekening|pas|pinpas|bankpas)\b|"
        r"\bhoudt<adv> (?:het |al het )?(?:wisselgeld|geld|pensioen)\b",
        exclude=r"\bik\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        # Fear of a relative, or being shouted down: "ze durft niet te eten als mijn broer erbij is".
        r"\bdurft<adv> (?:niet|niks|niets)\b(?: [a-z]+){0,4} (?:als|wanneer|zolang)\b(?: [a-z]+){0,3} "
        r"(?:erbij|thuis|er|in de buurt|in huis)\b|"
        r"\b(?:hij|ze|zij)<adv> (?:scheldt|schold|kleineert|vernedert)<adv> (?:haar|hem|mijn [a-z]+)"
        r"<adv> (?:uit|de huid vol)?\b",
        exclude=r"\b(?:ik|me|mij) (?:uit|de huid)\b|\bscheldt (?:me|mij)\b|" + PAST,
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:geeft|gaf|geven|gaven|krijgt|kreeg|krijgen)\b(?: [a-z]+){0,6} (?:expres |bewust |met "
        r"opzet |als straf )?(?:geen|niet genoeg|te weinig|nauwelijks) (?:water|eten|drinken|"
        r"medicijnen|pijnstillers|insuline)\b",
        also=(r"\b(?:expres|bewust|met opzet|als straf|zodat|omdat|om (?:hem|haar))\b",),
        exclude=r"\b(?:nuchter|operatie|slikproblemen|verslikt|weigert|wil niet)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:al|sinds)\b(?: [a-z0-9]+){0,2} (?:week|weken|dagen)\b",
        also=(
            r"\b(?:niemand|zonder|geen)\b|\b(?:komt|kwam|komen|kwamen)\b(?: [a-z0-9]+){0,4} niet\b",
            r"\b(?:kan|kon)\b(?: [a-z]+){0,2} (?:zichzelf|zelf|het zelf)? ?niet\b(?: [a-z]+){0,2} "
            r"(?:wassen|eten|aankleden|verschonen|koken|uit bed|opstaan|naar de wc)\b|"
            r"\bbedlegerig\b|\bkan (?:dat|het) (?:niet )?zelf niet\b",
        ),
        exclude=r"\b(?:ik ben|ik heb|wil niet|weigert|ziek|griep|buikgriep|lust|vakantie)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:laat|liet|laten|lieten)<inv><adv><person>(?: [a-z]+){0,4} (?:dagenlang|dagen|urenlang|"
        r"uren|de hele (?:dag|nacht)|nachts|s nachts|weken|weekenden) alleen\b",
        exclude=r"\bik\b(?: [a-z]+){0,2} (?:laat|liet)\b|\b(?:kan (?:goed )?alleen|redt zich|"
        r"alarmknop|personenalarm)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:ineens|opeens|plotseling|plots)\b(?: [a-z]+){0,2} geen geld\b|"
        r"\bgeld\b(?: [a-z]+){0,2} (?:ineens |opeens )?(?:verdwenen|weg|op)\b(?! [a-z]+ (?:aan|voor))",
        also=(
            r"\b(?:komt|kwam)\b(?: [a-z]+){0,3} (?:langs|vaker)\b|\b(?:kleinzoon|kleindochter|neef|"
            r"nicht|buurman|buurvrouw|vriend\w*|hulp|verzorg\w*|schoonzoon|schoondochter)\b",
        ),
        exclude=r"\b(?:dementie|kwijt|vergeet|denkt dat)\b|\bik\b(?: [a-z]+){0,2} (?:heb|had)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:krijgt|kreeg|krijgen|kregen)\b(?: [a-z]+){0,5} geen hulp (?:bij|met)\b",
        also=(r"\b(?:wc|toilet|eten|wassen|drinken|douchen|aankleden|plassen|broek)\b",),
        exclude=r"\b(?:gemeente|aanvragen|aanvraag|indicatie)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:neemt|nam|haalt|haalde|pint|pinde)\b(?: [a-z0-9]+){0,4} (?:aow|pensioen\w*|geld|"
        r"uitkering|spaargeld|toeslag\w*|pgb)\b(?: [a-z]+){0,4} (?:op|af|weg)\b",
        also=(
            r"\bvan (?:mijn|haar|zijn|dr|de|onze) [a-z]+\b|\b(?:krijgt|houdt) (?:niks|niets|"
            r"geen)\b|\bzonder\b",
        ),
        exclude=r"\bik (?:neem|haal|pin|beheer)\b|\b(?:bewindvoerder|voor (?:de|haar|zijn) "
        r"(?:huur|boodschappen|rekeningen))\b",
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:wordt|werd|worden)\b(?: [a-z]+){0,4} (?:in bed|op de wc|in de stoel|nat|vies|alleen)"
        r"(?: [a-z]+){0,2} (?:gelaten|laten liggen|laten zitten)\b|"
        r"\b(?:laat|laten|lieten|gelaten)\b(?: [a-z]+){0,4} in bed(?: [a-z]+){0,2} tot (?:[0-9]+|"
        r"twaalf|elf|een|twee) uur\b",
        negatable=False,
    ),
    Rule(
        AB,
        "isolation",
        r"\blaat<adv> (?:hem|haar|mijn [a-z]+|mama|papa)<adv> niet (?:meer )?(?:met (?:ons|mij|me|"
        r"de familie|niemand)|bellen|praten|zien|naar buiten)\b|"
        r"\b(?:telefoon|mobiel|mobieltje|sleutels?)\b(?: [a-z]+){0,2} (?:afgepakt|afgenomen|"
        r"weggehaald|verstopt)\b",
        also=("<someone>",),
        exclude=r"\bik\b(?: [a-z]+){0,3} (?:heb|had|laat|liet|pak|haal)\b|\b(?:oplicht\w*|"
        r"babbeltruc|kwijt|dementie belt)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "unexplained_injuries",
        r"\b(?:brandwond\w*|blauwe plekken|wonden|striemen|botbreuk|breuk|gebroken \w+|schrammen|"
        r"bulten|kneuzing\w*)\b",
        also=(
            r"\b(?:zelf (?:gedaan|deed|gedaan heeft)|het zelf deed|zegt dat (?:ze|hij) (?:gevallen|"
            r"het zelf)|klopt niet|geloof (?:het|dat|ik) niet|verdacht|vreemd|onverklaarbaar|"
            r"niemand weet|weet niemand|niemand kan)\b",
        ),
        exclude=ANIMALS,
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        # Someone who should care does nothing, and it shows.
        r"\bdoet<adv> (?:er )?(?:niks|niets)\b",
        also=(
            r"\b(?:zorgt|verzorgt|zou (?:moeten )?zorgen|de zorg|voor (?:haar|hem) zorgt)\b",
            r"\b(?:vies|vieze|stinkt|vuil|mager|uit blik|nat|doorligwond\w*|poep|urine|honger)\b",
        ),
        exclude=r"\bik doe\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:het geld|de opbrengst|de winst)\b(?: [a-z]+){0,2} (?:gehouden|zelf gehouden|"
        r"ingepikt|in (?:zijn|haar) (?:eigen )?zak)\b|\balles op (?:zijn|haar) naam\b(?: [a-z]+){0,2} "
        r"(?:zetten|gezet|zet|laten zetten)\b",
        also=(
            r"\b(?:van (?:mijn|haar|zijn|dr|de) [a-z]+|vriend\w*|broer|zus|zoon|dochter|neef|"
            r"nicht|buurman|buurvrouw|hij|zij|ze)\b",
        ),
        exclude=r"\bik (?:heb|had)\b|\b(?:bewindvoerder|notaris heeft geadviseerd)\b",
        scope="message",
    ),
    # --- wordings from blind round 12 (development), written as the kinds they are --------------
    Rule(
        AB,
        "abuse_by_other",
        # Restraint, bruises or theft by others: "ze binden hem de hele dag vast", "daarna zit ze
        # onder de plekken", "sinds zij er is missen er sieraden".
        r"\b(?:binden|bindt|bonden)\b(?: [a-z]+){0,5} vast\b|"
        r"\b(?:zit|zat|is|zaten) (?:ze|zij|hij|hij) (?:helemaal )?onder de (?:blauwe )?plekken\b|"
        r"\b(?:missen|verdwijnen|verdwenen|kwijt) (?:er )?(?:\w+ )?(?:sieraden|spullen|geld|"
        r"pinpas|bankpas)\b",
        also=(
            r"\b(?:verpleeghuis|tehuis|thuiszorg|hulp|ze|zij|hij|stiefbroer|broer|zus|neef|"
            r"bezoek|sinds)\b",
        ),
        exclude=r"\bik (?:bind|bond|binden)\b|\bwe (?:binden|bonden)\b|\b(?:vergeet|vergeten|"
        r"dementie (?:verstopt|verlegt)|verlegt|verstopt (?:ze|hij) zelf)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # Money taken by someone who manages it: "er verdwijnt elke maand een paar honderd euro".
        r"\b(?:verdwijnt|verdwijnen|verdwenen|weggehaald|opgenomen|afgeschreven|weg)\b",
        also=(
            r"\b(?:geld|euro|honderd\w*|duizend\w*|spaargeld|pensioen|aow|\d+ euro)\b",
            r"\b(?:zus|broer|oom|tante|neef|nicht|buurman|buurvrouw|zoon|dochter|schoonzoon|"
            r"schoondochter|schoonzus|zwager|hulp|werkster|bewindvoerder|vriend|vriendin|"
            r"kennis)\b",
            r"\b(?:rekening|bankrekening|pinpas|bankpas|beheert|beheer|financien|geldzaken|"
            r"portemonnee|pincode|bank)\b",
        ),
        exclude=r"\b(?:eigen bijdrage|cak|abonnement|incasso|zorgverzekering|huur|premie|"
        r"energie|automatisch|rente|kosten voor)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "zij is sterk vermagerd, het huis stinkt en zij zegt dat zij niet mag bellen".
        r"\b(?:mag|mocht|durft|durfde) (?:niet|niemand|nergens) (?:meer )?(?:te )?(?:bellen|"
        r"naar buiten|de deur uit|praten)\b|\b(?:niet|niemand) (?:meer )?(?:mag|mocht|durft|durfde) "
        r"(?:te )?(?:bellen|praten)\b",
        also=(
            r"\b(?:vermagerd|mager|stinkt|vies|kleinzoon|zoon|dochter|neef|inwonend|woont (?:\w+ ){0,3}"
            r"bij (?:haar|hem) in|bang)\b",
        ),
        exclude=r"\b(?:dokter|huisarts|arts|corona|quarantaine|nuchter)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # Care that did not come: "ze had al twee dagen niet gegeten, de thuiszorg was niet geweest
        # en de koelkast was leeg".
        r"\bkoelkast\w*(?: [a-z]+){0,2} (?:was|is|bleek)<adv> leeg\b|"
        r"\bal (?:twee|drie|vier|een paar|[2-9]) dagen niet (?:gegeten|gedronken)\b",
        also=(
            r"\b(?:thuiszorg|verzorging|wijkverpleging|zorg|verpleging|begeleider|begeleiding)\b"
            r"(?: [a-z]+){0,2} (?:was|is|kwam|komt)<adv> niet\b|\bniemand (?:was|is|kwam|komt)\b",
        ),
        exclude=r"\b(?:dieet|vasten|ramadan|ziekenhuis|operatie|nuchter|wil niet eten|weigert|"
        r"weigerde|jaren geleden|vorig jaar)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # No food in the house, or only dry bread, while someone else should care.
        r"\b(?:er is|er staat|is er|staat er|er ligt|ligt er)<adv> (?:geen|niks|niets)(?: meer)? "
        r"(?:eten|te eten|in de koelkast|in huis)\b|\b(?:lege|een lege) koelkast\b|"
        r"\balleen (?:maar )?droog brood\b|\bmag (?:de deur|het huis) niet uit\b",
        also=(
            r"\b(?:komt|kwam|zorgt|zorgde|drinkt|woont|laat|vader|moeder|oom|tante|zus|broer|"
            r"buurvrouw|buurman|thuiszorg|tehuis|verzorging|scheldt|huilend)\b",
        ),
        exclude=PAST + r"|\b(?:vergeet|vergeten|boodschappenlijst\w*|bezorg\w*|supermarkt|"
        r"dieet|vasten|ramadan|ziekenhuis|operatie|nuchter|corona|quarantaine)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # Someone else leaves a naaste alone who cannot get up or go to the toilet, or puts drink
        # out of reach.
        r"\b(?:laat|laten|liet|lieten)<person>\b(?: [a-z0-9]+){0,6} alleen\b|"
        r"\b(?:zetten|zet|leggen|legt|zette|zetten)\b(?: [a-z]+){0,3} (?:drinken|water|eten|bel|"
        r"alarmknop|rollator)\b(?: [a-z]+){0,2} buiten (?:zijn|haar|zn|dr) bereik\b",
        also=(
            r"\b(?:niet (?:meer )?(?:zelf )?(?:naar de wc|naar het toilet|opstaan|uit bed|eten|"
            r"drinken|lopen)|krijgt het (?:zelf )?niet|bedlegerig|uitgedroogd|buiten (?:zijn|haar) "
            r"bereik)\b",
            r"\b(?:schoonzus|zus|broer|zwager|oom|tante|tehuis|verpleeghuis|thuiszorg|"
            r"verzorging|verzorgster\w*|zorginstelling|ze|zij|hij)\b",
        ),
        exclude=r"\b(?:ik laat|laat ik|liet ik|ik liet|alarmknop|personenalarm|even|kwartier|"
        r"half uur|mag ik|kan ik|is dat)\b",
        scope="message",
        negatable=False,
    ),
    # --- co-occurrence rules: concepts that meet in one clause, in any word order -----------------
    Rule(
        AB,
        "abuse_by_other",
        # Main clause: verb, then the naaste ("de verzorgster slaat mijn moeder"). Subordinate clause:
        # someone, the naaste, then the verb ("ik denk dat de thuishulp haar slecht behandelt").
        r"\b<abuseverb>(?: [a-z]+){0,3}? <naasteobj>|"
        r"\b(?:dat|als|omdat|wanneer|toen|of)\b (?:hij|ze|zij|iemand|men|(?:de|die|een|mijn|zijn|"
        r"haar) [a-z]+)(?: [a-z]+){0,2} <naasteobj>(?: [a-z]+){0,3} <abuseverb>|"
        r"\bdie (?:hem|haar|hen|dr|(?:mijn|zijn|haar) [a-z]+)(?: [a-z]+){0,3} <abuseverb>",
        exclude=(
            SLAAN_IDIOMS
            + "|"
            + ANIMALS
            + "|"
            + PAST
            + r"|\b(?:rolstoel|rollator|scootmobiel|schommel)\b"
        ),
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:geslagen|geschopt|geknepen|geduwd|mishandeld|uitgescholden|bedreigd|opgesloten|"
        r"vastgebonden|vastgezet|vernederd|gekleineerd|misbruikt|aangerand|bestolen|uitgebuit|"
        r"verwaarloosd|betast)\b",
        also=(PASSIVE, "<someone>"),
        # "ze raakt dingen kwijt en denkt dat ze bestolen wordt": a known dementia worry.
        exclude=PAST + "|" + ANIMALS + "|" + SLAAN_IDIOMS + r"|\b(?:dingen|spullen) kwijt\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:verzorg\w*|thuiszorg|thuishulp|verpleg\w*|medewerker|begeleider|zorgverlener|broer|"
        r"zus|partner|vriend|buurman|buurvrouw|schoonzus|zwager|zoon|dochter)\b(?: [a-z]+){0,3} "
        r"(?:schreeuwt|scheldt|snauwt|tiert|vernedert|kleineert)(?: de hele dag| steeds| altijd| vaak)?"
        r" (?:tegen |naar )?(?:hem|haar|(?:mijn|haar|zijn) [a-z]+)\b",
        exclude=r"\bscheldt op\b",
    ),
    Rule(
        AB,
        "neglect",
        r"\bzonder (?:eten|drinken|eten en drinken)\b|\b(?:geen|niet genoeg|te weinig|nauwelijks) "
        r"(?:eten|drinken|te eten|te drinken)\b",
        also=("<someone>",),
        negatable=False,
        exclude=(
            r"\b(?:wil|wilde|weigert|weigerde|lust|hoeft|binnen|in huis|koelkast|boodschappen|warm|"
            r"warme|gemeente|maaltijd\w*)\b"
        ),
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:hardhandig|ruw|grof|te hard) (?:aangepakt|behandeld|vastgepakt|aangepakt)\b",
        also=("<naaste>",),
        exclude=r"\bik\b|" + PAST,
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:slecht|niet goed|nauwelijks|amper) verzorgd\b|\bligt<adv> nat\b",
        also=("<someone>",),
        negatable=False,
        exclude=r"\b(?:bed|bedje|lakens)\b(?: [a-z]+){0,2} (?:verschoond|verschonen)\b",
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\bop (?:haar|zijn|eigen) (?:eigen )?naam\b",
        also=(r"\b(?:zonder|stiekem|gedwongen|onder druk|dwingt|dwong)\b",),
    ),
    Rule(
        AB,
        "unexplained_injuries",
        r"\bblauwe plekken\b",
        also=(
            r"\b(?:vermoed\w*|klopt niet|steeds|vaak|telkens|onverklaarbaar|niemand weet|weet niet|"
            r"geen idee|verdacht\w*)\b",
        ),
        exclude=r"\b(?:vallen|gevallen|val|stoten|gestoten|bloedverdunner\w*|stoot|valt)\b",
    ),
    Rule(
        AB,
        "neglect",
        r"\b(?:geeft|gaf|geven)\b(?: [a-z]+){0,4} (?:medicijnen|medicatie|pillen|insuline|eten|"
        r"drinken)<adv> niet(?: meer)?(?:<end>| (?:expres|zodat|meer|omdat)\b)",
        exclude=r"\bik\b|\b(?:dokter|huisarts|arts|specialist)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        r"\b(?:al het|al zijn|al haar|veel|het|zijn|haar) (?:spaargeld|geld|pensioen|erfenis|"
        r"pinpas|"
        r"bankpas|portemonnee|sieraden)\b",
        also=(
            r"\b(?:opgenomen|weggehaald|afgepakt|overgemaakt|opgemaakt|uitgegeven|gestolen|"
            r"ingepikt|verduisterd|afhandig|weggenomen)\b",
        ),
        # "heeft op internet een rollator besteld en het geld overgemaakt, maar er komt niks": a
        # purchase gone wrong, not someone who takes the naaste's money.
        exclude=r"\b(?:ik|voor (?:haar|hem|de huur|het verpleeghuis|de boodschappen)|besteld|bestelling|"
        r"webwinkel|webshop|gekocht)\b",
    ),
    # --- wordings from blind rounds 26 and 27 (development), written as the kinds they are -------
    # Each is usually, not always, abuse or neglect by someone else: the assistant asks first.
    Rule(
        AB,
        "neglect",
        # "hij had al twee dagen niks gegeten, de thuiszorg was niet geweest".
        r"\b(?:twee|drie|vier|2|3|4|een paar|dagen) dag(?:en)?\b(?: [a-z]+){0,3} (?:niks|niets|niet|"
        r"geen eten) (?:gegeten|gedronken|gehad)\b|\b(?:niks|niets|niet) (?:gegeten|gedronken) "
        r"(?:in|sinds) (?:twee|drie|vier|2|3|4|een paar) dagen\b",
        also=(
            r"\b(?:thuiszorg|niemand|niet geweest|niet gekomen|alleen|doorweekt|vies|verzorging)\b",
        ),
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # "mijn stiefmoeder is op vakantie en heeft mijn vader alleen gelaten. de koelkast is leeg".
        r"\balleen (?:gelaten|achtergelaten|laten zitten)\b",
        also=(
            r"\b(?:koelkast (?:is )?leeg|geen eten|niks te eten|niets te eten|kan niet (?:zelf )?"
            r"(?:koken|eten|opstaan|lopen)|kan (?:zelf )?niet (?:koken|eten|opstaan|lopen))\b",
        ),
        exclude=r"\bik\b(?: [a-z]+){0,3} alleen (?:gelaten|achtergelaten)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # "hij geeft haar alleen brood en water", "ze is afgevallen tot 42 kilo".
        r"\b(?:alleen|enkel|maar) (?:maar )?(?:droog )?brood en water\b|"
        r"\bafgevallen tot (?:[3-4][0-9]|veertig|vijfendertig) kilo\b",
        also=("<someone>",),
        strength=V,
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "hij houdt haar wajong zelf", "zijn neef houdt zijn aow in".
        r"\b(?:houdt|hield|houden|pakt|pakte|int|beheert)\b(?: [a-z]+){0,2} (?:haar|zijn|dr|hun) "
        r"(?:wajong|uitkering|aow|pensioen|geld|loon|salaris|zakgeld|toeslag\w*)(?: [a-z]+){0,2} "
        r"(?:zelf|in|voor zichzelf|achter)\b",
        exclude=r"\bik\b|\b(?:bewindvoerder|budgetbeheer|afgesproken|samen)\b",
        strength=V,
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "heeft mijn man een volmacht laten tekenen terwijl hij al dement is".
        r"\bvolmacht\w*\b",
        also=(
            r"\b(?:laten tekenen|liet tekenen|laten ondertekenen|getekend|ondertekend)\b",
            r"\b(?:dement\w*|alzheimer|begrijpt|snapt|wist niet|weet niet|te koop|verkocht|stiekem|"
            r"zonder)\b",
        ),
        exclude=r"\b(?:notaris (?:legt|heeft|zegt)|hoe regel|hoe kan|moet ik|kan ik|mag ik)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "een medewerker scheldt haar 's nachts uit en legt haar alarmbel buiten bereik".
        r"\b(?:alarmbel|alarmknop|bel|belletje|rollator|bril|gehoorapparaat|telefoon|drinken)\b"
        r"(?: [a-z]+){0,2} buiten (?:haar |zijn |dr |z n |het )?bereik\b|"
        r"\b(?:scheldt|schold|scholden|schelden)\b(?: [a-z]+){0,3} (?:haar|hem)\b(?: [a-z]+){0,3} uit\b|"
        r"\b(?:haar|hem)\b(?: [a-z]+){0,2} (?:uitscheldt|uitschold|uitgescholden)\b",
        also=(
            r"\b(?:medewerker\w*|verzorgende\w*|verpleegkundige\w*|thuiszorg\w*|zuster|"
            r"begeleider\w*|buurman|buurvrouw|nachtdienst|personeel|iemand)\b",
        ),
        exclude=r"\bik\b(?: [a-z]+){0,3} (?:leg|zet|scheld|schold)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    Rule(
        AB,
        "isolation",
        # "sinds zijn nieuwe vriend er woont mag ik niet meer langskomen en neemt niemand de
        # telefoon op": kept away from a naaste who needs care.
        r"\bmag (?:ik|wij|we)\b(?: [a-z]+){0,2} niet meer (?:langskomen|langs komen|komen|bellen|"
        r"zien|bezoeken|op bezoek)\b|\bhoudt (?:mij|ons|iedereen) (?:bij (?:haar|hem) )?weg\b",
        also=(
            r"\b(?:vriend|vriendin|partner|neef|nicht|buurman|zoon|dochter|broer|zus|"
            r"schoonzoon|schoondochter|stiefvader|stiefmoeder)\b",
            r"\b(?:telefoon|neemt niemand|ingetrokken|woont|bij haar|bij hem|afgesloten|alleen)\b",
        ),
        exclude=r"\b(?:corona|griep|besmet\w*|quarantaine|verpleeghuis (?:zegt|heeft)|de arts)\b",
        scope="message",
        strength=V,
        negatable=False,
    ),
    # --- round 29 (held out, measured once, then learned from) -----------------------------------
    Rule(
        AB,
        "neglect",
        # Kept short of food by someone else: "ze geeft hem maar een boterham per dag omdat hij
        # toch niks doet. hij is 20 kilo afgevallen".
        r"\b(?:geeft|gaf|geven|krijgt|kreeg)\b(?: [a-z]+){0,2} (?:maar|alleen|slechts) "
        r"(?:een|1|één|twee|2) (?:boterham\w*|maaltijd\w*|bordje|beker\w*|glas|glaasje|"
        r"kopje|keer eten|keer te eten)\b(?: [a-z]+){0,2} (?:per|op een|in de|de hele) "
        r"(?:dag|week)\b",
        also=(
            r"\b(?:afgevallen|vermagerd|mager|honger|uitgedroogd|toch niks doet|toch niets doet|"
            r"straf|zuinig|verdient|verdiend|kost te veel|geld)\b",
        ),
        exclude=r"\b(?:ik geef|geef ik|eet (?:hij|ze|zij) maar|wil (?:hij|ze|zij) maar|lust|"
        r"dieet|arts|dietist\w*|sonde)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # Things taken from the naaste's house by a helper: "de huishoudelijke hulp neemt elke week
        # spulletjes mee uit het huis van mijn vader".
        r"\b(?:neemt|nam|namen|nemen|meegenomen)\b(?: [a-z]+){0,4} (?:spullen|spulletjes|sieraden|"
        r"geld|waardevolle|zilver\w*|pinpas|bankpas|portemonnee|horloge|ring)\b(?: [a-z]+){0,4} "
        r"(?:mee|meegenomen)\b|\b(?:spullen|spulletjes|sieraden|geld|zilver\w*)\b(?: [a-z]+){0,3} "
        r"(?:meegenomen|mee(?:genomen)? naar huis)\b",
        also=(
            r"\b(?:hulp|huishoudelijke|huishoudhulp|thuiszorg|verzorg\w*|schoonmaakster|"
            r"schoonmaker|werkster|buurman|buurvrouw|neef|nicht|kleinzoon|kleindochter|"
            r"schoonzoon|schoondochter|zoon|dochter|broer|zus|vriend|vriendin|oppas|begeleider)\b",
            r"\b(?:elke|iedere|steeds|weer|vaker|weg|kwijt|verdwenen|zonder te vragen|stiekem|"
            r"niet van haar|niet van hem)\b",
        ),
        exclude=r"\b(?:mag|mocht|gekregen|cadeau|geschonken|afgesproken|opruimen|ruimen|"
        r"kringloop|wassen|de was|vuilnis|oud papier|boodschappen)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_word",
        # Signs of sexual abuse told by the child: "haar begeleider doet 'geheime spelletjes' met
        # haar als niemand kijkt".
        r"\bgeheime? (?:spelletjes|spelletje|spel|spelen|afspraakjes|geheimpje)\b|"
        r"\b(?:aan (?:haar|hem) (?:zit|zat|zitten)|ongepast aan\w*|betast|betastte)\b",
        also=(
            r"\b(?:begeleider|begeleidster|verzorger|verzorgster|oom|neef|buurman|opa|stiefvader|"
            r"vriend|chauffeur|taxichauffeur|leraar|trainer|als niemand kijkt|niemand mag het weten|"
            r"slecht gevoel|raar gevoel)\b",
        ),
        exclude=r"\b(?:kaartspel\w*|bordspel\w*|verjaardag|cadeau|verrassing|sinterklaas|kerst)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # Doorstep selling to someone with dementia: "een man aan de deur heeft mijn demente vader
        # een contract laten tekenen voor 5000 euro".
        r"\b(?:laten tekenen|laten ondertekenen|liet (?:hem|haar) tekenen|heeft (?:hem|haar) "
        r"(?:\w+ ){0,2}getekend)\b",
        also=(
            r"\b(?:aan de deur|colporteur\w*|verkoper\w*|huis aan huis|telefonisch|aan de telefoon)\b",
            r"\b(?:dement\w*|alzheimer|in de war|verward|begrijpt het niet|snapt het niet|weet niet)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Left in the cold by the one who arranges things: "de verwarming doet het al weken niet.
        # mijn broer, die alles regelt, zegt dat het prima is. het is binnen 11 graden".
        r"\bverwarming\b(?: [a-z]+){0,4} (?:doet het|werkt)(?: [a-z]+){0,3} niet\b|"
        r"\bverwarming\b(?: [a-z]+){0,3} (?:is kapot|staat uit|uitgezet|afgesloten)\b",
        also=(
            r"\b(?:weken|maanden|al dagen|al lang)\b",
            r"\b(?:[0-9]|1[0-4]|tien|elf|twaalf|dertien|veertien) graden\b|\bijskoud\b",
            r"\b(?:regelt|zegt dat|vindt dat|weigert|wil niet|doet niks|doet niets)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "neglect",
        # Calling for help for days: "de buurvrouw roept al twee dagen achter haar deur om hulp".
        r"\b(?:roept|riep|roepen|hoor (?:haar|hem) roepen)\b(?: [a-z0-9]+){0,6} om hulp\b",
        also=(
            r"\b(?:al (?:twee|2|drie|3|een paar|dagen|de hele)|dagen|niemand|niks gegeten|"
            r"niets gegeten|bemoeien|doet niet open|niet open)\b",
        ),
        exclude=PAST + r"|\b(?:in haar slaap|in zijn slaap|droom\w*|s nachts roept|"
        r"steeds|de hele dag door|elke nacht|onrustig)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Care left undone by others: "ze hebben haar de hele dag in dezelfde luier laten liggen,
        # ze had open plekken".
        r"\b(?:de hele dag|hele dag|uren|urenlang|een hele nacht|de hele nacht|dagen)\b(?: [a-z]+){0,2} "
        r"in (?:dezelfde|een natte|een vieze|haar natte|zijn natte|haar vieze|zijn vieze|de vieze|"
        r"de natte) (?:luier|broek|incontinentie\w*|bed|kleren|pyjama)\b",
        also=(
            r"\b(?:laten liggen|laten zitten|gelaten|lag|zat|liggen|open plekken|doorligplek\w*|"
            r"doorgelegen|wond\w*|rood|kapot)\b",
        ),
        exclude=r"\bik\b(?: [a-z]+){0,3} (?:laat|liet|heb)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Left alone for days without the care that should come: "oma ligt al twee dagen alleen
        # thuis, de zorg komt niet en mijn oom neemt de telefoon niet op".
        r"\b(?:ligt|liggen|zit|zitten|is|zijn)<adv> (?:al )?(?:twee|2|drie|3|vier|4|een paar|paar|"
        r"meerdere|dagen|een heel weekend|het hele weekend|het weekend) (?:dagen )?alleen\b",
        also=(
            r"\b(?:zorg|thuiszorg|wijkverpleging|niemand|hulp|verzorging)\b(?: [a-z]+){0,2} "
            r"(?:komt|kwam|komen|kwamen) niet\b|\bniemand (?:komt|kwam|die)\b|\b(?:neemt|nam) "
            r"(?:de telefoon |zijn telefoon |haar telefoon )?niet op\b|\bgeen eten\b|"
            r"\bbedlegerig\b|\bkan (?:niet|nauwelijks) (?:zelf )?(?:opstaan|lopen|uit bed)\b",
        ),
        # The caregiver's own holiday is a question about respite; a relative who "blijkt op
        # vakantie te zijn" while papa sits alone is neglect.
        exclude=r"\b(?:ik (?:ga|ben) (?:een paar dagen|twee dagen|het weekend) weg|logeer\w*|"
        r"respijt\w*|(?:ik|we|wij)\b(?: [a-z]+){0,4} (?:op )?vakantie|prima|"
        r"redt (?:hij|ze|zij) (?:zich|het))\b",
        scope="message",
        negatable=False,
    ),
    # --- round 32 (held out, measured once, then learned from) -----------------------------------
    Rule(
        AB,
        "financial_abuse",
        # Property put in someone else's name behind the naaste's back: "de buurman laat hem papieren
        # tekenen. nu blijkt dat het huis op naam van de buurman komt. opa snapt er niks van".
        r"\bop (?:de )?naam van (?:de |die |zijn |haar |een )?(?:buurman|buurvrouw|neef|nicht|"
        r"verzorger|verzorgster|hulp|kennis|vriend\w*|klusjesman|schoonzoon|schoondochter)\b",
        also=(
            r"\b(?:tekenen|getekend|handtekening|snapt|begrijpt|weet (?:er )?(?:niks|niets) van|"
            r"dement|zonder (?:dat|overleg)|stiekem|blijkt)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # Her money spent on his debts while she gets one sandwich a day.
        r"\b(?:pensioen|aow|uitkering|spaargeld|geld)\b(?: [a-z]+){0,3} (?:gaat|ging|gaan) "
        r"(?:op aan|naar) (?:zijn|haar) (?:schulden|drank|drugs|gokken|gokschulden|verslaving)\b",
        exclude=r"\b(?:mijn (?:eigen )?(?:pensioen|aow|uitkering|spaargeld|geld))\b",
    ),
    Rule(
        AB,
        "neglect",
        # "krijgt van haar zoon alleen 1x per dag een boterham"
        r"\b(?:krijgt|kreeg|geeft|gaf)\b(?: [a-z]+){0,4} (?:maar|alleen|slechts) (?:1x|1 x|een keer|"
        r"1 keer|een enkele keer) per dag (?:een )?(?:boterham\w*|eten|te eten|maaltijd|drinken)\b",
        exclude=r"\b(?:ik geef|geef ik|eet (?:hij|ze|zij) maar|wil (?:hij|ze|zij) maar|lust|"
        r"dieet|arts|dietist\w*|sonde|warme maaltijd)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "sexual_abuse",
        # Touched where it does not belong: "de man die bij haar komt helpen raakt haar aan waar
        # dat niet hoort".
        r"\b(?:aanraakt|aanraken|raakt|raakte|aangeraakt|zit|zat|betast|voelt)\b(?: [a-z]+){0,4} "
        r"(?:waar (?:dat|het) niet hoort|op plekken waar|op (?:haar|zijn) intieme|intiem\b)",
        scope="message",
        negatable=False,
    ),
    # --- round 37 (development, measured once, then learned from) --------------------------------
    Rule(
        AB,
        "neglect",
        # Care that stopped coming, and no food: "geen eten meer in huis en de thuiszorg komt al een
        # week niet. ze kan zelf niet lopen".
        r"\bgeen (?:eten|drinken|boodschappen) (?:meer )?in (?:huis|de koelkast|de kast)\b",
        also=(
            r"\b(?:komt|komen|kwam) (?:al )?(?:een week|dagen|\w+ dagen|weken|sinds \w+) niet\b|"
            r"\bkan (?:zelf )?niet (?:meer )?(?:lopen|opstaan|koken|uit bed)\b|\bbedlegerig\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # A stranger and the house: "een man die zegt dat hij een vriend is. pa heeft hem al 12.000
        # euro geleend en nu wil die man dat pa het huis op zijn naam zet".
        r"\b(?:huis|woning|spaargeld|auto|rekening)\b(?: [a-z]+){0,3} op (?:zijn|haar|hun) naam "
        r"(?:zet|zetten|te zetten|komt|gezet)\b",
        also=(
            r"\b(?:geleend|euro|vriend|tekenen|dement|snapt|begrijpt|onder druk|wil die|zegt dat)\b",
        ),
        exclude=r"\b(?:notaris|mijn (?:broer|zus) en ik|wij|we)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "sexual_abuse",
        # Photographed naked and laughed at: "een medewerker maakt foto's van haar als ze naakt onder
        # de douche zit en lacht erom met collega's".
        r"\b(?:foto\w*|filmpje\w*|filmt|filmde|gefilmd|video\w*)\b(?: [a-z]+){0,6} (?:naakt|bloot|"
        r"ontkleed|uitgekleed)\b|\bnaaktfoto\w*\b",
        also=(
            r"\b(?:medewerker|verzorger|verzorgster|verpleeg\w*|begeleider|thuiszorg|buurman|"
            r"collega\w*|lacht|lachen|deelt|gedeeld|rondgestuurd|stiekem)\b",
        ),
        exclude=r"\b(?:baby|kleinkind|wondfoto|de arts|huidarts|dermatoloog|doorligplek)\w*\b",
        scope="message",
        negatable=False,
    ),
    # --- rounds 38 and 39 (development, measured once, then learned from) -----------------------
    Rule(
        AB,
        "financial_abuse",
        # Papers about the house signed under pressure: "een kleinzoon wil dat wij papieren tekenen
        # over het huis. als wij vragen stellen wordt hij boos", "laat haar tekenen, nu is het huis
        # van hem".
        r"\b(?:tekenen|ondertekenen|getekend|handtekening\w*)\b",
        also=(
            r"\b(?:huis|woning|testament|volmacht|spaargeld|rekening|erfenis)\b",
            r"\b(?:boos|slaat met deuren|schreeuwt|dreigt|onder druk|snapt|begrijpt (?:er )?(?:niets|"
            r"niks)|dementie|dement|korsakov|zogenaamd|helpen\b.{0,3}|nu is het huis)\b",
        ),
        exclude=r"\b(?:notaris (?:heeft|legde|zei)|wij hebben (?:samen )?besloten|mijn (?:broer|zus) "
        r"en ik|huurcontract|zorgovereenkomst|pgb)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # Taken to the cash machine on payday: "vrienden uit het café komen langs als zijn aow
        # binnen is en nemen hem mee naar de pinautomaat. daarna heeft hij niks meer voor eten".
        r"\b(?:pinautomaat|geldautomaat|flappentap|pinnen)\b",
        also=(
            r"\b(?:aow|uitkering|pensioen|loon|geld)\b",
            r"\b(?:nemen|neemt|namen|nam) (?:hem|haar) mee\b|\bniks meer voor eten\b|"
            r"\bniets meer voor eten\b|\bzogenaamde?\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Kept cold and short: "zat hij in het donker met de verwarming uit en at hij droog brood.
        # volgens haar is hij te duur".
        r"\b(?:verwarming|kachel)\b(?: [a-z]+){0,2} uit\b|\bin het donker\b|\bdroog brood\b",
        also=(r"\b(?:te duur|kost te veel|zuinig|zogenaamd|volgens (?:haar|hem) is)\b",),
        exclude=r"\b(?:storing|monteur|kapot|energierekening omlaag)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect",
        # Home care that does not come: "de thuiszorg is deze maand al 3 keer helemaal niet
        # gekomen en ze kan niet zelf naar de wc".
        r"\b(?:thuiszorg|verzorging|wijkverpleging|zuster|verzorgster)\b(?: [a-z0-9]+){0,6} "
        r"(?:niet|helemaal niet|nooit) (?:gekomen|geweest|komen|verschenen)\b",
        also=(
            r"\bniet (?:uit bed|naar de wc|gewassen|verschoond)\b|\bkan niet zelf\b|\bhuilend\b|"
            r"\bligt nog\b|\bgeen eten\b",
        ),
        exclude=r"\b(?:vakantie|afgezegd en|vervanging geregeld|ik heb (?:het|dat) zelf)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 36 (held out, measured once, then learned from) -----------------------------------
    Rule(
        AB,
        "neglect",
        # Shouted at and growing thinner: "zijn kleinzoon woont sinds kort bij hem. ik hoor hem vaak
        # tegen de oude man schreeuwen en die wordt steeds magerder".
        r"\b(?:schreeuw\w*|scheld\w*|snauw\w*|tier\w*)\b",
        also=(
            r"\b(?:magerder|vermager\w*|afgevallen|valt af|broodmager|eet (?:bijna )?niets meer|"
            r"krijgt (?:geen|weinig|nauwelijks) eten)\b",
            r"\b(?:kleinzoon|kleindochter|zoon|dochter|neef|nicht|schoonzoon|schoondochter|buurman|"
            r"buurvrouw|huisgenoot|vriend|vriendin|verzorger|verzorgster|oude man|oude vrouw)\b",
        ),
        exclude=r"\bik\b(?: [a-z]+){0,2} (?:schreeuw|scheld|snauw)\w*|\b(?:dieet|afvallen wil|"
        r"ziekte|kanker|chemo|slikken)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # Talked into a power of attorney: "een nieuwe 'vriend' van mijn moeder heeft haar
        # overgehaald om hem te machtigen op haar bankrekening. ze is beginnend dement".
        r"\b(?:overgehaald|over gehaald|overhalen|aangepraat|gepraat|onder druk|gedwongen|"
        r"opgedrongen)\b",
        also=(
            r"\b(?:machtig\w*|volmacht|bankrekening|rekening|pinpas|bankpas|spaargeld|testament)\b",
            r"\b(?:dement\w*|alzheimer|vergeetachtig|ziet het niet|heeft het niet door|snapt het "
            r"niet|verward|nieuwe vriend|vriend|kennis|oplichter)\b",
        ),
        exclude=r"\b(?:notaris|levenstestament|hoe (?:werkt|regel|vraag)|mijn (?:broer|zus) en ik)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "unexplained_injuries",
        # Burns like cigarettes after a visit: "na het weekend bij zijn vader binnenkwam met kleine
        # ronde brandwondjes op zijn arm, net sigaretten".
        r"\bbrand(?:wond|plek|plekje|wondje|gaatje)\w*",
        also=(
            r"\bsigaret\w*|\bpeuk\w*",
            r"\b(?:rond\w*|na het weekend|na (?:het|een) bezoek|binnenkwam|thuiskwam|terugkwam|"
            r"op (?:zijn|haar) (?:arm|armen|rug|benen|been|buik|borst|handen))\b",
        ),
        exclude=r"\b(?:rookt zelf|zelf gerookt|eigen sigaret|valt in slaap met)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 42 (development, measured once, then learned from) --------------------------------
    Rule(
        AB,
        "financial_abuse",
        # Comes only for money: "haar zoon komt alleen langs om geld te halen en schreeuwt dan tegen
        # haar. ze huilt daarna altijd".
        r"\b(?:alleen|enkel|vooral|pas)\b(?: [a-z]+){0,3} (?:om|voor) (?:geld|haar geld|zijn geld|"
        r"de pinpas|haar pinpas|zijn pinpas|haar pensioen|zijn pensioen)\b",
        also=(
            r"\b(?:schreeuw\w*|scheld\w*|snauw\w*|huilt|huilen|bang|dreig\w*|eist|pakt|neemt)\b",
            r"\b(?:zoon|dochter|kleinzoon|kleindochter|neef|nicht|schoonzoon|broer|zus|vriend|"
            r"buurman|kennis)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "neglect",
        # Left alone without anyone arranged: "ze gaat gewoon twee weken op vakantie en heeft
        # niemand geregeld. opa kan niet zelf koken en niet goed lopen. hij is nu alleen".
        r"\b(?:niemand|niks|niets|geen vervanging|geen hulp) (?:heeft )?geregeld\b",
        also=(
            r"\bkan (?:niet|nauwelijks) (?:zelf )?(?:koken|eten|lopen|opstaan|naar de wc|drinken)\b",
            r"\b(?:is (?:nu )?alleen|alleen thuis|helemaal alleen|niemand (?:komt|kijkt))\b",
        ),
        exclude=r"\bik\b(?: [a-z]+){0,2} (?:ga|ben) (?:op )?vakantie\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 43 (development, measured once, then learned from) --------------------------------
    Rule(
        AB,
        "neglect",
        # Left without food or pills: "mijn zus gaat nooit, dus pa zit vier dagen per week alleen
        # zonder warm eten en zonder zijn pillen".
        r"\bzonder (?:warm eten|eten|drinken|zijn pillen|haar pillen|zijn medicijnen|haar medicijnen|"
        r"medicijnen|pillen|verzorging)\b",
        also=(r"\b(?:alleen|niemand|nooit|laat|laten|gaat nooit|komt nooit)\b",),
        exclude=PAST + r"|\b(?:vasten|nuchter|operatie|ramadan|dieet|vergeet|vergat)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "neglect",
        # A whole weekend alone: "zijn familie laat hem hele weekend alleen, geen eten, hij kan niet
        # zelf naar wc".
        r"\b(?:laat|laten|liet|lieten)\b(?: [a-z]+){0,3} (?:het |een )?(?:hele|heel het) (?:weekend|dag|"
        r"nacht|week)\b(?: [a-z]+){0,2} alleen\b",
        also=(
            r"\b(?:geen eten|niks te eten|niets te eten|niet zelf naar (?:de )?wc|kan niet zelf|kan niet "
            r"(?:lopen|opstaan)|geen drinken)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # A pension that goes to a son or brother: "zijn pensioen gaat helemaal naar mijn broer, die
        # noemt het kostgeld. pa heeft geen winterjas".
        r"\b(?:pensioen|aow|uitkering|geld|spaargeld)\b(?: [a-z]+){0,4} (?:helemaal |allemaal |"
        r"gewoon )?naar (?:mijn|zijn|haar) (?:broer|zus|zoon|dochter|neef|nicht|kleinzoon|schoonzoon)\b",
        also=(
            r"\b(?:geen (?:winterjas|jas|eten|geld|kleren)|verwarming (?:staat )?uit|kostgeld|"
            r"niks meer over|niets meer over|geen geld voor)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 44 (held out, measured once, then learned from) -----------------------------------
    Rule(
        AB,
        "isolation",
        # Put away when visitors come: "mijn broer zet pa elke avond met zn rolstoel in de schuur als
        # hij bezoek krijgt, pa zit daar dan in de kou tot middernacht".
        r"\b(?:zet|zetten|zette|sluit|sluiten|sloot|stopt|stoppen|stopte|parkeert)\b(?: [a-z]+){0,7} in de "
        r"(?:schuur|kelder|garage|gang|berging|auto|badkamer|wc)\b",
        also=(r"\b(?:kou|koud|donker|uren|middernacht|bezoek|alleen|de hele)\b",),
        exclude=r"\bik\b(?: [a-z]+){0,2} (?:zet|sluit|stop)\b|\b(?:fiets|rollator|scootmobiel|vuilnis\w*|"
        r"boodschappen)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 46 (development) ----------------------------------------------------------------
    Rule(
        AB,
        "financial_abuse",
        # "mijn nicht heeft de volmacht van mijn oom. ze heeft zijn huis verkocht en nu woont hij in
        # een kamertje zonder verwarming. van het geld ziet hij niks."
        r"\bvan (?:het|zijn|haar|dat|al dat|zijn eigen|haar eigen) geld (?:ziet|krijgt) (?:hij|ze|zij|"
        r"mijn [a-z]+)<adv> (?:niks|niets|geen cent)\b|"
        r"\b(?:volmacht|machtiging|machtigen|gemachtigd|pinpas|bankpas|bankzaken)\b(?=.*\b(?:"
        r"geen zakgeld|kapotte schoenen|geen geld meer|zonder verwarming|ziet (?:hij|ze|zij) "
        r"(?:niks|niets)|geen cent|voor zichzelf|leeggehaald|leeggeroofd|stiekem|zonder (?:het )?te "
        r"(?:vragen|overleggen))\b)",
        negatable=False,
    ),
    # --- round 49 (development) ----------------------------------------------------------------
    Rule(
        AB,
        "financial_abuse",
        # "elke maand gaat er meer dan duizend euro naar de rekening van mijn zus zelf"
        r"\bnaar (?:de rekening van (?:mijn|haar|zijn|onze) [a-z]+(?: zelf)?|(?:haar|zijn) eigen "
        r"rekening)\b",
        also=(
            r"\b(?:euro|geld|bedrag\w*|afschrift\w*|bankrekening|rekening van (?:onze|mijn) \w+)\b",
        ),
        exclude=r"\b(?:terugbetaald|afgesproken|kostgeld|huur|boodschappen|voorgeschoten)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_carers",
        # "zit hij als ik kom vaak uren in een vieze luier"
        r"\buren (?:\w+ ){0,3}in een (?:vieze|natte|volle) (?:luier|broek)\b",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "ik hoorde een begeleider hem uitschelden voor vieze idioot": told, not yet seen as a
        # pattern, so asked about first.
        r"\b(?:begeleider|begeleidster|verzorger|verzorgster|verpleger|verpleegster|thuiszorg|"
        r"medewerker|personeel)\b(?: [a-z]+){0,4} (?:uitschelden|uitschold|uitgescholden|uitscheldt)\b",
        negatable=False,
        strength=V,
    ),
    # --- round 54 (held out, measured once at the end of the fifteenth round, then learned from) ---
    Rule(
        AB,
        "financial_abuse",
        # "de buurman van mn opa komt elke dag 'helpen' en nu heeft opa ineens een nieuw testament
        # waarin de buurman alles krijgt. opa vergeet alles tegenwoordig."
        r"\b(?:nieuw|ander|veranderd|gewijzigd)e? testament\b|\btestament\b(?: [a-z]+){0,3} (?:veranderd|"
        r"gewijzigd|laten aanpassen)\b",
        also=(
            r"\b(?:buurman|buurvrouw|vriend\w*|kennis|hulp|verzorg\w*|schoonzoon|schoondochter|nieuwe "
            r"partner)\b(?: [a-z]+){0,3} (?:alles|het huis|het geld) (?:krijgt|erft)\b|\b(?:vergeet alles|"
            r"dementie|alzheimer|ineens)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "neglect",
        # "in het verpleeghuis zetten ze het drinken van mijn moeder steeds buiten haar bereik. ze is
        # dit jaar al twee keer opgenomen met uitdroging."
        r"\b(?:drinken|water|beker|eten|bel|alarmknop|belknop)\b(?: [a-z]+){0,4} (?:steeds |altijd )?buiten "
        r"(?:haar|zijn) bereik\b",
        also=(
            r"\b(?:zetten ze|zet ze|zetten zij|verzorging|personeel|uitdroging|uitgedroogd|steeds|altijd)\b",
        ),
        scope="message",
        negatable=False,
    ),
    # --- round 57 (held out, measured once at the end of the sixteenth round, then learned from) ---
    Rule(
        AB,
        "neglect_by_other",
        # "Mijn schoonmoeder is bedlegerig. Mijn zwager zou voor haar zorgen maar is vanmorgen een lang
        # weekend naar Texel vertrokken zonder iemand te regelen."
        r"\bzonder (?:iemand|iets|hulp|vervanging) (?:te )?(?:regelen|geregeld|in te schakelen|te vragen)\b|"
        r"\b(?:niemand|geen vervanging) (?:geregeld|komt)\b",
        also=(
            r"\b(?:bedlegerig|kan niet (?:zelf )?(?:uit bed|opstaan|lopen|eten)|ligt op bed|kan (?:niks|niets) "
            r"(?:meer )?zelf)\b",
            r"\b(?:vertrokken|weg|op vakantie|naar [a-z]+ (?:vertrokken|gegaan))\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "belt elke dag met een vriendin die hij op internet heeft leren kennen en hij heeft haar al
        # 30.000 euro gestuurd. Nu kan hij zijn huur niet betalen."
        r"\b(?:op|via) (?:internet|facebook|whatsapp|instagram|een datingsite|datingsite|tinder|een app)\b",
        also=(
            r"\b(?:gestuurd|overgemaakt|opgestuurd|geleend|cadeaukaart\w*)\b",
            r"\b(?:euro|geld|spaargeld|duizend\w*|[0-9]+)\b",
            r"\b(?:vriendin|vriend|vriendje|liefde|verliefd|relatie|leren kennen|trouwen)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 59 (held out, measured once at the end of the seventeenth round, then learned from) ---
    Rule(
        AB,
        "financial_abuse",
        # "Mijn broer beheert de rekening van mama en sinds een half jaar is er elke maand 1500 euro
        # weg. Ze kan haar huur niet meer betalen."
        r"\belke maand\b(?: [a-z0-9]+){0,3} (?:euro )?(?:weg|verdwenen|kwijt)\b|"
        r"\b\d+ euro (?:weg|verdwenen|kwijt)\b",
        also=(
            r"\b(?:beheert|rekening|pinpas|bankpas|huur niet|kan (?:haar|zijn) \w+ niet (?:meer )?betalen|"
            r"broer|zus|zoon|dochter|neef|nicht|buurman|buurvrouw)\b",
        ),
        exclude=r"\b(?:abonnement|verzekering|eigen bijdrage|cak|huur gaat|incasso van)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "de buurman van mijn tante heeft haar pinpas in bezit en rekent zijn eigen boodschappen
        # daarmee af"; "Zijn 'vrienden' nemen elke maand zijn uitkering af"; "sinds die er is heeft
        # mijn oom ineens een lening van 20000 euro"
        r"\b(?:haar|zijn) (?:pinpas|bankpas) in (?:bezit|handen)\b|\beigen boodschappen (?:mee|daarmee) afrekent\b|"
        r"\b(?:nemen|neemt|pakken|pakt|namen)\b(?: [a-z]+){0,3} (?:zijn|haar) (?:uitkering|geld|loon|"
        r"pensioen|aow|zakgeld) af\b|"
        r"\b(?:ineens|opeens|plots) (?:een )?(?:lening|schuld|schulden)\b(?=.*\b(?:durft|sinds)\b)",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # "heeft volgens mij al drie dagen geen water gekregen, zijn lippen zijn helemaal kapot"
        r"\b(?:dagen|dag) (?:geen|niks|niets) (?:water|drinken|te drinken|eten|te eten) (?:gekregen|gehad)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "mijn vader scheldt haar de hele dag uit en gisteren trok hij haar uit haar stoel"
        r"\btrok (?:hij|ze|zij) (?:haar|hem) uit (?:haar|zijn|de) (?:stoel|bed|rolstoel)\b|"
        r"\bscheldt (?:haar|hem|oma|opa) de hele dag uit\b",
        scope="message",
        negatable=False,
    ),
    # --- round 62 (held out, measured once at the end of the eighteenth round, then learned from) ---
    Rule(
        AB,
        "financial_abuse",
        # "Mijn zwager beheert het geld van mijn broer en mijn broer heeft nooit meer iets te besteden.
        # Nu rijdt zwager in een nieuwe auto."
        r"\bbeheert (?:het|al het|zijn|haar) geld\b",
        also=(r"\b(?:nooit meer|niks|niets|geen geld|nieuwe auto|te besteden|zakgeld|kwijt)\b",),
        scope="message",
    ),
    Rule(
        AB,
        "unexplained_injuries",
        # "bij de woonvorm zie ik steeds nieuwe plekken op haar bovenarmen ... de begeleiding zegt dat
        # ze zichzelf stoot maar dat geloof ik niet"
        r"\b(?:plekken|blauwe plekken|striemen|wondjes|schrammen)\b(?: [a-z]+){0,4} (?:op|aan) (?:haar|"
        r"zijn) (?:bovenarm\w*|armen|polsen|benen|rug|nek|dijen)\b",
        also=(
            r"\b(?:geloof ik niet|steeds nieuwe|begeleid\w*|verzorg\w*|personeel|woonvorm|"
            r"verpleeghuis|kan niet praten)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        # "Toen ik langskwam was er geen eten in huis, de kachel was uit en ze had nog dezelfde kleren
        # aan als vorige maand."
        r"\bgeen eten in huis\b|\bdezelfde kleren aan (?:als|sinds)\b",
        also=(
            r"\b(?:kachel (?:was |is )?uit|koud|vies|geen eten|dezelfde kleren|broer|zus|zoon|"
            r"dochter)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # "buurman gaat elke dag bij die oude meneer naar binnen en komt met tassen weer naar buiten.
        # meneer is dement"
        r"\bmet (?:volle )?tassen (?:weer )?naar buiten\b",
        also=(r"\b(?:dement\w*|alzheimer|in de war|weet niet)\b",),
        scope="message",
        strength=V,
    ),
    Rule(
        AB,
        "neglect",
        # "Mijn zus laat haar zoon al dagen alleen in zijn flat. Hij eet alleen nog droge beschuit en
        # zijn medicijnen zijn op."
        r"\bal dagen alleen\b",
        also=(
            r"\b(?:medicijnen zijn op|droge beschuit|niks te eten|niets te eten|geen eten|moet het "
            r"(?:maar )?leren)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # "Mijn oom heeft mijn oma een handtekening laten zetten voor de verkoop van haar huis, terwijl
        # ze niet eens meer weet welk jaar het is."
        r"\bhandtekening (?:laten )?(?:zetten|tekenen)\b|\blaten tekenen\b",
        also=(
            r"\b(?:verkoop|huis|geld|testament|lening|volmacht|rekening)\b",
            r"\b(?:weet (?:\w+ ){0,2}(?:niet|niks)|niet (?:eens )?(?:meer )?weet|dement\w*|alzheimer|"
            r"in de war|begrijpt (?:niet|niks))\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # "zijn begeleider neemt hem sinds enkele maanden zijn zakgeld af en dreigt met 'de isoleer'"
        r"\b(?:zakgeld|geld|pinpas|uitkering|aow|pensioen)\b(?: [a-z]+){0,2} (?:afneemt|afpakt|"
        r"afgenomen|afgepakt|inpikt|ingepikt)\b",
        scope="message",
    ),
    Rule(
        AB,
        "sexual_abuse",
        # "iemand op de dagbesteding doet 'geheime spelletjes' met haar in het busje"
        r"\bgeheime (?:spelletjes|spelletje|geheimpjes|dingen)\b",
        scope="message",
        strength=V,
    ),
    # --- round 67 (development: violence and abuse told calmly or formally) ----------------------
    Rule(
        AB,
        "financial_abuse",
        # "mijn zus regelt de financien van pa sinds vorig jaar. nu is zijn spaarrekening leeg"
        r"\b(?:spaarrekening|bankrekening|rekening|spaargeld|spaarpot)\b(?: [a-z]+){0,3} (?:is|was|zijn) "
        r"(?:helemaal )?(?:leeg|leeggehaald|leeggeroofd|geplunderd|op)\b|"
        r"\b(?:is|was) (?:zijn|haar|de|hun) (?:spaarrekening|bankrekening|rekening|spaargeld) "
        r"(?:helemaal )?(?:leeg|leeggehaald|leeggeroofd|geplunderd|op)\b",
        also=(
            r"\b(?:regelt|regelde|beheert|beheerde|doet|deed) (?:de|zijn|haar|het|al zijn|al haar) "
            r"(?:financien|geldzaken|geld|bankzaken|administratie|pinpas|post)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # "De buurvrouw heeft een sleutel en komt 'even kijken'. Sindsdien missen zijn horloge, wat
        # contant geld en de zilveren lepels"; "de huishoudelijke hulp neemt elke week iets mee ...
        # vorige week zijn trouwring"
        r"\b(?:sindsdien|sinds (?:zij|hij|ze) (?:komt|er is|helpt))\b(?: [a-z]+){0,3} (?:missen|mist|"
        r"verdwijnen|verdwijnt|verdwenen|kwijt)\b|"
        r"\b(?:neemt|nam|pakt|pakte)\b(?: [a-z]+){0,4} (?:iets|spullen|dingen|geld|sieraden) mee\b",
        also=(
            r"\b(?:horloge|sieraden|contant|geld|lepels|zilver\w*|trouwring|ring|ketting|pinpas|"
            r"spullen|iets)\b",
            r"\b(?:dement\w*|alzheimer|weet (?:\w+ ){0,3}niet (?:meer )?wat|weet het zelf niet|"
            r"in de war|begrijpt (?:het )?niet)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # "Nu blijkt dat er een lening is afgesloten op naam van mijn moeder en dat ze een machtiging
        # heeft getekend die ze zich niet herinnert."
        r"\b(?:lening|krediet|leningen)\b(?: [a-z]+){0,4} (?:afgesloten|op (?:haar|zijn) naam|op naam "
        r"van)\b|\b(?:machtiging|volmacht)\b(?: [a-z]+){0,3} (?:getekend|ondertekend)\b",
        also=(
            r"\b(?:(?:niet|niks|nooit) (?:meer )?(?:herinner\w*|weet van)|herinnert (?:zich )?(?:niet|"
            r"niks)|nu blijkt|zonder dat (?:ze|hij|zij) (?:het )?(?:weet|wist))\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        # "trof ik haar meermaals aan in bevuilde kleding, met een volle incontinentieluier en zonder
        # drinken binnen bereik"
        r"\b(?:zonder|geen) (?:drinken|water|eten)\b(?: [a-z]+){0,2} (?:binnen (?:hand)?bereik|in de "
        r"buurt|bij (?:de hand|zich))\b|\bvolle (?:incontinentie)?luier\w*\b",
        also=(
            r"\b(?:bevuild\w*|vies\w*|volle (?:incontinentie)?luier\w*|niet in staat|kan (?:\w+ )?niet "
            r"(?:zelf|zelfstandig) drinken|personeel|verpleeghuis|woonvoorziening|instelling|"
            r"zorgcentrum|woonvorm|thuiszorg)\b",
            r"\b(?:trof|aantreffen|aangetroffen|zie|zag|vind|vond|meermaals|steeds|telkens|vaker|"
            r"uren)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "abuse_by_other",
        # A driver, a carer or a group leader who hurts the naaste: "de chauffeur ... noemt hem dom en
        # trekt aan zijn oor"; "de ochtendploeg pakt haar 'stevig aan' en ze mag niet klagen"
        r"\b(?:trekt|trok|getrokken|trekken)\b(?: [a-z]+){0,3} aan (?:zijn|haar|z n|d r) (?:oor|oren|"
        r"haar|haren|arm)\b|\baan (?:zijn|haar|z n|d r) (?:oor|oren|haren) (?:trekt|trok|trekken)\b|"
        r"\b(?:pakt|pakken|pakte) (?:haar|hem|ze) (?:\w+ )?(?:stevig|hard|ruw) aan\b|"
        r"\bniet (?:mag|mocht|durft|durfde) (?:te )?klagen\b",
        also=(
            r"\b(?:chauffeur|taxi\w*|bus\w*|begeleid\w*|leiding|personeel|juf|meester|leraar|"
            r"verzorg\w*|thuiszorg|ochtendploeg|avondploeg|nachtdienst|zorgmedewerker\w*|"
            r"groepsleid\w*|dagbesteding)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "unexplained_injuries",
        # "blauwe plekken op haar bovenarmen, precies de vorm van vingers"
        r"\b(?:de )?vorm van (?:vingers|een hand|handen|een riem)\b|\bvingerafdrukken\b",
        also=(r"\b(?:plek\w*|blauw\w*|striem\w*|bovenarm\w*|pols\w*)\b",),
        scope="message",
    ),
    # --- round 65 (development: elderly and rural caregivers, dialect, the last phase) ----------
    Rule(
        AB,
        "abuse_by_other",
        # "pa zegt zachtjes dat hij pas mag eten als hij braaf is geweest"
        r"\b(?:mag|krijgt) (?:pas|alleen|niet|geen) (?:eten|te eten|drinken|te drinken) als\b|"
        r"\b(?:mag|mocht) (?:pas|alleen) eten als\b|\b(?:pas|alleen) (?:mag|mocht) eten als\b",
        scope="message",
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "een verzorgster trok mijn vrouw hard aan haar pols mee ... ze begint te trillen als die
        # mevrouw binnenkomt"
        r"\b(?:verzorgster|verzorger|begeleider|verpleegkundige|zuster|thuiszorg|personeel|medewerker|"
        r"mevrouw|meneer)\b(?: [a-z]+){0,8} (?:hard|ruw|hardhandig) (?:aan|bij|met) (?:haar|zijn) "
        r"(?:pols|arm|haren|hand|nek)\b|"
        r"\b(?:begint|gaat) te trillen als (?:die|de|deze) (?:mevrouw|meneer|verzorgster|verzorger|man|"
        r"vrouw|begeleider)\b",
        scope="message",
    ),
    Rule(
        AB,
        "neglect_by_other",
        # "oma krijgt bijna niks te eten, de koelkast is leeg ... schoonzus pakt oma's aow"
        r"\bkrijgt (?:bijna |haast |nauwelijks )?(?:niks|niets|geen) (?:te eten|eten|te drinken)\b|"
        r"\bpakt (?:oma s|opa s|haar|zijn|moeders|vaders|mijn moeders|mijn vaders) (?:aow|pensioen|"
        r"uitkering|geld|pinpas)\b",
        exclude=r"\b(?:wil|weigert|lust|ziek|misselijk|sonde|slikken)\b",
        scope="message",
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "een begeleider sluit hem als straf in zijn kamer op en hij mag dan niet naar de wc"
        r"\bals straf\b(?: [a-z]+){0,5} (?:opsluit|op sluit|opgesloten|op slot|op)\b|"
        r"\b(?:begeleider|verzorger|verzorgster|personeel|medewerker|leiding)\b(?: [a-z]+){0,6} "
        r"(?:sluit (?:hem|haar) (?:\w+ ){0,4}op|opsluit)\b",
        scope="message",
    ),
    # --- round 64 (development: WhatsApp style, shame, minimising) ------------------------------
    Rule(
        AB,
        "neglect_by_other",
        # "in het verpleeghuis ligt ze in een luier die al uren nat is, haar drinkbeker staat buiten
        # bereik en ze is 4 kilo afgevallen"
        r"\b(?:luier|broek|incontinentiemateriaal)\b(?: [a-z]+){0,4} (?:al uren|uren|dagen) (?:nat|vies)\b|"
        r"\b(?:drinkbeker|beker|water|drinken|eten)\b(?: [a-z]+){0,3} buiten (?:haar|zijn)? ?bereik\b",
        also=(
            r"\b(?:verpleeghuis|personeel|thuiszorg|afgevallen|kilo|elke keer|steeds|tehuis|zorginstelling)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "neglect",
        # "opa had gisteren niks meer in de koelkast en zat in een vieze broek", the oom never comes
        r"\b(?:niks|niets) (?:meer )?in (?:de|zijn|haar) koelkast\b",
        also=(
            r"\b(?:vieze broek|vies|komt nooit|niemand|zou (?:voor (?:hem|haar) )?zorgen|alleen)\b",
        ),
        scope="message",
    ),
    Rule(
        AB,
        "financial_abuse",
        # "de mevrouw van de thuiszorg heeft haar gouden ketting 'geleend' en mijn moeder durft niks te
        # zeggen"
        r"\b(?:thuiszorg|verzorgster|verzorger|hulp|huishoudelijke hulp|schoonmaakster|werkster|"
        r"buurvrouw|buurman)\b(?: [a-z]+){0,8} (?:ketting|sieraden|ring|geld|pinpas|portemonnee|"
        r"horloge)\b(?: [a-z]+){0,2} (?:geleend|meegenomen|gepakt|weg|ingepikt)\b",
        also=(r"\b(?:durft|anders kom ik|niks te zeggen|niets te zeggen|geleend|bang)\b",),
        scope="message",
    ),
    # --- round 60 (development) ----------------------------------------------------------------
    Rule(
        AB,
        "abuse_by_other",
        # "de thuiszorg mevrouw doet ruw met teta, ze trekt aan haar haar bij het wassen"
        r"\btrekt\b(?: [a-z]+){0,2} aan (?:haar|zijn) (?:haar|haren|arm|armen|oor|oren)\b|"
        r"\bdoet (?:ruw|hardhandig|gemeen|grof|bot) (?:met|tegen)\b",
        exclude=r"\b(?:ik|mezelf)\b(?: [a-z]+){0,1} (?:trek|doe)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # "hij lag in een nat bed en had volgens mij dagen niet gegeten. Mijn zus ... zou voor hem
        # zorgen."
        r"\b(?:lag|ligt|lagen) (?:\w+ )?in een (?:nat|natte|vies|vieze|smerig|smerige|doorweekt) bed\b",
        also=(
            r"\b(?:dagen niet (?:gegeten|gedronken)|koelkast (?:was )?leeg|niet gegeten|niet gedronken|"
            r"zou voor (?:hem|haar) zorgen|niemand (?:was )?geweest)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # "De avonddienst van de thuiszorg komt al een week niet, maar ze tekenen wel af in de map."
        r"\b(?:tekenen|tekent|tekende|tekenden)\b(?: [a-z]+){0,2} (?:wel )?af\b|\bwel afgetekend\b",
        also=(
            r"\b(?:komt|komen|kwam|kwamen)\b(?: [a-z]+){0,4} niet\b|\bniet (?:geweest|gekomen)\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "De boer laat hem voor niks op het erf werken en scheldt hem de hele dag uit."
        r"\b(?:laat|liet|laten) (?:hem|haar|mijn \w+) (?:voor niks|voor niets|gratis|zonder (?:loon|geld|"
        r"betaling))\b(?: [a-z]+){0,3} werken\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_other",
        # "ik hoor dat ze babcia uitscheldt en 'ga toch dood' roept. Babcia fluistert dat ze honger
        # heeft."
        r"\b(?:honger heeft|heeft honger|honger hebben|krijgt (?:geen|niet genoeg) (?:eten|te eten))\b",
        also=(r"\b(?:uitscheldt|uitschelden|scheldt|ga (?:toch |maar )?dood|fluistert|slaat)\b",),
        scope="message",
        negatable=False,
    ),
    # --- round 58 (development) ----------------------------------------------------------------
    Rule(
        AB,
        "neglect",
        # "ik kom bij mijn oom en de koelkast is leeg, hij is heel mager. zijn vrouw zegt hij wil niet
        # eten maar bij mij eet hij alles op"
        r"\b(?:koelkast|keukenkastjes|kastjes|voorraadkast)\b(?: [a-z]+){0,2} (?:is |zijn |staat |was )?"
        r"(?:helemaal |altijd |steeds |weer )?leeg\b",
        also=(
            r"\b(?:mager|afgevallen|vermagerd|honger|uitgehongerd|schrokt|eet (?:hij|ze|zij) alles op)\b",
        ),
        exclude=r"\b(?:boodschappen (?:doen|gedaan|halen)|ik moet|vergeet (?:hij|ze|zij) (?:zelf )?te eten)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # "Mijn broer woont bij onze moeder. Hij schreeuwt tegen haar, noemt haar een gek wijf en
        # dreigt dat hij haar in het tehuis stopt."
        r"\b(?:schreeuwt|scheldt|krijst|snauwt) (?:hij|ze|zij)? ?(?:tegen|naar) (?:haar|hem|onze|mijn|ma|pa)\b|"
        r"\bnoemt (?:haar|hem) (?:een )?(?:gek|oud|stom|dom|vies|vuil)\w*(?: [a-z]+)?\b",
        also=(
            r"\b(?:mijn|onze|m n) (?:broer|zus|zwager|schoonzus|neef|nicht|stiefvader|stiefmoeder|oom|"
            r"tante|schoonzoon|schoondochter|buurman|buurvrouw)\b|\b(?:hij|zij) woont bij\b",
            r"\b(?:dreigt|gek wijf|gekke|noemt|bang|huilt|wat kan ik doen|trilt)\b",
        ),
        exclude=r"\bik (?:schreeuw|scheld|snauw|noem)\b",
        scope="message",
        negatable=False,
        strength=V,
    ),
    # --- round 55 (development) ----------------------------------------------------------------
    Rule(
        AB,
        "financial_abuse",
        # "mijn broer beheert de rekening van onze moeder. zij heeft nooit geld voor de kapper of een
        # nieuwe jas, maar hij rijdt sinds kort in een nieuwe auto."
        r"\b(?:beheert|beheren|regelt|doet|heeft|gaat over)\b(?: [a-z]+){0,2} (?:de |haar |zijn )?(?:rekening|"
        r"bankrekening|bankzaken|geldzaken|financien|pinpas|bankpas)\b",
        also=(
            r"\b(?:nooit|geen|niks|niets) (?:meer )?(?:geld|te besteden)\b",
            r"\b(?:nieuwe auto|nieuwe telefoon|nieuwe tv|op vakantie|rijdt|gekocht|durft er (?:niks|niets)|"
            r"durft (?:niks|niets) te zeggen|mag (?:niks|niets) vragen|leeg)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "zijn kleinzoon komt alleen op de dag dat de aow binnenkomt, en daarna is er geen geld meer
        # voor boodschappen"
        r"\b(?:alleen|altijd|pas|enkel|steeds)\b(?: [a-z]+){0,4} (?:als|wanneer|op de dag (?:dat|waarop)) "
        r"(?:de |zijn |haar )?(?:aow|pensioen|uitkering|geld|toeslag\w*)\b(?: [a-z]+){0,2} "
        r"(?:binnenkomt|binnen is|er is|gestort|overgemaakt|op de rekening)\b",
        also=(r"\b(?:geen geld meer|niks meer|niets meer|leeg|pinpas|pas mee|geld weg)\b",),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "heeft opeens een volmacht getekend voor een 'vriend' die hij via internet kent. er is al
        # 40.000 euro van zijn spaarrekening af."
        r"\b(?:euro|geld|spaargeld|duizenden|duizend)\b(?: [a-z]+){0,3} (?:van|af van) (?:zijn|haar) "
        r"(?:spaar)?rekening (?:af|weg|gehaald|opgenomen|overgemaakt|verdwenen)\b",
        also=(
            r"\b(?:vriend|vriendin|kennis|internet|online|volmacht|datingsite|oplichter\w*|facebook|"
            r"onbekende|vreemde)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "financial_abuse",
        # "een nicht heeft mijn vader een lening voor haar laten afsluiten. hij heeft dementie en
        # snapt niet wat hij getekend heeft."
        r"\b(?:lening|krediet|leningen|abonnement\w*|contract|hypotheek|volmacht|schenking)\b(?: [a-z]+){0,4} "
        r"(?:laten afsluiten|laten tekenen|laten ondertekenen|laten overmaken|laten schenken)\b",
        also=(
            r"\b(?:dementie|alzheimer|snapt (?:niet|niks)|begrijpt (?:niet|niks)|weet niet wat|voor haar|"
            r"voor hem|voor zichzelf|getekend)\b",
        ),
        scope="message",
        negatable=False,
        strength=V,
    ),
    Rule(
        AB,
        "sexual_abuse",
        # "de man van de huishoudelijke hulp noemt haar 'stoute meid' en zit aan haar als ze zich
        # omkleedt"
        r"\b(?:zit|zitten|zat|komt|kwam|zaten)<adv> aan (?:haar|hem|d r|mijn moeder|mijn vader)\b|"
        r"\baan (?:haar|hem|d r) (?:zit|zitten|zat|zaten)\b",
        also=(
            r"\b(?:omkleedt|omkleden|uitkleedt|uitkleden|douche\w*|onder de douche|in bad|wassen|borsten|"
            r"billen|kruis|stoute meid|onder (?:haar|zijn) kleren|in haar bed|in zijn bed)\b",
        ),
        exclude=r"\b(?:spullen|eten|tas|rollator|haar haar|zijn haar)\b",
        scope="message",
        negatable=False,
    ),
    # --- round 53 (development) ----------------------------------------------------------------
    Rule(
        AB,
        "neglect_by_others",
        # "het eten van drie dagen terug staat nog op tafel. de thuiszorg tekent wel elke dag af dat ze
        # geweest zijn"
        r"\b(?:thuiszorg|verzorgende|verzorging|wijkverpleging|wijkzuster|zorg)\b(?: [a-z]+){0,3} "
        r"(?:tekent|tekenen|afgetekend|tekende)\b",
        also=(
            r"\b(?:eten|brood|maaltijd\w*|luier|medicijnen|pillen|drinken|beker|glas|water|fles)\b"
            r"(?: [a-z]+){0,8} (?:nog|staat|ligt|"
            r"liggen|onaangeroerd)\b|\bniet geweest\b|\bvan (?:drie|twee|vier|[0-9]+) dagen\b",
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        AB,
        "neglect_by_others",
        # "mijn broer woont bij ma in. zij mag niet aan de koelkast komen. ze is tien kilo afgevallen"
        r"\bmag (?:niet|nooit) (?:meer )?(?:aan|bij|in) (?:de|het) (?:koelkast|keuken|kast|voorraadkast|"
        r"eten|brood|kamer uit|huiskamer)\b",
        also=(r"\b(?:afgevallen|honger|kilo|mager|broer|zus|zoon|dochter|schoonzoon|neef)\b",),
        scope="message",
        negatable=False,
    ),
)
