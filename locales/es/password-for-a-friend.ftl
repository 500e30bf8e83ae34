password-for-a-friend-title = Una contraseña para una amiga
password-for-a-friend-summary = Leila, la mejor amiga del niño, le pide la contraseña de la app de lectura de la clase para ganarle estrellas. Los niños practican decir que no con amabilidad, cuidar los sentimientos heridos de una amiga, crear una contraseña nueva con ayuda del maestro y saber que las contraseñas solo se comparten con sus adultos de confianza.

password-for-a-friend-leila = Leila
password-for-a-friend-oskar = Oskar
password-for-a-friend-mr-chen = Maestro Chen

password-for-a-friend-hook = ¡Es hora de leer! Cada libro que lees te da estrellas.
password-for-a-friend-leila-stars = ¡Mira! ¡Ya tengo diez estrellas!
password-for-a-friend-you-have = Tú tienes tres. Leila lee superrápido.
password-for-a-friend-leila-asks = Dime tu contraseña. ¡Yo leo por ti y te consigo estrellas!
password-for-a-friend-leila-friends = Somos mejores amigos. ¡Los mejores amigos lo comparten todo!

password-for-a-friend-ask-prompt = ¿Qué le dices, { $nickname }?
password-for-a-friend-share = Decirle a Leila tu contraseña.
password-for-a-friend-share-feedback = Querías compartir con tu amiga. Pero las contraseñas son solo para ti y los adultos de tu casa. Todavía puedes arreglarlo.
password-for-a-friend-share-leila = Leila cree que te está ayudando.
password-for-a-friend-kind-no = Decir: "Perdón, no. Mi contraseña es solo mía."
password-for-a-friend-kind-no-feedback = Cuidaste tu contraseña y lo dijiste con cariño. Los buenos amigos entienden un no.
password-for-a-friend-kind-no-leila = Leila quería ayudar. Esperaba que dijeras que sí.
password-for-a-friend-sharp-no = Decir: "¡Ni hablar! ¡Lo arruinarías!"
password-for-a-friend-sharp-no-feedback = Tu contraseña está a salvo. Pero tus palabras fueron duras. Puedes decir que no con amabilidad.
password-for-a-friend-sharp-no-leila = Leila solo quería ayudar. Tus palabras le dolieron.

password-for-a-friend-leila-hurt = Leila se cruza de brazos. Mira al suelo.
password-for-a-friend-leila-sad = Creí que éramos mejores amigos.
password-for-a-friend-hurt-prompt = Leila está dolida. ¿Qué haces, { $nickname }?
password-for-a-friend-reassure = Decir: "¡Eres mi mejor amiga! Ven a leer conmigo."
password-for-a-friend-reassure-feedback = Cuidaste tu contraseña y a tu amiga. ¡Leer en compañía también es divertido!
password-for-a-friend-reassure-leila = Leila sabe que la sigues queriendo mucho.
password-for-a-friend-give-in = Decirle la contraseña, para que no esté dolida.
password-for-a-friend-give-in-feedback = No querías ver mal a Leila. Eso es amable. Pero una contraseña no es una prueba de amistad.
password-for-a-friend-give-in-leila = Leila sonríe. Cree que no es nada importante.
password-for-a-friend-walk-off = Decir: "¡Pues bueno!" E irte.
password-for-a-friend-walk-off-feedback = Cuesta cuando una amiga está dolida. Pero irte no arregla nada. Pueden hablar más tarde.
password-for-a-friend-walk-off-leila = Ahora Leila está sentada sin nadie.
password-for-a-friend-read-together = ¡Bueno! ¿Leemos tú y yo el libro del dragón?

password-for-a-friend-next-day = Al día siguiente, abres la app de lectura.
password-for-a-friend-joke = ¡Sorpresa! Tu foto es una rana. Tu página dice: "¡Como moscas!"
password-for-a-friend-oskar-laughs = ¡Ja, ja! ¡Comes moscas!
password-for-a-friend-leila-joke = ¡Es una broma! Usé tu contraseña.
password-for-a-friend-cheeks = Se te ponen rojas las mejillas. Toda la clase ve tu página.
password-for-a-friend-joke-prompt = ¿Qué haces, { $nickname }?
password-for-a-friend-joke-tell = Contarle al maestro Chen lo que pasó.
password-for-a-friend-joke-tell-feedback = Contárselo a un adulto es de valientes. El maestro Chen puede ayudarte a arreglarlo.
password-for-a-friend-joke-tell-chen = Fuiste a pedirle ayuda al maestro Chen.
password-for-a-friend-joke-fix = Arreglar tu página. No decir nada.
password-for-a-friend-joke-fix-feedback = Tu página ya está bien. Pero Leila todavía sabe tu contraseña. Un adulto puede ayudarte a hacer una nueva.
password-for-a-friend-joke-fix-leila = Leila cree que la broma no fue nada.
password-for-a-friend-joke-shout = Gritar: "¡Leila, arruinaste mi página!"
password-for-a-friend-joke-shout-feedback = Está bien sentirte mal. Pero gritar también duele. Puedes decirle con calma cómo te sientes.
password-for-a-friend-joke-shout-leila = Toda la clase se giró a mirarla.
password-for-a-friend-frog-again = A la mañana siguiente, ¡la rana volvió!
password-for-a-friend-chen-sees = Te veo mal. ¿Qué pasa?
password-for-a-friend-show-chen = Le muestras tu página al maestro Chen.
password-for-a-friend-chen-hears = Oigo sentimientos fuertes. Respiremos y hablemos.
password-for-a-friend-chen-help = Arreglemos juntos tu página. Luego haremos una contraseña nueva.

