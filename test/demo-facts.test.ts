import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { localDay } from '../src/core/dates/day.ts';
import { ROOT, runCli } from './support/cli.ts';

/**
 * The demo, read today: the dispatch is our only source, so `facts Mamay` states the horizon the dispatch gives
 * and claims nothing after it.
 */

const HORIZON = '2023-01-26';
let dir = '';
let env: Record<string, string> = {};

interface Facts {
  asOf: string;
  asOfChosen?: { basis: string; timeZone: string };
  horizon?: { on: { date: string }; basis: string; isPast: string; sources: unknown[] };
  dayCount?: Record<string, string>;
  defendants: {
    status: {
      status: string;
      isCertain: boolean;
      possible: string[];
      lastKnown?: { status: string; isCertain: boolean; on: string };
    };
    measures: {
      id: string;
      end?: unknown;
      inEffect: string;
      days: { min: number; max: number };
      unconfirmed?: { knownUntil: string };
    }[];
    credit: { isCertain: boolean }[];
  }[];
  charges: { state: string; isStateCertain: boolean; unconfirmed?: { knownUntil: string } }[];
  upcomingHearings: unknown[];
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'casewatch-demo-facts-'));
  env = { CASEWATCH_DB: join(dir, 'casewatch.db') };
  const imported = runCli(env, ['import', join(ROOT, 'data', 'demo', 'mamay.bundle.json')]);
  assert.equal(imported.code, 0, imported.stderr);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('facts Mamay today (no --as-of) states the day it uses and the horizon, and claims nothing after it', () => {
  const run = runCli(env, ['facts', 'Mamay', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const facts = JSON.parse(run.stdout) as Facts;
  // The run may straddle midnight in Almaty: today is the day before or after it.
  const days = [Date.now() - 120_000, Date.now()].map((t) =>
    localDay(new Date(t).toISOString(), 'Asia/Almaty'),
  );
  assert.ok(days.includes(facts.asOf), `${facts.asOf} is today in Almaty`);
  assert.deepEqual(facts.asOfChosen, { basis: 'today', timeZone: 'Asia/Almaty' });
  assert.equal(facts.horizon?.on.date, HORIZON);
  assert.equal(facts.horizon?.basis, 'stated');
  assert.equal(facts.horizon?.isPast, 'yes');
  assert.ok((facts.horizon?.sources.length ?? 0) > 0, 'the horizon cites its source');
  assert.equal(typeof facts.dayCount?.['period'], 'string', 'the JSON states its day-count convention');

  const [mamay] = facts.defendants;
  assert.ok(mamay);
  assert.equal(mamay.status.isCertain, false);
  assert.deepEqual(mamay.status.lastKnown, {
    status: 'under_house_arrest',
    isCertain: true,
    possible: ['under_house_arrest'],
    on: HORIZON,
    text: `last known: under house arrest on ${HORIZON}, not confirmed since`,
  });
  for (const m of mamay.measures) {
    assert.notEqual(m.inEffect, 'yes', `${m.id} is not certainly in effect today`);
    if (m.end === undefined) {
      assert.equal(m.unconfirmed?.knownUntil, HORIZON, `${m.id} is known until the horizon`);
      assert.ok(m.days.min < m.days.max, `${m.id}: its days are a range`);
    }
  }
  assert.ok(mamay.credit.every((c) => !c.isCertain));
  for (const c of facts.charges.filter((x) => ['live', 'in_court', 'suspended'].includes(x.state))) {
    assert.equal(c.isStateCertain, false);
    assert.equal(c.unconfirmed?.knownUntil, HORIZON);
  }

  const text = runCli(env, ['facts', 'Mamay']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /— as of \d{4}-\d{2}-\d{2} \(today in Asia\/Almaty/);
  assert.match(
    text.stdout,
    /Record: information confirmed until 2023-01-26, as the record states; not confirmed/,
  );
  assert.match(text.stdout, /last known: under house arrest on 2023-01-26, not confirmed since/);
  assert.match(text.stdout, /house arrest: .*known until 2023-01-26, not confirmed since/);
});

test('facts Mamay on the horizon itself: under house arrest, certainly, with no horizon caveat', () => {
  const run = runCli(env, ['facts', 'Mamay', '--as-of', HORIZON, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const facts = JSON.parse(run.stdout) as Facts;
  assert.equal(facts.asOfChosen, undefined);
  assert.equal(facts.horizon?.isPast, 'no');
  const status = facts.defendants[0]?.status;
  assert.equal(status?.status, 'under_house_arrest');
  assert.equal(status?.isCertain, true);
  assert.equal(status?.lastKnown, undefined);
});
