import { translate, browserLang } from '@/lib/i18n/messages';

export function SidePanelApp() {
  const lang = browserLang();
  return (
    <main>
      <header className="card">
        <h1 style={{ fontSize: 16, margin: 0 }}>{translate(lang, 'extShortName')}</h1>
      </header>
      <section className="card" aria-live="polite" data-testid="now">
        <p className="muted">{translate(lang, 'panelNoClient')}</p>
      </section>
    </main>
  );
}
