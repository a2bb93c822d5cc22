"""The PCs of a site as the reference data in force lists them (Filer → Referencedata,
«Selvbetjenings-pc'er»; the seed file until an administrator publishes a version)."""

from __future__ import annotations

import datetime as dt

from app.ports import UnitOfWork
from app.reference_data.model import Kind
from app.reference_data.readers import version_in_force
from app.selfservice.records import SelfServicePc


def selfservice_pcs(uow: UnitOfWork, site_code: str, day: dt.date) -> tuple[SelfServicePc, ...]:
    """The site's PCs in use on `day`, in the order the administrator listed them."""
    version = version_in_force(uow, Kind.SELFSERVICE_PCS, day)
    return tuple(
        SelfServicePc(site_code, str(r["code"]), str(r["label_da"]))
        for r in version.rows
        if r["site_code"] == site_code and r.get("in_use", True) is True
    )
