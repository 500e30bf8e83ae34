hotel-wifi-title = Deux noms de wifi
hotel-wifi-summary = En vacances, l’enfant trouve deux réseaux wifi aux noms presque pareils, et une fenêtre sur le réseau « gratuit » demande nom complet, date de naissance et téléphone « pour gagner un séjour gratuit ». Les enfants s’entraînent à vérifier auprès du personnel de l’hôtel, à garder leurs informations privées, à aider un petit frère, à être gentils avec une réceptionniste débordée et à se déconnecter d’un ordinateur partagé.

hotel-wifi-sam = Sam
hotel-wifi-mum = Maman
hotel-wifi-ms-bauer = Mme Bauer
hotel-wifi-yuki = Yuki

hotel-wifi-hook = Les vacances ! Ta famille vient d’arriver à l’Hôtel du Coquillage, tout près de la mer.
hotel-wifi-bags = Mama et moi, on monte les bagages. Vous deux, attendez ici. On revient dans dix minutes !
hotel-wifi-lobby = Ton petit frère Sam et toi vous asseyez sur un grand canapé dans le hall. Tu ouvres la tablette.
hotel-wifi-two-names = La liste des wifi affiche deux noms : « Hotel-Clients », avec un cadenas, et « Hotel_WiFi_Gratuit », sans cadenas.
hotel-wifi-sam-wants = Prends le gratuit ! Je veux regarder des dessins animés !

hotel-wifi-wifi-prompt = Les noms se ressemblent beaucoup. Que fais-tu, { $nickname } ?
hotel-wifi-wifi-free = Choisir « Hotel_WiFi_Gratuit ». C’est gratuit !
hotel-wifi-wifi-free-feedback = Gratuit, ça a l’air génial, et beaucoup de gens le choisiraient. Mais n’importe qui à côté peut donner le nom qu’il veut à un réseau. Vérifier lequel est celui de l’hôtel te protège mieux.
hotel-wifi-wifi-free-sam = Sam applaudit. Il croit que les dessins animés arrivent.
hotel-wifi-wifi-ask = Demander à l’accueil quel réseau est vraiment celui de l’hôtel.
hotel-wifi-wifi-ask-feedback = Bien réfléchi. Un nom, c’est facile à copier. Les gens qui gèrent le wifi savent lequel est le vrai.
hotel-wifi-wifi-ask-sam = Sam râle. Les dessins animés devront attendre encore un peu.
hotel-wifi-wifi-wait = Ne choisir aucun des deux. Attendre que Maman revienne.
hotel-wifi-wifi-wait-feedback = Ne pas te connecter à un réseau douteux, c’est prudent. Mais Sam s’ennuie, et tu pourrais trouver la réponse toi-même.
hotel-wifi-wifi-wait-sam = Pour Sam, dix minutes, c’est une éternité.

hotel-wifi-joined = Tu touches « Hotel_WiFi_Gratuit ». Une fenêtre toute colorée remplit l’écran.
hotel-wifi-sam-joins = Sam s’ennuie. Il attrape la tablette et touche « Hotel_WiFi_Gratuit ». Une fenêtre toute colorée remplit l’écran.
hotel-wifi-back-to-sam = Tu reviens vite au canapé. Sam a la tablette, et il s’est connecté à « Hotel_WiFi_Gratuit ».
hotel-wifi-popup = La fenêtre clignote : « TU PEUX GAGNER UN SÉJOUR GRATUIT ! Entre ton nom complet, ta date de naissance et ton téléphone. »
hotel-wifi-sam-typing = Un séjour gratuit ! Je tape nos noms ! C’est quoi, le numéro de Maman ?

hotel-wifi-sam-prompt = Sam est déjà en train de taper. Que fais-tu, { $nickname } ?
hotel-wifi-sam-grab = Prendre la tablette : « Stop ! C’est un piège ! »
hotel-wifi-sam-grab-feedback = Tu as empêché les infos de partir. Mais Sam a sursauté, et il ne sait pas pourquoi. Lui expliquer calmement l’aide à apprendre pour la prochaine fois.
hotel-wifi-sam-grab-sam = Sam croyait gagner un prix pour tout le monde. Puis la tablette a disparu.
hotel-wifi-sam-explain = S’asseoir près de lui : « Attends ! Un vrai prix ne demande pas ta date de naissance. Vérifions. »
hotel-wifi-sam-explain-feedback = Tu as gardé les infos de ta famille privées, et tu as aidé Sam à comprendre pourquoi. Maintenant, il sait à quoi faire attention.
hotel-wifi-sam-explain-sam = Sam arrête de taper. C’était une vérification en équipe, pas un sermon.
hotel-wifi-sam-type = L’aider à finir. Un séjour gratuit, ce serait génial !
hotel-wifi-sam-type-feedback = Ces fenêtres sont faites pour exciter. Mais un nom, une date de naissance et un téléphone, c’est privé. En parler vite à un adulte, c’est la meilleure suite.
hotel-wifi-sam-type-sam = Sam croit que vous allez gagner des vacances.
hotel-wifi-thank-you-popup = La fenêtre dit : « Merci ! Nous appellerons bientôt le gagnant. » Puis elle disparaît. Quelque chose cloche.

