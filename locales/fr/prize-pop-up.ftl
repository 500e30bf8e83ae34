prize-pop-up-title = Tu as gagné un chiot ?
prize-pop-up-summary = Pendant que deux cousins jouent à un jeu de coloriage, une fenêtre qui brille dit qu’ils ont gagné un chiot en peluche et demande leur nom, leur adresse et leur école. Les enfants s’entraînent à repérer les pubs déguisées en cadeaux, à garder leurs informations personnelles pour eux et à demander à un adulte.

## Personnages
prize-pop-up-hana = Hana
prize-pop-up-grandma-mei = Mamie Mei

## Début
prize-pop-up-hook = Il pleut chez Mamie Mei. Ta cousine Hana et toi jouez à un jeu de coloriage.
prize-pop-up-hook-hana = J’ai fait le chat en rose ! À toi de choisir une couleur.
prize-pop-up-popup = Pop ! Une fenêtre qui brille apparaît. Des étoiles tournent autour.
prize-pop-up-popup-says = Elle dit : « Tu as gagné un chiot en peluche ! Écris ton nom, ton adresse et ton école. »
prize-pop-up-hana-wants = Un chiot ! Laisse-moi écrire ! Je connais notre rue !

## La fenêtre
prize-pop-up-popup-prompt = Que fais-tu, { $nickname } ?
prize-pop-up-let-hana = Laisser Hana écrire. Un chiot, ce serait génial !
prize-pop-up-let-hana-feedback = On aurait dit un vrai cadeau. Mais ton nom et ton adresse, c’est privé. Le dire à Mamie peut aider.
prize-pop-up-let-hana-hana = Elle croit qu’un chiot va bientôt arriver.
prize-pop-up-ask-grandma = Dire : « Attends ! On demande d’abord à Mamie. »
prize-pop-up-ask-grandma-feedback = Tu as attendu, puis demandé. Un adulte sait reconnaître un vrai cadeau d’un piège.
prize-pop-up-ask-grandma-hana = Elle voulait écrire vite. Maintenant, elle attend.
prize-pop-up-ask-grandma-grandma = Tu lui as demandé avant d’écrire quoi que ce soit.
prize-pop-up-close-it = Fermer la fenêtre avec le X.
prize-pop-up-close-it-feedback = Bien vu ! Un vrai cadeau ne demande pas où tu habites. Ensuite, le dire à Mamie, c’est une bonne idée.
prize-pop-up-close-it-hana = Elle avait très envie de ce chiot.

## Hana a écrit
prize-pop-up-more-box = Hana écrit vos noms et votre rue. Aucun chiot n’arrive.
prize-pop-up-more-box-says = Puis la fenêtre dit : « Maintenant, écris un numéro de téléphone ! Vite ! »
prize-pop-up-more-prompt = La fenêtre demande encore. Et maintenant, { $nickname } ?
prize-pop-up-tell-now = Courir le dire à Mamie Mei.
prize-pop-up-tell-now-feedback = C’était courageux ! Le dire, c’est la meilleure aide, même après avoir écrit.
prize-pop-up-tell-now-grandma = Elle est contente que tu viennes. Elle sait comment aider.
prize-pop-up-type-more = Écrire le numéro. Le chiot doit être tout près !
prize-pop-up-type-more-feedback = La fenêtre demande toujours plus. C’est un indice : c’est un piège, pas un cadeau. Mamie peut aider.
prize-pop-up-type-more-hana = Pas de chiot. Juste encore des questions.
prize-pop-up-close-quiet = Fermer la fenêtre. Ne rien dire.
prize-pop-up-close-quiet-feedback = La fermer, c’était malin. Mais vos noms sont partis dans la fenêtre. Mamie peut aider pour ça.
prize-pop-up-close-quiet-hana = Elle a écrit vos noms. Maintenant, elle se demande si c’était bien.

## La fenêtre revient
prize-pop-up-box-again = Tu fermes la fenêtre. Mais pop ! Elle revient.
prize-pop-up-box-again-says = Elle dit : « Dernière chance ! Vite, ton chiot ! »
prize-pop-up-hana-quick = Vite ! Avant que le chiot parte !
prize-pop-up-again-prompt = Hana est pressée. Que fais-tu ?
prize-pop-up-close-tell = La refermer. Puis aller le dire à Mamie.
prize-pop-up-close-tell-feedback = « Dernière chance », c’est un piège pour te presser. Tu as pris ton temps et demandé de l’aide.
prize-pop-up-close-tell-grandma = Tu lui as parlé de la fenêtre tout de suite.
prize-pop-up-close-tell-hana = Mamie saura quoi faire.
prize-pop-up-let-tap = Laisser Hana appuyer. Juste cette fois.
prize-pop-up-let-tap-feedback = Hana était pressée. Mais la fenêtre voulait vos noms et votre adresse. Mamie peut aider.
prize-pop-up-let-tap-hana = Elle a écrit vos noms, mais aucun chiot n’est venu.
prize-pop-up-switch-off = Éteindre la tablette. Jouer aux cubes.
prize-pop-up-switch-off-feedback = Vos noms sont restés secrets. Parler de la fenêtre à Mamie aiderait aussi.
prize-pop-up-switch-off-hana = Elle pense encore au chiot.

