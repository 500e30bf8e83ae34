too-good-video-title = ¿Será verdad?
too-good-video-summary = Un video viral promete mascotas raras gratis en un juego, y un amigo quiere probarlo y compartirlo. Luego, un clip editado hace parecer maleducada a una compañera. Los niños practican preguntarse quién hizo un video y para qué, comprobar en una fuente real y pensar en cómo compartir algo falso puede herir a una persona real.

## Characters
too-good-video-ravi = Ravi
too-good-video-hana = Hana
too-good-video-aunt-zainab = Tía Zainab

## Hook
too-good-video-hook = Es sábado por la tarde. Estás en tu cuarto, en videollamada con Ravi. Los dos juegan al mismo juego de mascotas.
too-good-video-ravi-look = ¡TIENES que ver este video! ¡Tiene dos millones de vistas!
too-good-video-video = Un chico llamado PetKing sonríe a la cámara: "Dale todas tus mascotas a GoldenGift. ¡Vuelven dobles, y con un dragón dorado! ¡Solo hoy!"
too-good-video-ravi-wants = ¡Un dragón dorado! Lo voy a probar ya. ¡Y mandémoslo a toda la clase!

## Try it?
too-good-video-try-prompt = ¿Qué le dices a Ravi, { $nickname }?
too-good-video-try-too = "¡Probemos los dos! ¡Mascotas dobles!"
too-good-video-try-too-feedback = Sonaba genial, y mucha gente cree videos así. Pero las mascotas del juego nunca vuelven. Un adulto puede ayudarte a denunciarlo.
too-good-video-try-too-ravi = Dio sus mascotas del juego y no volvió nada.
too-good-video-who-made = "Espera. ¿Quién hizo este video, y para qué?"
too-good-video-who-made-feedback = Buena pregunta. Quien hace videos quiere algo a cambio: vistas, likes o hasta tus mascotas.
too-good-video-who-made-ravi = Estaba muy seguro. Ahora se para a pensar.
too-good-video-comments = "Primero leamos los comentarios."
too-good-video-comments-feedback = Buscar más es de listos. Muchos comentarios dicen: "¡Lo di todo y no me devolvieron nada!"
too-good-video-comments-ravi = Algunos dicen que perdieron todas sus mascotas.
too-good-video-share-first = "¡Primero mándalo a la clase, así todos tienen dragón!"
too-good-video-share-first-feedback = Querías que tus amigos también tuvieran un dragón. Pero si es una trampa, se la mandaste a todos. Comprobar antes los protege.
too-good-video-share-first-ravi = Cree que toda la clase te lo va a agradecer.
too-good-video-lost-pets = Espera... mis mascotas no están. Y no hay dragón. Me siento tonto.
too-good-video-kids-reply = En el chat de la clase, tres niños contestan: "¡Ya lo estoy probando!"
too-good-video-stop-think = Vuelves a ver a PetKing con Ravi. Esta vez, algo no cuadra.

## Aunt Zainab
too-good-video-aunt-comes = La tía Zainab llama a la puerta y trae uvas. Mira las caras de los dos.
too-good-video-aunt-kind = Ay, Ravi. Esa trampa engaña a muchos jugadores. No es tu culpa, y podemos denunciarla.
too-good-video-aunt-detective = ¿Mascotas raras gratis, solo hoy? Suena demasiado bueno. Vamos a hacer de detectives.
too-good-video-check-prompt = La tía Zainab pregunta: "¿Cómo podemos comprobar si es verdad?"
too-good-video-views = "Tiene dos millones de vistas. ¡Tiene que ser verdad!"
too-good-video-views-feedback = Muchas vistas solo significa que mucha gente lo vio. Una trampa también se hace viral.
too-good-video-views-aunt = Mucha gente lo piensa. Te ayuda a mirar otra vez.
too-good-video-news-page = "Miremos la página de noticias del juego."
too-good-video-news-page-feedback = ¡Bien! La página real dice: "Nunca regalamos mascotas por intercambios. ¡Cuidado con esta trampa!"
too-good-video-news-page-aunt = Fuiste a la fuente real.
too-good-video-who-posted = "Miremos quién lo subió y qué más sube."
too-good-video-who-posted-feedback = La página de PetKing está llena de videos de "mascotas gratis", y la cuenta tiene dos días. Es una gran pista.
too-good-video-who-posted-ravi = Nunca se le ocurrió mirar quién lo hizo.
too-good-video-report = La tía Zainab ayuda a Ravi a denunciar el video y la cuenta GoldenGift en el juego. Ravi se lo cuenta a su mamá.
too-good-video-warn-class = Escribes en el chat: "Que nadie pruebe lo del dragón. ¡Es falso, perdón!" Dos niños contestan: "¡Uf, gracias!"

