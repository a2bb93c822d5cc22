"""Importing Jobnet's CV statuses from a file: good rows are kept, a wrong CPR, an unknown
citizen, a broken row or a stale date is reported with its line in Danish; a file that
cannot be read as a whole imports nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.jobnet.cv_import import CvStatusImport
from app.jobnet.export_file import JobnetExportFile, JobnetFileError
from app.jobnet.records import CvStatusKind
from app.jobnet.service import JobnetService
from app.security.roles import PermissionDeniedError
from tests.app.conftest import Clock
from tests.app.visitation.conftest import VisitationDesk, make_desk


def test_good_rows_are_imported_and_bad_ones_named_by_line(
    job_shop: VisitationDesk, importer: CvStatusImport, jobnet: JobnetService, tmp_path: Path
) -> None:
    ali, bo = job_shop.citizen(name="Ali"), job_shop.citizen(name="Bo")
    path = tmp_path / "jobnet.csv"
    path.write_text(
        "cpr;status;dato\n"
        f"{ali.cpr[:6]}-{ali.cpr[6:]};På Jobnet;20.11.2026\n"
        "3102901234;godkendt;2026-11-20\n"  # 31 February
        "0101010101;godkendt;2026-11-20\n"  # a valid CPR nobody registered
        f"{bo.cpr};måske;2026-11-20\n"
        f"{bo.cpr};godkendt\n"
        "\n"
        f"{bo.cpr};godkendt;2026-11-23\n",
        encoding="utf-8",
    )
    plan = importer.plan(JobnetExportFile(path, today=dt.date(2026, 11, 24)))
    assert [r.line for r in plan.accepted] == [2, 8]
    reasons = {r.line: r.reason for r in plan.rejected}
    assert reasons[3].startswith("Linje 3: Datoen i CPR-nummeret (31.02.90) findes ikke")
    assert reasons[4] == "Linje 4: Ingen borger med CPR-nummeret 010101-xxxx er registreret."
    assert reasons[5].startswith("Linje 5: Status «måske» kendes ikke")
    assert reasons[6] == "Linje 6: Rækken har 2 felter, men overskriften har 3."
    assert importer.run(plan) == 2
    ali_cv, bo_cv = jobnet.card(ali.id).cv, jobnet.card(bo.id).cv
    assert ali_cv is not None and ali_cv.status is CvStatusKind.ON_JOBNET
    assert bo_cv is not None and bo_cv.status is CvStatusKind.APPROVED
    assert (bo_cv.approved_on, bo_cv.approved_by) == (dt.date(2026, 11, 23), "")

    # the same file again: nothing new, and an older row than what is known is refused
    again = importer.plan(JobnetExportFile(path, today=dt.date(2026, 11, 24)))
    assert [r.line for r in again.accepted] == [2, 8]
    older = tmp_path / "older.json"
    older.write_text(
        f'{{"cv": [{{"cpr": "{bo.cpr}", "status": "på jobnet", "dato": "2026-11-01"}}, 7]}}',
        encoding="utf-8",
    )
    stale = importer.plan(JobnetExportFile(older, today=dt.date(2026, 11, 24)))
    assert stale.accepted == ()
    assert [r.reason for r in stale.rejected] == [
        "Linje 1: Der er en nyere CV-status fra 23.11.2026; rækken fra 01.11.2026 er ikke brugt.",
        "Linje 2: Elementet er ikke et JSON-objekt.",
    ]


def test_a_file_without_the_columns_imports_nothing(
    importer: CvStatusImport, tmp_path: Path
) -> None:
    path = tmp_path / "cv.csv"
    path.write_text("personnummer;status\n0101010101;ingen\n", encoding="utf-8")
    with pytest.raises(JobnetFileError, match="mangler kolonnerne: cpr, dato"):
        importer.plan(JobnetExportFile(path))
    path.write_bytes("cpr;status;dato\n".encode("latin-1") + b"\xe6\n")
    with pytest.raises(JobnetFileError, match="UTF-8"):
        importer.plan(JobnetExportFile(path))


def test_a_receptionist_may_not_import(
    job_shop: VisitationDesk, clock: Clock, tmp_path: Path
) -> None:
    reception = make_desk(job_shop.store, clock, staff="mus-bbj", counter=1)
    importer = CvStatusImport(reception.store.unit_of_work, reception.bus, reception.workstation)
    path = tmp_path / "cv.csv"
    path.write_text("cpr;status;dato\n", encoding="utf-8")
    with pytest.raises(PermissionDeniedError, match="registrere en CV-status"):
        importer.plan(JobnetExportFile(path))
