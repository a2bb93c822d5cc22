"""The job shop's PCs at the desk: the board (every PC of the site, free or whose slot),
assigning a citizen to a PC and releasing it."""

from __future__ import annotations

from dataclasses import dataclass

from app.commands.envelope import new_id
from app.selfservice.pcs import selfservice_pcs
from app.selfservice.records import DEFAULT_MINUTES, PcSlot, SelfServicePc
from app.visitation.service_base import VisitationServiceBase


@dataclass(frozen=True, slots=True)
class PcLine:
    """One row of the board: the PC and, when taken, the slot and the citizen's name."""

    pc: SelfServicePc
    slot: PcSlot | None = None
    citizen_name: str = ""

    @property
    def is_free(self) -> bool:
        return self.slot is None


class SelfServiceService(VisitationServiceBase):
    def board(self) -> list[PcLine]:
        """Every PC of this site in use today, in the reference data's order. A slot at a
        PC taken out of the list still shows (the citizen is there until released)."""
        with self._uow_factory() as uow:
            pcs = selfservice_pcs(uow, self.site_code, self.today())
            slots = {s.pc_code: s for s in uow.selfservice.open_slots(self.site_code)}
            lines = []
            known = {pc.code for pc in pcs}
            gone = [SelfServicePc(self.site_code, c, c) for c in slots if c not in known]
            for pc in (*pcs, *gone):
                slot = slots.get(pc.code)
                citizen = uow.citizens.get(slot.citizen_id) if slot else None
                lines.append(PcLine(pc, slot, citizen.full_name if citizen else ""))
            return lines

    def slot_of(self, citizen_id: str) -> PcLine | None:
        """The citizen's PC here, when they have one."""
        return next(
            (ln for ln in self.board() if ln.slot and ln.slot.citizen_id == citizen_id), None
        )

    def assign(self, citizen_id: str, pc_code: str, minutes: int = DEFAULT_MINUTES) -> str:
        """The slot's id; from now for `minutes`."""
        slot_id = new_id()
        args = {
            "slot_id": slot_id,
            "citizen_id": citizen_id,
            "pc_code": pc_code,
            "minutes": minutes,
        }
        self._run(self._envelope("assign_selfservice_pc", args))
        return slot_id

    def release(self, slot_id: str) -> None:
        self._run(self._envelope("release_selfservice_pc", {"slot_id": slot_id}))
