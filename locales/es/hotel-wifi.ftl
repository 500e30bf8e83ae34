hotel-wifi-title = Dos nombres de wifi
hotel-wifi-summary = De vacaciones, el niño encuentra dos redes wifi con nombres parecidos, y una ventana en la red "gratis" le pide nombre completo, cumpleaños y teléfono "para ganar una estancia gratis". Los niños practican preguntar al personal del hotel, guardar sus datos personales, ayudar a un hermano menor, ser amables con una recepcionista con mucho trabajo y cerrar sesión en una computadora compartida.

hotel-wifi-sam = Sam
hotel-wifi-mum = Mamá
hotel-wifi-ms-bauer = Sra. Bauer
hotel-wifi-yuki = Yuki

hotel-wifi-hook = ¡Vacaciones! Tu familia acaba de llegar al Hotel Caracola, junto al mar.
hotel-wifi-bags = Mami y yo subimos las maletas. Ustedes esperen aquí. ¡Volvemos en diez minutos!
hotel-wifi-lobby = Tú y tu hermanito Sam se sientan en un sofá grande del vestíbulo. Abres la tableta.
hotel-wifi-two-names = La lista de wifi muestra dos nombres: "Hotel-Huespedes", con candado, y "Hotel_WiFi_Gratis", sin candado.
hotel-wifi-sam-wants = ¡Elige la gratis! ¡Quiero ver dibujos animados!

hotel-wifi-wifi-prompt = Los nombres se parecen mucho. ¿Qué haces, { $nickname }?
hotel-wifi-wifi-free = Usar "Hotel_WiFi_Gratis". ¡Gratis es gratis!
hotel-wifi-wifi-free-feedback = Gratis suena genial, y mucha gente la elegiría. Pero cualquiera cerca puede ponerle a una red el nombre que quiera. Comprobar cuál es la del hotel te protege.
hotel-wifi-wifi-free-sam = Sam aplaude. Cree que ya vienen los dibujos.
hotel-wifi-wifi-ask = Preguntar en recepción cuál es la red del hotel.
hotel-wifi-wifi-ask-feedback = Bien pensado. Un nombre se copia fácil. Quien maneja el wifi sabe cuál es la de verdad.
hotel-wifi-wifi-ask-sam = Sam resopla. Los dibujos tienen que esperar un poco más.
hotel-wifi-wifi-wait = No conectarte a ninguna. Esperar a que vuelva mamá.
hotel-wifi-wifi-wait-feedback = No usar una red que no conoces es seguro. Pero Sam se aburre, y podrías averiguar la respuesta por tu cuenta.
hotel-wifi-wifi-wait-sam = Para Sam, diez minutos son una eternidad.

hotel-wifi-joined = Tocas "Hotel_WiFi_Gratis". Una ventana brillante llena la pantalla.
hotel-wifi-sam-joins = Sam se aburre. Agarra la tableta y toca "Hotel_WiFi_Gratis". Una ventana brillante llena la pantalla.
hotel-wifi-back-to-sam = Vuelves rápido al sofá. Sam tiene la tableta y se conectó a "Hotel_WiFi_Gratis".
hotel-wifi-popup = La ventana parpadea: "¡PUEDES GANAR UNA ESTANCIA GRATIS! Escribe tu nombre completo, cumpleaños y teléfono."
hotel-wifi-sam-typing = ¡Una estancia gratis! ¡Escribo nuestros nombres! ¿Cuál es el teléfono de mamá?

hotel-wifi-sam-prompt = Sam ya está escribiendo. ¿Qué haces, { $nickname }?
hotel-wifi-sam-grab = Quitarle la tableta: "¡Para! ¡Es una trampa!"
hotel-wifi-sam-grab-feedback = Evitaste que los datos salieran. Pero Sam se asustó y no sabe por qué. Explicarlo con calma lo ayuda a aprender.
hotel-wifi-sam-grab-sam = Sam creía que ganaba un premio para todos. Y de pronto, no tiene la tableta.
hotel-wifi-sam-explain = Sentarte a su lado: "¡Espera! Los premios de verdad no piden cumpleaños. Vamos a comprobarlo."
hotel-wifi-sam-explain-feedback = Protegiste los datos de tu familia y le explicaste a Sam por qué. Ahora sabe en qué fijarse.
hotel-wifi-sam-explain-sam = Sam deja de escribir. Fue como revisar en equipo, no un regaño.
hotel-wifi-sam-type = Ayudarlo a terminar. ¡Una estancia gratis sería increíble!
hotel-wifi-sam-type-feedback = Estas ventanas están hechas para emocionar. Pero el nombre, el cumpleaños y el teléfono son privados. Contárselo pronto a un adulto es el mejor paso.
hotel-wifi-sam-type-sam = Sam cree que están a punto de ganar unas vacaciones.
hotel-wifi-thank-you-popup = La ventana dice: "¡Gracias! Pronto llamaremos al ganador." Luego desaparece. Algo no encaja.

