import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/**
 * axe-core's findings of impact serious or critical, as "rule: selector" lines. Injected through
 * the DevTools protocol (page.evaluate), which the page's CSP does not govern: a <script> tag would be refused.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`);
    return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}`));
}

/** Presses Tab until the focused element matches `selector`; returns how many presses it took (at most `limit`). */
export async function tabTo(page: Page, selector: string, limit = 15): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate<boolean>(`document.activeElement?.matches(${JSON.stringify(selector)}) === true`)) return presses;
    }
    throw new Error(`tabTo(): ${selector} never got focus`);
}
