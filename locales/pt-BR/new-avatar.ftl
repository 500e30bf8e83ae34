new-avatar-title = Meu avatar novo
new-avatar-summary = A criança faz um avatar de jogo com óculos e cabelo cacheado, igual a ela. Outro jogador ri dele, e um amigo diz: "Finge que tem 12 anos para entrar no servidor dos maiores". As crianças praticam ser quem são e falar a verdade na internet, contar para um adulto e ser gentis com o avatar dos outros.

new-avatar-kai = Kai
new-avatar-omar = Omar
new-avatar-ana = Ana
new-avatar-papa-jun = Papai Jun

new-avatar-hook = Você começa um jogo novo. Primeiro, você faz seu avatar.
new-avatar-avatar-made = Ele tem óculos e cabelo cacheado, igual a você! Aí um jogador chamado Omar vê o avatar.
new-avatar-omar-laughs = Kkkk! Óculos num jogo? Que bobo!

new-avatar-omar-prompt = O que você faz, { $nickname }?
new-avatar-take-off = Tirar os óculos do seu avatar.
new-avatar-take-off-feedback = Você queria que as risadas parassem. Faz sentido. Mas seus óculos são parte de você. Você pode colocar de volta.
new-avatar-take-off-omar = Ele ri e continua jogando. Não viu que doeu.
new-avatar-like-them = Escrever: "Eu uso óculos. E gosto deles!"
new-avatar-like-them-feedback = Você continuou sendo você, mesmo com alguém rindo. Isso é ser forte!
new-avatar-like-them-omar = Ele não achou que você teria orgulho dos óculos.
new-avatar-mean-back = Escrever: "Seu avatar também é bobo!"
new-avatar-mean-back-feedback = Doeu, então você revidou. Agora duas pessoas estão mal. Você pode dizer o que sente.
new-avatar-mean-back-omar = Agora é dele que estão rindo.

new-avatar-kai-joins = Seu amigo Kai entra no jogo. O avatar dele tem aparelhos auditivos azuis, iguais aos dele.
new-avatar-kai-asks = Vem pro servidor dos maiores! É só dizer que tem 12 anos!
new-avatar-game-asks = O jogo pergunta: "Quantos anos você tem?"

new-avatar-age-prompt = Você ainda não tem 12 anos. O que você faz, { $nickname }?
new-avatar-say-12 = Digitar "12". É só um jogo.
new-avatar-say-12-feedback = Muita criança faz isso para jogar com os amigos. Mas as regras de idade ajudam a achar o jogo certo para você. A verdade protege você.
new-avatar-say-12-kai = Agora vocês podem jogar no servidor dos maiores.
new-avatar-real-age = Digitar a idade certa. Jogar no servidor das crianças.
new-avatar-real-age-feedback = Você falou a verdade, mesmo sendo difícil. Você é a mesma pessoa, dentro e fora da internet.
new-avatar-real-age-kai = Ele queria você no servidor dos maiores com ele.
new-avatar-ask-papa = Perguntar antes para o papai Jun.
new-avatar-ask-papa-feedback = Perguntar a um adulto é sincero e esperto. O papai Jun pode ajudar você a escolher.
new-avatar-ask-papa-papa = Você veio falar com ele antes de digitar.

new-avatar-big-server = O servidor dos maiores é barulhento e rápido.
new-avatar-lost = As mensagens passam rápido demais. Algumas não são gentis. Você não sabe bem o que fazer.
new-avatar-big-prompt = Esse lugar não foi feito para você. O que você faz?
new-avatar-tell-papa = Sair e contar para o papai Jun o que aconteceu.
new-avatar-tell-papa-feedback = Isso foi corajoso e sincero. Contar para um adulto é a escolha forte.
new-avatar-tell-papa-papa = Você falou a verdade, até sobre sua idade.
new-avatar-stay = Ficar. Ninguém sabe que você não tem 12 anos.
new-avatar-stay-feedback = Ficar pode parecer divertido. Mas esse servidor é feito para os maiores. Um adulto pode ajudar você a achar um lugar melhor.
new-avatar-stay-kai = Ele também vê o chat. Não está mais divertido.
new-avatar-papa-sees = O papai Jun passa por perto. Ele vê sua tela e senta com você.
new-avatar-papa-talks = Esse servidor é para os mais velhos. O das crianças é feito para você.
new-avatar-papa-no-trouble = Você não vai levar bronca. Pode sempre me contar o que acontece na internet.
new-avatar-papa-says = Esse servidor é para os maiores. Você e o Kai podem jogar no servidor das crianças.

