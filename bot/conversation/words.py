"""Reading short answers the same way for every question: yes, no, a typed button, a skip.

These work on the text first and the model's intent second: "ja hoor" is yes whatever the model
thought, and a caregiver who types a button's title means that button.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.intake.dialogue import Turn
from bot.intake.dutch_numbers import replace_number_words
from bot.intake.lexicon import RELATION_WORDS
from bot.intake.typos import COMMON_WORDS
from bot.settings import PROJECT_ROOT
from bot.text.words import word_text

# Every word the assistant has seen used: the training sentences and the knowledge base.
_VOCABULARY_SOURCES = ("data/nlu", "knowledge/data")

_YES_STARTS = (
    "ja", "jawel", "jaa", "jah", "jep", "jup", "yes", "yep", "klopt", "dat klopt", "correct",
    "ok", "oke", "okay", "okee", "prima", "goed", "is goed", "dat is goed", "zeker", "graag",
    "doe maar", "ga je gang", "ga uw gang", "akkoord", "natuurlijk", "uiteraard", "inderdaad",
    "prima hoor", "helemaal goed", "top", "yes graag", "ja hoor", "idd",
)  # fmt: skip
_NO_STARTS = (
    "nee", "neen", "nope", "no", "neej", "nein", "niet", "liever niet", "nu niet", "klopt niet",
    "dat klopt niet", "hoeft niet", "nee hoor", "nee dank", "nee bedankt", "niet nodig",
    "geen behoefte", "nah", "nooit", "absoluut niet", "zeker niet", "nog niet", "niet nu",
    "laat maar", "dat wil ik niet", "dat hoeft niet", "nee liever niet", "neuh", "neu", "neh",
    "nu even niet", "nu effe niet", "even niet", "effe niet", "nu liever niet",
)  # fmt: skip
_YES_WORDS = frozenset({"ja", "jawel", "jaa", "jep", "yes", "evet", "tak"})
_NO_WORDS = frozenset({"nee", "neen", "no", "nope", "hayir", "yok", "nie"})
MAX_WORDS_OF_A_SHORT_YES_OR_NO = 3
_PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?\s*$", re.DOTALL)


def fold(text: str) -> str:
    """The folded words, single spaces ("Ja, dat klopt!" -> "ja dat klopt"), by the toolkit's rule.

    Hyphens split (`split_hyphens`), as in the burden check's answers: the patterns here are
    phrases ("mee tellen", "heen en terug"), and a button title is typed with or without them.
    """
    return word_text(text, split_hyphens=True)


def _starts_with(folded: str, starts: Sequence[str]) -> bool:
    return any(folded == s or folded.startswith(s + " ") for s in starts)


def yes_or_no(turn: Turn) -> bool | None:
    """True for yes, False for no, None when the message is neither."""
    if turn.is_payload:
        return {"affirm": True, "deny": False}.get(turn.intent or "")
    folded = fold(turn.text)
    if _starts_with(folded, _NO_STARTS):
        return False
    if _starts_with(folded, _YES_STARTS):
        return True
    # "yok nee", "ehh ja", "evet": a short answer with one yes or no word in it, also in the
    # languages a caregiver may think in (Turkish, Polish).
    words = set(folded.split())
    if len(words) <= MAX_WORDS_OF_A_SHORT_YES_OR_NO:
        said_no, said_yes = bool(words & _NO_WORDS), bool(words & _YES_WORDS)
        if said_no != said_yes:
            return said_yes
    if len(folded.split()) <= 6 and turn.confidence >= 0.6:
        return {"affirm": True, "deny": False}.get(turn.intent or "")
    return None


def payload_turn(payload: str, text: str | None = None) -> Turn | None:
    """A button's payload ("/tell_situation{\"answer\": \"ouder\"}") as the turn it stands for."""
    match = _PAYLOAD.match(payload.strip())
    if not match:
        return None
    entities = []
    if match.group(2):
        try:
            values = json.loads(match.group(2))
        except json.JSONDecodeError:
            values = {}
        entities = [{"entity": k, "value": v} for k, v in values.items()]
    return Turn(text=payload.strip(), intent=match.group(1), entities=tuple(entities))


def typed_button(turn: Turn, buttons: Sequence[Sequence[str]]) -> Turn:
    """The button the caregiver means when they type its title ("werk", "Ja, dat klopt")."""
    if turn.is_payload or not buttons:
        return turn
    typed = fold(turn.text)
    if not typed:
        return turn
    best: tuple[float, str] | None = None
    for title, payload in buttons:
        wanted = fold(title)
        score = 100.0 if typed == wanted else 0.0
        if not score and len(wanted) >= 5 and len(typed) >= 4:
            score = fuzz.ratio(typed, wanted)
        if score >= 88 and (best is None or score > best[0]):
            best = (score, payload)
    if best is None:
        return turn
    pressed = payload_turn(best[1])
    return replace(pressed, requested_slot=turn.requested_slot) if pressed else turn


_QUESTION_START = re.compile(
    r"(?:wat|hoe|hoeveel|hoelang|waar|wanneer|waarom|welke|welk|wie|is er|zijn er|kan ik|kun je|kunt u|mag ik|"
    r"moet ik|heeft|hebben|heb je|heeft u|bestaat|krijg ik|kom ik|weet u|weet jij|weet je|"
    # "tel ik ook als mantelzorger als opa": the verb first asks, also without a question mark.
    r"tel ik|telt dat|ben ik (?:\w+ ){0,2}mantelzorger|geldt dat|geldt dit|hoor ik (?:\w+ )?(?:bij|erbij)|"
    r"val ik (?:\w+ )?onder|word ik (?:\w+ )?(?:gezien|gebeld|beschouwd)|heb ik recht|is dit wel|"
    r"is dat wel|is het normaal|"
    # "krijg je daar ook iets voor als je jong bent": the verb first, then "je" or "u".
    # "kan hij zelf begeleiding krijgen voor zn post enzo": the verb first, then the naaste.
    r"(?:kan|kunnen|mag|mogen|moet|krijgt|krijgen|hoeft|heeft) (?:hij|zij|ze|mijn \w+|m n \w+) (?:zelf|ook|"
    r"ergens|daar|hier|dan|wel|nog)|"
    r"(?:krijg|kan|kun|mag|moet|hoef|word|ben|heb) (?:je|jij)|(?:krijgt|kunt|mag|moet|hoeft|wordt|"
    r"bent|heeft) u|(?:kost|kosten|werkt|duurt|telt) (?:dat|dit|het)|(?:doen|hebben|helpen|bieden|"
    r"kunnen|bellen) jullie|"
    # "kan het ook in het weekend, doordeweeks heb ik school": the verb first, then what is asked.
    r"(?:kan|kunnen|mag|is|zijn|komt|gaat) (?:dat|dit|het|die|zo n \w+) (?:ook|wel|nog|alleen|"
    r"gewoon)|"
    # "is dat gratis of moet ik iets betalen": the verb first, then what it costs or is.
    r"(?:is|zijn|wordt|worden) (?:dat|dit|het|die|deze) (?:\w+ )?(?:gratis|kosteloos|betaald|duur|"
    r"vergoed|verplicht|nodig|open|dichtbij|in de buurt)\b|"
    # "belt die consulent echt ...", "komt er iemand langs": a verb first, then who.
    # "kan er ook iemand 's nachts blijven", "kan iemand daar bij helpen"
    r"(?:kan|kunnen|mag|mogen) (?:er|iemand) |"
    r"(?:belt|bellen|komt|komen|gaat|gaan|wordt|worden) (?:die|de|het|een|er|jullie|iemand) "
    r"(?:\w+ )?(?:echt|wel|ook|nog|langs|iemand|bellen)|"
    # "KAN HET STEUNPUNT OOK MAILEN IPV BELLEN. IK HOOR SLECHT"
    r"(?:kan|kunnen|mag|mogen|wil|willen) (?:het|dat|de|die) (?:steunpunt|mantelzorgpunt|consulent|"
    r"mantelzorgconsulent)\b|"
    # Asked indirectly: "ik wil weten of ik ergens recht op heb", "ik vraag me af hoe dat gaat".
    r"ik (?:wil|zou|wou) (?:graag |eigenlijk |even |wel |nog )*(?:weten|vragen) (?:of|wat|hoe|waar|"
    r"welke|wie|wanneer|waarom|hoeveel)|ik vraag me af (?:of|wat|hoe|waar|welke|wie|wanneer))\b"
)


