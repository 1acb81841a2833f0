import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

/** The least an activity needs before it reaches the adapter; anything less is a 400, not a 500. */
export const IncomingActivitySchema = z.object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().max(2048).optional(),
    conversation: account,
    from: account,
    recipient: account.optional(),
    locale: z.string().max(32).optional(),
    text: z.string().max(50_000).optional(),
    attachments: z.array(z.object({ contentType: z.string().max(256) }).passthrough()).max(20).optional(),
    deliveryMode: z.string().max(32).optional()
}).passthrough();
