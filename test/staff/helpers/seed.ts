import { randomUUID } from 'node:crypto';
import type { Application } from '../../../src/domain/schema';
import type { ApplicationRepository, InsertOptions } from '../../../src/handoff/application-repository';
import { makeApplication, storeApplication } from '../../handoff/helpers/fixtures';

export interface Seeded {
    app: Application;
    conversationId: string;
}

/** Stores a synthetic application (see makeApplication) with its own conversation id. */
export async function seed(repo: ApplicationRepository, overrides: Partial<Application> & { reference: string }, options: InsertOptions = {}): Promise<Seeded> {
    const app = makeApplication({ id: randomUUID(), ...overrides });
    const conversationId = `conv-${app.reference}`;
    await storeApplication(repo, app, { ...options, conversationId });
    return { app, conversationId };
}

export function withChild(base: Application, firstName: string): Application['child'] {
    return { ...base.child, firstName };
}