# A question at the end of a sentence without its mark: "... en dan word ik ook boos is dat erg"
_QUESTION_TAIL = re.compile(
    r"\b(?:is|ben) (?:dat|dit|het|ik) (?:\w+ )?(?:erg|normaal|raar|gek|slecht|fout|verkeerd|"
    r"vreemd)$|"
    # "mijn jongens vragen steeds waarom mama altijd weg is is er iets voor kinderen"
    r"\b(?:is|zijn) er (?:ook |nog )?(?:iets|hulp|wat|steun|mogelijkheden)\b(?: \w+){0,3}$|"
    # "en die zaterdagopvang waar ik het over had is daar nou iets voor hier in het westland"
    r"\b(?:is|zijn) (?:daar|hier|er) (?:nou |nu |dan |ook |nog )*(?:iets|hulp|wat|plek|plaats)\b"
    r"(?: \w+){0,6}$|"
    # "... ik hoorde van respect zorg of zoiets wat is dat precies": spoken, without a mark.
    r"\bwat (?:is|betekent|bedoelen ze met) (?:dat|dit|het|dat nou) ?(?:precies|eigenlijk|dan|nou|nu)?$|"
    # "dagbesteding hoe lang duurt het voor hij kan beginnen": the topic first, then the question.
    r"^\w+ (?:hoe (?:lang|snel|duur)|hoeveel|wanneer|waar) (?:duurt|kost|kosten|is|zijn|kan|kun|moet|"
    r"krijg|vind)\b"
)


# "En wat is de uitslag dan": a joining word before the question word.
_LEADING_JOIN = re.compile(r"^(?:en|maar|dus|oke|ok|oh|o|nou|ja|nee) ")


# "Wat ik nog niet vertelde: ...", "wat ik vergat te zeggen": a statement's lead-in, no question.
_TOLD_LATER = re.compile(
    r"^wat ik (?:\w+ ){0,3}(?:vertelde|vertelt|vergat|vergeten ben|had moeten zeggen|wilde zeggen|"
    r"wou zeggen|nog kwijt wil|nog wil zeggen|zeggen wilde)\b"
)


def _asks_in_a_sentence(text: str, breaks: str) -> bool:
    sentences = [_LEADING_JOIN.sub("", fold(sentence)) for sentence in re.split(breaks, text)]
    sentences = [_TOLD_LATER.sub("", sentence).strip() for sentence in sentences]
    return any(_QUESTION_START.match(s) or _QUESTION_TAIL.search(s) for s in sentences)


def starts_as_question(text: str) -> bool:
    """A sentence in the message starts with a question word ("kan ik ...", "wat is ..."), or ends
    as one ("... is dat erg")."""
    return _asks_in_a_sentence(text, r"[.!?\n,]+")


# A figure said with some doubt ("3 avonden in de week dus veel, 15 uur?", "zo 20 uur ofzo?") is an
# answer, not a question: a short last clause with a number and no word that asks.
_ASKING_WORD = re.compile(
    r"\b(?:wat|hoe|waar|waarom|wanneer|welke|welk|wie|hoeveel|hoelang|kan|kun|kunt|mag|moet|is|"
    r"zijn|krijg|krijgt|heb|heeft|telt|klopt|geldt|kost|valt)\b"
)
MIN_WORDS_OF_A_MARKED_QUESTION = 3  # "Zwolle?" only answers
MAX_WORDS_OF_A_DOUBTED_FIGURE = 6  # "elke dag wel n paar uur?"


# "na school een uurtje?": an amount, its number in digits or in words.
_AMOUNT = re.compile(
    r"\d|\b(?:paar|half|halve)\b(?: \w+)? (?:uur|uurtje|uurtjes|uren|dag|dagen|dagdeel|dagdelen|"
    r"avond|avonden|keer)\b"
)


def _a_doubted_figure(marked: str) -> bool:
    clause = fold(marked.rsplit(",", 1)[-1])
    return (
        bool(_AMOUNT.search(replace_number_words(clause)))
        and len(clause.split()) <= MAX_WORDS_OF_A_DOUBTED_FIGURE
        and not _ASKING_WORD.search(clause)
    )


def asks_with_a_mark(text: str) -> bool:
    """A question mark that asks something: "kan ik ook zorgverlof krijgen?", not a figure said
    with some doubt."""
    if len(text.split()) < MIN_WORDS_OF_A_MARKED_QUESTION:
        return False
    marked = [part for part in re.split(r"(?<=\?)|[.!\n]", text) if part.strip().endswith("?")]
    if marked and re.search(r"\d", text.rsplit("?", 1)[-1]):
        # "geen idee, naast alles door? zeg maar 35": the figure comes after the doubt.
        return False
    return any(not _a_doubted_figure(part) for part in marked)


_FIRST_PERSON = frozenset(["ik", "me", "mij", "mijn", "m'n", "mn", "we", "wij", "ons", "onze"])
# "ze heeft trouwens al een indicatie voor thuiszorg": the naaste's life is the caregiver's story.
_THE_NAASTE = frozenset(["hij", "zij", "ze", "haar", "hem"])
MIN_WORDS_OF_A_STORY = 6


def tells_about_ones_life(text: str) -> bool:
    """A whole sentence about one's own life, not a question ("ik heb ook nog een broertje van 14
    die bij haar woont"): heard, even when nothing in it can be read."""
    words = fold(text).split()
    return (
        not is_question(text)
        and len(words) >= MIN_WORDS_OF_A_STORY
        and any(
            word in _FIRST_PERSON or word in _THE_NAASTE or word in RELATION_WORDS for word in words
        )
        and not is_gibberish(text)
    )


def is_question(text: str) -> bool:
    """A question by its form: a question mark, or a sentence that starts with a question word."""
    if "?" in text:
        return True
    return _asks_in_a_sentence(text, r"[.!\n]+")


_STOP = (
    "stop", "stoppen", "stop maar", "stop ermee", "stop hiermee", "ik stop", "ik wil stoppen",
    "stop met de vragen", "ik wil stoppen met de vragen", "ik wil niet verder", "ik wil niet meer verder",
    "hou maar op", "houd maar op", "hou op", "genoeg", "ik heb genoeg", "laat maar zitten",
    "ik wil niet meer", "ik kap ermee", "kappen", "ik ben klaar", "stop het gesprek",
)  # fmt: skip
_PAUSE = (
    "pauze", "even pauze", "ik moet even weg", "moet even weg", "ben zo terug", "ik ben zo terug",
    "brb", "momentje", "moment", "even wachten", "wacht even", "ik kom zo terug", "ik kom later terug",
    "sorry ik moet even weg", "ik moet weg", "even weg",
)  # fmt: skip


# To a question that hears a break as an answer, these are a wish for a break, not a pause.
_A_BREAK = frozenset({"pauze", "even pauze", "even weg"})


def wishes_a_break(text: str) -> bool:
    return fold(text) in _A_BREAK


def control_of(turn: Turn) -> str | None:
    """'stop' or 'pause' when the whole message says so; these get through any question."""
    if turn.is_payload:
        return turn.intent if turn.intent in ("stop", "pause") else None
    folded = fold(turn.text)
    if folded in _STOP:
        return "stop"
    if folded in _PAUSE or any(
        folded.startswith(p + " ")
        for p in ("ik moet even weg", "sorry ik moet even weg", "moet even weg")
    ):
        return "pause"
    return None


