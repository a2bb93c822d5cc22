"""IT's machine-wide configuration file: read, checked, and weighed against flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import (
    ConfigError,
    MachineConfig,
    choose_language,
    default_data_dir,
    default_key_dir,
    machine_config_path,
    read_machine_config,
    system_language,
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "skranke.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_is_an_empty_config(tmp_path: Path) -> None:
    config = read_machine_config(tmp_path / "none.ini")
    assert config == MachineConfig()
    assert not config.fixed("server")


def test_every_key_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "[skranke]\nserver = https://skranke.example\nsite = nyr\ncounter = 4\n"
        "data_dir = D:/Skranke\nshared_data = yes\nkey_dir = D:/Keys\n"
        "printer = escpos-net:10.0.0.5:9100\nlanguage = EN\nidle_minutes = 7,5\n"
        "colour = blue\n",
    )
    config = read_machine_config(path)
    assert config.path == path
    assert config.server == "https://skranke.example"
    assert (config.site, config.counter) == ("NYR", 4)
    assert config.data_dir == Path("D:/Skranke")
    assert config.shared_data and config.key_dir == Path("D:/Keys")
    assert config.printer == "escpos-net:10.0.0.5:9100"
    assert config.language == "en" and config.idle_minutes == 7.5
    assert config.ignored == ("colour",)
    assert config.fixed("printer") and config.fixed("shared_data") and not config.fixed("server_ca")


def test_a_file_written_by_notepad_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "skranke.ini"
    path.write_bytes("\ufeff[skranke]\nsite = MUS\n".encode())
    assert read_machine_config(path).site == "MUS"


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("site = XYZ", "afdelingen skal være MUS, SKB eller NYR"),
        ("counter = tre", "skranke-nummeret skal være et helt tal"),
        ("counter = 0", "1 eller mere"),
        ("language = de", "sproget skal være da eller en"),
        ("idle_minutes = -1", "mere end 0"),
        ("server = skranke.example", "https://"),
        ("shared_data = maybe", "yes eller no"),
        ("printer = laser", "ukendt printer"),
    ],
)
def test_a_wrong_value_names_the_file_the_key_and_the_rule(
    tmp_path: Path, line: str, says: str
) -> None:
    path = write(tmp_path, f"[skranke]\n{line}\n")
    with pytest.raises(ConfigError) as raised:
        read_machine_config(path)
    assert str(path) in raised.value.message
    assert line.split(" = ")[0] in raised.value.message
    assert says in raised.value.message


def test_a_broken_file_or_missing_section_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="har en fejl"):
        read_machine_config(write(tmp_path, "server = x\n"))
    with pytest.raises(ConfigError, match=r"mangler afsnittet \[skranke\]"):
        read_machine_config(write(tmp_path, "[andet]\nx = 1\n"))


def test_the_environment_names_the_file(tmp_path: Path) -> None:
    assert machine_config_path({"SKRANKE_CONFIG": str(tmp_path / "a.ini")}) == tmp_path / "a.ini"
    assert machine_config_path({}).name == "skranke.ini"


def test_data_and_key_folders_follow_what_it_says(tmp_path: Path) -> None:
    own = MachineConfig()
    shared = MachineConfig(shared_data=True)
    assert default_key_dir(own) is None
    assert default_data_dir(own) != default_data_dir(shared)
    assert default_key_dir(shared) is not None
    assert default_key_dir(shared) != default_data_dir(shared)
    fixed = MachineConfig(data_dir=tmp_path / "d", key_dir=tmp_path / "k")
    assert (default_data_dir(fixed), default_key_dir(fixed)) == (tmp_path / "d", tmp_path / "k")


def test_language_flag_then_remembered_then_it_then_system() -> None:
    it_says_english = MachineConfig(language="en")
    assert choose_language("da", "en", it_says_english, "en") == "da"
    assert choose_language(None, "da", it_says_english, "en") == "da"
    assert choose_language(None, None, it_says_english, "da") == "en"
    assert choose_language(None, None, MachineConfig(), "en") == "en"
    assert choose_language(None, "xx", MachineConfig(), "da") == "da"


def test_system_language_reads_the_locale_variables() -> None:
    assert system_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert system_language({"LC_ALL": "da_DK.UTF-8", "LANG": "en_GB.UTF-8"}) == "da"
    assert system_language({"LANG": "de_DE.UTF-8"}) == "da"
    assert system_language({}) == "da"
