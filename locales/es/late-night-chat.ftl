late-night-chat-title = El chat de medianoche
late-night-chat-summary = El chat del grupo no para de sonar a las 10 de la noche, una amiga está mal porque nadie le contesta, y el niño o la niña tiene mucho sueño. Al día siguiente, la amiga se siente ignorada. Los niños practican desconectarse con amabilidad, ver los dos lados y hacer un plan familiar para los teléfonos por la noche, también para los adultos.

late-night-chat-aiyana = Aiyana
late-night-chat-luca = Luca
late-night-chat-papa-jun = Papá Jun

late-night-chat-hook = Son las 10 de la noche y mañana hay clase. La luz está apagada, pero tienes el teléfono en la mano.
late-night-chat-buzz = El chat del grupo vibra. Y otra vez. Y otra vez.
late-night-chat-luca-posts = ¡Este video es BUENÍSIMO! ¡Y este! ¡Y este!
late-night-chat-aiyana-posts = El peor día de mi vida. ¿Hay alguien? Necesito hablar.
late-night-chat-nobody = Aparecen tres videos más debajo de su mensaje. Nadie le contesta. Los ojos se te cierran.

late-night-chat-night-prompt = Tienes mucho sueño, { $nickname }. ¿Qué haces?
late-night-chat-keep-watching = Seguir viendo los videos de Luca. Solo unos pocos más.
late-night-chat-keep-watching-feedback = Los videos no paran, así que nunca parece buen momento para dejarlo. Y el mensaje de Aiyana se pierde.
late-night-chat-keep-watching-aiyana = Ve que estás en línea, pero no le contestas.
late-night-chat-reply-goodnight = Contestar a Aiyana: "Siento lo de tu día. Me duermo. ¿Hablamos mañana?"
late-night-chat-reply-goodnight-feedback = Cuidaste de Aiyana y de ti. Un buenas noches corto y amable le dice que alguien la escuchó.
late-night-chat-reply-goodnight-aiyana = Alguien vio su mensaje, y sabe cuándo van a hablar.
late-night-chat-silent = Poner el teléfono en silencio y dormir.
late-night-chat-silent-feedback = Dormir importa, y desconectarte estuvo bien. Pero Aiyana no sabe dónde estás. Un rápido "buenas noches, hablamos mañana" ayuda.
late-night-chat-silent-aiyana = Su mensaje sigue ahí, sin respuesta.
late-night-chat-chat-long = Seguir hablando con Aiyana hasta que se sienta mejor.
late-night-chat-chat-long-feedback = Estuviste con tu amiga. Eso es amable. Pero tu sueño también cuenta, y ya es muy tarde.
late-night-chat-chat-long-aiyana = Esta noche alguien está con ella.

late-night-chat-midnight = De pronto son las 11:45. El chat sigue vibrando. Te pican los ojos.
late-night-chat-midnight-prompt = Ya es casi medianoche, { $nickname }. ¿Y ahora?
late-night-chat-goodnight-desk = Escribir "¡Buenas noches, me desconecto!" y dejar el teléfono lejos de la cama.
late-night-chat-goodnight-desk-feedback = Un mensaje de buenas noches es amable con tus amigos. Un teléfono lejos es amable contigo.
late-night-chat-goodnight-desk-luca = Sabe que te fuiste a dormir, no que lo ignoras.
late-night-chat-one-more = Ver un video más. Total, ya no tienes sueño.
late-night-chat-one-more-feedback = "Total, ya no tengo sueño" es como las pantallas nos desvelan. Tu cuerpo necesita dormir. Mañana hay clase.
late-night-chat-one-more-papa = Es casi medianoche, y tu luz sigue encendida.
late-night-chat-give-papa = Llevarle el teléfono a Papá Jun: "¿Me lo guardas hasta mañana?"
late-night-chat-give-papa-feedback = Pedir ayuda para desconectarte es inteligente. Fuera del cuarto, fuera de tu cabeza.
late-night-chat-give-papa-papa = Pediste ayuda para desconectarte, por tu cuenta.
late-night-chat-papa-knocks = Alguien llama despacio a tu puerta. Es Papá Jun.
late-night-chat-papa-kitchen = Es casi medianoche. Esta noche tu teléfono se carga en la cocina.

