school-message-title = Nachricht von der Schule?
school-message-summary = Eine Nachricht, die aussieht, als käme sie von der Schule, sagt: "Dein Konto wird heute geschlossen! Logg dich hier ein." Ein Mitschüler hat sein Passwort schon eingetippt und fühlt sich dumm. Die Kinder üben, Phishing zu erkennen, jemandem beizustehen, der reingelegt wurde, ein Passwort mit einem Erwachsenen sicher zu ändern und andere über die Lehrerin zu warnen.

## Figuren
school-message-ibrahim = Ibrahim
school-message-chloe = Chloé
school-message-mum = Mama

## Anfang
school-message-hook = Sonntagabend. Du machst am Familien-Laptop deine Hausaufgaben fertig. Mama sitzt auch am Tisch und bezahlt Rechnungen.
school-message-new-message = Eine neue Nachricht ploppt auf. Sie hat das Schullogo und kommt angeblich vom "Schu1-Sekretariat".
school-message-message-text = Da steht: "DRINGEND!!! Dein Kontto wird HEUTE geschlossen. Logg dich hir ein, um es zu behalten: schu1e-log1n.zz"
school-message-heart-beats = Dein Herz klopft schnell. Alle deine Hausaufgaben sind in dem Konto!

## Die Nachricht
school-message-first-prompt = Was machst du, { $nickname }?
school-message-log-in = Tipp auf den Link und logg dich schnell ein. Du brauchst das Konto!
school-message-log-in-feedback = Die Nachricht sollte echt aussehen und dich hetzen. Viele tippen drauf. Wenn du bald dein Passwort änderst, ist es wieder gut.
school-message-log-in-mum = Sie sieht, wie du schnell und angespannt tippst.
school-message-look-closely = Stopp. Lies sie noch mal langsam.
school-message-look-closely-feedback = Langsam sein schlägt den Trick. Die Nachricht will ja genau, dass du dich beeilst.
school-message-look-closely-mum = Sie sieht, wie du vor dem Tippen nachdenkst.
school-message-ask-mum = Zeig es Mama: "Ist das echt?"
school-message-ask-mum-feedback = Erst fragen, dann tippen ist klug. Vier Augen sehen mehr als zwei.
school-message-ask-mum-mum = Du hast sie gefragt, bevor du irgendwas angetippt hast.
school-message-forward = Schick sie in den Klassenchat: "Habt ihr das auch bekommen?"
school-message-forward-feedback = Du wolltest alle warnen. Aber jetzt hat die ganze Klasse den Trick-Link vor sich. Eine Warnung ohne Link ist sicherer.
school-message-forward-chloe = Sie hätte den Link in deiner Nachricht fast angetippt.

## Nach der ersten Wahl
school-message-typed-page = Eine Seite geht auf, die wie die der Schule aussieht. Du tippst Namen und Passwort ein. Dann wird die Seite leer.
school-message-mum-puzzled = Du guckst so verwirrt. Was ist passiert?
school-message-mum-not-your-fault = Danke, dass du es mir sagst. Auf solche Tricks fallen auch viele Erwachsene rein. Schauen wir es uns zusammen an.
school-message-chloe-replies = Ist das echt?? Fast hätte ich draufgetippt! Meine Mama sagt: Finger weg.
school-message-mum-looks = Zeig mal. Schauen wir es uns zusammen an.
school-message-mum-signs = Siehst du die Hinweise? Sie hat es sehr eilig. Der Link gehört nicht zu unserer Schule. Und "Kontto" und "hir" sind falsch geschrieben.
school-message-mum-phishing = Schulen fragen nie per Nachricht nach Passwörtern. Der Trick heißt Phishing, wie "fishing": Er angelt nach Passwörtern.
school-message-change-own = Du tippst die echte Schul-Website selbst ein. Mit Mama loggst du dich ein und änderst dein Passwort. Fertig!
school-message-fix-forward = Du löschst deine Nachricht und schreibst: "Tippt nicht auf den Link, das ist ein Trick!" Chloé schickt einen Daumen hoch.

