import type { ReactNode } from 'react';
import { ConfigProvider, type ConfigProviderProps } from 'antd';
import antdZhCN from 'antd/locale/zh_CN';
import antdEn from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';

const ANTD_LOCALES: Record<Language, ConfigProviderProps['locale']> = { 'zh-CN': antdZhCN, en: antdEn };

/**
 * A device set to reduce motion gets no opening, closing or sliding animations (read at start).
 * The browser tests run that way too, so a click never lands on a dialog or dropdown still moving.
 */
const REDUCED_MOTION: ConfigProviderProps['theme'] =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? { token: { motion: false } } : undefined;

/** antd follows the i18next language (components' own texts, date pickers, pagination) and the device's motion setting. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  useTranslation(); // re-render when the language changes
  return <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]} theme={REDUCED_MOTION}>{children}</ConfigProvider>;
}
