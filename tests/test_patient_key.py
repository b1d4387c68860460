"""A per-patient key seals everything scoped to a patient (the patient reference of each session,
the known identifiers, a witness's name). Withdrawal and `delete --patient` shred it: afterwards
`known list` exits 6 and no sealed field left in the database opens to anything of that patient,
while another patient's still do. A deleted session takes its sealed reference with it. A format-2
vault (tests/golden/vault-format2, made by the code before this change) is moved to the patient
keys when it is first opened, and forgets what it should already have forgotten."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from localnotes.errors import LocalNotesError
from localnotes.store import patient_keys
from localnotes.store.vault import Vault
from tests.conftest import PASSPHRASE, Cli, grant

SHORT = Path(__file__).parent / "data" / "real-speech" / "7902-96591-0000.flac"
GOLDEN2 = Path(__file__).parent / "golden" / "vault-format2"
GOLDEN2_PASSPHRASE = "format two vault passphrase (test only)"
FIELDS = (
    ("sessions", "patient_ref", "id", "patient-ref"),
    ("consents", "witness", "id", "witness"),
    ("known_identifiers", "sealed", None, "known"),
)


def opened_fields(data_dir: Path, passphrase: str = PASSPHRASE) -> list[str]:
    """The plaintext of every patient-scoped sealed field left in vault.db that opens, under its
    patient's key or under the vault-wide field key (where format 2 sealed them)."""
    vault = Vault.open(data_dir, passphrase)
    con = sqlite3.connect(data_dir / "vault.db")
    out = []
    try:
        for table, column, idc, purpose in FIELDS:
            ids = f"{idc}, " if idc else "'', "
            rows = con.execute(f"SELECT {ids} patient_hash, {column} FROM {table}").fetchall()
            for row_id, ph, sealed in rows:
                if not sealed:
                    continue
                legacy = f"known|{ph}" if purpose == "known" else purpose
                with contextlib.suppress(LocalNotesError):
                    opened = patient_keys.open_sealed(vault, ph, purpose, row_id, sealed)
                    out.append(opened.decode())
                with contextlib.suppress(LocalNotesError):
                    out.append(vault.open_value(legacy, sealed).decode())
    finally:
        con.close()
        vault.close()
    return out


def mentions(fields: list[str], *words: str) -> list[str]:
    return [f for f in fields if any(w in f for w in words)]


@pytest.mark.parametrize("how", ["withdraw", "delete-patient"])
def test_shredding_the_patient_key_leaves_nothing_of_theirs_readable(
    initialized: Cli, how: str
) -> None:
    for p, name in (("P-GONE", "Quintanilla"), ("P-STAYS", "Villalobos")):
        grant(initialized, p, "--known", f"Marisol {name}", "--witness", f"Dr {name} Senior")
        initialized.json("transcribe", p, str(SHORT))
    assert "Quintanilla" in initialized("known", "list", "P-GONE").stdout
    before = opened_fields(initialized.data_dir)
    assert len(mentions(before, "P-GONE", "Quintanilla")) == 3  # reference, witness, known
    if how == "withdraw":
        r = initialized("consent", "withdraw", "P-GONE", "--yes")
    else:
        r = initialized("delete", "--patient", "P-GONE", "--yes")
    assert r.returncode == 0, r.stderr
    k = initialized("known", "list", "P-GONE")
    assert k.returncode == 6, (k.stdout, k.stderr)
    assert "Quintanilla" not in k.stdout + k.stderr
    after = opened_fields(initialized.data_dir)
    assert mentions(after, "P-GONE", "Quintanilla") == []
    # the other patient is untouched
    assert "Villalobos" in initialized("known", "list", "P-STAYS").stdout
    assert len(mentions(after, "P-STAYS", "Villalobos")) == 3
    # a new consent of the same patient starts afresh, under a new key
    grant(initialized, "P-GONE", "--known", "Rosa")
    listed = initialized("known", "list", "P-GONE")
    assert listed.returncode == 0 and "Rosa" in listed.stdout and "Quintanilla" not in listed.stdout


def test_delete_patient_without_sessions_still_deletes_their_identifiers(
    initialized: Cli,
) -> None:
    grant(initialized, "P-NOSESS", "--known", "Marisol Quintanilla", "--witness", "Dr Ana Ruiz")
    r = initialized("delete", "--patient", "P-NOSESS", "--yes")
    assert r.returncode == 0 and "identifiers were deleted" in r.stdout, (r.stdout, r.stderr)
    assert initialized("known", "list", "P-NOSESS").returncode == 6
    assert mentions(opened_fields(initialized.data_dir), "Quintanilla", "Ana Ruiz") == []
    # a patient the vault never held is not marked as deleted
    assert "nothing to delete" in initialized("delete", "--patient", "P-NEVER", "--yes").stdout
    assert initialized("known", "list", "P-NEVER").returncode == 0


def test_a_deleted_session_takes_its_patient_reference_with_it(initialized: Cli) -> None:
    grant(initialized, "P-REF")
    sid = initialized.json("transcribe", "P-REF", str(SHORT))["session_id"]
    assert "P-REF" in opened_fields(initialized.data_dir)
    initialized("delete", sid, "--yes", check=True)
    con = sqlite3.connect(initialized.data_dir / "vault.db")
    (ref,) = con.execute("SELECT patient_ref FROM sessions WHERE id=?", (sid,)).fetchone()
    con.close()
    assert ref == b""
    assert "P-REF" not in opened_fields(initialized.data_dir)
    # the patient is still listed (the consent is live), by the name the consent was given
    assert initialized("consent", "status", "P-REF").returncode == 0


def test_a_format_2_vault_moves_to_patient_keys_and_forgets_what_it_should_have(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """Made by the code before patient keys: P-KEEP with two sessions (one deleted), P-GONE
    withdrawn (its known identifiers survived the withdrawal then)."""
    data = tmp_path / "vault"
    shutil.copytree(GOLDEN2, data)
    before = opened_fields(data, GOLDEN2_PASSPHRASE)  # opening upgrades it
    assert Vault.read_header(data)["format"] == 3
    env = {**cli_env, "LOCALNOTES_PASSPHRASE": GOLDEN2_PASSPHRASE}
    cli = Cli(data, env)
    assert mentions(before, "P-GONE", "Villalobos", "Ines Mata") == []
    # the kept session's reference (not the deleted one's), the witness and the known names
    assert mentions(before, "P-KEEP") == ["P-KEEP"]
    assert "Dr Ana Ruiz" in before and len(mentions(before, "Marisol Quintanilla")) == 1
    assert cli("known", "list", "P-GONE").returncode == 6
    assert "Marisol Quintanilla" in cli("known", "list", "P-KEEP", check=True).stdout
    listing = cli("sessions", check=True).stdout
    assert "be90e95c9e73" in listing and "P-KEEP" in listing
    shown = cli("show", "be90", check=True).stdout
    assert "cutter" in shown
    cli("verify", check=True)
    # new writes go under the patient's key, and the same flow as a new vault holds
    cli("known", "add", "P-KEEP", "Ana Quintanilla", check=True)
    assert cli("delete", "--patient", "P-KEEP", "--yes").returncode == 0
    assert cli("known", "list", "P-KEEP").returncode == 6
    assert mentions(opened_fields(data, GOLDEN2_PASSPHRASE), "P-KEEP", "Quintanilla") == []
