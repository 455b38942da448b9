// Endings live in their own file to show INCLUDE.

=== ending_held ===
Sam breathes out and nods. #cue: shoulders soften
"Yeah. Next week. Thanks." #client #ending: held
-> END

=== ending_shut ===
Sam picks up their coat without meeting your eye. #cue: avoids eye contact
"Right. See you." #client #ending: shut-down
-> END

=== ending_overrun ===
The session runs on for another forty minutes. At the door Sam says they feel bad for keeping you. #ending: frame-lost
-> END
