import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, injected into the page as a script. */
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** The first node's HTML, shortened: enough to recognise the component. */
  sample: string;
}

/**
 * Runs axe-core on the page (or inside `include`, a CSS selector) and returns its violations,
 * each with the CSS targets of the nodes it found.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  // A dialog or menu fading in is measured once it is opaque: half-faded text fails contrast.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[]; html: string }>;
      }>;
    }
    const axe = (window as unknown as { axe: { run: (context?: unknown) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(context ? { include: [context] } : document);
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.map(String).join(' ')),
      sample: (nodes[0]?.html ?? '').slice(0, 160),
    }));
  }, include ?? null);
}

/** The serious and critical findings, one line per rule with its node targets (at most 10). */
export function describeSerious(findings: AxeFinding[]): string[] {
  return findings
    .filter((finding) => finding.impact === 'serious' || finding.impact === 'critical')
    .map(({ id, impact, help, targets, sample }) => {
      const shown = targets.slice(0, 10).join(', ');
      const more = targets.length > 10 ? ` … (+${targets.length - 10})` : '';
      return `${id} [${impact}] ${help} — ${targets.length} node(s): ${shown}${more}; first: ${sample}`;
    });
}

/** The list of serious and critical findings on the page; a test expects it to be empty. */
export async function seriousAxeFindings(page: Page, include?: string): Promise<string[]> {
  return describeSerious(await axeViolations(page, include));
}
