/** The roster file's keys (lib/contracts/roster.ts) in words, for import errors on the options page. */
const WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  staffId: { zh: '员工号', en: 'staff ID' },
  name: { zh: '姓名', en: 'name' },
  branchId: { zh: '网点号', en: 'branch number' },
  specialties: { zh: '擅长领域', en: 'specialties' },
  bookSize: { zh: '名下客户数', en: 'clients in book' },
  capacity: { zh: '可服务客户数', en: 'capacity' },
  available: { zh: '是否在岗', en: 'available' },
};

export function rosterKeyWords(key: string, lang: 'zh' | 'en'): string | undefined {
  return Object.hasOwn(WORDS, key) ? WORDS[key]?.[lang] : undefined;
}

export const ROSTER_KEY_WORDS = WORDS;
