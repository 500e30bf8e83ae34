late-night-chat-title = Der Chat in der Nacht
late-night-chat-summary = Der Gruppenchat brummt um 22 Uhr immer weiter, eine Freundin ist traurig, weil keiner antwortet, und das Kind ist sehr müde. Am nächsten Tag fühlt sich die Freundin übergangen. Die Kinder üben, sich nett abzumelden, beide Seiten zu sehen und mit der Familie einen Handy-Plan für die Nacht zu machen, für die Erwachsenen auch.

late-night-chat-aiyana = Aiyana
late-night-chat-luca = Luca
late-night-chat-papa-jun = Papa Jun

late-night-chat-hook = 22 Uhr, morgen ist Schule. Das Licht ist aus, aber dein Handy ist noch in deiner Hand.
late-night-chat-buzz = Der Gruppenchat brummt. Und noch mal. Und noch mal.
late-night-chat-luca-posts = Ihr MÜSST euch das Video ansehen! Und das hier! Und das!
late-night-chat-aiyana-posts = Schlimmster Tag ever. Ist jemand da? Ich muss echt reden.
late-night-chat-nobody = Unter ihrer Nachricht ploppen drei neue Videos auf. Keiner antwortet ihr. Deine Augen sind so schwer.

late-night-chat-night-prompt = Du bist so müde, { $nickname }. Was machst du?
late-night-chat-keep-watching = Schau weiter Lucas Videos. Nur noch ein paar.
late-night-chat-keep-watching-feedback = Es kommen immer neue Videos, da ist nie ein guter Moment zum Aufhören. Und Aiyanas Nachricht rutscht aus dem Blick.
late-night-chat-keep-watching-aiyana = Sie sieht, dass du online bist, aber du antwortest ihr nicht.
late-night-chat-reply-goodnight = Antworte Aiyana: "Tut mir leid, dass dein Tag so mies war. Ich schlaf gleich ein. Reden wir morgen?"
late-night-chat-reply-goodnight-feedback = Du hast auf Aiyana und auf dich geachtet. Ein kurzes, liebes Gute Nacht zeigt ihr: Jemand hat sie gehört.
late-night-chat-reply-goodnight-aiyana = Jemand hat ihre Nachricht gesehen, und sie weiß, wann ihr redet.
late-night-chat-silent = Stell das Handy auf lautlos und schlaf.
late-night-chat-silent-feedback = Schlaf ist wichtig, und Abmelden war gut. Aber Aiyana weiß nicht, wo du bist. Ein kurzes "Nacht, reden wir morgen" hilft.
late-night-chat-silent-aiyana = Ihre Nachricht steht immer noch ohne Antwort da.
late-night-chat-chat-long = Bleib wach und schreib mit Aiyana, bis es ihr besser geht.
late-night-chat-chat-long-feedback = Du warst für deine Freundin da. Das ist lieb. Aber dein Schlaf zählt auch, und es wird richtig spät.
late-night-chat-chat-long-aiyana = Heute Nacht ist jemand für sie da.

late-night-chat-midnight = Plötzlich ist es 23:45. Der Chat brummt immer noch. Deine Augen brennen.
late-night-chat-midnight-prompt = Es ist fast Mitternacht, { $nickname }. Was jetzt?
late-night-chat-goodnight-desk = Schreib "Gute Nacht, bin offline!" und leg das Handy ans andere Ende vom Zimmer.
late-night-chat-goodnight-desk-feedback = Ein Gute-Nacht-Gruß ist nett zu deinen Freunden. Ein Handy außer Reichweite ist nett zu dir.
late-night-chat-goodnight-desk-luca = Er weiß, dass du schlafen gehst und ihn nicht ignorierst.
late-night-chat-one-more = Schau noch ein Video. Du bist jetzt eh wach.
late-night-chat-one-more-feedback = "Eh schon wach" ist genau der Trick, mit dem Bildschirme uns wach halten. Dein Körper braucht trotzdem Schlaf. Morgen ist Schule.
late-night-chat-one-more-papa = Es ist fast Mitternacht, und bei dir brennt noch Licht.
late-night-chat-give-papa = Bring Papa Jun das Handy: "Kannst du es bis morgen früh nehmen?"
late-night-chat-give-papa-feedback = Um Hilfe beim Abschalten bitten ist klug. Aus den Augen, aus dem Sinn.
late-night-chat-give-papa-papa = Du hast von selbst um Hilfe beim Abschalten gebeten.
late-night-chat-papa-knocks = Es klopft leise an deiner Tür. Es ist Papa Jun.
late-night-chat-papa-kitchen = Es ist fast Mitternacht. Heute Nacht lädt dein Handy in der Küche.

