prize-pop-up-title = Ein Welpe gewonnen?
prize-pop-up-summary = Beim Malspiel mit der kleinen Cousine springt ein buntes Fenster auf: Ein Kuschel-Welpe ist gewonnen, jetzt bitte Name, Adresse und Schule eintippen. Die Kinder üben, Werbung zu erkennen, die wie ein Gewinn aussieht, ihre Daten für sich zu behalten und einen Erwachsenen zu fragen.

## Figuren
prize-pop-up-hana = Hana
prize-pop-up-grandma-mei = Oma Mei

## Anfang
prize-pop-up-hook = Ein Regentag bei Oma Mei. Du und deine Cousine Hana spielt ein Malspiel.
prize-pop-up-hook-hana = Die Katze ist jetzt rosa! Du bist dran: Welche Farbe?
prize-pop-up-popup = Plopp! Ein buntes Fenster springt auf. Sterne drehen sich drumherum.
prize-pop-up-popup-says = Da steht: "Du hast einen Kuschel-Welpen gewonnen! Schreib Name, Adresse und Schule."
prize-pop-up-hana-wants = Ein Welpe! Lass mich tippen! Ich kenn unsere Straße!

## Das Fenster
prize-pop-up-popup-prompt = Was machst du, { $nickname }?
prize-pop-up-let-hana = Lass Hana tippen. Ein Welpe wär toll!
prize-pop-up-let-hana-feedback = Es sah wie ein echter Gewinn aus. Aber Name und Adresse sind privat. Sag es Oma, sie kann helfen.
prize-pop-up-let-hana-hana = Sie denkt, bald kommt ein Welpe.
prize-pop-up-ask-grandma = Sag: "Warte! Wir fragen zuerst Oma."
prize-pop-up-ask-grandma-feedback = Du hast gestoppt und gefragt. Erwachsene sehen, ob ein Gewinn echt ist oder ein Trick.
prize-pop-up-ask-grandma-hana = Sie wollte schnell tippen. Jetzt wartet sie.
prize-pop-up-ask-grandma-grandma = Du bist zu ihr gekommen, bevor du etwas getippt hast.
prize-pop-up-close-it = Tipp aufs X. Mach es zu.
prize-pop-up-close-it-feedback = Gut mitgedacht! Ein echter Gewinn fragt nicht, wo du wohnst. Erzähl es jetzt noch Oma.
prize-pop-up-close-it-hana = Sie wollte den Welpen so gern.

## Getippt
prize-pop-up-more-box = Hana tippt eure Namen und eure Straße ein. Kein Welpe kommt.
prize-pop-up-more-box-says = Dann steht da: "Jetzt eine Telefonnummer! Schnell!"
prize-pop-up-more-prompt = Das Fenster fragt immer weiter. Was jetzt, { $nickname }?
prize-pop-up-tell-now = Lauf zu Oma Mei und sag es ihr.
prize-pop-up-tell-now-feedback = Das war mutig! Erzählen hilft am meisten, auch nach dem Tippen.
prize-pop-up-tell-now-grandma = Sie ist froh, dass du kommst. Sie weiß, wie sie hilft.
prize-pop-up-type-more = Tipp die Nummer ein. Der Welpe ist bestimmt bald da!
prize-pop-up-type-more-feedback = Das Fenster will immer mehr. Das ist ein Hinweis: Es ist ein Trick, kein Gewinn. Oma kann helfen.
prize-pop-up-type-more-hana = Kein Welpe kam. Nur noch mehr Fragen.
prize-pop-up-close-quiet = Mach das Fenster zu. Sag nichts.
prize-pop-up-close-quiet-feedback = Zumachen war klug. Aber eure Namen sind schon eingetippt. Oma kann dabei helfen.
prize-pop-up-close-quiet-hana = Sie hat eure Namen getippt. Jetzt weiß sie nicht, ob das okay war.

