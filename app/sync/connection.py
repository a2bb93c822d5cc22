"""Opens the workstation's one long-lived connection to the central server.

The UI must not speak HTTP itself, so it asks for an engine here; the engine
owns its `httpx.AsyncClient` for the life of the app and closes it with `aclose`.
Certificates are always verified: against the system's trusted CAs, or only
against `ca_file` when the municipality runs its own CA.
"""

from __future__ import annotations

import logging
import ssl
from pathlib import Path

import httpx

from app.sync.engine import SyncEngine, SyncSettings
from app.sync.ports import SyncStore

log = logging.getLogger(__name__)


def _trusting_only(ca_file: str | Path) -> ssl.SSLContext:
    """Verify against this CA bundle alone; an unreadable bundle trusts nothing (so the
    status says the certificate could not be verified) rather than stopping the app."""
    try:
        return ssl.create_default_context(cafile=str(ca_file))  # not the system's CAs then
    except (OSError, ssl.SSLError) as exc:
        log.warning("the CA file %s cannot be read (%s): no server will be trusted", ca_file, exc)
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, and trusts no CA


class SyncConnection:
    def __init__(
        self,
        store: SyncStore,
        settings: SyncSettings | None = None,
        *,
        ca_file: str | Path | None = None,
    ) -> None:
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            verify = _trusting_only(ca_file)
        # No overall timeout: the server-sent-events stream stays open; the engine
        # reconnects when no keepalive arrives in time.
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=60.0), verify=verify)
        self.engine = SyncEngine(store, self._http, settings)

    async def aclose(self) -> None:
        self.engine.stop()
        self.engine.close()
        await self._http.aclose()
