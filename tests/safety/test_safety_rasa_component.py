from rasa.shared.nlu.training_data.message import Message

from bot.nlp.intents import CRISIS_INTENT
from bot.safety.patterns import compiled_rules
from bot.safety.rasa_component import CRISIS_PROBABILITY, OVERLOAD_INTENT, SafetyCheck


def _classify(
    text: str,
    predicted: str = "greet",
    next_guess: str = "ask_help",
    crisis_probability: float | None = None,
) -> Message:
    message = Message(
        data={
            "text": text,
            "intent": {"name": predicted, "confidence": 0.6},
            "intent_ranking": [
                {"name": predicted, "confidence": 0.6},
                {"name": next_guess, "confidence": 0.3},
            ],
            CRISIS_PROBABILITY: crisis_probability,
        }
    )
    return SafetyCheck().process([message])[0]


def test_a_crisis_overrides_what_the_model_predicted() -> None:
    message = _classify("ik wil er niet meer zijn", predicted="greet")

    assert message.get("intent") == {"name": CRISIS_INTENT, "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == CRISIS_INTENT
    assert [p["name"] for p in message.get("intent_ranking")] == [
        CRISIS_INTENT,
        "greet",
        "ask_help",
    ]


def test_high_burden_is_heard_as_heavy_not_as_a_crisis() -> None:
    assert _classify("ik kan niet meer").get("intent")["name"] == OVERLOAD_INTENT


def test_asking_whether_one_is_overloaded_keeps_the_wish_for_the_check() -> None:
    message = _classify("ben ik overbelast?", predicted="start_assessment")

    assert message.get("intent")["name"] == "start_assessment"


def test_asking_what_overloaded_means_keeps_the_question_for_the_word() -> None:
    message = _classify("wat betekent overbelast?", predicted="ask_definition")

    assert message.get("intent")["name"] == "ask_definition"


def test_saying_one_is_overloaded_is_heard_as_heavy_whatever_else_the_model_guessed() -> None:
    assert _classify("ik ben overbelast", predicted="tell_situation").get("intent")["name"] == (
        OVERLOAD_INTENT
    )


def test_a_crisis_in_a_request_for_the_check_is_still_a_crisis() -> None:
    message = _classify("ik wil er niet meer zijn, doe de test maar", predicted="start_assessment")

    assert message.get("intent")["name"] == CRISIS_INTENT


def test_ordinary_messages_keep_the_model_prediction() -> None:
    message = _classify("ik ben doodmoe, wat een dag", predicted="express_burden")

    assert message.get("intent") == {"name": "express_burden", "confidence": 0.6}


def test_the_rules_are_compiled_when_the_server_loads_the_component() -> None:
    compiled_rules.cache_clear()
    SafetyCheck.create({}, None, None, None)  # type: ignore[arg-type]
    assert compiled_rules.cache_info().currsize == 1


def test_veiled_wording_is_heard_as_a_crisis_and_the_tiers_ask_first() -> None:
    # The intent says "crisis"; bot/safety/tiers.py turns veiled wording into the check question.
    message = _classify("het hoeft voor mij niet meer", predicted="tell_situation")

    assert message.get("intent") == {"name": CRISIS_INTENT, "confidence": 1.0}


def test_a_crisis_only_the_intent_model_guessed_gives_way_to_its_next_guess() -> None:
    """The safety check hears no crisis, so the dialogue reads what was asked."""
    message = _classify(
        "welke bijwerkingen heeft oxazepam",
        predicted=CRISIS_INTENT,
        next_guess="out_of_scope",
        crisis_probability=0.17,
    )

    assert message.get("intent") == {"name": "out_of_scope", "confidence": 0.3}
    assert CRISIS_INTENT not in [p["name"] for p in message.get("intent_ranking")]


def test_a_crisis_the_crisis_model_hears_keeps_the_guess_for_the_check_question() -> None:
    # Model only, with a word of risk: the tiers ask "Denkt u aan zelfdoding ...?" first.
    message = _classify(
        "mijn vader praat de laatste tijd steeds over de dood",
        predicted=CRISIS_INTENT,
        crisis_probability=0.95,
    )

    assert message.get("intent")["name"] == CRISIS_INTENT
