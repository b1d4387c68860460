"""`init` and `rekey`: create the vault and change its passphrase."""

from __future__ import annotations

import argparse
from typing import Any

from localnotes.cli.context import Context


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init",
        help="create the encrypted vault",
        description="Create the vault: an encrypted database and blob folder.",
        epilog="Example: LOCALNOTES_PASSPHRASE=... localnotes init",
    )
    p.set_defaults(func=init)
    p = sub.add_parser(
        "rekey",
        help="change the vault passphrase and rotate its master key",
        description="Draw a new master key, re-wrap every key under it and protect it with a new "
        "passphrase, in one step: a copy of the vault made before opens nothing made after. "
        "The new passphrase comes from LOCALNOTES_NEW_PASSPHRASE or a prompt.",
        epilog="Example: localnotes rekey",
    )
    p.set_defaults(func=rekey)


def init(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.errors import UsageError
    from localnotes.passphrase_policy import check_strength
    from localnotes.store.vault import Vault

    _ = ctx.settings  # validate settings before asking for anything
    if Vault.exists(ctx.data_dir):
        raise UsageError(f"a vault already exists in {ctx.data_dir}; it was left untouched")
    passphrase = ctx.passphrase(confirm=True)
    check_strength(passphrase)
    vault = Vault.create(ctx.data_dir, passphrase, ctx.kdf_settings())
    ctx.set_vault(vault)
    head = Vault.read_header(ctx.data_dir)
    data = {
        "data_dir": str(ctx.data_dir),
        "vault_id": vault.vault_id,
        "kdf": {
            "algorithm": "argon2id",
            "memory_kib": head["kdf_memory_kib"],
            "iterations": head["kdf_iterations"],
            "lanes": head["kdf_lanes"],
        },
    }
    ctx.emit(data, f"Created an encrypted vault in {ctx.data_dir}")
    return 0


def rekey(ctx: Context, args: argparse.Namespace) -> int:
    import getpass

    from localnotes.errors import UsageError
    from localnotes.passphrase_policy import check_strength

    vault = ctx.vault()
    new = ctx.env_secret("LOCALNOTES_NEW_PASSPHRASE")
    if not new:
        if not ctx.interactive:
            raise UsageError("set LOCALNOTES_NEW_PASSPHRASE (no terminal to ask on)")
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != new:
            raise UsageError("the two passphrases differ; nothing was changed")
    check_strength(new)
    vault.rekey(new, ctx.kdf_settings())
    ctx.emit({"rekeyed": True}, "The passphrase was changed and the master key replaced.")
    return 0
