<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="48" />
        <location filename="../../ui/help/about_dialog.py" line="49" />
        <source>Om Skranke</source>
        <translation>About Skranke</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="51" />
        <source>Skranke – modtagelsen i Jobcenter København</source>
        <translation>Skranke – reception at Jobcenter København</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="53" />
        <source>Virker også uden netværk.</source>
        <translation>Works without a network too.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="54" />
        <location filename="../../ui/help/about_dialog.py" line="60" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="54" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="55" />
        <source>Python-version</source>
        <translation>Python version</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="57" />
        <source>%1 (PySide6 %2)</source>
        <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="58" />
        <source>Qt-version</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="61" />
        <source>Datamappe</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="63" />
        <source>Logmappe</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="66" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="67" />
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="68" />
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="69" />
        <source>Datamappe:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/help/about_dialog.py" line="70" />
        <source>Logmappe:</source>
        <translation>Log folder:</translation>
    </message>
</context>
<context>
    <name>AbsencePanel</name>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="28" />
        <source>Dato for udeblivelsen</source>
        <translation>Date of the missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="30" />
        <source>Hvilket møde borgeren udeblev fra</source>
        <translation>Which meeting the citizen missed</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="31" />
        <location filename="../../ui/visitation/absence_panel.py" line="32" />
        <source>Registrér udeblivelse</source>
        <translation>Record a missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="35" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="38" />
        <source>&amp;Udeblev den:</source>
        <translation>&amp;Missed on:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="39" />
        <source>Mø&amp;de:</source>
        <translation>Mee&amp;ting:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/absence_panel.py" line="68" />
        <source>Partshøring startet; borgeren har frist til {due}.</source>
        <translation>Consultation of the citizen (partshøring) started; the citizen has until {due} to reply.</translation>
    </message>
