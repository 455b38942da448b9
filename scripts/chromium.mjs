// The one place that says how every tool here starts Chromium: Debian's browser (never a
// downloaded one; CHROME_PATH picks another), run as root on a machine with no outside network.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox', // root needs it
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Chromium looks up Google's hosts at start even with background networking off.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
