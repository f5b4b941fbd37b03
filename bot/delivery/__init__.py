"""Getting messages to people: the outbox worker, its pacing, and the transport behind it.

The messaging channel stays behind `Transport`, so another channel could be added without
touching the alert engine (DESIGN.md: platforms switch tools off).
"""
