password-for-a-friend-title = Ein Passwort für die Freundin
password-for-a-friend-summary = Leila, die beste Freundin des Kindes, will das Passwort für die Lese-App der Klasse, um dafür Sterne zu sammeln. Die Kinder üben, nett Nein zu sagen, auf die verletzten Gefühle der Freundin zu achten, mit dem Lehrer ein neues Passwort zu machen und dass nur ihre Erwachsenen das Passwort kennen dürfen.

password-for-a-friend-leila = Leila
password-for-a-friend-oskar = Oskar
password-for-a-friend-mr-chen = Herr Chen

password-for-a-friend-hook = Lesezeit! Für jedes Buch, das du liest, bekommst du Sterne.
password-for-a-friend-leila-stars = Guck! Ich hab schon zehn Sterne!
password-for-a-friend-you-have = Du hast drei. Leila liest super schnell.
password-for-a-friend-leila-asks = Sag mir dein Passwort. Ich lese für dich und hol dir Sterne!
password-for-a-friend-leila-friends = Wir sind beste Freunde. Beste Freunde teilen alles!

password-for-a-friend-ask-prompt = Was sagst du, { $nickname }?
password-for-a-friend-share = Sag Leila dein Passwort.
password-for-a-friend-share-feedback = Du wolltest mit deiner Freundin teilen. Aber Passwörter sind nur für dich und deine Erwachsenen. Du kannst das noch ändern.
password-for-a-friend-share-leila = Leila denkt, sie hilft dir.
password-for-a-friend-kind-no = Sag: "Tut mir leid, nein. Mein Passwort ist nur für mich."
password-for-a-friend-kind-no-feedback = Dein Passwort ist sicher, und du hast es nett gesagt. Gute Freunde können ein Nein hören.
password-for-a-friend-kind-no-leila = Leila wollte helfen. Sie hat auf ein Ja gehofft.
password-for-a-friend-sharp-no = Sag: "Nie im Leben! Du machst es kaputt!"
password-for-a-friend-sharp-no-feedback = Dein Passwort ist sicher. Aber die Worte waren hart. Du kannst Nein sagen und trotzdem nett sein.
password-for-a-friend-sharp-no-leila = Leila wollte nur helfen. Deine Worte haben wehgetan.

password-for-a-friend-leila-hurt = Leila verschränkt die Arme. Sie schaut auf den Boden.
password-for-a-friend-leila-sad = Ich dachte, wir sind beste Freunde.
password-for-a-friend-hurt-prompt = Leila ist traurig. Was machst du, { $nickname }?
password-for-a-friend-reassure = Sag: "Du bist meine beste Freundin! Lass uns zusammen lesen."
password-for-a-friend-reassure-feedback = Du hast dein Passwort behalten und deine Freundin auch. Zusammen lesen macht auch Spaß!
password-for-a-friend-reassure-leila = Leila weiß, dass du sie immer noch sehr magst.
password-for-a-friend-give-in = Sag ihr das Passwort, damit sie nicht traurig ist.
password-for-a-friend-give-in-feedback = Du wolltest nicht, dass Leila traurig ist. Das ist lieb. Aber ein Passwort ist kein Freundschaftstest.
password-for-a-friend-give-in-leila = Leila lächelt. Sie findet es nicht schlimm.
password-for-a-friend-walk-off = Sag: "Na gut, dann eben nicht!" Und geh weg.
password-for-a-friend-walk-off-feedback = Es ist schwer, wenn eine Freundin traurig ist. Aber wenn du weggehst, seid ihr beide allein. Ihr könnt später reden.
password-for-a-friend-walk-off-leila = Leila sitzt jetzt allein da.
password-for-a-friend-read-together = Okay! Lesen wir zusammen das Drachenbuch?

password-for-a-friend-next-day = Am nächsten Tag öffnest du die Lese-App.
password-for-a-friend-joke = Überraschung! Dein Bild ist ein Frosch. Auf deiner Seite steht: "Ich esse Fliegen!"
password-for-a-friend-oskar-laughs = Haha! Du isst Fliegen!
password-for-a-friend-leila-joke = Ist doch nur Spaß! Ich hab dein Passwort benutzt.
password-for-a-friend-cheeks = Deine Wangen werden heiß. Die ganze Klasse sieht deine Seite.
password-for-a-friend-joke-prompt = Was machst du, { $nickname }?
password-for-a-friend-joke-tell = Erzähl Herrn Chen, was passiert ist.
password-for-a-friend-joke-tell-feedback = Es einem Erwachsenen zu sagen ist stark. Herr Chen kann helfen, es zu reparieren.
password-for-a-friend-joke-tell-chen = Du hast Herrn Chen um Hilfe gebeten.
password-for-a-friend-joke-fix = Mach deine Seite wieder richtig. Sag nichts.
password-for-a-friend-joke-fix-feedback = Deine Seite sieht wieder gut aus. Aber Leila kennt noch dein Passwort. Ein Erwachsener hilft dir, ein neues zu machen.
password-for-a-friend-joke-fix-leila = Leila findet den Witz nicht schlimm.
password-for-a-friend-joke-shout = Ruf: "Leila, du hast meine Seite kaputt gemacht!"
password-for-a-friend-joke-shout-feedback = Es ist okay, sauer zu sein. Aber Schreien tut auch weh. Du kannst ihr ruhig sagen, wie du dich fühlst.
password-for-a-friend-joke-shout-leila = Die ganze Klasse hat sich zu ihr umgedreht.
password-for-a-friend-frog-again = Am nächsten Morgen ist der Frosch wieder da!
password-for-a-friend-chen-sees = Du siehst traurig aus. Was ist los?
password-for-a-friend-show-chen = Du zeigst Herrn Chen deine Seite.
password-for-a-friend-chen-hears = Hier sind gerade große Gefühle. Lasst uns tief durchatmen und reden.
password-for-a-friend-chen-help = Wir reparieren deine Seite zusammen. Dann machen wir ein neues Passwort.

