"""«Tilbud og henvisninger» on the citizen card: the citizen's referral history with
«Afvist tilbud …» (Alt+B) for the offer selected. Shown only for a citizen who has been
referred, so a new citizen's card is as before."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.registration import CitizenCard
from app.visitation.follow_up_service import FollowUpService
from app.visitation.referral_service import ReferralService
from ui.background import BackgroundRunner
from ui.registration.citizen_card import CitizenCardView
from ui.visitation.case_panel import CasePanel


class CaseSection(QGroupBox):
    def __init__(
        self,
        referrals: ReferralService,
        follow_ups: FollowUpService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tilbud og henvisninger"), parent)
        self.setAccessibleName(self.tr("Tilbud og henvisninger"))
        self._citizen_id = ""
        self.panel = CasePanel(referrals, runner, follow_ups=follow_ups)
        self.panel.shown.connect(self._shown)
        self.panel.offer_refused.connect(lambda *_: self.panel.set_citizen(self._citizen_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setVisible(False)  # until a citizen with referrals is shown

    def show_card(self, card: CitizenCard) -> None:
        self._citizen_id = card.citizen.id
        self.setVisible(False)
        self.panel.set_citizen(card.citizen.id)

    def _shown(self) -> None:
        self.setVisible(self.panel.has_referrals())


def link_case_to_card(
    card: CitizenCardView,
    referrals: ReferralService,
    follow_ups: FollowUpService,
    runner: BackgroundRunner,
) -> CaseSection:
    """Called once from the composition root."""
    section = CaseSection(referrals, follow_ups, runner)
    card.add_section(section)
    card.card_shown.connect(section.show_card)
    return section
