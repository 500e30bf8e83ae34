hotel-wifi-title = Two Wi-Fi names
hotel-wifi-summary = On holiday, the child finds two look-alike Wi-Fi networks, and a pop-up on the "free" one asks for a full name, birthday and phone number "to win a free stay". Children practise checking with hotel staff, keeping personal details private, helping a younger brother, being kind to a busy receptionist and signing out of a shared computer.

hotel-wifi-sam = Sam
hotel-wifi-mum = Mum
hotel-wifi-ms-bauer = Ms. Bauer
hotel-wifi-yuki = Yuki

hotel-wifi-hook = Holiday! Your family has just arrived at the Seashell Hotel, right by the sea.
hotel-wifi-bags = Mama and I will take the bags up. You two wait here. Back in ten minutes!
hotel-wifi-lobby = You and your little brother Sam sit on a big sofa in the lobby. You open the tablet.
hotel-wifi-two-names = The Wi-Fi list shows two names: "Hotel-Guest", with a lock, and "Hotel_Free_WiFi", with no lock.
hotel-wifi-sam-wants = Pick the free one! I want to watch cartoons!

hotel-wifi-wifi-prompt = The names look almost the same. What do you do, { $nickname }?
hotel-wifi-wifi-free = Join "Hotel_Free_WiFi". Free is free!
hotel-wifi-wifi-free-feedback = Free sounds great, and lots of people would pick it. But anyone nearby can give a network any name they like. Checking which one is the hotel's keeps you safer.
hotel-wifi-wifi-free-sam = Sam cheers. He thinks cartoons are on the way.
hotel-wifi-wifi-ask = Ask at the front desk which network really belongs to the hotel.
hotel-wifi-wifi-ask-feedback = Smart thinking. A name is easy to copy. The people who run the Wi-Fi know which one is real.
hotel-wifi-wifi-ask-sam = Sam groans. Cartoons have to wait a few more minutes.
hotel-wifi-wifi-wait = Don't join either one. Wait for Mum to come back.
hotel-wifi-wifi-wait-feedback = Not joining a network you're unsure about is safe. But Sam is bored, and you could find the answer yourself.
hotel-wifi-wifi-wait-sam = Ten minutes feels like forever to Sam.

hotel-wifi-joined = You tap "Hotel_Free_WiFi". A bright pop-up fills the screen.
hotel-wifi-sam-joins = Sam gets bored. He grabs the tablet and taps "Hotel_Free_WiFi". A bright pop-up fills the screen.
hotel-wifi-back-to-sam = You hurry back to the sofa. Sam has the tablet, and he has joined "Hotel_Free_WiFi".
hotel-wifi-popup = The pop-up flashes: "YOU COULD WIN A FREE STAY! Enter your full name, birthday and phone number."
hotel-wifi-sam-typing = A free stay! I'm typing our names! What's Mum's phone number?

hotel-wifi-sam-prompt = Sam is already typing. What do you do, { $nickname }?
hotel-wifi-sam-grab = Grab the tablet: "Stop! It's a trick!"
hotel-wifi-sam-grab-feedback = You stopped the details from going out. But grabbing made Sam jump, and he doesn't know why. Explaining calmly helps him learn for next time.
hotel-wifi-sam-grab-sam = Sam thought he was winning a prize for everyone. Then the tablet was gone.
hotel-wifi-sam-explain = Sit next to him: "Wait! Real prizes don't ask for birthdays. Let's check first."
hotel-wifi-sam-explain-feedback = You kept your family's details private and helped Sam understand why. Now he knows what to look out for.
hotel-wifi-sam-explain-sam = Sam stops typing. It felt like a team check, not a telling-off.
hotel-wifi-sam-type = Help him finish. A free stay would be amazing!
hotel-wifi-sam-type-feedback = Pop-ups are made to feel exciting. But a name, birthday and phone number are private. Telling a grown-up soon is the best next step.
hotel-wifi-sam-type-sam = Sam thinks you're about to win a holiday.
hotel-wifi-thank-you-popup = The pop-up says: "Thank you! We will call the winner soon." Then it disappears. Something about it feels odd.

hotel-wifi-desk = You go to the front desk to check. The phone is ringing, and three guests are waiting in line.
hotel-wifi-busy = One moment, please! I'll be right with you.
hotel-wifi-desk-prompt = Ms. Bauer looks very busy. What do you do, { $nickname }?
hotel-wifi-desk-wait = Wait your turn. Then ask politely and say thank you.
hotel-wifi-desk-wait-feedback = Being patient and polite makes a busy job easier. And you got a clear answer from the person who knows.
hotel-wifi-desk-wait-bauer = A friendly question was the nicest part of Ms. Bauer's busy morning.
hotel-wifi-desk-push = Squeeze to the front: "Quick question! Which Wi-Fi is real?"
hotel-wifi-desk-push-feedback = Your question was a good one. But pushing in adds stress to someone who is already rushing. Waiting a minute is kinder.
hotel-wifi-desk-push-bauer = Ms. Bauer was in the middle of a phone call.
hotel-wifi-desk-card = Look around first. There's a little Wi-Fi card on the desk.
hotel-wifi-desk-card-feedback = Good eyes! Hotels often print the real network name. You found the answer without adding to the queue.
hotel-wifi-desk-card-bauer = Ms. Bauer sees you and gives you a thumbs up between calls.
hotel-wifi-bauer-answers = Our network is "Hotel-Guest". The password is on your key card. "Hotel_Free_WiFi" isn't ours!
hotel-wifi-bauer-never = And we never ask for birthdays or phone numbers to use the Wi-Fi. Thanks for checking!
hotel-wifi-card-says = The card says: "Our Wi-Fi: Hotel-Guest. Password on your key card. We never ask for personal details."

