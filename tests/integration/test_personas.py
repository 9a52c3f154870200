"""A few blind personas played against the running product: the harness of `make eval`, in small.

The personas were written by someone who never saw the rules, the data or the tests
(tests/blind/). The whole development set and the held-out set run in `make eval`; here a handful
keeps the harness and the conversation honest on every test run.
"""

from __future__ import annotations

import uuid

import pytest

from bot.evaluation.conversations import knowledge_view
from bot.evaluation.personas import PERSONA_SETS, load_personas
from bot.evaluation.simulator import run_persona
from bot.settings import Settings
from tests.integration.product import say

# An overloaded caregiver handed to a demo steunpunt, a young caregiver, one outside the demo
# gemeenten, and one who asks questions along the way.
SUBSET = ("d01", "d12", "d14", "d24")


@pytest.fixture(scope="module")
def knowledge():
    return knowledge_view()


@pytest.mark.parametrize("persona_id", SUBSET)
def test_a_blind_persona_gets_what_it_came_for(
    product: Settings, knowledge, persona_id: str
) -> None:
    [persona] = [p for p in load_personas(PERSONA_SETS["dev"]) if p.id == persona_id]
    sender = f"persona-{persona_id}-{uuid.uuid4().hex[:6]}"

    result = run_persona(persona, lambda message: say(product, sender, message), knowledge)

    assert result.success, result.transcript()
    assert not result.stuck
