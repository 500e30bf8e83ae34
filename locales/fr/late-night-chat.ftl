late-night-chat-title = Le tchat de la nuit
late-night-chat-summary = Le groupe n’arrête pas de vibrer à 22 h, une amie est triste que personne ne réponde, et l’enfant est très fatigué. Le lendemain, l’amie se sent ignorée. Les enfants s’entraînent à se déconnecter gentiment, à voir les deux côtés, et à faire un plan en famille pour les téléphones la nuit, adultes compris.

late-night-chat-aiyana = Aiyana
late-night-chat-luca = Luca
late-night-chat-papa-jun = Papa Jun

late-night-chat-hook = Il est 22 h, et il y a école demain. La lumière est éteinte, mais ton téléphone est encore dans ta main.
late-night-chat-buzz = Le groupe vibre. Et encore. Et encore.
late-night-chat-luca-posts = Vous DEVEZ voir cette vidéo ! Et celle-là ! Et celle-là !
late-night-chat-aiyana-posts = Pire journée de ma vie. Y a quelqu’un ? J’ai vraiment besoin de parler.
late-night-chat-nobody = Trois autres vidéos arrivent sous son message. Personne ne lui répond. Tes yeux sont si lourds.

late-night-chat-night-prompt = Tu tombes de sommeil, { $nickname }. Que fais-tu ?
late-night-chat-keep-watching = Continuer à regarder les vidéos de Luca. Juste quelques-unes.
late-night-chat-keep-watching-feedback = Les vidéos n’arrêtent pas d’arriver, alors ce n’est jamais le bon moment pour s’arrêter. Et le message d’Aiyana disparaît tout en haut.
late-night-chat-keep-watching-aiyana = Elle voit que tu es en ligne, mais tu ne lui réponds pas.
late-night-chat-reply-goodnight = Répondre à Aiyana : « Ta journée a l’air dure. Je m’endors. On en parle demain ? »
late-night-chat-reply-goodnight-feedback = Tu as pris soin d’Aiyana et de toi. Un petit bonne nuit gentil lui montre qu’on l’a entendue.
late-night-chat-reply-goodnight-aiyana = Quelqu’un a vu son message, et elle sait quand vous parlerez.
late-night-chat-silent = Mettre le téléphone en silencieux et dormir.
late-night-chat-silent-feedback = Le sommeil compte, et te déconnecter était une bonne idée. Mais Aiyana ne sait pas pourquoi tu ne dis plus rien. Un petit « bonne nuit, on parle demain » aide.
late-night-chat-silent-aiyana = Son message est toujours là, sans réponse.
late-night-chat-chat-long = Rester debout et parler avec Aiyana jusqu’à ce qu’elle aille mieux.
late-night-chat-chat-long-feedback = Tu as été là pour ton amie. C’est gentil. Mais ton sommeil compte aussi, et il se fait vraiment tard.
late-night-chat-chat-long-aiyana = Quelqu’un est là pour elle ce soir.

late-night-chat-midnight = D’un coup, il est 23 h 45. Le groupe vibre toujours. Tes yeux piquent.
late-night-chat-midnight-prompt = Il est presque minuit, { $nickname }. Et maintenant ?
late-night-chat-goodnight-desk = Écrire « Bonne nuit tout le monde, je me déco ! » et poser le téléphone loin du lit.
late-night-chat-goodnight-desk-feedback = Un message de bonne nuit, c’est gentil pour tes amis. Un téléphone hors de portée, c’est gentil pour toi.
late-night-chat-goodnight-desk-luca = Il sait que tu dors, et que tu ne l’ignores pas.
late-night-chat-one-more = Regarder encore une vidéo. De toute façon, tu ne dors pas.
late-night-chat-one-more-feedback = « Je ne dors pas, de toute façon » : c’est le piège des écrans. Ton corps a besoin de sommeil. Demain, il y a école.
late-night-chat-one-more-papa = Il est presque minuit, et ta lumière est encore allumée.
late-night-chat-give-papa = Apporter le téléphone à Papa Jun : « Tu peux le garder jusqu’à demain ? »
late-night-chat-give-papa-feedback = Demander de l’aide pour décrocher, c’est malin. Loin des yeux, loin de la tête.
late-night-chat-give-papa-papa = Tu as demandé de l’aide pour décrocher, de toi-même.
late-night-chat-papa-knocks = On frappe doucement à ta porte. C’est Papa Jun.
late-night-chat-papa-kitchen = Il est presque minuit. Ce soir, ton téléphone va charger dans la cuisine.

