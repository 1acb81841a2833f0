/** Where the inbox page listens for changes (see streamInbox). */
export const INBOX_EVENTS_PATH = '/staff/api/events';

/**
 * On each change the page fetches itself (same filters) and swaps in the server-rendered parts
 * marked data-live, so the filter form keeps what is being typed. One fetch at a time; changes
 * during a fetch cause exactly one more. The fetched page's own <style>/<script> are cut before
 * parsing: their nonce is not this page's, and Chromium reports them as CSP violations.
 */
export const INBOX_LIVE_SCRIPT = `(function(){var root=document.querySelector('[data-inbox-events]');if(!root||!window.EventSource||!window.fetch||!window.DOMParser)return;
var busy=false,again=false;
function swap(html){var next=new DOMParser().parseFromString(html.replace(/<(style|script)\\b[\\s\\S]*?<\\/\\1>/g,''),'text/html');document.querySelectorAll('[data-live]').forEach(function(now){var fresh=next.getElementById(now.id);if(fresh&&fresh.innerHTML!==now.innerHTML)now.innerHTML=fresh.innerHTML;});}
function refresh(){if(busy){again=true;return;}busy=true;
fetch(location.href,{credentials:'same-origin',headers:{accept:'text/html'}}).then(function(r){if(!r.ok||r.redirected)throw new Error('reload');return r.text();}).then(swap)
.catch(function(){}).then(function(){busy=false;if(again){again=false;refresh();}});}
var es=new EventSource(root.getAttribute('data-inbox-events'));es.addEventListener('inbox',refresh);})();`;
