school-message-title = Un message de l’école ?
school-message-summary = Un message qui semble venir de l’école dit : « Ton compte sera fermé aujourd’hui ! Connecte-toi ici. » Un camarade a déjà tapé son mot de passe et se sent bête. Les enfants s’entraînent à repérer les signes de l’hameçonnage, à soutenir quelqu’un qui s’est fait piéger, à changer un mot de passe sans risque avec un adulte et à prévenir les autres grâce à un enseignant.

## Personnages
school-message-ibrahim = Ibrahim
school-message-chloe = Chloé
school-message-mum = Maman

## Début
school-message-hook = C’est dimanche soir. Tu finis tes devoirs sur l’ordinateur de la famille. Maman est à table aussi, elle paie des factures.
school-message-new-message = Un nouveau message apparaît. Il a le logo de l’école, et il dit venir du « Secrétariat de l’éco1e ».
school-message-message-text = Il dit : « URGENT!!! Ton conte sera fermé AUJOURD’HUI. Connecte-toi isi maintenant pour le garder : ec0le-connex1on.zz »
school-message-heart-beats = Ton cœur bat vite. Tous tes devoirs sont sur ce compte !

## Le message
school-message-first-prompt = Que fais-tu, { $nickname } ?
school-message-log-in = Cliquer sur le lien et te connecter vite. Tu as besoin de ce compte !
school-message-log-in-feedback = Le message était fait pour avoir l’air vrai et te presser. Plein de gens cliquent. Changer vite ton mot de passe arrange ça.
school-message-log-in-mum = Elle te voit taper vite, le visage tendu.
school-message-look-closely = T’arrêter. Le relire, lentement.
school-message-look-closely-feedback = Ralentir, c’est plus fort qu’un piège. Te presser, c’est justement ce que veut le message.
school-message-look-closely-mum = Elle te voit t’arrêter et réfléchir avant de cliquer.
school-message-ask-mum = Montrer à Maman : « C’est vrai ? »
school-message-ask-mum-feedback = Demander avant de cliquer, c’est malin. À deux, on voit plus de choses.
school-message-ask-mum-mum = Tu lui as demandé avant de cliquer sur quoi que ce soit.
school-message-forward = L’envoyer dans le groupe de la classe : « Vous l’avez tous reçu ? »
school-message-forward-feedback = Tu voulais prévenir les autres. Mais le lien piège est sous les yeux de toute la classe. Un message d’alerte sans le lien, c’est plus sûr.
school-message-forward-chloe = Elle a failli cliquer sur le lien dans ton message.

## Après le premier choix
school-message-typed-page = Une page s’ouvre, qui ressemble à celle de l’école. Tu tapes ton nom et ton mot de passe. Puis la page devient blanche.
school-message-mum-puzzled = Drôle de tête ! Qu’est-ce qui s’est passé ?
school-message-mum-not-your-fault = Merci de me le dire. Ces pièges trompent aussi plein d’adultes. Regardons ça ensemble.
school-message-chloe-replies = C’est vrai ?? J’ai failli cliquer ! Ma mère dit qu’il ne faut pas.
school-message-mum-looks = Fais voir. Regardons ça ensemble.
school-message-mum-signs = Tu vois les indices ? Il veut te presser. Le lien n’est pas le site de l’école. Et « conte » et « isi » sont mal écrits.
school-message-mum-phishing = L’école ne demande jamais de mot de passe par message. Ce piège s’appelle l’hameçonnage : on pêche des mots de passe.
school-message-change-own = Tu tapes toi-même l’adresse du vrai site de l’école. Avec Maman, tu te connectes et tu changes ton mot de passe. C’est fait !
school-message-fix-forward = Tu supprimes ton message et tu écris : « Ne cliquez pas sur ce lien, c’est un piège ! » Chloé envoie un pouce levé.

## Ibrahim
school-message-ibrahim-buzz = Puis ton téléphone vibre. C’est Ibrahim, de ta classe.
school-message-ibrahim-says = J’ai eu ce message de l’école et je me suis connecté. Chloé dit que c’est faux. Je me sens trop bête. Le dis à personne, stp.
school-message-you-too = Tu sais exactement ce qu’il ressent. Ça t’est arrivé il y a une heure.
school-message-ibrahim-prompt = Que lui réponds-tu, { $nickname } ?
school-message-laugh = « Haha, comment t’as pu croire ça ? »
school-message-laugh-feedback = C’était pour rire. Mais Ibrahim se sent déjà mal, et ces pièges trompent plein de gens. Un mot gentil aide.
school-message-laugh-ibrahim = Il se sentait déjà mal. Maintenant, on se moque de lui en plus.
school-message-kind = « C’est pas ta faute. Ce message était fait pour piéger les gens. »
school-message-kind-feedback = Personne ne devrait avoir honte de s’être fait piéger. Tu as accusé le piège, pas Ibrahim.
school-message-kind-ibrahim = C’était la faute du piège, pas la sienne. Il respire enfin.
school-message-forget-it = « T’inquiète. Oublie ça. »
school-message-forget-it-feedback = Tu voulais lui remonter le moral. Mais le piège connaît son mot de passe maintenant. Le changer vite protège son compte.
school-message-forget-it-ibrahim = Pour l’instant, ça va mieux. Mais son mot de passe traîne toujours quelque part.
school-message-name-him = Écrire dans le groupe de la classe : « Ibrahim s’est fait avoir ! Faites pas comme lui. »
school-message-name-him-feedback = Prévenir la classe, c’est une bonne idée. Mais nommer Ibrahim le met mal à l’aise devant tous. Une alerte sans nom marche mieux.
school-message-name-him-ibrahim = Toute la classe est au courant, alors qu’il t’avait demandé de ne rien dire.
school-message-name-him-chloe = Elle ne pensait pas qu’Ibrahim serait nommé devant tout le monde.
school-message-ibrahim-quiet = Ibrahim ne répond pas pendant longtemps. Puis un petit message arrive.
school-message-ibrahim-ok = ok. je fais quoi ?
school-message-ibrahim-thanks = Merci. Ça m’aide. Alors, je fais quoi ?

