hotel-game-lobby-title = Una partida en el hotel
hotel-game-lobby-summary = En un juego del club infantil de un hotel, un desconocido pide el número de habitación y una foto, una nueva amiga se siente excluida y una foto muestra el hotel.

## Characters
hotel-game-lobby-nia = Nia
hotel-game-lobby-diego = Diego
hotel-game-lobby-mum = Mamá
hotel-game-lobby-starracer = StarRacer

## Hook
hotel-game-lobby-hook = ¡Vacaciones! En el club infantil del hotel, te toca usar la tableta.
hotel-game-lobby-hook-nia = Nia, una niña que conociste ayer en la piscina, está sentada cerca.
hotel-game-lobby-lobby = Entras a un juego de carreras. La sala está llena de jugadores que no conoces.

## The room number
hotel-game-lobby-starracer-hello = ¡Hola! ¡Qué bien corres! Tengo 10 años y también estoy de vacaciones. ¿En qué hotel estás?
hotel-game-lobby-starracer-room = ¿Cuál es tu número de habitación? ¡A lo mejor estamos en el mismo hotel!
hotel-game-lobby-choice-room = ¿Qué haces, { $nickname }?
hotel-game-lobby-room-tell = Escribir el nombre del hotel y tu número de habitación.
hotel-game-lobby-room-tell-feedback = StarRacer parecía simpático, así que contestar parecía normal. Pero el número de habitación le dice a un desconocido dónde encontrarte. Una persona adulta puede ayudarte con eso.
hotel-game-lobby-room-tell-mum = Mamá se preocuparía, y se alegraría de que se lo contaras.
hotel-game-lobby-room-tell-starracer = StarRacer parece contento. Pero no puedes ver quién escribe de verdad.
hotel-game-lobby-room-private = Escribir: "Eso no lo comparto. ¡Vamos a correr!"
hotel-game-lobby-room-private-feedback = No dijiste dónde estás y seguiste siendo amable. ¡Es un gran hábito en internet!
hotel-game-lobby-room-private-starracer = StarRacer no recibió respuesta. Un compañero de juego de verdad simplemente seguiría jugando.
hotel-game-lobby-room-diego = Mostrarle el mensaje a Diego, el encargado del club infantil.
hotel-game-lobby-room-diego-feedback = Preguntar a un adulto por algo raro es listo y valiente. No tienes que resolverlo a solas.
hotel-game-lobby-room-diego-diego = Diego se alegra de que acudieras a él. Ayudar a los niños es su trabajo.
hotel-game-lobby-room-diego-mum = Mamá se alegrará de que hablaras.

## The photo
hotel-game-lobby-photo-ask = Oye, mándame una foto tuya. ¡Solo para comprobar que eres de mi edad!
hotel-game-lobby-photo-feel = Sientes un cosquilleo en el estómago. Qué cosa tan extraña de pedir.
hotel-game-lobby-choice-photo = ¿Y ahora qué haces?
hotel-game-lobby-photo-send = Sacarte una selfi rápida y mandarla.
hotel-game-lobby-photo-send-feedback = Querer ser amable está bien. Pero en internet cualquiera puede decir que es un niño. Un adulto puede ayudarte ahora, y no estás en problemas.
hotel-game-lobby-photo-send-mum = Mamá querría saberlo enseguida para poder ayudarte.
hotel-game-lobby-photo-send-diego = Diego no te va a regañar. Él ayuda a los niños con cosas así.
hotel-game-lobby-photo-no = Escribir: "Nada de fotos. ¡Adiós!" y salir de la sala.
hotel-game-lobby-photo-no-feedback = Dijiste que no y te fuiste. Tu foto es tuya. Aun así, a un adulto le gustaría saberlo.
hotel-game-lobby-photo-no-starracer = StarRacer no recibió ninguna foto. Los compañeros de juego de verdad no piden pruebas.
hotel-game-lobby-photo-diego = Ir a mostrarle el mensaje a Diego.
hotel-game-lobby-photo-diego-feedback = Esa es la opción valiente. Cuando algo en internet te parece raro, cuéntaselo a un adulto de confianza.
hotel-game-lobby-photo-diego-diego = Diego está orgulloso de ti. Contarlo no siempre es fácil.
hotel-game-lobby-tell-after = La sensación rara no se va. Así que le muestras el chat a Diego. ¡Qué valiente!

