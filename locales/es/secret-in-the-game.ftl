secret-in-the-game-title = Un secreto en el juego
secret-in-the-game-summary = En un juego de mascotas, alguien que el niño no conoce le manda regalos, luego le pide una foto y le dice "no se lo cuentes a tu abuelo". Los niños practican distinguir secretos buenos de malos, no mandar fotos nunca y contárselo a un adulto de confianza, que ayuda y no se enoja.

secret-in-the-game-grandpa = Abuelo Ahmed
secret-in-the-game-marisol = Tía Marisol
secret-in-the-game-starpaws = StarPaws
secret-in-the-game-kofi = Kofi

secret-in-the-game-hook = Vives con el abuelo Ahmed. Su cumpleaños es el domingo.
secret-in-the-game-cake-secret = ¡Shh! El pastel es nuestro secreto. ¡Es una sorpresa!
secret-in-the-game-cake-smile = Te ríes. Este secreto te hace sonreír.
secret-in-the-game-game-time = Después de clase, juegas a Villa Mascota en la tableta. El abuelo lee cerca.
secret-in-the-game-starpaws-hi = ¡Hola! ¡Tu gatita es muy bonita! ¡Toma un regalo!
secret-in-the-game-gifts = Aparece un plato de oro. ¡Y un gorro de estrellas!
secret-in-the-game-starpaws-friends = Ahora somos mejores amigos, ¿verdad?

secret-in-the-game-gift-prompt = No conoces a StarPaws. ¿Qué haces, { $nickname }?
secret-in-the-game-gift-yes = Escribir: "¡Sí! ¡Mejores amigos!"
secret-in-the-game-gift-yes-feedback = Recibir regalos es bonito. Pero un mejor amigo es alguien que conoces. Puedes ir despacio.
secret-in-the-game-gift-yes-starpaws = StarPaws recibió un sí muy rápido.
secret-in-the-game-gift-thanks = Escribir: "¡Gracias! Pero no te conozco."
secret-in-the-game-gift-thanks-feedback = Fuiste amable, pero con cuidado. La amistad lleva tiempo.
secret-in-the-game-gift-thanks-starpaws = StarPaws esperaba un sí rápido.
secret-in-the-game-gift-show = Mostrarle al abuelo los regalos.
secret-in-the-game-gift-show-feedback = ¡Buena idea! A los adultos les gusta saber con quién juegas.
secret-in-the-game-gift-show-grandpa = Al abuelo le encanta ver a tu gatita con gorro.
secret-in-the-game-grandpa-peek = ¡Qué gorro! Si algo te parece raro, me dices, ¿sí?

secret-in-the-game-ask-photo = ¿Me mandas una foto tuya? ¡Solo tu cara!
secret-in-the-game-the-secret = Es nuestro secreto. No se lo cuentes a tu abuelo.
secret-in-the-game-tummy = Sientes algo raro en la barriga. No es como el secreto del pastel.

secret-in-the-game-photo-prompt = ¿Qué haces, { $nickname }?
secret-in-the-game-photo-send = Mandar una foto. StarPaws fue muy amable.
secret-in-the-game-photo-send-feedback = Querías ser amable también. Pero nunca tienes que mandar fotos. Contárselo al abuelo ayuda.
secret-in-the-game-photo-send-grandpa = El abuelo todavía no lo sabe. Está cerca para ayudarte.
secret-in-the-game-photo-no = Escribir: "¡Fotos no!" Y guardar el secreto.
secret-in-the-game-photo-no-feedback = Muy bien. Nunca tienes que mandar fotos. Pero este secreto todavía se siente mal.
secret-in-the-game-photo-no-starpaws = StarPaws no recibió ninguna foto.
secret-in-the-game-photo-tell = Ir a contárselo al abuelo ahora mismo.
secret-in-the-game-photo-tell-feedback = ¡Qué valiente! Un secreto que se siente mal se puede contar.
secret-in-the-game-photo-tell-grandpa = Fuiste con el abuelo enseguida.

secret-in-the-game-dinner = En la cena, mueves el arroz de un lado a otro.
secret-in-the-game-grandpa-asks = Hoy casi no hablas. ¿Pasa algo?
secret-in-the-game-dinner-prompt = ¿Qué le dices, { $nickname }?
secret-in-the-game-dinner-tell = Contarle al abuelo lo de StarPaws y el secreto.
secret-in-the-game-dinner-tell-feedback = Contarlo fue lo más valiente. Ahora alguien te ayuda con esto.
secret-in-the-game-dinner-tell-grandpa = Confiaste en el abuelo con algo difícil.
secret-in-the-game-dinner-nothing = Decir: "Nada. Es un secreto."
secret-in-the-game-dinner-nothing-feedback = StarPaws dijo que no lo contaras. Pero nunca tienes que guardar un secreto malo.
secret-in-the-game-dinner-nothing-grandpa = El abuelo ve que algo te da vueltas en la cabeza.

secret-in-the-game-bedtime = Al ir a dormir, el abuelo se sienta en tu cama.
secret-in-the-game-good-secrets = Hay secretos divertidos, como una sorpresa. Terminan en sonrisas.
secret-in-the-game-bad-secrets = ¿Y un secreto que te duele en la barriga? Cuéntamelo siempre.
secret-in-the-game-bed-prompt = ¿Qué haces, { $nickname }?
secret-in-the-game-bed-tell = Respirar hondo. Contarle todo al abuelo.
secret-in-the-game-bed-tell-feedback = Eso fue muy valiente. Ahora el abuelo puede ayudarte.
secret-in-the-game-bed-tell-grandpa = Se lo contaste, aunque era difícil.
secret-in-the-game-bed-wait = Decir "Buenas noches" y taparte con la manta.
secret-in-the-game-bed-wait-feedback = Hay cosas difíciles de decir. Puedes contárselo a un adulto cuando quieras, incluso mañana.
secret-in-the-game-bed-wait-grandpa = El abuelo espera que pronto hables con él.

