hospital-photos-title = Una foto del hospital
hospital-photos-summary = Comparten en el chat de la clase una foto de Amara en la cama del hospital, con bromas, y quien juega decide cómo ayudar.

hospital-photos-amara = Amara
hospital-photos-kenji = Kenji
hospital-photos-mateo = Mateo
hospital-photos-priya = Priya
hospital-photos-ms-okafor = Sra. Okafor

hospital-photos-hook = Es sábado. Estás estudiando con Priya. Amara, de tu clase, está en el hospital esta semana.
hospital-photos-kenji-visits = Hoy Kenji fue a visitarla. De repente, suena el chat de la clase.
hospital-photos-kenji-posts = ¡Hoy visité a Amara! Aquí está 😄
hospital-photos-the-photo = Es una foto de Amara dormida en la cama del hospital, toda despeinada.
hospital-photos-mateo-joke = ¡Jajaja, la Bella Durmiente! 😴😂
hospital-photos-more-laughs = Aparecen más caritas riéndose. Mucha gente la está viendo.

hospital-photos-first-look = Miras la foto, { $nickname }. ¿Qué haces?
hospital-photos-forward = Reenviársela a tu primo. Es un poco graciosa.
hospital-photos-forward-feedback = Parecía una broma pequeña. Pero ahora la foto está en otro chat. Pedirle a tu primo que la borre ayuda.
hospital-photos-forward-amara = Gente que no conoce la puede ver en la cama.
hospital-photos-sticker = Poner un sticker de dormir. Todos se están sumando.
hospital-photos-sticker-feedback = Un sticker parece poca cosa. Pero cada uno le dice a Amara que alguien más se rio. Una palabra amable puede ayudar.
hospital-photos-sticker-amara = Mucha gente se rio de ella en una semana difícil.
hospital-photos-sticker-mateo = Cree que a todos les gusta su broma.
hospital-photos-imagine = Parar e imaginar que eres Amara y ves esto.
hospital-photos-imagine-feedback = Te pusiste en el lugar de Amara. Estar en el hospital ya es difícil sin que se rían de ti.
hospital-photos-imagine-amara = Amara todavía no lo sabe. Pero tú ya estás pensando en ella.
hospital-photos-ask-ok = Preguntar: "¿Amara dijo que se podía subir esto?"
hospital-photos-ask-ok-feedback = ¡Buena pregunta! Una foto de alguien también es suya, así que preguntamos antes de compartir.
hospital-photos-ask-ok-kenji = No se le ocurrió preguntarle.
hospital-photos-ask-ok-priya = Ella se preguntaba lo mismo.

hospital-photos-cousin-replies = Tu primo contesta: "Jaja, ¿quién es? ¿Se la paso a mis amigos?"
hospital-photos-cousin-choice = La foto podría llegar todavía más lejos. ¿Qué le escribes?
hospital-photos-cousin-delete = "No, bórrala, por favor. Ella no dio permiso."
hospital-photos-cousin-delete-feedback = ¡Bien hecho! Lo enviado no se puede deshacer, pero sí puedes pedir que la borren.
hospital-photos-cousin-delete-amara = La privacidad de Amara está a salvo. Menos gente verá una foto que ella no aceptó.
hospital-photos-cousin-share = "Claro, pásala. Es graciosa."
hospital-photos-cousin-share-feedback = Cada vez que se comparte una foto, cuesta más frenarla. Nunca es tarde para pedir que la borren.
hospital-photos-cousin-share-amara = Ahora se ríen de ella personas desconocidas.

hospital-photos-amara-online = Entonces Amara se conecta. Lee todo el chat.
hospital-photos-amara-oh = ah.

hospital-photos-after-oh = Amara solo escribió "ah". ¿Qué haces, { $nickname }?
hospital-photos-ask-public = Escribir: "Kenji, ¿puedes borrarla? Amara no dio permiso."
hospital-photos-ask-public-feedback = Defendiste a Amara sin ser cruel con nadie. Eso es ser valiente.
hospital-photos-ask-public-amara = Alguien notó su "ah" y dijo algo.
hospital-photos-ask-public-kenji = No quería hacerle daño, y ahora se da cuenta.
hospital-photos-ask-public-priya = Escribe: "Sí, bórrala, por favor."
hospital-photos-ask-private = Escribirle a Kenji en privado: "Creo que a Amara le molestó. ¿Puedes borrarla?"
hospital-photos-ask-private-feedback = Un mensaje privado deja que Kenji lo arregle sin sentirse señalado delante de todos.
hospital-photos-ask-private-kenji = Es más fácil escuchar cuando nadie está mirando.
hospital-photos-just-joke = Escribir: "¡Tranquila, Amara, es solo una broma! 😂"
hospital-photos-just-joke-feedback = Querías quitarle importancia. Pero "es solo una broma" hace sentir que lo que sientes no cuenta. Pedir que borren la foto ayuda.
hospital-photos-just-joke-amara = Le quitaron importancia a lo que siente delante de todos.
hospital-photos-just-joke-mateo = Cree que estás de su lado.
hospital-photos-say-nothing = No decir nada. Ya se olvidarán.
hospital-photos-say-nothing-feedback = No decir nada parece más seguro. Pero el silencio puede hacer creer que todos están de acuerdo. Una sola voz amable ayuda.
hospital-photos-say-nothing-amara = Ve muchas risas y a nadie que diga basta.

