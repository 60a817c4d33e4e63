<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Sitzungs&amp;protokoll (PDF) …</source>
      <translation>Session &amp;protocol (PDF) …</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Sitzungsprotokoll als &amp;Webseite (HTML) …</source>
      <translation>Session protocol as &amp;web page (HTML) …</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Sitzungsprotokoll als &amp;Markdown …</source>
      <translation>Session protocol as &amp;Markdown …</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>&amp;Karten als CSV (Excel) …</source>
      <translation>&amp;Cards as CSV (Excel) …</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>&amp;Veranstaltungsprotokoll, alle Sitzungen (PDF) …</source>
      <translation>&amp;Event protocol, all sessions (PDF) …</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Bitte zuerst eine Sitzung öffnen oder wählen.</source>
      <translation>Please open or select a session first.</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Bitte zuerst eine Veranstaltung oder eine ihrer Sitzungen wählen.</source>
      <translation>Please select an event or one of its sessions first.</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Sitzungsprotokoll exportieren</source>
      <translation>Export session protocol</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Veranstaltungsprotokoll exportieren</source>
      <translation>Export event protocol</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>PDF-Dokument (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Webseite, eine Datei (*.html *.htm)</source>
      <translation>Web page, single file (*.html *.htm)</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Karten als CSV für Excel (*.csv)</source>
      <translation>Cards as CSV for Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Protokoll</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Protokoll wird erstellt …</source>
      <translation>Creating the protocol …</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Protokoll gespeichert: {0}</source>
      <translation>Protocol saved: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>({0} Seiten)</source>
      <translation>({0} pages)</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Export fehlgeschlagen</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Das Protokoll konnte nicht gespeichert werden:
{0}</source>
      <translation>The protocol could not be saved:
{0}</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Erste Seite des Protokolls</source>
      <translation>First page of the protocol</translation>
    </message>
    <message>
      <location filename="../../../ui/export/protocol_export.py" />
      <source>Protokoll: {0}</source>
      <translation>Protocol: {0}</translation>
    </message>
  </context>
</TS>
