"""The channel guards without Rasa: the flood limit, the honest answer when a turn gave no reply,
and the REST channel's request check."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from rasa.core.channels.channel import UserMessage

from bot.channels.guard import (
    FLOOD_TEXT,
    MAX_MESSAGE_CHARS,
    NO_REPLY_TEXT,
    FloodGuard,
    Verdict,
    answer_turn,
    crisis_signal,
    guarded_turn,
    no_reply_messages,
    screen,
    within_length,
)
from bot.channels.rest import (
    BAD_MESSAGE,
    BAD_SENDER,
    MAX_SENDER_CHARS,
    MIN_SENDER_CHARS,
    NOT_JSON,
    SWITCHED_OFF,
    BadRequest,
    GuardedRestInput,
    RestRequest,
    parse_request,
)
from bot.safety.categories import SafetyCategory
from knowledge.helplines import get_verified_helpline
from tests.support import development_settings

T = TypeVar("T")
SENDER = "gesprek-123"
CODE = "7f3c0a9d2e4b4f1a8c6d5e0b9a1f2c3d"  # a REST client's code: a UUID's hex digits
CRISES = [
    ("ik wil er niet meer zijn", SafetyCategory.SUICIDE),
    ("ik denk aan zelfmoord", SafetyCategory.SUICIDE),
    ("ik zie het niet meer zitten, ik wil een eind aan mijn leven maken", SafetyCategory.SUICIDE),
    ("mijn vader is gevallen en reageert niet meer", SafetyCategory.ACUTE_DANGER),
    ("mijn man slaat me als hij in de war is", SafetyCategory.VIOLENCE_AGAINST_CAREGIVER),
    ("ik ben bang dat ik hem iets aandoe", SafetyCategory.VIOLENCE_BY_CAREGIVER),
]
NOT_CRISES = [
    "hallo",
    "ik zorg voor mijn moeder",
    "ik kan niet meer",  # overload: asked about gently, not a crisis
    "ik denk niet aan zelfmoord",
    "",
    "🙂🙂",
]


def run(coroutine: Awaitable[T]) -> T:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def admitted(guard: FloodGuard, count: int, sender: str = SENDER) -> list[bool]:
    return [guard.admit(sender) for _ in range(count)]


# --- flood limit -----------------------------------------------------------------------------


@pytest.mark.parametrize(("limit", "window_s"), [(8, 10.0), (3, 1.0), (1, 60.0)])
def test_the_limit_lets_through_that_many_messages_per_window(
    clock: Clock, limit: int, window_s: float
) -> None:
    guard = FloodGuard(limit, window_s, clock=clock)

    assert admitted(guard, limit + 5) == [True] * limit + [False] * 5
    clock.now += window_s
    assert admitted(guard, limit + 1) == [True] * limit + [False]


def test_the_window_slides(clock: Clock) -> None:
    guard = FloodGuard(3, 10.0, clock=clock)
    for offset in (0.0, 4.0, 8.0):
        clock.now = 1000.0 + offset
        assert guard.admit(SENDER)

    clock.now = 1009.9
    assert not guard.admit(SENDER)
    clock.now = 1010.0  # the first message has left the window
    assert guard.admit(SENDER)
    assert not guard.admit(SENDER)
    clock.now = 1014.0
    assert guard.admit(SENDER)


def test_a_fast_typist_is_never_stopped(clock: Clock) -> None:
    guard = FloodGuard(clock=clock)
    for _ in range(200):  # a short message every two seconds, for almost seven minutes
        assert guard.admit(SENDER)
        clock.now += 2.0


def test_senders_are_counted_apart(clock: Clock) -> None:
    guard = FloodGuard(2, 10.0, clock=clock)

    assert admitted(guard, 3, "a") == [True, True, False]
    assert admitted(guard, 2, "b") == [True, True]


def test_the_notice_is_due_once_per_window(clock: Clock) -> None:
    guard = FloodGuard(1, 10.0, clock=clock)
    guard.admit(SENDER)

    assert [guard.notice_due(SENDER) for _ in range(5)] == [True, False, False, False, False]
    clock.now += 9.0
    assert not guard.notice_due(SENDER)
    clock.now += 1.0
    assert guard.notice_due(SENDER)


def test_quiet_senders_are_forgotten(clock: Clock) -> None:
    guard = FloodGuard(2, 10.0, clock=clock)
    for number in range(500):
        guard.admit(f"sender-{number}")
    assert guard.sender_count == 500

    clock.now += 10.0
    guard.admit("new")

    assert guard.sender_count == 1


def test_memory_stays_bounded_under_many_senders(clock: Clock) -> None:
    guard = FloodGuard(2, 10.0, max_senders=100, clock=clock)

    for number in range(5000):
        guard.admit(f"sender-{number}")

    assert guard.sender_count == 100
    assert admitted(guard, 3, "sender-4999") == [True, False, False]  # the latest are kept


def test_zero_switches_the_limit_off(clock: Clock) -> None:
    guard = FloodGuard(0, 10.0, clock=clock)

    assert all(admitted(guard, 1000))
    assert guard.sender_count == 0


@pytest.mark.parametrize(
    ("max_messages", "window_s", "max_senders"), [(-1, 10.0, 10), (8, 0.0, 10), (8, 10.0, 0)]
)
def test_nonsense_limits_are_refused(max_messages: int, window_s: float, max_senders: int) -> None:
    with pytest.raises(ValueError, match="flood limit"):
        FloodGuard(max_messages, window_s, max_senders=max_senders)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, (12, 10.0)),
        ({"STEUNWIJZER_FLOOD_MAX_MESSAGES": "3", "STEUNWIJZER_FLOOD_WINDOW_S": "2.5"}, (3, 2.5)),
        ({"STEUNWIJZER_FLOOD_MAX_MESSAGES": "0"}, (0, 10.0)),
    ],
)
def test_the_limit_comes_from_the_settings(
    environ: dict[str, str], expected: tuple[int, float]
) -> None:
    guard = FloodGuard.from_settings(development_settings(environ))

    assert (guard.max_messages, guard.window_s) == expected


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_crisis_is_recognised(text: str, category: SafetyCategory) -> None:
    signal = crisis_signal(text)

    assert signal is not None and signal.category is category


@pytest.mark.parametrize("text", NOT_CRISES)
def test_no_crisis_is_recognised(text: str) -> None:
    assert crisis_signal(text) is None


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_crisis_goes_through_the_flood(clock: Clock, text: str, category: SafetyCategory) -> None:
    guard = FloodGuard(2, 10.0, clock=clock)
    admitted(guard, 2)

    verdicts = [run(screen(guard, SENDER, message)) for message in ("bla", text, "bla", text)]

    assert verdicts == [Verdict.NOTICE, Verdict.PASS, Verdict.DROP, Verdict.PASS]


@pytest.mark.parametrize("text", NOT_CRISES)
def test_anything_else_over_the_limit_gets_one_notice(clock: Clock, text: str) -> None:
    guard = FloodGuard(2, 10.0, clock=clock)

    verdicts = [run(screen(guard, SENDER, text)) for _ in range(6)]

    assert verdicts == [Verdict.PASS] * 2 + [Verdict.NOTICE] + [Verdict.DROP] * 3


# --- the honest answer -----------------------------------------------------------------------


def phones(helpline_id: str) -> tuple[str, ...]:
    return get_verified_helpline(helpline_id).phones


def test_the_honest_answer_says_it_is_our_fault_and_gives_the_numbers_from_the_data() -> None:
    messages = no_reply_messages(None)
    text = "\n".join(message["text"] for message in messages)

    assert messages[0] == {"text": NO_REPLY_TEXT}
    assert "Dat ligt aan ons, niet aan u." in text
    assert "Probeer het over een paar minuten opnieuw." in text
    for number in (*phones("alarm_112"), *phones("zelfmoordpreventie_113")):
        assert number in text
    assert "112" in text and "113" in text
    assert not any("buttons" in message for message in messages)


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_the_answer_to_a_crisis_is_the_safety_reply(text: str, category: SafetyCategory) -> None:
    messages = no_reply_messages(crisis_signal(text))
    shown = "\n".join(message["text"] for message in messages)

    assert NO_REPLY_TEXT not in shown
    assert all(number in shown for number in phones("alarm_112"))
    if category is SafetyCategory.SUICIDE:
        assert all(number in shown for number in phones("zelfmoordpreventie_113"))
    if category.is_violence:
        assert all(number in shown for number in phones("veilig_thuis"))
    assert [b["title"] for b in messages[-1]["buttons"]] == ["Ja, graag", "Nu niet"]


@dataclass
class Turn:
    """Stands in for Rasa: sends `replies` to `sent`, or raises."""

    replies: list[str] = field(default_factory=list)
    error: Exception | None = None
    sent: list[dict[str, Any]] = field(default_factory=list)
    calls: int = 0

    async def run(self) -> None:
        self.calls += 1
        for reply in self.replies:
            self.sent.append({"text": reply})
        if self.error is not None:
            raise self.error

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)


def answer(turn: Turn, text: str) -> bool:
    return run(answer_turn("test", text, turn.run, lambda: len(turn.sent), turn.send))


def test_a_turn_that_answers_is_left_alone() -> None:
    turn = Turn(replies=["Hallo, fijn dat u er bent."])

    assert answer(turn, "hallo") is True
    assert turn.sent == [{"text": "Hallo, fijn dat u er bent."}]


def test_a_turn_that_answered_before_it_failed_gets_nothing_more() -> None:
    turn = Turn(replies=["Eerste deel."], error=RuntimeError("half"))

    assert answer(turn, "hallo") is True
    assert turn.sent == [{"text": "Eerste deel."}]


@pytest.mark.parametrize(
    "error", [None, ConnectionError("action server down"), ValueError("kapot")]
)
@pytest.mark.parametrize("text", ["ik zorg voor mijn moeder", "", "ik kan niet meer"])
def test_a_silent_or_failed_turn_gets_the_honest_answer(text: str, error: Exception | None) -> None:
    turn = Turn(error=error)

    assert answer(turn, text) is False
    assert turn.sent == no_reply_messages(None)


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_silent_turn_after_a_crisis_gets_the_safety_reply(
    text: str, category: SafetyCategory
) -> None:
    turn = Turn(error=ConnectionError("action server down"))

    answer(turn, text)

    assert turn.sent == no_reply_messages(crisis_signal(text))


def test_the_logs_hold_neither_the_text_nor_the_sender(caplog: pytest.LogCaptureFixture) -> None:
    text = "mijn geheime zorg, ik wil er niet meer zijn"
    sender = "31612345678"

    async def broken() -> None:
        raise ValueError(f"kapot bij {text} van {sender}")

    async def send(message: dict[str, Any]) -> None:
        return None

    with caplog.at_level(logging.DEBUG, logger="bot.channels"):
        run(answer_turn("test", text, broken, lambda: 0, send))
        guard = FloodGuard(1, 10.0)
        for _ in range(3):
            run(guarded_turn(guard, "test", sender, "bla", broken, lambda: 0, send))

    assert "handling a message failed (ValueError)" in caplog.text
    assert "the turn gave no answer; sent the safety reply instead" in caplog.text
    assert "over the flood limit" in caplog.text
    assert text not in caplog.text and "geheime" not in caplog.text and sender not in caplog.text
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3  # the safety reply, the honest answer, one flood notice


def test_thirty_quick_messages_make_eight_turns_and_one_notice(clock: Clock) -> None:
    guard = FloodGuard(8, 10.0, clock=clock)
    turn = Turn(replies=["Antwoord."])
    messages = ["bericht"] * 14 + ["ik wil er niet meer zijn"] + ["bericht"] * 15

    async def flood() -> list[Verdict]:
        return [
            await guarded_turn(
                guard, "test", SENDER, text, turn.run, lambda: len(turn.sent), turn.send
            )
            for text in messages
        ]

    verdicts = run(flood())

    assert verdicts.count(Verdict.PASS) == 9 and turn.calls == 9  # 8 and the crisis
    assert verdicts[14] is Verdict.PASS
    assert verdicts.count(Verdict.NOTICE) == 1 and verdicts[8] is Verdict.NOTICE
    assert [m["text"] for m in turn.sent].count(FLOOD_TEXT) == 1
    clock.now += 10.0
    after_the_window = run(
        guarded_turn(guard, "test", SENDER, "hallo", turn.run, lambda: len(turn.sent), turn.send)
    )
    assert after_the_window is Verdict.PASS and turn.calls == 10


def test_a_burst_at_once_has_at_most_max_waiting_turns_waiting_and_the_crisis_still_goes_through(
    clock: Clock,
) -> None:
    """Rasa answers one conversation's messages one after the other: without the second limit a
    crisis in the middle of a burst would wait behind every message admitted before it."""
    guard = FloodGuard(60, 10.0, max_waiting=4, clock=clock)
    messages = ["hallo"] * 20 + ["ik wil er niet meer zijn"] + ["hallo"] * 20
    waiting_now = 0
    most_waiting = 0
    crisis_answered = False

    async def turn(text: str) -> Verdict:
        async def run_turn() -> None:
            nonlocal waiting_now, most_waiting, crisis_answered
            waiting_now += 1
            most_waiting = max(most_waiting, waiting_now)
            await asyncio.sleep(0.01)
            crisis_answered = crisis_answered or text.startswith("ik wil")
            waiting_now -= 1
            sent.append({"text": "Antwoord."})

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        sent: list[dict[str, Any]] = []
        return await guarded_turn(guard, "test", SENDER, text, run_turn, lambda: len(sent), send)

    async def burst() -> list[Verdict]:
        return list(await asyncio.gather(*(turn(text) for text in messages)))

    verdicts = run(burst())

    assert verdicts.count(Verdict.PASS) == 5  # four waiting, and the crisis beside them
    assert verdicts[20] is Verdict.PASS and crisis_answered
    assert most_waiting <= 5
    assert verdicts.count(Verdict.NOTICE) == 1
    # Once answered, the sender may send again: the window still has room.
    assert run(turn("hallo")) is Verdict.PASS


# --- the REST channel's request check ----------------------------------------------------------


def body(value: Any) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize(
    "raw",
    [
        body({"sender": CODE, "message": "hallo"}),
        body({"sender": CODE, "message": "", "metadata": {"telefoon": "0612345678"}}),
        body({"sender": CODE, "message": "hallo", "metadata": "x"}),
        json.dumps({"sender": CODE, "message": "héllo 🙂"}, ensure_ascii=False).encode(),
    ],
)
def test_a_good_request_is_read_without_its_metadata(raw: bytes) -> None:
    parsed = parse_request(raw)

    assert parsed == RestRequest(CODE, parsed.message)
    assert parsed.message in ("hallo", "", "héllo 🙂")


def test_the_example_in_the_answer_to_a_bad_request_is_itself_a_good_request() -> None:
    example = NOT_JSON[NOT_JSON.index("{") : NOT_JSON.rindex("}") + 1]

    assert parse_request(example.encode()) == RestRequest(CODE, "hallo")


@pytest.mark.parametrize(
    ("raw", "answer"),
    [
        (b"", NOT_JSON),
        (b"hallo", NOT_JSON),
        (b"\xff\xfe not utf-8", NOT_JSON),
        (b"[" * 100_000, NOT_JSON),
        (body(["hallo"]), NOT_JSON),
        (body("hallo"), NOT_JSON),
        (body(None), NOT_JSON),
        (body({"message": "hallo"}), BAD_SENDER),
        (body({"sender": None, "message": "hallo"}), BAD_SENDER),
        (body({"sender": 12, "message": "hallo"}), BAD_SENDER),
        (body({"sender": "  ", "message": "hallo"}), BAD_SENDER),
        (body({"sender": "x" * (MAX_SENDER_CHARS + 1), "message": "hallo"}), BAD_SENDER),
        # Another channel's conversation, or a guessable one: refused.
        (body({"sender": "whatsapp:+31612345678", "message": "hallo"}), BAD_SENDER),
        (body({"sender": "rest:" + CODE, "message": "hallo"}), BAD_SENDER),
        (body({"sender": "x" * (MIN_SENDER_CHARS - 1), "message": "hallo"}), BAD_SENDER),
        (body({"sender": "gebruiker 1", "message": "hallo"}), BAD_SENDER),
        (body({"sender": CODE}), BAD_MESSAGE),
        (body({"sender": CODE, "message": None}), BAD_MESSAGE),
        (body({"sender": CODE, "message": 42}), BAD_MESSAGE),
        (body({"sender": CODE, "message": {"text": "hallo"}}), BAD_MESSAGE),
    ],
)
def test_a_bad_request_gets_a_dutch_reason(raw: bytes, answer: str) -> None:
    with pytest.raises(BadRequest) as refused:
        parse_request(raw)

    assert str(refused.value) == answer


@pytest.mark.parametrize("limit", ["3", "0", "12"])
def test_the_rest_channel_takes_its_limit_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    monkeypatch.setenv("STEUNWIJZER_FLOOD_MAX_MESSAGES", limit)
    monkeypatch.setenv("STEUNWIJZER_FLOOD_WINDOW_S", "4")

    channel = GuardedRestInput.from_credentials(None)

    assert isinstance(channel, GuardedRestInput)
    assert (channel.flood_guard.max_messages, channel.flood_guard.window_s) == (int(limit), 4.0)
    assert channel.name() == "rest"  # so the address stays /webhooks/rest/webhook


def test_the_rest_channel_is_off_unless_the_environment_turns_it_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("STEUNWIJZER_REST_CHANNEL", raising=False)
    received: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)

    channel = GuardedRestInput.from_credentials(None)
    answer = run(channel.respond(body({"sender": CODE, "message": "hallo"}), on_new_message))

    assert answer.status == 404 and json.loads(answer.body) == {"error": SWITCHED_OFF}
    assert received == []
    monkeypatch.setenv("STEUNWIJZER_REST_CHANNEL", "on")
    assert run(GuardedRestInput.from_credentials(None).respond(b"[]", on_new_message)).status == 400


def test_a_rest_conversation_is_rasa_s_rest_prefixed_one_and_the_reply_names_the_client_code() -> (
    None
):
    received: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)
        await message.output_channel.send_text_message(message.sender_id, "Hallo!")

    channel = GuardedRestInput(FloodGuard(), enabled=True)
    request = {"sender": CODE, "message": "hallo", "metadata": {"telefoon": "0612345678"}}
    answer = run(channel.respond(body(request), on_new_message))

    assert answer.status == 200
    assert [(m.sender_id, m.metadata) for m in received] == [("rest:" + CODE, None)]
    assert json.loads(answer.body) == [{"recipient_id": CODE, "text": "Hallo!"}]


def test_a_message_is_read_up_to_twenty_thousand_characters_keeping_its_end() -> None:
    assert within_length("zorg " * 3000) == "zorg " * 3000
    assert len(within_length("x" * 1_000_000)) == MAX_MESSAGE_CHARS == 20_000
    assert within_length("hallo") == "hallo"
    long_story = "bla " * 10_000 + "en eigenlijk wil ik er niet meer zijn"
    kept = within_length(long_story)
    assert kept.startswith("bla bla") and kept.endswith("eigenlijk wil ik er niet meer zijn")


def test_a_huge_rest_message_is_cut_before_it_reaches_the_assistant() -> None:
    body = json.dumps({"sender": CODE, "message": "ik zorg voor mijn moeder " * 10_000})
    assert len(parse_request(body.encode()).message) == MAX_MESSAGE_CHARS
