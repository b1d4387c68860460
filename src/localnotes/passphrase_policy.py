"""How strong a new vault passphrase must be, estimated with zxcvbn (Dropbox's estimator, kept as
a Python package): it counts dictionary words, names, keyboard runs, dates and l33t spellings, so
"abc", "password123" or "Tr0ub4dor" are refused and four random words pass. Only a new passphrase
is judged (`init`, `rekey`); opening a vault never is."""

from __future__ import annotations

from localnotes.errors import UsageError

MIN_SCORE = 3  # zxcvbn's scale: 3 "safely unguessable", about 10^8 guesses or more
_CHECKED_CHARS = 100  # zxcvbn's matching is quadratic; the first 100 characters decide


def check_strength(passphrase: str) -> None:
    """UsageError (exit 2) for a passphrase zxcvbn scores below MIN_SCORE."""
    from zxcvbn import zxcvbn

    if not passphrase:
        raise UsageError("the passphrase may not be empty")
    result = zxcvbn(passphrase[:_CHECKED_CHARS])
    if int(result["score"]) >= MIN_SCORE:
        return
    warning = str(result.get("feedback", {}).get("warning") or "it is easy to guess").rstrip(".")
    raise UsageError(
        f"that passphrase is too weak ({warning.lower()}): use four or more random words; "
        "nothing was changed"
    )
