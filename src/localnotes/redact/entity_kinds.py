"""The identifier kinds this package reports, and Presidio's names mapped onto them.

Placeholders and the redaction report use these names: `[PERSON]`, `[PHONE]`, `{"DATE": 2}`.
"""

from __future__ import annotations

PERSON = "PERSON"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
LOCATION = "LOCATION"
ZIP = "ZIP"
DATE = "DATE"
AGE = "AGE"
SSN = "SSN"
MRN = "MRN"
ID = "ID"
PLATE = "PLATE"
URL = "URL"
HANDLE = "HANDLE"
IP_ADDRESS = "IP_ADDRESS"
ORGANIZATION = "ORGANIZATION"

ALL_KINDS: tuple[str, ...] = (
    PERSON, PHONE, EMAIL, ADDRESS, LOCATION, ZIP, DATE, AGE, SSN, MRN, ID, PLATE, URL, HANDLE,
    IP_ADDRESS, ORGANIZATION,
)  # fmt: skip

#: Presidio's built-in entity names -> ours
PRESIDIO_TO_KIND: dict[str, str] = {
    "PHONE_NUMBER": PHONE,
    "EMAIL_ADDRESS": EMAIL,
    "US_SSN": SSN,
    "DATE_TIME": DATE,
    "CREDIT_CARD": ID,
    "US_DRIVER_LICENSE": ID,
    "US_PASSPORT": ID,
    "US_BANK_NUMBER": ID,
    "IBAN_CODE": ID,
}

#: when spans of different kinds overlap, the more specific kind names the merged span
PRIORITY: dict[str, int] = {
    kind: rank
    for rank, kind in enumerate(
        (
            SSN,
            MRN,
            PLATE,
            EMAIL,
            URL,
            HANDLE,
            IP_ADDRESS,
            PHONE,
            ZIP,
            ID,
            ADDRESS,
            DATE,
            AGE,
            ORGANIZATION,
            LOCATION,
            PERSON,
        )
    )
}


def canonical(kind: str) -> str:
    """Our name for a Presidio entity type (unknown names pass through)."""
    return PRESIDIO_TO_KIND.get(kind, kind)
