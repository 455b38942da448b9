VAR mood = 0
-> start

=== start ===
The client sits down. #client
* [Say hello warmly.]
    #option: greet.warm
    #rate: warmth=3 clarity=2
    #feedback: Warm and clear.
    #concepts: rituals
    ~ mood += 1
    -> close
* [Look away and say nothing.]
    #option: greet.silent #action
    #rate: warmth=1 clarity=1 harm=elevated
    #feedback: Silence can feel cold.
    -> close

=== close ===
The session ends. #ending: done
-> END
