"""Every database error class answers 4xx with a reason or a retryable 503, never a 500."""

from __future__ import annotations

import pytest
from sqlalchemy import exc

from server.errors import database_error
from tests.server.harness import ServerProcess


class _DriverError(Exception):
    pass


# The classes that mean a bug (ours or the driver's): logged with their traceback.
_LOGGED_AS_A_BUG = pytest.mark.expect_error_log(
    logger="server.errors", match="^unexpected database error$"
)


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [
        (exc.DataError, 422, "invalid_data"),
        (exc.IntegrityError, 409, "conflict"),
        (exc.OperationalError, 503, "temporarily_unavailable"),
        (exc.InterfaceError, 503, "temporarily_unavailable"),
        (exc.InternalError, 503, "temporarily_unavailable"),
        pytest.param(exc.ProgrammingError, 503, "database_error", marks=_LOGGED_AS_A_BUG),
        pytest.param(exc.NotSupportedError, 503, "database_error", marks=_LOGGED_AS_A_BUG),
        pytest.param(exc.DatabaseError, 503, "database_error", marks=_LOGGED_AS_A_BUG),
        pytest.param(exc.DBAPIError, 503, "database_error", marks=_LOGGED_AS_A_BUG),
    ],
)
def test_each_class_has_its_answer(kind: type[exc.DBAPIError], status: int, code: str) -> None:
    error = database_error(kind("SELECT 1", {}, _DriverError("boom")))
    assert (error.status, error.code) == (status, code)
    assert error.message_da and error.message_en
    assert "boom" not in error.message_en  # the driver's text may hold the request's values


def test_a_parameter_the_driver_cannot_encode_is_the_requests_fault() -> None:
    error = database_error(exc.StatementError("bad parameter", "SELECT 1", {}, UnicodeError()))
    assert (error.status, error.code) == (422, "invalid_data")


def test_a_value_the_database_refuses_answers_4xx(server: ServerProcess) -> None:
    """PostgreSQL refuses NUL in a text parameter (a DataError); SQLite finds no such row."""
    response = server.admin("POST", "/v1/admin/workstations/ab%00cd/revoke")
    assert response.status_code in (404, 422), response.text
    body = response.json()
    assert body["message_da"] and body["message_en"]
    if "postgresql" in server.database_url:
        assert (response.status_code, body["code"]) == (422, "invalid_data")
