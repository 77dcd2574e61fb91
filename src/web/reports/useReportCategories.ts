import { useQuery } from '@tanstack/react-query';
import { listReportCategories, reportCategoriesQueryKey, type ReportCategoryEntry } from './api';
import { useDictionaryLabels } from '../units/labels';

export function useReportCategories() {
  return useQuery({ queryKey: reportCategoriesQueryKey, queryFn: listReportCategories, staleTime: 60 * 60_000 });
}

/** A report category (and sub-category) code in the reader's language, from the server's dictionary. */
export function useReportCategoryLabel(): (category: string, subCategory?: string | null) => string {
  const { data = [] } = useReportCategories();
  const { label } = useDictionaryLabels();
  return (category, subCategory) => {
    const entry: ReportCategoryEntry | undefined = data.find((c) => c.code === category);
    const main = label(entry, category);
    if (!subCategory) return main;
    return `${main} · ${label(entry?.subCategories.find((s) => s.code === subCategory), subCategory)}`;
  };
}
