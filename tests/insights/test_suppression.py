"""Small cells are hidden, and the totals cannot give them away (complementary suppression)."""

from __future__ import annotations

import itertools

import pytest

from bot.insights.suppression import COMPLEMENT, SMALL, THRESHOLD, Cell, protect


def _texts(cells: list[Cell]) -> list[str]:
    return [cell.text for cell in cells]


def test_counts_of_ten_or_more_are_shown() -> None:
    cells, total = protect([10, 25, 40])
    assert _texts(cells) == ["10", "25", "40"]
    assert total.text == "75"


def test_a_small_cell_is_shown_as_less_than_ten_and_a_zero_as_zero() -> None:
    cells, _ = protect([3, 0, 40, 50])
    assert cells[0].text == SMALL
    assert cells[1].text == "0"


def test_one_small_cell_gets_a_complement_so_the_total_does_not_give_it_away() -> None:
    cells, total = protect([3, 40, 12, 50])
    assert cells[0].text == SMALL
    # The smallest other count is hidden too; the total stays.
    assert cells[2].text == COMPLEMENT
    assert _texts(cells)[1::2] == ["40", "50"]
    assert total.text == "105"


def test_two_small_cells_whose_sum_pins_them_get_a_complement() -> None:
    # 1 + 1 = 2 would be known from the total: both would be exactly 1.
    cells, total = protect([1, 1, 30, 40])
    assert [cell.hidden for cell in cells] == [True, True, True, False]
    assert total.text == "72"


def test_a_small_total_hides_everything() -> None:
    cells, total = protect([3, 2, 0])
    assert _texts(cells) == [SMALL, SMALL, "0"]
    assert total.text == SMALL


def test_without_a_complement_to_hide_the_total_is_hidden() -> None:
    cells, total = protect([4, 0, 0], total=12)  # e.g. a row whose other part is off the table
    assert cells[0].text == SMALL
    assert total.hidden


def _feasible(cells: list[Cell], total: Cell) -> list[tuple[int, ...]]:
    """Every filling of the hidden cells that matches what the reader sees."""
    options = []
    for cell in cells:
        if not cell.hidden:
            options.append([cell.value])
        elif cell.value < THRESHOLD:
            options.append(list(range(1, THRESHOLD)))
        else:
            options.append(list(range(THRESHOLD, 60)))
    found = []
    for filling in itertools.product(*options):
        if total.hidden or sum(filling) == total.value:
            found.append(filling)
    return found


@pytest.mark.parametrize(
    "counts",
    [
        [3, 40, 12, 50],
        [1, 1, 30, 40],
        [9, 10, 11],
        [1, 10],
        [2, 3, 4, 25],
        [5, 0, 0, 14],
        [8, 20],
        [1, 2, 0, 10, 10],
    ],
)
def test_no_small_cell_can_be_worked_out_from_what_is_shown(counts: list[int]) -> None:
    cells, total = protect(counts)
    feasible = _feasible(cells, total)
    assert tuple(counts) in feasible
    for index, cell in enumerate(cells):
        if cell.small:
            assert len({filling[index] for filling in feasible}) > 1, (counts, index)


def test_a_row_whose_counts_matter_more_hides_its_total_instead() -> None:
    cells, total = protect([25, 4], hide_total_first=True)
    assert _texts(cells) == ["25", SMALL]
    assert total.text == COMPLEMENT
    assert len({f[1] for f in _feasible(cells, total)}) > 1


def test_a_region_hides_a_count_whose_part_outside_the_viewers_gemeenten_is_small() -> None:
    # 40 and 25 in the region; 3 of the 25 are another gemeente's, the viewer sees its own 22.
    cells, total = protect([40, 25], outside=[12, 3])
    assert [c.text for c in cells] == [COMPLEMENT, COMPLEMENT] and total.text == "65"
    # A small total outside hides the total, and then nothing else has to go.
    cells, total = protect([40, 25], outside=[4, 0])
    assert [c.text for c in cells] == [COMPLEMENT, "25"] and total.hidden
    # Large parts outside: shown as usual.
    cells, total = protect([40, 25], outside=[12, 10])
    assert [c.text for c in cells] == ["40", "25"] and total.text == "65"
