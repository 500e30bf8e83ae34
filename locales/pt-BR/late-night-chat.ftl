late-night-chat-title = O grupo que não dorme
late-night-chat-summary = O grupo de amigos não para de apitar às 10 da noite, uma amiga está chateada porque ninguém responde, e a criança está morrendo de sono. No dia seguinte, a amiga se sente ignorada. As crianças praticam sair do grupo com gentileza, enxergar os dois lados e combinar um plano em família para os celulares à noite, incluindo os adultos.

late-night-chat-aiyana = Aiyana
late-night-chat-luca = Luca
late-night-chat-papa-jun = Papai Jun

late-night-chat-hook = São 10 da noite e amanhã tem aula. A luz está apagada, mas o celular ainda está na sua mão.
late-night-chat-buzz = O grupo apita. E de novo. E de novo.
late-night-chat-luca-posts = Vocês PRECISAM ver esse vídeo! E esse! E esse!
late-night-chat-aiyana-posts = Pior dia da minha vida. Tem alguém aí? Preciso muito conversar.
late-night-chat-nobody = Mais três vídeos aparecem embaixo da mensagem dela. Ninguém responde. Seus olhos estão pesados.

late-night-chat-night-prompt = Você está com muito sono, { $nickname }. O que você faz?
late-night-chat-keep-watching = Continuar vendo os vídeos do Luca. Só mais alguns.
late-night-chat-keep-watching-feedback = Os vídeos não param de chegar, então nunca parece a hora certa de parar. E a mensagem da Aiyana vai sumindo lá em cima.
late-night-chat-keep-watching-aiyana = Ela vê que você está on-line, mas você não responde.
late-night-chat-reply-goodnight = Responder à Aiyana: "Sinto muito pelo seu dia. Estou caindo de sono. Conversamos amanhã?"
late-night-chat-reply-goodnight-feedback = Você cuidou da Aiyana e de você. Um boa-noite curto e gentil mostra que ela foi ouvida.
late-night-chat-reply-goodnight-aiyana = Alguém viu a mensagem dela, e ela sabe quando vocês vão conversar.
late-night-chat-silent = Colocar o celular no silencioso e dormir.
late-night-chat-silent-feedback = Dormir é importante, e desligar foi uma boa decisão. Mas a Aiyana não sabe para onde você foi. Um "boa noite, amanhã a gente fala" ajuda.
late-night-chat-silent-aiyana = A mensagem dela continua lá, sem resposta.
late-night-chat-chat-long = Passar a noite conversando com a Aiyana até ela se sentir melhor.
late-night-chat-chat-long-feedback = Você ficou do lado da sua amiga. Isso é gentil. Mas seu sono também conta, e já está muito tarde.
late-night-chat-chat-long-aiyana = Alguém está com ela esta noite.

late-night-chat-midnight = De repente, são 11h45. O grupo continua apitando. Seus olhos ardem.
late-night-chat-midnight-prompt = Já é quase meia-noite, { $nickname }. E agora?
late-night-chat-goodnight-desk = Escrever "Boa noite, gente, vou sair!" e deixar o celular do outro lado do quarto.
late-night-chat-goodnight-desk-feedback = Uma mensagem de boa-noite é gentil com seus amigos. Um celular longe da mão é gentil com você.
late-night-chat-goodnight-desk-luca = Ele sabe que você foi dormir, não que está ignorando ele.
late-night-chat-one-more = Ver mais um vídeo. O sono já passou mesmo.
late-night-chat-one-more-feedback = Achar que "o sono já passou" é como as telas nos deixam acordados. Seu corpo ainda precisa dormir. Amanhã tem aula.
late-night-chat-one-more-papa = Já é quase meia-noite, e sua luz continua acesa.
late-night-chat-give-papa = Levar o celular para o papai Jun: "Guarda para mim até amanhã?"
late-night-chat-give-papa-feedback = Pedir ajuda para desligar é esperto. Longe do quarto, longe da cabeça.
late-night-chat-give-papa-papa = Você pediu ajuda para desligar, por conta própria.
late-night-chat-papa-knocks = Alguém bate de leve na porta. É o papai Jun.
late-night-chat-papa-kitchen = Já é quase meia-noite. Hoje seu celular vai carregar na cozinha.

