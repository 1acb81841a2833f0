// The chat page's client (served as /widget.js, so the page's CSP needs no inline script).
// Plain browser JavaScript, no build step: the settings come from the page's JSON block.
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('widget-settings').textContent);
  var status = document.getElementById('status');
  var SESSION_KEY = 'intake-chat';

  // A coordinator's message (channelData.staffName) gets a bubble of its own with the name above it.
  // The bundle keeps its React private, so the wrappers are copies of the element Web Chat rendered.
  function element(like, type, key, props) { return Object.assign({}, like, { type: type, key: key, ref: null, props: props }); }
  function activityMiddleware() { return function (next) { return function (setup) {
    var render = next(setup);
    var data = setup && setup.activity && setup.activity.channelData;
    if (!render || !data || typeof data.staffName !== 'string') return render;
    return function () {
      var bubble = render.apply(null, arguments);
      if (!bubble) return bubble;
      var name = element(bubble, 'div', 'name', { className: 'coordinator__name', children: settings.coordinator.replace('%s', data.staffName) });
      return element(bubble, 'div', null, { className: 'coordinator', children: [name, Object.assign({}, bubble, { key: 'bubble' })] });
    };
  }; }; }

  async function newSession() {
    var response = await fetch('/api/directline/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: settings.locale }) });
    if (!response.ok) throw new Error('token ' + response.status);
    return response.json();
  }

  async function start() {
    var saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    var session = saved || await newSession();
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    var directLine = window.WebChat.createDirectLine({ token: session.token, conversationId: saved ? session.conversationId : undefined, domain: location.origin + settings.domain, webSocket: false, pollingInterval: 1000 });
    window.WebChat.renderWebChat({
      directLine: directLine, userID: session.userId, locale: settings.locale, nonce: settings.nonce, dir: settings.dir,
      activityMiddleware: activityMiddleware,
      styleOptions: { bubbleBorderRadius: 12, bubbleFromUserBorderRadius: 12, suggestedActionLayout: 'stacked' }
    }, document.getElementById('webchat'));
    status.remove();
  }

  start().catch(function () {
    sessionStorage.removeItem(SESSION_KEY);
    status.textContent = settings.errorText;
  });
})();
