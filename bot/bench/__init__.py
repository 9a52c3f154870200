"""Benchmarks: the knowledge search at national scale (`python -m bot.bench.search`) and the
whole product under load (`python -m bot.bench.load`), beside a bare Rasa. Run from a development
checkout: they use the dev packages (psutil)."""
