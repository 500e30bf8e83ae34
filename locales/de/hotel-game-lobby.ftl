hotel-game-lobby-title = Die Spiele-Lobby im Hotel
hotel-game-lobby-summary = Im Spiel des Hotel-Kinderclubs fragt ein Fremder nach Zimmernummer und Foto, eine neue Freundin fühlt sich ausgeschlossen, und ein Pool-Foto zeigt das Hotel.

## Figuren
hotel-game-lobby-nia = Nia
hotel-game-lobby-diego = Diego
hotel-game-lobby-mum = Mama
hotel-game-lobby-starracer = StarRacer

## Einstieg
hotel-game-lobby-hook = Ferien! Im Kinderclub vom Hotel bist du am Tablet dran.
hotel-game-lobby-hook-nia = Nia, ein Mädchen, das du gestern am Pool kennengelernt hast, sitzt neben dir.
hotel-game-lobby-lobby = Du gehst in ein Rennspiel. Die Lobby ist voller Spieler, die du nicht kennst.

## Die Zimmernummer
hotel-game-lobby-starracer-hello = Hi! Du fährst super! Ich bin 10 und auch im Urlaub. In welchem Hotel bist du?
hotel-game-lobby-starracer-room = Was ist deine Zimmernummer? Vielleicht sind wir im selben Hotel!
hotel-game-lobby-choice-room = Was machst du, { $nickname }?
hotel-game-lobby-room-tell = Tipp den Hotelnamen und deine Zimmernummer ein.
hotel-game-lobby-room-tell-feedback = StarRacer wirkte nett, also fühlte sich Antworten normal an. Aber mit der Zimmernummer weiß ein Fremder, wo du bist. Ein Erwachsener kann dabei helfen.
hotel-game-lobby-room-tell-mum = Mama würde sich Sorgen machen und froh sein, wenn du es ihr sagst.
hotel-game-lobby-room-tell-starracer = StarRacer wirkt zufrieden. Aber du siehst nicht, wer wirklich tippt.
hotel-game-lobby-room-private = Schreib: "Das sag ich nicht. Lass uns fahren!"
hotel-game-lobby-room-private-feedback = Du hast für dich behalten, wo du bist, und warst trotzdem nett. Das ist eine starke Online-Gewohnheit.
hotel-game-lobby-room-private-starracer = StarRacer hat keine Antwort bekommen. Ein echter Spielfreund würde einfach weiterfahren.
hotel-game-lobby-room-diego = Zeig die Nachricht Diego, dem Betreuer im Kinderclub.
hotel-game-lobby-room-diego-feedback = Einen Erwachsenen nach einer komischen Frage zu fragen ist klug und mutig. Du musst das nicht allein klären.
hotel-game-lobby-room-diego-diego = Diego freut sich, dass du zu ihm kommst. Kindern helfen ist hier sein Job.
hotel-game-lobby-room-diego-mum = Mama freut sich, dass du's gesagt hast.

## Das Foto
hotel-game-lobby-photo-ask = Hey, schick mir ein Foto von dir. Nur als Beweis, dass du echt ein Kind bist!
hotel-game-lobby-photo-feel = Dein Bauch fühlt sich komisch an. Das ist eine seltsame Frage.
hotel-game-lobby-choice-photo = Was machst du jetzt?
hotel-game-lobby-photo-send = Mach schnell ein Selfie und schick es.
hotel-game-lobby-photo-send-feedback = Nett sein wollen ist lieb. Aber online kann jeder sagen, er sei ein Kind. Ein Erwachsener kann jetzt helfen, und du bekommst keinen Ärger.
hotel-game-lobby-photo-send-mum = Mama würde es sofort wissen wollen, damit sie helfen kann.
hotel-game-lobby-photo-send-diego = Diego wird nicht sauer sein. Er hilft Kindern bei so etwas.
hotel-game-lobby-photo-no = Schreib: "Keine Fotos. Tschüss!" und verlass die Lobby.
hotel-game-lobby-photo-no-feedback = Du hast Nein gesagt und bist gegangen. Dein Foto gehört dir. Ein Erwachsener würde es trotzdem gern wissen.
hotel-game-lobby-photo-no-starracer = StarRacer hat kein Foto bekommen. Echte Spielfreunde brauchen keinen Beweis.
hotel-game-lobby-photo-diego = Geh zu Diego und zeig ihm die Nachricht.
hotel-game-lobby-photo-diego-feedback = Das ist die mutige Wahl. Wenn sich online etwas komisch anfühlt, sag es einem Erwachsenen, dem du vertraust.
hotel-game-lobby-photo-diego-diego = Diego ist stolz auf dich. Etwas zu sagen ist nicht immer leicht.
hotel-game-lobby-tell-after = Das komische Gefühl geht nicht weg. Also zeigst du Diego den Chat. Das ist mutig!

