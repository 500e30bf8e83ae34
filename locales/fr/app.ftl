# Mots des écrans du jeu. Ceux de chaque histoire sont dans <id-de-l-histoire>.ftl.

# Le nom de cette langue, dans cette langue (affiché dans le choix de la langue).
language-name = Français

app-title = Kind Quest
title-tagline = Des histoires de gentillesse et de sécurité en ligne
title-play = Jouer
title-language = Langue

profiles-title = Qui joue ?
profiles-new = Nouveau profil
profiles-none = Personne pour l’instant. Crée un profil !
profiles-hello = Salut, { $nickname } !
profiles-pick-face = Choisis un visage
profiles-your-name = Ton pseudo
profiles-another-name = Un autre pseudo
profiles-create = C’est parti !
profiles-no-real-names = On ne te demande jamais ton vrai nom.

map-title = Carte des histoires
map-finished-count = { $count ->
    [0] Aucune histoire finie pour l’instant
    [one] Tu as fini une histoire
   *[other] Tu as fini { $count } histoires
}
map-done = Terminé
map-ages = { $ages } ans
map-change-player = Changer de profil
map-empty = Aucune histoire n’a pu être chargée.

play-next = Suivant
play-next-hint = Entrée pour continuer
play-choose-hint = Appuie sur un chiffre, ou clique
play-to-map = Carte
play-narrator = Histoire

feedback-title = Comment se sent chacun ?
feedback-try-another-way = Essayer autrement
feedback-go-on = Continuer
feedback-you-chose = Tu as choisi : { $choice }

ending-title = Fin
ending-think = À toi de réfléchir
ending-sticker = Un autocollant « { $skill } » !
ending-break = C’est le bon moment pour faire une pause. Et si tu racontais l’histoire à quelqu’un ?
ending-to-map = Retour à la carte

data-problem = Des données enregistrées n’ont pas pu être lues. Une copie a été gardée pour qu’un adulte puisse la regarder.
content-problem = { $count ->
    [one] Un fichier d’histoire n’a pas pu être chargé. Un adulte peut lancer « kind-quest check » pour savoir pourquoi.
   *[other] { $count } fichiers d’histoires n’ont pas pu être chargés. Un adulte peut lancer « kind-quest check » pour savoir pourquoi.
}

play-text-stopped = arrêt sur un choix

# How a person and their feeling are shown: "Priya (sad):".
feeling-label = { $name } ({ $feeling }) :
feeling-calm = calme
feeling-happy = joie
feeling-sad = tristesse
feeling-worried = inquiétude
feeling-angry = colère
feeling-surprised = surprise
feeling-left-out = solitude
feeling-proud = fierté
feeling-embarrassed = gêne

setting-home = Maison
setting-school = École
setting-online-game = Jeu en ligne
setting-hospital = Hôpital
setting-hotel = Hôtel
setting-restaurant = Restaurant
setting-park = Parc
setting-bedroom = Chambre

skill-identity = Être moi-même
skill-identity-learns = Rester la même personne, gentille et honnête, en ligne ou pas.
skill-balanced-use = Équilibre des écrans
skill-balanced-use-learns = Sentir ce que l’écran te fait, et t’arrêter quand tu le décides.
skill-cyberbullying = Oser dire stop
skill-cyberbullying-learns = Repérer le harcèlement, soutenir la personne, en parler à un adulte de confiance.
skill-security = Être en sécurité
skill-security-learns = Mots de passe solides, liens et messages pièges, et quoi faire.
skill-empathy = Gentillesse
skill-empathy-learns = Voir les sentiments des autres en ligne, et en prendre soin.
skill-footprint = Empreintes
skill-footprint-learns = Ce que tu publies reste, et parle de toi et des autres.
skill-critical-thinking = Bien réfléchir
skill-critical-thinking-learns = Vrai ou faux, ami ou inconnu, pub ou conseil.
skill-privacy = Vie privée
skill-privacy-learns = Protéger tes informations personnelles et celles des autres.

# Les adjectifs sont épicènes (même forme au masculin et au féminin) :
# chacun va avec chaque animal, qu'il soit masculin ou féminin.
nickname-pattern = { $animal } { $adjective }
nick-adj-brave = Intrépide
nick-adj-kind = Aimable
nick-adj-happy = Cool
nick-adj-clever = Sage
nick-adj-gentle = Tendre
nick-adj-bright = Magique
nick-adj-calm = Zen
nick-adj-cheerful = Drôle
nick-adj-curious = Espiègle
nick-adj-friendly = Sympa
nick-adj-quick = Rapide
nick-adj-sunny = Solaire
nick-animal-otter = Loutre
nick-animal-fox = Renard
nick-animal-panda = Panda
nick-animal-owl = Hibou
nick-animal-dolphin = Dauphin
nick-animal-koala = Koala
nick-animal-turtle = Tortue
nick-animal-penguin = Pingouin
nick-animal-rabbit = Lapin
nick-animal-tiger = Tigre
nick-animal-whale = Baleine
nick-animal-hedgehog = Hérisson
