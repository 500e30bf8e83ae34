too-good-video-title = Zu gut, um wahr zu sein
too-good-video-summary = Ein virales Video verspricht seltene Spieltiere gratis, und ein Freund will es testen und teilen. Dann lässt ein geschnittener Clip eine Mitschülerin unhöflich wirken. Die Kinder üben zu fragen, wer ein Video gemacht hat und warum, an echter Quelle zu prüfen und zu bedenken, dass ein geteilter Fake einem echten Menschen wehtun kann.

## Figuren
too-good-video-ravi = Ravi
too-good-video-hana = Hana
too-good-video-aunt-zainab = Tante Zainab

## Anfang
too-good-video-hook = Samstagnachmittag. Du bist in deinem Zimmer und hast einen Videocall mit Ravi. Ihr spielt beide dasselbe Haustier-Spiel.
too-good-video-ravi-look = Du MUSST dir dieses Video ansehen! Es hat zwei Millionen Aufrufe!
too-good-video-video = Ein Junge namens PetKing grinst in die Kamera: "Gebt alle eure Tiere an GoldenGift. Ihr kriegt sie doppelt zurück, plus einen seltenen goldenen Drachen! Nur heute!"
too-good-video-ravi-wants = Ein goldener Drache! Ich probier's sofort aus. Schicken wir es auch der ganzen Klasse!

## Ausprobieren?
too-good-video-try-prompt = Was sagst du zu Ravi, { $nickname }?
too-good-video-try-too = "Wir probieren es beide! Doppelte Tiere!"
too-good-video-try-too-feedback = Es klang toll, und viele glauben solche Videos. Aber die Tiere kommen nie zurück. Ein Erwachsener kann dir helfen, es zu melden.
too-good-video-try-too-ravi = Er hat seine Tiere weggegeben, und nichts kam zurück.
too-good-video-who-made = "Warte. Wer hat das Video gemacht, und warum?"
too-good-video-who-made-feedback = Gute Frage. Wer Videos macht, will etwas dafür: Aufrufe, Likes oder sogar deine Tiere.
too-good-video-who-made-ravi = Er war sich so sicher. Jetzt denkt er nach.
too-good-video-comments = "Lesen wir erst die Kommentare."
too-good-video-comments-feedback = Genauer hinschauen ist klug. Viele Kommentare sagen: "Ich hab alles gegeben und nichts zurückbekommen!"
too-good-video-comments-ravi = Manche Spieler sagen, sie haben alle Tiere verloren.
too-good-video-share-first = "Schick es erst in den Klassenchat, dann kriegen alle einen Drachen!"
too-good-video-share-first-feedback = Du wolltest, dass deine Freunde auch einen Drachen kriegen. Aber wenn es ein Trick ist, hast du ihn allen geschickt. Erst prüfen schützt sie.
too-good-video-share-first-ravi = Er denkt, die ganze Klasse wird euch danken.
too-good-video-lost-pets = Moment ... meine Tiere sind weg. Und kein Drache. Ich komm mir so dumm vor.
too-good-video-kids-reply = Im Klassenchat antworten drei Kinder: "Probier ich gleich!"
too-good-video-stop-think = Ihr schaut PetKing noch mal an. Diesmal kommt euch etwas komisch vor.

