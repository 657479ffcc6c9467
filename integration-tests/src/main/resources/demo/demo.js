/*
 * CORS Routes browser demo: each case below is a fetch() this page (or an iframe of another
 * origin) makes to the sample API; the table shows what the browser let the JavaScript read.
 * The browser tests (org.corsroutes.it.browser) load this very page and read window.corsDemo.
 */
(function () {
  'use strict';

  const API = (window.CORS_DEMO && window.CORS_DEMO.api) || 'http://127.0.0.1:8080';
  const PORT = location.port;
  const FRAME_TIMEOUT_MS = 15000;

  // Where a case runs. 'page' is this page, http://localhost:PORT; the others are iframes.
  const WHERE = {
    page: { label: 'http://localhost:' + PORT },
    refused: { label: 'http://127.0.0.1:' + PORT, src: 'http://127.0.0.1:' + PORT + '/probe.html' },
    subdomain: { label: 'http://shop.localhost:' + PORT, src: 'http://shop.localhost:' + PORT + '/probe.html' },
    opaque: { label: 'null (sandboxed iframe)', src: '/probe.html', sandbox: 'allow-scripts' }
  };

  const JSON_BODY = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Grace' }) };

  // One fetch, described without anything the browser hid: 'readable' with status, headers and
  // body, or 'blocked' when fetch() rejected (the console then shows the CORS error).
  async function call(ctx, path, init) {
    const url = API + path + (path.includes('?') ? '&' : '?') + 'run=' + ctx.run + '&case=' + ctx.id;
    try {
      const response = await fetch(url, init || {}); // no cache option: 'no-store' also bypasses Chromium's preflight cache
      const body = await response.text();
      return { readable: true, status: response.status, body: body, headers: response.headers };
    } catch (e) {
      return { readable: false, error: String(e) };
    }
  }

  function outcome(r, detail) {
    if (!r.readable) {
      return { observed: 'blocked', detail: r.error };
    }
    return { observed: 'readable', detail: detail || (r.status + ' ' + r.body.slice(0, 80)) };
  }

  // readable only with the expected status and body: a 500 must not pass for a readable 401.
  function readableWith(r, status, bodyPart) {
    const o = outcome(r);
    if (r.readable && (r.status !== status || !r.body.includes(bodyPart))) {
      o.observed = 'readable, but ' + r.status;
    }
    return o;
  }

  function header(r, name) {
    if (!r.readable) {
      return { observed: 'request blocked', detail: r.error };
    }
    const value = r.headers.get(name);
    return value === null
      ? { observed: 'blocked', detail: name + ' is null to JavaScript' }
      : { observed: 'readable', detail: name + ': ' + value };
  }

  // What the server saw of a case, from /demo/log: e.g. ['preflight 204', 'PUT 200'].
  function seen(entries) {
    return entries.map(e => (e.preflight ? 'preflight' : e.method) + ' ' + e.status);
  }

  function noRequest(method) {
    return (entries, o) => entries.some(e => !e.preflight && e.method === method)
      ? Object.assign(o, { observed: o.observed + ', but the server ran ' + method }) : o;
  }

  const CASES = [
    { id: 'simple-get-allowed-origin', title: 'Simple GET from an allowed origin', where: 'page',
      request: 'GET /demo/account', policy: 'originPatterns http://localhost:*', expected: 'readable',
      run: ctx => call(ctx, '/demo/account').then(r => readableWith(r, 200, 'demo')) },
    { id: 'simple-get-refused-origin', title: 'Simple GET from a refused origin', where: 'refused',
      request: 'GET /demo/account', policy: 'originPatterns http://localhost:*', expected: 'blocked',
      run: ctx => call(ctx, '/demo/account').then(r => outcome(r)) },
    { id: 'json-post-preflighted', title: 'JSON POST (preflighted) allowed', where: 'page',
      request: 'POST /demo/account, Content-Type: application/json', policy: 'methods GET, POST, PUT', expected: 'readable',
      run: ctx => call(ctx, '/demo/account', Object.assign({ method: 'POST' }, JSON_BODY)).then(r => readableWith(r, 201, 'Grace')),
      server: (entries, o) => entries.some(e => e.preflight && e.status === 204) ? o
        : Object.assign(o, { observed: o.observed + ', but no preflight' }) },
    { id: 'put-allowed', title: 'PUT where the policy allows it', where: 'page',
      request: 'PUT /demo/account', policy: 'methods GET, POST, PUT', expected: 'readable',
      run: ctx => call(ctx, '/demo/account', Object.assign({ method: 'PUT' }, JSON_BODY)).then(r => readableWith(r, 200, 'Grace')) },
    { id: 'delete-refused', title: 'DELETE where the policy does not list it', where: 'page',
      request: 'DELETE /demo/account', policy: 'methods GET, POST, PUT', expected: 'blocked',
      run: ctx => call(ctx, '/demo/account', { method: 'DELETE' }).then(r => outcome(r)),
      server: noRequest('DELETE') },
    { id: 'delete-allowed', title: 'DELETE where the policy allows it', where: 'page',
      request: 'DELETE /demo/users/1', policy: 'methods GET, DELETE', expected: 'readable',
      run: ctx => call(ctx, '/demo/users/1', { method: 'DELETE' }).then(r => readableWith(r, 204, '')) },
    { id: 'put-refused', title: 'PUT where the policy does not list it', where: 'page',
      request: 'PUT /demo/users/1', policy: 'methods GET, DELETE', expected: 'blocked',
      run: ctx => call(ctx, '/demo/users/1', Object.assign({ method: 'PUT' }, JSON_BODY)).then(r => outcome(r)),
      server: noRequest('PUT') },
    { id: 'custom-header-allowed', title: 'Custom request header that is listed', where: 'page',
      request: 'GET /demo/account, X-Demo-Token: 1', policy: 'allowedHeaders Content-Type, X-Demo-Token', expected: 'readable',
      run: ctx => call(ctx, '/demo/account', { headers: { 'X-Demo-Token': '1' } }).then(r => readableWith(r, 200, 'demo')) },
    { id: 'custom-header-refused', title: 'Custom request header that is not listed', where: 'page',
      request: 'GET /demo/account, X-Debug: 1', policy: 'allowedHeaders Content-Type, X-Demo-Token', expected: 'blocked',
      run: ctx => call(ctx, '/demo/account', { headers: { 'X-Debug': '1' } }).then(r => outcome(r)),
      server: noRequest('GET') },
    { id: 'credentials-on-credentialed-route', title: "credentials: 'include' on a credentialed route", where: 'page',
      request: 'GET /demo/account, credentials include', policy: 'allowCredentials = true', expected: 'readable',
      run: ctx => call(ctx, '/demo/account', { credentials: 'include' }).then(r => readableWith(r, 200, 'demo')) },
    { id: 'public-route-without-credentials', title: 'Public * route without credentials', where: 'page',
      request: 'GET /demo/public', policy: '@CrossOrigin (origins *)', expected: 'readable',
      run: ctx => call(ctx, '/demo/public').then(r => readableWith(r, 200, 'public')) },
    { id: 'credentials-on-public-route', title: "credentials: 'include' on the public * route", where: 'page',
      request: 'GET /demo/public, credentials include', policy: '@CrossOrigin (origins *)', expected: 'blocked',
      run: ctx => call(ctx, '/demo/public', { credentials: 'include' }).then(r => outcome(r)) },
    { id: 'exposed-header', title: 'Exposed response header read from JS', where: 'page',
      request: "GET /demo/account, headers.get('X-Request-Id')", policy: 'exposedHeaders X-Request-Id', expected: 'readable',
      run: ctx => call(ctx, '/demo/account').then(r => header(r, 'X-Request-Id')) },
    { id: 'unexposed-header', title: 'Unexposed response header read from JS', where: 'page',
      request: "GET /demo/account, headers.get('X-Internal-Trace')", policy: 'exposedHeaders X-Request-Id', expected: 'blocked',
      run: ctx => call(ctx, '/demo/account').then(r => header(r, 'X-Internal-Trace')) },
    { id: 'auth-filter-401', title: '401 from the auth filter', where: 'page',
      request: 'GET /demo/private, no Authorization', policy: 'allowCredentials = true', expected: 'readable',
      run: ctx => call(ctx, '/demo/private', { credentials: 'include' }).then(r => readableWith(r, 401, 'unauthorized')) },
    { id: 'exception-mapper-404', title: '404 from the exception mapper', where: 'page',
      request: 'GET /demo/users/999', policy: 'methods GET, DELETE', expected: 'readable',
      run: ctx => call(ctx, '/demo/users/999').then(r => readableWith(r, 404, 'not_found')) },
    { id: 'preflight-cached', title: 'Preflight cached (Access-Control-Max-Age: 1800)', where: 'page',
      request: 'PUT /demo/account twice', policy: 'maxAge 1800 (default)', expected: '1 preflight for 2 requests',
      run: async ctx => {
        const first = await call(ctx, '/demo/account', Object.assign({ method: 'PUT' }, JSON_BODY));
        const second = await call(ctx, '/demo/account', Object.assign({ method: 'PUT' }, JSON_BODY));
        return first.readable && second.readable
          ? { observed: 'both readable', detail: first.status + ', ' + second.status }
          : { observed: 'blocked', detail: first.error || second.error };
      },
      server: (entries, o) => {
        if (o.observed !== 'both readable') {
          return o;
        }
        const n = entries.filter(e => e.preflight).length;
        return Object.assign(o, { observed: n + (n === 1 ? ' preflight' : ' preflights') + ' for 2 requests' });
      } },
    { id: 'opaque-null-origin', title: 'Opaque origin (Origin: null) from a sandboxed iframe', where: 'opaque',
      request: 'GET /demo/account', policy: 'originPatterns http://localhost:*', expected: 'blocked',
      run: ctx => call(ctx, '/demo/account').then(r => outcome(r)),
      server: (entries, o) => entries.some(e => e.origin === 'null') ? o
        : Object.assign(o, { observed: o.observed + ', but the server saw no Origin: null' }) },
    { id: 'pattern-matching-subdomain', title: 'Origin pattern: a matching subdomain', where: 'subdomain',
      request: 'GET /demo/shop', policy: 'originPatterns http://*.localhost:*', expected: 'readable',
      run: ctx => call(ctx, '/demo/shop').then(r => readableWith(r, 200, 'sprocket')) },
    { id: 'pattern-apex-refused', title: 'Origin pattern: the apex is not a subdomain', where: 'page',
      request: 'GET /demo/shop', policy: 'originPatterns http://*.localhost:*', expected: 'blocked',
      run: ctx => call(ctx, '/demo/shop').then(r => outcome(r)) }
  ];

  function byId(id) {
    return CASES.find(c => c.id === id);
  }

  // ---- probe mode: probe.html?case=ID&run=RUN, inside an iframe of another origin ----

  async function probe() {
    const params = new URLSearchParams(location.search);
    const c = byId(params.get('case'));
    let result;
    try {
      result = c ? await c.run({ id: c.id, run: params.get('run') })
        : { observed: 'no such case', detail: params.get('case') };
    } catch (e) {
      result = { observed: 'error', detail: String(e) };
    }
    parent.postMessage({ corsDemoProbe: params.get('case'), origin: String(self.origin), result: result }, '*');
  }

  function inFrame(c, ctx) {
    const where = WHERE[c.where];
    return new Promise(resolve => {
      const frame = document.createElement('iframe');
      const timer = setTimeout(() => finish({ observed: 'no answer', detail: 'the iframe did not answer in time' }), FRAME_TIMEOUT_MS);
      function finish(result) {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        frame.remove();
        resolve(result);
      }
      function onMessage(event) {
        if (event.source === frame.contentWindow && event.data && event.data.corsDemoProbe === c.id) {
          finish(Object.assign(event.data.result, { frameOrigin: event.data.origin }));
        }
      }
      window.addEventListener('message', onMessage);
      if (where.sandbox) {
        frame.setAttribute('sandbox', where.sandbox);
      }
      frame.className = 'probe';
      frame.src = where.src + '?case=' + encodeURIComponent(c.id) + '&run=' + ctx.run;
      document.getElementById('probes').appendChild(frame);
    });
  }

  // ---- page mode: run the cases one by one, filling each row as soon as its case is done ----

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  // What the "browser saw" cell says. A block the policy asks for is the browser doing its job,
  // not a failure: it reads "blocked, as expected" in a neutral colour. Only a row that differs
  // from its promise is red.
  function shown(r) {
    if (!r.pass) {
      return { text: r.observed, className: 'badge failed' };
    }
    if (r.observed === 'blocked') {
      return { text: 'blocked, as expected', className: 'badge as-expected blocked' };
    }
    return { text: r.observed, className: 'badge as-expected readable' };
  }

  // One row per case, shown before anything runs; the last three cells fill in as it completes.
  function addRow(tbody, c) {
    const row = document.createElement('tr');
    row.id = 'case-' + c.id;
    row.className = 'pending';
    cell(row, c.title);
    cell(row, WHERE[c.where].label, 'mono');
    cell(row, c.request, 'mono');
    cell(row, c.policy, 'mono');
    cell(row, c.expected, 'expected');
    cell(row, 'waiting', 'badge observed');
    cell(row, '', 'mono server');
    cell(row, '', 'verdict');
    tbody.appendChild(row);
    return row;
  }

  function fill(row, r) {
    row.className = r.pass ? 'pass' : 'fail';
    const observed = row.querySelector('td.observed');
    const s = shown(r);
    observed.textContent = s.text;
    observed.className = s.className + ' observed';
    row.querySelector('td.server').textContent = r.server.length ? r.server.join(', ')
      : (r.serverLogRead ? 'nothing' : 'unknown (cannot read /demo/log)');
    row.querySelector('td.verdict').textContent = r.pass ? '\u2713' : '\u2717';
    row.title = r.detail || '';
  }

  function browserName() {
    return navigator.userAgent.replace(/.*(Chrom\w+\/[\d.]+|Firefox\/[\d.]+|Version\/[\d.]+ Safari).*/, '$1');
  }

  function summarize(results, running) {
    const summary = document.getElementById('summary');
    if (running) {
      summary.textContent = 'Running case ' + (results.length + 1) + ' of ' + CASES.length + ': '
        + running.title + '\u2026';
      return;
    }
    const passed = results.filter(r => r.pass).length;
    summary.textContent = passed + ' of ' + results.length + ' cases behave as promised in this browser ('
      + browserName() + ').' + (passed === results.length ? '' : ' The red rows do not.');
  }

  // What the server saw of this run so far (null when it cannot be read).
  async function serverLog(run) {
    try {
      const response = await fetch(API + '/demo/log?run=' + run, { cache: 'no-store' });
      return await response.json();
    } catch (e) {
      document.getElementById('error').textContent = 'Cannot read ' + API + '/demo/log (' + e
        + '). Is the sample API running? mvn -pl integration-tests exec:java';
      return null;
    }
  }

  async function runAll() {
    document.getElementById('api').textContent = API;
    const run = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    const tbody = document.querySelector('#cases tbody');
    tbody.textContent = '';
    const rows = CASES.map(c => addRow(tbody, c));
    const results = [];
    let serverLogRead = true;
    window.corsDemo = { done: false, api: API, run: run, serverLogRead: true, results: results };
    for (let i = 0; i < CASES.length; i++) {
      const c = CASES[i];
      summarize(results, c);
      const ctx = { id: c.id, run: run };
      const startedAt = performance.now();
      let o;
      try {
        o = c.where === 'page' ? await c.run(ctx) : await inFrame(c, ctx);
      } catch (e) {
        o = { observed: 'error', detail: String(e) };
      }
      // The server has logged the case before it answered, so its entries are all there now.
      const log = await serverLog(run);
      serverLogRead = serverLogRead && log !== null;
      const entries = (log || []).filter(e => e.caseId === c.id);
      if (log && c.server) {
        o = c.server(entries, { observed: o.observed, detail: o.detail });
      }
      const r = { id: c.id, title: c.title, origin: WHERE[c.where].label, request: c.request,
        policy: c.policy, expected: c.expected, observed: o.observed, detail: o.detail || '',
        server: seen(entries), serverLogRead: log !== null, startedAt: startedAt };
      r.pass = r.observed === r.expected;
      fill(rows[i], r);
      r.filledAt = performance.now();
      results.push(r);
      window.corsDemo.serverLogRead = serverLogRead;
    }
    summarize(results, null);
    window.corsDemo.done = true;
    document.documentElement.dataset.done = 'true';
  }

  window.corsDemoCases = CASES.map(c => ({ id: c.id, expected: c.expected, where: c.where }));

  if (document.documentElement.dataset.probe === 'true') {
    probe();
  } else if (location.hostname !== 'localhost') {
    // The cases are written for a page on http://localhost; 127.0.0.1 is the refused origin.
    location.replace('http://localhost:' + PORT + '/');
  } else {
    runAll();
  }
})();
