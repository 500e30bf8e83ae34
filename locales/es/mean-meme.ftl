mean-meme-title = El meme del día deportivo
mean-meme-summary = Una foto incómoda de un compañero en el día deportivo se convierte en un meme que circula por el chat de la clase. Los niños practican no sumarse a las burlas, leer lo que hay detrás de un "jaja", escuchar a quien hizo el meme sin justificar el daño, pedir que se borre y guardar pruebas para enseñárselas a un profesor.

## Characters
mean-meme-jamal = Jamal
mean-meme-sofia = Sofia
mean-meme-wei = Wei
mean-meme-mr-haddad = Sr. Haddad

## Hook and turn
mean-meme-hook = Es lunes por la tarde. Estás terminando la tarea cuando el chat de la clase empieza a sonar.
mean-meme-the-photo = Alguien subió una foto del día deportivo. Es Jamal tropezando en la meta, con los brazos al aire y la boca abierta.
mean-meme-the-meme = La convirtieron en un meme. Unas letras enormes dicen: POLLO VOLADOR.
mean-meme-sofia-posts = Hice esto del día deportivo jaja. ¿El mejor meme?
mean-meme-laughs = El chat se llena de caritas riéndose. Alguien dice que ya está en el chat de otra clase.

## Decision 1
mean-meme-first-prompt = El meme está por todas partes, { $nickname }. ¿Qué haces?
mean-meme-share = Darle a "me gusta" y compartirlo en el chat de tu equipo de fútbol.
mean-meme-share-feedback = Parecía solo diversión. Pero cada vez que se comparte, la foto de Jamal llega más lejos. Pedir que lo borren todavía ayuda.
mean-meme-share-jamal = Aún más gente se ríe de un mal momento.
mean-meme-joke = Añadir una broma: "¡Corre, pollito, corre!"
mean-meme-joke-feedback = Una broma rápida parece inofensiva. Pero se suma a las burlas contra Jamal. Algo amable ahora puede ayudar.
mean-meme-joke-jamal = Ahora hay bromas encima del meme.
mean-meme-joke-sofia = Las bromas hacen que su meme parezca un éxito.
mean-meme-not-share = No compartirlo. Cerrar el chat y seguir con la tarea.
mean-meme-not-share-feedback = No compartir importa: contigo el meme se frena. Pero puede que Jamal siga solo frente a esto.
mean-meme-not-share-jamal = Otros lo siguen compartiendo.
mean-meme-think = Parar y pensar: ¿Jamal dijo que sí a esto? ¿Cómo se sentiría ser él?
mean-meme-think-feedback = Pensaste por tu cuenta mientras todos se reían. Ese es el primer paso para ayudar.
mean-meme-think-jamal = Todavía no lo sabe, pero alguien está pensando en él.

mean-meme-team-replies = Tu equipo contesta: "jaja ¿quién es ese?" Ahora lo ven chicos de otras escuelas.
mean-meme-jamal-online = Entonces Jamal se conecta. Después de un buen rato, escribe un solo mensaje.
mean-meme-jamal-haha = jaja muy gracioso

## Decision 2
mean-meme-haha-prompt = Jamal solo escribió "jaja muy gracioso". ¿Qué haces?
mean-meme-believe = Se está riendo, así que está bien. Mandar otra carita riéndose.
mean-meme-believe-feedback = Es fácil creerse un "jaja" tal cual. Pero una respuesta corta y seca puede esconder dolor. Preguntarle en privado ayuda.
mean-meme-believe-jamal = Nadie mira más allá de su "jaja".
mean-meme-private = Escribirle a Jamal en privado: "Ese meme no estuvo bien. ¿Estás bien?"
mean-meme-private-feedback = Notaste la señal detrás de sus palabras. Un mensaje privado le deja responder con sinceridad.
mean-meme-private-jamal = Alguien vio más allá de su "jaja".
mean-meme-group = Escribir en el grupo: "Eso no está bien. Es la foto de Jamal, no un chiste."
mean-meme-group-feedback = Defendiste a Jamal sin insultar a nadie. Ahora otros pueden animarse también.
mean-meme-group-jamal = Alguien lo defendió delante de todos.
mean-meme-group-wei = Pensaba igual, pero no quería ser el primero. Ahora escribe: "Estoy de acuerdo."

mean-meme-jamal-reply = La verdad, no. Mañana todos me van a llamar pollo.

## The meme-maker's view
mean-meme-sofia-messages = Más tarde, Sofia te escribe en privado.
mean-meme-sofia-view = Jamal se quedó callado después de su "jaja". ¿Está molesto conmigo? Solo quería que me vieran graciosa.
mean-meme-sofia-past = El año pasado alguien hizo un meme de mí. Me reí y ya, así que pensé que era normal.

