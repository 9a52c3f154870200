# Developer tasks. README and CI call these same targets.
.DEFAULT_GOAL := help
export RASA_TELEMETRY_ENABLED := false
RUN := .venv/bin/python -m

.PHONY: help install run test test-fast lint format train validate eval bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: ## Install Python 3.10 packages from uv.lock into .venv
	@scripts/bootstrap

run: install ## Run the whole product: Rasa :5005, actions :5055, web app :8000
	$(RUN) bot.run

test: install ## Run every test: lint, data validation, unit, conversation, integration, browser
	@scripts/install-test-deps
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	.venv/bin/lint-imports --no-logo --no-cache
	$(RUN) mypy
	$(RUN) pytest

# The quick loop: no trained model, no Rasa server, no browser, no PostgreSQL/Redis/SMTP, no root.
FAST_TESTS := not integration and not browser and not rasa and not servers and not slow

test-fast: install ## Unit tests only: no model, browser or servers, no root (under 2 minutes)
	$(RUN) pytest -n auto --dist worksteal -m "$(FAST_TESTS)"

lint: install ## Lint, check formatting, the import layers (docs/architecture.md) and the types
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	.venv/bin/lint-imports --no-logo --no-cache
	$(RUN) mypy

format: install ## Format the code and fix what ruff can fix
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

train: install ## Train the model if its inputs changed
	$(RUN) bot.training

validate: install ## Check domain, rules, stories and NLU data for conflicts
	$(RUN) rasa data validate --fail-on-warnings

eval: install ## Measure: blind personas, safety rounds and NLU sets; safety set; search; NLU cross-validation (~60 min)
	$(RUN) bot.evaluation
	$(RUN) bot.evaluation.safety_cases --quiet
	$(RUN) bot.evaluation.search_cases --quiet
	$(RUN) bot.evaluation.nlu_cross_validation

# Side by side with a bare `rasa init` assistant (trained once and cached): cold start, per-turn
# latency and memory, and their ratios. The full run is in docs/performance.md.
bench: install ## Short load benchmark beside bare Rasa, prints the ratios (about 5 minutes)
	$(RUN) bot.bench.load --concurrency 10 --think-time 3

clean: ## Remove trained models and local databases
	rm -rf models var .rasa results
