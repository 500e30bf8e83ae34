left-out-of-the-chat-title = Fora do grupo
left-out-of-the-chat-summary = A turma cria um grupo para combinar um piquenique, e uma criança diz "não coloquem a Priya". As crianças praticam perceber, incluir, pensar por conta própria e contar para um adulto.

left-out-of-the-chat-priya = Priya
left-out-of-the-chat-tomas = Tomás
left-out-of-the-chat-lena = Lena
left-out-of-the-chat-ms-okafor = Professora Okafor
left-out-of-the-chat-dad = Pai

left-out-of-the-chat-hook = Depois da aula, você usa o tablet da família. O pai cozinha ali perto.
left-out-of-the-chat-chat-made = Fiz um grupo da turma! Vamos combinar o piquenique!
left-out-of-the-chat-not-added = Muitas crianças entram no grupo. Mas a Priya não.
left-out-of-the-chat-lena-says = Não coloquem a Priya, tá?

left-out-of-the-chat-chat-prompt = O que você faz, { $nickname }?
left-out-of-the-chat-go-along = Escrever: "Tá bom!"
left-out-of-the-chat-go-along-feedback = Ir na onda dos outros é fácil. Mas deixar alguém de fora machuca. Você ainda pode ajudar a Priya.
left-out-of-the-chat-go-along-priya = A Priya não vai saber do piquenique.
left-out-of-the-chat-go-along-lena = A Lena acha que todo mundo concorda com ela.
left-out-of-the-chat-speak-up = Escrever: "Todo mundo tem que estar no grupo."
left-out-of-the-chat-speak-up-feedback = Você pensou por conta própria. Que coragem! Agora os outros podem pensar de novo.
left-out-of-the-chat-speak-up-tomas = O Tomás tinha esquecido da Priya. Agora ele lembra dela.
left-out-of-the-chat-speak-up-lena = A Lena não esperava isso. Ela para e pensa.
left-out-of-the-chat-say-nothing = Não dizer nada. Jogar outra coisa.
left-out-of-the-chat-say-nothing-feedback = Ficar em silêncio é fácil. Mas ninguém defendeu a Priya. Amanhã você ainda pode ajudar.
left-out-of-the-chat-say-nothing-priya = A Priya continua fora do grupo.

left-out-of-the-chat-next-day = No dia seguinte, você vai para a escola.
left-out-of-the-chat-priya-alone = A Priya fica sozinha no recreio. Ela olha para os sapatos.
left-out-of-the-chat-lena-giggles = Rá rá! A Priya não sabe do nosso piquenique!

left-out-of-the-chat-notice-prompt = O que você faz, { $nickname }?
left-out-of-the-chat-ask = Ir até a Priya. Perguntar: "Você está bem?"
left-out-of-the-chat-ask-feedback = Você viu a carinha triste da Priya. E foi perguntar. Isso é cuidar.
left-out-of-the-chat-ask-priya = A Priya fica um pouco melhor. Alguém reparou nela.
left-out-of-the-chat-play = Sair correndo para brincar com os outros.
left-out-of-the-chat-play-feedback = Brincar é legal. Mas a Priya continua sozinha. Você pode ir até ela agora.
left-out-of-the-chat-play-priya = A Priya vê todo mundo brincando sem ela.
left-out-of-the-chat-laugh = Rir junto com a Lena.
left-out-of-the-chat-laugh-feedback = Rir junto parece um jeito de fazer parte. Mas a Priya ouviu. Pedir desculpa pode ajudar.
left-out-of-the-chat-laugh-priya = A Priya ouviu a risada. Isso machucou.
left-out-of-the-chat-laugh-lena = A Lena acha que tudo bem, porque você riu também.

left-out-of-the-chat-priya-tells = Ninguém me colocou no grupo. Eu me sinto de fora.
left-out-of-the-chat-tomas-sees = A Priya está tão triste. Será que é por causa do grupo?

left-out-of-the-chat-help-prompt = O que você pode fazer agora, { $nickname }?
left-out-of-the-chat-add = Perguntar ao Tomás: "Pode pôr a Priya?"
left-out-of-the-chat-add-feedback = Você quer a Priya junto. É assim que amigos abrem espaço.
left-out-of-the-chat-add-tomas = O Tomás concorda. O grupo é da turma toda.
left-out-of-the-chat-add-priya = A Priya ouve você. Ela começa a sorrir.
left-out-of-the-chat-tell-teacher = Contar do grupo para a professora Okafor.
left-out-of-the-chat-tell-teacher-feedback = Contar não é dedurar. É pedir ajuda. Isso é coragem.
left-out-of-the-chat-tell-teacher-priya = A Priya se sente mais segura. Um adulto vai ajudar.
left-out-of-the-chat-tell-teacher-ms-okafor = A professora Okafor sente orgulho porque você contou.
left-out-of-the-chat-do-nothing = Não fazer nada. O grupo não é seu.
left-out-of-the-chat-do-nothing-feedback = Parece que não é com você. Mas a Priya ainda se sente sozinha. Um adulto pode ajudar.
left-out-of-the-chat-do-nothing-priya = A Priya ainda se sente de fora.

