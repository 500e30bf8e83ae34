password-for-a-friend-title = A password for a friend
password-for-a-friend-summary = Leila, the child's best friend, asks for the password to the class reading app so she can earn stars for them. Children practise saying no kindly, caring for a friend's hurt feelings, getting a teacher's help to make a new password, and knowing that passwords are shared only with their grown-ups.

password-for-a-friend-leila = Leila
password-for-a-friend-oskar = Oskar
password-for-a-friend-mr-chen = Mr. Chen

password-for-a-friend-hook = It is reading time! Every book you read gives you stars.
password-for-a-friend-leila-stars = Look! I have ten stars already!
password-for-a-friend-you-have = You have three. Leila reads super fast.
password-for-a-friend-leila-asks = Tell me your password. I'll read for you and get you stars!
password-for-a-friend-leila-friends = We're best friends. Best friends share everything!

password-for-a-friend-ask-prompt = What do you say, { $nickname }?
password-for-a-friend-share = Tell Leila your password.
password-for-a-friend-share-feedback = You wanted to share with your friend. But passwords are just for you and your grown-ups. You can still fix this.
password-for-a-friend-share-leila = Leila thinks she is helping you.
password-for-a-friend-kind-no = Say: "Sorry, no. My password is just for me."
password-for-a-friend-kind-no-feedback = You kept your password safe, and you said it kindly. Good friends can hear no.
password-for-a-friend-kind-no-leila = Leila wanted to help. She hoped you would say yes.
password-for-a-friend-sharp-no = Say: "No way! You would mess it up!"
password-for-a-friend-sharp-no-feedback = Your password is safe. But the words were sharp. You can say no and still be kind.
password-for-a-friend-sharp-no-leila = Leila only wanted to help. Your words stung.

password-for-a-friend-leila-hurt = Leila crosses her arms. She looks at the floor.
password-for-a-friend-leila-sad = I thought we were best friends.
password-for-a-friend-hurt-prompt = Leila is upset. What do you do, { $nickname }?
password-for-a-friend-reassure = Say: "You are my best friend! Let's read together."
password-for-a-friend-reassure-feedback = You kept your password and your friend. Reading together is fun too!
password-for-a-friend-reassure-leila = Leila knows you still like her a lot.
password-for-a-friend-give-in = Tell her the password, so she is not upset.
password-for-a-friend-give-in-feedback = You did not want Leila to be upset. That is kind. But a password is not a test of friendship.
password-for-a-friend-give-in-leila = Leila smiles. She thinks it is no big deal.
password-for-a-friend-walk-off = Say: "Fine, be like that!" Then walk off.
password-for-a-friend-walk-off-feedback = It is hard when a friend is upset. But walking off leaves you both alone. You can talk later.
password-for-a-friend-walk-off-leila = Leila sits on her own now.
password-for-a-friend-read-together = Okay! Can we read the dragon book together?

password-for-a-friend-next-day = The next day, you open the reading app.
password-for-a-friend-joke = Surprise! Your picture is a frog. Your page says "I eat flies!"
password-for-a-friend-oskar-laughs = Ha ha! You eat flies!
password-for-a-friend-leila-joke = It's just a joke! I used your password.
password-for-a-friend-cheeks = Your cheeks feel hot. The whole class can see your page.
password-for-a-friend-joke-prompt = What do you do, { $nickname }?
password-for-a-friend-joke-tell = Tell Mr. Chen what happened.
password-for-a-friend-joke-tell-feedback = Telling a grown-up is a strong choice. Mr. Chen can help fix it.
password-for-a-friend-joke-tell-chen = You came to Mr. Chen for help.
password-for-a-friend-joke-fix = Change your page back. Say nothing.
password-for-a-friend-joke-fix-feedback = Your page looks right again. But Leila still knows your password. A grown-up can help you make a new one.
password-for-a-friend-joke-fix-leila = Leila thinks the joke was no big deal.
password-for-a-friend-joke-shout = Shout: "Leila, you ruined my page!"
password-for-a-friend-joke-shout-feedback = It is okay to be upset. But shouting hurts too. You can tell her how you feel, calmly.
password-for-a-friend-joke-shout-leila = The whole class turned to look at her.
password-for-a-friend-frog-again = The next morning, the frog is back!
password-for-a-friend-chen-sees = You look upset. What is wrong?
password-for-a-friend-show-chen = You show Mr. Chen your page.
password-for-a-friend-chen-hears = I hear big feelings. Let's take a breath and talk.
password-for-a-friend-chen-help = Let's fix your page together. Then we'll make a new password.

