"""The macros (`<adv>`, `<person>`, ...) and the word lists and contexts shared by several categories."""

from __future__ import annotations

_ADVERBS = (
    "echt|gewoon|soms|wel|eigenlijk|zo|heel|erg|vaak|al|nu|nog|bijna|haast|helemaal|totaal|compleet|"
    "steeds|altijd|weer|opnieuw|toch|even|dan|maar|ook|misschien|best|zelfs|regelmatig|af en toe|"
    "wel eens|weleens|een keer|een paar keer|meerdere keren|vandaag|gisteren|vanochtend|vanmorgen|"
    "vanmiddag|vanavond|vannacht|laatst|toen|net|zomaar|expres|bewust|stiekem|hard|keihard|flink|"
    "liefst|het liefst|graag|zelf|allemaal|hoor|serieus|tegenwoordig|de laatste tijd|laatste tijd|"
    "eerlijk gezegd|nou|eens|gewoonweg|er|eerlijk|snel|gauw|ineens|opeens|plotseling|zomaar|"
    "ongelofelijk|enorm|verschrikkelijk|vreselijk|zowat|praktisch|echt waar|inderdaad|nogal|"
    "daarom|dus|ook nog|vorige week|gister|zonet|zojuist|alweer|s nachts|snachts|s avonds|"
    "overdag|elke nacht|elke dag|iedere dag|kunnen|in een keer|in 1 keer|tegelijk|op een dag|ooit|"
    "straks|de hele dag|hele dag|al dagen|dagenlang|al weken|al een week|vaker|steeds vaker|daar|hier|"
    "uren|urenlang|al uren|volledig|echt helemaal|heel erg|elke avond|iedere avond|elke ochtend|"
    "iedere nacht|elke keer|iedere keer|morgen|straks|later|gisteravond|eergisteren|"
    "afgelopen nacht|elke middag|iedere middag|s middags|smiddags|elke week|iedere week|"
    "de laatste dagen|nog steeds|zonet|zo hard|allang|al lang|al jaren"
)

_RELATIVES = (
    "moeder|vader|man|vrouw|partner|zoon|dochter|kind|kinderen|oma|opa|schoonmoeder|schoonvader|"
    "broer|zus|zusje|broertje|tante|oom|naaste|vriend|vriendin|echtgenoot|echtgenote|mama|papa|"
    "mam|pap|ma|pa|vent|buurman|buurvrouw|ouders|schoonzus|zwager|stiefvader|stiefmoeder|neef|"
    "nicht|schoonzoon|schoondochter|kleinzoon|kleindochter|verzorger|verzorgster|verzorgende|"
    "thuiszorg|thuishulp|verpleegster|verpleger|verpleging|begeleider|zorgverlener|"
    "huishoudhulp|vriendje|nieuwe vriend|nieuwe partner|vrijwilliger|bewoner|medebewoner|"
    "schoonfamilie|familie|zorgmedewerker"
)
_POSSESSIVES = "mijn|onze|zijn|haar|hun|die|dat|de|een|dr"

MACROS: dict[str, str] = {
    "adv": rf"(?: (?:{_ADVERBS}))*",
    "person": rf" (?:hem|haar|hen|ze|dr|(?:(?:{_POSSESSIVES}) )?(?:{_RELATIVES})s?)",
    "agent": rf"(?:hij|ze|zij|die|iemand|(?:(?:{_POSSESSIVES}) )?(?:{_RELATIVES}))",
    "me": r" (?:me|mij|mezelf)",
    "gap": r"(?: [a-z0-9]+){0,3}",
    "end": r"(?= \||$)",
    "stop": (
        r"(?= \||$| (?:hoor|echt|gewoon|en|maar|want|ik|nu|dus|mensen|sorry|eerlijk|totaal|"
        r"helemaal|ofzo|joh|help|wat|hoe|meer|alles|allemaal|meid|jongens|man|zeg|gewoonweg)\b)"
    ),
    "after": (
        rf"(?= \||$| (?:{_ADVERBS}|met|als|wanneer|omdat|want|en|maar|terwijl|tegen|in|op|uit|"
        r"van|door|ik|hij|ze|zij|tot|voor|bij|na|weer|niet|nooit|pijn|iets|wat|een|geen|hardhandig|"
        r"ruw|ruwtjes)\b)"
    ),
    # A wish verb, with the subject after it when the sentence starts with another word
    # ("soms wil ik dood").
    "wish": r"(?:wil|wilt|willen|wou|wilde|zou willen)(?: (?:ik|hij|ze|zij|je))?",
    "inv": r"(?: (?:ik|hij|ze|zij|je|u))?",
    # Concepts for co-occurrence rules (no leading space; each is searched on its own).
    "ik": r"\bik\b",
    "naaste": (
        rf"(?:\b(?:hem|hen|dr)\b|\bhaar\b<after>|\b(?:(?:{_POSSESSIVES}) )?(?:{_RELATIVES})s?\b)"
    ),
    "someone": rf"\b(?:hij|ze|zij|hem|haar|(?:{_POSSESSIVES}) (?:{_RELATIVES}))\b",
    "meobj": r"\b(?:me|mij|ons)\b",
    "naasteobj": rf"(?:hem|hen|dr|haar<after>|(?:(?:{_POSSESSIVES}) )?(?:{_RELATIVES})\b)",
    "abuseverb": (
        r"(?:slaat|sloeg|schopt|schopte|knijpt|kneep|duwt|duwde|stompt|trapt|wurgt|mept|bedreigt|"
        r"bedreigde|mishandelt|mishandelde|misbruikt|misbruikte|vernedert|vernederde|kleineert|"
        r"sleurt|sleept|rukt|iets aandoet|pijn doet|(?:slecht|ruw|hardhandig|gemeen) "
        r"(?:behandelt|behandeld|behandelen|aanpakt|omgaat))\b"
    ),
    "wishword": (
        r"\b(?:wil|wilt|wou|wilde|willen|verlang\w*|hoop|wens\w*|liefst|liever|zin om|denk aan|"
        r"denk erover|dacht erover|overweeg\w*|van plan|plan|beter|snak\w*)\b"
    ),
    # an optional place phrase: "in zijn kamer", "tegen de muur"
    "pp": r"(?: (?:in|op|aan|bij|tegen|met|uit|onder|naar) (?:zijn|haar|de|het|een|dr|mijn) [a-z]+)?",
    # "ik heb haar geslagen" and, after a time word, "toen heb ik haar geslagen"
    "ikheb": r"(?:ik<adv> (?:heb|had)|(?:heb|had) ik)",
}

