import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shownPath } from '../jsonFile';
import { LOCALES } from '../languages';
import { DEFAULT_FACTS_FILE, readFacts } from './facts';
import { DEFAULT_LOCALES_DIR, KnowledgeBase } from './knowledgeBase';
import { loadOperatorConfig } from './operator';

/** The human review record: per topic a table with one row per language and its reviewed date. */
export const DEFAULT_REVIEW_RECORD = path.resolve(__dirname, '../../docs/medical-review.md');
export const DEFAULT_MAX_AGE_MONTHS = 12;

/** How old a review may be, from `medicalReview.maxAgeMonths` in the operator file (OPERATOR_CONFIG), else 12 months. */
export function reviewMaxAgeMonths(env: Readonly<Record<string, string | undefined>> = process.env): number {
    return loadOperatorConfig(env).medicalReview?.maxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS;
}

/** True when `date` plus `months` lies before `today` (all YYYY-MM-DD). */
export function olderThan(date: string, months: number, today: string): boolean {
    const limit = new Date(`${date}T00:00:00Z`);
    limit.setUTCMonth(limit.getUTCMonth() + months);
    return limit.getTime() < new Date(`${today}T00:00:00Z`).getTime();
}

/**
 * Rows "| <lang> | <YYYY-MM-DD> | …" under "## <topic id>" headings, keyed "<topic>|<lang>".
 * Everything else in the record (what was checked, open questions) is free text for people.
 */
export function readReviewRecord(text: string): Map<string, string> {
    const rows = new Map<string, string>();
    let topic: string | undefined;
    for (const line of text.split('\n')) {
        const heading = /^##\s+([a-z]+\.[a-z_]+)\s*$/.exec(line);
        if (heading) topic = heading[1];
        else if (/^#{1,2}\s/.test(line)) topic = undefined;
        const row = /^\|\s*([a-z]{2})\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|/.exec(line);
        if (topic && row) rows.set(`${topic}|${row[1]}`, row[2] ?? '');
    }
    return rows;
}

export interface KbCheckOptions {
    readonly today: string;
    readonly maxAgeMonths: number;
    readonly localesDir?: string;
    readonly factsFile?: string;
    readonly recordFile?: string;
}

export interface KbCheckReport {
    /** Problems of knowledge/facts.json: a fact without a source, a checked date or a valid URL. */
    readonly factProblems: string[];
    /** Everything else that stops the knowledge base from loading. */
    readonly loadProblems: string[];
    /** "therapy.car_t (de): reviewed 2025-01-10" for reviews older than the limit. */
    readonly overdueTopics: string[];
    readonly overdueFacts: string[];
    /** Where docs/medical-review.md and the reviewed dates in faq.json disagree. */
    readonly recordProblems: string[];
    readonly unusedFacts: string[];
}

export function checkKnowledgeBase(options: KbCheckOptions): KbCheckReport {
    const localesDir = options.localesDir ?? DEFAULT_LOCALES_DIR;
    const factsFile = options.factsFile ?? DEFAULT_FACTS_FILE;
    const recordFile = options.recordFile ?? DEFAULT_REVIEW_RECORD;
    const { facts, problems: factProblems } = readFacts(factsFile);

    let kb: KnowledgeBase | undefined;
    let loadProblems: string[] = [];
    if (facts) {
        try {
            kb = KnowledgeBase.load(localesDir, factsFile);
        } catch (error) {
            loadProblems = (error as Error).message.replace(/^KnowledgeBase\.load\(\): /, '').split('\n');
        }
    }

    const overdueFacts = (facts?.all() ?? []).filter((f) => olderThan(f.checked, options.maxAgeMonths, options.today)).map((f) => `${f.id}: checked ${f.checked}`);
    const reviewed = reviewedDates(localesDir);
    const overdueTopics = [...reviewed].filter(([, date]) => olderThan(date, options.maxAgeMonths, options.today)).map(([key, date]) => `${describe(key)}: reviewed ${date}`);

    let record = new Map<string, string>();
    const recordProblems: string[] = [];
    const recordShown = shownPath(recordFile);
    try {
        record = readReviewRecord(readFileSync(recordFile, 'utf8'));
    } catch (error) {
        recordProblems.push(`${recordShown}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (recordProblems.length === 0) {
        for (const [key, date] of reviewed) {
            const recorded = record.get(key);
            if (recorded === undefined) recordProblems.push(`${recordShown}: ${describe(key)}: no row, but faq.json says reviewed ${date}`);
            else if (recorded !== date) recordProblems.push(`${recordShown}: ${describe(key)}: row says ${recorded}, faq.json says ${date}`);
        }
    }

    const used = new Set(kb ? kb.topicIds('en').flatMap((id) => kb.topic('en', id)?.facts ?? []) : []);
    const unusedFacts = kb && facts ? facts.ids.filter((id) => !used.has(id)) : [];
    return { factProblems, loadProblems, overdueTopics, overdueFacts, recordProblems, unusedFacts };
}

const describe = (key: string) => {
    const [topic, lang] = key.split('|');
    return `${topic} (${lang})`;
};

/** "<topic>|<lang>" → reviewed date, read leniently so overdue reviews show even when loading fails. */
function reviewedDates(localesDir: string): Map<string, string> {
    const dates = new Map<string, string>();
    for (const lang of LOCALES) {
        try {
            const data = JSON.parse(readFileSync(path.join(localesDir, lang, 'faq.json'), 'utf8')) as { topics?: Record<string, { reviewed?: unknown }> };
            for (const [id, topic] of Object.entries(data.topics ?? {})) if (typeof topic.reviewed === 'string') dates.set(`${id}|${lang}`, topic.reviewed);
        } catch {
            // The load problems already name an unreadable file.
        }
    }
    return dates;
}
