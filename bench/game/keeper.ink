// The Keeper's Week: a game-sized story for the checker's benchmark and its completeness test.
// Written for Attune's tests (not a clinical scenario). Seven days on a lighthouse island: a day
// clock (hour, day), counters (trust, log entries, oil, dark nights; steps and gulls that nothing
// reads), visit-count thresholds, TURNS_SINCE, switches on the day, tunnels, functions and
// repeatable hubs. Generated once from day tables; edit the ink directly (see README.md).

VAR day = 1
VAR hour = 0
VAR oil = 1
VAR trust = 0
VAR log_entries = 0
VAR dark_nights = 0
VAR storm_warned = false
VAR bell_kept = false
// Counted but never read: the checker must not keep them in its states.
VAR steps = 0
VAR gulls_counted = 0
VAR cups_of_tea = 0

-> arrival

=== arrival ===
The supply boat leaves you on the jetty with two crates, a kitbag and a key the size of a spoon.
The lighthouse stands above the cottage like a patient white finger.
You have seven days before the relief keeper comes.
* [Carry the crates up first.]
    ~ steps += 400
    You make three trips. By the last your arms have opinions.
* [Go straight up to the lamp.]
    ~ steps += 200
    The key turns stiffly. Inside, everything smells of brass polish and paraffin.
- -> day1

=== function time_of_day() ===
{ hour:
- 0: ~ return "morning"
- 1: ~ return "the afternoon"
- else: ~ return "evening"
}

=== function spend_hour() ===
~ hour++
~ steps += 150

=== function add_oil() ===
{ oil < 1:
    ~ oil++
    ~ return true
}
~ return false

// A tunnel every day's lamp room uses: its visit count is compared with thresholds.
=== barometer ===
{ barometer:
- 1: You tap the barometer, as the manual says. The needle does not care.
- else: You tap the barometer without looking. Your finger knows the way.
}
{ barometer > 1 && storm_warned: The needle has not moved from STORMY since the warning.}
->->

=== function sky_note() ===
{ day:
- 1:
    ~ return "High thin cloud, like someone has breathed on the sky."
- 2:
    ~ return "The cloud is down on the hill; the top of the tower is lost in it."
- 3:
    ~ return "Not a cloud. The sea is bluer than seems reasonable."
- 4:
    ~ return "The clouds are piling up in the west, grey on grey on grey."
- 5:
    ~ return "There is no sky, only weather."
- 6:
    ~ return "The sky has been rinsed clean."
- 7:
    ~ return "A mackerel sky, scaled and silver, all the way to the mainland."
}
~ return ""

=== function sea_note() ===
{ day:
- 1:
    ~ return "The sea is slack and oily between the rocks."
- 2:
    ~ return "Rain flattens the sea; it hisses rather than breaks."
- 3:
    ~ return "Small bright waves slap at the jetty like a dog wanting in."
- 4:
    ~ return "A long slow swell is coming in from somewhere far away."
- 5:
    ~ return "The sea is white to the horizon and the horizon is very close."
- 6:
    ~ return "The sea is tired and flat and full of weed."
- 7:
    ~ return "The sea is very quiet, as if it had said everything it meant to."
}
~ return ""

=== function village_note() ===
{ day:
- 1:
    ~ return "Smoke goes straight up from every chimney."
- 2:
    ~ return "The street is a stream; the drains gave up long ago."
- 3:
    ~ return "Washing hangs out of every window, making the most of it."
- 4:
    ~ return "Men are hauling the boats higher up the slip."
- 5:
    ~ return "Every shutter is closed and every door is barred."
- 6:
    ~ return "Everyone is outside, sweeping, mending, talking."
- 7:
    ~ return "Somebody is playing a fiddle in the pub, badly and with great joy."
}
~ return ""

=== function lamp_note() ===
{ day:
- 1:
    ~ return "The mechanism ticks like a patient heart."
- 2:
    ~ return "The clockwork needs winding twice as often in the damp."
- 3:
    ~ return "The sun makes the brass too hot to touch."
- 4:
    ~ return "The storm glass is cloudy with crystals."
- 5:
    ~ return "The whole lamp room sways, very slightly, in the gusts."
- 6:
    ~ return "Salt has crusted on the outside of the glass."
- 7:
    ~ return "Everything is clean, wound and ready, as if for an inspection."
}
~ return ""

=== function radio_note() ===
{ day:
- 1:
    ~ return "Between stations you hear a snatch of dance music from a long way off."
- 2:
    ~ return "The aerial crackles every time the rain gets heavier."
- 3:
    ~ return "Reception is perfect; you can hear the operator's tea being poured."
- 4:
    ~ return "Static rises and falls like breathing."
- 5:
    ~ return "The needle jumps with every gust; half of every sentence is lost."
- 6:
    ~ return "The set is warm and steady, as if relieved."
- 7:
    ~ return "You find yourself talking to the operator like an old friend."
}
~ return ""

