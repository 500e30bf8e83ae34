hotel-game-lobby-title = Une partie au mini-club
hotel-game-lobby-summary = Dans un jeu du mini-club d’un hôtel, un inconnu demande un numéro de chambre et une photo, une nouvelle amie se sent exclue, et une photo à la piscine montre l’hôtel.

## Characters
hotel-game-lobby-nia = Nia
hotel-game-lobby-diego = Diego
hotel-game-lobby-mum = Maman
hotel-game-lobby-starracer = StarRacer

## Hook
hotel-game-lobby-hook = Les vacances ! Au mini-club de l’hôtel, c’est ton tour sur la tablette.
hotel-game-lobby-hook-nia = Nia, une fille rencontrée hier à la piscine, est assise tout près.
hotel-game-lobby-lobby = Tu rejoins un jeu de course. Le salon est plein de joueurs que tu ne connais pas.

## The room number
hotel-game-lobby-starracer-hello = Salut ! Tu conduis bien ! J’ai 10 ans et je suis aussi en vacances. Quel hôtel ?
hotel-game-lobby-starracer-room = C’est quoi, ton numéro de chambre ? On est peut-être dans le même hôtel !
hotel-game-lobby-choice-room = Que fais-tu, { $nickname } ?
hotel-game-lobby-room-tell = Taper le nom de ton hôtel et ton numéro de chambre.
hotel-game-lobby-room-tell-feedback = StarRacer avait l’air sympa, alors répondre semblait normal. Mais un numéro de chambre dit à un inconnu où te trouver. Un adulte peut t’aider.
hotel-game-lobby-room-tell-mum = Maman serait inquiète, et contente si tu lui en parlais.
hotel-game-lobby-room-tell-starracer = StarRacer a l’air content. Mais tu ne peux pas voir qui tape vraiment.
hotel-game-lobby-room-private = Écrire : « Ça, je ne le dis pas. On fait la course ! »
hotel-game-lobby-room-private-feedback = Tu n’as pas dit où tu es, tout en restant sympa. C’est une bonne habitude en ligne.
hotel-game-lobby-room-private-starracer = StarRacer n’a pas eu de réponse. Un vrai copain de jeu continuerait juste la course.
hotel-game-lobby-room-diego = Montrer le message à Diego, l’animateur du mini-club.
hotel-game-lobby-room-diego-feedback = Demander à un adulte quand une question est bizarre, c’est malin et courageux. Pas besoin de trouver la solution sans aide.
hotel-game-lobby-room-diego-diego = Diego est content que tu viennes le voir. Aider les enfants, c’est son travail ici.
hotel-game-lobby-room-diego-mum = Maman sera contente que tu en aies parlé.

## The photo
hotel-game-lobby-photo-ask = Hé, envoie-moi une photo de toi. Juste pour prouver que tu es vraiment un enfant !
hotel-game-lobby-photo-feel = Tu as une drôle de sensation dans le ventre. C’est bizarre de demander ça.
hotel-game-lobby-choice-photo = Que fais-tu maintenant ?
hotel-game-lobby-photo-send = Prendre vite un selfie et l’envoyer.
hotel-game-lobby-photo-send-feedback = Vouloir être sympa, c’est gentil. Mais en ligne, n’importe qui peut dire qu’il est un enfant. Un adulte peut t’aider, et tu n’auras pas d’ennuis.
hotel-game-lobby-photo-send-mum = Maman voudrait le savoir tout de suite, pour pouvoir aider.
hotel-game-lobby-photo-send-diego = Diego ne va pas se fâcher. Il aide les enfants dans ces cas-là.
hotel-game-lobby-photo-no = Écrire : « Pas de photos. Salut ! » et quitter le salon.
hotel-game-lobby-photo-no-feedback = Tu as dit non et quitté le salon. Ta photo est à toi. Un adulte aimerait quand même le savoir.
hotel-game-lobby-photo-no-starracer = StarRacer n’a pas eu de photo. Les vrais copains de jeu n’ont pas besoin de preuve.
hotel-game-lobby-photo-diego = Aller montrer le message à Diego.
hotel-game-lobby-photo-diego-feedback = C’est le choix courageux. Quand quelque chose en ligne te semble bizarre, parles-en à un adulte de confiance.
hotel-game-lobby-photo-diego-diego = Diego est fier de toi. Ce n’est pas toujours facile d’en parler.
hotel-game-lobby-tell-after = La drôle de sensation ne part pas. Alors tu montres la conversation à Diego. C’est courageux !

