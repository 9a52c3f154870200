"""Real PostgreSQL and Redis servers for tests, from Debian's packages, each private to one test run:
own data directory, a free loopback port, gone when the test ends.

`scripts/install-test-deps` installs the packages. PostgreSQL refuses to run as root, so as root the
server runs as Debian's `postgres` user in a directory that user owns.

Either server can speak TLS only, with a certificate made for the test by a throwaway CA
(`make_certificates`, with the openssl command line): PostgreSQL then accepts `hostssl` connections
only, Redis listens on its TLS port only, so a plain connection is refused.
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
from dataclasses import dataclass
from pathlib import Path

from tests.support import free_port

POSTGRESQL_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
START_TIMEOUT_S = 60
# The role initdb makes: the test's superuser, trusted from loopback.
TEST_SUPERUSER = "steunwijzer"
# The only name the server certificates carry: a client that checks the host name (libpq's
# verify-full, Redis with check_hostname) accepts 127.0.0.1 and refuses "localhost".
CERTIFICATE_HOST = "127.0.0.1"


@dataclass(frozen=True)
class Certificates:
    """A throwaway CA and a server certificate it signed, for CERTIFICATE_HOST."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def _openssl(*argv: str) -> None:
    subprocess.run(["openssl", *argv], check=True, capture_output=True)


def _new_ca(directory: Path, name: str) -> tuple[Path, Path]:
    ca_file, ca_key = directory / f"{name}.pem", directory / f"{name}.key"
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", str(ca_key), "-out", str(ca_file), "-days", "2", "-subj", f"/CN={name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    return ca_file, ca_key


def make_certificates(directory: Path) -> Certificates:
    """A new CA in `directory` and a server certificate for CERTIFICATE_HOST signed by it."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_file, ca_key = _new_ca(directory, "test-ca")
    key_file, request = directory / "server.key", directory / "server.csr"
    cert_file, extensions = directory / "server.pem", directory / "server.ext"
    extensions.write_text(
        f"subjectAltName=IP:{CERTIFICATE_HOST}\nbasicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
        encoding="utf-8",
    )
    _openssl(
        "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", str(key_file), "-out", str(request), "-subj", f"/CN={CERTIFICATE_HOST}",
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", str(request), "-CA", str(ca_file), "-CAkey", str(ca_key),
        "-CAcreateserial", "-days", "2", "-extfile", str(extensions), "-out", str(cert_file),
    )  # fmt: skip
    return Certificates(ca_file=ca_file, cert_file=cert_file, key_file=key_file)


def make_unrelated_ca(directory: Path) -> Path:
    """A CA that signed nothing the test servers present: a client trusting only it must refuse."""
    directory.mkdir(parents=True, exist_ok=True)
    return _new_ca(directory, "unrelated-ca")[0]


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


def _server_files(directory: Path, certificates: Certificates) -> tuple[Path, Path]:
    """Copies of the certificate and key the server user owns; PostgreSQL refuses a key that
    others can read."""
    cert_file, key_file = directory / "server.pem", directory / "server.key"
    shutil.copyfile(certificates.cert_file, cert_file)
    shutil.copyfile(certificates.key_file, key_file)
    key_file.chmod(0o600)
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (cert_file, key_file):
            os.chown(path, user.pw_uid, user.pw_gid)
    return cert_file, key_file


def _host_based_access(tls: bool, passwords: bool) -> str:
    """pg_hba.conf: loopback only; `hostssl` lines alone when `tls`, so plain TCP is refused. The
    test superuser is trusted; with `passwords` every other role must give its password."""
    kind = "hostssl" if tls else "host"
    others = "scram-sha-256" if passwords else "trust"
    return (
        f"local all {TEST_SUPERUSER} trust\n"
        f"{kind} all {TEST_SUPERUSER} 127.0.0.1/32 trust\n"
        f"{kind} all all 127.0.0.1/32 {others}\n"
    )


@contextmanager
def postgresql_server(
    databases: Sequence[str],
    *,
    certificates: Certificates | None = None,
    passwords: bool = False,
) -> Iterator[dict[str, str]]:
    """A PostgreSQL cluster on 127.0.0.1 with `databases` created; yields name -> SQLAlchemy URL
    of the test superuser. With `certificates` it accepts TLS connections only (the URLs then ask
    for verify-full against their CA); with `passwords` roles other than the superuser log in with
    a password."""
    directory = _private_directory()
    data = str(directory / "data")
    port = str(free_port())
    pg_ctl = postgresql_binary("pg_ctl")
    _run(
        postgresql_binary("initdb"),
        "-D",
        data,
        "-U",
        TEST_SUPERUSER,
        "-A",
        "trust",
        as_server_user=True,
    )
    options = f"-h 127.0.0.1 -p {port} -k {directory} -c fsync=off -c max_connections=200"
    access = _host_based_access(tls=certificates is not None, passwords=passwords)
    options += f" -c hba_file={_write_as_server_user(directory / 'pg_hba.conf', access)}"
    query = ""
    if certificates is not None:
        cert_file, key_file = _server_files(directory, certificates)
        options += f" -c ssl=on -c ssl_cert_file={cert_file} -c ssl_key_file={key_file}"
        query = f"?sslmode=verify-full&sslrootcert={certificates.ca_file}"
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
            # Over the private socket: the superuser is trusted there, with or without TLS.
            _run(
                postgresql_binary("createdb"),
                "-h",
                str(directory),
                "-p",
                port,
                "-U",
                TEST_SUPERUSER,
                name,
            )
        yield {
            name: f"postgresql://{TEST_SUPERUSER}@{CERTIFICATE_HOST}:{port}/{name}{query}"
            for name in databases
        }
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", data, "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(directory, ignore_errors=True)


def _write_as_server_user(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(path, user.pw_uid, user.pw_gid)
    return path


@contextmanager
def redis_server(certificates: Certificates | None = None) -> Iterator[int]:
    """A Redis server on 127.0.0.1 without persistence; yields its port. With `certificates` that
    port speaks TLS only (no client certificates asked) and there is no plain port."""
    port = free_port()
    listen = ["--port", str(port)]
    if certificates is not None:
        listen = [
            "--port",
            "0",
            "--tls-port",
            str(port),
            "--tls-cert-file",
            str(certificates.cert_file),
            "--tls-key-file",
            str(certificates.key_file),
            "--tls-ca-cert-file",
            str(certificates.ca_file),
            "--tls-auth-clients",
            "no",
        ]
    process = subprocess.Popen(
        ["redis-server", *listen, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_redis(port, process, certificates)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_redis(
    port: int, process: subprocess.Popen, certificates: Certificates | None
) -> None:
    import redis

    tls = (
        {"ssl": True, "ssl_ca_certs": str(certificates.ca_file)} if certificates is not None else {}
    )
    client = redis.Redis(host=CERTIFICATE_HOST, port=port, **tls)
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
