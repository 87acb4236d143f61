import { Suspense } from 'react';
import type { Conference } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading';
import { UrlTabs } from '../../components/url-tabs';
import { can } from '../../lib/permissions';
import { useCurrentUser } from '../../lib/use-session';
import { conferenceTabs } from './conference-tab-registry';

/**
 * The conference's work, one tab per feature ("Đăng ký", "Điểm danh", "Giấy chứng nhận",
 * "Tờ rơi"), for the roles that may see it. The open tab is in the address (`?tab=`).
 */
export function ConferenceTabs({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  return (
    <UrlTabs
      label={t('conferenceTabs.label')}
      tabs={conferenceTabs
        .filter((tab) => can(role, tab.permission))
        .map(({ key, Panel }) => ({
          key,
          label: t(`conferenceTabs.${key}`),
          render: () => (
            <Suspense fallback={<PageLoading />}>
              <Panel conference={conference} tabKey={key} />
            </Suspense>
          ),
        }))}
    />
  );
}