late-night-chat-morning = Le lendemain matin, tu entres en classe. Aiyana est déjà là.
late-night-chat-aiyana-thanks-late = Merci pour hier soir. Pardon de t’avoir fait veiller si tard. T’as une de ces têtes de sommeil !
late-night-chat-aiyana-thanks = Merci pour ton message. Au moins quelqu’un a répondu. Les autres ont juste continué à poster.
late-night-chat-aiyana-hurt-asleep = Personne ne m’a répondu hier soir. Même pas toi.
late-night-chat-aiyana-hurt-online = T’étais en ligne hier soir. J’ai vu ton nom. Pourquoi tu ne m’as pas répondu ?

late-night-chat-hurt-prompt = Aiyana s’est sentie ignorée. Que dis-tu, { $nickname } ?
late-night-chat-sorry-explain = « Pardon si tu t’es sentie seule. Je tombais de sommeil. Il s’est passé quoi ? »
late-night-chat-sorry-explain-feedback = Tu as dit ta version et tu as écouté la sienne. Les deux sont vraies : tu avais besoin de dormir, et elle avait besoin d’une amie.
late-night-chat-sorry-explain-aiyana = Elle sait maintenant que ce n’était pas contre elle. Elle te raconte sa journée.
late-night-chat-defend = « Il était tard ! Je n’ai pas à répondre tout de suite. »
late-night-chat-defend-feedback = C’est vrai, tu as le droit de te déconnecter. Mais Aiyana a aussi besoin d’entendre que tu tiens à elle. Tu peux dire les deux.
late-night-chat-defend-aiyana = Elle entend « pas mon problème », même si tu ne voulais pas dire ça.
late-night-chat-blame-luca = « Le groupe était plein de vidéos de Luca. Je l’ai pas vu. »
late-night-chat-blame-luca-feedback = Le groupe était chargé, c’est vrai. Mais Aiyana voulait savoir que tu tiens à elle. Lui demander ce qui s’est passé aide.
late-night-chat-blame-luca-aiyana = Personne ne lui demande encore ce qui s’est passé.

late-night-chat-lunch = À la cantine, Luca s’assoit avec un grand sourire.
late-night-chat-luca-asks = T’as vu mes vidéos hier soir ? Trop drôles, hein ?
late-night-chat-aiyana-tells = J’ai dit que j’avais une sale journée. Vous, vous postiez des vidéos.
late-night-chat-luca-surprised = Attends, quoi ? Je l’ai même pas vu. Il y avait trop de messages !

late-night-chat-sides-prompt = Ils sont tous les deux contrariés. Que dis-tu, { $nickname } ?
late-night-chat-both-sides = « Luca ne l’a pas vu. Mais Aiyana, je comprends que tu te sois sentie ignorée. »
late-night-chat-both-sides-feedback = Tu as vu les deux côtés. Personne ne voulait blesser personne, et la peine est quand même réelle.
late-night-chat-both-sides-aiyana = Quelqu’un comprend sa peine.
late-night-chat-both-sides-luca = Personne ne le traite de mauvais ami.
late-night-chat-group-plan = « On dit bonne nuit quand on se déco. Pour les gros soucis, on écrit à un seul ami. »
late-night-chat-group-plan-feedback = Un plan simple aide tout le groupe. Chacun sait qui est là, et qui dort.
late-night-chat-group-plan-aiyana = La prochaine fois, elle saura qui est là et qui dort.
late-night-chat-group-plan-luca = Il aime bien avoir un plan. Plus besoin de deviner.
late-night-chat-take-side = « Luca, tu ne fais jamais attention aux autres. C’est toujours tes vidéos. »
late-night-chat-take-side-feedback = Tu as défendu Aiyana. Mais maintenant, Luca se sent attaqué. Il n’avait pas vu son message.
late-night-chat-take-side-luca = Tout le monde le regarde, et il ne voulait blesser personne.
late-night-chat-take-side-aiyana = Elle voulait être écoutée, pas lancer une dispute.
late-night-chat-luca-sorry = Pardon, Aiyana. Je l’avais vraiment pas vu. Ça va mieux, là ?

