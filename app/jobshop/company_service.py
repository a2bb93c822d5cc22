"""Companies, their one responsible consultant, and the log of every contact.

Before a contact the desk asks `contact_warning`: a colleague's contact with
the same company about the same subject within the configured window is shown
first, so a company is not rung by two consultants about the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.commands.envelope import new_id
from app.entities import Staff
from app.jobshop.records import Company, CompanyContact, ContactSubject
from app.ports import UnitOfWork
from app.visitation.service_base import VisitationServiceBase


@dataclass(frozen=True, slots=True)
class ContactLine:
    contact: CompanyContact
    staff_name: str


@dataclass(frozen=True, slots=True)
class ContactWarning:
    """Colleagues' contacts on the same subject inside the window, newest first (the desk
    words the warning: ui/jobshop/company_contact_dialog.py)."""

    company_name: str
    subject: ContactSubject
    window_days: int
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True, slots=True)
class CompanyLine:
    company: Company
    responsible_name: str


class CompanyService(VisitationServiceBase):
    def companies(self, text: str = "", *, limit: int = 200) -> list[CompanyLine]:
        with self._uow_factory() as uow:
            names = {s.id: s.name for s in uow.reference.staff()}
            return [
                CompanyLine(c, names.get(c.responsible_staff_id, c.responsible_staff_id))
                for c in uow.jobshop.companies(text, limit=limit)
            ]

    def recent_contacts(self, company_id: str, *, days: int | None = None) -> list[ContactLine]:
        """Every contact within `days` (default: the warning window), newest first."""
        with self._uow_factory() as uow:
            window = days if days is not None else uow.jobshop.rules().contact_warning_days
            return self._contacts(uow, company_id, since=self._clock() - dt.timedelta(days=window))

    def contact_log(self, company_id: str) -> list[ContactLine]:
        """Every contact with the company, newest first (the page's contact log)."""
        with self._uow_factory() as uow:
            return self._contacts(uow, company_id, since=None)

    @staticmethod
    def _contacts(
        uow: UnitOfWork, company_id: str, *, since: dt.datetime | None
    ) -> list[ContactLine]:
        names = {s.id: s.name for s in uow.reference.staff()}
        return [
            ContactLine(c, names.get(c.staff_id, c.staff_id))
            for c in uow.jobshop.contacts_for_company(company_id, since=since)
        ]

    def consultants(self) -> list[Staff]:
        """Who may be a company's responsible consultant: all staff, this site's first."""
        with self._uow_factory() as uow:
            staff = list(uow.reference.staff())
        return sorted(staff, key=lambda s: (s.site_code != self.site_code, s.name))

    @property
    def acting_staff_id(self) -> str:
        """The person signed in: the default responsible consultant of a new company."""
        return self._ws.acting_staff_id

    def contact_warning(self, company_id: str, subject: ContactSubject) -> ContactWarning | None:
        with self._uow_factory() as uow:
            company = uow.jobshop.company(company_id)
            if company is None:
                return None
            window = uow.jobshop.rules().contact_warning_days
            recent = self._contacts(
                uow, company_id, since=self._clock() - dt.timedelta(days=window)
            )
        me = self._ws.acting_staff_id
        clashes = tuple(
            line
            for line in recent
            if line.contact.subject is subject and line.contact.staff_id != me
        )
        return ContactWarning(company.name, subject, window, clashes) if clashes else None

    def register(
        self, name: str, *, cvr: str = "", phone: str = "", responsible_staff_id: str | None = None
    ) -> str:
        company_id = new_id()
        self._run(
            self._envelope(
                "register_company",
                {
                    "company_id": company_id,
                    "name": name,
                    "cvr": cvr,
                    "phone": phone,
                    "responsible_staff_id": responsible_staff_id or self._ws.acting_staff_id,
                },
            )
        )
        return company_id

    def assign_consultant(self, company_id: str, staff_id: str) -> None:
        self._run(
            self._envelope(
                "assign_company_consultant", {"company_id": company_id, "staff_id": staff_id}
            )
        )

    def log_contact(
        self,
        company_id: str,
        subject: ContactSubject,
        *,
        channel: str = "telefon",
        note: str = "",
        warned: bool = False,
    ) -> str:
        contact_id = new_id()
        self._run(
            self._envelope(
                "log_company_contact",
                {
                    "contact_id": contact_id,
                    "company_id": company_id,
                    "subject": subject.value,
                    "channel": channel,
                    "note": note,
                    "warned": warned,
                },
            )
        )
        return contact_id
