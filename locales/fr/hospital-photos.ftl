hospital-photos-title = Une photo à l’hôpital
hospital-photos-summary = Une photo d’Amara dans son lit d’hôpital circule dans le groupe de la classe avec des moqueries, et l’enfant décide comment aider.

hospital-photos-amara = Amara
hospital-photos-kenji = Kenji
hospital-photos-mateo = Mateo
hospital-photos-priya = Priya
hospital-photos-ms-okafor = Mme Okafor

hospital-photos-hook = C’est samedi. Tu fais tes devoirs avec Priya. Amara, de ta classe, est à l’hôpital cette semaine.
hospital-photos-kenji-visits = Kenji est allé la voir aujourd’hui. Puis le groupe de classe vibre.
hospital-photos-kenji-posts = Je suis allé voir Amara ! La voilà 😄
hospital-photos-the-photo = C’est une photo d’Amara endormie dans son lit d’hôpital, les cheveux en bataille.
hospital-photos-mateo-joke = Haha, la Belle au bois dormant ! 😴😂
hospital-photos-more-laughs = D’autres émojis qui rigolent apparaissent. Plein de gens regardent.

hospital-photos-first-look = Tu regardes la photo, { $nickname }. Que fais-tu ?
hospital-photos-forward = L’envoyer à ton cousin. Elle est plutôt drôle.
hospital-photos-forward-feedback = Ça ressemblait à une petite blague. Mais la photo est maintenant dans un autre groupe. Demander à ton cousin de la supprimer, ça aide.
hospital-photos-forward-amara = Des gens qu’elle ne connaît pas peuvent la voir au lit.
hospital-photos-sticker = Ajouter un sticker qui dort. Tout le monde s’y met.
hospital-photos-sticker-feedback = Un sticker, ça semble minuscule. Mais chacun dit à Amara qu’une personne de plus a ri. Un mot gentil ensuite peut aider.
hospital-photos-sticker-amara = Plein de gens ont ri d’elle pendant une semaine difficile.
hospital-photos-sticker-mateo = Il croit que tout le monde aime sa blague.
hospital-photos-imagine = Faire une pause et se mettre à la place d’Amara.
hospital-photos-imagine-feedback = Tu as pensé à ce que vit Amara. Être à l’hôpital, c’est déjà dur sans qu’on rie de toi.
hospital-photos-imagine-amara = Amara ne le sait pas encore. Mais tu penses déjà à elle.
hospital-photos-ask-ok = Demander : « Amara a dit qu’on pouvait publier ça ? »
hospital-photos-ask-ok-feedback = Bonne question ! La photo de quelqu’un est un peu à lui aussi, alors on demande avant de partager.
hospital-photos-ask-ok-kenji = Il n’a pas pensé à lui demander.
hospital-photos-ask-ok-priya = Elle se posait la même question.

hospital-photos-cousin-replies = Ton cousin répond : « Haha, c’est qui ? Je peux l’envoyer à mes copains ? »
hospital-photos-cousin-choice = La photo pourrait aller encore plus loin. Qu’écris-tu ?
hospital-photos-cousin-delete = « Non, supprime-la s’il te plaît. Elle n’a pas dit oui. »
hospital-photos-cousin-delete-feedback = Bien rattrapé ! On ne peut pas annuler l’envoi d’une photo, mais on peut demander de la supprimer.
hospital-photos-cousin-delete-amara = La vie privée d’Amara est protégée. Moins de gens verront une photo qu’elle n’a jamais acceptée.
hospital-photos-cousin-share = « Vas-y, envoie-la. Elle est drôle. »
hospital-photos-cousin-share-feedback = Plus une photo est partagée, plus c’est dur de la récupérer. Il n’est jamais trop tard pour demander de la supprimer.
hospital-photos-cousin-share-amara = Maintenant, des inconnus rient d’elle.

hospital-photos-amara-online = Puis Amara se connecte. Elle lit toute la conversation.
hospital-photos-amara-oh = oh.

hospital-photos-after-oh = Amara a juste écrit « oh. » Que fais-tu, { $nickname } ?
hospital-photos-ask-public = Écrire : « Kenji, tu peux la supprimer ? Amara n’a pas dit oui. »
hospital-photos-ask-public-feedback = Tu as défendu Amara sans blesser personne. Ça demande du courage.
hospital-photos-ask-public-amara = Quelqu’un a remarqué son « oh » et a réagi.
hospital-photos-ask-public-kenji = Il ne voulait pas lui faire de peine, et maintenant il le voit.
hospital-photos-ask-public-priya = Elle écrit : « Oui, supprime-la s’il te plaît. »
hospital-photos-ask-private = Écrire à Kenji en privé : « Je crois qu’Amara est triste. Tu peux la supprimer ? »
hospital-photos-ask-private-feedback = Un message privé permet à Kenji d’arranger ça sans être montré du doigt devant tout le monde.
hospital-photos-ask-private-kenji = C’est plus facile d’écouter quand personne ne regarde.
hospital-photos-just-joke = Écrire : « Relax Amara, c’est juste une blague ! 😂 »
hospital-photos-just-joke-feedback = Tu voulais détendre l’ambiance. Mais « c’est juste une blague » peut faire croire que les sentiments ne comptent pas. Demander de supprimer la photo aide.
hospital-photos-just-joke-amara = On a balayé ce qu’elle ressent devant tout le monde.
hospital-photos-just-joke-mateo = Il croit que tu es de son côté.
hospital-photos-say-nothing = Ne rien dire. Ça va passer.
hospital-photos-say-nothing-feedback = Se taire peut sembler plus sûr. Mais le silence peut faire croire que tout le monde est d’accord. Même une seule voix gentille aide.
hospital-photos-say-nothing-amara = Elle voit plein de rires et personne pour dire stop.

