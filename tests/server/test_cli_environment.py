"""`skranke-server serve` reads its settings from SKRANKE_* environment variables (what a
systemd unit or a container sets, deploy/), and a flag on the command line wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.cli import _parser

VARIABLES = (
    "SKRANKE_DATABASE_URL",
    "SKRANKE_HOST",
    "SKRANKE_PORT",
    "SKRANKE_TLS_CERT",
    "SKRANKE_TLS_KEY",
    "SKRANKE_LOG_LEVEL",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_without_variables_the_defaults_hold() -> None:
    args = _parser().parse_args(["serve"])
    assert (args.host, args.port, args.log_level) == ("127.0.0.1", 8765, "warning")
    assert args.tls_cert is None and args.tls_key is None
    assert args.database_url.startswith("sqlite:///")


def test_the_variables_configure_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKRANKE_DATABASE_URL", "postgresql://skranke@db.example:5432/skranke")
    monkeypatch.setenv("SKRANKE_HOST", "0.0.0.0")
    monkeypatch.setenv("SKRANKE_PORT", "9443")
    monkeypatch.setenv("SKRANKE_TLS_CERT", "/etc/skranke/tls/server.crt")
    monkeypatch.setenv("SKRANKE_TLS_KEY", "/etc/skranke/tls/server.key")
    monkeypatch.setenv("SKRANKE_LOG_LEVEL", "info")
    args = _parser().parse_args(["serve"])
    assert args.database_url == "postgresql://skranke@db.example:5432/skranke"
    assert (args.host, args.port, args.log_level) == ("0.0.0.0", 9443, "info")
    assert args.tls_cert == Path("/etc/skranke/tls/server.crt")
    assert args.tls_key == Path("/etc/skranke/tls/server.key")


def test_a_flag_wins_over_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKRANKE_HOST", "0.0.0.0")
    monkeypatch.setenv("SKRANKE_PORT", "9443")
    monkeypatch.setenv("SKRANKE_DATABASE_URL", "sqlite:////var/lib/skranke/server.sqlite3")
    args = _parser().parse_args(
        ["serve", "--host", "127.0.0.1", "--port", "8000", "--database-url", "sqlite:///x.db"]
    )
    assert (args.host, args.port, args.database_url) == ("127.0.0.1", 8000, "sqlite:///x.db")


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKRANKE_HOST", "")
    monkeypatch.setenv("SKRANKE_PORT", "")
    monkeypatch.setenv("SKRANKE_TLS_CERT", "")
    args = _parser().parse_args(["serve"])
    assert (args.host, args.port, args.tls_cert) == ("127.0.0.1", 8765, None)


@pytest.mark.parametrize("value", ["http", "0", "70000", "-1"])
def test_a_port_that_is_no_port_is_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SKRANKE_PORT", value)
    with pytest.raises(SystemExit, match="SKRANKE_PORT"):
        _parser()
