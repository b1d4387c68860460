"""Reading the vault header safely, and upgrading an older vault's format (1 to 2, 2 to 3).

The header is read before any key exists, so nothing in it is authenticated yet: its KDF
parameters are checked against the same minimums `init` enforces (and sane maximums, so an edited
header cannot make the key derivation hang or exhaust memory) and an impossible value is reported
as an altered vault (exit 5), never as a wrong passphrase or a crash. A value edited within range
derives another key and reads as a wrong passphrase: without the passphrase the two look alike.

Format 2 adds row seals (store/rows.py), binds each data key to its session, patient and consent,
seals the ledger's entry bodies and writes the high-water mark (store/ledger_seal.py). The upgrade
runs once, in one transaction, the first time a format-1 vault is opened with its passphrase: the
rows as they are then are taken as genuine (format 1 had nothing to check them against).

Format 3 seals what is scoped to one patient under that patient's key (upgrade_from_2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from localnotes.config import MIN_KDF_MEMORY_KIB
from localnotes.crypto import keys as K
from localnotes.errors import IntegrityError
from localnotes.ledger import merkle
from localnotes.store import ledger_seal, patient_keys, rows
from localnotes.store.schema import FORMAT, SEALED_TABLES

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

MAX_KDF_MEMORY_KIB = 16 * 1024 * 1024  # 16 GiB
MAX_KDF_ITERATIONS = 1000
MAX_KDF_LANES = 255
SALT_BYTES = 16


def _int(value: Any, low: int, high: int) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return value if ok else None


def header_params(head: dict[str, Any]) -> K.KdfParams:
    """The KDF parameters of a header, or IntegrityError if they could not have been written by
    `init` (which refuses memory below 64 MiB, fewer than 1 pass or lane)."""
    m, t, p, salt = (
        head.get("kdf_memory_kib"),
        head.get("kdf_iterations"),
        head.get("kdf_lanes"),
        head.get("kdf_salt"),
    )
    problems = []
    memory = _int(m, MIN_KDF_MEMORY_KIB, MAX_KDF_MEMORY_KIB)
    passes = _int(t, 1, MAX_KDF_ITERATIONS)
    lanes = _int(p, 1, MAX_KDF_LANES)
    if memory is None:
        problems.append(f"kdf_memory_kib={m!r}")
    if passes is None:
        problems.append(f"kdf_iterations={t!r}")
    if lanes is None:
        problems.append(f"kdf_lanes={p!r}")
    if not (isinstance(salt, bytes) and len(salt) == SALT_BYTES):
        problems.append("kdf_salt")
    for name in ("wrapped_master", "wrapped_signing", "public_key"):
        if not isinstance(head.get(name), bytes):
            problems.append(name)
    if not isinstance(head.get("vault_id"), str):
        problems.append("vault_id")
    if problems:
        raise IntegrityError(
            "the vault header was altered (" + ", ".join(problems)[:200] + " is not a value "
            "localnotes writes); the vault was not opened"
        )
    assert isinstance(salt, bytes) and memory and passes and lanes
    return K.KdfParams(salt, memory, passes, lanes)


def _columns(vault: Vault, table: str) -> list[str]:
    return [r[1] for r in vault._conn.execute(f"PRAGMA table_info({table})")]


def upgrade_from_1(vault: Vault) -> None:
    """Seal every row, re-wrap every data key with its binding, seal the ledger, write the mark."""
    with vault._tx() as c:
        for table in SEALED_TABLES:
            if "seal" not in _columns(vault, table):
                c.execute(f"ALTER TABLE {table} ADD COLUMN seal BLOB")
        idc = {"pending_deletions": "artifact_id"}
        old_keys = dict(c.execute("SELECT artifact_id, wrapped FROM keys").fetchall())
        for table in SEALED_TABLES:
            cur = c.execute(f"SELECT * FROM {table} ORDER BY rowid")
            names = [d[0] for d in cur.description]
            for values in [dict(zip(names, r, strict=True)) for r in cur.fetchall()]:
                rid = values[idc.get(table, "id")]
                row = rows.seal(vault._row_key, table, rid, values)
                sets = ", ".join(f"{k} = ?" for k in row if k != idc.get(table, "id"))
                c.execute(
                    f"UPDATE {table} SET {sets} WHERE {idc.get(table, 'id')} = ?",
                    (*[v for k, v in row.items() if k != idc.get(table, "id")], rid),
                )
        for art in vault.rows("artifacts"):
            wrapped = old_keys.get(art["id"])
            if wrapped is None:
                continue
            old = f"data-key|{art['id']}|{art['kind']}".encode()
            data_key = K.unwrap(vault._wrap_key, wrapped, old)
            binding = vault.session_binding(art["session_id"])
            new = "data-key/2|{}|{}|{}|{}|{}".format(art["id"], art["kind"], *binding).encode()
            c.execute(
                "UPDATE keys SET wrapped = ? WHERE artifact_id = ?",
                (K.wrap(vault._wrap_key, data_key, new), art["id"]),
            )
        leaves: list[bytes] = []
        has_ledger = c.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ledger'"
        ).fetchone()[0]
        if has_ledger:
            for idx, entry in c.execute("SELECT idx, entry FROM ledger ORDER BY idx").fetchall():
                data = entry if isinstance(entry, bytes) else str(entry).encode()
                leaves.append(merkle.leaf_hash(data))
                c.execute(
                    "UPDATE ledger SET entry = ? WHERE idx = ?",
                    (ledger_seal.seal_entry(vault._ledger_key, idx, data), idx),
                )
        ledger_seal.write_mark(c, vault._mark_key, vault.vault_id, len(leaves), merkle.root(leaves))
        c.execute("UPDATE header SET format = 2 WHERE id = 1")
    vault.checkpoint()


def upgrade_from_2(vault: Vault) -> None:
    """Format 3: move every patient reference, known identifier and witness name from the
    vault-wide field key to its patient's own key (store/patient_keys.py), in one transaction.

    What a format-2 vault should already have forgotten is forgotten now: the reference of a
    deleted session is removed, and a patient whose every consent was withdrawn loses their
    known identifiers, witness names and references, as a withdrawal does from now on.
    """
    with vault._tx() as c:
        consents = vault.rows("consents")
        patients = {r["patient_hash"] for r in consents}
        gone = {
            ph
            for ph in patients
            if all(r["withdrawn_at"] is not None for r in consents if r["patient_hash"] == ph)
        }
        for s in vault.rows("sessions"):
            sid, ph = s["id"], s["patient_hash"]
            if s["state"] == "deleted" or ph in gone or not s["patient_ref"]:
                patient_keys.forget_ref(vault, sid)
                continue
            ref = vault.open_value("patient-ref", s["patient_ref"])
            sealed = patient_keys.seal(vault, ph, "patient-ref", sid, ref)
            c.execute("UPDATE sessions SET patient_ref = ? WHERE id = ?", (sealed, sid))
        for r in consents:
            cid, ph = r["id"], r["patient_hash"]
            if r["witness"] is None:
                continue
            witness = None
            if ph not in gone:
                name = vault.open_value("witness", r["witness"])
                witness = patient_keys.seal(vault, ph, "witness", cid, name)
            c.execute("UPDATE consents SET witness = ? WHERE id = ?", (witness, cid))
        for ph, old in c.execute("SELECT patient_hash, sealed FROM known_identifiers").fetchall():
            if ph in gone:
                patient_keys.remove_known(vault, ph)
                continue
            items = vault.open_value(f"known|{ph}", old)
            sealed = patient_keys.seal(vault, ph, "known", "", items)
            c.execute(
                "UPDATE known_identifiers SET sealed = ? WHERE patient_hash = ?", (sealed, ph)
            )
        for ph in gone:
            c.execute(
                "INSERT OR REPLACE INTO patient_keys (patient_hash, wrapped) VALUES (?, NULL)",
                (ph,),
            )
        c.execute("UPDATE header SET format = ? WHERE id = 1", (FORMAT,))
    vault.checkpoint()
