"""The kinds of help a caregiver asks for, from a free answer to "wat zou u het meest helpen?".

The categories are the product's one taxonomy (DESIGN.md, handoff schema `need_category`). Rules are
word-start patterns on normalised text, so one pattern covers inflections and Dutch compounds
("logeer" finds logeren, logeeropvang, logeerhuis), which a lemmatiser does not split. Typos in the
longer key words are fixed first with rapidfuzz. A clause that refuses something ("geen behoefte aan
lotgenoten", "geld hoeft niet") adds nothing. Text without any match becomes one need 'anders'.

Choices:
- 'vervoer' in general (rijden, halen en brengen) is practical help; transport services (regiotaxi,
  Valys, parkeerkaart) are `wonen_vervoer`. The bare word "vervoer" gives both: DESIGN.md lists it
  under both categories.
- Each need keeps the caregiver's whole answer as its text (max 500 characters), so the consultant
  reads the need in the caregiver's own words and context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.assessment.answers import normalize_text
from knowledge.offer import NeedCategory

NEED_CATEGORIES: tuple[str, ...] = NeedCategory.__args__  # type: ignore[attr-defined]
NEED_TEXT_MAX = 500


@dataclass(frozen=True)
class Need:
    category: NeedCategory
    text: str  # the caregiver's own words, at most 500 characters


_PERSON = r"(?:hem|haar|mijn \w+)"
# A talk with the employer is werk_en_zorg, not emotional support.
_NOT_EMPLOYER = r"(?! met (?:mijn|de|onze) (?:werkgever|baas|leidinggevende|manager))"
# "praten met andere broers en zussen" is meeting peers (lotgenoten), not someone to talk to.
_NOT_PEERS = r"(?! met (?:andere|anderen|lotgenoten|mensen die|mensen in))"

# fmt: off
# Regular expressions on normalised text (lower case, no accents or punctuation, single spaces).
# Alike in shape only: one list of patterns per need; the lists are data, not repeated logic.
_RULES: dict[NeedCategory, tuple[str, ...]] = {
    "even_vrij": (
        r"\beven (?:\w+ )?(?:vrij|weg|rust|pauze|eruit|ertussenuit|niks|niets|lucht|adem)",
        r"\bvrije? (?:tijd|dag|dagen|middag|avond|weekend)",
        # "soms een weekend vrij", "af en toe een middagje vrij"
        r"\b(?:dag|middag|avond|ochtend|weekend|week|nacht)(?:je)? vrij\b",
        # "een middag rustig zitten zonder steeds op te hoeven letten", "even niet aan alles denken"
        r"\b(?:middag|middagje|avond|avondje|dag|dagje|uurtje|uur) rustig\b",
        r"\bzonder (?:steeds |altijd |de hele tijd )?op te (?:hoeven )?letten\b",
        # "een keer iets leuks doen zonder dat ik op hem moet letten", "even iets voor mezelf"
        r"\bzonder (?:dat ik )?(?:steeds )?op (?:hem|haar|mijn \w+|\w+) (?:moet |hoef )?(?:te )?letten\b",
        r"\biets (?:leuks )?voor (?:mezelf|mijzelf|mij zelf)\b",
        # "een keer iets leuks doen zonder mn broer", "een dagje weg zonder hem"
        r"\b(?:iets leuks|leuke dingen|iets|een dagje|dagje|weg|uit|uitje)(?: \w+){0,2} zonder "
        r"(?:hem|haar|mijn \w+|mn \w+|m n \w+|de zorg)\b",
        r"\beven niet (?:aan alles|overal aan|nergens aan) (?:te )?(?:hoeven )?denken\b",
        # "iemand die af en toe op Gerrit past", "op hem passen"
        r"\bop (?:\w+ ){0,2}(?:past|passen|passt)\b",
        r"\bvrijaf\b", r"\bvrij (?:hebben|nemen|zijn)\b",
        r"\b(?:dag|zaterdag|zondag|middag|avond|ochtend|weekend|week) zonder (?:gedoe|zorg|zorgen)\b",
        r"\btijd voor (?:mezelf|mijzelf|mij zelf|mijn eigen|mij)\b",
        # "ik kom nergens meer aan toe"
        r"\bkom (?:\w+ )?nergens (?:meer )?(?:aan )?toe\b|\bnergens meer aan toe ?(?:komen|kom)\b",
        # "af en toe een middag voor mijzelf"
        r"\b(?:middag|middagje|avond|avondje|dag|dagje|ochtend|uurtje|uur|weekend|weekje|week) "
        r"(?:\w+ )?voor (?:mezelf|mijzelf|mij zelf|mij alleen)\b",
        r"\baan (?:mezelf|mijzelf|mijn eigen leven) toe\b",
        # "en of ik af en toe vrij kan"
        r"\baf en toe (?:eens )?vrij\b",
        # "Een middag in de week dat iemand anders er is."
        r"\b(?:dat|waarin|waarop) (?:er )?iemand anders (?:er |bij hem |bij haar )?(?:even )?(?:is|zit|blijft)\b",
        r"\brespijt", r"\blogee?r", r"\bdag ?besteding", r"\bdagopvang", r"\bnachtopvang",
        r"\bover ?n(?:ee|e|a)m", r"\bzorgovername", r"\bover (?:\w+ ){0,2}nemen\b",
        # "dat ik niet meer de enige ben bij wie ze kan aankloppen": the care shared.
        r"\bniet (?:meer |langer )?(?:de|het) enige\b", r"\b(?:de )?zorg (?:kan |kunnen |te )?delen\b",
        r"\bneemt? (?:\w+ ){0,3}over\b",
        r"\bvervang", r"\boppas", r"\bop adem\b", r"\bademruimte",
        # "vakantiedagen opmaken" is leave from work, not a holiday from the care.
        r"\bvakantie(?!dag|uren|uur|verlof)",
        # "dat ik eens een middag kan rusten", "even uitrusten"
        r"\bik (?:\w+ ){0,3}(?:kan |kon |mag |zou )?(?:uit)?rusten\b", r"\buitrusten\b",
        r"\bweekendje weg", r"\bpauze\b", r"\bontlast", r"\brust\b", r"\brustmoment",
        r"\bhanden in huis\b", r"\b24 ?uurs", r"\bvrijwillig", r"\bmaatje\b",
        r"\bwaakt?\b", r"\bwaken\b", r"\bnachtzorg", r"\b(?:door)?slapen\b", r"\bnachtrust",
        r"\bop bezoek\b", r"\bgaat wandelen\b", r"\bwandelen met\b",
        # Someone who looks in on the naaste while the caregiver cannot: "dat er iemand bij hem
        # kijkt", "iemand die bij haar langs gaat als ik werk" (vervangende mantelzorg).
        r"\biemand (?:is |zijn |anders )?(?:die )?(?:bij|naar) (?:hem|haar|ze|pa|ma|mama|papa|opa|oma|mijn \w+)\b"
        r"(?: \w+){0,4} (?:kijkt|"
        r"gaat kijken|komt kijken|langs ?gaat|langs ?komt|oplet|blijft)\b",
        # "dat er iemand is die mijn vrouw kan opvangen wanneer ik naar de cardioloog moet"
        r"\biemand (?:is |zijn )?die (?:mijn \w+|hem|haar|ze|pa|ma|opa|oma) (?:\w+ )?(?:kan |wil |komt )?"
        r"(?:opvangen|opvang|oppassen|overnemen)\b",
        r"\been oogje in het zeil\b",
        r"\bnooit (?:eens |even )?vrij\b", r"\bgeen (?:vrije )?tijd (?:meer )?voor\b",
        # "soms gewoon een avond niet hoeven": a time off named by what it frees one from.
        r"\b(?:een|1|n) (?:avond|avondje|dag|dagje|middag|middagje|ochtend|weekend|weekendje|nacht|nachtje|"
        r"week) (?:\w+ ){0,2}(?:niet|niks|niets) (?:te )?(?:hoeven|hoef|moeten)\b",
        # "dat ik eens een weekend niet hoef op te draaien voor alles"
        r"\bniet (?:\w+ ){0,2}(?:hoef|hoeven|hoeft) (?:\w+ ){0,2}(?:op te draaien|klaar te staan|"
        r"paraat te staan|aan te staan|te zorgen|op te passen)\b",
        r"\b(?:iemand|anderen?|een ander) (?:\w+ ){0,2}(?:bijspringt|bijspringen|overneemt|overnemen|afwisselt)\b",
        r"\b(?:met )?vrienden (?:\w+ ){0,2}(?:afspreken|zien|spreken)\b", r"\buitgaan\b", r"\bsporten\b",
        r"\bvoetbal", r"\bhobby",
        # A place for the naaste to go, said without "dagbesteding": "dat ze af en toe ergens heen
        # kan", "onder de mensen komt", "overdag iets te doen heeft".
        r"\b(?:ergens|een plek|een plaats|een plekje) (?:\w+ ){0,3}(?:heen|naartoe|naar toe)\b",
        r"\bonder de mensen\b", r"\b(?:overdag|een paar dagen|dagen) (?:\w+ ){0,3}iets te doen\b",
        r"\biets te doen (?:heeft|hebben|overdag)\b",
        r"\b(?:een paar dagen|een weekje|een week|dagen|een nacht|nachten) (?:\w+ ){0,2}ergens\b",
        r"\bergens (?:anders )?(?:terecht|logeren|slapen)\b",
        # Away for a while: "eens een weekend weg", "met vrienden weg kunnen", "een paar dagen weg".
        r"\b(?:een|paar|eens|keer) (?:weekend|weekendje|dagen|dagje|dag|avond|avondje|week|weekje|"
        r"middag|middagje)\b(?: \w+){0,2} weg\b", r"\bvriend\w*\b(?: \w+){0,2} weg\b", r"\b(?:er ?op ?uit|weg kunnen)\b",
        r"\b(?:week|weekje|weekend|dagje|nachtje) (?:\w+ ){0,2}naar (?:de |het )?[a-z]+\b(?: \w+){0,2} "
        r"zonder\b",
        # Someone with the naaste meanwhile: "dat iemand een middag bij hem zit".
        r"\biemand (?:\w+ ){0,3}bij (?:hem|haar|ze|mijn \w+) (?:is|zit|blijft|heb|hebben)\b",
        # "iemand die vaker bij hem kan gaan kijken"
        r"\biemand (?:is |zijn )?die (?:\w+ ){0,4}(?:gaat|gaan|kan gaan|kunnen gaan) kijken\b"
        r"(?! naar| of| wat| hoe| welke)",
        r"\biemand (?:\w+ ){0,3}bij (?:hem|haar|ze|mijn \w+) (?:\w+ )?(?:kan|kunnen) (?:zitten|blijven|zijn)\b",
        # Time of one's own in young words: "een keer chillen met vrienden", "een middag niks hoeven".
        r"\bchill(?:en)?\b", r"\b(?:niks|niets) (?:hoeven|hoef|te hoeven)\b",
        # "even de deur uit kunnen, al is het maar een middag".
        r"\bde deur uit\b", r"\b(?:maar|is het) (?:een|een paar) (?:middag|middagje|ochtend|avond|"
        r"avondje|dagje|uurtje|uurtjes)\b",
        r"\bzonder dat ik (?:\w+ ){0,2}(?:hoef te denken|bang ben|me zorgen)\b",
        # "zonder dat ik omval": relief before the caregiver breaks down.
        r"\bzonder dat ik (?:zelf )?(?:omval|instort|onderdoor ga|kapot ga|opbrand|om val)\b",
        # "een beetje lucht"
        r"\b(?:beetje|wat|meer) lucht\b",
        # Someone who minds the naaste: "iemand die soms op hem past in het weekend".
        r"\bop (?:hem|haar|ze|pa|ma|papa|mama|opa|oma|mijn \w+) (?:\w+ )?(?:past|passen|pas)\b",
        # A night's sleep and a break from watching: "een keer uitslapen en niet steeds hoeven
        # opletten".
        r"\buit ?slapen\b", r"\bniet (?:\w+ ){0,2}(?:hoeven|hoef|te hoeven) (?:op te letten|opletten)\b",
        # A life of one's own for a while: "af en toe gewoon student kunnen zijn", "een weekend niet
        # gebeld worden".
        r"\bgewoon (?:\w+ )?(?:student|scholier|tiener|puber|jong|mezelf|mijzelf|moeder|vader|vrouw|"
        r"man|dochter|zoon|kind|opa|oma) (?:kunnen |mogen |te )?zijn\b",
        r"\b(?:weekend|week|dag|avond|nacht|weekendje)\b(?: \w+){0,2} niet (?:\w+ )?(?:gebeld|gestoord|"
        r"opgeroepen|lastig ?gevallen) (?:te )?(?:worden|word)\b",
        r"\bniet (?:steeds |altijd |de hele tijd )?bereikbaar (?:hoeven|hoef|te) (?:te )?zijn\b",
        # "anderen ontmoeten en soms gewoon even niet", "dat ik niet elke dag hoef".
        r"\b(?:soms|af en toe) (?:gewoon |eens )?even niet(?: hoeven| hoef| te hoeven)?\s*(?:[.,!]|$)",
        r"\bniet (?:meer )?elke dag (?:\w+ )?(?:hoef|hoeven|hoeft|te gaan|te komen)\b",
        # A young helper's time with a parent while someone else minds the sibling: "dat ik ook eens
        # alleen met mama iets kan doen".
        r"\balleen met (?:mama|papa|mam|pap|ma|pa|mijn (?:moeder|vader|ouders|man|vrouw|kinderen)|de "
        r"kinderen)\b(?: \w+){0,3} (?:doen|zijn|kunnen|weg|uit|heen)\b",
        # Someone to step in at work-time calls: "zonder steeds weg te moeten voor mijn schoonvader".
        r"\bzonder (?:steeds|telkens|elke keer|de hele tijd|iedere keer) (?:\w+ )?weg te (?:moeten|hoeven|gaan)\b",
        # "een keer adem kunnen halen", "een dagje naar mijn zus in Urk zonder zorgen".
        r"\b(?:een keer|even|eens|weer|af en toe) (?:\w+ )?adem (?:kunnen |te )?halen\b",
        r"\b(?:dag|dagje|middag|middagje|weekend|weekendje|week|weekje|avond|avondje)\b"
        r"(?: \w+){0,6} zonder (?:zorgen|zorg)\b",
        # "dat er iemand anders ook eens gaat": the care shared by a visit of someone else.
        r"\biemand anders (?:\w+ ){0,2}(?:gaat|komt|langs ?gaat|langs ?komt)\b",
        # "dat ik eens een nacht kan doorslapen", "eens een dag naar de kerk of naar mijn zus"
        r"\bdoor ?(?:te )?slapen\b",
        # "dat er iemand komt zodat ik eens naar de kapper kan", "gewoon soms ff niet hoeven"
        r"\bzodat ik (?:\w+ ){0,2}(?:naar (?:de|het|een|mijn) (?!werk\b|baan\b|school\b|werkgever\b)\w+|weg|"
        r"de deur uit)\b",
        r"\b(?:ff|effe|efkes|eventjes|even) (?:niet|niks|niets) (?:hoeven|hoef|te hoeven|moeten)\b",
        r"\bdag(?:je)? opvang\b",
        r"\b(?:eens|keer|af en toe) een (?:dag|dagje|middag|middagje|avond|avondje|ochtend|weekend|"
        r"weekendje) (?:naar|weg|uit|de deur uit)\b",
    ),
    "praktische_hulp": (
        # "iemand die ook eens mee kan naar het ziekenhuis", "vrijwilligers die hem kunnen helpen"
        r"\bmee (?:kan|kunnen|gaat|gaan|wil) naar (?:het ziekenhuis|de dokter|de huisarts|"
        r"afspraken|de specialist|controles)\b",
        r"\bvrijwilliger\w* (?:zijn |is )?die (?:hem|haar|ons|mij|me) (?:ook )?(?:kan|kunnen|komen|komt) "
        r"helpen\b",
        # "hulp met kinderen" on the hospital days
        r"\bhulp (?:met|bij|voor) (?:de |mijn |onze )?(?:kinderen|kids|kleintjes)\b",
        r"\bhuishoud", r"\bhulp in (?:huis|het huis)\b", r"\bschoonma", r"\bpoets", r"\bstofzuig",
        r"\bboodschap", r"\bmaaltijd", r"\bkoken\b", r"\bkookt\b", r"\beten (?:brengen|bezorgen)",
        r"\bklus", r"\btuin(?:werk|onderhoud|man|ieren)", r"\bhulp (?:in|bij|met) de tuin\b",
        r"\bde tuin (?:doen|bijhouden|onderhouden|bij te houden)\b", r"\bde was\b", r"\bstrijk",
        r"\bpraktisch", r"\bvervoer",
        # "iemand die eens komt kijken": a visit at home.
        r"\b(?:komt|komen|kwam) (?:eens |even |af en toe |een keer )?(?:kijken|langs)\b", r"\blangs ?(?:komt|gaat|gaan|komen)\b",
        r"\biemand (?:is |zijn )?die (?:\w+ ){0,4}(?:gaat|gaan|komt|komen|kan gaan|kan komen|kunnen gaan|kan) "
        r"kijken\b(?! naar| of| wat| hoe| welke)",
        r"\brijden\b", r"\brijdt\b", r"\bchauffeur", r"\b(?:brengen en halen|halen en brengen)\b",
        r"\bnaar (?:het ziekenhuis|de dokter|de huisarts|afspraken) (?:te )?(?:brengen|rijden)",
        # "dat iemand haar een paar keer naar de dialyse brengt"
        r"\bnaar (?:de |het )?(?:dialyse|bestraling\w*|chemo|fysio|dagbesteding|ziekenhuis|"
        r"dokter|huisarts|tandarts|specialist|afspraak|afspraken) (?:\w+ )?(?:brengt|brengen|rijdt|"
        r"rijden|brengen en halen)\b",
        # Help for the naaste at home or in the day: "hulp voor moeder overdag", "hulp voor hem
        # thuis". "haar" only where it is no possessive ("hulp voor haar trauma" is no housework).
        r"\bhulp (?:voor|aan) (?:mijn |m'n |me |onze |de )?(?:moeder|vader|ma|pa|mama|papa|man|vrouw|"
        r"partner|oma|opa|zoon|dochter|broer|zus|naaste|ouders|schoonmoeder|schoonvader)\b"
        r"(?! (?:haar|zijn|hun) \w)",
        r"\bhulp (?:voor|aan) (?:hem|haar)(?= *(?:$|overdag|thuis|in huis|als|wanneer|zodat|bij|met|"
        r"en\b|'s))",
        # Hands-on help with washing and dressing is what caregivers call practical help too.
        r"\b(?:helpen|hulp) (?:\w+ ){0,2}(?:met|bij) (?:het )?(?:douchen|wassen|aankleden)\b",
        r"\b(?:help\w*|iemand)\b(?: \w+){0,3} (?:met|bij) (?:het )?(?:douchen|wassen|aankleden|"
        r"uitkleden|verzorgen|naar bed brengen|steunkousen)\b",
        r"\b(?:wassen|douchen|aankleden) van (?:haar|hem|mijn \w+)\b",
        # "iemand die hem kan wassen in de ochtend"
        r"\biemand die (?:hem|haar|ze|mijn \w+) (?:\w+ )?(?:kan |wil |komt )?(?:wassen|douchen|"
        r"aankleden|verschonen|uitkleden)\b",
        # Someone who looks in on the naaste is practical help as well as a break.
        r"\biemand (?:is |zijn |anders )?(?:die )?(?:bij|naar) (?:hem|haar|ze|pa|ma|mama|papa|opa|oma|mijn \w+)\b"
        r"(?: \w+){0,4} (?:kijkt|gaat kijken|komt kijken|oplet)\b",
        r"\biemand (?:is |zijn )?die (?:mijn \w+|hem|haar|ze|pa|ma|opa|oma) (?:\w+ )?(?:kan |wil |komt )?"
        r"(?:opvangen|opvang|oppassen)\b",
        # Help with a task about the house or a task of care, in everyday words.
        r"\b(?:gras|heg|ramen|afwas|vuilnis|container|onkruid|bladeren)\b", r"\bmaai", r"\blapt?\b",
        r"\b(?:hond|honden) (?:uit ?laten|uitlaat|uitlaten)\b", r"\b(?:op)?tillen\b", r"\b(?:op)?tilt\b",
        r"\bhulp (?:bij|met|in) (?:de |het )?(?:dagelijkse|dagelijks|alledaagse|gewone)\b",
        r"\bhulp (?:thuis|in en om het huis|om het huis)\b", r"\bhanden aan het bed\b",
        r"\b(?:helpt|helpen|hulp) (?:\w+ ){0,2}(?:met|bij) (?:het )?(?:opstaan|naar bed|eten geven|"
        r"verschonen)\b",
        r"\b(?:iemand|hulp|buren|vrijwilliger\w*) (?:die )?(?:\w+ ){0,3}(?:komt helpen|komen helpen|"
        r"bijspringt|bijspringen|een handje)\b",
        r"\bgezelschap\b", r"\bkoffie (?:drinkt|drinken)\b", r"\bgaat wandelen\b",
        rf"\bhulp (?:met|bij) {_PERSON}\b",
        r"\biemand anders (?:\w+ ){0,2}(?:gaat|komt|langs ?gaat|langs ?komt)\b",
        r"\b(?:met|samen met) (?:haar|hem|mijn \w+) (?:\w+ ){0,2}naar (?:de |het )?(?:markt|winkel|"
        r"stad|kapper|supermarkt)\b",
        # "iemand die een middag bij hem kan zitten", "iemand die ze naar sport brengt"
        r"\biemand (?:die )?(?:\w+ ){0,3}bij (?:hem|haar|ze|pa|ma|mijn \w+) (?:kan |kunnen |wil |komt )?"
        r"(?:zitten|zit|blijven|blijft)\b",
        r"\biemand die (?:\w+ ){0,4}(?:brengt|wegbrengt|haalt|ophaalt|rijdt)\b",
        r"\bhulp (?:met|bij|voor) de (?:andere |overige )?kinderen\b",
        # "iemand voor mama als ik werk in de nacht", "hulp bij de verzorging in de avond"
        r"\biemand (?:voor|bij) (?:mijn |m n )?(?:mama|papa|moeder|vader|ma|pa|opa|oma|man|vrouw|partner|"
        r"zoon|dochter|broer|zus|hem|haar)\b(?= (?:als|wanneer|zodat|overdag|s nachts|in de|tijdens))",
        r"\biemand (?:\w+ )?(?:komt|kan komen|zou komen)\b(?! kijken)",
        r"\bhulp (?:bij|met|in) (?:de )?(?:persoonlijke )?verzorging\b",
        # "een oplossing voor de trap en wat hulp in de nacht"
        r"\bhulp (?:in|voor|bij|tijdens|gedurende) de nacht\b", r"\b(?:s nachts|in de nacht) (?:\w+ ){0,2}hulp\b",
        # "dat er s nachts iemand is": someone there at night is care; someone who watches while the
        # caregiver sleeps ("iemand die s nachts waakt") is a break, below.
        r"\b(?:s nachts|in de nacht) (?:ook )?iemand (?:is|er is|bij (?:hem|haar|ze|mijn \w+) is)\b",
    ),
    # Alike in shape only: each category lists its own words.
    "emotionele_steun": (
        rf"\bprat(?:en|ten)\b{_NOT_EMPLOYER}{_NOT_PEERS}", rf"\bpraat\b{_NOT_EMPLOYER}{_NOT_PEERS}", r"\bmijn verhaal\b",
        # "hoe ik dit als zzp'er volhoud", "dat ik het vol kan houden": how to keep going.
        r"\bhoe ik (?:dit|het|dat)\b(?: \w+){0,4} (?:volhou\w*|vol hou\w*|blijf volhouden|trek|"
        r"bolwerk)\b|\b(?:dat|zodat) ik (?:het|dit) (?:\w+ )?(?:vol kan houden|kan volhouden|volhou\w*)\b",
        # "iemand die weet hoe dit is"
        r"\b(?:iemand|mensen) die (?:\w+ )?(?:weet|weten|snapt|snappen|kent|kennen|begrijpt) "
        r"(?:hoe|wat) (?:dit|dat|het) (?:is|gaat|voelt)\b",
        # "dat iemand helpt om goede afspraken te maken met mijn zus": a consultant at the table
        # with the family, to share the care.
        r"\bafspraken (?:te )?maken met (?:mijn |de |onze )?(?:zus|zussen|broer|broers|familie|"
        r"kinderen|broers en zussen)\b", r"\b(?:de )?zorg (?:eerlijk )?(?:te )?verdelen\b",
        # "gewoon dat iemand zegt of ik het goed doe": someone to reassure them.
        r"\b(?:of|dat) ik het (?:wel |allemaal |een beetje )?goed doe\b", r"\bschouderklopje",
        r"\bbevestiging\b",
        # "iemand die weet hoe je met verslaving omgaat als familie"
        r"\b(?:iemand|mensen) die (?:\w+ )?(?:weet|weten|snapt|snappen|kent|kennen|begrijpt) hoe (?:je|jij|u) "
        r"(?:\w+ ){0,3}(?:omgaat|om gaat|om moet gaan)\b",
        # "iemand die naast me staat", "het afscheid"
        r"\bnaast (?:me|mij|ons) (?:staat|staan|stond|wil staan)\b", r"\bafscheid\b",
        # "dat ik niet weer instort": to stay well, someone to lean on.
        r"\b(?:niet (?:weer |opnieuw )?)?(?:instort|instorten|in te storten)\b",
        r"\b(?:zelf )?onderuit (?:gaan|gaat|ga)\b",
        # "dat iemand het echt ziet"
        r"\biemand (?:die )?(?:het|mij|me) (?:echt |eens |ook )?ziet\b",
        r"\bluisterend oor", r"\bluister", rf"\bgesprek{_NOT_EMPLOYER}", r"\bsteun\b",
        r"\bsteuntje", r"\bemotione", r"\bpsycholo",
        r"\bpsychisch", r"\btherap", r"\bverdriet", r"\brouw\b", r"\bverwerk", r"\beenzaam",
        r"\bsta er alleen\b", r"\bvoel me (?:zo )?alleen\b", r"\bbegrip\b", r"\bconsulent",
        r"\bmee ?denk", r"\bhulp voor (?:mezelf|mijzelf|mij)\b", r"\bmijn hart\b",
        r"\bsparren\b", r"\bklankbord", r"\bmijn ei kwijt\b",
        r"\b(?:komt|komen|kwam) (?:eens |even |af en toe |een keer )?(?:kijken|langs)\b", r"\blangs ?(?:komt|gaat|gaan|komen)\b",
        r"\bniet (?:meer |langer )?(?:de|het) enige\b",
        r"(?<!\bze )(?<!\bzij )(?<!\bhij )\bkan (?:het )?niet meer\b", r"\bzit (?:er )?doorheen\b", r"\buitgeput",
        r"\bopgebrand", r"\bburn ?out", r"\bschouder om op te",
        r"\b(?:iemand|mensen) die (?:me |mij )?(?:begrijpt|begrijpen|snapt|snappen)\b",
        r"\bbegrepen (?:worden|voelen)\b", r"\b(?:lig|ligt) (?:\w+ ){0,3}wakker\b", r"\bzorgen maken\b",
        # At one's wits' end, guilt, limits, someone who is simply there.
        r"\bweet (?:het |ik )?(?:het )?(?:echt |gewoon |zelf )?niet meer\b",
        # "zonder dat ik er zelf aan onderdoor ga"
        r"\bonderdoor\b", r"\bschuld(?:ig|gevoel)", r"\bgrenzen\b",
        r"\biemand die (?:er (?:gewoon )?is|het weet|me hoort)\b", r"\bdat iemand het weet\b",
        r"\biemand bij wie ik (?:\w+ )?terecht kan\b", r"\bhoe het met (?:mij|me|mezelf) gaat\b",
        # Someone to cry with, to tell one's fear to, who takes one seriously: "iemand waar ik kan
        # huilen", "iemand bij wie ik mijn angst kwijt kan", "dat iemand ons serieus neemt".
        r"\biemand (?:waar|bij wie|met wie|tegen wie|die|aan wie)\b(?: \w+){0,4} (?:huilen|uithuilen|"
        r"kwijt|snapt|begrijpt|serieus|vertellen|zeggen hoe|aanhoort)\b",
        # "iemand bij wie ik ook eens mag zeggen dat ik bang ben", but not "iemand die me kan zeggen
        # welke hulp er is": said to someone, not told by them.
        r"\biemand (?:waar|bij wie|tegen wie|aan wie)\b(?: \w+){0,5} zeggen\b",
        r"\b(?:iemand|mensen) (?:\w+ ){0,5}serieus (?:neemt|nemen)\b", r"\bsnapt hoe het is\b",
        r"\b(?:mijn )?(?:angst|zorgen|verdriet|boosheid) (?:\w+ ){0,2}kwijt\b",
    ),
    "lotgenoten": (
        r"\blotgeno", r"\bdezelfde (?:situatie|positie|ervaring|schuitje|dingen)",
        r"\bhetzelfde (?:\w+ ){0,2}(?:meema|doorma|mee ma|door ma|schuitje)",
        r"\bandere mantelzorgers", r"\bmantelzorg(?:ers)? ?cafe", r"\balzheimer ?(?:cafe|trefpunt)",
        r"\bodensehuis", r"\b(?:praat|gespreks|zelfhulp|steun) ?groep",
        r"\bervaring(?:en)? (?:\w+ ){0,2}(?:delen|uitwisselen)",
        r"\bmensen die (?:\w+ ){0,3}(?:begrijpen|snappen|meemaken|doormaken)",
        r"\bkoffie ?ochtend", r"\binloop",
        # The button's own words in a sentence: "anderen ontmoeten en soms gewoon even niet".
        r"\b(?:anderen|andere mensen|mensen|andere mantelzorgers) (?:\w+ )?ontmoeten\b",
        # "zijn er ook groepen voor familie van iemand met psychoses?"
        r"\b(?:groep|groepen|groepje|bijeenkomst\w*|avonden) (?:\w+ ){0,2}voor (?:familie|naasten|"
        r"ouders|partners|broers|zussen|kinderen|mensen)\b",
        # "andere opa's spreken die ook zo'n kleinkind hebben"
        r"\bdie ook (?:zo ?n|zo een|zoiets|een) (?:\w+ ){0,2}(?:hebben|heeft|meemaken|doormaken)\b",
        r"\b(?:andere|meer) (?:\w+ ){0,3}(?:mensen|jongeren|mantelzorgers|partners|ouders|opas?|omas?|"
        r"grootouders|vaders|moeders|mannen|vrouwen|broers|zussen|kinderen|families)\b"
        r"(?: \w+){0,9} (?:spreken|ontmoeten|praten|zien|leren kennen)\b",
        # "ken je andere families met huntington?"
        r"\b(?:ken|kent|kennen) (?:je|jij|u|jullie) (?:\w+ )?(?:andere|meer) (?:mensen|families|gezinnen|"
        r"mantelzorgers|ouders|partners|jongeren)\b",
        r"\bmensen (?:van|in|met) (?:mijn|dezelfde|een) (?:leeftijd|situatie|ervaring)",
        r"\bcontact met (?:andere|meer|nog) (?:\w+ ){0,2}(?:mensen|mantelzorgers|partners|ouders|"
        r"jongeren|kinderen|lotgeno\w*|vrouwen|mannen|broers|zussen)\b",
        # Others in the same boat, told with "die ook": "andere kinderen die dit ook hebben",
        # "mensen die ook een broer of zus met een eetstoornis hebben".
        r"\banderen?\b(?: \w+){0,4} die (?:\w+ ){0,2}ook\b",
        r"\bdie ook (?:\w+ ){0,5}(?:hebben|heeft|hebt|meemaken|meemaakt|doormaken|doormaakt|"
        r"kennen|kent)\b",
        r"\bdie (?:dit|dat|het|hetzelfde) ook (?:\w+ ){0,3}(?:meemaakt|meemaken|heeft|hebben|"
        r"doormaakt|kent)\b", r"\b(?:van|op) mijn leeftijd\b",
        r"(?<!mijn )(?<!onze )(?<!de )\bandere (?:\w+ )?(?:ouders|vrouwen|mannen|jongeren|kinderen|studenten|"
        r"mantelzorgers|partners)\b", r"\bherkenning\b",
        # "is er ook iets voor mannen zoals ik?": a group for people like the caregiver.
        r"\b(?:iets|een groep|groepje|club|avond|middag) voor (?:mannen|vrouwen|jongeren|jongens|meiden|"
        r"partners|ouders|kinderen|mantelzorgers|studenten)\b", r"\b(?:mannen|vrouwen) zoals ik\b",
        # "zijn er ouders van kinderen met epilepsie waar ik mee in contact kan komen?"
        r"\b(?:ouders|mensen|partners|mantelzorgers|jongeren|families|vaders|moeders)\b(?: \w+){0,6} "
        r"(?:waar|met wie|die) (?:ik|we|wij) (?:\w+ ){0,2}(?:in contact|contact|praten|ervaringen)\b",
        # "met iemand die snapt hoe het is als je broer drinkt": someone who knows it from inside.
        r"\b(?:iemand|mensen) die (?:snapt|snappen|weet|weten|begrijpt|begrijpen|kent|kennen) hoe "
        r"het is (?:als|om|met)\b",
        # "en andere mensen met zo'n oma, want ik voel me best alleen hierin"
        r"\b(?:andere|meer) (?:mensen|mantelzorgers|ouders|partners|jongeren|kinderen|families) met "
        r"(?:zo ?n|zo een|ook een|dezelfde|hetzelfde)\b",
    ),
    "informatie_advies": (
        # "wat er allemaal is op het eiland", "weten dat hij later goed terecht komt"
        r"\bwat er (?:allemaal |zoal |nog )?(?:is|bestaat|te krijgen is)\b", r"\bweten dat\b",
        # "iemand die me kan zeggen welke hulp er is"
        r"\bwelke (?:hulp|steun|regelingen|mogelijkheden) (?:er )?(?:allemaal )?(?:is|zijn|bestaat|bestaan)\b",
        # "hoe we hem kunnen helpen zonder dat we zelf onderuit gaan"
        r"\bhoe (?:we|wij|ik) (?:hem|haar|ze) (?:het best |beter |goed )?(?:kunnen|kan) helpen\b",
        # "meer weten over hoe je met een psychose omgaat"
        r"\bhoe (?:je|jij|ik|we|wij|u) (?:\w+ ){0,3}(?:omgaat|om gaat|omga|om moet gaan|om kan gaan|omgaan|"
        r"om te gaan)\b",
        r"\binformatie", r"\binfo\b", r"\buitleg", r"\badvie[sz]", r"\bcursus", r"\btraining",
        r"\bworkshop", r"\bvoorlichting", r"\btips?\b", r"\bmeer (?:te )?weten\b",
        r"\bweten (?:wat|hoe|waar|welke|of|wie)\b", r"\boverzicht (?:houdt|houden)\b", r"\bmogelijkheden", r"\bwat (?:er )?mogelijk is\b",
        r"\brecht op\b", r"\bregelingen\b", r"\b(?:begrijpen|snappen) (?:wat|hoe)\b",
        r"\bvragen over\b", r"\bvraag over\b",
        r"\bwaar (?:ik )?(?:moet )?(?:te )?beginnen\b",
        # "iemand die overzicht geeft over wat er aangevraagd kan worden"
        r"\boverzicht (?:geeft|geven|geeft|krijgen|over|van wat)\b", r"\bwat er (?:allemaal )?(?:aan te vragen|"
        r"aangevraagd|geregeld|te regelen) (?:kan|valt|is|moet)\b",
        # "iemand die legt uit wat ik kan krijgen"
        r"\blegt (?:\w+ ){0,2}uit\b", r"\buitlegt\b", r"\bwat (?:ik|we|wij|hij|ze|zij) (?:kan|kunnen|kun) krijgen\b",
        # Advice on how to go about it: "hoe krijg ik hem zover dat hij hulp accepteert?"
        r"\bhoe (?:krijg|kan|moet|pak) ik (?:hem|haar|ze|mijn \w+|dat|het)\b(?: \w+){0,3} (?:zover|"
        r"overtuigen|bespreken|vertellen|zeggen|uitleggen)\b", r"\b(?:hulp|zorg) (?:te )?(?:accepteert|"
        r"accepteren|toelaten|toelaat|aannemen|aanneemt)\b",
        # Thinking ahead: "wie het overneemt als ik het niet meer kan", "een plek voor later".
        r"\bals ik (?:het |er )?niet meer (?:kan|ben)\b", r"\bals (?:mij|me) iets overkomt\b",
        r"\bvoor later\b", r"\bde toekomst\b", r"\bnoodplan",
        # "wie er voor hem zorgt als ik zelf een keer ziek word of uitval"
        r"\bals ik (?:zelf )?(?:\w+ ){0,3}(?:ziek word|ziek ben|ziek zou worden|uitval|uit val|"
        r"wegval|weg val|opgenomen word|in het ziekenhuis)", r"\bwie (?:er )?(?:\w+ ){0,3}zorgt als ik\b",
        r"\bhoe het zit\b", r"\bwat er nodig is\b",
    ),
    "financieel": (
        r"\bgeld(?!t\b|en\b|zaken\b)", r"\bfinanc", r"\bvergoed", r"\btegemoetkoming", r"\bverdien",
        r"\binkomsten\b", r"\bmantelzorg ?waardering", r"\bwaardering\b",
        r"\bmantelzorg ?compliment", r"\bcompliment\b", r"\bkosten\b", r"\bkost (?:veel|geld)",
        r"\bbetal", r"\bbelasting", r"\baftrek", r"\bpgb\b", r"\bpersoonsgebonden", r"\btoeslag",
        r"\buitkering", r"\binkomen", r"\bschulden\b", r"\bschuld\b", r"\brekeningen\b", r"\beigen bijdrage",
        r"\bcak\b", r"\brondkomen",
        # "mijn man en ik krijgen er niks voor"
        r"\b(?:krijgen|krijg|krijgt) (?:er )?(?:niks|niets|geen cent|geen rooie cent) (?:voor|van)\b",
    ),
    "werk_en_zorg": (
        r"\bbaas\b", r"\bwerkgever", r"\bleidinggevende", r"\bverlof", r"\bzorgverlof",
        r"\bcalamiteit", r"\bwerk(?:en|tijd|tijden|rooster|plek|uren)?\b", r"\bbaan\b",
        r"\bcollega", r"\bminder uren\b", r"\buren (?:minderen|verminderen)",
        r"\bminder (?:gaan )?werken\b", r"\bparttime", r"\bdeeltijd", r"\bziek ?melden",
        r"\bziekgemeld", r"\bbedrijfsarts", r"\barbo\b", r"\bthuis ?werken",
        # "vrij kunnen nemen als ze me nodig heeft", "naast mijn diensten"
        r"\bvrij (?:kunnen |te |mogen )?(?:nemen|vragen)\b", r"\bvrije dagen\b",
        # "Mag ik vrij nemen als hij 's nachts een hypo heeft gehad?": permission asks the employer.
        r"\b(?:mag|kan|moet) ik (?:dan |wel |ook |gewoon )?vrij (?:nemen|vragen|krijgen)\b",
        # "heb ik recht op vrij als ze ineens naar het ziekenhuis moet?": leave for an emergency.
        r"\brecht op (?:vrij|vrije tijd|een vrije dag)\b",
        r"\bvrij\b(?: \w+){0,6} (?:ineens|plotseling|opeens|onverwacht)\b",
        r"\bmijn diensten\b", r"\b(?:nacht|avond|dag)diensten?\b", r"\bdienstrooster",
        # "iemand die op het bedrijf kan invallen", "als ik minder rij verdien ik minder"
        r"\binvallen\b", r"\binvaller", r"\bop (?:het|mijn|de) (?:bedrijf|zaak|boerderij|winkel)\b",
        r"\bminder (?:rijden|rij|diensten|uren maken)\b", r"\bverdien\w* (?:ik |je )?minder\b",
        # "de zaak en de zorg combineren": one's own business is work too.
        r"\b(?:mijn |de |onze )?(?:zaak|bedrijf|winkel|praktijk|boerderij)\b(?: \w+){0,4} (?:te )?combineren\b",
        r"\bcombineren met (?:mijn |de |onze )?(?:zaak|bedrijf|winkel|praktijk|boerderij)\b",
    ),
    "zorg_voor_naaste": (
        # "dat er iemand officieel naar haar omkijkt"
        r"\b(?:naar (?:haar|hem) omkijkt|naar (?:haar|hem) om(?:kijken| te kijken)|omkijken naar)\b",
        # "wat er mogelijk is als het thuis straks niet meer gaat", "iets voor haar, gezelschap of een
        # maaltijdservice"
        r"\bals het (?:met (?:haar|hem|mijn \w+) |thuis )?(?:straks |later |ooit )?niet meer gaat\b",
        r"\biets voor (?:haar|hem)\b",
        # "weten wat er nog meer voor haar is"
        r"\bwat er (?:\w+ ){0,2}voor (?:haar|hem|mijn \w+) (?:is|bestaat|mogelijk is|te krijgen is)\b",
        # "dat er een plan komt voor mijn zoon voor later": his care when the parents no longer can.
        r"\b(?:plan|regeling|woonplek|plek) (?:\w+ ){0,5}voor later\b",
        r"\bmeer zorg\b", r"\bbetere zorg\b", r"\bextra zorg\b", r"\bprofessionele zorg\b",
        r"\bthuiszorg", r"\bwijkverpleg", r"\bwijkzuster", r"\bverpleegkundige", r"\bverzorgende",
        r"\bverzorging", r"\bverpleeghuis", r"\bverzorgingshuis", r"\bzorginstelling",
        r"\bopname\b", r"\bopgenomen\b", r"\bbeschermd wonen", r"\btehuis", r"\bwmo\b", r"\bwlz\b",
        r"\bciz\b", r"\bzorgkantoor", r"\bindicatie", r"\bcase ?manage", r"\bhulpmiddel",
        r"\brolstoel", r"\brollator", r"\btillift", r"\bscootmobiel", r"\balarmering",
        r"\bnoodknop", r"\balarmknop", r"\bpersonenalarm",
        # "iemand die s avonds even kijkt": someone who looks in on the naaste.
        r"\biemand die (?:(?:'s |s )?(?:avonds|ochtends|middags|nachts) )?(?:even |af en toe |elke dag )?"
        r"(?:kijkt|komt kijken|langskomt|langs komt|langsgaat|binnenloopt)\b", r"\bdouchen\b", r"\baankleden\b", r"\bhulp bij (?:het )?wassen\b",
        r"\bmedicijnen\b", r"\bmedicatie", rf"\b(?:begeleiding|hulp|iemand) voor {_PERSON}\b",
        rf"\bdagbesteding voor {_PERSON}\b", r"\bbegeleider\b",
        rf"\bhulp (?:met|bij|voor) {_PERSON}\b",
        # What the naaste can get: "wat zij zelf kan krijgen", "zo lang mogelijk thuis blijven".
        r"\bwat (?:zij|hij|ze|mijn \w+) (?:zelf )?(?:kan|kunnen|mag|zou kunnen) krijgen\b",
        r"\bwaar (?:hij|zij|ze|mijn \w+) (?:allemaal |eigenlijk )?recht op (?:heeft|hebben|heb)\b",
        # "dat ik mijn werk kan blijven doen zonder me de hele dag zorgen te maken over hem thuis":
        # someone with the naaste while the caregiver is away.
        r"\bzonder (?:me |mij |ons )?(?:\w+ ){0,3}zorgen te maken over (?:hem|haar|mijn \w+)"
        r"(?: \w+){0,2} (?:thuis|alleen)\b",
        # Watching over the naaste: "dat er beter op hem gelet wordt".
        r"\b(?:beter|meer) op (?:hem|haar|ze|mijn \w+) (?:wordt |word )?(?:gelet|gepast|gelet wordt)\b",
        r"\bzo lang mogelijk thuis\b", r"\bthuis (?:kan |kunnen |blijven )?(?:blijven )?wonen\b",
        # "dat er beter voor mijn moeder gezorgd wordt, ze kan niet meer alleen wonen".
        r"\bbeter (?:\w+ ){0,3}(?:wordt |word |is )?(?:gezorgd|verzorgd)\b",
        r"\bniet (?:meer |langer )?alleen (?:kan |kunnen )?wonen\b",
        # A home for the naaste: "een goede plek voor Arie voor later", "een woonvorm".
        r"\b(?:plek|plaats|plekje|woonplek|thuis) (?:\w+ ){0,3}voor (?:(?:hem|haar) )?(?:later|de toekomst)\b",
        r"\bwaar (?:hij|ze|zij) (?:kan |goed )?(?:gaan )?wonen\b", r"\bwoonvorm", r"\bwooninitiatief",
        # "dat hij een plek houdt waar hij goed begeleid wordt"
        r"\b(?:hij|zij|ze|mijn \w+) (?:\w+ ){0,2}(?:goed |beter |goede |meer )?begeleid "
        r"(?:wordt|worden|word|is|blijft)\b",
        r"\bplek (?:houdt|heeft|krijgt|behoudt|kan houden|blijft houden) waar (?:hij|zij|ze)\b",
        r"\bwoongroep", r"\bzorgwoning",
        # Care for the naaste after the caregiver is gone: "wie voor hem zorgt als ik er niet meer
        # ben".
        r"\bwie (?:er )?(?:\w+ ){0,2}(?:voor (?:hem|haar|ze|mijn \w+) )?(?:zorgt|zorgen|gaat zorgen)\b"
        r"(?: \w+){0,3} (?:als|wanneer) ik er (?:\w+ )?niet meer (?:ben|zou zijn)\b",
        r"\bwaar (?:hij|ze|zij)(?: \w+){0,2} wonen\b",
        r"\bergens (?:anders |goed |fijn |veilig )?(?:kan |kunnen )?wonen\b",
        # "ik maak me zorgen wat er met Peter gebeurt als ik er niet meer ben"
        r"\bwat er met (?:\w+ ){1,2}(?:gebeurt|moet|gaat gebeuren) (?:als|wanneer) ik er "
        r"(?:\w+ )?niet meer\b",
        r"\bmet begeleiding\b",
        # Good help for the naaste: "dat hij eindelijk goede hulp krijgt", "dat ze ergens goed
        # terecht kan".
        r"\b(?:hij|zij|ze|mijn \w+)\b(?: \w+){0,3} (?:goede |de juiste |passende |betere |echte )?"
        r"(?:hulp|zorg|behandeling|begeleiding) (?:krijgt|krijgen|kan krijgen|kunnen krijgen)\b",
        r"\b(?:hij|zij|ze|mijn \w+) ergens (?:goed |fijn |veilig )?terecht (?:kan|kunnen)\b",
        # "weten dat hij later goed terecht komt, een woning waar ze hem helpen"
        r"\b(?:hij|ze|zij|mijn \w+) (?:later |straks )?(?:goed |fijn |veilig )terecht (?:komt|komen|kan)\b",
        r"\b(?:woning|huis|plek|plaats) waar (?:ze|men|mensen) (?:hem|haar) (?:helpen|begeleiden|"
        r"verzorgen)\b",
        # "dat hij ergens heen kan waar ze hem aankunnen", "iets geregeld voor als ik er niet meer ben"
        r"\bwaar (?:ze|men|mensen) (?:hem|haar) (?:aankunnen|aan kunnen|begrijpen|kunnen begeleiden)\b",
        r"\bvoor als ik er (?:\w+ )?niet meer (?:ben|zou zijn)\b",
        # "Ik wil vooral dat Frans minder eenzaam is": company for the naaste.
        r"\b(?:hij|zij|ze|mijn \w+|(?!ik\b|we\b|wij\b|jij\b|je\b|zelf\b)\w+) (?:minder|niet (?:zo|meer)) eenzaam\b",
        # Company for the naaste: "zodat hij niet zo alleen zit", "dat ze niet de hele dag alleen is".
        r"\b(?:hij|zij|ze|opa|oma|pa|ma|papa|mama|mijn \w+) niet (?:zo |meer |steeds |zoveel |zo veel |"
        r"elke dag |hele dagen |de hele (?:dag|week|tijd) )?alleen (?:zit|zitten|thuis zit|thuis is|is)\b",
    ),
    "regelen_aanvragen": (
        r"\bregel(?:en|t|werk|zaken)?\b", r"\bgeregeld\b", r"\bgeregel\b", r"\baanvra", r"\bformulier",
        r"\bpapier", r"\badministratie", r"\bmantelzorgmakelaar", r"\bmakelaar",
        r"\bclient ?ondersteun", r"\bkeukentafel", r"\binstanties", r"\bbureaucratie",
        r"\bloket", r"\bde weg (?:vinden|weten|wijzen)", r"\bwegwijs", r"\bdoolhof",
        r"\buit ?(?:te )?zoeken", r"\buitzoekt", r"\bbezwaar",
        r"\bofficie(?:el|le)\b", r"\bdoor de bomen\b",
        # "brieven van de gemeente zijn moeilijk voor mij"
        r"\bbrieven\b",
        r"\b(?:pgb|wmo|wlz|cak|belasting\w*) ?(?:gedoe|gedoetje|rompslomp|gezeur)\b", r"\brompslomp\b",
        r"\bgeldzaken\b", r"\bbankzaken\b", r"\bbewind", r"\bmentorschap", r"\bcuratele", r"\bvolmacht", r"\blevenstestament",
    ),
    "jonge_mantelzorger": (
        # "zijn er nog meer kinderen die dit doen?"
        r"\b(?:kinderen|jongeren|tieners|pubers|scholieren|studenten) die (?:dit|dat|het|ook) (?:ook )?"
        r"(?:doen|zorgen)\b",
        r"\bjonge mantelzorg", r"\bjongeren", r"\bleeftijdsgeno", r"\bklasgeno", r"\bop school\b",
        r"\bmijn school\b", r"\b(?:met|van|naast) (?:de )?school\b", r"\bschoolwerk",
        r"\bhuiswerk", r"\bstudie\b", r"\bstuderen",
        r"\bmijn opleiding", r"\bstage\b", r"\bmentor\b", r"\bdocent", r"\bleraar", r"\bleerkracht",
        r"\btentamen", r"\bexamen", r"\bik ben (?:1[0-9]|2[0-4])(?: jaar)?\b",
        r"\b(?:als|omdat|want|terwijl|hoewel) ik (?:pas |nog |maar |nog maar |net )?(?:1[0-9]|2[0-4])"
        r"(?: jaar)?(?: oud)? ben\b",
    ),
    "wonen_vervoer": (
        # "een aangepaste douche voor hem"
        r"\baangepaste? (?:douche|badkamer|woning|toilet|wc|keuken|auto|fiets|bed)\b", r"\bdouchestoel",
        r"\bparkeer", r"\bmantelzorgwoning", r"\bkangoeroewoning", r"\bwoning", r"\bwoonruimte",
        r"\bverhuiz", r"\bdichterbij (?:komen )?wonen", r"\bbij (?:ons|mij) (?:komen )?wonen",
        r"\binwonen\b", r"\btraplift", r"\bhuis aanpassen",
        # "douche zonder opstapje", "beugels bij de wc"
        r"\b(?:inloop)?douche\b(?: \w+){0,2} (?:zonder|met) (?:opstap\w*|drempel\w*|beugel\w*)",
        r"\binloopdouche", r"\bdrempels? (?:weg|eruit|verwijderen|weghalen)\b", r"\b(?:steun)?beugels?\b",
        r"\bhandgrepen\b", r"\btillift", r"\bverhoogde? (?:wc|toilet)\b", r"\bhoog ?laag ?bed\b",
        r"\bhuis (?:\w+ ){0,2}(?:aangepast|aanpassen)\b", r"\bbadkamer\b", r"\bde trap (?:op|niet)\b",
        r"\baanpassing(?:en)? (?:in|aan) (?:huis|de woning)",
        r"\b(?:die|de) trap\b",
        r"\b(?:rijden|rijdt|brengen|brengt) (?:naar|van) (?:de |het )?(?:dialyse|bestraling\w*|chemo|"
        r"fysio|dagbesteding|ziekenhuis|dokter|huisarts|tandarts|specialist|afspraak|afspraken)\b",
        r"\bvervoer", r"\bregiotaxi", r"\bvalys", r"\bdeeltaxi", r"\btaxi", r"\bopenbaar vervoer",
        # "haar kinderen wonen ver weg" says why no one else helps; "we wonen ver weg" is the drive.
        r"\breistijd", r"(?<!wonen )(?<!woont )\bver weg\b", r"\b(?:we|wij) wonen ver weg\b",
        r"\bheen en weer\b",
        r"\bnaar (?:de |het )?(?:dialyse|bestraling\w*|chemo|fysio|dagbesteding|ziekenhuis|"
        r"dokter|huisarts|tandarts|specialist|afspraak|afspraken) (?:\w+ )?(?:brengt|brengen|rijdt|"
        r"rijden|brengen en halen)\b",
        # "ze kan niet meer zelf naar de kapper of de huisarts, ik rij nu steeds"
        r"\bniet (?:meer )?(?:zelf |alleen )?naar (?:de |het )?(?:kapper|huisarts|dokter|ziekenhuis|"
        r"winkel|supermarkt|markt|tandarts|fysio\w*|kerk|dagbesteding|stad)\b",
        r"\bik (?:rij|rijd|breng) (?:haar|hem|nu|steeds|altijd|overal)\b",
        r"\b(?:ritjes?|ritten|autoritjes?) (?:naar|van)\b",
        # "dat ze naar het ziekenhuis kan zonder dat ik steeds colleges moet skippen"
        r"\b(?:ze|hij|zij|mijn \w+) naar (?:de |het )?(?:dialyse|bestraling\w*|chemo|fysio|ziekenhuis|"
        r"dokter|huisarts|tandarts|specialist|afspraken) (?:kan|kunnen|komt|komen)\b",
    ),
}

# Key words worth fixing when misspelled; short words are left alone to avoid false corrections.
_TYPO_VOCABULARY = (
    "dagbesteding", "logeeropvang", "logeren", "respijtzorg", "huishoudelijke", "huishouden",
    "boodschappen", "lotgenoten", "lotgenotengroep", "mantelzorgwaardering", "mantelzorgcompliment",
    "vergoeding", "vergoedingen", "werkgever", "leidinggevende", "zorgverlof", "calamiteitenverlof",
    "parkeerkaart", "parkeervergunning", "mantelzorgmakelaar", "clientondersteuning", "casemanager",
    "thuiszorg", "wijkverpleging", "informatie", "financieel", "financiele", "maaltijden",
    "schoonmaken", "mantelzorgcafe", "alzheimercafe", "odensehuis", "belastingaftrek",
    "persoonsgebonden", "mantelzorgwoning", "regiotaxi", "administratie", "formulieren",
    "aanvragen", "verpleeghuis", "hulpmiddelen", "psycholoog", "vervanging", "leeftijdsgenoten",
    "boodschap", "gesprek", "ontlasten", "vakantie", "verhaal",
)

# fmt: on

# A clause with one of these refuses what it names ("daar heb ik geen behoefte aan").
_REFUSAL = re.compile(
    r"\b(?:geen behoefte|hoef (?:ik )?geen|hoeft (?:ik |er )?geen|wil (?:ik )?geen|niet nodig|"
    r"hoeft niet|hoef (?:ik )?niet|heb ik niks aan|heb ik niets aan)\b"
)
# "waar ze ook Papiaments praten": the naaste talks; the caregiver asks for no one to talk to.
_THE_NAASTE_TALKS = re.compile(r"\b(?:ze|zij|hij)\b(?: \w+){0,3} pra(?:at|ten)\b")
# "met mijn baas iets regelen" is an agreement at work, not forms to fill in.
_ARRANGED_AT_WORK = re.compile(
    r"\b((?:baas|werkgever|leidinggevende|manager|werk)\b(?: \w+){0,3} )(?:regelen|regel|regelt)\b|"
    # "ik moet iets regelen met mijn werk"
    r"\b(?:regelen|regel|regelt)(?= met (?:mijn |m n |mn |de |het )?(?:baas|werkgever|"
    r"leidinggevende|manager|werk)\b)"
)
# "kunnen jullie regelen dat er iemand bij haar is": asks for what is to be arranged, not for help
# with forms.
_ARRANGE_THAT = re.compile(
    r"\b((?:kunnen|kan|kunt|kun) (?:jullie|u|je|iemand|het steunpunt|de gemeente) (?:\w+ ){0,2}?)"
    r"regelen (dat|zodat)\b"
)
_CLAUSE_BREAK = re.compile(r"[.!?;,\n]+|\bmaar\b|\bwel\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[NeedCategory, re.Pattern[str]], ...]:
    return tuple(
        (category, re.compile("|".join(f"(?:{p})" for p in patterns)))
        for category, patterns in _RULES.items()
    )


def _fix_typos(clause: str) -> str:
    words = []
    for word in clause.split():
        if len(word) >= 6 and word not in _TYPO_VOCABULARY:
            match = process.extractOne(word, _TYPO_VOCABULARY, scorer=fuzz.ratio, score_cutoff=88)
            word = match[0] if match else word
        words.append(word)
    return " ".join(words)


def _own_words(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= NEED_TEXT_MAX:
        return words
    return words[: NEED_TEXT_MAX - 1].rsplit(" ", 1)[0] + "…"


def classify_needs(text: str) -> list[Need]:
    """The need categories in a free Dutch answer, in the order mentioned; 'anders' if none fits."""
    own_words = _own_words(text)
    if not own_words:
        return []
    found: dict[NeedCategory, int] = {}
    offset = 0
    for raw_clause in _CLAUSE_BREAK.split(text):
        clause = _fix_typos(normalize_text(raw_clause))
        clause = _THE_NAASTE_TALKS.sub(" ", clause)
        clause = _ARRANGED_AT_WORK.sub(r"\1afspreken", clause)
        clause = _ARRANGE_THAT.sub(r"\1zorgen \2", clause)
        offset += 1
        if not clause or _REFUSAL.search(clause):
            continue
        for category, pattern in _compiled_rules():
            match = pattern.search(clause)
            if match and category not in found:
                # Order by clause, then by position within the clause.
                found[category] = offset * 10_000 + match.start()
    categories = sorted(found, key=found.__getitem__) or ["anders"]
    return [Need(category=category, text=own_words) for category in categories]


# A sentence that asks for help ("ik wil graag af en toe even vrij", "is er iemand die ..."), as
# opposed to one that tells what already is ("hij gaat twee dagen naar de dagbesteding").
_WISH = re.compile(
    # "Graag" alone is no wish: "ik doe het graag", "per e-mail graag", "ik rij niet graag".
    r"\b(?:ik wil|wil ik|ik zou (?:graag|willen)|zou ik (?:graag|willen)|ik zoek|zoek ik|"
    r"(?:had|hadden|heb|hebben|wil|willen|zou|zouden) (?:\w+ ){0,3}graag|"
    r"graag (?:hulp|iemand|iets|wat|meer|informatie|advies|ondersteuning|contact|een|af en toe)|"
    r"of er (?:ook |misschien )?(?:iets|iemand|hulp)|"
    r"op zoek naar|behoefte aan|(?:ik|wij|we) (?:\w+ ){0,3}nodig|fijn als|zou fijn|zou helpen|"
    r"hoop (?:op|dat)|ik mis|kan iemand|is er (?:iemand|iets|hulp))\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")


# After the offers, a wish is also said the way the needs question is answered: "dat hij af en toe
# kan logeren", "en hulp met dat pgb gedoe", "iemand die meedenkt".
_ANSWER_AS_A_WISH = re.compile(
    r"^\W*(?:en |ook |maar |nog |misschien )*(?:dat (?:ik|hij|zij|ze|we|wij|iemand|er|mijn)|"
    r"hulp (?:met|bij|in|voor)|iemand (?:die|om|voor)|iets (?:voor|om)|meer (?:hulp|tijd|rust)|"
    r"weten (?:hoe|wat|waar|wie|of|welke)|informatie (?:over|voor)|advies (?:over|voor)|"
    r"graag|liefst)\b"
)


def needs_asked_later(text: str) -> list[Need]:
    """The kinds of help a message after the offers asks for: a sentence with a wish ("ik zou
    graag ...") or said as the answer to the needs question ("en hulp met dat pgb gedoe")."""
    found = {need.category: need for need in wished_needs(text)}
    for sentence in _SENTENCE_BREAK.split(text):
        if _ANSWER_AS_A_WISH.search(normalize_text(sentence)):
            for need in classify_needs(sentence):
                if need.category != "anders":
                    found.setdefault(need.category, need)
    return list(found.values())


def wished_needs(text: str) -> list[Need]:
    """The kinds of help a story asks for in a sentence of its own ("ik zorg voor mijn man. ik wil
    graag af en toe even vrij"), each with the words of that sentence only."""
    found: list[Need] = []
    for sentence in _SENTENCE_BREAK.split(text):
        if not _WISH.search(normalize_text(sentence)):
            continue
        for need in classify_needs(sentence):
            if need.category != "anders" and need.category not in {n.category for n in found}:
                found.append(need)
    return found