## The clip
too-good-video-clip-buzz = Más tarde, el chat de la clase vuelve a sonar. Alguien subió un clip nuevo.
too-good-video-clip = Se ve a Hana, de tu clase, recibiendo un premio de lectura. Pone los ojos en blanco y dice: "Bah. ¿A quién le importa este premio?"
too-good-video-ravi-clip = ¡Qué maleducada es Hana! Todos lo están compartiendo.
too-good-video-clip-prompt = El clip se está extendiendo. ¿Qué haces, { $nickname }?
too-good-video-share-clip = Compartirlo. Total, ya lo vieron todos.
too-good-video-share-clip-feedback = Es fácil pensar que compartirlo una vez más da igual. Pero así más gente ve este clip de Hana. Todavía puedes ayudar.
too-good-video-share-clip-hana = Más gente se ríe de ella, y no lo puede parar.
too-good-video-look-again = Verlo otra vez, despacio. ¿Algo parece cortado o cambiado?
too-good-video-look-again-feedback = ¡Buen ojo! La imagen salta, y su boca no va con las palabras. Alguien editó este clip.
too-good-video-look-again-ravi = No vio los saltos hasta que se los mostraste.
too-good-video-ask-hana = Escribirle a Hana: "¿De verdad dijiste eso?"
too-good-video-ask-hana-feedback = Preguntar a la persona real es una gran forma de comprobar. Y Hana ve que alguien quiere oír su versión.
too-good-video-ask-hana-hana = Alguien le preguntó antes de creerse el clip.
too-good-video-laugh-react = Poner una carita de risa. Es solo un video tonto.
too-good-video-laugh-react-feedback = Parecía una broma. Pero Hana es una persona real, y ve cada carita de risa. Todavía puedes ayudar.
too-good-video-laugh-react-hana = Siente que cada carita de risa es para ella.
too-good-video-hana-private = ¡Yo no dije eso! Dije: "Gracias, es genial." Alguien lo cortó y me cambió la voz.
too-good-video-hana-in-chat = ¡¡Yo no dije eso!! Alguien lo cambió. Por favor, que nadie lo comparta más.
too-good-video-ravi-realises = Oh, no. Me lo creí enseguida, igual que lo del dragón.
too-good-video-aunt-real-people = Los videos falsos pueden ser graciosos o emocionantes. Pero si son de una persona real, compartirlos puede hacer mucho daño.

## Helping Hana
too-good-video-help-prompt = ¿Cómo puedes ayudar a Hana ahora, { $nickname }?
too-good-video-post-truth = Escribir en el chat: "Ese clip está editado. Hana nunca dijo eso. Dejemos de compartirlo."
too-good-video-post-truth-feedback = Defendiste la verdad y a Hana, sin hacer daño a nadie. Eso es valiente.
too-good-video-post-truth-hana = Alguien defendió a la Hana de verdad.
too-good-video-tell-teacher = Pedirle a la tía Zainab que te ayude a contárselo a tu maestra.
too-good-video-tell-teacher-feedback = Un clip falso en toda la clase es demasiado para arreglarlo sin ayuda. Pedir ayuda a un adulto es de valientes.
too-good-video-tell-teacher-aunt = Pediste ayuda con algo demasiado grande para una sola persona.
too-good-video-tell-teacher-hana = Un adulto ayudará a pararlo.
too-good-video-stay-out = No meterte. No es tu problema.
too-good-video-stay-out-feedback = No meterse parece más seguro. Pero el silencio deja que el clip siga. Una voz amable cambia mucho.
too-good-video-stay-out-hana = Nadie habla por ella.
too-good-video-revenge = Hacer un video editado y gracioso de quien subió el clip.
too-good-video-revenge-feedback = Querías defender a Hana. Pero otro video falso hiere a otra persona real. Decir la verdad funciona mejor.
too-good-video-revenge-hana = No quiere más videos falsos por ahí.
too-good-video-delete-share = Borras lo que pusiste bajo el clip y le escribes a Hana: "Perdón. Al principio me lo creí."

## Endings
too-good-video-end-adult-helps = El lunes, tu maestra pide a todos que borren el clip. La clase ve el video real del premio de Hana, y todos aplauden.
too-good-video-end-adult-helps-reflect = Antes de compartir un video, ¿qué preguntas te puedes hacer?
too-good-video-end-adult-helps-hana = La Hana de verdad volvió, y su clase aplaudió.
too-good-video-end-adult-helps-ravi = La próxima vez, comprobará antes de creerse un video.
too-good-video-end-stood-up = Algunos escriben "Perdón, Hana". El clip deja de circular. El lunes, con Hana, le cuentas a la maestra lo que pasó.
too-good-video-end-stood-up-reflect = ¿Cómo puedes defender a alguien en un video falso, sin hacer daño a nadie?
too-good-video-end-stood-up-hana = Sus amigos creyeron a la Hana de verdad.
too-good-video-end-still-spreading = El clip sigue circulando todo el fin de semana. El lunes, Hana está muy callada. La tía Zainab dice: "Todavía puedes ayudar."
too-good-video-end-still-spreading-reflect = ¿Qué podrías hacer el lunes para ayudar a Hana?
too-good-video-end-still-spreading-hana = La gente todavía cree el clip falso.
too-good-video-end-still-spreading-aunt = Sabe que todavía puedes ayudar, y ella también ayudará.

## For teachers
too-good-video-discuss-1 = ¿Quién hace videos que parecen demasiado buenos para ser verdad, y qué puede querer (vistas, likes, cosas de tu juego)? ¿Dónde podrías comprobar si algo es real?
too-good-video-discuss-2 = ¿Cómo se puede cortar o cambiar un clip para que alguien quede mal? ¿Qué pistas muestran que un video está editado?
too-good-video-discuss-3 = ¿Cómo se sentirá Hana cuando un clip falso de ella circula por la clase? ¿Qué podemos hacer si ya compartimos algo que resulta ser falso?
