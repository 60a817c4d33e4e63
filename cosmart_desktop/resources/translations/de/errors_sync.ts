<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>unsupported store {backend!r}: use PostgreSQL or an SQLite file</source>
        <translation>Nicht unterstützter Speicher {backend!r}: PostgreSQL oder eine SQLite-Datei verwenden</translation>
    </message>
    <message>
        <source>no store address given (postgresql+psycopg://… or sqlite:///path)</source>
        <translation>Keine Speicheradresse angegeben (postgresql+psycopg://… oder sqlite:///Pfad)</translation>
    </message>
    <message>
        <source>the store address contains a NUL character</source>
        <translation>Die Speicheradresse enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the SQLite store {database} is a network path (UNC); SQLite's file locking is unreliable on network shares, so several laptops could corrupt it. Use PostgreSQL as the shared store, or an SQLite file on a local disk.</source>
        <translation>Der SQLite-Speicher {database} ist ein Netzwerkpfad (UNC); auf Netzwerkfreigaben sperrt SQLite Dateien nicht zuverlässig, mehrere Laptops könnten den Speicher beschädigen. PostgreSQL als gemeinsamen Speicher verwenden oder eine SQLite-Datei auf einer lokalen Festplatte.</translation>
    </message>
    <message>
        <source>the SQLite store {database} is on {drive}, a network drive; SQLite's file locking is unreliable on network shares, so several laptops could corrupt it. Use PostgreSQL as the shared store, or an SQLite file on a local disk.</source>
        <translation>Der SQLite-Speicher {database} liegt auf {drive}, einem Netzlaufwerk; auf Netzwerkfreigaben sperrt SQLite Dateien nicht zuverlässig, mehrere Laptops könnten den Speicher beschädigen. PostgreSQL als gemeinsamen Speicher verwenden oder eine SQLite-Datei auf einer lokalen Festplatte.</translation>
    </message>
    <message>
        <source>the SQLite store {path} is on a network file system ({fstype} at {mount}); SQLite's file locking is unreliable there, so several laptops could corrupt it. Use PostgreSQL as the shared store, or an SQLite file on a local disk.</source>
        <translation>Der SQLite-Speicher {path} liegt auf einem Netzwerk-Dateisystem ({fstype} unter {mount}); dort sperrt SQLite Dateien nicht zuverlässig, mehrere Laptops könnten den Speicher beschädigen. PostgreSQL als gemeinsamen Speicher verwenden oder eine SQLite-Datei auf einer lokalen Festplatte.</translation>
    </message>
    <message>
        <source>not a store address; use postgresql+psycopg://user@host/database or sqlite:///path/to/store.sqlite</source>
        <translation>Keine Speicheradresse; postgresql+psycopg://benutzer@rechner/datenbank oder sqlite:///pfad/zum/speicher.sqlite verwenden</translation>
    </message>
    <message>
        <source>unsupported PostgreSQL driver {driver!r}; use +psycopg</source>
        <translation>Nicht unterstützter PostgreSQL-Treiber {driver!r}; +psycopg verwenden</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database (…/DATABASE)</source>
        <translation>Die PostgreSQL-Adresse nennt keine Datenbank (…/DATENBANK)</translation>
    </message>
    <message>
        <source>an SQLite store needs a file path: sqlite:///path/to/store.sqlite</source>
        <translation>Ein SQLite-Speicher braucht einen Dateipfad: sqlite:///pfad/zum/speicher.sqlite</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>Unbekannte Tabelle {table}</translation>
    </message>
    <message>
        <source>that version of the picture is no longer kept on this computer</source>
        <translation>Diese Fassung des Fotos ist auf diesem Computer nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>{table}.{field} cannot be restored here</source>
        <translation>{table}.{field} kann hier nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>conflict {conflict_id} not found</source>
        <translation>Konflikt {conflict_id} nicht gefunden</translation>
    </message>
    <message>
        <source>this value cannot be restored: {reason}</source>
        <translation>Dieser Wert kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>the store {store} refused the login: {reason}</source>
        <translation>Der Speicher {store} hat die Anmeldung abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>the store {store} was set up by a newer Co-Smart Werkstatt (store schema {version}); please update the program</source>
        <translation>Der Speicher {store} wurde von einer neueren Co-Smart Werkstatt eingerichtet (Speicherschema {version}); bitte das Programm aktualisieren</translation>
    </message>
    <message>
        <source>{path} is a database but not a Co-Smart store (a workspace?); choose another file for the store</source>
        <translation>{path} ist eine Datenbank, aber kein Co-Smart-Speicher (ein Arbeitsbereich?); bitte eine andere Datei als Speicher wählen</translation>
    </message>
    <message>
        <source>this computer's clock is {hours:.1f} h ahead of the store's; its changes were not sent. Please set the clock right and sync again</source>
        <translation>Die Uhr dieses Computers geht {hours:.1f} h gegenüber dem Speicher vor; seine Änderungen wurden nicht gesendet. Bitte die Uhr richtig stellen und erneut synchronisieren</translation>
    </message>
    <message>
        <source>this workspace has the same site id ({site}…) as another workspace that already synced with this store, but a different history: it is a copy of that file (or an older backup of it). Syncing it would lose or mix up changes, so it was refused; sync the original workspace, or start from a fresh one</source>
        <translation>Dieser Arbeitsbereich hat dieselbe Kennung ({site}…) wie ein anderer, der schon mit diesem Speicher synchronisiert hat, aber einen anderen Verlauf: Er ist eine Kopie jener Datei (oder eine ältere Sicherung davon). Synchronisieren würde Änderungen verlieren oder vermischen und wurde daher abgelehnt; den ursprünglichen Arbeitsbereich synchronisieren oder mit einem neuen beginnen</translation>
    </message>
    <message>
        <source>the store cannot be the workspace itself</source>
        <translation>Der Speicher kann nicht der Arbeitsbereich selbst sein</translation>
    </message>
    <message>
        <source>there is no store at {path}</source>
        <translation>Unter {path} gibt es keinen Speicher</translation>
    </message>
    <message>
        <source>cannot reach the store {store}: {reason}</source>
        <translation>Der Speicher {store} ist nicht erreichbar: {reason}</translation>
    </message>
</context>
</TS>
