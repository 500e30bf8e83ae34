photo-without-asking-title = Uma foto engraçada no piquenique
photo-without-asking-summary = Num piquenique de aniversário, a criança tira uma foto engraçada de uma amiga com bolo no rosto e quer mandar no grupo da turma. As crianças praticam perguntar antes, aceitar um "não" e aprender que o que é enviado pode ficar e se espalhar.

## Personagens
photo-without-asking-freya = Freya
photo-without-asking-sofia = Sofia
photo-without-asking-jamal = Jamal
photo-without-asking-mum = Mamãe

## Começo e virada
photo-without-asking-hook = É o piquenique de aniversário da Sofia no parque. Tem um bolo enorme!
photo-without-asking-freya-bite = A Freya dá uma mordida gigante. Agora o rosto dela está todo sujo de bolo!
photo-without-asking-freya-laughs = Hummm! Melhor bolo do mundo!
photo-without-asking-snap = A mamãe deixa você tirar fotos com o celular dela. Clique! Saiu uma foto engraçada.
photo-without-asking-jamal-says = Kkkk! Manda no grupo da turma!

## Escolha 1
photo-without-asking-first-prompt = A foto é muito engraçada. O que você faz, { $nickname }?
photo-without-asking-send-now = Mandar agora no grupo da turma.
photo-without-asking-send-now-feedback = Parecia uma brincadeira legal. Mas a Freya não disse sim. A mamãe pode ajudar você a consertar.
photo-without-asking-send-now-freya = O rosto sujo dela está no grupo da turma agora.
photo-without-asking-send-now-jamal = Ele acha que é uma ótima piada.
photo-without-asking-ask-freya = Perguntar à Freya: "Posso mandar para a turma?"
photo-without-asking-ask-freya-feedback = Você perguntou antes. O rosto é dela, então a escolha é dela.
photo-without-asking-ask-freya-freya = Ela pode escolher sobre o próprio rosto.
photo-without-asking-ask-mum = Mostrar para a mamãe antes. Perguntar se pode mandar.
photo-without-asking-ask-mum-feedback = Falar com um adulto antes é esperto. A mamãe ajuda você a pensar.
photo-without-asking-ask-mum-mum = Você falou com ela antes de mandar.

photo-without-asking-mum-says-ask = Boa ideia me mostrar. O rosto é da Freya. Vamos perguntar para ela.
photo-without-asking-freya-answers = Não! Por favor, não manda. Meu rosto está todo sujo.

## Escolha 2 (perguntou antes)
photo-without-asking-no-prompt = A Freya disse não. O que você diz?
photo-without-asking-okay = "Tá bom! Não vou mandar."
photo-without-asking-okay-feedback = Tudo bem receber um "não". Você escutou, então a Freya pode confiar em você.
photo-without-asking-okay-freya = Você ouviu o que ela pediu.
photo-without-asking-please = "Mas é tão engraçada! Por favor?"
photo-without-asking-please-feedback = Você gosta muito da foto. Mas a Freya já disse não. Um não é um não, também com fotos.
photo-without-asking-please-freya = Ela disse não, mas você continua pedindo.
photo-without-asking-new-photo = "Tá bom. E se a gente tirar outra foto?"
photo-without-asking-new-photo-feedback = Você escutou e teve uma ideia nova. A Freya pode escolher.
photo-without-asking-new-photo-freya = Ela pode limpar o rosto e sorrir antes.

photo-without-asking-mum-steps-in = A Freya disse não. Quando alguém diz não, a gente escuta.
photo-without-asking-say-sorry = Você pede desculpa. A Freya sorri de novo.
photo-without-asking-mum-pleased = Você escutou a Freya. Isso foi gentil.

## Escolha 2 (mandou)
photo-without-asking-phones-ding = Plim! Plim! Os celulares começam a tocar no piquenique.
photo-without-asking-freya-sees = Por que você mandou isso? Agora todo mundo pode ver!
photo-without-asking-sent-prompt = A Freya está chateada. O que você faz agora?
photo-without-asking-sorry-fix = Pedir desculpa. Pedir ajuda à mamãe para apagar.
photo-without-asking-sorry-fix-feedback = Pedir desculpa e consertar é coragem. A mamãe pode ajudar você.
photo-without-asking-sorry-fix-freya = Você pediu desculpa e quer consertar.
photo-without-asking-joke = "É só brincadeira! É engraçado!"
photo-without-asking-joke-feedback = Você queria se divertir. Mas uma piada só é legal se a Freya rir também. Pedir desculpa pode ajudar.
photo-without-asking-joke-freya = Você riu, mas ela não.
photo-without-asking-run-off = Não dizer nada. Ir brincar.
photo-without-asking-run-off-feedback = É difícil quando uma piada dá errado. Mas a Freya ainda está mal. A mamãe pode ajudar você a consertar.
photo-without-asking-run-off-freya = Ninguém está ajudando a Freya.

