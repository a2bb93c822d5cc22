"""The production figures (app/management_info/figures.py) as the dashboard's sections.

Each section sums the figures' rows over the sites shown, by the breakdown that section
is about (support basis, category, target …), and carries the target drawn in where the
figures have one. The numbers are the figures' own sums: nothing is estimated here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.management_info.figures import FigureRow, Measure, ProductionFigures
from app.management_info.figures import Section as Part
from ui.formats import format_date, format_percent
from ui.management_info.labels import Labels
from ui.management_info.sections import Column, Line, Section, Target

Key = Callable[[FigureRow], str]


def _sums(rows: Iterable[FigureRow], key: Key) -> dict[tuple[str, Measure], int]:
    sums: dict[tuple[str, Measure], int] = {}
    for row in rows:
        k = (key(row), row.measure)
        sums[k] = sums.get(k, 0) + row.value
    return sums


def _order(found: Iterable[str], known: Sequence[str], everyone: bool) -> list[str]:
    """Known codes in their reference order (all of them when `everyone`), then the rest."""
    found_set = set(found)
    first = [c for c in known if everyone or c in found_set]
    return first + sorted(found_set - set(first))


class _Builder:
    def __init__(self, figures: ProductionFigures, labels: Labels, sites: Sequence[str]) -> None:
        self.figures = figures
        self.labels = labels
        self.sites = tuple(sites)

    def rows(self, part: Part) -> list[FigureRow]:
        return [r for r in self.figures.of(part) if r.site_code in self.sites]

    def counts(
        self,
        part: Part,
        key: Key,
        measures: Sequence[tuple[Measure, str]],
        label: Callable[[str], str],
        known: Sequence[str] = (),
        everyone: bool = False,
    ) -> tuple[list[str], list[Line]]:
        sums = _sums(self.rows(part), key)
        codes = _order((code for code, _m in sums), known, everyone)
        lines = [
            Line(label(code), tuple(float(sums.get((code, m), 0)) for m, _t in measures))
            for code in codes
        ]
        return codes, lines

    def by_site(self, part: Part, measures: Sequence[Measure]) -> list[tuple[str, list[int]]]:
        sums = _sums(self.rows(part), lambda r: r.site_code)
        return [(site, [sums.get((site, m), 0) for m in measures]) for site in self.sites]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def sections_of(
    figures: ProductionFigures, labels: Labels, sites: Sequence[str] | None = None
) -> tuple[Section, ...]:
    """The dashboard's sections for `sites` (None: every site the figures cover)."""
    shown = tuple(sites) if sites is not None else figures.sites
    b = _Builder(figures, labels, shown)
    names = labels.names
    out: list[Section] = []

    _codes, lines = b.counts(
        Part.REGISTRATION,
        lambda r: r.breakdown,
        [(Measure.VISITS, QCoreApplication.translate("ManagementInfo", "Henvendelser"))],
        lambda c: labels.name("support_basis", c),
        known=list(names.get("support_basis", {})),
        everyone=True,
    )
    out.append(
        Section(
            "registrations",
            QCoreApplication.translate("ManagementInfo", "Henvendelser efter forsørgelsesgrundlag"),
            QCoreApplication.translate("ManagementInfo", "Forsørgelsesgrundlag"),
            (Column(QCoreApplication.translate("ManagementInfo", "Henvendelser")),),
            tuple(lines),
        )
    )

    groups = _sums(b.rows(Part.REGISTRATION), lambda r: r.group)
    if any(code for code, _m in groups):  # from the reform (2027): target groups
        _codes, lines = b.counts(
            Part.REGISTRATION,
            lambda r: r.group,
            [(Measure.VISITS, "")],
            lambda c: labels.name("target_group", c),
            known=list(names.get("target_group", {})),
            everyone=True,
        )
        out.append(
            Section(
                "target_groups",
                QCoreApplication.translate("ManagementInfo", "Henvendelser efter målgruppe"),
                QCoreApplication.translate("ManagementInfo", "Målgruppe"),
                (Column(QCoreApplication.translate("ManagementInfo", "Henvendelser")),),
                tuple(lines),
                note=QCoreApplication.translate(
                    "ManagementInfo",
                    "Målgruppen på besøgsdagen efter forsørgelsesgrundlag og seneste kategori.",
                ),
            )
        )

    decisions = _sums(b.rows(Part.VISITATION), lambda r: f"{r.group}\t{r.breakdown}")
    keys = sorted({k for k, _m in decisions})
    one_scheme = len({k.split("\t")[0] for k in keys}) <= 1  # then the category says it

    def decision_label(key: str) -> str:
        scheme, category = key.split("\t")
        if one_scheme:
            return labels.name("category", category)
        return (
            QCoreApplication.translate("ManagementInfo", "%1 (%2)")
            .replace("%1", labels.name("category", category))
            .replace("%2", labels.name("scheme", scheme))
        )

    out.append(
        Section(
            "visitation",
            QCoreApplication.translate(
                "ManagementInfo", "Primærvisitation efter skema og kategori"
            ),
            QCoreApplication.translate("ManagementInfo", "Kategori"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Afgørelser")),
                Column(QCoreApplication.translate("ManagementInfo", "Afveget")),
                Column(
                    QCoreApplication.translate("ManagementInfo", "Andel afveget"),
                    share=True,
                    charted=False,
                ),
            ),
            tuple(
                Line(
                    decision_label(k),
                    (
                        float(d := decisions.get((k, Measure.DECISIONS), 0)),
                        float(a := decisions.get((k, Measure.DEPARTED), 0)),
                        _share(a, d),
                    ),
                )
                for k in keys
            ),
            note=QCoreApplication.translate(
                "ManagementInfo",
                "Afveget: rådgiveren valgte en anden kategori end skemaets forslag.",
            ),
        )
    )

    _codes, lines = b.counts(
        Part.REFERRAL,
        lambda r: r.breakdown,
        [(Measure.REFERRALS, ""), (Measure.RE_REFERRALS, "")],
        lambda c: labels.name("target", c),
        known=list(names.get("target", {})),
    )
    out.append(
        Section(
            "referrals",
            QCoreApplication.translate("ManagementInfo", "Henvisninger efter modtager"),
            QCoreApplication.translate("ManagementInfo", "Modtager"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Henvisninger")),
                Column(QCoreApplication.translate("ManagementInfo", "Viderevisitationer")),
            ),
            tuple(lines),
            note=QCoreApplication.translate(
                "ManagementInfo", "Viderevisitation: henvisningen flyttede sagens ansvarlige enhed."
            ),
        )
    )

    meeting = [Measure.BOOKED, Measure.ATTENDED, Measure.ABSENT, Measure.CANCELLED]
    _codes, lines = b.counts(
        Part.MEETING,
        lambda r: r.group,
        [(m, "") for m in meeting],
        lambda c: labels.name("meeting", c),
        known=list(names.get("meeting", {})),
        everyone=True,
    )
    out.append(
        Section(
            "meetings",
            QCoreApplication.translate("ManagementInfo", "Gruppemøder"),
            QCoreApplication.translate("ManagementInfo", "Møde"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Booket")),
                Column(QCoreApplication.translate("ManagementInfo", "Fremmødt")),
                Column(QCoreApplication.translate("ManagementInfo", "Udeblevet")),
                Column(QCoreApplication.translate("ManagementInfo", "Aflyst"), charted=False),
            ),
            tuple(lines),
        )
    )

    hearing = [Measure.OPENED, Measure.CONCLUDED, Measure.KEPT]
    hearing_lines = [
        Line(
            labels.site(site),
            (float(o), float(c), float(k), _share(k, c)),
        )
        for site, (o, c, k) in b.by_site(Part.HEARING, hearing)
    ]
    out.append(
        Section(
            "hearings",
            QCoreApplication.translate("ManagementInfo", "Partshøringer og frister"),
            QCoreApplication.translate("ManagementInfo", "Afdeling"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Åbnet")),
                Column(QCoreApplication.translate("ManagementInfo", "Afsluttet")),
                Column(QCoreApplication.translate("ManagementInfo", "Frist overholdt")),
                Column(
                    QCoreApplication.translate("ManagementInfo", "Andel til tiden"),
                    share=True,
                    charted=False,
                ),
            ),
            tuple(hearing_lines),
            note=QCoreApplication.translate(
                "ManagementInfo", "Frist overholdt: afsluttet senest %1 dage efter borgerens frist."
            ).replace("%1", str(figures.targets.hearing_conclusion_days)),
        )
    )

    _codes, lines = b.counts(
        Part.JOB_REFERRAL,
        lambda r: r.breakdown,
        [(Measure.REFERRALS, "")],
        lambda c: labels.name("job_outcome", c),
        known=list(names.get("job_outcome", {})),
        everyone=True,
    )
    out.append(
        Section(
            "job_referrals",
            QCoreApplication.translate(
                "ManagementInfo", "Jobbutik: henvisninger til job og udfald"
            ),
            QCoreApplication.translate("ManagementInfo", "Udfald"),
            (Column(QCoreApplication.translate("ManagementInfo", "Henvisninger")),),
            tuple(lines),
        )
    )

    kvik_rows = b.rows(Part.KVIK)
    kvik_lines = []
    for site in shown:
        mine = [r for r in kvik_rows if r.site_code == site]
        requests = sum(r.value for r in mine if r.measure is Measure.REQUESTS)
        fulfilled = sum(
            r.value for r in mine if r.measure is Measure.REQUESTS and r.breakdown == "fulfilled"
        )
        in_time = sum(r.value for r in mine if r.measure is Measure.MET_IN_TIME)
        kvik_lines.append(
            Line(
                labels.site(site),
                (float(requests), float(fulfilled), float(in_time), _share(in_time, requests)),
            )
        )
    target = figures.targets.kvik_met_share
    out.append(
        Section(
            "kvik",
            QCoreApplication.translate("ManagementInfo", "Kvikservice opfyldt inden for fristen"),
            QCoreApplication.translate("ManagementInfo", "Afdeling"),
            (
                Column(
                    QCoreApplication.translate("ManagementInfo", "Forespørgsler"), charted=False
                ),
                Column(QCoreApplication.translate("ManagementInfo", "Opfyldt"), charted=False),
                Column(
                    QCoreApplication.translate("ManagementInfo", "Opfyldt til tiden"), charted=False
                ),
                Column(QCoreApplication.translate("ManagementInfo", "Andel til tiden"), share=True),
            ),
            tuple(kvik_lines),
            Target(
                target,
                QCoreApplication.translate("ManagementInfo", "Mål: %1").replace(
                    "%1", format_percent(target)
                ),
            ),
            note=QCoreApplication.translate(
                "ManagementInfo", "Fristen: samme klokkeslæt næste arbejdsdag."
            ),
        )
    )

    _codes, lines = b.counts(
        Part.ADVICE,
        lambda r: r.breakdown,
        [(Measure.SESSIONS, ""), (Measure.MINUTES, "")],
        lambda c: labels.name("topic", c),
        known=list(names.get("topic", {})),
        everyone=True,
    )
    out.append(
        Section(
            "advice",
            QCoreApplication.translate("ManagementInfo", "Åben rådgivning efter emne"),
            QCoreApplication.translate("ManagementInfo", "Emne"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Samtaler")),
                Column(QCoreApplication.translate("ManagementInfo", "Minutter"), charted=False),
            ),
            tuple(lines),
        )
    )

    course = _course_section(b, labels)
    if course is not None:
        out.append(course)

    out.extend(_queue_sections(b, labels))
    if figures.per_staff:
        out.append(_staff_section(b, labels))
    return tuple(out)


