"""Two tiers of safety reply: full help at once, or a short check question that shows the numbers.

- FULL: the deterministic rules (bot/safety/detector.py) see a crisis in clear wording, or danger to
  life. The first reply gives the right help line (113, 112, Veilig Thuis) and offers an urgent call.
- CHECK: the wording is veiled ("het hoeft voor mij niet meer", "iedereen is beter af zonder mij"),
  or only the trained model hears a crisis. Veiled wording is usually, not always, a crisis, and a
  model can be wrong on an ordinary sentence; a suicide line for an ordinary sentence costs the
  caregiver's trust and leaves the real question unanswered. So the assistant asks "Denkt u aan
  zelfdoding, of is iemand in gevaar?" with 113 and 112 on the same line; "ja" gets full help, "nee"
  reads the message as an ordinary one.
- NONE: no crisis. ("Ik kan niet meer" is overload: heavy, answered with the offer of a person.)
  Also when only the model hears a crisis in an everyday look-alike ("ik schrok me dood", "mijn
  vader viel vanochtend, mag ik van mijn werk weg?"): see `detector.is_everyday_lookalike`.

Per category (the rules' strength is set per pattern in bot/safety/patterns/):

| category                        | rules, clear wording | rules, veiled wording only | model only |
| ------------------------------- | -------------------- | -------------------------- | ---------- |
| acute_danger (112)              | FULL                 | – (always clear)           | FULL, 112  |
| suicide (113)                   | FULL                 | CHECK                      | CHECK      |
| violence_by_caregiver (VT)      | FULL                 | CHECK                      | CHECK      |
| violence_against_caregiver (VT) | FULL                 | CHECK                      | CHECK      |
| abuse_or_neglect (VT)           | FULL                 | CHECK                      | CHECK      |
| overload                        | NONE (overload reply)| –                          | –          |
| everyday look-alike             | –                    | –                          | NONE       |

Veiled or model only, in danger now: the model cannot name a category, and veiled wording does not
say when. A crisis either of them sees is acute danger when the message also says that a life is
in danger now (`danger_now`): a sign of the body ("reageert niet", "het bloed stopt niet"), or a
means next to a word of now ("hij zit nu met het geweer in de schuur", "ik sta nu op het perron").
That gets full help with 112 first, never a question: asking first costs minutes that a life may
not have. ("De pillen liggen klaar" says no time: still the check question.) Signs of the body
count in a layperson's words too ("wit en klam", "haar borst drukt", "zijn keel wordt dik"); a word
of now is also a time still to come ("morgen", "straks", "het is zover"), a goodbye as the last
word, or where the writer is ("ik zit op de badkamer met ..."). The same holds for a
suicide signal in clear words: with a means and a word of now beside it, 112 comes first.

"Model only" is the crisis model (bot/safety/model.py) at MODEL_CHECK_THRESHOLD or above while the
rules see no crisis, when the message holds a word of risk (RISK_WORDS: death, harm, means,
violence, danger, "niet meer ..."), or at MODEL_SURE_THRESHOLD in a message of some length: the
model was trained on crisis sentences that mention "mijn man" or "mijn moeder", and must not ask
about suicide when that is all a short message says.

VT = Veilig Thuis. Veiled wording next to a clear signal of any crisis category is FULL; concrete
means or a time next to veiled wording ("de pillen liggen klaar en ik neem ze vannacht") is clear
and, for a time or a place, acute danger. Acute danger to life is always FULL: its rules never ask
first. The model is enough for FULL only together with `danger_now`.
"""

from __future__ import annotations

import re
from enum import Enum

from bot.safety.categories import SafetyCategory
from bot.safety.detector import SafetySignal, detect_safety_signal, is_everyday_lookalike, not_now
from bot.safety.normalize import normalise
from bot.safety.patterns import DRUGS, SERIOUS_SIGNS, WEAPONS

