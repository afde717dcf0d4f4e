import { describe, expect, it } from 'vitest';
import { roleOfHeading } from '../../../src/lib/extract/section-roles.ts';
import { factsOf, fixture, sectionsOf } from './helpers.ts';

describe('roleOfHeading', () => {
  it('knows synonyms in both languages', () => {
    expect(roleOfHeading('现象')).toBe('symptoms');
    expect(roleOfHeading('直接影响')).toBe('symptoms');
    expect(roleOfHeading('处理方式')).toBe('fixes');
    expect(roleOfHeading('解决思路')).toBe('fixes');
    expect(roleOfHeading('持续提升')).toBe('action_items');
    expect(roleOfHeading('Contributing Factors')).toBe('causes');
    expect(roleOfHeading('Mitigation')).toBe('fixes');
    expect(roleOfHeading('时间线')).toBe('timeline');
    // the cure and the tourniquet: 根治 / 止血 / 热修 are what was done to fix it, as is a hotfix
    expect(roleOfHeading('根治')).toBe('fixes');
    expect(roleOfHeading('止血')).toBe('fixes');
    expect(roleOfHeading('Hotfix')).toBe('fixes');
  });
  it('lets the subject named last decide, except "X of Y" and why-questions', () => {
    expect(roleOfHeading('问题排查')).toBe('investigation');
    expect(roleOfHeading('总结原因')).toBe('causes');
    expect(roleOfHeading('原因分析')).toBe('causes');
    expect(roleOfHeading('Summary of impact')).toBe('symptoms');
    expect(roleOfHeading('Follow-up timeline (times in BST)')).toBe('timeline');
    expect(roleOfHeading('Timeline of events')).toBe('timeline');
    expect(roleOfHeading('为什么会出现这些现象？')).toBe('causes');
    expect(roleOfHeading("What didn't go so well?")).toBe('causes');
    // a narrative of the whole incident (cause, what was seen, what was done): read by its cues, not as symptoms
    expect(roleOfHeading('What happened')).toBe('summary');
    // the analysis of a cause is the cause section, not an investigation; CAPA headings are fixes and plans
    expect(roleOfHeading('四、处理过程中的问题')).toBe('causes');
    expect(roleOfHeading('暴露的问题')).toBe('causes');
    expect(roleOfHeading('问题')).toBe('symptoms');
    // a summing-up of causes or fixes is that section
    expect(roleOfHeading('原因小结')).toBe('causes');
    expect(roleOfHeading('处理总结')).toBe('fixes');
    expect(roleOfHeading('fixed by')).toBe('fixes');
    expect(roleOfHeading('Resolved by')).toBe('fixes');
    expect(roleOfHeading('RCA')).toBe('causes');
    expect(roleOfHeading('Root Cause Analysis')).toBe('causes');
    expect(roleOfHeading('根因分析')).toBe('causes');
    expect(roleOfHeading('5 Whys')).toBe('causes');
    expect(roleOfHeading('Corrective action')).toBe('fixes');
    expect(roleOfHeading('Preventive actions')).toBe('action_items');
  });
  it('reads contractions as their full words, and a Chinese overview of the incident as its summary', () => {
    expect(roleOfHeading("What we'll do")).toBe('action_items');
    expect(roleOfHeading('What we will do')).toBe('action_items');
    expect(roleOfHeading("What I'd do differently")).toBe('action_items');
    expect(roleOfHeading("What didn't go well")).toBe('causes');
    expect(roleOfHeading('一、故障概述')).toBe('summary');
    expect(roleOfHeading('概述')).toBe('summary');
  });
  it('gives no role to statements and unknown labels', () => {
    expect(roleOfHeading('kafka 数据发送端开启 gzip 压缩减少流量')).toBeNull();
    expect(roleOfHeading('检查代码,找有经验的同学,对比原有功能差异点')).toBeNull();
    expect(roleOfHeading('Postmortem')).toBeNull();
  });
});

