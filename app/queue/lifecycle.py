"""The ticket lifecycle as an explicit state machine: one table, every move named.

waiting ──call──► called ──start──► serving ──finish──► done
   ▲  │             │ ▲  recall        │
   │  park          │ └──────┘         │
   │  ▼             ├──no_show──► no_show
 parked ─return─►   └──────────────────┴──transfer──► waiting (new service)
waiting/called/parked ──cancel──► cancelled
no_show ──undo_no_show──► called (a mistaken no-show, taken back within a short while)
"""

from __future__ import annotations

from enum import StrEnum

from app.entities import TicketStatus
from app.errors import ConflictError, Phrase

W, C, S, D = TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE
N, X, P = TicketStatus.NO_SHOW, TicketStatus.CANCELLED, TicketStatus.PARKED


class QueueAction(StrEnum):
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    TRANSFER = "transfer"
    PARK = "park"
    RETURN = "return"
    CANCEL = "cancel"
    UNDO_NO_SHOW = "undo_no_show"


TRANSITIONS: dict[tuple[TicketStatus, QueueAction], TicketStatus] = {
    (W, QueueAction.CALL): C,
    (C, QueueAction.RECALL): C,
    (C, QueueAction.START): S,
    (S, QueueAction.FINISH): D,
    (C, QueueAction.NO_SHOW): N,
    (W, QueueAction.TRANSFER): W,
    (C, QueueAction.TRANSFER): W,
    (S, QueueAction.TRANSFER): W,
    (W, QueueAction.PARK): P,
    (C, QueueAction.PARK): P,
    (P, QueueAction.RETURN): W,
    (W, QueueAction.CANCEL): X,
    (C, QueueAction.CANCEL): X,
    (P, QueueAction.CANCEL): X,
    (N, QueueAction.UNDO_NO_SHOW): C,
}

_STATUS_DA = {
    W: Phrase("venter"),
    C: Phrase("er kaldt"),
    S: Phrase("betjenes"),
    D: Phrase("er færdigbetjent"),
    N: Phrase("er meldt udeblevet"),
    X: Phrase("er annulleret"),
    P: Phrase("er parkeret"),
}
_ACTION_DA = {
    QueueAction.CALL: Phrase("kan ikke kaldes"),
    QueueAction.RECALL: Phrase("kan ikke kaldes igen"),
    QueueAction.START: Phrase("kan ikke betjenes"),
    QueueAction.FINISH: Phrase("kan ikke afsluttes"),
    QueueAction.NO_SHOW: Phrase("kan ikke meldes udeblevet"),
    QueueAction.TRANSFER: Phrase("kan ikke overføres"),
    QueueAction.PARK: Phrase("kan ikke parkeres"),
    QueueAction.RETURN: Phrase("kan ikke sættes tilbage i køen"),
    QueueAction.CANCEL: Phrase("kan ikke annulleres"),
    QueueAction.UNDO_NO_SHOW: Phrase("kan ikke kaldes tilbage fra udeblevet"),
}


class IllegalTransitionError(ConflictError):
    """The ticket is not in a state where that can happen (e.g. another counter called it)."""


def next_status(number: str, current: TicketStatus, action: QueueAction) -> TicketStatus:
    try:
        return TRANSITIONS[(current, action)]
    except KeyError:
        raise IllegalTransitionError(
            "Billet {number} {status} og {action}.",
            number=number,
            status=_STATUS_DA[current],
            action=_ACTION_DA[action],
        ) from None
