import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

export interface AttachmentHostPolicy {
    /** ATTACHMENT_HOSTS: `host`, `*.domain` or `[ipv6]`, each with an optional `:port` (default: the scheme's). */
    hosts: readonly string[];
    /** ATTACHMENT_ALLOW_PRIVATE: hosts listed exactly (no wildcard) may resolve to loopback or private addresses. */
    allowPrivateListed: boolean;
    timeoutMs: number;
    /** How names are resolved (tests inject one); the address is checked after resolution either way. */
    lookup?: LookupFunction;
}

export interface FetchedBody {
    body: IncomingMessage;
    /** Content-Length when the host sent one. */
    declaredBytes?: number;
}

const MAX_REDIRECTS = 3;
const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };
/** A host (or `[ipv6]`) and an optional port. */
const PATTERN = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/;
/** With ATTACHMENT_ALLOW_PRIVATE: loopback and RFC 1918 only; link-local (metadata), CGNAT, multicast stay refused. */
const LOCAL_RANGES = ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/** `exact` when a pattern names the host itself, `wildcard` when only `*.domain` covers it. */
export function matchHost(url: URL, patterns: readonly string[]): 'exact' | 'wildcard' | undefined {
    const host = url.hostname.toLowerCase();
    const port = url.port || DEFAULT_PORT[url.protocol];
    let match: 'exact' | 'wildcard' | undefined;
    for (const pattern of patterns) {
        const [, name, patternPort] = PATTERN.exec(pattern) ?? [];
        if (!name || (patternPort ?? DEFAULT_PORT[url.protocol]) !== port) continue;
        if (name === host) return 'exact';
        if (name.startsWith('*.') && host.endsWith(name.slice(1)) && isIP(host) === 0 && !host.startsWith('[')) match = 'wildcard';
    }
    return match;
}

type Agents = { strict: { http: Agent; https: Agent }; local: { http: Agent; https: Agent } };

/**
 * Fetches a channel's attachment without becoming a proxy into the network it runs in: only
 * from ATTACHMENT_HOSTS, never to a loopback, private, link-local, CGNAT, metadata, multicast or
 * unspecified address after DNS resolution (request-filtering-agent checks the address the
 * socket connects to), each redirect re-checked, no credentials sent, bounded in time. Every
 * refusal and failure is the same thrown error, so callers cannot tell hosts or ports apart.
 */
export class AttachmentFetcher {
    private agents?: Promise<Agents>;

    constructor(private readonly policy: AttachmentHostPolicy) {}

    async open(url: string): Promise<FetchedBody> {
        const signal = AbortSignal.timeout(this.policy.timeoutMs);
        let current = parse(url);
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const response = await this.get(current, signal);
            const status = response.statusCode ?? 0;
            const location = response.headers.location;
            if (status >= 300 && status < 400 && location) {
                response.resume();
                current = parse(location, current);
                continue;
            }
            if (status < 200 || status >= 300) {
                response.resume();
                throw refused();
            }
            const length = Number(response.headers['content-length']);
            return { body: response, ...(Number.isFinite(length) ? { declaredBytes: length } : {}) };
        }
        throw refused();
    }

    private async get(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
        const match = matchHost(url, this.policy.hosts);
        if (!match) throw refused();
        const agents = await (this.agents ??= createAgents());
        const set = match === 'exact' && this.policy.allowPrivateListed ? agents.local : agents.strict;
        const secure = url.protocol === 'https:';
        return new Promise<IncomingMessage>((resolve, reject) => {
            const request = (secure ? httpsRequest : httpRequest)(url, {
                agent: secure ? set.https : set.http,
                signal,
                headers: { accept: '*/*', 'accept-encoding': 'identity' },
                ...(this.policy.lookup ? { lookup: this.policy.lookup } : {})
            });
            request.once('response', resolve);
            // Later errors (a timeout while the body streams) reach the body's reader; none may go unhandled.
            request.on('error', () => reject(refused()));
            request.end();
        });
    }
}

function parse(url: string, base?: URL): URL {
    let parsed: URL;
    try {
        parsed = new URL(url, base);
    } catch {
        throw refused();
    }
    // User names and passwords in a URL would be sent as Basic credentials.
    if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password) throw refused();
    return parsed;
}

function refused(): Error {
    return new Error('AttachmentFetcher.open(): not fetched');
}

async function createAgents(): Promise<Agents> {
    // ESM-only package, loaded on first use.
    const { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } = await import('request-filtering-agent');
    const local = { allowIPAddressList: LOCAL_RANGES };
    return {
        strict: { http: new RequestFilteringHttpAgent(), https: new RequestFilteringHttpsAgent() },
        local: { http: new RequestFilteringHttpAgent(local), https: new RequestFilteringHttpsAgent(local) }
    };
}
