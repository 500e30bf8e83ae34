school-message-title = ¿Un mensaje de la escuela?
school-message-summary = Un mensaje que parece de la escuela dice "¡Tu cuenta se cerrará hoy! Entra aquí". Un compañero ya escribió su contraseña y se siente tonto. Los niños practican reconocer el phishing, apoyar a quien cayó en una trampa, cambiar una contraseña con un adulto y avisar a los demás a través de la maestra.

## Characters
school-message-ibrahim = Ibrahim
school-message-chloe = Chloé
school-message-mum = Mamá

## Hook
school-message-hook = Es domingo por la tarde. Terminas la tarea en el portátil de la familia. Mamá está en la mesa, pagando cuentas.
school-message-new-message = Llega un mensaje nuevo. Tiene el logo de la escuela y dice que es de la "0ficina Escolar".
school-message-message-text = Dice: "¡¡¡URGENTE!!! Tu cuenta sera serrada HOY. Entra aki para no perderla: esc0la-l0gin.zz"
school-message-heart-beats = El corazón te late rápido. ¡Toda tu tarea está en esa cuenta!

## The message
school-message-first-prompt = ¿Qué haces, { $nickname }?
school-message-log-in = Tocar el enlace y entrar rápido. ¡Necesitas esa cuenta!
school-message-log-in-feedback = El mensaje quería parecer real y meterte prisa. Mucha gente cae. Cambiar pronto la contraseña lo arregla.
school-message-log-in-mum = Te ve escribir rápido, con la cara tensa.
school-message-look-closely = Parar. Leerlo otra vez, despacio.
school-message-look-closely-feedback = Ir despacio gana a una trampa. Meterte prisa es justo lo que busca el mensaje.
school-message-look-closely-mum = Ve que paras a pensar antes de tocar.
school-message-ask-mum = Mostrárselo a Mamá: "¿Es real?"
school-message-ask-mum-feedback = Preguntar antes de tocar es muy buena idea. Cuatro ojos ven más que dos.
school-message-ask-mum-mum = Le preguntaste antes de tocar nada.
school-message-forward = Mandarlo al chat de la clase: "¿A alguien más le llegó esto?"
school-message-forward-feedback = Querías avisar. Pero ahora el enlace trampa está delante de toda la clase. Avisar sin el enlace es más seguro.
school-message-forward-chloe = Casi toca el enlace que mandaste.

## After the first choice
school-message-typed-page = Se abre una página igual a la de la escuela. Escribes tu nombre y contraseña. Luego la página se queda en blanco.
school-message-mum-puzzled = Pones una cara rara. ¿Qué pasó?
school-message-mum-not-your-fault = Gracias por contármelo. Estas trampas engañan a muchos adultos también. Vamos a verlo juntos.
school-message-chloe-replies = ¿¿Es real?? ¡Casi lo toco! Mi mamá dice que no.
school-message-mum-looks = A ver. Vamos a verlo juntos.
school-message-mum-signs = ¿Ves las pistas? Tiene mucha prisa. El enlace no es la web de la escuela. Y "serrada" y "aki" están mal escritas.
school-message-mum-phishing = La escuela nunca pide contraseñas por mensaje. Esta trampa se llama phishing: es "pescar" contraseñas.
school-message-change-own = Escribes tú la web real de la escuela. Con Mamá, entras y cambias tu contraseña. ¡Listo!
school-message-fix-forward = Borras tu mensaje y escribes: "¡Ojo, ese enlace es una trampa!" Chloé manda un pulgar arriba.

## Ibrahim
school-message-ibrahim-buzz = Entonces vibra tu teléfono. Es Ibrahim, de tu clase.
school-message-ibrahim-says = Me llegó el mensaje de la escuela y entré. Chloé dice que es falso. Me siento muy tonto. No se lo digas a nadie.
school-message-you-too = Sabes bien cómo se siente. Te pasó a ti hace una hora.
school-message-ibrahim-prompt = ¿Qué le contestas, { $nickname }?
school-message-laugh = "Jaja, ¿cómo caíste en eso?"
school-message-laugh-feedback = Era una broma. Pero Ibrahim ya se siente mal, y estas trampas engañan a mucha gente. Una palabra amable ayuda.
school-message-laugh-ibrahim = Ya se sentía mal. Ahora un amigo también se ríe.
school-message-kind = "No es tu culpa. Ese mensaje está hecho para engañar."
school-message-kind-feedback = Nadie debe avergonzarse por caer en una trampa. La culpa es de la trampa, no de Ibrahim.
school-message-kind-ibrahim = La culpa fue de la trampa, no suya. Ya respira mejor.
school-message-forget-it = "Tranquilo. Olvídalo."
school-message-forget-it-feedback = Querías animarlo. Pero la trampa ya sabe su contraseña. Cambiarla pronto protege su cuenta.
school-message-forget-it-ibrahim = Por ahora se siente mejor. Pero su contraseña sigue ahí fuera.
school-message-name-him = Escribir en el chat de la clase: "¡Engañaron a Ibrahim! Que nadie caiga."
school-message-name-him-feedback = Avisar a la clase es buena idea. Pero nombrar a Ibrahim lo deja expuesto. Un aviso sin nombres funciona mejor.
school-message-name-him-ibrahim = Ahora toda la clase lo sabe, y te pidió que no lo contaras.
school-message-name-him-chloe = No esperaba que nombraran a Ibrahim delante de todos.
school-message-ibrahim-quiet = Ibrahim tarda mucho en contestar. Luego llega un mensaje corto.
school-message-ibrahim-ok = ok. ¿y ahora qué hago?
school-message-ibrahim-thanks = Gracias. Eso ayuda. ¿Y ahora qué hago?

