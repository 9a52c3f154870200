from rasa.shared.nlu.training_data.message import Message

from bot.nlp.intents import CRISIS_INTENT
from bot.safety.patterns import compiled_rules
from bot.safety.rasa_component import OVERLOAD_INTENT, SafetyCheck


def _classify(text: str, predicted: str = "greet") -> Message:
    message = Message(
        data={
            "text": text,
            "intent": {"name": predicted, "confidence": 0.97},
            "intent_ranking": [{"name": predicted, "confidence": 0.97}],
        }
    )
    return SafetyCheck().process([message])[0]


def test_a_crisis_overrides_what_the_model_predicted() -> None:
    message = _classify("ik wil er niet meer zijn", predicted="greet")

    assert message.get("intent") == {"name": CRISIS_INTENT, "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == CRISIS_INTENT
    assert message.get("intent_ranking")[1]["name"] == "greet"


def test_high_burden_is_heard_as_heavy_not_as_a_crisis() -> None:
    assert _classify("ik kan niet meer").get("intent")["name"] == OVERLOAD_INTENT


def test_ordinary_messages_keep_the_model_prediction() -> None:
    message = _classify("ik ben doodmoe, wat een dag", predicted="express_burden")

    assert message.get("intent") == {"name": "express_burden", "confidence": 0.97}


def test_the_rules_are_compiled_when_the_server_loads_the_component() -> None:
    compiled_rules.cache_clear()
    SafetyCheck.create({}, None, None, None)  # type: ignore[arg-type]
    assert compiled_rules.cache_info().currsize == 1


def test_veiled_wording_is_heard_as_a_crisis_and_the_tiers_ask_first() -> None:
    # The intent says "crisis"; bot/safety/tiers.py turns veiled wording into the check question.
    message = _classify("het hoeft voor mij niet meer", predicted="tell_situation")

    assert message.get("intent") == {"name": CRISIS_INTENT, "confidence": 1.0}
