hospital-photos-title = Ein Foto aus dem Krankenhaus
hospital-photos-summary = Ein Foto von Amara im Krankenhausbett landet mit Witzen im Klassenchat, und das Kind entscheidet, wie es hilft.

hospital-photos-amara = Amara
hospital-photos-kenji = Kenji
hospital-photos-mateo = Mateo
hospital-photos-priya = Priya
hospital-photos-ms-okafor = Frau Okafor

hospital-photos-hook = Es ist Samstag. Du machst mit Priya Hausaufgaben. Amara aus deiner Klasse ist diese Woche im Krankenhaus.
hospital-photos-kenji-visits = Kenji hat sie heute besucht. Dann geht's im Klassenchat los.
hospital-photos-kenji-posts = War heute bei Amara! Hier ist sie 😄
hospital-photos-the-photo = Das Foto zeigt Amara schlafend im Krankenhausbett, die Haare ganz wirr.
hospital-photos-mateo-joke = Haha, Dornröschen! 😴😂
hospital-photos-more-laughs = Noch mehr lachende Gesichter tauchen auf. Viele schauen es sich an.

hospital-photos-first-look = Du siehst dir das Foto an, { $nickname }. Was machst du?
hospital-photos-forward = Schick es deinem Cousin weiter. Es ist irgendwie lustig.
hospital-photos-forward-feedback = Es fühlte sich wie ein kleiner Witz an. Aber jetzt ist das Foto in einem anderen Chat. Bitte deinen Cousin, es zu löschen.
hospital-photos-forward-amara = Leute, die sie nicht kennt, sehen sie im Bett.
hospital-photos-sticker = Schick einen Schlaf-Sticker. Alle anderen machen auch mit.
hospital-photos-sticker-feedback = Ein Sticker wirkt klein. Aber jeder zeigt Amara: Wieder hat jemand gelacht. Ein nettes Wort kann jetzt helfen.
hospital-photos-sticker-amara = Viele haben in einer schweren Woche über sie gelacht.
hospital-photos-sticker-mateo = Er denkt, alle finden seinen Witz gut.
hospital-photos-imagine = Stopp mal und stell dir vor, du bist Amara und siehst das.
hospital-photos-imagine-feedback = Du hast dich in Amara hineinversetzt. Im Krankenhaus ist es schon schwer genug, auch ohne ausgelacht zu werden.
hospital-photos-imagine-amara = Amara weiß es noch nicht. Aber du denkst schon an sie.
hospital-photos-ask-ok = Frag: "Hat Amara gesagt, dass man das posten darf?"
hospital-photos-ask-ok-feedback = Gute Frage. Ein Foto von jemandem gehört auch der Person darauf. Darum fragen wir vorher.
hospital-photos-ask-ok-kenji = Daran hat er gar nicht gedacht.
hospital-photos-ask-ok-priya = Sie hat sich das auch gefragt.

hospital-photos-cousin-replies = Dein Cousin antwortet: "Haha, wer ist das? Darf ich es meinen Freunden schicken?"
hospital-photos-cousin-choice = Das Foto könnte noch weiter wandern. Was schreibst du?
hospital-photos-cousin-delete = "Nein, lösch es bitte. Sie hat nicht Ja gesagt."
hospital-photos-cousin-delete-feedback = Gut reagiert! Ein Foto kannst du nicht zurückholen, aber du kannst andere bitten, es zu löschen.
hospital-photos-cousin-delete-amara = Amaras Privatsphäre ist geschützt. Weniger Leute sehen ein Foto, bei dem sie nie Ja gesagt hat.
hospital-photos-cousin-share = "Klar, schick's. Ist doch lustig."
hospital-photos-cousin-share-feedback = Mit jedem Teilen ist ein Foto schwerer zurückzuholen. Du kannst immer noch bitten, es zu löschen.
hospital-photos-cousin-share-amara = Jetzt lachen sogar Fremde über sie.

hospital-photos-amara-online = Dann ist Amara online. Sie liest den ganzen Chat.
hospital-photos-amara-oh = oh.

