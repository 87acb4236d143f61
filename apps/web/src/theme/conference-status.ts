import type { ConferenceStatus } from '@canhgiac/contracts';

export interface StatusColors {
  /** Text and border. */
  main: string;
  /** Background of an event or a chip. */
  light: string;
}

/**
 * One colour per conference status, used by the calendar, the chips and the charts. Each text
 * colour on its background passes WCAG AA (≥ 4.5:1); the label is always written too, colour is
 * never the only cue.
 */
export const conferenceStatusColors: Record<ConferenceStatus, StatusColors> = {
  planned: { main: '#7a4f00', light: '#fff1cc' },
  confirmed: { main: '#0b3a82', light: '#dde8fa' },
  held: { main: '#1b5e20', light: '#dcf1dd' },
  cancelled: { main: '#5a5f66', light: '#eceef1' },
};