## Zugemacht
prize-pop-up-box-again = Du machst das Fenster zu. Aber plopp! Es springt wieder auf.
prize-pop-up-box-again-says = Da steht: "Letzte Chance! Hol dir jetzt deinen Welpen!"
prize-pop-up-hana-quick = Schnell! Bevor der Welpe weg ist!
prize-pop-up-again-prompt = Hana hat es eilig. Was machst du?
prize-pop-up-close-tell = Mach es wieder zu. Dann sag es Oma.
prize-pop-up-close-tell-feedback = "Letzte Chance" soll dich hetzen. Du hast dir Zeit gelassen und Hilfe geholt.
prize-pop-up-close-tell-grandma = Du hast ihr sofort von dem Fenster erzählt.
prize-pop-up-close-tell-hana = Oma weiß bestimmt, was zu tun ist.
prize-pop-up-let-tap = Lass Hana draufdrücken. Nur dieses eine Mal.
prize-pop-up-let-tap-feedback = Hana hatte es eilig. Aber das Fenster wollte eure Namen und Adresse. Oma kann dabei helfen.
prize-pop-up-let-tap-hana = Sie hat eure Namen getippt, aber kein Welpe kam.
prize-pop-up-switch-off = Mach das Tablet aus. Spiel mit Bauklötzen.
prize-pop-up-switch-off-feedback = Eure Namen sind sicher. Es wäre auch gut, Oma von dem Fenster zu erzählen.
prize-pop-up-switch-off-hana = Sie denkt immer noch an den Welpen.

## Oma findet das Fenster
prize-pop-up-grandma-sees = Später nimmt Oma Mei das Tablet. Plopp! Das Welpen-Fenster ist wieder da.
prize-pop-up-grandma-asks = Oh! Habt ihr das Fenster gesehen?
prize-pop-up-open-prompt = Was sagst du, { $nickname }?
prize-pop-up-tell-all = Erzähl Oma alles.
prize-pop-up-tell-all-feedback = Es einem Erwachsenen zu sagen ist stark. Wer reingelegt wurde, kriegt keinen Ärger.
prize-pop-up-tell-all-grandma = Jetzt weiß sie es und kann helfen.
prize-pop-up-shrug = Zuck die Achseln: "Weiß nicht."
prize-pop-up-shrug-feedback = Erzählen kann schwer sein. Aber Oma ist nicht sauer. Sie will nur helfen.
prize-pop-up-shrug-grandma = Sie merkt, dass etwas los ist.
prize-pop-up-hana-blurts-typed = Ich hab die Namen getippt! Für den Welpen!
prize-pop-up-hana-blurts = Wir haben 'nen Welpen gewonnen!
prize-pop-up-grandma-kind = Danke, Hana. Keiner kriegt Ärger. Schauen wir es uns an.

## Oma hilft
prize-pop-up-grandma-comes = Danke, dass du es mir sagst. Schauen wir es uns an.
prize-pop-up-grandma-explains = Das ist Werbung. Sie sieht aus wie ein Gewinn, aber sie ist ein Trick. Sie will wissen, wer ihr seid.
prize-pop-up-grandma-private = Dein ganzer Name, deine Adresse, deine Schule: Das ist privat. Nur für Leute, die wir kennen.

## Was ist privat?
prize-pop-up-private-prompt = Oma fragt: "Was darfst du einem Spiel sagen?"
prize-pop-up-colour = Meine Lieblingsfarbe.
prize-pop-up-colour-feedback = Ja! Eine Farbe kannst du gern verraten. Sie sagt nicht, wer du bist.
prize-pop-up-colour-grandma = Du weißt, was du sicher teilen kannst.
prize-pop-up-school = Den Namen meiner Schule.
prize-pop-up-school-feedback = Das denken viele Kinder. Aber die Schule verrät, wo du jeden Tag bist. Behalt sie für dich.
prize-pop-up-school-grandma = Sie hilft dir gern, das zu lernen.
prize-pop-up-full-name = Meinen Vor- und Nachnamen.
prize-pop-up-full-name-feedback = Dein ganzer Name ist auch privat. In Spielen nimmst du einen lustigen Spielnamen.
prize-pop-up-full-name-grandma = Sie hilft dir gern, das zu lernen.

