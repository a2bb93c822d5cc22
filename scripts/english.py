"""Fills the English .ts from a table of Danish source text → English.

Usage: python3 scripts/english.py resources/translations/skranke_en.ts
Strings not in the table stay unfinished (Qt then shows the Danish source).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

ENGLISH: dict[str, str] = {
    "Navn": "Name",
    "CPR-nummer": "CPR number",
    "Forsørgelsesgrundlag": "Basis of support",
    "CPR-nummer eller navn": "CPR number or name",
    "Scan sundhedskort, skriv CPR-nummer (Enter) eller navn": "Scan health card, type CPR number (Enter) or name",
    "Fejlbesked": "Error message",
    "Søgeresultater": "Search results",
    "Scan sundhedskortet eller skriv CPR-nummer og tryk Enter.": "Scan the health card or type the CPR number and press Enter.",
    "&Udsted billet (Enter)": "&Issue ticket (Enter)",
    "Udsted billet": "Issue ticket",
    "&CPR-nummer eller navn:": "&CPR number or name:",
    "&Henvendelsesårsag (tast 1–6):": "&Reason for visit (keys 1–6):",
    "Ingen borgere fundet.": "No citizens found.",
    "Find eller registrér borgeren først.": "Find or register the citizen first.",
    "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen eller kontakt IT.": "An unexpected error occurred. What you typed is kept – try again or contact IT.",
    "Billet %1": "Ticket %1",
    "Udstedt billet": "Issued ticket",
    "Billetnummer": "Ticket number",
    "Udskriftsstatus": "Print status",
    "&Udskriv (Ctrl+P)": "&Print (Ctrl+P)",
    "Udskriv billet": "Print ticket",
    "&Næste borger (Enter)": "&Next citizen (Enter)",
    "Næste borger": "Next citizen",
    "Udskrivning mislykkedes: %1": "Printing failed: %1",
    "Gemt som PDF: %1": "Saved as PDF: %1",
    "CPR-nummer for ny borger": "CPR number of new citizen",
    "Fornavn": "First name",
    "Efternavn": "Last name",
    "A-kasse": "Unemployment fund",
    "Telefon": "Phone",
    "E-mail": "E-mail",
    "Fejl i formularen": "Error in the form",
    "&Registrér borger": "&Register citizen",
    "Registrér borger": "Register citizen",
    "Ny borger – ikke fundet i registret": "New citizen – not found in the register",
    "CPR-nummer:": "CPR number:",
    "&Fornavn:": "&First name:",
    "&Efternavn:": "&Last name:",
    "&Forsørgelse:": "&Support:",
    "&A-kasse:": "&Unemployment fund:",
    "&Telefon:": "&Phone:",
    "E-&mail:": "E-&mail:",
    "Billetten kunne ikke skrives til %1.": "The ticket could not be written to %1.",
    "Udstedt %1 – hold øje med skærmen": "Issued %1 – watch the screen",
    "Borgerens navn": "Citizen's name",
    "&Vis CPR": "&Show CPR",
    "Vis CPR": "Show CPR",
    "Seneste besøg": "Recent visits",
    "%1 – a-kasse: %2": "%1 – unemployment fund: %2",
    "Seneste besøg:": "Recent visits:",
    "Ingen tidligere besøg.": "No earlier visits.",
    "Henvendelsesårsag": "Reason for visit",
    "&Registrering": "&Registration",
    "Skranke – Jobcenter København, %1": "Skranke – Jobcenter Copenhagen, %1",
    "Skranke hovedvindue": "Skranke main window",
    "Skærmbilleder": "Screens",
    "&Filer": "&File",
    "&Afslut": "&Quit",
    "&Hjælp": "&Help",
    "&Om Skranke": "&About Skranke",
    "%1 · skranke %2 · %3": "%1 · counter %2 · %3",
    "Arbejdsplads": "Workstation",
    "Ændringer der venter": "Changes waiting",
    "Alle ændringer er gemt lokalt; ingen venter": "All changes saved locally; none waiting",
    "1 ændring venter på at blive sendt": "1 change waiting to be sent",
    "%1 ændringer venter på at blive sendt": "%1 changes waiting to be sent",
    "Om Skranke": "About Skranke",
    "Skranke – modtagelsen i Jobcenter København.\nVirker også uden netværk.": "Skranke – the reception of Jobcenter Copenhagen.\nWorks without the network too.",
    "Skranke – opsætning af arbejdsplads": "Skranke – workstation set-up",
    "Opsætning af arbejdsplads": "Workstation set-up",
    "Vælg afdeling, skranke og medarbejder. Det huskes på denne computer.": "Choose site, counter and staff member. This computer remembers it.",
    "Afdeling": "Site",
    "Skranke": "Counter",
    "Medarbejder": "Staff member",
    "&Afdeling:": "&Site:",
    "S&kranke:": "&Counter:",
    "&Medarbejder:": "S&taff member:",
    "Gem og start": "Save and start",
    "Afbryd": "Cancel",
    "&Primærvisitation": "&Primary visitation",
    "Op&følgning": "&Follow-up",
    "Kastebold-sager": "Kastebold cases",
    "&Primærvisitation (F6)": "&Primary visitation (F6)",
    "Primærvisitation": "Primary visitation",
    "Ikke tilmeldt serveren": "Not enrolled with the server",
    "Offline": "Offline",
    "Online": "Online",
    "Synkroniserer": "Syncing",
    "Synkronisering standset": "Sync stopped",
    "Synkroniseringsstatus": "Sync status",
    "Synkroniseringsdetaljer": "Sync details",
    "Afviste ændringer": "Refused changes",
    "henter %1 af %2": "downloading %1 of %2",
    "%1 venter": "%1 waiting",
    "sidst %1": "last %1",
    "%1 afvist – se hvorfor": "%1 refused – see why",
    "&Set og forstået": "&Seen and understood",
    "Set og forstået": "Seen and understood",
    "Serveren afviste disse ændringer. De er ikke gennemført:": "The server refused these changes. They have not been carried out:",
    "Billet": "Ticket",
    "Kø": "Queue",
    "Ventet (min)": "Waited (min)",
    "Ingen borger ved skranken": "No citizen at the counter",
    "Nuværende billet": "Current ticket",
    "Venteliste": "Waiting list",
    "Kald næste (F2)": "Call next (F2)",
    "Kald igen (F3)": "Call again (F3)",
    "Start betjening (F4)": "Start serving (F4)",
    "Færdig (F8)": "Done (F8)",
    "Udeblevet (F9)": "Did not come (F9)",
    "Skranke (kø)": "Counter (queue)",
    "Ingen venter i skrankens køer.": "Nobody waits in this counter's queues.",
    "betjenes": "being served",
    "kaldt": "called",
    "Uventet fejl.": "Unexpected error.",
}


def fill(path: str) -> tuple[int, int]:
    tree = ET.parse(path)
    done = missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        english = ENGLISH.get(source)
        if english is None:
            missing += 1
            translation.set("type", "unfinished")
            continue
        translation.text = english
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done, missing


if __name__ == "__main__":
    done, missing = fill(sys.argv[1])
    print(f"english.py: {done} translated, {missing} still Danish")
