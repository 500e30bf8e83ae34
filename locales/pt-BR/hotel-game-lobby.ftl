hotel-game-lobby-title = A sala de jogo do hotel
hotel-game-lobby-summary = Num jogo da recreação do hotel, um estranho pede o número do quarto e uma foto, uma nova amiga se sente de fora, e uma foto na piscina mostra o hotel.

## Personagens
hotel-game-lobby-nia = Nia
hotel-game-lobby-diego = Diego
hotel-game-lobby-mum = Mãe
hotel-game-lobby-starracer = StarRacer

## Começo
hotel-game-lobby-hook = Férias! Na recreação do hotel, é sua vez de usar o tablet.
hotel-game-lobby-hook-nia = Nia, uma menina que você conheceu ontem na piscina, está sentada perto.
hotel-game-lobby-lobby = Você entra num jogo de corrida. A sala está cheia de jogadores que você não conhece.

## O número do quarto
hotel-game-lobby-starracer-hello = Oi! Mandou bem na pista! Tenho 10 anos e também estou de férias. Em que hotel você está?
hotel-game-lobby-starracer-room = Qual é o número do seu quarto? Vai que estamos no mesmo hotel!
hotel-game-lobby-choice-room = O que você faz, { $nickname }?
hotel-game-lobby-room-tell = Digitar o nome do hotel e o número do quarto.
hotel-game-lobby-room-tell-feedback = StarRacer parecia legal, então responder pareceu normal. Mas o número do quarto diz a um estranho onde achar você. Um adulto pode ajudar com isso.
hotel-game-lobby-room-tell-mum = Sua mãe ficaria preocupada, e feliz se você contasse para ela.
hotel-game-lobby-room-tell-starracer = StarRacer parece contente. Mas você não consegue ver quem está digitando de verdade.
hotel-game-lobby-room-private = Escrever: "Isso eu não conto. Bora correr!"
hotel-game-lobby-room-private-feedback = Você não disse onde está e mesmo assim foi gentil. Esse é um ótimo hábito na internet.
hotel-game-lobby-room-private-starracer = StarRacer ficou sem resposta. Um parceiro de jogo de verdade só continuaria correndo.
hotel-game-lobby-room-diego = Mostrar a mensagem para Diego, o monitor da recreação.
hotel-game-lobby-room-diego-feedback = Mostrar uma pergunta estranha a um adulto é esperto e corajoso. Você não precisa resolver isso sem ajuda.
hotel-game-lobby-room-diego-diego = Diego fica feliz por você ter ido até ele. Ajudar crianças é o trabalho dele aqui.
hotel-game-lobby-room-diego-mum = Sua mãe vai ficar feliz por você ter falado.

## A foto
hotel-game-lobby-photo-ask = Ei, me manda uma foto sua. Só para provar que você é criança mesmo!
hotel-game-lobby-photo-feel = Dá um frio na barriga. Que pedido estranho.
hotel-game-lobby-choice-photo = E agora, o que você faz?
hotel-game-lobby-photo-send = Tirar uma selfie rapidinho e mandar.
hotel-game-lobby-photo-send-feedback = Querer ser legal é bonito. Mas na internet qualquer um pode dizer que é criança. Um adulto pode ajudar agora, e você não vai levar bronca.
hotel-game-lobby-photo-send-mum = Sua mãe ia querer saber na hora, para poder ajudar.
hotel-game-lobby-photo-send-diego = Diego não vai ficar bravo. Ele ajuda crianças com esse tipo de coisa.
hotel-game-lobby-photo-no = Escrever: "Foto não. Tchau!" e sair da sala.
hotel-game-lobby-photo-no-feedback = Você disse não e saiu. Sua foto é só sua. Mesmo assim, um adulto ia gostar de saber.
hotel-game-lobby-photo-no-starracer = StarRacer ficou sem foto. Parceiros de jogo de verdade não precisam de prova.
hotel-game-lobby-photo-diego = Ir mostrar a mensagem para Diego.
hotel-game-lobby-photo-diego-feedback = Essa é a escolha corajosa. Quando algo na internet parece estranho, conte para um adulto de confiança.
hotel-game-lobby-photo-diego-diego = Diego sente orgulho de você. Contar nem sempre é fácil.
hotel-game-lobby-tell-after = O frio na barriga não passa. Então você mostra a conversa para Diego. Que coragem!