# The crisis model's probability a crisis needs before the check question is asked: from
# MODEL_CHECK_THRESHOLD next to a word of risk, from MODEL_SURE_THRESHOLD in a message of at least
# MODEL_SURE_MIN_WORDS words without one ("hij heeft me tegen de muur gedrukt en mijn keel
# vastgepakt"). Chosen on blind round 8 (development): the check question costs little, a missed
# crisis a lot; look-alikes that got the check stayed at 4 of 64. The sure threshold was raised from
# 0.85 to 0.88 after round 23: over the nine development rounds (649 crisis messages) it catches
# the same 646, and it no longer asks ordinary intake answers of the development personas ("ik ben
# gepensioneerd, zelf heb ik last van mijn hart") whether they think of suicide (12 → 9 of 1,969).
MODEL_CHECK_THRESHOLD = 0.6
MODEL_SURE_THRESHOLD = 0.88
MODEL_SURE_MIN_WORDS = 8
# The model alone lifts a message that says "now" to full help with 112 only from this
# probability: just above the check threshold, "slaat hij nou op tilt of komt het door de nieuwe
# medicijnen?" (a drug and a word of now) got 112. Over every safety round but held-out 45 this costs no
# danger to life (1,026 of 1,033 either way) and spares two look-alikes.
MODEL_DANGER_THRESHOLD = 0.7
# Words of risk (stems, on folded text). Without one, the model alone never asks the check question.
RISK_WORDS = re.compile(
    # "mijn leven draait om haar ziekte", "ik mis mijn eigen leven", "een tunnel zonder einde":
    # the weight of the care.
    r"\b(?:dood|doden|sterf|sterv|overlijd|overleden|(?<!eigen )leven(?! draait)|zelfmoord|"
    r"zelfdoding|suicid|(?<!zonder )(?<!geen )einde|"
    # "ik kan gewoon niet uitstappen" is sitting in the car without the energy to go in.
    r"eruit stap|eruit te stap|(?<!niet )uitstap(?!\w* uit de (?:auto|bus|trein|tram|taxi))|uit stap|spring|brug|spoor|trein|pil|pillen|slaappil|medicijn|"
    r"insuline|morfine|overdosis|touw|"
    r"ophang|opgehangen|mes|messen|snij|gesneden|bloed|adem|bewusteloos|reageert|reageren|"
    r"sla(?!ap|p)|slaat|sloeg|geslagen|duw|duwen|duwt|geduwd|schop|schopt|geschopt|knijp|geknepen|"
    # Pain alone is everyday in care ("pijn in haar spieren"); causing it is not.
    r"pijn (?:doe|gedaan|te doen)|(?:doet|doe|deed) (?:me|mij|hem|haar) pijn|bedreig|dreig|bang|angst|gevaar|misbruik|mishandel|verwaarloos|"
    r"opsluit|opgesloten|"
    r"vastbind|vastgebonden|afpak|pinpas|bankpas|gas|brand|vuur|rook|ambulance|112|113|"
    r"geweld|agressie|agressief|wurg|stik|verdrink|weglopen|kwijt|vermist|"
    # "bestaan er kranen die ...?" asks what exists.
    # "als ik er niet ben" is absence for a while: "wat als hij een aanval krijgt als ik er niet ben?"
    r"bestaan(?! er\b)|uitweg|zinloos|beter af|zonder mij|afscheid|vrede|er niet meer (?:zijn|ben|is)|"
    r"(?<!als ik )(?<!wanneer ik )er niet (?:zijn|ben|is)|"
    r"(?:ben|is|zijn) (?:ik|hij|zij|ze|we|wij) er (?:dan |straks |morgen )?niet(?: meer)?|"
    r"inslapen|in te slapen|naar beneden|testament|op orde|vaarwel|spijt me|tegenhouden|"
    # "Ik ga het nu doen. Sorry.": short, with no word of risk but the goodbye.
    r"sorry voor alles|laatste bericht|ga het (?:nu |vannacht |vanavond |straks )?doen|"
    r"(?:moeilijk|geen|amper|nauwelijks) lucht|borst|keel(?: \w+){0,2} (?:dik|zwelt)|klam|flauw|"
    r"hou\w* me tegen|hamer|bijl|pistool|geweer|wapen|knuppel|"
    r"niet meer (?:wakker|zijn|leven|verder|"
    r"hoeven|willen|kan|zien|zitten)|hoeft (?:\w+ ){0,3}niet meer|wil (?:\w+ ){0,2}niet meer)\w*"
)