## Fixing it
school-message-fix-prompt = ¿Qué le dices a Ibrahim, { $nickname }?
school-message-change-with-adult = "Cambia tu contraseña esta noche con tu papá. Usa la web real de la escuela."
school-message-change-with-adult-feedback = Así se arregla. Con una contraseña nueva, la vieja que vio la trampa ya no sirve.
school-message-change-with-adult-ibrahim = Tiene un plan, y su papá lo va a ayudar.
school-message-through-link = "Vuelve al enlace y cambia tu contraseña ahí."
school-message-through-link-feedback = Ese enlace lleva a la página trampa, y la nueva contraseña iría ahí también. Es más seguro escribir tú la web real.
school-message-through-link-ibrahim = Casi le da su nueva contraseña a la trampa.
school-message-wait-see = "Espera a ver si pasa algo raro."
school-message-wait-see-feedback = Esperar parece más fácil. Pero cuanto antes cambie la contraseña, más segura estará la cuenta. Aún hay tiempo.
school-message-wait-see-ibrahim = No deja de pensar en quién tiene su contraseña.
school-message-ibrahim-fixed = ¡Listo! Papá me ayudó. Mi contraseña vieja ya no le sirve a nadie.
school-message-dad-stops = Papá vio la página y me paró. ¡Era otra vez la trampa! Usamos la web real de la escuela. Listo.
school-message-mum-suggests = Es más seguro cambiarla esta noche. ¿Llamo a su papá?
school-message-mum-calls = Mamá llama al papá de Ibrahim. Esa noche cambian juntos su contraseña.

## Who else should know?
school-message-school-tomorrow = A la mañana siguiente, preparas la mochila. A otros niños también les pudo llegar el mensaje.
school-message-tell-prompt = ¿Qué haces, { $nickname }?
school-message-tell-teacher = Contarle a tu maestra lo del mensaje, para que avise a la clase.
school-message-tell-teacher-feedback = Contarlo protege a toda la clase. Acusas a la trampa, no a Ibrahim.
school-message-tell-teacher-ibrahim = Hablas del mensaje, no de él.
school-message-check-site = Mirar primero la web real de la escuela. Luego mostrárselo a tu maestra.
school-message-check-site-feedback = ¡Buen trabajo de detective! La web real dice: "Nunca pedimos contraseñas por mensaje". Ya puedes mostrárselo a tu maestra.
school-message-check-site-mum = Comprobaste tú la fuente real.
school-message-keep-secret = No contárselo a nadie. Ibrahim te lo pidió.
school-message-keep-secret-feedback = Querías cumplir tu palabra. Pero otros niños pueden caer también. Puedes avisar a la maestra sin decir quién escribió su contraseña.
school-message-keep-secret-ibrahim = Su secreto está a salvo contigo.
school-message-keep-secret-chloe = Todavía no sabe de qué mensajes fiarse.

## Endings
school-message-end-class-safe = Tu maestra avisa a toda la clase del mensaje falso, sin nombres. Ibrahim te mira y sonríe.
school-message-end-class-safe-reflect = ¿Cómo puedes ayudar a alguien a quien engañaron, sin que se sienta tonto?
school-message-end-class-safe-ibrahim = Lo arregló, y un amigo estuvo a su lado.
school-message-end-class-safe-chloe = Ya conoce las pistas de un mensaje falso.
school-message-end-teacher-helps = Tu maestra avisa a la clase, sin nombres. En el recreo, le pides perdón a Ibrahim. Asiente. "Gracias por ayudarme."
school-message-end-teacher-helps-reflect = ¿Qué le puedes decir a alguien que se siente tonto por caer en una trampa?
school-message-end-teacher-helps-ibrahim = El perdón ayudó. Su cuenta vuelve a estar segura.
school-message-end-two-more = En la escuela, otros dos niños cuentan que escribieron su contraseña en la página trampa. Tu maestra avisa a todos, y todos la cambian.
school-message-end-two-more-reflect = ¿Qué podrías hacer para que menos gente caiga?
school-message-end-two-more-chloe = Se pregunta qué más podría ser falso.
school-message-end-two-more-ibrahim = Su contraseña está a salvo. La maestra ayuda a los demás también.

## For teachers
school-message-discuss-1 = El mensaje tenía prisa, un enlace raro y faltas de ortografía. ¿Qué otras pistas muestran que un mensaje es una trampa? ¿Dónde puedes comprobar si es real?
school-message-discuss-2 = Ibrahim se sintió tonto por caer y le pidió a su amigo que no lo contara. ¿Por qué da vergüenza caer en una trampa, y cómo podemos hacer que sea fácil pedir ayuda?
school-message-discuss-3 = ¿Qué adultos te pueden ayudar a cambiar una contraseña de forma segura? ¿Por qué es mejor escribir tú la dirección de una web que usar un enlace de un mensaje?