def _course_section(b: _Builder, labels: Labels) -> Section | None:
    """The contact course per site on the figures' day, against the share to be on track
    (None before the reform: no course to count)."""
    rows = b.rows(Part.CONTACT_COURSE)
    if not rows:
        return None
    measures = [Measure.IN_COURSE, Measure.ON_TRACK, Measure.EXEMPTED]
    lines = [
        Line(labels.site(site), (float(n), float(on), float(ex), _share(on, n)))
        for site, (n, on, ex) in b.by_site(Part.CONTACT_COURSE, measures)
    ]
    target = b.figures.targets.contact_course_share
    day = max(r.day for r in rows)
    return Section(
        "contact_course",
        QCoreApplication.translate("ManagementInfo", "Kontaktforløb: borgere på sporet"),
        QCoreApplication.translate("ManagementInfo", "Afdeling"),
        (
            Column(QCoreApplication.translate("ManagementInfo", "I forløb"), charted=False),
            Column(QCoreApplication.translate("ManagementInfo", "På sporet"), charted=False),
            Column(QCoreApplication.translate("ManagementInfo", "Fritaget"), charted=False),
            Column(QCoreApplication.translate("ManagementInfo", "Andel på sporet"), share=True),
        ),
        tuple(lines),
        Target(
            target,
            QCoreApplication.translate("ManagementInfo", "Mål: %1").replace(
                "%1", format_percent(target)
            ),
        ),
        note=QCoreApplication.translate(
            "ManagementInfo",
            "Status %1: jobparate i forløbets første måneder; på sporet: forfaldne samtaler holdt.",
        ).replace("%1", format_date(day)),
    )


