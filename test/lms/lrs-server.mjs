// An in-memory LRS on 127.0.0.1 for the cmi5 tests, started by the test runner (web-test-runner
// plugin below). Statements go to Learning Locker's `xapi-statements` (memory repositories); the
// parts of cmi5 it lacks are a small LMS here: the single-use fetch URL (→ an auth token bound to
// one session), the State API (LMS.LaunchData and the AU's own state), the agent profile, and
// /admin routes the tests use to create a launch, expire a token and read back every statement.
// It is a *strict* LMS (cmi5 §6.3): a statement that `xapi-validation` warns about or that breaks a
// cmi5 rule (cmi5-rules.mjs) is rejected with 400 and kept in the `rejected` list; a new launch of
// a registration abandons its earlier session (its token is refused with 401 from then on).
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { URL, URLSearchParams } from 'node:url';
import { accept, cmi5Violation } from './cmi5-rules.mjs';

const require = createRequire(import.meta.url);

function loadXapiStatements() {
  const logs = mkdtempSync(join(tmpdir(), 'attune-lrs-logs-'));
  process.once('exit', () => rmSync(logs, { recursive: true, force: true }));
  Object.assign(process.env, {
    AUTH_REPO: 'test',
    EVENTS_REPO: 'test',
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'memory',
    EXPRESS_MORGAN_DIRECTORY: logs,
    WINSTON_CONSOLE_LEVEL: 'error',
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  });
  const base = 'xapi-statements/dist/';
  const express = require('express');
  const presenter = require(`${base}expressPresenter`).default({
    llClientInfoEndpoint: '',
    customRoute: 'status',
    customRouteText: 'ok',
    morganDirectory: process.env.EXPRESS_MORGAN_DIRECTORY,
    bodyParserLimit: '5mb',
    service: require(`${base}serviceFactory`).default(),
    tracker: require(`${base}tracker`).default,
    translator: require(`${base}translatorFactory`).default(),
    logger: require(`${base}logger`).default,
  });
  const app = express();
  app.use('/xAPI/statements', presenter.statementsRouter);
  app.use('/xAPI/about', presenter.aboutRouter);
  return app;
}

