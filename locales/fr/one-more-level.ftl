one-more-level-title = Encore un niveau
one-more-level-summary = Le temps de tablette est fini, mais le jeu affiche « Encore un niveau ! » et un trésor qui brille. La petite sœur attend son tour, et Mamie appelle tout le monde pour dîner. Les enfants s’entraînent à remarquer les yeux fatigués et la mauvaise humeur, à s’arrêter par choix, et à voir que certains jeux sont faits pour qu’on continue à jouer.

one-more-level-zara = Zara
one-more-level-nana = Mamie Adjoa

one-more-level-hook = Dans ta chambre, tu joues à un jeu de ferme.
one-more-level-timer = Le minuteur de Mamie sonne. Ding ! La tablette, c’est fini.
one-more-level-zara-waits = À moi ! J’ai attendu trop longtemps !
one-more-level-game-flashes = Le jeu clignote : « Encore un niveau ! Gagne un coffre en or ! »

one-more-level-stop-prompt = C’est l’heure, mais le coffre brille tellement ! Que fais-tu, { $nickname } ?
one-more-level-one-more = Jouer encore un niveau.
one-more-level-one-more-feedback = C’est dur de dire non à ce coffre ! Mais Zara attend encore. Tu peux t’arrêter après ce niveau.
one-more-level-one-more-zara = C’est son tour, mais elle doit encore attendre.
one-more-level-stop-now = Appuyer sur « Stop ». Donner la tablette à Zara.
one-more-level-stop-now-feedback = Tu as arrêté quand ça a sonné. C’est dur ! Ta ferme sera là la prochaine fois.
one-more-level-stop-now-zara = Elle a son tour juste à l’heure.
one-more-level-go-away = Dire : « Va-t’en, Zara ! Encore un ! »
one-more-level-go-away-feedback = Tu voulais tellement ce coffre. Mais « va-t’en », ça fait mal. Un mot gentil peut réparer.
one-more-level-go-away-zara = Elle a attendu longtemps. Et tu lui as dit de partir.

one-more-level-level-won = Tu gagnes le niveau. Puis le jeu clignote encore.
one-more-level-bigger-chest = « Encore un niveau ! Un plus gros coffre t’attend ! »
one-more-level-tired = Tes yeux sont secs et fatigués. Tu es un peu de mauvaise humeur.

one-more-level-body-prompt = Ton corps te dit quelque chose. Que fais-tu ?
one-more-level-listen = Dire : « J’ai les yeux fatigués. J’arrête. »
one-more-level-listen-feedback = Tu as écouté ton corps. Les yeux fatigués et la mauvaise humeur disent : « Fais une pause ! »
one-more-level-listen-zara = C’est son tour. Elle court prendre la tablette.
one-more-level-keep-going = Continuer. Le coffre suivant a l’air encore mieux.
one-more-level-keep-going-feedback = Le jeu montre toujours un nouveau coffre. Alors, ce n’est jamais fini. Un adulte peut t’aider à t’arrêter.
one-more-level-keep-going-zara = Elle a trop attendu. Elle va chercher Mamie.
one-more-level-watch = Dire : « Zara, viens regarder avec moi ! »
one-more-level-watch-feedback = Zara aime être avec toi. Mais regarder, ce n’est pas jouer. Son tour attend encore.
one-more-level-watch-zara = Elle s’assoit tout près. Mais elle veut son tour.

one-more-level-nana-comes = Mamie entre. Elle tient la main de Zara.
one-more-level-nana-asks = Le minuteur a sonné il y a longtemps. Et tes yeux, ça va ?
one-more-level-nana-prompt = Que dis-tu à Mamie, { $nickname } ?
one-more-level-tell-truth = « J’ai les yeux fatigués. Le jeu veut toujours un niveau de plus. »
one-more-level-tell-truth-feedback = Tu as dit la vérité à Mamie. Elle peut t’aider à arrêter.
one-more-level-tell-truth-nana = Tu lui as dit ce que tu ressens vraiment.
one-more-level-im-fine = « Ça va ! Je viens juste de commencer ! »
one-more-level-im-fine-feedback = Plein d’enfants disent ça pour continuer. Mais Mamie a vu le minuteur. La vérité l’aide à t’aider.
one-more-level-im-fine-nana = Elle voit des yeux fatigués et un air grognon.
one-more-level-not-fair = Crier : « C’est pas juste ! J’ai pas eu le coffre ! »
one-more-level-not-fair-feedback = Trop d’écran, ça met tout le monde de mauvaise humeur. Ce n’est pas grave. Un câlin et une pause peuvent aider.
one-more-level-not-fair-nana = Elle sait que les longues parties font ça aux enfants.
one-more-level-nana-helps = On sauvegarde. Ta ferme va t’attendre.
one-more-level-shelf = Mamie et toi sauvegardez. La tablette va sur l’étagère.
one-more-level-dinner = C’est prêt ! À table, mes étoiles !

