left-out-of-the-chat-title = Fuera del chat
left-out-of-the-chat-summary = La clase hace un chat para planear un pícnic, y alguien dice "no agreguemos a Priya". Los niños practican fijarse en los demás, incluir, pensar con su propia cabeza y pedir ayuda a un adulto.

left-out-of-the-chat-priya = Priya
left-out-of-the-chat-tomas = Tomás
left-out-of-the-chat-lena = Lena
left-out-of-the-chat-ms-okafor = Maestra Okafor
left-out-of-the-chat-dad = Papá

left-out-of-the-chat-hook = Después de clase, usas la tableta de la familia. Papá cocina cerca.
left-out-of-the-chat-chat-made = ¡Hice un chat para la clase! ¡Vamos a planear el pícnic!
left-out-of-the-chat-not-added = Muchos niños entran al chat. Pero Priya no.
left-out-of-the-chat-lena-says = No agreguemos a Priya, ¿sí?

left-out-of-the-chat-chat-prompt = ¿Qué haces, { $nickname }?
left-out-of-the-chat-go-along = Escribir: "¡Está bien!"
left-out-of-the-chat-go-along-feedback = Seguir al grupo es fácil. Pero dejar a alguien fuera duele. Todavía puedes ayudar a Priya.
left-out-of-the-chat-go-along-priya = Priya no sabrá nada del pícnic.
left-out-of-the-chat-go-along-lena = Lena cree que todos están de acuerdo con ella.
left-out-of-the-chat-speak-up = Escribir: "Todos deben estar en el chat."
left-out-of-the-chat-speak-up-feedback = Pensaste con tu propia cabeza. ¡Qué valiente! Ahora los demás también lo piensan.
left-out-of-the-chat-speak-up-tomas = Tomás se olvidó de Priya. Ahora piensa en ella.
left-out-of-the-chat-speak-up-lena = Lena no lo esperaba. Se queda pensando.
left-out-of-the-chat-say-nothing = No decir nada. Jugar a otra cosa.
left-out-of-the-chat-say-nothing-feedback = No decir nada es fácil. Pero nadie defendió a Priya. Mañana todavía puedes ayudar.
left-out-of-the-chat-say-nothing-priya = Priya sigue fuera del chat.

left-out-of-the-chat-next-day = Al día siguiente, vas a la escuela.
left-out-of-the-chat-priya-alone = En el recreo, Priya está sola. Se mira los zapatos.
left-out-of-the-chat-lena-giggles = ¡Ja, ja! ¡Priya no sabe nada de nuestro pícnic!

left-out-of-the-chat-notice-prompt = ¿Qué haces, { $nickname }?
left-out-of-the-chat-ask = Ir con Priya y preguntarle: "¿Estás bien?"
left-out-of-the-chat-ask-feedback = Viste la cara triste de Priya. Y le preguntaste. Eso es cuidar a alguien.
left-out-of-the-chat-ask-priya = Priya se siente un poco mejor. Alguien se fijó en ella.
left-out-of-the-chat-play = Correr a jugar con los demás.
left-out-of-the-chat-play-feedback = Jugar es divertido. Pero Priya sigue sola. Todavía puedes ir con ella.
left-out-of-the-chat-play-priya = Priya mira a todos jugar sin ella.
left-out-of-the-chat-laugh = Reírse con Lena.
left-out-of-the-chat-laugh-feedback = Reír con el grupo te hace sentir parte. Pero Priya lo escuchó. Pedir perdón puede ayudar.
left-out-of-the-chat-laugh-priya = Priya escuchó la risa. Le dolió.
left-out-of-the-chat-laugh-lena = Lena cree que está bien, porque tú también te reíste.

left-out-of-the-chat-priya-tells = Nadie me agregó al chat. Me dejaron fuera.
left-out-of-the-chat-tomas-sees = Priya parece muy triste. ¿Será por nuestro chat?

left-out-of-the-chat-help-prompt = ¿Qué puedes hacer ahora, { $nickname }?
left-out-of-the-chat-add = Preguntarle a Tomás: "¿Agregamos a Priya?"
left-out-of-the-chat-add-feedback = Quieres que Priya también esté. Así los amigos hacen lugar para todos.
left-out-of-the-chat-add-tomas = Tomás está de acuerdo. El chat es para toda la clase.
left-out-of-the-chat-add-priya = Priya te escucha. Empieza a sonreír.
left-out-of-the-chat-tell-teacher = Contarle a la maestra Okafor lo del chat.
left-out-of-the-chat-tell-teacher-feedback = Contar no es meter a alguien en problemas. Es pedir ayuda. Eso es valiente.
left-out-of-the-chat-tell-teacher-priya = Priya se siente más segura. Un adulto la va a ayudar.
left-out-of-the-chat-tell-teacher-ms-okafor = La maestra Okafor está orgullosa de que se lo contaras.
left-out-of-the-chat-do-nothing = No hacer nada. No es tu chat.
left-out-of-the-chat-do-nothing-feedback = Puede parecer que no te toca a ti. Pero Priya sigue sola. Un adulto podría ayudar.
left-out-of-the-chat-do-nothing-priya = Priya todavía se siente fuera del grupo.

