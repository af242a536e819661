import { describe, expect, it } from 'vitest';
import { numberFormat } from '@/lib/i18n/number-format.ts';

describe('numberFormat', () => {
  it('makes one formatter per locale and options and reuses it', () => {
    const a = numberFormat('en-GB', { maximumFractionDigits: 3 });
    expect(numberFormat('en-GB', { maximumFractionDigits: 3 })).toBe(a);
    expect(numberFormat('en-GB', { maximumFractionDigits: 2 })).not.toBe(a);
    expect(numberFormat('zh-CN', { maximumFractionDigits: 3 })).not.toBe(a);
  });

  it('formats as Intl.NumberFormat with the same options does', () => {
    expect(numberFormat('en-GB', { maximumFractionDigits: 3 }).format(1234.56789)).toBe('1,234.568');
    expect(numberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.3456)).toBe('34.6%');
    expect(numberFormat('en-GB').format(2171)).toBe(new Intl.NumberFormat('en-GB').format(2171));
  });
});