## Mamie trouve la fenêtre
prize-pop-up-grandma-sees = Plus tard, Mamie Mei prend la tablette. Pop ! La fenêtre du chiot est revenue.
prize-pop-up-grandma-asks = Oh ! Vous avez vu cette fenêtre ?
prize-pop-up-open-prompt = Que dis-tu, { $nickname } ?
prize-pop-up-tell-all = Tout raconter à Mamie.
prize-pop-up-tell-all-feedback = Le dire à un adulte, c’est fort. Se faire piéger, ce n’est pas une faute.
prize-pop-up-tell-all-grandma = Elle sait, alors elle peut aider.
prize-pop-up-shrug = Hausser les épaules : « Je sais pas. »
prize-pop-up-shrug-feedback = Parfois, c’est dur de le dire. Mais Mamie n’est pas fâchée. Elle veut juste aider.
prize-pop-up-shrug-grandma = Elle sent que quelque chose ne va pas.
prize-pop-up-hana-blurts-typed = J’ai écrit nos noms ! Pour un chiot !
prize-pop-up-hana-blurts = Ça dit qu’on a gagné un chiot !
prize-pop-up-grandma-kind = Merci, Hana. Personne n’est grondé. Regardons ça.

## Mamie aide
prize-pop-up-grandma-comes = Merci de me l’avoir dit. Regardons ça.
prize-pop-up-grandma-explains = C’est une pub. On dirait un cadeau, mais c’est un piège. Elle veut savoir qui tu es.
prize-pop-up-grandma-private = Ton nom en entier, ton adresse et ton école, c’est privé. C’est juste pour les gens qu’on connaît.

## Qu’est-ce qui est privé ?
prize-pop-up-private-prompt = Mamie demande : « Qu’est-ce qu’on peut dire à un jeu ? »
prize-pop-up-colour = Ma couleur préférée.
prize-pop-up-colour-feedback = Oui ! Une couleur, c’est amusant à partager. Ça ne dit pas qui tu es.
prize-pop-up-colour-grandma = Tu sais ce qui se partage sans danger.
prize-pop-up-school = Le nom de mon école.
prize-pop-up-school-feedback = Beaucoup d’enfants le pensent. Mais ton école dit où tu es chaque jour. Garde-la pour toi.
prize-pop-up-school-grandma = Elle est contente de t’aider à l’apprendre.
prize-pop-up-full-name = Mon prénom et mon nom.
prize-pop-up-full-name-feedback = Ton nom en entier est privé aussi. Dans les jeux, tu peux prendre un pseudo rigolo.
prize-pop-up-full-name-grandma = Elle est contente de t’aider à l’apprendre.

## Hana
prize-pop-up-hana-sad = Alors, pas de chiot ?
prize-pop-up-hana-prompt = Hana a l’air triste. Que dis-tu, { $nickname } ?
prize-pop-up-both-tricked = « Moi aussi, je me suis fait avoir. On dessine notre chiot ? »
prize-pop-up-both-tricked-feedback = Tu as vu que Hana était triste. Maintenant, elle ne se sent plus seule.
prize-pop-up-both-tricked-hana = Elle va faire un chiot avec toi.
prize-pop-up-baby = « C’était faux ! T’es vraiment un bébé. »
prize-pop-up-baby-feedback = Hana s’est fait avoir. Ça arrive à tout le monde. Dire pardon peut aider.
prize-pop-up-baby-hana = Elle a cru la fenêtre, et maintenant tu te moques d’elle.
prize-pop-up-hug = Faire un câlin à Hana. Dire : « Plein de gens se font piéger. »
prize-pop-up-hug-feedback = Les mots gentils aident. Tout le monde peut être piégé, même les adultes.
prize-pop-up-hug-hana = Elle n’est pas la seule à s’être fait piéger.
prize-pop-up-say-sorry = Alors, tu dis pardon à Hana. Elle te fait un petit sourire.

## Fins
prize-pop-up-end-puppy-picture = Hana et toi coloriez un grand chiot. Mamie l’accroche sur le frigo. Pas besoin de fenêtre !
prize-pop-up-end-puppy-picture-reflect = Un jeu te demande ton nom ou ton adresse. Que peux-tu faire ?
prize-pop-up-end-puppy-picture-hana = Elle a un chiot quand même, sur papier !
prize-pop-up-end-puppy-picture-grandma = Vos noms et votre adresse sont restés privés.
prize-pop-up-end-grandma-helps = Mamie Mei prévient la famille. Elle règle la tablette pour avoir moins de fenêtres. Maintenant, tu connais le piège !
prize-pop-up-end-grandma-helps-reflect = Qui peux-tu prévenir si tu écris quelque chose par erreur ?
prize-pop-up-end-grandma-helps-hana = Un adulte s’en occupe.
prize-pop-up-end-grandma-helps-grandma = Tu lui as dit, alors elle a pu aider.
prize-pop-up-end-next-time = Mamie Mei répare la tablette. Elle vous fait un gros câlin. La prochaine fois, tu pourras lui dire tout de suite.
prize-pop-up-end-next-time-reflect = Pourquoi c’est bien de le dire tout de suite à un adulte ?
prize-pop-up-end-next-time-grandma = Elle n’est pas fâchée. Elle veut juste savoir.
prize-pop-up-end-next-time-hana = Mamie a aidé, et personne n’a été grondé.

## Pour les enseignants
prize-pop-up-discuss-1 = La fenêtre disait « Tu as gagné ! » et « Dernière chance ! ». Quels indices montrent qu’un cadeau est peut-être une pub ou un piège ?
prize-pop-up-discuss-2 = Quelles informations sur toi sont privées (nom complet, adresse, école, numéro de téléphone), et lesquelles peut-on partager dans un jeu (une couleur préférée, un pseudo) ?
prize-pop-up-discuss-3 = Hana était triste et se sentait un peu bête après le piège. Comment aider quelqu’un qui s’est fait piéger en ligne ? À quels adultes pourrais-tu le dire ?