photo-without-asking-mum-sees = Eu vi a foto. Vamos resolver isso, eu e você.
photo-without-asking-mum-deletes = A mamãe tira a foto do grupo. Mas algumas pessoas já viram.

## Escolha 3
photo-without-asking-mum-explains = O que a gente manda pode ficar. As pessoas podem salvar e mandar para outras.
photo-without-asking-jamal-asks = Você me manda a foto do bolo? Quero mostrar para o meu irmão mais velho.
photo-without-asking-jamal-prompt = O que você diz para o Jamal, { $nickname }?
photo-without-asking-say-no = "Não. A Freya não quer que mostrem."
photo-without-asking-say-no-feedback = Você protegeu a foto da Freya. Fotos podem ir longe. Um não ajuda muito.
photo-without-asking-say-no-freya = Você não passou a foto dela para ninguém.
photo-without-asking-say-no-jamal = Ele não tinha pensado na Freya.
photo-without-asking-send-jamal = Mandar para o Jamal. Só para ele.
photo-without-asking-send-jamal-feedback = Mandar só para um amigo parece tranquilo. Mas o Jamal pode mandar para outro, e mais outro. Você pode pedir para ele apagar.
photo-without-asking-send-jamal-freya = A foto dela está indo para gente que ela não conhece.
photo-without-asking-delete = Apagar a foto do celular da mamãe.
photo-without-asking-delete-feedback = Agora ninguém pode mandar a foto daqui. Assim o rosto da Freya fica protegido.
photo-without-asking-delete-freya = Agora a foto não vai para lugar nenhum.

photo-without-asking-jamal-brother = À noite, o irmão do Jamal manda a foto para os amigos dele também.
photo-without-asking-freya-idea = Que ideia boa! Todo mundo na foto nova!
photo-without-asking-sofia-idea = Vamos tirar uma foto de todo mundo no meu aniversário!

## Finais
photo-without-asking-end-group-photo = A Freya limpa o rosto. Todo mundo se aperta. Clique! Todos dizem sim, então a mamãe manda para a turma.
photo-without-asking-end-group-photo-reflect = Como você pode pedir licença antes de compartilhar a foto de alguém?
photo-without-asking-end-group-photo-freya = Ela escolheu a foto, e gostou dela.
photo-without-asking-end-group-photo-sofia = Todos os amigos dela estão na foto de aniversário.
photo-without-asking-end-fixed = A foto saiu do grupo. Você pede desculpa, e a Freya sorri. Mas algumas pessoas viram. Da próxima vez, pergunte antes.
photo-without-asking-end-fixed-reflect = Por que é bom perguntar antes de mandar uma foto?
photo-without-asking-end-fixed-freya = Você ajudou a tirar a foto do ar.
photo-without-asking-end-went-far = A mamãe ajuda você a pedir para todo mundo apagar. Você pede desculpa para a Freya. Agora você sabe até onde uma foto pode ir.
photo-without-asking-end-went-far-reflect = Para onde uma foto pode ir depois que você manda?
photo-without-asking-end-went-far-freya = Ela não sabe quem viu a foto dela.
photo-without-asking-end-went-far-mum = Ela está ajudando você a consertar.

## Para professores
photo-without-asking-discuss-1 = A Freya riu do bolo, mas não queria que a foto fosse mandada. Por que algo pode ser engraçado na hora, mas não ser legal de compartilhar?
photo-without-asking-discuss-2 = Como podemos perguntar a alguém antes de compartilhar uma foto dessa pessoa? O que fazer se a resposta for não?
photo-without-asking-discuss-3 = A mamãe disse que as pessoas podem salvar uma foto e mandar para outras. Para onde uma foto pode ir depois que a gente manda? Quem pode ajudar se uma foto for longe demais?
