photo-without-asking-title = Ein lustiges Foto beim Picknick
photo-without-asking-summary = Beim Geburtstagspicknick macht das Kind ein lustiges Foto von einer Freundin mit Kuchen im Gesicht und will es in den Klassenchat schicken. Die Kinder üben, erst zu fragen, ein "Nein" anzunehmen und dass Geschicktes bleiben und weiterwandern kann.

## Figuren
photo-without-asking-freya = Freya
photo-without-asking-sofia = Sofia
photo-without-asking-jamal = Jamal
photo-without-asking-mum = Mama

## Einstieg
photo-without-asking-hook = Sofia feiert Geburtstag mit einem Picknick im Park. Es gibt einen großen Kuchen!
photo-without-asking-freya-bite = Freya beißt ein Riesenstück ab. Jetzt hat sie Kuchen im ganzen Gesicht!
photo-without-asking-freya-laughs = Mmh! Bester Kuchen der Welt!
photo-without-asking-snap = Mama leiht dir ihr Handy für Fotos. Klick! Du hast ein lustiges Foto.
photo-without-asking-jamal-says = Haha! Schick es in den Klassenchat!

## Entscheidung 1
photo-without-asking-first-prompt = Das Foto ist so lustig. Was machst du, { $nickname }?
photo-without-asking-send-now = Schick es gleich in den Klassenchat.
photo-without-asking-send-now-feedback = Es sollte ein Spaß sein. Aber Freya hat nicht Ja gesagt. Mama hilft dir, es gutzumachen.
photo-without-asking-send-now-freya = Ihr verschmiertes Gesicht ist jetzt im Klassenchat.
photo-without-asking-send-now-jamal = Er findet den Witz super.
photo-without-asking-ask-freya = Frag Freya: "Darf ich das der Klasse schicken?"
photo-without-asking-ask-freya-feedback = Du hast zuerst gefragt. Es ist ihr Gesicht, also entscheidet sie.
photo-without-asking-ask-freya-freya = Sie darf über ihr eigenes Gesicht bestimmen.
photo-without-asking-ask-mum = Zeig es erst Mama. Frag, ob du es schicken darfst.
photo-without-asking-ask-mum-feedback = Einen Erwachsenen fragen ist klug. Mama hilft dir beim Nachdenken.
photo-without-asking-ask-mum-mum = Du hast sie gefragt, bevor du es geschickt hast.

photo-without-asking-mum-says-ask = Gut, dass du fragst. Es ist Freyas Gesicht. Lass uns sie fragen.
photo-without-asking-freya-answers = Nein! Bitte nicht. Mein Gesicht ist ganz verschmiert.

## Entscheidung 2 (erst gefragt)
photo-without-asking-no-prompt = Freya hat Nein gesagt. Was sagst du?
photo-without-asking-okay = "Okay! Ich schick es nicht."
photo-without-asking-okay-feedback = Ein "Nein" ist okay. Du hast zugehört, also kann Freya dir vertrauen.
photo-without-asking-okay-freya = Du hast auf sie gehört.
photo-without-asking-please = "Aber es ist so lustig! Bitte?"
photo-without-asking-please-feedback = Dir gefällt das Foto sehr. Aber Freya hat schon Nein gesagt. Ein Nein ist okay, auch bei Fotos.
photo-without-asking-please-freya = Sie hat Nein gesagt, aber du fragst weiter.
photo-without-asking-new-photo = "Okay. Machen wir zusammen ein neues?"
photo-without-asking-new-photo-feedback = Du hast zugehört und hattest eine neue Idee. Freya darf entscheiden.
photo-without-asking-new-photo-freya = Sie kann erst ihr Gesicht abwischen und lächeln.

photo-without-asking-mum-steps-in = Freya hat Nein gesagt. Wenn jemand Nein sagt, hören wir darauf.
photo-without-asking-say-sorry = Du entschuldigst dich. Freya lächelt wieder.
photo-without-asking-mum-pleased = Du hast auf Freya gehört. Das war lieb.

## Entscheidung 2 (geschickt)
photo-without-asking-phones-ding = Pling! Pling! Überall beim Picknick piepen Handys.
photo-without-asking-freya-sees = Warum hast du das geschickt? Jetzt sehen es alle!
photo-without-asking-sent-prompt = Freya ist traurig. Was machst du jetzt?
photo-without-asking-sorry-fix = Entschuldige dich. Bitte Mama, es zu löschen.
photo-without-asking-sorry-fix-feedback = Sich entschuldigen und es wieder gutmachen ist mutig. Mama kann dir helfen.
photo-without-asking-sorry-fix-freya = Du hast dich entschuldigt und willst es gutmachen.
photo-without-asking-joke = "Ist doch nur Spaß! Das ist lustig!"
photo-without-asking-joke-feedback = Du meintest es als Spaß. Aber ein Witz ist nur lustig, wenn Freya auch lacht. Eine Entschuldigung kann helfen.
photo-without-asking-joke-freya = Du hast gelacht, aber sie nicht.
photo-without-asking-run-off = Sag nichts. Lauf los zum Spielen.
photo-without-asking-run-off-feedback = Es ist schwer, wenn ein Witz schiefgeht. Aber Freya geht es noch schlecht. Mama kann dir helfen, es gutzumachen.
photo-without-asking-run-off-freya = Keiner hilft ihr.

