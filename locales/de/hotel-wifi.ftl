hotel-wifi-title = Zwei WLAN-Namen
hotel-wifi-summary = Im Urlaub findet das Kind zwei ähnliche WLANs, und ein Pop-up im "Gratis"-WLAN will vollen Namen, Geburtstag und Telefonnummer, "um einen Gratis-Urlaub zu gewinnen". Die Kinder üben, beim Hotelpersonal nachzufragen, persönliche Daten privat zu halten, dem kleinen Bruder zu helfen, nett zu einer beschäftigten Rezeptionistin zu sein und sich an einem geteilten Computer abzumelden.

hotel-wifi-sam = Sam
hotel-wifi-mum = Mama
hotel-wifi-ms-bauer = Frau Bauer
hotel-wifi-yuki = Yuki

hotel-wifi-hook = Ferien! Deine Familie ist gerade im Hotel Seemuschel angekommen, direkt am Meer.
hotel-wifi-bags = Mami und ich bringen die Koffer hoch. Ihr zwei wartet hier. In zehn Minuten sind wir zurück!
hotel-wifi-lobby = Du und dein kleiner Bruder Sam sitzt auf einem großen Sofa in der Lobby. Du machst das Tablet an.
hotel-wifi-two-names = Die WLAN-Liste zeigt zwei Namen: "Hotel-Gast" mit Schloss und "Hotel_Gratis_WLAN" ohne Schloss.
hotel-wifi-sam-wants = Nimm das Gratis-WLAN! Ich will Zeichentrick gucken!

hotel-wifi-wifi-prompt = Die Namen sehen fast gleich aus. Was machst du, { $nickname }?
hotel-wifi-wifi-free = Nimm "Hotel_Gratis_WLAN". Gratis ist gratis!
hotel-wifi-wifi-free-feedback = Gratis klingt toll, und viele würden es nehmen. Aber jeder in der Nähe kann einem WLAN jeden Namen geben. Nachfragen, welches dem Hotel gehört, ist sicherer.
hotel-wifi-wifi-free-sam = Sam jubelt. Er denkt, gleich gibt's Zeichentrick.
hotel-wifi-wifi-ask = Frag an der Rezeption, welches WLAN wirklich zum Hotel gehört.
hotel-wifi-wifi-ask-feedback = Gut gedacht. Ein Name ist leicht zu kopieren. Die Leute, die das WLAN betreiben, wissen, welches echt ist.
hotel-wifi-wifi-ask-sam = Sam stöhnt. Zeichentrick muss noch ein paar Minuten warten.
hotel-wifi-wifi-wait = Verbinde dich mit keinem. Warte, bis Mama zurück ist.
hotel-wifi-wifi-wait-feedback = Sich nicht mit einem unsicheren WLAN zu verbinden ist sicher. Aber Sam langweilt sich, und du könntest die Antwort selbst finden.
hotel-wifi-wifi-wait-sam = Für Sam sind zehn Minuten eine Ewigkeit.

hotel-wifi-joined = Du tippst auf "Hotel_Gratis_WLAN". Ein buntes Pop-up füllt den Bildschirm.
hotel-wifi-sam-joins = Sam langweilt sich. Er schnappt sich das Tablet und tippt auf "Hotel_Gratis_WLAN". Ein buntes Pop-up füllt den Bildschirm.
hotel-wifi-back-to-sam = Du eilst zurück zum Sofa. Sam hat das Tablet und ist mit "Hotel_Gratis_WLAN" verbunden.
hotel-wifi-popup = Das Pop-up blinkt: "GEWINNE EINEN GRATIS-URLAUB! Gib deinen vollen Namen, Geburtstag und deine Telefonnummer ein."
hotel-wifi-sam-typing = Ein Gratis-Urlaub! Ich tippe unsere Namen ein! Wie ist Mamas Handynummer?

hotel-wifi-sam-prompt = Sam tippt schon. Was machst du, { $nickname }?
hotel-wifi-sam-grab = Schnapp dir das Tablet: "Stopp! Das ist ein Trick!"
hotel-wifi-sam-grab-feedback = Du hast verhindert, dass die Daten rausgehen. Aber Sam hat sich erschrocken und weiß nicht, warum. Ruhig erklären hilft ihm fürs nächste Mal.
hotel-wifi-sam-grab-sam = Sam dachte, er gewinnt einen Preis für alle. Dann war das Tablet weg.
hotel-wifi-sam-explain = Setz dich zu ihm: "Warte! Echte Preise fragen nicht nach Geburtstagen. Lass uns erst prüfen."
hotel-wifi-sam-explain-feedback = Du hast die Daten deiner Familie geschützt und Sam erklärt, warum. Jetzt weiß er, worauf er achten muss.
hotel-wifi-sam-explain-sam = Sam hört auf zu tippen. Es fühlte sich wie Teamarbeit an, nicht wie Schimpfen.
hotel-wifi-sam-type = Hilf ihm beim Ausfüllen. Ein Gratis-Urlaub wäre super!
hotel-wifi-sam-type-feedback = Pop-ups sollen aufregend wirken. Aber Name, Geburtstag und Telefonnummer sind privat. Es bald einem Erwachsenen zu sagen ist jetzt das Beste.
hotel-wifi-sam-type-sam = Sam denkt, ihr gewinnt gleich einen Urlaub.
hotel-wifi-thank-you-popup = Im Pop-up steht: "Danke! Wir rufen den Gewinner bald an." Dann ist es weg. Irgendwas daran ist komisch.

