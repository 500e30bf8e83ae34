school-message-title = Mensagem da escola?
school-message-summary = Uma mensagem que parece vir da escola diz: "Sua conta será fechada hoje! Entre aqui." Um colega já digitou a senha e se sente bobo. As crianças praticam reconhecer sinais de golpe, apoiar quem foi enganado, trocar a senha com segurança junto de um adulto e avisar os outros por meio da professora.

## Personagens
school-message-ibrahim = Ibrahim
school-message-chloe = Chloé
school-message-mum = Mãe

## Começo
school-message-hook = É domingo à noite. Você está terminando a lição no notebook da família. Sua mãe também está na mesa, pagando contas.
school-message-new-message = Chega uma mensagem nova. Tem o logo da escola e diz que é da "Secretaria da Esco1a".
school-message-message-text = Está escrito: "URGENTE!!! Sua conta sera fexada HOJE. Entre aki agora para não perder: esc0la-l0gin.zz"
school-message-heart-beats = Seu coração dispara. Toda a sua lição está nessa conta!

## A mensagem
school-message-first-prompt = O que você faz, { $nickname }?
school-message-log-in = Clicar no link e entrar rápido. Você precisa dessa conta!
school-message-log-in-feedback = A mensagem foi feita para parecer real e apressar você. Muita gente clica. Trocar a senha logo resolve.
school-message-log-in-mum = Ela vê você digitando rápido, com a cara tensa.
school-message-look-closely = Parar. Ler de novo, devagar.
school-message-look-closely-feedback = Ir devagar vence o golpe. Apressar você é exatamente o que a mensagem quer.
school-message-look-closely-mum = Ela vê você parar e pensar antes de clicar.
school-message-ask-mum = Mostrar à sua mãe: "É de verdade?"
school-message-ask-mum-feedback = Perguntar antes de clicar é esperto. Dois pares de olhos enxergam mais.
school-message-ask-mum-mum = Você perguntou para ela antes de clicar em qualquer coisa.
school-message-forward = Mandar no grupo da turma: "Todo mundo recebeu isso?"
school-message-forward-feedback = Você queria avisar o pessoal. Mas agora o link do golpe está na frente da turma toda. Um aviso sem o link é mais seguro.
school-message-forward-chloe = Ela quase clicou no link que você mandou.

## Depois da primeira escolha
school-message-typed-page = Abre uma página parecida com a da escola. Você digita seu nome e sua senha. Aí a página fica em branco.
school-message-mum-puzzled = Que cara é essa? O que houve?
school-message-mum-not-your-fault = Obrigada por me contar. Esses golpes enganam muitos adultos também. Vamos ver isso juntos.
school-message-chloe-replies = Isso é de verdade?? Quase cliquei! Minha mãe disse que não.
school-message-mum-looks = Deixa eu ver. Vamos olhar isso juntos.
school-message-mum-signs = Viu as pistas? A mensagem tem muita pressa. O link não é o site da escola. E "fexada" e "aki" estão escritos errado.
school-message-mum-phishing = A escola nunca pede senha por mensagem. Esse golpe se chama phishing. É uma "pescaria" de senhas.
school-message-change-own = Você digita o site de verdade da escola. Com sua mãe, você entra e troca a senha. Pronto!
school-message-fix-forward = Você apaga sua mensagem e escreve: "Não cliquem naquele link, é golpe!" Chloé manda um joinha.

## Ibrahim
school-message-ibrahim-buzz = Aí seu celular vibra. É o Ibrahim, da sua turma.
school-message-ibrahim-says = Recebi aquela mensagem da escola e entrei. A Chloé disse que é falsa. Me sinto muito bobo. Por favor, não conta pra ninguém.
school-message-you-too = Você sabe bem como ele se sente. Aconteceu com você uma hora atrás.
school-message-ibrahim-prompt = O que você responde, { $nickname }?
school-message-laugh = "Kkkk, como você caiu nessa?"
school-message-laugh-feedback = Era para ser piada. Mas Ibrahim já se sente mal, e esses golpes enganam muita gente. Uma palavra gentil ajuda.
school-message-laugh-ibrahim = Ele já estava mal. Agora um amigo está rindo também.
school-message-kind = "Não é culpa sua. Aquela mensagem foi feita para enganar."
school-message-kind-feedback = Ninguém deve ter vergonha por ser enganado. Você pôs a culpa no golpe, não em Ibrahim.
school-message-kind-ibrahim = A culpa foi do golpe, não dele. Ele respira aliviado.
school-message-forget-it = "Relaxa. Esquece isso."
school-message-forget-it-feedback = Você queria animar ele. Mas o golpe sabe a senha dele agora. Trocar logo deixa a conta segura.
school-message-forget-it-ibrahim = Ele se sente melhor por enquanto. Mas a senha dele ainda está por aí.
school-message-name-him = Postar no grupo da turma: "O Ibrahim caiu no golpe! Não façam igual."
school-message-name-him-feedback = Avisar a turma é uma boa ideia. Mas dizer o nome do Ibrahim expõe ele. Um aviso sem nomes funciona melhor.
school-message-name-him-ibrahim = Agora a turma toda sabe, e ele pediu para você não contar.
school-message-name-him-chloe = Ela não esperava ver o nome do Ibrahim na frente de todo mundo.
school-message-ibrahim-quiet = Ibrahim demora muito para responder. Depois chega uma mensagem curta.
school-message-ibrahim-ok = ok. e agora o que eu faço?
school-message-ibrahim-thanks = Valeu. Isso ajuda. Então, o que eu faço agora?