late-night-chat-morning = Am nächsten Morgen kommst du in die Klasse. Aiyana ist schon da.
late-night-chat-aiyana-thanks-late = Danke für gestern. Sorry, dass du wegen mir so lange wach warst. Du siehst so müde aus!
late-night-chat-aiyana-thanks = Danke für deine Nachricht. Wenigstens einer hat geantwortet. Alle anderen haben einfach weitergepostet.
late-night-chat-aiyana-hurt-asleep = Gestern Abend hat mir keiner geantwortet. Nicht mal du.
late-night-chat-aiyana-hurt-online = Du warst gestern online. Ich hab deinen Namen gesehen. Warum hast du mir nicht geantwortet?

late-night-chat-hurt-prompt = Aiyana fühlte sich übergangen. Was sagst du, { $nickname }?
late-night-chat-sorry-explain = "Tut mir leid, dass du allein warst. Ich war so müde. Was ist passiert?"
late-night-chat-sorry-explain-feedback = Du hast deine Seite gesagt und auf ihre geachtet. Beides stimmt: Du brauchtest Schlaf, und sie brauchte eine Freundin.
late-night-chat-sorry-explain-aiyana = Jetzt weiß sie, dass es nicht an ihr lag. Sie erzählt dir von ihrem Tag.
late-night-chat-defend = "Es war spät! Ich muss nicht sofort antworten."
late-night-chat-defend-feedback = Stimmt, du darfst offline gehen. Aber Aiyana muss auch hören, dass sie dir wichtig ist. Du kannst beides sagen.
late-night-chat-defend-aiyana = Sie hört "nicht mein Problem", auch wenn du es nicht so meinst.
late-night-chat-blame-luca = "Der Chat war voll mit Lucas Videos. Ich hab's nicht gesehen."
late-night-chat-blame-luca-feedback = Im Chat war viel los, das stimmt. Aber Aiyana wollte wissen, dass sie dir wichtig ist. Frag, was passiert ist.
late-night-chat-blame-luca-aiyana = Keiner hat nach ihrem schlimmen Tag gefragt.

late-night-chat-lunch = Mittags setzt sich Luca grinsend dazu.
late-night-chat-luca-asks = Habt ihr gestern meine Videos gesehen? Voll lustig, oder?
late-night-chat-aiyana-tells = Ich hab geschrieben, mein Tag war mies. Ihr habt nur Videos gepostet.
late-night-chat-luca-surprised = Moment, was? Das hab ich gar nicht gesehen. Es waren so viele Nachrichten!

late-night-chat-sides-prompt = Beide sind verletzt. Was sagst du, { $nickname }?
late-night-chat-both-sides = "Luca hat es nicht gesehen. Aber Aiyana, klar hast du dich übergangen gefühlt."
late-night-chat-both-sides-feedback = Du hast beide Seiten gesehen. Keiner wollte wehtun, und trotzdem tut es echt weh.
late-night-chat-both-sides-aiyana = Jemand versteht, warum es wehtat.
late-night-chat-both-sides-luca = Keiner nennt ihn einen schlechten Freund.
late-night-chat-group-plan = "Wir sagen Gute Nacht, wenn wir gehen. Wichtiges schreiben wir einem Freund direkt."
late-night-chat-group-plan-feedback = Ein einfacher Plan hilft der ganzen Gruppe. Alle wissen, wer da ist und wer schläft.
late-night-chat-group-plan-aiyana = Nächstes Mal weiß sie, wer da ist und wer schläft.
late-night-chat-group-plan-luca = Er mag den Plan. Kein Raten mehr.
late-night-chat-take-side = "Luca, du merkst nie was. Immer nur deine Videos."
late-night-chat-take-side-feedback = Du hast zu Aiyana gehalten. Aber jetzt fühlt sich Luca angegriffen. Er hat ihre Nachricht nicht gesehen.
late-night-chat-take-side-luca = Alle schauen ihn an, und er wollte niemandem wehtun.
late-night-chat-take-side-aiyana = Sie wollte gehört werden, keinen Streit anfangen.
late-night-chat-luca-sorry = Sorry, Aiyana. Ich hab es echt nicht gesehen. Geht's dir jetzt besser?

