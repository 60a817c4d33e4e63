<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>frei lassen oder Spitzname, z. B. „Radlerin“</source>
      <translation>leave empty or a nickname, e.g. “cyclist”</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>möchte als Autor:in ihrer Beiträge &amp;genannt werden</source>
      <translation>wants to be &amp;named as the author of their contributions</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Name als Autor:in</source>
      <translation>Name as author</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Teilnehmende bleiben pseudonym: eine Nummer und, wer mag, ein Spitzname. Ein Name wird nur gespeichert, wenn die Person ausdrücklich als Autor:in genannt werden möchte.</source>
      <translation>Participants stay pseudonymous: a number and, if they like, a nickname. A name is stored only if the person explicitly wants to be named as an author.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Pseudonym:</source>
      <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Name als Autor:in:</source>
      <translation>&amp;Name as author:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Zweck</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>auf &amp;Papier unterschrieben</source>
      <translation>signed on &amp;paper</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>am &amp;Bildschirm bestätigt</source>
      <translation>confirmed on &amp;screen</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Einwilligungstext</source>
      <translation>Consent text</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>E-Mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Erfasst von</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Die Person hat den Text gelesen und eingewilligt.</source>
      <translation>The person has read the text and &amp;agreed.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Zweck:</source>
      <translation>P&amp;urpose:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Einwilligung:</source>
      <translation>Consent:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;E-Mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Telefon:</source>
      <translation>P&amp;hone:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Erfasst &amp;von:</source>
      <translation>Recorded &amp;by:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Einwilligung speichern</source>
      <translation>Save consent</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Daten endgültig löschen</source>
      <translation>Erase data permanently</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Gelöscht werden Name, E-Mail und Telefon, der Spitzname und die Nennung als Autor:in. Beiträge (Karten, Punkte, Steckbriefe) bleiben ohne Namen erhalten.

Das Löschen kann NICHT rückgängig gemacht werden – es ist die einzige Aktion der Werkstatt ohne „Rückgängig“. Festgehalten wird nur, dass und wann gelöscht wurde (ohne personenbezogene Daten), damit die Löschung auch nach einer Synchronisation und nach dem Wiederherstellen einer Sicherung gilt.</source>
      <translation>Name, e-mail and phone, the nickname and being named as author are erased. Contributions (cards, dots, measure profiles) stay, without a name.

