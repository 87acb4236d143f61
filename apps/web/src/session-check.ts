import { opensWithoutAccount } from './lib/paths';
import { restoreSession } from './lib/session';

// The page's first script, an entry of its own with only the session code: the session check
// goes out as soon as this small file arrives, and its round trip overlaps the download of React,
// MUI and the page instead of following it. main.tsx shares the same session module.
if (!opensWithoutAccount(window.location.pathname)) void restoreSession();
