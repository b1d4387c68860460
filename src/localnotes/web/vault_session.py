"""The unlocked vault behind the web app, and the idle lock that takes it away.

The page asks for the passphrase; `unlock` opens the vault (and runs the same start-up maintenance
as every CLI command). Every request that reads or changes patient data goes through `use()`,
which serialises access to the one SQLite connection and counts as activity. A watcher thread
calls `lock_if_idle()` every second: after `idle_lock_s` without activity the vault is closed and
every reference to it, and to anything read from it, is dropped, so the keys can be collected.
Python cannot zero the key bytes themselves; once unreferenced they are garbage, and the process
is not dumpable (see `offline.harden_process`).

The lock waits while a recording runs (`busy()`): the capture writes into the vault, and the
recording must be stopped on purpose, never by a timer. Status polls do not count as activity,
so a page left open still locks.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from localnotes.config import Settings
from localnotes.errors import LocalNotesError

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

log = logging.getLogger(__name__)
WATCH_EVERY_S = 1.0


class VaultLocked(LocalNotesError):
    """The vault is locked (never unlocked, locked by hand, or locked for being idle)."""

    exit_code = 4

    def __init__(self) -> None:
        super().__init__("the vault is locked: enter the passphrase")


class VaultSession:
    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        idle_lock_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.idle_lock_s = idle_lock_s
        self._clock = clock
        self._guard = threading.RLock()
        self._vault: Vault | None = None
        self._last = clock()
        self._on_lock: list[Callable[[], None]] = []
        self.busy: Callable[[], bool] = lambda: False
        # References typed in this sitting (hash -> reference), for patients whose reference the
        # vault does not hold (consent given, nothing recorded yet). Memory only; gone on lock.
        self.refs: dict[str, str] = {}
        self.locked_for_idle = False
        self.maintenance: list[str] = []
        # The browser session that typed the passphrase holds this secret (a cookie set by the
        # unlock page); the launch token alone is not enough to see the unlocked vault.
        self.holder: str | None = None

    @property
    def unlocked(self) -> bool:
        return self._vault is not None

    def held_by(self, secret: str) -> bool:
        """Whether `secret` is the unlock secret of the browser session that unlocked the vault."""
        holder = self.holder
        return (
            self._vault is not None
            and holder is not None
            and bool(secret)
            and hmac.compare_digest(secret.encode(), holder.encode())
        )

    def on_lock(self, callback: Callable[[], None]) -> None:
        """Run `callback` whenever the vault locks (to drop what was read from it)."""
        self._on_lock.append(callback)

    def unlock(self, passphrase: str) -> list[str]:
        """Open the vault; PassphraseError if wrong. Returns what start-up maintenance did."""
        from localnotes import maintenance
        from localnotes.store.vault import Vault

        with self._guard:
            if self._vault is not None:
                # another browser session: it joins only with the passphrase, checked again
                Vault.open(self.data_dir, passphrase).close()
                return []
            vault = Vault.open(self.data_dir, passphrase)
            # Locked by hand while this process records: maintenance would take the running
            # session (its pid is ours) for one a crash interrupted. It runs at the next unlock.
            report: dict[str, object] = {}
            if not self.busy():
                try:
                    report = maintenance.run(vault, self.settings)
                except BaseException:
                    vault.close()
                    raise
            self._vault = vault
            self.holder = secrets.token_urlsafe(32)
            self._last = self._clock()
            self.locked_for_idle = False
            self.maintenance = maintenance.describe(report)
            return self.maintenance

    def lock(self, idle: bool = False) -> None:
        with self._guard:
            vault, self._vault = self._vault, None
            self.holder = None
            self.refs.clear()
            self.maintenance = []
            if vault is not None:
                vault.close()
                self.locked_for_idle = idle
                log.info("vault locked%s", " (idle)" if idle else "")
            for callback in self._on_lock:
                callback()

    def idle_for(self) -> float:
        return self._clock() - self._last

    def lock_if_idle(self) -> bool:
        """Lock if idle for too long and no recording runs. True if it locked now."""
        with self._guard:
            if self._vault is None or self.busy():
                if self.busy():
                    self._last = self._clock()  # the idle time starts when the recording ends
                return False
            if self.idle_for() < self.idle_lock_s:
                return False
            self.lock(idle=True)
            return True

    @contextlib.contextmanager
    def use(self) -> Iterator[Vault]:
        """The vault, for one request, with activity noted; VaultLocked when locked."""
        with self._guard:
            self.lock_if_idle()  # a request after the deadline finds it locked, watcher or not
            if self._vault is None:
                raise VaultLocked()
            self._last = self._clock()
            yield self._vault

    def recording_vault(self) -> Vault:
        """A second connection to the unlocked vault, for the recording thread, so that its
        transactions never interleave with a request's on the shared connection."""
        with self.use() as v:
            return v.sibling()

    def watch(self, stop: threading.Event) -> threading.Thread:
        """Start the idle watcher; it ends when `stop` is set."""

        def loop() -> None:
            while not stop.wait(WATCH_EVERY_S):
                try:
                    self.lock_if_idle()
                except Exception:  # the watcher must survive anything: it is the lock
                    log.exception("idle lock check failed")

        t = threading.Thread(target=loop, name="localnotes-idle-lock", daemon=True)
        t.start()
        return t