hotel-wifi-desk = Tu vas à l’accueil pour vérifier. Le téléphone sonne, et trois clients font la queue.
hotel-wifi-busy = Un instant, s’il vous plaît ! Je suis à vous tout de suite.
hotel-wifi-desk-prompt = Mme Bauer a l’air très occupée. Que fais-tu, { $nickname } ?
hotel-wifi-desk-wait = Attendre ton tour. Puis demander poliment et dire merci.
hotel-wifi-desk-wait-feedback = La patience et la politesse rendent un travail chargé plus facile. Et tu as eu une réponse claire de la personne qui sait.
hotel-wifi-desk-wait-bauer = Une question aimable, c’était le meilleur moment de sa matinée chargée.
hotel-wifi-desk-push = Passer devant : « Petite question ! Quel wifi est le vrai ? »
hotel-wifi-desk-push-feedback = Ta question était bonne. Mais passer devant stresse quelqu’un qui court déjà partout. Attendre une minute, c’est plus gentil.
hotel-wifi-desk-push-bauer = Mme Bauer était en plein appel.
hotel-wifi-desk-card = Regarder autour d’abord. Il y a une petite carte wifi sur le comptoir.
hotel-wifi-desk-card-feedback = Bien vu ! Les hôtels impriment souvent le vrai nom du réseau. Tu as trouvé la réponse sans allonger la file.
hotel-wifi-desk-card-bauer = Entre deux appels, Mme Bauer te voit et lève le pouce.
hotel-wifi-bauer-answers = Notre réseau, c’est « Hotel-Clients ». Le mot de passe est sur ta carte-clé. « Hotel_WiFi_Gratuit », ce n’est pas le nôtre !
hotel-wifi-bauer-never = Et on ne demande jamais de date de naissance ni de téléphone pour le wifi. Merci d’avoir vérifié !
hotel-wifi-card-says = La carte dit : « Notre wifi : Hotel-Clients. Mot de passe sur votre carte-clé. Nous ne demandons jamais d’informations personnelles. »

hotel-wifi-connected = Tu te connectes à « Hotel-Clients » avec le code de la carte-clé. Enfin les dessins animés pour Sam !
hotel-wifi-computer = Plus tard, tu utilises l’ordinateur partagé du hall. Tu ouvres ta messagerie et tu envoies une photo de la plage à ton meilleur ami.
hotel-wifi-yuki-waits = Salut ! Moi, c’est Yuki, du mini-club. Je peux prendre l’ordi après toi ?
hotel-wifi-pc-prompt = Ta photo est partie. Que fais-tu maintenant, { $nickname } ?
hotel-wifi-pc-signout = Se déconnecter de ta messagerie et fermer le navigateur. Puis laisser la place à Yuki.
hotel-wifi-pc-signout-feedback = Cette habitude protège ton compte. La personne suivante trouve un écran propre.
hotel-wifi-pc-signout-yuki = Yuki a l’ordinateur tout de suite, sans rien à toi dessus.
hotel-wifi-pc-close = Juste fermer la fenêtre. Ça devrait suffire.
hotel-wifi-pc-close-feedback = Ça a l’air fini, mais fermer une fenêtre laisse souvent ton compte connecté. Te déconnecter d’abord, c’est le plus sûr.
hotel-wifi-pc-close-yuki = Yuki s’assoit. Elle ne sait pas que ton compte est encore ouvert.
hotel-wifi-pc-rush = Se lever vite, pour que Yuki n’attende pas.
hotel-wifi-pc-rush-feedback = Ne pas faire attendre Yuki, c’est attentionné. Mais ta messagerie reste ouverte, visible par tous. Dix secondes pour te déconnecter, ça vaut le coup.
hotel-wifi-pc-rush-yuki = Ta boîte mail est encore ouverte, juste devant elle.
hotel-wifi-yuki-spots = Hé, ta messagerie est encore ouverte ! J’ai rien lu. Tu veux te déconnecter ?
hotel-wifi-sign-out-now = Tu te déconnectes et tu remercies Yuki. Elle te fait un grand sourire.