## Diego hilft
hotel-game-lobby-diego-thanks = Danke, dass du es mir zeigst, { $nickname }. Das war genau richtig.
hotel-game-lobby-diego-no-blame = Wer nett wirkt, kann trotzdem tricksen. Du bekommst überhaupt keinen Ärger.
hotel-game-lobby-diego-block = Lass uns StarRacer zusammen blockieren und den Chat melden.
hotel-game-lobby-diego-maybe = Online kann jeder sagen, er sei 10. Wir wissen nicht, wer StarRacer wirklich ist.
hotel-game-lobby-diego-mum = Ich sag es auch deiner Mama. Und jetzt zurück zum Spaß!

## Nia
hotel-game-lobby-nia-watch = Nia schaut still auf deinen Bildschirm. Sie ist neu hier und war noch nicht dran.
hotel-game-lobby-nia-asks = Macht es Spaß? Ich kenne hier noch niemanden so richtig.
hotel-game-lobby-choice-nia = Was antwortest du Nia?
hotel-game-lobby-nia-ignore = Sag: "Ja, macht Spaß!" und spiel weiter.
hotel-game-lobby-nia-ignore-feedback = Du bist dran, das wirkt fair. Aber Nia wollte eigentlich mitspielen. Ein kleines "Willst du mal?" könnte ihren Tag ändern.
hotel-game-lobby-nia-ignore-nia = Nia fühlt sich ausgeschlossen. Sie ist neu und allein.
hotel-game-lobby-nia-show = Dreh das Tablet, damit sie zuschauen kann.
hotel-game-lobby-nia-show-feedback = Sie zuschauen zu lassen ist nett. Vielleicht wäre sie auch gern mal dran. Du könntest sie fragen.
hotel-game-lobby-nia-show-nia = Nia sitzt gern bei dir, aber sie würde auch gern mal spielen.
hotel-game-lobby-nia-invite = Sag: "Willst du mitfahren? Wir wechseln uns ab!"
hotel-game-lobby-nia-invite-feedback = Du hast gemerkt, dass Nia sich ausgeschlossen fühlt, und etwas getan. So sieht Mitgefühl aus.
hotel-game-lobby-nia-invite-nia = Nia fühlt sich willkommen. Jemand hat sie bemerkt.
hotel-game-lobby-nia-invite-diego = Diego lächelt. Genau dafür ist der Kinderclub da.
hotel-game-lobby-nia-plays = Ich bin Vorletzte geworden! Das zählt trotzdem, oder?

## Das Urlaubsfoto
hotel-game-lobby-pool-photo-nia = Später machst du mit Nia ein lustiges Foto am Pool.
hotel-game-lobby-pool-photo = Später machst du ein tolles Foto am Pool.
hotel-game-lobby-hotel-sign = Hinter dir ist das große Schild mit dem Hotelnamen.
hotel-game-lobby-post-want = Du willst es sofort posten, damit deine Freunde zu Hause es sehen.
hotel-game-lobby-choice-post = Was machst du mit dem Foto?
hotel-game-lobby-post-now = Poste es jetzt. Das Foto ist so gut!
hotel-game-lobby-post-now-feedback = Einen schönen Moment zu teilen fühlt sich toll an. Aber das Schild zeigt allen, wo du gerade bist. Du kannst es löschen und zu Hause posten.
hotel-game-lobby-post-now-mum = Mama würde sich Sorgen machen, dass Fremde sehen, wo du bist.
hotel-game-lobby-post-home = Speicher es und poste es, wenn du zu Hause bist.
hotel-game-lobby-post-home-feedback = Gut mitgedacht! Zu Hause zeigt das Foto eine schöne Erinnerung, nicht wo du heute bist.
hotel-game-lobby-post-home-mum = Mama wäre stolz, dass du vor dem Posten nachgedacht hast.
hotel-game-lobby-post-ask-mum = Zeig es zuerst Mama und frag, was sie meint.
hotel-game-lobby-post-ask-mum-feedback = Erst fragen ist eine kluge Gewohnheit. Mama sieht vielleicht, was du übersehen hast, wie das Schild.
hotel-game-lobby-post-ask-mum-mum = Mama freut sich, dass du fragst. Sie findet das Foto auch toll.
hotel-game-lobby-post-nia = Frag Nia, ob es für sie okay ist, mit drauf zu sein.
hotel-game-lobby-post-nia-feedback = Nia ist auf dem Foto, also darf sie mitentscheiden. Erst fragen zeigt, dass sie dir wichtig ist.
hotel-game-lobby-post-nia-nia = Nia fühlt sich respektiert. Du hast gefragt, bevor du ihr Gesicht teilst.
hotel-game-lobby-mum-photo-tip = Das ist toll! Lass es uns zu Hause posten, dann sieht man nicht, wo wir gerade sind.
hotel-game-lobby-nia-later = Ja! Aber lass uns warten, bis wir zu Hause sind. Dann sieht man nicht, wo wir sind.

