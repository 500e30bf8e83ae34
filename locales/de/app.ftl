# Wörter der Spielbildschirme. Die Wörter der Geschichten stehen in <scenario-id>.ftl.

# Der Name dieser Sprache, in dieser Sprache (im Sprachwechsel gezeigt).
language-name = Deutsch

app-title = Kind Quest
title-tagline = Geschichten: online nett sein und sicher bleiben
title-play = Spielen
title-language = Sprache

profiles-title = Wer spielt?
profiles-new = Neuer Spieler
profiles-none = Noch niemand da. Leg einen neuen Spieler an!
profiles-hello = Hallo, { $nickname }!
profiles-pick-face = Wähl ein Gesicht
profiles-your-name = Dein Spielname
profiles-another-name = Anderer Name
profiles-create = Los geht's!
profiles-no-real-names = Wir fragen nie nach deinem echten Namen.

map-title = Geschichten-Karte
map-finished-count = { $count ->
    [0] Noch keine Geschichte fertig
    [one] Du hast eine Geschichte geschafft
   *[other] Du hast { $count } Geschichten geschafft
}
map-done = Fertig
map-ages = { $ages } Jahre
map-change-player = Spieler wechseln
map-empty = Keine Geschichte ließ sich laden.

play-next = Weiter
play-next-hint = Weiter mit Enter
play-choose-hint = Drück eine Zahl oder klick
play-to-map = Karte
play-narrator = Erzähler

feedback-title = Wie fühlen sich alle?
feedback-try-another-way = Anders probieren
feedback-go-on = Weiter
feedback-you-chose = Deine Wahl: { $choice }

ending-title = Ende
ending-think = Denk mal nach
ending-break = Zeit für eine Pause. Erzählst du jemandem die Geschichte?
ending-to-map = Zurück zur Karte

data-problem = Manche Spieldaten waren nicht lesbar. Eine Kopie ist sicher aufgehoben, damit ein Erwachsener nachsehen kann.
data-in-use = Kind Quest ist schon in einem anderen Fenster offen. Dort findest du alle, die mitspielen: Schließe dieses Fenster und spiel im anderen weiter.
data-not-saved = Kind Quest kann auf diesem Computer gerade nichts speichern. Du kannst trotzdem spielen. Ein Erwachsener kann im Bereich für Erwachsene nachsehen, warum.
content-problem = { $count ->
    [one] Eine Geschichte konnte nicht geladen werden. Ein Erwachsener kann mit "kind-quest check" sehen, warum.
   *[other] { $count } Geschichten konnten nicht geladen werden. Ein Erwachsener kann mit "kind-quest check" sehen, warum.
}

play-text-stopped = bei einer Wahl angehalten

# How a person and their feeling are shown: "Priya (sad):".
feeling-label = { $name } ({ $feeling }):
feeling-calm = ruhig
feeling-happy = froh
feeling-sad = traurig
feeling-worried = besorgt
feeling-angry = wütend
feeling-surprised = überrascht
feeling-left-out = ausgeschlossen
feeling-proud = stolz
feeling-embarrassed = verlegen

setting-home = Zuhause
setting-school = Schule
setting-online-game = Online-Spiel
setting-hospital = Krankenhaus
setting-hotel = Hotel
setting-restaurant = Restaurant
setting-park = Park
setting-bedroom = Kinderzimmer

skill-identity = Ich selbst sein
skill-identity-learns = Online und offline derselbe nette, ehrliche Mensch sein.
skill-balanced-use = Bildschirm-Balance
skill-balanced-use-learns = Merken, wie sich Bildschirmzeit anfühlt, und selbst aufhören.
skill-cyberbullying = Mut zeigen
skill-cyberbullying-learns = Mobbing erkennen, helfen und es einem Erwachsenen sagen, dem du vertraust.
skill-security = Sicher bleiben
skill-security-learns = Gute Passwörter, Links und Nachrichten mit Trick, und was du tun kannst.
skill-empathy = Freundlichkeit
skill-empathy-learns = Merken, wie sich andere online fühlen, und auf sie achten.
skill-footprint = Digitale Spuren
skill-footprint-learns = Was du postest, bleibt und erzählt von dir und anderen.
skill-critical-thinking = Mitdenken
skill-critical-thinking-learns = Wahr oder falsch, Freund oder fremd, Werbung oder Rat.
skill-privacy = Privatsphäre
skill-privacy-learns = Deine Daten und die von anderen gut schützen.

