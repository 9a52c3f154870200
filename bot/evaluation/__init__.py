"""Measuring the assistant on words nobody here wrote: blind personas, NLU and safety sets."""
