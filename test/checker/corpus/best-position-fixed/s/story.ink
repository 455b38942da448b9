VAR mood = 0 // expect: warning best-position-fixed
-> d1

=== d1 ===
The client speaks (1). #client
* [Go on. #option: d1.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d2
* [Let us move on to something more practical for today, shall we? #option: d1.other #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d2

=== d2 ===
The client speaks (2). #client
* [Go on. #option: d2.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d3
* [Let us move on to something more practical for today, shall we? #option: d2.other #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d3

=== d3 ===
The client speaks (3). #client
* [Go on. #option: d3.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> close
* [Let us move on to something more practical for today, shall we? #option: d3.other #rate: warmth=1 clarity=2 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> close

=== close ===
The session ends. #ending: done
-> END
