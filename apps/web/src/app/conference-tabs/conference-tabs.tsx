import { Suspense, useId } from 'react';
import type { Conference } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { can } from '../../lib/permissions';
import { useCurrentUser } from '../../lib/use-session';
import { conferenceTabs } from './conference-tab-registry';

/**
 * The conference's work, one tab per feature ("Đăng ký", "Điểm danh", "Giấy chứng nhận",
 * "Tờ rơi"), for the roles that may see it. The open tab is in the address (`?tab=`).
 */
export function ConferenceTabs({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const baseId = useId();
  const role = useCurrentUser()?.role;
  const [params, setParams] = useSearchParams();
  const tabs = conferenceTabs.filter((tab) => can(role, tab.permission));
  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.key === params.get('tab')) ?? tabs[0];
  const { Panel } = current;

  return (
    <Paper component="section" aria-label={t('conferenceTabs.label')}>
      <Tabs
        value={current.key}
        onChange={(_event, key: string) =>
          setParams(
            (previous) => {
              const next = new URLSearchParams(previous);
              next.set('tab', key);
              return next;
            },
            { replace: true },
          )
        }
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('conferenceTabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
      >
        {tabs.map((tab) => (
          <Tab
            key={tab.key}
            value={tab.key}
            label={t(`conferenceTabs.${tab.key}`)}
            id={`${baseId}-tab-${tab.key}`}
            aria-controls={`${baseId}-panel-${tab.key}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`${baseId}-panel-${current.key}`}
        aria-labelledby={`${baseId}-tab-${current.key}`}
        sx={{ p: { xs: 2, md: 3 } }}
      >
        <Suspense fallback={<PageLoading />}>
          <Panel conference={conference} tabKey={current.key} />
        </Suspense>
      </Box>
    </Paper>
  );
}
