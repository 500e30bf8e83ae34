sibling-news-title = La nouvelle de mon frère
sibling-news-summary = Le petit frère de l’enfant est à l’hôpital pour quelques jours : il vient d’apprendre qu’il a du diabète, et il va bien. Des camarades posent des questions dans le groupe de la classe, et l’enfant veut poster une photo de lui dans son lit d’hôpital. Les enfants s’entraînent à voir qu’une nouvelle de santé appartient à la personne, à demander d’abord, à penser à ce qu’une publication laisse derrière elle, et à remarquer que les sentiments d’un grand frère ou d’une grande sœur inquiets comptent aussi.

## Personnages
sibling-news-malik = Malik
sibling-news-papa = Papa
sibling-news-dr-reyes = Dr Reyes
sibling-news-chloe = Chloé
sibling-news-ibrahim = Ibrahim

## Début
sibling-news-hook = Ton petit frère Malik est à l’hôpital depuis lundi. Après l’école, tu vas le voir avec Papa.
sibling-news-dr-reyes-says = Malik a du diabète. Son corps a besoin d’un peu d’aide avec le sucre. Il apprend vite, et il va très bien.
sibling-news-malik-pro = Regarde ! Je sais vérifier mon sucre tout seul. Dr Reyes dit que je suis un pro !
sibling-news-tummy = Tu souris. Mais tu as le ventre noué depuis le début de la semaine.
sibling-news-buzz = Ton téléphone vibre. C’est le groupe de la classe.
sibling-news-ibrahim-asks = T’étais où cette semaine ? Quelqu’un a dit que Malik est à l’hôpital. Il va bien ?
sibling-news-more-questions = D’autres messages : « Il a quoi ? » « C’est grave ? » « Envoie une photo ! »
sibling-news-easy-photo = Malik est assis dans son lit, en pyjama à dinosaures. Une photo répondrait à tout le monde d’un coup.

## À qui est cette nouvelle ?
sibling-news-photo-prompt = Que fais-tu, { $nickname } ?
sibling-news-post-photo = Prendre Malik en photo dans son lit et la poster : « Il est à l’hôpital ! »
sibling-news-post-photo-feedback = Tu voulais répondre à tes amis, et c’est gentil. Mais c’est la nouvelle de Malik, et sa photo. Une fois postée, on peut l’enregistrer et la faire passer.
sibling-news-post-photo-malik = Il a vu le flash, mais il ne sait pas où est partie la photo.
sibling-news-ask-malik = Demander à Malik : « Je peux dire à ma classe que tu es à l’hôpital ? »
sibling-news-ask-malik-feedback = C’est sa nouvelle, alors tu lui as demandé d’abord. C’est du respect.
sibling-news-ask-malik-malik = On lui a demandé son avis, comme à un grand.
sibling-news-later = Écrire : « Il va bien. Je vous en dirai plus après. »
sibling-news-later-feedback = Tu as rassuré tes amis sans partager une nouvelle privée. Maintenant, tu as le temps de demander à Malik et à Papa.
sibling-news-later-ibrahim = Il sait que Malik va bien, et c’est tout ce qu’il voulait.
sibling-news-details = Tout écrire : « Il a du diabète. Il a besoin d’insuline maintenant. »
sibling-news-details-feedback = Tu as été honnête, et tes amis s’inquiétaient. Mais une nouvelle de santé appartient à la personne. Malik voudrait peut-être la raconter à sa façon.
sibling-news-details-ibrahim = Il ne s’attendait pas à autant de nouvelles d’un coup.

## La photo
sibling-news-chat-reacts = Plein de réponses arrivent : « Waouh ! » « C’est quoi sur son bras ? » « Il est vraiment malade ? »
sibling-news-malik-sees = Hé, c’est moi ! Pourquoi ma photo est dans le groupe de ta classe ? J’ai l’air bizarre dans mon lit.
sibling-news-delete-prompt = Malik a l’air contrarié. Que fais-tu, { $nickname } ?
sibling-news-delete-sorry = Supprimer la photo et dire pardon à Malik.
sibling-news-delete-sorry-feedback = La supprimer vite et dire pardon, ça aide beaucoup. Quelqu’un l’a peut-être enregistrée, mais toi, tu ne la feras plus circuler.
sibling-news-delete-sorry-malik = Tu l’as écouté, et tu as enlevé la photo.
sibling-news-keep-it = La laisser. Tout le monde est si gentil.
sibling-news-keep-it-feedback = Les commentaires sont gentils. Mais Malik n’aime pas cette photo, et c’est la sienne. Il n’est pas trop tard pour la supprimer.
sibling-news-keep-it-malik = Sa photo est toujours là, et il ne l’aime pas.
sibling-news-malik-forgives = Pas grave. Demande-moi la prochaine fois !
sibling-news-details-reacts = Les questions s’empilent : « C’est contagieux ? » « Ça fait mal ? » « Ça va aller pour lui ? »

sibling-news-doctor-answers = J’ai vu une de ces questions. Le diabète, ça ne s’attrape pas. Mais Malik aimerait peut-être expliquer le reste lui-même.

