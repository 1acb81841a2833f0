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

  // ---- Files: what the parent picked, before it is sent, and what the parent's bubble shows after.
  // A size as people read it, with the unit in the page's language ("1.2 MB", "29 كيلوبايت"); a few bytes count as 1 kB.
  function fileSize(bytes) {
    var mega = bytes >= 1048576;
    return new Intl.NumberFormat(settings.locale, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: mega ? 1 : 0 })
      .format(mega ? bytes / 1048576 : Math.max(1, Math.round(bytes / 1024)));
  }
  // The kind of file in a few letters (PDF, ZIP, HEIC), for the icon of a file that has no picture.
  function fileKind(name) {
    var dot = (name || '').lastIndexOf('.');
    return dot > 0 ? name.slice(dot + 1, dot + 5).toUpperCase() : '';
  }
  // Photos the browser can draw get a thumbnail; PDFs, zips and HEIC photos a file chip.
  var PICTURE = /^image\/(jpeg|png|gif|webp)$/;

  // After sending: a thumbnail or a chip (icon, name, size) that downloads the file, instead of Web Chat's bare link.
  function attachmentMiddleware() { return function (next) { return function (card) {
    var rendered = next(card);
    var activity = card && card.activity, attachment = card && card.attachment;
    if (!rendered || !attachment || typeof attachment.contentUrl !== 'string' || !activity || !activity.from || activity.from.role !== 'user') return rendered;
    var all = activity.attachments || [];
    var index = all.indexOf(attachment);
    if (index < 0) index = all.findIndex(function (a) { return a.contentUrl === attachment.contentUrl; });
    var sizes = (activity.channelData && activity.channelData.attachmentSizes) || [];
    var size = typeof sizes[index] === 'number' ? fileSize(sizes[index]) : '';
    var name = attachment.name || '';
    var picture = PICTURE.test(attachment.contentType || '');
    var look = picture
      ? element(rendered, 'img', 'look', { className: 'sent-file__thumbnail', src: attachment.thumbnailUrl || attachment.contentUrl, alt: '' })
      : element(rendered, 'span', 'look', { className: 'sent-file__icon', 'aria-hidden': 'true', children: fileKind(name) });
    var label = settings.texts.download.replace('%1', name).replace('%2', size);
    return element(rendered, 'a', null, {
      className: 'sent-file' + (picture ? ' sent-file--picture' : ''), href: attachment.contentUrl, download: name, target: '_blank', rel: 'noopener noreferrer', 'aria-label': label,
      children: [look, element(rendered, 'span', 'text', { className: 'sent-file__text', children: [
        element(rendered, 'span', 'name', { className: 'sent-file__name', dir: 'auto', children: name }),
        element(rendered, 'span', 'size', { className: 'sent-file__size', children: size })
      ] })]
    });
  }; }; }

  // ---- The progress bar: section and index/total of the latest question (channelData.intake).
  var progress = document.getElementById('progress');
  function showProgress(intake) {
    var total = intake.progress.total, index = Math.min(intake.progress.index, total);
    var section = settings.sections[intake.section] || '';
    progress.hidden = false;
    progress.setAttribute('aria-valuemax', String(total));
    progress.setAttribute('aria-valuenow', String(index));
    progress.setAttribute('aria-valuetext', settings.texts.progressValue.replace('%1', section).replace('%2', index).replace('%3', total));
    progress.querySelector('.progress__section').textContent = section;
    progress.querySelector('.progress__fill').style.width = Math.round(index / total * 100) + '%';
  }

  // ---- Controls above the send box for the open question: a date or month picker, checkboxes, a long list.
  var store;
  var webchat = document.getElementById('webchat');
  var controls = document.createElement('div');
  controls.className = 'controls';
  controls.id = 'intake-controls';
  controls.hidden = true;
  var LONG_LIST = 8;

  function send(text) {
    hideControls();
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
  }
  function hideControls() {
    controls.hidden = true;
    controls.textContent = '';
    webchat.classList.remove('long-list');
  }
  function make(tag, props, children) {
    var el = Object.assign(document.createElement(tag), props || {});
    (children || []).forEach(function (child) { el.append(child); });
    return el;
  }
  var uid = 0;
  function labelled(text, input) {
    input.id = input.id || 'intake-control-' + (++uid);
    return make('label', { htmlFor: input.id, textContent: text });
  }
  // The value as the bot reads dates in every language: ISO (2016-03-14, 2016-03).
  function picker(kind) {
    var today = new Date().toISOString();
    var input = make('input', { type: kind, max: kind === 'date' ? today.slice(0, 10) : today.slice(0, 7), required: true });
    var button = make('button', { type: 'submit', textContent: settings.texts.send, disabled: true });
    input.addEventListener('input', function () { button.disabled = !input.value; });
    var form = make('form', {}, [labelled(settings.texts[kind], input), make('div', { className: 'controls__row' }, [input, button])]);
    form.addEventListener('submit', function (event) { event.preventDefault(); if (input.value) send(input.value); });
    return form;
  }
  // A filter box that hides the items whose text does not contain what is typed.
  function filterBox(items) {
    var box = make('input', { type: 'search', placeholder: settings.texts.filter, autocomplete: 'off' });
    box.setAttribute('aria-label', settings.texts.filter);
    var empty = make('p', { className: 'controls__empty', textContent: settings.texts.noMatch, hidden: true });
    box.addEventListener('input', function () {
      var wanted = box.value.trim().toLocaleLowerCase(settings.locale);
      var shown = 0;
      items.forEach(function (item) {
        item.hidden = wanted !== '' && item.textContent.toLocaleLowerCase(settings.locale).indexOf(wanted) < 0;
        if (!item.hidden) shown++;
      });
      empty.hidden = shown > 0;
    });
    return [box, empty];
  }
  // Several answers at once: the chosen titles, comma-separated, as a parent would type them.
  function checkboxes(choices) {
    var items = choices.map(function (choice) {
      var box = make('input', { type: 'checkbox', value: choice.title });
      return make('li', {}, [make('label', {}, [box, make('span', { textContent: choice.title })])]);
    });
    var done = make('button', { type: 'submit', textContent: settings.texts.done, disabled: true });
    var list = make('ul', { className: 'controls__list' }, items);
    list.addEventListener('change', function () { done.disabled = !list.querySelector('input:checked'); });
    // "Done" next to the heading, so it stays in reach however long the list is.
    var heading = make('span', { id: 'intake-control-' + (++uid), className: 'controls__heading', textContent: settings.texts.choose });
    var parts = [make('div', { className: 'controls__row' }, [heading, done])];
    if (choices.length > LONG_LIST) parts = parts.concat(filterBox(items));
    var group = make('div', { className: 'controls__group' }, parts.concat([list]));
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', heading.id);
    var form = make('form', {}, [group]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = Array.prototype.map.call(list.querySelectorAll('input:checked'), function (box) { return box.value; });
      if (chosen.length) send(chosen.join(', '));
    });
    return form;
  }
  // A long choice list replaces Web Chat's stacked buttons, so the question stays in view on a phone.
  function longList(titles) {
    var items = titles.map(function (title) {
      var button = make('button', { type: 'button', textContent: title });
      button.addEventListener('click', function () { send(title); });
      return make('li', {}, [button]);
    });
    webchat.classList.add('long-list');
    return filterBox(items).concat([make('ul', { className: 'controls__list' }, items)]);
  }
  function titlesOf(activity) {
    var actions = (activity.suggestedActions && activity.suggestedActions.actions) || [];
    return actions.map(function (action) { return action.title; });
  }
  function showControls(intake, activity) {
    hideControls();
    var buttons = titlesOf(activity);
    var choices = intake.choices || [];
    var parts;
    if (intake.kind === 'date' || intake.kind === 'month') parts = [picker(intake.kind)];
    // Exclusive answers ("none", "I don't know") stay buttons of their own.
    else if (intake.kind === 'multichoice') parts = [checkboxes(choices.filter(function (c) { return buttons.indexOf(c.title) < 0; }))];
    else if (intake.kind === 'choice' && choices.length > LONG_LIST) {
      var titles = choices.map(function (c) { return c.title; });
      parts = longList(titles.concat(buttons.filter(function (title) { return titles.indexOf(title) < 0; })));
    }
    if (!parts) return;
    parts.forEach(function (part) { controls.append(part); });
    controls.hidden = false;
    placeControls();
  }
  function placeControls() {
    var sendBox = webchat.querySelector('.webchat__send-box');
    if (!sendBox || (controls.nextSibling === tray && tray.nextSibling === sendBox)) return;
    sendBox.parentNode.insertBefore(controls, sendBox);
    sendBox.parentNode.insertBefore(tray, sendBox);
  }

  // Before sending: each picked file with its name, size and a remove button, above the send box.
  // Web Chat keeps the picked files in its store (sendBoxAttachments) until the send button is pressed.
  var tray = make('div', { id: 'file-preview', className: 'files', hidden: true });
  tray.setAttribute('role', 'group');
  tray.setAttribute('aria-label', settings.texts.filesLabel);
  var trayShows;
  function picked() { return store.getState().sendBoxAttachments || []; }
  function removeFile(attachment) {
    store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX_ATTACHMENTS', payload: { attachments: Object.freeze(picked().filter(function (a) { return a !== attachment; })) } });
    // The focus stays in the send box rather than falling to the page's start.
    var next = tray.querySelector('.file__remove') || webchat.querySelector('.webchat__send-box-text-box__input');
    if (next) next.focus();
  }
  // By its declared type or its ending, as the picker's accept list says (the server then checks the bytes).
  function accepted(blob) {
    var name = (blob.name || '').toLowerCase();
    return settings.uploadAccept.split(',').some(function (kind) { return kind.charAt(0) === '.' ? name.slice(-kind.length) === kind : blob.type === kind; });
  }
  function showTray() {
    var attachments = picked();
    if (attachments === trayShows) return;
    trayShows = attachments;
    tray.textContent = '';
    tray.hidden = !attachments.length;
    // While files wait, a tap on an answer button or a picker would go without them: only "send" or "remove" remain.
    webchat.classList.toggle('files-pending', attachments.length > 0);
    if (!attachments.length) return;
    var maxBytes = settings.uploadMaxMb * 1048576;
    var items = attachments.map(function (attachment) {
      var blob = attachment.blob, name = blob.name || '';
      var look = attachment.thumbnailURL
        ? make('img', { className: 'file__thumbnail', src: String(attachment.thumbnailURL), alt: '' })
        : make('span', { className: 'file__icon', textContent: fileKind(name) });
      look.setAttribute('aria-hidden', 'true');
      var remove = make('button', { type: 'button', className: 'file__remove', textContent: '×' });
      remove.setAttribute('aria-label', settings.texts.removeFile.replace('%1', name));
      remove.addEventListener('click', function () { removeFile(attachment); });
      var text = make('span', { className: 'file__text' }, [make('span', { className: 'file__name', dir: 'auto', textContent: name }), make('span', { className: 'file__size', textContent: fileSize(blob.size) })]);
      // Told now, not after a failed upload: the server refuses the whole upload for a file too large or of another kind.
      var problem = blob.size > maxBytes ? settings.texts.tooLarge : accepted(blob) ? '' : settings.texts.wrongType;
      if (problem) text.append(make('span', { className: 'file__warning', textContent: problem }));
      return make('li', { className: problem ? 'file file--refused' : 'file' }, [look, text, remove]);
    });
    // A file that cannot go comes first, where it is seen without scrolling the list.
    var refused = items.filter(function (item) { return item.classList.contains('file--refused'); });
    items = refused.concat(items.filter(function (item) { return refused.indexOf(item) < 0; }));
    tray.append(make('p', { className: 'files__hint', textContent: settings.texts.filesHint }), make('ul', { className: 'files__list' }, items));
    placeControls();
  }
  new MutationObserver(placeControls).observe(webchat, { childList: true, subtree: true });

  // Where the page shows the choices itself, the numbered list the bot adds for channels without
  // buttons (its last paragraph, "1. …" per choice) would show them twice.
  function rendersChoices(intake) {
    return intake.kind === 'multichoice' || (intake.kind === 'choice' && (intake.choices || []).length > LONG_LIST);
  }
  function withoutNumberedList(activity, intake) {
    var paragraphs = (activity.text || '').split('\n\n');
    var lines = paragraphs[paragraphs.length - 1].split('\n');
    // Numbers follow the full list ("1.", "4.", "13."): options the family's answers rule out are not shown.
    var numbered = lines.every(function (line) { return /^\d+\. /.test(line); });
    if (paragraphs.length < 2 || !numbered || lines.length !== (intake.choices || []).length) return activity;
    return Object.assign({}, activity, { text: paragraphs.slice(0, -1).join('\n\n') });
  }

  // A picked date goes to the bot as ISO (2017-05-14, 2024-03); the parent's bubble reads it in their own words.
  var ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
  function withCalendarWords(action) {
    var activity = action.payload && action.payload.activity;
    var parts = activity && ISO_DATE.exec(activity.text || '');
    var day = parts && new Date(Date.UTC(+parts[1], +parts[2] - 1, parts[3] ? +parts[3] : 1));
    // Typed, not picked, and no real date ("2024-13"): shown as typed.
    if (!day || day.getUTCMonth() !== +parts[2] - 1 || (parts[3] && day.getUTCDate() !== +parts[3])) return action;
    var text = new Intl.DateTimeFormat(settings.locale, parts[3] ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(day);
    // A copy for the transcript only: the activity being posted keeps the ISO text.
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { text: text }) }) });
  }

  // Every activity passes here, the history replayed after a reload included; the latest question wins.
  function watchIntake(userId) {
    return function () { return function (next) { return function (action) {
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING') return next(withCalendarWords(action));
      var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
      if (activity && activity.from && activity.from.id === userId) { hideControls(); action = withCalendarWords(action); }
      // "Delete my data" done: nothing of this conversation stays on the device either.
      else if (activity && activity.channelData && activity.channelData.erased) localStorage.removeItem(SESSION_KEY);
      else if (activity && activity.channelData && activity.channelData.intake) {
        var intake = activity.channelData.intake;
        if (intake.progress) showProgress(intake);
        // Sent: the bar says so, rather than still "Review" as if something were left to do.
        if (intake.submitted) showProgress({ section: 'sent', progress: { index: 1, total: 1 } });
        if (intake.field) showControls(intake, activity); else hideControls();
        if (rendersChoices(intake)) {
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withoutNumberedList(activity, intake) }) });
        }
      }
      return next(action);
    }; }; };
  }

  // ---- The conversation is kept on this device (localStorage: other tabs, days later) until its
  // resume ticket expires; every visit exchanges the ticket for a fresh token of that conversation.
  function savedSession() {
    try {
      var saved = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
      return saved && saved.resume && saved.keepUntil > Date.now() ? saved : null;
    } catch {
      return null;
    }
  }
  async function requestToken(body) {
    var response = await fetch('/api/directline/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error('token ' + response.status);
    return response.json();
  }
  async function openSession() {
    var saved = savedSession();
    var session = null;
    // A refused ticket (expired, or the conversation deleted on the server) starts a new conversation.
    if (saved) session = await requestToken({ locale: settings.locale, resume: saved.resume }).catch(function () { return null; });
    var resumed = !!session;
    if (!session) session = await requestToken({ locale: settings.locale });
    localStorage.setItem(SESSION_KEY, JSON.stringify(Object.assign({}, session, { keepUntil: Date.now() + session.resume_expires_in * 1000 })));
    return { session: session, resumed: resumed };
  }

  async function start() {
    var opened = await openSession();
    var session = opened.session;
    var directLine = window.WebChat.createDirectLine({ token: session.token, conversationId: opened.resumed ? session.conversationId : undefined, domain: location.origin + settings.domain, webSocket: false, pollingInterval: 1000 });
    store = window.WebChat.createStore({}, watchIntake(session.userId));
    store.subscribe(showTray);
    window.WebChat.renderWebChat({
      directLine: directLine, store: store, userID: session.userId, locale: settings.locale, nonce: settings.nonce, dir: settings.dir,
      activityMiddleware: activityMiddleware, attachmentMiddleware: attachmentMiddleware,
      // The files the documents question takes (the server checks their bytes again); a phone offers its camera and photos for them.
      styleOptions: { bubbleBorderRadius: 12, bubbleFromUserBorderRadius: 12, suggestedActionLayout: 'stacked', uploadAccept: settings.uploadAccept }
    }, document.getElementById('webchat'));
    status.remove();
  }

  // Inside the operator's launcher panel, Esc closes the panel (its page cannot hear keys pressed in here).
  if (window.parent !== window) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') window.parent.postMessage({ type: 'intake-chat:close' }, '*');
    });
  }

  start().catch(function () {
    localStorage.removeItem(SESSION_KEY);
    status.textContent = settings.errorText;
  });
})();
