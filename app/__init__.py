"""Skranke's core: entities, rules, commands and use cases. No Qt, no SQL, no HTTP."""
