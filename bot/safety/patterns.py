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

Further fields:
- `strength`: CLEAR wording gets full help at once; VEILED wording ("het hoeft voor mij niet meer",
  "iedereen is beter af zonder mij", "de pillen liggen klaar") gets a check question first, unless a
  clear signal is also present (bot/safety/tiers.py). Acute danger is always CLEAR (a test guards it).
- `scope="message"`: `also` and `exclude` are looked for in the whole message, for stories told over
  several sentences ("ze is van de trap gevallen. ze beweegt niet en zegt niks").
- `needs`: the rule counts only next to a signal of one of these categories, in other words
  (`separate`): concrete means or a plan make a suicide signal clear ("niemand zou hem missen" and a
  rope in his room), a time or a place makes it acute danger ("ik neem ze vannacht", "hij staat nu
  op de brug").
- Every acute danger rule is about now: the detector drops it in a question about what to do if it
  happens (`HYPOTHETICAL`) and when the message says it is over (`REASSURED`).
- The gate (computed, not written): literal strings of which every match contains one, so a message
  without any of them skips the regular expression; a test checks that gates never change a result.

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
- A relative's suicide in the past, told with the past ("vorig jaar is mijn broer overleden door
  zelfmoord, is er een rouwgroep?"), is bereavement: no crisis reply (blind writers and caregivers
  read a crisis reply there as not listening). A wish of one's own next to it still counts, and a
  suicide attempt ("een zelfmoordpoging") still triggers.
- Means set up and at hand are acute danger, FULL with 112 first: a rope hung or laid in the attic,
  pills laid out in front of me, a pillow beside the bed with "ik wil dat het stopt". Means only
  bought or saved up ("ik heb een touw gekocht", "ze spaart haar pillen op") are a suicide signal.
- Messages that are only alarming in context ("ik heb een touw gekocht") are veiled at most: a
  rope bought gets the check question, a rope next to a death wish gets full help.
- Danger told as a situation, without a means or a word of now, is acute danger: a door kicked
  in, a threat to kill with the attacker at hand, a head under water, a car on the wrong side of
  the motorway, days without drinking with signs of the body, someone locked in by a relative who
  left. A past word elsewhere in a long message does not make a "net gevallen" a past fall.
- Violence happening now ("hij slaat haar nu, ik hoor haar gillen"), a weapon held now, standing on
  a bridge or a roof now, a farewell with a time: acute danger, so 112 leads the reply.
- Leaving a naaste who cannot get up alone, extra sleeping pills for the caregiver's rest, locking
  in for hours, facing the wall or the dark as a punishment: violence by the caregiver, full help with
  Veilig Thuis. The caregiver saying they stopped the care ("ik was haar niet meer") is veiled: it may
  have been handed over.
- "Ik kan hem wel schieten" and other figures of speech are masked before the rules run
  (bot/safety/everyday.py); "ik kan hem wel wurgen" stays a signal unless said as a joke ("haha").
