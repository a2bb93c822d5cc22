"""Jobnet at the counter: the card's Jobnet section and the CV-status import."""