hotel-wifi-connected = You join "Hotel-Guest" with the key card password. Cartoons for Sam at last!
hotel-wifi-computer = Later, you use the shared computer in the lobby. You sign in to your email and send your best friend a beach photo.
hotel-wifi-yuki-waits = Hi! I'm Yuki, from the kids' club. Can I use the computer after you?
hotel-wifi-pc-prompt = Your photo is sent. What do you do now, { $nickname }?
hotel-wifi-pc-signout = Sign out of your email and close the browser. Then give Yuki her turn.
hotel-wifi-pc-signout-feedback = That habit keeps your account yours. The next person gets a clean screen.
hotel-wifi-pc-signout-yuki = Yuki gets the computer straight away, with nothing of yours on it.
hotel-wifi-pc-close = Just close the window. That should be enough.
hotel-wifi-pc-close-feedback = It looks finished, but closing a window often leaves you signed in. Signing out first is the sure way.
hotel-wifi-pc-close-yuki = Yuki sits down. She doesn't know your account is still open.
hotel-wifi-pc-rush = Jump up quickly, so Yuki doesn't have to wait.
hotel-wifi-pc-rush-feedback = Not making Yuki wait is thoughtful. But your email is still open for anyone to see. Ten seconds to sign out is worth it.
hotel-wifi-pc-rush-yuki = Your inbox is still open on the screen in front of her.
hotel-wifi-yuki-spots = Hey, your email is still open! I didn't read anything. Do you want to sign out?
hotel-wifi-sign-out-now = You sign out and thank Yuki. She gives you a friendly grin.

hotel-wifi-mum-arrives = Mum wheels back across the lobby, smiling.
hotel-wifi-mum-back = All unpacked! Mama is on the balcony. How was it down here?
hotel-wifi-tell-prompt = Sam typed your details into that pop-up. What do you tell Mum, { $nickname }?
hotel-wifi-tell-mum = Tell Mum about the pop-up and what Sam typed.
hotel-wifi-tell-mum-feedback = Telling her quickly is the best fix. Nobody is in trouble for being tricked, and now Mum can help.
hotel-wifi-tell-mum-mum = You told her straight away, even though it was awkward.
hotel-wifi-tell-mum-sam = Sam is afraid he broke something. He didn't.
hotel-wifi-keep-quiet = Say "Fine!" Sam might get into trouble.
hotel-wifi-keep-quiet-feedback = Wanting to protect Sam is kind. But nobody is in trouble for being tricked, and a grown-up can help. You can still tell her.
hotel-wifi-keep-quiet-mum = Mum doesn't know yet, so she can't help.
hotel-wifi-sam-blurts = Mum! We might win a free stay! I typed in our phone number!
hotel-wifi-mum-helps = Thank you for telling me. Nobody is in trouble. Tricks like this fool grown-ups too.
hotel-wifi-mum-plan = We'll make the tablet forget that network, and we won't answer calls from numbers we don't know. Let's tell Ms. Bauer too.

hotel-wifi-end-smooth = Sam watches cartoons on the real Wi-Fi, and all your details stay private. Now the holiday can begin!
hotel-wifi-end-smooth-reflect = How can you tell if a Wi-Fi network, or a prize, is real?
hotel-wifi-end-smooth-sam = Sam got his cartoons, and he learned a trick to spot tricks.
hotel-wifi-end-smooth-mum = Mum hears how you looked after Sam and yourself.
hotel-wifi-end-yuki = Everything is sorted, with a little help from Yuki. Next time, you'll sign out before you stand up.
hotel-wifi-end-yuki-reflect = What should you always do before you leave a shared computer?
hotel-wifi-end-yuki-yuki = Yuki helped someone on her very first day at the kids' club.
hotel-wifi-end-mum-helps = Ms. Bauer puts up a sign to warn other guests about the fake network. Sam gets his cartoons on the real Wi-Fi.
hotel-wifi-end-mum-helps-reflect = If you or a friend typed details into a pop-up, who would you tell?
hotel-wifi-end-mum-helps-mum = You came to her quickly, so she could help quickly.
hotel-wifi-end-mum-helps-sam = Nobody was cross with him, and he knows what to look for now.
hotel-wifi-end-sam-told = Sam's news meant Mum could help, and Ms. Bauer warns other guests. Next time, you can be the one who tells.
hotel-wifi-end-sam-told-reflect = Why might someone keep quiet after being tricked? What would help them tell?
hotel-wifi-end-sam-told-mum = Now she knows, she can help, and nobody is in trouble.

hotel-wifi-discuss-1 = "Hotel-Guest" and "Hotel_Free_WiFi" look almost the same. Why might someone set up a network with a name like a hotel's, and how can you check which one is real?
hotel-wifi-discuss-2 = The pop-up offered a free stay for a name, birthday and phone number. What makes an offer "too good to be true"? Which other details should you keep private?
hotel-wifi-discuss-3 = Ms. Bauer was very busy. How can we ask for help kindly when someone is rushed? And how would you help a younger child who is about to share private details?
