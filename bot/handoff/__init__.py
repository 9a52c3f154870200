"""Handoff to the steunpunt: the aanmelding document, its storage with an outbox, and delivery.

The conversation builds the document (`document.build_document`), stores it
(`store.create_handoff`) and only then tells the caregiver; the worker (`bot.worker`) delivers the
outbox (`delivery.deliver_due`). Import from the submodules; nothing is loaded at import time.
"""
