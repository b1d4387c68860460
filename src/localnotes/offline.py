"""The network guard and the offline settings: localnotes never uses the network.

`install()` is the first thing the CLI does, before any third-party import. It

1. forces the environment variables that put every dependency in offline mode and switch its
   telemetry off, whatever the user's environment held (several dependencies read them once, at
   import time: onnxruntime, huggingface_hub, tldextract);
2. adds a Python audit hook that turns any attempt to reach an address other than loopback (TCP,
   UDP, a name lookup) into a `NetworkBlockedError` naming what tried. An audit hook cannot be
   removed, and it sees every socket call, including ones made through `_socket` or asyncio,
   which a monkeypatch of `socket.socket` would miss. Unix sockets (PulseAudio) are untouched;
3. hardens the process: no core dumps, not dumpable (see `harden_process`).

Native code that opens sockets by itself (C, C++, Rust) bypasses the Python hook. For those the
environment settings are the guard, and the test suite runs in a network namespace with only
loopback to prove it. See docs/privacy.md.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, MutableMapping
from types import FrameType

from localnotes.errors import NetworkBlockedError

# Forced, not defaulted: a clinician's shell may carry HF_HUB_OFFLINE=0 from other work.
_OVERRIDES: Mapping[str, str] = {
    # huggingface_hub (faster-whisper's model loader): never ask the hub, never phone home.
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "HF_HUB_DISABLE_XET": "1",
    "DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    # onnxruntime (faster-whisper's VAD): its 1DS telemetry is on by default in official Linux
    # wheels. It is read when the native library initialises, i.e. at `import onnxruntime`, and
    # stops the uploader, the event store and the persistent device id under
    # ~/.cache/Microsoft/DeveloperTools/.onnxruntime from ever being created.
    "ORT_DISABLE_TELEMETRY": "1",
    # tldextract (Presidio's e-mail recognizer): no Public Suffix List download, and no disk cache
    # (an empty cache dir disables it), so it uses the snapshot it ships with.
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "TLDEXTRACT_CACHE": "",
    # Presidio calls `spacy.cli.download` (pip in a child process, which the hook cannot see)
    # when a spaCy model is missing; without an index pip cannot reach the network.
    "PIP_NO_INDEX": "1",
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
}

# Modules that read the settings above once, when imported. Imported before install(), they
# may already have acted on the user's environment; doctor reports it.
_READS_ENV_AT_IMPORT = (
    "onnxruntime",
    "huggingface_hub",
    "tldextract",
    "faster_whisper",
    "transformers",
    "presidio_analyzer",
)

# Libraries that only carry a request for someone else; the culprit is whoever called them.
_TRANSPORTS = frozenset(
    {
        "urllib3",
        "requests",
        "httpx",
        "httpcore",
        "httpx2",
        "httpcore2",
        "h11",
        "h2",
        "anyio",
        "aiohttp",
        "truststore",
        "requests_file",
        "sniffio",
    }
)
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_MAX_REMEMBERED = 20

_installed = False
_late_imports: tuple[str, ...] = ()
_blocked: list[str] = []


def environment_overrides() -> dict[str, str]:
    """The environment variables localnotes forces, and their values."""
    return dict(_OVERRIDES)


def apply_environment(environ: MutableMapping[str, str] | None = None) -> None:
    """Force the offline settings into `environ` (default: this process's environment)."""
    env = os.environ if environ is None else environ
    for key, value in _OVERRIDES.items():
        env[key] = value


def install() -> None:
    """Apply the offline settings, add the network guard and harden the process. Idempotent."""
    global _installed, _late_imports
    if _installed:
        return
    _late_imports = tuple(m for m in _READS_ENV_AT_IMPORT if m in sys.modules)
    apply_environment()
    _patch_already_imported()
    sys.addaudithook(_audit)
    harden_process()
    _installed = True


def is_installed() -> bool:
    """Whether the guard is active in this process."""
    return _installed


def late_imports() -> tuple[str, ...]:
    """Dependencies that were imported before `install()` ran (should be none)."""
    return _late_imports


def blocked_attempts() -> list[str]:
    """Messages of the attempts blocked so far in this process (the first few)."""
    return list(_blocked)


def harden_process() -> dict[str, bool]:
    """Keep patient data in memory out of core files and away from other processes.

    RLIMIT_CORE=0 stops the kernel writing a core file; PR_SET_DUMPABLE=0 also stops a piped
    core_pattern (systemd-coredump, apport), which ignores RLIMIT_CORE, and stops other processes
    of the same user from attaching a debugger or reading /proc/<pid>/mem. Best effort: returns
    what took effect.
    """
    done = {"core_limit_zero": False, "not_dumpable": False}
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["core_limit_zero"] = True
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            done["not_dumpable"] = libc.prctl(pr_set_dumpable, 0, 0, 0, 0) == 0
        except (OSError, AttributeError):
            pass
    return done


def process_is_dumpable() -> bool | None:
    """PR_GET_DUMPABLE for this process; None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_get_dumpable = 3
        return bool(libc.prctl(pr_get_dumpable, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def _patch_already_imported() -> None:
    # huggingface_hub freezes HF_HUB_OFFLINE into a constant at import; correct it if we are late.
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_OFFLINE = True  # type: ignore[attr-defined]
        constants.HF_HUB_DISABLE_TELEMETRY = True  # type: ignore[attr-defined]


# --- the guard -------------------------------------------------------------------------------


def is_local_host(host: object) -> bool:
    """True for loopback names and addresses (and the unspecified address, which is local)."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().lower().rstrip(".")
    if not name or name in _LOCAL_NAMES or name.endswith(".localhost"):  # "": any local address
        return True
    import ipaddress

    try:
        ip = ipaddress.ip_address(name.split("%", 1)[0].strip("[]"))
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_unspecified


def _target(address: object) -> tuple[object, str]:
    """(host, 'host:port') of a socket address tuple, or of anything else as best we can."""
    if isinstance(address, tuple) and address:
        host = address[0]
        port = address[1] if len(address) > 1 else "?"
        shown = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
        if ":" in shown:
            shown = f"[{shown}]"
        return host, f"{shown}:{port}"
    return address, str(address)


def _check_socket_address(args: tuple[object, ...]) -> None:
    sock, address = args[0], args[1]
    if address is None or not _is_inet(getattr(sock, "family", None)):
        return  # AF_UNIX (PulseAudio), netlink, or a send on an already checked connection
    host, shown = _target(address)
    if not is_local_host(host):
        _block(f"a network connection to {shown}")


def _is_inet(family: object) -> bool:
    import socket  # already loaded: there is a socket

    return family in (socket.AF_INET, socket.AF_INET6)


def _check_lookup(args: tuple[object, ...]) -> None:
    host = args[0]
    if is_local_host(host):
        return
    port = args[1] if len(args) > 1 else None
    shown = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    what = f"{shown}:{port}" if port not in (None, 0, "") else shown
    kind = "" if _is_address(shown) else " (name lookup)"
    _block(f"a network connection to {what}{kind}")


def _is_address(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _check_nameinfo(args: tuple[object, ...]) -> None:
    host, shown = _target(args[0])
    if not is_local_host(host):
        _block(f"a network connection to {shown} (reverse lookup)")


_HANDLERS: dict[str, Callable[[tuple[object, ...]], None]] = {
    "socket.connect": _check_socket_address,
    "socket.sendto": _check_socket_address,
    "socket.sendmsg": _check_socket_address,
    "socket.getaddrinfo": _check_lookup,
    "socket.gethostbyname": _check_lookup,
    "socket.gethostbyaddr": _check_lookup,
    "socket.getnameinfo": _check_nameinfo,
}


def _audit(event: str, args: tuple[object, ...]) -> None:
    # Called for every audited event in the process (opens, imports...): keep the miss path short.
    handler = _HANDLERS.get(event)
    if handler is not None:
        handler(args)


def _block(what: str) -> None:
    message = f"blocked {what} attempted by {_culprit()}: localnotes never uses the network"
    if len(_blocked) < _MAX_REMEMBERED:
        _blocked.append(message)
    # Not an OSError: retry loops in HTTP clients catch OSError, so this one is never retried.
    raise NetworkBlockedError(message)


def _frame_name(frame: FrameType) -> str:
    module = str(frame.f_globals.get("__name__", "?"))
    return f"{module}.{frame.f_code.co_qualname}"


def _culprit() -> str:
    """Who asked: the innermost caller that is neither the standard library nor an HTTP client."""
    frames: list[FrameType] = []
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        if frame.f_globals.get("__name__") != __name__:
            frames.append(frame)
        frame = frame.f_back
    if not frames:
        return "unknown code"
    stdlib = sys.stdlib_module_names

    def top(f: FrameType) -> str:
        return str(f.f_globals.get("__name__", "")).split(".", 1)[0]

    outside_stdlib = [f for f in frames if top(f) not in stdlib]
    culprits = [f for f in outside_stdlib if top(f) not in _TRANSPORTS]
    chosen = (culprits or outside_stdlib or frames)[0]
    index = frames.index(chosen)
    if index == 0:
        return _frame_name(chosen)
    # the call the culprit made, e.g. urllib.request.urlopen or requests.api.get
    return f"{_frame_name(chosen)} (via {_frame_name(frames[index - 1])})"
