left-out-of-the-chat-title = Left out of the chat
left-out-of-the-chat-summary = The class makes a chat to plan a picnic, and one child says "don't add Priya". Children practise noticing, including, thinking for themselves and telling a grown-up.

left-out-of-the-chat-priya = Priya
left-out-of-the-chat-tomas = Tomás
left-out-of-the-chat-lena = Lena
left-out-of-the-chat-ms-okafor = Ms. Okafor
left-out-of-the-chat-dad = Dad

left-out-of-the-chat-hook = After school, you use the family tablet. Dad cooks nearby.
left-out-of-the-chat-chat-made = I made a chat for our class! Let's plan the picnic!
left-out-of-the-chat-not-added = Lots of kids join the chat. But not Priya.
left-out-of-the-chat-lena-says = Don't add Priya, okay?

left-out-of-the-chat-chat-prompt = What do you do, { $nickname }?
left-out-of-the-chat-go-along = Write: "Okay!"
left-out-of-the-chat-go-along-feedback = Going along with the group feels easy. But leaving someone out hurts. You can still help Priya.
left-out-of-the-chat-go-along-priya = Priya will not know about the picnic plans.
left-out-of-the-chat-go-along-lena = Lena thinks everyone agrees with her.
left-out-of-the-chat-speak-up = Write: "Everyone should be in the chat."
left-out-of-the-chat-speak-up-feedback = You thought for yourself. That was brave. Now others can think again too.
left-out-of-the-chat-speak-up-tomas = Tomás forgot about Priya. Now he thinks of her.
left-out-of-the-chat-speak-up-lena = Lena did not expect that. She stops to think.
left-out-of-the-chat-say-nothing = Say nothing. Play a game instead.
left-out-of-the-chat-say-nothing-feedback = Staying quiet is easy. But nobody spoke up for Priya. Tomorrow you can still help.
left-out-of-the-chat-say-nothing-priya = Priya is still not in the chat.

left-out-of-the-chat-next-day = The next day, you go to school.
left-out-of-the-chat-priya-alone = Priya sits alone at break. She looks at her shoes.
left-out-of-the-chat-lena-giggles = Ha ha! Priya doesn't know about our picnic!

left-out-of-the-chat-notice-prompt = What do you do, { $nickname }?
left-out-of-the-chat-ask = Go to Priya. Ask her, "Are you okay?"
left-out-of-the-chat-ask-feedback = You saw Priya's sad face. Then you asked her. That is caring.
left-out-of-the-chat-ask-priya = Priya feels a bit better. Someone noticed her.
left-out-of-the-chat-play = Run off and play with the others.
left-out-of-the-chat-play-feedback = Playing is fun. But Priya is still alone. You can go to her now.
left-out-of-the-chat-play-priya = Priya watches everyone play without her.
left-out-of-the-chat-laugh = Laugh with Lena.
left-out-of-the-chat-laugh-feedback = Laughing along can feel like fitting in. But Priya heard it. Saying sorry can help.
left-out-of-the-chat-laugh-priya = Priya heard the laugh. It hurt her.
left-out-of-the-chat-laugh-lena = Lena thinks it is okay, because you laughed too.

left-out-of-the-chat-priya-tells = Nobody added me to the chat. I feel left out.
left-out-of-the-chat-tomas-sees = Priya looks so sad. Is it because of our chat?

left-out-of-the-chat-help-prompt = What can you do now, { $nickname }?
left-out-of-the-chat-add = Ask Tomás, "Can we add Priya?"
left-out-of-the-chat-add-feedback = You want Priya to be in. That is how friends make room.
left-out-of-the-chat-add-tomas = Tomás agrees. The chat is for the whole class.
left-out-of-the-chat-add-priya = Priya hears you. She starts to smile.
left-out-of-the-chat-tell-teacher = Tell Ms. Okafor about the chat.
left-out-of-the-chat-tell-teacher-feedback = Telling is not getting someone in trouble. It is getting help. That is brave.
left-out-of-the-chat-tell-teacher-priya = Priya feels safer. A grown-up will help.
left-out-of-the-chat-tell-teacher-ms-okafor = Ms. Okafor is proud that you told her.
left-out-of-the-chat-do-nothing = Do nothing. It is not your chat.
left-out-of-the-chat-do-nothing-feedback = It can feel like it is not your job. But Priya still feels alone. A grown-up could help.
left-out-of-the-chat-do-nothing-priya = Priya still feels left out.

