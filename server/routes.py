"""HTTP routes: thin wrappers over the services (enrolment, push, pull, events, checksum, admin)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response, StreamingResponse
from sqlalchemy import select, text

from app.sync.protocol import PROTOCOL_HEADER, SCHEMA_HEADER, STAFF_SESSION_HEADER
from server import (
    enrolment,
    management_info_service,
    overview_service,
    pull_service,
    push_service,
    staff_sessions,
    statistics_service,
)
from server.auth import Caller, CallerCache, revoke_workstation
from server.db import Database, again_if_lost
from server.deps import (
    CallerDep,
    CatalogueDep,
    DbDep,
    FaultsDep,
    NotifierDep,
    PresenceDep,
    RecheckedCallerDep,
    SettingsDep,
    check_versions,
    require_admin,
)
from server.notify import event_stream
from server.schemas import (
    ChecksumOut,
    EnrolIn,
    EnrolmentCodeIn,
    EnrolmentCodeOut,
    EnrolOut,
    PullIn,
    PullOut,
    PushIn,
    PushOut,
    StaffSessionIn,
    StaffSessionOut,
)
from server.tables import DuplicateReviewRow
from shared_store.sync import checksum as sync_checksum
from shared_store.sync.tables import streams_for_site

# The staff session a desk got from POST /v1/staff/sessions, for reads that name a person.
StaffSessionHeader = Annotated[str | None, Header(alias=STAFF_SESSION_HEADER)]

health = APIRouter()
v1 = APIRouter(prefix="/v1", dependencies=[Depends(check_versions)])
admin = APIRouter(
    prefix="/v1/admin", dependencies=[Depends(check_versions), Depends(require_admin)]
)


@health.get("/health")
async def get_health(db: DbDep, settings: SettingsDep) -> dict[str, Any]:
    def ping() -> None:
        with db.reads() as session, session.begin():
            session.execute(text("SELECT 1"))

    await run_in_threadpool(ping)
    return {
        "status": "ok",
        "database": db.write_engine.dialect.name,
        "protocol": list(settings.protocol_window),
        "schema": list(settings.schema_window),
        "headers": [PROTOCOL_HEADER, SCHEMA_HEADER],
    }


@v1.post("/enrol", response_model=EnrolOut)
def post_enrol(request: EnrolIn, db: DbDep, presence: PresenceDep) -> EnrolOut:
    def enrol() -> EnrolOut:
        with db.writes() as session, session.begin():
            return enrolment.enrol(session, request)

    enrolled = again_if_lost(enrol)
    presence.seen(enrolled.workstation_id)
    return enrolled


@v1.post("/push", response_model=PushOut)
async def post_push(
    request: PushIn,
    caller: RecheckedCallerDep,
    db: DbDep,
    notifier: NotifierDep,
    faults: FaultsDep,
    catalogue: CatalogueDep,
) -> JSONResponse:
    result = await run_in_threadpool(push_service.push, db, caller, request, faults, catalogue)
    if result.written:
        notifier.publish_push(result.written, caller.workstation_id)
    return JSONResponse(result.body)


@v1.post("/pull", response_model=PullOut)
async def post_pull(
    request: PullIn, caller: RecheckedCallerDep, db: DbDep, settings: SettingsDep
) -> Response:
    body = await run_in_threadpool(
        again_if_lost, partial(pull_service.pull, db, caller, request, settings.max_outcomes)
    )
    return Response(body, media_type="application/json")


@v1.get("/events", response_class=StreamingResponse)
async def get_events(
    caller: CallerDep,
    db: DbDep,
    notifier: NotifierDep,
    settings: SettingsDep,
    presence: PresenceDep,
) -> StreamingResponse:
    """Server-sent events: `event: change` with the newest number of each stream.
    While the stream is open the workstation counts as live for the supervisors."""
    stream = event_stream(
        notifier,
        db,
        streams_for_site(caller.site_code),
        caller.workstation_id,
    )

    async def tracked() -> AsyncIterator[str]:
        presence.stream_opened(caller.workstation_id)
        try:
            async for chunk in stream:
                yield chunk
        finally:
            presence.stream_closed(caller.workstation_id)

    return StreamingResponse(
        tracked(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@v1.get("/staff/challenge")
async def get_staff_challenge(caller: CallerDep, db: DbDep) -> dict[str, str]:
    """A challenge the desk answers with the signed-in person's key (POST /staff/sessions)."""
    secret = await run_in_threadpool(again_if_lost, db.session_secret)
    return {"challenge": staff_sessions.new_challenge(secret, caller)}


