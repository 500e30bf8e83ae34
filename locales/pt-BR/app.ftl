# Palavras das telas do jogo. As de cada história ficam em <id-da-historia>.ftl.

# O nome deste idioma, neste idioma (aparece na troca de idioma).
language-name = Português (Brasil)

app-title = Kind Quest
title-tagline = Histórias sobre gentileza e segurança na internet
title-play = Jogar
title-language = Idioma

profiles-title = Quem está jogando?
profiles-new = Novo perfil
profiles-none = Ainda não tem ninguém aqui. Crie um perfil novo!
profiles-hello = Oi, { $nickname }!
profiles-pick-face = Escolha uma carinha
profiles-your-name = Seu nome no jogo
profiles-another-name = Outro nome
profiles-create = Vamos lá!
profiles-no-real-names = Nunca pedimos seu nome de verdade.

map-title = Mapa de histórias
map-finished-count = { $count ->
    [0] Nenhuma história terminada ainda
    [one] Você terminou uma história
   *[other] Você terminou { $count } histórias
}
map-done = Feito
map-ages = { $ages } anos
map-change-player = Trocar de perfil
map-empty = Não foi possível abrir nenhuma história.

play-next = Próximo
play-next-hint = Aperte Enter para continuar
play-choose-hint = Aperte um número ou clique
play-to-map = Mapa
play-narrator = História

feedback-title = Como cada um se sente?
feedback-try-another-way = Tentar de outro jeito
feedback-go-on = Continuar
feedback-you-chose = Você escolheu: { $choice }

ending-title = Fim
ending-think = Pense nisso
ending-break = Este é um bom momento para uma pausa. Que tal contar a história para alguém?
ending-to-map = Voltar ao mapa

data-problem = Alguns dados salvos não puderam ser lidos. Uma cópia foi guardada para um adulto ver.
data-in-use = O Kind Quest já está aberto em outra janela. Quem joga está lá: feche esta janela e continue na outra.
data-not-saved = Agora o Kind Quest não consegue salvar nada neste computador. Você pode jogar mesmo assim. Um adulto pode ver o motivo na área dos adultos.
content-problem = { $count ->
    [one] Não foi possível abrir um arquivo de história. Um adulto pode usar "kind-quest check" para ver o porquê.
   *[other] Não foi possível abrir { $count } arquivos de histórias. Um adulto pode usar "kind-quest check" para ver o porquê.
}

play-text-stopped = parou numa escolha

# How a person and their feeling are shown: "Priya (sad):".
feeling-label = { $name } ({ $feeling }):
feeling-calm = calma
feeling-happy = alegria
feeling-sad = tristeza
feeling-worried = preocupação
feeling-angry = raiva
feeling-surprised = surpresa
feeling-left-out = solidão
feeling-proud = orgulho
feeling-embarrassed = vergonha

setting-home = Casa
setting-school = Escola
setting-online-game = Jogo online
setting-hospital = Hospital
setting-hotel = Hotel
setting-restaurant = Restaurante
setting-park = Parque
setting-bedroom = Quarto

skill-identity = Ser quem sou
skill-identity-learns = Ser a mesma pessoa gentil e sincera dentro e fora da internet.
skill-balanced-use = Tela na medida
skill-balanced-use-learns = Perceber como a tela faz você se sentir e parar quando quiser.
skill-cyberbullying = Defender
skill-cyberbullying-learns = Reconhecer o bullying, apoiar a pessoa e contar para um adulto de confiança.
skill-security = Segurança
skill-security-learns = Senhas fortes, links e mensagens com pegadinha, e o que fazer.
skill-empathy = Gentileza
skill-empathy-learns = Perceber e cuidar de como os outros se sentem na internet.
skill-footprint = Pegadas
skill-footprint-learns = O que você posta fica e conta coisas sobre você e os outros.
skill-critical-thinking = Pensar bem
skill-critical-thinking-learns = Verdade ou mentira, amigo ou estranho, propaganda ou conselho.
skill-privacy = Privacidade
skill-privacy-learns = Proteger suas informações pessoais e as dos outros.

