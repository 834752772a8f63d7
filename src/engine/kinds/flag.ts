/** Flag: a yes/no fact that must hold (无毒社区: true) or must not (major fire: false). */
import { defineKind, noData } from './kind.js';
import { readMetric } from './read.js';

export const flag = defineKind({
  kind: 'flag',
  uses: (c) => [{ metric: c.metric }],
  evaluate(c, a) {
    const r = readMetric(a, c.metric);
    if (!r.ok) return noData([r.shortfall]);
    if (r.value === c.expect) return { status: 'met', earned: c.points, shortfalls: [] };
    return {
      status: 'unmet',
      earned: 0,
      shortfalls: [
        {
          code: c.expect ? 'shortfall.flag-missing' : 'shortfall.flag-present',
          params: { metric: c.metric },
        },
      ],
    };
  },
});