def _queue_sections(b: _Builder, labels: Labels) -> list[Section]:
    measures = [
        Measure.ARRIVALS,
        Measure.SERVED,
        Measure.NO_SHOWS,
        Measure.CALLED,
        Measure.CALLED_IN_TIME,
        Measure.WAIT_SECONDS,
    ]
    sums = _sums(b.rows(Part.QUEUE), lambda r: r.unit)
    codes = _order((c for c, _m in sums), list(labels.names.get("service", {})), False)
    counts: list[Line] = []
    waits: list[Line] = []
    for code in codes:
        arrivals, served, no_shows, called, in_time, wait = (
            sums.get((code, m), 0) for m in measures
        )
        name = labels.name("service", code)
        counts.append(Line(name, (float(arrivals), float(served), float(no_shows))))
        mean = wait / called / 60 if called else None
        waits.append(Line(name, (mean, _share(in_time, called))))
    limit = b.figures.targets.queue_limit_minutes
    level = b.figures.targets.queue_service_level_minutes
    return [
        Section(
            "queue",
            QCoreApplication.translate("ManagementInfo", "Kø: ankomster og betjening"),
            QCoreApplication.translate("ManagementInfo", "Kø"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Ankomster")),
                Column(QCoreApplication.translate("ManagementInfo", "Betjent")),
                Column(QCoreApplication.translate("ManagementInfo", "Ikke mødt")),
            ),
            tuple(counts),
        ),
        Section(
            "queue_wait",
            QCoreApplication.translate("ManagementInfo", "Kø: ventetid"),
            QCoreApplication.translate("ManagementInfo", "Kø"),
            (
                Column(QCoreApplication.translate("ManagementInfo", "Gns. ventetid (min)")),
                Column(
                    QCoreApplication.translate("ManagementInfo", "Serviceniveau"),
                    share=True,
                    charted=False,
                ),
            ),
            tuple(waits),
            Target(
                float(limit),
                QCoreApplication.translate("ManagementInfo", "Grænse: %1 min").replace(
                    "%1", str(limit)
                ),
            ),
            note=QCoreApplication.translate(
                "ManagementInfo", "Serviceniveau: andel kaldt inden for %1 minutter."
            ).replace("%1", str(level)),
        ),
    ]


