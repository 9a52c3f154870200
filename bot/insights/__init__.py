"""Insights for the gemeente and the steunpunt: anonymous, coded facts of the conversations
(recorded when they happen), counted per gemeente and period with small cells hidden, and drawn
as SVG charts with a table beside each. See docs/architecture.md, "Insights"."""
