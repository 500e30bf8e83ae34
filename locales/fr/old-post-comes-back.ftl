old-post-comes-back-title = Une vieille vidéo refait surface
old-post-comes-back-summary = Une vidéo postée par l’enfant à 8 ans, en train de chanter et danser, est retrouvée et partagée par des camarades. Les enfants s’entraînent à gérer la gêne, à être bienveillants envers eux-mêmes, à voir qui ils sont aujourd’hui, à faire retirer une publication, à réfléchir à ce qu’ils postent et à ne pas partager les vieilles publications des autres.

## Characters
old-post-comes-back-ayo = Ayo
old-post-comes-back-freya = Freya
old-post-comes-back-ines = Ines
old-post-comes-back-grandma-rosa = Mamie Rosa

## Hook and turn
old-post-comes-back-hook = C’est la pause de midi à l’école. Tu manges avec Freya quand vos deux téléphones vibrent.
old-post-comes-back-ayo-posts = MDR regardez ce que j’ai trouvé ! Notre star de la pop à nous !
old-post-comes-back-the-video = C’est une vidéo que tu as postée à 8 ans. Tu chantes dans une brosse à cheveux et tu danses en pyjama.
old-post-comes-back-comments = Des commentaires apparaissent : « trop mignon ! », « cringe ! », « encore ! » À la table d’à côté, des élèves la regardent.
old-post-comes-back-freya-notices = Ça va ? Tu as le visage tout rouge.

## Decision 1
old-post-comes-back-react-prompt = Tes joues brûlent, { $nickname }. Que fais-tu d’abord ?
old-post-comes-back-comeback = Répondre : « Toujours mieux que ta vie ennuyeuse, Ayo. »
old-post-comes-back-comeback-feedback = Tu voulais que les rires s’arrêtent. Mais une réplique méchante blesse Ayo et relance la conversation. Une réponse calme, ou pas de réponse, marche mieux.
old-post-comes-back-comeback-ayo = Maintenant, c’est lui qu’on rabaisse devant tout le monde.
old-post-comes-back-own-it = Écrire : « Ha, j’avais 8 ans ! Mais j’ai toujours le rythme. »
old-post-comes-back-own-it-feedback = L’assumer peut enlever la piqûre, si ça te ressemble. Mais rien ne t’oblige à trouver ça drôle.
old-post-comes-back-own-it-ayo = Tu n’as pas fui, alors la blague perd son pouvoir.
old-post-comes-back-own-it-freya = Tu gardes la tête haute.
old-post-comes-back-breathe = Ranger le téléphone et respirer lentement avec Freya.
old-post-comes-back-breathe-feedback = Faire une pause avant de répondre, c’est fort. Les grosses émotions diminuent un peu quand on respire.
old-post-comes-back-breathe-freya = Elle est juste à côté de toi.
old-post-comes-back-deny = Écrire : « C’est pas moi. C’est truqué. »
old-post-comes-back-deny-feedback = Te cacher semblait plus sûr. Mais ça peut te faire croire que tu dois cacher qui tu étais. Avoir 8 ans, ce n’est pas une honte.
old-post-comes-back-deny-freya = Elle sait que c’est toi, et se demande pourquoi tu te caches.

old-post-comes-back-self-talk = Tout l’après-midi, la vidéo tourne dans ta tête. Une petite voix dit : « Maintenant, tout le monde te trouve bizarre. »

## Decision 2
old-post-comes-back-self-prompt = Que te dis-tu ?
old-post-comes-back-harsh = « Ils ont raison. Je suis la honte. Je voudrais me cacher pour toujours. »
old-post-comes-back-harsh-feedback = Beaucoup de gens ressentent ça quand on s’est moqué d’eux. Mais tu ne parlerais jamais comme ça à un ami. Essaie d’être cet ami pour toi-même.
old-post-comes-back-harsh-freya = Elle voit que tu te juges très durement.
old-post-comes-back-kind = « J’avais 8 ans, je m’amusais. C’est OK. Je suis toujours moi, en plus grand. »
old-post-comes-back-kind-feedback = C’est de la bienveillance envers toi. Tout le monde grandit et change. L’enfant que tu étais s’amusait, c’est tout.
old-post-comes-back-kind-freya = Tu te parles comme le ferait un ami.
old-post-comes-back-talk = Dire à Freya ce que tu ressens vraiment.
old-post-comes-back-talk-feedback = Partager une grosse émotion avec une amie la rend plus légère. Tu n’as pas à porter ça sans aide.
old-post-comes-back-talk-freya = Tu lui as confié quelque chose de vrai.

old-post-comes-back-freya-shares = Je comprends. Il y a une vidéo de moi qui chante avec mon ancien appareil dentaire. Mon père l’a retirée quand je le lui ai demandé.

## At home
old-post-comes-back-home = À la maison, tu montres la vidéo à Mamie Rosa. C’est elle qui l’avait postée avec toi, il y a des années.
old-post-comes-back-rosa-asks = Oh, mon trésor. Tu rayonnais de joie ce jour-là. Mais c’est ta vidéo. Qu’est-ce que tu veux faire maintenant ?

