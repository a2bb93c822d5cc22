"""Ledelsesinformation: the supervisors' dashboard of production figures."""
