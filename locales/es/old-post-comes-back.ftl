old-post-comes-back-title = Vuelve un video antiguo
old-post-comes-back-summary = Unos compañeros encuentran y comparten un video que quien juega subió a los 8 años, cantando y bailando. Los niños practican manejar la vergüenza, ser amables consigo mismos, ver quiénes son ahora, pedir que se quite una publicación, pensar en lo que publican hoy y no compartir publicaciones antiguas de otras personas.

## Characters
old-post-comes-back-ayo = Ayo
old-post-comes-back-freya = Freya
old-post-comes-back-ines = Ines
old-post-comes-back-grandma-rosa = Abuela Rosa

## Hook and turn
old-post-comes-back-hook = Es la hora de comer en la escuela. Estás con Freya cuando suenan tu teléfono y el suyo.
old-post-comes-back-ayo-posts = ¡JAJA, miren lo que encontré! ¡Nuestra estrella del pop!
old-post-comes-back-the-video = Es un video que subiste a los 8 años. Cantas con un cepillo como micrófono y bailas en pijama.
old-post-comes-back-comments = Salen comentarios: "¡qué tierno!", "¡qué vergüenza!", "¡otra vez!" En la mesa de al lado lo están viendo.
old-post-comes-back-freya-notices = ¿Estás bien? Tienes la cara muy roja.

## Decision 1
old-post-comes-back-react-prompt = Te arde la cara, { $nickname }. ¿Qué haces primero?
old-post-comes-back-comeback = Contestar: "Al menos yo no doy sueño como tú, Ayo."
old-post-comes-back-comeback-feedback = Querías que pararan las risas. Pero una respuesta cruel hiere a Ayo y alarga el chat. Responder con calma, o no responder, funciona mejor.
old-post-comes-back-comeback-ayo = Ahora lo dejan mal a él delante de todos.
old-post-comes-back-own-it = Escribir: "¡Ja, tenía 8 años! Pero sigo bailando igual de bien."
old-post-comes-back-own-it-feedback = Tomártelo con humor puede quitarle fuerza, si te sale de verdad. Pero no tienes que verle la gracia.
old-post-comes-back-own-it-ayo = No te escondiste, así que la broma pierde fuerza.
old-post-comes-back-own-it-freya = Te mantienes firme.
old-post-comes-back-breathe = Guardar el teléfono y respirar despacio con Freya.
old-post-comes-back-breathe-feedback = Parar antes de responder es una decisión fuerte. Los sentimientos grandes se achican un poco al respirar.
old-post-comes-back-breathe-freya = Está ahí, a tu lado.
old-post-comes-back-deny = Escribir: "No soy yo. Es falso."
old-post-comes-back-deny-feedback = Esconderte parecía más seguro. Pero te hace sentir que debes ocultar quién fuiste. Tener 8 años no es nada de qué avergonzarse.
old-post-comes-back-deny-freya = Sabe que eres tú, y no entiende por qué te escondes.

old-post-comes-back-self-talk = Toda la tarde, el video se repite en tu cabeza. Una voz dentro dice: "Ahora todos creen que eres un bicho raro."

## Decision 2
old-post-comes-back-self-prompt = ¿Qué te dices por dentro?
old-post-comes-back-harsh = "Tienen razón. Doy mucha vergüenza. Quisiera esconderme para siempre."
old-post-comes-back-harsh-feedback = Mucha gente se siente así cuando se ríen de ella. Pero nunca le hablarías así a un amigo. Intenta ser ese amigo para ti.
old-post-comes-back-harsh-freya = Ve que te estás tratando muy mal.
old-post-comes-back-kind = "Tenía 8 años y me divertía. Está bien. Sigo siendo yo, pero más grande."
old-post-comes-back-kind-feedback = Eso es ser amable contigo. Todos crecemos y cambiamos. Tu yo pequeño solo se estaba divirtiendo.
old-post-comes-back-kind-freya = Te hablas como lo haría un amigo.
old-post-comes-back-talk = Contarle a Freya cómo te sientes.
old-post-comes-back-talk-feedback = Compartir un sentimiento grande con una amiga lo hace más ligero. No tienes que cargarlo en soledad.
old-post-comes-back-talk-freya = Le confiaste algo importante.

old-post-comes-back-freya-shares = Te entiendo. Hay un video mío cantando con mis antiguos brackets. Mi papá lo quitó cuando se lo pedí.

## At home
old-post-comes-back-home = En casa, se lo enseñas a la Abuela Rosa. Ella te ayudó a subir el video hace años.
old-post-comes-back-rosa-asks = Ay, cariño. Estabas tan feliz ese día. Pero el video es tuyo. ¿Qué quieres hacer ahora?

