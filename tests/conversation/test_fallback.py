from bot.conversation.fallback import DENY_PAYLOAD, INTENT_DESCRIPTIONS, affirmation_question


def test_asks_about_the_best_guess_in_dutch_with_yes_and_no() -> None:
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.55},
        {"name": "request_human", "confidence": 0.41},
        {"name": "greet", "confidence": 0.1},
    ]

    question = affirmation_question(ranking)

    assert question.text.endswith(f"{INTENT_DESCRIPTIONS['request_human']}?")
    assert [(b.title, b.payload) for b in question.buttons] == [
        ("Ja", "/request_human"),
        ("Nee", DENY_PAYLOAD),
    ]


def test_skips_intents_it_cannot_describe() -> None:
    ranking = [{"name": "out_of_scope", "confidence": 0.5}, {"name": "thank", "confidence": 0.3}]

    assert affirmation_question(ranking).buttons[0].payload == "/thank"


def test_without_a_guess_asks_to_rephrase() -> None:
    question = affirmation_question([{"name": "nlu_fallback", "confidence": 1.0}])

    assert "andere woorden" in question.text
    assert DENY_PAYLOAD not in [b.payload for b in question.buttons]


def test_every_domain_intent_that_can_be_guessed_has_a_description() -> None:
    import yaml

    from bot.settings import PROJECT_ROOT

    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    not_guessed = {"out_of_scope"}

    assert set(domain["intents"]) - not_guessed <= set(INTENT_DESCRIPTIONS)
