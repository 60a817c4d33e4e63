<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <source>Ein Veto blockiert · sonst zählt der Anteil voller Zustimmung</source>
      <translation>A veto blocks · otherwise the share of full agreement counts</translation>
    </message>
    <message>
      <source>keine Stimmen</source>
      <translation>no votes</translation>
    </message>
    <message>
      <source>angenommen</source>
      <translation>adopted</translation>
    </message>
    <message>
      <source>abgelehnt</source>
      <translation>not adopted</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Nein</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Enthaltung</source>
      <translation>Abstain</translation>
    </message>
    <message>
      <source>volle Zustimmung</source>
      <translation>full agreement</translation>
    </message>
    <message>
      <source>kann damit leben</source>
      <translation>can live with it</translation>
    </message>
    <message>
      <source>Veto</source>
      <translation>Veto</translation>
    </message>
    <message>
      <source>{0} Punkte vergeben · = gleichauf · ≈ fast gleichauf</source>
      <translation>{0} dots given · = tied · ≈ nearly tied</translation>
    </message>
    <message>
      <source>Angenommen ab {0} Ja-Stimmen (Enthaltungen zählen mit)</source>
      <translation>Adopted from {0} yes votes (abstentions count)</translation>
    </message>
    <message>
      <source>Widerstand 0–{0} · geringster Gesamtwiderstand gewinnt</source>
      <translation>Resistance 0–{0} · lowest total resistance wins</translation>
    </message>
    <message>
      <source>ungleich viele Bewertungen</source>
      <translation>unequal numbers of ratings</translation>
    </message>
    <message>
      <source>{0} (Ø {1})</source>
      <translation>{0} (mean {1})</translation>
    </message>
    <message>
      <source>Passivlösung</source>
      <translation>status quo</translation>
    </message>
    <message>
      <source>{0} →</source>
      <translation>{0} →</translation>
    </message>
    <message>
      <source>… und {0} weitere</source>
      <translation>… and {0} more</translation>
    </message>
    <message>
      <source>{0} Element(e) in die nächste Phase übernehmen</source>
      <translation>Carry {0} item(s) into the next phase</translation>
    </message>
    <message>
      <source>{0} Steckbrief(e) aus der Abstimmung anlegen</source>
      <translation>Create {0} measure profile(s) from the vote</translation>
    </message>
    <message>
      <source>Abstimmung</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>Weiter zur &amp;Kontrolle</source>
      <translation>Continue to &amp;review</translation>
    </message>
    <message>
      <source>Hier können Sie abstimmen. Niemand sieht Ihre Auswahl, auch nicht die Person nach Ihnen.</source>
      <translation>You can vote here. Nobody sees your choices, not even the person after you.</translation>
    </message>
    <message>
      <source>Ihr Abstimmungscode</source>
      <translation>Your voting code</translation>
    </message>
    <message>
      <source>Abstimmungscode</source>
      <translation>Voting code</translation>
    </message>
    <message>
      <source>&amp;Phase:</source>
      <translation>&amp;Phase:</translation>
    </message>
    <message>
      <source>Stimmzettel &amp;beginnen</source>
      <translation>&amp;Start ballot</translation>
    </message>
    <message>
      <source>&amp;Korrigieren</source>
      <translation>&amp;Correct</translation>
    </message>
    <message>
      <source>Stimme &amp;abgeben</source>
      <translation>Cast &amp;vote</translation>
    </message>
    <message>
      <source>&amp;Nächste Person</source>
      <translation>&amp;Next person</translation>
    </message>
    <message>
      <source>PIN der Moderation</source>
      <translation>Facilitator PIN</translation>
    </message>
    <message>
      <source>Weiter &amp;abstimmen</source>
      <translation>Continue &amp;voting</translation>
    </message>
    <message>
      <source>Kiosk &amp;beenden</source>
      <translation>&amp;End kiosk</translation>
    </message>
    <message>
      <source>Bitte prüfen Sie Ihre Auswahl:</source>
      <translation>Please check your choices:</translation>
    </message>
    <message>
      <source>Danke! Ihre Stimme ist gezählt. Bitte geben Sie den Platz frei.</source>
      <translation>Thank you! Your vote has been counted. Please make room for the next person.</translation>
    </message>
    <message>
      <source>Nur für die Moderation: Kiosk beenden?</source>
      <translation>Facilitators only: end the kiosk?</translation>
    </message>
    <message>
      <source>Diese Abstimmung ist abgeschlossen.</source>
      <translation>This vote is closed.</translation>
    </message>
    <message>
      <source>Stimmzettel abgeben</source>
      <translation>Cast ballot</translation>
    </message>
    <message>
      <source>Falsche PIN.</source>
      <translation>Wrong PIN.</translation>
    </message>
    <message>
      <source>Alles beantwortet. Weiter zur Kontrolle.</source>
      <translation>Everything answered. Continue to the review.</translation>
    </message>
    <message>
      <source>Mit diesem Code wurde schon abgestimmt.</source>
      <translation>This code has already been used to vote.</translation>
    </message>
    <message>
      <source>weniger</source>
      <translation>less</translation>
    </message>
    <message>
      <source>mehr</source>
      <translation>more</translation>
    </message>
    <message>
      <source>höchstens {0} pro Punkt auf der Liste</source>
      <translation>at most {0} per item on the list</translation>
    </message>
    <message>
      <source>Bitte jede Zeile beantworten – noch {0} offen.</source>
      <translation>Please answer every row – {0} still open.</translation>
    </message>
    <message>
      <source>noch {0} von {1} Punkten</source>
      <translation>{0} of {1} dots left</translation>
    </message>
    <message>
      <source>{0} Punkt(e)</source>
      <translation>{0} dot(s)</translation>
    </message>
    <message>
      <source>Empfehlungen</source>
      <translation>Recommendations</translation>
    </message>
    <message>
      <source>Empfehlungen der Sitzung</source>
      <translation>Recommendations of the session</translation>
    </message>
    <message>
      <source>Neue Empfehlung eintippen und Eingabetaste drücken</source>
      <translation>Type a new recommendation and press Enter</translation>
    </message>
    <message>
      <source>Neue Empfehlung</source>
      <translation>New recommendation</translation>
    </message>
    <message>
      <source>&amp;Hinzufügen</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <source>Empfehlung umbenennen</source>
      <translation>Rename recommendation</translation>
    </message>
    <message>
      <source>Doppelklick zum Umbenennen. Abgestimmt wird in einer Zustimmungsrunde.</source>
      <translation>Double-click to rename. They are voted on in an approval vote.</translation>
    </message>
    <message>
      <source>Empfehlung „{0}“ anlegen</source>
      <translation>Add recommendation “{0}”</translation>
    </message>
    <message>
      <source>Empfehlung „{0}“ löschen</source>
      <translation>Delete recommendation “{0}”</translation>
    </message>
    <message>
      <source>Ergebnis als Balkendiagramm</source>
      <translation>Result as a bar chart</translation>
    </message>
    <message>
      <source>Matrix wichtig × machbar</source>
      <translation>Matrix important × feasible</translation>
    </message>
    <message>
      <source>Ergebnisse &amp;aufdecken</source>
      <translation>&amp;Reveal results</translation>
    </message>
    <message>
      <source>Aufdecken (Strg+R): erst wenn alle abgestimmt haben</source>
      <translation>Reveal (Ctrl+R): only once everyone has voted</translation>
    </message>
    <message>
      <source>Anzahl der Spitzenplätze</source>
      <translation>Number of top places</translation>
    </message>
    <message>
      <source>Spitze &amp;markieren</source>
      <translation>&amp;Mark the top</translation>
    </message>
    <message>
      <source>Zielphase</source>
      <translation>Target phase</translation>
    </message>
    <message>
      <source>In Phase &amp;übernehmen</source>
      <translation>&amp;Carry into phase</translation>
    </message>
    <message>
      <source>Als &amp;Steckbriefe anlegen</source>
      <translation>Create measure Create project &amp;profilesamp;profiles</translation>
    </message>
    <message>
      <source>Wieder &amp;verbergen</source>
      <translation>&amp;Hide again</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Top</translation>
    </message>
    <message>
      <source>Keine Abstimmung gewählt.</source>
      <translation>No vote selected.</translation>
    </message>
    <message>
      <source>{0} Stimmzettel abgegeben</source>
      <translation>{0} ballots cast</translation>
    </message>
    <message>
      <source>{0} Stimmen erfasst</source>
      <translation>{0} votes entered</translation>
    </message>
    <message>
      <source>Die Ergebnisse sind verborgen, damit niemand sich nach anderen richtet.</source>
      <translation>The results are hidden so that nobody follows the others.</translation>
    </message>
    <message>
      <source>{0} markiert</source>
      <translation>{0} marked</translation>
    </message>
    <message>
      <source>Neue Abstimmung</source>
      <translation>New vote</translation>
    </message>
    <message>
      <source>Titel der Abstimmung</source>
      <translation>Title of the vote</translation>
    </message>
    <message>
      <source>Eine Option pro Zeile</source>
      <translation>One option per line</translation>
    </message>
    <message>
      <source>Eigene Optionen</source>
      <translation>Own options</translation>
    </message>
    <message>
      <source>Papierpunkte aus&amp;zählen und eintippen</source>
      <translation>Count paper dots and &amp;type them in</translation>
    </message>
    <message>
      <source>&amp;Kiosk: nacheinander am Laptop abstimmen</source>
      <translation>&amp;Kiosk: vote one after another at the laptop</translation>
    </message>
    <message>
      <source>Punkte pro Person</source>
      <translation>Dots per person</translation>
    </message>
    <message>
      <source>unbegrenzt (häufeln erlaubt)</source>
      <translation>unlimited (stacking allowed)</translation>
    </message>
    <message>
      <source>Höchstens pro Element</source>
      <translation>At most per item</translation>
    </message>
    <message>
      <source>z. B. wichtig, machbar, dringend</source>
      <translation>e.g. important, feasible, urgent</translation>
    </message>
    <message>
      <source>Eigene Kriterien</source>
      <translation>Own criteria</translation>
    </message>
    <message>
      <source>Schwelle für die Annahme</source>
      <translation>Threshold for adoption</translation>
    </message>
    <message>
      <source>0 bis 10</source>
      <translation>0 to 10</translation>
    </message>
    <message>
      <source>0 bis 5</source>
      <translation>0 to 5</translation>
    </message>
    <message>
      <source>Abstimmungscodes: jeder Code nur einmal</source>
      <translation>Voting codes: each code only once</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>&amp;Form:</translation>
    </message>
    <message>
      <source>&amp;Worüber:</source>
      <translation>&amp;On what:</translation>
    </message>
    <message>
      <source>&amp;Optionen:</source>
      <translation>&amp;Options:</translation>
    </message>
    <message>
      <source>Eingabe:</source>
      <translation>Entry:</translation>
    </message>
    <message>
      <source>Punkte pro &amp;Person:</source>
      <translation>Dots per &amp;person:</translation>
    </message>
    <message>
      <source>Höchstens pro &amp;Element:</source>
      <translation>At most per &amp;item:</translation>
    </message>
    <message>
      <source>Punkt&amp;farben:</source>
      <translation>Dot &amp;colours:</translation>
    </message>
    <message>
      <source>Angenommen ab:</source>
      <translation>Adopted from:</translation>
    </message>
    <message>
      <source>Widerstands&amp;skala:</source>
      <translation>Resistance &amp;scale:</translation>
    </message>
    <message>
      <source>Bitte mindestens ein Kriterium nennen.</source>
      <translation>Please name at least one criterion.</translation>
    </message>
    <message>
      <source>Es gibt nichts, worüber abgestimmt werden kann.</source>
      <translation>There is nothing to vote on.</translation>
    </message>
    <message>
      <source>Faustregel: {0} Optionen ÷ 3 = {1} Punkte</source>
      <translation>Rule of thumb: {0} options ÷ 3 = {1} dots</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kiosk</translation>
    </message>
    <message>
      <source>Papier auszählen</source>
      <translation>count paper</translation>
    </message>
    <message>
      <source>mit Abstimmungscodes</source>
      <translation>with voting codes</translation>
    </message>
    <message>
      <source>Abstimmungen der Sitzung</source>
      <translation>Votes of the session</translation>
    </message>
    <message>
      <source>&amp;Neue Abstimmung …</source>
      <translation>&amp;New vote …</translation>
    </message>
    <message>
      <source>Neue Abstimmung (Strg+Umschalt+A)</source>
      <translation>New vote (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <source>Abstimmung löschen</source>
      <translation>Delete vote</translation>
    </message>
    <message>
      <source>&amp;Empfehlungen …</source>
      <translation>&amp;Recommendations …</translation>
    </message>
    <message>
      <source>&amp;Kiosk starten</source>
      <translation>Start &amp;kiosk</translation>
    </message>
    <message>
      <source>Kiosk starten (Strg+K)</source>
      <translation>Start kiosk (Ctrl+K)</translation>
    </message>
    <message>
      <source>Stand auf &amp;Beamer</source>
      <translation>Status on &amp;projector</translation>
    </message>
    <message>
      <source>Ergebnis auf B&amp;eamer</source>
      <translation>Result on pro&amp;jector</translation>
    </message>
    <message>
      <source>&amp;Eingabe</source>
      <translation>&amp;Entry</translation>
    </message>
    <message>
      <source>E&amp;rgebnis</source>
      <translation>Re&amp;sult</translation>
    </message>
    <message>
      <source>häufeln erlaubt</source>
      <translation>stacking allowed</translation>
    </message>
    <message>
      <source>Ja / Nein / Enthaltung</source>
      <translation>Yes / No / Abstain</translation>
    </message>
    <message>
      <source>Abstimmungen</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>Noch keine Abstimmung – „Neue Abstimmung …“ legt eine an.</source>
      <translation>No vote yet – “New vote …” creates one.</translation>
    </message>
    <message>
      <source>Ergebnis &amp;verbergen</source>
      <translation>&amp;Hide result</translation>
    </message>
    <message>
      <source>Ergebnis &amp;aufdecken</source>
      <translation>&amp;Reveal result</translation>
    </message>
    <message>
      <source>Wieder &amp;öffnen</source>
      <translation>Re&amp;open</translation>
    </message>
    <message>
      <source>Abstimmung ab&amp;schließen</source>
      <translation>&amp;Close vote</translation>
    </message>
    <message>
      <source>Ergebnis aufdecken</source>
      <translation>Reveal result</translation>
    </message>
    <message>
      <source>Ergebnis verbergen</source>
      <translation>Hide result</translation>
    </message>
    <message>
      <source>Abstimmung abschließen</source>
      <translation>Close vote</translation>
    </message>
    <message>
      <source>Abstimmung wieder öffnen</source>
      <translation>Reopen vote</translation>
    </message>
    <message>
      <source>Kiosk starten</source>
      <translation>Start kiosk</translation>
    </message>
    <message>
      <source>PIN zum Beenden des Kiosks (leer lassen für eine einfache Rückfrage):</source>
      <translation>PIN to end the kiosk (leave empty for a simple confirmation):</translation>
    </message>
    <message>
      <source>{0} Punkte pro Person</source>
      <translation>{0} dots per person</translation>
    </message>
    <message>
      <source>mit Passivlösung</source>
      <translation>with the status quo option</translation>
    </message>
    <message>
      <source>volle Zustimmung / kann damit leben / Veto</source>
      <translation>full agreement / can live with it / veto</translation>
    </message>
    <message>
      <source>aufgedeckt</source>
      <translation>revealed</translation>
    </message>
    <message>
      <source>verborgen</source>
      <translation>hidden</translation>
    </message>
    <message>
      <source>{0} Stimmzettel · {1} Stimmen erfasst · Ergebnis {2}</source>
      <translation>{0} ballots · {1} votes entered · result {2}</translation>
    </message>
    <message>
      <source>{0} Stimmen erfasst · Ergebnis {1}</source>
      <translation>{0} votes entered · result {1}</translation>
    </message>
    <message>
      <source>Abstimmung „{0}“ anlegen</source>
      <translation>Create vote “{0}”</translation>
    </message>
    <message>
      <source>Abstimmung „{0}“ löschen</source>
      <translation>Delete vote “{0}”</translation>
    </message>
    <message>
      <source>{0} übernommen in „{1}“.</source>
      <translation>{0} carried into “{1}”.</translation>
    </message>
    <message>
      <source>{0} Steckbrief(e) als Entwurf angelegt.</source>
      <translation>{0} measure profile(s) created as drafts.</translation>
    </message>
    <message>
      <source>höchstens {0} pro Element</source>
      <translation>at most {0} per item</translation>
    </message>
    <message>
      <source>Farben: {0}</source>
      <translation>colours: {0}</translation>
    </message>
    <message>
      <source>angenommen ab {0} %</source>
      <translation>adopted from {0} %</translation>
    </message>
    <message>
      <source>abgeschlossen</source>
      <translation>closed</translation>
    </message>
    <message>
      <source>Widerstand 0–{0}</source>
      <translation>resistance 0–{0}</translation>
    </message>
    <message>
      <source>Anzahl</source>
      <translation>Count</translation>
    </message>
    <message>
      <source>Gezählte Papierpunkte eintippen: Zahl, Eingabetaste, nächstes Element.</source>
      <translation>Type in the counted paper dots: number, Enter, next item.</translation>
    </message>
    <message>
      <source>Auszählung eintragen</source>
      <translation>Enter the count</translation>
    </message>
    <message>
      <source>Summe</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Kiosk-Abstimmung: Stimmzettel am Laptop („Kiosk starten“). Papierstimmen lassen sich hier zusätzlich eintragen: Zahl, Eingabetaste, nächstes Element.</source>
      <translation>Kiosk vote: ballots at the laptop (“Start kiosk”). Paper votes can be added here as well: number, Enter, next item.</translation>
    </message>
    <message>
      <source>{0} Stimmen von Papier erfasst</source>
      <translation>{0} paper votes entered</translation>
    </message>
    <message>
      <source>Auszählung „{0}“: {1} → {2}</source>
      <translation>Count “{0}”: {1} → {2}</translation>
    </message>
    <message>
      <source>Beamer-&amp;Fenster</source>
      <translation>Projector &amp;window</translation>
    </message>
    <message>
      <source>Beamer</source>
      <translation>Projector</translation>
    </message>
    <message>
      <source>&amp;Vorschau im Hauptfenster</source>
      <translation>&amp;Preview in the main window</translation>
    </message>
    <message>
      <source>&amp;Bildschirm für den Beamer</source>
      <translation>&amp;Screen for the projector</translation>
    </message>
    <message>
      <source>Automatisch (erster Zweitbildschirm)</source>
      <translation>Automatic (first secondary screen)</translation>
    </message>
    <message>
      <source>Kein zweiter Bildschirm – der Beamer öffnet als Fenster.</source>
      <translation>No second screen – the projector opens as a window.</translation>
    </message>
    <message>
      <source>Hauptbildschirm</source>
      <translation>main screen</translation>
    </message>
    <message>
      <source>Beamer: {0}</source>
      <translation>Projector: {0}</translation>
    </message>
    <message>
      <source>Timer auf dem Beamer</source>
      <translation>Timer on the projector</translation>
    </message>
    <message>
      <source>Keine Abstimmung gewählt</source>
      <translation>No vote selected</translation>
    </message>
    <message>
      <source>Stimmzettel abgegeben</source>
      <translation>ballots cast</translation>
    </message>
    <message>
      <source>Stimmen ausgezählt</source>
      <translation>votes counted</translation>
    </message>
    <message>
      <source>Wie groß ist Ihr Widerstand? 0 = keiner, {0} = sehr groß.</source>
      <translation>How much resistance do you feel? 0 = none, {0} = very strong.</translation>
    </message>
    <message>
      <source>{0} Ja · {1}</source>
      <translation>{0} yes · {1}</translation>
    </message>
    <message>
      <source>Abstimmung abgeschlossen.</source>
      <translation>Voting closed.</translation>
    </message>
    <message>
      <source>Die Ergebnisse zeigen wir, wenn alle abgestimmt haben.</source>
      <translation>We show the results once everyone has voted.</translation>
    </message>
    <message>
      <source>Wie geht es weiter?</source>
      <translation>What happens next?</translation>
    </message>
    <message>
      <source>Scannen Sie den Code: Dort lesen Sie, was aus den Ideen dieser Sitzung wird.</source>
      <translation>Scan the code to read what becomes of the ideas from this session.</translation>
    </message>
    <message>
      <source>Der Code enthält keine Namen und keine Kontaktdaten.</source>
      <translation>The code contains no names and no contact details.</translation>
    </message>
    <message>
      <source>Beamer-Vorschau</source>
      <translation>Projector preview</translation>
    </message>
    <message>
      <source>Die Ergebnisse werden gleich aufgedeckt.</source>
      <translation>The results will be revealed shortly.</translation>
    </message>
    <message>
      <source>Kein QR-Code verfügbar.</source>
      <translation>No QR code available.</translation>
    </message>
    <message>
      <source>Die Pinnwand ist noch leer.</source>
      <translation>The board is still empty.</translation>
    </message>
    <message>
      <source>Co-Smart Werkstatt – Beamer</source>
      <translation>Co-Smart Werkstatt – projector</translation>
    </message>
    <message>
      <source>Punkten</source>
      <translation>Dot voting</translation>
    </message>
    <message>
      <source>Zustimmung</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>Widerstandsabfrage</source>
      <translation>Resistance poll</translation>
    </message>
    <message>
      <source>Konsensstufen</source>
      <translation>Consensus levels</translation>
    </message>
    <message>
      <source>Punkte</source>
      <translation>Dots</translation>
    </message>
    <message>
      <source>wichtig</source>
      <translation>important</translation>
    </message>
    <message>
      <source>machbar</source>
      <translation>feasible</translation>
    </message>
    <message>
      <source>Passivlösung: alles bleibt, wie es ist</source>
      <translation>Status quo: everything stays as it is</translation>
    </message>
    <message>
      <source>Phase und Timer</source>
      <translation>Phase and timer</translation>
    </message>
    <message>
      <source>Abstimmungsstand</source>
      <translation>Voting status</translation>
    </message>
    <message>
      <source>Ergebnis</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>QR-Code</source>
      <translation>QR code</translation>
    </message>
    <message>
      <source>Schwarz</source>
      <translation>Black</translation>
    </message>
    <message>
      <source>Cluster der Phase</source>
      <translation>Clusters of the phase</translation>
    </message>
    <message>
      <source>Karten der Phase</source>
      <translation>Cards of the phase</translation>
    </message>
    <message>
      <source>Eine Punktfarbe</source>
      <translation>One dot colour</translation>
    </message>
    <message>
      <source>wichtig + machbar (Matrix)</source>
      <translation>important + feasible (matrix)</translation>
    </message>
    <message>
      <source>Eigene Kriterien …</source>
      <translation>Own criteria …</translation>
    </message>
    <message>
      <source>anpacken</source>
      <translation>tackle</translation>
    </message>
    <message>
      <source>vorbereiten</source>
      <translation>prepare</translation>
    </message>
    <message>
      <source>nebenbei</source>
      <translation>on the side</translation>
    </message>
    <message>
      <source>zurückstellen</source>
      <translation>postpone</translation>
    </message>
  </context>
</TS>