describe('splitSections', () => {
  it('splits markdown by headings, bold pseudo-headings included, and inherits roles', () => {
    const { sections } = sectionsOf(fixture('sections-en.md'));
    const roles = sections.map((s) => [s.heading, s.role, s.line]);
    expect(roles).toEqual([
      ['Checkout outage', null, 1],
      ['Summary of impact', 'symptoms', 3],
      ['Root cause', 'causes', 7],
      ['Details', 'causes', 11],
      ['Lessons learned', 'action_items', 15],
      ['What went well', 'other', 17],
      ['What went poorly', 'causes', 21],
      ['Follow-up timeline', 'timeline', 25],
      ['Action items', 'action_items', 29],
    ]);
  });
  it('finds short label lines in plain text and skips a leading vote count', () => {
    const { sections } = sectionsOf(fixture('plain-zh.txt'), 'a.txt');
    expect(sections.map((s) => [s.heading, s.role, s.headingKind])).toEqual([
      ['', null, 'none'],
      ['背景', 'background', 'line'],
      ['踩坑经过', 'investigation', 'line'],
    ]);
  });
  it('reads a numbered one-line item followed by prose as a step heading in plain text', () => {
    const { sections } = sectionsOf('intro\n\n1. 确认问题的真实性?\n\n   被告知数据量下滑。\n\n2. 改异步请求为同步请求?\n\n   改成同步请求。\n', 'a.txt');
    expect(sections.map((s) => [s.heading, s.headingKind, s.line])).toEqual([
      ['', 'none', 1],
      ['确认问题的真实性?', 'numbered', 3],
      ['改异步请求为同步请求?', 'numbered', 7],
    ]);
  });
  it('treats a label line ending in a colon as a heading in markdown too', () => {
    const { sections } = sectionsOf('# 记一次排查\n\n查了日志。\n\n总结：\n\n1，不要着急。\n');
    expect(sections.at(-1)).toMatchObject({ heading: '总结', role: 'action_items', line: 5 });
  });
});

describe('splitSections: labels above their lines', () => {
  it('reads an English label line of a few words in plain text ("Why it happened")', () => {
    const text = 'Subject: duplicate invoices\n\nWhy it happened\n\nThe crontab entry was not commented out.\n\nWhat we\'re changing\n\n- A shared lock.\n';
    const { sections } = sectionsOf(text, 'a.txt');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([['', null], ['Why it happened', 'causes'], ["What we're changing", 'action_items']]);
  });

  it('takes a label on the first line of a paragraph as the heading of the lines below it', () => {
    const text = '订单库故障复盘\n\n现象\n下午3点10分左右，用户下单一直转圈。\n接口成功率掉到 40%。\n\n解决\n15:25 kill 掉 ALTER 语句所在的会话。\n';
    const { sections } = sectionsOf(text, 'a.txt');
    expect(sections.map((s) => [s.heading, s.role, s.line])).toEqual([
      // a plain-text report's first line is its title: no role for the body to inherit
      ['订单库故障复盘', null, 1],
      ['现象', 'symptoms', 3],
      ['解决', 'fixes', 7],
    ]);
    const fixes = sections[2].nodes;
    expect(fixes).toHaveLength(1);
    expect(fixes[0].position?.start.line).toBe(8);
  });
  it('leaves a paragraph whose first line is prose alone, and starts an appendix at 附：', () => {
    const { sections } = sectionsOf('复盘\n\n现象很奇怪\n下午用户下单一直转圈。\n\n附：当时的 error.log\n\nsome lines\n', 'a.txt');
    expect(sections.map((s) => [s.heading, s.role, s.nodes.length])).toEqual([
      ['', null, 2],
      ['附', 'other', 1],
    ]);
  });
});

describe('splitSections: bracketed labels', () => {
  it('takes 【故障现象】 alone on a line as a heading', () => {
    const { sections } = sectionsOf('# 标题\n\n【故障现象】\n\n榜单接口超时。\n\n【解决方案】\n\n打开降级开关。\n');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([
      ['标题', null],
      ['故障现象', 'symptoms'],
      ['解决方案', 'fixes'],
    ]);
  });
});

