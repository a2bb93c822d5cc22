"""Jobnet's tables and repository: the citizen's CV status."""