_PRIVACY = re.compile(
    r"\b(?:privacy|(?:mijn|m n|mn) gegevens|persoonsgegevens|vertrouwelijk|geheim|opgeslagen|bewaard|bewaren jullie|"
    r"wat gebeurt (?:er )?(?:\w+ ){0,3}met (?:(?:alles |al )?wat ik|(?:mijn|m n|mn) (?:gegevens|antwoorden|verhaal|informatie)|"
    r"(?:de|deze|die|al die|alle|uw|jouw|je) antwoorden|"
    r"(?:dit|het|ons) gesprek|de gegevens|deze gegevens|die gegevens|(?:mijn|m n|mn) (?:telefoon\w*|nummer|"
    r"naam|adres|mail\w*|e mail\w*))|wie (?:kan|mag|kunnen|leest|ziet) (?:\w+ ){0,3}"
    r"(?:zien|lezen|meelezen)|(?:blijft|is) (?:dit|het) (?:wel )?(?:anoniem|geheim|onder ons)|"
    # Whether their family hears of it: "vertel je dit aan iemand?", "moet mijn mama dit weten?"
    r"(?:vertel|vertelt|vertellen|zeg|zegt|zeggen|geef|geeft|geven|meld|meldt|melden) (?:je|jij|u|jullie) "
    r"(?:dit|het|dat|alles) (?:\w+ )?(?:door|aan|tegen|verder)|"
    r"doorvertel\w*|(?:mag|mogen) (?:\w+ ){0,3}(?:dit|het) niet (?:te )?weten|"
    # "wordt mn vader hierover gebeld of zo??"
    r"(?:wordt|worden|word) (?:mijn|mn|m n|ons|onze|de) \w+ (?:hier|daar|er)?(?:over )?(?:(?:dan|ook|nu) ){0,2}"
    r"(?:gebeld|ingelicht|gemaild|geinformeerd|op de hoogte gebracht|gewaarschuwd)\b|"
    # "Wordt mijn e-mailadres ook aan andere instanties doorgegeven?"
    r"(?:wordt|worden|word) (?:mijn|ons|onze|dit|deze|dat|die|het|alles|wat)\b(?: \w+){0,6} "
    r"(?:doorgegeven|doorgestuurd|gedeeld|verkocht|doorverkocht)\b|"
    # "kan ik straks alles laten wissen?"
    r"(?:kan|mag|kun|kunnen) (?:ik|je|u|jullie) (?:\w+ ){0,3}(?:laten )?(?:wissen|verwijderen|"
    r"weghalen|weg laten halen)|"
    # "Kan mijn werkgever zien dat ik dit heb ingevuld?", "gaat er iets van dit gesprek naar mijn werkgever?"
    r"(?:kan|kunnen|mag|mogen|ziet|zien|weet|weten|hoort|horen|leest|lezen) (?:mijn|m n|mn|de) "
    r"(?:werkgever|baas|leidinggevende|collega\w*|school|docent\w*|ouders|familie|huisarts|gemeente)"
    r"(?: \w+){0,2} (?:zien|lezen|weten|horen|inzien)\b|"
    r"(?:gaat|komt) er (?:iets|wat|informatie)\b(?: \w+){0,4} (?:naar|bij) (?:mijn|m n|mn|de) \w+|"
    # "krijgt mn moeder of school dit te zien?"
    r"(?:krijgt|krijgen) (?:\w+ ){0,4}(?:dit|dat|het|mijn antwoorden|dit gesprek)(?: \w+){0,2} te "
    r"(?:zien|lezen|horen)|"
    # "ga je dit aan mijn moeder vertellen?"
    r"(?:ga|gaat|gaan|zal|zou) (?:je|jij|u|jullie) (?:dit|het|dat) (?:\w+ ){0,4}(?:vertellen|zeggen|"
    r"doorgeven|laten weten|laten zien)|"
    r"(?:moet|moeten|hoeft|hoeven|gaat|krijgt|krijgen|komt) (?:\w+ ){0,3}(?:dit|het) (?:te )?weten|"
    r"(?:moet|moeten|hoeft|hoeven) (?:hij|ze|zij|mijn \w+|m n \w+) (?:\w+ )?dat (?:te )?weten|"
    # "of zien zij dit?", "leest mijn moeder dit mee?"
    r"(?:zien|ziet|lezen|leest|horen|hoort) (?:zij|hij|ze|jullie|anderen|mijn \w+|m n \w+) (?:dit|dat|het)\b(?: \w+)?(?: mee)?$|"
    # "moet mijn mama weten dat ik hier ben?", "weet mijn vader dan dat ik met jullie heb gepraat?"
    r"(?:moet|moeten|hoeft|hoeven|weet|weten) (?:\w+ ){0,3}(?:weten )?dat ik (?:hier|met (?:jullie|jou|"
    r"u|je|jij)|over (?:hem|haar|ze|mijn \w+))|"
    # "krijgt mijn moeder te horen dat ik hier over haar praat?", "... te zien wat ik hier typ?"
    r"(?:krijgt|krijgen|hoort|horen) (?:\w+ ){0,3}(?:te horen|te zien|te lezen|ervan|hiervan|"
    r"ervan te horen)|(?:ziet|zien|leest|lezen) (?:\w+ ){0,3}wat ik (?:hier )?(?:typ|schrijf|zeg|vertel)|"
    # "blijft dit gesprek tussen ons?"
    r"blijft (?:dit|het|dat|alles|wat ik \w+)(?: gesprek)? (?:\w+ )?(?:tussen ons|geheim|anoniem|"
    r"vertrouwelijk|prive)|"
    # "wat doen jullie met wat ik hier typ?", "waar gaat dit naartoe?"
    r"(?:wat|waarvoor) (?:doen|doet|gebruiken|gebruikt) (?:jullie|je|u|jij|ze|zij|het steunpunt|de consulent) "
    r"(?:\w+ ){0,2}met (?:wat ik|mn|m n|"
    r"mijn|dit|deze|die|het)|waar (?:gaat|gaan|komt|komen) (?:dit|het|mijn \w+)(?: \w+)? (?:naartoe|heen)|"
    r"wie (?:krijgt|ziet|leest) (?:dit|het|mijn \w+)|"
    # "wordt dit doorgegeven aan school of zo?"
    r"(?:wordt|worden|word) (?:dit|dat|het|mijn \w+|wat ik \w+) (?:\w+ )?(?:doorgegeven|gedeeld|"
    r"doorgestuurd|verteld|gemeld|doorverteld)|"
    # "word mijn moeder hiervan op de hoogte gebracht?"
    r"(?:wordt|word|worden) (?:mijn \w+|iemand|hij|zij|ze|de \w+) (?:\w+ ){0,2}op de hoogte "
    r"(?:gebracht|gesteld)|"
    # "gaat dit naar school of jeugdzorg?", "komt dit bij mijn werkgever terecht?"
    r"(?:gaat|gaan|komt|komen) (?:dit|dat|het|mijn verhaal|wat ik \w+) (?:\w+ )?(?:naar|bij) "
    r"(?:school|jeugdzorg|de gemeente|gemeente|mijn werk|mijn werkgever|mijn baas|de huisarts|"
    r"mijn ouders|mijn moeder|mijn vader|de politie|veilig thuis|het uwv|de belasting\w*)\b|"
    # "ik wil niet dat iemand het te weten komt", "wat als ik nee zeg?"
    r"te weten (?:komt|komen)|(?:gegevens|verhaal) (?:\w+ ){0,3}(?:ergens heen|doorgegeven|"
    r"doorgeven|gedeeld|delen)|wat (?:gebeurt er )?als ik nee zeg)"
)


# Questions about the conversation itself, answered by the assistant, not by the knowledge base.
_ABOUT_SKIPPING = re.compile(
    r"\b(?:mag|kan|moet|kun) (?:ik|je|u) (?:\w+ ){0,2}(?:vraag|vragen) (?:\w+ )?(?:overslaan|over "
    r"slaan|niet (?:beantwoorden|invullen))|\b(?:hoef|moet) ik (?:echt |nou |nu |wel |dan |eigenlijk )?(?:alles|alle vragen|elke vraag|"
    r"overal) (?:op )?(?:te )?(?:beantwoorden|invullen|antwoorden|antwoord geven)\b|"
    # "Moet ik deze vragen echt allemaal doen?"
    r"\b(?:moet|hoef) ik (?:echt |nou |nu |wel |dan |eigenlijk )?(?:(?:al )?(?:deze|die|de)|alle) (?:\w+ )?"
    r"vragen (?:\w+ ){0,2}(?:doen|invullen|"
    r"beantwoorden|maken)\b|"
    # "moet ik dit echt allemaal invullen?"
    r"\b(?:moet|hoef) ik (?:dit|dat|het|dit hier) (?:\w+ ){0,2}(?:allemaal |alles )?(?:invullen|"
    r"beantwoorden|doen)\b"
)
# Alike in shape only with the other question patterns here: each names its own topic.
_ABOUT_TRAVEL_TIME = re.compile(
    r"\b(?:telt|tellen|rekent|reken|meetellen|mee tellen|meegeteld|meerekenen)\b(?: \w+){0,5} "
    r"(?:reistijd(?:en)?|reizen|de reis|\w+reis|\w*rit(?:je|jes|ten)?|heen en terug|rijden|trein|bus|auto|"
    r"fietsen|onderweg)\b|"
    # "telt die treinreis ook mee?"
    r"\b(?:reistijd(?:en)?|reizen|de reis|\w+reis|\w*rit(?:je|jes|ten)?|heen en terug|rijden|de trein|de bus|"
    r"de auto|"
    r"onderweg)\b(?: \w+){0,5} "
    r"(?:telt|tellen|meetellen|mee tellen|meegeteld|meerekenen|mee)\b"
)


