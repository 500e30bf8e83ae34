left-out-of-the-chat-title = Nicht im Chat
left-out-of-the-chat-summary = Die Klasse plant im Chat ein Picknick, und ein Kind sagt: "Nehmt Priya nicht dazu." Die Kinder üben Hinschauen, Mitnehmen, Selberdenken und es einem Erwachsenen sagen.

left-out-of-the-chat-priya = Priya
left-out-of-the-chat-tomas = Tomás
left-out-of-the-chat-lena = Lena
left-out-of-the-chat-ms-okafor = Frau Okafor
left-out-of-the-chat-dad = Papa

left-out-of-the-chat-hook = Nach der Schule bist du am Familien-Tablet. Papa kocht nebenan.
left-out-of-the-chat-chat-made = Ich hab einen Klassenchat gemacht! Lasst uns das Picknick planen!
left-out-of-the-chat-not-added = Viele Kinder kommen in den Chat. Aber nicht Priya.
left-out-of-the-chat-lena-says = Nehmt Priya nicht dazu, okay?

left-out-of-the-chat-chat-prompt = Was machst du, { $nickname }?
left-out-of-the-chat-go-along = Schreib: "Okay!"
left-out-of-the-chat-go-along-feedback = Mit der Gruppe mitmachen ist leicht. Aber jemanden ausschließen tut weh. Du kannst Priya noch helfen.
left-out-of-the-chat-go-along-priya = Priya erfährt nichts vom Picknick.
left-out-of-the-chat-go-along-lena = Lena denkt, alle sind ihrer Meinung.
left-out-of-the-chat-speak-up = Schreib: "Alle sollen in den Chat."
left-out-of-the-chat-speak-up-feedback = Du hast deine eigene Meinung gesagt. Das war mutig. Jetzt denken andere auch noch mal nach.
left-out-of-the-chat-speak-up-tomas = Tomás hat Priya vergessen. Jetzt denkt er an sie.
left-out-of-the-chat-speak-up-lena = Damit hat Lena nicht gerechnet. Sie denkt nach.
left-out-of-the-chat-say-nothing = Sag nichts. Spiel lieber etwas.
left-out-of-the-chat-say-nothing-feedback = Still sein ist leicht. Aber keiner hat Priya geholfen. Morgen kannst du noch helfen.
left-out-of-the-chat-say-nothing-priya = Priya ist immer noch nicht im Chat.

left-out-of-the-chat-next-day = Am nächsten Tag gehst du in die Schule.
left-out-of-the-chat-priya-alone = Priya sitzt in der Pause allein. Sie schaut auf ihre Schuhe.
left-out-of-the-chat-lena-giggles = Haha! Priya weiß nichts von unserem Picknick!

left-out-of-the-chat-notice-prompt = Was machst du, { $nickname }?
left-out-of-the-chat-ask = Geh zu Priya. Frag sie: "Geht's dir gut?"
left-out-of-the-chat-ask-feedback = Du hast Priyas trauriges Gesicht gesehen. Dann hast du gefragt. Das ist lieb.
left-out-of-the-chat-ask-priya = Priya geht es etwas besser. Jemand hat sie gesehen.
left-out-of-the-chat-play = Lauf los und spiel mit den anderen.
left-out-of-the-chat-play-feedback = Spielen macht Spaß. Aber Priya ist noch allein. Du kannst jetzt zu ihr gehen.
left-out-of-the-chat-play-priya = Priya sieht zu, wie alle ohne sie spielen.
left-out-of-the-chat-laugh = Lach mit Lena.
left-out-of-the-chat-laugh-feedback = Mitlachen fühlt sich an wie dazugehören. Aber Priya hat es gehört. Eine Entschuldigung kann helfen.
left-out-of-the-chat-laugh-priya = Priya hat das Lachen gehört. Das tat ihr weh.
left-out-of-the-chat-laugh-lena = Lena findet es okay, weil du auch gelacht hast.

left-out-of-the-chat-priya-tells = Keiner hat mich eingeladen. Ich fühle mich ausgeschlossen.
left-out-of-the-chat-tomas-sees = Priya sieht so traurig aus. Liegt das an unserem Chat?

left-out-of-the-chat-help-prompt = Was kannst du jetzt tun, { $nickname }?
left-out-of-the-chat-add = Frag Tomás: "Können wir Priya dazuholen?"
left-out-of-the-chat-add-feedback = Du willst Priya dabeihaben. So machen Freunde Platz.
left-out-of-the-chat-add-tomas = Tomás sagt Ja. Der Chat ist für die ganze Klasse.
left-out-of-the-chat-add-priya = Priya hört dich. Sie fängt an zu lächeln.
left-out-of-the-chat-tell-teacher = Erzähl Frau Okafor von dem Chat.
left-out-of-the-chat-tell-teacher-feedback = Etwas sagen heißt nicht petzen. Es heißt, Hilfe holen. Das ist mutig.
left-out-of-the-chat-tell-teacher-priya = Priya fühlt sich sicherer. Eine Erwachsene hilft.
left-out-of-the-chat-tell-teacher-ms-okafor = Frau Okafor ist stolz, dass du es ihr gesagt hast.
left-out-of-the-chat-do-nothing = Tu nichts. Es ist nicht dein Chat.
left-out-of-the-chat-do-nothing-feedback = Es fühlt sich an, als wäre es nicht deine Sache. Aber Priya ist noch allein. Ein Erwachsener kann helfen.
left-out-of-the-chat-do-nothing-priya = Priya fühlt sich noch allein.

