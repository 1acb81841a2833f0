/** A Direct Line 3.0 client over fetch, speaking the protocol the widget's botframework-directlinejs speaks. */
export interface DlActivity {
    id: string;
    type: string;
    text?: string;
    from: { id: string; role?: string };
    channelData?: { clientActivityID?: string; intake?: { field?: string | null } };
    suggestedActions?: { actions: { title?: string; value?: unknown }[] };
    attachments?: { name?: string; contentType: string; contentUrl?: string }[];
}

export class DirectLineClient {
    watermark = '0';
    readonly seen: DlActivity[] = [];

    private constructor(readonly origin: string, public token: string, readonly conversationId: string, readonly userId: string) {}

    static async open(origin: string, locale?: string): Promise<DirectLineClient> {
        const response = await fetch(`${origin}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(locale ? { locale } : {}) });
        const body = (await response.json()) as { token: string; conversationId: string; userId: string };
        const client = new DirectLineClient(origin, body.token, body.conversationId, body.userId);
        const started = await client.request('POST', '/v3/directline/conversations');
        if (started.status !== 201) throw new Error(`start: HTTP ${started.status}`);
        return client;
    }

    /** The same conversation from another client (a reload, or after a server restart). */
    reconnect(origin: string): DirectLineClient {
        return new DirectLineClient(origin, this.token, this.conversationId, this.userId);
    }

    async request(method: string, path: string, body?: unknown, token = this.token): Promise<{ status: number; json: Record<string, unknown> }> {
        const response = await fetch(`${this.origin}${path}`, {
            method,
            headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
        });
        const text = await response.text();
        return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    }

    async send(text: string, clientActivityID = `c-${Math.random().toString(36).slice(2)}`): Promise<string> {
        const { status, json } = await this.request('POST', `/v3/directline/conversations/${this.conversationId}/activities`, { type: 'message', text, from: { id: 'someone-else' }, channelData: { clientActivityID } });
        if (status !== 200) throw new Error(`send: HTTP ${status}`);
        return String(json.id);
    }

    /** Files as Web Chat's paperclip sends them: an activity part and the files, multipart/form-data. */
    async upload(files: { name: string; type: string; bytes: Buffer }[], clientActivityID = `u-${Math.random().toString(36).slice(2)}`): Promise<Response> {
        const form = new FormData();
        form.append('activity', new Blob([JSON.stringify({ type: 'message', channelData: { clientActivityID } })], { type: 'application/vnd.microsoft.activity' }));
        for (const file of files) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
        return fetch(`${this.origin}/v3/directline/conversations/${this.conversationId}/upload?userId=${this.userId}`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form });
    }

    async poll(): Promise<DlActivity[]> {
        const { status, json } = await this.request('GET', `/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
        if (status !== 200) throw new Error(`poll: HTTP ${status}`);
        this.watermark = String(json.watermark);
        const activities = json.activities as DlActivity[];
        this.seen.push(...activities);
        return activities;
    }

    /** Polls until a bot message asks for `field` (channelData.intake.field), as Web Chat would show it. */
    async untilField(field: string, timeoutMs = 10_000): Promise<DlActivity[]> {
        const deadline = Date.now() + timeoutMs;
        const collected: DlActivity[] = [];
        while (Date.now() < deadline) {
            collected.push(...(await this.poll()));
            if (collected.some((a) => a.from.role === 'bot' && a.channelData?.intake?.field === field)) return collected;
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`no prompt for ${field}; saw ${collected.map((a) => a.channelData?.intake?.field ?? a.type).join(', ')}`);
    }
}
