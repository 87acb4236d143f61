import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface ChartTable {
  head: string[];
  rows: string[][];
}

interface ChartFigureProps {
  title: string;
  /** The chart itself: drawn for the eye, hidden from screen readers, which read `table`. */
  children: ReactNode;
  /** The chart's figures as a table, for screen readers. */
  table: ChartTable;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string;
}

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/** A titled chart with its data as a table that assistive technology reads instead. */
export function ChartFigure({ title, children, table, empty }: ChartFigureProps) {
  const titleId = useId();
  return (
    <Box
      component="figure"
      aria-labelledby={titleId}
      sx={{ m: 0, minWidth: 0, breakInside: 'avoid' }}
    >
      <Typography id={titleId} component="figcaption" variant="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {empty ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <>
          <Box aria-hidden sx={{ width: '100%' }}>
            {children}
          </Box>
          {/* Hidden by a box around it: a table is never narrower than its cells, so hidden
              itself it would still widen the page (a phone then scrolls sideways). */}
          <Box sx={visuallyHidden}>
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  {table.head.map((cell) => (
                    <th key={cell} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Box>
        </>
      )}
    </Box>
  );
}
