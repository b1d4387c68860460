"""Voice embeddings: resemblyzer's pretrained speaker encoder, run in numpy without torch.

Nothing heavy is imported here. `localnotes.voice.encoder` verifies the pinned weights and embeds
16 kHz audio; the speaker attribution use case lives in `localnotes.attribution`.
"""
