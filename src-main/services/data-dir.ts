import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Secure Base';

/**
 * Where data lives when SECURE_BASE_DATA_DIR is not set: the same folder Electron's
 * app.getPath('userData') uses, so both hosts open the same sessions.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SECURE_BASE_DATA_DIR) return env.SECURE_BASE_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
