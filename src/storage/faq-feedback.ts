import type { Pool } from 'pg';
import type { FaqFeedbackStore } from '../intake/faqReply';
import type { SqliteDatabase } from './sqlite-file';
import { toDatabaseError } from './types';

export interface FaqFeedbackSummary {
    topic: string;
    helpful: number;
    notHelpful: number;
}

export interface FaqFeedbackRepository extends FaqFeedbackStore {
    summary(): Promise<FaqFeedbackSummary[]>;
}

export class SqliteFaqFeedback implements FaqFeedbackRepository {
    constructor(private readonly db: SqliteDatabase) {}

    async record(entry: Parameters<FaqFeedbackStore['record']>[0]): Promise<void> {
        try {
            this.db.prepare('insert into faq_feedback (topic, helpful, locale, created_at) values (?, ?, ?, ?)')
                .run(entry.topic, entry.helpful ? 1 : 0, entry.locale, entry.at.toISOString());
        } catch (err) {
            throw toDatabaseError('SqliteFaqFeedback.record()', err);
        }
    }

    async summary(): Promise<FaqFeedbackSummary[]> {
        return this.db.prepare<[], FaqFeedbackSummary>(
            'select topic, sum(helpful) as helpful, sum(1 - helpful) as notHelpful from faq_feedback group by topic order by topic'
        ).all();
    }
}

export class PostgresFaqFeedback implements FaqFeedbackRepository {
    constructor(private readonly pool: Pool) {}

    async record(entry: Parameters<FaqFeedbackStore['record']>[0]): Promise<void> {
        try {
            await this.pool.query('insert into faq_feedback (topic, helpful, locale, created_at) values ($1, $2, $3, $4)',
                [entry.topic, entry.helpful, entry.locale, entry.at]);
        } catch (err) {
            throw toDatabaseError('PostgresFaqFeedback.record()', err);
        }
    }

    async summary(): Promise<FaqFeedbackSummary[]> {
        const { rows } = await this.pool.query<{ topic: string; helpful: string; not_helpful: string }>(
            'select topic, count(*) filter (where helpful) as helpful, count(*) filter (where not helpful) as not_helpful from faq_feedback group by topic order by topic'
        );
        return rows.map((r) => ({ topic: r.topic, helpful: Number(r.helpful), notHelpful: Number(r.not_helpful) }));
    }
}
