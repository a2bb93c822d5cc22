"""Route dependencies: the database, the version check and the authenticated caller."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.concurrency import run_in_threadpool

from app.commands.catalogue import Catalogue
from app.sync.protocol import PROTOCOL_HEADER, SCHEMA_HEADER
from server.auth import Caller, CallerCache, authenticate, check_admin, mark_first_use
from server.db import Database, again_if_lost
from server.errors import ApiError
from server.faults import Faults
from server.notify import Notifier
from server.presence import Presence
from server.settings import ServerSettings


async def get_settings(request: Request) -> ServerSettings:
    return _settings(request)


async def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def get_notifier(request: Request) -> Notifier:
    notifier: Notifier = request.app.state.notifier
    return notifier


async def get_faults(request: Request) -> Faults:
    faults: Faults = request.app.state.faults
    return faults


async def get_presence(request: Request) -> Presence:
    presence: Presence = request.app.state.presence
    return presence


async def get_catalogue(request: Request) -> Catalogue:
    catalogue: Catalogue = request.app.state.catalogue
    return catalogue


SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
DbDep = Annotated[Database, Depends(get_db)]
NotifierDep = Annotated[Notifier, Depends(get_notifier)]
FaultsDep = Annotated[Faults, Depends(get_faults)]
PresenceDep = Annotated[Presence, Depends(get_presence)]
CatalogueDep = Annotated[Catalogue, Depends(get_catalogue)]


def _settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


_VERSION = re.compile(r"[0-9]{1,6}", re.ASCII)


def _version(request: Request, header: str, window: tuple[int, int], what: tuple[str, str]) -> None:
    raw = request.headers.get(header)
    # ASCII digits only: "²" is a digit to str.isdigit but not to int(), "1e3" and "+1"
    # are numbers to other parsers, and a long one is no version.
    if raw is None or not _VERSION.fullmatch(raw):
        raise ApiError(
            400,
            "version_missing",
            f"Forespørgslen mangler headeren {header} (et heltal).",
            f"The request lacks the {header} header (an integer).",
        )
    low, high = window
    if not low <= int(raw) <= high:
        raise ApiError(
            426,
            "version_not_supported",
            f"Serveren understøtter ikke {what[0]} version {raw} (kun {low}–{high}). "
            "Opdatér Skranke på arbejdsstationen, eller serveren.",
            f"The server does not support {what[1]} version {raw} (only {low}–{high}). "
            "Upgrade Skranke on the workstation, or the server.",
            supported={
                "protocol": list(_settings(request).protocol_window),
                "schema": list(_settings(request).schema_window),
            },
        )


async def check_versions(request: Request) -> None:
    settings = _settings(request)
    _version(request, PROTOCOL_HEADER, settings.protocol_window, ("protokol", "protocol"))
    _version(request, SCHEMA_HEADER, settings.schema_window, ("dataskema", "schema"))


async def current_caller(
    request: Request, db: DbDep, authorization: Annotated[str | None, Header()] = None
) -> Caller:
    return await _caller(request, db, authorization, stale_ok=False)


async def rechecked_caller(
    request: Request, db: DbDep, authorization: Annotated[str | None, Header()] = None
) -> Caller:
    """For push and pull: they read the workstation's row in their own transaction and
    check the token there (`auth.still_valid`), so a cached caller of any age will do —
    a desk pushing every 10 s no longer costs a look-up before each push."""
    return await _caller(request, db, authorization, stale_ok=True)


async def _caller(
    request: Request, db: Database, authorization: str | None, stale_ok: bool
) -> Caller:
    cache: CallerCache = request.app.state.callers
    presence: Presence = request.app.state.presence
    known = cache.get(authorization, stale_ok=stale_ok)
    if known is not None:
        presence.seen(known.workstation_id)
        return known

    def look_up() -> Caller:
        with db.reads() as session, session.begin():
            caller = authenticate(session, authorization)
        if caller.first_use:  # once per token: closes its enrolment code for good
            with db.writes() as session, session.begin():
                mark_first_use(session, caller)
        return caller

    try:
        caller = await run_in_threadpool(again_if_lost, look_up)
    except ApiError:
        cache.drop(authorization)  # refused now: no longer good for push and pull either
        raise
    cache.put(authorization, caller)
    presence.seen(caller.workstation_id)
    return caller


async def require_admin(
    settings: SettingsDep, authorization: Annotated[str | None, Header()] = None
) -> None:
    check_admin(settings.admin_token, authorization)


CallerDep = Annotated[Caller, Depends(current_caller)]
RecheckedCallerDep = Annotated[Caller, Depends(rechecked_caller)]
