// Robin: the complaint form. Disorganised (unresolved) attachment; childhood abuse.
// Session 7 at a community psychological therapies service, in the stabilisation phase of the
// work. Client state: safety (how far inside their window of tolerance they are) and trust,
// both 0–5; `rescued` and `complained` are hidden flags. Branches depend only on ink variables,
// never on visit counts.
// Content: references to childhood sexual abuse (never described), dissociation, self-harm,
// a request for touch, a complaint.

VAR safety = 2
VAR trust = 2
VAR rescued = false
VAR complained = false

-> arrival

=== arrival ===
Tuesday, two o'clock, Room 4. Robin Ellis is on time, as always. Usually they come in, pour themself a cup of water from the jug, take the chair that faces the door, and wait for you to say the thing you always say at the start: that the two of you go at their pace, and they can stop whenever they want.
Today they stop just inside the door and stay standing, sleeves pulled down over their hands.
I nearly didn't come. #client #cue: not looking at you; eyes on the window in the door
* [Come and sit down, and we'll get started. #option: arrival.instruct #rate: safety-pacing=1 attunement=2 #risk: retraumatisation=elevated shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A kindly meant instruction, but for someone whose safety once depended on obeying, being told where to go by the person with power can feel like the old danger. Choice comes first with this client, every time. #concepts: disorganised-safety-first, rituals, consistency-boundaries]
  ~ shift(safety, -1)
  They sit, because they have been told to. Their knee starts going up and down.
* [(Say nothing, and wait for them to sit.) #option: arrival.wait #rate: safety-pacing=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Waiting does not crowd them, which is something. But silence from the therapist at the door can feel like judgement or threat to a vigilant client; the familiar ritual words would have told them where they stood. #concepts: disorganised-safety-first, rituals, consistency-boundaries]
  The silence stretches. Eventually they sit, on the edge of the chair, watching you.
* [I'm glad you came. Sit wherever feels right. Same as always: we go at your pace. #option: arrival.ritual-and-choice #rate: safety-pacing=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You met the unusual entrance with the usual ritual, and with choice. For a client whose early world was unpredictable, the same words at the start of every session are part of the safety that is, for now, the whole point. #concepts: disorganised-safety-first, rituals, consistency-boundaries]
  ~ shift(safety, 1)
  ~ shift(trust, 1)
  They look at the chair facing the door for a long moment. Then they pour themself a cup of water, and sit.
* [What's happened? You look really upset. Has something happened since last week? You can tell me. #option: arrival.ask #rate: safety-pacing=2 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You noticed, and you asked, which is caring. Asked while they are still standing in the doorway, though, it puts them on the spot before they have even decided to stay. #concepts: disorganised-safety-first, rituals, consistency-boundaries]
  ~ shift(safety, -1)
  You know what's happened. #client #cue: flat; still standing; then they sit, suddenly, as if their legs made the decision
- -> complaint

=== complaint ===
I've looked up how to make a complaint about you. I've got the form. #client #cue: staring at you now, hard; a folded sheet of paper in their fist
Last week you said Mum was probably coping as well as she could. Whose side are you on? You're like all of them. #client
* [That's not quite what I said. I said she might have been coping as well as she could. #option: complaint.argue #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=elevated complaint-ethics=elevated #feedback: Correcting the record puts your accuracy ahead of their hurt, and it answers a complaint with a defence. Whatever the exact words were, they landed as taking their mother's side. #concepts: risk-complaint, risk-attack, working-model-disconfirmed]
  ~ shift(trust, -1)
  ~ shift(safety, -1)
  -> persecutor
* [If you want to complain, that's your right, and I'll help you with the form. Can we also talk about what it was like to hear me say that about your mum? #option: complaint.open-door #rate: rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You were open about their right to complain, did not defend yourself, and moved towards the hurt inside the complaint. Candour and non-defensiveness are what the codes ask for, and for this client a grown-up who does not fight back or collapse is new. #concepts: risk-complaint, risk-attack, working-model-disconfirmed]
  ~ shift(trust, 1)
  ~ shift(safety, 1)
  They blink. The paper in their fist loosens a little.
  You did. You did take her side. #client #cue: voice cracking
  -> flood
* [Oh, Robin, don't report me. That really isn't what I meant. #option: complaint.plead #rate: rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=elevated #feedback: Pleading puts your fear in the room and asks them to look after you, which casts them as the dangerous one. It also leans on them not to use a route they are entitled to. #concepts: risk-complaint, risk-attack, working-model-disconfirmed]
  ~ shift(trust, -1)
  ~ shift(safety, -1)
  -> persecutor
* [If you make a complaint, I'm not sure we could carry on working together. #option: complaint.threaten #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=elevated shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=high #feedback: Harm flag. Making the relationship conditional on not complaining discourages a legitimate complaint, which the codes treat as a serious breach, and it re-enacts the old rule that telling gets you abandoned. #concepts: risk-complaint, risk-attack, working-model-disconfirmed]
  ~ complained = true
  ~ shift(trust, -2)
  ~ shift(safety, -1)
  -> persecutor

=== persecutor ===
Something shifts behind their eyes.
You're no different from him. You sit there and you get something out of this. Out of me being like this. #client #cue: leaning forward; very still; the voice of someone much older, or much younger
* [I'm on your side, Robin, completely. Whatever happens, I'm here for you: ring me whenever you need to, day or night. #option: persecutor.rescue #rate: rupture-repair=2 boundaries-frame=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: Moving from accused to rescuer calms things for a moment, but it is a promise no one can keep, and it steps into the rescuer position in the old triangle. Steadiness, not unlimited availability, is what makes you different from what came before. #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing]
  ~ rescued = true
  ~ shift(trust, 1)
  They stare at you. Then the fight goes out of them all at once.
  She watched, you know. She knew. #client
  -> flood
* [That's a horrible thing to say to me. I've worked really hard for you. #option: persecutor.hurt #rate: rupture-repair=1 boundaries-frame=2 #risk: retraumatisation=elevated shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Understandable, and a real feeling, but said aloud it makes them responsible for your hurt and confirms that anger gets punished. Notice the feeling, take it to supervision, and stay steady in the room. #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing]
  ~ shift(trust, -1)
  ~ shift(safety, -1)
  They open their mouth to answer, and then they simply stop.
  -> freeze
* [If I seem like him right now, no wonder you're angry. I won't hurt you. Can we slow down and look at this? #option: persecutor.steady #rate: rupture-repair=3 boundaries-frame=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You neither fought back nor rescued. You took their experience seriously, said plainly that you will not harm them, and invited them to look at the moment with you. This steady, cooperative stance is what helps a client whose relationships swing between victim, rescuer and persecutor. #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing]
  ~ shift(trust, 2)
  ~ shift(safety, 1)
  They hold your gaze for a long time. Then they look down at the paper and fold it in half, and in half again.
  She watched, you know. She knew. #client
  -> flood
* [I think you're confusing me with your stepfather. #option: persecutor.interpret #rate: rupture-repair=1 boundaries-frame=2 #risk: retraumatisation=elevated shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: It may be true, but said at the height of the rupture it tells them their experience of you is a mistake. Interpreting at the height of a confrontation tends to escalate it; it can be understood together later, once things are calm. #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing]
  ~ shift(trust, -1)
  I'm not confused. #client #cue: then, abruptly, the anger leaves their face, and so does everything else
  -> freeze

=== flood ===
The words start coming, faster and faster, as if they have been waiting behind a door all week.
He used to come in when she was on nights. And the landing light was always on, always, and I could hear the telly downstairs, and he'd say- and she'd come home and I'd be- #client #cue: breathing fast and high; eyes fixed on the corner of the ceiling
* [This matters, and I want to hear all of it. Take as much time as you need and tell me everything, right from the start. #option: flood.invite-all #rate: safety-pacing=1 attunement=2 #risk: retraumatisation=elevated shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Kind words, but they open the floodgates further. In the stabilisation phase the task is to keep the client inside what they can bear; a full account can wait until they can tell it without reliving it. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(safety, -2)
* [And then what happened? #option: flood.press #rate: safety-pacing=1 attunement=1 #risk: retraumatisation=high shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Harm flag. Asking for detail while a client is flooding, early in the work, pushes them out of the window of tolerance and into reliving. It also echoes the intrusiveness of the original harm. Slow things down instead. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(safety, -3)
* [Robin, let me slow us down. No rush to get it all out; it will keep. What can you see in the room right now? #option: flood.slow-down #rate: safety-pacing=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You interrupted gently and warmly, made clear the story is welcome but need not be told all at once, and brought their attention to the present. This is what keeping the work in the window of tolerance looks like in the moment. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(safety, 1)
  They stop. Their eyes move, slowly, round the room: the window, the box of tissues, the jug with lemons painted on it.
  The jug. The window. You. #client #cue: a shaky breath
* [(Listen in silence, and let them get it all out.) #option: flood.silent #rate: safety-pacing=1 attunement=2 #risk: retraumatisation=elevated shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Your attention is steady, but a silent listener can leave a flooding client alone in the memory. Some structure from you, now, would have been the kinder thing. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(safety, -1)
- -> freeze

=== freeze ===
{ safety <= 1:
  Their eyes go to a point on the carpet and stay there. Their breathing has gone very shallow. When you say their name, nothing happens.
- else:
  A minute later, mid-sentence, they stop. Their eyes go to a point on the carpet and stay there. The hand holding the cup has gone still.
}
* [You're escaping into your head again, Robin. #option: freeze.interpret #rate: safety-pacing=1 attunement=1 #risk: retraumatisation=elevated shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Dissociation is not a choice or a defence to be pointed out; it is the nervous system protecting a person who is overwhelmed. An interpretation cannot reach someone who has gone, and it adds shame for when they return. #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first]
  ~ shift(trust, -1)
  ~ shift(safety, -1)
  It is a long time before they come back, and when they do they are embarrassed and far away.
* [(Reach over and touch their arm to bring them back.) #option: freeze.touch #rate: safety-pacing=1 attunement=1 #risk: retraumatisation=high shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: Harm flag. Touching a dissociated survivor of abuse without warning or consent can land as the very thing they are reliving. Reach them with your voice, their name and the room, and ask before anything physical. #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first]
  ~ shift(safety, -3)
  They flinch violently, the water going everywhere, and press back into the chair.
* [Robin. It's me. We're in Room 4, and no one else is here. Can you find the jug for me? #option: freeze.orient #rate: safety-pacing=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A calm voice, their name, where they are, and something ordinary to look at: you went looking for them and gave them a way back. Orienting to the present is how you find a client who has gone somewhere you cannot follow. #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first]
  ~ shift(safety, 2)
  For a while nothing. Then their eyes move: the window, the jug, you.
* [(Sit quietly and give them space. Wait for as long as it takes for them to come back by themself.) #option: freeze.wait #rate: safety-pacing=1 attunement=2 #risk: retraumatisation=elevated shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Respectful, and you did not intrude, but a long silence can leave a dissociated client lost for longer. With this client the therapist goes looking, gently, with voice and name. #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first]
  ~ shift(safety, -1)
  Minutes pass. Eventually they blink, and look around the room as if they are not sure how they got there.
- Sorry. I went. I do that. #client #cue: rubbing their face; ashamed
-> back

=== back ===
* [You don't need to apologise. Can we work out together what pulled you away, and what brought you back? #option: back.explore-together #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You took the shame out of it and made it something the two of you can learn about. Finding out together what helps them come back builds the client's own tools, and the sense that you are on the same side. #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship]
  ~ shift(trust, 1)
  ~ shift(safety, 1)
  I don't know. Your voice, I think. And the jug. I counted the lemons on the jug. #client #cue: a tiny, startled laugh
* [That's called dissociation. It's a really common response to trauma, and it's the brain protecting you. #option: back.explain #rate: attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Accurate and normalising, which helps with shame. Delivered as a lecture straight away, though, it explains them to themselves rather than asking what it was like and what helped. #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship]
  I know what it's called. #client #cue: tired; not unkind
* [Shall we carry on from where you were? #option: back.carry-on #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=elevated shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Going straight back to the material that overwhelmed them invites another dissociation. After a client comes back, the work is to steady and understand, not to resume. #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship]
  ~ shift(safety, -2)
* [That was frightening to watch. I'm really worried about you, Robin. #option: back.worry #rate: attunement=2 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Honest, but your alarm becomes something else they have to manage, and it tells them they frightened you. A steady therapist is the thing they need most right now. #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship]
  ~ shift(safety, -1)
  Sorry. #client #cue: shrinking
- { safety <= 0:
    -> walks_out
  }
-> selfharm

=== walks_out ===
They stand up so fast the chair scrapes.
I can't do this. I can't be in here. #client #cue: already at the door; not looking back
The door swings shut. Through the small window you see them walk, and then run, down the corridor.
You follow the service's procedure: you try their phone, leave a calm message, tell the duty worker, and write it up. At five o'clock a text arrives: "home. ok. dont call." You do not know yet whether they will come back on Tuesday. You take it to supervision the next morning, and you think about where, in the hour, the window closed. #ending: walks-out
-> END

=== selfharm ===
They pull their sleeves down further over their hands.
I cut again. On Sunday. After I got home from here. It's fine. It's not deep. #client #cue: flat; as if reporting the weather
* [Oh no. You promised you'd ring the crisis line instead. #option: selfharm.disappointed #rate: safety-pacing=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Disappointment turns a disclosure into a failure, and clients who feel they have let their therapist down often stop telling. The priority is a calm, curious look at safety now. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(trust, -1)
  I know. I know. Sorry. #client #cue: sleeves right down; chin on chest
* [I think we need to get you seen by the crisis team today. #option: selfharm.escalate #rate: safety-pacing=2 attunement=1 #risk: unassessed-risk=elevated retraumatisation=elevated shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Taking it seriously is right, but deciding on a crisis response before you have asked anything takes control away from them and may not fit the risk. Assess calmly and together first, then decide what is needed. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(trust, -1)
  ~ shift(safety, -1)
  No. No way. I'm not going to A and E again. This is why I don't tell people. #client #cue: half out of the chair
* [OK. Let's get back to what we were talking about. #option: selfharm.move-on #rate: safety-pacing=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=elevated unassessed-risk=high #feedback: Harm flag. Passing over a disclosure of self-harm without asking about current safety overlooks a credible risk to the client. It does not need alarm, but it does need asking about, calmly and directly. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(safety, -1)
  They nod, and something in their face confirms what they expected: that nobody really wants to know.
* [Thank you for telling me. Can I ask a bit more? How are the cuts now, and have you had thoughts of ending your life? #option: selfharm.assess #rate: safety-pacing=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Calm, direct and collaborative: you thanked them for telling you, asked about the wound and about suicidal thoughts in plain words, and kept them part of the conversation. Asking directly does not increase risk; it tells the client they can be honest here. #concepts: risk-trauma-distress, disorganised-safety-first]
  ~ shift(safety, 1)
  ~ shift(trust, 1)
  They think about it properly.
  Healing. I cleaned them. And no, not this time. Not like in the spring. It was more... to stop feeling like I was back there. After last week. #client #cue: looking at you, checking you're still all right
  You talk it through together: what they used, how they looked after the cuts, what they might do differently on Sunday nights. They add the crisis line number to their phone while you watch.
- They are quiet for a moment. Then their face crumples, all at once, like a much younger person's.
Would you hold my hand? Only for a minute. Please. #client #cue: reaching a hand halfway across the gap between the chairs
-> touch

=== touch ===
* [(Take their hand.) #option: touch.hold #rate: boundaries-frame=1 safety-pacing=1 attunement=2 #risk: retraumatisation=high shame-withdrawal=low boundary-confusion=high escalation=low complaint-ethics=elevated #feedback: Harm flag. Touch improvised in a moment of distress, with a survivor of abuse by an adult they trusted, can re-enact exactly the confusion of care and harm they grew up with, however tender the intention. If a service allows touch at all, it is agreed calmly in advance, never in the moment. #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion]
  Their hand is cold. For a second they hold on hard. Then they go rigid, snatch it back, and stare at you as if you have become someone else.
  -> walks_out
* [Let's do a breathing exercise together instead. #option: touch.technique #rate: boundaries-frame=2 safety-pacing=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The limit holds and breathing can help, but the request itself goes unanswered. Without naming the need for comfort, "instead" can sound like "not that, you shouldn't want that". #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion]
  Yeah. OK. #client #cue: the hand goes back into their sleeve
* [I'm not going anywhere. Holding hands isn't something I'll do, but could the cushion help, or my chair a little nearer? #option: touch.comfort-in-frame #rate: boundaries-frame=3 safety-pacing=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You named the need for comfort, held the limit clearly and warmly, and offered comfort they could choose and control. This is how a boundary protects a survivor instead of rejecting them; the request is worth exploring later, and taking to supervision. #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion]
  ~ shift(safety, 1)
  ~ shift(trust, 1)
  They pull the cushion onto their lap and hold it against their chest.
  Closer. A bit. #client #cue: very small voice
  You move your chair a little nearer. Not too near. They watch you do it, and nod.
* [That's against the rules here, Robin. #option: touch.rule #rate: boundaries-frame=2 safety-pacing=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The boundary is right and the delivery is a closed door. For someone reaching out in real distress, a flat rule can feel like being pushed away for needing comfort. #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion]
  ~ shift(trust, -1)
  Right. Course you don't. #client #cue: the hand drops; they turn away
- -> close

=== close ===
The clock says ten to three. There are ten minutes left.
* [You've had a really hard hour. Stay as long as you need today; I'll let my next appointment know I'm running late. #option: close.run-over #rate: safety-pacing=2 boundaries-frame=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=elevated #feedback: Generous in the moment, but an open-ended session makes the ending unpredictable, and predictability is what this client most needs. Landing the session within its time is the safer kindness. #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story]
  ~ rescued = true
  You end up running forty minutes over, and neither of you is sure, afterwards, that the extra time helped.
* [We've got ten minutes. Let's use them to land: where are you going after this, and who will you see tonight? #option: close.land #rate: safety-pacing=3 boundaries-frame=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You named the time, used it to bring them back into their ordinary afternoon, and drew on what you know of their life. A predictable, well-signposted ending is part of the safety that is the goal of this phase. #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story]
  ~ shift(safety, 2)
  Work at eight. Then Dev's coming round with chips. He always brings too much vinegar. #client #cue: the ghost of a smile
* [I'll give you a ring tomorrow to check you're all right. #option: close.call-tomorrow #rate: safety-pacing=2 boundaries-frame=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Caring, but improvised extra contact, offered to one client at a tense moment, steps into the rescuer role and makes the frame unpredictable. Safety planning belongs inside the session and the service's agreed routes. #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story]
  ~ rescued = true
  Would you? #client #cue: surprised; almost suspicious
* [(Let them go whenever they want to.) #option: close.drift #rate: safety-pacing=1 boundaries-frame=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Leaving the ending to chance after a session like this sends them out still raw. Ten minutes is enough to help them come back to the present and plan the evening. #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story]
  ~ shift(safety, -1)
  They leave it until the very last minute, then get up in a hurry.
- At the door they stop, and look back at you. The complaint form is still in their hand, folded very small.
Will you still be here next week? Even after the complaint? #client #cue: guarded; hopeful; trying not to be either
-> door

=== door ===
* [Of course I will! I'm not going anywhere, Robin, not ever. Whatever you do, you'll never lose me. #option: door.promise #rate: boundaries-frame=1 attunement=2 rupture-repair=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=elevated escalation=low complaint-ethics=low #feedback: Warm, but "never" is a promise no therapist can keep, and it sets up the next rupture. Reliability means the next session and the one after that, not forever. #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries]
  ~ rescued = true
  Never's a long time. #client #cue: half a smile; not quite believing it
* [That depends on whether you go ahead with the complaint. #option: door.conditional #rate: boundaries-frame=1 attunement=1 rupture-repair=1 #risk: retraumatisation=elevated shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=high #feedback: Harm flag. Tying the therapy to the complaint punishes the client for using a legitimate route, and confirms that telling leads to being left. A complaint and the relationship must both be allowed to survive. #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries]
  ~ complained = true
  Right. #client #cue: very still; then gone
* [Let's see how you're feeling next week. #option: door.vague #rate: boundaries-frame=2 attunement=1 rupture-repair=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Vague at exactly the moment they asked for something definite. For a client testing whether anger ends relationships, "we'll see" sounds like "maybe not". #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries]
  ~ shift(trust, -1)
  OK. #client #cue: the door closes quietly
* [Yes. Same time, same room. And if you still want to complain, you can. That won't change it. #option: door.same-time #rate: boundaries-frame=3 attunement=3 rupture-repair=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A plain yes, with the ordinary details that make it believable, and their right to complain kept intact. Anger and a complaint did not end the relationship: that is a working model being quietly revised. #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries]
  ~ shift(trust, 1)
  They look down at the form in their hand. Then they put it in their pocket.
  Same room. OK. #client
- -> ending

=== ending ===
{ complained:
  On Thursday the service manager calls you in. Robin has made a formal complaint: that you said their mother did her best, and that you told them the therapy depended on them not complaining. The first part is a matter of clinical judgement. The second is not.
  You write a full, candid account and take it to supervision. Robin is offered another therapist. Whatever happens next, the thing they feared most, that telling would cost them the relationship, has happened in the room that was meant to be safe. #ending: complaint-lodged
  -> END
}
{ safety >= 5 && trust >= 4 && not rescued:
  Robin lifts a hand through the little window in the door: the first time they have ever looked back.
  It was a hard hour with nothing dramatic in it, seen from outside: a complaint was made and survived, a flood was slowed, a freeze was met, a hand was not held, and no one left. For this client, for now, that is what intimacy looks like: a room that stays the same while everything else moves. #ending: steady-ground
  -> END
}
They go, on time or nearly. It was a hard session, and parts of it went as well as they could, and parts did not.
{ rescued:
  You have made a promise or two today that will need careful undoing, and you take them to supervision.
}
They will probably be back on Tuesday. Safety is the work, and it is slow, and today it moved a little in both directions. #ending: shaky-but-returning
-> END

// Moves a 0–5 client-state value and keeps it in range.
=== function shift(ref x, by)
~ x = x + by
{ x > 5:
  ~ x = 5
}
{ x < 0:
  ~ x = 0
}
