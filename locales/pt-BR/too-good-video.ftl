too-good-video-title = Bom demais pra ser verdade
too-good-video-summary = Um vídeo viral promete pets raros de graça num jogo, e um amigo quer testar e compartilhar. Depois, um vídeo editado faz uma colega parecer grossa. As crianças praticam perguntar quem fez um vídeo e por quê, conferir numa fonte de verdade e pensar em como compartilhar algo falso pode magoar uma pessoa real.

## Personagens
too-good-video-ravi = Ravi
too-good-video-hana = Hana
too-good-video-aunt-zainab = Tia Zainab

## Começo
too-good-video-hook = É sábado à tarde. Você está no seu quarto, numa chamada de vídeo com Ravi. Vocês dois jogam o mesmo jogo de pets.
too-good-video-ravi-look = Você PRECISA ver esse vídeo! Tem dois milhões de visualizações!
too-good-video-video = Um garoto chamado ReiDosPets sorri para a câmera: "Troque todos os seus pets com PresenteDourado. Eles voltam em dobro, e mais um dragão dourado raro! Só hoje!"
too-good-video-ravi-wants = Um dragão dourado! Vou testar agora. Vamos mandar para a turma toda também!

## Testar?
too-good-video-try-prompt = O que você diz para Ravi, { $nickname }?
too-good-video-try-too = "Vamos testar nós dois! Pets em dobro!"
too-good-video-try-too-feedback = Parecia incrível, e muita gente acredita em vídeos assim. Mas os pets nunca voltam. Um adulto pode ajudar a denunciar.
too-good-video-try-too-ravi = Ele trocou os pets dele, e nada voltou.
too-good-video-who-made = "Espera. Quem fez esse vídeo, e por quê?"
too-good-video-who-made-feedback = Ótima pergunta. Quem faz vídeos quer algo em troca: visualizações, curtidas ou até seus pets.
too-good-video-who-made-ravi = Ele tinha tanta certeza. Agora ele para e pensa.
too-good-video-comments = "Vamos ler os comentários antes."
too-good-video-comments-feedback = Investigar mais é esperto. Muitos comentários dizem: "Troquei tudo e não recebi nada!"
too-good-video-comments-ravi = Alguns jogadores dizem que perderam todos os pets.
too-good-video-share-first = "Manda no grupo da turma primeiro, para todo mundo ganhar um dragão!"
too-good-video-share-first-feedback = Você queria que seus amigos ganhassem um dragão também. Mas se for golpe, você acabou de mandar para todos. Conferir antes protege eles.
too-good-video-share-first-ravi = Ele acha que a turma toda vai agradecer vocês.
too-good-video-lost-pets = Peraí... meus pets sumiram. E não tem dragão nenhum. Me sinto um bobo.
too-good-video-kids-reply = No grupo da turma, três crianças respondem: "Vou testar agora!"
too-good-video-stop-think = Vocês dois assistem ao ReiDosPets de novo. Desta vez, algo parece meio estranho.

## Tia Zainab
too-good-video-aunt-comes = A tia Zainab bate na porta e traz uma tigela de uvas. Ela vê a cara de vocês.
too-good-video-aunt-kind = Ah, Ravi. Esse golpe engana muitos jogadores. Não é culpa sua, e a gente pode denunciar.
too-good-video-aunt-detective = Pets raros de graça, só hoje? Parece bom demais para ser verdade. Vamos investigar.
too-good-video-check-prompt = A tia Zainab pergunta: "Como podemos ver se é verdade?"
too-good-video-views = "Tem dois milhões de visualizações. Deve ser verdade!"
too-good-video-views-feedback = Muitas visualizações só querem dizer que muita gente assistiu. Um golpe também pode viralizar.
too-good-video-views-aunt = Muita gente pensa assim. Ela ajuda você a olhar de novo.
too-good-video-news-page = "Vamos ver a página de notícias do próprio jogo."
too-good-video-news-page-feedback = Boa escolha! A página oficial diz: "Nunca damos pets de graça por trocas. Cuidado com esse golpe!"
too-good-video-news-page-aunt = Você foi conferir na fonte de verdade.
too-good-video-who-posted = "Vamos ver quem postou e o que mais essa conta posta."
too-good-video-who-posted-feedback = A página do ReiDosPets está cheia de vídeos de "pet grátis", e a conta tem dois dias. Isso é uma baita pista.
too-good-video-who-posted-ravi = Ele nem pensou em ver quem fez o vídeo.
too-good-video-report = A tia Zainab ajuda Ravi a denunciar o vídeo e a conta PresenteDourado no jogo. Ravi conta para a mãe dele também.
too-good-video-warn-class = Você escreve no grupo da turma: "Não testem o lance do dragão. É golpe, foi mal!" Duas crianças respondem: "Ufa, valeu!"

