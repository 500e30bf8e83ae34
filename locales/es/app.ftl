# Palabras de las pantallas del juego. Las de cada historia están en <id-de-historia>.ftl.

language-name = Español

app-title = Kind Quest
title-tagline = Historias para ser amable y estar seguro en internet
title-play = Jugar
title-language = Idioma

profiles-title = ¿Quién juega?
profiles-new = Jugador nuevo
profiles-none = Todavía no hay nadie. ¡Crea un jugador nuevo!
profiles-hello = ¡Hola, { $nickname }!
profiles-pick-face = Elige una cara
profiles-your-name = Tu nombre de juego
profiles-another-name = Otro nombre
profiles-create = ¡Vamos!
profiles-no-real-names = Nunca te pedimos tu nombre real.

map-title = Mapa de historias
map-finished-count = { $count ->
    [0] Aún no has terminado ninguna historia
    [one] Has terminado una historia
   *[other] Has terminado { $count } historias
}
map-done = Hecho
map-ages = De { $ages } años
map-change-player = Cambiar de jugador
map-empty = No se pudo cargar ninguna historia.

play-next = Seguir
play-next-hint = Pulsa Intro para seguir
play-choose-hint = Pulsa un número o haz clic
play-to-map = Mapa
play-narrator = Historia

feedback-title = ¿Cómo se siente cada uno?
feedback-try-another-way = Probar otro camino
feedback-go-on = Seguir
feedback-you-chose = Elegiste: { $choice }

ending-title = Fin
ending-think = Piensa un poco
ending-break = Es un buen momento para descansar. ¿Se lo cuentas a alguien?
ending-to-map = Volver al mapa

data-problem = No se pudieron leer algunos datos guardados. Guardamos una copia para que la revise una persona adulta.
data-in-use = Kind Quest ya está abierto en otra ventana. Allí están quienes juegan: cierra esta ventana y sigue en la otra.
data-not-saved = Ahora mismo Kind Quest no puede guardar nada en esta computadora. Puedes jugar igual. Una persona adulta puede ver por qué en la zona para personas adultas.
content-problem = { $count ->
    [one] No se pudo cargar un archivo de historia. Una persona adulta puede usar "kind-quest check" para ver por qué.
   *[other] No se pudieron cargar { $count } archivos de historias. Una persona adulta puede usar "kind-quest check" para ver por qué.
}

play-text-stopped = parado en una decisión

# How a person and their feeling are shown: "Priya (sad):".
feeling-label = { $name } ({ $feeling }):
feeling-calm = calma
feeling-happy = alegría
feeling-sad = tristeza
feeling-worried = preocupación
feeling-angry = enfado
feeling-surprised = sorpresa
feeling-left-out = soledad
feeling-proud = orgullo
feeling-embarrassed = vergüenza

setting-home = Casa
setting-school = Escuela
setting-online-game = Juego en línea
setting-hospital = Hospital
setting-hotel = Hotel
setting-restaurant = Restaurante
setting-park = Parque
setting-bedroom = Habitación

skill-identity = Ser yo
skill-identity-learns = Ser la misma persona amable y sincera en internet y fuera.
skill-balanced-use = Pantallas con equilibrio
skill-balanced-use-learns = Notar cómo te sienta la pantalla y parar cuando tú decides.
skill-cyberbullying = Defender a otros
skill-cyberbullying-learns = Reconocer el acoso, apoyar a quien lo sufre y contárselo a un adulto de confianza.
skill-security = Estar seguro
skill-security-learns = Contraseñas fuertes, enlaces y mensajes con trampa, y qué hacer.
skill-empathy = Amabilidad
skill-empathy-learns = Notar y cuidar cómo se sienten los demás en internet.
skill-footprint = Huellas
skill-footprint-learns = Lo que publicas se queda y cuenta cosas de ti y de otros.
skill-critical-thinking = Pensar bien
skill-critical-thinking-learns = Verdad o mentira, amigo o desconocido, anuncio o consejo.
skill-privacy = Privacidad
skill-privacy-learns = Cuidar tu información personal y la de los demás.