## Diego helps
hotel-game-lobby-diego-thanks = Gracias por mostrármelo, { $nickname }. Hiciste muy bien.
hotel-game-lobby-diego-no-blame = Hay jugadores que parecen muy amables y engañan. No estás en problemas, para nada.
hotel-game-lobby-diego-block = Vamos a bloquear a StarRacer y a reportar el chat juntos.
hotel-game-lobby-diego-maybe = En internet, cualquiera puede decir que tiene 10 años. No sabemos quién es StarRacer en realidad.
hotel-game-lobby-diego-mum = Se lo contaré también a tu mamá. ¡Y ahora, a seguir jugando!

## Nia
hotel-game-lobby-nia-watch = Nia mira tu pantalla en silencio. Es nueva aquí y todavía no ha jugado.
hotel-game-lobby-nia-asks = ¿Es divertido? Todavía no conozco a nadie aquí.
hotel-game-lobby-choice-nia = ¿Qué le contestas a Nia?
hotel-game-lobby-nia-ignore = Decir "¡Sí, está genial!" y seguir jugando.
hotel-game-lobby-nia-ignore-feedback = Es tu turno, así que parece justo. Pero Nia en realidad quería jugar. Un simple "¿Quieres probar?" podría alegrarle el día.
hotel-game-lobby-nia-ignore-nia = Nia se siente excluida. Es nueva y está sola.
hotel-game-lobby-nia-show = Girar la tableta para que te vea jugar.
hotel-game-lobby-nia-show-feedback = Dejar que mire es amable. Quizá también le encantaría jugar. Podrías preguntarle.
hotel-game-lobby-nia-show-nia = A Nia le gusta estar contigo, pero todavía quiere su turno.
hotel-game-lobby-nia-invite = Decir: "¿Echamos una carrera? ¡Podemos turnarnos!"
hotel-game-lobby-nia-invite-feedback = Notaste que Nia se sentía excluida e hiciste algo al respecto. ¡Eso es empatía en acción!
hotel-game-lobby-nia-invite-nia = Nia se siente bienvenida. Alguien se fijó en ella.
hotel-game-lobby-nia-invite-diego = Diego sonríe. Para eso es el club infantil.
hotel-game-lobby-nia-plays = ¡Quedé penúltima! Eso también cuenta, ¿no?

## The holiday photo
hotel-game-lobby-pool-photo-nia = Más tarde, tú y Nia se toman una foto divertida en la piscina.
hotel-game-lobby-pool-photo = Más tarde, te tomas una foto genial en la piscina.
hotel-game-lobby-hotel-sign = Detrás de ti, el gran letrero del hotel muestra su nombre.
hotel-game-lobby-post-want = Quieres publicarla ya mismo, para que la vean tus amigos de casa.
hotel-game-lobby-choice-post = ¿Qué haces con la foto?
hotel-game-lobby-post-now = Publicarla ya. ¡Es una foto buenísima!
hotel-game-lobby-post-now-feedback = Compartir un momento feliz es genial. Pero el letrero le muestra a todos dónde estás ahora mismo. Puedes quitarla y publicarla en casa.
hotel-game-lobby-post-now-mum = A Mamá le preocuparía que gente que no conoce sepa dónde estás.
hotel-game-lobby-post-home = Guardarla y publicarla cuando estés en casa.
hotel-game-lobby-post-home-feedback = ¡Bien pensado! En casa, la foto muestra un buen recuerdo, no dónde estás hoy.
hotel-game-lobby-post-home-mum = Mamá estaría orgullosa de que pensaras antes de publicar.
hotel-game-lobby-post-ask-mum = Mostrársela primero a Mamá y preguntarle qué opina.
hotel-game-lobby-post-ask-mum-feedback = Preguntar primero es un gran hábito. Mamá puede notar cosas que se te pasaron, como ese letrero.
hotel-game-lobby-post-ask-mum-mum = Mamá se alegra de que le preguntaras. A ella también le encanta la foto.
hotel-game-lobby-post-nia = Preguntarle a Nia si está de acuerdo en salir.
hotel-game-lobby-post-nia-feedback = Nia sale en la foto, así que también es su decisión. Preguntar primero muestra que te importa.
hotel-game-lobby-post-nia-nia = Nia se siente respetada. Le preguntaste antes de compartir su cara.
hotel-game-lobby-mum-photo-tip = ¡Me encanta! Publiquémosla en casa, así no muestra dónde estamos ahora.
hotel-game-lobby-nia-later = ¡Sí! Pero esperemos a estar en casa. Así no se ve dónde estamos.

