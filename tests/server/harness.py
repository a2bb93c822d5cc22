"""Real processes for sync tests: the server on loopback, and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, SCHEMA_VERSION
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "test-admin-token"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
VERSION_HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


@dataclass
class ServerProcess:
    """`python -m server serve` on a free loopback port; restartable on the same database."""

    database_url: str
    log_path: Path
    faults: str = ""
    keepalive: float = 1.0
    extra_args: tuple[str, ...] = ()
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    tls: tuple[Path, Path] | None = None  # (certificate, key): serve HTTPS
    ca_file: Path | None = None  # what the harness itself trusts when talking HTTPS

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def verify(self) -> ssl.SSLContext | bool:
        return ssl.create_default_context(cafile=str(self.ca_file)) if self.ca_file else True

    def start(self, *, faults: str | None = None) -> ServerProcess:
        if faults is not None:
            self.faults = faults
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server",
                "serve",
                "--database-url",
                self.database_url,
                "--port",
                str(self.port),
                "--keepalive",
                str(self.keepalive),
                "--head-poll",
                "0.5",
                "--demo",  # every staff member's key is the demo PIN's
                *self.extra_args,
                *(
                    ("--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1]))
                    if self.tls
                    else ()
                ),
            ],
            cwd=ROOT,
            env=child_env(SKRANKE_ADMIN_TOKEN=ADMIN_TOKEN, SKRANKE_SERVER_FAULTS=self.faults),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        try:
            wait_until(self._healthy, timeout=30, interval=0.05, what="the server's /health")
        except AssertionError:
            raise RuntimeError(
                f"server did not start: {self.log_path.read_text()[-3000:]}"
            ) from None
        return self

    def _healthy(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"server exited: {self.log_path.read_text()[-3000:]}")
        try:
            return httpx.get(self.url + "/health", timeout=1, verify=self.verify).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def wait_dead(self, timeout: float = 20) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def admin(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        headers = {"Authorization": f"Bearer {ADMIN_TOKEN}", **VERSION_HEADERS}
        return httpx.request(
            method,
            self.url + path,
            headers=headers,
            timeout=30,
            verify=self.verify,
            **kwargs,  # type: ignore[arg-type]
        )

    def enrolment_code(self, site: str, counter: int, *, replace: bool = False) -> str:
        response = self.admin(
            "POST",
            "/v1/admin/enrolment-codes",
            json={"site_code": site, "counter_number": counter, "replace": replace},
        )
        assert response.status_code == 200, response.text
        return str(response.json()["code"])


class PgCluster:
    """A PostgreSQL 15 cluster in a temporary folder, owned by the `postgres` user."""

    def __init__(self) -> None:
        if not (PG_BIN / "initdb").exists():
            pytest.fail(
                "PostgreSQL 15 is not installed (test.sh installs the Debian package "
                "'postgresql'); the PostgreSQL tests cannot run without it."
            )
        self.dir = Path(tempfile.mkdtemp(prefix="skranke-pg-"))
        self.port = free_port()
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"

    def _as_postgres(self, *args: str) -> None:
        cmd = [*args] if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--", *args]
        subprocess.run(cmd, check=True, capture_output=True, cwd=self.dir)

    def start(self, *, durable: bool = False) -> PgCluster:
        """`durable`: PostgreSQL's own defaults (fsync on), for benchmarks; tests go faster
        without them."""
        self._as_postgres(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"
        )
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200"
        )
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._as_postgres(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
        )
        return self

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._as_postgres(
                str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
            )
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


_shared_cluster: PgCluster | None = None


def shared_pg_cluster() -> PgCluster:
    """One cluster per test session, whichever test folder asks first."""
    global _shared_cluster
    if _shared_cluster is None:
        _shared_cluster = PgCluster().start()
    return _shared_cluster


def stop_shared_pg_cluster() -> None:
    global _shared_cluster
    if _shared_cluster is not None:
        _shared_cluster.stop()
        _shared_cluster = None
