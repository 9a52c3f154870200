"""Charts as SVG, drawn on the server: no script, readable in print. Each chart draws one table of
bot.insights.aggregation and the page puts that table beside it, so the chart's `desc` only says
where the numbers are. A hidden cell (< 10) is drawn as no bar, with its label."""

from __future__ import annotations

from markupsafe import Markup, escape

from bot.insights.aggregation import Table

WIDTH = 560
LABEL_WIDTH = 230
ROW_HEIGHT = 26
BAR_HEIGHT = 16
# Contrast at least 4.5:1 on white for the text, 3:1 for the bars (WCAG 2.1 1.4.3, 1.4.11).
TEXT = "#1b1b1b"
FIRST = "#1d5a85"
SECOND = "#a64b00"


def chart(table: Table) -> Markup:
    """The SVG of `table`, or nothing when it has no chart or no rows."""
    if table.chart == "none" or not table.rows:
        return Markup("")
    if table.chart == "split":
        return _bars(table, (1, 2))
    return _bars(table, (0,))


def _bars(table: Table, columns: tuple[int, ...]) -> Markup:
    values = [
        cell.shown or 0
        for row in table.rows
        for index, cell in enumerate(row.cells)
        if index in columns
    ]
    largest = max([*values, 1])
    if len(columns) > 1:
        # Stacked: the scale is the largest row total.
        largest = max([sum(row.cells[i].shown or 0 for i in columns) for row in table.rows] + [1])
    legend = len(columns) > 1
    top = 24 if legend else 4
    height = top + ROW_HEIGHT * len(table.rows) + 4
    room = WIDTH - LABEL_WIDTH - 60
    ident = f"grafiek-{table.id}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-labelledby="{ident}-titel {ident}-uitleg">',
        f'<title id="{ident}-titel">{escape(table.title)}</title>',
        f'<desc id="{ident}-uitleg">Staafdiagram. De getallen staan in de tabel ernaast.</desc>',
    ]
    if legend:
        for number, index in enumerate(columns):
            legend_x = LABEL_WIDTH + number * 170
            colour = FIRST if number == 0 else SECOND
            parts.append(f'<rect x="{legend_x}" y="4" width="12" height="12" fill="{colour}"/>')
            parts.append(
                f'<text x="{legend_x + 16}" y="14" font-size="12" fill="{TEXT}">'
                f"{escape(table.columns[index])}</text>"
            )
    for row_number, row in enumerate(table.rows):
        y = top + row_number * ROW_HEIGHT
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 13}" font-size="12" text-anchor="end" '
            f'fill="{TEXT}">{escape(_short(row.label))}</text>'
        )
        bar_x = float(LABEL_WIDTH)
        texts = []
        for number, index in enumerate(columns):
            cell = row.cells[index]
            colour = FIRST if number == 0 else SECOND
            if cell.shown:
                width = max(room * cell.shown / largest, 1.0)
                parts.append(
                    f'<rect x="{bar_x:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                    f'fill="{colour}"/>'
                )
                bar_x += width
            texts.append(cell.text)
        parts.append(
            f'<text x="{bar_x + 6:.1f}" y="{y + 13}" font-size="12" fill="{TEXT}">'
            f"{escape(' / '.join(texts))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, length: int = 36) -> str:
    """A label that fits left of the bars; the table beside the chart has it in full."""
    return text if len(text) <= length else text[: length - 1] + "…"
