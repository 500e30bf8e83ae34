secret-in-the-game-title = Um segredo no jogo
secret-in-the-game-summary = Num jogo de bichinhos, um jogador simpático que a criança nunca viu manda presentes, depois pede uma foto e diz "não conta para o seu avô". As crianças praticam separar segredos bons de ruins, nunca mandar fotos e contar para um adulto de confiança, que ajuda e não fica bravo.

secret-in-the-game-grandpa = Vovô Ahmed
secret-in-the-game-marisol = Tia Marisol
secret-in-the-game-starpaws = StarPaws
secret-in-the-game-kofi = Kofi

secret-in-the-game-hook = Você mora com o vovô Ahmed. O aniversário dele é no domingo.
secret-in-the-game-cake-secret = Psiu! O bolo é nosso segredo. É surpresa!
secret-in-the-game-cake-smile = Você dá uma risadinha. Esse segredo faz você sorrir.
secret-in-the-game-game-time = Depois da aula, você joga Vila Pet no tablet. O vovô lê ali perto.
secret-in-the-game-starpaws-hi = Oi! Sua gatinha é muito fofa! Toma um presente!
secret-in-the-game-gifts = Aparece uma tigela de ouro. E um chapéu de estrela!
secret-in-the-game-starpaws-friends = Agora somos melhores amigos, né?

secret-in-the-game-gift-prompt = Você nunca viu StarPaws. O que você faz, { $nickname }?
secret-in-the-game-gift-yes = Escrever: "Sim! Melhores amigos!"
secret-in-the-game-gift-yes-feedback = Ganhar presente é legal. Mas melhor amigo é alguém que você conhece. Pode ir com calma.
secret-in-the-game-gift-yes-starpaws = StarPaws ganhou um sim rapidinho.
secret-in-the-game-gift-thanks = Escrever: "Valeu! Mas a gente mal se conhece."
secret-in-the-game-gift-thanks-feedback = Você teve gentileza e cuidado ao mesmo tempo. Amizade leva tempo.
secret-in-the-game-gift-thanks-starpaws = StarPaws queria um sim bem rápido.
secret-in-the-game-gift-show = Mostrar os presentes para o vovô.
secret-in-the-game-gift-show-feedback = Boa ideia! Os adultos gostam de saber com quem você joga.
secret-in-the-game-gift-show-grandpa = O vovô adora ver sua gatinha de chapéu.
secret-in-the-game-grandpa-peek = Que chapéu! Se algo parecer estranho, me conta, tá bom?

secret-in-the-game-ask-photo = Você me manda uma foto sua? Só do rosto!
secret-in-the-game-the-secret = É o nosso segredo. Não conta para o seu avô.
secret-in-the-game-tummy = Sua barriga fica esquisita. Esse segredo não é igual ao do bolo.

secret-in-the-game-photo-prompt = O que você faz, { $nickname }?
secret-in-the-game-photo-send = Mandar uma foto. StarPaws foi tão legal.
secret-in-the-game-photo-send-feedback = Você quis ser legal também. Mas você nunca precisa mandar fotos. Contar para o vovô vai ajudar.
secret-in-the-game-photo-send-grandpa = O vovô ainda não sabe. Ele está perto para ajudar.
secret-in-the-game-photo-no = Escrever: "Foto não!" E guardar o segredo.
secret-in-the-game-photo-no-feedback = Muito bem. Você nunca precisa mandar fotos. Mas esse segredo ainda deixa você mal.
secret-in-the-game-photo-no-starpaws = StarPaws ficou sem foto.
secret-in-the-game-photo-tell = Ir contar para o vovô agora mesmo.
secret-in-the-game-photo-tell-feedback = Que coragem! Segredo que faz mal a gente pode contar.
secret-in-the-game-photo-tell-grandpa = Você foi logo falar com o vovô.

secret-in-the-game-dinner = No jantar, você só fica mexendo no arroz.
secret-in-the-game-grandpa-asks = Você quase não falou hoje. Aconteceu alguma coisa?
secret-in-the-game-dinner-prompt = O que você diz, { $nickname }?
secret-in-the-game-dinner-tell = Contar para o vovô sobre StarPaws e o segredo.
secret-in-the-game-dinner-tell-feedback = Contar foi a escolha forte. Agora o vovô divide esse peso com você.
secret-in-the-game-dinner-tell-grandpa = Você contou uma coisa difícil para o vovô.
secret-in-the-game-dinner-nothing = Dizer: "Nada. É segredo."
secret-in-the-game-dinner-nothing-feedback = StarPaws disse para não contar. Mas você nunca precisa guardar um segredo ruim.
secret-in-the-game-dinner-nothing-grandpa = O vovô percebe que algo está incomodando você.

secret-in-the-game-bedtime = Na hora de dormir, o vovô senta na sua cama.
secret-in-the-game-good-secrets = Alguns segredos são divertidos, como uma surpresa. Eles terminam em sorrisos.
secret-in-the-game-bad-secrets = Mas um segredo que faz sua barriga doer? Sempre me conta.
secret-in-the-game-bed-prompt = O que você faz, { $nickname }?
secret-in-the-game-bed-tell = Respirar fundo. Contar tudo para o vovô.
secret-in-the-game-bed-tell-feedback = Isso precisou de coragem. Agora o vovô pode ajudar você.
secret-in-the-game-bed-tell-grandpa = Você contou para ele, mesmo sendo difícil.
secret-in-the-game-bed-wait = Dizer "Boa noite" e se esconder debaixo do cobertor.
secret-in-the-game-bed-wait-feedback = Algumas coisas são difíceis de dizer. Você pode contar para um adulto quando quiser, mesmo amanhã.
secret-in-the-game-bed-wait-grandpa = O vovô espera que você converse com ele logo.

