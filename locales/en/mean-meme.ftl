mean-meme-title = The sports day meme
mean-meme-summary = A classmate's awkward sports-day photo is turned into a meme that spreads through the class chat. Children practise not joining a pile-on, reading the feeling behind a "haha", hearing the meme-maker's view without excusing the harm, asking for the meme to be deleted, and saving evidence to show a teacher.

## Characters
mean-meme-jamal = Jamal
mean-meme-sofia = Sofia
mean-meme-wei = Wei
mean-meme-mr-haddad = Mr. Haddad

## Hook and turn
mean-meme-hook = It's Monday evening. You're finishing your homework when the class group chat starts buzzing.
mean-meme-the-photo = Someone has posted a photo from sports day. It's Jamal tripping at the finish line, arms flapping, mouth wide open.
mean-meme-the-meme = It has been turned into a meme. Big letters across it say: FLYING CHICKEN.
mean-meme-sofia-posts = Made this from sports day lol. Best meme ever?
mean-meme-laughs = Laughing faces fill the chat. Someone says it's already in another class's chat too.

## Decision 1
mean-meme-first-prompt = The meme is everywhere, { $nickname }. What do you do?
mean-meme-share = Like it and share it in your football team's chat.
mean-meme-share-feedback = It felt like joining the fun. But each share sends Jamal's photo further. Asking people to delete it can still help.
mean-meme-share-jamal = Even more people are laughing at one bad moment.
mean-meme-joke = Add a joke: "Bawk bawk! Run, chicken, run!"
mean-meme-joke-feedback = A quick joke can feel harmless. But it adds to the pile on Jamal. Something kind next can help.
mean-meme-joke-jamal = Now there are jokes piled on top of the meme.
mean-meme-joke-sofia = The extra jokes make her meme look like a hit.
mean-meme-not-share = Don't share it. Close the chat and get on with your homework.
mean-meme-not-share-feedback = Not sharing matters, because the meme stops with you. But Jamal may still be facing it alone.
mean-meme-not-share-jamal = Other people are still sharing it.
mean-meme-think = Stop and think: did Jamal agree to this? How would it feel to be him?
mean-meme-think-feedback = You thought for yourself while everyone laughed. That's the first step to helping.
mean-meme-think-jamal = He doesn't know yet, but someone is thinking of him.

mean-meme-team-replies = Your team chat replies: "lol who is that?" Now kids from other schools can see it.
mean-meme-jamal-online = Then Jamal comes online. After a long pause, he writes one message.
mean-meme-jamal-haha = haha very funny

## Decision 2
mean-meme-haha-prompt = Jamal only wrote "haha very funny". What do you do?
mean-meme-believe = He's laughing, so he must be fine. Send another laughing face.
mean-meme-believe-feedback = It's easy to take a "haha" at face value. But a short, flat reply can hide hurt. Checking in privately helps.
mean-meme-believe-jamal = Nobody looks past his "haha".
mean-meme-private = Message Jamal on his own: "That meme wasn't okay. Are you alright?"
mean-meme-private-feedback = You noticed the sign behind his words. A private message lets him answer honestly.
mean-meme-private-jamal = Someone saw past his "haha".
mean-meme-group = Write in the group: "Not cool. It's Jamal's photo, not a joke."
mean-meme-group-feedback = You stood up for Jamal without insulting anyone. Now others might feel braver too.
mean-meme-group-jamal = Someone stood up for him in front of everyone.
mean-meme-group-wei = He agreed, but didn't want to be the first to say it. Now he writes: "Same."

mean-meme-jamal-reply = Not really. Tomorrow everyone's going to call me chicken.

## The meme-maker's view
mean-meme-sofia-messages = Later, Sofia sends you a private message.
mean-meme-sofia-view = Jamal went quiet after his "haha". Is he mad at me? I just wanted people to think I'm funny.
mean-meme-sofia-past = Last year someone made a meme of me. I laughed it off, so I thought that's just what happens.

