"""An administrator gives a colleague a new password or PIN on this workstation (and unlocks
the account). Only a role the table allows to manage staff may do it."""

from __future__ import annotations

from collections.abc import Callable

from app.entities import Staff
from app.ports import UnitOfWorkFactory
from app.security.passwords import Passwords
from app.security.roles import require
from app.security.sign_in import set_secret


class StaffSecrets:
    def __init__(
        self, uow_factory: UnitOfWorkFactory, passwords: Passwords, *, role: Callable[[], str]
    ) -> None:
        self._uow_factory = uow_factory
        self._passwords = passwords
        self._role = role  # the signed-in person's role, asked every time

    def staff(self) -> list[Staff]:
        require(self._role(), "manage_staff")
        with self._uow_factory() as uow:
            return sorted(uow.reference.staff(), key=lambda s: (s.site_code, s.name))

    def set_secret(self, staff_id: str, secret: str) -> None:
        require(self._role(), "manage_staff")
        set_secret(self._uow_factory, self._passwords, staff_id, secret)
