import { normalizeText } from '../i18n/parsers/index';
import { fold } from '../i18n/parsers/text';

/**
 * The small phrase language of locales/<lang>/safety.json, compiled to regular expressions.
 *
 * Phrases are matched as whole words on prepared text (see `prepare`): lower case, Arabic-Indic
 * digits made ASCII, Latin diacritics dropped, ё→е, Arabic letter variants unified, apostrophes
 * removed ("can't" → "cant"). Entries are written naturally and prepared the same way. A list
 * is compiled once into small sticky expressions bucketed by first letter (see PhraseMatcher).
 *
 *   word            the word itself
 *   stem*           any word starting with "stem" ("seizure*" → seizure, seizures)
 *   a|b|c           one of several single words at this place (each may be a stem*)
 *   (a b|c|d e)     one of several alternatives of one or more words ("(can't|unable to) breathe")
 *   word?  (a|b c)? optional
 *   ~               a gap of up to four other words within the clause ("bleeding ~ won't stop")
 *   <n>             any number ("<n> minutes ago"); <year> a year 1900–2099
 *   =word           Arabic only: no clitic prefixes (by default و ف ب ل ك ال لل may precede a word)
 */

// Letters and digits of prepared text, as explicit ranges: the expressions are compiled without
// the 'u' flag, because hundreds of \p{L} classes make V8 take seconds to compile them.
// Latin (folded to a-z plus a few), Greek, Cyrillic, Hebrew, Arabic and its supplements.
const WORD_CHARS = '0-9a-z\\u00DF-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u0590-\\u05FF\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF';
/** End of a word: nothing word-like right after. */
const WORD_END = `(?![${WORD_CHARS}])`;
const SEP = '\\s+';
// Gap words never cross a comma or the end of a sentence.
const GAP = `(?:\\s+[^\\s.!?;,:]+){0,4}?`;
// Arabic glues conjunctions, prepositions and the article to the next word: "والحرارة", "بالبول", "للطوارئ".
const AR_PROCLITICS = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';
const NUMBER = '\\d+(?:[.,]\\d+)?';
const YEAR = '(?:19|20)\\d\\d';

