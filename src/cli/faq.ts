import { existsSync, readFileSync } from 'node:fs';
import { detectLanguage } from '../i18n/detect';
import { loadLanguageDetector } from '../i18n/ngrams';
import { isLocale, type Locale } from '../languages';
import { operatorNamesFromEnv } from '../i18n/operator';
import { createFaq, type Faq } from '../faq';

const USAGE = 'usage: npm run --silent faq -- [--lang en|de|ru|ar] [--country XX] "<question>" | --batch <in.jsonl>';

interface Args {
    lang?: Locale;
    country?: string;
    batch?: string;
    question?: string;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
    const args: Args = {};
    const words: string[] = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        const value = () => {
            const next = argv[++i];
            if (next === undefined) throw new UsageError(`${arg} needs a value`);
            return next;
        };
        if (arg === '--lang') {
            const lang = value();
            if (!isLocale(lang)) throw new UsageError(`unknown language "${lang}"`);
            args.lang = lang;
        } else if (arg === '--country') args.country = value();
        else if (arg === '--batch') args.batch = value();
        else if (arg === '--help' || arg === '-h') throw new UsageError('');
        else words.push(arg);
    }
    if (words.length > 0) args.question = words.join(' ');
    if (!args.batch && args.question === undefined) throw new UsageError('a question or --batch is needed');
    return args;
}

/** One JSON object: topic, confidence, lang, answer, sources (the DESIGN.md contract). */
function single(faq: Faq, args: Args, question: string): void {
    const lang = args.lang ?? detectLanguage(question);
    const result = faq.answerer.answer(question, {
        ...(lang ? { lang } : {}),
        ...(args.country ? { country: args.country } : {}),
        operatorName: lang ? operatorNamesFromEnv(process.env)[lang] : process.env.OPERATOR_NAME?.trim() || undefined
    });
    const { topic, confidence, answer, sources } = result;
    process.stdout.write(`${JSON.stringify({ topic, confidence, lang: result.lang, answer, sources })}\n`);
}

/** One line { id, topic, confidence, lang } per input line, in order. */
function batch(faq: Faq, args: Args, file: string): void {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, n) => {
        if (!line.trim()) return;
        let input: { id?: unknown; question?: unknown; lang?: unknown };
        try {
            input = JSON.parse(line) as typeof input;
        } catch {
            throw new Error(`${file}:${n + 1}: invalid JSON`);
        }
        if (typeof input.question !== 'string') throw new Error(`${file}:${n + 1}: "question" must be a string`);
        const lang = isLocale(input.lang) ? input.lang : args.lang;
        const match = faq.retriever.search(input.question, lang);
        process.stdout.write(`${JSON.stringify({ id: input.id ?? null, topic: match.topic, confidence: match.confidence, lang: match.lang })}\n`);
    });
}

async function main(argv: readonly string[]): Promise<number> {
    if (existsSync('.env')) process.loadEnvFile('.env');
    let args: Args;
    try {
        args = parseArgs(argv);
    } catch (error) {
        if (error instanceof UsageError) {
            console.error(error.message ? `faq: ${error.message}\n${USAGE}` : USAGE);
            return 2;
        }
        throw error;
    }
    await loadLanguageDetector();
    const faq = createFaq();
    if (args.batch) batch(faq, args, args.batch);
    else single(faq, args, args.question ?? '');
    return 0;
}

main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
        console.error(`faq: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    }
);