## Decision 3
mean-meme-sofia-prompt = What do you reply to Sofia, { $nickname }?
mean-meme-ask-delete = "That meme of you sounds rough. But Jamal isn't laughing. Please delete it and ask people to stop sharing."
mean-meme-ask-delete-feedback = You understood Sofia and still stood by Jamal. Her reasons explain the meme, but they don't make it okay.
mean-meme-ask-delete-sofia = She sees Jamal's side now, and it's hard to face.
mean-meme-agree = "Nah, it's funny. He'll get over it."
mean-meme-agree-feedback = Going along is easy. But it tells Sofia the meme is fine, and Jamal keeps paying for it. You can still ask her to delete it.
mean-meme-agree-sofia = She thinks nobody minds.
mean-meme-meme-back = Make a meme of Sofia and post it: "See how YOU like it."
mean-meme-meme-back-feedback = You wanted Sofia to feel what Jamal feels. But a second meme means a second person hurt. Asking her to delete hers works better.
mean-meme-meme-back-sofia = Now a meme is laughing at her too.

mean-meme-two-memes = Your meme of Sofia gets laughs too. Now two people in your class are hurting.
mean-meme-sofia-deletes = You're right. I've deleted it. But it's in other chats now, and I can't delete those.
mean-meme-meme-spreads = The meme keeps going. Now it's in two more class chats.

## Decision 4
mean-meme-grown-up-prompt = The meme is still out there. This is too big to fix alone. What do you do?
mean-meme-evidence = Save screenshots of the posts. Then show them to Mr. Haddad, your teacher.
mean-meme-evidence-feedback = Evidence helps a teacher see what really happened. Keep it for him, not for sharing. Telling is getting Jamal help, not snitching.
mean-meme-evidence-mr-haddad = You brought him the facts, so he can act fast.
mean-meme-ask-jamal = Ask Jamal first: "Shall we tell Mr. Haddad together?"
mean-meme-ask-jamal-feedback = You gave Jamal a say and still got help. That shows respect.
mean-meme-ask-jamal-jamal = He doesn't have to face this on his own.
mean-meme-wait = Wait it out. By next week everyone will have forgotten.
mean-meme-wait-feedback = Hoping it fades is natural. But online, memes can keep coming back. A trusted grown-up can still help tomorrow.
mean-meme-wait-jamal = He doesn't know who will see it next.

mean-meme-jamal-agrees = Yes. I'd rather not go on my own.
mean-meme-teacher-both = Two memes, two people hurt. Let's delete both everywhere. Then each maker can say sorry.
mean-meme-teacher-steps-in = A photo of someone is part of them. Let's delete this meme everywhere, and talk about it as a class.

## Endings
mean-meme-end-put-right = Mr. Haddad helps the other classes delete the meme. Sofia says sorry to Jamal face to face. At lunch, Jamal jokes that he'll win the relay next year.
mean-meme-end-put-right-reflect = What would you want others to do if someone made a meme of you?
mean-meme-end-put-right-jamal = The meme is gone, and people stood by him.
mean-meme-end-put-right-sofia = She put her mistake right, and she knows why it hurt.
mean-meme-end-teacher-helps = The meme is deleted from every class chat, and Sofia says sorry. Jamal still feels a bit raw, but he knows people have his back.
mean-meme-end-teacher-helps-reflect = Which grown-ups could you show a mean meme to?
mean-meme-end-teacher-helps-jamal = A grown-up helped, and the meme is gone.
mean-meme-end-teacher-helps-sofia = She sees now that her joke really hurt someone.
mean-meme-end-still-spreading = A week later, someone posts the meme again. Jamal laughs along, but he eats lunch on his own. It's not too late to tell Mr. Haddad.
mean-meme-end-still-spreading-reflect = If you could go back, what would you do differently for Jamal?
mean-meme-end-still-spreading-jamal = The meme keeps coming back, and nobody has stopped it.

## For teachers
mean-meme-discuss-1 = Sofia was laughed at in a meme last year and "laughed it off". How can being hurt make someone more likely to hurt others? Does it make it okay?
mean-meme-discuss-2 = Jamal wrote "haha very funny". What signs can show that someone is upset online, even when their words say they are fine?
mean-meme-discuss-3 = What is the difference between saving screenshots to show a trusted adult and sending screenshots to friends? Who could you go to if a meme was made of you or a friend?
