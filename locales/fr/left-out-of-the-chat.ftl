left-out-of-the-chat-title = Pas dans le groupe
left-out-of-the-chat-summary = La classe crée un groupe pour préparer un pique-nique, et un enfant dit « n’ajoutez pas Priya ». Les enfants s’entraînent à remarquer, inclure, penser par eux-mêmes et en parler à un adulte.

left-out-of-the-chat-priya = Priya
left-out-of-the-chat-tomas = Tomás
left-out-of-the-chat-lena = Lena
left-out-of-the-chat-ms-okafor = Mme Okafor
left-out-of-the-chat-dad = Papa

left-out-of-the-chat-hook = Après l’école, tu prends la tablette de la famille. Papa cuisine à côté.
left-out-of-the-chat-chat-made = J’ai créé un groupe pour la classe ! On prépare le pique-nique !
left-out-of-the-chat-not-added = Plein d’enfants entrent dans le groupe. Mais pas Priya.
left-out-of-the-chat-lena-says = N’ajoutez pas Priya, OK ?

left-out-of-the-chat-chat-prompt = Que fais-tu, { $nickname } ?
left-out-of-the-chat-go-along = Écrire : « OK ! »
left-out-of-the-chat-go-along-feedback = Suivre le groupe, c’est facile. Mais laisser quelqu’un de côté, ça fait mal. Tu peux encore aider Priya.
left-out-of-the-chat-go-along-priya = Priya ne saura rien du pique-nique.
left-out-of-the-chat-go-along-lena = Lena pense que tout le monde est d’accord.
left-out-of-the-chat-speak-up = Écrire : « Tout le monde doit être dans le groupe. »
left-out-of-the-chat-speak-up-feedback = Tu as pensé par toi-même. C’était courageux. Maintenant, les autres peuvent y repenser aussi.
left-out-of-the-chat-speak-up-tomas = Tomás avait oublié Priya. Maintenant, il pense à elle.
left-out-of-the-chat-speak-up-lena = Lena ne s’y attendait pas. Elle s’arrête pour réfléchir.
left-out-of-the-chat-say-nothing = Ne rien dire. Jouer à autre chose.
left-out-of-the-chat-say-nothing-feedback = Se taire, c’est facile. Mais personne n’a défendu Priya. Demain, tu pourras encore aider.
left-out-of-the-chat-say-nothing-priya = Priya n’est toujours pas dans le groupe.

left-out-of-the-chat-next-day = Le lendemain, tu vas à l’école.
left-out-of-the-chat-priya-alone = À la récré, Priya est toute seule. Elle regarde ses chaussures.
left-out-of-the-chat-lena-giggles = Hi hi ! Priya ne sait pas pour notre pique-nique !

left-out-of-the-chat-notice-prompt = Que fais-tu, { $nickname } ?
left-out-of-the-chat-ask = Aller voir Priya. Lui demander : « Ça va ? »
left-out-of-the-chat-ask-feedback = Tu as vu Priya triste, et tu lui as parlé. C’est prendre soin d’elle.
left-out-of-the-chat-ask-priya = Priya se sent un peu mieux. Quelqu’un l’a remarquée.
left-out-of-the-chat-play = Filer jouer avec les autres.
left-out-of-the-chat-play-feedback = Jouer, c’est amusant. Mais Priya est toujours seule. Tu peux aller la voir maintenant.
left-out-of-the-chat-play-priya = Priya regarde tout le monde jouer sans elle.
left-out-of-the-chat-laugh = Rire avec Lena.
left-out-of-the-chat-laugh-feedback = Rire avec les autres, c’est comme être dans la bande. Mais Priya a entendu. Dire pardon peut aider.
left-out-of-the-chat-laugh-priya = Priya a entendu le rire. Ça lui a fait mal.
left-out-of-the-chat-laugh-lena = Lena pense que ce n’est pas grave, puisque tu as ri aussi.

left-out-of-the-chat-priya-tells = Personne ne m’a ajoutée au groupe. Je me sens mise de côté.
left-out-of-the-chat-tomas-sees = Priya a l’air si triste. C’est à cause de notre groupe ?

left-out-of-the-chat-help-prompt = Que peux-tu faire maintenant, { $nickname } ?
left-out-of-the-chat-add = Demander à Tomás : « On ajoute Priya ? »
left-out-of-the-chat-add-feedback = Tu veux que Priya soit là. C’est comme ça que les amis font de la place.
left-out-of-the-chat-add-tomas = Tomás est d’accord. Le groupe, c’est pour toute la classe.
left-out-of-the-chat-add-priya = Priya t’entend. Elle commence à sourire.
left-out-of-the-chat-tell-teacher = Parler du groupe à Mme Okafor.
left-out-of-the-chat-tell-teacher-feedback = Le dire, ce n’est pas attirer des ennuis à quelqu’un. C’est demander de l’aide. C’est courageux.
left-out-of-the-chat-tell-teacher-priya = Priya se sent rassurée. Un adulte va l’aider.
left-out-of-the-chat-tell-teacher-ms-okafor = Mme Okafor est fière que tu lui en parles.
left-out-of-the-chat-do-nothing = Ne rien faire. Ce n’est pas ton groupe.
left-out-of-the-chat-do-nothing-feedback = On peut se dire que ce n’est pas ton rôle. Mais Priya se sent toujours seule. Un adulte pourrait aider.
left-out-of-the-chat-do-nothing-priya = Priya se sent toujours mise de côté.

