"""The whole application database schema: every model module, imported so that `Base.metadata`
knows all tables (Alembic's autogenerate compares against it; migrations/env.py)."""

from __future__ import annotations

from bot.channels import models as channel_models
from bot.db import Base
from bot.handoff import models as handoff_models
from bot.insights import models as insights_models
from bot.live import models as live_models
from bot.portal import models as portal_models
from bot.privacy import models as privacy_models
from knowledge import models as knowledge_models

MODEL_MODULES = (
    channel_models,
    handoff_models,
    insights_models,
    live_models,
    portal_models,
    privacy_models,
    knowledge_models,
)
METADATA = Base.metadata
