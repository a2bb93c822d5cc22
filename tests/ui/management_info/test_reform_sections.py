"""The dashboard's reform sections — visits by target group and the contact course per
site against its target — from figures of generated January 2027 activity; before the
reform neither section is shown."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.management_info.figures import FiguresOrigin, Measure
from app.management_info.figures import Section as Part
from app.management_info.month_generator import generate_month
from local_cache.store import LocalStore
from shared_store.management_info import SqlProductionFigures
from shared_store.unit_of_work import unit_of_work_factory
from ui.composition import units_of_work
from ui.management_info.from_figures import sections_of
from ui.management_info.labels import read_labels

NOW = dt.datetime(2027, 1, 6, 14, tzinfo=dt.UTC)


@pytest.fixture
def source(store: LocalStore) -> SqlProductionFigures:
    units = units_of_work(store)
    bus = CommandBus(units, CATALOGUE)
    generate_month(
        units,
        lambda envelopes: bus.execute(*envelopes),
        first_day=dt.date(2026, 12, 30),
        days=8,
        visits_per_day=14,
        sites=("MUS", "NYR"),
        seed=11,
        now=NOW,
    )
    return SqlProductionFigures(
        unit_of_work_factory(store.engine), FiguresOrigin.LOCAL, clock=lambda: NOW
    )


def test_target_groups_and_the_course_are_shown_from_the_reform(
    qapp: QApplication, store: LocalStore, source: SqlProductionFigures
) -> None:
    figures = source.production_figures(dt.date(2027, 1, 1), dt.date(2027, 1, 31), (), False)
    labels = read_labels(units_of_work(store), "MUS", "da")
    shown = {s.key: s for s in sections_of(figures, labels)}

    groups = shown["target_groups"]
    expected: Counter[str] = Counter()
    for row in figures.of(Part.REGISTRATION, Measure.VISITS):
        expected[labels.name("target_group", row.group)] += row.value
    read = {line.label: line.values[0] for line in groups.lines if line.values[0]}
    assert read == {label: float(n) for label, n in expected.items()}
    assert "Jobsøgningsindsats" in read  # the seed's label, not the code

    course = shown["contact_course"]
    assert course.target is not None and course.target.value == pytest.approx(0.75)
    # Every site the figures cover, Skelbækgade too, where nothing was generated.
    assert [line.label for line in course.lines] == [labels.site(s) for s in figures.sites]
    for code, line in zip(figures.sites, course.lines, strict=True):
        in_course = figures.total(Part.CONTACT_COURSE, Measure.IN_COURSE, site_code=code)
        on_track = figures.total(Part.CONTACT_COURSE, Measure.ON_TRACK, site_code=code)
        assert line.values[:3] == (
            float(in_course),
            float(on_track),
            float(figures.total(Part.CONTACT_COURSE, Measure.EXEMPTED, site_code=code)),
        )
        assert line.values[3] == (on_track / in_course if in_course else None)
    assert sum(line.values[0] or 0 for line in course.lines) > 0


def test_before_the_reform_neither_section_is_shown(
    qapp: QApplication, store: LocalStore, source: SqlProductionFigures
) -> None:
    figures = source.production_figures(dt.date(2026, 12, 1), dt.date(2026, 12, 31), (), False)
    labels = read_labels(units_of_work(store), "MUS", "da")
    keys = {s.key for s in sections_of(figures, labels)}
    assert "registrations" in keys
    assert not keys & {"target_groups", "contact_course"}
