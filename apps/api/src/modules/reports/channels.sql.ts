import { activityChannels, activityMetricKeys } from '@canhgiac/contracts';
import { withinOrganization } from '../../common/auth/scope';

/**
 * Totals per channel, as one statement. Parameters: $1 campaign, $2 from, $3 to, $4 the
 * coordinator's organization (null for everyone else).
 *
 * A period's report counts the activities that started in it, each with the latest figures
 * recorded on or before the period's end (`activity_metric_snapshot.as_of <= to`): a report for a
 * past quarter reads what was known when the quarter ended, however much a video has grown since.
 * Every channel has a row, in the contract's order, even with no activity.
 */
export const channelsSql = `
  WITH act AS (
    SELECT a.id, a.channel FROM outreach_activity a
    WHERE ($1::uuid IS NULL OR a.campaign_id = $1)
      AND ($2::date IS NULL OR a.starts_on >= $2::date)
      AND ($3::date IS NULL OR a.starts_on <= $3::date)
      AND ($4::uuid IS NULL OR ${withinOrganization('a.organization_id', '$4')})
  ),
  latest AS (
    SELECT DISTINCT ON (s.activity_id) s.*
    FROM activity_metric_snapshot s JOIN act ON act.id = s.activity_id
    WHERE $3::date IS NULL OR s.as_of <= $3::date
    ORDER BY s.activity_id, s.as_of DESC, s.id DESC
  )
  SELECT ch.channel, count(act.id)::int AS activities,
    ${activityMetricKeys.map((key) => `coalesce(sum(l.${key}), 0)::float8 AS ${key}`).join(',\n    ')}
  FROM unnest(ARRAY[${activityChannels.map((c) => `'${c}'`).join(', ')}]::text[]) WITH ORDINALITY AS ch (channel, position)
  LEFT JOIN act ON act.channel = ch.channel
  LEFT JOIN latest l ON l.activity_id = act.id
  GROUP BY ch.channel, ch.position
  ORDER BY ch.position`;
