secret-in-the-game-title = Ein Geheimnis im Spiel
secret-in-the-game-summary = In einem Tierspiel schickt ein netter Spieler, den das Kind nie getroffen hat, Geschenke, will dann ein Foto und sagt "Sag es nicht deinem Opa". Die Kinder üben, gute und schlechte Geheimnisse zu unterscheiden, nie Fotos zu schicken und es einem Erwachsenen zu sagen, der hilft und nicht schimpft.

secret-in-the-game-grandpa = Opa Ahmed
secret-in-the-game-marisol = Tante Marisol
secret-in-the-game-starpaws = StarPaws
secret-in-the-game-kofi = Kofi

secret-in-the-game-hook = Du wohnst bei Opa Ahmed. Am Sonntag hat er Geburtstag.
secret-in-the-game-cake-secret = Pst! Der Kuchen ist unser Geheimnis. Er ist eine Überraschung!
secret-in-the-game-cake-smile = Du kicherst. Dieses Geheimnis macht dich froh.
secret-in-the-game-game-time = Nach der Schule spielst du Tierstadt auf dem Tablet. Opa liest nebenan.
secret-in-the-game-starpaws-hi = Hi! Dein Kätzchen ist so süß! Hier ist ein Geschenk!
secret-in-the-game-gifts = Ein goldener Napf taucht auf. Dann ein Sternenhut!
secret-in-the-game-starpaws-friends = Jetzt sind wir beste Freunde, oder?

secret-in-the-game-gift-prompt = Du kennst StarPaws gar nicht. Was machst du, { $nickname }?
secret-in-the-game-gift-yes = Schreib: "Ja! Beste Freunde!"
secret-in-the-game-gift-yes-feedback = Geschenke sind schön. Aber beste Freunde kennt man. Du darfst dir Zeit lassen.
secret-in-the-game-gift-yes-starpaws = StarPaws bekam schnell ein Ja.
secret-in-the-game-gift-thanks = Schreib: "Danke! Aber wir kennen uns erst kurz."
secret-in-the-game-gift-thanks-feedback = Du warst nett und vorsichtig zugleich. Freundschaft braucht Zeit.
secret-in-the-game-gift-thanks-starpaws = StarPaws hat auf ein schnelles Ja gehofft.
secret-in-the-game-gift-show = Zeig Opa die tollen Geschenke.
secret-in-the-game-gift-show-feedback = Gute Idee! Erwachsene wissen gern, mit wem du spielst.
secret-in-the-game-gift-show-grandpa = Opa findet dein Kätzchen mit Hut toll.
secret-in-the-game-grandpa-peek = Was für ein Hut! Sag mir, wenn dir etwas komisch vorkommt, ja?

secret-in-the-game-ask-photo = Schickst du mir ein Foto von dir? Nur dein Gesicht!
secret-in-the-game-the-secret = Das ist unser Geheimnis. Sag es nicht deinem Opa.
secret-in-the-game-tummy = Dein Bauch fühlt sich komisch an. Das ist anders als beim Kuchen-Geheimnis.

secret-in-the-game-photo-prompt = Was machst du, { $nickname }?
secret-in-the-game-photo-send = Schick ein Foto. StarPaws war so nett.
secret-in-the-game-photo-send-feedback = Du wolltest auch nett sein. Aber du musst nie Fotos schicken. Sag es Opa, das hilft.
secret-in-the-game-photo-send-grandpa = Opa weiß es noch nicht. Er ist in der Nähe und kann helfen.
secret-in-the-game-photo-no = Schreib: "Keine Fotos!" Dann behalte das Geheimnis.
secret-in-the-game-photo-no-feedback = Gut gemacht. Du musst nie Fotos schicken. Aber das Geheimnis fühlt sich noch schlecht an.
secret-in-the-game-photo-no-starpaws = StarPaws hat kein Foto bekommen.
secret-in-the-game-photo-tell = Geh sofort zu Opa und sag es ihm.
secret-in-the-game-photo-tell-feedback = Das war mutig! Ein Geheimnis, das sich schlecht anfühlt, darfst du verraten.
secret-in-the-game-photo-tell-grandpa = Du bist sofort zu Opa gekommen.

secret-in-the-game-dinner = Beim Essen schiebst du deinen Reis hin und her.
secret-in-the-game-grandpa-asks = Du bist heute so still. Ist etwas los?
secret-in-the-game-dinner-prompt = Was sagst du, { $nickname }?
secret-in-the-game-dinner-tell = Erzähl Opa von StarPaws und dem Geheimnis.
secret-in-the-game-dinner-tell-feedback = Es zu sagen war stark. Jetzt trägst du es nicht mehr allein.
secret-in-the-game-dinner-tell-grandpa = Du hast Opa etwas Schweres anvertraut.
secret-in-the-game-dinner-nothing = Sag: "Nichts. Das ist ein Geheimnis."
secret-in-the-game-dinner-nothing-feedback = StarPaws will, dass du schweigst. Aber ein schlechtes Geheimnis musst du nie behalten.
secret-in-the-game-dinner-nothing-grandpa = Opa merkt, dass dich etwas beschäftigt.

secret-in-the-game-bedtime = Vor dem Schlafen setzt sich Opa auf dein Bett.
secret-in-the-game-good-secrets = Manche Geheimnisse machen Spaß, wie eine Überraschung. Am Ende lachen alle.
secret-in-the-game-bad-secrets = Aber ein Geheimnis, bei dem dein Bauch wehtut? Das sagst du mir immer.
secret-in-the-game-bed-prompt = Was machst du, { $nickname }?
secret-in-the-game-bed-tell = Atme tief ein. Erzähl Opa alles.
secret-in-the-game-bed-tell-feedback = Dafür braucht man Mut. Jetzt kann Opa dir helfen.
secret-in-the-game-bed-tell-grandpa = Du hast es ihm gesagt, obwohl es schwer war.
secret-in-the-game-bed-wait = Sag "Gute Nacht" und versteck dich unter der Decke.
secret-in-the-game-bed-wait-feedback = Manches ist schwer zu sagen. Du kannst es einem Erwachsenen immer sagen, auch morgen.
secret-in-the-game-bed-wait-grandpa = Opa hofft, dass du bald mit ihm redest.

