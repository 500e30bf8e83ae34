game-chat-teasing-title = Une nouvelle joueuse
game-chat-teasing-summary = Dans un jeu de construction, une nouvelle joueuse est lente et quelqu’un écrit « noob, t’es nulle, va-t’en » pendant que d’autres rient dans le tchat. Les enfants s’entraînent à remarquer, défendre sans méchanceté, aider, signaler et bloquer, et en parler à un adulte à la maison.

## Characters
game-chat-teasing-ines = Ines
game-chat-teasing-wei = Wei
game-chat-teasing-ayo = Ayo
game-chat-teasing-mama = Maman

## Hook and turn
game-chat-teasing-hook = C’est samedi. Tu joues à un jeu de blocs sur la tablette. Maman lit à côté.
game-chat-teasing-friends = Tes copains Wei et Ayo sont dans ta partie. Tu construis une grande tour.
game-chat-teasing-ines-joins = Salut ! Moi, c’est Ines. Je suis nouvelle. Je peux jouer ?
game-chat-teasing-ines-slow = Ines construit une petite maison. Elle va lentement. Son toit tombe.
game-chat-teasing-wei-teases = noob, t’es nulle, va-t’en
game-chat-teasing-ayo-laughs = ha ha ha
game-chat-teasing-more-laughs = D’autres rires s’affichent dans le tchat.

## Decision 1
game-chat-teasing-chat-prompt = Que fais-tu, { $nickname } ?
game-chat-teasing-join = Écrire « ha ha » aussi.
game-chat-teasing-join-feedback = Suivre les autres, c’était facile. Mais Ines voit un rire de plus. Des mots gentils peuvent aider.
game-chat-teasing-join-ines = Une personne de plus a ri de sa maison.
game-chat-teasing-join-wei = Il croit que tout le monde aime sa blague.
game-chat-teasing-quiet = Ne rien dire. Continuer ta tour.
game-chat-teasing-quiet-feedback = Se taire semble plus sûr. Mais personne n’a défendu Ines. Tu peux encore l’aider.
game-chat-teasing-quiet-ines = Plein de rires, et personne ne dit stop.
game-chat-teasing-kind = Écrire : « Arrête. Au début, tout le monde est nouveau. »
game-chat-teasing-kind-feedback = Tu as défendu Ines, sans méchanceté. C’était courageux.
game-chat-teasing-kind-ines = Quelqu’un dans le tchat est de son côté.
game-chat-teasing-kind-wei = Il ne pensait pas que quelqu’un dirait stop.

game-chat-teasing-ines-thanks = Merci. J’apprends encore.
game-chat-teasing-ines-sees-you = Ines voit aussi ton « ha ha ».
game-chat-teasing-ines-stops = Puis Ines arrête de construire. Son personnage ne bouge plus.

## Decision 2
game-chat-teasing-notice-prompt = Ines ne construit plus. Que fais-tu ?
game-chat-teasing-help = Aller voir Ines. Demander : « Je t’aide pour ta maison ? »
game-chat-teasing-help-feedback = Tu as vu qu’Ines s’arrêtait. Et tu lui as proposé ton aide. C’est prendre soin d’elle.
game-chat-teasing-help-ines = Elle a quelqu’un avec qui construire.
game-chat-teasing-kind-words = Écrire à Ines : « J’aime bien ta petite maison ! »
game-chat-teasing-kind-words-feedback = Les mots gentils aident beaucoup. Ines les lit deux fois.
game-chat-teasing-kind-words-ines = Quelqu’un a aimé ce qu’elle a fait.
game-chat-teasing-keep-building = Continuer à construire. Ta tour est presque finie !
game-chat-teasing-keep-building-feedback = Ta tour, c’est amusant. Mais Ines est toujours seule. Tu peux aller la voir maintenant.
game-chat-teasing-keep-building-ines = Tout le monde est occupé, et personne ne vient la voir.

game-chat-teasing-wei-again = mdr Ines est trop lente. Va-t’en, noob !
game-chat-teasing-ayo-again = Ayo envoie encore des rires.