describe('splitSections: titles and transcripts', () => {
  it('gives a report\'s top heading no role unless it is a role label itself', () => {
    const { sections } = sectionsOf('# 订单库故障切换后复制中断\n\n## 一、补充说明\n\n凌晨主库重启。\n');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([
      ['订单库故障切换后复制中断', null],
      ['一、补充说明', null],
    ]);
    expect(sectionsOf('# 背景\n\n订单库是一主两从。\n').sections.map((s) => s.role)).toEqual(['background']);
  });
  it('reads a post-incident review\'s long question headings by what they ask, and prevention headings as follow-ups', () => {
    const headings = ['How did we respond?', 'How are we making incidents like this less likely or less impactful?', 'How can customers make incidents like this less impactful?', "What we're doing to prevent this", 'Preventing recurrence', 'What prevented us from seeing it sooner', 'Why did the alert stay silent while the disk filled up over the weekend and nobody was paged?'];
    expect(headings.map(roleOfHeading)).toEqual(['investigation', 'action_items', 'other', 'action_items', 'action_items', null, 'causes']);
  });
  it('heads each answer of a Q&A transcript with the role its question asks for', () => {
    const questions = ['问：先简单说下发生了什么？', '问：报的什么错？', '问：为什么会缺？', '问：为什么不直接跳过那个 GTID？', '问：什么时候恢复的？', '问：后续要做什么？', 'Q: Why did the failover pick db-3?', 'Q: What was the impact?', 'Q: How did you recover?'];
    expect(questions.map(roleOfHeading)).toEqual(['summary', 'symptoms', 'causes', null, 'fixes', 'action_items', 'causes', 'symptoms', 'fixes']);
  });
});

describe('splitSections: a role label alone on a line of markdown', () => {
  it('heads the paragraphs below it, while a longer line that holds a label stays prose', () => {
    const { sections } = sectionsOf('MEMO\n\nBackground\n\nThe repo keeps images in LFS.\n\nWhy it happened\n\nThe deploy ignored a failed download.\n\nWhat we are changing\n\n- Fail the build on LFS errors.\n\nBackground checks were fine.\n');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([
      ['', null],
      ['Background', 'background'],
      ['Why it happened', 'causes'],
      ['What we are changing', 'action_items'],
    ]);
  });
  it('reads a label with a note in brackets after it ("timeline (utc)") as the label', () => {
    const { sections } = sectionsOf('summary\nall workers started the job at once.\n\ntimeline (utc)\n00:00 job starts\n00:03 db cpu 100%\n', 'a.txt');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([
      ['summary', 'summary'],
      ['timeline (utc)', 'timeline'],
    ]);
  });
});

describe('splitSections: a status page exported as plain text', () => {
  const page = 'Postmortem\n\nWhat we are changing\n\n- Alert on resolver drops.\n\nPosted Mar 14, 2024 - 19:05 UTC\n\nResolved\n\nThis incident has been resolved.\n\nPosted Mar 12, 2024 - 16:58 UTC\n';
  it('ends what a pseudo-heading heads at the stamp of the update it closes: the updates posted before are no follow-ups', () => {
    const { sections } = sectionsOf(page, 'x.txt');
    expect(sections.map((s) => [s.heading, s.role, s.nodes.length])).toEqual([
      ['', null, 1],
      ['What we are changing', 'action_items', 2],
      ['', null, 3],
    ]);
  });
  it('keeps the stamps out of the facts: a date and time states nothing', () => {
    const facts = factsOf(page, 'x.txt');
    expect(facts.action_items).toEqual(['Alert on resolver drops.']);
    expect([...facts.symptoms, ...facts.causes, ...facts.fixes].join(' ')).not.toMatch(/Posted/);
  });
});

