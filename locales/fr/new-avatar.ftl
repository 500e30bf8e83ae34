new-avatar-title = Mon nouvel avatar
new-avatar-summary = Un enfant crée un avatar de jeu avec des lunettes et des cheveux bouclés, comme lui. Un autre joueur s’en moque, et un ami dit : « Fais comme si tu avais 12 ans pour venir sur le serveur des grands. » Les enfants s’entraînent à rester eux-mêmes et honnêtes en ligne, à en parler à un adulte, et à être gentils avec les avatars des autres.

new-avatar-kai = Kai
new-avatar-omar = Omar
new-avatar-ana = Ana
new-avatar-papa-jun = Papa Jun

new-avatar-hook = Tu commences un nouveau jeu. D’abord, tu crées ton avatar.
new-avatar-avatar-made = Il a des lunettes et des cheveux bouclés, comme toi ! Puis un joueur, Omar, le voit.
new-avatar-omar-laughs = Ha ha ! Des lunettes dans un jeu ? C’est ridicule !

new-avatar-omar-prompt = Que fais-tu, { $nickname } ?
new-avatar-take-off = Enlever les lunettes de ton avatar.
new-avatar-take-off-feedback = Tu voulais qu’il arrête de rire. C’est normal. Mais tes lunettes font partie de toi. Tu peux les remettre.
new-avatar-take-off-omar = Il rit, puis il joue. Il n’a pas vu ta peine.
new-avatar-like-them = Écrire : « Je porte des lunettes. Je les aime ! »
new-avatar-like-them-feedback = Tu n’as pas changé, même quand quelqu’un a ri. C’est fort !
new-avatar-like-them-omar = Il ne pensait pas que tu les aimais autant.
new-avatar-mean-back = Écrire : « Ton avatar aussi, il est ridicule ! »
new-avatar-mean-back-feedback = Ça t’a fait mal, alors tu as répondu méchamment. Maintenant, deux personnes sont tristes. Tu peux plutôt dire ce que tu ressens.
new-avatar-mean-back-omar = Maintenant, c’est de lui qu’on se moque.

new-avatar-kai-joins = Ton ami Kai arrive dans le jeu. Son avatar a des appareils auditifs bleus, comme les siens.
new-avatar-kai-asks = Viens sur le serveur des grands ! Dis juste que tu as 12 ans !
new-avatar-game-asks = Le jeu demande : « Quel âge as-tu ? »

new-avatar-age-prompt = Tu n’as pas encore 12 ans. Que fais-tu, { $nickname } ?
new-avatar-say-12 = Écrire « 12 ». C’est juste un jeu.
new-avatar-say-12-feedback = Plein d’enfants font ça pour jouer avec leurs amis. Mais les règles d’âge gardent les jeux adaptés pour toi. La vérité te protège.
new-avatar-say-12-kai = Maintenant, tu peux jouer avec lui chez les grands.
new-avatar-real-age = Écrire ton vrai âge. Jouer sur le serveur des enfants.
new-avatar-real-age-feedback = Tu as dit la vérité, même si c’était dur. Tu es la même personne, en ligne ou pas.
new-avatar-real-age-kai = Il voulait t’avoir avec lui chez les grands.
new-avatar-ask-papa = D’abord, aller demander à Papa Jun.
new-avatar-ask-papa-feedback = Demander à un adulte, c’est honnête et malin. Papa Jun peut t’aider à choisir.
new-avatar-ask-papa-papa = Tu lui as demandé avant d’écrire quoi que ce soit.

new-avatar-big-server = Le serveur des grands est bruyant et rapide.
new-avatar-lost = Le tchat défile trop vite pour le lire. Certains mots ne sont pas gentils. Tu ne sais plus trop où tu en es.
new-avatar-big-prompt = Cet endroit n’est pas fait pour toi. Que fais-tu ?
new-avatar-tell-papa = Partir, et raconter à Papa Jun ce qui s’est passé.
new-avatar-tell-papa-feedback = C’était courageux et honnête. Le dire à un adulte, c’est le choix fort.
new-avatar-tell-papa-papa = Tu lui as dit la vérité, même sur ton âge.
new-avatar-stay = Rester. Personne ne sait ton vrai âge.
new-avatar-stay-feedback = Rester peut sembler amusant. Mais ce serveur est fait pour les grands. Un adulte peut t’aider à trouver un meilleur endroit.
new-avatar-stay-kai = Il voit le tchat aussi. Ce n’est plus drôle.
new-avatar-papa-sees = Papa Jun passe. Il voit ton écran et s’assoit avec toi.
new-avatar-papa-talks = Ce serveur est pour les plus grands. Le serveur des enfants est fait pour toi.
new-avatar-papa-no-trouble = Je ne te gronde pas. Tu peux toujours me dire ce qui se passe en ligne.
new-avatar-papa-says = Ce serveur est pour les grands. Kai et toi pouvez jouer sur le serveur des enfants.

