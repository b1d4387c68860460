"""Audio in: decoding files (`decode`) and capturing from a microphone (`capture`).

Nothing heavy is imported here; PyAV and sounddevice load inside their modules when used.
"""
