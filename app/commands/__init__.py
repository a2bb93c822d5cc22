"""Named, versioned, idempotent commands: the only way shared data changes."""
