import { z } from 'zod';

const account = z.object({
    id: z.string().min(1).max(512),
    name: z.string().max(512).optional(),
    role: z.string().max(64).optional()
}).passthrough();
const dateText = z.string().max(64).refine((text) => !Number.isNaN(Date.parse(text)), 'not a date');
const record = z.record(z.string(), z.unknown());

/**
 * What an activity must look like before it reaches the adapter: every field the bot or
 * botbuilder reads has its type checked here, so a wrong type is a 400, never an exception
 * inside a turn.
 */
export const IncomingActivitySchema = z.object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().max(2048).optional(),
    conversation: account,
    from: account,
    recipient: account.optional(),
    locale: z.string().max(32).optional(),
    localTimezone: z.string().max(64).optional(),
    timestamp: dateText.optional(),
    localTimestamp: dateText.optional(),
    text: z.string().max(20_000).optional(),
    textFormat: z.string().max(32).optional(),
    name: z.string().max(256).optional(),
    replyToId: z.string().max(512).optional(),
    attachments: z.array(z.object({
        contentType: z.string().max(256),
        contentUrl: z.string().max(100_000).optional(),
        name: z.string().max(512).optional()
    }).passthrough()).max(20).optional(),
    membersAdded: z.array(account).max(50).optional(),
    membersRemoved: z.array(account).max(50).optional(),
    entities: z.array(record).max(20).optional(),
    channelData: record.optional(),
    deliveryMode: z.string().max(32).optional()
}).passthrough();