late-night-chat-morning = Na manhã seguinte, você entra na sala de aula. A Aiyana já está lá.
late-night-chat-aiyana-thanks-late = Valeu por ontem. Desculpa te deixar sem dormir. Que cara de sono!
late-night-chat-aiyana-thanks = Valeu pela mensagem. Pelo menos alguém respondeu. Todo mundo só continuou postando.
late-night-chat-aiyana-hurt-asleep = Ninguém me respondeu ontem. Nem você.
late-night-chat-aiyana-hurt-online = Você estava on-line ontem à noite. Eu vi seu nome. Por que não me respondeu?

late-night-chat-hurt-prompt = A Aiyana se sentiu ignorada. O que você diz, { $nickname }?
late-night-chat-sorry-explain = "Sinto muito você ter se sentido só. Eu estava com muito sono. O que houve?"
late-night-chat-sorry-explain-feedback = Você contou seu lado e se importou com o dela. As duas coisas são verdade: você precisava dormir, e ela precisava de alguém.
late-night-chat-sorry-explain-aiyana = Agora ela sabe que não foi por causa dela. Ela conta como foi o dia.
late-night-chat-defend = "Era tarde! Eu não tenho que responder na hora."
late-night-chat-defend-feedback = É verdade que você pode sair. Mas a Aiyana também precisa ouvir que você se importa. Dá para dizer as duas coisas.
late-night-chat-defend-aiyana = Ela ouve "não é problema meu", mesmo sem você querer dizer isso.
late-night-chat-blame-luca = "O grupo estava cheio dos vídeos do Luca. Não vi."
late-night-chat-blame-luca-feedback = O grupo estava agitado, é verdade. Mas a Aiyana queria saber que você se importa. Perguntar o que aconteceu ajuda.
late-night-chat-blame-luca-aiyana = Ninguém perguntou ainda sobre o dia ruim dela.

late-night-chat-lunch = No almoço, o Luca senta com um sorrisão.
late-night-chat-luca-asks = Viram meus vídeos ontem? Muito engraçados, né?
late-night-chat-aiyana-tells = Eu disse que tive um dia ruim. Vocês só continuaram postando vídeos.
late-night-chat-luca-surprised = Peraí, como assim? Eu nem vi. Tinha tanta mensagem!

late-night-chat-sides-prompt = Os dois estão chateados. O que você diz, { $nickname }?
late-night-chat-both-sides = "O Luca não viu. Mas, Aiyana, é claro que você se sentiu ignorada."
late-night-chat-both-sides-feedback = Você enxergou os dois lados. Ninguém quis magoar ninguém, e a mágoa continua sendo real.
late-night-chat-both-sides-aiyana = Alguém entende por que doeu.
late-night-chat-both-sides-luca = Ninguém está chamando ele de mau amigo.
late-night-chat-group-plan = "Vamos dar boa-noite quando a gente sair. Para coisa séria, fala com um amigo no privado."
late-night-chat-group-plan-feedback = Um plano simples ajuda o grupo todo. Os amigos sabem quem está por ali e quem está dormindo.
late-night-chat-group-plan-aiyana = Da próxima vez, ela vai saber quem está ali e quem dorme.
late-night-chat-group-plan-luca = Ele gosta de ter um plano. Chega de adivinhar.
late-night-chat-take-side = "Luca, você nunca percebe ninguém. É sempre sobre seus vídeos."
late-night-chat-take-side-feedback = Você defendeu a Aiyana. Mas agora o Luca se sente atacado. Ele não viu a mensagem dela.
late-night-chat-take-side-luca = Todo mundo está olhando para ele, e ele não quis magoar ninguém.
late-night-chat-take-side-aiyana = Ela queria ser ouvida, não começar uma briga.
late-night-chat-luca-sorry = Desculpa, Aiyana. Eu não vi mesmo. Você está bem agora?