</context>
<context>
    <name>AdviceCitizenPicker</name>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="42" />
        <source>&amp;Anonym henvendelse</source>
        <translation>&amp;Anonymous enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="43" />
        <source>Anonym henvendelse</source>
        <translation>Anonymous enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="45" />
        <source>Søg borger til rådgivning</source>
        <translation>Find the citizen being advised</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="46" />
        <source>Navn eller CPR-nummer</source>
        <translation>Name or CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="49" />
        <source>Fundne borgere til rådgivning</source>
        <translation>Citizens found for advice</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="52" />
        <source>Borger i samtalen</source>
        <translation>Citizen in the session</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="57" />
        <source>Find &amp;borgeren (navn eller CPR):</source>
        <translation>Find the &amp;citizen (name or CPR):</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="117" />
        <source>Ingen borgere fundet.</source>
        <translation>No citizens found.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="137" />
        <source>Samtalen registreres uden borger.</source>
        <translation>The session is logged without a citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="139" />
        <source>Borger: %1</source>
        <translation>Citizen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_citizen_picker.py" line="141" />
        <source>Ingen borger valgt – søg borgeren frem eller markér anonym.</source>
        <translation>No citizen chosen – find the citizen or tick anonymous.</translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="58" />
        <source>Emne for rådgivningen</source>
        <translation>Topic of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="62" />
        <source>Varighed i minutter</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="65" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="67" />
        <source>Resultat af samtalen</source>
        <translation>Outcome of the session</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="69" />
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="70" />
        <source>Fx Ydelsesservice, EURES-rådgiver</source>
        <translation>E.g. Ydelsesservice, EURES adviser</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="71" />
        <source>Gem samtale (Ctrl+S)</source>
        <translation>Save session (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="72" />
        <source>Gem samtale</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="75" />
        <source>Rådgivningens besked</source>
        <translation>Open advice message</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="79" />
        <source>Dagens samtaler</source>
        <translation>Today's sessions</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="82" />
        <source>Booket til åben rådgivning i dag</source>
        <translation>Booked for open advice today</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="92" />
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="93" />
        <source>Var&amp;ighed:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="94" />
        <source>Res&amp;ultat:</source>
        <translation>Out&amp;come:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="95" />
        <source>Henvist &amp;til:</source>
        <translation>Referred &amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="107" />
        <source>Booket til åben rådgivnin&amp;g i dag (Enter vælger borgeren):</source>
        <translation>&amp;Booked for open advice today (Enter chooses the citizen):</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="128" />
        <source>Åben r&amp;ådgivning</source>
        <translation>Open &amp;advice</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="103" />
        <source>&amp;Dagens samtaler i afdelingen:</source>
        <translation>To&amp;day's sessions at this site:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_page.py" line="172" />
        <source>Vælg borgeren, eller markér «Anonym henvendelse» (Alt+A).</source>
        <translation>Choose the citizen, or tick «Anonymous enquiry» (Alt+A).</translation>
    </message>
</context>
<context>
    <name>AdviceQueuePanel</name>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="53" />
        <source>Rådgivningsbillet ved skranken</source>
        <translation>Advice ticket at this counter</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="56" />
        <source>Venter på åben rådgivning</source>
        <translation>Waiting for open advice</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="58" />
        <source>Rådgivningskøens besked</source>
        <translation>Advice queue message</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="64" />
        <source>Ve&amp;nter på åben rådgivning:</source>
        <translation>&amp;Waiting for open advice:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="126" />
        <source>Rådgivningskøen kunne ikke læses: %1 (F5 prøver igen)</source>
        <translation>The advice queue could not be read: %1 (F5 tries again)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="107" />
        <source>Skranke %1 betjener ingen rådgivningsbillet lige nu.</source>
        <translation>Counter %1 is not serving an advice ticket right now.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_queue_panel.py" line="114" />
        <source>Betjenes ved skranke %1: %2 %3</source>
        <translation>Served at counter %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>AdviceTables</name>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="19" />
        <source>Job og jobsøgning</source>
        <translation>Jobs and job search</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="20" />
        <source>Uddannelse</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="21" />
        <source>Handicap</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="22" />
        <source>Etniske minoriteter</source>
        <translation>Ethnic minorities</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="23" />
        <source>Ligestilling</source>
        <translation>Gender equality</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="24" />
        <source>EURES (arbejde i EU)</source>
        <translation>EURES (work in the EU)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="25" />
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="35" />
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="41" />
        <location filename="../../ui/jobshop/advice_models.py" line="51" />
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="44" />
        <location filename="../../ui/jobshop/advice_models.py" line="52" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="45" />
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="46" />
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="47" />
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="48" />
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="53" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="56" />
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/advice_models.py" line="58" />
        <source>Ankommet</source>
        <translation>Arrived</translation>
    </message>
</context>
<context>
    <name>AssignPcDialog</name>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="47" />
        <location filename="../../ui/selfservice/assign_dialog.py" line="48" />
        <source>Selvbetjenings-pc</source>
        <translation>Self-service PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="49" />
        <source>Vælg en ledig pc til %1:</source>
        <translation>Choose a free PC for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="54" />
        <source>Tid i minutter</source>
        <translation>Time in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="58" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="60" />
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="63" />
        <source>Sæt ved &amp;pc (Enter)</source>
        <translation>Give the &amp;PC (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="64" />
        <source>Sæt ved pc</source>
        <translation>Give the PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="67" />
        <source>&amp;Luk (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="68" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/assign_dialog.py" line="87" />
        <source>Vælg en ledig pc (↑/↓).</source>
        <translation>Choose a free PC (↑/↓).</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="105" />
        <location filename="../../ui/security/audit_view.py" line="106" />
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="110" />
        <source>Medarbejder-id</source>
        <translation>Staff id</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="112" />
        <source>Borger-id</source>
        <translation>Citizen id</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="114" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="115" />
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="120" />
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="123" />
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="124" />
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="125" />
        <source>Søg i loggen</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="127" />
        <source>&amp;Kontrollér kæden</source>
        <translation>C&amp;heck the chain</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="128" />
        <source>Kontrollér kæden</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="129" />
        <source>&amp;Eksportér CSV …</source>
        <translation>&amp;Export CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="130" />
        <source>Eksportér loggen</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="133" />
        <source>Revisionsposter</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="137" />
        <source>Status for revisionsloggen</source>
        <translation>Audit log status</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="141" />
        <source>&amp;Medarbejder:</source>
        <translation>Staff &amp;member:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="142" />
        <source>&amp;Borger:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="143" />
        <source>&amp;Handling:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="144" />
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="145" />
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="152" />
        <source>Opbevaringstid i dage</source>
        <translation>Retention in days</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="156" />
        <source>Slet &amp;udløbne poster</source>
        <translation>Delete e&amp;xpired entries</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="157" />
        <source>Slet udløbne poster</source>
        <translation>Delete expired entries</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="159" />
        <source>&amp;Opbevaringstid (dage):</source>
        <translation>&amp;Retention (days):</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="186" />
        <source>%1 poster</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="189" />
        <source>Kontrollerer kæderne …</source>
        <translation>Checking the chains …</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="194" />
        <source>Kæden er hel: %1 poster kontrolleret.</source>
        <translation>The chain is intact: %1 entries checked.</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="200" />
        <source>Kæden er brudt (%1 fejl):</source>
        <translation>The chain is broken (%1 problems):</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="209" />
        <source>Gem revisionsloggen</source>
        <translation>Save the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="220" />
        <source>Gemt: %1 (%2 poster)</source>
        <translation>Saved: %1 (%2 entries)</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="239" />
        <source>%1 poster ældre end %2 dage er slettet.</source>
        <translation>%1 entries older than %2 days deleted.</translation>
    </message>
</context>
<context>
    <name>AuditEntriesModel</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="43" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="44" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="45" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="46" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="47" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="48" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="49" />
        <source>Detalje</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="46" />
        <location filename="../../ui/queue/callback_dialog.py" line="47" />
        <source>Tilbagekald</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="49" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="51" />
        <source>Telefonnummer til tilbagekald</source>
        <translation>Phone number for the callback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="54" />
        <source>Kø for tilbagekaldet</source>
        <translation>Queue for the callback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="58" />
        <source>Afdeling der ringer tilbage</source>
        <translation>Site that rings back</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="62" />
        <source>Bemærkning til tilbagekaldet</source>
        <translation>Note for the callback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="65" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="71" />
        <location filename="../../ui/queue/callback_dialog.py" line="72" />
        <source>Bestil tilbagekald</source>
        <translation>Place callback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="74" />
        <location filename="../../ui/queue/callback_dialog.py" line="75" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="79" />
        <source>Borger:</source>
        <translation>Citizen:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="80" />
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="81" />
        <source>&amp;Kø:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="82" />
        <source>&amp;Afdeling:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="83" />
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_dialog.py" line="94" />
        <source>Bestiller …</source>
        <translation>Placing …</translation>
    </message>
</context>
<context>
    <name>CallbackSection</name>
    <message>
        <location filename="../../ui/queue/callback_section.py" line="31" />
        <source>Ti&amp;lbagekald …</source>
        <translation>Ca&amp;llback …</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_section.py" line="32" />
        <source>Tilbagekald</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_section.py" line="35" />
        <source>Tilbagekald bestilt</source>
        <translation>Callback placed</translation>
    </message>
    <message>
        <location filename="../../ui/queue/callback_section.py" line="71" />
        <source>Tilbagekald {number} bestilt, telefon {phone}.</source>
        <translation>Callback {number} placed, phone {phone}.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="44" />
        <source>Sagen er forankret hos</source>
        <translation>The case is held by</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="46" />
        <source>Seneste kategori</source>
        <translation>Latest category</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="50" />
        <source>Henvisningshistorik</source>
        <translation>Referral history</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="56" />
        <source>Afvist til&amp;bud …</source>
        <translation>Offer refused (&amp;b) …</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="57" />
        <source>Afvist tilbud …</source>
        <translation>Offer refused …</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="59" />
        <source>Borgeren har afvist det valgte tilbud: start en partshøring (Alt+B)</source>
        <translation>The citizen refused the selected offer: start a consultation of the citizen (partshøring) (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="106" />
        <source>Forankret hos: {unit}</source>
        <translation>Held by: {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="108" />
        <source>Borgeren har endnu ingen sag.</source>
        <translation>The citizen has no case yet.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/case_panel.py" line="112" />
        <source>Kategori: {label} ({date}, skema {scheme} v{version})</source>
        <translation>Category: {label} ({date}, form {scheme} v{version})</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../ui/visitation/case_section.py" line="25" />
        <location filename="../../ui/visitation/case_section.py" line="26" />
        <source>Tilbud og henvisninger</source>
        <translation>Offers and referrals</translation>
    </message>
</context>
<context>
    <name>CategorisationPage</name>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="26" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="30" />
        <source>Begrundelse for kategorien</source>
        <translation>Reason for the category</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="31" />
        <source>Skal udfyldes, hvis du afviger fra forslaget</source>
        <translation>Required if you depart from the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="38" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="39" />
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="57" />
        <source>Skema: {label}</source>
        <translation>Form: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="61" />
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="71" />
        <source>{question} (ud fra CPR: {age} år)</source>
        <translation>{question} (from the CPR: {age} years)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="75" />
        <source>{question} (borgeren er {age} år ifølge CPR)</source>
        <translation>{question} (the citizen is {age} according to the CPR)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="160" />
        <source>{label} (forslag)</source>
        <translation>{label} (suggested)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/categorisation_page.py" line="171" />
        <source>Næste skridt: {text}</source>
        <translation>Next step: {text}</translation>
    </message>
</context>
<context>
    <name>CitizenCardView</name>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="44" />
        <source>Borgerens navn</source>
        <translation>Citizen's name</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="47" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="48" />
        <source>&amp;Vis CPR</source>
        <translation>&amp;Show CPR</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="49" />
        <source>Vis CPR</source>
        <translation>Show CPR</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="52" />
        <source>Forsørgelsesgrundlag</source>
        <translation>Basis of support</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="54" />
        <source>Seneste besøg</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="79" />
        <source>%1 – a-kasse: %2</source>
        <translation>%1 – unemployment fund: %2</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="86" />
        <source>Seneste besøg:</source>
        <translation>Recent visits:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="88" />
        <source>Ingen tidligere besøg.</source>
        <translation>No earlier visits.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/citizen_card.py" line="131" />
        <source>CPR vises ikke: %1</source>
        <translation>CPR not shown: %1</translation>
    </message>
</context>
<context>
    <name>CompanyContactDialog</name>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="46" />
        <source>Registrér kontakt</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="47" />
        <source>Kontakt med %1</source>
        <translation>Contact with %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="50" />
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="54" />
        <source>Kontaktform</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="58" />
        <source>Notat om kontakten</source>
        <translation>Note on the contact</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="60" />
        <source>Advarsel om kollegas kontakt</source>
        <translation>Warning about a colleague's contact</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="64" />
        <source>Fejl ved kontakt</source>
        <translation>Contact error</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="66" />
        <source>Registrér kontakten</source>
        <translation>Log the contact</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="70" />
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="71" />
        <source>&amp;Kontaktform:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="72" />
        <source>&amp;Notat:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="89" />
        <source>Registrér alligevel (Enter)</source>
        <translation>Log anyway (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="89" />
        <source>Registrér (Enter)</source>
        <translation>Log (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="124" />
        <source>%1 kontaktede virksomheden om «%2» den %3 (%4).</source>
        <translation>%1 contacted the company about «%2» on %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_contact_dialog.py" line="132" />
        <source>Tal med kollegaen, før du kontakter virksomheden om det samme. Esc annullerer; Enter registrerer kontakten alligevel.</source>
        <translation>Talk to your colleague before contacting the company about the same thing. Esc cancels; Enter logs the contact anyway.</translation>
    </message>
</context>
<context>
    <name>CompanyDetailPanel</name>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="40" />
        <location filename="../../ui/jobshop/company_detail.py" line="97" />
        <source>Vælg en virksomhed på listen.</source>
        <translation>Choose a company in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="41" />
        <source>Virksomhedens navn</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="44" />
        <source>Virksomhedens CVR-nummer</source>
        <translation>Company CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="46" />
        <source>Virksomhedens telefonnummer</source>
        <translation>Company phone number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="48" />
        <source>Virksomhedens ansvarlige konsulent</source>
        <translation>Company's responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="50" />
        <source>Ny ansvarlig konsulent</source>
        <translation>New responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="51" />
        <source>Skift ansvarlig (Ctrl+J)</source>
        <translation>Change responsible (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="52" />
        <source>Skift ansvarlig konsulent</source>
        <translation>Change responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="55" />
        <source>Kollegers seneste kontakter</source>
        <translation>Colleagues' recent contacts</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="58" />
        <source>Kontaktlog</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="59" />
        <source>Registrér kontakt … (Ctrl+K)</source>
        <translation>Log contact … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="60" />
        <source>Registrér kontakt</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="64" />
        <source>CVR-nummer:</source>
        <translation>CVR number:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="65" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="66" />
        <source>Ansvarlig konsulent:</source>
        <translation>Responsible consultant:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="70" />
        <source>Ny &amp;ansvarlig:</source>
        <translation>New &amp;responsible:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="77" />
        <source>Kon&amp;taktlog:</source>
        <translation>Con&amp;tact log:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="105" />
        <location filename="../../ui/jobshop/company_detail.py" line="106" />
        <source>ikke oplyst</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="114" />
        <source>Ingen kolleger har kontaktet virksomheden for nylig.</source>
        <translation>No colleague has contacted the company recently.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="116" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_detail.py" line="122" />
        <source>Kollegers seneste kontakter:</source>
        <translation>Colleagues' recent contacts:</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="51" />
        <source>Søg virksomhed</source>
        <translation>Search company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="52" />
        <source>Navn eller CVR-nummer (Ctrl+F)</source>
        <translation>Name or CVR number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="54" />
        <source>Virksomheder</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="55" />
        <source>Ny virksomhed … (Ctrl+N)</source>
        <translation>New company … (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="56" />
        <source>Ny virksomhed</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="59" />
        <source>Virksomhedssidens besked</source>
        <translation>Companies page message</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="67" />
        <source>S&amp;øg virksomhed:</source>
        <translation>Sea&amp;rch company:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="94" />
        <source>&amp;Virksomheder</source>
        <translation>&amp;Companies</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_page.py" line="185" />
        <source>Vælg først en virksomhed på listen.</source>
        <translation>Choose a company in the list first.</translation>
    </message>
</context>
<context>
    <name>CompanyRegisterDialog</name>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="48" />
        <source>Ny virksomhed</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="50" />
        <source>Virksomhedens navn</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="52" />
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="53" />
        <source>8 cifre, hvis kendt</source>
        <translation>8 digits, if known</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="56" />
        <source>Virksomhedens telefon</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="58" />
        <source>Ansvarlig konsulent</source>
        <translation>Responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="60" />
        <source>Fejl ved virksomhed</source>
        <translation>Company error</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="62" />
        <source>Opret (Enter)</source>
        <translation>Create (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="62" />
        <source>Opret virksomhed</source>
        <translation>Create company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="66" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="67" />
        <source>&amp;CVR-nummer:</source>
        <translation>&amp;CVR number:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="68" />
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="69" />
        <source>&amp;Ansvarlig konsulent:</source>
        <translation>&amp;Responsible consultant:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_register_dialog.py" line="79" />
        <source>Skriv virksomhedens navn.</source>
        <translation>Enter the company's name.</translation>
    </message>
</context>
<context>
    <name>CompanyTables</name>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="17" />
        <source>Jobordre</source>
        <translation>Job order</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="18" />
        <source>Kvikservice</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="19" />
        <source>Rekruttering og opkvalificering</source>
        <translation>Recruitment and upskilling</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="22" />
        <source>Opfølgning på ansættelse</source>
        <translation>Follow-up on a hire</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="23" />
        <source>Varsling af afskedigelser</source>
        <translation>Notice of lay-offs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="24" />
        <source>Samarbejdsaftale</source>
        <translation>Partnership agreement</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="25" />
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="29" />
        <location filename="../../ui/jobshop/company_models.py" line="55" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="30" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="31" />
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="32" />
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="53" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="54" />
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="56" />
        <source>Ansvarlig konsulent</source>
        <translation>Responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="59" />
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="60" />
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="61" />
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="62" />
        <source>Kontaktform</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/company_models.py" line="63" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../ui/queue/confirm_bar.py" line="18" />
        <source>Bekræft</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/queue/confirm_bar.py" line="21" />
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/queue/confirm_bar.py" line="22" />
        <source>Ja (Enter)</source>
        <translation>Yes (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/confirm_bar.py" line="23" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/queue/confirm_bar.py" line="24" />
        <source>Nej (Esc)</source>
        <translation>No (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/confirm_bar.py" line="25" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="64" />
        <source>Forbindelse til den centrale server</source>
        <translation>Connection to the central server</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="67" />
        <source>Skranken arbejder altid lokalt og sender ændringerne til serveren, når der er forbindelse. Uden server arbejder den kun på denne pc.</source>
        <translation>The desk always works locally and sends the changes to the server when there is a connection. Without a server it works on this PC only.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="72" />
        <source>Tilmeld hos serveren</source>
        <translation>Enrol with the server</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="71" />
        <source>Tilmeld hos &amp;serveren</source>
        <translation>Enrol with the &amp;server</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="73" />
        <source>Kun &amp;denne pc (uden server)</source>
        <translation>This &amp;PC only (no server)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="74" />
        <source>Kun denne pc</source>
        <translation>This PC only</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="80" />
        <source>Serverens adresse</source>
        <translation>The server's address</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="82" />
        <source>Tilmeldingskode</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="83" />
        <source>engangskode fra IT</source>
        <translation>one-time code from IT</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="86" />
        <source>Serverens svar</source>
        <translation>The server's answer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="89" />
        <source>Serverens &amp;adresse:</source>
        <translation>The server's &amp;address:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="91" />
        <source>Tilmeldings&amp;kode:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="135" />
        <source>Skriv serverens adresse, fx https://skranke.example.</source>
        <translation>Enter the server's address, e.g. https://skranke.example.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="139" />
        <source>Skriv tilmeldingskoden fra IT.</source>
        <translation>Enter the enrolment code from IT.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="143" />
        <source>Spørger serveren …</source>
        <translation>Asking the server …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="150" />
        <source>Serveren svarede: arbejdsstationen er tilmeldt i %1, skranke %2.</source>
        <translation>The server answered: the workstation is enrolled at %1, counter %2.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="163" />
        <source>Serveren svarede: %1 Ret adressen eller koden og prøv igen – eller vælg «Kun denne pc».</source>
        <translation>The server answered: %1 Correct the address or the code and try again – or choose «This PC only».</translation>
    </message>
</context>
<context>
    <name>ContactCourseSection</name>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="36" />
        <source>Kontaktforløb</source>
        <translation>Contact course</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="41" />
        <source>Målgruppe og kontaktforløb</source>
        <translation>Target group and contact course</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="44" />
        <source>Status for jobsamtalen</source>
        <translation>Status of the job interview</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="46" />
        <source>Reg&amp;istrér afholdt jobsamtale</source>
        <translation>Reg&amp;ister a held job interview</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="47" />
        <source>Registrér afholdt jobsamtale</source>
        <translation>Register a held job interview</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="51" />
        <source>Grund til fritagelse</source>
        <translation>Reason for exemption</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="52" />
        <source>Fritag fra jobsamtalerne</source>
        <translation>Exempt from the job interviews</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="53" />
        <source>Fritag borgeren fra jobsamtalerne</source>
        <translation>Exempt the citizen from the job interviews</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="103" />
        <source>Målgruppe: {0}</source>
        <translation>Target group: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="107" />
        <source>Jobsamtaler: {0} af {1} holdt siden {2}</source>
        <translation>Job interviews: {0} of {1} held since {2}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="112" />
        <source>Fritaget: {0}</source>
        <translation>Exempted: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="115" />
        <source>Næste jobsamtale senest {0}</source>
        <translation>Next job interview by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="119" />
        <source>Bagud: {0} samtaler var forfaldne</source>
        <translation>Behind: {0} interviews were due</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="141" />
        <source>Borgeren er fritaget fra jobsamtalerne.</source>
        <translation>The citizen is exempted from the job interviews.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/contact_course_section.py" line="164" />
        <source>Jobsamtalen er registreret.</source>
        <translation>The job interview is registered.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="95" />
        <source>Tilbagemelding</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="98" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="103" />
        <source>Venteliste</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="109" />
        <source>Kald næste (F2)</source>
        <translation>Call next (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="112" />
        <source>Kald valgte (F5)</source>
        <translation>Call selected (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="116" />
        <source>Kald igen (F3)</source>
        <translation>Call again (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="119" />
        <source>Ring tilbage (Shift+F2)</source>
        <translation>Ring back (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="125" />
        <source>Intet svar (Shift+F9)</source>
        <translation>No answer (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="131" />
        <source>Start betjening (F4)</source>
        <translation>Start serving (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="135" />
        <source>Overfør … (F7)</source>
        <translation>Transfer … (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="136" />
        <source>Færdig (F8)</source>
        <translation>Done (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="137" />
        <source>Udeblevet (F9)</source>
        <translation>Did not come (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="140" />
        <source>Fortryd udeblevet (Ctrl+Z)</source>
        <translation>Undo no-show (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="156" />
        <source>Kald &amp;næste automatisk efter Færdig</source>
        <translation>Call the &amp;next automatically after Done</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="157" />
        <source>Kald næste automatisk</source>
        <translation>Call next automatically</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="197" />
        <source>Skranke (kø)</source>
        <translation>Counter (queue)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="240" />
        <source>{number} er ikke et tilbagekald: meld udeblevet med F9.</source>
        <translation>{number} is not a callback: mark a no-show with F9.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="248" />
        <source>Intet svar: {number} er sat i kø igen (højst {limit} forsøg)</source>
        <translation>No answer: {number} is queued again (at most {limit} tries)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="273" />
        <source>Kaldt igen: {number} til skranke {counter}</source>
        <translation>Called again: {number} to counter {counter}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="282" />
        <source>Betjening startet: {number}</source>
        <translation>Service started: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="298" />
        <source>Færdig: {number}</source>
        <translation>Done: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="316" />
        <source>Meldt udeblevet: {number}. Fortryd med Ctrl+Z inden {seconds} sekunder.</source>
        <translation>Marked as no-show: {number}. Undo with Ctrl+Z within {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="329" />
        <source>Meld {number} udeblevet? Enter = ja, Esc = nej.</source>
        <translation>Mark {number} as no-show? Enter = yes, Esc = no.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="331" />
        <source>Ikke meldt udeblevet: {number}</source>
        <translation>Not marked as no-show: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="337" />
        <source>Der er intet udeblevet at fortryde.</source>
        <translation>There is no no-show to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="350" />
        <source>Fortrudt: {number} er kaldt til skranke {counter} igen</source>
        <translation>Undone: {number} is called to counter {counter} again</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="386" />
        <source>Overført: {number} til {queue}</source>
        <translation>Transferred: {number} to {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="398" />
        <source>Betjenes nu: {number}</source>
        <translation>Now serving: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="406" />
        <source>Et øjeblik: den forrige handling er ikke færdig.</source>
        <translation>One moment: the previous action has not finished.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="458" />
        <source>Intet tilbagekald er klar endnu: det næste kan ringes op kl. {time} (F5 på det i ventelisten ringer op nu).</source>
        <translation>No callback is ready yet: the next may be rung at {time} (F5 on it in the waiting list rings now).</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="468" />
        <source>Ingen venter i skrankens køer.</source>
        <translation>Nobody waits in this counter's queues.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="472" />
        <source>Ring tilbage: {number}, telefon {phone}</source>
        <translation>Ring back: {number}, phone {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="479" />
        <source>Kaldt: {number} til skranke {counter}</source>
        <translation>Called: {number} to counter {counter}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="490" />
        <source>Skranken har allerede {number}. Afslut med F8, overfør med F7 eller meld udeblevet med F9 først.</source>
        <translation>The counter already has {number}. Finish with F8, transfer with F7 or mark as no-show with F9 first.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="498" />
        <source>Ingen borger ved skranken – kald den næste med F2.</source>
        <translation>No citizen at the counter – call the next with F2.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/counter_screen.py" line="259" />
        <location filename="../../ui/queue/counter_screen.py" line="363" />
        <source>Vælg en billet i ventelisten.</source>
        <translation>Choose a ticket in the waiting list.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../ui/crash_report.py" line="161" />
        <source>Fejlen er sket %1 gange.</source>
        <translation>The error has happened %1 times.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="197" />
        <source>Der skete en uventet fejl i Skranke. Det, du har tastet, er bevaret.

En rapport er gemt i %1.

Kontakt IT, hvis det sker igen.</source>
        <translation>An unexpected error happened in Skranke. What you typed is kept.

A report is saved in %1.

Contact IT if it happens again.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="203" />
        <source>Der skete en uventet fejl i Skranke. Det, du har tastet, er bevaret.

Kontakt IT, hvis det sker igen.</source>
        <translation>An unexpected error happened in Skranke. What you typed is kept.

Contact IT if it happens again.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="210" />
        <location filename="../../ui/crash_report.py" line="214" />
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="217" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CurrentCitizenPanel</name>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="18" />
        <source>Nuværende billet</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="20" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="21" />
        <source>Henvendelse</source>
        <translation>Reason for visit</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="22" />
        <source>Ventetid</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="23" />
        <source>Note fra registreringen</source>
        <translation>Note from registration</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="26" />
        <source>Også ved skranken</source>
        <translation>Also at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="30" />
        <source>Borger:</source>
        <translation>Citizen:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="31" />
        <source>Henvendelse:</source>
        <translation>Reason for visit:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="32" />
        <source>Ventetid:</source>
        <translation>Waiting time:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="33" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="56" />
        <source>Ingen borger ved skranken</source>
        <translation>No citizen at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="60" />
        <source>betjenes</source>
        <translation>being served</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="60" />
        <source>kaldt</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="63" />
        <source>Ukendt borger</source>
        <translation>Unknown citizen</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="67" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="68" />
        <source>Ingen note</source>
        <translation>No note</translation>
    </message>
    <message>
        <location filename="../../ui/queue/current_citizen.py" line="71" />
        <source>Skranken har også kaldt {numbers}: afslut dem bagefter.</source>
        <translation>The counter has also called {numbers}: finish them afterwards.</translation>
    </message>
</context>
<context>
    <name>CvImportDialog</name>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="42" />
        <location filename="../../ui/jobnet/import_dialog.py" line="43" />
        <source>Indlæs CV-status fra Jobnet</source>
        <translation>Load CV status from Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="48" />
        <source>Filen fra Jobnet</source>
        <translation>The file from Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="49" />
        <source>CSV- eller JSON-fil med cpr, status og dato</source>
        <translation>CSV or JSON file with cpr, status and dato</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="50" />
        <source>&amp;Vælg fil …</source>
        <translation>Choose &amp;file …</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="51" />
        <source>Vælg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="53" />
        <source>&amp;Kontrollér</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="54" />
        <source>Kontrollér filen</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="57" />
        <source>Resultat af kontrollen</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="60" />
        <source>Afviste rækker</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="61" />
        <source>&amp;Indlæs</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="62" />
        <source>Indlæs de gyldige rækker</source>
        <translation>Load the valid rows</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="65" />
        <source>&amp;Luk</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="66" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="78" />
        <source>Formatet står i brugervejledningen: Jobnet ved skranken.</source>
        <translation>The format is in the user guide: Jobnet at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="96" />
        <source>Kontrollerer rækkerne …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="107" />
        <source>Vælg filen fra Jobnet</source>
        <translation>Choose the file from Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="109" />
        <source>CV-status (*.csv *.json);;Alle filer (*)</source>
        <translation>CV status (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="117" />
        <source>Vælg først en fil.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="128" />
        <source>%1 rækker kan indlæses; %2 rækker afvises.</source>
        <translation>%1 rows can be loaded; %2 rows are refused.</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="140" />
        <source>Indlæser …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="148" />
        <source>%1 CV-statusser er indlæst og deles med alle afdelinger.</source>
        <translation>%1 CV statuses are loaded and shared with all sites.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="88" />
        <location filename="../../ui/management_info/dashboard.py" line="89" />
        <source>Ledelsesinformation</source>
        <translation>Management information</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="95" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="96" />
        <source>Alle afdelinger</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="98" />
        <source>&amp;Afdeling:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="100" />
        <source>&amp;Opdatér</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="101" />
        <location filename="../../ui/management_info/dashboard.py" line="105" />
        <source>Opdatér tallene</source>
        <translation>Refresh the figures</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="102" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="114" />
        <source>Tallenes kilde</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="117" />
        <source>Henter tal</source>
        <translation>Fetching figures</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="130" />
        <source>Tal for perioden</source>
        <translation>Figures for the period</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="132" />
        <source>Eksportér &amp;CSV …</source>
        <translation>Export &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="133" />
        <source>Eksportér CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="135" />
        <source>Eksportér &amp;Excel …</source>
        <translation>Export &amp;Excel …</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="136" />
        <source>Eksportér Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="139" />
        <source>Eksportstatus</source>
        <translation>Export status</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="228" />
        <source>Henter tal …</source>
        <translation>Fetching figures …</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="241" />
        <source>Tallene kunne ikke hentes: %1 (F5 prøver igen)</source>
        <translation>The figures could not be fetched: %1 (F5 tries again)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="263" />
        <source>Alle afdelinger, fra serveren · beregnet %1</source>
        <translation>All sites, from the server · computed %1</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="266" />
        <source>%1, fra serveren · beregnet %2</source>
        <translation>%1, from the server · computed %2</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="272" />
        <source>Kun %1: serveren svarer ikke, så tallene er fra denne pc · beregnet %2</source>
        <translation>%1 only: the server does not answer, so the figures are from this PC · computed %2</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="278" />
        <source>Kun %1: ingen server, så tallene er fra denne pc · beregnet %2</source>
        <translation>%1 only: no server, so the figures are from this PC · computed %2</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="316" />
        <source>Gem ledelsesinformation</source>
        <translation>Save management information</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="318" />
        <source>CSV til Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="318" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="329" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="341" />
        <source>Gemt: %1 (%2 rækker)</source>
        <translation>Saved: %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/dashboard.py" line="346" />
        <source>Ikke gemt: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/composition.py" line="328" />
        <source>Køoversigt</source>
        <translation>Queue overview</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="330" />
        <source>Vis &amp;venteværelsesskærm</source>
        <translation>Show &amp;waiting-room display</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="337" />
        <source>Eksportér kø&amp;statistik …</source>
        <translation>Export queue &amp;statistics …</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="366" />
        <source>&amp;Primærvisitation</source>
        <translation>&amp;Primary assessment</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="370" />
        <source>&amp;Opfølgning</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="374" />
        <source>Kastebold-sager</source>
        <translation>Case ping-pong (kastebold)</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="387" />
        <source>Jobordrer</source>
        <translation>Job orders</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="419" />
        <source>&amp;Revisionslog …</source>
        <translation>&amp;Audit log …</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="435" />
        <source>&amp;Medarbejdernes adgangskoder …</source>
        <translation>Staff pass&amp;words …</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="439" />
        <source>Re&amp;ferencedata …</source>
        <translation>Re&amp;ference data …</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="489" />
        <source>%1 (%2), skranke %3</source>
        <translation>%1 (%2), counter %3</translation>
    </message>
    <message>
        <location filename="../../ui/composition.py" line="495" />
        <source>ingen – skranken arbejder kun på denne pc</source>
        <translation>none – the desk works on this PC only</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/wiring.py" line="96" />
        <source>Importér &amp;job fra fil …</source>
        <translation>Import &amp;jobs from a file …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_action.py" line="36" />
        <source>&amp;Indstillinger …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/wiring.py" line="47" />
        <source>Le&amp;delsesinformation …</source>
        <translation>&amp;Management information …</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/import_dialog.py" line="164" />
        <source>Indlæs &amp;CV-status fra Jobnet …</source>
        <translation>Load &amp;CV status from Jobnet …</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <location filename="../../ui/jobshop/dialog_parts.py" line="36" />
        <source>Annullér (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/dialog_parts.py" line="37" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../ui/failures.py" line="42" />
        <source>Filen kunne ikke gemmes eller læses: %1 (%2)</source>
        <translation>The file could not be saved or read: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="46" />
        <source>Der skete en uventet fejl. Det indtastede er bevaret – prøv igen.</source>
        <translation>An unexpected error occurred. What you typed is kept – please try again.</translation>
    </message>
</context>
<context>
    <name>Fejl</name>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="8" />
        <source>Listen over a-kasser (a_kasser.json) kan ikke læses.</source>
        <translation>The list of unemployment funds (a_kasser.json) cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="9" />
        <source>Kommandoen indeholder {problem}, som ikke kan gemmes.</source>
        <translation>The command contains {problem}, which cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="10" />
        <source>{label} skal være tekst.</source>
        <translation>{label} must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="11" />
        <source>{label} indeholder {problem}, som ikke må bruges.</source>
        <translation>{label} contains {problem}, which may not be used.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="12" />
        <source>{label} skal udfyldes.</source>
        <translation>{label} must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="13" />
        <source>{label} er for lang (højst {max_length} tegn).</source>
        <translation>{label} is too long (at most {max_length} characters).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="14" />
        <source>Feltet «{key}» skal være et gyldigt id.</source>
        <translation>The field «{key}» must be a valid id.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="15" />
        <source>{label} skal være et helt tal.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="16" />
        <source>{label} skal ligge mellem {minimum} og {maximum}.</source>
        <translation>{label} must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="17" />
        <source>{label} skal ligge mellem år {first} og {last}.</source>
        <translation>{label} must be between the years {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="18" />
        <source>{label} skal have en tidszone.</source>
        <translation>{label} must have a time zone.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="19" />
        <source>Ukendte felter i kommandoen: {names}.</source>
        <translation>Unknown fields in the command: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="20" />
        <source>Kommandoen indeholder {problem} i feltet «{where}», som ikke kan gemmes.</source>
        <translation>The command contains {problem} in the field «{where}», which cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="21" />
        <source>{label} skal være en dato (ÅÅÅÅ-MM-DD).</source>
        <translation>{label} must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="22" />
        <source>{label} skal være et tidspunkt.</source>
        <translation>{label} must be a time.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="23" />
        <source>{label} «{value}» kendes ikke.</source>
        <translation>{label} «{value}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="24" />
        <source>Kommandoen «{name}» version {version} kendes ikke af denne version af Skranke.</source>
        <translation>The command «{name}» version {version} is not known to this version of Skranke.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="25" />
        <source>Telefonnummeret</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="26" />
        <source>E-mailadressen</source>
        <translation>The email address</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="27" />
        <source>Forsørgelsesgrundlaget</source>
        <translation>The basis of support</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="28" />
        <source>Telefonnummeret skal have 8–15 cifre (evt. med + foran).</source>
        <translation>The phone number must have 8–15 digits (optionally with + in front).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="29" />
        <source>E-mailadressen ser ikke rigtig ud (fx navn@eksempel.dk).</source>
        <translation>The email address does not look right (e.g. name@example.dk).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="30" />
        <source>CPR-nummeret</source>
        <translation>The CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="31" />
        <source>CPR-nummeret {digits} er allerede registreret ({full_name}).</source>
        <translation>The CPR number {digits} is already registered ({full_name}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="32" />
        <source>Borgeren findes allerede med dette id.</source>
        <translation>A citizen with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="33" />
        <source>Borgeren findes ikke.</source>
        <translation>The citizen does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="34" />
        <source>Der er ingen ændringer at gemme.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="35" />
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="36" />
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="37" />
        <source>A-kassen</source>
        <translation>The unemployment fund (a-kasse)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="38" />
        <source>Forsørgelsesgrundlaget «{info}» kan ikke vælges for nye registreringer efter {valid_to:%d.%m.%Y}.</source>
        <translation>The basis of support «{info}» cannot be chosen for new registrations after {valid_to:%d.%m.%Y}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="39" />
        <source>Kommandoen skal være et JSON-objekt.</source>
        <translation>The command must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="40" />
        <source>Kommandoens bevis for medarbejderen har forkert type.</source>
        <translation>The command's proof of the staff member has the wrong type.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="41" />
        <source>Kommandoen kan ikke læses (ugyldig JSON): {msg}.</source>
        <translation>The command cannot be read (invalid JSON): {msg}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="42" />
        <source>Kommandoen mangler feltet «{key}» eller har forkert type.</source>
        <translation>The command lacks the field «{key}» or it has the wrong type.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="43" />
        <source>Kommandoens tidsstempel «issued_at» er ikke en gyldig tid.</source>
        <translation>The command's time stamp «issued_at» is not a valid time.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="44" />
        <source>Nummerserien</source>
        <translation>The number series</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="45" />
        <source>Løbenummeret</source>
        <translation>The sequence number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="46" />
        <source>Besøget findes ikke.</source>
        <translation>The visit does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="47" />
        <source>Henvendelsesårsagen «{service_code}» kendes ikke.</source>
        <translation>The reason for the visit «{service_code}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="48" />
        <source>Billetten findes allerede med dette id.</source>
        <translation>A ticket with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="49" />
        <source>Billetnummeret {number} er allerede udstedt i dag.</source>
        <translation>Ticket number {number} has already been issued today.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="50" />
        <source>Henvendelsesårsagen</source>
        <translation>The reason for the visit</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="51" />
        <source>Afdelingen «{site_code}» kendes ikke.</source>
        <translation>The site «{site_code}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="52" />
        <source>Besøget findes allerede med dette id.</source>
        <translation>A visit with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="53" />
        <source>Bemærkningen</source>
        <translation>The note</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="54" />
        <source>Konfigurationsfilen {path} mangler afsnittet [{section}].</source>
        <translation>The configuration file {path} lacks the section [{section}].</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="55" />
        <source>Konfigurationsfilen {path}: «{key} = {value}» – {why}.</source>
        <translation>The configuration file {path}: «{key} = {value}» – {why}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="56" />
        <source>Konfigurationsfilen {path} kan ikke læses: {exc}</source>
        <translation>The configuration file {path} cannot be read: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="57" />
        <source>Konfigurationsfilen {path} har en fejl: {exc}</source>
        <translation>The configuration file {path} has an error: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="58" />
        <source>adressen skal begynde med https:// (eller http://)</source>
        <translation>the address must begin with https:// (or http://)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="59" />
        <source>afdelingen skal være MUS, SKB eller NYR</source>
        <translation>the site must be MUS, SKB or NYR</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="60" />
        <source>skranke-nummeret skal være 1 eller mere</source>
        <translation>the counter number must be 1 or more</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="61" />
        <source>sproget skal være da eller en</source>
        <translation>the language must be da or en</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="62" />
        <source>skal være mere end 0 minutter</source>
        <translation>must be more than 0 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="63" />
        <source>skal være yes eller no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="64" />
        <source>skranke-nummeret skal være et helt tal</source>
        <translation>the counter number must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="65" />
        <source>skal være et antal minutter</source>
        <translation>must be a number of minutes</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="66" />
        <source>ukendt printer – se dokumentationen for formatet</source>
        <translation>unknown printer – see the documentation for the format</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="67" />
        <source>Skriv et CPR-nummer (10 cifre, DDMMÅÅ-XXXX).</source>
        <translation>Enter a CPR number (10 digits, DDMMYY-XXXX).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="68" />
        <source>CPR-nummeret må kun indeholde cifre og evt. bindestreg – «{bad}» er ikke tilladt.</source>
        <translation>The CPR number may only contain digits and perhaps a hyphen – «{bad}» is not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="69" />
        <source>CPR-nummeret skal have 10 cifre – der er {count}.</source>
        <translation>The CPR number must have 10 digits – it has {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="70" />
        <source>Måneden i CPR-nummeret ({month}) findes ikke – den skal være 01–12.</source>
        <translation>The month in the CPR number ({month}) does not exist – it must be 01–12.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="71" />
        <source>Dagen i CPR-nummeret kan ikke være 00.</source>
        <translation>The day in the CPR number cannot be 00.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="72" />
        <source>Fødselsdatoen {birth_date:%d.%m.%Y} ligger i fremtiden – tjek det 7. ciffer og datoen.</source>
        <translation>The date of birth {birth_date:%d.%m.%Y} is in the future – check the 7th digit and the date.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="73" />
        <source>Datoen i CPR-nummeret ({day}.{month}.{year}) findes ikke.</source>
        <translation>The date in the CPR number ({day}.{month}.{year}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="74" />
        <source>Databasen på arbejdsstationen er optaget lige nu (synkronisering). Prøv igen om et øjeblik — det indtastede er bevaret.</source>
        <translation>The workstation's database is busy right now (syncing). Try again in a moment — what you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="75" />
        <source>{what} kunne ikke gemmes i mappen {parent}: {exc}.</source>
        <translation>{what} could not be saved in the folder {parent}: {exc}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="76" />
        <source>{what} kunne ikke gemmes som {path}: {exc}.</source>
        <translation>{what} could not be saved as {path}: {exc}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="102" />
        <source>Samtalen er allerede registreret.</source>
        <translation>The conversation is already recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="103" />
        <source>Kønummeret findes ikke.</source>
        <translation>The queue number does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="104" />
        <source>Emnet</source>
        <translation>The subject</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="105" />
        <source>Varigheden (minutter)</source>
        <translation>The duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="106" />
        <source>Resultatet</source>
        <translation>The outcome</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="107" />
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="108" />
        <source>Virksomhedens navn</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="109" />
        <source>Den ansvarlige konsulent</source>
        <translation>The responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="110" />
        <source>Konsulenten</source>
        <translation>The consultant</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="111" />
        <source>Kontaktformen</source>
        <translation>The contact channel</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="112" />
        <source>Virksomheden findes allerede med dette id.</source>
        <translation>A company with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="113" />
        <source>CVR-nummeret</source>
        <translation>The CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="114" />
        <source>Virksomheden med navnet «{name}» er allerede oprettet.</source>
        <translation>The company named «{name}» is already registered.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="115" />
        <source>Kontakten er allerede registreret.</source>
        <translation>The contact is already recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="116" />
        <source>Kontaktformen «{channel}» kendes ikke ({channels}).</source>
        <translation>The contact channel «{channel}» is not known ({channels}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="117" />
        <source>Virksomheden med CVR-nummer {cvr} er allerede oprettet.</source>
        <translation>The company with CVR number {cvr} is already registered.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="118" />
        <source>Notatet</source>
        <translation>The note</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="119" />
        <source>Advarslen</source>
        <translation>The warning</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="120" />
        <source>Branchen «{code}» kendes ikke.</source>
        <translation>The trade «{code}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="121" />
        <source>Virksomheden findes ikke.</source>
        <translation>The company does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="122" />
        <source>Jobbet findes ikke.</source>
        <translation>The job does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="123" />
        <source>Kvikservice-forespørgslen findes ikke.</source>
        <translation>The quick-service request does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="124" />
        <source>{label} «{staff_id}» kendes ikke.</source>
        <translation>{label} «{staff_id}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="125" />
        <source>CVR-nummeret «{value}» er ikke gyldigt (8 cifre med korrekt kontrolciffer).</source>
        <translation>The CVR number «{value}» is not valid (8 digits with a correct check digit).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="126" />
        <source>ledig</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="127" />
        <source>besat</source>
        <translation>filled</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="128" />
        <source>udløbet</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="129" />
        <source>Henvisningen findes allerede med dette id.</source>
        <translation>A referral with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="130" />
        <source>Jobbet «{title}» er {status}; der kan ikke henvises til det.</source>
        <translation>The job «{title}» is {status}; no one can be referred to it.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="131" />
        <source>{full_name} er allerede henvist til «{title}» (den {referred_at:%d.%m.%Y}).</source>
        <translation>{full_name} has already been referred to «{title}» (on {referred_at:%d.%m.%Y}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="132" />
        <source>Henvisningen findes ikke.</source>
        <translation>The referral does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="133" />
        <source>Vælg et resultat (søgt, samtale, ansat, ikke ansat, ikke relevant).</source>
        <translation>Choose an outcome (applied, interview, hired, not hired, not relevant).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="134" />
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="135" />
        <source>opfyldt</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="136" />
        <source>annulleret</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="137" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="138" />
        <source>Forespørgslen findes allerede med dette id.</source>
        <translation>A request with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="139" />
        <source>Svarfristen</source>
        <translation>The due time</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="140" />
        <source>Forespørgslen er {status}.</source>
        <translation>The request is {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="141" />
        <source>{full_name} er allerede sendt til denne forespørgsel.</source>
        <translation>{full_name} has already been sent for this request.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="142" />
        <source>Vælg opfyldt eller annulleret.</source>
        <translation>Choose fulfilled or cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="143" />
        <source>Forespørgslen er allerede {status}.</source>
        <translation>The request is already {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="144" />
        <source>Brancherne skal være en liste.</source>
        <translation>The trades must be a list.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="145" />
        <source>Svarfristen skal ligge efter modtagelsen.</source>
        <translation>The due time must be after the request was received.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="146" />
        <source>Antal kandidater</source>
        <translation>Number of candidates</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="147" />
        <source>Beskrivelsen</source>
        <translation>The description</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="148" />
        <source>Branchen</source>
        <translation>The trade</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="149" />
        <source>Kontaktkonsulenten</source>
        <translation>The contact consultant</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="150" />
        <source>Kildens id</source>
        <translation>The source id</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="151" />
        <source>Ansøgningsfristen {deadline:%d.%m.%Y} er allerede overskredet.</source>
        <translation>The application deadline {deadline:%d.%m.%Y} has already passed.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="152" />
        <source>Jobbet findes allerede med dette id.</source>
        <translation>A job with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="153" />
        <source>Jobordren «{source_ref}» er allerede importeret.</source>
        <translation>The job order «{source_ref}» has already been imported.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="155" />
        <source>Jobbet kan ikke genåbnes efter ansøgningsfristen; ret fristen først.</source>
        <translation>The job cannot be reopened after the application deadline; correct the deadline first.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="159" />
        <source>Stillingsbetegnelsen</source>
        <translation>The job title</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="160" />
        <source>Arbejdsstedet</source>
        <translation>The workplace</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="161" />
        <source>Arbejdstiden</source>
        <translation>The working hours</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="162" />
        <source>Kravene</source>
        <translation>The requirements</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="163" />
        <source>Ansøgningsfristen</source>
        <translation>The application deadline</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="164" />
        <source>Antal stillinger</source>
        <translation>Number of positions</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="165" />
        <source>Filen er for stor (højst 50 MB).</source>
        <translation>The file is too large (at most 50 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="89" />
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="166" />
        <source>JSON-filen skal være en liste af jobordrer eller {"jobordrer": [...]}.</source>
        <translation>The JSON file must be a list of job orders or {"jobordrer": [...]}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="167" />
        <source>Overskriften mangler kolonnerne: {missing} (se formatet: {columns}).</source>
        <translation>The header lacks the columns: {missing} (see the format: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="168" />
        <source>Ukendte kolonner i overskriften: {unknown}.</source>
        <translation>Unknown columns in the header: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="169" />
        <source>En kolonne står to gange i overskriften.</source>
        <translation>A column appears twice in the header.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="95" />
        <source>Filen kan ikke læses: {value}.</source>
        <translation>The file cannot be read: {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="96" />
        <source>Filen skal være gemt som UTF-8.</source>
        <translation>The file must be saved as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="94" />
        <source>JSON-filen kan ikke læses (linje {lineno}): {msg}.</source>
        <translation>The JSON file cannot be read (line {lineno}): {msg}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="77" />
        <source>CV-status</source>
        <translation>CV status</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="78" />
        <source>Datoen for CV-status</source>
        <translation>The date of the CV status</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="79" />
        <source>Borgeren har intet CV på Jobnet, der kan godkendes.</source>
        <translation>The citizen has no CV on Jobnet to approve.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="80" />
        <source>CV'et er allerede godkendt den {day:%d.%m.%Y}.</source>
        <translation>The CV was already approved on {day:%d.%m.%Y}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="81" />
        <source>Datoen {day:%d.%m.%Y} ligger i fremtiden.</source>
        <translation>The date {day:%d.%m.%Y} is in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="82" />
        <source>Der er en nyere CV-status fra {latest:%d.%m.%Y}; rækken fra {day:%d.%m.%Y} er ikke brugt.</source>
        <translation>There is a newer CV status from {latest:%d.%m.%Y}; the row from {day:%d.%m.%Y} is not used.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="83" />
        <source>Der er ingen gyldige rækker at indlæse.</source>
        <translation>There are no valid rows to load.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="84" />
        <source>Ingen borger med CPR-nummeret {cpr} er registreret.</source>
        <translation>No citizen with the CPR number {cpr} is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="85" />
        <source>Indlæsningen er afbrudt, og intet er indlæst: {message} Kontrollér filen igen.</source>
        <translation>The load was stopped and nothing was loaded: {message} Check the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="86" />
        <source>Linje {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="87" />
        <source>Datoen «{given}» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).</source>
        <translation>«{given}» is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="88" />
        <source>Status «{given}» kendes ikke (ingen, på jobnet eller godkendt).</source>
        <translation>The status «{given}» is not known (ingen, på jobnet or godkendt).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="90" />
        <source>Overskriften mangler kolonnerne: {missing} (filen skal have {columns}).</source>
        <translation>The header lacks the columns: {missing} (the file must have {columns}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="91" />
        <source>JSON-filen skal være en liste af CV-statusser eller {"cv": [...]}.</source>
        <translation>The JSON file must be a list of CV statuses or {"cv": [...]}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="92" />
        <source>Filen er for stor (højst 20 MB).</source>
        <translation>The file is too large (at most 20 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="93" />
        <source>Rækken har {found} felter, men overskriften har {wanted}.</source>
        <translation>The row has {found} fields, but the header has {wanted}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="97" />
        <source>Elementet er ikke et JSON-objekt.</source>
        <translation>The element is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="98" />
        <source>Intet CV</source>
        <translation>No CV</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="99" />
        <source>CV på Jobnet</source>
        <translation>CV on Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="100" />
        <source>CV godkendt</source>
        <translation>CV approved</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="101" />
        <source>Der er ingen CV-møder med ledige pladser i de næste uger.</source>
        <translation>There are no CV meetings with free seats in the coming weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="170" />
        <source>Fristen «{given}» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).</source>
        <translation>The deadline «{given}» is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="171" />
        <source>Der er ingen gyldige rækker at importere.</source>
        <translation>There are no valid rows to import.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="172" />
        <source>Branchen «{given}» kendes ikke.</source>
        <translation>The trade «{given}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="173" />
        <source>Kontaktkonsulenten «{given}» kendes ikke (id eller initialer).</source>
        <translation>The contact consultant «{given}» is not known (id or initials).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="174" />
        <source>Antal stillinger «{given}» er ikke et helt tal.</source>
        <translation>The number of positions «{given}» is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="175" />
        <source>Importen er afbrudt, og intet er importeret: {message} Kontrollér filen igen.</source>
        <translation>The import was stopped and nothing was imported: {message} Check the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="176" />
        <source>Feltet «{column}» skal udfyldes.</source>
        <translation>The field «{column}» must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="203" />
        <source>pdf, system:&lt;navn&gt;, escpos-net:&lt;vært&gt;:&lt;port&gt; eller escpos-usb:&lt;vid&gt;:&lt;pid&gt;</source>
        <translation>pdf, system:&lt;name&gt;, escpos-net:&lt;host&gt;:&lt;port&gt; or escpos-usb:&lt;vid&gt;:&lt;pid&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="204" />
        <source>«{line}» er ikke en printer, Skranke kender. Skriv {help}.</source>
        <translation>«{line}» is not a printer Skranke knows. Enter {help}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="205" />
        <source>«{text}» er ikke en netværksadresse. Skriv vært:port, fx 10.0.0.5:9100.</source>
        <translation>«{text}» is not a network address. Enter host:port, e.g. 10.0.0.5:9100.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="206" />
        <source>«{text}» er ikke et USB-id. Skriv leverandør-id:produkt-id i hex, fx 04b8:0202.</source>
        <translation>«{text}» is not a USB id. Enter vendor-id:product-id in hex, e.g. 04b8:0202.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="207" />
        <source>Skriv printerens navn efter «system:».</source>
        <translation>Enter the printer's name after «system:».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="208" />
        <source>Porten «{port}» skal være et tal fra 1 til 65535 (normalt 9100).</source>
        <translation>The port «{port}» must be a number from 1 to 65535 (usually 9100).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="215" />
        <source>Skranken</source>
        <translation>The counter</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="211" />
        <source>Billetten findes ikke.</source>
        <translation>The ticket does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="200" />
        <source>Vælg det møde eller den rådgivningstid, borgeren skal bookes på.</source>
        <translation>Choose the meeting or advice hour to book the citizen on.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="212" />
        <source>Billet {number} hører til en anden afdeling.</source>
        <translation>Ticket {number} belongs to another site.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="216" />
        <source>Skranke {counter} har allerede billet {number}. Afslut, overfør eller meld den udeblevet, før du kalder den næste.</source>
        <translation>Counter {counter} already has ticket {number}. Finish, transfer or mark it as a no-show before you call the next.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="217" />
        <source>Billet {number} er kaldt {value} gange – meld den udeblevet.</source>
        <translation>Ticket {number} has been called {value} times – mark it as a no-show.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="218" />
        <source>Billet {number} blev meldt udeblevet for mere end {seconds} sekunder siden og kan ikke fortrydes.</source>
        <translation>Ticket {number} was marked as a no-show more than {seconds} seconds ago and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="219" />
        <source>Du har stadig billet {number} ved skranke {counter_number}. Afslut, overfør eller parkér den, før du kalder ved skranke {counter}.</source>
        <translation>You still have ticket {number} at counter {counter_number}. Finish, transfer or park it before you call at counter {counter}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="220" />
        <source>Køen</source>
        <translation>The queue</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="221" />
        <source>Skranke {counter} findes ikke i denne afdeling.</source>
        <translation>Counter {counter} does not exist at this site.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="222" />
        <source>Køen «{service_code}» kendes ikke.</source>
        <translation>The queue «{service_code}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="223" />
        <source>«open» skal være sand eller falsk.</source>
        <translation>«open» must be true or false.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="224" />
        <source>venter</source>
        <translation>is waiting</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="225" />
        <source>er kaldt</source>
        <translation>has been called</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="226" />
        <source>betjenes</source>
        <translation>being served</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="227" />
        <source>er færdigbetjent</source>
        <translation>has been served</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="228" />
        <source>er meldt udeblevet</source>
        <translation>is marked as a no-show</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="229" />
        <source>er annulleret</source>
        <translation>is cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="230" />
        <source>er parkeret</source>
        <translation>is parked</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="231" />
        <source>kan ikke kaldes</source>
        <translation>cannot be called</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="232" />
        <source>kan ikke kaldes igen</source>
        <translation>cannot be called again</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="233" />
        <source>kan ikke betjenes</source>
        <translation>cannot be served</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="234" />
        <source>kan ikke afsluttes</source>
        <translation>cannot be finished</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="235" />
        <source>kan ikke meldes udeblevet</source>
        <translation>cannot be marked as a no-show</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="236" />
        <source>kan ikke overføres</source>
        <translation>cannot be transferred</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="237" />
        <source>kan ikke parkeres</source>
        <translation>cannot be parked</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="238" />
        <source>kan ikke sættes tilbage i køen</source>
        <translation>cannot be put back in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="239" />
        <source>kan ikke annulleres</source>
        <translation>cannot be cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="240" />
        <source>kan ikke kaldes tilbage fra udeblevet</source>
        <translation>cannot be called back from no-show</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="241" />
        <source>Billet {number} {status} og {action}.</source>
        <translation>Ticket {number} {status} and {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="242" />
        <source>Slutdatoen ligger før startdatoen.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="243" />
        <source>«keep_arrival» skal være sand eller falsk.</source>
        <translation>«keep_arrival» must be true or false.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="244" />
        <source>Overfør til en skranke eller til en medarbejder, ikke begge.</source>
        <translation>Transfer to a counter or to a staff member, not both.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="245" />
        <source>Medarbejderen</source>
        <translation>The staff member</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="246" />
        <source>Skranke {number} findes ikke i denne afdeling.</source>
        <translation>Counter {number} does not exist at this site.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="247" />
        <source>Medarbejderen «{staff_id}» arbejder ikke i denne afdeling.</source>
        <translation>The staff member «{staff_id}» does not work at this site.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="248" />
        <source>Slags referencedata</source>
        <translation>Kind of reference data</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="249" />
        <source>Versionen</source>
        <translation>The version</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="250" />
        <source>Gælder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="251" />
        <source>«Gælder fra» ({valid_from:%d.%m.%Y}) ligger før i dag ({today:%d.%m.%Y}); en version kan ikke gælde bagud.</source>
        <translation>«Valid from» ({valid_from:%d.%m.%Y}) is before today ({today:%d.%m.%Y}); a version cannot apply backwards.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="252" />
        <source>{kind} version {version} er allerede udgivet af en anden; hent den nyeste version og udgiv igen.</source>
        <translation>{kind} version {version} has already been published by someone else; fetch the latest version and publish again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="253" />
        <source>{kind} skal udgives som version {expected}, ikke {version}.</source>
        <translation>{kind} must be published as version {expected}, not {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="254" />
        <source>Køens grænser</source>
        <translation>Queue limits</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="255" />
        <source>Åbningstider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="256" />
        <source>Henvisningsmål</source>
        <translation>Referral targets</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="257" />
        <source>Målgrupper</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="258" />
        <source>Forsørgelsesgrundlag</source>
        <translation>Basis of support</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="261" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="262" />
        <source>Advarsel (min)</source>
        <translation>Warning (min)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="263" />
        <source>Grænse (min)</source>
        <translation>Limit (min)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="264" />
        <source>Ugedag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="265" />
        <source>Åbner</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="266" />
        <source>Lukker</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="267" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="268" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="269" />
        <source>Placering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="270" />
        <source>Kan være ansvarlig enhed</source>
        <translation>Can hold the case</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="271" />
        <source>Specialfunktion</source>
        <translation>Specialist function</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="272" />
        <source>Kø i dag</source>
        <translation>Queue today</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="273" />
        <source>Kan vælges</source>
        <translation>Selectable</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="274" />
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="275" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="276" />
        <source>Navn (dansk)</source>
        <translation>Name (Danish)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="277" />
        <source>Navn (engelsk)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="278" />
        <source>Gælder til</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="279" />
        <source>Primærvisitation straks</source>
        <translation>Primary visitation at once</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="280" />
        <source>Indberettes til a-kasse</source>
        <translation>Reported to the a-kasse</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="284" />
        <source>Række {row}: «{column}» skal være tekst.</source>
        <translation>Row {row}: «{column}» must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="285" />
        <source>Række {row}: «{column}» må højst være {maximum} tegn almindelig tekst.</source>
        <translation>Row {row}: «{column}» may be at most {maximum} characters of plain text.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="286" />
        <source>Række {row}: «{column}» må kun indeholde små bogstaver, tal og _ (højst 40 tegn).</source>
        <translation>Row {row}: «{column}» may contain only lower-case letters, digits and _ (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="287" />
        <source>Række {row}: «{column}» skal være et klokkeslæt som 09:30.</source>
        <translation>Row {row}: «{column}» must be a time such as 09:30.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="288" />
        <source>Række {row}: «{column}» skal være en af {choices}.</source>
        <translation>Row {row}: «{column}» must be one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="289" />
        <source>{kind} skal have mindst én række.</source>
        <translation>{kind} must have at least one row.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="290" />
        <source>{kind} må højst have {maximum} rækker.</source>
        <translation>{kind} may have at most {maximum} rows.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="291" />
        <source>Række {row}: afdelingen «{site}» kendes ikke ({known}).</source>
        <translation>Row {row}: the site «{site}» is unknown ({known}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="292" />
        <source>«{code}» kan ikke slettes, for registreringer henviser til den; {how} i stedet.</source>
        <translation>«{code}» cannot be deleted, for records refer to it; {how} instead.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="293" />
        <source>sæt «Kan vælges» til nej</source>
        <translation>set «Selectable» to no</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="294" />
        <source>«{code}» skal findes og kunne være ansvarlig enhed: nye sager forankres der.</source>
        <translation>«{code}» must exist and be able to hold the case: new cases are anchored there.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="295" />
        <source>Visitationsskemaerne henviser til «{code}»; det kan ikke fjernes.</source>
        <translation>The categorisation schemes refer to «{code}»; it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="296" />
        <source>sæt «Gælder til»</source>
        <translation>set «Valid until»</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="297" />
        <source>Række {row}: «{column}» skal udfyldes.</source>
        <translation>Row {row}: «{column}» must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="298" />
        <source>Række {row}: «{column}» skal være et helt tal fra {minimum} til {maximum}.</source>
        <translation>Row {row}: «{column}» must be a whole number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="299" />
        <source>Række {row}: «{column}» skal være ja eller nej.</source>
        <translation>Row {row}: «{column}» must be yes or no.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="300" />
        <source>Række {row}: «{column}» skal være koder adskilt af komma (små bogstaver, tal og _; - for endnu ingen).</source>
        <translation>Row {row}: «{column}» must be codes separated by commas (lower-case letters, digits and _; - for none yet).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="301" />
        <source>Række {row} kan ikke læses.</source>
        <translation>Row {row} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="302" />
        <source>Række {row} har ukendte felter: {names}.</source>
        <translation>Row {row} has unknown fields: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="303" />
        <source>Række {row} gentager række {first} ({key}); hver række skal være entydig.</source>
        <translation>Row {row} repeats row {first} ({key}); every row must be unique.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="304" />
        <source>Række {row}: «Advarsel (min)» ({warn}) skal være mindre end «Grænse (min)» ({limit}).</source>
        <translation>Row {row}: «Warning (min)» ({warn}) must be less than «Limit (min)» ({limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="305" />
        <source>Række {row}: «Åbner» ({opens}) skal ligge før «Lukker» ({closes}).</source>
        <translation>Row {row}: «Opens» ({opens}) must be before «Closes» ({closes}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="306" />
        <source>Række {row}: køen «{service}» findes ikke ({known}).</source>
        <translation>Row {row}: the queue «{service}» does not exist ({known}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="307" />
        <source>Række {row}: «Kø i dag» kræver placeringen «own_site» (borgeren venter her).</source>
        <translation>Row {row}: «Queue today» needs the placement «own_site» (the citizen waits here).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="308" />
        <source>Række {row}: et grundlag er enten «Primærvisitation straks» (uden forsikring) eller «Indberettes til a-kasse» (forsikret), ikke begge.</source>
        <translation>Row {row}: a basis is either «Primary visitation at once» (uninsured) or «Reported to the a-kasse» (insured), not both.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="309" />
        <source>Række {row}: «Gælder fra» ({first}) ligger efter «Gælder til» ({last}).</source>
        <translation>Row {row}: «Valid from» ({first}) is after «Valid until» ({last}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="310" />
        <source>Række {row}: målgruppen «{group}» hedder «{first_label}» i række {first}; giv den samme navn i alle rækker.</source>
        <translation>Row {row}: the target group «{group}» is called «{first_label}» in row {first}; give it the same name in every row.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="312" />
        <source>Række {row}: «{column}» skal være en dato (ÅÅÅÅ-MM-DD).</source>
        <translation>Row {row}: «{column}» must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="313" />
        <source>Række {row}: «Specialfunktion» skal udfyldes, når placeringen er «specialist».</source>
        <translation>Row {row}: «Specialist function» must be filled in when the placement is «specialist».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="314" />
        <source>Række {row}: ingen afdeling har specialfunktionen «{function}» ({known}).</source>
        <translation>Row {row}: no site hosts the specialist function «{function}» ({known}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="315" />
        <source>Række {row}: «Specialfunktion» bruges kun, når placeringen er «specialist».</source>
        <translation>Row {row}: «Specialist function» is used only when the placement is «specialist».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="316" />
        <source>Skriv formålet med at vise CPR-nummeret.</source>
        <translation>Enter the purpose of showing the CPR number.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="196" />
        <source>Der kunne ikke tildeles et ledigt billetnummer. Prøv igen.</source>
        <translation>No free ticket number could be assigned. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="317" />
        <source>Revisionsposten har en ugyldig «{key}».</source>
        <translation>The audit entry has an invalid «{key}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="318" />
        <source>Revisionsposten har et ugyldigt felt «{key}».</source>
        <translation>The audit entry has an invalid field «{key}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="319" />
        <source>Revisionspostens tid skal være i UTC med mikrosekunder.</source>
        <translation>The audit entry's time must be in UTC with microseconds.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="320" />
        <source>Revisionspost nr. {seq} fra arbejdsstationen passer ikke med sin kontrolsum; den er ændret undervejs.</source>
        <translation>Audit entry no. {seq} from the workstation does not match its checksum; it was changed on the way.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="321" />
        <source>Revisionsposten findes allerede.</source>
        <translation>The audit entry already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="322" />
        <source>Der kan kun slettes poster fra før i dag.</source>
        <translation>Only entries from before today can be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="323" />
        <source>Revisionsposten har en ugyldig tid «{key}».</source>
        <translation>The audit entry has an invalid time «{key}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="324" />
        <source>Revisionsloggen skal gemmes i mindst 30 dage.</source>
        <translation>The audit log must be kept for at least 30 days.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="325" />
        <source>Medarbejderen «{staff_id}» kendes ikke.</source>
        <translation>The staff member «{staff_id}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="326" />
        <source>Adgangskoden eller PIN-koden skal have mindst {length} tegn.</source>
        <translation>The password or PIN must have at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="361" />
        <source>registrere et afvist tilbud</source>
        <translation>record a refused offer</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="362" />
        <source>registrere en udeblivelse fra køen</source>
        <translation>record a missed appointment from the queue</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="363" />
        <source>bekræfte en udeblivelse</source>
        <translation>confirm a missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="364" />
        <source>afvise en udeblivelse</source>
        <translation>dismiss a missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="367" />
        <source>registrere en afholdt jobsamtale</source>
        <translation>register a held job interview</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="368" />
        <source>fritage en borger fra jobsamtalerne</source>
        <translation>exempt a citizen from the job interviews</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="370" />
        <source>udgive referencedata</source>
        <translation>publish reference data</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="385" />
        <source>godkende et CV</source>
        <translation>approve a CV</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="386" />
        <source>registrere en CV-status fra Jobnet</source>
        <translation>record a CV status from Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="402" />
        <source>ændre arbejdsstationens indstillinger</source>
        <translation>change the workstation's settings</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="403" />
        <source>se ledelsesinformation</source>
        <translation>read management information</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="404" />
        <source>Handlingen «{action}» står ikke i rettighedstabellen og er derfor ikke tilladt.</source>
        <translation>The action «{action}» is not in the table of permissions and is therefore not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="406" />
        <source>Medarbejderen «{staff_id}» kendes ikke; handlingen er afvist.</source>
        <translation>The staff member «{staff_id}» is not known; the action is refused.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="407" />
        <source>Ingen medarbejder er logget ind. Log ind for at fortsætte.</source>
        <translation>No staff member is signed in. Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="408" />
        <source>Forkert brugernavn eller adgangskode.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="409" />
        <source>Kontoen er låst til kl. {time:%H:%M} efter {max_failures} forkerte forsøg.</source>
        <translation>The account is locked until {time:%H:%M} after {max_failures} wrong attempts.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="410" />
        <source>Godkendelsen kræver en leder; den, der loggede ind, er ikke leder.</source>
        <translation>The approval needs a supervisor; the person who signed in is not a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="411" />
        <source>Godkendelsen skal gives af en anden leder end den, der laver ændringen.</source>
        <translation>The approval must be given by a supervisor other than the one making the change.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="412" />
        <source>{name} er leder i afdelingen {site_code}, ikke i {here}, og kan ikke godkende her.</source>
        <translation>{name} is a supervisor at the site {site_code}, not at {here}, and cannot approve here.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="413" />
        <source>Medarbejderen «{staff_id}» har ingen gyldig rolle i Skranke.</source>
        <translation>The staff member «{staff_id}» has no valid role in Skranke.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="414" />
        <source>{name} arbejder i afdelingen {site_code} og kan ikke logge ind ved en skranke i {here}.</source>
        <translation>{name} works at the site {site_code} and cannot sign in at a counter at {here}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="415" />
        <source>Medarbejderen kendes ikke.</source>
        <translation>The staff member is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="423" />
        <source>Serveren kan ikke nås; ændringerne gemmes her og sendes senere.</source>
        <translation>The server cannot be reached; the changes are kept here and sent later.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="424" />
        <source>Serverens certifikat kunne ikke bekræftes, så der er intet sendt; ændringerne gemmes her. Kontakt IT, hvis det varer ved (forkert server eller manglende CA-fil).</source>
        <translation>The server's certificate could not be verified, so nothing was sent; the changes are kept here. Contact IT if it lasts (wrong server or missing CA file).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="425" />
        <source>Synkroniseringen er stoppet: programmet lukker.</source>
        <translation>Syncing has stopped: the program is closing.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="426" />
        <source>Serveren har andre ændringer under denne arbejdsstations numre: databasen er formentlig kopieret fra en anden arbejdsstation. Ventende ændringer er sat til side (de er ikke slettet); arbejdsstationen skal tilmeldes igen.</source>
        <translation>The server has other changes under this workstation's numbers: the database was probably copied from another workstation. Waiting changes have been set aside (they are not deleted); the workstation must be enrolled again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="427" />
        <source>Kategorien</source>
        <translation>The category</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="428" />
        <source>Begrundelsen</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="429" />
        <source>Første dag med dagpenge</source>
        <translation>First day on unemployment benefit</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="430" />
        <source>Skemaet</source>
        <translation>The form</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="431" />
        <source>Skemaversionen</source>
        <translation>The form version</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="432" />
        <source>Primærvisitation gælder kun ledige uden forsikring.</source>
        <translation>Primary assessment is only for unemployed citizens without insurance.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="433" />
        <source>Svarene mangler.</source>
        <translation>The answers are missing.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="434" />
        <source>Kategorien «{category_code}» findes ikke i skemaet.</source>
        <translation>The category «{category_code}» does not exist in the form.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="435" />
        <source>Skriv en begrundelse, når kategorien afviger fra skemaets forslag ({value}).</source>
        <translation>Write a reason when the category departs from the form's suggestion ({value}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="436" />
        <source>Afgørelsen findes allerede med dette id.</source>
        <translation>A decision with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="437" />
        <source>Orienteringen mangler.</source>
        <translation>The information step is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="438" />
        <source>Orienteringen for denne visitation er allerede registreret.</source>
        <translation>The information for this assessment is already recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="439" />
        <source>Fristen for kategorisering gælder kun forsikrede ledige.</source>
        <translation>The deadline for categorisation only applies to insured unemployed citizens.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="440" />
        <source>Borgeren har allerede en frist for kategorisering ({due:%d.%m.%Y}).</source>
        <translation>The citizen already has a deadline for categorisation ({due:%d.%m.%Y}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="446" />
        <source>{where}: kontaktforløbet skal have samtaler og måneder.</source>
        <translation>{where}: the contact course must have interviews and months.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="447" />
        <source>{where}: målet skal være mellem 1 og 100 %.</source>
        <translation>{where}: the target must be between 1 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="448" />
        <source>{where}: grænsen for fritagelser er ugyldig.</source>
        <translation>{where}: the limit for exemptions is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="449" />
        <source>{where}: kontaktforløbet har ingen grunde til fritagelse.</source>
        <translation>{where}: the contact course has no reasons for exemption.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="450" />
        <source>{where}: kontaktforløbet kan ikke læses: {exc!r}.</source>
        <translation>{where}: the contact course cannot be read: {exc!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="451" />
        <source>Grunden</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="452" />
        <source>Jobsamtalen er allerede registreret.</source>
        <translation>The job interview is already registered.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="453" />
        <source>Borgeren er ikke i et kontaktforløb med jobsamtaler.</source>
        <translation>The citizen is not in a contact course with job interviews.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="454" />
        <source>Fritagelsen findes allerede med dette id.</source>
        <translation>The exemption already exists with this id.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="455" />
        <source>Fritagelse gælder kun i forløbets første måneder (til og med {last:%d.%m.%Y}).</source>
        <translation>An exemption applies only in the course's first months (until {last:%d.%m.%Y} inclusive).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="456" />
        <source>Borgeren er allerede fritaget i dette kontaktforløb.</source>
        <translation>The citizen is already exempted in this contact course.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="457" />
        <source>Borgerens kontaktforløb hører til en anden afdeling; fritagelsen gives dér.</source>
        <translation>The citizen's contact course belongs to another site; the exemption is granted there.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="458" />
        <source>Grunden «{reason_code}» kan ikke bruges til fritagelse.</source>
        <translation>The reason «{reason_code}» cannot be used for an exemption.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="459" />
        <source>Højst {numerator} ud af {denominator} borgere i kontaktforløbet må fritages. Afdelingen har {exempted} fritaget af {in_course}.</source>
        <translation>At most {numerator} in {denominator} citizens in the contact course may be exempted. The site has {exempted} exempted of {in_course}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="462" />
        <source>Datoen for afvisningen</source>
        <translation>The date of the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="463" />
        <source>Begrundelsen for afvisningen</source>
        <translation>The reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="464" />
        <source>Rimelig grund</source>
        <translation>Good reason</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="467" />
        <source>Tilbuddet hører ikke til borgeren.</source>
        <translation>The offer does not belong to the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="468" />
        <source>En afvisning kan ikke ligge i fremtiden.</source>
        <translation>A refusal cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="469" />
        <source>Tilbuddet blev givet den {day:%d.%m.%Y}; det kan ikke være afvist før.</source>
        <translation>The offer was made on {day:%d.%m.%Y}; it cannot have been refused before then.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="471" />
        <source>En udeblivelse fra køen bekræftes eller afvises.</source>
        <translation>A missed appointment from the queue is confirmed or dismissed.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="474" />
        <source>Partshøringsfristen løber til og med {due:%d.%m.%Y}; borgeren skal have mulighed for at svare først.</source>
        <translation>The consultation deadline runs until {due:%d.%m.%Y} inclusive; the citizen must have the chance to reply first.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="441" />
        <source>Skemaet mangler.</source>
        <translation>The form is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="442" />
        <source>Skemaet «{code}» version {version} findes allerede; giv rettelsen et nyt versionsnummer.</source>
        <translation>The form «{code}» version {version} already exists; give the correction a new version number.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="443" />
        <source>Forsikrede ledige kategoriseres ikke i modtagelsen; registrér fristen for kategorisering i stedet.</source>
        <translation>Insured unemployed citizens are not categorised at reception; record the deadline for categorisation instead.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="444" />
        <source>«{item}» er hverken krydset af eller sprunget over med en begrundelse.</source>
        <translation>«{item}» is neither ticked nor skipped with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="445" />
        <source>Skriv hvorfor «{item}» springes over.</source>
        <translation>Write why «{item}» is skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="460" />
        <source>Udeblivelse følges kun op for ledige (kontanthjælp eller dagpenge).</source>
        <translation>Missed appointments are only followed up for unemployed citizens (social assistance or unemployment benefit).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="461" />
        <source>Datoen for udeblivelsen</source>
        <translation>The date of the missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="179" />
        <source>Udfaldet</source>
        <translation>The outcome</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="466" />
        <source>En udeblivelse kan ikke ligge i fremtiden.</source>
        <translation>A missed appointment cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="465" />
        <source>Opfølgningen findes allerede med dette id.</source>
        <translation>A follow-up with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="470" />
        <source>En partshøring afsluttes med et udfald, ikke som gennemført.</source>
        <translation>A consultation of the citizen (partshøring) is closed with an outcome, not as done.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="472" />
        <source>Bookingen hører ikke til borgeren.</source>
        <translation>The booking does not belong to the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="473" />
        <source>Forsikrede underrettes via a-kassen; borgere uden forsikring indstilles til Ydelsesservice.</source>
        <translation>Insured citizens are notified through their unemployment fund (a-kasse); citizens without insurance are referred to Ydelsesservice (benefits).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="487" />
        <source>{label} skal være ja eller nej.</source>
        <translation>{label} must be yes or no.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="488" />
        <source>Visitationsskemaet «{code}» version {version} findes ikke.</source>
        <translation>The assessment form «{code}» version {version} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="489" />
        <source>Visitationsskemaet «{scheme}» gælder ikke den {day:%d.%m.%Y}. Start visitationen forfra.</source>
        <translation>The assessment form «{scheme}» does not apply on {day:%d.%m.%Y}. Start the assessment again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="490" />
        <source>Opfølgningen findes ikke.</source>
        <translation>The follow-up does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="491" />
        <source>Opfølgningen er allerede afsluttet.</source>
        <translation>The follow-up is already closed.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="492" />
        <source>Opfølgningen er ikke en {kind}.</source>
        <translation>The follow-up is not a {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="493" />
        <source>Kun en leder kan {what}.</source>
        <translation>Only a supervisor can {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="494" />
        <source>Borgeren er allerede henvist videre {moves} gange inden for {days} dage. En ny flytning af sagen kræver en leders godkendelse med begrundelse (ingen kastebold).</source>
        <translation>The citizen has already been referred on {moves} times within {days} days. Another move of the case needs a supervisor's approval with a reason (no case ping-pong).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="498" />
        <source>Mødet findes allerede med andre oplysninger.</source>
        <translation>The meeting already exists with other details.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="185" />
        <source>Mødet findes ikke.</source>
        <translation>The meeting does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="499" />
        <source>Mødet er allerede begyndt; vælg et senere møde.</source>
        <translation>The meeting has already started; choose a later meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="500" />
        <source>Bookingen findes allerede med dette id.</source>
        <translation>A booking with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="501" />
        <source>Borgeren er allerede booket til dette møde.</source>
        <translation>The citizen is already booked for this meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="502" />
        <source>Bookingen findes ikke.</source>
        <translation>The booking does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="503" />
        <source>Bookingen er allerede aflyst.</source>
        <translation>The booking is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="504" />
        <source>Mødetypen</source>
        <translation>The meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="177" />
        <source>Afdelingen</source>
        <translation>The site</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="505" />
        <source>Lokalet</source>
        <translation>The room</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="506" />
        <source>Mødets start</source>
        <translation>The meeting's start</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="507" />
        <source>Antal pladser</source>
        <translation>The number of places</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="508" />
        <source>{session} er fuldt booket. Der er ingen senere møder med ledige pladser; kontakt mødeplanlæggeren.</source>
        <translation>{session} is fully booked. There are no later meetings with free places; contact the meeting planner.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="509" />
        <source>{session} er fuldt booket. Næste ledige: {next}.</source>
        <translation>{session} is fully booked. Next with free places: {next}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="510" />
        <source>En anden skranke bookede en plads på mødet i samme øjeblik. Prøv igen.</source>
        <translation>Another counter booked a place at the meeting at the same moment. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="522" />
        <source>Lederen</source>
        <translation>The supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="523" />
        <source>Flyt forankringen</source>
        <translation>Move the case holder</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="524" />
        <source>Godkendelsen</source>
        <translation>The approval</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="525" />
        <source>Lederens begrundelse</source>
        <translation>Supervisor's reason</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="526" />
        <source>Henvisningsmålet</source>
        <translation>The referral target</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="527" />
        <source>«{target}» kan ikke have ansvaret for sagen; behold forankringen.</source>
        <translation>«{target}» cannot hold the case; keep the case holder.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="528" />
        <source>Sagen er allerede forankret hos {to_unit}.</source>
        <translation>The case is already held by {to_unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="529" />
        <source>Godkendelsen skal gives af en anden leder end den, der henviser (fire øjne).</source>
        <translation>The approval must be given by a supervisor other than the one referring (four eyes).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="530" />
        <source>Henvisningen kræver ikke en leders godkendelse; henvis direkte.</source>
        <translation>The referral needs no supervisor's approval; refer directly.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="531" />
        <source>Der venter allerede en anmodning om godkendelse for borgeren.</source>
        <translation>A request for approval is already waiting for the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="532" />
        <source>Anmodningen findes allerede med dette id.</source>
        <translation>A request with this id already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="533" />
        <source>godkende eller afvise en henvisning</source>
        <translation>approve or refuse a referral</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="534" />
        <source>Anmodningen findes ikke.</source>
        <translation>The request does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="535" />
        <source>Anmodningen er allerede afgjort.</source>
        <translation>The request has already been decided.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="536" />
        <source>En anden leder end den, der bad om godkendelsen, skal afgøre den (fire øjne).</source>
        <translation>A supervisor other than the one who asked for the approval must decide it (four eyes).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="400" />
        <source>godkende en henvisning ud over grænsen</source>
        <translation>approve a referral beyond the limit</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="154" />
        <source>Kanalen</source>
        <translation>The channel</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="156" />
        <source>Jobordren er allerede taget af {name} {moment:%d.%m.%Y %H:%M}.</source>
        <translation>The job order has already been taken by {name} {moment:%d.%m.%Y %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="157" />
        <source>Jobordren er lukket og kan ikke tages.</source>
        <translation>The job order is closed and cannot be taken.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="158" />
        <source>Jobordren hører til jobbutikken i {site}; den tages dér.</source>
        <translation>The job order belongs to the job shop at {site}; it is taken there.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="178" />
        <source>Hvem der ringer</source>
        <translation>Who is calling</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="180" />
        <source>Noten</source>
        <translation>The note</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="181" />
        <source>Opkaldet kan kun nævne det, den samme medarbejder oprettede.</source>
        <translation>The call can only name what the same staff member created.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="182" />
        <source>Virksomheden med CVR-nummeret {cvr} er ikke den, der står på ordren.</source>
        <translation>The company with CVR number {cvr} is not the one on the order.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="183" />
        <source>Bookingen fra opkaldet findes ikke.</source>
        <translation>The call's booking does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="184" />
        <source>Bookingen hører til en anden borger.</source>
        <translation>The booking belongs to another citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="186" />
        <source>Mødet holdes ikke i afdelingen «{site_code}».</source>
        <translation>The meeting is not held at the site «{site_code}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="187" />
        <source>Opkaldet findes allerede med dette id.</source>
        <translation>The call already exists with this id.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="188" />
        <source>Skriv opkaldets telefonnummer.</source>
        <translation>Type the caller's phone number.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="189" />
        <source>Jobordren fra opkaldet findes ikke.</source>
        <translation>The job order from the call does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="190" />
        <source>Kvikservice-forespørgslen fra opkaldet findes ikke.</source>
        <translation>The kvikservice request from the call does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="191" />
        <source>En jobordre eller kvikservice kræver, at en virksomhed ringer (CVR-nummer).</source>
        <translation>A job order or kvikservice needs a company calling (CVR number).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="192" />
        <source>En booking på et møde kræver, at borgeren ringer (CPR-nummer).</source>
        <translation>Booking a meeting requires the citizen to be calling (CPR number).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="193" />
        <source>Tilbagekaldet findes ikke.</source>
        <translation>The callback does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="194" />
        <source>Et tilbagekald kræver, at borgeren er fundet.</source>
        <translation>A callback needs the citizen found.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="195" />
        <source>Tilbagekaldet hører til en anden borger.</source>
        <translation>The callback belongs to another citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="197" />
        <source>Ingen borger med CPR-nummeret {cpr}: registrér borgeren eller vælg «Telefonnummer».</source>
        <translation>No citizen with CPR number {cpr}: register the citizen or choose «Phone number».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="198" />
        <source>En jobordre eller kvikservice kræver, at en virksomhed ringer: vælg «Virksomhed (CVR)».</source>
        <translation>A job order or kvikservice needs a company calling: choose «Company (CVR)».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="199" />
        <source>En booking på et møde kræver, at borgeren ringer: vælg «Borger (CPR)».</source>
        <translation>Booking a meeting requires the citizen to be calling: choose «Citizen (CPR)».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="201" />
        <source>Et tilbagekald kræver, at borgeren er fundet på CPR-nummeret.</source>
        <translation>A callback needs the citizen found by CPR number.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="202" />
        <source>Borgeren har intet telefonnummer: skriv nummeret, der skal ringes tilbage til, i «Ring til».</source>
        <translation>The citizen has no phone number: type the number to ring back in «Ring (callback)».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="209" />
        <source>Telefonnummeret «{phone}» skal have 8 cifre (evt. med +45 foran).</source>
        <translation>The phone number «{phone}» must have 8 digits (optionally with +45 in front).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="210" />
        <source>Tilbagekaldet findes allerede med dette id.</source>
        <translation>The callback already exists with this id.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="213" />
        <source>Billet {number} er ikke et tilbagekald.</source>
        <translation>Ticket {number} is not a callback.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="214" />
        <source>Tilbagekald {number} er ikke kaldt op og kan ikke meldes uden svar.</source>
        <translation>Callback {number} has not been called and cannot be marked as not answered.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="259" />
        <source>Selvbetjenings-pc'er</source>
        <translation>Self-service PCs</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="260" />
        <source>Fagområdeansvar</source>
        <translation>Trade-area responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="281" />
        <source>I brug</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="282" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="283" />
        <source>Tages inden (timer)</source>
        <translation>Take within (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="311" />
        <source>Række {row}: branchen «{trade_area}» kendes ikke ({known}).</source>
        <translation>Row {row}: the trade area «{trade_area}» is not known ({known}).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="327" />
        <source>receptionist</source>
        <translation>receptionist</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="328" />
        <source>rådgiver</source>
        <translation>counsellor</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="329" />
        <source>leder</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="330" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="331" />
        <source>call-center-medarbejder</source>
        <translation>call-centre agent</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="332" />
        <source>Som {role} må du ikke {what}. Det kræver rollen {roles}.</source>
        <translation>As {role} you may not {what}. It needs the role {roles}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="333" />
        <source>registrere en borger</source>
        <translation>register a citizen</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="334" />
        <source>rette en borgers oplysninger</source>
        <translation>correct a citizen's details</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="335" />
        <source>registrere et besøg</source>
        <translation>record a visit</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="336" />
        <source>udstede en kønummerbillet</source>
        <translation>issue a queue ticket</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="337" />
        <source>kalde et nummer op</source>
        <translation>call a number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="338" />
        <source>kalde et nummer op igen</source>
        <translation>call a number again</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="339" />
        <source>begynde betjeningen</source>
        <translation>start serving</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="340" />
        <source>afslutte en betjening</source>
        <translation>finish serving</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="341" />
        <source>markere et nummer som udeblevet</source>
        <translation>mark a number as a no-show</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="342" />
        <source>bestille et tilbagekald</source>
        <translation>place a callback</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="343" />
        <source>registrere et opkald</source>
        <translation>log a call</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="344" />
        <source>melde et tilbagekald uden svar</source>
        <translation>mark a callback as not answered</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="345" />
        <source>fortryde at et nummer blev meldt udeblevet</source>
        <translation>undo a no-show</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="346" />
        <source>parkere et nummer</source>
        <translation>park a number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="347" />
        <source>sende et parkeret nummer tilbage i køen</source>
        <translation>send a parked number back to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="348" />
        <source>annullere et nummer</source>
        <translation>cancel a number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="349" />
        <source>flytte et nummer til en anden kø</source>
        <translation>move a number to another queue</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="350" />
        <source>åbne eller lukke en kø ved en skranke</source>
        <translation>open or close a queue at a counter</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="351" />
        <source>kategorisere en borger</source>
        <translation>categorise a citizen</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="352" />
        <source>registrere vejledningen</source>
        <translation>record the information given</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="353" />
        <source>registrere en frist for en forsikret ledig</source>
        <translation>record a deadline for an insured unemployed citizen</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="354" />
        <source>henvise en borger</source>
        <translation>refer a citizen</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="355" />
        <source>bede en leder godkende en henvisning</source>
        <translation>ask a supervisor to approve a referral</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="356" />
        <source>godkende eller afvise en henvisning ud over grænsen</source>
        <translation>approve or refuse a referral beyond the limit</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="357" />
        <source>planlægge et gruppemøde</source>
        <translation>plan a group meeting</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="358" />
        <source>booke en plads på et gruppemøde</source>
        <translation>book a place at a group meeting</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="359" />
        <source>aflyse en booking på et gruppemøde</source>
        <translation>cancel a booking at a group meeting</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="360" />
        <source>registrere en udeblivelse</source>
        <translation>record a missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="365" />
        <source>afslutte en partshøring</source>
        <translation>close a consultation (partshøring)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="366" />
        <source>afslutte en opfølgning</source>
        <translation>close a follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="369" />
        <source>udgive et visitationsskema</source>
        <translation>publish an assessment form</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="371" />
        <source>oprette et job</source>
        <translation>create a job</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="372" />
        <source>rette et job</source>
        <translation>edit a job</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="373" />
        <source>ændre et jobs status</source>
        <translation>change a job's status</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="374" />
        <source>tage en jobordre</source>
        <translation>take a job order</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="375" />
        <source>henvise en borger til et job</source>
        <translation>refer a citizen to a job</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="376" />
        <source>registrere resultatet af en henvisning</source>
        <translation>record the outcome of a referral</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="377" />
        <source>oprette en virksomhed</source>
        <translation>register a company</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="378" />
        <source>skifte en virksomheds ansvarlige konsulent</source>
        <translation>change a company's responsible consultant</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="379" />
        <source>registrere en virksomhedskontakt</source>
        <translation>record a company contact</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="380" />
        <source>oprette en kvikservice-forespørgsel</source>
        <translation>open a quick-service request</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="381" />
        <source>sende en kandidat til en virksomhed</source>
        <translation>send a candidate to a company</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="382" />
        <source>afslutte en kvikservice-forespørgsel</source>
        <translation>close a quick-service request</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="383" />
        <source>registrere en borgers jobønsker</source>
        <translation>record a citizen's job wishes</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="384" />
        <source>registrere en samtale i åben rådgivning</source>
        <translation>record a conversation in open advice</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="387" />
        <source>sætte en borger ved en selvbetjenings-pc</source>
        <translation>give a citizen a self-service PC</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="388" />
        <source>frigive en selvbetjenings-pc</source>
        <translation>release a self-service PC</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="389" />
        <source>skrive i revisionsloggen</source>
        <translation>write to the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="390" />
        <source>slette udløbne poster i revisionsloggen</source>
        <translation>delete expired entries in the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="391" />
        <source>se en borgers oplysninger</source>
        <translation>see a citizen's details</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="392" />
        <source>vise et fuldt CPR-nummer</source>
        <translation>show a full CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="393" />
        <source>søge efter borgere</source>
        <translation>search for citizens</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="394" />
        <source>udskrive</source>
        <translation>print</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="395" />
        <source>se revisionsloggen</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="396" />
        <source>eksportere revisionsloggen</source>
        <translation>export the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="397" />
        <source>se andre afdelingers køer</source>
        <translation>see other sites' queues</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="398" />
        <source>administrere medarbejdere og adgangskoder</source>
        <translation>manage staff and passwords</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="399" />
        <source>administrere visitationsskemaer</source>
        <translation>manage assessment forms</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="401" />
        <source>importere job fra en fil</source>
        <translation>import jobs from a file</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="405" />
        <source>Som «{role}» må du ikke {what}. Det kræver rollen {roles}.</source>
        <translation>As «{role}» you may not {what}. It needs the role {roles}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="416" />
        <source>Tiden</source>
        <translation>The time</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="417" />
        <source>Pladsen ved pc'en findes allerede med dette id.</source>
        <translation>The slot at the PC already exists with this id.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="418" />
        <source>Pc'en</source>
        <translation>The PC</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="419" />
        <source>Borgeren sidder allerede ved {pc}; frigiv den først.</source>
        <translation>The citizen is already at {pc}; release it first.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="420" />
        <source>Pladsen ved pc'en findes ikke.</source>
        <translation>The slot at the PC does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="421" />
        <source>Pc'en «{code}» findes ikke i afdelingens jobbutik.</source>
        <translation>The PC «{code}» is not in the site's job shop.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="422" />
        <source>{pc} er optaget (til kl. {until:%H:%M}); vælg en ledig pc.</source>
        <translation>{pc} is taken (until {until:%H:%M}); choose a free PC.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="475" />
        <source>Send indstilling til Ydelsesservice</source>
        <translation>Send a recommendation to Ydelsesservice (benefits)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="476" />
        <source>Hold kontaktsamtale</source>
        <translation>Hold the contact interview</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="477" />
        <source>Kategorisér borgeren (forsikret)</source>
        <translation>Categorise the citizen (insured)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="478" />
        <source>Bekræft eller afvis udeblivelsen fra køen</source>
        <translation>Confirm or dismiss the missed appointment from the queue</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="479" />
        <source>Revurdér kategorien</source>
        <translation>Re-assess the category</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="480" />
        <source>Send underretning til a-kassen</source>
        <translation>Notify the unemployment fund (a-kasse)</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="481" />
        <source>Afvent borgerens svar (partshøringsfrist {due:%d.%m.%Y})</source>
        <translation>Await the citizen's reply (consultation deadline {due:%d.%m.%Y})</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="482" />
        <source>kontaktsamtale</source>
        <translation>contact interview</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="483" />
        <source>frist for kategorisering</source>
        <translation>deadline for categorisation</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="484" />
        <source>partshøring efter udeblivelse</source>
        <translation>consultation after a missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="485" />
        <source>udeblivelse til bekræftelse</source>
        <translation>missed appointment to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="486" />
        <source>revurdering af kategorien</source>
        <translation>re-assessment of the category</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="495" />
        <source>Sagen er allerede flyttet {moves} gange inden for {days} dage, og loftet er {limit} flytninger på {days} dage. En ny flytning kræver en leders godkendelse med begrundelse (ingen kastebold).</source>
        <translation>The case has already been moved {moves} times within {days} days, and the ceiling is {limit} moves in {days} days. Another move needs a supervisor's approval with a reason (no case ping-pong).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="496" />
        <source>Sagen kommer tilbage til {unit}, som den forlod {left:%d.%m.%Y} – frem og tilbage (kastebold) kræver en leders godkendelse med begrundelse.</source>
        <translation>The case would return to {unit}, which it left on {left:%d.%m.%Y} – back and forth (case ping-pong) needs a supervisor's approval with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="497" />
        <source>Mødet står ikke sådan i mødeplanen; planlæg mødet fra mødeplanen igen.</source>
        <translation>The meeting is not in the meeting plan like that; plan it from the meeting plan again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="511" />
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="512" />
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="513" />
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="514" />
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="515" />
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="516" />
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="517" />
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="518" />
        <source>Jobmøde</source>
        <translation>Job meeting</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="519" />
        <source>CV-møde</source>
        <translation>CV meeting</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="520" />
        <source>Åben rådgivning</source>
        <translation>Open advice</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="521" />
        <source>{kind} {weekday} {when:%d.%m.%Y} kl. {when:%H:%M} ({site}, {room})</source>
        <translation>{kind} {weekday} {when:%d.%m.%Y} at {when:%H:%M} ({site}, {room})</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="537" />
        <source>Lederens begrundelse skal udfyldes.</source>
        <translation>The supervisor's reason must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="538" />
        <source>Skemaet skal være ét JSON-objekt {…}.</source>
        <translation>The scheme must be one JSON object {…}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="539" />
        <source>Skemaet er ikke gyldig JSON: fejl i linje {line}, kolonne {column}.</source>
        <translation>The scheme is not valid JSON: error in line {line}, column {column}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="540" />
        <source>Intet visitationsskema gælder den {day:%d.%m.%Y}.</source>
        <translation>No assessment form applies on {day:%d.%m.%Y}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="541" />
        <source>Kategorien «{category}» findes ikke i skemaet {scheme}.</source>
        <translation>The category «{category}» does not exist in the form {scheme}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="542" />
        <source>Skemaet kender ikke spørgsmålet «{value}».</source>
        <translation>The form does not know the question «{value}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="543" />
        <source>Spørgsmålet «{question}» er ikke besvaret.</source>
        <translation>The question «{question}» is not answered.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="544" />
        <source>Svaret «{value}» passer ikke til spørgsmålet «{question}».</source>
        <translation>The answer «{value}» does not fit the question «{question}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="545" />
        <source>{where}: «when» skal være spørgsmål → svar.</source>
        <translation>{where}: «when» must be question → answer.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="546" />
        <source>{where} har ingen kategorier.</source>
        <translation>{where} has no categories.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="547" />
        <source>{where}: slutdatoen ligger før startdatoen.</source>
        <translation>{where}: the end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="548" />
        <source>{where}: standardkategorien findes ikke.</source>
        <translation>{where}: the default category does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="549" />
        <source>{where} har ingen orienteringspunkter.</source>
        <translation>{where} has no information items.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="550" />
        <source>{where}: kontaktforløbet nævner en ukendt kategori.</source>
        <translation>{where}: the contact course names an unknown category.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="551" />
        <source>{where}: datoen «{value}» er ikke ÅÅÅÅ-MM-DD.</source>
        <translation>{where}: the date «{value}» is not YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="552" />
        <source>{where}: «valid_from» skal udfyldes.</source>
        <translation>{where}: «valid_from» must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="553" />
        <source>{where} kan ikke læses: {exc!r}.</source>
        <translation>{where} cannot be read: {exc!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="554" />
        <source>{where}: et kriterium peger på en ukendt kategori.</source>
        <translation>{where}: a criterion points to an unknown category.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="555" />
        <source>{where}: standardsvaret på «{key}» findes ikke.</source>
        <translation>{where}: the default answer to «{key}» does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="556" />
        <source>{where}: svaret ud fra alderen på «{key}» findes ikke.</source>
        <translation>{where}: the answer from the age to «{key}» does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="557" />
        <source>Henvisningsmålet «{value}» kan ikke læses: {exc!r}.</source>
        <translation>The referral target «{value}» cannot be read: {exc!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="558" />
        <source>{where}: kriteriet {key}={value} passer ikke til spørgsmålene.</source>
        <translation>{where}: the criterion {key}={value} does not fit the questions.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="559" />
        <source>{where}: «{key}» spørges ud fra {key2}={value}, som ikke findes.</source>
        <translation>{where}: «{key}» is asked from {key2}={value}, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="560" />
        <source>{where}: opfølgningen for «{code}» er ugyldig.</source>
        <translation>{where}: the follow-up for «{code}» is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="561" />
        <source>Skemaet «{code}» v{version} henviser til det ukendte mål «{target}».</source>
        <translation>The form «{code}» v{version} refers to the unknown target «{target}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="562" />
        <source>{where}: «{key}» skal være en liste af koder.</source>
        <translation>{where}: «{key}» must be a list of codes.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="563" />
        <source>{where}: en regel peger på den ukendte målgruppe «{code}».</source>
        <translation>{where}: a rule points to the unknown target group «{code}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="564" />
        <source>{where}: «when» kender ikke «{key}».</source>
        <translation>{where}: «when» does not know «{key}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="565" />
        <source>Henvisningsmålet «{code}» kendes ikke.</source>
        <translation>The referral target «{code}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="566" />
        <source>Afdelingen «{site}» kendes ikke.</source>
        <translation>The site «{site}» is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="567" />
        <source>«{target}» ligger i afdelingen {site}, ikke {chosen_site}.</source>
        <translation>«{target}» is at the site {site}, not {chosen_site}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="568" />
        <source>Ingen afdeling har specialfunktionen «{specialist_function}».</source>
        <translation>No site has the specialist function «{specialist_function}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="569" />
        <source>Vælg afdelingen for «{target}».</source>
        <translation>Choose the site for «{target}».</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="570" />
        <source>Billet {number} er ikke meldt udeblevet.</source>
        <translation>Ticket {number} has not been marked as a no-show.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="571" />
        <source>Billet {number} er ikke til et aftalt møde.</source>
        <translation>Ticket {number} is not for a booked meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="572" />
        <source>Borgeren med billet {number} har intet booket møde i dag.</source>
        <translation>The citizen with ticket {number} has no booked meeting today.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="573" />
        <source>Orienteringen mangler: kryds hvert punkt af eller spring over med begrundelse.</source>
        <translation>The information is missing: tick every item or skip it with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="574" />
        <source>Skranke {counter_number} findes ikke i afdelingen {site_code}.</source>
        <translation>Counter {counter_number} does not exist at the site {site_code}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="575" />
        <source>Den lokale database er i brug af et andet program og kan ikke krypteres. Luk det andet program og start Skranke igen.</source>
        <translation>The local database is in use by another program and cannot be encrypted. Close the other program and start Skranke again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="576" />
        <source>Den lokale database kan ikke åbnes med denne arbejdsstations nøgle. Filen er ikke ændret; kontakt IT-support.</source>
        <translation>The local database cannot be opened with this workstation's key. The file has not been changed; contact IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="577" />
        <source>Filen {id_file} er beskadiget; kontakt IT-support.</source>
        <translation>The file {id_file} is damaged; contact IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="578" />
        <source>Nøglen til den lokale database i {where} er beskadiget. Kontakt IT-support.</source>
        <translation>The key to the local database in {where} is damaged. Contact IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="579" />
        <source>Arbejdsstationen er ikke tilmeldt serveren, eller dens nøgle er ugyldig.</source>
        <translation>The workstation is not enrolled with the server, or its key is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="580" />
        <source>Arbejdsstationen er spærret af en administrator (eller afløst af en ny ved samme skranke). Ændringerne her er gemt, men sendes ikke; kontakt en administrator.</source>
        <translation>The workstation has been blocked by an administrator (or replaced by a new one at the same counter). The changes here are kept but not sent; contact an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="581" />
        <source>Administration over HTTP er slået fra på denne server.</source>
        <translation>Administration over HTTP is switched off on this server.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="582" />
        <source>Administratornøglen er ugyldig.</source>
        <translation>The administrator key is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="583" />
        <source>Tilmeldingskoden er ukendt, brugt eller udløbet.</source>
        <translation>The enrolment code is unknown, used or expired.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="584" />
        <source>Denne arbejdsstation er allerede tilmeldt; tilmeld den igen med en erstatningskode, eller som en ny arbejdsstation (nyt id).</source>
        <translation>This workstation is already enrolled; enrol it again with a replacement code, or as a new workstation (new id).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="585" />
        <source>Serveren er travl lige nu; ændringerne sendes igen om lidt.</source>
        <translation>The server is busy right now; the changes will be sent again shortly.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="586" />
        <source>Serveren fik en uventet fejl fra sin database; der prøves igen om lidt.</source>
        <translation>The server met an unexpected error from its database; it will be tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="587" />
        <source>Databasen kunne ikke gemme en af værdierne i forespørgslen; intet blev udført.</source>
        <translation>The database could not store one of the values in the request; nothing was carried out.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="588" />
        <source>Forespørgslen strider mod data, der allerede er gemt; intet blev udført.</source>
        <translation>The request conflicts with data already stored; nothing was carried out.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="589" />
        <source>Serveren kan ikke nå sin database lige nu; der prøves igen om lidt.</source>
        <translation>The server cannot reach its database right now; it will be tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="590" />
        <source>Forespørgslen kunne ikke udføres.</source>
        <translation>The request could not be carried out.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="591" />
        <source>Log ind som leder for at se ledelsesinformation.</source>
        <translation>Sign in as a supervisor to see management information.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="592" />
        <source>Kun ledere kan se ledelsesinformation.</source>
        <translation>Only supervisors can see management information.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="593" />
        <source>Kommandoen er udstedt af en anden arbejdsstation end afsenderen.</source>
        <translation>The command was issued by a workstation other than the sender.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="594" />
        <source>Arbejdsstationen hører til afdelingen {site_code} og kan ikke handle for {site_code2}.</source>
        <translation>The workstation belongs to the site {site_code} and cannot act for {site_code2}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="595" />
        <source>Ændringen er tidsstemplet {made:%d.%m.%Y %H:%M}, men serverens ur viser {now:%d.%m.%Y %H:%M}: arbejdsstationens ur går forkert. Få uret rettet, og lav ændringen igen.</source>
        <translation>The change is time-stamped {made:%d.%m.%Y %H:%M}, but the server's clock shows {now:%d.%m.%Y %H:%M}: the workstation's clock is wrong. Have the clock corrected and make the change again.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="596" />
        <source>Medarbejderen «{staff_id}» kendes ikke af serveren.</source>
        <translation>The staff member «{staff_id}» is not known to the server.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="597" />
        <source>Ændringen bærer ikke bevis for, at {name} var logget ind ved arbejdsstationen, da den blev lavet (eller adgangskoden er skiftet siden); serveren har afvist den.</source>
        <translation>The change carries no proof that {name} was signed in at the workstation when it was made (or the password has changed since); the server has refused it.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="598" />
        <source>{name} arbejder i afdelingen {site_code} og kan ikke handle ved en skranke i {site_code2}.</source>
        <translation>{name} works at the site {site_code} and cannot act at a counter at {site_code2}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="599" />
        <source>Denne arbejdsstation udsteder billetter i nummerserie {series}, ikke {value}.</source>
        <translation>This workstation issues tickets in number series {series}, not {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="600" />
        <source>«{approver_id}» er ikke en leder, der kan godkende dette.</source>
        <translation>«{approver_id}» is not a supervisor who can approve this.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="601" />
        <source>Godkendelsen skal gives af en anden leder end den, der laver ændringen (fire øjne).</source>
        <translation>The approval must be given by a supervisor other than the one making the change (four eyes).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="602" />
        <source>{name} er leder i afdelingen {site_code} og kan ikke godkende ved en skranke i {site_code2}.</source>
        <translation>{name} is a supervisor at the site {site_code} and cannot approve at a counter at {site_code2}.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="603" />
        <source>Godkendelsen bærer ikke {name}s bevis: lederen skal selv logge ind ved skranken for at godkende (eller godkende fra sin egen arbejdsstation).</source>
        <translation>The approval does not carry {name}'s proof: the supervisor must sign in at the counter to approve (or approve from their own workstation).</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="604" />
        <source>Adgangskoden eller PIN-koden skal have mindst 4 tegn.</source>
        <translation>The password or PIN must have at least 4 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/_error_catalogue_tr.py" line="605" />
        <source>Skranken er ikke forbundet til en server, så det kan ikke hentes herfra.</source>
        <translation>The desk is not connected to a server, so this cannot be fetched from here.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="91" />
        <source> eller </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="46" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="47" />
        <source>Kø</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="48" />
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="49" />
        <source>Længste
ventetid (min)</source>
        <translation>Longest
wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="50" />
        <source>Gns.
ventetid (min)</source>
        <translation>Avg.
wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="51" />
        <source>Åbne
skranker</source>
        <translation>Open
counters</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="52" />
        <source>Betjent
i dag</source>
        <translation>Served
today</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="55" />
        <source>Forventet
ventetid (min)</source>
        <translation>Expected
wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="53" />
        <source>Udeblevet</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="54" />
        <source>Serviceniveau</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="61" />
        <source>Tilbagekald (telefon)</source>
        <translation>Callbacks (phone)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="113" />
        <source>Forældet: ingen arbejdsstation i afdelingen har forbindelse.</source>
        <translation>Stale: no workstation at this site is connected.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/figures_model.py" line="120" />
        <source> (forældet)</source>
        <translation> (stale)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="265" />
        <source>Skranke – opsætning af arbejdsstationen</source>
        <translation>Skranke – setting up the workstation</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="266" />
        <source>Opsætning af arbejdsstationen</source>
        <translation>Setting up the workstation</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="273" />
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="274" />
        <source>&lt; &amp;Tilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="275" />
        <source>&amp;Gem og start</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="276" />
        <source>Afbryd</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help/help_window.py" line="104" />
        <source>Hjælp – Skranke</source>
        <translation>Help – Skranke</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="105" />
        <source>Hjælp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="108" />
        <source>Søg i vejledningen</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="109" />
        <source>Søg i vejledningen (Enter: næste)</source>
        <translation>Search the guide (Enter: next)</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="111" />
        <source>&amp;Søg:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="114" />
        <source>Søgningens resultat</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="116" />
        <location filename="../../ui/help/help_window.py" line="130" />
        <source>Brugervejledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="129" />
        <source>Hjælpens faner</source>
        <translation>Help tabs</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="131" />
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="132" />
        <location filename="../../ui/help/help_window.py" line="133" />
        <source>Ctrl+Tab skifter faneblad</source>
        <translation>Ctrl+Tab switches tab</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="188" />
        <source>Ikke fundet</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>HourlyChart</name>
    <message>
        <location filename="../../ui/queue/hourly_chart.py" line="26" />
        <source>Ankomster og ventetid pr. time</source>
        <translation>Arrivals and wait per hour</translation>
    </message>
    <message>
        <location filename="../../ui/queue/hourly_chart.py" line="45" />
        <source>%1: ankomster og gns. ventetid pr. time</source>
        <translation>%1: arrivals and average wait per hour</translation>
    </message>
    <message>
        <location filename="../../ui/queue/hourly_chart.py" line="47" />
        <location filename="../../ui/queue/hourly_chart.py" line="65" />
        <source>Ankomster</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/queue/hourly_chart.py" line="52" />
        <source>Gns. ventetid (min)</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/hourly_chart.py" line="71" />
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>InsuredPage</name>
    <message>
        <location filename="../../ui/visitation/insured_page.py" line="21" />
        <source>Første dag med dagpenge</source>
        <translation>First day on unemployment benefit</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/insured_page.py" line="24" />
        <source>Frist for kategorisering</source>
        <translation>Deadline for categorisation</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/insured_page.py" line="27" />
        <source>Forsikrede ledige kategoriseres ikke i modtagelsen. Registrér den dato, hvor borgeren senest skal være kategoriseret.</source>
        <translation>Insured unemployed citizens are not categorised at reception. Record the date by which the citizen must be categorised.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/insured_page.py" line="34" />
        <source>&amp;Første dag med dagpenge:</source>
        <translation>&amp;First day on unemployment benefit:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/insured_page.py" line="35" />
        <source>Frist for kategorisering:</source>
        <translation>Deadline for categorisation:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/insured_page.py" line="42" />
        <source>Fristen er allerede registreret: {due}</source>
        <translation>The deadline is already recorded: {due}</translation>
    </message>
</context>
<context>
    <name>JobReferralTable</name>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="19" />
        <source>Afventer svar</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="20" />
        <source>Har søgt</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="21" />
        <source>Til samtale</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="22" />
        <source>Ansat</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="23" />
        <source>Ikke ansat</source>
        <translation>Not hired</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="24" />
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="45" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="46" />
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="56" />
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="48" />
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="58" />
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="51" />
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="54" />
        <source>Job</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_referrals_model.py" line="55" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>JobnetSection</name>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="38" />
        <location filename="../../ui/jobnet/cv_section.py" line="39" />
        <source>Jobnet</source>
        <translation>Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="44" />
        <source>CV-status</source>
        <translation>CV status</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="45" />
        <source>Joblog</source>
        <translation>Joblog</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="46" />
        <source>Seneste orientering om Jobnet</source>
        <translation>Latest orientation about Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="47" />
        <source>CV-møde</source>
        <translation>CV meeting</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="48" />
        <source>Besked fra Jobnet-delen</source>
        <translation>Message from the Jobnet part</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="49" />
        <source>&amp;Godkend CV</source>
        <translation>&amp;Approve CV</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="50" />
        <source>Godkend CV</source>
        <translation>Approve CV</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="52" />
        <source>Boo&amp;k CV-møde</source>
        <translation>Boo&amp;k CV meeting</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="53" />
        <source>Book CV-møde</source>
        <translation>Book CV meeting</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="97" />
        <source>Seneste orientering om Jobnet: %1</source>
        <translation>Latest orientation about Jobnet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="99" />
        <source>Ikke orienteret om Jobnet endnu.</source>
        <translation>Not yet oriented about Jobnet.</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="103" />
        <source>Booket: %1</source>
        <translation>Booked: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="113" />
        <source>CV: intet CV på Jobnet</source>
        <translation>CV: no CV on Jobnet</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="115" />
        <source>CV: på Jobnet siden %1, ikke godkendt</source>
        <translation>CV: on Jobnet since %1, not approved</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="121" />
        <source>CV: godkendt %1 af %2</source>
        <translation>CV: approved %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="125" />
        <source>CV: godkendt %1 (ifølge Jobnet)</source>
        <translation>CV: approved %1 (according to Jobnet)</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="130" />
        <source>Joblog: borgeren er ikke kategoriseret</source>
        <translation>Joblog: the citizen is not categorised</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="132" />
        <source>Joblog: pligt (%1 efter «%2»)</source>
        <translation>Joblog: required (%1 under «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="134" />
        <source>Joblog: ingen pligt (%1 efter «%2»)</source>
        <translation>Joblog: not required (%1 under «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="148" />
        <source>CV'et er godkendt.</source>
        <translation>The CV is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/jobnet/cv_section.py" line="167" />
        <source>Booket til %1.</source>
        <translation>Booked for %1.</translation>
    </message>
</context>
<context>
    <name>JobsCitizenSection</name>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="52" />
        <source>Job</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="56" />
        <source>Borgerens jobhenvisninger</source>
        <translation>The citizen's job referrals</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="63" />
        <source>Borgerens jobønsker</source>
        <translation>The citizen's job wishes</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="68" />
        <source>Henvis til job … (F8)</source>
        <translation>Refer to a job … (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="69" />
        <source>Henvis til job</source>
        <translation>Refer to a job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="72" />
        <source>Besked om borgerens job</source>
        <translation>Message about the citizen's jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="77" />
        <source>Henvisninger til job:</source>
        <translation>Referrals to jobs:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="82" />
        <source>Ønsker job inden for:</source>
        <translation>Wants work in:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_citizen_section.py" line="157" />
        <source>Jobønskerne er gemt.</source>
        <translation>The job wishes are saved.</translation>
    </message>
</context>
<context>
    <name>JobsFilters</name>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="51" />
        <source>Søg i ledige job</source>
        <translation>Search open jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="52" />
        <source>Stilling, virksomhed eller sted (Ctrl+F)</source>
        <translation>Position, company or place (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="55" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="56" />
        <source>Alle brancher</source>
        <translation>All trade areas</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="58" />
        <source>Frist senest</source>
        <translation>Deadline by</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="57" />
        <source>Fris&amp;t senest</source>
        <translation>Deadline b&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="60" />
        <source>Frist senest dato</source>
        <translation>Deadline by date</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="65" />
        <source>Vis også &amp;besatte/udløbne</source>
        <translation>Also show filled/&amp;expired</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="66" />
        <source>Vis også besatte og udløbne</source>
        <translation>Also show filled and expired</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="67" />
        <source>Vend skærmen mod borgeren (F9)</source>
        <translation>Turn the screen toward the citizen (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="68" />
        <source>Vend skærmen mod borgeren</source>
        <translation>Turn the screen toward the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="71" />
        <source>Opret job … (Ctrl+N)</source>
        <translation>Create job … (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="72" />
        <source>Opret job</source>
        <translation>Create job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="75" />
        <source>Antal job</source>
        <translation>Number of jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="78" />
        <source>Borger der henvises</source>
        <translation>Citizen being referred</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="79" />
        <source>Glem borgeren</source>
        <translation>Forget the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="80" />
        <source>Glem borgeren der henvises</source>
        <translation>Forget the citizen being referred</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="83" />
        <source>S&amp;øg:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="87" />
        <source>Bra&amp;nche:</source>
        <translation>Trade &amp;area:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="141" />
        <source>Viser de første %1 job – skriv mere for at afgrænse.</source>
        <translation>Showing the first %1 jobs – type more to narrow down.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="143" />
        <source>%1 job</source>
        <translation>%1 jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_filters.py" line="147" />
        <source>Henviser: %1</source>
        <translation>Referring: %1</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../ui/jobshop/jobs_page.py" line="52" />
        <source>Jobbutikkens besked</source>
        <translation>Job shop message</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobs_page.py" line="86" />
        <source>&amp;Ledige job</source>
        <translation>&amp;Open jobs</translation>
    </message>
</context>
<context>
    <name>JobsTable</name>
    <message>
        <location filename="../../ui/jobshop/jobs_table.py" line="23" />
        <source>Ledige job</source>
        <translation>Open jobs</translation>
    </message>
</context>
<context>
    <name>JobshopTab</name>
    <message>
        <location filename="../../ui/jobshop/jobshop_tab.py" line="12" />
        <source>Jobbutikkens sider</source>
        <translation>Job shop pages</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/jobshop_tab.py" line="21" />
        <source>&amp;Jobbutik</source>
        <translation>&amp;Job shop</translation>
    </message>
</context>
<context>
    <name>KasteboldView</name>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="40" />
        <source>Borgere ved grænsen for videre henvisninger</source>
        <translation>Citizens at the limit for further referrals</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="45" />
        <source>Sagens vej og hvorfor den holdes</source>
        <translation>The case's path and why it is held</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="49" />
        <source>Lederens begrundelse</source>
        <translation>Supervisor's reason</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="50" />
        <source>Begrundelse for godkendelse eller afvisning</source>
        <translation>Reason for approving or refusing</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="51" />
        <source>Godkend henvisning</source>
        <translation>Approve referral</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="52" />
        <source>Godkend den ventende henvisning</source>
        <translation>Approve the waiting referral</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="54" />
        <source>Afvis</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="55" />
        <source>Afvis den ventende henvisning</source>
        <translation>Refuse the waiting referral</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="57" />
        <source>Opdatér (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="58" />
        <source>Opdatér listen</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="62" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="73" />
        <source>Ingen kastebold: sager der er flyttet mange gange på kort tid eller frem og tilbage</source>
        <translation>No case ping-pong (kastebold): cases moved many times in a short period or back and forth</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="126" />
        <source>Vælg en borger med en ventende henvisning.</source>
        <translation>Choose a citizen with a waiting referral.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="133" />
        <source>Henvisningen er godkendt.</source>
        <translation>The referral is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/kastebold_view.py" line="135" />
        <source>Henvisningen er afvist.</source>
        <translation>The referral is refused.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../ui/keyboard_help.py" line="26" />
        <location filename="../../ui/keyboard_help.py" line="35" />
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_help.py" line="28" />
        <source>Tast</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_help.py" line="28" />
        <source>Gør</source>
        <translation>Does</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_help.py" line="28" />
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_help.py" line="44" />
        <source>Tasterne for hele vinduet og for skærmbilledet, der er fremme.</source>
        <translation>The keys of the whole window and of the screen in front.</translation>
    </message>
</context>
<context>
    <name>KvikCloseDialog</name>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="20" />
        <source>Afslut forespørgsel</source>
        <translation>Close request</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="21" />
        <source>Afslut forespørgslen fra %1 som:</source>
        <translation>Close the request from %1 as:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="23" />
        <source>&amp;Opfyldt – kandidaterne er sendt</source>
        <translation>&amp;Fulfilled – the candidates were sent</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="24" />
        <source>Opfyldt</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="26" />
        <source>&amp;Annulleret – virksomheden trak den tilbage</source>
        <translation>&amp;Cancelled – the company withdrew it</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="27" />
        <source>Annulleret</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="32" />
        <source>Afslut (Enter)</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="33" />
        <source>Afslut forespørgslen</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="35" />
        <source>Fortryd (Esc)</source>
        <translation>Go back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_close_dialog.py" line="36" />
        <source>Fortryd</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>KvikPage</name>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="61" />
        <source>Kvikservicens besked</source>
        <translation>Quick service message</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="64" />
        <source>Ny forespørgsel … (Ctrl+N)</source>
        <translation>New request … (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="65" />
        <source>Ny forespørgsel</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="66" />
        <source>Afslut … (F4)</source>
        <translation>Close … (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="67" />
        <source>Afslut forespørgsel</source>
        <translation>Close request</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="69" />
        <source>Åbne forespørgsler</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="71" />
        <source>Kandidater</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="73" />
        <source>Bemærkning til afsendelsen</source>
        <translation>Note on sending</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="74" />
        <source>Fx hvornår borgeren kan starte</source>
        <translation>E.g. when the citizen can start</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="75" />
        <source>Markér som sendt (Ctrl+S)</source>
        <translation>Mark as sent (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="76" />
        <source>Markér som sendt</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="78" />
        <source>Sendte kandidater</source>
        <translation>Candidates sent</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="87" />
        <source>Ka&amp;ndidater (besøgt receptionen og ønsker branchen):</source>
        <translation>Ca&amp;ndidates (visited reception and want the trade):</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="98" />
        <source>S&amp;endt til virksomheden:</source>
        <translation>S&amp;ent to the company:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="108" />
        <source>Å&amp;bne forespørgsler:</source>
        <translation>O&amp;pen requests:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_page.py" line="133" />
        <source>&amp;Kvikservice</source>
        <translation>&amp;Quick service</translation>
    </message>
</context>
<context>
    <name>KvikRequestDialog</name>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="59" />
        <source>Ny kvikservice-forespørgsel</source>
        <translation>New quick-service request</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="61" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="66" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="70" />
        <source>Antal kandidater</source>
        <translation>Number of candidates</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="73" />
        <source>Beskrivelse af behovet</source>
        <translation>Description of the need</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="75" />
        <source>Svarfrist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="81" />
        <source>Standardfrist</source>
        <translation>Default due time</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="83" />
        <source>Standard: næste arbejdsdag, %1.</source>
        <translation>Default: next working day, %1.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="86" />
        <source>Fejl ved forespørgsel</source>
        <translation>Request error</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="88" />
        <source>Opret (Enter)</source>
        <translation>Create (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="88" />
        <source>Opret forespørgsel</source>
        <translation>Create request</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="92" />
        <source>&amp;Virksomhed:</source>
        <translation>Com&amp;pany:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="93" />
        <source>&amp;Branche:</source>
        <translation>&amp;Trade area:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="94" />
        <source>&amp;Antal kandidater:</source>
        <translation>&amp;Number of candidates:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="95" />
        <source>Be&amp;skrivelse:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="96" />
        <source>Svar&amp;frist:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_request_dialog.py" line="103" />
        <source>Opret først virksomheden under «Virksomheder».</source>
        <translation>Register the company under «Companies» first.</translation>
    </message>
</context>
<context>
    <name>KvikTables</name>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="31" />
        <source>%1 t %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="34" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="36" />
        <source>overskredet med %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="42" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="43" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="47" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="48" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="49" />
        <source>Ønsket</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="50" />
        <location filename="../../ui/jobshop/kvik_models.py" line="63" />
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="51" />
        <source>Svarfrist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="52" />
        <source>Tid tilbage</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="53" />
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="56" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="57" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="58" />
        <source>Seneste besøg</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="59" />
        <source>Allerede sendt</source>
        <translation>Already sent</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="62" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="64" />
        <source>Sendt af</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/kvik_models.py" line="65" />
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LatestVisitationSection</name>
    <message>
        <location filename="../../ui/visitation/latest_visitation_section.py" line="30" />
        <location filename="../../ui/visitation/latest_visitation_section.py" line="38" />
        <source>Seneste visitation</source>
        <translation>Latest assessment</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/latest_visitation_section.py" line="35" />
        <source>Seneste visitation, dato og sted</source>
        <translation>Latest assessment, date and place</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="50" />
        <location filename="../../ui/security/lock_screen.py" line="51" />
        <source>Skranken er låst</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="52" />
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="55" />
        <source>Log ind med dit brugernavn (initialer) og din adgangskode eller PIN-kode.</source>
        <translation>Sign in with your user name (initials) and your password or PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="59" />
        <source>Brugernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="61" />
        <source>Adgangskode eller PIN-kode</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="63" />
        <source>&amp;Log ind</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="64" />
        <source>Log ind</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="67" />
        <source>Besked ved log ind</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="73" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="74" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="125" />
        <source>Skriv både brugernavn og adgangskode.</source>
        <translation>Type both user name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="129" />
        <source>Indlæser …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="133" />
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main.py" line="271" />
        <location filename="../../ui/main.py" line="567" />
        <source>Skranke kan ikke starte</source>
        <translation>Skranke cannot start</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Skranke – Jobcenter København, %1</source>
        <translation>Skranke – Jobcenter Copenhagen, %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Skranke hovedvindue</source>
        <translation>Skranke main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Skranke – Jobcenter København</source>
        <translation>Skranke – Jobcenter Copenhagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Skærmbilleder</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>&amp;Lås skærmen / skift bruger</source>
        <translation>&amp;Lock the screen / switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Vi&amp;s</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>&amp;Brugervejledning</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>&amp;Om Skranke</source>
        <translation>&amp;About Skranke</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Ventende ændringer: ukendt</source>
        <translation>Waiting changes: unknown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>%1 · skranke %2 · %3</source>
        <translation>%1 · counter %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>Ingen ændringer venter</source>
        <translation>No changes waiting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Arbejdsplads</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Ændringer der venter</source>
        <translation>Changes waiting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>låst</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Stø&amp;rre tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>&amp;Mindre tekst</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>&amp;Normal tekst</source>
        <translation>&amp;Normal text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Kun lokalt (ingen server): 1 ændring gemt på denne pc</source>
        <translation>Local only (no server): 1 change kept on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Kun lokalt (ingen server): %1 ændringer gemt på denne pc</source>
        <translation>Local only (no server): %1 changes kept on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>1 ændring venter på at blive sendt</source>
        <translation>1 change waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>%1 ændringer venter på at blive sendt</source>
        <translation>%1 changes waiting to be sent</translation>
    </message>
</context>
<context>
    <name>ManagementInfo</name>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="85" />
        <location filename="../../ui/management_info/from_figures.py" line="95" />
        <location filename="../../ui/management_info/from_figures.py" line="115" />
        <location filename="../../ui/management_info/from_figures.py" line="443" />
        <source>Henvendelser</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="93" />
        <source>Henvendelser efter forsørgelsesgrundlag</source>
        <translation>Visits by support basis</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="94" />
        <source>Forsørgelsesgrundlag</source>
        <translation>Basis of support</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="113" />
        <source>Henvendelser efter målgruppe</source>
        <translation>Visits by target group</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="114" />
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="117" />
        <source>Målgruppen på besøgsdagen efter forsørgelsesgrundlag og seneste kategori.</source>
        <translation>The target group on the day of the visit, by support basis and latest category.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="133" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="141" />
        <source>Primærvisitation efter skema og kategori</source>
        <translation>Primary assessment by scheme and category</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="144" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="146" />
        <location filename="../../ui/management_info/from_figures.py" line="444" />
        <source>Afgørelser</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="147" />
        <source>Afveget</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="149" />
        <source>Andel afveget</source>
        <translation>Share departed</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="165" />
        <source>Afveget: rådgiveren valgte en anden kategori end skemaets forslag.</source>
        <translation>Departed: the counsellor chose another category than the scheme's suggestion.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="182" />
        <source>Henvisninger efter modtager</source>
        <translation>Referrals by receiving unit</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="183" />
        <source>Modtager</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="185" />
        <location filename="../../ui/management_info/from_figures.py" line="264" />
        <location filename="../../ui/management_info/from_figures.py" line="445" />
        <source>Henvisninger</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="186" />
        <source>Viderevisitationer</source>
        <translation>Re-referrals</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="189" />
        <source>Viderevisitation: henvisningen flyttede sagens ansvarlige enhed.</source>
        <translation>Re-referral: the referral moved the case's responsible unit.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="207" />
        <source>Gruppemøder</source>
        <translation>Group meetings</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="208" />
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="210" />
        <location filename="../../ui/management_info/from_figures.py" line="446" />
        <source>Booket</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="211" />
        <source>Fremmødt</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="212" />
        <source>Udeblevet</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="213" />
        <source>Aflyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="230" />
        <source>Partshøringer og frister</source>
        <translation>Hearings and deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="231" />
        <location filename="../../ui/management_info/from_figures.py" line="289" />
        <location filename="../../ui/management_info/from_figures.py" line="360" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="233" />
        <source>Åbnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="234" />
        <source>Afsluttet</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="235" />
        <source>Frist overholdt</source>
        <translation>Deadline kept</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="237" />
        <location filename="../../ui/management_info/from_figures.py" line="298" />
        <source>Andel til tiden</source>
        <translation>Share in time</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="243" />
        <source>Frist overholdt: afsluttet senest %1 dage efter borgerens frist.</source>
        <translation>Deadline kept: concluded at most %1 days after the citizen's deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="260" />
        <source>Jobbutik: henvisninger til job og udfald</source>
        <translation>Job shop: referrals to jobs and outcomes</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="263" />
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="288" />
        <source>Kvikservice opfyldt inden for fristen</source>
        <translation>Kvikservice met within the due time</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="292" />
        <source>Forespørgsler</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="294" />
        <source>Opfyldt</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="296" />
        <source>Opfyldt til tiden</source>
        <translation>Met in time</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="303" />
        <location filename="../../ui/management_info/from_figures.py" line="370" />
        <source>Mål: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="307" />
        <source>Fristen: samme klokkeslæt næste arbejdsdag.</source>
        <translation>The due time: the same time of day the next working day.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="324" />
        <source>Åben rådgivning efter emne</source>
        <translation>Open advice by topic</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="325" />
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="327" />
        <location filename="../../ui/management_info/from_figures.py" line="450" />
        <source>Samtaler</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="328" />
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="359" />
        <source>Kontaktforløb: borgere på sporet</source>
        <translation>Contact course: citizens on track</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="362" />
        <source>I forløb</source>
        <translation>In the course</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="363" />
        <source>På sporet</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="364" />
        <source>Fritaget</source>
        <translation>Exempted</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="365" />
        <source>Andel på sporet</source>
        <translation>Share on track</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="374" />
        <source>Status %1: jobparate i forløbets første måneder; på sporet: forfaldne samtaler holdt.</source>
        <translation>As of %1: job-ready citizens in the course's first months; on track: every interview due has been held.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="407" />
        <source>Kø: ankomster og betjening</source>
        <translation>Queue: arrivals and service</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="408" />
        <location filename="../../ui/management_info/from_figures.py" line="419" />
        <source>Kø</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="410" />
        <source>Ankomster</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="411" />
        <source>Betjent</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="412" />
        <source>Ikke mødt</source>
        <translation>Did not show</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="418" />
        <source>Kø: ventetid</source>
        <translation>Queue: waiting time</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="421" />
        <source>Gns. ventetid (min)</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="423" />
        <source>Serviceniveau</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="431" />
        <source>Grænse: %1 min</source>
        <translation>Limit: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="435" />
        <source>Serviceniveau: andel kaldt inden for %1 minutter.</source>
        <translation>Service level: share called within %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="447" />
        <source>Høringer afsluttet</source>
        <translation>Hearings concluded</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="448" />
        <source>Jobhenvisninger</source>
        <translation>Job referrals</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="449" />
        <source>Kvikservice</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="451" />
        <source>Kaldt i køen</source>
        <translation>Called in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="471" />
        <source>Pr. medarbejder</source>
        <translation>Per staff member</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/from_figures.py" line="472" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
</context>
<context>
    <name>ManagementLabels</name>
    <message>
        <location filename="../../ui/management_info/labels.py" line="29" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="75" />
        <source>Jobcenterteam</source>
        <translation>Job centre team</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="85" />
        <source>Indstilling sendt</source>
        <translation>Recommendation sent</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="88" />
        <source>Underretning sendt</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="91" />
        <source>Rimelig grund</source>
        <translation>Good reason</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="94" />
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="95" />
        <source>Opfyldt</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/labels.py" line="96" />
        <source>Annulleret</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="14" />
        <source>man.</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="15" />
        <source>tirs.</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="16" />
        <source>ons.</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="17" />
        <source>tors.</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="18" />
        <source>fre.</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="19" />
        <source>lør.</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="20" />
        <source>søn.</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="23" />
        <source>jan.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="24" />
        <source>feb.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="25" />
        <source>mar.</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="26" />
        <source>apr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="27" />
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="28" />
        <source>jun.</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="29" />
        <source>jul.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="30" />
        <source>aug.</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="31" />
        <source>sep.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="32" />
        <source>okt.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="33" />
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="34" />
        <source>dec.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="45" />
        <source>{day} {date}. {month}{year} kl. {time}</source>
        <translation>{day} {date} {month}{year} at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="51" />
        <source>Jobmøde</source>
        <translation>Job meeting</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="52" />
        <source>CV-møde</source>
        <translation>CV meeting</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="53" />
        <source>Åben rådgivning</source>
        <translation>Open advice</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/meeting_text.py" line="63" />
        <source>{site}, {room}</source>
        <translation>{site}, {room}</translation>
    </message>
</context>
<context>
    <name>NewCitizenForm</name>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="31" />
        <source>CPR-nummer for ny borger</source>
        <translation>CPR number of new citizen</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="33" />
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="35" />
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="37" />
        <source>Forsørgelsesgrundlag</source>
        <translation>Basis of support</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="39" />
        <source>A-kasse</source>
        <translation>Unemployment fund</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="40" />
        <source>Vælg a-kasse …</source>
        <translation>Choose unemployment fund (a-kasse) …</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="44" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="46" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="48" />
        <source>Fejl i formularen</source>
        <translation>Error in the form</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="51" />
        <source>&amp;Registrér borger</source>
        <translation>&amp;Register citizen</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="52" />
        <source>Registrér borger</source>
        <translation>Register citizen</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="55" />
        <source>Ny borger – ikke fundet i registret</source>
        <translation>New citizen – not found in the register</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="58" />
        <source>CPR-nummer:</source>
        <translation>CPR number:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="59" />
        <source>&amp;Fornavn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="60" />
        <source>&amp;Efternavn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="61" />
        <source>&amp;Forsørgelse:</source>
        <translation>&amp;Support:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="62" />
        <source>&amp;A-kasse:</source>
        <translation>&amp;Unemployment fund:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="63" />
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="64" />
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/new_citizen_form.py" line="128" />
        <source>Vælg borgerens a-kasse på listen.</source>
        <translation>Choose the citizen's unemployment fund (a-kasse) from the list.</translation>
    </message>
</context>
<context>
    <name>OrientationPage</name>
    <message>
        <location filename="../../ui/visitation/orientation_page.py" line="28" />
        <source>Borgeren skal orienteres om hvert punkt. Kryds af, eller skriv hvorfor punktet springes over.</source>
        <translation>The citizen must be informed of every item. Tick it, or write why the item is skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/orientation_page.py" line="33" />
        <source>Kryds alle af (Alt+K)</source>
        <translation>Tick all (Alt+K)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/orientation_page.py" line="34" />
        <source>Kryds alle punkter af</source>
        <translation>Tick every item</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/orientation_page.py" line="37" />
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/orientation_page.py" line="56" />
        <source>Begrundelse for at springe over: {item}</source>
        <translation>Reason for skipping: {item}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/orientation_page.py" line="58" />
        <source>Begrundelse, hvis punktet springes over</source>
        <translation>Reason, if the item is skipped</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="36" />
        <source>Registrér resultat af henvisning</source>
        <translation>Record the outcome of a referral</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="38" />
        <source>%1 – henvist til «%2»</source>
        <translation>%1 – referred to «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="45" />
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="52" />
        <source>Bemærkning til resultatet</source>
        <translation>Note on the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="53" />
        <source>Fejl ved resultat</source>
        <translation>Outcome error</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="58" />
        <source>Gem resultat (Enter)</source>
        <translation>Save outcome (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="57" />
        <source>Gem resultat</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="63" />
        <source>&amp;Resultat:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_outcome_dialog.py" line="67" />
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>PcBoard</name>
    <message>
        <location filename="../../ui/selfservice/pc_board.py" line="55" />
        <source>Selvbetjenings-pc'er</source>
        <translation>Self-service PCs</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_board.py" line="62" />
        <source>Fri&amp;giv pc</source>
        <translation>Release P&amp;C</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_board.py" line="63" />
        <source>Frigiv pc</source>
        <translation>Release PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_board.py" line="66" />
        <source>Besked om selvbetjenings-pc'erne</source>
        <translation>Message about the self-service PCs</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_board.py" line="85" />
        <source>Selvbetjenings-p&amp;c'er</source>
        <translation>Self-service P&amp;Cs</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_board.py" line="137" />
        <source>%1 er frigivet.</source>
        <translation>%1 is released.</translation>
    </message>
</context>
<context>
    <name>PcTables</name>
    <message>
        <location filename="../../ui/selfservice/pc_model.py" line="27" />
        <source>Pc</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_model.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_model.py" line="29" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_model.py" line="45" />
        <source>Ledig</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_model.py" line="47" />
        <source>Overskredet – skulle frigives kl. %1</source>
        <translation>Overdue – should have been released at %1</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/pc_model.py" line="50" />
        <source>Optaget til kl. %1</source>
        <translation>Taken until %1</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="50" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="51" />
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="52" />
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="53" />
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="60" />
        <source>Dato i perioden</source>
        <translation>Date in the period</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="62" />
        <source>Periodens dage</source>
        <translation>The period's days</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="63" />
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="65" />
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/management_info/period_picker.py" line="94" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="78" />
        <location filename="../../ui/phone/phone_screen.py" line="198" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="80" />
        <source>Telefonens åbningstid</source>
        <translation>The phone's opening hours</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="82" />
        <source>Hvem ringer</source>
        <translation>Who is calling</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="86" />
        <source>CPR, CVR eller telefonnummer</source>
        <translation>CPR, CVR or phone number</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="89" />
        <location filename="../../ui/phone/phone_screen.py" line="124" />
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="93" />
        <source>Note om opkaldet</source>
        <translation>Note on the call</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="96" />
        <location filename="../../ui/phone/phone_screen.py" line="125" />
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="102" />
        <source>Afdeling for tilbagekald eller overdragelse</source>
        <translation>Site for a callback or a handover</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="104" />
        <source>Møde til booking</source>
        <translation>Meeting to book</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="106" />
        <source>Kø for tilbagekald</source>
        <translation>Queue for the callback</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="108" />
        <source>Telefonnummer til tilbagekald</source>
        <translation>Phone number for the callback</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="109" />
        <source>borgerens eget nummer</source>
        <translation>the citizen's own number</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="111" />
        <source>Gem opkald (Ctrl+Enter)</source>
        <translation>Save call (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="112" />
        <location filename="../../ui/phone/phone_screen.py" line="115" />
        <source>Gem opkald</source>
        <translation>Save call</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="117" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="122" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="123" />
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="126" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="127" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="131" />
        <source>Dagens opkald</source>
        <translation>Today's calls</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="137" />
        <source>H&amp;vem ringer:</source>
        <translation>&amp;Who is calling:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="138" />
        <source>&amp;CPR / CVR / telefon:</source>
        <translation>&amp;CPR / CVR / phone:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="139" />
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="140" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="141" />
        <source>&amp;Udfald:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="142" />
        <source>Af&amp;deling:</source>
        <translation>Si&amp;te:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="143" />
        <source>&amp;Møde:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="144" />
        <source>&amp;Kø (tilbagekald):</source>
        <translation>&amp;Queue (callback):</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="145" />
        <source>Ring &amp;til (tilbagekald):</source>
        <translation>Rin&amp;g (callback):</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="183" />
        <source>Telefonen har åbent til kl. {time}.</source>
        <translation>The phone is open until {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="189" />
        <source>Telefonen har lukket nu. Den åbner {when}.</source>
        <translation>The phone is closed now. It opens {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="194" />
        <source>Telefonen har lukket nu.</source>
        <translation>The phone is closed now.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="205" />
        <source>Borger (CPR)</source>
        <translation>Citizen (CPR)</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="206" />
        <source>Virksomhed (CVR)</source>
        <translation>Company (CVR)</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="207" />
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="208" />
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="213" />
        <source>Jobsøgning</source>
        <translation>Job search</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="214" />
        <source>Ydelser</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="215" />
        <source>Sygedagpenge</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="216" />
        <source>Aftaler og møder</source>
        <translation>Appointments and meetings</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="217" />
        <source>Jobordre</source>
        <translation>Job order</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="218" />
        <source>Rekruttering</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="219" />
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="224" />
        <source>Besvaret i telefonen</source>
        <translation>Answered on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="225" />
        <source>Tilbagekald</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="226" />
        <source>Overdraget til afdeling</source>
        <translation>Handed to a site</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="227" />
        <source>Jobordre …</source>
        <translation>Job order …</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="228" />
        <source>Kvikservice …</source>
        <translation>Kvikservice …</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="229" />
        <source>Booket på møde eller rådgivning …</source>
        <translation>Booked on a meeting or advice …</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="283" />
        <source>Der er ingen møder eller rådgivningstider med plads hos {site}. Vælg en anden afdeling, eller tag opkaldet som «Tilbagekald».</source>
        <translation>There are no meetings or advice hours with room at {site}. Choose another site, or take the call as «Callback».</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="329" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="348" />
        <source>CVR-nummeret er ikke registreret. Opret virksomheden under Jobbutik → Virksomheder, eller tag opkaldet som «Jobordre …».</source>
        <translation>The CVR number is not registered. Register the company under Job shop → Companies, or take the call as «Job order …».</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="354" />
        <source>Skriv forespørgslen; den gemmes sammen med opkaldet.</source>
        <translation>Write the request; it is saved together with the call.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="368" />
        <source>Forespørgslen blev ikke oprettet, og opkaldet er ikke gemt endnu.</source>
        <translation>The request was not created, and the call is not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="391" />
        <source>Skriv jobordren; den gemmes sammen med opkaldet.</source>
        <translation>Write the job order; it is saved together with the call.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="393" />
        <source>CVR-nummeret er ikke registreret: skriv virksomhedens navn og jobordren.</source>
        <translation>The CVR number is not registered: type the company's name and the job order.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="407" />
        <source>Jobordren blev ikke oprettet, og opkaldet er ikke gemt endnu.</source>
        <translation>The job order was not created, and the call is not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="415" />
        <source>Opkald gemt. Tilbagekald {number} i køen hos {site}.</source>
        <translation>Call saved. Callback {number} in the queue at {site}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="420" />
        <source>{site} har lukket nu; tilbagekaldet kan ringes op fra {when}.</source>
        <translation>{site} is closed now; the callback can be rung from {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="423" />
        <source>Opkald gemt og overdraget til {site}.</source>
        <translation>Call saved and handed to {site}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="425" />
        <source>Opkald og kvikservice-forespørgsel gemt.</source>
        <translation>Call and kvikservice request saved.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="427" />
        <source>Opkald gemt. Borgeren er booket på {meeting}.</source>
        <translation>Call saved. The citizen is booked on {meeting}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="432" />
        <source>Opkald og jobordre gemt. Jobordren er sendt til jobbutikken i {site}.</source>
        <translation>Call and job order saved. The job order went to the job shop at {site}.</translation>
    </message>
    <message>
        <location filename="../../ui/phone/phone_screen.py" line="435" />
        <source>Opkald gemt.</source>
        <translation>Call saved.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="190" />
        <source>Arbejdsplads</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="192" />
        <source>Vælg afdeling, skranke og medarbejder. Det huskes på denne computer.</source>
        <translation>Choose site, counter and staff member. This computer remembers it.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="197" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="201" />
        <source>Skranke</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="203" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="205" />
        <source>&amp;Afdeling:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="206" />
        <source>S&amp;kranke:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="207" />
        <source>&amp;Medarbejder:</source>
        <translation>Staff &amp;member:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="227" />
        <source>Afdelingen er fastlagt af IT.</source>
        <translation>The site is set by IT.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="229" />
        <source>Skranken arbejder kun på denne pc.</source>
        <translation>The desk works on this PC only.</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="53" />
        <location filename="../../ui/printing/printer_dialog.py" line="54" />
        <source>Billetprinter</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="56" />
        <source>Vælg den printer, billetterne udskrives på ved denne pc.</source>
        <translation>Choose the printer that prints the tickets at this PC.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="58" />
        <source>&amp;Systemprinter</source>
        <translation>S&amp;ystem printer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="59" />
        <source>Systemprinter</source>
        <translation>System printer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="62" />
        <source>Systemprinterens navn</source>
        <translation>The system printer's name</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="69" />
        <source>Printerens navn</source>
        <translation>The printer's name</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="69" />
        <source>Ingen printere fundet på pc'en</source>
        <translation>No printers found on the PC</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="71" />
        <source>&amp;Netværksprinter (ESC/POS)</source>
        <translation>&amp;Network printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="72" />
        <source>Netværksprinter (ESC/POS)</source>
        <translation>Network printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="74" />
        <source>Netværksprinterens adresse</source>
        <translation>The network printer's address</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="75" />
        <source>vært:port, fx 10.0.0.5:9100</source>
        <translation>host:port, e.g. 10.0.0.5:9100</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="76" />
        <source>&amp;USB-printer (ESC/POS)</source>
        <translation>&amp;USB printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="77" />
        <source>USB-printer (ESC/POS)</source>
        <translation>USB printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="79" />
        <source>USB-printerens id</source>
        <translation>The USB printer's id</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="80" />
        <source>leverandør-id:produkt-id, fx 04b8:0202</source>
        <translation>vendor-id:product-id, e.g. 04b8:0202</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="81" />
        <source>&amp;PDF i en mappe</source>
        <translation>&amp;PDF in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="82" />
        <source>PDF i en mappe</source>
        <translation>PDF in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="84" />
        <source>Mappen til PDF-billetter</source>
        <translation>The folder for PDF tickets</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="108" />
        <source>IT's forudindstilling</source>
        <translation>IT's preset</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="113" />
        <source>IT har forudindstillet %1 på denne pc.</source>
        <translation>IT has preset %1 on this PC.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="119" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="123" />
        <source>Testudskriftens status</source>
        <translation>Test print status</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="125" />
        <source>&amp;Testudskrift</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="126" />
        <source>Testudskrift</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="128" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="129" />
        <source>Gem printervalg</source>
        <translation>Save the printer choice</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="131" />
        <location filename="../../ui/printing/printer_dialog.py" line="132" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="173" />
        <source>Vælg eller skriv printerens navn.</source>
        <translation>Choose or enter the printer's name.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="214" />
        <source>Sender testudskrift til %1 …</source>
        <translation>Sending a test print to %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="224" />
        <source>Testudskriften er gemt som PDF: %1</source>
        <translation>The test print is saved as PDF: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="229" />
        <source>Testudskriften er sendt til %1.</source>
        <translation>The test print was sent to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="236" />
        <source>Testudskriften kunne ikke udskrives: %1.</source>
        <translation>The test print could not be printed: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="274" />
        <source>Billet&amp;printer …</source>
        <translation>Ticket &amp;printer …</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/errors.py" line="20" />
        <source>printeren «%1»</source>
        <translation>the printer «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="22" />
        <source>printeren %1</source>
        <translation>the printer %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="24" />
        <source>USB-printeren %1</source>
        <translation>the USB printer %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="27" />
        <source>PDF i mappen %1</source>
        <translation>PDF in the folder %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="32" />
        <source>%1 svarer ikke</source>
        <translation>%1 does not answer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="38" />
        <source>forbindelsen til %1 blev afbrudt</source>
        <translation>the connection to %1 was broken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="46" />
        <source>%1 er ikke tilsluttet eller er slukket</source>
        <translation>%1 is not connected or is switched off</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="54" />
        <source>%1 kan ikke bruges, fordi libusb mangler på denne pc (kontakt IT)</source>
        <translation>%1 cannot be used because libusb is missing on this PC (contact IT)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="62" />
        <source>%1 findes ikke på denne pc</source>
        <translation>%1 does not exist on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="70" />
        <source>%1 kunne ikke startes</source>
        <translation>%1 could not be started</translation>
    </message>
    <message>
        <location filename="../../ui/printing/errors.py" line="78" />
        <source>PDF-filen %1 kunne ikke skrives</source>
        <translation>The PDF file %1 could not be written</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="52" />
        <source>Henvis borger til job</source>
        <translation>Refer a citizen to a job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="56" />
        <source>Henvis en borger til «%1»</source>
        <translation>Refer a citizen to «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="60" />
        <source>Søg borger</source>
        <translation>Search citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="61" />
        <source>Navn eller CPR-nummer</source>
        <translation>Name or CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="65" />
        <source>Fundne borgere</source>
        <translation>Citizens found</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="71" />
        <source>Valgt borger</source>
        <translation>Chosen citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="74" />
        <source>Bemærkning til henvisningen</source>
        <translation>Note on the referral</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="75" />
        <source>Fejl ved henvisning</source>
        <translation>Referral error</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="77" />
        <source>Henvis (Enter)</source>
        <translation>Refer (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="77" />
        <source>Henvis</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="82" />
        <source>&amp;Find borgeren (navn eller CPR):</source>
        <translation>&amp;Find the citizen (name or CPR):</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="88" />
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="128" />
        <source>Ingen borgere fundet.</source>
        <translation>No citizens found.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="145" />
        <source>ingen – søg borgeren frem</source>
        <translation>nobody – search for the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="146" />
        <source>Henvises: %1</source>
        <translation>To be referred: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/refer_dialog.py" line="151" />
        <source>Vælg først den borger, der skal henvises.</source>
        <translation>First choose the citizen to refer.</translation>
    </message>
</context>
<context>
    <name>ReferenceAdminDialog</name>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="62" />
        <location filename="../../ui/reference_admin/admin_dialog.py" line="63" />
        <source>Referencedata</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="65" />
        <source>Slags referencedata</source>
        <translation>Kind of reference data</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="74" />
        <source>Gældende version</source>
        <translation>Version in force</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="77" />
        <source>Om den gældende version</source>
        <translation>About the version in force</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="81" />
        <source>Kladde til ny version</source>
        <translation>Draft of a new version</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="92" />
        <source>&amp;Kladde (skriv i en celle, Enter gemmer den):</source>
        <translation>&amp;Draft (type in a cell, Enter keeps it):</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="94" />
        <source>&amp;Tilføj række</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="95" />
        <source>Tilføj række</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="97" />
        <source>&amp;Slet række</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="98" />
        <source>Slet række</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="101" />
        <location filename="../../ui/reference_admin/admin_dialog.py" line="220" />
        <source>Gælder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="107" />
        <source>&amp;Gælder fra:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="109" />
        <source>&amp;I dag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="110" />
        <source>Gælder fra i dag</source>
        <translation>Valid from today</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="112" />
        <source>&amp;Forhåndsvis</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="113" />
        <source>Forhåndsvis ændringerne på datoen</source>
        <translation>Preview the changes on the date</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="115" />
        <source>&amp;Udgiv</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="116" />
        <source>Udgiv versionen</source>
        <translation>Publish the version</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="120" />
        <source>&amp;Visitationsskemaer …</source>
        <translation>Categorisation &amp;schemes …</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="121" />
        <source>Visitationsskemaer</source>
        <translation>Categorisation schemes</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="124" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="125" />
        <source>Luk referencedata</source>
        <translation>Close reference data</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="128" />
        <source>Fejl i kladden</source>
        <translation>Error in the draft</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="132" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="135" />
        <source>Kun en administrator kan udgive referencedata.</source>
        <translation>Only an administrator can publish reference data.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="137" />
        <source>Ændringer på datoen</source>
        <translation>Changes on the date</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="195" />
        <source>Køens grænser</source>
        <translation>Queue limits</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="196" />
        <source>Åbningstider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="197" />
        <source>Henvisningsmål</source>
        <translation>Referral targets</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="198" />
        <location filename="../../ui/reference_admin/admin_dialog.py" line="225" />
        <source>Forsørgelsesgrundlag</source>
        <translation>Basis of support</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="199" />
        <source>Målgrupper</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="200" />
        <source>Selvbetjenings-pc'er</source>
        <translation>Self-service PCs</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="201" />
        <source>Fagområdeansvar</source>
        <translation>Trade-area responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="206" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="207" />
        <source>Advarsel (min)</source>
        <translation>Warning (min)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="208" />
        <source>Grænse (min)</source>
        <translation>Limit (min)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="209" />
        <source>Ugedag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="210" />
        <source>Åbner</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="211" />
        <source>Lukker</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="212" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="213" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="214" />
        <source>Navn (engelsk)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="215" />
        <source>Placering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="216" />
        <source>Kan være ansvarlig enhed</source>
        <translation>Can hold the case</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="217" />
        <source>Specialfunktion</source>
        <translation>Specialist function</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="218" />
        <source>Kø i dag</source>
        <translation>Queue today</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="219" />
        <source>Kan vælges</source>
        <translation>Selectable</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="221" />
        <source>Gælder til</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="222" />
        <source>Primærvisitation straks</source>
        <translation>Primary visitation at once</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="223" />
        <source>Indberettes til a-kasse</source>
        <translation>Reported to the a-kasse</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="224" />
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="226" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="227" />
        <source>I brug</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="228" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="229" />
        <source>Tages inden (timer)</source>
        <translation>Take within (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="257" />
        <source>Gældende i dag: grundversionen fra Skrankes datafiler.</source>
        <translation>In force today: the base version from Skranke's data files.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="259" />
        <source>Gældende i dag: version %1, fra %2.</source>
        <translation>In force today: version %1, from %2.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="268" />
        <source>Udgivet til senere: %1.</source>
        <translation>Published for later: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="271" />
        <source>version %1 fra %2</source>
        <translation>version %1 from %2</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="336" />
        <source>Fra %1 erstatter kladden %2:</source>
        <translation>From %1 the draft replaces %2:</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="340" />
        <source>grundversionen</source>
        <translation>the base version</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="342" />
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="348" />
        <source>Ingen ændringer.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="351" />
        <source>Bemærk: version %1 gælder fra %2 og afløser den igen.</source>
        <translation>Note: version %1 takes effect on %2 and replaces it again.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="358" />
        <source>alle afdelinger</source>
        <translation>all sites</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="360" />
        <source>Ny: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="362" />
        <source>Fjernet: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="365" />
        <source>Ændret: %1, %2: %3 → %4</source>
        <translation>Changed: %1, %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/admin_dialog.py" line="395" />
        <source>Version %1 er udgivet og gælder fra %2.</source>
        <translation>Version %1 is published and takes effect on %2.</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="76" />
        <source>Henvis til</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="78" />
        <source>&amp;Flyt ansvaret for sagen hertil (forankring)</source>
        <translation>&amp;Move responsibility for the case here (case holder)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="79" />
        <source>Flyt forankringen</source>
        <translation>Move the case holder</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="82" />
        <source>Bemærkning til henvisningen</source>
        <translation>Note on the referral</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="84" />
        <source>Mødetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="89" />
        <source>Møder med ledige pladser</source>
        <translation>Meetings with free places</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="100" />
        <source>Gruppemøde</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="102" />
        <source>Mødet&amp;ype:</source>
        <translation>Meeting t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="107" />
        <source>Lederens brugernavn</source>
        <translation>Supervisor's user name</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="110" />
        <source>Lederens adgangskode</source>
        <translation>Supervisor's secret</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="118" />
        <source>&amp;Leder (initialer):</source>
        <translation>&amp;Supervisor (initials):</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="119" />
        <source>Lederens &amp;PIN-kode:</source>
        <translation>Supervisor's &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="112" />
        <source>Lederens begrundelse</source>
        <translation>Supervisor's reason</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="113" />
        <source>Kræver en leders godkendelse</source>
        <translation>Needs a supervisor's approval</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="120" />
        <source>Lederens be&amp;grundelse:</source>
        <translation>Supervisor's r&amp;eason:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="122" />
        <source>Billet til kø i dag</source>
        <translation>Ticket for a queue today</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="124" />
        <source>&amp;Henvis til:</source>
        <translation>&amp;Refer to:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="126" />
        <source>Be&amp;mærkning:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="132" />
        <source>&amp;Billet til kø i dag:</source>
        <translation>&amp;Ticket for a queue today:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="160" />
        <source>Ingen billet</source>
        <translation>No ticket</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="291" />
        <source>Sagen kommer tilbage til {unit}, som den forlod {day} – frem og tilbage (kastebold) kræver en leders godkendelse med begrundelse.</source>
        <translation>The case would return to {unit}, which it left on {day} – back and forth (case ping-pong) needs a supervisor's approval with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="296" />
        <source>Sagen er flyttet {moves} gange de sidste {days} dage, og loftet er {limit}. En ny flytning kræver en leders godkendelse med begrundelse (ingen kastebold).</source>
        <translation>The case has been moved {moves} times in the last {days} days, and the ceiling is {limit}. Another move needs a supervisor's approval with a reason (no case ping-pong).</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/referral_page.py" line="302" />
        <source>Sagen er flyttet {moves} gange de sidste {days} dage. En ny flytning kræver en leders godkendelse med begrundelse (ingen kastebold).</source>
        <translation>The case has been moved {moves} times in the last {days} days. Another move needs a supervisor's approval with a reason (no case ping-pong).</translation>
    </message>
</context>
<context>
    <name>RefusedOfferDialog</name>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="46" />
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="47" />
        <source>Afvist tilbud</source>
        <translation>Offer refused</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="49" />
        <source>Tilbuddet</source>
        <translation>The offer</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="55" />
        <source>Dato for afvisningen</source>
        <translation>Date of the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="57" />
        <source>Borgerens begrundelse for afvisningen</source>
        <translation>The citizen's reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="59" />
        <source>Borgeren angiver en &amp;rimelig grund</source>
        <translation>The citizen states a &amp;good reason</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="60" />
        <source>Borgeren angiver en rimelig grund</source>
        <translation>The citizen states a good reason</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="62" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="68" />
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="69" />
        <source>Registrér afvisning</source>
        <translation>Record the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="71" />
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="72" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="76" />
        <source>Tilbud:</source>
        <translation>Offer:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="77" />
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="79" />
        <source>Afvist &amp;den:</source>
        <translation>Refused &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="89" />
        <source>Skriv borgerens begrundelse for afvisningen.</source>
        <translation>Write the citizen's reason for the refusal.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="97" />
        <source>Registrerer …</source>
        <translation>Recording …</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/refused_offer_dialog.py" line="115" />
        <source>Partshøring startet; borgeren har frist til {due}.</source>
        <translation>Consultation of the citizen (partshøring) started; the citizen has until {due} to reply.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <location filename="../../ui/registration/screen.py" line="84" />
        <source>CPR-nummer eller navn</source>
        <translation>CPR number or name</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="86" />
        <source>Scan sundhedskort, skriv CPR-nummer (Enter) eller navn</source>
        <translation>Scan health card, type CPR number (Enter) or name</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="90" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="95" />
        <source>Oplysning</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="103" />
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="110" />
        <source>Scan sundhedskortet eller skriv CPR-nummer og tryk Enter.</source>
        <translation>Scan the health card or type the CPR number and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="125" />
        <source>&amp;Udsted billet (Enter)</source>
        <translation>&amp;Issue ticket (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="126" />
        <source>Udsted billet</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="128" />
        <source>Betjen her uden kø (F7)</source>
        <translation>Serve here without queueing (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="129" />
        <source>Betjen her uden kø</source>
        <translation>Serve here without queueing</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="132" />
        <source>Borgeren betjenes ved denne skranke med det samme og tæller med i statistikken.</source>
        <translation>The citizen is served at this counter at once and is counted in the statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="137" />
        <source>Primærvisitation (F6)</source>
        <translation>Primary assessment (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="152" />
        <source>Henvendelses&amp;årsag (tast 1–6):</source>
        <translation>Re&amp;ason for the visit (keys 1–6):</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="273" />
        <source>Ingen borgere fundet. Scan sundhedskortet eller skriv CPR-nummeret.</source>
        <translation>No citizens found. Scan the health card or type the CPR number.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="353" />
        <source>venter</source>
        <translation>is waiting</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="354" />
        <source>er kaldt</source>
        <translation>has been called</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="355" />
        <source>er parkeret</source>
        <translation>is parked</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="359" />
        <source>Borgeren har allerede billet %1 til %2, som %3. Tryk Enter igen for at udstede en billet mere, eller Esc for at lade være.</source>
        <translation>The citizen already has ticket %1 for %2, which %3. Press Enter again to issue one more ticket, or Esc to leave it.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="138" />
        <source>Primærvisitation</source>
        <translation>Primary assessment</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="143" />
        <source>&amp;CPR-nummer eller navn:</source>
        <translation>&amp;CPR number or name:</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="181" />
        <source>&amp;Registrering</source>
        <translation>&amp;Registration</translation>
    </message>
    <message>
        <location filename="../../ui/registration/screen.py" line="330" />
        <source>Find eller registrér borgeren først.</source>
        <translation>Find or register the citizen first.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../ui/jobshop/import_report_model.py" line="19" />
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_report_model.py" line="19" />
        <source>Hvorfor rækken afvises</source>
        <translation>Why the row is refused</translation>
    </message>
</context>
<context>
    <name>RejectionsDialog</name>
    <message>
        <location filename="../../ui/sync_status.py" line="115" />
        <location filename="../../ui/sync_status.py" line="118" />
        <source>Afviste ændringer</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="123" />
        <source>&amp;Set og forstået</source>
        <translation>&amp;Seen and understood</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="124" />
        <source>Set og forstået</source>
        <translation>Seen and understood</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="128" />
        <source>Serveren afviste disse ændringer. De er ikke gennemført:</source>
        <translation>The server refused these changes. They have not been carried out:</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="9" />
        <source>Identifikation af borgeren ved skranken</source>
        <translation>Identifying the citizen at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="10" />
        <source>Kontrol af registrering (dobbeltregistrering)</source>
        <translation>Checking a registration (duplicate registration)</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="11" />
        <source>Henvendelse til anden myndighed</source>
        <translation>Contact with another authority</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="18" />
        <location filename="../../ui/security/reveal_dialog.py" line="19" />
        <source>Vis CPR-nummer</source>
        <translation>Show CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="21" />
        <source>Hvorfor skal du se det fulde CPR-nummer for %1? Visningen logges.</source>
        <translation>Why do you need the full CPR number of %1? Showing it is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="27" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="36" />
        <source>&amp;Vis</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="37" />
        <source>Vis CPR-nummeret</source>
        <translation>Show the CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="39" />
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/security/reveal_dialog.py" line="40" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../ui/reference_admin/rows_model.py" line="29" />
        <location filename="../../ui/reference_admin/rows_model.py" line="40" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/rows_model.py" line="31" />
        <location filename="../../ui/reference_admin/rows_model.py" line="41" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/rows_model.py" line="110" />
        <source>alle afdelinger</source>
        <translation>all sites</translation>
    </message>
</context>
<context>
    <name>SchemeAdminDialog</name>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="57" />
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="58" />
        <source>Visitationsskemaer</source>
        <translation>Categorisation schemes</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="60" />
        <source>Skemaversioner</source>
        <translation>Scheme versions</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="62" />
        <source>Kladde til næste version (&amp;JSON):</source>
        <translation>Draft of the next version (&amp;JSON):</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="64" />
        <source>Kladde til skema</source>
        <translation>Scheme draft</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="68" />
        <source>&amp;Kontrollér</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="69" />
        <source>Kontrollér kladden</source>
        <translation>Check the draft</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="71" />
        <source>&amp;Udgiv</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="72" />
        <source>Udgiv skemaet</source>
        <translation>Publish the scheme</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="75" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="76" />
        <source>Luk visitationsskemaer</source>
        <translation>Close categorisation schemes</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="79" />
        <source>Fejl i skemaet</source>
        <translation>Error in the scheme</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="83" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="86" />
        <source>Kun en administrator kan udgive et skema.</source>
        <translation>Only an administrator can publish a scheme.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="88" />
        <source>Ændringer i skemaet</source>
        <translation>Changes to the scheme</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="133" />
        <source>%1 v%2 (fra %3)</source>
        <translation>%1 v%2 (from %3)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="175" />
        <source>«%1» version %2 gælder fra %3.</source>
        <translation>«%1» version %2 applies from %3.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="183" />
        <source>Afløser version %1 for afgørelser fra den dato; tidligere beholder deres.</source>
        <translation>Replaces version %1 for decisions from that date; earlier ones keep theirs.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="189" />
        <source>Ingen ændringer ud over versionsnummeret.</source>
        <translation>No changes besides the version number.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="194" />
        <source>Nyt skema: %1 (%3)</source>
        <translation>New scheme: %1 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="195" />
        <source>Navn: %2 → %3</source>
        <translation>Name: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="196" />
        <source>Gyldighed: %2 → %3</source>
        <translation>Validity: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="197" />
        <source>Gælder for: %2 → %3</source>
        <translation>Applies to: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="198" />
        <source>Ny kategori: %1 (%3)</source>
        <translation>New category: %1 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="199" />
        <source>Kategori fjernet: %1 (%2)</source>
        <translation>Category removed: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="200" />
        <source>Kategori ændret: %1 (%2 → %3)</source>
        <translation>Category changed: %1 (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="201" />
        <source>Nyt spørgsmål: %1 (%3)</source>
        <translation>New question: %1 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="202" />
        <source>Spørgsmål fjernet: %1 (%2)</source>
        <translation>Question removed: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="203" />
        <source>Spørgsmål ændret: %1</source>
        <translation>Question changed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="204" />
        <source>Kontaktforløbets regler er ændret.</source>
        <translation>The contact course's rules have changed.</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="205" />
        <source>Ændret: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="208" />
        <source>Kategori ændret: %1</source>
        <translation>Category changed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reference_admin/scheme_dialog.py" line="237" />
        <source>«%1» version %2 er udgivet og gælder fra %3.</source>
        <translation>«%1» version %2 is published and applies from %3.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../../ui/registration/search_model.py" line="18" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/registration/search_model.py" line="19" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../ui/registration/search_model.py" line="21" />
        <source>Forsørgelsesgrundlag</source>
        <translation>Basis of support</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../../ui/management_info/section_chart.py" line="40" />
        <source>%1 (diagram)</source>
        <translation>%1 (chart)</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../ui/management_info/section_panel.py" line="66" />
        <source>%1: mål</source>
        <translation>%1: target</translation>
    </message>
</context>
<context>
    <name>SelfServiceSection</name>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="41" />
        <location filename="../../ui/selfservice/card_section.py" line="42" />
        <source>Selvbetjenings-pc</source>
        <translation>Self-service PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="50" />
        <source>Borgerens selvbetjenings-pc</source>
        <translation>The citizen's self-service PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="52" />
        <source>Selvbetjenings-pc … (F9)</source>
        <translation>Self-service PC … (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="53" />
        <source>Vælg selvbetjenings-pc</source>
        <translation>Choose a self-service PC</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="81" />
        <source>Sidder ikke ved en selvbetjenings-pc.</source>
        <translation>Not at a self-service PC.</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="85" />
        <source>Ved %1 – skulle være frigivet kl. %2</source>
        <translation>At %1 – should have been released at %2</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="87" />
        <source>Ved %1 til kl. %2</source>
        <translation>At %1 until %2</translation>
    </message>
    <message>
        <location filename="../../ui/selfservice/card_section.py" line="112" />
        <source>Ved %1</source>
        <translation>At %1</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../ui/registration/service_list.py" line="19" />
        <source>Henvendelsesårsag</source>
        <translation>Reason for visit</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/visitation/session_model.py" line="25" />
        <source>Dato og tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/session_model.py" line="26" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/session_model.py" line="74" />
        <source>{left} af {capacity}</source>
        <translation>{left} of {capacity}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/session_model.py" line="27" />
        <source>Ledige pladser</source>
        <translation>Free places</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="63" />
        <location filename="../../ui/settings/settings_dialog.py" line="64" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="66" />
        <source>Fastlagt af IT i %1</source>
        <translation>Set by IT in %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="67" />
        <source>Kun en leder kan ændre dette.</source>
        <translation>Only a supervisor can change this.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="70" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="74" />
        <source>Sproget huskes for dig og gælder fra næste start.</source>
        <translation>The language is remembered for you and applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="79" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="81" />
        <source>Lås skærmen efter minutter uden brug</source>
        <translation>Lock the screen after minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="85" />
        <source>Billetprinter</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="86" />
        <source>&amp;Vælg billetprinter …</source>
        <translation>&amp;Choose ticket printer …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="87" />
        <source>Vælg billetprinter</source>
        <translation>Choose ticket printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="102" />
        <source>&amp;Sprog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="104" />
        <source>&amp;Lås skærmen efter:</source>
        <translation>L&amp;ock the screen after:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="109" />
        <source>Billetprinter:</source>
        <translation>Ticket printer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="111" />
        <source>Arbejdsstationen</source>
        <translation>The workstation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="114" />
        <source>Afdeling og skranke:</source>
        <translation>Site and counter:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="115" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="116" />
        <source>Datamappe:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="117" />
        <source>Logfiler:</source>
        <translation>Log files:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="119" />
        <source>Konfigurationsfil fra IT:</source>
        <translation>Configuration file from IT:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="120" />
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="130" />
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="137" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="138" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="140" />
        <location filename="../../ui/settings/settings_dialog.py" line="141" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sprog</name>
    <message>
        <location filename="../../ui/i18n.py" line="18" />
        <source>da</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>StaffSecretsDialog</name>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="30" />
        <location filename="../../ui/security/staff_secrets_dialog.py" line="31" />
        <source>Medarbejdernes adgangskoder</source>
        <translation>Staff passwords</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="33" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="35" />
        <source>Ny adgangskode eller PIN-kode</source>
        <translation>New password or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="37" />
        <source>Gentag adgangskoden</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="40" />
        <source>&amp;Gem adgangskode</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="41" />
        <source>Gem adgangskode</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="44" />
        <source>Status for adgangskoden</source>
        <translation>Password status</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="49" />
        <source>&amp;Medarbejder:</source>
        <translation>Staff &amp;member:</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="50" />
        <source>&amp;Ny adgangskode:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="51" />
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="70" />
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="73" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/security/staff_secrets_dialog.py" line="80" />
        <source>Adgangskoden er gemt for %1.</source>
        <translation>The password is saved for %1.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="52" />
        <source>Eksportér køstatistik</source>
        <translation>Export queue statistics</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="56" />
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="59" />
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="61" />
        <source>Filformat</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="62" />
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="63" />
        <source>CSV til Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="64" />
        <source>&amp;Alle afdelinger (hentes fra serveren)</source>
        <translation>&amp;All sites (fetched from the server)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="65" />
        <source>Alle afdelinger</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="68" />
        <source>Kun for ledere, og kun når arbejdsstationen er tilmeldt en server.</source>
        <translation>For supervisors only, and only when the workstation is enrolled with a server.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="71" />
        <source>Eksportstatus</source>
        <translation>Export status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="73" />
        <source>&amp;Gem som …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="74" />
        <source>Gem statistik</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="80" />
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="81" />
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="82" />
        <source>Fil&amp;format:</source>
        <translation>File &amp;format:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="93" />
        <source>Gem køstatistik</source>
        <translation>Save queue statistics</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="100" />
        <source>Henter alle afdelingers tal fra serveren …</source>
        <translation>Fetching every site's figures from the server …</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="110" />
        <source>Beregner og gemmer …</source>
        <translation>Computing and saving …</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="125" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="139" />
        <source>Serveren kan ikke nås, så alle afdelingers tal kunne ikke hentes (%1). Denne afdelings tal kan stadig eksporteres: fjern fluebenet «Alle afdelinger» og gem igen.</source>
        <translation>The server cannot be reached, so every site's figures could not be fetched (%1). This site's figures can still be exported: untick «All sites» and save again.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="149" />
        <source>Gemt: %1 (%2 rækker)</source>
        <translation>Saved: %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/statistics_dialog.py" line="154" />
        <source>Ikke gemt: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="38" />
        <source>Visitationen er afsluttet</source>
        <translation>The assessment is complete</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="39" />
        <source>Resumé af visitationen</source>
        <translation>Summary of the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="43" />
        <source>Resuméets overskrift</source>
        <translation>Summary heading</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="53" />
        <source>Udskriftsstatus</source>
        <translation>Print status</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="56" />
        <source>&amp;Gem som PDF (Ctrl+P)</source>
        <translation>&amp;Save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="57" />
        <source>Gem resumé som PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="60" />
        <source>&amp;Luk (Enter)</source>
        <translation>&amp;Close (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="61" />
        <source>Luk resuméet</source>
        <translation>Close the summary</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="92" />
        <source>Resuméet blev ikke gemt: {reason}</source>
        <translation>The summary was not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_dialog.py" line="97" />
        <source>Gemt som PDF: {name}</source>
        <translation>Saved as PDF: {name}</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../../ui/visitation/summary_printer.py" line="32" />
        <source>Resuméet kunne ikke skrives til {path}.</source>
        <translation>The summary could not be written to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_printer.py" line="39" />
        <source>Jobcenter København</source>
        <translation>Jobcenter København</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="56" />
        <source>Lederhandlinger</source>
        <translation>Supervisor actions</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="59" />
        <source>Fejl i lederhandling</source>
        <translation>Supervisor action error</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="64" />
        <source>Skrankernes køer</source>
        <translation>Counters' queues</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="68" />
        <source>Ventende billetter</source>
        <translation>Waiting tickets</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="73" />
        <source>Flyt billet … (F7)</source>
        <translation>Move ticket … (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="74" />
        <source>Flyt billet</source>
        <translation>Move ticket</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="78" />
        <source>Skrankernes køer i dag (mellemrum åbner/lukker):</source>
        <translation>Counters' queues today (Space opens/closes):</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="83" />
        <source>Ventende i afdelingen:</source>
        <translation>Waiting at this site:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="126" />
        <source>Kun en leder kan åbne og lukke køer ved skrankerne og flytte billetter.</source>
        <translation>Only a supervisor can open and close queues at the counters and move tickets.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="135" />
        <source>Vælg en ventende billet.</source>
        <translation>Choose a waiting ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_actions.py" line="180" />
        <source>Skranke %1</source>
        <translation>Counter %1</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="62" />
        <source>Opdateringsstatus</source>
        <translation>Update status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="65" />
        <source>Køalarm</source>
        <translation>Queue alert</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="68" />
        <location filename="../../ui/queue/supervisor_view.py" line="179" />
        <source>Køoversigt</source>
        <translation>Queue overview</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="76" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="77" />
        <source>Skranke</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="78" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="79" />
        <source>Betjener nu</source>
        <translation>Serving now</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="80" />
        <source>Forbindelse</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="84" />
        <source>Skranker og medarbejdere</source>
        <translation>Counters and staff</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="91" />
        <source>Afdeling i diagrammet</source>
        <translation>Site in the chart</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="98" />
        <source>Skranker, diagram og styring</source>
        <translation>Counters, chart and control</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="99" />
        <source>Skranker</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="104" />
        <source>Dagens timer</source>
        <translation>Today's hours</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="144" />
        <source>Styring</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="207" />
        <source>Alle afdelinger · opdateret %1</source>
        <translation>All sites · updated %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="209" />
        <source>Kun denne afdeling (ingen server) · opdateret %1</source>
        <translation>This site only (no server) · updated %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="218" />
        <source>Tallene kunne ikke opdateres: %1</source>
        <translation>The figures could not be updated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="225" />
        <source>Serveren svarer ikke (%1). Denne afdeling vises fra egne data; de andre er fra %2.</source>
        <translation>The server does not answer (%1). This site is shown from local data; the others are from %2.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="297" />
        <source>Over grænsen (%1 min): %2</source>
        <translation>Over the limit (%1 min): %2</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="258" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="260" />
        <source>forbundet</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../ui/queue/supervisor_view.py" line="262" />
        <source>ikke forbundet</source>
        <translation>not connected</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_status.py" line="33" />
        <source>Ikke tilmeldt serveren</source>
        <translation>Not enrolled with the server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="36" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="37" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="38" />
        <source>Synkroniserer</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="39" />
        <source>Synkronisering standset</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="52" />
        <source>Synkroniseringsstatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="55" />
        <source>Synkroniseringsdetaljer</source>
        <translation>Sync details</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="57" />
        <source>Afviste ændringer</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="63" />
        <source>Advarsel om medarbejderens adgangskode</source>
        <translation>Warning about the staff member's secret</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="80" />
        <source>Serveren genkender ikke adgangskoden for %1: ændringerne gemmes her, men serveren vil afvise dem. Kontakt IT (skranke-server staff-secret).</source>
        <translation>The server does not recognise the secret of %1: changes are kept here, but the server will refuse them. Contact IT (skranke-server staff-secret).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="93" />
        <source>henter %1 af %2</source>
        <translation>downloading %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="99" />
        <source>sidst %1</source>
        <translation>last %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="105" />
        <source>%1 afvist – se hvorfor</source>
        <translation>%1 refused – see why</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="35" />
        <source>Billet %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="36" />
        <source>Udstedt billet</source>
        <translation>Issued ticket</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="39" />
        <source>Billetnummer</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="46" />
        <source>Forventet ventetid</source>
        <translation>Expected wait</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="50" />
        <source>Udskriftsstatus</source>
        <translation>Print status</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="52" />
        <source>&amp;Udskriv (Ctrl+P)</source>
        <translation>&amp;Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="53" />
        <source>Udskriv billet</source>
        <translation>Print ticket</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="56" />
        <source>&amp;Næste borger (Enter)</source>
        <translation>&amp;Next citizen (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="57" />
        <source>Næste borger</source>
        <translation>Next citizen</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="80" />
        <source>Udskriver på %1 …</source>
        <translation>Printing on %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="100" />
        <source>Udskrevet på %1.</source>
        <translation>Printed on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="109" />
        <source>Billetten kunne ikke udskrives: %1. Billet %2 er udstedt – giv borgeren nummeret mundtligt.</source>
        <translation>The ticket could not be printed: %1. Ticket %2 is issued – tell the citizen the number.</translation>
    </message>
    <message>
        <location filename="../../ui/registration/ticket_dialog.py" line="95" />
        <source>Gemt som PDF: %1</source>
        <translation>Saved as PDF: %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../../ui/printing/ticket_text.py" line="32" />
        <source>Udstedt %1 – hold øje med skærmen</source>
        <translation>Issued %1 – watch the screen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/ticket_text.py" line="57" />
        <source>Forventet ventetid: efter lukketid</source>
        <translation>Expected wait: after closing time</translation>
    </message>
    <message>
        <location filename="../../ui/printing/ticket_text.py" line="59" />
        <source>Forventet ventetid: ca. %1 min fra kl. %2</source>
        <translation>Expected wait: about %1 min from %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/ticket_text.py" line="63" />
        <source>Forventet ventetid: ca. %1 min</source>
        <translation>Expected wait: about %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/printing/ticket_text.py" line="73" />
        <source>Testudskrift</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../ui/printing/ticket_text.py" line="77" />
        <source>Ingen billet – kun en prøve %1</source>
        <translation>Not a ticket – only a test %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="44" />
        <source>Overfør billet %1</source>
        <translation>Transfer ticket %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="46" />
        <source>Overfør til kø</source>
        <translation>Transfer to queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="51" />
        <source>%1 (samme kø)</source>
        <translation>%1 (same queue)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="55" />
        <source>Overfør til skranke eller medarbejder</source>
        <translation>Transfer to a counter or staff member</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="56" />
        <source>Alle i køen</source>
        <translation>Anyone in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="60" />
        <source>Skranke %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="64" />
        <source>&amp;Behold pladsen i køen (oprindelig ankomst)</source>
        <translation>&amp;Keep the place in the queue (original arrival)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="65" />
        <source>Behold pladsen i køen</source>
        <translation>Keep the place in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="70" />
        <location filename="../../ui/queue/transfer_dialog.py" line="71" />
        <source>Overfør</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="76" />
        <source>&amp;Til køen:</source>
        <translation>&amp;To the queue:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/transfer_dialog.py" line="80" />
        <source>&amp;Kun for:</source>
        <translation>&amp;Only for:</translation>
    </message>
</context>
<context>
    <name>UntakenOrders</name>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="39" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="40" />
        <source>Job</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="42" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="45" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="47" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="51" />
        <source>Ventet (t:mm)</source>
        <translation>Waited (h:mm)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="55" />
        <source>Frist (t)</source>
        <translation>Time (h)</translation>
    </message>
</context>
<context>
    <name>UntakenOrdersPanel</name>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="75" />
        <source>Jobordrer der ikke er taget</source>
        <translation>Job orders not taken</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="78" />
        <source>Jobordrer ikke taget i tide</source>
        <translation>Job orders not taken in time</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="111" />
        <source>Ingen jobordrer venter ud over deres frist.</source>
        <translation>No job order is waiting past its time.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="113" />
        <source>1 jobordre er ikke taget inden for fristen i sin afdeling.</source>
        <translation>1 job order has not been taken within its time at its site.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="115" />
        <source>%1 jobordrer er ikke taget inden for fristen i deres afdeling.</source>
        <translation>%1 job orders have not been taken within their time at their site.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/untaken_orders.py" line="120" />
        <source>Jobordrerne kunne ikke hentes: %1</source>
        <translation>The job orders could not be read: %1</translation>
    </message>
</context>
<context>
    <name>VacancyCompanyPicker</name>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="30" />
        <source>Søg virksomhed</source>
        <translation>Search company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="31" />
        <source>Navn eller CVR-nummer</source>
        <translation>Name or CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="33" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="35" />
        <source>Ny virksomheds navn</source>
        <translation>New company's name</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="36" />
        <source>Kun hvis virksomheden ikke findes</source>
        <translation>Only if the company is not listed</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="38" />
        <source>Ny virksomheds CVR-nummer</source>
        <translation>New company's CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="39" />
        <source>8 cifre, hvis kendt</source>
        <translation>8 digits, if known</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="42" />
        <source>S&amp;øg virksomhed:</source>
        <translation>Sea&amp;rch company:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="45" />
        <source>CV&amp;R-nummer (ny):</source>
        <translation>CV&amp;R number (new):</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="43" />
        <source>&amp;Virksomhed:</source>
        <translation>Com&amp;pany:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_company_picker.py" line="44" />
        <source>&amp;Eller ny virksomhed:</source>
        <translation>&amp;Or a new company:</translation>
    </message>
</context>
<context>
    <name>VacancyDetailPanel</name>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="70" />
        <location filename="../../ui/jobshop/vacancy_detail.py" line="206" />
        <source>Vælg et job på listen.</source>
        <translation>Choose a job in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="71" />
        <source>Jobbets titel</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="77" />
        <source>Virksomhed:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="77" />
        <source>Jobbets virksomhed</source>
        <translation>Job's company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="78" />
        <source>Branche:</source>
        <translation>Trade area:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="78" />
        <source>Jobbets branche</source>
        <translation>Job's trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="79" />
        <source>Arbejdssted:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="79" />
        <source>Jobbets arbejdssted</source>
        <translation>Job's workplace</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="80" />
        <source>Arbejdstid:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="80" />
        <source>Jobbets arbejdstid</source>
        <translation>Job's working hours</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="81" />
        <source>Krav:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="81" />
        <source>Jobbets krav</source>
        <translation>Job's requirements</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="82" />
        <source>Ansøgningsfrist:</source>
        <translation>Application deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="82" />
        <source>Jobbets ansøgningsfrist</source>
        <translation>Job's application deadline</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="83" />
        <source>Antal stillinger:</source>
        <translation>Number of positions:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="83" />
        <source>Jobbets antal stillinger</source>
        <translation>Job's number of positions</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="84" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="84" />
        <source>Jobbets status</source>
        <translation>Job's status</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="94" />
        <source>Jobbets kontaktkonsulent</source>
        <translation>Job's contact consultant</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="96" />
        <source>Jobordrens afdeling</source>
        <translation>Job order's site</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="100" />
        <source>Henvisninger til jobbet</source>
        <translation>Referrals to the job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="106" />
        <source>Jobbets besked</source>
        <translation>Job message</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="108" />
        <source>Henvis borger … (Ctrl+H)</source>
        <translation>Refer citizen … (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="109" />
        <source>Henvis borger</source>
        <translation>Refer citizen</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="110" />
        <source>Registrér resultat … (Ctrl+R)</source>
        <translation>Record outcome … (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="111" />
        <source>Registrér resultat</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="112" />
        <source>Ret job … (F2)</source>
        <translation>Edit job … (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="113" />
        <source>Ret job</source>
        <translation>Edit job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="114" />
        <source>Markér som besat (Ctrl+B)</source>
        <translation>Mark as filled (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="115" />
        <source>Markér som besat</source>
        <translation>Mark as filled</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="116" />
        <source>Tag ordren (Ctrl+T)</source>
        <translation>Take the order (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="117" />
        <source>Tag ordren</source>
        <translation>Take the order</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="120" />
        <source>Kontaktkonsulent:</source>
        <translation>Contact consultant:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="121" />
        <source>Jobordre:</source>
        <translation>Job order:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="131" />
        <source>Henv&amp;isninger:</source>
        <translation>Re&amp;ferrals:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="236" />
        <source>skranke</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="237" />
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="238" />
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="241" />
        <source>ikke taget endnu</source>
        <translation>not taken yet</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="244" />
        <source>taget af %1 %2</source>
        <translation>taken by %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="249" />
        <source>Modtaget via %1 · hos jobbutikken i %2 · %3</source>
        <translation>Received by %1 · at the job shop in %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="294" />
        <source>Borgeren er henvist.</source>
        <translation>The citizen has been referred.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="309" />
        <source>Resultatet er gemt. Alle stillinger er besat – jobbet er lukket.</source>
        <translation>The outcome is saved. Every position is filled – the job is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="312" />
        <source>Resultatet er gemt.</source>
        <translation>The outcome is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="325" />
        <source>Jobbet er rettet.</source>
        <translation>The job has been edited.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="334" />
        <source>Jobbet er markeret som besat.</source>
        <translation>The job is marked as filled.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_detail.py" line="345" />
        <source>Du har taget jobordren.</source>
        <translation>You have taken the job order.</translation>
    </message>
</context>
<context>
    <name>VacancyFormDialog</name>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="64" />
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="91" />
        <source>Opret job</source>
        <translation>Create job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="64" />
        <source>Ret job</source>
        <translation>Edit job</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="69" />
        <source>Stillingsbetegnelse</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="71" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="75" />
        <source>Arbejdssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="77" />
        <source>Arbejdstid</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="78" />
        <source>fx 37 t/uge, deltid 20 t, aften/weekend</source>
        <translation>e.g. 37 h/week, part-time 20 h, evening/weekend</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="80" />
        <source>Krav</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="84" />
        <source>Ansøgningsfrist</source>
        <translation>Application deadline</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="88" />
        <source>Antal stillinger</source>
        <translation>Number of positions</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="90" />
        <source>Fejl ved job</source>
        <translation>Job error</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="91" />
        <source>Gem ændringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="93" />
        <source>%1 (Enter)</source>
        <translation>%1 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="97" />
        <source>&amp;Stillingsbetegnelse:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="98" />
        <source>&amp;Branche:</source>
        <translation>&amp;Trade area:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="99" />
        <source>&amp;Arbejdssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="100" />
        <source>Arbejds&amp;tid:</source>
        <translation>Working &amp;hours:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="101" />
        <source>&amp;Krav:</source>
        <translation>&amp;Requirements:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="102" />
        <source>Ansøgnings&amp;frist:</source>
        <translation>Application &amp;deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="103" />
        <source>A&amp;ntal stillinger:</source>
        <translation>&amp;Number of positions:</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="110" />
        <source>Virksomhed: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="111" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_form_dialog.py" line="190" />
        <source>Vælg virksomheden, eller skriv navnet på en ny.</source>
        <translation>Choose the company, or type the name of a new one.</translation>
    </message>
</context>
<context>
    <name>VacancyImportDialog</name>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="48" />
        <source>Importér job fra fil</source>
        <translation>Import jobs from a file</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="56" />
        <source>Filen der skal importeres</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="57" />
        <source>CSV- eller JSON-fil med jobordrer</source>
        <translation>CSV or JSON file of job orders</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="58" />
        <source>&amp;Vælg fil …</source>
        <translation>Choose &amp;file …</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="59" />
        <source>Vælg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="61" />
        <source>&amp;Kontrollér</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="62" />
        <source>Kontrollér filen</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="65" />
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="68" />
        <source>Resultat af kontrollen</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="72" />
        <source>Afviste rækker</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="75" />
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="76" />
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="79" />
        <source>&amp;Luk</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="80" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="93" />
        <source>Formatet er beskrevet i docs/vacancy-import.md (kolonner på dansk).</source>
        <translation>The format is described in docs/vacancy-import.md (Danish column names).</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="109" />
        <source>Kontrollerer rækkerne …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="123" />
        <source>Vælg fil med jobordrer</source>
        <translation>Choose a file of job orders</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="125" />
        <source>Jobordrer (*.csv *.json);;Alle filer (*)</source>
        <translation>Job orders (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="133" />
        <source>Vælg først en fil.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="148" />
        <source>%1 rækker kan importeres (%2 nye virksomheder); %3 rækker afvises.</source>
        <translation>%1 rows can be imported (%2 new companies); %3 rows are refused.</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="153" />
        <source>&amp;Importér %1 job</source>
        <translation>&amp;Import %1 jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="163" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/import_dialog.py" line="172" />
        <source>%1 job er importeret og deles med alle afdelinger.</source>
        <translation>%1 jobs imported and shared with every site.</translation>
    </message>
</context>
<context>
    <name>VacancyTable</name>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="31" />
        <source>Ledig</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="32" />
        <source>Besat</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="33" />
        <source>Udløbet</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="56" />
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="57" />
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="58" />
        <source>Branche</source>
        <translation>Trade area</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="59" />
        <source>Arbejdssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="60" />
        <source>Arbejdstid</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="62" />
        <source>Ansøgningsfrist</source>
        <translation>Application deadline</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="65" />
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/jobshop/vacancy_model.py" line="68" />
        <source>Kontaktkonsulent</source>
        <translation>Contact consultant</translation>
    </message>
</context>
<context>
    <name>VisitationScreen</name>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="78" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="85" />
        <source>Primærvisitation gælder kun ledige. Henvis borgeren i registreringen.</source>
        <translation>Primary assessment is only for unemployed citizens. Refer the citizen at registration.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="97" />
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="100" />
        <source>Tilbage (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="101" />
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="103" />
        <location filename="../../ui/visitation/visitation_screen.py" line="204" />
        <source>Næste (Enter)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="104" />
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="123" />
        <source>Henter borgerens sag …</source>
        <translation>Fetching the citizen's case …</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="146" />
        <source>Borgerens sag kunne ikke åbnes.</source>
        <translation>The citizen's case could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="155" />
        <source> · sagen er forankret hos {unit}</source>
        <translation> · the case is held by {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="196" />
        <source>Trin 1 af 3: Kategorisering</source>
        <translation>Step 1 of 3: Categorisation</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="197" />
        <source>Trin 2 af 3: Orientering</source>
        <translation>Step 2 of 3: Information</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="198" />
        <source>Trin 3 af 3: Henvisning og booking</source>
        <translation>Step 3 of 3: Referral and booking</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="199" />
        <source>Forsikret ledig: frist for kategorisering</source>
        <translation>Insured unemployed: deadline for categorisation</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="204" />
        <source>Afslut visitation (Enter)</source>
        <translation>Finish the assessment (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="218" />
        <source>Kryds «{item}» af, eller skriv hvorfor det springes over.</source>
        <translation>Tick «{item}», or write why it is skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="246" />
        <source>Besvar spørgsmålet: {q}</source>
        <translation>Answer the question: {q}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="255" />
        <source>Skriv en begrundelse, når du afviger fra skemaets forslag.</source>
        <translation>Write a reason when you depart from the form's suggestion.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="273" />
        <source>Vælg et møde med ledige pladser.</source>
        <translation>Choose a meeting with free places.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/visitation_screen.py" line="294" />
        <source>Godkendelse ved skranken er ikke mulig her.</source>
        <translation>Approval at the counter is not possible here.</translation>
    </message>
</context>
<context>
    <name>VisitationSummary</name>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="16" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="18" />
        <source>Ansvarlig enhed</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="19" />
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="26" />
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="27" />
        <source>{kind} {when}, {place}</source>
        <translation>{kind} {when}, {place}</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="37" />
        <source>{unit} (har nu ansvaret for sagen)</source>
        <translation>{unit} (now responsible for the case)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="40" />
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="44" />
        <source>Næste samtale senest</source>
        <translation>Next interview by</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="51" />
        <source>Næste billet</source>
        <translation>Next ticket</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="52" />
        <source>{queue} – i dag</source>
        <translation>{queue} – today</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/summary_text.py" line="62" />
        <source>Visitation af {name} ({cpr}) {date}, {site}</source>
        <translation>Assessment of {name} ({cpr}) {date}, {site}</translation>
    </message>
</context>
<context>
    <name>VisitationTables</name>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="28" />
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="29" />
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="30" />
        <source>Snart</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="31" />
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="34" />
        <source>Kontaktsamtale</source>
        <translation>Contact interview</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="35" />
        <source>Frist for kategorisering</source>
        <translation>Deadline for categorisation</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="36" />
        <source>Partshøring efter udeblivelse</source>
        <translation>Consultation after a missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="37" />
        <source>Udeblivelse til bekræftelse</source>
        <translation>Missed appointment to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="40" />
        <source>Revurdering af kategori</source>
        <translation>Re-assessment of category</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="43" />
        <source>frem og tilbage</source>
        <translation>back and forth</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="44" />
        <source>{moves} flytninger på {days} dage (grænsen er {limit})</source>
        <translation>{moves} moves in {days} days (the limit is {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="47" />
        <source>{moves} flytninger på {days} dage (årsloftet er {limit})</source>
        <translation>{moves} moves in {days} days (the yearly ceiling is {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="51" />
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="52" />
        <source>Beholdt</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="59" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="61" />
        <location filename="../../ui/visitation/table_models.py" line="116" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="62" />
        <location filename="../../ui/visitation/table_models.py" line="117" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="63" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="65" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="68" />
        <location filename="../../ui/visitation/table_models.py" line="160" />
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="119" />
        <source>Flytninger i perioden</source>
        <translation>Moves in the period</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="122" />
        <source>Forankret hos</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="124" />
        <source>Venter på godkendelse til</source>
        <translation>Awaiting approval for</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="128" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="131" />
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="132" />
        <source>Sagens vej</source>
        <translation>The case's path</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="146" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="149" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="150" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="152" />
        <source>Forankring</source>
        <translation>Case holder</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="155" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/table_models.py" line="157" />
        <source>Godkendt af leder</source>
        <translation>Approved by supervisor</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/queue/waiting_model.py" line="28" />
        <source>Til skranke %1</source>
        <translation>To counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_model.py" line="33" />
        <source>Til %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_model.py" line="45" />
        <source>Billet</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_model.py" line="46" />
        <source>Kø</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_model.py" line="47" />
        <source>Ventet (min)</source>
        <translation>Waited (min)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_model.py" line="48" />
        <source>Reserveret</source>
        <translation>Reserved</translation>
    </message>
</context>
<context>
    <name>WaitingRoomDisplay</name>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="76" />
        <source>Skranke – venteværelse</source>
        <translation>Skranke – waiting room</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="77" />
        <source>Venteværelsesskærm</source>
        <translation>Waiting-room display</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="81" />
        <source>Afdeling</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="84" />
        <source>Klokken</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="92" />
        <source>Overskrift nummer</source>
        <translation>Number heading</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="93" />
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="94" />
        <source>Overskrift skranke</source>
        <translation>Counter heading</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="95" />
        <source>Skranke</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="116" />
        <source>Ingen kø</source>
        <translation>No queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="117" />
        <source>Ingen venter lige nu</source>
        <translation>Nobody is waiting right now</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="123" />
        <source>Kø %1</source>
        <translation>Queue %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="125" />
        <source>Forventet ventetid for %1</source>
        <translation>Expected wait for %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="215" />
        <source>efter lukketid</source>
        <translation>after closing time</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="217" />
        <source>under %1 min</source>
        <translation>under %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="217" />
        <source>ca. %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="102" />
        <source>Kaldt nummer %1</source>
        <translation>Called number %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="103" />
        <source>Skranke for kaldt nummer %1</source>
        <translation>Counter for called number %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/waiting_room_display.py" line="113" />
        <location filename="../../ui/queue/waiting_room_display.py" line="114" />
        <source>Forventet ventetid</source>
        <translation>Expected wait</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="57" />
        <source>Opfølgninger der er forfaldne eller snart forfalder</source>
        <translation>Follow-ups that are overdue or soon due</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="63" />
        <source>Udfør handling (Enter)</source>
        <translation>Carry out (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="64" />
        <source>Udfør handlingen for den valgte opfølgning</source>
        <translation>Carry out the action for the chosen follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="67" />
        <source>Rimelig grund til udeblivelsen</source>
        <translation>Reasonable cause for the missed appointment</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="68" />
        <source>Rimelig grund (lukker partshøringen)</source>
        <translation>Reasonable cause (closes the consultation)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="69" />
        <source>Luk med rimelig grund</source>
        <translation>Close with reasonable cause</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="70" />
        <source>Luk partshøringen med rimelig grund</source>
        <translation>Close the consultation with reasonable cause</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="72" />
        <source>Opdatér (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="73" />
        <source>Opdatér arbejdslisten</source>
        <translation>Refresh the worklist</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="77" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="85" />
        <source>Kontaktforløb i afdelingen</source>
        <translation>Contact course at the site</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="89" />
        <source>Arbejdsliste: opfølgninger i afdelingen</source>
        <translation>Worklist: follow-ups at the site</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="128" />
        <source>Kontaktforløb: {on_track} af {in_course} borgere på sporet ({percent}), mål {target} %; {exempted} fritaget (højst {allowed}).</source>
        <translation>Contact course: {on_track} of {in_course} citizens on track ({percent}), target {target} %; {exempted} exempted (at most {allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="149" />
        <source>{n} opfølgninger, heraf {overdue} overskredet.</source>
        <translation>{n} follow-ups, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/visitation/worklist_view.py" line="190" />
        <source>Vælg en partshøring først.</source>
        <translation>Choose a consultation first.</translation>
    </message>
</context>
</TS>