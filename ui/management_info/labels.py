"""The names the dashboard puts on the figures' codes: sites, support bases, categories,
referral targets, trade areas, services, meeting kinds, outcomes and topics.

Read once per dashboard from the desk's reference data (on the store's worker, through
the core's units of work); a code without a name is shown as the code itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.jobshop.records import AdviceTopic, ReferralOutcome
from app.ports import UnitOfWorkFactory
from app.reference_data.target_groups import target_group_labels
from app.visitation.records import MeetingKind


@dataclass(frozen=True, slots=True)
class Labels:
    sites: Mapping[str, str] = field(default_factory=dict)  # code → name, in site order
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # kind → code → name
    own_site: str = ""

    def name(self, kind: str, code: str) -> str:
        if not code:
            return QCoreApplication.translate("ManagementLabels", "(ingen)")
        return self.names.get(kind, {}).get(code, code)

    def site(self, code: str) -> str:
        return self.sites.get(code, code)


def read_labels(units: UnitOfWorkFactory, own_site: str, lang: str) -> Labels:
    """On the store's worker: every name the dashboard needs, from the reference data."""
    english = lang == "en"
    with units() as uow:
        sites = {s.code: s.name for s in uow.reference.sites()}
        bases = {
            str(b.code): (b.label_en if english and b.label_en else b.label_da)
            for b in uow.reference.support_bases()
        }
        services = {
            s.code: (s.name_en if english and s.name_en else s.name_da)
            for s in sorted(uow.reference.services(), key=lambda s: (s.sort_order, s.name_da))
        }
        staff = {s.id: f"{s.initials} – {s.name}" for s in uow.reference.staff()}
        categories: dict[str, str] = {}
        schemes: dict[str, str] = {}
        for scheme in uow.visitation.schemes():
            schemes.setdefault(scheme.code, scheme.label_da)
            for category in scheme.categories:
                categories.setdefault(category.code, category.label_da)
        targets = {t.code: t.label_da for t in uow.visitation.referral_targets()}
        target_groups = target_group_labels(uow)
        trades = {
            t.code: (t.label_en if english and t.label_en else t.label_da)
            for t in uow.jobshop.trade_areas()
        }
    return Labels(
        sites=sites,
        own_site=own_site,
        names={
            "support_basis": bases,
            "service": services,
            "staff": staff,
            "scheme": schemes,
            "category": categories,
            "target": {
                **targets,
                "jobcenter_team": targets.get(
                    "jobcenter_team",
                    QCoreApplication.translate("ManagementLabels", "Jobcenterteam"),
                ),
            },
            "trade_area": trades,
            "target_group": target_groups,
            "site": sites,
            "meeting": {k.value: k.label_da for k in MeetingKind},
            "job_outcome": {o.value: o.label_da for o in ReferralOutcome},
            "topic": {t.value: t.label_da for t in AdviceTopic},
            "hearing_outcome": {
                "indstilling_sendt": QCoreApplication.translate(
                    "ManagementLabels", "Indstilling sendt"
                ),
                "underretning_sendt": QCoreApplication.translate(
                    "ManagementLabels", "Underretning sendt"
                ),
                "rimelig_grund": QCoreApplication.translate("ManagementLabels", "Rimelig grund"),
            },
            "kvik_status": {
                "open": QCoreApplication.translate("ManagementLabels", "Åben"),
                "fulfilled": QCoreApplication.translate("ManagementLabels", "Opfyldt"),
                "cancelled": QCoreApplication.translate("ManagementLabels", "Annulleret"),
            },
        },
    )
