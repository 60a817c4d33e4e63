<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <source>(leer)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>nein</source>
      <translation>no</translation>
    </message>
    <message>
      <source>dieser Laptop</source>
      <translation>this laptop</translation>
    </message>
    <message>
      <source>Sync-Konflikte</source>
      <translation>Sync conflicts</translation>
    </message>
    <message>
      <source>Diese Änderungen wurden gleichzeitig an verschiedenen Laptops gemacht. Gewonnen hat die jüngste; die andere steht hier und kann wiederhergestellt werden.</source>
      <translation>These changes were made at the same time on different laptops. The latest one won; the other is listed here and can be restored.</translation>
    </message>
    <message>
      <source>Konflikte</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Keine offenen Konflikte.</source>
      <translation>No open conflicts.</translation>
    </message>
    <message>
      <source>Einzelheiten des gewählten Konflikts</source>
      <translation>Details of the selected conflict</translation>
    </message>
    <message>
      <source>&amp;Erledigte anzeigen</source>
      <translation>Show &amp;resolved</translation>
    </message>
    <message>
      <source>Verlorenen Wert &amp;wiederherstellen</source>
      <translation>&amp;Restore the losing value</translation>
    </message>
    <message>
      <source>Bild {0}</source>
      <translation>Picture {0}</translation>
    </message>
    <message>
      <source>Konfliktwert „{0}“ wiederherstellen</source>
      <translation>Restore conflict value “{0}”</translation>
    </message>
    <message>
      <source>Synchronisieren</source>
      <translation>Synchronise</translation>
    </message>
    <message>
      <source>Alle Änderungen dieses Laptops werden in den gemeinsamen Speicher gesendet und die der anderen Laptops empfangen. PostgreSQL für mehrere Rechner, oder eine SQLite-Datei auf einer lokalen Festplatte.</source>
      <translation>All changes of this laptop are sent to the shared store, and those of the other laptops are received. PostgreSQL for several computers, or an SQLite file on a local disk.</translation>
    </message>
    <message>
      <source>Adresse des gemeinsamen Speichers</source>
      <translation>Address of the shared store</translation>
    </message>
    <message>
      <source>&amp;Datei wählen …</source>
      <translation>Choose &amp;file …</translation>
    </message>
    <message>
      <source>SQLite-Datei als Speicher wählen</source>
      <translation>Choose an SQLite file as the store</translation>
    </message>
    <message>
      <source>&amp;Speicher:</source>
      <translation>S&amp;tore:</translation>
    </message>
    <message>
      <source>Passwort für den Speicher</source>
      <translation>Password for the store</translation>
    </message>
    <message>
      <source>&amp;Passwort:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>Passwort im &amp;Schlüsselbund des Systems merken</source>
      <translation>Remember the password in the system &amp;keyring</translation>
    </message>
    <message>
      <source>Gesendet:</source>
      <translation>Sent:</translation>
    </message>
    <message>
      <source>Empfangen:</source>
      <translation>Received:</translation>
    </message>
    <message>
      <source>Neue Konflikte:</source>
      <translation>New conflicts:</translation>
    </message>
    <message>
      <source>Abgelehnt:</source>
      <translation>Refused:</translation>
    </message>
    <message>
      <source>Verbindung &amp;testen</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <source>&amp;Synchronisieren</source>
      <translation>&amp;Synchronise</translation>
    </message>
    <message>
      <source>&amp;Konflikte anzeigen …</source>
      <translation>Show &amp;conflicts …</translation>
    </message>
    <message>
      <source>Gemeinsamen Speicher wählen</source>
      <translation>Choose the shared store</translation>
    </message>
    <message>
      <source>SQLite-Dateien (*.sqlite *.db)</source>
      <translation>SQLite files (*.sqlite *.db)</translation>
    </message>
    <message>
      <source>Verbunden. Der Speicher ist noch leer und wird beim ersten Synchronisieren angelegt.</source>
      <translation>Connected. The store is still empty and will be set up by the first sync.</translation>
    </message>
    <message>
      <source>Kein Schlüsselbund verfügbar: das Passwort wird jedes Mal erfragt.</source>
      <translation>No keyring available: the password is asked for every time.</translation>
    </message>
    <message>
      <source>Nicht möglich: {0}</source>
      <translation>Not possible: {0}</translation>
    </message>
    <message>
      <source>Verbindung testen</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <source>Verbunden ({0}): {1} Änderungen von {2} Laptops im Speicher.</source>
      <translation>Connected ({0}): {1} changes from {2} laptops in the store.</translation>
    </message>
    <message>
      <source>Synchronisiert mit {0}.</source>
      <translation>Synchronised with {0}.</translation>
    </message>
    <message>
      <source>{0} Konflikte warten auf Durchsicht.</source>
      <translation>{0} conflicts are waiting for review.</translation>
    </message>
    <message>
      <source>Verloren: {0}
Aktuell: {1}</source>
      <translation>Lost: {0}
Current: {1}</translation>
    </message>
    <message>
      <source>S&amp;ynchronisieren …</source>
      <translation>S&amp;ynchronise …</translation>
    </message>
    <message>
      <source>Sync-&amp;Konflikte …</source>
      <translation>Sync &amp;conflicts …</translation>
    </message>
    <message>
      <source>Verbinde mit dem Speicher …</source>
      <translation>Connecting to the store …</translation>
    </message>
    <message>
      <source>Sende Änderungen …</source>
      <translation>Sending changes …</translation>
    </message>
    <message>
      <source>Empfange Änderungen …</source>
      <translation>Receiving changes …</translation>
    </message>
    <message>
      <source>Fertig</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Was</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Verlorener Wert</source>
      <translation>Losing value</translation>
    </message>
    <message>
      <source>Aktueller Wert</source>
      <translation>Current value</translation>
    </message>
    <message>
      <source>Verloren: wer/wo</source>
      <translation>Lost: who/where</translation>
    </message>
    <message>
      <source>Verloren: wann</source>
      <translation>Lost: when</translation>
    </message>
    <message>
      <source>Gewonnen: wer/wo, wann</source>
      <translation>Won: who/where, when</translation>
    </message>
    <message>
      <source>Abstimmungsoption</source>
      <translation>Vote option</translation>
    </message>
    <message>
      <source>Stimme</source>
      <translation>Vote cast</translation>
    </message>
    <message>
      <source>Stimmzettel</source>
      <translation>Ballot</translation>
    </message>
    <message>
      <source>Empfehlung</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <source>Bewertung</source>
      <translation>Rating</translation>
    </message>
    <message>
      <source>Teilnehmende</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Kontakt</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Beschriftung</source>
      <translation>Label</translation>
    </message>
    <message>
      <source>Position x</source>
      <translation>Position x</translation>
    </message>
    <message>
      <source>Position y</source>
      <translation>Position y</translation>
    </message>
    <message>
      <source>gelöscht</source>
      <translation>deleted</translation>
    </message>
    <message>
      <source>Notizen</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Ort</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>zusammengelegt mit</source>
      <translation>merged with</translation>
    </message>
  </context>
</TS>
