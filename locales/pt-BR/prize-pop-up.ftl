prize-pop-up-title = Ganhou um cachorrinho?
prize-pop-up-summary = Num jogo de colorir com a prima, aparece uma janela chamativa dizendo que ganharam um cachorrinho de brinquedo e pedindo nome, endereço e escola. As crianças praticam reconhecer propagandas disfarçadas de prêmio, guardar informações pessoais e pedir ajuda a um adulto.

## Personagens
prize-pop-up-hana = Hana
prize-pop-up-grandma-mei = Vovó Mei

## Começo
prize-pop-up-hook = É um dia de chuva na casa da vovó Mei. Você e sua prima Hana brincam num jogo de colorir.
prize-pop-up-hook-hana = Pintei o gato de rosa! Agora você escolhe uma cor.
prize-pop-up-popup = Plim! Uma caixa colorida pula na tela. Estrelas giram em volta.
prize-pop-up-popup-says = Está escrito: "Você ganhou um cachorrinho de brinquedo! Digite seu nome, endereço e escola."
prize-pop-up-hana-wants = Um cachorrinho! Deixa eu digitar! Eu sei a rua!

## A caixa
prize-pop-up-popup-prompt = O que você faz, { $nickname }?
prize-pop-up-let-hana = Deixar a Hana digitar. Oba, um cachorrinho!
prize-pop-up-let-hana-feedback = Parecia um prêmio de verdade. Mas seu nome e onde você mora são particulares. Contar para a vovó pode ajudar.
prize-pop-up-let-hana-hana = Ela acha que o cachorrinho vai chegar logo.
prize-pop-up-ask-grandma = Dizer: "Espera! Vamos perguntar para a vovó."
prize-pop-up-ask-grandma-feedback = Você parou e perguntou. Um adulto sabe ver se é prêmio ou pegadinha.
prize-pop-up-ask-grandma-hana = Ela queria digitar rápido. Agora ela espera.
prize-pop-up-ask-grandma-grandma = Você foi até ela antes de digitar algo.
prize-pop-up-close-it = Apertar o X. Fechar a caixa.
prize-pop-up-close-it-feedback = Boa ideia! Prêmio de verdade não pergunta onde você mora. Contar para a vovó é um bom próximo passo.
prize-pop-up-close-it-hana = Ela queria muito aquele cachorrinho.

## Se digitaram
prize-pop-up-more-box = A Hana digita os nomes de vocês e a rua. Nenhum cachorrinho aparece.
prize-pop-up-more-box-says = Aí a caixa diz: "Agora digite um telefone! Rápido!"
prize-pop-up-more-prompt = A caixa continua pedindo. E agora, { $nickname }?
prize-pop-up-tell-now = Correr e contar para a vovó Mei.
prize-pop-up-tell-now-feedback = Que coragem! Contar é a melhor ajuda, mesmo depois de digitar.
prize-pop-up-tell-now-grandma = Ela fica feliz que você veio. Ela sabe como ajudar.
prize-pop-up-type-more = Digitar o telefone. O cachorrinho deve estar perto!
prize-pop-up-type-more-feedback = A caixa só pede mais e mais. Isso é uma pista. É pegadinha, não prêmio. A vovó pode ajudar.
prize-pop-up-type-more-hana = Nada de cachorrinho. Só mais perguntas.
prize-pop-up-close-quiet = Fechar a caixa. Não contar nada.
prize-pop-up-close-quiet-feedback = Fechar foi esperto. Mas seus nomes foram para a caixa. A vovó pode ajudar com isso.
prize-pop-up-close-quiet-hana = Ela digitou os nomes de vocês. Agora não sabe se foi certo.

## Se fecharam
prize-pop-up-box-again = Você fecha a caixa. Mas plim! Ela pula de novo.
prize-pop-up-box-again-says = Ela diz: "Última chance! Pegue já seu cachorrinho!"
prize-pop-up-hana-quick = Rápido! Antes que o cachorrinho vá embora!
prize-pop-up-again-prompt = A Hana está com pressa. O que você faz?
prize-pop-up-close-tell = Fechar de novo. Depois contar para a vovó.
prize-pop-up-close-tell-feedback = "Última chance" é um truque para apressar você. Você foi com calma e pediu ajuda.
prize-pop-up-close-tell-grandma = Você contou sobre a caixa para ela na mesma hora.
prize-pop-up-close-tell-hana = A vovó vai saber o que fazer.
prize-pop-up-let-tap = Deixar a Hana apertar. Só desta vez.
prize-pop-up-let-tap-feedback = A Hana estava com pressa. Mas a caixa queria seus nomes e sua casa. A vovó pode ajudar.
prize-pop-up-let-tap-hana = Ela digitou seus nomes, mas não veio cachorrinho.
prize-pop-up-switch-off = Desligar o tablet. Brincar de blocos.
prize-pop-up-switch-off-feedback = Você protegeu seus nomes. Contar sobre a caixa para a vovó também ia ajudar.
prize-pop-up-switch-off-hana = Ela ainda está pensando no cachorrinho.

