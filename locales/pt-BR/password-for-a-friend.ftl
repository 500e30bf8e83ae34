password-for-a-friend-title = Uma senha para uma amiga
password-for-a-friend-summary = Leila, a melhor amiga da criança, pede a senha do app de leitura da turma para ganhar estrelas no lugar dela. As crianças praticam dizer não com gentileza, cuidar dos sentimentos de uma amiga, pedir ajuda ao professor para criar uma senha nova e saber que senha só se divide com os adultos da família.

password-for-a-friend-leila = Leila
password-for-a-friend-oskar = Oskar
password-for-a-friend-mr-chen = Professor Chen

password-for-a-friend-hook = É hora da leitura! Cada livro que você lê dá estrelas.
password-for-a-friend-leila-stars = Olha! Eu já tenho dez estrelas!
password-for-a-friend-you-have = Você tem três. A Leila lê muito rápido.
password-for-a-friend-leila-asks = Me fala sua senha. Eu leio por você e ganho estrelas para você!
password-for-a-friend-leila-friends = Somos melhores amigos! E melhores amigos dividem tudo!

password-for-a-friend-ask-prompt = O que você diz, { $nickname }?
password-for-a-friend-share = Falar sua senha para a Leila.
password-for-a-friend-share-feedback = Você quis dividir com sua amiga. Mas senha é só sua e dos seus adultos. Você ainda pode consertar isso.
password-for-a-friend-share-leila = A Leila acha que está ajudando você.
password-for-a-friend-kind-no = Dizer: "Desculpa, não. Minha senha é só minha."
password-for-a-friend-kind-no-feedback = Você protegeu sua senha e falou com carinho. Amigos de verdade aceitam um não.
password-for-a-friend-kind-no-leila = A Leila queria ajudar. Ela esperava um sim.
password-for-a-friend-sharp-no = Dizer: "Nem pensar! Você ia estragar tudo!"
password-for-a-friend-sharp-no-feedback = Sua senha está protegida. Mas as palavras foram duras. Dá para dizer não com gentileza.
password-for-a-friend-sharp-no-leila = A Leila só queria ajudar. Suas palavras doeram.

password-for-a-friend-leila-hurt = A Leila cruza os braços. Ela olha para o chão.
password-for-a-friend-leila-sad = Achei que éramos melhores amigos.
password-for-a-friend-hurt-prompt = A Leila está chateada. O que você faz, { $nickname }?
password-for-a-friend-reassure = Dizer: "Você é minha melhor amiga! Vamos ler um livro, eu e você!"
password-for-a-friend-reassure-feedback = Você ficou com sua senha e com sua amiga. Ler junto também é divertido!
password-for-a-friend-reassure-leila = A Leila sabe que você ainda gosta muito dela.
password-for-a-friend-give-in = Falar a senha, para ela não ficar chateada.
password-for-a-friend-give-in-feedback = Você não queria a Leila chateada. Isso é gentil. Mas senha não é prova de amizade.
password-for-a-friend-give-in-leila = A Leila sorri. Ela acha que não tem nada de mais.
password-for-a-friend-walk-off = Dizer: "Então tá, fica assim!" E ir embora.
password-for-a-friend-walk-off-feedback = É difícil quando uma amiga fica chateada. Mas ir embora deixa cada um no seu canto. Vocês podem conversar depois.
password-for-a-friend-walk-off-leila = Agora a Leila está sentada sozinha.
password-for-a-friend-read-together = Tá bom! Vamos ler o livro do dragão, eu e você?

password-for-a-friend-next-day = No dia seguinte, você abre o app de leitura.
password-for-a-friend-joke = Surpresa! Sua foto virou um sapo. Sua página diz "Eu como moscas!"
password-for-a-friend-oskar-laughs = Kkkk! Você come mosca!
password-for-a-friend-leila-joke = É só brincadeira! Eu usei sua senha.
password-for-a-friend-cheeks = Seu rosto fica quente. A turma toda pode ver sua página.
password-for-a-friend-joke-prompt = O que você faz, { $nickname }?
password-for-a-friend-joke-tell = Contar tudo para o professor Chen.
password-for-a-friend-joke-tell-feedback = Contar para um adulto é uma escolha forte. O professor Chen pode ajudar a consertar.
password-for-a-friend-joke-tell-chen = Você foi pedir ajuda ao professor Chen.
password-for-a-friend-joke-fix = Arrumar sua página. Não dizer nada.
password-for-a-friend-joke-fix-feedback = Sua página voltou ao normal. Mas a Leila ainda sabe sua senha. Um adulto pode ajudar você a criar uma nova.
password-for-a-friend-joke-fix-leila = A Leila acha que a brincadeira não foi nada de mais.
password-for-a-friend-joke-shout = Gritar: "Leila, você estragou minha página!"
password-for-a-friend-joke-shout-feedback = Tudo bem sentir raiva. Mas gritar também machuca. Você pode contar para ela o que sente, com calma.
password-for-a-friend-joke-shout-leila = A turma toda se virou para olhar para ela.
password-for-a-friend-frog-again = Na manhã seguinte, o sapo voltou!
password-for-a-friend-chen-sees = Você parece triste. O que aconteceu?
password-for-a-friend-show-chen = Você mostra a página ao professor Chen.
password-for-a-friend-chen-hears = Estou vendo sentimentos grandes. Vamos respirar fundo e conversar.
password-for-a-friend-chen-help = Vamos arrumar sua página, eu e você. Depois criamos uma senha nova.

