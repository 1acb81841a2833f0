import { esc, message, page, type PageContext } from './layout.js';

export function loginPage(ctx: PageContext, opts: { error?: string; next?: string; username?: string } = {}): string {
    const s = ctx.st.s;
    const body = `<section><h1>${esc(s('inbox.login.title'))}</h1>
${message('error', opts.error)}
<form method="post" action="/staff/login">
<input type="hidden" name="next" value="${esc(opts.next ?? '/staff')}">
<p><label>${esc(s('inbox.login.username'))}<input name="username" autocomplete="username" required maxlength="64" value="${esc(opts.username ?? '')}"></label></p>
<p><label>${esc(s('inbox.login.password'))}<input name="password" type="password" autocomplete="current-password" required maxlength="1024"></label></p>
<p><button type="submit">${esc(s('inbox.login.submit'))}</button></p>
</form></section>`;
    return page(ctx, s('inbox.login.title'), body);
}
