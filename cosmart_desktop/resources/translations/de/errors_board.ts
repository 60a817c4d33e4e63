<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>no cards to add</source>
        <translation>Keine Karten zum Hinzufügen</translation>
    </message>
    <message>
        <source>cluster {cluster_id} not found in this phase</source>
        <translation>Cluster {cluster_id} gibt es in dieser Phase nicht</translation>
    </message>
    <message>
        <source>items of several phases cannot be moved together</source>
        <translation>Elemente aus mehreren Phasen können nicht zusammen verschoben werden</translation>
    </message>
    <message>
        <source>card {card_id} is not on this board</source>
        <translation>Karte {card_id} liegt nicht auf dieser Pinnwand</translation>
    </message>
    <message>
        <source>choose cards of one phase to group</source>
        <translation>Zum Gruppieren bitte Karten aus nur einer Phase auswählen</translation>
    </message>
    <message>
        <source>choose at least one card to group</source>
        <translation>Zum Gruppieren bitte mindestens eine Karte auswählen</translation>
    </message>
    <message>
        <source>choose at least two cards to merge</source>
        <translation>Zum Zusammenführen bitte mindestens zwei Karten auswählen</translation>
    </message>
    <message>
        <source>that card is already merged into another</source>
        <translation>Diese Karte ist bereits mit einer anderen zusammengeführt</translation>
    </message>
    <message>
        <source>this card has no merged duplicates</source>
        <translation>Diese Karte hat keine zusammengeführten Duplikate</translation>
    </message>
    <message>
        <source>choose cards or clusters to carry forward</source>
        <translation>Bitte Karten oder Cluster zum Übernehmen auswählen</translation>
    </message>
    <message>
        <source>photos are not carried forward</source>
        <translation>Fotos werden nicht in eine andere Phase übernommen</translation>
    </message>
    <message>
        <source>{what} {row_id} was deleted</source>
        <translation>{what} {row_id} wurde gelöscht</translation>
    </message>
    <message>
        <source>cards can only be carried within one session</source>
        <translation>Karten können nur innerhalb einer Sitzung übernommen werden</translation>
    </message>
    <message>
        <source>choose another phase to carry into</source>
        <translation>Bitte eine andere Zielphase wählen</translation>
    </message>
    <message>
        <source>the CSV file needs a header line with a column “text” (or “Text”); its first line is: {first_line}</source>
        <translation>Die CSV-Datei braucht eine Kopfzeile mit einer Spalte „text“ (oder „Text“); ihre erste Zeile lautet: {first_line}</translation>
    </message>
    <message>
        <source>line {line}: {count} fields, the header has {header}</source>
        <translation>Zeile {line}: {count} Felder, die Kopfzeile hat {header}</translation>
    </message>
    <message>
        <source>line {line}: the text is empty</source>
        <translation>Zeile {line}: Der Text ist leer</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>{name} is larger than 64 MB</source>
        <translation>{name} ist größer als 64 MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>no phase “{phase}” in this session</source>
        <translation>In dieser Sitzung gibt es keine Phase „{phase}“</translation>
    </message>
    <message>
        <source>the session has no phase to import into</source>
        <translation>Die Sitzung hat keine Phase, in die importiert werden kann</translation>
    </message>
    <message>
        <source>{count} bad line(s), nothing was imported: {problems}; and {more} more</source>
        <translation>{count} fehlerhafte Zeile(n), nichts wurde importiert: {problems}; und {more} weitere</translation>
    </message>
    <message>
        <source>{count} bad line(s), nothing was imported: {problems}</source>
        <translation>{count} fehlerhafte Zeile(n), nichts wurde importiert: {problems}</translation>
    </message>
    <message>
        <source>the file holds no cards</source>
        <translation>Die Datei enthält keine Karten</translation>
    </message>
    <message>
        <source>the UTF-16 file is damaged; save it as UTF-8</source>
        <translation>Die UTF-16-Datei ist beschädigt; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <source>line {line}: not valid UTF-8 (byte {column} of the line); save the file as UTF-8 — nothing was imported</source>
        <translation>Zeile {line}: kein gültiges UTF-8 (Byte {column} der Zeile); bitte die Datei als UTF-8 speichern – nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}: contains a NUL character — nothing was imported</source>
        <translation>Zeile {line}: enthält ein NUL-Zeichen – nichts wurde importiert</translation>
    </message>
    <message>
        <source>the photo is {size} MB; at most 60 MB are accepted</source>
        <translation>Das Foto ist {size} MB groß; höchstens 60 MB sind möglich</translation>
    </message>
    <message>
        <source>the photo has too many pixels to be a photo of a pinboard</source>
        <translation>Das Foto hat zu viele Pixel für das Foto einer Pinnwand</translation>
    </message>
    <message>
        <source>not a readable image ({error})</source>
        <translation>Kein lesbares Bild ({error})</translation>
    </message>
    <message>
        <source>that cluster belongs to another phase</source>
        <translation>Dieser Cluster gehört zu einer anderen Phase</translation>
    </message>
    <message>
        <source>cannot change {what} field {name}</source>
        <translation>{what}: Das Feld {name} kann nicht geändert werden</translation>
    </message>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{name} must be finite</source>
        <translation>{name} muss endlich sein</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>{name} must be an id</source>
        <translation>{name} muss eine ID sein</translation>
    </message>
    <message>
        <source>card or cluster {row_id} not found</source>
        <translation>Karte oder Cluster {row_id} nicht gefunden</translation>
    </message>
    <message>
        <source>unknown board row kind {kind}</source>
        <translation>Unbekannte Art von Pinnwand-Element: {kind}</translation>
    </message>
    <message>
        <source>a card would be left in a cluster that no longer exists</source>
        <translation>Eine Karte bliebe in einem Cluster, den es nicht mehr gibt</translation>
    </message>
    <message>
        <source>a card would be merged into a card that is not on the board</source>
        <translation>Eine Karte würde mit einer Karte zusammengeführt, die nicht auf der Pinnwand liegt</translation>
    </message>
    <message>
        <source>a merged card would lose the card it is stacked under</source>
        <translation>Eine zusammengeführte Karte verlöre die Karte, unter der sie liegt</translation>
    </message>
    <message>
        <source>a deleted cluster would still hold cards</source>
        <translation>Ein gelöschter Cluster enthielte noch Karten</translation>
    </message>
    <message>
        <source>colour must be text like #ffcc80</source>
        <translation>Die Farbe muss als Text angegeben werden, z. B. #ffcc80</translation>
    </message>
    <message>
        <source>unknown colour {value!r}; use #rrggbb</source>
        <translation>Unbekannte Farbe {value!r}; bitte #rrggbb verwenden</translation>
    </message>
    <message>
        <source>line {line}: a quotation mark opens a field and is never closed</source>
        <translation>Zeile {line}: Ein Anführungszeichen öffnet ein Feld und wird nie geschlossen</translation>
    </message>
</context>
</TS>
