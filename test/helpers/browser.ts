import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from './server';

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

/** Where browser suites keep their phone screenshots (looked at by people, not asserted). */
export const SCREENSHOTS = path.resolve(__dirname, '../../test-results');

export interface BrowserSuite {
    browser: Browser;
    server: RunningServer;
    dataDir: string;
    stop(): Promise<void>;
}

/** One server (with a DATA_DIR of its own) and one Chromium for a browser test file. */
export async function startBrowserSuite(env: Record<string, string>, clock?: () => Date): Promise<BrowserSuite> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'widget-'));
    const server = await startServer({ DATA_DIR: dataDir, OPERATOR_NAME: 'Test Care', ...env }, clock);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
    return {
        browser,
        server,
        dataDir,
        stop: async () => {
            await browser.close();
            await server.stop();
            rmSync(dataDir, { recursive: true, force: true });
        }
    };
}

/** The rendered lines of the last bubble that contains `text`: its list items with their top edge. */
export async function listItems(page: Page, text: string): Promise<{ text: string; top: number }[]> {
    const bubble = page.locator('.webchat__bubble__content', { hasText: text }).last();
    await bubble.waitFor({ timeout: 20_000 });
    await bubble.scrollIntoViewIfNeeded();
    return bubble.locator('li').evaluateAll(
        // Browser-side: the element's text and where it starts on the screen.
        (items) => items.map((li) => ({ text: (li as unknown as { innerText: string }).innerText, top: (li as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top }))
    );
}

/**
 * Whether a phone number in a bubble ("+9647701234567") is drawn with its "+" left of its first
 * digit, as it is read, also inside Arabic text.
 */
export async function plusIsLeftOfNumber(page: Page, text: string): Promise<boolean> {
    const bubble = page.locator('.webchat__bubble__content', { hasText: text }).last();
    return bubble.evaluate((root) => {
        // Browser-side (no DOM types here): the text node holding "+<digits>", and the screen boxes of "+" and the first digit.
        interface TextNode { textContent: string | null }
        interface Browser {
            document: {
                createTreeWalker(root: unknown, show: number): { nextNode(): TextNode | null };
                createRange(): { setStart(node: TextNode, at: number): void; setEnd(node: TextNode, at: number): void; getBoundingClientRect(): { left: number } };
            };
        }
        const { document } = globalThis as unknown as Browser;
        const SHOW_TEXT = 4;
        const walker = document.createTreeWalker(root, SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const match = /\+\p{Cf}*\d{6,}/u.exec(node.textContent ?? '');
            if (!match) continue;
            const digit = match.index + match[0].search(/\d/);
            const left = (start: number) => {
                const range = document.createRange();
                range.setStart(node!, start);
                range.setEnd(node!, start + 1);
                return range.getBoundingClientRect().left;
            };
            return left(match.index) < left(digit);
        }
        return false;
    });
}
