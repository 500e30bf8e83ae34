secret-in-the-game-title = Un secret dans le jeu
secret-in-the-game-summary = Dans un jeu d’animaux, un joueur sympa que l’enfant n’a jamais rencontré envoie des cadeaux, puis demande une photo et dit « ne le dis pas à ton papi ». Les enfants s’entraînent à distinguer bons et mauvais secrets, à ne jamais envoyer de photo, et à en parler à un adulte de confiance, qui aide et ne se fâche pas.

secret-in-the-game-grandpa = Papi Ahmed
secret-in-the-game-marisol = Tata Marisol
secret-in-the-game-starpaws = StarPaws
secret-in-the-game-kofi = Kofi

secret-in-the-game-hook = Tu vis avec Papi Ahmed. Son anniversaire, c’est dimanche.
secret-in-the-game-cake-secret = Chut ! Le gâteau, c’est notre secret. C’est une surprise !
secret-in-the-game-cake-smile = Tu rigoles. Ce secret te fait sourire.
secret-in-the-game-game-time = Après l’école, tu joues à Animaville sur la tablette. Papi lit à côté.
secret-in-the-game-starpaws-hi = Salut ! Ton chaton est trop mignon ! Voilà un cadeau !
secret-in-the-game-gifts = Un bol en or apparaît. Puis un chapeau à étoiles !
secret-in-the-game-starpaws-friends = On est meilleurs amis maintenant, hein ?

secret-in-the-game-gift-prompt = Tu ne connais pas StarPaws en vrai. Que fais-tu, { $nickname } ?
secret-in-the-game-gift-yes = Écrire : « Oui ! Meilleurs amis ! »
secret-in-the-game-gift-yes-feedback = Les cadeaux, c’est chouette. Mais un meilleur ami, on le connaît. Tu peux prendre ton temps.
secret-in-the-game-gift-yes-starpaws = StarPaws a eu un oui très vite.
secret-in-the-game-gift-thanks = Écrire : « Merci ! Mais on se connaît à peine. »
secret-in-the-game-gift-thanks-feedback = Tu as répondu avec gentillesse et prudence. L’amitié, ça prend du temps.
secret-in-the-game-gift-thanks-starpaws = StarPaws espérait un oui rapide.
secret-in-the-game-gift-show = Montrer les jolis cadeaux à Papi.
secret-in-the-game-gift-show-feedback = Bonne idée ! Les adultes aiment savoir avec qui tu joues.
secret-in-the-game-gift-show-grandpa = Papi adore voir ton chaton avec son chapeau.
secret-in-the-game-grandpa-peek = Quel chapeau ! Si un truc te semble bizarre, dis-le-moi, OK ?

secret-in-the-game-ask-photo = Tu peux m’envoyer une photo de toi ? Juste ton visage !
secret-in-the-game-the-secret = C’est notre secret. Ne le dis pas à ton papi.
secret-in-the-game-tummy = Ton ventre fait tout bizarre. Ce n’est pas comme le secret du gâteau.

secret-in-the-game-photo-prompt = Que fais-tu, { $nickname } ?
secret-in-the-game-photo-send = Envoyer une photo. StarPaws était si sympa.
secret-in-the-game-photo-send-feedback = Tu voulais être sympa aussi. Mais tu n’as jamais à envoyer de photos. Le dire à Papi va aider.
secret-in-the-game-photo-send-grandpa = Papi ne le sait pas encore. Il est tout près pour aider.
secret-in-the-game-photo-no = Écrire : « Pas de photos ! » Puis garder le secret.
secret-in-the-game-photo-no-feedback = Bravo. Tu n’as jamais à envoyer de photos. Mais ce secret fait encore mal au ventre.
secret-in-the-game-photo-no-starpaws = StarPaws n’a pas eu de photo.
secret-in-the-game-photo-tell = Aller le dire à Papi tout de suite.
secret-in-the-game-photo-tell-feedback = C’est courageux ! Un secret qui fait mal, on a le droit de le dire.
secret-in-the-game-photo-tell-grandpa = Tu as parlé à Papi tout de suite.

secret-in-the-game-dinner = Au dîner, tu pousses ton riz dans l’assiette.
secret-in-the-game-grandpa-asks = Tu ne dis rien ce soir. Quelque chose ne va pas ?
secret-in-the-game-dinner-prompt = Que dis-tu, { $nickname } ?
secret-in-the-game-dinner-tell = Parler à Papi de StarPaws et du secret.
secret-in-the-game-dinner-tell-feedback = Le dire, c’était le choix fort. Maintenant, quelqu’un t’aide à porter ça.
secret-in-the-game-dinner-tell-grandpa = Tu as confié à Papi quelque chose de difficile.
secret-in-the-game-dinner-nothing = Dire : « Rien. C’est un secret. »
secret-in-the-game-dinner-nothing-feedback = StarPaws a dit de ne rien dire. Mais tu n’as jamais à garder un mauvais secret.
secret-in-the-game-dinner-nothing-grandpa = Papi voit que quelque chose te tracasse.

secret-in-the-game-bedtime = Au coucher, Papi s’assoit sur ton lit.
secret-in-the-game-good-secrets = Certains secrets sont amusants, comme une surprise. Ils finissent en sourires.
secret-in-the-game-bad-secrets = Mais un secret qui te fait mal au ventre ? Dis-le-moi toujours.
secret-in-the-game-bed-prompt = Que fais-tu, { $nickname } ?
secret-in-the-game-bed-tell = Respirer un grand coup. Tout raconter à Papi.
secret-in-the-game-bed-tell-feedback = Ça demande du courage. Maintenant, Papi peut t’aider.
secret-in-the-game-bed-tell-grandpa = Tu lui as dit, même si c’était dur.
secret-in-the-game-bed-wait = Dire « Bonne nuit » et se cacher sous la couette.
secret-in-the-game-bed-wait-feedback = Certaines choses sont dures à dire. Tu peux en parler à un adulte quand tu veux, même demain.
secret-in-the-game-bed-wait-grandpa = Papi espère que tu lui parleras bientôt.

