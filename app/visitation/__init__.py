"""Primary visitation, referrals without "kastebold", group meetings and follow-up deadlines.

Rules that move with the law (schemes, labels, deadlines, referral targets,
the anti-kastebold limit) are data in `resources/seed/categorisation_schemes.json`;
this package reads them, never hard-codes them.
"""
