// Robin: the complaint form. Disorganised (unresolved) attachment; childhood abuse.
// Session 7 (Tuesdays at two) at a community psychological therapies service, in the stabilisation
// phase of the work. Client state: safety (how far inside his window of tolerance he is) and trust,
// both 0–5; `rescued` and `complained` are hidden flags. Branches depend only on ink variables,
// never on visit counts. Risks not written on an option are low.
// Content: references to childhood sexual abuse (never described), dissociation, self-harm,
// a physical show of anger, a request for touch, a complaint.

VAR safety = 2
VAR trust = 2
VAR rescued = false
VAR complained = false

-> arrival

=== arrival ===
Tuesday, two o'clock, Room 4. Robin Ellis is on time, as always. Usually he comes in, pours himself a cup of water from the jug with the lemons painted on it, takes the chair that faces the door, and waits for you to say what you always say at the start: that the two of you go at his pace, and he can stop whenever he wants.
Today he stops just inside the door and stays standing, work lanyard still round his neck, sleeves pulled down over his hands.
I nearly didn't come. #client #cue: not looking at you; eyes on the little window in the door
* [“Come on in and sit down, Robin, and we'll get started whenever you're ready.”]
    #option: arrival.instruct
    #rate: safety-pacing=1 attunement=2
    #feedback: Kindly meant, but for someone whose safety once depended on doing as he was told, being directed by the person with power can feel like the old danger, and it steps over what he just said. With this client, choice comes first.
    #concepts: disorganised-safety-first, rituals, consistency-boundaries
    ~ shift(safety, -1)
    He sits, because he has been told to. His knee starts going up and down.
* [“Glad you did. Sit where you like; your pace, as always, and stop when you want.”]
    #option: arrival.ritual
    #rate: safety-pacing=3 attunement=3
    #feedback: You met an unusual entrance with the usual words, and with choice. For a client whose early world was unpredictable, the same sentence at the start of every session is part of the safety that, for now, is the work itself.
    #concepts: disorganised-safety-first, rituals, consistency-boundaries
    ~ shift(safety, 1)
    ~ shift(trust, 1)
    He looks at the chair facing the door for a long moment. Then he pours himself a cup of water, and sits.
* [“That sounds like it was a hard decision. What nearly stopped you?”]
    #option: arrival.nearly-stopped
    #rate: safety-pacing=2 attunement=3
    #feedback: You heard exactly what he said and took it seriously. Asked while he is still on his feet in the doorway, though, it puts him on the spot before he has decided to stay; the familiar opening would have given him somewhere to stand first.
    #concepts: disorganised-safety-first, rituals, consistency-boundaries
    You know what. #client #cue: flat; then he sits, suddenly, as if his legs made the decision
