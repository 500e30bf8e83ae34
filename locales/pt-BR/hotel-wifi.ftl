hotel-wifi-title = Dois nomes de Wi-Fi
hotel-wifi-summary = Nas férias, a criança encontra duas redes Wi-Fi parecidas, e uma janela na rede "grátis" pede nome completo, data de nascimento e telefone "para ganhar uma estadia grátis". As crianças praticam confirmar com a equipe do hotel, guardar dados pessoais, ajudar um irmão mais novo, ter paciência com uma recepcionista ocupada e sair da conta num computador compartilhado.

hotel-wifi-sam = Sam
hotel-wifi-mum = Mãe
hotel-wifi-ms-bauer = Sra. Bauer
hotel-wifi-yuki = Yuki

hotel-wifi-hook = Férias! Sua família acabou de chegar ao Hotel Concha do Mar, bem na beira da praia.
hotel-wifi-bags = A mamãe e eu vamos levar as malas. Vocês dois esperem aqui. Voltamos em dez minutos!
hotel-wifi-lobby = Você e seu irmãozinho Sam sentam num sofá grande no saguão. Você abre o tablet.
hotel-wifi-two-names = A lista de Wi-Fi mostra dois nomes: "Hotel-Hospedes", com cadeado, e "Hotel_WiFi_Gratis", sem cadeado.
hotel-wifi-sam-wants = Escolhe o grátis! Eu quero ver desenho!

hotel-wifi-wifi-prompt = Os nomes são quase iguais. O que você faz, { $nickname }?
hotel-wifi-wifi-free = Entrar no "Hotel_WiFi_Gratis". Grátis é grátis!
hotel-wifi-wifi-free-feedback = Grátis parece ótimo, e muita gente escolheria. Mas qualquer pessoa por perto pode dar o nome que quiser a uma rede. Confirmar qual é a do hotel é mais seguro.
hotel-wifi-wifi-free-sam = Sam comemora. Ele acha que o desenho já vai começar.
hotel-wifi-wifi-ask = Perguntar na recepção qual rede é mesmo do hotel.
hotel-wifi-wifi-ask-feedback = Pensou bem. Um nome é fácil de copiar. Quem cuida do Wi-Fi sabe qual é o verdadeiro.
hotel-wifi-wifi-ask-sam = Sam reclama. O desenho vai ter que esperar mais uns minutos.
hotel-wifi-wifi-wait = Não entrar em nenhuma. Esperar sua mãe voltar.
hotel-wifi-wifi-wait-feedback = Não entrar numa rede quando você está em dúvida é seguro. Mas Sam está entediado, e você poderia descobrir a resposta.
hotel-wifi-wifi-wait-sam = Dez minutos parecem uma eternidade para Sam.

hotel-wifi-joined = Você toca em "Hotel_WiFi_Gratis". Uma janela colorida enche a tela.
hotel-wifi-sam-joins = Sam fica entediado. Ele pega o tablet e toca em "Hotel_WiFi_Gratis". Uma janela colorida enche a tela.
hotel-wifi-back-to-sam = Você volta correndo para o sofá. Sam está com o tablet, e ele entrou no "Hotel_WiFi_Gratis".
hotel-wifi-popup = A janela pisca: "VOCÊ PODE GANHAR UMA ESTADIA GRÁTIS! Digite seu nome completo, data de nascimento e telefone."
hotel-wifi-sam-typing = Uma estadia grátis! Vou digitar nossos nomes! Qual é o telefone da mãe?

hotel-wifi-sam-prompt = Sam já está digitando. O que você faz, { $nickname }?
hotel-wifi-sam-grab = Pegar o tablet: "Para! É uma armadilha!"
hotel-wifi-sam-grab-feedback = Você impediu que os dados saíssem. Mas o puxão assustou Sam, e ele não entende por quê. Explicar com calma ajuda Sam a aprender para a próxima vez.
hotel-wifi-sam-grab-sam = Sam achou que ia ganhar um prêmio para todo mundo. Aí o tablet sumiu da mão dele.
hotel-wifi-sam-explain = Sentar do lado dele: "Espera! Prêmio de verdade não pede data de nascimento. Vamos conferir antes."
hotel-wifi-sam-explain-feedback = Você protegeu os dados da sua família e ajudou Sam a entender por quê. Agora ele sabe no que prestar atenção.
hotel-wifi-sam-explain-sam = Sam para de digitar. Pareceu uma conferência em equipe, não uma bronca.
hotel-wifi-sam-type = Ajudar o Sam a terminar. Uma estadia grátis seria demais!
hotel-wifi-sam-type-feedback = Essas janelas são feitas para empolgar. Mas nome, data de nascimento e telefone são dados pessoais. Contar logo para um adulto é o melhor próximo passo.
hotel-wifi-sam-type-sam = Sam acha que vocês estão quase ganhando uma viagem.
hotel-wifi-thank-you-popup = A janela diz: "Obrigado! Logo vamos ligar para quem ganhou." Depois ela some. Tem alguma coisa estranha nisso.

