"""Opens the workstation's one long-lived connection to the central server.

The UI must not speak HTTP itself, so it asks for an engine here; the engine
owns its `httpx.AsyncClient` for the life of the app and closes it with `aclose`.
"""

from __future__ import annotations

import httpx

from app.sync.engine import SyncEngine, SyncSettings
from app.sync.ports import SyncStore


class SyncConnection:
    def __init__(self, store: SyncStore, settings: SyncSettings | None = None) -> None:
        # No overall timeout: the server-sent-events stream stays open; the engine
        # reconnects when no keepalive arrives in time.
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=60.0))
        self.engine = SyncEngine(store, self._http, settings)

    async def aclose(self) -> None:
        self.engine.stop()
        self.engine.close()
        await self._http.aclose()
