import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntdApp } from 'antd';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import './i18n';
import { queryClient } from './api/queryClient';
import { LocaleProvider } from './i18n/LocaleProvider';
import { App } from './App';
import { registerServiceWorker } from './offline/registerServiceWorker';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AntdApp>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AntdApp>
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);

registerServiceWorker();
