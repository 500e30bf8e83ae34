game-chat-teasing-title = Uma jogadora nova no jogo
game-chat-teasing-summary = Num jogo de montar com blocos, uma jogadora nova é lenta e alguém escreve "noob, você é ruim, sai daqui" enquanto outros riem no chat. As crianças praticam perceber, defender sem maldade, ajudar, denunciar e bloquear, e contar para um adulto em casa.

## Personagens
game-chat-teasing-ines = Ines
game-chat-teasing-wei = Wei
game-chat-teasing-ayo = Ayo
game-chat-teasing-mama = Mamãe

## Começo e virada
game-chat-teasing-hook = É sábado. Você joga um jogo de blocos no tablet. A mamãe lê ali perto.
game-chat-teasing-friends = Seus amigos Wei e Ayo estão no seu jogo. Você constrói uma torre bem alta.
game-chat-teasing-ines-joins = Oi! Eu sou a Ines. Sou nova aqui. Posso construir também?
game-chat-teasing-ines-slow = A Ines constrói uma casinha. Ela é lenta. O telhado dela cai.
game-chat-teasing-wei-teases = noob, você é ruim, sai daqui
game-chat-teasing-ayo-laughs = kkkkk
game-chat-teasing-more-laughs = Aparecem mais risadas no chat.

## Escolha 1
game-chat-teasing-chat-prompt = O que você faz, { $nickname }?
game-chat-teasing-join = Escrever "kkk" também.
game-chat-teasing-join-feedback = Entrar na onda pareceu fácil. Mas agora a Ines vê mais uma risada. Palavras gentis agora podem ajudar.
game-chat-teasing-join-ines = Mais uma pessoa riu da casinha dela.
game-chat-teasing-join-wei = Ele acha que todo mundo gosta da piada dele.
game-chat-teasing-quiet = Não dizer nada. Continuar a torre.
game-chat-teasing-quiet-feedback = Ficar em silêncio parece seguro. Mas ninguém defendeu a Ines. Você ainda pode ajudar.
game-chat-teasing-quiet-ines = Muitas risadas, e ninguém pede para parar.
game-chat-teasing-kind = Escrever: "Para com isso. Todo mundo começa do zero."
game-chat-teasing-kind-feedback = Você defendeu a Ines sem maldade. Que coragem!
game-chat-teasing-kind-ines = Alguém no chat está do lado dela.
game-chat-teasing-kind-wei = Ele não achou que alguém ia pedir para parar.

game-chat-teasing-ines-thanks = Obrigada. Ainda estou aprendendo.
game-chat-teasing-ines-sees-you = A Ines também vê o seu "kkk".
game-chat-teasing-ines-stops = Então a Ines para de construir. O bonequinho dela fica parado.

## Escolha 2
game-chat-teasing-notice-prompt = A Ines parou de construir. O que você faz?
game-chat-teasing-help = Ir até a Ines. Perguntar: "Posso ajudar na sua casa?"
game-chat-teasing-help-feedback = Você viu que a Ines parou. E foi ajudar. Isso é cuidar.
game-chat-teasing-help-ines = Agora ela tem alguém para construir junto.
game-chat-teasing-kind-words = Escrever para a Ines: "Gostei da sua casinha!"
game-chat-teasing-kind-words-feedback = Palavras gentis ajudam muito. A Ines lê duas vezes.
game-chat-teasing-kind-words-ines = Alguém gostou do que ela fez.
game-chat-teasing-keep-building = Continuar construindo. Sua torre está quase pronta!
game-chat-teasing-keep-building-feedback = Sua torre é legal. Mas a Ines continua sozinha. Você pode ir até ela agora.
game-chat-teasing-keep-building-ines = Todo mundo está ocupado, e ninguém vem até ela.

game-chat-teasing-wei-again = kkkk a Ines é muito lerda. Sai daqui, noob!
game-chat-teasing-ayo-again = Ayo manda mais risadas.

