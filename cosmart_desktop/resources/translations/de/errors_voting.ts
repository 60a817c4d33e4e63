<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>unknown vote target {target!r}</source>
        <translation>Unbekannter Abstimmungsgegenstand {target!r}</translation>
    </message>
    <message>
        <source>that phase belongs to another session</source>
        <translation>Diese Phase gehört zu einer anderen Sitzung</translation>
    </message>
    <message>
        <source>nothing to vote on: the {target} list is empty</source>
        <translation>Nichts zum Abstimmen: Es gibt keine {target}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigenen Optionen</translation>
    </message>
    <message>
        <source>choose the phase whose cards or clusters are voted on</source>
        <translation>Bitte die Phase wählen, über deren Karten oder Cluster abgestimmt wird</translation>
    </message>
    <message>
        <source>the rules cannot change once votes have been cast</source>
        <translation>Sobald Stimmen abgegeben sind, lassen sich die Regeln nicht mehr ändern</translation>
    </message>
    <message>
        <source>options cannot be added once votes have been cast</source>
        <translation>Sobald Stimmen abgegeben sind, lassen sich keine Optionen mehr hinzufügen</translation>
    </message>
    <message>
        <source>the Passivlösung is always part of a Widerstandsabfrage</source>
        <translation>Die Passivlösung gehört immer zu einer Widerstandsabfrage</translation>
    </message>
    <message>
        <source>options cannot be removed once votes have been cast</source>
        <translation>Sobald Stimmen abgegeben sind, lassen sich keine Optionen mehr entfernen</translation>
    </message>
    <message>
        <source>the voter code is not valid text</source>
        <translation>Der Abstimmungscode ist kein gültiger Text</translation>
    </message>
    <message>
        <source>please enter your voter code</source>
        <translation>Bitte geben Sie Ihren Abstimmungscode ein</translation>
    </message>
    <message>
        <source>a voter code has at most 64 characters</source>
        <translation>Ein Abstimmungscode hat höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>the count must be a whole number ≥ 0</source>
        <translation>Die Anzahl muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>at most 100,000 votes per item</source>
        <translation>Höchstens 100.000 Stimmen pro Element</translation>
    </message>
    <message>
        <source>this vote is closed</source>
        <translation>Diese Abstimmung ist abgeschlossen</translation>
    </message>
    <message>
        <source>that option belongs to another vote</source>
        <translation>Diese Option gehört zu einer anderen Abstimmung</translation>
    </message>
    <message>
        <source>{column!r} is not a column of this vote</source>
        <translation>{column!r} ist keine Spalte dieser Abstimmung</translation>
    </message>
    <message>
        <source>this voter code has already been used in this vote</source>
        <translation>Mit diesem Abstimmungscode wurde in dieser Abstimmung schon abgestimmt</translation>
    </message>
    <message>
        <source>this voter code has voted again in the meantime</source>
        <translation>Mit diesem Abstimmungscode wurde inzwischen noch einmal abgestimmt</translation>
    </message>
</context>
</TS>
