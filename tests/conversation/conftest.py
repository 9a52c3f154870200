"""The conversation, driven without Rasa: intents are given as the model would give them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.conversation.engine import respond
from bot.conversation.services import DatabaseServices
from bot.conversation.state import ConversationState
from bot.conversation.words import payload_turn
from bot.insights.buffer import buffer_for
from bot.intake.dialogue import Turn
from bot.messages import BotMessage
from bot.run import prepare_databases
from bot.settings import Settings
from tests.support import development_settings

# A Tuesday, so the steunpunt's call-back date is plain to check.
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)


# One database for the whole package: the tests that store an aanmelding use a phone number of
# their own, or the cap of three a day per number (bot/handoff/service.py) stops the fourth,
# depending on which tests share a worker.
@pytest.fixture(scope="package")
def prepared_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    var_dir: Path = tmp_path_factory.mktemp("conversation-var")
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(var_dir)})
    prepare_databases(settings)
    return settings


class Chat:
    """One caregiver's conversation with the engine; `say` returns the reply's text."""

    def __init__(self, settings: Settings, sender: str = "test-caregiver") -> None:
        self.services = DatabaseServices(settings, sender, "rest", NOW)
        self.state = ConversationState()
        self.messages: list[BotMessage] = []

    def say(
        self,
        text: str,
        intent: str | None = None,
        confidence: float = 0.95,
        crisis_probability: float | None = None,
        also: tuple[tuple[str, float], ...] = (),
        **entities: str,
    ) -> str:
        """`also`: the model's next guesses after `intent`, (name, confidence), best first."""
        turn = payload_turn(text) if text.startswith("/") else None
        if turn is None:
            turn = Turn(
                text,
                intent,
                tuple({"entity": k, "value": v} for k, v in entities.items()),
                confidence=confidence if intent else 0.0,
                intent_ranking=(({"name": intent, "confidence": confidence},) if intent else ())
                + tuple({"name": name, "confidence": c} for name, c in also),
                crisis_probability=crisis_probability,
            )
        self.state, self.messages = respond(self.state, turn, self.services)
        return self.text

    def flush_insights(self) -> None:
        """Write the insights' events the turns recorded now, as the buffer's thread would within
        a second (bot.insights.buffer)."""
        buffer_for(self.services.settings.database_url).flush()

    @property
    def text(self) -> str:
        return "\n".join(message.text for message in self.messages)

    @property
    def buttons(self) -> list[str]:
        return [button.title for message in self.messages for button in message.buttons]

    @property
    def asking(self) -> str | None:
        return self.state.progress.asking


@pytest.fixture
def chat(prepared_settings: Settings) -> Iterator[Chat]:
    yield Chat(prepared_settings)
