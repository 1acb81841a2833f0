import { getAnswer } from './draft';
import type { Answers, FieldPath } from './schema';

// Which options a question shows, given what the family already told: no AML findings for a child
// with ALL. Only what is shown narrows; every option is still understood when a parent names it.

/** Genetic findings by leukemia type (domain-facts.md, "Genetics enum"); other types see them all. */
const MARKERS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
    ALL: ['BCR-ABL1', 'PH_LIKE', 'KMT2A', 'ETV6-RUNX1', 'HYPERDIPLOIDY', 'HYPODIPLOIDY', 'IAMP21', 'TCF3-PBX1'],
    AML: ['KMT2A', 'FLT3-ITD', 'NPM1', 'CBF'],
    APL: ['PML-RARA'],
    CML: ['BCR-ABL1']
};

/** Antibodies against B-cell markers (CD19 blinatumomab, CD22 inotuzumab: B-ALL, domain-facts.md). */
const B_CELL_ANTIBODIES: readonly string[] = ['blinatumomab', 'inotuzumab'];

/** Answers that are never narrowed away. */
const ALWAYS = new Set(['other', 'unknown', 'none']);

/** Whether a question shows this option to this family. */
export function isShownOption(path: FieldPath, value: string, answers: Answers): boolean {
    if (ALWAYS.has(value)) return true;
    const type = getAnswer(answers, 'diagnosis.leukemiaType');
    if (path === 'diagnosis.geneticMarkers') {
        const markers = typeof type === 'string' ? MARKERS_BY_TYPE[type] : undefined;
        return markers === undefined || markers.includes(value);
    }
    if (path === 'treatments.antibodies' && B_CELL_ANTIBODIES.includes(value)) {
        const lineage = getAnswer(answers, 'diagnosis.allLineage');
        return !(type === 'AML' || type === 'APL' || type === 'CML' || lineage === 'T');
    }
    return true;
}

/**
 * The options with those shown first, in their order: the numbers a parent sees (1, 2, 3 …) are
 * the numbers the answer is read with, and options not shown still match by name.
 */
export function shownFirst<T extends { readonly value: string }>(path: FieldPath, options: readonly T[], answers: Answers): T[] {
    const shown = options.filter((o) => isShownOption(path, o.value, answers));
    return [...shown, ...options.filter((o) => !shown.includes(o))];
}
