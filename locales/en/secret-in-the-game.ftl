secret-in-the-game-title = A secret in the game
secret-in-the-game-summary = In a pet game, a friendly player the child has never met sends gifts, then asks for a photo and says "don't tell your grandpa". Children practise telling good secrets from bad ones, never sending photos, and telling a trusted grown-up, who helps and is not angry.

secret-in-the-game-grandpa = Grandpa Ahmed
secret-in-the-game-marisol = Aunt Marisol
secret-in-the-game-starpaws = StarPaws
secret-in-the-game-kofi = Kofi

secret-in-the-game-hook = You live with Grandpa Ahmed. His birthday is on Sunday.
secret-in-the-game-cake-secret = Shh! The cake is our secret. It is a surprise!
secret-in-the-game-cake-smile = You giggle. This secret makes you smile.
secret-in-the-game-game-time = After school, you play Pet Town on the tablet. Grandpa reads close by.
secret-in-the-game-starpaws-hi = Hi! Your kitten is so cute! Here is a gift!
secret-in-the-game-gifts = A gold bowl pops up. Then a star hat!
secret-in-the-game-starpaws-friends = We are best friends now, right?

secret-in-the-game-gift-prompt = You have never met StarPaws. What do you do, { $nickname }?
secret-in-the-game-gift-yes = Write: "Yes! Best friends!"
secret-in-the-game-gift-yes-feedback = Gifts feel nice. But a best friend is someone you know. You can still go slow.
secret-in-the-game-gift-yes-starpaws = StarPaws got a quick yes.
secret-in-the-game-gift-thanks = Write: "Thank you! But we just met."
secret-in-the-game-gift-thanks-feedback = You were kind and careful at the same time. Friends take time.
secret-in-the-game-gift-thanks-starpaws = StarPaws hoped you would say yes fast.
secret-in-the-game-gift-show = Show Grandpa the fun gifts.
secret-in-the-game-gift-show-feedback = Good idea! Grown-ups like to know who you play with.
secret-in-the-game-gift-show-grandpa = Grandpa loves to see your kitten in her hat.
secret-in-the-game-grandpa-peek = What a hat! Tell me if something feels odd, okay?

secret-in-the-game-ask-photo = Can you send me a photo of you? Just your face!
secret-in-the-game-the-secret = This is our secret. Don't tell your grandpa.
secret-in-the-game-tummy = Your tummy feels funny. This is not like the cake secret.

secret-in-the-game-photo-prompt = What do you do, { $nickname }?
secret-in-the-game-photo-send = Send a photo. StarPaws was so nice.
secret-in-the-game-photo-send-feedback = You wanted to be nice back. But you never have to send photos. Telling Grandpa will help.
secret-in-the-game-photo-send-grandpa = Grandpa does not know yet. He is close by to help.
secret-in-the-game-photo-no = Write: "No photos!" Then keep the secret.
secret-in-the-game-photo-no-feedback = Well done. You never have to send photos. But this secret still feels bad.
secret-in-the-game-photo-no-starpaws = StarPaws did not get a photo.
secret-in-the-game-photo-tell = Go and tell Grandpa right now.
secret-in-the-game-photo-tell-feedback = That was brave! A secret that feels bad is okay to tell.
secret-in-the-game-photo-tell-grandpa = You came to Grandpa straight away.

secret-in-the-game-dinner = At dinner, you push your rice around.
secret-in-the-game-grandpa-asks = You are so quiet tonight. Is something wrong?
secret-in-the-game-dinner-prompt = What do you say, { $nickname }?
secret-in-the-game-dinner-tell = Tell Grandpa about StarPaws and the secret.
secret-in-the-game-dinner-tell-feedback = Telling was the strong choice. Now you do not carry it alone.
secret-in-the-game-dinner-tell-grandpa = You trusted Grandpa with something hard.
secret-in-the-game-dinner-nothing = Say: "Nothing. It is a secret."
secret-in-the-game-dinner-nothing-feedback = StarPaws said not to tell. But you never have to keep a bad secret.
secret-in-the-game-dinner-nothing-grandpa = Grandpa can see something is on your mind.

