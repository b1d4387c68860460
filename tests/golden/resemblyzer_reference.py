"""Make resemblyzer_phone_call.json: reference voice vectors from resemblyzer 0.1.4 itself, with
torch, on the shared phone call. Run once in a throwaway environment, never by the tests:

    python -m venv /tmp/ref && /tmp/ref/bin/pip install torch librosa webrtcvad soundfile \\
        'setuptools<81' && /tmp/ref/bin/pip install --no-deps resemblyzer==0.1.4
    /tmp/ref/bin/python tests/golden/resemblyzer_reference.py \\
        tests/data/real-speech/phone_call_2spk.wav tests/golden/resemblyzer_phone_call.json

Each case is a span of the call, raised to -30 dBFS as resemblyzer's preprocess_wav does (its
silence trimming is left out: localnotes chooses the speech itself), embedded with
`VoiceEncoder.embed_utterance` (partials of 160 frames at rate 1.3).
"""

import json
import sys

import librosa
import soundfile as sf
import torch
from resemblyzer import VoiceEncoder
from resemblyzer.audio import normalize_volume, wav_to_mel_spectrogram

SPANS = [(6.6, 8.4), (10.5, 14.5), (14.5, 17.9), (21.8, 28.5), (0.0, 30.0)]

enc = VoiceEncoder("cpu", verbose=False)
out = {"resemblyzer": "0.1.4", "torch": torch.__version__, "librosa": librosa.__version__}
wav, sr = sf.read(sys.argv[1], dtype="float32")
cases = []
for i, (a, b) in enumerate(SPANS):
    seg = normalize_volume(wav[int(a * sr) : int(b * sr)], -30, increase_only=True)
    e, partials, _ = enc.embed_utterance(seg, return_partials=True)
    case = {"start": a, "end": b, "embedding": [round(float(v), 7) for v in e]}
    if i == 0:
        case["partials"] = [[round(float(v), 7) for v in p] for p in partials]
    cases.append(case)
out["cases"] = cases
out["mel_10.5_12.1"] = wav_to_mel_spectrogram(wav[int(10.5 * sr) : int(12.1 * sr)])[:5].tolist()
with open(sys.argv[2], "w") as f:
    json.dump(out, f)
