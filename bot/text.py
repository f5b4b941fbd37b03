"""What people type, made comparable with what the bot showed them.

Fluent wraps every placeable in isolation marks (U+2068 … U+2069) and right-to-left messages
start lines with a right-to-left mark: invisible characters that travel with text a person
copies out of a message, and that a keyboard may or may not add when they type the same word.
Zero-width joiner and non-joiner stay: they are part of Persian and Indic spellings.
"""

from __future__ import annotations

import re
import unicodedata

# LRM, RLM, ALM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def typed(text: str) -> str:
    """`text` in NFC with the bidirectional controls removed: apply it to both sides of any
    comparison between something typed and something shown."""
    return unicodedata.normalize("NFC", BIDI_CONTROLS.sub("", text))
