prize-pop-up-title = ¿Ganaste un perrito?
prize-pop-up-summary = Dos primos juegan a colorear y sale una ventana brillante: dicen que ganaron un perrito de juguete y piden su nombre, dirección y escuela. Los niños practican reconocer anuncios disfrazados de premio, cuidar sus datos personales y preguntar a un adulto.

## Characters
prize-pop-up-hana = Hana
prize-pop-up-grandma-mei = Abuela Mei

## Hook
prize-pop-up-hook = Es un día de lluvia en casa de la abuela Mei. Juegas a colorear con tu prima Hana.
prize-pop-up-hook-hana = ¡Pinté el gato de rosa! Ahora elige tú.
prize-pop-up-popup = ¡Pop! Sale una ventana brillante. Tiene estrellas que giran.
prize-pop-up-popup-says = Dice: "¡Ganaste un perrito de juguete! Escribe tu nombre, dirección y escuela."
prize-pop-up-hana-wants = ¡Un perrito! ¡Yo escribo! ¡Sé nuestra calle!

## The pop-up
prize-pop-up-popup-prompt = ¿Qué haces, { $nickname }?
prize-pop-up-let-hana = Dejar que Hana escriba. ¡Qué bien, un perrito!
prize-pop-up-let-hana-feedback = Parecía un premio de verdad. Pero tu nombre y tu casa son privados. Contarle a la abuela ayuda.
prize-pop-up-let-hana-hana = Cree que pronto llegará un perrito.
prize-pop-up-ask-grandma = Decir: "¡Espera! Preguntemos a la abuela."
prize-pop-up-ask-grandma-feedback = Paraste y preguntaste. Un adulto sabe ver si es premio o trampa.
prize-pop-up-ask-grandma-hana = Quería escribir rápido. Ahora espera.
prize-pop-up-ask-grandma-grandma = Fuiste a ella antes de escribir nada.
prize-pop-up-close-it = Tocar la X. Cerrar la ventana.
prize-pop-up-close-it-feedback = ¡Bien pensado! Un premio de verdad no pide tu casa. Contarle a la abuela es un buen paso.
prize-pop-up-close-it-hana = Quería mucho ese perrito.

## Typed path
prize-pop-up-more-box = Hana escribe los nombres y la calle. No llega ningún perrito.
prize-pop-up-more-box-says = Luego la ventana dice: "¡Ahora escribe un teléfono! ¡Rápido!"
prize-pop-up-more-prompt = La ventana pide más. ¿Y ahora, { $nickname }?
prize-pop-up-tell-now = Ir a contárselo a la abuela Mei.
prize-pop-up-tell-now-feedback = ¡Qué valiente! Contarlo es la mejor ayuda, incluso después de escribir.
prize-pop-up-tell-now-grandma = Le alegra que vinieras. Sabe cómo ayudar.
prize-pop-up-type-more = Escribir el número. ¡El perrito ya viene!
prize-pop-up-type-more-feedback = La ventana pide más y más. Esa es una pista. Es una trampa, no un premio. La abuela puede ayudar.
prize-pop-up-type-more-hana = No llegó ningún perrito. Solo más preguntas.
prize-pop-up-close-quiet = Cerrar la ventana. No contar nada.
prize-pop-up-close-quiet-feedback = Cerrarla fue buena idea. Pero los nombres ya están en la ventana. La abuela puede ayudar.
prize-pop-up-close-quiet-hana = Escribió los nombres. Ahora no sabe si estuvo bien.

## Closed path
prize-pop-up-box-again = Cierras la ventana. ¡Pero pop! Sale otra vez.
prize-pop-up-box-again-says = Dice: "¡Última oportunidad! ¡Consigue tu perrito ya!"
prize-pop-up-hana-quick = ¡Rápido! ¡Que se va el perrito!
prize-pop-up-again-prompt = Hana tiene prisa. ¿Qué haces?
prize-pop-up-close-tell = Cerrarla otra vez. Luego contárselo a la abuela.
prize-pop-up-close-tell-feedback = "Última oportunidad" es una trampa para darte prisa. Fuiste con calma y pediste ayuda.
prize-pop-up-close-tell-grandma = Le contaste lo de la ventana enseguida.
prize-pop-up-close-tell-hana = La abuela sabrá qué hacer.
prize-pop-up-let-tap = Dejar que Hana la toque. Solo esta vez.
prize-pop-up-let-tap-feedback = Hana tenía prisa. Pero la ventana pedía nombres y dirección. La abuela puede ayudar.
prize-pop-up-let-tap-hana = Escribió los nombres, pero no llegó ningún perrito.
prize-pop-up-switch-off = Apagar la tableta. Jugar con bloques.
prize-pop-up-switch-off-feedback = No diste ningún nombre. Contarle a la abuela lo de la ventana también ayudaría.
prize-pop-up-switch-off-hana = Todavía piensa en el perrito.

