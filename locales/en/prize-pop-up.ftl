prize-pop-up-title = You won a puppy?
prize-pop-up-summary = While two cousins play a colouring game, a bright pop-up says they won a toy puppy and asks for their name, home address and school. Children practise spotting ads that look like prizes, keeping personal information private and asking a grown-up.

## Characters
prize-pop-up-hana = Hana
prize-pop-up-grandma-mei = Grandma Mei

## Hook
prize-pop-up-hook = It is a rainy day at Grandma Mei's house. You and your cousin Hana play a colouring game.
prize-pop-up-hook-hana = I made the cat pink! Now you pick a colour.
prize-pop-up-popup = Pop! A bright box jumps up. Stars spin all around it.
prize-pop-up-popup-says = It says: "You won a toy puppy! Type your name, home address and school."
prize-pop-up-hana-wants = A puppy! Let me type! I know our street!

## The pop-up
prize-pop-up-popup-prompt = What do you do, { $nickname }?
prize-pop-up-let-hana = Let Hana type. A puppy would be fun!
prize-pop-up-let-hana-feedback = It looked like a real prize. But your name and home are private. Telling Grandma can help.
prize-pop-up-let-hana-hana = She thinks a puppy will come soon.
prize-pop-up-ask-grandma = Say: "Wait! Let's ask Grandma first."
prize-pop-up-ask-grandma-feedback = You stopped and asked. A grown-up can tell a real prize from a trick.
prize-pop-up-ask-grandma-hana = She wanted to type fast. Now she waits.
prize-pop-up-ask-grandma-grandma = You came to her before you typed a thing.
prize-pop-up-close-it = Tap the X. Close the box.
prize-pop-up-close-it-feedback = Good thinking! A real prize does not ask where you live. Telling Grandma is a good next step.
prize-pop-up-close-it-hana = She really wanted that puppy.

## Typed path
prize-pop-up-more-box = Hana types your names and your street. No puppy comes.
prize-pop-up-more-box-says = Then the box says: "Now type a phone number! Be quick!"
prize-pop-up-more-prompt = The box keeps asking. What now, { $nickname }?
prize-pop-up-tell-now = Run and tell Grandma Mei.
prize-pop-up-tell-now-feedback = That was brave! Telling is the best help, even after typing.
prize-pop-up-tell-now-grandma = She is glad you came. She knows how to help.
prize-pop-up-type-more = Type the number. The puppy must be close!
prize-pop-up-type-more-feedback = The box just asks for more and more. That is a clue. It is a trick, not a prize. Grandma can help.
prize-pop-up-type-more-hana = No puppy came. Just more questions.
prize-pop-up-close-quiet = Close the box. Do not tell.
prize-pop-up-close-quiet-feedback = Closing it was smart. But your names went into the box. Grandma can help with that.
prize-pop-up-close-quiet-hana = She typed your names. Now she is not sure that was okay.

## Closed path
prize-pop-up-box-again = You close the box. But pop! It jumps up again.
prize-pop-up-box-again-says = It says: "Last chance! Get your puppy now!"
prize-pop-up-hana-quick = Quick! Before the puppy goes away!
prize-pop-up-again-prompt = Hana is in a hurry. What do you do?
prize-pop-up-close-tell = Close it again. Then go and tell Grandma.
prize-pop-up-close-tell-feedback = "Last chance" is a trick to rush you. You took your time and got help.
prize-pop-up-close-tell-grandma = You told her about the box right away.
prize-pop-up-close-tell-hana = Grandma will know what to do.
prize-pop-up-let-tap = Let Hana tap it. Just this one time.
prize-pop-up-let-tap-feedback = Hana was in a rush. But the box wanted your names and home. Grandma can help with this.
prize-pop-up-let-tap-hana = She typed your names, but no puppy came.
prize-pop-up-switch-off = Turn off the tablet. Play with blocks.
prize-pop-up-switch-off-feedback = You kept your names safe. Telling Grandma about the box would help too.
prize-pop-up-switch-off-hana = She still thinks about the puppy.

