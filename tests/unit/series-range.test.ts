import { describe, expect, it } from 'vitest';
import { reversedRange } from '../../lib/schemas/series-url';

describe('reversedRange', () => {
  it('finds a first year after the last, from URL strings or numbers', () => {
    expect(reversedRange('2015', '2010')).toEqual({ from: 2015, to: 2010 });
    expect(reversedRange(2020, 2018)).toEqual({ from: 2020, to: 2018 });
  });
  it('is null for an ordered or equal range, a missing end or a non-year', () => {
    expect(reversedRange('2010', '2015')).toBeNull();
    expect(reversedRange('2015', '2015')).toBeNull();
    expect(reversedRange('2015', undefined)).toBeNull();
    expect(reversedRange('20x5', '2010')).toBeNull();
    expect(reversedRange(['2015'], '2010')).toBeNull();
  });
});
