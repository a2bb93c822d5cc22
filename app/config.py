"""The desk's configuration: IT's machine-wide file, the user's remembered choices, flags.

Order, weakest first: built-in defaults → the machine-wide file IT pushes out
(`skranke.ini`, section `[skranke]`) → what a user chose and the desk remembers
(language) → command-line flags. A value IT fixes is shown as fixed in the settings
dialog; a flag still wins, so a technician can try something without editing the file.

Where the file is: `SKRANKE_CONFIG` when set, else the platform's machine-wide config
folder (platformdirs' `site_config_dir("Skranke", "Jobcenter Koebenhavn")`:
`C:\\ProgramData\\Jobcenter Koebenhavn\\Skranke\\skranke.ini` on Windows,
`/etc/xdg/Skranke/skranke.ini` on Linux). No file is the normal case for a single PC.

No Qt here: the desk, a script and the tests read the same rules.
"""

from __future__ import annotations

import configparser
import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import KnownError, Phrase
from app.printing.printer_spec import PrinterSpecError, parse_printer_spec

APP_NAME = "Skranke"
APP_AUTHOR = "Jobcenter Koebenhavn"
CONFIG_ENV = "SKRANKE_CONFIG"
SECTION = "skranke"
LANGUAGES = ("da", "en")
SITES = ("MUS", "SKB", "NYR")

# Every key IT may set, with what it means (docs/deployment.md prints the same list).
KEYS: Mapping[str, str] = {
    "server": "den centrale servers adresse, fx https://skranke.kk.dk",
    "server_ca": "CA-fil (PEM), som serverens certifikat bekræftes med",
    "site": "afdeling: MUS, SKB eller NYR",
    "counter": "skranke-nummer i afdelingen",
    "data_dir": "mappe til den lokale database",
    "shared_data": "yes: én fælles datamappe for alle brugere på pc'en",
    "key_dir": "mappe til databasens nøgle (kræves ved shared_data)",
    "printer": "billetprinter: pdf, system:<navn>, escpos-net:<vært>:<port>, escpos-usb:<vid>:<pid>",
    "language": "sprog: da eller en",
    "idle_minutes": "lås skærmen efter så mange minutter uden brug",
}


class ConfigError(KnownError):
    """IT's configuration file cannot be used as it stands."""


@dataclass(frozen=True)
class MachineConfig:
    """What the machine-wide file says; `None` where it says nothing."""

    path: Path | None = None  # the file read (None: there was none)
    server: str | None = None
    server_ca: Path | None = None
    site: str | None = None
    counter: int | None = None
    data_dir: Path | None = None
    shared_data: bool = False
    key_dir: Path | None = None
    printer: str | None = None
    language: str | None = None
    idle_minutes: float | None = None
    ignored: tuple[str, ...] = field(default=())  # unknown keys, reported in the log

    def fixed(self, key: str) -> bool:
        """Whether IT fixed `key` (the settings dialog shows it as not changeable)."""
        if key == "shared_data":
            return self.shared_data
        return getattr(self, key, None) is not None


def machine_config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP_NAME, APP_AUTHOR)) / "skranke.ini"


def read_machine_config(path: Path | None = None) -> MachineConfig:
    """Read IT's file; a missing file is an empty config, a broken one a `ConfigError`
    that names the file and the key, so IT can mend it."""
    path = path or machine_config_path()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as handle:  # Notepad writes a BOM
            parser.read_file(handle)
    except FileNotFoundError:
        return MachineConfig()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            "Konfigurationsfilen {path} kan ikke læses: {exc}", path=path, exc=exc
        ) from exc
    except configparser.Error as exc:
        raise ConfigError(
            "Konfigurationsfilen {path} har en fejl: {exc}", path=path, exc=_first_line(str(exc))
        ) from exc
    if not parser.has_section(SECTION):
        raise ConfigError(
            "Konfigurationsfilen {path} mangler afsnittet [{section}].", path=path, section=SECTION
        )
    values = dict(parser.items(SECTION))
    return _parse(values, path)