const validate = require('xapi-validation').default;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-experience-api-version, if-match, if-none-match',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-expose-headers': 'etag, x-experience-api-version, last-modified',
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts the LRS; resolves `{ url, close }`. */
export async function startLrs() {
  const app = loadXapiStatements();
  const inner = await new Promise((resolve) => {
    const srv = app.listen(0, '127.0.0.1', () => resolve(srv));
  });
  const internal = `http://127.0.0.1:${inner.address().port}`;
  const launches = new Map(); // fetch token → { session, used }
  const tokens = new Map(); // auth token → its session
  const registrations = new Map(); // `${registration} ${activityId}` → { passed, failed, completed }
  const states = new Map(); // key → { body, type }
  const received = []; // every statement accepted, in order, with its validation warnings
  const rejected = []; // every statement refused: { statement, reason }
  const failNext = new Map(); // admin: registration → how many of its next xAPI requests fail with 503

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, body, type = 'application/json') => {
      res.writeHead(status, { ...CORS, 'content-type': type, 'x-experience-api-version': '1.0.3' });
      res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return send(204, '');
    try {
      // ── admin (tests) ──
      if (url.pathname === '/admin/launch' && req.method === 'POST') {
        const options = JSON.parse((await readBody(req)).toString() || '{}');
        const registration = options.registration ?? randomUUID();
        const activityId = options.activityId ?? 'https://example.org/attune/au/example';
        const actor = { objectType: 'Agent', name: 'Test Trainee', account: { homePage: 'https://lms.example.org', name: options.learner ?? `trainee-${registration.slice(0, 8)}` } };
        const fetchToken = randomUUID();
        const sessionId = randomUUID();
        // A new launch of the registration abandons its earlier sessions (cmi5 §9.3.6).
        for (const [token, other] of tokens) if (other.registration === registration && other.activityId === activityId) tokens.delete(token);
        const session = { id: sessionId, registration, activityId, launchMode: options.launchMode ?? 'Normal', masteryScore: options.masteryScore, initialized: false, terminated: false, verbs: new Set() };
        launches.set(fetchToken, { session, used: false });
        const launchData = {
          contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
          launchMode: session.launchMode,
          moveOn: options.moveOn ?? 'CompletedAndPassed',
          ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
          ...(options.returnURL !== undefined ? { returnURL: options.returnURL } : {}),
        };
        const key = stateKey(activityId, actor, 'LMS.LaunchData', registration);
        states.set(key, { body: JSON.stringify(launchData), type: 'application/json' });
        const origin = `http://127.0.0.1:${server.address().port}`;
        const params = new URLSearchParams({
          endpoint: `${origin}/xAPI/`,
          fetch: `${origin}/fetch/${fetchToken}`,
          actor: JSON.stringify(actor),
          registration,
          activityId,
        });
        return send(200, { search: `?${params}`, registration, activityId, actor });
      }
      if (url.pathname === '/admin/statements') {
        const registration = url.searchParams.get('registration');
        return send(200, received.filter((r) => !registration || r.statement.context?.registration === registration));
      }
      if (url.pathname === '/admin/rejected') {
        const registration = url.searchParams.get('registration');
        return send(200, rejected.filter((r) => !registration || r.statement.context?.registration === registration));
      }
      if (url.pathname === '/admin/expire' && req.method === 'POST') {
        const registration = url.searchParams.get('registration');
        for (const [token, session] of tokens) if (session.registration === registration) tokens.delete(token);
        return send(200, {});
      }
      if (url.pathname === '/admin/fail' && req.method === 'POST') {
        failNext.set(url.searchParams.get('registration'), Number(url.searchParams.get('count') ?? '1'));
        return send(200, {});
      }
      // ── cmi5 fetch URL: single use ──
      const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
      if (fetchMatch && req.method === 'POST') {
        const launch = launches.get(fetchMatch[1]);
        if (!launch) return send(404, { 'error-code': '3', 'error-text': 'unknown fetch URL' });
        if (launch.used) return send(400, { 'error-code': '1', 'error-text': 'this fetch URL has already been used' });
        launch.used = true;
        const token = Buffer.from(`attune:${randomUUID()}`).toString('base64');
        tokens.set(token, launch.session);
        return send(200, { 'auth-token': token });
      }
      if (!url.pathname.startsWith('/xAPI/')) return send(404, { error: 'not found' });
      const auth = (req.headers.authorization ?? '').replace(/^Basic /, '');
      if (!tokens.has(auth)) return send(401, { error: 'unauthorised' });
      const failing = failNext.get(tokens.get(auth).registration) ?? 0;
      if (failing > 0) {
        failNext.set(tokens.get(auth).registration, failing - 1);
        return send(503, { error: 'the LRS is unavailable (test fault)' });
      }

      // ── State API and agent profile (xapi-statements has neither) ──
      if (url.pathname === '/xAPI/activities/state') {
        const key = stateKey(url.searchParams.get('activityId'), JSON.parse(url.searchParams.get('agent') ?? 'null'), url.searchParams.get('stateId'), url.searchParams.get('registration'));
        if (req.method === 'GET') {
          const doc = states.get(key);
          return doc ? send(200, doc.body, doc.type) : send(404, { error: 'no such state' });
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          states.set(key, { body: (await readBody(req)).toString(), type: req.headers['content-type'] ?? 'application/json' });
          return send(204, '');
        }
        if (req.method === 'DELETE') {
          states.delete(key);
          return send(204, '');
        }
      }
      if (url.pathname === '/xAPI/agents/profile') return send(404, { error: 'no profile' });

      // ── statements: validated, then stored by xapi-statements ──
      if (url.pathname.toLowerCase() === '/xapi/statements' && (req.method === 'POST' || req.method === 'PUT')) {
        const body = await readBody(req);
        const parsed = JSON.parse(body.toString());
        const list = Array.isArray(parsed) ? parsed : [parsed];
        // All or nothing: each statement is checked against what the ones before it would make true.
        const session = tokens.get(auth);
        const regKey = `${session.registration} ${session.activityId}`;
        const trialSession = { ...session, verbs: new Set(session.verbs) };
        const trialRegistration = { ...(registrations.get(regKey) ?? { passed: false, failed: false, completed: false }) };
        for (const statement of list) {
          const warnings = validate(statement).map((w) => ({ path: w.path?.join('.'), message: String(w.constructor?.name ?? 'warning'), data: w.data }));
          const reason = warnings.length > 0 ? `xapi-validation: ${JSON.stringify(warnings)}` : cmi5Violation(statement, trialSession, trialRegistration);
          if (reason) {
            for (const s of list) rejected.push({ statement: s, reason: s === statement ? reason : 'in a batch with a rejected statement' });
            return send(400, { error: reason });
          }
          accept(statement, trialSession, trialRegistration);
        }
        const response = await forward(internal, req, res, body);
        if (response.ok) {
          Object.assign(session, trialSession);
          registrations.set(regKey, trialRegistration);
          for (const statement of list) received.push({ statement, warnings: [] });
        } else if (response.status < 500) {
          for (const statement of list) rejected.push({ statement, reason: `xapi-statements refused it (${response.status})` });
        }
        return undefined;
      }
      return await forward(internal, req, res, await readBody(req));
    } catch (error) {
      return send(500, { error: String(error) });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      await Promise.all([new Promise((resolve) => server.close(resolve)), new Promise((resolve) => inner.close(resolve))]);
      rmSync(process.env.EXPRESS_MORGAN_DIRECTORY, { recursive: true, force: true });
    },
  };
}

function stateKey(activityId, agent, stateId, registration) {
  const who = agent?.account ? `${agent.account.homePage}|${agent.account.name}` : (agent?.mbox ?? JSON.stringify(agent));
  return JSON.stringify([activityId, who, stateId, registration ?? '']);
}

/** Passes a request (whose body was already read) on to xapi-statements on its own loopback port. */
async function forward(internal, req, res, body) {
  const headers = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v;
  const response = await fetch(`${internal}${req.url}`, { method: req.method, headers, ...(body.length && req.method !== 'GET' ? { body } : {}) });
  const out = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type');
  res.writeHead(response.status, { ...CORS, ...(type ? { 'content-type': type } : {}), 'x-experience-api-version': '1.0.3' });
  res.end(out);
  return response;
}

/** web-test-runner plugin: starts the LRS with the test server and tells the tests where it is. */
export function lrsPlugin() {
  let lrs;
  return {
    name: 'attune-lrs',
    async serverStart() {
      lrs = await startLrs();
    },
    async serverStop() {
      await lrs?.close();
    },
    serve(context) {
      if (context.path === '/__attune/lrs.json') return { body: JSON.stringify({ url: lrs?.url }), type: 'application/json' };
      return undefined;
    },
  };
}