new-avatar-kai-stays = Tá bom! Vou jogar com você no servidor das crianças!
new-avatar-ana-joins = Aí a Ana, da sua turma, entra. O avatar dela usa cadeira de rodas, como a Ana. E tem cabelo roxo bem forte!
new-avatar-kai-giggles = Kkkk! Cabelo roxo? Que esquisito!

new-avatar-ana-prompt = O que você escreve, { $nickname }?
new-avatar-cool = "Avatar legal, Ana! Amei o cabelo roxo."
new-avatar-cool-feedback = Você pensou em como a Ana podia se sentir. Suas palavras gentis fizeram ela sorrir.
new-avatar-cool-ana = Alguém gostou do avatar que ela fez.
new-avatar-laugh = Rir junto com o Kai: "Kkkk, muito esquisito!"
new-avatar-laugh-feedback = Rir com um amigo parece fácil. Mas você sabe como é quando riem de você. Uma palavra gentil pode ajudar agora.
new-avatar-laugh-ana = Duas pessoas riram do avatar que ela fez.
new-avatar-tell-kai = Dizer para o Kai: "Avatar pode ser de qualquer jeito. O dela é legal!"
new-avatar-tell-kai-feedback = Você defendeu a Ana sem magoar o Kai. Isso é gentil e corajoso.
new-avatar-tell-kai-kai = Ele para e pensa na Ana.
new-avatar-tell-kai-ana = Alguém defendeu ela.

new-avatar-ana-asks = Ei, cadê seus óculos? O que aconteceu com seu avatar?
new-avatar-glasses-prompt = O que você faz?
new-avatar-put-back = Colocar os óculos de volta no avatar.
new-avatar-put-back-feedback = Agora seu avatar parece com você de novo. Você não precisa esconder uma parte de você.
new-avatar-put-back-ana = O avatar dela parece com ela. Agora o seu parece com você.
new-avatar-leave-off = Deixar sem óculos. Alguém pode rir de novo.
new-avatar-leave-off-feedback = Faz sentido ter esse medo. A escolha é sua. Amigos de verdade gostam de você, com óculos e tudo.
new-avatar-leave-off-ana = Ela gosta dos seus óculos. Ela espera que você coloque de volta.

new-avatar-omar-sorry = Desculpa pela piada. Seus óculos são legais, de verdade.
new-avatar-make-up = Você escreve para o Omar: "Desculpa a grosseria." Ele responde: "Desculpa também."

new-avatar-end-castle = Você, o Kai e a Ana constroem um castelo enorme. Cada avatar está do jeitinho certo.
new-avatar-end-castle-reflect = Como você pode ser gentil com o avatar de alguém?
new-avatar-end-castle-ana = Ela pode ser ela mesma no jogo.
new-avatar-end-castle-kai = Ele gosta de jogar com vocês.
new-avatar-end-sorry = A Ana sai do jogo mais cedo. No dia seguinte, você pede desculpa. Ela mostra como fez o cabelo roxo.
new-avatar-end-sorry-reflect = Como seria se alguém risse do seu avatar?
new-avatar-end-sorry-ana = Você pediu desculpa, e ela quer jogar de novo.

new-avatar-discuss-1 = Por que alguém faria um avatar parecido consigo? Por que outra pessoa escolheria um dragão ou um robô? Os dois jeitos estão certos?
new-avatar-discuss-2 = O Kai pediu para você dizer que tinha 12 anos. Por que os jogos perguntam a idade? O que você poderia dizer para um amigo que pede para você fingir?
new-avatar-discuss-3 = Alguém já riu de algo que você fez ou escolheu? O que ajudou? O que podemos dizer em vez de rir?