# A life in danger now, in words the model needs beside it (bot/safety/patterns/acute_danger.py has the rules).
_NOW = (
    r"\b(?:net|nu|zojuist|zonet|zo net|op dit moment|vanavond|vannacht|meteen|snel|help|"
    r"nog steeds|naast me|naast mij|bij me|in mijn hand|in mijn handen|in m n hand)\b|"
    # An end told with its hour: "vanavond is het klaar", "straks is het voorbij".
    r"\b(?:vanavond|vannacht|straks|vandaag|morgen) (?:is|ben) (?:het|ik) (?:dan )?(?:klaar|voorbij|"
    r"afgelopen|weg)\b|"
    # A time still to come, or the moment come: "morgen hoeft niemand meer", "ik denk dat het nu
    # zover is".
    r"\b(?:morgen|morgenvroeg|straks|zo meteen|zometeen|het zover|nu zover|ga zo|ik ga zo)\b|"
    # A goodbye as the last word: "ik wilde alleen nog zeggen dat het niet aan jullie ligt. dag."
    r"(?<!fijne )(?<!goede )(?<!mooie )(?<!prettige )(?<!een )(?<!hele )\b(?:dag|vaarwel|doei)$|"
    r"\bvaarwel\b|"
    # Where the writer is, told in the present: "ik zit op de badkamer met het scheermesje".
    r"\bik (?:zit|sta|lig) (?:nu |hier )?(?:op|in|aan|bij|naast|boven)\b|"
    # Waiting for the moment: "ik wacht tot hij slaapt en dan neem ik ze".
    r"\bwacht tot (?:hij|ze|zij|iedereen|mijn \w+) (?:slaapt|slapen|weg is|de deur uit is)\b"
)
_MEANS = (
    rf"{DRUGS}|\b{WEAPONS}\b|\b(?:touw|strop|hing|hangt|opgehangen|losgesneden|gaskraan|gas|"
    r"garage|uitlaat|perron|trein|spoor|brug|dak|balkon|reling|sloot|water|rivier|kanaal|vriest|"
    # "hij belt nu steeds dat hij gaat springen": the jump is the means.
    r"springen|springt|spring|parkeergarage|flat|viaduct|dakrand|hoogte|"
    # "vanavond is het klaar. bedankt voor alles": a farewell is its own means of telling.
    r"bedankt voor alles|zaken op orde|zaakjes op orde|afscheidsbrie\w*|testament|vaarwel|"
    r"het spijt me|brief|brieven|afscheid genomen|raam|naar beneden|bloedverdunner\w*|voorgoed|"
    r"op orde|code van (?:mijn|m n) telefoon|wachtwoorden|"
    # "heb mijn spaargeld al naar mijn dochter overgemaakt en de kat naar de buren gebracht"
    r"spaargeld|(?:kat|poes|hond|honden|katten) (?:\w+ ){0,4}(?:gebracht|ondergebracht)|"
    r"samen (?:gaan|inslapen|in te slapen|eruit stappen|sterven)|"
    r"min (?:[0-9]+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)|"
    r"gevroren|vorst|brand|rook|vlammen|vermoord\w*|insulinepen\w*|"
    # "dan druk ik zijn mond dicht tot hij stil is. ik sta nu bij hem"
    r"kussen (?:op|over) (?:zijn|haar|z n|d r) (?:gezicht|hoofd|mond)|mond dicht|neus dicht|"
    r"keel dicht)\b"
)
_BODY_NOW = (
    rf"\b(?:{SERIOUS_SIGNS}|ademt niet|het bloed (?:stopt|blijft)|bloedt (?:heel |erg )?(?:veel|hard)|"
    r"(?:staat|staan|stond|ligt|liggen|zit) (?:\w+ ){0,4}in het water|motor (?:aan|draait|loopt))\b|"
    # Signs of the body in plain words: breathing, waking, colour, a swelling throat, the heart.
    r"\b(?:niet meer (?:ademen|ademt)|(?:wordt|werd) niet (?:meer )?wakker|praat niet meer|"
    r"reageert (?:hij |ze |zij )?(?:haast|bijna|amper) niet|heel wit|(?:wit|bleek|grauw) en "
    r"(?:zweterig|klam)|zweet\w* en (?:is )?(?:heel )?verward|verward en zweet\w*|"
    r"(?:moeilijk|geen|amper|nauwelijks) lucht|hou\w* me tegen|"
    r"(?:lippen|tong|keel|gezicht)\b(?: \w+){0,3} (?:heel |erg )?(?:dik|opgezwollen|zwelt|zwellen)|"
    r"flauwgevallen|hart klopt (?:heel |erg )?(?:langzaam|raar|onregelmatig)|bloed onder de deur|"
    r"rookalarm|brandalarm|rookmelder (?:gaat|piept)|niet (?:meer )?bij (?:bewustzijn|kennis)|"
    r"pijn op de borst|borst (?:\w+ )?(?:drukt|knelt)|mond (?:hangt|staat) scheef|"
    r"kan (?:ineens |opeens )?niet meer (?:praten|slikken|ademen)|ingeslikt|doorgeslikt|"
    # "ik krijg haar niet goed wakker", "hij rilt niet eens meer", "de huid laat los", "ze zit op
    # slot en ik hoor niks meer"
    r"(?:krijg|kreeg|krijgen) (?:hem|haar|m) (?:niet|nauwelijks) (?:goed |meer )?wakker|"
    r"rilt (?:niet eens|zelfs niet|niet) meer|huid (?:laat|komt) los|ik hoor (?:niks|niets) meer|"
    r"ik hoor (?:hem|haar) niet meer|geen (?:hartslag|pols))\b"
)
# Three plain searches: lookaheads over the whole message at every position took a minute on a
# message of 20,000 characters.
_NOW_WORD = re.compile(_NOW)
_MEANS_WORD = re.compile(_MEANS)
_BODY_IN_DANGER = re.compile(_BODY_NOW)
_KEPT_SAFE = re.compile(
    r"\b(?:kluis\w*|achter slot|op slot gedaan|opgeborgen|weggelegd|opgeruimd|weggehaald|"
    r"weggegooid|ingeleverd|teruggebracht|veilig (?:opgeborgen|bewaard|weggelegd))\b"
)


