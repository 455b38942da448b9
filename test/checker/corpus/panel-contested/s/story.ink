// Three panel raters (panel/*.json) put "Say nothing" two levels above the authors on warmth, and
// split on its clarity (1 to 3): each is contested; "Say hello warmly" they rate as the authors do.
VAR mood = 0
-> start

=== start ===
The client sits down. #client
* [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Warm and clear.]
    ~ mood += 1
    -> close
* [Say nothing. #option: greet.silent #rate: warmth=1 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.] // expect: warning panel-contested "rates Warmth of greet.silent 3"; warning panel-contested "splits on Clarity of greet.silent"
    -> close

=== close ===
The session ends. #ending: done
-> END
