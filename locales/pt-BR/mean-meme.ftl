mean-meme-title = O meme da gincana
mean-meme-summary = Uma foto constrangedora de um colega na gincana da escola vira um meme que se espalha pelo grupo da turma. As crianças praticam não entrar no ataque em grupo, perceber o sentimento por trás de um "haha", ouvir o lado de quem fez o meme sem desculpar o estrago, pedir para apagar o meme e guardar provas para mostrar a um professor.

## Personagens
mean-meme-jamal = Jamal
mean-meme-sofia = Sofia
mean-meme-wei = Wei
mean-meme-mr-haddad = Professor Haddad

## Começo e virada
mean-meme-hook = É segunda à noite. Você está terminando a lição de casa quando o grupo da turma começa a apitar.
mean-meme-the-photo = Alguém postou uma foto da gincana. É Jamal tropeçando na linha de chegada, batendo os braços, com a boca escancarada.
mean-meme-the-meme = A foto virou meme. Em letras grandes está escrito: FRANGO VOADOR.
mean-meme-sofia-posts = Fiz esse da gincana kkkk. Melhor meme de todos?
mean-meme-laughs = O grupo se enche de carinhas rindo. Alguém diz que o meme já está no grupo de outra turma também.

## Escolha 1
mean-meme-first-prompt = O meme está em todo lugar, { $nickname }. O que você faz?
mean-meme-share = Curtir e compartilhar no grupo do seu time de futebol.
mean-meme-share-feedback = Parecia só entrar na brincadeira. Mas cada compartilhamento leva a foto de Jamal mais longe. Pedir para as pessoas apagarem ainda pode ajudar.
mean-meme-share-jamal = Ainda mais gente está rindo de um momento ruim dele.
mean-meme-joke = Fazer uma piada: "Có có có! Corre, frango, corre!"
mean-meme-joke-feedback = Uma piadinha pode parecer inofensiva. Mas ela aumenta o ataque contra Jamal. Algo gentil agora pode ajudar.
mean-meme-joke-jamal = Agora tem piadas empilhadas em cima do meme.
mean-meme-joke-sofia = As piadas extras fazem o meme dela parecer um sucesso.
mean-meme-not-share = Não compartilhar. Fechar o grupo e voltar para a lição.
mean-meme-not-share-feedback = Não compartilhar faz diferença, porque o meme para em você. Mas Jamal pode estar enfrentando isso sem ninguém.
mean-meme-not-share-jamal = Outras pessoas continuam compartilhando.
mean-meme-think = Parar e pensar: Jamal concordou com isso? Como seria estar no lugar dele?
mean-meme-think-feedback = Você pensou por conta própria enquanto todo mundo ria. Esse é o primeiro passo para ajudar.
mean-meme-think-jamal = Ele ainda não sabe, mas alguém está pensando nele.

mean-meme-team-replies = O grupo do time responde: "kkkk quem é esse?" Agora crianças de outras escolas podem ver.
mean-meme-jamal-online = Então Jamal entra on-line. Depois de um longo silêncio, ele escreve uma mensagem.
mean-meme-jamal-haha = haha muito engraçado

## Escolha 2
mean-meme-haha-prompt = Jamal só escreveu "haha muito engraçado". O que você faz?
mean-meme-believe = Ele está rindo, então deve estar tudo bem. Mandar mais uma carinha rindo.
mean-meme-believe-feedback = É fácil acreditar num "haha". Mas uma resposta curta e sem graça pode esconder mágoa. Puxar conversa no privado ajuda.
mean-meme-believe-jamal = Ninguém olha além do "haha" dele.
mean-meme-private = Mandar mensagem só para Jamal: "Aquele meme não foi legal. Você está bem?"
mean-meme-private-feedback = Você percebeu o sinal por trás das palavras dele. Uma mensagem no privado deixa ele responder com sinceridade.
mean-meme-private-jamal = Alguém enxergou além do "haha" dele.
mean-meme-group = Escrever no grupo: "Não foi legal. É a foto do Jamal, não uma piada."
mean-meme-group-feedback = Você defendeu Jamal sem ofender ninguém. Agora os outros podem criar coragem também.
mean-meme-group-jamal = Alguém defendeu ele na frente de todo mundo.
mean-meme-group-wei = Ele concordava, mas não queria ser o primeiro a falar. Agora ele escreve: "Também acho."

mean-meme-jamal-reply = Não muito. Amanhã todo mundo vai me chamar de frango.

## O lado de quem fez o meme
mean-meme-sofia-messages = Mais tarde, Sofia manda uma mensagem no seu privado.
mean-meme-sofia-view = O Jamal sumiu depois do "haha". Ele está bravo comigo? Eu só queria que achassem que eu sou engraçada.
mean-meme-sofia-past = Ano passado fizeram um meme de mim. Eu ri junto, então achei que era assim mesmo.

