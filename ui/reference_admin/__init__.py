"""Filer → Referencedata: the administrator's screen for dated reference data versions."""
