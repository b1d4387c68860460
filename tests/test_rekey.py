"""`rekey` rotates the master key: an old copy of the vault with the old passphrase opens nothing
created after the rekey (no data key, no patient field), while the new passphrase opens everything,
the log still verifies and receipts made before still verify (the signing key and the row, log and
high-water keys keep their values). A SIGKILL at any point leaves exactly one passphrase that
opens everything."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from localnotes.crypto import keys as K
from localnotes.store import patient_keys
from localnotes.store.artifacts import key_context
from localnotes.store.vault import Vault
from tests.conftest import PASSPHRASE, Cli, grant
from tests.vault_fixtures import raw_conn

NEW = "a brand new passphrase 7 for the vault"
SHORT = Path(__file__).parent / "data" / "real-speech" / "7902-96591-0000.flac"


def test_old_copy_and_old_passphrase_open_nothing_made_after_rekey(
    initialized: Cli, tmp_path: Path
) -> None:
    grant(initialized, "P-RK", "--known", "Marisol Quintanilla", "--witness", "Dr Ana Ruiz")
    receipt = tmp_path / "before.json"
    initialized(
        "consent",
        "grant",
        "P-OLD",
        "--scope",
        "transcript",
        "--yes",
        "--receipt-out",
        str(receipt),
        check=True,
    )
    before = initialized.json("transcribe", "P-RK", str(SHORT))["session_id"]
    old_copy = tmp_path / "old"
    shutil.copytree(initialized.data_dir, old_copy)  # the copy an attacker kept, with blobs
    r = initialized("rekey", env=dict(initialized.env, LOCALNOTES_NEW_PASSPHRASE=NEW))
    assert r.returncode == 0, r.stderr
    assert initialized("sessions").returncode == 4  # the old passphrase no longer opens it
    new_env = dict(initialized.env, LOCALNOTES_PASSPHRASE=NEW)
    after = initialized("--json", "transcribe", "P-RK", str(SHORT), env=new_env)
    assert after.returncode == 0, after.stderr
    initialized("known", "add", "P-RK", "Rosendo Villalobos", env=new_env, check=True)
    assert initialized("show", before, env=new_env).returncode == 0
    listed = initialized("known", "list", "P-RK", env=new_env).stdout
    assert "Quintanilla" in listed and "Villalobos" in listed
    assert initialized("verify", str(receipt), env=new_env).returncode == 0
    assert initialized("verify", env=new_env).returncode == 0

    old = Vault.open(old_copy, PASSPHRASE)  # the old copy, opened with the old passphrase
    try:
        ph = old.patient_hash("P-RK")
        con = sqlite3.connect(initialized.data_dir / "vault.db")
        keys = con.execute(
            "SELECT k.artifact_id, a.kind, a.session_id, k.wrapped FROM keys k JOIN artifacts a"
            " ON a.id = k.artifact_id"
        ).fetchall()
        fields = [
            ("patient-ref", sid, ref)
            for sid, ref in con.execute(
                "SELECT id, patient_ref FROM sessions WHERE patient_hash=?", (ph,)
            )
        ]
        fields += [
            ("witness", cid, w)
            for cid, w in con.execute(
                "SELECT id, witness FROM consents WHERE patient_hash=? AND witness IS NOT NULL",
                (ph,),
            )
        ]
        fields += [
            ("known", "", s)
            for (s,) in con.execute(
                "SELECT sealed FROM known_identifiers WHERE patient_hash=?", (ph,)
            )
        ]
        con.close()
        assert len(keys) >= 4 and len(fields) == 4
        opened = []
        for aid, kind, sid, wrapped in keys:
            ctx = key_context(aid, kind, old.session_binding(sid))
            if K.try_unwrap(old._wrap_key, wrapped, ctx) is not None:
                opened.append(aid)
        assert opened == [], "a data key of the current vault opens with the old master key"
        old_pk = patient_keys._key(old, ph, raw_conn(old))
        assert old_pk is not None
        for purpose, rid, sealed in fields:
            ctx = patient_keys.field_context(purpose, ph, rid)
            assert K.try_unwrap(old_pk, sealed, ctx) is None, purpose
    finally:
        old.close()


def test_rekey_killed_at_any_point_leaves_one_passphrase_that_opens_everything(
    initialized: Cli,
) -> None:
    grant(initialized, "P-KILL", "--known", "Rosa Diaz")
    sid = initialized.json("transcribe", "P-KILL", str(SHORT))["session_id"]
    cmd = [sys.executable, "-m", "localnotes", "--data-dir", str(initialized.data_dir), "rekey"]
    t0 = time.monotonic()
    probe = subprocess.run(  # a whole rekey, to place the kills within it (no time is asserted)
        cmd,
        env=dict(initialized.env, LOCALNOTES_NEW_PASSPHRASE=NEW),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    full = time.monotonic() - t0
    assert probe.returncode == 0, probe.stderr
    current, other = NEW, PASSPHRASE
    for frac in (0.5, 0.8, 0.9, 0.95, 1.05):
        p = subprocess.Popen(
            cmd,
            env=dict(
                initialized.env, LOCALNOTES_PASSPHRASE=current, LOCALNOTES_NEW_PASSPHRASE=other
            ),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(full * frac)
        p.send_signal(signal.SIGKILL)
        p.wait()
        opens = [
            pw
            for pw in (current, other)
            if initialized(
                "show", sid, env=dict(initialized.env, LOCALNOTES_PASSPHRASE=pw)
            ).returncode
            == 0
        ]
        assert len(opens) == 1, f"after a kill at {frac:.2f}: {len(opens)} passphrases open it"
        env_now = dict(initialized.env, LOCALNOTES_PASSPHRASE=opens[0])
        assert "Rosa Diaz" in initialized("known", "list", "P-KILL", env=env_now).stdout
        assert initialized("verify", env=env_now).returncode == 0
        if opens[0] != current:
            current, other = other, current


def test_the_clinicians_voice_profile_survives_a_rekey_and_the_old_key_does_not_open_it(
    tmp_path: Path,
) -> None:
    from localnotes.store import voice_profiles
    from tests.vault_fixtures import FAST_KDF

    v = Vault.create(tmp_path / "data", PASSPHRASE, FAST_KDF)
    vector = [0.25, -0.5, 1.0]
    voice_profiles.put(v, voice_profiles.CLINICIAN, vector)
    old_field_key = v._field_key
    v.rekey(NEW, FAST_KDF)
    v.close()
    v = Vault.open(tmp_path / "data", NEW)
    try:
        assert voice_profiles.get(v, voice_profiles.CLINICIAN) == vector
        (sealed,) = raw_conn(v).execute("SELECT sealed FROM voice_profiles").fetchone()
        assert K.try_unwrap(old_field_key, sealed, b"field|voice|clinician") is None
    finally:
        v.close()
