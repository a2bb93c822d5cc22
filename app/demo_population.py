"""A generated, realistic population of citizens for the demo desk and the benchmarks.

Deterministic: the same seed and `today` give the same citizens, in the same order.
Lazy: citizens are yielded one by one; memory grows with the number of distinct
birth dates (about 24,000 for ages 16–80), never with the number of citizens, so a
million costs no more memory than a thousand.

CPR numbers are unique by construction: every birth date has its own cursor through
its serial numbers (the four digits after the date). Serial numbers come in two
kinds: the ones that satisfy the old modulus-11 check, and — as issued since 2007,
to children born from October 2007 and to newcomers on crowded birth dates such as
1 January — ones that do not. The 7th digit always fits the birth year's century.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from bisect import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from app.entities import Citizen, SupportBasis, Visit
from app.text_search import fold_name

_MOD11_DATE_WEIGHTS = (4, 3, 2, 7, 6, 5)  # the serial digits weigh 4, 3, 2, 1
_FIRST_UNCHECKED_BIRTH = dt.date(2007, 10, 1)  # newborns since then may fail modulus 11
EDUCATION_BENEFIT_ENDED = dt.date(2025, 7, 1)  # folded into kontanthjælp; old records keep it


class _Weighted:
    """Weighted choice by bisecting cumulative weights: fast enough for a million draws."""

    def __init__(self, pairs: Iterable[tuple[str, float]]) -> None:
        self.items: list[str] = []
        self.cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            total += weight
            self.items.append(item)
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect(self.cum, rng.random() * self.total)]


def _zipf(names: str, exponent: float = 1.0) -> _Weighted:
    """The first name in the list is the most common, then slowly fewer."""
    return _Weighted((n, 1.0 / (rank + 1) ** exponent) for rank, n in enumerate(names.split(",")))


# Danish names, commonest first (roughly after Danmarks Statistik's name lists).
_DK_MALE = _zipf(
    "Peter,Michael,Lars,Jens,Thomas,Henrik,Søren,Christian,Martin,Jan,Morten,Jesper,Anders,"
    "Niels,Mads,Rasmus,Per,Hans,Jørgen,Mikkel,Kim,Ole,Frederik,Jakob,Kasper,Poul,Lasse,Nikolaj,"
    "Torben,Emil,Allan,Bo,Brian,Carsten,Claus,Jonas,Kenneth,Steen,Flemming,Erik,Bjørn,Oliver,"
    "William,Lucas,Noah,Magnus,Viktor,Malthe,Asger,Knud,Kjeld,Bent,Preben,Svend,Aage,Jørn,Mogens,"
    "Troels,Rune,Ulrik,Tobias,Mathias,Villads,Gustav,Aksel,Valdemar,Bjarke,Esben,Kåre,Børge,Sønke",
    0.8,
)
_DK_FEMALE = _zipf(
    "Anne,Kirsten,Mette,Hanne,Anna,Helle,Susanne,Lene,Maria,Marianne,Lone,Camilla,Pia,Louise,"
    "Charlotte,Bente,Tina,Gitte,Inge,Karen,Line,Julie,Emma,Ida,Sofie,Laura,Freja,Clara,Signe,"
    "Cecilie,Mathilde,Maja,Ella,Karla,Astrid,Birthe,Birgitte,Jytte,Dorthe,Tove,Grethe,Else,Ellen,"
    "Lærke,Åse,Bodil,Solvej,Nanna,Rikke,Trine,Malene,Sanne,Bjørg,Agnete,Sørine,Ragnhild,Dagmar",
    0.8,
)
_DK_FAMILY = _zipf(
    "Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,"
    "Petersen,Madsen,Kristensen,Olsen,Thomsen,Christiansen,Poulsen,Johansen,Møller,Mortensen,"
    "Knudsen,Jakobsen,Jacobsen,Frederiksen,Mikkelsen,Henriksen,Laursen,Lund,Schmidt,Eriksen,Holm,"
    "Kristiansen,Clausen,Simonsen,Svendsen,Andreasen,Iversen,Østergaard,Jeppesen,Vestergaard,"
    "Nissen,Lauridsen,Kjær,Jespersen,Mogensen,Skov,Nørgaard,Jepsen,Bertelsen,Bech,Frandsen,"
    "Thygesen,Dam,Bach,Kjeldsen,Winther,Dalgaard,Friis,Bøgh,Kræmer,Ågård,Aagaard,Højgaard,"
    "Damgaard,Bundgaard,Kirkegaard,Søndergaard,Brøndum,Grønbæk,Lykke,Storgaard,Bødker,Sønderby,"
    "Mølgaard,Bønnelykke,Kjærgaard,Skovgård,Fæster,Krøyer,Bækgaard,Næsby,Tønnesen,Løkke,Rønne,"
    "Ødum,Ørsted,Åkjær,Juul,Krogh,Dahl,Abildgaard,Ravn,Lind,Buch,Hjort,Bang,Due,Kofoed,Munk",
    0.9,
)


@dataclass(frozen=True, slots=True)
class _Origin:
    male: _Weighted
    female: _Weighted
    family: _Weighted


# Other origins common in Copenhagen, each with its share of the non-Danish citizens.
_WORLD = _Weighted((("mena", 0.55), ("east", 0.22), ("asia", 0.08), ("west", 0.15)))
_ORIGINS = {
    "mena": _Origin(
        _zipf(
            "Mohammad,Mohamed,Ali,Ahmad,Hassan,Omar,Hussein,Yusuf,Mustafa,Ibrahim,Abdi,Emre,"
            "Mehmet,Murat,Bilal,Imran,Karim,Tariq,Khalid,Abdullahi",
            0.6,
        ),
        _zipf(
            "Fatima,Aisha,Amina,Zainab,Maryam,Hodan,Elif,Zeynep,Leyla,Sara,Yasmin,Nour,Ayşe,"
            "Hatice,Fadumo,Samira",
            0.6,
        ),
        _zipf(
            "Ahmed,Ali,Hussain,Khan,Mohamed,Hassan,Yilmaz,Kaya,Demir,Çelik,Öztürk,Şahin,Abdi,"
            "Farah,Warsame,Jama,Al-Hassan,Abdullah,Ibrahim,Rahimi,Hosseini,Karimi,Malik,Butt,"
            "Chaudhry,Aziz,Mahmoud",
            0.6,
        ),
    ),
    "east": _Origin(
        _zipf(
            "Piotr,Tomasz,Krzysztof,Andrzej,Marius,Andrei,Ion,Dmytro,Oleksandr,Jakub,Mateusz", 0.6
        ),
        _zipf("Agnieszka,Katarzyna,Joanna,Magdalena,Ioana,Oksana,Olena,Anna,Natalia,Ewa", 0.6),
        _zipf(
            "Nowak,Kowalski,Wiśniewski,Wójcik,Kamiński,Lewandowski,Popescu,Ionescu,"
            "Shevchenko,Kovalenko,Petrović,Jovanović,Horvat,Novák",
            0.6,
        ),
    ),
    "asia": _Origin(
        _zipf("Minh,Duc,Rahul,Arjun,Wei,Hiroshi,Tuan", 0.6),
        _zipf("Linh,Huong,Priya,Mei,Thi Lan,Anjali,Yuki", 0.6),
        _zipf("Nguyen,Tran,Pham,Le,Sharma,Patel,Wang,Li,Tanaka", 0.6),
    ),
    "west": _Origin(
        _zipf("José,Carlos,André,François,Jürgen,Björn,Luca,Giovanni,John,David,Olav,Sven", 0.6),
        _zipf("María,Renée,Chloé,Zoë,Åsa,Giulia,Sarah,Ingrid,Élise,Sofía,Kerstin", 0.6),
        _zipf(
            "García,López,Rodríguez,Dubois,Müller,Schäfer,Lindqvist,Åberg,Öberg,Rossi,Smith,"
            "Bjørnstad,Johansson,Weiß",
            0.6,
        ),
    ),
}

_SUPPORT = {  # share of the desk's citizens by support basis, by age band
    "16-17": {"studerende": 70, "andet": 20, "beskaeftiget": 10},
    "18-29": {
        "forsikret": 22, "kontanthjaelp": 20, "uddannelseshjaelp": 18, "sygedagpenge": 4,
        "beskaeftiget": 14, "studerende": 16, "andet": 6,
    },
    "30-66": {
        "forsikret": 40, "kontanthjaelp": 20, "sygedagpenge": 15, "beskaeftiget": 14,
        "studerende": 3, "andet": 8,
    },
    "67-80": {"andet": 60, "beskaeftiget": 25, "forsikret": 10, "sygedagpenge": 5},
}  # fmt: skip
_SUPPORT_BY_BAND = {band: _Weighted(w.items()) for band, w in _SUPPORT.items()}
_AGE_WEIGHTS = _Weighted(
    (
        str(age),
        0.3 if age < 18 else 1.0 if age < 30 else 1.2 if age < 60 else 0.6 if age < 67 else 0.15,
    )
    for age in range(16, 81)
)
A_KASSER = (
    "3F A-kasse", "HK A-kasse", "Akademikernes A-kasse", "CA a-kasse", "Ase", "Krifa",
    "Det Faglige Hus A-kasse", "FOA A-kasse", "Min A-kasse", "Dansk Metal A-kasse",
    "Lederne A-kasse", "Magistrenes A-kasse", "BUPL A-kasse", "Frie Funktionærers A-kasse",
)  # fmt: skip
_MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.dk", "mail.dk")


@dataclass(frozen=True, slots=True)
class _Cursor:
    """Where a birth date's two serial sequences (modulus-11 and not) have got to."""

    checked: int = 0
    unchecked: int = 0


