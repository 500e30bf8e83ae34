old-post-comes-back-title = Um vídeo antigo volta
old-post-comes-back-summary = Um vídeo que a criança postou aos 8 anos, cantando e dançando, é encontrado e compartilhado pelos colegas. As crianças praticam lidar com a vergonha, ser gentis consigo mesmas, ver quem são hoje, pedir para tirar um post do ar, pensar no que postam hoje e não compartilhar posts antigos dos outros.

## Personagens
old-post-comes-back-ayo = Ayo
old-post-comes-back-freya = Freya
old-post-comes-back-ines = Ines
old-post-comes-back-grandma-rosa = Vovó Rosa

## Começo e virada
old-post-comes-back-hook = É hora do almoço na escola. Você está comendo com Freya quando o seu celular e o dela vibram.
old-post-comes-back-ayo-posts = KKKK olha o que eu achei! Nossa própria estrela pop!
old-post-comes-back-the-video = É um vídeo que você postou aos 8 anos. Você está cantando numa escova de cabelo e dançando de pijama.
old-post-comes-back-comments = Aparecem comentários: "que fofo!", "cringe!", "passa de novo!" Na mesa ao lado, tem gente assistindo.
old-post-comes-back-freya-notices = Você está bem? Seu rosto ficou vermelhão.

## Escolha 1
old-post-comes-back-react-prompt = Seu rosto está pegando fogo, { $nickname }. O que você faz primeiro?
old-post-comes-back-comeback = Responder: "Pelo menos eu não sou sem graça que nem você, Ayo."
old-post-comes-back-comeback-feedback = Você queria que as risadas parassem. Mas uma resposta maldosa machuca o Ayo e faz a conversa continuar. Uma resposta calma, ou nenhuma, funciona melhor.
old-post-comes-back-comeback-ayo = Agora é ele que está sendo humilhado na frente de todo mundo.
old-post-comes-back-own-it = Escrever: "Kkk, eu tinha 8 anos! Mas ainda mando bem na dança."
old-post-comes-back-own-it-feedback = Assumir pode tirar a força da zoeira, se isso for verdade para você. Mas você não precisa achar graça.
old-post-comes-back-own-it-ayo = Você não se escondeu, então a piada perde a força.
old-post-comes-back-own-it-freya = Você está de cabeça erguida.
old-post-comes-back-breathe = Guardar o celular e respirar devagar com Freya.
old-post-comes-back-breathe-feedback = Dar uma pausa antes de responder é uma ótima jogada. Sentimentos grandes diminuem um pouco quando você respira.
old-post-comes-back-breathe-freya = Ela está bem do seu lado.
old-post-comes-back-deny = Escrever: "Não sou eu. É montagem."
old-post-comes-back-deny-feedback = Se esconder pareceu mais seguro. Mas isso pode fazer você sentir que precisa esconder quem você era. Ter 8 anos não é motivo de vergonha.
old-post-comes-back-deny-freya = Ela sabe que é você, e não entende por que você está se escondendo.

old-post-comes-back-self-talk = A tarde toda, o vídeo passa na sua cabeça. Uma voz lá dentro diz: "Agora você virou piada para todo mundo."

## Escolha 2
old-post-comes-back-self-prompt = O que você responde para essa voz?
old-post-comes-back-harsh = "Eles têm razão. Que vergonha de mim. Queria sumir para sempre."
old-post-comes-back-harsh-feedback = Muita gente sente isso depois de virar piada. Mas você nunca falaria assim com um amigo. Tente se tratar como trataria um amigo.
old-post-comes-back-harsh-freya = Ela percebe que você está se cobrando demais.
old-post-comes-back-kind = "Eu tinha 8 anos e estava me divertindo. Tudo bem. Continuo sendo eu, só que cresci."
old-post-comes-back-kind-feedback = Isso é ser gentil com você. Todo mundo cresce e muda. A criança que você era só estava se divertindo.
old-post-comes-back-kind-freya = Você está se tratando como um bom amigo trataria.
old-post-comes-back-talk = Abrir o coração para Freya.
old-post-comes-back-talk-feedback = Dividir um sentimento grande com um amigo deixa tudo mais leve. Esse peso não precisa ficar só com você.
old-post-comes-back-talk-freya = Você contou para ela algo de verdade.

old-post-comes-back-freya-shares = Eu entendo. Tem um vídeo meu cantando, ainda de aparelho nos dentes. Meu pai apagou quando eu pedi.

## Em casa
old-post-comes-back-home = Em casa, você mostra o vídeo para a vovó Rosa. Foi ela que ajudou você a postar, anos atrás.
old-post-comes-back-rosa-asks = Ah, meu amor. Você estava tão feliz naquele dia. Mas o vídeo é seu. O que você quer fazer agora?

