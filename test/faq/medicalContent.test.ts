import { describe, expect, it } from 'vitest';
import { readFacts } from '../../src/faq/facts';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { LOCALES } from '../../src/languages';

/**
 * The corrections of issue 13 ("Medical content"), checked in every language through the facts
 * and shared statements each answer uses, not through whole sentences: a translation may word a
 * claim freely, but it must state the same corrected figures and make the same shared claims.
 */
const kb = KnowledgeBase.load();
const facts = readFacts().facts;
const topic = (lang: (typeof LOCALES)[number], id: string) => {
    const found = kb.topic(lang, id);
    if (!found) throw new Error(`no topic ${id} in ${lang}`);
    return found;
};

describe.each(LOCALES)('corrected medical content in %s', (lang) => {
    it('relapse: current COG survival, overall in the answer and by subtype and timing in "more"', () => {
        const relapse = topic(lang, 'therapy.relapse_refractory');
        expect(relapse.facts).toEqual(
            expect.arrayContaining(['relapse_os_overall_percent', 'relapse_os_b_all_percent', 'relapse_os_early_percent', 'relapse_os_intermediate_percent', 'relapse_os_late_percent', 'relapse_cohort_period'])
        );
        expect(relapse.answer).toMatch(kbFigure(lang, 'relapse_os_overall_percent'));
    });

    it('survival today: "about 9 in 10 children with ALL survive", not "more than 90% cured"', () => {
        for (const id of ['therapy.overview', 'therapy.leukemia_types', 'therapy.prognosis']) {
            const t = topic(lang, id);
            expect(t.statements, id).toContain('survival_today');
            expect(t.facts, id).toContain('all_survival_ratio');
            expect(t.answer, id).not.toMatch(/90\s?%/u);
        }
        expect(facts?.get('all_survival_ratio')?.value).toEqual({ part: 9, whole: 10 });
    });

    it('CAR-T: used after a second relapse, relapse after transplant or refractory disease, not at any relapse', () => {
        expect(topic(lang, 'therapy.car_t').statements).toContain('cart_indication');
        expect(topic(lang, 'therapy.relapse_refractory').statements).toContain('cart_indication');
        expect(topic(lang, 'therapy.car_t_eligibility').facts).toContain('cart_max_age_years');
        expect(topic(lang, 'abroad.age_limits').facts).toEqual(expect.arrayContaining(['cart_max_age_years', 'eliana_min_age_years']));
    });

    it('CAR-T results count the infused children and say how many enrolled were never infused', () => {
        expect(topic(lang, 'therapy.car_t_results').facts).toEqual(
            expect.arrayContaining(['eliana_remission_percent', 'eliana_infused', 'eliana_enrolled', 'eliana_not_infused'])
        );
    });

    it('CAR-T side effects give the ALL trial figures, not the mixed ALL and lymphoma registry', () => {
        const side = topic(lang, 'therapy.car_t_side_effects');
        expect(side.facts).toEqual(expect.arrayContaining(['cart_crs_percent', 'cart_neuro_percent']));
        expect(side.sources.map((s) => s.url)).not.toContain('https://doi.org/10.1182/bloodadvances.2020003092');
    });

    it('antibody approvals differ by country: EU label and US first-line consolidation stated apart', () => {
        const blina = topic(lang, 'therapy.blinatumomab');
        expect(blina.statements).toContain('approvals_differ');
        expect(blina.facts).toEqual(expect.arrayContaining(['blina_fda_consolidation_date', 'blina_ema_date', 'blina_ema_prior_therapies', 'blina_ema_first_relapse_date']));
        expect(blina.sources.map((s) => s.url)).toContain(facts?.get('blina_ema_date')?.sourceRef.url);
        for (const id of ['therapy.antibodies', 'therapy.relapse_refractory']) {
            expect(topic(lang, id).statements, id).toContain('approvals_differ');
            expect(topic(lang, id).facts, id).toContain('inotuzumab_fda_date');
        }
    });

    it('chemotherapy says how long ALL and AML treatment usually last', () => {
        expect(topic(lang, 'therapy.chemotherapy').facts).toEqual(expect.arrayContaining(['chemo_all_years', 'chemo_aml_months']));
    });

    it('fever during or after treatment is an emergency whatever the counts, without fever medicine first', () => {
        for (const id of ['therapy.chemo_side_effects', 'abroad.travel', 'safety.emergency']) {
            const t = topic(lang, id);
            expect(t.statements, id).toEqual(expect.arrayContaining(['fever_emergency', 'fever_no_medicine']));
            expect(t.facts, id).toContain('fever_celsius');
            expect(`${t.answer} ${t.more ?? ''}`, id).toMatch(kbFigure(lang, 'fever_celsius'));
        }
    });
});

/** How a corrected figure reads in each language (Intl's spaces before % and °C are non-breaking). */
function kbFigure(lang: (typeof LOCALES)[number], id: 'relapse_os_overall_percent' | 'fever_celsius'): RegExp {
    if (id === 'fever_celsius') return lang === 'ar' ? /38°م/u : lang === 'pl' ? /38\sst\.\sC/u : /38\s?°C/u;
    if (lang === 'tr') return /%48,9/u;
    return lang === 'en' || lang === 'ar' ? /48\.9%/u : /48,9\s?%/u;
}