new-avatar-kai-stays = D’accord ! Je joue sur le serveur des enfants avec toi !
new-avatar-ana-joins = Puis Ana, de ta classe, arrive. Son avatar est en fauteuil roulant, comme Ana. Et il a des cheveux violets qui brillent !
new-avatar-kai-giggles = Ha ha ! Des cheveux violets ? C’est trop bizarre !

new-avatar-ana-prompt = Qu’écris-tu, { $nickname } ?
new-avatar-cool = « Super avatar, Ana ! J’adore les cheveux violets. »
new-avatar-cool-feedback = Tu as pensé à ce qu’Ana pouvait ressentir. Tes mots gentils l’ont fait sourire.
new-avatar-cool-ana = Quelqu’un aime l’avatar qu’elle a fait.
new-avatar-laugh = Rire avec Kai : « Ha ha, trop bizarre ! »
new-avatar-laugh-feedback = Rire avec un ami, c’est facile. Mais tu sais ce que ça fait quand on se moque de toi. Un mot gentil peut aider.
new-avatar-laugh-ana = Deux personnes se sont moquées de l’avatar qu’elle a fait.
new-avatar-tell-kai = Dire à Kai : « Un avatar peut être comme on veut. Le sien est super ! »
new-avatar-tell-kai-feedback = Tu as défendu Ana sans blesser Kai. C’est gentil et courageux.
new-avatar-tell-kai-kai = Il s’arrête et pense à Ana.
new-avatar-tell-kai-ana = Quelqu’un l’a défendue.

new-avatar-ana-asks = Hé, elles sont où, tes lunettes ? Qu’est-ce qui est arrivé à ton avatar ?
new-avatar-glasses-prompt = Que fais-tu ?
new-avatar-put-back = Remettre les lunettes à ton avatar.
new-avatar-put-back-feedback = Ton avatar te ressemble de nouveau. Tu n’as pas à cacher une partie de toi.
new-avatar-put-back-ana = Son avatar lui ressemble. Maintenant, le tien te ressemble.
new-avatar-leave-off = Ne pas les remettre. Quelqu’un pourrait encore rire.
new-avatar-leave-off-feedback = C’est normal d’avoir peur de ça. C’est ton choix. Les vrais amis t’aiment comme tu es, avec tes lunettes.
new-avatar-leave-off-ana = Elle aime tes lunettes. Elle espère que tu vas les remettre.

new-avatar-omar-sorry = Pardon pour ma blague. Tes lunettes sont cool, pour de vrai.
new-avatar-make-up = Tu écris à Omar : « Pardon, c’était méchant. » Omar répond : « Moi aussi, pardon. »

new-avatar-end-castle = Kai, Ana et toi construisez un grand château. Chaque avatar est parfait comme il est.
new-avatar-end-castle-reflect = Que dire de gentil sur l’avatar de quelqu’un ?
new-avatar-end-castle-ana = Elle peut être elle-même dans le jeu.
new-avatar-end-castle-kai = Il aime jouer avec vous deux.
new-avatar-end-sorry = Ana quitte le jeu tôt. Le lendemain, tu lui dis pardon. Elle te montre comment elle a fait les cheveux violets.
new-avatar-end-sorry-reflect = Que ressentirais-tu si quelqu’un se moquait de ton avatar ?
new-avatar-end-sorry-ana = Tu lui as dit pardon, et elle veut rejouer.

new-avatar-discuss-1 = Pourquoi quelqu’un ferait-il un avatar qui lui ressemble ? Pourquoi quelqu’un d’autre choisirait-il un dragon ou un robot ? Les deux sont-ils OK ?
new-avatar-discuss-2 = Kai t’a demandé de dire que tu avais 12 ans. Pourquoi les jeux demandent-ils ton âge ? Que dire à un ami qui te demande de faire semblant ?
new-avatar-discuss-3 = Quelqu’un s’est-il déjà moqué de quelque chose que tu as fait ou choisi ? Qu’est-ce qui a aidé ? Que pourrait-on dire au lieu de rire ?