## Decision 3
game-chat-teasing-stop-prompt = Les mots méchants continuent. Et maintenant, { $nickname } ?
game-chat-teasing-report = Appuyer sur Signaler et Bloquer sur les mots méchants.
game-chat-teasing-report-feedback = Bonne idée. Signaler prévient l’équipe du jeu. Bloquer enlève les mots méchants de ton écran.
game-chat-teasing-report-ines = Quelqu’un fait quelque chose pour l’aider.
game-chat-teasing-mean-back = Écrire : « C’est TOI le noob, Wei ! »
game-chat-teasing-mean-back-feedback = Tu voulais aider Ines. Mais répondre méchamment fait encore plus mal. Tu peux tenir bon, avec gentillesse.
game-chat-teasing-mean-back-wei = Maintenant, quelqu’un l’insulte, lui aussi.
game-chat-teasing-mean-back-ines = Maintenant, on se dispute à cause d’elle.
game-chat-teasing-tell = Arrêter le jeu. Aller le dire à Maman.
game-chat-teasing-tell-feedback = Le dire à un adulte, c’est fort. C’est demander de l’aide, pas cafter.
game-chat-teasing-tell-mama = Tu lui as confié un gros problème.

game-chat-teasing-report-sent = Une fenêtre s’ouvre : « Merci. Quelqu’un de l’équipe va vérifier. »
game-chat-teasing-mama-notices = Tu poses la tablette. Maman lève les yeux.
game-chat-teasing-mama-asks = Ça n’a pas l’air d’aller. Il se passe quoi dans ton jeu ?

## Decision 4
game-chat-teasing-mama-prompt = Que dis-tu à Maman ?
game-chat-teasing-show = Montrer le tchat à Maman. Lui raconter ce qui s’est passé.
game-chat-teasing-show-feedback = Tout dire à un adulte, c’est courageux. Maintenant, Maman peut aider.
game-chat-teasing-show-mama = Elle sait, alors elle peut aider.
game-chat-teasing-fine = Dire : « Rien. Ça va. »
game-chat-teasing-fine-feedback = Parler, ça peut être dur. Mais un souci devient plus léger quand on le partage. Tu peux en parler à Maman quand tu veux.
game-chat-teasing-fine-mama = Elle sent que quelque chose ne va pas.

## A grown-up helps
game-chat-teasing-mama-listens = Merci de me l’avoir dit. Aidons Ines ensemble.
game-chat-teasing-mama-mean-back = Répondre méchamment, ça empire les choses. On peut aussi demander pardon.
game-chat-teasing-mama-helps = Maman t’aide à signaler le tchat. Puis elle appelle le papa de Wei.
game-chat-teasing-you-say-sorry = Tu dis pardon à Ines pour ton « ha ha ». Elle dit oui de la tête.
game-chat-teasing-mama-waits = D’accord. Je suis là quand tu veux en parler.

## Endings
game-chat-teasing-end-build-together = Le lendemain, Wei demande pardon à Ines. Ayo dit : « J’ai ri juste parce que Wei riait. » Maintenant, vous construisez tous un château.
game-chat-teasing-end-build-together-reflect = Comment aider quand le tchat d’un jeu devient méchant ?
game-chat-teasing-end-build-together-ines = Sa petite maison fait partie du château maintenant.
game-chat-teasing-end-build-together-wei = Il a demandé pardon, et Ines a dit d’accord.
game-chat-teasing-end-grown-up-helps = Wei demande pardon à Ines. Ines revient jouer. Elle est encore un peu timide. Mais elle sait qu’on tient à elle.
game-chat-teasing-end-grown-up-helps-reflect = Comment aider quelqu’un de nouveau à se sentir bienvenu ?
game-chat-teasing-end-grown-up-helps-ines = Un adulte a aidé, et les mots méchants se sont arrêtés.
game-chat-teasing-end-ines-left = Ines quitte le jeu. Elle ne revient pas aujourd’hui. Maman est toujours à côté. Tu peux lui en parler quand tu veux.
game-chat-teasing-end-ines-left-reflect = À quel adulte pourrais-tu parler d’un tchat de jeu méchant ?
game-chat-teasing-end-ines-left-ines = Sa première partie a fini par des mots méchants.
game-chat-teasing-end-ines-left-mama = Elle est prête à t’écouter quand tu voudras.

## For teachers
game-chat-teasing-discuss-1 = Wei a traité Ines de « noob » car elle était nouvelle et lente. Pourquoi certains joueurs se moquent-ils des nouveaux ? Que ressent-on quand on est nouveau ?
game-chat-teasing-discuss-2 = Ayo a ri parce que Wei riait. Pourquoi est-ce difficile de ne pas suivre quand un groupe rit ? Qu’est-ce qu’Ayo aurait pu faire à la place ?
game-chat-teasing-discuss-3 = À quoi servent Signaler et Bloquer dans les jeux que tu connais ? À quels adultes, à la maison ou à l’école, pourrais-tu montrer un tchat méchant ?
