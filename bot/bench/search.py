"""Benchmarks the knowledge base search at national scale: 20,000 offers over all 342 gemeenten.

Builds synthetic offers from the real content (national offers and the demo gemeenten' offers as
templates, with names, descriptions and providers varied from the content's own vocabulary), spread
over every gemeente (a few regional ones serve 2-5 gemeenten), then times the index build and a mix
of queries: situations after the intake (needs + facts + one or two gemeenten), free questions from
the labelled set, and both together. Prints the build time and query latency p50/p95/p99 (wall
clock, the target) and the process's CPU time per query (the same without waiting for other
processes on a busy machine).

    .venv/bin/python -m bot.bench.search [--offers 20000] [--queries 2000] [--check]

With --check the exit code is 1 when p95 is above the target (20 ms).
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import time
from typing import get_args

import yaml

from bot.settings import PROJECT_ROOT
from bot.text.words import words as fold_words
from knowledge.files import default_content_paths, read_content_files
from knowledge.gemeenten import load_gemeenten
from knowledge.offer import NeedCategory, Offer, Scope
from knowledge.search import AGE_RANGES, SearchIndex, SearchQuery

CASES = PROJECT_ROOT / "tests" / "knowledge" / "search_cases.yml"
TARGET_P95_MS = 20.0
NATIONAL_SHARE = 0.01
REGIONAL_SHARE = 0.05
SEED = 20261124
# The categories themselves (knowledge.files.NEED_CATEGORIES is typed as plain strings).
NEEDS: tuple[NeedCategory, ...] = get_args(NeedCategory)


def _real_offers() -> list[Offer]:
    return [offer for c in read_content_files(default_content_paths()) for offer in c.offers]


def _vocabulary(offers: list[Offer]) -> list[str]:
    words = {w for o in offers for w in fold_words(f"{o.name} {o.description}") if len(w) > 3}
    return sorted(words)


def synthetic_offers(count: int, seed: int = SEED) -> list[Offer]:
    """`count` offers: the real ones plus variants of them spread over all 342 gemeenten."""
    rng = random.Random(seed)
    real = _real_offers()
    national = [o for o in real if o.scope == "landelijk"]
    local = [o for o in real if o.scope != "landelijk"]
    words = _vocabulary(real)
    codes = [g.code for g in load_gemeenten()]
    offers = list(real)
    for number in range(count - len(real)):
        is_national = rng.random() < NATIONAL_SHARE
        template = rng.choice(national if is_national else local)
        extra = " ".join(rng.sample(words, 4))
        needs = list(template.needs)
        if rng.random() < 0.3:
            needs.append(rng.choice(NEEDS))
        scope: Scope
        gemeenten: tuple[str, ...]
        if is_national:
            scope, gemeenten = "landelijk", ()
        elif rng.random() < REGIONAL_SHARE:
            scope, gemeenten = "regio", tuple(sorted(rng.sample(codes, rng.randint(2, 5))))
        else:
            # Every gemeente gets local offers: walk through the codes, then at random.
            code = codes[number % len(codes)] if number < 4 * len(codes) else rng.choice(codes)
            scope, gemeenten = "gemeente", (code,)
        valid_until = None
        if rng.random() < 0.05:
            valid_until = template.last_checked.replace(year=rng.choice((2025, 2027)))
        offers.append(
            dataclasses.replace(
                template,
                id=f"synthetic_{number:05d}",
                name=f"{template.name} {rng.choice(words)}",
                description=f"{template.description} {extra}",
                provider=f"Stichting {rng.choice(words).capitalize()} {number}",
                needs=tuple(dict.fromkeys(needs)),
                scope=scope,
                gemeente_codes=gemeenten,
                valid_until=valid_until,
            )
        )
    return offers


def _questions() -> list[str]:
    document = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    return [case["text"] for case in document["cases"] if case.get("text")]


def random_queries(count: int, seed: int = SEED) -> list[SearchQuery]:
    rng = random.Random(seed + 1)
    codes = [g.code for g in load_gemeenten()]
    questions = _questions()
    queries = []
    for _ in range(count):
        caregiver = rng.choice(codes)
        naaste = caregiver if rng.random() < 0.7 else rng.choice(codes)
        kind = rng.random()
        needs = tuple(rng.sample(NEEDS[:-1], rng.randint(1, 3))) if kind < 0.7 else ()
        text = rng.choice(questions) if kind > 0.4 else ""
        queries.append(
            SearchQuery(
                needs=needs,
                text=text,
                caregiver_gemeente=caregiver,
                naaste_gemeente=naaste,
                hours_per_week=rng.choice((None, 4, 10, 25)),
                duration_months=rng.choice((None, 2, 12)),
                age_group=rng.choice((None, *AGE_RANGES)),
                conditions=rng.choice(((), ("dementie",), ("ggz",), ("nah",))),
            )
        )
    return queries


def _percentile(sorted_values: list[float], share: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(share * len(sorted_values)) - 1))
    return sorted_values[index]


def run(offer_count: int, query_count: int) -> dict[str, float]:
    """Build the index and time the queries; returns the figures in milliseconds (build in s)."""
    offers = synthetic_offers(offer_count)
    gemeenten = {code for offer in offers for code in offer.gemeente_codes}
    started = time.perf_counter()
    index = SearchIndex.build(offers)
    build_s = time.perf_counter() - started
    queries = random_queries(query_count)
    for query in queries[:50]:  # warm the stem and split caches, as a running server has them
        index.match(query)
    timings, cpu_timings = [], []
    for query in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        index.match(query)
        cpu_timings.append((time.process_time() - started_cpu) * 1000)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    cpu_timings.sort()
    return {
        "offers": len(offers),
        "gemeenten": len(gemeenten),
        "build_s": build_s,
        "queries": len(timings),
        "p50_ms": _percentile(timings, 0.50),
        "p95_ms": _percentile(timings, 0.95),
        "p99_ms": _percentile(timings, 0.99),
        "max_ms": timings[-1],
        "mean_ms": statistics.fmean(timings),
        # CPU time of this process only: the same figures without waiting for other processes.
        "cpu_p50_ms": _percentile(cpu_timings, 0.50),
        "cpu_p95_ms": _percentile(cpu_timings, 0.95),
        "cpu_p99_ms": _percentile(cpu_timings, 0.99),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if p95 > {TARGET_P95_MS} ms")
    args = parser.parse_args()
    figures = run(args.offers, args.queries)
    print(f"offers: {figures['offers']:.0f} over {figures['gemeenten']:.0f} gemeenten")
    print(f"index build: {figures['build_s']:.2f} s")
    print(
        f"query latency over {figures['queries']:.0f} queries: p50 {figures['p50_ms']:.2f} ms, "
        f"p95 {figures['p95_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms, "
        f"max {figures['max_ms']:.2f} ms (mean {figures['mean_ms']:.2f} ms)"
    )
    print(
        f"query CPU time (this process only): p50 {figures['cpu_p50_ms']:.2f} ms, "
        f"p95 {figures['cpu_p95_ms']:.2f} ms, p99 {figures['cpu_p99_ms']:.2f} ms"
    )
    met = figures["p95_ms"] <= TARGET_P95_MS
    print(f"target p95 <= {TARGET_P95_MS:.0f} ms: {'met' if met else 'NOT met'}")
    if args.check and not met:
        sys.exit(1)


if __name__ == "__main__":
    main()
