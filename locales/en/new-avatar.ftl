new-avatar-title = My new avatar
new-avatar-summary = A child makes a game avatar with glasses and curly hair, just like them. Another player laughs at it, and a friend says "pretend you're 12 to join the big kids' server". Children practise being themselves and honest online, telling a grown-up, and being kind about other people's avatars.

new-avatar-kai = Kai
new-avatar-omar = Omar
new-avatar-ana = Ana
new-avatar-papa-jun = Papa Jun

new-avatar-hook = You start a new game. First, you make your avatar.
new-avatar-avatar-made = It has glasses and curly hair, just like you! Then a player called Omar sees it.
new-avatar-omar-laughs = Ha ha! Glasses in a game? That looks silly!

new-avatar-omar-prompt = What do you do, { $nickname }?
new-avatar-take-off = Take the glasses off your avatar.
new-avatar-take-off-feedback = You wanted the laughing to stop. That makes sense. But your glasses are part of you. You can put them back.
new-avatar-take-off-omar = He laughs, then plays on. He did not see it hurt.
new-avatar-like-them = Write, "I wear glasses. I like them!"
new-avatar-like-them-feedback = You stayed yourself, even when someone laughed. That is strong!
new-avatar-like-them-omar = He did not think you would be proud of them.
new-avatar-mean-back = Write, "Your avatar looks silly too!"
new-avatar-mean-back-feedback = You felt hurt, so you were mean back. Now two people feel bad. You can say how you feel instead.
new-avatar-mean-back-omar = Now he is the one being laughed at.

new-avatar-kai-joins = Your friend Kai joins the game. His avatar has blue hearing aids, just like his.
new-avatar-kai-asks = Come to the big kids' server! Just say you are 12!
new-avatar-game-asks = The game asks, "How old are you?"

new-avatar-age-prompt = You are not 12 yet. What do you do, { $nickname }?
new-avatar-say-12 = Type "12". It's just a game.
new-avatar-say-12-feedback = Lots of kids do that to play with friends. But age rules keep games right for you. The truth keeps you safe.
new-avatar-say-12-kai = Now you can play with him on the big server.
new-avatar-real-age = Type your real age. Play on the kids' server.
new-avatar-real-age-feedback = You told the truth, even though it was hard. You are the same you, online and off.
new-avatar-real-age-kai = He wanted you on the big server with him.
new-avatar-ask-papa = Go and ask Papa Jun first.
new-avatar-ask-papa-feedback = Asking a grown-up is honest and smart. Papa Jun can help you choose.
new-avatar-ask-papa-papa = You came to him before you typed a thing.

new-avatar-big-server = The big kids' server is loud and fast.
new-avatar-lost = The chat moves too fast to read. Some words are not kind. You feel a bit lost.
new-avatar-big-prompt = This place is not made for you. What do you do?
new-avatar-tell-papa = Leave, and tell Papa Jun what happened.
new-avatar-tell-papa-feedback = That was brave and honest. Telling a grown-up is the strong choice.
new-avatar-tell-papa-papa = You told him the truth, even about your age.
new-avatar-stay = Stay. Nobody knows you are not 12.
new-avatar-stay-feedback = Staying can feel fun. But this server is made for big kids. A grown-up can help you find a better place.
new-avatar-stay-kai = He sees the chat too. It is not fun now.
new-avatar-papa-sees = Papa Jun walks by. He sees your screen and sits down with you.
new-avatar-papa-talks = That server is for older kids. The kids' server is made for you.
new-avatar-papa-no-trouble = You are not in trouble. You can always tell me what happens online.
new-avatar-papa-says = That server is for big kids. You and Kai can play on the kids' server.

new-avatar-kai-stays = Okay! I'll play on the kids' server with you!
new-avatar-ana-joins = Then Ana from your class joins. Her avatar uses a wheelchair, like Ana. And it has bright purple hair!
new-avatar-kai-giggles = Ha ha! Purple hair? That looks so weird!

new-avatar-ana-prompt = What do you write, { $nickname }?
new-avatar-cool = "Cool avatar, Ana! I love the purple hair."
new-avatar-cool-feedback = You thought about how Ana might feel. Your kind words made her smile.
new-avatar-cool-ana = Someone likes the avatar she made.
new-avatar-laugh = Laugh with Kai: "Ha ha, so weird!"
new-avatar-laugh-feedback = Laughing with a friend feels easy. But you know how it feels to be laughed at. A kind word can help now.
new-avatar-laugh-ana = Two people laughed at the avatar she made.
new-avatar-tell-kai = Tell Kai, "Avatars can look like anything. Hers is cool!"
new-avatar-tell-kai-feedback = You stood up for Ana without being mean to Kai. That is kind and brave.
new-avatar-tell-kai-kai = He stops and thinks about Ana.
new-avatar-tell-kai-ana = Someone stood up for her.

new-avatar-ana-asks = Hey, where are your glasses? What happened to your avatar?
new-avatar-glasses-prompt = What do you do?
new-avatar-put-back = Put the glasses back on your avatar.
new-avatar-put-back-feedback = Now your avatar looks like you again. You don't have to hide a part of you.
new-avatar-put-back-ana = Her avatar looks like her. Now yours looks like you.
new-avatar-leave-off = Leave them off. Someone might laugh again.
new-avatar-leave-off-feedback = That worry makes sense. It is your choice. Real friends like you, glasses and all.
new-avatar-leave-off-ana = She likes your glasses. She hopes you put them back.

new-avatar-omar-sorry = Sorry about my joke. Your glasses look cool, for real.
new-avatar-make-up = You write to Omar, "Sorry I was mean." Omar writes, "Sorry too."

new-avatar-end-castle = You, Kai and Ana build a big castle. Each avatar looks just right.
new-avatar-end-castle-reflect = How can you be kind about someone's avatar?
new-avatar-end-castle-ana = She can be herself in the game.
new-avatar-end-castle-kai = He likes playing with both of you.
new-avatar-end-sorry = Ana leaves the game early. The next day, you tell her sorry. She shows you how she made the purple hair.
new-avatar-end-sorry-reflect = How would it feel if someone laughed at your avatar?
new-avatar-end-sorry-ana = You said sorry, and she wants to play again.

new-avatar-discuss-1 = Why might someone make an avatar that looks like them? Why might someone else choose a dragon or a robot? Are both okay?
new-avatar-discuss-2 = Kai asked you to say you were 12. Why do games ask for your age? What could you say to a friend who asks you to pretend?
new-avatar-discuss-3 = Has anyone ever laughed at something you made or chose? What helped? What could we say instead of laughing?
