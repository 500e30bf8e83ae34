sibling-news-title = Noticias de mi hermano
sibling-news-summary = El hermano pequeño de quien juega pasa unos días en el hospital: acaba de saber que tiene diabetes y está bien. La clase pregunta en el chat, y quien juega quiere subir una foto de él en la cama del hospital. Los niños practican ver que las noticias de salud son de cada persona, preguntar antes, pensar en lo que deja una publicación y reconocer que los hermanos preocupados también sienten.

## Characters
sibling-news-malik = Malik
sibling-news-papa = Papá
sibling-news-dr-reyes = Dra. Reyes
sibling-news-chloe = Chloé
sibling-news-ibrahim = Ibrahim

## Hook
sibling-news-hook = Tu hermanito Malik está en el hospital desde el lunes. Después de clase, vas a verlo con Papá.
sibling-news-dr-reyes-says = Malik tiene diabetes. Su cuerpo necesita un poco de ayuda con el azúcar. Aprende rápido y está muy bien.
sibling-news-malik-pro = ¡Mira! Ya me mido el azúcar yo solo. ¡La Dra. Reyes dice que soy un experto!
sibling-news-tummy = Sonríes. Pero llevas toda la semana con un nudo en la barriga.
sibling-news-buzz = Vibra tu teléfono. Es el chat de la clase.
sibling-news-ibrahim-asks = ¿Dónde estuviste esta semana? Dicen que Malik está en el hospital. ¿Está bien?
sibling-news-more-questions = Llegan más mensajes: "¿Qué pasó?" "¿Es grave?" "¡Manda una foto!"
sibling-news-easy-photo = Malik está sentado en la cama con su pijama de dinosaurios. Una foto respondería a todos a la vez.

## Whose news is it?
sibling-news-photo-prompt = ¿Qué haces, { $nickname }?
sibling-news-post-photo = Hacerle una foto a Malik en la cama y subirla: "¡Está en el hospital!"
sibling-news-post-photo-feedback = Querías contestar a tus amigos, y eso es cariño. Pero es la noticia de Malik y su foto. Una vez subida, pueden guardarla y pasarla.
sibling-news-post-photo-malik = Vio el flash, pero no sabe adónde fue la foto.
sibling-news-ask-malik = Preguntarle a Malik: "¿Le cuento a mi clase que estás en el hospital?"
sibling-news-ask-malik-feedback = Es su noticia, así que primero le preguntaste. Eso es respeto.
sibling-news-ask-malik-malik = Le preguntaron, como a un mayor.
sibling-news-later = Escribir: "Está bien. Luego cuento más."
sibling-news-later-feedback = Calmaste a tus amigos sin contar nada privado. Ahora tienes tiempo para preguntar a Malik y a Papá.
sibling-news-later-ibrahim = Sabe que Malik está bien, y eso es lo que quería.
sibling-news-details = Contarlo todo: "Tiene diabetes. Ahora necesita insulina."
sibling-news-details-feedback = Dijiste la verdad, y tus amigos estaban preocupados. Pero las noticias de salud son de cada persona. Malik quizá quiera contarlo a su manera.
sibling-news-details-ibrahim = No esperaba tantas noticias de golpe.

## The photo
sibling-news-chat-reacts = Llegan muchas respuestas: "¡Uau!" "¿Qué tiene en el brazo?" "¿Está muy enfermo?"
sibling-news-malik-sees = ¡Oye, ese soy yo! ¿Por qué está mi foto en el chat de tu clase? Salgo raro en la cama.
sibling-news-delete-prompt = Malik parece molesto. ¿Qué haces, { $nickname }?
sibling-news-delete-sorry = Borrar la foto y pedirle perdón a Malik.
sibling-news-delete-sorry-feedback = Borrarla rápido y pedir perdón ayuda mucho. Alguien pudo guardarla, pero por ti ya no se extiende más.
sibling-news-delete-sorry-malik = Lo escuchaste y la quitaste.
sibling-news-keep-it = Dejarla. Todos dicen cosas muy bonitas.
sibling-news-keep-it-feedback = Los comentarios son amables. Pero a Malik no le gusta, y es su foto. Todavía puedes borrarla.
sibling-news-keep-it-malik = Su foto sigue ahí, y dijo que no le gusta.
sibling-news-malik-forgives = Está bien. ¡La próxima vez pregúntame!
sibling-news-details-reacts = Las preguntas no paran: "¿Se contagia?" "¿Le duele?" "¿Se va a poner bien?"

sibling-news-doctor-answers = Vi una de esas preguntas. La diabetes no se contagia. Pero quizá Malik quiera explicar el resto él mismo.