def century_digits(year: int) -> tuple[int, ...]:
    """The 7th CPR digits that mean `year` (the CPR office's century table)."""
    if 1900 <= year <= 1936:
        return (0, 1, 2, 3)
    if 1937 <= year <= 1999:
        return (0, 1, 2, 3, 4, 9)
    if 2000 <= year <= 2036:
        return (4, 5, 6, 7, 8, 9)
    if 2037 <= year <= 2057 or 1858 <= year <= 1899:
        return (5, 6, 7, 8)
    raise ValueError(f"no CPR century digit for {year}")


class CprSource:
    """Hands out unique CPR numbers, birth date by birth date, without remembering them all."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._cursors: dict[int, _Cursor] = {}

    def take(self, birth: dt.date, *, checked: bool) -> str | None:
        """The next unused serial for `birth`, of the wanted kind; None when the date is full."""
        cursor = self._cursors.get(birth.toordinal(), _Cursor())
        date_part = f"{birth:%d%m%y}"
        firsts = century_digits(birth.year)
        space = len(firsts) * 1000
        # A fixed per-date shuffle of the serials (an affine map, a bijection on the space).
        step = (7919, 7907, 7901)[birth.toordinal() % 3]  # primes: coprime with 4000 and 6000
        offset = (birth.toordinal() * 2654435761 + self._seed) % space
        position = cursor.checked if checked else cursor.unchecked
        date_sum = sum(w * int(d) for w, d in zip(_MOD11_DATE_WEIGHTS, date_part, strict=True))
        while position < space:
            slot = (offset + step * position) % space
            position += 1
            first, rest = firsts[slot // 1000], slot % 1000
            weighted = date_sum + 4 * first + 3 * (rest // 100) + 2 * (rest // 10 % 10) + rest % 10
            if (weighted % 11 == 0) == checked:
                break
        else:
            return None
        serial = f"{first}{rest:03d}"
        self._cursors[birth.toordinal()] = (
            _Cursor(position, cursor.unchecked) if checked else _Cursor(cursor.checked, position)
        )
        return date_part + serial


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _birth_date(rng: random.Random, today: dt.date, age: int, *, new_in_denmark: bool) -> dt.date:
    latest = _years_before(today, age)
    earliest = _years_before(today, age + 1) + dt.timedelta(days=1)
    if new_in_denmark and rng.random() < 0.25:  # unknown birthday: registered as 1 January
        jan1 = dt.date(latest.year, 1, 1)
        if earliest <= jan1:
            return jan1
    return earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))


def _age_band(age: int) -> str:
    return "16-17" if age < 18 else "18-29" if age < 30 else "30-66" if age < 67 else "67-80"


def _names(rng: random.Random, *, male: bool, world: bool) -> tuple[str, str]:
    """Given and family name for a person of Danish or other origin."""
    origin = _ORIGINS[_WORLD.pick(rng)] if world else None
    if origin is not None:
        given = (origin.male if male else origin.female).pick(rng)
    else:
        table = _DK_MALE if male else _DK_FEMALE
        given = table.pick(rng)
        if rng.random() < 0.1:  # double given names: Anne Marie, Jens Peter
            second = table.pick(rng)
            given = given if second == given else f"{given} {second}"
    mixed = rng.random() < 0.04  # married or mixed families: the other side's family name
    if origin is None:
        family = (_ORIGINS[_WORLD.pick(rng)].family if mixed else _DK_FAMILY).pick(rng)
    else:
        family = (_DK_FAMILY if mixed else origin.family).pick(rng)
    if not male and family.endswith("ski"):
        family = family[:-1] + "a"  # Kowalski → Kowalska
    if not world and rng.random() < 0.18:  # a middle name: Bøgh Jørgensen, Juul Pedersen
        middle = _DK_FAMILY.pick(rng)
        family = family if middle == family else f"{middle} {family}"
    return given, family


def _contact(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    phone = ""
    if rng.random() < 0.7:
        n = rng.randrange(20_000_000, 100_000_000)
        phone = f"{n // 1_000_000:02d} {n // 10_000 % 100:02d} {n // 100 % 100:02d} {n % 100:02d}"
    email = ""
    if rng.random() < 0.45:
        local = ".".join(fold_name(f"{given.split()[0]} {family.split()[-1]}").split())
        local = "".join(ch for ch in local if ch.isascii() and (ch.isalnum() or ch in ".-"))
        suffix = str(rng.randrange(1, 100)) if rng.random() < 0.5 else ""
        email = f"{local}{suffix}@{rng.choice(_MAIL_DOMAINS)}"
    return phone, email


def _timestamp(rng: random.Random, first: dt.date, last: dt.date) -> dt.datetime:
    day = first + dt.timedelta(days=rng.randrange(max((last - first).days, 0) + 1))
    seconds = rng.randrange(8 * 3600, 15 * 3600)  # office hours, Copenhagen-ish in UTC
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) + dt.timedelta(seconds=seconds)


def generate_citizens(
    count: int, *, seed: int = 2026, today: dt.date | None = None
) -> Iterator[Citizen]:
    """`count` distinct citizens aged 16–80 on `today`, the same ones for the same seed."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    cprs = CprSource(seed)
    made = 0
    while made < count:
        age = int(_AGE_WEIGHTS.pick(rng))
        world = rng.random() < 0.22  # origin outside Denmark
        birth = _birth_date(rng, today, age, new_in_denmark=world)
        newcomer = world and rng.random() < 0.4  # came after 2007: may get a new-style number
        checked = birth < _FIRST_UNCHECKED_BIRTH and not newcomer
        cpr = cprs.take(birth, checked=checked) or cprs.take(birth, checked=not checked)
        if cpr is None:  # every serial of this birth date is taken: draw another person
            continue
        given, family = _names(rng, male=int(cpr[9]) % 2 == 1, world=world)
        basis = SupportBasis(_SUPPORT_BY_BAND[_age_band(age)].pick(rng))
        first_day = max(_years_before(birth, -16), today - dt.timedelta(days=3650))
        if basis is SupportBasis.EDUCATION_BENEFIT:
            # An old record: registered before the 2025 reform, while under 30.
            last_day = min(
                EDUCATION_BENEFIT_ENDED - dt.timedelta(days=1), _years_before(birth, -30)
            )
            if last_day < first_day:
                basis, last_day = SupportBasis.CASH_BENEFIT, today
        else:
            last_day = today
        created = _timestamp(rng, first_day, last_day)
        updated = created if rng.random() < 0.6 else _timestamp(rng, created.date(), last_day)
        phone, email = _contact(rng, given, family)
        yield Citizen(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            cpr=cpr,
            given_name=given,
            family_name=family,
            support_basis=basis,
            a_kasse=rng.choice(A_KASSER) if basis is SupportBasis.INSURED else "",
            phone=phone,
            email=email,
            created_at=created,
            updated_at=updated,
        )
        made += 1


def generate_visits(
    citizens: Iterable[Citizen],
    *,
    site_codes: Sequence[str],
    service_codes: Sequence[str],
    staff_by_site: Mapping[str, Sequence[str]],
    workstation_id: str,
    seed: int = 2026,
    today: dt.date | None = None,
    share: float = 0.125,
) -> Iterator[Visit]:
    """One to four past visits for a `share` of the citizens, so the desk shows some history."""
    today = today or dt.date.today()
    rng = random.Random(seed + 1)
    for citizen in citizens:
        first = max(citizen.created_at.date(), today - dt.timedelta(days=730))
        if rng.random() >= share or first >= today:
            continue
        for _ in range(rng.randint(1, 4)):
            site = rng.choice(site_codes)
            staff = staff_by_site.get(site) or [""]
            yield Visit(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                citizen_id=citizen.id,
                site_code=site,
                service_code=rng.choice(service_codes),
                started_at=_timestamp(rng, first, today - dt.timedelta(days=1)),
                workstation_id=workstation_id,
                staff_id=rng.choice(staff),
            )
