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
ending-break = C’est le bon moment pour faire une pause. Et si tu racontais l’histoire à quelqu’un ?
ending-to-map = Retour à la carte

data-problem = Des données enregistrées n’ont pas pu être lues. Une copie a été gardée pour qu’un adulte puisse la regarder.
data-in-use = Kind Quest est déjà ouvert dans une autre fenêtre. Les joueurs t’y attendent : ferme cette fenêtre et continue dans l’autre.
data-not-saved = Kind Quest ne peut rien enregistrer sur cet ordinateur pour le moment. Tu peux quand même jouer. Un adulte peut voir pourquoi dans l’espace adultes.
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

## L’espace adultes : la barrière, les progrès, les données.
grown-ups-button = Pour les adultes
grown-ups-what-can-see-button = Ce que voient les adultes
grown-ups-what-can-see-title = Ce que voient les adultes
grown-ups-what-can-see-text = Les adultes peuvent voir ton pseudo, ton visage, les histoires que tu as jouées et les choix que tu as faits. Tout reste sur cet ordinateur. Personne d’autre ne peut le voir.
grown-ups-what-can-see-close = D’accord
gate-title = Pour les adultes
gate-explain = Cette partie est réservée aux parents et aux enseignants. Merci de répondre à la question pour continuer.
gate-question = Combien font { $a } × { $b } ?
gate-go = Continuer
gate-wrong = Ce n’est pas ça. Voici une autre question.
gate-back = Retour
grown-ups-banner = Espace adultes. Il se ferme tout seul après 5 minutes d’inactivité.
grown-ups-title = Enfants sur cet ordinateur
grown-ups-close = Fermer
grown-ups-finished = { $count ->
    [one] { $count } histoire finie
   *[other] { $count } histoires finies
}
grown-ups-open-progress = Voir les progrès
grown-ups-no-children = Personne n’a encore joué.
grown-ups-files-set-aside = Des fichiers enregistrés n’ont pas pu être lus. Ils ont été gardés, pas supprimés :
progress-title = Progrès : { $nickname }
progress-skills = Compétences travaillées
progress-figures = a montré { $shown } sur { $available } possibles, en { $count ->
    [one] { $count } décision
   *[other] { $count } décisions
}
progress-how = Comment c’est calculé
progress-how-text = À chaque décision, chaque compétence que l’un des choix possibles pouvait montrer compte une fois. La barre indique ce qu’a montré le premier choix de l’enfant, sur ce qu’aurait montré le choix le plus gentil ou le plus sûr. Avec moins de 3 décisions, une compétence affiche « premiers pas », car une seule histoire ne suffit pas pour en dire plus. « Essayer autrement » n’ajoute et n’enlève rien.
progress-stories = Histoires finies
progress-none-finished = Aucune histoire finie pour l’instant.
progress-choices = Choix faits
progress-not-finished = pas encore finie
progress-tried-again = puis a essayé autrement
progress-choices-earlier = …et { $count } { $count ->
    [one] histoire plus ancienne
   *[other] histoires plus anciennes
}. « Enregistrer une copie » les garde toutes.
progress-talk = À discuter ensemble
progress-export = Enregistrer une copie
progress-exported = Copie enregistrée dans { $path }
progress-export-failed = La copie n’a pas pu être enregistrée : { $error }
progress-erase = Effacer
progress-erase-confirm = Effacer { $nickname } et tous ses progrès de cet ordinateur ? C’est définitif.
progress-erase-yes = Oui, effacer
progress-erase-no = Non, garder
progress-back = Retour
growth-not-yet-played = à découvrir
growth-just-starting = premiers pas
growth-growing = en progrès
growth-getting-strong = en bonne voie
growth-shining = au top

## La fiche de séance pour l’enseignant.
lesson-count = { $count ->
    [one] { $count } histoire
   *[other] { $count } histoires
}
lesson-endings-ask = Les questions posées à la fin de l’histoire
lesson-talk = Pour en parler ensemble
lesson-notes = Notes