## Grandma finds the box
prize-pop-up-grandma-sees = Más tarde, la abuela Mei toma la tableta. ¡Pop! Sale la ventana del perrito.
prize-pop-up-grandma-asks = ¡Oh! ¿Alguien vio esta ventana?
prize-pop-up-open-prompt = ¿Qué dices, { $nickname }?
prize-pop-up-tell-all = Contarle todo a la abuela.
prize-pop-up-tell-all-feedback = Contárselo a un adulto es de valientes. Caer en una trampa no te mete en problemas.
prize-pop-up-tell-all-grandma = Ya lo sabe, y puede ayudar.
prize-pop-up-shrug = Encoger los hombros: "No sé."
prize-pop-up-shrug-feedback = Contarlo puede costar. Pero la abuela no está molesta. Solo quiere ayudar.
prize-pop-up-shrug-grandma = Nota que algo pasa.
prize-pop-up-hana-blurts-typed = ¡Puse nuestros nombres! ¡Por un perrito!
prize-pop-up-hana-blurts = ¡Dijo que ganamos un perrito!
prize-pop-up-grandma-kind = Gracias, Hana. Nadie está en problemas. Vamos a verlo.

## Grandma helps
prize-pop-up-grandma-comes = Gracias por contármelo. Vamos a verlo.
prize-pop-up-grandma-explains = Esto es un anuncio. Parece un premio, pero es una trampa. Quiere saber quién eres.
prize-pop-up-grandma-private = Tu nombre completo, tu casa y tu escuela son privados. Son solo para gente que conocemos.

## What is private?
prize-pop-up-private-prompt = La abuela pregunta: "¿Qué puedes contarle a un juego?"
prize-pop-up-colour = Mi color favorito.
prize-pop-up-colour-feedback = ¡Sí! Un color se puede compartir. No dice quién eres.
prize-pop-up-colour-grandma = Sabes qué se puede compartir.
prize-pop-up-school = El nombre de mi escuela.
prize-pop-up-school-feedback = Muchos niños lo creen. Pero tu escuela dice dónde estás cada día. Es privada.
prize-pop-up-school-grandma = Le gusta ayudarte a aprenderlo.
prize-pop-up-full-name = Mi nombre y mi apellido.
prize-pop-up-full-name-feedback = Tu nombre completo también es privado. En los juegos, usa un nombre divertido.
prize-pop-up-full-name-grandma = Le gusta ayudarte a aprenderlo.

## Hana
prize-pop-up-hana-sad = ¿Entonces no hay perrito?
prize-pop-up-hana-prompt = Hana está triste. ¿Qué le dices, { $nickname }?
prize-pop-up-both-tricked = "A mí también me engañó. ¡Dibujemos un perrito!"
prize-pop-up-both-tricked-feedback = Viste que Hana estaba triste. Ahora no se siente sola.
prize-pop-up-both-tricked-hana = Va a hacer un perrito contigo.
prize-pop-up-baby = "¡Era falso! Eres muy bebé."
prize-pop-up-baby-feedback = La trampa engañó a Hana. Puede engañar a cualquiera. Pedir perdón ayuda.
prize-pop-up-baby-hana = Creyó en la ventana, y ahora te reíste de ella.
prize-pop-up-hug = Abrazar a Hana: "Las trampas engañan a mucha gente."
prize-pop-up-hug-feedback = Las palabras amables ayudan. Cualquiera puede caer, hasta los adultos.
prize-pop-up-hug-hana = No es la única a quien engañaron.
prize-pop-up-say-sorry = Luego le pides perdón a Hana. Ella te sonríe un poco.

## Endings
prize-pop-up-end-puppy-picture = Coloreas un perrito grande con Hana. La abuela lo cuelga en la pared. ¡Sin ventanas!
prize-pop-up-end-puppy-picture-reflect = Un juego pide tu nombre o tu casa. ¿Qué puedes hacer?
prize-pop-up-end-puppy-picture-hana = ¡Al final tiene un perrito, en papel!
prize-pop-up-end-puppy-picture-grandma = No diste nombres ni dirección.
prize-pop-up-end-grandma-helps = La abuela Mei se lo cuenta a la familia. Ajusta la tableta para que salgan menos ventanas. ¡Ya conoces la trampa!
prize-pop-up-end-grandma-helps-reflect = ¿A quién le cuentas si escribes algo sin querer?
prize-pop-up-end-grandma-helps-hana = Un adulto se está ocupando.
prize-pop-up-end-grandma-helps-grandma = Se lo contaste y pudo ayudar.
prize-pop-up-end-next-time = La abuela Mei arregla la tableta. Les da un abrazo. La próxima vez, cuéntale enseguida.
prize-pop-up-end-next-time-reflect = ¿Por qué es bueno contarle enseguida a un adulto?
prize-pop-up-end-next-time-grandma = No está molesta. Solo quiere saberlo.
prize-pop-up-end-next-time-hana = La abuela ayudó, y nadie los regañó.

## For teachers
prize-pop-up-discuss-1 = La ventana decía "¡Ganaste!" y "¡Última oportunidad!". ¿Qué pistas nos dicen que un premio puede ser un anuncio o una trampa?
prize-pop-up-discuss-2 = ¿Qué cosas sobre ti son privadas (nombre completo, dirección, escuela, teléfono) y cuáles se pueden compartir en un juego (un color favorito, un nombre de juego)?
prize-pop-up-discuss-3 = Hana se sintió triste y un poco tonta después de la trampa. ¿Cómo podemos ayudar a alguien a quien engañaron en internet? ¿A qué adultos se lo podrían contar?