hotel-wifi-desk = Du gehst zur Rezeption, um nachzufragen. Das Telefon klingelt, und drei Gäste stehen an.
hotel-wifi-busy = Einen Moment, bitte! Ich bin gleich für dich da.
hotel-wifi-desk-prompt = Frau Bauer hat gerade viel zu tun. Was machst du, { $nickname }?
hotel-wifi-desk-wait = Warte, bis du dran bist. Dann frag höflich und sag Danke.
hotel-wifi-desk-wait-feedback = Geduld und Höflichkeit machen eine stressige Arbeit leichter. Und du hast eine klare Antwort von der Person, die es weiß.
hotel-wifi-desk-wait-bauer = Eine freundliche Frage war das Schönste an Frau Bauers stressigem Morgen.
hotel-wifi-desk-push = Drängel dich vor: "Kurze Frage! Welches WLAN ist echt?"
hotel-wifi-desk-push-feedback = Deine Frage war gut. Aber Vordrängeln stresst jemanden, der eh schon in Eile ist. Eine Minute warten ist netter.
hotel-wifi-desk-push-bauer = Frau Bauer war mitten in einem Telefonat.
hotel-wifi-desk-card = Schau dich erst um. Auf dem Tresen steht ein kleines WLAN-Kärtchen.
hotel-wifi-desk-card-feedback = Gut aufgepasst! Hotels drucken oft den echten WLAN-Namen aus. Du hast die Antwort gefunden, ohne die Schlange länger zu machen.
hotel-wifi-desk-card-bauer = Frau Bauer sieht dich und zeigt dir zwischen zwei Anrufen einen Daumen hoch.
hotel-wifi-bauer-answers = Unser WLAN heißt "Hotel-Gast". Das Passwort steht auf eurer Zimmerkarte. "Hotel_Gratis_WLAN" gehört nicht zu uns!
hotel-wifi-bauer-never = Und fürs WLAN fragen wir nie nach Geburtstag oder Telefonnummer. Danke, dass du nachfragst!
hotel-wifi-card-says = Auf dem Kärtchen steht: "Unser WLAN: Hotel-Gast. Passwort auf Ihrer Zimmerkarte. Wir fragen nie nach persönlichen Daten."

hotel-wifi-connected = Du verbindest dich mit "Hotel-Gast" und dem Passwort von der Zimmerkarte. Endlich Zeichentrick für Sam!
hotel-wifi-computer = Später nutzt du den Gäste-Computer in der Lobby. Du meldest dich bei deiner E-Mail an und schickst deinen Freunden ein Strandfoto.
hotel-wifi-yuki-waits = Hi! Ich bin Yuki aus dem Kinderclub. Darf ich nach dir an den Computer?
hotel-wifi-pc-prompt = Dein Foto ist verschickt. Was machst du jetzt, { $nickname }?
hotel-wifi-pc-signout = Melde dich bei deiner E-Mail ab und schließ den Browser. Dann ist Yuki dran.
hotel-wifi-pc-signout-feedback = Mit dieser Gewohnheit bleibt dein Konto deins. Die nächste Person bekommt einen leeren Bildschirm.
hotel-wifi-pc-signout-yuki = Yuki kann sofort an den Computer, und nichts von dir ist mehr drauf.
hotel-wifi-pc-close = Mach einfach das Fenster zu. Das reicht bestimmt.
hotel-wifi-pc-close-feedback = Es sieht fertig aus, aber oft bist du nach dem Schließen noch angemeldet. Erst abmelden ist der sichere Weg.
hotel-wifi-pc-close-yuki = Yuki setzt sich. Sie weiß nicht, dass dein Konto noch offen ist.
hotel-wifi-pc-rush = Spring schnell auf, damit Yuki nicht warten muss.
hotel-wifi-pc-rush-feedback = Dass Yuki nicht warten soll, ist aufmerksam. Aber deine E-Mail ist noch offen, für alle sichtbar. Zehn Sekunden zum Abmelden lohnen sich.
hotel-wifi-pc-rush-yuki = Dein Posteingang ist noch offen, direkt vor ihr auf dem Bildschirm.
hotel-wifi-yuki-spots = Hey, deine E-Mail ist noch offen! Ich hab nichts gelesen. Willst du dich abmelden?
hotel-wifi-sign-out-now = Du meldest dich ab und bedankst dich bei Yuki. Sie grinst dich freundlich an.

