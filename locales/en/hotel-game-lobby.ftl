hotel-game-lobby-title = The hotel game lobby
hotel-game-lobby-summary = In a hotel kids' club game, a stranger asks for a room number and a photo, a new friend feels left out, and a pool photo shows the hotel.

## Characters
hotel-game-lobby-nia = Nia
hotel-game-lobby-diego = Diego
hotel-game-lobby-mum = Mum
hotel-game-lobby-starracer = StarRacer

## Hook
hotel-game-lobby-hook = Holiday time! At the hotel kids' club, it's your turn on the tablet.
hotel-game-lobby-hook-nia = Nia, a girl you met at the pool yesterday, sits close by.
hotel-game-lobby-lobby = You join a racing game. The lobby is full of players you don't know.

## The room number
hotel-game-lobby-starracer-hello = Hi! Nice driving! I'm 10 and on holiday too. Which hotel are you at?
hotel-game-lobby-starracer-room = What's your room number? Maybe we're in the same hotel!
hotel-game-lobby-choice-room = What do you do, { $nickname }?
hotel-game-lobby-room-tell = Type your hotel's name and room number.
hotel-game-lobby-room-tell-feedback = StarRacer seemed friendly, so answering felt normal. But a room number tells a stranger where to find you. A grown-up can help with that.
hotel-game-lobby-room-tell-mum = Mum would feel worried, and glad if you told her.
hotel-game-lobby-room-tell-starracer = StarRacer seems pleased. But you can't see who is really typing.
hotel-game-lobby-room-private = Write: "I don't share that. Let's race!"
hotel-game-lobby-room-private-feedback = You kept where you are private and still stayed friendly. That's a strong online habit.
hotel-game-lobby-room-private-starracer = StarRacer didn't get an answer. A real game buddy would just keep racing.
hotel-game-lobby-room-diego = Show the message to Diego, the kids' club helper.
hotel-game-lobby-room-diego-feedback = Asking a grown-up about a strange question is smart and brave. You don't have to work it out alone.
hotel-game-lobby-room-diego-diego = Diego is glad you came to him. Helping kids is his job here.
hotel-game-lobby-room-diego-mum = Mum will be happy you spoke up.

## The photo
hotel-game-lobby-photo-ask = Hey, send me a photo of you. Just to prove you're really a kid!
hotel-game-lobby-photo-feel = Your tummy feels a bit funny. That's a strange thing to ask.
hotel-game-lobby-choice-photo = What do you do now?
hotel-game-lobby-photo-send = Take a quick selfie and send it.
hotel-game-lobby-photo-send-feedback = Wanting to be friendly is kind. But online, anyone can say they're a kid. A grown-up can help now, and you're not in trouble.
hotel-game-lobby-photo-send-mum = Mum would want to know right away, so she can help.
hotel-game-lobby-photo-send-diego = Diego won't be cross. He helps kids with this kind of thing.
hotel-game-lobby-photo-no = Write: "No photos. Bye!" and leave the lobby.
hotel-game-lobby-photo-no-feedback = You said no and left. Your photo is yours to keep. A grown-up would still like to know.
hotel-game-lobby-photo-no-starracer = StarRacer didn't get a photo. Real game buddies don't need proof.
hotel-game-lobby-photo-diego = Go and show Diego the message.
hotel-game-lobby-photo-diego-feedback = That's the brave choice. When something online feels funny, tell a grown-up you trust.
hotel-game-lobby-photo-diego-diego = Diego is proud of you. Telling isn't always easy.
hotel-game-lobby-tell-after = The funny feeling won't go away. So you show Diego the chat. That's brave!

## Diego helps
hotel-game-lobby-diego-thanks = Thanks for showing me, { $nickname }. You did the right thing.
hotel-game-lobby-diego-no-blame = Friendly players can be tricky. You're not in trouble at all.
hotel-game-lobby-diego-block = Let's block StarRacer and report the chat together.
hotel-game-lobby-diego-maybe = Online, anyone can say they're 10. We can't know who StarRacer really is.
hotel-game-lobby-diego-mum = I'll tell your mum too. Now, back to the fun!

## Nia
hotel-game-lobby-nia-watch = Nia watches your screen quietly. She's new here and hasn't had a turn.
hotel-game-lobby-nia-asks = Is it fun? I don't really know anyone here yet.
hotel-game-lobby-choice-nia = How do you answer Nia?
hotel-game-lobby-nia-ignore = Say "Yeah, it's fun!" and keep playing.
hotel-game-lobby-nia-ignore-feedback = It's your turn, so that seems fair. But Nia was really asking to join. A small "Want a go?" could change her day.
hotel-game-lobby-nia-ignore-nia = Nia feels left out. She's new and on her own.
hotel-game-lobby-nia-show = Turn the tablet so she can watch you play.
hotel-game-lobby-nia-show-feedback = Letting her watch is friendly. She might love a turn too. You could ask her.
hotel-game-lobby-nia-show-nia = Nia is glad to sit with you, but she'd still like a go.
hotel-game-lobby-nia-invite = Say: "Want to race? We can take turns!"
hotel-game-lobby-nia-invite-feedback = You noticed Nia felt left out, and you did something about it. That's empathy in action.
hotel-game-lobby-nia-invite-nia = Nia feels welcome. Someone noticed her.
hotel-game-lobby-nia-invite-diego = Diego smiles. This is what the kids' club is for.
hotel-game-lobby-nia-plays = I came second to last! That still counts, right?