## Diego ajuda
hotel-game-lobby-diego-thanks = Obrigado por me mostrar, { $nickname }. Você fez a coisa certa.
hotel-game-lobby-diego-no-blame = Jogadores simpáticos podem enganar. Você não vai levar bronca nenhuma.
hotel-game-lobby-diego-block = Vamos bloquear StarRacer e denunciar a conversa, eu e você.
hotel-game-lobby-diego-maybe = Na internet, qualquer um pode dizer que tem 10 anos. Não dá para saber quem StarRacer é de verdade.
hotel-game-lobby-diego-mum = Vou contar para sua mãe também. Agora, de volta à diversão!

## Nia
hotel-game-lobby-nia-watch = Nia olha sua tela em silêncio. Ela é nova aqui e ainda não jogou.
hotel-game-lobby-nia-asks = É legal? Ainda não conheço quase ninguém aqui.
hotel-game-lobby-choice-nia = O que você responde para Nia?
hotel-game-lobby-nia-ignore = Dizer "É, é legal!" e continuar jogando.
hotel-game-lobby-nia-ignore-feedback = É sua vez, então parece justo. Mas Nia queria mesmo era entrar. Um simples "Quer jogar?" pode mudar o dia dela.
hotel-game-lobby-nia-ignore-nia = Nia se sente de fora. Ela é nova e está sozinha.
hotel-game-lobby-nia-show = Virar o tablet para ela ver você jogar.
hotel-game-lobby-nia-show-feedback = Deixar Nia assistir é simpático. Mas ela também pode querer jogar. Você pode perguntar.
hotel-game-lobby-nia-show-nia = Nia gosta de sentar com você, mas ainda queria jogar um pouco.
hotel-game-lobby-nia-invite = Dizer: "Quer correr? A gente reveza!"
hotel-game-lobby-nia-invite-feedback = Você percebeu que Nia se sentia de fora e fez alguma coisa. Isso é empatia na prática.
hotel-game-lobby-nia-invite-nia = Nia se sente bem-vinda. Alguém reparou nela.
hotel-game-lobby-nia-invite-diego = Diego sorri. A recreação existe para isso.
hotel-game-lobby-nia-plays = Fiquei em penúltimo! Isso vale, né?

## A foto das férias
hotel-game-lobby-pool-photo-nia = Mais tarde, você e Nia tiram uma foto engraçada na piscina.
hotel-game-lobby-pool-photo = Mais tarde, você tira uma foto linda na piscina.
hotel-game-lobby-hotel-sign = Atrás de você aparece a placa grande com o nome do hotel.
hotel-game-lobby-post-want = Você quer postar agora mesmo, para seus amigos de casa verem.
hotel-game-lobby-choice-post = O que você faz com a foto?
hotel-game-lobby-post-now = Postar agora. A foto ficou ótima!
hotel-game-lobby-post-now-feedback = Dividir um momento feliz é muito bom. Mas a placa mostra para todo mundo onde você está agora. Dá para tirar do ar e postar em casa.
hotel-game-lobby-post-now-mum = Sua mãe ficaria preocupada com gente estranha vendo onde você está.
hotel-game-lobby-post-home = Guardar e postar quando voltar para casa.
hotel-game-lobby-post-home-feedback = Boa ideia! Em casa, a foto mostra uma lembrança divertida, não onde você está hoje.
hotel-game-lobby-post-home-mum = Sua mãe sentiria orgulho de você ter pensado antes de postar.
hotel-game-lobby-post-ask-mum = Mostrar antes para sua mãe e perguntar o que ela acha.
hotel-game-lobby-post-ask-mum-feedback = Perguntar antes é um hábito esperto. Sua mãe pode ver coisas que você não viu, como aquela placa.
hotel-game-lobby-post-ask-mum-mum = Sua mãe fica feliz por você ter perguntado. Ela também adorou a foto.
hotel-game-lobby-post-nia = Perguntar se Nia topa aparecer na foto.
hotel-game-lobby-post-nia-feedback = Nia está na foto, então a escolha também é dela. Perguntar antes mostra que você se importa.
hotel-game-lobby-post-nia-nia = Nia se sente respeitada. Você perguntou antes de mostrar o rosto dela.
hotel-game-lobby-mum-photo-tip = Adorei! Vamos postar em casa, assim ela não mostra onde estamos agora.
hotel-game-lobby-nia-later = Sim! Mas vamos esperar até voltar para casa. Aí não vai mostrar onde a gente está.

