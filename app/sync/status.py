"""What the sync client tells the user: a status the UI observes (no Qt here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.sync.ports import Rejection


class SyncState(StrEnum):
    NOT_ENROLLED = "not_enrolled"
    OFFLINE = "offline"
    ONLINE = "online"
    SYNCING = "syncing"
    STOPPED = "stopped"  # needs a person: a copied database, a revoked workstation …


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: SyncState = SyncState.NOT_ENROLLED
    pending: int = 0  # changes waiting for the server
    quarantined: int = 0
    rejected: tuple[Rejection, ...] = ()  # refused by the server, not yet acknowledged
    last_sync: dt.datetime | None = None  # last time push and pull both completed
    message: str = ""  # Danish: why offline or stopped
    download: tuple[int, int] | None = None  # rows received / rows in the snapshot (first download)

    def summary_da(self) -> str:
        words = {
            SyncState.NOT_ENROLLED: "Ikke tilmeldt serveren",
            SyncState.OFFLINE: "Offline",
            SyncState.ONLINE: "Online",
            SyncState.SYNCING: "Synkroniserer",
            SyncState.STOPPED: "Synkronisering standset",
        }
        parts = [words[self.state]]
        if self.download is not None:
            got, total = self.download
            parts.append(f"henter {got} af {total}")
        if self.pending:
            parts.append(f"{self.pending} ændring{'er' if self.pending != 1 else ''} venter")
        if self.rejected:
            parts.append(f"{len(self.rejected)} afvist")
        if self.quarantined:
            parts.append(f"{self.quarantined} sat til side")
        return " – ".join(parts)


Observer = Callable[[SyncStatus], None]


class StatusBoard:
    """Holds the current status and tells observers about every change."""

    def __init__(self) -> None:
        self.current = SyncStatus()
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        self._observers.append(observer)
        observer(self.current)
        return lambda: self._observers.remove(observer)

    def update(self, **changes: object) -> None:
        new = replace(self.current, **changes)  # type: ignore[arg-type]
        if new != self.current:
            self.current = new
            for observer in list(self._observers):
                observer(new)
