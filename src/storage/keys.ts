/**
 * Key prefix of everything botbuilder's ConversationState stores for one conversation
 * (`<channelId>/conversations/<conversationId>/<namespace>`). The trailing slash matters:
 * without it "abc" would also match conversation "abc2".
 */
export function conversationStatePrefix(channelId: string, conversationId: string): string {
    if (!channelId || !conversationId) {
        throw new Error('conversationStatePrefix(): channelId and conversationId are required');
    }
    return `${channelId}/conversations/${conversationId}/`;
}