password-for-a-friend-class-time = After lunch, Mr. Chen talks to the whole class.
password-for-a-friend-toothbrush = A password is like a toothbrush. It is just for you!
password-for-a-friend-grown-ups = You can share it with your grown-ups at home. Nobody else.
password-for-a-friend-class-new = Today, everyone makes a new password. I will help!

password-for-a-friend-password-prompt = Mr. Chen helps you. Which new password do you pick, { $nickname }?
password-for-a-friend-pw-pet = Your cat's name: "Mittens". It is easy!
password-for-a-friend-pw-pet-feedback = Easy to remember! But your friends know your cat's name. Three silly words are harder to guess.
password-for-a-friend-pw-pet-chen = Mr. Chen knows you can make it stronger.
password-for-a-friend-pw-silly = Three silly words: "lemon kite moon".
password-for-a-friend-pw-silly-feedback = Great pick! You can remember it. Others can't guess it.
password-for-a-friend-pw-silly-chen = You picked a password only you would think of.
password-for-a-friend-pw-leila = Ask Leila to pick one for you.
password-for-a-friend-pw-leila-feedback = Then Leila would know it too. A password is just for you and your grown-ups.
password-for-a-friend-pw-leila-leila = Leila just heard Mr. Chen say passwords are only yours.
password-for-a-friend-show-at-home = Show it to your grown-up at home tonight.

password-for-a-friend-leila-sorry = Sorry about the frog. I only wanted to be funny.
password-for-a-friend-leila-alone = At break, Leila sits alone in the reading corner.
password-for-a-friend-leila-prompt = What do you do, { $nickname }?
password-for-a-friend-make-up = Tell Leila how you feel. Then ask her to read with you.
password-for-a-friend-make-up-feedback = You shared your feelings and made room for her. That is what friends do.
password-for-a-friend-make-up-leila = Leila is glad you still want to be friends.
password-for-a-friend-stay-away = Play with Oskar instead. Leave Leila on her own.
password-for-a-friend-stay-away-feedback = Sometimes we need a break. But Leila is still hurt. A kind word can help, even tomorrow.
password-for-a-friend-stay-away-leila = Leila watches you play with Oskar.
password-for-a-friend-stay-away-oskar = Oskar wonders why Leila is not playing too.

password-for-a-friend-end-own-stars = You and Leila read the dragon book together. You each get your own stars!
password-for-a-friend-end-own-stars-reflect = How can you say no kindly to a friend?
password-for-a-friend-end-own-stars-leila = Leila has her best friend right beside her.
password-for-a-friend-end-home-help = Leila is your friend again. At home, your grown-up helps you make your password stronger.
password-for-a-friend-end-home-help-reflect = Who can you share your password with?
password-for-a-friend-end-home-help-leila = You made up, and she sits with you again.
password-for-a-friend-end-tomorrow = Your page is safe now. But you and Leila did not play today. Tomorrow you can talk.
password-for-a-friend-end-tomorrow-reflect = How could you help Leila feel better tomorrow?
password-for-a-friend-end-tomorrow-leila = Leila misses her best friend.

password-for-a-friend-discuss-1 = Leila said "best friends share everything". Are there things even best friends do not share? Why is a password one of them?
password-for-a-friend-discuss-2 = Leila thought changing the page was a funny joke. How can a joke feel different for the person it is about?
password-for-a-friend-discuss-3 = Which grown-ups could you share a password with? What would you do if someone else found out your password?