## Evening with Mum
hotel-game-lobby-evening = Esa noche, tú y Mamá se sientan en el balcón del hotel.
hotel-game-lobby-mum-proud = Diego me contó lo de StarRacer. Contárselo fue muy valiente.
hotel-game-lobby-mum-asks = Y bien, ¿qué tal el club infantil hoy?
hotel-game-lobby-choice-tell-mum = ¿Qué le cuentas a Mamá?
hotel-game-lobby-tell-all = Contarle todo sobre StarRacer.
hotel-game-lobby-tell-all-feedback = Eso requiere valor. Ahora Mamá puede ayudar, y ya no cargas con esto a solas.
hotel-game-lobby-tell-all-mum = Mamá se siente orgullosa y feliz de que confíes en ella.
hotel-game-lobby-tell-pool = Hablar solo de la piscina y el tobogán gigante.
hotel-game-lobby-tell-pool-feedback = ¡Es divertido hablar de la piscina! Pero Mamá solo puede ayudar con lo que sabe. Nunca es tarde para contárselo.
hotel-game-lobby-tell-pool-mum = A Mamá le gusta tu historia, pero no sabe lo del juego.
hotel-game-lobby-mum-gentle = Hoy hablas poco. Sabes que me puedes contar lo que sea.
hotel-game-lobby-you-tell = Así que le cuentas lo de StarRacer. Te quitas un peso de encima.
hotel-game-lobby-mum-thanks = Gracias por contármelo. No estás en problemas. Vamos a reportar a ese jugador juntos.
hotel-game-lobby-mum-sees-post = ¡Tu foto de la piscina es preciosa! Pero el letrero muestra dónde nos alojamos.
hotel-game-lobby-take-down = Entre tú y Mamá la quitan por ahora. La volverás a publicar en casa.

## Endings
hotel-game-lobby-end-friends = A la mañana siguiente, tú y Nia corren en equipo. Diego los anima. El juego es divertido y seguro.
hotel-game-lobby-end-friends-reflect = ¿Qué podrías decir si un jugador amable te pregunta dónde estás?
hotel-game-lobby-end-friends-nia = Nia está feliz. Ya tiene con quién jugar en las vacaciones.
hotel-game-lobby-end-friends-mum = Mamá está orgullosa de cómo te cuidaste a ti y a Nia.
hotel-game-lobby-end-wave = En el desayuno, Nia te saluda. Diego dice que a ella le encantaría jugar hoy.
hotel-game-lobby-end-wave-reflect = ¿Cómo podrías ayudar a alguien nuevo a unirse a un juego?
hotel-game-lobby-end-wave-nia = Nia todavía se siente un poco excluida, pero espera jugar hoy.
hotel-game-lobby-end-wave-mum = Mamá se alegra de saber lo del juego. Siempre puedes contar con ella.

## For teachers
hotel-game-lobby-discuss-1 = En internet, ¿cómo sabes si alguien es de verdad un niño? ¿Qué puedes hacer si tienes dudas?
hotel-game-lobby-discuss-2 = ¿Qué cosas de una foto pueden mostrar dónde estás? ¿Cuándo es mejor esperar para publicar?
hotel-game-lobby-discuss-3 = ¿A qué adultos de confianza se lo podrías contar en casa, en la escuela o de vacaciones?