hotel-wifi-desk = Vas a recepción a preguntar. Suena el teléfono y tres huéspedes esperan en fila.
hotel-wifi-busy = ¡Un momento, por favor! Enseguida los atiendo.
hotel-wifi-desk-prompt = La Sra. Bauer tiene mucho trabajo. ¿Qué haces, { $nickname }?
hotel-wifi-desk-wait = Esperar tu turno. Luego preguntar con educación y dar las gracias.
hotel-wifi-desk-wait-feedback = Ser paciente y amable hace más fácil un trabajo difícil. Y te respondió quien de verdad lo sabe.
hotel-wifi-desk-wait-bauer = Una pregunta amable fue lo mejor de su mañana tan ocupada.
hotel-wifi-desk-push = Pasar adelante: "¡Una pregunta rápida! ¿Cuál es el wifi de verdad?"
hotel-wifi-desk-push-feedback = Tu pregunta era buena. Pero adelantarte en la fila estresa a alguien que ya va con prisa. Esperar un minuto es más amable.
hotel-wifi-desk-push-bauer = La Sra. Bauer estaba en medio de una llamada.
hotel-wifi-desk-card = Mirar primero. Hay una tarjetita del wifi en el mostrador.
hotel-wifi-desk-card-feedback = ¡Buen ojo! Los hoteles suelen escribir el nombre real de la red. Encontraste la respuesta sin hacer fila.
hotel-wifi-desk-card-bauer = La Sra. Bauer te ve y te levanta el pulgar entre llamada y llamada.
hotel-wifi-bauer-answers = Nuestra red es "Hotel-Huespedes". La contraseña está en tu tarjeta de la habitación. ¡"Hotel_WiFi_Gratis" no es nuestra!
hotel-wifi-bauer-never = Y nunca pedimos cumpleaños ni teléfonos para usar el wifi. ¡Gracias por preguntar!
hotel-wifi-card-says = La tarjeta dice: "Nuestro wifi: Hotel-Huespedes. Contraseña en tu tarjeta. Nunca pedimos datos personales."

hotel-wifi-connected = Te conectas a "Hotel-Huespedes" con la contraseña de la tarjeta. ¡Por fin, dibujos para Sam!
hotel-wifi-computer = Más tarde, usas la computadora compartida del vestíbulo. Entras en tu correo y le mandas a tu mejor amigo una foto de la playa.
hotel-wifi-yuki-waits = ¡Hola! Soy Yuki, del club infantil. ¿Puedo usar la computadora después de ti?
hotel-wifi-pc-prompt = La foto ya se envió. ¿Qué haces ahora, { $nickname }?
hotel-wifi-pc-signout = Cerrar sesión en tu correo y cerrar el navegador. Luego darle el turno a Yuki.
hotel-wifi-pc-signout-feedback = Esa costumbre mantiene tu cuenta solo para ti. La siguiente persona encuentra la pantalla limpia.
hotel-wifi-pc-signout-yuki = Yuki usa la computadora enseguida, sin nada tuyo en ella.
hotel-wifi-pc-close = Solo cerrar la ventana. Con eso basta.
hotel-wifi-pc-close-feedback = Parece terminado, pero cerrar la ventana a menudo deja la sesión abierta. Cerrar sesión primero es lo seguro.
hotel-wifi-pc-close-yuki = Yuki se sienta. No sabe que tu cuenta sigue abierta.
hotel-wifi-pc-rush = Levantarte rápido, para que Yuki no espere.
hotel-wifi-pc-rush-feedback = No hacer esperar a Yuki es considerado. Pero tu correo sigue abierto y cualquiera puede verlo. Diez segundos para cerrar sesión valen la pena.
hotel-wifi-pc-rush-yuki = Tu correo sigue abierto en la pantalla, delante de ella.
hotel-wifi-yuki-spots = ¡Oye, tu correo sigue abierto! No leí nada. ¿Quieres cerrar sesión?
hotel-wifi-sign-out-now = Cierras sesión y le das las gracias a Yuki. Ella te sonríe.

