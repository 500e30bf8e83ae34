photo-without-asking-title = Une photo rigolote au pique-nique
photo-without-asking-summary = À un pique-nique d’anniversaire, l’enfant prend une photo rigolote d’une amie pleine de gâteau et veut l’envoyer dans le groupe de classe. Les enfants s’entraînent à demander d’abord, à accepter un « non », et à comprendre que ce qu’on envoie peut rester et voyager.

## Characters
photo-without-asking-freya = Freya
photo-without-asking-sofia = Sofia
photo-without-asking-jamal = Jamal
photo-without-asking-mum = Maman

## Hook and turn
photo-without-asking-hook = C’est le pique-nique d’anniversaire de Sofia, au parc. Il y a un gros gâteau !
photo-without-asking-freya-bite = Freya prend une énorme bouchée. Elle a du gâteau plein la figure !
photo-without-asking-freya-laughs = Miam ! Trop bon, ce gâteau !
photo-without-asking-snap = Maman te prête son téléphone pour les photos. Clic ! Tu en as une rigolote.
photo-without-asking-jamal-says = Ha ha ! Envoie-la au groupe de classe !

## Decision 1
photo-without-asking-first-prompt = La photo est trop drôle. Que fais-tu, { $nickname } ?
photo-without-asking-send-now = L’envoyer vite au groupe de classe.
photo-without-asking-send-now-feedback = Ça ressemblait à une blague rigolote. Mais Freya n’a pas dit oui. Maman peut t’aider à réparer ça.
photo-without-asking-send-now-freya = Son visage plein de gâteau est dans le groupe.
photo-without-asking-send-now-jamal = Il trouve que c’est une super blague.
photo-without-asking-ask-freya = Demander à Freya : « Je peux l’envoyer à la classe ? »
photo-without-asking-ask-freya-feedback = Tu as demandé d’abord. C’est son visage, alors c’est elle qui choisit.
photo-without-asking-ask-freya-freya = Elle peut choisir pour son propre visage.
photo-without-asking-ask-mum = La montrer d’abord à Maman. Lui demander si c’est OK.
photo-without-asking-ask-mum-feedback = Demander à un adulte, c’est malin. Maman peut t’aider à réfléchir.
photo-without-asking-ask-mum-mum = Tu lui as demandé avant d’envoyer.

photo-without-asking-mum-says-ask = Bonne idée de demander. C’est le visage de Freya. Demandons-lui.
photo-without-asking-freya-answers = Non ! S’il te plaît, non. J’ai la figure toute sale.

## Decision 2 (asked first)
photo-without-asking-no-prompt = Freya a dit non. Que lui dis-tu ?
photo-without-asking-okay = « OK ! Je ne l’envoie pas. »
photo-without-asking-okay-feedback = Un « non », c’est OK. Tu as écouté, alors Freya peut te faire confiance.
photo-without-asking-okay-freya = Tu l’as écoutée.
photo-without-asking-please = « Mais elle est trop drôle ! Allez ! »
photo-without-asking-please-feedback = Tu aimes beaucoup la photo. Mais Freya a déjà dit non. Un non, c’est OK, pour les photos aussi.
photo-without-asking-please-freya = Elle a dit non, mais tu insistes.
photo-without-asking-new-photo = « D’accord. On en prend une autre ensemble ? »
photo-without-asking-new-photo-feedback = Tu as écouté, et tu as eu une nouvelle idée. Freya peut choisir.
photo-without-asking-new-photo-freya = Elle peut s’essuyer le visage et sourire d’abord.

photo-without-asking-mum-steps-in = Freya a dit non. Quand quelqu’un dit non, on écoute.
photo-without-asking-say-sorry = Tu dis pardon. Freya sourit de nouveau.
photo-without-asking-mum-pleased = Tu as écouté Freya. C’était gentil.

## Decision 2 (sent)
photo-without-asking-phones-ding = Ding ! Ding ! Des téléphones sonnent partout au pique-nique.
photo-without-asking-freya-sees = Pourquoi tu l’as envoyée ? Tout le monde la voit !
photo-without-asking-sent-prompt = Freya n’est pas contente. Que fais-tu ?
photo-without-asking-sorry-fix = Dire pardon. Demander à Maman d’aider à la retirer.
photo-without-asking-sorry-fix-feedback = Dire pardon et réparer, c’est courageux. Maman peut t’aider.
photo-without-asking-sorry-fix-freya = Tu as dit pardon, et tu veux réparer.
photo-without-asking-joke = « C’est juste une blague ! C’est drôle ! »
photo-without-asking-joke-feedback = Tu voulais t’amuser. Mais une blague n’est drôle que si Freya rit aussi. Dire pardon peut aider.
photo-without-asking-joke-freya = Tu as ri, mais pas elle.
photo-without-asking-run-off = Ne rien dire. Filer jouer.
photo-without-asking-run-off-feedback = C’est dur quand une blague tourne mal. Mais Freya se sent toujours mal. Maman peut t’aider à réparer ça.
photo-without-asking-run-off-freya = Personne ne l’aide.

