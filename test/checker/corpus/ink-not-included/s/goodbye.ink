// expect-file: warning ink-not-included
=== goodbye ===
Goodbye. #ending: goodbye
-> END
