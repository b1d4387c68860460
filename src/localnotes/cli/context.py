"""What every command handler gets: settings, the passphrase, the vault, and output helpers.

The vault is opened lazily, once, and opening it runs start-up maintenance (crash recovery,
interrupted deletions, retention) before the command does anything else.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localnotes.config import Settings, load_settings
from localnotes.errors import UsageError

SECRET_VARIABLES = ("LOCALNOTES_PASSPHRASE", "LOCALNOTES_NEW_PASSPHRASE")

if TYPE_CHECKING:
    from localnotes.store.vault import KdfSettings, Vault


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self._settings: Settings | None = None
        self._vault: Vault | None = None
        self.maintenance: dict[str, Any] = {}
        self._env_secrets: dict[str, str] = {}

    def start(self) -> None:
        os.umask(0o077)
        # Read once and removed from the environment, so no child process (a bench worker, the
        # browser the app opens, a tool run for doctor) inherits the passphrase.
        for name in SECRET_VARIABLES:
            value = os.environ.pop(name, None)
            if value:
                self._env_secrets[name] = value
        if self.args.verbose:
            import logging

            logging.basicConfig(
                level=logging.DEBUG, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
            )

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(
                self.args.config,
                overrides={("storage", "data_dir"): self.args.data_dir},
            )
        return self._settings

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir

    @property
    def interactive(self) -> bool:
        return sys.stdin.isatty()

    def kdf_settings(self) -> KdfSettings:
        from localnotes.store.vault import KdfSettings

        return KdfSettings(*self.settings.kdf)

    def passphrase(self, confirm: bool = False, prompt: str = "Vault passphrase: ") -> str:
        """From --passphrase-file, LOCALNOTES_PASSPHRASE, or a prompt (twice when confirming)."""
        path = self.args.passphrase_file
        if path:
            try:
                return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as e:
                raise UsageError(f"cannot read the passphrase file {path}: {e.strerror}") from None
        env = self.env_secret("LOCALNOTES_PASSPHRASE")
        if env:
            return env
        if not self.interactive:
            raise UsageError(
                "no passphrase: set LOCALNOTES_PASSPHRASE or pass --passphrase-file "
                "(no terminal to ask on)"
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise UsageError("the two passphrases differ; nothing was changed")
        return first

    def env_secret(self, name: str) -> str | None:
        """A secret that came in the environment (removed from it at start)."""
        return self._env_secrets.get(name) or os.environ.pop(name, None)

    def vault(self, maintain: bool = True) -> Vault:
        if self._vault is None:
            from localnotes.store.vault import Vault

            self._vault = Vault.open(self.data_dir, self.passphrase())
            if maintain:
                from localnotes import maintenance
                from localnotes.cli.progress import Bar

                bar = Bar("transcribing")
                self.maintenance = maintenance.run(
                    self._vault, self.settings, announce=self.info, progress=bar.update
                )
                if bar.drawn:
                    bar.done()
                for line in maintenance.describe(self.maintenance):
                    self.info(line)
        return self._vault

    def set_vault(self, vault: Vault) -> None:
        self._vault = vault

    def confirm(self, question: str, yes: bool) -> None:
        """Ask before something that cannot be undone; with no terminal, demand --yes."""
        if yes:
            return
        if not self.interactive:
            raise UsageError(
                f"{question.rstrip('?')}: pass --yes to confirm (no terminal to ask on)"
            )
        answer = input(f"{question} [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            raise UsageError("not confirmed; nothing was changed")

    def emit(self, data: Any, text: str | None = None) -> None:
        """One JSON document with --json, else the text (if any) on stdout."""
        if self.json:
            print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, default=str))
        elif text is not None:
            print(text)

    def info(self, message: str) -> None:
        """Status for a person, on stderr (so stdout stays clean for data)."""
        print(message, file=sys.stderr)

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None
