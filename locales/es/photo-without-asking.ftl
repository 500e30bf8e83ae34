photo-without-asking-title = Una foto graciosa en el pícnic
photo-without-asking-summary = En un pícnic de cumpleaños, quien juega saca una foto graciosa de una amiga con la cara llena de pastel y quiere mandarla al chat de la clase. Los niños practican preguntar antes, aceptar un "no" y entender que lo que se envía puede quedarse y viajar lejos.

## Characters
photo-without-asking-freya = Freya
photo-without-asking-sofia = Sofia
photo-without-asking-jamal = Jamal
photo-without-asking-mum = Mamá

## Hook and turn
photo-without-asking-hook = Es el pícnic de cumpleaños de Sofia en el parque. ¡Hay un pastel enorme!
photo-without-asking-freya-bite = Freya da un mordisco gigante. ¡Tiene pastel por toda la cara!
photo-without-asking-freya-laughs = ¡Mmm! ¡El mejor pastel!
photo-without-asking-snap = Mamá te deja sacar fotos con su teléfono. ¡Clic! Te sale una muy graciosa.
photo-without-asking-jamal-says = ¡Ja, ja! ¡Mándala al chat de la clase!

## Decision 1
photo-without-asking-first-prompt = La foto es muy graciosa. ¿Qué haces, { $nickname }?
photo-without-asking-send-now = Mandarla ya al chat de la clase.
photo-without-asking-send-now-feedback = Parecía una broma divertida. Pero Freya no dijo que sí. Mamá te puede ayudar a arreglarlo.
photo-without-asking-send-now-freya = Su cara manchada ya está en el chat de la clase.
photo-without-asking-send-now-jamal = Cree que es una broma genial.
photo-without-asking-ask-freya = Preguntarle a Freya: "¿Puedo mandarla a la clase?"
photo-without-asking-ask-freya-feedback = Preguntaste antes. Es su cara, así que ella decide.
photo-without-asking-ask-freya-freya = Puede decidir sobre su propia cara.
photo-without-asking-ask-mum = Enseñársela a Mamá. Preguntar si puedes mandarla.
photo-without-asking-ask-mum-feedback = Consultar con un adulto es buena idea. Mamá te ayuda a pensar.
photo-without-asking-ask-mum-mum = Le preguntaste antes de mandarla.

photo-without-asking-mum-says-ask = Bien pensado. Es la cara de Freya. Preguntémosle.
photo-without-asking-freya-answers = ¡No! Por favor, no. Tengo la cara toda sucia.

## Decision 2 (asked first)
photo-without-asking-no-prompt = Freya dijo que no. ¿Qué le dices?
photo-without-asking-okay = "¡Está bien! No la mando."
photo-without-asking-okay-feedback = Un "no" está bien. La escuchaste, y Freya puede confiar en ti.
photo-without-asking-okay-freya = La escuchaste.
photo-without-asking-please = "¡Pero es muy graciosa! ¿Por favor?"
photo-without-asking-please-feedback = Te gusta mucho la foto. Pero Freya ya dijo que no. Un no está bien, también con fotos.
photo-without-asking-please-freya = Dijo que no, pero sigues insistiendo.
photo-without-asking-new-photo = "Bueno. ¿Y si sacamos otra foto?"
photo-without-asking-new-photo-feedback = La escuchaste y tuviste una idea nueva. Freya puede elegir.
photo-without-asking-new-photo-freya = Puede limpiarse la cara y sonreír.

photo-without-asking-mum-steps-in = Freya dijo que no. Cuando alguien dice no, escuchamos.
photo-without-asking-say-sorry = Le pides perdón. Freya vuelve a sonreír.
photo-without-asking-mum-pleased = Escuchaste a Freya. Fue muy amable.

## Decision 2 (sent)
photo-without-asking-phones-ding = ¡Din! ¡Din! Empiezan a sonar teléfonos por todo el pícnic.
photo-without-asking-freya-sees = ¿Por qué la mandaste? ¡Ahora todos la ven!
photo-without-asking-sent-prompt = Freya está molesta. ¿Qué haces ahora?
photo-without-asking-sorry-fix = Pedir perdón. Pedir a Mamá que ayude a quitarla.
photo-without-asking-sorry-fix-feedback = Pedir perdón y arreglarlo es valiente. Mamá te puede ayudar.
photo-without-asking-sorry-fix-freya = Le pediste perdón y quieres arreglarlo.
photo-without-asking-joke = "¡Es solo una broma! ¡Es graciosa!"
photo-without-asking-joke-feedback = Querías divertirte. Pero una broma solo es divertida si Freya también se ríe. Pedir perdón puede ayudar.
photo-without-asking-joke-freya = Tú te reíste, pero ella no.
photo-without-asking-run-off = No decir nada. Irte a jugar.
photo-without-asking-run-off-feedback = Cuesta cuando una broma sale mal. Pero Freya sigue mal. Mamá te puede ayudar a arreglarlo.
photo-without-asking-run-off-freya = Nadie la está ayudando.

