"""python -m bot.bench.load, the pure parts: the scripted caregiver against a fake bot, the figures,
which process is which, the targets and the command line. No servers are started and nothing is
timed; the figures themselves come from running the benchmark (docs/performance.md)."""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psutil
import pytest

from bot.bench import load as bench
from tests.support import development_settings

# What the real bot says on the scripted path (tests/integration/test_intake.py), shortened.
SUMMARY = "Dit heb ik begrepen:\n- U zorgt voor uw vader of moeder (dementie).\nKlopt dat?"
OFFERS = "Respijthulp aan huis (voorbeeld)\nEerste stap: Mail het Mantelzorgpunt."


def bot(*texts: str, buttons: tuple[str, ...] = ()) -> list[dict]:
    replies: list[dict] = [{"recipient_id": "x", "text": text} for text in texts]
    if buttons:
        replies[-1]["buttons"] = [{"title": p, "payload": p} for p in buttons]
    return replies


def fake_intake_bot() -> Callable[[str], list[dict]]:
    """Answers like the real intake: a question per turn, the 13 items, then the offers."""
    questions = iter(
        [
            bot("Hallo, fijn dat u er bent."),
            bot("Woont u samen met degene voor wie u zorgt?", buttons=("/affirm", "/deny")),
            bot("Hoe oud bent u?"),
            bot(
                "In welke gemeente woont uw naaste? Sommige hulp hangt af van waar zij of hij woont."
            ),
            bot(SUMMARY),
            bot("Ik wil u graag 13 korte vragen stellen.\nWilt u de vragen nu doen?"),
            *(bot(f'Vraag {n} van 13:\n"Zin {n}"\nKlopt deze zin voor u?') for n in range(1, 14)),
            bot(
                "Dank u wel.",
                "Wat zou u nu het meest helpen? Zeg het in uw eigen woorden, of kies.",
            ),
            bot("Dit kan u misschien helpen:", OFFERS),
        ]
    )
    return lambda message: next(questions)


def talk(script: object, answer: Callable[[str], list[dict]]) -> list[str]:
    """The messages the script sends until it is done or lost."""
    sent: list[str] = []
    replies: list[dict] = []
    while not script.is_done(len(sent), replies):  # type: ignore[attr-defined]
        message = script.next_message(len(sent), replies)  # type: ignore[attr-defined]
        if message is None:
            break
        sent.append(message)
        replies = answer(message)
    return sent


def test_the_scripted_caregiver_completes_the_intake_in_21_turns() -> None:
    b = bench
    sent = talk(b.IntakeScript(), fake_intake_bot())

    assert len(sent) == b.INTAKE_TURNS == 21
    assert sent[:7] == [b.GREETING, b.STORY, "nee", "52", "kampen", "Ja, dat klopt", "ja doe maar"]
    assert set(sent[7:20]) <= {"ja", "ja hoor", "jazeker", "nee", "nee hoor"}
    assert sent[20] == "even vrij zijn en hulp bij het huishouden"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Woont u samen met degene voor wie u zorgt?", "nee"),
        ("Hoe oud bent u?", "52"),
        ("In welke gemeente woont uw naaste?", "kampen"),
        ("In welke gemeente woont u?", "zwolle"),
        ("Hoe lang zorgt u al?", "drie jaar"),
        ("Hoeveel uur per week zorgt u ongeveer?", "ongeveer 20 uur"),
        (SUMMARY, "Ja, dat klopt"),
        ('Vraag 1 van 13:\n"Mijn nachtrust is verstoord"', "ja"),
        ('Ik begreep uw antwoord niet goed.\nVraag 3 van 13:\n"Ik vind het zwaar"', "nee"),
        ('Vraag 13 van 13:\n"We leven onder financiële druk"', "nee"),
    ],
)
def test_the_caregiver_answers_what_the_bot_asked(question: str, answer: str) -> None:
    assert bench.IntakeScript().next_message(5, bot(question)) == answer


