"""Health: the local /healthz and /readyz endpoint, the outbound heartbeat, and the sign of
life the next start reads to tell people about an outage."""