hotel-wifi-desk = Você vai até a recepção para conferir. O telefone está tocando, e três hóspedes esperam na fila.
hotel-wifi-busy = Um momento, por favor! Já atendo você.
hotel-wifi-desk-prompt = A Sra. Bauer parece muito ocupada. O que você faz, { $nickname }?
hotel-wifi-desk-wait = Esperar sua vez. Depois perguntar com educação e agradecer.
hotel-wifi-desk-wait-feedback = Ter paciência e educação facilita um trabalho corrido. E você teve uma resposta clara de quem sabe.
hotel-wifi-desk-wait-bauer = Uma pergunta gentil foi a melhor parte da manhã corrida da Sra. Bauer.
hotel-wifi-desk-push = Passar na frente: "Pergunta rápida! Qual é o Wi-Fi de verdade?"
hotel-wifi-desk-push-feedback = Sua pergunta era boa. Mas furar a fila deixa mais estressada quem já está correndo. Esperar um minuto é mais gentil.
hotel-wifi-desk-push-bauer = A Sra. Bauer estava no meio de uma ligação.
hotel-wifi-desk-card = Olhar em volta antes. Tem um cartãozinho do Wi-Fi no balcão.
hotel-wifi-desk-card-feedback = Bem observado! Os hotéis costumam imprimir o nome da rede verdadeira. Você achou a resposta sem aumentar a fila.
hotel-wifi-desk-card-bauer = A Sra. Bauer vê você e faz um joinha entre uma ligação e outra.
hotel-wifi-bauer-answers = Nossa rede é a "Hotel-Hospedes". A senha está no cartão do quarto. A "Hotel_WiFi_Gratis" não é nossa!
hotel-wifi-bauer-never = E nunca pedimos data de nascimento nem telefone para usar o Wi-Fi. Obrigada por conferir!
hotel-wifi-card-says = O cartão diz: "Nosso Wi-Fi: Hotel-Hospedes. Senha no cartão do quarto. Nunca pedimos dados pessoais."

hotel-wifi-connected = Você entra na "Hotel-Hospedes" com a senha do cartão do quarto. Finalmente, desenho para o Sam!
hotel-wifi-computer = Mais tarde, você usa o computador compartilhado do saguão. Você entra no seu e-mail e manda uma foto da praia para seu melhor amigo.
hotel-wifi-yuki-waits = Oi! Eu sou a Yuki, da recreação. Posso usar o computador depois de você?
hotel-wifi-pc-prompt = Sua foto foi enviada. O que você faz agora, { $nickname }?
hotel-wifi-pc-signout = Sair do e-mail e fechar o navegador. Depois dar a vez para Yuki.
hotel-wifi-pc-signout-feedback = Esse hábito mantém sua conta só sua. A próxima pessoa encontra a tela limpa.
hotel-wifi-pc-signout-yuki = Yuki pega o computador na hora, sem nada seu nele.
hotel-wifi-pc-close = Só fechar a janela. Isso deve bastar.
hotel-wifi-pc-close-feedback = Parece que acabou, mas fechar a janela muitas vezes deixa a conta aberta. Sair da conta antes é o jeito certo.
hotel-wifi-pc-close-yuki = Yuki senta. Ela não sabe que sua conta ainda está aberta.
hotel-wifi-pc-rush = Levantar rápido, para Yuki não ter que esperar.
hotel-wifi-pc-rush-feedback = Não deixar Yuki esperando é atencioso. Mas seu e-mail ainda está aberto para qualquer um ver. Vale gastar dez segundos para sair.
hotel-wifi-pc-rush-yuki = Sua caixa de entrada ainda está aberta na tela, bem na frente dela.
hotel-wifi-yuki-spots = Ei, seu e-mail ainda está aberto! Eu não li nada. Quer sair da conta?
hotel-wifi-sign-out-now = Você sai da conta e agradece a Yuki. Ela dá um sorriso simpático.