left-out-of-the-chat-tomas-remembers = Tú lo dijiste en el chat. ¡Tenías razón! Voy a agregarla.
left-out-of-the-chat-tomas-agrees = ¡Sí! Esta noche la agrego.
left-out-of-the-chat-lena-reason = Pero Priya no me eligió para su equipo.

left-out-of-the-chat-lena-prompt = ¿Qué le dices a Lena, { $nickname }?
left-out-of-the-chat-understand = "Eso te dolió. Pero dejar fuera a Priya también duele."
left-out-of-the-chat-understand-feedback = Pensaste en lo que siente Lena, y también Priya. Eso ayuda a todos.
left-out-of-the-chat-understand-lena = Lena se siente escuchada. Ahora piensa en Priya.
left-out-of-the-chat-tell-priya = "Puedes decirle a Priya cómo te sentiste."
left-out-of-the-chat-tell-priya-feedback = Hablar puede arreglar las cosas. Dejar a alguien fuera, no.
left-out-of-the-chat-tell-priya-lena = Lena está un poco nerviosa. Pero quiere intentarlo.
left-out-of-the-chat-mean-back = "¡Eres muy mala, Lena!"
left-out-of-the-chat-mean-back-feedback = Defendiste a Priya. Pero ahora Lena también está dolida. Puedes ser firme y amable.
left-out-of-the-chat-mean-back-lena = Lena se siente herida. Se va.

left-out-of-the-chat-make-up = Veo sentimientos heridos. Hablemos y arreglemos esto.
left-out-of-the-chat-lena-sorry = Perdón, Priya. Estaba molesta. Puedes estar en el chat.
left-out-of-the-chat-priya-added = Esa noche, Priya entra al chat. ¡Todos la saludan!
left-out-of-the-chat-end-picnic = En el pícnic, Priya juega con todos. ¡Qué día tan divertido!
left-out-of-the-chat-end-picnic-reflect = ¿Cómo puedes ayudar si alguien se queda fuera?
left-out-of-the-chat-end-picnic-priya = Priya se siente parte de la clase otra vez.

left-out-of-the-chat-home-dad = En casa, casi no hablas.
left-out-of-the-chat-dad-asks = ¿Te preocupa algo? ¿Quieres hablar?
left-out-of-the-chat-dad-prompt = ¿Qué le dices, { $nickname }?
left-out-of-the-chat-tell-dad = Contarle a Papá lo de Priya y el chat.
left-out-of-the-chat-tell-dad-feedback = Contarle a un adulto es de valientes. Ahora Papá puede ayudar.
left-out-of-the-chat-tell-dad-dad = Papá se alegra de que se lo contaras.
left-out-of-the-chat-im-fine = Decir: "Nada. Estoy bien."
left-out-of-the-chat-im-fine-feedback = Hablar puede costar. Pero contar una preocupación la hace más ligera. Puedes contarle a Papá cuando quieras.
left-out-of-the-chat-im-fine-dad = Papá nota que algo pasa. Quiere ayudar.
left-out-of-the-chat-dad-helps = Me alegra que me lo contaras. Mañana se lo decimos a la maestra Okafor.
left-out-of-the-chat-dad-waits = Está bien. Aquí estoy cuando quieras hablar.
left-out-of-the-chat-teacher-sees = Al día siguiente, la maestra Okafor ve a Priya sola.
left-out-of-the-chat-teacher-asks = Priya, te veo triste. Ven a hablar conmigo.

left-out-of-the-chat-teacher-listens = Gracias por contármelo. Fue muy valiente.
left-out-of-the-chat-teacher-talks = Clase, hablemos de nuestro chat.
left-out-of-the-chat-class-rule = La clase hace una regla: todos están en el chat de la clase.
left-out-of-the-chat-end-rule = Ahora Priya está en el chat. Va al pícnic. Todavía está un poco triste. Pero sabe que no está sola.
left-out-of-the-chat-end-rule-reflect = ¿A qué adulto le puedes contar si alguien se queda fuera?
left-out-of-the-chat-end-rule-priya = Priya se siente más segura. Amigos y adultos la ayudaron.
left-out-of-the-chat-end-teacher-noticed = La maestra Okafor ayudó a Priya. Ahora Priya está en el chat. La próxima vez, tú también puedes ayudar.
left-out-of-the-chat-end-teacher-noticed-reflect = ¿Qué puedes hacer si alguien se queda fuera?
left-out-of-the-chat-end-teacher-noticed-priya = Priya se siente mejor. Un adulto vio que estaba triste.

left-out-of-the-chat-discuss-1 = Priya no podía ver el chat, pero igual se sintió fuera. ¿Qué señales mostraban que estaba triste? ¿Cómo podemos darnos cuenta cuando alguien se queda fuera?
left-out-of-the-chat-discuss-2 = Lena estaba molesta porque Priya no la eligió para un equipo. ¿Cómo podría Lena decir lo que sentía sin dejar fuera a Priya?
left-out-of-the-chat-discuss-3 = ¿Alguna vez alguien se quedó fuera de un juego o de un chat? ¿Qué ayudó, o qué podría haber ayudado? ¿A qué adultos se lo podrían contar?