late-night-chat-evening = Am Abend scrollt Papa Jun beim Essen auf seinem Handy. Alle paar Minuten brummt es.
late-night-chat-papa-asks = Wie war dein Tag? Du bist so still.
late-night-chat-family-prompt = Was sagst du Papa Jun, { $nickname }?
late-night-chat-family-spot = "Können alle unsere Handys nachts in der Küche schlafen? Deins auch?"
late-night-chat-family-spot-feedback = Gute Idee! Handy-Regeln klappen am besten, wenn die ganze Familie mitmacht, die Großen auch.
late-night-chat-family-spot-papa = Er hat nicht gemerkt, wie oft er selbst aufs Handy schaut.
late-night-chat-tell-all = Erzähl ihm von dem Chat und von Aiyana. Frag, was er tun würde.
late-night-chat-tell-all-feedback = Die ganze Geschichte zu erzählen hilft. Jetzt kann Papa Jun mit dir einen Plan machen.
late-night-chat-tell-all-papa = Du hast ihm die ganze Geschichte anvertraut.
late-night-chat-im-fine = "Alles gut."
late-night-chat-im-fine-feedback = Es ist okay, nicht gleich reden zu wollen. Aber Papa Jun kann helfen, wenn du ihm von gestern erzählst.
late-night-chat-im-fine-papa = Er merkt, dass dich etwas beschäftigt.
late-night-chat-papa-deal = Abgemacht! Um halb zehn kommen alle Handys ans Ladekabel in der Küche. Meins auch.
late-night-chat-papa-idea = Ehrlich? Ich schau auch zu oft auf meins. Was, wenn alle Handys in der Küche schlafen?
late-night-chat-papa-here = Okay. Ich bin da, wenn du reden willst. Vielleicht leg ich mein Handy auch mal weg.

late-night-chat-end-routine = Um halb zehn laden zwei Handys nebeneinander in der Küche. Vorher schreibst du: "Gute Nacht, bin offline!" Aiyana schickt ein 🌙 zurück.
late-night-chat-end-routine-reflect = Wie gehst du abends offline und zeigst deinen Freunden trotzdem, dass du an sie denkst?
late-night-chat-end-routine-aiyana = Sie weiß: Du ruhst dich aus und ignorierst sie nicht.
late-night-chat-end-routine-papa = Sein Handy ruht auch. Die Abende sind ruhiger.
late-night-chat-end-mend = Eure Handys schlafen jetzt in der Küche, und du schläfst besser. Aber Aiyana ist noch etwas still zu dir.
late-night-chat-end-mend-reflect = Was kannst du einer Freundin sagen, die sich übergangen fühlt, auch wenn du einen guten Grund hattest?
late-night-chat-end-mend-aiyana = Sie fragt sich noch, ob dir ihr schlimmer Tag egal ist.
late-night-chat-end-mend-papa = Der neue Plan klappt. Beim Rest hilft er, wenn du fragst.
late-night-chat-end-buzz-again = Um 22 Uhr brummt der Chat wieder. Diesmal schreibst du: "Gute Nacht, bin offline!" Dann legst du das Handy umgedreht hin. Vielleicht schläft es morgen außerhalb deines Zimmers.
late-night-chat-end-buzz-again-reflect = Was würde dir helfen, abends abzuschalten?
late-night-chat-end-buzz-again-aiyana = Sie weiß, dass du schlafen gegangen bist, nicht weggegangen.

late-night-chat-discuss-1 = Aiyana fühlte sich übergangen, und Luca hat ihre Nachricht nie gesehen. Können beide recht haben? Wie kann ein voller Gruppenchat so etwas auslösen?
late-night-chat-discuss-2 = Wie kannst du Freunden nett sagen, dass du offline gehst? Was kannst du tun, wenn dir ein Freund spät abends etwas Besorgniserregendes schreibt, und welchem Erwachsenen zu Hause kannst du es sagen?
late-night-chat-discuss-3 = Hat deine Familie Handy-Regeln für die Nacht oder beim Essen, auch für die Großen? Was würdest du vorschlagen, und warum?
