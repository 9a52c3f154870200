"""`make run` seeds simulated events for the demo gemeenten, marked demo, once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from bot.db import session_factory_for
from bot.insights.aggregation import Period, dashboard
from bot.insights.models import InsightEvent
from bot.prepare import prepare_databases, seed_demo_insights
from tests.support import development_settings

TODAY = date(2026, 12, 3)


def test_the_demo_gemeenten_get_simulated_events_once_and_the_dashboard_says_demo(
    tmp_path: Path,
) -> None:
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})
    prepare_databases(settings)
    added = seed_demo_insights(settings, TODAY)
    assert added > 1000
    assert seed_demo_insights(settings, TODAY) == 0
    sessions = session_factory_for(settings.database_url)
    with sessions() as session:
        real = session.execute(
            select(func.count()).select_from(InsightEvent).where(InsightEvent.demo.is_(False))
        ).scalar_one()
    assert real == 0
    zwolle = dashboard(sessions, ["GM0193"], Period.quarter_of(TODAY))
    assert zwolle.demo
    assert zwolle.conversations.value > 100 and not zwolle.conversations.hidden
    assert zwolle.headline.rows  # needs asked, with and without a local offer
    livechat = zwolle.table("livechat")
    assert livechat is not None and livechat.total is not None
    assert livechat.total.cells[0].value > 10 and not livechat.total.cells[0].hidden
    assert "minuut" in zwolle.live_figures[0].text or "minuten" in zwolle.live_figures[0].text
    kampen = dashboard(sessions, ["GM0166"], Period.quarter_of(TODAY))
    assert any(cell.hidden for table in kampen.tables for row in table.rows for cell in row.cells)