hospital-photos-after-oh = Amara hat nur "oh." geschrieben. Was machst du, { $nickname }?
hospital-photos-ask-public = Schreib: "Kenji, kannst du es löschen? Amara hat nicht Ja gesagt."
hospital-photos-ask-public-feedback = Du hast zu Amara gehalten, ohne gemein zu jemandem zu sein. Dafür braucht man Mut.
hospital-photos-ask-public-amara = Jemand hat ihr "oh" bemerkt und etwas gesagt.
hospital-photos-ask-public-kenji = Er wollte ihr nicht wehtun, und jetzt sieht er es.
hospital-photos-ask-public-priya = Sie schreibt: "Ja, bitte lösch es."
hospital-photos-ask-private = Schreib Kenji privat: "Ich glaube, Amara ist traurig. Kannst du es löschen?"
hospital-photos-ask-private-feedback = Eine private Nachricht lässt Kenji es gutmachen, ohne dass er vor allen bloßgestellt wird.
hospital-photos-ask-private-kenji = Zuhören ist leichter, wenn keiner zuschaut.
hospital-photos-just-joke = Schreib: "Chill, Amara, ist doch nur Spaß! 😂"
hospital-photos-just-joke-feedback = Du wolltest es locker halten. Aber "nur Spaß" klingt, als wären Gefühle egal. Bitte lieber darum, das Foto zu löschen.
hospital-photos-just-joke-amara = Ihre Gefühle wurden vor allen kleingeredet.
hospital-photos-just-joke-mateo = Er denkt, du hältst zu ihm.
hospital-photos-say-nothing = Sag nichts. Das geht schon vorbei.
hospital-photos-say-nothing-feedback = Still sein kann sich sicherer anfühlen. Aber Schweigen sieht aus, als fänden es alle okay. Schon eine nette Stimme hilft.
hospital-photos-say-nothing-amara = Sie sieht viel Gelächter und keiner sagt Stopp.

hospital-photos-kenji-sorry = Sorry, Amara! Ich wollte nur zeigen, dass es dir gut geht. Ich hab's gelöscht.
hospital-photos-photo-stays = Das Foto bleibt im Chat. Noch zwei lachende Gesichter tauchen auf.
hospital-photos-amara-quiet = Amara schreibt nichts mehr. Sie ist ganz still geworden.

hospital-photos-reach-out = Wie kannst du dich bei Amara melden, { $nickname }?
hospital-photos-private-message = Schreib Amara privat: "Das mit dem Foto tut mir leid. Wir vermissen dich! 💛"
hospital-photos-private-message-feedback = Du hast gehandelt, weil sie dir wichtig ist. Eine private Nachricht sagt "Ich halte zu dir", ohne Publikum.
hospital-photos-private-message-amara = Jemand denkt an sie, statt über sie zu lachen.
hospital-photos-group-get-well = Schreib "Gute Besserung, Amara!" in den Klassenchat.
hospital-photos-group-get-well-feedback = Nette Worte! Aber im Klassenchat stehen sie direkt unter den Witzen. Eine private Nachricht fühlt sich sicherer an.
hospital-photos-group-get-well-amara = Amara geht es etwas besser. Aber sie sieht die Witze darüber noch.
hospital-photos-screenshots = Schick Amara Screenshots der Witze, damit sie weiß, wer gelacht hat.
hospital-photos-screenshots-feedback = Du wolltest, dass sie es weiß. Aber jeden Witz noch mal zu lesen tut weh, und Screenshots machen mehr Kopien. Eine nette Nachricht hilft mehr.
hospital-photos-screenshots-amara = Sie liest jeden Witz noch mal, einen nach dem anderen.

hospital-photos-amara-thanks = Danke. Hier ist es langweilig, und das hat mich zum Lächeln gebracht. 💛
hospital-photos-no-reply = Amara antwortet nicht. Vielleicht ruht sie sich aus.
hospital-photos-uneasy = Trotzdem haben viele das Foto gesehen. Manche haben es vielleicht gespeichert.

