new-avatar-title = Mi nuevo avatar
new-avatar-summary = Un niño o una niña crea un avatar con gafas y pelo rizado, como en la vida real. Otro jugador se ríe, y un amigo le dice "di que tienes 12 para entrar al servidor de los grandes". Los niños practican ser ellos mismos y decir la verdad en internet, contárselo a un adulto y ser amables con los avatares de los demás.

new-avatar-kai = Kai
new-avatar-omar = Omar
new-avatar-ana = Ana
new-avatar-papa-jun = Papá Jun

new-avatar-hook = Empiezas un juego nuevo. Primero, creas tu avatar.
new-avatar-avatar-made = ¡Tiene gafas y pelo rizado, igual que tú! Entonces lo ve un jugador llamado Omar.
new-avatar-omar-laughs = ¡Ja, ja! ¿Gafas en un juego? ¡Qué ridículo!

new-avatar-omar-prompt = ¿Qué haces, { $nickname }?
new-avatar-take-off = Quitarle las gafas a tu avatar.
new-avatar-take-off-feedback = Querías que dejara de reírse. Se entiende. Pero tus gafas son parte de ti. Puedes volver a ponerlas.
new-avatar-take-off-omar = Se ríe y sigue jugando. No vio que te dolió.
new-avatar-like-them = Escribir: "Llevo gafas. ¡Me gustan!"
new-avatar-like-them-feedback = Seguiste siendo tú, aunque alguien se rió. ¡Eso es ser fuerte!
new-avatar-like-them-omar = No pensó que te gustaran tus gafas.
new-avatar-mean-back = Escribir: "¡Tu avatar también es ridículo!"
new-avatar-mean-back-feedback = Te dolió, y respondiste con algo feo. Ahora los dos se sienten mal. Puedes decir cómo te sientes.
new-avatar-mean-back-omar = Ahora es él de quien se ríen.

new-avatar-kai-joins = Tu amigo Kai entra al juego. Su avatar lleva aparatos para oír azules, como él.
new-avatar-kai-asks = ¡Ven al servidor de los grandes! ¡Di que tienes 12!
new-avatar-game-asks = El juego pregunta: "¿Cuántos años tienes?"

new-avatar-age-prompt = Todavía no tienes 12. ¿Qué haces, { $nickname }?
new-avatar-say-12 = Escribir "12". Es solo un juego.
new-avatar-say-12-feedback = Muchos niños lo hacen para jugar con amigos. Pero la edad sirve para darte juegos a tu medida. La verdad te cuida.
new-avatar-say-12-kai = Ahora puedes jugar con él en el servidor grande.
new-avatar-real-age = Escribir tu edad real. Jugar en el servidor de niños.
new-avatar-real-age-feedback = Dijiste la verdad, aunque costaba. Eres igual dentro y fuera de internet.
new-avatar-real-age-kai = Quería que fueras con él al servidor grande.
new-avatar-ask-papa = Ir a preguntarle a Papá Jun primero.
new-avatar-ask-papa-feedback = Preguntar a un adulto es sincero e inteligente. Papá Jun te puede ayudar a elegir.
new-avatar-ask-papa-papa = Fuiste a él antes de escribir nada.

new-avatar-big-server = El servidor de los grandes es ruidoso y rápido.
new-avatar-lost = El chat va tan rápido que no puedes leerlo. Algunas palabras no son amables. No sabes qué hacer.
new-avatar-big-prompt = Este lugar no es para ti. ¿Qué haces?
new-avatar-tell-papa = Salir, y contarle a Papá Jun lo que pasó.
new-avatar-tell-papa-feedback = Eso fue valiente y sincero. Contárselo a un adulto es lo más fuerte.
new-avatar-tell-papa-papa = Le dijiste la verdad, incluso sobre tu edad.
new-avatar-stay = Quedarte. Nadie sabe que no tienes 12.
new-avatar-stay-feedback = Quedarte puede parecer divertido. Pero este servidor es para los grandes. Un adulto te puede ayudar a buscar otro lugar.
new-avatar-stay-kai = Él también ve el chat. Ya no es divertido.
new-avatar-papa-sees = Papá Jun pasa por ahí. Ve tu pantalla y se sienta contigo.
new-avatar-papa-talks = Ese servidor es para niños más grandes. El servidor de niños está hecho para ti.
new-avatar-papa-no-trouble = No estás en problemas. Siempre puedes contarme lo que pasa en internet.
new-avatar-papa-says = Ese servidor es para los grandes. Puedes jugar con Kai en el de niños.

