"""Small cells: a count of fewer than 10 caregivers is shown as "< 10", and the totals cannot be used
to work it out (complementary suppression).

A table row is a set of counts and its total, which is shown (or itself hidden). When one count
is hidden and the total and the others are shown, it is the difference: so more counts are hidden
("≥ 10"), smallest first, until no hidden count can be pinned down from the total and what is
known of each (a small count is 1 to 9, a complementary one 10 or more). When that cannot be
reached, the total is hidden too (or at once, where the counts matter more than the total). A zero is shown: it is nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 10
SMALL = "< 10"
COMPLEMENT = "≥ 10"


@dataclass(frozen=True)
class Cell:
    value: int  # the true count: never rendered when hidden
    hidden: bool = False

    @property
    def small(self) -> bool:
        return 0 < self.value < THRESHOLD

    @property
    def text(self) -> str:
        if not self.hidden:
            return f"{self.value:,}".replace(",", ".")
        return SMALL if self.value < THRESHOLD else COMPLEMENT

    @property
    def csv(self) -> str:
        """As in a CSV file: digits without a thousands separator, or the hidden label."""
        return self.text if self.hidden else str(self.value)

    @property
    def shown(self) -> int | None:
        """The count when it may be shown, else None (for charts and CSV)."""
        return None if self.hidden else self.value


def _pinned(values: Sequence[int], hidden: set[int], total: int) -> bool:
    """Whether some hidden count has one possible value, given the total, the shown counts and
    the bounds the labels give away."""
    rest = total - sum(v for i, v in enumerate(values) if i not in hidden)
    bounds = {
        i: ((1, THRESHOLD - 1) if values[i] < THRESHOLD else (THRESHOLD, rest)) for i in hidden
    }
    for i in hidden:
        others_low = sum(low for j, (low, _) in bounds.items() if j != i)
        others_high = sum(high for j, (_, high) in bounds.items() if j != i)
        low = max(bounds[i][0], rest - others_high)
        high = min(bounds[i][1], rest - others_low)
        if low >= high:
            return True
    return False


def protect(
    counts: Sequence[int],
    total: int | None = None,
    *,
    hide_total_first: bool = False,
    outside: Sequence[int] | None = None,
    outside_total: int | None = None,
) -> tuple[list[Cell], Cell]:
    """The row's cells and its total, with small cells and their complements hidden.

    `hide_total_first`: when a small cell could be worked out, hide the total rather than
    another count (for a row whose counts matter more than its sum, such as need met / not met);
    with the total hidden, a hidden count is known only by its label.

    `outside` (a region view): the same counts without the gemeenten the viewer sees on their
    own. A count whose outside part is 1 to 9 is hidden as if it were small, and so is a total
    whose outside part is (`outside_total`, else the sum): otherwise the viewer would subtract
    their own figures from the region's and find a small count of other gemeenten."""
    values = list(counts)
    whole = sum(values) if total is None else total
    if 0 < whole < THRESHOLD:
        return [Cell(v, hidden=v > 0) for v in values], Cell(whole, hidden=True)
    hidden = {i for i, v in enumerate(values) if 0 < v < THRESHOLD}
    total_hidden = False
    if outside is not None:
        hidden |= {i for i, v in enumerate(outside) if 0 < v < THRESHOLD and values[i] > 0}
        rest = sum(outside) if outside_total is None else outside_total
        total_hidden = 0 < rest < THRESHOLD
    while hidden and not total_hidden and _pinned(values, hidden, whole):
        if hide_total_first:
            total_hidden = True
            break
        candidates = [i for i, v in enumerate(values) if i not in hidden and v > 0]
        if not candidates:
            total_hidden = True
            break
        hidden.add(min(candidates, key=lambda i: values[i]))
    cells = [Cell(v, hidden=i in hidden) for i, v in enumerate(values)]
    return cells, Cell(whole, hidden=total_hidden)


def protect_count(value: int) -> Cell:
    """A count on its own (no total beside it)."""
    return Cell(value, hidden=0 < value < THRESHOLD)