photo-without-asking-mum-sees = Ich hab das Foto gesehen. Lass uns das zusammen klären.
photo-without-asking-mum-deletes = Mama nimmt das Foto aus dem Chat. Aber ein paar Leute haben es schon gesehen.

## Entscheidung 3
photo-without-asking-mum-explains = Was wir schicken, kann bleiben. Andere können es speichern und weiterschicken.
photo-without-asking-jamal-asks = Schickst du mir das Kuchenfoto? Ich will es meinem großen Bruder zeigen.
photo-without-asking-jamal-prompt = Was sagst du Jamal, { $nickname }?
photo-without-asking-say-no = "Nein. Freya will nicht, dass es geteilt wird."
photo-without-asking-say-no-feedback = Du hast Freyas Foto geschützt. Fotos können weit wandern. Ein Nein hilft viel.
photo-without-asking-say-no-freya = Du hast ihr Foto für dich behalten.
photo-without-asking-say-no-jamal = Er hat nicht an Freya gedacht.
photo-without-asking-send-jamal = Schick es Jamal. Nur ihm.
photo-without-asking-send-jamal-feedback = Es nur einem Freund zu schicken wirkt okay. Aber Jamal kann es weiterschicken, immer weiter. Du kannst ihn bitten, es zu löschen.
photo-without-asking-send-jamal-freya = Ihr Foto geht an Leute, die sie nicht kennt.
photo-without-asking-delete = Lösch das Foto auf Mamas Handy.
photo-without-asking-delete-feedback = Jetzt kann es keiner mehr von hier verschicken. So ist Freyas Gesicht geschützt.
photo-without-asking-delete-freya = Jetzt kann das Foto nirgendwo mehr hin.

photo-without-asking-jamal-brother = Am Abend schickt Jamals Bruder es auch an seine Freunde.
photo-without-asking-freya-idea = Deine Idee! Lasst uns alle aufs neue Foto!
photo-without-asking-sofia-idea = Lasst uns ein Gruppenfoto zu meinem Geburtstag machen!

## Enden
photo-without-asking-end-group-photo = Freya wischt sich das Gesicht ab. Alle rücken zusammen. Klick! Alle sagen Ja, also schickt Mama es der Klasse.
photo-without-asking-end-group-photo-reflect = Wie kannst du fragen, bevor du ein Foto von jemandem teilst?
photo-without-asking-end-group-photo-freya = Sie hat das Foto ausgesucht, und es gefällt ihr.
photo-without-asking-end-group-photo-sofia = Alle ihre Freunde sind auf ihrem Geburtstagsfoto.
photo-without-asking-end-fixed = Das Foto ist aus dem Chat. Du entschuldigst dich, und Freya lächelt. Aber manche haben es gesehen. Frag nächstes Mal vorher.
photo-without-asking-end-fixed-reflect = Warum ist es gut, vor dem Schicken eines Fotos zu fragen?
photo-without-asking-end-fixed-freya = Du hast geholfen, das Foto zu löschen.
photo-without-asking-end-went-far = Mama hilft dir, alle zu bitten, es zu löschen. Du entschuldigst dich bei Freya. Jetzt weißt du, wie weit ein Foto wandern kann.
photo-without-asking-end-went-far-reflect = Wo kann ein geschicktes Foto überall landen?
photo-without-asking-end-went-far-freya = Sie weiß nicht, wer ihr Foto gesehen hat.
photo-without-asking-end-went-far-mum = Sie hilft dir, es gutzumachen.

## Für Lehrkräfte
photo-without-asking-discuss-1 = Freya hat über den Kuchen gelacht, aber sie wollte nicht, dass das Foto verschickt wird. Warum kann etwas im Moment lustig sein, aber nicht okay zum Teilen?
photo-without-asking-discuss-2 = Wie können wir jemanden fragen, bevor wir ein Foto von ihm teilen? Was tun wir bei einem Nein?
photo-without-asking-discuss-3 = Mama hat gesagt, andere können ein Foto speichern und weiterschicken. Wohin kann ein Foto gehen, wenn wir es geschickt haben? Wer kann uns helfen, wenn ein Foto zu weit geht?
