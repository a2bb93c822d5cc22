"""Workstation settings kept in the store itself (travel with the data folder)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from shared_store.tables import SettingRow


class SqlSettings:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get_setting(self, key: str) -> str | None:
        with Session(self._engine) as session:
            row = session.get(SettingRow, key)
            return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        with Session(self._engine) as session, session.begin():
            session.merge(SettingRow(key=key, value=value))