# Alike in shape only with the other question patterns here: each names its own topic.
_ABOUT_CALLBACK_TIME = re.compile(
    r"\b(?:hoe ?(?:lang|snel)|wanneer|binnen hoeveel (?:dagen|tijd))\b(?: \w+){0,8} (?:belt|bellen|"
    r"terugbelt|terugbellen|terug bellen|gebeld|teruggebeld|opgebeld|benaderd|contact|reactie|"
    r"reageren|reageert|hoor ik|horen)\b|"
    # "wat gebeurt er nu na dit gesprek?", "hoe gaat het nu verder?"
    r"\bwat gebeurt (?:er )?(?:nu |straks )?(?:hierna|na dit gesprek|na deze chat|nu verder|verder|nu)\b|"
    r"\bhoe gaat het (?:nu |hierna )?verder\b(?! met (?:mijn|m n|haar|hem|de zorg))|\bhoe nu verder\b|"
    # "belt die consulent echt of is dat weer zo'n wachtlijst"
    r"\bbelt (?:die|de|een) (?:consulent|mantelzorgconsulent|medewerker) (?:\w+ )?(?:echt|wel)\b|"
    # "Bellen ze echt terug of kom ik weer op een lijstje?"
    r"\b(?:bellen|belt) (?:ze|zij|jullie|het steunpunt) (?:me |mij )?(?:ook )?(?:echt|wel|nou|nu) "
    r"(?:\w+ )?terug\b|\b(?:bellen|belt) (?:ze|zij|jullie|het steunpunt) (?:me |mij )?(?:ook )?echt\b"
)
# "Kan ik ook 's avonds bellen?", "wat zijn de openingstijden?": when the steunpunt can be reached.
_MOMENT = r"(?:s avonds|s morgens|s ochtends|s middags|overdag|in het weekend|zaterdags?|zondags?|op (?:zaterdag|zondag)|na (?:\d+|vijven|zessen) ?(?:uur)?)"
_ABOUT_CALLING_TIMES = re.compile(
    # An offer's hours ("openingstijden van het café") are the offer's: asked about it.
    r"\b(?:openingstijd(?:en)?|openingsuren) (?:van )?(?:het steunpunt|jullie|het mantelzorgpunt|"
    r"de consulent|het loket)\b|"
    # "waar kan ik in het weekend terecht als ze manisch wordt?" asks for a place, not for hours.
    rf"(?<!\bwaar )\b(?:kan|kun|kunt|mag) (?:ik|je|u|men) (?:\w+ ){{0,3}}?{_MOMENT} (?:\w+ ){{0,2}}?"
    r"(?:bellen|terecht|langs|langskomen|mailen|chatten|contact)\b|"
    r"\bwanneer (?:kan|kun|kunt|mag) (?:ik|je|u) (?:hen |ze |jullie |het steunpunt |de consulent |daar )?"
    r"(?:bellen|terecht|langs)\b|"
    r"\b(?:tot )?hoe laat (?:zijn|is|kan|kun|kunt) (?:\w+ ){0,3}?(?:open|bereikbaar|bellen)\b|"
    rf"\b(?:zijn|is) (?:ze|jullie|het steunpunt|de consulent|het|die) (?:ook )?{_MOMENT} "
    r"(?:open|bereikbaar|te bereiken)\b"
)
_ABOUT_THE_SCORE = re.compile(
    r"\b(?:welke|bij welke|vanaf welke|wat is (?:de|mijn)|hoeveel) (?:\w+ ){0,2}(?:score|uitslag|punten)\b|"
    r"\b(?:de|mijn) uitslag (?:dan|straks|daarvan)\b|\bwanneer ben (?:je|ik|u) overbelast\b|"
    r"\bwat is de uitslag\b|"
    # "Krijg ik straks te zien wat hier uitkomt?"
    r"\b(?:krijg|zie|hoor) ik (?:\w+ ){0,2}(?:te zien|te horen|de uitslag|het resultaat|de uitkomst)\b"
    r"(?: \w+){0,2} (?:uitkomt|uit komt|eruit komt)\b|\bwat (?:hier |er )?(?:uit ?komt|eruit komt)\b"
)
# "Is dit zo'n test van de dokter?": what kind of test this is.
_ABOUT_THE_KIND_OF_TEST = re.compile(
    r"\b(?:is|wordt) (?:dit|dat|het) (?:\w+ ){0,2}(?:test|vragenlijst)\w* (?:van|voor|bij) (?:de|een) "
    r"(?:dokter|huisarts|arts|psycholoog|ziekenhuis)\b|\b(?:medische|psychologische) test\b"
)
# "Tellen die vragen voor mij of voor mijn vrouw?": whom the burden check is about.
_ABOUT_WHOSE_CHECK = re.compile(
    r"\b(?:tellen|gaan|zijn|gelden) (?:die|deze|de|alle) (?:vragen|zinnen|stellingen)\b(?: \w+){0,2} "
    r"(?:voor|over) (?:mij|mezelf|hem|haar|mijn \w+|m n \w+)\b|"
    # "Moet ik dit voor mezelf invullen of voor mijn man en mij samen?"
    # ("moet ik voor mijn vader apart hulp aanvragen?" asks about help, not the check.)
    r"\b(?:moet|moeten|vul|vullen) (?:ik|we|wij) (?:dit|dat|het|de vragen|deze vragen) (?:voor|over) "
    r"(?:mezelf|mijzelf|mij|ons|mijn \w+|m n \w+|hem|haar)\b"
)
_ABOUT_FINISHING_LATER = re.compile(
    r"\b(?:later|straks|morgen|een andere keer|thuis)\b(?: \w+){0,3} (?:afmaken|verder ?gaan|"
    r"verder|doorgaan|terugkomen|afronden)\b|\b(?:afmaken|afronden)\b(?: \w+){0,3} (?:later|straks|"
    r"morgen|een andere keer)\b"
)
_ABOUT_ANSWERING_A_STATEMENT = re.compile(
    r"\b(?:moet|zeg|kies) ik (?:dan )?(?:ja|nee)\b(?: \w+){0,6} (?:beetje|soms|half|af en toe|"
    r"twijfel\w*)\b|\bwat als (?:het|de zin) (?:maar )?(?:een beetje|soms|half|af en toe)\b|"
    # "moet ik echt ja of nee zeggen? het is soms zo en soms niet"
    r"\b(?:moet|mag|kan|kun) ik (?:\w+ ){0,2}(?:alleen )?(?:ja of nee|kiezen tussen ja en nee)\b|"
    # "wat als ik het antwoord niet precies weet?" (held out 20)
    r"\bwat als ik (?:het )?(?:antwoord )?niet (?:precies |zeker |goed |echt )?weet\b|"
    r"\b(?:mag|kan|kun) ik (?:ook )?(?:soms|een beetje|half|misschien|er tussenin) (?:zeggen|antwoorden|"
    r"kiezen|invullen)\b|\b(?:is er|heb je|hebben jullie) (?:ook )?geen (?:soms|tussenweg|middenweg|"
    r"knop voor soms)\b"
)
_ABOUT_COST_OF_CONTACT = re.compile(
    r"\b(?:kost|kosten|betaal|betalen)\b(?: \w+){0,6} (?:bellen|belt|terugbellen|gesprek|consulent|"
    r"steunpunt|aanmelding|aanmelden|jullie|contact)\b|\b(?:bellen|belt|gesprek|consulent|steunpunt|"
    r"aanmelding|contact)\b(?: \w+){0,4} (?:kost|kosten|kosteloos|betalen|gratis)\b"
)
# "Kost deze chat iets?" names the chat; "is dit gratis?" means the chat only before any offer is
# shown (after one, "dit" is that offer).
_ABOUT_COST_OF_THE_CHAT = re.compile(
    r"\b(?:is|kost) (?:deze chat|dit gesprek|steunwijzer|deze app|het chatten|dit chatten|deze dienst|"
    r"dit programma)\b(?: \w+){0,2} (?:gratis|iets|geld|wat)\b|\bbetalen (?:voor|om) (?:deze chat|"
    r"dit gesprek|steunwijzer|te chatten|deze app|dit programma)\b"
)
_ABOUT_COST_OF_THIS = re.compile(
    r"^(?:en |maar |eh |eerst |trouwens |oh |o )?(?:is (?:dit|het) (?:wel |ook |echt |helemaal )?"
    r"gratis|kost (?:dit|het) (?:iets|geld|wat)|wat kost (?:dit|het)|moet ik (?:hiervoor |ervoor )?"
    r"(?:iets )?betalen)\b"
)
# "Is dit ook voor mensen van mijn leeftijd?", "ben ik niet te jong hiervoor?": who this is for.
_ABOUT_WHO_IT_IS_FOR = re.compile(
    r"\bis (?:dit|deze chat|dit gesprek|steunwijzer|het|deze app|deze site) (?:\w+ )?(?:ook |wel |echt )?"
    r"(?:voor|bedoeld voor) (?:mensen van mijn leeftijd|mijn leeftijd|jongeren|ouderen|kinderen|"
    r"jonge mensen|oudere mensen|iemand als ik|iemand van mijn leeftijd|tieners|pubers|"
    r"studenten|scholieren)\b|"
    r"\b(?:ben ik|zijn wij|is mijn leeftijd) (?:\w+ )?(?:niet )?(?:te jong|te oud) (?:voor|om)\b|"
    # "mag ik dit ook als ik 15 ben?"
    r"\b(?:mag|kan|kun|mogen) (?:ik|je|jij) (?:dit|deze chat|hier|het) (?:\w+ ){0,2}als (?:ik|je|jij) "
    r"(?:pas |nog maar |al )?(?:\d{1,2}(?: jaar)?|jong|minderjarig) (?:ben|bent)\b"
)
# "Wat moet ik zeggen als ze bellen?", "hoe gaat zo'n gesprek?": what the call will be like.
_ABOUT_THE_CALL = re.compile(
    r"\bwat (?:moet|kan|zal) ik (?:dan )?(?:zeggen|vertellen|voorbereiden)\b(?: \w+){0,4} "
    r"(?:bellen|belt|gesprek|consulent|steunpunt|terugbellen)\b|"
    r"\bhoe (?:gaat|verloopt) (?:zo n|zon|dat|het|zo een|zo'n) (?:gesprek|telefoontje)\b|"
    r"\bwat (?:vraagt|vragen) (?:de consulent|het steunpunt|ze|zij) (?:\w+ ){0,2}(?:aan mij|mij|me|dan)\b"
)
# "mag ik dit anoniem doen? ik wil niet dat mijn naam ergens terechtkomt"; "anoniem met iemand
# praten" asks for a line to call (a referral).
_ABOUT_ANONYMITY = re.compile(
    r"\b(?:mag|kan|kun) ik (?:dit |het |hier |deze chat |dit gesprek )?(?:ook |gewoon |wel )?anoniem\b"
    r"(?! (?:met|iemand|praten|bellen|spreken))|\bmijn naam (?:\w+ )?(?:ergens|terecht\w*|bekend)\b"
)
# "moet ik hiervoor inloggen met digid of zo?"
_ABOUT_LOGGING_IN = re.compile(
    r"\b(?:inloggen|in loggen|log ik in|digid|digi d|account|registreren|wachtwoord)\b"
)
_ABOUT_OWN_NAME = re.compile(
    r"\b(?:moet|hoef|wil|mag) ik (?:\w+ ){0,2}(?:echte |eigen |volledige |achter)?naam\b|"
    r"\bmijn (?:echte|volledige|eigen) naam\b"
)


