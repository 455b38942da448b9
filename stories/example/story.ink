// Example scenario: every tag in Attune's grammar, and every scoring rule, in a few minutes of play.
// See docs/authoring.md for the grammar. Each option's tags are on the lines under it; a risk that
// is not given is low, so only the risks an option really carries are written.
INCLUDE endings.ink

VAR openness = 2
VAR arousal = 1

-> session

=== session ===
The clock on the wall says ten to the hour. Sam has been talking about a difficult week at work.
"Anyway. That's most of it." #client #cue: glances at the clock
Sam picks at a thread on their sleeve. #cue: pauses before speaking
"Oh — and my gran died. Last Tuesday. But it's fine, we weren't that close." #client #cue: short laugh, looks away

* [“You said that quickly, and then looked away. I wonder if it isn't quite fine.”]
    #option: late-disclosure.notice
    #rate: attunement=3 safety-pacing=3
    #feedback: You named what you saw, tentatively, and left Sam room to disagree.
    #concepts: attunement-countertransference, finding-the-client
    ~ openness += 1
    "...Maybe not." #client #cue: the laugh fades
-> time
* [Slide the box of tissues a little closer and wait.]
    #option: late-disclosure.condolence #action
    #rate: attunement=2 safety-pacing=2
    #feedback: Kind and unhurried, but it answers the loss in general and not the look away.
    "Thanks." #client #cue: nods, eyes on the floor
-> time
* [“Why didn't you mention this at the start? That's quite important.”]
    #option: late-disclosure.challenge
    #rate: attunement=1 safety-pacing=1 shame-withdrawal=elevated
    #feedback: It may sound like a telling-off, and Sam learns that late things are unwelcome.
    ~ openness -= 1
    ~ arousal += 1
    "Sorry. I didn't think it mattered." #client #cue: shoulders drop
-> time

= time
"Could we go on a bit longer today? I don't have anything after this." #client #cue: leans forward
* [“We do need to stop on time. This matters, so let's make it the first thing we come back to next week.”]
    #option: time.hold-warmly
    #rate: attunement=3 boundaries-frame=3
    #feedback: Warm and clear: the frame holds and the grief gets a place.
    #concepts: consistency-boundaries
    ~ arousal -= 1
    -> ending_held
* [“Rules are rules, I'm afraid.”]
    #option: time.rule
    #rate: attunement=1 boundaries-frame=2 shame-withdrawal=elevated
    #feedback: The frame holds, but the reason given is the rule, not Sam.
    -> ending_shut
* {openness >= 3} [“Of course, take all the time you need — I'll cancel my next client.”]
    #option: time.extend
    #rate: attunement=2 boundaries-frame=1 boundary-confusion=high
    #feedback: Generous in feeling, but it dissolves the frame and puts you in the role of rescuer.
    ~ openness += 1
    -> ending_overrun
