"""What the visitation use cases share: the store, the command bus, the desk and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from app.clock import service_day
from app.commands.bus import CommandBus
from app.commands.envelope import CommandEnvelope, utc_now
from app.cpr import mask_cpr
from app.entities import Citizen, Site
from app.errors import NotFoundError
from app.ports import UnitOfWork, UnitOfWorkFactory
from app.reference_data.referral_targets import referral_targets as targets_in_force
from app.security.sign_in import Approver
from app.security.staff_proof import approved_by
from app.visitation.targets import ReferralTarget, Unit, unit_label
from app.workstation import WorkstationConfig

Clock = Callable[[], dt.datetime]


class VisitationServiceBase:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self._uow_factory = uow_factory
        self._bus = bus
        self._ws = workstation
        self._clock = clock  # injectable so a test can stand on 2 January 2027

    @property
    def site_code(self) -> str:
        return self._ws.site_code

    def today(self) -> dt.date:
        return service_day(self._clock())

    def _envelope(self, name: str, args: dict[str, Any]) -> CommandEnvelope:
        # Every visitation command is version 1 so far; the time is the service's clock.
        return replace(self._ws.envelope(name, 1, args), issued_at=self._clock().isoformat())

    def _run(self, *envelopes: CommandEnvelope) -> list[dict[str, Any]]:
        return self._bus.execute(*envelopes)

    @staticmethod
    def _citizen(uow: UnitOfWork, citizen_id: str) -> Citizen:
        citizen = uow.citizens.get(citizen_id)
        if citizen is None:
            raise NotFoundError("Borgeren findes ikke.")
        return citizen

    def _label(self, uow: UnitOfWork, unit: Unit) -> str:
        targets = targets_in_force(uow, self.today())
        return unit_label(unit, targets, uow.reference.sites())

    @staticmethod
    def _masked(citizen: Citizen) -> str:
        return mask_cpr(citizen.cpr)


def site_name(sites: Sequence[Site], code: str) -> str:
    return next((s.name for s in sites if s.code == code), code)


def target_by_code(targets: Sequence[ReferralTarget], code: str) -> ReferralTarget | None:
    return next((t for t in targets if t.code == code), None)


def with_approval(envelope: CommandEnvelope, approver: Approver | None) -> CommandEnvelope:
    """The envelope with the approver's proof, which the server checks (four eyes)."""
    return envelope if approver is None else approved_by(envelope, approver.key)