## Tante Zainab
too-good-video-aunt-comes = Tante Zainab klopft und bringt eine Schale Trauben. Sie sieht eure Gesichter.
too-good-video-aunt-kind = Oh, Ravi. Auf den Trick fallen viele Spieler rein. Du bist nicht schuld, und wir können ihn melden.
too-good-video-aunt-detective = Seltene Tiere gratis, nur heute? Das klingt zu gut, um wahr zu sein. Spielen wir Detektive.
too-good-video-check-prompt = Tante Zainab fragt: "Wie können wir prüfen, ob es stimmt?"
too-good-video-views = "Es hat zwei Millionen Aufrufe. Dann stimmt es!"
too-good-video-views-feedback = Viele Aufrufe heißt nur, dass viele zugeschaut haben. Auch ein Trick kann viral gehen.
too-good-video-views-aunt = Das denken viele. Sie hilft dir, noch mal hinzuschauen.
too-good-video-news-page = "Schauen wir auf die News-Seite vom Spiel."
too-good-video-news-page-feedback = Gute Wahl! Auf der echten News-Seite steht: "Wir verschenken nie Tiere für einen Tausch. Vorsicht vor diesem Trick!"
too-good-video-news-page-aunt = Du bist zur echten Quelle gegangen.
too-good-video-who-posted = "Schauen wir, wer es gepostet hat und was er sonst postet."
too-good-video-who-posted-feedback = PetKings Seite ist voller "Gratis-Tier"-Videos, und das Konto ist zwei Tage alt. Das ist ein großer Hinweis.
too-good-video-who-posted-ravi = Er hat nie geschaut, wer es gemacht hat.
too-good-video-report = Tante Zainab hilft Ravi, das Video und das Konto GoldenGift im Spiel zu melden. Ravi erzählt es auch seiner Mama.
too-good-video-warn-class = Du schreibst in den Klassenchat: "Probiert den Drachen-Trick nicht. Der ist fake, sorry!" Zwei Kinder antworten: "Puh, danke!"

## Der Clip
too-good-video-clip-buzz = Später brummt der Klassenchat wieder. Jemand hat einen neuen Clip gepostet.
too-good-video-clip = Er zeigt Hana aus deiner Klasse, die einen Lesepreis bekommt. Sie verdreht die Augen und sagt: "Egal. Wen interessiert schon der Preis?"
too-good-video-ravi-clip = Wow, Hana ist so unhöflich! Alle teilen das.
too-good-video-clip-prompt = Der Clip verbreitet sich schnell. Was machst du, { $nickname }?
too-good-video-share-clip = Teil ihn. Alle haben ihn eh schon gesehen.
too-good-video-share-clip-feedback = Man denkt schnell, einmal mehr teilen macht nichts. Aber mit jedem Teilen sehen mehr Leute diesen Clip von Hana. Du kannst noch helfen.
too-good-video-share-clip-hana = Noch mehr Leute lachen über sie, und sie kann nichts tun.
too-good-video-look-again = Schau ihn noch mal langsam an. Ist etwas geschnitten oder verändert?
too-good-video-look-again-feedback = Gut aufgepasst! Das Bild springt, und ihr Mund passt nicht zu den Worten. Jemand hat den Clip bearbeitet.
too-good-video-look-again-ravi = Er hat die Sprünge erst gesehen, als du sie gezeigt hast.
too-good-video-ask-hana = Schreib Hana: "Hast du das wirklich gesagt?"
too-good-video-ask-hana-feedback = Die echte Person zu fragen ist super zum Prüfen. Und Hana merkt, dass jemand sie anhören will.
too-good-video-ask-hana-hana = Jemand fragt sie, bevor er dem Clip glaubt.
too-good-video-laugh-react = Setz ein Lach-Smiley drunter. Nur ein albernes Video.
too-good-video-laugh-react-feedback = Es sah aus wie ein Witz. Aber Hana ist ein echter Mensch, und sie sieht jedes Lach-Smiley. Du kannst noch helfen.
too-good-video-laugh-react-hana = Jedes Lach-Smiley unter dem Clip fühlt sich an wie Auslachen.
too-good-video-hana-private = Das hab ich nie gesagt! Ich hab gesagt: "Danke, das ist toll." Jemand hat es zerschnitten und meine Stimme verändert.
too-good-video-hana-in-chat = Das hab ich so nicht gesagt!! Jemand hat es verändert. Bitte hört auf, es zu teilen.
too-good-video-ravi-realises = Oh nein. Ich hab es sofort geglaubt, genau wie das Drachen-Video.
too-good-video-aunt-real-people = Fake-Videos können lustig oder spannend sein. Aber wenn es um einen echten Menschen geht, kann Teilen richtig wehtun.

