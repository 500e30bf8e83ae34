old-post-comes-back-title = Ein altes Video taucht auf
old-post-comes-back-summary = Ein Video, das das Kind mit 8 gepostet hat, mit Singen und Tanzen, wird gefunden und von Mitschülern geteilt. Die Kinder üben, mit Peinlichkeit umzugehen, nett zu sich selbst zu sein, zu sehen, wer sie heute sind, um Löschen zu bitten, darüber nachzudenken, was sie heute posten, und alte Posts anderer nicht zu teilen.

## Figuren
old-post-comes-back-ayo = Ayo
old-post-comes-back-freya = Freya
old-post-comes-back-ines = Ines
old-post-comes-back-grandma-rosa = Oma Rosa

## Einstieg
old-post-comes-back-hook = Mittagspause in der Schule. Du isst mit Freya, da vibrieren eure Handys.
old-post-comes-back-ayo-posts = LOL schaut, was ich gefunden hab! Unser eigener Popstar!
old-post-comes-back-the-video = Es ist ein Video, das du mit 8 gepostet hast. Du singst in eine Haarbürste und tanzt im Schlafanzug.
old-post-comes-back-comments = Kommentare tauchen auf: "so süß!", "cringe!", "nochmal!" Am Nebentisch schauen Leute es sich an.
old-post-comes-back-freya-notices = Alles okay? Du bist ganz rot im Gesicht.

## Entscheidung 1
old-post-comes-back-react-prompt = Deine Wangen glühen, { $nickname }. Was machst du zuerst?
old-post-comes-back-comeback = Schreib zurück: "Wenigstens bin ich nicht so langweilig wie du, Ayo."
old-post-comes-back-comeback-feedback = Du wolltest, dass das Lachen aufhört. Aber eine gemeine Antwort verletzt Ayo und hält den Chat am Laufen. Eine ruhige Antwort, oder keine, ist besser.
old-post-comes-back-comeback-ayo = Jetzt wird er vor allen runtergemacht.
old-post-comes-back-own-it = Schreib: "Ha, da war ich 8! Tanzen kann ich aber immer noch."
old-post-comes-back-own-it-feedback = Dazu zu stehen kann den Stachel rausnehmen, wenn es sich für dich echt anfühlt. Lustig finden musst du es aber nicht.
old-post-comes-back-own-it-ayo = Du hast dich nicht versteckt. So verliert der Witz seine Kraft.
old-post-comes-back-own-it-freya = Du stehst dazu.
old-post-comes-back-breathe = Leg das Handy weg und atme mit Freya langsam durch.
old-post-comes-back-breathe-feedback = Vor dem Antworten kurz Pause zu machen ist stark. Große Gefühle werden etwas kleiner, wenn du atmest.
old-post-comes-back-breathe-freya = Sie ist direkt neben dir.
old-post-comes-back-deny = Schreib: "Das bin ich nicht. Das ist fake."
old-post-comes-back-deny-feedback = Sich verstecken fühlte sich sicherer an. Aber dann denkst du vielleicht, du musst verstecken, wer du warst. Mit 8 muss man sich für nichts schämen.
old-post-comes-back-deny-freya = Sie weiß, dass du es bist, und fragt sich, warum du dich versteckst.

old-post-comes-back-self-talk = Den ganzen Nachmittag läuft das Video in deinem Kopf. Eine Stimme in dir sagt: "Jetzt finden dich alle komisch."

## Entscheidung 2
old-post-comes-back-self-prompt = Was sagst du dir selbst?
old-post-comes-back-harsh = "Die haben recht. Ich bin so peinlich. Ich will mich für immer verstecken."
old-post-comes-back-harsh-feedback = Viele fühlen sich so, wenn sie ausgelacht werden. Aber so würdest du nie mit einem Freund reden. Sei dir selbst so ein Freund.
old-post-comes-back-harsh-freya = Sie sieht, wie hart du zu dir bist.
old-post-comes-back-kind = "Ich war 8 und hatte Spaß. Das ist okay. Ich bin immer noch ich, nur älter."
old-post-comes-back-kind-feedback = Das ist Freundlichkeit zu dir selbst. Alle wachsen und verändern sich. Dein kleines Ich hatte einfach Spaß.
old-post-comes-back-kind-freya = Du redest mit dir, wie es ein Freund tun würde.
old-post-comes-back-talk = Sag Freya, wie es sich wirklich anfühlt.
old-post-comes-back-talk-feedback = Ein großes Gefühl mit einem Freund zu teilen macht es leichter. Du musst es nicht allein tragen.
old-post-comes-back-talk-freya = Du hast ihr etwas Echtes anvertraut.

old-post-comes-back-freya-shares = Versteh ich. Es gibt ein Video, wie ich mit meiner alten Zahnspange singe. Mein Papa hat es gelöscht, als ich gefragt hab.

## Zu Hause
old-post-comes-back-home = Zu Hause zeigst du es Oma Rosa. Sie hat dir geholfen, das Video zu posten, als du klein warst.
old-post-comes-back-rosa-asks = Ach, Schatz. Du warst so glücklich an dem Tag. Aber es ist dein Video. Was möchtest du jetzt tun?