hotel-wifi-mum-arrives = Maman traverse le hall en fauteuil roulant, en souriant.
hotel-wifi-mum-back = Tout est rangé ! Mama est sur le balcon. Alors, c’était comment, ici ?
hotel-wifi-tell-prompt = Sam a tapé vos infos dans cette fenêtre. Que dis-tu à Maman, { $nickname } ?
hotel-wifi-tell-mum = Parler à Maman de la fenêtre et de ce que Sam a tapé.
hotel-wifi-tell-mum-feedback = Le lui dire vite, c’est la meilleure solution. Personne n’a d’ennuis pour s’être fait piéger, et maintenant Maman peut aider.
hotel-wifi-tell-mum-mum = Tu lui as dit tout de suite, même si c’était gênant.
hotel-wifi-tell-mum-sam = Sam a peur d’avoir fait une bêtise. Ce n’est pas le cas.
hotel-wifi-keep-quiet = Dire « Tout va bien ! » Sam pourrait se faire gronder.
hotel-wifi-keep-quiet-feedback = Vouloir protéger Sam, c’est gentil. Mais personne n’a d’ennuis pour s’être fait piéger, et un adulte peut aider. Tu peux encore lui dire.
hotel-wifi-keep-quiet-mum = Maman ne sait rien encore, alors elle ne peut pas aider.
hotel-wifi-sam-blurts = Maman ! On va peut-être gagner un séjour gratuit ! J’ai tapé notre numéro !
hotel-wifi-mum-helps = Merci de me l’avoir dit. Personne n’a d’ennuis. Ce genre de piège trompe aussi les adultes.
hotel-wifi-mum-plan = On va faire oublier ce réseau à la tablette, et on ne répondra pas aux numéros inconnus. Prévenons aussi Mme Bauer.

hotel-wifi-end-smooth = Sam regarde ses dessins animés sur le vrai wifi, et toutes vos infos sont restées privées. Les vacances peuvent commencer !
hotel-wifi-end-smooth-reflect = Comment savoir si un réseau wifi, ou un prix, est vrai ?
hotel-wifi-end-smooth-sam = Sam a eu ses dessins animés, et il a appris à repérer les pièges.
hotel-wifi-end-smooth-mum = Maman apprend comment tu as pris soin de Sam et de toi.
hotel-wifi-end-yuki = Tout est réglé, avec un petit coup de main de Yuki. La prochaine fois, tu te déconnecteras avant de te lever.
hotel-wifi-end-yuki-reflect = Que faut-il toujours faire avant de quitter un ordinateur partagé ?
hotel-wifi-end-yuki-yuki = Yuki a aidé quelqu’un dès son premier jour au mini-club.
hotel-wifi-end-mum-helps = Mme Bauer affiche un panneau pour prévenir les autres clients du faux réseau. Sam a ses dessins animés sur le vrai wifi.
hotel-wifi-end-mum-helps-reflect = Si toi ou un ami aviez tapé des infos dans une fenêtre, à qui le dirais-tu ?
hotel-wifi-end-mum-helps-mum = Tu lui as parlé vite, alors elle a pu aider vite.
hotel-wifi-end-mum-helps-sam = Personne ne l’a grondé, et il sait maintenant à quoi faire attention.
hotel-wifi-end-sam-told = Grâce à Sam, Maman a pu aider, et Mme Bauer prévient les autres clients. La prochaine fois, c’est toi qui pourras le dire.
hotel-wifi-end-sam-told-reflect = Pourquoi quelqu’un qui s’est fait piéger pourrait-il se taire ? Qu’est-ce qui l’aiderait à en parler ?
hotel-wifi-end-sam-told-mum = Maintenant qu’elle sait, elle peut aider, et personne n’a d’ennuis.

hotel-wifi-discuss-1 = « Hotel-Clients » et « Hotel_WiFi_Gratuit » se ressemblent beaucoup. Pourquoi quelqu’un créerait-il un réseau au nom proche de celui d’un hôtel, et comment vérifier lequel est le vrai ?
hotel-wifi-discuss-2 = La fenêtre offrait un séjour gratuit contre un nom, une date de naissance et un téléphone. Qu’est-ce qui rend une offre « trop belle pour être vraie » ? Quelles autres informations faut-il garder privées ?
hotel-wifi-discuss-3 = Mme Bauer était très occupée. Comment demander de l’aide gentiment à quelqu’un de pressé ? Et comment aiderais-tu un enfant plus jeune qui va partager des informations privées ?
