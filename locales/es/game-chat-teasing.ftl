game-chat-teasing-title = Una jugadora nueva
game-chat-teasing-summary = En un juego de construir con bloques, una jugadora nueva va lenta y alguien escribe "novata, eres mala, vete" mientras otros se ríen en el chat. Los niños practican fijarse en los demás, defender sin ser crueles, ayudar, denunciar y bloquear, y contárselo a un adulto en casa.

## Characters
game-chat-teasing-ines = Ines
game-chat-teasing-wei = Wei
game-chat-teasing-ayo = Ayo
game-chat-teasing-mama = Mamá

## Hook and turn
game-chat-teasing-hook = Es sábado. Juegas a un juego de bloques en la tableta. Mamá lee cerca.
game-chat-teasing-friends = Tus amigos Wei y Ayo están en tu juego. Construyes una torre alta.
game-chat-teasing-ines-joins = ¡Hola! Soy Ines. Soy nueva. ¿Puedo construir también?
game-chat-teasing-ines-slow = Ines hace una casita. Va lenta. Se le cae el techo.
game-chat-teasing-wei-teases = novata, eres mala, vete
game-chat-teasing-ayo-laughs = ja ja ja
game-chat-teasing-more-laughs = Salen más risas en el chat.

## Decision 1
game-chat-teasing-chat-prompt = ¿Qué haces, { $nickname }?
game-chat-teasing-join = Poner "ja ja" también.
game-chat-teasing-join-feedback = Sumarte fue fácil. Pero Ines ve una risa más. Unas palabras amables pueden ayudar.
game-chat-teasing-join-ines = Una persona más se rio de su casa.
game-chat-teasing-join-wei = Cree que a todos les gusta su broma.
game-chat-teasing-quiet = No decir nada. Seguir con tu torre.
game-chat-teasing-quiet-feedback = Callar parece seguro. Pero nadie defendió a Ines. Todavía puedes ayudarla.
game-chat-teasing-quiet-ines = Muchas risas, y nadie dice basta.
game-chat-teasing-kind = Escribir: "Basta. Todos somos nuevos al principio."
game-chat-teasing-kind-feedback = Defendiste a Ines sin ser cruel. Eso fue valiente.
game-chat-teasing-kind-ines = Alguien en el chat está de su lado.
game-chat-teasing-kind-wei = No pensó que alguien diría basta.

game-chat-teasing-ines-thanks = Gracias. Todavía estoy aprendiendo.
game-chat-teasing-ines-sees-you = Ines también ve tu "ja ja".
game-chat-teasing-ines-stops = Luego Ines deja de construir. Su personaje se queda quieto.

## Decision 2
game-chat-teasing-notice-prompt = Ines ya no construye. ¿Qué haces?
game-chat-teasing-help = Ir con Ines. Preguntar: "¿Te ayudo con tu casa?"
game-chat-teasing-help-feedback = Viste que Ines se detuvo. Y fuiste a ayudar. Eso es cuidar.
game-chat-teasing-help-ines = Ahora tiene con quién construir.
game-chat-teasing-kind-words = Escribirle a Ines: "¡Me gusta tu casita!"
game-chat-teasing-kind-words-feedback = Las palabras amables ayudan mucho. Ines las lee dos veces.
game-chat-teasing-kind-words-ines = A alguien le gustó lo que hizo.
game-chat-teasing-keep-building = Seguir construyendo. ¡Tu torre ya casi está!
game-chat-teasing-keep-building-feedback = Tu torre es divertida. Pero Ines sigue sola. Puedes ir con ella ahora.
game-chat-teasing-keep-building-ines = Todos están ocupados, y nadie va con ella.

game-chat-teasing-wei-again = jaja Ines es muy lenta. ¡Vete, novata!
game-chat-teasing-ayo-again = Ayo manda más risas.

