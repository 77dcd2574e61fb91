import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import zhCN from './zh-CN';
import en from './en';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'weijian.language';
const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Everything outside React that depends on the language: dayjs, <html lang>, the tab title. */
function applyLanguageToDocument(language: Language): void {
  dayjs.locale(DAYJS_LOCALES[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyLanguageToDocument(language);
});

void i18n.use(initReactI18next).init({
  initAsync: false, // resources are bundled: initialise synchronously so the first render is translated
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
applyLanguageToDocument(currentLanguage());

/**
 * Label for a value the catalogue may not know yet (audit actions and entity types come from the
 * server and grow with every module): the translation under `group` when there is one, else the
 * raw value.
 */
export function labelOrRaw(group: 'audit.actions' | 'audit.entityTypes', value: string): string {
  const key = `${group}.${value}`;
  const found: unknown = i18n.getResource(currentLanguage(), 'translation', key);
  return typeof found === 'string' ? found : value;
}

export default i18n;
