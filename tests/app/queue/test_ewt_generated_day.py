"""The expected-waiting-time method on generated days (bench/queue_simulation.py)."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest

from app.queue.figures import expected_wait
from bench import queue_simulation as sim


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_on_a_generated_day_the_method_beats_the_days_mean_and_is_never_negative(
    seed: int,
) -> None:
    day = sim.generate_day(500, 3, seed=seed)  # busy: queues build at the morning peak
    assert len(day.predictions) == 500  # everyone who came was called in the end
    assert all(p.predicted["EWT (figures_for)"] >= 0 for p in day.predictions)
    method = statistics.mean(sim.errors(day, "EWT (figures_for)"))
    naive = statistics.mean(sim.errors(day, "dagens gns."))
    assert method < naive


def test_more_open_counters_never_lengthen_the_expected_wait() -> None:
    service = dt.timedelta(minutes=6)
    for waiting in range(0, 30):
        waits = [expected_wait(waiting, counters, service) for counters in range(1, 9)]
        assert waits == sorted(waits, reverse=True)
