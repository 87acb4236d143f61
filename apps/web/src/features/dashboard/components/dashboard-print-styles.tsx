import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * "In / Lưu PDF" prints the dashboard alone on A4: no navigation, app bar or buttons (but the
 * communes' tiles, marked `data-print="show"`), cards and charts kept whole, colours printed as
 * on screen. Rendered only while the dashboard is open.
 */
export function DashboardPrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          '@page': { size: 'A4 portrait', margin: '12mm' },
          'html, body': {
            backgroundColor: '#ffffff !important',
            printColorAdjust: 'exact',
            WebkitPrintColorAdjust: 'exact',
          },
          '.MuiAppBar-root, .MuiDrawer-root, nav, button:not([data-print="show"]), .MuiButton-root, [data-print="hide"], a[href="#main-content"]':
            { display: 'none !important' },
          '#main-content': { padding: '0 !important', width: '100% !important' },
          '#main-content > .MuiToolbar-root': { display: 'none !important' },
          '.MuiPaper-root': { boxShadow: 'none !important', border: '1px solid #c9d1de' },
          // Cards, charts and a district's communes stay whole; long sections flow on.
          'figure, [data-print="keep"]': { breakInside: 'avoid' },
          '[data-print="only"]': { display: 'block !important' },
          // Tables print whole, on the page's width: no scrolling box (which would cut columns off
          // and break badly across pages), and tighter cells.
          '.MuiTableContainer-root': { overflow: 'visible !important' },
          '.MuiTableCell-root': { padding: '4px 6px !important' },
        },
      }}
    />
  );
}
