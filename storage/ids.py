"""Row ids made before insertion, so encrypted values can be bound to their row."""

from __future__ import annotations

import secrets


def new_id() -> str:
    """128 random bits, URL-safe: unguessable, so ids can also go into callback data."""
    return secrets.token_urlsafe(16)
