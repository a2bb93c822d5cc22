"""Each kind's rules: a draft is checked here, on the desk before «Udgiv» and again by the
server when it re-runs the command. Every refusal names the row, the field and the rule."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.commands.text_rules import text_problem
from app.errors import Alternatives, Phrase, ValidationError
from app.reference_data.kinds import HOME_TARGET, PHONE_ENTRANCE, SPECS
from app.reference_data.model import Column, ColumnType, Kind, KindSpec, Row, Value

MAX_ROWS = 500
MAX_TEXT = 200
_CODE = re.compile(r"[a-z0-9_]{1,40}", re.ASCII)
_CODE_UPPER = re.compile(r"[A-Za-z0-9_]{1,40}", re.ASCII)  # site codes are MUS, SKB, NYR
NOT_YET = "-"  # in a list of categories: a citizen not yet categorised
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]", re.ASCII)


@dataclass(frozen=True, slots=True)
class Context:
    """What a draft is checked against: the store's configuration as it stands."""

    site_codes: frozenset[str] = frozenset()
    service_codes: frozenset[str] = frozenset()
    specialist_functions: frozenset[str] = frozenset()
    scheme_targets: frozenset[str] = frozenset()  # targets the schemes' next steps name
    codes_in_force: frozenset[str] = frozenset()  # keys of the version in force now
    extra: Mapping[str, Any] = field(default_factory=dict)


def _field(index: int, column: str) -> str:
    return f"{index}.{column}"


def _cell(index: int, column: Column, raw: Any) -> Value:
    """One cell, typed and normalised; a missing optional cell gets its default."""
    row = index + 1
    where = _field(index, column.key)
    if raw is None or raw == "":
        if column.required and column.type is not ColumnType.BOOLEAN:
            raise ValidationError(
                "Række {row}: «{column}» skal udfyldes.",
                row=row,
                column=column.label_da,
                field=where,
            )
        if column.type is ColumnType.BOOLEAN:
            raw = column.default
        elif column.type is ColumnType.INTEGER:
            return column.default
        else:
            return ""
    kind = column.type
    if kind is ColumnType.INTEGER:
        if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            raw = int(raw.strip())
        if (
            isinstance(raw, bool)
            or not isinstance(raw, int)
            or not (column.minimum <= raw <= column.maximum)
        ):
            raise ValidationError(
                "Række {row}: «{column}» skal være et helt tal fra {minimum} til {maximum}.",
                row=row,
                column=column.label_da,
                minimum=column.minimum,
                maximum=column.maximum,
                field=where,
            )
        return raw
    if kind is ColumnType.BOOLEAN:
        if not isinstance(raw, bool):
            raise ValidationError(
                "Række {row}: «{column}» skal være ja eller nej.",
                row=row,
                column=column.label_da,
                field=where,
            )
        return raw
    if not isinstance(raw, str):
        raise ValidationError(
            "Række {row}: «{column}» skal være tekst.", row=row, column=column.label_da, field=where
        )
    value = " ".join(raw.split())
    problem = text_problem(value)
    if problem is not None or len(value) > MAX_TEXT:
        raise ValidationError(
            "Række {row}: «{column}» må højst være {maximum} tegn almindelig tekst.",
            row=row,
            column=column.label_da,
            maximum=MAX_TEXT,
            field=where,
        )
    if kind is ColumnType.CODE and not (
        _CODE_UPPER if column.key == "site_code" else _CODE
    ).fullmatch(value):
        raise ValidationError(
            "Række {row}: «{column}» må kun indeholde små bogstaver, tal og _ (højst 40 tegn).",
            row=row,
            column=column.label_da,
            field=where,
        )
    if kind is ColumnType.CODES:
        codes = [c.strip() for c in value.split(",")]
        if not all(c == NOT_YET or _CODE.fullmatch(c) for c in codes):
            raise ValidationError(
                "Række {row}: «{column}» skal være koder adskilt af komma (små bogstaver, tal "
                "og _; - for endnu ingen).",
                row=row,
                column=column.label_da,
                field=where,
            )
        return ", ".join(codes)
    if kind is ColumnType.TIME and not _TIME.fullmatch(value):
        raise ValidationError(
            "Række {row}: «{column}» skal være et klokkeslæt som 09:30.",
            row=row,
            column=column.label_da,
            field=where,
        )
    if kind is ColumnType.DATE:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                "Række {row}: «{column}» skal være en dato (ÅÅÅÅ-MM-DD).",
                row=row,
                column=column.label_da,
                field=where,
            ) from None
    if kind is ColumnType.CHOICE and value not in column.choices:
        raise ValidationError(
            "Række {row}: «{column}» skal være en af {choices}.",
            row=row,
            column=column.label_da,
            choices=Alternatives(column.choices),
            field=where,
        )
    return value


