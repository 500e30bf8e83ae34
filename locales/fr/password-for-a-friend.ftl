password-for-a-friend-title = Un mot de passe pour une amie
password-for-a-friend-summary = Leila, la meilleure amie de l’enfant, demande son mot de passe de l’appli de lecture de la classe pour lui gagner des étoiles. Les enfants s’entraînent à dire non gentiment, à prendre soin d’une amie blessée, à créer un nouveau mot de passe avec l’aide du maître, et à savoir qu’un mot de passe ne se partage qu’avec les adultes de la maison.

password-for-a-friend-leila = Leila
password-for-a-friend-oskar = Oskar
password-for-a-friend-mr-chen = M. Chen

password-for-a-friend-hook = C’est l’heure de lire ! Chaque livre lu te donne des étoiles.
password-for-a-friend-leila-stars = Regarde ! J’ai déjà dix étoiles !
password-for-a-friend-you-have = Toi, tu en as trois. Leila lit super vite.
password-for-a-friend-leila-asks = Dis-moi ton mot de passe. Je lis pour toi et je te gagne des étoiles !
password-for-a-friend-leila-friends = On est inséparables. Entre meilleurs amis, on partage tout !

password-for-a-friend-ask-prompt = Que dis-tu, { $nickname } ?
password-for-a-friend-share = Donner ton mot de passe à Leila.
password-for-a-friend-share-feedback = Tu voulais partager avec ton amie. Mais un mot de passe, c’est juste pour toi et tes adultes à la maison. Tu peux encore arranger ça.
password-for-a-friend-share-leila = Leila croit qu’elle t’aide.
password-for-a-friend-kind-no = Dire : « Pardon, non. Mon mot de passe, c’est juste pour moi. »
password-for-a-friend-kind-no-feedback = Tu as protégé ton mot de passe, et tu l’as dit gentiment. Les vrais amis peuvent entendre un non.
password-for-a-friend-kind-no-leila = Leila voulait aider. Elle espérait un oui.
password-for-a-friend-sharp-no = Dire : « Jamais ! Tu gâcherais tout ! »
password-for-a-friend-sharp-no-feedback = Ton mot de passe est protégé. Mais les mots étaient durs. Tu peux dire non avec gentillesse.
password-for-a-friend-sharp-no-leila = Leila voulait juste aider. Tes mots l’ont blessée.

password-for-a-friend-leila-hurt = Leila croise les bras. Elle regarde par terre.
password-for-a-friend-leila-sad = Je croyais que j’étais ta meilleure amie.
password-for-a-friend-hurt-prompt = Leila a de la peine. Que fais-tu, { $nickname } ?
password-for-a-friend-reassure = Dire : « Tu es ma meilleure amie ! On lit ensemble ? »
password-for-a-friend-reassure-feedback = Tu as gardé ton mot de passe et ton amie. Lire ensemble, c’est amusant aussi !
password-for-a-friend-reassure-leila = Leila sait que tu l’aimes toujours beaucoup.
password-for-a-friend-give-in = Lui donner le mot de passe pour la consoler.
password-for-a-friend-give-in-feedback = Tu ne voulais pas que Leila ait de la peine. C’est gentil. Mais un mot de passe n’est pas une preuve d’amitié.
password-for-a-friend-give-in-leila = Leila sourit. Pour elle, ce n’est pas grave.
password-for-a-friend-walk-off = Dire : « Bon, tant pis ! » Puis partir.
password-for-a-friend-walk-off-feedback = C’est dur quand une amie a de la peine. Mais partir n’arrange rien. Vous pourrez parler plus tard.
password-for-a-friend-walk-off-leila = Leila est toute seule maintenant.
password-for-a-friend-read-together = D’accord ! On lit le livre du dragon ensemble ?

password-for-a-friend-next-day = Le lendemain, tu ouvres l’appli de lecture.
password-for-a-friend-joke = Surprise ! Ta photo est une grenouille. Ta page dit : « Je mange des mouches ! »
password-for-a-friend-oskar-laughs = Ha ha ! Tu manges des mouches !
password-for-a-friend-leila-joke = C’est une blague ! J’ai pris ton mot de passe.
password-for-a-friend-cheeks = Tes joues deviennent toutes chaudes. Toute la classe peut voir ta page.
password-for-a-friend-joke-prompt = Que fais-tu, { $nickname } ?
password-for-a-friend-joke-tell = Raconter à M. Chen ce qui s’est passé.
password-for-a-friend-joke-tell-feedback = Le dire à un adulte, c’est un choix fort. M. Chen peut aider à réparer ça.
password-for-a-friend-joke-tell-chen = Tu as demandé de l’aide à M. Chen.
password-for-a-friend-joke-fix = Remettre ta page comme avant. Ne rien dire.
password-for-a-friend-joke-fix-feedback = Ta page est de nouveau normale. Mais Leila connaît toujours ton mot de passe. Un adulte peut t’aider à en faire un nouveau.
password-for-a-friend-joke-fix-leila = Leila pense que la blague n’était pas grave.
password-for-a-friend-joke-shout = Crier : « Leila, tu as gâché ma page ! »
password-for-a-friend-joke-shout-feedback = Tu as le droit d’être en colère. Mais crier fait mal aussi. Tu peux lui dire calmement ce que tu ressens.
password-for-a-friend-joke-shout-leila = Toute la classe s’est tournée vers elle.
password-for-a-friend-frog-again = Le lendemain matin, la grenouille est revenue !
password-for-a-friend-chen-sees = Tu n’as pas l’air bien. Qu’y a-t-il ?
password-for-a-friend-show-chen = Tu montres ta page à M. Chen.
password-for-a-friend-chen-hears = J’entends de grosses émotions. Respirons un bon coup et parlons.
password-for-a-friend-chen-help = Réparons ta page ensemble. Puis on fera un nouveau mot de passe.

