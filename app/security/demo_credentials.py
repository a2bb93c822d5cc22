"""Demo sign-in for `skranke --demo`: every seeded staff member gets the PIN 1234.

FOR DEMONSTRATION ONLY. The demo loader calls this on a demo store; the sign-in
service itself knows no PIN, and a real store never calls it. A staff member
who already has a secret keeps it.
"""

from __future__ import annotations

import datetime as dt
import functools

from app.commands.envelope import utc_now
from app.ports import UnitOfWorkFactory
from app.security.passwords import Passwords
from app.security.ports import Credential
from app.security.staff_proof import derive_key

DEMO_PIN = "1234"


@functools.cache
def demo_key(staff_id: str) -> bytes:
    """The staff key of the demo PIN (app/security/staff_proof.py), derived once."""
    return derive_key(staff_id, DEMO_PIN)


def seed_demo_credentials(
    uow_factory: UnitOfWorkFactory,
    passwords: Passwords,
    *,
    pin: str = DEMO_PIN,
    now: dt.datetime | None = None,
) -> list[str]:
    """Give every staff member without a secret the demo PIN; returns whose were set."""
    with uow_factory() as uow:
        uow.begin_write()
        missing = [s.id for s in uow.reference.staff() if uow.credentials.get(s.id) is None]
        if missing:
            encoded = passwords.hash(pin)  # one hash for all: it is a demo, and quick
            for staff_id in missing:
                uow.credentials.save(Credential(staff_id, encoded, 0, None, now or utc_now()))
            uow.commit()
    return missing