## Papa
sibling-news-papa-says = La nouvelle de Malik, c’est à lui de la partager. Demandons-lui ce qu’il veut que ses amis sachent.
sibling-news-malik-wanted = Je voulais le dire moi-même à mes amis. À ma façon.
sibling-news-malik-answers = Je veux le dire moi-même à mes amis ! Quand je reviens, je leur montre mon lecteur de sucre.
sibling-news-papa-notices = Et toi, comment ça va ? Ça a été une grosse semaine pour toi aussi.
sibling-news-feelings-prompt = Papa te pose la question. Que dis-tu, { $nickname } ?
sibling-news-tell-worried = Dire à Papa que toi aussi, tu t’inquiètes.
sibling-news-tell-worried-feedback = Tes sentiments comptent aussi. Les dire à voix haute peut les rendre plus légers.
sibling-news-tell-worried-papa = Maintenant, il sait ce que tu ressens, et il peut t’aider.
sibling-news-im-fine = Dire : « Ça va. C’est Malik qui est malade. »
sibling-news-im-fine-feedback = C’est gentil de penser d’abord à Malik. Mais s’inquiéter, c’est normal, et les adultes veulent l’entendre. Tu peux en parler à Papa quand tu veux.
sibling-news-im-fine-papa = Tu parles peu depuis lundi, il l’a vu.
sibling-news-tell-chloe = Écrire à ton amie Chloé : « Semaine difficile. On peut parler ? »
sibling-news-tell-chloe-feedback = Bonne idée. Tu peux partager ce que tu ressens avec une amie, sans partager la nouvelle de Malik.
sibling-news-tell-chloe-chloe = Tu lui as fait confiance, et elle veut t’aider.

## Le groupe de la classe
sibling-news-chat-waiting = Le groupe de la classe attend toujours une réponse.
sibling-news-answer-prompt = Qu’écris-tu à la classe maintenant ?
sibling-news-his-way = « Malik va bien ! Il veut vous le raconter lui-même quand il reviendra. »
sibling-news-his-way-feedback = Tu as répondu à tes amis, et tu as laissé à Malik sa nouvelle. C’est de la gentillesse en action.
sibling-news-his-way-malik = Il racontera son histoire lui-même.
sibling-news-his-way-ibrahim = Malik va bien. C’est ce qu’il voulait savoir.
sibling-news-cards = « Il va bien ! On lui fait des cartes pour qu’il guérisse vite ? »
sibling-news-cards-feedback = Ta classe peut prendre soin de Malik sans tout savoir. Super idée !
sibling-news-cards-malik = Des cartes « Guéris vite » sont en route pour lui.
sibling-news-answer-all = Répondre à toutes leurs questions. Ils insistent.
sibling-news-answer-all-feedback = Tes amis s’inquiètent pour lui, c’est gentil. Mais Malik veut le raconter lui-même. Tu peux dire « Il vous racontera » et t’arrêter là.
sibling-news-answer-all-malik = Sa nouvelle est connue avant qu’il puisse la raconter.
sibling-news-mute = Ne pas répondre. Groupe en sourdine.
sibling-news-mute-feedback = Une pause peut aider. Mais tes amis s’inquiètent encore. Une réponse courte les rassurerait.
sibling-news-mute-ibrahim = Il ne sait toujours pas si Malik va bien.
sibling-news-papa-hug = Le soir, Papa te fait un long câlin. Pour la première fois de la semaine, tu dors bien.
sibling-news-cards-arrive = Le lendemain, une grosse pile de cartes « Guéris vite » arrive. Malik les lit toutes.

## Fins
sibling-news-end-his-way = La semaine suivante, Malik retourne à l’école. Il parle lui-même du diabète à sa classe, et montre son lecteur de sucre. Ils ont plein de questions !
sibling-news-end-his-way-reflect = À qui est cette nouvelle ? Comment savoir ce que quelqu’un veut partager ?
sibling-news-end-his-way-malik = Il a raconté son histoire, à sa façon.
sibling-news-end-his-way-papa = Ses deux enfants ont pris soin l’un de l’autre cette semaine.
sibling-news-end-not-his-way = Malik retourne à l’école. Ses amis savent déjà tout. Il leur montre quand même son lecteur de sucre, mais il aurait voulu le leur dire en premier.
sibling-news-end-not-his-way-reflect = Comment répondre à des amis inquiets sans raconter la nouvelle de quelqu’un d’autre ?
sibling-news-end-not-his-way-malik = Il n’a pas pu annoncer sa nouvelle lui-même.
sibling-news-end-not-his-way-papa = Tu voulais bien faire, il le sait. La prochaine fois, tu demanderas.
sibling-news-end-photo-stayed = À l’école, un enfant dit à Malik : « J’ai vu ta photo dans ton lit ! » Malik ne dit plus rien. Le soir, Papa t’aide à supprimer la photo, et tu redis pardon.
sibling-news-end-photo-stayed-reflect = Qu’aimerais-tu qu’on te demande avant de poster une photo de toi ?
sibling-news-end-photo-stayed-malik = Des enfants qu’il connaît à peine l’ont vu dans son lit d’hôpital.
sibling-news-end-photo-stayed-papa = Il t’aide à réparer, et il sait que tu demanderas la prochaine fois.

## Pour les enseignants
sibling-news-discuss-1 = Pourquoi une nouvelle sur la santé de quelqu’un est-elle à lui de la partager ? Comment répondre à des amis inquiets sans raconter la nouvelle de quelqu’un d’autre ?
sibling-news-discuss-2 = Une photo dans le groupe de la classe peut être enregistrée et partagée. Qu’aimerais-tu qu’on te demande avant de poster une photo de toi, surtout à l’hôpital ?
sibling-news-discuss-3 = Quand quelqu’un est malade dans une famille, les frères et sœurs peuvent s’inquiéter aussi. À qui pourraient-ils parler, et comment les amis peuvent-ils aider ?