## A vovó encontra a caixa
prize-pop-up-grandma-sees = Mais tarde, a vovó Mei pega o tablet. Plim! A caixa do cachorrinho voltou.
prize-pop-up-grandma-asks = Ué! Vocês viram esta caixa?
prize-pop-up-open-prompt = O que você diz, { $nickname }?
prize-pop-up-tell-all = Contar tudo para a vovó.
prize-pop-up-tell-all-feedback = Contar para um adulto é ser forte. Ninguém leva bronca por cair numa pegadinha.
prize-pop-up-tell-all-grandma = Agora ela sabe, então pode ajudar.
prize-pop-up-shrug = Dar de ombros. Dizer: "Não sei."
prize-pop-up-shrug-feedback = Contar pode ser difícil. Mas a vovó não está brava. Ela só quer ajudar.
prize-pop-up-shrug-grandma = Ela percebe que tem alguma coisa errada.
prize-pop-up-hana-blurts-typed = Digitei nossos nomes! Pelo cachorrinho!
prize-pop-up-hana-blurts = A gente ganhou um cachorrinho!
prize-pop-up-grandma-kind = Obrigada, Hana. Ninguém vai levar bronca. Vamos ver isso.

## A vovó ajuda
prize-pop-up-grandma-comes = Obrigada por me contar. Vamos ver isso.
prize-pop-up-grandma-explains = Isto é uma propaganda. Parece prêmio, mas é pegadinha. Ela quer saber quem vocês são.
prize-pop-up-grandma-private = Nome completo, endereço e escola são particulares. São só para quem a gente conhece.

## O que é particular?
prize-pop-up-private-prompt = A vovó pergunta: "O que pode contar para um jogo?"
prize-pop-up-colour = Minha cor favorita.
prize-pop-up-colour-feedback = Isso! Contar uma cor é divertido. Ela não diz quem você é.
prize-pop-up-colour-grandma = Você sabe o que pode contar.
prize-pop-up-school = O nome da minha escola.
prize-pop-up-school-feedback = Muita criança acha que pode. Mas a escola diz onde você está todo dia. Guarde só para você.
prize-pop-up-school-grandma = Ela fica feliz de ajudar você a aprender.
prize-pop-up-full-name = Meu nome e sobrenome.
prize-pop-up-full-name-feedback = Seu nome completo também é particular. Nos jogos, você pode usar um apelido divertido.
prize-pop-up-full-name-grandma = Ela fica feliz de ajudar você a aprender.

## Hana
prize-pop-up-hana-sad = Então não tem cachorrinho?
prize-pop-up-hana-prompt = A Hana está triste. O que você diz, { $nickname }?
prize-pop-up-both-tricked = "Eu também caí nessa! Vamos desenhar nosso cachorrinho!"
prize-pop-up-both-tricked-feedback = Você viu que a Hana estava triste. Agora ela não se sente sozinha.
prize-pop-up-both-tricked-hana = Ela vai fazer um cachorrinho com você.
prize-pop-up-baby = "Era de mentira! Você é muito bebê."
prize-pop-up-baby-feedback = A pegadinha enganou a Hana. Engana qualquer um. Pedir desculpa pode ajudar.
prize-pop-up-baby-hana = Ela acreditou na caixa, e agora você riu dela.
prize-pop-up-hug = Abraçar a Hana. Dizer: "Pegadinhas enganam muita gente."
prize-pop-up-hug-feedback = Palavras gentis ajudam. Qualquer um pode ser enganado, até adultos.
prize-pop-up-hug-hana = Ela não é a única que foi enganada.
prize-pop-up-say-sorry = Aí você pede desculpa para a Hana. Ela dá um sorrisinho.

## Finais
prize-pop-up-end-puppy-picture = Você e a Hana pintam um cachorrão. A vovó cola na geladeira. Nem precisou de caixa!
prize-pop-up-end-puppy-picture-reflect = Um jogo pede seu nome ou onde você mora. O que você pode fazer?
prize-pop-up-end-puppy-picture-hana = Ela ganhou um cachorrinho, no papel!
prize-pop-up-end-puppy-picture-grandma = Vocês protegeram seus nomes e sua casa.
prize-pop-up-end-grandma-helps = A vovó Mei conta para a família. Ela arruma o tablet para aparecerem menos caixas. Agora você conhece a pegadinha!
prize-pop-up-end-grandma-helps-reflect = Para quem você pode contar se digitar algo sem querer?
prize-pop-up-end-grandma-helps-hana = Um adulto está cuidando disso.
prize-pop-up-end-grandma-helps-grandma = Você contou, então ela pôde ajudar.
prize-pop-up-end-next-time = A vovó Mei arruma o tablet. Ela dá um abraço em vocês. Da próxima vez, você pode contar na hora.
prize-pop-up-end-next-time-reflect = Por que é bom contar logo para um adulto?
prize-pop-up-end-next-time-grandma = Ela não está brava. Ela só quer saber.
prize-pop-up-end-next-time-hana = A vovó ajudou, e ninguém levou bronca.

## Para professores
prize-pop-up-discuss-1 = A janela dizia "Você ganhou!" e "Última chance!". Que pistas mostram que um prêmio pode ser, na verdade, uma propaganda ou uma pegadinha?
prize-pop-up-discuss-2 = Quais informações sobre você são particulares (nome completo, endereço, escola, telefone) e quais podem ser contadas num jogo (uma cor preferida, um apelido no jogo)?
prize-pop-up-discuss-3 = A Hana ficou triste e se sentiu meio boba depois da pegadinha. Como podemos ajudar alguém que foi enganado na internet? Para quais adultos você poderia contar?
