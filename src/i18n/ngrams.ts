/**
 * The n-gram language detector (eld, its extra-small set). It is an ES module only, so it is
 * imported once at start-up (createApp, the CLIs) and kept here; this file imports nothing else,
 * so loading it stays cheap wherever it is needed.
 */
type Eld = (typeof import('eld/extrasmall'))['eld'];

let loaded: Eld | undefined;

export async function loadLanguageDetector(): Promise<void> {
    loaded ??= (await import('eld/extrasmall')).eld;
}

export function ngramDetector(): Eld | undefined {
    return loaded;
}

let everyLanguage: Eld | undefined;

/**
 * A second instance over all of eld's languages, for telling that a message is in one the bot
 * does not speak (detectLanguage keeps the shared one to the bot's own languages).
 */
export function fullNgramDetector(): Eld | undefined {
    everyLanguage ??= loaded?.newInstance();
    return everyLanguage;
}