def normalise(spec: KindSpec, raw_rows: Any) -> tuple[Row, ...]:
    """The draft's rows typed, trimmed and with defaults; unknown columns refused."""
    if not isinstance(raw_rows, list) or not raw_rows:
        raise ValidationError("{kind} skal have mindst én række.", kind=spec.label_da, field="rows")
    if len(raw_rows) > MAX_ROWS:
        raise ValidationError(
            "{kind} må højst have {maximum} rækker.",
            kind=spec.label_da,
            maximum=MAX_ROWS,
            field="rows",
        )
    known = {c.key for c in spec.columns}
    rows: list[Row] = []
    seen: dict[tuple[Value, ...], int] = {}
    for index, raw in enumerate(raw_rows):
        if not isinstance(raw, dict):
            raise ValidationError("Række {row} kan ikke læses.", row=index + 1, field="rows")
        unknown = sorted(str(k) for k in raw if k not in known)
        if unknown:
            raise ValidationError(
                "Række {row} har ukendte felter: {names}.",
                row=index + 1,
                names=", ".join(unknown[:5]),
                field="rows",
            )
        row = {c.key: _cell(index, c, raw.get(c.key)) for c in spec.columns}
        key = spec.row_key(row)
        if key in seen:
            raise ValidationError(
                "Række {row} gentager række {first} ({key}); hver række skal være entydig.",
                row=index + 1,
                first=seen[key] + 1,
                key=" · ".join(str(k) or "alle" for k in key),
                field=_field(index, spec.key[0]),
            )
        seen[key] = index
        rows.append(row)
    return tuple(rows)


def _site(index: int, code: Value, context: Context, column: str = "site_code") -> None:
    if code and context.site_codes and code not in context.site_codes:
        raise ValidationError(
            "Række {row}: afdelingen «{site}» kendes ikke ({known}).",
            row=index + 1,
            site=code,
            known=Alternatives(sorted(context.site_codes)),
            field=_field(index, column),
        )


def _thresholds(rows: Sequence[Row], context: Context) -> None:
    for index, row in enumerate(rows):
        _site(index, row["site_code"], context)
        warn, limit = row["warn_minutes"], row["limit_minutes"]
        if not isinstance(warn, int) or not isinstance(limit, int) or warn >= limit:
            raise ValidationError(
                "Række {row}: «Advarsel (min)» ({warn}) skal være mindre end «Grænse (min)» ({limit}).",
                row=index + 1,
                warn=warn,
                limit=limit,
                field=_field(index, "warn_minutes"),
            )


def _opening_hours(rows: Sequence[Row], context: Context) -> None:
    # An entrance is a site or the phone desk, which every site shares (an empty list of
    # sites means none is checked, so it stays empty).
    known = context.site_codes | {PHONE_ENTRANCE} if context.site_codes else frozenset()
    entrances = replace(context, site_codes=known)
    for index, row in enumerate(rows):
        _site(index, row["site_code"], entrances)
        if str(row["opens"]) >= str(row["closes"]):
            raise ValidationError(
                "Række {row}: «Åbner» ({opens}) skal ligge før «Lukker» ({closes}).",
                row=index + 1,
                opens=row["opens"],
                closes=row["closes"],
                field=_field(index, "closes"),
            )


def _kept(rows: Sequence[Row], context: Context, column_label: str) -> None:
    """A code in force is never deleted: records name it. It is retired instead."""
    codes = {str(r["code"]) for r in rows}
    gone = sorted(context.codes_in_force - codes)
    if gone:
        raise ValidationError(
            "«{code}» kan ikke slettes, for registreringer henviser til den; {how} i stedet.",
            code=gone[0],
            how=column_label,
            field="rows",
        )