late-night-chat-morning = A la mañana siguiente, entras en clase. Aiyana ya está ahí.
late-night-chat-aiyana-thanks-late = Gracias por lo de anoche. Perdón por quitarte tanto sueño. ¡Qué sueño tienes!
late-night-chat-aiyana-thanks = Gracias por tu mensaje. Al menos alguien contestó. Los demás solo seguían mandando cosas.
late-night-chat-aiyana-hurt-asleep = Nadie me contestó anoche. Ni siquiera tú.
late-night-chat-aiyana-hurt-online = Anoche estabas en línea. Vi tu nombre. ¿Por qué no me contestaste?

late-night-chat-hurt-prompt = Aiyana se sintió ignorada. ¿Qué le dices, { $nickname }?
late-night-chat-sorry-explain = "Siento que te sintieras sola. Tenía mucho sueño. ¿Qué te pasó?"
late-night-chat-sorry-explain-feedback = Contaste tu lado y te importó el suyo. Las dos cosas son ciertas: necesitabas dormir y ella, una amiga.
late-night-chat-sorry-explain-aiyana = Ahora sabe que no era por ella. Te cuenta su día.
late-night-chat-defend = "¡Era tarde! No tengo que contestar al momento."
late-night-chat-defend-feedback = Es verdad que puedes desconectarte. Pero Aiyana también necesita saber que te importa. Puedes decir las dos cosas.
late-night-chat-defend-aiyana = Oye "no es mi problema", aunque no lo dijeras así.
late-night-chat-blame-luca = "El chat estaba lleno de videos de Luca. No lo vi."
late-night-chat-blame-luca-feedback = El chat estaba lleno, es verdad. Pero Aiyana quería saber que te importa. Preguntar qué pasó ayuda.
late-night-chat-blame-luca-aiyana = Nadie le ha preguntado todavía por su mal día.

late-night-chat-lunch = En el almuerzo, Luca se sienta con una gran sonrisa.
late-night-chat-luca-asks = ¿Viste mis videos anoche? Muy graciosos, ¿no?
late-night-chat-aiyana-tells = Dije que tenía un mal día. Y todos seguían mandando videos.
late-night-chat-luca-surprised = ¿Qué? Ni lo vi. ¡Había muchísimos mensajes!

late-night-chat-sides-prompt = Los dos están molestos. ¿Qué dices, { $nickname }?
late-night-chat-both-sides = "Luca no lo vio. Pero Aiyana, es normal que te sintieras ignorada."
late-night-chat-both-sides-feedback = Viste los dos lados. Nadie quería hacer daño, y aun así dolió de verdad.
late-night-chat-both-sides-aiyana = Alguien entiende por qué le dolió.
late-night-chat-both-sides-luca = Nadie lo llama mal amigo.
late-night-chat-group-plan = "Digamos buenas noches al desconectarnos. Y si es algo serio, escribamos a un amigo."
late-night-chat-group-plan-feedback = Un plan sencillo ayuda a todo el grupo. Así saben quién está y quién duerme.
late-night-chat-group-plan-aiyana = La próxima vez sabrá quién está y quién duerme.
late-night-chat-group-plan-luca = Le gusta tener un plan. Nada de adivinar.
late-night-chat-take-side = "Luca, nunca te fijas en nadie. Solo en tus videos."
late-night-chat-take-side-feedback = Defendiste a Aiyana. Pero ahora Luca se siente atacado. No vio su mensaje.
late-night-chat-take-side-luca = Todos lo miran, y no quería hacer daño a nadie.
late-night-chat-take-side-aiyana = Quería que la escucharan, no empezar una pelea.
late-night-chat-luca-sorry = Perdón, Aiyana. De verdad no lo vi. ¿Ya estás mejor?