## Noite com a mãe
hotel-game-lobby-evening = À noite, você e sua mãe sentam na varanda do hotel.
hotel-game-lobby-mum-proud = O Diego me contou sobre o StarRacer. Contar para ele foi muita coragem.
hotel-game-lobby-mum-asks = E aí, como foi a recreação hoje?
hotel-game-lobby-choice-tell-mum = O que você conta para sua mãe?
hotel-game-lobby-tell-all = Contar tudo sobre StarRacer.
hotel-game-lobby-tell-all-feedback = Isso exigiu coragem. Agora sua mãe pode ajudar, e esse peso não fica só com você.
hotel-game-lobby-tell-all-mum = Sua mãe sente orgulho e fica feliz por você confiar nela.
hotel-game-lobby-tell-pool = Falar só da piscina e do tobogã gigante.
hotel-game-lobby-tell-pool-feedback = A piscina é um assunto divertido! Mas sua mãe só pode ajudar com o que ela sabe. Nunca é tarde para contar.
hotel-game-lobby-tell-pool-mum = Sua mãe gosta da história, mas não sabe nada sobre o jogo.
hotel-game-lobby-mum-gentle = Você está falando pouquinho hoje. Sabe que pode me contar qualquer coisa, né?
hotel-game-lobby-you-tell = Então você conta sobre StarRacer. Parece que tirou um peso das costas.
hotel-game-lobby-mum-thanks = Obrigada por me contar. Você não vai levar bronca. Vou ajudar você a denunciar esse jogador.
hotel-game-lobby-mum-sees-post = Sua foto na piscina está linda! Mas a placa mostra onde estamos hospedados.
hotel-game-lobby-take-down = Com sua mãe, você tira a foto do ar por enquanto. Depois posta de novo em casa.

## Finais
hotel-game-lobby-end-friends = Na manhã seguinte, você e Nia correm em equipe. Diego torce. O jogo fica divertido e seguro.
hotel-game-lobby-end-friends-reflect = O que você pode dizer se um jogador simpático perguntar onde você está?
hotel-game-lobby-end-friends-nia = Nia fica feliz. Agora ela tem uma amizade de férias.
hotel-game-lobby-end-friends-mum = Sua mãe sente orgulho de como você se cuidou e cuidou de Nia.
hotel-game-lobby-end-wave = No café da manhã, Nia acena para você. Diego diz que ela adoraria jogar hoje.
hotel-game-lobby-end-wave-reflect = Como você pode ajudar alguém novo a entrar num jogo?
hotel-game-lobby-end-wave-nia = Nia ainda se sente um pouco de fora, mas espera jogar hoje.
hotel-game-lobby-end-wave-mum = Sua mãe fica feliz por saber do jogo. Você sempre pode contar com ela.

## Para professores
hotel-game-lobby-discuss-1 = Na internet, como saber se alguém é mesmo criança? O que fazer se você não tiver certeza?
hotel-game-lobby-discuss-2 = O que numa foto pode mostrar onde você está? Quando é melhor esperar para postar?
hotel-game-lobby-discuss-3 = Quais adultos de confiança você poderia procurar em casa, na escola ou nas férias?
