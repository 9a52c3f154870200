"""Load benchmark (issue #9): simulated caregivers doing a full intake over REST, beside a bare Rasa.

Starts the product the way `make run` does (`python -m bot.run`, fresh var dir, free ports), times
the cold start, then runs N caregivers side by side. Each caregiver has its own sender id and does a
full intake: greeting, the story, the follow-up questions, the summary, all 13 burden questions and
the needs, until the offers appear. It answers by what the bot asked, so the intake really
completes. Then the same is done against a bare Rasa assistant (`rasa init`: the default moodbot and
pipeline, trained once and cached) with a conversation of the same number of turns.

Prints per level: conversations, turns, errors, per-turn latency p50/p95/p99, turns per second, and
per process the CPU seconds used during the level and the peak memory (RSS, sampled every 0.2 s);
then the ratios Steunwijzer / bare and the issue's targets, met or missed.

    .venv/bin/python -m bot.bench.load --concurrency 1,20,50 --think-time 0,3 --json out.json
    .venv/bin/python -m bot.bench.load --systems steunwijzer --insights on,off,on,off
    .venv/bin/python -m bot.bench.load --rasa-workers 2 --concurrency 20,50 --think-time 0,3

With --insights the product is started once per value, with STEUNWIJZER_INSIGHTS set to it, and
the report ends with p50/p95 per level for the insights on and off and their difference.

An error is a turn that fails (not HTTP 200, a timeout, a broken connection or an empty reply) or a
conversation that does not reach the offers. The load generator runs on the same machine and its
own CPU use is shown as "load generator".
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx
import numpy
import psutil

from bot.channels.guard import FLOOD_TEXT
from bot.evaluation.product import (
    STARTUP_TIMEOUT_S,
    free_port,
    rest_client_code,
    start_product,
    stop_product,
)
from bot.run import process_specs
from bot.settings import load_settings
from bot.training import model_fingerprint, model_path

REST_PATH = "/webhooks/rest/webhook"
SAMPLE_INTERVAL_S = 0.2
MIB = 1024 * 1024
MIN_CONVERSATIONS = 5  # at concurrency 1, one 21-turn conversation is too few for a p95

# The targets of issue #9, for the embedded defaults on the 2-core machine.
TARGET_ZERO_ERRORS_AT = 50
TARGET_P95_AT = 20
TARGET_P95_MS = 300.0
TARGET_COLD_START_S = 30.0
TARGET_RASA_RSS_MIB = 1.5e9 / MIB  # 1.5 GB read strictly as 10^9 bytes: 1430 MiB

# The scripted caregiver of tests/integration/test_intake.py: a daughter of a mother with dementia.
GREETING = "hallo"
STORY = (
    "ik zorg al drie jaar voor mijn moeder met dementie, zo'n 20 uur per week naast mijn werk. "
    "ik woon in zwolle"
)
# (part of what the bot asks, what the caregiver types); the first match wins, so the more
# specific question comes first.
ANSWERS: tuple[tuple[str, str], ...] = (
    ("Woont u samen", "nee"),
    ("Hoe oud bent u", "52"),
    ("In welke gemeente woont uw naaste", "kampen"),
    ("In welke gemeente woont u", "zwolle"),
    ("Hoe lang zorgt u al", "drie jaar"),
    ("Hoeveel uur per week", "ongeveer 20 uur"),
    ("Dit heb ik begrepen", "Ja, dat klopt"),
    ("Wilt u de vragen nu doen", "ja doe maar"),
    ("Wat zou u nu het meest helpen", "even vrij zijn en hulp bij het huishouden"),
)
BURDEN_QUESTION = re.compile(r"Vraag (\d+) van (\d+)")
# Typed answers to the burden items in turn, as people type them.
BURDEN_ANSWERS = ("ja", "ja hoor", "nee", "ja", "nee", "jazeker", "ja", "nee", "ja", "nee hoor")
OFFERS_MARK = "Eerste stap:"  # every offer card says what to do first
MAX_INTAKE_TURNS = 40
# The scripted path: greeting, story, 3 questions, summary, start, 13 items, needs.
INTAKE_TURNS = 21

# The bare moodbot: a cycle that always gets an answer (after "no" it may say nothing).
MOODBOT_MESSAGES = ("hello", "I am sad", "yes", "I am feeling great", "bye")

# The bare assistant's server; the product's servers are known from bot.run (process_roles).
BARE_RASA_ROLE = ("rasa", ("-m", "rasa", "run"))
LOAD_GENERATOR = "load generator"
OTHERS = "other processes"  # the rest of the machine: on a shared machine, other people's work
MACHINE = "machine"


# --- the scripted conversations -------------------------------------------------------------


def reply_text(replies: Sequence[dict[str, Any]]) -> str:
    return "\n".join(reply.get("text") or "" for reply in replies)


def first_button_payload(replies: Sequence[dict[str, Any]]) -> str | None:
    for reply in replies:
        for button in reply.get("buttons") or ():
            if button.get("payload"):
                payload: str = button["payload"]
                return payload
    return None


class Script(Protocol):
    def is_done(self, turn: int, replies: Sequence[dict[str, Any]]) -> bool: ...

    def next_message(self, turn: int, replies: Sequence[dict[str, Any]]) -> str | None: ...


@dataclass(frozen=True)
class IntakeScript:
    """A caregiver doing the full Steunwijzer intake, answering what the bot asked."""

    max_turns: int = MAX_INTAKE_TURNS

    def is_done(self, turn: int, replies: Sequence[dict[str, Any]]) -> bool:
        return OFFERS_MARK in reply_text(replies)

    def next_message(self, turn: int, replies: Sequence[dict[str, Any]]) -> str | None:
        """None when the caregiver would not know what to say: the intake went off the path."""
        if turn >= self.max_turns:
            return None
        if turn == 0:
            return GREETING
        if turn == 1:
            return STORY
        text = reply_text(replies)
        burden = BURDEN_QUESTION.search(text)
        if burden:
            return BURDEN_ANSWERS[(int(burden.group(1)) - 1) % len(BURDEN_ANSWERS)]
        for question, answer in ANSWERS:
            if question in text:
                return answer
        # A question this script does not know: press the first button, as a person might.
        return first_button_payload(replies)


@dataclass(frozen=True)
class MoodbotScript:
    """The bare assistant's conversation: the same number of turns, in English."""

    turns: int = INTAKE_TURNS

    def is_done(self, turn: int, replies: Sequence[dict[str, Any]]) -> bool:
        return turn >= self.turns

    def next_message(self, turn: int, replies: Sequence[dict[str, Any]]) -> str | None:
        return MOODBOT_MESSAGES[turn % len(MOODBOT_MESSAGES)]