## Ibrahim
school-message-ibrahim-buzz = Dann brummt dein Handy. Es ist Ibrahim aus deiner Klasse.
school-message-ibrahim-says = Ich hab die Schulnachricht bekommen und mich eingeloggt. Chloé sagt, das ist fake. Ich komm mir so blöd vor. Bitte sag's keinem.
school-message-you-too = Du weißt genau, wie er sich fühlt. Dir ist das vor einer Stunde auch passiert.
school-message-ibrahim-prompt = Was schreibst du zurück, { $nickname }?
school-message-laugh = "Haha, wie konntest du darauf reinfallen?"
school-message-laugh-feedback = Es war als Witz gemeint. Aber Ibrahim geht es schon schlecht, und solche Tricks legen viele rein. Ein nettes Wort hilft.
school-message-laugh-ibrahim = Es ging ihm schon schlecht. Jetzt lacht auch noch ein Freund.
school-message-kind = "Du bist nicht schuld. Die Nachricht sollte Leute reinlegen."
school-message-kind-feedback = Niemand muss sich schämen, weil er reingelegt wurde. Du gibst dem Trick die Schuld, nicht Ibrahim.
school-message-kind-ibrahim = Der Trick war schuld, nicht er. Er kann wieder durchatmen.
school-message-forget-it = "Keine Sorge. Vergiss es einfach."
school-message-forget-it-feedback = Du wolltest ihn aufmuntern. Aber der Trick kennt jetzt sein Passwort. Wenn er es bald ändert, ist sein Konto sicher.
school-message-forget-it-ibrahim = Erst mal geht es ihm besser. Aber sein Passwort ist noch da draußen.
school-message-name-him = Schreib in den Klassenchat: "Ibrahim ist reingefallen! Macht's nicht wie er."
school-message-name-him-feedback = Die Klasse zu warnen ist eine gute Idee. Aber mit seinem Namen stellst du Ibrahim bloß. Eine Warnung ohne Namen ist besser.
school-message-name-him-ibrahim = Jetzt weiß es die ganze Klasse, dabei hat er dich gebeten, nichts zu sagen.
school-message-name-him-chloe = Sie hat nicht gedacht, dass Ibrahim vor allen genannt wird.
school-message-ibrahim-quiet = Ibrahim antwortet lange nicht. Dann kommt eine kurze Nachricht.
school-message-ibrahim-ok = ok. was mach ich jetzt?
school-message-ibrahim-thanks = Danke. Das hilft. Und was mach ich jetzt?

## Reparieren
school-message-fix-prompt = Was rätst du Ibrahim, { $nickname }?
school-message-change-with-adult = "Ändere dein Passwort heute Abend mit deinem Papa. Über die echte Schul-Website."
school-message-change-with-adult-feedback = Das ist die Lösung. Ist das Passwort neu, nützt dem Trick das alte nichts mehr.
school-message-change-with-adult-ibrahim = Er hat einen Plan, und sein Papa hilft ihm.
school-message-through-link = "Geh noch mal auf den Link und ändere dort dein Passwort."
school-message-through-link-feedback = Der Link führt zur Trick-Seite, also landet das neue Passwort auch dort. Die echte Schul-Website selbst einzutippen ist sicherer.
school-message-through-link-ibrahim = Fast hätte er dem Trick auch das neue Passwort gegeben.
school-message-wait-see = "Warte mal ab, ob was Komisches passiert."
school-message-wait-see-feedback = Warten fühlt sich leichter an. Aber je schneller das Passwort neu ist, desto sicherer ist das Konto. Es ist noch nicht zu spät.
school-message-wait-see-ibrahim = Er fragt sich die ganze Zeit, wer sein Passwort hat.
school-message-ibrahim-fixed = Fertig! Papa hat mir geholfen. Mein altes Passwort nützt jetzt keinem mehr.
school-message-dad-stops = Papa hat die Seite gesehen und mich gestoppt. Das war wieder die Trick-Seite! Wir haben die echte Schul-Website genommen. Fertig.
school-message-mum-suggests = Es ist sicherer, es heute Abend zu ändern. Soll ich seinen Papa anrufen?
school-message-mum-calls = Mama ruft Ibrahims Papa an. Am Abend ändern die beiden zusammen sein Passwort.