def _parse(values: dict[str, str], path: Path) -> MachineConfig:
    def text(key: str) -> str | None:
        value = values.get(key, "").strip()
        return value or None

    def bad(key: str, why: Phrase) -> ConfigError:
        return ConfigError(
            "Konfigurationsfilen {path}: «{key} = {value}» – {why}.",
            path=path,
            key=key,
            value=values[key],
            why=why,
        )

    server = text("server")
    if server is not None and not server.startswith(("http://", "https://")):
        raise bad("server", Phrase("adressen skal begynde med https:// (eller http://)"))
    site = text("site")
    if site is not None:
        site = site.upper()
        if site not in SITES:
            raise bad("site", Phrase("afdelingen skal være MUS, SKB eller NYR"))
    counter = None
    if text("counter") is not None:
        try:
            counter = int(values["counter"])
        except ValueError:
            raise bad("counter", Phrase("skranke-nummeret skal være et helt tal")) from None
        if counter < 1:
            raise bad("counter", Phrase("skranke-nummeret skal være 1 eller mere"))
    language = text("language")
    if language is not None:
        language = language.lower()
        if language not in LANGUAGES:
            raise bad("language", Phrase("sproget skal være da eller en"))
    idle = None
    if text("idle_minutes") is not None:
        try:
            idle = float(values["idle_minutes"].replace(",", "."))
        except ValueError:
            raise bad("idle_minutes", Phrase("skal være et antal minutter")) from None
        if idle <= 0:
            raise bad("idle_minutes", Phrase("skal være mere end 0 minutter"))
    shared = False
    if text("shared_data") is not None:
        flag = values["shared_data"].strip().lower()
        if flag not in ("yes", "no", "true", "false", "ja", "nej", "1", "0"):
            raise bad("shared_data", Phrase("skal være yes eller no"))
        shared = flag in ("yes", "true", "ja", "1")
    printer = text("printer")
    if printer is not None:
        try:
            parse_printer_spec(printer)
        except PrinterSpecError:
            raise bad(
                "printer", Phrase("ukendt printer – se dokumentationen for formatet")
            ) from None
    return MachineConfig(
        path=path,
        server=server,
        server_ca=_path(text("server_ca")),
        site=site,
        counter=counter,
        data_dir=_path(text("data_dir")),
        shared_data=shared,
        key_dir=_path(text("key_dir")),
        printer=printer,
        language=language,
        idle_minutes=idle,
        ignored=tuple(sorted(set(values) - set(KEYS))),
    )


def _path(value: str | None) -> Path | None:
    return Path(os.path.expandvars(value)).expanduser() if value else None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def default_data_dir(config: MachineConfig) -> Path:
    """The data folder: IT's `data_dir`; else, when IT shares the PC's data among its
    users, the machine-wide data folder; else the OS user's own."""
    if config.data_dir is not None:
        return config.data_dir
    from platformdirs import site_data_dir, user_data_dir

    if config.shared_data:
        return Path(site_data_dir(APP_NAME, APP_AUTHOR)) / "data"
    return Path(user_data_dir(APP_NAME, "Jobcenter Koebenhavn"))


def default_key_dir(config: MachineConfig) -> Path | None:
    """Where a shared data folder's key lives: IT's `key_dir`, else the machine-wide
    config folder's `keys` (readable by the counter's users, as IT sets it up). `None`
    for a per-user folder: the store key module then uses the user's keyring."""
    if config.key_dir is not None:
        return config.key_dir
    if not config.shared_data:
        return None
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP_NAME, APP_AUTHOR)) / "keys"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """Danish or English from the system's locale: Danish unless it says English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return language_of_locale(env[name])
    if environ is None:
        found = locale.getlocale()[0]
        if found:
            return language_of_locale(found)
    return "da"


def language_of_locale(tag: str) -> str:
    """English for an English locale name (en_GB, English_United Kingdom), else Danish."""
    return "en" if tag.lower().startswith("en") else "da"


def choose_language(
    flag: str | None, remembered: str | None, config: MachineConfig, system: str
) -> str:
    """The flag, then what the user chose at this desk, then IT's default, then the
    system's locale."""
    for candidate in (flag, remembered, config.language, system):
        if candidate in LANGUAGES:
            return str(candidate)
    return "da"
