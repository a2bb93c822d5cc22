"""Generated companies and job orders for `skranke --demo` (the same every time for a seed)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator

from app.jobshop.records import Company, Vacancy, VacancyStatus

# title → trade area
_TITLES = {
    "Lagermedarbejder": "industri_lager_transport_service",
    "Truckfører": "industri_lager_transport_service",
    "Chauffør (kørekort C)": "industri_lager_transport_service",
    "Rengøringsassistent": "industri_lager_transport_service",
    "Kassemedarbejder": "butik_handel_kontor",
    "Butiksassistent": "butik_handel_kontor",
    "Kontorassistent": "butik_handel_kontor",
    "Kundeservicemedarbejder": "butik_handel_kontor",
    "Social- og sundhedshjælper": "sosu",
    "Social- og sundhedsassistent": "sosu",
    "Hjemmehjælper (afløser)": "sosu",
    "Pædagogmedhjælper": "paedagogik_undervisning",
    "Køkkenmedhjælper": "hotel_restauration",
    "Tjener": "hotel_restauration",
    "Tømrer": "bygge_anlaeg",
    "Murerarbejdsmand": "bygge_anlaeg",
    "IT-supporter": "it_kommunikation",
}
_COMPANIES = (
    ("DSV Road A/S", "Hedehusene"),
    ("Netto Valby", "Valby"),
    ("Føtex Amager", "Amager"),
    ("Plejecenter Sølund", "Nørrebro"),
    ("Københavns Kommune, Hjemmeplejen", "Bispebjerg"),
    ("ISS Facility Services", "Sydhavnen"),
    ("Bageriet Ørsted", "Østerbro"),
    ("Byggefirmaet Hafnia", "Vesterbro"),
    ("Restaurant Havnekøkkenet", "Indre By"),
    ("Børnehuset Kløveren", "Vanløse"),
    ("Nordisk IT-service", "Ørestad"),
    ("Carlsberg Byen Kantine", "Valby"),
)
_HOURS = ("37 t/uge", "Deltid 25 t/uge", "Vagter, aften og weekend", "Fleksjob muligt")
_REQUIREMENTS = (
    "Gode danskkundskaber",
    "Kørekort B",
    "Truckcertifikat",
    "Mødestabil og fleksibel",
    "Erfaring er en fordel, men ikke et krav",
    "SOSU-uddannelse",
    "Hygiejnebevis",
    "Ren straffeattest",
)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def demo_orders(
    count: int, *, seed: int, today: dt.date, staff_ids: list[str], site_codes: list[str]
) -> Iterator[Company | Vacancy]:
    """The companies first, then `count` open orders with deadlines in the coming weeks."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8), tzinfo=dt.UTC)
    companies = [
        Company(_uuid(rng), name, "", rng.choice(staff_ids), "", now, rng.choice(staff_ids))
        for name, _place in _COMPANIES
    ]
    yield from companies
    places = dict(_COMPANIES)
    titles = list(_TITLES)
    for number in range(count):
        company = rng.choice(companies)
        title = rng.choice(titles)
        yield Vacancy(
            id=_uuid(rng),
            company_id=company.id,
            company_name=company.name,
            title=title,
            trade_area=_TITLES[title],
            place=places[company.name],
            hours=rng.choice(_HOURS),
            requirements=", ".join(rng.sample(_REQUIREMENTS, 2)),
            deadline=today + dt.timedelta(days=rng.randint(1, 45)),
            positions=rng.randint(1, 4),
            contact_staff_id=rng.choice(staff_ids),
            status=VacancyStatus.OPEN,
            created_at=now,
            created_by=rng.choice(staff_ids),
            site_code=rng.choice(site_codes),
            source_ref=f"DEMO-{number + 1}",
        )
