one-more-level-title = Só mais uma fase
one-more-level-summary = O tempo de tablet acabou, mas o jogo pisca "Só mais uma fase!" e mostra um prêmio brilhante, enquanto a irmãzinha espera a vez dela e a vovó chama todo mundo para jantar. As crianças praticam perceber olhos cansados e mau humor, parar por escolha própria e entender que alguns jogos são feitos para não deixar a gente parar.

one-more-level-zara = Zara
one-more-level-nana = Vovó Adjoa

one-more-level-hook = No seu quarto, você joga um jogo de fazenda.
one-more-level-timer = O alarme da vovó toca. Plim! O tempo de tablet acabou.
one-more-level-zara-waits = Agora é minha vez! Esperei tanto!
one-more-level-game-flashes = O jogo pisca: "Só mais uma fase! Ganhe um baú de ouro brilhante!"

one-more-level-stop-prompt = O tempo acabou, mas o baú brilha tanto. O que você faz, { $nickname }?
one-more-level-one-more = Apertar "Mais uma fase".
one-more-level-one-more-feedback = É difícil dizer não para um baú brilhante! Mas a Zara ainda está esperando. Você pode parar depois desta fase.
one-more-level-one-more-zara = É a vez dela, mas ela ainda tem que esperar.
one-more-level-stop-now = Apertar "Parar" e dar o tablet para a Zara.
one-more-level-stop-now-feedback = Você parou quando o alarme tocou. Isso é difícil! Sua fazenda vai estar lá da próxima vez.
one-more-level-stop-now-zara = A vez dela chega na hora certa.
one-more-level-go-away = Dizer: "Sai, Zara! Só mais uma!"
one-more-level-go-away-feedback = Você queria muito aquele baú. Mas o "sai" doeu. Uma palavra gentil pode ajudar.
one-more-level-go-away-zara = Ela esperou muito. Aí você mandou ela sair.

one-more-level-level-won = Você vence a fase. Aí o jogo pisca de novo.
one-more-level-bigger-chest = "Mais uma fase! Tem um baú maior esperando!"
one-more-level-tired = Seus olhos estão secos e cansados. Você fica meio de mau humor.

one-more-level-body-prompt = Seu corpo está dizendo alguma coisa. O que você faz?
one-more-level-listen = Dizer: "Meus olhos cansaram. Vou parar agora."
one-more-level-listen-feedback = Você ouviu seu corpo. Olho cansado e mau humor dizem: "Faça uma pausa!"
one-more-level-listen-zara = Agora é a vez dela. Ela corre para pegar o tablet.
one-more-level-keep-going = Continuar jogando. O próximo baú parece melhor ainda.
one-more-level-keep-going-feedback = O jogo sempre mostra um baú novo. Então nunca parece que acabou. Um adulto pode ajudar você a parar.
one-more-level-keep-going-zara = Ela esperou tanto. Ela vai chamar a vovó.
one-more-level-watch = Dizer: "Zara, senta aqui e assiste!"
one-more-level-watch-feedback = A Zara gosta de ficar com você. Mas assistir não é jogar. Ela ainda espera a vez dela.
one-more-level-watch-zara = Ela senta pertinho de você. Mas ainda quer a vez dela.

one-more-level-nana-comes = A vovó entra. Ela segura a mão da Zara.
one-more-level-nana-asks = O alarme tocou faz tempo. Como estão seus olhos?
one-more-level-nana-prompt = O que você diz para a vovó, { $nickname }?
one-more-level-tell-truth = "Meus olhos cansaram. O jogo fica dizendo mais uma."
one-more-level-tell-truth-feedback = Você falou a verdade. Agora a vovó pode ajudar você a parar.
one-more-level-tell-truth-nana = Você contou como se sente de verdade.
one-more-level-im-fine = "Estou bem! Acabei de começar!"
one-more-level-im-fine-feedback = Muita criança diz isso para continuar jogando. Mas a vovó ouviu o alarme. A verdade ajuda ela a ajudar você.
one-more-level-im-fine-nana = Ela vê olhos cansados e uma cara emburrada.
one-more-level-not-fair = Gritar: "Não é justo! Eu não ganhei o baú!"
one-more-level-not-fair-feedback = Muito tempo de tela deixa qualquer um de mau humor. Tudo bem. Um abraço e uma pausa ajudam.
one-more-level-not-fair-nana = Ela sabe que jogar muito tempo pode deixar as crianças assim.
one-more-level-nana-helps = Vamos salvar. Sua fazenda vai esperar por você.
one-more-level-shelf = Você e a vovó salvam o jogo. O tablet vai para a prateleira.
one-more-level-dinner = O jantar está pronto! Venham comer, meus amores!

