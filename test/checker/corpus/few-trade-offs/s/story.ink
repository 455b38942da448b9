VAR mood = 0 // expect: warning few-trade-offs "only 2 of 6 decisions"
-> d1

=== d1 ===
The client speaks (1). #client
* [Tell me. #option: d1.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d2
* [I wonder whether we could slow down for a moment here. #option: d1.near #rate: warmth=2 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d2
* [Let us move on to something more practical for today, shall we? #option: d1.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d2

=== d2 ===
The client speaks (2). #client
* [I wonder whether we could slow down for a moment here. #option: d2.near #rate: warmth=1 clarity=3 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d3
* [Tell me. #option: d2.best #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d3
* [Let us move on to something more practical for today, shall we? #option: d2.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d3

=== d3 ===
The client speaks (3). #client
* [I wonder whether we could slow down for a moment here. #option: d3.near #rate: warmth=2 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d4
* [Let us move on to something more practical for today, shall we? #option: d3.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d4
* [Tell me. #option: d3.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d4

=== d4 ===
The client speaks (4). #client
* [Tell me. #option: d4.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d5
* [I wonder whether we could slow down for a moment here. #option: d4.near #rate: warmth=2 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d5
* [Let us move on to something more practical for today, shall we? #option: d4.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d5

=== d5 ===
The client speaks (5). #client
* [I wonder whether we could slow down for a moment here. #option: d5.near #rate: warmth=1 clarity=3 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> d6
* [Tell me. #option: d5.best #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> d6
* [Let us move on to something more practical for today, shall we? #option: d5.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> d6

=== d6 ===
The client speaks (6). #client
* [I wonder whether we could slow down for a moment here. #option: d6.near #rate: warmth=2 clarity=2 #risk: harm=low #feedback: Close.]
    ~ mood = 1
    -> close
* [Let us move on to something more practical for today, shall we? #option: d6.far #rate: warmth=1 clarity=1 #risk: harm=low #feedback: Less good.]
    ~ mood = 1
    -> close
* [Tell me. #option: d6.best #rate: warmth=3 clarity=3 #risk: harm=low #feedback: Good.]
    ~ mood = 1
    -> close

=== close ===
The session ends. #ending: done
-> END
