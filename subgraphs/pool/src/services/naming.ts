import { bad, conflict } from './common';

/** The only placeholders a pool-group or mother-group template may use; anything else is BAD_USER_INPUT. */
export const PLACEHOLDERS = ['group', 'date', 'seq3', 'domain'] as const;
export const DEFAULT_TEAM_TEMPLATE = '{group}-{date}-{seq3}';
export const DEFAULT_CHILD_NAME_TEMPLATE = '{group}-child-{seq3}';
export const DEFAULT_CHILD_EMAIL_TEMPLATE = '{group}-{date}-{seq3}@{domain}';

const TOKEN = /\{([^{}]*)\}/g;
const DOMAIN = /^(?=.{4,255}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** A template as stored: trimmed, empty → null, ≤ 200 characters, only known placeholders, balanced braces. */
export function validateTemplate(field: string, raw: string | null | undefined): string | null {
  const template = raw?.trim() || null;
  if (!template) return null;
  if (template.length > 200) throw bad(`${field} must be at most 200 characters.`);
  for (const [, name] of template.matchAll(TOKEN)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw bad(`${field} uses the unknown placeholder {${name}}; allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
    }
  }
  if (/[{}]/.test(template.replace(TOKEN, ''))) throw bad(`${field} has an unmatched { or }.`);
  return template;
}

export function validateDomain(raw: string | null | undefined): string | null {
  const domain = raw?.trim().toLowerCase() || null;
  if (domain && !DOMAIN.test(domain)) throw bad('emailDomain must be a domain name such as example.com.');
  return domain;
}

/** `{group}`: the group name with everything outside `[A-Za-z0-9_-]` replaced by `-`. */
export const groupKey = (name: string) => name.trim().replace(/[^A-Za-z0-9_-]/g, '-');

/** `{date}`: the UTC day as YYYYMMDD (never local time). */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10).replace(/-/g, '');

export interface NameVars {
  group: string;
  date: string;
  seq?: number;
  domain?: string | null;
}

/** Fills a template. `{seq3}` is 001..999 (a 1000th name of a day is refused, never a 4-digit one). */
export function render(template: string, vars: NameVars): string {
  return template.replace(TOKEN, (_, name: string) => {
    switch (name) {
      case 'group':
        return groupKey(vars.group);
      case 'date':
        return vars.date;
      case 'seq3':
        if (vars.seq === undefined) throw new Error('render: {seq3} needs a sequence number');
        if (vars.seq > 999) throw conflict('The daily sequence of this group is used up (999 names today).');
        return String(vars.seq).padStart(3, '0');
      default:
        if (!vars.domain) throw bad('{domain} needs an emailDomain on the pool group (or POOL_CHILD_EMAIL_DOMAIN).');
        return vars.domain;
    }
  });
}

export const usesSeq = (template: string) => template.includes('{seq3}');

/** Whether `name` already follows the template (so the sync does not rename it again and burn a number). */
export function followsTemplate(template: string, name: string | null, vars: Omit<NameVars, 'seq' | 'date'>): boolean {
  if (!name) return false;
  const pattern = template
    .split(TOKEN)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (part === 'group') return groupKey(vars.group).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (part === 'date') return '\\d{8}';
      if (part === 'seq3') return '\\d{3}';
      return (vars.domain ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${pattern}$`).test(name);
}
