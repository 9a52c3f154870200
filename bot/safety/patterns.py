"""Curated Dutch patterns per safety category, written against `normalize.normalise` output.

Patterns are regular expressions over lowercase words separated by single spaces, with " | "
between clauses. Macros, written `<name>`, keep each pattern close to the Dutch it catches:

    <adv>     any run of filler and adverbs ("echt", "gewoon", "soms", "het liefst", ...)
    <person>  " hem", " haar", " mijn moeder", " de verzorgster", ... (a person as object)
    <agent>   "hij", "ze", "mijn man", "de thuiszorg", ... (a person as subject)
    <gap>     up to three arbitrary words inside one clause
    <end>     end of the clause
    <stop>    end of the clause or a word that typically follows a complete statement
    <after>   after a person: end of clause, an adverb or a preposition, but not a noun, so that
              "ik sla haar gegevens op" does not read as hitting her
    <ik>, <naaste>, <someone>, <meobj>, <wishword>: concepts for co-occurrence (see `also`)

Two kinds of rule: a fixed phrase ("ik wil er niet meer zijn"), and a co-occurrence rule whose
anchor (`pattern`) and concepts (`also`) must meet in one clause in any order, because Dutch moves
subject, object and verb around ("ik heb hem geslagen", "toen heb ik hem geslagen", "dat ik hem
sloeg"). A rule is `negatable` when a nearby "niet", "nooit" or "geen" before or just after the
anchor cancels it ("ik denk niet aan zelfmoord", "ik heb hem nooit geslagen"); rules whose Dutch
holds its own negation ("ik wil niet meer leven") are not. `exclude` cancels a match when the clause
shows the harmless reading (an accident while washing, a dog that bites, a past event).

Decisions recorded here, so they are found next to the patterns:
- Any death wish counts as suicide, also the naaste's ("mijn vader zegt dat hij dood wil"): 113 is
  also for people who worry about someone else.
- Euthanasie: a question about the naaste and euthanasie, or a naaste who wants to die at home, is
  not a safety signal (a medical and legal route for the huisarts); the caregiver wanting euthanasie
  for themselves is.
- "ik wil niet meer" on its own is read as a death wish (113 lists it as a warning sign); "ik kan
  niet meer", "ik trek het niet meer", "ik ben op" are overload.
- Shouting at or swearing at the naaste, and being sworn at, are overload (heavy, worth a call from
  the steunpunt), not violence; hitting, pinching, locking up in a room, tying down, withholding
  food on purpose, threats and the fear of doing harm are violence. Locking the front door so a
  naaste with dementia does not wander off is care advice, not flagged.
- The three violence categories all lead to Veilig Thuis, so when one message could be read as more
  than one of them ("toen ze me beet heb ik haar teruggeslagen") the help lines are the same.
- A relative's suicide in the past still triggers: the mention alone is enough to offer 113, which
  also supports nabestaanden.
- Messages that are only alarming in context ("ik heb een touw gekocht") are out of reach of a
  per-message check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.categories import SafetyCategory

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
    "iedere nacht|elke keer|iedere keer|morgen|straks|later"
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

_MACROS: dict[str, str] = {
    "adv": rf"(?: (?:{_ADVERBS}))*",
    "person": rf" (?:hem|haar|hen|ze|dr|(?:(?:{_POSSESSIVES}) )?(?:{_RELATIVES}))",
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
        rf"(?:\b(?:hem|hen|dr)\b|\bhaar\b<after>|\b(?:(?:{_POSSESSIVES}) )?(?:{_RELATIVES})\b)"
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
_MACRO = re.compile(r"<(\w+)>")
_MACRO_DEPTH = 3

# Harmless contexts shared by several rules.
_CARE_ACCIDENT = (
    r"\b(?:per ongeluk|onbedoeld|niet expres|niet met opzet|bij het|tijdens het|met tillen|"
    r"met wassen|rolstoel|steunkousen|verband|wond|als ik\b(?: [a-z]+){0,4} (?:was|til|help|"
    r"verschoon|aankleed|aantrek|aandoe|uittrek|draai|verzorg|optil|omdraai|afdroog|douche|kam|"
    r"scheer|insmeer|verbind))\b"
)
# "slaan" in its many harmless senses: skip, strike (a clock), save, refer to, win at cards.
_SLAAN_IDIOMS = (
    r"\b(?:slaat|sla|sloeg|slaan|geslagen)(?: [a-z]+){0,4} over\b|"
    r"\b(?:slaat|sla|sloeg|slaan|geslagen)(?: [a-z]+){0,3} (?:om|toe|aan|dicht|open)(?= \||$)|"
    r"\bslaa?t? (?:op|door|alarm|acht|wartaal|nergens|munt)\b|\bsloeg (?:op|door|alarm|om|toe|"
    r"aan)\b|"
    r"\bop hol\b|\bmet stomheid\b|\b(?:erdoorheen|doorheen)\b|\bom (?:me|mij|haar|hem) heen\b|"
    r"\b(?:kaarten|scrabble|dammen|schaken|klaverjassen|sjoelen|rummikub|spelletje|potje|"
    r"salade|slaatje|kropsla)\b|\b(?:maak|maakt|eet|eten|met|wat)\b(?: [a-z]+){0,3} sla\b|"
    r"\bsla (?:maken|eten|met)\b|"
    r"\b(?:alarm|slag|brug|munt) geslagen\b|\bogen\b|\bovergeslagen\b|\boverslaan\b"
)
# The caregiver as victim ("ik word door hem geslagen", "hij sloeg me") is not violence by them.
_CAREGIVER_IS_VICTIM = (
    r"\b(?:word|werd|ben)\b(?: [a-z]+){0,4} door\b|"
    r"\b(?:slaat|sloeg|schopt|schopte|mishandelt|bijt|beet|knijpt|kneep|heeft|had|krijg|kreeg) "
    r"(?:me|mij)\b"
)
# "mijn moeder wordt mishandeld": the naaste is the one hurt, by someone else.
_PASSIVE = r"\b(?:wordt|werd|worden|werden)\b"
_LOST_THINGS = (
    r"\b(?:sleutel\w*|bril|pas|portemonnee|papieren|telefoon|gebit|gehoorapparaat|formulier|"
    r"brief|tas|jas|geld)\b"
)

# A state described in the past ("hij was vorig jaar bewusteloos") is not an emergency now.
_PAST = (
    r"\b(?:geweest|vroeger|destijds|in het verleden|vorig jaar|vorige (?:week|maand)|jaren geleden|"
    r"lang geleden|maanden geleden|weken geleden)\b"
)
_ANIMALS = r"\b(?:hond|kat|poes|mug|teek|wesp|paard|muggen|honden|katten)\b"
_SELF_HARM_ACCIDENT = (
    r"\b(?:per ongeluk|vinger|duim|bij het koken|aardappel|mes schoonmaken|oven|pan|strijkijzer|"
    r"papier|brood|groente|afwas\w*|aan een mes|aan het mes|blikje|glas)\b"
)


@dataclass(frozen=True)
class Rule:
    category: SafetyCategory
    label: str
    pattern: str
    negatable: bool = True
    exclude: str | None = None
    # Co-occurrence: each of these must also be found in the same clause, in any place. Dutch word
    # order moves the subject, object and verb around ("soms knijp ik hem", "dat ik hem knijp"),
    # so concepts that must meet are matched separately instead of in one fixed order.
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledRule:
    category: SafetyCategory
    label: str
    regex: re.Pattern[str]
    negatable: bool
    exclude: re.Pattern[str] | None
    also: tuple[re.Pattern[str], ...]


S = SafetyCategory.SUICIDE
A = SafetyCategory.ACUTE_DANGER
BY = SafetyCategory.VIOLENCE_BY_CAREGIVER
AG = SafetyCategory.VIOLENCE_AGAINST_CAREGIVER
AB = SafetyCategory.ABUSE_OR_NEGLECT
O = SafetyCategory.OVERLOAD  # noqa: E741 - reads as the category letter, like the others

RULES: tuple[Rule, ...] = (
    # --- suicide: words --------------------------------------------------------------------------
    Rule(
        S,
        "suicide_word",
        r"\b(?:zelfmoord\w*|zelfdoding\w*|suicid\w*|doodswens\w*|doodsgedachte\w*|"
        r"levensmoe\w*|zelfbeschadig\w*|automutil\w*|laatstewilpil|pil van drion|"
        r"(?:het|mijn) leven moe|afscheidsbrie\w*)\b",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bstoppen met (?:het |mijn )?leven\b|\bmet (?:het |mijn )?leven (?:stoppen|ophouden)\b|"
        r"\b(?:ik|liefst)(?: [a-z0-9]+){0,4} niet meer (?:bestaan|te bestaan)\b|"
        r"\b(?:klaar|stop|stoppen|kap|kappen)\b(?: \S+){0,8} met (?:het |mijn )?leven\b|"
        r"\bword ik<adv> (?:niet|nooit) meer wakker\b|"
        r"\bdood (?:zijn|gaan)?<adv> (?:lijkt|is)<adv>(?: (?:me|mij))?<adv> (?:beter|fijner|"
        r"makkelijker|een verlossing)\b|"
        r"\bverdwijn\w*<gap> (?:dan is het|is het) (?:klaar|over|voorbij)\b|"
        r"\bvoorgoed verdwijnen\b|"
        r"\bhoeft het<adv> niet meer\b|"
        r"\bgeen zin (?:meer )?in\b(?: \S+){0,8} (?:in (?:het |mijn )?leven|om te leven)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:als|dat) ik er<adv> niet meer (?:ben|was|zou zijn)\b",
        also=(r"\b(?:beter|liever|fijner|makkelijker|opgelucht|beter af)\b",),
        negatable=False,
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:de|mijn|genoeg|alle)<adv> (?:pillen|medicijnen|slaappillen)<adv> (?:klaarliggen|"
        r"klaar liggen|klaar hebben liggen)\b|\b(?:stap ik|ik stap)<adv> eruit<end>|"
        r"\ber<adv> (?:een )?punt achter (?:zetten|zet)<end>|"
        r"\b(?:me|mij|mezelf|zich|zichzelf)<adv> van het leven (?:te )?beroven\b",
    ),
    Rule(S, "suicide_english", r"\b(?:kill myself|want to die|end my life|end it all)\b"),
    # --- suicide: death wish ----------------------------------------------------------------------
    Rule(
        S,
        "death_wish",
        r"\b<wish><adv> (?:dood|doodgaan|sterven|dood zijn)\b"
        r"(?! (?:hout|vlees|spoor|punt|gewicht|kapitaal|blad|bladeren|takken)\b)",
    ),
    Rule(
        S,
        "death_wish",
        r"(?<!\bde )(?<!\bhet )(?<!\bzijn )(?<!\bhaar )(?<!\bmijn )(?<!\bvan )"
        r"\b(?:dood|doodgaan|sterven)<adv> (?:te )?<wish>\b",
    ),
    Rule(
        S,
        "death_wish",
        r"\b(?:wou|wilde|wens|hoop|zou willen|bid)<adv> dat ik<adv> "
        r"(?:dood|doodga|doodging|sterf|stierf)\b",
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
    ),
    Rule(S, "death_wish", r"\bdenk<inv><adv> (?:aan|over) de dood\b(?! van)"),
    Rule(
        S,
        "death_wish",
        r"\bik<adv> (?:wil|zou|overweeg|vraag|denk aan|wil graag)<adv> (?:zelf )?"
        r"(?:euthanasie|zelfeuthanasie)\b",
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:ik<adv> wil|wil ik)<adv> niet meer<adv><end>|"
        r"\ber (?:net zo goed|evengoed|net zo lief) niet (?:kan |kon |zou )?(?:zijn|wezen)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b<wish><adv> (?:niet|nooit) (?:meer|langer)<adv> (?:verder )?(?:leven|doorleven)\b",
        negatable=False,
    ),
    Rule(S, "not_wanting_to_live", r"\b<wish><adv> niet (?:verder )?leven\b", negatable=False),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b<wish><adv> er<adv> (?:niet|nooit) meer (?:zijn|wezen|bij zijn)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:dat ik|was ik) er<adv> (?:liever )?(?:niet|nooit) meer(?: (?:was|zou zijn|zou "
        r"wezen|zijn)\b|<end>)",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:of|waarom|waarvoor)<adv> (?:ik|hij|ze|zij)<adv> nog<adv> (?:wel )?"
        r"(?:wil|wilt|moet|zou|zou willen|kan)<adv> (?:blijven |verder )?(?:leven|bestaan)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bwaarom (?:zou|moet) ik<adv> (?:nog )?(?:langer )?(?:leven|doorgaan|blijven leven)\b",
        negatable=False,
    ),
    Rule(S, "not_wanting_to_live", r"\bwaar(?:voor|om) leef ik\b", negatable=False),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:hoeft|hoef)<adv> (?:voor|van) mij<adv> niet meer\b|"
        r"\bhet (?:leven )?hoeft<adv> niet meer<adv>(?: (?:voor|van) mij|<end>)|"
        r"\bhet<adv> (?:voor|van) mij<adv> niet meer (?:hoeft|hoef|hoefde)\b",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:wil|wou|wilde|hoop|wens|zou willen|liefst|bid)(?: (?!hij\b|ze\b|zij\b|"
        r"hem\b|haar\b|\|)[a-z0-9]+){0,5} (?:niet|nooit)(?: meer)? wakker (?:worden|word|"
        r"te worden)\b|\bslapen en (?:niet|nooit) meer wakker\b",
        negatable=False,
    ),
    # --- suicide: hopelessness --------------------------------------------------------------------
    Rule(
        S,
        "hopelessness",
        r"\bgeen (?:zin|reden|wil|kracht|energie|puf)<adv> (?:meer )?(?:om te leven|om verder te "
        r"leven|in het leven|in (?:mijn|dit) leven|in leven|om nog te leven)\b",
        negatable=False,
    ),
    Rule(
        S,
        "hopelessness",
        r"\b(?:het|mijn|dit|zijn|haar) leven<adv> (?:heeft|is)<adv>(?: voor (?:mij|me))?<adv> "
        r"(?:geen zin|zinloos|niets waard|"
        r"niks waard|geen waarde)\b|\b(?:het|mijn|dit) leven<adv> (?:is|heeft)<adv> (?:niets|niks) "
        r"(?:meer )?(?:waard|te bieden)\b|\bklaar(?: is| ben| zijn)? met (?:het |mijn |zijn |"
        r"haar )?"
        r"leven\b|\bwat heeft (?:het|mijn) leven<adv> (?:voor )?zin\b",
        negatable=False,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bzie het<adv> (?:leven )?niet meer zitten(?! (?:om|met|dat|zo|als)\b)",
        negatable=False,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bzie<adv> geen (?:uitweg|toekomst|licht)<adv> meer\b|\bgeen uitweg meer\b",
        negatable=False,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bbeter af(?: is| zijn| zou zijn| zouden zijn| zijn ze| is iedereen)? zonder (?:mij|"
        r"me)\b|\bzonder (?:mij|me)<gap> beter af\b|"
        r"\bik ben<adv> (?:alleen maar |maar )?een (?:last|blok aan het been) voor iedereen\b|"
        r"\b(?:niemand|geen mens) (?:zal|zou)<adv> (?:mij|me)<adv> missen\b",
        negatable=False,
    ),
    # --- suicide: self-harm and methods -----------------------------------------------------------
    Rule(
        S,
        "self_harm",
        r"\b(?:snij|snijd|snijdt|snijt|sneed|kras|kraste|krast|brand|brandt|brandde|bonk|bonkt|"
        r"bonkte|sla|slaat|sloeg|beschadig|beschadigt|verwond|verwondt|prik|prikt|krab|krabt)<adv> "
        r"(?:mezelf|zichzelf)\b",
        exclude=_SELF_HARM_ACCIDENT,
    ),
    Rule(
        S,
        "self_harm",
        r"\b(?:snij|snijd|sneed|kras|kraste|krast)<adv> (?:me|mij)\b(?! (?:aan|bij|in|per|met|"
        r"tijdens|open)\b)",
        exclude=_SELF_HARM_ACCIDENT,
    ),
    Rule(
        S,
        "self_harm",
        r"\b(?:heb|had|heeft|hebben)<adv> (?:mezelf|me|mij|zichzelf|zich)<adv> (?:gesneden|gekrast|"
        r"verwond|beschadigd|"
        r"gebrand|pijn gedaan|iets aangedaan)\b",
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
    Rule(
        S,
        "suicide_method",
        r"\b(?:me|mij|mezelf|zich|zichzelf)<adv>(?: te)? (?:van kant(?: (?:wil|wilt|ga|gaat|zal|"
        r"zou|"
        r"wou))? (?:te )?(?:maken|maak|maakt)|"
        r"ophangen|op te hangen|ophang|verdrinken|verdrink|dood maken|doodmaken|dood te maken|"
        r"om het leven (?:te )?brengen|ombrengen|om te brengen|vergiftigen|doodschieten|"
        r"doodrijden|voor de trein)\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:er|eraan)<gap> (?:een )?(?:eind|einde|end) (?:aan|eraan)(?: (?:kan|zou|ga|wil|moet|"
        r"zal))?<adv> (?:te )?(?:maken|maak|maakt|gemaakt)\b|"
        r"\b(?:maak|maken|maakte|maakt)<inv><adv> er<adv> (?:een )?(?:eind|einde) aan\b|"
        r"\b(?:een )?(?:eind|einde) aan (?:te )?maken<stop>|"
        r"\b(?:eind|einde) (?:te )?maken aan (?:alles|mijn leven|het leven|het allemaal|mezelf)\b|"
        r"\b(?:eind|einde)<adv> (?:maken )?aan (?:mijn|het|zijn|haar) (?:eigen )?leven\b|"
        r"\buit het leven (?:stappen|stap|te stappen|gaan|te gaan)\b|"
        r"\b(?:mijn|zijn|haar) (?:eigen )?leven<adv> (?:beeindigen|beeindig|te beeindigen|"
        r"afmaken|te stoppen)\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\bvoor (?:de|een) (?:trein|bus|auto|vrachtwagen|metro) (?:te )?(?:springen|spring|"
        r"springt|gaan liggen|lopen|gaan staan)\b|"
        r"\bvan (?:het|de|een) (?:dak|brug|flat|balkon|toren|rots) (?:af )?(?:te )?(?:springen|"
        r"spring|springt|af te springen)\b|"
        r"\bdreigt<adv> (?:te springen|zichzelf|zich van kant|er een eind)\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:pillen|medicijnen|slaappillen|tabletten)<adv> (?:aan het )?(?:sparen|gespaard|"
        r"verzamelen|verzameld|opsparen|opgespaard|hamsteren|gehamsterd)\b|"
        r"\b(?:spaar|verzamel|hamster)<adv> (?:pillen|medicijnen|slaappillen|tabletten)\b|"
        r"\b(?:alle|al mijn|al de|een hele pot|een heel doosje|een hele strip|een hele doos)<adv> "
        r"(?:pillen|medicijnen|slaappillen|tabletten)<adv> (?:innemen|in te nemen|slikken|"
        r"te slikken|nemen|te nemen)\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:wil|ga|denk aan|denk over|overweeg|zou|wilde)<gap> (?:een )?overdosis\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:sta|staat|zit|ben)<adv> (?:op|bij|aan) (?:de|het) (?:brug|spoor|rails|spoorlijn|"
        r"rand van het dak)\b|\b(?:sta|stond|gestaan|staan)\b(?: [a-z]+){0,4} (?:aan|op|"
        r"bij) de rand "
        r"van (?:het|de) (?:water|dak|brug|flat|perron|kade)\b|\baan de rand van (?:het|de) "
        r"(?:water|dak|brug|flat|perron|kade)\b(?: [a-z]+){0,2} (?:gestaan|stond|sta)\b",
    ),
    # --- acute danger -----------------------------------------------------------------------------
    Rule(
        A,
        "unresponsive",
        r"\b(?:reageert|reageerde|ademt|ademde)<adv> (?:niet|nergens)(?: meer)?"
        r"(?= \||$| (?:en|hij|ze|zij|ik|wat|help|nu|hoe|echt)\b)",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        r"\bniet (?:meer )?wakker te krijgen\b|\bkrijg<person><adv> niet (?:meer )?wakker\b|"
        r"\bkomt niet (?:meer )?bij(?:<end>| bewustzijn\b)",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:bewusteloos|buiten bewustzijn|in elkaar gezakt|zakte in elkaar|blauw aangelopen|"
        r"blauw aan het lopen|blauwe lippen)\b|\b(?:ze|hij|zij) valt<adv> weg\b|"
        r"\b(?:lippen|gezicht)\b(?: [a-z]+){0,2} blauw\b|\bgestikt\b|"
        r"\breageert<adv> (?:raar|vreemd|nauwelijks|heel raar)\b|"
        r"\bademt<adv> (?:raar|vreemd|onregelmatig|rochelend|heel raar|heel vreemd)\b",
        exclude=_PAST,
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:niet|nauwelijks|slecht)(?: goed)? (?:meer )?aanspreekbaar\b|"
        r"\breageert<adv> niet (?:meer )?op (?:mij|me|aanspreken|roepen|pijn|schudden)\b|"
        r"\breageert<adv> niet normaal\b|\bademt<adv> niet goed\b",
        negatable=False,
        exclude=_PAST,
    ),
    Rule(
        A,
        "breathing",
        r"\b(?:krijgt|krijg|kreeg)<adv> (?:geen|bijna geen|nauwelijks) (?:lucht|adem)\b|"
        r"\b(?:kan|kon)<adv> niet (?:meer )?ademen\b|\bstikt\b|\baan het stikken\b",
        negatable=False,
    ),
    Rule(A, "chest_pain", r"\b(?:pijn|druk)<adv> (?:op|in|aan) (?:de|zijn|haar|mijn) borst\b"),
    Rule(
        A,
        "heart_or_stroke",
        r"\b(?:heeft|krijgt|krijg)<adv> (?:nu |net |volgens mij )?(?:een )?(?:hartaanval|"
        r"hartinfarct|hartstilstand|beroerte|herseninfarct|hersenbloeding)\b"
        r"(?! (?:gehad|van|als|door|ofzo)\b)|"
        r"\b(?:hartaanval|hartinfarct|hartstilstand|beroerte|herseninfarct|hersenbloeding) "
        r"(?:heeft|krijgt)\b(?! gehad\b)",
    ),
    Rule(
        A,
        "heart_or_stroke",
        r"\b(?:scheve mond|scheef gezicht|mond hangt<adv> scheef|gezicht hangt<adv> scheef|"
        r"mondhoek hangt)\b",
    ),
    Rule(
        A,
        "severe_bleeding",
        r"\b(?:bloedt|bloeden)<adv> (?:heel erg|erg|hevig|enorm|heel veel|veel|flink|hard|"
        r"als een rund)\b|\bveel bloed\b|"
        r"\bbloedt<adv> (?:uit|aan) (?:zijn|haar|het|mijn) (?:hoofd|mond|oor|oren)\b",
    ),
    Rule(
        A,
        "severe_bleeding",
        r"\bbloeden (?:stopt|houdt)<adv> niet\b|\bbloedt (?:en|maar) (?:het )?stopt niet\b",
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
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:er is|het is|er woedt)<adv> brand\b|\bstaat in (?:brand|de fik)\b|"
        r"\bik ruik gas\b|\bgaslucht\b|\bgaslek\b|\bgaskraan (?:staat|stond)<adv> open\b|"
        r"\bgas\b(?: [a-z]+){0,3} open\b|"
        r"\b(?:er komt|ik zie|ik ruik|zie ik|ruik ik)<adv> rook\b|\brook (?:uit|in) (?:de|het|zijn|"
        r"haar)\b|\bbrandlucht\b",
    ),
    Rule(
        A,
        "missing_person",
        r"\b<agent> (?:is|zijn)(?: (?:net|nu|zojuist|alweer|weer|vanochtend|vannacht|vanavond|"
        r"vanmiddag|sinds vanochtend|al|uren|al uren|al een uur|al de hele dag|sinds vanmiddag|"
        r"sinds vannacht))* (?:weggelopen|vermist|verdwenen|zoekgeraakt|zoek)\b",
        exclude=_PAST,
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
        r"onderweg|is onderweg|komt eraan|is gebeld)\b|\blevensgevaar\w*\b|\blevensbedreigend\w*\b",
    ),
    Rule(
        A,
        "fall_with_injury",
        r"\bgevallen en<adv> (?:bloedt|reageert|beweegt niet|kan niet (?:meer )?(?:op|opstaan|"
        r"overeind)|is bewusteloos|ligt)\b|\bligt<adv> op de grond<gap> (?:kan|krijg)<gap> niet "
        r"(?:meer )?(?:op|opstaan|overeind|omhoog)\b",
        negatable=False,
    ),
    Rule(
        A,
        "seizure",
        r"\baanval<gap> (?:niet|maar niet) (?:stopt|ophoudt|op houdt|overgaat|over gaat)\b",
        negatable=False,
    ),
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
        exclude=_SLAAN_IDIOMS,
    ),
    Rule(
        BY,
        "caregiver_hits",
        r"\b<ikheb><adv>(?: (?!alarm\b|munt\b|erdoorheen\b|doorheen\b|me\b|mij\b|"
        r"mezelf\b|ons\b|slag\b|brug\b|toe\b|terug\b|stomheid\b|hol\b|vlucht\b|de\b|een\b|het\b|"
        r"er\b|niet\b|nooit\b|geen\b|ik\b)[a-z0-9]+){1,3} geslagen\b",
        exclude=_SLAAN_IDIOMS,
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
        r"\bik<adv> (?:bind|bond)<person><adv>(?: \w+){0,2} vast\b|"
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
        "caregiver_aggressive",
        r"\bik<adv> (?:word|werd|ben|was)<adv> (?:agressief|gewelddadig|handtastelijk)\b",
    ),
    # --- violence against the caregiver -----------------------------------------------------------
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:slaat|sloeg|schopt|schopte|bijt|beet|krabt|krabde|knijpt|kneep|duwt|duwde|stompt|"
        r"stompte|trapt|trapte|wurgt|wurgde|mishandelt|mishandelde|bedreigt|bedreigde|slaan|"
        r"schoppen|bijten|krabben|knijpen|duwen|bedreigen|mishandelen|mept|mepte)<adv> (?:me|mij)\b"
        r"(?! (?:om het hart|om de oren|over|lastig|erdoor|er doorheen|met stomheid)\b)|"
        r"\bvalt<adv> (?:me|mij)<adv> aan\b",
        exclude=_ANIMALS,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\bik<adv> (?:word|werd|ben)<adv>(?: thuis)?(?: door(?: [a-z]+){1,3})?<adv> (?:geslagen|"
        r"geschopt|"
        r"gebeten|gekrabd|geknepen|geduwd|bedreigd|mishandeld|gewurgd|aangevallen|getrapt|gestompt|"
        r"in elkaar geslagen)\b|"
        r"\b<agent><adv> (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept)(?: en (?:slaat|"
        r"schopt|bijt|krabt|knijpt|stompt|trapt|mept|scheldt))*<adv>(?: (?:als|wanneer|bij|"
        r"tijdens|zodra)\b|<end>)",
        exclude=_ANIMALS,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|hebben|had)<inv><adv> (?:me|mij)<adv> (?:geslagen|geschopt|gebeten|gekrabd|"
        r"geknepen|geduwd|bedreigd|mishandeld|gewurgd|aangevallen|getrapt|gestompt|pijn gedaan|"
        r"een (?:klap|schop|duw|stomp|mep|tik) gegeven)\b",
        exclude=_ANIMALS,
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
        exclude=_ANIMALS,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|greep|grijpt|pakt|pakte|pakken|grijpen)<inv><adv> (?:me|mij)<adv> (?:bij|"
        r"aan|"
        r"rond) (?:mijn|de) (?:keel|nek|haren|haar|strot)\b|\b(?:keel|strot) (?:dichtgeknepen|"
        r"dichtgedrukt)\b",
        exclude=_ANIMALS,
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
        r"<gap> met (?:een |het |zijn |haar )?(?:mes|wapen|pistool|schaar|hamer|stok)\b|"
        r"\b(?:mes|wapen|pistool|schaar|hamer)<gap> (?:op me af|achter me aan|tegen me|naar me)\b",
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
        "aggression_of_naaste",
        r"\b<agent><adv> (?:is|wordt|werd|was|reageert|doet)<adv> (?:verbaal |fysiek |erg |heel )?"
        r"(?:agressief|gewelddadig|handtastelijk|agressiever)\b|"
        r"\bmaakt<person><adv> (?:agressief|gewelddadig)\b|\b(?:veel|steeds meer|last van) "
        r"agressie\b",
        exclude=_PAST,
    ),
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
            r"\b(?:dingen|spullen) kwijt\b"
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
        r"\b(?:ligt|zit|lag|zat)<adv> (?:de hele dag |dagen |uren |urenlang |al dagen )?"
        r"(?:in (?:zijn|haar|dr) (?:eigen )?(?:vuil|poep|ontlasting|urine|plas|uitwerpselen)|"
        r"in de poep|onder de poep|nat en vies)\b|\bniemand (?:wast|verschoont|voert|verzorgt)"
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
        r"\b(?:geld|pinpas|bankpas|rekening|spaargeld|pincode|pas)\b(?: \w+){0,5} "
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
        exclude=_ANIMALS,
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
    # --- co-occurrence rules: concepts that meet in one clause, in any word order -----------------
    Rule(
        S,
        "death_wish",
        r"(?<!\bde )(?<!\bna )(?<!\bzijn )(?<!\bhaar )\b(?:dood|doodgaan|doodga|sterven|sterf)\b"
        r"(?! (?:van|hout|vlees|spoor|punt|gewicht|blad|bladeren|takken)\b)|\bde dood\b(?! van\b)",
        also=("<wishword>",),
        exclude=(
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
        r"\b(?:springen|spring|springt|te springen)\b",
        also=(r"\b(?:balkon|brug|dak|flat|trein|spoor|rails|raam|hoogte|toren)\b",),
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
        A,
        "missing_person",
        r"\b(?:weggelopen|vermist|verdwenen|zoekgeraakt)\b|\bis(?: [a-z]+){0,3} (?:zoek|weg)\b"
        r"(?<!\bde weg)",
        also=(
            r"\b(?:sinds|al uren|uren|uur|nergens|niet (?:meer )?vinden|niet terug|niemand weet "
            r"waar|de weg niet|politie)\b",
            "<someone>",
        ),
        exclude=_PAST + "|" + _LOST_THINGS,
    ),
    Rule(
        A,
        "burns",
        r"\b(?:gebrand|verbrand|brandwond\w*)\b",
        also=(r"\b(?:blaren|ernstig\w*|heel erg|groot|grote|veel|zwaar|zware)\b",),
        exclude=r"\b(?:zon|zonnebrand|strand)\b|" + _PAST,
    ),
    Rule(
        A,
        "overdose",
        r"\b(?:dubbele dosis|twee keer|2 keer|dubbel|te veel|teveel|"
        r"veel te veel)\b(?: [a-z]+){0,3} "
        r"(?:insuline|medicijnen|medicatie|pillen|morfine|slaappillen|tabletten|oxazepam)\b",
        also=(r"\b(?:gespoten|genomen|ingenomen|gekregen|geslikt|gegeven|toegediend)\b",),
        exclude=r"\b(?:eten|gegeten|snoep)\b|" + _PAST,
    ),
    Rule(
        A,
        "fall_with_injury",
        r"\bgevallen\b",
        also=(
            r"\b(?:kan|krijg)\b(?: [a-z]+){0,3} niet (?:meer )?(?:bewegen|opstaan|overeind|op|"
            r"staan)\b",
        ),
        exclude=_PAST,
    ),
    Rule(
        A,
        "overdose",
        r"\b(?:pillen|medicijnen|slaappillen|tabletten|strip|pot|doosje)\b",
        also=(r"\b(?:leeggegeten|leeg gegeten|leeggemaakt|allemaal geslikt|allemaal ingenomen)\b",),
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
        exclude=_PAST,
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
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:vlammen|in de fik|rookmelder gaat af|rookmelder ging af|brandalarm gaat af)\b",
        exclude=r"\b(?:test\w*|batterij\w*|kaars\w*|open haard|bbq|barbecue)\b",
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
        BY,
        "caregiver_hits",
        r"(?<!\bde )(?<!\been )\b(?:sla|sloeg|slaan|geslagen|teruggeslagen|terugsloeg|schop|"
        r"schopte|"
        r"schoppen|geschopt|stompte|stompen|gestompt|trapte|getrapt|wurg|wurgde|wurgen|gewurgd|"
        r"mepte|"
        r"meppen|gemept|mishandel|mishandelde|mishandelen|mishandeld|rammelde|schud|schudde|"
        r"schudden|geschud|door elkaar (?:geschud|schudden|schud|schudde))\b",
        also=("<ik>", "<naaste>"),
        exclude=(
            _SLAAN_IDIOMS + "|" + _CAREGIVER_IS_VICTIM + "|" + _PASSIVE + r"|\bmezelf\b|"
            r"\b(?:wakker|kussen|kussens|dekbed|hand|handen|hoofd nee|flesje)\b"
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
        r"\b(?:hardhandig|ruw|ruwer|te hard|hard vastgepakt|te stevig)\b",
        also=("<ik>", "<naaste>"),
        exclude=_CAREGIVER_IS_VICTIM + r"|\b(?:mezelf|handdoek|washandje|huid)\b",
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
        exclude=r"\b(?:mezelf|me op|mij op)\b|" + _CAREGIVER_IS_VICTIM + "|" + _PASSIVE,
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b(?:slaat|sloeg|slaan|geslagen|schopt|schopte|geschopt|bijt|beet|gebeten|krabt|krabde|"
        r"gekrabd|knijpt|kneep|geknepen|duwt|duwde|geduwd|stompt|stompte|gestompt|trapt|trapte|"
        r"getrapt|wurgt|wurgde|gewurgd|mept|mepte|gemept|bedreigt|bedreigde|bedreigd|bedreigen|"
        r"mishandelt|mishandelde|mishandeld|aangevallen|aanvalt|blauw oog|blauwe ogen)\b",
        also=("<meobj>",),
        exclude=(
            _SLAAN_IDIOMS + "|" + _ANIMALS + r"|\bik (?:heb|had)<adv> (?:me|mij)\b|"
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
        exclude=_ANIMALS,
    ),
    Rule(
        AG,
        "fear_of_naaste",
        r"\bniet (?:meer )?veilig\b",
        also=(r"\b(?:voel|voelde) (?:me|mij)\b", r"\b(?:thuis|huis|hem|haar|hij|zij|ze)\b"),
        negatable=False,
    ),
    Rule(
        AB,
        "abuse_by_other",
        # Main clause: verb, then the naaste ("de verzorgster slaat mijn moeder"). Subordinate clause:
        # someone, the naaste, then the verb ("ik denk dat de thuishulp haar slecht behandelt").
        r"\b<abuseverb>(?: [a-z]+){0,3}? <naasteobj>|"
        r"\b(?:dat|als|omdat|wanneer|toen|of)\b (?:hij|ze|zij|iemand|men|(?:de|die|een|mijn|zijn|"
        r"haar) [a-z]+)(?: [a-z]+){0,2} <naasteobj>(?: [a-z]+){0,3} <abuseverb>",
        exclude=(
            _SLAAN_IDIOMS
            + "|"
            + _ANIMALS
            + "|"
            + _PAST
            + r"|\b(?:rolstoel|rollator|scootmobiel|schommel)\b"
        ),
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:geslagen|geschopt|geknepen|geduwd|mishandeld|uitgescholden|bedreigd|opgesloten|"
        r"vastgebonden|vastgezet|vernederd|gekleineerd|misbruikt|aangerand|bestolen|uitgebuit|"
        r"verwaarloosd|betast)\b",
        also=(_PASSIVE, "<someone>"),
        # "ze raakt dingen kwijt en denkt dat ze bestolen wordt": a known dementia worry.
        exclude=_PAST + "|" + _ANIMALS + "|" + _SLAAN_IDIOMS + r"|\b(?:dingen|spullen) kwijt\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b(?:verzorg\w*|thuiszorg|thuishulp|verpleg\w*|medewerker|begeleider|zorgverlener|broer|"
        r"zus|partner|vriend|buurman|buurvrouw|schoonzus|zwager|zoon|dochter)\b(?: [a-z]+){0,3} "
        r"(?:schreeuwt|scheldt|snauwt|tiert|vernedert|kleineert) (?:tegen |naar )?(?:hem|haar|"
        r"(?:mijn|haar|zijn) [a-z]+)\b",
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
        exclude=r"\bik\b|" + _PAST,
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
        exclude=r"\b(?:ik|voor (?:haar|hem|de huur|het verpleeghuis|de boodschappen))\b",
    ),
    # --- overload (not a crisis) ------------------------------------------------------------------
    Rule(
        O,
        "cannot_cope",
        r"\bik<adv> (?:kan|kon)<adv>(?: het| er| dit)?<adv> niet meer(?: aan)?<stop>|"
        r"(?:^|(?<=\| ))kan<adv>(?: het| er)?<adv> niet meer(?: aan)?<stop>|"
        r"\b(?:kan|kon)<adv> (?:het|dit|de zorg|deze zorg|alles|het allemaal)<adv> niet (?:meer |"
        r"langer )?(?:opbrengen|"
        r"volhouden|aan|dragen|trekken|bolwerken|handelen|hebben)\b|"
        r"\bik<adv> (?:trek|trok)<adv> (?:het|dit)<adv> niet (?:lang |zo lang )?(?:meer|langer)\b|"
        r"\bweet<adv> niet (?:meer )?hoe (?:het|ik)<adv> (?:nog )?verder (?:moet|moeten|kan|moet "
        r"gaan)\b|\bik zit<adv> vast<end>|\bkan er<adv> niet meer tegen\b|"
        r"\b(?:sta|zit)<adv> op (?:instorten|het punt (?:om )?in te storten)\b|"
        r"\bik stort<adv> in\b|"
        r"\bik<adv> (?:hou|houd|hield)<adv> (?:het|dit)<adv> niet (?:lang |zo lang )?(?:meer |"
        r"langer )?"
        r"vol\b|"
        r"\bniet (?:meer |langer )?vol te houden\b|"
        r"\bhoe lang ik (?:dit|het) nog (?:volhoud|vol hou|vol houd|volhou|trek|kan|ga "
        r"volhouden|vol kan houden)\b|\bik<adv> red<adv> het<adv> niet (?:meer|langer)\b|"
        r"\bik weet het<adv> niet meer<end>|\bzie het<adv> niet meer zitten\b",
        negatable=False,
    ),
    Rule(
        O,
        "exhausted",
        r"\bik<adv> ben<adv>(?: (?:kapot|moe|doodmoe|uitgeput) en)? (?:op|leeg)(?:<stop>| van\b)|"
        r"\b(?:eind|einde) van mijn (?:latijn|krachten|kunnen|energie)\b|"
        r"\bik<adv> ben<adv> (?:aan het eind van mijn latijn|uitgeput|opgebrand|uitgeblust|"
        r"overbelast|overspannen|burnout|burn out)\b|\b(?:overbelast|burnout|"
        r"burn out|overspannen|opgebrand)\b|"
        r"\b(?:loop|ga|zit)<adv> op (?:mijn|het) tandvlees\b|"
        r"\b(?:zit|ben|ga|kom)<adv> (?:aan|voorbij) mijn (?:grens|grenzen|taks|limiet)\b|"
        r"\b(?:ga|zit|ben)<adv> over mijn (?:grens|grenzen)\b|"
        r"\b(?:zit|ben)<adv> er<adv> doorheen\b",
    ),
    Rule(
        O,
        "exhausted",
        r"\bik<adv> heb<adv> (?:geen|nergens)<adv> (?:energie|puf|kracht|"
        r"fut)<adv>(?: voor)? meer\b|"
        r"\bik<adv> heb<adv> (?:geen|nergens) meer (?:energie|puf|kracht|fut)\b",
        negatable=False,
    ),
    Rule(
        O,
        "too_much",
        r"\b(?:wordt|is|word)<adv> (?:me|mij)<adv> (?:te veel|teveel|te zwaar|boven het hoofd)\b|"
        r"\b(?:verzuip|verzuipen|verdrink|verdrinken)(?: \w+){0,2} in (?:de zorg|alles|het "
        r"regelwerk|de taken)\b|\bgroeit (?:me|mij) boven het hoofd\b|"
        r"\b(?:het|dit|alles|de zorg)<adv> (?:wordt|is)<adv> (?:te veel|teveel|te zwaar)"
        r"(?: voor (?:me|mij)|<stop>)|"
        r"\bik<adv> ga<adv>(?: er| eraan| hieraan| hier)?<adv> (?:aan )?(?:onderdoor|onder door|"
        r"kapot|aan onderdoor)\b",
    ),
    Rule(
        O,
        "anger_outburst",
        r"\bik<adv> (?:schreeuw|schreeuwde|scheld|schold|snauw|snauwde|gil|gilde|tier|tierde)<adv>"
        r" (?:tegen<person>|<person> uit|naar<person>)|\bik<adv> tegen<person><adv> (?:schreeuw|"
        r"schreeuwde|tier|gil|snauw|uitvaar)\b|\bik<adv> (?:heb|had)<person><adv> "
        r"(?:uitgescholden|afgesnauwd)\b|\bik<adv> (?:word|werd)<adv> (?:boos|kwaad|woedend|"
        r"razend) op<person>\b",
    ),
    Rule(
        O,
        "abused_verbally",
        r"\b(?:scheldt|schold)<adv> (?:me|mij)<adv> uit\b|\bik<adv> (?:word|werd)<adv> "
        r"uitgescholden\b",
    ),
    Rule(
        O,
        "self_neglect",
        r"\bik<adv> verwaarloos<adv> (?:mezelf|mijn eigen|mijn vrienden|mijn werk|mijn hobby)",
    ),
)


def _expand(pattern: str) -> str:
    # Macros may use macros ("ikheb" uses "adv"); expand until none is left.
    for _ in range(_MACRO_DEPTH):
        pattern = _MACRO.sub(lambda match: _MACROS[match.group(1)], pattern)
    return pattern


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[CompiledRule, ...]:
    """All rules, compiled on first use."""
    return tuple(
        CompiledRule(
            category=rule.category,
            label=rule.label,
            regex=re.compile(_expand(rule.pattern)),
            negatable=rule.negatable,
            exclude=re.compile(_expand(rule.exclude)) if rule.exclude else None,
            also=tuple(re.compile(_expand(pattern)) for pattern in rule.also),
        )
        for rule in RULES
    )
