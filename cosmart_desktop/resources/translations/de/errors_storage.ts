<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>{path} is not a Co-Smart workspace: it is not an SQLite database</source>
        <translation>{path} ist kein Co-Smart-Arbeitsbereich: Die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened (truncated SQLite header)</source>
        <translation>{path} ist beschädigt und wurde nicht geöffnet (SQLite-Dateikopf abgeschnitten)</translation>
    </message>
    <message>
        <source>{path} belongs to another application (SQLite application id {app_id:#010x})</source>
        <translation>{path} gehört zu einem anderen Programm (SQLite-Anwendungskennung {app_id:#010x})</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened (quick_check: {detail})</source>
        <translation>{path} ist beschädigt und wurde nicht geöffnet (quick_check: {detail})</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another application, not a workspace</source>
        <translation>{path} ist eine SQLite-Datenbank eines anderen Programms, kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened (no schema version)</source>
        <translation>{path} ist beschädigt und wurde nicht geöffnet (keine Schemaversion)</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened (empty schema version)</source>
        <translation>{path} ist beschädigt und wurde nicht geöffnet (leere Schemaversion)</translation>
    </message>
    <message>
        <source>{path} was written by a newer Co-Smart Werkstatt (schema {revision}); please update the program to open it</source>
        <translation>{path} wurde mit einer neueren Co-Smart Werkstatt gespeichert (Schema {revision}); bitte das Programm aktualisieren, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened (no site id)</source>
        <translation>{path} ist beschädigt und wurde nicht geöffnet (Kennung des Arbeitsbereichs fehlt)</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened ({detail})</source>
        <translation>{path} ist beschädigt und wurde nicht geöffnet ({detail})</translation>
    </message>
    <message>
        <source>no workspace at {path}</source>
        <translation>Kein Arbeitsbereich unter {path}</translation>
    </message>
    <message>
        <source>{path}: updating the schema from {revision} failed and was rolled back ({reason}); a copy from before is at {backup}</source>
        <translation>{path}: Die Aktualisierung des Schemas von {revision} ist fehlgeschlagen und wurde zurückgenommen ({reason}); eine Sicherung von vorher liegt unter {backup}</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only file or folder); copy it to a writable place</source>
        <translation>{path} kann nicht geschrieben werden (Datei oder Ordner schreibgeschützt); bitte an einen beschreibbaren Ort kopieren</translation>
    </message>
</context>
</TS>