password-for-a-friend-class-time = Después del almuerzo, el maestro Chen habla con toda la clase.
password-for-a-friend-toothbrush = Una contraseña es como un cepillo de dientes. ¡Es solo tuya!
password-for-a-friend-grown-ups = Puedes compartirla con los adultos de tu casa. Con nadie más.
password-for-a-friend-class-new = Hoy todos hacen una contraseña nueva. ¡Yo los ayudo!

password-for-a-friend-password-prompt = El maestro Chen te ayuda. ¿Qué contraseña eliges, { $nickname }?
password-for-a-friend-pw-pet = El nombre de tu gato: "Michi". ¡Es fácil!
password-for-a-friend-pw-pet-feedback = ¡Fácil de recordar! Pero tus amigos saben cómo se llama tu gato. Tres palabras locas son más difíciles de adivinar.
password-for-a-friend-pw-pet-chen = El maestro Chen sabe que puedes hacerla más fuerte.
password-for-a-friend-pw-silly = Tres palabras locas: "limón cometa luna".
password-for-a-friend-pw-silly-feedback = ¡Muy buena! Tú la recuerdas. Los demás no la adivinan.
password-for-a-friend-pw-silly-chen = Elegiste una contraseña que solo a ti se te ocurriría.
password-for-a-friend-pw-leila = Pedirle a Leila que elija una.
password-for-a-friend-pw-leila-feedback = Así Leila también la sabría. Una contraseña es solo para ti y los adultos de tu casa.
password-for-a-friend-pw-leila-leila = Leila acaba de oír que las contraseñas son solo tuyas.
password-for-a-friend-show-at-home = Esta noche, enséñasela a un adulto de tu casa.

password-for-a-friend-leila-sorry = Perdón por la rana. Solo quería ser graciosa.
password-for-a-friend-leila-alone = En el recreo, Leila está sola en el rincón de lectura.
password-for-a-friend-leila-prompt = ¿Qué haces, { $nickname }?
password-for-a-friend-make-up = Decirle a Leila cómo te sientes. Luego invitarla a leer.
password-for-a-friend-make-up-feedback = Contaste lo que sentías y le hiciste un lugar. Eso hacen los buenos amigos.
password-for-a-friend-make-up-leila = Leila ve que todavía quieres su amistad.
password-for-a-friend-stay-away = Jugar con Oskar. Dejar a Leila sola.
password-for-a-friend-stay-away-feedback = A veces necesitamos un descanso. Pero Leila sigue dolida. Una palabra amable ayuda, incluso mañana.
password-for-a-friend-stay-away-leila = Leila te mira jugar con Oskar.
password-for-a-friend-stay-away-oskar = Oskar no entiende por qué Leila no juega.

password-for-a-friend-end-own-stars = Tú y Leila leen el libro del dragón. ¡Tú ganas tus estrellas y ella las suyas!
password-for-a-friend-end-own-stars-reflect = ¿Cómo le dices que no a un amigo con cariño?
password-for-a-friend-end-own-stars-leila = Leila lee a tu lado, como siempre.
password-for-a-friend-end-home-help = Leila vuelve a ser tu amiga. En casa, un adulto te ayuda a hacer tu contraseña más fuerte.
password-for-a-friend-end-home-help-reflect = ¿Con quién puedes compartir tu contraseña?
password-for-a-friend-end-home-help-leila = Hicieron las paces, y se sienta contigo otra vez.
password-for-a-friend-end-tomorrow = Tu página ya está a salvo. Pero hoy no jugaste con Leila. Mañana pueden hablar.
password-for-a-friend-end-tomorrow-reflect = ¿Cómo podrías ayudar a Leila a sentirse mejor mañana?
password-for-a-friend-end-tomorrow-leila = Leila te extraña mucho.

password-for-a-friend-discuss-1 = Leila dijo que "los mejores amigos lo comparten todo". ¿Hay cosas que ni los mejores amigos comparten? ¿Por qué una contraseña es una de ellas?
password-for-a-friend-discuss-2 = Leila creyó que cambiar la página era una broma graciosa. ¿Cómo puede sentirse distinta una broma para la persona de la que se trata?
password-for-a-friend-discuss-3 = ¿Con qué adultos podrías compartir una contraseña? ¿Qué harías si otra persona descubriera tu contraseña?
