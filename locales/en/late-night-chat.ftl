late-night-chat-title = The late-night chat
late-night-chat-summary = The group chat keeps buzzing at 10 pm, a friend is upset that nobody answers, and the child is very tired. The next day the friend feels ignored. Children practise logging off kindly, seeing both sides, and making a family plan for phones at night, grown-ups included.

late-night-chat-aiyana = Aiyana
late-night-chat-luca = Luca
late-night-chat-papa-jun = Papa Jun

late-night-chat-hook = It's 10 pm on a school night. The light is off, but your phone is still in your hand.
late-night-chat-buzz = The group chat buzzes. And again. And again.
late-night-chat-luca-posts = You HAVE to see this video! And this one! And this one!
late-night-chat-aiyana-posts = Worst day ever. Is anyone there? I really need to talk.
late-night-chat-nobody = Three more videos pop up under her message. Nobody answers her. Your eyes are so heavy.

late-night-chat-night-prompt = You're so tired, { $nickname }. What do you do?
late-night-chat-keep-watching = Keep watching Luca's videos. Just a few more.
late-night-chat-keep-watching-feedback = The videos keep coming, so it never feels like a good time to stop. And Aiyana's message is sinking out of sight.
late-night-chat-keep-watching-aiyana = She can see you're online, but you don't answer her.
late-night-chat-reply-goodnight = Reply to Aiyana: "Sorry about your day. I'm falling asleep. Talk tomorrow?"
late-night-chat-reply-goodnight-feedback = You cared for Aiyana and for yourself. A short, kind goodnight tells her she was heard.
late-night-chat-reply-goodnight-aiyana = Someone saw her message, and she knows when you'll talk.
late-night-chat-silent = Switch the phone to silent and go to sleep.
late-night-chat-silent-feedback = Sleep matters, and logging off was a good call. But Aiyana doesn't know where you went. A quick "night, talk tomorrow" helps.
late-night-chat-silent-aiyana = Her message is still there with no answer.
late-night-chat-chat-long = Stay up and chat with Aiyana until she feels better.
late-night-chat-chat-long-feedback = You were there for your friend. That's kind. But your sleep counts too, and it's getting really late.
late-night-chat-chat-long-aiyana = Someone is there for her tonight.

late-night-chat-midnight = Suddenly it's 11:45. The chat is still buzzing. Your eyes sting.
late-night-chat-midnight-prompt = It's nearly midnight, { $nickname }. What now?
late-night-chat-goodnight-desk = Write "Night all, going offline!" and put the phone across the room.
late-night-chat-goodnight-desk-feedback = A goodnight message is kind to your friends. A phone out of reach is kind to you.
late-night-chat-goodnight-desk-luca = He knows you've gone to bed, not that you're ignoring him.
late-night-chat-one-more = Watch one more video. You're awake now anyway.
late-night-chat-one-more-feedback = Being "awake anyway" is how screens keep us up. Your body still needs sleep. Tomorrow is a school day.
late-night-chat-one-more-papa = It's nearly midnight, and your light is still on.
late-night-chat-give-papa = Take the phone to Papa Jun: "Can you keep this till morning?"
late-night-chat-give-papa-feedback = Asking for help to switch off is smart. Out of the room means out of your head.
late-night-chat-give-papa-papa = You asked for help to switch off, all by yourself.
late-night-chat-papa-knocks = There's a soft knock on your door. It's Papa Jun.
late-night-chat-papa-kitchen = It's nearly midnight. Let's put your phone on the kitchen charger tonight.

late-night-chat-morning = The next morning, you walk into class. Aiyana is already there.
late-night-chat-aiyana-thanks-late = Thanks for last night. Sorry I kept you up so late. You look so tired!
late-night-chat-aiyana-thanks = Thanks for your message. At least someone answered. Everyone else just kept posting.
late-night-chat-aiyana-hurt-asleep = Nobody answered me last night. Not even you.
late-night-chat-aiyana-hurt-online = You were online last night. I saw your name. Why didn't you answer me?

late-night-chat-hurt-prompt = Aiyana felt ignored. What do you say, { $nickname }?
late-night-chat-sorry-explain = "I'm sorry you felt alone. I was so tired. What happened?"
late-night-chat-sorry-explain-feedback = You said your side and cared about hers. Both can be true: you needed sleep, and she needed a friend.
late-night-chat-sorry-explain-aiyana = Now she knows it wasn't about her. She tells you about her day.
late-night-chat-defend = "It was late! I don't have to answer right away."
late-night-chat-defend-feedback = You're right that you can log off. But Aiyana also needs to hear that you care. You can say both.
late-night-chat-defend-aiyana = She hears "not my problem," even if you didn't mean it.
late-night-chat-blame-luca = "The chat was full of Luca's videos. I didn't see it."
late-night-chat-blame-luca-feedback = The chat was busy, that's true. But Aiyana wanted to know that you care. Asking what happened helps.
late-night-chat-blame-luca-aiyana = Her bad day still hasn't been asked about.