## Hana helfen
too-good-video-help-prompt = Wie kannst du Hana jetzt helfen, { $nickname }?
too-good-video-post-truth = Schreib in den Klassenchat: "Der Clip ist bearbeitet. Hana hat das nie gesagt. Bitte nicht mehr teilen."
too-good-video-post-truth-feedback = Du bist für die Wahrheit und für Hana eingetreten, ohne gemein zu sein. Das braucht Mut.
too-good-video-post-truth-hana = Jemand hält zu der echten Hana.
too-good-video-tell-teacher = Bitte Tante Zainab um Hilfe, es deiner Lehrerin zu sagen.
too-good-video-tell-teacher-feedback = Ein Fake-Clip, der durch die Klasse geht, ist zu groß für dich allein. Einen Erwachsenen um Hilfe bitten ist stark.
too-good-video-tell-teacher-aunt = Du hast um Hilfe gebeten, weil es allein zu groß ist.
too-good-video-tell-teacher-hana = Ein Erwachsener hilft, es zu stoppen.
too-good-video-stay-out = Halt dich raus. Ist nicht dein Problem.
too-good-video-stay-out-feedback = Raushalten fühlt sich sicherer an. Aber Schweigen lässt den Fake-Clip weiterlaufen. Eine nette Stimme kann viel ändern.
too-good-video-stay-out-hana = Keiner sagt etwas für sie.
too-good-video-revenge = Mach ein lustiges Fake-Video von dem, der den Clip gepostet hat.
too-good-video-revenge-feedback = Du wolltest für Hana eintreten. Aber ein neues Fake-Video verletzt einen anderen echten Menschen. Die Wahrheit sagen hilft mehr.
too-good-video-revenge-hana = Sie will nicht, dass noch mehr Fake-Videos rumgehen.
too-good-video-delete-share = Du löschst, was du unter den Clip gepostet hast, und schreibst Hana: "Sorry. Ich hab es erst geglaubt."

## Enden
too-good-video-end-adult-helps = Am Montag bittet deine Lehrerin alle, den Clip zu löschen. Die Klasse sieht das echte Video von Hanas Preis, und alle jubeln.
too-good-video-end-adult-helps-reflect = Welche Fragen kannst du dir stellen, bevor du ein Video teilst?
too-good-video-end-adult-helps-hana = Die echte Hana ist zurück, und ihre Klasse hat gejubelt.
too-good-video-end-adult-helps-ravi = Nächstes Mal prüft er erst, bevor er einem Video glaubt.
too-good-video-end-stood-up = Ein paar Kinder schreiben "Sorry, Hana." Der Clip wird nicht mehr geteilt. Am Montag zeigst du mit Hana eurer Lehrerin, was passiert ist.
too-good-video-end-stood-up-reflect = Wie kannst du für jemanden in einem Fake-Video eintreten, ohne selbst gemein zu werden?
too-good-video-end-stood-up-hana = Ihre Freunde haben der echten Hana geglaubt.
too-good-video-end-still-spreading = Der Clip geht das ganze Wochenende rum. Am Montag ist Hana sehr still. Tante Zainab sagt: "Es ist nicht zu spät, um zu helfen."
too-good-video-end-still-spreading-reflect = Was kannst du am Montag tun, um Hana zu helfen?
too-good-video-end-still-spreading-hana = Die Leute glauben den Fake-Clip immer noch.
too-good-video-end-still-spreading-aunt = Sie weiß, dass du noch helfen kannst, und sie hilft auch.

## Für Lehrkräfte
too-good-video-discuss-1 = Wer macht Videos, die zu gut sind, um wahr zu sein, und was wollen diese Leute vielleicht (Aufrufe, Likes, Dinge aus deinem Spiel)? Wo kannst du prüfen, ob etwas echt ist?
too-good-video-discuss-2 = Wie kann man einen Clip so schneiden oder ändern, dass jemand schlecht dasteht? Woran erkennt man, dass ein Video bearbeitet wurde?
too-good-video-discuss-3 = Wie fühlt sich Hana wohl, wenn ein Fake-Clip von ihr durch die Klasse geht? Was können wir tun, wenn wir etwas geteilt haben, das sich als fake herausstellt?
