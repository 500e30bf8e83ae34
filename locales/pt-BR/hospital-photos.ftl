hospital-photos-title = Uma foto do hospital
hospital-photos-summary = Uma foto de Amara na cama do hospital é postada no grupo da turma com piadas, e quem joga decide como ajudar.

hospital-photos-amara = Amara
hospital-photos-kenji = Kenji
hospital-photos-mateo = Mateo
hospital-photos-priya = Priya
hospital-photos-ms-okafor = Professora Okafor

hospital-photos-hook = É sábado. Você e Priya estão fazendo a lição de casa. Amara, da sua turma, está no hospital esta semana.
hospital-photos-kenji-visits = Kenji foi visitar Amara hoje. Aí o grupo da turma começa a apitar.
hospital-photos-kenji-posts = Visitei a Amara hoje! Olha ela aqui 😄
hospital-photos-the-photo = É uma foto de Amara dormindo na cama do hospital, com o cabelo todo bagunçado.
hospital-photos-mateo-joke = Kkkk, a Bela Adormecida! 😴😂
hospital-photos-more-laughs = Aparecem mais carinhas rindo. Muita gente está vendo.

hospital-photos-first-look = Você olha a foto, { $nickname }. O que você faz?
hospital-photos-forward = Encaminhar para seu primo. É meio engraçado.
hospital-photos-forward-feedback = Parecia só uma brincadeirinha. Mas agora a foto está em outra conversa. Pedir para seu primo apagar ajuda.
hospital-photos-forward-amara = Gente que ela nem conhece pode ver a foto dela na cama.
hospital-photos-sticker = Mandar uma figurinha de sono. Todo mundo está entrando na onda.
hospital-photos-sticker-feedback = Uma figurinha parece pouca coisa. Mas cada uma mostra para Amara que mais alguém riu. Uma palavra gentil agora pode ajudar.
hospital-photos-sticker-amara = Muita gente riu dela numa semana difícil.
hospital-photos-sticker-mateo = Ele acha que todo mundo gostou da piada.
hospital-photos-imagine = Parar e imaginar que você é Amara vendo isso.
hospital-photos-imagine-feedback = Você se colocou no lugar de Amara. Estar no hospital já é difícil sem ninguém rindo de você.
hospital-photos-imagine-amara = Amara ainda não sabe. Mas você já está pensando nela.
hospital-photos-ask-ok = Perguntar: "A Amara deixou postar isso?"
hospital-photos-ask-ok-feedback = Ótima pergunta. A foto de alguém também é dessa pessoa, então a gente pergunta antes de compartilhar.
hospital-photos-ask-ok-kenji = Ele nem pensou em perguntar para ela.
hospital-photos-ask-ok-priya = Ela estava pensando a mesma coisa.

hospital-photos-cousin-replies = Seu primo responde: "Kkk, quem é essa? Posso mandar pros meus amigos?"
hospital-photos-cousin-choice = A foto pode ir ainda mais longe. O que você escreve?
hospital-photos-cousin-delete = "Não, por favor, apaga. Ela não deixou."
hospital-photos-cousin-delete-feedback = Boa! Não dá para desenviar uma foto, mas dá para pedir que as pessoas apaguem.
hospital-photos-cousin-delete-amara = A privacidade de Amara está protegida. Menos gente vai ver uma foto que ela nunca aceitou.
hospital-photos-cousin-share = "Claro, pode mandar. É engraçada."
hospital-photos-cousin-share-feedback = Cada vez que a foto é compartilhada, fica mais difícil voltar atrás. Nunca é tarde para pedir que apaguem.
hospital-photos-cousin-share-amara = Agora pessoas que ela não conhece estão rindo dela.

hospital-photos-amara-online = Então Amara entra on-line. Ela lê a conversa inteira.
hospital-photos-amara-oh = ah.

hospital-photos-after-oh = Amara só escreveu "ah." O que você faz, { $nickname }?
hospital-photos-ask-public = Escrever: "Kenji, você pode apagar? A Amara não deixou."
hospital-photos-ask-public-feedback = Você defendeu Amara sem maltratar ninguém. Isso é coragem.
hospital-photos-ask-public-amara = Alguém percebeu o "ah" dela e falou alguma coisa.
hospital-photos-ask-public-kenji = Ele não queria magoar Amara, e agora percebe isso.
hospital-photos-ask-public-priya = Ela escreve: "É, apaga, por favor."
hospital-photos-ask-private = Mandar mensagem só para Kenji: "Acho que a Amara ficou chateada. Você pode apagar?"
hospital-photos-ask-private-feedback = Uma mensagem privada deixa Kenji consertar tudo sem ser exposto na frente de todo mundo.
hospital-photos-ask-private-kenji = É mais fácil ouvir quando ninguém está olhando.
hospital-photos-just-joke = Escrever: "Relaxa, Amara, é só brincadeira! 😂"
hospital-photos-just-joke-feedback = Você queria deixar tudo leve. Mas "é só brincadeira" pode fazer parecer que os sentimentos não contam. Pedir para apagar a foto ajuda.
hospital-photos-just-joke-amara = O que ela sentiu foi ignorado na frente de todo mundo.
hospital-photos-just-joke-mateo = Ele acha que você está do lado dele.
hospital-photos-say-nothing = Não dizer nada. Isso vai passar.
hospital-photos-say-nothing-feedback = Ficar em silêncio pode parecer mais seguro. Mas o silêncio pode dar a impressão de que todos concordam. Uma única voz gentil já ajuda.
hospital-photos-say-nothing-amara = Ela vê muitas risadas e ninguém pedindo para parar.