# O adjetivo vem depois do bicho. Todos os adjetivos são invariáveis (servem
# para bicho masculino e feminino): Lontra Valente, Tigre Valente.
nickname-pattern = { $animal } { $adjective }
nick-adj-brave = Valente
nick-adj-kind = Gentil
nick-adj-happy = Feliz
nick-adj-clever = Inteligente
nick-adj-gentle = Doce
nick-adj-bright = Brilhante
nick-adj-calm = Zen
nick-adj-cheerful = Alegre
nick-adj-curious = Detetive
nick-adj-friendly = Legal
nick-adj-quick = Veloz
nick-adj-sunny = Sorridente
nick-animal-otter = Lontra
nick-animal-fox = Raposa
nick-animal-panda = Panda
nick-animal-owl = Coruja
nick-animal-dolphin = Golfinho
nick-animal-koala = Coala
nick-animal-turtle = Tartaruga
nick-animal-penguin = Pinguim
nick-animal-rabbit = Coelho
nick-animal-tiger = Tigre
nick-animal-whale = Baleia
nick-animal-hedgehog = Ouriço

## A área dos adultos: a entrada, o progresso, os dados.
grown-ups-button = Para adultos
grown-ups-what-can-see-button = O que os adultos podem ver
grown-ups-what-can-see-title = O que os adultos podem ver
grown-ups-what-can-see-text = Os adultos podem ver seu nome no jogo, sua carinha, as histórias que você jogou e as escolhas que fez. Tudo fica neste computador. Ninguém mais pode ver.
grown-ups-what-can-see-close = Entendi
gate-title = Para adultos
gate-explain = Esta parte é para pais e professores. Responda à pergunta para continuar.
gate-question = Quanto é { $a } × { $b }?
gate-go = Continuar
gate-wrong = Não é isso. Aqui vai uma nova pergunta.
gate-back = Voltar
grown-ups-banner = Área dos adultos. Ela fecha sozinha após 5 minutos sem uso.
grown-ups-title = Crianças neste computador
grown-ups-close = Fechar
grown-ups-finished = { $count ->
    [0] Nenhuma história terminada
    [one] { $count } história terminada
   *[other] { $count } histórias terminadas
}
grown-ups-open-progress = Ver progresso
grown-ups-no-children = Ninguém jogou ainda.
grown-ups-files-set-aside = Alguns arquivos salvos não puderam ser lidos. Eles foram guardados, não apagados:
progress-title = Progresso: { $nickname }
progress-skills = Habilidades praticadas
progress-figures = mostrou { $shown } de { $available } possíveis, em { $count ->
    [0] 0 decisões
    [one] { $count } decisão
   *[other] { $count } decisões
}
progress-how = Como isso é calculado
progress-how-text = Em cada decisão, cada habilidade que uma escolha ali poderia mostrar conta uma vez. A barra mostra o que a primeira escolha da criança mostrou, em relação ao que a escolha mais gentil ou mais segura teria mostrado. Com menos de 3 decisões, a habilidade aparece como "começando agora", porque uma história só não basta para dizer mais. "Tentar de outro jeito" não soma nem tira nada.
progress-stories = Histórias terminadas
progress-none-finished = Nenhuma história terminada ainda.
progress-choices = Escolhas feitas
progress-not-finished = ainda sem terminar
progress-tried-again = depois tentou de outro jeito
progress-choices-earlier = …e mais { $count } { $count ->
    [one] história anterior
   *[other] histórias anteriores
}. “Salvar uma cópia” guarda todas.
progress-talk = Para conversar
progress-export = Salvar uma cópia
progress-exported = Cópia salva em { $path }
progress-export-failed = Não foi possível salvar a cópia: { $error }
progress-erase = Apagar
progress-erase-confirm = Apagar deste computador { $nickname } e todo o progresso do perfil? Isso não pode ser desfeito.
progress-erase-yes = Sim, apagar
progress-erase-no = Não, manter
progress-back = Voltar
growth-not-yet-played = ainda não começou
growth-just-starting = começando agora
growth-growing = crescendo
growth-getting-strong = ganhando força
growth-shining = brilhando

## A ficha da aula para docentes.
lesson-count = { $count ->
    [one] { $count } história
   *[other] { $count } histórias
}
lesson-endings-ask = Perguntas que os finais fazem à criança
lesson-talk = Para conversar em grupo
lesson-notes = Anotações

