one-more-level-title = Just one more level
one-more-level-summary = Tablet time is up, but the game flashes "Just one more level!" and a shiny prize, while a little sister waits for her turn and Nana calls everyone for dinner. Children practise noticing tired eyes and grumpy feelings, stopping by choice, and seeing that some games are made to keep them playing.

one-more-level-zara = Zara
one-more-level-nana = Nana Adjoa

one-more-level-hook = In your room, you play a farm game.
one-more-level-timer = Nana's timer rings. Ding! Tablet time is up.
one-more-level-zara-waits = My turn now! I have waited so long!
one-more-level-game-flashes = The game flashes: "Just one more level! Win a shiny gold chest!"

one-more-level-stop-prompt = Time is up, but the chest is so shiny. What do you do, { $nickname }?
one-more-level-one-more = Tap "One more level".
one-more-level-one-more-feedback = That shiny chest is hard to say no to! But Zara is still waiting. You can stop after this level.
one-more-level-one-more-zara = It is her turn, but she still has to wait.
one-more-level-stop-now = Tap "Stop" and give Zara the tablet.
one-more-level-stop-now-feedback = You stopped when the timer rang. That is hard to do! Your farm will be there next time.
one-more-level-stop-now-zara = She gets her turn right on time.
one-more-level-go-away = Say, "Go away, Zara! Just one more!"
one-more-level-go-away-feedback = You really wanted that chest. But "go away" stung. A kind word can fix it.
one-more-level-go-away-zara = She waited a long time. Then you told her to go away.

one-more-level-level-won = You win the level. Then the game flashes again.
one-more-level-bigger-chest = "One more level! A bigger chest is waiting!"
one-more-level-tired = Your eyes feel dry and tired. You feel a bit grumpy.

one-more-level-body-prompt = Your body is telling you something. What do you do?
one-more-level-listen = Say, "My eyes are tired. I will stop now."
one-more-level-listen-feedback = You listened to your body. Tired eyes and grumpy feelings say, "Take a break!"
one-more-level-listen-zara = Now she gets her turn. She runs to get the tablet.
one-more-level-keep-going = Keep playing. The next chest looks even better.
one-more-level-keep-going-feedback = The game always shows a new chest. So it never feels done. A grown-up can help you stop.
one-more-level-keep-going-zara = She has waited so long. She goes to find Nana.
one-more-level-watch = Say, "Zara, sit with me and watch!"
one-more-level-watch-feedback = Zara likes to be with you. But watching is not a turn. Her turn is still waiting.
one-more-level-watch-zara = She sits close to you. But she still wants a turn.

one-more-level-nana-comes = Nana comes in. She holds Zara's hand.
one-more-level-nana-asks = The timer rang a while ago. How do your eyes feel?
one-more-level-nana-prompt = What do you tell Nana, { $nickname }?
one-more-level-tell-truth = "My eyes are tired. The game keeps saying one more."
one-more-level-tell-truth-feedback = You told Nana the truth. Now she can help you stop.
one-more-level-tell-truth-nana = You told her how you really feel.
one-more-level-im-fine = "I'm fine! I only just started!"
one-more-level-im-fine-feedback = Lots of kids say that to keep playing. But Nana saw the timer. The truth helps her help you.
one-more-level-im-fine-nana = She can see tired eyes and a grumpy face.
one-more-level-not-fair = Shout, "It's not fair! I didn't get the chest!"
one-more-level-not-fair-feedback = Long screen time can make anyone grumpy. That is okay. A hug and a break can help.
one-more-level-not-fair-nana = She knows long games can make kids feel this way.
one-more-level-nana-helps = Let's press save. Your farm will wait for you.
one-more-level-shelf = You and Nana press save. The tablet goes on the shelf.
one-more-level-dinner = Dinner is ready! Come and eat, my stars!

one-more-level-zara-plays = Zara plays her turn. You build a tall block tower.
one-more-level-zara-one-more = Just one more level! Please?
one-more-level-help-prompt = Zara does not want to stop. What do you do?
one-more-level-help-stop = Say, "It always says that! Let's save and go eat."
one-more-level-help-stop-feedback = You know how hard it is to stop. So you helped Zara, kindly.
one-more-level-help-stop-zara = She saves her game. Stopping was easier with you.
one-more-level-grab = Take the tablet out of Zara's hands.
one-more-level-grab-feedback = You wanted to help her stop. But grabbing made Zara upset. Asking kindly works better.
one-more-level-grab-zara = The tablet was taken from her hands.
one-more-level-go-eat = Go and eat. Zara can stop by herself.
one-more-level-go-eat-feedback = Zara is little. Stopping is hard for her too. So Nana comes to help.
one-more-level-go-eat-zara = She hears "dinner," but she can't stop on her own.
one-more-level-go-eat-nana = She helps Zara press save.

one-more-level-zara-asks = Why does the game always say "one more"?
one-more-level-trick-prompt = What do you tell Zara, { $nickname }?
one-more-level-made-to-keep = "The game wants us to keep playing. But we choose."
one-more-level-made-to-keep-feedback = Yes! Shiny prizes are made to keep you playing. You are the boss of when to stop.
one-more-level-made-to-keep-zara = She did not know games try to keep her.
one-more-level-best-part = "Because the chest is the best part!"
one-more-level-best-part-feedback = Chests are fun. But there is always a new one. So the game never feels done.
one-more-level-best-part-zara = She wants a chest too. She does not see the trick yet.
one-more-level-play-cards = "I don't know. Want to play cards after dinner?"
one-more-level-play-cards-feedback = Playing cards with Zara is kind. Her question is a good one too. Nana can help you both.
one-more-level-play-cards-zara = She loves to play with you.
one-more-level-nana-smiles = Clever! You spotted the trick. Now, let's eat!
one-more-level-nana-explains = Some games are made to keep you playing. But you get to choose when to stop.
one-more-level-say-sorry = After dinner, you tell Zara, "Sorry." She gives you a big hug.

one-more-level-end-by-choice = You stopped all by yourself. Zara got her turn. Dinner tastes so good!
one-more-level-end-by-choice-reflect = How does your body say it is time to rest?
one-more-level-end-by-choice-zara = Her turn came right on time.
one-more-level-end-by-choice-nana = You chose to stop, even with a shiny chest.
one-more-level-end-nana-helped = Nana helped you stop today. Next time, Zara goes first. Then you can try to stop by yourself.
one-more-level-end-nana-helped-reflect = What can you do when a game says "one more"?
one-more-level-end-nana-helped-nana = Stopping is hard. She will help you while you learn.
one-more-level-end-nana-helped-zara = She gets the first turn next time.

one-more-level-discuss-1 = The game showed a prize right when time was up. Why might a game do that? What else tries to keep us watching or playing?
one-more-level-discuss-2 = How does your body feel after a long time on a screen? What are the signs that it is time for a break, and what helps?
one-more-level-discuss-3 = How could a family share one tablet fairly? What plan for stopping would work in your home?
