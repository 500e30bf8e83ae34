too-good-video-title = Trop beau pour être vrai
too-good-video-summary = Une vidéo virale promet des animaux rares gratuits dans un jeu, et un ami veut essayer et la partager. Puis une vidéo trafiquée fait passer une camarade pour impolie. Les enfants s’entraînent à se demander qui a fait une vidéo et pourquoi, à vérifier une vraie source, et à penser au mal qu’un faux partagé peut faire à une vraie personne.

## Personnages
too-good-video-ravi = Ravi
too-good-video-hana = Hana
too-good-video-aunt-zainab = Tante Zainab

## Début
too-good-video-hook = C’est samedi après-midi. Tu es dans ta chambre, en appel vidéo avec Ravi. Vous jouez au même jeu d’animaux.
too-good-video-ravi-look = Tu DOIS voir cette vidéo ! Elle a deux millions de vues !
too-good-video-video = Un garçon appelé PetKing sourit à la caméra : « Échangez tous vos animaux avec GoldenGift. Ils reviennent en double, plus un dragon doré rare ! Aujourd’hui seulement ! »
too-good-video-ravi-wants = Un dragon doré ! J’essaie tout de suite. On l’envoie aussi à toute la classe !

## Essayer ?
too-good-video-try-prompt = Que dis-tu à Ravi, { $nickname } ?
too-good-video-try-too = « On essaie ! Animaux en double ! »
too-good-video-try-too-feedback = Ça avait l’air génial, et plein de gens croient ce genre de vidéo. Mais les animaux ne reviennent jamais. Un adulte peut t’aider à la signaler.
too-good-video-try-too-ravi = Il a échangé ses animaux, et rien n’est revenu.
too-good-video-who-made = « Attends. Qui a fait cette vidéo, et pourquoi ? »
too-good-video-who-made-feedback = Bonne question. Ceux qui font des vidéos veulent quelque chose en retour : des vues, des likes, ou même tes animaux.
too-good-video-who-made-ravi = Il était sûr de lui. Maintenant, il réfléchit.
too-good-video-comments = « Lisons d’abord les commentaires. »
too-good-video-comments-feedback = Chercher plus loin, c’est malin. Plein de commentaires disent : « J’ai tout échangé et je n’ai rien récupéré ! »
too-good-video-comments-ravi = Des joueurs disent avoir perdu tous leurs animaux.
too-good-video-share-first = « Envoie-la d’abord au groupe de la classe, que tout le monde ait un dragon ! »
too-good-video-share-first-feedback = Tu voulais que tes amis aient un dragon aussi. Mais si c’est un piège, tu viens de l’envoyer à tous. Vérifier d’abord les protège.
too-good-video-share-first-ravi = Il croit que toute la classe va vous remercier.
too-good-video-lost-pets = Attends… mes animaux ont disparu. Et pas de dragon. Je me sens trop nul.
too-good-video-kids-reply = Dans le groupe de la classe, trois enfants répondent : « J’essaie ! »
too-good-video-stop-think = Vous regardez encore PetKing. Cette fois, quelque chose cloche.

