"""Identifiers the way people say them: digits one by one or in groups, "at" and "dot com", dates.

Used by redaction_external.py to render presidio-evaluator's fake identities. Each value comes
with its spoken form and the keys that must not survive redaction of a transcript of it (digit
strings and name words, as in the dialogs' `|keys`).
"""

from __future__ import annotations

import random
import re

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
STREET_TYPES = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Dr": "Drive", "Ln": "Lane"}


def two(n: int) -> str:
    """0-99 as words: "oh five" for 5 inside a group, "forty two"."""
    if n < 10:
        return f"oh {ONES[n]}"
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]} {ONES[u]}"


def number(n: int) -> str:
    """A whole number as words ("two thousand seventy one", "three hundred twelve")."""
    if n < 10:
        return ONES[n]
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{ONES[h]} hundred" + (f" {number(r)}" if r else "")
    th, r = divmod(n, 1000)
    return f"{number(th)} thousand" + (f" {number(r)}" if r else "")


def digits(s: str, rng: random.Random, groups: bool = True) -> str:
    """A digit string read one by one ("five nine one") or, sometimes, in pairs ("fifty nine")."""
    if groups and len(s) % 2 == 0 and len(s) >= 2 and rng.random() < 0.3 and s[0] != "0":
        return " ".join(two(int(s[i : i + 2])) for i in range(0, len(s), 2))
    return " ".join("oh" if c == "0" and rng.random() < 0.5 else ONES[int(c)] for c in s)


def grouped(parts: list[str], rng: random.Random) -> str:
    return ", ".join(digits(p, rng) for p in parts)


def house(n: str, rng: random.Random) -> str:
    """A house number as said: "twenty seventy one", "two oh seven one", "four thirty two"."""
    v = int(n)
    if v < 100 or rng.random() < 0.3:
        return number(v) if v < 100 else digits(n, rng, groups=False)
    if len(n) == 3:
        return f"{ONES[int(n[0])]} {two(int(n[1:]))}"
    if len(n) == 4:
        return f"{two(int(n[:2]))} {two(int(n[2:]))}"
    return digits(n, rng, groups=False)


def words_of(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", name) if len(w) >= 3]


def spoken_email(addr: str) -> str:
    local, _, domain = addr.partition("@")
    local = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local)
    local = re.sub(r"(?<=[A-Za-z])(?=\d)", " ", local).lower()
    local = local.replace(".", " dot ").replace("_", " underscore ")
    return f"{local} at {' dot '.join(domain.lower().split('.'))}"


def spoken_domain(domain: str, rng: random.Random) -> str:
    body = " dot ".join(domain.lower().split("."))
    return f"w w w dot {body}" if rng.random() < 0.4 else body


def spoken_date(month: int, day: int, year: int | None, rng: random.Random) -> str:
    d = (
        ORDINALS[day - 1]
        if day <= 20
        else (
            f"twenty {ORDINALS[day - 21]}"
            if day < 30
            else "thirtieth"
            if day == 30
            else "thirty first"
        )
    )
    y = ""
    if year is not None:
        y = f", {two(year // 100)} {two(year % 100)}" if year % 100 >= 10 else f", {year}"
    form = rng.randrange(3)
    if form == 0:
        return f"{MONTHS[month - 1]} the {d}{y}"
    if form == 1:
        return f"the {d} of {MONTHS[month - 1]}{y}"
    return f"{MONTHS[month - 1]} {d}{y}"


def luhn_card(rng: random.Random) -> str:
    body = [rng.choice("45")] + [str(rng.randrange(10)) for _ in range(14)]
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "".join(body) + str((10 - total % 10) % 10)


