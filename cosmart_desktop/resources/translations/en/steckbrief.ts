<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <source>Kriterienkatalog bearbeiten</source>
      <translation>Edit criteria catalogue</translation>
    </message>
    <message>
      <source>Kriterienkatalog</source>
      <translation>Criteria catalogue</translation>
    </message>
    <message>
      <source>Für Bewertungen &amp;verwenden</source>
      <translation>&amp;Use for ratings</translation>
    </message>
    <message>
      <source>Kriterien</source>
      <translation>Criteria</translation>
    </message>
    <message>
      <source>Kriterium &amp;0–5 hinzufügen</source>
      <translation>Add &amp;0–5 criterion</translation>
    </message>
    <message>
      <source>&amp;K.O.-Kriterium hinzufügen</source>
      <translation>Add &amp;knock-out criterion</translation>
    </message>
    <message>
      <source>&amp;Löschen</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>Als JSON &amp;exportieren …</source>
      <translation>&amp;Export as JSON …</translation>
    </message>
    <message>
      <source>JSON &amp;importieren …</source>
      <translation>&amp;Import JSON …</translation>
    </message>
    <message>
      <source>Neues K.O.-Kriterium</source>
      <translation>New knock-out criterion</translation>
    </message>
    <message>
      <source>Neues Kriterium</source>
      <translation>New criterion</translation>
    </message>
    <message>
      <source>Kriterium anlegen</source>
      <translation>Add criterion</translation>
    </message>
    <message>
      <source>Kriterienkatalog exportieren</source>
      <translation>Export criteria catalogue</translation>
    </message>
    <message>
      <source>JSON-Dateien (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <source>Kriterienkatalog importieren</source>
      <translation>Import criteria catalogue</translation>
    </message>
    <message>
      <source>Kriterium</source>
      <translation>Criterion</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Gewicht</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>Leitlinie (Smart City Charta)</source>
      <translation>Guideline (Smart City Charter)</translation>
    </message>
    <message>
      <source>umgekehrt</source>
      <translation>inverse</translation>
    </message>
    <message>
      <source>Rückgängig</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Wiederholen</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Katalog:</source>
      <translation>Catalogue:</translation>
    </message>
    <message>
      <source>wird für Bewertungen verwendet</source>
      <translation>used for ratings</translation>
    </message>
    <message>
      <source>0–5 Punkte</source>
      <translation>0–5 points</translation>
    </message>
    <message>
      <source>K.O.</source>
      <translation>Knock-out</translation>
    </message>
    <message>
      <source>Kriterienkatalog wechseln</source>
      <translation>Switch criteria catalogue</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>aktiv</source>
      <translation>active</translation>
    </message>
    <message>
      <source>Kriterium „{0}“ ändern</source>
      <translation>Change criterion “{0}”</translation>
    </message>
    <message>
      <source>Kriterium „{0}“ löschen</source>
      <translation>Delete criterion “{0}”</translation>
    </message>
    <message>
      <source>Art von {0}</source>
      <translation>Kind of {0}</translation>
    </message>
    <message>
      <source>Gewicht von {0}</source>
      <translation>Weight of {0}</translation>
    </message>
    <message>
      <source>Leitlinie von {0}</source>
      <translation>Guideline of {0}</translation>
    </message>
    <message>
      <source>{0} umgekehrt werten</source>
      <translation>Score {0} inversely</translation>
    </message>
    <message>
      <source>Hinweise auf fehlende Angaben</source>
      <translation>Hints on missing details</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Kein Steckbrief gewählt. Neu anlegen mit Strg+Umschalt+B.</source>
      <translation>No measure profile selected. Create one with Ctrl+Shift+B.</translation>
    </message>
    <message>
      <source>Herkunft</source>
      <translation>Origin</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>Kern</source>
      <translation>Core</translation>
    </message>
    <message>
      <source>&amp;Kurzbeschreibung:</source>
      <translation>&amp;Summary:</translation>
    </message>
    <message>
      <source>Leitthema</source>
      <translation>Guiding theme</translation>
    </message>
    <message>
      <source>Handlungsfeld</source>
      <translation>Field of action</translation>
    </message>
    <message>
      <source>&amp;Leitthema:</source>
      <translation>Guiding &amp;theme:</translation>
    </message>
    <message>
      <source>&amp;Handlungsfeld:</source>
      <translation>&amp;Field of action:</translation>
    </message>
    <message>
      <source>Stadtteile</source>
      <translation>Districts</translation>
    </message>
    <message>
      <source>z. B. Wesertor, Mitte (Komma-getrennt)</source>
      <translation>e.g. Wesertor, Mitte (comma-separated)</translation>
    </message>
    <message>
      <source>Stadt&amp;teile:</source>
      <translation>&amp;Districts:</translation>
    </message>
    <message>
      <source>Fragen der Verwirklichungsphase</source>
      <translation>Questions of the realisation phase</translation>
    </message>
    <message>
      <source>Problem, Ziele und Zielgruppen</source>
      <translation>Problem, goals and target groups</translation>
    </message>
    <message>
      <source>&amp;Problem / Ausgangslage:</source>
      <translation>&amp;Problem / starting point:</translation>
    </message>
    <message>
      <source>&amp;Ziele und Wirkung:</source>
      <translation>&amp;Goals and impact:</translation>
    </message>
    <message>
      <source>Ziel&amp;gruppen:</source>
      <translation>Target gr&amp;oups:</translation>
    </message>
    <message>
      <source>Umsetzung</source>
      <translation>Implementation</translation>
    </message>
    <message>
      <source>&amp;Federführung:</source>
      <translation>&amp;Lead:</translation>
    </message>
    <message>
      <source>Partner:</source>
      <translation>Partners:</translation>
    </message>
    <message>
      <source>Ressourcen:</source>
      <translation>Resources:</translation>
    </message>
    <message>
      <source>Finanzierung:</source>
      <translation>Financing:</translation>
    </message>
    <message>
      <source>&amp;Zeitplan / Meilensteine:</source>
      <translation>Schedule / &amp;milestones:</translation>
    </message>
    <message>
      <source>Priorität</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>P&amp;riorität:</source>
      <translation>P&amp;riority:</translation>
    </message>
    <message>
      <source>Reife&amp;grad:</source>
      <translation>Mat&amp;urity:</translation>
    </message>
    <message>
      <source>Kenn&amp;zahlen / Indikatoren:</source>
      <translation>&amp;Indicators:</translation>
    </message>
    <message>
      <source>R&amp;isiken inkl. Datenschutz:</source>
      <translation>Ris&amp;ks incl. data protection:</translation>
    </message>
    <message>
      <source>Übertragbarkeit / Open Source:</source>
      <translation>Transferability / open source:</translation>
    </message>
    <message>
      <source>Verstetigung:</source>
      <translation>Continuation:</translation>
    </message>
    <message>
      <source>Stadtteile ändern</source>
      <translation>Change districts</translation>
    </message>
    <message>
      <source>Leitthema wählen</source>
      <translation>Choose guiding theme</translation>
    </message>
    <message>
      <source>Handlungsfeld wählen</source>
      <translation>Choose field of action</translation>
    </message>
    <message>
      <source>Priorität wählen</source>
      <translation>Choose priority</translation>
    </message>
    <message>
      <source>Alle wichtigen Angaben sind da.</source>
      <translation>All important details are there.</translation>
    </message>
    <message>
      <source>Fehlt noch (blockiert das Speichern nicht): {0}</source>
      <translation>Still missing (does not block saving): {0}</translation>
    </message>
    <message>
      <source>Unterstützung aus Abstimmungen: {0} Stimmen</source>
      <translation>Support from votes: {0} votes</translation>
    </message>
    <message>
      <source>„{0}“ ändern</source>
      <translation>Change “{0}”</translation>
    </message>
    <message>
      <source>Unbekannter Stadtteil: {0}</source>
      <translation>Unknown district: {0}</translation>
    </message>
    <message>
      <source>Cluster: {0}</source>
      <translation>Cluster: {0}</translation>
    </message>
    <message>
      <source>Abstimmung: {0}</source>
      <translation>Vote: {0}</translation>
    </message>
    <message>
      <source>… und {0} weitere Karten</source>
      <translation>… and {0} more cards</translation>
    </message>
    <message>
      <source>Status „{0}“ setzen</source>
      <translation>Set status “{0}”</translation>
    </message>
    <message>
      <source>Veranstaltung</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Alle Veranstaltungen</source>
      <translation>All events</translation>
    </message>
    <message>
      <source>Alle Stadtteile</source>
      <translation>All districts</translation>
    </message>
    <message>
      <source>Karten durchsuchen …</source>
      <translation>Search cards …</translation>
    </message>
    <message>
      <source>Ideenpool durchsuchen</source>
      <translation>Search the idea pool</translation>
    </message>
    <message>
      <source>Steckbrief aus &amp;Karte</source>
      <translation>Profile from &amp;card</translation>
    </message>
    <message>
      <source>Aus der gewählten Karte einen Steckbrief anlegen (Enter)</source>
      <translation>Create a measure profile from the selected card (Enter)</translation>
    </message>
    <message>
      <source>Ideenpool</source>
      <translation>Idea pool</translation>
    </message>
    <message>
      <source>{0} Karten ohne Steckbrief</source>
      <translation>{0} cards without a measure profile</translation>
    </message>
    <message>
      <source>Alle Leitthemen</source>
      <translation>All guiding themes</translation>
    </message>
    <message>
      <source>Alle Handlungsfelder</source>
      <translation>All fields of action</translation>
    </message>
    <message>
      <source>Jeder Status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <source>Suchen …</source>
      <translation>Search …</translation>
    </message>
    <message>
      <source>Maßnahmen durchsuchen</source>
      <translation>Search measures</translation>
    </message>
    <message>
      <source>Als &amp;CSV …</source>
      <translation>As &amp;CSV …</translation>
    </message>
    <message>
      <source>Als P&amp;DF …</source>
      <translation>As P&amp;DF …</translation>
    </message>
    <message>
      <source>Maßnahmenliste</source>
      <translation>List of measures</translation>
    </message>
    <message>
      <source>Steckbrief löschen</source>
      <translation>Delete measure profile</translation>
    </message>
    <message>
      <source>Öffnen</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Status setzen</source>
      <translation>Set status</translation>
    </message>
    <message>
      <source>Löschen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>CSV-Dateien (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>PDF-Dateien (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Maßnahmenliste exportieren</source>
      <translation>Export list of measures</translation>
    </message>
    <message>
      <source>{0} Steckbriefe</source>
      <translation>{0} measure profiles</translation>
    </message>
    <message>
      <source>(ohne Titel)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>Steckbrief „{0}“ löschen</source>
      <translation>Delete measure profile “{0}”</translation>
    </message>
    <message>
      <source>{0} mit nicht erfülltem K.O.-Kriterium</source>
      <translation>{0} failing a knock-out criterion</translation>
    </message>
    <message>
      <source> ({0} offen)</source>
      <translation> ({0} open)</translation>
    </message>
    <message>
      <source>Exportiert nach {0}</source>
      <translation>Exported to {0}</translation>
    </message>
    <message>
      <source>Noch nicht bewertet: {0}</source>
      <translation>Not rated yet: {0}</translation>
    </message>
    <message>
      <source>Export fehlgeschlagen</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>Steckbrief aus Karte, Cluster oder Abstimmung</source>
      <translation>Measure profile from a card, cluster or vote</translation>
    </message>
    <message>
      <source>Tippen zum Filtern …</source>
      <translation>Type to filter …</translation>
    </message>
    <message>
      <source>Herkunft filtern</source>
      <translation>Filter origins</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Wo</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>Stimmen</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>Diese Sitzung hat noch keine Karten, Cluster oder Abstimmungen.</source>
      <translation>This session has no cards, clusters or votes yet.</translation>
    </message>
    <message>
      <source>Ihr Name (wird auf diesem Laptop gemerkt)</source>
      <translation>Your name (remembered on this laptop)</translation>
    </message>
    <message>
      <source>Name der bewertenden Person</source>
      <translation>Name of the rater</translation>
    </message>
    <message>
      <source>Bewertung &amp;durch:</source>
      <translation>Rated &amp;by:</translation>
    </message>
    <message>
      <source>Ergebnis der Bewertung</source>
      <translation>Rating result</translation>
    </message>
    <message>
      <source>noch keine Bewertung</source>
      <translation>no rating yet</translation>
    </message>
    <message>
      <source>umgekehrt: 5 = hoher Bedarf = wenig Punkte</source>
      <translation>inverse: 5 = high need = few points</translation>
    </message>
    <message>
      <source>Kein Steckbrief gewählt.</source>
      <translation>No measure profile selected.</translation>
    </message>
    <message>
      <source>Ø {0}, Spanne {1} ({2} Bewertende)</source>
      <translation>Ø {0}, range {1} ({2} raters)</translation>
    </message>
    <message>
      <source>Kommentar</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>erfüllt ({0})</source>
      <translation>met ({0})</translation>
    </message>
    <message>
      <source>Gesamt: {0} von 5</source>
      <translation>Overall: {0} of 5</translation>
    </message>
    <message>
      <source>Bewertende: {0}</source>
      <translation>Raters: {0}</translation>
    </message>
    <message>
      <source>Stimmen aus Abstimmungen: {0}</source>
      <translation>Votes from polls: {0}</translation>
    </message>
    <message>
      <source>Bewertung „{0}“: {1}</source>
      <translation>Rating “{0}”: {1}</translation>
    </message>
    <message>
      <source>Kommentar zu „{0}“ ändern</source>
      <translation>Change comment on “{0}”</translation>
    </message>
    <message>
      <source>Gewicht {0}</source>
      <translation>weight {0}</translation>
    </message>
    <message>
      <source>K.O. durch {0}</source>
      <translation>knock-out by {0}</translation>
    </message>
    <message>
      <source>Bitte oben Ihren Namen eintragen, dann lässt sich bewerten.</source>
      <translation>Please enter your name above to rate.</translation>
    </message>
    <message>
      <source>Ihre Punktzahl: {0}</source>
      <translation>Your score: {0}</translation>
    </message>
    <message>
      <source>Streuung: {0}</source>
      <translation>Spread: {0}</translation>
    </message>
    <message>
      <source>noch offen bei: {0}</source>
      <translation>still open with: {0}</translation>
    </message>
    <message>
      <source>K.O.: {0}</source>
      <translation>Knock-out: {0}</translation>
    </message>
    <message>
      <source>Ohne Leitlinie</source>
      <translation>No guideline</translation>
    </message>
    <message>
      <source>Kommentar zu {0}</source>
      <translation>Comment on {0}</translation>
    </message>
    <message>
      <source>Strategierahmen bearbeiten</source>
      <translation>Edit strategy frame</translation>
    </message>
    <message>
      <source>Strategierahmen</source>
      <translation>Strategy frame</translation>
    </message>
    <message>
      <source>Neues &amp;Leitthema</source>
      <translation>New guiding &amp;theme</translation>
    </message>
    <message>
      <source>&amp;Darunter anlegen</source>
      <translation>Add &amp;below</translation>
    </message>
    <message>
      <source>&amp;Umbenennen</source>
      <translation>&amp;Rename</translation>
    </message>
    <message>
      <source>Nach &amp;oben</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <source>Nach u&amp;nten</source>
      <translation>Move do&amp;wn</translation>
    </message>
    <message>
      <source>Neue Kennzahl</source>
      <translation>New indicator</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Einheit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Nach oben</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Nach unten</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Darunter anlegen</source>
      <translation>Add below</translation>
    </message>
    <message>
      <source>Neues {0}</source>
      <translation>New {0}</translation>
    </message>
    <message>
      <source>{0} anlegen</source>
      <translation>Add {0}</translation>
    </message>
    <message>
      <source>„{0}“ umbenennen</source>
      <translation>Rename “{0}”</translation>
    </message>
    <message>
      <source>{0} verschieben</source>
      <translation>Move {0}</translation>
    </message>
    <message>
      <source>„{0}“ löschen</source>
      <translation>Delete “{0}”</translation>
    </message>
    <message>
      <source>Neuer Steckbrief</source>
      <translation>New measure profile</translation>
    </message>
    <message>
      <source>Steckbriefe der Sitzung</source>
      <translation>Measure profiles of the session</translation>
    </message>
    <message>
      <source>&amp;Neuer Steckbrief</source>
      <translation>&amp;New measure profile</translation>
    </message>
    <message>
      <source>Aus Karte, Cluster, &amp;Abstimmung …</source>
      <translation>From card, cluster, &amp;vote …</translation>
    </message>
    <message>
      <source>Als &amp;PDF …</source>
      <translation>As &amp;PDF …</translation>
    </message>
    <message>
      <source>&amp;Erfassen</source>
      <translation>&amp;Capture</translation>
    </message>
    <message>
      <source>Be&amp;werten</source>
      <translation>&amp;Rate</translation>
    </message>
    <message>
      <source>&amp;Maßnahmenliste</source>
      <translation>List of &amp;measures</translation>
    </message>
    <message>
      <source>&amp;Ideenpool</source>
      <translation>&amp;Idea pool</translation>
    </message>
    <message>
      <source>Steckbrief als PDF</source>
      <translation>Measure profile as PDF</translation>
    </message>
    <message>
      <source>Steckbrief aus Herkunft</source>
      <translation>Measure profile from an origin</translation>
    </message>
    <message>
      <source>Steckbriefe dieser Sitzung</source>
      <translation>Measure profiles of this session</translation>
    </message>
    <message>
      <source>Dieser Steckbrief gehört zu einer anderen Sitzung.</source>
      <translation>This measure profile belongs to another session.</translation>
    </message>
    <message>
      <source>Steckbrief als PDF …</source>
      <translation>Measure profile as PDF …</translation>
    </message>
    <message>
      <source>Neuer Steckbrief ({0})</source>
      <translation>New measure profile ({0})</translation>
    </message>
    <message>
      <source>Steckbrief „{0}“ anlegen</source>
      <translation>Create measure profile “{0}”</translation>
    </message>
    <message>
      <source>Steckbrief „{0}“ wurde in seiner Sitzung angelegt.</source>
      <translation>Measure profile “{0}” was created in its own session.</translation>
    </message>
    <message>
      <source>nicht bewertet</source>
      <translation>not rated</translation>
    </message>
    <message>
      <source>erfüllt</source>
      <translation>met</translation>
    </message>
    <message>
      <source>nicht erfüllt (K.O.)</source>
      <translation>not met (knock-out)</translation>
    </message>
    <message>
      <source>✓ erfüllt</source>
      <translation>✓ met</translation>
    </message>
    <message>
      <source>✗ K.O.</source>
      <translation>✗ knock-out</translation>
    </message>
    <message>
      <source>Maßnahmenliste und Ideenpool – alle Veranstaltungen</source>
      <translation>List of measures and idea pool – all events</translation>
    </message>
    <message>
      <source>&amp;Datei</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Als &amp;CSV exportieren …</source>
      <translation>Export as &amp;CSV …</translation>
    </message>
    <message>
      <source>Als &amp;PDF exportieren …</source>
      <translation>Export as &amp;PDF …</translation>
    </message>
    <message>
      <source>&amp;Schließen</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Bearbeiten</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Rückgängig</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Wiederholen</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Strategierahmen …</source>
      <translation>&amp;Strategy frame …</translation>
    </message>
    <message>
      <source>&amp;Kriterienkatalog …</source>
      <translation>&amp;Criteria catalogue …</translation>
    </message>
    <message>
      <source>&amp;Ansicht</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Aktualisieren</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Steckbrief: {0}</source>
      <translation>Measure profile: {0}</translation>
    </message>
    <message>
      <source>Steckbrief</source>
      <translation>Measure profile</translation>
    </message>
    <message>
      <source>Steck&amp;briefe</source>
      <translation>Measure &amp;profiles</translation>
    </message>
    <message>
      <source>&amp;Maßnahmenliste aller Veranstaltungen …</source>
      <translation>List of &amp;measures of all events …</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Federführung</source>
      <translation>Lead</translation>
    </message>
    <message>
      <source>Reifegrad</source>
      <translation>Maturity</translation>
    </message>
    <message>
      <source>Kurzbeschreibung</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Problem / Ausgangslage</source>
      <translation>Problem / starting point</translation>
    </message>
    <message>
      <source>Ziele und Wirkung</source>
      <translation>Goals and impact</translation>
    </message>
    <message>
      <source>Zielgruppen</source>
      <translation>Target groups</translation>
    </message>
    <message>
      <source>Zeitplan / Meilensteine</source>
      <translation>Schedule / milestones</translation>
    </message>
    <message>
      <source>Kennzahlen / Indikatoren</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Risiken inkl. Datenschutz</source>
      <translation>Risks incl. data protection</translation>
    </message>
    <message>
      <source>Übertragbarkeit / Open Source</source>
      <translation>Transferability / open source</translation>
    </message>
    <message>
      <source>Verstetigung nach der Förderung</source>
      <translation>Continuation after funding</translation>
    </message>
    <message>
      <source>Stadtteil(e)</source>
      <translation>District(s)</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Ressourcen</source>
      <translation>Resources</translation>
    </message>
    <message>
      <source>Finanzierung</source>
      <translation>Financing</translation>
    </message>
    <message>
      <source>Was anstoßen?</source>
      <translation>What to set in motion?</translation>
    </message>
    <message>
      <source>Wie anfangen?</source>
      <translation>How to start?</translation>
    </message>
    <message>
      <source>Wer hilft?</source>
      <translation>Who helps?</translation>
    </message>
    <message>
      <source>Wo?</source>
      <translation>Where?</translation>
    </message>
    <message>
      <source>Wann die ersten Schritte?</source>
      <translation>When are the first steps?</translation>
    </message>
    <message>
      <source>Wer tut konkret was?</source>
      <translation>Who does what, concretely?</translation>
    </message>
    <message>
      <source>Wie wird es weiterverfolgt?</source>
      <translation>How is it followed up?</translation>
    </message>
    <message>
      <source>Bürgerschaft</source>
      <translation>Citizens</translation>
    </message>
    <message>
      <source>Verwaltung</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Wirtschaft</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>Wissenschaft</source>
      <translation>Science</translation>
    </message>
    <message>
      <source>Umwelt</source>
      <translation>Environment</translation>
    </message>
    <message>
      <source>Investition</source>
      <translation>Investment</translation>
    </message>
    <message>
      <source>Betrieb</source>
      <translation>Operation</translation>
    </message>
    <message>
      <source>Personal</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Daten</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Eigenmittel</source>
      <translation>Own funds</translation>
    </message>
    <message>
      <source>Fremdmittel</source>
      <translation>External funds</translation>
    </message>
    <message>
      <source>Fördermittel</source>
      <translation>Grants</translation>
    </message>
    <message>
      <source>hoch (sofort)</source>
      <translation>high (immediately)</translation>
    </message>
    <message>
      <source>mittel (Start binnen 2 Jahren)</source>
      <translation>medium (start within 2 years)</translation>
    </message>
    <message>
      <source>niedrig (binnen 4 Jahren)</source>
      <translation>low (within 4 years)</translation>
    </message>
    <message>
      <source>Idee</source>
      <translation>Idea</translation>
    </message>
    <message>
      <source>Konzept</source>
      <translation>Concept</translation>
    </message>
    <message>
      <source>Planung</source>
      <translation>Planning</translation>
    </message>
    <message>
      <source>Pilot</source>
      <translation>Pilot</translation>
    </message>
    <message>
      <source>Regelbetrieb</source>
      <translation>Regular operation</translation>
    </message>
    <message>
      <source>Entwurf</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>eingereicht</source>
      <translation>submitted</translation>
    </message>
    <message>
      <source>bewertet</source>
      <translation>rated</translation>
    </message>
    <message>
      <source>priorisiert</source>
      <translation>prioritised</translation>
    </message>
    <message>
      <source>in Umsetzung</source>
      <translation>being implemented</translation>
    </message>
    <message>
      <source>zurückgestellt</source>
      <translation>deferred</translation>
    </message>
    <message>
      <source>strategisches Ziel</source>
      <translation>strategic goal</translation>
    </message>
    <message>
      <source>Kennzahl</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Ziele, Strategien und Strukturen</source>
      <translation>Goals, strategies and structures</translation>
    </message>
    <message>
      <source>Transparenz, Teilhabe und Mitgestaltung</source>
      <translation>Transparency, participation and co-creation</translation>
    </message>
    <message>
      <source>Infrastrukturen, Daten und Dienstleistungen</source>
      <translation>Infrastructures, data and services</translation>
    </message>
    <message>
      <source>Ressourcen, Kompetenzen und Kooperationen</source>
      <translation>Resources, competences and cooperation</translation>
    </message>
    <message>
      <source>Kurzer, sprechender Titel der Maßnahme</source>
      <translation>A short, telling title of the measure</translation>
    </message>
    <message>
      <source>Worum geht es? Zwei, drei Sätze.</source>
      <translation>What is it about? Two or three sentences.</translation>
    </message>
    <message>
      <source>Was stört, was fehlt im Quartier?</source>
      <translation>What is wrong, what is missing in the neighbourhood?</translation>
    </message>
    <message>
      <source>Was soll besser werden, woran merkt man es?</source>
      <translation>What should improve, and how will we notice?</translation>
    </message>
    <message>
      <source>Für wen? (z. B. Pendelnde, Familien, ältere Menschen)</source>
      <translation>For whom? (e.g. commuters, families, older people)</translation>
    </message>
    <message>
      <source>Wer hält die Fäden zusammen?</source>
      <translation>Who holds the threads together?</translation>
    </message>
    <message>
      <source>Erste Schritte, Meilensteine, Ende</source>
      <translation>First steps, milestones, end</translation>
    </message>
    <message>
      <source>Woran wird der Erfolg gemessen?</source>
      <translation>How is success measured?</translation>
    </message>
    <message>
      <source>Was kann schiefgehen? Welche personenbezogenen Daten fallen an?</source>
      <translation>What can go wrong? Which personal data arise?</translation>
    </message>
    <message>
      <source>Können andere Stadtteile oder Kommunen es übernehmen? Offene Lizenz?</source>
      <translation>Can other districts or municipalities adopt it? Open licence?</translation>
    </message>
    <message>
      <source>Wie geht es nach der Förderung weiter?</source>
      <translation>What happens after the funding ends?</translation>
    </message>
    <message>
      <source>Rang</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Streuung</source>
      <translation>Spread</translation>
    </message>
    <message>
      <source>Bewertungen</source>
      <translation>Ratings</translation>
    </message>
    <message>
      <source>Karte</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Stimmen Cluster</source>
      <translation>Cluster votes</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
  </context>
</TS>
