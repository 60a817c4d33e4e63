<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>z. B. Denklabor Oberzwehren</source>
      <translation>e.g. Denklabor Oberzwehren</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Leitthemen</source>
      <translation>Guiding themes</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Titel:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Ort:</source>
      <translation>&amp;Venue:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Stadtteil:</source>
      <translation>&amp;District:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Prozessschritt:</source>
      <translation>&amp;Process step:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Moderation:</source>
      <translation>&amp;Facilitation:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Neue Sitzung</source>
      <translation>New session</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Phasen der Vorlage</source>
      <translation>Phases of the template</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>&amp;Methode:</source>
      <translation>&amp;Method:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Veranstaltung bearbeiten</source>
      <translation>Edit event</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Neue Veranstaltung</source>
      <translation>New event</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Bitte einen Titel eingeben.</source>
      <translation>Please enter a title.</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>Phasen:</source>
      <translation>Phases:</translation>
    </message>
    <message>
      <location filename="../../../ui/dialogs.py" />
      <source>{0} Min.</source>
      <translation>{0} min</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Veranstaltungen und Sitzungen</source>
      <translation>Events and sessions</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Noch keine Veranstaltung in diesem Arbeitsbereich. Legen Sie mit „Neue Veranstaltung …“ (Strg+N) die erste an.</source>
      <translation>No events in this workspace yet. Create the first one with “New event …” (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Löschen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Neue &amp;Veranstaltung …</source>
      <translation>New &amp;event …</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Neue &amp;Sitzung …</source>
      <translation>New &amp;session …</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Sitzung ö&amp;ffnen</source>
      <translation>&amp;Open session</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>&amp;Bearbeiten …</source>
      <translation>&amp;Edit …</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>&amp;Umbenennen (F2)</source>
      <translation>&amp;Rename (F2)</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>&amp;Archivieren</source>
      <translation>&amp;Archive</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>&amp;Löschen (Entf)</source>
      <translation>&amp;Delete (Del)</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Archivierte zeigen</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Aktionen</source>
      <translation>Actions</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Zuletzt geöffnete Sitzungen</source>
      <translation>Recently opened sessions</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Noch keine Sitzung geöffnet.</source>
      <translation>No session opened yet.</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Zuletzt geöffnet</source>
      <translation>Recently opened</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>„{0}“ aus dem Archiv holen</source>
      <translation>Restore “{0}” from the archive</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>„{0}“ archivieren</source>
      <translation>Archive “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Veranstaltung / Sitzung</source>
      <translation>Event / session</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Stadtteil</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Format / Schritt</source>
      <translation>Format / step</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Laufende Phase</source>
      <translation>Current phase</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Aus dem &amp;Archiv holen</source>
      <translation>Restore from &amp;archive</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Öffnen mit Doppelklick oder Eingabetaste</source>
      <translation>Open with a double click or Enter</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>„{0}“ umbenennen</source>
      <translation>Rename “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>„{0}“ löschen</source>
      <translation>Delete “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>archiviert</source>
      <translation>archived</translation>
    </message>
    <message>
      <location filename="../../../ui/home.py" />
      <source>Schritt {0}</source>
      <translation>Step {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Teilnehmende</source>
      <translation>&amp;Participants</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Datei</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Übersicht</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Exportieren</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Sitzung als &amp;JSON …</source>
      <translation>Session as &amp;JSON …</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Beenden</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Bearbeiten</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Rückgängig</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Wiederholen</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Sitzung</source>
      <translation>&amp;Session</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Timer &amp;starten</source>
      <translation>&amp;Start timer</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Timer &amp;anhalten</source>
      <translation>&amp;Pause timer</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Timer &amp;+1 Minute</source>
      <translation>Timer &amp;+1 minute</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Gewählte Phase &amp;durchführen</source>
      <translation>&amp;Run the selected phase</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Ansicht</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Sprache</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Hilfe</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Ü&amp;ber Co-Smart Werkstatt</source>
      <translation>&amp;About Co-Smart Werkstatt</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Sitzung als JSON exportieren</source>
      <translation>Export session as JSON</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>JSON-Dateien (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Über Co-Smart Werkstatt</source>
      <translation>About Co-Smart Werkstatt</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Co-Smart Werkstatt</source>
      <translation>Co-Smart Werkstatt</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Sitzung anlegen</source>
      <translation>Create session</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Bitte zuerst eine Sitzung öffnen oder wählen.</source>
      <translation>Please open or select a session first.</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Exportiere …</source>
      <translation>Exporting …</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Arbeitsbereich: {0}</source>
      <translation>Workspace: {0}</translation>
    </message>
    <message>
      <source>Wird geladen …</source>
      <translation>Loading …</translation>
    </message>
    <message>
      <source>(wird geladen …)</source>
      <translation>(loading …)</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Bitte zuerst eine Veranstaltung wählen oder anlegen.</source>
      <translation>Please select or create an event first.</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Nicht möglich</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Co-Smart Werkstatt {0}
Beteiligungsveranstaltungen offline: Pinnwand, Abstimmungen, Steckbriefe und Protokolle.</source>
      <translation>Co-Smart Werkstatt {0}
Participation events offline: pinboard, votes, measure profiles and protocols.</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Veranstaltung „{0}“ anlegen</source>
      <translation>Create event “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Veranstaltung „{0}“ bearbeiten</source>
      <translation>Edit event “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Export fehlgeschlagen</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Exportiert nach {0}</source>
      <translation>Exported to {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Neue Phase</source>
      <translation>New phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phasen der Sitzung</source>
      <translation>Phases of the session</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Diese Phase &amp;durchführen</source>
      <translation>&amp;Run this phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Macht die gewählte Phase zur laufenden Phase</source>
      <translation>Makes the selected phase the current one</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase hinzufügen</source>
      <translation>Add phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase entfernen</source>
      <translation>Remove phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase nach oben</source>
      <translation>Move phase up</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase nach unten</source>
      <translation>Move phase down</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phasen umsortieren</source>
      <translation>Reorder phases</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase „{0}“ durchführen</source>
      <translation>Run phase “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase „{0}“ entfernen</source>
      <translation>Remove phase “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase „{0}“ umbenennen</source>
      <translation>Rename phase “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>Phase {0}: {1}</source>
      <translation>Phase {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_list.py" />
      <source>läuft</source>
      <translation>running</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Titel der Phase</source>
      <translation>Title of the phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Leitfrage</source>
      <translation>Guiding question</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Regeln der Phase</source>
      <translation>Rules of the phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>&amp;Leitfrage:</source>
      <translation>&amp;Guiding question:</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>&amp;Regeln:</source>
      <translation>&amp;Rules:</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Timer:</source>
      <translation>Timer:</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Titel der Phase ändern</source>
      <translation>Change the title of the phase</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Leitfrage ändern</source>
      <translation>Change the guiding question</translation>
    </message>
    <message>
      <location filename="../../../ui/phase_view.py" />
      <source>Regeln ändern</source>
      <translation>Change the rules</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>← Übersicht</source>
      <translation>← Overview</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Zurück zur Übersicht (Strg+Umschalt+H)</source>
      <translation>Back to the overview (Ctrl+Shift+H)</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Sitzung</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Leitfrage der laufenden Phase</source>
      <translation>Guiding question of the current phase</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Timer der laufenden Phase</source>
      <translation>Timer of the current phase</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>&amp;Phase</source>
      <translation>&amp;Phase</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Phasen</source>
      <translation>Phases</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Keine Phase läuft.</source>
      <translation>No phase is running.</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Laufende Phase: {0}</source>
      <translation>Current phase: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/tasks.py" />
      <source>Abbrechen</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Zeit ist um!</source>
      <translation>Time is up!</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>+1 Min.</source>
      <translation>+1 min</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Zurücksetzen</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source> Min.</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Dauer der Phase in Minuten</source>
      <translation>Duration of the phase in minutes</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Stellen</source>
      <translation>Set</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer starten (F5)</source>
      <translation>Start the timer (F5)</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer anhalten (F6)</source>
      <translation>Pause the timer (F6)</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Eine Minute mehr (F7)</source>
      <translation>One more minute (F7)</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Den Timer auf die eingestellte Dauer stellen</source>
      <translation>Set the timer to this duration</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Die verbrauchte Zeit auf null setzen</source>
      <translation>Set the time used back to zero</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Die Zeit ist um</source>
      <translation>Time is up</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Dauer:</source>
      <translation>Duration:</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer starten</source>
      <translation>Start timer</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer anhalten</source>
      <translation>Pause timer</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer +1 Minute</source>
      <translation>Timer +1 minute</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer zurücksetzen</source>
      <translation>Reset timer</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Timer auf {0} Min. stellen</source>
      <translation>Set timer to {0} min</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Zeit ist um, Überziehung {0}</source>
      <translation>Time is up, overtime {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/timer_widget.py" />
      <source>Restzeit {0}</source>
      <translation>Time left {0}</translation>
    </message>
    <message>
      <source>Zukunftswerkstatt</source>
      <translation>Future workshop</translation>
    </message>
    <message>
      <source>Denklabor</source>
      <translation>Think lab</translation>
    </message>
    <message>
      <source>Bürgerrat</source>
      <translation>Citizens' assembly</translation>
    </message>
    <message>
      <source>Freies Format</source>
      <translation>Free format</translation>
    </message>
    <message>
      <source>Situationsanalyse</source>
      <translation>Situation analysis</translation>
    </message>
    <message>
      <source>Bild der digitalen Stadt von morgen (Vision)</source>
      <translation>Picture of the digital city of tomorrow (vision)</translation>
    </message>
    <message>
      <source>Leitthemen, strategische Ziele und Handlungsfelder</source>
      <translation>Guiding themes, strategic goals and fields of action</translation>
    </message>
    <message>
      <source>Wege zur Umsetzung – Projekte und Maßnahmen</source>
      <translation>Ways to implementation – projects and measures</translation>
    </message>
    <message>
      <source>Organisation der Umsetzung</source>
      <translation>Organising the implementation</translation>
    </message>
    <message>
      <source>Mobilität</source>
      <translation>Mobility</translation>
    </message>
    <message>
      <source>Leben, Wohnen &amp; Kultur</source>
      <translation>Living, housing &amp; culture</translation>
    </message>
    <message>
      <source>Energie &amp; Umwelt</source>
      <translation>Energy &amp; environment</translation>
    </message>
    <message>
      <source>Arbeit &amp; Bildung</source>
      <translation>Work &amp; education</translation>
    </message>
    <message>
      <source>Digitale Infrastruktur</source>
      <translation>Digital infrastructure</translation>
    </message>
    <message>
      <source>Datensouveränität</source>
      <translation>Data sovereignty</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>&amp;Abstimmung</source>
      <translation>&amp;Voting</translation>
    </message>
    <message>
      <location filename="../../../ui/main_window.py" />
      <source>Bea&amp;mer</source>
      <translation>Pro&amp;jector</translation>
    </message>
    <message>
      <location filename="../../../ui/session_page.py" />
      <source>Regeln der laufenden Phase</source>
      <translation>Rules of the current phase</translation>
    </message>
  </context>
</TS>