# --- figures ----------------------------------------------------------------------------------


@dataclass
class ConversationResult:
    turns: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    error: str | None = None  # why it failed: a turn error, or it went off the scripted path
    last_reply: str = ""  # the bot's last words, to see where a failed conversation stopped

    @property
    def completed(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class LevelSummary:
    concurrency: int
    think_time_s: float
    conversations: int
    completed: int
    turns: int
    errors: int  # failed turns plus conversations that did not reach their goal
    errors_by_kind: dict[str, int]
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    max_ms: float | None
    duration_s: float
    turns_per_s: float
    # Median latency of the 1st, 2nd, ... turn over the conversations: which turns are slow.
    p50_by_turn_ms: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class ProcessUsage:
    cpu_s: float
    cpu_percent: float  # of one core, over the level's wall time
    peak_rss_mib: float


@dataclass
class LevelRun:
    summary: LevelSummary
    processes: dict[str, ProcessUsage]
    loadavg_start: tuple[float, float, float]
    loadavg_end: tuple[float, float, float]


@dataclass
class SystemRun:
    name: str
    ready_s: float | None = None
    first_answer_s: float | None = None
    startup_peak_rss_mib: dict[str, float] = field(default_factory=dict)
    levels: list[LevelRun] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # STEUNWIJZER_INSIGHTS of this run (--insights); None: the product's default (on).
    insights: str | None = None
    # SANIC_WORKERS of the Rasa server (--rasa-workers); above 1 with a private Redis lock store.
    rasa_workers: int = 1


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation), or None without values."""
    if not values:
        return None
    return float(numpy.percentile(values, q))


def summarize(
    concurrency: int,
    think_time_s: float,
    results: Sequence[ConversationResult],
    duration_s: float,
) -> LevelSummary:
    latencies = [ms for result in results for ms in result.latencies_ms]
    kinds = Counter(result.error for result in results if result.error)
    return LevelSummary(
        concurrency=concurrency,
        think_time_s=think_time_s,
        conversations=len(results),
        completed=sum(result.completed for result in results),
        turns=sum(result.turns for result in results),
        errors=sum(kinds.values()),
        errors_by_kind=dict(sorted(kinds.items())),
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
        p99_ms=percentile(latencies, 99),
        max_ms=max(latencies, default=None),
        duration_s=duration_s,
        turns_per_s=len(latencies) / duration_s if duration_s > 0 else 0.0,
        p50_by_turn_ms=median_by_turn([result.latencies_ms for result in results]),
    )


def median_by_turn(conversations: Sequence[Sequence[float]]) -> list[float]:
    """The median latency of each turn number, over the conversations that got that far."""
    longest = max((len(latencies) for latencies in conversations), default=0)
    by_turn = [[c[turn] for c in conversations if len(c) > turn] for turn in range(longest)]
    return [round(float(numpy.median(values)), 1) for values in by_turn]


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


# --- load -------------------------------------------------------------------------------------


def _turn_error(response: httpx.Response) -> str | None:
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    try:
        replies = response.json()
    except ValueError:
        return "not JSON"
    return None if replies else "empty reply"


async def run_conversation(
    client: httpx.AsyncClient,
    url: str,
    sender: str,
    script: Script,
    think_time_s: float,
    rng: random.Random,
) -> ConversationResult:
    result = ConversationResult()
    replies: list[dict[str, Any]] = []
    while not script.is_done(result.turns, replies):
        message = script.next_message(result.turns, replies)
        if message is None:
            flooded = FLOOD_TEXT in reply_text(replies)
            result.error = "flood limit notice" if flooded else "did not reach the goal"
            result.last_reply = reply_text(replies)[-300:]
            break
        if think_time_s > 0:
            # Jitter, so caregivers do not type in lockstep: people read and type at their pace.
            await asyncio.sleep(think_time_s * rng.uniform(0.5, 1.5))
        started = time.perf_counter()
        try:
            response = await client.post(url, json={"sender": sender, "message": message})
        except httpx.TimeoutException:
            result.error = "timeout"
        except httpx.HTTPError as error:
            result.error = f"connection: {type(error).__name__}"
        elapsed_ms = (time.perf_counter() - started) * 1000
        result.turns += 1
        if result.error is None:
            result.error = _turn_error(response)
        if result.error:
            break
        result.latencies_ms.append(elapsed_ms)
        replies = response.json()
    return result


async def run_level(
    url: str,
    script: Script,
    concurrency: int,
    conversations: int,
    think_time_s: float,
    timeout_s: float,
    sender_prefix: str,
    seed: int,
) -> tuple[list[ConversationResult], float]:
    """`conversations` caregivers, at most `concurrency` at a time; results and wall time."""
    semaphore = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=timeout_s) as client:

        async def caregiver(number: int) -> ConversationResult:
            async with semaphore:
                rng = random.Random(seed * 100_003 + number)
                sender = rest_client_code(f"{sender_prefix}-{number}")
                return await run_conversation(client, url, sender, script, think_time_s, rng)

        started = time.perf_counter()
        results = await asyncio.gather(*(caregiver(n) for n in range(conversations)))
        return list(results), time.perf_counter() - started


# --- processes --------------------------------------------------------------------------------


def _contains_run(words: Sequence[str], run: Sequence[str]) -> bool:
    return any(tuple(words[i : i + len(run)]) == tuple(run) for i in range(len(words)))


@lru_cache(maxsize=1)
def process_roles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(role, words that start its command after python) for each server bot.run starts."""
    specs = process_specs(load_settings(), Path("-"))
    return (*((spec.name, spec.argv[1:3]) for spec in specs), BARE_RASA_ROLE)


