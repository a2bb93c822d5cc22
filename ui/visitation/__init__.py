"""Screens of primary visitation, the follow-up worklist and the supervisors' kastebold list."""
