sibling-news-title = Maliks Geschichte
sibling-news-summary = Der kleine Bruder des Kindes ist für ein paar Tage im Krankenhaus: Er hat gerade erfahren, dass er Diabetes hat, und es geht ihm gut. Mitschüler fragen im Klassenchat nach, und das Kind will ein Foto von ihm im Krankenhausbett posten. Die Kinder üben zu sehen, dass jeder selbst über Nachrichten zu seiner Gesundheit bestimmt, erst zu fragen, daran zu denken, was ein Post hinterlässt, und zu merken, dass auch die Sorgen eines großen Geschwisters zählen.

## Figuren
sibling-news-malik = Malik
sibling-news-papa = Papa
sibling-news-dr-reyes = Dr. Reyes
sibling-news-chloe = Chloé
sibling-news-ibrahim = Ibrahim

## Anfang
sibling-news-hook = Dein kleiner Bruder Malik ist seit Montag im Krankenhaus. Nach der Schule besuchst du ihn mit Papa.
sibling-news-dr-reyes-says = Malik hat Diabetes. Sein Körper braucht etwas Hilfe mit dem Zucker. Er lernt schnell, und es geht ihm richtig gut.
sibling-news-malik-pro = Guck! Ich mess meinen Zucker jetzt selbst. Dr. Reyes sagt, ich bin ein Profi!
sibling-news-tummy = Du lächelst. Aber dein Bauch ist schon die ganze Woche mulmig.
sibling-news-buzz = Dein Handy brummt. Es ist der Klassenchat.
sibling-news-ibrahim-asks = Wo warst du diese Woche? Jemand hat gesagt, Malik ist im Krankenhaus. Geht's ihm gut?
sibling-news-more-questions = Mehr Nachrichten ploppen auf: "Was ist passiert?" "Ist es schlimm?" "Schick ein Foto!"
sibling-news-easy-photo = Malik sitzt im Dino-Schlafanzug im Bett. Ein Foto würde allen auf einmal antworten.

## Wessen Nachricht ist das?
sibling-news-photo-prompt = Was machst du, { $nickname }?
sibling-news-post-photo = Mach ein Foto von Malik im Bett und poste es: "Er ist im Krankenhaus!"
sibling-news-post-photo-feedback = Du wolltest deinen Freunden antworten, und das ist lieb. Aber es ist Maliks Geschichte und Maliks Foto. Ist es gepostet, können andere es speichern und weitergeben.
sibling-news-post-photo-malik = Er hat den Blitz gesehen, aber er weiß nicht, wo das Foto hin ist.
sibling-news-ask-malik = Frag Malik: "Darf ich der Klasse sagen, dass du im Krankenhaus bist?"
sibling-news-ask-malik-feedback = Es ist seine Geschichte, also hast du ihn zuerst gefragt. Das zeigt Respekt.
sibling-news-ask-malik-malik = Er wurde gefragt, wie ein Großer.
sibling-news-later = Schreib: "Es geht ihm gut. Ich erzähl später mehr."
sibling-news-later-feedback = Du hast deine Freunde beruhigt, ohne Privates zu teilen. Jetzt hast du Zeit, Malik und Papa zu fragen.
sibling-news-later-ibrahim = Er weiß, dass es Malik gut geht, mehr brauchte er nicht.
sibling-news-details = Schreib alles: "Er hat Diabetes. Er braucht jetzt Insulin."
sibling-news-details-feedback = Du warst ehrlich, und deine Freunde waren besorgt. Aber wer krank ist, bestimmt selbst, wer es erfährt. Malik will es vielleicht selbst erzählen.
sibling-news-details-ibrahim = Mit so vielen Neuigkeiten hat er nicht gerechnet.

## Das Foto
sibling-news-chat-reacts = Viele Antworten kommen: "Krass!" "Was ist das an seinem Arm?" "Ist er echt krank?"
sibling-news-malik-sees = Hey, das bin ja ich! Warum ist mein Foto in deinem Klassenchat? Ich seh im Bett komisch aus.
sibling-news-delete-prompt = Malik ist traurig. Was machst du, { $nickname }?
sibling-news-delete-sorry = Lösch das Foto und entschuldige dich bei Malik.
sibling-news-delete-sorry-feedback = Schnell löschen und Sorry sagen hilft sehr. Vielleicht hat es jemand gespeichert, aber von dir aus geht es nicht weiter.
sibling-news-delete-sorry-malik = Du hast auf ihn gehört und es gelöscht.
sibling-news-keep-it = Lass es drin. Alle sind so nett dazu.
sibling-news-keep-it-feedback = Die Kommentare sind nett. Aber Malik hat gesagt, dass er es nicht mag, und es ist sein Foto. Löschen geht immer noch.
sibling-news-keep-it-malik = Sein Foto ist immer noch da, und er hat gesagt, dass er es nicht mag.
sibling-news-malik-forgives = Schon okay. Frag mich einfach nächstes Mal!
sibling-news-details-reacts = Die Fragen stapeln sich: "Ist das ansteckend?" "Tut das weh?" "Wird er wieder gesund?"

sibling-news-doctor-answers = Ich hab eine der Fragen gesehen. Diabetes ist nicht ansteckend. Aber den Rest erklärt Malik vielleicht gern selbst.

