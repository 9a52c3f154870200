"""`make eval`'s blind part: starts the product once, then measures it on words nobody here wrote.

    python -m bot.evaluation            # personas (dev and held-out), safety rounds, NLU blind sets
    python -m bot.evaluation --quick    # only the development personas

Figures are printed; transcripts go to results/personas/. The held-out sets are measured, never
tuned on: look at their figures, not at their transcripts.
"""

from __future__ import annotations

import argparse

from bot.evaluation import conversations, nlu_blind, safety_rounds
from bot.evaluation.personas import BLIND_DIR, PERSONA_SETS, load_personas
from bot.evaluation.product import evaluated_product
from bot.settings import load_settings
from bot.training import ensure_model


def _rounds() -> list[int]:
    return sorted(
        int(p.stem.removeprefix("safety_round")) for p in BLIND_DIR.glob("safety_round*.yml")
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="only the development personas")
    args = parser.parse_args()
    knowledge = conversations.knowledge_view()
    with evaluated_product(None, prefix="steunwijzer-eval-") as url:
        sets = ["dev"] if args.quick else list(PERSONA_SETS)
        for name in sets:
            results = conversations.run_set(load_personas(PERSONA_SETS[name]), url, knowledge)
            conversations.report(
                name, results, show=False, out_dir=conversations.RESULTS_DIR / name
            )
        if not args.quick:
            for number in _rounds():
                outcomes = safety_rounds.measure(safety_rounds.load_round(number), url)
                print(f"Safety round {number}: {len(outcomes)} messages")
                for figure, value in safety_rounds.figures(outcomes).items():
                    print(f"  {figure}: {value}")
    if not args.quick:
        model = ensure_model(load_settings().models_dir)
        for part in ("dev", "heldout"):
            nlu_blind.report(part, nlu_blind.predict(model, nlu_blind.load_part(part)), show=False)


if __name__ == "__main__":
    main()
