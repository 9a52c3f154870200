"""Privacy by design: conversation keys, consent records, retention and erasure."""