nickname-pattern = { $animal } { $adjective }
nick-adj-brave = Valiente
nick-adj-kind = Amable
nick-adj-happy = Feliz
nick-adj-clever = Genial
nick-adj-gentle = Dulce
nick-adj-bright = Brillante
nick-adj-calm = Paciente
nick-adj-cheerful = Alegre
nick-adj-curious = Audaz
nick-adj-friendly = Cordial
nick-adj-quick = Veloz
nick-adj-sunny = Sonriente
nick-animal-otter = Nutria
nick-animal-fox = Zorro
nick-animal-panda = Panda
nick-animal-owl = Lechuza
nick-animal-dolphin = Delfín
nick-animal-koala = Koala
nick-animal-turtle = Tortuga
nick-animal-penguin = Pingüino
nick-animal-rabbit = Conejo
nick-animal-tiger = Tigre
nick-animal-whale = Ballena
nick-animal-hedgehog = Erizo

## La zona para personas adultas: la puerta, el progreso, los datos.
grown-ups-button = Para personas adultas
grown-ups-what-can-see-button = Lo que ven las personas adultas
grown-ups-what-can-see-title = Lo que ven las personas adultas
grown-ups-what-can-see-text = Las personas adultas pueden ver tu nombre de juego, tu cara, las historias que jugaste y lo que elegiste. Todo se queda en esta computadora. Nadie más lo puede ver.
grown-ups-what-can-see-close = De acuerdo
gate-title = Para personas adultas
gate-explain = Esta parte es para familias y docentes. Para continuar, hay que responder a la pregunta.
gate-question = ¿Cuánto es { $a } × { $b }?
gate-go = Continuar
gate-wrong = No es correcto. Aquí va una pregunta nueva.
gate-back = Volver
grown-ups-banner = Zona para personas adultas. Se cierra sola tras 5 minutos sin uso.
grown-ups-title = Niñas y niños en esta computadora
grown-ups-close = Cerrar
grown-ups-finished = { $count ->
    [one] 1 historia terminada
   *[other] { $count } historias terminadas
}
grown-ups-open-progress = Ver progreso
grown-ups-no-children = Todavía no ha jugado nadie.
grown-ups-files-set-aside = No se pudieron leer algunos archivos guardados. Se conservaron, no se borraron:
progress-title = Progreso: { $nickname }
progress-skills = Habilidades practicadas
progress-figures = mostró { $shown } de { $available } posibles, en { $count ->
    [one] 1 decisión
   *[other] { $count } decisiones
}
progress-how = Cómo se calcula
progress-how-text = En cada decisión, cuenta una vez cada habilidad que alguna de sus opciones podía mostrar. La barra indica cuánto mostró la primera elección del niño o la niña, del total que habría mostrado la opción más amable o más segura. Con menos de 3 decisiones, la habilidad indica "empezando", porque una sola historia no basta para decir más. "Probar otro camino" no suma ni resta.
progress-stories = Historias terminadas
progress-none-finished = Todavía no hay ninguna historia terminada.
progress-choices = Opciones elegidas
progress-not-finished = aún sin terminar
progress-tried-again = y luego probó otro camino
progress-choices-earlier = …y { $count } { $count ->
    [one] historia anterior
   *[other] historias anteriores
}. «Guardar una copia» las guarda todas.
progress-talk = Temas para conversar
progress-export = Guardar una copia
progress-exported = Copia guardada en { $path }
progress-export-failed = No se pudo guardar la copia: { $error }
progress-erase = Borrar
progress-erase-confirm = ¿Borrar a { $nickname } y todo su progreso de esta computadora? No se puede deshacer.
progress-erase-yes = Sí, borrar
progress-erase-no = No, conservar
progress-back = Volver
growth-not-yet-played = aún sin jugar
growth-just-starting = empezando
growth-growing = creciendo
growth-getting-strong = ganando fuerza
growth-shining = brillando

## La hoja de la lección para docentes.
lesson-count = { $count ->
    [one] { $count } historia
   *[other] { $count } historias
}
lesson-endings-ask = Lo que preguntan los finales
lesson-talk = Para conversar en grupo
lesson-notes = Notas