## O vídeo editado
too-good-video-clip-buzz = Mais tarde, o grupo da turma apita de novo. Alguém postou um vídeo novo.
too-good-video-clip = No vídeo, Hana, da sua turma, ganha um prêmio de leitura. Ela revira os olhos e diz: "Tanto faz. Quem liga para esse prêmio?"
too-good-video-ravi-clip = Nossa, que grossa a Hana! Todo mundo está compartilhando.
too-good-video-clip-prompt = O vídeo está se espalhando rápido. O que você faz, { $nickname }?
too-good-video-share-clip = Compartilhar. Todo mundo já viu mesmo.
too-good-video-share-clip-feedback = É fácil achar que mais um compartilhamento não faz diferença. Mas cada um mostra esse vídeo da Hana para mais gente. Você ainda pode ajudar.
too-good-video-share-clip-hana = Mais gente está rindo dela, e ela não consegue impedir.
too-good-video-look-again = Assistir de novo, devagar. Tem algo cortado ou mudado?
too-good-video-look-again-feedback = Que olho bom! A imagem pula, e a boca dela não combina com as palavras. Alguém editou esse vídeo.
too-good-video-look-again-ravi = Ele não tinha visto os pulos até você mostrar.
too-good-video-ask-hana = Mandar mensagem para Hana: "Você disse isso mesmo?"
too-good-video-ask-hana-feedback = Perguntar para a própria pessoa é um ótimo jeito de conferir. E mostra para Hana que alguém quer ouvir o lado dela.
too-good-video-ask-hana-hana = Alguém perguntou para ela antes de acreditar no vídeo.
too-good-video-laugh-react = Mandar uma carinha rindo. É só um vídeo bobo.
too-good-video-laugh-react-feedback = Parecia brincadeira. Mas Hana é uma pessoa real, e ela vê cada carinha rindo. Você ainda pode ajudar.
too-good-video-laugh-react-hana = Cada carinha rindo embaixo do vídeo parece ser para ela.
too-good-video-hana-private = Eu nunca disse isso! Eu disse: "Obrigada, é demais." Alguém cortou o vídeo e mudou minha voz.
too-good-video-hana-in-chat = Não foi isso que eu disse!! Alguém mudou. Por favor, parem de compartilhar.
too-good-video-ravi-realises = Ai, não. Acreditei na hora, igualzinho ao vídeo do dragão.
too-good-video-aunt-real-people = Vídeos falsos podem ser engraçados ou emocionantes. Mas quando são sobre uma pessoa real, compartilhar pode magoar de verdade.

## Ajudando a Hana
too-good-video-help-prompt = Como você pode ajudar Hana agora, { $nickname }?
too-good-video-post-truth = Escrever no grupo da turma: "Esse vídeo foi editado. A Hana nunca disse isso. Parem de compartilhar, por favor."
too-good-video-post-truth-feedback = Você defendeu a verdade e a Hana, sem ofender ninguém. Isso é coragem.
too-good-video-post-truth-hana = Alguém defendeu a Hana de verdade.
too-good-video-tell-teacher = Pedir para a tia Zainab ajudar você a contar para a professora.
too-good-video-tell-teacher-feedback = Um vídeo falso rodando pela turma é grande demais para resolver sem ajuda. Chamar um adulto é a escolha forte.
too-good-video-tell-teacher-aunt = Você pediu ajuda com algo que não dá para resolver só.
too-good-video-tell-teacher-hana = Um adulto vai ajudar a fazer isso parar.
too-good-video-stay-out = Ficar fora disso. Não é problema seu.
too-good-video-stay-out-feedback = Ficar de fora pode parecer mais seguro. Mas o silêncio deixa o vídeo falso continuar. Uma voz gentil pode mudar muita coisa.
too-good-video-stay-out-hana = Ninguém está falando a favor dela.
too-good-video-revenge = Fazer um vídeo editado engraçado de quem postou o vídeo.
too-good-video-revenge-feedback = Você queria defender a Hana. Mas um vídeo falso novo magoa outra pessoa real. Contar a verdade funciona melhor.
too-good-video-revenge-hana = Ela não quer mais vídeos falsos rodando por aí.
too-good-video-delete-share = Você apaga o que postou embaixo do vídeo e manda uma mensagem para Hana: "Desculpa. No começo eu acreditei."

## Finais
too-good-video-end-adult-helps = Na segunda, a professora pede para todo mundo apagar o vídeo. A turma assiste ao vídeo de verdade do prêmio da Hana, e todo mundo aplaude.
too-good-video-end-adult-helps-reflect = Antes de compartilhar um vídeo, que perguntas você pode se fazer?
too-good-video-end-adult-helps-hana = A Hana de verdade voltou, e a turma aplaudiu.
too-good-video-end-adult-helps-ravi = Da próxima vez, ele vai conferir antes de acreditar num vídeo.
too-good-video-end-stood-up = Algumas crianças escrevem "Desculpa, Hana." O vídeo para de se espalhar. Na segunda, você e Hana mostram para a professora o que aconteceu.
too-good-video-end-stood-up-reflect = Como você pode defender alguém num vídeo falso sem revidar com maldade?
too-good-video-end-stood-up-hana = Os amigos acreditaram na Hana de verdade.
too-good-video-end-still-spreading = O vídeo continua rodando o fim de semana todo. Na segunda, Hana está muito quieta. A tia Zainab diz: "Ainda dá tempo de ajudar."
too-good-video-end-still-spreading-reflect = O que você poderia fazer na segunda para ajudar Hana?
too-good-video-end-still-spreading-hana = As pessoas ainda acreditam no vídeo falso.
too-good-video-end-still-spreading-aunt = Ela sabe que você ainda pode ajudar, e ela vai ajudar também.

## Para professores
too-good-video-discuss-1 = Quem faz vídeos que parecem bons demais para ser verdade, e o que essas pessoas podem querer (visualizações, curtidas, coisas do seu jogo)? Onde você pode conferir se algo é verdade?
too-good-video-discuss-2 = Como um vídeo pode ser cortado ou mudado para fazer alguém parecer mau? Que pistas mostram que um vídeo foi editado?
too-good-video-discuss-3 = Como Hana pode se sentir quando um vídeo falso dela roda pela turma? O que podemos fazer se já compartilhamos algo que depois se mostrou falso?
