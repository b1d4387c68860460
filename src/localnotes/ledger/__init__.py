"""The tamper-evident ledger: an append-only log of consent and deletion events.

- `merkle`: RFC 6962 / RFC 9162 Merkle tree hashing and proofs (pure functions).
- `note`: C2SP signed notes and tlog checkpoints.
- `events`: the event names and the fields each may carry (never identifying information).
- `log`: the log itself, stored in the vault's SQLite database.
- `receipts`: consent receipts and deletion certificates, and how to verify them.
- `history`: a patient's history in plain language.
"""