password-for-a-friend-class-time = Depois do almoço, o professor Chen conversa com a turma toda.
password-for-a-friend-toothbrush = Senha é como escova de dentes. É só sua!
password-for-a-friend-grown-ups = Você pode contar a senha para os adultos da sua casa. Para mais ninguém.
password-for-a-friend-class-new = Hoje todo mundo vai criar uma senha nova. Eu ajudo!

password-for-a-friend-password-prompt = O professor Chen ajuda você. Qual senha nova você escolhe, { $nickname }?
password-for-a-friend-pw-pet = O nome do seu gato: "Mimi". É fácil!
password-for-a-friend-pw-pet-feedback = Fácil de lembrar! Mas seus amigos sabem o nome do seu gato. Três palavras bobas são mais difíceis de adivinhar.
password-for-a-friend-pw-pet-chen = O professor Chen sabe que você consegue uma mais forte.
password-for-a-friend-pw-silly = Três palavras bobas: "limão pipa lua".
password-for-a-friend-pw-silly-feedback = Ótima escolha! Você consegue lembrar. Os outros não conseguem adivinhar.
password-for-a-friend-pw-silly-chen = Você escolheu uma senha que só você ia inventar.
password-for-a-friend-pw-leila = Pedir para a Leila escolher uma para você.
password-for-a-friend-pw-leila-feedback = Aí a Leila também ia saber. Senha é só sua e dos seus adultos.
password-for-a-friend-pw-leila-leila = A Leila acabou de ouvir que senha é só do dono.
password-for-a-friend-show-at-home = Mostre para um adulto da sua casa hoje à noite.

password-for-a-friend-leila-sorry = Desculpa pelo sapo. Eu só queria ser engraçada.
password-for-a-friend-leila-alone = No recreio, a Leila fica sozinha no cantinho da leitura.
password-for-a-friend-leila-prompt = O que você faz, { $nickname }?
password-for-a-friend-make-up = Contar para a Leila como você se sente. Depois chamar ela para ler.
password-for-a-friend-make-up-feedback = Você falou dos seus sentimentos e abriu espaço para ela. É isso que amigos fazem.
password-for-a-friend-make-up-leila = A Leila fica feliz porque a amizade continua.
password-for-a-friend-stay-away = Brincar com o Oskar. Deixar a Leila sozinha.
password-for-a-friend-stay-away-feedback = Às vezes a gente precisa de um tempo. Mas a Leila ainda está magoada. Uma palavra gentil pode ajudar, mesmo amanhã.
password-for-a-friend-stay-away-leila = A Leila olha você brincar com o Oskar.
password-for-a-friend-stay-away-oskar = O Oskar não entende por que a Leila não brinca.

password-for-a-friend-end-own-stars = Você e a Leila leem o livro do dragão lado a lado. Cada um ganha as próprias estrelas!
password-for-a-friend-end-own-stars-reflect = Como você pode dizer não a um amigo com gentileza?
password-for-a-friend-end-own-stars-leila = A Leila tem você bem do lado dela.
password-for-a-friend-end-home-help = A Leila voltou a ser sua amiga. Em casa, um adulto ajuda você a deixar sua senha mais forte.
password-for-a-friend-end-home-help-reflect = Com quem você pode dividir sua senha?
password-for-a-friend-end-home-help-leila = Vocês fizeram as pazes, e ela senta com você de novo.
password-for-a-friend-end-tomorrow = Sua página está protegida agora. Mas você e a Leila não brincaram hoje. Amanhã vocês podem conversar.
password-for-a-friend-end-tomorrow-reflect = Como você poderia ajudar a Leila a se sentir melhor amanhã?
password-for-a-friend-end-tomorrow-leila = A Leila sente sua falta.

password-for-a-friend-discuss-1 = A Leila disse que "melhores amigos dividem tudo". Tem coisas que nem melhores amigos dividem? Por que a senha é uma delas?
password-for-a-friend-discuss-2 = A Leila achou que mudar a página era uma brincadeira engraçada. Como uma brincadeira pode ser diferente para a pessoa que é o alvo dela?
password-for-a-friend-discuss-3 = Para quais adultos você poderia contar sua senha? O que você faria se outra pessoa descobrisse sua senha?