## Grandma finds the box
prize-pop-up-grandma-sees = Later, Grandma Mei picks up the tablet. Pop! The puppy box is back.
prize-pop-up-grandma-asks = Oh! Did you two see this box?
prize-pop-up-open-prompt = What do you say, { $nickname }?
prize-pop-up-tell-all = Tell Grandma all about it.
prize-pop-up-tell-all-feedback = Telling a grown-up is strong. Nobody is in trouble for being tricked.
prize-pop-up-tell-all-grandma = Now she knows, so she can help.
prize-pop-up-shrug = Shrug. Say: "I don't know."
prize-pop-up-shrug-feedback = Telling can feel hard. But Grandma is not cross. She just wants to help.
prize-pop-up-shrug-grandma = She can tell that something is up.
prize-pop-up-hana-blurts-typed = I typed our names! For a puppy!
prize-pop-up-hana-blurts = It said we won a puppy!
prize-pop-up-grandma-kind = Thank you, Hana. Nobody is in trouble. Let's look at it.

## Grandma helps
prize-pop-up-grandma-comes = Thank you for telling me. Let's look at it.
prize-pop-up-grandma-explains = This is an ad. It looks like a prize, but it is a trick. It wants to know who you are.
prize-pop-up-grandma-private = Your full name, home and school are private. They are just for people we know.

## What is private?
prize-pop-up-private-prompt = Grandma asks: "Which one is okay to tell a game?"
prize-pop-up-colour = My best colour.
prize-pop-up-colour-feedback = Yes! A colour is fun to share. It does not say who you are.
prize-pop-up-colour-grandma = You know what is safe to share.
prize-pop-up-school = The name of my school.
prize-pop-up-school-feedback = Lots of kids think so. But your school tells where you are each day. Keep it private.
prize-pop-up-school-grandma = She is glad to help you learn it.
prize-pop-up-full-name = My first and last name.
prize-pop-up-full-name-feedback = Your whole name is private too. In games, you can use a fun game name.
prize-pop-up-full-name-grandma = She is glad to help you learn it.

## Hana
prize-pop-up-hana-sad = So there is no puppy?
prize-pop-up-hana-prompt = Hana looks sad. What do you say, { $nickname }?
prize-pop-up-both-tricked = "It tricked me too. Let's draw our own puppy!"
prize-pop-up-both-tricked-feedback = You saw that Hana was sad. Now she does not feel alone.
prize-pop-up-both-tricked-hana = She gets to make a puppy with you.
prize-pop-up-baby = "It was fake! You are such a baby."
prize-pop-up-baby-feedback = The trick fooled Hana. It can fool anyone. Saying sorry can help.
prize-pop-up-baby-hana = She believed the box, and now you laughed at her.
prize-pop-up-hug = Give Hana a hug. Say: "Tricks fool lots of people."
prize-pop-up-hug-feedback = Kind words help. Anyone can be tricked, even grown-ups.
prize-pop-up-hug-hana = She is not the only one who was tricked.
prize-pop-up-say-sorry = Then you say sorry to Hana. She gives you a small smile.

## Endings
prize-pop-up-end-puppy-picture = You and Hana colour a big puppy. Grandma puts it on the fridge. No box needed!
prize-pop-up-end-puppy-picture-reflect = A game asks for your name or home. What can you do?
prize-pop-up-end-puppy-picture-hana = She has a puppy after all, on paper!
prize-pop-up-end-puppy-picture-grandma = You kept your names and home private.
prize-pop-up-end-grandma-helps = Grandma Mei tells the family. She sets the tablet so fewer boxes pop up. Now you know the trick!
prize-pop-up-end-grandma-helps-reflect = Who can you tell if you type something by mistake?
prize-pop-up-end-grandma-helps-hana = A grown-up is taking care of it.
prize-pop-up-end-grandma-helps-grandma = You told her, so she could help.
prize-pop-up-end-next-time = Grandma Mei fixes the tablet. She gives you both a hug. Next time, you can tell her right away.
prize-pop-up-end-next-time-reflect = Why is it good to tell a grown-up right away?
prize-pop-up-end-next-time-grandma = She is not cross. She just wants to know.
prize-pop-up-end-next-time-hana = Grandma helped, and nobody got told off.

## For teachers
prize-pop-up-discuss-1 = The pop-up said "You won!" and "Last chance!". Which clues tell us that a prize might really be an ad or a trick?
prize-pop-up-discuss-2 = Which things about you are private (full name, home address, school, phone number), and which are fine to share in a game (a favourite colour, a game name)?
prize-pop-up-discuss-3 = Hana felt sad and a bit silly after the trick. How can we help someone who was tricked online? Which grown-ups could you tell?
