"""The shared store: mapping, unit of work and repositories that desk and server both run."""
