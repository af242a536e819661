import { describe, expect, it } from 'vitest';
import { formatCount, formatQuantity, formatShare } from '@/lib/i18n/format.ts';

describe('locale formatting', () => {
  it('counts keep qualifiers and gaps', () => {
    expect(formatCount(1500, 'en', 'lower_bound')).toBe('>1,500');
    expect(formatCount(211, 'zh', 'approx')).toBe('~211');
    expect(formatCount(null, 'en')).toBe('—');
  });
  it('shares', () => {
    expect(formatShare(334 / 4310, 'en', 2)).toBe('7.75%');
    expect(formatShare(null, 'zh')).toBe('—');
  });
  it('persons in 亿 for Chinese and millions/billions for English, keeping the source precision', () => {
    expect(formatQuantity(829000000, 'persons', 'zh')).toBe('8.29亿人');
    expect(formatQuantity(829000000, 'persons', 'en')).toBe('829 million');
    expect(formatQuantity(1099670000, 'persons', 'zh')).toBe('10.9967亿人');
    expect(formatQuantity(1099670000, 'persons', 'en')).toBe('1.0997 billion');
  });
  it('yuan in 万亿/亿 and trillion/billion', () => {
    expect(formatQuantity(37210000000000, 'yuan', 'zh')).toBe('37.21万亿元');
    expect(formatQuantity(37210000000000, 'yuan', 'en')).toBe('¥37.21 trillion');
    expect(formatQuantity(90240000000, 'yuan', 'zh')).toBe('902.4亿元');
    expect(formatQuantity(9e12, 'yuan', 'en', 'lower_bound')).toBe('>¥9 trillion');
  });
  it('percent', () => {
    expect(formatQuantity(59.6, 'percent', 'en')).toBe('59.6%');
  });
});