left-out-of-the-chat-tomas-remembers = Você falou no grupo. Você tinha razão! Vou colocar ela.
left-out-of-the-chat-tomas-agrees = Sim! Vou colocar ela hoje à noite.
left-out-of-the-chat-lena-reason = Mas a Priya não me escolheu para o time dela.

left-out-of-the-chat-lena-prompt = O que você diz para a Lena, { $nickname }?
left-out-of-the-chat-understand = "Isso te deixou triste. Mas deixar a Priya de fora também machuca."
left-out-of-the-chat-understand-feedback = Você pensou no que a Lena sente e no que a Priya sente. Isso ajuda todo mundo.
left-out-of-the-chat-understand-lena = A Lena se sente ouvida. Agora ela pensa na Priya.
left-out-of-the-chat-tell-priya = "Você pode contar para a Priya como se sentiu."
left-out-of-the-chat-tell-priya-feedback = Conversar pode curar uma mágoa. Deixar alguém de fora, não.
left-out-of-the-chat-tell-priya-lena = A Lena fica um pouco nervosa. Mas ela quer tentar.
left-out-of-the-chat-mean-back = "Você é muito má, Lena!"
left-out-of-the-chat-mean-back-feedback = Você defendeu a Priya. Mas agora a Lena também ficou magoada. Dá para ser forte e gentil.
left-out-of-the-chat-mean-back-lena = A Lena fica magoada. Ela vai embora.

left-out-of-the-chat-make-up = Estou vendo gente magoada. Vamos conversar e resolver isso.
left-out-of-the-chat-lena-sorry = Desculpa, Priya. Eu fiquei chateada. Você pode entrar no grupo.
left-out-of-the-chat-priya-added = À noite, a Priya entra no grupo. Todo mundo diz oi!
left-out-of-the-chat-end-picnic = No piquenique, a Priya brinca com todo mundo. Que dia divertido!
left-out-of-the-chat-end-picnic-reflect = Como você pode ajudar quando alguém fica de fora?
left-out-of-the-chat-end-picnic-priya = A Priya se sente parte da turma de novo.

left-out-of-the-chat-home-dad = Em casa, você quase não fala.
left-out-of-the-chat-dad-asks = Tem algo te preocupando? Quer conversar?
left-out-of-the-chat-dad-prompt = O que você diz, { $nickname }?
left-out-of-the-chat-tell-dad = Contar para o pai sobre a Priya e o grupo.
left-out-of-the-chat-tell-dad-feedback = Contar para um adulto é uma escolha forte. Agora o pai pode ajudar.
left-out-of-the-chat-tell-dad-dad = O pai fica feliz por saber.
left-out-of-the-chat-im-fine = Dizer: "Nada. Estou bem."
left-out-of-the-chat-im-fine-feedback = Falar pode ser difícil. Mas contar o que preocupa deixa tudo mais leve. Você pode contar para o pai quando quiser.
left-out-of-the-chat-im-fine-dad = O pai percebe que algo está errado. Ele quer ajudar.
left-out-of-the-chat-dad-helps = Que bom que você me contou. Amanhã a gente conta para a professora Okafor.
left-out-of-the-chat-dad-waits = Tudo bem. Estou aqui quando você quiser conversar.
left-out-of-the-chat-teacher-sees = No dia seguinte, a professora Okafor vê a Priya sozinha.
left-out-of-the-chat-teacher-asks = Priya, você parece triste. Vem conversar comigo.

left-out-of-the-chat-teacher-listens = Obrigada por me contar. Foi muita coragem.
left-out-of-the-chat-teacher-talks = Pessoal, vamos conversar sobre o grupo da turma.
left-out-of-the-chat-class-rule = A turma cria uma regra. Todo mundo fica no grupo da turma.
left-out-of-the-chat-end-rule = Agora a Priya está no grupo. Ela vai ao piquenique. Ela ainda está um pouco triste. Mas sabe que as pessoas se importam.
left-out-of-the-chat-end-rule-reflect = Para qual adulto você poderia contar se alguém ficasse de fora?
left-out-of-the-chat-end-rule-priya = A Priya se sente mais segura. Amigos e adultos ajudaram.
left-out-of-the-chat-end-teacher-noticed = A professora Okafor ajudou a Priya. Agora a Priya está no grupo. Da próxima vez, você também pode ajudar.
left-out-of-the-chat-end-teacher-noticed-reflect = O que você pode fazer se alguém fica de fora?
left-out-of-the-chat-end-teacher-noticed-priya = A Priya se sente melhor. Um adulto viu que ela estava triste.

left-out-of-the-chat-discuss-1 = A Priya não via o grupo, mas mesmo assim se sentiu de fora. Que sinais mostravam que ela estava triste? Como podemos perceber quando alguém fica de fora?
left-out-of-the-chat-discuss-2 = A Lena ficou chateada porque a Priya não a escolheu para o time. Como a Lena poderia mostrar esse sentimento sem deixar a Priya de fora?
left-out-of-the-chat-discuss-3 = Alguém que você conhece já ficou de fora de um jogo ou de um grupo? O que ajudou, ou o que poderia ter ajudado? Para quais adultos você poderia contar?
