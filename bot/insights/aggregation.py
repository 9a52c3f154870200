"""The dashboard's figures: the events of some gemeenten in a period, counted per table with small
cells hidden (bot.insights.suppression).

Each table is a few grouped counts in the database (one query per dimension), so a year of events
of a large gemeente is counted in well under a second. A table is what the page, the chart, the
CSV and the printed report all show: they read the same cells, so they cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.insights import events as codes
from bot.insights.labels import LABELS, label
from bot.insights.rollup import Reader, active_gemeenten
from bot.insights.suppression import THRESHOLD, Cell, protect

PERIOD_PATTERN = re.compile(r"^(\d{4})(?:-(Q[1-4]|W\d{2}))?$")


@dataclass(frozen=True)
class Period:
    """Whole ISO weeks: a week belongs to the period its Thursday is in (as ISO years do)."""

    key: str  # "2026-Q4" or "2026"
    label: str
    first_week: date  # a Monday
    last_week: date  # a Monday, included

    @classmethod
    def parse(cls, key: str) -> Period | None:
        match = PERIOD_PATTERN.match(key)
        if match is None or (match.group(2) or "Q").startswith("W"):
            return None
        year = int(match.group(1))
        if not 2000 <= year <= 2100:
            return None
        quarter = match.group(2)
        if quarter is None:
            start, end = date(year, 1, 1), date(year + 1, 1, 1)
            label_text = str(year)
        else:
            number = int(quarter[1])
            start = date(year, 3 * number - 2, 1)
            end = date(year + (number == 4), 1 if number == 4 else 3 * number + 1, 1)
            label_text = f"{number}e kwartaal {year}"
        return cls(
            key, label_text, _first_monday_from(start), _first_monday_from(end) - timedelta(7)
        )

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        period = cls.parse(f"{day.year}-Q{(day.month - 1) // 3 + 1}")
        assert period is not None
        return period

    def previous_quarters(self, count: int) -> list[Period]:
        """This and the quarters before it, newest first (for the choice on the page)."""
        periods: list[Period] = []
        day = self.first_week + timedelta(days=3)
        for _ in range(count):
            period = Period.quarter_of(day)
            periods.append(period)
            day = period.first_week - timedelta(days=4)
        return periods


def _first_monday_from(day: date) -> date:
    """The Monday of the first week whose Thursday is on or after `day`."""
    thursday = day + timedelta(days=(3 - day.weekday()) % 7)
    return thursday - timedelta(days=3)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """One table of the dashboard; `chart` says how it is drawn (bot.insights.charts)."""

    id: str  # in the CSV's file name and the page's anchors
    title: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    total: Row | None = None
    chart: str = "bars"  # "bars" (first column), "split" (met / not met), or "none"
    note: str | None = None

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class Figure:
    """A single figure (a median, a share) with the reason when it cannot be shown."""

    label: str
    text: str


@dataclass(frozen=True)
class Dashboard:
    gemeenten: tuple[str, ...]
    period: Period
    headline: Table
    tables: tuple[Table, ...]
    figures: tuple[Figure, ...]
    never_shown: tuple[str, ...]  # names of the local offers no caregiver was shown
    demo: bool  # the figures hold simulated events of the demo gemeente
    conversations: Cell = field(default_factory=lambda: Cell(0))
    live_figures: tuple[Figure, ...] = ()
    # A region view whose other gemeenten are one gemeente with figures: that gemeente's
    # figures would be the region's minus the viewer's own, so nothing is shown.
    withheld: bool = False

    def table(self, table_id: str) -> Table | None:
        return next((t for t in (self.headline, *self.tables) if t.id == table_id), None)


def _by(counts: Mapping[tuple[Any, ...], int], index: int = 0) -> dict[Any, int]:
    found: dict[Any, int] = {}
    for key, value in counts.items():
        found[key[index]] = found.get(key[index], 0) + value
    return found


def _distribution(
    table_id: str,
    title: str,
    caption: str,
    column: str,
    counts: Mapping[Any, int],
    order: Sequence[str],
    note: str | None = None,
    outside: Mapping[Any, int] | None = None,
) -> Table:
    values = [counts.get(code, 0) for code in order]
    cells, total = protect(values, outside=_values(outside, order))
    rows = tuple(
        Row(code, label(table_id, code), (cell,)) for code, cell in zip(order, cells, strict=True)
    )
    return Table(
        table_id, title, caption, (column,), rows, Row("totaal", "Totaal", (total,)), note=note
    )


def _values(counts: Mapping[Any, int] | None, order: Sequence[Any]) -> list[int] | None:
    return None if counts is None else [counts.get(code, 0) for code in order]


@dataclass(frozen=True)
class Counts:
    """What the tables are made of: the counts of some gemeenten in a period."""

    by_channel: Mapping[tuple[Any, ...], int]
    bands: Mapping[Any, int]
    who: Mapping[str, Mapping[Any, int]]
    needs: Mapping[tuple[Any, ...], int]
    shown: Mapping[Any, int]
    opened: Mapping[Any, int]
    urgency: Mapping[Any, int]
    contacts: Mapping[tuple[Any, ...], int]
    live: LiveCounts
    demo: bool


def _read(sessions: sessionmaker[Session], gemeenten: Sequence[str], period: Period) -> Counts:
    with sessions() as session:
        reader = Reader(session, gemeenten, period.first_week, period.last_week)

        def count(kind: str, *columns: str) -> dict[tuple[Any, ...], int]:
            return reader.read(kind, columns)

        return Counts(
            by_channel={
                (kind, *key): n
                for kind in ("conversation", "intake", "check")
                for key, n in count(kind, "channel").items()
            },
            bands=_by(count("check", "instrument", "band"), 1),
            who={
                name: _by(count("intake", name))
                for name in ("age_group", "relation", "hours_band", "besides")
            },
            needs=count("need", "need", "met"),
            shown=_by(count("offer_shown", "offer_id")),
            opened=_by(count("offer_opened", "offer_id")),
            urgency=_by(count("handoff", "urgency")),
            contacts=count("first_contact", "days", "on_time"),
            live=LiveCounts(
                sum(count("live_requested", "channel").values()),
                _by(count("live_taken", "minutes")),
                sum(count("live_expired", "demo").values()),
            ),
            demo=count("conversation", "demo").get((True,), 0) > 0,
        )


def _one_other(sessions: sessionmaker[Session], outside: Sequence[str], period: Period) -> bool:
    with sessions() as session:
        active = active_gemeenten(session, outside, period.first_week, period.last_week)
    return len(active) == 1


def dashboard(
    sessions: sessionmaker[Session],
    gemeenten: Sequence[str],
    period: Period,
    offer_names: Mapping[str, str] | None = None,
    local_offers: Collection[str] = (),
    outside: Sequence[str] | None = None,
    named_offers: Collection[str] | None = None,
) -> Dashboard:
    """The figures of `gemeenten` together (one, or several pooled) in `period`.

    `offer_names`: id → name of the offers in the knowledge base; `local_offers`: the ids of
    those that apply in these gemeenten (not national ones), for the list of offers never shown.
    `outside` (a region view): those of `gemeenten` the viewer does not see on their own; a
    count is hidden where their part of it is small (bot.insights.suppression.protect), and the
    region is withheld when one of them alone has figures. `named_offers`: the offers the offers
    table may list (a region view leaves out other gemeenten's local offers: their counts would
    be those gemeenten's alone)."""
    names = offer_names or {}
    if outside and _one_other(sessions, outside, period):
        return replace(dashboard(sessions, (), period), gemeenten=tuple(gemeenten), withheld=True)
    c = _read(sessions, gemeenten, period)
    o = _read(sessions, outside, period) if outside is not None else None
    reach = _reach(c.by_channel, o.by_channel if o else None)

    def who(name: str) -> Mapping[Any, int] | None:
        return o.who[name] if o else None

    tables = [
        reach,
        _distribution(
            "belasting",
            "Hoe zwaar is de zorg?",
            "Uitkomst van de mantelzorgtest, per mantelzorger die de test afmaakte.",
            "Mantelzorgers",
            c.bands,
            codes.BANDS,
            outside=o.bands if o else None,
        ),
        _distribution(
            "leeftijd",
            "Leeftijd",
            "Leeftijd van de mantelzorgers die hun situatie vertelden.",
            "Mantelzorgers",
            c.who["age_group"],
            codes.AGE_GROUPS,
            note="Jonge mantelzorgers zijn jonger dan 25 jaar.",
            outside=who("age_group"),
        ),
        _distribution(
            "relatie",
            "Voor wie zorgen zij?",
            "De relatie van de mantelzorger met de naaste.",
            "Mantelzorgers",
            c.who["relation"],
            codes.RELATIONS,
            outside=who("relation"),
        ),
        _distribution(
            "uren",
            "Uren zorg per week",
            "Hoeveel uur per week de mantelzorgers zorgen.",
            "Mantelzorgers",
            c.who["hours_band"],
            codes.HOURS_BANDS,
            outside=who("hours_band"),
        ),
        _distribution(
            "naast_de_zorg",
            "Werk of studie naast de zorg",
            "Wat de mantelzorgers naast de zorg doen.",
            "Mantelzorgers",
            c.who["besides"],
            codes.BESIDES,
            outside=who("besides"),
        ),
        _offers(
            {k: n for k, n in c.shown.items() if named_offers is None or k in named_offers},
            c.opened,
            names,
            (o.shown, o.opened) if o else None,
        ),
        _distribution(
            "aanmeldingen",
            "Aanmeldingen bij het steunpunt",
            "Aanmeldingen die de assistent doorgaf, naar hoe dringend ze waren.",
            "Aanmeldingen",
            c.urgency,
            codes.URGENCIES,
            outside=o.urgency if o else None,
        ),
        _on_time(c.contacts, o.contacts if o else None),
        _live_table(c.live, o.live if o else None),
    ]
    never = tuple(
        sorted(
            names.get(offer_id, offer_id) for offer_id in local_offers if offer_id not in c.shown
        )
    )
    return Dashboard(
        tuple(gemeenten),
        period,
        _needs(c.needs, o.needs if o else None),
        tuple(tables),
        _contact_figures(c.contacts, o.contacts if o else None),
        never,
        c.demo,
        reach.total.cells[0] if reach.total else Cell(0),
        _live_figures(c.live, o.live if o else None),
    )


def _known_channels(by_channel: Mapping[tuple[Any, ...], int]) -> dict[tuple[Any, ...], int]:
    known: dict[tuple[Any, ...], int] = {}
    for (kind, channel), count in by_channel.items():
        key = (kind, channel if channel in codes.CHANNELS else "other")
        known[key] = known.get(key, 0) + count
    return known


def _reach(
    by_channel: Mapping[tuple[Any, ...], int], outside: Mapping[tuple[Any, ...], int] | None
) -> Table:
    kinds = ("conversation", "intake", "check")
    by_channel = _known_channels(by_channel)
    rest = _known_channels(outside) if outside is not None else None
    columns: list[list[Cell]] = []
    totals: list[Cell] = []
    for kind in kinds:
        keys = [(kind, channel) for channel in codes.CHANNELS]
        cells, total = protect([by_channel.get(k, 0) for k in keys], outside=_values(rest, keys))
        columns.append(cells)
        totals.append(total)
    rows = tuple(
        Row(channel, label("kanaal", channel), tuple(column[i] for column in columns))
        for i, channel in enumerate(codes.CHANNELS)
    )
    return Table(
        "bereik",
        "Bereik",
        "Gesprekken waarin de mantelzorger de gemeente noemde, hoeveel hun situatie vertelden "
        "en hoeveel de mantelzorgtest afmaakten, per kanaal.",
        ("Gesprekken", "Situatie verteld", "Test gedaan"),
        rows,
        Row("totaal", "Totaal", tuple(totals)),
    )


def _needs(
    needs: Mapping[tuple[Any, ...], int], outside: Mapping[tuple[Any, ...], int] | None
) -> Table:
    """Per need category: asked, met by a local offer, not met. Each row is protected as one
    (met + not met = asked), hiding the number asked before a count; the rows are sorted by what
    was not met, the headline. There is no total row: one caregiver can ask for several needs."""
    rows = []
    for need in codes.NEEDS:
        met, unmet = needs.get((need, True), 0), needs.get((need, False), 0)
        if met + unmet == 0:
            continue
        keys = [(need, True), (need, False)]
        (met_cell, unmet_cell), asked = protect(
            [met, unmet], hide_total_first=True, outside=_values(outside, keys)
        )
        # Sorted by what may be shown: a hidden count must not give away its size by its place.
        rows.append(
            (
                unmet_cell.shown or 0,
                Row(need, label("behoefte", need), (asked, met_cell, unmet_cell)),
            )
        )
    rows.sort(key=lambda item: (-item[0], item[1].label))
    return Table(
        "behoeften",
        "Waar vinden mantelzorgers geen hulp in de buurt?",
        "Per behoefte: hoe vaak mantelzorgers erom vroegen, hoe vaak de assistent een aanbod "
        "in de eigen gemeente of regio liet zien, en hoe vaak niet. De behoeften zonder lokaal "
        "aanbod staan bovenaan.",
        ("Gevraagd", "Met lokaal aanbod", "Zonder lokaal aanbod"),
        tuple(row for _, row in rows),
        chart="split",
    )


def _offers(
    shown: Mapping[Any, int],
    opened: Mapping[Any, int],
    names: Mapping[str, str],
    outside: tuple[Mapping[Any, int], Mapping[Any, int]] | None,
) -> Table:
    rows = []
    for offer_id, count in sorted(shown.items(), key=lambda item: (-item[1], str(item[0]))):
        times_opened = min(opened.get(offer_id, 0), count)
        rest = None
        if outside is not None:
            rest_shown = outside[0].get(offer_id, 0)
            rest_opened = min(outside[1].get(offer_id, 0), rest_shown)
            rest = [rest_opened, rest_shown - rest_opened]
        (opened_cell, _), shown_cell = protect([times_opened, count - times_opened], outside=rest)
        name = names.get(offer_id) or label("aanbod", str(offer_id))
        rows.append(Row(str(offer_id), name, (shown_cell, opened_cell)))
    return Table(
        "aanbod",
        "Aanbod getoond en bekeken",
        "Hoe vaak de assistent een aanbod liet zien, en hoe vaak de mantelzorger daarna meer "
        "wilde weten.",
        ("Getoond", "Meer over gevraagd"),
        tuple(rows),
        chart="bars",
    )


def _within_late(contacts: Mapping[tuple[Any, ...], int] | None) -> list[int] | None:
    if contacts is None:
        return None
    within = sum(n for (_, on_time), n in contacts.items() if on_time is True)
    return [within, sum(n for (_, on_time), n in contacts.items() if on_time is False)]


def _on_time(
    contacts: Mapping[tuple[Any, ...], int], outside: Mapping[tuple[Any, ...], int] | None
) -> Table:
    within = sum(n for (_, on_time), n in contacts.items() if on_time is True)
    late = sum(n for (_, on_time), n in contacts.items() if on_time is False)
    cells, total = protect([within, late], outside=_within_late(outside))
    return Table(
        "contact",
        "Eerste contact door het steunpunt",
        "Aanmeldingen waarbij het steunpunt contact had met de mantelzorger: binnen de beloofde "
        "tijd of later.",
        ("Aanmeldingen",),
        (
            Row("op_tijd", "Binnen de beloofde tijd", (cells[0],)),
            Row("later", "Later", (cells[1],)),
        ),
        Row("totaal", "Totaal", (total,)),
    )


def _percentile(histogram: Mapping[int, int], share: float) -> int:
    total = sum(histogram.values())
    rank = max(1, -(-int(share * total * 1000) // 1000))  # nearest rank, rounded up
    seen = 0
    for days in sorted(histogram):
        seen += histogram[days]
        if seen >= rank:
            return days
    return max(histogram)


def _contact_figures(
    contacts: Mapping[tuple[Any, ...], int], outside: Mapping[tuple[Any, ...], int] | None
) -> tuple[Figure, ...]:
    histogram: dict[int, int] = {}
    for (days, _), count in contacts.items():
        if days is not None:
            histogram[int(days)] = histogram.get(int(days), 0) + count
    count = sum(histogram.values())
    within = sum(n for (_, on_time), n in contacts.items() if on_time is True)
    late = sum(n for (_, on_time), n in contacts.items() if on_time is False)
    cells, _ = protect([within, late], outside=_within_late(outside))
    if count < THRESHOLD:
        hidden = "minder dan 10 aanmeldingen: niet getoond"
        return (
            Figure("Dagen tot het eerste contact (mediaan)", hidden),
            Figure("Dagen tot het eerste contact (9 van de 10 binnen)", hidden),
            Figure("Binnen de beloofde tijd", hidden),
        )
    on_time = (
        "niet getoond (kleine aantallen)"
        if any(cell.hidden for cell in cells) or within + late == 0
        else f"{round(100 * within / (within + late))}%"
    )
    return (
        Figure("Dagen tot het eerste contact (mediaan)", _days(_percentile(histogram, 0.5))),
        Figure(
            "Dagen tot het eerste contact (9 van de 10 binnen)", _days(_percentile(histogram, 0.9))
        ),
        Figure("Binnen de beloofde tijd", on_time),
    )


# The worker offers the call-back after 3 minutes (STEUNWIJZER_LIVE_CHAT_TIMEOUT_S, default 180).
QUICK_MINUTES = 3


@dataclass(frozen=True)
class LiveCounts:
    asked: int
    waited: Mapping[int, int]  # whole minutes waited → chats taken
    expired: int

    @property
    def taken(self) -> int:
        return sum(self.waited.values())

    @property
    def quick(self) -> int:
        return sum(n for minutes, n in self.waited.items() if minutes < QUICK_MINUTES)


def _live_table(live: LiveCounts, outside: LiveCounts | None) -> Table:
    """Taken and not taken in time, with the chats asked as their total. A take or expiry can
    fall in the week after the request, and a chat can still wait: the total is at least their
    sum, so suppression reads it as the total it nearly is."""
    total = max(live.asked, live.taken + live.expired)
    rest, rest_total = None, None
    if outside is not None:
        rest = [outside.taken, outside.expired]
        rest_total = max(outside.asked, outside.taken + outside.expired)
    cells, asked = protect(
        [live.taken, live.expired], total, outside=rest, outside_total=rest_total
    )
    return Table(
        "livechat",
        "Live chat met een consulent",
        "Chats die mantelzorgers vroegen, hoeveel een consulent overnam, en hoeveel niemand op "
        "tijd overnam (de mantelzorger kreeg dan een terugbelverzoek aangeboden).",
        ("Chats",),
        (
            Row("overgenomen", "Overgenomen door een consulent", (cells[0],)),
            Row("niet_op_tijd", "Niet op tijd overgenomen", (cells[1],)),
        ),
        Row("gevraagd", "Gevraagd", (asked,)),
    )


def _live_figures(live: LiveCounts, outside: LiveCounts | None) -> tuple[Figure, ...]:
    labels = (
        "Wachttijd tot een consulent de chat overnam (mediaan)",
        "Wachttijd (9 van de 10 binnen)",
        f"Binnen {QUICK_MINUTES} minuten een consulent (van de gevraagde chats)",
    )
    if live.taken < THRESHOLD:
        hidden = "minder dan 10 chats overgenomen: niet getoond"
        return tuple(Figure(text, hidden) for text in labels)
    rest = None
    if outside is not None:
        rest = [outside.quick, max(outside.asked - outside.quick, 0)]
    cells, _ = protect([live.quick, max(live.asked - live.quick, 0)], outside=rest)
    share = (
        "niet getoond (kleine aantallen)"
        if any(cell.hidden for cell in cells) or live.asked < THRESHOLD
        else f"{round(100 * live.quick / live.asked)}%"
    )
    return (
        Figure(labels[0], _minutes(_percentile(live.waited, 0.5))),
        Figure(labels[1], _minutes(_percentile(live.waited, 0.9))),
        Figure(labels[2], share),
    )


def _minutes(minutes: int) -> str:
    """Whole minutes waited, rounded down: 0 is "within a minute"."""
    if minutes == 0:
        return "minder dan 1 minuut"
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"


def _days(days: int) -> str:
    return "1 dag" if days == 1 else f"{days} dagen"


def csv_rows(table: Table) -> Iterable[list[str]]:
    """The table as the page shows it: hidden cells as "< 10" or "≥ 10", never their count."""
    yield ["", *table.columns]
    for row in (*table.rows, *([table.total] if table.total else [])):
        yield [row.label, *(cell.csv for cell in row.cells)]


__all__ = ["LABELS", "Dashboard", "Figure", "Period", "Row", "Table", "csv_rows", "dashboard"]
