/** The acute danger signs of domain-facts.md "Safety: red flags", one code each. */
export const RED_FLAG_SIGNS = [
    'fever',
    'low_temperature',
    'shivering',
    'breathing',
    'blue_lips',
    'seizure',
    'unresponsive',
    'confusion',
    'speech',
    'facial_droop',
    'bleeding',
    'blood_in_urine_stool',
    'black_vomit',
    'petechiae',
    'headache_vision',
    'cannot_drink_or_keep_medicine',
    'severe_pain',
    'broken_line',
    'infection_exposure',
    'fainting'
] as const;

export type RedFlagSign = (typeof RED_FLAG_SIGNS)[number];

/**
 * Signs so dangerous that doubt resolves to an emergency: a bare "seizure?" is treated as
 * happening, and "he had a seizure" counts unless it is clearly long ago ("in 2023").
 */
export const STRONG_SIGNS: ReadonlySet<RedFlagSign> = new Set<RedFlagSign>([
    'seizure',
    'breathing',
    'blue_lips',
    'unresponsive',
    'bleeding'
]);

/**
 * Signs that are events in themselves: a plain past tense ("he fainted", "the line broke",
 * "he was shaking after the flush") still describes something that just happened.
 */
export const EVENT_SIGNS: ReadonlySet<RedFlagSign> = new Set<RedFlagSign>([
    ...STRONG_SIGNS,
    'fainting',
    'broken_line',
    'shivering'
]);

/**
 * Mild-sounding signs whose past tense is usually history ("he had a fever", "she had bad
 * headaches"), whatever the phrasing.
 */
export const HISTORY_PRONE_SIGNS: ReadonlySet<RedFlagSign> = new Set<RedFlagSign>([
    'fever',
    'low_temperature',
    'headache_vision',
    'cannot_drink_or_keep_medicine',
    'severe_pain',
    'petechiae'
]);
