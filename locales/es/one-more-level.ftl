one-more-level-title = Solo un nivel más
one-more-level-summary = Se acabó el tiempo de tableta, pero el juego dice "¡Solo un nivel más!" y muestra un premio brillante, mientras la hermana pequeña espera su turno y Nana llama a cenar. Los niños practican notar los ojos cansados y el mal humor, parar porque lo deciden y ver que algunos juegos están hechos para que sigas jugando.

one-more-level-zara = Zara
one-more-level-nana = Nana Adjoa

one-more-level-hook = En tu cuarto, juegas a un juego de granja.
one-more-level-timer = Suena el reloj de Nana. ¡Din! Se acabó el tiempo.
one-more-level-zara-waits = ¡Ahora me toca a mí! ¡Llevo mucho esperando!
one-more-level-game-flashes = El juego brilla: "¡Solo un nivel más! ¡Gana un cofre de oro!"

one-more-level-stop-prompt = Se acabó el tiempo, pero el cofre brilla tanto. ¿Qué haces, { $nickname }?
one-more-level-one-more = Tocar "Un nivel más".
one-more-level-one-more-feedback = ¡Cuesta decir que no a ese cofre! Pero Zara sigue esperando. Puedes parar después de este nivel.
one-more-level-one-more-zara = Es su turno, pero tiene que seguir esperando.
one-more-level-stop-now = Tocar "Parar" y darle la tableta a Zara.
one-more-level-stop-now-feedback = Paraste cuando sonó el reloj. ¡Eso cuesta! Tu granja seguirá ahí la próxima vez.
one-more-level-stop-now-zara = Le toca justo a tiempo.
one-more-level-go-away = Decir: "¡Vete, Zara! ¡Solo uno más!"
one-more-level-go-away-feedback = Querías mucho ese cofre. Pero "vete" dolió. Una palabra amable puede arreglarlo.
one-more-level-go-away-zara = Esperó mucho rato. Y luego le dijiste que se fuera.

one-more-level-level-won = Ganas el nivel. Y el juego brilla otra vez.
one-more-level-bigger-chest = "¡Un nivel más! ¡Te espera un cofre más grande!"
one-more-level-tired = Tienes los ojos secos y cansados. Estás de mal humor.

one-more-level-body-prompt = Tu cuerpo te está diciendo algo. ¿Qué haces?
one-more-level-listen = Decir: "Tengo los ojos cansados. Voy a parar."
one-more-level-listen-feedback = Escuchaste a tu cuerpo. Los ojos cansados y el mal humor dicen: "¡Descansa!"
one-more-level-listen-zara = Por fin le toca. Corre a buscar la tableta.
one-more-level-keep-going = Seguir jugando. El próximo cofre parece aún mejor.
one-more-level-keep-going-feedback = El juego siempre muestra un cofre nuevo. Así nunca se acaba. Un adulto te puede ayudar a parar.
one-more-level-keep-going-zara = Lleva mucho esperando. Va a buscar a Nana.
one-more-level-watch = Decir: "¡Zara, siéntate y mira cómo juego!"
one-more-level-watch-feedback = A Zara le gusta estar contigo. Pero mirar no es jugar. Su turno sigue esperando.
one-more-level-watch-zara = Está a tu lado. Pero todavía quiere su turno.

one-more-level-nana-comes = Nana entra. Lleva a Zara de la mano.
one-more-level-nana-asks = El reloj sonó hace rato. ¿Cómo tienes los ojos?
one-more-level-nana-prompt = ¿Qué le dices a Nana, { $nickname }?
one-more-level-tell-truth = "Tengo los ojos cansados. El juego siempre dice uno más."
one-more-level-tell-truth-feedback = Le dijiste la verdad a Nana. Ahora te puede ayudar a parar.
one-more-level-tell-truth-nana = Le contaste cómo te sientes de verdad.
one-more-level-im-fine = "¡Estoy bien! ¡Acabo de empezar!"
one-more-level-im-fine-feedback = Muchos niños dicen eso para seguir jugando. Pero Nana vio el reloj. La verdad la ayuda a ayudarte.
one-more-level-im-fine-nana = Ve ojos cansados y una cara de mal humor.
one-more-level-not-fair = Gritar: "¡No es justo! ¡No gané el cofre!"
one-more-level-not-fair-feedback = Mucho rato de pantalla pone de mal humor a cualquiera. Está bien. Un abrazo y un descanso ayudan.
one-more-level-not-fair-nana = Sabe que jugar mucho rato hace sentir así.
one-more-level-nana-helps = Vamos a guardar. Tu granja te va a esperar.
one-more-level-shelf = Guardas el juego con Nana. La tableta va al estante.
one-more-level-dinner = ¡La cena está lista! ¡A comer, mis estrellas!

