"""Published versions of the reference data an administrator edits (app/reference_data)."""
