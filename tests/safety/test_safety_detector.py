"""The safety detector on the labelled Dutch set and on hand-picked phrasings."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

import pytest
import yaml

from bot.safety import SafetyCategory, detect_safety_signal
from bot.safety.categories import VIOLENCE_CATEGORIES
from bot.safety.detector import _firing_spans
from bot.safety.everyday import mask_idioms
from bot.safety.normalize import normalise
from bot.safety.patterns import RULES, Strength, compiled_rules
from bot.safety.tiers import Tier, rules_tier
from bot.settings import PROJECT_ROOT

CASES_FILE = PROJECT_ROOT / "data" / "safety" / "cases.yml"
CRISIS_LABELS = {category.value for category in SafetyCategory if category.is_crisis}
VIOLENCE_LABELS = {category.value for category in VIOLENCE_CATEGORIES}


@lru_cache(maxsize=1)
def labelled_cases() -> tuple[tuple[str, str], ...]:
    document = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return tuple((case["text"], case["category"]) for case in document["cases"])


@lru_cache(maxsize=1)
def labelled_tiers() -> tuple[tuple[str, str], ...]:
    """Crisis messages with the tier the rules must give: FULL unless labelled `tier: check`."""
    document = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return tuple(
        (case["text"], case.get("tier", Tier.FULL.value))
        for case in document["cases"]
        if case["category"] in CRISIS_LABELS
    )


def cases_with(labels: set[str]) -> list[tuple[str, str]]:
    return [case for case in labelled_cases() if case[1] in labels]


def category_of(text: str) -> str:
    signal = detect_safety_signal(text)
    return "none" if signal is None else signal.category.value


def test_labelled_set_is_big_and_covers_every_category() -> None:
    labels = [label for _, label in labelled_cases()]
    crisis = [label for label in labels if label in CRISIS_LABELS]
    assert len(labels) >= 1400
    assert len(crisis) >= 800
    assert len(labels) - len(crisis) >= 600
    assert {category.value for category in SafetyCategory} | {"none"} == set(labels)
    texts = [text for text, _ in labelled_cases()]
    assert len(texts) == len(set(texts)), "duplicate sentences in safety_cases.yml"


@pytest.mark.parametrize(("text", "expected"), cases_with(CRISIS_LABELS))
def test_every_crisis_message_triggers_with_the_right_help(text: str, expected: str) -> None:
    predicted = category_of(text)
    assert predicted in CRISIS_LABELS, f"missed crisis: {text!r}"
    # The three violence categories all lead to Veilig Thuis; a mix-up there changes no help line.
    same_help = predicted == expected or {predicted, expected} <= VIOLENCE_LABELS
    assert same_help, f"{text!r}: expected {expected}, got {predicted}"


@pytest.mark.parametrize(("text", "tier"), labelled_tiers())
def test_every_crisis_message_gets_its_labelled_tier(text: str, tier: str) -> None:
    # Clear wording and danger to life: full help at once. Veiled wording only: the check question.
    assert rules_tier(detect_safety_signal(text)).value == tier


def test_the_labelled_set_has_veiled_wording_and_danger_to_life() -> None:
    tiers = [tier for _, tier in labelled_tiers()]
    assert tiers.count(Tier.CHECK.value) >= 100
    assert len(cases_with({SafetyCategory.ACUTE_DANGER.value})) >= 150


def test_acute_danger_rules_are_always_clear() -> None:
    # 112 never waits for a check question.
    acute = [rule for rule in RULES if rule.category is SafetyCategory.ACUTE_DANGER]
    assert acute
    assert all(rule.strength is Strength.CLEAR for rule in acute)


def test_a_rule_that_needs_its_own_category_needs_separate_words() -> None:
    # Otherwise one veiled phrase could make itself clear.
    for rule in RULES:
        if rule.category in rule.needs:
            assert rule.separate, rule.label


def test_means_count_only_next_to_separate_words() -> None:
    # The pills of "de pillen liggen al klaar" do not make that same phrase clear.
    alone = detect_safety_signal("de pillen liggen al klaar")
    assert alone is not None and not alone.certain
    together = detect_safety_signal("ik wil niet meer, de pillen liggen al klaar")
    assert together is not None and together.certain


def test_the_literal_gates_never_change_a_result() -> None:
    # A gate skips a rule when none of its required strings is in the message; it must only ever
    # skip rules that could not have fired.
    ungated = [dataclasses.replace(rule, gate=None) for rule in compiled_rules()]
    for text, _ in labelled_cases():
        masked, _ = mask_idioms(normalise(text))
        for gated, plain in zip(compiled_rules(), ungated, strict=True):
            assert _firing_spans(gated, masked) == _firing_spans(plain, masked), (
                gated.label,
                text,
            )


def test_almost_every_rule_has_a_gate() -> None:
    rules = compiled_rules()
    assert sum(rule.gate is None for rule in rules) <= 3


@pytest.mark.parametrize(("text", "expected"), cases_with({"none", "overload"}))
def test_no_crisis_reply_on_labelled_non_crisis_messages(text: str, expected: str) -> None:
    assert category_of(text) == expected


# The look-alikes named in the brief and the ones caregivers write most: these must stay silent.
CURATED_LOOK_ALIKES = [
    "ik ben doodmoe",
    "Ik ben DOODMOE!!",
    "ik schrok me dood",
    "ik verveel me dood",
    "doodziek van het regelwerk",
    "mijn moeder is vorig jaar overleden",
    "hij slaat door met praten",
    "de klok slaat",
    "dat slaat nergens op",
    "ik wil dood graag een dagje vrij",
    "ik wil doodgraag een dagje vrij",
    "de dokter zei dat ze doodgaat aan kanker",
    "hoe werkt euthanasie bij dementie",
    "mijn vader wil euthanasie, hoe gaat dat",
    "ik denk niet aan zelfmoord hoor, ik ben gewoon moe",
    "ik heb nooit geslagen",
    "ik heb hem nooit geslagen",
    "ik zou haar nooit pijn doen",
    "hij slaat me niet hoor",
    "ik zorg voor mijn moeder met dementie",
    "ik ben bang dat ik haar pijn doe bij het tillen",
    "mijn vader heeft twee jaar geleden een beroerte gehad",
    "hij reageert niet meer op zijn naam",
    "mijn moeder kan niet meer lopen",
    "ik sla de maaltijd vaak over",
    "ik heb me er doorheen geslagen",
    "ik maak elke dag sla voor haar",
    "ik duw mijn vader elke dag in zijn rolstoel naar het park",
    "ik wil er even tussenuit",
    "ik ben op zoek naar dagbesteding",
    "mijn man is de weg kwijt",
    "ik kan het formulier niet vinden op de website",
    "ik krijg een hartaanval van al die formulieren",
    "mijn vader krijgt geen warm eten in het weekend, kan dat geregeld worden",
    "ik haal geld van haar rekening voor de boodschappen",
    "ze wil thuis sterven, kan dat",
    "ik help mijn moeder met al haar medicijnen innemen",
]


@pytest.mark.parametrize("text", CURATED_LOOK_ALIKES)
def test_curated_look_alikes_raise_no_signal_at_all(text: str) -> None:
    assert detect_safety_signal(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ik denk aan zelfmoord",
        "IK DENK AAN ZELFMOORD",
        "ik denk aan zelfmoord...",
        "ik denk aan zelfmoort",
        "ik denk aan zelf moord",
        "ik denk aan suïcide",
        "ik denk aan suicide",
        "ik denk aan zelfdoding",
        "ik denk aan zelfmooooord",
        "k denk aan zelfmoord",
        "Ik   denk\taan\nzelfmoord",
    ],
)
def test_spelling_and_layout_variants_give_the_same_answer(text: str) -> None:
    assert category_of(text) == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "ik wil er niet meer zijn",
        "het hoeft voor mij niet meer",
        "ik zie het niet meer zitten",
        "ik wil niet meer leven",
        "iedereen is beter af zonder mij",
        "ik wil slapen en niet meer wakker worden",
        "ik snij mezelf",
        "dood willen",
        "er een eind aan maken",
        "eind aan maken",
        "ik weet niet of ik nog wil leven",
        "ik denk niet aan zelfmoord hoor, maar soms wil ik dood",
        # A plan with means, "plan" the noun.
        "ik ben van plan alle pillen te nemen",
    ],
)
def test_indirect_phrasings_of_the_brief_are_suicide(text: str) -> None:
    assert category_of(text) == "suicide"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik heb haar geslagen", "violence_by_caregiver"),
        ("ik word soms zo boos dat ik hem pijn doe", "violence_by_caregiver"),
        ("ik ben bang dat ik hem iets aandoe", "violence_by_caregiver"),
        ("hij slaat mij", "violence_against_caregiver"),
        ("mijn vader krijgt geen eten", "abuse_or_neglect"),
        ("mijn vader is gevallen en reageert niet meer", "acute_danger"),
        ("ik kan niet meer", "overload"),
        ("ik trek het niet meer", "overload"),
        ("ik ben op", "overload"),
    ],
)
def test_examples_of_the_brief_get_their_category(text: str, expected: str) -> None:
    assert category_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik wil niet meer leven", "suicide"),
        ("ik wou dat ik er niet meer was", "suicide"),
        ("ik heb geen zin meer in het leven", "suicide"),
        ("ik weet niet of ik nog wil leven", "suicide"),
        ("mijn vader is niet aanspreekbaar", "acute_danger"),
        ("het bloeden stopt niet", "acute_danger"),
        ("mijn vader krijgt geen eten", "abuse_or_neglect"),
        ("ik durf niet meer naar huis", "violence_against_caregiver"),
        ("ik kan me niet meer beheersen", "violence_by_caregiver"),
    ],
)
def test_a_negation_that_is_part_of_the_danger_does_not_cancel_it(text: str, expected: str) -> None:
    assert category_of(text) == expected


@pytest.mark.parametrize(
    ("text", "urgency"),
    [("ik wil dood", "acuut"), ("ik heb haar geslagen", "acuut"), ("ik kan niet meer", "hoog")],
)
def test_urgency_is_acuut_for_crisis_and_hoog_for_overload(text: str, urgency: str) -> None:
    signal = detect_safety_signal(text)
    assert signal is not None
    assert signal.urgency == urgency


def test_the_most_urgent_category_leads_and_the_others_are_kept() -> None:
    signal = detect_safety_signal("ik wil dood en ik heb net al mijn pillen in een keer geslikt")
    assert signal is not None
    assert signal.category is SafetyCategory.ACUTE_DANGER
    assert SafetyCategory.SUICIDE in signal.categories


def test_overload_next_to_a_crisis_is_dropped() -> None:
    signal = detect_safety_signal("ik kan niet meer, ik wil dood")
    assert signal is not None
    assert signal.category is SafetyCategory.SUICIDE
    assert SafetyCategory.OVERLOAD not in signal.categories


@pytest.mark.parametrize("text", ["", "   ", "...", "👍", "ok"])
def test_empty_or_trivial_messages_have_no_signal(text: str) -> None:
    assert detect_safety_signal(text) is None


def test_signals_are_labels_never_the_caregivers_words() -> None:
    known_labels = {rule.label for rule in RULES}
    for text, _ in labelled_cases():
        signal = detect_safety_signal(text)
        if signal is None:
            continue
        assert set(signal.signals) <= known_labels
        assert all(re.fullmatch(r"[a-z_]+", label) for label in signal.signals)


def test_same_text_same_answer() -> None:
    for text, _ in labelled_cases()[:100]:
        assert detect_safety_signal(text) == detect_safety_signal(text)


def test_no_rule_matches_an_empty_or_neutral_text() -> None:
    # Guards against an empty alternative ("...|") that would match every message.
    for rule in compiled_rules():
        assert rule.regex.search("") is None, rule.label
        assert rule.regex.search("de zon schijnt") is None, rule.label


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # Personas dev35 and dev36: the illness told, its lasting signs; no act, nothing sudden.
        (
            "Mijn man heeft frontotemporale dementie en hij wordt steeds agressiever. Ik weet "
            "niet meer hoe ik ermee om moet gaan.",
            False,
        ),
        ("herseninfarct. hij praat nu raar en word heel snel boos", False),
        # The same signs with an act, a fear or a sudden start stay a crisis.
        ("mijn man wordt agressief, ik durf niet meer naar huis", True),
        ("hij praat ineens raar, volgens mij een beroerte", True),
        ("mijn vader praat nu raar en zijn arm hangt slap", True),
        ("nah, hij praat nu raar", True),  # "nah" is no, not brain injury
    ],
)
def test_an_illness_told_is_no_crisis_until_an_act_or_a_sudden_sign(
    text: str, crisis: bool
) -> None:
    signal = detect_safety_signal(text)
    assert (signal is not None and signal.category.is_crisis) is crisis
