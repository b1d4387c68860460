"""Speech recognition: the pinned model registry and the faster-whisper adapter.

Nothing heavy is imported here; faster-whisper loads inside `localnotes.asr.whisper` when a
transcription starts.
"""
