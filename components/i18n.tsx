import { createContext, useContext } from 'react';
import { translate, type Lang, type MessageKey } from '@/lib/i18n/messages';

export const LangContext = createContext<Lang>('zh_CN');

/** `t(key, ...subs)` in the page's chosen language. */
export function useT() {
  const lang = useContext(LangContext);
  return {
    lang,
    t: (key: MessageKey, ...subs: (string | number)[]) => translate(lang, key, ...subs),
  };
}

/** Primary-language text with the other language as small secondary text (zh-CN first). */
export function Bi({ k }: { k: MessageKey }) {
  const { lang } = useT();
  const other: Lang = lang === 'zh_CN' ? 'en' : 'zh_CN';
  return (
    <>
      {translate(lang, k)}
      <span className="en" lang={other === 'en' ? 'en' : 'zh-CN'}>
        {translate(other, k)}
      </span>
    </>
  );
}