## Decision 3
old-post-comes-back-video-prompt = La vidéo est toujours sur ton ancien compte. Que décides-tu, { $nickname } ?
old-post-comes-back-take-down = Demander à Mamie Rosa de t’aider à la supprimer. Puis demander à Ayo de supprimer sa copie.
old-post-comes-back-take-down-feedback = C’est ta vidéo, alors c’est toi qui décides. La retirer empêche de nouvelles personnes de la trouver.
old-post-comes-back-take-down-rosa = Tu prends ton histoire en main.
old-post-comes-back-keep = La laisser. L’enfant que tu étais avait du courage, et ça te plaît.
old-post-comes-back-keep-feedback = C’est ton choix. Souviens-toi juste qu’elle peut encore être trouvée et partagée.
old-post-comes-back-keep-rosa = Tu aimes encore l’enfant que tu étais, comme elle.
old-post-comes-back-ignore = Ne rien faire, et espérer que tout le monde oublie.
old-post-comes-back-ignore-feedback = Vouloir que ça disparaisse, c’est normal. Mais les vieilles publications peuvent revenir. Tu peux encore décider de la retirer.
old-post-comes-back-ignore-rosa = Elle sait que les vieilles vidéos peuvent ressortir.

old-post-comes-back-rosa-today = Voici une astuce pour ce que tu postes aujourd’hui. Demande-toi : « Est-ce que ça m’irait encore dans cinq ans ? »

## The next day
old-post-comes-back-ayo-sorry = Hé, je l’ai supprimée du groupe. Franchement, je la trouvais mignonne, pas gênante. Pardon.
old-post-comes-back-ayo-cross = Tu as dit que ma vie était ennuyeuse devant tout le monde. Alors je laisse la vidéo.
old-post-comes-back-video-still-around = Le lendemain, la vidéo est toujours dans le groupe de la classe. Quelques élèves fredonnent ta chanson dans le couloir.

old-post-comes-back-ines-photo = Ce soir-là, tu fais défiler une vieille page de l’école. Tu trouves une photo d’Ines à 7 ans, avec un nœud géant et un sourire sans dents de devant.
old-post-comes-back-temptation = Une idée te traverse : si tu postes ça, on arrêtera peut-être de parler de ta vidéo.

## Decision 4
old-post-comes-back-ines-prompt = Que fais-tu de la vieille photo d’Ines ?
old-post-comes-back-post-ines = La poster dans le groupe de la classe. C’est au tour de quelqu’un d’autre.
old-post-comes-back-post-ines-feedback = C’est tentant de passer le projecteur à un autre. Mais maintenant, Ines ressent ce que tu as ressenti. La supprimer vite peut encore aider.
old-post-comes-back-post-ines-ines = Sa vieille photo est dans le groupe, et elle ne l’a pas choisi.
old-post-comes-back-scroll-past = Passer ton chemin. C’est la photo d’Ines, pas à toi de la partager.
old-post-comes-back-scroll-past-feedback = Tu as transformé ta journée difficile en gentillesse pour quelqu’un d’autre. C’est ça, la vraie empathie.
old-post-comes-back-scroll-past-ines = Sa vieille photo reste où elle était.
old-post-comes-back-tell-ines = Dire à Ines demain que la photo traîne en ligne, pour qu’elle décide.
old-post-comes-back-tell-ines-feedback = Tu as laissé le choix à Ines. C’est sa photo et son histoire.
old-post-comes-back-tell-ines-ines = Elle a son mot à dire avant que d’autres la voient.

## Endings
old-post-comes-back-end-you-now = La vieille vidéo a disparu de ton compte et du groupe. Tu chantes toujours, mais plus dans une brosse à cheveux. À la cantine, Freya et toi vous asseyez avec Ines.
old-post-comes-back-end-you-now-reflect = Que voudrais-tu garder en mémoire de l’enfant que tu étais ?
old-post-comes-back-end-you-now-freya = Tu as pris soin de toi, et d’Ines aussi.
old-post-comes-back-end-you-now-ines = Sa vieille photo est protégée, et elle a des amis à sa table.
old-post-comes-back-end-still-online = La vidéo est toujours en ligne, et parfois quelqu’un fredonne ta chanson. Mais tu sais qui tu es maintenant. Mamie Rosa t’aidera si tu changes d’avis.
old-post-comes-back-end-still-online-reflect = Que peux-tu faire si une vieille publication de toi refait surface ?
old-post-comes-back-end-still-online-freya = Elle est toujours juste à côté de toi.
old-post-comes-back-end-still-online-rosa = Elle te fait confiance pour décider, et elle est prête à aider.
old-post-comes-back-end-two-sides = Ines ne dit plus rien quand elle voit sa photo. Tu te rappelles tes propres joues brûlantes. Tu la supprimes et tu t’excuses, et Mamie Rosa t’aide à y réfléchir.
old-post-comes-back-end-two-sides-reflect = En quoi partager la vieille publication d’un autre est-il différent de partager la tienne ?
old-post-comes-back-end-two-sides-ines = Beaucoup de gens ont vu sa photo avant qu’elle disparaisse.
old-post-comes-back-end-two-sides-rosa = Tout le monde fait des erreurs. Elle t’aide à réparer celle-ci.

## For teachers
old-post-comes-back-discuss-1 = Pourquoi une vidéo qu’on était content de poster à 8 ans peut-elle sembler différente à 11 ans ? Qu’est-ce qui reste pareil en nous, et qu’est-ce qui change ?
old-post-comes-back-discuss-2 = Ayo trouvait la vidéo mignonne, pas gênante. Comment une même publication peut-elle être vécue autrement par la personne qu’on y voit ? Qu’est-ce qu’Ayo aurait pu demander d’abord ?
old-post-comes-back-discuss-3 = Que pourrais-tu te demander avant de poster quelque chose aujourd’hui ? Qui pourrait t’aider à retirer une vieille publication que tu ne veux plus en ligne ?