left-out-of-the-chat-tomas-remembers = Tu l’as dit dans le groupe. Tu avais raison ! Je vais l’ajouter.
left-out-of-the-chat-tomas-agrees = Oui ! Je l’ajoute ce soir.
left-out-of-the-chat-lena-reason = Mais Priya ne m’a pas choisie dans son équipe.

left-out-of-the-chat-lena-prompt = Que dis-tu à Lena, { $nickname } ?
left-out-of-the-chat-understand = « Ça t’a fait mal. Mais laisser Priya de côté, ça fait mal aussi. »
left-out-of-the-chat-understand-feedback = Tu as pensé à ce que ressent Lena, et Priya aussi. Ça aide tout le monde.
left-out-of-the-chat-understand-lena = Lena se sent écoutée. Maintenant, elle pense à Priya.
left-out-of-the-chat-tell-priya = « Tu peux dire à Priya ce que tu as ressenti. »
left-out-of-the-chat-tell-priya-feedback = Parler peut réparer une peine. Laisser quelqu’un de côté, non.
left-out-of-the-chat-tell-priya-lena = Lena a un peu peur. Mais elle veut essayer.
left-out-of-the-chat-mean-back = « T’es trop méchante, Lena ! »
left-out-of-the-chat-mean-back-feedback = Tu as défendu Priya. Mais maintenant, Lena a de la peine aussi. Tu peux tenir bon, avec gentillesse.
left-out-of-the-chat-mean-back-lena = Lena est blessée. Elle s’en va.

left-out-of-the-chat-make-up = Je vois qu’il y a de la peine. Parlons-en pour arranger ça.
left-out-of-the-chat-lena-sorry = Pardon, Priya. J’étais fâchée. Tu peux être dans le groupe.
left-out-of-the-chat-priya-added = Le soir, Priya entre dans le groupe. Tout le monde lui dit bonjour !
left-out-of-the-chat-end-picnic = Au pique-nique, Priya joue avec tout le monde. Quelle belle journée !
left-out-of-the-chat-end-picnic-reflect = Comment aider quand quelqu’un est mis de côté ?
left-out-of-the-chat-end-picnic-priya = Priya se sent de nouveau à sa place.

left-out-of-the-chat-home-dad = À la maison, tu ne dis presque rien.
left-out-of-the-chat-dad-asks = Quelque chose ne va pas ? Tu veux en parler ?
left-out-of-the-chat-dad-prompt = Que dis-tu, { $nickname } ?
left-out-of-the-chat-tell-dad = Parler à Papa de Priya et du groupe.
left-out-of-the-chat-tell-dad-feedback = Le dire à un adulte, c’est un choix fort. Maintenant, Papa peut aider.
left-out-of-the-chat-tell-dad-dad = Papa est content que tu lui en parles.
left-out-of-the-chat-im-fine = Dire : « Rien. Ça va. »
left-out-of-the-chat-im-fine-feedback = Parler, ça peut être dur. Mais partager un souci le rend plus léger. Tu peux en parler à Papa quand tu veux.
left-out-of-the-chat-im-fine-dad = Papa sent que quelque chose ne va pas. Il veut aider.
left-out-of-the-chat-dad-helps = Je suis content que tu m’en parles. On peut le dire à Mme Okafor demain.
left-out-of-the-chat-dad-waits = D’accord. Je suis là quand tu veux en parler.
left-out-of-the-chat-teacher-sees = Le lendemain, Mme Okafor voit Priya toute seule.
left-out-of-the-chat-teacher-asks = Priya, tu as l’air triste. Viens, on va parler.

left-out-of-the-chat-teacher-listens = Merci de me l’avoir dit. C’était courageux.
left-out-of-the-chat-teacher-talks = Les enfants, parlons de notre groupe de classe.
left-out-of-the-chat-class-rule = La classe crée une règle. Tout le monde est dans le groupe de classe.
left-out-of-the-chat-end-rule = Priya est dans le groupe maintenant. Elle vient au pique-nique. Elle est encore un peu triste. Mais elle sait qu’on tient à elle.
left-out-of-the-chat-end-rule-reflect = À quel adulte pourrais-tu le dire si quelqu’un est mis de côté ?
left-out-of-the-chat-end-rule-priya = Priya se sent rassurée. Des amis et des adultes l’ont aidée.
left-out-of-the-chat-end-teacher-noticed = Mme Okafor a aidé Priya. Maintenant, Priya est dans le groupe. La prochaine fois, toi aussi, tu pourras aider.
left-out-of-the-chat-end-teacher-noticed-reflect = Que peux-tu faire si quelqu’un est mis de côté ?
left-out-of-the-chat-end-teacher-noticed-priya = Priya se sent mieux. Un adulte a vu qu’elle était triste.

left-out-of-the-chat-discuss-1 = Priya ne voyait pas le groupe, mais elle se sentait quand même mise de côté. Quels signes montraient qu’elle était triste ? Comment remarquer que quelqu’un est mis de côté ?
left-out-of-the-chat-discuss-2 = Lena était fâchée parce que Priya ne l’avait pas choisie dans une équipe. Comment Lena aurait-elle pu le dire sans mettre Priya de côté ?
left-out-of-the-chat-discuss-3 = Quelqu’un a-t-il déjà été mis de côté dans un jeu ou un groupe ? Qu’est-ce qui a aidé, ou aurait pu aider ? À quels adultes peut-on en parler ?
