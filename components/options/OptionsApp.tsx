import { translate, browserLang } from '@/lib/i18n/messages';

export function OptionsApp() {
  const lang = browserLang();
  return (
    <main>
      <h1>{translate(lang, 'optionsTitle')}</h1>
    </main>
  );
}