late-night-chat-lunch = At lunch, Luca sits down with a big grin.
late-night-chat-luca-asks = Did you see my videos last night? So funny, right?
late-night-chat-aiyana-tells = I said I had a bad day. You all just kept posting videos.
late-night-chat-luca-surprised = Wait, what? I didn't even see it. There were so many messages!

late-night-chat-sides-prompt = They're both upset. What do you say, { $nickname }?
late-night-chat-both-sides = "Luca didn't see it. But Aiyana, no wonder you felt ignored."
late-night-chat-both-sides-feedback = You saw both sides. Nobody meant to hurt anyone, and the hurt is still real.
late-night-chat-both-sides-aiyana = Someone understands why it hurt.
late-night-chat-both-sides-luca = He's not being called a bad friend.
late-night-chat-group-plan = "Let's say goodnight when we log off. For big stuff, message one friend."
late-night-chat-group-plan-feedback = A simple plan helps the whole group. Friends know who's there, and who's asleep.
late-night-chat-group-plan-aiyana = Next time, she'll know who is there and who's asleep.
late-night-chat-group-plan-luca = He likes having a plan. No more guessing.
late-night-chat-take-side = "Luca, you never notice anyone. It's always your videos."
late-night-chat-take-side-feedback = You stood up for Aiyana. But now Luca feels attacked. He didn't see her message.
late-night-chat-take-side-luca = Everyone is looking at him, and he didn't mean to hurt anyone.
late-night-chat-take-side-aiyana = She wanted to be heard, not to start a fight.
late-night-chat-luca-sorry = Sorry, Aiyana. I really didn't see it. Are you okay now?

late-night-chat-evening = That evening, Papa Jun scrolls his phone at dinner. It buzzes every few minutes.
late-night-chat-papa-asks = How was your day? You seem a bit quiet.
late-night-chat-family-prompt = What do you tell Papa Jun, { $nickname }?
late-night-chat-family-spot = "Can all our phones sleep in the kitchen at night? Yours too?"
late-night-chat-family-spot-feedback = Good idea! Phone habits work best when the whole family shares them, grown-ups too.
late-night-chat-family-spot-papa = He hadn't noticed how often he checks his own phone.
late-night-chat-tell-all = Tell him about the late chat and Aiyana. Ask what he would do.
late-night-chat-tell-all-feedback = Telling the whole story helps. Now Papa Jun can help you make a plan.
late-night-chat-tell-all-papa = You trusted him with the whole story.
late-night-chat-im-fine = "I'm fine."
late-night-chat-im-fine-feedback = It's okay not to want to talk right away. But Papa Jun can help if you tell him about last night.
late-night-chat-im-fine-papa = He can tell something is on your mind.
late-night-chat-papa-deal = Deal! At 9:30, all our phones go on the kitchen charger. Mine too.
late-night-chat-papa-idea = Honestly? I check mine too much. What if all our phones sleep in the kitchen?
late-night-chat-papa-here = Okay. I'm here if you want to talk. Maybe I should put my phone away too.

late-night-chat-end-routine = At 9:30, two phones charge side by side in the kitchen. First, you write: "Night all, going offline!" Aiyana sends back a 🌙.
late-night-chat-end-routine-reflect = How can you log off for the night and still show your friends you care?
late-night-chat-end-routine-aiyana = She knows you're resting, not ignoring her.
late-night-chat-end-routine-papa = His phone is resting too. Evenings feel calmer.
late-night-chat-end-mend = Your phones sleep in the kitchen now, and you sleep better. But Aiyana is still a bit quiet with you.
late-night-chat-end-mend-reflect = What could you say to a friend who felt ignored, even when you had a good reason?
late-night-chat-end-mend-aiyana = She still wonders if you care about her bad day.
late-night-chat-end-mend-papa = The new plan is working. He'll help with the rest if you ask.
late-night-chat-end-buzz-again = At 10 pm, the chat buzzes again. This time you write: "Night all, going offline!" Then you put the phone face down. Maybe tomorrow it can sleep outside your room.
late-night-chat-end-buzz-again-reflect = What would help you switch off at night?
late-night-chat-end-buzz-again-aiyana = She knows you've gone to sleep, not gone away.

late-night-chat-discuss-1 = Aiyana felt ignored, and Luca never even saw her message. Can two people both be right? How can a busy group chat make this happen?
late-night-chat-discuss-2 = What are kind ways to tell friends you are going offline? What could you do if a friend writes something worrying late at night, and which grown-up at home could you tell?
late-night-chat-discuss-3 = Does your family have phone habits at night or at meals, for grown-ups too? What would you suggest, and why?
