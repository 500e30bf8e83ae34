mean-meme-title = Le mème de la course
mean-meme-summary = La photo gênante d’un camarade à la journée sportive devient un mème qui circule dans le groupe de la classe. Les enfants s’entraînent à ne pas suivre les moqueries, à lire ce qu’il y a derrière un « haha », à écouter l’auteur du mème sans excuser le mal fait, à demander sa suppression, et à garder des preuves pour un professeur.

## Characters
mean-meme-jamal = Jamal
mean-meme-sofia = Sofia
mean-meme-wei = Wei
mean-meme-mr-haddad = M. Haddad

## Hook and turn
mean-meme-hook = C’est lundi soir. Tu finis tes devoirs quand le groupe de la classe se met à vibrer.
mean-meme-the-photo = Quelqu’un a posté une photo de la journée sportive. C’est Jamal qui trébuche à l’arrivée, les bras en l’air, la bouche grande ouverte.
mean-meme-the-meme = Elle est devenue un mème. En grosses lettres, on lit : POULET VOLANT.
mean-meme-sofia-posts = Fait avec la journée sportive mdr. Le meilleur mème ?
mean-meme-laughs = Les émojis qui rigolent remplissent le groupe. Quelqu’un dit que le mème est déjà dans le groupe d’une autre classe.

## Decision 1
mean-meme-first-prompt = Le mème est partout, { $nickname }. Que fais-tu ?
mean-meme-share = Le liker et le partager dans le groupe de ton équipe de foot.
mean-meme-share-feedback = Ça ressemblait à un jeu. Mais chaque partage envoie la photo de Jamal plus loin. Demander de la supprimer peut encore aider.
mean-meme-share-jamal = Encore plus de gens rient d’un mauvais moment.
mean-meme-joke = Ajouter une blague : « Cot cot ! Cours, poulet, cours ! »
mean-meme-joke-feedback = Une petite blague peut sembler sans danger. Mais elle s’ajoute aux moqueries contre Jamal. Un geste gentil ensuite peut aider.
mean-meme-joke-jamal = Maintenant, des blagues s’empilent sur le mème.
mean-meme-joke-sofia = Les blagues en plus font de son mème un succès.
mean-meme-not-share = Ne pas le partager. Fermer le groupe et finir tes devoirs.
mean-meme-not-share-feedback = Ne pas partager compte, car le mème s’arrête avec toi. Mais Jamal est peut-être seul face à ça.
mean-meme-not-share-jamal = D’autres continuent de le partager.
mean-meme-think = S’arrêter et réfléchir : Jamal était-il d’accord ? Que ressentirait-on à sa place ?
mean-meme-think-feedback = Tu as réfléchi par toi-même pendant que tout le monde riait. C’est le premier pas pour aider.
mean-meme-think-jamal = Il ne le sait pas encore, mais quelqu’un pense à lui.

mean-meme-team-replies = Ton équipe répond : « mdr c’est qui ? » Maintenant, des enfants d’autres écoles peuvent le voir.
mean-meme-jamal-online = Puis Jamal se connecte. Après un long silence, il écrit un seul message.
mean-meme-jamal-haha = haha trop drôle

## Decision 2
mean-meme-haha-prompt = Jamal a juste écrit « haha trop drôle ». Que fais-tu ?
mean-meme-believe = Il rit, donc ça va. Envoyer un autre émoji qui rit.
mean-meme-believe-feedback = C’est facile de croire un « haha » tel quel. Mais une réponse courte et plate peut cacher de la peine. Lui écrire en privé aide.
mean-meme-believe-jamal = Personne ne voit derrière son « haha ».
mean-meme-private = Écrire à Jamal en privé : « Ce mème, c’était pas OK. Ça va, toi ? »
mean-meme-private-feedback = Tu as remarqué le signe derrière ses mots. Un message privé lui permet de répondre sincèrement.
mean-meme-private-jamal = Quelqu’un a vu derrière son « haha ».
mean-meme-group = Écrire dans le groupe : « Pas cool. C’est la photo de Jamal, pas une blague. »
mean-meme-group-feedback = Tu as défendu Jamal sans insulter personne. Maintenant, d’autres oseront peut-être aussi.
mean-meme-group-jamal = Quelqu’un l’a défendu devant tout le monde.
mean-meme-group-wei = Il était d’accord, mais n’osait pas le dire en premier. Maintenant, il écrit : « Pareil. »

mean-meme-jamal-reply = Pas vraiment. Demain, tout le monde va m’appeler poulet.

## The meme-maker's view
mean-meme-sofia-messages = Plus tard, Sofia t’écrit en privé.
mean-meme-sofia-view = Jamal ne dit plus rien depuis son « haha ». Il m’en veut ? Je voulais juste qu’on me trouve drôle.
mean-meme-sofia-past = L’an dernier, quelqu’un a fait un mème de moi. J’en ai ri, alors je croyais que c’était normal.

