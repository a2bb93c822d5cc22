"""Vacancy search: words typed → open orders, soonest deadline first.

Every typed word must occur in the folded title, company, place or
requirements: a word of three letters or more anywhere, inside compound words
too («medarb» → Lagermedarbejder), through the trigram FTS5 index
`vacancy_fts`; a shorter word as the beginning of a word («kø» → Køge),
through the prefix index of `vacancy_words`. The filters (status, trade area,
deadline) and the order come from the plain indexes on `vacancy`. Other
databases (the server, which never searches) fall back to LIKE.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, select, text
from sqlalchemy.orm import Session

from app.jobshop.ports import VacancyQuery
from app.jobshop.records import VacancyStatus
from app.text_search import fold_name
from shared_store.jobshop.tables import VacancyRow

_WORD = re.compile(r"[^\W_]+")  # what unicode61 calls a token


def query_words(typed: str) -> list[str]:
    return _WORD.findall(fold_name(typed))


def fts_matches(words: list[str]) -> list[tuple[str, str]]:
    """(FTS5 table, MATCH expression) pairs a hit must satisfy: long words anywhere
    (trigrams), short words as the beginning of a word (prefix index)."""
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    matches = []
    if long_words:
        matches.append(("vacancy_fts", " AND ".join(f'"{w}"' for w in long_words)))
    if short_words:
        matches.append(("vacancy_words", " AND ".join(f'"{w}"*' for w in short_words)))
    return matches


def _matching(table: str, match: str) -> Select[Any]:
    return (
        select(literal_column("rowid"))
        .select_from(text(table))
        .where(text(f"{table} MATCH :m_{table}").bindparams(**{f"m_{table}": match}))
    )


def vacancy_select(session: Session, query: VacancyQuery) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if query.only_open:
        conditions.append(VacancyRow.status == VacancyStatus.OPEN.value)
    if query.trade_area:
        conditions.append(VacancyRow.trade_area == query.trade_area)
    if query.deadline_from:
        conditions.append(VacancyRow.deadline >= query.deadline_from)
    if query.deadline_until:
        conditions.append(VacancyRow.deadline <= query.deadline_until)
    words = query_words(query.text)
    if words and session.get_bind().dialect.name == "sqlite":
        for table, match in fts_matches(words):
            conditions.append(VacancyRow.pk.in_(_matching(table, match)))
    else:
        conditions.extend(VacancyRow.search_folded.like(f"%{w}%") for w in words)
    return (
        select(VacancyRow)
        .where(*conditions)
        .order_by(VacancyRow.deadline, VacancyRow.title, VacancyRow.id)
        .limit(query.limit)
    )