## A sala de aula: aulas no telão e turmas.
classroom-title = Sala de aula
classroom-lessons = Aulas
classroom-new-lesson = Nova aula
classroom-lesson-default = Aula { $number }
classroom-name = Nome
classroom-edit = Editar
classroom-done = Pronto
classroom-delete = Apagar
classroom-start = Começar no telão
classroom-sheet = Ficha da aula
classroom-pick-stories = Escolha as histórias na ordem em que você quer jogá-las.
classroom-in-lesson = Nesta aula
classroom-classes = Turmas
classroom-new-class = Nova turma
classroom-class-default = Turma { $number }
classroom-members = Quem está nesta turma?
classroom-children = { $count ->
    [0] 0 crianças
    [one] { $count } criança
   *[other] { $count } crianças
}
classroom-class-report = Relatório da turma
classroom-saved = Salvo em { $path }
projector-banner = Aula com a turma: as escolhas não ficam salvas no progresso de ninguém.
projector-vote-hint = Votem juntos. O professor marca a escolha com mais mãos levantadas.
projector-talk = Vamos conversar sobre isso
projector-next = Próxima história
projector-end = Terminar a aula
# What the story calls the whole class on the big screen (instead of a game name).
projector-nickname = turma

## O PIN do professor.
pin-title = PIN do professor
pin-explain = Com um PIN, a área dos adultos pede o PIN em vez de uma conta. Esqueceu? Apague o arquivo grown-ups.ron na pasta de dados: nenhum progresso se perde.
pin-new = Novo PIN (4 a 8 dígitos)
pin-set = Definir PIN
pin-remove = Remover PIN
pin-is-set = Há um PIN definido.
pin-invalid = O PIN tem de 4 a 8 dígitos.
gate-pin-question = Digite o PIN do professor.
gate-pin-wrong = Esse não é o PIN.

## A página de relatório para pais e professores (kind-quest report --format html).
# pt: a regra "one" inclui o 0, por isso o [0] explícito.
report-meta = { $children ->
    [0] 0 crianças
    [one] 1 criança
   *[other] { $children } crianças
} · gerado neste computador; nada foi enviado para lugar nenhum.
report-empty = Nenhum progresso salvo foi encontrado nestas pastas.
report-child-meta = Histórias começadas: { $started } · terminadas: { $finished } · perfil { $id }
report-col-skill = Habilidade
report-col-growth = Evolução
report-col-shown = Mostradas / possíveis
report-col-decisions = Decisões
report-col-not-yet = Ainda não
report-col-retries = Tentou de outro jeito

## Configurações, álbum de figurinhas, leitura em voz alta (as páginas da própria criança)
settings-open = Configurações
settings-title = Minhas configurações
settings-language = Idioma
settings-look = Como fica na tela
settings-text-size = Tamanho das letras
settings-size-normal = Normal
settings-size-large = Grande
settings-size-larger = Bem grande
settings-font = Letras
settings-font-usual = De sempre
settings-font-dyslexic = Fáceis de diferenciar
settings-contrast = Cores fortes
settings-motion = Menos movimento
settings-preview = É assim que suas histórias vão ficar.
settings-sound-and-voice = Som e voz
settings-sound = Efeitos sonoros
settings-volume = Volume
settings-quieter = Mais baixo
settings-louder = Mais alto
settings-read-aloud = Ler tudo em voz alta
settings-read-aloud-sample = Oi! Eu posso ler as histórias para você.
settings-on = Ligado
settings-off = Desligado
read-aloud-button = Ler em voz alta
read-aloud-not-built = Esta cópia do Kind Quest não consegue ler em voz alta. Um adulto pode descobrir o porquê no guia.
read-aloud-no-engine = Para ler em voz alta, o computador precisa do serviço de fala. Um adulto pode instalá-lo.
read-aloud-no-voice = Este computador ainda não tem uma voz para este idioma. Um adulto pode adicionar uma.
stickers-open = Minhas figurinhas
stickers-title = Meu álbum de figurinhas
stickers-explain = Você ganha uma figurinha cada vez que uma habilidade cresce. Cada história ajuda, e as figurinhas ficam guardadas no seu álbum.
stickers-count = { $count } de { $total } figurinhas
sticker-label = Figurinha: { $skill }, { $level }
sticker-empty-label = Lugar vazio para uma figurinha “{ $level }”
# pt: aqui $count é sempre 1 ou mais (com 0 aparece ending-no-new-sticker).
ending-new-stickers = { $count ->
    [one] Uma figurinha nova para o seu álbum!
   *[other] { $count } figurinhas novas para o seu álbum!
}
ending-no-new-sticker = Cada história ajuda suas habilidades a crescer.
face-label = { $name }, { $feeling }
profiles-face-label = Rosto { $number }