Erasure can NOT be undone – it is the only action in the Werkstatt without “Undo”. Only the fact and time of the erasure are kept (without personal data), so that the erasure also holds after a sync and after restoring a backup.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Ich habe verstanden, dass dies nicht rückgängig gemacht werden kann.</source>
      <translation>I understand that this cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Endgültig &amp;löschen</source>
      <translation>&amp;Erase permanently</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Folge-Adresse und Einwilligungen</source>
      <translation>Follow-up address and consents</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Folge-&amp;Adresse:</source>
      <translation>Follow-up &amp;address:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Organisierende &amp;Stelle:</source>
      <translation>Organising &amp;office:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>&amp;Erfasst von (dieser Laptop):</source>
      <translation>&amp;Recorded by (this laptop):</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>{token} wird durch eine Zufallskennung ersetzt (128 Bit) – ohne Namen, ohne Bezug zu Personen. Unter dieser Adresse veröffentlicht die Stadt die exportierten Folgeseiten.</source>
      <translation>{token} is replaced by a random code (128 bits) – no names, no link to any person. The city publishes the exported follow-up pages at this address.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Teilnehmende bearbeiten</source>
      <translation>Edit participant</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Teilnehmende hinzufügen</source>
      <translation>Add participant</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Nummer:</source>
      <translation>Number:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Einwilligungstext (so wie gezeigt gespeichert):</source>
      <translation>Consent text (stored exactly as shown):</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Bitte Name, E-Mail oder Telefon eintragen.</source>
      <translation>Please enter a name, e-mail or phone number.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Bitte eintragen, wer die Einwilligung erfasst.</source>
      <translation>Please enter who records the consent.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Bitte den Namen eintragen, unter dem die Person genannt wird.</source>
      <translation>Please enter the name under which the person is named.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Einwilligung erfassen – {0}</source>
      <translation>Record consent – {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Version {0} · SHA-256 {1}…</source>
      <translation>Version {0} · SHA-256 {1}…</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Alle personenbezogenen Daten von {0} löschen?</source>
      <translation>Erase all personal data of {0}?</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Beispiel: {0}</source>
      <translation>Example: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/dialogs.py" />
      <source>Bitte die organisierende Stelle eintragen.</source>
      <translation>Please enter the organising office.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>✂ entlang der Linien schneiden</source>
      <translation>✂ cut along the lines</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Scannen oder eingeben:</source>
      <translation>Scan or type:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Der Drucker konnte nicht geöffnet werden.</source>
      <translation>The printer could not be opened.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Handzettel mit QR-Codes</source>
      <translation>Handouts with QR codes</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Exemplare der Sitzungskarte</source>
      <translation>Copies of the session card</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Karten für die &amp;Steckbriefe</source>
      <translation>Cards for the &amp;measure profiles</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Vorschau der Seiten</source>
      <translation>Page preview</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>&amp;Drucken …</source>
      <translation>&amp;Print …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Als &amp;PDF speichern …</source>
      <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Schließen</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>&amp;Exemplare der Sitzungskarte:</source>
      <translation>&amp;Copies of the session card:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Handzettel drucken</source>
      <translation>Print handouts</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Handzettel als PDF speichern</source>
      <translation>Save handouts as PDF</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Erzeuge PDF …</source>
      <translation>Creating PDF …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>{0} Karten auf {1} Seite(n) A4</source>
      <translation>{0} cards on {1} A4 page(s)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Drucken</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Handzettel</source>
      <translation>Handouts</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Seite {0}</source>
      <translation>Page {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Gespeichert: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/handout_view.py" />
      <source>Speichern fehlgeschlagen: {0}</source>
      <translation>Saving failed: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Suchen (Nummer, Pseudonym) …</source>
      <translation>Search (number, pseudonym) …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Teilnehmende suchen</source>
      <translation>Search participants</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&amp;Kontaktdaten zeigen</source>
      <translation>Show &amp;contact data</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Namen und Adressen nur zeigen, wenn niemand mitliest.</source>
      <translation>Show names and addresses only when nobody is looking on.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Teilnehmende der Veranstaltung</source>
      <translation>Participants of the event</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Hin&amp;zufügen</source>
      <translation>A&amp;dd</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>B&amp;earbeiten …</source>
      <translation>&amp;Edit …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Entfe&amp;rnen</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>E&amp;inwilligung erfassen …</source>
      <translation>Record c&amp;onsent …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Einwilligung widerr&amp;ufen</source>
      <translation>Withdra&amp;w consent</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Daten &amp;löschen …</source>
      <translation>E&amp;rase data …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Handzettel mit &amp;QR …</source>
      <translation>Handouts with &amp;QR …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&amp;Folgeseiten exportieren …</source>
      <translation>Export &amp;follow-up pages …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&amp;Newsletter-Liste (CSV) …</source>
      <translation>&amp;Newsletter list (CSV) …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Fol&amp;ge-Adresse …</source>
      <translation>Follow-up addre&amp;ss …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Neue pseudonyme Teilnehmende (Strg+Umschalt+T)</source>
      <translation>New pseudonymous participant (Ctrl+Shift+T)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Alle personenbezogenen Daten löschen – ohne Rückgängig</source>
      <translation>Erase all personal data – cannot be undone</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>– (pseudonym, keine Kontaktdaten)</source>
      <translation>– (pseudonymous, no contact data)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Papier</source>
      <translation>paper</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Bildschirm</source>
      <translation>screen</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Als Autor:in genannt</source>
      <translation>Named as author</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Kontakt / Einwilligung</source>
      <translation>Contact / consent</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Folgen ohne personenbezogene Daten:</source>
      <translation>Follow-ups without personal data:</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>{0} · Einwilligung vom {1} ({2}): {3}</source>
      <translation>{0} · consent of {1} ({2}): {3}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Ordner für die Folgeseiten wählen</source>
      <translation>Choose a folder for the follow-up pages</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Erzeuge Folgeseiten …</source>
      <translation>Creating follow-up pages …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Newsletter-Liste speichern (enthält Kontaktdaten)</source>
      <translation>Save newsletter list (contains contact data)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>CSV-Dateien (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&amp;Handzettel mit QR-Codes …</source>
      <translation>&amp;Handouts with QR codes …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&amp;Folgeseiten (HTML) …</source>
      <translation>&amp;Follow-up pages (HTML) …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&amp;Newsletter-Liste (CSV, Kontaktdaten) …</source>
      <translation>&amp;Newsletter list (CSV, contact data) …</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Bitte zuerst eine Sitzung öffnen.</source>
      <translation>Please open a session first.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>&lt;b&gt;Teilnehmende von „{0}“&lt;/b&gt;: {1}, davon {2} mit Einwilligung für Kontaktdaten. Teilnehmende sind pseudonym; Beiträge sind mit keinem Namen verbunden, außer jemand möchte als Autor:in genannt werden.</source>
      <translation>&lt;b&gt;Participants of “{0}”&lt;/b&gt;: {1}, {2} of them with consent to contact data. Participants are pseudonymous; contributions are linked to no name unless someone wants to be named as author.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>widerrufen am {0} – {1} noch gespeichert (löschen?)</source>
      <translation>withdrawn on {0} – {1} still stored (erase?)</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Die Daten von {0} wurden gelöscht.</source>
      <translation>The data of {0} were erased.</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Teilnehmende Nr. {0} bearbeiten</source>
      <translation>Edit participant no. {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Teilnehmende Nr. {0} entfernen</source>
      <translation>Remove participant no. {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Einwilligung von Nr. {0} erfassen</source>
      <translation>Record consent of no. {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>Einwilligung von Nr. {0} widerrufen</source>
      <translation>Withdraw consent of no. {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>{0} Folgeseiten in {1}</source>
      <translation>{0} follow-up pages in {1}</translation>
    </message>
    <message>
      <location filename="../../../ui/participants/tab.py" />
      <source>{0} Kontakte in {1}</source>
      <translation>{0} contacts in {1}</translation>
    </message>
    <message>
      <source>&amp;Teilnehmende</source>
      <translation>&amp;Participants</translation>
    </message>
    <message>
      <source>Vorlage der Folge-Adresse ({token} wird ersetzt)</source>
      <translation>Follow-up address template ({token} is replaced)</translation>
    </message>
    <message>
      <source>Organisierende Stelle</source>
      <translation>Organising office</translation>
    </message>
    <message>
      <source>Name für Einwilligungen und Protokolle</source>
      <translation>Name for consents and protocols</translation>
    </message>
  </context>
</TS>
