"""Understanding a free Dutch answer to one instrument item.

`interpret_answer` returns the id of the answer option the caregiver meant, or None when it is not
clear; the bot then asks again and shows the buttons. Guessing is worse than asking again: a wrong
answer changes a validated score.

How it works:
1. Button payloads and exact option ids or labels ("min_of_meer", "Ja!", "/affirm") map directly.
2. Numeric scales (the SRB, 0-10) take one whole number ("een 7", "7/10", "zeven"); nothing else.
3. Other answers are normalised (lower case, no accents, stretched letters shortened, typos fixed
   with rapidfuzz against the known words) and read as one meaning: agree_strong, agree, partly,
   disagree, disagree_strong. The instrument file says which option takes which meaning.

Decisions:
- The CSI is dichotomous (ja/nee). "soms", "een beetje", "min of meer" are 'partly', which no CSI
  option takes, so the answer is None and the bot asks "ja of nee?". Nothing in FACTS.md says that a
  partly-true statement counts as 'ja', so we do not decide it for the caregiver.
- A longer answer counts only when it starts with the answer itself ("Ja, elke nacht twee keer").
  A story without a leading answer ("Ik slaap niet goed") gives None: a 'niet' in a story often
  means the opposite of 'nee'.
- "Weet ik niet", "misschien", "sla over" give None, whatever else the message says.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.assessment.instruments import AnswerMeaning, AnswerOption, Instrument, Item
from bot.text.words import word_text

# fmt: off
_PHRASES: dict[AnswerMeaning | None, tuple[str, ...]] = {
    "agree_strong": (
        "ja zeker", "jazeker", "zeker", "zeker wel", "100", "100 procent", "honderd procent", "zeker weten", "zeer zeker", "absoluut",
        "helemaal", "helemaal waar", "helemaal mee eens", "klopt helemaal", "altijd", "heel erg",
        "heel vaak", "zeer", "echt wel", "ja echt", "voortdurend", "constant", "continu",
        "de hele tijd", "elke dag", "enorm",
    ),
    "agree": (
        "ja", "jawel", "ja hoor", "yes", "jep", "jup", "yep", "klopt", "dat klopt", "klopt wel",
        "wel", "dat wel", "inderdaad", "idd", "vaak", "best wel", "best vaak", "waar", "dat is waar",
        "dat is zo", "is zo", "eens", "mee eens", "regelmatig", "erg",
        "helaas wel", "helaas ja", "ja helaas", "helaas", "juist", "dat is juist", "correct",
        "precies", "zo is het", "dat klopt wel", "klopt helaas", "dat zeker", "zeker weten wel",
        "nou en of", "reken maar", "ja dat wel", "jaa", "zeker dat", "uiteraard", "natuurlijk",
        "tuurlijk", "zekers", "jazeker wel", "ja natuurlijk", "absoluut wel", "heel zeker",
        # Recognising the statement: "dat herken ik", "herkenbaar".
        "herken ik", "dat herken ik", "dat herken ik wel", "herken ik wel", "herkenbaar",
        "heel herkenbaar", "ik herken het", "ik herken dat",
        # A sigh that says yes: "och ja", "ach ja".
        "och ja", "ach ja", "ja och", "ja ach",
        # Yes said with a shrug: "dat zal wel ja", "mwah, ja" (personas dev17).
        # Not "dat zal wel" alone: "dat zal wel meevallen" says no.
        "zal wel ja", "dat zal wel ja", "mwah ja", "mwa ja", "meh ja", "pff ja", "tsja ja",
        # Yes in the languages of many Dutch second-language writers (Polish, Turkish), and with
        # the words of the street or of Suriname ("wallah ja", "jawis").
        "tak", "evet", "wallah ja", "wallah", "walla", "jawis", "jao", "yes really",
    ),
    "partly": (
        "soms", "soms wel", "soms niet", "een beetje", "beetje", "klein beetje", "wel een beetje",
        "min of meer", "meer of minder", "af en toe", "zo nu en dan", "nu en dan", "wel eens",
        "weleens", "gedeeltelijk", "deels", "enigszins", "redelijk", "ja en nee", "half",
        "half om half", "niet altijd", "niet helemaal", "ietwat", "wisselend", "het wisselt",
        # "Gaat wel": so-so, neither yes nor no.
        "gaat wel", "gaat wel hoor", "gaat nog wel", "gaat nog", "gaat nog net", "gaat nog hoor",
        "het gaat nog", "gaat net",
        # "in slechte periodes wel": true at times.
        "in slechte periodes", "in slechte periode", "in slechte tijden", "in slechte weken",
        "op slechte dagen", "in zware periodes", "op zware dagen", "in drukke periodes",
    ),
    "disagree": (
        "nee", "nee hoor", "niet", "niet echt", "eigenlijk niet", "nauwelijks", "amper", "zelden",
        "weinig", "klopt niet", "niet waar", "oneens", "niet mee eens", "nope", "nah", "niet vaak",
        "niet zo", "niet erg", "niet zo erg", "niet bepaald", "valt mee", "valt wel mee",
        "valt best mee", "valt nog mee", "valt nog wel mee", "zal wel meevallen", "geen",
        "dat niet", "nee dat niet", "valt wel mee hoor", "gelukkig niet",
        "nee gelukkig niet", "niet echt hoor", "neen", "nop", "klopt niet hoor", "nee eigenlijk niet",
        # The statements are all about strain: "it goes fine" says it does not apply.
        "gaat best", "gaat prima", "gaat goed", "gaat best goed", "gaat wel goed", "gaat prima hoor",
        "geen probleem", "geen last", "geen last van", "geen moeite", "niet van toepassing", "nvt",
        "valt reuze mee", "valt heel erg mee", "niet nodig", "hayir", "nein", "no", "not really",
        # "nee, dat gaat wel": it is manageable, so the statement does not apply. ("gaat wel" alone
        # stays so-so.)
        "dat gaat wel", "dat gaat nog wel", "nee gaat wel", "dat gaat wel hoor",
        "dat gaat nog", "nee gaat nog", "dat gaat nog hoor",
        "herken ik niet", "dat herken ik niet", "niet herkenbaar", "herken ik me niet in",
    ),
    "disagree_strong": (
        "helemaal niet", "helemaal nooit", "nooit", "absoluut niet", "zeker niet",
        "zeer zeker niet", "totaal niet", "echt niet", "echt helemaal niet", "geheel niet",
        "in het geheel niet", "helemaal geen",
    ),
    # None: the caregiver does not know or does not want to answer; ask again or move on.
    None: (
        "weet niet", "weet ik niet", "weet het niet", "geen idee", "twijfel", "ik twijfel",
        "misschien", "moeilijk te zeggen", "lastig te zeggen", "hangt ervan af", "hangt er van af",
        "ligt eraan", "ligt er aan", "wil ik niet zeggen", "zeg ik liever niet", "liever niet",
        "sla over", "overslaan", "snap de vraag niet", "begrijp de vraag niet", "wat bedoel je",
        "wat bedoelt u", "geen antwoord",
    ),
}

# Words that carry no answer; they neither count nor stop the leading answer.
_FILLERS = frozenset((
    "ik", "dat", "het", "is", "eigenlijk", "denk", "toch", "maar", "en", "ook", "gewoon", "nog",
    "al", "de", "een", "zo", "dus", "nu", "op", "dit", "moment", "momenteel", "tegenwoordig",
    "laatste", "tijd", "vind", "van", "zou", "zeg", "eerlijk", "gezegd", "er", "daar", "mij", "me",
    "mijn", "voor", "om", "te", "u", "heb", "ben", "was", "hoor", "nou", "tja", "ehm", "eh", "uh",
    "uhm", "hmm", "oh", "oke", "net", "heel", "echt", "wij", "we", "ooit", "bedoel",
))

_NUMBER_WORDS = {
    "nul": 0, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10,
}
# fmt: on
_RASA_PAYLOAD = re.compile(r"^/(?P<intent>\w+)(?P<entities>\{.*\})?$", re.DOTALL)
_RASA_INTENTS: dict[str, AnswerMeaning] = {"affirm": "agree", "deny": "disagree"}
_OUT_OF_TEN = re.compile(r"\b(\d+)\s*(?:/|van de|op de|uit de|op|uit)\s*10\b")


def normalize_text(text: str) -> str:
    """The folded words, single spaces ("Één!" -> "een"), by the toolkit's rule.

    Hyphens split (`split_hyphens`): the answer phrases and the needs' word-start rules look for
    the parts ("half-om-half", "nee-nee", "dag-besteding").
    """
    return word_text(text, split_hyphens=True)


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[tuple[tuple[str, ...], AnswerMeaning | None], ...]:
    """Phrases as token tuples, longest first, so "helemaal niet" wins over "helemaal"."""
    table = [
        (tuple(phrase.split()), meaning)
        for meaning, phrases in _PHRASES.items()
        for phrase in phrases
    ]
    return tuple(sorted(table, key=lambda entry: -len(entry[0])))


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    return tuple(sorted({token for tokens, _ in _phrase_table() for token in tokens}))


def _canonical_token(token: str) -> str:
    token = re.sub(r"(.)\1{2,}", r"\1\1", token)  # "neeeee" -> "nee", "nooooit" -> "nooit"
    if re.fullmatch(r"j+a+[ahj]*|y+a+", token):
        return "ja"
    if re.fullmatch(r"n+e+[eij]*|n+e+u+h*|n+e+h+|nae", token):  # "neuh", "neh", "nae": no
        return "nee"
    vocabulary = _vocabulary()
    if token in vocabulary or token in _FILLERS or len(token) < 3 or token.isdigit():
        return token
    match = process.extractOne(token, vocabulary, scorer=fuzz.ratio, score_cutoff=85)
    return match[0] if match else token


_Meanings = list[AnswerMeaning | None]


def _read_meanings(tokens: list[str]) -> tuple[_Meanings, _Meanings, int]:
    """All meanings, the meanings of the leading answer, and the number of unknown words."""
    meanings: _Meanings = []
    leading: _Meanings = []
    unknown = 0
    position = 0
    while position < len(tokens):
        for phrase, meaning in _phrase_table():
            if tuple(tokens[position : position + len(phrase)]) == phrase:
                meanings.append(meaning)
                if unknown == 0:
                    leading.append(meaning)
                position += len(phrase)
                break
        else:
            if tokens[position] not in _FILLERS:
                unknown += 1
            position += 1
    return meanings, leading, unknown


def _combine(meanings: _Meanings) -> AnswerMeaning | None:
    found = set(meanings)
    if not found or None in found:
        return None
    if len(found) == 1:
        return found.pop()
    if found <= {"agree", "agree_strong"}:
        return "agree_strong"
    if found <= {"disagree", "disagree_strong"}:
        return "disagree_strong"
    if "partly" in found and not found & {"agree_strong", "disagree_strong"}:
        return "partly"  # "ja, soms", "nee, maar soms wel"
    return None


_CONCLUDING = frozenset({"dus", "meestal", "vaker", "vooral", "overwegend"})
_CONCLUSIONS: dict[str, AnswerMeaning] = {
    "ja": "agree",
    "wel": "agree",
    "nee": "disagree",
    "niet": "disagree",
}
# One letter typed on a phone, and nothing else.
_ONE_LETTER: dict[str, AnswerMeaning] = {"j": "agree", "n": "disagree"}


def meaning_of(text: str) -> AnswerMeaning | None:
    """The answer meaning of a free Dutch reply to a statement, or None when unclear."""
    if (letter := text.strip().strip(".!").lower()) in _ONE_LETTER:
        return _ONE_LETTER[letter]
    tokens = [_canonical_token(token) for token in normalize_text(text).split()]
    if len(tokens) > 2 and tokens[-2] in _CONCLUDING and tokens[-1] in _CONCLUSIONS:
        # "soms wel, dus ja", "soms wel soms niet, maar vaker wel": weighed, then concluded.
        return _CONCLUSIONS[tokens[-1]]
    meanings, leading, unknown = _read_meanings(tokens)
    if None in meanings:
        return None
    meaning = _combine(meanings if unknown == 0 else leading)
    if "!" in text and unknown == 0:
        # "Ja!" and "Nee!" are EDIZ answers of their own.
        if meaning == "agree":
            meaning = "agree_strong"
        elif meaning == "disagree":
            meaning = "disagree_strong"
    return meaning


def _option_for_meaning(instrument: Instrument, meaning: AnswerMeaning | None) -> str | None:
    if meaning is None:
        return None
    return next((option.id for option in instrument.options if meaning in option.matches), None)


def _from_payload(instrument: Instrument, text: str) -> str | None:
    match = _RASA_PAYLOAD.match(text)
    if not match:
        return None
    option_ids = {option.id for option in instrument.options}
    if match["entities"]:
        try:
            entities = json.loads(match["entities"])
        except json.JSONDecodeError:
            return None
        values = {str(value) for value in entities.values() if isinstance(value, str | int)}
        chosen = values & option_ids
        return chosen.pop() if len(chosen) == 1 else None
    return _option_for_meaning(instrument, _RASA_INTENTS.get(match["intent"]))


def _exact_option(instrument: Instrument, text: str) -> AnswerOption | None:
    wanted = text.strip().casefold()
    return next(
        (
            option
            for option in instrument.options
            if wanted in (option.id.casefold(), option.label.casefold())
        ),
        None,
    )


def _number(text: str) -> int | None:
    """The one whole number in a reply ("een 7", "7/10", "zeven"); None when absent or unclear."""
    text = _OUT_OF_TEN.sub(r"\1", text.casefold())
    if re.search(r"\d+[.,]\d", text):
        return None  # "7,5" is not on the scale: ask again rather than round for the caregiver
    numbers = {int(value) for value in re.findall(r"\d+", text)}
    words = normalize_text(text).split()
    numbers |= {_NUMBER_WORDS[word] for word in words if word in _NUMBER_WORDS}
    if words == ["een"]:
        numbers.add(1)  # "één" alone; inside a sentence "een" is the article ("een 7")
    return numbers.pop() if len(numbers) == 1 else None


def interpret_answer(instrument: Instrument, item: Item | str, text: str) -> str | None:
    """The option id a free answer to `item` means, or None when the bot should ask again."""
    instrument.item(item if isinstance(item, str) else item.id)  # KeyError for a foreign item
    text = text.strip()
    if not text:
        return None
    if text.startswith("/"):
        return _from_payload(instrument, text)
    exact = _exact_option(instrument, text)
    if exact is not None:
        return exact.id
    if instrument.is_numeric_scale:
        number = _number(text)
        return next((o.id for o in instrument.options if o.value == number), None)
    return _option_for_meaning(instrument, meaning_of(text))