## Tante Zainab
too-good-video-aunt-comes = Tante Zainab frappe et apporte un bol de raisin. Elle voit vos têtes.
too-good-video-aunt-kind = Oh, Ravi. Ce piège trompe plein de joueurs. Ce n’est pas ta faute, et on peut le signaler.
too-good-video-aunt-detective = Des animaux rares gratuits, aujourd’hui seulement ? C’est trop beau pour être vrai. Jouons aux détectives.
too-good-video-check-prompt = Tante Zainab demande : « Comment vérifier si c’est vrai ? »
too-good-video-views = « Elle a deux millions de vues. C’est forcément vrai ! »
too-good-video-views-feedback = Beaucoup de vues veut juste dire beaucoup de spectateurs. Un piège aussi peut devenir viral.
too-good-video-views-aunt = Beaucoup de gens pensent ça. Elle t’aide à regarder de plus près.
too-good-video-news-page = « Regardons la page d’infos du jeu lui-même. »
too-good-video-news-page-feedback = Bon choix ! La vraie page d’infos dit : « Nous ne donnons jamais d’animaux gratuits contre des échanges. Attention à ce piège ! »
too-good-video-news-page-aunt = Tu as vérifié à la vraie source.
too-good-video-who-posted = « Regardons qui l’a postée, et ce qu’il poste d’autre. »
too-good-video-who-posted-feedback = La page de PetKing est pleine de vidéos « animaux gratuits », et le compte a deux jours. C’est un gros indice.
too-good-video-who-posted-ravi = Il n’avait jamais pensé à regarder qui l’avait faite.
too-good-video-report = Tante Zainab aide Ravi à signaler la vidéo et le compte GoldenGift dans le jeu. Ravi le dit aussi à sa mère.
too-good-video-warn-class = Tu écris dans le groupe de la classe : « N’essayez pas le coup du dragon. C’est faux, pardon ! » Deux enfants répondent : « Ouf, merci ! »

## La vidéo de Hana
too-good-video-clip-buzz = Plus tard, le groupe de la classe vibre encore. Quelqu’un a posté une nouvelle vidéo.
too-good-video-clip = On y voit Hana, de ta classe, recevoir un prix de lecture. Elle lève les yeux au ciel et dit : « Bof. On s’en fiche de ce prix. »
too-good-video-ravi-clip = Waouh, Hana est trop malpolie ! Tout le monde la partage.
too-good-video-clip-prompt = La vidéo circule vite. Que fais-tu, { $nickname } ?
too-good-video-share-clip = La partager. Tout le monde l’a déjà vue.
too-good-video-share-clip-feedback = On pense vite qu’un partage de plus ne change rien. Mais chaque partage montre Hana à plus de gens. Tu peux encore aider.
too-good-video-share-clip-hana = Plus de gens rient d’elle, et elle ne peut pas l’arrêter.
too-good-video-look-again = La revoir, lentement. Quelque chose a-t-il été coupé ou changé ?
too-good-video-look-again-feedback = Bien vu ! L’image saute, et sa bouche ne suit pas les mots. Quelqu’un a trafiqué cette vidéo.
too-good-video-look-again-ravi = Il n’avait pas vu les sauts avant que tu les lui montres.
too-good-video-ask-hana = Écrire à Hana : « Tu as vraiment dit ça ? »
too-good-video-ask-hana-feedback = Demander à la vraie personne, c’est une super façon de vérifier. Et Hana voit que quelqu’un veut l’écouter.
too-good-video-ask-hana-hana = Quelqu’un lui a demandé avant de croire la vidéo.
too-good-video-laugh-react = Ajouter un émoji qui rit. C’est juste une vidéo débile.
too-good-video-laugh-react-feedback = Ça ressemblait à une blague. Mais Hana est une vraie personne, et elle voit chaque émoji qui rit. Tu peux encore aider.
too-good-video-laugh-react-hana = Chaque émoji qui rit sous la vidéo semble se moquer d’elle.
too-good-video-hana-private = J’ai jamais dit ça ! J’ai dit : « Merci, c’est génial. » Quelqu’un a coupé la vidéo et changé ma voix.
too-good-video-hana-in-chat = C’est pas ce que j’ai dit !! Quelqu’un l’a changée. Arrêtez de la partager, svp.
too-good-video-ravi-realises = Oh non. Je l’ai crue tout de suite, comme la vidéo du dragon.
too-good-video-aunt-real-people = Les fausses vidéos peuvent être drôles ou excitantes. Mais quand elles parlent d’une vraie personne, les partager peut faire très mal.