hospital-photos-grown-up = Das ist zu groß, um es allein zu lösen. Was machst du?
hospital-photos-tell-teacher = Erzähl Frau Okafor, deiner Lehrerin, was passiert ist.
hospital-photos-tell-teacher-feedback = Einem Erwachsenen etwas sagen heißt nicht, andere reinzureiten. Es heißt, Hilfe für Amara zu holen.
hospital-photos-tell-teacher-okafor = Du hast ihr vertraut, und jetzt kann sie helfen.
hospital-photos-tell-parent = Erzähl es heute Abend einem Erwachsenen zu Hause und zeig den Chat.
hospital-photos-tell-parent-feedback = Mutig und klug. Zu Hause hört man dir zu und hilft dir, Frau Okafor zu schreiben.
hospital-photos-tell-parent-okafor = Jetzt weiß sie Bescheid und hat einen Plan.
hospital-photos-ask-amara = Frag erst Amara: "Ist es okay, wenn ich es Frau Okafor sage?"
hospital-photos-ask-amara-feedback = Du hast gefragt, bevor du etwas über sie erzählst. Das ist respektvoll, und Hilfe gibt es trotzdem.
hospital-photos-ask-amara-amara = Sie darf mitentscheiden, was jetzt passiert.
hospital-photos-keep-quiet = Behalt es für dich. Es zu sagen fühlt sich wie Petzen an.
hospital-photos-keep-quiet-feedback = Davor haben viele Angst. Aber etwas sagen, um zu helfen, ist kein Petzen, sondern Fürsorge. Du kannst es morgen noch sagen.
hospital-photos-keep-quiet-amara = Sie weiß nicht, wo das Foto gelandet ist.

hospital-photos-amara-says-yes = Ja, bitte. Das soll niemand anderem passieren.
hospital-photos-teacher-steps-in = Fotos von Menschen gehören auch ihnen. Lasst uns erst fragen und dieses hier zusammen löschen.

hospital-photos-end-cared-for = Das Foto ist weg, und Frau Okafor prüft, dass keiner eine Kopie hat. Die Klasse bastelt Amara eine riesige Gute-Besserung-Karte.
hospital-photos-end-cared-for-reflect = Was sollten deine Freunde tun, wenn ein Foto von dir geteilt wird?
hospital-photos-end-cared-for-amara = Sie weiß, dass ihre Klasse an sie denkt.
hospital-photos-end-cared-for-kenji = Er hat seinen Fehler gutgemacht und fragt nächstes Mal vorher.
hospital-photos-end-grown-up-helps = Alle löschen das Foto. Kenji entschuldigt sich, und Mateo schickt Amara Genesungswünsche.
hospital-photos-end-grown-up-helps-reflect = Welchen Erwachsenen könntest du es sagen, wenn ein Foto von einem Freund geteilt wird?
hospital-photos-end-grown-up-helps-amara = Ein Erwachsener hat geholfen, und das Foto ist weg.
hospital-photos-end-grown-up-helps-mateo = Er hat nicht an Amaras Gefühle gedacht. Jetzt schon.
hospital-photos-end-still-wondering = Amara kommt wieder in die Schule. Sie lächelt, aber sie fragt sich noch, wer das Foto gesehen hat.
hospital-photos-end-still-wondering-reflect = Wenn du zurückkönntest: Was würdest du tun, damit Amara sich das nicht fragen muss?
hospital-photos-end-still-wondering-amara = Es ist schwer, nicht zu wissen, wo ein Foto ist.
hospital-photos-end-still-wondering-priya = Ihr zwei haltet Amara beim Mittagessen einen Platz frei.

hospital-photos-discuss-1 = Warum möchte jemand vielleicht nicht, dass ein Foto von ihm im Krankenhaus geteilt wird, auch kein nettes?
hospital-photos-discuss-2 = Kenji wollte Amara nicht wehtun. Was hätte er vor dem Posten tun können?
hospital-photos-discuss-3 = Wurde schon mal ein Foto von dir ungefragt geteilt? Wie war das, und wer hat geholfen?
