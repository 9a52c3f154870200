"""Evaluates the knowledge base search on the labelled set in tests/knowledge/search_cases.yml.

Prints MRR (mean of 1/rank of the first expected offer, 0 when not in the top 10) and recall@3 (the
share of expected offers in the top 3, out of at most 3), and every case where an expected offer is
not first, with what came first instead. The index is built from knowledge/data/aanbod/*.yml.

    .venv/bin/python -m bot.evaluation.search_cases [--cases PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT
from knowledge.search import SearchIndex, SearchQuery, build_index_from_files

DEFAULT_CASES = PROJECT_ROOT / "tests" / "knowledge" / "search_cases.yml"
RANK_DEPTH = 10
_QUERY_FIELDS = {f.name for f in fields(SearchQuery)}
_TUPLE_FIELDS = {"needs", "conditions", "combines_with"}


@dataclass(frozen=True)
class Case:
    id: str
    query: SearchQuery
    expected: tuple[str, ...]
    heldout: bool = False  # written after the ranking was tuned; never tuned on


@dataclass(frozen=True)
class Outcome:
    case: Case
    ranking: tuple[str, ...]  # offer ids, best first, up to RANK_DEPTH

    @property
    def first_rank(self) -> int | None:
        ranks = [self.ranking.index(i) + 1 for i in self.case.expected if i in self.ranking]
        return min(ranks) if ranks else None

    @property
    def reciprocal_rank(self) -> float:
        rank = self.first_rank
        return 1.0 / rank if rank else 0.0

    @property
    def recall_at_3(self) -> float:
        found = len(set(self.case.expected) & set(self.ranking[:3]))
        return found / min(3, len(self.case.expected))


def _query(raw: dict[str, Any], today: dt.date) -> SearchQuery:
    unknown = set(raw) - _QUERY_FIELDS
    if unknown:
        raise ValueError(f"unknown query fields {sorted(unknown)}")
    values: dict[str, Any] = {k: tuple(v) if k in _TUPLE_FIELDS else v for k, v in raw.items()}
    values.setdefault("today", today)
    return SearchQuery(**values)


def load_cases(path: Path = DEFAULT_CASES) -> list[Case]:
    document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    today = document.get("today") or dt.date.today()
    cases = []
    for raw in document["cases"]:
        raw = dict(raw)
        case_id, expected = raw.pop("id"), tuple(raw.pop("expected"))
        heldout = bool(raw.pop("heldout", False))
        try:
            cases.append(Case(case_id, _query(raw, today), expected, heldout))
        except (TypeError, ValueError) as error:
            raise ValueError(f"{path}: case {case_id!r}: {error}") from None
    return cases


def check_ids(index: SearchIndex, cases: list[Case]) -> list[str]:
    """Expected ids that are no offer in the index (a typo in the labelled set)."""
    known = {offer.id for offer in index.offers}
    return [f"{c.id}: {i}" for c in cases for i in c.expected if i not in known]


def evaluate(index: SearchIndex, cases: list[Case]) -> list[Outcome]:
    return [Outcome(case, index.match(case.query, limit=RANK_DEPTH).offer_ids) for case in cases]


def mrr(outcomes: list[Outcome]) -> float:
    return statistics.fmean(o.reciprocal_rank for o in outcomes)


def recall_at_3(outcomes: list[Outcome]) -> float:
    return statistics.fmean(o.recall_at_3 for o in outcomes)


def report(outcomes: list[Outcome], quiet: bool) -> None:
    print(f"cases: {len(outcomes)}")
    print(f"MRR: {mrr(outcomes):.3f}")
    print(f"recall@3: {recall_at_3(outcomes):.3f}")
    for label, heldout in (("tuning set", False), ("held-out set", True)):
        part = [o for o in outcomes if o.case.heldout is heldout]
        if part:
            print(
                f"  {label} ({len(part)} cases): MRR {mrr(part):.3f}, "
                f"recall@3 {recall_at_3(part):.3f}"
            )
    first = sum(1 for o in outcomes if o.first_rank == 1)
    print(f"expected offer first: {first}/{len(outcomes)}")
    misses = [o for o in outcomes if o.first_rank != 1]
    print(f"misses (expected offer not first): {len(misses)}")
    if quiet:
        return
    for outcome in misses:
        rank = outcome.first_rank
        tag = " (held-out)" if outcome.case.heldout else ""
        print(f"  - {outcome.case.id}{tag}: first expected at rank {rank or f'>{RANK_DEPTH}'}")
        print(f"      expected: {', '.join(outcome.case.expected)}")
        print(f"      got:      {', '.join(outcome.ranking[:3]) or '(nothing)'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    args = parser.parse_args()
    index = build_index_from_files()
    cases = load_cases(args.cases)
    unknown = check_ids(index, cases)
    if unknown:
        print("Unknown offer ids in the labelled set:\n  " + "\n  ".join(unknown))
        sys.exit(2)
    report(evaluate(index, cases), args.quiet)


if __name__ == "__main__":
    main()