## Papa
sibling-news-papa-says = La noticia de Malik es suya. Preguntémosle qué quiere que sepan sus amigos.
sibling-news-malik-wanted = Yo quería contárselo a mis amigos. A mi manera.
sibling-news-malik-answers = ¡Quiero contárselo yo a mis amigos! Cuando vuelva, les enseño mi medidor de azúcar.
sibling-news-papa-notices = ¿Y tú qué tal? Ha sido una semana difícil para ti también.
sibling-news-feelings-prompt = Papá te pregunta por ti. ¿Qué le dices, { $nickname }?
sibling-news-tell-worried = Decirle a Papá que tú también te preocupas.
sibling-news-tell-worried-feedback = Lo que sientes también importa. Decirlo en voz alta lo hace más ligero.
sibling-news-tell-worried-papa = Ya sabe cómo te sientes, y puede ayudarte.
sibling-news-im-fine = Decir: "Estoy bien. El enfermo es Malik."
sibling-news-im-fine-feedback = Es amable pensar primero en Malik. Pero preocuparse está bien, y los adultos quieren saberlo. Puedes contárselo a Papá cuando quieras.
sibling-news-im-fine-papa = Nota que hablas poco desde hace días.
sibling-news-tell-chloe = Escribirle a tu amiga Chloé: "Ha sido una semana dura. ¿Hablamos?"
sibling-news-tell-chloe-feedback = Buena idea. Puedes contarle a una amiga cómo te sientes, sin contar la noticia de Malik.
sibling-news-tell-chloe-chloe = Confiaste en ella, y quiere ayudarte.

## The class chat
sibling-news-chat-waiting = El chat de la clase sigue esperando una respuesta.
sibling-news-answer-prompt = ¿Qué le escribes ahora a la clase?
sibling-news-his-way = "¡Malik está bien! Quiere contárselo él mismo cuando vuelva."
sibling-news-his-way-feedback = Contestaste a tus amigos y dejaste la noticia de Malik para Malik. Eso es cuidar de verdad.
sibling-news-his-way-malik = Va a contar su propia historia.
sibling-news-his-way-ibrahim = Malik está bien. Eso es lo que quería saber.
sibling-news-cards = "¡Está bien! ¿Le hacemos tarjetas para que se mejore?"
sibling-news-cards-feedback = Tu clase puede cuidar a Malik sin saber cada detalle. ¡Qué buena idea!
sibling-news-cards-malik = Le van a llegar tarjetas de ánimo.
sibling-news-answer-all = Contestar todas las preguntas. No dejan de preguntar.
sibling-news-answer-all-feedback = Tus amigos se preocupan, y eso es bonito. Pero Malik quiere contarlo él. Puedes decir "Ya lo contará él" y nada más.
sibling-news-answer-all-malik = Su noticia se supo antes de que pudiera contarla.
sibling-news-mute = No contestar. Silenciar el chat.
sibling-news-mute-feedback = Un descanso puede ayudar. Pero tus amigos siguen preocupados. Una respuesta corta los calmaría.
sibling-news-mute-ibrahim = Todavía no sabe si Malik está bien.
sibling-news-papa-hug = Esa noche, Papá te da un abrazo largo. Duermes mejor que en toda la semana.
sibling-news-cards-arrive = Al día siguiente llega un montón de tarjetas. Malik las lee todas.

## Endings
sibling-news-end-his-way = La semana siguiente, Malik vuelve a la escuela. Él mismo le cuenta a su clase qué es la diabetes y enseña su medidor. ¡Le hacen muchas preguntas!
sibling-news-end-his-way-reflect = ¿De quién es la noticia? ¿Cómo puedes saber qué quiere compartir alguien?
sibling-news-end-his-way-malik = Contó su propia historia, a su manera.
sibling-news-end-his-way-papa = Sus dos hijos se cuidaron el uno al otro.
sibling-news-end-not-his-way = Malik vuelve a la escuela. Sus amigos ya lo saben todo. Aun así les enseña su medidor, pero le habría gustado contarlo él primero.
sibling-news-end-not-his-way-reflect = ¿Cómo podrías contestar a amigos preocupados sin contar la noticia de otra persona?
sibling-news-end-not-his-way-malik = No pudo contar su propia noticia.
sibling-news-end-not-his-way-papa = Sabe que lo hiciste con cariño. La próxima vez, preguntarás antes.
sibling-news-end-photo-stayed = En la escuela, un niño le dice a Malik: "¡Vi tu foto en la cama!" Malik se queda callado. Esa noche, Papá te ayuda a borrar la foto, y vuelves a pedir perdón.
sibling-news-end-photo-stayed-reflect = ¿Qué te gustaría que te preguntaran antes de subir una foto tuya?
sibling-news-end-photo-stayed-malik = Niños que casi no conoce lo vieron en la cama del hospital.
sibling-news-end-photo-stayed-papa = Te ayuda a arreglarlo, y sabe que la próxima vez preguntarás.

## For teachers
sibling-news-discuss-1 = ¿Por qué las noticias sobre la salud de alguien son suyas para compartir? ¿Cómo podrías contestar a amigos preocupados sin contar la noticia de otra persona?
sibling-news-discuss-2 = Una foto en el chat de la clase se puede guardar y reenviar. ¿Qué te gustaría que te preguntaran antes de subir una foto tuya, sobre todo en el hospital?
sibling-news-discuss-3 = Cuando alguien de la familia está enfermo, sus hermanos también pueden preocuparse. ¿Con quién podrían hablar y cómo pueden ayudar los amigos?
