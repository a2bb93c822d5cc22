"""Errors the API answers with: a status, a stable code and a reason in Danish and English."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    InternalError,
    OperationalError,
    StatementError,
)
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message_da: str, message_en: str, **extra: Any
    ) -> None:
        super().__init__(message_en)
        self.status = status
        self.code = code
        self.message_da = message_da
        self.message_en = message_en
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message_da": self.message_da,
            "message_en": self.message_en,
            **self.extra,
        }


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Never echo the input back: it may hold a CPR number.
    return [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))}
        for err in exc.errors()
    ][:20]


def temporarily_unavailable() -> ApiError:
    return ApiError(
        503,
        "temporarily_unavailable",
        "Serveren er travl lige nu; ændringerne sendes igen om lidt.",
        "The server is busy; the changes will be sent again shortly.",
    )


def database_error(exc: StatementError) -> ApiError:
    """What a failed statement means to the caller: never a 500.

    The request's transaction is rolled back whatever the class, so nothing of it stays.
    Values the database refuses (NUL in text, too long, out of range) and keys that
    collide outside the expected paths are the request's fault: 4xx, sending the same
    again will not help. A database that is away, restarting or in trouble, and any
    class not foreseen here, is 503: the workstation tries again later."""
    if isinstance(exc, DataError) or not isinstance(exc, DBAPIError):
        # not a DBAPIError: the driver could not even encode a parameter
        return ApiError(
            422,
            "invalid_data",
            "Databasen kunne ikke gemme en af værdierne i forespørgslen; intet blev udført.",
            "The database refused a value in the request; nothing was carried out.",
        )
    if isinstance(exc, IntegrityError):
        return ApiError(
            409,
            "conflict",
            "Forespørgslen strider mod data, der allerede er gemt; intet blev udført.",
            "The request conflicts with data already stored; nothing was carried out.",
        )
    if isinstance(exc, OperationalError | InterfaceError | InternalError):
        # The database is restarting or unreachable: the workstation tries again later.
        return ApiError(
            503,
            "temporarily_unavailable",
            "Serveren kan ikke nå sin database lige nu; der prøves igen om lidt.",
            "The server cannot reach its database right now; try again shortly.",
        )
    log.error("unexpected database error", exc_info=exc)  # a bug (ProgrammingError …)
    return ApiError(
        503,
        "database_error",
        "Serveren fik en uventet fejl fra sin database; der prøves igen om lidt.",
        "The server met an unexpected database error; try again shortly.",
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StatementError)
    async def _database(_request: Request, exc: StatementError) -> JSONResponse:
        return error_response(database_error(exc))

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        where = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors[:3])
        return JSONResponse(
            {
                "code": "invalid_request",
                "message_da": f"Forespørgslen er ugyldig og blev ikke udført ({where}).",
                "message_en": f"The request is invalid and was not carried out ({where}).",
                "errors": errors,
            },
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            {
                "code": f"http_{exc.status_code}",
                "message_da": "Forespørgslen kunne ikke udføres.",
                "message_en": str(exc.detail),
            },
            status_code=exc.status_code,
        )