secret-in-the-game-bedtime = At bedtime, Grandpa sits on your bed.
secret-in-the-game-good-secrets = Some secrets are fun, like a surprise. They end in smiles.
secret-in-the-game-bad-secrets = But a secret that makes your tummy hurt? Always tell me.
secret-in-the-game-bed-prompt = What do you do, { $nickname }?
secret-in-the-game-bed-tell = Take a big breath. Tell Grandpa everything.
secret-in-the-game-bed-tell-feedback = That took courage. Now Grandpa can help you.
secret-in-the-game-bed-tell-grandpa = You told him, even though it felt hard.
secret-in-the-game-bed-wait = Say "Good night" and hide under the blanket.
secret-in-the-game-bed-wait-feedback = Some things are hard to say. You can tell a grown-up any time, even tomorrow.
secret-in-the-game-bed-wait-grandpa = Grandpa hopes you will talk to him soon.

secret-in-the-game-morning = In the morning, Aunt Marisol comes to bake the cake.
secret-in-the-game-marisol-notices = Cake secrets are fun. But you look worried. What is up?
secret-in-the-game-tell-marisol = You tell her about StarPaws. She gives you a big hug.
secret-in-the-game-marisol-helps = I'm so glad you told me. Let's tell Grandpa together.

secret-in-the-game-grandpa-thanks = Thank you for telling me. I am not angry at all.
secret-in-the-game-not-in-trouble = You are not in trouble. StarPaws should not ask for photos.
secret-in-the-game-block = Grandpa taps Block and Report. You help him find the buttons.
secret-in-the-game-block-done = There! StarPaws can't write to you now. The game helpers will check.

secret-in-the-game-party = On Sunday, Grandpa sees the cake. Surprise! He laughs and laughs.
secret-in-the-game-kofi-says = Look! StarPaws gave me a gold bowl too!
secret-in-the-game-kofi-prompt = Your cousin Kofi plays Pet Town too. What do you do, { $nickname }?
secret-in-the-game-kofi-tell = Tell Kofi about StarPaws. Say, "Let's tell your mum."
secret-in-the-game-kofi-tell-feedback = You thought about Kofi and helped him. That is caring.
secret-in-the-game-kofi-tell-kofi = Kofi did not know StarPaws asks for secrets.
secret-in-the-game-kofi-tell-marisol = Aunt Marisol sees you look out for her son.
secret-in-the-game-kofi-laugh = Laugh: "Ha! StarPaws tricks everyone!"
secret-in-the-game-kofi-laugh-feedback = It can feel funny now. But anyone can be tricked. Kofi did nothing wrong. You can still help him.
secret-in-the-game-kofi-laugh-kofi = Kofi liked the gift. Now he feels silly.
secret-in-the-game-kofi-nothing = Say nothing. It is party time!
secret-in-the-game-kofi-nothing-feedback = Parties are fun! But Kofi does not know what you know. A quick word can help him.
secret-in-the-game-kofi-nothing-kofi = Kofi still thinks StarPaws is a friend.
secret-in-the-game-kofi-blocks = Thank you! Kofi, let's block StarPaws together.
secret-in-the-game-grown-ups-talk = Later, the grown-ups talk. Aunt Marisol helps Kofi block StarPaws too.

secret-in-the-game-end-straight-away = You told Grandpa right away. Now you and Grandpa play Pet Town together. What a birthday!
secret-in-the-game-end-straight-away-reflect = What makes a secret good or bad?
secret-in-the-game-end-straight-away-grandpa = You knew just what to do.
secret-in-the-game-end-not-in-trouble = Grandpa hugs you tight. The game helpers will sort it out. Telling him was the right thing.
secret-in-the-game-end-not-in-trouble-reflect = Who can you tell if someone asks for a photo?
secret-in-the-game-end-not-in-trouble-grandpa = Grandpa knows what to do. You are not alone with it.
secret-in-the-game-end-told = The cake was a happy secret. The bad secret is gone now.
secret-in-the-game-end-told-reflect = How does a bad secret feel in your tummy? Who can you tell?
secret-in-the-game-end-told-grandpa = Grandpa got a surprise cake, and you trust him.
secret-in-the-game-end-aunt-noticed = Aunt Marisol saw your face and helped. Next time, you can tell a grown-up straight away.
secret-in-the-game-end-aunt-noticed-reflect = Which grown-ups could you tell if a secret feels bad?
secret-in-the-game-end-aunt-noticed-marisol = You told her in the end. That was brave.

secret-in-the-game-discuss-1 = StarPaws gave gifts first, then asked for a photo and a secret. Why might someone online be extra nice before asking for something?
secret-in-the-game-discuss-2 = What is the difference between a surprise, like the birthday cake, and a secret that makes your tummy feel funny? Can you think of an example of each?
secret-in-the-game-discuss-3 = Which grown-ups could you tell if someone online asks for a photo or a secret? What would you say, and what would you like them to say back?
