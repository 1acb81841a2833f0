import { existsSync } from 'node:fs';
import { readFacts } from '../faq/facts';
import { KnowledgeBase } from '../faq/knowledgeBase';
import { checkKnowledgeBase, reviewMaxAgeMonths, type KbCheckOptions, type KbCheckReport } from '../faq/review';
import { LOCALES } from '../languages';

const USAGE = 'usage: npm run --silent kb:check -- [--today YYYY-MM-DD] [--strict] | --show <topic id>';

/**
 * The medical reviewer's check: facts without a source (exit 1), anything else that stops the
 * knowledge base from loading (exit 1), reviews and fact checks older than the operator's limit,
 * and where docs/medical-review.md disagrees with the reviewed dates (exit 1 with --strict).
 */
export function runKbCheck(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>> = process.env,
    files: Pick<KbCheckOptions, 'localesDir' | 'factsFile' | 'recordFile'> = {}
): { output: string[]; exitCode: number } {
    const today = valueOf(argv, '--today') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return { output: [`kb:check: --today must be YYYY-MM-DD`, USAGE], exitCode: 2 };
    const show = valueOf(argv, '--show');
    if (show !== undefined) return showTopic(show);

    const maxAgeMonths = reviewMaxAgeMonths(env);
    const report = checkKnowledgeBase({ ...files, today, maxAgeMonths });
    const output = [
        ...section('Facts without a valid source or checked date (knowledge/facts.json)', report.factProblems),
        ...section('Problems that stop the knowledge base from loading', report.loadProblems),
        ...section(`Topics reviewed more than ${maxAgeMonths} months before ${today}`, report.overdueTopics),
        ...section(`Facts checked more than ${maxAgeMonths} months before ${today}`, report.overdueFacts),
        ...section('Review record out of step with the reviewed dates', report.recordProblems),
        ...section('Facts no answer uses', report.unusedFacts),
        summary(report)
    ];
    const failed = report.factProblems.length > 0 || report.loadProblems.length > 0;
    const strictFailed = argv.includes('--strict') && (report.overdueTopics.length > 0 || report.overdueFacts.length > 0 || report.recordProblems.length > 0);
    return { output, exitCode: failed || strictFailed ? 1 : 0 };
}

const valueOf = (argv: readonly string[], name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
};

const section = (title: string, lines: readonly string[]) => (lines.length === 0 ? [] : [`${title}: ${lines.length}`, ...lines.map((l) => `  ${l}`)]);

const summary = (r: KbCheckReport) =>
    `kb:check: ${r.factProblems.length} fact source problems, ${r.loadProblems.length} load problems, ${r.overdueTopics.length} overdue reviews, ${r.overdueFacts.length} overdue fact checks, ${r.recordProblems.length} review-record differences`;

/** A topic as parents read it in every language, followed by its facts and their sources: what a reviewer checks. */
function showTopic(id: string): { output: string[]; exitCode: number } {
    const kb = KnowledgeBase.load();
    const facts = readFacts().facts;
    if (!kb.topic('en', id)) return { output: [`kb:check: no topic "${id}"`, USAGE], exitCode: 2 };
    const output: string[] = [];
    for (const lang of LOCALES) {
        const topic = kb.topic(lang, id);
        output.push(`[${lang}] ${topic?.title ?? ''} (reviewed ${topic?.reviewed ?? '?'})`, topic?.answer ?? '', topic?.more ?? '', '');
    }
    for (const factId of kb.topic('en', id)?.facts ?? []) {
        const fact = facts?.get(factId);
        if (fact) output.push(`${factId} = ${JSON.stringify(fact.value)} ${fact.unit}: ${fact.about} [${fact.sourceRef.title}, ${fact.sourceRef.url}, checked ${fact.checked}]`);
    }
    return { output, exitCode: 0 };
}

if (require.main === module) {
    if (existsSync('.env')) process.loadEnvFile('.env');
    try {
        const { output, exitCode } = runKbCheck(process.argv.slice(2));
        for (const line of output) console.log(line);
        process.exitCode = exitCode;
    } catch (error) {
        console.error(`kb:check: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    }
}
