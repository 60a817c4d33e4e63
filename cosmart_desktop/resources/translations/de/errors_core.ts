<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>{what} {row_id} not found</source>
        <translation>{what} {row_id} nicht gefunden</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>Stimmzettel</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>contact consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>criteria catalogue</source>
        <translation>Kriterienkatalog</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>handlungsfeld</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>kennzahl</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>leitthema</source>
        <translation>Leitthema</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>steckbrief</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>strategic goal</source>
        <translation>Strategisches Ziel</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>vote option</source>
        <translation>Abstimmungsoption</translation>
    </message>
    <message>
        <source>vote round</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>cannot change field(s): {fields}</source>
        <translation>Diese(s) Feld(er) können nicht geändert werden: {fields}</translation>
    </message>
    <message>
        <source>process step must be 1 to 5</source>
        <translation>Der Prozessschritt muss zwischen 1 und 5 liegen</translation>
    </message>
    <message>
        <source>date must be a date</source>
        <translation>Das Datum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>unknown event field(s): {fields}</source>
        <translation>Unbekannte(s) Feld(er) der Veranstaltung: {fields}</translation>
    </message>
    <message>
        <source>the new order must name exactly the session's phases</source>
        <translation>Die neue Reihenfolge muss genau die Phasen der Sitzung enthalten</translation>
    </message>
    <message>
        <source>a session needs at least one phase</source>
        <translation>Eine Sitzung braucht mindestens eine Phase</translation>
    </message>
    <message>
        <source>timer must be between 0 and 24 hours</source>
        <translation>Der Timer muss zwischen 0 und 24 Stunden liegen</translation>
    </message>
</context>
</TS>