hotel-wifi-mum-arrives = Mamá cruza el vestíbulo en su silla de ruedas, sonriendo.
hotel-wifi-mum-back = ¡Todo en su sitio! Mami está en el balcón. ¿Qué tal por aquí?
hotel-wifi-tell-prompt = Sam escribió datos de la familia en esa ventana. ¿Qué le dices a mamá, { $nickname }?
hotel-wifi-tell-mum = Contarle a mamá lo de la ventana y lo que escribió Sam.
hotel-wifi-tell-mum-feedback = Contarlo rápido es la mejor solución. Nadie está en problemas por caer en un engaño, y ahora mamá puede ayudar.
hotel-wifi-tell-mum-mum = Se lo contaste enseguida, aunque era incómodo.
hotel-wifi-tell-mum-sam = Sam teme haber roto algo. Pero no rompió nada.
hotel-wifi-keep-quiet = Decir "¡Bien!". Sam podría meterse en problemas.
hotel-wifi-keep-quiet-feedback = Querer proteger a Sam es amable. Pero nadie está en problemas por caer en un engaño, y un adulto puede ayudar. Todavía puedes contárselo.
hotel-wifi-keep-quiet-mum = Mamá todavía no lo sabe, así que no puede ayudar.
hotel-wifi-sam-blurts = ¡Mamá! ¡Podemos ganar una estancia gratis! ¡Escribí nuestro teléfono!
hotel-wifi-mum-helps = Gracias por contármelo. Nadie está en problemas. Estos engaños confunden también a los adultos.
hotel-wifi-mum-plan = Haremos que la tableta olvide esa red, y no contestaremos llamadas de números desconocidos. Contémoselo también a la Sra. Bauer.

hotel-wifi-end-smooth = Sam ve dibujos con el wifi de verdad, y los datos de tu familia siguen privados. ¡Ahora sí empiezan las vacaciones!
hotel-wifi-end-smooth-reflect = ¿Cómo puedes saber si una red wifi, o un premio, es de verdad?
hotel-wifi-end-smooth-sam = Sam tiene sus dibujos, y aprendió a descubrir trampas.
hotel-wifi-end-smooth-mum = Mamá se entera de cómo cuidaste de Sam y de ti.
hotel-wifi-end-yuki = Todo está resuelto, con un poco de ayuda de Yuki. La próxima vez, cerrarás sesión antes de levantarte.
hotel-wifi-end-yuki-reflect = ¿Qué debes hacer siempre antes de dejar una computadora compartida?
hotel-wifi-end-yuki-yuki = Yuki ayudó a alguien en su primer día en el club infantil.
hotel-wifi-end-mum-helps = La Sra. Bauer pone un cartel para avisar a otros huéspedes de la red falsa. Sam ve sus dibujos con el wifi de verdad.
hotel-wifi-end-mum-helps-reflect = Si tú o un amigo escriben datos en una ventana así, ¿a quién se lo contarías?
hotel-wifi-end-mum-helps-mum = Se lo contaste rápido, así que pudo ayudar rápido.
hotel-wifi-end-mum-helps-sam = Nadie se enojó con él, y ahora sabe en qué fijarse.
hotel-wifi-end-sam-told = Gracias a lo que dijo Sam, mamá pudo ayudar, y la Sra. Bauer avisa a otros huéspedes. La próxima vez, puedes ser tú quien lo cuente.
hotel-wifi-end-sam-told-reflect = ¿Por qué alguien se callaría después de caer en un engaño? ¿Qué le ayudaría a contarlo?
hotel-wifi-end-sam-told-mum = Ahora que lo sabe, puede ayudar, y nadie está en problemas.

hotel-wifi-discuss-1 = "Hotel-Huespedes" y "Hotel_WiFi_Gratis" se parecen mucho. ¿Por qué alguien crearía una red con un nombre parecido al de un hotel, y cómo puedes comprobar cuál es la real?
hotel-wifi-discuss-2 = La ventana ofrecía una estancia gratis a cambio del nombre, el cumpleaños y el teléfono. ¿Qué hace que una oferta sea "demasiado buena para ser verdad"? ¿Qué otros datos debes mantener en privado?
hotel-wifi-discuss-3 = La Sra. Bauer tenía mucho trabajo. ¿Cómo podemos pedir ayuda con amabilidad cuando alguien va con prisa? ¿Y cómo ayudarías a un niño más pequeño que está a punto de compartir datos privados?