password-for-a-friend-class-time = Nach dem Mittagessen redet Herr Chen mit der ganzen Klasse.
password-for-a-friend-toothbrush = Ein Passwort ist wie eine Zahnbürste. Es gehört nur dir!
password-for-a-friend-grown-ups = Du darfst es deinen Erwachsenen zu Hause sagen. Sonst niemandem.
password-for-a-friend-class-new = Heute macht jeder ein neues Passwort. Ich helfe euch!

password-for-a-friend-password-prompt = Herr Chen hilft dir. Welches neue Passwort nimmst du, { $nickname }?
password-for-a-friend-pw-pet = Der Name deiner Katze: "Minka". Das ist leicht!
password-for-a-friend-pw-pet-feedback = Leicht zu merken! Aber deine Freunde kennen den Namen deiner Katze. Drei lustige Wörter sind schwerer zu raten.
password-for-a-friend-pw-pet-chen = Herr Chen weiß, dass du es stärker machen kannst.
password-for-a-friend-pw-silly = Drei lustige Wörter: "Zitrone Socke Mond".
password-for-a-friend-pw-silly-feedback = Super Wahl! Du kannst es dir merken. Andere können es nicht raten.
password-for-a-friend-pw-silly-chen = Auf dieses Passwort kommst nur du.
password-for-a-friend-pw-leila = Lass Leila eins für dich aussuchen.
password-for-a-friend-pw-leila-feedback = Dann kennt Leila es auch. Ein Passwort ist nur für dich und deine Erwachsenen.
password-for-a-friend-pw-leila-leila = Leila hat eben gehört, dass jeder sein Passwort für sich behält.
password-for-a-friend-show-at-home = Zeig es heute Abend deinen Erwachsenen zu Hause.

password-for-a-friend-leila-sorry = Das mit dem Frosch tut mir leid. Ich wollte nur lustig sein.
password-for-a-friend-leila-alone = In der Pause sitzt Leila allein in der Leseecke.
password-for-a-friend-leila-prompt = Was machst du, { $nickname }?
password-for-a-friend-make-up = Sag Leila, wie du dich fühlst. Dann frag, ob sie mit dir liest.
password-for-a-friend-make-up-feedback = Du hast deine Gefühle gezeigt und Platz für sie gemacht. So sind Freunde.
password-for-a-friend-make-up-leila = Leila ist froh, dass ihr Freunde bleibt.
password-for-a-friend-stay-away = Spiel lieber mit Oskar. Lass Leila allein.
password-for-a-friend-stay-away-feedback = Manchmal brauchen wir eine Pause. Aber Leila ist noch verletzt. Ein nettes Wort kann helfen, auch morgen.
password-for-a-friend-stay-away-leila = Leila sieht zu, wie du mit Oskar spielst.
password-for-a-friend-stay-away-oskar = Oskar fragt sich, warum Leila nicht mitspielt.

password-for-a-friend-end-own-stars = Du und Leila lest zusammen das Drachenbuch. Ihr bekommt beide eure eigenen Sterne!
password-for-a-friend-end-own-stars-reflect = Wie kannst du Freunden nett Nein sagen?
password-for-a-friend-end-own-stars-leila = Leila hat dich direkt neben sich.
password-for-a-friend-end-home-help = Leila ist wieder deine Freundin. Zu Hause hilft dir ein Erwachsener, dein Passwort stärker zu machen.
password-for-a-friend-end-home-help-reflect = Wem darfst du dein Passwort sagen?
password-for-a-friend-end-home-help-leila = Ihr habt euch vertragen, und sie sitzt wieder bei dir.
password-for-a-friend-end-tomorrow = Deine Seite ist jetzt sicher. Aber du und Leila habt heute nicht gespielt. Morgen könnt ihr reden.
password-for-a-friend-end-tomorrow-reflect = Wie kannst du Leila morgen helfen, dass es ihr besser geht?
password-for-a-friend-end-tomorrow-leila = Leila vermisst dich.

password-for-a-friend-discuss-1 = Leila hat gesagt: "Beste Freunde teilen alles." Gibt es Dinge, die selbst beste Freunde nicht teilen? Warum gehört ein Passwort dazu?
password-for-a-friend-discuss-2 = Leila fand die geänderte Seite einen lustigen Witz. Wie kann sich ein Witz für die Person anfühlen, um die es geht?
password-for-a-friend-discuss-3 = Welchen Erwachsenen darfst du dein Passwort sagen? Was würdest du tun, wenn jemand anderes dein Passwort herausfindet?
