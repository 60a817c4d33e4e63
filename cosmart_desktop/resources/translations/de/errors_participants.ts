<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>participant number must be between 1 and 999999</source>
        <translation>Die Nummer der teilnehmenden Person muss zwischen 1 und 999999 liegen</translation>
    </message>
    <message>
        <source>cannot change participant field(s): {fields}</source>
        <translation>Diese(s) Feld(er) der teilnehmenden Person können nicht geändert werden: {fields}</translation>
    </message>
    <message>
        <source>a consent without name, e-mail or phone stores nothing</source>
        <translation>Eine Einwilligung ohne Name, E-Mail oder Telefon speichert nichts</translation>
    </message>
    <message>
        <source>the consent text shown must name the purpose</source>
        <translation>Der gezeigte Einwilligungstext muss den Zweck nennen</translation>
    </message>
    <message>
        <source>erfasst von: who recorded the consent must be named</source>
        <translation>erfasst von: Bitte angeben, wer die Einwilligung erfasst hat</translation>
    </message>
    <message>
        <source>consent time must carry a time zone</source>
        <translation>Der Zeitpunkt der Einwilligung braucht eine Zeitzone</translation>
    </message>
    <message>
        <source>this participant's data was erased; nothing can be changed</source>
        <translation>Die Daten dieser Person wurden gelöscht; es kann nichts mehr geändert werden</translation>
    </message>
    <message>
        <source>this participant has contact data: withdraw the consent or erase the data</source>
        <translation>Zu dieser Person sind Kontaktdaten gespeichert: Einwilligung widerrufen oder Daten löschen</translation>
    </message>
    <message>
        <source>this participant is named as author; remove the authorship first</source>
        <translation>Diese Person ist als Autor:in genannt; zuerst die Nennung als Autor:in entfernen</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}: card or steckbrief</source>
        <translation>Unbekannte Art {kind!r}: Karte (card) oder Steckbrief (steckbrief)</translation>
    </message>
    <message>
        <source>consent method must be paper or screen, not {method!r}</source>
        <translation>Die Einwilligung wird auf Papier (paper) oder am Bildschirm (screen) erfasst, nicht {method!r}</translation>
    </message>
    <message>
        <source>this participant's data was erased; record a new participant</source>
        <translation>Die Daten dieser Person wurden gelöscht; bitte eine neue teilnehmende Person anlegen</translation>
    </message>
    <message>
        <source>this participant already has an active consent</source>
        <translation>Diese Person hat bereits eine gültige Einwilligung</translation>
    </message>
    <message>
        <source>this consent was already withdrawn</source>
        <translation>Diese Einwilligung wurde bereits widerrufen</translation>
    </message>
    <message>
        <source>this participant's data was erased</source>
        <translation>Die Daten dieser Person wurden gelöscht</translation>
    </message>
    <message>
        <source>only a participant who asked to be named can be named as author</source>
        <translation>Nur wer genannt werden möchte, kann als Autor:in genannt werden</translation>
    </message>
    <message>
        <source>the follow-up address must be text</source>
        <translation>Die Folge-Adresse muss Text sein</translation>
    </message>
    <message>
        <source>the follow-up address must contain {token} exactly once</source>
        <translation>Die Folge-Adresse muss {token} genau einmal enthalten</translation>
    </message>
    <message>
        <source>the follow-up address may contain no braces other than {token}</source>
        <translation>Die Folge-Adresse darf außer {token} keine geschweiften Klammern enthalten</translation>
    </message>
    <message>
        <source>the follow-up address must not contain spaces or control characters</source>
        <translation>Die Folge-Adresse darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the follow-up address must start with https:// (or http://) and a host</source>
        <translation>Die Folge-Adresse muss mit https:// (oder http://) und einem Servernamen beginnen</translation>
    </message>
    <message>
        <source>the follow-up address is too long for a small QR code (max. 200)</source>
        <translation>Die Folge-Adresse ist zu lang für einen kleinen QR-Code (höchstens 200 Zeichen)</translation>
    </message>
    <message>
        <source>not a follow-up token</source>
        <translation>Keine gültige Zufallskennung einer Folgeseite</translation>
    </message>
    <message>
        <source>follow-up target must be session or steckbrief, not {kind!r}</source>
        <translation>Eine Folgeseite gehört zu einer Sitzung (session) oder einem Steckbrief (steckbrief), nicht zu {kind!r}</translation>
    </message>
    <message>
        <source>QR error correction must be M, Q or H</source>
        <translation>Die Fehlerkorrektur des QR-Codes muss M, Q oder H sein</translation>
    </message>
    <message>
        <source>a QR code needs some text</source>
        <translation>Ein QR-Code braucht Text</translation>
    </message>
    <message>
        <source>QR text must be at most {most} characters and contain no NUL</source>
        <translation>Der Text eines QR-Codes darf höchstens {most} Zeichen lang sein und kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>the text is too long for a QR code</source>
        <translation>Der Text ist zu lang für einen QR-Code</translation>
    </message>
    <message>
        <source>no backup file at {path}</source>
        <translation>Keine Sicherungsdatei unter {path}</translation>
    </message>
    <message>
        <source>the backup and the workspace are the same file</source>
        <translation>Sicherung und Arbeitsbereich sind dieselbe Datei</translation>
    </message>
    <message>
        <source>{path} is in use by a running program; close it first</source>
        <translation>{path} wird von einem laufenden Programm benutzt; bitte zuerst dort schließen</translation>
    </message>
    <message>
        <source>the erasure journal {path} cannot be read ({reason}); without it erased data could come back, so nothing was opened</source>
        <translation>Das Löschjournal {path} kann nicht gelesen werden ({reason}); ohne es könnten gelöschte Daten zurückkommen, daher wurde nichts geöffnet</translation>
    </message>
    <message>
        <source>the erasure journal {path} cannot be written ({reason}); nothing was erased</source>
        <translation>Das Löschjournal {path} kann nicht geschrieben werden ({reason}); es wurde nichts gelöscht</translation>
    </message>
</context>
</TS>
