from app.queue.profiles import counter_profile


def test_a_counter_with_its_own_profile_and_one_with_the_default() -> None:
    assert counter_profile("MUS", 2) == ["aaben_raadgivning", "jobbutik"]
    default = counter_profile("NYR", 5)
    assert default[0] == "aftale"  # booked appointments first
    assert "jobbutik" in default