# Alle Tiere sind männlich (der Otter, der Uhu, der Hase ...), damit jedes
# Adjektiv mit jedem Tier passt ("Mutiger Uhu"). Statt Schildkröte: der Frosch.
nickname-pattern = { $adjective } { $animal }
nick-adj-brave = Mutiger
nick-adj-kind = Lieber
nick-adj-happy = Froher
nick-adj-clever = Pfiffiger
nick-adj-gentle = Sanfter
nick-adj-bright = Kluger
nick-adj-calm = Ruhiger
nick-adj-cheerful = Lustiger
nick-adj-curious = Neugieriger
nick-adj-friendly = Netter
nick-adj-quick = Flinker
nick-adj-sunny = Sonniger
nick-animal-otter = Otter
nick-animal-fox = Fuchs
nick-animal-panda = Panda
nick-animal-owl = Uhu
nick-animal-dolphin = Delfin
nick-animal-koala = Koala
nick-animal-turtle = Frosch
nick-animal-penguin = Pinguin
nick-animal-rabbit = Hase
nick-animal-tiger = Tiger
nick-animal-whale = Wal
nick-animal-hedgehog = Igel

## Der Bereich für Erwachsene: Zugang, Fortschritt, Daten.
grown-ups-button = Für Erwachsene
grown-ups-what-can-see-button = Was Erwachsene sehen
grown-ups-what-can-see-title = Was Erwachsene sehen können
grown-ups-what-can-see-text = Erwachsene können deinen Spielnamen sehen, dein Gesicht, die Geschichten, die du gespielt hast, und was du gewählt hast. Das alles bleibt auf diesem Computer. Sonst kann es niemand sehen.
grown-ups-what-can-see-close = Okay
gate-title = Für Erwachsene
gate-explain = Dieser Teil ist für Eltern und Lehrkräfte. Zum Weitergehen bitte die Frage beantworten.
gate-question = Wie viel ist { $a } × { $b }?
gate-go = Weiter
gate-wrong = Das stimmt nicht. Hier ist eine neue Frage.
gate-back = Zurück
grown-ups-banner = Bereich für Erwachsene. Er schließt sich nach 5 Minuten ohne Nutzung von selbst.
grown-ups-title = Kinder auf diesem Computer
grown-ups-close = Schließen
grown-ups-finished = { $count ->
    [one] 1 Geschichte fertig
   *[other] { $count } Geschichten fertig
}
grown-ups-open-progress = Fortschritt ansehen
grown-ups-no-children = Noch hat niemand gespielt.
grown-ups-files-set-aside = Manche gespeicherten Dateien waren nicht lesbar. Sie wurden aufbewahrt, nicht gelöscht:
progress-title = Fortschritt: { $nickname }
progress-skills = Geübte Fähigkeiten
progress-figures = { $shown } von { $available } möglichen gezeigt, in { $count ->
    [one] 1 Entscheidung
   *[other] { $count } Entscheidungen
}
progress-how = So wird das berechnet
progress-how-text = Bei jeder Entscheidung zählt jede Fähigkeit einmal, die eine Wahl dort zeigen könnte. Der Balken zeigt, was die erste Wahl des Kindes gezeigt hat, gemessen an dem, was die freundlichste oder sicherste Wahl gezeigt hätte. Bei weniger als 3 Entscheidungen steht bei einer Fähigkeit "am Anfang", denn eine Geschichte reicht nicht für mehr. "Anders probieren" zählt weder dafür noch dagegen.
progress-stories = Fertige Geschichten
progress-none-finished = Noch keine Geschichte fertig.
progress-choices = Was gewählt wurde
progress-not-finished = noch nicht fertig
progress-tried-again = dann anders probiert
progress-choices-earlier = …und { $count } { $count ->
    [one] frühere Geschichte
   *[other] frühere Geschichten
}. „Kopie speichern“ enthält alle.
progress-talk = Gesprächsideen
progress-export = Kopie speichern
progress-exported = Kopie gespeichert in { $path }
progress-export-failed = Die Kopie konnte nicht gespeichert werden: { $error }
progress-erase = Löschen
progress-erase-confirm = { $nickname } mit allem Fortschritt von diesem Computer löschen? Das lässt sich nicht rückgängig machen.
progress-erase-yes = Ja, löschen
progress-erase-no = Nein, behalten
progress-back = Zurück
growth-not-yet-played = noch nicht gespielt
growth-just-starting = am Anfang
growth-growing = wächst
growth-getting-strong = wird stark
growth-shining = strahlt

## Das Stundenblatt für Lehrkräfte.
lesson-count = { $count ->
    [one] { $count } Geschichte
   *[other] { $count } Geschichten
}
lesson-endings-ask = Fragen am Ende der Geschichte
lesson-talk = Zum gemeinsamen Gespräch
lesson-notes = Notizen