@v1.post("/staff/sessions", response_model=StaffSessionOut)
def post_staff_session(request: StaffSessionIn, caller: CallerDep, db: DbDep) -> StaffSessionOut:
    """A session for the person signed in at the asking desk, proven with their key."""

    def open_session() -> StaffSessionOut:
        with db.reads() as session, session.begin():
            return staff_sessions.open_session(
                session, db.staff_keys, db.session_secret(), caller, request
            )

    return again_if_lost(open_session)


def _viewer(db: Database, caller: Caller, token: str | None) -> str:
    """The staff member a read is for: only from a session the server signed ("" for none)."""
    if not token:
        return ""

    def check() -> str:
        with db.reads() as session, session.begin():
            return staff_sessions.session_staff(session, db.session_secret(), caller, token).id

    return again_if_lost(check)


@v1.get("/queue/overview")
async def get_queue_overview(
    caller: CallerDep, db: DbDep, presence: PresenceDep, session: StaffSessionHeader = None
) -> dict[str, Any]:
    """Every queue at every site, with which workstations are in touch — other sites only
    when the staff session (the person signed in at the asking desk) is a supervisor's."""

    def read() -> dict[str, Any]:
        viewer = _viewer(db, caller, session)
        return overview_service.overview(db, presence, site_code=caller.site_code, staff_id=viewer)

    return await run_in_threadpool(read)


@v1.get("/queue/statistics")
async def get_queue_statistics(
    caller: CallerDep,
    db: DbDep,
    first: dt.date,
    last: dt.date,
    session: StaffSessionHeader = None,
) -> dict[str, Any]:
    """Queue statistics per day, site, service and counter — every site when the staff
    session is a supervisor's, else the caller's own site."""

    def read() -> dict[str, Any]:
        viewer = _viewer(db, caller, session)
        return statistics_service.statistics(
            db, site_code=caller.site_code, staff_id=viewer, first_day=first, last_day=last
        )

    return await run_in_threadpool(read)


@v1.get("/management/production-figures")
async def get_production_figures(
    caller: CallerDep,
    db: DbDep,
    first: dt.date,
    last: dt.date,
    site: Annotated[list[str] | None, Query()] = None,
    per_staff: bool = False,
    session: StaffSessionHeader = None,
) -> dict[str, Any]:
    """Production figures per day, site, unit (and staff member) for the sites asked for
    (every site when none is named) — only for a supervisor's staff session."""

    def read() -> dict[str, Any]:
        viewer = _viewer(db, caller, session)
        return management_info_service.production_figures(
            db,
            staff_id=viewer,
            first_day=first,
            last_day=last,
            sites=site or (),
            per_staff=per_staff,
        )

    return await run_in_threadpool(read)


@v1.get("/checksum", response_model=ChecksumOut)
def get_checksum(caller: CallerDep, db: DbDep) -> ChecksumOut:
    streams = streams_for_site(caller.site_code)
    with db.reads() as session, session.begin():
        heads = pull_service.heads_of(session, streams)
        value = sync_checksum.checksum(session.connection(), streams)
    return ChecksumOut(checksum=value, streams=list(streams), heads=heads)


@admin.post("/enrolment-codes", response_model=EnrolmentCodeOut)
def post_enrolment_code(request: EnrolmentCodeIn, db: DbDep) -> EnrolmentCodeOut:
    with db.writes() as session, session.begin():
        return enrolment.create_code(session, request)


@admin.get("/duplicate-reviews")
def get_duplicate_reviews(db: DbDep) -> list[dict[str, Any]]:
    with db.reads() as session, session.begin():
        rows = session.scalars(select(DuplicateReviewRow).order_by(DuplicateReviewRow.id)).all()
        return [
            {
                "id": r.id,
                "workstation_id": r.workstation_id,
                "mutation": r.mutation,
                "command_id": r.command_id,
                "existing_citizen_id": r.existing_citizen_id,
                "submitted": json.loads(r.submitted_json),
                "created_at": r.created_at.isoformat(),
                "status": r.status,
            }
            for r in rows
        ]


@admin.post("/workstations/{workstation_id}/revoke")
def post_revoke_workstation(workstation_id: str, db: DbDep, request: Request) -> dict[str, Any]:
    """Refuse the workstation's token from now on (its next request gets 401)."""
    with db.writes() as session, session.begin():
        row = revoke_workstation(session, workstation_id)
        revoked_at = row.revoked_at
    callers: CallerCache = request.app.state.callers
    callers.forget(workstation_id)  # at once here; other instances within the cache's ttl
    assert revoked_at is not None
    return {"workstation_id": workstation_id, "revoked_at": revoked_at.isoformat()}
