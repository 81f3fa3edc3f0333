/**
 * The port a page opens as it starts loading, only to start the service
 * worker (entrypoints/wake.ts); the background closes it at once
 * (utils/background/analysis-service.ts).
 */
export const WAKE_PORT = 'rhetoric-lens:wake';
