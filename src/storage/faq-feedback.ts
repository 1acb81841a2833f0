import { sql } from 'kysely';
import type { FaqFeedbackStore } from '../intake/faqReply';
import type { QueryBuilder } from './query-builder.js';
import { toDatabaseError } from './types.js';

export interface FaqFeedbackSummary {
    topic: string;
    helpful: number;
    notHelpful: number;
}

export interface FaqFeedbackRepository extends FaqFeedbackStore {
    summary(): Promise<FaqFeedbackSummary[]>;
}

/** The same queries on SQLite and PostgreSQL. */
export class FaqFeedback implements FaqFeedbackRepository {
    constructor(private readonly db: QueryBuilder) {}

    async record(entry: Parameters<FaqFeedbackStore['record']>[0]): Promise<void> {
        try {
            await this.db.insertInto('faq_feedback')
                .values({ topic: entry.topic, helpful: entry.helpful ? 1 : 0, locale: entry.locale, created_at: entry.at.toISOString() })
                .execute();
        } catch (err) {
            throw toDatabaseError('FaqFeedback.record()', err);
        }
    }

    async summary(): Promise<FaqFeedbackSummary[]> {
        try {
            // `case when helpful` reads SQLite's 0/1 and PostgreSQL's boolean alike; pg returns counts as strings.
            const rows = await this.db.selectFrom('faq_feedback')
                .select(['topic', sql<number | string>`count(case when helpful then 1 end)`.as('helpful'), sql<number | string>`count(case when helpful then null else 1 end)`.as('not_helpful')])
                .groupBy('topic')
                .orderBy('topic')
                .execute();
            return rows.map((r) => ({ topic: r.topic, helpful: Number(r.helpful), notHelpful: Number(r.not_helpful) }));
        } catch (err) {
            throw toDatabaseError('FaqFeedback.summary()', err);
        }
    }
}