left-out-of-the-chat-tomas-remembers = Du hast es im Chat gesagt. Du hattest recht! Ich hole sie dazu.
left-out-of-the-chat-tomas-agrees = Ja! Ich hole sie heute Abend dazu.
left-out-of-the-chat-lena-reason = Aber Priya hat mich nicht in ihr Team gewählt.

left-out-of-the-chat-lena-prompt = Was sagst du zu Lena, { $nickname }?
left-out-of-the-chat-understand = "Das tat dir weh. Aber Priya auszuschließen tut auch weh."
left-out-of-the-chat-understand-feedback = Du hast an Lenas Gefühle gedacht und an Priyas. Das hilft allen.
left-out-of-the-chat-understand-lena = Lena fühlt sich verstanden. Jetzt denkt sie an Priya.
left-out-of-the-chat-tell-priya = "Du kannst Priya sagen, wie es dir ging."
left-out-of-the-chat-tell-priya-feedback = Reden kann es wieder gutmachen. Ausschließen nicht.
left-out-of-the-chat-tell-priya-lena = Lena ist ein bisschen nervös. Aber sie will es versuchen.
left-out-of-the-chat-mean-back = "Du bist so gemein, Lena!"
left-out-of-the-chat-mean-back-feedback = Du hast Priya geholfen. Aber jetzt ist Lena auch verletzt. Du kannst stark und lieb sein.
left-out-of-the-chat-mean-back-lena = Lena ist verletzt. Sie geht weg.

left-out-of-the-chat-make-up = Ich sehe, hier ist jemand verletzt. Lasst uns reden und es gutmachen.
left-out-of-the-chat-lena-sorry = Tut mir leid, Priya. Ich war sauer. Du kannst in den Chat kommen.
left-out-of-the-chat-priya-added = Am Abend kommt Priya in den Chat. Alle sagen Hallo!
left-out-of-the-chat-end-picnic = Beim Picknick spielt Priya mit allen. Was für ein schöner Tag!
left-out-of-the-chat-end-picnic-reflect = Wie kannst du helfen, wenn jemand ausgeschlossen ist?
left-out-of-the-chat-end-picnic-priya = Priya gehört wieder zur Klasse.

left-out-of-the-chat-home-dad = Zu Hause bist du ganz still.
left-out-of-the-chat-dad-asks = Du siehst besorgt aus. Willst du reden?
left-out-of-the-chat-dad-prompt = Was sagst du, { $nickname }?
left-out-of-the-chat-tell-dad = Erzähl Papa von Priya und dem Chat.
left-out-of-the-chat-tell-dad-feedback = Es einem Erwachsenen zu sagen ist stark. Jetzt kann Papa helfen.
left-out-of-the-chat-tell-dad-dad = Papa freut sich, dass du es sagst.
left-out-of-the-chat-im-fine = Sag: "Nichts. Mir geht's gut."
left-out-of-the-chat-im-fine-feedback = Reden kann schwer sein. Aber geteilte Sorgen sind leichter. Du kannst es Papa jederzeit sagen.
left-out-of-the-chat-im-fine-dad = Papa merkt, dass etwas nicht stimmt. Er will helfen.
left-out-of-the-chat-dad-helps = Gut, dass du es mir sagst. Morgen sagen wir es Frau Okafor.
left-out-of-the-chat-dad-waits = Okay. Ich bin da, wenn du reden willst.
left-out-of-the-chat-teacher-sees = Am nächsten Tag sieht Frau Okafor Priya allein.
left-out-of-the-chat-teacher-asks = Priya, du siehst traurig aus. Komm, wir reden.

left-out-of-the-chat-teacher-listens = Danke, dass du es mir gesagt hast. Das war mutig.
left-out-of-the-chat-teacher-talks = Alle mal herhören: Wir reden über unseren Klassenchat.
left-out-of-the-chat-class-rule = Die Klasse macht eine Regel: Alle sind im Klassenchat.
left-out-of-the-chat-end-rule = Priya ist jetzt im Chat. Sie kommt zum Picknick. Sie ist noch ein bisschen traurig. Aber sie weiß: Andere sind für sie da.
left-out-of-the-chat-end-rule-reflect = Welchem Erwachsenen sagst du es, wenn jemand ausgeschlossen wird?
left-out-of-the-chat-end-rule-priya = Priya fühlt sich sicherer. Freunde und Erwachsene haben geholfen.
left-out-of-the-chat-end-teacher-noticed = Frau Okafor hat Priya geholfen. Jetzt ist Priya im Chat. Nächstes Mal kannst du auch helfen.
left-out-of-the-chat-end-teacher-noticed-reflect = Was kannst du tun, wenn jemand ausgeschlossen wird?
left-out-of-the-chat-end-teacher-noticed-priya = Priya geht es besser. Eine Erwachsene hat es gemerkt.

left-out-of-the-chat-discuss-1 = Priya konnte den Chat nicht sehen, aber sie fühlte sich trotzdem ausgeschlossen. Woran sah man, dass sie traurig war? Wie merken wir, dass jemand ausgeschlossen ist?
left-out-of-the-chat-discuss-2 = Lena war sauer, weil Priya sie nicht in ihr Team gewählt hat. Wie hätte Lena das sagen können, ohne Priya auszuschließen?
left-out-of-the-chat-discuss-3 = Wurde schon mal jemand aus einem Spiel oder Chat ausgeschlossen? Was hat geholfen oder hätte helfen können? Welchen Erwachsenen könntest du es sagen?
