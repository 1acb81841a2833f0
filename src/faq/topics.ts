/** Topic ids of ../shared/faq-topics.md: the stable contract every language must answer. */
export const FAQ_TOPIC_IDS = [
    'therapy.overview',
    'therapy.leukemia_types',
    'therapy.chemotherapy',
    'therapy.chemo_side_effects',
    'therapy.relapse_refractory',
    'therapy.hsct',
    'therapy.hsct_donor',
    'therapy.hsct_timing',
    'therapy.car_t',
    'therapy.car_t_eligibility',
    'therapy.car_t_side_effects',
    'therapy.car_t_results',
    'therapy.antibodies',
    'therapy.blinatumomab',
    'therapy.immunotherapy',
    'therapy.clinical_trials',
    'therapy.prognosis',
    'abroad.why_abroad',
    'abroad.hospital_choice',
    'abroad.age_limits',
    'abroad.costs',
    'abroad.deposit',
    'abroad.visa',
    'abroad.travel',
    'abroad.records',
    'abroad.timeline',
    'abroad.interpreter',
    'abroad.medicines',
    'abroad.aftercare',
    'service.process',
    'service.privacy',
    'service.human',
    'safety.emergency'
] as const;

export type FaqTopicId = (typeof FAQ_TOPIC_IDS)[number];

export const isFaqTopicId = (value: string): value is FaqTopicId => (FAQ_TOPIC_IDS as readonly string[]).includes(value);
