// An EXTERNAL with no ink fallback: the player has no game code to bind it to.
VAR mood = 0
EXTERNAL weekday() // expect: error ink-external-no-fallback "=== function weekday() ==="
EXTERNAL greeting(name)
-> start

=== start ===
It is {weekday()}. {greeting("Alex")} #client
* [Say hello warmly. #option: greet.warm #rate: warmth=3 clarity=2 #risk: harm=low #feedback: Warm and clear.]
    ~ mood += 1
    -> close
* [Say nothing. #option: greet.silent #rate: warmth=1 clarity=1 #risk: harm=elevated #feedback: Silence can feel cold.]
    -> close

=== close ===
The session ends. #ending: done
-> END

// The fallback the player runs for greeting().
=== function greeting(name) ===
~ return "Hello, " + name + "."