def _referral_targets(rows: Sequence[Row], context: Context) -> None:
    _kept(rows, context, Phrase("sæt «Kan vælges» til nej"))
    codes = {str(r["code"]) for r in rows}
    for index, row in enumerate(rows):
        placement = row["placement"]
        function = str(row["specialist_function"])
        if placement == "specialist":
            if not function:
                raise ValidationError(
                    "Række {row}: «Specialfunktion» skal udfyldes, når placeringen er «specialist».",
                    row=index + 1,
                    field=_field(index, "specialist_function"),
                )
            if context.specialist_functions and function not in context.specialist_functions:
                raise ValidationError(
                    "Række {row}: ingen afdeling har specialfunktionen «{function}» ({known}).",
                    row=index + 1,
                    function=function,
                    known=Alternatives(sorted(context.specialist_functions)),
                    field=_field(index, "specialist_function"),
                )
        elif function:
            raise ValidationError(
                "Række {row}: «Specialfunktion» bruges kun, når placeringen er «specialist».",
                row=index + 1,
                field=_field(index, "specialist_function"),
            )
        service = row["ticket_service"]
        if service and context.service_codes and service not in context.service_codes:
            raise ValidationError(
                "Række {row}: køen «{service}» findes ikke ({known}).",
                row=index + 1,
                service=service,
                known=Alternatives(sorted(context.service_codes)),
                field=_field(index, "ticket_service"),
            )
        if service and placement != "own_site":
            raise ValidationError(
                "Række {row}: «Kø i dag» kræver placeringen «own_site» (borgeren venter her).",
                row=index + 1,
                field=_field(index, "ticket_service"),
            )
    home = next((r for r in rows if r["code"] == HOME_TARGET), None)
    if home is None or home["can_anchor"] is not True:
        raise ValidationError(
            "«{code}» skal findes og kunne være ansvarlig enhed: nye sager forankres der.",
            code=HOME_TARGET,
            field="rows",
        )
    missing = sorted(context.scheme_targets - codes)
    if missing:
        raise ValidationError(
            "Visitationsskemaerne henviser til «{code}»; det kan ikke fjernes.",
            code=missing[0],
            field="rows",
        )


def _support_bases(rows: Sequence[Row], context: Context) -> None:
    _kept(rows, context, Phrase("sæt «Gælder til»"))
    for index, row in enumerate(rows):
        if row["primary_visitation"] is True and row["akasse_report"] is True:
            raise ValidationError(
                "Række {row}: et grundlag er enten «Primærvisitation straks» (uden forsikring) "
                "eller «Indberettes til a-kasse» (forsikret), ikke begge.",
                row=index + 1,
                field=_field(index, "akasse_report"),
            )
        first, last = str(row["valid_from"]), str(row["valid_to"])
        if first and last and first > last:
            raise ValidationError(
                "Række {row}: «Gælder fra» ({first}) ligger efter «Gælder til» ({last}).",
                row=index + 1,
                first=first,
                last=last,
                field=_field(index, "valid_to"),
            )


def _target_groups(rows: Sequence[Row], context: Context) -> None:
    """Rules read top to bottom; a group has one name wherever it is named."""
    labels: dict[str, tuple[int, str]] = {}
    for index, row in enumerate(rows):
        group, label = str(row["group"]), str(row["label_da"])
        first = labels.setdefault(group, (index, label))
        if first[1] != label:
            raise ValidationError(
                "Række {row}: målgruppen «{group}» hedder «{first_label}» i række {first}; "
                "giv den samme navn i alle rækker.",
                row=index + 1,
                group=group,
                first_label=first[1],
                first=first[0] + 1,
                field=_field(index, "label_da"),
            )


def _selfservice_pcs(rows: Sequence[Row], context: Context) -> None:
    for index, row in enumerate(rows):
        _site(index, row["site_code"], context)


def _trade_area_sites(rows: Sequence[Row], context: Context) -> None:
    known = frozenset(context.extra.get("trade_areas", ()))
    for index, row in enumerate(rows):
        _site(index, row["site_code"], context)
        if known and row["trade_area"] not in known:
            raise ValidationError(
                "Række {row}: branchen «{trade_area}» kendes ikke ({known}).",
                row=index + 1,
                trade_area=row["trade_area"],
                known=Alternatives(sorted(known)),
                field=_field(index, "trade_area"),
            )


RULES: dict[Kind, Callable[[Sequence[Row], Context], None]] = {
    Kind.TARGET_GROUPS: _target_groups,
    Kind.QUEUE_THRESHOLDS: _thresholds,
    Kind.OPENING_HOURS: _opening_hours,
    Kind.REFERRAL_TARGETS: _referral_targets,
    Kind.SUPPORT_BASES: _support_bases,
    Kind.SELFSERVICE_PCS: _selfservice_pcs,
    Kind.TRADE_AREA_SITES: _trade_area_sites,
}


def validate(kind: Kind, raw_rows: Any, context: Context) -> tuple[Row, ...]:
    """The draft's rows, normalised, or the first problem as a Danish ValidationError."""
    spec = SPECS[kind]
    rows = normalise(spec, raw_rows)
    RULES[kind](rows, context)
    return rows