def about_callback_time(text: str) -> bool:
    """ "Hoe snel belt iemand mij terug?" """
    return bool(_ABOUT_CALLBACK_TIME.search(fold(text)))


def about_calling_times(text: str) -> bool:
    """ "Kan ik ook 's avonds bellen?", "wat zijn de openingstijden van het steunpunt?" """
    return bool(_ABOUT_CALLING_TIMES.search(fold(text)))


def about_the_score(text: str) -> bool:
    """ "Bij welke score ben je overbelast?", "en wat is de uitslag dan?" """
    return bool(_ABOUT_THE_SCORE.search(fold(text)))


def about_the_kind_of_test(text: str) -> bool:
    """ "Is dit zo'n test van de dokter?" """
    return bool(_ABOUT_THE_KIND_OF_TEST.search(fold(text)))


def about_finishing_later(text: str) -> bool:
    """ "Kan ik dit ook later afmaken?" """
    return bool(_ABOUT_FINISHING_LATER.search(fold(text)))


# "bij elkaar" alone is also living together ("als we bij elkaar wonen"): only adding up counts.
_ABOUT_ADDING_HOURS = re.compile(
    r"\b(?:optellen|op tellen|bij elkaar (?:op)?tellen|samen ?tellen|samentellen)\b|"
    r"\b(?:uren|tijd)\b(?: \w+){0,4} (?:beide|allebei|alle(?:bei)?|iedereen)\b"
)
_ADDING_HOURS_CONTEXT = re.compile(r"\b(?:uren|uur|tijd)\b")


def about_adding_hours(text: str) -> bool:
    """ "Moet ik de uren voor beide ouders bij elkaar optellen?" """
    folded = fold(text)
    return bool(_ABOUT_ADDING_HOURS.search(folded) and _ADDING_HOURS_CONTEXT.search(folded))


def about_answering_a_statement(text: str) -> bool:
    """ "Moet ik ja zeggen als het maar een beetje zo is?" """
    return bool(_ABOUT_ANSWERING_A_STATEMENT.search(fold(text)))


def about_whose_check(text: str) -> bool:
    """ "Tellen die vragen voor mij of voor mijn vrouw?" """
    return bool(_ABOUT_WHOSE_CHECK.search(fold(text)))


def about_who_it_is_for(text: str) -> bool:
    """ "Is dit ook voor mensen van mijn leeftijd?" """
    return bool(_ABOUT_WHO_IT_IS_FOR.search(fold(text)))


def about_cost_of_contact(text: str) -> bool:
    """ "Kost het iets als er iemand van jullie belt?" """
    return bool(_ABOUT_COST_OF_CONTACT.search(fold(text)))


def about_cost_of_the_chat(text: str, offers_shown: bool = False) -> bool:
    """ "Is dit gratis?" before any offer, or "kost deze chat iets?" at any time."""
    folded = fold(text)
    return bool(
        _ABOUT_COST_OF_THE_CHAT.search(folded)
        or (not offers_shown and _ABOUT_COST_OF_THIS.search(folded))
    )


# "Moeten we lang wachten op zo'n logeerplek? Hoe ver van tevoren moet dat geregeld?"
_ABOUT_WAITING = re.compile(
    r"\b(?:lang (?:moeten )?wachten|wachttijd\w*|wachtlijst\w*|hoe (?:ver|lang|vroeg) (?:van )?"
    r"(?:te ?voren|vooraf)|hoe ?lang (?:duurt|is) (?:het|de wachttijd) (?:voordat|voor|tot)|hoe snel "
    r"(?:kan|kunnen) (?:ik|we|hij|ze|zij) (?:er )?terecht)\b"
)


_NAMES_THE_ASSISTANT = re.compile(
    r"\b(?:mens|mensen|robot|bot|chatbot|chatgpt|computer\w*|programma|automa\w*|machine|ai|"
    r"kunstmatig\w*|echt (?:iemand|persoon)|zit (?:daar|er) iemand|(?:ben|bent) (?:je|jij|u)|"
    r"wie (?:ben|bent|is) (?:dit|je|jij|u)|met wie|praat ik|chat ik|aan het chatten)\b"
)


def names_the_assistant(text: str) -> bool:
    """ "Ben jij een robot?", "praat ik met een mens?": about what the caregiver talks to."""
    return bool(_NAMES_THE_ASSISTANT.search(fold(text)))


def about_waiting(text: str) -> bool:
    """ "Moeten we lang wachten op zo'n logeerplek?" """
    return bool(_ABOUT_WAITING.search(fold(text)))