left-out-of-the-chat-tomas-remembers = You said it in the chat. You were right! I will add her.
left-out-of-the-chat-tomas-agrees = Yes! I will add her tonight.
left-out-of-the-chat-lena-reason = But Priya did not pick me for her team.

left-out-of-the-chat-lena-prompt = What do you say to Lena, { $nickname }?
left-out-of-the-chat-understand = "That hurt you. But leaving Priya out hurts too."
left-out-of-the-chat-understand-feedback = You thought about Lena's feelings and Priya's too. That helps everyone.
left-out-of-the-chat-understand-lena = Lena feels heard. Now she thinks about Priya.
left-out-of-the-chat-tell-priya = "You can tell Priya how you felt."
left-out-of-the-chat-tell-priya-feedback = Talking can fix a hurt. Leaving someone out does not.
left-out-of-the-chat-tell-priya-lena = Lena is a bit nervous. But she wants to try.
left-out-of-the-chat-mean-back = "You are so mean, Lena!"
left-out-of-the-chat-mean-back-feedback = You stood up for Priya. But now Lena is hurt too. You can be strong and kind.
left-out-of-the-chat-mean-back-lena = Lena feels hurt. She walks away.

left-out-of-the-chat-make-up = I see hurt feelings. Let's talk and make it right.
left-out-of-the-chat-lena-sorry = Sorry, Priya. I was upset. You can be in the chat.
left-out-of-the-chat-priya-added = That night, Priya joins the chat. Everyone says hi!
left-out-of-the-chat-end-picnic = At the picnic, Priya plays with everyone. What a fun day!
left-out-of-the-chat-end-picnic-reflect = How can you help when someone is left out?
left-out-of-the-chat-end-picnic-priya = Priya feels part of the class again.

left-out-of-the-chat-home-dad = At home, you are very quiet.
left-out-of-the-chat-dad-asks = You look worried. Do you want to talk?
left-out-of-the-chat-dad-prompt = What do you say, { $nickname }?
left-out-of-the-chat-tell-dad = Tell Dad about Priya and the chat.
left-out-of-the-chat-tell-dad-feedback = Telling a grown-up is a strong choice. Now Dad can help.
left-out-of-the-chat-tell-dad-dad = Dad is glad you told him.
left-out-of-the-chat-im-fine = Say, "Nothing. I'm fine."
left-out-of-the-chat-im-fine-feedback = Talking can be hard. But sharing a worry makes it lighter. You can tell Dad any time.
left-out-of-the-chat-im-fine-dad = Dad can tell something is wrong. He wants to help.
left-out-of-the-chat-dad-helps = I'm glad you told me. We can tell Ms. Okafor tomorrow.
left-out-of-the-chat-dad-waits = Okay. I am here when you want to talk.
left-out-of-the-chat-teacher-sees = The next day, Ms. Okafor sees Priya alone.
left-out-of-the-chat-teacher-asks = Priya, you look sad. Come and talk with me.

left-out-of-the-chat-teacher-listens = Thank you for telling me. That was brave.
left-out-of-the-chat-teacher-talks = Everyone, let's talk about our class chat.
left-out-of-the-chat-class-rule = The class makes a rule. Everyone is in the class chat.
left-out-of-the-chat-end-rule = Priya is in the chat now. She comes to the picnic. She is still a bit sad. But she knows people care.
left-out-of-the-chat-end-rule-reflect = Which grown-up could you tell if someone is left out?
left-out-of-the-chat-end-rule-priya = Priya feels safer. Friends and grown-ups helped.
left-out-of-the-chat-end-teacher-noticed = Ms. Okafor helped Priya. Now Priya is in the chat. Next time, you can help too.
left-out-of-the-chat-end-teacher-noticed-reflect = What can you do if someone is left out?
left-out-of-the-chat-end-teacher-noticed-priya = Priya feels better. A grown-up saw she was sad.

left-out-of-the-chat-discuss-1 = Priya could not see the chat, but she still felt left out. What signs showed she was sad? How can we notice when someone is left out?
left-out-of-the-chat-discuss-2 = Lena was upset because Priya did not pick her for a team. How could Lena share that feeling without leaving Priya out?
left-out-of-the-chat-discuss-3 = Has anyone ever been left out of a game or a chat? What helped, or what could have helped? Which grown-ups could you tell?
