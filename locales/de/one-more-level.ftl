one-more-level-title = Nur noch ein Level
one-more-level-summary = Die Tablet-Zeit ist um, aber das Spiel blinkt "Nur noch ein Level!" und zeigt einen glänzenden Preis. Die kleine Schwester wartet, und Oma ruft zum Essen. Die Kinder üben, müde Augen und schlechte Laune zu bemerken, selbst aufzuhören und zu sehen, dass manche Spiele einen festhalten wollen.

one-more-level-zara = Zara
one-more-level-nana = Oma Adjoa

one-more-level-hook = In deinem Zimmer spielst du ein Farmspiel.
one-more-level-timer = Omas Wecker klingelt. Ding! Die Tablet-Zeit ist um.
one-more-level-zara-waits = Jetzt bin ich dran! Ich warte schon so lange!
one-more-level-game-flashes = Das Spiel blinkt: "Nur noch ein Level! Gewinn eine goldene Schatztruhe!"

one-more-level-stop-prompt = Die Zeit ist um, aber die Truhe glänzt so. Was machst du, { $nickname }?
one-more-level-one-more = Tipp auf "Noch ein Level".
one-more-level-one-more-feedback = Zu so einer Truhe Nein sagen ist schwer! Aber Zara wartet noch. Nach diesem Level kannst du aufhören.
one-more-level-one-more-zara = Sie ist dran, muss aber immer noch warten.
one-more-level-stop-now = Tipp auf "Stopp" und gib Zara das Tablet.
one-more-level-stop-now-feedback = Du hast aufgehört, als der Wecker klingelte. Das ist schwer! Dein Hof wartet auf dich.
one-more-level-stop-now-zara = Sie ist genau pünktlich dran.
one-more-level-go-away = Sag: "Geh weg, Zara! Nur noch eins!"
one-more-level-go-away-feedback = Du wolltest die Truhe so sehr. Aber "geh weg" hat wehgetan. Ein liebes Wort hilft.
one-more-level-go-away-zara = Sie hat lange gewartet. Dann hast du gesagt, sie soll weggehen.

one-more-level-level-won = Du schaffst das Level. Dann blinkt das Spiel wieder.
one-more-level-bigger-chest = "Noch ein Level! Eine größere Truhe wartet!"
one-more-level-tired = Deine Augen sind trocken und müde. Du bist etwas grummelig.

one-more-level-body-prompt = Dein Körper sagt dir etwas. Was machst du?
one-more-level-listen = Sag: "Meine Augen sind müde. Ich hör jetzt auf."
one-more-level-listen-feedback = Du hast auf deinen Körper gehört. Müde Augen und Grummeln sagen: "Mach Pause!"
one-more-level-listen-zara = Jetzt ist sie dran. Sie rennt zum Tablet.
one-more-level-keep-going = Spiel weiter. Die nächste Truhe sieht noch besser aus.
one-more-level-keep-going-feedback = Das Spiel zeigt immer eine neue Truhe. So ist es nie fertig. Ein Erwachsener hilft dir beim Aufhören.
one-more-level-keep-going-zara = Sie hat so lange gewartet. Sie holt Oma.
one-more-level-watch = Sag: "Zara, setz dich zu mir und guck zu!"
one-more-level-watch-feedback = Zara ist gern bei dir. Aber Zugucken ist nicht selbst spielen. Ihre Runde fehlt noch.
one-more-level-watch-zara = Sie sitzt dicht bei dir. Aber sie will selbst dran sein.

one-more-level-nana-comes = Oma kommt rein. Sie hält Zara an der Hand.
one-more-level-nana-asks = Der Wecker hat längst geklingelt. Wie geht's deinen Augen?
one-more-level-nana-prompt = Was sagst du Oma, { $nickname }?
one-more-level-tell-truth = "Meine Augen sind müde. Das Spiel sagt immer: noch eins."
one-more-level-tell-truth-feedback = Du hast Oma die Wahrheit gesagt. Jetzt kann sie dir helfen.
one-more-level-tell-truth-nana = Du sagst ihr, wie es dir wirklich geht.
one-more-level-im-fine = "Alles gut! Ich hab grad erst angefangen!"
one-more-level-im-fine-feedback = Das sagen viele Kinder, um weiterzuspielen. Aber Oma hat den Wecker gehört. Die Wahrheit hilft ihr, dir zu helfen.
one-more-level-im-fine-nana = Sie sieht müde Augen und ein grummeliges Gesicht.
one-more-level-not-fair = Ruf: "Das ist unfair! Ich hab die Truhe nicht gekriegt!"
one-more-level-not-fair-feedback = Lange Bildschirmzeit macht jeden mal grummelig. Das ist okay. Eine Umarmung und eine Pause helfen.
one-more-level-not-fair-nana = Sie weiß, dass lange Spiele Kinder grummelig machen.
one-more-level-nana-helps = Lass uns speichern. Dein Hof wartet auf dich.
one-more-level-shelf = Du und Oma drückt auf Speichern. Das Tablet kommt ins Regal.
one-more-level-dinner = Das Essen ist fertig! Kommt, ihr Schätze!

