"""The microphones PortAudio can see, for `doctor` and for choosing `record --device`.

sounddevice (and so PortAudio) is imported inside the function: importing this module loads
nothing, and listing devices never opens one.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    default_samplerate: float
    is_default: bool


def list_input_devices() -> list[InputDevice]:
    """Every device with at least one input channel. AudioError when PortAudio is missing."""
    try:
        import sounddevice as sd
    except OSError:  # sounddevice raises OSError when it cannot load the PortAudio library
        raise AudioError(_PORTAUDIO_HINT) from None
    try:
        devices = sd.query_devices()
        default_input = sd.default.device[0]
    except sd.PortAudioError as e:
        raise AudioError(f"PortAudio could not list the audio devices: {e}") from None
    found = []
    for index, dev in enumerate(devices):
        channels = int(dev["max_input_channels"])
        if channels > 0:
            found.append(
                InputDevice(
                    index=index,
                    name=str(dev["name"]),
                    channels=channels,
                    default_samplerate=float(dev["default_samplerate"]),
                    is_default=index == default_input,
                )
            )
    return found
