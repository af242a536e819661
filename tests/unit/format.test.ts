import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatIndex, formatQuantity, formatShare } from '@/lib/i18n/format.ts';

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
  it('changes carry their sign, unit and bound: % for relative changes, pp / 个百分点 for percentages', () => {
    expect(formatChange(7.3834, 'percent', 'en')).toBe('+7.4%');
    expect(formatChange(-5, 'percent', 'en', 'exact', 2)).toBe('-5.00%');
    expect(formatChange(30, 'percent', 'en', 'upper_bound')).toBe('< +30.0%');
    expect(formatChange(25.348, 'percent', 'zh', 'lower_bound')).toBe('> +25.3%');
    expect(formatChange(3.8, 'pp', 'en')).toBe('+3.8 pp');
    expect(formatChange(3.8, 'pp', 'zh')).toBe('+3.8个百分点');
    expect(formatChange(5, 'pp', 'en', 'approx')).toBe('~ +5.0 pp');
    expect(formatChange(0, 'pp', 'en')).toBe('0.0 pp');
    expect(formatChange(null, 'pp', 'zh')).toBe('—');
  });
  it('index values and upper bounds', () => {
    expect(formatIndex(130, 'en', 'upper_bound')).toBe('<130.0');
    expect(formatIndex(100, 'zh')).toBe('100.0');
    expect(formatQuantity(12, 'percent', 'en', 'upper_bound')).toBe('<12%');
  });
});
