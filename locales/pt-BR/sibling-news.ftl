sibling-news-title = A notícia do meu irmão
sibling-news-summary = O irmão mais novo da criança está no hospital por alguns dias: ele acabou de descobrir que tem diabetes e está bem. Colegas fazem perguntas no grupo da turma, e a criança quer postar uma foto dele na cama do hospital. As crianças praticam entender que notícias de saúde pertencem à própria pessoa, perguntar antes, pensar no que um post deixa para trás e perceber que os sentimentos de um irmão preocupado também importam.

## Personagens
sibling-news-malik = Malik
sibling-news-papa = Pai
sibling-news-dr-reyes = Dra. Reyes
sibling-news-chloe = Chloé
sibling-news-ibrahim = Ibrahim

## Começo
sibling-news-hook = Seu irmãozinho Malik está no hospital desde segunda. Depois da aula, você vai visitá-lo com seu pai.
sibling-news-dr-reyes-says = Malik tem diabetes. O corpo dele precisa de uma ajudinha com o açúcar. Ele está aprendendo rápido e está indo muito bem.
sibling-news-malik-pro = Olha! Já meço meu açúcar sozinho. A Dra. Reyes disse que sou craque!
sibling-news-tummy = Você sorri. Mas a semana toda sentiu um aperto na barriga.
sibling-news-buzz = Seu celular vibra. É o grupo da turma.
sibling-news-ibrahim-asks = Cadê você essa semana? Alguém disse que o Malik está no hospital. Ele está bem?
sibling-news-more-questions = Chegam mais mensagens: "O que aconteceu?" "É grave?" "Manda foto!"
sibling-news-easy-photo = Malik está sentado na cama, de pijama de dinossauro. Uma foto responderia todo mundo de uma vez.

## De quem é a notícia?
sibling-news-photo-prompt = O que você faz, { $nickname }?
sibling-news-post-photo = Tirar uma foto do Malik na cama e postar: "Ele está no hospital!"
sibling-news-post-photo-feedback = Você queria responder seus amigos, e isso é cuidado. Mas a notícia e a foto são do Malik. Depois de postada, as pessoas podem salvar e repassar.
sibling-news-post-photo-malik = Ele viu o flash, mas não sabe para onde a foto foi.
sibling-news-ask-malik = Perguntar ao Malik: "Posso contar pra turma que você está no hospital?"
sibling-news-ask-malik-feedback = A notícia é dele, então você perguntou antes. Isso é respeito.
sibling-news-ask-malik-malik = Perguntaram a ele, como a um adulto.
sibling-news-later = Escrever: "Ele está bem. Depois conto mais."
sibling-news-later-feedback = Você acalmou seus amigos sem contar uma notícia particular. Agora dá tempo de perguntar ao Malik e ao seu pai.
sibling-news-later-ibrahim = Ele sabe que o Malik está bem, e só precisava disso.
sibling-news-details = Contar tudo: "Ele tem diabetes. Agora precisa de insulina."
sibling-news-details-feedback = Você falou a verdade, e seus amigos estavam preocupados. Mas notícias de saúde pertencem à pessoa. Malik pode querer contar do jeito dele.
sibling-news-details-ibrahim = Ele não esperava tanta notícia de uma vez.

## A foto
sibling-news-chat-reacts = Chovem respostas: "Nossa!" "O que é isso no braço dele?" "Ele está muito doente?"
sibling-news-malik-sees = Ei, sou eu! Por que minha foto está no grupo da sua turma? Eu fico esquisito na cama.
sibling-news-delete-prompt = Malik parece chateado. O que você faz, { $nickname }?
sibling-news-delete-sorry = Apagar a foto e pedir desculpa ao Malik.
sibling-news-delete-sorry-feedback = Apagar rápido e pedir desculpa ajuda muito. Alguém pode ter salvado, mas a foto não vai se espalhar mais a partir de você.
sibling-news-delete-sorry-malik = Você ouviu o que ele disse e tirou a foto.
sibling-news-keep-it = Deixar lá. Todo mundo está sendo tão legal.
sibling-news-keep-it-feedback = Os comentários são gentis. Mas Malik disse que não gostou, e a foto é dele. Ainda dá tempo de apagar.
sibling-news-keep-it-malik = A foto dele continua lá, e ele disse que não gostou.
sibling-news-malik-forgives = Tudo bem. Só me pergunta da próxima vez!
sibling-news-details-reacts = As perguntas se acumulam: "Isso pega?" "Dói?" "Ele vai ficar bem?"

sibling-news-doctor-answers = Vi uma dessas perguntas. Ninguém pega diabetes. Mas talvez o Malik queira explicar o resto ele mesmo.

