import 'reflect-metadata';
import { createApp } from './app.factory';
import { InvalidEnvironmentError, parseEnv } from './config/env.schema';

async function main() {
  let config;
  try {
    // A person at a terminal reads warnings and errors, pretty; a log collector gets every
    // request as JSON. Either is what LOG_LEVEL and LOG_FORMAT say when they are set.
    const terminal = process.stdout.isTTY === true;
    config = parseEnv({
      ...(terminal ? { LOG_LEVEL: 'warn', LOG_FORMAT: 'pretty' } : {}),
      ...process.env,
    });
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  process.stdout.write(
    `Cảnh Giác is ready at ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')} (database: ${config.database.kind})\n`,
  );
  if (config.demoSeed) {
    process.stdout.write(
      `Demo users: admin, staff, leader, coord.farmers, coord.veterans — password: ${config.demoPassword === 'demo-password' ? 'demo-password' : '(DEMO_PASSWORD)'}\n`,
    );
  }
}

void main();