## Papa
sibling-news-papa-says = Das ist Maliks Geschichte. Fragen wir ihn, was seine Freunde wissen sollen.
sibling-news-malik-wanted = Ich wollte es meinen Freunden selbst sagen. Auf meine Art.
sibling-news-malik-answers = Ich will es meinen Freunden selbst sagen! Wenn ich zurück bin, zeig ich ihnen meinen Zuckermesser.
sibling-news-papa-notices = Und was ist mit dir? Das war auch für dich eine große Woche.
sibling-news-feelings-prompt = Papa fragt nach dir. Was sagst du, { $nickname }?
sibling-news-tell-worried = Sag Papa, dass du dich auch gesorgt hast.
sibling-news-tell-worried-feedback = Deine Gefühle zählen auch. Wenn du sie aussprichst, werden sie oft leichter.
sibling-news-tell-worried-papa = Jetzt weiß er, wie es dir geht, und kann helfen.
sibling-news-im-fine = Sag: "Mir geht's gut. Malik ist doch der Kranke."
sibling-news-im-fine-feedback = Es ist lieb, zuerst an Malik zu denken. Aber Sorgen sind okay, und Erwachsene wollen davon hören. Du kannst es Papa jederzeit sagen.
sibling-news-im-fine-papa = Ihm fällt auf, wie still du warst.
sibling-news-tell-chloe = Schreib deiner Freundin Chloé: "Das war eine schwere Woche. Können wir reden?"
sibling-news-tell-chloe-feedback = Gute Idee. Du kannst einer Freundin sagen, wie es dir geht, ohne Maliks Geschichte zu erzählen.
sibling-news-tell-chloe-chloe = Du vertraust ihr, und sie will helfen.

## Der Klassenchat
sibling-news-chat-waiting = Der Klassenchat wartet immer noch auf eine Antwort.
sibling-news-answer-prompt = Was schreibst du jetzt der Klasse?
sibling-news-his-way = "Malik geht's gut! Er will es euch selbst erzählen, wenn er zurück ist."
sibling-news-his-way-feedback = Du hast deinen Freunden geantwortet und Maliks Geschichte für Malik aufgehoben. So sieht Fürsorge aus.
sibling-news-his-way-malik = Er erzählt seine Geschichte selbst.
sibling-news-his-way-ibrahim = Malik geht es gut. Das wollte er wissen.
sibling-news-cards = "Es geht ihm gut! Wollen wir ihm Gute-Besserung-Karten machen?"
sibling-news-cards-feedback = Deine Klasse kann an Malik denken, ohne jedes Detail zu kennen. Schöne Idee!
sibling-news-cards-malik = Gute-Besserung-Karten sind zu ihm unterwegs.
sibling-news-answer-all = Beantworte alle Fragen. Sie fragen immer weiter.
sibling-news-answer-all-feedback = Deine Freunde sorgen sich, das ist schön. Aber Malik will es selbst erzählen. Du kannst sagen "Er erzählt es euch" und da aufhören.
sibling-news-answer-all-malik = Seine Geschichte ist raus, bevor er sie selbst erzählen kann.
sibling-news-mute = Antworte nicht. Chat auf stumm.
sibling-news-mute-feedback = Eine Pause kann helfen. Aber deine Freunde machen sich noch Sorgen. Eine kurze Antwort würde sie beruhigen.
sibling-news-mute-ibrahim = Er weiß immer noch nicht, ob es Malik gut geht.
sibling-news-papa-hug = Am Abend umarmt Papa dich lange. Du schläfst besser als die ganze Woche.
sibling-news-cards-arrive = Am nächsten Tag kommt ein großer Stapel Gute-Besserung-Karten. Malik liest jede einzelne.

## Enden
sibling-news-end-his-way = In der Woche danach ist Malik wieder in der Schule. Er erzählt seiner Klasse selbst von Diabetes und zeigt seinen Zuckermesser. Alle haben viele Fragen!
sibling-news-end-his-way-reflect = Wessen Geschichte ist es? Wie findest du heraus, was jemand teilen will?
sibling-news-end-his-way-malik = Er hat es selbst erzählt, auf seine Art.
sibling-news-end-his-way-papa = Seine beiden Kinder haben diese Woche aufeinander aufgepasst.
sibling-news-end-not-his-way = Malik geht wieder zur Schule. Seine Freunde wissen schon alles. Er zeigt ihnen trotzdem seinen Zuckermesser, aber er hätte es gern zuerst selbst erzählt.
sibling-news-end-not-his-way-reflect = Wie kannst du besorgten Freunden antworten, ohne die Geschichte von jemand anderem zu erzählen?
sibling-news-end-not-his-way-malik = Er konnte es nicht selbst erzählen.
sibling-news-end-not-his-way-papa = Er weiß, dass du es gut gemeint hast. Nächstes Mal fragst du zuerst.
sibling-news-end-photo-stayed = In der Schule sagt ein Kind zu Malik: "Ich hab dein Foto im Bett gesehen!" Malik wird still. Am Abend hilft Papa dir, das Foto zu löschen, und du entschuldigst dich noch mal.
sibling-news-end-photo-stayed-reflect = Was soll dich jemand fragen, bevor er ein Foto von dir postet?
sibling-news-end-photo-stayed-malik = Kinder, die er kaum kennt, sahen ihn im Krankenhausbett.
sibling-news-end-photo-stayed-papa = Er hilft dir dabei und weiß, dass du nächstes Mal fragst.

## Für Lehrkräfte
sibling-news-discuss-1 = Warum bestimmt jeder selbst, wer etwas über seine Gesundheit erfährt? Wie kannst du besorgten Freunden antworten, ohne die Geschichte von jemand anderem zu erzählen?
sibling-news-discuss-2 = Ein Foto im Klassenchat kann gespeichert und weitergegeben werden. Was soll dich jemand fragen, bevor er ein Foto von dir postet, besonders im Krankenhaus?
sibling-news-discuss-3 = Wenn in einer Familie jemand krank ist, machen sich Geschwister oft auch Sorgen. Mit wem können sie reden, und wie können Freunde helfen?
