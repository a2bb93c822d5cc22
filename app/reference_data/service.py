"""What the administrator's screen and the desk's readers call (through the runner)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.clock import service_day
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.ports import UnitOfWorkFactory
from app.reference_data.base import seed_version
from app.reference_data.commands import PUBLISH
from app.reference_data.kinds import SPECS
from app.reference_data.model import (
    Kind,
    KindSpec,
    Preview,
    ReferenceVersion,
    Row,
    diff,
    in_force,
    next_version,
)
from app.reference_data.readers import (
    OpeningDay,
    QueueThresholds,
    context_for,
    opening_week,
    queue_thresholds,
)
from app.reference_data.validators import validate
from app.workstation import WorkstationConfig

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class KindState:
    """A kind as the screen shows it: the version in force on a day and what follows."""

    spec: KindSpec
    day: dt.date
    in_force: ReferenceVersion
    versions: tuple[ReferenceVersion, ...]  # every published version, oldest first
    next_version: int


class ReferenceDataService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self._uow_factory, self._bus, self._ws, self._clock = uow_factory, bus, workstation, clock

    def today(self) -> dt.date:
        return service_day(self._clock())

    def state(self, kind: Kind, day: dt.date) -> KindState:
        with self._uow_factory() as uow:
            versions = tuple(uow.reference_versions.versions(kind))
        return KindState(
            SPECS[kind],
            day,
            in_force(versions, day, seed_version(kind)),
            versions,
            next_version(versions),
        )

    def check(self, kind: Kind, rows: Sequence[Row]) -> tuple[Row, ...]:
        """The draft's rows as the command will see them, or its first problem."""
        with self._uow_factory() as uow:
            return validate(kind, [dict(r) for r in rows], context_for(uow, kind))

    def preview(self, kind: Kind, rows: Sequence[Row], day: dt.date) -> Preview:
        """What changes on `day` if the draft takes effect then (checked first)."""
        checked = self.check(kind, rows)
        state = self.state(kind, day)
        later = tuple(v for v in state.versions if v.valid_from > day)
        return Preview(
            kind, day, state.in_force, diff(state.spec, state.in_force.rows, checked), later
        )

    def publish(
        self, kind: Kind, rows: Sequence[Row], valid_from: dt.date, version: int, note: str = ""
    ) -> dict[str, Any]:
        args: dict[str, object] = {
            "kind": kind.value,
            "version": version,
            "valid_from": valid_from.isoformat(),
            "rows": [dict(r) for r in rows],
            "note": note,
        }
        envelope = replace(self._ws.envelope(PUBLISH, 1, args), issued_at=self._clock().isoformat())
        return self._bus.execute_one(envelope)

    # --- readers for other screens ------------------------------------------------------
    def queue_thresholds(self, day: dt.date | None = None) -> QueueThresholds:
        with self._uow_factory() as uow:
            return queue_thresholds(uow, day or self.today())

    def opening_week(self, site_code: str, day: dt.date | None = None) -> tuple[OpeningDay, ...]:
        with self._uow_factory() as uow:
            return opening_week(uow, site_code, day or self.today())
