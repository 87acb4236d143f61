import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useSearchParams } from 'react-router';

export interface UrlTab {
  key: string;
  label: string;
  render: () => ReactNode;
}

interface UrlTabsProps {
  /** Names the tab bar for screen readers. */
  label: string;
  tabs: UrlTab[];
  /**
   * `paper`: the bar and the open panel in one card (the conference page); `bar`: the bar in a
   * card, the panel's own sections below it (the campaign page).
   */
  layout?: 'paper' | 'bar';
}

/** Tabs whose open tab is in the address (`?tab=`), so it survives a reload and can be shared. */
export function UrlTabs({ label, tabs, layout = 'paper' }: UrlTabsProps) {
  const baseId = useId();
  const [params, setParams] = useSearchParams();
  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.key === params.get('tab')) ?? tabs[0];
  const bar = (
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
      aria-label={label}
      sx={{ borderBottom: layout === 'paper' ? 1 : 0, borderColor: 'divider', px: 1 }}
    >
      {tabs.map((tab) => (
        <Tab
          key={tab.key}
          value={tab.key}
          label={tab.label}
          id={`${baseId}-tab-${tab.key}`}
          aria-controls={`${baseId}-panel-${tab.key}`}
        />
      ))}
    </Tabs>
  );
  const panelProps = {
    role: 'tabpanel',
    id: `${baseId}-panel-${current.key}`,
    'aria-labelledby': `${baseId}-tab-${current.key}`,
  };
  if (layout === 'bar') {
    return (
      <>
        <Paper component="nav" aria-label={label}>
          {bar}
        </Paper>
        <Box {...panelProps} sx={{ display: 'grid', gap: 3 }}>
          {current.render()}
        </Box>
      </>
    );
  }
  return (
    <Paper component="section" aria-label={label}>
      {bar}
      <Box {...panelProps} sx={{ p: { xs: 2, md: 3 } }}>
        {current.render()}
      </Box>
    </Paper>
  );
}