## Diego helps
hotel-game-lobby-diego-thanks = Merci de me l’avoir montré, { $nickname }. Tu as bien fait.
hotel-game-lobby-diego-no-blame = Un joueur qui a l’air sympa peut te piéger. Tu n’auras aucun ennui, promis.
hotel-game-lobby-diego-block = On va bloquer StarRacer et signaler la conversation ensemble.
hotel-game-lobby-diego-maybe = En ligne, n’importe qui peut dire qu’il a 10 ans. On ne sait pas qui est vraiment StarRacer.
hotel-game-lobby-diego-mum = Je le dirai aussi à ta maman. Allez, on retourne jouer !

## Nia
hotel-game-lobby-nia-watch = Nia regarde ton écran sans rien dire. Elle est nouvelle ici et n’a pas encore joué.
hotel-game-lobby-nia-asks = C’est marrant ? Je ne connais encore personne ici.
hotel-game-lobby-choice-nia = Que réponds-tu à Nia ?
hotel-game-lobby-nia-ignore = Dire « Ouais, c’est marrant ! » et continuer à jouer.
hotel-game-lobby-nia-ignore-feedback = C’est ton tour, alors ça semble juste. Mais Nia voulait vraiment jouer. Un petit « Tu veux essayer ? » pourrait changer sa journée.
hotel-game-lobby-nia-ignore-nia = Nia se sent exclue. Elle est nouvelle et toute seule.
hotel-game-lobby-nia-show = Tourner la tablette pour qu’elle te voie jouer.
hotel-game-lobby-nia-show-feedback = La laisser regarder, c’est sympa. Mais elle aimerait peut-être jouer aussi. Tu pourrais lui demander.
hotel-game-lobby-nia-show-nia = Nia est contente d’être à côté de toi, mais elle aimerait bien jouer.
hotel-game-lobby-nia-invite = Dire : « On fait la course ? Chacun son tour ! »
hotel-game-lobby-nia-invite-feedback = Tu as vu que Nia se sentait exclue, et tu as agi. C’est ça, l’empathie en action.
hotel-game-lobby-nia-invite-nia = Nia se sent bienvenue. Quelqu’un l’a remarquée.
hotel-game-lobby-nia-invite-diego = Diego sourit. C’est pour ça que le mini-club existe.
hotel-game-lobby-nia-plays = Je suis avant-dernière ! Ça compte quand même, non ?

## The holiday photo
hotel-game-lobby-pool-photo-nia = Plus tard, Nia et toi prenez une photo rigolote à la piscine.
hotel-game-lobby-pool-photo = Plus tard, tu prends une super photo à la piscine.
hotel-game-lobby-hotel-sign = Derrière toi, la grande enseigne montre le nom de l’hôtel.
hotel-game-lobby-post-want = Tu veux la publier tout de suite, pour que tes copains à la maison la voient.
hotel-game-lobby-choice-post = Que fais-tu de la photo ?
hotel-game-lobby-post-now = La publier maintenant. Elle est trop bien !
hotel-game-lobby-post-now-feedback = Partager un moment heureux, ça fait plaisir. Mais l’enseigne montre à tous où tu es en ce moment. Tu peux la retirer et la publier à la maison.
hotel-game-lobby-post-now-mum = Maman s’inquiéterait que des inconnus puissent voir où tu es.
hotel-game-lobby-post-home = La garder et la publier une fois à la maison.
hotel-game-lobby-post-home-feedback = Bien vu ! À la maison, la photo montre un bon souvenir, pas l’endroit où tu es aujourd’hui.
hotel-game-lobby-post-home-mum = Maman serait fière que tu réfléchisses avant de publier.
hotel-game-lobby-post-ask-mum = La montrer d’abord à Maman et demander son avis.
hotel-game-lobby-post-ask-mum-feedback = Demander d’abord, c’est une bonne habitude. Maman peut voir ce qui t’a échappé, comme l’enseigne.
hotel-game-lobby-post-ask-mum-mum = Maman est contente que tu demandes. Elle adore la photo aussi.
hotel-game-lobby-post-nia = Demander à Nia si elle est d’accord pour être dessus.
hotel-game-lobby-post-nia-feedback = Nia est sur la photo, donc c’est aussi à elle de choisir. Demander d’abord montre que tu tiens à elle.
hotel-game-lobby-post-nia-nia = Nia se sent respectée. Tu as demandé avant de partager son visage.
hotel-game-lobby-mum-photo-tip = Je l’adore ! Publions-la à la maison, pour qu’elle ne montre pas où on est.
hotel-game-lobby-nia-later = Oui ! Mais attendons d’être à la maison. Comme ça, on ne verra pas où on est.

