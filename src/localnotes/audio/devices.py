"""The microphones PortAudio can see, for `doctor` and for `record --list-devices`, and the one
place sounddevice (so PortAudio) is loaded from.

sounddevice is imported inside the functions: importing this module loads nothing, and listing
devices never opens one (so it needs no consent).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from localnotes.errors import AudioError

_PORTAUDIO_HINT = (
    "PortAudio is not installed: install it with `sudo apt-get install libportaudio2` "
    "(Debian/Ubuntu), `sudo dnf install portaudio` (Fedora) or `brew install portaudio` (macOS)"
)


@dataclass(frozen=True)
class InputDevice:
    """One capture device as PortAudio reports it."""

    index: int
    name: str
    channels: int
    default_samplerate: int
    hostapi: str
    is_default: bool

    def as_dict(self) -> dict[str, Any]:
        """What `record --list-devices --json` prints for it."""
        return {
            "index": self.index,
            "name": self.name,
            "channels": self.channels,
            "default_samplerate": self.default_samplerate,
            "hostapi": self.hostapi,
            "default": self.is_default,
        }


def sounddevice() -> ModuleType:
    """The sounddevice module; AudioError saying how to install PortAudio when it is missing."""
    try:
        import sounddevice
    except OSError:  # sounddevice raises OSError when libportaudio cannot be loaded
        raise AudioError(_PORTAUDIO_HINT) from None
    module: ModuleType = sounddevice
    return module


def one_line(e: object) -> str:
    """A PortAudio error as one line."""
    return " ".join(str(e).split()) or type(e).__name__


def list_input_devices() -> list[InputDevice]:
    """Every device with at least one input channel. AudioError when PortAudio is missing."""
    sd = sounddevice()
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_input = sd.default.device[0]
    except sd.PortAudioError as e:
        raise AudioError(f"could not list audio devices: {one_line(e)}") from None
    found = []
    for index, dev in enumerate(devices):
        channels = int(dev["max_input_channels"])
        if channels > 0:
            found.append(
                InputDevice(
                    index=int(dev.get("index", index)),
                    name=str(dev["name"]),
                    channels=channels,
                    default_samplerate=int(dev["default_samplerate"]),
                    hostapi=str(hostapis[dev["hostapi"]]["name"]),
                    is_default=int(dev.get("index", index)) == default_input,
                )
            )
    return found