describe('splitSections: a mind map exported as an indented outline', () => {
  const outline = ['5.13 网关 Prometheus OOM 复盘', '    影响', '        prom-main 不可用 2 小时 43 分', '        告警全部失效', '    根因', '        直接原因', '            v3.2.0 把 uid 作为直方图指标的 label', '        放大因素', '            prom-main 是单实例，没有副本', '    改进项', '        Watchdog 接入外部 deadman，负责人 杜晨', '        指标规范增加高基数禁用清单', ''].join('\n');
  it('reads a branch named by a role as the heading of what is under it', () => {
    const { sections } = sectionsOf(outline, 'x.txt');
    expect(sections.map((s) => [s.heading, s.role, s.line])).toEqual([
      ['', null, 1],
      ['影响', 'symptoms', 2],
      ['根因', 'causes', 5],
      ['直接原因', 'causes', 6],
      ['放大因素', 'causes', 8],
      ['改进项', 'action_items', 10],
    ]);
  });
  it('leaves text that is not an outline alone: a few indented lines are no mind map', () => {
    const branch = '    处理中走的弯路\n        加内存：48Gi 只撑了半小时\n';
    expect(sectionsOf(`订单服务超时复盘\n${branch}`, 'x.txt').sections.map((s) => s.heading)).not.toContain('处理中走的弯路');
    expect(sectionsOf(`${outline}${branch}`, 'x.txt').sections.map((s) => s.heading)).toContain('处理中走的弯路');
  });
});

describe('splitSections: a rule drawn as text', () => {
  it('ends what a label heads: the transcript below the rule is no to-do list', () => {
    const text = '复盘会纪要\n\n待办：\n· 节假日改为自动拉取（周正）\n\n————————————————\n文字记录\n\n林晓  00:01:08\n我是十一点多看到群消息的。\n';
    const { sections } = sectionsOf(text, 'x.txt');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([
      ['', null],
      ['待办', 'action_items'],
      ['', null],
    ]);
    expect(factsOf(text, 'x.txt').action_items).toEqual(['节假日改为自动拉取（周正）']);
  });
});

describe('splitSections: an issue thread', () => {
  it('starts a section at each comment header, so a comment is no more of the follow-ups the post above ended with', () => {
    const { sections } = sectionsOf('### Follow-ups\n\n- [ ] Uptime check on the demo.\n\n---\n\n**jdoe** commented on May 6, 2024\n\nThe mirror was degraded from 23:10 UTC on May 3.\n\n**mvoss** (Member) commented on Mar 4\n\nThanks.\n');
    expect(sections.map((s) => [s.heading, s.role])).toEqual([
      ['Follow-ups', 'action_items'],
      ['jdoe commented on May 6, 2024', null],
      ['mvoss (Member) commented on Mar 4', null],
    ]);
  });
  it('leaves a sentence about a comment in its section', () => {
    const { sections } = sectionsOf('### Follow-ups\n\nAlex commented on the PR that the limit is too low.\n');
    expect(sections.map((s) => s.heading)).toEqual(['Follow-ups']);
  });
});

describe('splitSections: label lines inside a plain-text block', () => {
  it('starts a section at a role label alone on its line, even where markdown would read it as more of the list above', () => {
    const notice = '故障名称：交易库宕机\n影响范围：\n  - 下单全部失败\n故障原因：\n  1. UPS 切换时断电。\n  2. MHA Manager 同机柜。\n处理过程：\n  02:17 监控告警\n  02:31 手动切换\n';
    const { sections } = sectionsOf(notice, 'x.txt');
    expect(sections.map((s) => [s.heading, s.role, s.line])).toEqual([
      ['故障名称：交易库宕机', null, 1],
      ['影响范围', 'symptoms', 2],
      ['故障原因', 'causes', 4],
      ['处理过程', 'investigation', 7],
    ]);
  });
  it('leaves a label with its value on the line, and markdown, as they were', () => {
    expect(sectionsOf('故障时间：2024-12-03 02:17\n原因：机房断电\n', 'x.txt').sections.map((s) => s.heading)).toEqual(['']);
    expect(sectionsOf('Some text\nRoot cause:\n- the disk\n', 'x.md').sections.map((s) => s.heading)).toEqual(['']);
  });
});
