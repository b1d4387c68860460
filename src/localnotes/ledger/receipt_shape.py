"""A receipt is a file from outside: any value in it may have any type. Checking code that meets
an integer where it expects a list (or a list where it expects text) must say "malformed receipt"
(exit 5, one line), never crash with a traceback; this decorator turns the Python errors such a
value raises into that IntegrityError, so every field need not be type-checked by hand."""

from __future__ import annotations

import binascii
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from localnotes.errors import IntegrityError

P = ParamSpec("P")
R = TypeVar("R")

MALFORMED = (
    TypeError,
    ValueError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
    binascii.Error,
)


def malformed_is_integrity(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except MALFORMED as exc:
            raise IntegrityError(
                "the receipt is malformed: a field is missing or has the wrong type"
            ) from exc

    return checked
