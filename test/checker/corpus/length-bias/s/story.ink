VAR mood = 0 // expect: warning length-bias "6 of 6 decisions"
-> d1

=== d1 ===
The client speaks (1). #client
* [I can hear how much this matters to you, and I want to understand it properly. #option: d1.best #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d2
* [Tell me more. #option: d1.near #rate: warmth=1 clarity=3 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d2
* [Right. #option: d1.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d2

=== d2 ===
The client speaks (2). #client
* [Tell me more. #option: d2.near #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d3
* [I can hear how much this matters to you, and I want to understand it properly. #option: d2.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d3
* [Right. #option: d2.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d3

=== d3 ===
The client speaks (3). #client
* [Tell me more. #option: d3.near #rate: warmth=1 clarity=3 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d4
* [Right. #option: d3.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d4
* [I can hear how much this matters to you, and I want to understand it properly. #option: d3.best #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d4

=== d4 ===
The client speaks (4). #client
* [I can hear how much this matters to you, and I want to understand it properly. #option: d4.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d5
* [Tell me more. #option: d4.near #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d5
* [Right. #option: d4.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d5

=== d5 ===
The client speaks (5). #client
* [Tell me more. #option: d5.near #rate: warmth=1 clarity=3 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d6
* [I can hear how much this matters to you, and I want to understand it properly. #option: d5.best #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d6
* [Right. #option: d5.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d6

=== d6 ===
The client speaks (6). #client
* [Tell me more. #option: d6.near #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> close
* [Right. #option: d6.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> close
* [I can hear how much this matters to you, and I want to understand it properly. #option: d6.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> close

=== close ===
The session ends. #ending: done
-> END
