"""A consultant joins the chat: opening hours, availability, the live queue and its transcript."""
