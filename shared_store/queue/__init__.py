"""Counters and what they serve."""