new-avatar-kai-stays = ¡De acuerdo! ¡Juego contigo en el servidor de niños!
new-avatar-ana-joins = Luego entra Ana, de tu clase. Su avatar va en silla de ruedas, como Ana. ¡Y tiene el pelo morado!
new-avatar-kai-giggles = ¡Ja, ja! ¿Pelo morado? ¡Qué raro!

new-avatar-ana-prompt = ¿Qué escribes, { $nickname }?
new-avatar-cool = "¡Qué avatar tan genial, Ana! Me encanta el pelo morado."
new-avatar-cool-feedback = Pensaste en cómo se sentiría Ana. Tus palabras amables la hicieron sonreír.
new-avatar-cool-ana = A alguien le gusta el avatar que ella hizo.
new-avatar-laugh = Reírte con Kai: "¡Ja, ja, qué raro!"
new-avatar-laugh-feedback = Reírte con un amigo es fácil. Pero sabes lo que se siente cuando se ríen de ti. Una palabra amable puede ayudar.
new-avatar-laugh-ana = Dos personas se rieron del avatar que hizo.
new-avatar-tell-kai = Decirle a Kai: "Un avatar puede ser como quieras. ¡El suyo es genial!"
new-avatar-tell-kai-feedback = Defendiste a Ana sin tratar mal a Kai. Eso es amable y valiente.
new-avatar-tell-kai-kai = Se para a pensar en Ana.
new-avatar-tell-kai-ana = Alguien la defendió.

new-avatar-ana-asks = Oye, ¿y tus gafas? ¿Qué le pasó a tu avatar?
new-avatar-glasses-prompt = ¿Qué haces?
new-avatar-put-back = Volver a ponerle las gafas a tu avatar.
new-avatar-put-back-feedback = Ahora tu avatar se parece a ti otra vez. No tienes que esconder una parte de ti.
new-avatar-put-back-ana = Su avatar se parece a ella. Ahora el tuyo se parece a ti.
new-avatar-leave-off = Dejarlo sin gafas. Alguien podría reírse otra vez.
new-avatar-leave-off-feedback = Es normal preocuparse. Tú decides. Tus amigos de verdad te quieren con gafas y todo.
new-avatar-leave-off-ana = Le gustan tus gafas. Espera que vuelvas a ponerlas.

new-avatar-omar-sorry = Perdón por la broma. Tus gafas son geniales, de verdad.
new-avatar-make-up = Le escribes a Omar: "Perdón por lo que dije." Omar escribe: "Yo también lo siento."

new-avatar-end-castle = Construyes un gran castillo con Kai y Ana. Cada avatar está perfecto.
new-avatar-end-castle-reflect = ¿Cómo puedes ser amable con el avatar de alguien?
new-avatar-end-castle-ana = Puede ser ella misma en el juego.
new-avatar-end-castle-kai = Le encanta jugar con sus amigos.
new-avatar-end-sorry = Ana se va pronto del juego. Al día siguiente, le pides perdón. Ella te enseña cómo hizo el pelo morado.
new-avatar-end-sorry-reflect = ¿Cómo te sentirías si alguien se riera de tu avatar?
new-avatar-end-sorry-ana = Le pediste perdón, y quiere volver a jugar.

new-avatar-discuss-1 = ¿Por qué alguien crearía un avatar que se parece a sí mismo? ¿Por qué otra persona elegiría un dragón o un robot? ¿Están bien las dos cosas?
new-avatar-discuss-2 = Kai te pidió que dijeras que tenías 12. ¿Por qué los juegos preguntan tu edad? ¿Qué le puedes decir a un amigo que te pide fingir?
new-avatar-discuss-3 = ¿Alguna vez alguien se rió de algo que hiciste o elegiste? ¿Qué ayudó? ¿Qué podemos decir en vez de reírnos?
