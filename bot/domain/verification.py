"""A safety code for an accepted invitation: six digits that the defender and the contact
both see, so that the defender can check by voice that the person they know accepted, and
not someone holding an intercepted link (who can copy a display name, but not this).

The code is the same for both sides because it is derived from the invitation and the person
who accepted it; a different acceptor gets a different code, and the real contact, if they
never accepted, has none to read out.
"""

from __future__ import annotations

import hashlib


def safety_code(invite_id: str, contact_user_id: str) -> str:
    """Six digits in two groups of three, easy to read out in any language: `"482 913"`."""
    digest = hashlib.blake2b(
        f"{invite_id}\x00{contact_user_id}".encode(), digest_size=8, person=b"safety-code"
    ).digest()
    digits = f"{int.from_bytes(digest, 'big') % 1_000_000:06d}"
    return f"{digits[:3]} {digits[3:]}"
