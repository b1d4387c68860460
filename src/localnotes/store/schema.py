"""The vault's SQLite schema (format 3), the ledger's tables included, run whole once when a vault
is created or opened (`CREATE ... IF NOT EXISTS`); nothing else in the package runs DDL.

The rule: a new table or index needs no new format (the next open creates it, and an older
localnotes ignores it); a change to an existing table, or to what a stored value means, needs a
new FORMAT and a step in store/migrate.py.

Format 2 (store/migrate.py upgrades format 1): every row that decides access carries a `seal`
(store/rows.py) and its times, sizes and pid are placeholders in clear; data keys are bound to
their session, patient and consent; ledger entries are sealed at rest and a sealed high-water mark
records the log's size and root.

Format 3 (store/migrate.upgrade_from_2): what is scoped to one patient (the patient reference of
each session, the known identifiers, a witness's name) is sealed under that patient's own key
(store/patient_keys.py), which withdrawal and `delete --patient` shred.
"""

from __future__ import annotations

FORMAT = 3
SEALED_TABLES = ("consents", "sessions", "artifacts", "pending_deletions")

# The signed log's two tables (read and written by store/ledger_tables.py); also made on their
# own by tests that run the ledger over a bare database.
LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger (
    idx INTEGER PRIMARY KEY,      -- 0, 1, 2, ... with no gaps, equal to the entry's "seq"
    entry BLOB NOT NULL,          -- canonical JSON, UTF-8 (sealed at rest in a vault)
    leaf BLOB NOT NULL            -- SHA-256(0x00 || entry)
);
CREATE TABLE IF NOT EXISTS checkpoints (
    size INTEGER PRIMARY KEY,     -- one per append: the tree of the first `size` entries
    note TEXT NOT NULL            -- C2SP signed note holding a tlog checkpoint
);
"""

_VAULT_TABLES = """
CREATE TABLE IF NOT EXISTS header (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    vault_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    kdf_salt BLOB NOT NULL,
    kdf_memory_kib INTEGER NOT NULL,
    kdf_iterations INTEGER NOT NULL,
    kdf_lanes INTEGER NOT NULL,
    wrapped_master BLOB NOT NULL,
    wrapped_signing BLOB NOT NULL,
    public_key BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS artifacts (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,          -- writing | complete | shredded | missing
    created_at REAL NOT NULL,
    expires_at REAL,              -- NULL: no retention deadline
    size INTEGER NOT NULL DEFAULT 0,
    chunk_size INTEGER NOT NULL,
    truncated INTEGER NOT NULL DEFAULT 0,
    meta TEXT NOT NULL DEFAULT '{}',
    seal BLOB
);
CREATE INDEX IF NOT EXISTS artifacts_due ON artifacts(expires_at) WHERE state = 'complete';
CREATE INDEX IF NOT EXISTS artifacts_session ON artifacts(session_id);
CREATE TABLE IF NOT EXISTS keys (
    artifact_id TEXT PRIMARY KEY,
    wrapped BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_deletions (
    artifact_id TEXT PRIMARY KEY,
    deletion_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    patient_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at REAL NOT NULL,
    reason TEXT NOT NULL,
    requested_at REAL NOT NULL,
    blob_state TEXT NOT NULL DEFAULT 'present',   -- present | removed | missing
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    seal BLOB
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    patient_hash TEXT NOT NULL,
    patient_ref BLOB NOT NULL,    -- sealed
    consent_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    -- types.SessionState: recording | transcribing | complete | interrupted | withdrawn | deleted
    state TEXT NOT NULL,
    source TEXT NOT NULL,         -- microphone | file
    pid INTEGER,
    meta TEXT NOT NULL DEFAULT '{}',
    seal BLOB
);
CREATE INDEX IF NOT EXISTS sessions_patient ON sessions(patient_hash);
CREATE TABLE IF NOT EXISTS consents (
    id TEXT PRIMARY KEY,
    patient_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,
    retain_audio INTEGER NOT NULL,
    retain_transcript INTEGER NOT NULL,
    retain_redacted INTEGER NOT NULL,
    method TEXT NOT NULL,
    witness BLOB,                 -- sealed
    notice_sha256 TEXT NOT NULL,
    granted_at REAL NOT NULL,
    expires_at REAL,
    withdrawn_at REAL,
    ledger_index INTEGER,
    seal BLOB
);
CREATE INDEX IF NOT EXISTS consents_patient ON consents(patient_hash);
CREATE TABLE IF NOT EXISTS high_water (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL          -- the ledger's size and root, sealed (store/ledger_seal.py)
);
-- one key per patient, wrapped by the master key; NULL once shredded (store/patient_keys.py)
CREATE TABLE IF NOT EXISTS patient_keys (
    patient_hash TEXT PRIMARY KEY,
    wrapped BLOB
);
-- subkeys kept across a rekey, wrapped under the current master key (store/subkeys.py)
CREATE TABLE IF NOT EXISTS subkeys (
    label TEXT PRIMARY KEY,
    wrapped BLOB NOT NULL
);
-- pages of zeros written through the WAL to overwrite it before it is truncated (store/wal.py)
CREATE TABLE IF NOT EXISTS wal_scrub (
    pad BLOB NOT NULL
);
-- a new table, so no new format: how long a consent keeps note drafts (no row: as long as the
-- redacted transcript)
CREATE TABLE IF NOT EXISTS note_retention (
    consent_id TEXT PRIMARY KEY,
    retain_note INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS known_identifiers (
    patient_hash TEXT PRIMARY KEY,
    sealed BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS voice_profiles (
    owner TEXT PRIMARY KEY,       -- 'clinician'
    sealed BLOB NOT NULL          -- the voice vector, sealed
);
"""

#: Everything a vault holds, run whole when it is created and each time it opens.
SCHEMA = _VAULT_TABLES + LEDGER_SCHEMA
