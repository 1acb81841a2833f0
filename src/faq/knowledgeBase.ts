import path from 'node:path';
import { LOCALES, type Locale } from '../languages';
import { DEFAULT_FACTS_FILE, readFacts, type Facts } from './facts';
import { factCheck, sameFactsEverywhere, SHOWN_FIELDS, shownFacts } from './factChecks';
import { expandStatements, resolveFacts, statementIds } from './factText';
import { readJsonFile, shownPath } from '../jsonFile';
import { FaqFileSchema, type FaqFile, type Source } from './schema';
import { FAQ_TOPIC_IDS } from './topics';

export const DEFAULT_LOCALES_DIR = path.resolve(__dirname, '../../locales');

export interface FaqTopic {
    readonly id: string;
    readonly title: string;
    readonly answer: string;
    readonly more?: string;
    readonly alternatives: readonly string[];
    readonly related: readonly string[];
    readonly sources: readonly Source[];
    readonly reviewed: string;
    /** Ids of the facts (knowledge/facts.json) the title, answer and "more" state, in order. */
    readonly facts: readonly string[];
    /** Ids of the shared statements (faq.json `statements`) the texts use. */
    readonly statements: readonly string[];
}

export interface LanguageKnowledge {
    readonly lang: Locale;
    readonly topics: ReadonlyMap<string, FaqTopic>;
    readonly fallback: string;
    /** {{operatorName}} when no name is configured: a phrase that reads right in every answer that uses it. */
    readonly unnamedOperator: string;
    /** How {{emergencyNumber}} reads with a number, and without one. */
    readonly emergencyNumber: { readonly known: string; readonly unknown: string };
}

/** Topics about the service itself describe our own process: they cite no external source. */
const needsSources = (id: string) => !id.startsWith('service.');

/** The reviewed FAQ in every supported language, validated as a whole. */
export class KnowledgeBase {
    private constructor(private readonly langs: ReadonlyMap<Locale, LanguageKnowledge>) {}

    /**
     * Reads locales/<lang>/faq.json for every locale and the facts they cite, and writes each
     * fact into each language. Throws one Error listing every problem as
     * "<file>: <json path>: <message>", so a broken entry is found without guessing.
     */
    static load(localesDir: string = DEFAULT_LOCALES_DIR, factsFile: string = DEFAULT_FACTS_FILE): KnowledgeBase {
        const { facts, problems } = readFacts(factsFile);
        const files = new Map<Locale, FaqFile>();
        for (const lang of LOCALES) {
            const file = path.join(localesDir, lang, 'faq.json');
            const shown = shownPath(file);
            const read = readJsonFile(file, FaqFileSchema);
            problems.push(...read.problems);
            if (read.raw === undefined) continue;
            // Cross-references are checked on the raw data too, so one run lists every problem.
            problems.push(...crossCheck(read.raw, shown));
            if (read.data) {
                files.set(lang, read.data);
                if (facts) problems.push(...factCheck(read.data, facts, shown));
            }
        }
        problems.push(...sameTopicsEverywhere(files, localesDir));
        problems.push(...sameFactsEverywhere(files, localesDir));
        if (problems.length > 0 || !facts) throw new Error(`KnowledgeBase.load(): ${problems.join('\n')}`);
        return new KnowledgeBase(new Map([...files].map(([lang, data]) => [lang, toLanguage(lang, data, facts)])));
    }

    /** Built from already validated data (tests, tools). */
    static fromFiles(files: Readonly<Record<Locale, FaqFile>>, facts: Facts): KnowledgeBase {
        return new KnowledgeBase(new Map(LOCALES.map((lang) => [lang, toLanguage(lang, files[lang], facts)])));
    }

    get locales(): Locale[] {
        return [...this.langs.keys()];
    }

    language(lang: Locale): LanguageKnowledge {
        const found = this.langs.get(lang);
        if (!found) throw new Error(`KnowledgeBase.language(): no knowledge base for "${lang}"`);
        return found;
    }

    /** {{emergencyNumber}} in a language: the number with "or the local emergency number", or only the latter. */
    emergencyNumberText(lang: Locale, number: string | undefined): string {
        const { known, unknown } = this.language(lang).emergencyNumber;
        return number ? known.replace('{{number}}', number) : unknown;
    }

    topic(lang: Locale, id: string): FaqTopic | undefined {
        return this.language(lang).topics.get(id);
    }

    topicIds(lang: Locale = 'en'): string[] {
        return [...this.language(lang).topics.keys()];
    }
}

function crossCheck(raw: unknown, shown: string): string[] {
    const topics = isRecord(raw) && isRecord(raw.topics) ? raw.topics : undefined;
    if (!topics) return [];
    const problems: string[] = [];
    for (const id of FAQ_TOPIC_IDS) if (!(id in topics)) problems.push(`${shown}: topics.${id}: required topic is missing`);
    for (const [id, topic] of Object.entries(topics)) {
        if (!isRecord(topic)) continue;
        const related = Array.isArray(topic.related) ? (topic.related as unknown[]) : [];
        related.forEach((ref, i) => {
            if (typeof ref !== 'string') return;
            if (!(ref in topics)) problems.push(`${shown}: topics.${id}.related[${i}]: unknown topic "${ref}"`);
            if (ref === id) problems.push(`${shown}: topics.${id}.related[${i}]: a topic cannot relate to itself`);
        });
        if (needsSources(id) && Array.isArray(topic.sources) && topic.sources.length === 0) problems.push(`${shown}: topics.${id}.sources: needs at least one source`);
    }
    return problems;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A topic answered in one language must be answered in all (extra topics included). */
function sameTopicsEverywhere(files: ReadonlyMap<Locale, FaqFile>, localesDir: string): string[] {
    const required = new Set<string>(FAQ_TOPIC_IDS); // already reported by crossCheck
    const all = new Set([...files.values()].flatMap((f) => Object.keys(f.topics)).filter((id) => !required.has(id)));
    const problems: string[] = [];
    for (const [lang, data] of files) {
        const shown = path.relative(process.cwd(), path.join(localesDir, lang, 'faq.json'));
        for (const id of all) if (!(id in data.topics)) problems.push(`${shown}: topics.${id}: topic exists in another language but not here`);
    }
    return problems;
}

function toLanguage(lang: Locale, data: FaqFile, facts: Facts): LanguageKnowledge {
    const resolve = (text: string) => resolveFacts(expandStatements(text, data.statements), lang, facts, data.formats);
    const topics = new Map<string, FaqTopic>(
        Object.entries(data.topics).map(([id, t]) => [
            id,
            {
                id,
                title: resolve(t.title),
                answer: resolve(t.answer),
                ...(t.more ? { more: resolve(t.more) } : {}),
                alternatives: t.alternatives,
                related: t.related,
                sources: t.sources,
                reviewed: t.reviewed,
                facts: shownFacts(data, t),
                statements: [...new Set(SHOWN_FIELDS.flatMap((field) => statementIds(t[field] ?? '')))]
            }
        ])
    );
    return { lang, topics, fallback: data.fallback.text, unnamedOperator: data.formats.unnamedOperator, emergencyNumber: { known: data.formats.emergencyNumber, unknown: data.formats.localEmergencyNumber } };
}