## The holiday photo
hotel-game-lobby-pool-photo-nia = Later, you and Nia take a silly photo by the pool.
hotel-game-lobby-pool-photo = Later, you take a great photo by the pool.
hotel-game-lobby-hotel-sign = Behind you, the hotel's big sign shows its name.
hotel-game-lobby-post-want = You want to post it right now, so your friends at home can see.
hotel-game-lobby-choice-post = What do you do with the photo?
hotel-game-lobby-post-now = Post it now. It's such a good photo!
hotel-game-lobby-post-now-feedback = Sharing a happy moment feels great. But the sign shows everyone where you are right now. You can take it down and post it at home.
hotel-game-lobby-post-now-mum = Mum would worry that people she doesn't know can see where you are.
hotel-game-lobby-post-home = Save it and post it when you're home.
hotel-game-lobby-post-home-feedback = Good thinking! At home, the photo shows a fun memory, not where you are today.
hotel-game-lobby-post-home-mum = Mum would be proud that you thought before posting.
hotel-game-lobby-post-ask-mum = Show Mum first and ask what she thinks.
hotel-game-lobby-post-ask-mum-feedback = Asking first is a smart habit. Mum might spot things you missed, like that sign.
hotel-game-lobby-post-ask-mum-mum = Mum feels happy you asked. She loves the photo too.
hotel-game-lobby-post-nia = Ask Nia if she's okay with being in it.
hotel-game-lobby-post-nia-feedback = Nia is in the photo, so it's her choice too. Asking first shows you care.
hotel-game-lobby-post-nia-nia = Nia feels respected. You asked before sharing her face.
hotel-game-lobby-mum-photo-tip = I love it! Let's post it at home, so it doesn't show where we are now.
hotel-game-lobby-nia-later = Yes! But let's wait until we're home. Then it won't show where we are.

## Evening with Mum
hotel-game-lobby-evening = That evening, you and Mum sit on the hotel balcony.
hotel-game-lobby-mum-proud = Diego told me about StarRacer. Telling him was really brave.
hotel-game-lobby-mum-asks = So, how was kids' club today?
hotel-game-lobby-choice-tell-mum = What do you tell Mum?
hotel-game-lobby-tell-all = Tell her all about StarRacer.
hotel-game-lobby-tell-all-feedback = That took courage. Now Mum can help, and you don't have to carry it alone.
hotel-game-lobby-tell-all-mum = Mum feels proud, and glad you trust her.
hotel-game-lobby-tell-pool = Just talk about the pool and the big slide.
hotel-game-lobby-tell-pool-feedback = The pool is fun to talk about! But Mum can only help with what she knows. It's never too late to tell her.
hotel-game-lobby-tell-pool-mum = Mum enjoys your story, but she doesn't know about the game.
hotel-game-lobby-mum-gentle = You seem a bit quiet. You can tell me anything, you know.
hotel-game-lobby-you-tell = So you tell her about StarRacer. Your shoulders feel lighter.
hotel-game-lobby-mum-thanks = Thank you for telling me. You're not in trouble. We'll report that player together.
hotel-game-lobby-mum-sees-post = Your pool photo is lovely! But the sign shows where we're staying.
hotel-game-lobby-take-down = Together, you take it down for now. You'll post it again at home.

## Endings
hotel-game-lobby-end-friends = Next morning, you and Nia race as a team. Diego cheers. The game feels fun and safe.
hotel-game-lobby-end-friends-reflect = What could you say if a friendly player asks where you are?
hotel-game-lobby-end-friends-nia = Nia feels happy. She has a holiday friend now.
hotel-game-lobby-end-friends-mum = Mum is proud of how you looked after yourself and Nia.
hotel-game-lobby-end-wave = At breakfast, Nia waves at you. Diego says she'd love a turn today.
hotel-game-lobby-end-wave-reflect = How could you help someone new join in a game?
hotel-game-lobby-end-wave-nia = Nia still feels a bit left out, but she hopes to play today.
hotel-game-lobby-end-wave-mum = Mum is glad she knows about the game. You can always come to her.

## For teachers
hotel-game-lobby-discuss-1 = Online, how can you tell if someone really is a kid? What can you do if you're not sure?
hotel-game-lobby-discuss-2 = What things in a photo can show where you are? When is it better to wait before posting?
hotel-game-lobby-discuss-3 = Who are trusted grown-ups you could tell at home, at school, or on holiday?
