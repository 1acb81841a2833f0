import type { Activity } from 'botbuilder';

interface Session { token: string; conversationId: string; userId: string; resume: string; resume_expires_in: number }

/**
 * A parent typing through the widget's own Direct Line (REST), without a browser: it gets the
 * conversation to a point quickly, then the widget page is opened on the same conversation.
 */
export class DirectLineParent {
    private watermark = '0';

    private constructor(private readonly origin: string, readonly session: Session, private readonly locale: string) {}

    /** A new conversation; resolves with the bot's welcome turn up to its first question. */
    static async open(origin: string, locale: string): Promise<{ parent: DirectLineParent; replies: Partial<Activity>[] }> {
        const response = await fetch(`${origin}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale }) });
        const session = (await response.json()) as Session;
        const parent = new DirectLineParent(origin, session, locale);
        await parent.request('POST', '/v3/directline/conversations');
        return { parent, replies: await parent.untilQuestion() };
    }

    async say(text: string): Promise<Partial<Activity>[]> {
        await this.request('POST', `/v3/directline/conversations/${this.session.conversationId}/activities`, { type: 'message', text, locale: this.locale });
        return this.untilQuestion();
    }

    /** What localStorage holds for the widget page to continue this conversation. */
    get storage(): string {
        return JSON.stringify({ ...this.session, keepUntil: Date.now() + this.session.resume_expires_in * 1000 });
    }

    /** The bot's activities until one asks a question (carries `channelData.intake`). */
    private async untilQuestion(): Promise<Partial<Activity>[]> {
        const replies: Partial<Activity>[] = [];
        for (let poll = 0; poll < 200; poll++) {
            const page = (await this.request('GET', `/v3/directline/conversations/${this.session.conversationId}/activities?watermark=${this.watermark}`)) as { activities: Partial<Activity>[]; watermark: string };
            this.watermark = page.watermark;
            replies.push(...page.activities.filter((a) => a.from?.id !== this.session.userId));
            if (replies.some((a) => (a.channelData as { intake?: unknown } | undefined)?.intake)) return replies;
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error('DirectLineParent.untilQuestion(): no question within 10 s');
    }

    private async request(method: string, pathname: string, body?: unknown): Promise<unknown> {
        const response = await fetch(`${this.origin}${pathname}`, {
            method,
            headers: { authorization: `Bearer ${this.session.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {})
        });
        if (!response.ok) throw new Error(`DirectLineParent.request(): ${method} ${pathname} → ${response.status}`);
        return response.json();
    }
}