# --- contexts shared by the rules of several categories (in `exclude` and `also`) ---

# Winning at a game: "ze slaat me nog steeds met klaverjassen".
GAMES = (
    r"\b(?:kaarten|scrabble|dammen|schaken|klaverjassen|sjoelen|rummikub|spelletje|potje|bridge|"
    r"jokeren|biljart\w*|memory|yahtzee|wordfeud|puzzelen)\b"
)

# Anger at a stranger said as a figure of speech: "mijn werkgever doet moeilijk, ik kan die man wel
# wurgen". "Die man" is how one speaks of someone else, not of one's own husband.
ANGER_AT_A_STRANGER = (
    r"\b(?:kan|kon|zou)\b(?: [a-z]+){0,2} (?:die|deze|dat) (?:man|vent|kerel|gast|gozer|vrouw|mens|"
    r"figuur|meid|ambtenaar|dokter|arts|werkgever|baas)\b(?: [a-z]+){0,2} (?:wurgen|schieten|"
    r"slaan|vermoorden|schoppen|villen|killen|wat aandoen|iets aandoen|achter het behang plakken)\b"
)

# A tool in a job about the house: "de buurman staat met een hamer om de kast op te hangen".
HOUSE_JOBS = (
    r"\b(?:klus\w*|timmer\w*|repare\w*|gereedschap|(?:kast|plank|planken|schilderij|lamp|"
    r"gordijn\w*|lijst\w*|rek|haak|haakje) (?:op te hangen|ophangen|vast te zetten))\b"
)

# "slaan" in its many harmless senses: skip, strike (a clock), save, refer to, win at cards.
SLAAN_IDIOMS = (
    r"\b(?:slaat|sla|sloeg|slaan|geslagen)(?: [a-z]+){0,4} over\b|"
    # "hij slaat al drie dagen zijn wandeling over": a skipped activity, however far apart.
    r"\b(?:slaat|sloeg|slaan)(?: [a-z]+){0,4} (?:zijn|haar|de|het|een) (?:wandeling|maaltijd\w*|ontbijt|"
    r"lunch|avondeten|training|oefeningen|douchebeurt|medicijn\w*|pil\w*|afspraak\w*|les|lessen|"
    r"dagbesteding|fysio\w*|koffie|middagdutje|dutje) over\b|"
    r"\b(?:slaat|sla|sloeg|slaan|geslagen)(?: [a-z]+){0,3} (?:om|toe|aan|dicht|open)(?= \||$)|"
    r"\bslaa?t? (?:op|door|alarm|acht|wartaal|nergens|munt)\b|\bsloeg (?:op|door|alarm|om|toe|"
    r"aan)\b|"
    r"\bop hol\b|\bmet stomheid\b|\b(?:erdoorheen|doorheen)\b|\bom (?:me|mij|haar|hem) heen\b|"
    + GAMES
    + r"|\b(?:salade|slaatje|kropsla)\b|\b(?:maak|maakt|eet|eten|met|wat)\b(?: [a-z]+){0,3} sla\b|"
    r"\bsla (?:maken|eten|met)\b|"
    r"\b(?:alarm|slag|brug|munt) geslagen\b|\bogen\b|\bovergeslagen\b|\boverslaan\b"
)

# "mijn moeder wordt mishandeld": the naaste is the one hurt, by someone else.
PASSIVE = r"\b(?:wordt|werd|worden|werden)\b"
LOST_THINGS = (
    r"\b(?:sleutel\w*|bril|pas|portemonnee|papieren|telefoon|gebit|gehoorapparaat|formulier|"
    r"brief|tas|jas|geld)\b"
)

