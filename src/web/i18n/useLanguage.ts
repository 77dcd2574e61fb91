import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, type Language } from './index';

export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  useTranslation(); // re-render when the language changes
  return {
    language: currentLanguage(),
    setLanguage: (language) => void changeLanguage(language),
  };
}