"""

from __future__ import annotations

import re
import sre_constants
import sre_parse
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Literal

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

_MACROS: dict[str, str] = {
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
# Past words elsewhere in a long message ("vorig jaar kreeg ik niks") do not make an emergency
# told with a word of now ("nu is hij net gevallen") a past one.
_PAST_UNLESS_NOW = (
    r"^(?!.*\b(?:net|nu|zojuist|zonet|vandaag|vanochtend|vanmiddag|vanavond|vannacht)\b).*" + _PAST
)
# Acute danger is about now: "wat moet ik doen als hij stikt?" is a practical question.
HYPOTHETICAL = (
    r"\b(?:wat (?:(?:moet|kan|doe|moeten|kunnen|doen) (?:ik|je|we|u)|(?:ik|je|we|u) (?:moet|kan|"
    r"moeten|kunnen))(?: [a-z]+){0,2} (?:doen )?als|"
    r"stel dat|voor het geval|in geval van|wat als|hoe herken|herkennen|cursus|ehbo|"
    r"(?:bang|zorgen) dat (?:hij|ze|zij|mijn [a-z]+) (?:ooit|een keer|weer)|wat te doen (?:als|bij)|"
    r"hoe (?:zorg|voorkom|kan|moet) (?:ik|je|we)|voorkomen dat|zodat (?:hij|ze|zij) niet)\b"
)
# Said to be over, or harmless: acute danger is not acute any more.
REASSURED = (
    r"\b(?:kan geen kwaad|geen kwaad|niks aan de hand|niets aan de hand|niks ernstigs|"
    r"niets ernstigs|gaat (?:weer |nu )?(?:goed|prima) met (?:hem|haar)|het gaat (?:weer |nu )?"
    r"(?:goed|prima)|alles is (?:weer |nu )?(?:goed|oke|ok)|(?:was|is) gewoon moe|weer (?:helemaal )?"
    r"opgeknapt|gelukkig (?:niks|niets|geen))\b"
)
# Signs that a body is in danger right now.
SERIOUS_SIGNS = (
    r"blauw aangelopen|blauwe lippen|lippen (?:zijn )?(?:blauw|paars)|lijkbleek|geen contact|"
    r"niet wakker te krijgen|reageert (?:niet|nauwelijks)|zakt (?:steeds |telkens )?weg|"
    r"onsamenhangend|bewusteloos|ademt raar|ademt zwak|hapt naar (?:lucht|adem)|"
    r"suiker (?:is )?(?:heel |erg |te )?laag|trekkingen|schuim op (?:de|zijn|haar) mond|"
    r"heel suf|ijskoud|klam en bleek|pupillen|praat (?:heel |erg )?(?:raar|vreemd|onduidelijk)"
)
# A joke said as one: "ik kan mijn zus wel wurgen, haha nee hoor".
_JOKE = r"\b(?:haha\w*|hihi|grapje|geintje|lol|nee hoor|bij wijze van spreken|figuurlijk)\b"
DRUGS = (
    r"\b(?:pil|pillen|tablet\w*|medicijn\w*|medicatie|slaappil\w*|slaapmiddel\w*|oxazepam|"
    r"temazepam|diazepam|lorazepam|paracetamol|morfine|insuline|oxycodon\w*)\b"
)
WEAPONS = (
    r"(?:mes|messen|keukenmes|schaar|hamer|bijl|wapen|pistool|geweer|jachtgeweer|knuppel|"
    r"honkbalknuppel|stok|breekijzer)"
)
_SELF_HARM_ACCIDENT = (
    r"\b(?:per ongeluk|vinger|duim|bij het koken|aardappel|mes schoonmaken|oven|pan|strijkijzer|"
    r"papier|brood|groente|afwas\w*|aan een mes|aan het mes|blikje|glas|strijkbout|kachel|"
    r"fornuis|waterkoker|theepot|kaars|soldeer\w*|klein plekje|pleister|aan (?:de|een|het))\b"
)


class Strength(str, Enum):
    """How sure the wording of a rule is (see `bot/safety/tiers.py` for what each one gets)."""

    # The words say it ("ik wil dood", "ik heb haar geslagen", "hij ademt niet"): full help at once.
    CLEAR = "clear"
    # Usually, not always, a crisis ("het hoeft voor mij niet meer", "ik zie geen uitweg meer"):
    # the assistant asks first, with 113 and 112 on the same line.
    VEILED = "veiled"


Scope = Literal["clause", "message"]


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
    strength: Strength = Strength.CLEAR
    # Where `also` and `exclude` are looked for: the clause of the match, or the whole message
    # (a story told over several sentences: "ze is gevallen. ze beweegt niet").
    scope: Scope = "clause"
    # The rule counts only when a rule of one of these categories fired on its own: concrete means
    # or a time ("ik neem ze vannacht") make a suicide signal urgent, but mean nothing alone.
    needs: tuple[SafetyCategory, ...] = ()
    # The needed signal must be separate words: the pills in "de pillen liggen klaar" do not make
    # that same sentence more certain. False for a time or a moment ("vanavond", "op dit moment"),
    # which is new information even inside the phrase it belongs to.
    separate: bool = True


@dataclass(frozen=True)
class CompiledRule:
    category: SafetyCategory
    label: str
    regex: re.Pattern[str]
    negatable: bool
    exclude: re.Pattern[str] | None
    also: tuple[re.Pattern[str], ...]
    strength: Strength
    scope: Scope
    needs: frozenset[SafetyCategory]
    separate: bool
    # Literal strings of which every match of `regex` contains at least one: a message without any
    # of them is skipped without running the regular expression. None when there is no useful one.
    gate: tuple[str, ...] | None


S = SafetyCategory.SUICIDE
A = SafetyCategory.ACUTE_DANGER
BY = SafetyCategory.VIOLENCE_BY_CAREGIVER
AG = SafetyCategory.VIOLENCE_AGAINST_CAREGIVER
AB = SafetyCategory.ABUSE_OR_NEGLECT
O = SafetyCategory.OVERLOAD  # noqa: E741 - reads as the category letter, like the others
V = Strength.VEILED

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
        r"makkelijker|een verlossing)\b",
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
        r"\ber<adv> (?:een )?punt achter (?:zetten|zet)<end>",
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
        strength=V,
    ),
    Rule(S, "death_wish", r"\bdenk<inv><adv> (?:aan|over) de dood\b(?! van)", strength=V),
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
        r"wezen|zijn|geweest)\b|<end>)",
        negatable=False,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:of|waarom|waarvoor)<adv> (?:ik|hij|ze|zij)<adv> nog<adv> (?:wel )?"
        r"(?:wil|wilt|moet|zou|zou willen|kan)<adv> (?:blijven |verder )?(?:leven|bestaan)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\bwaarom (?:zou|moet) ik<adv> (?:nog )?(?:langer )?(?:leven|doorgaan|blijven leven)\b",
        negatable=False,
        strength=V,
    ),
    Rule(S, "not_wanting_to_live", r"\bwaar(?:voor|om) leef ik\b", negatable=False, strength=V),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:hoeft|hoef)<adv> (?:voor|van) mij<adv> niet meer\b|"
        r"\bhet (?:leven )?hoeft<adv> niet meer<adv>(?: (?:voor|van) mij|<end>)|"
        r"\bhet<adv> (?:voor|van) mij<adv> niet meer (?:hoeft|hoef|hoefde)\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        r"\b(?:wil|wou|wilde|hoop|wens|zou willen|liefst|bid)(?: (?!hij\b|ze\b|zij\b|"
        r"hem\b|haar\b|\|)[a-z0-9]+){0,5} (?:niet|nooit)(?: meer)? wakker (?:worden|word|"
        r"te worden)\b|\bslapen en (?:niet|nooit) meer wakker\b",
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
        exclude=_LOST_THINGS + r"|\b(?:verhuiz\w*|emigr\w*|vakantie|naar het buitenland)\b",
        scope="message",
        strength=V,
    ),
    Rule(
        S,
        "not_wanting_to_live",
        # Stepping out of life together: "als het niet meer gaat stappen we er samen uit".
        r"\b(?:stap|stappen|stapt|stapte|stapten)\b(?: [a-z]+){0,3} er(?: [a-z]+){0,2} uit\b|"
        r"\ber(?: [a-z]+){0,2} (?:samen )?uit (?:stappen|te stappen|gestapt)\b|"
        r"\beruit (?:stappen|te stappen|gestapt)\b",
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
        r"\b(?:dit is|dit wordt|hier is|dat was) (?:dan )?mijn laatste (?:bericht|berichtje|woorden)\b"
        r"(?! (?:voor|van|over|hierover|vandaag|vanavond)\b)",
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
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bzie het<adv> (?:leven )?niet meer zitten(?! (?:om|met|dat|zo|als)\b)",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bzie<adv> geen (?:uitweg|toekomst|licht)<adv> meer\b|\bgeen uitweg meer\b",
        negatable=False,
        strength=V,
    ),
    Rule(
        S,
        "hopelessness",
        r"\bbeter af(?: is| zijn| zou zijn| zouden zijn| zijn ze| is iedereen)? zonder (?:mij|"
        r"me)\b|\bzonder (?:mij|me)<gap> beter af\b|"
        r"\bik ben<adv> (?:alleen maar |maar )?een (?:last|blok aan het been) voor (?:iedereen|"
        r"(?:mijn|ons|de) [a-z]+|hen|ze)\b|"
        r"\b(?:niemand|geen mens) (?:zal|zou)<adv> (?:mij|me|hem|haar)<adv> missen\b|"
        r"\b(?:niemand|geen mens) (?:mij|me|hem|haar)<adv> (?:zal|zou)<adv> missen\b",
        negatable=False,
        strength=V,
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
        r"\b(?:er|eraan)<gap> (?:een )?(?:eind|einde|end) (?:aan|eraan)(?: (?:kan|zou|ga|gaat|gaan|"
        r"wil|wilt|moet|zal|wou))?<adv> (?:te )?(?:maken|maak|maakt|gemaakt)\b|"
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
        r"\b(?:voor|onder) (?:de|een) (?:trein|bus|auto|vrachtwagen|metro|tram) (?:te )?(?:springen|"
        r"spring|springt|gaan liggen|lopen|loop|gaan staan|stap|stappen)\b|"
        r"\bvan (?:het|de|een) (?:dak|brug|flat|balkon|toren|rots) (?:af )?(?:te )?(?:springen|"
        r"spring|springt|af te springen)\b|"
        r"\bdreigt<adv> (?:te springen|zichzelf|zich van kant|er een eind)\b",
    ),
    Rule(
        S,
        "suicide_method",
        r"\b(?:pillen|medicijnen|slaappillen|tabletten)<adv> (?:aan het )?(?:sparen|gespaard|"
        r"verzamelen|verzameld|opsparen|opgespaard|hamsteren|gehamsterd)\b|"
        r"\b(?:spaar|verzamel|hamster)<adv> (?:al (?:een tijdje|weken|maanden|een tijd) )?"
        r"(?:mijn |de |zijn |haar )?(?:pillen|medicijnen|slaappillen|tabletten)\b|"
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
        exclude=_PAST,
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
        exclude=r"\bniet klaar\b|\bklaar met (?:mezelf )?(?:aankleden|wassen|douchen)\b",
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
        exclude=r"\b(?:vergeten|te laat|per ongeluk|verkeerde)\b",
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
            r"\b(?:weet nog niet wanneer|wanneer ik het|hoe ik het|als het moment|het moment "
            r"daar|plan|van plan|wanneer het zover)\b",
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
        exclude=r"\b(?:stoppen met roken|afvallen|examen|rijexamen|sollicit\w*)\b",
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
        exclude=_ANIMALS + r"|\b(?:bramen|tuin|gevallen|val|snoeien|operatie|prikken|infuus)\b",
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
            r"\b(?:springen|dood|zichzelf|zich|mezelf|iets aandoen|ophangen|pijn doen|vermoorden|"
            r"moet|moeten)\b",
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
        exclude=r"\b(?:stervende|op sterven|ligt op sterven|palliatie\w*|hospice|ziekenhuis|"
        r"verpleeghuis|laatste dagen|wakker)\b",
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
        exclude=r"\b(?:wie zorgt|wat gebeurt|wat moet|testament|geregeld hebben|als ik er niet "
        r"meer ben (?:wie|wat))\b",
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
            r"er tussenuit stap|niet meer besta)\b",
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
        also=(r"\b(?:balkon|brug|dak|flat|raam|hoogte|toren|verdieping|etage|hoog|viaduct)\b",),
        exclude=r"\b(?:trampoline|zwembad|sloot|hek|paard|springkussen)\b",
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
        r"stervend\w*|uitvaart|begrafenis|verpleeghuis|collega\w*|huis|werk|school|pensioen)\b",
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
    Rule(A, "chest_pain", r"\b(?:pijn|druk)<adv> (?:op|in|aan) (?:de |zijn |haar |mijn )?borst\b"),
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
        r"mondhoek hangt)\b|\b(?:mond|gezicht|mondhoek)\b(?: [a-z]+){0,4} hangt<adv> (?:ineens |"
        r"opeens |plotseling )?scheef\b",
    ),
    Rule(
        A,
        "severe_bleeding",
        r"\b(?:bloedt|bloeden)<adv> (?:heel erg|erg|hevig|enorm|heel veel|veel|flink|hard|"
        r"als een rund)\b|\bveel bloed\b|\bbloed (?:spuit|gutst|stroomt|spoot|gutste)\b|"
        r"\b(?:spuit|gutst|stroomt) (?:het )?bloed\b|\b(?:braakt|spuugt|spuwt|hoest|poept|plast) "
        r"(?:\w+ )?bloed\b|\bbloed (?:op)?(?:braken|overgeven|spugen|ophoesten)\b|"
        r"\bbloedt<adv> (?:uit|aan) (?:zijn|haar|het|mijn) (?:hoofd|mond|oor|oren)\b",
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
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:er is|het is|er woedt)<adv> brand\b|\bstaat in (?:brand|de fik)\b|"
        r"\b(?:staat|hangt|zit|is)(?: [a-z]+){0,2} vol (?:met )?rook\b|"
        r"\bik ruik(?: [a-z]+){0,2} gas\b|\bruik ik(?: [a-z]+){0,2} gas\b|\bgaslucht\b|\bgaslek\b|\bgaskraan (?:staat|stond)<adv> open\b|"
        r"\bgas\b(?: [a-z]+){0,3} open\b|\bgaskra(?:an|nen)\b(?: [a-z]+){0,2} "
        r"(?:opengedraaid|opengezet|open gedraaid|open gezet)\b|"
        r"\b(?:er komt|ik zie|ik ruik|zie ik|ruik ik)<adv> rook\b|\brook (?:uit|in) (?:de|het|zijn|"
        r"haar)\b|\bbrandlucht\b",
        # "bijna de keuken in de fik gezet, gelukkig ...": a near miss told afterwards.
        exclude=r"\b(?:bijna|gelukkig|haha\w*|grapje|was (?:ma|pa|hij|zij|ze) er niet bij)\b",
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
        r"onderweg|is onderweg|komt eraan|is gebeld)\b",
    ),
    Rule(
        A,
        "emergency_call",
        r"\blevensgevaar\w*\b|\blevensbedreigend\w*\b",
        # An opinion about a risk ("levensgevaarlijk vind ik het, die motor") is no emergency.
        exclude=r"\b(?:vind|vindt|vinden) (?:ik|we|wij|het|hem|haar|dat)\b|\blijkt (?:me|mij)\b|"
        r"\b(?:eigenlijk|best|soms|kan|kunnen|zou|worden|wordt)\b",
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
            _PAST + r"|\b(?:gegeten|snoep|bang dat|stel dat|voorkomen|vergeten|wat als|"
            r"wat moet ik doen als|mag|niet)\b"
        ),
    ),
    Rule(
        A,
        "on_the_edge",
        # Standing at the place now, next to a suicide signal: "sta nu op de brug".
        r"\b(?:sta|staat|zit|lig|ligt|ben|is)(?: (?:ik|hij|ze|zij|nu|hier|al|net|alweer|weer))*"
        r"(?: [a-z]+){0,2} (?:op|bij|aan|naast|onder|boven|over) (?:de|het|een) [a-z]*(?:brug|spoor|"
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
        r"de rails|de spoorlijn|de spoorbaan|de overweg)\b",
        exclude=r"\b(?:soms|vaak|weleens|wel eens|elke|iedere|af en toe|toen|vroeger|trein in|"
        r"perron)\b",
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
        r"is het zover|is het moment|de zee in|het water in|springen|ophangen|"
        r"van de brug|voor de trein|innemen|inneem|slikken)\b",
        also=(
            r"\b(?:vannacht|vanavond|vandaag|straks|zo meteen|zometeen|nu meteen|dadelijk|"
            r"over een uur|nu|vanmiddag|ga zo|ga nu)\b",
        ),
        # "ik heb er vannacht over nagedacht", "hij zei vandaag dat ...": the time is the thinking
        # or the telling, not the plan.
        exclude=r"\b(?:nagedacht|gedacht|overwogen|gepiekerd|gedroomd|gelezen|gezocht|gesproken|"
        r"gepraat|verteld|gezegd|gisteren|vorige)\b|\b(?:zei|zegt|vertelde|vertelt|appte|belde|"
        r"schreef|riep|dreigde|sprak)\b(?: [a-z]+)? (?:vannacht|vanavond|vandaag|vanmiddag|nu)\b",
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
        "imminent_plan",
        r"\b(?:wou|wilde) (?:alleen )?(?:nog )?(?:even )?(?:zeggen|laten weten)\b|\bvaarwel\b|"
        r"\b(?:dit is|dit wordt|hier is) mijn laatste (?:bericht|berichtje|woorden)\b",
        needs=(S,),
    ),
    Rule(
        A,
        "means_in_hand",
        # Holding the means now, next to a signal of harm: "ik sta met een mes in mijn hand".
        rf"\b{WEAPONS}\b(?: [a-z]+){{0,2}} in (?:mijn|zijn|haar|de) hand(?:en)?\b|"
        r"\b(?:pillen|touw|strop|scheermes\w*)\b(?: [a-z]+){0,2} in (?:mijn|zijn|haar|de) "
        r"hand(?:en)?\b",
        exclude=_PAST,
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
        exclude=r"\b(?:snij\w*|groente|brood|vlees|aardappel\w*|schillen|koken|kookt|houtsnij\w*|"
        r"tuin|hout|klus\w*|timmer\w*|wandel\w*|soms|vaak|altijd|elke keer|iedere keer|telkens|"
        r"weleens|wel eens|regelmatig|als ik (?:kom|langskom|langs kom|op bezoek kom|binnenkom))\b",
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
        r"\bruik\w*(?: [a-z]+){0,3} naar gas\b|\b(?:gasfornuis|fornuis|gaskraan|gasstel|"
        r"kookplaat|gaspit|pit|pitten|oven)\b(?: [a-z]+){0,3} (?:open|aan)(?: [a-z]+){0,2} "
        r"(?:laten staan|staan|staat)\b",
        exclude=(
            _PAST + r"|\b(?:soms|vaak|weleens|wel eens|vergeet|vergeten|bang dat|nog niks|"
            r"nog niets|veiliger|beveiliging|voorkomen|altijd)\b"
        ),
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "fall_with_injury",
        # A fall and no movement or answer, told in one story: "is van de trap gevallen en ze
        # beweegt niet en zegt niks".
        r"\b(?:gevallen|viel|gevallen|valt|gestruikeld|neergestort|van de trap)\b",
        also=(
            r"\b(?:beweegt|reageert|praat|zegt|ademt|antwoordt)<adv> (?:niet|niks|niets|nergens)"
            r"(?: meer)?\b|\bligt<adv> (?:stil|bewusteloos|in een plas)\b|\bbewusteloos\b|"
            r"\bkomt<adv> niet (?:meer )?(?:overeind|bij|omhoog)\b|\bbloedt\b|\bbloed\b",
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
        exclude=_PAST + r"|\b(?:altijd|vaak|soms|sinds (?:de|zijn|haar) (?:dementie|ziekte))\b",
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
        exclude=_PAST + r"|\b(?:soms|vaak|altijd|als (?:ze|hij) (?:slaapt|loopt)|trap op|sport\w*|"
        r"koud|kou|winter)\b",
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
        exclude=_PAST + r"|\b(?:bericht\w*|app\w*|mail\w*|brief|telefoon|gemeente|steunpunt|"
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
            r"reageert|ligt|zakt|flauw\w*|bewusteloos)\b",
        ),
        exclude=_PAST,
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
        + _PAST,
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
        r"opgehaald|gehaald|apotheek|opgeruimd|weggegooid)\b|" + _PAST,
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
        exclude=r"\b(?:vergeten|netjes|op tijd|voorgeschreven|weekdoos|baxter\w*)\b|" + _PAST,
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
        exclude=_LOST_THINGS + "|" + _PAST + r"|\b(?:terug|gevonden|thuisgebracht)\b",
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
        exclude=r"\b(?:mg|milligram|gram|per dag|per week|per maand|jaar|jaren|procent|euro|ml)\b|"
        + _PAST,
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
        exclude=_PAST,
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
        exclude=_PAST + r"|\b(?:altijd|al jaren|sinds (?:de|zijn|haar) (?:beroerte|ziekte|"
        r"herseninfarct|ongeluk|val|operatie))\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "poisoning",
        r"\b(?:chloor|bleekwater|wc eend|wceend|ammoniak|ontkalker|spiritus|petroleum|lampenolie|"
        r"accuzuur|gootsteenontstopper|ontstopper|schoonmaakazijn|terpentine|wasmiddel|"
        r"afwasmiddel|vaatwastablet\w*|gootsteen\w*)\b",
        also=(
            r"\b(?:gedronken|opgedronken|ingeslikt|geslikt|gegeten|opgegeten|binnengekregen|"
            r"drinkt|slikt|in (?:zijn|haar) mond)\b",
        ),
        exclude=_PAST + r"|\b(?:bang dat|voorkomen|opbergen|wegzetten|kastslot|stel dat)\b",
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
        r"\b(?:pillen|tabletten|slaappillen|medicijnen|touw|strop|scheermes\w*|mes|geweer|pistool)\b"
        r"(?: [a-z]+){0,2} in (?:mijn|m'n) hand(?:en)?\b",
        also=(
            r"\b(?:weet niet (?:wat|of)|durf|twijfel|bang van mezelf|bang voor mezelf|niet meer|"
            r"help|eind|klaar)\b",
        ),
        exclude=r"\b(?:welke|hoeveel|apotheek|bijsluiter|moet ze|moet hij|geef ik)\b",
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
        r"\b(?:allergische reactie|anafylax\w*|zwelt op|opgezwollen|dikke tong|keel zit dicht|"
        r"keel (?:zwelt|gaat) dicht)\b",
        also=(r"\b(?:adem\w*|lucht|benauwd|slikken|gezicht|tong|keel|lippen)\b",),
        exclude=_PAST,
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "breathing",
        r"\b(?:kan|kon)<adv> (?:heel |erg )?moeilijk (?:ademen|ademhalen)\b|"
        r"\bademt<adv> (?:heel |erg )?moeilijk\b|\bhapt<adv> naar (?:lucht|adem)\b",
        also=(r"\b(?:ineens|opeens|plotseling|nu|net|blauw|zwelt|allergisch|borst|help|wit)\b",),
        exclude=_PAST + r"|\b(?:copd|astma|trap|lopen|fietsen|traplopen|inspanning)\b",
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
        exclude=_PAST + r"|\b(?:speelt|spelen|yoga|oefening\w*|fysio\w*|puzzel\w*|slaapt graag)\b",
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
        exclude=_PAST + r"|\b(?:lachen|lachkick|hoest\w*|woede\w*|paniekaanval)\b",
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
        exclude=_PAST,
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
        r"bijsluiter)\b|" + _PAST,
        scope="message",
    ),
    Rule(
        A,
        "unresponsive",
        r"\b(?:doet|krijgt|kan)<adv> (?:zijn|haar|dr) ogen<adv> niet (?:meer )?open\b|"
        r"\b(?:ligt|lag) (?:onderaan|onder aan|beneden aan) de trap\b",
        exclude=_PAST + r"|\b(?:s ochtends|s morgens|wakker worden|slaperig|moe)\b",
        negatable=False,
    ),
    Rule(
        A,
        "fire_or_gas",
        r"\b(?:koolmonoxide\w*|co melder|co alarm|comelder)\b",
        also=(r"\b(?:alarm|gaat af|piept|duizelig|misselijk|hoofdpijn|suf|flauw\w*|ligt)\b",),
        exclude=r"\b(?:aanschaf\w*|kopen|gekocht|vergoed\w*|installeren|ophangen|bang dat|"
        r"testen|getest|batterij\w*)\b|" + _PAST,
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
        r"reageert (?:niet|nauwelijks)|zakt (?:steeds |telkens )?weg|onsamenhangend|bewusteloos|"
        r"ademt raar|ademt zwak|hapt naar|suiker (?:is )?(?:heel |erg |te )?laag|hypo|trekkingen|"
        r"schuim op (?:de|zijn|haar) mond)\b",
        also=(
            r"\b(?:suf|slap|klam|zweterig|zweet|verward|koud|ijskoud|duizelig|braakt|gevallen|ligt|"
            r"bleek|wit|benauwd)\b",
        ),
        exclude=_PAST + r"|\b(?:sinds (?:de|zijn|haar)|altijd|vaak|soms|al jaren|s avonds|"
        r"blauwe plek\w*|blauw oog|bont en blauw|van de kou|handen|voeten|tenen|vingers|"
        r"sokken|trui|jas|verf\w*)\b",
        scope="message",
        negatable=False,
    ),
    Rule(
        A,
        "unresponsive",
        # Two serious signs in one message: "zakt steeds weg en praat onsamenhangend".
        rf"\b(?:{SERIOUS_SIGNS})\b.*\b(?:{SERIOUS_SIGNS})\b",
        exclude=_PAST + r"|\b(?:sinds (?:de|zijn|haar)|altijd|vaak|soms|al jaren|s avonds)\b",
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
        exclude=_PAST,
        negatable=False,
    ),
    Rule(
        A,
        "violence_now",
        r"\b(?:ik hoor het|hoor het aan de telefoon|aan de telefoon|er is iemand (?:in|bij)|"
        r"staat (?:nu )?voor de deur|is (?:nu )?binnen)\b",
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
            r"\b(?:reageert(?: [a-z]+)?<adv> niet|neemt<adv> (?:\w+ )?niet (?:meer )?op|niet (?:meer )?"
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
        exclude=_PAST + r"|\b(?:gevonden|terecht|thuisgebracht|weer thuis)\b",
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
        exclude=_PAST + r"|\b(?:al jaren|chronisch|reuma|artrose|fysio\w*|spierpijn|tillen)\b",
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
        exclude=_PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|altijd|toen|vroeger|"
        r"sleutel\w*|slot\w*|wind|storm|tocht|klemt|kluisje|sleutelkastje|thuiszorg|zuster)\b",
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
        r"vlieg\w*|wesp\w*|plant\w*|onkruid|batterij|telefoon|tv|computer|laptop|printer)\b",
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
        "water",
        # In the water now: "met haar scootmobiel de sloot in gereden", "krijgt haar hoofd niet boven
        # water".
        r"\b(?:sloot|vijver|kanaal|gracht|rivier|plas|meer|zee|zwembad|water|bad|badkuip|vaart|"
        r"wetering)\b(?: [a-z]+){0,3} (?:in|ingereden|ingelopen|ingevallen|ingegleden)(?: "
        r"(?:gereden|gevallen|gelopen|gegleden|geraakt|gerold|geduwd))?\b|"
        r"\b(?:hoofd|gezicht|mond)\b(?: [a-z]+){0,2} (?:niet )?(?:boven|onder) (?:het )?water\b|"
        r"\bonder water\b|\bverdrinkt\b|\baan het verdrinken\b|\bkopje onder\b",
        also=(
            r"\b(?:vast|zit|ligt|krijg|krijgt|kan|eruit|onder|boven|verdrinkt|verdrinken|help|"
            r"nu|net|zojuist|scootmobiel|rolstoel|auto|fiets|gleed|gegleden|gevallen|gereden|"
            r"gelopen|staat|staan|middel|terugkomen|komt niet)\b",
        ),
        exclude=_PAST + r"|\b(?:soms|vaak|weleens|wel eens|altijd|elke|iedere|zwemles|"
        r"zwemmen|aquarobics|hydrotherapie|badlift|badplank|douchestoel|glas water|drinkt|"
        r"vakantie|uitje|boot|rondvaart|vissen|kelder|lekkage|lekt|dak|regen|wasmachine|"
        r"kraan|bang dat|voorkomen|stel dat)\b",
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
        r"\b(?:grijpt|greep|trekt|trok|rukt|rukte)<adv> (?:aan |in )?(?:het|mijn|zijn) stuur\b|"
        r"\b(?:in|aan) het stuur (?:te )?(?:grijpen|trekken|rukken)\b",
        exclude=_PAST + r"|\b(?:soms|vaak|weleens|wel eens|elke|iedere|altijd|vroeger|toen|"
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
        exclude=_PAST + r"|\b(?:app\w*|bericht\w*|mail\w*|brief|telefoon|gemeente|steunpunt|"
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
        exclude=_PAST + r"|\b(?:kinderslot|bang dat|stel dat|parkeer\w*|stilstaat)\b",
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
        exclude=_PAST
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
        exclude=_PAST,
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
        exclude=_PAST + r"|\b(?:bril|sleutel\w*|gebit|pas|papieren|formulier|website|"
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
        exclude=_PAST + r"|\b(?:netjes|op tijd|voorgeschreven|zoals afgesproken|per dag|"
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
    Rule(
        A,
        "overdose",
        # "heel veel van de morfine gedronken, het flesje is leeg".
        rf"\b(?:heel veel|veel|alles|de hele fles|het hele flesje|een hele fles)\b(?: [a-z]+){{0,3}} "
        rf"(?:{DRUGS}|morfine\w*|drank)(?: [a-z]+){{0,2}} (?:gedronken|opgedronken|ingenomen|geslikt|op)\b|"
        r"\b(?:flesje|fles|doosje|potje|strip) (?:is )?(?:helemaal )?leeg\b",
        also=(rf"{DRUGS}|\bmorfine\w*|\b(?:slaapt|suf|wakker|reageert|gedronken|leeg)\b",),
        exclude=_PAST + r"|\b(?:apotheek|nieuwe|bestellen|herhaalrecept|bijvullen)\b",
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
        exclude=_PAST + r"|\b(?:al jaren|sinds (?:de|zijn|haar) (?:beroerte|ongeluk)|altijd)\b",
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
        exclude=_PAST + r"|\b(?:bril|sleutel\w*|gebit|pas|papieren|telefoon|tas|portemonnee|"
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
        exclude=_PAST
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
        r"mond)\b|\bmet een kussen\b(?: [a-z]+){0,3} (?:naast|bij|over)\b",
        also=(r"\b(?:stopt|stoppen|einde|niet meer|klaar|voorbij|ophouden|rust)\b",),
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
        exclude=_PAST + r"|\b(?:slikken lukt niet|kan niet slikken|moeite met slikken|"
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
        exclude=_PAST,
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
        exclude=_PAST + r"|\b(?:alcohol|drank|bier|wijn|koffie|sinds de diagnose|versterving|"
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
        exclude=_PAST + r"|\b(?:apotheek|apotheker|mag (?:ik|dat|je)|kan (?:ik|dat|je)|"
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
        exclude=_PAST + r"|\b(?:vergeet|vergeten|soms|vaak|weleens|wel eens|bang dat|stel dat|"
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
        exclude=_PAST + r"|\b(?:bril|sleutel\w*|gebit|telefoon|pas|papieren|formulier|website|"
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
        exclude=_PAST
        + r"|\b(?:soms|vaak|weleens|wel eens|grap\w*|haha\w*|wel wurgen)\b|\bik (?:heb|had) "
        r"(?:hem|haar)\b",
        scope="message",
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
        exclude=_JOKE,
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
        "caregiver_aggressive",
        r"\bik<adv> (?:word|werd|ben|was)<adv> (?:agressief|gewelddadig|handtastelijk)\b",
    ),
    Rule(
        BY,
        "caregiver_sedates",
        # Extra sleeping pills for the caregiver's rest: "ik geef hem een extra slaappil zodat ik
        # rust heb".
        r"\b(?:extra|stiekem|meer|dubbele|nog een|een paar|een halve)\b(?: [a-z]+){0,2} "
        r"(?:slaappil\w*|slaapmiddel\w*|slaaptablet\w*|pil|pillen|tablet\w*|kalmeringsmiddel\w*|"
        r"kalmeringspil\w*|oxazepam|temazepam|lorazepam|diazepam|haldol|druppels|rustgevend\w*|"
        r"slaapmedicatie|medicatie)\b",
        also=(
            "<ik>",
            r"\b(?:geef|gaf|geven|gegeven|doe|deed|stop|stopte|meng|mengde|gemengd|verstop)\b",
            r"\b(?:zodat|om|anders|stiekem|zonder dat|rust|slapen|doorslapen|slaapt|stil|rustig)\b",
        ),
        exclude=(
            r"\b(?:(?:dokter|huisarts|arts|specialist) (?:zei|zegt|heeft gezegd|vindt)|van de "
            r"(?:dokter|huisarts|arts) mag|voorgeschreven|mag dat|mag ik|mogen|advies|"
            r"geadviseerd|apotheek)\b"
        ),
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
        r"\b(?:heeft|hebben|had)<inv><adv> (?:me|mij)<adv>(?: (?:tegen|op|door|in|van) (?:de|een|het) "
        r"(?:muur|deur|kast|grond|vloer|trap|bank|bed|gang|keuken))? (?:geslagen|geschopt|gebeten|"
        r"gekrabd|geknepen|geduwd|gegooid|bedreigd|mishandeld|gewurgd|aangevallen|getrapt|gestompt|"
        r"pijn gedaan|een (?:klap|schop|duw|stomp|mep|tik) gegeven)\b",
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
        # "ze willen me vermoorden met al die formulieren": paperwork, said as a figure of speech.
        exclude=_ANIMALS
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
        rf"<gap> met (?:een |het |zijn |haar )?{WEAPONS}\b|"
        rf"\b{WEAPONS}<gap> (?:op me af|achter me aan|tegen me|naar me)\b",
        exclude=(
            r"\b(?:snij\w*|groente|brood|vlees|aardappel\w*|schillen|koken|kookt|houtsnij\w*|"
            r"wandel\w*|loopt met een stok|lopen met een stok)\b"
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
        "aggression_of_naaste",
        r"\b<agent><adv> (?:is|wordt|werd|was|reageert|doet)<adv> (?:verbaal |fysiek |erg |heel )?"
        r"(?:agressief|gewelddadig|handtastelijk|agressiever)\b|"
        r"\bmaakt<person><adv> (?:agressief|gewelddadig)\b|\b(?:veel|steeds meer|last van) "
        r"agressie\b",
        exclude=_PAST,
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
        exclude=_ANIMALS + r"|\b(?:testament|erfenis|grapje|haha)\b|\bik (?:dreig|roep|zeg)\b",
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
        exclude=_ANIMALS + r"|\bik (?:knijp|kneep|druk|duw|pak)\b",
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
    Rule(
        AB,
        "financial_abuse",
        # Someone takes the naaste's money: "mijn broer pakt geld van mijn moeder".
        r"\b(?:pakt|pakte|neemt|nam|haalt|haalde|pikt|pikte|jat|jatte|steelt|stal|opneemt|"
        r"afpakt)\b(?: [a-z0-9]+){0,4} (?:geld|pensioen\w*|spaargeld|pinpas|bankpas|sieraden|"
        r"euro|spaarcentjes|aow|uitkering|toeslag\w*|pgb)\b|\b(?:geld|pensioen\w*|spaargeld|pinpas|bankpas|sieraden)\b"
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
        exclude=r"\bik\b|\bmezelf\b|\bme op\b|\bmij op\b|\b(?:gordel\w*|auto|autostoel)\b|" + _PAST,
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
        exclude=_PAST + "|" + _ANIMALS + r"|\b(?:gevallen|val|vallen|sport|stoten|gestoten)\b",
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
        r"beetgepakt|knijp|kneep|geknepen|trek|trok|getrokken|duw|duwde|geduwd|schud|schudde|"
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
        r"mezelf)\b|" + _CAREGIVER_IS_VICTIM + "|" + _PASSIVE,
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
        exclude=_ANIMALS + r"|\b(?:kinderen op school|andere kinderen|klasgenoten|speelgoed)\b",
        scope="message",
    ),
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
        exclude=_ANIMALS + r"|\bik (?:brak|trek|trok|ruk|rukte|spuug|sloeg|gaf)\b|"
        r"\b(?:toen ik (?:viel|haar optilde|hem optilde)|tillen|optillen|gevallen)\b",
    ),
    Rule(
        AG,
        "naaste_hits_caregiver",
        r"\b<agent><adv> (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept|spuugt|spuwt|duwt)"
        r"(?: en (?:slaat|schopt|bijt|krabt|knijpt|stompt|trapt|mept|scheldt|spuugt|spuwt|duwt))+\b",
        exclude=_ANIMALS,
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
        exclude=_ANIMALS + "|" + _PAST + r"|\bik (?:heb|had)\b",
    ),
    Rule(
        AB,
        "abuse_by_other",
        r"\b<agent><adv> <naasteobj><adv>(?: [a-z]+){0,2} (?:heeft|had|hebben) (?:geslagen|geschopt|"
        r"geknepen|geduwd|mishandeld|uitgescholden|bedreigd|opgesloten|vastgebonden|vernederd|"
        r"misbruikt|aangerand|bestolen|pijn gedaan|getrokken|gesleurd|gestompt|geschud|vastgezet)\b",
        exclude=_ANIMALS + "|" + _PAST + r"|\bik (?:heb|had)\b",
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
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|hebben)<inv><adv> (?:me|mij)<adv>(?: [a-z]+){0,3} (?:gekrabt|gekrabd|"
        r"opengekrabd|gebeten|geslagen|geschopt|geknepen|gestompt|getrapt|gewurgd)\b",
        exclude=_ANIMALS + "|" + _PAST,
    ),
    Rule(
        AG,
        "aggression_of_naaste",
        r"\b<agent><adv> (?:is|wordt|werd)(?: [a-z]+){0,4} (?:agressief|gewelddadig|handtastelijk)\b",
        also=(r"\b(?:blauwe plek\w*|me|mij|ik|bang|slaat|sloeg|geslagen|pijn)\b",),
        exclude=_PAST + r"|\b(?:niet|nooit) (?:agressief|gewelddadig)\b",
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
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|gooide|goot|gooit|giet)<inv><adv> (?:me|mij)\b(?: [a-z]+){0,4} "
        r"(?:overgoten|overgegoten|overgieten)\b|\b(?:hete|kokende|heet|kokend) (?:thee|koffie|"
        r"water|soep)\b(?: [a-z]+){0,2} (?:over|naar) (?:me|mij)\b|"
        r"\b(?:gaat|ging|gaan)<adv> (?:me|mij)<adv> te lijf\b|"
        r"\b(?:heeft|had|hebben|gaf|geeft)<inv><adv> (?:me|mij)<adv> (?:een|paar|flinke|harde) "
        r"(?:klap|klappen|schop|duw|stomp|mep|tik|trap|kopstoot|dreun)(?: [a-z]+){0,3} "
        r"(?:gegeven|verkocht)?\b",
        exclude=_ANIMALS + "|" + _PAST + r"|\b(?:zetje|duwtje in de rug|goede richting)\b",
    ),
    Rule(
        AG,
        "naaste_restrains_caregiver",
        r"\blaat<adv> (?:me|mij)<adv> niet (?:gaan|weg|los|vertrekken)\b|"
        r"\b(?:houdt|hield)<adv> (?:me|mij)<adv> (?:[a-z]+ )?(?:vast|tegen)\b(?: [a-z]+){0,4} "
        r"(?:als|wanneer|zodat) ik\b",
        exclude=_ANIMALS + r"|\b(?:hand|handje|knuffel\w*|lief|angst\w* (?:om|dat))\b",
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
        exclude=r"\b(?:ik|me|mij) (?:uit|de huid)\b|\bscheldt (?:me|mij)\b|" + _PAST,
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
        AG,
        "naaste_hits_caregiver",
        r"\b(?:schopt|schopte|trapt|trapte|slaat|sloeg|stompt|stompte|bijt|beet|knijpt|kneep|krabt|"
        r"krabde|mept|mepte)\b(?: [a-z]+)? (?:tegen|in|op) mijn (?:benen|been|armen|arm|gezicht|"
        r"hoofd|buik|rug|schenen|scheen|borst|oog|kaak)\b",
        exclude=_ANIMALS + "|" + _PAST + r"|\bik (?:schop|trap|sla|stomp|bijt|knijp|krab|stoot)\b|"
        r"\b(?:bang|angst\w*|lief|troost|steun)\b",
    ),
    Rule(
        AG,
        "sexual_harassment",
        r"\b(?:dwingt|dwong|gedwongen|verplicht|verplichtte)\b(?: [a-z]+){0,3} (?:tot seks|tot "
        r"seksuele|seks)\b|\bseks\b(?: [a-z]+){0,3} (?:tegen mijn (?:zin|wil)|terwijl ik (?:niet|nee))\b",
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
        AG,
        "naaste_hits_caregiver",
        r"\b(?:heeft|had|hebben)<inv><adv> (?:me|mij)<adv>(?: [a-z]+){0,3} (?:gestoken|gesneden|"
        r"verwond|geprikt|gebrand|overgoten)\b",
        exclude=_ANIMALS + "|" + _PAST + r"|\b(?:naald|injectie|prik|bloedprik)\b",
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
        exclude=_ANIMALS,
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
        AG,
        "threat_against_caregiver",
        r"\b(?:steek|sla|maak|schiet) ik (?:je|jou|u) (?:neer|dood|af|kapot)\b|"
        r"\bmes onder (?:zijn|haar) (?:kussen|matras|bed)\b",
        negatable=False,
    ),
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
        BY,
        "caregiver_frightens",
        # Shouting until the naaste is afraid: scaring is violence, not only overload.
        r"\bik<adv> (?:schreeuw|schreeuwde|tier|tierde|gil|gilde|brul|brulde)\b",
        also=(
            r"\b(?:bang|doodsbang|verstopt|verstop|schrikt|trilt|trillen|ineenkrimpt|"
            r"krimpt ineen|wegkruipt|kruipt weg|gaat huilen|begint te huilen|in elkaar)\b",
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
        strength=V,
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
        # No food in the house, or only dry bread, while someone else should care.
        r"\b(?:er is|er staat|is er|staat er|er ligt|ligt er)<adv> (?:geen|niks|niets)(?: meer)? "
        r"(?:eten|te eten|in de koelkast|in huis)\b|\b(?:lege|een lege) koelkast\b|"
        r"\balleen (?:maar )?droog brood\b|\bmag (?:de deur|het huis) niet uit\b",
        also=(
            r"\b(?:komt|kwam|zorgt|zorgde|drinkt|woont|laat|vader|moeder|oom|tante|zus|broer|"
            r"buurvrouw|buurman|thuiszorg|tehuis|verzorging|scheldt|huilend)\b",
        ),
        exclude=_PAST + r"|\b(?:vergeet|vergeten|boodschappenlijst\w*|bezorg\w*|supermarkt|"
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
    Rule(
        AG,
        "threat_against_caregiver",
        # Afraid at home of the naaste: "ik durf niks meer te zeggen, ik ben bang in mijn eigen huis".
        r"\bbang in (?:mijn|ons) eigen huis\b|\bdurf (?:\w+ ){0,2}niet meer (?:naar )?(?:huis|thuis|"
        r"binnen)\b|\bdurf (?:niks|niets) meer te zeggen\b",
        strength=V,
        negatable=False,
    ),
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
        r"\b(?:weggelopen|vermist|verdwenen|zoekgeraakt)\b|\bis(?: [a-z0-9]+){0,3} (?:zoek|weg)\b"
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
            _SLAAN_IDIOMS + "|" + _CAREGIVER_IS_VICTIM + "|" + _PASSIVE + r"|\bmezelf\b|"
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
            _SLAAN_IDIOMS + "|" + _ANIMALS + "|" + _PAST + r"|\bik (?:heb|had)<adv> (?:me|mij)\b|"
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
        r"haar) [a-z]+)(?: [a-z]+){0,2} <naasteobj>(?: [a-z]+){0,3} <abuseverb>|"
        r"\bdie (?:hem|haar|hen|dr|(?:mijn|zijn|haar) [a-z]+)(?: [a-z]+){0,3} <abuseverb>",
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
    # Each its own rule, so that each gets its own literal gate.
    Rule(
        O,
        "cannot_cope",
        r"\bik<adv> (?:kan|kon)<adv>(?: het| er| dit)?<adv> niet meer(?: aan)?<stop>",
        negatable=False,
    ),
    # Wordings from blind round 12: an empty battery, a prisoner at home, dreading the door.
    Rule(
        O,
        "exhausted",
        r"\b(?:mijn )?(?:batterij|accu|tank|pijp) is<adv> leeg\b|\bop van de zenuwen\b|"
        r"\bde maat is<adv> vol\b|\bik<adv> (?:zie|zag)<adv> er<adv> (?:zo |enorm |zo erg )?tegenop\b|"
        r"\bik er<adv> (?:zo |enorm |zo erg )?tegenop (?:zie|zag)\b|"
        r"\bgevangene in (?:mijn )?(?:eigen )?huis\b|\bik kom<adv> nergens meer\b|"
        r"\b(?:houd|hou) (?:ik )?(?:het|dit) geen (?:week|maand|jaar|dag) meer vol\b|"
        r"\b(?:school|studie|werk) lukt<adv> niet meer\b",
        negatable=False,
    ),
    Rule(
        O,
        "cannot_cope",
        r"(?:^|(?<=\| ))kan<adv>(?: het| er)?<adv> niet meer(?: aan)?<stop>",
        negatable=False,
    ),
    Rule(
        O,
        "cannot_cope",
        r"\b(?:kan|kon)<adv> (?:het|dit|de zorg|deze zorg|alles|het allemaal)<adv> niet (?:meer |langer )?(?:opbrengen|volhouden|aan|dragen|trekken|bolwerken|handelen|hebben)\b",
        negatable=False,
    ),
    Rule(
        O,
        "cannot_cope",
        r"\bik<adv> (?:trek|trok)<adv> (?:het|dit)<adv> niet (?:lang |zo lang )?(?:meer|langer)\b",
        negatable=False,
    ),
    Rule(
        O,
        "cannot_cope",
        r"\bweet<adv> niet (?:meer )?hoe (?:het|ik)<adv> (?:nog )?verder (?:moet|moeten|kan|moet gaan)\b",
        negatable=False,
    ),
    Rule(O, "cannot_cope", r"\bik zit<adv> vast<end>", negatable=False),
    Rule(O, "cannot_cope", r"\bkan er<adv> niet meer tegen\b", negatable=False),
    Rule(
        O,
        "cannot_cope",
        r"\b(?:sta|zit)<adv> op (?:instorten|het punt (?:om )?in te storten)\b|\bik stort<adv> in\b",
        negatable=False,
    ),
    Rule(
        O,
        "cannot_cope",
        r"\bik<adv> (?:hou|houd|hield)<adv> (?:het|dit)<adv> niet (?:lang |zo lang )?(?:meer |langer )?vol\b|\bniet (?:meer |langer )?vol te houden\b",
        negatable=False,
    ),
    Rule(
        O,
        "cannot_cope",
        r"\bhoe lang ik (?:dit|het) nog (?:volhoud|vol hou|vol houd|volhou|trek|kan|ga volhouden|vol kan houden)\b",
        negatable=False,
    ),
    Rule(O, "cannot_cope", r"\bik<adv> red<adv> het<adv> niet (?:meer|langer)\b", negatable=False),
    Rule(O, "cannot_cope", r"\bik weet het<adv> niet meer<end>", negatable=False),
    Rule(O, "cannot_cope", r"\bzie het<adv> niet meer zitten\b", negatable=False),
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
    # Each its own rule, so that each gets its own literal gate.
    Rule(
        O,
        "exhausted",
        r"\bik<adv> ben<adv> (?:kapot|versleten|op|leeg|uitgewoond)<adv><end>",
        negatable=False,
    ),
    Rule(
        O,
        "exhausted",
        r"\bik<adv> ben<adv> mezelf<adv> kwijt\b|\b(?:mijn )?(?:eigen )?leven kwijt\b",
        negatable=False,
    ),
    Rule(
        O,
        "exhausted",
        r"\bik<adv> (?:brand|brandde)<adv> op\b|\b(?:dat|alsof) ik<adv> (?:opbrand|aan het opbranden ben)\b",
        negatable=False,
    ),
    Rule(O, "exhausted", r"\bop is op\b|(?:^|(?<=\| ))op (?:is )?op<end>", negatable=False),
    Rule(
        O,
        "exhausted",
        r"\bik<adv> (?:bolwerk|trek|red)<adv> (?:het|dit)<adv> (?:bijna )?niet (?:meer|langer)\b",
        negatable=False,
    ),
    Rule(O, "exhausted", r"\bhet gaat<adv> niet (?:meer|langer)<adv><end>", negatable=False),
    Rule(
        O,
        "exhausted",
        r"\bik heb<adv> geen (?:eigen )?leven(?: meer)?(?:<end>| naast\b)",
        negatable=False,
    ),
    Rule(
        O, "exhausted", r"\bgeen tijd (?:meer )?voor (?:mij|mezelf|mijzelf)<end>", negatable=False
    ),
    Rule(
        O,
        "exhausted",
        r"\bspijt\b(?: [a-z]+){0,6} (?:ja (?:heb )?gezegd|in huis (?:genomen|nemen|te nemen)|(?:aan )?begonnen)\b",
        negatable=False,
    ),
    Rule(
        O,
        "exhausted",
        r"\b(?:weet niet|geen idee) hoe (?:lang )?ik (?:dit|het) (?:nog )?(?:volhoud|vol hou|volhou|trek|red)\b",
        negatable=False,
    ),
    Rule(
        O,
        "exhausted",
        r"\bhuil<adv> (?:om niks|om niets|heel veel|veel|elke dag|elke avond|elke nacht|iedere dag|de hele dag|steeds|constant|alleen maar)\b",
        negatable=False,
    ),
    Rule(O, "exhausted", r"\bik<adv> er<adv> (?:aan )?onderdoor (?:ga|gaan)\b", negatable=False),
    Rule(
        O,
        "exhausted",
        r"\bniet (?:meer )?slapen van (?:de )?(?:zorgen|stress|piekeren|spanning)\b",
        negatable=False,
    ),
)


def _required_literals(items: sre_parse.SubPattern | list) -> frozenset[str] | None:
    """Strings of which every match of the parsed pattern contains one, or None when unknown.

    Sound by construction: only a literal run, a required group, a repeat of at least one, or every
    alternative of a branch can give a requirement; anything else (classes, lookarounds, optional
    parts) gives none. tests/safety checks that the gates never change a result.
    """
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, value in items:
        if op == sre_constants.LITERAL:
            run.append(chr(value))
            continue
        close_run()
        if op == sre_constants.BRANCH:
            alternatives = [_required_literals(alternative) for alternative in value[1]]
            if all(alternative is not None for alternative in alternatives):
                candidates.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op == sre_constants.SUBPATTERN:
            required = _required_literals(value[-1])
            if required is not None:
                candidates.append(required)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            required = _required_literals(value[2])
            if required is not None:
                candidates.append(required)
    close_run()
    candidates = [candidate for candidate in candidates if candidate and all(candidate)]
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda found: (min(map(len, found)) >= 3, -len(found), min(map(len, found))),
    )


_MIN_GATE_LENGTH = 3


def _gate(expanded: str) -> tuple[str, ...] | None:
    try:
        required = _required_literals(sre_parse.parse(expanded))
    except Exception:  # no gate is always safe
        return None
    if required is None or min(map(len, required)) < _MIN_GATE_LENGTH:
        return None
    return tuple(sorted(required))


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
            strength=rule.strength,
            scope=rule.scope,
            needs=frozenset(rule.needs),
            separate=rule.separate,
            gate=_gate(_expand(rule.pattern)),
        )
        for rule in RULES
    )
