import type { ReactNode } from 'react';
import { ConfigProvider, type ConfigProviderProps } from 'antd';
import antdZhCN from 'antd/locale/zh_CN';
import antdEn from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';

const ANTD_LOCALES: Record<Language, ConfigProviderProps['locale']> = { 'zh-CN': antdZhCN, en: antdEn };

/** antd follows the i18next language: components' own texts, date pickers, pagination. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  useTranslation(); // re-render when the language changes
  return <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]}>{children}</ConfigProvider>;
}
