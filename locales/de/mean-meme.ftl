mean-meme-title = Das Sportfest-Meme
mean-meme-summary = Ein peinliches Foto eines Mitschülers vom Sportfest wird zum Meme, das sich im Klassenchat verbreitet. Die Kinder üben, bei Gruppen-Spott nicht mitzumachen, das Gefühl hinter einem "haha" zu erkennen, die Sicht der Meme-Macherin zu hören, ohne den Schaden zu entschuldigen, um Löschen zu bitten und Beweise für einen Lehrer zu sichern.

## Figuren
mean-meme-jamal = Jamal
mean-meme-sofia = Sofia
mean-meme-wei = Wei
mean-meme-mr-haddad = Herr Haddad

## Einstieg
mean-meme-hook = Montagabend. Du machst gerade Hausaufgaben, da geht's im Klassenchat los.
mean-meme-the-photo = Jemand hat ein Foto vom Sportfest gepostet. Jamal stolpert an der Ziellinie, mit flatternden Armen und weit offenem Mund.
mean-meme-the-meme = Daraus ist ein Meme geworden. In großen Buchstaben steht darauf: FLIEGENDES HUHN.
mean-meme-sofia-posts = Hab das vom Sportfest gemacht lol. Bestes Meme ever?
mean-meme-laughs = Lachende Gesichter füllen den Chat. Jemand sagt, es ist schon im Chat einer anderen Klasse.

## Entscheidung 1
mean-meme-first-prompt = Das Meme ist überall, { $nickname }. Was machst du?
mean-meme-share = Gib ein Like und teil es im Chat deines Fußballteams.
mean-meme-share-feedback = Es fühlte sich an wie Mitlachen. Aber jedes Teilen schickt Jamals Foto weiter. Andere um Löschen zu bitten, kann noch helfen.
mean-meme-share-jamal = Noch mehr Leute lachen über einen blöden Moment.
mean-meme-joke = Schreib einen Witz dazu: "Gack gack! Lauf, Hühnchen, lauf!"
mean-meme-joke-feedback = Ein schneller Witz wirkt harmlos. Aber er macht den Spott über Jamal größer. Etwas Nettes kann jetzt helfen.
mean-meme-joke-jamal = Jetzt stapeln sich Witze auf dem Meme.
mean-meme-joke-sofia = Durch die Witze wirkt ihr Meme wie ein Hit.
mean-meme-not-share = Teil es nicht. Schließ den Chat und mach deine Hausaufgaben weiter.
mean-meme-not-share-feedback = Nicht teilen zählt, denn bei dir hört das Meme auf. Aber vielleicht ist Jamal damit noch allein.
mean-meme-not-share-jamal = Andere teilen es immer noch.
mean-meme-think = Stopp und denk nach: Hat Jamal zugestimmt? Wie fühlt er sich wohl?
mean-meme-think-feedback = Du hast selbst nachgedacht, während alle lachten. Das ist der erste Schritt zum Helfen.
mean-meme-think-jamal = Er weiß es noch nicht, aber jemand denkt an ihn.

mean-meme-team-replies = Dein Team-Chat antwortet: "lol wer ist das?" Jetzt sehen es auch Kinder von anderen Schulen.
mean-meme-jamal-online = Dann ist Jamal online. Nach einer langen Pause schreibt er eine Nachricht.
mean-meme-jamal-haha = haha sehr lustig

## Entscheidung 2
mean-meme-haha-prompt = Jamal hat nur "haha sehr lustig" geschrieben. Was machst du?
mean-meme-believe = Er lacht, also geht's ihm gut. Schick noch ein lachendes Gesicht.
mean-meme-believe-feedback = Man glaubt einem "haha" schnell. Aber eine kurze, lustlose Antwort kann verstecken, dass jemand verletzt ist. Privat nachfragen hilft.
mean-meme-believe-jamal = Keiner schaut hinter sein "haha".
mean-meme-private = Schreib Jamal privat: "Das Meme war nicht okay. Geht's dir gut?"
mean-meme-private-feedback = Du hast das Zeichen hinter seinen Worten bemerkt. Privat kann er ehrlich antworten.
mean-meme-private-jamal = Jemand hat hinter sein "haha" geschaut.
mean-meme-group = Schreib in die Gruppe: "Nicht cool. Das ist Jamals Foto, kein Witz."
mean-meme-group-feedback = Du hast zu Jamal gehalten, ohne jemanden zu beleidigen. Jetzt trauen sich andere vielleicht auch.
mean-meme-group-jamal = Jemand hat vor allen zu ihm gehalten.
mean-meme-group-wei = Er fand das auch, wollte aber nicht der Erste sein. Jetzt schreibt er: "Finde ich auch."

mean-meme-jamal-reply = Nicht wirklich. Morgen nennen mich alle Huhn.

## Die Sicht der Meme-Macherin
mean-meme-sofia-messages = Später schreibt Sofia dir privat.
mean-meme-sofia-view = Jamal sagt seit seinem "haha" nichts mehr. Ist er sauer auf mich? Ich wollte nur, dass alle mich lustig finden.
mean-meme-sofia-past = Letztes Jahr hat jemand ein Meme von mir gemacht. Ich hab mitgelacht und dachte, das ist halt so.

