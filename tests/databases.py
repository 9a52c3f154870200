"""Real PostgreSQL and Redis servers for tests, from Debian's packages, each private to one test run:
own data directory, a free loopback port, gone when the test ends.

`scripts/install-test-deps` installs the packages. PostgreSQL refuses to run as root, so as root the
server runs as Debian's `postgres` user in a directory that user owns.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tests.support import free_port

POSTGRESQL_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
START_TIMEOUT_S = 60


def postgresql_binary(name: str) -> str:
    for directory in POSTGRESQL_BIN_DIRS:
        if (directory / name).exists():
            return str(directory / name)
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} not found: run scripts/install-test-deps (apt-get postgresql)")
    return found


def _as_server_user(argv: Sequence[str]) -> list[str]:
    if os.geteuid() != 0:
        return list(argv)
    return ["runuser", "-u", "postgres", "--", *argv]


def _private_directory() -> Path:
    directory = Path(tempfile.mkdtemp(prefix="steunwijzer-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(directory, user.pw_uid, user.pw_gid)
    return directory


def _run(*argv: str, as_server_user: bool = False) -> None:
    subprocess.run(
        _as_server_user(argv) if as_server_user else list(argv), check=True, capture_output=True
    )


@contextmanager
def postgresql_server(databases: Sequence[str]) -> Iterator[dict[str, str]]:
    """A PostgreSQL cluster on 127.0.0.1 with `databases` created; yields name -> SQLAlchemy URL."""
    directory = _private_directory()
    data = str(directory / "data")
    port = str(free_port())
    pg_ctl = postgresql_binary("pg_ctl")
    _run(
        postgresql_binary("initdb"),
        "-D",
        data,
        "-U",
        "steunwijzer",
        "-A",
        "trust",
        as_server_user=True,
    )
    options = f"-h 127.0.0.1 -p {port} -k {directory} -c fsync=off -c max_connections=200"
    log = str(directory / "server.log")
    _run(
        pg_ctl,
        "-D",
        data,
        "-l",
        log,
        "-o",
        options,
        "-w",
        "-t",
        str(START_TIMEOUT_S),
        "start",
        as_server_user=True,
    )
    try:
        for name in databases:
            _run(
                postgresql_binary("createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                port,
                "-U",
                "steunwijzer",
                name,
            )
        yield {name: f"postgresql://steunwijzer@127.0.0.1:{port}/{name}" for name in databases}
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", data, "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(directory, ignore_errors=True)


@contextmanager
def redis_server() -> Iterator[int]:
    """A Redis server on 127.0.0.1 without persistence; yields its port."""
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_redis(port, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_redis(port: int, process: subprocess.Popen) -> None:
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("redis-server stopped at start")
        try:
            if client.ping():
                return
        except redis.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError(f"redis-server not answering after {START_TIMEOUT_S} s")