const EMAIL = /[^\s@]+@[^\s@]+/g;
const URL = /(?:https?:\/\/|www\.)\S+/g;
// "<" and ">" stay: they mark thresholds ("temp > 38").
const SYMBOLS = /[-_/\\*+"()[\]{}«»„“”=~|#&^`]/g;
const REPEATS = /(\p{L})\1{2,}/gu;

/**
 * One canonical form for messages and phrases: normalizeText, e-mails and links removed,
 * folded (diacritics, ё, Arabic variants, apostrophes), symbols to spaces, letters typed three
 * or more times in a row reduced to one ("feverrrr" → "fever"), single spaces.
 */
export function prepare(text: string): string {
    const normal = normalizeText(text.replace(/[º˚]/g, '°')).replace(EMAIL, ' ').replace(URL, ' ');
    return fold(normal).replace(SYMBOLS, ' ').replace(REPEATS, '$1').replace(/\s+/g, ' ').trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Piece = { kind: 'gap' } | { kind: 'word'; source: string; optional: boolean };

/** First letters a phrase can start with, and whether its first word may carry Arabic clitics. */
interface Lead {
    chars: Set<string>;
    clitic: boolean;
}

function compileWord(word: string, phrase: string, clitics: boolean, lead?: Lead): string {
    if (word === '<n>' || word === '<year>') {
        for (const d of word === '<n>' ? '0123456789' : '12') lead?.chars.add(d);
        return word === '<n>' ? NUMBER : YEAR;
    }
    const exact = word.startsWith('=');
    const stem = word.endsWith('*');
    const literal = prepare(word.slice(exact ? 1 : 0, stem ? -1 : undefined));
    if (!literal || /[*|~?()]/.test(literal)) throw new Error(`bad word "${word}" in phrase "${phrase}"`);
    const arabic = !exact && /^\p{Script=Arabic}/u.test(literal);
    if (lead) {
        lead.chars.add(literal[0]!);
        lead.clitic ||= arabic;
    }
    return (arabic && clitics ? AR_PROCLITICS : '') + escape(literal).replace(/ /g, SEP) + (stem ? `[${WORD_CHARS}]*` : WORD_END);
}

// One alternative: one or more words ("unable to", "<n> minutes"), each compiled on its own.
// In a leading piece of an indexed phrase the first word's clitics are left to the scanner.
function compileAlternative(alt: string, phrase: string, lead?: Lead): string {
    const words = alt.trim().split(/\s+/);
    if (words.some((w) => w === '' || w === '=' || w === '~')) throw new Error(`empty alternative in phrase "${phrase}"`);
    return words.map((w, i) => compileWord(w, phrase, !(lead && i === 0), i === 0 ? lead : undefined)).join(SEP);
}

function compilePiece(token: string, phrase: string, lead?: Lead): Piece {
    if (token === '~') return { kind: 'gap' };
    const optional = token.length > 1 && token.endsWith('?');
    let body = optional ? token.slice(0, -1) : token;
    if (body.startsWith('(')) {
        if (!body.endsWith(')')) throw new Error(`unbalanced parentheses in phrase "${phrase}"`);
        body = body.slice(1, -1);
    }
    const sources = body
        .split('|')
        .map((a) => compileAlternative(a, phrase, lead))
        .sort((a, b) => b.length - a.length);
    return { kind: 'word', source: sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`, optional };
}

/** Splits a phrase into pieces: words, "a|b" words, "(a b|c)" groups (kept whole), "~". */
function tokens(phrase: string): string[] {
    const out: string[] = [];
    const re = /\([^()]*\)\??|[^\s()]+/g;
    for (const m of phrase.matchAll(re)) out.push(m[0]);
    if (out.join('').replace(/\s/g, '') !== phrase.replace(/\s/g, '')) throw new Error(`unbalanced parentheses in phrase "${phrase}"`);
    return out;
}

/**
 * Source of one phrase, to be tried at a known word start: no boundary check, and with `lead`
 * no clitics on its first word (the scanner peels them off) and its first letters collected.
 */
function buildPhrase(phrase: string, lead?: Lead): string {
    const raw = tokens(phrase.trim());
    const pieces: Piece[] = [];
    let leading = lead !== undefined;
    for (const token of raw) {
        const piece = compilePiece(token, phrase, leading ? lead : undefined);
        if (piece.kind === 'word' && !piece.optional) leading = false;
        pieces.push(piece);
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || first.kind === 'gap' || !last || last.kind === 'gap') throw new Error(`phrase "${phrase}" must start and end with a word`);
    if (pieces.every((p) => p.kind === 'word' && p.optional)) throw new Error(`phrase "${phrase}" has only optional words`);
    let out = '';
    let needSep = false;
    for (const piece of pieces) {
        if (piece.kind === 'gap') {
            out += GAP;
        } else if (piece.optional) {
            out += needSep ? `(?:${SEP}${piece.source})?` : `(?:${piece.source}${SEP})?`;
        } else {
            out += (needSep ? SEP : '') + piece.source;
            needSep = true;
        }
    }
    return out;
}

/** Regular-expression source of one phrase, to be tried at a word start; throws on bad syntax. */
export function compilePhrase(phrase: string): string {
    return buildPhrase(phrase);
}

// Clitics an Arabic word may start with: [و|ف]? then one of بال كال ال لل ب ك ل (or nothing).
const CLITICS = ['', 'و', 'ف']
    .flatMap((c) => ['', 'بال', 'كال', 'ال', 'لل', 'ب', 'ك', 'ل'].map((p) => c + p))
    .filter((p) => p !== '');
const CLITIC_FIRST = new Set(CLITICS.map((c) => c[0]!));
const WORD_STARTS = new RegExp(`(?<![${WORD_CHARS}])[${WORD_CHARS}]`, 'g');

export interface Span {
    readonly start: number;
    readonly end: number;
}

/**
 * A prepared sentence with its word starts and, for Arabic words, the offsets after each
 * possible clitic: computed once, shared by every phrase list matched against it.
 */
export class PreparedText {
    readonly starts: readonly number[];
    private readonly cliticCache = new Map<number, readonly number[]>();

    constructor(readonly text: string) {
        const starts: number[] = [];
        WORD_STARTS.lastIndex = 0;
        for (let m = WORD_STARTS.exec(text); m !== null; m = WORD_STARTS.exec(text)) starts.push(m.index);
        this.starts = starts;
    }

    /** Offsets inside the word at `start` where the word proper may begin after Arabic clitics. */
    cliticStarts(start: number): readonly number[] {
        if (!CLITIC_FIRST.has(this.text.charAt(start))) return [];
        let out = this.cliticCache.get(start);
        if (!out) {
            out = CLITICS.filter((c) => this.text.startsWith(c, start) && start + c.length < this.text.length).map((c) => start + c.length);
            this.cliticCache.set(start, out);
        }
        return out;
    }

    /** Word starts in [from, to). */
    startsIn(from: number, to: number): number[] {
        return this.starts.filter((s) => s >= from && s < to);
    }

    /** Number of words in [from, to). */
    wordsIn(from: number, to: number): number {
        let n = 0;
        for (const s of this.starts) if (s >= from && s < to) n++;
        return n;
    }
}

/**
 * A phrase list, matched fast: phrases are bucketed by first letter and tried only at word
 * starts (with Arabic clitics peeled off there), so each word costs one map lookup and at most
 * a few small sticky expressions instead of one giant alternation per character.
 */
export class PhraseMatcher {
    private readonly plain = new Map<string, RegExp>();
    private readonly clitic = new Map<string, RegExp>();

    constructor(phrases: readonly string[]) {
        const plain = new Map<string, Set<string>>();
        const clitic = new Map<string, Set<string>>();
        const add = (map: Map<string, Set<string>>, ch: string, source: string) => {
            const set = map.get(ch) ?? new Set<string>();
            set.add(source);
            map.set(ch, set);
        };
        for (const phrase of phrases) {
            const lead: Lead = { chars: new Set(), clitic: false };
            const source = buildPhrase(phrase, lead);
            for (const ch of lead.chars) {
                add(plain, ch, source);
                if (lead.clitic) add(clitic, ch, source);
            }
        }
        const compile = (from: Map<string, Set<string>>, to: Map<string, RegExp>) => {
            for (const [ch, set] of from) {
                const sorted = [...set].sort((a, b) => b.length - a.length);
                to.set(ch, new RegExp(`(?:${sorted.join('|')})`, 'y'));
            }
        };
        compile(plain, this.plain);
        compile(clitic, this.clitic);
    }

    private tryAt(map: Map<string, RegExp>, text: string, at: number): number {
        const re = map.get(text.charAt(at));
        if (!re) return -1;
        re.lastIndex = at;
        const m = re.exec(text);
        return m ? at + m[0].length : -1;
    }

    /**
     * End of the longest phrase starting exactly at `start` (Arabic clitics allowed), or -1.
     * `start` is normally a word start; a unit glued to a number ("39kg") also works.
     */
    matchAt(t: PreparedText, start: number): number {
        let best = this.tryAt(this.plain, t.text, start);
        if (this.clitic.size > 0) {
            for (const at of t.cliticStarts(start)) best = Math.max(best, this.tryAt(this.clitic, t.text, at));
        }
        return best;
    }

    /** Left-to-right, non-overlapping matches lying inside [from, to). */
    matches(t: PreparedText, from = 0, to = t.text.length): Span[] {
        const out: Span[] = [];
        let next = from;
        for (const start of t.starts) {
            if (start < next) continue;
            if (start >= to) break;
            const end = this.matchAt(t, start);
            if (end > start && end <= to) {
                out.push({ start, end });
                next = end;
            }
        }
        return out;
    }

    test(t: PreparedText, from = 0, to = t.text.length): boolean {
        for (const start of t.starts) {
            if (start < from) continue;
            if (start >= to) break;
            const end = this.matchAt(t, start);
            if (end > start && end <= to) return true;
        }
        return false;
    }
}

/** Plain alternation of prepared literals, no word boundaries (for suffix checks like "n't"). */
export function compileLiterals(words: readonly string[]): string {
    const sources = [...new Set(words.map((w) => escape(prepare(w)).replace(/ /g, SEP)))].filter(Boolean);
    return sources.length === 0 ? '(?!)' : `(?:${sources.sort((a, b) => b.length - a.length).join('|')})`;
}