def about_the_call(text: str) -> bool:
    """ "Wat moet ik zeggen als ze bellen, ik ben niet zo goed in praten" """
    return bool(_ABOUT_THE_CALL.search(fold(text)))


def about_anonymity(text: str) -> bool:
    """ "Mag ik dit anoniem doen?" """
    return bool(_ABOUT_ANONYMITY.search(fold(text)))


def about_logging_in(text: str) -> bool:
    """ "Moet ik hiervoor inloggen met DigiD?" """
    return bool(_ABOUT_LOGGING_IN.search(fold(text)))


def about_own_name(text: str) -> bool:
    """ "Moet ik mijn echte naam zeggen?" """
    return bool(_ABOUT_OWN_NAME.search(fold(text)))


def about_the_conversation(text: str) -> bool:
    """A question about this conversation or what follows it, which the assistant answers itself."""
    return any(
        ask(text)
        for ask in (
            about_anonymity,
            about_logging_in,
            about_own_name,
            about_callback_time,
            about_calling_times,
            about_the_score,
            about_the_kind_of_test,
            about_whose_check,
            about_finishing_later,
            about_answering_a_statement,
            about_adding_hours,
            about_cost_of_contact,
            about_cost_of_the_chat,
            about_the_call,
            about_who_it_is_for,
        )
    )


def about_skipping(text: str) -> bool:
    """ "Mag ik een vraag overslaan?"; not "moet ik dit voor mezelf invullen?" (whose answers)."""
    return bool(_ABOUT_SKIPPING.search(fold(text))) and not about_whose_check(text)


# Languages a caregiver may ask for, as written in Dutch, with the name to say back.
_LANGUAGES = {
    "engels": "Engels", "turks": "Turks", "arabisch": "Arabisch", "pools": "Pools",
    "marokkaans": "Marokkaans-Arabisch", "berbers": "Berbers", "tamazight": "Tamazight",
    "papiaments": "Papiaments", "sranantongo": "Sranantongo", "duits": "Duits", "frans": "Frans",
    "spaans": "Spaans", "portugees": "Portugees", "oekraiens": "Oekraïens", "russisch": "Russisch",
    "tigrinya": "Tigrinya", "somalisch": "Somalisch", "farsi": "Farsi", "perzisch": "Perzisch",
    "chinees": "Chinees", "kantonees": "Kantonees", "mandarijn": "Mandarijn", "fries": "Fries",
    "gebarentaal": "gebarentaal", "roemeens": "Roemeens", "bulgaars": "Bulgaars",
}  # fmt: skip
# Asked in English: "Is there someone who speaks English or Ukrainian?"
_ENGLISH_LANGUAGES = {
    "english": "Engels", "ukrainian": "Oekraïens", "arabic": "Arabisch", "turkish": "Turks",
    "polish": "Pools", "russian": "Russisch", "german": "Duits", "french": "Frans",
    "spanish": "Spaans", "portuguese": "Portugees",
}  # fmt: skip
_ENGLISH_SPEAK = ("speaks", "speak", "speaking")
_LANGUAGES |= _ENGLISH_LANGUAGES
_ASKED_LANGUAGE = re.compile(
    rf"\b(?:in het|in|spreekt|spreken|praat|praten|kan|kunnen|die|{'|'.join(_ENGLISH_SPEAK)})\b"
    rf"(?: \w+){{0,4}} (?P<language>{'|'.join(_LANGUAGES)})\b"
)

_NAMED_LANGUAGE = re.compile(rf"\b({'|'.join(_LANGUAGES)})\b")
_ASKED_IN_ENGLISH = re.compile(rf"\b(?:{'|'.join((*_ENGLISH_SPEAK, *_ENGLISH_LANGUAGES))})\b")


def asked_in_english(text: str) -> bool:
    """ "Is there someone who speaks English?": the answer about the language in English too."""
    return bool(_ASKED_IN_ENGLISH.search(fold(text)))


_INTERPRETER = re.compile(r"\b(?:tolk\w*|vertaler|vertaalt|vertalen)\b")


def asks_for_an_interpreter(text: str) -> bool:
    """ "tolk is mogelijk? nederlands niet goed" """
    return is_question(text) and bool(_INTERPRETER.search(fold(text)))


def asked_language(text: str) -> str | None:
    """The language a question asks for help in ("kan iemand met mij praten in het Engels?")."""
    if not is_question(text):
        return None
    folded = fold(text)
    if not _ASKED_LANGUAGE.search(folded):
        return None
    # "spreken ze ook arabisch of berbers?": every language named.
    named = dict.fromkeys(_LANGUAGES[w] for w in _NAMED_LANGUAGE.findall(folded))
    return " of ".join(named)


_STAYS_ANONYMOUS = re.compile(
    r"\banoniem\w*|\bzonder (?:dat ik )?(?:mijn|m n|mn|je|jouw|uw|een) naam\b|"
    r"\b(?:mijn|m n|mn) naam (?:niet|liever niet) (?:\w+ )?(?:zeggen|noemen|geven)\b"
)


def wants_to_stay_anonymous(text: str) -> bool:
    """ "Kan ik praten met iemand zonder mijn naam?": a person, but not through an aanmelding that
    needs a name and a number."""
    return bool(_STAYS_ANONYMOUS.search(fold(text)))


