import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CaseSchema } from '../core/case/case.ts';
import { userInfo } from 'node:os';
import { cliActor } from './context.ts';
import { visibleText } from './output.ts';

test('printed text cannot drive the terminal: control characters but line breaks and tabs become escapes', () => {
  assert.equal(
    visibleText('Ok\u001b[31mRED\u001b[0m\r\n\tnext\u009b'),
    'Ok\\u001b[31mRED\\u001b[0m\\u000d\n\tnext\\u009b',
  );
  assert.equal(visibleText('Мамай — «массовые беспорядки»'), 'Мамай — «массовые беспорядки»');
});

test('a title is one line: a stored title cannot forge a row of a listing', () => {
  const kase = (title: string) => CaseSchema.safeParse({ id: 'case:a', jurisdiction: 'kz', title });
  assert.equal(kase('Zhanbolat Mamay: “mass riots”').success, true);
  for (const forged of ['Ok\ncase:fake\tFAKE', 'Ok\u001b[31m', 'tab\there']) {
    const parsed = kase(forged);
    assert.equal(parsed.success, false, forged);
    assert.match(parsed.error?.issues[0]?.message ?? '', /one line of text/);
  }
});

test('the CLI acts as a named user: an empty CASEWATCH_USER falls back to the OS user', () => {
  assert.equal(cliActor({ CASEWATCH_USER: 'aigerim', CASEWATCH_ROLE: 'viewer' }).id, 'cli:aigerim');
  const blank = cliActor({ CASEWATCH_USER: '  ' });
  assert.notEqual(blank.id, 'cli:');
  assert.equal(blank.id, `cli:${userInfo().username}`);
  assert.throws(() => cliActor({ CASEWATCH_ROLE: 'superuser' }), /CASEWATCH_ROLE must be one of/);
});