## Réparer
school-message-fix-prompt = Que conseilles-tu à Ibrahim, { $nickname } ?
school-message-change-with-adult = « Change ton mot de passe ce soir avec ton père. Sur le vrai site de l’école. »
school-message-change-with-adult-feedback = C’est la solution. Avec un nouveau mot de passe, l’ancien que le piège a vu ne marche plus.
school-message-change-with-adult-ibrahim = Il a un plan, et son père va l’aider.
school-message-through-link = « Retourne sur le lien et change ton mot de passe là-bas. »
school-message-through-link-feedback = Ce lien mène à la page piège, donc le nouveau mot de passe irait là aussi. Taper toi-même l’adresse du vrai site est plus sûr.
school-message-through-link-ibrahim = Il a failli donner aussi son nouveau mot de passe au piège.
school-message-wait-see = « Attends de voir s’il se passe un truc bizarre. »
school-message-wait-see-feedback = Attendre semble plus simple. Mais plus vite le mot de passe change, plus le compte est protégé. Il n’est pas trop tard.
school-message-wait-see-ibrahim = Il se demande sans arrêt qui a son mot de passe.
school-message-ibrahim-fixed = C’est fait ! Mon père m’a aidé. Mon ancien mot de passe ne sert plus à personne.
school-message-dad-stops = Mon père a vu la page et m’a arrêté. C’était encore la page piège ! On est allés sur le vrai site de l’école. C’est fait.
school-message-mum-suggests = C’est plus sûr de le changer ce soir. Tu veux que j’appelle son père ?
school-message-mum-calls = Maman appelle le père d’Ibrahim. Le soir même, ils changent son mot de passe ensemble.

## Qui d’autre doit savoir ?
school-message-school-tomorrow = Le lendemain matin, tu prépares ton sac. D’autres enfants ont peut-être reçu le message aussi.
school-message-tell-prompt = Que fais-tu, { $nickname } ?
school-message-tell-teacher = Parler du message à ta maîtresse, pour qu’elle prévienne la classe.
school-message-tell-teacher-feedback = Le dire protège toute la classe. Tu dénonces le piège, pas Ibrahim.
school-message-tell-teacher-ibrahim = Tu parles du message, pas de lui.
school-message-check-site = Regarder d’abord le vrai site de l’école. Puis en parler à ta maîtresse.
school-message-check-site-feedback = Beau travail de détective ! Le vrai site dit : « Nous ne demandons jamais de mot de passe par message. » Tu peux le montrer à ta maîtresse.
school-message-check-site-mum = Tu as vérifié toi-même à la vraie source.
school-message-keep-secret = Ne rien dire à personne. Ibrahim te l’a demandé.
school-message-keep-secret-feedback = Tu voulais tenir ta promesse. Mais d’autres enfants pourraient se faire piéger. Tu peux prévenir la maîtresse sans dire qui a tapé son mot de passe.
school-message-keep-secret-ibrahim = Son secret est bien gardé avec toi.
school-message-keep-secret-chloe = Elle ne sait toujours pas à quels messages se fier.

## Fins
school-message-end-class-safe = Ta maîtresse prévient toute la classe du faux message, sans donner de noms. Ibrahim croise ton regard et sourit.
school-message-end-class-safe-reflect = Comment aider un ami qui s’est fait piéger en ligne, sans qu’il se sente bête ?
school-message-end-class-safe-ibrahim = Il a tout réparé, et tu l’as soutenu.
school-message-end-class-safe-chloe = Maintenant, elle connaît les indices d’un faux message.
school-message-end-teacher-helps = Ta maîtresse prévient la classe, sans donner de noms. À la récré, tu t’excuses auprès d’Ibrahim. Il hoche la tête : « Merci de m’avoir aidé à réparer. »
school-message-end-teacher-helps-reflect = Que pourrais-tu dire à un ami qui se sent bête de s’être fait piéger ?
school-message-end-teacher-helps-ibrahim = Les excuses l’ont aidé. Son compte est de nouveau protégé.
school-message-end-two-more = À l’école, deux autres enfants disent avoir tapé leur mot de passe sur la page piège. Ta maîtresse prévient tout le monde, et tous changent leur mot de passe.
school-message-end-two-more-reflect = Comment faire pour que moins de gens soient piégés ?
school-message-end-two-more-chloe = Elle se demande ce qui pourrait encore être faux.
school-message-end-two-more-ibrahim = Son mot de passe est protégé. La maîtresse aide aussi les autres.

## Pour les enseignants
school-message-discuss-1 = Le message était pressé, avait un lien bizarre et des fautes d’orthographe. Quels autres indices peuvent montrer qu’un message est un piège ? Où peut-on vérifier s’il est vrai ?
school-message-discuss-2 = Ibrahim se sentait bête de s’être fait piéger et a demandé à son ami de ne rien dire. Pourquoi a-t-on honte après un piège, et comment les aider à oser demander de l’aide ?
school-message-discuss-3 = Quels adultes pourraient t’aider à changer un mot de passe sans risque ? Pourquoi vaut-il mieux taper soi-même l’adresse d’un site que cliquer sur le lien d’un message ?
