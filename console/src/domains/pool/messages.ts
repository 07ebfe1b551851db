import type { Catalog } from '../../core/messages';

export const poolMessages: Catalog = {
  en: {
    'nav.mothers': 'Mothers',
    'nav.import': 'Bulk import',
    'nav.groups': 'Mother groups',
    'nav.poolGroups': 'Pool groups',
    'nav.childAccounts': 'Child accounts',
    'nav.apiKeys': 'API keys',
    'mother.detail': 'Mother',
    'search.mothers': 'Mothers',
    'search.seatsFree': '{free} of {limit} seats free',
  },
  zh: {
    'nav.mothers': '母号',
    'nav.import': '批量导入',
    'nav.groups': '母号分组',
    'nav.poolGroups': '号池分组',
    'nav.childAccounts': '子账号',
    'nav.apiKeys': 'API 密钥',
    'mother.detail': '母号',
    'search.mothers': '母号',
    'search.seatsFree': '空闲席位 {free} / {limit}',
  },
};