hotel-wifi-mum-arrives = Sua mãe volta pelo saguão na cadeira de rodas, sorrindo.
hotel-wifi-mum-back = Tudo arrumado! A mamãe está na varanda. Como foi aqui embaixo?
hotel-wifi-tell-prompt = Sam digitou os dados da família naquela janela. O que você conta para sua mãe, { $nickname }?
hotel-wifi-tell-mum = Contar para sua mãe sobre a janela e o que Sam digitou.
hotel-wifi-tell-mum-feedback = Contar logo é o melhor jeito de resolver. Ninguém leva bronca por ter sido enganado, e agora sua mãe pode ajudar.
hotel-wifi-tell-mum-mum = Você contou na hora, mesmo sendo constrangedor.
hotel-wifi-tell-mum-sam = Sam tem medo de ter estragado alguma coisa. Mas não estragou.
hotel-wifi-keep-quiet = Dizer "Tudo certo!" Sam pode levar bronca.
hotel-wifi-keep-quiet-feedback = Querer proteger Sam é gentil. Mas ninguém leva bronca por ter sido enganado, e um adulto pode ajudar. Você ainda pode contar.
hotel-wifi-keep-quiet-mum = Sua mãe ainda não sabe, então não pode ajudar.
hotel-wifi-sam-blurts = Mãe! A gente pode ganhar uma estadia grátis! Eu digitei nosso telefone!
hotel-wifi-mum-helps = Obrigada por me contar. Ninguém vai levar bronca. Esse tipo de truque engana adultos também.
hotel-wifi-mum-plan = Vamos fazer o tablet esquecer essa rede, e não vamos atender ligações de números desconhecidos. Vamos avisar a Sra. Bauer também.

hotel-wifi-end-smooth = Sam vê desenho no Wi-Fi de verdade, e todos os seus dados ficaram protegidos. Agora as férias podem começar!
hotel-wifi-end-smooth-reflect = Como você pode saber se uma rede Wi-Fi, ou um prêmio, é de verdade?
hotel-wifi-end-smooth-sam = O Sam pode ver os desenhos dele e aprendeu um truque para descobrir truques.
hotel-wifi-end-smooth-mum = Sua mãe fica sabendo como você se cuidou e cuidou do Sam.
hotel-wifi-end-yuki = Tudo resolvido, com uma ajudinha da Yuki. Da próxima vez, você vai sair da conta antes de levantar.
hotel-wifi-end-yuki-reflect = O que você deve sempre fazer antes de deixar um computador compartilhado?
hotel-wifi-end-yuki-yuki = Yuki ajudou alguém logo no primeiro dia dela na recreação.
hotel-wifi-end-mum-helps = A Sra. Bauer coloca um aviso para alertar os outros hóspedes sobre a rede falsa. Sam vê os desenhos dele no Wi-Fi de verdade.
hotel-wifi-end-mum-helps-reflect = Se você ou um amigo digitasse dados numa janela dessas, para quem você contaria?
hotel-wifi-end-mum-helps-mum = Você procurou sua mãe logo, então ela pôde ajudar logo.
hotel-wifi-end-mum-helps-sam = Ninguém ficou bravo com ele, e agora ele sabe no que prestar atenção.
hotel-wifi-end-sam-told = A notícia do Sam deixou sua mãe ajudar, e a Sra. Bauer avisa os outros hóspedes. Da próxima vez, quem conta pode ser você.
hotel-wifi-end-sam-told-reflect = Por que alguém ficaria quieto depois de ser enganado? O que ajudaria essa pessoa a contar?
hotel-wifi-end-sam-told-mum = Agora ela sabe, pode ajudar, e ninguém vai levar bronca.

hotel-wifi-discuss-1 = "Hotel-Hospedes" e "Hotel_WiFi_Gratis" são quase iguais. Por que alguém criaria uma rede com um nome parecido com o do hotel, e como você pode conferir qual é a verdadeira?
hotel-wifi-discuss-2 = A janela oferecia uma estadia grátis em troca de nome, data de nascimento e telefone. O que faz uma oferta ser "boa demais para ser verdade"? Que outros dados você deve guardar só para você?
hotel-wifi-discuss-3 = A Sra. Bauer estava muito ocupada. Como podemos pedir ajuda com gentileza quando alguém está com pressa? E como você ajudaria uma criança mais nova que está quase compartilhando dados pessoais?
