"""Importing this module registers every job-shop command handler."""

from app.jobshop import (  # noqa: F401
    advice_commands,
    company_commands,
    job_referral_commands,
    kvik_commands,
    vacancy_commands,
)
