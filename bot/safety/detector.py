"""Deterministic Dutch safety check, run on every message before intent classification.

`detect_safety_signal` normalises the text (see `normalize.py`), masks figures of speech ("ik schrok
me dood", "over mijn lijk": `everyday.py`), runs the curated patterns of `patterns/`, drops
matches that are negated ("ik denk niet aan zelfmoord") or that sit in a harmless context, and
returns the most urgent category with every signal it saw. `certain` says whether at least one of
the crisis signals was clear wording; veiled wording alone gets a check question first (`tiers.py`).
The result never contains the caregiver's words, only short labels, so it can be logged and put in
a handoff.

`is_everyday_lookalike` says whether a message only uses crisis words in an everyday way (a funeral,
a kitchen knife, pills in a weekly box); the tiers use it to overrule the trained model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.categories import PRECEDENCE, SafetyCategory, Urgency
from bot.safety.everyday import explained_by_everyday_use, mask_idioms
from bot.safety.normalize import CLAUSE_BREAK, normalise
from bot.safety.patterns import (
    HYPOTHETICAL,
    REASSURED,
    CompiledRule,
    Strength,
    compiled_rules,
)

_NEGATIONS = frozenset({"niet", "nooit", "geen", "nimmer", "never", "not"})
# "niet" followed by these is doubt or emphasis, not a denial: "ik weet niet of ik nog wil leven".
_NOT_A_DENIAL_AFTER = frozenset({"of", "zeker", "alleen", "goed"})
# A negation further back than this, or before a new subject or conjunction, is about something else.
_NEGATION_LOOKBACK = 5
# "niet dat ik dood wil of zo": the denial comes first and "dat" opens the denied clause.
_NOT_THAT = re.compile(r"(?:^|\s)niet dat (?:ik|we|wij)(?: (?!maar\b|en\b)[a-z]+){0,2} $")
_NEGATION_LOOKAHEAD = 3
_SKIPPED_AFTER = frozenset({"echt", "zeker", "hoor", "gewoon", "me", "mij", "hem", "haar", "ons"})
_SCOPE_BOUNDARIES = frozenset(
    {
        CLAUSE_BREAK,
        "ik",
        "hij",
        "ze",
        "zij",
        "wij",
        "we",
        "jij",
        "je",
        "u",
        "maar",
        "want",
        "en",
        "omdat",
        "dus",
        "of",
        "dat",
        "als",
        "toen",
        "wanneer",
        "terwijl",
    }
)


@dataclass(frozen=True)
class SafetySignal:
    """What the safety check found; `signals` are labels, never the caregiver's text.

    `certain` is True when at least one signal of the reported categories is clear wording ("ik wil
    dood"), False when all of them are veiled ("het hoeft voor mij niet meer"). Acute danger is
    always clear.
    """

    category: SafetyCategory
    urgency: Urgency
    signals: tuple[str, ...]
    categories: tuple[SafetyCategory, ...]
    certain: bool = True

    @property
    def is_crisis(self) -> bool:
        return self.category.is_crisis


def _is_denial(words: list[str], index: int) -> bool:
    if words[index] not in _NEGATIONS:
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    return following not in _NOT_A_DENIAL_AFTER


def _has_denial(words: list[str]) -> bool:
    return any(_is_denial(words, index) for index in range(len(words)))


def _denied_before(text: str, start: int) -> bool:
    # A match that opens its own clause ("... niet te zeggen dat de verzorger haar pijn doet") is
    # outside the scope of a negation before it.
    first_word = text[start:].split(maxsplit=1)[:1]
    if first_word and first_word[0] in _SCOPE_BOUNDARIES:
        return False
    if _NOT_THAT.search(text[:start]):
        return True
    before = text[:start].split()
    window: list[str] = []
    for word in reversed(before[-_NEGATION_LOOKBACK:]):
        if word in _SCOPE_BOUNDARIES:
            break
        window.insert(0, word)
    return _has_denial(window)


def _denied_after(text: str, end: int) -> bool:
    window: list[str] = []
    for word in text[end:].split()[:_NEGATION_LOOKAHEAD]:
        if word == CLAUSE_BREAK:
            break
        window.append(word)
    # "hij slaat me niet", "ik sla haar echt niet"
    while window and window[0] in _SKIPPED_AFTER:
        window = window[1:]
    return bool(window) and _is_denial(window, 0)


def _is_negated(text: str, match: re.Match[str]) -> bool:
    return (
        _has_denial(match.group(0).split())
        or _denied_before(text, match.start())
        or _denied_after(text, match.end())
    )


def _clause_around(text: str, match: re.Match[str]) -> str:
    start = text.rfind(f" {CLAUSE_BREAK} ", 0, match.start())
    end = text.find(f" {CLAUSE_BREAK} ", match.end())
    return text[start + 3 if start >= 0 else 0 : end if end >= 0 else len(text)]


Span = tuple[int, int]
_HYPOTHETICAL = re.compile(HYPOTHETICAL)
_REASSURED = re.compile(REASSURED)


def not_now(normalised: str) -> bool:
    """The message asks what to do if it happens, or says it is over: whatever it names is no
    danger now (for the tiers' reading of what only the model hears; the rules check the clause)."""
    return bool(_HYPOTHETICAL.search(normalised) or _REASSURED.search(normalised))


def _firing_spans(rule: CompiledRule, text: str) -> list[Span]:
    """Where the rule fires in `text` (normalised and masked): every match that passes its checks."""
    spans: list[Span] = []
    if rule.gate is not None:
        for literal in rule.gate:
            if literal in text:
                break
        else:
            return spans
    for match in rule.regex.finditer(text):
        context = text if rule.scope == "message" else _clause_around(text, match)
        if rule.exclude is not None and rule.exclude.search(context):
            continue
        if rule.exclude_in_message is not None and rule.exclude_in_message.search(text):
            continue
        if not all(concept.search(context) for concept in rule.also):
            continue
        if rule.negatable and _is_negated(text, match):
            continue
        # Acute danger is about now: not a question about what to do if it happens, and not
        # something the message says is over ("de huisarts zei dat het geen kwaad kan").
        if rule.category is SafetyCategory.ACUTE_DANGER and (
            _HYPOTHETICAL.search(_clause_around(text, match)) or _REASSURED.search(text)
        ):
            continue
        spans.append(match.span())
    return spans


def _overlap(first: Span, second: Span) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def matched_rules(text: str) -> list[CompiledRule]:
    """Every rule that fires on `text` (for evaluation and debugging)."""
    normalised = normalise(text)
    if not normalised:
        return []
    masked, _ = mask_idioms(normalised)
    rules = compiled_rules()
    fired: list[CompiledRule] = []
    evidence: list[tuple[SafetyCategory, Span]] = []
    for rule in rules:
        if rule.needs:
            continue
        spans = _firing_spans(rule, masked)
        if spans:
            fired.append(rule)
            evidence.extend((rule.category, span) for span in spans)
    # A rule that needs another category counts only next to separate evidence of it: the pills in
    # "de pillen liggen klaar" do not make that same sentence more certain.
    for rule in rules:
        if not rule.needs:
            continue
        for span in _firing_spans(rule, masked):
            if any(
                category in rule.needs and not (rule.separate and _overlap(span, other))
                for category, other in evidence
            ):
                fired.append(rule)
                break
    return fired


def detect_safety_signal(text: str) -> SafetySignal | None:
    """The most urgent safety signal in a message, or None when there is none."""
    rules = matched_rules(text)
    if not rules:
        return None
    categories = tuple(
        category for category in PRECEDENCE if any(rule.category is category for rule in rules)
    )
    # Overload next to a crisis adds nothing to the reply; the crisis leads.
    if categories[0].is_crisis:
        categories = tuple(category for category in categories if category.is_crisis)
    signals: list[str] = []
    for category in categories:
        for rule in rules:
            if rule.category is category and rule.label not in signals:
                signals.append(rule.label)
    return SafetySignal(
        category=categories[0],
        urgency=categories[0].urgency,
        signals=tuple(signals),
        categories=categories,
        certain=any(
            rule.strength is Strength.CLEAR for rule in rules if rule.category in categories
        ),
    )


def is_everyday_lookalike(text: str) -> bool:
    """True when the message uses crisis words only in an everyday way and the rules see no crisis.

    "Ik schrok me dood", "mijn vader viel vanochtend, mag ik van mijn werk weg?", "hoe krijg ik al
    die pillen overzichtelijk?": the trained model may hear a crisis in these; the tiers then stay
    silent. A message with one alarm word that no everyday use explains is not a look-alike.
    """
    normalised = normalise(text)
    if not normalised or not explained_by_everyday_use(normalised, text):
        return False
    signal = detect_safety_signal(text)
    return signal is None or not signal.is_crisis
