game-chat-teasing-title = A new player in the game
game-chat-teasing-summary = In a block-building game, a new player is slow and someone writes "noob, you're bad, go away" while others laugh in the chat. Children practise noticing, standing up without being mean, helping, reporting and blocking, and telling a grown-up at home.

## Characters
game-chat-teasing-ines = Ines
game-chat-teasing-wei = Wei
game-chat-teasing-ayo = Ayo
game-chat-teasing-mama = Mama

## Hook and turn
game-chat-teasing-hook = It's Saturday. You play a block game on the tablet. Mama reads nearby.
game-chat-teasing-friends = Your friends Wei and Ayo are in your game. You build a tall tower.
game-chat-teasing-ines-joins = Hi! I'm Ines. I'm new here. Can I build too?
game-chat-teasing-ines-slow = Ines builds a little house. She is slow. Her roof falls down.
game-chat-teasing-wei-teases = noob, you're bad, go away
game-chat-teasing-ayo-laughs = ha ha ha
game-chat-teasing-more-laughs = More laughs pop up in the chat.

## Decision 1
game-chat-teasing-chat-prompt = What do you do, { $nickname }?
game-chat-teasing-join = Write "ha ha" too.
game-chat-teasing-join-feedback = Joining in felt easy. But now Ines sees one more laugh. Kind words can still help.
game-chat-teasing-join-ines = One more person laughed at her house.
game-chat-teasing-join-wei = He thinks everyone likes his joke.
game-chat-teasing-quiet = Say nothing. Keep building your tower.
game-chat-teasing-quiet-feedback = Staying quiet feels safe. But nobody stood up for Ines. You can still help her.
game-chat-teasing-quiet-ines = Lots of laughs, and nobody says stop.
game-chat-teasing-kind = Write: "Stop it. Everyone is new at first."
game-chat-teasing-kind-feedback = You stood up for Ines, and you were not mean. That was brave.
game-chat-teasing-kind-ines = Someone in the chat is on her side.
game-chat-teasing-kind-wei = He did not think anyone would say stop.

game-chat-teasing-ines-thanks = Thanks. I'm still learning.
game-chat-teasing-ines-sees-you = Ines sees your "ha ha" too.
game-chat-teasing-ines-stops = Then Ines stops building. Her player just stands still.

## Decision 2
game-chat-teasing-notice-prompt = Ines is not building now. What do you do?
game-chat-teasing-help = Go to Ines. Ask: "Can I help with your house?"
game-chat-teasing-help-feedback = You saw that Ines stopped. Then you went to help. That is caring.
game-chat-teasing-help-ines = Now she has a friend to build with.
game-chat-teasing-kind-words = Write to Ines: "I like your little house!"
game-chat-teasing-kind-words-feedback = Kind words help a lot. Ines reads them twice.
game-chat-teasing-kind-words-ines = Someone liked what she made.
game-chat-teasing-keep-building = Keep building. Your tower is almost done!
game-chat-teasing-keep-building-feedback = Your tower is fun. But Ines is still alone. You can go to her now.
game-chat-teasing-keep-building-ines = Everyone is busy, and nobody comes to her.

game-chat-teasing-wei-again = lol Ines is so slow. Go away, noob!
game-chat-teasing-ayo-again = Ayo sends more laughs.

## Decision 3
game-chat-teasing-stop-prompt = The mean words keep coming. What now, { $nickname }?
game-chat-teasing-report = Tap Report and Block on the mean words.
game-chat-teasing-report-feedback = Good thinking. Report tells the game helpers. Block stops the mean words on your screen.
game-chat-teasing-report-ines = Someone is doing something to help her.
game-chat-teasing-mean-back = Write: "YOU are the noob, Wei!"
game-chat-teasing-mean-back-feedback = You wanted to help Ines. But mean words back make more hurt. You can be strong and kind.
game-chat-teasing-mean-back-wei = Now someone is calling him names.
game-chat-teasing-mean-back-ines = Now the chat is a fight about her.
game-chat-teasing-tell = Stop the game. Go and tell Mama.
game-chat-teasing-tell-feedback = Telling a grown-up is strong. It is getting help, not telling tales.
game-chat-teasing-tell-mama = You came to her with a big problem.

game-chat-teasing-report-sent = A box pops up: "Thank you. A helper will check this."
game-chat-teasing-mama-notices = You put the tablet down. Mama looks up.
game-chat-teasing-mama-asks = You look upset. What's going on in your game?

## Decision 4
game-chat-teasing-mama-prompt = What do you say to Mama?
game-chat-teasing-show = Show Mama the chat. Tell her what happened.
game-chat-teasing-show-feedback = Being open with a grown-up is brave. Now Mama can help.
game-chat-teasing-show-mama = Now she knows, so she can help.
game-chat-teasing-fine = Say: "Nothing. I'm fine."
game-chat-teasing-fine-feedback = Talking can be hard. But a worry gets lighter when you share it. You can tell Mama any time.
game-chat-teasing-fine-mama = She can tell that something is wrong.

## A grown-up helps
game-chat-teasing-mama-listens = Thank you for telling me. Let's help Ines together.
game-chat-teasing-mama-mean-back = Mean words back make it bigger. We can say sorry too.
game-chat-teasing-mama-helps = Mama helps you report the chat. Then she calls Wei's dad.
game-chat-teasing-you-say-sorry = You tell Ines sorry for your "ha ha". She nods.
game-chat-teasing-mama-waits = Okay. I'm here when you want to talk.

## Endings
game-chat-teasing-end-build-together = The next day, Wei says sorry to Ines. Ayo says, "I only laughed because Wei did." Now you all build a castle.
game-chat-teasing-end-build-together-reflect = How can you help when a game chat gets mean?
game-chat-teasing-end-build-together-ines = Her little house is part of the castle now.
game-chat-teasing-end-build-together-wei = He said sorry, and Ines said okay.
game-chat-teasing-end-grown-up-helps = Wei says sorry to Ines. Ines comes back to play. She is still a bit shy. But she knows people care.
game-chat-teasing-end-grown-up-helps-reflect = How could you help a new player feel welcome?
game-chat-teasing-end-grown-up-helps-ines = A grown-up helped, and the mean words stopped.
game-chat-teasing-end-ines-left = Ines leaves the game. She does not come back today. Mama is still close by. You can tell her any time.
game-chat-teasing-end-ines-left-reflect = Which grown-up could you tell about a mean game chat?
game-chat-teasing-end-ines-left-ines = Her first game ended with mean words.
game-chat-teasing-end-ines-left-mama = She is ready to listen when you are.

## For teachers
game-chat-teasing-discuss-1 = Wei called Ines a "noob" because she was new and slow. Why do some players tease new players? How does it feel to be new at something?
game-chat-teasing-discuss-2 = Ayo laughed because Wei did. Why is it hard not to join in when a group laughs? What could Ayo have done instead?
game-chat-teasing-discuss-3 = What do Report and Block do in games you know? Which grown-ups at home or at school could you show a mean chat to?
