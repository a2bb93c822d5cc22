"""A real TCP listener on loopback standing in for a network receipt printer's port 9100:
it keeps every byte each connection sent, as the printer would receive them."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest


class PrinterPort:
    """Accepts connections on 127.0.0.1 and keeps each one's bytes once it is closed."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)  # so `close` is heard between accepts
        self.port: int = self._server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="printer-port", daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(10)
                chunks = []
                while data := connection.recv(4096):
                    chunks.append(data)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._server.close()


@pytest.fixture
def printer_port() -> Iterator[PrinterPort]:
    port = PrinterPort()
    yield port
    port.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on: a printer that is switched off answers so."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
