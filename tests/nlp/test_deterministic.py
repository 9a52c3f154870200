import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.conversation.rasa_component import LanguageCheck


def _classified(text: str, ranking: list[tuple[str, float]]) -> Message:
    predictions = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return Message(data={TEXT: text, INTENT: predictions[0], INTENT_RANKING_KEY: predictions})


def test_a_mixed_message_with_a_dutch_question_is_not_answered_as_another_language() -> None:
    message = _classified(
        "my mother is very old, she fall down two times. ik wil een alarmknop, hoe moet dat?",
        [("other_language", 0.7), ("ask_help", 0.2), ("greet", 0.1)],
    )
    LanguageCheck().process([message])
    assert message.get(INTENT)["name"] == "ask_help"
    assert [p["name"] for p in message.get(INTENT_RANKING_KEY)] == ["ask_help", "greet"]


def test_english_stays_another_language_and_dutch_keeps_its_intent() -> None:
    english = _classified("my husband has dementia and I am very tired", [("greet", 0.6)])
    dutch = _classified("ik zorg voor mijn moeder en dat is zwaar", [("tell_situation", 0.9)])
    LanguageCheck().process([english, dutch])
    assert english.get(INTENT)["name"] == "other_language"
    assert dutch.get(INTENT)["name"] == "tell_situation"


@pytest.mark.parametrize("text", ["cva", "alzheimer", "okay", "ciao"])
def test_a_word_or_two_without_another_languages_words_counts_as_dutch(text: str) -> None:
    message = _classified(text, [("other_language", 0.6), ("tell_situation", 0.3)])
    LanguageCheck().process([message])
    assert message.get(INTENT)["name"] == "tell_situation"


@pytest.mark.parametrize("text", ["¿hablas español?", "hello", "مرحبا"])
def test_a_short_message_in_another_language_keeps_the_models_guess(text: str) -> None:
    message = _classified(text, [("other_language", 0.6), ("greet", 0.3)])
    LanguageCheck().process([message])
    assert message.get(INTENT)["name"] == "other_language"


@pytest.mark.parametrize("text", ["Mi boi, ja", "ja ok", "Nee, mi boi"])
def test_a_short_answer_with_a_dutch_ja_or_nee_counts_as_dutch(text: str) -> None:
    # Personas dev14: a Sranan "Mi boi" with a Dutch "ja" to a statement of the check.
    message = _classified(text, [("other_language", 0.6), ("affirm", 0.3)])
    LanguageCheck().process([message])
    assert message.get(INTENT)["name"] != "other_language"


@pytest.mark.parametrize("text", ["ja, ich verstehe nicht", "yes ja I do not understand this"])
def test_a_ja_among_another_languages_words_keeps_the_models_guess(text: str) -> None:
    message = _classified(text, [("other_language", 0.6), ("affirm", 0.3)])
    LanguageCheck().process([message])
    assert message.get(INTENT)["name"] == "other_language"