## Abend mit Mama
hotel-game-lobby-evening = Am Abend sitzt du mit Mama auf dem Hotelbalkon.
hotel-game-lobby-mum-proud = Diego hat mir von StarRacer erzählt. Es ihm zu sagen war echt mutig.
hotel-game-lobby-mum-asks = Und, wie war's heute im Kinderclub?
hotel-game-lobby-choice-tell-mum = Was erzählst du Mama?
hotel-game-lobby-tell-all = Erzähl ihr alles über StarRacer.
hotel-game-lobby-tell-all-feedback = Dafür braucht man Mut. Jetzt kann Mama helfen, und du musst das nicht allein tragen.
hotel-game-lobby-tell-all-mum = Mama ist stolz und froh, dass du ihr vertraust.
hotel-game-lobby-tell-pool = Erzähl nur vom Pool und der großen Rutsche.
hotel-game-lobby-tell-pool-feedback = Vom Pool zu erzählen macht Spaß! Aber Mama kann nur helfen, wenn sie Bescheid weiß. Du kannst es ihr immer noch sagen.
hotel-game-lobby-tell-pool-mum = Mama hört dir gern zu, aber vom Spiel weiß sie nichts.
hotel-game-lobby-mum-gentle = Du bist so still. Du kannst mir alles erzählen, weißt du.
hotel-game-lobby-you-tell = Also erzählst du ihr von StarRacer. Deine Schultern fühlen sich leichter an.
hotel-game-lobby-mum-thanks = Danke, dass du es mir sagst. Du bekommst keinen Ärger. Wir melden den Spieler zusammen.
hotel-game-lobby-mum-sees-post = Dein Pool-Foto ist schön! Aber das Schild zeigt, wo wir wohnen.
hotel-game-lobby-take-down = Gemeinsam nehmt ihr es erst mal offline. Zu Hause postest du es wieder.

## Enden
hotel-game-lobby-end-friends = Am nächsten Morgen fährst du mit Nia als Team. Diego jubelt. Das Spiel macht Spaß und ist sicher.
hotel-game-lobby-end-friends-reflect = Was könntest du sagen, wenn ein netter Spieler fragt, wo du bist?
hotel-game-lobby-end-friends-nia = Nia freut sich. Sie hat jetzt eine Urlaubsfreundschaft.
hotel-game-lobby-end-friends-mum = Mama ist stolz, wie du auf dich und Nia aufgepasst hast.
hotel-game-lobby-end-wave = Beim Frühstück winkt Nia dir zu. Diego sagt, Nia wäre heute gern mal dran.
hotel-game-lobby-end-wave-reflect = Wie kannst du einem neuen Kind helfen, mitzuspielen?
hotel-game-lobby-end-wave-nia = Nia fühlt sich noch ein bisschen ausgeschlossen, aber sie hofft, heute zu spielen.
hotel-game-lobby-end-wave-mum = Mama ist froh, dass sie von dem Spiel weiß. Du kannst immer zu ihr kommen.

## Für Lehrkräfte
hotel-game-lobby-discuss-1 = Wie kannst du online erkennen, ob jemand wirklich ein Kind ist? Was kannst du tun, wenn du unsicher bist?
hotel-game-lobby-discuss-2 = Was auf einem Foto kann zeigen, wo du bist? Wann ist es besser, mit dem Posten zu warten?
hotel-game-lobby-discuss-3 = Welchen Erwachsenen könntest du zu Hause, in der Schule oder im Urlaub etwas erzählen?