secret-in-the-game-morning = A la mañana siguiente, la tía Marisol viene a hacer el pastel.
secret-in-the-game-marisol-notices = Los secretos de pastel son divertidos. Pero tienes cara de preocupación. ¿Qué pasa?
secret-in-the-game-tell-marisol = Le cuentas lo de StarPaws. Ella te da un gran abrazo.
secret-in-the-game-marisol-helps = Qué bueno que me lo contaste. Vamos a decírselo al abuelo juntos.

secret-in-the-game-grandpa-thanks = Gracias por contármelo. No estoy nada molesto.
secret-in-the-game-not-in-trouble = No estás en problemas. StarPaws no debe pedir fotos.
secret-in-the-game-block = El abuelo toca Bloquear y Denunciar. Tú lo ayudas a encontrar los botones.
secret-in-the-game-block-done = ¡Listo! StarPaws ya no puede escribirte. Los ayudantes del juego lo van a revisar.

secret-in-the-game-party = El domingo, el abuelo ve el pastel. ¡Sorpresa! Se ríe mucho.
secret-in-the-game-kofi-says = ¡Mira! ¡StarPaws también me dio un plato de oro!
secret-in-the-game-kofi-prompt = Tu primo Kofi también juega a Villa Mascota. ¿Qué haces, { $nickname }?
secret-in-the-game-kofi-tell = Contarle a Kofi lo de StarPaws. Decir: "Vamos a contárselo a tu mamá."
secret-in-the-game-kofi-tell-feedback = Pensaste en Kofi y lo ayudaste. Eso es cuidar a alguien.
secret-in-the-game-kofi-tell-kofi = Kofi no sabía que StarPaws pide secretos.
secret-in-the-game-kofi-tell-marisol = La tía Marisol ve que cuidas a su hijo.
secret-in-the-game-kofi-laugh = Reírte: "¡Ja! ¡StarPaws engaña a todos!"
secret-in-the-game-kofi-laugh-feedback = Puede parecer gracioso. Pero a cualquiera lo pueden engañar. Kofi no hizo nada malo. Todavía puedes ayudarlo.
secret-in-the-game-kofi-laugh-kofi = A Kofi le gustó el regalo. Ahora se siente tonto.
secret-in-the-game-kofi-nothing = No decir nada. ¡Es hora de fiesta!
secret-in-the-game-kofi-nothing-feedback = ¡Las fiestas son divertidas! Pero Kofi no sabe lo que tú sabes. Decirle algo lo puede ayudar.
secret-in-the-game-kofi-nothing-kofi = Kofi todavía cree que StarPaws es su amigo.
secret-in-the-game-kofi-blocks = ¡Gracias! Kofi, vamos a bloquear a StarPaws juntos.
secret-in-the-game-grown-ups-talk = Más tarde, los adultos hablan. La tía Marisol ayuda a Kofi a bloquear a StarPaws.

secret-in-the-game-end-straight-away = Se lo contaste al abuelo enseguida. Ahora juegan juntos a Villa Mascota. ¡Qué cumpleaños!
secret-in-the-game-end-straight-away-reflect = ¿Qué hace que un secreto sea bueno o malo?
secret-in-the-game-end-straight-away-grandpa = Supiste muy bien qué hacer.
secret-in-the-game-end-not-in-trouble = El abuelo te abraza fuerte. Los ayudantes del juego lo van a resolver. Contárselo fue lo correcto.
secret-in-the-game-end-not-in-trouble-reflect = ¿A quién se lo cuentas si alguien te pide una foto?
secret-in-the-game-end-not-in-trouble-grandpa = El abuelo sabe qué hacer. Ahora te acompaña.
secret-in-the-game-end-told = El pastel fue un secreto feliz. El secreto malo ya no está.
secret-in-the-game-end-told-reflect = ¿Cómo se siente en la barriga un secreto malo? ¿A quién se lo puedes contar?
secret-in-the-game-end-told-grandpa = El abuelo tuvo un pastel sorpresa, y tú confías en él.
secret-in-the-game-end-aunt-noticed = La tía Marisol vio tu cara y te ayudó. La próxima vez, puedes contárselo a un adulto enseguida.
secret-in-the-game-end-aunt-noticed-reflect = ¿A qué adultos les puedes contar si un secreto se siente mal?
secret-in-the-game-end-aunt-noticed-marisol = Al final se lo contaste. Fue muy valiente.

secret-in-the-game-discuss-1 = StarPaws primero dio regalos y después pidió una foto y un secreto. ¿Por qué alguien en internet podría ser muy amable antes de pedir algo?
secret-in-the-game-discuss-2 = ¿Qué diferencia hay entre una sorpresa, como el pastel de cumpleaños, y un secreto que te hace sentir algo raro en la barriga? ¿Se te ocurre un ejemplo de cada uno?
secret-in-the-game-discuss-3 = ¿A qué adultos les podrías contar si alguien en internet te pide una foto o un secreto? ¿Qué les dirías, y qué te gustaría que te respondieran?