## Aider Hana
too-good-video-help-prompt = Comment peux-tu aider Hana maintenant, { $nickname } ?
too-good-video-post-truth = Écrire dans le groupe de la classe : « Cette vidéo a été trafiquée. Hana n’a jamais dit ça. Arrêtez de la partager, svp. »
too-good-video-post-truth-feedback = Tu as défendu la vérité et Hana, sans méchanceté envers personne. Ça demande du courage.
too-good-video-post-truth-hana = Quelqu’un a défendu la vraie Hana.
too-good-video-tell-teacher = Demander à Tante Zainab de t’aider à le dire à ta maîtresse.
too-good-video-tell-teacher-feedback = Une fausse vidéo qui circule dans la classe, c’est trop gros pour le régler sans aide. Demander l’aide d’un adulte, c’est le choix fort.
too-good-video-tell-teacher-aunt = Tu as demandé de l’aide pour un problème trop gros pour toi.
too-good-video-tell-teacher-hana = Un adulte va aider à tout arrêter.
too-good-video-stay-out = Ne pas t’en mêler. Ce n’est pas ton problème.
too-good-video-stay-out-feedback = Rester en dehors peut sembler plus sûr. Mais le silence laisse la fausse vidéo circuler. Une seule voix gentille peut changer beaucoup.
too-good-video-stay-out-hana = Personne ne prend sa défense.
too-good-video-revenge = Faire une vidéo trafiquée et drôle de la personne qui a posté.
too-good-video-revenge-feedback = Tu voulais défendre Hana. Mais une nouvelle fausse vidéo blesse une autre vraie personne. Dire la vérité marche mieux.
too-good-video-revenge-hana = Elle ne veut pas d’autres fausses vidéos qui circulent.
too-good-video-delete-share = Tu effaces ce que tu as posté sous la vidéo, et tu écris à Hana : « Pardon. Au début, j’y ai cru. »

## Fins
too-good-video-end-adult-helps = Lundi, ta maîtresse demande à tous de supprimer la vidéo. La classe regarde la vraie vidéo du prix de Hana, et tout le monde applaudit.
too-good-video-end-adult-helps-reflect = Avant de partager une vidéo, quelles questions pourrais-tu te poser ?
too-good-video-end-adult-helps-hana = La vraie Hana est de retour, et sa classe l’a applaudie.
too-good-video-end-adult-helps-ravi = La prochaine fois, il vérifiera avant de croire une vidéo.
too-good-video-end-stood-up = Quelques enfants écrivent : « Pardon, Hana. » La vidéo arrête de circuler. Lundi, Hana et toi montrez à votre maîtresse ce qui s’est passé.
too-good-video-end-stood-up-reflect = Comment défendre quelqu’un dans une fausse vidéo, sans répondre par la méchanceté ?
too-good-video-end-stood-up-hana = Ses amis ont cru la vraie Hana.
too-good-video-end-still-spreading = La vidéo circule tout le week-end. Lundi, Hana est très silencieuse. Tante Zainab dit : « Il n’est pas trop tard pour aider. »
too-good-video-end-still-spreading-reflect = Que pourrais-tu faire lundi pour aider Hana ?
too-good-video-end-still-spreading-hana = Des gens croient encore la fausse vidéo.
too-good-video-end-still-spreading-aunt = Elle sait que tu peux encore aider, et elle aidera aussi.

## Pour les enseignants
too-good-video-discuss-1 = Qui fait des vidéos qui semblent trop belles pour être vraies, et que peuvent-ils vouloir (des vues, des likes, des objets de ton jeu) ? Où pourrais-tu vérifier si quelque chose est vrai ?
too-good-video-discuss-2 = Comment peut-on trafiquer une vidéo pour nuire à quelqu’un ? Quels indices montrent qu’une vidéo a été modifiée ?
too-good-video-discuss-3 = Comment Hana peut-elle se sentir quand une fausse vidéo d’elle circule dans la classe ? Que faire si on a déjà partagé quelque chose qui s’avère faux ?