## Escolha 3
mean-meme-sofia-prompt = O que você responde para Sofia, { $nickname }?
mean-meme-ask-delete = "Deve ter sido chato aquele meme de você. Mas o Jamal não está rindo. Apaga, por favor, e pede para pararem de compartilhar."
mean-meme-ask-delete-feedback = Você entendeu Sofia e continuou do lado de Jamal. Os motivos dela explicam o meme, mas não fazem dele algo certo.
mean-meme-ask-delete-sofia = Agora ela vê o lado de Jamal, e isso é difícil de encarar.
mean-meme-agree = "Ah, é engraçado. Ele supera."
mean-meme-agree-feedback = Concordar é fácil. Mas isso diz para Sofia que o meme não tem problema, e Jamal continua pagando o preço. Você ainda pode pedir para ela apagar.
mean-meme-agree-sofia = Ela acha que ninguém se importa.
mean-meme-meme-back = Fazer um meme de Sofia e postar: "Vê se VOCÊ gosta."
mean-meme-meme-back-feedback = Você queria que Sofia sentisse o que Jamal sente. Mas um segundo meme significa uma segunda pessoa magoada. Pedir para ela apagar o dela funciona melhor.
mean-meme-meme-back-sofia = Agora tem um meme rindo dela também.

mean-meme-two-memes = Seu meme de Sofia também faz gente rir. Agora duas pessoas da sua turma estão sofrendo.
mean-meme-sofia-deletes = Você tem razão. Já apaguei. Mas ele está em outros grupos agora, e esses eu não consigo apagar.
mean-meme-meme-spreads = O meme continua rodando. Agora está em mais dois grupos de turma.

## Escolha 4
mean-meme-grown-up-prompt = O meme continua por aí. Isso é grande demais para resolver sem ajuda. O que você faz?
mean-meme-evidence = Salvar prints das mensagens. Depois mostrar para o professor Haddad.
mean-meme-evidence-feedback = Provas ajudam o professor a ver o que aconteceu de verdade. Guarde para ele, não para compartilhar. Contar é buscar ajuda para Jamal, não dedurar.
mean-meme-evidence-mr-haddad = Você trouxe os fatos, então ele pode agir rápido.
mean-meme-ask-jamal = Perguntar antes para Jamal: "Vamos falar com o professor Haddad?"
mean-meme-ask-jamal-feedback = Você deixou Jamal opinar e mesmo assim buscou ajuda. Isso é respeito.
mean-meme-ask-jamal-jamal = Ele não precisa enfrentar isso sem ninguém.
mean-meme-wait = Esperar passar. Semana que vem todo mundo já esqueceu.
mean-meme-wait-feedback = Torcer para isso sumir é natural. Mas na internet os memes podem voltar. Um adulto de confiança ainda pode ajudar amanhã.
mean-meme-wait-jamal = Ele não sabe quem vai ver o meme depois.

mean-meme-jamal-agrees = Vamos. Prefiro não ir sozinho.
mean-meme-teacher-both = Dois memes, duas pessoas magoadas. Vamos apagar os dois em todo lugar. Depois cada um que fez pede desculpa.
mean-meme-teacher-steps-in = A foto de uma pessoa é parte dela. Vamos apagar esse meme em todo lugar e conversar sobre isso com a turma.

## Finais
mean-meme-end-put-right = O professor Haddad ajuda as outras turmas a apagar o meme. Sofia pede desculpa para Jamal cara a cara. No almoço, Jamal brinca que vai ganhar o revezamento no ano que vem.
mean-meme-end-put-right-reflect = O que você queria que os outros fizessem se alguém fizesse um meme de você?
mean-meme-end-put-right-jamal = O meme sumiu, e as pessoas ficaram do lado dele.
mean-meme-end-put-right-sofia = Ela consertou o erro e entende por que ele magoou.
mean-meme-end-teacher-helps = O meme é apagado de todos os grupos de turma, e Sofia pede desculpa. Jamal ainda está um pouco abalado, mas sabe que tem gente do lado dele.
mean-meme-end-teacher-helps-reflect = Para quais adultos você poderia mostrar um meme maldoso?
mean-meme-end-teacher-helps-jamal = Um adulto ajudou, e o meme sumiu.
mean-meme-end-teacher-helps-sofia = Agora ela vê que a piada dela magoou alguém de verdade.
mean-meme-end-still-spreading = Uma semana depois, alguém posta o meme de novo. Jamal ri junto, mas almoça sozinho. Ainda dá tempo de contar para o professor Haddad.
mean-meme-end-still-spreading-reflect = Se você pudesse voltar no tempo, o que faria diferente por Jamal?
mean-meme-end-still-spreading-jamal = O meme sempre volta, e ninguém fez ele parar.

## Para professores
mean-meme-discuss-1 = Ano passado, riram de Sofia num meme, e ela "riu junto". Como ser magoado pode deixar alguém mais propenso a magoar os outros? Isso torna a atitude aceitável?
mean-meme-discuss-2 = Jamal escreveu "haha muito engraçado". Que sinais podem mostrar que alguém está chateado na internet, mesmo quando as palavras dizem que está tudo bem?
mean-meme-discuss-3 = Qual é a diferença entre salvar prints para mostrar a um adulto de confiança e mandar prints para os amigos? A quem você poderia recorrer se fizessem um meme de você ou de um amigo?
