"""`make eval`'s blind part: starts the product once, then measures it on words nobody here wrote.

    python -m bot.evaluation            # personas (dev and held-out), safety rounds, NLU blind sets
    python -m bot.evaluation --quick    # only the development personas

Figures are printed; transcripts go to results/personas/. The held-out sets are measured, never
tuned on: look at their figures, not at their transcripts.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bot.evaluation import conversations, nlu_blind, safety_rounds
from bot.evaluation.personas import BLIND_DIR, PERSONA_SETS, load_personas
from bot.evaluation.product import start_product, stop_product, wait_until_ready
from bot.settings import load_settings
from bot.training import ensure_model

# Every simulated caregiver talks from 127.0.0.1 and gives the same phone number, so the
# per-address limits and the daily cap on aanmeldingen per number are off.
EVALUATION_ENVIRON = {
    "STEUNWIJZER_FLOOD_MAX_MESSAGES": "1000",
    "STEUNWIJZER_IP_MAX_MESSAGES": "0",
    "STEUNWIJZER_IP_MAX_NEW_CONVERSATIONS": "0",
    "STEUNWIJZER_MAX_HANDOFFS_PER_PHONE_PER_DAY": "0",
    "STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0",
}


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
    product = start_product(Path(tempfile.mkdtemp(prefix="steunwijzer-eval-")), EVALUATION_ENVIRON)
    wait_until_ready(product)
    url = f"http://127.0.0.1:{product.settings.rasa_port}"
    knowledge = conversations.knowledge_view()
    try:
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
    finally:
        stop_product(product)
    if not args.quick:
        model = ensure_model(load_settings().models_dir)
        for part in ("dev", "heldout"):
            nlu_blind.report(part, nlu_blind.predict(model, nlu_blind.load_part(part)), show=False)


if __name__ == "__main__":
    main()
