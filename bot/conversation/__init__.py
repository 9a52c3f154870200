"""The general conversation: greeting, help, fallback."""
