new-avatar-title = Mein neuer Avatar
new-avatar-summary = Ein Kind baut sich im Spiel einen Avatar mit Brille und Locken, genau wie es selbst. Ein anderer Spieler lacht darüber, und ein Freund sagt: "Sag, du bist 12, dann kommst du auf den Server der Großen." Die Kinder üben, online sie selbst und ehrlich zu sein, es einem Erwachsenen zu sagen und nett über die Avatare anderer zu reden.

new-avatar-kai = Kai
new-avatar-omar = Omar
new-avatar-ana = Ana
new-avatar-papa-jun = Papa Jun

new-avatar-hook = Du fängst ein neues Spiel an. Zuerst baust du deinen Avatar.
new-avatar-avatar-made = Er hat eine Brille und Locken, genau wie du! Dann sieht ihn ein Spieler namens Omar.
new-avatar-omar-laughs = Haha! Eine Brille im Spiel? Sieht das doof aus!

new-avatar-omar-prompt = Was machst du, { $nickname }?
new-avatar-take-off = Nimm deinem Avatar die Brille ab.
new-avatar-take-off-feedback = Du wolltest, dass das Lachen aufhört. Das ist verständlich. Aber deine Brille gehört zu dir. Du kannst sie wieder aufsetzen.
new-avatar-take-off-omar = Er lacht und spielt weiter. Er merkt nicht, dass es wehtat.
new-avatar-like-them = Schreib: "Ich trage eine Brille. Ich mag sie!"
new-avatar-like-them-feedback = Du bist du geblieben, auch als jemand gelacht hat. Das ist stark!
new-avatar-like-them-omar = Er hat nicht gedacht, dass du stolz auf sie bist.
new-avatar-mean-back = Schreib: "Dein Avatar sieht auch doof aus!"
new-avatar-mean-back-feedback = Es hat wehgetan, darum warst du gemein zurück. Jetzt geht es zwei Leuten schlecht. Sag lieber, wie du dich fühlst.
new-avatar-mean-back-omar = Jetzt wird er ausgelacht.

new-avatar-kai-joins = Dein Freund Kai kommt ins Spiel. Sein Avatar hat blaue Hörgeräte, genau wie er.
new-avatar-kai-asks = Komm auf den Server der Großen! Sag einfach, du bist 12!
new-avatar-game-asks = Das Spiel fragt: "Wie alt bist du?"

new-avatar-age-prompt = Du bist noch nicht 12. Was machst du, { $nickname }?
new-avatar-say-12 = Tipp "12". Ist doch nur ein Spiel.
new-avatar-say-12-feedback = Das machen viele Kinder, um mit Freunden zu spielen. Aber Altersregeln sorgen dafür, dass ein Spiel zu dir passt. Die Wahrheit schützt dich.
new-avatar-say-12-kai = Jetzt kannst du mit ihm auf dem großen Server spielen.
new-avatar-real-age = Tipp dein echtes Alter ein. Spiel auf dem Kinder-Server.
new-avatar-real-age-feedback = Du hast die Wahrheit gesagt, auch wenn es schwer war. Du bist online und offline derselbe Mensch.
new-avatar-real-age-kai = Er wollte dich mit auf dem großen Server haben.
new-avatar-ask-papa = Frag zuerst Papa Jun.
new-avatar-ask-papa-feedback = Einen Erwachsenen fragen ist ehrlich und klug. Papa Jun hilft dir beim Entscheiden.
new-avatar-ask-papa-papa = Du bist zu ihm gekommen, bevor du etwas getippt hast.

new-avatar-big-server = Auf dem Server der Großen ist es laut und schnell.
new-avatar-lost = Der Chat ist zu schnell zum Lesen. Manche Wörter sind nicht nett. Du fühlst dich etwas verloren.
new-avatar-big-prompt = Dieser Ort ist nicht für dich gemacht. Was machst du?
new-avatar-tell-papa = Geh raus und erzähl Papa Jun, was passiert ist.
new-avatar-tell-papa-feedback = Das war mutig und ehrlich. Es einem Erwachsenen zu sagen ist stark.
new-avatar-tell-papa-papa = Du hast ihm die Wahrheit gesagt, auch über dein Alter.
new-avatar-stay = Bleib. Keiner weiß, dass du nicht 12 bist.
new-avatar-stay-feedback = Bleiben kann Spaß machen. Aber der Server ist für große Kinder. Ein Erwachsener hilft dir, einen besseren Ort zu finden.
new-avatar-stay-kai = Er sieht den Chat auch. Das macht keinen Spaß.
new-avatar-papa-sees = Papa Jun geht vorbei. Er sieht deinen Bildschirm und setzt sich zu dir.
new-avatar-papa-talks = Der Server ist für ältere Kinder. Der Kinder-Server ist für dich gemacht.
new-avatar-papa-no-trouble = Du kriegst keinen Ärger. Du kannst mir immer sagen, was online passiert.
new-avatar-papa-says = Der Server ist für große Kinder. Du und Kai könnt auf dem Kinder-Server spielen.