STAFF_MEASURES: tuple[tuple[Part, Measure, object], ...] = (
    (Part.REGISTRATION, Measure.VISITS, QT_TRANSLATE_NOOP("ManagementInfo", "Henvendelser")),
    (Part.VISITATION, Measure.DECISIONS, QT_TRANSLATE_NOOP("ManagementInfo", "Afgørelser")),
    (Part.REFERRAL, Measure.REFERRALS, QT_TRANSLATE_NOOP("ManagementInfo", "Henvisninger")),
    (Part.MEETING, Measure.BOOKED, QT_TRANSLATE_NOOP("ManagementInfo", "Booket")),
    (Part.HEARING, Measure.CONCLUDED, QT_TRANSLATE_NOOP("ManagementInfo", "Høringer afsluttet")),
    (Part.JOB_REFERRAL, Measure.REFERRALS, QT_TRANSLATE_NOOP("ManagementInfo", "Jobhenvisninger")),
    (Part.KVIK, Measure.REQUESTS, QT_TRANSLATE_NOOP("ManagementInfo", "Kvikservice")),
    (Part.ADVICE, Measure.SESSIONS, QT_TRANSLATE_NOOP("ManagementInfo", "Samtaler")),
    (Part.QUEUE, Measure.CALLED, QT_TRANSLATE_NOOP("ManagementInfo", "Kaldt i køen")),
)


def _staff_section(b: _Builder, labels: Labels) -> Section:
    """Per staff member: what each did in the period (supervisors only)."""
    sums: dict[tuple[str, Part, Measure], int] = {}
    for part, measure, _title in STAFF_MEASURES:
        for row in b.rows(part):
            if row.measure is measure and row.staff_id:
                k = (row.staff_id, part, measure)
                sums[k] = sums.get(k, 0) + row.value
    named = {s.staff_id: f"{s.initials} – {s.name}" for s in b.figures.staff}

    def name(staff_id: str) -> str:
        return named.get(staff_id) or labels.name("staff", staff_id)

    staff = sorted({k[0] for k in sums}, key=name)
    return Section(
        "staff",
        QCoreApplication.translate("ManagementInfo", "Pr. medarbejder"),
        QCoreApplication.translate("ManagementInfo", "Medarbejder"),
        tuple(
            Column(QCoreApplication.translate("ManagementInfo", str(title)), charted=False)
            for _p, _m, title in STAFF_MEASURES
        ),
        tuple(
            Line(
                name(s),
                tuple(float(sums.get((s, p, m), 0)) for p, m, _t in STAFF_MEASURES),
            )
            for s in staff
        ),
    )
