"""Rasa input channels of Steunwijzer (registered by module path in credentials.yml)."""