## L’espace classe : les séances sur grand écran, et les classes.
classroom-title = Espace classe
classroom-lessons = Séances
classroom-new-lesson = Nouvelle séance
classroom-lesson-default = Séance { $number }
classroom-name = Nom
classroom-edit = Modifier
classroom-done = Terminé
classroom-delete = Supprimer
classroom-start = Lancer sur le grand écran
classroom-sheet = Fiche de séance
classroom-pick-stories = Choisissez les histoires dans l’ordre où vous voulez les jouer.
classroom-in-lesson = Dans cette séance
classroom-classes = Classes
classroom-new-class = Nouvelle classe
classroom-class-default = Classe { $number }
classroom-members = Qui est dans cette classe ?
classroom-children = { $count ->
    [one] { $count } enfant
   *[other] { $count } enfants
}
classroom-class-report = Bilan de la classe
classroom-saved = Enregistré dans { $path }
projector-banner = Séance en classe : ces choix ne comptent dans les progrès de personne.
projector-vote-hint = Votez ensemble à main levée : on garde le choix qui a le plus de mains.
projector-talk = Parlons-en ensemble
projector-next = Histoire suivante
projector-end = Terminer la séance
# What the story calls the whole class on the big screen (instead of a game name).
projector-nickname = la classe

## Le code PIN enseignant.
pin-title = Code PIN enseignant
pin-explain = Avec un code PIN, l’espace adultes le demande au lieu d’un calcul. Oublié ? Supprimez le fichier grown-ups.ron du dossier des données : les progrès sont conservés.
pin-new = Nouveau code PIN (4 à 8 chiffres)
pin-set = Définir le code
pin-remove = Supprimer le code
pin-is-set = Un code PIN est défini.
pin-invalid = Un code PIN a de 4 à 8 chiffres.
gate-pin-question = Saisissez le code PIN enseignant.
gate-pin-wrong = Ce n’est pas le bon code.

## La page de bilan pour les parents et les enseignants (kind-quest report --format html).
report-meta = { $children ->
    [one] { $children } enfant
   *[other] { $children } enfants
} · bilan créé sur cet ordinateur ; rien n’a été envoyé nulle part.
report-empty = Aucun progrès enregistré n’a été trouvé dans ces dossiers.
report-child-meta = Histoires commencées : { $started } · finies : { $finished } · profil { $id }
report-col-skill = Compétence
report-col-growth = Progression
report-col-shown = Montré / possible
report-col-decisions = Décisions
report-col-not-yet = Pas encore
report-col-retries = A essayé autrement

## Réglages, album d’autocollants, lecture à voix haute (les pages de l’enfant).
settings-open = Réglages
settings-title = Mes réglages
settings-language = Langue
settings-look = Apparence
settings-text-size = Taille du texte
settings-size-normal = Normale
settings-size-large = Grande
settings-size-larger = Plus grande
settings-font = Lettres
settings-font-usual = Habituelles
settings-font-dyslexic = Faciles à distinguer
settings-contrast = Couleurs fortes
settings-motion = Moins de mouvement
settings-preview = Voici à quoi ressembleront tes histoires.
settings-sound-and-voice = Son et voix
settings-sound = Effets sonores
settings-volume = Volume
settings-quieter = Moins fort
settings-louder = Plus fort
settings-read-aloud = Tout lire à voix haute
settings-read-aloud-sample = Bonjour ! Je peux te lire les histoires.
settings-on = Oui
settings-off = Non
read-aloud-button = Lire à voix haute
read-aloud-not-built = Cette version de Kind Quest ne sait pas lire à voix haute. Un adulte peut trouver pourquoi dans le guide.
read-aloud-no-engine = Pour lire à voix haute, il faut le service de voix de l’ordinateur. Un adulte peut l’installer.
read-aloud-no-voice = Cet ordinateur n’a pas encore de voix pour cette langue. Un adulte peut en ajouter une.
stickers-open = Mes autocollants
stickers-title = Mon album d’autocollants
stickers-explain = Tu reçois un autocollant chaque fois qu’une compétence progresse. Chaque histoire aide, et les autocollants restent dans ton album.
stickers-count = { $count } sur { $total } autocollants
sticker-label = Autocollant : { $skill }, { $level }
sticker-empty-label = Place libre pour un autocollant « { $level } »
ending-new-stickers = { $count ->
    [one] Un nouvel autocollant pour ton album !
   *[other] { $count } nouveaux autocollants pour ton album !
}
ending-no-new-sticker = Chaque histoire fait grandir tes compétences.
face-label = { $name }, { $feeling }
profiles-face-label = Visage { $number }