## Decision 3
old-post-comes-back-video-prompt = El video sigue en tu cuenta antigua. ¿Qué decides, { $nickname }?
old-post-comes-back-take-down = Pedirle a la Abuela Rosa que te ayude a borrarlo. Y pedirle a Ayo que borre su copia.
old-post-comes-back-take-down-feedback = Es tu video, así que tú decides. Si lo quitas, nadie nuevo lo encontrará.
old-post-comes-back-take-down-rosa = Estás cuidando tu propia historia.
old-post-comes-back-keep = Dejarlo. Tu yo pequeño fue valiente, y eso te gusta.
old-post-comes-back-keep-feedback = Es tu decisión. Solo recuerda que lo pueden seguir encontrando y compartiendo.
old-post-comes-back-keep-rosa = Todavía quieres a tu yo pequeño, igual que ella.
old-post-comes-back-ignore = No hacer nada y esperar que todos lo olviden.
old-post-comes-back-ignore-feedback = Es normal querer que desaparezca. Pero las publicaciones antiguas pueden volver. Todavía puedes decidir quitarlo.
old-post-comes-back-ignore-rosa = Sabe que los videos viejos pueden volver.

old-post-comes-back-rosa-today = Un truco para lo que publiques hoy. Pregúntate: "¿Me parecería bien esto dentro de cinco años?"

## The next day
old-post-comes-back-ayo-sorry = Oye, lo borré del chat. La verdad, me pareció tierno, no vergonzoso. Perdón.
old-post-comes-back-ayo-cross = Me llamaste aburrido delante de todos. Así que el video se queda.
old-post-comes-back-video-still-around = Al día siguiente, el video sigue en el chat de la clase. Algunos tararean tu canción en el pasillo.

old-post-comes-back-ines-photo = Esa noche, miras una página antigua de la escuela. Encuentras una foto de Ines a los 7 años, con un lazo gigante y una sonrisa sin un diente.
old-post-comes-back-temptation = Se te ocurre algo: si la subes, quizá dejen de hablar de tu video.

## Decision 4
old-post-comes-back-ines-prompt = ¿Qué haces con la foto antigua de Ines?
old-post-comes-back-post-ines = Subirla al chat de la clase. Ahora le toca a otra persona.
old-post-comes-back-post-ines-feedback = Es tentador pasarle el foco a otro. Pero ahora Ines siente lo que sentiste tú. Borrarla rápido todavía ayuda.
old-post-comes-back-post-ines-ines = Su foto antigua está en el chat, y ella no lo eligió.
old-post-comes-back-scroll-past = Pasar de largo. Es la foto de Ines, no tuya para compartir.
old-post-comes-back-scroll-past-feedback = Convertiste tu día difícil en amabilidad para otra persona. Eso es empatía de verdad.
old-post-comes-back-scroll-past-ines = Su foto antigua se queda donde estaba.
old-post-comes-back-tell-ines = Contarle a Ines mañana que la foto está ahí, para que ella decida.
old-post-comes-back-tell-ines-feedback = Le diste a Ines la decisión. Es su foto y su historia.
old-post-comes-back-tell-ines-ines = Puede decidir antes de que alguien más la vea.

## Endings
old-post-comes-back-end-you-now = El video antiguo ya no está en tu cuenta ni en el chat. Sigues cantando, pero ya no con un cepillo. En el recreo, te sientas con Freya y con Ines.
old-post-comes-back-end-you-now-reflect = ¿Qué te gustaría recordar de tu yo más pequeño?
old-post-comes-back-end-you-now-freya = Fuiste amable contigo, y también con Ines.
old-post-comes-back-end-you-now-ines = Su foto antigua está a salvo, y tiene amigos en su mesa.
old-post-comes-back-end-still-online = El video sigue en internet, y a veces alguien tararea tu canción. Pero sabes quién eres ahora. La Abuela Rosa te ayudará si cambias de idea.
old-post-comes-back-end-still-online-reflect = ¿Qué puedes hacer si vuelve una publicación antigua tuya?
old-post-comes-back-end-still-online-freya = Sigue ahí, a tu lado.
old-post-comes-back-end-still-online-rosa = Confía en que tú decidas, y está lista para ayudar.
old-post-comes-back-end-two-sides = Ines se queda callada al ver su foto. Recuerdas tu propia cara ardiendo. La borras y le pides perdón, y la Abuela Rosa te ayuda a pensarlo bien.
old-post-comes-back-end-two-sides-reflect = ¿Qué cambia si la publicación antigua es de otra persona y no tuya?
old-post-comes-back-end-two-sides-ines = Mucha gente vio su foto antes de que la borraran.
old-post-comes-back-end-two-sides-rosa = Todos cometemos errores. Te está ayudando a arreglar este.

## For teachers
old-post-comes-back-discuss-1 = ¿Por qué un video que parecía bien a los 8 años puede sentirse distinto a los 11? ¿Qué sigue igual en quiénes somos, y qué cambia?
old-post-comes-back-discuss-2 = A Ayo el video le pareció tierno, no vergonzoso. ¿Cómo puede la misma publicación sentirse distinta para quien sale en ella? ¿Qué podría haber preguntado Ayo antes?
old-post-comes-back-discuss-3 = ¿Qué podrías preguntarte antes de publicar algo hoy? ¿Quién podría ayudarte a quitar una publicación antigua que ya no quieres en internet?