password-for-a-friend-class-time = Après la cantine, M. Chen parle à toute la classe.
password-for-a-friend-toothbrush = Un mot de passe, c’est comme une brosse à dents. C’est juste pour toi !
password-for-a-friend-grown-ups = Tu peux le dire aux adultes de ta maison. À personne d’autre.
password-for-a-friend-class-new = Aujourd’hui, chacun fait un nouveau mot de passe. Je vais vous aider !

password-for-a-friend-password-prompt = M. Chen t’aide. Quel nouveau mot de passe choisis-tu, { $nickname } ?
password-for-a-friend-pw-pet = Le nom de ton chat : « Moustache ». C’est facile !
password-for-a-friend-pw-pet-feedback = Facile à retenir ! Mais tes amis connaissent le nom de ton chat. Trois mots rigolos, c’est plus dur à deviner.
password-for-a-friend-pw-pet-chen = M. Chen sait que tu peux le rendre plus solide.
password-for-a-friend-pw-silly = Trois mots rigolos : « citron fusée lune ».
password-for-a-friend-pw-silly-feedback = Super choix ! Toi, tu t’en souviens. Les autres ne peuvent pas le deviner.
password-for-a-friend-pw-silly-chen = Personne d’autre n’aurait pensé à ce mot de passe.
password-for-a-friend-pw-leila = Demander à Leila d’en choisir un pour toi.
password-for-a-friend-pw-leila-feedback = Alors Leila le connaîtrait aussi. Un mot de passe, c’est juste pour toi et tes adultes.
password-for-a-friend-pw-leila-leila = Leila vient d’entendre M. Chen : un mot de passe, on le garde pour soi.
password-for-a-friend-show-at-home = Ce soir, montre-le à un adulte de ta maison.

password-for-a-friend-leila-sorry = Pardon pour la grenouille. Je voulais juste être drôle.
password-for-a-friend-leila-alone = À la récré, Leila est toute seule dans le coin lecture.
password-for-a-friend-leila-prompt = Que fais-tu, { $nickname } ?
password-for-a-friend-make-up = Dire à Leila ce que tu ressens. Puis lui proposer de lire avec toi.
password-for-a-friend-make-up-feedback = Tu as dit ce que tu ressentais, et tu lui as fait une place. C’est ça, l’amitié.
password-for-a-friend-make-up-leila = Leila est contente que votre amitié continue.
password-for-a-friend-stay-away = Plutôt jouer avec Oskar. Laisser Leila toute seule.
password-for-a-friend-stay-away-feedback = Parfois, on a besoin d’une pause. Mais Leila a encore de la peine. Un mot gentil peut aider, même demain.
password-for-a-friend-stay-away-leila = Leila te regarde jouer avec Oskar.
password-for-a-friend-stay-away-oskar = Oskar se demande pourquoi Leila ne joue pas aussi.

password-for-a-friend-end-own-stars = Leila et toi lisez le livre du dragon ensemble. Chacun gagne ses propres étoiles !
password-for-a-friend-end-own-stars-reflect = Comment dire non gentiment à un ami ?
password-for-a-friend-end-own-stars-leila = Leila est juste à côté de toi, comme avant.
password-for-a-friend-end-home-help = Leila est de nouveau ton amie. À la maison, un adulte t’aide à rendre ton mot de passe plus solide.
password-for-a-friend-end-home-help-reflect = Avec qui peux-tu partager ton mot de passe ?
password-for-a-friend-end-home-help-leila = Vous avez fait la paix. Elle s’assoit avec toi.
password-for-a-friend-end-tomorrow = Ta page est protégée maintenant. Mais Leila et toi n’avez pas joué aujourd’hui. Demain, vous pourrez parler.
password-for-a-friend-end-tomorrow-reflect = Comment pourrais-tu aider Leila à se sentir mieux demain ?
password-for-a-friend-end-tomorrow-leila = Tu manques beaucoup à Leila.

password-for-a-friend-discuss-1 = Leila a dit « entre meilleurs amis, on partage tout ». Y a-t-il des choses que même les meilleurs amis ne partagent pas ? Pourquoi un mot de passe en fait-il partie ?
password-for-a-friend-discuss-2 = Leila trouvait que changer la page était une blague drôle. Comment une blague peut-elle être vécue autrement par la personne visée ?
password-for-a-friend-discuss-3 = Avec quels adultes pourrais-tu partager un mot de passe ? Que ferais-tu si quelqu’un d’autre découvrait ton mot de passe ?