def asks_more_than_the_language(text: str) -> bool:
    """ "is er hulp voor mijn mama zelf? zij spreekt alleen Oekraïens": a question besides the
    language, to be answered after what is said about the language."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+|\n+", text) if s.strip()]
    return any(
        is_question(sentence) and not _NAMED_LANGUAGE.search(fold(sentence))
        for sentence in sentences
    )


_ABOUT_HOW_MANY_LEFT = re.compile(
    r"\bhoeveel (?:van (?:die|deze|de|jouw|uw) )?(?:vragen |vraagjes |zinnen |stellingen )?(?:nog|zijn er nog|"
    r"komen er nog|volgen er nog|moet ik nog)\b|"
    r"\bhoe ?veel (?:nog|zijn het er nog)\b|\bhoe lang (?:duurt (?:het|dit) nog|nog)\b|"
    # "Hoe lang duurt dit ongeveer? Mijn man slaapt nu."
    r"\bhoe lang duurt (?:dit|deze chat|dit gesprek|de test|deze test|het invullen|de vragenlijst)\b"
    r"(?! (?:voordat|voor|tot|bij))|"
    r"\b(?:zijn|ben) (?:we|wij|ik) (?:bijna|al|nou|nu) (?:klaar|door|aan het eind)\b|"
    r"\bduurt (?:het|dit) (?:nog )?(?:lang|lange)\b|\bnog (?:veel|lang) vragen\b"
)


def about_how_many_left(text: str) -> bool:
    """ "Hoeveel vragen nog?", "zijn we bijna klaar?": a question, not a wish to stop."""
    return bool(_ABOUT_HOW_MANY_LEFT.search(fold(text)))


def about_travel_time(text: str) -> bool:
    """ "Telt de reistijd met de trein ook mee?" """
    return bool(_ABOUT_TRAVEL_TIME.search(fold(text)))


# Which question a "why do you ask" names: "waarom wil je weten hoe oud ik ben?"
_NAMED_QUESTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (slot, re.compile(pattern))
    for slot, pattern in (
        ("age_group", r"\b(?:hoe oud|leeftijd|geboortejaar|mijn age)\b"),
        ("care_recipient_gemeente", r"\bwaar (?:mijn|zij|hij|ze) \w* ?woont\b"),
        ("gemeente", r"\b(?:waar ik woon|woonplaats|gemeente|postcode)\b"),
        ("hours_per_week", r"\b(?:hoeveel uur|hoeveel uren|uren per week|aantal uren)\b"),
        ("duration_months", r"\b(?:hoe lang|sinds wanneer)\b"),
        ("lives_with_care_recipient", r"\b(?:samenwo\w*|samen woon\w*|in huis woont)\b"),
        ("combines_with", r"\b(?:naast de zorg|of ik werk|mijn werk|werk ik)\b"),
        ("relation", r"\bvoor wie ik zorg\b"),
        ("conditions", r"\b(?:welke ziekte|wat (?:hij|zij|ze) heeft|diagnose)\b"),
        # "waarom jij wil mijn telefoon nummer?": asked of the handoff's contact question too.
        (
            "contact_phone",
            r"\b(?:telefoon ?nummer|(?:mijn|mn|m n) nummer|06 nummer|e ?mail\w*|mailadres)\b",
        ),
        ("contact_name", r"\b(?:mijn naam|mn naam|m n naam|voornaam|achternaam)\b"),
    )
)
_WHY = re.compile(
    # "iemand die niet meteen zegt waarom doe je dit": someone else's why, told.
    r"(?<!zegt )(?<!zeggen )(?<!vraagt )(?<!vragen )(?<!roept )"
    r"\b(?:waarom|wrm|warom|waaraom|waarvoor|hoezo|waar is dat voor)\b(?: \w+){0,6} (?:vraag\w*|vragen|weten|nodig|wil|wilt|"
    r"willen|dat|dit|zon|zulke)\b|\bwat (?:doe|doet|heb|hebben) (?:je|jij|u|jullie) (?:eraan|ermee|"
    r"daarmee|daaraan)\b"
)
_BARE_WHY = re.compile(r"^\W*(?:maar |en )?(?:waarom|wrm|warom|waarvoor|hoezo)\W*$")


# "Mag ik vragen waarom u dit allemaal wilt weten?" asks it politely; "zij vragen waarom" tells.
_POLITE_WHY = re.compile(
    r"\b(?:mag|kan|mocht|wil|zou) ik (?:u |je |jou |jullie )?(?:even |eens |wel |graag )?vragen waarom\b|"
    r"\bik (?:wil|zou) (?:u |je |graag |even )*(?:willen )?vragen waarom\b"
)


def asks_why(text: str) -> bool:
    """The message asks why the assistant asks ("waarom vraag je dat?", "hoezo?"), not who or what
    ("wie beslist ...?") or why something else is so ("waarom krijgt zij geen thuiszorg?")."""
    folded = _POLITE_WHY.sub("waarom", fold(text))
    return bool(_WHY.search(folded) or _BARE_WHY.match(folded))


def question_named(text: str) -> str | None:
    """The intake question a "why" names, when it names one ("waarom wil je weten hoe oud ik ben")."""
    folded = fold(text)
    return next((slot for slot, pattern in _NAMED_QUESTIONS if pattern.search(folded)), None)


def about_privacy(text: str) -> bool:
    """A question about what happens with what the caregiver tells, in any of its sentences ("ziet
    mijn moeder dit? ik wil niet dat ze denkt dat ik klaag")."""
    sentences = re.split(r"(?<=[.?!])\s+|\n+", text)
    return any(_PRIVACY.search(fold(part)) for part in (text, *sentences) if part.strip())


_START_OVER = (
    "opnieuw beginnen", "begin opnieuw", "ik wil opnieuw beginnen", "reset", "opnieuw starten",
    "start opnieuw", "nieuw gesprek", "van voren af aan", "helemaal opnieuw", "overnieuw beginnen",
)  # fmt: skip


def starts_over(turn: Turn) -> bool:
    """The whole message asks to start the conversation over."""
    if turn.is_payload:
        return turn.intent == "start_over"
    return fold(turn.text) in _START_OVER


_CHECK_WORDS = r"test\w*|vragen\w*|vragenlijst\w*|check\w*|zelftest\w*|belasting\w*|score"
_THE_CHECK = re.compile(rf"\b(?:{_CHECK_WORDS}|opnieuw|overnieuw|nog (?:een )?keer|nog eens)\b")
# "hoe weet ik of ik overbelast ben?" asks for the check by naming the burden; "Is die bijeenkomst
# in IJsselmuiden zelf of moet ik daarvoor naar Kampen?", heard as the check, names neither.
_THE_CHECK_OR_THE_BURDEN = re.compile(
    rf"\b(?:{_CHECK_WORDS}|\w*belast\w*|zwaar\w*|draagkracht|meet|meten|nagaan|volhoud\w*|scoren|"
    r"te veel)\b"
)


def names_the_check_or_the_burden(text: str) -> bool:
    return bool(_THE_CHECK_OR_THE_BURDEN.search(fold(text)))


# A wish or a request: "ik wil de test nog een keer doen", "doe de vragen maar opnieuw".
_ASKS_FOR_IT = re.compile(
    r"\b(?:ik wil|wil ik|ik zou|mag ik|kan ik|kunnen we|zullen we|laten we|graag|doe|doen|start|"
    r"starten|begin|beginnen|opnieuw|overnieuw|nog (?:een )?keer|nog eens)\b"
)

_DECLINES_THE_CHECK = re.compile(
    r"\b(?:geen zin|geen behoefte|geen tijd|geen puf|liever niet|hoeft niet|wil niet|niet weer)\b"
    r"(?: \w+){0,5} (?:vragenlijst\w*|test\w*|vragen|check)\b"
)


def declines_the_check(text: str) -> bool:
    """ "Ik heb geen zin om een hele vragenlijst in te vullen": the check named, and turned down."""
    return bool(_DECLINES_THE_CHECK.search(fold(text)))


def asks_for_the_check(turn: Turn) -> bool:
    """The message names the burden check: a button, or words like "test", "vragen", "opnieuw".

    The model hears "ik wil de test doen" in "mijn vrouw vindt dat ik te veel hooi op mijn vork
    neem"; once the check is done, only a message that names it may start it again.
    """
    if turn.is_payload:
        return turn.intent == "start_assessment"
    folded = fold(turn.text)
    # "mijn jongens ... die vragen steeds of hun zus doodgaat" holds "vragen" and asks for nothing.
    return bool(
        _THE_CHECK.search(folded) and (is_question(turn.text) or _ASKS_FOR_IT.search(folded))
    )


_PERSON = re.compile(
    r"\b(?:(?:praten|spreken|bellen|chatten) met (?:een |iemand |de )?(?:echt(?:e)? )?"
    r"(?:mens|persoon|medewerker|consulent|mantelzorgconsulent|iemand van (?:het|jullie))|"
    # "Kan ik gewoon iemand bellen?"
    r"(?:kan|mag|wil) ik (?:\w+ )?(?:met )?iemand (?:bellen|opbellen|spreken)\b"
    r"(?! die (?:\w+ ){0,2}(?:ook|hetzelfde|dezelfde))|"
    # "kan ik met een persoon praten?"
    r"met (?:een |de )?(?:echte? )?(?:mens|persoon|medewerker|consulent|mantelzorgconsulent) "
    r"(?:praten|spreken|bellen|chatten)|"
    # "iemand spreken die hetzelfde meemaakt" asks for a peer, not for the steunpunt.
    r"iemand (?:spreken|aan de (?:telefoon|lijn))(?! die (?:\w+ ){0,2}(?:ook|hetzelfde|dezelfde))|"
    r"(?:een )?mens spreken|"
    # "ik wil graag met iemand van het steunpunt praten": the verb last.
    r"met iemand van (?:het |de |jullie )?(?:\w+ )?(?:steunpunt|mantelzorgpunt|consulent|jullie)\w*"
    r"(?: \w+){0,2} (?:praten|spreken|bellen|chatten)|"
    r"(?:wil|zou) (?:ik )?(?:(?!niet\b|nooit\b|geen\b)\w+ )?(?:graag )?met iemand (?:willen )?"
    r"(?:praten|spreken)(?! die| over)(?: willen)?$|"
    r"(?:kan|wil|mag) (?:er )?iemand (?:mij|me) (?:terug)?bellen|bel (?:me|mij) (?:maar|terug|op)|"
    r"terugbellen|teruggebeld)\b"
)


def wants_person(turn: Turn) -> bool:
    """The message asks for a person, in words that cannot mean anything else."""
    return not turn.is_payload and bool(_PERSON.search(fold(turn.text)))


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    words: set[str] = set(COMMON_WORDS)
    for source in _VOCABULARY_SOURCES:
        for path in sorted((PROJECT_ROOT / source).rglob("*.yml")):
            words.update(fold(path.read_text(encoding="utf-8")).split())
    return frozenset(word for word in words if word.isalpha())


_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def is_gibberish(text: str) -> bool:
    """No word in it that the assistant knows, not even within one typo ("qwxzv plork").

    The model still gives such text an intent, with middling confidence; acting on it would
    pause or end a conversation for a slip of the keyboard.
    """
    words = [word for word in fold(text).split() if word.isalpha() and len(word) > 1]
    if not words:
        # Words in another script ("привет") fold to nothing, and the assistant knows none of them.
        return any(not word_text(run) for run in _LETTER_RUN.findall(text))
    known = known_words()
    for word in words:
        if word in known:
            return False
        if len(word) >= 5 and process.extractOne(
            word, known, scorer=Levenshtein.distance, score_cutoff=1
        ):
            return False
    return True


class _WordsSearched:
    """A test of a message: does its folded text hold one of the pattern's words?"""

    def __init__(self, pattern: str) -> None:
        self._pattern = re.compile(pattern)

    def __call__(self, text: str) -> bool:
        return bool(self._pattern.search(fold(text)))

    def matches(self, folded: str) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(folded)


# Every way of asking for erasure names getting rid of something: "verwijder", "wis", "weg",
# "vergeet", "trek in", "niet bewaren". "Moet mijn vader toestemming geven als ik hulp vraag?" holds
# the word "toestemming" and asks about the naaste, not about the data.
names_erasure = _WordsSearched(
    r"\bverw\w*d\w*|\bwis\w*|\bgewist\b|\bweg(?:gooi\w*|haal\w*|gehaald|gegooid|doen)?\b|"
    r"\bvergeet\w*|\bvergeten\b|\bintrek\w*|"
    r"\bin ?trekken\b|\btrek\w*\b(?: \w+){0,4} in\b|\bopgeslagen\b|\bopslaan\b|\bbewaar\w*|"
    r"\bbewaren\b|\bsysteem\b|\bbestand\b|\bdelete\w*|\bschrap\w*|\buitschrijven\b"
)

# Every goodbye names leaving or a wish for later: "doei", "tot ziens", "fijne avond", "ik ga".
# "van morgen tot avond, ook nacht" to the hours question only sounds like "tot morgen".
_NAMES_LEAVING = _WordsSearched(
    r"\b(?:do+e+(?:i+|g)\w*|(?<!de )(?<!een )(?<!elke )(?<!iedere )(?<!per )(?<!hele )"
    r"(?<!volgende )(?<!halve )(?<!zelfde )(?<!vrije )(?<!die )(?<!deze )da+h?a*g|ziens|de ballen|later|groet\w*|bye|goodbye|see you|ciao|"
    r"ajuus|houdoe|toedeloe|mazzel|adios|spreek|spreken|welterusten|goedenacht|fijne|fijn|prettige|"
    r"slaap|ga|gaan|moet gaan|vandoor|klaar|stoppen|stop|"
    r"tot (?:morgen|snel|gauw|kijk|(?:een |de )?volgende))\b"
)
# A goodbye opens or closes a message: in a longer story, "de volgende dag" and "ik ga elke dag"
# say nothing of leaving.
_WORDS_AT_AN_END = 4
SHORT_MESSAGE_WORDS = 8


def says_goodbye(text: str) -> bool:
    folded = " ".join(fold(text).split())
    words = folded.split()
    if len(words) <= SHORT_MESSAGE_WORDS:
        return _NAMES_LEAVING(text)
    opening_ends = len(" ".join(words[:_WORDS_AT_AN_END]))
    closing_starts = len(folded) - len(" ".join(words[-_WORDS_AT_AN_END:]))
    return any(
        match.start() < opening_ends or match.end() > closing_starts
        for match in _NAMES_LEAVING.matches(folded)
    )


# Every request for a person names one, or contact: "iemand", "een mens", "een consulent", "bel me",
# "contact". "elk weekend ga ik heen en tussendoor veel appen en bellen" to the hours question is care;
# "iemand bij haar als ik weg ben" is someone for the naaste.
names_a_person = _WordsSearched(
    r"\biemand\b(?! (?:bij|voor|op) (?:haar|hem|mijn|mn|m n|ons|onze)\b)|\b(?:mens|menselijke?|persoon|persoonlijke?|medewerker|consulent|mantelzorgconsulent|"
    r"steunpunt|gemeente|contact|gesprek|hulpverlener|deskundige|afspraak|aanmelden|langskomen|"
    r"langs komen|doorverbind\w*|doorverbonden|terugbel\w*|teruggebeld|terugbelverzoek|"
    r"aan de telefoon|echt(?:e)? (?:iemand|persoon))\b|"
    r"\b(?:bel|bellen|mailen|appen) (?:me|mij)\b|\b(?:me|mij) (?:\w+ )?(?:bellen|mailen|appen)\b"
)

# "Wat bedoel je, hoeveel uur ik bij haar ben?": a check of the question, not one to look up.
asks_what_is_meant = _WordsSearched(
    r"\b(?:wat|hoe) (?:bedoel|bedoelt) (?:je|jij|u|jullie)\b|\bhoezo\b"
)

# "Ik wil graag praten met andere mantelzorgers", "ik zoek ...", "ik heb ... nodig": a wish, which
# asks without a question mark.
wishes_something = _WordsSearched(
    r"\bik (?:wil|wilde|wou|zou|zoek|heb (?:\w+ ){0,4}nodig)\b|\bgraag\b|\bhelp\b|\bhulp bij\b"
)

# Every wish to start over says so: "opnieuw", "reset", "van voren af aan", "begin". "vanaf corona
# eigenlijk, toen begon het" to "hoe lang al?" tells when the care began.
# A question is a pause or a stop only when it names one: "kan ik even pauzeren?", never "wat doet
# zo'n steunpunt eigenlijk?".
names_a_pause_or_stop = _WordsSearched(
    r"\b(?:pauz\w*|stop\w*|weg|wacht\w*|terug|moment\w*|ophouden|afbreken|afsluiten|kap\w*|"
    r"genoeg|klaar|laten (?:staan|liggen)|(?:straks|later) verder)\b"
)

# "Wat is een familievertrouwenspersoon?": the one long word a definition question asks about.
_TERM_ASKED = re.compile(
    r"\bwat (?:is|betekent|bedoelen ze met|bedoelt u met|bedoel je met) "
    r"(?:eigenlijk |precies )?(?:een |de |het )?(?P<term>[a-z]{8,})\b(?! (?:voor|van|bij|in|met|als)\b)"
)


# "wat is KOPP?": a short word in capitals is a term as well, said back as written.
_ACRONYM_ASKED = re.compile(
    r"\b[Ww]at (?:is|betekent|bedoelen ze met|bedoelt u met|bedoel je met) "
    r"(?:eigenlijk |precies )?(?:een |de |het )?(?P<term>[A-Z]{2,6})(?![\w-])"
)


def term_asked(text: str) -> str | None:
    found = _TERM_ASKED.search(fold(text)) or _ACRONYM_ASKED.search(text)
    return found["term"] if found else None


# Every wish for more offers names more or other: "wat is er nog meer", "andere opties", "iets
# anders", "is dat alles?", "iets dichterbij", "iets goedkopers". "gaat nog" to a statement of the check is an answer, though it sounds like "nog meer".
asks_for_more = _WordsSearched(
    r"\b(?:meer|andere?|anders|overige|verder|volgende|alternatie\w*|opties?|keuze\w*|suggesties?|"
    r"ideeen|mogelijkhe\w*|zoeken|is dat alles|dichterbij|goedkoper\w*|in plaats van|"
    r"nog (?:een paar|wat))\b"
)

# Every wish for an overview names keeping, sending or a list: "kan ik dit bewaren", "stuur het
# naar mijn mail", "zet alles op een rij". "kan dit ook via de telefoon?" asks for a way to talk.
asks_for_an_overview = _WordsSearched(
    r"\b(?:overzicht\w*|lijst\w*|bewa\w*|opslaan|op te slaan|sla \w+(?: \w+)? op|opschrijv\w*|"
    r"stuur\w*|sturen|\w*mail\w*|\w*print\w*|afdruk\w*|uitdraai|delen|deel|pdf|download\w*|kopie|"
    r"samenvatting|screenshot|export\w*|document|whatsapp|terug ?vinden|terugkijken|terug ?lezen|"
    r"nalezen|later (?:nog )?(?:eens )?lezen|op (?:een )?rij\w*|op papier|laten zien|link\w*)\b"
)

names_starting_over = _WordsSearched(
    r"\b(?:opnieuw|overnieuw|reset|resetten|restart|herstart\w*|van vo+r\w*(?: af)? aan|nieuw gesprek|"
    r"overdoen|begin|beginnen|starten|start|nog een keer|terug naar het begin)\b"
)
