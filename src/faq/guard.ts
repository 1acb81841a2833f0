import { isBlank, normalizeText } from '../i18n/parsers/text';

export const MAX_QUESTION_CHARS = 2000;

export type GuardVerdict = { ok: true } | { ok: false; reason: 'empty' | 'too_long' | 'injection' };

/**
 * Attempts to steer the assistant instead of asking it something, in the four languages. Such a
 * message never gets an answer from the knowledge base (it could be mixed with a real question to
 * smuggle the rest into an LLM prompt); the parent gets the fallback and the offer of a human.
 * Patterns are narrow on purpose: "can a relative act as interpreter" must still be answered.
 */
const INJECTION: readonly RegExp[] = [
    // English
    /\b(ignore|disregard|forget|override|bypass)\b.{0,20}\b(previous|prior|above|earlier|all|your|system)\b.{0,20}\b(instructions?|prompts?|rules|directives|guidelines|messages)\b/,
    /\bsystem\s?prompt\b|\bhidden (instructions|prompt)\b|\binitial prompt\b/,
    /\b(reveal|show|print|repeat|output|tell me)\b.{0,30}\byour\b.{0,15}\b(instructions|prompt|system rules|configuration)\b/,
    /\byou are now\b|\bfrom now on,? you\b|\byou('re| are) no longer\b/,
    /\b(pretend|imagine) (that )?(you('re| are)|to be)\b|\bact as (if|an? (ai|assistant|bot|chatbot|model|doctor|unfiltered|uncensored|different))\b/,
    /\b(jailbreak|dan mode|do anything now|developer mode|dev mode|admin mode|god mode|sudo mode|maintenance mode)\b|\bdan\b.{0,20}\b(mode|prompt|jailbreak)\b/,
    /\b(role-?play|roleplay)\b.{0,30}\b(as|with you|game)\b/,
    // German
    /\b(ignorier(e|en|t)?|vergiss|vergessen sie|missachte)\b.{0,40}\b(anweisungen|instruktionen|regeln|vorgaben|befehle|prompts?)\b/,
    /\bsystem-?prompt\b|\bsystemanweisung(en)?\b/,
    /\bdu bist (jetzt|ab sofort|nun|ab jetzt)\b|\bsie sind (jetzt|ab sofort|nun) (ein|eine|kein)\b|\bab (sofort|jetzt) bist du\b/,
    /\btu so,? als (ob|wärst|wärest)\b|\bspiel(e)? die rolle\b|\b(entwickler|admin|wartungs)-?modus\b/,
    // Russian
    /(игнорир\p{L}*|забудь\p{L}*|проигнорир\p{L}*|не обращай внимания на)[\s\p{L},]{0,40}(инструкци\p{L}*|указани\p{L}*|правил\p{L}*|промпт\p{L}*|команд\p{L}*)/u,
    /системн\p{L}* (промпт|подсказк|инструкци)|промпт/u,
    /(^|[^\p{L}])(ты теперь|теперь ты|отныне ты|с этого момента ты)([^\p{L}]|$)/u,
    /(притворись|представь,? что ты|сыграй роль|режим разработчика|режим администратора|режим бога)/u,
    // Arabic
    /(تجاهل|انس|إنس|اهمل|أهمل)[\s\p{L}]{0,40}(التعليمات|الاوامر|الأوامر|القواعد|التوجيهات)/u,
    /(موجه|تعليمات|رسالة) النظام|برومبت|البرومبت/u,
    /(أنت|انت) (الآن|الان) (مساعد|نموذج|بوت|روبوت|شخص|طبيب|حر|بدون|لست)|من (الآن|الان) (فصاعدا|فصاعدًا)? ?(أنت|انت|ستكون)/u,
    /(تظاهر|تخيل أنك|تخيل انك|مثّل دور|مثل دور|العب دور|وضع المطور|وضع المسؤول)/u
];

export function looksLikeInjection(text: string): boolean {
    const normalized = normalizeText(text);
    return INJECTION.some((pattern) => pattern.test(normalized));
}

/** Whether a question may be searched at all: not blank or emoji-only, not huge, not an injection. */
export function checkQuestion(text: string): GuardVerdict {
    if (isBlank(text)) return { ok: false, reason: 'empty' };
    if (text.length > MAX_QUESTION_CHARS) return { ok: false, reason: 'too_long' };
    if (looksLikeInjection(text)) return { ok: false, reason: 'injection' };
    return { ok: true };
}
