"""Wires the job shop to the registration desk (called once from the composition root).

The citizen card gets a «Job» section; «Henvis til job …» there opens «Ledige job»
with that citizen chosen; and «Henvis borger …» on a vacancy suggests whoever is
open at the desk. Neither screen imports the other: only this module knows both.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.background import BackgroundRunner
from ui.jobshop.jobs_citizen_section import JobsCitizenSection
from ui.jobshop.jobs_page import JobsPage
from ui.jobshop.jobshop_tab import JobshopTab
from ui.jobshop.refer_dialog import CitizenChoice
from ui.jobshop.wiring import JobshopServices
from ui.registration.screen import RegistrationScreen


def link_job_shop_to_desk(
    desk: RegistrationScreen,
    tab: JobshopTab,
    services: JobshopServices,
    runner: BackgroundRunner,
    show_tab: Callable[[], None],
) -> JobsCitizenSection:
    page = tab.findChild(JobsPage)
    section = JobsCitizenSection(services.vacancies, services.kvik, runner)
    desk.card.add_section(section)
    desk.card.card_shown.connect(section.show_card)
    if page is None:  # the vacancy page is not built: the card still shows the citizen's jobs
        section.refer_button.setVisible(False)
        return section

    def desk_citizen() -> CitizenChoice | None:
        card = desk.card.shown_card
        if card is None or desk.current_citizen_id != card.citizen.id:
            return None  # the desk has moved on to the next citizen
        return card.citizen.id, f"{card.citizen.full_name} ({card.masked_cpr})"

    def refer(choice: CitizenChoice) -> None:
        page.preselect_citizen(choice)
        tab.pages.setCurrentWidget(page)
        show_tab()
        page.filters.focus_search()

    page.set_desk_citizen_source(desk_citizen)
    section.refer_requested.connect(refer)
    page.detail.vacancy_changed.connect(lambda _id: section.reload())
    return section
