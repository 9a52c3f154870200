"""Overload: high burden, not a crisis; asked about gently.

The rule format, the macros and the decisions behind these rules: bot/safety/patterns/__init__.py.
"""

from __future__ import annotations

from bot.safety.patterns.compile import O, Rule, phrasings
from bot.safety.patterns.macros import PAST

# The rules are alike in shape only: each Rule(...) is one signal with its own words.
RULES: tuple[Rule, ...] = (
    # --- overload (not a crisis) ------------------------------------------------------------------
    # Each its own rule, so that each gets its own literal gate.
    Rule(
        O,
        "cannot_cope",
        r"\bik<adv> (?:kan|kon)<adv>(?: het| er| dit)?<adv> niet meer(?: aan)?<stop>",
        negatable=False,
    ),
    # The naaste's aggression told as part of the illness ("alzheimer, en hij wordt steeds
    # agressiever"): heavy, not violence against the caregiver until an act or fear is told
    # (violence_against_caregiver.py, "aggression_of_naaste" with `also`). Blind persona writers
    # told it as the illness, and Veilig Thuis for it read as not listening.
    Rule(
        O,
        "aggression_of_naaste",
        r"\b<agent><adv> (?:is|wordt|werd|was|reageert|doet)<adv> (?:verbaal |fysiek |erg |heel )?"
        r"(?:agressief|gewelddadig|handtastelijk|agressiever)\b|"
        r"\bmaakt<person><adv> (?:agressief|gewelddadig)\b|\b(?:veel|steeds meer|last van) "
        r"agressie\b",
        exclude=PAST,
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
    *phrasings(
        O,
        "cannot_cope",
        r"(?:^|(?<=\| ))kan<adv>(?: het| er)?<adv> niet meer(?: aan)?<stop>",
        r"\b(?:kan|kon)<adv> (?:het|dit|de zorg|deze zorg|alles|het allemaal)<adv> niet (?:meer |langer )?(?:opbrengen|volhouden|aan|dragen|trekken|bolwerken|handelen|hebben)\b",
        r"\bik<adv> (?:trek|trok)<adv> (?:het|dit)<adv> niet (?:lang |zo lang )?(?:meer|langer)\b",
        r"\bweet<adv> niet (?:meer )?hoe (?:het|ik)<adv> (?:nog )?verder (?:moet|moeten|kan|moet gaan)\b",
        r"\bik zit<adv> vast<end>",
        r"\bkan er<adv> niet meer tegen\b",
        r"\b(?:sta|zit)<adv> op (?:instorten|het punt (?:om )?in te storten)\b|\bik stort<adv> in\b",
        r"\bik<adv> (?:hou|houd|hield)<adv> (?:het|dit)<adv> niet (?:lang |zo lang )?(?:meer |langer )?vol\b|\bniet (?:meer |langer )?vol te houden\b",
        r"\bhoe lang ik (?:dit|het) nog (?:volhoud|vol hou|vol houd|volhou|trek|kan|ga volhouden|vol kan houden)\b",
        r"\bik<adv> red<adv> het<adv> niet (?:meer|langer)\b",
        r"\bik weet het<adv> niet meer<end>",
        r"\bzie het<adv> niet meer zitten\b",
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
    # Each its own rule, so that each gets its own literal gate.
    *phrasings(
        O,
        "exhausted",
        r"\bik<adv> ben<adv> (?:kapot|versleten|op|leeg|uitgewoond)<adv><end>|"
        # "omdat ik op ben", "want ik ben op"
        r"\b(?:omdat|want|als|doordat) ik (?:zo |helemaal |echt )?(?:op|leeg|kapot) ben\b",
        r"\bik ben (?:zo )?(?:ontzettend|verschrikkelijk|enorm|vreselijk|intens) (?:moe|uitgeput)\b",
        r"\bik<adv> ben<adv> mezelf<adv> kwijt\b|\b(?:mijn )?(?:eigen )?leven kwijt\b",
        r"\bik<adv> (?:brand|brandde)<adv> op\b|\b(?:dat|alsof) ik<adv> (?:opbrand|aan het opbranden ben)\b",
        r"\bop is op\b|(?:^|(?<=\| ))op (?:is )?op<end>",
        r"\bik<adv> (?:bolwerk|trek|red)<adv> (?:het|dit)<adv> (?:bijna )?niet (?:meer|langer)\b",
        r"\bhet gaat<adv> niet (?:meer|langer)<adv><end>",
        r"\bzo gaat het<adv> niet (?:meer|langer)\b",
        r"\bik heb<adv> geen (?:eigen )?leven(?: meer)?(?:<end>| naast\b)",
        r"\bgeen tijd (?:meer )?voor (?:mij|mezelf|mijzelf)<end>",
        r"\bspijt\b(?: [a-z]+){0,6} (?:ja (?:heb )?gezegd|in huis (?:genomen|nemen|te nemen)|(?:aan )?begonnen)\b",
        r"\b(?:weet niet|geen idee) hoe (?:lang )?ik (?:dit|het) (?:nog )?(?:volhoud|vol hou|volhou|trek|red)\b",
        r"\bhuil<adv> (?:om niks|om niets|heel veel|veel|elke dag|elke avond|elke nacht|iedere dag|de hele dag|steeds|constant|alleen maar)\b",
        r"\bik<adv> er<adv> (?:aan )?onderdoor (?:ga|gaan)\b",
        r"\bniet (?:meer )?slapen van (?:de )?(?:zorgen|stress|piekeren|spanning)\b",
        # "ben er klaar mee. niet met leven hoor, met al dat geregel": done with the care's work.
        r"\b(?:ik )?ben er<adv> klaar mee<end>",
        # "mijn lijf protesteert. hoofdpijn, hartkloppingen, ... ik zorg al negen jaar"
        r"\bmijn (?:lijf|lichaam) protesteert\b",
        # "ik draai op de automatische piloot", "ik herken mezelf niet meer"
        r"\b(?:op de )?automatische piloot\b|\bik<adv> herken<adv> mezelf<adv> niet (?:meer|terug)\b",
        negatable=False,
    ),
)
