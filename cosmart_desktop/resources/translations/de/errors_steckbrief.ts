<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>kind must be 'ko' or 'scored'</source>
        <translation>Die Art des Kriteriums muss 'ko' (K.O.-Kriterium) oder 'scored' (bewertet) sein</translation>
    </message>
    <message>
        <source>the weight must be a number</source>
        <translation>Gewicht muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the weight must be between 0 and 100</source>
        <translation>Gewicht muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>no criteria catalogue in this workspace</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Kriterienkatalog</translation>
    </message>
    <message>
        <source>a criteria catalogue needs at least one criterion</source>
        <translation>Ein Kriterienkatalog braucht mindestens ein Kriterium</translation>
    </message>
    <message>
        <source>{name}: too large for a criteria catalogue</source>
        <translation>{name}: zu groß für einen Kriterienkatalog</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name}: not JSON (line {line}: {reason})</source>
        <translation>{name}: kein JSON (Zeile {line}: {reason})</translation>
    </message>
    <message>
        <source>{label}: expected named parts</source>
        <translation>{label}: Es werden benannte Teile erwartet</translation>
    </message>
    <message>
        <source>{label}: unknown part(s) {parts}</source>
        <translation>{label}: unbekannte(r) Teil(e) {parts}</translation>
    </message>
    <message>
        <source>Stadtteile: expected a list of names</source>
        <translation>Stadtteile: Es wird eine Liste von Namen erwartet</translation>
    </message>
    <message>
        <source>the priority must be hoch, mittel or niedrig</source>
        <translation>Priorität muss hoch, mittel oder niedrig sein</translation>
    </message>
    <message>
        <source>unknown status {status!r}</source>
        <translation>Unbekannter Status {status!r}</translation>
    </message>
    <message>
        <source>enter a name for ratings first</source>
        <translation>Bitte zuerst einen Namen für Bewertungen eintragen</translation>
    </message>
    <message>
        <source>unknown Steckbrief field(s): {fields}</source>
        <translation>Unbekannte(s) Feld(er) im Steckbrief: {fields}</translation>
    </message>
    <message>
        <source>that session belongs to another event</source>
        <translation>Diese Sitzung gehört zu einer anderen Veranstaltung</translation>
    </message>
    <message>
        <source>a Steckbrief from a card, cluster or vote needs its session</source>
        <translation>Ein Steckbrief aus einer Karte, einem Cluster oder einer Abstimmung braucht deren Sitzung</translation>
    </message>
    <message>
        <source>that vote option belongs to another session</source>
        <translation>Diese Abstimmungsoption gehört zu einer anderen Sitzung</translation>
    </message>
    <message>
        <source>that cluster belongs to another session</source>
        <translation>Dieser Cluster gehört zu einer anderen Sitzung</translation>
    </message>
    <message>
        <source>that card belongs to another session</source>
        <translation>Diese Karte gehört zu einer anderen Sitzung</translation>
    </message>
    <message>
        <source>the Handlungsfeld belongs to another Leitthema</source>
        <translation>Handlungsfeld gehört zu einem anderen Leitthema</translation>
    </message>
    <message>
        <source>{field} has no parts</source>
        <translation>{field} hat keine Teile</translation>
    </message>
    <message>
        <source>“{criterion}”: the value must be between 0 and {top}</source>
        <translation>„{criterion}“: Wert muss zwischen 0 und {top} liegen</translation>
    </message>
    <message>
        <source>unknown Leitthema “{name}”</source>
        <translation>Unbekanntes Leitthema „{name}“</translation>
    </message>
    <message>
        <source>unknown Handlungsfeld “{name}”</source>
        <translation>Unbekanntes Handlungsfeld „{name}“</translation>
    </message>
    <message>
        <source>Handlungsfeld “{field}” does not belong to “{theme}”</source>
        <translation>Handlungsfeld „{field}“ gehört nicht zu „{theme}“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>{name}: larger than {size} MB</source>
        <translation>{name}: größer als {size} MB</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{source}: contains NUL characters (not a CSV text file)</source>
        <translation>{source}: enthält NUL-Zeichen (keine CSV-Textdatei)</translation>
    </message>
    <message>
        <source>{source}, line 1: column “{column}” names {field} twice</source>
        <translation>{source}, Zeile 1: Die Spalte „{column}“ nennt {field} ein zweites Mal</translation>
    </message>
    <message>
        <source>{source}, line 1: no title column (titel or title) in the header</source>
        <translation>{source}, Zeile 1: keine Titelspalte (titel oder title) in der Kopfzeile</translation>
    </message>
    <message>
        <source>line {line}: {count} cells, the header has {header}</source>
        <translation>Zeile {line}: {count} Zellen, die Kopfzeile hat {header}</translation>
    </message>
    <message>
        <source>{source}: nothing imported, {count} bad line(s): {problems} (and {more} more)</source>
        <translation>{source}: nichts importiert, {count} fehlerhafte Zeile(n): {problems} (und {more} weitere)</translation>
    </message>
    <message>
        <source>{source}: nothing imported, {count} bad line(s): {problems}</source>
        <translation>{source}: nichts importiert, {count} fehlerhafte Zeile(n): {problems}</translation>
    </message>
    <message>
        <source>{source}: no Steckbriefe in the file</source>
        <translation>{source}: keine Steckbriefe in der Datei</translation>
    </message>
    <message>
        <source>unknown part of the strategy frame: {kind}</source>
        <translation>Unbekannter Teil des Strategierahmens: {kind}</translation>
    </message>
    <message>
        <source>unknown field(s): {fields}</source>
        <translation>Unbekannte(s) Feld(er): {fields}</translation>
    </message>
    <message>
        <source>{kind} needs a parent</source>
        <translation>{kind} braucht eine übergeordnete Ebene im Strategierahmen</translation>
    </message>
    <message>
        <source>{kind} is used by {used} Steckbrief(e) and cannot be deleted</source>
        <translation>{kind} wird von {used} Steckbrief(en) verwendet und kann nicht gelöscht werden</translation>
    </message>
</context>
</TS>