new-avatar-kai-stays = Okay! Ich spiel mit dir auf dem Kinder-Server!
new-avatar-ana-joins = Dann kommt Ana aus deiner Klasse. Ihr Avatar sitzt im Rollstuhl, wie Ana. Und er hat knallige lila Haare!
new-avatar-kai-giggles = Haha! Lila Haare? Das sieht voll komisch aus!

new-avatar-ana-prompt = Was schreibst du, { $nickname }?
new-avatar-cool = "Cooler Avatar, Ana! Die lila Haare sind toll."
new-avatar-cool-feedback = Du hast daran gedacht, wie Ana sich fühlt. Deine netten Worte bringen sie zum Lächeln.
new-avatar-cool-ana = Jemand mag den Avatar, den sie gebaut hat.
new-avatar-laugh = Lach mit Kai: "Haha, voll komisch!"
new-avatar-laugh-feedback = Mit einem Freund lachen ist leicht. Aber du weißt, wie es ist, ausgelacht zu werden. Ein nettes Wort kann jetzt helfen.
new-avatar-laugh-ana = Zwei haben über ihren Avatar gelacht.
new-avatar-tell-kai = Sag zu Kai: "Avatare können aussehen, wie sie wollen. Ihrer ist cool!"
new-avatar-tell-kai-feedback = Du hast zu Ana gehalten und warst nicht gemein zu Kai. Das ist lieb und mutig.
new-avatar-tell-kai-kai = Er hält inne und denkt an Ana.
new-avatar-tell-kai-ana = Jemand hält zu ihr.

new-avatar-ana-asks = Hey, wo ist deine Brille? Was ist mit deinem Avatar passiert?
new-avatar-glasses-prompt = Was machst du?
new-avatar-put-back = Setz deinem Avatar die Brille wieder auf.
new-avatar-put-back-feedback = Jetzt sieht dein Avatar wieder aus wie du. Du musst keinen Teil von dir verstecken.
new-avatar-put-back-ana = Ihr Avatar sieht aus wie sie. Jetzt sieht deiner aus wie du.
new-avatar-leave-off = Lass sie weg. Vielleicht lacht wieder jemand.
new-avatar-leave-off-feedback = Die Sorge ist verständlich. Du entscheidest. Echte Freunde mögen dich, mit Brille und allem.
new-avatar-leave-off-ana = Sie mag deine Brille. Sie hofft, dass du sie wieder aufsetzt.

new-avatar-omar-sorry = Sorry wegen meinem Witz. Deine Brille sieht echt cool aus.
new-avatar-make-up = Du schreibst Omar: "Tut mir leid, dass ich gemein war." Omar schreibt: "Mir auch."

new-avatar-end-castle = Du, Kai und Ana baut eine große Burg. Jeder Avatar sieht genau richtig aus.
new-avatar-end-castle-reflect = Wie kannst du nett über den Avatar von jemandem reden?
new-avatar-end-castle-ana = Sie kann im Spiel sie selbst sein.
new-avatar-end-castle-kai = Er spielt gern mit euch beiden.
new-avatar-end-sorry = Ana geht früh aus dem Spiel. Am nächsten Tag sagst du ihr, dass es dir leidtut. Sie zeigt dir, wie sie die lila Haare gemacht hat.
new-avatar-end-sorry-reflect = Wie fühlt es sich an, wenn jemand über deinen Avatar lacht?
new-avatar-end-sorry-ana = Du hast dich entschuldigt. Sie will wieder spielen.

new-avatar-discuss-1 = Warum baut sich jemand einen Avatar, der aussieht wie er selbst? Warum nimmt jemand anderes lieber einen Drachen oder Roboter? Ist beides okay?
new-avatar-discuss-2 = Kai hat gesagt, du sollst sagen, du bist 12. Warum fragen Spiele nach deinem Alter? Was kannst du einem Freund sagen, der will, dass du schwindelst?
new-avatar-discuss-3 = Hat schon mal jemand über etwas gelacht, das du gemacht oder ausgesucht hast? Was hat geholfen? Was können wir sagen, statt zu lachen?
