"""Visitation's commands: name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.visitation import (
    categorisation_commands,
    contact_course_commands,
    follow_up_commands,
    meeting_commands,
    referral_commands,
    trigger_commands,
)

HANDLERS: Handlers = {
    ("record_categorisation", 1): categorisation_commands.record_categorisation,
    ("record_orientation", 1): categorisation_commands.record_orientation,
    ("register_insured_deadline", 1): categorisation_commands.register_insured_deadline,
    ("publish_categorisation_scheme", 1): categorisation_commands.publish_categorisation_scheme,
    ("refer_citizen", 1): referral_commands.refer_citizen,
    ("request_referral_approval", 1): referral_commands.request_referral_approval,
    ("decide_referral_approval", 1): referral_commands.decide_referral_approval,
    ("schedule_group_meeting", 1): meeting_commands.schedule_group_meeting,
    ("book_group_meeting", 1): meeting_commands.book_group_meeting,
    ("cancel_group_meeting_booking", 1): meeting_commands.cancel_group_meeting_booking,
    ("register_absence", 1): follow_up_commands.register_absence,
    ("register_refused_offer", 1): follow_up_commands.register_refused_offer,
    ("register_pending_absence", 1): trigger_commands.register_pending_absence,
    ("confirm_pending_absence", 1): trigger_commands.confirm_pending_absence,
    ("dismiss_pending_absence", 1): trigger_commands.dismiss_pending_absence,
    ("conclude_hearing", 1): follow_up_commands.conclude_hearing,
    ("complete_follow_up", 1): follow_up_commands.complete_follow_up,
    ("register_job_interview", 1): contact_course_commands.register_job_interview,
    ("grant_course_exemption", 1): contact_course_commands.grant_course_exemption,
}
