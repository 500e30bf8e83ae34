photo-without-asking-title = A funny photo at the picnic
photo-without-asking-summary = At a birthday picnic, the child takes a funny photo of a friend with cake on her face and wants to send it to the class chat. Children practise asking first, accepting a "no", and learning that what is sent can stay and travel.

## Characters
photo-without-asking-freya = Freya
photo-without-asking-sofia = Sofia
photo-without-asking-jamal = Jamal
photo-without-asking-mum = Mum

## Hook and turn
photo-without-asking-hook = It's Sofia's birthday picnic in the park. There is a big cake!
photo-without-asking-freya-bite = Freya takes a huge bite. Now cake is all over her face!
photo-without-asking-freya-laughs = Mmm! Best cake ever!
photo-without-asking-snap = Mum lets you use her phone for photos. Snap! You got a funny one.
photo-without-asking-jamal-says = Ha ha! Send it to the class chat!

## Decision 1
photo-without-asking-first-prompt = The photo is so funny. What do you do, { $nickname }?
photo-without-asking-send-now = Send it to the class chat now.
photo-without-asking-send-now-feedback = It felt like a fun joke. But Freya did not say yes. Mum can help you fix it.
photo-without-asking-send-now-freya = Her messy face is in the class chat now.
photo-without-asking-send-now-jamal = He thinks it is a great joke.
photo-without-asking-ask-freya = Ask Freya: "Can I send this to the class?"
photo-without-asking-ask-freya-feedback = You asked first. It is her face, so it is her choice.
photo-without-asking-ask-freya-freya = She gets to choose about her own face.
photo-without-asking-ask-mum = Show Mum first. Ask if you can send it.
photo-without-asking-ask-mum-feedback = Checking with a grown-up is smart. Mum can help you think.
photo-without-asking-ask-mum-mum = You checked with her before you sent it.

photo-without-asking-mum-says-ask = Good idea to check. It's Freya's face. Let's ask her.
photo-without-asking-freya-answers = No! Please don't. My face is all messy.

## Decision 2 (asked first)
photo-without-asking-no-prompt = Freya said no. What do you say?
photo-without-asking-okay = "Okay! I won't send it."
photo-without-asking-okay-feedback = A "no" is okay. You listened, so Freya can trust you.
photo-without-asking-okay-freya = You listened to her.
photo-without-asking-please = "But it's so funny! Please?"
photo-without-asking-please-feedback = You really like the photo. But Freya already said no. A no is okay, for photos too.
photo-without-asking-please-freya = She said no, but you keep asking.
photo-without-asking-new-photo = "Okay. Can we take a new one together?"
photo-without-asking-new-photo-feedback = You listened, and you had a new idea. Freya gets to choose.
photo-without-asking-new-photo-freya = She can wipe her face and smile first.

photo-without-asking-mum-steps-in = Freya said no. When someone says no, we listen.
photo-without-asking-say-sorry = You say sorry. Freya smiles again.
photo-without-asking-mum-pleased = You listened to Freya. That was kind.

## Decision 2 (sent)
photo-without-asking-phones-ding = Ding! Ding! Phones start to ring around the picnic.
photo-without-asking-freya-sees = Why did you send that? Now everyone can see!
photo-without-asking-sent-prompt = Freya is upset. What do you do now?
photo-without-asking-sorry-fix = Say sorry. Ask Mum to help take it down.
photo-without-asking-sorry-fix-feedback = Saying sorry and fixing it is brave. Mum can help you.
photo-without-asking-sorry-fix-freya = You said sorry, and you want to fix it.
photo-without-asking-joke = "It's just a joke! It's funny!"
photo-without-asking-joke-feedback = You meant it as fun. But a joke is only fun if Freya laughs too. Saying sorry can help.
photo-without-asking-joke-freya = You laughed, but she did not.
photo-without-asking-run-off = Say nothing. Run off to play.
photo-without-asking-run-off-feedback = It is hard when a joke goes wrong. But Freya still feels bad. Mum can help you fix it.
photo-without-asking-run-off-freya = Nobody is helping her.

photo-without-asking-mum-sees = I saw the photo. Let's fix this together.
photo-without-asking-mum-deletes = Mum takes the photo out of the chat. But some people saw it first.

## Decision 3
photo-without-asking-mum-explains = What we send can stay. People can save it and send it on.
photo-without-asking-jamal-asks = Can you send me the cake photo? I want to show my big brother.
photo-without-asking-jamal-prompt = What do you tell Jamal, { $nickname }?
photo-without-asking-say-no = "No. Freya does not want it shared."
photo-without-asking-say-no-feedback = You kept Freya's photo safe. Photos can go far. One no helps a lot.
photo-without-asking-say-no-freya = You kept her photo to yourself.
photo-without-asking-say-no-jamal = He did not think about Freya.
photo-without-asking-send-jamal = Send it to Jamal. Just him.
photo-without-asking-send-jamal-feedback = Sending it to one friend seems okay. But Jamal can send it on, and on. You can ask him to delete it.
photo-without-asking-send-jamal-freya = Her photo is going to people she doesn't know.
photo-without-asking-delete = Delete the photo from Mum's phone.
photo-without-asking-delete-feedback = Now nobody can send it from here. That keeps Freya's face safe.
photo-without-asking-delete-freya = Now the photo can't go anywhere.

photo-without-asking-jamal-brother = That night, Jamal's brother sends it to his friends too.
photo-without-asking-freya-idea = Your idea! Let's all be in the new photo!
photo-without-asking-sofia-idea = Let's take a group photo for my birthday!

## Endings
photo-without-asking-end-group-photo = Freya wipes her face. Everyone squeezes in. Snap! Everyone says yes, so Mum sends it to the class.
photo-without-asking-end-group-photo-reflect = How can you ask a friend before sharing their photo?
photo-without-asking-end-group-photo-freya = She chose the photo, and she likes it.
photo-without-asking-end-group-photo-sofia = All her friends are in her birthday photo.
photo-without-asking-end-fixed = The photo is out of the chat. You say sorry, and Freya smiles. But some people saw it. Next time, ask first.
photo-without-asking-end-fixed-reflect = Why is it good to ask before sending a photo?
photo-without-asking-end-fixed-freya = You helped take the photo down.
photo-without-asking-end-went-far = Mum helps you ask everyone to delete it. You say sorry to Freya. Now you know how far a photo can go.
photo-without-asking-end-went-far-reflect = Where can a photo go after you send it?
photo-without-asking-end-went-far-freya = She does not know who saw her photo.
photo-without-asking-end-went-far-mum = She is helping you fix it.

## For teachers
photo-without-asking-discuss-1 = Freya laughed at the cake, but she did not want the photo sent. Why can something be funny in the moment but not okay to share?
photo-without-asking-discuss-2 = How can we ask a friend before we share a photo of them? What should we do if they say no?
photo-without-asking-discuss-3 = Mum said people can save a photo and send it on. Where could a photo go after we send it? Who can help us if a photo goes too far?