## Wer soll es noch wissen?
school-message-school-tomorrow = Am nächsten Morgen packst du deine Schultasche. Vielleicht haben andere Kinder die Nachricht auch bekommen.
school-message-tell-prompt = Was machst du, { $nickname }?
school-message-tell-teacher = Erzähl deiner Lehrerin von der Nachricht, damit sie die Klasse warnt.
school-message-tell-teacher-feedback = Erzählen schützt die ganze Klasse. Du meldest den Trick, nicht Ibrahim.
school-message-tell-teacher-ibrahim = Du redest über die Nachricht, nicht über ihn.
school-message-check-site = Schau erst auf der echten Schul-Website nach. Dann zeig es deiner Lehrerin.
school-message-check-site-feedback = Gute Detektivarbeit! Auf der echten Website steht: "Wir fragen nie per Nachricht nach Passwörtern." Jetzt kannst du es deiner Lehrerin zeigen.
school-message-check-site-mum = Du hast selbst an der echten Quelle nachgeschaut.
school-message-keep-secret = Sag es keinem. Ibrahim hat dich darum gebeten.
school-message-keep-secret-feedback = Du wolltest dein Wort halten. Aber andere Kinder könnten auch reinfallen. Du kannst die Lehrerin warnen, ohne zu sagen, wer ein Passwort getippt hat.
school-message-keep-secret-ibrahim = Sein Geheimnis ist bei dir sicher.
school-message-keep-secret-chloe = Sie weiß nicht, welchen Nachrichten sie trauen kann.

## Enden
school-message-end-class-safe = Deine Lehrerin warnt die ganze Klasse vor der falschen Nachricht, ohne Namen. Ibrahim schaut zu dir und grinst.
school-message-end-class-safe-reflect = Wie kannst du einem Freund helfen, der online reingelegt wurde, ohne dass er sich dumm fühlt?
school-message-end-class-safe-ibrahim = Er hat es repariert, und ein Freund hielt zu ihm.
school-message-end-class-safe-chloe = Sie kennt jetzt die Hinweise auf eine falsche Nachricht.
school-message-end-teacher-helps = Deine Lehrerin warnt die Klasse, ohne Namen. In der Pause entschuldigst du dich bei Ibrahim. Er nickt. "Danke, dass du mir geholfen hast."
school-message-end-teacher-helps-reflect = Was kannst du einem Freund sagen, der sich dumm fühlt, weil er reingelegt wurde?
school-message-end-teacher-helps-ibrahim = Die Entschuldigung tat gut. Sein Konto ist sicher.
school-message-end-two-more = In der Schule sagen zwei andere Kinder, dass sie ihr Passwort auf der Trick-Seite getippt haben. Deine Lehrerin warnt alle, und alle ändern ihre Passwörter.
school-message-end-two-more-reflect = Was kannst du tun, damit weniger Leute reingelegt werden?
school-message-end-two-more-chloe = Sie fragt sich, was noch alles fake ist.
school-message-end-two-more-ibrahim = Sein Passwort ist sicher. Die Lehrerin hilft auch den anderen.

## Für Lehrkräfte
school-message-discuss-1 = Die Nachricht hatte es eilig, einen seltsamen Link und Rechtschreibfehler. Welche anderen Hinweise zeigen, dass eine Nachricht ein Trick ist? Wo kannst du prüfen, ob sie echt ist?
school-message-discuss-2 = Ibrahim kam sich dumm vor und bat darum, es keinem zu sagen. Warum schämen sich Menschen nach einem Trick, und wie machen wir es ihnen leicht, um Hilfe zu bitten?
school-message-discuss-3 = Welche Erwachsenen können dir helfen, ein Passwort sicher zu ändern? Warum ist es besser, eine Website selbst einzutippen, als einen Link in einer Nachricht zu nehmen?
