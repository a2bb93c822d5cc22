"""The server over TLS: a workstation given the municipality's CA syncs; one without it
is refused with a Danish reason and keeps its changes; plain HTTP gets nowhere."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.sync.client import CertificateRejected, Offline, SyncApi
from app.sync.connection import SyncConnection
from app.sync.engine import SyncEngine
from app.sync.status import SyncState, SyncStatus
from tests.server.harness import ROOT, ServerProcess, child_env
from tests.sync.desk import FAST, DeskMaker, SyncedDesk

T = TypeVar("T")
CERTIFICATE_DA = "Serverens certifikat kunne ikke bekræftes"


@dataclass(frozen=True)
class Certificates:
    ca: Path
    cert: Path
    key: Path
    other_ca: Path  # a CA that did not sign the server's certificate


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make_certificates(folder: Path) -> Certificates:
    """A throwaway CA and a certificate it signs for 127.0.0.1 (as a municipality's own CA)."""
    ca_key, ca_cert = _ca("Skranke test-CA")
    _, other_cert = _ca("Some other CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = Certificates(
        folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "other-ca.pem"
    )
    paths.ca.write_bytes(_pem(ca_cert))
    paths.other_ca.write_bytes(_pem(other_cert))
    paths.cert.write_bytes(_pem(cert))
    paths.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture
def certificates(tmp_path: Path) -> Certificates:
    folder = tmp_path / "pki"
    folder.mkdir()
    return make_certificates(folder)


@pytest.fixture
def tls_server(tmp_path: Path, certificates: Certificates) -> Iterator[ServerProcess]:
    server = ServerProcess(
        f"sqlite:///{tmp_path / 'server.sqlite3'}",
        tmp_path / "server.log",
        tls=(certificates.cert, certificates.key),
        ca_file=certificates.ca,
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def with_connection(
    desk: SyncedDesk, work: Callable[[SyncEngine], Awaitable[T]], ca_file: Path | None
) -> T:
    """Run `work(engine)` on the engine of a real `SyncConnection`, as the app builds it."""

    async def main() -> T:
        connection = SyncConnection(desk.sync_store, FAST, ca_file=ca_file)
        try:
            return await work(connection.engine)
        finally:
            await connection.aclose()

    return asyncio.run(main())


async def run_until(engine: SyncEngine, done: Callable[[SyncStatus], bool]) -> SyncStatus:
    """Let the engine sync on its own until the status satisfies `done`; then stop it."""
    reached = asyncio.Event()
    engine.subscribe(lambda status: reached.set() if done(status) else None)
    run = asyncio.create_task(engine.run())
    try:
        await asyncio.wait_for(reached.wait(), timeout=30)
    finally:
        engine.stop()
        await run
    return engine.status


def enrol(desk: SyncedDesk, server: ServerProcess, ca_file: Path | None) -> None:
    code = server.enrolment_code(desk.config.site_code, desk.config.counter_number)
    with_connection(desk, lambda e: e.enrol(server.url, code, desk.config.workstation_id), ca_file)


def test_a_workstation_given_the_ca_syncs_over_tls(
    tls_server: ServerProcess, certificates: Certificates, desks: DeskMaker
) -> None:
    assert tls_server.url.startswith("https://")
    a, b = desks("MUS", 1), desks("MUS", 2)
    enrol(a, tls_server, certificates.ca)
    enrol(b, tls_server, certificates.ca)
    citizen = a.register(1)
    a.ticket(citizen.id)
    with_connection(a, lambda e: e.sync_once(), certificates.ca)  # push and pull
    with_connection(b, lambda e: e.sync_once(), certificates.ca)
    assert a.sync_store.counts().pending == 0
    assert b.citizen(citizen.id) == citizen  # came through the server, over TLS
    assert "UDEN TLS" not in tls_server.log_path.read_text()


def test_a_workstation_without_the_ca_is_refused_and_keeps_its_changes(
    tls_server: ServerProcess, certificates: Certificates, desks: DeskMaker
) -> None:
    a = desks("MUS", 1)
    enrol(a, tls_server, certificates.ca)
    citizen = a.register(1)
    a.ticket(citizen.id)
    waiting = a.sync_store.counts().pending
    assert waiting == 3

    def refused(status: SyncStatus) -> bool:
        return status.state is SyncState.OFFLINE and bool(status.message)

    for ca_file in (None, certificates.other_ca):  # the system's CAs; the wrong CA
        status = with_connection(a, lambda e: run_until(e, refused), ca_file)
        assert status.message.startswith(CERTIFICATE_DA)
        assert status.pending == waiting
        assert a.sync_store.counts().pending == waiting
        assert a.sync_store.rejections() == []
        assert a.count("outbox") == waiting

    with_connection(a, lambda e: e.sync_once(), certificates.ca)  # the right CA again
    assert a.sync_store.counts().pending == 0
    assert a.citizen(citizen.id) == citizen


def test_the_api_names_an_untrusted_certificate(tls_server: ServerProcess) -> None:
    async def ask() -> None:
        async with httpx.AsyncClient() as http:  # verifies against the system's CAs
            await SyncApi(http, tls_server.url, "x.y").checksum()

    with pytest.raises(CertificateRejected) as refused:
        asyncio.run(ask())
    assert refused.value.message_da.startswith(CERTIFICATE_DA)
    assert refused.value.code == "certificate_rejected"


def test_plain_http_to_the_tls_port_gets_nowhere(tls_server: ServerProcess) -> None:
    plain = tls_server.url.replace("https://", "http://")
    with pytest.raises(httpx.HTTPError):
        httpx.get(plain + "/health", timeout=5)

    async def ask() -> None:
        async with httpx.AsyncClient() as http:
            await SyncApi(http, plain, "x.y").checksum()

    with pytest.raises(Offline) as offline:
        asyncio.run(ask())
    assert not isinstance(offline.value, CertificateRejected)
    assert "kan ikke nås" in offline.value.message_da


def test_without_tls_the_server_warns_once(sqlite_server: ServerProcess) -> None:
    assert sqlite_server.log_path.read_text().count("UDEN TLS") == 1


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", "serve", *args],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_tls_options_come_in_pairs_and_must_be_usable(
    tmp_path: Path, certificates: Certificates
) -> None:
    database = ("--database-url", f"sqlite:///{tmp_path / 'never.sqlite3'}")
    only_cert = _serve(*database, "--tls-cert", str(certificates.cert))
    assert only_cert.returncode == 2
    assert "--tls-cert og --tls-key skal angives sammen" in only_cert.stderr
    only_key = _serve(*database, "--tls-key", str(certificates.key))
    assert only_key.returncode == 2
    assert "skal angives sammen" in only_key.stderr
    wrong_key = _serve(
        *database, "--tls-cert", str(certificates.cert), "--tls-key", str(certificates.ca)
    )
    assert wrong_key.returncode == 2
    assert "kan ikke bruges" in wrong_key.stderr
    missing = _serve(
        *database, "--tls-cert", str(tmp_path / "nope.pem"), "--tls-key", str(certificates.key)
    )
    assert missing.returncode == 2
    assert "kan ikke bruges" in missing.stderr
    assert not (tmp_path / "never.sqlite3").exists()  # refused before anything started