## Decision 3
mean-meme-sofia-prompt = Que réponds-tu à Sofia, { $nickname } ?
mean-meme-ask-delete = « Ton mème à toi, ça a dû être dur. Mais Jamal ne rit pas. Supprime-le, s’il te plaît, et demande qu’on arrête de le partager. »
mean-meme-ask-delete-feedback = Tu as compris Sofia, sans lâcher Jamal. Ses raisons expliquent le mème, mais ne le rendent pas acceptable.
mean-meme-ask-delete-sofia = Elle voit le côté de Jamal, et c’est dur à accepter.
mean-meme-agree = « Bof, c’est drôle. Ça va lui passer. »
mean-meme-agree-feedback = Suivre le mouvement, c’est facile. Mais ça dit à Sofia que le mème est OK, et Jamal continue d’en souffrir. Tu peux encore lui demander de le supprimer.
mean-meme-agree-sofia = Pour elle, ça ne gêne personne.
mean-meme-meme-back = Faire un mème de Sofia et le poster : « Alors, ça TE plaît ? »
mean-meme-meme-back-feedback = Tu voulais que Sofia ressente ce que ressent Jamal. Mais un deuxième mème, c’est une deuxième personne blessée. Lui demander de supprimer le sien marche mieux.
mean-meme-meme-back-sofia = Maintenant, un mème se moque d’elle aussi.

mean-meme-two-memes = Ton mème de Sofia fait rire aussi. Maintenant, deux personnes de ta classe ont de la peine.
mean-meme-sofia-deletes = Tu as raison. Je l’ai supprimé. Mais il est dans d’autres groupes, et ceux-là, je ne peux pas les effacer.
mean-meme-meme-spreads = Le mème continue sa route. Il est dans deux autres groupes de classe.

## Decision 4
mean-meme-grown-up-prompt = Le mème circule toujours. C’est trop gros pour régler ça sans aide. Que fais-tu ?
mean-meme-evidence = Faire des captures des messages. Puis les montrer à M. Haddad, ton prof.
mean-meme-evidence-feedback = Les preuves aident un prof à voir ce qui s’est vraiment passé. Elles sont pour lui, pas pour les partager. Le dire, c’est aider Jamal, pas cafter.
mean-meme-evidence-mr-haddad = Tu lui as apporté les faits, alors il peut agir vite.
mean-meme-ask-jamal = D’abord demander à Jamal : « On le dit ensemble à M. Haddad ? »
mean-meme-ask-jamal-feedback = Jamal a eu son mot à dire, et tu as trouvé de l’aide. C’est du respect.
mean-meme-ask-jamal-jamal = Il n’a pas à affronter ça tout seul.
mean-meme-wait = Attendre. La semaine prochaine, tout le monde aura oublié.
mean-meme-wait-feedback = C’est normal d’espérer que ça passe. Mais en ligne, les mèmes peuvent revenir. Un adulte de confiance peut encore aider demain.
mean-meme-wait-jamal = Il ne sait pas qui va le voir ensuite.

mean-meme-jamal-agrees = Oui. Je préfère ne pas y aller seul.
mean-meme-teacher-both = Deux mèmes, deux personnes blessées. Supprimons-les partout. Ensuite, chaque auteur pourra s’excuser.
mean-meme-teacher-steps-in = La photo de quelqu’un, c’est un peu lui-même. Supprimons ce mème partout, et parlons-en en classe.

## Endings
mean-meme-end-put-right = M. Haddad aide les autres classes à supprimer le mème. Sofia s’excuse auprès de Jamal en face. À la cantine, Jamal plaisante : l’an prochain, il gagnera le relais.
mean-meme-end-put-right-reflect = Que voudrais-tu que les autres fassent si quelqu’un faisait un mème de toi ?
mean-meme-end-put-right-jamal = Le mème a disparu, et on l’a soutenu.
mean-meme-end-put-right-sofia = Elle a réparé son erreur, et elle sait pourquoi ça a fait mal.
mean-meme-end-teacher-helps = Le mème est supprimé de tous les groupes de classe, et Sofia s’excuse. Jamal a encore un peu mal, mais il sait qu’on est là pour lui.
mean-meme-end-teacher-helps-reflect = À quels adultes pourrais-tu montrer un mème méchant ?
mean-meme-end-teacher-helps-jamal = Un adulte a aidé, et le mème a disparu.
mean-meme-end-teacher-helps-sofia = Elle voit maintenant que sa blague a vraiment blessé quelqu’un.
mean-meme-end-still-spreading = Une semaine plus tard, quelqu’un reposte le mème. Jamal rit avec les autres, mais il mange seul à la cantine. Il n’est pas trop tard pour en parler à M. Haddad.
mean-meme-end-still-spreading-reflect = Si tu pouvais revenir en arrière, que ferais-tu autrement pour Jamal ?
mean-meme-end-still-spreading-jamal = Le mème revient sans cesse, et personne ne l’a arrêté.

## For teachers
mean-meme-discuss-1 = L’an dernier, Sofia a été moquée dans un mème et en a « ri ». Comment le fait d’avoir été blessé peut-il pousser à blesser les autres ? Est-ce que ça rend la chose acceptable ?
mean-meme-discuss-2 = Jamal a écrit « haha trop drôle ». Quels signes peuvent montrer que quelqu’un va mal en ligne, même quand ses mots disent que tout va bien ?
mean-meme-discuss-3 = Quelle différence entre garder des captures pour les montrer à un adulte de confiance et les envoyer à ses amis ? Vers qui pourrais-tu te tourner si quelqu’un faisait un mème de toi ou d’un ami ?
