"""The call log in the shared store (`CallLog`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.phone.records import Call, CallerKind, CallOutcome, CallTopic
from shared_store.phone.tables import CallRow


def _call(row: CallRow) -> Call:
    return Call(
        id=row.id,
        site_code=row.site_code,
        staff_id=row.staff_id,
        taken_at=row.taken_at,
        caller_kind=CallerKind(row.caller_kind),
        citizen_id=row.citizen_id,
        cvr=row.cvr,
        phone=row.phone,
        topic=CallTopic(row.topic),
        note=row.note,
        outcome=CallOutcome(row.outcome),
        to_site=row.to_site,
        callback_ticket_id=row.callback_ticket_id,
        vacancy_id=row.vacancy_id,
        kvik_request_id=row.kvik_request_id,
        booking_id=row.booking_id,
    )


class SqlCallLog:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_call(self, call: Call) -> None:
        self._s.add(
            CallRow(
                id=call.id,
                site_code=call.site_code,
                staff_id=call.staff_id,
                taken_at=call.taken_at,
                caller_kind=call.caller_kind.value,
                citizen_id=call.citizen_id,
                cvr=call.cvr,
                phone=call.phone,
                topic=call.topic.value,
                note=call.note,
                outcome=call.outcome.value,
                to_site=call.to_site,
                callback_ticket_id=call.callback_ticket_id,
                vacancy_id=call.vacancy_id,
                kvik_request_id=call.kvik_request_id,
                booking_id=call.booking_id,
            )
        )
        self._s.flush()

    def call(self, call_id: str) -> Call | None:
        row = self._s.get(CallRow, call_id)
        return _call(row) if row else None

    def calls_between(self, start: dt.datetime, end: dt.datetime) -> Sequence[Call]:
        stmt = (
            select(CallRow)
            .where(CallRow.taken_at >= start, CallRow.taken_at < end)
            .order_by(CallRow.taken_at.desc())
        )
        return [_call(r) for r in self._s.scalars(stmt)]
