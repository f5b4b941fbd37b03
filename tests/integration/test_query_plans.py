"""The queries the alarm clock, the outbox and lookups run all the time stay on their indexes
(issue 19 changed their shape: wake-ups by the minute, the outbox ordered by rowid)."""

import sqlite3

import pytest

from storage.migrations import load_migrations

HOT = {
    "outbox claim": "SELECT * FROM outbox WHERE state = 'pending' AND not_before <= 1 AND "
    "(lease_until IS NULL OR lease_until <= 1) ORDER BY priority, not_before, rowid LIMIT 5",
    "alerts due": "SELECT id FROM alerts WHERE state = 'open' AND next_wake_at < 5 "
    "ORDER BY next_wake_at LIMIT 5",
    "alerts due this minute": "SELECT id FROM alerts WHERE state = 'open' AND next_wake_at = 5",
    "alerts next wake": "SELECT id FROM alerts WHERE state = 'open' AND next_wake_at = "
    "(SELECT min(next_wake_at) FROM alerts WHERE state = 'open')",
    "schedules due": "SELECT id FROM schedules WHERE next_wake_at < 5 ORDER BY next_wake_at "
    "LIMIT 3",
    "schedules next wake": "SELECT id FROM schedules WHERE next_wake_at = "
    "(SELECT min(next_wake_at) FROM schedules)",
    "user lookup": "SELECT * FROM users WHERE tg_user_id_bidx = x'00'",
    "outbox purge": "DELETE FROM outbox WHERE state != 'pending' AND created_at < 5",
    # Links between people are blind indexes (migration 12): looked up on their own indexes.
    "a defender's open alerts": "SELECT * FROM alerts WHERE defender_bidx = x'00' "
    "AND state = 'open'",
    "a link between two people": "SELECT * FROM contacts WHERE defender_bidx = x'00' "
    "AND contact_user_bidx = x'01'",
    "whom a person protects": "SELECT * FROM contacts WHERE contact_user_bidx = x'00'",
    "a defender's contacts": "SELECT * FROM contacts WHERE defender_bidx = x'00'",
    "a defender's invitations": "SELECT * FROM invites WHERE defender_bidx = x'00' "
    "AND status = 'pending'",
}


@pytest.fixture(scope="module")
def schema() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    for migration in load_migrations():
        for statement in migration.statements:
            conn.execute(statement)
    return conn


@pytest.mark.parametrize("name", HOT)
def test_hot_queries_use_an_index_and_no_sort(schema, name):
    plan = [row[3] for row in schema.execute(f"EXPLAIN QUERY PLAN {HOT[name]}")]
    assert all(step.startswith(("SEARCH", "SCALAR SUBQUERY")) for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
