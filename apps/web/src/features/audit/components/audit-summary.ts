/** "Vai trò: Lãnh đạo · Đang hoạt động: Không": the labelled summary on one line, for the grid. */
export function compactSummary(summary: Array<[string, string]>): string {
  return summary.map(([label, value]) => `${label}: ${value}`).join(' · ');
}