def test_the_same_burden_item_asked_again_gets_the_same_answer() -> None:
    script = bench.IntakeScript()
    first = script.next_message(8, bot('Vraag 4 van 13:\n"Zin"'))
    again = script.next_message(
        9, bot("Ik begreep uw antwoord niet goed.", 'Vraag 4 van 13:\n"Zin"')
    )
    assert first == again


def test_an_unknown_question_gets_the_first_button_and_no_button_means_lost() -> None:
    script = bench.IntakeScript()
    assert script.next_message(5, bot("Iets nieuws?", buttons=("/affirm", "/deny"))) == "/affirm"
    assert script.next_message(5, bot("Iets nieuws zonder knoppen?")) is None


def test_the_intake_is_done_only_when_offers_are_shown() -> None:
    script = bench.IntakeScript()
    assert script.is_done(21, bot("Dit kan u misschien helpen:", OFFERS))
    assert not script.is_done(20, bot("Wat zou u nu het meest helpen?"))
    assert not script.is_done(0, [])


def test_a_caregiver_that_goes_round_in_circles_gives_up() -> None:
    sent = talk(bench.IntakeScript(max_turns=10), lambda _: bot("Klopt dat?", buttons=("/x",)))
    assert len(sent) == 10


def test_the_bare_conversation_has_the_requested_number_of_turns() -> None:
    b = bench
    sent = talk(b.MoodbotScript(turns=21), lambda _: bot("Hey! How are you?"))
    assert len(sent) == 21
    assert sent[:3] == ["hello", "I am sad", "yes"]


# --- a conversation over a fake HTTP transport: what counts as an error -----------------------


def converse(handler: Callable[[httpx.Request], httpx.Response]) -> object:
    b = bench

    async def run() -> object:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            return await b.run_conversation(
                client, "http://bot/webhooks/rest/webhook", "s1", b.IntakeScript(), 0.0,
                random.Random(1),
            )  # fmt: skip

    return asyncio.run(run())


def test_a_complete_conversation_over_http_has_one_latency_per_turn() -> None:
    answer = fake_intake_bot()
    senders: set[str] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        senders.add(body["sender"])
        return httpx.Response(200, json=answer(body["message"]))

    result = converse(handler)
    assert result.completed and result.error is None
    assert result.turns == len(result.latencies_ms) == 21
    assert senders == {"s1"}


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(500, text="boom"), "HTTP 500"),
        (httpx.Response(200, json=[]), "empty reply"),
        (httpx.Response(200, text="<html>"), "not JSON"),
    ],
)
def test_a_failed_turn_ends_the_conversation_as_an_error(
    response: httpx.Response, error: str
) -> None:
    result = converse(lambda request: response)
    assert (result.error, result.turns, result.latencies_ms) == (error, 1, [])
    assert not result.completed


def test_a_timeout_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    assert converse(handler).error == "timeout"


def test_the_flood_notice_is_reported_as_such() -> None:
    flood = bench.FLOOD_TEXT
    result = converse(lambda request: httpx.Response(200, json=bot(flood)))
    assert result.error == "flood limit notice"


# --- figures ----------------------------------------------------------------------------------


def test_percentiles_interpolate_and_are_none_without_values() -> None:
    percentile = bench.percentile
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 95) == pytest.approx(95.05)
    assert percentile(values, 99) == pytest.approx(99.01)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None


