"""The safety rules as a package: one module per category, macros and compiling in one place."""

from __future__ import annotations

import re
from collections import Counter

from bot.safety.categories import PRECEDENCE, SafetyCategory
from bot.safety.patterns import (
    RULES,
    abuse_or_neglect,
    acute_danger,
    compiled_rules,
    overload,
    suicide,
    violence_against_caregiver,
    violence_by_caregiver,
)
from bot.safety.patterns.compile import expand

MODULES = {
    SafetyCategory.ACUTE_DANGER: acute_danger,
    SafetyCategory.SUICIDE: suicide,
    SafetyCategory.VIOLENCE_BY_CAREGIVER: violence_by_caregiver,
    SafetyCategory.VIOLENCE_AGAINST_CAREGIVER: violence_against_caregiver,
    SafetyCategory.ABUSE_OR_NEGLECT: abuse_or_neglect,
    SafetyCategory.OVERLOAD: overload,
}


# Rules per category when the rules were split out of one file. Adding or removing a rule changes
# these on purpose; a change that only moves or rewrites code must leave them as they are.
def test_every_category_has_its_own_module_and_only_its_own_rules() -> None:
    assert set(MODULES) == set(SafetyCategory)
    for category, module in MODULES.items():
        assert module.RULES
        assert {rule.category for rule in module.RULES} == {category}, module.__name__


def test_rules_are_the_modules_in_order_of_precedence() -> None:
    assert tuple(rule for category in PRECEDENCE for rule in MODULES[category].RULES) == RULES


def test_every_crisis_category_and_overload_has_rules() -> None:
    counts = Counter(rule.category for rule in RULES)
    assert set(counts) == set(MODULES) and min(counts.values()) >= 10


def test_no_rule_is_written_twice() -> None:
    assert len(set(RULES)) == len(RULES)


def test_every_macro_expands() -> None:
    for rule in compiled_rules():
        for pattern in (rule.regex, rule.exclude, *rule.also):
            if pattern is not None:
                assert not re.search(r"<[a-z]+>", pattern.pattern), rule.label


def test_expand_leaves_plain_regular_expressions_alone() -> None:
    assert expand(r"\bik (?<!\bde )wil\b") == r"\bik (?<!\bde )wil\b"