one-more-level-zara-plays = A Zara joga a vez dela. Você faz uma torre alta de blocos.
one-more-level-zara-one-more = Só mais uma fase! Por favor?
one-more-level-help-prompt = A Zara não quer parar. O que você faz?
one-more-level-help-stop = Dizer: "O jogo sempre diz isso! Vamos salvar e comer."
one-more-level-help-stop-feedback = Você sabe como é difícil parar. Então ajudou a Zara, com carinho.
one-more-level-help-stop-zara = Ela salva o jogo. Parar ficou mais fácil com você.
one-more-level-grab = Tirar o tablet das mãos da Zara.
one-more-level-grab-feedback = Você queria ajudar a Zara a parar. Mas puxar deixou ela chateada. Pedir com carinho funciona melhor.
one-more-level-grab-zara = Tiraram o tablet das mãos dela.
one-more-level-go-eat = Ir comer. A Zara consegue parar sozinha.
one-more-level-go-eat-feedback = A Zara é pequena. Parar é difícil para ela também. Então a vovó vem ajudar.
one-more-level-go-eat-zara = Ela ouve "jantar", mas não consegue parar sozinha.
one-more-level-go-eat-nana = Ela ajuda a Zara a salvar o jogo.

one-more-level-zara-asks = Por que o jogo sempre diz "mais uma"?
one-more-level-trick-prompt = O que você diz para a Zara, { $nickname }?
one-more-level-made-to-keep = "O jogo quer que a gente continue. Mas quem escolhe somos nós."
one-more-level-made-to-keep-feedback = Isso! Prêmios brilhantes são feitos para você continuar jogando. Quem manda na hora de parar é você.
one-more-level-made-to-keep-zara = Ela não sabia que os jogos tentam prender ela.
one-more-level-best-part = "Porque o baú é a melhor parte!"
one-more-level-best-part-feedback = Baús são legais. Mas sempre aparece um novo. Então o jogo nunca parece acabar.
one-more-level-best-part-zara = Ela quer um baú também. Ela ainda não viu o truque.
one-more-level-play-cards = "Não sei. Quer jogar cartas depois do jantar?"
one-more-level-play-cards-feedback = Jogar cartas com a Zara é gentil. A pergunta dela também é boa. A vovó pode ajudar vocês.
one-more-level-play-cards-zara = Ela adora brincar com você.
one-more-level-nana-smiles = Que esperteza! Você descobriu o truque. Agora, vamos comer!
one-more-level-nana-explains = Alguns jogos são feitos para você não parar. Mas quem escolhe a hora de parar é você.
one-more-level-say-sorry = Depois do jantar, você diz "Desculpa" para a Zara. Ela dá um abração em você.

one-more-level-end-by-choice = Você parou por conta própria. A Zara jogou na vez dela. O jantar está uma delícia!
one-more-level-end-by-choice-reflect = Como seu corpo avisa que é hora de descansar?
one-more-level-end-by-choice-zara = A vez dela chegou na hora certa.
one-more-level-end-by-choice-nana = Você escolheu parar, mesmo com um baú brilhante.
one-more-level-end-nana-helped = A vovó ajudou você a parar hoje. Da próxima vez, a Zara joga primeiro. Depois você tenta parar por conta própria.
one-more-level-end-nana-helped-reflect = O que você pode fazer quando um jogo diz "mais uma"?
one-more-level-end-nana-helped-nana = Parar é difícil. Ela vai ajudar enquanto você aprende.
one-more-level-end-nana-helped-zara = Da próxima vez, ela joga primeiro.

one-more-level-discuss-1 = O jogo mostrou um prêmio bem na hora em que o tempo acabou. Por que um jogo faria isso? O que mais tenta fazer a gente continuar assistindo ou jogando?
one-more-level-discuss-2 = Como seu corpo se sente depois de muito tempo na tela? Quais são os sinais de que é hora de uma pausa, e o que ajuda?
one-more-level-discuss-3 = Como uma família pode dividir um tablet de um jeito justo? Que combinado para parar funcionaria na sua casa?