def values_for(
    who: dict[str, str],
    us: dict[str, str],
    rng: random.Random,
    orgs: list[str],
    nats: list[str],
) -> dict[str, tuple[str, list[str]]]:
    """Every placeholder of the templates, filled from one identity (and one US identity)."""
    given, surname = who["GivenName"], who["Surname"]
    number_part, _, street = us["StreetAddress"].partition(" ")
    if not number_part.isdigit():
        number_part, street = str(rng.randrange(10, 9999)), us["StreetAddress"]
    street_words = street.split()
    if street_words and street_words[-1] in STREET_TYPES:
        street_words[-1] = STREET_TYPES[street_words[-1]]
    street = " ".join(street_words)
    num_said = house(number_part, rng)
    unit = rng.randrange(1, 40)
    secondary = f"{rng.choice(['apartment', 'suite', 'unit'])} {number(unit)}"
    zip_code = us["ZipCode"][:5]
    zip_said = digits(zip_code, rng, groups=False)
    phone = re.sub(r"\D", "", us["TelephoneNumber"])[-10:]
    phone_said = grouped([phone[:3], phone[3:6], phone[6:]], rng)
    ssn = re.sub(r"\D", "", us["NationalID"]) or "".join(str(rng.randrange(10)) for _ in range(9))
    card = luhn_card(rng)
    m, d, y = (int(x) for x in who["Birthday"].split("/"))
    age = rng.choice([int(who["Age"]), rng.randrange(90, 104)])
    ip = [str(rng.randrange(1, 255)) for _ in range(4)]
    iban_digits = "".join(str(rng.randrange(10)) for _ in range(14))
    lic = rng.choice("ABCDEFGHJKLMNPRSTWY") + "".join(str(rng.randrange(10)) for _ in range(8))
    city = us["City"]
    address = f"{num_said} {street}, {city}, {us['StateFull']}, {zip_said}"
    hour = rng.randrange(1, 12)
    month2, day2 = rng.randrange(1, 13), rng.randrange(1, 29)
    return {
        "person": (f"{given} {surname}", words_of(f"{given} {surname}")),
        "name": (f"{given} {surname}", words_of(f"{given} {surname}")),
        "first_name": (given, words_of(given)),
        "first_name_male": (given, words_of(given)),
        "first_name_female": (given, words_of(given)),
        "first_name_nonbinary": (given, words_of(given)),
        "last_name": (surname, words_of(surname)),
        "last_name_male": (surname, words_of(surname)),
        "last_name_female": (surname, words_of(surname)),
        "name_female": (f"{given} {surname}", words_of(f"{given} {surname}")),
        "name_male": (f"{given} {surname}", words_of(f"{given} {surname}")),
        "prefix": (who["Title"], []),
        "prefix_male": (who["Title"], []),
        "prefix_female": (who["Title"], []),
        "address": (address, [number_part, zip_code, *words_of(street)[:1], *words_of(city)]),
        "street_name": (street, words_of(street)[:1]),
        "building_number": (num_said, [number_part] if len(number_part) >= 3 else []),
        "secondary_address": (secondary, []),
        "city": (city, words_of(city)),
        "postcode": (zip_said, [zip_code]),
        "zipcode": (zip_said, [zip_code]),
        "phone_number": (phone_said, [phone[-4:]]),
        "email": (spoken_email(who["EmailAddress"]), words_of(who["EmailAddress"].split("@")[0])),
        "ssn": (grouped([ssn[:3], ssn[3:5], ssn[5:]], rng), [ssn[-4:]]),
        "credit_card_number": (
            grouped([card[i : i + 4] for i in range(0, 16, 4)], rng),
            [card[-4:], card[4:8]],
        ),
        "iban": (
            f"G B {digits(iban_digits[:2], rng)} W E S T "
            + grouped([iban_digits[2:8], iban_digits[8:]], rng),
            [iban_digits[-4:]],
        ),
        "us_driver_license": (f"{lic[0]} {grouped([lic[1:5], lic[5:]], rng)}", [lic[-4:]]),
        "ip_address": (" dot ".join(number(int(p)) for p in ip), []),
        "url": (spoken_domain(who["Domain"], rng), words_of(who["Domain"].split(".")[0])),
        "date_of_birth": (spoken_date(m, d, y, rng), [MONTHS[m - 1]]),
        "date_time": (
            f"{spoken_date(month2, day2, None, rng)} at {number(hour)} p m",
            [MONTHS[month2 - 1]],
        ),
        "age": (number(age), []),
        "organization": (rng.choice(orgs), []),
        "country": (who["CountryFull"], []),
        "nationality": (rng.choice(nats), []),
        "nation_woman": (rng.choice(nats), []),
        "nation_plural": (rng.choice(nats), []),
        "job": (who["Occupation"], []),
        "year": (f"{two(y // 100)} {two(y % 100)}" if y % 100 >= 10 else str(y), []),
        "day_of_week": (rng.choice(["Monday", "Tuesday", "Friday", "Sunday"]), []),
        "state_abbr": (us["StateFull"], []),
    }
