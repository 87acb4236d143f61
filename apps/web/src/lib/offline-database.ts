/** The IndexedDB database that holds the lists downloaded for check-in with no network. */
export const OFFLINE_DATABASE = 'canhgiac-offline';

/**
 * Deletes every downloaded list and waiting check-in from this device (at sign-out). Works
 * without loading the offline code: an open connection closes itself when asked to.
 */
export function wipeOfflineData(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve();
    const request = indexedDB.deleteDatabase(OFFLINE_DATABASE);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