hotel-wifi-mum-arrives = Mama rollt lächelnd durch die Lobby zurück.
hotel-wifi-mum-back = Alles ausgepackt! Mami ist auf dem Balkon. Wie war's hier unten?
hotel-wifi-tell-prompt = Sam hat eure Daten in das Pop-up getippt. Was sagst du Mama, { $nickname }?
hotel-wifi-tell-mum = Erzähl Mama vom Pop-up und was Sam eingetippt hat.
hotel-wifi-tell-mum-feedback = Es ihr schnell zu sagen ist die beste Lösung. Wer reingelegt wurde, bekommt keinen Ärger, und jetzt kann Mama helfen.
hotel-wifi-tell-mum-mum = Du hast es ihr gleich gesagt, obwohl es unangenehm war.
hotel-wifi-tell-mum-sam = Sam hat Angst, dass er was kaputt gemacht hat. Hat er nicht.
hotel-wifi-keep-quiet = Sag: "War gut!" Sonst kriegt Sam vielleicht Ärger.
hotel-wifi-keep-quiet-feedback = Sam schützen zu wollen ist lieb. Aber wer reingelegt wurde, bekommt keinen Ärger, und ein Erwachsener kann helfen. Du kannst es ihr noch sagen.
hotel-wifi-keep-quiet-mum = Mama weiß es noch nicht, also kann sie nicht helfen.
hotel-wifi-sam-blurts = Mama! Wir gewinnen vielleicht einen Gratis-Urlaub! Ich hab unsere Nummer eingetippt!
hotel-wifi-mum-helps = Danke, dass ihr es mir sagt. Keiner kriegt Ärger. Auf solche Tricks fallen auch Erwachsene rein.
hotel-wifi-mum-plan = Wir lassen das Tablet dieses WLAN vergessen, und wir gehen nicht an Anrufe von fremden Nummern. Sagen wir es auch Frau Bauer.

hotel-wifi-end-smooth = Sam schaut Zeichentrick im echten WLAN, und all eure Daten sind privat geblieben. Jetzt kann der Urlaub beginnen!
hotel-wifi-end-smooth-reflect = Woran erkennst du, ob ein WLAN oder ein Gewinn echt ist?
hotel-wifi-end-smooth-sam = Sam kann Zeichentrick schauen und kennt jetzt einen Trick gegen Tricks.
hotel-wifi-end-smooth-mum = Mama hört, wie du auf Sam und dich aufgepasst hast.
hotel-wifi-end-yuki = Alles ist geklärt, mit ein bisschen Hilfe von Yuki. Nächstes Mal meldest du dich ab, bevor du aufstehst.
hotel-wifi-end-yuki-reflect = Was solltest du immer tun, bevor du einen geteilten Computer verlässt?
hotel-wifi-end-yuki-yuki = Yuki hat an ihrem allerersten Tag im Kinderclub jemandem geholfen.
hotel-wifi-end-mum-helps = Frau Bauer hängt ein Schild auf, das andere Gäste vor dem falschen WLAN warnt. Sam bekommt seinen Zeichentrick im echten WLAN.
hotel-wifi-end-mum-helps-reflect = Wem würdest du es sagen, wenn du oder jemand anderes Daten in ein Pop-up getippt hat?
hotel-wifi-end-mum-helps-mum = Du bist schnell zu ihr gekommen, also konnte sie schnell helfen.
hotel-wifi-end-mum-helps-sam = Keiner war sauer auf ihn, und jetzt weiß er, worauf er achten muss.
hotel-wifi-end-sam-told = Durch Sams Nachricht konnte Mama helfen, und Frau Bauer warnt andere Gäste. Nächstes Mal kannst du es selbst sagen.
hotel-wifi-end-sam-told-reflect = Warum schweigt jemand vielleicht, nachdem er reingelegt wurde? Was würde helfen, es zu sagen?
hotel-wifi-end-sam-told-mum = Jetzt weiß sie es, kann helfen, und keiner bekommt Ärger.

hotel-wifi-discuss-1 = "Hotel-Gast" und "Hotel_Gratis_WLAN" sehen fast gleich aus. Warum richtet jemand ein WLAN mit einem Namen wie dem des Hotels ein, und wie kannst du prüfen, welches echt ist?
hotel-wifi-discuss-2 = Das Pop-up bot einen Gratis-Urlaub für Namen, Geburtstag und Telefonnummer. Woran erkennt man ein Angebot, das "zu gut, um wahr zu sein" ist? Welche anderen Daten solltest du privat halten?
hotel-wifi-discuss-3 = Frau Bauer hatte sehr viel zu tun. Wie können wir nett um Hilfe bitten, wenn jemand in Eile ist? Und wie würdest du einem jüngeren Kind helfen, das gleich private Daten teilen will?