## Escolha 3
game-chat-teasing-stop-prompt = As palavras maldosas não param. E agora, { $nickname }?
game-chat-teasing-report = Apertar Denunciar e Bloquear nas palavras maldosas.
game-chat-teasing-report-feedback = Boa ideia. Denunciar avisa o pessoal do jogo. Bloquear tira as palavras maldosas da sua tela.
game-chat-teasing-report-ines = Alguém está fazendo algo para ajudar.
game-chat-teasing-mean-back = Escrever: "Noob é VOCÊ, Wei!"
game-chat-teasing-mean-back-feedback = Você queria ajudar a Ines. Mas responder com maldade machuca mais. Dá para ser forte e gentil.
game-chat-teasing-mean-back-wei = Agora é ele que está sendo xingado.
game-chat-teasing-mean-back-ines = Agora o chat virou uma briga por causa dela.
game-chat-teasing-tell = Parar o jogo. Ir contar para a mamãe.
game-chat-teasing-tell-feedback = Contar para um adulto é ser forte. É pedir ajuda, não dedurar.
game-chat-teasing-tell-mama = Você veio até ela com um problema grande.

game-chat-teasing-report-sent = Aparece uma caixa: "Obrigado. Alguém da equipe vai ver isso."
game-chat-teasing-mama-notices = Você larga o tablet. A mamãe olha para você.
game-chat-teasing-mama-asks = Que carinha chateada. O que está acontecendo no seu jogo?

## Escolha 4
game-chat-teasing-mama-prompt = O que você diz para a mamãe?
game-chat-teasing-show = Mostrar o chat para a mamãe. Contar o que aconteceu.
game-chat-teasing-show-feedback = Contar tudo para um adulto é coragem. Agora a mamãe pode ajudar.
game-chat-teasing-show-mama = Agora ela sabe e pode ajudar.
game-chat-teasing-fine = Dizer: "Nada. Estou bem."
game-chat-teasing-fine-feedback = Falar pode ser difícil. Mas uma preocupação fica mais leve quando você conta. Você pode contar para a mamãe quando quiser.
game-chat-teasing-fine-mama = Ela percebe que algo está errado.

## Um adulto ajuda
game-chat-teasing-mama-listens = Obrigada por me contar. Vamos ajudar a Ines, eu e você.
game-chat-teasing-mama-mean-back = Responder com maldade só piora. A gente também pode pedir desculpa.
game-chat-teasing-mama-helps = A mamãe ajuda você a denunciar o chat. Depois ela liga para o pai do Wei.
game-chat-teasing-you-say-sorry = Você pede desculpa para a Ines pelo "kkk". Ela faz que sim.
game-chat-teasing-mama-waits = Tudo bem. Estou aqui quando você quiser conversar.

## Finais
game-chat-teasing-end-build-together = No dia seguinte, o Wei pede desculpa para a Ines. Ayo diz: "Eu só ri porque o Wei riu." Agora todo mundo constrói um castelo junto.
game-chat-teasing-end-build-together-reflect = Como você pode ajudar quando um chat de jogo fica maldoso?
game-chat-teasing-end-build-together-ines = A casinha dela agora faz parte do castelo.
game-chat-teasing-end-build-together-wei = Ele pediu desculpa, e a Ines aceitou.
game-chat-teasing-end-grown-up-helps = O Wei pede desculpa para a Ines. A Ines volta a jogar. Ela ainda está um pouco tímida. Mas sabe que as pessoas se importam.
game-chat-teasing-end-grown-up-helps-reflect = Como você poderia fazer alguém novo no jogo se sentir em casa?
game-chat-teasing-end-grown-up-helps-ines = Um adulto ajudou, e as palavras maldosas pararam.
game-chat-teasing-end-ines-left = A Ines sai do jogo. Ela não volta hoje. A mamãe ainda está por perto. Você pode contar para ela quando quiser.
game-chat-teasing-end-ines-left-reflect = Para qual adulto você poderia contar sobre um chat de jogo maldoso?
game-chat-teasing-end-ines-left-ines = O primeiro jogo dela acabou com palavras maldosas.
game-chat-teasing-end-ines-left-mama = Ela está pronta para ouvir quando você quiser.

## Para professores
game-chat-teasing-discuss-1 = O Wei chamou a Ines de "noob" porque ela era nova e lenta. Por que alguns jogadores provocam quem é novo? Como é ser iniciante em alguma coisa?
game-chat-teasing-discuss-2 = Ayo riu porque o Wei riu. Por que é difícil não entrar na onda quando o grupo ri? O que Ayo poderia ter feito?
game-chat-teasing-discuss-3 = O que os botões Denunciar e Bloquear fazem nos jogos que você conhece? Para quais adultos em casa ou na escola você poderia mostrar um chat maldoso?
