/** A summary of an EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) plan: where the time and the spills are. */
interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  'Relation Name'?: string;
  'CTE Name'?: string;
  'Index Name'?: string;
  'Actual Total Time': number;
  'Actual Rows': number;
  'Actual Loops': number;
  'Temp Written Blocks'?: number;
  'Plan Rows'?: number;
  'Temp Read Blocks'?: number;
  'Sort Method'?: string;
  'Sort Space Used'?: number;
  'Sort Space Type'?: string;
  'Sort Key'?: string[];
  'Group Key'?: string[];
  'HashAgg Batches'?: number;
  'Peak Memory Usage'?: number;
  'Disk Usage'?: number;
  'Hash Batches'?: number;
  Strategy?: string;
  Plans?: PlanNode[];
}

export interface PlanRoot {
  Plan: PlanNode;
  'Planning Time': number;
  'Execution Time': number;
  JIT?: {
    Functions: number;
    Timing: { Generation: number; Optimization: number; Emission: number; Total: number };
  };
}

const inclusive = (n: PlanNode) => n['Actual Total Time'] * n['Actual Loops'];

function describe(n: PlanNode): string {
  const parts = [n['Node Type']];
  if (n.Strategy && n['Node Type'] === 'Aggregate') parts[0] = `${n.Strategy} Aggregate`;
  if (n['CTE Name']) parts.push(`on ${n['CTE Name']}`);
  if (n['Relation Name']) parts.push(`on ${n['Relation Name']}`);
  if (n['Index Name']) parts.push(`using ${n['Index Name']}`);
  const key = n['Sort Key'] ?? n['Group Key'];
  if (key) parts.push(`[${key.join(', ').slice(0, 70)}]`);
  return parts.join(' ');
}

/**
 * Buffers are counted inclusive of the children, and a CTE Scan also counts what producing its
 * CTE wrote: a node's own temp blocks are the difference (for a CTE Scan, its tuplestore).
 */
const cteTemp = new Map<string, number>();
const ownTemp = (n: PlanNode) =>
  Math.max(
    0,
    (n['Temp Written Blocks'] ?? 0) -
      (n.Plans ?? [])
        .filter((c) => !c['Subplan Name']?.startsWith('CTE '))
        .reduce((sum, c) => sum + (c['Temp Written Blocks'] ?? 0), 0) -
      (n['CTE Name'] ? (cteTemp.get(n['CTE Name']) ?? 0) : 0),
  );

function spill(n: PlanNode): string {
  const notes: string[] = [];
  if (n['Sort Method'])
    notes.push(`${n['Sort Method']} ${n['Sort Space Used']} kB ${n['Sort Space Type']}`);
  if ((n['HashAgg Batches'] ?? 1) > 1)
    notes.push(`${n['HashAgg Batches']} hash batches, ${n['Disk Usage']} kB on disk`);
  if ((n['Hash Batches'] ?? 1) > 1) notes.push(`${n['Hash Batches']} hash batches`);
  const temp = ownTemp(n) * 8;
  if (temp >= 1024)
    notes.push(
      `${n['Node Type'] === 'CTE Scan' ? 'tuplestore' : 'temp'} written ${Math.round(temp / 1024)} MB`,
    );
  return notes.join('; ');
}

/** Lines describing the plan's hot spots: the CTEs' own times, the slowest nodes, the spills. */
export function summarizePlan(root: PlanRoot, top = 10): string[] {
  cteTemp.clear();
  const nodes: Array<{ node: PlanNode; self: number; depth: number }> = [];
  const ctes: Array<{ name: string; ms: number; rows: number }> = [];
  const initPlans: Array<{ name: string; ms: number; what: string }> = [];
  const walk = (n: PlanNode, depth: number) => {
    const children = n.Plans ?? [];
    for (const c of children) {
      if (c['Subplan Name']?.startsWith('CTE ')) {
        ctes.push({ name: c['Subplan Name'].slice(4), ms: inclusive(c), rows: c['Actual Rows'] });
        cteTemp.set(c['Subplan Name'].slice(4), c['Temp Written Blocks'] ?? 0);
      } else if (c['Parent Relationship'] === 'InitPlan' && c['Subplan Name']) {
        const input = c.Plans?.[0];
        initPlans.push({
          name: c['Subplan Name'],
          ms: inclusive(c),
          what: `${describe(c)}${input ? ` over ${describe(input)}` : ''}`,
        });
      }
    }
    // A materialized CTE is timed twice: under its own subplan, and in the CTE Scan that first pulls
    // its rows. Its subplan is walked on its own, so only the other children count against a node.
    const childTime = children
      .filter((c) => !c['Subplan Name']?.startsWith('CTE '))
      .reduce((sum, c) => sum + inclusive(c), 0);
    nodes.push({ node: n, self: Math.max(0, inclusive(n) - childTime), depth });
    for (const c of children) walk(c, depth + 1);
  };
  walk(root.Plan, 0);
  const lines: string[] = [];
  lines.push(
    `execution ${root['Execution Time'].toFixed(0)} ms, planning ${root['Planning Time'].toFixed(0)} ms` +
      (root.JIT
        ? `, JIT ${root.JIT.Timing.Total.toFixed(0)} ms for ${root.JIT.Functions} functions (inside execution; the first node to run pays for it)`
        : ', no JIT'),
  );
  if (ctes.length > 0) {
    lines.push('materialized CTEs, time to produce each (inclusive of the CTEs it reads):');
    for (const c of ctes.sort((a, b) => b.ms - a.ms))
      lines.push(
        `  ${c.ms.toFixed(0).padStart(6)} ms  ${c.name} (${c.rows.toLocaleString('en-US')} rows)`,
      );
  }
  if (initPlans.length > 0) {
    lines.push('scalar subqueries (InitPlans, e.g. the totals row), time of each:');
    for (const p of initPlans.sort((a, b) => b.ms - a.ms))
      lines.push(`  ${p.ms.toFixed(0).padStart(6)} ms  ${p.name}: ${p.what}`);
  }
  lines.push(
    `slowest nodes by their own time (CTE Scans and the Result that runs the InitPlans left out: their time is counted above):`,
  );
  const ranked = nodes
    .filter(
      ({ node }) =>
        node['Node Type'] !== 'CTE Scan' && !(node['Node Type'] === 'Result' && !node.Plans),
    )
    .sort((a, b) => b.self - a.self);
  for (const { node, self } of ranked.slice(0, top)) {
    const note = spill(node);
    lines.push(
      `  ${self.toFixed(0).padStart(6)} ms  ${describe(node)}  rows ${node['Actual Rows'].toLocaleString('en-US')}×${node['Actual Loops']}${note ? `  (${note})` : ''}`,
    );
  }
  const spills = nodes.filter(
    ({ node }) =>
      (ownTemp(node) >= 128 && !(node['Node Type'] === 'Result' && !node.Plans)) ||
      node['Sort Space Type'] === 'Disk' ||
      (node['HashAgg Batches'] ?? 1) > 1,
  );
  if (spills.length > 0) {
    lines.push('nodes that spilled to disk (work_mem too small for them):');
    for (const { node } of spills) lines.push(`  ${describe(node)}: ${spill(node)}`);
  }
  return lines;
}
