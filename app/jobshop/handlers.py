"""The job shop's commands: name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.jobshop import (
    advice_commands,
    company_commands,
    job_referral_commands,
    kvik_commands,
    vacancy_commands,
)

HANDLERS: Handlers = {
    ("create_vacancy", 1): vacancy_commands.create_vacancy,
    ("edit_vacancy", 1): vacancy_commands.edit_vacancy,
    ("set_vacancy_status", 1): vacancy_commands.set_vacancy_status,
    ("pick_up_vacancy", 1): vacancy_commands.pick_up_vacancy,
    ("register_company", 1): company_commands.register_company,
    ("assign_company_consultant", 1): company_commands.assign_company_consultant,
    ("log_company_contact", 1): company_commands.log_company_contact,
    ("refer_to_vacancy", 1): job_referral_commands.refer_to_vacancy,
    ("record_referral_outcome", 1): job_referral_commands.record_referral_outcome,
    ("open_kvik_request", 1): kvik_commands.open_kvik_request,
    ("mark_kvik_candidate_sent", 1): kvik_commands.mark_kvik_candidate_sent,
    ("close_kvik_request", 1): kvik_commands.close_kvik_request,
    ("set_job_wishes", 1): kvik_commands.set_job_wishes,
    ("log_advice_session", 1): advice_commands.log_advice_session,
}
