import type { Catalog } from '../../core/messages';

export const statsMessages: Catalog = {
  en: {
    'nav.overview': 'Overview',
  },
  zh: {
    'nav.overview': '概览',
  },
};