=== function dusk_note() ===
{ day:
- 1:
    ~ return "The gulls settle on the stack in a long untidy row."
- 2:
    ~ return "The wet slates shine as the last light goes."
- 3:
    ~ return "Bats come out from under the cottage eaves."
- 4:
    ~ return "The air smells of lightning that has not arrived yet."
- 5:
    ~ return "The wind has not dropped at all."
- 6:
    ~ return "The first star comes out over the mainland."
- 7:
    ~ return "You stand at the door longer than you need to."
}
~ return ""

=== function logbook() ===
{ day:
- 1:
    ~ return "Day one. Wind east, light. Sea slight. Lamp lit at sunset. All well."
- 2:
    ~ return "Day two. Rain, persistent. Leak over the dresser. Lamp lit at sunset."
- 3:
    ~ return "Day three. Fair. Seal observed at the landing. Lamp lit at sunset."
- 4:
    ~ return "Day four. Barometer falling. Storm warning received. Shutters checked."
- 5:
    ~ return "Day five. Gale, severe. Light kept. The Margaret Ann given a bearing."
- 6:
    ~ return "Day six. Fair after storm. Pane cracked, outer gallery. Bell recovered."
- 7:
    ~ return "Day seven. Fair. All in order for the relief keeper."
}
~ return ""

=== function manual_note() ===
{ day:
- 1:
    ~ return "The manual says the keeper shall keep a cheerful disposition. It does not say how."
- 2:
    ~ return "Page forty of the manual: on damp. It recommends fires, and prayer."
- 3:
    ~ return "The manual has a pressed flower in it at the page on wicks."
- 4:
    ~ return "The manual's chapter on storms is short and underlined twice."
- 5:
    ~ return "You do not read the manual today. There is no time."
- 6:
    ~ return "The manual has nothing to say about the morning after."
- 7:
    ~ return "You find a note in the back of the manual, in your predecessor's hand: talk to it."
}
~ return ""

=== function cat_note() ===
{ day:
- 1:
    ~ return "There is no cat. You feel, obscurely, that there should be."
- 2:
    ~ return "There is still no cat, but there are muddy paw prints on the step."
- 3:
    ~ return "The cat from the woodpile watches you over its tail."
- 4:
    ~ return "The cat has come in and is sitting on the manual."
- 5:
    ~ return "The cat is under the bed and has no intention of coming out."
- 6:
    ~ return "The cat follows you from room to room, supervising."
- 7:
    ~ return "The cat is asleep in your kitbag. This may be a problem tomorrow."
}
~ return ""

=== function supper_note() ===
{ day:
- 1:
    ~ return "Supper is bread, cheese and an apple from the crate by the gate."
- 2:
    ~ return "Supper is soup that tastes mostly of the tin."
- 3:
    ~ return "Supper is mackerel Mara left on the step, wrapped in newspaper."
- 4:
    ~ return "Supper is whatever is quickest; you eat it standing up."
- 5:
    ~ return "There is no supper, only tea and a heel of bread between watches."
- 6:
    ~ return "Supper is Ossian's pie, still warm from the walk up the hill."
- 7:
    ~ return "Supper is the last of everything, eaten slowly."
}
~ return ""

=== function letter_note() ===
{ day:
- 1:
    ~ return "You start a letter home and get as far as the weather."
- 2:
    ~ return "You add a page about the leak, which is funnier than it was at the time."
- 3:
    ~ return "You describe the seal. It takes a whole page."
- 4:
    ~ return "You write that a storm is coming and then cross it out, so as not to worry anyone."
- 5:
    ~ return "The letter stays in the drawer tonight."
- 6:
    ~ return "You write about the Margaret Ann and find your hand is shaking."
- 7:
    ~ return "You finish the letter and address it. You will post it on the mainland, in person."
}
~ return ""

=== function tide_note() ===
{ day:
- 1:
    ~ return "The tide is on the turn; the rock pools are filling one by one."
- 2:
    ~ return "High water, and the rain making rings on it."
- 3:
    ~ return "Low water, and the smell of warm weed."
- 4:
    ~ return "The water is further out than the tide tables say it should be."
- 5:
    ~ return "There is no telling where the tide is under all that white."
- 6:
    ~ return "The tide has left a line of wreckage like a signature along the beach."
- 7:
    ~ return "The tide comes in quietly, minding its own business."
}
~ return ""

// A tunnel for tea: repeatable, counted, never read.
=== tea ===
~ cups_of_tea++
{ hour:
- 0: You make tea and drink it standing at the window.
- else: You make more tea. The kettle has stopped complaining.
}
->->

// ── Day 1 ─────────────────────────────────────────────
=== day1 ===
~ hour = 0
~ day = 1
Day {day}. A flat grey sea, and a wind from the east that smells of weed.
The island is small enough to walk round before breakfast, and large enough that you will not.
You wake to a silence so complete you can hear the kettle ticking on the cold stove.
* [Lie still and listen to the island.]
    It is not silent after all: wind in the grass, a gull, the sea breathing under everything.
* [Get up at once; there is a lamp to look after.]
    Duty gets you out of bed. The floor is colder than any floor has a right to be.
- -> day1_hub