late-night-chat-evening = Le soir, au dîner, Papa Jun fait défiler son téléphone. Il vibre toutes les deux minutes.
late-night-chat-papa-asks = Ta journée, ça a été ? Tu ne dis pas grand-chose.
late-night-chat-family-prompt = Que dis-tu à Papa Jun, { $nickname } ?
late-night-chat-family-spot = « Et si tous nos téléphones dormaient dans la cuisine la nuit ? Le tien aussi ? »
late-night-chat-family-spot-feedback = Bonne idée ! Les habitudes avec le téléphone marchent mieux quand toute la famille les partage, adultes compris.
late-night-chat-family-spot-papa = Il n’avait pas remarqué combien de fois il regarde son téléphone.
late-night-chat-tell-all = Lui raconter le tchat de la nuit et Aiyana. Lui demander ce qu’il ferait.
late-night-chat-tell-all-feedback = Raconter toute l’histoire aide. Maintenant, Papa Jun peut t’aider à faire un plan.
late-night-chat-tell-all-papa = Tu lui as confié toute l’histoire.
late-night-chat-im-fine = « Ça va. »
late-night-chat-im-fine-feedback = Tu as le droit de ne pas vouloir parler tout de suite. Mais Papa Jun peut t’aider si tu lui racontes hier soir.
late-night-chat-im-fine-papa = Il voit bien que quelque chose te tracasse.
late-night-chat-papa-deal = Ça marche ! À 21 h 30, tous nos téléphones vont charger dans la cuisine. Le mien aussi.
late-night-chat-papa-idea = Franchement ? Moi aussi, je regarde trop le mien. Et si tous nos téléphones dormaient dans la cuisine ?
late-night-chat-papa-here = D’accord. Je suis là si tu veux parler. Je devrais peut-être ranger mon téléphone, moi aussi.

late-night-chat-end-routine = À 21 h 30, deux téléphones chargent côte à côte dans la cuisine. Avant, tu as écrit : « Bonne nuit tout le monde, je me déco ! » Aiyana répond avec un 🌙.
late-night-chat-end-routine-reflect = Comment te déconnecter le soir tout en montrant à tes amis que tu tiens à eux ?
late-night-chat-end-routine-aiyana = Elle sait que tu te reposes, et que tu ne l’ignores pas.
late-night-chat-end-routine-papa = Son téléphone se repose aussi. Les soirées sont plus calmes.
late-night-chat-end-mend = Vos téléphones dorment dans la cuisine maintenant, et tu dors mieux. Mais Aiyana est encore un peu distante avec toi.
late-night-chat-end-mend-reflect = Que dire à un ami qui s’est senti ignoré, même si tu avais une bonne raison ?
late-night-chat-end-mend-aiyana = Elle se demande encore si sa mauvaise journée compte pour toi.
late-night-chat-end-mend-papa = Le nouveau plan marche. Il t’aidera pour le reste si tu lui demandes.
late-night-chat-end-buzz-again = À 22 h, le groupe vibre encore. Cette fois, tu écris : « Bonne nuit tout le monde, je me déco ! » Puis tu retournes le téléphone. Demain, il pourra peut-être dormir hors de ta chambre.
late-night-chat-end-buzz-again-reflect = Qu’est-ce qui t’aiderait à décrocher le soir ?
late-night-chat-end-buzz-again-aiyana = Elle sait que tu dors, pas que tu l’abandonnes.

late-night-chat-discuss-1 = Aiyana s’est sentie ignorée, et Luca n’a même pas vu son message. Peuvent-ils avoir raison tous les deux ? Comment un groupe très actif peut-il créer ça ?
late-night-chat-discuss-2 = Comment dire gentiment à tes amis que tu te déconnectes ? Que faire si un ami écrit quelque chose d’inquiétant tard le soir, et à quel adulte de la maison pourrais-tu le dire ?
late-night-chat-discuss-3 = Ta famille a-t-elle des habitudes avec les téléphones la nuit ou aux repas, pour les adultes aussi ? Que proposerais-tu, et pourquoi ?
