// Every time rule of content/procedures/fazhan-dangyuan.yaml against worked examples: the
// earliest or latest date it gives, a date that keeps it and one that breaks it, with the
// article (or local source) the breach names. Expected dates are worked out by hand.
import { describe, expect, it } from 'vitest';
import { planDates, type EnteredDates } from '../../../src/lib/procedure/plan';
import { loadProcedure } from './load-procedure';

const procedure = loadProcedure();
const line = (entered: EnteredDates, id: string, extension = 0) => {
  const found = planDates(procedure, entered, extension).lines.find((l) => l.event.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const breaches = (entered: EnteredDates, id: string, extension = 0) =>
  line(entered, id, extension).breaches.map((b) => `${b.rule.id}:${b.rule.article ?? b.rule.local}:${b.limit}`);

describe('第五条 年满十八岁', () => {
  it('allows an application on the 18th birthday and not the day before', () => {
    expect(breaches({ birth: '2006-05-20', application: '2024-05-20' }, 'application')).toEqual([]);
    expect(breaches({ birth: '2006-05-20', application: '2024-05-19' }, 'application')).toEqual(['age:5:2024-05-20']);
  });
  it('takes 28 February as the birthday of someone born on 29 February in a common year', () => {
    expect(breaches({ birth: '2008-02-29', application: '2026-02-28' }, 'application')).toEqual([]);
    expect(breaches({ birth: '2008-02-29', application: '2026-02-27' }, 'application')).toEqual(['age:5:2026-02-28']);
  });
});

describe('第七条 一个月内谈话', () => {
  it('gives the same day next month as the latest date', () => {
    expect(line({ application: '2024-03-15' }, 'talk').latest).toMatchObject({ date: '2024-04-15', rule: { article: 7 } });
    expect(breaches({ application: '2024-03-15', talk: '2024-04-15' }, 'talk')).toEqual([]);
    expect(breaches({ application: '2024-03-15', talk: '2024-04-16' }, 'talk')).toEqual(['talk-within-month:7:2024-04-15']);
  });
  it('ends at the last day of February for an application on 31 January', () => {
    expect(line({ application: '2025-01-31' }, 'talk').latest?.date).toBe('2025-02-28');
    expect(line({ application: '2024-01-31' }, 'talk').latest?.date).toBe('2024-02-29');
    expect(breaches({ application: '2025-01-31', talk: '2025-03-01' }, 'talk')).toEqual(['talk-within-month:7:2025-02-28']);
  });
  it('flags a talk before the application was received', () => {
    expect(breaches({ application: '2024-03-15', talk: '2024-03-14' }, 'talk')).toEqual(['talk-after-application:7:2024-03-15']);
  });
});

describe('第八条 and the province’s three months before 入党积极分子', () => {
  it('takes the local three months as the earliest date, marked as local practice', () => {
    const earliest = line({ application: '2024-11-30' }, 'activist').earliest;
    expect(earliest).toMatchObject({ date: '2025-02-28', rule: { id: 'activist-three-months', local: 'guizhou-guicheng', severity: 'warning' } });
    expect(earliest?.rule.article).toBeUndefined();
  });
  it('names 第八条 for an activist date before the application and the local rule as a warning after it', () => {
    expect(breaches({ application: '2024-03-01', activist: '2024-02-01' }, 'activist')).toEqual([
      'activist-from-applicants:8:2024-03-01',
      'activist-three-months:guizhou-guicheng:2024-06-01',
    ]);
    expect(line({ application: '2024-03-01', activist: '2024-05-01' }, 'activist').breaches.map((b) => b.rule.severity)).toEqual(['warning']);
    expect(breaches({ application: '2024-03-01', activist: '2024-06-01' }, 'activist')).toEqual([]);
  });
});

describe('第十三条 一年以上培养教育和考察', () => {
  it('allows 发展对象 from the same day a year later', () => {
    expect(line({ activist: '2024-03-15' }, 'candidate').earliest).toMatchObject({ date: '2025-03-15', rule: { article: 13 } });
    expect(breaches({ activist: '2024-03-15', candidate: '2025-03-15' }, 'candidate')).toEqual([]);
    expect(breaches({ activist: '2024-03-15', candidate: '2025-03-14' }, 'candidate')).toEqual(['candidate-one-year:13:2025-03-15']);
  });
  it('counts from 29 February to 28 February of the next year', () => {
    expect(line({ activist: '2024-02-29' }, 'candidate').earliest?.date).toBe('2025-02-28');
    expect(breaches({ activist: '2024-02-29', candidate: '2025-02-27' }, 'candidate')).toEqual(['candidate-one-year:13:2025-02-28']);
  });
  it('chains earliest dates from the application alone: three months, then a year', () => {
    expect(line({ application: '2024-01-10' }, 'candidate').earliest?.date).toBe('2025-04-10');
  });
});

describe('第十六条 政治审查 and 第十七条 集中培训', () => {
  it('wants the political review after 发展对象 and before the 支部大会', () => {
    expect(breaches({ candidate: '2025-04-01', 'political-review': '2025-03-20' }, 'political-review')).toEqual(['political-review-of-candidate:16:2025-04-01']);
    expect(breaches({ 'political-review': '2025-06-10', admission: '2025-06-09' }, 'admission')).toEqual(['political-review-before-admission:16:2025-06-10']);
  });
  it('wants the training of a 发展对象 and warns when the 支部大会 comes before it', () => {
    expect(breaches({ candidate: '2025-04-01', training: '2025-03-31' }, 'training')).toEqual(['training-of-candidate:17:2025-04-01']);
    const warn = line({ training: '2025-06-10', admission: '2025-06-01' }, 'admission').breaches;
    expect(warn.map((b) => [b.rule.id, b.rule.article, b.rule.severity])).toEqual([['training-before-admission', 17, 'warning']]);
  });
  it('warns (local) when the 支部大会 comes more than a year after the training', () => {
    expect(breaches({ training: '2024-02-29', admission: '2025-02-28' }, 'admission')).toEqual([]);
    expect(breaches({ training: '2024-02-29', admission: '2025-03-01' }, 'admission')).toEqual(['training-within-year:guizhou-guicheng:2025-02-28']);
  });
});

describe('第十九条、第二十条 预审 before the 支部大会', () => {
  it('orders 支委会审查, 预审 and 支部大会', () => {
    expect(breaches({ candidate: '2025-04-01', 'branch-review': '2025-03-31' }, 'branch-review')).toEqual(['branch-review-of-candidate:19:2025-04-01']);
    expect(breaches({ 'branch-review': '2025-05-10', 'pre-review': '2025-05-09' }, 'pre-review')).toEqual(['pre-review-after-branch-review:19:2025-05-10']);
    expect(breaches({ 'pre-review': '2025-05-20', admission: '2025-05-19' }, 'admission')).toEqual(['admission-after-pre-review:20:2025-05-20']);
  });
  it('warns (local) past a month for the 预审 and for the 支部大会 after it', () => {
    expect(breaches({ 'branch-review': '2025-01-31', 'pre-review': '2025-03-01' }, 'pre-review')).toEqual(['pre-review-within-month:guizhou-guicheng:2025-02-28']);
    expect(breaches({ 'pre-review': '2025-05-31', admission: '2025-06-30' }, 'admission')).toEqual([]);
    expect(breaches({ 'pre-review': '2025-05-31', admission: '2025-07-01' }, 'admission')).toEqual(['admission-within-month:guizhou-guicheng:2025-06-30']);
  });
});

describe('第二十二条、第二十四条、第二十六条 报批、谈话、三个月内审批', () => {
  it('wants the report after the 支部大会 and the talk before the approval', () => {
    expect(breaches({ admission: '2025-06-10', submitted: '2025-06-09' }, 'submitted')).toEqual(['submitted-after-admission:22:2025-06-10']);
    expect(breaches({ 'party-talk': '2025-07-02', approval: '2025-07-01' }, 'approval')).toEqual(['party-talk-before-approval:24:2025-07-02']);
    expect(breaches({ 'party-talk': '2025-07-01', approval: '2025-07-01' }, 'approval')).toEqual([]);
  });
  it('gives three months from the report as the latest date, then warns, then errs past six months', () => {
    expect(line({ submitted: '2024-11-30' }, 'approval').latest).toMatchObject({ date: '2025-02-28', rule: { id: 'approval-three-months', article: 26 } });
    expect(breaches({ submitted: '2024-11-30', approval: '2025-02-28' }, 'approval')).toEqual([]);
    const late = line({ submitted: '2024-11-30', approval: '2025-03-01' }, 'approval').breaches;
    expect(late.map((b) => [b.rule.id, b.rule.severity, b.limit])).toEqual([['approval-three-months', 'warning', '2025-02-28']]);
    expect(breaches({ submitted: '2024-08-31', approval: '2025-03-01' }, 'approval')).toEqual([
      'approval-six-months:26:2025-02-28',
      'approval-three-months:26:2024-11-30',
    ]);
  });
});

describe('第三十二条 预备期一年 and its extension', () => {
  it('computes 预备期满 a year after the 支部大会, 29 February to 28 February', () => {
    expect(line({ admission: '2024-06-20' }, 'probation-end')).toMatchObject({ date: '2025-06-20', computed: true });
    expect(line({ admission: '2024-02-29' }, 'probation-end').date).toBe('2025-02-28');
  });
  it('projects 预备期满 and the 转正 dates from an application date alone', () => {
    // 2024-01-10 +3 months → 积极分子 2024-04-10, +1 year → 发展对象 2025-04-10; the 支部大会 cannot
    // be earlier, so 预备期满 is at the earliest 2026-04-10 (probation-one-year), and so is the 转正 meeting.
    expect(line({ application: '2024-01-10' }, 'probation-end').earliest).toMatchObject({ date: '2026-04-10', rule: { id: 'probation-one-year', article: 32 } });
    expect(line({ application: '2024-01-10' }, 'conversion-meeting').earliest?.date).toBe('2026-04-10');
  });
  it('adds the extension months and checks them against half a year and a year', () => {
    expect(line({ admission: '2024-08-31' }, 'probation-end', 6).date).toBe('2026-02-28');
    expect(planDates(procedure, {}, 5).extension).toEqual({ months: 5, limit: 'min' });
    expect(planDates(procedure, {}, 13).extension).toEqual({ months: 13, limit: 'max' });
    expect(planDates(procedure, {}, 6).extension).toBeUndefined();
    expect(planDates(procedure, {}, 12).extension).toBeUndefined();
  });
  it('flags a 转正 meeting before 预备期满', () => {
    expect(breaches({ admission: '2024-06-20', 'conversion-application': '2025-06-13', 'conversion-meeting': '2025-06-19' }, 'conversion-meeting')).toEqual([
      'conversion-meeting-after-probation:32:2025-06-20',
    ]);
    expect(breaches({ admission: '2024-06-20', 'conversion-application': '2025-06-13', 'conversion-meeting': '2025-06-20' }, 'conversion-meeting')).toEqual([]);
  });
  it('suggests the 转正申请 a week before 预备期满 (local) and wants it before the meeting (第三十三条)', () => {
    expect(line({ admission: '2024-03-05' }, 'conversion-application').earliest).toMatchObject({ date: '2025-02-26', rule: { local: 'guizhou-guicheng' } });
    expect(breaches({ admission: '2024-03-05', 'conversion-application': '2025-02-25' }, 'conversion-application')).toEqual([
      'conversion-application-week:guizhou-guicheng:2025-02-26',
    ]);
    expect(breaches({ 'conversion-application': '2025-06-21', 'conversion-meeting': '2025-06-20' }, 'conversion-meeting')).toEqual([
      'conversion-application-before-meeting:33:2025-06-21',
    ]);
    expect(breaches({ 'conversion-application': '2025-01-31', 'conversion-meeting': '2025-03-01' }, 'conversion-meeting')).toEqual([
      'conversion-meeting-within-month:guizhou-guicheng:2025-02-28',
    ]);
  });
});

describe('第三十三条、第三十四条 转正报批 and 三个月内审批', () => {
  it('orders the report after the meeting and limits the approval to three months', () => {
    expect(breaches({ 'conversion-meeting': '2025-06-20', 'conversion-submitted': '2025-06-19' }, 'conversion-submitted')).toEqual([
      'conversion-submitted-after-meeting:33:2025-06-20',
    ]);
    expect(line({ 'conversion-submitted': '2025-05-31' }, 'conversion-approval').latest).toMatchObject({ date: '2025-08-31', rule: { article: 34 } });
    expect(breaches({ 'conversion-submitted': '2025-11-30', 'conversion-approval': '2026-03-01' }, 'conversion-approval')).toEqual([
      'conversion-approval-three-months:34:2026-02-28',
    ]);
    expect(breaches({ 'conversion-submitted': '2025-11-30', 'conversion-approval': '2025-11-29' }, 'conversion-approval')).toEqual([
      'conversion-approval-after-submitted:34:2025-11-30',
    ]);
  });
});

describe('入党宣誓 (local order)', () => {
  it('wants the oath after the approval and not after the 转正 approval', () => {
    expect(breaches({ approval: '2025-07-01', oath: '2025-06-30' }, 'oath')).toEqual(['oath-after-approval:guizhou-guicheng:2025-07-01']);
    expect(breaches({ oath: '2026-07-10', 'conversion-approval': '2026-07-09' }, 'conversion-approval')).toEqual(['oath-before-conversion:guizhou-guicheng:2026-07-10']);
  });
});

describe('coverage', () => {
  it('has a worked example above for every rule of the procedure', async () => {
    const source = (await import('node:fs')).readFileSync(new URL(import.meta.url), 'utf8');
    const untested = procedure.rules.map((r) => r.id).filter((id) => !source.includes(`'${id}`) && !source.includes(`${id}:`));
    expect(untested).toEqual([]);
  });

  it('ignores entered values that are not real days', () => {
    expect(line({ application: '2025-02-29' }, 'talk').latest).toBeUndefined();
  });
});
