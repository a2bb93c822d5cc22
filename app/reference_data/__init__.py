"""Reference data an administrator changes without a release: dated, versioned sets.

A *kind* (support bases, referral targets, queue thresholds, opening hours, …) is a
table of rows. Each published version carries the day it takes effect (`valid_from`);
readers ask for the version in force on a day and fall back to the seed files.
"""
