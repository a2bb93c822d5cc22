"""The workstation's sync client: push the outbox, pull changes, keep a status (no Qt, no SQL)."""