def process_role(cmdline: Sequence[str]) -> str | None:
    """Which server a command line is; None for honcho's `sh -c` wrappers and anything else."""
    if not cmdline or Path(cmdline[0]).name in {"sh", "bash", "dash"}:
        return None
    for role, run in process_roles():
        if _contains_run(cmdline, run):
            return role
    return None


def find_processes(root_pid: int) -> dict[str, list[psutil.Process]]:
    """Every process of each server role: with SANIC_WORKERS > 1 Rasa is a parent and its workers,
    all with the same command line, so their CPU and memory are added up per role."""
    try:
        root = psutil.Process(root_pid)
        candidates = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {}
    found: dict[str, list[psutil.Process]] = {}
    for process in candidates:
        with contextlib.suppress(psutil.Error):
            role = process_role(process.cmdline())
            if role:
                found.setdefault(role, []).append(process)
    return found


def machine_busy_seconds() -> float:
    """CPU seconds all cores together spent on anything but idling, since boot."""
    times = psutil.cpu_times()
    return times.user + times.nice + times.system + times.irq + times.softirq + times.steal


def cpu_seconds(processes: dict[str, list[psutil.Process]]) -> dict[str, float]:
    """Cumulative CPU seconds per role and of the load generator, and the machine's in total."""
    seconds: dict[str, float] = {MACHINE: machine_busy_seconds()}
    for role, group in {**processes, LOAD_GENERATOR: [psutil.Process()]}.items():
        for process in group:
            with contextlib.suppress(psutil.Error):
                times = process.cpu_times()
                seconds[role] = seconds.get(role, 0.0) + times.user + times.system
    return seconds


class MemorySampler:
    """Samples the RSS of each server process every 0.2 s in a thread; keeps the peak per phase."""

    def __init__(self, root_pid: int, interval_s: float = SAMPLE_INTERVAL_S) -> None:
        self._root_pid = root_pid
        self._interval_s = interval_s
        self._peaks: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self._interval_s):
            # Looked up again each time: during the start the servers appear one by one.
            for role, group in find_processes(self._root_pid).items():
                rss = 0
                for process in group:
                    with contextlib.suppress(psutil.Error):
                        rss += process.memory_info().rss
                with self._lock:
                    self._peaks[role] = max(self._peaks.get(role, 0), rss)

    def take_peaks_mib(self) -> dict[str, float]:
        """The peaks since the last call, and start a new phase."""
        with self._lock:
            peaks, self._peaks = self._peaks, {}
        return {role: rss / MIB for role, rss in peaks.items()}


# --- the systems under test -------------------------------------------------------------------


