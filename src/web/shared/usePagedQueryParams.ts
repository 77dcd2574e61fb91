import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const DEFAULT_PAGE_SIZE = 20;

/**
 * Filters plus page and page size for a server-paginated table. Changing a filter goes back to
 * page 1; changing the page keeps the filters.
 */
export function usePagedQueryParams<Filters extends object>(initialFilters: Filters) {
  const [filters, setFiltersState] = useState<Filters>(initialFilters);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const { t } = useTranslation();
  const changePage = (nextPage: number, nextPageSize: number) => {
    setPage(nextPageSize === pageSize ? nextPage : 1);
    setPageSize(nextPageSize);
  };
  /** The table's pagination for a server total: same page, size changer and total text everywhere. */
  const pagination = (total: number): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (count) => t('common.total', { total: count }),
  });
  return {
    filters,
    params: { ...filters, page, pageSize },
    setFilters: (next: Filters) => {
      setFiltersState(next);
      setPage(1);
    },
    setPage: changePage,
    pagination,
    /** What every server-paginated table repeats: the page's rows, loading, the pagination and its changes. */
    tableProps: <T>(result: { items: T[]; total: number } | undefined, loading: boolean) => ({
      dataSource: result?.items ?? [],
      loading,
      pagination: pagination(result?.total ?? 0),
      onChange: (next: TablePaginationConfig) => changePage(next.current ?? 1, next.pageSize ?? pageSize),
    }),
  };
}
