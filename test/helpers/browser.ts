import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Debian's chromium (.ci/run installs it); without it browser suites say so, and CI fails instead. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.REQUIRE_BROWSER === '1') throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);

/**
 * Collects Content-Security-Policy violations of a page and its frames: the
 * securitypolicyviolation events and Chromium's console reports of blocked resources.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
    const reported: string[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) reported.push(message.text());
    });
    // Browser-side code as text: the project's TypeScript has no DOM types.
    await page.addInitScript(`window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`);
    return async () => {
        const events = await Promise.all(page.frames().map((frame) => frame.evaluate<string[]>('window.cspViolations || []').catch((): string[] => [])));
        return [...reported, ...events.flat()];
    };
}