secret-in-the-game-morning = Le matin, Tata Marisol vient faire le gâteau.
secret-in-the-game-marisol-notices = Un secret de gâteau, c’est chouette. Mais tu fais une drôle de tête. Ça va ?
secret-in-the-game-tell-marisol = Tu lui parles de StarPaws. Elle te fait un gros câlin.
secret-in-the-game-marisol-helps = Je suis si contente que tu me l’aies dit. Allons le dire à Papi ensemble.

secret-in-the-game-grandpa-thanks = Merci de me l’avoir dit. Je ne suis pas fâché du tout.
secret-in-the-game-not-in-trouble = Tu ne vas pas te faire gronder. StarPaws ne doit pas demander de photos.
secret-in-the-game-block = Papi appuie sur Bloquer et Signaler. Tu l’aides à trouver les boutons.
secret-in-the-game-block-done = Voilà ! StarPaws ne peut plus t’écrire. L’équipe du jeu va vérifier.

secret-in-the-game-party = Dimanche, Papi voit le gâteau. Surprise ! Il rit, il rit.
secret-in-the-game-kofi-says = Regarde ! StarPaws m’a aussi donné un bol en or !
secret-in-the-game-kofi-prompt = Ton cousin Kofi joue aussi à Animaville. Que fais-tu, { $nickname } ?
secret-in-the-game-kofi-tell = Parler de StarPaws à Kofi. Dire : « On va le dire à ta maman. »
secret-in-the-game-kofi-tell-feedback = Tu as pensé à Kofi et tu l’as aidé. C’est prendre soin de lui.
secret-in-the-game-kofi-tell-kofi = Kofi ne savait pas que StarPaws demande des secrets.
secret-in-the-game-kofi-tell-marisol = Tata Marisol voit que tu veilles sur son fils.
secret-in-the-game-kofi-laugh = Rire : « Ha ! StarPaws piège tout le monde ! »
secret-in-the-game-kofi-laugh-feedback = Ça peut sembler drôle. Mais tout le monde peut se faire piéger. Kofi n’a rien fait de mal. Tu peux encore l’aider.
secret-in-the-game-kofi-laugh-kofi = Kofi aimait le cadeau. Maintenant, il se sent bête.
secret-in-the-game-kofi-nothing = Ne rien dire. C’est la fête !
secret-in-the-game-kofi-nothing-feedback = Les fêtes, c’est super ! Mais Kofi ne sait pas ce que tu sais. Un petit mot peut l’aider.
secret-in-the-game-kofi-nothing-kofi = Kofi croit encore que StarPaws est un ami.
secret-in-the-game-kofi-blocks = Merci ! Kofi, on va bloquer StarPaws ensemble.
secret-in-the-game-grown-ups-talk = Plus tard, les adultes discutent. Tata Marisol aide Kofi à bloquer StarPaws, lui aussi.

secret-in-the-game-end-straight-away = Tu l’as dit à Papi tout de suite. Maintenant, Papi et toi jouez ensemble à Animaville. Quel anniversaire !
secret-in-the-game-end-straight-away-reflect = Quand un secret est-il bon ou mauvais ?
secret-in-the-game-end-straight-away-grandpa = Tu as su exactement quoi faire.
secret-in-the-game-end-not-in-trouble = Papi te serre fort dans ses bras. L’équipe du jeu va s’en occuper. Tu as bien fait de lui dire.
secret-in-the-game-end-not-in-trouble-reflect = À qui peux-tu le dire si quelqu’un te demande une photo ?
secret-in-the-game-end-not-in-trouble-grandpa = Papi sait quoi faire. Il est là avec toi.
secret-in-the-game-end-told = Le gâteau était un secret joyeux. Le mauvais secret est parti.
secret-in-the-game-end-told-reflect = Que ressens-tu dans le ventre avec un mauvais secret ? À qui peux-tu le dire ?
secret-in-the-game-end-told-grandpa = Papi a eu un gâteau surprise, et tu as confiance en lui.
secret-in-the-game-end-aunt-noticed = Tata Marisol a vu ton visage et elle est venue t’aider. La prochaine fois, tu pourras le dire tout de suite à un adulte.
secret-in-the-game-end-aunt-noticed-reflect = À quels adultes pourrais-tu parler si un secret te fait mal au ventre ?
secret-in-the-game-end-aunt-noticed-marisol = Tu as fini par lui dire. C’était courageux.

secret-in-the-game-discuss-1 = StarPaws a d’abord fait des cadeaux, puis a demandé une photo et un secret. Pourquoi quelqu’un en ligne serait-il très gentil avant de demander quelque chose ?
secret-in-the-game-discuss-2 = Quelle est la différence entre une surprise, comme le gâteau d’anniversaire, et un secret qui donne une drôle de sensation dans le ventre ? Peux-tu trouver un exemple de chaque ?
secret-in-the-game-discuss-3 = À quels adultes pourrais-tu parler si quelqu’un en ligne te demande une photo ou un secret ? Que dirais-tu, et qu’aimerais-tu qu’ils te répondent ?