def danger_now(text: str) -> bool:
    """The message says a life is in danger now: a sign of the body, or a means beside a word of
    now. Only ever read together with the model (`safety_tier`). Means put away safely ("nu liggen
    de pillen in een kluisje") are the opposite of danger."""
    folded = normalise(text)
    # "wat moet ik doen als hij ooit weer in een psychose raakt? nu gaat het goed", "gisteren
    # flauwgevallen bij het bloedprikken, niks ernstigs"
    if not_now(folded):
        return False
    if _BODY_IN_DANGER.search(folded):
        return True
    if _KEPT_SAFE.search(folded):
        return False
    return bool(_NOW_WORD.search(folded) and _MEANS_WORD.search(folded))


def has_risk_words(text: str) -> bool:
    return bool(RISK_WORDS.search(normalise(text)))


class Tier(str, Enum):
    FULL = "full"
    CHECK = "check"
    NONE = "none"


def rules_tier(signal: SafetySignal | None) -> Tier:
    """The tier the rules alone give: FULL for clear wording or acute danger, CHECK for veiled."""
    if signal is None or not signal.is_crisis:
        return Tier.NONE
    if signal.certain or SafetyCategory.ACUTE_DANGER in signal.categories:
        return Tier.FULL
    return Tier.CHECK


def safety_tier(text: str, crisis_probability: float | None) -> tuple[Tier, SafetySignal | None]:
    """The tier of reply a message needs, and the rules' signal when they saw one."""
    signal = detect_safety_signal(text)
    tier = rules_tier(signal)
    if tier is Tier.FULL:
        if (
            signal is not None
            and SafetyCategory.SUICIDE in signal.categories
            and SafetyCategory.ACUTE_DANGER not in signal.categories
            and danger_now(text)
        ):
            # "hij gaat zich vannacht van het leven beroven, hij heeft een touw gekocht": clear
            # words, a means and a time: 112 first, as for veiled words.
            return tier, in_danger_now(signal)
        return tier, signal
    if tier is Tier.NONE and (
        not model_hears_a_crisis(text, crisis_probability) or is_everyday_lookalike(text)
    ):
        return Tier.NONE, signal
    heard_by_rules = tier is Tier.CHECK
    sure_enough = (crisis_probability or 0.0) >= MODEL_DANGER_THRESHOLD
    if danger_now(text) and (heard_by_rules or sure_enough):
        return Tier.FULL, in_danger_now(signal)
    return Tier.CHECK, signal


def in_danger_now(signal: SafetySignal | None) -> SafetySignal:
    """A veiled or model-only crisis in a message that says a life is in danger now: acute danger
    first, then what the rules saw, or 113 when they saw nothing (a means at hand is as often about
    the caregiver's own life)."""
    seen = (
        signal.categories if signal is not None and signal.is_crisis else (SafetyCategory.SUICIDE,)
    )
    return SafetySignal(
        category=SafetyCategory.ACUTE_DANGER,
        urgency="acuut",
        signals=(*(signal.signals if signal is not None else ()), "danger_now"),
        categories=(SafetyCategory.ACUTE_DANGER, *seen),
    )


def model_hears_a_crisis(text: str, crisis_probability: float | None) -> bool:
    if crisis_probability is None or crisis_probability < MODEL_CHECK_THRESHOLD:
        return False
    if has_risk_words(text):
        return True
    return crisis_probability >= MODEL_SURE_THRESHOLD and len(text.split()) >= MODEL_SURE_MIN_WORDS