## Das Klassenzimmer: Stunden auf dem großen Bildschirm, und Klassen.
classroom-title = Klassenzimmer
classroom-lessons = Stunden
classroom-new-lesson = Neue Stunde
classroom-lesson-default = Stunde { $number }
classroom-name = Name
classroom-edit = Bearbeiten
classroom-done = Fertig
classroom-delete = Löschen
classroom-start = Am Großbildschirm starten
classroom-sheet = Stundenblatt
classroom-pick-stories = Geschichten in der gewünschten Spielreihenfolge wählen.
classroom-in-lesson = In dieser Stunde
classroom-classes = Klassen
classroom-new-class = Neue Klasse
classroom-class-default = Klasse { $number }
classroom-members = Wer ist in dieser Klasse?
classroom-children = { $count ->
    [one] { $count } Kind
   *[other] { $count } Kinder
}
classroom-class-report = Klassenbericht
classroom-saved = Gespeichert in { $path }
projector-banner = Klassenstunde: Was wir wählen, wird bei niemandem gespeichert.
projector-vote-hint = Stimmt zusammen ab. Die Lehrkraft nimmt, wofür sich die meisten melden.
projector-talk = Reden wir darüber
projector-next = Nächste Geschichte
projector-end = Stunde beenden
# What the story calls the whole class on the big screen (instead of a game name).
projector-nickname = Klasse

## Die PIN für Lehrkräfte.
pin-title = PIN für Lehrkräfte
pin-explain = Mit einer PIN fragt der Bereich für Erwachsene nach der PIN statt nach einer Rechenaufgabe. Vergessen? Die Datei grown-ups.ron im Datenordner löschen: Kein Fortschritt geht verloren.
pin-new = Neue PIN (4 bis 8 Ziffern)
pin-set = PIN festlegen
pin-remove = PIN entfernen
pin-is-set = Eine PIN ist festgelegt.
pin-invalid = Eine PIN hat 4 bis 8 Ziffern.
gate-pin-question = Bitte die PIN für Lehrkräfte eingeben.
gate-pin-wrong = Das ist nicht die PIN.

## Die Berichtsseite für Eltern und Lehrkräfte (kind-quest report --format html).
report-meta = { $children ->
    [one] 1 Kind
   *[other] { $children } Kinder
} · auf diesem Computer erstellt; nichts wurde irgendwohin gesendet.
report-empty = In diesen Ordnern wurde kein gespeicherter Fortschritt gefunden.
report-child-meta = Geschichten begonnen: { $started } · fertig: { $finished } · Profil { $id }
report-col-skill = Fähigkeit
report-col-growth = Entwicklung
report-col-shown = Gezeigt / möglich
report-col-decisions = Entscheidungen
report-col-not-yet = Noch nicht
report-col-retries = Anders probiert

## Einstellungen, Stickeralbum, Vorlesen (die eigenen Seiten des Kindes)
settings-open = Einstellungen
settings-title = Meine Einstellungen
settings-language = Sprache
settings-look = So sieht es aus
settings-text-size = Schriftgröße
settings-size-normal = Normal
settings-size-large = Groß
settings-size-larger = Größer
settings-font = Buchstaben
settings-font-usual = Normal
settings-font-dyslexic = Gut zu unterscheiden
settings-contrast = Kräftige Farben
settings-motion = Weniger Bewegung
settings-preview = So sehen deine Geschichten aus.
settings-sound-and-voice = Ton und Stimme
settings-sound = Geräusche
settings-volume = Lautstärke
settings-quieter = Leiser
settings-louder = Lauter
settings-read-aloud = Alles vorlesen
settings-read-aloud-sample = Hallo! Ich kann dir die Geschichten vorlesen.
settings-on = An
settings-off = Aus
read-aloud-button = Vorlesen
read-aloud-not-built = Diese Version von Kind Quest kann nicht vorlesen. Ein Erwachsener kann in der Anleitung nachsehen, warum.
read-aloud-no-engine = Zum Vorlesen braucht der Computer eine Sprachausgabe. Ein Erwachsener kann sie installieren.
read-aloud-no-voice = Dieser Computer hat noch keine Stimme für diese Sprache. Ein Erwachsener kann eine hinzufügen.
stickers-open = Meine Sticker
stickers-title = Mein Stickeralbum
stickers-explain = Immer wenn eine Fähigkeit wächst, bekommst du einen Sticker. Jede Geschichte hilft, und die Sticker bleiben in deinem Album.
stickers-count = { $count } von { $total } Stickern
sticker-label = Sticker: { $skill }, { $level }
sticker-empty-label = Freier Platz für einen Sticker „{ $level }“
ending-new-stickers = { $count ->
    [one] Ein neuer Sticker für dein Album!
   *[other] { $count } neue Sticker für dein Album!
}
ending-no-new-sticker = Jede Geschichte lässt deine Fähigkeiten wachsen.
face-label = { $name }, { $feeling }
profiles-face-label = Gesicht { $number }
