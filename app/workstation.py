"""Which site, counter and staff member this workstation serves; asked once, remembered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.commands.envelope import CommandEnvelope, new_id
from app.errors import ValidationError
from app.ports import ReferenceData, SettingsStore

if TYPE_CHECKING:
    from app.security.session import CurrentStaff

_KEYS = ("workstation_id", "site_code", "counter_number", "staff_id")


@dataclass(frozen=True, slots=True)
class WorkstationConfig:
    workstation_id: str
    site_code: str
    counter_number: int  # also the workstation's ticket series at its site
    staff_id: str  # chosen at first start; the person signed in acts instead when there is one
    # The desk's sign-in state (None in scripts and tests that act as `staff_id`).
    signed_in: CurrentStaff | None = field(default=None, compare=False, repr=False)

    @property
    def acting_staff_id(self) -> str:
        """Whose name a change goes under: the person signed in (refused while locked)."""
        if self.signed_in is None:
            return self.staff_id
        return self.signed_in.require().staff_id

    @property
    def ticket_series(self) -> int:
        return self.counter_number

    def envelope(self, name: str, version: int, args: dict[str, object]) -> CommandEnvelope:
        return CommandEnvelope(
            name=name,
            version=version,
            args=dict(args),
            workstation_id=self.workstation_id,
            site_code=self.site_code,
            staff_id=self.acting_staff_id,
        )


def load_workstation(settings: SettingsStore) -> WorkstationConfig | None:
    values = {key: settings.get_setting(key) for key in _KEYS}
    if any(value is None for value in values.values()):
        return None
    return WorkstationConfig(
        workstation_id=str(values["workstation_id"]),
        site_code=str(values["site_code"]),
        counter_number=int(str(values["counter_number"])),
        staff_id=str(values["staff_id"]),
    )


def configure_workstation(
    settings: SettingsStore,
    reference: ReferenceData,
    *,
    site_code: str,
    counter_number: int,
    staff_id: str,
) -> WorkstationConfig:
    """Check the choice against seed data and remember it; keeps an existing workstation id."""
    if reference.site(site_code) is None:
        raise ValidationError(
            "Afdelingen «{site_code}» kendes ikke.", site_code=site_code, field="site_code"
        )
    if counter_number not in {c.number for c in reference.counters(site_code)}:
        raise ValidationError(
            "Skranke {counter_number} findes ikke i afdelingen {site_code}.",
            counter_number=counter_number,
            site_code=site_code,
            field="counter_number",
        )
    if reference.staff_member(staff_id) is None:
        raise ValidationError("Medarbejderen kendes ikke.", field="staff_id")
    config = WorkstationConfig(
        workstation_id=settings.get_setting("workstation_id") or new_id(),
        site_code=site_code,
        counter_number=counter_number,
        staff_id=staff_id,
    )
    for key in _KEYS:
        settings.set_setting(key, str(getattr(config, key)))
    return config