one-more-level-zara-plays = Zara joue son tour. Toi, tu fais une grande tour de cubes.
one-more-level-zara-one-more = Encore un niveau ! S’il te plaît ?
one-more-level-help-prompt = Zara ne veut pas s’arrêter. Que fais-tu ?
one-more-level-help-stop = Dire : « Il dit toujours ça ! On sauvegarde et on va manger. »
one-more-level-help-stop-feedback = Tu sais comme c’est dur de s’arrêter. Alors, tu as aidé Zara, gentiment.
one-more-level-help-stop-zara = Elle sauvegarde. Avec toi, c’était plus facile.
one-more-level-grab = Prendre la tablette des mains de Zara.
one-more-level-grab-feedback = Tu voulais l’aider à s’arrêter. Mais Zara est fâchée. Demander gentiment marche mieux.
one-more-level-grab-zara = On lui a pris la tablette des mains.
one-more-level-go-eat = Aller manger. Zara peut s’arrêter toute seule.
one-more-level-go-eat-feedback = Zara est petite. S’arrêter, c’est dur pour elle aussi. Alors, Mamie vient l’aider.
one-more-level-go-eat-zara = Elle entend « À table », mais elle n’arrive pas à s’arrêter.
one-more-level-go-eat-nana = Elle aide Zara à sauvegarder.

one-more-level-zara-asks = Pourquoi le jeu dit toujours « encore un » ?
one-more-level-trick-prompt = Que dis-tu à Zara, { $nickname } ?
one-more-level-made-to-keep = « Le jeu veut qu’on continue. Mais c’est nous qui décidons. »
one-more-level-made-to-keep-feedback = Oui ! Les trésors qui brillent sont faits pour qu’on continue. C’est toi qui décides quand t’arrêter.
one-more-level-made-to-keep-zara = Elle ne savait pas que les jeux la retiennent.
one-more-level-best-part = « Parce que le coffre, c’est le mieux ! »
one-more-level-best-part-feedback = Les coffres, c’est amusant. Mais il y en a toujours un nouveau. Alors, ce n’est jamais fini.
one-more-level-best-part-zara = Elle veut un coffre aussi. Elle ne voit pas encore le piège.
one-more-level-play-cards = « Je sais pas. On joue aux cartes après ? »
one-more-level-play-cards-feedback = Jouer aux cartes avec Zara, c’est gentil. Sa question est bonne aussi. Mamie peut vous aider.
one-more-level-play-cards-zara = Elle adore jouer avec toi.
one-more-level-nana-smiles = Bravo ! Tu as vu le piège. Maintenant, on mange !
one-more-level-nana-explains = Certains jeux sont faits pour qu’on continue. Mais c’est toi qui choisis quand t’arrêter.
one-more-level-say-sorry = Après le dîner, tu dis « Pardon » à Zara. Elle te fait un gros câlin.

one-more-level-end-by-choice = Tu as arrêté de toi-même. Zara a eu son tour. Le dîner est trop bon !
one-more-level-end-by-choice-reflect = Comment ton corps te dit qu’il faut te reposer ?
one-more-level-end-by-choice-zara = Son tour est arrivé juste à l’heure.
one-more-level-end-by-choice-nana = Tu as choisi d’arrêter, même avec un coffre qui brille.
one-more-level-end-nana-helped = Aujourd’hui, Mamie t’a donné un coup de main pour arrêter. La prochaine fois, Zara joue d’abord. Puis tu pourras essayer sans aide.
one-more-level-end-nana-helped-reflect = Que peux-tu faire quand un jeu dit « encore un » ?
one-more-level-end-nana-helped-nana = S’arrêter, c’est dur. Elle t’aide pendant que tu apprends.
one-more-level-end-nana-helped-zara = La prochaine fois, c’est elle qui commence.

one-more-level-discuss-1 = Le jeu a montré un cadeau pile à la fin du temps. Pourquoi ? Qu’est-ce qui essaie aussi de nous faire regarder ou jouer plus longtemps ?
one-more-level-discuss-2 = Comment ton corps se sent-il après beaucoup de temps devant un écran ? Quels signes montrent qu’il est temps de faire une pause, et qu’est-ce qui aide ?
one-more-level-discuss-3 = Comment une famille peut-elle partager une tablette de façon juste ? Quel plan pour s’arrêter marcherait chez toi ?
