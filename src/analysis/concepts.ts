/**
 * The source-article concepts a decision can exercise (`#concepts:` on its options). The checker
 * reports which of them each scenario covers and which no scenario covers yet; a concept id not in
 * this list is reported as a likely typo.
 */
export const CONCEPTS: Readonly<Record<string, string>> = {
  'safe-relationship': 'Feeling heard, held and respected; difference and conflict are survivable',
  'moment-of-meeting': '"I see you, you see me"',
  'unscripted-spontaneity': 'Meeting the client beyond technique',
  'on-the-edge-relating': 'A risk that cuts through defences',
  'earned-security': 'The relationship as a place where security can be earned',
  'working-model-disconfirmed': 'What the client expects from others does not happen',
  'consistency-boundaries': 'Consistency and boundaries make closeness safe',
  rituals: 'Familiar rituals of the work (greetings, endings, the room)',
  'attunement-countertransference': 'Attunement, and using what the therapist feels',
  humour: 'Humour in the relationship',
  'knowing-the-story': "Knowing and using the client's story",
  'anticipating-ruptures': 'Naming ruptures that can be seen coming (breaks, endings)',
  'working-alliance-contract': 'The working alliance and the contract',
  'finding-the-client': 'Reaching for a client who cannot look at you',
  'challenging-avoidance': 'A blunt, caring challenge to "it had no impact"',
  'shared-laughter': 'Laughing together at a catastrophising spiral',
  'risk-trauma-distress': 'Risk: retraumatisation and overwhelming distress',
  'risk-shame-retreat': 'Risk: shame and retreat',
  'risk-seduction-confusion': 'Risk: seduction and boundary confusion',
  'risk-attack': "Risk: the client's attack",
  'risk-complaint': 'Risk: complaint and ethics exposure',
  'secure-ease': 'Ease with a securely attached client',
  'avoidant-pacing': 'Pacing closeness with an avoidant client',
  'preoccupied-merger-autonomy': "Merger and autonomy with a preoccupied client (gifts, lingering, messages; surviving the client's attack)",
  'disorganised-safety-first': 'Safety first with a disorganised client',
  'therapist-attachment-pairing': "The therapist's own attachment pattern in the pairing",
};

export const CONCEPT_IDS = Object.keys(CONCEPTS);