## Hana
prize-pop-up-hana-sad = Also gar kein Welpe?
prize-pop-up-hana-prompt = Hana ist traurig. Was sagst du, { $nickname }?
prize-pop-up-both-tricked = "Ich bin auch reingefallen. Komm, wir malen einen Welpen!"
prize-pop-up-both-tricked-feedback = Du hast gesehen, dass Hana traurig war. Jetzt ist sie nicht allein.
prize-pop-up-both-tricked-hana = Sie darf mit dir einen Welpen malen.
prize-pop-up-baby = "Das war nicht echt! Du bist so ein Baby."
prize-pop-up-baby-feedback = Der Trick hat Hana reingelegt. Das kann jedem passieren. Entschuldigen hilft.
prize-pop-up-baby-hana = Sie hat dem Fenster geglaubt, und jetzt lachst du sie aus.
prize-pop-up-hug = Nimm Hana in den Arm. Sag: "Tricks legen viele rein."
prize-pop-up-hug-feedback = Liebe Worte helfen. Jeder kann reingelegt werden, auch Erwachsene.
prize-pop-up-hug-hana = Sie ist nicht die Einzige, die reingelegt wurde.
prize-pop-up-say-sorry = Dann sagst du Hana, dass es dir leidtut. Sie lächelt ein bisschen.

## Enden
prize-pop-up-end-puppy-picture = Du und Hana malt einen großen Welpen. Oma hängt ihn an den Kühlschrank. Ganz ohne Fenster!
prize-pop-up-end-puppy-picture-reflect = Ein Spiel fragt nach deinem Namen oder deiner Adresse. Was tust du?
prize-pop-up-end-puppy-picture-hana = Sie hat doch einen Welpen, auf Papier!
prize-pop-up-end-puppy-picture-grandma = Ihr habt Namen und Adresse für euch behalten.
prize-pop-up-end-grandma-helps = Oma Mei sagt es der Familie. Sie stellt das Tablet so ein, dass weniger Fenster aufspringen. Jetzt kennst du den Trick!
prize-pop-up-end-grandma-helps-reflect = Wem kannst du es sagen, wenn du aus Versehen etwas tippst?
prize-pop-up-end-grandma-helps-hana = Oma kümmert sich jetzt darum.
prize-pop-up-end-grandma-helps-grandma = Du hast es gesagt, so konnte sie helfen.
prize-pop-up-end-next-time = Oma Mei bringt das Tablet in Ordnung. Sie umarmt euch beide. Nächstes Mal sagst du es ihr gleich.
prize-pop-up-end-next-time-reflect = Warum ist es gut, es einem Erwachsenen gleich zu sagen?
prize-pop-up-end-next-time-grandma = Sie ist nicht sauer. Sie will es nur wissen.
prize-pop-up-end-next-time-hana = Oma hat geholfen, und keiner hat Ärger bekommen.

## Für Lehrkräfte
prize-pop-up-discuss-1 = Das Fenster sagte "Du hast gewonnen!" und "Letzte Chance!". Welche Hinweise zeigen, dass ein Gewinn in Wahrheit Werbung oder ein Trick sein kann?
prize-pop-up-discuss-2 = Was an dir ist privat (ganzer Name, Adresse, Schule, Telefonnummer), und was darfst du in einem Spiel teilen (Lieblingsfarbe, Spielname)?
prize-pop-up-discuss-3 = Hana war nach dem Trick traurig und fühlte sich ein bisschen dumm. Wie helfen wir jemandem, der online reingelegt wurde? Welchen Erwachsenen kannst du es sagen?
