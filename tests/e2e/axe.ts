import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The axe scan every spec runs: axe's default rules plus WCAG 2.2's target size (2.5.8: tap targets
 * at least 24 × 24 px or spaced as if they were), which axe leaves off by default.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