hospital-photos-kenji-sorry = Desculpa, Amara! Eu só queria mostrar que você está bem. Já apaguei.
hospital-photos-photo-stays = A foto continua na conversa. Aparecem mais duas carinhas rindo.
hospital-photos-amara-quiet = Amara não escreve mais nada. Ela ficou em silêncio.

hospital-photos-reach-out = Como você pode falar com Amara, { $nickname }?
hospital-photos-private-message = Mandar mensagem só para Amara: "Desculpa pela foto. A gente sente sua falta! 💛"
hospital-photos-private-message-feedback = Você cuidou de verdade. Uma mensagem privada diz "estou do seu lado" sem plateia.
hospital-photos-private-message-amara = Alguém está pensando nela, não rindo dela.
hospital-photos-group-get-well = Postar "Melhoras, Amara!" no grupo da turma.
hospital-photos-group-get-well-feedback = Palavras gentis! Mas no grupo da turma elas ficam logo embaixo das piadas. Uma mensagem privada pode ser mais segura.
hospital-photos-group-get-well-amara = Amara se sente um pouco melhor. Mas ela ainda vê as piadas lá em cima.
hospital-photos-screenshots = Mandar para Amara prints das piadas, para ela saber quem riu.
hospital-photos-screenshots-feedback = Você queria que ela soubesse. Mas ler cada piada de novo dói, e os prints fazem mais cópias. Uma mensagem gentil ajuda mais.
hospital-photos-screenshots-amara = Ela lê cada piada de novo, uma por uma.

hospital-photos-amara-thanks = Obrigada. Aqui é muito chato, e isso me fez sorrir. 💛
hospital-photos-no-reply = Amara não responde. Talvez ela esteja descansando.
hospital-photos-uneasy = Mesmo assim, muita gente viu aquela foto. Alguém pode ter salvado.

hospital-photos-grown-up = Isso parece grande demais para resolver sem ajuda. O que você faz?
hospital-photos-tell-teacher = Contar o que aconteceu para a professora Okafor.
hospital-photos-tell-teacher-feedback = Contar para um adulto não é dedurar ninguém. É buscar ajuda para Amara.
hospital-photos-tell-teacher-okafor = Você confiou nela, e agora ela pode ajudar.
hospital-photos-tell-parent = Contar hoje à noite para um adulto de casa e mostrar a conversa.
hospital-photos-tell-parent-feedback = Que coragem! O adulto escuta e ajuda você a escrever para a professora Okafor.
hospital-photos-tell-parent-okafor = Agora ela sabe e tem um plano.
hospital-photos-ask-amara = Perguntar antes para Amara: "Posso contar para a professora Okafor?"
hospital-photos-ask-amara-feedback = Você perguntou antes de contar algo sobre ela. Isso é respeito, e ainda traz ajuda.
hospital-photos-ask-amara-amara = Ela pode opinar sobre o que acontece agora.
hospital-photos-keep-quiet = Não contar para ninguém. Contar parece coisa de dedo-duro.
hospital-photos-keep-quiet-feedback = Muita gente se preocupa com isso. Mas contar para ajudar alguém é cuidar, não dedurar. Você ainda pode contar para um adulto amanhã.
hospital-photos-keep-quiet-amara = Ela não sabe onde aquela foto foi parar.

hospital-photos-amara-says-yes = Sim, por favor. Não quero que isso aconteça com mais ninguém.
hospital-photos-teacher-steps-in = A foto de uma pessoa também é dela. Vamos perguntar antes, e apagar esta juntos.

hospital-photos-end-cared-for = A foto foi apagada, e a professora Okafor confere se ninguém guardou uma cópia. A turma faz um cartão gigante de melhoras para Amara.
hospital-photos-end-cared-for-reflect = O que você queria que seus amigos fizessem se uma foto sua fosse compartilhada?
hospital-photos-end-cared-for-amara = Ela sabe que a turma se importa com ela.
hospital-photos-end-cared-for-kenji = Ele consertou o erro, e da próxima vez vai perguntar antes.
hospital-photos-end-grown-up-helps = Todo mundo apaga a foto. Kenji pede desculpa, e Mateo manda uma mensagem de melhoras para Amara.
hospital-photos-end-grown-up-helps-reflect = Para quais adultos você poderia contar se a foto de um amigo fosse compartilhada?
hospital-photos-end-grown-up-helps-amara = Um adulto ajudou, e a foto sumiu.
hospital-photos-end-grown-up-helps-mateo = Ele não tinha pensado em como Amara se sentia. Agora pensa.
hospital-photos-end-still-wondering = Amara volta para a escola. Ela sorri, mas ainda se pergunta quem viu aquela foto.
hospital-photos-end-still-wondering-reflect = Se você pudesse voltar no tempo, o que faria para Amara não ficar com essa dúvida?
hospital-photos-end-still-wondering-amara = É difícil não saber para onde uma foto foi.
hospital-photos-end-still-wondering-priya = Você e Priya guardam um lugar para Amara no almoço.

hospital-photos-discuss-1 = Por que uma pessoa no hospital pode não querer que compartilhem uma foto dela, mesmo que seja carinhosa?
hospital-photos-discuss-2 = Kenji não queria magoar Amara. O que ele podia ter feito antes de postar?
hospital-photos-discuss-3 = Alguma vez uma foto sua foi compartilhada sem pedirem? Como você se sentiu, e quem ajudou?