# A state described in the past ("hij was vorig jaar bewusteloos") is not an emergency now.
PAST = (
    # "hij woonde vroeger aan het kanaal" tells where, not when the danger was.
    r"\b(?:geweest|(?<!woonde )(?<!woonden )(?<!werkte )(?<!werkten )vroeger(?! (?:woonde|woonden|werkte|werkten|heette))|destijds|in het verleden|vorig jaar|vorige (?:week|maand)|jaren geleden|"
    r"lang geleden|maanden geleden|weken geleden|in (?:19|20)[0-9][0-9])\b"
)
ANIMALS = r"\b(?:hond|kat|poes|mug|teek|wesp|paard|muggen|honden|katten)\b"

# Acute danger is about now: "wat moet ik doen als hij stikt?" is a practical question.
HYPOTHETICAL = (
    r"\b(?:wat (?:(?:moet|kan|doe|moeten|kunnen|doen) (?:ik|je|we|u)|(?:ik|je|we|u) (?:moet|kan|"
    r"moeten|kunnen))(?: [a-z]+){0,2} (?:doen )?als|"
    r"stel dat|voor het geval|in geval van|wat als|hoe herken|herkennen|cursus|ehbo|"
    # "als hij weer een beroerte krijgt, hoe bereid ik me daarop voor?"
    r"als (?:hij|ze|zij|mijn [a-z]+) (?:weer|opnieuw|nog een keer|nog eens|ooit) een|"
    r"hoe bereid (?:ik|je|we|u) (?:me|mij|je|ons|u)(?: [a-z]+)? voor|"
    r"(?:bang|zorgen) dat (?:hij|ze|zij|mijn [a-z]+) (?:ooit|een keer|weer)|wat te doen (?:als|bij)|"
    r"hoe (?:zorg|voorkom|kan|moet) (?:ik|je|we)|voorkomen dat|zodat (?:hij|ze|zij) niet)\b"
)
# Said to be over, or harmless: acute danger is not acute any more.
REASSURED = (
    r"\b(?:kan geen kwaad|geen kwaad|niks aan de hand|niets aan de hand|niks ernstigs|"
    r"niets ernstigs|gaat (?:weer |nu )?(?:goed|prima) met (?:hem|haar)|het gaat (?:weer |nu )?"
    r"(?:goed|prima)|gaat het (?:verder |weer |nu )?(?:goed|prima)|alles is (?:weer |nu )?(?:goed|oke|ok)|"
    r"(?:was|is) gewoon moe|weer (?:helemaal )?"
    r"opgeknapt|gelukkig (?:niks|niets|geen))\b"
)
# Signs that a body is in danger right now.
SERIOUS_SIGNS = (
    r"blauw aangelopen|blauwe lippen|lippen (?:zijn )?(?:blauw|paars)|lijkbleek|geen contact|"
    r"niet wakker te krijgen|reageert (?:niet|nauwelijks)|zakt (?:hij |ze |zij )?(?:steeds |telkens |helemaal )?weg|"
    # "nu reageert ze helemaal niet meer als ik haar roep of schud"
    r"reageert (?:hij|ze|zij) (?:helemaal |totaal |echt |bijna |amper )?(?:niet|nauwelijks) meer|"
    r"onsamenhangend|bewusteloos|ademt raar|ademt zwak|hapt naar (?:lucht|adem)|"
    r"suiker (?:is )?(?:heel |erg |te )?laag|trekkingen|schuim op (?:de|zijn|haar) mond|"
    r"heel suf|ijskoud|klam en bleek|pupillen|praat (?:heel |erg )?(?:raar|vreemd|onduidelijk)|"
    # A low blood sugar: "heel verward en klam, ze wordt niet goed wakker als ik haar roep".
    r"verward en klam|klam en verward|zweterig en verward|verward en zweterig|"
    r"(?:wordt|werd) niet (?:goed |echt |meer )?wakker (?:als|wanneer) ik"
)

# A farewell: "dit is de laatste keer dat je iets van me hoort" (suicide.py; acute_danger.py beside a
# bridge or a phone no longer answered).
LAST_TIME_YOU_HEAR_FROM_ME = r"\blaatste keer dat (?:je|jullie|u|jij) (?:nog )?(?:iets )?van (?:me|mij) (?:hoort|horen|hoorde)\b"
DRUGS = (
    r"\b(?:pil|\w*pillen|tablet\w*|medicijn\w*|medicatie|slaappil\w*|slaapmiddel\w*|oxazepam|"
    r"temazepam|diazepam|lorazepam|paracetamol|morfine|insuline|oxycodon\w*|lithium|pilletjes|"
    r"methadon|tramadol|fentanyl\w*|codeine|digoxine|antidepressiva|seroquel|quetiapine)\b"
)
WEAPONS = (
    r"(?:mes|messen|mesje|mesjes|keukenmes|(?:brood|vlees|groente|schil|zak|scheer|stanley|"
    r"aardappel|fileer|hak)mes(?:je|jes|sen)?|schaar|hamer|bijl|wapen|pistool|geweer|jachtgeweer|knuppel|"
    r"honkbalknuppel|stok|breekijzer)"
)