## Decision 3
mean-meme-sofia-prompt = ¿Qué le respondes a Sofia, { $nickname }?
mean-meme-ask-delete = "Lo de tu meme suena duro. Pero Jamal no se ríe. Bórralo, por favor, y pide que dejen de compartirlo."
mean-meme-ask-delete-feedback = Entendiste a Sofia y aun así apoyaste a Jamal. Sus razones explican el meme, pero no lo justifican.
mean-meme-ask-delete-sofia = Ahora ve el lado de Jamal, y cuesta aceptarlo.
mean-meme-agree = "Bah, es gracioso. Ya se le pasará."
mean-meme-agree-feedback = Seguir la corriente es fácil. Pero así Sofia cree que el meme está bien, y Jamal lo sigue pagando. Todavía puedes pedirle que lo borre.
mean-meme-agree-sofia = Cree que a nadie le importa.
mean-meme-meme-back = Hacer un meme de Sofia y subirlo: "A ver si te gusta a TI."
mean-meme-meme-back-feedback = Querías que Sofia sintiera lo que siente Jamal. Pero un segundo meme es una segunda persona herida. Pedirle que borre el suyo funciona mejor.
mean-meme-meme-back-sofia = Ahora un meme se ríe de ella también.

mean-meme-two-memes = Tu meme de Sofia también hace reír. Ahora son dos las personas heridas en tu clase.
mean-meme-sofia-deletes = Tienes razón. Ya lo borré. Pero está en otros chats, y esos no los puedo borrar.
mean-meme-meme-spreads = El meme sigue circulando. Ya está en dos chats de clase más.

## Decision 4
mean-meme-grown-up-prompt = El meme sigue por ahí. Es demasiado para arreglarlo sin ayuda. ¿Qué haces?
mean-meme-evidence = Guardar capturas de los mensajes. Luego enseñárselas al Sr. Haddad, tu profesor.
mean-meme-evidence-feedback = Las pruebas ayudan a un profesor a ver qué pasó. Son para él, no para compartir. Contarlo es ayudar a Jamal, no acusar.
mean-meme-evidence-mr-haddad = Le llevaste los hechos, así que puede actuar rápido.
mean-meme-ask-jamal = Preguntarle antes a Jamal: "¿Se lo contamos juntos al Sr. Haddad?"
mean-meme-ask-jamal-feedback = Le diste voz a Jamal y aun así buscaste ayuda. Eso es respeto.
mean-meme-ask-jamal-jamal = No tiene que enfrentarlo él solo.
mean-meme-wait = Esperar. La semana que viene todos lo habrán olvidado.
mean-meme-wait-feedback = Es normal esperar que se olvide. Pero en internet, los memes vuelven una y otra vez. Un adulto de confianza puede ayudar mañana.
mean-meme-wait-jamal = No sabe quién lo verá después.

mean-meme-jamal-agrees = Sí. Prefiero no ir solo.
mean-meme-teacher-both = Dos memes, dos personas heridas. Vamos a borrar los dos de todas partes. Luego, cada uno puede pedir perdón.
mean-meme-teacher-steps-in = Una foto de alguien es parte de esa persona. Vamos a borrar este meme de todas partes y a hablarlo en clase.

## Endings
mean-meme-end-put-right = El Sr. Haddad ayuda a las otras clases a borrar el meme. Sofia le pide perdón a Jamal cara a cara. En el recreo, Jamal bromea con ganar la carrera de relevos el año que viene.
mean-meme-end-put-right-reflect = ¿Qué te gustaría que hicieran los demás si alguien hiciera un meme de ti?
mean-meme-end-put-right-jamal = El meme ya no está, y lo apoyaron.
mean-meme-end-put-right-sofia = Arregló su error, y entiende por qué dolió.
mean-meme-end-teacher-helps = El meme se borra de todos los chats de clase, y Sofia pide perdón. A Jamal todavía le duele un poco, pero sabe que no está solo.
mean-meme-end-teacher-helps-reflect = ¿A qué adultos les podrías enseñar un meme cruel?
mean-meme-end-teacher-helps-jamal = Un adulto ayudó, y el meme ya no está.
mean-meme-end-teacher-helps-sofia = Ahora ve que su broma hizo daño de verdad.
mean-meme-end-still-spreading = Una semana después, alguien vuelve a subir el meme. Jamal se ríe con los demás, pero en el recreo se queda solo. Todavía puedes contárselo al Sr. Haddad.
mean-meme-end-still-spreading-reflect = Si pudieras volver atrás, ¿qué harías distinto por Jamal?
mean-meme-end-still-spreading-jamal = El meme sigue volviendo, y nadie lo ha frenado.

## For teachers
mean-meme-discuss-1 = El año pasado se burlaron de Sofia con un meme y ella "se rio y ya". ¿Cómo puede el haber sufrido algo hacer que alguien haga daño a otros? ¿Eso lo justifica?
mean-meme-discuss-2 = Jamal escribió "jaja muy gracioso". ¿Qué señales pueden mostrar que alguien está mal en internet, aunque sus palabras digan que está bien?
mean-meme-discuss-3 = ¿Qué diferencia hay entre guardar capturas para enseñárselas a un adulto de confianza y mandárselas a los amigos? ¿A quién podrías acudir si hicieran un meme de ti o de un amigo?
