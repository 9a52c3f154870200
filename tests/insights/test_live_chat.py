"""The live chat in the insights (#20.4): the events of a request, a take with the whole minutes
waited and an expiry by the worker, and the dashboard's section with small cells hidden."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.insights import recording
from bot.insights.aggregation import Period, csv_rows, dashboard
from bot.insights.events import MAX_MINUTES, Event, NotCoded, week_of
from bot.insights.models import InsightEvent
from bot.insights.rollup import roll_up
from bot.insights.suppression import COMPLEMENT, SMALL
from bot.live import store as live
from bot.worker import _live_round
from tests.support import development_settings

WEEK = week_of(date(2026, 11, 3))
Q4 = Period.parse("2026-Q4")
assert Q4 is not None
ASKED = datetime(2026, 11, 4, 10, 0, 20, tzinfo=timezone.utc)


def _store(sessions: sessionmaker[Session], count: int, kind: str, **values: object) -> None:
    event = Event(kind, WEEK, gemeente="GM0193", **values)  # type: ignore[arg-type]
    recording.store(sessions, [event] * count)


def _figures(sessions: sessionmaker[Session]) -> dict[str, str]:
    assert Q4 is not None
    return {f.label: f.text for f in dashboard(sessions, ["GM0193"], Q4).live_figures}


def test_a_take_keeps_whole_minutes_and_the_week_only() -> None:
    taken = recording.live_taken(
        requested_at=ASKED, taken_at=ASKED + timedelta(seconds=159), gemeente="GM0193"
    )
    assert (taken.kind, taken.week, taken.gemeente, taken.minutes) == (
        "live_taken",
        WEEK,
        "GM0193",
        2,
    )
    late = recording.live_taken(
        requested_at=ASKED, taken_at=ASKED + timedelta(hours=5), gemeente=None
    )
    assert late.minutes == MAX_MINUTES and late.gemeente is None
    asked = recording.live_requested(at=ASKED, gemeente="GM0193", input_channel="twilio_whatsapp")
    assert asked.channel == "whatsapp"
    with pytest.raises(NotCoded):
        Event("live_taken", WEEK, minutes=-1)


def test_the_live_chat_section_counts_asked_taken_and_not_in_time(
    sessions: sessionmaker[Session],
) -> None:
    _store(sessions, 30, "live_requested", channel="web")
    _store(sessions, 10, "live_taken", minutes=0)
    _store(sessions, 10, "live_taken", minutes=1)
    _store(sessions, 4, "live_taken", minutes=5)
    _store(sessions, 6, "live_expired")
    roll_up(sessions)  # the weekly counts read the same as the events
    assert Q4 is not None
    table = dashboard(sessions, ["GM0193"], Q4).table("livechat")
    assert table is not None
    # 6 not taken is a small cell; with the total shown, the 24 taken is hidden too.
    assert list(csv_rows(table)) == [
        ["", "Chats"],
        ["Overgenomen door een consulent", COMPLEMENT],
        ["Niet op tijd overgenomen", SMALL],
        ["Gevraagd", "30"],
    ]
    figures = _figures(sessions)
    assert figures["Wachttijd tot een consulent de chat overnam (mediaan)"] == "1 minuut"
    assert figures["Wachttijd (9 van de 10 binnen)"] == "5 minuten"
    assert figures["Binnen 3 minuten een consulent (van de gevraagde chats)"] == "67%"


def test_fewer_than_ten_taken_shows_no_waiting_time(sessions: sessionmaker[Session]) -> None:
    _store(sessions, 9, "live_requested", channel="web")
    _store(sessions, 9, "live_taken", minutes=0)
    assert set(_figures(sessions).values()) == {"minder dan 10 chats overgenomen: niet getoond"}
    assert Q4 is not None
    table = dashboard(sessions, ["GM0193"], Q4).table("livechat")
    assert table is not None and table.total is not None
    assert [c.text for r in (*table.rows, table.total) for c in r.cells] == [SMALL, "0", SMALL]


def _a_chat_asked_in_zwolle(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        live.request_chat(
            session,
            conversation_key="k" * 64,
            channel="socketio",
            channel_address="a" * 32,
            steunpunt_id="gm0193_steunpunt",
            gemeente_code="GM0193",
            summary={},
            now=ASKED,
        )


def test_the_worker_counts_an_expired_chat_for_its_gemeente(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _a_chat_asked_in_zwolle(sessions)
    settings = development_settings({"STEUNWIJZER_VAR_DIR": str(tmp_path)})
    assert _live_round(sessions, settings, ASKED + timedelta(minutes=2)) == 0
    assert _live_round(sessions, settings, ASKED + timedelta(minutes=4)) == 1
    with sessions() as session:
        rows = session.execute(select(InsightEvent.kind, InsightEvent.gemeente)).all()
    assert [tuple(row) for row in rows] == [("live_expired", "GM0193")]


def test_with_the_insights_off_the_worker_counts_no_expired_chat(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _a_chat_asked_in_zwolle(sessions)
    settings = development_settings(
        {"STEUNWIJZER_VAR_DIR": str(tmp_path), "STEUNWIJZER_INSIGHTS": "off"}
    )
    assert _live_round(sessions, settings, ASKED + timedelta(minutes=4)) == 1
    with sessions() as session:
        assert session.execute(select(InsightEvent.kind)).all() == []
