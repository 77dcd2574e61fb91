import { createContext, useContext } from 'react';
import type { Me } from './api';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user. Only for components rendered inside `RequireAuth`. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser() used outside RequireAuth');
  return me;
}
