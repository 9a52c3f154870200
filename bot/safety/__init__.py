"""Safety check: crisis signals in a caregiver's message and the first reply to them."""

from bot.safety.categories import SafetyCategory
from bot.safety.detector import SafetySignal, detect_safety_signal, is_everyday_lookalike
from bot.safety.reply import ReplyButton, SafetyReply, build_safety_reply

__all__ = [
    "ReplyButton",
    "SafetyCategory",
    "SafetyReply",
    "SafetySignal",
    "build_safety_reply",
    "detect_safety_signal",
    "is_everyday_lookalike",
]
