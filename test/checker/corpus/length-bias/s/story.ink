VAR mood = 0 // expect: warning length-bias
-> d1

=== d1 ===
The client speaks (1). #client
* [I can hear how much this matters to you, and I want to understand it. #option: d1.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d2
* [Right. #option: d1.other #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d2

=== d2 ===
The client speaks (2). #client
* [Right. #option: d2.other #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d3
* [I can hear how much this matters to you, and I want to understand it. #option: d2.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d3

=== d3 ===
The client speaks (3). #client
* [I can hear how much this matters to you, and I want to understand it. #option: d3.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> close
* [Right. #option: d3.other #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> close

=== close ===
The session ends. #ending: done
-> END