## Resolvendo
school-message-fix-prompt = O que você diz para Ibrahim fazer, { $nickname }?
school-message-change-with-adult = "Troca a senha hoje à noite com seu pai. Usa o site de verdade da escola."
school-message-change-with-adult-feedback = É isso que resolve. Com a senha nova, a antiga que o golpe viu não funciona mais.
school-message-change-with-adult-ibrahim = Ele tem um plano, e o pai dele vai ajudar.
school-message-through-link = "Volta no link e troca a senha lá mesmo."
school-message-through-link-feedback = Aquele link leva à página do golpe, então a senha nova iria para lá também. Digitar o site da escola direto é mais seguro.
school-message-through-link-ibrahim = Ele quase deu a senha nova para o golpe também.
school-message-wait-see = "Espera para ver se acontece alguma coisa estranha."
school-message-wait-see-feedback = Esperar parece mais fácil. Mas quanto antes trocar a senha, mais segura fica a conta. Ainda dá tempo.
school-message-wait-see-ibrahim = Ele fica pensando em quem tem a senha dele.
school-message-ibrahim-fixed = Pronto! Meu pai me ajudou. Minha senha antiga não serve para mais ninguém.
school-message-dad-stops = Meu pai viu a página e me parou. Era a página do golpe de novo! Usamos o site de verdade da escola. Pronto.
school-message-mum-suggests = É mais seguro trocar hoje. Quer que eu ligue para o pai dele?
school-message-mum-calls = Sua mãe liga para o pai do Ibrahim. Naquela noite, eles trocam a senha juntos.

## Quem mais precisa saber?
school-message-school-tomorrow = Na manhã seguinte, você arruma a mochila. Outras crianças também podem ter recebido a mensagem.
school-message-tell-prompt = O que você faz, { $nickname }?
school-message-tell-teacher = Contar para a professora sobre a mensagem, para ela avisar a turma.
school-message-tell-teacher-feedback = Contar protege a turma toda. Você está denunciando o golpe, não o Ibrahim.
school-message-tell-teacher-ibrahim = Você fala da mensagem, não dele.
school-message-check-site = Olhar antes o site de verdade da escola. Depois mostrar para a professora.
school-message-check-site-feedback = Ótimo trabalho de detetive! O site de verdade diz: "Nunca pedimos senha por mensagem." Agora você pode mostrar para a professora.
school-message-check-site-mum = Você foi conferir na fonte de verdade.
school-message-keep-secret = Não contar para ninguém. O Ibrahim pediu.
school-message-keep-secret-feedback = Você queria cumprir sua palavra. Mas outras crianças podem cair também. Dá para avisar a professora sem dizer quem digitou a senha.
school-message-keep-secret-ibrahim = Você guardou o segredo dele.
school-message-keep-secret-chloe = Ela ainda não sabe em quais mensagens pode confiar.

## Finais
school-message-end-class-safe = Sua professora avisa a turma toda sobre a mensagem falsa, sem dizer nomes. Ibrahim olha para você e sorri.
school-message-end-class-safe-reflect = Como você pode ajudar um amigo que foi enganado na internet sem fazer ele se sentir bobo?
school-message-end-class-safe-ibrahim = Ele resolveu tudo, e um amigo ficou do lado dele.
school-message-end-class-safe-chloe = Agora ela conhece as pistas de uma mensagem falsa.
school-message-end-teacher-helps = Sua professora avisa a turma, sem dizer nomes. No recreio, você pede desculpa para Ibrahim. Ele faz que sim. "Valeu por me ajudar a resolver."
school-message-end-teacher-helps-reflect = O que você poderia dizer para um amigo que se sente bobo por ter sido enganado?
school-message-end-teacher-helps-ibrahim = A desculpa ajudou. A conta dele está segura de novo.
school-message-end-two-more = Na escola, mais duas crianças contam que digitaram a senha na página do golpe. A professora avisa todo mundo, e todos trocam a senha.
school-message-end-two-more-reflect = O que você poderia fazer para menos gente cair em golpes?
school-message-end-two-more-chloe = Ela fica pensando no que mais pode ser falso.
school-message-end-two-more-ibrahim = A senha dele está segura. A professora ajuda os outros também.

## Para professores
school-message-discuss-1 = A mensagem tinha pressa, um link estranho e erros de português. Que outras pistas mostram que uma mensagem é um golpe? Onde você pode conferir se ela é verdadeira?
school-message-discuss-2 = Ibrahim se sentiu bobo por ter sido enganado e pediu ao amigo que não contasse. Por que as pessoas sentem vergonha depois de um golpe, e como podemos facilitar que peçam ajuda?
school-message-discuss-3 = Quais adultos poderiam ajudar você a trocar uma senha com segurança? Por que é melhor digitar o endereço do site direto do que usar um link de uma mensagem?
