"""Importing this module registers every visitation command handler."""

from app.visitation import (  # noqa: F401
    categorisation_commands,
    follow_up_commands,
    meeting_commands,
    referral_commands,
)