late-night-chat-evening = Naquela noite, o papai Jun mexe no celular durante o jantar. O aparelho apita a cada poucos minutos.
late-night-chat-papa-asks = Como foi seu dia? Você está falando pouco hoje.
late-night-chat-family-prompt = O que você diz para o papai Jun, { $nickname }?
late-night-chat-family-spot = "Todos os celulares podem dormir na cozinha à noite? O seu também?"
late-night-chat-family-spot-feedback = Boa ideia! Combinados de celular funcionam melhor quando a família toda segue, os adultos também.
late-night-chat-family-spot-papa = Ele não tinha percebido quantas vezes olha o próprio celular.
late-night-chat-tell-all = Contar sobre o grupo de ontem e a Aiyana. Perguntar o que ele faria.
late-night-chat-tell-all-feedback = Contar a história toda ajuda. Agora o papai Jun pode ajudar você a fazer um plano.
late-night-chat-tell-all-papa = Você confiou nele e contou a história toda.
late-night-chat-im-fine = "Estou bem."
late-night-chat-im-fine-feedback = Tudo bem não querer conversar agora. Mas o papai Jun pode ajudar se você contar sobre ontem à noite.
late-night-chat-im-fine-papa = Ele percebe que tem alguma coisa na sua cabeça.
late-night-chat-papa-deal = Combinado! Às 21h30, todos os celulares vão para o carregador da cozinha. O meu também.
late-night-chat-papa-idea = Sinceramente? Eu olho demais o meu. E se todos os celulares dormissem na cozinha?
late-night-chat-papa-here = Tudo bem. Estou aqui se quiser conversar. Acho que eu também devia largar o celular.

late-night-chat-end-routine = Às 21h30, dois celulares carregam lado a lado na cozinha. Antes, você escreve: "Boa noite, gente, vou sair!" A Aiyana responde: 🌙
late-night-chat-end-routine-reflect = Como você pode se desconectar à noite e ainda mostrar aos amigos que se importa?
late-night-chat-end-routine-aiyana = Ela sabe que você está descansando, não ignorando ela.
late-night-chat-end-routine-papa = O celular dele também descansa. As noites ficam mais calmas.
late-night-chat-end-mend = Agora os celulares dormem na cozinha, e você dorme melhor. Mas a Aiyana ainda está um pouco distante de você.
late-night-chat-end-mend-reflect = O que você poderia dizer a um amigo que se sentiu ignorado, mesmo que você tivesse um bom motivo?
late-night-chat-end-mend-aiyana = Ela ainda não sabe se você se importa com o dia ruim dela.
late-night-chat-end-mend-papa = O plano novo está funcionando. Ele ajuda com o resto se você pedir.
late-night-chat-end-buzz-again = Às 10 da noite, o grupo apita de novo. Desta vez, você escreve: "Boa noite, gente, vou sair!" Depois vira o celular para baixo. Quem sabe amanhã ele dorme fora do quarto.
late-night-chat-end-buzz-again-reflect = O que ajudaria você a desligar à noite?
late-night-chat-end-buzz-again-aiyana = Ela sabe que você foi dormir, não que sumiu.

late-night-chat-discuss-1 = A Aiyana se sentiu ignorada, e o Luca nem viu a mensagem dela. As duas pessoas podem ter razão? Como um grupo agitado pode fazer isso acontecer?
late-night-chat-discuss-2 = Quais são jeitos gentis de avisar os amigos que você vai sair? O que você poderia fazer se um amigo escrevesse algo preocupante tarde da noite, e para qual adulto da sua casa você poderia contar?
late-night-chat-discuss-3 = Sua família tem combinados para o celular à noite ou nas refeições, incluindo os adultos? O que você sugeriria, e por quê?