photo-without-asking-mum-sees = J’ai vu la photo. Réparons ça ensemble.
photo-without-asking-mum-deletes = Maman retire la photo du groupe. Mais des gens l’ont déjà vue.

## Decision 3
photo-without-asking-mum-explains = Ce qu’on envoie peut rester. Les gens peuvent le garder et le renvoyer.
photo-without-asking-jamal-asks = Tu peux m’envoyer la photo du gâteau ? Je veux la montrer à mon grand frère.
photo-without-asking-jamal-prompt = Que dis-tu à Jamal, { $nickname } ?
photo-without-asking-say-no = « Non. Freya ne veut pas qu’on la partage. »
photo-without-asking-say-no-feedback = Tu as protégé la photo de Freya. Les photos peuvent aller loin. Un seul non aide beaucoup.
photo-without-asking-say-no-freya = Tu as gardé sa photo pour toi.
photo-without-asking-say-no-jamal = Il n’avait pas pensé à Freya.
photo-without-asking-send-jamal = L’envoyer à Jamal. Juste à lui.
photo-without-asking-send-jamal-feedback = L’envoyer à un seul ami, ça semble OK. Mais Jamal peut l’envoyer encore et encore. Tu peux lui demander de l’effacer.
photo-without-asking-send-jamal-freya = Sa photo part chez des gens qu’elle ne connaît pas.
photo-without-asking-delete = Effacer la photo du téléphone de Maman.
photo-without-asking-delete-feedback = Maintenant, personne ne peut l’envoyer d’ici. Le visage de Freya est protégé.
photo-without-asking-delete-freya = La photo ne peut plus aller nulle part.

photo-without-asking-jamal-brother = Le soir, le frère de Jamal l’envoie aussi à ses copains.
photo-without-asking-freya-idea = Ton idée ! On se met tous sur la nouvelle photo !
photo-without-asking-sofia-idea = Faisons une photo de groupe pour mon anniversaire !

## Endings
photo-without-asking-end-group-photo = Freya s’essuie le visage. Tout le monde se serre. Clic ! Tout le monde dit oui, alors Maman l’envoie à la classe.
photo-without-asking-end-group-photo-reflect = Comment demander à un ami avant de partager sa photo ?
photo-without-asking-end-group-photo-freya = Elle a choisi la photo, et elle l’aime bien.
photo-without-asking-end-group-photo-sofia = Tous ses amis sont sur sa photo d’anniversaire.
photo-without-asking-end-fixed = La photo n’est plus dans le groupe. Tu dis pardon, et Freya sourit. Mais des gens l’ont vue. La prochaine fois, demande d’abord.
photo-without-asking-end-fixed-reflect = Pourquoi c’est bien de demander avant d’envoyer une photo ?
photo-without-asking-end-fixed-freya = Tu as aidé à retirer la photo.
photo-without-asking-end-went-far = Maman t’aide à demander à tout le monde de l’effacer. Tu dis pardon à Freya. Maintenant, tu sais jusqu’où une photo peut aller.
photo-without-asking-end-went-far-reflect = Où une photo peut-elle aller une fois envoyée ?
photo-without-asking-end-went-far-freya = Elle ne sait pas qui a vu sa photo.
photo-without-asking-end-went-far-mum = Elle t’aide à réparer ça.

## For teachers
photo-without-asking-discuss-1 = Freya a ri du gâteau, mais elle ne voulait pas qu’on envoie la photo. Pourquoi quelque chose peut-il être drôle sur le moment, mais pas bon à partager ?
photo-without-asking-discuss-2 = Comment demander à un ami avant de partager une photo de lui ? Que faire s’il dit non ?
photo-without-asking-discuss-3 = Maman a dit qu’on peut garder une photo et l’envoyer à d’autres. Où une photo peut-elle aller une fois envoyée ? Qui peut nous aider si une photo va trop loin ?
