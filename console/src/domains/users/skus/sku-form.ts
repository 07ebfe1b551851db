import { intBetween, required, validate } from '../../../ui/validate';

export interface SkuForm {
  name: string;
  slug: string;
  description: string;
  lifecycleDays: string;
  price: string;
  switchLimit: string;
  refreshLimit: string;
}

export const EMPTY_SKU: SkuForm = { name: '', slug: '', description: '', lifecycleDays: '30', price: '0', switchLimit: '', refreshLimit: '' };

/** Name and slug required (slug: lower-case words with dashes), days 1–3650, price ≥ 0, limits empty (= unlimited) or ≥ 0. */
export function validateSku(form: SkuForm): Partial<Record<keyof SkuForm, string>> {
  const out = validate(form, { name: [required], slug: [required], lifecycleDays: [intBetween(1, 3650)] });
  if (!out.slug && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.slug.trim())) out.slug = 'skus.slugInvalid';
  if (form.price.trim() !== '' && !/^\d+(\.\d{1,2})?$/.test(form.price.trim())) out.price = 'skus.priceInvalid';
  for (const k of ['switchLimit', 'refreshLimit'] as const) {
    if (form[k].trim() !== '' && intBetween(0, 1000)(form[k])) out[k] = 'skus.limitInvalid';
  }
  return out;
}

/** The API's fields for a valid form (price in cents; an empty limit is unlimited = null). */
export function skuInput(form: SkuForm) {
  const limit = (v: string) => (v.trim() === '' ? null : Number(v));
  return {
    name: form.name.trim(),
    slug: form.slug.trim(),
    description: form.description.trim() || null,
    lifecycleDays: Number(form.lifecycleDays),
    priceCents: Math.round(Number(form.price || '0') * 100),
    switchLimit: limit(form.switchLimit),
    refreshLimit: limit(form.refreshLimit),
  };
}
