"""localnotes: record, transcribe and redact therapy sessions on the clinician's own computer."""

__version__ = "0.1.0"
