"""Name-search hits as a Qt table model (no I/O: the screen hands it the rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.entities import SupportBasis
from app.registration import SearchHit
from ui.line_table import LineTableModel


class SearchHitsModel(LineTableModel[SearchHit]):
    def __init__(self, basis_label: Callable[[SupportBasis], str]) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("SearchHitsModel", "Navn"), lambda h: h.full_name),
                (QT_TRANSLATE_NOOP("SearchHitsModel", "CPR-nummer"), lambda h: h.masked_cpr),
                (
                    QT_TRANSLATE_NOOP("SearchHitsModel", "Forsørgelsesgrundlag"),
                    lambda h: basis_label(h.support_basis),
                ),
            ],
            "SearchHitsModel",
        )

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.set_lines(hits)

    def hit(self, row: int) -> SearchHit:
        line = self.line(row)
        assert line is not None, f"no search hit in row {row}"
        return line
