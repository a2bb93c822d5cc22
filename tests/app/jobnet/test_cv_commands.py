"""approve_cv and record_cv_status: the card's CV status, who approved it and when, the
same command twice changes nothing, a receptionist may not approve, a stale report is
refused; the joblog duty follows the scheme of the decision; orientation ticks show."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.commands.envelope import new_id
from app.errors import ConflictError, ValidationError
from app.jobnet.records import SOURCE_DESK, CvStatusKind
from app.jobnet.service import JobnetService
from app.security.roles import PermissionDeniedError
from app.visitation.seed import load_visitation_seed
from app.visitation.visitation_service import OrientationAnswer
from tests.app.conftest import Clock
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for


def report(desk: VisitationDesk, citizen_id: str, status: str, day: str) -> dict[str, object]:
    envelope = desk.visitation._envelope(
        "record_cv_status",
        {"report_id": new_id(), "citizen_id": citizen_id, "status": status, "status_date": day},
    )
    return desk.bus.execute_one(envelope)


def test_a_counsellor_approves_a_cv_on_jobnet_once(
    job_shop: VisitationDesk, jobnet: JobnetService
) -> None:
    citizen = job_shop.citizen()
    with pytest.raises(ValidationError, match="intet CV på Jobnet"):
        jobnet.approve_cv(citizen.id)
    report(job_shop, citizen.id, "paa_jobnet", "2026-11-20")
    assert jobnet.approve_cv(citizen.id) == dt.date(2026, 11, 24)
    card = jobnet.card(citizen.id)
    assert card.cv is not None and card.cv.status is CvStatusKind.APPROVED
    assert (card.cv.cv_date, card.cv.approved_on) == (dt.date(2026, 11, 20), dt.date(2026, 11, 24))
    assert (card.cv.approved_by, card.cv.source) == ("mus-aan", SOURCE_DESK)
    assert card.approved_by_name == "Åse Andersen"
    with pytest.raises(ConflictError, match="allerede godkendt den 24.11.2026"):
        jobnet.approve_cv(citizen.id)


def test_the_same_approval_twice_takes_effect_once(
    job_shop: VisitationDesk, jobnet: JobnetService, clock: Clock
) -> None:
    citizen = job_shop.citizen()
    report(job_shop, citizen.id, "paa_jobnet", "2026-11-20")
    envelope = job_shop.visitation._envelope(
        "approve_cv", {"approval_id": new_id(), "citizen_id": citizen.id}
    )
    first = job_shop.bus.execute_one(envelope)
    clock.advance(days=1)
    assert job_shop.bus.execute_one(envelope) == first  # the stored result, nothing new
    card = jobnet.card(citizen.id)
    assert card.cv is not None and card.cv.approved_on == dt.date(2026, 11, 24)
    with job_shop.store.unit_of_work() as uow:
        assert uow.outbox.pending_count() >= 1
        audited = [e for _n, e in uow.outbox.pending() if e.name == "approve_cv"]
    assert len(audited) == 1  # one change to sync


def test_a_receptionist_may_not_approve(job_shop: VisitationDesk, clock: Clock) -> None:
    citizen = job_shop.citizen()
    report(job_shop, citizen.id, "paa_jobnet", "2026-11-20")
    reception = make_desk(job_shop.store, clock, staff="mus-bbj", counter=1)
    with pytest.raises(PermissionDeniedError, match="godkende et CV"):
        JobnetService(reception.visitation).approve_cv(citizen.id)


def test_reports_keep_the_newest_and_a_new_cv_needs_a_new_approval(
    job_shop: VisitationDesk, jobnet: JobnetService
) -> None:
    citizen = job_shop.citizen()
    assert report(job_shop, citizen.id, "paa_jobnet", "2026-11-20")["changed"] is True
    assert report(job_shop, citizen.id, "paa_jobnet", "2026-11-20")["changed"] is False
    jobnet.approve_cv(citizen.id)
    with pytest.raises(ConflictError, match="nyere CV-status fra 24.11.2026"):
        report(job_shop, citizen.id, "paa_jobnet", "2026-11-21")
    with pytest.raises(ValidationError, match="i fremtiden"):
        report(job_shop, citizen.id, "paa_jobnet", "2026-11-25")
    report(job_shop, citizen.id, "paa_jobnet", "2026-11-24")  # updated after the approval
    cv = jobnet.card(citizen.id).cv
    assert cv is not None and cv.status is CvStatusKind.ON_JOBNET and cv.approved_on is None


def test_joblog_duty_and_the_last_jobnet_orientation(
    job_shop: VisitationDesk, jobnet: JobnetService, clock: Clock
) -> None:
    citizen = job_shop.citizen()
    card = jobnet.card(citizen.id)
    assert (card.joblog, card.last_orientation, card.cv) == (None, None, None)
    skipped = {"cv_jobnet": OrientationAnswer(False, "Borgeren havde travlt")}
    scheme = job_shop.visitation.scheme_on(job_shop.visitation.today())
    given = {i.key: OrientationAnswer(True) for i in scheme.orientation}
    job_shop.visitation.complete(
        plan_for(job_shop, citizen, category="jobparat", orientation=given | skipped)
    )
    card = jobnet.card(citizen.id)
    assert card.joblog is not None and card.joblog.required  # jobparat under the 2014 scheme
    assert card.last_orientation is None  # the Jobnet item was not ticked
    clock.advance(days=2)
    job_shop.visitation.complete(
        plan_for(job_shop, citizen, category="aktivitetsparat", reason="Sygdom", orientation=given)
    )
    card = jobnet.card(citizen.id)
    assert card.joblog is not None and not card.joblog.required  # not job-ready: no duty
    assert card.last_orientation == dt.date(2026, 11, 26)


def test_a_scheme_without_joblog_keeps_its_decisions_without_the_duty(
    job_shop: VisitationDesk, jobnet: JobnetService
) -> None:
    with job_shop.store.unit_of_work() as uow:
        schemes = list(uow.visitation.schemes())
    parat = max((s for s in schemes if s.code == "parat"), key=lambda s: s.version)
    assert parat.joblog and not next(s for s in schemes if s.code == "match").joblog
    citizen = job_shop.citizen()
    body = next(b for b in load_visitation_seed().scheme_bodies if b["code"] == "parat")
    body = body | {"version": 77, "joblog": False}
    with job_shop.store.unit_of_work() as uow:
        uow.begin_write()
        uow.visitation.add_scheme(
            dataclasses.replace(parat, version=77, joblog=False), body, source="test"
        )
        uow.commit()
    plan = plan_for(job_shop, citizen, category="jobparat")
    job_shop.visitation.complete(dataclasses.replace(plan, scheme_version=77))
    card = jobnet.card(citizen.id)
    assert card.joblog is not None and not card.joblog.required
