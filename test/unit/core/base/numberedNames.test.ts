import * as assert from 'assert';
import { numberedStems } from '../../../../src/core/base/numberedNames';

describe('numberedStems', () => {
  it('tries the name itself, then -2, -3, ... in order', () => {
    const names: string[] = [];
    for (const stem of numberedStems('lena-okafor-progress')) {
      names.push(stem);
      if (names.length === 4) break;
    }
    assert.deepStrictEqual(names, [
      'lena-okafor-progress',
      'lena-okafor-progress-2',
      'lena-okafor-progress-3',
      'lena-okafor-progress-4',
    ]);
  });
});
