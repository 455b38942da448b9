// The greeting is a tunnel, visited twice.
VAR mood = 0
-> start

=== start ===
-> greeting ->
-> greeting ->
The session ends. #ending: done
-> END

=== greeting ===
The client looks up. #client
+ [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Warm and clear.] // expect: warning decision-repeated
    ~ mood += 1
    ->->
+ [Say nothing. #option: greet.silent #rate: warmth=1 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.]
    ->->
