import { useMemo } from 'react';
import { ageBandLabels, genderLabels, participantGroupLabels } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';

/**
 * Labels of the codes that reports and the dashboard group people by. The Vietnamese ones are the
 * contracts' (the same the import template, the exports and the API use); another UI language
 * translates them in `reports.participantGroups|genders|ageBands`.
 */
export function useCodeLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const pick = <K extends string>(labels: Record<K, string>, code: string) =>
      (labels as Record<string, string>)[code] ?? code;
    return {
      group: (code: string) =>
        t(`reports.participantGroups.${code}`, {
          defaultValue: pick(participantGroupLabels, code),
        }),
      gender: (code: string) =>
        t(`reports.genders.${code}`, { defaultValue: pick(genderLabels, code) }),
      ageBand: (code: string) =>
        t(`reports.ageBands.${code}`, { defaultValue: pick(ageBandLabels, code) }),
    };
  }, [t]);
}