@dataclass
class Target:
    """A running assistant: its REST URL, its process, where it logs and what says it is ready."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    ready_marker: str
    greeting: str
    script: Script
    stop: Callable[[], None]
    started: float  # time.monotonic() just before the Popen: where the cold start begins


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:] if log.exists() else ""


def _answers(url: str, sender: str, message: str) -> bool:
    try:
        response = httpx.post(url, json={"sender": sender, "message": message}, timeout=5)
    except httpx.HTTPError:
        return False
    return response.status_code == 200 and bool(response.json())


def wait_for_start(target: Target) -> tuple[float, float]:
    """Seconds from Popen to the ready line in the log and to the first REST answer."""
    ready_s: float | None = None
    answer_s: float | None = None
    sender = uuid.uuid4().hex  # a REST client code (bot.channels.rest)
    while ready_s is None or answer_s is None:
        if target.process.poll() is not None:
            raise RuntimeError(f"{target.name} stopped while starting:\n{_tail(target.log)}")
        if time.monotonic() - target.started > STARTUP_TIMEOUT_S:
            raise RuntimeError(f"{target.name} not ready after {STARTUP_TIMEOUT_S} s")
        if ready_s is None and target.ready_marker in target.log.read_text(errors="replace"):
            ready_s = time.monotonic() - target.started
        if answer_s is None and _answers(target.url, sender, target.greeting):
            answer_s = time.monotonic() - target.started
        time.sleep(0.25)
    return ready_s, answer_s


def start_steunwijzer(
    work_dir: Path,
    flood_limit: bool,
    insights: str | None = None,
    name: str = "steunwijzer",
    redis_port: int | None = None,
    rasa_workers: int = 1,
) -> Target:
    """`insights`: STEUNWIJZER_INSIGHTS for the product (on, off), else its default.
    `rasa_workers` > 1 runs that many Sanic workers in the Rasa server, which needs the Redis lock
    store of the production path (`redis_port`)."""
    if not model_path(load_settings().models_dir, model_fingerprint()).exists():
        print("Note: no model for the current inputs; bot.run trains one first.", flush=True)
    var_dir = work_dir / f"{re.sub(r'[^a-z0-9]+', '-', name).strip('-')}-var"
    var_dir.mkdir()
    # Every virtual caregiver talks from this machine's address: the per-address limits
    # (bot/channels/limits.py) and the daily cap on aanmeldingen per address would count them as
    # one client, so they are off.
    environ = {
        "RASA_TELEMETRY_ENABLED": "false",
        "STEUNWIJZER_IP_MAX_MESSAGES": "0",
        "STEUNWIJZER_IP_MAX_NEW_CONVERSATIONS": "0",
        "STEUNWIJZER_MAX_HANDOFFS_PER_IP_PER_DAY": "0",
    }
    if not flood_limit:
        # The channels' flood limit (bot/channels/guard.py) stops a sender who types faster than a
        # person can, which is what a caregiver at think time 0 does; 0 switches it off.
        environ["STEUNWIJZER_FLOOD_MAX_MESSAGES"] = "0"
    if insights is not None:
        environ["STEUNWIJZER_INSIGHTS"] = insights
    if rasa_workers > 1:
        if redis_port is None:
            raise ValueError("more than one Rasa worker needs the Redis lock store")
        environ |= {
            "SANIC_WORKERS": str(rasa_workers),
            "STEUNWIJZER_LOCK_STORE_TYPE": "redis",
            "STEUNWIJZER_REDIS_HOST": "127.0.0.1",
            "STEUNWIJZER_REDIS_PORT": str(redis_port),
        }
    started = time.monotonic()
    product = start_product(var_dir, environ)
    return Target(
        name=name,
        url=f"http://127.0.0.1:{product.settings.rasa_port}{REST_PATH}",
        process=product.process,
        log=product.log,
        ready_marker="Steunwijzer is ready.",
        greeting=GREETING,
        script=IntakeScript(),
        stop=lambda: stop_product(product),
        started=started,
    )


@contextlib.contextmanager
def private_redis(needed: bool) -> Iterator[int | None]:
    """A throwaway Redis on loopback (no persistence) for the lock store; its port, or None."""
    if not needed:
        yield None
        return
    import redis

    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not _redis_answers(client):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _redis_answers(client: Any) -> bool:
    import redis

    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


def bare_project_dir(cache_dir: Path) -> Path:
    from importlib.metadata import version

    return cache_dir / f"bare-rasa-{version('rasa')}"


def bare_model(project: Path) -> Path:
    """The moodbot of `rasa init`, trained once per Rasa version and kept in the cache."""
    models = sorted((project / "models").glob("*.tar.gz"))
    if models:
        return models[-1]
    shutil.rmtree(project, ignore_errors=True)  # a half-made project from an interrupted init
    project.mkdir(parents=True)
    print(f"Training the bare Rasa assistant once, in {project} ...", flush=True)
    with (project.parent / f"{project.name}-init.log").open("w") as log:
        subprocess.run(
            [sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(project)],
            cwd=project,
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=True,
        )
    return next((project / "models").glob("*.tar.gz"))


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """Like Ctrl-C in a terminal; killed when it does not stop in time."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def start_bare(work_dir: Path, cache_dir: Path, turns: int) -> Target:
    project = bare_project_dir(cache_dir)
    model = bare_model(project)
    port = free_port()
    log = work_dir / "bare-rasa.log"
    started = time.monotonic()  # after a first training in bare_model, which is no cold start
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "rasa", "run", "--model", str(model),
             "--interface", "127.0.0.1", "--port", str(port)],
            cwd=project,
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    return Target(
        name="bare rasa",
        url=f"http://127.0.0.1:{port}{REST_PATH}",
        process=process,
        log=log,
        ready_marker="Rasa server is up and running",
        greeting=MOODBOT_MESSAGES[0],
        script=MoodbotScript(turns),
        stop=lambda: stop_group(process),
        started=started,
    )


def _reap(pids: Sequence[int]) -> None:
    """Servers still alive after the stop (they should not be) are killed: we started them."""
    processes = [p for p in (_process(pid) for pid in pids) if p is not None]
    _, alive = psutil.wait_procs(processes, timeout=10)
    for process in alive:
        with contextlib.suppress(psutil.Error):
            process.kill()


def _process(pid: int) -> psutil.Process | None:
    try:
        return psutil.Process(pid)
    except psutil.NoSuchProcess:
        return None


@contextlib.contextmanager
def running(start: Callable[[], Target]) -> Iterator[Target]:
    """Starts a target, yields it, and always stops it and its servers."""
    target = start()
    try:
        yield target
    finally:
        pids = [p.pid for group in find_processes(target.process.pid).values() for p in group]
        target.stop()
        _reap(pids)


