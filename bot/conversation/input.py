"""What arrives is not always a sentence: clean it, keep it to a readable length, notice another
language. Runs on every message before the model sees it (`bot.conversation.rasa_component`).

A very long message is cut for the model (its cost grows with the length), but the safety check
still reads all of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from knowledge.helplines import HelpLine

MAX_MODEL_CHARS = 1000
MIN_WORDS_FOR_LANGUAGE = 3
# A clause of Dutch in a mixed message ("she fall down two times. ik wil een alarmknop voor haar,
# hoe moet dat?") is enough to read the message as Dutch.
MIN_DUTCH_WORDS_FOR_DUTCH = 4

# Control and format characters (zero-width, bidi overrides) except newline and tab.
_CONTROL = re.compile(
    r"[^\S\n\t ]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]"
)
_SPACES = re.compile(r"[ \t]+")
_WORD = re.compile(r"[^\W\d_]+")

# Short function words: a Dutch sentence has some; an English or German one has its own.
_DUTCH = (
    "ik je jij u uw mijn we wij het de een en is niet wel met voor van op in aan dat die dit er "
    "zijn ben heb heeft hij zij ze maar ook nog al kan kun wil moet wat hoe waar wie waarom "
    "geen ja nee graag hallo hoi dank bedankt of te om als dan naar bij zo heel erg veel mij me "
    "was les ma"
)
_OTHER = {
    "english": "i you he she we they the a an and is are not with for of to in on that this my "
    "your what how where who why can could would please hello hi thanks thank do does have has",
    "german": "ich du sie wir ihr der das und ist nicht mit für von zu auf dass mein meine wie wo "
    "bitte danke habe hat kann möchte mir mich ihnen können sprechen helfen hilfe brauche",
    "french": "je tu il elle nous vous des et est pas avec pour dans que mon merci bonjour",
    "spanish_portuguese": "necesito ayuda por favor hablas español gracias preciso obrigado minha",
    "turkish": "ben sen bir ve bu için merhaba teşekkür annem babam yardım lazım musunuz",
    "polish": "jestem nie jak dziękuję proszę czy mój moja mojej się pomocy po polsku",
}
DUTCH_WORDS = frozenset(_DUTCH.split())
FOREIGN_WORDS = frozenset(" ".join(_OTHER.values()).split()) - DUTCH_WORDS


def clean(text: str) -> str:
    """Unicode in one form, no control characters, no runs of spaces."""
    normal = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", _CONTROL.sub(" ", normal)).strip()


def for_the_model(text: str, limit: int = MAX_MODEL_CHARS) -> str:
    """The cleaned text, cut after a whole word when it is longer than `limit`."""
    cleaned = clean(text)
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[:limit]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


def _non_latin_letters(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    foreign = sum(1 for ch in letters if "LATIN" not in unicodedata.name(ch, "LATIN"))
    return foreign / len(letters)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _dutch_words(words: list[str]) -> int:
    return sum(1 for w in words if w in DUTCH_WORDS)


def is_other_language(text: str) -> bool:
    """True when the message is clearly not Dutch: another script, or another language's function
    words and none of Dutch. Short or mixed messages count as Dutch, to be safe."""
    words = _words(text)
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return False
    if _non_latin_letters(text) > 0.5:
        return True
    foreign = sum(1 for w in words if w in FOREIGN_WORDS)
    return _dutch_words(words) == 0 and foreign >= 2


def too_short_to_tell(text: str) -> bool:
    """A word or two in Latin letters without another language's function word ("alzheimer",
    "cva", "okay"): a Dutch caregiver types these too, so they count as Dutch."""
    words = _words(text)
    return (
        len(words) < MIN_WORDS_FOR_LANGUAGE
        and _non_latin_letters(text) <= 0.5
        and not any(word in FOREIGN_WORDS for word in words)
    )


_DUTCH_YES_OR_NO = frozenset({"ja", "jaa", "jawel", "nee", "neee", "neen", "nope"})
_SHORT_ANSWER_WORDS = 4


def answers_ja_or_nee(text: str) -> bool:
    """A short answer holding a Dutch "ja" or "nee" ("Mi boi, ja"): the question was understood,
    so the answer counts as Dutch, unless another language's function words say otherwise."""
    words = _words(text)
    return (
        len(words) <= _SHORT_ANSWER_WORDS
        and any(word in _DUTCH_YES_OR_NO for word in words)
        and not any(word in FOREIGN_WORDS for word in words)
        and _non_latin_letters(text) <= 0.5
    )


def reads_as_dutch(text: str) -> bool:
    """Enough Dutch function words to answer in Dutch, whatever else the message holds."""
    return _dutch_words(_words(text)) >= MIN_DUTCH_WORDS_FOR_DUTCH


def other_language_reply(helplines: Mapping[str, HelpLine]) -> str:
    """Dutch and English: only Dutch is understood, and the emergency numbers, from the data."""
    alarm = helplines["alarm_112"].phones[0]
    suicide = " / ".join(helplines["zelfmoordpreventie_113"].phones)
    return (
        "Ik begrijp alleen Nederlands. Schrijf gerust in eenvoudige Nederlandse woorden.\n"
        "I only understand Dutch. Please write in simple Dutch, or ask someone to help you.\n"
        f"Is er gevaar? Bel {alarm}. Denkt u aan zelfdoding? Bel {suicide}.\n"
        f"Emergency: call {alarm}. Suicidal thoughts: call {suicide} (113 Zelfmoordpreventie)."
    )