def test_summary_counts_turns_errors_and_throughput() -> None:
    b = bench
    results = [
        b.ConversationResult(turns=3, latencies_ms=[100.0, 200.0, 300.0]),
        b.ConversationResult(turns=2, latencies_ms=[400.0], error="timeout"),
        b.ConversationResult(turns=1, latencies_ms=[], error="HTTP 500"),
        b.ConversationResult(turns=2, latencies_ms=[50.0, 60.0], error="did not reach the goal"),
    ]
    summary = b.summarize(20, 3.0, results, duration_s=2.0)

    assert (summary.conversations, summary.completed, summary.turns) == (4, 1, 8)
    assert summary.errors == 3
    assert summary.errors_by_kind == {"HTTP 500": 1, "did not reach the goal": 1, "timeout": 1}
    assert summary.turns_per_s == pytest.approx(3.0)  # 6 answered turns in 2 s
    assert summary.p50_ms == pytest.approx(150.0)  # of the 6 answered turns
    assert summary.max_ms == 400.0
    assert (summary.concurrency, summary.think_time_s) == (20, 3.0)


def test_median_by_turn_number_uses_the_conversations_that_got_that_far() -> None:
    median_by_turn = bench.median_by_turn
    assert median_by_turn([[100.0, 500.0, 50.0], [300.0, 700.0], [200.0]]) == [200.0, 600.0, 50.0]
    assert median_by_turn([]) == []


def test_summary_of_nothing_answered_has_no_percentiles() -> None:
    b = bench
    summary = b.summarize(1, 0.0, [b.ConversationResult(turns=1, error="timeout")], 1.0)
    assert (summary.p50_ms, summary.p95_ms, summary.max_ms, summary.turns_per_s) == (
        None,
        None,
        None,
        0.0,
    )


@pytest.mark.parametrize(
    ("cmdline", "role"),
    [
        ("/v/bin/python -m rasa run --model m.tar.gz --port 5005", "rasa"),
        ("/v/bin/python -m bot.rasa_server run --model m.tar.gz --port 5005", "rasa"),
        ("/v/bin/python -m bot.action_server --actions actions --port 5055", "actions"),
        ("/v/bin/python -m uvicorn bot.web.app:create_app --factory", "web"),
        ("/v/bin/python -m bot.worker", "worker"),
        ("/bin/sh -c /v/bin/python -m rasa run --model m.tar.gz", None),
        ("/v/bin/python -m bot.run", None),
        ("/v/bin/python -m bot.run --announce", None),
        ("/v/bin/python -m rasa train", None),
        ("/v/bin/python -m bot.action_server_extra", None),
    ],
)
def test_processes_are_known_by_their_command_line(cmdline: str, role: str | None) -> None:
    assert bench.process_role(cmdline.split()) == role


def test_every_server_bot_run_starts_is_recognised() -> None:
    from bot.run import process_specs

    for spec in process_specs(development_settings(), Path("m.tar.gz")):
        assert bench.process_role(list(spec.argv)) == spec.name


def test_level_usage_shows_what_the_rest_of_the_machine_used() -> None:
    b = bench
    before = {"rasa": 10.0, b.LOAD_GENERATOR: 1.0, b.MACHINE: 100.0}
    after = {"rasa": 18.0, b.LOAD_GENERATOR: 2.0, b.MACHINE: 115.0}
    usage = b.level_usage(before, after, {"rasa": 1300.0}, duration_s=10.0)

    assert set(usage) == {"rasa", b.LOAD_GENERATOR, b.OTHERS}
    assert usage["rasa"].cpu_s == pytest.approx(8.0)
    assert usage["rasa"].cpu_percent == pytest.approx(80.0)
    assert usage["rasa"].peak_rss_mib == 1300.0
    assert usage[b.OTHERS].cpu_s == pytest.approx(6.0)  # 15 busy seconds, 9 of them ours


def level(concurrency: int, think: float, p95: float, errors: int, rss: float = 1000.0) -> object:
    b = bench
    summary = b.LevelSummary(
        concurrency=concurrency, think_time_s=think, conversations=concurrency,
        completed=concurrency - errors, turns=21 * concurrency, errors=errors, errors_by_kind={},
        p50_ms=p95 / 2, p95_ms=p95, p99_ms=p95, max_ms=p95, duration_s=10.0, turns_per_s=5.0,
    )  # fmt: skip
    usage = {"rasa": b.ProcessUsage(cpu_s=9.0, cpu_percent=90.0, peak_rss_mib=rss)}
    return b.LevelRun(summary, usage, (1.0, 1.0, 1.0), (1.0, 1.0, 1.0))


