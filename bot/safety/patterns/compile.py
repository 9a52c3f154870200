"""The rule types and the code that turns rules into regular expressions: macro expansion,
the literal gate and compiling.
"""

from __future__ import annotations

import re
import sre_constants
import sre_parse
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from bot.safety.categories import SafetyCategory
from bot.safety.patterns.macros import MACROS

_MACRO = re.compile(r"<(\w+)>")
_MACRO_DEPTH = 3


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
    # Looked for in the whole message whatever the scope: what the story around the clause says
    # ("herseninfarct. hij praat nu raar" tells the illness, not a stroke happening now).
    exclude_in_message: str | None = None
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
    exclude_in_message: re.Pattern[str] | None
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


def phrasings(
    category: SafetyCategory, label: str, *patterns: str, **options: Any
) -> tuple[Rule, ...]:
    """One rule per pattern, all with the same category, label and options.

    For a signal written as several phrasings that differ in nothing else; each stays its own rule
    (and so gets its own literal gate), in the order given.
    """
    return tuple(Rule(category, label, pattern, **options) for pattern in patterns)


def _required_literals(
    items: Iterable[tuple[Any, Any]],
) -> frozenset[str] | None:
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
        required = _required_literals(sre_parse.parse(expanded).data)
    except Exception:  # no gate is always safe
        return None
    if required is None or min(map(len, required)) < _MIN_GATE_LENGTH:
        return None
    return tuple(sorted(required))


def expand(pattern: str) -> str:
    """The pattern with every `<macro>` replaced by its regular expression."""
    # Macros may use macros ("ikheb" uses "adv"); expand until none is left.
    for _ in range(_MACRO_DEPTH):
        pattern = _MACRO.sub(lambda match: MACROS[match.group(1)], pattern)
    return pattern


def compile_rule(rule: Rule) -> CompiledRule:
    """One rule with its macros expanded, compiled, and its gate computed."""
    return CompiledRule(
        category=rule.category,
        label=rule.label,
        regex=re.compile(expand(rule.pattern)),
        negatable=rule.negatable,
        exclude=re.compile(expand(rule.exclude)) if rule.exclude else None,
        exclude_in_message=(
            re.compile(expand(rule.exclude_in_message)) if rule.exclude_in_message else None
        ),
        also=tuple(re.compile(expand(pattern)) for pattern in rule.also),
        strength=rule.strength,
        scope=rule.scope,
        needs=frozenset(rule.needs),
        separate=rule.separate,
        gate=_gate(expand(rule.pattern)),
    )
