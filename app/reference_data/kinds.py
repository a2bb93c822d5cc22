"""The kinds an administrator may edit: their columns and the key that names a row."""

from __future__ import annotations

from app.entities import SupportBasis
from app.errors import Phrase
from app.reference_data.model import Column, ColumnType, Kind, KindSpec

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
ALL_SITES = ""  # a row for every site that has none of its own
# The shared telephone entrance (the call-center of the 2006 agreement, §1.3) is not a site
# but has opening hours of its own, longer than the sites': its rows use this code.
PHONE_ENTRANCE = "TLF"
# app/visitation/targets.py's Placement values and first anchor, spelled out here so that
# registration (which reads support bases) does not depend on visitation; a test keeps
# them equal.
PLACEMENTS = ("own_site", "specialist", "chosen_site", "outside")
HOME_TARGET = "jobcenter_team"

_T, _C, _I, _B = ColumnType.TEXT, ColumnType.CODE, ColumnType.INTEGER, ColumnType.BOOLEAN

SPECS: dict[Kind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            Kind.QUEUE_THRESHOLDS,
            Phrase("Køens grænser"),
            (
                Column("site_code", Phrase("Afdeling"), _C, required=False),
                Column(
                    "warn_minutes", Phrase("Advarsel (min)"), _I, minimum=1, maximum=240, default=10
                ),
                Column(
                    "limit_minutes", Phrase("Grænse (min)"), _I, minimum=1, maximum=480, default=15
                ),
            ),
            ("site_code",),
        ),
        KindSpec(
            Kind.OPENING_HOURS,
            Phrase("Åbningstider"),
            (
                Column("site_code", Phrase("Afdeling"), _C),
                Column("weekday", Phrase("Ugedag"), ColumnType.CHOICE, choices=WEEKDAYS),
                Column("opens", Phrase("Åbner"), ColumnType.TIME, default="09:00"),
                Column("closes", Phrase("Lukker"), ColumnType.TIME, default="15:00"),
            ),
            ("site_code", "weekday"),
        ),
        KindSpec(
            Kind.REFERRAL_TARGETS,
            Phrase("Henvisningsmål"),
            (
                Column("code", Phrase("Kode"), _C),
                Column("label_da", Phrase("Navn"), _T),
                Column(
                    "placement",
                    Phrase("Placering"),
                    ColumnType.CHOICE,
                    choices=PLACEMENTS,
                    default="outside",
                ),
                Column("can_anchor", Phrase("Kan være ansvarlig enhed"), _B, default=False),
                Column("specialist_function", Phrase("Specialfunktion"), _T, required=False),
                Column("ticket_service", Phrase("Kø i dag"), _C, required=False),
                Column("selectable", Phrase("Kan vælges"), _B, default=True),
            ),
            ("code",),
        ),
        KindSpec(
            Kind.TARGET_GROUPS,
            Phrase("Målgrupper"),
            (
                Column("group", Phrase("Målgruppe"), _C),
                Column("label_da", Phrase("Navn"), _T),
                Column(
                    "support_basis",
                    Phrase("Forsørgelsesgrundlag"),
                    ColumnType.CODES,
                    required=False,
                ),
                Column("category", Phrase("Kategori"), ColumnType.CODES, required=False),
            ),
            ("group", "support_basis", "category"),
        ),
        KindSpec(
            Kind.SUPPORT_BASES,
            Phrase("Forsørgelsesgrundlag"),
            (
                Column("code", Phrase("Kode"), _C),
                Column("label_da", Phrase("Navn (dansk)"), _T),
                Column("label_en", Phrase("Navn (engelsk)"), _T),
                Column("valid_from", Phrase("Gælder fra"), ColumnType.DATE, required=False),
                Column("valid_to", Phrase("Gælder til"), ColumnType.DATE, required=False),
                Column("primary_visitation", Phrase("Primærvisitation straks"), _B, default=False),
                Column("akasse_report", Phrase("Indberettes til a-kasse"), _B, default=False),
            ),
            ("code",),
        ),
        # The job shop's self-service PCs (app/selfservice): a site's PCs by their code.
        KindSpec(
            Kind.SELFSERVICE_PCS,
            Phrase("Selvbetjenings-pc'er"),
            (
                Column("site_code", Phrase("Afdeling"), _C),
                Column("code", Phrase("Kode"), _C),
                Column("label_da", Phrase("Navn"), _T),
                Column("in_use", Phrase("I brug"), _B, default=True),
            ),
            ("site_code", "code"),
        ),
        # Which site answers for a trade area (fagområdeansvar, the 2006 agreement §1.1):
        # a job order lands at that site's job shop and must be taken within the hours.
        KindSpec(
            Kind.TRADE_AREA_SITES,
            Phrase("Fagområdeansvar"),
            (
                Column("trade_area", Phrase("Branche"), _C),
                Column("site_code", Phrase("Afdeling"), _C),
                Column(
                    "pickup_hours",
                    Phrase("Tages inden (timer)"),
                    _I,
                    minimum=1,
                    maximum=168,
                    default=4,
                ),
            ),
            ("trade_area",),
        ),
    )
}

# What a known support basis does until the data says otherwise (the enum's old rules).
KNOWN_BASIS_FLAGS: dict[str, tuple[bool, bool]] = {
    b.value: (b.is_uninsured_unemployed, b is SupportBasis.INSURED) for b in SupportBasis
}
