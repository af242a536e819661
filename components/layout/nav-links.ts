/** The sections every page links to, in the order of the header (labels: messages `nav.*`). */
export const NAV_LINKS = [
  { href: '/villages', key: 'villages' },
  { href: '/users', key: 'users' },
  { href: '/transactions', key: 'transactions' },
  { href: '/models', key: 'models' },
  { href: '/clusters/wenzhou', key: 'wenzhou' },
  { href: '/clusters/yongkang', key: 'yongkang' },
  { href: '/clusters/cross-border', key: 'crossBorder' },
  { href: '/sources', key: 'sources' },
] as const;
