<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>follow-up pages need either a session or an event</source>
        <translation>Folgeseiten brauchen entweder eine Sitzung oder eine Veranstaltung</translation>
    </message>
    <message>
        <source>{path} is a file; follow-up pages need a folder</source>
        <translation>{path} ist eine Datei; Folgeseiten brauchen einen Ordner</translation>
    </message>
    <message>
        <source>copies of the session card must be between 1 and {most}</source>
        <translation>Die Zahl der Exemplare der Sitzungskarte muss zwischen 1 und {most} liegen</translation>
    </message>
    <message>
        <source>{name}: the file name must end in .csv or .pdf</source>
        <translation>{name}: Der Dateiname muss auf .csv oder .pdf enden</translation>
    </message>
    <message>
        <source>Steckbrief {steckbrief_id} not found</source>
        <translation>Steckbrief {steckbrief_id} nicht gefunden</translation>
    </message>
    <message>
        <source>{name}: protocol files end in .pdf, .html, .md or .csv</source>
        <translation>{name}: Protokolldateien enden auf .pdf, .html, .md oder .csv</translation>
    </message>
    <message>
        <source>a protocol needs either a session or an event</source>
        <translation>Ein Protokoll braucht entweder eine Sitzung oder eine Veranstaltung</translation>
    </message>
    <message>
        <source>unknown protocol format {fmt!r} (pdf, html, markdown or csv)</source>
        <translation>Unbekanntes Protokollformat {fmt!r} (pdf, html, markdown oder csv)</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} ist ein Ordner; bitte einen Dateinamen angeben</translation>
    </message>
    <message>
        <source>event of session {session_id} not found</source>
        <translation>Veranstaltung der Sitzung {session_id} nicht gefunden</translation>
    </message>
</context>
</TS>