## Entscheidung 3
mean-meme-sofia-prompt = Was antwortest du Sofia, { $nickname }?
mean-meme-ask-delete = "Das Meme über dich damals klingt echt hart. Aber Jamal lacht nicht. Bitte lösch es und sag den anderen, sie sollen es nicht mehr teilen."
mean-meme-ask-delete-feedback = Du hast Sofia verstanden und trotzdem zu Jamal gehalten. Ihre Gründe erklären das Meme, aber sie machen es nicht okay.
mean-meme-ask-delete-sofia = Sie sieht jetzt Jamals Seite, und das ist nicht leicht.
mean-meme-agree = "Ach, ist doch lustig. Der kommt drüber weg."
mean-meme-agree-feedback = Mitmachen ist leicht. Aber so denkt Sofia, das Meme ist okay, und Jamal leidet weiter. Du kannst sie noch bitten, es zu löschen.
mean-meme-agree-sofia = Sie denkt, es stört keinen.
mean-meme-meme-back = Mach ein Meme von Sofia und poste es: "Mal sehen, wie DIR das gefällt."
mean-meme-meme-back-feedback = Du wolltest, dass Sofia fühlt, was Jamal fühlt. Aber ein zweites Meme heißt: noch jemand ist verletzt. Sie zu bitten, ihres zu löschen, hilft mehr.
mean-meme-meme-back-sofia = Jetzt lacht ein Meme auch über sie.

mean-meme-two-memes = Dein Meme von Sofia bringt auch Lacher. Jetzt sind zwei Leute in deiner Klasse verletzt.
mean-meme-sofia-deletes = Du hast recht. Ich hab es gelöscht. Aber es ist jetzt in anderen Chats, und da kann ich es nicht löschen.
mean-meme-meme-spreads = Das Meme geht weiter. Jetzt ist es in zwei weiteren Klassenchats.

## Entscheidung 4
mean-meme-grown-up-prompt = Das Meme ist immer noch da. Das ist zu groß, um es allein zu lösen. Was machst du?
mean-meme-evidence = Mach Screenshots von den Posts. Zeig sie dann Herrn Haddad, deinem Lehrer.
mean-meme-evidence-feedback = Beweise helfen einem Lehrer zu sehen, was wirklich passiert ist. Heb sie für ihn auf, nicht zum Teilen. Es zu sagen heißt Hilfe holen, nicht petzen.
mean-meme-evidence-mr-haddad = Du hast ihm die Fakten gebracht, so kann er schnell handeln.
mean-meme-ask-jamal = Frag erst Jamal: "Sollen wir es Herrn Haddad zusammen sagen?"
mean-meme-ask-jamal-feedback = Du hast Jamal mitentscheiden lassen und trotzdem Hilfe geholt. Das zeigt Respekt.
mean-meme-ask-jamal-jamal = Er muss da nicht allein durch.
mean-meme-wait = Warte einfach ab. Nächste Woche haben es alle vergessen.
mean-meme-wait-feedback = Zu hoffen, dass es vorbeigeht, ist normal. Aber online kommen Memes oft wieder. Ein Erwachsener, dem du vertraust, kann auch morgen noch helfen.
mean-meme-wait-jamal = Er weiß nicht, wer es als Nächstes sieht.

mean-meme-jamal-agrees = Ja. Allein will ich lieber nicht hingehen.
mean-meme-teacher-both = Zwei Memes, zwei verletzte Menschen. Wir löschen beide überall. Dann entschuldigt sich jeder, der eins gemacht hat.
mean-meme-teacher-steps-in = Ein Foto von jemandem ist ein Teil von ihm. Wir löschen dieses Meme überall und reden in der Klasse darüber.

## Enden
mean-meme-end-put-right = Herr Haddad hilft den anderen Klassen, das Meme zu löschen. Sofia entschuldigt sich bei Jamal persönlich. Beim Mittagessen witzelt Jamal, dass er nächstes Jahr die Staffel gewinnt.
mean-meme-end-put-right-reflect = Was sollten andere tun, wenn jemand ein Meme von dir macht?
mean-meme-end-put-right-jamal = Das Meme ist weg, und andere haben zu ihm gehalten.
mean-meme-end-put-right-sofia = Sie hat ihren Fehler gutgemacht und weiß, warum es wehgetan hat.
mean-meme-end-teacher-helps = Das Meme ist aus allen Klassenchats gelöscht, und Sofia entschuldigt sich. Jamal ist noch etwas verletzt, aber er weiß, dass andere zu ihm halten.
mean-meme-end-teacher-helps-reflect = Welchen Erwachsenen könntest du ein gemeines Meme zeigen?
mean-meme-end-teacher-helps-jamal = Ein Erwachsener hat geholfen, und das Meme ist weg.
mean-meme-end-teacher-helps-sofia = Sie sieht jetzt, dass ihr Witz jemandem echt wehgetan hat.
mean-meme-end-still-spreading = Eine Woche später postet jemand das Meme wieder. Jamal lacht mit, aber er isst allein zu Mittag. Es ist nicht zu spät, es Herrn Haddad zu sagen.
mean-meme-end-still-spreading-reflect = Wenn du zurückkönntest: Was würdest du für Jamal anders machen?
mean-meme-end-still-spreading-jamal = Das Meme kommt immer wieder, und keiner hat es gestoppt.

## Für Lehrkräfte
mean-meme-discuss-1 = Über Sofia wurde letztes Jahr mit einem Meme gelacht, und sie hat "mitgelacht". Wie kann es sein, dass verletzte Menschen eher andere verletzen? Macht es das okay?
mean-meme-discuss-2 = Jamal schrieb "haha sehr lustig". Woran kann man online merken, dass jemand traurig ist, auch wenn die Worte sagen, dass alles gut ist?
mean-meme-discuss-3 = Was ist der Unterschied zwischen Screenshots, die man einem Erwachsenen zeigt, dem man vertraut, und Screenshots, die man an Freunde schickt? Zu wem könntest du gehen, wenn jemand ein Meme von dir oder einem Freund macht?
