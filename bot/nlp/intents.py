"""Intent names that the product's own code acts on, beside domain.yml, which lists them all."""

# The NLU's crisis intent. Whether a message is a crisis is decided by the safety check
# (bot/safety/tiers.py), which sets this intent when its rules hear one; the language model may
# also guess it, and that guess alone never gives crisis help.
CRISIS_INTENT = "safety_crisis"
# Rasa's FallbackClassifier: the model was not sure.
UNSURE_INTENT = "nlu_fallback"
