import { existsSync } from 'node:fs';
import { isAuthenticationEnabled, loadConfig, ConfigError } from './config';
import { createApp } from './app';
import { createLogger } from './logger';

async function main(): Promise<void> {
    if (existsSync('.env')) process.loadEnvFile('.env');
    const config = loadConfig();
    const logger = createLogger(config.LOG_LEVEL);
    const app = await createApp(config, { logger });
    if (!isAuthenticationEnabled(config)) {
        logger.warn('No MicrosoftAppId set: the bot accepts unauthenticated requests. Fine for local use; set credentials before exposing it.');
    }
    app.startBackground();
    app.server.listen(config.PORT, config.HOST, () => {
        const where = config.DATABASE_URL ? 'PostgreSQL' : `SQLite in ${config.DATA_DIR}`;
        logger.info({ port: config.PORT, storage: where }, `Chat widget on http://localhost:${config.PORT}/ (bot endpoint /api/messages, staff inbox /staff)`);
    });
    const shutdown = () => {
        logger.info('shutting down');
        void app.close().then(() => process.exit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
        console.error(error.message);
    } else {
        console.error('Start-up failed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
    }
    process.exit(1);
});
