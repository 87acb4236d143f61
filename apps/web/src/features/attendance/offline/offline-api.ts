import {
  attendanceRoutes,
  type AttendanceEventInput as SyncEvent,
  type Roster,
} from '@canhgiac/contracts';
import { apiRequest } from '../../../lib/api-client';

export type { Roster, SyncEvent };

/** `GET /api/conferences/:id/roster`: what the phone needs to check people in with no network. */
export function fetchRoster(conferenceId: string): Promise<Roster> {
  return apiRequest(attendanceRoutes.roster, { params: { id: conferenceId } });
}

/** `POST /api/conferences/:id/attendance/sync`: one result per event, in order; idempotent. */
export function postSync(conferenceId: string, deviceId: string, events: SyncEvent[]) {
  return apiRequest(attendanceRoutes.sync, {
    params: { id: conferenceId },
    body: { deviceId, events },
  });
}