## Escolha 3
old-post-comes-back-video-prompt = O vídeo ainda está na sua conta antiga. O que você decide, { $nickname }?
old-post-comes-back-take-down = Pedir para a vovó Rosa ajudar a apagar. Depois pedir para o Ayo apagar a cópia dele.
old-post-comes-back-take-down-feedback = O vídeo é seu, então quem decide é você. Tirar do ar impede que mais gente encontre.
old-post-comes-back-take-down-rosa = Você está cuidando da sua própria história.
old-post-comes-back-keep = Deixar no ar. A criança que você era foi corajosa, e você gosta disso.
old-post-comes-back-keep-feedback = A escolha é sua. Só lembre que o vídeo pode continuar sendo encontrado e compartilhado.
old-post-comes-back-keep-rosa = Você ainda gosta da criança que você era, assim como ela.
old-post-comes-back-ignore = Não fazer nada e torcer para todo mundo esquecer.
old-post-comes-back-ignore-feedback = Querer que isso suma é natural. Mas posts antigos podem voltar. Você ainda pode decidir tirar do ar.
old-post-comes-back-ignore-rosa = Ela sabe que vídeos antigos podem aparecer de novo.

old-post-comes-back-rosa-today = Uma dica para o que você posta hoje. Faça esta pergunta: "Eu ia gostar de ver isso daqui a cinco anos?"

## No dia seguinte
old-post-comes-back-ayo-sorry = Ei, apaguei do grupo. Sério, achei fofo, não vergonhoso. Desculpa.
old-post-comes-back-ayo-cross = Você me chamou de sem graça na frente de todo mundo. Então o vídeo vai ficar.
old-post-comes-back-video-still-around = No dia seguinte, o vídeo ainda está no grupo da turma. Algumas pessoas cantarolam sua música no corredor.

old-post-comes-back-ines-photo = À noite, você rola uma página antiga da escola. Acha uma foto de Ines aos 7 anos, com um laço gigante e um sorriso banguela.
old-post-comes-back-temptation = Um pensamento aparece: se você postar isso, talvez parem de falar do seu vídeo.

## Escolha 4
old-post-comes-back-ines-prompt = O que você faz com a foto antiga de Ines?
old-post-comes-back-post-ines = Postar no grupo da turma. Agora é a vez de outra pessoa.
old-post-comes-back-post-ines-feedback = Dá vontade de passar a atenção para outra pessoa. Mas agora Ines sente o que você sentiu. Apagar rápido ainda pode ajudar.
old-post-comes-back-post-ines-ines = A foto antiga dela está no grupo, e ela não escolheu isso.
old-post-comes-back-scroll-past = Passar direto. A foto é de Ines, não é sua para compartilhar.
old-post-comes-back-scroll-past-feedback = Você transformou seu dia difícil em gentileza com outra pessoa. Isso é empatia de verdade.
old-post-comes-back-scroll-past-ines = A foto antiga dela fica onde estava.
old-post-comes-back-tell-ines = Avisar Ines amanhã que a foto está por aí, para ela decidir.
old-post-comes-back-tell-ines-feedback = Você deu a escolha para Ines. A foto e a história são dela.
old-post-comes-back-tell-ines-ines = Ela pode opinar antes que mais alguém veja.

## Finais
old-post-comes-back-end-you-now = O vídeo antigo sumiu da sua conta e do grupo da turma. Você ainda canta, só que não numa escova de cabelo. No almoço, você e Freya sentam com Ines.
old-post-comes-back-end-you-now-reflect = O que você quer lembrar da criança que você era?
old-post-comes-back-end-you-now-freya = Você teve carinho por você e por Ines também.
old-post-comes-back-end-you-now-ines = A foto antiga dela está protegida, e ela tem amigos na mesa.
old-post-comes-back-end-still-online = O vídeo ainda está na internet, e às vezes alguém cantarola sua música. Mas você sabe quem você é hoje. A vovó Rosa vai ajudar se você mudar de ideia.
old-post-comes-back-end-still-online-reflect = O que você pode fazer se um post antigo seu voltar?
old-post-comes-back-end-still-online-freya = Ela continua do seu lado.
old-post-comes-back-end-still-online-rosa = Ela confia em você para decidir e está pronta para ajudar.
old-post-comes-back-end-two-sides = Ines fica quieta quando vê a foto. Você lembra do seu próprio rosto pegando fogo. Você apaga e pede desculpa, e a vovó Rosa ajuda você a pensar no que aconteceu.
old-post-comes-back-end-two-sides-reflect = Qual é a diferença entre compartilhar o post antigo de outra pessoa e compartilhar o seu?
old-post-comes-back-end-two-sides-ines = Muita gente viu a foto dela antes de ela ser apagada.
old-post-comes-back-end-two-sides-rosa = Todo mundo erra. Ela está ajudando você a consertar esse erro.

## Para professores
old-post-comes-back-discuss-1 = Por que um vídeo que parecia normal de postar aos 8 anos pode parecer diferente aos 11? O que continua igual em quem somos, e o que muda?
old-post-comes-back-discuss-2 = O Ayo achou o vídeo fofo, não vergonhoso. Como o mesmo post pode parecer diferente para quem aparece nele? O que o Ayo poderia ter perguntado antes?
old-post-comes-back-discuss-3 = O que você pode se perguntar antes de postar algo hoje? Quem pode ajudar você a apagar um post antigo que você não quer mais na internet?
