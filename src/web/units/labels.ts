import { useTranslation } from 'react-i18next';
import { categoryByCode, subCategoryOf, type Label } from '../../core/unitCategories.js';
import { currentLanguage } from '../i18n';

/**
 * Dictionary entries (unit and report categories, checklist items) carry their own zh and en labels:
 * they are data that a province may edit, so they live in the dictionary rather than the catalogue.
 */
export function useDictionaryLabels() {
  useTranslation(); // re-render when the language changes
  const english = currentLanguage() === 'en';
  const label = (entry: Label | undefined, fallback: string): string => (entry ? (english ? entry.en : entry.zh) : fallback);
  return {
    label,
    category: (code: string) => label(categoryByCode(code), code),
    subCategory: (category: string, sub: string) => label(subCategoryOf(category, sub), sub),
  };
}
