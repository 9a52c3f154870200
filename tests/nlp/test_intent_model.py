import json
from pathlib import Path

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.intent_model import IntentModel, IntentText
from bot.nlp.pipeline import load_dutch_pipeline
from bot.nlp.rasa_component import LinearIntentClassifier

EXAMPLES = {
    "thank": [
        "dank je wel",
        "bedankt",
        "heel erg bedankt",
        "dankjewel voor de hulp",
        "dank u",
        "super bedankt hoor",
        "bedankt voor het meedenken",
        "dank voor de info",
    ],
    "express_burden": [
        "ik ben overbelast",
        "ik ben zo moe",
        "het is me te zwaar",
        "ik ben echt uitgeput",
        "ik heb geen tijd meer voor mezelf",
        "ik slaap slecht door de zorg",
        "het valt me zwaar",
        "ik ben op van de zorg",
    ],
    "start_assessment": [
        "ben ik overbelast",
        "wil de test doen",
        "hoe zwaar is mijn zorg",
        "kan ik de mantelzorgtest doen",
        "doe de vragenlijst maar",
        "ben ik te zwaar belast",
        "test hoe zwaar het is",
        "start de check",
    ],
    "tell_situation": [
        "ik zorg voor mijn moeder",
        "mijn vader heeft dementie",
        "ik help mijn buurvrouw met boodschappen",
        "mijn man heeft parkinson",
        "ik zorg al drie jaar voor mijn zus",
        "we wonen samen",
        "ik werk fulltime naast de zorg",
        "mijn moeder woont in zwolle",
    ],
}


@pytest.fixture(scope="module")
def nlp():
    return load_dutch_pipeline("steunwijzer_model_that_is_not_installed").nlp


def _read(nlp, text: str) -> IntentText:
    return IntentText(text=text, lemmas=" ".join(token.lemma_ for token in nlp(text)).lower())


@pytest.fixture(scope="module")
def model(nlp) -> IntentModel:
    texts = [(text, intent) for intent, examples in EXAMPLES.items() for text in examples]
    return IntentModel.fit([_read(nlp, text) for text, _ in texts], [i for _, i in texts])


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("dankjewel hoor", "thank"),
        # Character n-grams: a typo on a phone.
        ("bedankr", "thank"),
        # Lemmas: "zorgde" is read as "zorgen".
        ("ik zorgde voor mijn oma", "tell_situation"),
        ("ik ben zo uitgeput", "express_burden"),
    ],
)
def test_an_unseen_sentence_gets_its_intent_first(nlp, model: IntentModel, text, intent) -> None:
    assert model.rank(_read(nlp, text))[0][0] == intent


def test_word_order_tells_a_question_for_the_check_from_saying_it(nlp, model) -> None:
    assert model.rank(_read(nlp, "ben ik wel overbelast"))[0][0] == "start_assessment"
    assert model.rank(_read(nlp, "ik ben wel overbelast"))[0][0] == "express_burden"


def test_the_ranking_holds_every_intent_once_with_probabilities_most_likely_first(
    nlp, model
) -> None:
    ranking = model.rank(_read(nlp, "bedankt voor alles"))
    confidences = [confidence for _, confidence in ranking]

    assert sorted(intent for intent, _ in ranking) == sorted(EXAMPLES)
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)
    assert all(0.0 <= confidence <= 1.0 for confidence in confidences)


def test_a_clear_sentence_gets_a_higher_confidence_than_an_unclear_one(nlp, model) -> None:
    clear = model.rank(_read(nlp, "heel erg bedankt voor de hulp"))[0][1]
    unclear = model.rank(_read(nlp, "hmm"))[0][1]

    assert clear > unclear


def test_a_stored_model_answers_the_same(nlp, model) -> None:
    loaded = IntentModel.from_json(json.loads(json.dumps(model.to_json())))
    example = _read(nlp, "mijn moeder heeft alzheimer")

    assert loaded.rank(example) == pytest.approx(model.rank(example))


def test_the_rasa_component_trains_stores_loads_and_classifies(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent_model")
    training = TrainingData(
        [
            Message(data={"text": text, "intent": intent})
            for intent, examples in EXAMPLES.items()
            for text in examples
        ]
    )
    LinearIntentClassifier.create({}, storage, resource, None).train(training)  # type: ignore[arg-type]
    loaded = LinearIntentClassifier.load({}, storage, resource, None)  # type: ignore[arg-type]

    message = loaded.process([Message(data={"text": "heel erg bedankt"})])[0]  # type: ignore[attr-defined]

    assert message.get("intent")["name"] == "thank"
    assert message.get("intent_ranking")[0] == message.get("intent")
    assert len(message.get("intent_ranking")) == len(EXAMPLES)


def test_a_model_trained_on_very_few_examples_still_ranks(nlp) -> None:
    texts = [("dank je", "thank"), ("bedankt", "thank"), ("ik ben moe", "express_burden")]
    few = IntentModel.fit([_read(nlp, text) for text, _ in texts], [i for _, i in texts])

    assert few.rank(_read(nlp, "dank je wel"))[0][0] == "thank"


def test_a_model_of_two_intents_ranks_both(nlp) -> None:
    texts = [(text, "thank") for text in EXAMPLES["thank"]] + [
        (text, "express_burden") for text in EXAMPLES["express_burden"]
    ]
    two = IntentModel.fit([_read(nlp, text) for text, _ in texts], [i for _, i in texts])

    assert [intent for intent, _ in two.rank(_read(nlp, "ik ben zo moe"))] == [
        "express_burden",
        "thank",
    ]