def test_targets_are_judged_per_think_time() -> None:
    b = bench
    run = b.SystemRun(name="steunwijzer", ready_s=50.0, first_answer_s=25.0)
    run.startup_peak_rss_mib = {"rasa": 1200.0}
    run.levels = [level(20, 0.0, 900.0, 0), level(50, 0.0, 2000.0, 3, rss=1500.0)]
    run.levels += [level(20, 3.0, 250.0, 0), level(50, 3.0, 400.0, 0)]

    checks = {check.target: check for check in b.check_targets(run)}

    assert checks["cold start to first answer <= 30 s"].met is True
    assert checks["Rasa server memory <= 1.5 GB (1431 MiB)"].met is False  # 1500 MiB at 50
    assert checks["zero errors at 50 concurrent (think 0 s)"].met is False
    assert checks["zero errors at 50 concurrent (think 3 s)"].met is True
    assert checks["p95 per turn <= 300 ms at 20 concurrent (think 0 s)"].met is False
    assert checks["p95 per turn <= 300 ms at 20 concurrent (think 3 s)"].met is True


def test_a_level_not_run_is_not_measured() -> None:
    b = bench
    run = b.SystemRun(name="steunwijzer", ready_s=40.0, first_answer_s=41.0)
    run.levels = [level(1, 0.0, 150.0, 0)]
    checks = {check.target: check for check in b.check_targets(run)}
    assert checks["zero errors at 50 concurrent (think 0 s)"].met is None
    assert checks["cold start to first answer <= 30 s"].met is False


def test_memory_is_not_judged_when_the_rasa_server_was_not_found() -> None:
    b = bench
    run = b.SystemRun(name="steunwijzer", ready_s=40.0, first_answer_s=41.0)
    run.levels = [level(1, 0.0, 150.0, 0)]
    run.levels[0].processes = {}
    checks = {check.target: check for check in b.check_targets(run)}
    assert checks["Rasa server memory <= 1.5 GB (1431 MiB)"].met is None


def test_ratios_compare_the_same_level() -> None:
    b = bench
    ours = b.SystemRun(name="steunwijzer", first_answer_s=60.0, levels=[level(20, 0.0, 900.0, 0)])
    bare = b.SystemRun(name="bare rasa", first_answer_s=40.0, levels=[level(20, 0.0, 300.0, 0)])
    lines = b.format_ratios(ours, bare)
    assert "cold start to first answer: 1.50x" in lines
    assert "| 0 | 20 | 3.00x | 3.00x | 1.00x | 1.00x |" in lines
    assert b.ratio(1.0, 0.0) is None and b.ratio(None, 2.0) is None


def test_insights_on_and_off_are_compared_per_level_over_their_runs() -> None:
    b = bench
    runs = []
    for value, p95 in (("on", 100.0), ("off", 90.0), ("on", 120.0), ("off", 100.0)):
        run = b.SystemRun(name=f"steunwijzer insights {value}", levels=[level(1, 0.0, p95, 0)])
        run.insights = value
        runs.append(run)
    means = b.insights_means(runs)
    assert means[(0.0, 1)]["on"] == (55.0, 110.0, 2)
    assert means[(0.0, 1)]["off"] == (47.5, 95.0, 2)
    lines = b.format_insights(runs)
    assert "| 1: on | 0 | 1 | 21 | 0 | 50 | 100 | 5.0 |" in lines
    assert "| 4: off | 0 | 1 | 21 | 0 | 50 | 100 | 5.0 |" in lines
    assert "| 0 | 1 | 55 | 48 | +7.5 ms (+15.8 %) | 110 | 95 | +15.0 ms (+15.8 %) | 2/2 |" in lines
    # Without --insights there is nothing to compare.
    assert (
        b.format_insights([b.SystemRun(name="steunwijzer", levels=[level(1, 0.0, 9.0, 0)])]) == []
    )