hospital-photos-kenji-sorry = Pardon, Amara ! Je voulais juste montrer que tu vas bien. Je l’ai supprimée.
hospital-photos-photo-stays = La photo reste dans le groupe. Deux autres émojis qui rigolent apparaissent.
hospital-photos-amara-quiet = Amara n’écrit plus rien. Elle s’est tue.

hospital-photos-reach-out = Comment aller vers Amara, { $nickname } ?
hospital-photos-private-message = Écrire à Amara en privé : « Pardon pour la photo. Tu nous manques ! 💛 »
hospital-photos-private-message-feedback = Tu as montré que tu tiens à elle. Un message privé dit « je suis avec toi » sans public.
hospital-photos-private-message-amara = Quelqu’un pense à elle, sans rire d’elle.
hospital-photos-group-get-well = Écrire « Guéris vite, Amara ! » dans le groupe de la classe.
hospital-photos-group-get-well-feedback = Des mots gentils ! Mais dans le groupe, ils sont juste sous les blagues. Un message privé peut sembler plus sûr.
hospital-photos-group-get-well-amara = Amara se sent un peu mieux. Mais elle voit encore les blagues au-dessus.
hospital-photos-screenshots = Envoyer à Amara des captures des blagues, pour qu’elle sache qui a ri.
hospital-photos-screenshots-feedback = Tu voulais qu’elle sache. Mais relire chaque blague fait mal, et les captures font plus de copies. Un message gentil aide mieux.
hospital-photos-screenshots-amara = Elle relit chaque blague, une par une.

hospital-photos-amara-thanks = Merci. Je m’ennuie ici, et ça m’a fait sourire. 💛
hospital-photos-no-reply = Amara ne répond pas. Elle se repose peut-être.
hospital-photos-uneasy = Mais plein de gens ont vu cette photo. Certains l’ont peut-être gardée.

hospital-photos-grown-up = C’est trop gros pour régler ça sans aide. Que fais-tu ?
hospital-photos-tell-teacher = Raconter à Mme Okafor, ta maîtresse, ce qui s’est passé.
hospital-photos-tell-teacher-feedback = En parler à un adulte, ce n’est pas attirer des ennuis aux autres. C’est trouver de l’aide pour Amara.
hospital-photos-tell-teacher-okafor = Tu lui as fait confiance, et maintenant elle peut aider.
hospital-photos-tell-parent = En parler ce soir à un adulte à la maison, et lui montrer le groupe.
hospital-photos-tell-parent-feedback = C’est courageux et malin. On t’écoute, puis on t’aide à écrire à Mme Okafor.
hospital-photos-tell-parent-okafor = Maintenant elle sait, et elle a un plan.
hospital-photos-ask-amara = D’abord demander à Amara : « Je peux le dire à Mme Okafor ? »
hospital-photos-ask-amara-feedback = Tu as demandé avant de parler de ce qui la touche. C’est du respect, et ça apporte de l’aide aussi.
hospital-photos-ask-amara-amara = Elle a son mot à dire sur la suite.
hospital-photos-keep-quiet = Garder ça pour toi. Le dire, ce serait cafter.
hospital-photos-keep-quiet-feedback = Beaucoup de gens ont peur de ça. Mais le dire pour aider quelqu’un, c’est prendre soin, pas cafter. Tu peux encore en parler à un adulte demain.
hospital-photos-keep-quiet-amara = Elle ne sait pas où cette photo est partie.

hospital-photos-amara-says-yes = Oui, s’il te plaît. Je ne veux pas que ça arrive à quelqu’un d’autre.
hospital-photos-teacher-steps-in = La photo d’une personne est à elle aussi. Demandons d’abord, et supprimons celle-ci ensemble.

hospital-photos-end-cared-for = La photo a disparu, et Mme Okafor vérifie que personne n’en a gardé de copie. La classe fait une carte géante « Guéris vite » pour Amara.
hospital-photos-end-cared-for-reflect = Que voudrais-tu que tes amis fassent si une photo de toi était partagée ?
hospital-photos-end-cared-for-amara = Elle sait que sa classe tient à elle.
hospital-photos-end-cared-for-kenji = Il a réparé son erreur, et la prochaine fois, il demandera d’abord.
hospital-photos-end-grown-up-helps = Tout le monde supprime la photo. Kenji s’excuse, et Mateo envoie à Amara un message « Guéris vite ».
hospital-photos-end-grown-up-helps-reflect = À quels adultes pourrais-tu en parler si la photo d’un ami était partagée ?
hospital-photos-end-grown-up-helps-amara = Un adulte a aidé, et la photo a disparu.
hospital-photos-end-grown-up-helps-mateo = Il n’avait pas pensé à ce que ressentait Amara. Maintenant, si.
hospital-photos-end-still-wondering = Amara revient à l’école. Elle sourit, mais elle se demande encore qui a vu cette photo.
hospital-photos-end-still-wondering-reflect = Si tu pouvais revenir en arrière, que ferais-tu pour qu’Amara n’ait pas à se poser la question ?
hospital-photos-end-still-wondering-amara = C’est dur de ne pas savoir où une photo est partie.
hospital-photos-end-still-wondering-priya = Vous gardez une place à Amara à la cantine.

hospital-photos-discuss-1 = Pourquoi quelqu’un pourrait-il ne pas vouloir qu’on partage une photo de lui à l’hôpital, même gentille ?
hospital-photos-discuss-2 = Kenji ne voulait pas faire de peine à Amara. Qu’aurait-il pu faire avant de publier ?
hospital-photos-discuss-3 = Est-ce qu’on a déjà partagé une photo de toi sans te demander ? Qu’as-tu ressenti, et qui a pu t’aider ?