## Seu pai
sibling-news-papa-says = A notícia do Malik é dele para contar. Vamos perguntar o que ele quer que os amigos saibam.
sibling-news-malik-wanted = Eu queria contar para os meus amigos. Do meu jeito.
sibling-news-malik-answers = Eu quero contar para os meus amigos! Quando eu voltar, vou mostrar meu medidor de açúcar.
sibling-news-papa-notices = E você? Esta semana foi difícil para você também.
sibling-news-feelings-prompt = Seu pai quer saber de você. O que você diz, { $nickname }?
sibling-news-tell-worried = Contar ao seu pai que você também se preocupa.
sibling-news-tell-worried-feedback = Seus sentimentos também importam. Falar deles em voz alta pode deixá-los mais leves.
sibling-news-tell-worried-papa = Agora ele sabe como você se sente e pode ajudar.
sibling-news-im-fine = Dizer: "Eu estou bem. Quem está doente é o Malik."
sibling-news-im-fine-feedback = É gentil pensar primeiro no Malik. Mas tudo bem se preocupar, e os adultos querem ouvir. Você pode falar com seu pai quando quiser.
sibling-news-im-fine-papa = Ele notou seu silêncio a semana toda.
sibling-news-tell-chloe = Mandar mensagem para sua amiga Chloé: "A semana foi difícil. Podemos conversar?"
sibling-news-tell-chloe-feedback = Boa ideia. Você pode contar como se sente para uma amiga sem contar a notícia do Malik.
sibling-news-tell-chloe-chloe = Você confiou nela, e ela quer ajudar.

## O grupo da turma
sibling-news-chat-waiting = O grupo da turma ainda está esperando uma resposta.
sibling-news-answer-prompt = O que você escreve para a turma agora?
sibling-news-his-way = "O Malik está bem! Ele quer contar tudo para vocês quando voltar."
sibling-news-his-way-feedback = Você respondeu seus amigos e deixou a notícia do Malik para o Malik. Isso é cuidar de verdade.
sibling-news-his-way-malik = Ele vai contar a própria história.
sibling-news-his-way-ibrahim = O Malik está bem. Era isso que ele queria saber.
sibling-news-cards = "Ele está bem! Vamos fazer cartões de melhoras para ele?"
sibling-news-cards-feedback = A turma pode se importar com o Malik sem saber cada detalhe. Que ideia linda!
sibling-news-cards-malik = Os cartões de melhoras estão a caminho.
sibling-news-answer-all = Responder todas as perguntas. Eles não param de perguntar.
sibling-news-answer-all-feedback = Seus amigos se importam, e isso é bom. Mas o Malik quer contar ele mesmo. Você pode dizer "Ele vai contar" e parar aí.
sibling-news-answer-all-malik = A notícia dele se espalhou antes que ele pudesse contar.
sibling-news-mute = Não responder. Silenciar o grupo.
sibling-news-mute-feedback = Uma pausa pode ajudar. Mas seus amigos continuam preocupados. Uma resposta curta acalmaria todos.
sibling-news-mute-ibrahim = Ele ainda não sabe se o Malik está bem.
sibling-news-papa-hug = Naquela noite, seu pai dá um abraço demorado em você. Você dorme melhor do que dormiu a semana toda.
sibling-news-cards-arrive = No dia seguinte, chega uma pilha de cartões de melhoras. O Malik lê todos.

## Finais
sibling-news-end-his-way = Na semana seguinte, Malik volta para a escola. Ele mesmo conta para a turma sobre a diabetes e mostra o medidor de açúcar. Eles fazem um monte de perguntas!
sibling-news-end-his-way-reflect = De quem é a notícia? Como você pode descobrir o que alguém quer contar?
sibling-news-end-his-way-malik = Ele contou a história do jeito dele.
sibling-news-end-his-way-papa = Os dois filhos dele cuidaram um do outro esta semana.
sibling-news-end-not-his-way = Malik volta para a escola. Os amigos dele já sabem de tudo. Ele mostra o medidor de açúcar mesmo assim, mas queria ter contado primeiro.
sibling-news-end-not-his-way-reflect = Como você poderia responder amigos preocupados sem contar a notícia de outra pessoa?
sibling-news-end-not-his-way-malik = Ele não pôde contar a própria notícia.
sibling-news-end-not-his-way-papa = Ele sabe que você quis ajudar. Na próxima, você pergunta antes.
sibling-news-end-photo-stayed = Na escola, uma criança diz ao Malik: "Vi sua foto na cama!" Malik fica quieto. À noite, seu pai ajuda você a apagar a foto, e você pede desculpa de novo.
sibling-news-end-photo-stayed-reflect = O que você gostaria que perguntassem antes de postar uma foto sua?
sibling-news-end-photo-stayed-malik = Crianças que ele mal conhece viram ele na cama do hospital.
sibling-news-end-photo-stayed-papa = Ele ajuda você a consertar e sabe que, na próxima, você pergunta.

## Para professores
sibling-news-discuss-1 = Por que uma notícia sobre a saúde de alguém é dessa pessoa para contar? Como você poderia responder amigos preocupados sem contar a notícia de outra pessoa?
sibling-news-discuss-2 = Uma foto no grupo da turma pode ser salva e repassada. O que você gostaria que perguntassem antes de postar uma foto sua, principalmente no hospital?
sibling-news-discuss-3 = Quando alguém da família está doente, os irmãos também podem ficar preocupados. Com quem eles poderiam conversar, e como os amigos podem ajudar?
