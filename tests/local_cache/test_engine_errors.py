"""A failed statement's error text — logged, in a crash report — names the statement and
never its values: no citizen's CPR number or name reaches the log through a database error."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from local_cache.store import LocalStore


def test_a_database_error_hides_the_statements_values(store: LocalStore) -> None:
    with pytest.raises(OperationalError) as caught, store.engine.connect() as connection:
        connection.execute(
            text("SELECT no_such_column FROM citizen WHERE cpr = :cpr AND given_name = :name"),
            {"cpr": "0707614285", "name": "Mette"},
        )
    message = str(caught.value)
    assert "no_such_column" in message  # the statement is there to debug
    assert "0707614285" not in message and "Mette" not in message