secret-in-the-game-morning = Am Morgen kommt Tante Marisol und backt den Kuchen.
secret-in-the-game-marisol-notices = Kuchen-Geheimnisse machen Spaß. Aber du siehst besorgt aus. Was ist los?
secret-in-the-game-tell-marisol = Du erzählst ihr von StarPaws. Sie drückt dich ganz fest.
secret-in-the-game-marisol-helps = Gut, dass du es mir sagst. Lass es uns zusammen Opa sagen.

secret-in-the-game-grandpa-thanks = Danke, dass du es mir sagst. Ich bin gar nicht böse.
secret-in-the-game-not-in-trouble = Du bekommst keinen Ärger. StarPaws darf nicht nach Fotos fragen.
secret-in-the-game-block = Opa tippt auf Blockieren und Melden. Du hilfst ihm, die Knöpfe zu finden.
secret-in-the-game-block-done = So! StarPaws kann dir nicht mehr schreiben. Die Helfer vom Spiel schauen nach.

secret-in-the-game-party = Am Sonntag sieht Opa den Kuchen. Überraschung! Er lacht und lacht.
secret-in-the-game-kofi-says = Guck! Ich hab auch einen goldenen Napf von StarPaws!
secret-in-the-game-kofi-prompt = Dein Cousin Kofi spielt auch Tierstadt. Was machst du, { $nickname }?
secret-in-the-game-kofi-tell = Erzähl Kofi von StarPaws. Sag: "Komm, wir sagen es deiner Mama."
secret-in-the-game-kofi-tell-feedback = Du hast an Kofi gedacht und ihm geholfen. Das ist lieb.
secret-in-the-game-kofi-tell-kofi = Kofi wusste nicht, dass StarPaws nach Geheimnissen fragt.
secret-in-the-game-kofi-tell-marisol = Tante Marisol sieht, dass du auf ihren Sohn aufpasst.
secret-in-the-game-kofi-laugh = Lach: "Ha! StarPaws legt alle rein!"
secret-in-the-game-kofi-laugh-feedback = Das kann jetzt lustig wirken. Aber jeder kann reingelegt werden. Kofi hat nichts falsch gemacht. Du kannst ihm noch helfen.
secret-in-the-game-kofi-laugh-kofi = Kofi mochte das Geschenk. Jetzt fühlt er sich dumm.
secret-in-the-game-kofi-nothing = Sag nichts. Jetzt ist Party!
secret-in-the-game-kofi-nothing-feedback = Partys machen Spaß! Aber Kofi weiß nicht, was du weißt. Ein kurzes Wort kann ihm helfen.
secret-in-the-game-kofi-nothing-kofi = Kofi denkt noch, StarPaws ist ein Freund.
secret-in-the-game-kofi-blocks = Danke! Kofi, lass uns StarPaws zusammen blockieren.
secret-in-the-game-grown-ups-talk = Später reden die Erwachsenen. Tante Marisol hilft Kofi, StarPaws auch zu blockieren.

secret-in-the-game-end-straight-away = Du hast es Opa gleich gesagt. Jetzt spielt ihr zusammen Tierstadt. Was für ein Geburtstag!
secret-in-the-game-end-straight-away-reflect = Was macht ein Geheimnis gut oder schlecht?
secret-in-the-game-end-straight-away-grandpa = Du wusstest genau, was zu tun ist.
secret-in-the-game-end-not-in-trouble = Opa drückt dich ganz fest. Die Helfer vom Spiel kümmern sich darum. Es ihm zu sagen war richtig.
secret-in-the-game-end-not-in-trouble-reflect = Wem kannst du es sagen, wenn jemand ein Foto will?
secret-in-the-game-end-not-in-trouble-grandpa = Opa weiß, was zu tun ist. Du bist damit nicht allein.
secret-in-the-game-end-told = Der Kuchen war ein schönes Geheimnis. Das schlechte ist jetzt weg.
secret-in-the-game-end-told-reflect = Wie fühlt sich ein schlechtes Geheimnis im Bauch an? Wem kannst du es sagen?
secret-in-the-game-end-told-grandpa = Opa bekam einen Überraschungskuchen, und du vertraust ihm.
secret-in-the-game-end-aunt-noticed = Tante Marisol hat dein Gesicht gesehen und geholfen. Nächstes Mal kannst du es gleich einem Erwachsenen sagen.
secret-in-the-game-end-aunt-noticed-reflect = Welchem Erwachsenen sagst du ein schlechtes Geheimnis?
secret-in-the-game-end-aunt-noticed-marisol = Am Ende hast du es ihr gesagt. Das war mutig.

secret-in-the-game-discuss-1 = StarPaws hat erst Geschenke gemacht und dann nach einem Foto und einem Geheimnis gefragt. Warum ist jemand online vielleicht extra nett, bevor er etwas will?
secret-in-the-game-discuss-2 = Was ist der Unterschied zwischen einer Überraschung wie dem Geburtstagskuchen und einem Geheimnis, bei dem sich dein Bauch komisch anfühlt? Fällt dir für beides ein Beispiel ein?
secret-in-the-game-discuss-3 = Welchen Erwachsenen könntest du es sagen, wenn jemand online nach einem Foto oder Geheimnis fragt? Was würdest du sagen, und was sollen sie antworten?