secret-in-the-game-morning = De manhã, a tia Marisol vem fazer o bolo.
secret-in-the-game-marisol-notices = Segredo de bolo é divertido. Mas que carinha preocupada. O que foi?
secret-in-the-game-tell-marisol = Você conta para ela sobre StarPaws. Ela dá um abração em você.
secret-in-the-game-marisol-helps = Que bom que você me contou. Vamos contar para o vovô, eu e você.

secret-in-the-game-grandpa-thanks = Obrigado por me contar. Eu não estou nada bravo.
secret-in-the-game-not-in-trouble = Você não vai levar bronca. StarPaws não devia pedir fotos.
secret-in-the-game-block = O vovô aperta Bloquear e Denunciar. Você ajuda o vovô a achar os botões.
secret-in-the-game-block-done = Pronto! StarPaws não pode mais escrever para você. O pessoal do jogo vai ver isso.

secret-in-the-game-party = No domingo, o vovô vê o bolo. Surpresa! Ele ri sem parar.
secret-in-the-game-kofi-says = Olha! StarPaws também me deu uma tigela de ouro!
secret-in-the-game-kofi-prompt = Seu primo Kofi também joga Vila Pet. O que você faz, { $nickname }?
secret-in-the-game-kofi-tell = Contar para o Kofi sobre StarPaws. Dizer: "Vamos contar para sua mãe."
secret-in-the-game-kofi-tell-feedback = Você pensou no Kofi e ajudou. Isso é cuidar.
secret-in-the-game-kofi-tell-kofi = O Kofi não sabia que StarPaws pede segredos.
secret-in-the-game-kofi-tell-marisol = A tia Marisol vê que você cuida do filho dela.
secret-in-the-game-kofi-laugh = Rir: "Rá! StarPaws engana todo mundo!"
secret-in-the-game-kofi-laugh-feedback = Agora pode parecer engraçado. Mas qualquer um pode ser enganado. O Kofi não fez nada de errado. Você ainda pode ajudar.
secret-in-the-game-kofi-laugh-kofi = O Kofi gostou do presente. Agora ele se sente bobo.
secret-in-the-game-kofi-nothing = Não dizer nada. É hora da festa!
secret-in-the-game-kofi-nothing-feedback = Festa é divertido! Mas o Kofi não sabe o que você sabe. Uma palavrinha pode ajudar.
secret-in-the-game-kofi-nothing-kofi = O Kofi ainda acha que pode confiar em StarPaws.
secret-in-the-game-kofi-blocks = Obrigada! Kofi, vamos bloquear StarPaws juntos.
secret-in-the-game-grown-ups-talk = Mais tarde, os adultos conversam. A tia Marisol ajuda o Kofi a bloquear StarPaws também.

secret-in-the-game-end-straight-away = Você contou para o vovô na hora. Agora o vovô joga Vila Pet com você. Que aniversário!
secret-in-the-game-end-straight-away-reflect = O que faz um segredo ser bom ou ruim?
secret-in-the-game-end-straight-away-grandpa = Você sabia bem o que fazer.
secret-in-the-game-end-not-in-trouble = O vovô abraça você bem forte. O pessoal do jogo vai resolver. Contar para ele foi a coisa certa.
secret-in-the-game-end-not-in-trouble-reflect = Para quem você pode contar se alguém pedir uma foto?
secret-in-the-game-end-not-in-trouble-grandpa = O vovô sabe o que fazer. Agora você tem ajuda.
secret-in-the-game-end-told = O bolo era um segredo feliz. O segredo ruim acabou.
secret-in-the-game-end-told-reflect = Como um segredo ruim fica na sua barriga? Para quem você pode contar?
secret-in-the-game-end-told-grandpa = O vovô ganhou um bolo surpresa, e você confia nele.
secret-in-the-game-end-aunt-noticed = A tia Marisol viu sua carinha e ajudou. Da próxima vez, você pode contar para um adulto na hora.
secret-in-the-game-end-aunt-noticed-reflect = Para quais adultos você poderia contar se um segredo parecer ruim?
secret-in-the-game-end-aunt-noticed-marisol = No fim, você contou para ela. Foi muita coragem.

secret-in-the-game-discuss-1 = StarPaws deu presentes primeiro, depois pediu uma foto e um segredo. Por que alguém na internet seria tão legal antes de pedir alguma coisa?
secret-in-the-game-discuss-2 = Qual é a diferença entre uma surpresa, como o bolo de aniversário, e um segredo que deixa a barriga esquisita? Você consegue pensar num exemplo de cada?
secret-in-the-game-discuss-3 = Para quais adultos você poderia contar se alguém na internet pedisse uma foto ou um segredo? O que você diria, e o que gostaria que eles respondessem?
