/**
 * Loaded by popup.html's <head> as a classic script, so it runs while the
 * page is still parsing: it asks for the tab and reads the page's notes at
 * once (see components/popup/earlyRead.ts).
 */
import { publishEarlyRead, startEarlyRead } from '@/components/popup/earlyRead';

export default defineUnlistedScript(() => {
  performance.mark('rl:early');
  publishEarlyRead(startEarlyRead(location.search));
});
