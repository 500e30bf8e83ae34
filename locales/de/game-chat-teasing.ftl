game-chat-teasing-title = Neu im Spiel
game-chat-teasing-summary = In einem Bauspiel ist eine neue Spielerin langsam, und jemand schreibt "noob, du bist schlecht, geh weg", während andere im Chat lachen. Die Kinder üben Hinschauen, Einschreiten ohne Gemeinheit, Helfen, Melden und Blockieren und es einem Erwachsenen zu Hause sagen.

## Figuren
game-chat-teasing-ines = Ines
game-chat-teasing-wei = Wei
game-chat-teasing-ayo = Ayo
game-chat-teasing-mama = Mama

## Einstieg
game-chat-teasing-hook = Es ist Samstag. Du spielst ein Bauklötze-Spiel auf dem Tablet. Mama liest nebenan.
game-chat-teasing-friends = Deine Freunde Wei und Ayo sind in deinem Spiel. Du baust einen hohen Turm.
game-chat-teasing-ines-joins = Hi! Ich bin Ines. Ich bin neu hier. Darf ich mitbauen?
game-chat-teasing-ines-slow = Ines baut ein kleines Haus. Sie ist langsam. Ihr Dach fällt runter.
game-chat-teasing-wei-teases = noob, du bist schlecht, geh weg
game-chat-teasing-ayo-laughs = hahaha
game-chat-teasing-more-laughs = Im Chat tauchen noch mehr Lacher auf.

## Entscheidung 1
game-chat-teasing-chat-prompt = Was machst du, { $nickname }?
game-chat-teasing-join = Schreib auch "haha".
game-chat-teasing-join-feedback = Mitmachen war leicht. Aber jetzt lacht noch einer mehr über Ines. Nette Worte können noch helfen.
game-chat-teasing-join-ines = Noch jemand hat über ihr Haus gelacht.
game-chat-teasing-join-wei = Er denkt, alle finden seinen Witz gut.
game-chat-teasing-quiet = Sag nichts. Bau weiter an deinem Turm.
game-chat-teasing-quiet-feedback = Still sein fühlt sich sicher an. Aber keiner hat Ines geholfen. Du kannst ihr noch helfen.
game-chat-teasing-quiet-ines = Viel Gelächter, und keiner sagt Stopp.
game-chat-teasing-kind = Schreib: "Hör auf. Jeder ist am Anfang neu."
game-chat-teasing-kind-feedback = Du hast zu Ines gehalten und warst nicht gemein. Das war mutig.
game-chat-teasing-kind-ines = Jemand im Chat hält zu ihr.
game-chat-teasing-kind-wei = Er dachte nicht, dass jemand Stopp sagt.

game-chat-teasing-ines-thanks = Danke. Ich lerne noch.
game-chat-teasing-ines-sees-you = Ines sieht auch dein "haha".
game-chat-teasing-ines-stops = Dann hört Ines auf zu bauen. Ihre Figur steht nur still da.

## Entscheidung 2
game-chat-teasing-notice-prompt = Ines baut nicht mehr. Was machst du?
game-chat-teasing-help = Geh zu Ines. Frag: "Soll ich dir beim Haus helfen?"
game-chat-teasing-help-feedback = Du hast gesehen, dass Ines aufgehört hat. Dann hast du geholfen. Das ist lieb.
game-chat-teasing-help-ines = Jetzt hat sie jemanden zum Mitbauen.
game-chat-teasing-kind-words = Schreib Ines: "Dein kleines Haus gefällt mir!"
game-chat-teasing-kind-words-feedback = Nette Worte helfen sehr. Ines liest sie zweimal.
game-chat-teasing-kind-words-ines = Jemand mag, was sie gebaut hat.
game-chat-teasing-keep-building = Bau weiter. Dein Turm ist fast fertig!
game-chat-teasing-keep-building-feedback = Dein Turm macht Spaß. Aber Ines ist noch allein. Du kannst jetzt zu ihr gehen.
game-chat-teasing-keep-building-ines = Alle sind beschäftigt, und keiner kommt zu ihr.

game-chat-teasing-wei-again = lol Ines ist so langsam. Geh weg, noob!
game-chat-teasing-ayo-again = Ayo schickt noch mehr Lacher.