# --- one system: start, warm up, levels -------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    concurrency: tuple[int, ...]
    think_times: tuple[float, ...]
    conversations: int | None
    timeout_s: float
    warmup: int
    seed: int


def conversations_for(concurrency: int, requested: int | None) -> int:
    return requested if requested is not None else max(concurrency, MIN_CONVERSATIONS)


def run_target_levels(target: Target, plan: Plan) -> SystemRun:
    run = SystemRun(name=target.name)
    root = target.process.pid
    with MemorySampler(root) as sampler:
        run.ready_s, run.first_answer_s = wait_for_start(target)
        print(
            f"[{target.name}] ready {run.ready_s:.1f} s, first answer {run.first_answer_s:.1f} s",
            flush=True,
        )
        prefix = f"bench-{uuid.uuid4().hex[:8]}"
        if plan.warmup:
            warm_up(target, plan, f"{prefix}-warmup")
        run.startup_peak_rss_mib = sampler.take_peaks_mib()
        for think_time in plan.think_times:
            for concurrency in plan.concurrency:
                level = run_one_level(target, plan, sampler, concurrency, think_time, prefix)
                run.levels.append(level)
                print(format_level_line(target.name, level), flush=True)
    return run


def warm_up(target: Target, plan: Plan, prefix: str) -> None:
    """Complete conversations before measuring, at the first think time; stops when one fails."""
    warm, _ = asyncio.run(
        run_level(target.url, target.script, plan.warmup, plan.warmup, plan.think_times[0],
                  plan.timeout_s, prefix, plan.seed)
    )  # fmt: skip
    failed = [(r.error, r.turns, r.last_reply) for r in warm if not r.completed]
    if failed:
        raise RuntimeError(f"{target.name}: a warm-up conversation failed: {failed}")


def run_one_level(
    target: Target,
    plan: Plan,
    sampler: MemorySampler,
    concurrency: int,
    think_time: float,
    prefix: str,
) -> LevelRun:
    processes = find_processes(target.process.pid)
    conversations = conversations_for(concurrency, plan.conversations)
    loadavg_start = os.getloadavg()
    sampler.take_peaks_mib()
    cpu_before = cpu_seconds(processes)
    results, duration = asyncio.run(
        run_level(target.url, target.script, concurrency, conversations, think_time,
                  plan.timeout_s, f"{prefix}-t{think_time:g}-c{concurrency}", plan.seed)
    )  # fmt: skip
    cpu_after = cpu_seconds(processes)
    usage = level_usage(cpu_before, cpu_after, sampler.take_peaks_mib(), duration)
    return LevelRun(
        summary=summarize(concurrency, think_time, results, duration),
        processes=usage,
        loadavg_start=loadavg_start,
        loadavg_end=os.getloadavg(),
    )


def level_usage(
    before: dict[str, float],
    after: dict[str, float],
    peaks_mib: dict[str, float],
    duration_s: float,
) -> dict[str, ProcessUsage]:
    """CPU used in a level per role, plus what everything else on the machine used."""
    used = {role: after[role] - before[role] for role in after if role in before}
    machine = used.pop(MACHINE, None)
    if machine is not None:
        used[OTHERS] = max(0.0, machine - sum(used.values()))
    return {
        role: ProcessUsage(
            cpu_s=seconds,
            cpu_percent=100 * seconds / duration_s if duration_s > 0 else 0.0,
            peak_rss_mib=peaks_mib.get(role, 0.0),
        )
        for role, seconds in used.items()
    }