## Evening with Mum
hotel-game-lobby-evening = Ce soir-là, tu t’installes avec Maman sur le balcon de l’hôtel.
hotel-game-lobby-mum-proud = Diego m’a parlé de StarRacer. Lui en parler, c’était vraiment courageux.
hotel-game-lobby-mum-asks = Alors, c’était bien, le mini-club ?
hotel-game-lobby-choice-tell-mum = Que dis-tu à Maman ?
hotel-game-lobby-tell-all = Tout lui raconter sur StarRacer.
hotel-game-lobby-tell-all-feedback = Ça demande du courage. Maintenant, Maman peut aider, et tu ne gardes plus ça pour toi.
hotel-game-lobby-tell-all-mum = Maman est fière et touchée de ta confiance.
hotel-game-lobby-tell-pool = Parler juste de la piscine et du grand toboggan.
hotel-game-lobby-tell-pool-feedback = C’est chouette de parler de la piscine ! Mais Maman ne peut aider que pour ce qu’elle sait. Il n’est jamais trop tard pour lui dire.
hotel-game-lobby-tell-pool-mum = Maman aime ton récit, mais elle ne sait rien du jeu.
hotel-game-lobby-mum-gentle = Tu ne dis pas grand-chose ce soir. Tu peux tout me dire, tu sais.
hotel-game-lobby-you-tell = Alors tu lui parles de StarRacer. Ouf, un poids en moins.
hotel-game-lobby-mum-thanks = Merci de me l’avoir dit. Tu n’auras pas d’ennuis. On va signaler ce joueur ensemble.
hotel-game-lobby-mum-sees-post = Ta photo à la piscine est super ! Mais l’enseigne montre où on loge.
hotel-game-lobby-take-down = Ensemble, vous la retirez pour l’instant. Tu la publieras à la maison.

## Endings
hotel-game-lobby-end-friends = Le lendemain matin, Nia et toi faites la course en équipe. Diego vous encourage. Le jeu est amusant et sûr.
hotel-game-lobby-end-friends-reflect = Que pourrais-tu dire si un joueur sympa te demande où tu es ?
hotel-game-lobby-end-friends-nia = Nia est contente. Elle a quelqu’un avec qui jouer en vacances.
hotel-game-lobby-end-friends-mum = Maman est fière : tu as pris soin de toi et de Nia.
hotel-game-lobby-end-wave = Au petit-déjeuner, Nia te fait coucou. Diego dit qu’elle aimerait bien jouer aujourd’hui.
hotel-game-lobby-end-wave-reflect = Comment aider quelqu’un de nouveau à entrer dans un jeu ?
hotel-game-lobby-end-wave-nia = Nia se sent encore un peu exclue, mais elle espère jouer aujourd’hui.
hotel-game-lobby-end-wave-mum = Maman est contente d’être au courant pour le jeu. Tu peux toujours venir lui parler.

## For teachers
hotel-game-lobby-discuss-1 = En ligne, comment savoir si quelqu’un est vraiment un enfant ? Que faire en cas de doute ?
hotel-game-lobby-discuss-2 = Qu’est-ce qui, sur une photo, peut montrer où tu es ? Quand vaut-il mieux attendre avant de publier ?
hotel-game-lobby-discuss-3 = À quels adultes de confiance pourrais-tu en parler à la maison, à l’école ou en vacances ?
