"""Importing job orders: bad rows reported with line and reason, nothing half-imported (item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.jobshop.vacancy_file import ImportFileError
from app.jobshop.vacancy_import import ImportAbortedError, VacancyImportService
from app.security.roles import PermissionDeniedError
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.jobshop.conftest import JobDesk, make_job_desk

HEADER = "jobordre_id;virksomhed;cvr;titel;branche;arbejdssted;arbejdstid;krav;frist;antal;kontakt"


def _importer(jobs: JobDesk) -> VacancyImportService:
    return VacancyImportService(
        jobs.store.unit_of_work, jobs.bus, jobs.workstation, clock=jobs.clock
    )


def _outbox(jobs: JobDesk) -> int:
    with jobs.store.unit_of_work() as uow:
        return uow.outbox.pending_count()


def test_good_rows_are_imported_together_and_bad_rows_are_reported(
    jobs: JobDesk, tmp_path: Path
) -> None:
    existing = jobs.companies.register("DSV A/S", cvr="13585628")
    path = tmp_path / "jobordrer.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "J-1;DSV A/S;13585628;Truckfører;Industri, lager, transport og service;"
                "Hedehusene;37 t/uge;Truckcertifikat;15.12.2026;2;AAN",
                "J-2;Bageriet Valby;;Bagerimedhjælper;butik_handel_kontor;Valby;;;2026-12-20;;",
                "J-3;Bageriet Valby;;Ekspedient;butik_handel_kontor;Valby;;;2026-12-21;1;",
                "J-4;Fiskehuset;;Fisker;fiskeri;Hvide Sande;;;2026-12-20;1;",  # unknown trade area
                "J-5;Netto;;Kasse;butik_handel_kontor;Valby;;;31.02.2026;1;",  # no such date
                "J-6;Netto;;Kasse;butik_handel_kontor;Valby;;;2026-11-01;1;",  # deadline passed
                "J-7;Netto;12345678;Kasse;butik_handel_kontor;Valby;;;2026-12-01;1;",  # bad CVR
                "J-1;DSV A/S;13585628;Truckfører igen;sosu;Hedehusene;;;2026-12-15;1;",  # twice
                "J-8;Netto;;Kasse;butik_handel_kontor;Valby;;;2026-12-01;x;",  # not a number
                "J-9;Netto;;;butik_handel_kontor;Valby;;;2026-12-01;1;",  # no title
                "J-10;Netto;;Kasse;butik_handel_kontor;Valby;;;2026-12-01;1;XYZ",  # no such staff
            ]
        ),
        encoding="utf-8-sig",
    )
    before = _outbox(jobs)
    importer = _importer(jobs)
    seen: list[tuple[int, int]] = []
    plan = importer.plan(path, progress=lambda done, total: seen.append((done, total)))
    assert [r.line for r in plan.accepted] == [2, 3, 4]
    reasons = {r.line: r.reason for r in plan.rejected}
    assert reasons == {
        5: "Branchen «fiskeri» kendes ikke.",
        6: "Fristen «31.02.2026» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).",
        7: "Ansøgningsfristen 01.11.2026 er allerede overskredet.",
        8: "CVR-nummeret «12345678» er ikke gyldigt (8 cifre med korrekt kontrolciffer).",
        9: "Jobordren «J-1» er allerede importeret.",
        10: "Antal stillinger «x» er ikke et helt tal.",
        11: "Feltet «titel» skal udfyldes.",
        12: "Kontaktkonsulenten «XYZ» kendes ikke (id eller initialer).",
    }
    assert seen[-1] == (11, 11)
    assert plan.new_companies == 1  # Bageriet once; DSV was known
    # The check left nothing behind.
    assert jobs.vacancies.search(include_closed=True) == [] and _outbox(jobs) == before

    assert importer.run(plan) == 3
    lines = jobs.vacancies.search()
    assert [(ln.vacancy.title, ln.vacancy.source_ref) for ln in lines] == [
        ("Truckfører", "J-1"),
        ("Bagerimedhjælper", "J-2"),
        ("Ekspedient", "J-3"),
    ]
    truck = lines[0].vacancy
    assert (truck.company_id, truck.positions, truck.contact_staff_id) == (existing, 2, "mus-aan")
    assert lines[1].vacancy.company_id == lines[2].vacancy.company_id  # one new company
    assert _outbox(jobs) == before + 4  # 1 company + 3 vacancies, ready to sync


def test_an_import_that_meets_a_changed_store_imports_nothing(
    jobs: JobDesk, tmp_path: Path
) -> None:
    jobs.companies.register("Netto")
    path = tmp_path / "jobordrer.json"
    orders = [
        {
            "jobordre_id": f"J-{i}",
            "virksomhed": "Netto",
            "titel": f"Job {i}",
            "branche": "butik_handel_kontor",
            "arbejdssted": "Valby",
            "frist": "2026-12-20",
        }
        for i in range(1, 4)
    ]
    path.write_text(json.dumps({"jobordrer": orders}), encoding="utf-8")
    importer = _importer(jobs)
    plan = importer.plan(path)
    assert len(plan.accepted) == 3 and plan.rejected == ()
    # Meanwhile a colleague imports J-3 from another file.
    other = tmp_path / "other.json"
    other.write_text(json.dumps([orders[2]]), encoding="utf-8")
    importer.run(importer.plan(other))
    with pytest.raises(ImportAbortedError, match="intet er importeret: Jobordren «J-3»"):
        importer.run(plan)
    assert [ln.vacancy.source_ref for ln in jobs.vacancies.search()] == ["J-3"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", "virksomhed;titel\nX;Y", "mangler kolonnerne: branche, arbejdssted, frist"),
        ("a.csv", HEADER + ";løn\n", "Ukendte kolonner i overskriften: løn"),
        ("a.json", "{not json", r"JSON-filen kan ikke læses \(linje 1\)"),
        ("a.json", '{"x": 1}', "skal være en liste"),
        ("a.csv", "", "Filen er tom"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(
    jobs: JobDesk, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        _importer(jobs).plan(path)


def test_latin1_files_are_refused_with_a_reason(jobs: JobDesk, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes((HEADER + "\n;Købmand;").encode("latin-1"))
    with pytest.raises(ImportFileError, match="UTF-8"):
        _importer(jobs).plan(path)


def test_receptionists_do_not_import(store: LocalStore, clock: Clock, tmp_path: Path) -> None:
    receptionist = make_job_desk(store, clock, staff="mus-bbj")
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    with pytest.raises(PermissionDeniedError):
        _importer(receptionist).plan(path)
