<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>the ballot names an option that is not in this vote</source>
        <translation>Der Stimmzettel nennt eine Option, die nicht zu dieser Abstimmung gehört</translation>
    </message>
    <message>
        <source>the ballot names a dot criterion that is not in this vote</source>
        <translation>Der Stimmzettel nennt ein Kriterium, das nicht zu dieser Abstimmung gehört</translation>
    </message>
    <message>
        <source>a ballot holds whole numbers only</source>
        <translation>Ein Stimmzettel enthält nur ganze Zahlen</translation>
    </message>
    <message>
        <source>a negative number of dots is not possible</source>
        <translation>Eine negative Zahl von Punkten ist nicht möglich</translation>
    </message>
    <message>
        <source>at most {cap} dot(s) per item</source>
        <translation>Höchstens {cap} Punkt(e) pro Element</translation>
    </message>
    <message>
        <source>{value} is not a possible answer in this vote</source>
        <translation>{value} ist in dieser Abstimmung keine mögliche Antwort</translation>
    </message>
    <message>
        <source>{total} dots given, the budget is {budget}</source>
        <translation>{total} Punkte vergeben, erlaubt sind {budget}</translation>
    </message>
    <message>
        <source>the ballot is empty</source>
        <translation>Der Stimmzettel ist leer</translation>
    </message>
    <message>
        <source>{count} option(s) still need an answer</source>
        <translation>Für {count} Option(en) fehlt noch eine Antwort</translation>
    </message>
    <message>
        <source>this vote has no dots</source>
        <translation>Bei dieser Abstimmung gibt es keine Punkte</translation>
    </message>
    <message>
        <source>unknown option or criterion</source>
        <translation>Unbekannte Option oder unbekanntes Kriterium</translation>
    </message>
    <message>
        <source>no dots left</source>
        <translation>Keine Punkte mehr übrig</translation>
    </message>
    <message>
        <source>dots are added one by one</source>
        <translation>Punkte werden einzeln vergeben</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>Unbekannte Option</translation>
    </message>
    <message>
        <source>unknown consent text version {version!r}</source>
        <translation>Unbekannte Version des Einwilligungstexts: {version!r}</translation>
    </message>
    <message>
        <source>{field}: contains a text direction control character</source>
        <translation>{field}: enthält ein Steuerzeichen für die Schreibrichtung</translation>
    </message>
    <message>
        <source>{field}: contains a control character</source>
        <translation>{field}: enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>E-Mail: {text!r} is not an e-mail address</source>
        <translation>E-Mail: „{text}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Telefon: {text!r} is not a phone number</source>
        <translation>Telefon: „{text}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>Zweck: a consent needs a purpose</source>
        <translation>Zweck: Eine Einwilligung braucht einen Zweck</translation>
    </message>
    <message>
        <source>criteria catalogue: expected a JSON object</source>
        <translation>Kriterienkatalog: Erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>criteria catalogue: format must be {format!r}</source>
        <translation>Kriterienkatalog: Das Format muss {format!r} sein</translation>
    </message>
    <message>
        <source>criteria catalogue: 'name' is missing</source>
        <translation>Kriterienkatalog: 'name' fehlt</translation>
    </message>
    <message>
        <source>criteria catalogue: 'criteria' must be a non-empty list</source>
        <translation>Kriterienkatalog: 'criteria' muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>criteria catalogue, criterion {index}</source>
        <translation>Kriterienkatalog, Kriterium {index}</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: Erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>{where}: 'key' and 'name' are required</source>
        <translation>{where}: 'key' und 'name' sind Pflichtangaben</translation>
    </message>
    <message>
        <source>{where}: key {key!r} appears twice</source>
        <translation>{where}: Der Schlüssel {key!r} kommt doppelt vor</translation>
    </message>
    <message>
        <source>{where}: kind must be 'ko' or 'scored'</source>
        <translation>{where}: 'kind' muss 'ko' oder 'scored' sein</translation>
    </message>
    <message>
        <source>{where}: weight must be a number from 0 to 100</source>
        <translation>{where}: Die Gewichtung ('weight') muss eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>district list {path} cannot be read: {error}</source>
        <translation>Die Stadtteilliste {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>district list {path} holds no names</source>
        <translation>Die Stadtteilliste {path} enthält keine Namen</translation>
    </message>
    <message>
        <source>the status cannot change from “{old}” to “{new}”</source>
        <translation>Status „{old}“ kann nicht zu „{new}“ wechseln</translation>
    </message>
    <message>
        <source>a Steckbrief without a title cannot be submitted</source>
        <translation>Ein Steckbrief ohne Titel kann nicht eingereicht werden</translation>
    </message>
    <message>
        <source>“bewertet” needs at least one rating</source>
        <translation>„bewertet“ braucht mindestens eine Bewertung</translation>
    </message>
    <message>
        <source>a K.O. criterion is not met; the Steckbrief cannot be prioritised</source>
        <translation>Ein K.O.-Kriterium ist nicht erfüllt; der Steckbrief kann nicht priorisiert werden</translation>
    </message>
    <message>
        <source>unknown status “{value}”</source>
        <translation>Unbekannter Status „{value}“</translation>
    </message>
    <message>
        <source>unknown priority “{value}” (hoch, mittel or niedrig)</source>
        <translation>Unbekannte Priorität „{value}“ (hoch, mittel oder niedrig)</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: Text erwartet</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character</source>
        <translation>{field}: enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>{field}: {length:,} characters, at most {max_len:,} allowed</source>
        <translation>{field}: {length} Zeichen, höchstens {max_len} erlaubt</translation>
    </message>
    <message>
        <source>{field}: must not be empty</source>
        <translation>{field}: darf nicht leer sein</translation>
    </message>
    <message>
        <source>a vote needs at least one option</source>
        <translation>Eine Abstimmung braucht mindestens eine Option</translation>
    </message>
    <message>
        <source>at most {count} options per vote</source>
        <translation>Höchstens {count} Optionen pro Abstimmung</translation>
    </message>
    <message>
        <source>options must be distinct</source>
        <translation>Die Optionen müssen verschieden sein</translation>
    </message>
    <message>
        <source>dot budget must be between 1 and {max}</source>
        <translation>Die Punkte pro Person müssen zwischen 1 und {max} liegen</translation>
    </message>
    <message>
        <source>the cap per item must be between 1 and the budget</source>
        <translation>Die Höchstzahl pro Element muss zwischen 1 und den Punkten pro Person liegen</translation>
    </message>
    <message>
        <source>at most {count} dot criteria</source>
        <translation>Höchstens {count} Kriterien</translation>
    </message>
    <message>
        <source>dot criteria must have distinct names</source>
        <translation>Die Kriterien brauchen verschiedene Namen</translation>
    </message>
    <message>
        <source>a dot criterion name has at most 64 characters</source>
        <translation>Der Name eines Kriteriums hat höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>every dot criterion needs a name</source>
        <translation>Jedes Kriterium braucht einen Namen</translation>
    </message>
    <message>
        <source>the threshold must be above 0 % and at most 100 %</source>
        <translation>Die Schwelle für die Annahme muss über 0 % und höchstens bei 100 % liegen</translation>
    </message>
    <message>
        <source>the resistance scale must end between 1 and 10</source>
        <translation>Die Widerstandsskala muss zwischen 1 und 10 enden</translation>
    </message>
</context>
</TS>
