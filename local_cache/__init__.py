"""The workstation's own store: the SQLite (or SQLCipher) file in WAL mode, the outbox of
unsent commands, the sync client's state and the search indexes, with their own migration
chain; it opens the shared store (shared_store/) on the same file."""
