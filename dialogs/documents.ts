import { ActionTypes, ActivityTypes, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { getAnswer, setAnswer } from '../src/domain/draft';
import { fieldSpec } from '../src/domain/fields';
import type { DocumentKind, UploadedFile } from '../src/domain/schema';
import { parseChoice } from '../src/i18n/parsers';
import { choiceOptions, fieldKey } from '../src/intake/options';
import { saveDraft, type IntakeServices, type Session } from './services';

/** Card attachments are the bot's own UI; only files count as uploads. */
export function fileAttachments(activity: Partial<Activity>): Attachment[] {
    return (activity.attachments ?? []).filter((a) => !a.contentType.startsWith('application/vnd.microsoft.'));
}

/**
 * Documents are welcome at any question and at the review: stores each file, tells the parent
 * what happened to it, and keeps the draft's file list current.
 */
export async function receiveDocuments(context: TurnContext, services: IntakeServices, session: Session, text: string, files: Attachment[]): Promise<void> {
    const { t } = session;
    const { uploadMaxFiles, uploadMaxMb } = services.settings;
    const key = (k: string) => fieldKey('documents.files', k);
    const kindOptions = choiceOptions(fieldSpec('documents.available'), t).filter((o) => o.value !== 'none');
    const named = text.trim() ? parseChoice(text, kindOptions, { locale: session.locale, today: session.now }) : undefined;
    const kind = named?.ok ? (named.value as (typeof DocumentKind)[number]) : undefined;
    let draft = session.draft;
    for (const attachment of files) {
        const current = (getAnswer(draft.answers, 'documents.files') as UploadedFile[] | undefined) ?? [];
        const name = attachment.name ?? 'document';
        if (current.length >= uploadMaxFiles) {
            await context.sendActivity(t(key('rejectedCount'), { max: uploadMaxFiles }));
            break;
        }
        const outcome = await services.uploads.receive(context.activity.conversation.id, {
            name, contentType: attachment.contentType, contentUrl: attachment.contentUrl
        });
        if (!outcome.ok) {
            await context.sendActivity(t(key(outcome.reason), { name, maxMb: uploadMaxMb }));
            continue;
        }
        const file: UploadedFile = kind ? { ...outcome.file, kind } : outcome.file;
        draft = setAnswer(draft, 'documents.files', [...current, file], session.now);
        await context.sendActivity({
            type: ActivityTypes.Message,
            text: t(key('received'), { name }),
            suggestedActions: { to: [], actions: [{ type: ActionTypes.ImBack, title: t(key('done')), value: t(key('done')) }] }
        });
    }
    await saveDraft(context, services, draft);
}