## Entscheidung 3
game-chat-teasing-stop-prompt = Die gemeinen Worte hören nicht auf. Was jetzt, { $nickname }?
game-chat-teasing-report = Tipp auf Melden und Blockieren.
game-chat-teasing-report-feedback = Gut gemacht. Melden sagt es den Helfern vom Spiel. Blockieren stoppt die gemeinen Worte bei dir.
game-chat-teasing-report-ines = Jemand tut etwas, um ihr zu helfen.
game-chat-teasing-mean-back = Schreib: "DU bist der noob, Wei!"
game-chat-teasing-mean-back-feedback = Du wolltest Ines helfen. Aber gemein zurückschreiben tut noch mehr weh. Du kannst stark und lieb sein.
game-chat-teasing-mean-back-wei = Jetzt beschimpft ihn jemand.
game-chat-teasing-mean-back-ines = Jetzt gibt es im Chat Streit um sie.
game-chat-teasing-tell = Hör auf zu spielen. Sag es Mama.
game-chat-teasing-tell-feedback = Es einem Erwachsenen sagen ist stark. Das ist Hilfe holen, nicht petzen.
game-chat-teasing-tell-mama = Du kommst mit einem großen Problem zu ihr.

game-chat-teasing-report-sent = Ein Kasten geht auf: "Danke. Ein Helfer schaut sich das an."
game-chat-teasing-mama-notices = Du legst das Tablet weg. Mama schaut hoch.
game-chat-teasing-mama-asks = Du siehst traurig aus. Was ist in deinem Spiel los?

## Entscheidung 4
game-chat-teasing-mama-prompt = Was sagst du zu Mama?
game-chat-teasing-show = Zeig Mama den Chat. Erzähl ihr, was passiert ist.
game-chat-teasing-show-feedback = Einem Erwachsenen alles zu erzählen ist mutig. Jetzt kann Mama helfen.
game-chat-teasing-show-mama = Jetzt weiß sie es und kann helfen.
game-chat-teasing-fine = Sag: "Nichts. Mir geht's gut."
game-chat-teasing-fine-feedback = Reden kann schwer sein. Aber eine Sorge wird leichter, wenn du sie teilst. Du kannst es Mama jederzeit sagen.
game-chat-teasing-fine-mama = Sie merkt, dass etwas nicht stimmt.

## Ein Erwachsener hilft
game-chat-teasing-mama-listens = Danke, dass du es mir sagst. Lass uns Ines zusammen helfen.
game-chat-teasing-mama-mean-back = Gemeine Antworten machen es schlimmer. Wir können uns auch entschuldigen.
game-chat-teasing-mama-helps = Mama hilft dir, den Chat zu melden. Dann ruft sie den Papa von Wei an.
game-chat-teasing-you-say-sorry = Du entschuldigst dich bei Ines für dein "haha". Sie nickt.
game-chat-teasing-mama-waits = Okay. Ich bin da, wenn du reden willst.

## Enden
game-chat-teasing-end-build-together = Am nächsten Tag entschuldigt sich Wei bei Ines. Ayo sagt: "Ich hab nur gelacht, weil Wei gelacht hat." Jetzt baut ihr alle eine Burg.
game-chat-teasing-end-build-together-reflect = Wie kannst du helfen, wenn ein Spiel-Chat gemein wird?
game-chat-teasing-end-build-together-ines = Ihr kleines Haus gehört jetzt zur Burg.
game-chat-teasing-end-build-together-wei = Er hat sich entschuldigt. Ines sagt Okay.
game-chat-teasing-end-grown-up-helps = Wei entschuldigt sich bei Ines. Ines spielt wieder mit. Sie ist noch etwas schüchtern. Aber sie weiß: Andere sind für sie da.
game-chat-teasing-end-grown-up-helps-reflect = Wie kannst du Neue im Spiel willkommen heißen?
game-chat-teasing-end-grown-up-helps-ines = Ein Erwachsener hat geholfen. Die gemeinen Worte sind weg.
game-chat-teasing-end-ines-left = Ines verlässt das Spiel. Heute kommt sie nicht wieder. Mama ist noch in der Nähe. Du kannst es ihr jederzeit sagen.
game-chat-teasing-end-ines-left-reflect = Welchem Erwachsenen erzählst du von einem gemeinen Chat?
game-chat-teasing-end-ines-left-ines = Ihr erstes Spiel endete mit gemeinen Worten.
game-chat-teasing-end-ines-left-mama = Sie hört dir zu, wenn du so weit bist.

## Für Lehrkräfte
game-chat-teasing-discuss-1 = Wei nannte Ines "noob", weil sie neu und langsam war. Warum ärgern manche Spieler neue Spieler? Wie fühlt es sich an, bei etwas neu zu sein?
game-chat-teasing-discuss-2 = Ayo hat gelacht, weil Wei gelacht hat. Warum ist es schwer, nicht mitzulachen, wenn eine Gruppe lacht? Was hätte Ayo stattdessen tun können?
game-chat-teasing-discuss-3 = Was machen Melden und Blockieren in Spielen, die du kennst? Welchen Erwachsenen zu Hause oder in der Schule könntest du einen gemeinen Chat zeigen?