# --- command line -----------------------------------------------------------------------------


def test_insights_on_and_off_in_the_order_given() -> None:
    assert bench.parse_args([]).insights is None
    assert bench.parse_args(["--insights", "on,off,ON,off"]).insights == ("on", "off", "on", "off")
    with pytest.raises(SystemExit):
        bench.parse_args(["--insights", "on,maybe"])


def test_defaults_are_the_issues_levels_at_the_worst_case() -> None:
    args = bench.parse_args([])
    assert args.concurrency == (1, 20, 50)
    assert args.think_time == (0.0,)
    assert args.systems == ("steunwijzer", "bare")
    assert args.conversations is None and args.json is None and not args.flood_limit


def test_lists_of_levels_and_think_times() -> None:
    args = bench.parse_args(
        ["--concurrency", "1,3", "--think-time", "0,3", "--systems", "bare", "--json", "o.json"]
    )
    assert args.concurrency == (1, 3)
    assert args.think_time == (0.0, 3.0)
    assert args.systems == ("bare",)
    assert args.json == Path("o.json")


@pytest.mark.parametrize(
    "argv",
    [
        ["--concurrency", "0"],
        ["--concurrency", "a,b"],
        ["--concurrency", ""],
        ["--think-time", "-1"],
        ["--systems", "rasa"],
        ["--conversations", "0"],
        ["--rasa-workers", "0"],
    ],
)
def test_bad_arguments_are_refused(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        bench.parse_args(argv)


@pytest.mark.parametrize(
    ("concurrency", "requested", "expected"), [(1, None, 5), (50, None, 50), (50, 20, 20)]
)
def test_conversations_per_level(concurrency: int, requested: int | None, expected: int) -> None:
    assert bench.conversations_for(concurrency, requested) == expected


def test_help_explains_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        bench.parse_args(["--help"])
    help_text = capsys.readouterr().out
    for option in ("--concurrency", "--think-time", "--conversations", "--json", "--systems"):
        assert option in help_text
    assert "full intake" in help_text


def test_parse_numbers_reports_what_was_wrong() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="comma-separated"):
        bench.parse_numbers("1,x", int)


def test_a_server_with_workers_is_counted_as_all_its_processes() -> None:
    """With SANIC_WORKERS > 1 Rasa forks workers with its own command line; the CPU and memory of
    the role must add them up, not take whichever process comes first."""
    rasa_words = dict(bench.process_roles())["rasa"]
    forking = "import os, time\nos.fork()\ntime.sleep(30)"
    process = subprocess.Popen([sys.executable, "-c", forking, *rasa_words])
    try:
        deadline = time.monotonic() + 10
        while len(bench.find_processes(process.pid).get("rasa", [])) < 2:
            assert time.monotonic() < deadline, "the forked worker was not found"
            time.sleep(0.05)
        group = bench.find_processes(process.pid)["rasa"]
        with bench.MemorySampler(process.pid, interval_s=0.05) as sampler:
            time.sleep(0.3)
        peak = sampler.take_peaks_mib()["rasa"]
        assert peak * bench.MIB >= sum(p.memory_info().rss for p in group) * 0.9
        assert peak * bench.MIB > max(p.memory_info().rss for p in group) * 1.5
    finally:
        for child in psutil.Process(process.pid).children():
            child.kill()
        process.kill()
        process.wait()


def test_more_than_one_rasa_worker_starts_with_the_redis_lock_store(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Redis"):
        bench.start_steunwijzer(tmp_path, flood_limit=False, rasa_workers=2)
    assert bench.parse_args(["--rasa-workers", "2"]).rasa_workers == 2
    assert bench.parse_args([]).rasa_workers == 1