* [“What's happened, Robin? Has something happened since last Tuesday? Whatever it is, you can tell me.”]
    #option: arrival.ask
    #rate: safety-pacing=2 attunement=2
    #feedback: You noticed and you asked, which is caring. Three questions at someone standing in a doorway, though, is a lot; and "you can tell me" asks for a disclosure before he has even sat down.
    #concepts: disorganised-safety-first, rituals, consistency-boundaries
    ~ shift(safety, -1)
    You know what's happened. #client #cue: still standing; then he sits on the very edge of the chair
- -> complaint

=== complaint ===
I've looked up how to make a complaint about you. I've got the form. #client #cue: staring at you now, hard; a folded sheet of paper in his fist
Last week you said Mum was probably coping as well as she could. Whose side are you on? You're like all of them. #client
* [“I did say it, and it came across as taking her side. I'm sorry. The form's yours to send.”]
    #option: complaint.own-it
    #rate: rupture-repair=3 attunement=3
    #feedback: You owned the specific thing you said and how it landed, apologised without grovelling, and left the complaint entirely in his hands. Candour and an undefended stance are what the codes ask for, and for this client an adult who neither fights back nor collapses is new.
    #concepts: risk-complaint, risk-attack, working-model-disconfirmed
    ~ shift(trust, 1)
    ~ shift(safety, 1)
    He blinks. The paper in his fist loosens a little.
    You did. You did take her side. #client #cue: voice cracking
* [“That's not quite what I said, Robin. I said she might have been doing the best she could at the time.”]
    #option: complaint.argue
    #rate: rupture-repair=1 attunement=1 escalation=elevated complaint-ethics=elevated
    #feedback: Correcting the record puts your accuracy ahead of his hurt and answers a complaint with a defence. Whatever the exact words were, they landed as taking his mother's side.
    #concepts: risk-complaint, risk-attack, working-model-disconfirmed
    ~ shift(trust, -1)
    ~ shift(safety, -1)
    Same thing. #client #cue: jaw tight
* [“If you want to complain, that's your right, and I'll help you with the form. Can we also talk about what it was like to hear that?”]
    #option: complaint.help-with-form
    #rate: rupture-repair=2 attunement=2 complaint-ethics=elevated
    #feedback: Open about his right to complain, and turning towards the hurt, both good. But you own nothing of what happened, and helping someone write a complaint about yourself is a conflict of interest: the service has its own route, and someone else should support him with it.
    #concepts: risk-complaint, risk-attack, working-model-disconfirmed
    ~ shift(safety, 1)
    You'd help me complain about you? #client #cue: suspicious; the paper stays in his fist
* [“Can you tell me what it was like for you, hearing me say that about your mum last week?”]
    #option: complaint.explore
    #rate: rupture-repair=2 attunement=2
    #feedback: An open invitation, and no defence, which is a good start. But he has told you what it was like: it felt like you took her side. Asking him to say it again, without acknowledging it or his right to complain, can feel like being made to prove the hurt.
    #concepts: risk-complaint, risk-attack, working-model-disconfirmed
    Like you'd taken her side. I just said. #client #cue: impatient
- -> persecutor

=== persecutor ===
Something shifts behind his eyes. He is on his feet, and the wastepaper bin by the desk goes skidding across the floor and hits the radiator.
You're no different from him. You sit there and you get something out of this. Out of me being like this. #client #cue: standing over your chair, fists at his sides, breathing hard; the voice of someone much older, or much younger
Your heart is going. Part of you wants to make this stop at any price: agree with him, promise him anything.
* [“Robin, I can see you're frightened. Let's both sit down and take a few breaths together.”]
    #option: persecutor.breathe
    #rate: rupture-repair=2 safety-pacing=2 attunement=2
    #feedback: You set a gentle limit and offered something steadying, which is more than many would manage with a heart going like that. But "frightened" names his state for him when he is telling you he is angry, and breathing exercises skip what he said you are; he needs to hear that his anger is allowed.
    #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing
    ~ shift(safety, 1)
    Don't tell me to breathe. #client #cue: but he sits, on the arm of the chair
* [“I'm on your side, Robin, completely. Whatever happens, I'm here for you. Ring me any time you need to, day or night.”]
    #option: persecutor.rescue
    #rate: rupture-repair=1 safety-pacing=2 attunement=2 boundary-confusion=high complaint-ethics=elevated
    #feedback: Harm flag. Unlimited personal availability, promised to calm an accusation, leaps from the persecutor's corner straight to the rescuer's. It is a promise nobody can keep, it gives up the frame under pressure, and it fosters the dependency the codes warn about; steadiness, not availability, is what would make you different.
    #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing
    ~ rescued = true
    ~ shift(trust, 1)
    He stares at you. Then the fight goes out of him all at once, and he sits.
* [“Be as angry with me as you need. From the chair, please, so we're both safe. Then tell me what you saw.”]
    #option: persecutor.limit
    #rate: rupture-repair=3 safety-pacing=3 attunement=2
    #feedback: You welcomed the anger, put a plain limit on the behaviour, and invited him to say what he sees in you, without retaliating or rescuing. The trade-off: the limit comes before any acknowledgement of how much you must seem like his stepfather; the validating option said that better, but with a man standing over your chair, safety for both of you had to come first.
    #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing
    ~ shift(trust, 2)
    ~ shift(safety, 1)
    He stands there a moment longer. Then he sits, and looks down at the paper, and folds it in half, and in half again.
* [“If I seem like him right now, no wonder you're this angry with me. What happened just then, when you thought about last week?”]
    #option: persecutor.validate
    #rate: rupture-repair=3 safety-pacing=1 attunement=3 escalation=elevated
    #feedback: Undefended and curious: you took his experience of you seriously and invited him to look at it with you. But he is standing over you and has just kicked the bin across the room, and you carried on as if he were sitting down; naming a limit on the behaviour, without punishing the feeling, keeps you both safe enough to talk.
    #concepts: risk-attack, working-model-disconfirmed, disorganised-safety-first, therapist-attachment-pairing
    ~ shift(trust, 1)
    ~ shift(safety, -1)
    He does not answer. He stays on his feet, and kicks the bin again, less hard. Then he sits.
- She watched, you know. She knew. #client
-> flood

=== flood ===
The words start coming, faster and faster, as if they have been waiting behind a door all week.
He used to come in when she was on nights. And the landing light was always on, always, and I could hear the telly downstairs, and he'd say- and she'd come home and I'd be- #client #cue: breathing fast and high; eyes fixed on the corner of the ceiling
* [“This matters, and I want to hear all of it. Take your time, and tell me everything, right from the start.”]
    #option: flood.invite-all
    #rate: safety-pacing=1 attunement=2 retraumatisation=high
    #feedback: Harm flag. Warm words, but they open the floodgates wider. Early in stabilisation, inviting the whole account while he is already reliving it pushes him out of what he can bear; the story is welcome, and it can wait until he can tell it without being back there.
    #concepts: risk-trauma-distress, disorganised-safety-first
    ~ shift(safety, -3)
* [“Robin. Let's slow right down. It'll keep. Can you feel the chair under you?”]
    #option: flood.slow-down
    #rate: safety-pacing=3 attunement=3
    #feedback: You interrupted, gently and warmly, made clear the story is welcome but need not come all at once, and brought his attention back to the room and his body in it. This is what keeping the work inside the window looks like in the moment.
    #concepts: risk-trauma-distress, disorganised-safety-first
    ~ shift(safety, 1)
    He stops. His hands find the arms of the chair. His eyes move, slowly, round the room: the window, the box of tissues, the jug.
    The chair. The jug. You. #client #cue: a shaky breath
* [“Let's do a grounding exercise. Tell me five things you can see in this room.”]
    #option: flood.grounding-script
    #rate: safety-pacing=2 attunement=2 retraumatisation=elevated
    #feedback: The right direction: out of the memory and into the room. But an exercise announced without a word about why, or whether he wants it, is one more instruction from the person in charge; a sentence of explanation and a choice make the same technique his.
    #concepts: risk-trauma-distress, disorganised-safety-first
    He does it, mechanically. Window. Door. Tissues. Jug. You. By the fifth his voice has flattened out altogether.
* [“Robin, you're safe now. It's over. You're here with me, and nothing can happen to you in this room.”]
    #option: flood.reassure
    #rate: safety-pacing=2 attunement=2
    #feedback: Bringing him back to the room is the right instinct, and your steadiness helps. But "it's over" talks across what he is living through this minute, and a promise that nothing can happen is not yours to make; slowing him down and letting him find the room for himself reaches further.
    #concepts: risk-trauma-distress, disorganised-safety-first
    He nods, too fast. The words slow a little, and his eyes stay on the ceiling.
- -> freeze

=== freeze ===
{ safety <= 1:
    His eyes go to a point on the carpet and stay there. His breathing has gone very shallow. When you say his name, nothing happens.
- else:
    A minute later, mid-sentence, he stops. His eyes go to a point on the carpet and stay there. The hand holding the cup has gone still.
}
* [“Robin? Robin, can you hear me? It's OK. Are you all right? Can you hear my voice?”]
    #option: freeze.call
    #rate: safety-pacing=2 attunement=2
    #feedback: Your voice and his name are exactly what reaches someone who has gone. But questions he cannot answer from where he is ask him to do the work; telling him where he is, and giving him something ordinary to find, offers him a way back.
    #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first
    ~ shift(safety, 1)
    Nothing, and then a small nod, a long way off.
* [Reach over and touch his arm to bring him back.]
    #option: freeze.touch #action
    #rate: safety-pacing=1 attunement=1 retraumatisation=high
    #feedback: Harm flag. Touching a dissociated survivor of abuse without warning or consent can land as the very thing he is reliving. Reach him with your voice, his name and the room, and ask before anything physical.
    #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first
    ~ shift(safety, -3)
    He flinches violently, the water going everywhere, and presses back into the chair.
* [“Robin, it's Tuesday afternoon and you're in Room 4 with me. No one else is here. Can you find the jug with the lemons on?”]
    #option: freeze.orient
    #rate: safety-pacing=3 attunement=3
    #feedback: A calm voice, his name, the day and the place, and something ordinary to look for: you went looking for him and gave him a way back. Orienting to the present is how you find a client who has gone somewhere you cannot follow.
    #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first
    ~ shift(safety, 2)
    For a while nothing. Then his eyes move: the window, the jug, you.
* [Say his name once, quietly, and then wait for him without saying anything more.]
    #option: freeze.name-and-wait #action
    #rate: safety-pacing=2 attunement=2
    #feedback: His name, said calmly, is a good first thread to offer, and you did not crowd him. But a dissociated client can stay lost for a long time in silence; a few more words about where he is and something ordinary to look for would have given him more to follow back.
    #concepts: risk-trauma-distress, finding-the-client, disorganised-safety-first
    Minutes pass. Eventually he blinks, and looks round the room as if he is not sure how he got there.
- Sorry. I went. I do that. #client #cue: rubbing his face; ashamed
-> back

=== back ===
* [“That was really frightening to watch, Robin. I'm worried about you, honestly. Are you OK now?”]
    #option: back.worry
    #rate: attunement=2 safety-pacing=2 shame-withdrawal=elevated
    #feedback: Honest, and it does stop the material rather than resume it. But your alarm becomes one more thing he has to manage, and it tells him he frightened you; a steady therapist is what he most needs right now.
    #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship
    ~ shift(safety, -1)
    Sorry. #client #cue: shrinking
* [“Shall we carry on from where you were, if you feel up to it? Only if you want to.”]
    #option: back.carry-on
    #rate: attunement=1 safety-pacing=1 retraumatisation=high
    #feedback: Harm flag. Going straight back to the material that has just overwhelmed him invites another dissociation, and it carries on as if the freeze had not happened. After a client comes back, the work is to steady and understand, not to resume.
    #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship
    ~ shift(safety, -3)
* [Say there's nothing to be sorry for. Refill his water, and once he has drunk some, ask what helped him back.]
    #option: back.explore-together #action
    #rate: attunement=3 safety-pacing=3
    #feedback: You took the shame out of it, let his body settle before asking anything, and made the freeze something the two of you can learn from. Finding out together what helps him come back builds his own tools, and the sense that you are on the same side.
    #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship
    ~ shift(trust, 1)
    ~ shift(safety, 1)
    He drinks. Then: "Your voice, I think. And the jug. I counted the lemons on the jug." #cue: a tiny, startled laugh
* [“That's called dissociation, Robin. It's a really common response to trauma; it's your brain's way of protecting you.”]
    #option: back.explain
    #rate: attunement=2 safety-pacing=2
    #feedback: Accurate and normalising, which helps with shame. Delivered straight away, though, it explains him to himself instead of asking what it was like and what helped, and he may well know the word already.
    #concepts: disorganised-safety-first, working-model-disconfirmed, safe-relationship
    I know what it's called. #client #cue: tired; not unkind
- { safety <= 0:
    -> walks_out
  }
-> telling

=== telling ===
He turns the cup round in his hands.
Dev's the only one who knows. And you. I tried to tell my uncle once, when I was fourteen. He laughed. Said lads can look after themselves. #client #cue: not looking at you
Do you even get men in here? For this? Or is it just me? #client #cue: a quick glance up, then away
* [“I'm not able to talk about the other people I see, Robin. What's said in here stays in here, for everyone.”]
    #option: telling.confidential
    #rate: attunement=1 authenticity=1
    #feedback: Confidentiality matters, and he may even be reassured that you keep it. But he was not asking about anyone else; he was asking whether he is a freak, and the answer to that can be given without naming a soul.
    #concepts: knowing-the-story, working-model-disconfirmed, safe-relationship
    ~ shift(trust, -1)
    Right. Course. #client #cue: his face closes
* [“Men come here with this too, more than people think. A lot of them were told, like you, that lads can't be hurt. You were a boy.”]
    #option: telling.men-too
    #rate: attunement=3 authenticity=3
    #feedback: A real answer to a real question, and one that takes on the story he was handed: that a boy it happened to should have coped, or fought. Naming what being male has meant in his telling, without making it all that he is, lets him be a man in the room and a child in the memory.
    #concepts: knowing-the-story, working-model-disconfirmed, safe-relationship
    ~ shift(trust, 1)
    He is quiet for a long time.
    I was eleven. #client #cue: almost a whisper
* [“It really doesn't matter whether you're a man or a woman in here. Abuse is abuse, whoever it happens to.”]
    #option: telling.gender-blind
    #rate: attunement=2 authenticity=2
    #feedback: Meant as acceptance, and partly heard that way. But it sets aside exactly what he is telling you: that being a boy it happened to, and a man who has to live with it, has its own weight, and that the one adult he told used his being a lad against him.
    #concepts: knowing-the-story, working-model-disconfirmed, safe-relationship
    Yeah. I suppose. #client #cue: shrugs; not convinced
* [“You're definitely not the only one, Robin. Not by a long way.”]
    #option: telling.not-the-only
    #rate: attunement=2 authenticity=2
    #feedback: A true and kind answer, and brief, which suits him. But he told you more than a fact he needed checking: the one adult he told used his being a lad against him. Reassurance alone leaves that story standing.
    #concepts: knowing-the-story, working-model-disconfirmed, safe-relationship
    Right. OK. #client #cue: nods slowly; still turning the cup
- -> selfharm

=== selfharm ===
He pulls his sleeves down further over his hands.
I cut again. Last Tuesday night. After I got home from here. It's fine. It's not deep. #client #cue: flat; as if reporting the weather
* [“OK. Thank you for telling me. Can we come back to that later on?”]
    #option: selfharm.later
    #rate: safety-pacing=1 attunement=1 unassessed-risk=high
    #feedback: Harm flag. It sounds considerate, and you thanked him, but putting off a disclosure of self-harm leaves nobody knowing how safe he is now, and "later" can easily become never. It does not need alarm; it does need asking about, calmly and plainly, today.
    #concepts: risk-trauma-distress, disorganised-safety-first
    ~ shift(safety, -1)
    He nods, and something in his face confirms what he expected: that nobody really wants to know.
* [“Thank you for telling me. How deep were the cuts, have you had them looked at, and have you had thoughts of ending your life?”]
    #option: selfharm.stacked
    #rate: safety-pacing=2 attunement=2 unassessed-risk=elevated
    #feedback: Direct, and you asked about suicide in plain words, which is right. But three questions at once let him answer the easiest and skip the rest, and they sound like a form being filled in. One at a time, with room for each answer, gets a truer picture.
    #concepts: risk-trauma-distress, disorganised-safety-first
    Not deep. I cleaned them. #client #cue: answers the first question, and stops
* [“Are the cuts healing OK? Have you been keeping them clean?”]
    #option: selfharm.wound-only
    #rate: safety-pacing=2 attunement=2 unassessed-risk=elevated
    #feedback: Practical and unalarmed, and caring about the wound matters. But it stops at the body: nothing about what drove it, whether it is getting worse, or whether there are thoughts of suicide behind it. The risk is only half assessed.
    #concepts: risk-trauma-distress, disorganised-safety-first
    Yeah. Fine. I'm not an idiot. #client #cue: a little defensive
* [“Thanks for telling me. Can I ask about it, one thing at a time? Start with now: how are the cuts?”]
    #option: selfharm.one-at-a-time
    #rate: safety-pacing=3 attunement=3
    #feedback: Calm, direct and collaborative: you thanked him, asked permission, and went one question at a time, starting with the wound and coming to thoughts of suicide in plain words. Asking directly does not put the idea in his head; it tells him he can be honest here.
    #concepts: risk-trauma-distress, disorganised-safety-first
    ~ shift(safety, 1)
    ~ shift(trust, 1)
    He thinks about it properly.
    Healing. I cleaned them. #client
    You ask, one thing at a time, what was happening that night, and then, plainly, whether he has had thoughts of ending his life.
    No. Not this time. Not like in the spring. It was more... to stop feeling like I was back there. After last week. #client #cue: looking at you, checking you're still all right
    You talk it through together: what he used, how he looked after the cuts, what might help on a Tuesday night after a session. He adds the crisis line to his phone while you watch.
- He is quiet for a moment. Then his face crumples, all at once, like a much younger person's.
Would you hold my hand? Only for a minute. Please. Nobody would know. I wouldn't tell anyone. #client #cue: reaching a hand halfway across the gap between the chairs
-> touch

=== touch ===
* [“I can't do that, Robin, and it's not because of you. You matter to me more than you probably know, honestly.”]
    #option: touch.special
    #rate: boundaries-frame=1 safety-pacing=2 attunement=2 boundary-confusion=elevated
    #feedback: The limit holds and the warmth is real. But "more than you know", answering an offer of something secret, tells a survivor of abuse that he is special to you in a way that cannot be said out loud, which is the confusion of care and secrecy he grew up with.
    #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion
    ~ rescued = true
    Do I? #client #cue: looks up, searching your face for what that means
* [“You need some comfort right now. I won't hold your hand, but I could bring my chair a little nearer, if you'd like.”]
    #option: touch.comfort-first
    #rate: boundaries-frame=2 safety-pacing=2 attunement=3
    #feedback: You named the need for comfort, held the limit kindly, and offered something he can choose. But "nobody would know" goes by unremarked, and a secret kept between a survivor and a trusted adult is the old pattern; saying plainly that nothing here needs to be secret protects him.
    #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion
    ~ shift(safety, 1)
    Nearer. A bit. #client #cue: the hand goes back into his sleeve
    You move your chair a little closer. He watches you do it.
* [Take his hand, just for a minute.]
    #option: touch.hold #action
    #rate: boundaries-frame=1 safety-pacing=1 attunement=2 retraumatisation=high boundary-confusion=elevated
    #feedback: Harm flag. Touch improvised in a moment of distress, with a survivor of abuse by an adult he trusted, and offered as a secret, can re-enact the confusion of care and harm he grew up with, however tender the intention. No professional code has a rule about touch as such, but where touch is used at all it is discussed calmly, agreed beforehand and thought through in supervision, not improvised with a client in distress.
    #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion
    His hand is cold. For a second he holds on hard. Then he goes rigid, snatches it back, and stares at you as if you have become someone else.
    -> walks_out
* [“I won't hold your hand, and nothing here needs to be secret. I'm right here. Cushion, or my chair nearer?”]
    #option: touch.no-secrets
    #rate: boundaries-frame=3 safety-pacing=3 attunement=2
    #feedback: You held the limit warmly, said out loud that nothing here is secret, and offered comfort he controls. The trade-off: the need for comfort itself gets less room than in the comfort-first option, but with "nobody would know" on the table, naming the secrecy was the protective move. The request is worth exploring later, and taking to supervision.
    #concepts: disorganised-safety-first, risk-trauma-distress, consistency-boundaries, risk-seduction-confusion
    ~ shift(safety, 1)
    ~ shift(trust, 1)
    He looks at you for a long moment, as if checking the words for a trap. Then he pulls the cushion onto his lap and holds it against his chest.
    Nearer. A bit. #client #cue: very small voice
    You move your chair a little closer. Not too close. He watches you do it, and nods.
- -> close

=== close ===
The clock says ten to three. There are ten minutes left.
* [“Ten minutes left. Let's use them to land you: what does the rest of today look like?”]
    #option: close.land
    #rate: safety-pacing=3 boundaries-frame=3 attunement=2
    #feedback: You named the time and used it to bring him back into his ordinary afternoon. The trade-off: it moves straight to practicalities without a word about how hard the hour was, which the run-over offer did better; but a predictable, signposted ending is what this phase of the work is made of.
    #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story
    ~ shift(safety, 2)
    Sleep, then a night shift at eight. Dev's coming round first with chips. He always gets too much vinegar. #client #cue: the ghost of a smile
* [“You've had a really hard hour, Robin. Stay as long as you need today; I'll let my next person know I'm running late.”]
    #option: close.run-over
    #rate: safety-pacing=2 boundaries-frame=1 attunement=3 boundary-confusion=elevated complaint-ethics=elevated
    #feedback: Generous, and you were right that the hour was hard. But an open-ended session makes the ending unpredictable, and predictability is what this client most needs; landing within the time is the safer kindness.
    #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story
    ~ rescued = true
    You end up running forty minutes over, and neither of you is sure, afterwards, that the extra time helped.
* [“I'll give you a ring tomorrow morning, just to check you got home all right and slept.”]
    #option: close.call-tomorrow
    #rate: safety-pacing=2 boundaries-frame=1 attunement=2 boundary-confusion=elevated
    #feedback: Caring, but extra contact improvised for one client at a tense moment steps into the rescuer's role and makes the frame unpredictable. Planning for the evening belongs inside the session and the service's agreed routes.
    #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story
    ~ rescued = true
    Would you? #client #cue: surprised; almost suspicious
* [“That was a lot today, Robin. You did really well to stay with it, and I mean that.”]
    #option: close.praise
    #rate: safety-pacing=2 boundaries-frame=2 attunement=2
    #feedback: Acknowledging the hour is right. But praise for "staying with it" can sound like a mark out of ten, and it leaves the last ten minutes without a shape: nothing yet brings him back to his afternoon or plans the evening.
    #concepts: disorganised-safety-first, consistency-boundaries, rituals, knowing-the-story
    Did I. #client #cue: not a question; he looks at the clock
- At the door he stops, and looks back at you. The complaint form is still in his hand, folded very small.
Will you still be here next week? Even after the complaint? #client #cue: guarded; hopeful; trying not to be either
-> door

=== door ===
* [“Yes. Tuesday, two o'clock, this room. The complaint doesn't change that.”]
    #option: door.same-time
    #rate: boundaries-frame=3 attunement=3 rupture-repair=3
    #feedback: A plain yes, with the ordinary details that make it believable, and his right to complain left intact. Anger and a complaint did not end the relationship: a working model being quietly revised.
    #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries
    ~ shift(trust, 1)
    He looks down at the form in his hand. Then he puts it in his pocket.
    This room. OK. #client
* [“I will. And whatever you decide, I'd like to understand more about the complaint next time.”]
    #option: door.understand
    #rate: boundaries-frame=3 attunement=2 rupture-repair=2
    #feedback: A clear yes, and an invitation to keep talking, which is good. But wanting to "understand more about the complaint" can sound like pressure to explain himself or drop it; the complaint is his, and it needs no further account from him.
    #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries
    OK. #client #cue: a small nod; the form goes into his pocket
* [“Of course I will. I'm not going anywhere, Robin, whatever you decide to do with that form.”]
    #option: door.promise
    #rate: boundaries-frame=1 attunement=2 rupture-repair=2 boundary-confusion=elevated
    #feedback: Warm, but "not going anywhere, whatever you decide" is a promise no therapist can keep, and it sets up the next rupture. Reliability means the next session, and the one after that.
    #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries
    ~ rescued = true
    Not going anywhere. #client #cue: half a smile; not quite believing it
* [“I think that probably depends on whether you decide to go ahead with the complaint, Robin.”]
    #option: door.conditional
    #rate: boundaries-frame=1 attunement=1 rupture-repair=1 complaint-ethics=high shame-withdrawal=elevated
    #feedback: Harm flag. Tying the therapy to the complaint punishes him for using a legitimate route, and confirms that telling leads to being left. A complaint and the relationship must both be allowed to survive.
    #concepts: risk-complaint, working-model-disconfirmed, consistency-boundaries
    ~ complained = true
    Right. #client #cue: very still; then gone
- -> ending

=== walks_out ===
He stands up so fast the chair scrapes.
I can't do this. I can't be in here. #client #cue: already at the door; not looking back
The door swings shut. Through the small window you see him walk, and then run, down the corridor.
You follow the service's procedure: you try his phone, leave a calm message, tell the duty worker, and write it up. At five o'clock a text arrives: "home. ok. dont call." You do not know yet whether he will come back next Tuesday. You take it to supervision the next morning, and you think about where, in the hour, the window closed. #ending: walks-out
-> END

=== ending ===
{ complained:
    On Thursday the service manager calls you in. Robin has made a formal complaint: that you said his mother did her best, and that you told him the therapy depended on him not complaining. The first part is a matter of clinical judgement. The second is not.
    You write a full, candid account and take it to supervision. Robin is offered another therapist. Whatever happens next, the thing he feared most, that telling would cost him the relationship, has happened in the room that was meant to be safe. #ending: complaint-lodged
    -> END
}
{ safety >= 5 && trust >= 4 && not rescued:
    Robin lifts a hand through the little window in the door: the first time he has ever looked back.
    Seen from outside it was a hard hour with nothing dramatic in it: a complaint was made and survived, a flood was slowed, a freeze was met, a hand was not held, and no one left. For this client, for now, that is what intimacy looks like: a room that stays the same while everything else moves. #ending: steady-ground
    -> END
}
He goes, on time or nearly. It was a hard session; parts of it went as well as they could, and parts did not.
{ rescued:
    You have made a promise or two today that will need careful undoing, and you take them to supervision.
}
He will probably be back next Tuesday. Safety is the work, and it is slow, and today it moved a little in both directions. #ending: shaky-but-returning
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