one-more-level-zara-plays = Zara juega su turno. Tú haces una torre de bloques.
one-more-level-zara-one-more = ¡Solo un nivel más! ¿Sí?
one-more-level-help-prompt = Zara no quiere parar. ¿Qué haces?
one-more-level-help-stop = Decir: "¡Siempre dice eso! Guarda y vamos a comer."
one-more-level-help-stop-feedback = Sabes lo difícil que es parar. Por eso ayudaste a Zara con cariño.
one-more-level-help-stop-zara = Guarda su juego. Parar fue más fácil contigo.
one-more-level-grab = Quitarle la tableta a Zara de las manos.
one-more-level-grab-feedback = Querías ayudarla a parar. Pero quitársela la molestó. Pedirlo con cariño funciona mejor.
one-more-level-grab-zara = Le quitaron la tableta de las manos.
one-more-level-go-eat = Ir a comer. Zara puede parar sola.
one-more-level-go-eat-feedback = Zara es pequeña. Parar también le cuesta. Así que Nana viene a ayudar.
one-more-level-go-eat-zara = Oye "a cenar", pero no puede parar sola.
one-more-level-go-eat-nana = Ayuda a Zara a guardar el juego.

one-more-level-zara-asks = ¿Por qué el juego siempre dice "uno más"?
one-more-level-trick-prompt = ¿Qué le dices a Zara, { $nickname }?
one-more-level-made-to-keep = "El juego quiere que sigamos. Pero decidimos nosotros."
one-more-level-made-to-keep-feedback = ¡Sí! Los premios brillantes están hechos para que sigas jugando. Tú decides cuándo parar.
one-more-level-made-to-keep-zara = No sabía que los juegos quieren atraparla.
one-more-level-best-part = "¡Porque el cofre es lo mejor!"
one-more-level-best-part-feedback = Los cofres son divertidos. Pero siempre hay uno nuevo. Así el juego nunca se acaba.
one-more-level-best-part-zara = Ella también quiere un cofre. Aún no ve el truco.
one-more-level-play-cards = "No sé. ¿Jugamos a las cartas después de cenar?"
one-more-level-play-cards-feedback = Jugar a las cartas con Zara es un gesto amable. Y su pregunta es buena. Nana puede ayudar.
one-more-level-play-cards-zara = Le encanta jugar contigo.
one-more-level-nana-smiles = ¡Muy bien! Viste el truco. ¡Ahora, a comer!
one-more-level-nana-explains = Algunos juegos están hechos para que sigas jugando. Pero tú decides cuándo parar.
one-more-level-say-sorry = Después de cenar, le dices a Zara: "Perdón." Te da un abrazo fuerte.

one-more-level-end-by-choice = Paraste por tu cuenta. Zara tuvo su turno. ¡La cena está riquísima!
one-more-level-end-by-choice-reflect = ¿Cómo te dice tu cuerpo que toca descansar?
one-more-level-end-by-choice-zara = Su turno llegó justo a tiempo.
one-more-level-end-by-choice-nana = Decidiste parar, aunque el cofre brillaba.
one-more-level-end-nana-helped = Hoy Nana te ayudó a parar. La próxima vez, Zara juega primero. Y tú puedes intentar parar por tu cuenta.
one-more-level-end-nana-helped-reflect = ¿Qué puedes hacer cuando un juego dice "uno más"?
one-more-level-end-nana-helped-nana = Parar cuesta. Te va a ayudar mientras aprendes.
one-more-level-end-nana-helped-zara = La próxima vez le toca primero.

one-more-level-discuss-1 = El juego mostró un premio justo cuando se acabó el tiempo. ¿Por qué lo haría? ¿Qué otras cosas intentan que sigamos mirando o jugando?
one-more-level-discuss-2 = ¿Cómo se siente tu cuerpo después de mucho rato frente a una pantalla? ¿Qué señales dicen que toca descansar, y qué ayuda?
one-more-level-discuss-3 = ¿Cómo podría una familia compartir una tableta de forma justa? ¿Qué plan para parar funcionaría en tu casa?