late-night-chat-evening = Esa noche, Papá Jun mira su teléfono en la cena. Vibra cada pocos minutos.
late-night-chat-papa-asks = ¿Qué tal tu día? Hoy hablas muy poco.
late-night-chat-family-prompt = ¿Qué le dices a Papá Jun, { $nickname }?
late-night-chat-family-spot = "¿Y si todos los teléfonos duermen en la cocina? ¿El tuyo también?"
late-night-chat-family-spot-feedback = ¡Buena idea! Los hábitos con el teléfono funcionan mejor si toda la familia los comparte, adultos también.
late-night-chat-family-spot-papa = No se había dado cuenta de cuánto mira su teléfono.
late-night-chat-tell-all = Contarle lo del chat y lo de Aiyana. Preguntarle qué haría él.
late-night-chat-tell-all-feedback = Contar toda la historia ayuda. Ahora Papá Jun puede ayudarte a hacer un plan.
late-night-chat-tell-all-papa = Confiaste en él y le contaste todo.
late-night-chat-im-fine = "Estoy bien."
late-night-chat-im-fine-feedback = Está bien no querer hablar enseguida. Pero Papá Jun puede ayudarte si le cuentas lo de anoche.
late-night-chat-im-fine-papa = Nota que algo te preocupa.
late-night-chat-papa-deal = ¡Trato hecho! A las 9:30, todos los teléfonos a cargar en la cocina. El mío también.
late-night-chat-papa-idea = ¿Sinceramente? Yo miro el mío demasiado. ¿Y si todos los teléfonos duermen en la cocina?
late-night-chat-papa-here = Está bien. Aquí estoy si quieres hablar. Quizá yo también debería guardar el teléfono.

late-night-chat-end-routine = A las 9:30, dos teléfonos se cargan juntos en la cocina. Antes, escribes: "¡Buenas noches, me desconecto!" Aiyana te manda una 🌙.
late-night-chat-end-routine-reflect = ¿Cómo puedes desconectarte por la noche y mostrar a tus amigos que te importan?
late-night-chat-end-routine-aiyana = Sabe que estás descansando, no ignorándola.
late-night-chat-end-routine-papa = Su teléfono también descansa. Las noches son más tranquilas.
late-night-chat-end-mend = Ahora los teléfonos duermen en la cocina, y tú duermes mejor. Pero Aiyana todavía está un poco callada contigo.
late-night-chat-end-mend-reflect = ¿Qué le dirías a una amiga que se sintió ignorada, aunque tuvieras un buen motivo?
late-night-chat-end-mend-aiyana = Todavía se pregunta si te importa su mal día.
late-night-chat-end-mend-papa = El plan nuevo funciona. Te ayudará con lo demás si se lo pides.
late-night-chat-end-buzz-again = A las 10, el chat vuelve a vibrar. Esta vez escribes: "¡Buenas noches, me desconecto!" Y pones el teléfono boca abajo. Quizá mañana pueda dormir fuera de tu cuarto.
late-night-chat-end-buzz-again-reflect = ¿Qué te ayudaría a desconectarte por la noche?
late-night-chat-end-buzz-again-aiyana = Sabe que te fuiste a dormir, no que te fuiste de su lado.

late-night-chat-discuss-1 = Aiyana se sintió ignorada, y Luca ni siquiera vio su mensaje. ¿Pueden tener razón los dos? ¿Cómo hace un chat lleno de mensajes que pase esto?
late-night-chat-discuss-2 = ¿Qué formas amables hay de decir a tus amigos que te desconectas? ¿Qué podrías hacer si un amigo escribe algo preocupante por la noche, y a qué adulto de casa se lo contarías?
late-night-chat-discuss-3 = ¿Tu familia tiene costumbres con el teléfono por la noche o en las comidas, también los adultos? ¿Qué propondrías, y por qué?