=== day1_hub ===
{ hour >= 2: -> day1_dusk }
It is {time_of_day()}. { hour:
- 0: The kettle ticks as it cools.
- 1: Someone has left a crate of apples by the gate.
- else: The gulls are quarrelling over the roof again.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day1_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day1_shore
* [Go into the village.] -> day1_village
* [Climb up to the lamp room.] -> day1_lamp
* [Call the mainland on the radio.] -> day1_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day1_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day1_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day1_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day1_dusk

=== day1_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
A green glass float has washed up between the rocks, its net long gone.
+ [Keep the float for the windowsill.]
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day1_shore_more
+ [Throw the float back for someone luckier.]
    You do, and you do not look back more than twice.
    -> day1_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 13
    You count 13 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day1_shore_more
+ [Go back up.] -> day1_hub

=== day1_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
+ [Climb back to the cottage.] -> day1_hub

=== day1_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find Ossian the baker. "You're the new keeper," he says, flour to the elbows. "The last one talked to the lamp."
+ [Ask what the last keeper said to it.]
    "Thank you, mostly. Every night. We thought it was daft until the winter of the wreck."
    -> day1_village_talk
+ [Say you will try thanking it too.]
    He laughs, a short surprised bark. "You'll fit in, then."
    ~ trust++
    -> day1_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day1_hub
+ [Head home.] -> day1_hub

=== day1_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day1_hub
+ [Walk back up the hill.] -> day1_hub

=== day1_lamp ===
~ spend_hour()
The brass is dull with salt. The log book lies open at a page of someone else's handwriting.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day1_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day1_lamp_done
+ [Go down again.] -> day1_hub

=== day1_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day1_hub

=== day1_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
The mainland operator reads the shipping forecast in a voice like a sleepy cat: moderate, occasionally poor.
+ [Acknowledge and sign off.]
    You say your call sign the way the manual spells it.
    -> day1_hub
+ [Ask the operator for news.]
    "Nothing you'd want," she says, "and a lot you wouldn't."
    -> day1_hub

=== day1_visitor ===
~ spend_hour()
A boy from the village brings a basket of eggs his mother sent.
+ [Thank him and ask his name.]
    "Col," he says, and then, in a rush, "can I see the lamp?"
+ [Show him the lamp.]
    He stands very still in the lamp room, as if in church.
+ [Tell him another day.]
    He nods, disappointed but not surprised, and runs off down the hill.
- The afternoon moves on.
-> day1_hub

=== day1_dusk ===
The sun goes down behind the headland like a coin into a slot.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day1_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day1_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day1_night

=== day1_night ===
From the gallery you watch the beam sweep across the water and come round again.
{letter_note()}
* [Count the seconds between flashes.]
    Fifteen. The chart says fifteen. It is good when the world agrees with the chart.
* [Just watch.]
    The beam goes out into the dark and comes back, goes out and comes back.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> day2

// ── Day 2 ─────────────────────────────────────────────
=== day2 ===
~ hour = 0
~ day = 2
Day {day}. Rain in long diagonal lines, and the sea the colour of pewter.
Everything in the cottage is damp to the touch, even the matches.
Rain drums on the roof. Somewhere a gutter is overflowing with a sound like applause.
* [Find the leak before it finds the books.]
    It is over the dresser. You put a pan under it and the pan begins to sing.
* [Ignore the leak and make breakfast.]
    The porridge is good. The drip counts time behind you, patient as a clock.
- -> day2_hub

=== day2_hub ===
{ hour >= 2: -> day2_dusk }
It is {time_of_day()}. { hour:
- 0: Water drips from the lintel in a steady count.
- 1: Your boots have not dried from yesterday.
- else: The window rattles whenever the wind finds the gap.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day2_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day2_shore
* [Go into the village.] -> day2_village
* [Climb up to the lamp room.] -> day2_lamp
* [Call the mainland on the radio.] -> day2_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day2_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day2_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day2_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day2_dusk

=== day2_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
Among the kelp lies a child's shoe, red, very small, and a long way from any child.
+ [Take the shoe to the village; someone may be missing it.]
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day2_shore_more
+ [Leave it where the sea put it.]
    You do, and you do not look back more than twice.
    -> day2_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 16
    You count 16 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day2_shore_more
+ [Go back up.] -> day2_hub

=== day2_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
* [Look for Mara's boat.]
    Her boat is out past the point, a small dark shape that rises and falls.
    { trust >= 2: She lifts an arm. You lift yours.| She does not see you, or does not show it.}
    -> day2_hub
+ [Climb back to the cottage.] -> day2_hub

=== day2_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find Mara, who fishes alone. Mara is mending a pot with her teeth and both hands. She nods at you without stopping.
+ [Ask how the fishing has been.]
    "Thin. The fish have gone deep. So have the prices." She spits out a length of twine.
    -> day2_village_talk
+ [Offer to hold the other end of the twine.]
    She considers you, then hands it over. You hold it badly and she lets you.
    ~ trust++
    -> day2_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day2_hub
+ [Head home.] -> day2_hub

=== day2_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day2_hub
+ [Walk back up the hill.] -> day2_hub

=== day2_lamp ===
~ spend_hour()
The rain has found a way in under the gallery door. A puddle spreads towards the oil store.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day2_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day2_lamp_done
+ [Go down again.] -> day2_hub

=== day2_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day2_hub

=== day2_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
Static, then a trawler asking the operator whether anyone has seen the Whimbrel since Tuesday.
+ [Acknowledge and sign off.]
    You say your call sign the way the manual spells it.
    -> day2_hub
+ [Ask the operator for news.]
    "Nothing you'd want," she says, "and a lot you wouldn't."
    -> day2_hub

=== day2_visitor ===
~ spend_hour()
Mara knocks, water streaming from her oilskin. "Your gutter," she says, "is a disgrace."
+ [Ask her in to dry off.]
    She stands by the stove, steaming, and tells you how the last keeper never fixed it either.
+ [Agree that it is.]
    "I'll lend you a ladder," she says, which from Mara is almost a declaration.
+ [Say you like it that way.]
    She looks at you for a long moment and then, unexpectedly, laughs.
- The afternoon moves on.
-> day2_hub

=== day2_dusk ===
The rain stops all at once, as if someone has turned off a tap.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day2_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day2_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day2_night

=== day2_night ===
The rain has cleared. Through the window the beam lights each raindrop on the glass as it passes.
{letter_note()}
* [Write a letter home.]
    You write three pages and tear up two. The third says you are well, which is true.
* [Go to bed early.]
    You fall asleep before the beam has gone round twice.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> day3

// ── Day 3 ─────────────────────────────────────────────
=== day3 ===
~ hour = 0
~ day = 3
Day {day}. Sun, unexpected and sharp, and every wave lit up along its edge.
The light is so clear that the mainland looks close enough to shout to.
Light floods the bedroom. For a moment you cannot remember where you are.
* [Open the window wide.]
    Salt air, warm for once, and the smell of the gorse coming into flower.
* [Pull the blanket over your eyes.]
    Five more minutes. The sun does not mind; it will still be there.
- -> day3_hub

=== day3_hub ===
{ hour >= 2: -> day3_dusk }
It is {time_of_day()}. { hour:
- 0: Steam rises from the wet roof slates.
- 1: A cat you have never seen is asleep on the woodpile.
- else: The washing line sings in the breeze.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day3_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day3_shore
* [Go into the village.] -> day3_village
* [Climb up to the lamp room.] -> day3_lamp
* [Call the mainland on the radio.] -> day3_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day3_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day3_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day3_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day3_dusk

=== day3_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
A seal watches you from the water with the patience of a landlord.
+ [Sit and watch the seal back.]
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day3_shore_more
+ [Clap your hands and send it under.]
    You do, and you do not look back more than twice.
    -> day3_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 19
    You count 19 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day3_shore_more
+ [Go back up.] -> day3_hub

=== day3_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
+ [Climb back to the cottage.] -> day3_hub

=== day3_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find Old Tamsin at the post office. Tamsin weighs a parcel, frowns at it, and weighs it again. "Never trust a parcel that gets lighter."
+ [Ask whether there is any post for the lighthouse.]
    "Three bills and a postcard of a different lighthouse. Someone's idea of a joke."
    -> day3_village_talk
+ [Ask who sends postcards of lighthouses to lighthouses.]
    "Your predecessor's sister. Every year. She says it keeps him humble."
    ~ trust++
    -> day3_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day3_hub
+ [Head home.] -> day3_hub

=== day3_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day3_hub
+ [Walk back up the hill.] -> day3_hub

=== day3_lamp ===
~ spend_hour()
Sunlight pours through the lens and throws a bright bar across the floor. It would be easy to start a fire like this.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day3_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day3_lamp_done
+ [Go down again.] -> day3_hub

=== day3_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day3_hub

=== day3_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
The operator says the Whimbrel has been found, sheltering in a bay to the north. Everyone aboard is well.
+ [Acknowledge and sign off.]
    You say your call sign the way the manual spells it.
    -> day3_hub
+ [Ask the operator for news.]
    "Nothing you'd want," she says, "and a lot you wouldn't."
    -> day3_hub

=== day3_visitor ===
~ spend_hour()
Tamsin arrives with the postcard of the other lighthouse, to deliver it by hand.
+ [Put it up on the mantelpiece.]
    The two lighthouses regard each other across the room.
+ [Ask her to stay for tea.]
    She stays for two cups and tells you the history of every family on the island.
+ [Read it aloud to her.]
    "Dear brother, still standing? So is this one. Love." Tamsin wipes her eyes, briskly.
- The afternoon moves on.
-> day3_hub

=== day3_dusk ===
The sky goes through every colour it owns and keeps some back.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day3_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day3_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day3_night

=== day3_night ===
A ship passes far out, all its lights on, like a small town that has lost its way.
{letter_note()}
* [Flash the signal lamp at it.]
    After a minute, a light flashes back. You have no idea what it says. It feels like a greeting.
* [Let it go by.]
    It moves along the horizon and is gone behind the headland.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> day4

// ── Day 4 ─────────────────────────────────────────────
=== day4 ===
~ hour = 0
~ day = 4
Day {day}. A low sky pressing down on the island, and the barometer needle sinking.
The birds are restless, wheeling and settling and wheeling again.
The barometer in the hall has dropped in the night. The needle points at CHANGE.
* [Tap the glass to see if it moves.]
    It shivers and settles lower. You decide not to tap it again.
* [Leave it alone and go out.]
    Outside the air is heavy and still, as if the island were holding its breath.
- -> day4_hub

=== day4_hub ===
{ hour >= 2: -> day4_dusk }
It is {time_of_day()}. { hour:
- 0: The air feels thick enough to chew.
- 1: Every door in the cottage has started to stick.
- else: The gulls have gone quiet, which is never good.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day4_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day4_shore
* [Go into the village.] -> day4_village
* [Climb up to the lamp room.] -> day4_lamp
* [Call the mainland on the radio.] -> day4_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day4_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day4_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day4_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day4_dusk

=== day4_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
The tide is strangely far out, leaving a mile of wet sand and stranded weed.
+ [Walk out across the sand to the old wreck.]
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day4_shore_more
+ [Stay near the rocks; tides like this come back fast.]
    You do, and you do not look back more than twice.
    -> day4_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 22
    You count 22 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day4_shore_more
+ [Go back up.] -> day4_hub

=== day4_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
+ [Climb back to the cottage.] -> day4_hub

=== day4_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find the Reverend Hale. The Reverend is nailing boards across the church windows. "Storm's coming," he says round a mouthful of nails.
+ [Ask how bad it will be.]
    "Bad enough that I'm doing this on a Thursday." He drives in another nail.
    -> day4_village_talk
+ [Offer to hold the boards steady.]
    You hold, he hammers. Neither of you speaks. It is companionable.
    ~ trust++
    -> day4_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day4_hub
+ [Head home.] -> day4_hub

=== day4_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day4_hub
+ [Walk back up the hill.] -> day4_hub

=== day4_lamp ===
~ spend_hour()
The lamp room hums. The storm glass on the shelf has grown feathers of crystal overnight.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day4_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day4_lamp_done
+ [Go down again.] -> day4_hub

=== day4_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day4_hub

=== day4_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
A storm warning: gale force nine, rising ten, all sea areas west. Keepers to show a light all night.
~ storm_warned = true
+ [Acknowledge and sign off.]
    You say your call sign the way the manual spells it.
    -> day4_hub
+ [Ask the operator for news.]
    "Nothing you'd want," she says, "and a lot you wouldn't."
    -> day4_hub

=== day4_visitor ===
~ spend_hour()
The Reverend puffs up the hill to ask whether the lamp will be lit tonight, whatever happens.
+ [Promise him it will.]
    "Good," he says. "Then I'll sleep. Or I'll pray. One or the other."
+ [Ask whether he is frightened.]
    "Always," he says, "before a storm. Never during. Funny, that."
+ [Tell him about the storm warning.]
    He listens, nodding, and writes the force number on the back of his hand.
- The afternoon moves on.
-> day4_hub

=== day4_dusk ===
Dusk comes early, under clouds the colour of a bruise.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day4_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day4_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day4_night

=== day4_night ===
The air is perfectly still. Even the sea seems to be waiting.
{letter_note()}
* [Check every window and door.]
    Everything fastened, everything tight. It will have to be enough.
* [Sit up with the lamp.]
    You doze in the chair and wake every hour to the same steady light.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> day5

// ── Day 5 ─────────────────────────────────────────────
=== day5 ===
~ hour = 0
~ day = 5
Day {day}. The storm. Wind that leans on the walls, rain that arrives sideways, and a sea gone white.
{ storm_warned: You were warned, and the lamp is ready.| Nobody warned you. The storm found you unready.}
It is hard to tell where the sea ends and the rain begins.
The cottage shakes. A shutter bangs open and shut, open and shut, like a slow heart.
* [Go out and fasten the shutter.]
    The wind tries to take the door out of your hand. You win, barely, and come back soaked.
* [Wedge a chair against it from inside.]
    The chair holds. The shutter goes on complaining, but more quietly.
- -> day5_hub

=== day5_hub ===
{ hour >= 2: -> day5_dusk }
It is {time_of_day()}. { hour:
- 0: The whole cottage shudders with each gust.
- 1: Something has blown off the roof; you hear it go.
- else: The stove smokes whenever the wind shifts.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day5_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day5_shore
* [Go into the village.] -> day5_village
* [Climb up to the lamp room.] -> day5_lamp
* [Call the mainland on the radio.] -> day5_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day5_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day5_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day5_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day5_dusk

=== day5_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
You cannot get down to the shore: the path is a river and the sea is over the lower rocks.
+ [Shelter in the lee of the boathouse and watch the waves.]
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day5_shore_more
+ [Turn back at once.]
    You do, and you do not look back more than twice.
    -> day5_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 25
    You count 25 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day5_shore_more
+ [Go back up.] -> day5_hub

=== day5_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
+ [Climb back to the cottage.] -> day5_hub

=== day5_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find nobody at all. The village is shuttered. A single light shows in the pub, where Mara and Ossian are playing cards by a candle.
+ [Join them for a hand.]
    You lose twice and win once. Ossian accuses Mara of cheating; she does not deny it.
    -> day5_village_talk
+ [Ask them to come up to the lighthouse if it gets worse.]
    "If it gets worse," Mara says, "the lighthouse is coming to us."
    ~ trust++
    -> day5_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day5_hub
+ [Head home.] -> day5_hub

=== day5_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day5_hub
+ [Walk back up the hill.] -> day5_hub

=== day5_lamp ===
~ spend_hour()
The lamp room shakes. Salt spray hits the glass twenty metres above the sea.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day5_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day5_lamp_done
+ [Go down again.] -> day5_hub

=== day5_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day5_hub

=== day5_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
A coaster, the Margaret Ann, is asking for a bearing on your light. Her radar has failed.
+ [Give the Margaret Ann her bearing.]
    You read the bearing off the chart twice, slowly, and she reads it back.
    ~ trust++
    -> day5_hub
+ [Tell her to stand off until dawn.]
    Her master acknowledges, but you can hear he does not like it.
    -> day5_hub

=== day5_visitor ===
~ spend_hour()
Nobody comes. Nobody could. The path is a torrent and the sea is in the lane.
+ [Keep watch at the window.]
    The village lights go out one by one as the power fails. Only yours is left.
+ [Check the oil store again.]
    You count the cans twice, as if counting could make more of them.
+ [Sit down and rest while you can.]
    You close your eyes. The building hums around you, holding.
- The afternoon moves on.
-> day5_hub

=== day5_dusk ===
There is no dusk, only the dark getting darker.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day5_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day5_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day5_night

=== day5_night ===
All night the storm tries the tower. All night the tower answers.
{letter_note()}
* [Stay in the lamp room till dawn.]
    You do not sleep. You do not need to. Dawn comes up grey and exhausted, and so do you.
* [Go down and rest between watches.]
    You sleep in snatches on the stairs, one hand on the rail, listening.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> day6

// ── Day 6 ─────────────────────────────────────────────
=== day6 ===
~ hour = 0
~ day = 6
Day {day}. The morning after: a clean blue sky and wreckage strewn along the high-water mark.
The air smells new, as if the storm had washed the whole world.
You sleep late, and wake aching in places you did not know you had.
* [Take stock of the damage to the cottage.]
    A slate off the roof, the water butt gone over, the gate somewhere in the field. Nothing that cannot be mended.
* [Take stock of yourself first.]
    Tired, bruised, hungry. Alive, and the light never went out. You will take that.
- -> day6_hub

=== day6_hub ===
{ hour >= 2: -> day6_dusk }
It is {time_of_day()}. { hour:
- 0: The island smells of torn seaweed and wet stone.
- 1: The cat from the woodpile has moved indoors without asking.
- else: Every gutter on the cottage runs like a spring.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day6_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day6_shore
* [Go into the village.] -> day6_village
* [Climb up to the lamp room.] -> day6_lamp
* [Call the mainland on the radio.] -> day6_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day6_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day6_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day6_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day6_dusk

=== day6_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
The storm has dug up the old jetty posts. Between two of them lies a ship's bell, green with age.
+ [Drag the bell up above the tideline.]
    ~ bell_kept = true
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day6_shore_more
+ [Leave it for the salvage men.]
    You do, and you do not look back more than twice.
    -> day6_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 28
    You count 28 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day6_shore_more
+ [Go back up.] -> day6_hub

=== day6_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
* [Look for Mara's boat.]
    Her boat is out past the point, a small dark shape that rises and falls.
    { trust >= 2: She lifts an arm. You lift yours.| She does not see you, or does not show it.}
    -> day6_hub
+ [Climb back to the cottage.] -> day6_hub

=== day6_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find Mara, mending the harbour wall. Mara is lifting stones back onto the harbour wall, one at a time. She has been at it since dawn.
+ [Ask if her boat came through.]
    "Bruised. Like me." She wipes her face with the back of her wrist.
    -> day6_village_talk
+ [Pick up a stone and start on the other end of the wall.]
    She says nothing, but she works towards you, and you meet in the middle at noon.
    ~ trust++
    -> day6_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day6_hub
+ [Head home.] -> day6_hub

=== day6_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day6_hub
+ [Walk back up the hill.] -> day6_hub

=== day6_lamp ===
~ spend_hour()
A crack has appeared in one of the outer panes. Not through, not yet.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day6_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day6_lamp_done
+ [Go down again.] -> day6_hub

=== day6_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day6_hub

=== day6_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
The Margaret Ann sends her thanks. Her master says he steered on your light for four hours.
+ [Acknowledge and sign off.]
    You say your call sign the way the manual spells it.
    -> day6_hub
+ [Ask the operator for news.]
    "Nothing you'd want," she says, "and a lot you wouldn't."
    -> day6_hub

=== day6_visitor ===
~ spend_hour()
Col comes back up the hill with his mother, who wants to shake your hand.
+ [Shake it.]
    Her grip is very strong. "My man was on the Margaret Ann," she says, and cannot say more.
+ [Say it was only the job.]
    "Then thank you for the job," she says firmly, and will not be argued with.
+ [Show Col the lamp, at last.]
    He touches the brass with one finger, very carefully, as if it might be hot.
- The afternoon moves on.
-> day6_hub

=== day6_dusk ===
The evening is so still you can hear the village dogs across the water.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day6_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day6_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day6_night

=== day6_night ===
The night is clear and enormous. There are more stars than you knew existed.
{letter_note()}
* [Find the constellations you know.]
    You find three, and make up names for the rest.
* [Go in out of the cold.]
    The cottage is warm, the cat is on your bed, and for once you are not alone.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> day7

// ── Day 7 ─────────────────────────────────────────────
=== day7 ===
~ hour = 0
~ day = 7
Day {day}. A soft, forgiving day. The supply boat is due tomorrow, and with it your relief.
You notice you have stopped checking the date.
Your last morning but one. The light through the window seems gentler than it was a week ago.
* [Make a list of everything to hand over.]
    The list runs to two pages. Half of it is about the cat.
* [Walk round the island before breakfast.]
    You walk the whole coast in an hour, stopping wherever you have a memory. There are more stops than you expected.
- -> day7_hub

=== day7_hub ===
{ hour >= 2: -> day7_dusk }
It is {time_of_day()}. { hour:
- 0: You find yourself looking at things as if to remember them.
- 1: The kettle, the chair, the view: all of it yours for one more day.
- else: The cat has decided it lives here now.
}
{ hour == 0: {sky_note()} }
{ TURNS_SINCE(-> day7_radio) > 2: The radio has been quiet a while. }
* [Walk down to the shore.] -> day7_shore
* [Go into the village.] -> day7_village
* [Climb up to the lamp room.] -> day7_lamp
* [Call the mainland on the radio.] -> day7_radio
* { hour == 1 } [Answer the knock at the cottage door.] -> day7_visitor
+ [Make a pot of tea.]
    -> tea ->
    {manual_note()}
    {cat_note()}
    { day7_hub > 2: You have been sitting a long time. | You sit with your cup for a while. }
    ~ spend_hour()
    -> day7_hub
+ { hour >= 1 } [Call it a day early.]
    You decide the day has had enough of you.
    -> day7_dusk

=== day7_shore ===
~ spend_hour()
{ day > 3: You take the path down to the shore without looking; your feet know it now.| The path down to the shore is steep and crumbling at the edges.}
{sea_note()}
The bell is where you left it, or where the salvage men did not take it.
+ [Ring the bell, once.]
    You do. It takes longer than you expect, and you are glad of it.
    ~ steps += 80
    -> day7_shore_more
+ [Leave it quiet.]
    You do, and you do not look back more than twice.
    -> day7_shore_more
+ [Count the gulls on the stack.]
    ~ gulls_counted += 31
    You count 31 gulls, then lose your place. The gulls shift every time you reach twenty.
    -> day7_shore_more
+ [Go back up.] -> day7_hub

=== day7_shore_more ===
The sea goes on doing what it does. A wave runs up further than the others and stops just short of your boots.
{tide_note()}
+ [Climb back to the cottage.] -> day7_hub

=== day7_village ===
~ spend_hour()
~ steps += 300
The village is a single street that runs down to the harbour and stops.
{village_note()}
You find half the village, it seems. People keep finding reasons to stop you in the street: a pie, a question, a handshake.
+ [Ask Ossian whether the new keeper will be any good.]
    "Depends," he says. "Do they talk to the lamp?"
    -> day7_village_talk
+ [Tell Tamsin you will send her a postcard of a lighthouse.]
    "Don't you dare," she says, delighted.
    ~ trust++
    -> day7_village_talk
+ [Buy paraffin at the store.]
    { add_oil(): The storekeeper fills your can and writes it in a ledger older than you. | Your cans are all full; the storekeeper tells you so, kindly.}
    -> day7_hub
+ [Head home.] -> day7_hub

=== day7_village_talk ===
{ trust:
- 0: The conversation ends politely, the way conversations with strangers do.
- 1: You part with a nod that is a little warmer than yesterday's.
- else: You are asked, not for the first time, whether you might stay on.
}
+ [Buy paraffin before you go.]
    { add_oil(): A full can, heavy enough to make the walk home slow. | No room for more oil; you buy a bun instead.}
    -> day7_hub
+ [Walk back up the hill.] -> day7_hub

=== day7_lamp ===
~ spend_hour()
You polish the lens one last time, more carefully than it needs.
{lamp_note()}
-> barometer ->
+ [Write up the log.]
    ~ log_entries++
    You write: "{logbook()}"
    You write the date, the weather, the state of the lamp. It reads like a shopping list, but it is yours.
    -> day7_lamp_done
+ [Polish the lens.]
    You polish in circles, as taught, until you can see yourself, tired, in every prism.
    -> day7_lamp_done
+ [Go down again.] -> day7_hub

=== day7_lamp_done ===
{ oil:
- 0: The oil store is empty. Tonight will be dark unless you buy paraffin.
- else: One can of oil left: enough for one night.
}
-> day7_hub

=== day7_radio ===
~ spend_hour()
The radio warms up with a smell of hot dust.
{radio_note()}
The operator wishes you a good crossing tomorrow and signs off with something that might be a song.
+ [Acknowledge and sign off.]
    You say your call sign the way the manual spells it.
    -> day7_hub
+ [Ask the operator for news.]
    "Nothing you'd want," she says, "and a lot you wouldn't."
    -> day7_hub

=== day7_visitor ===
~ spend_hour()
Everyone seems to come: a pie from Ossian, a jar of something from the Reverend, the cat's dinner from Tamsin.
+ [Thank them all.]
    It takes the whole afternoon. You do not mind at all.
+ [Hide in the lamp room for a while.]
    From up there you watch people arriving at the cottage door and leaving things on the step.
+ [Invite them in for a last cup.]
    The cottage has never held so many people. The kettle boils nine times.
- The afternoon moves on.
-> day7_hub

=== day7_dusk ===
The last dusk of your week goes down slowly, as if it knows.
{dusk_note()}
{supper_note()}
It is time to light the lamp.
* { oil > 0 } [Light the lamp.]
    ~ oil--
    The flame catches, steadies, and the lens begins its slow turn. Out at sea, someone will see it.
    -> day7_night
* { oil == 0 } [Search the stores for any oil at all.]
    There is none. The lamp stays dark tonight.
    ~ dark_nights++
    -> day7_night
* { oil > 0 && day < 4 } [Save the oil; the night is clear.]
    The sea is calm and empty. You tell yourself it does not matter, once.
    ~ dark_nights++
    -> day7_night

=== day7_night ===
Your last night. The beam goes round, and round, and round.
{letter_note()}
* [Stay up and watch it to the end.]
    Somewhere after two in the morning you thank the lamp, out loud, and feel no sillier than you should.
* [Sleep; tomorrow is a long day.]
    You sleep deeply and dream of nothing at all.
- 
{ dark_nights > 0: You lie awake thinking of the dark tower.| You sleep the sleep of someone who has climbed a lot of stairs.}
-> departure

=== departure ===
The supply boat comes round the point at eight, exactly as promised.
The relief keeper is a tall, anxious man called Pell, carrying a birdcage with no bird in it.
* [Show him round the lamp first.]
    You take him up the stairs. He counts them under his breath and loses count at the turn, as you did.
    He looks at the lens for a long time without saying anything.
* [Show him round the cottage first.]
    You show him the stove, the leak, the drawer that sticks, the place the cat likes to sleep.
    "There's a cat?" he says, and looks, for the first time, slightly less anxious.
- He asks what he should know that is not in the manual.
* [Tell him about the storm.]
    You tell him about the storm: the sound of it, the way the tower answered, the Margaret Ann.
    {storm_warned: You tell him the radio warning came in time, and to listen for it.|You tell him nobody warned you, and to keep the radio on.}
* [Tell him about the people.]
    You tell him about Mara and Ossian and Tamsin and the Reverend, and which of them to ask for what.
    {trust >= 2: He writes their names down carefully.|He nods, as if people were a problem for later.}
* [Tell him to talk to the lamp.]
    He looks at you to see whether you are joking. You are not sure yourself.
    "Every night," you say. "Thank it. It doesn't hurt."
- The boat's horn sounds from the jetty.
{ bell_kept: The ship's bell sits by the door, where the relief keeper will trip over it.}
{ storm_warned && dark_nights == 0: The harbourmaster shakes your hand for the storm night.}
{ log_entries: Your log has an entry for every day you wrote one, which the inspector seems to find remarkable. | Your log is blank, which the inspector seems to find remarkable.}
{ dark_nights > 0 && storm_warned: -> dismissed }
{ trust >= 2: -> staying }
-> leaving

=== dismissed ===
The inspector who comes with the boat has read the log. A dark night, in the week of a storm. He is polite about it, which is worse. #ending: dismissed
-> END

=== staying ===
Mara is on the jetty. So are Ossian, and Tamsin, and the Reverend with a cake tin.
Col has come too, holding his mother's hand and pretending not to.
Nobody says anything for a while. The boatman, who has seen this before, lights his pipe and waits.
* [Ask whether the island needs a second keeper.]
    "It has always needed one," Tamsin says. "It just never had one who stayed." #ending: staying
    -> END
* [Say goodbye, and promise to write.]
    You mean it. They can tell. #ending: promised
    -> END

=== leaving ===
The jetty is empty except for the boatman and a crate of empty bottles going back to the mainland.
You hand over the key the size of a spoon and step down into the boat.
Halfway across you look back, and the beam is already lit, early, in broad daylight, as if someone were waving.
The lighthouse gets smaller, then it is a white mark, then it is gone. #ending: leaving
-> END
