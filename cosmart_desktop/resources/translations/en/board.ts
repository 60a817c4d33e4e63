<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>cosmart</name>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>&amp;Farbe</source>
      <translation>&amp;Colour</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Ü&amp;bersichtskarte</source>
      <translation>O&amp;verview map</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Karte &amp;erfassen</source>
      <translation>&amp;Capture card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Karten &amp;suchen</source>
      <translation>&amp;Search cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>&amp;Alles auswählen</source>
      <translation>Select &amp;all</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Text &amp;bearbeiten</source>
      <translation>&amp;Edit text</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>&amp;Löschen</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Leeren &amp;Cluster anlegen</source>
      <translation>New empty &amp;cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>&amp;Gruppieren</source>
      <translation>&amp;Group</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Auflösen</source>
      <translation>Ungroup</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Zusammenführen</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Trennen</source>
      <translation>Split</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Ein-/Ausklappen</source>
      <translation>Collapse/expand</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Anordnen</source>
      <translation>Arrange</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Weitergeben</source>
      <translation>Carry forward</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Foto</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Karten &amp;importieren …</source>
      <translation>&amp;Import cards …</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Vergrößern</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Verkleinern</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Alles</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Gruppe a&amp;uflösen</source>
      <translation>&amp;Ungroup</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Duplikate &amp;zusammenführen</source>
      <translation>&amp;Merge duplicates</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Zusammengeführte &amp;trennen</source>
      <translation>S&amp;plit merged cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Cluster ein-/aus&amp;klappen</source>
      <translation>Collapse/e&amp;xpand cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Automatisch a&amp;nordnen</source>
      <translation>Arra&amp;nge automatically</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>In nächste &amp;Phase übernehmen</source>
      <translation>Carry into next &amp;phase</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>&amp;Foto anhängen …</source>
      <translation>Attach &amp;photo …</translation>
    </message>
    <message>
      <location filename="../../../ui/board/actions.py" />
      <source>Alles zeigen</source>
      <translation>Show everything</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Karte tippen und Enter drücken – eingefügte Zeilen werden einzelne Karten</source>
      <translation>Type a card and press Enter – pasted lines become separate cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Neue Karte</source>
      <translation>New card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Herkunft der Karte</source>
      <translation>Origin of the card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Woher die Karte kommt (Alt+H)</source>
      <translation>Where the card comes from (Alt+H)</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Hin&amp;zufügen</source>
      <translation>A&amp;dd</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Karte hinzufügen</source>
      <translation>Add card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>Neue &amp;Karte:</source>
      <translation>New &amp;card:</translation>
    </message>
    <message>
      <location filename="../../../ui/board/capture.py" />
      <source>&amp;Herkunft:</source>
      <translation>&amp;Origin:</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editing.py" />
      <source>Karte bearbeiten</source>
      <translation>Edit card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editing.py" />
      <source>Kartentext</source>
      <translation>Card text</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>1 Karte</source>
      <translation>1 card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Leeren Cluster anlegen</source>
      <translation>Create empty cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Verschieben</source>
      <translation>Move</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Mit der Tastatur verschieben</source>
      <translation>Move with the keyboard</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Karte im Cluster verschieben</source>
      <translation>Move card within cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Cluster bilden</source>
      <translation>Form cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Cluster auflösen</source>
      <translation>Ungroup cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Zusammengeführte Karten trennen</source>
      <translation>Split merged cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Cluster einklappen</source>
      <translation>Collapse cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Cluster aufklappen</source>
      <translation>Expand cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Automatisch anordnen</source>
      <translation>Arrange automatically</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} Karten</source>
      <translation>{0} cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} in Cluster legen</source>
      <translation>Put {0} into cluster</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} auf Karte legen</source>
      <translation>Drop {0} onto card</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Karte „{0}“ anlegen</source>
      <translation>Create card “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} anlegen</source>
      <translation>Create {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Karte „{0}“ bearbeiten</source>
      <translation>Edit card “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Cluster „{0}“ benennen</source>
      <translation>Name cluster “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} Elemente verschieben</source>
      <translation>Move {0} items</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} Cluster auflösen</source>
      <translation>Ungroup {0} clusters</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} zusammenführen</source>
      <translation>Merge {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>{0} Elemente löschen</source>
      <translation>Delete {0} items</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Farbe {0}</source>
      <translation>Colour {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>In Phase „{0}“ übernehmen</source>
      <translation>Carry into phase “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Karten aus „{0}“ importieren</source>
      <translation>Import cards from “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/editor.py" />
      <source>Foto „{0}“ anhängen</source>
      <translation>Attach photo “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>eingeklappt</source>
      <translation>collapsed</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>aufgeklappt</source>
      <translation>expanded</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>ohne Namen</source>
      <translation>unnamed</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>(ohne Namen)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>Cluster „{0}“, {1} Karten, {2}</source>
      <translation>Cluster “{0}”, {1} cards, {2}</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>Foto: {0}</source>
      <translation>Photo: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>Karte: {0}</source>
      <translation>Card: {0}</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>Zusammengeführt mit:</source>
      <translation>Merged with:</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>in Cluster „{0}“</source>
      <translation>in cluster “{0}”</translation>
    </message>
    <message>
      <location filename="../../../ui/board/items.py" />
      <source>{0} zusammengeführte Duplikate</source>
      <translation>{0} merged duplicates</translation>
    </message>
    <message>
      <location filename="../../../ui/board/overview.py" />
      <source>Übersicht der Pinnwand</source>
      <translation>Board overview</translation>
    </message>
    <message>
      <location filename="../../../ui/board/overview.py" />
      <source>Übersicht: klicken oder ziehen, um dorthin zu springen</source>
      <translation>Overview: click or drag to jump there</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Karten durchsuchen (Strg+F)</source>
      <translation>Search cards (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Karten durchsuchen</source>
      <translation>Search cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Zoomstufe</source>
      <translation>Zoom level</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Werkzeuge der Pinnwand</source>
      <translation>Board tools</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Farbe</source>
      <translation>Colour</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Farbe wählen</source>
      <translation>Choose colour</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>&amp;Pinnwand</source>
      <translation>&amp;Board</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bitte zuerst Karten oder Cluster auswählen.</source>
      <translation>Please select cards or clusters first.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bitte zuerst Karten zum Gruppieren auswählen.</source>
      <translation>Please select the cards to group first.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bitte einen Cluster auswählen.</source>
      <translation>Please select a cluster.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bitte eine zusammengeführte Karte auswählen.</source>
      <translation>Please select a merged card.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Karten importieren</source>
      <translation>Import cards</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Karten (*.csv *.txt *.tsv);;Alle Dateien (*)</source>
      <translation>Cards (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Foto anhängen</source>
      <translation>Attach photo</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.bmp)</source>
      <translation>Images (*.jpg *.jpeg *.png *.webp *.heic *.bmp)</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bitte mindestens zwei Karten zum Zusammenführen auswählen.</source>
      <translation>Please select at least two cards to merge.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Bitte Karten oder Cluster zum Übernehmen auswählen.</source>
      <translation>Please select cards or clusters to carry forward.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Nach dieser Phase kommt keine weitere.</source>
      <translation>There is no phase after this one.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>{0} · {1} Cluster · {2} zusammengeführt</source>
      <translation>{0} · {1} clusters · {2} merged</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>{0} Treffer</source>
      <translation>{0} matches</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>{0} in „{1}“ übernommen.</source>
      <translation>{0} carried into “{1}”.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Importiere {0} …</source>
      <translation>Importing {0} …</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>{0} und {1} Cluster importiert.</source>
      <translation>Imported {0} and {1} clusters.</translation>
    </message>
    <message>
      <location filename="../../../ui/board/view.py" />
      <source>Pinnwand</source>
      <translation>Board</translation>
    </message>
    <message>
      <location filename="../../../ui/board/tab.py" />
      <source>Pin&amp;wand</source>
      <translation>&amp;Board</translation>
    </message>
    <message>
      <source>Gelb</source>
      <translation>Yellow</translation>
    </message>
    <message>
      <source>Orange</source>
      <translation>Orange</translation>
    </message>
    <message>
      <source>Rosa</source>
      <translation>Pink</translation>
    </message>
    <message>
      <source>Grün</source>
      <translation>Green</translation>
    </message>
    <message>
      <source>Blau</source>
      <translation>Blue</translation>
    </message>
    <message>
      <source>Lila</source>
      <translation>Purple</translation>
    </message>
    <message>
      <source>Grau</source>
      <translation>Grey</translation>
    </message>
    <message>
      <source>Weiß</source>
      <translation>White</translation>
    </message>
    <message>
      <source>live getippt</source>
      <translation>typed live</translation>
    </message>
    <message>
      <source>von Papier übertragen</source>
      <translation>transcribed from paper</translation>
    </message>
  </context>
</TS>