photo-without-asking-mum-sees = Vi la foto. Vamos a arreglarlo juntos.
photo-without-asking-mum-deletes = Mamá quita la foto del chat. Pero algunas personas ya la vieron.

## Decision 3
photo-without-asking-mum-explains = Lo que mandamos puede quedarse. Otros pueden guardarlo y reenviarlo.
photo-without-asking-jamal-asks = ¿Me mandas la foto del pastel? Se la quiero enseñar a mi hermano mayor.
photo-without-asking-jamal-prompt = ¿Qué le dices a Jamal, { $nickname }?
photo-without-asking-say-no = "No. Freya no quiere que se comparta."
photo-without-asking-say-no-feedback = Cuidaste la foto de Freya. Las fotos llegan lejos. Un no ayuda mucho.
photo-without-asking-say-no-freya = Guardaste su foto solo para ti.
photo-without-asking-say-no-jamal = No había pensado en Freya.
photo-without-asking-send-jamal = Mandársela a Jamal. Solo a él.
photo-without-asking-send-jamal-feedback = Mandarla a un amigo parece poco. Pero Jamal puede reenviarla una y otra vez. Puedes pedirle que la borre.
photo-without-asking-send-jamal-freya = Su foto va a gente que no conoce.
photo-without-asking-delete = Borrar la foto del teléfono de Mamá.
photo-without-asking-delete-feedback = Ahora nadie puede mandarla desde aquí. Así la cara de Freya está a salvo.
photo-without-asking-delete-freya = Ahora la foto no puede ir a ningún lado.

photo-without-asking-jamal-brother = Esa noche, el hermano de Jamal se la manda a sus amigos.
photo-without-asking-freya-idea = ¡Tu idea! ¡Salgamos todos en la foto nueva!
photo-without-asking-sofia-idea = ¡Saquemos una foto de grupo por mi cumple!

## Endings
photo-without-asking-end-group-photo = Freya se limpia la cara. Todos se juntan. ¡Clic! Todos dicen que sí, y Mamá la manda a la clase.
photo-without-asking-end-group-photo-reflect = ¿Cómo puedes preguntarle a un amigo antes de compartir su foto?
photo-without-asking-end-group-photo-freya = Ella eligió la foto, y le gusta.
photo-without-asking-end-group-photo-sofia = Todos sus amigos salen en su foto de cumpleaños.
photo-without-asking-end-fixed = La foto ya no está en el chat. Pides perdón, y Freya sonríe. Pero algunos la vieron. La próxima vez, pregunta antes.
photo-without-asking-end-fixed-reflect = ¿Por qué es bueno preguntar antes de mandar una foto?
photo-without-asking-end-fixed-freya = Ayudaste a quitar la foto.
photo-without-asking-end-went-far = Mamá te ayuda a pedir a todos que la borren. Le pides perdón a Freya. Ahora sabes lo lejos que llega una foto.
photo-without-asking-end-went-far-reflect = ¿Adónde puede ir una foto después de mandarla?
photo-without-asking-end-went-far-freya = No sabe quién vio su foto.
photo-without-asking-end-went-far-mum = Te está ayudando a arreglarlo.

## For teachers
photo-without-asking-discuss-1 = Freya se rio del pastel, pero no quería que mandaran la foto. ¿Por qué algo puede ser gracioso en el momento, pero no estar bien compartirlo?
photo-without-asking-discuss-2 = ¿Cómo podemos preguntarle a un amigo antes de compartir una foto suya? ¿Qué hacemos si dice que no?
photo-without-asking-discuss-3 = Mamá dijo que otros pueden guardar una foto y reenviarla. ¿Adónde puede llegar una foto después de mandarla? ¿Quién nos puede ayudar si una foto llega demasiado lejos?
