<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts that Qt's Danish translation (qtbase_da) leaves in English, seen in
     the desk's dialogs. Loaded after qtbase_da by ui/i18n.py; compiled to
     qt_da_extra.qm by scripts/update_translations.sh. -->
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;Filnavn:</translation>
    </message>
</context>
</TS>