## Entscheidung 3
old-post-comes-back-video-prompt = Das Video ist noch auf deinem alten Konto. Was entscheidest du, { $nickname }?
old-post-comes-back-take-down = Bitte Oma Rosa, dir beim Löschen zu helfen. Dann bitte Ayo, seine Kopie zu löschen.
old-post-comes-back-take-down-feedback = Es ist dein Video, also entscheidest du. Wenn es weg ist, finden es keine neuen Leute mehr.
old-post-comes-back-take-down-rosa = Du bestimmst selbst über deine Geschichte.
old-post-comes-back-keep = Lass es online. Dein kleines Ich war mutig, und das gefällt dir.
old-post-comes-back-keep-feedback = Das darfst du entscheiden. Denk nur daran, dass es weiter gefunden und geteilt werden kann.
old-post-comes-back-keep-rosa = Du magst dein kleines Ich immer noch, genau wie sie.
old-post-comes-back-ignore = Tu nichts und hoffe, dass alle es vergessen.
old-post-comes-back-ignore-feedback = Dass es weggehen soll, ist ein normaler Wunsch. Aber alte Posts kommen oft wieder. Du kannst es immer noch löschen.
old-post-comes-back-ignore-rosa = Sie weiß, dass alte Videos wiederkommen können.

old-post-comes-back-rosa-today = Hier ist ein Trick für das, was du heute postest. Frag dich: "Ist das in fünf Jahren noch okay für mich?"

## Am nächsten Tag
old-post-comes-back-ayo-sorry = Hey, ich hab es aus dem Chat gelöscht. Ehrlich, ich fand es süß, nicht peinlich. Sorry.
old-post-comes-back-ayo-cross = Du hast mich vor allen langweilig genannt. Also bleibt das Video drin.
old-post-comes-back-video-still-around = Am nächsten Tag ist das Video noch im Klassenchat. Ein paar Leute summen dein Lied auf dem Flur.

old-post-comes-back-ines-photo = Am Abend scrollst du durch eine alte Schulseite. Du findest ein Foto von Ines mit 7, mit riesiger Schleife und Zahnlücken-Grinsen.
old-post-comes-back-temptation = Ein Gedanke taucht auf: Wenn du das postest, reden die Leute vielleicht nicht mehr über dein Video.

## Entscheidung 4
old-post-comes-back-ines-prompt = Was machst du mit dem alten Foto von Ines?
old-post-comes-back-post-ines = Poste es im Klassenchat. Jetzt ist mal jemand anderes dran.
old-post-comes-back-post-ines-feedback = Es ist verlockend, das Rampenlicht weiterzugeben. Aber jetzt fühlt Ines, was du gefühlt hast. Schnell löschen kann noch helfen.
old-post-comes-back-post-ines-ines = Ihr altes Foto ist im Chat, und das hat sie nicht gewählt.
old-post-comes-back-scroll-past = Scroll weiter. Es ist das Foto von Ines, nicht deins zum Teilen.
old-post-comes-back-scroll-past-feedback = Aus deinem eigenen schweren Tag hast du Freundlichkeit für jemand anderen gemacht. Das ist echtes Mitgefühl.
old-post-comes-back-scroll-past-ines = Ihr altes Foto bleibt, wo es war.
old-post-comes-back-tell-ines = Sag Ines morgen, dass das Foto online ist, damit sie entscheiden kann.
old-post-comes-back-tell-ines-feedback = Du hast Ines die Wahl gelassen. Es ist ihr Foto und ihre Geschichte.
old-post-comes-back-tell-ines-ines = Sie darf mitreden, bevor jemand anderes es sieht.

## Enden
old-post-comes-back-end-you-now = Das alte Video ist von deinem Konto und aus dem Klassenchat verschwunden. Du singst immer noch, nur nicht in eine Haarbürste. Mittags sitzt du mit Freya bei Ines.
old-post-comes-back-end-you-now-reflect = Was möchtest du über dein jüngeres Ich in Erinnerung behalten?
old-post-comes-back-end-you-now-freya = Du warst nett zu dir selbst und auch zu Ines.
old-post-comes-back-end-you-now-ines = Ihr altes Foto ist sicher, und an ihrem Tisch sitzen Freunde.
old-post-comes-back-end-still-online = Das Video ist noch online, und manchmal summt jemand dein Lied. Aber du weißt, wer du heute bist. Oma Rosa hilft dir, wenn du es dir anders überlegst.
old-post-comes-back-end-still-online-reflect = Was kannst du tun, wenn ein alter Post von dir wieder auftaucht?
old-post-comes-back-end-still-online-freya = Sie ist immer noch direkt neben dir.
old-post-comes-back-end-still-online-rosa = Sie traut dir die Entscheidung zu und ist bereit zu helfen.
old-post-comes-back-end-two-sides = Ines wird still, als sie ihr Foto sieht. Du denkst an deine eigenen glühenden Wangen. Du löschst es und entschuldigst dich, und Oma Rosa hilft dir, alles zu durchdenken.
old-post-comes-back-end-two-sides-reflect = Was ist anders, wenn du den alten Post von jemand anderem teilst statt deinen eigenen?
old-post-comes-back-end-two-sides-ines = Viele haben ihr Foto gesehen, bevor es weg war.
old-post-comes-back-end-two-sides-rosa = Jeder macht Fehler. Sie hilft dir, diesen wieder gutzumachen.

## Für Lehrkräfte
old-post-comes-back-discuss-1 = Warum fühlt sich ein Video, das mit 8 okay zum Posten war, mit 11 vielleicht anders an? Was bleibt gleich an dem, wer wir sind, und was ändert sich?
old-post-comes-back-discuss-2 = Ayo fand das Video süß, nicht peinlich. Wie kann sich derselbe Post für die Person darin anders anfühlen? Was hätte Ayo vorher fragen können?
old-post-comes-back-discuss-3 = Was könntest du dich fragen, bevor du heute etwas postest? Wer könnte dir helfen, einen alten Post zu löschen, den du nicht mehr online haben willst?
