import { describe, expect, it } from 'vitest';
import { matchTechnologies } from '../../../src/lib/extract/technologies.ts';
import { sectionsOf } from './helpers.ts';
import { loadKnowledge } from '../../../scripts/lib/knowledge.ts';

const dictionary = [
  { id: 'kafka', name: 'Kafka', aliases: ['kafka', '卡夫卡'] },
  { id: 'kafka-python', name: 'kafka-python', aliases: ['kafka-python'] },
  { id: 'zookeeper', name: 'ZooKeeper', aliases: ['zookeeper', 'zk'] },
  { id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'] },
  { id: 'redis', name: 'Redis', aliases: [] },
  { id: 'nodejs', name: 'Node.js', aliases: ['node.js'] },
];

const techOf = (text: string) => matchTechnologies(sectionsOf(text).tree, dictionary);

describe('matchTechnologies', () => {
  it('matches Latin names as whole words, also next to Chinese, and Chinese names as substrings', () => {
    expect(techOf('升级 kafka-python 后，使用k8s部署，删除zk节点，卡夫卡恢复。')).toEqual(['kafka', 'kafka-python', 'kubernetes', 'zookeeper']);
    expect(techOf('The zkx tool and predis client, on node.js.')).toEqual(['nodejs']);
  });
  it('needs more than one mention when a name appears only in code blocks', () => {
    expect(techOf('Restarted it.\n\n```\nredis-cli ping\n```\n')).toEqual([]);
    expect(techOf('Restarted redis.\n\n```\nredis-cli ping\n```\n')).toEqual(['redis']);
    expect(techOf('Restarted it.\n\n```\nredis-cli ping\nredis-cli info\nredis-cli config get maxmemory\n```\n')).toEqual([]);
    expect(techOf('Restarted it.\n\n```\nredis-cli ping\nredis-cli info\nredis-cli config get maxmemory\nredis-cli dbsize\n```\n')).toEqual(['redis']);
  });
  it('does not take an everyday-word id on its own, only its aliases or the id with a version', () => {
    const words = [{ id: 'go', name: 'Go', aliases: ['golang', 'go service'], common_word: true }];
    const of = (text: string) => matchTechnologies(sectionsOf(text).tree, words);
    expect(of('Wallet payments go through the same gateway.')).toEqual([]);
    expect(of('thumbd is a small Go service.')).toEqual(['go']);
    expect(of('We upgraded to Go 1.21 last week.')).toEqual(['go']);
    expect(of('Rewritten in golang.')).toEqual(['go']);
  });
});


describe('matchTechnologies: settings only one product has', () => {
  it('names Kafka from its consumer settings when the report never writes the word in prose', () => {
    const { tree } = sectionsOf('消费端配置为 `max.poll.records=500`、`max.poll.interval.ms=300000`，超过上限后触发 Rebalance。\n\n批次处理超过 max.poll.interval.ms。\n', 'a.md');
    expect(matchTechnologies(tree, loadKnowledge().technologies)).toContain('kafka');
  });
});
