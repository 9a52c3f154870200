"""Dutch language processing shared by the NLU pipeline and the product's own rules."""