## Decision 3
game-chat-teasing-stop-prompt = Siguen las palabras feas. ¿Y ahora, { $nickname }?
game-chat-teasing-report = Tocar Denunciar y Bloquear en las palabras feas.
game-chat-teasing-report-feedback = Bien pensado. Denunciar avisa a los ayudantes del juego. Bloquear quita las palabras feas de tu pantalla.
game-chat-teasing-report-ines = Alguien está haciendo algo para ayudarla.
game-chat-teasing-mean-back = Escribir: "¡El novato eres TÚ, Wei!"
game-chat-teasing-mean-back-feedback = Querías ayudar a Ines. Pero devolver palabras feas duele más. Puedes ser firme y amable.
game-chat-teasing-mean-back-wei = Ahora alguien lo insulta a él.
game-chat-teasing-mean-back-ines = Ahora el chat es una pelea por ella.
game-chat-teasing-tell = Parar el juego. Ir a contárselo a Mamá.
game-chat-teasing-tell-feedback = Contarle a un adulto es ser fuerte. Es pedir ayuda, no acusar.
game-chat-teasing-tell-mama = Fuiste a ella con un problema grande.

game-chat-teasing-report-sent = Sale un aviso: "Gracias. Un ayudante lo va a revisar."
game-chat-teasing-mama-notices = Dejas la tableta. Mamá levanta la vista.
game-chat-teasing-mama-asks = Te veo mal. ¿Qué pasa en tu juego?

## Decision 4
game-chat-teasing-mama-prompt = ¿Qué le dices a Mamá?
game-chat-teasing-show = Enseñarle el chat a Mamá. Contarle qué pasó.
game-chat-teasing-show-feedback = Hablar claro con un adulto es valiente. Ahora Mamá puede ayudar.
game-chat-teasing-show-mama = Ahora lo sabe, y puede ayudar.
game-chat-teasing-fine = Decir: "Nada. Estoy bien."
game-chat-teasing-fine-feedback = Hablar puede costar. Pero una preocupación pesa menos si la cuentas. Puedes contárselo a Mamá cuando quieras.
game-chat-teasing-fine-mama = Nota que algo pasa.

## A grown-up helps
game-chat-teasing-mama-listens = Gracias por contármelo. Vamos a ayudar a Ines juntos.
game-chat-teasing-mama-mean-back = Devolver palabras feas lo agranda. También podemos pedir perdón.
game-chat-teasing-mama-helps = Mamá te ayuda a denunciar el chat. Luego llama al papá de Wei.
game-chat-teasing-you-say-sorry = Le pides perdón a Ines por tu "ja ja". Ella asiente.
game-chat-teasing-mama-waits = Está bien. Aquí estoy cuando quieras hablar.

## Endings
game-chat-teasing-end-build-together = Al día siguiente, Wei le pide perdón a Ines. Ayo dice: "Solo me reí porque Wei se reía." Ahora construyes un castillo con todos.
game-chat-teasing-end-build-together-reflect = ¿Cómo puedes ayudar si un chat de juego se pone feo?
game-chat-teasing-end-build-together-ines = Su casita ahora es parte del castillo.
game-chat-teasing-end-build-together-wei = Pidió perdón, e Ines lo aceptó.
game-chat-teasing-end-grown-up-helps = Wei le pide perdón a Ines. Ines vuelve a jugar. Todavía está un poco tímida. Pero sabe que a otros les importa.
game-chat-teasing-end-grown-up-helps-reflect = ¿Cómo puedes ayudar a alguien nuevo a sentirse bienvenido?
game-chat-teasing-end-grown-up-helps-ines = Un adulto ayudó, y las palabras feas pararon.
game-chat-teasing-end-ines-left = Ines sale del juego. Hoy no vuelve. Mamá sigue cerca. Puedes contárselo cuando quieras.
game-chat-teasing-end-ines-left-reflect = ¿A qué adulto le contarías lo de un chat de juego feo?
game-chat-teasing-end-ines-left-ines = Su primer juego terminó con palabras feas.
game-chat-teasing-end-ines-left-mama = Está lista para escucharte cuando quieras.

## For teachers
game-chat-teasing-discuss-1 = Wei le dijo "novata" a Ines porque era nueva y lenta. ¿Por qué algunos se burlan de quien es nuevo en un juego? ¿Cómo se siente ser nuevo en algo?
game-chat-teasing-discuss-2 = Ayo se rio porque Wei se reía. ¿Por qué cuesta no sumarse cuando un grupo se ríe? ¿Qué podría haber hecho Ayo?
game-chat-teasing-discuss-3 = ¿Qué hacen los botones Denunciar y Bloquear en los juegos que conocen? ¿A qué adultos de casa o de la escuela les podrían enseñar un chat feo?
