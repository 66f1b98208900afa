/** What kind of failure a code is; drives filters, chips and banners. */
export const CATEGORIES = [
  'authentication',
  'signature-clock',
  'permission',
  'parameter',
  'quota-throttling',
  'not-found',
  'conflict',
  'billing',
  'server',
  'unsupported',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export const CATEGORY_LABELS: Record<Category, string> = {
  authentication: 'authentication',
  'signature-clock': 'signature and clock',
  permission: 'permission',
  parameter: 'parameter',
  'quota-throttling': 'quota and throttling',
  'not-found': 'not found',
  conflict: 'conflict',
  billing: 'billing',
  server: 'server',
  unsupported: 'unsupported',
};
