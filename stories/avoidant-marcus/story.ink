// Marcus: the session after a cancellation. Avoidant (dismissing) attachment.
// Session 5 of open-ended weekly counselling in private practice. In session 4 he spoke about his
// mother leaving and went quiet for a long time; he cancelled session 5's slot by text the next
// week. Client state: openness, alliance (0–5) and shame (0–3). Branches depend only on these and
// on hidden ink variables, never on visit counts.

VAR openness = 1
VAR alliance = 2
VAR shame = 1

-> back

=== back ===
Thursday, six o'clock: your last slot of the day. Two weeks since you last saw Marcus Webb. Last week's session was cancelled by a text at seven in the morning: "Sorry, site emergency, can't do today. M"
He arrives exactly on the hour, still in his site jacket, and takes the chair nearest the door as he always does. He puts his phone face down on his knee.
Sorry about last week. Work. #client #cue: a brief nod; eyes on the bookshelf rather than on you
* [I wondered whether you cancelled because last time got quite close to the bone. #option: return.name-it-now #rate: attunement=2 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The link may well be right, but made in his first minute back it feels like being caught out. With a client who keeps his distance, meet him where he is first; the cancellation can be wondered about later, once he has settled. #concepts: avoidant-pacing, consistency-boundaries, therapist-attachment-pairing]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  No. It was work. There was a crane. #client #cue: flat; the phone turns over in his hand
* [That's all right. Good to see you. How have the two weeks been? #option: return.steady-welcome #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Warm, unfussed and reliable: the session is here as usual, and nothing has to be explained at the door. Not pursuing him is what keeps the base secure for a client who may be backing away after a close session. #concepts: avoidant-pacing, consistency-boundaries, therapist-attachment-pairing]
  ~ shift(alliance, 1)
  Busy. #client #cue: the shoulders come down a fraction
  Not bad, actually. Well. Mixed. #client
* [It's important we don't lose the thread, so I'd ask you not to cancel again. #option: return.momentum #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Pursuing him with a telling-off confirms what he already expects of closeness: that it comes with pressure and disappointment. A cancellation after a close session is best met with steadiness, then explored together when he is ready. #concepts: avoidant-pacing, consistency-boundaries, therapist-attachment-pairing]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  Yep. Noted. #client #cue: jaw tightens; a glance at the door
* [Work's been heavy, then? #option: return.logistics #rate: attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Easy and unthreatening, and it meets him on ground he likes. It also quietly agrees that work is the whole story, which is the invitation an avoidant client makes and a distance-loving therapist may accept. #concepts: avoidant-pacing, consistency-boundaries, therapist-attachment-pairing]
  Always. #client #cue: half a smile
- -> report

=== report ===
Right. Update. #client
Dad's back in. Third time this year. Fluid on the lungs again, so they've upped the diuretics. I've sorted his bins, I've spoken to the ward sister, and I've set up a spreadsheet for his meds so the district nurses stop contradicting each other. #client #cue: counting the items off on his fingers
It's under control. #client
* [And how do you feel about your dad being so ill? #option: report.feelings-question #rate: attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: A reasonable question asked too soon and too directly. For a dismissing client the feelings question can sound like a test he is bound to fail; acknowledging what he has managed usually has to come first. #concepts: avoidant-pacing, attunement-countertransference, therapist-attachment-pairing]
  ~ shift(shame, 1)
  Fine. I mean, it is what it is. He's eighty. #client #cue: shrugs
* [Have you thought about asking for a carer's assessment? It might take some of that off you. #option: report.advice #rate: attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Practical help is tempting because it is where he is comfortable. Staying in logistics together is the collusion to watch for when a distance-keeping client meets a therapist who also prefers the practical. #concepts: avoidant-pacing, attunement-countertransference, therapist-attachment-pairing]
  Already done. Form's in. #client #cue: a flicker of satisfaction
* [That's a great deal of organising on top of a full-time job. You've been holding a lot. #option: report.value-competence #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You valued his competence before asking anything of his feelings. With avoidant clients, recognising the self-reliance first is what makes it safe, later, to be less self-reliant in the room. #concepts: avoidant-pacing, attunement-countertransference, therapist-attachment-pairing]
  ~ shift(alliance, 1)
  ~ shift(openness, 1)
  Well. Someone has to. #client #cue: looks at you properly for the first time
* [A spreadsheet. Of course there's a spreadsheet. #option: report.tease #rate: attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: He likes dry humour and it lands; there is warmth in it. It skips over how much he is carrying, though, and with a father in hospital that was the thing to see first. #concepts: avoidant-pacing, attunement-countertransference, therapist-attachment-pairing]
  Colour-coded. Obviously. #client #cue: a short laugh through the nose
- -> drift

=== drift ===
He tells you about the spreadsheet: the columns, the drop-down for the pharmacy, the nurse who types in capitals. It is precise and fluent and goes on for some time.
You notice your attention sliding towards the clock. The room feels airless, as if nothing in it could matter very much. You have felt this before with Marcus, usually just before something hard.
* [I realise I know a lot about the spreadsheet and not much about how you are. #option: drift.use-it #rate: attunement=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You treated your own drifting attention as information about the room, and fed it back lightly, as your experience rather than his failing. This is countertransference used in the client's interest, at a distance he can manage. #concepts: attunement-countertransference, therapist-attachment-pairing, avoidant-pacing]
  ~ shift(openness, 1)
  ~ shift(alliance, 1)
  He stops. Looks at you. Huffs something that is nearly a laugh.
  Fair. #client #cue: rubs the back of his neck
  How I am. I'm all right. I'm tired. #client
* [Which pharmacy are you using? The one on the high street can be slow with repeats. #option: drift.follow-detail #rate: attunement=1 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: The airless feeling was a signal and you followed the content further into it. This is the co-deactivation to notice in yourself: two people agreeing, without a word, to keep things safely factual. #concepts: attunement-countertransference, therapist-attachment-pairing, avoidant-pacing]
  The Boots. They're fine. #client #cue: happy to go on
* [To be honest, Marcus, I'm finding it hard to stay interested in this. #option: drift.blurt #rate: attunement=1 authenticity=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Honest, but the disclosure lands as a criticism of him rather than an observation about the two of you. Immediacy helps when it is offered as curiosity and owned as yours, not as a verdict on how interesting the client is. #concepts: attunement-countertransference, therapist-attachment-pairing, avoidant-pacing]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  Right. Sorry. I'll skip the boring bits. #client #cue: colour at the neck; arms fold
* [(Let him finish, and say nothing about it.) #option: drift.wait #rate: attunement=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Patience is not wrong with an avoidant client, and he finishes in his own time. But the deadness in the room was worth wondering about, and saying nothing leaves you both in it. #concepts: attunement-countertransference, therapist-attachment-pairing, avoidant-pacing]
  So that's the system. #client #cue: sits back, done
- -> leak

=== leak ===
Anyway. The ward sister asked me if Dad had someone at home. And I said... #client #cue: his voice catches on "home"; he clears his throat
He stops, and starts again somewhere else.
Work's mad, though. We've got a bridge deck that's failed its load test, and the council want someone to blame by Friday. #client #cue: brisk again; looks at the window
* [I'm going to stop you there. I'm not letting you change the subject until you tell me how you feel about your dad dying. #option: leak.force #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=high boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Harm flag. Forcing a disclosure, and naming his father's death for him, exposes a man for whom feeling in front of someone is already shaming. This is the kind of move that makes a dismissing client decide not to come back. Mark the shift lightly and let him choose. #concepts: avoidant-pacing, risk-shame-retreat]
  ~ shift(shame, 2)
  ~ shift(alliance, -2)
  -> retreat
* [A failed load test. What happens now? #option: leak.follow-work #rate: attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: You followed him out of the feeling and into work. Nothing is damaged, but he has learned again that the catch in his voice can be stepped over; the marker was worth noticing. #concepts: avoidant-pacing, risk-shame-retreat]
  -> deck
* [Your voice went somewhere when you said "home". You can leave it there if you like; I just noticed. #option: leak.mark-lightly #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You marked the leak without pouncing and handed him the choice. With a dismissing client, noticing lightly and leaving the door open is what makes it possible for him to walk through it. #concepts: avoidant-pacing, risk-shame-retreat]
  ~ shift(openness, 1)
  -> mother
* [I think you're shutting down your grief about your dad. #option: leak.interpret #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Perhaps true, but said as a verdict it exposes him. Interpretations of defence made in the moment tend to feel like an accusation to someone who already fears being seen as weak. #concepts: avoidant-pacing, risk-shame-retreat]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  -> retreat

=== mother ===
He is quiet for a long moment. When he speaks it is to the carpet.
I said no. That he didn't have anyone at home. #client
Then in the night he got confused and asked the nurse where Mum was. She left when I was seven. He hasn't said her name in thirty-four years, and he asked for her like she'd popped out for milk. #client #cue: his eyes fill; he looks anywhere but at you, at the door, the window, the floor
* [Let it come. It's good to cry. #option: find.permission #rate: attunement=1 safety-pacing=1 authenticity=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Kindly meant, but it tells him what to do with a feeling he is struggling to allow at all, and it turns a spotlight on the tears. For an ashamed client, being seen crying needs to feel survivable, not encouraged. #concepts: finding-the-client, working-model-disconfirmed, risk-shame-retreat]
  ~ shift(shame, 1)
  I'm not going to cry. #client #cue: presses the heel of his hand to one eye; turns his face away
* [(Pass him the tissues without a word.) #option: find.tissues #rate: attunement=2 safety-pacing=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A practical kindness, and he takes one. A tissue offered straight away can also say "tidy this up", though, and it keeps you at arm's length at the moment he most expects to be alone. #concepts: finding-the-client, working-model-disconfirmed, risk-shame-retreat]
  Thanks. #client #cue: takes one; doesn't use it; looks at the window
* [Shall we take a breath and come back to how your week's been? #option: find.rescue #rate: attunement=1 safety-pacing=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You helped him out of the feeling, which may have been a relief for you both. But it confirms the old rule that this sort of thing is best got away from, quickly. #concepts: finding-the-client, working-model-disconfirmed, risk-shame-retreat]
  ~ shift(openness, -1)
  Yeah. Good idea. #client #cue: sits up; relief and something like disappointment
* [(Lean a little, until you find his eyes.) Hey. Still here. #option: find.reach #rate: attunement=3 safety-pacing=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You went looking for him rather than waiting for him to come back, and you did it gently and briefly. For a client who expects to be left alone with feeling, being found at that moment can disconfirm a working model in a way no words could. #concepts: finding-the-client, working-model-disconfirmed, risk-shame-retreat]
  ~ shift(openness, 1)
  ~ shift(alliance, 1)
  ~ shift(shame, -1)
  His eyes meet yours, and for a second he looks about seven. Then he laughs, wetly, and doesn't look away.
  Hi. #client #cue: wipes his face with the back of his hand
- -> mum

=== mum ===
She left a note on the kitchen table. Dad read it, folded it up and made fish fingers. We never talked about it. Not once. Not when I was seven, not when I was twenty. #client #cue: steady now; the engineer's voice, laying it out
* [How do you think that's affected your relationships, with Priya for instance? #option: mum.link #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The link may be important one day, but it turns a raw memory into a case formulation and hands him something to think about instead of something to feel. Pattern-linking belongs later in the work. #concepts: knowing-the-story, working-model-disconfirmed, earned-security]
  ~ shift(openness, -1)
  Priya thinks it's affected everything. She's probably right. She usually is. #client #cue: the engineer's voice returns; the feeling has gone
* [That must have been devastating for a boy of seven. #option: mum.big-word #rate: attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Warm and accurate, but "devastating" is a bigger word than he can pick up yet. A dismissing client may have to disagree with a large feeling before he can own a small one. #concepts: knowing-the-story, working-model-disconfirmed, earned-security]
  I don't know about devastating. It was just how it was. #client #cue: a small shrug
* [Have you ever thought of trying to find her? #option: mum.find-her #rate: attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A big practical question about the future, asked at the moment he is remembering the past for the first time aloud. It moves the conversation to a decision he is not facing today. #concepts: knowing-the-story, working-model-disconfirmed, earned-security]
  ~ shift(openness, -1)
  No. Why would I? #client #cue: surprised, a little sharp
* [And nobody talked to you about it. #option: mum.stay-simple #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Simple, exact, and in his own terms. You stayed with what he could say and let the loneliness of it be in the room, without enlarging it. This is how a story starts to be known by two people. #concepts: knowing-the-story, working-model-disconfirmed, earned-security]
  ~ shift(alliance, 1)
  No. #client #cue: a long breath
  You're the first person I've told about the fish fingers. Isn't that stupid. #client
- -> touchy

=== deck ===
Honestly, the deck's fine. It's the bearings. If a deck fails a load test, you don't blame the deck, you look at what it's been carrying and for how long. #client #cue: animated; draws the span in the air
* [Earlier, when your dad came up, your voice changed and then you changed the subject. #option: deck.name-it-late #rate: attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Going back to the missed moment is worth doing, but the way it is put sounds like evidence being presented. Owning that you let it pass would have made it easier for him to pick up. #concepts: avoidant-pacing, attunement-countertransference]
  Did it? I don't think it did. #client #cue: a flicker; then the shutters
* [I wonder if that's true of you at the moment, too. #option: deck.bridge #rate: attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You used his own image, which kept the distance he needs while pointing at what matters. Working inside the client's metaphor is often the way a dismissing client can approach feeling without being cornered. #concepts: avoidant-pacing, attunement-countertransference]
  ~ shift(openness, 1)
  ~ shift(alliance, 1)
  He looks at you. Then at his own hand, still drawing the span.
  Very good. Yes. All right. #client #cue: a rueful half-laugh
  Dad asked for my mum, in the night. She left when I was seven. He hasn't said her name in thirty-four years. #client
* [Tell me more about the load test. #option: deck.more-work #rate: attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: He has just offered, without meaning to, a perfect picture of himself, and you asked for more engineering. It is comfortable for both of you, which is exactly what to notice. #concepts: avoidant-pacing, attunement-countertransference]
  Happily. #client #cue: he does, at length
- -> touchy

=== retreat ===
His face shuts like a door.
Right. Is this the bit where I'm supposed to cry, and you tick a box? #client #cue: arms folded, jaw set; the phone back in his hand
* [I think you're defending against something very painful. #option: retreat.interpret #rate: rupture-repair=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Interpreting his anger as a defence, while the rupture is still hot, tells him the problem is him. Experts rate pattern-talk in the moment as less effective than validating and exploring, and it often escalates. #concepts: risk-shame-retreat, working-model-disconfirmed]
  ~ shift(alliance, -2)
  -> walks_out
* [No. I pushed too hard just then, and I'm sorry. You get to decide how far we go. #option: retreat.own-it #rate: rupture-repair=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You owned a specific contribution, without grovelling, and gave him back control. For a client who expects closeness to come with humiliation, a therapist who notices and repairs is the working model not confirmed. #concepts: risk-shame-retreat, working-model-disconfirmed]
  ~ shift(alliance, 2)
  ~ shift(shame, -1)
  He looks at you for a long moment, checking for the catch.
  Okay. #client #cue: the arms stay folded, but the phone goes back on his knee
  It's my dad. He's not well. That's all. I'm not ready to take it apart. #client
* [I was only trying to help you get in touch with your feelings. #option: retreat.defend #rate: rupture-repair=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Explaining your good intentions puts your feelings at the centre, and it asks him to reassure you. A defensive response to a confrontation is one of the stronger predictors of a rupture not being resolved. #concepts: risk-shame-retreat, working-model-disconfirmed]
  ~ shift(alliance, -2)
  -> walks_out
* [Shall we talk about something else for a bit? #option: retreat.change-task #rate: rupture-repair=2 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Changing the task is a legitimate quick repair and it lowers the temperature. Without naming your part, though, the rupture goes underground, and he is left to wonder whether it will happen again. #concepts: risk-shame-retreat, working-model-disconfirmed]
  ~ shift(openness, -1)
  Fine. #client #cue: looks at the window; the phone stays in his hand
- -> touchy

=== walks_out ===
He looks at his watch.
Actually, I've got a call at half six. I should go. #client #cue: already standing, jacket zipped
He leaves twenty minutes early. On Saturday an email arrives, polite and short: he thinks he has got what he needed from the sessions, and thanks you for your time.
You write back to say the door is open if he ever wants it. You do not hear from him again. It is a familiar pattern in dismissing clients, and it is also the one outcome where you never find out what might have been. #ending: walks-out
-> END

=== touchy ===
He sits back and rubs his face with both hands, then looks at you over his fingers.
{ openness >= 3:
  Blimey. We're getting very in touch with our feelings this evening, aren't we. #client #cue: a crooked smile; testing
- else:
  Go on, then. This is the bit where you ask me how it all makes me feel, isn't it. #client #cue: a crooked smile; testing
}
* [You make a joke whenever things get close. #option: touchy.interpret #rate: rupture-repair=1 authenticity=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Accurate, perhaps, but it turns his joke into evidence against him. His humour was a small, half-serious protest about the pace; answering the protest works better than exposing the defence. #concepts: humour, avoidant-pacing, safe-relationship]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  Noted. #client #cue: the smile goes
* [Fair enough. We can stick to practical strategies if you'd prefer. #option: touchy.concede #rate: rupture-repair=2 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Changing the task eases the strain, but conceding the whole relational aim agrees that closeness is the problem. Adjust the pace with him rather than abandoning the direction. #concepts: humour, avoidant-pacing, safe-relationship]
  ~ shift(openness, -1)
  That'd be good, yeah. #client #cue: relieved, a little flat
* [Guilty. We'll go at your speed, though: you tell me when it's too much. #option: touchy.meet-it #rate: rupture-repair=3 authenticity=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You met the joke with one of your own, then took the protest inside it seriously and handed him the dial. Humour shared like this makes it safe to disagree, which a dismissing client rarely believes it is. #concepts: humour, avoidant-pacing, safe-relationship]
  ~ shift(alliance, 1)
  { shame >= 2:
    I'll let you know. #client #cue: a small nod; not quite a smile
  - else:
    I'll let you know. Probably by leaving. #client #cue: grins, and for once it reaches his eyes
    Joke. Mostly. #client
  }
* [Talking about feelings is actually well supported by research, you know. #option: touchy.lecture #rate: rupture-repair=1 authenticity=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=elevated complaint-ethics=low #feedback: Defending the method answers a relational protest with an argument. It puts you on one side and him on the other, which is exactly what he expected. #concepts: humour, avoidant-pacing, safe-relationship]
  ~ shift(alliance, -1)
  I'm sure it is. #client #cue: eyebrows up; a long breath out through his nose
- -> cancel

=== cancel ===
He turns the phone over on his knee.
Priya reckons I cancelled last week because of what we talked about the time before. I told her it was work. #client #cue: checks your face, quickly
* [Well, it's good that you're here today. #option: cancel.skip #rate: rupture-repair=1 attunement=2 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Warm, and it lets him off the hook, but he has just opened the door to talking about the cancellation and you closed it. The withdrawal stays unspoken, ready to happen again. #concepts: working-alliance-contract, anticipating-ruptures, avoidant-pacing]
  Yeah. #client #cue: relief, and a little disappointment
* [Maybe Priya's right. #option: cancel.side-with-priya #rate: rupture-repair=1 attunement=1 safety-pacing=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: Siding with his partner about him turns a tentative confession into two against one. The question was an invitation to explore together, not a case to be decided. #concepts: working-alliance-contract, anticipating-ruptures, avoidant-pacing]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  Great. That's two of you, then. #client #cue: short laugh; no humour in it
* [It might have been both. If a session ever feels like too much, could you tell me, even by text, instead of not coming? #option: cancel.make-room #rate: rupture-repair=3 attunement=3 safety-pacing=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You did not make him choose between work and avoidance, and you turned the cancellation into an agreement: strain can be said rather than acted out. Anticipating the next rupture, out loud, is what lets the work survive it. #concepts: working-alliance-contract, anticipating-ruptures, avoidant-pacing]
  ~ shift(alliance, 1)
  ~ shift(openness, 1)
  He thinks about it, the way he'd think about a tolerance.
  I could do that. It might just say "too much". #client
  That would be plenty. #therapist
* [We agreed to keep coming even when it's hard, so it's important you don't cancel. #option: cancel.contract-lecture #rate: rupture-repair=2 attunement=1 safety-pacing=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The contract matters, but used as a rule it becomes a reprimand. The point of agreeing to keep coming is to make hard feelings speakable, not to make missing a session a failure. #concepts: working-alliance-contract, anticipating-ruptures, avoidant-pacing]
  ~ shift(shame, 1)
  Right. Sorry. #client #cue: a schoolboy's apology
- It's five to seven. You ask him what today has been like, what it did, if anything.
He shrugs into his jacket.
Fine. Useful, I suppose. Didn't really touch the sides, if I'm honest. No offence. #client #cue: zipping up; not looking at you
{ alliance >= 4 && shame <= 1:
  -> impact
- else:
  -> impact_guarded
}

=== impact ===
{ openness >= 3:
  You have watched him, this hour, look at the carpet and come back. You don't believe a word of it, and you suspect he knows you don't.
- else:
  It has been an hour of near misses, but you have seen enough to doubt it, and you suspect he knows you do.
}
* [I hear that it didn't feel like much today, and I respect that, though I did notice a few moments when something seemed to shift, and I wonder whether some of it might land later. #option: impact.hedge #rate: authenticity=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Careful and respectful, and completely safe, which is the problem: a cushioned paragraph is easy to shrug off. With the alliance you had built today, he could have taken something more direct. #concepts: challenging-avoidance, on-the-edge-relating, unscripted-spontaneity, moment-of-meeting]
  Maybe. #client #cue: shrugs; hand on the door
  -> door_ajar
* [Come off it, Marcus. #option: impact.come-off-it #rate: authenticity=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: A blunt, fond challenge that could only have come from someone who had been paying attention all hour. On the edge, yes, but the alliance would hold it, and it cut through the "no impact" in a way a careful reflection never could. #concepts: challenging-avoidance, on-the-edge-relating, unscripted-spontaneity, moment-of-meeting]
  It's out before you have weighed it. For a second you wonder whether you've got it wrong.
  Then he laughs: a real one, surprised out of him, his hand over his eyes.
  Yeah. All right. It did. #client #cue: looks straight at you
  -> landed
* [Okay. Thanks for being honest with me. #option: impact.accept #rate: authenticity=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Taking "no impact" at face value after the hour you have just had lets the old story stand: nothing touches him and nobody notices. He may even be a little disappointed that you believed him. #concepts: challenging-avoidance, on-the-edge-relating, unscripted-spontaneity, moment-of-meeting]
  No worries. #client #cue: a nod, and he's gone
  -> door_ajar
* [I think you're minimising again. #option: impact.label #rate: authenticity=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The same challenge in clinical language: it describes him instead of meeting him, and the word "again" keeps score. It is much easier to hear as criticism than a direct, warm "I don't believe you". #concepts: challenging-avoidance, on-the-edge-relating, unscripted-spontaneity, moment-of-meeting]
  ~ shift(shame, 1)
  Probably. See you next week. #client #cue: flat; out of the door
  -> door_ajar

=== impact_guarded ===
The hour has had its bumps. He is already half out of the chair.
* [Come off it, Marcus. #option: impact-guarded.come-off-it #rate: authenticity=2 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: The right words at the wrong time. A blunt challenge works when the relationship can hold it; after a bumpy hour it sounds like being caught out, and a dismissing client will hear judgement rather than affection. #concepts: challenging-avoidance, on-the-edge-relating, avoidant-pacing]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  Sorry? #client #cue: stops; a cold look
  It's how I feel. Or don't. Whatever. #client
  -> last_door
* [Fair enough. For what it's worth, today had an impact on me. I'll be thinking about your dad this week. #option: impact-guarded.own-impact #rate: authenticity=3 attunement=3 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: You did not argue with him, and you did not pretend. A short, true statement of your own experience leaves him free and lets him know he is held in mind, which is often all the closeness a guarded client can take at the end of a hard hour. #concepts: challenging-avoidance, on-the-edge-relating, avoidant-pacing]
  ~ shift(alliance, 1)
  ~ shift(shame, -1)
  He stops with his hand on the door.
  Right. Thanks. #client #cue: doesn't turn round, but he stands there a second longer than he needs to
  -> last_door
* [I think you're minimising again. #option: impact-guarded.label #rate: authenticity=1 attunement=1 #risk: retraumatisation=low shame-withdrawal=elevated boundary-confusion=low escalation=low complaint-ethics=low #feedback: A label, at the door, after a strained session: it has nowhere to go except into a sense of being judged. #concepts: challenging-avoidance, on-the-edge-relating, avoidant-pacing]
  ~ shift(shame, 1)
  ~ shift(alliance, -1)
  If you say so. #client #cue: the door closes a little harder than usual
  -> last_door
* [Okay. Thanks for being honest with me. #option: impact-guarded.accept #rate: authenticity=1 attunement=2 #risk: retraumatisation=low shame-withdrawal=low boundary-confusion=low escalation=low complaint-ethics=low #feedback: Not pushing was wise after a strained hour. But you could have let him know he mattered to you without challenging him; as it is, he leaves with the idea that nothing happened. #concepts: challenging-avoidance, on-the-edge-relating, avoidant-pacing]
  No worries. #client
  -> last_door

=== landed ===
At the door he pauses, zip halfway.
Same time next week. I'll be here. Even if it's just to say "too much". #client #cue: a crooked smile
From the window you watch him cross the car park. At his van he stops and stands for a moment with one hand flat on the roof, before he gets in. #ending: it-landed
-> END

=== door_ajar ===
He goes, on time, as he always does.
Something moved today, and something did not. He will probably come next week, and you will both pick up where he can bear to. #ending: door-ajar
-> END

=== last_door ===
{ alliance <= 1 || shame >= 3:
  On Monday morning there is a text: "Going to leave it there for now. Thanks for everything. M."
  You reply, briefly, that you are sorry he is stopping, that he is welcome back, and that you hope his dad is comfortable. You take the session to supervision, and you wonder where in the hour he decided. #ending: leaves-therapy
  -> END
}
-> door_ajar

// Moves a 0–5 client-state value and keeps it in range.
=== function shift(ref x, by)
~ x = x + by
{ x > 5:
  ~ x = 5
}
{ x < 0:
  ~ x = 0
}
