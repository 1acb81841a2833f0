import path from 'node:path';
import type { Locale } from '../languages';
import type { Facts } from './facts';
import { expandStatements, factIds, factRefProblems, statementIds, strayFigures } from './factText';
import type { FaqFile } from './schema';

/** The texts a parent reads; alternatives are what parents write, so figures there are fine. */
export const SHOWN_FIELDS = ['title', 'answer', 'more'] as const;
type ShownField = (typeof SHOWN_FIELDS)[number];

/**
 * Every figure comes from a fact that exists, no digit is written outside one, every statement
 * exists, and each fact's source is among the topic's sources (so the answer cites what
 * supports its figures).
 */
export function factCheck(data: FaqFile, facts: Facts, shown: string): string[] {
    const problems: string[] = [];
    const check = (where: string, text: string) => {
        for (const problem of factRefProblems(text, facts)) problems.push(`${shown}: ${where}: ${problem}`);
        for (const figure of strayFigures(text)) problems.push(`${shown}: ${where}: a figure that is not a fact reference: "${figure}"`);
    };
    for (const [id, statement] of Object.entries(data.statements)) check(`statements.${id}`, statement);
    for (const [id, topic] of Object.entries(data.topics)) {
        for (const field of SHOWN_FIELDS) {
            const text = topic[field] ?? '';
            check(`topics.${id}.${field}`, text);
            for (const ref of statementIds(text)) if (!(ref in data.statements)) problems.push(`${shown}: topics.${id}.${field}: unknown statement "${ref}"`);
        }
        const cited = new Set(topic.sources.map((s) => s.url));
        for (const factId of shownFacts(data, topic)) {
            const url = facts.get(factId)?.sourceRef.url;
            if (url && !cited.has(url)) problems.push(`${shown}: topics.${id}.sources: fact "${factId}" comes from ${url}, which the topic does not cite`);
        }
    }
    return problems;
}

type TopicData = FaqFile['topics'][string];

/** Fact ids of one field with its statements written out. */
const fieldFacts = (data: FaqFile, topic: TopicData, field: ShownField) => factIds(expandStatements(topic[field] ?? '', data.statements));
export const shownFacts = (data: FaqFile, topic: TopicData) => [...new Set(SHOWN_FIELDS.flatMap((field) => fieldFacts(data, topic, field)))];

/**
 * A claim made in one language is made in all: each field of a topic states the same facts and
 * uses the same statements as in English, and every statement exists everywhere with the same facts.
 */
export function sameFactsEverywhere(files: ReadonlyMap<Locale, FaqFile>, localesDir: string): string[] {
    const reference = files.get('en');
    if (!reference) return [];
    const problems: string[] = [];
    const differ = (a: string[], b: string[]) => [...a].sort().join() !== [...b].sort().join();
    for (const [lang, data] of files) {
        if (lang === 'en') continue;
        const shown = path.relative(process.cwd(), path.join(localesDir, lang, 'faq.json'));
        for (const id of new Set([...Object.keys(data.statements), ...Object.keys(reference.statements)])) {
            const ours = data.statements[id];
            const theirs = reference.statements[id];
            if (ours === undefined || theirs === undefined) problems.push(`${shown}: statements.${id}: ${ours === undefined ? 'missing here but exists in en' : 'does not exist in en'}`);
            else if (differ(factIds(ours), factIds(theirs))) problems.push(`${shown}: statements.${id}: states facts [${factIds(ours).join(', ')}] but en states [${factIds(theirs).join(', ')}]`);
        }
        for (const [id, topic] of Object.entries(data.topics)) {
            const english = reference.topics[id];
            if (!english) continue;
            for (const field of SHOWN_FIELDS) {
                const ours = fieldFacts(data, topic, field);
                const theirs = fieldFacts(reference, english, field);
                if (differ(ours, theirs)) problems.push(`${shown}: topics.${id}.${field}: states facts [${ours.join(', ')}] but en states [${theirs.join(', ')}]`);
                const oursS = statementIds(topic[field] ?? '');
                const theirsS = statementIds(english[field] ?? '');
                if (differ(oursS, theirsS)) problems.push(`${shown}: topics.${id}.${field}: uses statements [${oursS.join(', ')}] but en uses [${theirsS.join(', ')}]`);
            }
        }
    }
    return problems;
}