## El aula: lecciones en la pantalla grande, y grupos.
classroom-title = Aula
classroom-lessons = Lecciones
classroom-new-lesson = Nueva lección
classroom-lesson-default = Lección { $number }
classroom-name = Nombre
classroom-edit = Editar
classroom-done = Listo
classroom-delete = Borrar
classroom-start = Empezar en la pantalla grande
classroom-sheet = Hoja de la lección
classroom-pick-stories = Elige las historias en el orden en que quieras jugarlas.
classroom-in-lesson = En esta lección
classroom-classes = Grupos
classroom-new-class = Nuevo grupo
classroom-class-default = Grupo { $number }
classroom-members = ¿Quién está en este grupo?
classroom-children = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
classroom-class-report = Informe del grupo
classroom-saved = Guardado en { $path }
projector-banner = Lección en grupo: lo que elijamos no se guarda en el progreso de nadie.
projector-vote-hint = Votamos levantando la mano. Gana la opción con más manos.
projector-talk = Hablemos de esto
projector-next = Siguiente historia
projector-end = Terminar la lección
# What the story calls the whole class on the big screen (instead of a game name).
projector-nickname = clase

## El PIN de docente.
pin-title = PIN de docente
pin-explain = Con un PIN, la zona para personas adultas lo pide en lugar de una cuenta. ¿Lo olvidaste? Borra el archivo grown-ups.ron de la carpeta de datos: no se pierde ningún progreso.
pin-new = PIN nuevo (de 4 a 8 dígitos)
pin-set = Guardar PIN
pin-remove = Quitar PIN
pin-is-set = Hay un PIN activo.
pin-invalid = Un PIN tiene de 4 a 8 dígitos.
gate-pin-question = Escribe el PIN de docente.
gate-pin-wrong = Ese no es el PIN.

## La página del informe para familias y docentes (kind-quest report --format html).
report-meta = { $children ->
    [one] 1 niña o niño
   *[other] { $children } niñas y niños
} · hecho en esta computadora; no se envió nada a ninguna parte.
report-empty = No se encontró progreso guardado en estas carpetas.
report-child-meta = Historias empezadas: { $started } · terminadas: { $finished } · perfil { $id }
report-col-skill = Habilidad
report-col-growth = Avance
report-col-shown = Mostrado / posible
report-col-decisions = Decisiones
report-col-not-yet = Aún no
report-col-retries = Probó otro camino

## Ajustes, álbum de stickers, lectura en voz alta (las páginas propias de cada niña o niño)
settings-open = Ajustes
settings-title = Mis ajustes
settings-language = Idioma
settings-look = Cómo se ve
settings-text-size = Tamaño del texto
settings-size-normal = Normal
settings-size-large = Grande
settings-size-larger = Más grande
settings-font = Letras
settings-font-usual = De siempre
settings-font-dyslexic = Fáciles de distinguir
settings-contrast = Colores fuertes
settings-motion = Menos movimiento
settings-preview = Así se verán tus historias.
settings-sound-and-voice = Sonido y voz
settings-sound = Efectos de sonido
settings-volume = Volumen
settings-quieter = Más bajo
settings-louder = Más alto
settings-read-aloud = Leer todo en voz alta
settings-read-aloud-sample = ¡Hola! Puedo leerte las historias.
settings-on = Sí
settings-off = No
read-aloud-button = Leer en voz alta
read-aloud-not-built = Esta copia de Kind Quest no puede leer en voz alta. Una persona adulta puede ver por qué en la guía.
read-aloud-no-engine = Para leer en voz alta, la computadora necesita su servicio de voz. Una persona adulta puede instalarlo.
read-aloud-no-voice = Esta computadora aún no tiene una voz para este idioma. Una persona adulta puede agregar una.
stickers-open = Mis stickers
stickers-title = Mi álbum de stickers
stickers-explain = Recibes un sticker cada vez que crece una habilidad. Todas las historias ayudan, y los stickers se quedan en tu álbum.
stickers-count = { $count } de { $total } stickers
sticker-label = Sticker: { $skill }, { $level }
sticker-empty-label = Lugar vacío para un sticker "{ $level }"
ending-new-stickers = { $count ->
    [one] ¡Un sticker nuevo para tu álbum!
   *[other] ¡{ $count } stickers nuevos para tu álbum!
}
ending-no-new-sticker = Cada historia ayuda a que crezcan tus habilidades.
face-label = { $name }, con { $feeling }
profiles-face-label = Cara { $number }