# --- report -----------------------------------------------------------------------------------


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _x(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _load(values: Sequence[float]) -> str:
    return "/".join(f"{v:.2f}" for v in values)


def format_level_line(name: str, level: LevelRun) -> str:
    s = level.summary
    return (
        f"[{name}] think {s.think_time_s:g} s, {s.concurrency} concurrent: "
        f"{s.completed}/{s.conversations} complete, {s.turns} turns, {s.errors} errors, "
        f"p50 {_ms(s.p50_ms)} ms, p95 {_ms(s.p95_ms)} ms, {s.turns_per_s:.1f} turns/s"
    )


def format_levels(run: SystemRun) -> list[str]:
    lines = [
        f"## {run.name}"
        + (f" ({run.rasa_workers} Rasa workers, Redis lock)" if run.rasa_workers > 1 else ""),
        f"cold start: ready {run.ready_s:.1f} s, first answer {run.first_answer_s:.1f} s; "
        "peak RSS while starting: "
        + ", ".join(f"{k} {v:.0f} MiB" for k, v in sorted(run.startup_peak_rss_mib.items())),
        "",
        "| think s | concurrent | conversations | complete | turns | errors | p50 ms | p95 ms "
        "| p99 ms | max ms | turns/s | seconds | load 1/5/15 start -> end |",
        "|" + " --- |" * 13,
    ]
    for level in run.levels:
        s = level.summary
        lines.append(
            f"| {s.think_time_s:g} | {s.concurrency} | {s.conversations} | {s.completed} "
            f"| {s.turns} | {s.errors} | {_ms(s.p50_ms)} | {_ms(s.p95_ms)} | {_ms(s.p99_ms)} "
            f"| {_ms(s.max_ms)} | {s.turns_per_s:.1f} | {s.duration_s:.0f} "
            f"| {_load(level.loadavg_start)} -> {_load(level.loadavg_end)} |"
        )
    if run.levels:
        by_turn = " ".join(f"{ms:.0f}" for ms in run.levels[0].summary.p50_by_turn_ms)
        lines.append(f"median ms by turn number, first level: {by_turn}")
    errors = [(lv.summary, lv.summary.errors_by_kind) for lv in run.levels if lv.summary.errors]
    for s, kinds in errors:
        lines.append(f"errors at think {s.think_time_s:g} s, {s.concurrency} concurrent: {kinds}")
    lines += [
        "",
        "Per process: CPU seconds used in the level (% of one core; the machine has "
        f"{os.cpu_count()} cores) / peak RSS MiB",
        "",
    ]
    present = {role for level in run.levels for role in level.processes}
    order = [role for role, _ in process_roles()] + [LOAD_GENERATOR, OTHERS]
    roles = [role for role in dict.fromkeys(order) if role in present]
    lines.append("| think s | concurrent | " + " | ".join(roles) + " |")
    lines.append("|" + " --- |" * (len(roles) + 2))
    for level in run.levels:
        cells = [_usage(level.processes.get(role), role) for role in roles]
        s = level.summary
        lines.append(f"| {s.think_time_s:g} | {s.concurrency} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _usage(usage: ProcessUsage | None, role: str) -> str:
    if usage is None:
        return "-"
    memory = "" if role in {LOAD_GENERATOR, OTHERS} else f" / {usage.peak_rss_mib:.0f}"
    return f"{usage.cpu_s:.1f} s ({usage.cpu_percent:.0f} %){memory}"


def level_key(level: LevelRun) -> tuple[float, int]:
    return level.summary.think_time_s, level.summary.concurrency


def format_ratios(ours: SystemRun, bare: SystemRun) -> list[str]:
    lines = [
        "## Steunwijzer / bare Rasa",
        f"cold start to first answer: {_x(ratio(ours.first_answer_s, bare.first_answer_s))}",
        "",
        "| think s | concurrent | p50 | p95 | turns/s | Rasa peak RSS |",
        "|" + " --- |" * 6,
    ]
    theirs = {level_key(level): level for level in bare.levels}
    for level in ours.levels:
        other = theirs.get(level_key(level))
        if other is None:
            continue
        a, b = level.summary, other.summary
        rss = (level.processes.get("rasa"), other.processes.get("rasa"))
        rss_ratio = ratio(*(u.peak_rss_mib if u else None for u in rss))
        lines.append(
            f"| {a.think_time_s:g} | {a.concurrency} | {_x(ratio(a.p50_ms, b.p50_ms))} "
            f"| {_x(ratio(a.p95_ms, b.p95_ms))} | {_x(ratio(a.turns_per_s, b.turns_per_s))} "
            f"| {_x(rss_ratio)} |"
        )
    return [*lines, ""]


def _mean(values: Sequence[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


def _difference(on: float | None, off: float | None) -> str:
    if on is None or off is None:
        return "-"
    percent = f" ({100 * (on - off) / off:+.1f} %)" if off else ""
    return f"{on - off:+.1f} ms{percent}"


def insights_means(
    runs: Sequence[SystemRun],
) -> dict[tuple[float, int], dict[str, tuple[float | None, float | None, int]]]:
    """Per level (think time, concurrency) and STEUNWIJZER_INSIGHTS value: the mean over its
    runs of p50 and of p95, and how many runs."""
    found: dict[tuple[float, int], dict[str, list[LevelSummary]]] = {}
    for run in runs:
        if run.insights is None:
            continue
        for level in run.levels:
            found.setdefault(level_key(level), {}).setdefault(run.insights, []).append(
                level.summary
            )
    return {
        key: {
            value: (
                _mean([s.p50_ms for s in summaries]),
                _mean([s.p95_ms for s in summaries]),
                len(summaries),
            )
            for value, summaries in by_value.items()
        }
        for key, by_value in found.items()
    }


def format_insights(runs: Sequence[SystemRun]) -> list[str]:
    """Each run's p50/p95 per level with the insights on and off, in the order they ran, then
    per level the mean of the runs of each and the difference on - off."""
    measured = [run for run in runs if run.insights is not None]
    if not measured:
        return []
    lines = [
        "## Insights on / off (STEUNWIJZER_INSIGHTS), in the order run",
        "",
        "| run | think s | concurrent | turns | errors | p50 ms | p95 ms | turns/s |",
        "|" + " --- |" * 8,
    ]
    for number, run in enumerate(measured, 1):
        for level in run.levels:
            s = level.summary
            lines.append(
                f"| {number}: {run.insights} | {s.think_time_s:g} | {s.concurrency} | {s.turns} "
                f"| {s.errors} | {_ms(s.p50_ms)} | {_ms(s.p95_ms)} | {s.turns_per_s:.1f} |"
            )
    lines += [
        "",
        "| think s | concurrent | p50 on | p50 off | p50 on - off | p95 on | p95 off "
        "| p95 on - off | runs on/off |",
        "|" + " --- |" * 9,
    ]
    for (think, concurrency), by_value in sorted(insights_means(measured).items()):
        on_50, on_95, on_runs = by_value.get("on", (None, None, 0))
        off_50, off_95, off_runs = by_value.get("off", (None, None, 0))
        lines.append(
            f"| {think:g} | {concurrency} | {_ms(on_50)} | {_ms(off_50)} "
            f"| {_difference(on_50, off_50)} | {_ms(on_95)} | {_ms(off_95)} "
            f"| {_difference(on_95, off_95)} | {on_runs}/{off_runs} |"
        )
    return [*lines, "(on and off: the mean of the runs' p50 and of their p95)", ""]


@dataclass(frozen=True)
class TargetCheck:
    target: str
    measured: str
    met: bool | None  # None: not measured in this run


def check_targets(run: SystemRun) -> list[TargetCheck]:
    checks = [
        TargetCheck(
            f"cold start to first answer <= {TARGET_COLD_START_S:g} s",
            f"{run.first_answer_s:.1f} s",
            run.first_answer_s is not None and run.first_answer_s <= TARGET_COLD_START_S,
        )
    ]
    checks.append(_memory_check(run))
    for think_time in sorted({level.summary.think_time_s for level in run.levels}):
        by_concurrency = {
            level.summary.concurrency: level.summary
            for level in run.levels
            if level.summary.think_time_s == think_time
        }
        checks.append(_errors_check(by_concurrency.get(TARGET_ZERO_ERRORS_AT), think_time))
        checks.append(_p95_check(by_concurrency.get(TARGET_P95_AT), think_time))
    return checks


def _memory_check(run: SystemRun) -> TargetCheck:
    name = f"Rasa server memory <= 1.5 GB ({TARGET_RASA_RSS_MIB:.0f} MiB)"
    peaks = [
        level.processes["rasa"].peak_rss_mib for level in run.levels if "rasa" in level.processes
    ]
    peaks += [run.startup_peak_rss_mib["rasa"]] if "rasa" in run.startup_peak_rss_mib else []
    if not peaks or max(peaks) == 0:
        return TargetCheck(name, "Rasa server not found", None)
    return TargetCheck(name, f"peak {max(peaks):.0f} MiB", max(peaks) <= TARGET_RASA_RSS_MIB)


def _errors_check(summary: LevelSummary | None, think_time: float) -> TargetCheck:
    name = f"zero errors at {TARGET_ZERO_ERRORS_AT} concurrent (think {think_time:g} s)"
    if summary is None:
        return TargetCheck(name, "not run", None)
    return TargetCheck(name, f"{summary.errors} errors", summary.errors == 0)


def _p95_check(summary: LevelSummary | None, think_time: float) -> TargetCheck:
    name = f"p95 per turn <= {TARGET_P95_MS:g} ms at {TARGET_P95_AT} concurrent (think {think_time:g} s)"
    if summary is None or summary.p95_ms is None:
        return TargetCheck(name, "not run", None)
    return TargetCheck(name, f"{summary.p95_ms:.0f} ms", summary.p95_ms <= TARGET_P95_MS)


def format_targets(checks: Sequence[TargetCheck]) -> list[str]:
    lines = ["## Targets (Steunwijzer)", "", "| target | measured | |", "| --- | --- | --- |"]
    verdict = {True: "met", False: "MISSED", None: "not measured"}
    lines += [f"| {c.target} | {c.measured} | {verdict[c.met]} |" for c in checks]
    return [*lines, ""]


def machine_info() -> dict[str, object]:
    from importlib.metadata import version

    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "ram_gib": round(psutil.virtual_memory().total / 1024**3, 1),
        "python": platform.python_version(),
        "rasa": version("rasa"),
        "platform": platform.platform(),
        "command": " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]),
    }


def format_report(info: dict[str, object], runs: Sequence[SystemRun]) -> str:
    lines = [
        "# Load benchmark",
        ", ".join(f"{key} {value}" for key, value in info.items()),
        "",
    ]
    for run in runs:
        lines += format_levels(run)
    by_name = {run.name: run for run in runs}
    if "steunwijzer" in by_name and "bare rasa" in by_name:
        lines += format_ratios(by_name["steunwijzer"], by_name["bare rasa"])
    if "steunwijzer" in by_name:
        lines += format_targets(check_targets(by_name["steunwijzer"]))
    lines += format_insights(runs)
    return "\n".join(lines)


# --- command line -----------------------------------------------------------------------------


Number = TypeVar("Number", int, float)


def parse_numbers(text: str, kind: Callable[[str], Number]) -> tuple[Number, ...]:
    try:
        values = tuple(kind(part) for part in text.split(",") if part.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of numbers: {text}"
        ) from error
    if not values or any(value < 0 for value in values):
        raise argparse.ArgumentTypeError(f"expected one or more numbers >= 0: {text}")
    return values


def _levels(text: str) -> tuple[int, ...]:
    values = parse_numbers(text, int)
    if 0 in values:
        raise argparse.ArgumentTypeError("a concurrency level is at least 1")
    return values


def _think_times(text: str) -> tuple[float, ...]:
    return parse_numbers(text, float)


def _systems(text: str) -> tuple[str, ...]:
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = set(names) - {"steunwijzer", "bare"}
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"choose from steunwijzer, bare: {text}")
    return names


def _switches(text: str) -> tuple[str, ...]:
    values = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    if not values or set(values) - {"on", "off"}:
        raise argparse.ArgumentTypeError(f"a comma-separated list of on and off: {text}")
    return values


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "steunwijzer-bench"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--concurrency", type=_levels, default=(1, 20, 50), metavar="N[,N...]",
        help="caregivers at the same time; each level runs in turn (default: 1,20,50)",
    )  # fmt: skip
    parser.add_argument(
        "--think-time", type=_think_times, default=(0.0,), metavar="S[,S...]",
        help="seconds a caregiver waits before each turn, +-50%% at random; 0 is the worst case, "
        "3 is closer to people typing; each value runs every level (default: 0)",
    )  # fmt: skip
    parser.add_argument(
        "--conversations", type=int, default=None, metavar="M",
        help=f"conversations per level (default: the concurrency, at least {MIN_CONVERSATIONS}); "
        "lower it to cap a long level",
    )  # fmt: skip
    parser.add_argument(
        "--systems", type=_systems, default=("steunwijzer", "bare"), metavar="NAMES",
        help="what to run: steunwijzer, bare or both, comma-separated (default: both)",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=60.0, metavar="S",
        help="seconds before a turn counts as a timeout error (default: 60)",
    )  # fmt: skip
    parser.add_argument(
        "--warmup", type=int, default=1, metavar="K",
        help="conversations run and checked before measuring, not counted (default: 1)",
    )  # fmt: skip
    parser.add_argument(
        "--cache-dir", type=Path, default=_default_cache_dir(),
        help="where the bare Rasa project is trained once per Rasa version "
        "(default: ~/.cache/steunwijzer-bench)",
    )  # fmt: skip
    parser.add_argument(
        "--flood-limit", action="store_true",
        help="keep Steunwijzer's per-sender flood limit (12 messages in 10 s by default); by default it is off, "
        "because at think time 0 every caregiver is over it by design",
    )  # fmt: skip
    parser.add_argument(
        "--insights", type=_switches, default=None, metavar="on|off[,...]",
        help="start Steunwijzer once per value, in this order, with STEUNWIJZER_INSIGHTS set to it, "
        "and compare p50/p95 on and off per level (on,off,on,off interleaves them against the "
        "machine's noise); by default Steunwijzer runs once with its default (on)",
    )  # fmt: skip
    parser.add_argument(
        "--rasa-workers", type=int, default=1, metavar="N",
        help="Sanic workers in Steunwijzer's Rasa server (SANIC_WORKERS); above 1 the bench starts "
        "a private redis-server for the lock store, as on the production path (default: 1)",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=9, help="seed of the think-time jitter")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR",
        help="keep the servers' logs and databases in a new folder under DIR",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    if args.conversations is not None and args.conversations < 1:
        parser.error("--conversations must be at least 1")
    if args.rasa_workers < 1:
        parser.error("--rasa-workers must be at least 1")
    return args


def _stop_on_sigterm() -> None:
    """SIGTERM stops like Ctrl-C, so the servers are stopped too."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def run_benchmark(args: argparse.Namespace) -> list[SystemRun]:
    # Alike in shape only: a record built from keyword fields, like others in bot/.
    plan = Plan(
        concurrency=args.concurrency,
        think_times=args.think_time,
        conversations=args.conversations,
        timeout_s=args.timeout,
        warmup=args.warmup,
        seed=args.seed,
    )
    runs: list[SystemRun] = []
    with _work_dir(args.keep) as work_dir, private_redis(args.rasa_workers > 1) as redis_port:
        if "steunwijzer" in args.systems:
            variants = [(None, "steunwijzer")] if args.insights is None else [
                (value, f"steunwijzer insights {value} {number}")
                for number, value in enumerate(args.insights, 1)
            ]  # fmt: skip
            for insights, name in variants:
                start = partial(
                    start_steunwijzer, work_dir, args.flood_limit, insights, name, redis_port,
                    args.rasa_workers,
                )  # fmt: skip
                with running(start) as target:
                    run = run_target_levels(target, plan)
                    run.insights = insights
                    run.rasa_workers = args.rasa_workers
                    runs.append(run)
        if "bare" in args.systems:
            start = partial(start_bare, work_dir, args.cache_dir, _intake_turns(runs))
            with running(start) as target:
                runs.append(run_target_levels(target, plan))
    return runs


@contextlib.contextmanager
def _work_dir(keep: Path | None) -> Iterator[Path]:
    """Logs and databases of the servers: kept in `keep`, or in a temporary folder."""
    if keep is None:
        with tempfile.TemporaryDirectory(prefix="steunwijzer-bench-") as work:
            yield Path(work)
        return
    keep.mkdir(parents=True, exist_ok=True)
    yield Path(tempfile.mkdtemp(prefix="run-", dir=keep))


def _intake_turns(runs: Sequence[SystemRun]) -> int:
    """The bare conversation gets as many turns as a completed Steunwijzer intake took."""
    summaries = [level.summary for run in runs for level in run.levels if not level.summary.errors]
    if not summaries:
        return INTAKE_TURNS
    return round(sum(s.turns for s in summaries) / sum(s.conversations for s in summaries))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    _stop_on_sigterm()
    info = machine_info()
    info["loadavg_start"] = _load(os.getloadavg())
    try:
        runs = run_benchmark(args)
    except KeyboardInterrupt:
        print("Stopped; the servers were stopped too.", file=sys.stderr)
        return 130
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"Benchmark failed: {error}", file=sys.stderr)
        return 1
    info["loadavg_end"] = _load(os.getloadavg())
    print()
    print(format_report(info, runs))
    if args.json:
        document = {"machine": info, "runs": [dataclasses.asdict(run) for run in runs]}
        document["targets"] = [
            dataclasses.asdict(check) for run in runs if run.name == "steunwijzer"
            for check in check_targets(run)
        ]  # fmt: skip
        args.json.write_text(json.dumps(document, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
