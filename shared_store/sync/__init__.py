"""What the server keeps for sync: the event log, dead letters and desks; the checksum
that proves a desk holds the same rows as the server."""
