// The chat button for an operator's site: <script src="https://<bot>/launcher.js" async></script>.
// It opens the widget page of the same server in a panel (full screen on phones), in the host
// page's language and direction. The server puts the button's texts per language in place of TEXTS.
(function () {
  'use strict';
  var TEXTS = /*TEXTS*/ null;
  if (!TEXTS || window.intakeChatLauncher) return;
  window.intakeChatLauncher = true;
  var script = document.currentScript || document.querySelector('script[src$="/launcher.js"]');
  var origin = new URL(script.src, location.href).origin;
  var root = document.documentElement;
  var wanted = (root.lang || navigator.language || '').slice(0, 2).toLowerCase();
  var lang = TEXTS[wanted] ? wanted : TEXTS.default;
  var texts = TEXTS[lang];
  var rtl = (root.dir || getComputedStyle(root).direction) === 'rtl';
  var side = rtl ? 'left' : 'right';
  var phone = window.matchMedia('(max-width: 480px)');

  function svg(path) {
    var ns = 'http://www.w3.org/2000/svg';
    var icon = document.createElementNS(ns, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', '28');
    icon.setAttribute('height', '28');
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    var shape = document.createElementNS(ns, 'path');
    shape.setAttribute('d', path);
    shape.setAttribute('fill', 'currentColor');
    icon.appendChild(shape);
    return icon;
  }
  var CHAT = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
  var CLOSE = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z';

  // Styles through CSSOM only, which a host page's CSP without 'unsafe-inline' still allows.
  var button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'intake-chat-panel');
  Object.assign(button.style, {
    position: 'fixed', bottom: '20px', width: '60px', height: '60px', borderRadius: '50%', border: '0',
    background: '#2680c2', color: '#fff', boxShadow: '0 4px 14px rgba(0,0,0,.25)', cursor: 'pointer',
    display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '0', zIndex: '2147483646'
  });
  button.style[side] = '20px';

  var panel = document.createElement('div');
  panel.id = 'intake-chat-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', texts.title);
  panel.hidden = true;
  Object.assign(panel.style, { position: 'fixed', zIndex: '2147483647', background: '#fff', boxShadow: '0 8px 30px rgba(0,0,0,.3)', overflow: 'hidden', flexDirection: 'column' });
  var bar = document.createElement('div');
  Object.assign(bar.style, { display: 'flex', justifyContent: 'flex-end', background: '#2680c2', direction: rtl ? 'rtl' : 'ltr' });
  var close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', texts.close);
  close.appendChild(svg(CLOSE));
  Object.assign(close.style, { background: 'transparent', border: '0', color: '#fff', width: '44px', height: '40px', cursor: 'pointer', display: 'flex', alignItems: 'center', justifyContent: 'center' });
  bar.appendChild(close);
  panel.appendChild(bar);
  var frame = null;

  function layout() {
    var full = phone.matches;
    Object.assign(panel.style, full
      ? { top: '0', bottom: '0', left: '0', right: '0', width: '100%', height: '100%', borderRadius: '0' }
      : { top: 'auto', bottom: '92px', left: rtl ? '20px' : 'auto', right: rtl ? 'auto' : '20px', width: '380px', height: 'min(640px, calc(100vh - 120px))', borderRadius: '14px' });
  }
  function render() {
    var open = !panel.hidden;
    button.textContent = '';
    button.appendChild(svg(open ? CLOSE : CHAT));
    button.setAttribute('aria-label', open ? texts.close : texts.open);
    button.setAttribute('aria-expanded', String(open));
    panel.style.display = open ? 'flex' : 'none';
    // On a phone the panel covers the page; its own close button is the way back. Elsewhere the
    // round button (now a cross) stays below the panel and closes it.
    button.style.display = open && phone.matches ? 'none' : 'flex';
    bar.style.display = phone.matches ? 'flex' : 'none';
  }
  function openChat() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = origin + '/?lang=' + encodeURIComponent(lang);
      frame.title = texts.title;
      frame.allow = 'clipboard-write';
      Object.assign(frame.style, { border: '0', width: '100%', flex: '1', minHeight: '0' });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    layout();
    render();
    frame.focus();
  }
  function closeChat() {
    if (panel.hidden) return;
    panel.hidden = true;
    render();
    button.focus();
  }
  button.addEventListener('click', function () { if (panel.hidden) openChat(); else closeChat(); });
  close.addEventListener('click', closeChat);
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') closeChat(); });
  // Esc pressed inside the chat: the widget page tells its embedder (only messages from its origin count).
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'intake-chat:close') closeChat();
  });
  phone.addEventListener('change', function () { layout(); render(); });
  render();
  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