hospital-photos-kenji-sorry = ¡Perdón, Amara! Solo quería mostrar que estás bien. Ya la borré.
hospital-photos-photo-stays = La foto sigue en el chat. Aparecen dos caritas de risa más.
hospital-photos-amara-quiet = Amara no escribe nada más. Se quedó callada.

hospital-photos-reach-out = ¿Cómo podrías acercarte a Amara, { $nickname }?
hospital-photos-private-message = Escribirle a Amara en privado: "Perdón por lo de la foto. ¡Ojalá vuelvas pronto! 💛"
hospital-photos-private-message-feedback = Demostraste que te importa. Un mensaje privado dice "estoy contigo" sin nadie mirando.
hospital-photos-private-message-amara = Alguien piensa en ella, y no para reírse.
hospital-photos-group-get-well = Escribir "¡Que te mejores, Amara!" en el chat de la clase.
hospital-photos-group-get-well-feedback = ¡Palabras amables! Pero en el chat quedan justo debajo de las bromas. En privado puede sentirse más seguro.
hospital-photos-group-get-well-amara = Amara se siente un poco mejor. Pero sigue viendo las bromas de arriba.
hospital-photos-screenshots = Mandarle a Amara capturas de las bromas, para que sepa quién se rio.
hospital-photos-screenshots-feedback = Querías que lo supiera. Pero leer otra vez cada broma duele, y las capturas hacen más copias. Un mensaje amable ayuda más.
hospital-photos-screenshots-amara = Lee otra vez cada broma, una por una.

hospital-photos-amara-thanks = Gracias. Aquí me aburro mucho, y eso me hizo sonreír. 💛
hospital-photos-no-reply = Amara no contesta. A lo mejor está descansando.
hospital-photos-uneasy = Aun así, mucha gente vio esa foto. Puede que alguien la haya guardado.

hospital-photos-grown-up = Esto es demasiado para arreglarlo sin ayuda. ¿Qué haces?
hospital-photos-tell-teacher = Contarle lo que pasó a la Sra. Okafor, tu maestra.
hospital-photos-tell-teacher-feedback = Contárselo a un adulto no es meter a nadie en problemas. Es buscar ayuda para Amara.
hospital-photos-tell-teacher-okafor = Confiaste en ella, y ahora puede ayudar.
hospital-photos-tell-parent = Contárselo esta noche a un adulto de tu casa y mostrarle el chat.
hospital-photos-tell-parent-feedback = ¡Qué buena idea, y qué valiente! Te escuchan y te ayudan a escribirle a la Sra. Okafor.
hospital-photos-tell-parent-okafor = Ya lo sabe y tiene un plan.
hospital-photos-ask-amara = Preguntarle antes a Amara: "¿Te parece bien si se lo cuento a la Sra. Okafor?"
hospital-photos-ask-amara-feedback = Preguntaste antes de contar algo suyo. Eso es respeto, y además consigues ayuda.
hospital-photos-ask-amara-amara = Ella también decide lo que pasa ahora.
hospital-photos-keep-quiet = No contárselo a nadie. Eso sería acusar a otros.
hospital-photos-keep-quiet-feedback = A mucha gente le preocupa eso. Pero contarlo para ayudar a alguien es cuidar, no acusar. Mañana todavía puedes contárselo a un adulto.
hospital-photos-keep-quiet-amara = No sabe adónde llegó esa foto.

hospital-photos-amara-says-yes = Sí, por favor. No quiero que esto le pase a nadie más.
hospital-photos-teacher-steps-in = Las fotos de una persona también son suyas. Preguntemos antes, y borremos esta juntos.

hospital-photos-end-cared-for = La foto ya no está, y la Sra. Okafor se asegura de que nadie tenga copia. La clase le hace a Amara una tarjeta gigante.
hospital-photos-end-cared-for-reflect = ¿Qué te gustaría que hicieran tus amigos si compartieran una foto tuya?
hospital-photos-end-cared-for-amara = Sabe que a su clase le importa.
hospital-photos-end-cared-for-kenji = Arregló su error, y la próxima vez preguntará antes.
hospital-photos-end-grown-up-helps = Todos borran la foto. Kenji pide perdón, y Mateo le manda a Amara un mensaje para que se mejore.
hospital-photos-end-grown-up-helps-reflect = ¿A qué adultos se lo podrías contar si compartieran la foto de un amigo o amiga?
hospital-photos-end-grown-up-helps-amara = La maestra ayudó, y la foto ya no está.
hospital-photos-end-grown-up-helps-mateo = No pensó en cómo se sentía Amara. Ahora sí.
hospital-photos-end-still-wondering = Amara vuelve a clase. Sonríe, pero todavía se pregunta quién vio esa foto.
hospital-photos-end-still-wondering-reflect = Si pudieras volver atrás, ¿qué harías para que Amara no tuviera esa duda?
hospital-photos-end-still-wondering-amara = Cuesta no saber adónde llegó una foto.
hospital-photos-end-still-wondering-priya = Amara tiene con quién sentarse en el recreo.

hospital-photos-discuss-1 = ¿Por qué alguien podría no querer que compartan una foto suya en el hospital, aunque sea con cariño?
hospital-photos-discuss-2 = Kenji no quería hacerle daño a Amara. ¿Qué podría haber hecho antes de subirla?
hospital-photos-discuss-3 = ¿Alguna vez alguien compartió una foto tuya sin preguntarte? ¿Cómo te sentiste y quién te ayudó?