one-more-level-zara-plays = Zara ist dran. Du baust einen hohen Turm aus Klötzen.
one-more-level-zara-one-more = Nur noch ein Level! Bitte?
one-more-level-help-prompt = Zara will nicht aufhören. Was machst du?
one-more-level-help-stop = Sag: "Das sagt es immer! Speicher, dann gehen wir essen."
one-more-level-help-stop-feedback = Du weißt, wie schwer Aufhören ist. Darum hast du Zara lieb geholfen.
one-more-level-help-stop-zara = Sie speichert ihr Spiel. Mit dir war Aufhören leichter.
one-more-level-grab = Nimm Zara das Tablet aus den Händen.
one-more-level-grab-feedback = Du wolltest ihr beim Aufhören helfen. Aber Wegnehmen hat Zara wütend gemacht. Lieb fragen klappt besser.
one-more-level-grab-zara = Das Tablet wurde ihr aus den Händen genommen.
one-more-level-go-eat = Geh essen. Zara kann allein aufhören.
one-more-level-go-eat-feedback = Zara ist noch klein. Aufhören ist auch für sie schwer. Darum kommt Oma und hilft.
one-more-level-go-eat-zara = Sie hört "Essen", aber allein kann sie nicht aufhören.
one-more-level-go-eat-nana = Sie hilft Zara beim Speichern.

one-more-level-zara-asks = Warum sagt das Spiel immer "noch eins"?
one-more-level-trick-prompt = Was sagst du Zara, { $nickname }?
one-more-level-made-to-keep = "Das Spiel will, dass wir weiterspielen. Aber wir entscheiden."
one-more-level-made-to-keep-feedback = Ja! Glänzende Preise sollen dich am Spielen halten. Du bestimmst, wann Schluss ist.
one-more-level-made-to-keep-zara = Sie wusste nicht, dass Spiele sie festhalten wollen.
one-more-level-best-part = "Weil die Truhe das Beste ist!"
one-more-level-best-part-feedback = Truhen machen Spaß. Aber es gibt immer eine neue. So ist das Spiel nie fertig.
one-more-level-best-part-zara = Sie will auch eine Truhe. Den Trick sieht sie noch nicht.
one-more-level-play-cards = "Weiß nicht. Spielen wir nach dem Essen Karten?"
one-more-level-play-cards-feedback = Mit Zara Karten spielen ist lieb. Ihre Frage ist auch gut. Oma kann euch beiden helfen.
one-more-level-play-cards-zara = Sie spielt so gern mit dir.
one-more-level-nana-smiles = Schlau! Du hast den Trick entdeckt. Und jetzt essen wir!
one-more-level-nana-explains = Manche Spiele wollen, dass du immer weiterspielst. Aber du entscheidest, wann Schluss ist.
one-more-level-say-sorry = Nach dem Essen sagst du zu Zara: "Tut mir leid." Sie umarmt dich ganz fest.

one-more-level-end-by-choice = Du hast ganz allein aufgehört. Zara war dran. Das Essen schmeckt so gut!
one-more-level-end-by-choice-reflect = Wie sagt dir dein Körper, dass du Pause brauchst?
one-more-level-end-by-choice-zara = Sie war genau pünktlich dran.
one-more-level-end-by-choice-nana = Du hast aufgehört, trotz der glänzenden Truhe.
one-more-level-end-nana-helped = Heute hat Oma dir beim Aufhören geholfen. Nächstes Mal ist Zara zuerst dran. Dann versuchst du, allein aufzuhören.
one-more-level-end-nana-helped-reflect = Was kannst du tun, wenn ein Spiel "noch eins" sagt?
one-more-level-end-nana-helped-nana = Aufhören ist schwer. Sie hilft dir, bis du es kannst.
one-more-level-end-nana-helped-zara = Nächstes Mal ist sie zuerst dran.

one-more-level-discuss-1 = Das Spiel zeigte einen Preis genau dann, als die Zeit um war. Warum macht ein Spiel das wohl? Was will uns sonst noch am Schauen oder Spielen halten?
one-more-level-discuss-2 = Wie fühlt sich dein Körper nach langer Zeit am Bildschirm an? Woran merkst du, dass es Zeit für eine Pause ist, und was hilft?
one-more-level-discuss-3 = Wie kann eine Familie ein Tablet gerecht teilen? Welcher Plan zum Aufhören würde bei euch zu Hause klappen?
