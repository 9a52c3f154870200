"""The action server's warm-up: what the first caregiver would otherwise wait for is built first."""

from __future__ import annotations

from bot.conversation.services import warm_up
from bot.db import session_factory_for
from bot.safety.patterns import compiled_rules
from bot.settings import Settings
from bot.text import stemming
from knowledge import advice


def test_warm_up_compiles_the_safety_rules_and_builds_the_search_index(
    prepared_settings: Settings,
) -> None:
    compiled_rules.cache_clear()
    stemming._dutch_words.cache_clear()
    advice._indexes.clear()

    warm_up(prepared_settings)

    assert compiled_rules.cache_info().currsize == 1
    assert stemming._dutch_words.cache_info().currsize == 1
    assert session_factory_for(prepared_settings.database_url) in advice._indexes
