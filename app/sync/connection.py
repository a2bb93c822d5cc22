"""Opens the workstation's one long-lived connection to the central server.

The UI must not speak HTTP itself, so it asks for an engine here; the engine
holds the HTTP client that app/sync/client.py opens (certificates always
verified, see `open_http_client`) for the life of the app, closed with `aclose`.
"""

from __future__ import annotations

from pathlib import Path

from app.sync.client import open_http_client
from app.sync.engine import SyncEngine, SyncSettings
from app.sync.ports import SyncStore


class SyncConnection:
    def __init__(
        self,
        store: SyncStore,
        settings: SyncSettings | None = None,
        *,
        ca_file: str | Path | None = None,
    ) -> None:
        self._http = open_http_client(ca_file=ca_file)
        self.engine = SyncEngine(store, self._http, settings)

    async def aclose(self) -> None:
        self.engine.stop()
        self.engine.close()
        await self._http.aclose()
